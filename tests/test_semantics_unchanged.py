"""No change since a date, raises of a measure, hearsay (docs/verdict-rules.md §2, §4.7), in
Japanese and English, on a small pack built here: each test asserts one rule's behaviour.

- 「2010年の法改正時から変わっていない」, "unchanged since 2010", "has not changed since": the
  value at the start of the window and the latest are the same; the negative is part of the
  words (no inversion); a clause with no measure of its own takes the previous clause's.
- 「100万円から120万円に引き上げられる」「昇給する」: a raise is a rise from one level to another.
- 「〜そうです」「〜らしい」 (hearsay) report the claim; what is reported is checked as stated.
- A measure's name inside an alias of its owner (「国会議員の月給」) names the measure too."""

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
id: unchanged
title: {ja: "据え置き", en: "Unchanged"}
language: ja
subject: mp
"""
SOURCES = [
    SOURCE_HEADER,
    ["law", "Allowance act", "Diet", "", "2019", "government", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["mp", "person", "議員", "members", "議員の月給;lawmakers", "NL"],
    ["judge", "person", "判事", "judges", "", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["pay", "歳費（月額）", "monthly allowance", "JPY", "月給;歳費;monthly pay", "", "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["m1", "mp", "pay", "2010", "1294000", "JPY", "law", ""],
    ["m2", "mp", "pay", "2019-07", "1294000", "JPY", "law", ""],
    ["j1", "judge", "pay", "2010", "1000000", "JPY", "law", ""],
    ["j2", "judge", "pay", "2019-07", "1200000", "JPY", "law", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("unchanged")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_unchanged_since_holds_on_a_flat_series(pack: Pack) -> None:
    d = diagnose("議員の歳費は月額129万4千円で、2010年の法改正時から変わっていない", pack)
    assert [c.result for c in d.checks] == ["holds", "holds"]
    assert not any("否定" in c.reason for c in d.checks)
    assert diagnose("The lawmakers' monthly allowance has been unchanged since 2010.", pack).rating == "true"


def test_unchanged_since_fails_when_the_value_moved(pack: Pack) -> None:
    assert diagnose("判事の歳費は2010年から変わっていない", pack).rating == "false"
    assert diagnose("The judges' monthly allowance has not changed since 2010.", pack).rating == "false"


def test_a_raise_is_a_rise_between_two_levels(pack: Pack) -> None:
    assert diagnose("判事の月給は100万円から120万円に引き上げられた", pack).rating == "true"
    assert diagnose("議員の月給はおよそ100万円から120万円に引き上げられた", pack).rating == "false"


@pytest.mark.parametrize("ending", ["そうです", "らしい"])
def test_hearsay_reports_what_is_checked(ending: str, pack: Pack) -> None:
    said = diagnose(f"議員の月給がおよそ100万円から120万円に引き上げられる{ending}", pack)
    assert said.rating == "false"
    assert diagnose(f"判事の月給は100万円から120万円に上がった{ending}", pack).rating == "true"


def test_a_measure_named_inside_an_alias_of_its_owner(pack: Pack) -> None:
    d = diagnose("議員の月給は129万4千円だ", pack)
    assert d.rating == "true" and d.checks[0].evidence == ["m2"]
