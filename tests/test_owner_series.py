"""A neighbour measure is a guess (docs/verdict-rules.md §4.13, "One of an owner's several
series"): a check settled on a series of an owner that the claim does not name, when the owner
has other series the claim's figures and periods fit as well, is unknown; a figure said per day
is a value of the series kept per day, not of the year's total (blind round 25d panama-canal-2025
avg-33-normal and slots-36-ja: annual transits taken for daily transits)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["calls", "寄港数（年）", "Total port calls (year)", "count", "port calls;calls;crossings;寄港数", "true",
     "count", "All vessel calls in the year"],
    ["calls_day", "1日平均寄港数", "Average daily calls", "vessels/day",
     "average daily calls;ships a day on average;1日平均の寄港数", "true", "count",
     "Average number of calls per day over the year"],
    ["revenue", "港湾収入", "Port revenue", "USD", "revenue;収入", "true", "amount",
     "Total revenue of the port authority in the year"],
    ["rainfall", "降雨量の平年比", "Rainfall versus normal", "%", "rainfall;降雨量", "true", "share",
     "Percent difference of rainfall from normal"],
    ["visitors", "来場者数", "Museum visitors", "count", "visitors;来場者", "true", "count",
     "Visitors to the museum in the year"],
]
ENTITIES = [
    ["avalon", "facility", "アヴァロン港", "Port of Avalon", "Avalon;アヴァロン", ""],
    ["brio", "facility", "ブリオ博物館", "Brio Museum", "Brio;ブリオ", ""],
]
OBSERVATIONS = [
    ["o1", "avalon", "calls", "2023", "9900", "count", "stat", ""],
    ["o2", "avalon", "calls", "2024", "12045", "count", "stat", ""],
    ["o3", "avalon", "calls_day", "2023", "27", "vessels/day", "stat", ""],
    ["o4", "avalon", "calls_day", "2024", "33", "vessels/day", "stat", ""],
    ["o5", "avalon", "revenue", "2023", "450M", "USD", "stat", ""],
    ["o6", "avalon", "revenue", "2024", "500M", "USD", "stat", ""],
    ["o7", "avalon", "rainfall", "2024", "-41", "%", "stat", ""],
    ["o8", "brio", "visitors", "2023", "80000", "count", "stat", ""],
    ["o9", "brio", "visitors", "2024", "100000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def port(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "owner-series", METRICS, OBSERVATIONS, ENTITIES)


def _used(d: object, metric: str, pack: Pack) -> bool:
    return any(
        i in pack.observations and pack.observations[i].metric == metric
        for c in d.checks if c.result != "unknown" for i in c.evidence  # type: ignore[attr-defined]
    )


@pytest.mark.parametrize("claim", [
    "アヴァロン港の2024年の寄港は1日平均33隻だった。",
    "アヴァロン港の2024年の寄港は1日平均40隻だった。",
    "Ships crossed the Port of Avalon at 33 a day on average in 2024, versus 27 the year before.",
])
def test_a_figure_per_day_is_not_the_years_total(port: Pack, claim: str) -> None:
    # the year's total (12,045) was checked against 33 a day and failed the claim
    d = diagnose(claim, port, as_of="2025-06-01")
    assert not _used(d, "calls", port)


def test_the_series_the_figures_single_out_is_taken(port: Pack) -> None:
    d = diagnose(
        "Ships crossed the Port of Avalon at 33 a day on average in 2024, versus 27 the year before.",
        port, as_of="2025-06-01",
    )
    assert any(c.result == "holds" for c in d.checks)
    assert _used(d, "calls_day", port)


@pytest.mark.parametrize(("claim", "rating"), [
    # named by a name or alias: linked as before
    ("The Port of Avalon handled about 12,000 port calls in 2024.", "true"),
    ("Avalon's revenue was about $500 million in 2024.", "true"),
    ("アヴァロン港の2024年の収入は約5億ドルだった。", "true"),
    ("Ships crossed the Port of Avalon at 40 a day on average in 2024.", "false"),
    # an owner with one series
    ("Brio had 100,000 visitors in 2024.", "true"),
    ("ブリオ博物館の来場者は2024年に10万人だった。", "true"),
])
def test_a_named_series_or_a_single_series_still_links(port: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, port, as_of="2025-06-01").rating == rating


# --- a series named only by its owner's name (blind round 25c world-cocoa-2025: "cocoa" named the
# New York futures price for "Ghana pays its cocoa farmers", ghana-above-ci and stocks-highest)

ORBIT_METRICS = [
    ["level", "オービット指数", "Orbit index", "pt", "Orbit index;オービット指数", "", "amount",
     "Closing value of the index"],
    ["volume", "オービットの売買高", "Orbit trading volume", "count", "trading volume;売買高", "", "count",
     "Contracts traded in the month"],
]
ORBIT_ENTITIES = [
    ["orbit", "product", "オービット指数", "Orbit index", "Orbit;Orbit index;オービット;オービット指数", ""],
]
ORBIT_OBSERVATIONS = [
    ["o1", "orbit", "level", "2024-01", "100", "pt", "stat", ""],
    ["o2", "orbit", "level", "2024-06", "140", "pt", "stat", ""],
    ["o3", "orbit", "level", "2024-12", "120", "pt", "stat", ""],
    ["o4", "orbit", "volume", "2024-01", "5000", "count", "stat", ""],
    ["o5", "orbit", "volume", "2024-06", "4000", "count", "stat", ""],
    ["o6", "orbit", "volume", "2024-12", "9000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def orbit(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "owner-only", ORBIT_METRICS, ORBIT_OBSERVATIONS, ORBIT_ENTITIES)


@pytest.mark.parametrize("claim", [
    "Orbit fell in December 2024.",
    "オービットは2024年12月に下がった。",
])
def test_a_series_the_claim_does_not_name_is_a_guess(orbit: Pack, claim: str) -> None:
    d = diagnose(claim, orbit, as_of="2025-01-15")
    assert d.rating == "unverifiable"
    assert any("guess" in c.reason for c in d.checks)


@pytest.mark.parametrize(("claim", "rating"), [
    ("Orbit's trading volume rose in December 2024.", "true"),
    # a whole named alone for its size in a record (§4.8): its one level, not a guess
    ("Orbit hit a record in December 2024.", "false"),
    ("The Orbit index fell in December 2024.", "true"),
    ("オービット指数は2024年12月に下がった。", "true"),
    ("オービットの売買高は2024年12月に増えた。", "true"),
])
def test_a_series_named_outright_is_taken(orbit: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, orbit, as_of="2025-01-15").rating == rating


# --- a calendar date is not "per day" (review F15: 「2025年1月21日に発表された統計によると、…通航隻数は
# 1万2000隻」 read 「1日に」 of the date as "per day" and refused the right yearly total)

@pytest.mark.parametrize("claim", [
    "2025年1月21日に発表された統計によると、アヴァロン港の2024年の寄港数は1万2045隻だった。",
    "4月1日に公表された統計では、アヴァロン港の2024年の寄港数は1万2045隻だった。",
    "In 2024 the Port of Avalon handled 12,045 port calls a day before the count was due.",
])
def test_a_date_before_the_figure_is_not_per_day(port: Pack, claim: str) -> None:
    d = diagnose(claim, port, as_of="2025-06-01")
    assert d.rating == "true"
    assert _used(d, "calls", port)


@pytest.mark.parametrize("claim", [
    "アヴァロン港の2024年の寄港は一日に33隻だった。",
    "アヴァロン港では2024年、日に40隻が寄港した。",
    "アヴァロン港の2024年の寄港は1日あたり33隻だった。",
    "The Port of Avalon saw 33 ships daily in 2024.",
    "The Port of Avalon saw 40 ships per day in 2024.",
])
def test_a_per_day_figure_is_still_per_day(port: Pack, claim: str) -> None:
    # the negative: a figure said per day keeps off the year's total
    assert not _used(diagnose(claim, port, as_of="2025-06-01"), "calls", port)
