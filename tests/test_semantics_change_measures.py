"""The size of a change against a measure that records the change (docs/verdict-rules.md §4.4),
on a small pack built here.

"Norland's public debt rose by about $1.6 trillion in the Lee administration's first 22 months": when a
named entity has exactly one measure whose own name says it records a change ("increase in public debt
during the administration") in the number's unit, the size of the change is its value; the level
series (public debt at two dates the claim does not give) does not decide it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = 'id: change-measures\ntitle: {en: "Change measures"}\nlanguage: en\nsubject: NL\n'
SOURCES = [
    SOURCE_HEADER,
    ["cb", "Public debt statistics", "Central Bank", "", "2024-07", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "", "Norland", "", ""],
    ["lee", "government", "", "Lee administration", "", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["debt", "", "total public debt", "USD", "public debt;debt", "false", "amount"],
    ["added", "", "increase in public debt during the administration", "USD", "", "false", "amount"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["d13", "NL", "debt", "2013-04", "1.88T", "USD", "cb", ""],
    ["d22", "NL", "debt", "2022-09", "8.70T", "USD", "cb", ""],
    ["a24", "lee", "added", "2024-06", "1.6T", "USD", "cb", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("change_measures")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(("claim", "rating"), [
    ("Norland's public debt rose by about $1.6 trillion in the Lee administration's first 22 months.",
     "true"),
    ("Norland's public debt rose by $5.2 trillion in the Lee administration's first 22 months.", "false"),
])
def test_the_size_of_a_change_is_the_value_of_the_measure_of_the_change(claim: str, rating: str,
                                                                      pack: Pack) -> None:
    d = diagnose(claim, pack)
    assert d.rating == rating
    assert any("a24" in c.evidence for c in d.checks)
