"""Changes said in coordinated clauses and ranges of months (docs/verdict-rules.md §2, §4.7), in
Japanese and English, on a small pack built here: each test asserts one rule's behaviour.

- 「2012年から2015年にかけて就業者は106万人増えたが、正規雇用は27万人減り、非正規雇用は167万人増えた」:
  a change clause with no period of its own, coordinated with a change of the same sentence, is
  over the same window (not the measure's whole series, not one level).
- 「27万人減り」「106万人増えた」, "gained", "lost", "by": the number is the size of the change.
- "between November and February 2011": the first month takes the year written at the other end,
  the year before when its month comes later."""

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
from shingi.pipeline.parse import parse

PACK_YAML = """\
id: coordinated-changes
title: {ja: "並列の変化", en: "Coordinated changes"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["stat", "Labour statistics", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["emp", "就業者数", "employed persons", "count", "就業者;employment", "true", "count", ""],
    ["reg", "正規雇用者数", "regular employees", "count", "正規雇用;regular jobs", "true", "count", ""],
    ["nonreg", "非正規雇用者数", "non-regular employees", "count", "非正規雇用;non-regular jobs", "", "count",
     ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["e0", "NL", "emp", "2009", "6100万", "count", "stat", ""],
    ["e1", "NL", "emp", "2012", "6270万", "count", "stat", ""],
    ["e2", "NL", "emp", "2015", "6376万", "count", "stat", ""],
    ["r0", "NL", "reg", "2009", "3000万", "count", "stat", ""],
    ["r1", "NL", "reg", "2012", "3340万", "count", "stat", ""],
    ["r2", "NL", "reg", "2015", "3313万", "count", "stat", ""],
    ["n0", "NL", "nonreg", "2009", "1700万", "count", "stat", ""],
    ["n1", "NL", "nonreg", "2012", "1813万", "count", "stat", ""],
    ["n2", "NL", "nonreg", "2015", "1980万", "count", "stat", ""],
    ["w1", "NL", "emp", "2010-11", "6200万", "count", "stat", ""],
    ["w2", "NL", "emp", "2011-02", "6210万", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("coordinated-changes")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_coordinated_change_clauses_share_the_window(pack: Pack) -> None:
    claim = "2012年から2015年にかけて就業者は106万人増えたが、正規雇用は27万人減り、非正規雇用は167万人増えた"
    d = diagnose(claim, pack)
    assert [c.result for c in d.checks] == ["holds", "holds", "holds"]
    # the later clauses are read over 2012-2015 (not the whole series from 2009)
    assert all(set(c.evidence) <= {"e1", "e2", "r1", "r2", "n1", "n2"} for c in d.checks)
    assert d.rating == "true"


def test_a_wrong_size_in_a_coordinated_clause_fails(pack: Pack) -> None:
    claim = "2012年から2015年にかけて就業者は106万人増えたが、正規雇用は100万人減った"
    assert [c.result for c in diagnose(claim, pack).checks] == ["holds", "fails"]


def test_english_coordinated_changes(pack: Pack) -> None:
    claim = "From 2012 to 2015 Norland's employment grew by 1.06 million, but regular jobs fell by 270,000."
    assert diagnose(claim, pack).rating == "true"
    wrong = "From 2012 to 2015 Norland's employment grew by 1.06 million, but regular jobs grew by 270,000."
    assert [c.result for c in diagnose(wrong, pack).checks] == ["holds", "fails"]


def test_a_change_size_is_never_checked_as_a_level(pack: Pack) -> None:
    # 27万 is no level of regular employment: with the window it is the change, never "fails"
    # against 3313万
    st = parse("正規雇用は27万人減った", pack).statements[0]
    assert st.kind == "change" and st.numbers[0].role == "by"


def test_a_range_of_months_takes_the_year_at_its_other_end(pack: Pack) -> None:
    claim = "Norland's employment grew by 100,000 between November and February 2011."
    st = parse(claim, pack).statements[0]
    assert [str(p.period.start) for p in st.periods] == ["2010-11-01", "2011-02-01"]
    assert diagnose(claim, pack).rating == "true"
