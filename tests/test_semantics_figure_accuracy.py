"""How wrong a figure is (docs/verdict-rules.md §4.1, §4.11), in Japanese and English, on a small
pack built here: each test asserts one rule's behaviour.

- A figure said exactly claims the digits it is written to: "2.08%" for 2.09 % is a little off
  (mostly true), "2.1%" and "2.09%" hold, and a claim more precise than the pack (4.21 against 4.2)
  is read at the pack's precision.
- "Nearly doubled" (ほぼ倍増) is a little below twice (x1.62 is not nearly double: partly), as
  "nearly 50,000" is a little below 50,000.
- A figure reached for the first time ("hit $25 billion for the first time", 「初めて250億ドル台に
  乗った」) is a threshold first passed then.
- A low word inside a measure's name ranks nothing: 「最低賃金が最も高い」 is the top place.
- 前年から / "the previous year" is the period before the claimed one: the other end of a change.
- "just over half of new cars" is a part of a whole, not a multiple of another entity's value.
"""

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
id: figures
title: {ja: "数値の正確さ", en: "Figure accuracy"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Statistics", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["SL", "country", "サウスランド", "Southland", "", ""],
    ["UN", "other", "連合", "the Union", "Union", ""],
    ["CAP", "other", "首都府", "Capital Province", "", "NL"],
    ["RIV", "other", "川辺県", "River Province", "", "NL"],
    ["acme", "company", "アクメ", "Acme", "", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["wage", "賃上げ率", "wage increase rate", "%", "", "true", "share", ""],
    ["infl", "インフレ率", "inflation rate", "%", "", "false", "share", ""],
    ["rev", "売上高", "revenue", "USD", "", "true", "amount", ""],
    ["minw", "最低賃金", "minimum wage", "JPY", "", "true", "amount", ""],
    ["minw_rank", "最低賃金の全国順位", "minimum wage rank", "rank", "", "false", "rank",
     "全国の順位（1＝最も高い、47＝最も低い）"],
    ["tfr", "出生率", "fertility rate", "births per woman", "", "true", "", ""],
    ["ev", "電気自動車の比率", "electric share of new cars", "%", "electric share", "true", "share", ""],
    ["ev_rank", "電気自動車比率の連合内順位", "electric share rank in the Union", "rank", "", "false", "rank",
     "1 = highest"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["w1", "NL", "wage", "2024", "2.09", "%", "st", ""],
    ["w2", "NL", "infl", "2024", "4.2", "%", "st", ""],
    ["i1", "SL", "infl", "2024", "42.2", "%", "st", ""],
    ["r1", "acme", "rev", "2023", "15.54 bn", "USD", "st", ""],
    ["r2", "acme", "rev", "2024", "25.11 bn", "USD", "st", ""],
    ["r3", "acme", "rev", "2025", "48 bn", "USD", "st", ""],
    ["m1", "CAP", "minw", "2025", "1226", "JPY", "st", ""],
    ["m2", "RIV", "minw", "2025", "1023", "JPY", "st", ""],
    ["k1", "CAP", "minw_rank", "2025", "1/47", "rank", "st", ""],
    ["k2", "RIV", "minw_rank", "2025", "5/47", "rank", "st", ""],
    ["t1", "NL", "tfr", "2022", "1.26", "births per woman", "st", ""],
    ["t2", "NL", "tfr", "2023", "1.26", "births per woman", "st", ""],
    ["t3", "NL", "tfr", "2024", "1.05", "births per woman", "st", ""],
    ["v1", "SL", "ev", "2024", "51.3", "%", "st", ""],
    ["v2", "UN", "ev", "2024", "13.6", "%", "st", ""],
    ["v3", "SL", "ev_rank", "2024", "1/27", "rank", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("figures")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_figure_claims_the_digits_it_is_written_to(pack: Pack) -> None:
    assert diagnose("2024年のノーランドの賃上げ率は2.08%だった", pack).rating == "mostly_true"
    assert diagnose("2024年のノーランドの賃上げ率は2.09%だった", pack).rating == "true"
    assert diagnose("Norland's wage increase rate was 2.1% in 2024.", pack).rating == "true"
    # a claim more precise than the pack is read at the pack's precision
    assert diagnose("Norland's inflation rate was 4.21% in 2024.", pack).rating == "true"


def test_nearly_doubled_is_a_little_below_twice(pack: Pack) -> None:
    assert diagnose("Acme's revenue nearly doubled in 2025.", pack).rating == "true"  # x1.91
    assert diagnose("Acme's revenue nearly doubled in 2024.", pack).rating == "mostly_true"  # x1.62
    # ほぼ before a multiplier word is "nearly" (ほぼ倍増), as it is not before digits (ほぼ50%)
    assert diagnose("アクメの売上高は2025年にほぼ倍増した", pack).rating == "true"  # x1.91
    assert diagnose("アクメの売上高は2024年にほぼ倍増した", pack).rating == "mostly_true"  # x1.62
    # without ほぼ, x1.62 is a rise of the wrong size (§4.1 rating steps): mostly false
    assert diagnose("アクメの売上高は2024年に倍増した", pack).rating == "mostly_false"


def test_a_figure_reached_for_the_first_time_is_a_threshold(pack: Pack) -> None:
    # "hit" / "reached" with "for the first time" claims the threshold (at least it) was first
    # passed then; "passed", "crossed" are "more than"; 「N台に乗った」 is into the band from N
    assert diagnose("Acme's revenue hit $25 billion for the first time in 2024.", pack).rating == "true"
    hit_40 = diagnose("Acme's revenue hit $40 billion for the first time in 2024.", pack)
    assert hit_40.rating == "false"  # a plain bound missed by x1.3 or more (§5.1, session 27)
    assert diagnose("Acme's revenue passed $20 billion for the first time in 2024.", pack).rating == "true"
    # past it, but already the year before: not the first time
    twice = "Acme's revenue passed $20 billion for the first time in 2025."
    assert diagnose(twice, pack).rating == "mostly_false"
    assert diagnose("アクメの売上高は2024年に初めて250億ドル台に乗った", pack).rating == "true"
    assert diagnose("アクメの売上高は2025年に初めて250億ドル台に乗った", pack).rating == "mostly_false"
    assert diagnose("アクメの売上高は2024年に初めて300億ドル台に乗った", pack).rating == "mostly_false"


def test_a_low_word_inside_a_measure_name_ranks_nothing(pack: Pack) -> None:
    assert diagnose("2025年の最低賃金は首都府が最も高い", pack).rating == "true"
    assert diagnose("2025年の最低賃金は川辺県が最も高い", pack).rating == "false"


def test_the_previous_year_is_the_other_end_of_a_change(pack: Pack) -> None:
    assert diagnose("2024年のノーランドの出生率は前年から横ばいだった", pack).rating == "false"
    assert diagnose("2023年のノーランドの出生率は前年から横ばいだった", pack).rating == "true"
    said = "2024年のノーランドの出生率は1.05で、前年は{}だった"
    assert diagnose(said.format("1.26"), pack).rating == "true"
    assert diagnose(said.format("1.05"), pack).rating == "half_true"
    en = diagnose("In 2023 Norland's fertility rate was unchanged from the previous year.", pack)
    assert en.rating == "true"


def test_half_of_a_whole_is_a_share_not_a_multiple(pack: Pack) -> None:
    d = diagnose(
        "Southland had the highest electric share of any Union country in 2024, "
        "at just over half of new cars.",
        pack,
    )
    assert d.rating == "true"
    assert d.checks[0].kind == "superlative"
