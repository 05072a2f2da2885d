"""A plain figure had "for the first time" ("For the first time, 25 million people are working")
is a level first reached: at least the figure (at most after a fall), and no earlier value of the
series past it (docs/verdict-rules.md §4.8; blind round 8c spain-jobs workers-25m)."""

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
id: first-level
title: {ja: "就業者", en: "People in work"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
METRICS = [
    METRIC_HEADER,
    ["jobs", "就業者数", "Employed persons", "count", "people in work;就業者", "true", "count", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["j1", "NL", "jobs", "2025-Q1", "20000000", "count", "stat", ""],
    ["j2", "NL", "jobs", "2025-Q2", "21000000", "count", "stat", ""],
    ["j3", "NL", "jobs", "2025-Q3", "22000000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("first-level")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_a_figure_had_for_the_first_time_is_a_level_first_reached(pack: Pack) -> None:
    as_of = "2025-10-30"
    said = "For the first time, {} million people are working in Norland."
    assert diagnose(said.format(22), pack, as_of=as_of).rating == "true"
    assert diagnose(said.format(25), pack, as_of=as_of).rating == "false"
    # past 21 million already in the second quarter: reached, but not for the first time now
    d = diagnose("For the first time, 21 million people are working in Norland.", pack, as_of=as_of)
    assert d.checks[0].result == "partly"
