"""A claim's numbers of one space-grouped thousands ("12 100 bed hospitals") are read as one number only when
the claim shows the SI grouping itself; two groups or more ("7 291 600") always (docs/ingest.md, "One
space-grouped thousands alone", docs/verdict-rules.md; review R33: /tmp/rv-repro/si)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["pop", "人口", "population", "people", "population;人口", "", "count", ""],
           ["hosp", "病院数", "hospitals", "count", "hospitals;病院数", "", "count", ""],
           ["beds", "病床数", "hospital beds", "count", "beds;病床数", "", "count", ""]]
OBSERVATIONS = [["p1", "NL", "pop", "2022", "7291600", "people", "stat", ""],
                ["h1", "NL", "hosp", "2022", "12", "count", "stat", ""],
                ["b1", "NL", "beds", "2022", "35100", "count", "stat", ""]]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "spaced-thousands", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "rating"), [
    # one group alone: 12 hospitals of 100 beds, not 12,100 hospitals (it was false)
    ("Norland had 12 100 bed hospitals in 2022.", {"true", "unverifiable", "half_true", "mostly_true"}),
    # two groups: the SI grouping, no pair of numbers
    ("Norland's population was 7 291 600 in 2022.", {"true"}),
    ("Norland's population was 7 291 600 and it had 35 100 hospital beds in 2022.", {"true"}),
    # near-miss: the grouping read, a wrong figure stays wrong
    ("Norland's population was 9 291 600 in 2022.", {"false"}),
])
def test_spaced_thousands_in_a_claim(pack: Pack, claim: str, rating: set[str]) -> None:
    assert diagnose(claim, pack, as_of="2023-06-01").rating in rating
