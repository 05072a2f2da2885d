"""A measure of the claimed window (docs/verdict-rules.md §4.13, "Linking a claim to its
measure"): a single month claimed is read on the measure whose own name says one month, not on
the year's total that holds it; the end of a month range (「4〜10月」) is no single month
(blind round 12c jp-bear-incidents october-first-10k, sightings-1-6x)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["sightings", "クマの出没件数", "Bear sightings", "count", "出没件数;sightings", "false", "count", ""],
    ["sightings_month", "月間出没件数", "Bear sightings in one month", "count", "monthly sightings",
     "false", "count", ""],
    ["sightings_apr_jul", "4〜7月の出没件数", "Bear sightings April-July", "count", "April-July sightings",
     "false", "count", ""],
    ["cpi_12m", "インフレ率（前年同月比）", "Inflation, 12-month rate", "%", "year-on-year inflation",
     "false", "growth", ""],
    ["cpi_monthly", "月次インフレ率（前月比）", "Monthly inflation", "%", "monthly inflation", "false",
     "growth", ""],
]
OBSERVATIONS = [
    ["s23", "NL", "sightings", "FY2023", "24348", "count", "stat", ""],
    ["s25", "NL", "sightings", "FY2025", "36814", "count", "stat", ""],
    ["m2510", "NL", "sightings_month", "2025-10", "15745", "count", "stat", ""],
    ["m2509", "NL", "sightings_month", "2025-09", "4200", "count", "stat", ""],
    ["a25", "NL", "sightings_apr_jul", "FY2025", "9000", "count", "stat", ""],
    ["y2404", "NL", "cpi_12m", "2024-04", "289.4", "%", "stat", ""],
    ["m2404", "NL", "cpi_monthly", "2024-04", "8.8", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(
        tmp_path_factory, "window-measure", METRICS, OBSERVATIONS,
        settings="fiscal_year: {start_month: 4, named_by: start}\n",
    )


@pytest.mark.parametrize(
    "claim",
    ["10月の出没件数は1万5745件だった。", "Bear sightings in October 2025 numbered 15,745."],
)
def test_a_month_is_read_on_the_one_month_measure(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2025-12-05")
    assert d.checks[0].evidence == ["m2510"] and d.rating == "true"


@pytest.mark.parametrize(
    "claim",
    ["10月の出没件数は3万件を超えた。", "Bear sightings in October 2025 topped 30,000."],
)
def test_a_month_is_not_the_years_total(pack: Pack, claim: str) -> None:
    # the fiscal year's 36,814 holds October, but it is no month's figure (October's 15,745: x1.91,
    # beyond the calibration's factor 1.8, §5.1)
    d = diagnose(claim, pack, as_of="2025-12-05")
    assert d.checks[0].evidence == ["m2510"] and d.rating == "false"


@pytest.mark.parametrize(
    "claim",
    [
        "今年度の出没件数は4〜10月だけで約3万7千件に達した。",
        "Bear sightings from April to October 2025 reached about 37,000.",
    ],
)
def test_the_end_of_a_month_range_is_no_single_month(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2025-12-05")
    assert "m2510" not in d.checks[0].evidence


@pytest.mark.parametrize(
    "claim",
    [
        "2024年4月の前年同月比インフレ率は約290%だった。",
        "Year-on-year inflation reached about 290% in April 2024.",
    ],
)
def test_a_measure_with_a_value_of_the_month_stays(pack: Pack, claim: str) -> None:
    # a 12-month rate kept month by month has April's own value: no one-month measure is wanted
    d = diagnose(claim, pack, as_of="2024-05-15")
    assert d.checks[0].evidence == ["y2404"]
