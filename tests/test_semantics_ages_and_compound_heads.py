"""Two readings of who or what a clause is about (docs/verdict-rules.md §2, §4.1), in Japanese and
English, on a small pack built here: each test asserts one rule's behaviour.

- "workers under 50", "people over 65": a bound on a bare number right after a plural noun of people
  is their age (it qualifies who is counted), not the claim's figure; "under 50 workers" (the bound
  before the noun) counts them, and "under 50 %" is a bound on a share.
- 「南アフリカの計画停電」: a Japanese compound noun's head is its last word, so a kind noun (計画,
  programme) with more of the compound after it names no group of the country's programmes.
- 「…、前年同期の10倍以上になった」: a clause with no measure of its own takes the previous one's; the
  words of its period (前年同期) name when, not what, so they pick no measure (前年同月比)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

SOURCES = [["survey", "Labour survey", "Office", "", "2024", "statistics", "en"]]
ENTITIES = [["grid_plan", "programme", "送電網計画", "Grid Programme", "", "NL"]]
METRICS = [
    ["core", "基幹的従事者数", "core farm workers", "persons", "", "true", "count", ""],
    ["core_u49", "基幹的従事者数（49歳以下）", "core farm workers aged 49 and under", "persons",
     "49歳以下の基幹的従事者", "true", "count", ""],
    ["cut_hours", "計画停電の時間数", "hours of planned outages", "hours", "計画停電", "false", "amount", ""],
    ["imports", "輸入量", "imports", "dozen", "輸入", "", "amount", ""],
    ["price_yoy", "価格の前年同月比", "price change from a year earlier", "%", "前年同月比", "false",
     "amount", ""],
]
OBSERVATIONS = [
    ["c24", "NL", "core", "2024", "1114000", "persons", "survey", ""],
    ["u24", "NL", "core_u49", "2024", "125000", "persons", "survey", ""],
    ["h21", "NL", "cut_hours", "2021", "1169", "hours", "survey", ""],
    ["h22", "NL", "cut_hours", "2022", "3773", "hours", "survey", ""],
    ["i24", "NL", "imports", "2024-H1", "2360000", "dozen", "survey", ""],
    ["i25", "NL", "imports", "2025-H1", "26000000", "dozen", "survey", ""],
    ["p25", "NL", "price_yoy", "2025-06", "40", "%", "survey", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "ages-and-heads", METRICS, OBSERVATIONS, entities=ENTITIES,
                      sources=SOURCES)


@pytest.mark.parametrize(
    "claim",
    [
        "Core farm workers under 50 numbered 125,000 in Norland in 2024.",
        "In 2024 Norland had 125,000 core farm workers under 50.",
    ],
)
def test_a_bound_after_a_noun_of_people_is_their_age(pack: Pack, claim: str) -> None:
    [st] = parse(claim, pack).statements
    assert [n.quantity.value for n in st.numbers] == [125000.0]
    assert st.metrics[0] == "core_u49"
    d = diagnose(claim, pack)
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]


def test_a_bound_before_the_noun_counts_them(pack: Pack) -> None:
    [st] = parse("In 2024 under 50 core farm workers quit in Norland.", pack).statements
    assert [(n.quantity.value, n.comparator) for n in st.numbers] == [(50.0, "less_than")]
    [st] = parse("In 2024 the share of workers under 50 % fell in Norland.", pack).statements
    assert [n.quantity.value for n in st.numbers] == [50.0]


def test_a_kind_noun_inside_a_compound_names_no_group(pack: Pack) -> None:
    claim = "2022年のノーランドの計画停電は3,773時間に達し、2021年の3倍以上に増えた。"
    statements = parse(claim, pack).statements
    assert all(st.group is None for st in statements)
    assert statements[1].kind == "change"
    d = diagnose(claim, pack)
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]


def test_the_words_of_a_period_pick_no_measure(pack: Pack) -> None:
    claim = "2025年1〜6月のノーランドの輸入は2600万ダースで、前年同期の10倍以上になった。"
    statements = parse(claim, pack).statements
    assert statements[1].metrics[:1] == ("imports",)
    d = diagnose(claim, pack)
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2022年のノーランドの計画停電は4000時間以内だった。", "true"),  # 3,773 hours: within 4,000
        ("2022年のノーランドの計画停電は3000時間以内だった。", "mostly_false"),  # a bound missed by 26 %
    ],
)
def test_within_is_at_most(pack: Pack, claim: str, expected: str) -> None:
    st = parse(claim, pack).statements[0]
    assert [n.comparator for n in st.numbers] == ["at_most"]
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]
