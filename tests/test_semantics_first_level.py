"""A plain figure had "for the first time" ("For the first time, 25 million people are working")
is a level first reached: at least the figure (at most after a fall), and no earlier value of the
series past it (docs/verdict-rules.md §4.8; blind round 8c spain-jobs workers-25m)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["jobs", "就業者数", "Employed persons", "count", "people in work;就業者", "true", "count", ""],
]
OBSERVATIONS = [
    ["j1", "NL", "jobs", "2025-Q1", "20000000", "count", "stat", ""],
    ["j2", "NL", "jobs", "2025-Q2", "21000000", "count", "stat", ""],
    ["j3", "NL", "jobs", "2025-Q3", "22000000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "first-level", METRICS, OBSERVATIONS)


def test_a_figure_had_for_the_first_time_is_a_level_first_reached(pack: Pack) -> None:
    as_of = "2025-10-30"
    said = "For the first time, {} million people are working in Norland."
    assert diagnose(said.format(22), pack, as_of=as_of).rating == "true"
    assert diagnose(said.format(25), pack, as_of=as_of).rating == "mostly_false"
    # past 21 million already in the second quarter: reached, but not for the first time now
    d = diagnose("For the first time, 21 million people are working in Norland.", pack, as_of=as_of)
    assert d.checks[0].result == "partly"
