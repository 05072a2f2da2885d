"""The turning-point statistic (docs/turning-point.md) and the check built on it, on small packs."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pack_builder import EVENTS, csv_text, write_pack
from shingi.model import Pack
from shingi.normalize.periods import parse_period
from shingi.pack.load import load_pack
from shingi.pipeline.turning_point import (
    Z_THRESHOLD,
    check_turning_point,
    find_turning_points,
    month_statistic,
    monthly_activity,
    pillars_needed,
    robust_location_scale,
)

PILLARS4 = ("policy", "compute", "models", "research")


def pack_yaml(pillars: tuple[str, ...]) -> str:
    lines = ["id: tp", "title: {en: TP}", "language: en", "subject: JP", "frontier: [US]", "pillars:"]
    for p in pillars:
        lines += [f"  - id: {p}", f"    name: {{ja: 柱{p}, en: Pillar {p}}}"]
    if not pillars:
        lines[-1] = "pillars: []"
    return "\n".join(lines) + "\n"


Rows = list[tuple[str, str, str, int]]


def make_pack(folder: Path, events: Rows, pillars: tuple[str, ...] = PILLARS4) -> Pack:
    """A pack whose events are (id, date, pillar, significance)."""
    rows = [EVENTS[0]]
    for ev_id, when, pillar, sig in events:
        rows.append([ev_id, when, pillar, "JP", "milestone", f"出来事{ev_id}", f"Event {ev_id}", "", "", "s1",
                     str(sig), ""])
    return load_pack(write_pack(folder, pack_yaml=pack_yaml(pillars), events_csv=csv_text(rows),
                                claims_yaml=None))


def quiet_months(year: int, months: range, pillars: tuple[str, ...] = PILLARS4) -> Rows:
    """One default event a month, rotating through the pillars."""
    return [(f"q{year}{m:02d}", f"{year}-{m:02d}", pillars[m % len(pillars)], 2) for m in months]


def burst(month: str, pillars: tuple[str, ...], sig: int = 3, per_pillar: int = 1) -> Rows:
    """``per_pillar`` events of significance ``sig`` in each pillar, on days of ``month``."""
    return [(f"b{month}-{p}-{i}", f"{month}-{10 + i:02d}", p, sig)
            for p in pillars for i in range(per_pillar)]


@pytest.fixture
def burst_pack(tmp_path: Path) -> Pack:
    """Quiet 2025, then April 2026 with all four pillars busy."""
    events = quiet_months(2025, range(1, 13)) + quiet_months(2026, range(1, 4)) + burst("2026-04", PILLARS4)
    return make_pack(tmp_path, events)


# --- the statistic -----------------------------------------------------------------------


@pytest.mark.parametrize(("n", "needed"), [(0, 0), (1, 1), (2, 2), (3, 3), (4, 3), (5, 4), (8, 6), (12, 9)])
def test_pillars_needed(n: int, needed: int) -> None:
    assert pillars_needed(n) == needed


def test_robust_scale_uses_mad_then_mean_deviation_then_floor() -> None:
    median, scale = robust_location_scale([1, 2, 3, 4, 100])
    assert median == 3
    assert scale == pytest.approx(1.4826 * 1)  # MAD of [2, 1, 0, 1, 97] is 1: the 100 does not move it
    median, scale = robust_location_scale([0, 0, 0, 0, 0, 4, 8])
    assert median == 0
    assert scale == pytest.approx(1.2533 * 12 / 7)  # MAD is 0: mean absolute deviation
    assert robust_location_scale([2, 2, 2, 2]) == (2, 1.0)  # flat baseline: one significance point


def test_monthly_activity_bins_months_and_keeps_empty_ones(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, [("a", "2025-01-05", "policy", 3), ("b", "2025-01", "compute", 1),
                                ("c", "2025-04-30", "policy", 2), ("y", "2025", "models", 3),
                                ("q", "2025-Q2", "research", 3), ("f", "FY2025", "models", 3)])
    months = monthly_activity(pack)
    assert [m.period.text for m in months] == ["2025-01", "2025-02", "2025-03", "2025-04"]
    jan = months[0]
    assert jan.events == ("b", "a")  # by date: 2025-01 starts on the 1st
    assert jan.pillars == ("policy", "compute")
    assert jan.weight == 4
    assert dict(jan.by_pillar) == {"policy": ("a",), "compute": ("b",), "models": (), "research": ()}
    assert months[1].events == () and months[1].weight == 0
    # events dated to a year, a quarter or a fiscal year are in no month
    assert all(e not in m.events for m in months for e in ("y", "q", "f"))


def test_burst_month_is_the_turning_point(burst_pack: Pack) -> None:
    tps = find_turning_points(burst_pack)
    assert [t.period.text for t in tps] == ["2026-04"]
    tp = tps[0]
    assert tp.pillars == PILLARS4
    assert tp.weight == 12
    assert tp.baseline_months == 15  # 2025-01 .. 2026-03: every month but the one tested
    assert tp.baseline_median == 2
    assert tp.score >= Z_THRESHOLD
    assert tp.is_turning_point
    assert set(tp.events) == {f"b2026-04-{p}-0" for p in PILLARS4}


def test_quiet_month_statistic_is_not_a_turning_point(burst_pack: Pack) -> None:
    stat = month_statistic(burst_pack, parse_period("2025-06"))
    assert stat is not None
    assert not stat.is_turning_point
    assert stat.pillars == ("models",)  # June: 6 % 4 = 2, the third pillar
    assert stat.score < Z_THRESHOLD


def test_pack_with_no_turning_point(tmp_path: Path) -> None:
    # Every month as busy as every other: broad, but never unusual.
    events = [(f"e{m}-{p}", f"2025-{m:02d}", p, 2) for m in range(1, 13) for p in PILLARS4]
    pack = make_pack(tmp_path, events)
    assert find_turning_points(pack) == []
    check = check_turning_point(pack, parse_period("2025-06"), "June 2025", "en", "s1")
    assert check.result == "fails"
    assert "no month" in check.reason
    claimed_events = {f"e6-{p}" for p in PILLARS4}
    assert claimed_events <= set(check.evidence)


def test_a_burst_in_one_pillar_is_not_a_turning_point(tmp_path: Path) -> None:
    events = quiet_months(2025, range(1, 13)) + burst("2026-01", ("compute",), per_pillar=8)
    pack = make_pack(tmp_path, events)
    stat = month_statistic(pack, parse_period("2026-01"))
    assert stat is not None and stat.score >= Z_THRESHOLD  # unusual, but narrow
    assert not stat.breadth_met
    assert find_turning_points(pack) == []


def test_pack_with_only_two_pillars_needs_both(tmp_path: Path) -> None:
    two = ("policy", "compute")
    events = quiet_months(2025, range(1, 10), two)
    pack = make_pack(tmp_path / "both", events + burst("2025-10", two, per_pillar=2), two)
    assert [t.period.text for t in find_turning_points(pack)] == ["2025-10"]
    assert find_turning_points(pack)[0].pillars_needed == 2
    one = make_pack(tmp_path / "one", events + burst("2025-10", ("compute",), per_pillar=4), two)
    assert find_turning_points(one) == []


def test_coarse_dates_do_not_make_a_turning_point(tmp_path: Path) -> None:
    events = quiet_months(2025, range(1, 13)) + [(f"y{p}", "2025", p, 3) for p in PILLARS4 for _ in range(1)]
    events += [(f"fy{p}", "FY2025", p, 3) for p in PILLARS4]
    assert find_turning_points(make_pack(tmp_path, events)) == []


# --- the check ---------------------------------------------------------------------------


def test_check_holds_for_the_turning_point_month(burst_pack: Pack) -> None:
    check = check_turning_point(burst_pack, parse_period("2026-04"), "in April 2026", "en", "s1")
    assert (check.id, check.kind, check.span) == ("s1", "turning_point", "in April 2026")
    assert check.result == "holds"
    assert check.score == find_turning_points(burst_pack)[0].score
    assert set(check.evidence) == {f"b2026-04-{p}-0" for p in PILLARS4}
    assert check.sources == ["s1"]
    for name in ("Pillar policy", "Pillar compute", "Pillar models", "Pillar research"):
        assert name in check.reason  # the reason names the pillars that met
    assert "April 2026" in check.statement
    labels = [n.label for n in check.numbers]
    assert any("pillars" in label for label in labels) and any("robust z" in label for label in labels)


def test_check_in_japanese(burst_pack: Pack) -> None:
    check = check_turning_point(burst_pack, parse_period("2026-04"), "2026年4月", "ja", "s1")
    assert check.result == "holds"
    assert "2026年4月" in check.statement
    assert "柱policy" in check.reason and "ロバストz" in check.reason


@pytest.mark.parametrize("text", ["2026-04-15", "2026-Q2", "2026-H1", "2026", "FY2026"])
def test_a_turning_point_inside_a_coarser_period_holds(burst_pack: Pack, text: str) -> None:
    check = check_turning_point(burst_pack, parse_period(text), text, "en", "s1")
    assert check.result == "holds", check.reason
    assert "April 2026" in check.reason


@pytest.mark.parametrize("text", ["2026-03", "2026-05", "2026-Q1", "2025", "FY2025", "2025-H2"])
def test_the_neighbouring_period_is_partly(burst_pack: Pack, text: str) -> None:
    check = check_turning_point(burst_pack, parse_period(text), text, "en", "s1")
    assert check.result == "partly", check.reason
    assert "April 2026" in check.reason


@pytest.mark.parametrize("text", ["2025-10", "2025-Q3", "2025-H1"])
def test_a_period_far_from_the_turning_point_fails_and_says_where(burst_pack: Pack, text: str) -> None:
    check = check_turning_point(burst_pack, parse_period(text), text, "en", "s1")
    assert check.result == "fails", check.reason
    assert "April 2026" in check.reason


def test_no_period_means_the_strongest_turning_point(burst_pack: Pack) -> None:
    check = check_turning_point(burst_pack, None, "leapt", "en", "s1")
    assert check.result == "holds"
    assert "April 2026" in check.reason


def test_outside_the_pack_span_is_unknown(burst_pack: Pack) -> None:
    check = check_turning_point(burst_pack, parse_period("2030-04"), "April 2030", "en", "s1")
    assert check.result == "unknown"
    assert check.evidence == []


def test_too_few_months_for_a_baseline_is_unknown(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, [*burst("2026-04", PILLARS4), ("x", "2026-02", "policy", 2)])
    assert find_turning_points(pack) == []
    check = check_turning_point(pack, parse_period("2026-04"), "April 2026", "en", "s1")
    assert check.result == "unknown"
    assert "baseline" in check.reason


def test_pack_without_pillars_is_unknown(tmp_path: Path) -> None:
    events = [(f"e{m}", f"2025-{m:02d}", "", 2) for m in range(1, 13)]
    pack = make_pack(tmp_path, events, pillars=())
    check = check_turning_point(pack, parse_period("2025-06"), "June 2025", "en", "s1")
    assert check.result == "unknown"
    assert "pillars" in check.reason


def test_the_bundled_pack_turns_in_april_2026() -> None:
    pack = load_pack("japan-ai-2026")
    assert "2026-04" in [t.period.text for t in find_turning_points(pack)]
    check = check_turning_point(pack, parse_period("2026-04"), "2026年4月", "ja", "s1")
    assert check.result == "holds"
    assert "ev-ms-invest-2026-04" in check.evidence


# --- properties --------------------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 18), st.sampled_from(PILLARS4), st.integers(1, 3)), min_size=4,
                max_size=40), st.randoms(use_true_random=False))
def test_turning_points_do_not_depend_on_row_order(tmp_path_factory: pytest.TempPathFactory,
                                                   rows: list[tuple[int, str, int]],
                                                   rnd: random.Random) -> None:
    events = [(f"e{i}", f"{2025 + (m - 1) // 12}-{(m - 1) % 12 + 1:02d}", p, s)
              for i, (m, p, s) in enumerate(rows)]
    shuffled = list(events)
    rnd.shuffle(shuffled)
    a = make_pack(tmp_path_factory.mktemp("a"), events)
    b = make_pack(tmp_path_factory.mktemp("b"), shuffled)
    assert find_turning_points(a) == find_turning_points(b)
    months = monthly_activity(a)
    for tp in find_turning_points(a):
        # the month tested is never part of its own baseline
        assert tp.baseline_months == len(months) - 1
        assert len(tp.pillars) >= tp.pillars_needed and tp.score >= Z_THRESHOLD


def test_no_turning_point_reports_the_closest_month(tmp_path: Path) -> None:
    events = [(f"e{m}-{p}", f"2025-{m:02d}", p, 2) for m in range(1, 13) for p in PILLARS4]
    events.append(("extra", "2025-05-20", "policy", 3))  # May is the busiest, but not unusual
    pack = make_pack(tmp_path, events)
    check = check_turning_point(pack, None, "a turning point", "en", "s1")
    assert check.result == "fails"
    assert "closest month was May 2025" in check.reason
    stat = month_statistic(pack, parse_period("2025-05"))
    assert stat is not None and check.score == stat.score < Z_THRESHOLD
    assert set(check.evidence) == {"extra", *(f"e5-{p}" for p in PILLARS4)}  # what the statistic rests on


# --- the month a sentence gives in another clause ---------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "日本のAIの転換点は、アクメが新モデルを公開した2026年5月だった",
        "転換点となったのは、アクメが新モデルを公開した2026年5月である。",
        "アクメが新モデルを公開した2026年5月が、日本のAIの転換点だった",
        "The turning point came in May 2026, when Acme released its model.",
        "The turning point was when Acme released its model, in May 2026.",
    ],
)
def test_a_turning_point_takes_the_month_named_in_its_sentence(burst_pack: Pack, claim: str) -> None:
    from shingi.pipeline.diagnose import diagnose

    d = diagnose(claim, burst_pack)
    tp = [c for c in d.checks if c.kind == "turning_point"]
    # May 2026 is next door to the pack's turning point (April 2026): partly, never "one exists"
    assert [c.result for c in tp] == ["partly"], [(c.statement, c.reason) for c in d.checks]
    assert "May 2026" in tp[0].statement


def test_a_when_clause_is_dated_by_the_clause_before_it(burst_pack: Pack) -> None:
    from shingi.pipeline.parse import parse

    for claim in (
        "The turning point came in March 2026, when Acme released its model.",
        "The turning point was March 2026, the month Acme released its model.",
    ):
        statements = parse(claim, burst_pack).statements
        assert [st.period.text if st.period else None for st in statements] == ["2026-03", "2026-03"]
