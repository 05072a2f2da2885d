"""A run of changes in a row, and a year that is part of a thing's name (docs/verdict-rules.md
§2, §4.7), in Japanese and English, on a small pack built here.

- 「8年連続で減少」, "for the third straight year", "three consecutive years": the number of
  steps in a row ending at the claimed (else latest) period; one off is partly (mostly true).
- "its 2035 zero-emission rule … in March 2023": a bare year between a determiner and a noun
  names the thing; the other period dates the statement.
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
id: streaks
title: {ja: "連続", en: "Streaks"}
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
    ["council", "government", "評議会", "the Council", "Council", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["e1", "2023-03-28", "", "council", "regulation", "評議会が2035年のゼロ排出規則を最終承認",
     "The Council gives final approval to the 2035 zero-emission rule for new cars", "", "", "st", "3", ""],
]
METRICS = [
    METRIC_HEADER,
    ["births", "出生数", "births", "count", "", "true", "count", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["b0", "NL", "births", "2019", "900", "count", "st", ""],
    ["b1", "NL", "births", "2020", "1000", "count", "st", ""],
    ["b2", "NL", "births", "2021", "950", "count", "st", ""],
    ["b3", "NL", "births", "2022", "900", "count", "st", ""],
    ["b4", "NL", "births", "2023", "850", "count", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("streaks")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_run_of_changes_in_a_row(pack: Pack) -> None:
    assert diagnose("ノーランドの出生数は2023年まで3年連続で減少した", pack).rating == "true"
    assert diagnose("ノーランドの出生数は2023年まで2年連続で減少した", pack).rating == "mostly_true"
    assert diagnose("ノーランドの出生数は2023年まで5年連続で減少した", pack).rating == "false"
    assert diagnose("Norland's births fell in 2023 for the third straight year.", pack).rating == "true"


def test_a_year_before_a_noun_names_the_thing(pack: Pack) -> None:
    said = "The Council gave final approval to its 2035 zero-emission rule for new cars in {}."
    assert diagnose(said.format("March 2023"), pack).rating == "true"
    assert diagnose(said.format("2021"), pack).rating == "false"
