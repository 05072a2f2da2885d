"""One word, two measures: 「W」 names both "W (A)" and "W (B)", two measures of the pack, when
the claim writes neither the word of one (「A額」, "A") nor of the other (「B額」, "B"). A
statement checked on one of them is checked on the other too; when the two settle it differently,
it is true of one reading and false of the other: half true, not settled by whichever measure was
linked first (docs/verdict-rules.md, "Linking a claim to its measure"; blind vn-trade-fdi
fdi2024_record)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from shingi.model import Pack
from shingi.pack.index import EvidenceIndex
from shingi.pipeline.checks.common import Finding, _Ctx, metric_name_keys
from shingi.pipeline.claims.ranks import is_rank_metric
from shingi.pipeline.claims.statement import Statement
from shingi.pipeline.morphology import content_keys, has_japanese
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
        return None  # one name inside the other (「65歳以上のW」 and W): the plain one is named
    if said & (ka - kb) or said & (kb - ka):
        return None  # the claim writes the word of one of them ("A", B額)
    index = EvidenceIndex.of(pack)
    if any(h.id in (used, other) for h in index.find_metrics(st.span, every=True)):
        return None  # a name or alias of one of them written whole
    claimed = told_apart(qualifiers(st.span, index), pack)
    fits = [not unmet(claimed, of_metric(pack, m)) for m in (used, other)]
    if claimed and fits[0] != fits[1]:
        return None  # 「50歳未満のW」: the band the claim states is carried by one of them only
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


#: Two owners of one predicate joined: "Norland and Germany", "Norland's and Germany's",
#: 「ノーランドとドイツの」「ノーランド・ドイツの」 (not "between X and Y", 「XとYの間」: one pair).
_JOINED_OWNERS_EN = re.compile(r"(?i)^(?:'s)?\s*(?:,\s*)?(?:and|as well as)\s+$")
_JOINED_OWNERS_JA = re.compile(r"^\s*(?:と|・|及び|および|ならびに)\s*$")
_ONE_PAIR = re.compile(r"(?i)\bbetween\s*$|^の?(?:間|あいだ)")


def coordinated_owners(ctx: _Ctx) -> list[str]:
    """The entities a change statement names as owners of its one predicate, joined by and / と
    ("Unemployment in Norland and Germany rose", 「ノーランドとドイツの失業率は上昇した」): each must
    hold what the statement says (review P1). Empty when fewer than two are joined."""
    st, pack = ctx.st, ctx.pack
    if st.kind != "change" or len(st.entities) < 2:
        return []
    hits = sorted(
        (h for h in ctx.index.find_entities(st.span) if h.id in st.entities), key=lambda h: h.start
    )
    joined = _JOINED_OWNERS_JA if has_japanese(st.span) else _JOINED_OWNERS_EN
    for a, b in pairwise(hits):
        if a.id == b.id or pack.entities[a.id].kind != pack.entities[b.id].kind:
            continue
        if not joined.match(st.span[a.end : b.start]):
            continue
        if _ONE_PAIR.search(st.span[: a.start]) or _ONE_PAIR.search(st.span[b.end :]):
            return []
        return [a.id, b.id]
    return []


def on_each_owner(
    ctx: _Ctx, found: Finding, evaluator: Callable[[_Ctx], Finding | list[Finding] | None]
) -> Finding:
    """``found`` (a check on the first owner) against the same statement on each other owner joined
    with it (``coordinated_owners``): all must hold; one that fails fails the statement; one the
    pack cannot check leaves it partly."""
    st, pack = ctx.st, ctx.pack
    owners = coordinated_owners(ctx)
    if found.result not in ("holds", "partly") or not owners:
        return found
    first = st.entities[0]
    for other in owners:
        if other == first:
            continue
        again_st = replace(st, entities=(other, *(e for e in st.entities if e != other)))
        again = evaluator(_Ctx(again_st, ctx.ev, pack, ctx.lang, ctx.claim))
        second = again[0] if isinstance(again, list) and len(again) == 1 else again
        result = second.result if isinstance(second, Finding) else "unknown"
        if result == "holds":
            assert isinstance(second, Finding)
            found = replace(found, evidence=[*found.evidence, *second.evidence],
                            reason=found.reason + " " + second.reason)
            continue
        name = ctx.ename(other)
        if result == "fails":
            assert isinstance(second, Finding)
            return Finding(
                "fails",
                ctx.t(f"主張は{name}についても同じことを述べるが、{name}では成り立たない。",
                      f"The claim says the same of {name}, and it does not hold there.")
                + " " + second.reason + " " + found.reason,
                [*second.evidence, *found.evidence],
                [*second.numbers, *found.numbers],
                [*second.conflicts, *found.conflicts],
                kind=found.kind,
            )
        found = replace(
            found,
            result="partly",
            reason=found.reason + " " + ctx.t(
                f"主張は{name}についても同じことを述べるが、パックでは確かめられない。",
                f"The claim says the same of {name}, which the pack cannot check.",
            ),
            credit=SIBLING_CREDIT,
        )
    return found
