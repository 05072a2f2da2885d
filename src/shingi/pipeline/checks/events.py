"""Event statements: the event a statement speaks of, and its claimed date and amount against the
pack's reports of it (sources that disagree are conflicts); a statement that goes on about the
previous statement's event; the event that names the fund or plant a statement's amount is about."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from shingi.model import (
    Conflict,
    Event,
    FiscalYear,
    NumberCompared,
    Observation,
    Pack,
    Period,
    Quantity,
    Result,
)
from shingi.normalize.periods import find_periods
from shingi.normalize.quantities import find_quantities, is_currency, ordinal_number
from shingi.normalize.text import normalize
from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.changes import fraction_cut, fraction_rise
from shingi.pipeline.checks.common import (
    NAME_KEY_SHARE,
    NOW_WORDS,
    PLAN_PREFERENCE,
    SAME_FACT_TITLE_OVERLAP,
    STALE_CREDIT_PREVIOUS,
    Finding,
    _combine_sources,
    _Ctx,
    _min_result,
    compare_period,
    compare_value,
    grade_date,
    grade_level,
    to_unit,
)
from shingi.pipeline.checks.dimensions import comparable as same_dimension
from shingi.pipeline.checks.two_groups import order_against
from shingi.pipeline.claims.cues import clause_of_the_statement
from shingi.pipeline.claims.numbers import BOUND_FLIP, number_roles
from shingi.pipeline.claims.ranks import RELATIVE_PLACES
from shingi.pipeline.claims.statement import ClaimedNumber, ClaimedPeriod, Statement
from shingi.pipeline.claims.windows import bounded_window, window_ending_at
from shingi.pipeline.morphology import (
    Token,
    content_keys,
    has_japanese,
    predicate_concepts,
    tokenize,
    word_keys,
)
from shingi.pipeline.retrieve import (
    EventCandidate,
    another_actor,
    days_from,
    is_plan_event,
    observation_series,
)

#: How close to the best match an event must be to replace it when the best one's title goes the
#: other way from the statement (a rise against a fall).
OTHER_WAY_PREFERENCE = 0.9
#: How close to a plan titled with another period a plan of the claimed period must match to win.
PERIOD_PLAN_PREFERENCE = 0.5


def _best_event(cands: Sequence[EventCandidate], st: Statement, pack: Pack) -> EventCandidate | None:
    """The event a statement most likely speaks of; a plan only when nothing done matches as well."""
    if not cands:
        return None
    # a plan of the claimed period wins outright over one titled with another period that matches
    # about as well: "had expected 39 million in 2024" is the 2024 plan's, not the 2025 one's, even
    # when the 2025 one has the amount (session 14 review 3; round 13d th-tourism target2025_35m)
    of_period = [
        c for c in cands
        if c.plan and st.period is not None and _plan_of_period(pack.events[c.id], st.period)
    ]
    scored = sorted(cands, key=lambda c: (
        c.plan and st.period is not None and _titled_for_another_period(pack.events[c.id], st.period)
        and any(o.relevance >= PERIOD_PLAN_PREFERENCE * c.relevance for o in of_period),
        -(c.relevance + _amount_bonus(c, st, pack)),
        days_from(st.period, pack.events[c.id].date),
        pack.events[c.id].sort_key,
    ))
    best = _figure_names_another(scored, st, pack)
    if title_goes_the_other_way(st, pack.events[best.id]):
        # 「政策金利を0.25ポイント引き下げ」: a rate hike is not the cut said, when a cut of the
        # same actor matches about as well (a rise is not a fall; blind us-inflation t-ja-sep25-cut)
        same_way = next(
            (
                c
                for c in scored[1:]
                if c.relevance >= OTHER_WAY_PREFERENCE * best.relevance
                and c.plan == best.plan
                and not title_goes_the_other_way(st, pack.events[c.id])
                # the same way, not merely not the other: a target kept (維持) is no raise of
                # another target (blind round 13b chile-copper f2)
                and title_goes_the_same_way(st, pack.events[c.id])
            ),
            None,
        )
        best = same_way or best
    elif lx.scope_side(st.span) and not lx.scope_side(pack.events[best.id].title(st.lang)):
        # 「2024年から海運も…の対象になった」: a statement of which side of a scheme's edge a thing is
        # on speaks of the event that brought it in or left it out, when one matches about as well
        # as the scheme's own event (the launch of the scheme says neither; §4.15 "Inside and
        # outside"; blind round 26c eu-ets shipping-ja)
        # the event of this member, not one that brings another in (review R12)
        best = _nearly_as_good(
            scored, best, lambda t: bool(lx.scope_side(t)) and lx.same_scope_member(st.span, t), pack, st.lang
        )
    elif lx.running_side(st.span) and not lx.same_running_unit(st.span, pack.events[best.id].title(st.lang)):
        # "the Eastport furnace is still running": the event of this unit, not the halt of another
        # of the same owner that matches about as well (review R5)
        best = _nearly_as_good(
            scored, best, lambda t: bool(lx.running_side(t)) and lx.same_running_unit(st.span, t),
            pack, st.lang,
        )
    act = _act_decided(best, scored, st, pack)
    if act is not None:
        return act
    if best.plan and "plan" not in st.cues:
        done = [
            c
            for c in scored
            if not c.plan and c.relevance >= PLAN_PREFERENCE * best.relevance and c.coverage >= best.coverage
        ]
        if done:
            return done[0]
    return best


#: A decision or an announcement of an act: 「…を2024年12月2日に廃止すると決定」, "decides to end
#: issuance … on 2 December 2024", "announces it will …"
_DECIDES = re.compile(
    r"決定|決め|発表|表明|方針|(?i:\b(?:decid(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|agree(?:s|d)? to"
    r"|will|plans? to|sets? (?:a|the) date)\b)"
)

#: How close to a decision an event of the act it announces must match to be taken for it.
ACT_PREFERENCE = 0.5


def decided_date(ev: Event) -> Period | None:
    """The date of the act an event's title decides or announces (「…を2024年12月2日に廃止すると
    決定」 of 2023-12-22), when the title has a decision word and a date after the event's own;
    else None."""
    for title in (normalize(t) for t in (ev.title_ja, ev.title_en) if t):
        if not _DECIDES.search(title):
            continue
        later = [m.period for m in find_periods(title) if m.period.start > ev.date.end]
        if later:
            return later[0]
    return None


def _act_decided(
    best: EventCandidate, scored: Sequence[EventCandidate], st: Statement, pack: Pack
) -> EventCandidate | None:
    """The event of the act when the best match is the decision announcing it and the statement
    says the act, not the decision: another event matched about as well, dated at the date the
    decision set (a linguistic reason: "decides to end X on D" reports a decision; X ends on D,
    and a statement that X ended speaks of that)."""
    if _DECIDES.search(st.span):
        return None
    when = decided_date(pack.events[best.id])
    if when is None:
        return None
    return next(
        (
            c
            for c in scored[1:]
            if c.relevance >= ACT_PREFERENCE * best.relevance
            and pack.events[c.id].date.overlaps(when)
            and decided_date(pack.events[c.id]) is None
        ),
        None,
    )


#: A period in a title that starts or bounds a window, or dates a cohort ("its first cut since March
#: 2020", "the first fall since long-term care insurance began in 2000", 「1961年9月以降生まれ」,
#: 「2000年度の制度開始以来」): not the period the news is of
#: A base year is no period of the news either: 「GDPを2019年基準に改定」, "rebases GDP to 2019", "at 2015
#: prices", "2019 base year"
_WINDOW_BEFORE = re.compile(
    r"(?i)\b(?:since\b[^,.;:]{0,60}|(?:from|born|after|before|until|than)\s+(?:\w+\s+)?"
    r"|rebas(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}to\s+)$"
)
_WINDOW_AFTER = re.compile(
    r"\s*(?:の?[^、。,\s\d]{0,8}?)?(?:以来|以降|から|生まれ|より|ぶり|以前|まで|比)"
    r"|(?:年)?(?:基準|価格)|(?i:\s*(?:base|prices)\b)"
)


def reported_period(ev: Event, pack: Pack | None = None) -> Period | None:
    """The one period an event's title says its news is of, over before the event's own date
    ("GDP grew 0.2% in 2025", published in January 2026; 「介護職員数(2023年10月1日)が…減少と公表」,
    December 2024): the narrowest when the two titles agree; None when a title states none or
    two that do not overlap. A fiscal year in the title is read in the convention of the event's
    actors (their own ``fiscal_year``, else the pack's: contract 1.1, "FYYYYY in a row about that
    entity means its own fiscal year"): 'FY2025 preliminary results' released in October 2025 by
    an owner whose year ends in September reports October 2024 - September 2025, over before the
    release, not a Japanese FY2025 still under way."""
    found: list[Period] = []
    fiscal_year = event_fiscal_year(ev, pack) if pack is not None else None
    for title in (normalize(t) for t in (ev.title_ja, ev.title_en) if t):
        found += [
            m.period
            for m in find_periods(title, fiscal_year=fiscal_year)
            if m.period.end < ev.date.start
            and not _WINDOW_BEFORE.search(title[: m.start])
            and not _WINDOW_AFTER.match(title[m.end :])
        ]
    if not found or any(not a.overlaps(b) for a in found for b in found):
        return None
    return min(found, key=lambda p: (p.days, p.start))


def event_fiscal_year(ev: Event, pack: Pack) -> FiscalYear:
    """The fiscal-year convention an event's row is written in: its first actor's own, else the
    pack's (as the loader reads the row's date), never a later actor's (「経済産業省、2023年度の
    補助金…（マイクロンに…）」: the ministry's year, not that of the company it pays)."""
    return pack.fiscal_year_of(ev.actors[0] if ev.actors else None)


def _date_said(ev: Event, claimed: Period, st: Statement, pack: Pack | None = None) -> Period:
    """The date of an event a claimed period is checked against: the period its title says its
    news is of (「2025年1月の経常収支が…赤字」, published in March 2025) when the claimed period
    agrees better with it than with the publication, and the statement does not speak of the
    publication itself (「3月に公表された」, "released in March"); else the event's date."""
    rank = {"holds": 0, "partly": 1, "fails": 2}
    content = _decided_periods(ev, st)
    if content:
        # "is tripling its departure tax this July" on 'decides to raise the tax from July 2026'
        # (Dec 2025): the statement says the act decided, dated by the decision's content when that
        # fits it better than the decision's date (§4.3 "The act and the content"; 「2017年5月、…
        # 2020年度末へ先送りした」 is dated by the decision, which the later periods only describe)
        best = min(content, key=lambda p: (rank[compare_period(claimed, p)], p.start))
        if rank[compare_period(claimed, best)] < rank[grade_date(claimed, ev.date)[0]]:
            return best
        start = _takes_effect(ev)
        if start is not None and claimed.end < start.start:
            # "tripled its departure tax in December 2025" on 'decides to raise the tax … from July
            # 2026': what was decided was not done before it took effect (a plan decided, said
            # done, is still not done; §4.3 "The act and the content")
            return start
    reported = reported_period(ev, pack)
    if reported is None or lx.PUBLISHED.search(st.span):
        return ev.date
    better = rank[grade_date(claimed, reported)[0]] < rank[grade_date(claimed, ev.date)[0]]
    return reported if better else ev.date


#: "from" just before a period or figure: the start of what follows
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")


def _takes_effect(ev: Event) -> Period | None:
    """The period from which what an event decides takes effect, when its title names a decision
    and a start after its own date ("decides to raise … from July 2026", 「2026年1月から…引き上げ」):
    a period after "from" or before 「から」 that is not the first end of a span of periods
    (「2017年度末から2020年度末へ先送り」 moves a date, it does not start anything)."""
    for title in (normalize(t) for t in (ev.title_ja, ev.title_en) if t):
        if not (_DECIDES.search(title) or lx.has(lx.DECISION_ACT, title)):
            continue
        found = find_periods(title)
        for i, m in enumerate(found):
            if m.period.start <= ev.date.end:
                continue
            opened = bool(_FROM_BEFORE.search(title[: m.start])) or title.startswith("から", m.end)
            nxt = found[i + 1] if i + 1 < len(found) else None
            spans = nxt is not None and bool(_RANGE_BETWEEN.fullmatch(title[m.end : nxt.start]))
            if opened and not spans:
                return m.period
    return None


#: A halving said in words: "halve", "halving", 「半減」, and a cut "in half" / "by half", 「半分に減らす」
#: (a linguistic reason: to cut in half is to halve); the 「半分」 / "half" of those is the halving
#: itself, no figure of its own to compare (HALF_OF_THE_CUT). Not the half of a unit ("by half a
#: percentage point", "by half of one percent", "by half an hour"): an amount, not a halving
_BY_HALF = (
    r"\b(?:in|by)\s+half\b(?![\s-]+(?:of\s+)?(?:(?:a|an|one)\b|\d[\d.]*\s?%))"
    r"|半分(?:に|まで)(?:減ら|削減|抑え|縮小|する)"
)
_HALVE = re.compile(
    r"(?i)\bhalv(?:e|es|ed|ing)\b|半減"
    r"|\b(?:cut|cuts|cutting|reduc\w*|slash\w*|lower\w*|bring\w*\s+down|brought\s+down)\b[^.;]{0,50}?"
    + _BY_HALF
)
#: the 「半分」 / "half" that says the halving of _HALVE ("cut … in half", 「半分に減らす」)
HALF_OF_THE_CUT = re.compile(r"(?i)" + _BY_HALF)
#: A cut the title states by its size: "cut … by 45%", 「45%削減」
_CUT_BY = re.compile(
    r"(?i)\b(?:cut|reduc\w*|lower\w*)\b[^.;]{0,50}?\bby\s+(?:about\s+|around\s+)?(\d+(?:\.\d+)?)\s?%"
    r"|(\d+(?:\.\d+)?)\s?%(?:の|程度)?(?:削減|減)"
)


def _halving_result(ctx: _Ctx, ev: Event) -> _Detail | None:
    """A plan said to halve something ("to halve spills by 2030", 「半減させる」) against a plan
    whose title states the cut's size ("to cut spills by 45%"): a halving is a cut of about 50%,
    graded as an approximate figure (§4.1; a linguistic reason: to halve is to cut by half). None
    when the statement says no halving or the title no size of a cut."""
    if not _HALVE.search(ctx.st.span):
        return None
    for title in (normalize(t) for t in (ev.title_en, ev.title_ja) if t):
        m = _CUT_BY.search(title)
        if m is None:
            continue
        size = float(m.group(1) or m.group(2))
        said = ClaimedNumber(Quantity(50.0, "%", True, "halve"), "about", "halve", 0, 0)
        result = compare_value(said, size)
        why = ctx.t(
            f"削減幅: 主張は半減（約50%）、パックは{size:g}%。",
            f"Size of the cut: claimed a halving (about 50%), the pack has {size:g}%.",
        )
        nc = NumberCompared(
            ctx.t("削減幅", "size of the cut"), 50.0, "halve", size, "%", (ev.id,), "about", None
        )
        return _Detail("cut", result, why, [nc], [ev.id], [])
    return None


def _decided_periods(ev: Event, st: Statement) -> list[Period]:
    """The periods after an event's date that its title sets for what it decides ("decides to raise
    … from July 2026", "enacted: … to 10% in January 2031"), when the statement says the act
    decided, not the decision (no decision or announcement word of its own)."""
    if _DECIDES.search(st.span) or lx.has(lx.DECISION_ACT, st.span) or _dates_the_statement(st.span):
        return []
    out: list[Period] = []
    for title in (normalize(t) for t in (ev.title_ja, ev.title_en) if t):
        if _DECIDES.search(title) or lx.has(lx.DECISION_ACT, title):
            out += [m.period for m in find_periods(title) if m.period.start > ev.date.end]
    return out


#: The words a plan's title says of its act, not of what it is about (stripped before titles are
#: compared for the same plan): a decision, a change, a delay
_ACT_CUES = (
    lx.DECISION_ACT, lx.PUT_OFF, lx.REVISED, lx.DECIDED_UP, lx.DECIDED_DOWN, lx.DECIDED_START,
    lx.DECIDED_END, lx.UP, lx.DOWN, lx.TARGET_WORDS,
)


def _topic_keys(pack: Pack, ev: Event, title: str) -> frozenset[str]:
    """The keys of what a title is about: its content words without its act words (decided,
    postponed, raised), its periods, its figures and its actors' names."""
    text = normalize(title)
    for cue in _ACT_CUES:
        for h in lx.find(cue, text):
            text = text[: h.start] + " " * (h.end - h.start) + text[h.end :]
    names = frozenset(
        k
        for a in ev.actors
        if (ent := pack.entities.get(a)) is not None
        for n in (ent.name_ja, ent.name_en, *ent.aliases)
        if n
        for k in word_keys(normalize(n))
    )
    return frozenset(k for k in content_keys(text) if not any(ch.isdigit() for ch in k)) - names


def _same_plan(pack: Pack, ev: Event, other: Event) -> bool:
    """Whether a later event speaks of the plan an event decided: an actor in common and two or more
    keys of what their titles, in one language, are about ("Consumption tax law enacted: rate to
    rise to 10% …" and "Consumption tax hike to 10% postponed …": consumption, tax)."""
    if not set(ev.actors) & set(other.actors):
        return False
    for a, b in ((ev.title_ja, other.title_ja), (ev.title_en, other.title_en)):
        if a and b and len(_topic_keys(pack, ev, a) & _topic_keys(pack, other, b)) >= 2:
            return True
    return False


def _took_effect(ctx: _Ctx, ev: Event, start: Period) -> _Detail:
    """A statement that what a decision set was done on the date it set ("raised the tax to 10% in
    October 2015" on 'law enacted: rate to rise to 10% from October 2015'): a decision is not the
    act (a linguistic reason: "will rise from D" is a plan until D comes). A later event of the same
    plan known by the claim's "now" that puts it off or drops it (PUT_OFF: 延期, 見送り, postponed,
    scrapped) before it took effect fails it; one that revises it (REVISED) leaves it unknown; else
    it holds only when the pack shows it took effect: a value of the statement's measure dated from
    ``start`` that agrees with the figure said (or the decision's), or a later event of the same plan
    dated from ``start`` that decides nothing further; unknown otherwise (docs/verdict-rules.md §4.3
    "The act and the content")."""
    pack = ctx.pack
    now = ctx.claim.now if ctx.claim is not None else None
    known = [
        o for o in pack.events.values()
        if o.id != ev.id and o.date.start > ev.date.end and (now is None or o.date.end <= now.end)
        and _same_plan(pack, ev, o)
    ]
    for o in sorted(known, key=lambda o: o.date.start):
        if o.date.start > start.end:
            continue
        titles = " ".join(t for t in (o.title_ja, o.title_en) if t)
        if lx.has(lx.PUT_OFF, titles) or lx.has(lx.REVISED, titles):
            put_off = lx.has(lx.PUT_OFF, titles)
            return _Detail(
                "effect",
                "fails" if put_off else "unknown",
                ctx.t(
                    f"実施: 決定は{ctx.ptext(start)}からとしたが、その前に「{o.title('ja')}」"
                    f"（{ctx.ptext(o.date)}）" + ("で延期・中止された。" if put_off else "で見直された。"),
                    f"Taking effect: the decision set {start.text}, but before then '{o.title('en')}' "
                    f"({o.date.text})" + (" put it off or dropped it." if put_off else " revised it."),
                ),
                [],
                [o.id],
                [],
            )
    for o in known:
        if o.date.end >= start.start and not decides_later(o) and o.kind.lower() not in lx.PLAN_EVENT_KINDS:
            return _Detail(
                "effect",
                "holds",
                ctx.t(
                    f"実施: 「{o.title('ja')}」（{ctx.ptext(o.date)}）。",
                    f"Taking effect: '{o.title('en')}' ({o.date.text}).",
                ),
                [],
                [o.id],
                [],
            )
    said = [
        n for n in ctx.st.numbers if n.unit is not None and n.unit not in ("x", "rank") and n.role != "from"
    ]
    if not said and ev.amount is not None:
        said = [ClaimedNumber(ev.amount, "exactly", ev.amount.text or f"{ev.amount.value:g}", 0, 0)]
    for n in said[:1]:
        before = [got[0] for _, got in _values_before(ctx, ev, n.unit)]
        for base, got in _values_from(ctx, ev, start, n.unit, now):
            if compare_value(n, got[0]) == "holds":
                result: Result = "holds"
            elif before and math.isclose(got[0], before[0], rel_tol=1e-6):
                result = "fails"  # still the level before the decision: it did not take effect then
            else:
                continue
            return _Detail(
                "effect",
                result,
                ctx.t(
                    f"実施: {ctx.ptext(base.period)}の値は{ctx.q(got[0], n.unit)}"
                    + ("。" if result == "holds" else "で、決定前の水準のまま。"),
                    f"Taking effect: the value in {base.period.text} is {ctx.q(got[0], n.unit)}"
                    + ("." if result == "holds" else ", still the level before the decision."),
                ),
                [],
                [base.id],
                [],
            )
    return _Detail(
        "effect",
        "unknown",
        ctx.t(
            f"実施: 決定は{ctx.ptext(start)}からとしたが、パックはそれが実施されたことを示さない"
            "（決定は実施ではない）。",
            f"Taking effect: the decision set {start.text}; the pack does not show it took effect "
            "(a decision is not the act).",
        ),
        [],
        [],
        [],
    )


#: How close to the best match an event whose amount is the statement's figure must be to replace
#: one that has no figure of that unit.
FIGURE_PREFERENCE = 0.8


def _figures_held(ev: Event, st: Statement, pack: Pack) -> tuple[int, int]:
    """How many of the statement's figures with a unit the event's amounts can be compared with,
    and how many of them hold."""
    comparable = held = 0
    for n in st.numbers:
        if n.unit in (None, "rank") or n.role == "from":
            continue
        got = [
            g for q in _event_amounts(ev)
            if (g := to_unit(q.value, q.unit, n.unit, pack, ev.date.start.year)) is not None
        ]
        comparable += bool(got)
        held += any(compare_value(n, g[0]) == "holds" for g in got)
    return comparable, held


def _figure_names_another(scored: Sequence[EventCandidate], st: Statement, pack: Pack) -> EventCandidate:
    """The best match, or another event, done or planned as it is and matched nearly as well, whose
    amount is the figure the statement says, when the best has no figure of its unit: 「スイッチ2は
    発売から4日間で350万台以上を売り上げ」 is the news of 3.5 million units sold in four days, not
    the launch that 発売 names (a linguistic reason: a figure with its unit says which happening it
    is of, as `retrieve._amount_said` lets it; blind round 28b jp-games switch2-4days)."""
    best = scored[0]
    if _figures_held(pack.events[best.id], st, pack)[0]:
        return best
    return next(
        (
            c
            for c in scored[1:]
            if c.plan == best.plan
            and c.relevance >= FIGURE_PREFERENCE * best.relevance
            and _figures_held(pack.events[c.id], st, pack)[1]
        ),
        best,
    )


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
    if c.plan and st.period is not None and _titled_for_another_period(ev, st.period):
        # 「2024年の外国人旅行者目標3500万人」 for a claim of the 2025 expectation: a plan titled
        # with another year is that year's plan (round 13d th-tourism target2025_35m)
        bonus -= 0.1
    return bonus


def _titled_with_its_date(ev: Event) -> bool:
    """Whether a plan's title names its own date's period (「2025年に3900万人を見込む」 dated 2025:
    the date is the year the plan is for, not when it was stated)."""
    named = [m.period for t in (ev.title_ja, ev.title_en) if t for m in find_periods(normalize(t))]
    return any(p.overlaps(ev.date) for p in named)


def _plan_of_period(ev: Event, period: Period) -> bool:
    """Whether a plan is dated in ``period`` or titled with a period inside it (not a decade
    around it: 「2020年代に1500円」 is no plan of 2022)."""
    def inside(p: Period) -> bool:
        return period.start <= p.start and p.end <= period.end

    if inside(ev.date):
        return True
    named = [m.period for t in (ev.title_ja, ev.title_en) if t for m in find_periods(normalize(t))]
    return any(inside(p) for p in named)


def _titled_for_another_period(ev: Event, period: Period) -> bool:
    """Whether a plan's titles name years and none of them (nor the plan's own date) overlaps
    ``period``."""
    if ev.date.overlaps(period):
        return False
    named = [m.period for t in (ev.title_ja, ev.title_en) if t for m in find_periods(normalize(t))]
    return bool(named) and not any(p.overlaps(period) for p in named)


def _event_amounts(ev: Event) -> list[Quantity]:
    """The event's amount and the quantities its titles state in other units ("a 1.2 GW plant"
    with an investment amount in USD): each is a detail a claim's number in that unit must
    agree with."""
    out = [ev.amount] if ev.amount is not None else []
    for title in (ev.title_ja, ev.title_en):
        if title:
            for m in find_quantities(title):
                q = m.quantity
                if q.unit and not any(o.unit == q.unit or _same_kind_of_unit(o.unit, q.unit) for o in out):
                    out.append(q)
    return out


def _same_kind_of_unit(a: str | None, b: str | None) -> bool:
    return bool(a and b and is_currency(a) and is_currency(b))


@dataclass(frozen=True, slots=True)
class _Attribute:
    """A number with the word that says what it measures, written in a text ("300 mm", "12インチ",
    "3 plants", "300ミリ")."""

    value: float
    word: str


#: A number followed by a measure word: a Latin word, a katakana word, or one kanji counter.
_ATTRIBUTE = re.compile(
    r"(?<![A-Za-z\d.,])(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)\s?-?\s?"
    r"(?P<w>[A-Za-z]{1,14}(?![A-Za-z])|[\u30a0-\u30ff]{1,12}|[\u4e00-\u9fff])"
)
#: Words after a number that are no measure of their own: scales, currencies and dates (the
#: quantity grammar and the period grammar read those), times, and function words.
_NOT_ATTRIBUTE = frozenset(
    str.split("""k m b t bn mn tn mln trn thousand thousands million millions billion billions trillion
    trillions percent per pc x times fold year years month months day days week weeks st nd rd th
    and or to of in on at by for from the a an than yen dollars dollar euros euro won yuan
    万 億 兆 千 百 十 年 月 日 円 倍 割 分 時 位 度 回 歳 週 代 号""")
)


def _attributes(text: str) -> list[tuple[_Attribute, int, int]]:
    """The numbers with a measure word in a text, with where each number is."""
    out = []
    for m in _ATTRIBUTE.finditer(text):
        word = m.group("w")
        if word.casefold() in _NOT_ATTRIBUTE:
            continue
        value = float(m.group("n").replace(",", ""))
        out.append((_Attribute(value, word), m.start("n"), m.end("n")))
    return out


def _same_word(a: str, b: str) -> bool:
    """Whether two measure words are the same ("mm" and "MM", "plant" and "plants", ミリ and
    ミリウエハー: katakana by their first two characters)."""
    if a.isascii() and b.isascii():
        x, y = a.casefold(), b.casefold()
        return x == y or x.rstrip("s") == y.rstrip("s")
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0] and len(a) == len(b)
    return a[:2] == b[:2]


def _title_attributes(ev: Event) -> list[_Attribute]:
    out: list[_Attribute] = []
    for title in (ev.title_ja, ev.title_en):
        if title:
            spans = [(p.start, p.end) for p in find_periods(title)]
            out += [a for a, x, y in _attributes(title) if not any(x < e and s < y for s, e in spans)]
    return out


def _attribute_result(
    ctx: _Ctx, ev: Event, numbers: list[ClaimedNumber]
) -> tuple[Result, list[NumberCompared]] | None:
    """Numbers of the claim with a measure word ("a 300 mm wafer plant") against the numbers
    with the same word in the event's titles ("a 200 mm wafer plant"): an attribute of the thing
    that must agree (docs/verdict-rules.md §4.2). None when the titles state no such attribute."""
    st = ctx.st
    found = _title_attributes(ev)
    if not found:
        return None
    claimed = {(x + st.start, y + st.start): a for a, x, y in _attributes(st.span)}
    results: list[Result] = []
    ncs: list[NumberCompared] = []
    for n in numbers:
        attr = next((a for (x, y), a in claimed.items() if x <= n.start < y or n.start <= x < n.end), None)
        if attr is None:
            continue
        same = [f for f in found if _same_word(attr.word, f.word)]
        if not same:
            continue
        best = min(same, key=lambda f: abs(f.value - n.quantity.value))
        results.append(compare_value(n, best.value))
        ncs.append(
            NumberCompared(
                ctx.t("属性", "attribute"), n.quantity.value, n.text, best.value, attr.word, (ev.id,),
                n.comparator, None,
            )
        )
    if not results:
        return None
    return _min_result(results), ncs


#: Words that name a ceiling itself before a figure: "up to £5,000", 「最大2万円」, "a maximum of".
_CEILING_WORDS = re.compile(r"(?i)\s*(?:up to|a maximum of|最大で?)")


def _amount_result(
    ctx: _Ctx, ev: Event, numbers: list[ClaimedNumber]
) -> tuple[Result, list[NumberCompared]] | None:
    amounts: list[tuple[Quantity, str | None]] = [(q, None) for q in _event_amounts(ev)]
    if ev.amount is None:
        # 「1割から2割に引き上げ」: a title with several figures of one unit states each of them; a
        # claimed "from" / "to" is read against the title's own "from" / "to" when it has them
        amounts = _title_quantities(ev, ctx.st.lang) or amounts
    else:
        # "an additional $100 billion, bringing its total planned investment to $165 billion": a
        # second figure of the amount's unit in the title is a figure of the event too
        amounts += [
            (q, role)
            for q, role in _title_quantities(ev, ctx.st.lang)
            if q.unit == ev.amount.unit and abs(q.value - ev.amount.value) > 1e-9 * max(abs(q.value), 1.0)
        ]
    own = _figures_of_named(ctx, ev)
    if own:
        # "from 7.8% (Tesla) through 17.0% (BYD)": a claim about Tesla's duty is checked against
        # the figure the title gives Tesla, not another maker's
        amounts = own
    results: list[Result] = []
    ncs: list[NumberCompared] = []
    rank = {"holds": 0, "partly": 1, "unknown": 2, "fails": 3}
    titled_from = any(role == "from" for _, role in amounts)
    for n in numbers:
        if n.role == "from" and not titled_from and not own:
            before = _level_before_the_event(ctx, ev, n)
            if before is not None:
                # "went up from 49 to 58 euros" on an event of one amount ("rises to 58 euros"):
                # the event states where the change went; the from-figure is the level before it,
                # the measure's value before the event (a linguistic reason: a change has two ends,
                # §4.16), never the event's own amount
                results.append(before[0])
                ncs.append(before[1])
                continue
        if n.comparator == "at_most" and _CEILING_WORDS.match(n.text):
            # "takes up to £5,000 off", 「最大2万円を支給」: what an event gives up to is its ceiling
            # itself, compared as a value (the grant's maximum of £3,750 is not "up to £5,000")
            n = replace(n, comparator="exactly")
        comparable = []
        for q, role in (not own and _figures_of_scope(ctx, ev, n)) or amounts:
            if not same_dimension(ctx.st, n, q.unit, written=q.text):
                continue  # "cut rates three times" against a rate of 3.5 % (§4.14)
            got = to_unit(q.value, q.unit, n.unit, ctx.pack, ev.date.start.year, ctx.lang)
            if got is None or n.unit is None:
                continue
            comparable.append((compare_value(n, got[0], ratio=n.unit == "x"), got, role))
        if n.role in ("from", "to") and any(role == n.role for _, _, role in comparable):
            comparable = [c for c in comparable if c[2] == n.role]
        if not comparable:
            continue
        result, got, _role = min(comparable, key=lambda c: rank[c[0]])
        if result != "holds" and (measured := _figure_of_a_named_measure(ctx, n)) is not None:
            # 「2100年に約6300万人に半減すると推計される人口を8000万人台で食い止める」: the 6300万 is
            # the projection's, a measure the claim names, not the proposal's 8000万
            results.append(measured[0])
            ncs.append(measured[1])
            continue
        if result:
            results.append(result)
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
    if not results:
        return None
    return _min_result(results), ncs


def _level_before_the_event(
    ctx: _Ctx, ev: Event, n: ClaimedNumber
) -> tuple[Result, NumberCompared] | None:
    """The value of the measure the event changed, of the event's own actors, in the last period
    that ends before the event's date: where the change came from. The measure changed is one the
    statement names, or else one of the pack's, whose value in the event's period is the event's
    amount (the level the event set). None when there is no such measure or it has no value before
    the event (then the from-figure is read as before)."""
    if n.unit is None:
        # "from 49 to 58 euros": the unit said once, with the to-figure
        to = next((m for m in ctx.st.numbers if m.role == "to" and m.unit), None)
        if to is None:
            return None
        n = replace(n, quantity=replace(n.quantity, unit=to.unit))
    pack = ctx.pack
    amount = ev.amount
    if amount is None:
        return None
    for mid in [*ctx.st.metrics[:4], *(m for m in pack.metrics if m not in ctx.st.metrics[:4])]:
        for ent in ev.actors:
            ids = ctx.ev.series.get((ent, mid)) or observation_series(pack, [ent], [mid]).get((ent, mid), ())
            at = [
                o for i in ids if (o := pack.observations[i]).value is not None
                and o.period.start <= ev.date.start <= o.period.end
            ]
            set_to = [
                o for o in at
                if o.value is not None
                and (g := to_unit(o.value.value, o.unit, amount.unit, pack, o.period.start.year))
                and abs(g[0] - amount.value) <= 1e-9 * max(abs(amount.value), 1.0)
            ]
            if not set_to:
                continue  # not the measure the event set
            earlier = [
                pack.observations[i] for i in ids
                if pack.observations[i].value is not None and pack.observations[i].period.end < ev.date.start
            ]
            if not earlier:
                continue
            o = max(earlier, key=lambda x: x.period.end)
            assert o.value is not None
            if not same_dimension(ctx.st, n, o.unit, written=o.value.text):
                continue
            got = to_unit(o.value.value, o.unit, n.unit, pack, o.period.start.year, ctx.lang)
            if got is None:
                continue
            label = ctx.t(f"{ctx.ename(ent)} {ctx.mname(mid)}（{ctx.ptext(o.period)}）",
                          f"{ctx.ename(ent)} {ctx.mname(mid)} ({ctx.ptext(o.period)})")
            nc = NumberCompared(
                label, n.quantity.value, n.text, got[0], n.unit, (o.id,), n.comparator, got[1] or None
            )
            return compare_value(n, got[0]), nc
    return None


def _figure_of_a_named_measure(ctx: _Ctx, n: ClaimedNumber) -> tuple[Result, NumberCompared] | None:
    """A claimed figure that is not the event's but a value of a measure the statement names at a
    period it names: the pack's observation of that measure and period (any entity) that the
    figure holds against (docs/verdict-rules.md §4.2; a linguistic reason: several figures in
    one claim each have their own referent). None when there is no such observation."""
    st, pack = ctx.st, ctx.pack
    periods = [p.period for p in st.periods]
    if not periods or n.unit is None:
        return None
    for hit in ctx.index.find_metrics(st.span, every=True):
        for oid in ctx.index.observations(metric=hit.id)[:500]:
            o = pack.observations[oid]
            if o.value is None or not any(p.overlaps(o.period) for p in periods):
                continue
            got = to_unit(o.value.value, o.unit, n.unit, pack, o.period.start.year, ctx.lang)
            if got is None or compare_value(n, got[0]) != "holds":
                continue
            label = f"{ctx.ename(o.entity)} {ctx.mname(o.metric)}"
            nc = NumberCompared(label, n.quantity.value, n.text, got[0], n.unit, (o.id,), n.comparator, None)
            return "holds", nc
    return None


def _figures_of_named(ctx: _Ctx, ev: Event) -> list[tuple[Quantity, str | None]]:
    """The title figures that the title labels with an entity the statement names: a name in
    brackets right after the figure ("7.8% (Tesla)", 「7.8%（テスラ）」) or right before it
    (「テスラ7.8%」). A label says whose figure it is; the statement names the entity by any of its
    names, a plural included ("China-made Teslas"). Empty when no labelled figure is the named
    entity's (then every figure of the event counts, §4.2)."""
    # the claim's language first, whatever language the diagnosis is written in
    titles = [ev.title_ja, ev.title_en] if ctx.st.lang == "ja" else [ev.title_en, ev.title_ja]
    span = ctx.st.span
    for title in titles:
        if not title:
            continue
        labelled: list[tuple[Quantity, str]] = []
        for m in find_quantities(title):
            if not m.quantity.unit:
                continue
            label = _figure_label(ctx, ev, title, m.start, m.end)
            if label is not None:
                labelled.append((m.quantity, label))
        if len({e for _, e in labelled}) < 2:
            continue  # one labelled figure is no list of whose is which
        named = {e for _, e in labelled if e in ctx.st.entities or _names_in(ctx, e, span)}
        if named:
            return [(q, None) for q, e in labelled if e in named]
    return []


def _figures_of_scope(ctx: _Ctx, ev: Event, n: ClaimedNumber) -> list[tuple[Quantity, str | None]]:
    """The title figure whose own scope words the claimed figure's own scope says, when the title
    gives two or more figures of one unit each with its scope ("at least 5% overall and at least
    6% at small unions", 「全体で5%以上、中小で6%以上」): in English the words after a figure, in
    Japanese those before it, up to the next clause or figure. A claimed "6% pay rises overall"
    is the overall figure's (§4.2; a linguistic reason: a figure's qualifiers are its own). Empty
    when the claimed figure's scope names none of them, or more than one."""
    at = ctx.st.span.find(n.text)  # (a number's offsets are the claim's, not its statement's)
    said_scope = word_keys(_scope_of(ctx.st.span, at, at + len(n.text), [])) if at >= 0 else frozenset()
    if not said_scope:
        return []
    for title in (ev.title_ja, ev.title_en):
        if not title:
            continue
        found = [m for m in find_quantities(title) if m.quantity.unit]
        if len(found) < 2 or len({m.quantity.unit for m in found}) != 1:
            continue
        if any(
            title.startswith("から", m.end) or _FROM_BEFORE.search(title[: m.start]) for m in found
        ):
            # 「出国税を1000円から3000円に」: the two ends of one change, not figures of two scopes
            continue
        spans = [(m.start, m.end) for m in found]
        scopes = [word_keys(_scope_of(title, m.start, m.end, spans)) for m in found]
        shared = frozenset.intersection(*scopes)
        said = [m for m, k in zip(found, scopes, strict=True) if (k - shared) & said_scope]
        if len(said) == 1:
            return [(said[0].quantity, None)]
    return []


#: Where the words of a figure's scope end: the next clause or list item
_SCOPE_END = re.compile(r"(?i)[,;:、，。：（(]|\s(?:and|or|but|while|with)\s|\d")


def _scope_of(text: str, start: int, end: int, figures: list[tuple[int, int]]) -> str:
    """The words that qualify the figure at ``start:end``: in Japanese those before it back to the
    previous figure or clause, in English those after it up to the next figure or clause."""
    if has_japanese(text):
        before = text[max((e for _, e in figures if e <= start), default=0) : start]
        cuts = list(_SCOPE_END.finditer(before))
        return before[cuts[-1].end() :] if cuts else before
    after = text[end : min((s for s, _ in figures if s >= end), default=len(text))]
    cut = _SCOPE_END.search(after)
    return after[: cut.start()] if cut else after


def _figure_label(ctx: _Ctx, ev: Event, title: str, start: int, end: int) -> str | None:
    """The actor of the event whose name labels the figure at ``start:end`` of the title."""
    after = re.match(r"\s*[（(]([^）)]{1,40})[）)]", title[end:])
    before = title[max(0, start - 30) : start]
    for eid in ev.actors:
        ent = ctx.pack.entities.get(eid)
        if ent is None:
            continue
        for name in ent.names:
            if not name:
                continue
            if after and after.group(1).strip().casefold() == name.casefold():
                return eid
            if before.casefold().rstrip(" ").endswith(name.casefold()):
                return eid
    return None


def _names_in(ctx: _Ctx, entity_id: str, text: str) -> bool:
    """Whether ``text`` names the entity by one of its names (Latin names on word boundaries, a
    plural or possessive allowed: "Teslas", "Tesla's")."""
    ent = ctx.pack.entities.get(entity_id)
    if ent is None:
        return False
    for name in ent.names:
        if not name or len(name) < 2:
            continue
        if name.isascii():
            if re.search(rf"(?i)(?<![\w-]){re.escape(name)}(?:s|'s|’s)?(?![\w-])", text):
                return True
        elif name in text:
            return True
    return False


def _title_quantities(ev: Event, lang: str) -> list[tuple[Quantity, str | None]]:
    """Every quantity with a unit that an event's title states, with its role in a change the
    title tells ("from 10% to 20%", 「1割から2割に」): the claim's language first."""
    titles = [ev.title_ja, ev.title_en] if lang == "ja" else [ev.title_en, ev.title_ja]
    for title in titles:
        if not title:
            continue
        found = [
            ClaimedNumber(m.quantity, "exactly", m.text, m.start, m.end)
            for m in find_quantities(title)
            if m.quantity.unit
        ]
        if found:
            return [(n.quantity, n.role) for n in number_roles(title, found)]
    return []


#: Two reports of one fact disagree on its date by at most this many days (three years: the
#: bundled pack's two sources date ABCI 3.0's start 15 months apart, one fact)
_SAME_FACT_DAYS = 3 * 366


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
        if _amends(ev) != _amends(other):
            continue  # 「改正空家法が施行」 is another act than 「空家法が全面施行」: the amendment's
        acts_a, acts_b = _acts(ev), _acts(other)
        if acts_a and acts_b and acts_a.isdisjoint(acts_b):
            continue  # "panel established" and "panel finds … breaches": two acts, two facts
        stages_a, stages_b = _stages(ev), _stages(other)
        if stages_a and stages_b and stages_a.isdisjoint(stages_b):
            continue  # 「買収で合意」 and 「買収を完了」: two stages of one act, two facts (§4.15)
        date_differs = other.date.text != ev.date.text
        if days_from(ev.date, other.date) > _SAME_FACT_DAYS:
            # 「NISA開始」 (2014) and 「新NISA開始」 (2024): sources that disagree on a date disagree
            # by days, months, a year or so; the same act a decade apart is another act
            continue
        # an amount on one report and none on the other is a difference too: two facts
        amount_differs = (ev.amount is None) != (other.amount is None) or bool(
            ev.amount
            and other.amount
            and (ev.amount.value, ev.amount.unit) != (other.amount.value, other.amount.unit)
        )
        if date_differs != amount_differs:
            out.append(other)
    return out


#: The words of an amendment of a law or a plan (改正空家法, "the amended Act"): a new act, not
#: another report of the original one
_AMENDED = re.compile(r"改正|改定|改訂|(?i:\bamend(?:ed|ment|s)?\b|\brevised\b|\brevision\b)")


def _acts(ev: Event) -> frozenset[str]:
    """The acts an event's titles name, by the event verbs of the lexicon (establish, rule …)."""
    titles = " ".join(t for t in (ev.title_ja, ev.title_en) if t)
    return frozenset(v for v, (cue, _kinds) in lx.EVENT_VERBS.items() if lx.has(cue, titles))


def _stages(ev: Event) -> frozenset[str]:
    """The stages of an act an event's titles say it reached (completed, agreed: lexicon.act_stage)."""
    return frozenset(st for t in (ev.title_ja, ev.title_en) if t and (st := lx.act_stage(t)) is not None)


def _amends(ev: Event) -> bool:
    return any(_AMENDED.search(t) for t in (ev.title_ja, ev.title_en) if t)


def _nearly_as_good(
    scored: list[EventCandidate], best: EventCandidate, keep: Callable[[str], bool], pack: Pack, lang: str
) -> EventCandidate:
    """The first candidate after ``best`` that matches about as well (OTHER_WAY_PREFERENCE), is of
    the same plan-ness and whose title (in ``lang``) ``keep`` accepts; ``best`` when none is."""
    return next(
        (
            c for c in scored[1:]
            if c.relevance >= OTHER_WAY_PREFERENCE * best.relevance
            and c.plan == best.plan
            and keep(pack.events[c.id].title(lang))
        ),
        best,
    )


def _latest_alike(ctx: _Ctx, ev: Event) -> Event:
    """The latest candidate event of the same kind as ``ev`` sharing an actor with it, dated by
    the claim's date (when it has one); ``ev`` itself when none is later."""
    as_of = ctx.as_of
    alike = [
        e
        for c in ctx.ev.events
        if (e := ctx.pack.events[c.id]).kind.casefold() == ev.kind.casefold()
        and set(e.actors) & set(ev.actors)
        and e.date.start > ev.date.start
        and (as_of is None or e.date.start <= as_of.end)
        # "the Eastport furnace is still running": the latest of this unit, not a halt of another
        # unit of the same owner (review R5)
        and (not lx.running_side(ctx.st.span) or lx.same_running_unit(ctx.st.span, e.title(ctx.lang)))
    ]
    return max(alike, key=lambda e: e.sort_key) if alike else ev


def _stated_before(ctx: _Ctx, ev: Event, numbers: list[ClaimedNumber]) -> tuple[Event, float] | None:
    """An earlier candidate event sharing an actor with ``ev`` whose amounts the claimed numbers
    hold for, the latest first, with the credit of a figure right once and out of date now: half
    true (events of other kinds come between a plan and its revision, so unlike a series of
    values, how old the figure is is not counted)."""
    actors = set(ev.actors)
    earlier = sorted(
        (ctx.pack.events[c.id] for c in ctx.ev.events if c.id != ev.id),
        key=lambda e: e.sort_key,
        reverse=True,
    )
    earlier = [e for e in earlier if e.date.end < ev.date.start and actors & set(e.actors)]
    for e in earlier:
        got = _amount_result(ctx, e, numbers)
        if got is not None and got[0] == "holds":
            return e, STALE_CREDIT_PREVIOUS
    return None


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


def _names_no_one(st: Statement) -> bool:
    """Whether the statement names no actor and no object of an act: no entity (its own or carried
    from the clause before), group, style or name the pack does not hold, no period, and at most
    one word of its own, the act's ("blocks", "agrees", 「阻止した」; in English every word of the
    clause is counted, a measure's name or a multiple too: "Remittances have doubled" names what
    doubled; a linguistic reason: an act is someone's, done to something, and the verb alone names
    neither; review R24)."""
    if st.entities or st.group or st.styles or st.unknown_names or st.periods:
        return False
    if st.lang == "ja":
        # the one word is the act's when the clause has a verb (「阻止した」), not a noun alone
        # (「手紙と同じように」 names what is compared)
        return len(st.keys) <= 1 and any(t.pos == "動詞" for t in tokenize(st.span))
    return len(word_keys(st.span) - _LIGHT_WORDS_EN) <= 1


def _person_left_out(ctx: _Ctx, ev: Event) -> str | None:
    """The name of a person the statement names beside another one, when the event involves
    only the other: "Yakubu worked under Wike as head of TETFund" speaks of a relation between
    two people, and "Yakubu becomes head of TETFund" (Wike no actor, not in its title) shows one
    of them acting, not the relation (a stated reason: an event of one person says nothing of
    what that person was to another). Dev: realworld dubawa-2023-amaechi amaechi_under_wike."""
    entities = ctx.pack.entities
    people = [e for e in ctx.st.entities if (ent := entities.get(e)) is not None and ent.kind == "person"]
    if len(people) < 2 or not any(p in ev.actors for p in people):
        return None
    keys = ctx.lookup.event_keys(ev.id)
    for p in people:
        if p in ev.actors:
            continue
        ent = ctx.pack.entities[p]
        if not any((nk := word_keys(n)) and nk <= keys for n in ent.names):
            return ent.name(ctx.lang)
    return None


@dataclass(slots=True)
class _Detail:
    """One claimed detail of an event statement (its date or its amount) and what it gives."""

    name: str  # date or amount
    result: Result
    reason: str
    numbers: list[NumberCompared]
    evidence: list[str]
    conflicts: list[Conflict]
    credit: float | None = None  # how much of a partly result holds (None: the usual 0.75)


def announces_the_plan(st: Statement, ev: Event) -> bool:
    """"Lecornu announced that the reform would be suspended", 「首相は改革の停止を表明した」 against
    a plan event titled with its announcement ("… announces he will propose suspending …",
    「…停止を表明」): the claim says the announcement happened, which the event is, not that the
    plan was carried out (a linguistic reason: what is announced is the announcement's content;
    docs/verdict-rules.md §4.15; blind round 7d fr-pensions lecornu-suspend)."""
    announce = lx.EVENT_VERBS["announce"][0]
    if not lx.has(announce, " ".join((ev.title("ja"), ev.title("en")))):
        return False
    for hit in lx.find(announce, st.span):
        # what is announced is still to come ("would be suspended", 「停止を表明」), not said done
        # (「完成したと発表」, "announced it had finished")
        if _PLAN_CONTENT_EN.search(st.span, hit.end) or (
            hit.text[0] > "\u3000" and not _DONE_CONTENT_JA.search(st.span, 0, hit.start)
        ):
            return True
    return False


def forecast_said(span: str) -> bool:
    """Whether a statement says what will happen as fact ("DB will get punctuality back to 80% by
    2028", 「…は半減する見通しだ」), not that an actor aims, plans or promised it ("has pledged to",
    「…を目指す」): a goal reached or missed is the measure of what will happen ("will hit its
    target", 「目標を達成する見通し」), not an aim said."""
    if not lx.has(lx.FORECAST_SAID, span):
        return False
    return not lx.has(lx.INTENT, lx.REACHES_A_GOAL.sub(" ", span))


#: a Japanese predicate said as done (「…した」「…だった」「…ました」), closing the statement
PAST_END_JA = re.compile(r"(?:た|だ|でした)[。．.!！]?\s*$")


def _forecast_ahead(ctx: _Ctx, ev: Event) -> bool:
    """Whether the statement forecasts what will happen after the claim's date (「…を超えるだろう」,
    "will exceed", or a non-past 「2027年に…を確実に達成する」 of a year after it): a plan or target
    of the pack does not refute it, the future is not yet known (a linguistic reason: a forecast
    asserts nothing about the time it is said in; blind round 28b jp-games switch2-jp-10m-2026,
    round 28c nato-defence uk-2-5-certain-ja). Not a decision's title (what is decided is what will
    be), nor a statement of an aim ("has pledged to", 「目指す」): those have their own rules."""
    st, claim = ctx.st, ctx.claim
    if claim is None or not claim.dated or claim.as_of is None:
        return False
    if any(lx.has(lx.DECISION_ACT, t) for t in (ev.title_ja, ev.title_en) if t):
        return False
    ahead = bool(st.periods) and all(p.period.start > claim.as_of.end for p in st.periods)
    if forecast_said(st.span):
        # (「今年中に…超えるだろう」: a period still running when it is said is ahead too)
        return all(p.period.end > claim.as_of.end for p in st.periods)
    if st.lang != "ja" or not ahead or PAST_END_JA.search(st.span):
        return False
    return not lx.has(lx.INTENT, st.span)


def decides_the_plan(st: Statement, ev: Event) -> bool:
    """"Ofwat signed off £104bn … in its final determinations", 「…計画を閣議決定した」 against a plan
    event whose title names the decision ("final determinations allow £104bn", "£12bn allocated",
    「…を閣議決定」): the statement says the plan was decided, which is done on the event's date
    whatever the plan decides lies ahead (a linguistic reason: to approve, sign off or allot is an
    act complete when performed; docs/verdict-rules.md §4.3 "The act and the content"). Not a
    statement that says the plan was achieved or missed, nor a decision the title does not name
    (a plan only proposed is no plan approved)."""
    if not lx.has(lx.DECISION_ACT, st.span) or lx.has(lx.ACHIEVED, st.span) or "missed" in st.cues:
        return False
    return any(lx.has(lx.DECISION_ACT, t) for t in (ev.title("ja"), ev.title("en")) if t)


def decides_later(ev: Event) -> bool:
    """Whether an event, done (no plan), decides what happens after it: its title names a decision
    (lexicon.DECISION_ACT: enacted, approved, 閣議決定, 法が成立) and a period after its own date
    ("Amended law enacted: allowance … to 10% in January 2031"). Such an event states a content
    for that period, not someone's intent (docs/verdict-rules.md §4.3 "The act and the content")."""
    if ev.kind.lower() in lx.PLAN_EVENT_KINDS:
        return False
    for title in (normalize(t) for t in (ev.title_ja, ev.title_en) if t):
        if lx.has(lx.DECISION_ACT, title) and any(m.period.start > ev.date.end for m in find_periods(title)):
            return True
    return False


#: A period of what a decision decides, not of the act: "for 2025 to 2030", "by 2030", "until",
#: 「2030年までに」「2025〜30年の」 (the period after a preposition of purpose or of a deadline, or
#: either end of a range)
_CONTENT_BEFORE = re.compile(r"(?i)\b(?:for|by|until|till|through|to|over|from|between)\s+(?:the\s+)?$")
#: ("to" only before another period: "2025 to 2030", not "agreed in June 2025 to spend …")
_CONTENT_AFTER = re.compile(
    r"\s*(?:年度?\s*)?(?:まで|から|〜|～|~|-|–|年間|の間"
    r"|(?i:(?:to|through|until)\s+(?=\d|(?:the\s+)?end\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d)))"
)


_RANGE_BETWEEN = re.compile(r"(?i)\s*(?:to|through|until|till|-|–|〜|～|~|から)\s*")
#: A span of years written with the second shortened or whole: "2025-30", 「2025〜2030年」
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:-|–|〜|～|~|to)\s*((?:19|20)?\d\d)(?![\d.%])")


#: A verb of committing to something ahead: to agree, pledge, promise, vow, commit, decide, set a
#: target (合意, 約束, 公約, 表明, 決定, 目標に掲げる). 目標 is a verb's only as the target set (目標に,
#: 目標と, 目標を掲げ／設定し): 「目標を達成した」 says a target reached, a past fact, no commitment.
_COMMITS = re.compile(
    r"合意|約束|公約|誓|表明|決定|決め|目標(?=に|と|を(?:掲げ|設定|定め|立て|打ち出))|目指"
    r"|(?i:\b(?:agree[sd]?|agreeing|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)"
    r"|vow(?:s|ed|ing)?|commit(?:s|ted|ting)?|decid(?:e|es|ed|ing)|resolv(?:e|es|ed|ing)"
    r"|set(?:s|ting)?\s+(?:a|the|an)\s+(?:\w+\s+)?(?:target|goal))\b)"
)
#: The verbs of committing that look ahead by their sense (to pledge, promise, vow, aim, set a target):
#: a deadline said with them is what is promised; after the others (agree, decide, 合意, 決定) it is
#: the content's only when a clause of content stands between (below)
_COMMITS_AHEAD = re.compile(
    r"約束|公約|誓|目標|目指|(?i:\b(?:pledg|promis|vow|commit|set))"
)
#: A clause of content between a deadline and the verb of committing: a verb and こと／と／よう／方針
#: (「2035年までに…充てることで合意」「2030年までに撤退すると表明」「全廃する方針を決定」)
_CONTENT_CLAUSE_JA = re.compile(r"(?:る|す|く|ぐ|む|ぶ|つ|う|ぬ|ない)(?:こと|と|よう|方針|計画|目標)")
#: … or, in English, after the verb: "agreed to spend 5% by 2035", "decided that it would close … by 2030"
_CONTENT_CLAUSE_EN = re.compile(r"(?i)\b(?:to\s+[a-z]+|that)\b")
#: A deadline after its period: 「2035年までに」「2035年度末までに」「2035年を目標に」「2035年を期限に」
_DEADLINE_AFTER = re.compile(r"\s*(?:年度?\s*)?(?:末)?(?:までに|を(?:目標|目途|めど|期限)(?:に|と))")
#: A deadline before its period: "by 2035", "by the end of 2035", "no later than 2035"
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:by|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?$")


def deadline_of_a_commitment(st: Statement) -> bool:
    """Whether a statement of an act of committing ("agreed", 「合意した」, "pledged") names a
    deadline ("by 2035", 「2035年までに」, 「2035年を目標に」) of what is committed to: the deadline is
    the date of the content, not of the act of committing (a linguistic reason: the deadline
    modifies the verb of the content, 「5%に引き上げる」 or "to reach 5%", not 合意した; blind round 28c
    nato-defence hague-5pct-ja read 2035 as the summit's date). The act's date is then another
    period of the sentence, checked against the event's date (``_decision_dates``).

    The deadline is the content's only where the content holds it: in English after the verb, and
    after an act verb (agree, decide) inside a "to …" / "that …" clause; in Japanese before a clause of
    content ending in こと／と／よう (「…充てることで合意」) unless the verb looks ahead itself
    (約束, 目指す). "By 2023, Acme had decided to close …", "agreed a trade pact by 2022",
    「2022年までに貿易協定に合意した」 say when the act was done: no deadline (a past act "by" a time
    is dated by it)."""
    commits = list(_COMMITS.finditer(st.span))
    if not commits:
        return False
    for p in st.periods:
        if p.role is not None:
            continue
        at = st.span.find(p.text)
        if at < 0:
            continue
        end = at + len(p.text)
        if _DEADLINE_AFTER.match(st.span, end):
            after = [c for c in commits if c.start() >= end]
            if any(
                _COMMITS_AHEAD.match(c.group(0)) or _CONTENT_CLAUSE_JA.search(st.span, end, c.start())
                for c in after
            ):
                return True
        elif _DEADLINE_BEFORE.search(st.span[max(0, at - 24) : at]):
            before = [c for c in commits if c.end() <= at]
            if any(
                _COMMITS_AHEAD.match(c.group(0)) or _CONTENT_CLAUSE_EN.search(st.span, c.end(), at)
                for c in before
            ):
                return True
    return False


#: 「2023年までに」「2023年末までに」: a period said as the latest time of a done act
_BY_AFTER_JA = re.compile(r"\s*(?:年度?\s*)?(?:末)?までに")


#: A done act: a past or perfect verb in English, a past predicate closing a Japanese statement
_DONE_EN = re.compile(r"(?i)\b(?:had|has|have|was|were|did)\b|\b[a-z]{2,}ed\b")
_DONE_JA = re.compile(r"(?:た|だった)[\s。．.！!]*$")
#: … not one still to come: "on track to finish by April", "is scheduled to", 「…する予定だった」
_NOT_DONE = re.compile(
    r"(?i)\b(?:will|would|shall|should|going\s+to|scheduled|expected|due\s+to|set\s+to|on\s+(?:track|schedule"
    r"|course)|plans?|planned|aims?|aimed|intends?|intended|to\s+be)\b|予定|見通し|見込み|計画|方針|目指"
)


def _said_as_a_bound(st: Statement, period: Period) -> bool:
    """Whether the statement's period is said as the latest time of a done act: "had decided … by
    2023", "by 2035, the allies agreed", 「2023年までに…合意した」 (a past act "by" a time happened then
    or before it). Not an act still to come ("is on track to finish by the end of April 2026": its
    date is graded as the date said)."""
    done = _DONE_JA.search(st.span) if st.lang == "ja" else _DONE_EN.search(st.span)
    if not done or _NOT_DONE.search(st.span):
        return False
    for p in st.periods:
        if p.period != period or p.role is not None:
            continue
        at = st.span.find(p.text)
        if at >= 0 and (
            _BY_AFTER_JA.match(st.span, at + len(p.text))
            or _DEADLINE_BEFORE.search(st.span[max(0, at - 24) : at])
        ):
            return True
    return False


def _year_ranges(text: str) -> list[Period]:
    """The spans of years a text writes ("2025-30", 「2025〜2030年」), which ``find_periods`` reads as
    their first year (or a fiscal year) only."""
    out = []
    for m in _YEAR_RANGE.finditer(text):
        first, second = int(m.group(1)), m.group(2)
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if first < last <= first + 50:
            out.append(Period(date(first, 1, 1), date(last, 12, 31), "year", f"{first}-{last}"))
    return out


def _decision_dates(ctx: _Ctx, ev: Event) -> list[_Detail]:
    """The dates of a statement that a plan was decided: a period said of the act (no preposition
    of purpose or deadline before it, 「昨年12月に」, "last December") graded against the event's date
    as a dated event's (§4.2); a period of what it decides ("for 2025 to 2030", "by 2030") against
    the periods the plan's title or note name, within the precision the claim gives (a year for
    "by January 2031" is one step off: partly), unchecked when the plan names none."""
    st = ctx.st
    details: list[_Detail] = []
    named = [
        q
        for t in (ev.title_ja, ev.title_en, ev.note)
        if t
        for q in [m.period for m in find_periods(normalize(t))] + _year_ranges(normalize(t))
    ]
    said = [p for p in st.periods if p.role is None]
    joined: set[int] = set()
    for i, p in enumerate(said):
        if i in joined:
            continue
        at = st.span.find(p.text)
        content = at >= 0 and (
            bool(_CONTENT_BEFORE.search(st.span[max(0, at - 12) : at]))
            or bool(_CONTENT_AFTER.match(st.span, at + len(p.text)))
        )
        period = p.period
        if content and i + 1 < len(said):
            nxt = said[i + 1]
            at2 = st.span.find(nxt.text, at + len(p.text))
            if at2 >= 0 and _RANGE_BETWEEN.fullmatch(st.span[at + len(p.text) : at2]):
                # "for 2025 to 2030": one period of what is decided, both ends said
                period = Period(p.period.start, nxt.period.end, "year", f"{p.text}-{nxt.text}")
                joined.add(i + 1)
                p = replace(p, text=st.span[at : at2 + len(nxt.text)])
        if content and not named:
            # a period of what was decided that the plan's title and note do not name: the pack
            # cannot confirm it, and an unchecked deadline is no silent pass ("agreed to spend 5% by
            # 2040" against a summit whose 2035 is not written in it)
            details.append(
                _Detail(
                    "date",
                    "unknown",
                    ctx.t(
                        f"時期: 主張の{p.text}（計画の内容の時期）はパックの出来事に書かれていない。",
                        f"Date: the claimed {p.text} (the period of what was decided) is not in the pack's "
                        "event.",
                    ),
                    [],
                    [ev.id],
                    [],
                )
            )
            continue
        if content:
            found = min(named, key=lambda q: (_ORDER_PERIOD[compare_period(period, q)], q.start))
            result: Result = compare_period(period, found)
            credit = None
            shown = found
        else:
            result, credit = grade_date(p.period, ev.date)
            shown = ev.date
        why = ctx.t(
            f"時期: 主張は{p.text}、パックは{ctx.ptext(shown)}"
            + ("（計画の内容の時期）。" if content else "（決定の日付）。"),
            f"Date: claimed {p.text}, the pack has {shown.text}"
            + (" (the period of what was decided)." if content else " (the date of the decision)."),
        )
        details.append(_Detail("date", result, why, [], [ev.id], [], credit))
    return details


#: The content of an announcement still to come: "announced that it would / will / plans to …"
_PLAN_CONTENT_EN = re.compile(r"(?i)\b(?:would|will|(?:plans?|intends?|aims?|is set|are set) to|to be)\b")
#: 「…したと発表」「…だと表明」: an announcement of something said done
_DONE_CONTENT_JA = re.compile(r"(?:た|だ)と$")


#: A change negated with "even once" or "never": "has not raised interest rates even once since 2007",
#: "has never fallen since 2020", 「2007年以降一度も上がっていない」 (the bound words are never_past_since's)
NOT_ONCE = re.compile(
    r"(?i:\b(?:not|n't)\b[^.;]{0,40}?\b(?:even once|once|a single time)\b(?!,?\s+but\b)|\bnever\b)"
    r"|一度も(?![^、。]{0,20}?(?:下回|割り込|割っ|を切|上回|超え))[^、。]{0,20}?"
    r"(?:ていない|ていません|なかった|ことがない|ことはない|ことがなかった|ことはなかった)"
)


#: "never risen so fast", "never been higher", 「これほど下がったことはない」「初めて」: a never of a
#: size or a record, not of a step
_NEVER_SO = re.compile(
    r"(?i:\bnever\b[^.;,]{0,30}?\b(?:so|as|this|that|before|again|[a-z]+er)\b)"
    r"|ほど|これまで|初めて|ぶり|以上|以下|未満"
)
_RECORD_CUES = frozenset({"sup_record", "sup_max", "sup_min", "sup_first", "exceed", "trail", "equal"})


def never_a_step(st: Statement) -> bool:
    """A change said never to have happened over a window ("has never fallen since …", 「…以来一度も
    下がったことがない」, "has not raised rates even once since 2007"): one way, a not-once word,
    at most one start of the window; with no dated start, not a never of a size or a record
    ("has never risen so fast", 「これほど上がったことはない」)."""
    since = [p for p in st.periods if p.role == "since"]
    # the never of a side clause ("risen, but never enough") is not the step's (clause_of_the_statement)
    own = clause_of_the_statement(st.span)
    if len(st.cues & {"up", "down"}) != 1 or not NOT_ONCE.search(own) or len(since) > 1:
        return False
    return bool(since) or not (st.periods or _NEVER_SO.search(st.span) or st.cues & _RECORD_CUES)


#: How much of a statement with no measure an event's title must cover to be a step of its thing
STEP_EVENT_COVERAGE = 0.5


def a_step_the_way_said(ctx: _Ctx, start: date | None) -> Finding | None:
    """A never-a-step statement refuted by an event: a candidate event, done (no plan), dated
    inside the window (from ``start``, when the window has a dated start, to the claim's date),
    whose title says a change the statement's way (「…が制度開始以来初めて前年度から値下がり」 against
    「一度も下がったことがない」) and names the statement's measure (with no measure: covers half of
    its words): one such step is enough (§4.15)."""
    metrics = [ctx.pack.metrics[m] for m in ctx.st.metrics[:1] if m in ctx.pack.metrics]
    names = [n.casefold() for m in metrics for n in m.names]
    for c in ctx.ev.events:
        ev = ctx.pack.events[c.id]
        if c.plan or not title_goes_the_same_way(ctx.st, ev):
            continue
        titles = " ".join(t for t in (ev.title_ja, ev.title_en) if t).casefold()
        if not (any(n in titles for n in names) if names else c.coverage >= STEP_EVENT_COVERAGE):
            continue  # a step of another thing: the event must name the statement's measure
        late = ctx.as_of is not None and ev.date.start > ctx.as_of.end
        if late or (start is not None and ev.date.start < start):
            continue
        return Finding(
            "fails",
            ctx.t(
                f"期間中にその向きの動きがあった: 「{ev.title('ja')}」（{ctx.ptext(ev.date)}）。",
                f"It did move that way in the window: '{ev.title('en')}' ({ctx.ptext(ev.date)}).",
            ),
            [ev.id],
            kind="event",
            reads_negation=True,
        )
    return None


#: How long a state lasted: "for two years", "for six months", 「2年間」「3か月間」「半年間」 (a count of
#: a unit of time with for / 間: a duration, not a date)
_LASTED = re.compile(
    r"(?i:\bfor\s+(?P<eq>(?:about|around|nearly|almost|over|more than)\s+)?"
    r"(?P<en>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"
    r"\s+(?:full\s+)?(?P<eu>years?|months?|weeks?|days?|decades?)\b)"
    r"|(?P<ja>\d+|[一二三四五六七八九十半]+)(?P<ju>年間|か月間|カ月間|ヶ月間|ヵ月間|週間|日間)"
)
#: How long a state lasted, said with a verb of lasting: 「1カ月以上も続いた」「3年にわたって」「2週間近く
#: 継続した」, "lasted more than a month", "went on for 15 days", "ran for about two weeks" (a linguistic
#: reason: the length is the complement of the verb of lasting, so it is the claim's figure, not a
#: window that dates it). Not 「2年続けて」 (a run of periods: 続け) nor a year (「2024年も続いた」: the
#: number of a bare 年 has at most two digits)
_LASTED_VERB = re.compile(
    r"(?<![\d.,])(?P<ja>\d{1,3}(?:\.\d+)?|[一二三四五六七八九十半]+)\s?"
    r"(?P<ju>か月間?|カ月間?|ヶ月間?|ヵ月間?|箇月間?|週間|日間?|(?<![\d.,]\d\d\d)年間?)"
    r"(?P<jq>以上|超|近く|余り|あまり|弱|強|ほど|程度|足らず|未満)?\s?も?\s?(?:の間\s?)?"
    r"(?:続(?!け|落|伸|騰|増|減|投|発)|継続|にわた|に及)"
    r"|(?i:\b(?:(?:lasted|lasts|lasting)(?:\s+for)?|(?:went|goes|go|ran|runs|continued)\s+(?:on\s+)?for)\s+"
    r"(?P<eq>(?:about|around|roughly|nearly|almost|over|more than|less than|under|just over|just under)\s+)?"
    r"(?P<en>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?:full\s+)?(?P<eu>years?|months?|weeks?|days?|decades?)\b)"
)
#: "for seven months in a row", 「3年間連続」: a run of steps, not how long a state lasted; 「最大3年間」,
#: "for up to three years": a bound of a term a rule sets, not a duration that happened
_RUN_OR_BOUND = re.compile(
    r"(?i:\bin\s+a\s+row\b|\bstraight\b|\bconsecutive\b|\brunning\b|\bup\s+to\b|\bat\s+most\b)"
    r"|連続|最大|最長|以内|まで"
)
_UNIT_JA = {"年": "year", "か月": "month", "カ月": "month", "ヶ月": "month", "ヵ月": "month", "箇月": "month",
            "週": "week", "日": "day"}
_UNIT_WORD_JA = {"day": "日", "week": "週間", "month": "か月", "year": "年", "decade": "0年単位"}
#: a unit of time in days (a month and a year on average)
_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "decade": 3652.5}
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "半": 0.5}
_KANJI_DIGITS = "〇一二三四五六七八九"
#: the comparator of a length's hedge: 「1カ月以上」 "more than a month" (at least / more), 「2週間近く」
#: "nearly two weeks" (a little below), 「1カ月足らず」 "less than a month"
_LASTED_COMPARATORS = {
    "以上": "at_least", "超": "more_than", "over": "more_than", "more than": "more_than",
    "just over": "more_than", "近く": "less_than", "nearly": "less_than", "almost": "less_than",
    "弱": "less_than", "足らず": "less_than", "未満": "less_than", "less than": "less_than",
    "under": "less_than", "just under": "less_than", "強": "more_than", "余り": "more_than",
    "あまり": "more_than",
}
#: hedges that say the length is rounded or a little off it (an approximate figure)
_LASTED_APPROX = frozenset({
    "about", "around", "roughly", "ほど", "程度", "近く", "nearly", "almost", "弱", "強", "余り", "あまり",
    "just over", "just under",
})


@dataclass(frozen=True)
class _Lasted:
    """A length of time a statement says something lasted: its words, its value in ``unit``."""

    text: str
    value: float
    unit: str  # day, week, month, year, decade
    comparator: str
    approx: bool


def _count(word: str) -> float | None:
    if word[0].isdigit():
        return float(word)
    if word.lower() in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[word.lower()])
    if word == "十":
        return 10.0
    if all(ch in _KANJI_DIGITS or ch == "十" for ch in word):
        head, _, tail = word.partition("十")
        if "十" not in word:
            return float(_KANJI_DIGITS.index(word)) if len(word) == 1 else None
        tens = _KANJI_DIGITS.index(head) if head else 1
        return float(tens * 10 + (_KANJI_DIGITS.index(tail) if tail else 0))
    return None


def lasted_said(st: Statement, verb_only: bool = False) -> _Lasted | None:
    """The length of time a statement says a state lasted ("froze bills at £2,500 for two years",
    「2年間凍結した」, 「1カ月以上も続いた」, "lasted more than a month"), None when it says none or the
    length is a run of steps or the bound of a term (``_RUN_OR_BOUND``). With ``verb_only``, only a
    length said with a verb of lasting or English "for" (「5年間で倍増」, 「1年間に納める」: a window
    or a rate's period, not a length said of a state)."""
    for rx in (_LASTED_VERB, _LASTED):
        m = rx.search(st.span)
        if m is not None and not (verb_only and m.group("ja") and rx is _LASTED):
            if _RUN_OR_BOUND.search(st.span[max(0, m.start() - 8) : m.end() + 16]):
                return None
            word = m.group("en") or m.group("ja")
            value = _count(word) if word else None
            if value is None:
                continue
            if m.group("ju"):
                unit = _UNIT_JA[m.group("ju").removesuffix("間")]
                hedge = m.groupdict().get("jq") or ""
                before = st.span[max(0, m.start() - 3) : m.start()]
                approx = bool(re.search(r"約|およそ", before)) or hedge in _LASTED_APPROX
            else:
                unit = m.group("eu").lower().rstrip("s")
                hedge = " ".join((m.group("eq") or "").lower().split())
                approx = hedge in _LASTED_APPROX
            comparator = _LASTED_COMPARATORS.get(hedge, "about")
            first = min(m.start(g) for g in ("eq", "en", "ja") if m.groupdict().get(g))
            last = max(m.end(g) for g in ("eu", "ju", "jq") if m.groupdict().get(g))
            return _Lasted(st.span[first:last], value, unit, comparator, approx or comparator != "about")
    return None


def _duration_unchecked(st: Statement, ev: Event) -> str | None:
    """The duration a statement gives a state ("froze bills at £2,500 for two years", 「2年間凍結した」)
    when the event's title states no duration of the same unit: an event is dated at one time, so
    it does not show how long what it started lasted (a linguistic reason; round 19 uk
    epg-two-years, true on the guarantee taking effect while it lasted six months at £2,500)."""
    lasted = lasted_said(st)
    if lasted is None:
        return None
    titles = " ".join(t for t in (ev.title_ja, ev.title_en) if t)
    for t in _LASTED.finditer(titles):
        unit = (t.group("eu") or "").lower().rstrip("s") or _UNIT_JA[t.group("ju").removesuffix("間")]
        if unit == lasted.unit:
            return None
    if re.search(rf"(?i)\b[\w]+-{lasted.unit}\b", titles):
        return None  # "a two-year freeze": the title states a duration of the unit
    return lasted.text


#: how many words (not names) a related event must share with the statement to tell how long its
#: state lasted
_LASTED_SHARED_KEYS = 2
#: a title of an act that lengthens or defers a state: its amount of time is the act's, not the state's
_EXTENDED_TITLE = re.compile(r"延長|延期|先送り|(?i:\bextend|\bextension|\bpostpone|\bprolong|\bdefer)")


def _lasted_found(ctx: _Ctx, ev: Event, lasted: _Lasted) -> tuple[float, list[str], str] | None:
    """How long the state the statement speaks of lasted by the pack, in days, with the events that
    show it and how: an event of the same state (``ev`` or another event sharing at least
    ``_LASTED_SHARED_KEYS`` words with the statement, not counting names) whose amount is a length of
    time; else the days from the start (``ev``, or the related event before the end when ``ev`` is
    the end) to a related event whose title says the state ended (lifted, 解除, ended, 終了:
    ``anchors._ENDED_TITLE``). None when the pack shows neither."""
    from shingi.pipeline.anchors import _ENDED_TITLE
    from shingi.pipeline.claims.numbers import time_word

    st, pack = ctx.st, ctx.pack
    owners = [pack.entities[e] for e in (*st.entities, *ev.actors) if e in pack.entities]
    names = word_keys(" ".join(n for ent in owners for n in ent.names)) | word_keys(lasted.text)
    said = st.keys - names

    def shared(e: Event) -> int:
        return len(said & ctx.lookup.event_keys(e.id))

    # a related event is of an actor of ``ev`` or of the statement: another city lifting its own
    # request does not show how long this one's lasted
    actors = set(ev.actors) | set(st.entities)
    related = [
        e for e in pack.events.values()
        if e.id == ev.id or (shared(e) >= _LASTED_SHARED_KEYS and e.date.start >= ev.date.start
                             and (e.date.start - ev.date.start).days <= 20 * 366
                             and bool(actors & set(e.actors)))
    ]
    def ended(e: Event) -> bool:
        return any(_ENDED_TITLE.search(t) for t in (e.title_ja, e.title_en) if t)

    def extended(e: Event) -> bool:
        return any(_EXTENDED_TITLE.search(t) for t in (e.title_ja, e.title_en) if t)

    for e in sorted(related, key=lambda e: (e.id != ev.id, -shared(e), e.sort_key)):
        # the length of the state is the matched event's own amount of time, or that of the event
        # that ended it (「終結（21日間）」); an extension's or a postponement's amount is the length
        # of that act (「緊急事態宣言を延長」 by three weeks), not how long the state lasted
        if (e.id != ev.id and not ended(e)) or extended(e):
            continue
        unit = time_word(e.amount.unit) if e.amount is not None else None
        if e.amount is not None and unit in _DAYS:
            return e.amount.value * _DAYS[unit], [e.id], ctx.t(
                f"「{e.title('ja')}」が{e.amount.value:g}{_UNIT_WORD_JA[unit]}",
                f"'{e.title('en')}' gives {e.amount.value:g} {unit}s",
            )

    ends = [e for e in related if e.id != ev.id and ended(e) and e.date.start > ev.date.start]
    if not ends:
        return None
    end = min(ends, key=lambda e: (-shared(e), e.sort_key))
    days = (end.date.start - ev.date.start).days
    return float(days), [ev.id, end.id], ctx.t(
        f"{ctx.ptext(ev.date)}から「{end.title('ja')}」（{ctx.ptext(end.date)}）まで{days}日",
        f"{days} days from {ctx.ptext(ev.date)} to '{end.title('en')}' ({ctx.ptext(end.date)})",
    )


#: the noun a figure is said of, right after it: 「1000億円の総合経済対策」 (の and a run of kanji or
#: katakana), "a 100 billion yen economic stimulus package" (up to four words before a preposition,
#: a verb's particle or a clause's end)
_HEAD_AFTER_JA = re.compile(r"\s?の([\u4e00-\u9fff\u30a0-\u30ffー]+)")
_HEAD_AFTER_EN = re.compile(
    r"\s+((?:(?!(?:for|to|of|in|on|at|by|from|with|that|which|and|or|was|were|is|are)\b)[A-Za-z][\w-]*\s*){1,4})"
)


def _head_of_the_figure(span: str, n: ClaimedNumber) -> frozenset[str]:
    """The match keys of the noun a figure is said of, the words right after it (「…円の経済対策」,
    "… yen stimulus package"); empty when none follows."""
    at = span.find(n.text)  # (a number's offsets are the claim's, not its statement's)
    if at < 0:
        return frozenset()
    rest = span[at + len(n.text):]
    m = _HEAD_AFTER_JA.match(rest) or _HEAD_AFTER_EN.match(rest)
    return word_keys(m.group(1)) if m else frozenset()


def _same_day_amount(ctx: _Ctx, ev: Event, unmatched: list[ClaimedNumber]) -> _Detail | None:
    """The statement's numbers that the matched event cannot compare, against the amount of another
    event of the same day (day precision) whose actors include one the statement names: one
    occurrence the pack records as two rows (the collapse, and the request it led to that day),
    and the number is the second's (a linguistic reason: a clause that names the actor and the
    occasion speaks of what that actor did on it). The other event's title must share a word with
    the statement beyond the actors' names, the numbers and the matched event's title (「12市町」,
    「煮沸」): the actor's other act of that day (reserve funds released the day a stimulus package
    is approved) is another occasion. None when no such event has an amount the numbers compare
    with."""
    if ev.date.precision != "day":
        return None
    # a figure said of a noun of the matched event's title (「1000億円の総合経済対策」 on 「総合経済対策を
    # 閣議決定」) is that event's, whatever else the statement shares with another event of the day
    matched = ctx.lookup.event_keys(ev.id)
    unmatched = [n for n in unmatched if not _head_of_the_figure(ctx.st.span, n) & matched]
    if not unmatched:
        return None
    named = set(ctx.st.entities)
    owners = [ctx.pack.entities[e] for e in named if e in ctx.pack.entities]
    # what the statement says beyond its actors' names, its numbers and the matched event's title
    own = (
        word_keys(ctx.st.span)
        - word_keys(" ".join(n for ent in owners for n in ent.names))
        - word_keys(" ".join(n.text for n in unmatched))
        - ctx.lookup.event_keys(ev.id)
    )
    for e in sorted(ctx.pack.events.values(), key=lambda e: e.sort_key):
        if e.id == ev.id or e.amount is None or e.date != ev.date or not named & set(e.actors):
            continue
        if not own & ctx.lookup.event_keys(e.id):
            # another act of the actor that day (「予備費を支出」 beside 「経済対策を閣議決定」):
            # its title says nothing the statement says, so its number is not the statement's
            continue
        got = _amount_result(ctx, e, unmatched)
        if got is None:
            continue
        result, ncs = got
        found = ", ".join(ctx.q(nc.found, nc.unit) for nc in ncs)
        said = ", ".join(nc.claimed_text for nc in ncs)
        return _Detail(
            "amount",
            result,
            ctx.t(
                f"同じ日の「{e.title('ja')}」の数値: 主張は{said}、パックは{found}。",
                f"The figure of '{e.title('en')}' the same day: claimed {said}, the pack has {found}.",
            ),
            ncs,
            [e.id],
            [],
        )
    return None


def _duration_result(ctx: _Ctx, ev: Event) -> _Detail | None:
    """How long a statement says a state lasted (``lasted_said``) against the pack: compared with the
    length the pack shows (``_lasted_found``: an event's amount in units of time, or the days from
    the event to the one that ended it), else unknown — an event is dated at one time, so its
    existence does not show how long what it started lasted (a linguistic reason; round 19 uk
    epg-two-years, round 25 jp-water-utilities yashio-month: 「1カ月以上も続いた」 held on the
    collapse's event while the restriction was lifted after 15 days). None when the statement says
    no length, or the event's title states one of the same unit (compared with the title's words)."""
    said = _duration_unchecked(ctx.st, ev)
    lasted = lasted_said(ctx.st)
    if said is None or lasted is None:
        return None
    found = _lasted_found(ctx, ev, lasted)
    if found is None:
        return _Detail(
            "duration",
            "unknown",
            ctx.t(
                f"期間「{said}」: 出来事はそれがどれだけ続いたかを示さない。",
                f"Duration '{said}': the event does not show how long it lasted.",
            ),
            [],
            [],
            [],
        )
    days, ids, how = found
    per = _DAYS[lasted.unit]
    claimed = ClaimedNumber(
        Quantity(lasted.value, lasted.unit, approx=lasted.approx, text=lasted.text),
        lasted.comparator, lasted.text, 0, 0,
    )
    result, credit = grade_level(claimed, days / per)
    nc = NumberCompared(
        ctx.t("期間", "duration"), lasted.value, lasted.text, round(days / per, 2), lasted.unit, tuple(ids),
        lasted.comparator,
    )
    return _Detail(
        "duration",
        result,
        ctx.t(
            f"期間: 主張は{lasted.text}、パックでは{how}。",
            f"Duration: claimed {lasted.text}; in the pack, {how}.",
        ),
        [nc],
        ids,
        [],
        credit,
    )


def _comparison_unchecked(st: Statement, ev: Event, compared: set[str]) -> bool:
    """A statement that compares (more … than, 上回る, behind: ``exceed`` / ``trail``) matched to an
    event with no figure of the claim compared and a title that states no comparison itself: the
    event's existence shows neither side's size (a linguistic reason: a comparison is of two sizes;
    round 18 us-student-loans more-than-plan, true on the plan struck down). A title's comparison
    is the statement's only when the event is of a side the statement names: "costs N above
    estimate" of a programme P compares P with its estimate, not X with Y (blind
    round 24d u_scotland_cost, true on words; docs/verdict-rules.md §4.2)."""
    if not st.cues & {"exceed", "trail"} or compared:
        return False
    titles = " ".join(t for t in (ev.title_ja, ev.title_en) if t)
    if st.entities and not set(st.entities) & set(ev.actors):
        return True
    return not (lx.has(lx.EXCEED, titles) or lx.has(lx.TRAIL, titles))


def another_measures_report(ctx: _Ctx, ev: Event) -> str | None:
    """The measure an event's title reports when it is another than the one the statement names:
    a statement read as a value, change or comparison of a linked measure that falls back to an
    event, whose title names a measure of the pack (its name or an alias) and none of the
    statement's nor a sibling of them (one name inside the other: Aの件数 and Aの件数の前年比).
    The event reports that other measure; the words and the year it shares with the statement do
    not make it the statement's measure (a linguistic reason: a figure is of the noun it is said
    of; blind round 24 hospital44, 「Bまでの時間」 held on the report of the time to A;
    docs/verdict-rules.md §4.2). Its name, else None."""
    st = ctx.st
    if st.kind not in ("metric", "share", "change", "comparison") or not st.metrics:
        return None
    own = [m for m in st.metrics if m in ctx.pack.metrics]
    if not own:
        return None
    titled = list(
        dict.fromkeys(
            h.id for t in (ev.title_ja, ev.title_en) if t for h in ctx.index.find_metrics(t, every=True)
        )
    )
    titled = [m for m in titled if m in ctx.pack.metrics]
    if not titled or set(titled) & set(own):
        return None
    own_names = [n.casefold() for m in own for n in ctx.pack.metrics[m].names]
    for m in titled:
        for n in ctx.pack.metrics[m].names:
            if any(n.casefold() in o or o in n.casefold() for o in own_names):
                return None  # a sibling (its growth, its share): the same measure's report
    return ctx.mname(titled[0])


def announced_not_counted(ctx: _Ctx, ev: Event, unmatched: Sequence[ClaimedNumber]) -> bool:
    """A statement that gives a count or an amount done (「N人がBされた」, "delivered N
    units") against an event whose title is an announcement (発表, 公表, announces) and that states
    no figure the claimed one could be compared with, when the statement itself says no
    announcement or plan: the event is the act of announcing, not the thing counted, and its date
    is not the count's (a linguistic reason: an event supports a statement on its act and its
    object; blind round 24d m_40k_ja, false on the announcement's date; §4.2)."""
    st = ctx.st
    if not unmatched or st.kind == "plan" or lx.has(lx.TARGET_WORDS, st.span):
        return False
    if predicate_concepts(st.span) & {"announce"} or lx.has(lx.EVENT_VERBS["announce"][0], st.span):
        return False
    if not any(n.unit not in (None, "x", "rank", "%") for n in unmatched):
        return False
    return announcement(ev)


def announcement(ev: Event) -> bool:
    """Whether an event's title is an announcement (発表, 公表, 表明, announces: the ``announce``
    concept of lexicon.PREDICATE_SYNONYMS)."""
    return "announce" in predicate_concepts(" ".join(t for t in (ev.title_ja, ev.title_en) if t))


def _event(ctx: _Ctx, plan: bool = False) -> list[Finding] | None:
    st, pack = ctx.st, ctx.pack
    best = _best_event(ctx.ev.events, st, pack)
    if best is None or not _names_its_own(ctx, pack.events[best.id]):
        return None
    ev = pack.events[best.id]
    if _names_no_one(st):
        # "blocks", 「阻止した」: an act word alone, no actor and no object — any event with that
        # verb would do, so none shows it (review R24; §4.15 "Act agreement")
        return [
            Finding(
                "unknown",
                ctx.t(
                    "主張は行為の語だけで、主体も対象も述べていない。同じ語の出来事はこの記述を示さない。",
                    "The statement gives an act word only, with no actor and no object: an event "
                    "with the same word does not show it.",
                ),
                [],
                kind="plan" if plan else "event",
            )
        ]
    if never_a_step(st):
        # "has never fallen since …": an event shows a step, never the absence of one (§4.15)
        since = [p.period.start for p in st.periods if p.role == "since"]
        return [
            a_step_the_way_said(ctx, since[0] if since else None)
            or Finding(
                "unknown",
                ctx.t(
                    "主張は期間中に一度もその向きに動いていないと言うが、出来事はある時点の動きを示すだけで、"
                    "動きがなかったことは示さない。",
                    "The claim says it did not move that way once in the window; an event shows a move "
                    "at one time, not that there was none.",
                ),
                [],
                kind="event",
                reads_negation=True,
            )
        ]
    absent = _person_left_out(ctx, ev)
    if absent is not None:
        return [
            Finding(
                "unknown",
                ctx.t(
                    f"該当しそうな出来事「{ev.title(ctx.lang)}」（{ctx.ptext(ev.date)}）に{absent}は関わっておらず、"
                    f"主張が{absent}について言うこと（もう一人との関係や{absent}自身の出来事）を示さない。",
                    f"The nearest event, '{ev.title(ctx.lang)}' ({ctx.ptext(ev.date)}), does not involve "
                    f"{absent}: it does not show what the statement says of {absent} (a relation with the "
                    "other person, or an event of their own).",
                ),
                [],
                kind="event",
            )
        ]
    if reports_a_pending_decision(st, ev):
        return [
            Finding(
                "unknown",
                ctx.t(
                    f"該当する出来事「{ev.title(ctx.lang)}」（{ctx.ptext(ev.date)}）は判断が未定であることを伝えており、"
                    "主張の出来事が起きたことを示さない。",
                    f"The matching event, '{ev.title(ctx.lang)}' ({ctx.ptext(ev.date)}), reports a decision "
                    "still pending, not the claimed event happening.",
                ),
                [ev.id],
                kind="event",
            )
        ]
    if st.period is None and NOW_WORDS.search(st.span):
        # "Acme currently plans to invest …": what is current is the latest event of that kind
        # and actor by the claim's date, not an earlier one it has since replaced
        ev = _latest_alike(ctx, ev)
        best = next((c for c in ctx.ev.events if c.id == ev.id), best)
    if _another_member(st, ev):
        # (after the latest alike: "still outside" is read on the latest event of its kind)
        return [
            Finding(
                "unknown",
                ctx.t(
                    f"該当しそうな出来事「{ev.title(ctx.lang)}」（{ctx.ptext(ev.date)}）は別のものが制度の対象に"
                    "入る・外れることを伝えており、主張の言うものについては示さない。",
                    f"The nearest event, '{ev.title(ctx.lang)}' ({ctx.ptext(ev.date)}), brings another "
                    "member into or out of the scheme; it says nothing of the one the statement names.",
                ),
                [],
                kind="event",
            )
        ]
    if _another_unit(st, ev):
        return [
            Finding(
                "unknown",
                ctx.t(
                    f"該当しそうな出来事「{ev.title(ctx.lang)}」（{ctx.ptext(ev.date)}）は別の設備・拠点の"
                    "稼働や休止を伝えており、主張の言うものについては示さない。",
                    f"The nearest event, '{ev.title(ctx.lang)}' ({ctx.ptext(ev.date)}), runs or halts "
                    "another unit; it says nothing of the one the statement names.",
                ),
                [],
                kind="event",
            )
        ]
    state = _state_after_the_time(ctx, ev)
    if state is not None:
        return [state]
    stage = _stage_said(ctx, ev)
    if isinstance(stage, Finding):
        return [stage]
    if stage is not None:
        # 「買収は2025年中に完了した」 matched to the agreement: the completion, in the window, is
        # the event the statement speaks of (§4.15 "Act agreement")
        ev = stage
        best = next((c for c in ctx.ev.events if c.id == ev.id), replace(best, id=ev.id, plan=False))
    title = ev.title(ctx.lang)
    if best.plan and not plan and _speaks_of_other_things(ctx, ev):
        # "employed 50,000 people" is not the market-size target that shares its subject
        return None
    if (
        best.plan
        and not plan
        and (not lx.has(lx.TARGET_WORDS, st.span) or lx.has(lx.ACHIEVED, st.span) or "missed" in st.cues)
        and not announces_the_plan(st, ev)
        and not decides_the_plan(st, ev)
    ):
        # (「閣議決定した…計画で」, "the 2026-2028 plan halves …": a statement that names the plan
        # speaks of the plan, not of its being done, unless it says the plan was achieved)
        if "missed" in st.cues:
            # "missed its goal of …": the plan alone does not show the goal was not met (§4.3)
            return [
                Finding(
                    "unknown",
                    ctx.t(
                        f"パックにあるのは計画・目標（「{title}」、{ctx.ptext(ev.date)}）のみで、"
                        "達成されたかどうかは示さない。",
                        f"The pack holds only the plan or target ('{title}', {ctx.ptext(ev.date)}), "
                        "not whether it was met.",
                    ),
                    [ev.id],
                    kind="event",
                )
            ]
        if _forecast_ahead(ctx, ev):
            # 「1000万台を超えるだろう」, 「2027年に2.5%を確実に達成する」: a forecast of a time after the
            # claim's date is not refuted by a plan: whether it happens is not yet known (§4.3)
            return [
                Finding(
                    "unknown",
                    ctx.t(
                        f"主張はこれから起きることの予測で、パックにあるのは計画・目標（「{title}」、"
                        f"{ctx.ptext(ev.date)}）のみ: 予測が当たるかどうかは示さない。",
                        f"The claim forecasts what will happen; the pack holds only a plan or target "
                        f"('{title}', {ctx.ptext(ev.date)}), which does not show whether it will.",
                    ),
                    [ev.id],
                    kind="event",
                )
            ]
        return [
            Finding(
                "fails",
                ctx.t(
                    f"パックにあるのは計画・目標（「{title}」、{ctx.ptext(ev.date)}）で、実現した事実ではない。",
                    f"The pack holds only a plan or target ('{title}', {ctx.ptext(ev.date)}), "
                    "not something done.",
                ),
                [ev.id],
                kind="event",
            )
        ]
    # (a plan claim matched by something already done is judged on its date and amount as usual)
    numbers = [n for n in st.numbers if n.unit is not None and n.unit != "rank"]
    if st.cues & {"up", "down"} and not _title_tells_the_change(st, ev):
        # "prices fell by more than 15%" against 'Survey: 80% of households say prices are a
        # burden': the size of a change is a figure of an event that tells that change, not any
        # figure of one that names the measure (a linguistic reason; left unmatched, unknown)
        sizes = [n for n in numbers if _size_of_a_change(st, n)]
        numbers = [n for n in numbers if n not in sizes]
    else:
        sizes = []
    period = st.period
    facets: list[_Detail] = []
    others = _same_fact(ctx, best, ctx.ev.events)
    reports = [ev, *others]
    decision = best.plan and not plan and decides_the_plan(st, ev)
    if period is not None and _window_the_title_states(st, ev):
        # "…, the fastest annual rise since the series began in 2015" of an event titled so: the
        # year starts the window the record is counted over, it does not date the event
        period = None
    if period is not None and (decision or (not plan and deadline_of_a_commitment(st))):
        # "signed off £104bn for 2025 to 2030 … last December": the act is dated by the event,
        # the periods of what it decides by the plan (§4.3 "The act and the content"); 「2035年
        # までに…5%…に充てることで合意した」: the deadline is the content's, not the agreement's
        facets += _decision_dates(ctx, ev)
        period = None
    if period is not None:
        # 「目標を表明したのは2022年だった」: the period is when the plan was stated, not what it is for
        for_plan = plan and not _dates_the_statement(st.span)
        dates = [
            _plan_period(e, period) if for_plan else _date_said(e, period, st, ctx.pack) for e in reports
        ]
        # the date of what a decision sets is graded within the precision the claim gives, as a
        # plan's ("by 2030" for January 2031: one step off, partly), not as a dated event's
        ahead = ctx.claim is not None and ctx.claim.now is not None and period.start > ctx.claim.now.end
        bound = not for_plan and _said_as_a_bound(st, period)
        graded = [
            (compare_period(period, d), None)
            if for_plan or (ahead and d in _decided_periods(e, st))
            # "By 2035, the allies had agreed …", 「2035年までに…合意した」 of an act done in 2025:
            # "by" a time dates a done act no later than it (review R3)
            else ("holds", None) if bound and d.end <= period.end
            else grade_date(period, d)
            for e, d in zip(reports, dates, strict=True)
        ]
        per = [r for r, _ in graded]
        conflicts: list[Conflict] = []
        if len({d.text for d in dates}) > 1:
            conflicts.append(
                Conflict(
                    ctx.t("日付", "date"),
                    tuple(e.id for e in reports),
                    tuple(dict.fromkeys(s for e in reports for s in e.source)),
                    ctx.t("出典によって日付が異なる: ", "the sources give different dates: ")
                    + ", ".join(
                        f"{e.title(ctx.lang)} ({ctx.ptext(d)})" for e, d in zip(reports, dates, strict=True)
                    ),
                )
            )
        result = per[0] if len(per) == 1 else _combine_sources(per)
        if (
            for_plan
            and result == "partly"
            and _titled_for_another_period(ev, period)
            and _titled_with_its_date(ev)
        ):
            # "had expected 39 million in 2024" of a plan titled 2025: the year names which plan it
            # is, so another year's plan is not this one a year off (session 14 review 3)
            result = "fails"
        # a date a year off (or right in its year only) holds little of what was claimed
        credit = graded[0][1] if len(per) == 1 else None
        claimed = next((p.text for p in st.periods), period.text)
        found_dates = "、".join(ctx.ptext(d) for d in dates) if ctx.ja else ", ".join(d.text for d in dates)
        why = ctx.t(
            f"時期: 主張は{claimed}、パックは{found_dates}。",
            f"Date: claimed {claimed}, the pack has {found_dates}.",
        )
        if credit is not None:
            why += ctx.t("年が違う（1年ずれ）。", " The year is wrong (one year off).")
        facets.append(_Detail("date", result, why, [], [e.id for e in reports], conflicts, credit))
        if not for_plan and not ahead and result != "fails" and dates[0] != ev.date and (
            dates[0] in _decided_periods(ev, st)
        ):
            # 「2015年10月に消費税率を10%に引き上げた」 on the law that set it from October 2015: the
            # date a decision set is not the act done, unless the pack shows it took effect and
            # nothing put it off (§4.3 "The act and the content")
            facets.append(_took_effect(ctx, ev, dates[0]))
    froms = [
        n for n in numbers
        if (plan or decision or _decided_periods(ev, st)) and n.role == "from"
        and not any(role == "from" for _, role in _title_quantities(ev, st.lang))
    ]
    if froms:
        # "will rise from 4% to 10%" on a decision that states only the 10%: the 4% is the level
        # before it (§4.3 "The act and the content")
        before = _from_of_earlier(ctx, ev, froms)
        if before is not None:
            facets.append(before)
            numbers = [n for n in numbers if n not in froms]
    if plan or decision:
        halving = _halving_result(ctx, ev)
        if halving is not None:
            # "to halve spills by 2030" on a plan "to cut spills by 45% by 2030"
            facets.append(halving)
            # ("cut spills in half": the half is the halving's, compared above, no amount)
            if HALF_OF_THE_CUT.search(ctx.st.span):
                numbers = [n for n in numbers if n.text.lower() not in ("half", "半分")]
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
        if result == "fails" and period is None and NOW_WORDS.search(st.span):
            stale = _stated_before(ctx, ev, numbers)
            if stale is not None:
                # "TSMC currently plans to invest $65 billion" after the plan was raised to $165
                # billion: right once (an earlier event), out of date now (§4.11)
                earlier, credit = stale
                why += ctx.t(
                    f" 主張の額は以前の「{earlier.title('ja')}」（{ctx.ptext(earlier.date)}）のもので、"
                    "主張の時点では古い。",
                    f" The claimed amount is that of an earlier event, '{earlier.title('en')}' "
                    f"({ctx.ptext(earlier.date)}): out of date at the claim's date.",
                )
                facets.append(_Detail("amount", "partly", why, ncs, [*ids, earlier.id], conflicts, credit))
            else:
                facets.append(_Detail("amount", result, why, ncs, ids, conflicts))
        else:
            facets.append(_Detail("amount", result, why, ncs, ids, conflicts))
    compared = {nc.claimed_text for f in facets for nc in f.numbers}
    attrs = _attribute_result(ctx, ev, [n for n in st.numbers if n.text not in compared])
    if attrs is not None:
        # "opened a 300 mm wafer plant" against "opens a 200 mm wafer plant": the thing's own
        # measure, stated in the title, must agree
        result, ncs = attrs
        said = ", ".join(nc.claimed_text for nc in ncs)
        got = ", ".join(f"{nc.found:g} {nc.unit}" for nc in ncs)
        why = ctx.t(
            f"属性: 主張は{said}、出来事の題は{got}。",
            f"Attribute: claimed {said}, the event's title says {got}.",
        )
        facets.append(_Detail("attribute", result, why, ncs, [ev.id], []))
        compared |= {nc.claimed_text for nc in ncs}
    order = _order_result(ctx, ev)
    if order is not None:
        # 「世界で5番目に月面着陸」 against 「5か国目の月面軟着陸国」: the order the title states
        facets.append(order)
    titles = (ev.title_ja, ev.title_en) if st.lang == "ja" else (ev.title_en, ev.title_ja)
    if order_against(st.span, titles) is False:
        # "departures overtook arrivals" on "arrivals outnumber departures": the title states the
        # two groups the other way round (§4.15, two groups' order)
        facets.append(
            _Detail(
                "groups",
                "fails",
                ctx.t(
                    f"順序: 出来事の題は二つの集団を逆の順に述べる（「{ev.title('ja')}」）。",
                    f"Order: the event's title states the two groups the other way round "
                    f"('{ev.title('en')}').",
                ),
                [],
                [ev.id],
                [],
            )
        )
    other = another_actor(ev, st, pack, ctx.lookup) if best.actor <= 0 else None
    if other is not None:
        # 「…は2023年に文部科学省が立ち上げた」 of the team the economy ministry set up: the one
        # named thing's event, with another body as its actor (§4.2 "Actor")
        said_by = pack.entities[st.entities[0]].name(ctx.lang)
        by = pack.entities[other].name(ctx.lang)
        facets.append(
            _Detail(
                "actor",
                "fails",
                ctx.t(
                    f"主体: 主張は{said_by}、パックは{by}。",
                    f"Actor: claimed {said_by}, the pack has {by}.",
                ),
                [],
                [ev.id],
                [],
            )
        )
    whole = _whole_act_result(ctx, ev)
    if whole is not None:
        # 「完全に撤退した」 against 「…から撤退、HLIは継続」: the act happened, not wholly
        facets.append(whole)
    else:
        every = _all_unshown(ctx, ev)
        if every is not None:
            # "handed all of its work over" on a transfer to two bodies: the act, not its "all" (§4.15)
            facets.append(every)
    if _comparison_unchecked(st, ev, compared) and lasted_said(st) is None:
        # "Biden ended up forgiving more student debt than the plan the Supreme Court struck
        # down" on the event of the plan struck down: the event is one side of the comparison at
        # most; what is more than what is not in it (§4.15). "lasted more than a month" compares a
        # length, checked below
        facets.append(
            _Detail(
                "comparison",
                "unknown",
                ctx.t(
                    "比較: 出来事は主張の比べる二つの大きさを示さない。",
                    "Comparison: the event does not give the two sizes the statement compares.",
                ),
                [],
                [],
                [],
            )
        )
    lasted = _duration_result(ctx, ev)
    if lasted is not None:
        # "froze bills at £2,500 for two years" on the event of the freeze taking effect: how long
        # it lasted is no figure of the event; compared with the length the pack shows, else
        # unknown (§4.15)
        facets.append(lasted)
        said_length = lasted_said(st)
        numbers = [n for n in numbers if said_length is None or n.text not in said_length.text]
    unmatched = [n for n in numbers if n.text not in compared] + sizes
    multiples = [n for n in unmatched if n.unit == "x"]
    if multiples and ev.amount is not None:
        # "8兆円へ倍増", "double … to 8 trillion yen": the multiple is of the value before the
        # plan; checked against it when the pack has it, else it only describes the target
        detail = _multiple_of_earlier(ctx, ev, multiples, bool(compared))
        if detail is not None:
            facets.append(detail)
            unmatched = [n for n in unmatched if n not in multiples]
    twin = _same_day_amount(ctx, ev, unmatched) if unmatched else None
    if twin is not None:
        # 「八潮の陥没事故で、埼玉県は…約120万人に…求めた」 matched to the collapse, while the request
        # of that day, by the actor named, holds the number: compared with it, and that event is
        # the evidence the statement's subject and predicate are read on first (§4.15)
        facets.insert(0, twin)
        done = {nc.claimed_text for nc in twin.numbers}
        unmatched = [n for n in unmatched if n.text not in done]
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
        f"Matching event: '{title}' ({ctx.ptext(ev.date)}).",
    )
    amount_held = any(f.name == "amount" and f.result == "holds" for f in facets)
    reported = None if amount_held else another_measures_report(ctx, ev)
    if reported is not None:
        # 「Bまでの時間」 against the report of the time to A: the event reports
        # another measure, and shares only words and a year with the statement (§4.2)
        return [
            Finding(
                "unknown",
                ctx.t(
                    f"見つかった出来事「{title}」（{ctx.ptext(ev.date)}）が伝えるのは「{reported}」で、"
                    "主張の指標ではない: 共通の語や年だけでは判定しない。",
                    f"The event found, '{title}' ({ctx.ptext(ev.date)}), reports {reported}, not the "
                    "statement's measure: shared words and a year do not settle it.",
                ),
                [],
                kind="plan" if plan else "event",
            )
        ]
    if announced_not_counted(ctx, ev, unmatched) and not amount_held:
        # 「Y年M月末までにN人がBされた」 against 「…制度Pを発表」: the announcement is not the
        # count said, and its date is not the count's (§4.2)
        said = ", ".join(n.text for n in unmatched)
        return [
            Finding(
                "unknown",
                ctx.t(
                    f"見つかった出来事「{title}」（{ctx.ptext(ev.date)}）は発表で、主張の数（{said}）を"
                    "示さない: 発表の日付では判定しない。",
                    f"The event found, '{title}' ({ctx.ptext(ev.date)}), is an announcement and does "
                    f"not give the figure said ({said}): its date does not settle it.",
                ),
                [ev.id],
                kind="plan" if plan else "event",
            )
        ]
    unshown = _predicate_unshown(ctx, ev) or (
        None if facets or (best.kind_match and _act_is_the_predicate(ctx)) else _verb_unshown_ja(ctx, ev)
    )
    if unshown is not None and not any(f.result == "fails" for f in facets):
        # "The £122.7m fine imposed on Thames Water will be paid by customers": the event is the
        # subject's, what the sentence says of it is not in the event (§5, the point left open)
        return [
            Finding(
                "unknown",
                ctx.t(
                    f"出来事「{title}」は主語のものだが、主張がそれについて述べること（「{unshown}」）は"
                    "出来事に書かれていない。",
                    f"The event '{title}' is the subject's; what the statement says of it ('{unshown}') "
                    "is not in the event.",
                ),
                [],
                kind="plan" if plan else "event",
            )
        ]
    acted = best.kind_match and _act_is_the_predicate(ctx)
    if (
        not facets and not acted and not _shares_more_than_names(ctx, ev)
        # "signed off on A's purchase of B" against "blocks A's takeover of B": the opposite act
        # is the statement's matter, refuted below (§4.15 "Act agreement")
        and not title_goes_the_other_way(st, ev)
    ):
        # "…, so the driver shortage is on its way to being solved" against "overtime cap for
        # truck drivers takes effect": nothing checked, no act the verb describes, and no word in
        # common but the drivers' name — the event's existence says nothing of the statement
        return [
            Finding(
                "unknown",
                ctx.t(
                    f"見つかった出来事「{title}」（{ctx.ptext(ev.date)}）と主張が共有するのは名前だけで、"
                    "主張の述べることを示さない。",
                    f"The event found, '{title}' ({ctx.ptext(ev.date)}), shares only names with the "
                    "statement: it does not show what the statement says.",
                ),
                [],
                kind="plan" if plan else "event",
            )
        ]
    if not facets:
        return [Finding("holds", head, [ev.id], kind="plan" if plan else "event")]
    words_only = _figures_unchecked_no_act(ctx, best, facets, unmatched)
    # One check, as bad as its worst detail: the statement is about the pack's event, and a
    # wrong date or amount makes what it says wrong however many details are off.
    kind = "plan" if plan else "event"
    worst = _worst_detail([f.result for f in facets])
    credits = [f.credit if f.credit is not None else 0.75 for f in facets if f.result == worst == "partly"]
    if (
        worst == "fails"
        and not plan
        and any(f.name == "date" and f.result == "holds" for f in facets)
        and all(f.name == "amount" and _own_figures(ev, f.numbers) for f in facets if f.result == "fails")
    ):
        # 「2023年4月に60万円に引き上げられた」 when it was raised then, to 50万円: the event happened
        # when the claim says, only its figure is wrong — mostly false, not false. Not an attribute
        # of the thing itself ("a 300 mm plant" is not the 200 mm plant) nor a wrong order
        worst, credits = "partly", [EVENT_FIGURE_CREDIT]
        facets.append(
            _Detail(
                "figure",
                "partly",
                ctx.t(
                    "出来事と時期は合っているが、数値が違う。",
                    "The event and its date are right; its figure is not.",
                ),
                [],
                [],
                [],
            )
        )
    return [
        Finding(
            worst,
            head + " " + " ".join(f.reason for f in facets),
            list(dict.fromkeys(i for f in facets for i in f.evidence)),
            [n for f in facets for n in f.numbers],
            [c for f in facets for c in f.conflicts],
            kind=kind,
            credit=min(credits) if credits and min(credits) != 0.75 else None,
            words_only=words_only,
        )
    ]


def _figures_unchecked_no_act(
    ctx: _Ctx, best: EventCandidate, facets: Sequence[_Detail], unmatched: Sequence[ClaimedNumber]
) -> bool:
    """Whether the event was found on words alone: the statement gives figures (with a unit, or a
    multiple), none of which the event's figures could be compared with, and names no act of the
    event's (no verb its kind answers, no synonym or word of its predicate in the titles), so that
    nothing but the date was checked (§4.2 "A figure no event gives")."""
    st = ctx.st
    figures = [n for n in st.numbers if n.unit not in (None, "rank")]
    if not figures or any(n.text not in {u.text for u in unmatched} for n in figures):
        return False
    if any(f.result != "unknown" and f.name != "date" for f in facets):
        return False
    if best.kind_match or st.predicate_keys & ctx.lookup.event_keys(best.id):
        return False
    if st.lang == "ja" and _verbs_ja(st.span) & _verbs_ja(ctx.pack.events[best.id].title_ja or ""):
        # 「…までに釈放された人は4万人に上る」 against 「…第1陣の釈放」: the act (釈放) is said, in a
        # clause whose predicate is the figure's verb (上る)
        return False
    return st.predicate_concepts.isdisjoint(ctx.lookup.event_concepts(best.id, st.lang == "ja"))


def _verbs_ja(text: str) -> frozenset[str]:
    """The acts a Japanese text names: its verbs (not light or auxiliary ones) and its action nouns
    (サ変可能: 釈放, 着陸), by lemma."""
    return frozenset(
        t.lemma
        for t in tokenize(text)
        if (t.pos == "動詞" and t.lemma not in _LIGHT_HEAD_JA and t.pos2 != "非自立可能")
        or (t.pos == "名詞" and t.pos3 == "サ変可能")
    )


#: An order written in an event's title: 5か国目, 3番目, 2人目, "the fifth country", "3rd".
_TITLE_ORDER = re.compile(
    r"(?<![\d.])(?P<n>\d{1,3})(?:か国目|カ国目|ヵ国目|番目|人目|社目|例目|件目|度目|回目|位)"
    r"|(?i:\b(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)"
    r"|(?i:\b(?P<d>\d{1,3})(?:st|nd|rd|th)\b)"
)


def _order_result(ctx: _Ctx, ev: Event) -> _Detail | None:
    """A claimed place in an order of events ("日本は世界で5番目に着陸", "the fifth country to land")
    against the order the event's title states; None when the claim gives no place or the
    title states none (a place the title does not state is left alone)."""
    claimed = [n for n in ctx.st.numbers if n.unit == "rank" and n.comparator not in RELATIVE_PLACES]
    if not claimed:
        return None
    found: list[float] = []
    for title in (ev.title_ja, ev.title_en):
        for m in _TITLE_ORDER.finditer(title or ""):
            if m.group("n") or m.group("d"):
                found.append(float(m.group("n") or m.group("d")))
            elif m.group("w"):
                found.append(float(ordinal_number(m.group("w")) or 0))
    if not found:
        return None
    results = [compare_value(n, found[0]) for n in claimed]
    said = ", ".join(n.text for n in claimed)
    why = ctx.t(
        f"順番: 主張は{said}、出来事の題は{found[0]:g}番目。",
        f"Order: claimed {said}, the event's title says {found[0]:g}.",
    )
    label = ctx.t("順番", "order")
    ncs = [
        NumberCompared(label, n.quantity.value, n.text, found[0], "rank", (ev.id,), "exactly")
        for n in claimed
    ]
    return _Detail("attribute", _min_result(results), why, ncs, [ev.id], [])


def _act_is_the_predicate(ctx: _Ctx) -> bool:
    """Whether the act word that made the event's kind match is what the clause says: in Japanese,
    the clause's predicate (its last content word) is a word of an event verb; 「…の緩和に反対して
    いる」 says an opposition, not an easing (a linguistic reason: what a clause asserts is its
    predicate; blind round 12b no-oil-fund ja-public-opinion held on the fiscal rule's
    introduction). English clauses are taken as they are."""
    if ctx.st.lang != "ja":
        return True
    head = _head_ja(ctx.st.span)
    if head is None:
        return True
    return any(
        w in head.surface or w in head.lemma for cue, _kinds in lx.EVENT_VERBS.values() for w in cue.ja
    )


#: An English predicate after its subject, in the passive or the perfect, or after a modal: the
#: auxiliaries, then the participle ("will end up being paid …", "was finalized in …")
_AUX_PREDICATE_EN = re.compile(
    r"(?i)(?<=\w)\s+(?:will|would|could|should|may|might|is|are|was|were|has|have|had|gets?|got|ends?\s+up"
    r"|ended\s+up)\s+(?:(?:not|never|also|still|now|then|already|eventually|ultimately|end\s+up|be|been|being)\s+)*"
    r"(?P<pred>(?:[a-z]+(?:ed|en)|paid|spent|borne|made|given|taken|put|set|cut|held|sold|bought|kept|lost|won)\b.*)$"
)


_DATE_OR_FIGURE_EN = re.compile(
    r"\d|(?i:\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|yesterday|today|last|this|next|earlier|later)\b)"
)


def _predicate_unshown(ctx: _Ctx, ev: Event) -> str | None:
    """The English statement's predicate when the event shows only its subject: after two words
    of subject at least, a passive, perfect or modal predicate with no date or figure, none of
    whose words is a name of the event's actors or the statement's entities or in the event's
    titles, and no act of the event's kind (a linguistic
    reason: the predicate is what the sentence asserts; the Japanese reading splits the subject
    off as a check of its own, ``open_point.open_assertion``). None otherwise."""
    st = ctx.st
    if st.lang != "en":
        return None
    found = list(_AUX_PREDICATE_EN.finditer(st.span))
    if not found or len(st.span[: found[-1].start()].split()) < 3:
        return None
    pred = found[-1].group("pred").strip(" .,;")
    if _DATE_OR_FIGURE_EN.search(pred):
        return None  # "was imposed in May 2025", "was raised to £3bn": the event's own details
    owners = [ctx.pack.entities[e] for e in (*st.entities, *ev.actors) if e in ctx.pack.entities]
    if any(re.search(r"(?i)\b" + re.escape(n) + r"\b", pred) for ent in owners for n in ent.names if n):
        return None  # "was imposed by Ofwat": the event's actor named whole
    names = word_keys(" ".join(n for ent in owners for n in ent.names))
    keys = word_keys(pred) - names
    if not keys or keys & ctx.lookup.event_keys(ev.id):
        return None  # a word of the event's titles
    if any(lx.kind_matches(ev.kind, kinds) for kinds in lx.event_kinds_for(pred).values()):
        return None
    return pred


def _verb_unshown_ja(ctx: _Ctx, ev: Event) -> str | None:
    """The Japanese statement's predicate verb when nothing of the statement was checked and the
    verb is neither in the event's titles nor a synonym of what they say (「学校給食の牛乳をやめる
    自治体が相次いでいる」 against 「岸田首相が…牛乳を…飲むよう…要請」: 相次ぐ and やめる are not
    the request; the nouns they share are the subject's, not what the clause asserts). The
    Japanese counterpart of ``_predicate_unshown`` (a linguistic reason: the predicate is what the
    sentence asserts; blind round 28 jp-dairy c31). None for a noun or light-verb predicate."""
    st = ctx.st
    if st.lang != "ja" or _coverage_of(ctx, ev) >= VERB_UNSHOWN_COVERAGE:
        # (a statement that shares a quarter of its words with the title says its object at
        # length: 「こどもの自殺対策が基本理念に盛り込まれた」 of 「…を基本理念に明記」 paraphrases its act)
        return None
    head = _head_ja(st.span)
    if head is None or head.pos != "動詞":
        return None
    if st.cues & {"up", "down", "exceed", "trail"} or title_goes_the_other_way(st, ev):
        # a rise, a fall or a comparison (上回った) is read by the rules of directions and orders
        return None
    keys = word_keys(head.lemma) | word_keys(head.surface)
    titles = " ".join(t for t in (ev.title_ja, ev.title_en) if t)
    lemmas = {t.lemma for t in tokenize(ev.title_ja or "")}
    if not keys or keys & ctx.lookup.event_keys(ev.id) or head.lemma in titles or head.lemma in lemmas:
        return None
    if not st.predicate_concepts.isdisjoint(ctx.lookup.event_concepts(ev.id, True)):
        return None
    start = head.start
    before = [t for t in tokenize(st.span) if t.end == start]
    if before and before[0].pos == "接頭辞":
        start = before[0].start  # 相次ぐ: the prefix is part of the verb
    said = st.span[start:].rstrip("。．.、, ")
    if _CONNECTIVE_END_JA.search(said):
        # 「…と言ったら」, 「…使ったけど」: a subordinate clause asserts nothing of its own
        return None
    if any(lx.has(cue, said) and lx.has(cue, titles) for cue in _ACT_CLASSES) or (
        lx.FOUNDED.search(said) and lx.FOUNDED.search(titles)
    ):
        # 「差し止めた」 against 「阻止」: one class of act (a decision against), said in other words
        return None
    return said


#: The share of a statement's words an event's titles must hold for the statement to speak of it
#: at length, so that its predicate is read as a paraphrase of the event's act
VERB_UNSHOWN_COVERAGE = 0.25


def _coverage_of(ctx: _Ctx, ev: Event) -> float:
    return next((c.coverage for c in ctx.ev.events if c.id == ev.id), 0.0)


#: The end of a Japanese subordinate clause: a conditional, a て-form, a concessive or causal link
_CONNECTIVE_END_JA = re.compile(
    r"(?:たら|たり|れば|ば|て|で|ても|でも|と|が|けど|けれど|けれども|ので|から|ながら|つつ|し)$"
)


#: Classes of acts whose words say one thing happened (a decision for or against, an end, a start,
#: a rise or a fall decided, a halt, a completion, an agreement, an outcome won or lost)
_ACT_CLASSES = (
    lx.DECIDED_FOR, lx.DECIDED_AGAINST, lx.DECIDED_END, lx.DECIDED_START, lx.DECIDED_UP, lx.DECIDED_DOWN,
    lx.HALTED, lx.KEPT_RUNNING, lx.ACT_COMPLETED, lx.ACT_AGREED, lx.OUTCOME_WON, lx.OUTCOME_LOST,
    lx.LISTED_ON, lx.LISTED_OFF, lx.IN_SCOPE, lx.OUT_OF_SCOPE, lx.PUT_OFF, lx.REVISED,
    *(cue for cue, _kinds in lx.EVENT_VERBS.values()),
)


#: English words that carry no act of their own: the particles of phrasal verbs and the light verbs
#: ("walked off the job" and "shortly after take-off" share "off" and "take", not an act)
_LIGHT_WORDS_EN = word_keys(
    "off out up down over on in into away back after before around through take taking took taken "
    "make made get got go went come came put give gave have had do did"
)


#: The particles of English phrasal verbs, and the light verbs' forms (a phrasal verb is read as
#: its verb's base form and its particle: "took over" and "takes over" meet)
_PARTICLES_EN = frozenset(
    "off out up down over on in into away back after around through".split()  # noqa: SIM905 -- a word list
)
_LIGHT_FORMS_EN = {
    "takes": "take", "taking": "take", "took": "take", "taken": "take", "makes": "make", "making": "make",
    "made": "make", "gets": "get", "getting": "get", "got": "get", "goes": "go", "going": "go",
    "went": "go", "gone": "go", "comes": "come", "coming": "come", "came": "come", "puts": "put",
    "putting": "put", "gives": "give", "giving": "give", "gave": "give", "given": "give", "sets": "set",
    "setting": "set", "has": "have", "having": "have", "had": "have", "does": "do", "doing": "do",
    "did": "do", "done": "do",
}
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def _phrasal_verbs(text: str, names: frozenset[str]) -> set[tuple[str, str]]:
    """The verb-and-particle pairs of a text ("takes over" -> take, over; "set up"), the verb not a
    particle, a stop word or a name."""
    words = [w.casefold() for w in _LATIN_WORD.findall(text)]
    out = set()
    for verb, particle in pairwise(words):
        if particle not in _PARTICLES_EN or verb in _PARTICLES_EN or verb in lx.STOPWORDS_EN:
            continue
        key = _LIGHT_FORMS_EN.get(verb) or min(word_keys(verb) or {verb})
        if key not in names:
            out.add((key, particle))
    return out


def _shares_more_than_names(ctx: _Ctx, ev: Event) -> bool:
    """Whether the statement and the event's titles share a word other than a name of the
    statement's entities or of the event's actors, or a particle or light verb (``_LIGHT_WORDS_EN``;
    blind round 27d boeing strike-2weeks held on a door plug's "take-off") — or a phrasal verb, a
    light verb and its particle together ("takes over", "set up", "pulled out": one act; review R14;
    "walked off" and "take-off" are two)."""
    owners = [ctx.pack.entities[e] for e in (*ctx.st.entities, *ev.actors) if e in ctx.pack.entities]
    names = word_keys(" ".join(n for ent in owners for n in ent.names))
    if (ctx.st.keys & ctx.lookup.event_keys(ev.id)) - names - _LIGHT_WORDS_EN:
        return True
    said = _phrasal_verbs(ctx.st.span, names)
    return bool(said) and any(said & _phrasal_verbs(t, names) for t in (ev.title_en, ev.title_ja) if t)


def _whole_act_result(ctx: _Ctx, ev: Event) -> _Detail | None:
    """An act said to be whole (完全に, 全面的に, fully, completely) against an event whose title
    says a part of it goes on (「HLIは継続」, "stays in HLI", "except …"): the act happened, but
    not as the claim says, its point — partly with the credit of a wrong figure (mostly false,
    a linguistic reason: "completely" asserts that nothing is left). None otherwise."""
    if not lx.has(lx.WHOLE_ACT, ctx.st.span):
        return None
    titles = [t for t in (ev.title_ja, ev.title_en) if t]
    if not any(lx.has(lx.PART_GOES_ON, t) for t in titles):
        return None
    why = ctx.t(
        f"範囲: 主張は完全・全面と言うが、出来事の題（「{ev.title('ja')}」）は一部が続くと述べている。",
        f"Scope: the claim says the act was whole; the event's title ('{ev.title('en')}') says a "
        "part of it goes on.",
    )
    return _Detail("scope", "partly", why, [], [ev.id], [], EVENT_FIGURE_CREDIT)


#: A universal quantifier said of what an act took in: "handed all of its work over", "suspended all
#: imports", 「増税分はすべて…に使う」「全部を移した」 (not "all-time", "at all", "above all", "after all",
#: "all but", "all in all", "all along", "all over")
_ALL_SAID = re.compile(
    r"(?i:(?<!\bat )(?<!\babove )(?<!\bafter )\ball\b(?!-|\s+(?:but|in\s+all|along|over|time|told)\b)"
    r"(?:\s+of)?(?:\s+(?:its|their|the|his|her|our|these|those))?"
    r"(?:\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)?)"
    r"|すべて|全て|全部|あらゆる"
)
#: A title that says the act was whole or names its whole: all, every, entire, 全面, 全額, すべて, 一切
_ALL_TITLED = re.compile(
    r"(?i:\b(?:all|every|entire(?:ly)?|whole|wholly|full(?:y)?|complete(?:ly)?|total(?:ly)?)\b)"
    r"|すべて|全て|全部|全面|全額|全員|全量|全域|全廃|全体|一切|あらゆる|完全"
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}


def _all_unshown(ctx: _Ctx, ev: Event) -> _Detail | None:
    """"All" said of what the act took in ("the health ministry handed all of its water supply work
    over to the land ministry", 「増税分はすべて社会保障に使う」) against an event whose titles say
    no whole (no all, every, 全面, すべて …) and, for "all three", state no such count: the event shows
    the act, not that it took in everything — the quantifier is the claim's figure, and no check
    compared it (a linguistic reason: "all" asserts that nothing was left out; round 25
    jp-water-utilities all-to-mlit, true on the transfer to two ministries). Unknown."""
    m = _ALL_SAID.search(ctx.st.span)
    if m is None or title_negates(ctx.st, ev):
        return None  # (a title that says the opposite settles it the other way)
    titles = " ".join(t for t in (ev.title_ja, ev.title_en) if t)
    if _ALL_TITLED.search(titles):
        return None
    count = m.groupdict().get("n")
    if count:
        n = int(count) if count.isdigit() else _COUNT_WORDS[count.lower()]
        if re.search(rf"(?<![\d.,]){n}(?![\d.,])", titles) or re.search(
            rf"(?i)\b{next((w for w, v in _COUNT_WORDS.items() if v == n), '@')}\b", titles
        ):
            return None  # "all three" against a title that names three of them
    said = m.group(0).strip()
    return _Detail(
        "quantifier",
        "unknown",
        ctx.t(
            f"「{said}」: 出来事の題は全部であることを示さない。",
            f"'{said}': the event's title does not show that it was all.",
        ),
        [],
        [],
        [],
    )


#: Credit of an event claim whose date holds and whose amount fails: the event happened when the
#: claim says, but the figure is the claim's point (mostly false, §4.2).
EVENT_FIGURE_CREDIT = 0.25


def _own_figures(ev: Event, numbers: Sequence[NumberCompared]) -> bool:
    """Whether the numbers compared are figures told about the event — money (how much was
    granted, invested, raised) or a percentage or its points ("a 9.9% stake", 「1割から2割に」, "cut
    by 0.75 percentage point") — not a measure
    that says which thing it is ("a 2 GW wind farm" is not the 1.2 GW one, "a 300 mm plant" not
    the 200 mm one), a count, nor a multiple (the claim's own size)."""
    if not numbers:
        return False
    return all(nc.unit in ("%", "pt") or (nc.unit is not None and is_currency(nc.unit)) for nc in numbers)


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


def _values_before(ctx: _Ctx, ev: Event, unit: str | None) -> list[tuple[Observation, tuple[float, str]]]:
    """The subject's (else an actor's) latest value of each of the statement's measures dated
    before an event, in ``unit`` (with its conversion note): the level a plan or a decision starts
    from."""
    return _values_of(ctx, ev, unit, lambda p: p.end < ev.date.start, latest=True)


def _values_from(
    ctx: _Ctx, ev: Event, start: Period, unit: str | None, now: Period | None
) -> list[tuple[Observation, tuple[float, str]]]:
    """The subject's (else an actor's) first value of each of the statement's measures dated from
    ``start`` (a period that ends in it or later) up to ``now``, in ``unit``: the level after what a
    decision set took effect."""
    return _values_of(
        ctx, ev, unit, lambda p: p.end >= start.start and (now is None or p.end <= now.end), latest=False
    )


def _values_of(
    ctx: _Ctx, ev: Event, unit: str | None, keep: Callable[[Period], bool], latest: bool
) -> list[tuple[Observation, tuple[float, str]]]:
    """The subject's (else an actor's) latest (else first) value of each of the statement's
    measures dated in a period ``keep`` accepts, in ``unit`` (with its conversion note)."""
    st, pack = ctx.st, ctx.pack
    out = []
    # an event statement keeps no measure; the measures its words name are the ones said
    metrics = st.metrics or tuple(dict.fromkeys(h.id for h in ctx.index.find_metrics(st.span)))
    subject = [pack.meta.subject] if pack.meta.subject else []
    for ent in dict.fromkeys([*st.entities[:1], *ev.actors, *subject]):
        for mid in metrics:
            found = [
                pack.observations[i]
                for i in ctx.index.observations(ent, mid)
                if keep(pack.observations[i].period) and pack.observations[i].value is not None
            ]
            if not found:
                continue
            pick = max if latest else min
            base = pick(found, key=lambda o: (o.period.end, o.sort_key))
            assert base.value is not None
            got = to_unit(base.value.value, base.unit, unit, pack, base.period.start.year, ctx.lang)
            if got is not None:
                out.append((base, got))
    return out


def _from_of_earlier(ctx: _Ctx, ev: Event, froms: list[ClaimedNumber]) -> _Detail | None:
    """The "from" figure of a plan or a decision ("will rise from 4% to 10% by 2030", 「4%から10%に
    引き上げる」) whose title states no "from" of its own: the level before the event, the
    subject's (else an actor's) latest value of the statement's measure dated before it (a
    linguistic reason: a change decided goes from the level in force when it is decided); None
    when the pack has no such value."""
    for n in froms:
        for base, got in _values_before(ctx, ev, n.unit):
            result = compare_value(n, got[0])
            nc = NumberCompared(
                ctx.t("以前の値", "earlier value"), n.quantity.value, n.text, got[0], n.unit,
                (ev.id, base.id), n.comparator, got[1] or None,
            )
            why = ctx.t(
                f"以前の値: 主張は{n.text}、パックは{ctx.q(got[0], n.unit)}（{ctx.ptext(base.period)}）。",
                f"Earlier value: claimed {n.text}, the pack has {ctx.q(got[0], n.unit)} "
                f"({ctx.ptext(base.period)}).",
            )
            return _Detail("from", result, why, [nc], [base.id], [])
    return None


def _as_multiple(st: Statement, n: ClaimedNumber) -> ClaimedNumber:
    """A fraction said as the part a change took away or added ("cut … by more than half",
    「半分以上引き下げる」, "raise … by a third") as the multiple of the level it leaves: a cut by
    more than half leaves less than half (1 - f, its bound the other way), a rise by a third
    1 + f (a linguistic reason: "by" names the size of the change, not the level; §4.1). Else
    ``n`` itself ("halve", 「半分以下に」, "more than double" are multiples already)."""
    if n.unit != "x":
        return n
    if fraction_cut(st, n):
        value, comparator = 1 - n.quantity.value, BOUND_FLIP.get(n.comparator, n.comparator)
    elif fraction_rise(st, n):
        value, comparator = 1 + n.quantity.value, n.comparator
    else:
        return n
    return replace(n, quantity=replace(n.quantity, value=value), comparator=comparator)


def _multiple_of_earlier(
    ctx: _Ctx, ev: Event, multiples: list[ClaimedNumber], target_compared: bool
) -> _Detail | None:
    """A multiple said of an event's amount ("倍増させて8兆円に", "double … to 8 trillion yen"):
    the event's amount over the subject's latest earlier value of the statement's measure (a
    value before the event's date, in a comparable unit); with no earlier value, a multiple next
    to a target amount the claim gives and the event matches only describes it (holds, noted);
    None: nothing settles it."""
    assert ev.amount is not None
    for base, got in _values_before(ctx, ev, ev.amount.unit):
        if got[0] == 0:
            continue
        ratio = ev.amount.value / got[0]
        results = [compare_value(_as_multiple(ctx.st, n), ratio, ratio=True) for n in multiples]
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
            f"Multiple: claimed {said}; the pack has {target} / {before} ({ctx.ptext(base.period)})"
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


#: A cleft whose focus is the date of stating (or deciding) a plan, in either language: 「…目標を表明
#: したのは2022年だった」, 「…を掲げたのは2023年のことだ」, 「…計画を決めたのは2021年12月だ」, "It was in 2022
#: that Norland announced / set a goal"
#: (docs/verdict-rules.md §4.3).
_STATED_WHEN = (
    re.compile(r"(?:表明|発表|公表|掲げ|打ち出|決め|決定|策定)[^、。]{0,6}の(?:は|が)[^、。\d]{0,3}\d{4}年"),
    re.compile(r"(?i)\bit was in (?:\w+ )?\d{4} that\b[^.;]*?\b(?:announced|set|sets|pledged|unveiled|"
               r"adopted|launched|stated|declared|committed|decided|approved)\b"),
)


#: "since" (or 以来 / から after it) and the rest of the clause up to a period: the period
#: starts a window ("since the series began in 2015", 「統計を取り始めた2015年以来」)
_SINCE_BEFORE = re.compile(r"(?i)\bsince\b[^,.;:]{0,60}$")
_SINCE_AFTER = re.compile(r"^\s*(?:以来|から|以降)")


def _window_the_title_states(st: Statement, ev: Event) -> bool:
    """Whether the statement's period is the start of a window ("since …") that the event's own
    title also states: a record counted since then, not the event's date."""
    p = st.periods[0] if st.periods else None
    if p is None or not p.text:
        return False
    before, after = st.span[: max(0, p.start - st.start)], st.span[max(0, p.end - st.start) :]
    if p.role != "since" and not (_SINCE_BEFORE.search(before) or _SINCE_AFTER.match(after)):
        return False
    for title in (normalize(t) for t in (ev.title_ja, ev.title_en) if t):
        for m in find_periods(title):
            if (
                p.period.contains(m.period)  # 「1986年以来」 of a title's 「1986年12月以来」
                and not m.period.overlaps(ev.date)
                and (_SINCE_BEFORE.search(title[: m.start]) or _SINCE_AFTER.match(title[m.end :]))
            ):
                return True
    return False


def _dates_the_statement(span: str) -> bool:
    """Whether the claimed period is when a plan was stated, not the period it is for."""
    return any(pattern.search(span) for pattern in _STATED_WHEN)


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
        # 「…を見込んでいたが、実際には3500万人にとどまった」: what actually came about is the
        # outcome against the plan, not a detail of it
        and not lx.has(lx.OUTTURN, st.span)
        and not lx.has(lx.OUTTURN_CONTRAST, st.span)
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
        f"The event of the previous statement: '{ev.title(ctx.lang)}' ({ctx.ptext(ev.date)}).",
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


#: Prefixes that negate a Japanese noun (非公開, 未承認, 不承認, 無許可).
_NEGATING_PREFIX_JA = ("非", "不", "未", "無")
#: Verbs that carry no content of their own at the end of a Japanese clause (されています, している).
_LIGHT_HEAD_JA = frozenset(
    ("する", "いる", "ある", "なる", "れる", "られる", "おる", "くる", "いく", "しまう", "せる", "させる",
     "ます")
)


def _head_ja(text: str) -> Token | None:
    """The last content word of a Japanese clause: its predicate (削った -> 削る, 公開されています
    -> 公開), else the noun that the final ない denies (「拘束力はなく」 -> 拘束力)."""
    for tok in reversed(tokenize(text)):
        if tok.pos in ("助詞", "助動詞", "補助記号", "空白", "代名詞", "接尾辞", "感動詞"):
            continue
        if tok.pos == "動詞" and (tok.lemma in _LIGHT_HEAD_JA or tok.pos2 == "非自立可能"):
            continue
        if tok.pos == "形容詞" and tok.lemma == "ない":
            continue
        if tok.pos in ("動詞", "名詞", "形容詞"):
            return tok
        return None
    return None


def _title_tells_the_change(st: Statement, ev: Event) -> bool:
    """Whether the event's title (in either language) tells a change the statement's way: a rise,
    a level above or a decision upwards ("raised", 引き上げ) for a rise; a fall, a level below or a
    decision downwards ("cut", 引き下げ) for a fall."""
    said = st.cues & {"up", "down"}
    if len(said) != 1:
        return title_goes_the_same_way(st, ev)
    ways = (lx.UP, lx.EXCEED, lx.DECIDED_UP) if "up" in said else (lx.DOWN, lx.TRAIL, lx.DECIDED_DOWN)
    return any(lx.has(c, t) for c in ways for t in (ev.title_ja, ev.title_en) if t)


#: the level a change reached, not its size: 「45%に引き上げる」「80%まで」, "to 45%"
_LEVEL_AFTER_JA = re.compile(r"\s*(?:に|へ|まで)")
_LEVEL_BEFORE_EN = re.compile(r"(?i)\b(?:to|at|from)\s+$")


def _size_of_a_change(st: Statement, n: ClaimedNumber) -> bool:
    """Whether a number of a change statement is the change's size ("by 15%", "rose 3%", 「1割増」),
    not the level it reached ("to 80%", 「45%に引き上げる」) nor a side of it (``from``)."""
    if n.unit == "x" or not (n.role == "by" or (n.role is None and n.unit in ("%", "pt"))):
        return False
    at = st.span.find(n.text)
    level = at >= 0 and bool(
        _LEVEL_AFTER_JA.match(st.span, at + len(n.text)) or _LEVEL_BEFORE_EN.search(st.span[:at])
    )
    return not (n.role is None and level)


def title_goes_the_same_way(st: Statement, ev: Event) -> bool:
    """Whether the event's title says a change went the statement's way: a rise (up) for a title
    that says a rise or a level above, a fall for one that says a fall or a level below, else the
    decision the statement reports, the same way (lexicon.decision_goes_the_same_way)."""
    said = st.cues & {"up", "down"}
    title = (ev.title_ja if st.lang == "ja" else ev.title_en) or ev.title(st.lang) or ""
    if len(said) == 1:
        cues = {c.name for c in (lx.UP, lx.DOWN, lx.EXCEED, lx.TRAIL) if lx.has(c, title)}
        up, down = bool(cues & {"up", "exceed"}), bool(cues & {"down", "trail"})
        if (up and not down) if "up" in said else (down and not up):
            return True
    return lx.decision_goes_the_same_way(st.span, title)


def title_goes_the_other_way(st: Statement, ev: Event) -> bool:
    """Whether the event's title says a change went the other way from the statement's: a rise
    (up: 増加, アップ, rose) against a title that says only a fall or a level below (down or trails:
    減少, 下回る, fell, below), or the reverse. A rise is not a fall (a linguistic reason)."""
    said = st.cues & {"up", "down"}
    title = (ev.title_ja if st.lang == "ja" else ev.title_en) or ev.title(st.lang) or ""
    if len(said) != 1:
        return lx.decision_goes_the_other_way(st.span, title)
    cues = {c.name for c in (lx.UP, lx.DOWN, lx.EXCEED, lx.TRAIL) if lx.has(c, title)}
    up, down = bool(cues & {"up", "exceed"}), bool(cues & {"down", "trail"})
    # "lost the midterms" (a fall word) against "wins the midterms": an outcome the other way
    return ((up and not down) if "down" in said else (down and not up)) or lx.decision_goes_the_other_way(
        st.span, title
    )


def _another_member(st: Statement, ev: Event) -> bool:
    """Whether the statement puts a member on one side of a scheme's edge (「海運は…対象外」,
    "large firms remain outside") and the event's title puts another member in or out
    (「…に航空が加わる」, "extended to small firms"): an event of another member says nothing of
    this one, either way (review R12; §4.15 "Inside and outside")."""
    title = ev.title(st.lang)
    return bool(lx.scope_side(st.span) and lx.scope_side(title) and not lx.same_scope_member(st.span, title))


def _another_unit(st: Statement, ev: Event) -> bool:
    """Whether the statement keeps a thing running or halts it (「第1高炉は稼働を続けている」,
    "blast furnace No. 1 is still running") and the event's title runs or halts another unit
    (「第2高炉を休止」, "shuts blast furnace No. 2"): it says nothing of this one (review R5)."""
    title = ev.title(st.lang)
    return bool(
        lx.running_side(st.span) and lx.running_side(title) and not lx.same_running_unit(st.span, title)
    )


def _claimed_time(ctx: _Ctx) -> Period | None:
    """The time a statement speaks of: its period, else the claim's present (said_on, --as-of)."""
    if ctx.st.period is not None:
        return ctx.st.period
    return ctx.claim.now if ctx.claim is not None else None


def _state_after_the_time(ctx: _Ctx, ev: Event) -> Finding | None:
    """A state said of a time against an event of the opposite act dated outside it: "still
    running" (稼働を続けている) against a halt dated after the time it speaks of, or "shut down in
    August 2025" against a title that keeps it going only until an earlier date. The opposite act
    refutes a state only when it stood at that time (a linguistic reason: "was running in 2022" is
    not contradicted by a shutdown in 2023); unknown. None otherwise."""
    st = ctx.st
    titles = [t for t in (ev.title_ja, ev.title_en) if t]
    if not any(lx.opposite_acts(st.span, t) for t in titles):
        return None
    when = _claimed_time(ctx)
    if when is None:
        return None
    if lx.has(lx.KEPT_RUNNING, st.span) and not lx.has(lx.HALTED, st.span):
        outside = ev.date.start > when.end
    elif lx.has(lx.HALTED, st.span) and not lx.has(lx.KEPT_RUNNING, st.span):
        until = [m.period for t in titles for m in find_periods(normalize(t)) if m.period.start > ev.date.end]
        outside = bool(until) and max(p.end for p in until) < when.start
    else:
        return None
    if not outside:
        return None
    return Finding(
        "unknown",
        ctx.t(
            f"該当する出来事「{ev.title(ctx.lang)}」（{ctx.ptext(ev.date)}）は逆の行為を伝えるが、主張の言う時点"
            f"（{ctx.ptext(when)}）の外のことで、その時点の状態を示さない。",
            f"The event found, '{ev.title(ctx.lang)}' ({ctx.ptext(ev.date)}), reports the opposite act, "
            f"but outside the time the statement speaks of ({ctx.ptext(when)}): it does not show the "
            "state then.",
        ),
        [],
        kind="event",
    )


def _stage_said(ctx: _Ctx, ev: Event) -> Finding | Event | None:
    """A statement that an act was completed (「買収は2024年中に完了した」, "closed its takeover",
    "finalized") matched to an event that only agreed or announced it (合意, "agrees to buy"): an
    agreement comes before the completion and does not show it (a linguistic reason: the stage is
    what the sentence asserts; blind round 27d boeing spirit-2024-ja). The completion of the same
    act (an event saying it was completed, sharing the agreement's actors, not dated before it,
    in the pack or dated after the claim was made) decides: after the claimed window or after the
    claim was made, the statement fails; inside the window, it is the event the statement speaks
    of (returned); none, unknown. None when the stages agree or are not said."""
    st = ctx.st
    if lx.act_stage(st.span) != "completed":
        return None
    stages = {lx.act_stage(t) for t in (ev.title_ja, ev.title_en) if t}
    if "agreed" not in stages or "completed" in stages:
        return None
    later = ctx.claim.later_events() if ctx.claim is not None else ()
    done = sorted(
        (
            e for e in (*ctx.pack.events.values(), *later)
            if e.id != ev.id and e.date.start >= ev.date.start and _completes(ctx.pack, ev, e)
        ),
        key=lambda e: e.sort_key,
    )
    title = ev.title(ctx.lang)
    if not done:
        return Finding(
            "unknown",
            ctx.t(
                f"段階: 該当する出来事「{title}」（{ctx.ptext(ev.date)}）は合意・発表で、"
                "主張の言う完了ではない。パックは完了を示さない。",
                f"Stage: the event found, '{title}' ({ctx.ptext(ev.date)}), is an agreement or an "
                "announcement, not the completion the statement says; the pack does not show the completion.",
            ),
            [],
            kind="event",
        )
    close = done[0]
    window = st.period
    after_window = window is not None and close.date.start > window.end
    after_claim = ctx.as_of is not None and close.date.start > ctx.as_of.end
    if not (after_window or after_claim):
        return close if window is not None and close.date.overlaps(window) else None
    return Finding(
        "fails",
        ctx.t(
            f"段階: 該当する出来事「{title}」（{ctx.ptext(ev.date)}）は合意・発表で、完了は"
            f"「{close.title(ctx.lang)}」（{ctx.ptext(close.date)}）、"
            + ("主張の時期より後。" if after_window else "主張の時点より後。"),
            f"Stage: the event found, '{title}' ({ctx.ptext(ev.date)}), is an agreement or an "
            f"announcement; the completion, '{close.title(ctx.lang)}' ({ctx.ptext(close.date)}), came "
            + ("after the period claimed." if after_window else "after the claim was made."),
        ),
        [ev.id, close.id],
        kind="event",
    )


def _completes(pack: Pack, agreed: Event, other: Event) -> bool:
    """Whether an event says the act an agreement agreed was completed: a title that says it was
    completed (in either language) and two of the agreement's actors, or one actor and a word of
    what the titles are about in common."""
    if not any(lx.act_stage(t) == "completed" for t in (other.title_ja, other.title_en) if t):
        return False
    shared = set(agreed.actors) & set(other.actors)
    if len(shared) >= 2:
        return True
    return bool(shared) and _same_plan(pack, agreed, other)


def reports_a_pending_decision(st: Statement, ev: Event) -> bool:
    """Whether the event's title reports a decision still to be made ("PAHO's review … is pending
    and no determination has been announced", 「排除状態は審査中」) while the statement does not
    speak of a review: a pending decision is not the decision happening."""
    title = " ".join(t for t in (ev.title_ja, ev.title_en) if t)
    if not lx.has(lx.PENDING, title) or lx.has(lx.PENDING, st.span):
        return False
    # only a statement of the decision's outcome ("lost its status", 「認定を失った」); one of what
    # led to it ("applied for membership") is shown by the pending review
    return bool(_OUTCOME.search(st.span)) or any(
        lx.has(c, st.span) for c in (lx.DECIDED_FOR, lx.DECIDED_AGAINST)
    )


#: The outcome of a decision: a status lost or won, granted, revoked, declared, ruled, decided
_OUTCOME = re.compile(
    r"(?i)\b(?:lost|loses|won|wins|granted|revoked|withdrawn|declared|ruled|decided|determined|certified"
    r"|stripped|regained|restored)\b|失っ|失わ|失う|喪失|認定さ|認定し|決定し|決定さ|取り消|剥奪|回復し"
)


def title_negates(st: Statement, ev: Event) -> bool:
    """Whether the event's title says the opposite of what the statement says happened: its
    predicate written negated in the title (「予算は削られなかった」 for 「予算を削った」, 「触れず」)
    or with a negating prefix (「非公開の会合」 for 「公開されている」); "not approved",
    "unapproved" in English. An affirmed mention anywhere in the title wins."""
    if st.lang == "ja":
        title = ev.title_ja or ""
        head = _head_ja(st.span) if title else None
        if head is None or (len(head.surface) < 2 and head.pos != "動詞"):
            return False
        toks = tokenize(title)
        found = affirmed = False
        for i, tok in enumerate(toks):
            same = tok.lemma == head.lemma or (tok.pos == head.pos == "名詞" and tok.surface == head.surface)
            prefixed = (
                tok.pos == "名詞"
                and head.pos == "名詞"
                and tok.surface[:1] in _NEGATING_PREFIX_JA
                and tok.surface[1:] == head.surface
            )
            if not (same or prefixed):
                continue
            found = True
            negated = prefixed or (i > 0 and toks[i - 1].surface in _NEGATING_PREFIX_JA)
            for nxt in toks[i + 1 : i + 8]:
                if nxt.pos == "補助記号" or (nxt.pos in ("名詞", "動詞") and nxt.pos2 != "非自立可能"):
                    break
                if nxt.lemma in ("ない", "ず", "ぬ") and nxt.pos in ("助動詞", "形容詞"):
                    negated = True
                    break
            affirmed = affirmed or not negated
        return found and not affirmed
    title = ev.title_en or ""
    stems = [k for k in st.predicate_keys if k.isascii() and len(k) >= 4]
    if not title or not stems:
        return False
    low = title.lower()
    hits = [m for s in stems for m in re.finditer(rf"\b(?P<neg>un|non-?)?{re.escape(s)}\w*", low)]
    if not hits:
        return False
    return all(
        m.group("neg")
        or re.search(r"\b(?:not|never|no longer|n't|without)\s+(?:\w+\s+){0,2}$", low[: m.start()])
        for m in hits
    )


def _act_window(st: Statement) -> tuple[Period, str] | None:
    """The window a negated act is denied in: the statement's one period of its own ("did not cut
    its rate in 2023", 「2023年に利下げしなかった」), or the window it closes ("before 2022",
    「2015年から2020年まで」; from the record's start when it says none)."""
    closed = bounded_window(st)
    if closed is not None:
        return Period(closed.start or date.min, closed.end, "day", closed.text), closed.text
    own = [p for p in st.periods if not p.inferred]
    if len(own) != 1 or own[0].role is not None or own[0].run:
        return None
    at = st.span.find(own[0].text)  # (a period's offsets are the claim's, not the clause's)
    if at < 0 or _AN_END_BEFORE.search(st.span[:at]) or _AN_END_AFTER.match(st.span[at + len(own[0].text) :]):
        # 「2025年末まで解除されなかった」, "until the end of 2025": the period ends a window whose start
        # is not written here; the period is not the window itself
        return None
    return own[0].period, ""


#: words that make a period one end of a window: "until", "through", "by", "before", "since", "after";
#: 末まで, まで, までに, 以降, 以来, から, より前, 以前, 以後
_AN_END_BEFORE = re.compile(
    r"(?i)\b(?:until|till|through|by|before|after|since|from)\s+(?:the\s+end\s+of\s+)?$"
)
_AN_END_AFTER = re.compile(r"\s?(?:末|中)?(?:まで|以降|以来|から|より前|以前|以後)")


#: a bound met: the claim's figure ``x`` and a value ``f`` (``f`` past ``x`` on the bound's side)
MEETS: dict[str, Callable[[float, float], bool]] = {
    "more_than": lambda f, x: f > x, "at_least": lambda f, x: f >= x,
    "less_than": lambda f, x: f < x, "at_most": lambda f, x: f <= x,
}


def bound_of(st: Statement) -> ClaimedNumber | None:
    """The statement's one figure when it is a bound ("above 4%", 「4%超」), else None."""
    return st.numbers[0] if len(st.numbers) == 1 and st.numbers[0].comparator in MEETS else None


def act_meets_bound(st: Statement, ev: Event) -> bool | None:
    """Whether an act's title states a figure of the bound's unit past the statement's bound ("did
    not raise … above 4%": 'raises … to 4.35%' True, '… to 0.35%' False); None when the statement
    has no bound or the title states no figure of its unit."""
    bound = bound_of(st)
    if bound is None:
        return None
    unit = bound.quantity.unit
    figures = [m.quantity.value for m in find_quantities(ev.title(st.lang)) if m.quantity.unit == unit]
    if not figures:
        return None
    return any(MEETS[bound.comparator](f, bound.quantity.value) for f in figures)


#: "did not raise the tax until 2019", "not … till October 2019", 「2019年まで引き上げなかった」: the
#: period after until / till (before まで) is when the act was first done; not "until the end of
#: 2025" / 「2025年末まで」 (the period's end, not the period: blind round 27d boeing cap-ja, unchanged)
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:until|till|up\s+until)\s+$")
_UNTIL_AFTER = re.compile(r"^\s?まで(?!に|の|で)")


def _not_until(st: Statement) -> ClaimedPeriod | None:
    """The period T of a negated act said "not … until T" (「Tまで…なかった」): a linguistic reason —
    the negative scopes over the time before T, and "until" says the act came at T. Not with never /
    一度も ("had never … until 2024" is a window, §4.1), nor with a figure. None when not so said."""
    own = [p for p in st.periods if not p.inferred]
    if not st.negated or st.numbers or len(own) != 1 or own[0].role is not None or own[0].run:
        return None
    if re.search(r"(?i)\bnever\b|一度も|\bever\b", st.span):
        return None
    at = st.span.find(own[0].text)
    if at < 0 or re.search(r"(?:末|終わり|暮れ|end)$", own[0].text):
        return None
    said = _UNTIL_BEFORE.search(st.span[:at]) or _UNTIL_AFTER.match(st.span[at + len(own[0].text) :])
    return own[0] if said else None


def _first_at(ctx: _Ctx, when: Period, said: str, acts: list[Event]) -> Finding | None:
    """"did not raise the tax until October 2019" (review R22): the act's first event of the record,
    by the claim's date, dated in T holds it; one dated before T, or the first after it, refutes it
    ("until" says the act came at T); no act in the record is left to the usual reading (None)."""
    if not acts:
        return None
    ev = acts[0]
    if ev.date.overlaps(when) and not ev.date.start < when.start:
        return Finding("holds", ctx.t(
            f"その行為が初めて記録されるのは{said}: 「{ev.title('ja')}」（{ctx.ptext(ev.date)}）、"
            "それより前にはない。",
            f"The act is first dated in {said}: '{ev.title('en')}' ({ctx.ptext(ev.date)}), none before it.",
        ), [ev.id], kind="event", reads_negation=True, reads_window=True)
    before = ev.date.start < when.start
    return Finding("fails", ctx.t(
        f"その行為は{said}より{'前' if before else '後'}に初めて行われた: "
        f"「{ev.title('ja')}」（{ctx.ptext(ev.date)}）。",
        f"The act was first done {'before' if before else 'after'} {said}: '{ev.title('en')}' "
        f"({ctx.ptext(ev.date)}).",
    ), [ev.id], kind="event", reads_negation=True, reads_window=True)


def act_in_a_window(ctx: _Ctx, evidence: Sequence[str], opposite: bool) -> Finding | None:
    """An act said of a window. Negated ("did not cut its rate in 2023", 「2024年に利上げしなかった」,
    "did not raise rates before 2022") is refuted only by that act dated inside the window: an act
    the event found dates outside it, or the opposite act ("raises", 2024), says nothing of the
    window. With none of the act's events inside, it holds when the pack's events of the same actors
    and pillar reach both ends of the window (the record covers it), by the claim's date; else it is
    unknown (review session 27 R16; a linguistic reason: "not … in 2023" denies the act of 2023 alone).
    None when the act's event found is inside the window (the usual inverted date check). Affirmed,
    in a window the claim closes ("cut its rate before 2022"): holds on the act dated inside it."""
    st, pack = ctx.st, ctx.pack
    # (a record or a bound said negated, 「これを上回った年はない」, is no act of a window)
    first = _not_until(st) if not opposite else None
    read = (first.period, first.text) if first else _act_window(st) if not st.cues & _RECORD_CUES else None
    found = [pack.events[i] for i in evidence if i in pack.events]
    affirmed_end = st.negated or (not opposite and window_ending_at(st, strict=True) is not None)
    if read is None or not found or not affirmed_end:
        # (affirmed, only before / prior to / earlier than / より前 / 以前: "kept its plants running
        # through 2024", 「2024年まで」 say a state lasted to the end, not an act some time in it)
        return None
    window, said = read[0], read[1] or ctx.ptext(read[0])
    acts = [] if opposite else list(found)
    actors = {a for ev in found for a in ev.actors}
    pillars = {ev.pillar for ev in found}
    kinds = {ev.kind for ev in found}
    # the record the act is looked for in: the events of the found one's actors, pillar and kind
    record = [ev for ev in pack.events.values()
              if set(ev.actors) & actors and ev.pillar in pillars and not is_plan_event(ev)
              and (ctx.as_of is None or ev.date.start <= ctx.as_of.end)]
    retrieved = [pack.events[c.id] for c in ctx.ev.events if not c.plan]
    for ev in retrieved + [e for e in record if e.kind in kinds]:
        if ev not in acts and title_goes_the_same_way(st, ev) and not title_negates(st, ev):
            acts.append(ev)
    by_then = [ev for ev in acts if ctx.as_of is None or ev.date.start <= ctx.as_of.end]
    inside = [ev for ev in by_then if ev.date.overlaps(window)]
    if st.negated and opposite and found[0].date.overlaps(window):
        return None  # 「承認しなかった」 against 「承認せず」 in the window: the usual reading holds it
    if first is not None:
        return _first_at(ctx, window, said, sorted(by_then, key=lambda ev: ev.date.start))
    if st.negated and not opposite and inside and bound_of(st) is not None:
        # "did not raise its rate above 4% in 2022" against a raise to 0.35 %: only an act past the
        # bound is the act denied (§4.2); an act of a figure the title does not say is left as it was
        sized = [(ev, act_meets_bound(st, ev)) for ev in inside]
        past = [ev for ev, met in sized if met]
        if past:
            inside = past
        elif all(met is False for _, met in sized):
            ev = inside[0]
            return Finding("holds", ctx.t(
                f"期間中の行為（「{ev.title('ja')}」{ctx.ptext(ev.date)}）は主張の値を超えていない。",
                f"The act in the window ('{ev.title('en')}', {ctx.ptext(ev.date)}) does not pass the "
                f"claim's figure.",
            ), [e.id for e, _ in sized], kind="event", reads_negation=True, reads_window=True)
        else:
            return None
    if st.negated and not opposite and len(acts) == 1 and not inside:
        # "did not pass the Clean Air Act in 2019" against its passing in 2020: an act the record
        # holds once is dated by that one event, so a year off keeps its usual reading (§4.2)
        return None
    if not st.negated:
        # "cut its rate before 2022", 「2020年以前に利下げした」: the act dated inside the window the
        # claim closes shows it; none inside is left to the window guard (§4.1)
        if not inside:
            return None
        ev = inside[0]
        return Finding("holds", ctx.t(
            f"期間（{said}）の中にその行為がある: 「{ev.title('ja')}」（{ctx.ptext(ev.date)}）。",
            f"The act is dated inside the window ('{said}'): '{ev.title('en')}' ({ctx.ptext(ev.date)}).",
        ), [ev.id], kind="event", reads_window=True)
    if inside and inside[0] is found[0] and not read[1]:
        # (the statement's own one period: the usual inverted date check reads it; a window the
        # claim closes, "between 2015 and 2020", is not its first period — review R12)
        return None
    if inside:
        ev = inside[0]
        return Finding("fails", ctx.t(
            f"期間中にその行為があった: 「{ev.title('ja')}」（{ctx.ptext(ev.date)}）。",
            f"The act did happen in the window: '{ev.title('en')}' ({ctx.ptext(ev.date)}).",
        ), [ev.id], kind="event", reads_negation=True, reads_window=True)
    # (a window from the record's own start, "before 2022", is never shown whole by it)
    opens = window.start != date.min and any(ev.date.end <= window.start for ev in record)
    closes = any(ev.date.start >= window.end for ev in record)
    if opens and closes and (ctx.as_of is None or window.end <= ctx.as_of.end):
        return Finding("holds", ctx.t(
            f"パックの出来事は{said}の前後に及ぶが、期間中にその行為はない（最も近いもの: "
            f"「{found[0].title('ja')}」{ctx.ptext(found[0].date)}）。",
            f"The pack's events reach both ends of {said} and date no such act inside it (the nearest: "
            f"'{found[0].title('en')}', {ctx.ptext(found[0].date)}).",
        ), [ev.id for ev in found], kind="event", reads_negation=True, reads_window=True)
    return Finding("unknown", ctx.t(
        f"期間（{said}）の外の出来事はその期間に行為がなかったことを示さない（「{found[0].title('ja')}」"
        f"{ctx.ptext(found[0].date)}）。",
        f"An event outside the window ({said}) does not show the act did not happen in it "
        f"('{found[0].title('en')}', {ctx.ptext(found[0].date)}).",
    ), [ev.id for ev in found], kind="event", reads_negation=True, reads_window=True)
