"""Ranking paraphrases, bounds, no change, stale shares and windows on fiscal years
(docs/verdict-rules.md §2, §4.7, §4.11), in Japanese and English, on a small pack built here:
each test asserts one rule's behaviour.

- "more … than any other", 「どこよりも多い」 rank like "the most": place 1.
- 最大 right before a number (「最大290万円」「最大3年間」) is a bound ("up to"), not a superlative.
- "with no change between 2015 and 2016", 「変化なし」 say that the value did not change.
- A share stated as current ("currently 13.5%") that was the previous value is out of date: half true.
- この10年 said in December 2025 opens at 2015: on a series of fiscal years, FY2015.
- The words of a measure's name are no cue words (「最低賃金の全国平均は…上がった」 has no 最低).
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
id: bounds
title: {ja: "上限と期間", en: "Bounds and windows"}
language: ja
subject: NL
fiscal_year: {start_month: 4}
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Statistics", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["north", "other", "北州", "North State", "", "NL"],
    ["south", "other", "南州", "South State", "", "NL"],
    ["grant", "programme", "研究奨励金", "Research Grant", "", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["jobs", "雇用増加数", "jobs added", "count", "", "true", "count", ""],
    ["pay", "年間最大支給額", "maximum yearly payment", "JPY", "", "true", "amount", ""],
    ["life", "平均寿命", "life expectancy", "years", "", "true", "", ""],
    ["evs", "電気自動車の比率", "electric share", "%", "", "true", "share", ""],
    ["minw", "最低賃金", "minimum wage", "JPY", "最低賃金の全国平均", "true", "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["j1", "north", "jobs", "2012-02", "28300", "count", "st", ""],
    ["j2", "south", "jobs", "2012-02", "12000", "count", "st", ""],
    ["g1", "grant", "pay", "2025", "2900000", "JPY", "st", ""],
    ["l1", "NL", "life", "2014", "78.9", "years", "st", ""],
    ["l2", "NL", "life", "2015", "78.7", "years", "st", ""],
    ["l3", "NL", "life", "2016", "78.7", "years", "st", ""],
    ["l4", "NL", "life", "2017", "78.6", "years", "st", ""],
    ["v1", "NL", "evs", "2024", "13.5", "%", "st", ""],
    ["v2", "NL", "evs", "2025", "19.1", "%", "st", ""],
    ["w1", "NL", "minw", "FY2015", "798", "JPY", "st", ""],
    ["w2", "NL", "minw", "FY2020", "902", "JPY", "st", ""],
    ["w3", "NL", "minw", "FY2025", "1121", "JPY", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("bounds")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_more_than_any_other_is_the_most(pack: Pack) -> None:
    top = diagnose("North State added 28,300 jobs in February 2012, more than any other state.", pack)
    assert top.rating == "true"
    # its own figure holds, "more than any other" fails: half true
    other = diagnose("South State added 12,000 jobs in February 2012, more than any other state.", pack)
    assert other.rating == "half_true"
    assert diagnose("2012年2月の雇用増加数は北州がどこよりも多かった", pack).rating == "true"


def test_a_top_word_before_a_number_is_a_bound(pack: Pack) -> None:
    d = diagnose("研究奨励金は年間最大290万円を支給する", pack)
    assert [c.kind for c in d.checks] == ["metric"]
    assert d.rating == "true"


def test_no_change_between_two_years(pack: Pack) -> None:
    said = (
        "Norland's life expectancy fell from 78.9 years in 2014 to 78.6 years in 2017, "
        "with no change between 2015 and 2016."
    )
    d = diagnose(said, pack)
    assert d.rating == "true"
    assert [c.kind for c in d.checks] == ["change", "change"]


def test_a_stale_share_stated_as_current_is_half_true(pack: Pack) -> None:
    d = diagnose("Norland's electric share is currently 13.5%.", pack, as_of="2026-02-01")
    assert d.rating == "half_true"
    assert diagnose("Norland's electric share is currently 19.1%.", pack, as_of="2026-02-01").rating == "true"


def test_a_window_to_now_opens_on_the_overlapping_fiscal_year(pack: Pack) -> None:
    said = "最低賃金の全国平均はこの10年で300円以上上がった"
    d = diagnose(said, pack, as_of="2025-12-01")
    assert d.rating == "true"
    assert [c.kind for c in d.checks] == ["change"]  # 最低 in the measure's name ranks nothing
    more = diagnose("最低賃金の全国平均はこの10年で400円以上上がった", pack, as_of="2025-12-01")
    # the rise went the claimed way; a bound of its size missed: mostly false (§4.1 writers' scale)
    assert more.rating == "mostly_false"
