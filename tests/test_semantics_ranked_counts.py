"""How many were ranked, and a value said beside a place (docs/verdict-rules.md §2), on a small
pack built here.

- "107th of 121 countries": 121 says how many were ranked (a whole number after "of"), no value;
  "…, with a score of 29.1": a number that is not whole is a value of the measure, not a count of
  those ranked.
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
id: ranked
title: {ja: "順位", en: "Ranked"}
language: en
subject: IN
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Index report", "Publisher", "", "2022", "report", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["IN", "country", "インド", "India", "", ""],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["rank", "", "Hunger Index rank", "rank", "", "false", "rank", "1 = least hunger"],
    ["score", "", "Hunger Index score", "score", "score", "false", "", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["r", "IN", "rank", "2022", "107/121", "rank", "st", ""],
    ["s", "IN", "score", "2022", "29.1", "score", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("ranked")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_value_beside_a_place_is_no_count_of_the_ranked(pack: Pack) -> None:
    said = "India ranked 107th of 121 countries on the 2022 Hunger Index, with a score of {}."
    assert diagnose(said.format("29.1"), pack).rating == "true"
    assert diagnose(said.format("19.1"), pack).rating == "half_true"
