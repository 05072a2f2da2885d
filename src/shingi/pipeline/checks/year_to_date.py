""""Cases this year have already passed 2019's total", 「今年の患者数はすでに2019年の年間合計を上回った」:
the count so far this year (a year-to-date measure of the pack, at the claim's date) against a
whole year's value of the measure. The year's own total is not out yet when the claim is made;
only the year-to-date figure is the claim's evidence (docs/verdict-rules.md, "Linking a claim to
its measure"; blind us-measles passed-2019-april)."""

from __future__ import annotations

import re

from shingi.model import Metric, Observation, Result
from shingi.pipeline.checks.common import Finding, _Ctx, metric_name_keys, pick_observations

#: A measure counted from the start of the year to a date ("so far this year", 年初来, 累計)
_YTD_NAME = re.compile(r"(?i)so far this year|year[- ]to[- ]date|\bytd\b|年初来|年初から")
#: The claim says the count so far this year …
_SO_FAR = re.compile(r"(?i)\bthis year\b|so far|year[- ]to[- ]date|今年|本年|年初来|年初から")
#: … has passed a named year's whole total
_PASSED_TOTAL = re.compile(
    r"(?i)\b(?:already\s+)?(?:passed|surpassed|exceeded|topped|overtaken|eclipsed|beaten)\s+"
    r"(?:the\s+)?(?P<y>(?:19|20)\d\d)(?:'s|’s)?\s+(?:full[- ]year\s+|whole[- ]year\s+|annual\s+|entire\s+)?"
    r"(?:total|tally|count|number)"
    r"|(?P<yj>(?:19|20)\d\d)年の?(?:年間|1年間|通年)?の?(?:合計|総数|累計|件数|人数|数)?を(?:すでに|既に)?(?:上回|超え|超過)"
)
_DOWN = re.compile(r"(?i)\b(?:fallen|fell|dropped)\s+below\b|下回")


def _ytd_sibling(ctx: _Ctx, annual: Metric, entity: str) -> str | None:
    """The entity's year-to-date measure of the same thing as ``annual``: same unit, a name that
    says so far this year, sharing a word of the names."""
    keys = metric_name_keys(annual)
    for mid in sorted(ctx.lookup.metrics_of((entity,))):
        m = ctx.pack.metrics[mid]
        if mid == annual.id or (m.unit or "") != (annual.unit or ""):
            continue
        if keys & metric_name_keys(m) and any(_YTD_NAME.search(n) for n in m.names if n):
            return mid
    return None


def year_to_date(ctx: _Ctx) -> Finding | None:
    """The year-to-date value at the claim's date (the latest out by then) against the named
    year's value of the annual measure: holds when it is above it. None when the claim says no
    such thing, has no date, or the pack has no year-to-date measure of it."""
    st, pack = ctx.st, ctx.pack
    m = _PASSED_TOTAL.search(st.span)
    if m is None or not _SO_FAR.search(st.span[: m.start()]) or ctx.as_of is None or not st.entities:
        return None
    year = int(m.group("y") or m.group("yj"))
    ent = st.entities[0]
    for mid in st.metrics[:2]:
        annual = pack.metrics[mid]
        if _YTD_NAME.search(" ".join(annual.names)):
            continue
        ytd = _ytd_sibling(ctx, annual, ent)
        if ytd is None:
            continue
        ids = tuple(ctx.index.observations(ent, ytd))
        said_year = ctx.as_of.end.year
        now: list[Observation] = [
            o
            for o in pick_observations(pack, ids, None, ctx.as_of)
            if o.value is not None and o.period.start.year == said_year and o.period.end <= ctx.as_of.end
        ]
        total = [
            pack.observations[i]
            for i in ctx.index.observations(ent, mid)
            if pack.observations[i].period.precision == "year"
            and pack.observations[i].period.start.year == year
            and pack.observations[i].value is not None
        ]
        if not now or not total:
            continue
        mine, then = now[0], total[0]
        assert mine.value is not None and then.value is not None
        above = mine.value.value > then.value.value
        result: Result = "holds" if above != bool(_DOWN.search(m.group(0))) else "fails"
        reason = ctx.t(
            f"{ctx.ename(ent)}の{ctx.mname(ytd)}は{ctx.ptext(mine.period)}時点で"
            f"{ctx.q(mine.value.value, mine.unit)}、{year}年の{ctx.mname(mid)}は"
            f"{ctx.q(then.value.value, then.unit)}。",
            f"{ctx.ename(ent)}'s {ctx.mname(ytd)} was {ctx.q(mine.value.value, mine.unit)} at "
            f"{ctx.ptext(mine.period)}; its {ctx.mname(mid)} in {year} was "
            f"{ctx.q(then.value.value, then.unit)}.",
        )
        return Finding(result, reason, [mine.id, then.id])
    return None
