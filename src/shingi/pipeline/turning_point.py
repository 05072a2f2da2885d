"""Turning points: months in which several pillars of a pack moved at once, above its baseline.

The statistic (documented in ``docs/turning-point.md``) is a pure function of the pack's
dated events:

1. Events dated to a day or a month are binned by month; events dated more coarsely (a
   quarter, a half, a year, a fiscal year) cannot be placed in one month and are left out.
2. Each month of the pack's span (first to last month with a binned event, empty months
   included) gets its *breadth* (distinct pillars with events) and its *weight* (sum of the
   events' significance, 1-3).
3. A month is a turning point when (a) at least ``pillars_needed`` pillars have events in it
   (max(3, ceil(0.75 x pillars)); all pillars when the pack has fewer than 3) and (b) its
   weight is an outlier against the baseline, the other months of the span: a robust z-score
   ``(weight - median) / scale >= 3.5`` where ``scale`` is 1.4826 x MAD (falling back to
   1.2533 x the mean absolute deviation when MAD is 0, and never below one significance
   point).

A baseline shorter than 3 months gives no statistic (the check is ``unknown``).
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from shingi.model import Check, NumberCompared, Pack, Period, Result
from shingi.normalize.period_names import format_period

#: Robust z-score a month's weight must reach (Iglewicz & Hoaglin's cut-off for outliers).
Z_THRESHOLD = 3.5
#: Months of baseline needed before a month can be called unusual.
MIN_BASELINE_MONTHS = 3
#: Scale factors that make MAD and the mean absolute deviation estimate a standard deviation.
MAD_TO_SD = 1.4826
MEAN_AD_TO_SD = 1.2533
#: The smallest scale: one significance point, so a flat baseline does not make every bump infinite.
MIN_SCALE = 1.0
#: Precisions an event can have and still be placed in one month.
MONTH_PRECISIONS = frozenset({"day", "month"})

_MEMO_KEY = "_turning_point_analysis"


@dataclass(frozen=True, slots=True)
class MonthActivity:
    """What happened in one month of a pack's span.

    ``by_pillar`` lists every pillar of the pack, in pack order, with the ids of its events in
    that month (empty when none). ``events`` holds every event binned to the month, pillar or
    not, ordered by date then id; ``weight`` is the sum of their significance.
    """

    period: Period
    events: tuple[str, ...]
    by_pillar: tuple[tuple[str, tuple[str, ...]], ...]
    weight: int

    @property
    def pillars(self) -> tuple[str, ...]:
        """Ids of the pillars with at least one event this month, in pack order."""
        return tuple(p for p, ids in self.by_pillar if ids)


@dataclass(frozen=True, slots=True)
class TurningPoint:
    """The turning-point statistic of one month (a turning point when ``is_turning_point``).

    ``score`` is the robust z-score of the month's weight against ``baseline_months`` other
    months of the span, whose median weight is ``baseline_median`` and robust scale
    ``baseline_scale``.
    """

    period: Period
    pillars: tuple[str, ...]
    events: tuple[str, ...]
    weight: int
    score: float
    baseline_median: float
    baseline_scale: float
    baseline_months: int
    pillars_needed: int

    @property
    def breadth_met(self) -> bool:
        return self.pillars_needed > 0 and len(self.pillars) >= self.pillars_needed

    @property
    def is_turning_point(self) -> bool:
        return self.breadth_met and self.score >= Z_THRESHOLD


# --- months --------------------------------------------------------------------------


def month_period(year: int, month: int) -> Period:
    """The calendar month as a :class:`Period` (canonical text ``YYYY-MM``)."""
    start = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return Period(start, nxt - timedelta(days=1), "month", f"{year:04d}-{month:02d}")


def _month_key(d: date) -> int:
    return d.year * 12 + d.month - 1


def _key_period(key: int) -> Period:
    return month_period(key // 12, key % 12 + 1)


def pillars_needed(n_pillars: int) -> int:
    """Pillars that must be active in a month: max(3, ceil(0.75 n)), or all when n < 3."""
    if n_pillars < 3:
        return n_pillars
    return max(3, math.ceil(0.75 * n_pillars))


class _Analysis:
    """The monthly bins of one pack and the statistic of each month, computed once per pack."""

    def __init__(self, pack: Pack):
        self.pillar_ids = tuple(p.id for p in pack.meta.pillars)
        self.needed = pillars_needed(len(self.pillar_ids))
        binned: dict[int, list[tuple[date, str, str | None, int]]] = {}
        for ev in pack.events.values():
            if ev.date.precision not in MONTH_PRECISIONS:
                continue
            binned.setdefault(_month_key(ev.date.start), []).append(
                (ev.date.start, ev.id, ev.pillar, ev.significance))
        self.first = min(binned, default=0)
        self.last = max(binned, default=-1)
        self.months: list[MonthActivity] = []
        for key in range(self.first, self.last + 1):
            items = sorted(binned.get(key, ()))
            by_pillar = tuple((p, tuple(i for _, i, pl, _ in items if pl == p)) for p in self.pillar_ids)
            self.months.append(MonthActivity(_key_period(key), tuple(i for _, i, _, _ in items), by_pillar,
                                             sum(s for _, _, _, s in items)))
        self.sorted_weights = sorted(m.weight for m in self.months)
        self._stats: dict[int, TurningPoint | None] = {}
        self._turning_points: list[TurningPoint] | None = None

    def activity(self, key: int) -> MonthActivity | None:
        if self.first <= key <= self.last:
            return self.months[key - self.first]
        return None

    def statistic(self, key: int) -> TurningPoint | None:
        """The statistic of a month, or None when the baseline is too short to have one."""
        if key not in self._stats:
            self._stats[key] = self._compute(key)
        return self._stats[key]

    def _compute(self, key: int) -> TurningPoint | None:
        act = self.activity(key)
        baseline = list(self.sorted_weights)
        if act is not None:
            baseline.remove(act.weight)  # the month tested is not part of its own baseline
        if len(baseline) < MIN_BASELINE_MONTHS:
            return None
        median, scale = robust_location_scale(baseline)
        weight = act.weight if act else 0
        return TurningPoint(
            period=act.period if act else _key_period(key),
            pillars=act.pillars if act else (),
            events=act.events if act else (),
            weight=weight,
            score=round((weight - median) / scale, 3),
            baseline_median=median,
            baseline_scale=round(scale, 3),
            baseline_months=len(baseline),
            pillars_needed=self.needed,
        )

    def turning_points(self) -> list[TurningPoint]:
        if self._turning_points is None:
            found: list[TurningPoint] = []
            for act in self.months:
                # Only months broad enough can be turning points: skip the rest without statistics.
                if self.needed == 0 or len(act.pillars) < self.needed:
                    continue
                stat = self.statistic(_month_key(act.period.start))
                if stat is not None and stat.is_turning_point:
                    found.append(stat)
            self._turning_points = found
        return self._turning_points


def robust_location_scale(values: list[int] | list[float]) -> tuple[float, float]:
    """Median and robust scale of a baseline (see the module docstring for the fall-backs)."""
    median = float(statistics.median(values))
    deviations = [abs(v - median) for v in values]
    scale = MAD_TO_SD * float(statistics.median(deviations))
    if scale == 0:
        scale = MEAN_AD_TO_SD * statistics.fmean(deviations)
    return median, max(scale, MIN_SCALE)


def _analysis(pack: Pack) -> _Analysis:
    # Kept with the pack's evidence index, so it is computed once per loaded pack and freed with it.
    from shingi.pack.index import EvidenceIndex

    memo: dict[str, Any] = vars(EvidenceIndex.of(pack))
    found = memo.get(_MEMO_KEY)
    if not isinstance(found, _Analysis):
        found = _Analysis(pack)
        memo[_MEMO_KEY] = found
    return found


def monthly_activity(pack: Pack) -> list[MonthActivity]:
    """Every month from the pack's first to its last month-dated event, empty months included."""
    return list(_analysis(pack).months)


def find_turning_points(pack: Pack) -> list[TurningPoint]:
    """The pack's turning-point months, in date order."""
    return list(_analysis(pack).turning_points())


def month_statistic(pack: Pack, period: Period) -> TurningPoint | None:
    """The statistic of the month holding ``period``'s start; None without a baseline."""
    return _analysis(pack).statistic(_month_key(period.start))


def strongest_turning_point(pack: Pack) -> TurningPoint | None:
    """The turning point with the highest score (the earliest on a tie)."""
    tps = find_turning_points(pack)
    return max(tps, key=lambda t: (t.score, -t.period.start.toordinal()), default=None)


# --- the check -----------------------------------------------------------------------


def check_turning_point(pack: Pack, period: Period | None, span: str, lang: str, check_id: str) -> Check:
    """Check "``period`` was a turning point" (``period`` None: "the pack has a turning point").

    holds: the claimed month is a turning point, or a turning-point month lies inside the claimed
    quarter / half / year; partly: the pack's turning point is in the neighbouring period (one
    step of the claim's precision); fails: the pack's turning point is elsewhere, or it has none;
    unknown: too few dated months for a baseline, or the claimed period lies outside the pack's
    span. ``score`` is the statistic; ``evidence`` the events of the month(s) it rests on.
    """
    ja = lang == "ja"
    an = _analysis(pack)
    check = Check(id=check_id, kind="turning_point", statement=_statement(period, lang), span=span)
    if not an.pillar_ids:
        # Without pillars there is no breadth to measure; say so rather than guess.
        return _finish(check, lang, "unknown",
                       "パックに柱（pillars）の定義がなく、転換点を判定できない" if ja else
                       "the pack declares no pillars, so no turning point can be measured", [], pack)
    if an.last < an.first or len(an.months) - 1 < MIN_BASELINE_MONTHS:
        n = max(len(an.months), 0)
        return _finish(check, lang, "unknown",
                       f"月単位の日付を持つ出来事が{n}か月分しかなく、"
                       "比較の基準（ベースライン）が作れない" if ja else
                       f"the pack's month-dated events cover only {n} month(s): too few for a baseline",
                       [], pack)
    tps = an.turning_points()
    if period is None:
        best = strongest_turning_point(pack)
        if best is None:
            return _no_turning_point(check, an, pack, lang)
        return _finish(check, lang, "holds", _describe(best, pack, lang), [best], pack)
    first, last = an.months[0].period, an.months[-1].period
    outside = not period.overlaps(Period(first.start, last.end, "month", f"{first.text}..{last.text}"))
    if outside and not any(_neighbouring(period, t.period) for t in tps):
        covered = f"{_label(first, lang)}〜{_label(last, lang)}" if ja else \
            f"{_label(first, lang)} to {_label(last, lang)}"
        return _finish(check, lang, "unknown",
                       f"パックの出来事は{covered}の範囲のみで、{_label(period, lang)}については何も言えない"
                       if ja else
                       f"the pack's events run from {covered}; it says nothing of {_label(period, lang)}",
                       [], pack)
    if outside:
        return _elsewhere(check, period, None, tps, pack, lang)
    if period.precision in MONTH_PRECISIONS:
        stat = an.statistic(_month_key(period.start))
        if stat is not None and stat.is_turning_point:
            return _finish(check, lang, "holds", _describe(stat, pack, lang), [stat], pack)
        return _elsewhere(check, period, stat, tps, pack, lang)
    inside = [t for t in tps if period.contains(t.period)]
    if inside:
        best = max(inside, key=lambda t: (t.score, -t.period.start.toordinal()))
        months = "、".join(_label(t.period, lang) for t in inside) if ja else \
            ", ".join(_label(t.period, lang) for t in inside)
        lead = (f"{_label(period, lang)}の中に転換点の月がある（{months}）。" if ja else
                f"{_label(period, lang)} holds turning-point month(s): {months}. ")
        return _finish(check, lang, "holds", lead + _describe(best, pack, lang), inside, pack)
    return _elsewhere(check, period, None, tps, pack, lang)


def _statement(period: Period | None, lang: str) -> str:
    if lang == "ja":
        if period is None:
            return "パックの期間中に転換点がある（複数の柱が同時に動き、平常を大きく上回った月）"
        return f"{_label(period, lang)}は転換点である（複数の柱が同時に動き、平常を大きく上回った）"
    if period is None:
        return ("The pack's span holds a turning point "
                "(a month when several pillars moved at once, well above the baseline)")
    return (f"{_label(period, lang)} was a turning point "
            "(several pillars moved at once, well above the baseline)")


def _elsewhere(check: Check, period: Period, stat: TurningPoint | None, tps: list[TurningPoint],
               pack: Pack, lang: str) -> Check:
    """The claimed period is not a turning point: partly when one is next door, else fails."""
    ja = lang == "ja"
    here = _describe(stat, pack, lang) if stat is not None else ""
    # What the pack shows in a claimed month is evidence too; for a claimed quarter or year the
    # turning point's own events say enough (a year of a large pack holds thousands).
    claimed_events = list(stat.events) if stat is not None else []
    if not tps:
        return _no_turning_point(check, _analysis(pack), pack, lang, focus=stat, extra=claimed_events)
    near = [t for t in tps if _neighbouring(period, t.period)]
    where = ("、" if ja else ", ").join(_label(t.period, lang) for t in tps)
    if near:
        best = max(near, key=lambda t: (t.score, -t.period.start.toordinal()))
        there, claimed = _label(best.period, lang), _label(period, lang)
        reason = (f"転換点は隣の期間の{there}にある（{claimed}ではない）。" if ja else
                  f"the turning point is next door, in {there}, not {claimed}. ")
        return _finish(check, lang, "partly", reason + _describe(best, pack, lang), [best], pack,
                       extra=claimed_events, focus=stat)
    reason = (f"{_label(period, lang)}は転換点ではない。パックの転換点は{where}。" if ja else
              f"{_label(period, lang)} was not a turning point; the pack's turning point is {where}. ")
    return _finish(check, lang, "fails", reason + here, tps, pack, extra=claimed_events, focus=stat)


def _no_turning_point(check: Check, an: _Analysis, pack: Pack, lang: str, focus: TurningPoint | None = None,
                      extra: list[str] | None = None) -> Check:
    """No month is a turning point: fails, with the statistic of the claimed month (``focus``) or,
    when none is claimed, of the month that came closest."""
    ja = lang == "ja"
    reason = ("パックのどの月も転換点の条件（" if ja else
              "no month of the pack meets the turning-point test (") + (
        f"{an.needed}本以上の柱が同時に動き、重み付き件数のロバストz ≥ {Z_THRESHOLD}）を満たさない" if ja else
        f"at least {an.needed} pillars active and a robust z of the weighted count >= {Z_THRESHOLD})")
    if focus is None:
        stats = [s for s in (an.statistic(_month_key(m.period.start)) for m in an.months) if s is not None]
        focus = max(stats, key=lambda t: (t.score, -t.period.start.toordinal()), default=None)
        if focus is not None:
            closest = "。最も近かった月は" if ja else "; the closest month was "
            reason += closest + _describe(focus, pack, lang)
    else:
        reason = _describe(focus, pack, lang) + ("。" if ja else "; ") + reason
    return _finish(check, lang, "fails", reason, [], pack, extra=extra, focus=focus)


def _neighbouring(claimed: Period, month: Period) -> bool:
    """Is ``month`` inside the period one step of the claim's precision before or after it?"""
    if claimed.precision in MONTH_PRECISIONS:
        key = _month_key(claimed.start)
        return abs(_month_key(month.start) - key) == 1
    from shingi.normalize.periods import shift

    try:
        return any(shift(claimed, step).contains(month) for step in (-1, 1))
    except ValueError:
        return False


def _finish(check: Check, lang: str, result: Result, reason: str, stats: list[TurningPoint], pack: Pack,
            extra: list[str] | None = None, focus: TurningPoint | None = None) -> Check:
    """Set the result, the evidence (events of ``stats``, ``focus`` and ``extra``) and the numbers of
    ``focus`` (default: the strongest of ``stats``)."""
    check.result = result
    check.reason = reason.strip()
    evidence: dict[str, None] = {}
    for ev_id in extra or ():
        evidence.setdefault(ev_id, None)
    for st in [*stats, *([focus] if focus else [])]:
        for ev_id in st.events:
            evidence.setdefault(ev_id, None)
    ordered = sorted(evidence, key=lambda i: (pack.events[i].date.start, i))
    check.evidence = ordered
    sources: dict[str, None] = {}
    for ev_id in ordered:
        for s in pack.events[ev_id].source:
            sources.setdefault(s, None)
    check.sources = list(sources)
    main = focus or max(stats, key=lambda t: (t.score, -t.period.start.toordinal()), default=None)
    if main is not None:
        check.score = main.score
        check.numbers = _numbers(main, lang)
    return check


def _numbers(stat: TurningPoint, lang: str) -> list[NumberCompared]:
    """The three numbers the test compares: pillars active, weight against the baseline, z."""
    ids = tuple(stat.events)
    month = _label(stat.period, lang)
    ja = lang == "ja"
    return [
        NumberCompared(f"{month}に動いた柱の数" if ja else f"pillars active in {month}",
                       float(stat.pillars_needed), f"≥{stat.pillars_needed}", float(len(stat.pillars)), None,
                       ids, "at_least"),
        NumberCompared(f"{month}の重み付き件数（平常は{stat.baseline_months}か月の中央値）" if ja else
                       f"weighted events in {month} (baseline: median of {stat.baseline_months} months)",
                       stat.baseline_median, f">{_num(stat.baseline_median)}", float(stat.weight), None, ids,
                       "more_than"),
        NumberCompared(f"{month}のロバストz" if ja else f"robust z of {month}", Z_THRESHOLD,
                       f"≥{Z_THRESHOLD}", stat.score, None, ids, "at_least"),
    ]


def _describe(stat: TurningPoint, pack: Pack, lang: str) -> str:
    """One sentence on a month's statistic, naming the pillars that met."""
    ja = lang == "ja"
    names = [_pillar_name(pack, p, lang) for p in stat.pillars]
    total = len(pack.meta.pillars)
    if ja:
        pillars = "、".join(names) if names else "なし"
        return (f"{_label(stat.period, lang)}：{total}本中{len(stat.pillars)}本の柱（{pillars}）に出来事"
                f"{len(stat.events)}件、重み付き件数{stat.weight}（平常の中央値{_num(stat.baseline_median)}、"
                f"{stat.baseline_months}か月）、ロバストz={_num(stat.score)}"
                + ("（転換点）" if stat.is_turning_point else
                   f"（転換点の基準：柱{stat.pillars_needed}本以上かつz≥{Z_THRESHOLD}）"))
    pillars = ", ".join(names) if names else "none"
    return (f"{_label(stat.period, lang)}: {len(stat.pillars)} of {total} pillars active ({pillars}), "
            f"{len(stat.events)} event(s), weighted count {stat.weight} against a baseline median of "
            f"{_num(stat.baseline_median)} over {stat.baseline_months} months, robust z = {_num(stat.score)}"
            + (" (a turning point)" if stat.is_turning_point else
               f" (a turning point needs >= {stat.pillars_needed} pillars and z >= {Z_THRESHOLD})"))


def _pillar_name(pack: Pack, pillar_id: str, lang: str) -> str:
    pillar = pack.pillar(pillar_id)
    return pillar.name.get(lang) if pillar and pillar.name else pillar_id


def _num(x: float) -> str:
    return f"{x:.1f}" if x != int(x) else str(int(x))


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def _label(period: Period | None, lang: str) -> str:
    """A period for people: April 2026 (months in full in a sentence), else as every report spells it."""
    if period is None:
        return ""
    if lang != "ja" and period.precision in ("month", "day"):
        day = f"{period.start.day} " if period.precision == "day" else ""
        return f"{day}{_MONTHS_EN[period.start.month - 1]} {period.start.year}"
    return format_period(period, lang)
