"""Event statements: the event a statement speaks of, and its claimed date and amount against the
pack's reports of it (sources that disagree are conflicts); a statement that goes on about the
previous statement's event; the event that names the fund or plant a statement's amount is about."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from shingi.model import Conflict, Event, NumberCompared, Pack, Period, Quantity, Result
from shingi.normalize.periods import find_periods
from shingi.normalize.quantities import find_quantities, is_currency
from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.common import (
    NAME_KEY_SHARE,
    PLAN_PREFERENCE,
    SAME_FACT_TITLE_OVERLAP,
    Finding,
    _combine_sources,
    _Ctx,
    _min_result,
    compare_period,
    compare_value,
    to_unit,
)
from shingi.pipeline.morphology import has_japanese, word_keys
from shingi.pipeline.parse import ClaimedNumber, Statement
from shingi.pipeline.retrieve import EventCandidate


def _best_event(cands: Sequence[EventCandidate], st: Statement, pack: Pack) -> EventCandidate | None:
    """The event a statement most likely speaks of; a plan only when nothing done matches as well."""
    if not cands:
        return None
    scored = sorted(cands, key=lambda c: (-(c.relevance + _amount_bonus(c, st, pack)), c.id))
    best = scored[0]
    if best.plan and "plan" not in st.cues:
        done = [
            c
            for c in scored
            if not c.plan and c.relevance >= PLAN_PREFERENCE * best.relevance and c.coverage >= best.coverage
        ]
        if done:
            return done[0]
    return best


def _amount_bonus(c: EventCandidate, st: Statement, pack: Pack) -> float:
    """A small preference, among equally relevant events, for the one whose amount agrees with
    the statement (retrieval already prefers the one dated in the claimed period)."""
    ev = pack.events[c.id]
    bonus = 0.0
    for n in st.numbers:
        for q in _event_amounts(ev):
            got = to_unit(q.value, q.unit, n.unit, pack, ev.date.start.year) if n.unit else None
            if got is not None and compare_value(n, got[0]) == "holds":
                bonus += 0.05
    return bonus


def _event_amounts(ev: Event) -> list[Quantity]:
    if ev.amount is not None:
        return [ev.amount]
    out = []
    for title in (ev.title_ja, ev.title_en):
        if title:
            out += [m.quantity for m in find_quantities(title) if m.quantity.unit]
    return out


def _amount_result(
    ctx: _Ctx, ev: Event, numbers: list[ClaimedNumber]
) -> tuple[Result, list[NumberCompared]] | None:
    amounts = _event_amounts(ev)
    results: list[Result] = []
    ncs: list[NumberCompared] = []
    for n in numbers:
        for q in amounts:
            got = to_unit(q.value, q.unit, n.unit, ctx.pack, ev.date.start.year)
            if got is None or n.unit is None:
                continue
            results.append(compare_value(n, got[0], ratio=n.unit == "x"))
            ncs.append(
                NumberCompared(
                    ctx.t("金額", "amount") if n.unit and is_currency(n.unit) else ctx.t("数量", "quantity"),
                    n.quantity.value,
                    n.text,
                    got[0],
                    n.unit,
                    (ev.id,),
                    n.comparator,
                    got[1] or None,
                )
            )
            break
    if not results:
        return None
    return _min_result(results), ncs


def _same_fact(ctx: _Ctx, best: EventCandidate, cands: Sequence[EventCandidate]) -> list[Event]:
    """Other reports of the best event's fact: same kind and actors, other sources, similar titles,
    and differing in date or amount but not both (differing in both makes them two facts)."""
    pack = ctx.pack
    ev = pack.events[best.id]
    out = []
    for c in cands:
        if c.id == best.id or c.plan != best.plan:
            continue
        other = pack.events[c.id]
        if other.kind.casefold() != ev.kind.casefold():
            continue
        if set(other.source) == set(ev.source) or set(other.actors) != set(ev.actors):
            continue
        keys_a, keys_b = ctx.lookup.event_keys(ev.id), ctx.lookup.event_keys(other.id)
        if len(keys_a & keys_b) < SAME_FACT_TITLE_OVERLAP * min(len(keys_a), len(keys_b)):
            continue
        date_differs = other.date.text != ev.date.text
        # an amount on one report and none on the other is a difference too: two facts
        amount_differs = (ev.amount is None) != (other.amount is None) or bool(
            ev.amount
            and other.amount
            and (ev.amount.value, ev.amount.unit) != (other.amount.value, other.amount.unit)
        )
        if date_differs != amount_differs:
            out.append(other)
    return out


def _names_its_own(ctx: _Ctx, ev: Event) -> bool:
    """Whether the event can be what the statement speaks of given the proper nouns it names
    that the pack does not hold: one of them must be in the event's words ("Tesla opened a
    factory in Texas" is not "Tesla opens Gigafactory Berlin")."""
    names = ctx.st.unknown_names
    if not names:
        return True
    keys = ctx.lookup.event_keys(ev.id) | word_keys(ev.note or "")
    # most of the name, not one character pair of it (ハンガリー is not インターバッテリー)
    return any(
        (nk := word_keys(n)) and len(nk & keys) >= max(1, math.ceil(NAME_KEY_SHARE * len(nk))) for n in names
    )


@dataclass(slots=True)
class _Detail:
    """One claimed detail of an event statement (its date or its amount) and what it gives."""

    name: str  # date or amount
    result: Result
    reason: str
    numbers: list[NumberCompared]
    evidence: list[str]
    conflicts: list[Conflict]


def _event(ctx: _Ctx, plan: bool = False) -> list[Finding] | None:
    st, pack = ctx.st, ctx.pack
    best = _best_event(ctx.ev.events, st, pack)
    if best is None or not _names_its_own(ctx, pack.events[best.id]):
        return None
    ev = pack.events[best.id]
    title = ev.title(ctx.lang)
    if best.plan and not plan and _speaks_of_other_things(ctx, ev):
        # "employed 50,000 people" is not the market-size target that shares its subject
        return None
    if best.plan and not plan:
        return [
            Finding(
                "fails",
                ctx.t(
                    f"パックにあるのは計画・目標（「{title}」、{ctx.ptext(ev.date)}）で、実現した事実ではない。",
                    f"The pack holds only a plan or target ('{title}', {ev.date.text}), not something done.",
                ),
                [ev.id],
                kind="event",
            )
        ]
    # (a plan claim matched by something already done is judged on its date and amount as usual)
    numbers = [n for n in st.numbers if n.unit is not None]
    period = st.period
    facets: list[_Detail] = []
    others = _same_fact(ctx, best, ctx.ev.events)
    reports = [ev, *others]
    if period is not None:
        dates = [_plan_period(e, period) if plan else e.date for e in reports]
        per = [compare_period(period, d) for d in dates]
        conflicts: list[Conflict] = []
        if len({d.text for d in dates}) > 1:
            conflicts.append(
                Conflict(
                    ctx.t("日付", "date"),
                    tuple(e.id for e in reports),
                    tuple(dict.fromkeys(s for e in reports for s in e.source)),
                    ctx.t("出典によって日付が異なる: ", "the sources give different dates: ")
                    + ", ".join(f"{e.id} {d.text}" for e, d in zip(reports, dates, strict=True)),
                )
            )
        result = per[0] if len(per) == 1 else _combine_sources(per)
        claimed = next((p.text for p in st.periods), period.text)
        found_dates = "、".join(ctx.ptext(d) for d in dates) if ctx.ja else ", ".join(d.text for d in dates)
        why = ctx.t(
            f"時期: 主張は{claimed}、パックは{found_dates}。",
            f"Date: claimed {claimed}, the pack has {found_dates}.",
        )
        facets.append(_Detail("date", result, why, [], [e.id for e in reports], conflicts))
    amount = _amount_result(ctx, ev, numbers) if numbers else None
    if amount is not None:
        result, ncs = amount
        others_amount = [e for e in others if e.amount is not None]
        conflicts = []
        ids = [ev.id]
        if others_amount:
            per = [result]
            for e in others_amount:
                r2 = _amount_result(ctx, e, numbers)
                if r2:
                    per.append(r2[0])
                    ncs += r2[1]
                    ids.append(e.id)
            if len(per) > 1:
                result = _combine_sources(per)
                conflicts.append(
                    Conflict(
                        ctx.t("金額", "amount"),
                        tuple(ids),
                        tuple(dict.fromkeys(s for i in ids for s in pack.events[i].source)),
                        ctx.t("出典によって金額が異なる", "the sources give different amounts"),
                    )
                )
        found = ", ".join(ctx.q(nc.found, nc.unit) for nc in ncs)
        why = ctx.t(
            f"金額: 主張は{', '.join(n.text for n in numbers)}、パックは{found}。",
            f"Amount: claimed {', '.join(n.text for n in numbers)}, the pack has {found}.",
        )
        facets.append(_Detail("amount", result, why, ncs, ids, conflicts))
    compared = {nc.claimed_text for f in facets for nc in f.numbers}
    unmatched = [n for n in numbers if n.text not in compared]
    multiples = [n for n in unmatched if n.unit == "x"]
    if multiples and ev.amount is not None:
        # "8兆円へ倍増", "double … to 8 trillion yen": the multiple is of the value before the
        # plan; checked against it when the pack has it, else it only describes the target
        detail = _multiple_of_earlier(ctx, ev, multiples, bool(compared))
        if detail is not None:
            facets.append(detail)
            unmatched = [n for n in unmatched if n not in multiples]
    if unmatched:
        # a number the evidence cannot be compared with is not confirmed by the event existing
        said = ", ".join(n.text for n in unmatched)
        facets.append(
            _Detail(
                "amount",
                "unknown",
                ctx.t(
                    f"{said}: パックに比べられる数値がない。",
                    f"{said}: the pack has no number to compare it with.",
                ),
                [],
                [],
                [],
            )
        )
    head = ctx.t(
        f"該当する出来事: 「{title}」（{ctx.ptext(ev.date)}）。",
        f"Matching event: '{title}' ({ev.date.text}).",
    )
    if not facets:
        return [Finding("holds", head, [ev.id], kind="plan" if plan else "event")]
    # One check, as bad as its worst detail: the statement is about the pack's event, and a
    # wrong date or amount makes what it says wrong however many details are off.
    kind = "plan" if plan else "event"
    return [
        Finding(
            _worst_detail([f.result for f in facets]),
            head + " " + " ".join(f.reason for f in facets),
            list(dict.fromkeys(i for f in facets for i in f.evidence)),
            [n for f in facets for n in f.numbers],
            [c for f in facets for c in f.conflicts],
            kind=kind,
        )
    ]


def _speaks_of_other_things(ctx: _Ctx, ev: Event) -> bool:
    """A statement whose numbers (with units) can none of them be compared with the event's
    amounts, when the event has one: it measures something else than the event."""
    amounts = _event_amounts(ev)
    numbers = [n for n in ctx.st.numbers if n.unit and n.unit not in ("x", "%")]
    if not amounts or not numbers:
        return False
    year = ev.date.start.year
    comparable = [to_unit(q.value, q.unit, n.unit, ctx.pack, year) for q in amounts for n in numbers]
    return all(c is None for c in comparable)


def _multiple_of_earlier(
    ctx: _Ctx, ev: Event, multiples: list[ClaimedNumber], target_compared: bool
) -> _Detail | None:
    """A multiple said of an event's amount ("倍増させて8兆円に", "double … to 8 trillion yen"):
    the event's amount over the subject's latest earlier value of the statement's measure (a
    value before the event's date, in a comparable unit); with no earlier value, a multiple next
    to a target amount the claim gives and the event matches only describes it (holds, noted);
    None: nothing settles it."""
    st, pack = ctx.st, ctx.pack
    assert ev.amount is not None
    entities = [*st.entities[:1], *ev.actors]
    for ent in dict.fromkeys(entities):
        for mid in st.metrics:
            earlier = [
                pack.observations[i]
                for i in ctx.index.observations(ent, mid)
                if pack.observations[i].period.end < ev.date.start and pack.observations[i].value is not None
            ]
            if not earlier:
                continue
            base = max(earlier, key=lambda o: (o.period.end, o.id))
            assert base.value is not None
            got = to_unit(base.value.value, base.unit, ev.amount.unit, pack, base.period.start.year)
            if got is None or got[0] == 0:
                continue
            ratio = ev.amount.value / got[0]
            results = [compare_value(n, ratio, ratio=True) for n in multiples]
            ncs = [
                NumberCompared(
                    ctx.t("倍率", "multiple"),
                    n.quantity.value,
                    n.text,
                    round(ratio, 6),
                    "x",
                    (ev.id, base.id),
                    n.comparator,
                    got[1] or None,
                )
                for n in multiples
            ]
            said = ", ".join(n.text for n in multiples)
            target, before = ctx.q(ev.amount.value, ev.amount.unit), ctx.q(got[0], ev.amount.unit)
            why = ctx.t(
                f"倍率: 主張は{said}、パックは{target}／{before}（{ctx.ptext(base.period)}）"
                f"= {ratio:.2f}倍。",
                f"Multiple: claimed {said}; the pack has {target} / {before} ({base.period.text})"
                f" = {ratio:.2f}x.",
            )
            return _Detail("amount", _min_result(results), why, ncs, [base.id], [])
    if not target_compared:
        return None
    why = ctx.t(
        f"{', '.join(n.text for n in multiples)}は目標額を言い表すもので、パックに以前の値がない。",
        f"{', '.join(n.text for n in multiples)} describes the target amount; the pack has no earlier value.",
    )
    return _Detail("amount", "holds", why, [], [], [])


def _worst_detail(results: list[Result]) -> Result:
    """An event statement is as bad as its worst detail; a detail the pack cannot check keeps
    it from holding (unknown) but does not hide a detail that is wrong."""
    order: dict[Result, int] = {"fails": 0, "partly": 1, "unknown": 2, "holds": 3}
    return min(results, key=lambda r: order[r])


def _plan_period(ev: Event, claimed: Period) -> Period:
    """The period a plan is for: the period in its title or note that best fits the claim,
    else its date."""
    found = [ev.date]
    for text in (ev.title_ja, ev.title_en, ev.note):
        if text:
            found += [m.period for m in find_periods(text)]
    return min(found, key=lambda p: (_ORDER_PERIOD[compare_period(claimed, p)], p.start, p.text))


_ORDER_PERIOD = {"holds": 0, "partly": 1, "fails": 2, "unknown": 3}


def continues(st: Statement) -> bool:
    """A statement that only goes on about the previous one's subject: it names no entity, metric
    or period of its own, only numbers ("…, is worth about $5.5 billion"). Not one that says what
    the subject has by now ("…, and it has already installed 6 GW"): that is a state of the
    subject, not a detail of the previous event."""
    return (
        st.kind in ("event", "plan")
        and not lx.has(lx.ALREADY, st.span)
        and "subject" in st.inherited
        and len(st.entities) == 1
        and not st.metrics
        and bool(st.numbers)
        and (not st.periods or "period" in st.inherited)
    )


def _continuation(ctx: _Ctx, event_id: str) -> list[Finding]:
    """The numbers of a continuing statement against the previous statement's event."""
    ev = ctx.pack.events[event_id]
    numbers = [n for n in ctx.st.numbers if n.unit is not None]
    head = ctx.t(
        f"前の記述の出来事: 「{ev.title(ctx.lang)}」（{ctx.ptext(ev.date)}）。",
        f"The event of the previous statement: '{ev.title(ctx.lang)}' ({ev.date.text}).",
    )
    amount = _amount_result(ctx, ev, numbers) if numbers else None
    compared = {nc.claimed_text for nc in amount[1]} if amount else set()
    unmatched = [n.text for n in ctx.st.numbers if n.text not in compared]
    if amount is None or unmatched:
        said = ", ".join(unmatched) or ", ".join(n.text for n in ctx.st.numbers)
        return [
            Finding(
                "unknown",
                head
                + ctx.t(
                    f" {said}: パックに比べられる数値がない。",
                    f" {said}: the pack has no number to compare it with.",
                ),
                [event_id],
                amount[1] if amount else [],
            )
        ]
    result, ncs = amount
    found = ", ".join(ctx.q(nc.found, nc.unit) for nc in ncs)
    why = ctx.t(
        f"金額: 主張は{', '.join(n.text for n in numbers)}、パックは{found}。",
        f"Amount: claimed {', '.join(n.text for n in numbers)}, the pack has {found}.",
    )
    return [Finding(result, head + " " + why, [event_id], ncs, kind="event")]


_THING_BREAK = re.compile(r"[,;:]|\b(?:the|a|an|to|for|of|in|into|on|by|its|their)\b")


def _thing_names(span: str) -> list[frozenset[str]]:
    """The specific things a clause names: a named-thing noun (基金, fund, plant …) with the
    words before it ("宇宙技術基金" → 宇宙技術 + 基金; "the space technology fund" → space,
    technology, fund), as match keys; a bare noun ("the fund") names nothing specific."""
    out: list[frozenset[str]] = []
    for hit in lx.find(lx.NAMED_THING, span):
        if has_japanese(hit.text):
            head = re.search(r"[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9ー・]+$", span[: hit.start])
            words = head.group(0) if head else ""
        else:
            before = _THING_BREAK.split(span[: hit.start])[-1]
            words = " ".join(before.split()[-3:])
        keys = word_keys(words)
        if keys:
            out.append(keys | word_keys(hit.text))
    return out


def _named_thing_events(ctx: _Ctx) -> tuple[EventCandidate, ...]:
    """Candidate events whose title names the specific thing the statement names (a fund, a
    programme, a plant, a model that the measure's names do not mention) and that carry an
    amount comparable with the statement's number: that event, not a broad measure of the
    subject, is what the amount is about."""
    st, pack = ctx.st, ctx.pack
    money = [n for n in st.numbers if n.unit and n.unit not in ("%", "x", "pt", "count")]
    if not money:
        return ()
    metric_names = " ".join(n for m in st.metrics[:1] for n in pack.metrics[m].names)
    things = [k for k in _thing_names(st.span) if not k <= word_keys(metric_names)]
    if not things:
        return ()
    out = []
    for c in ctx.ev.events:
        ev = pack.events[c.id]
        title = word_keys(" ".join(t for t in (ev.title_ja, ev.title_en) if t))
        if not any(k <= title for k in things):
            continue
        amounts = _event_amounts(ev)
        if any(
            to_unit(q.value, q.unit, n.unit, pack, ev.date.start.year) is not None
            for q in amounts
            for n in money
            if n.unit and q.unit
        ):
            out.append(c)
    return tuple(out)
