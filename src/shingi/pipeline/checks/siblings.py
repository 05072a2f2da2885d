"""One word, two measures: 「外国直接投資」 names both registered and disbursed FDI when the claim
writes neither the word of one (登録額, registered) nor of the other (実行額, disbursed). A
statement checked on one of them is checked on the other too; when the two settle it differently,
it is true of one reading and false of the other: half true, not settled by whichever measure was
linked first (docs/verdict-rules.md, "Linking a claim to its measure"; blind vn-trade-fdi
fdi2024_record)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from shingi.model import Pack
from shingi.pack.index import EvidenceIndex
from shingi.pipeline.checks.common import Finding, _Ctx, metric_name_keys
from shingi.pipeline.claims.ranks import is_rank_metric
from shingi.pipeline.claims.statement import Statement
from shingi.pipeline.morphology import content_keys
from shingi.pipeline.qualifiers import of_metric, qualifiers, told_apart, unmet

#: How much of a statement true of one reading of its measure word and false of the other holds
SIBLING_CREDIT = 0.5


def sibling_metric(st: Statement, pack: Pack, used: str) -> str | None:
    """The other measure the statement's words name as well as ``used``: among its first two
    measures, of the same kind and unit (never a rank), sharing a word of their names with the
    claim, while the claim writes no word that only one of the two names has."""
    if used not in st.metrics[:2] or len(st.metrics) < 2:
        return None
    other = st.metrics[1] if st.metrics[0] == used else st.metrics[0]
    a, b = pack.metrics.get(used), pack.metrics.get(other)
    if a is None or b is None or a.kind != b.kind or (a.unit or "") != (b.unit or ""):
        return None
    if a.kind == "rank" or is_rank_metric(a.names, a.unit) or is_rank_metric(b.names, b.unit):
        return None
    said = content_keys(st.span)
    ka, kb = metric_name_keys(a), metric_name_keys(b)
    if not (said & ka & kb) or not (ka - kb) or not (kb - ka):
        return None  # one name inside the other (「65歳以上の交通事故死者数」): the plain one is named
    if said & (ka - kb) or said & (kb - ka):
        return None  # the claim writes the word of one of them ("registered", 実行額)
    index = EvidenceIndex.of(pack)
    if any(h.id in (used, other) for h in index.find_metrics(st.span, every=True)):
        return None  # a name or alias of one of them written whole
    claimed = told_apart(qualifiers(st.span, index), pack)
    fits = [not unmet(claimed, of_metric(pack, m)) for m in (used, other)]
    if claimed and fits[0] != fits[1]:
        return None  # 「50歳未満の農業従事者」: the band the claim states is carried by one of them only
    return other


def on_both_measures(
    ctx: _Ctx, found: Finding, evaluator: Callable[[_Ctx], Finding | list[Finding] | None]
) -> Finding:
    """``found`` (a check on one measure) against the same statement on its sibling measure: the
    same result stands; a result that holds on one and fails on the other is partly (half)."""
    st, pack = ctx.st, ctx.pack
    if found.result not in ("holds", "fails"):
        return found
    used = next(
        (pack.observations[i].metric for i in found.evidence if i in pack.observations), None
    )
    if used is None:
        return found
    other = sibling_metric(st, pack, used)
    if other is None:
        return found
    again_st = replace(st, metrics=(other, *(m for m in st.metrics if m != other)))
    again = evaluator(_Ctx(again_st, ctx.ev, pack, ctx.lang, ctx.claim))
    second = again[0] if isinstance(again, list) and len(again) == 1 else again
    if not isinstance(second, Finding) or second.result not in ("holds", "fails"):
        return found
    if not any(i in pack.observations and pack.observations[i].metric == other for i in second.evidence):
        return found
    if second.result == found.result:
        return found
    reason = ctx.t(
        f"主張の語は「{ctx.mname(used)}」と「{ctx.mname(other)}」の両方を指し、一方では成り立ち、"
        "他方では成り立たない。",
        f"The claim's words name both '{ctx.mname(used)}' and '{ctx.mname(other)}': it holds of one "
        "and not of the other.",
    )
    return Finding(
        "partly",
        reason + " " + found.reason + " " + second.reason,
        [*found.evidence, *second.evidence],
        [*found.numbers, *second.numbers],
        [*found.conflicts, *second.conflicts],
        kind=found.kind,
        credit=SIBLING_CREDIT,
    )
