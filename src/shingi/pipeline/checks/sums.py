"""A figure said of two or more of a whole's members together: "California and New York together
account for almost half of the nation's homeless", 「AとBの2州だけで全米のほぼ半分を占める」,
「AとBを合わせると…」 — the sum of each member's value of one period against the figure
(docs/verdict-rules.md §4.16, a sum said of parts).

A sum is built only where it is exact: a count or an amount of money (values that add up), or a
share of a whole the measure names (「全米ホームレスに占める割合」: the members' shares of one whole
add up); each member is the whole's (its ``country``) — or, for members that are no part of
another entity, the measure names the world (「世界輸出に占めるシェア」, "share of world exports")
—, no member's name holds another's (New York City is inside New York), and every member has a
value of the same period. Else the statement is left unknown, never compared with one member's
value: a rate, a growth rate, a share of each member's own whole, a change said of them combined
("A and B combined grew 2%", no combined series to read it on).
"""

from __future__ import annotations

import re
from itertools import pairwise

from shingi.model import Metric, NumberCompared, Observation, Period
from shingi.normalize.quantities import is_currency
from shingi.pipeline.checks.common import Finding, _Ctx, compare_value, pick_observations
from shingi.pipeline.claims.distributive import LISTED
from shingi.pipeline.claims.periods import said_grain
from shingi.pipeline.claims.statement import ClaimedNumber

#: the adverb or particle that sums the members joined before it: "together", "combined", "between
#: them", "put together", 「合わせて」「合わせると」「を合わせた」「合計で」「計で」「…だけで」 (the
#: members alone make the figure)
_SUMMED_EN = re.compile(
    r"(?i)\b(?:together|combined|between\s+them|put\s+together|taken\s+together)\b(?!\s+with\b)"
)
_SUMMED_JA = re.compile(r"(?:合わせ|あわせ)(?:て|ると|れば|た)|合計で?|計で|(?:だけ|のみ)で(?!は|も)")
#: what joins two members' names: "and", 「と」「や」「・」「、」
_JOIN = re.compile(r"(?i)\s*(?:,\s*|\band\b|&|と|や|・|、)\s*(?:\band\b\s*)?")
#: kinds of measure whose values do not add up across members (a rate, an average, a ratio …)
#: the whole every top-level member is a part of, named in a share's name
_WORLD = re.compile(r"(?<![a-z])(?:world|global|worldwide)(?![a-z])|世界")
_NOT_ADDITIVE = frozenset({"rate", "ratio", "average", "index", "growth", "rank", "category", "price"})


def _name_spans(ctx: _Ctx, ent: str) -> list[tuple[int, int]]:
    e = ctx.pack.entities.get(ent)
    if e is None:
        return []
    names = [n for n in (e.name_ja, e.name_en, *e.aliases) if n and len(n) >= 2]
    out = []
    low = ctx.st.span.lower()
    for n in names:
        for m in re.finditer(re.escape(n.lower()), low):
            if n.isascii() and (
                (m.start() > 0 and low[m.start() - 1].isalnum())
                or (m.end() < len(low) and low[m.end()].isalnum())
            ):
                continue
            out.append((m.start(), m.end()))
    return out


def _members(ctx: _Ctx) -> tuple[list[str], int] | None:
    """The members the statement names joined before its sum word, in order, and where their names
    (and a count of them, 「の2州」) end in the span; None unless two or more are joined before it."""
    st = ctx.st
    cue = _SUMMED_EN.search(st.span) or _SUMMED_JA.search(st.span)
    if cue is None:
        return None
    spans = sorted(
        (s, e, ent) for ent in st.entities for s, e in _name_spans(ctx, ent) if e <= cue.start()
    )
    # the longest name at each place ("New York City" over "New York")
    kept: list[tuple[int, int, str]] = []
    for s, e, ent in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e, ent))
    if len(kept) < 2:
        return None
    # the run of joined names that ends nearest the cue
    run = [kept[-1]]
    for prev in reversed(kept[:-1]):
        gap = st.span[prev[1] : run[0][0]]
        if not _JOIN.fullmatch(gap):
            break
        run.insert(0, prev)
    tail = st.span[run[-1][1] : cue.start()]
    # 「…州とニューヨーク州の2州だけで」, "California and New York together": only a count of them or
    # a verb of being between the last name and the sum word
    late = cue.re is _SUMMED_EN and len(tail) <= 60 and re.search(r"[,;:]\s|[、。]", tail) is None
    if not _TAIL.fullmatch(tail) and not late:
        # "had 345,000 homeless people between them": the English adverb may close the clause
        return None
    ents = [ent for _, _, ent in run]
    if len(ents) < 2 or len(set(ents)) < len(ents):
        return None
    counted = re.match(r"\s*の\s*[0-9０-９一二三四五六七八九十]+", tail)
    # 「の2州」 counts the members: the end of what is no figure of the sum
    return ents, (run[-1][1] + counted.end()) if counted else run[-1][1]


#: between the last member's name and the sum word: a count of them (「の2州だけで」), を, or a verb
#: and an article ("had a combined", "account for … together" has the cue after)
_TAIL = re.compile(
    r"\s*の\s*[0-9０-９一二三四五六七八九十]+\s*[^\s、。]{1,3}\s*|\s*を\s*"
    r"|,?(?:\s+(?i:are|were|is|was|have|has|had|made|make|makes|account|accounted|hold|held|saw|took|a|an|the))"
    r"{0,3}\s*"
)


def _whole_of(ctx: _Ctx, metric: Metric, members: list[str]) -> bool:
    """Whether the measure adds up over the members: a count or an amount, or a share of a whole
    the measure's name names, of which every member is a part (its ``country``)."""
    if metric.kind in _NOT_ADDITIVE:
        return False
    unit = metric.unit or ""
    if unit == "count" or is_currency(unit):
        return metric.kind not in ("share",)
    if unit != "%" or metric.kind != "share":
        return False
    names = " ".join(n for n in (metric.name_ja, metric.name_en, *metric.aliases) if n).lower()
    countries = {ctx.pack.entities[m].country for m in members if m in ctx.pack.entities}
    if countries <= {None, ""}:
        # members that are parts of no other entity: one whole of them all only when the measure
        # names the world ("share of world exports", 「世界輸出に占めるシェア」)
        return _WORLD.search(names) is not None
    if len(countries) != 1 or None in countries or "" in countries:
        return False
    whole = ctx.pack.entities.get(next(iter(countries)) or "")
    if whole is None:
        return False
    words = [w for w in (whole.name_ja, whole.name_en, *whole.aliases) if w and len(w) >= 2]
    return any(re.search(r"(?<![a-z])" + re.escape(w.lower()) + r"(?![a-z])", names) for w in words)


def _disjoint(ctx: _Ctx, members: list[str]) -> bool:
    names = []
    for m in members:
        e = ctx.pack.entities[m]
        names.append([n.lower() for n in (e.name_ja, e.name_en) if n])
    for i, a in enumerate(names):
        for j, b in enumerate(names):
            if i != j and any(x in y for x in a for y in b):
                return False
    return True


def summed_members(ctx: _Ctx) -> Finding | None:
    """The statement's one figure against the sum of its joined members' values (module doc)."""
    st, pack = ctx.st, ctx.pack
    if st.kind == "comparison":
        return None
    found = _members(ctx)
    if found is None:
        return None
    members, named_end = found
    named = " + ".join(ctx.ename(m) for m in members)
    # from here on the figure is said of the members together: their exact sum, else unknown
    unsummed = Finding("unknown", ctx.t(
        f"主張は{'・'.join(ctx.ename(m) for m in members)}を合わせた値を述べるが、パックからその合計を"
        "正確に求められない（加算できない指標、変化、または値の欠け）: 一方の値では判定しない。",
        f"The claim states a figure of {named} together; the pack does not give their exact sum (a "
        "measure that does not add up, a change, or a missing value): one member's value does not "
        "settle it.",
    ), [])
    if st.kind == "change" or st.negated:
        return unsummed
    if any(m not in pack.entities for m in members) or not _disjoint(ctx, members):
        return unsummed
    numbers = [
        n for n in st.numbers
        if n.role is None and n.unit not in ("rank", "pt") and n.start - st.start >= named_end
    ]
    if len(numbers) != 1:
        return unsummed
    n = numbers[0]
    for mid in st.metrics[:4]:
        metric = pack.metrics[mid]
        if not _whole_of(ctx, metric, members):
            continue
        claimed = _in_unit(n, metric)
        if claimed is None:
            continue
        period = st.periods[0].period if len(st.periods) == 1 else None
        picked: list[Observation] = []
        for m in members:
            ids = ctx.ev.series.get((m, mid))
            obs = pick_observations(pack, ids, period, ctx.as_of, said_grain(st.span)) if ids else []
            if not obs or obs[0].value is None:
                picked = []
                break
            picked.append(obs[0])
        label = ctx.t(
            "・".join(ctx.ename(m) for m in members) + f"の{ctx.mname(mid)}の合計",
            " + ".join(ctx.ename(m) for m in members) + f" {ctx.mname(mid)} combined",
        )
        if not picked or len({o.period for o in picked}) != 1 or len({o.unit for o in picked}) != 1:
            return Finding("unknown", ctx.t(
                f"主張は{label}を述べるが、パックにはそれぞれの同じ時期の値がそろっていない。",
                f"The claim states the {label}; the pack does not hold each of them for one period.",
            ), [o.id for o in picked])
        total = sum(o.value.value for o in picked if o.value is not None)
        result = compare_value(claimed, total)
        each = [f"{ctx.ename(o.entity)} {ctx.q(o.value.value, o.unit)}" for o in picked if o.value]
        parts = ctx.t("、".join(each), ", ".join(each))
        reason = ctx.t(
            f"{ctx.ptext(picked[0].period)}の{ctx.mname(mid)}は{parts}で、合計{ctx.q(total, picked[0].unit)}"
            f"（主張: {n.text}）。",
            f"{ctx.mname(mid)} in {ctx.ptext(picked[0].period)}: {parts}, together "
            f"{ctx.q(total, picked[0].unit)} (claimed: {n.text}).",
        )
        nc = NumberCompared(
            label, claimed.quantity.value, n.text, total, claimed.unit, tuple(o.id for o in picked),
            claimed.comparator, None,
        )
        return Finding(result, reason, [o.id for o in picked], [nc], kind="metric")
    return unsummed


def _in_unit(n: ClaimedNumber, metric: Metric) -> ClaimedNumber | None:
    """The figure in the measure's unit: a fraction ("almost half") of a share in percent, a bare
    count, an amount in the measure's currency; None for another dimension."""
    from dataclasses import replace

    unit = metric.unit or ""
    if unit == "%":
        if n.unit == "%":
            return n
        if n.unit == "x" and 0 < n.quantity.value < 1:
            return replace(n, quantity=replace(n.quantity, value=n.quantity.value * 100, unit="%"))
        return None
    if unit == "count":
        return n if n.unit in (None, "count") else None
    return n if n.unit == unit else None


#: A figure said of two or more listed periods together: "across fiscal 2024 and fiscal 2025",
#: "in 2023 and 2024 combined", "over those two years", 「2024年度と2025年度の2年間で」「合わせて」
#: 「合計」「累計」「通算」 (the figure is their total)
_PERIODS_SUMMED_EN = re.compile(
    r"(?i)\b(?:across|combined|together|in\s+total|altogether|cumulative(?:ly)?|between\s+them"
    r"|over\s+(?:the|those|these|both)\s+(?:\w+\s+)?(?:years|quarters|months|periods))\b"
)
_PERIODS_SUMMED_JA = re.compile(
    r"(?:合わせ|あわせ)(?:て|ると|れば|た)|合計|累計|通算|計で|[0-9０-９二三四五]+年間で|両年"
)


def _listed_periods(ctx: _Ctx) -> list[Period] | None:
    """The statement's periods when it names two or more of one precision, each its own (no role,
    none inferred, none the same), joined as a list ("fiscal 2024 and fiscal 2025", 「2022年、
    2023年、2024年」); None otherwise."""
    st = ctx.st
    named = [p for p in st.periods if p.role is None and not p.inferred]
    if (
        len(named) < 2
        or len(named) != len(st.periods)
        or len({p.period.precision for p in named}) != 1
        or len({p.period for p in named}) != len(named)
        or any(p.start < st.start or p.end > st.end for p in named)  # periods of another clause
    ):
        return None
    for a, b in pairwise(named):
        if not LISTED.match(st.span[a.end - st.start : b.start - st.start]):
            return None
    return [p.period for p in named]


def summed_periods(ctx: _Ctx) -> Finding | None:
    """One figure said of two or more listed periods together ("Across fiscal 2024 and fiscal 2025
    the FAA hired about 4,000 controllers", 「2024年度と2025年度の2年間で合わせて約4,000人を採用」):
    the figure against the sum of the measure's values of those periods, for one owner, when the
    measure adds up (a count or an amount, no rate, share or average) and each period has its own
    value; else unknown — never the first period's value alone (a linguistic reason: "across",
    "combined", 「合わせて」 make one total of the periods listed). A level over listed periods with no
    word of a total or of each ("hired about 4,000 in fiscal 2024 and fiscal 2025"), on a measure
    that adds up, is unknown: the figure may be each period's or their total, and the claim does
    not say which (docs/verdict-rules.md §4.16)."""
    st, pack = ctx.st, ctx.pack
    if st.kind not in ("metric", "share") or st.negated or len(st.entities) != 1:
        return None
    periods = _listed_periods(ctx)
    if periods is None:
        return None
    numbers = [n for n in st.numbers if n.role is None and n.unit not in ("rank", "pt")]
    if len(numbers) != 1 or len(st.numbers) != 1:
        return None
    n = numbers[0]
    summed = bool(_PERIODS_SUMMED_EN.search(st.span) or _PERIODS_SUMMED_JA.search(st.span))
    listed = ctx.t("、".join(ctx.ptext(p) for p in periods), " and ".join(ctx.ptext(p) for p in periods))
    entity = st.entities[0]
    for mid in st.metrics[:3]:
        metric = pack.metrics[mid]
        claimed = _in_unit(n, metric)
        ids = ctx.ev.series.get((entity, mid))
        if claimed is None or not ids:
            continue
        additive = metric.kind not in _NOT_ADDITIVE and (
            metric.unit == "count" or is_currency(metric.unit or "")
        ) and metric.kind != "share"
        if not summed:
            if not additive:
                return None  # a rate or a share of each period: each one's (distributive rules)
            return Finding("unknown", ctx.t(
                f"主張は{listed}について一つの数値（{n.text}）を述べるが、それが各期間の値か合計かを"
                "言っていない: どちらとも判定しない。",
                f"The claim gives one figure ({n.text}) for {listed} and does not say whether it is "
                "each period's or their total: neither is settled.",
            ), [])
        if not additive:
            return Finding("unknown", ctx.t(
                f"主張は{listed}を合わせた{ctx.mname(mid)}を述べるが、この指標は期間を足し合わせられない。",
                f"The claim states {ctx.mname(mid)} over {listed} together; the measure does not add up "
                "over periods.",
            ), [])
        obs = [pack.observations[i] for i in ids]
        picked: list[Observation] = []
        for p in periods:
            own = [o for o in obs if o.period == p and o.value is not None]
            if len(own) != 1:
                return Finding("unknown", ctx.t(
                    f"主張は{listed}の{ctx.mname(mid)}の合計を述べるが、パックには{ctx.ptext(p)}の値がない。",
                    f"The claim states the total of {ctx.mname(mid)} over {listed}; the pack has no value "
                    f"for {ctx.ptext(p)}.",
                ), [o.id for o in picked])
            picked.append(own[0])
        if len({o.unit for o in picked}) != 1:
            return None
        total = sum(o.value.value for o in picked if o.value is not None)
        each = [f"{ctx.ptext(o.period)} {ctx.q(o.value.value, o.unit)}" for o in picked if o.value]
        reason = ctx.t(
            f"{ctx.ename(entity)}の{ctx.mname(mid)}は{'、'.join(each)}で、合計{ctx.q(total, picked[0].unit)}"
            f"（主張: {n.text}）。",
            f"{ctx.ename(entity)}'s {ctx.mname(mid)}: {', '.join(each)}, together "
            f"{ctx.q(total, picked[0].unit)} (claimed: {n.text}).",
        )
        label = ctx.t(f"{ctx.mname(mid)}の合計（{listed}）", f"{ctx.mname(mid)}, {listed} combined")
        nc = NumberCompared(
            label, claimed.quantity.value, n.text, total, claimed.unit, tuple(o.id for o in picked),
            claimed.comparator, None,
        )
        return Finding(compare_value(claimed, total), reason, [o.id for o in picked], [nc], kind="metric")
    return None
