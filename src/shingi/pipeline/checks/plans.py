"""Plan statements: a plan or target against the pack's planned events or target observations."""

from __future__ import annotations

from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.common import Finding, _Ctx, _numbers_for, pick_observations
from shingi.pipeline.checks.events import _event
from shingi.pipeline.checks.metrics import _compare_observations
from shingi.pipeline.retrieve import Evidence


def _plan(ctx: _Ctx) -> list[Finding] | None:
    st, pack = ctx.st, ctx.pack
    plans = [c for c in ctx.ev.events if c.plan]
    if plans:
        sub = Evidence(tuple(plans), ctx.ev.series)
        return _event(_Ctx(st, sub, pack, ctx.lang), plan=True)
    # observations recorded as targets
    for mid in st.metrics[:4]:
        metric = pack.metrics[mid]
        target_metric = lx.has(lx.PLAN, " ".join(metric.names))
        for ent in st.entities:
            ids = ctx.ev.series.get((ent, mid))
            if not ids:
                continue
            obs = [
                o
                for o in pick_observations(pack, ids, st.period)
                if target_metric or (o.note and lx.has(lx.PLAN, o.note))
            ]
            numbers = _numbers_for(st, metric.unit, pack, metric.names)
            if obs and numbers:
                return [_compare_observations(ctx, ent, mid, obs, numbers) or Finding("unknown", "")]
    if ctx.ev.events:
        return _event(ctx)
    return None
