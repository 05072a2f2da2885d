"""How many were ranked, and a value said beside a place (docs/verdict-rules.md §2), on a small
pack built here.

- "107th of 121 countries": 121 says how many were ranked (a whole number after "of"), no value;
  "…, with a score of 29.1": a number that is not whole is a value of the measure, not a count of
  those ranked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import write_rows_pack
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
    ["id", "title", "publisher", "url", "published", "kind", "lang"],
    ["st", "Index report", "Publisher", "", "2022", "report", "en"],
]
ENTITIES = [
    ["id", "kind", "name_ja", "name_en", "aliases", "country"],
    ["IN", "country", "インド", "India", "", ""],
]
EVENTS = [["id", "date", "pillar", "actors", "kind", "title_ja", "title_en", "amount", "unit", "source",
           "significance", "note"]]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind", "definition"],
    ["rank", "", "Hunger Index rank", "rank", "", "false", "rank", "1 = least hunger"],
    ["score", "", "Hunger Index score", "score", "score", "false", "", ""],
]
OBSERVATIONS = [
    ["id", "entity", "metric", "period", "value", "unit", "source", "note"],
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
