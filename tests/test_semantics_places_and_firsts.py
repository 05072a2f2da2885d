"""Firsts, places and superlatives settled by the pack's series and rank metrics
(docs/verdict-rules.md §2, §4.2, §4.8), in Japanese and English, on a small pack built here: each
test asserts one rule's behaviour.

- A threshold crossed "for the first time" (「初めて1を下回った」, "topped $600 billion for the first
  time") is checked against the subject's own series: past it now and never before holds; past it
  but also earlier is partly, credit 0.25 (mostly false); not past it fails.
- "The largest / the lowest in the country / the world's largest" on a measure the pack ranks
  (contract 1.1 `rank`, 1 = first, `47/47` = last) is settled by the recorded place; a country or
  a world total before で / "'s" and a ranking word is where the ranking is made, not the subject
  (「…、全国で最も低かった」 ranks the previous statement's subject).
- Places said with ordinals: "from first to third place" (both ends), 「2番目に高い」 against a rank
  metric of the measure, 「5番目に着陸」 against the order an event's title states; a bare number
  is never a place."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: places
title: {ja: "順位と初", en: "Places and firsts"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["stat", "Statistics", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "全国", ""],
    ["TOTO", "government", "東都", "Toto", "", "NL"],
    ["MINAMI", "government", "南県", "Minami", "", "NL"],
    ["WORLD", "other", "世界", "World", "world;global;世界", ""],
    ["ALPHA", "company", "アルファ", "Alphachip", "", "NL"],
    ["BETA", "company", "ベータ", "Betachip", "", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    [
        "moon",
        "2024-01-20",
        "",
        "NL",
        "milestone",
        "探査機が月面着陸に成功、ノーランドは世界で5か国目の月面着陸国に",
        "The probe lands on the Moon; Norland becomes the fifth country to land",
        "",
        "",
        "stat",
        "3",
        "",
    ],
]
METRICS = [
    METRIC_HEADER,
    ["sales", "売上高", "global chip sales", "USD", "chip sales", "true", "amount", ""],
    ["tfr", "出生率", "fertility rate", "births per woman", "", "true", "ratio", ""],
    ["tfr_rank", "出生率の順位", "fertility rate rank", "rank", "", "false", "rank", "1位が最も高い"],
    [
        "vendor_rank",
        "チップ売上高ランキング",
        "chipmaker ranking",
        "rank",
        "largest chipmaker",
        "false",
        "rank",
        "",
    ],
    ["wage", "賃上げ率", "wage settlement", "%", "", "true", "share", ""],
    [
        "wage_rank",
        "賃上げ率の過去20年間の順位",
        "rank of the wage settlement over 20 years",
        "rank",
        "過去20年で何番目",
        "false",
        "rank",
        "1 = 過去20年で最も高い",
    ],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["s21", "WORLD", "sales", "2021", "500B", "USD", "stat", ""],
    ["s22", "WORLD", "sales", "2022", "570B", "USD", "stat", ""],
    ["s23", "WORLD", "sales", "2023", "530B", "USD", "stat", ""],
    ["s24", "WORLD", "sales", "2024", "630B", "USD", "stat", ""],
    ["t22", "TOTO", "tfr", "2022", "1.04", "births per woman", "stat", ""],
    ["t23", "TOTO", "tfr", "2023", "0.99", "births per woman", "stat", ""],
    ["m23", "MINAMI", "tfr", "2023", "1.60", "births per woman", "stat", ""],
    ["tr23", "TOTO", "tfr_rank", "2023", "47/47", "rank", "stat", ""],
    ["mr23", "MINAMI", "tfr_rank", "2023", "1/47", "rank", "stat", ""],
    ["a23", "ALPHA", "vendor_rank", "2023", "1/10", "rank", "stat", ""],
    ["a24", "ALPHA", "vendor_rank", "2024", "3/10", "rank", "stat", ""],
    ["b23", "BETA", "vendor_rank", "2023", "5/10", "rank", "stat", ""],
    ["b24", "BETA", "vendor_rank", "2024", "1/10", "rank", "stat", ""],
    ["w22", "NL", "wage", "2022", "2.09", "%", "stat", ""],
    ["wr22", "NL", "wage_rank", "2022", "2/20", "rank", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("places")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        ("Global chip sales topped $600 billion for the first time in 2024.", "true"),
        ("2024年の世界の売上高は初めて6000億ドルを超えた。", "true"),
        ("Global chip sales topped $550 billion for the first time in 2024.", "mostly_false"),  # 2022 too
        ("Global chip sales topped $700 billion for the first time in 2024.", "false"),  # not crossed
        ("東都の出生率は2023年に初めて1を下回った。", "true"),
        ("東都の出生率は2023年に初めて0.9を下回った。", "mostly_false"),
    ],
)
def test_a_threshold_crossed_for_the_first_time_is_read_on_the_series(
    claim: str, rating: str, pack: Pack
) -> None:
    d = diagnose(claim, pack)
    assert d.rating == rating, [c.reason for c in d.checks]
    assert d.checks[0].kind == "superlative"


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        ("東都の出生率は2023年に初めて1を下回り、全国で最も低かった。", "true"),
        ("南県の出生率は2023年、全国で最も低かった。", "false"),
        ("南県の出生率は2023年、全国で最も高かった。", "true"),
    ],
)
def test_lowest_in_the_country_is_the_last_place_of_the_rank_metric(
    claim: str, rating: str, pack: Pack
) -> None:
    d = diagnose(claim, pack)
    assert d.rating == rating, [c.reason for c in d.checks]
    last = d.checks[-1]
    assert set(last.evidence) & {"tr23", "mr23"}  # the recorded place settled it, not Norland's own


@pytest.mark.parametrize(
    ("claim", "as_of", "rating"),
    [
        ("Betachip became the world's largest chipmaker in 2024.", None, "true"),
        ("Alphachip became the world's largest chipmaker in 2024.", None, "false"),
        (
            "Alphachip fell from first to third place in the chipmaker ranking between 2023 and 2024.",
            None,
            "true",
        ),
        (
            "Alphachip rose from first to third place in the chipmaker ranking between 2023 and 2024.",
            None,
            "false",
        ),
    ],
)
def test_places_in_a_recorded_ranking(claim: str, as_of: str | None, rating: str, pack: Pack) -> None:
    d = diagnose(claim, pack, as_of=as_of)
    assert d.rating == rating, [c.reason for c in d.checks]


def test_remains_the_largest_is_checked_on_the_place_after_a_fact(pack: Pack) -> None:
    d = diagnose(
        "Norland's wage settlement was 2.09% in 2022 and Alphachip remains the world's largest chipmaker.",
        pack,
        as_of="2025-01-01",
    )
    assert [c.result for c in d.checks] == ["holds", "fails"]
    assert d.rating == "half_true"


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        ("ノーランドの賃上げ率は2022年に2.09%で、過去20年で2番目に高かった", "holds"),
        ("ノーランドの賃上げ率は2022年に2.09%で、過去20年で5番目に高かった", "fails"),
    ],
)
def test_nth_highest_over_a_window_reads_the_rank_metric_of_the_measure(
    claim: str, result: str, pack: Pack
) -> None:
    d = diagnose(claim, pack)
    assert d.checks[0].result == "holds"
    assert d.checks[-1].result == result and d.checks[-1].evidence == ["wr22"]


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        ("ノーランドは2024年1月、世界で5番目に月面着陸を果たした国となった。", "holds"),
        ("ノーランドは2024年1月、世界で4番目に月面着陸を果たした国となった。", "fails"),
    ],
)
def test_an_order_of_events_is_read_in_the_title(claim: str, result: str, pack: Pack) -> None:
    d = diagnose(claim, pack)
    assert d.checks[0].evidence == ["moon"] and d.checks[0].result == result
