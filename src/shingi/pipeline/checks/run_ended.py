""""Ending a five-year decline", 「12年連続の増加に歯止めがかかった」: a run of steps one way that
stopped at the claimed period (else the latest). The step into that period is not the run's way,
and the steps before it are (as many as said, when a count is said). Docs: docs/verdict-rules.md
§4.7, "A run ended"."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from shingi.model import Observation, Result
from shingi.normalize.quantities import word_number
from shingi.pipeline.checks.changes import _next_step, _streak_result
from shingi.pipeline.checks.common import Finding, _Ctx, pick_observations
from shingi.pipeline.claims.ranks import is_rank_metric
from shingi.pipeline.lexicon import RUN_ENDED_EN, RUN_ENDED_JA


def _way(before: Observation, after: Observation) -> int:
    """+1 up, -1 down, 0 no change from one value to the next."""
    assert before.value is not None and after.value is not None
    return (after.value.value > before.value.value) - (after.value.value < before.value.value)


def _sign(o: Observation) -> int:
    """+1 above zero, -1 below, 0 at zero: the step a value of a measure of change records."""
    assert o.value is not None
    return (o.value.value > 0) - (o.value.value < 0)


#: the unit a run's count is said in, as the precision of the values it counts
_UNIT_PRECISION = {
    "year": "year", "annual": "year", "yearly": "year", "年": "year", "年度": "year",
    "month": "month", "monthly": "month", "か月": "month", "カ月": "month", "ヶ月": "month",
    "quarter": "quarter", "quarterly": "quarter", "四半期": "quarter",
}
#: "failed to end a five-year decline": a verb of failing before the ending denies it as a
#: negative does, though no "not" is said
_FAILED_TO = re.compile(r"(?i)\b(?:fail(?:s|ed|ing)?|unable)\s+to\s+$")


def _denied(f: Finding, failed: bool) -> Finding:
    """A run said to have failed to end: an end the pack shows fails it; anything else is left
    unknown (no run to end is not a run that went on)."""
    if not failed:
        return f
    return replace(f, result="fails" if f.result == "holds" else "unknown")


def run_ended(ctx: _Ctx) -> Finding | None:
    """The step into the claimed period against the run before it; None when the statement says
    no run ended or names no series of its subject."""
    st, pack = ctx.st, ctx.pack
    m = RUN_ENDED_EN.search(st.span) or RUN_ENDED_JA.search(st.span)
    if m is None or not st.entities:
        return None
    way = -1 if m.group("down") else 1
    groups = m.groupdict()
    n_text = groups.get("n") or groups.get("n2")
    said = word_number(n_text) if n_text else None
    unit_text = groups.get("u") or groups.get("u2") or groups.get("u3")
    unit = _UNIT_PRECISION.get(unit_text.lower()) if unit_text else None
    failed = _FAILED_TO.search(st.span[: m.start()]) is not None
    claimed = next((p.period for p in st.periods if p.role is None), None)
    now = ctx.claim.now if ctx.claim is not None else None
    ent = st.entities[0]
    for mid in st.metrics[:3]:
        metric = pack.metrics[mid]
        ids = ctx.ev.series.get((ent, mid)) or tuple(ctx.index.observations(ent, mid))
        obs = [o for i in ids if (o := pack.observations[i]).value is not None]
        if now is not None and claimed is None:
            obs = [o for o in obs if o.period.end <= now.end]
        at = [o for o in pick_observations(pack, [o.id for o in obs], claimed) if o.value is not None]
        if not at:
            continue
        mine = at[0]
        growth = metric.kind == "growth"
        same = mine.period.precision
        series = sorted(
            (o for o in obs if o.period.precision == same and o.period.end <= mine.period.end),
            key=lambda o: o.period.start,
        )
        if len(series) < 2:
            continue
        who, what = ctx.ename(ent), ctx.mname(mid)
        if unit is not None and unit != ("year" if same == "fiscal_year" else same):
            # "a five-month decline" on yearly values: the pack's steps are not the run's steps
            reason = ctx.t(
                f"主張の連続は{unit_text}単位で数えるが、パックの{who}の{what}は別の間隔の値しか持たない。",
                f"The claimed run is counted in {unit_text}s, but the pack holds {who}'s {what} at "
                "another interval.",
            )
            return Finding("unknown", reason, [mine.id], kind="run")
        # whether each value is of the period right after the one before it
        adjacent = [_next_step(a.period, b.period) for a, b in pairwise(series)]
        if not adjacent[-1]:
            continue  # the value before the claimed one is not of the period right before it
        # on a measure of change each value is its period's step
        steps = [_sign(o) for o in series] if growth else [_way(a, b) for a, b in pairwise(series)]
        if not growth and (metric.kind == "rank" or is_rank_metric(metric.names, metric.unit)):
            # a place (1 = first) rises when its number falls: 7th -> 5th is a rise
            steps = [-s for s in steps]
        last, before = steps[-1], steps[:-1]
        # the run before the claimed period: steps the way said, each next to the one after it
        run = 0
        for j in range(len(before) - 1, -1, -1):
            if before[j] != way or not adjacent[j]:
                break
            run += 1
        reaches_start = run == len(before)
        word = ctx.t("減少" if way < 0 else "増加", "fall" if way < 0 else "rise")
        evidence = [mine.id, *(o.id for o in series[-(run + 2):-1])]
        if last == way:
            reason = ctx.t(
                f"{who}の{what}は{ctx.ptext(mine.period)}にも{word}した（連続は止まっていない）。",
                f"{who}'s {what} saw another {word} in {ctx.ptext(mine.period)}: the run did not end.",
            )
            return _denied(Finding("fails", reason, evidence, kind="run"), failed)
        if run == 0:
            reason = ctx.t(
                f"{who}の{what}は{ctx.ptext(mine.period)}の前に{word}が続いていない（止まる連続がない）。",
                f"{who}'s {what} saw no {word} in the period before {ctx.ptext(mine.period)}: no run to end.",
            )
            return _denied(Finding("fails", reason, evidence, kind="run"), failed)
        if said is not None and said > run and reaches_start:
            reason = ctx.t(
                f"{who}の{what}の{word}はパックの系列の始まりまで{run}回続くが、主張の{said}回はその前に及ぶ。",
                f"{who}'s {what} fell or rose {run} times in a row back to the start of the pack's series; "
                f"the claimed {said} reach before it.",
            )
            return Finding("unknown", reason, evidence, kind="run")
        result: Result = "holds" if said is None else _streak_result(said, run)
        reason = ctx.t(
            f"{who}の{what}は{ctx.ptext(mine.period)}の前に{run}回連続で{word}し、"
            f"{ctx.ptext(mine.period)}にそれが止まった。",
            f"{who}'s {what} saw {run} {word}s in a row before {ctx.ptext(mine.period)}, where the run "
            "ended.",
        )
        return _denied(Finding(result, reason, evidence, kind="run"), failed)
    return None
