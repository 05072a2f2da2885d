"""A claim that names the year before as its base ("from a year earlier", 「前年比」, 「1年前と比べて」)
finds exactly that period: across a gap in the series (2022, 2024 with no 2023) the change is not
measured over two years (review M1; src/shingi/pipeline/checks/changes.py `_A_YEAR_BACK`)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["ex", "輸出額", "Exports", "USD", "", "true", "amount", ""]]
OBSERVATIONS = [
    ["a21", "NL", "ex", "2021", "90", "USD", "stat", ""],
    ["a22", "NL", "ex", "2022", "80", "USD", "stat", ""],
    ["a24", "NL", "ex", "2024", "100", "USD", "stat", ""],
    ["a25", "NL", "ex", "2025", "110", "USD", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "year-back-exact", METRICS, OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    "Norland's exports rose from a year earlier in 2024.",
    "Norland's exports rose year on year in 2024.",
    "2024年のノーランドの輸出額は前年比で増えた。",
    "2024年のノーランドの輸出額は1年前と比べて増えた。",
])
def test_the_year_before_across_a_gap_is_not_found(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack, as_of="2025-03-01").rating == "unverifiable"


@pytest.mark.parametrize("claim", [
    "Norland's exports rose from a year earlier in 2025.",
    "2025年のノーランドの輸出額は前年比で増えた。",
])
def test_the_year_before_held_is_the_base(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2026-03-01")
    assert d.rating == "true" and sorted(d.checks[0].evidence) == ["a24", "a25"]


@pytest.fixture(scope="module")
def gap_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "year-back-gap", METRICS, OBSERVATIONS[:3])


@pytest.mark.parametrize("claim", [
    "Norland's exports are up from a year earlier.",
    "ノーランドの輸出額は前年比で増えた。",
    "ノーランドの輸出額は1年前と比べて増えた。",
])
def test_no_period_the_latest_year_against_its_year_before(gap_pack: Pack, claim: str) -> None:
    # the latest value is 2024's; 2023 is not held (2022 -> 2024 is no change from a year earlier)
    assert diagnose(claim, gap_pack, as_of="2025-03-01").rating == "unverifiable"
