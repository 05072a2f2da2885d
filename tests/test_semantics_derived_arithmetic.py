"""Arithmetic on two rows the pack holds (docs/verdict-rules.md §4.5 "A share of a whole the pack
relates to the part", §4.7 "Arithmetic of a change on two held rows"): a share of a whole the pack
relates to its part ("Most of the civil servants who left were dismissed": the dismissed over the
leavers, one owner, one period), a percent change read on the level beside a running change ("cut
by 10% since January"), a count taken away by a verb of removal as the size of a change ("removed
over 45,000"), a fronted past window ("In 12 months, …") and a year's sized change over the whole
year. Each derivation cites both rows; when the pack does not relate the two measures, or holds
them for other periods, nothing is derived."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["staff", "公務員数", "Norland civil servants", "count", "civil servants;civil service;公務員", "",
     "count", "Civil servants on the payroll"],
    ["staff_cum", "1月以降の公務員数の累積増減", "Cumulative change in civil servants since January 2025",
     "count", "civil service jobs cut since January;1月以降の減少", "", "count", "January 2025 = 0"],
    ["leavers", "公務員の離職者数", "Civil servants who left the service", "count",
     "left the service;departures;離職者", "", "count", "Departures of every kind"],
    ["dismissed", "解雇された公務員数", "Civil servants dismissed", "count", "dismissed;fired;解雇", "",
     "count", "Departures that were involuntary (dismissals); 離職者のうち解雇によるもの"],
    ["hires", "公務員の採用数", "Civil servants hired", "count", "hired;hires;採用", "", "count",
     "Civil servants hired in the year"],
]
OBSERVATIONS = [
    ["s01", "NL", "staff", "2025-01", "500000", "count", "stat", ""],
    ["s02", "NL", "staff", "2025-02", "498000", "count", "stat", ""],
    ["s11", "NL", "staff", "2025-11", "452000", "count", "stat", ""],
    ["s12", "NL", "staff", "2025-12", "450000", "count", "stat", ""],
    ["c01", "NL", "staff_cum", "2025-01", "0", "count", "stat", ""],
    ["c11", "NL", "staff_cum", "2025-11", "-48000", "count", "stat", ""],
    ["c12", "NL", "staff_cum", "2025-12", "-50000", "count", "stat", ""],
    ["l24", "NL", "leavers", "2024", "55000", "count", "stat", ""],
    ["l25", "NL", "leavers", "2025", "60000", "count", "stat", ""],
    ["d25", "NL", "dismissed", "2025", "6000", "count", "stat", ""],
    ["h25", "NL", "hires", "2025", "10000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "derived-arithmetic", METRICS, OBSERVATIONS)


def test_a_share_of_the_whole_the_pack_relates_to_the_part(pack: Pack) -> None:
    # 6,000 of 60,000 is 10 %: "most" fails, "about one in ten" holds; both rows cited
    d = diagnose("Most of the Norland civil servants who left the service in 2025 were dismissed.", pack)
    assert d.rating == "false"
    assert {"d25", "l25"} <= set(d.checks[0].evidence)
    assert round(d.checks[0].numbers[0].found, 1) == 10.0
    d = diagnose("About one in ten Norland civil servants who left the service in 2025 were dismissed.", pack)
    assert d.rating == "true" and {"d25", "l25"} <= set(d.checks[0].evidence)
    d = diagnose("2025年に離職したノーランドの公務員の過半数は解雇された。", pack)
    assert d.rating == "false" and {"d25", "l25"} <= set(d.checks[0].evidence)


def test_no_share_of_a_whole_the_pack_does_not_relate_or_hold_for_the_period(pack: Pack) -> None:
    # the hires are no whole the pack counts the dismissed in; 2024's leavers have no dismissals
    # of 2024 beside them: nothing is derived
    for text in (
        "Most of the Norland civil servants hired in 2025 were dismissed.",
        "Most of the Norland civil servants who left the service in 2024 were dismissed.",
    ):
        d = diagnose(text, pack)
        used = [set(c.evidence) for c in d.checks]
        assert not any({"d25", "h25"} <= ids or {"d25", "l24"} <= ids for ids in used)
        assert d.rating != "true"


def test_a_percent_change_is_read_on_the_level_beside_a_running_change(pack: Pack) -> None:
    # 500,000 (Jan) -> 450,000 (Dec): -10.0 %, shown with both rows
    d = diagnose("Norland has cut its civil service by 10% since January.", pack, as_of="2025-12-20")
    assert d.rating in ("true", "mostly_true")
    assert d.checks[0].evidence == ["s01", "s12"] and "-10.0 %" in d.checks[0].reason
    d = diagnose("ノーランドは1月以降、公務員を約1割減らした。", pack, as_of="2025-12-20")
    assert d.rating == "true" and d.checks[0].evidence == ["s01", "s12"] and "-10.0 %" in d.checks[0].reason
    # a count is the difference of the two rows, not a percentage
    d = diagnose("Norland has cut its civil service by 50,000 since January.", pack, as_of="2025-12-20")
    assert d.rating == "true" and "-50,000" in d.checks[0].reason and "%" not in d.checks[0].reason


def test_no_percent_change_without_the_level(tmp_path_factory: pytest.TempPathFactory) -> None:
    # the running change alone has no base to be a percentage of: the claim stays unsettled
    alone = norland_pack(
        tmp_path_factory, "derived-no-level", [METRICS[1]], [o for o in OBSERVATIONS if o[2] == "staff_cum"]
    )
    d = diagnose("Norland has cut civil service jobs since January by 10%.", alone, as_of="2025-12-20")
    assert d.rating == "unverifiable"


def test_a_count_taken_away_over_a_fronted_window_is_the_change(pack: Pack) -> None:
    d = diagnose("In 12 months, Norland removed over 45,000 civil servants from the payroll.", pack,
                 as_of="2026-01-10")
    assert d.rating == "true" and d.checks[0].evidence == ["s01", "s12"]
    assert "-50,000" in d.checks[0].reason
    # "in 12 months" with a future verb is a plan's time, not a window to now
    d = diagnose("In 12 months, Norland will remove 45,000 civil servants.", pack, as_of="2026-01-10")
    assert d.rating != "true"


def test_a_sized_change_in_a_year_spans_the_year(pack: Pack) -> None:
    # January to December, not November to December (-2,000)
    d = diagnose("Norland cut 50,000 civil servants in 2025.", pack, as_of="2026-01-10")
    assert d.checks[0].evidence == ["s01", "s12"] and d.rating == "true"
    d = diagnose("ノーランドは2025年に公務員を5万人削減した。", pack, as_of="2026-01-10")
    assert d.checks[0].evidence == ["s01", "s12"] and d.rating == "true" and "-50,000" in d.checks[0].reason
    # the cut is the size of the change, not the level left (450,000 would hold "over 200,000")
    d = diagnose("Norland cut over 200,000 civil servants in 2025.", pack, as_of="2026-01-10")
    assert d.rating == "false" and d.checks[0].evidence == ["s01", "s12"]


#: The leavers' own measure is related to the workforce by its definition, and the dismissed to the
#: leavers: "most of X who left were dismissed" is the dismissed over the leavers, never the
#: leavers (the relative clause's measure) over the workforce (review finding derive-1)
CHAIN_METRICS = [
    ["staff", "公務員数", "Norland civil servants", "count", "civil servants;公務員", "", "count", ""],
    ["leavers", "公務員の離職者数", "Separations of civil servants", "count",
     "civil servants who left;離職した公務員;離職者", "", "count", "Civil servants who left the service"],
    ["dismissed", "解雇による離職者数", "Involuntary separations", "count", "dismissed civil servants;解雇",
     "", "count",
     "Separations of civil servants that were involuntary; 公務員の離職者数のうち解雇によるもの"],
]


def _chain_pack(tmp_path_factory: pytest.TempPathFactory, name: str, staff: int, dismissed: int) -> Pack:
    rows = [
        ["s25", "NL", "staff", "2025", str(staff), "count", "stat", ""],
        ["l25", "NL", "leavers", "2025", "60000", "count", "stat", ""],
        ["d25", "NL", "dismissed", "2025", str(dismissed), "count", "stat", ""],
    ]
    return norland_pack(tmp_path_factory, name, CHAIN_METRICS, rows)


def test_the_part_is_the_predicates_measure_the_whole_the_relative_clauses(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # few dismissed (6,000 of 60,000 leavers) though the leavers are two-thirds of the workforce
    few = _chain_pack(tmp_path_factory, "chain-few", 90000, 6000)
    # most dismissed (40,000 of 60,000) though the leavers are a small share of the workforce
    most = _chain_pack(tmp_path_factory, "chain-most", 500000, 40000)
    for text in (
        "Most of the Norland civil servants who left in 2025 were dismissed.",
        "In 2025, most of the Norland civil servants who left got dismissed.",
        "2025年に離職した公務員の過半数は解雇された。",
    ):
        d = diagnose(text, few)
        assert d.rating == "false", text
        assert set(d.checks[0].evidence) == {"d25", "l25"}
        assert round(d.checks[0].numbers[0].found, 1) == 10.0
        d = diagnose(text, most)
        assert d.rating == "true", text
        assert set(d.checks[0].evidence) == {"d25", "l25"}


def test_no_share_when_the_whole_is_not_the_one_the_part_is_counted_in(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the part said only in the whole's phrase ("who were dismissed") is no part; a predicate the
    # pack has no measure of ("quit of their own accord") says no part
    most = _chain_pack(tmp_path_factory, "chain-most-neg", 90000, 20000)
    for text in (
        "Most of the Norland civil servants who were dismissed in 2025 had left.",
        "Most of the Norland civil servants who left in 2025 quit of their own accord.",
    ):
        d = diagnose(text, most)
        assert d.rating == "unverifiable", text
    # no relative clause: the whole is the workforce the owner names (20,000 of 90,000)
    d = diagnose("Most of the Norland civil servants were dismissed in 2025.", most)
    assert d.rating == "false" and set(d.checks[0].evidence) == {"d25", "s25"}
