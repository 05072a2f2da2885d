"""What a count counts (docs/verdict-rules.md §2, Numbers), on a small pack built here.

A count that names what it counts ("50,000 people") is compared only with a measure whose names
say so too. English irregular plurals name the same thing as their singular: "people" and
"persons" are persons, "women" a woman, "men" a man, "children" a child; a count of something
else is still no value of the measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = 'id: counted\ntitle: {en: "Counted nouns"}\nlanguage: en\nsubject: NL\n'
SOURCES = [
    SOURCE_HEADER,
    ["lfs", "Labour force survey", "Statistics Office", "", "2024-02", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "", "Norland", "", ""],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["unemployed", "", "unemployed persons", "count", "", "false", "count"],
    ["women_employed", "", "employed woman workers", "count", "", "true", "count"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["u1", "NL", "unemployed", "2023-12", "1.6M", "count", "lfs", ""],
    ["w1", "NL", "women_employed", "2023-12", "2.0M", "count", "lfs", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("counted")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(("claim", "rating"), [
    ("In December 2023 Norland had 1.6 million unemployed people.", "true"),
    ("In December 2023 Norland had 2.6 million unemployed people.", "false"),
    ("In December 2023, 2.0 million employed women worked in Norland.", "true"),
])
def test_an_irregular_plural_counts_what_its_singular_names(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating


def test_a_count_of_something_else_is_no_value_of_the_measure(pack: Pack) -> None:
    assert diagnose("In December 2023 Norland had 1.6 million unemployed households.", pack).rating != "true"
