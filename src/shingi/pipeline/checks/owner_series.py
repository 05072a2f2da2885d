"""A neighbour measure is a guess (docs/verdict-rules.md §4.13, "One of an owner's several
series"): a check settled on a series of an owner that the claim does not name, when the owner has
other series the claim's figure could as well be a value of, is unknown.

An owner (a company, a canal, a country) often has several series in a pack: its sales and its
sales volume, its transits in a year and its transits a day, a futures price and a farmgate price.
A clause that names none of them by a name, an alias or a word only that series' names or
definition hold ("Hershey sold about 5% less chocolate", "Ghana pays its cocoa farmers more") does
not say which one it means; the linker's choice among them (the owner's first series, the one
named after the owner, the one whose words score best) is a guess, and a guess decided the claim
(blind round 25: Hershey's sales value for its volume, New York futures for a farmgate price,
annual transits for daily ones). The series is kept only when the claim's figures (their
dimension: money, count, percent, rate, a mass …, from the contract's ``unit`` and ``kind``) and
periods fit it and no other series of the owner.
"""

from __future__ import annotations

from shingi.model import Check, Metric
from shingi.pipeline.checks.changes import growth_siblings
from shingi.pipeline.checks.common import _Ctx
from shingi.pipeline.checks.dimensions import comparable
from shingi.pipeline.claims.statement import ClaimedNumber
from shingi.pipeline.morphology import content_keys, word_keys

#: check kinds that rest on a series' values
_SERIES_KINDS = frozenset({"metric", "change", "comparison", "superlative", "share", "parity"})


def guessed_series(ctx: _Ctx, c: Check, observed: list[str]) -> str | None:
    """Why a check settled on a series the claim does not name, of an owner with other series
    that fit the claim's figures and periods as well (None: named, or the only one that fits)."""
    st, pack, lookup = ctx.st, ctx.pack, ctx.lookup
    if c.kind not in _SERIES_KINDS or "metric" in st.inherited:
        return None
    said = word_keys(st.span) | content_keys(st.span)
    used: dict[tuple[str, str], None] = {}
    for i in observed:
        o = pack.observations[i]
        used[(o.entity, o.metric)] = None
    for owner, metric in used:
        if metric not in pack.metrics:
            continue
        others = _other_series(ctx, owner, pack.metrics[metric])
        if not others or _named(ctx, metric, others, said):
            continue
        fitting = [m for m in others if _fits(ctx, c, pack.metrics[m])]
        if not fitting or not _fits(ctx, c, pack.metrics[metric]):
            continue
        names = "、".join if ctx.ja else ", ".join
        listed = names(ctx.mname(m) for m in (metric, *fitting[:3]))
        return ctx.t(
            f"主張は{ctx.ename(owner)}のどの系列（{listed}）のことか言っておらず、数値と期間もひとつに"
            f"絞らない: 「{ctx.mname(metric)}」を選ぶのは推測である。",
            f"The claim does not say which of {ctx.ename(owner)}'s series ({listed}) it speaks of, "
            f"and its figures and periods fit more than one: taking '{ctx.mname(metric)}' is a guess.",
        )
    return None


def _other_series(ctx: _Ctx, owner: str, metric: Metric) -> list[str]:
    """The owner's other observed series, not counting the percent changes of the series itself
    (its growth siblings) or the level a percent-change series is the change of: one series read
    two ways."""
    pack, lookup = ctx.pack, ctx.lookup
    same = {g.id for g in growth_siblings(pack, metric)}
    same |= {m.id for m in pack.metrics.values() if metric in growth_siblings(pack, m)}
    return sorted(m for m in lookup.metrics_of((owner,)) if m != metric.id and m not in same)


def _named(ctx: _Ctx, metric: str, others: list[str], said: frozenset[str]) -> bool:
    """Whether the clause names the series: one of its names said whole (every word of it, or
    the name as written; the owner's name inside it not counting, so a name that is only its
    owner's is said only as written) when no other series of the owner has a longer name said
    whole ("ships a day on average" is not "crossings"), or a word of its names or
    definition that no other series of the owner holds."""
    lookup = ctx.lookup
    outright = {hit.name for hit in ctx.index.find_metrics(ctx.st.span, every=True) if hit.id == metric}
    mine: list[frozenset[str]] = []
    theirs: list[frozenset[str]] = []
    for n, (mid, keys) in enumerate(lookup._metric_names):
        own = frozenset(k for k in keys if not k.startswith("@"))
        whole = bool(own) and own <= said
        if mid == metric and (whole or lookup._metric_name_texts[n] in outright):
            mine.append(own)
        elif mid in others and whole:
            theirs.append(own)
    if any(not any(len(other) > len(own) for other in theirs) for own in mine):
        return True
    words = _words(ctx, metric)
    shared = frozenset().union(*(_words(ctx, m) for m in others))
    return bool((words - shared) & said)


def _words(ctx: _Ctx, metric: str) -> frozenset[str]:
    lookup = ctx.lookup
    return frozenset(k for k in lookup.metric_words(metric) | lookup.definition_words(metric) if not k.startswith("@"))


def _fits(ctx: _Ctx, c: Check, metric: Metric) -> bool:
    """Whether the claim's level figures are of the series' dimension and its periods have a
    value of the series."""
    st = ctx.st
    levels = [n for n in st.numbers if _a_level(ctx, c, n)]
    if not all(comparable(st, n, metric.unit, metric.kind) for n in levels):
        return False
    periods = [p.period for p in st.periods if p.role != "since"]
    if not periods:
        return True
    obs = ctx.index.observations(metric=metric.id)
    return any(p.overlaps(ctx.pack.observations[i].period) for p in periods for i in obs)


def _a_level(ctx: _Ctx, c: Check, n: ClaimedNumber) -> bool:
    """Whether a claimed figure is a value of the series, not the size of a change of it (which
    any series has)."""
    if n.role in ("by", "percent_more") or n.unit in ("x", "pt"):
        return False
    return not (n.unit == "%" and (c.kind == "change" or ctx.st.cues & {"up", "down"}))
