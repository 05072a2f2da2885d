"""A window to now said in years ("この2年で", "has roughly doubled in five years") on a series of
fiscal years is counted in fiscal years back from the latest one out at the claim's date, not from
the fiscal year a calendar year counted back from that date falls in (blind round 8 jp-futoko
ijime-90k: FY2022 to FY2024 said in November 2025; en-doubled: FY2019 to FY2024). "in five years"
after a change ("has roughly doubled in five years") is such a window, as after a record."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["cases", "認知件数", "Recognised cases", "count", "recognised cases;認知件数", "false", "count", ""],
]
OBSERVATIONS = [
    ["c15", "NL", "cases", "FY2015", "100000", "count", "stat", ""],
    ["c19", "NL", "cases", "FY2019", "180000", "count", "stat", ""],
    ["c20", "NL", "cases", "FY2020", "200000", "count", "stat", ""],
    ["c21", "NL", "cases", "FY2021", "240000", "count", "stat", ""],
    ["c22", "NL", "cases", "FY2022", "300000", "count", "stat", ""],
    ["c23", "NL", "cases", "FY2023", "340000", "count", "stat", ""],
    ["c24", "NL", "cases", "FY2024", "354000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "fiscal-windows", METRICS, OBSERVATIONS)


def test_a_window_of_years_counts_fiscal_years_back_from_the_latest(pack: Pack) -> None:
    d = diagnose("認知件数はこの2年で約5万件増えた", pack, as_of="2025-11-01")
    assert d.checks[0].evidence == ["c22", "c24"] and d.rating == "true"


def test_in_five_years_after_a_change_is_a_window(pack: Pack) -> None:
    d = diagnose("Recognised cases in Norland have roughly doubled in five years.", pack, as_of="2025-11-01")
    assert d.checks[0].evidence == ["c19", "c24"] and d.rating == "true"
    tripled = diagnose("Recognised cases in Norland have tripled in five years.", pack, as_of="2025-11-01")
    assert tripled.rating not in ("true", "mostly_true")


def test_a_short_window_said_with_tatta(pack: Pack) -> None:
    d = diagnose("認知件数はたった2年で約5万件増えた", pack, as_of="2025-11-01")
    assert d.checks[0].evidence == ["c22", "c24"] and d.rating == "true"
