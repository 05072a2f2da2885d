""""The first … since 2000" (「2000年以来初めて」): no value of the subject's own series between that
year and the claimed one. The series is the claim's evidence, not the earliest milestone event nor
a ranking among countries (docs/verdict-rules.md, "Linking a claim to its measure")."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from shingi.pipeline.checks.common import Finding, _Ctx, pick_observations, values_since
from shingi.pipeline.claims.ranks import is_rank_metric
from shingi.pipeline.claims.statement import ClaimedNumber, Statement

#: "the first … since 2000", "the first since the disease was declared eliminated in 2000",
#: 「2000年以来初めて」, 「2000年以降で初の」: the year after the since-word
_FIRST_SINCE_EN = re.compile(r"(?i)\bfirst\b.{0,120}?\bsince\b[^.;]{0,80}?\b(?P<y>(?:19|20)\d\d)\b")
_FIRST_SINCE_JA = re.compile(
    r"(?P<y>(?:19|20)\d\d)年[^、。]{0,40}?(?:以来|以降)[^、。]{0,6}?(?:初め|初の|初と|はじめて)"
)
_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)")


def first_since(ctx: _Ctx) -> Finding | None:
    """The subject's value in the claimed period is there (above zero) and no value of its series
    after the since-year and before that period is: holds; an earlier one: fails (not the first).
    None when the statement says no "first … since" year, names no count series of its subject,
    or the series has no value inside the window (nothing to say it was the first)."""
    st, pack = ctx.st, ctx.pack
    m = _FIRST_SINCE_EN.search(st.span) or _FIRST_SINCE_JA.search(st.span)
    if m is None or not st.entities:
        return None
    since_year = int(m.group("y"))
    years = [int(y.group("y")) for y in _YEAR.finditer(st.span) if int(y.group("y")) != since_year]
    claimed = next((p.period for p in st.periods if p.period.start.year in years), None)
    for mid in st.metrics[:2]:
        metric = pack.metrics[mid]
        if metric.kind == "rank" or is_rank_metric(metric.names, metric.unit):
            continue
        ent = st.entities[0]
        ids = ctx.ev.series.get((ent, mid)) or tuple(ctx.index.observations(ent, mid))
        if not ids:
            continue
        if claimed is None and years:
            dated = [pack.observations[i] for i in ids]
            at = [o for o in dated if o.period.start.year == years[0] and o.value is not None]
        else:
            at = [o for o in pick_observations(pack, ids, claimed) if o.value is not None]
        if not at:
            continue
        mine = at[0]
        assert mine.value is not None
        # the values after the since-year and before the claimed period
        between = values_since(
            pack, ids, date(since_year, 12, 31), mine.period.precision, mine.period.start - timedelta(days=1)
        )
        if not between:
            continue
        earlier = [o for o in between if o.value is not None and o.value.value > 0]
        who, what = ctx.ename(ent), ctx.mname(mid)
        line = _line_drawn(st, mine.unit)
        if line is not None:
            # "fell below 70% for the first time since 2011": the first value past the line, not
            # the first value at all (a linguistic reason: what is first is the crossing)
            if not line(mine.value.value):
                # not past the line at all: no first crossing (never a change since the year)
                reason = ctx.t(
                    f"{who}の{what}は{ctx.ptext(mine.period)}に{ctx.q(mine.value.value, mine.unit)}で、"
                    "主張の線を越えていない。",
                    f"{who}'s {what} was {ctx.q(mine.value.value, mine.unit)} in {ctx.ptext(mine.period)}: "
                    "not past the line claimed.",
                )
                return Finding("fails", reason, [mine.id])
            earlier = [o for o in between if o.value is not None and line(o.value.value)]
        elif mine.value.value <= 0:
            reason = ctx.t(
                f"{who}の{what}は{ctx.ptext(mine.period)}に{ctx.q(mine.value.value, mine.unit)}。",
                f"{who}'s {what} was {ctx.q(mine.value.value, mine.unit)} in {ctx.ptext(mine.period)}.",
            )
            return Finding("fails", reason, [mine.id])
        if earlier:
            first = min(earlier, key=lambda o: o.sort_key)
            assert first.value is not None
            reason = ctx.t(
                f"{who}の{what}は{ctx.ptext(mine.period)}に{ctx.q(mine.value.value, mine.unit)}だが、"
                f"{since_year}年より後の{ctx.ptext(first.period)}にも{ctx.q(first.value.value, first.unit)}"
                "あった（それ以来初めてではない）。",
                f"{who}'s {what} was {ctx.q(mine.value.value, mine.unit)} in {ctx.ptext(mine.period)}, "
                f"but it was already {ctx.q(first.value.value, first.unit)} in {ctx.ptext(first.period)}, "
                f"after {since_year}: not the first since then.",
            )
            if line is not None:
                # past the line but not for the first time: the claim's point is wrong, as
                # _first_past grades a first without a window (partly, a quarter of it holds)
                return Finding("partly", reason, [mine.id, first.id], credit=0.25)
            return Finding("fails", reason, [mine.id, first.id])
        span = f"{ctx.ptext(between[0].period)}–{ctx.ptext(between[-1].period)}"
        none_ja, none_en = ("すべてゼロ", "is zero")
        if line is not None:
            none_ja, none_en = ("どれもその線を越えていない", "was past that line")
        reason = ctx.t(
            f"{who}の{what}は{ctx.ptext(mine.period)}に{ctx.q(mine.value.value, mine.unit)}、"
            f"{since_year}年より後のそれ以前の値（{span}）は{none_ja}。",
            f"{who}'s {what} was {ctx.q(mine.value.value, mine.unit)} in {ctx.ptext(mine.period)}; "
            f"{'no' if line is not None else 'every'} value after {since_year} before it ({span}) {none_en}.",
        )
        return Finding("holds", reason, [mine.id, *(o.id for o in between[-1:])])
    return None


_SIDES = {
    "more_than": lambda v, x: v > x,
    "at_least": lambda v, x: v >= x,
    "less_than": lambda v, x: v < x,
    "at_most": lambda v, x: v <= x,
}


def draws_a_line(st: Statement) -> bool:
    """Whether the statement draws one line ("fell below 70%", 「1万件を超えた」)."""
    return len(_bounds(st)) == 1


def _bounds(st: Statement) -> list[ClaimedNumber]:
    """The statement's figures that draw a line: a bound ("below", 超え) of a level, no change."""
    return [n for n in st.numbers if n.role in (None, "to") and n.comparator in _SIDES]


def _line_drawn(st: Statement, unit: str | None) -> Callable[[float], bool] | None:
    """The one line the statement draws in the series' unit ("below 70%", 「1万件を超えた」), as a
    test of a value; None when it draws none or more than one."""
    bounds = _bounds(st)
    if len(bounds) != 1 or bounds[0].unit != unit:
        return None
    side, x = _SIDES[bounds[0].comparator], bounds[0].quantity.value
    return lambda v: side(v, x)
