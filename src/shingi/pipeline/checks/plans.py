"""Plan statements: a plan or target against the pack's planned events or target observations."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from shingi.model import Event, Pack, Period
from shingi.normalize.periods import find_periods
from shingi.normalize.text import normalize
from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.common import (
    Finding,
    _Ctx,
    _numbers_for,
    compare_period,
    metric_name_keys,
    pick_observations,
)
from shingi.pipeline.checks.events import _best_event, _event, decides_later, forecast_said
from shingi.pipeline.checks.metrics import _compare_observations, is_projection_metric, is_target_metric
from shingi.pipeline.context import latest_evidence_date
from shingi.pipeline.morphology import content_keys
from shingi.pipeline.retrieve import Evidence


def _plan(ctx: _Ctx) -> list[Finding] | None:
    found = _plan_found(ctx)
    if ctx.st.metrics or not ctx.st.numbers or ctx.st.period is None:
        return found
    if found is None or all(f.result == "unknown" for f in found):
        target = _named_target(ctx)
        if target is not None:
            return [target]
    return found


#: words of a target measure's name that the plan's clause need not say: the target words, the
#: bound words of a range, the government that sets it
_TARGET_NAME_WORDS = "目標 見通し 上限 下限 政府 target goal outlook upper lower bound government official"


@lru_cache(maxsize=1)
def _target_name_keys() -> frozenset[str]:
    return frozenset(k for w in _TARGET_NAME_WORDS.split() for k in content_keys(w))


def _target_cores(pack: Pack) -> list[tuple[str, list[frozenset[str]]]]:
    """The pack's target measures, each with its names' keys less the target, bound and government
    words; built once per pack (as ``bound_pairs._partners``), not per claim."""
    cached = pack.views_cache.get("_target_cores")
    if cached is not None:
        return cached
    out = [
        (mid, [content_keys(n) - _target_name_keys() for n in metric.names])
        for mid, metric in pack.metrics.items()
        # (a forecast's measure, 「法人税収見通し」, is no aim: "an extra €3bn from the new rate"
        # is not its level; blind round 14d ie-corptax t-ja-pillar2-3bn)
        if is_target_metric(metric.names) and not is_projection_metric(metric)
    ]
    pack.views_cache["_target_cores"] = out
    return out


def _named_target(ctx: _Ctx) -> Finding | None:
    """A plan with no measure named ("2040年度に再エネを4〜5割にする方針", "aims to make renewables
    40-50% of power by 2040") said of what a target measure of the pack aims at: one whose name or
    alias, less its target, bound and government words, is all said in the clause (「再エネ目標」 is
    再エネ's target). A linguistic reason: a plan to bring X to a figure by a date states the target
    for X at that date. Checked on the statement's entities that hold the measure, else the pack's
    subject when every entity named may stand for it (:meth:`Pack.speaks_for`), at the plan's
    period. Not a measure of forecasts or projections (§4.3)."""
    st, pack = ctx.st, ctx.pack
    said = content_keys(st.span)
    for mid, cores in _target_cores(pack):
        metric = pack.metrics[mid]
        if not any(core and core <= said for core in cores):
            continue
        subject = pack.meta.subject
        # the subject only when every entity named may stand for it: "Westland aims to …" is never
        # the subject's target (§4.13)
        fallback = subject and all(pack.speaks_for(e, subject) for e in st.entities)
        owners = [*st.entities, *([subject] if subject and fallback else [])]
        for ent in owners:
            ids = ctx.index.observations(ent, mid)
            obs = pick_observations(pack, ids, st.period) if ids else []
            numbers = _numbers_for(st, metric.unit, pack, metric.names, metric.kind)
            if obs and numbers:
                found = _compare_observations(ctx, ent, mid, obs, numbers)
                if found is not None:
                    return found
    return None


def _plan_found(ctx: _Ctx) -> list[Finding] | None:
    st, pack = ctx.st, ctx.pack
    plans = [c for c in ctx.ev.events if c.plan]
    if plans:
        sub = _Ctx(st, Evidence(tuple(plans), ctx.ev.series), pack, ctx.lang)
        return _only_a_goal(sub) or _event(sub, plan=True)
    # observations recorded as targets (not for a forecast of the outturn, 「決算で…見込み」: an
    # estimate or a budget's figure is another forecast, not the outturn, §4.15)
    outturn = lx.has(lx.OUTTURN, st.span)
    for mid in _with_projections(ctx, st.metrics[:4]) if not outturn else ():
        metric = pack.metrics[mid]
        target_metric = lx.has(lx.PLAN, " ".join(metric.names)) or is_projection_metric(metric)
        for ent in st.entities:
            ids = ctx.ev.series.get((ent, mid)) or ctx.index.observations(ent, mid)
            if not ids:
                continue
            obs = [
                o
                for o in pick_observations(pack, ids, st.period)
                if target_metric or (o.note and lx.has(lx.PLAN, o.note))
            ]
            numbers = _numbers_for(st, metric.unit, pack, metric.names, metric.kind)
            if obs and numbers:
                return [_compare_observations(ctx, ent, mid, obs, numbers) or Finding("unknown", ctx.t(
                    f"パックの{ctx.ename(ent)}の{ctx.mname(mid)}の目標・見通しの値は、主張の数値と比べられない。",
                    f"The pack's targets or projections of {ctx.ename(ent)}'s {ctx.mname(mid)} hold no "
                    "figure comparable with the claim's.",
                ))]
    if "hypothetical" in st.cues:
        # what would follow from a condition (parse: 「…により、…となります」, "if …, … would"): only
        # a plan, a forecast or an estimate the pack holds can settle it, not something done
        return None
    if ctx.ev.events:
        found = _event(ctx)
        return _forecast_beyond(ctx, found) or found
    return None


def _only_a_goal(ctx: _Ctx) -> list[Finding] | None:
    """A forecast said as fact against an actor's goal: the goal says what the actor aims at, not
    that it will be reached, so it settles nothing (§4.3 "A goal is no forecast"; blind round 21d
    ld-80-2028 and round 13d target2026_hit were rated true on their goal events). Not a decision
    (「…を決定」, "decides", "approves": what is decided is what will be), nor a statement that says
    the aim itself ("pledged to", 「目標を掲げた」)."""
    st, pack = ctx.st, ctx.pack
    if not forecast_said(st.span):
        return None
    best = _best_event(ctx.ev.events, st, pack)
    if best is None:
        return None
    ev = pack.events[best.id]
    titles = [t for t in (ev.title_ja, ev.title_en) if t]
    if not any(lx.has(lx.GOAL_TITLE, t) for t in titles) or any(lx.has(lx.DECISION_ACT, t) for t in titles):
        return None
    title = ev.title(ctx.lang)
    return [
        Finding(
            "unknown",
            ctx.t(
                f"主張は今後そうなると述べるが、パックにあるのは目標（「{title}」、{ctx.ptext(ev.date)}）"
                "で、目標はそれが達成されることを示さない。",
                f"The claim says what will happen; the pack holds a goal ('{title}', "
                f"{ctx.ptext(ev.date)}), which does not show that it will be reached.",
            ),
            [ev.id],
            kind="event",
        )
    ]


def _with_projections(ctx: _Ctx, metrics: Sequence[str]) -> list[str]:
    """The statement's measures, each followed by the pack's projection measures of it (a
    projection measure, :func:`is_projection_metric`, whose names hold every word of its name in
    one language: "real GDP growth forecast" for "real GDP growth", 「将来推計人口」 for 「人口」): "the
    population will fall to 104 million by 2050" asks the projection of the population, which the
    claim need not name (a linguistic reason: a forecast of a measure is said with the measure's
    name and a future tense)."""
    pack = ctx.pack
    projections = [m for m in pack.metrics.values() if is_projection_metric(m)]
    out: list[str] = []
    for mid in metrics:
        out.append(mid)
        base = pack.metrics[mid]
        wants = [k for k in (content_keys(base.name_en or ""), content_keys(base.name_ja or "")) if k]
        out += [
            m.id for m in projections
            if m.id not in metrics and m.id not in out and any(w <= metric_name_keys(m) for w in wants)
        ]
    return out


def _forecast_beyond(ctx: _Ctx, found: list[Finding] | None) -> list[Finding] | None:
    """A forecast or plan for a period after the claim's "now" ("will make the US the largest
    producer by 2030", 「2030年に…となる見通し」) that only something already done matches: the
    done event is not the forecast, and a forecast nothing in the pack covers is unknown, not
    false (docs/verdict-rules.md §4.3). None: the event settles it as usual."""
    st, pack = ctx.st, ctx.pack
    period = st.period
    now = ctx.claim.now if ctx.claim is not None else latest_evidence_date(pack)
    if not found or period is None or now is None or period.start <= now.end:
        return None
    event_id = next((i for f in found for i in f.evidence if i in pack.events), None)
    if event_id is None or pack.events[event_id].date.end >= period.start:
        return None
    decided = _decided_content(ctx, period, now)
    if decided is not None:
        return decided
    ev = pack.events[event_id]
    reason = ctx.t(
        f"{ctx.ptext(period)}についての見通し・計画だが、パックにはそれを扱う計画や見通しがない"
        f"（あるのは既に起きた出来事「{ev.title(ctx.lang)}」、{ctx.ptext(ev.date)}のみ）。",
        f"A forecast or plan for {period.text}; the pack holds no plan or forecast for it (only "
        f"'{ev.title(ctx.lang)}', which happened on {ev.date.text}).",
    )
    return [Finding("unknown", reason, [], kind="plan")]


def _decided_content(ctx: _Ctx, period: Period, now: Period) -> list[Finding] | None:
    """A forecast or plan for a period after the claim's "now" that an event known by then decides:
    a candidate dated by "now", a decision (:func:`events.decides_later`) whose title names a period
    after its own date within a step of the claimed one, and no later event known by then that
    names the same periods (a revision: not settled here) ("Amended law enacted: allowance … to 10%
    in January 2031" for "will rise to 10% by 2030"). What a decision sets for a later date is the
    plan's content (a linguistic reason: "X enacted: A reaches B in D" states that A is to reach B
    in D), judged as a plan:
    its period within the precision the claim gives (§4.3), its figures as §4.1. None when no such
    event is found."""
    st, pack = ctx.st, ctx.pack
    known = [c for c in ctx.ev.events if pack.events[c.id].date.end <= now.end]
    for c in known:
        ev = pack.events[c.id]
        later = _later_periods(ev)
        if not (decides_later(ev) or plans_later(ev)) or not any(
            compare_period(period, p) in ("holds", "partly") for p in later
        ):
            continue
        if any(
            ev.date.end < o.date.start and o.date.end <= now.end
            and set(o.actors) & set(ev.actors)
            and any(p.overlaps(q) for p in _later_periods(o) for q in later)
            for o in pack.events.values()
        ):
            # a later event of the same actors known by "now" speaks of the same periods
            # ("settles: 2026/27 raised from 5.36% to 8.76%"): what was decided may have been
            # revised; not settled here
            return None
        found = _event(_Ctx(st, Evidence((c,), ctx.ev.series), pack, ctx.lang, ctx.claim), plan=True)
        if found and any(f.evidence for f in found):
            return found
    return None


#: A plan the title of a done event reports for a later date: 「2026年4月30日まで全面運休予定」, "full
#: closure planned until 30 April 2026", "due to reopen in 2027" (the plan word within the clause
#: of the period, on either side). Not a forecast (見通し, "forecasts", "expected"): what a source
#: expects is no plan of the act (blind ie-corptax t-ja-pillar2-3bn: a budget's surplus forecast)
_PLANNED_JA = re.compile(r"予定")
_PLANNED_EN = re.compile(r"(?i)\b(?:planned|scheduled|due)\b")


def plans_later(ev: Event) -> bool:
    """Whether a done event's title reports a plan for a period after its own date (「…開始、
    2026年4月30日まで全面運休予定」, "… begins; full closure planned until 30 April 2026"): the
    plan word and the later period in one clause. A linguistic reason: "X planned until D" states
    the plan for D as the source had it on the event's date, the content of a plan as a decision's
    (§4.3 "The act and the content"); blind round 21d hhb-start."""
    if ev.kind.lower() in lx.PLAN_EVENT_KINDS:
        return False
    for title in (normalize(t) for t in (ev.title_ja, ev.title_en) if t):
        for m in find_periods(title):
            if m.period.start <= ev.date.end:
                continue
            clause = re.split(r"[、。,;，；]", title[m.end:])[0]
            before = re.split(r"[、。,;，；]", title[: m.start])[-1]
            if _PLANNED_JA.search(clause) or _PLANNED_EN.search(before) or _PLANNED_EN.search(clause):
                return True
    return False


def _later_periods(ev: Event) -> list[Period]:
    """The periods an event's titles name after its own date."""
    return [
        m.period
        for t in (ev.title_ja, ev.title_en)
        if t
        for m in find_periods(normalize(t))
        if m.period.start > ev.date.end
    ]
