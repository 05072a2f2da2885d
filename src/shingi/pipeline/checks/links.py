"""Link strength (docs/verdict-rules.md §4.13): a check settles its statement true or false
only when the evidence it used is linked to the statement strongly enough; through a weak link
the statement is ``unknown``, with the reason said.

``weigh_links`` is the step between evaluate and aggregate: it runs on the checks of each
statement (``shingi.pipeline.diagnose``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from shingi.model import Check, NumberCompared, Pack, Period
from shingi.normalize.quantities import parse_quantity, word_number
from shingi.pack.index import NameHit
from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.changes import (
    CHANGE_CREDIT_DIRECTION_ONLY,
    base_of_a_multiple,
    growth_siblings,
    names_the_base,
    records_growth,
)
from shingi.pipeline.checks.common import BOUND_SIDE, CREDIT_WRONG_SIZE, _Ctx, metric_name_keys
from shingi.pipeline.checks.dimensions import comparable
from shingi.pipeline.checks.events import (
    PAST_END_JA,
    decides_later,
    lasted_said,
    never_a_step,
    reported_period,
)
from shingi.pipeline.checks.measure_words import uncovered_measure_words
from shingi.pipeline.checks.metrics import is_projection_metric
from shingi.pipeline.checks.owner_series import guessed_series, singled_out
from shingi.pipeline.checks.plans import plans_later
from shingi.pipeline.claims.groups import group_siblings
from shingi.pipeline.claims.kinds import dates_the_peak
from shingi.pipeline.claims.numbers import BACK_TO_A_LEVEL
from shingi.pipeline.claims.periods import RECORD_BEFORE
from shingi.pipeline.claims.statement import ClaimedNumber, Statement
from shingi.pipeline.context import ClaimContext
from shingi.pipeline.evaluate import evaluate
from shingi.pipeline.morphology import content_keys, has_japanese, tokenize
from shingi.pipeline.qualifiers import of_metric, qualifiers, through_names, told_apart, unmet, unstated
from shingi.pipeline.retrieve import Evidence, retrieve

#: "in every prefecture", 「全ての都道府県で」: a universal quantifier over the parts of a whole
#: (its places or members, or the groups it is split into: 「すべての年代で」, "in every age group",
#: "across all sectors") claims something of each part, which the whole's figure does not show
#: (「全産業平均」 is the whole itself: the groups are read only after すべての / all / every)
_PARTS_JA = (
    r"都道府県|市区町村|市町村|自治体|加盟国|地域|県|州|国|年代|年齢層|年齢階級|世代|業種|産業|部門|品目|分野"
)
_EVERY_PART = re.compile(
    rf"(?:全て|すべて|あらゆる)の(?P<ja>{_PARTS_JA})"
    r"|全(?:\d+|[一二三四五六七八九十]+)?(?P<ja2>都道府県|市区町村|市町村|自治体|加盟国|州)"
    # 「各州で」「どの州でも」「47都道府県すべてで」「州はすべて」 (each / any … even / N … all)
    r"|各(?P<ja3>都道府県|市区町村|市町村|自治体|加盟国|州)(?:で|とも|ごと)"
    rf"|どの(?P<ja4>{_PARTS_JA})(?:で|に|の|を)?も"
    r"|(?P<ja5>都道府県|市区町村|市町村|自治体|加盟国|州)(?:の|で|は|が)?(?:すべて|全て|全部)"
    r"|(?i:\b(?:all|every|each)(?:\s+(?:single|and\s+every|one))?(?:\s+of)?(?:\s+the)?(?:\s+\d+|\s+fifty)?\s+"
    # a modifier before the part noun: a name or demonym, capitalised ("U.S. states", "EU member
    # states", "European countries")
    r"(?-i:(?:[A-Z][\w.'-]*\s+){0,2})"
    r"(?P<en>states?|prefectures?|provinces?|regions?|count(?:y|ies)|cit(?:y|ies)|countr(?:y|ies)"
    r"|member states?|municipalit(?:y|ies)|age (?:groups?|brackets?)|generations?|sectors?"
    r"|industr(?:y|ies))\b)"
)


#: A counterfactual: what would have been had something not happened ("Without the adjustment,
#: poverty would have reached 90%", 「調整がなければ、貧困率は90%に達していただろう」). It speaks of
#: a world that did not happen, so no observed value settles it (a linguistic reason: the past
#: conditional denies its premise). Not "would have to" (an obligation), nor 「…しなければならない」
#: ("must") or a plain conditional with a plain past after it (「足りなければ補い、…に達した」): the
#: Japanese shape is the condition and then ていた / でいた, or a past with だろう / はず.
_COUNTERFACTUAL = re.compile(
    r"(?i:\b(?:would|could|might)(?:n't|\s+not)?\s+have\s+(?!to\b)[a-z]+"
    r"|\bhad\s+it\s+not\s+been\s+for\b|\bif\s+it\s+(?:hadn't|had\s+not)\s+been\s+for\b)"
    r"|(?:なければ(?!なら|いけ)|なかったら|なかったなら|なかった場合|ていたら|でいたら)[^。]*?"
    r"(?:ていた|でいた|(?:だった|なった|達した)(?:だろう|でしょう|はず|かもしれない))"
    r"|(?:ていた|でいた)(?:だろう|でしょう|はず|かもしれない)"
)


def _counterfactual(ctx: _Ctx) -> str | None:
    """Why a statement said as a counterfactual is settled by nothing the pack observed."""
    if not _COUNTERFACTUAL.search(ctx.st.span):
        return None
    return ctx.t(
        "主張は「もし〜でなければ〜だった」という反実仮想で、起こらなかったことを述べている: パックの"
        "実際の値はそれを示さない。",
        "The claim says what would have happened (a counterfactual); the pack's figures are what did "
        "happen, and do not show it.",
    )




def _said_of_the_future(ctx: _Ctx, c: Check) -> str | None:
    """A statement about a period that begins after the claim was made (「来年の公示地価は…上昇に
    なるだろう」, 「2026年夏までに…入居が始まる」 said in 2025) is a forecast or a promise, whatever
    its wording: what happened by the claim's date — an earlier event, an earlier value — does not
    settle it (a linguistic reason: nothing said of a time to come can have happened yet; contract
    1.1 ``said_on``), only a plan, a forecast or a decision known by then, or a value the pack
    holds for that period. Plans and forecasts said as such (``plan``) have their own rules
    (§4.3). Dev: blind round 23b koji2026-forecast, round 23d u_bch_movein."""
    st, pack, claim = ctx.st, ctx.pack, ctx.claim
    if claim is None or not claim.dated or claim.as_of is None or st.kind == "plan" or c.kind == "plan":
        return None
    if not st.periods or any(p.period.start <= claim.as_of.end for p in st.periods):
        return None
    if PAST_END_JA.search(st.span) if st.lang == "ja" else not lx.has(lx.FORECAST_SAID, st.span):
        # said as done (「2026年に開業した」 said in 2025): a misdated fact, the usual checks
        return None
    for i in c.evidence:
        if i in pack.events:
            ev = pack.events[i]
            if ev.kind.lower() in lx.PLAN_EVENT_KINDS or decides_later(ev) or plans_later(ev):
                return None
            if any(ev.date.overlaps(p.period) for p in st.periods):
                return None
        elif i in pack.observations:
            o = pack.observations[i]
            if is_projection_metric(pack.metrics[o.metric]):
                return None
            if any(o.period.overlaps(p.period) for p in st.periods):
                return None
    when = ctx.ptext(st.periods[0].period)
    return ctx.t(
        f"主張は発言時点より後の{when}について述べており、見通しか約束にあたる: それまでに起きたことや"
        "それ以前の値では判定しない。",
        f"The claim speaks of {when}, after it was made: a forecast or a promise, which what had "
        "happened by then, or an earlier value, does not settle.",
    )


def weigh_links(
    checks: list[Check],
    st: Statement,
    pack: Pack,
    lang: str,
    context: ClaimContext | None = None,
    claim_dated: bool = False,
) -> None:
    """Make each settled check of one statement that rests on a weak link unknown, the reason
    said first; one that left out an entity the statement names with its own figures (§4.13,
    what the evidence covers) is first checked again on that entity's values. ``claim_dated``:
    some statement of the claim states a period (a clause of its own, 「…は、制度創設時
    （2017年度）の額である」, may date the figure of another)."""
    ctx = _Ctx(st, Evidence((), {}), pack, lang, context)
    for c in list(checks):
        if c.result == "unknown":
            continue
        unreal = _counterfactual(ctx) or _said_of_the_future(ctx, c)
        if unreal is not None:
            c.result, c.credit, c.reason = "unknown", None, unreal + " " + c.reason
            continue
        each = _each_figure_its_own(ctx, c, claim_dated)
        if each:
            # "48% graduated within four years and 77% within six years": one check per figure
            at = checks.index(c)
            checks[at : at + 1] = each
            continue
        if _complement_said(ctx, c) or _focus_against(ctx, c):
            continue
        other = _privative_of_measure(ctx, c)
        if other is not None:
            c.result, c.credit, c.reason = "unknown", None, other + " " + c.reason
            continue
        role = _ignored_role(ctx, c) or _figure_of_another(ctx, c)
        if role is not None and _check_on_role(ctx, c, role, claim_dated):
            continue
        series = singled_out(ctx, c, [i for i in c.evidence if i in pack.observations])
        picked = _Role(*series, _figure_compared(st, c)) if series is not None else None
        if picked is not None and _check_on_role(ctx, c, picked, claim_dated):
            # 「1日平均33隻」 checked on the year's total: the one series the figures fit (§4.13)
            continue
        weak = _weak_link(ctx, c, claim_dated)
        if weak is not None and _a_part_against(ctx, c, weak):
            continue
        if weak is not None:
            c.result, c.credit, c.reason = "unknown", None, weak + " " + c.reason
            continue
        unread = _figure_beside_the_point(ctx, c)
        if unread is not None:
            c.result, c.credit, c.reason = "unknown", None, unread + " " + c.reason
            continue
        overstated = _sharp_on_a_small_step(ctx, c)
        if overstated is not None:
            c.result, c.credit, c.reason = "partly", CHANGE_CREDIT_DIRECTION_ONLY, overstated + " " + c.reason
            continue
        understated = _slight_on_a_large_step(ctx, c)
        if understated is not None:
            c.result, c.credit = "partly", understated[0]
            c.reason = understated[1] + " " + c.reason


_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _figure_beside_the_point(ctx: _Ctx, c: Check) -> str | None:
    """A record or a comparison that holds while the figure the statement gives was compared with
    nothing: "About 20% of the part-timers … are now foreign nationals" held as a superlative on
    event amounts, 「…全国平均より10円以上高い」 held on which price is higher with the margin never
    measured. The figure is what the claim asserts (a linguistic reason: a number said with a
    record or an order is its size, as in §4.13 "the claim's figures are its point"); the order or
    the record that holds does not show it, so the check is left open. A figure the source itself
    states (the record's event title gives it: "an all-time high of more than 10.8 million"), a
    figure that a compared value or a value of the observations the check rests on matches, a
    place, a multiple or fraction (a record's threshold: "below half … for the first time"), a
    whole, a starting point or a rate is not left out. Reworded round 22b foreign-fifth-en-rw was a
    wrong true so."""
    if c.kind not in ("superlative", "comparison") or c.result not in ("holds", "partly"):
        return None
    if any(n.claimed is not None for n in c.numbers):
        return None
    st = ctx.st
    figures = [
        n for n in st.numbers
        if n.unit not in ("rank", "x") and n.role not in ("whole", "per", "from", "rate")
        and (c.kind == "superlative" or n.role == "by")
    ]
    span = st.span
    figures = [
        n for n in figures
        # the size of the set ranked, 「3か国の中で」「47都道府県のうち」 "among the 27 member states"
        if not re.search(re.escape(n.text) + r"\s*(?:の中|中で|のうち|中)", span)
        and not re.search(r"(?i)\b(?:among|of|out of|across)\s+(?:the\s+|all\s+)?" + re.escape(n.text), span)
    ]
    found = [n.found for n in c.numbers] + [
        o.value.value for i in c.evidence
        if (o := ctx.pack.observations.get(i)) is not None and o.value is not None
    ]
    told = " ".join(
        t for i in c.evidence if (ev := ctx.pack.events.get(i)) is not None
        for t in (ev.title_ja, ev.title_en, ev.note) if t
    ).replace(",", "")
    # whole numbers, not digits inside others: "5" is not told by a title with 2025
    told_numbers = {float(d) for d in _DIGITS.findall(told)}
    for n in figures:
        value = n.quantity.value
        if any(f and abs(f - value) <= 0.1 * abs(value) for f in found):
            continue
        digits = _DIGITS.findall(n.text.replace(",", "")) or [f"{value:g}"]
        if told and all(float(d) in told_numbers for d in digits):
            continue
        return ctx.t(
            f"主張の数値（{n.text}）は何とも比べられておらず、成り立つのは順序・記録の部分だけ: "
            "主張の示す大きさは確かめられない。",
            f"The claim's figure ({n.text}) was compared with nothing; only the order or record holds, "
            "which does not show the size the claim gives.",
        )
    return None


def weigh_claim_figures(said: list[tuple[Statement, Check]], lang: str) -> None:
    """A claim whose figures were all left unchecked — each in a statement that came out unknown,
    none compared by a check that settled — while what settled holds (the event, its date: 「…に
    閣議決定した補正予算案で、防衛省分として約2兆円を計上した」 holding on the cabinet decision
    and its month, the 2 trillion yen unknown): the figures are what the claim asserts, and the
    setting that holds does not make it true. The checks that held are made unknown."""
    unread = [n.text for st, c in said if c.result == "unknown" for n in st.numbers]
    settled = [c for _, c in said if c.result != "unknown"]
    if not unread or not settled or any(c.result != "holds" for c in settled):
        return
    if any(n.claimed is not None for c in settled for n in c.numbers):
        return
    figures = ("、" if lang == "ja" else ", ").join(unread)
    why = (
        f"主張の数値（{figures}）はどれも確かめられず、成り立つのはその前提（出来事・時期）だけ: "
        "主張全体を正しいとは言えない。"
        if lang == "ja"
        else f"None of the claim's figures ({figures}) could be checked; only their setting (the "
        "event, its date) holds, which does not make the claim true."
    )
    for c in settled:
        c.result, c.credit, c.reason = "unknown", None, why + " " + c.reason


def weigh_unread_lengths(said: list[tuple[Statement, Check]], lang: str) -> None:
    """A statement that holds while it says how long a state lasted (「1カ月以上も続いた」, "lasted
    more than a month", "for two years": ``events.lasted_said``) and no check of it compared that
    length: the length is a figure of the claim, and what held (a level, a date, a record) does not
    show it — the check is made unknown, its reason naming the length (a linguistic reason: the
    length is the complement of the verb of lasting, what the statement asserts; docs/verdict-rules.md
    §4.15 "No number left unread"). An event's check compares it itself (``events._duration_result``);
    a change or a record reads it as its window (``changes._SUSTAINED``)."""
    for st, c in said:
        if c.result != "holds" or c.kind in ("event", "plan", "change", "superlative"):
            continue  # (a change or a record reads the length as its window: "rising for five years")
        lasted = lasted_said(st, verb_only=True)
        if lasted is None:
            continue
        compared = [n.claimed_text for s2, c2 in said if s2 is st for n in c2.numbers]
        if any(t and (t in lasted.text or lasted.text in t) for t in compared):
            continue
        why = (
            f"期間「{lasted.text}」: どの確認もこの長さを比べていない。"
            "成り立つ部分だけでは主張を正しいとは言えない。"
            if lang == "ja"
            else f"Duration '{lasted.text}': no check compared this length; what holds without it does not "
            "make the statement true."
        )
        c.result, c.credit, c.reason = "unknown", None, why + " " + c.reason


#: a figure written in a share's clause ("3.6 percent of the city's 5,800", 「全体164万世帯の」)
_FIGURE = re.compile(
    r"(?<![\d.])\d[\d,]*(?:\.\d+)?(?:万\d*|億\d*|兆\d*)?(?:\s*(?:thousand|million|billion|trillion)\b)?"
    r"(?!\d|[.,]\d)(?!\s*(?:%|％|percent|パーセント|年))"
)


def _whole_of(st: Statement) -> float | None:
    """The whole a share's clause names as a figure ("of Norland City's 5,800"), None when it
    names none."""
    text = st.span
    for n in st.numbers:
        if n.unit == "%":
            text = text.replace(n.text, " ")
    for m in _FIGURE.finditer(text):
        try:
            v = parse_quantity(m.group(0)).value
        except ValueError:
            continue
        if v > 0:
            return v
    return None


def _count_is_the_share(before: Statement, st: Statement) -> bool:
    """The count of the clause before, over the whole the share's clause names, is the share said
    (208 of 5,800 is 3.6 %); False when no whole is named: the share alone says nothing of the
    count (90万世帯 and 4万7317世帯 can both be 2.87 % of an unnamed whole)."""
    whole = _whole_of(st)
    shares = [n.quantity.value for n in st.numbers if n.unit == "%"]
    counts = [n.quantity.value for n in before.numbers]
    if whole is None or len(shares) != 1 or len(counts) != 1:
        return False
    said = 100 * counts[0] / whole
    return abs(said - shares[0]) <= max(0.05 * shares[0], 0.05)


def _stretch(text: str, first: Statement, last: Statement, first_span: str, last_span: str) -> str:
    """The claim's words from ``first``'s clause to the end of ``last``'s, verbatim (what lies
    between them, 「で、」 ", " " - ", kept as written); ``last_span`` alone when the offsets do not
    give those words."""
    stretch = text[first.start : last.end]
    if first.start < last.end and stretch.startswith(first_span) and stretch.endswith(last_span):
        return stretch
    return last_span


def said_with_its_share(said: list[tuple[Statement, Check]], lang: str, text: str) -> list[Check]:
    """The checks of a claim less those of a figure said again as its share: a count or sum left
    unknown in the clause right before a share of a whole that holds and is that figure's share
    ("The offices have 208 positions, about 3.6 percent of the city's 5,800"; the share's statement
    says so, parse ``inherited`` "part"), when the whole is named as a figure and the count over
    it is the share said (``_count_is_the_share``: 「外国籍の世帯は90万世帯で、全体の2.87%だった」
    names no whole, and its count stays unknown: the share cannot tell 90万 from 4万7317). A
    linguistic reason: the apposition says one quantity twice, as a count and as its part of the
    whole, and the share that holds settles it; the count left alone would count as a statement the
    pack could not settle. A count that fails stays (the claim says a wrong figure). The share's
    reason says that it carries the count, and its span quotes the claim (``text``, as analysed)
    from the count's clause to the share's end, as written between them."""
    dropped: set[int] = set()
    for (before, _), (st, share) in pairwise(said):
        if "part" not in st.inherited or share.result != "holds" or before is st:
            continue
        mine = [c for s, c in said if s is before]
        if not mine or any(c.result != "unknown" for c in mine) or any(n.unit == "%" for n in before.numbers):
            continue
        if not _count_is_the_share(before, st):
            continue
        figures = ("、" if lang == "ja" else ", ").join(n.text for n in before.numbers)
        share.reason += (
            f" 前の節の数値（{figures}）はこの割合の部分で、割合として確かめた。"
            if lang == "ja"
            else f" The figure of the clause before ({figures}) is the part this share is of: checked as "
            "the share."
        )
        sep = "、" if lang == "ja" else ", "
        share.statement = mine[0].statement + sep + share.statement
        share.span = _stretch(text, before, st, mine[0].span, share.span)
        dropped.update(id(c) for c in mine)
    return [c for _, c in said if id(c) not in dropped]


def _weak_link(ctx: _Ctx, c: Check, claim_dated: bool) -> str | None:
    """Why the link between the statement and the evidence of ``c`` is too weak to settle it."""
    evidence = c.evidence
    unread = _bound_far_past(ctx, c)
    if unread is not None:
        return unread
    if evidence and evidence[0] in ctx.pack.events:
        return (
            _only_cited(ctx, evidence[0])
            or _unnamed_clause_against_event(ctx, c)
            or _event_of_another_time(ctx, c, evidence[0])
            or _event_of_another_period(ctx, c, evidence[0])
            or _plan_of_no_one_named(ctx, c, evidence[0])
            or (_event_in_the_adverbial(ctx, evidence[0]) if c.kind == "event" and c.numbers else None)
        )
    observed = [i for i in evidence if i in ctx.pack.observations]
    if not observed:
        return None
    return (
        _majority_as_a_size(ctx, c)
        or _step_longer_than_the_period(ctx, c, observed)
        or _window_of_another_length(ctx, c, observed)
        or _figure_of_another_dimension(ctx, c, observed)
        or _size_unread(ctx, c, observed)
        or _change_said_to_stop(ctx, c)
        or _fiscal_for_calendar(ctx, observed)
        or _whole_for_every_part(ctx, observed)
        or _age_bounded_for_all(ctx, observed)
        or _age_bound_not_measured(ctx, observed)
        or _qualifiers_disagree(ctx, observed)
        or _measure_not_named(ctx, observed)
        or guessed_series(ctx, c, observed)
        or _role_not_covered(ctx, c)
        or _figure_not_covered(ctx, c)
        or _figures_of_two_owners(ctx, c)
        or _one_figure_is_the_value(ctx, c)
        or (None if claim_dated else _changed_since(ctx, observed))
    )


def _measure_not_named(ctx: _Ctx, observed: list[str]) -> str | None:
    """A claim's measure phrase with a noun that the measure compared does not name, nor its
    entity (「コメの自給率」 against the overall food self-sufficiency rate): the claim speaks of
    a narrower or other thing than the values compared (a linguistic reason: a noun that
    modifies a measure's name says what is counted)."""
    st, pack = ctx.st, ctx.pack
    owners = tuple(dict.fromkeys((*st.entities, *(pack.observations[i].entity for i in observed))))
    metrics = list(dict.fromkeys(pack.observations[i].metric for i in observed))
    # a comparison of two measures ("book sales overtook magazine sales"): a word one side names
    # is that side's, no qualifier the other lacks — only a word neither names is (review M3)
    named = (
        set.intersection(*(set(uncovered_measure_words(st.span, m, owners, pack)) for m in metrics))
        if st.cues & {"exceed", "trail"} and len(metrics) > 1 else None
    )
    for metric_id in metrics:
        words = uncovered_measure_words(st.span, metric_id, owners, pack)
        if named is not None:
            words = tuple(w for w in words if w in named)
        if words:
            said = "、".join(words) if ctx.ja else ", ".join(words)
            return ctx.t(
                f"主張の指標を限定する語（{said}）は、比べた指標（{ctx.mname(metric_id)}）の名前・定義に"
                "含まれない: 主張の指すものの値とは言えない。",
                f"The claim's measure is qualified by words ({said}) that the measure compared "
                f"({ctx.mname(metric_id)}) does not name: it is not the value of what the claim speaks of.",
            )
    return None


#: How far past its bound a value may lie and still be what a bound of the claim speaks of
#: ("more than 10,000" said of 6.13 million is of another thing)
BOUND_FAR = 10.0


def _bound_far_past(ctx: _Ctx, c: Check) -> str | None:
    """A bound that holds only because the value lies more than an order of magnitude past it
    ("more than 10,000 patients" against 6.13 million): one who says "more than N" speaks of a
    value near N, so the value compared is of another thing than the claim's (a linguistic
    reason: a bound is said at the nearest round figure the speaker can vouch for). Not a
    multiple or a ratio of two values ("less than half of the US's"): a bound on a ratio says
    which side of it one is, loosely. A value on the other side of zero that holds the bound only
    by being of another scale ("dropped under 76 years" against a change of -0.6 year: more than
    ten times smaller than the bound) is as far: the bound is met trivially, by a change or a
    difference standing for the level the bound speaks of (reworded round 19d below-76-2021-rw
    was a wrong true so)."""
    if c.result != "holds":
        return None
    for n in c.numbers:
        side = BOUND_SIDE.get(n.comparator)
        if side is None or not n.claimed or not n.found or n.unit == "x":
            continue
        if (n.found > 0) != (n.claimed > 0):
            # (not when the same figure was also compared with a value of its own side: "fell below
            # 700,000 …" set against the level 686,061 as well as against the fall of 41,227)
            apart = max(abs(n.found), abs(n.claimed)) / min(abs(n.found), abs(n.claimed))
            far = apart > BOUND_FAR and not any(
                m.claimed_text == n.claimed_text and m.found and (m.found > 0) == (n.claimed > 0)
                for m in c.numbers
            )
        else:
            ratio = n.found / n.claimed
            far = (ratio if side > 0 else 1 / ratio) > BOUND_FAR
        if far:
            return ctx.t(
                f"「{n.claimed_text}」は境界を示す数値だが、比べた値（{ctx.q(n.found, n.unit)}）は"
                "その10倍以上離れており、主張の指すものの値とは言えない。",
                f"'{n.claimed_text}' is a bound, and the value compared ({ctx.q(n.found, n.unit)}) lies more "
                "than ten times past it: it is not the value of what the claim speaks of.",
            )
    return None


#: Words of an intent (a plan of someone: aims, targets, pledges, a schedule, 目指す, 目標, 予定 …), against
#: a prediction (will, expected, forecast, 見通し, 見込み, だろう)
_INTENT = re.compile(
    r"目指|めざ|目標|計画|方針|狙|公約|約束|提言|提案|要請|求め|構想|掲げ|予定"
    r"|(?i:\b(?:aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|target(?:s|ed|ing)?|intend(?:s|ed)?|goals?|scheduled"
    r"|pledg(?:e|es|ed)|promis(?:e|es|ed)|vow(?:s|ed)?|propos(?:e|es|ed|al)|recommend(?:s|ed)?"
    r"|call(?:s|ed)? for|urg(?:e|es|ed)|roadmap|commit(?:s|ted)?)\b)"
)


#: A share of a change ("more than half of the increase in spending", "60% of the rise in …",
#: 「歳出増加分の半分以上」「増加の7割」): the figure is the part one contributor has of a change, a
#: quantity of that contributor, neither the change's size nor a multiple of the changed value
_SHARE_OF_A_CHANGE = re.compile(
    r"(?i:\b(?P<en>half|majority|most|\d+(?:\.\d+)?\s?(?:%|percent|per cent)|(?:a|one|two)[\s-]thirds?"
    r"|(?:a|one|three)[\s-]quarters?)\s+of\s+(?:the|its|this|that|their)\s+(?:[\w$.-]+\s+)?"
    r"(?:increases?|rises?|growth|gains?|jump|surge|falls?|drops?|declines?|decreases?)\s+(?:in|of)\b)"
    r"|(?:増加|増|伸び|上昇|減少|減)分?の(?:約|ほぼ|およそ)?(?P<ja>半分|半数|大半|過半|[0-9０-９.]+\s?(?:%|％|割))"
)


def _majority_as_a_size(ctx: _Ctx, c: Check) -> str | None:
    """A change compared with the majority a statement says of it ("Most of the 2025 rise in FDI came
    from Chinese firms", 「増加分の大半は…」): the majority is the share one part has of the change,
    never its size, and the whole's values do not split it into parts (a linguistic reason: "most
    of X" quantifies over X's parts). A share of a rise that the pack can split is read by §4.5
    before this check is made. The same for any fraction of a change ("more than half of the
    increase in federal spending", 「増加分の半分以上」), whatever kind of check read it (a multiple
    of the changed value, a ratio of two levels): blind round 16b tariffs-half-spending was a
    wrong true on "more than half" read as a multiple of outlays."""
    share = _SHARE_OF_A_CHANGE.search(ctx.st.span)
    fraction = share is not None and any(
        (share["en"] or share["ja"] or "").casefold() in n.claimed_text.casefold() for n in c.numbers
    )
    majority = c.kind == "change" and any(n.claimed_text == "majority" for n in c.numbers)
    if not (majority or fraction):
        return None
    measures = {ctx.pack.observations[i].metric for i in c.evidence if i in ctx.pack.observations}
    if c.kind == "change" and len(measures) > 1:
        return None  # the part's rise against the whole's: the share of a rise, read (§4.5)
    said = share.group(0) if fraction and share is not None else ctx.t("大半", "most of")
    return ctx.t(
        f"「{said}」は変化のうち一部分の占める割合で、変化の大きさではない。パックはその内訳を持たない。",
        f"'{said}' is the share one part has of the change, not its size; the pack does not break "
        "the change down into parts.",
    )


def _step_longer_than_the_period(ctx: _Ctx, c: Check, observed: list[str]) -> str | None:
    """A change said of one period ("fell by more than 176,000 in the third quarter of 2025")
    that fails on two values further apart than that period is long (1 January to 1 July): a
    longer change says nothing of the period's own."""
    st, pack = ctx.st, ctx.pack
    if c.kind != "change" or c.result != "fails" or st.term_window or "flat" in st.cues:
        return None
    if base_of_a_multiple(st) or names_the_base(st) or BACK_TO_A_LEVEL.search(st.span) or dates_the_peak(st):
        # 「1970年の7分の1に」, "from their 2023 level", 「2018年の水準に戻った」, 「2019年のピークから」:
        # the window is from the named period to now
        return None
    periods = {p.period for p in st.periods}
    if len(periods) != 1 or any(p.role or p.inferred for p in st.periods):
        return None
    if all(records_growth(pack.metrics[pack.observations[i].metric]) for i in observed):
        # values of a growth measure are each their own period's change (a record of the change
        # ranked on them, "the steepest fall on record"): how far apart they lie is no step
        return None
    ends = sorted(pack.observations[i].period.end for i in observed)
    if len(ends) < 2:
        return None
    (period,) = periods
    if (ends[-1] - ends[0]).days <= 1.2 * ((period.end - period.start).days + 1):
        return None
    return ctx.t(
        f"主張は{ctx.ptext(period)}の変化を述べるが、比べた二つの値はそれより長い間隔で離れている。",
        f"The claim speaks of the change in {ctx.ptext(period)}, but the two values compared are "
        "further apart than that period.",
    )


#: A change's window given by its length: 「この4年で」「たった4年で」「5年間で」, "in five years",
#: "over the past five years", "in a decade" (not 「8年ぶり」「3年連続」「5年前」: no window)
_WINDOW_LENGTH = re.compile(
    r"(?:この|ここ|過去|直近|わずか|たった)?(?<![\d.,])(?P<nj>\d{1,2})年(?:間)?(?:で|の間|間)(?!連続|ぶり|前)"
    r"|(?i:\b(?:in|over|within|during)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?"
    r"(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a)\s+)?"
    r"(?P<u>years|decades?)\b)"
)


def window_length(span: str) -> int | None:
    """The length in years of the window a change is said over (「この4年で」, "in five years",
    "in a decade"), None when the statement gives none."""
    m = _WINDOW_LENGTH.search(span)
    # "the first time in five years", "the highest in a decade": a record's window, not a change's
    if m is None or RECORD_BEFORE.search(span[max(0, m.start() - 30) : m.start()]):
        return None
    if m.group("nj"):
        return int(m.group("nj"))
    n_text = (m.group("n") or "").lower()
    n = word_number(n_text) or 0  # ("a decade": 0, one decade)
    if m.group("u").lower().startswith("decade"):
        return 10 * (n or 1)
    return n or None


def _window_of_another_length(ctx: _Ctx, c: Check, observed: list[str]) -> str | None:
    """A change said over a window of N years (「この4年で3倍」, "doubled in five years") settled
    on two values further apart, or closer, than that by more than a fifth of it: the size of a
    change depends on its window, and one over another length says nothing of the claimed one (a
    linguistic reason: the window is part of what is claimed)."""
    if c.kind != "change" or ctx.st.term_window:
        return None
    years = window_length(ctx.st.span)
    if years is None or len(observed) < 2:
        return None
    starts = sorted({ctx.pack.observations[i].period.start for i in observed})
    if len(starts) < 2:
        return None
    apart = (starts[-1] - starts[0]).days / 365.25
    metric = ctx.pack.metrics.get(ctx.pack.observations[observed[0]].metric)
    if metric is not None and records_growth(metric) and metric.base is None and len(observed) == years:
        # the year-on-year rates of a window compounded (``changes._compounded``): the first one
        # covers the year before its own date
        apart += 1
    if abs(apart - years) <= years / 5 + 0.1:
        return None
    return ctx.t(
        f"主張は{years}年間の変化を述べるが、比べた二つの値は約{apart:.0f}年離れている。",
        f"The claim speaks of a change over {years} years, but the two values compared are about "
        f"{apart:.0f} years apart.",
    )


#: A size said of each step of a change: 「毎年2割以上のペースで」, "by 20% a year", "every year";
#: "a quarter" is a step only after a figure ("5% a quarter"): after "by" or a hedge it is the
#: fraction ("dropped by roughly a quarter since 2016", a linguistic reason)
_PER_STEP = re.compile(
    r"毎年|年々|毎月|ペース|年率|(?i:\b(?:every|each|per) (?:year|month|quarter)\b|\ba (?:year|month)\b"
    r"|(?:\d|%|\bpercent|\bpoints?|\btimes) a quarter\b|\bannually\b)"
)


def _figure_of_another_dimension(ctx: _Ctx, c: Check, observed: list[str]) -> str | None:
    """A change between two values none of whose figures is of the measure's dimension (§4.14:
    "the value of a kilo of tea … LKR 822.25" against the exports' total), none of them compared:
    its direction is another thing's."""
    st = ctx.st
    if c.kind != "change" or c.result == "unknown" or len(observed) < 2 or not st.numbers:
        return None  # (one value of a growth rate settles a change by its sign, §4.7)
    first = ctx.pack.observations[observed[0]]
    metric = ctx.pack.metrics.get(first.metric)
    if (
        metric is None
        or any(n.claimed is not None for n in c.numbers)
        or any(comparable(st, n, first.unit, metric.kind) for n in st.numbers)
    ):
        return None
    return ctx.t(
        f"主張の数値（{st.numbers[0].text}）は「{ctx.mname(metric.id)}」と次元が異なり、"
        "その増減は主張を確かめない。",
        f"The claim's figure ({st.numbers[0].text}) is of another dimension than "
        f"'{ctx.mname(metric.id)}', whose change does not settle it.",
    )


def _size_unread(ctx: _Ctx, c: Check, observed: list[str]) -> str | None:
    """A change that holds while the size the statement gives was not shown: no check compared
    it, when it is said per step (「毎年2割以上のペースで増え続けている」, "by 20% a year") or in a
    unit the measure's values are not in (「3倍になった」 of a count), or a size per step was
    compared with a change over several steps (2020 to 2024 doubled is no 20% a year). The size is
    what the statement asserts, and the direction that holds does not show it. (A figure in the
    measure's own unit with no word of a step is a level the change reached: 「38%で横ばい」.)"""
    st = ctx.st
    values = [ctx.pack.observations[i] for i in observed]
    if c.kind != "change" or c.result in ("unknown", "fails") or len(values) < 2:
        return None
    units = {o.unit for o in values}
    per_step = _PER_STEP.search(st.span) is not None
    starts = sorted({o.period.start for o in values})
    steps = len(starts) >= 2 and (starts[-1] - starts[0]).days > 400
    compared = any(n.claimed is not None for n in c.numbers)
    if compared and not (per_step and steps):
        return None
    if compared and all(_one_step(ctx, n.evidence) for n in c.numbers if n.claimed is not None):
        return None  # each step's size was compared (checks/spans.py)
    sizes = [
        n.text for n in st.numbers
        if n.unit in ("%", "x", "pt") and n.role not in ("from", "to") and (per_step or n.unit not in units)
    ]
    if not sizes:
        return None
    return ctx.t(
        f"変化の大きさ（{sizes[0]}）を確かめられず、向きだけでは主張を確かめたことにならない。",
        f"The size of the change ({sizes[0]}) could not be checked; its direction alone does not "
        "settle the claim.",
    )


def _one_step(ctx: _Ctx, evidence: Sequence[str]) -> bool:
    """Whether a compared figure's evidence is one step: two values at most a year and a bit apart."""
    if len(evidence) != 2 or not all(i in ctx.pack.observations for i in evidence):
        return False
    a, b = (ctx.pack.observations[i].period.start for i in evidence)
    return 0 < (b - a).days <= 400


#: A change said to have stopped: 「増加に歯止めがかかった」「頭打ち」「止まった」, "stopped rising",
#: "has levelled off", "halted", "stalled", "plateaued"
_STOPPED = re.compile(
    r"歯止め|頭打ち|止まっ|止まり|止まる|収ま|落ち着|鈍化"
    r"|(?i:\b(?:stopp(?:ed|ing)|halt(?:ed|s)?|stall(?:ed|s)?|levell?(?:ed|ing) off|plateau(?:ed|s)?"
    r"|flatten(?:ed|ing) out|peaked)\b)"
)


def _change_said_to_stop(ctx: _Ctx, c: Check) -> str | None:
    """A change that holds on a series moving the way the statement names while the statement
    says that movement has stopped (「不登校の増加にはようやく歯止めがかかった」): the claim is the
    opposite of the movement it names (a linguistic reason), so the values moving that way do
    not show it."""
    if c.kind != "change" or c.result == "fails" or not _STOPPED.search(ctx.st.span):
        return None
    return ctx.t(
        "主張は変化が止まったと述べており、その向きに動いた値は主張を裏づけない。",
        "The claim says the change has stopped; values that moved that way do not show it.",
    )


#: A change said to be large: "rose sharply", "soared", "plunged", 「急増」「大幅に減少」
_SHARP = re.compile(
    r"急増|急減|急騰|急落|急上昇|急低下|急激|急伸|急拡大|急縮小|急回復|急反発|急悪化|急速"
    r"|激増|激減|大幅|著し|劇的|飛躍的|爆発的"
    r"|大きく(?:増|減|上|下|伸|縮小|拡大|低下|落ち|膨ら|回復|悪化|改善|後退|目減|跳ね|値上|値下|変わ|変化|好転)"
    r"|大きな(?:増|減|伸び|落ち込み|上昇|低下|下落|縮小|拡大|改善|悪化|回復|後退|変化)"
    r"|(?i:\b(?:big|huge|massive|large|significant|substantial|considerable|marked|drastic|sizeable"
    r"|sizable)\s+(?:rises?|falls?|drops?|jumps?|increases?|decreases?|declines?|gains?|cuts?|swings?"
    r"|reductions?|growth|changes?)\b)"
    r"|(?i:\b(?:sharp(?:ly)?|steep(?:ly)?|dramatic(?:ally)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)"
    r"|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|skyrocket(?:s|ed|ing)?|spik(?:e|es|ed|ing)"
    r"|collaps(?:e|es|ed|ing)|crash(?:es|ed|ing)?|tumbl(?:e|es|ed|ing)|nosediv(?:e|es|ed|ing)"
    r"|slump(?:s|ed|ing)?|slash(?:es|ed|ing)?|significantly|substantially|considerably|markedly"
    r"|greatly|drastically|massively|hugely|enormously|tremendously)\b)"
)
#: The least relative change a word of a large change speaks of
SHARP_LEAST = 0.05


def _step_found(ctx: _Ctx, c: Check) -> tuple[float, float | None] | None:
    """The size of the change a change check settled on: its relative size, and its size in
    points when both values are in %; None when it rests on no two values of a level nor one value
    of a growth rate in %. One value of a growth rate ("sales plunged in 2025" for −1.5 %) is the
    same change as two levels 1.5 % apart, the same words (§1 paraphrase invariance)."""
    values = [ctx.pack.observations[i] for i in c.evidence if i in ctx.pack.observations]
    values = sorted((o for o in values if o.value is not None), key=lambda o: o.period.start)
    growth = [o for o in values if ctx.pack.metrics[o.metric].kind == "growth"]
    if len(values) == 1 and growth and growth[0].unit == "%":
        assert growth[0].value is not None
        return abs(growth[0].value.value) / 100, None
    if len(values) < 2 or growth:
        return None
    assert values[0].value is not None and values[-1].value is not None
    a, b = values[0].value.value, values[-1].value.value
    if not a:
        return None
    points = abs(b - a) if values[0].unit == "%" and values[-1].unit == "%" else None
    return abs(b - a) / abs(a), points


def _sharp_on_a_small_step(ctx: _Ctx, c: Check) -> str | None:
    """A change said to be sharp ("fell sharply in 2023", 「大きく減少」, 「著しく」, "significantly")
    that holds on two values less than 5 % apart (a fall of 2.7 %), or on one value of a growth
    rate under 5 % ("sales plunged" for −1.5 %): the way is right, the size the words claim is not
    (a linguistic reason: "sharply" asserts a large change), so it holds only in part: half, as a
    change whose direction is right and whose numbers are not (§4.7)."""
    if c.kind != "change" or c.result != "holds" or not _SHARP.search(ctx.st.span):
        return None
    step = _step_found(ctx, c)
    if step is None or step[0] >= SHARP_LEAST:
        return None
    return ctx.t(
        "向きは正しいが、主張の言う大きな変化ではない（見つかった変化は5%未満）。",
        "The direction is right, but the change is not the sharp one claimed (the change found is "
        "less than 5%).",
    )


#: A change said to be small: "barely shrank", "rose slightly", "edged up", "a modest fall",
#: 「わずかに減少」「微増」「小幅に上昇」「やや上回」「若干減った」「少し減った」 (the degree words of a small
#: change, the counterpart of ``_SHARP``; not 「わずか2年で」 "only", nor "barely half", no change)
_VERB_JA = (
    r"(?:増|減|上|下|伸|縮|改善|悪化|低下|上昇|下落|拡大|縮小|回復|落ち|目減|値上|値下|高ま|低ま|速|早|遅)"
)
_VERB_EN = (
    r"(?:r[io]se[ns]?|rising|f[ae]ll(?:s|en|ing)?|gr[eo]w(?:s|n|ing)?|shr[aiu]nk(?:s|ing)?"
    r"|(?:increas|decreas|declin|improv|reduc|eas|chang|mov)(?:e|es|ed|ing)"
    r"|(?:narrow|widen|climb|slow|drop|dip|slip|gain|shift|contract|expand|recover|weaken|strengthen"
    # (not "above" / "below": "barely above the target" places a level by a line, no change)
    r"|worsen)(?:s|p?ed|p?ing)?|went|go(?:es|ne|ing)?|higher|lower|up|down)\b"
)
_SLIGHT = re.compile(
    rf"(?:ごく)?(?:わずか|僅か)(?:に|ながら|な)?{_VERB_JA}|微増|微減|小幅"
    rf"|やや{_VERB_JA}|若干(?:の)?{_VERB_JA}|(?<![減縮])少し(?:だけ)?{_VERB_JA}"
    # the English degree word only where it modifies the change (review R9): "barely shrank",
    # "rose slightly", "slightly higher", "fell a little" — not "barely two years after", "hardly a
    # surprise", "a little-known"
    rf"|(?i:\b(?:(?:barely|hardly|scarcely|slightly|marginally|fractionally|modestly)\s+{_VERB_EN}"
    rf"|{_VERB_EN}\s+(?:only\s+|just\s+|very\s+)?(?:slightly|marginally|fractionally|modestly|barely)"
    rf"|{_VERB_EN}\s+(?:only\s+|just\s+)?a\s+(?:little|bit|touch|tad)(?![\w-])"
    r"(?!\s+(?:more|less|over|under|above|below)\b)"
    r"|(?:slight|small|modest|marginal|minor|tiny)\s+(?:rises?|falls?|drops?|dips?|increases?|decreases?"
    r"|declines?|gains?|cuts?|reductions?|upticks?|downticks?|improvements?|growth)"
    r"|(?:edg|inch|tick|nudg)(?:e|es|ed|ing|s)?\s+(?:up|down|higher|lower|upwards?|downwards?))\b)"
)
#: The bands of a small change's size (relative change; in points for a value in %): up to the
#: first a small change, as said; up to the second half of one (credit 0.5); further the wrong
#: size (credit 0.25, mostly false). In points, ten times smaller numbers of points.
SLIGHT_MOST = 0.05
SLIGHT_STRETCHED = 0.10
SLIGHT_POINTS_MOST = 0.5


def _slight_on_a_large_step(ctx: _Ctx, c: Check) -> tuple[float, str] | None:
    """A change said to be small ("the loss barely shrank", 「わずかに減少」, "edged up", 「微増」)
    that holds in its direction on two values further apart than a small change goes: the size
    word is what the claim asserts beside the way (a linguistic reason: "barely" / 「わずかに」 say
    the change is small, as "sharply" says it is large; §4.13 "A sharp change on a small step").
    Graded bands on the change's size — relative, or in points for a value in %: under 5 % (0.5
    point) a small change as said; 5-10 % (0.5-1 point) a small change stretched, half (credit
    0.5); 10 % or more (a tenth of the level) no small change, mostly false (credit 0.25): the way
    is right, the size understated. A statement whose own figure gives the size is read by it."""
    if c.kind != "change" or c.result != "holds" or c.numbers or not _SLIGHT.search(ctx.st.span):
        return None
    step = _step_found(ctx, c)
    if step is None:
        return None
    relative, points = step
    if points is not None:
        # a rate or share moves by points: 2.5 % → 2.8 % is a small step (0.3 point)
        size, said = points * SLIGHT_MOST / SLIGHT_POINTS_MOST, f"{points:.1f} pt"
    else:
        size, said = relative, f"{relative * 100:.0f}%"
    if size < SLIGHT_MOST:
        return None
    credit = CHANGE_CREDIT_DIRECTION_ONLY if size < SLIGHT_STRETCHED else CREDIT_WRONG_SIZE
    return credit, ctx.t(
        f"向きは正しいが、主張の言う小さな変化ではない（見つかった変化の大きさは{said}）。",
        f"The direction is right, but the change is not the small one claimed (the change found is {said} "
        "in size).",
    )


_CALENDAR_YEAR = re.compile(r"暦年|(?i:\bcalendar[\s-]+years?\b)")


def _fiscal_for_calendar(ctx: _Ctx, observed: list[str]) -> str | None:
    """A statement that says "calendar year" (「暦年」) settled on a fiscal year's value: the claim
    excludes the fiscal year by its words (a linguistic reason), so that value is another period's."""
    if not _CALENDAR_YEAR.search(ctx.st.span):
        return None
    fiscal = [i for i in observed if ctx.pack.observations[i].period.precision == "fiscal_year"]
    if not fiscal:
        return None
    o = ctx.pack.observations[fiscal[0]]
    return ctx.t(
        f"主張は暦年の値を述べるが、比べた値は会計年度（{o.period.text}）のもの。",
        f"The claim speaks of a calendar year, but the value compared is a fiscal year's ({o.period.text}).",
    )


#: entity kinds that intend nothing (contract 1.1 entity kinds)
_NO_INTENT_KINDS = frozenset({"facility", "programme", "product"})


def _plan_of_no_one_named(ctx: _Ctx, c: Check, event_id: str) -> str | None:
    """A prediction (a plan cue and no word of an intent: 見通し, だろう, will, expected …) that
    names none of the actors of the plan or event found: a plan is someone's intent, and a
    prediction that names no one who intends it is a forecast; another actor's plan found by its
    words does not show it (「防衛費は2027年度に10兆円を超える見通しだ」 against the five-year
    total of the government's programme). Nor does it refute it: "Inflation will be back at 2% by
    April" is not failed by a pledge to halve inflation in 2023."""
    st, pack = ctx.st, ctx.pack
    if st.kind != "plan" or _INTENT.search(st.span):
        return None
    ev = pack.events[event_id]
    # a plant, a programme or a product intends nothing: "Keeping Eraring open will add about $100
    # a year to bills" names the plant, not who agreed to keep it open
    named = {
        h.id
        for h in ctx.index.find_entities(st.span)
        if (ent := pack.entities.get(h.id)) is None or ent.kind not in _NO_INTENT_KINDS
    }
    if not ev.actors or named & set(ev.actors) or decides_later(ev):
        # (a law enacted that sets the measure's value for a later date is no one's intent: it
        # decides the content the forecast states, §4.3 "The act and the content")
        return None
    return ctx.t(
        "主張は見通しを述べるが、該当した計画・出来事の主体をどれも挙げていない: 他者の計画は"
        "この見通しを裏づけも否定もしない。",
        "The claim says what will be but names none of the actors of the plan or event found: "
        "another's plan neither shows nor refutes this forecast.",
    )


#: An entity named as a setting, not a participant: a place or a time frame before its name
#: ("in Texas", "across the EU", "during the Duterte administration", "when the Coalition left
#: office", "under Obama", "since …") …
_SETTING_BEFORE_EN = re.compile(
    r"(?i)\b(?:in|across|throughout|within|during|under|when|while|since|after|before|until)"
    r"\s+(?:the\s+|president\s+|prime minister\s+)?$"
)
#: … or after it in Japanese (「東京都で」「太田府政の時」「安倍政権下」「菅内閣以降」「在任中」)
_SETTING_AFTER_JA = re.compile(
    r"(?:で|における|において|内の|全体|時代|の時|のとき|当時|政権下|下で|下の|在任|の任期|以降|以来|就任|発足)"
)
def _setting(ctx: _Ctx, owners: set[str], measures: set[str]) -> set[str]:
    """The entities named in the statement that are only its setting for values of ``owners``
    on ``measures``: the owners themselves and the countries they belong to, the pack's subject,
    a scope or a style, a name inside a measure's own name, and the names of a list ("A, B and
    C") one of which is an owner."""
    pack, st = ctx.pack, ctx.st
    out = {*owners, *st.scope, *st.styles}
    if pack.meta.subject:
        out.add(pack.meta.subject)
    for e in owners:  # the countries (and theirs) the owners belong to scope them
        up = pack.entities[e].country if e in pack.entities else None
        while up and up not in out:
            out.add(up)
            up = pack.entities[up].country if up in pack.entities else None
    measure_names = " ".join(n.casefold() for m in sorted(measures) for n in pack.metrics[m].names)
    for e in st.entities:
        names = pack.entities[e].names if e in pack.entities else ()
        if any(len(n) > 1 and n.casefold() in measure_names for n in names):
            out.add(e)
    runs: list[list[NameHit]] = []
    for h in ctx.index.find_entities(st.span):
        if runs and _LIST_JOIN.match(st.span[runs[-1][-1].end : h.start]):
            runs[-1].append(h)
        else:
            runs.append([h])
    out.update(h.id for run in runs if any(x.id in owners for x in run) for h in run)
    return out


def _named_as_setting(span: str, start: int, end: int) -> bool:
    """A name written as a place or a time frame ("in Texas", "during the X administration",
    「Xで」「X時代」)."""
    return bool(_SETTING_BEFORE_EN.search(span[:start]) or _SETTING_AFTER_JA.match(span, end))


#: What joins the names of one list ("Tennessee, New Hampshire and Indiana", 「東京と大阪」)
_LIST_JOIN = re.compile(r"(?i)^(?:\s|,|、|・|/|\band\b|\bor\b|と|や|及び|および|並びに|または)*$")


def _role_not_covered(ctx: _Ctx, c: Check) -> str | None:
    """The statement names an entity that plays a part in what it says and a measure of it the
    pack holds, and the check used neither (``_ignored_role``): it verified a figure of the
    background, not the claim."""
    role = _ignored_role(ctx, c)
    if role is None:
        return None
    owners = ", ".join(sorted({ctx.ename(ctx.pack.observations[i].entity) for i in _observed(ctx, c)}))
    who = ctx.ename(role.entity)
    return ctx.t(
        f"主張は{who}について述べるが、比べた値（{owners}）はそれに関わらない: "
        "前提の数値を確かめただけで、主張そのものは確かめていない。",
        f"The claim speaks of {who}, but the value compared ({owners}) does not involve it: "
        "it checks a figure of the background, not the claim.",
    )


def _observed(ctx: _Ctx, c: Check) -> list[str]:
    return [i for i in c.evidence if i in ctx.pack.observations]


def _ignored_role(ctx: _Ctx, c: Check) -> _Role | None:
    """The entity and measure of a part the statement names that the evidence of ``c`` leaves
    out: an entity that plays a part in what the statement says (who did it, whose it is) with a
    figure in the pack on another measure the statement names, while no value compared is of
    that entity or that measure (「現有最高裁判事15人の全員が安倍に任命されている」 holding on the
    number of justices, 15, with nothing of the Abe cabinet's appointments). Only a check that
    holds or nearly does: a background figure that fails makes the claim fail with it.

    Not an entity that is only the setting (``_setting``, ``_named_as_setting``), nor in a
    statement that gives a cause (§4.12 checks it)."""
    pack, st = ctx.pack, ctx.st
    if c.result not in ("holds", "partly") or st.group is not None or lx.has(lx.CAUSE, st.span):
        return None
    observed = _observed(ctx, c)
    if not observed or (c.evidence and c.evidence[0] in pack.events):
        return None
    owners = {pack.observations[i].entity for i in observed}
    measures = {pack.observations[i].metric for i in observed}
    setting = _setting(ctx, owners, measures) | _ranked_above(ctx, c)
    for h in ctx.index.find_entities(st.span):
        e = h.id
        if e not in st.entities or e in setting or _named_as_setting(st.span, h.start, h.end):
            continue
        # the pack holds figures of it on another measure the statement names
        for m in st.metrics:
            if m not in measures and ctx.index.observations(e, m):
                return _Role(e, m)
    return None


#: The names a place is counted after: "third-largest, after China and Mexico", 「中国、メキシコに次ぐ」
_AFTER_EN = re.compile(r"(?i)\b(?:after|behind|only to|trailing)\s+(?:the\s+)?$")
_AFTER_JA = re.compile(r"^(?:に次ぐ|に次いで|に続く|に続いて)")


def _ranked_above(ctx: _Ctx, c: Check) -> set[str]:
    """The entities a place is counted after ("its third-largest, after China and Mexico"): they
    frame the place the check compared (a rank), they are not a part it left out."""
    if not any(n.unit == "rank" for n in c.numbers):
        return set()
    runs: list[list[NameHit]] = []
    for h in ctx.index.find_entities(ctx.st.span):
        if runs and _LIST_JOIN.match(ctx.st.span[runs[-1][-1].end : h.start]):
            runs[-1].append(h)
        else:
            runs.append([h])
    span = ctx.st.span
    return {
        h.id
        for run in runs
        if _AFTER_EN.search(span[: run[0].start]) or _AFTER_JA.match(span[run[-1].end :])
        for h in run
    }


@dataclass(frozen=True, slots=True)
class _Role:
    """A part of the statement the evidence of a check left out: an entity and its measure, and
    (for a figure written with the entity's name) that figure."""

    entity: str
    metric: str
    number: ClaimedNumber | None = None


def _check_on_role(ctx: _Ctx, c: Check, role: _Role, claim_dated: bool) -> bool:
    """Check the statement again as one about the role's entity on its measure (for a figure
    of its own: that figure alone, as a value); when that settles on a value of them, it
    replaces ``c``."""
    st, entity, metric = ctx.st, role.entity, role.metric
    again = replace(
        st,
        entities=(entity, *(e for e in st.entities if e != entity)),
        metrics=(metric, *(m for m in st.metrics if m != metric)),
    )
    if role.number is not None:
        again = replace(
            again,
            kind="metric",
            entities=(entity,),
            numbers=(role.number,),
            scope=(),
            group=None,
            cues=st.cues - {"exceed", "trail", "equal"},
            versus=None,
            streak=0,
        )
    for d in evaluate(again, retrieve(again, ctx.pack), ctx.pack, ctx.lang, 1, None, ctx.claim):
        used = {(o.entity, o.metric) for o in map(ctx.pack.observations.get, d.evidence) if o is not None}
        if d.result == "unknown" or (entity, metric) not in used:
            continue
        if _weak_link(_Ctx(again, Evidence((), {}), ctx.pack, ctx.lang, ctx.claim), d, claim_dated):
            return False
        if role.number is not None:
            said = ctx.t(
                f"「{role.number.text}」は{ctx.ename(entity)}の値で、その値で確かめた。",
                f"'{role.number.text}' is {ctx.ename(entity)}'s figure: checked against it.",
            )
        else:
            said = ctx.t(
                f"主張は{ctx.ename(entity)}の{ctx.mname(metric)}について述べており、その値で確かめた。",
                f"The claim speaks of {ctx.ename(entity)}'s {ctx.mname(metric).lower()}: checked against it.",
            )
        c.kind, c.result, c.credit, c.reason = d.kind, d.result, d.credit, said + " " + d.reason
        c.evidence, c.sources, c.numbers, c.conflicts = d.evidence, d.sources, d.numbers, d.conflicts
        return True
    return False


def _figure_compared(st: Statement, c: Check) -> ClaimedNumber | None:
    """The statement's figure a check compared, when it compared one of several (the figure of
    "33 a day …, versus 27 the year before" it set against a value)."""
    if len(st.numbers) < 2:
        return None
    claimed = [n.claimed for n in c.numbers if n.claimed is not None]
    said = [n for n in st.numbers if claimed and n.quantity.value == claimed[0]]
    return said[0] if len(said) == 1 else None


#: What may stand between a name and the figure written as its own: nothing, a possessive, an
#: opening bracket or a colon ("Florida (19,500)", "the national 69.3%", "Wisconsin 22,800"),
#: a Japanese topic or subject particle (「沖縄県は950円」「東京都が1226円」)
_OWN_FIGURE = re.compile(r"^(?:\s*(?:'s|’s|\(|:|が|は))?\s*$")


def _figure_of_another(ctx: _Ctx, c: Check) -> _Role | None:
    """A figure the statement writes with the name of an entity of its own ("more than Florida
    (19,500)", "below the national 69.3%") compared with a value of another entity, while the
    pack holds that entity's values on the measure compared: the check set one owner's figure
    against another's value."""
    pack, st = ctx.pack, ctx.st
    if st.group is not None:
        return None
    mentions = ctx.index.find_entities(st.span)
    for nc in c.numbers:
        obs = [pack.observations[i] for i in nc.evidence if i in pack.observations]
        n = next((n for n in st.numbers if n.text == nc.claimed_text), None)
        if nc.claimed is None or not obs or n is None:
            continue
        at = n.start - st.start
        h = max((h for h in mentions if h.end <= at), key=lambda h: h.end, default=None)
        if h is None or h.id not in st.entities or not _OWN_FIGURE.match(st.span[h.end : at]):
            continue
        metric = obs[0].metric
        if h.id not in {o.entity for o in obs} and ctx.index.observations(h.id, metric):
            return _Role(h.id, metric, n)
    return None


def _figure_not_covered(ctx: _Ctx, c: Check) -> str | None:
    """Why a figure of one entity compared with another's value settles nothing."""
    role = _figure_of_another(ctx, c)
    if role is None or role.number is None:
        return None
    owners = ", ".join(sorted({ctx.ename(ctx.pack.observations[i].entity) for i in _observed(ctx, c)}))
    who = ctx.ename(role.entity)
    return ctx.t(
        f"「{role.number.text}」は{who}の値だが、比べた値は{owners}のもの。",
        f"'{role.number.text}' is {who}'s figure, but the value compared is {owners}'s.",
    )


#: Words that set one figure against another's ("24.5 percent against 7.1 percent nationally")
_AGAINST = re.compile(r"に対し|に比べ|(?i:\b(?:against|versus|vs\.?|compared (?:with|to)|while)\b)")


def _figures_against_one_value(ctx: _Ctx, c: Check) -> list[NumberCompared]:
    """The figures of a failing check when it set two or more different figures of one unit, none
    the start or end of a change, against one and the same value; else none."""
    compared = [nc for nc in c.numbers if nc.claimed is not None]
    if len({nc.claimed for nc in compared}) < 2 or len({(nc.evidence, nc.unit) for nc in compared}) != 1:
        return []
    if any(n.role for n in ctx.st.numbers) or c.result != "fails":
        return []
    return compared


def _figures_of_two_owners(ctx: _Ctx, c: Check) -> str | None:
    """Two or more figures of one unit set against each other (against, versus, 「に対し」), none
    the start or end of a change, compared with one and the same value ("employment grew 24.5
    percent against 7.1 percent nationally"): one value is at most one of them, the others are
    another owner's, so a figure that fails says nothing."""
    compared = _figures_against_one_value(ctx, c)
    if not compared or not _AGAINST.search(ctx.st.span):
        return None
    return ctx.t(
        f"主張は同じ単位の数値を{len(compared)}つ挙げるが、パックの値は一つ: それぞれ別のものの値で、"
        "どれがこの値かは分からない。",
        f"The claim gives {len(compared)} figures of one unit and the pack one value: they are of "
        "different things, and which of them this value is is not known.",
    )


def _figure_owners(ctx: _Ctx, figures: list[ClaimedNumber]) -> list[str] | None:
    """Each figure's owner: the entity named nearest to it in the statement, when every figure
    gets one of its own ("Youth unemployment in Nigeria is 65%, compared to 5% … in the United
    Kingdom"); the one owner named (or the subject) for all when it names no other; else None."""
    st = ctx.st
    mentions = [h for h in ctx.index.find_entities(st.span) if h.id in st.entities and h.id not in st.scope]
    if len({h.id for h in mentions}) <= 1:
        # one owner named (or none: the subject) is every figure's
        owner = mentions[0].id if mentions else st.entities[0] if st.entities else None
        return [owner] * len(figures) if owner else None
    owners: list[str | None] = [None] * len(figures)
    for h in mentions:
        def gap(n: ClaimedNumber, h: NameHit = h) -> int:
            a, b = n.start - st.start, n.end - st.start
            return a - h.end if h.end <= a else h.start - b if b <= h.start else 0
        i = min(range(len(figures)), key=lambda k: gap(figures[k]))
        if owners[i] not in (None, h.id):
            return None
        owners[i] = h.id
    if any(o is None for o in owners) or len(set(owners)) != len(owners):
        return None
    return [o for o in owners if o is not None]


def _figure_measures(ctx: _Ctx, figures: list[ClaimedNumber], owners: list[str]) -> list[str] | None:
    """Each figure's measure: the one the words between it and the next figure name best, read
    after each figure ("48% graduated within four years and 77% within six years"), else before
    each (「東京は975人、大阪は…」), when each figure gets another of the statement's measures
    observed for its owner; else the statement's first measure for all."""
    st = ctx.st
    cuts = [0, *(x for n in figures for x in (n.start - st.start, n.end - st.start)), len(st.span)]
    pieces = [st.span[cuts[2 * k] : cuts[2 * k + 1]] for k in range(len(figures) + 1)]
    unit = figures[0].unit

    def best(piece: str, owner: str) -> str | None:
        found = [
            m for m in ctx.lookup.match_metrics(piece, (owner,), unit)
            if m in st.metrics and ctx.index.observations(owner, m)
        ]
        return found[0] if found else None

    for shift in (1, 0):  # the words after each figure, then the words before it
        named = [best(pieces[k + shift], owners[k]) for k in range(len(figures))]
        if all(named) and len(set(named)) == len(named):
            return [m for m in named if m is not None]
    return [st.metrics[0]] * len(figures) if st.metrics else None


def _each_figure_its_own(ctx: _Ctx, c: Check, claim_dated: bool) -> list[Check] | None:
    """Two or more figures of one unit, none the start or end of a change, set against one value,
    when the statement's words give each figure an owner or a measure of its own, in the order
    they are written ("48% graduated within four years and 77% within six years"; "Youth
    unemployment in Nigeria is 65%, compared to 5% youth unemployment in the United Kingdom"):
    each figure is checked as a value of its own owner's own measure (a linguistic reason: a
    figure is of the thing named next to it), one check each. None when the words do not pair
    them one to one, or no figure settles so. Dev: realworld cryan derived_rutgers, omokri
    youth_65."""
    st = ctx.st
    compared = _figures_against_one_value(ctx, c)
    said = list(dict.fromkeys(nc.claimed_text for nc in compared))
    if len(said) < 2 or st.group is not None:
        return None
    figures = sorted(
        {n.text: n for n in st.numbers if n.text in said}.values(), key=lambda n: n.start
    )
    if len(figures) != len(said) or len({n.unit for n in figures}) != 1:
        return None
    owners = _figure_owners(ctx, figures)
    if owners is None:
        return None
    measures = _figure_measures(ctx, figures, owners)
    if measures is None or len(set(zip(owners, measures, strict=True))) != len(figures):
        return None
    out: list[Check] = []
    for n, owner, metric in zip(figures, owners, measures, strict=True):
        one = replace(
            c, numbers=[], evidence=[], sources=[], conflicts=[], parts=[], credit=None,
            result="unknown", statement=f"{c.statement} ({n.text})",
        )
        role = _Role(owner, metric, n)
        if not _check_on_role(ctx, one, role, claim_dated):
            one.reason = ctx.t(
                f"「{n.text}」は{ctx.ename(owner)}の{ctx.mname(metric)}の値として述べられているが、"
                "パックにそれを判定できる値がない。",
                f"'{n.text}' is said as {ctx.ename(owner)}'s {ctx.mname(metric).lower()}, which the "
                "pack holds no value to settle.",
            )
        out.append(one)
    return out if any(o.result != "unknown" for o in out) else None


#: How close a claimed figure must be to the value to be that value's own figure (a relative gap)
SAME_FIGURE = 0.005


def _one_figure_is_the_value(ctx: _Ctx, c: Check) -> str | None:
    """Two or more figures of one unit, none the start or end of a change, compared with one and
    the same value, one of them that value itself ("48% graduated within four years and 77%
    within six years" against the four-year rate of 48 %; "budgets of KSh499.6 billion, of which
    KSh34.4 billion … went to agriculture" against the 499.6 billion): the value is that figure's,
    and the others are of the other things their own words name (a stated reason: one value is the
    value of one thing), so that a figure that fails against it says nothing. Dev: realworld
    cryan derived_rutgers, oparanya derived_6_9, pisarski pisarski_social_housing (three polarity
    flips, false → unverifiable)."""
    compared = _figures_against_one_value(ctx, c)
    if len({nc.claimed_text for nc in compared}) < 2:
        return None  # the two ends of one band (「162円台」: 162 to 163) are one figure
    own = [
        nc for nc in compared
        if nc.claimed is not None and abs(nc.claimed - nc.found) <= SAME_FIGURE * max(abs(nc.found), 1e-9)
    ]
    if not own or len({nc.claimed for nc in own}) == len({nc.claimed for nc in compared}):
        return None
    others = ", ".join(dict.fromkeys(nc.claimed_text for nc in compared if nc not in own))
    return ctx.t(
        f"「{own[0].claimed_text}」はパックの値そのもので、ほかの数値（{others}）は別のものの値: "
        "パックはそれを示さない。",
        f"'{own[0].claimed_text}' is the pack's value itself; the other figures ({others}) are of other "
        "things, which the pack does not give here.",
    )


#: A speaker citing or mentioning figures (「…の予算（180億円）に言及」, "X cites 18 billion"):
#: reported speech, which shows that a figure was said, not that it holds
_CITED = re.compile(r"に言及|を引用|(?i:\b(?:cites?|cited|quot(?:es|ed)|mention(?:s|ed)?|referred to)\b)")


def _only_cited(ctx: _Ctx, event_id: str) -> str | None:
    """An event in which a person the statement does not name only cites what the statement
    states as fact: it shows the figure was said, not that it is so."""
    ev, pack = ctx.pack.events[event_id], ctx.pack
    speakers = [a for a in ev.actors if a in pack.entities and pack.entities[a].kind == "person"]
    if not speakers or any(a in ctx.st.entities for a in speakers) or ev.kind in lx.PLAN_EVENT_KINDS:
        return None
    title = next((t for t in (ev.title_ja, ev.title_en) if t and _CITED.search(t)), None)
    if title is None:
        return None
    who = ", ".join(ctx.ename(a) for a in speakers)
    return ctx.t(
        f"該当する出来事は{who}がそれに言及したというもので、言われたことは示すが、その通りであることは示さない。",
        f"The event found only reports that {who} cited it: it shows that it was said, not that it holds.",
    )


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: How many years apart an event and the claimed date may lie and still be the claimed event
EVENT_YEARS_APART = 10


def _event_of_another_time(ctx: _Ctx, c: Check, event_id: str) -> str | None:
    """An event check that fails on an event dated more than ten years from every period the
    statement names (nor does its title state a year within ten years), with no figure of the
    claim compared: an event found by the claim's topic
    words decades away is another event (a Hawke-era comparison for "789,700 more employed people
    in February 2024"), so its date says nothing of the claimed one's (a linguistic reason: a
    dated claim speaks of what happened then)."""
    if c.kind != "event" or c.result != "fails" or any(n.claimed is not None for n in c.numbers):
        return None
    if never_a_step(ctx.st):
        return None  # 「2012年以来一度も下がったことがない」: the year starts the window, the step is in it
    ev = ctx.pack.events.get(event_id)
    if ev is None or not ctx.st.periods:
        return None
    # the event's own date and the years its title states ("since the series began in 2015")
    years = {ev.date.start.year, *(int(y) for t in (ev.title_ja, ev.title_en) if t for y in _YEAR.findall(t))}
    if any(abs(p.period.start.year - y) <= EVENT_YEARS_APART for p in ctx.st.periods for y in years):
        return None
    return ctx.t(
        f"該当した出来事（{ctx.ptext(ev.date)}）は主張の時期から{EVENT_YEARS_APART}年以上離れており、"
        "主張の述べる出来事とは言えない。",
        f"The event found ({ctx.ptext(ev.date)}) lies more than {EVENT_YEARS_APART} years from the "
        "claimed time: it is not the event the claim speaks of.",
    )


def _event_of_another_period(ctx: _Ctx, c: Check, event_id: str) -> str | None:
    """An event whose title states the one period its news is of, over before the event's date
    ("GDP grew 0.2% in 2025 after two years of contraction", published 15 January 2026), checked
    for a statement of a period that is not that one but holds the event's date ("Germany's economy
    will grow by more than 1% in 2026"): the event reports another period, and its publication
    date only happens to fall in the claimed one (a linguistic reason: "in 2025" dates what the
    title says happened). The pack has no figure of the claimed period from it."""
    if c.kind != "event" or c.result == "unknown" or lx.PUBLISHED.search(ctx.st.span):
        return None  # 「2017年3月に公表された議事要旨は…」 speaks of the publication, dated by it
    ev = ctx.pack.events.get(event_id)
    claimed = [p.period for p in ctx.st.periods if p.role != "since"]
    if ev is None or not claimed:
        return None
    reported = reported_period(ev, ctx.pack)
    if reported is None:
        return None
    part = next((p for p in claimed if _a_part_of(reported, p)), None)
    if part is not None:
        # "returned to a goods surplus in 2025" against an event reporting April-September 2025:
        # what a half-year shows is not said of the year (a balance, a total, a rate of the whole
        # period is the whole period's)
        return ctx.t(
            f"該当した出来事（{ctx.ptext(ev.date)}）が伝えるのは{ctx.ptext(reported)}で、主張の時期"
            f"（{ctx.ptext(part)}）の一部にすぎない。",
            f"The event found ({ev.date.text}) reports {reported.text}, only a part of the claimed "
            f"period ({part.text}).",
        )
    if any(p.overlaps(reported) for p in claimed) or not any(p.overlaps(ev.date) for p in claimed):
        return None
    return ctx.t(
        f"該当した出来事（{ctx.ptext(ev.date)}）は{ctx.ptext(reported)}のことを伝えており、主張の時期の"
        "ことではない。",
        f"The event found ({ev.date.text}) reports {reported.text}, not the claimed period: its date "
        "only falls in it.",
    )


#: How much of a claimed period a period must cover to be more than a part of it (a year's last
#: eleven months still speak of the year; a half, a quarter or a month does not).
PART_OF_PERIOD = 0.9


def _a_part_of(reported: Period, claimed: Period) -> bool:
    """Whether a period an event reports lies inside the claimed one and is clearly shorter (a
    half-year, a quarter or a month of a claimed year), and is itself a statistic's period, not a
    day (an act reported later is dated by its day and happened within the claim's period)."""
    return (
        claimed.contains(reported)
        and reported.precision != "day"
        and reported.days < PART_OF_PERIOD * claimed.days
    )


#: A fronted adverbial of cause, means or circumstance before the clause's subject (「トランプ関税で、」
#: 「値上げにより、」「円安の影響で、」, "Because of the tariffs,", "After the ban,"): it says what
#: brought the clause about or where it stands, not what the clause claims
_FRONTED_ADVERBIAL = re.compile(
    r"^[^、。,]{1,30}?(?:の影響で|で|により|によって|を受けて)、"
    r"|^(?i:(?:because of|due to|thanks to|owing to|after|amid|following|with)\s[^,]{1,60},)"
)


def _event_in_the_adverbial(ctx: _Ctx, event_id: str) -> str | None:
    """An event found only by the words of a fronted adverbial (「トランプ関税で、2025年の米国向け
    自動車輸出は2割以上落ち込んだ」 matched the imposition of the tariff): the clause's subject and
    predicate, which the claim asserts, share no word with the event, so the event (the cause or
    setting said) neither shows nor denies them (a linguistic reason: a fronted 「…で、」 / "because
    of …," is an adjunct of the clause; blind round 16d us-exports-20pct was a wrong true on the
    tariff's 25 % taken for the fall of exports)."""
    m = _FRONTED_ADVERBIAL.search(ctx.st.span)
    ev = ctx.pack.events.get(event_id)
    if m is None or ev is None:
        return None
    head = content_keys(m.group(0))
    rest = ctx.st.keys - head
    words = content_keys(" ".join(x for x in (ev.title_ja, ev.title_en) if x))
    if not rest or not (head & words) or rest & words:
        return None
    return ctx.t(
        f"該当した出来事は主張の「{m.group(0).rstrip('、,')}」（原因・状況）の語でしか結び付かず、"
        "主張の主語と述語が述べることを示さない。",
        f"The event found is linked only by the words of '{m.group(0).rstrip('、,')}' (a cause or setting): "
        "it does not show what the claim's subject and predicate say.",
    )


def _unnamed_clause_against_event(ctx: _Ctx, c: Check) -> str | None:
    """A clause that names no one of its own (its subject carried from the clause before, or the
    pack's subject) fails against an event found by its words: a detail of the claim's point
    ("…, the fastest rise since the series began in 2015", 「…、制度創設時（2017年度）の額である」)
    set against an event that speaks of something else does not outweigh that point."""
    if c.kind != "event" or c.result != "fails" or "subject" not in ctx.st.inherited or ctx.st.verbs:
        return None
    if not _says_nothing_happened(ctx.st.span):
        return None
    return ctx.t(
        "この節は主語を自ら述べず（前の節またはパックの主題から補った）、該当した出来事との結び付きが弱い"
        "ため、不成立とは判定しない。",
        "The clause names no one of its own (its subject is carried over), and the event found is "
        "too weakly linked to it to show it false.",
    )


#: A copula ending a Japanese clause (「…の額である」「…の2倍以上だった」): it says what something is
_COPULA_JA = re.compile(r"(?:である|であった|だった|でした|です|だ)[。.!！]*$")
#: An English clause that is a noun phrase in apposition ("…, the fastest rise since 2015"):
#: an article first and no finite form of be or have
_APPOSITION_EN = re.compile(r"(?i)^\s*(?:the|a|an)\b(?!.*\b(?:is|are|was|were|has|have|had|will|would)\b)")


def _says_nothing_happened(span: str) -> bool:
    """The clause has no predicate of an event: a Japanese clause with no verb before its
    copula, or an English noun phrase in apposition."""
    if not has_japanese(span):
        return bool(_APPOSITION_EN.match(span))
    head = _COPULA_JA.sub("", span.strip())
    return not any(t.pos == "動詞" for t in tokenize(head))


def _every_part(ctx: _Ctx, metrics: set[str]) -> str | None:
    """The part noun of a universal quantifier in the statement ("prefectures", 都道府県), unless
    a measure of ``metrics`` (those compared) is about the parts themselves."""
    m = _EVERY_PART.search(ctx.st.span)
    if m is None:
        return None
    part = next(g for g in m.groups() if g)
    stem = re.sub(r"(?:ies|y|s)$", "", part.lower()) if m.group("en") else part
    for mid in sorted(metrics):
        if any(stem in n.lower() for n in ctx.pack.metrics[mid].names):
            return None  # "the number of prefectures with …": the measure counts the parts
    return part


def _whole_for_every_part(ctx: _Ctx, observed: list[str]) -> str | None:
    """A claim of every part settled by the whole's value (「全ての都道府県で最低賃金が1000円を超えた」
    against the national average)."""
    pack, st = ctx.pack, ctx.st
    owners = {pack.observations[i].entity for i in observed}
    # "the highest of all prefectures" ranks the parts: left to the ranking; so is evidence of
    # the parts themselves (entities that belong to a country)
    if st.cues & {"sup_max", "sup_min", "sup_top"} or any(n.unit == "rank" for n in st.numbers):
        return None
    if any(e in pack.entities and pack.entities[e].country for e in owners):
        return None
    part = _every_part(ctx, {pack.observations[i].metric for i in observed})
    if part is None:
        return None
    names = ", ".join(ctx.ename(e) for e in sorted(owners))
    return ctx.t(
        f"主張は「{part}」のそれぞれについて述べているが、比べた値は全体（{names}）のもので、"
        "個々については分からない。",
        f"The claim speaks of every one of the {part}; the value compared is the whole's ({names}), "
        "which does not show each of them.",
    )


#: Predicates that split who is counted in two with nothing left over (a train is late or on time,
#: an examinee passes or fails): a share said by one is
#: 100 minus the share of the other (a linguistic reason: complementary antonyms). Each pair is
#: (what the claim says, what the measure's own name says). Not pairs that leave a third group
#: (support / oppose leaves the undecided; employed / unemployed leaves those outside the labour force;
#: "unmarried" / 未婚 against a "married" / 既婚 share leaves the widowed and divorced, and 既婚 may mean
#: either ever or currently married: no marital pair is read)
_COMPLEMENTS = (
    (re.compile(r"遅れ|遅延|(?i:\b(?:late|delayed)\b)"), re.compile(r"定時|(?i:on[\s-]time|punctual)")),
    (re.compile(r"不合格|(?i:\bfail(?:ed|s)?\b)"),
     re.compile(r"(?<!不)合格|(?i:\bpass(?:ed|es|\s+rate)?\b)")),
)
#: the other side of a bound: "more than half late" is "less than half on time"
_BOUND_FLIP = {
    "more_than": "less_than", "at_least": "at_most", "less_than": "more_than", "at_most": "at_least",
}


def _complement_said(ctx: _Ctx, c: Check) -> bool:
    """A share said by the complement of its measure's predicate (「半数以上が遅れた」 against the
    on-time share 51.5 %; "40% of the trains were late"): the claim is checked as the measure's
    share of 100 minus its figure, its bound turned ("more than half late" = "less than half on
    time"). True when ``c`` was checked so (its result replaced)."""
    pack, st = ctx.pack, ctx.st
    observed = [pack.observations[i] for i in c.evidence if i in pack.observations]
    metrics = {o.metric for o in observed}
    if not observed or len(metrics) != 1 or any(o.unit != "%" for o in observed):
        return False
    m = pack.metrics[next(iter(metrics))]
    names = " ".join(n for n in (m.name_ja, m.name_en, *m.aliases) if n)
    pair = next(
        (said for said, own in _COMPLEMENTS if own.search(names) and not said.search(names)
         and said.search(st.span) and not own.search(st.span)),
        None,
    )
    # a share in percent or as a fraction (半数, "two-thirds": 0.5 x, 0.667 x)
    whole = {"%": 100.0, "x": 1.0}
    shares = [n for n in st.numbers if n.unit in whole and n.role is None]
    if pair is None or len(shares) != 1 or len(st.numbers) != 1:
        return False
    n = shares[0]
    full = whole[n.unit or ""]
    if not 0 < n.quantity.value < full:
        return False
    turned = replace(
        n, quantity=replace(n.quantity, value=full - n.quantity.value),
        comparator=_BOUND_FLIP.get(n.comparator, n.comparator),
    )
    again = replace(st, numbers=(turned,), metrics=(m.id,))
    for d in evaluate(again, retrieve(again, pack), pack, ctx.lang, 1, None, ctx.claim):
        if d.result == "unknown" or not any(pack.observations[i].metric == m.id for i in d.evidence
                                            if i in pack.observations):
            continue
        said = ctx.t(
            f"主張の「{n.text}」は{ctx.mname(m.id)}の逆の側（{pair.pattern.split('|')[0]}）の割合で、"
            f"{ctx.mname(m.id)}の{_as_share(turned, True)}として確かめた。",
            f"The claim's '{n.text}' is the share of the other side of {ctx.mname(m.id)}: checked as "
            f"{_as_share(turned, False)} of it.",
        )
        c.kind, c.result, c.credit, c.reason = d.kind, d.result, d.credit, said + " " + d.reason
        c.evidence, c.sources, c.numbers, c.conflicts = d.evidence, d.sources, d.numbers, d.conflicts
        return True
    return False


#: A privative: a word negated by a prefix or by "never" (未婚, 非正規, "unmarried", "non-union",
#: "never married"). It names another group than its base, not the base's complement, unless the
#: pair splits the whole in two (``_COMPLEMENTS``): the never married are not the share left by the
#: married (the widowed and divorced are neither). Group ``base`` is the negated word
_PRIVATIVE = re.compile(
    r"(?:未|非)(?!満|来|常)(?P<ja>[\u4e00-\u9fff]{1,3})"
    r"|(?i:\b(?:un|non-?)(?P<en>[a-z]{4,})|\bnever[\s-](?P<en2>[a-z]{4,}))"
)


def _privative_of_measure(ctx: _Ctx, c: Check) -> str | None:
    """Why a check made on a measure named by the base of a privative the claim says (the
    married share for "45% had never married", 既婚率 for 「未婚」) shows nothing of it: the
    claim's group is another measure, which the pack does not hold."""
    pack, st = ctx.pack, ctx.st
    metrics = {pack.observations[i].metric for i in c.evidence if i in pack.observations}
    if len(metrics) != 1:
        return None
    mid = next(iter(metrics))
    names = " ".join(pack.metrics[mid].names).lower()
    for m in _PRIVATIVE.finditer(st.span):
        word, base = m.group(0).lower(), (m.group("ja") or m.group("en") or m.group("en2")).lower()
        said = word.replace("-", " ")
        # 「未婚率」: the base read from its first character on (婚 of 既婚率)
        bases = [(base[:k], word[: len(word) - len(base) + k]) for k in range(1, len(base) + 1)] if m.group(
            "ja") else [(base, said)]
        if any(b in names and w not in names and w.replace(" ", "-") not in names for b, w in bases):
            return ctx.t(
                f"主張の「{m.group(0)}」は{ctx.mname(mid)}の否定ではなく別の集団で、パックにその指標はない。",
                f"The claim's '{m.group(0)}' names another group than {ctx.mname(mid)} (not its "
                "complement); the pack holds no measure of it.",
            )
    return None


#: a bound as a reason writes it (Japanese after the figure, English before it)
_BOUND_WORDS = {
    "more_than": ("超", "more than "), "at_least": ("以上", "at least "),
    "less_than": ("未満", "less than "), "at_most": ("以下", "at most "),
}


def _as_share(n: ClaimedNumber, ja: bool) -> str:
    """A share in percent with its bound, as written in a reason (0.5 x at most: "at most 50%")."""
    v = n.quantity.value * (100 if n.unit == "x" else 1)
    after, before = _BOUND_WORDS.get(n.comparator, ("", ""))
    return f"{v:.3g}%{after}" if ja else f"{before}{v:.3g}%"


_CHANGED_EN = r"(?:rose|grew|increased|went up|fell|declined|dropped|decreased|went down)"
#: Focus on one group with "only" (「増えたのは家族連れだけ」「家族連れだけが増えた」「子どものみ」,
#: "only families rose", "families alone grew"): the claim also says no other group rose (a
#: linguistic reason: だけ / のみ / ばかり / only exclude every alternative). Not 「だけでなく」
#: 「だけではない」「だけじゃない」 "not only" (which add), nor ばかり after a verb (増えてばかり,
#: "keeps rising")
_FOCUS_ONLY = re.compile(
    # (a run of at most 12: a longer one's endings that name a group hold one of 12 or fewer that does)
    r"(?P<ja>[\u3040-\u30ff\u4e00-\u9fff]{2,12})(?<![てでたるいしくう])(?:だけ|のみ|ばかり)"
    r"(?!でなく|ではな|じゃな|で[^、。]{0,20}(?:占め|割合|シェア))"
    rf"|(?i:(?<!not )\bonly\s+(?:the\s+)?(?P<en>[a-z-]+(?:\s+[a-z-]+)?)\s+{_CHANGED_EN}\b"
    rf"|\b(?P<en2>[a-z-]+)\s+alone\s+{_CHANGED_EN}\b)"
)


def _focused_words(span: str) -> list[str]:
    """What each focus only of ``span`` is put on: the Japanese run before だけ / のみ / ばかり and
    each of its endings of two characters or more (「増えたのは家族連れ」: 家族連れ, れ, …), or the
    English words after "only" / before "alone", stemmed ("families" → famil)."""
    out: list[str] = []
    for m in _FOCUS_ONLY.finditer(span):
        if m.group("ja"):
            run = m.group("ja")
            out += [run[i:] for i in range(len(run) - 1)]
        else:
            words = re.findall(r"[a-z]+", (m.group("en") or m.group("en2") or "").lower())
            out += [re.sub(r"(?:ies|y|s)$", "", w) for w in words if len(w) > 2]
    return out


def _names_group(focus: list[str], names: str) -> bool:
    """Whether a focused word is in a measure's names (lower-cased, joined): the focus is on
    that measure's group, not on a period (「昨年だけで」) or a degree ("only slightly rose")."""
    return any(f in names if not f.isascii() else re.search(rf"\b{re.escape(f)}", names) for f in focus)


def _focus_against(ctx: _Ctx, c: Check) -> bool:
    """A change said of one group with focus only (``_FOCUS_ONLY``) that holds on the group's
    measure, checked again on the pack's measures of the other groups of the same owner (the
    measure's group siblings, the measures of its growth): one that changed the same way shows the
    claim false. True when ``c`` is made to fail so. An entity said to be the only one is read
    by ``metrics.only_one`` (``exclusive``), not here."""
    pack, st = ctx.pack, ctx.st
    if c.result not in ("holds", "partly") or c.kind != "change" or st.exclusive:
        return False
    focus = _focused_words(st.span)
    if not focus:
        return False
    used = [pack.observations[i] for i in c.evidence if i in pack.observations]
    owners = {o.entity for o in used}
    mine = {o.metric for o in used}
    if not used or len(owners) != 1:
        return False
    own = {*mine, *(g.id for mid in mine for g in growth_siblings(pack, pack.metrics[mid]))}
    siblings = group_siblings(pack)
    others = sorted(
        {sib for mid in own for _, _, sib in siblings.get(mid, ()) if sib not in own}
        - {w for mid in own for w in _wholes_of(pack, mid)}
    )
    # a sibling told apart by a word the group's own name holds (ホームレス数 against
    # 子連れ世帯ホームレスの増減率, less its 数) is the whole, not another group
    names = " ".join(n for mid in own for n in pack.metrics[mid].names)
    wholes = {sib for mid in own for _, word, sib in siblings.get(mid, ()) if word.rstrip("数額量") in names}
    # the focus is on a noun naming the group (a word of its measure's names that the other
    # group's names lack): 「昨年だけで」 "last year alone", "only slightly" put it on a period or a
    # degree, which says nothing of the other groups
    if not _names_group(focus, names.lower()):
        return False
    start, end = min(o.period.start for o in used), max(o.period.end for o in used)
    for sib in (x for x in others if x not in wholes):
        sib_names = " ".join(pack.metrics[sib].names).lower()
        if not _names_group([f for f in focus if not _names_group([f], sib_names)], names.lower()):
            continue  # 「ホームレスだけ」: a word both groups' names hold tells neither apart
        again = replace(st, metrics=(sib,), numbers=(), cues=st.cues)
        for d in evaluate(again, retrieve(again, pack), pack, ctx.lang, 1, None, ctx.claim):
            theirs = [pack.observations[i] for i in d.evidence if i in pack.observations]
            if d.result != "holds" or not theirs or any(o.entity not in owners or o.metric != sib
                                                        for o in theirs):
                continue
            # over the claim's own window: not a longer one (2022 → 2024 for a rise in 2024)
            if max(o.period.end for o in theirs) != end or min(o.period.start for o in theirs) < start:
                continue
            said = ctx.t(
                f"主張は「それだけ」と言うが、{ctx.mname(sib)}も同じ向きに動いた: ",
                f"The claim says only that group; {ctx.mname(sib)} moved the same way too: ",
            )
            c.result, c.credit, c.reason = "fails", None, said + d.reason + " " + c.reason
            c.evidence = [*c.evidence, *d.evidence]
            return True
    return False


def _wholes_of(pack: Pack, metric: str) -> list[str]:
    """The measures of the whole a group's measure is a part of: one whose English name is the
    group's with words left out ("change in homelessness" of "change in family homelessness"; a
    linguistic reason: a modifier dropped names what it narrowed), or whose Japanese name, less a
    final 数, is inside the group's name after its group word."""
    m = pack.metrics[metric]
    words = set(re.findall(r"[a-z]+", (m.name_en or "").lower()))
    out = []
    for mid, other in pack.metrics.items():
        if mid == metric:
            continue
        theirs = set(re.findall(r"[a-z]+", (other.name_en or "").lower()))
        if theirs and theirs < words:
            out.append(mid)
    return out


#: The part nouns of a universal quantifier whose parts a pack's entity names by its own name
#: (カリフォルニア州, Kanagawa Prefecture, 横浜市): what marks an entity as one of them
_PART_MARKS: dict[str, tuple[str, ...]] = {
    "州": ("州", "state"),
    "state": ("州", "state"),
    "province": ("州", "省", "province"),
    "都道府県": ("都", "道", "府", "県", "prefecture"),
    "県": ("県", "prefecture"),
    "prefecture": ("都", "道", "府", "県", "prefecture"),
    "市区町村": ("市", "区", "町", "村", "city", "town", "village", "ward"),
    "市町村": ("市", "町", "村", "city", "town", "village"),
    "municipalit": ("市", "区", "町", "村", "city", "town", "village", "municipality"),
    "cit": ("市", "city"),
    "count": ("郡", "county"),
}


def _parts_of(ctx: _Ctx, part: str, wholes: set[str]) -> list[str]:
    """The pack's entities that are parts of the quantifier's kind (``part``: 州, "states") of one
    of ``wholes``: they belong to it and their own name says the kind (カリフォルニア州; "Georgia"
    whose Japanese name is ジョージア州), or, for countries, entities of kind country that belong to
    one of ``wholes`` (a country of the pack is no member of a union or region the pack does not
    say it belongs to)."""
    stem = re.sub(r"(?:ies|y|s)$", "", part.lower()) if part.isascii() else part
    if stem in ("countr", "国", "加盟国", "member state"):
        return sorted(
            e for e, ent in ctx.pack.entities.items()
            if ent.kind == "country" and ent.country in wholes and e not in wholes
        )
    marks = _PART_MARKS.get(stem)
    if marks is None:
        return []
    out = []
    for e, ent in ctx.pack.entities.items():
        if ent.country not in wholes or e in wholes:
            continue
        names = [n for n in (ent.name_ja, ent.name_en) if n]
        if any(n.endswith(k) or n.lower().endswith(" " + k) for n in names for k in marks):
            out.append(e)
    return sorted(out)


def _a_part_against(ctx: _Ctx, c: Check, weak: str) -> bool:
    """A claim of every part ("in every single state", 「すべての州で」) settled by the whole's
    value is checked on each part the pack holds: one part for which the statement fails shows
    the claim false (a linguistic reason: a universal claim is refuted by one counterexample);
    otherwise the claim stays unknown (the pack need not hold every part). True when a part
    fails and ``c`` is made to fail on it."""
    pack, st = ctx.pack, ctx.st
    observed = [i for i in c.evidence if i in pack.observations]
    if not observed or _whole_for_every_part(ctx, observed) != weak:
        return False
    m = _EVERY_PART.search(st.span)
    if m is None:
        return False
    part = next(g for g in m.groups() if g)
    counted = re.search(rf"(?i:\d+|fifty)\s*(?:(?:[A-Z][\w.'-]*\s+){{0,2}}|の)?{re.escape(part)}", st.span)
    if counted and st.numbers:
        # "in all 50 states", 「全米50州すべてで」: the figure counts the parts, not a value of each
        return False
    wholes = {pack.observations[i].entity for i in observed}
    metrics = {pack.observations[i].metric for i in observed}
    start = min(pack.observations[i].period.start for i in observed)
    end = max(pack.observations[i].period.end for i in observed)
    # a change of a level may be shown by the part's rate of change (its growth sibling)
    rates = tuple(g.id for mid in sorted(metrics) for g in growth_siblings(pack, pack.metrics[mid]))
    allowed = {*metrics, *rates}
    # "every state except Georgia", 「ジョージア州を除く全ての州」: a part the claim names is set apart
    span = st.span.lower()
    parts = _parts_of(ctx, part, wholes)
    named = {e for e in parts if any(n.lower() in span for n in pack.entities[e].names)}
    for e in (e for e in parts if e not in named):
        for ms in (tuple(sorted(metrics)), rates):
            if not ms:
                continue
            again = replace(st, entities=(e,), metrics=ms)
            found = [
                d for d in evaluate(again, retrieve(again, pack), pack, ctx.lang, 1, None, ctx.claim)
                if d.result != "unknown"
            ]
            if found:
                break
        for d in found:
            used = [pack.observations[i] for i in d.evidence if i in pack.observations]
            if d.result != "fails" or not used or any(o.entity != e or o.metric not in allowed for o in used):
                continue
            # of the whole's own time: not an older value of the part (its latest, another year)
            if max(o.period.end for o in used) != end or min(o.period.start for o in used) < start:
                continue
            if _weak_link(_Ctx(again, Evidence((), {}), pack, ctx.lang, ctx.claim), d, True):
                continue
            said = ctx.t(
                f"主張は「{part}」のそれぞれについて述べているが、{ctx.ename(e)}では成り立たない: ",
                f"The claim speaks of every one of the {part}; it does not hold for {ctx.ename(e)}: ",
            )
            c.kind, c.result, c.credit, c.reason = d.kind, "fails", None, said + d.reason
            c.evidence, c.sources, c.numbers, c.conflicts = d.evidence, d.sources, d.numbers, d.conflicts
            return True
    return False


#: "all new farmers", 「すべての新規就農者」「新規就農者全体」: a quantifier that says the whole of
#: who is counted, with no part set aside
_ALL_OF_THEM = re.compile(r"(?:全て|すべて|全部)の|全体|(?i:\ball\b(?!\s+(?:but|time)\b))")
#: An age that bounds who a measure counts: "aged 49 and under", "65 and over", 「49歳以下」
#: 「15歳以上」「30歳未満」 (not "under 30" alone: a bound on any figure). The number starts after no digit,
#: so a search over a long run of digits is linear, not quadratic
_AGE_BOUND = re.compile(
    r"(?<!\d)\d+\s*歳(?:以上|以下|未満|超)|(?i:\baged\s+\d+|\b\d+\s+(?:years?\s+)?(?:and|or)\s+"
    r"(?:under|over|older|younger|above|below)\b)"
)


def _whole_of_a_share(name: str) -> str:
    """The words of a share's name that name its whole: before 「に占める」, after "among"
    (「死者に占める65歳以上の割合」 bounds the part, not the whole); "" when the name says neither."""
    if "に占める" in name:
        return name.split("に占める", 1)[0]
    m = _AMONG.search(name)
    return name[m.end() :] if m else ""


_AMONG = re.compile(r"(?i)\bamong\b")


def _age_bounded_for_all(ctx: _Ctx, observed: list[str]) -> str | None:
    """A claim of all of a group ("almost half of all new farmers") settled by a measure whose name
    bounds who it counts by age ("... among new farmers aged 49 and under") when the claim says no
    age: the value is of a part of the group, not of all of it (a linguistic reason: "all" /
    すべて / 全体 says no one is left out; an age bound in a measure's name leaves people out;
    blind round 14 jp-farmers c24)."""
    st, pack = ctx.st, ctx.pack
    if not _ALL_OF_THEM.search(st.span) or _AGE_BOUND.search(st.span) or "歳" in st.span:
        return None
    for metric_id in dict.fromkeys(pack.observations[i].metric for i in observed):
        metric = pack.metrics[metric_id]
        pair = (metric.name_ja, metric.name_en) if ctx.ja else (metric.name_en, metric.name_ja)
        names = [_whole_of_a_share(n) if metric.kind == "share" else n for n in pair if n]
        bound = next((m.group(0) for n in names for m in [_AGE_BOUND.search(n)] if m), None)
        if bound is not None:
            return ctx.t(
                f"主張は全体について述べているが、比べた指標（{ctx.mname(metric_id)}）は年齢で"
                f"限られた一部（{bound}）のもの: 全体の値とは言えない。",
                f"The claim speaks of all of a group; the measure compared ({ctx.mname(metric_id)}) "
                f"counts only a part of it, bounded by age ({bound}): it is not the whole's value.",
            )
    return None


#: Anything in a measure's names or definition that may bound who it counts by age: a figure,
#: 歳, an age word ("Population 65+", 「高齢者の…」, "youth unemployment")
_AGE_ON_MEASURE = re.compile(
    r"歳|年齢|高齢|若年|若者|若手|世代|\d+\s*\+|(?i:\bage[ds]?\b|older|younger|elderly|youth|young|senior"
    r"|\d+\s*(?:-|–|to)\s*\d+|\b(?:under|over)\s+\d+|\d+\s+(?:and|or)\s+(?:over|under|older|above))"
)


def _age_bound_not_measured(ctx: _Ctx, observed: list[str]) -> str | None:
    """A claim that bounds by age who it counts ("fewer than 16,000 people aged 49 or under took up
    farming", 「49歳以下の新規就農者は…」) settled by a measure that says nothing of age: the value
    is of everyone, not of the part the claim speaks of (a linguistic reason: an age bound says
    who is counted, §2 Numbers; blind round 14 jp-farmers c04)."""
    st, pack = ctx.st, ctx.pack
    m = _AGE_BOUND.search(st.span)
    if m is None:
        return None
    # only when the pack tells ages apart: a measure of its own is bounded by the same age (a
    # measure of everyone of working age may leave "aged 16 and over" unsaid)
    age = re.search(r"\d+", m.group(0))
    if age is None or not any(
        re.search(rf"(?<!\d){age.group(0)}(?!\d)", n) and _AGE_ON_MEASURE.search(n)
        for other in pack.metrics.values() for n in (other.name_ja, other.name_en) if n
    ):
        return None
    for metric_id in dict.fromkeys(pack.observations[i].metric for i in observed):
        metric = pack.metrics[metric_id]
        said = " ".join(n for n in (metric.name_ja, metric.name_en, *metric.aliases, metric.definition) if n)
        if not _AGE_ON_MEASURE.search(said):
            return ctx.t(
                f"主張は年齢で限った一部（{m.group(0)}）について述べているが、比べた指標"
                f"（{ctx.mname(metric_id)}）は年齢を限っていない: その一部の値とは言えない。",
                f"The claim speaks of a part bounded by age ({m.group(0)}); the measure compared "
                f"({ctx.mname(metric_id)}) is not bounded by age: it is not that part's value.",
            )
    return None


#: Words of a change of an amount that the change cues of §8 leave out (増額 "raised")
_AMOUNT_CHANGED = re.compile(r"増額|減額|(?i:\b(?:raised|increased|cut|reduced)\b)")


def _changed_since(ctx: _Ctx, observed: list[str]) -> str | None:
    """A statement with no period of its own settled by the latest value of a measure, when an
    event of the same entity dated after that value's period (and known by the claim's date) says
    the measure changed (「給付型奨学金の予算は創設時の70億円から大幅に増額」): the value the pack
    records is no longer the present one, and the pack does not say what is."""
    st, pack = ctx.st, ctx.pack
    if st.period is not None or st.kind not in ("metric", "share"):
        return None
    obs = [pack.observations[i] for i in observed]
    latest = max(obs, key=lambda o: o.period.end)
    words = metric_name_keys(pack.metrics[latest.metric])
    for eid in ctx.index.events_of(latest.entity):
        ev = pack.events[eid]
        if ev.date.start <= latest.period.end or ev.kind in lx.PLAN_EVENT_KINDS:
            continue
        reported = reported_period(ev, ctx.pack)
        if reported is not None and reported.end <= latest.period.end:
            # 「2025年の合計特殊出生率0.80、2年連続上昇」 published in February 2026, the latest value
            # being 2025's: the event reports a period the pack's values already reach, not a
            # change after them (a linguistic reason: the title dates its news)
            continue
        for title in (t for t in (ev.title_ja, ev.title_en) if t):
            changed = lx.has(lx.UP, title) or lx.has(lx.DOWN, title) or _AMOUNT_CHANGED.search(title)
            if changed and words & content_keys(title):
                return ctx.t(
                    f"主張は時期を述べないが、パックの最新の値（{ctx.ptext(latest.period)}）の後に変化を述べる"
                    f"出来事がある（「{title}」、{ctx.ptext(ev.date)}）: 今の値は分からない。",
                    f"The claim states no period, and after the latest value the pack has "
                    f"({ctx.ptext(latest.period)}) an event says it changed ('{title}', "
                    f"{ctx.ptext(ev.date)}): the present value is not known.",
                )
    return None



def _qualifiers_disagree(ctx: _Ctx, observed: list[str]) -> str | None:
    """A measure compared whose qualifiers do not agree with the claim's as a whole (§4.13,
    "Qualifiers of the measure"): a qualifier of the claim ("excluding Apple", 「1人当たり」, 「うち
    女性」, an age band) it does not carry, or one its own name writes that the claim does not
    state (nor a name or alias of it the claim writes whole). The value is a neighbour's, not the
    claim's measure's (a linguistic reason: a qualifier says who or what is counted)."""
    st, pack = ctx.st, ctx.pack
    text = f"{st.framing} {st.span}" if st.framing else st.span
    outright = ctx.lookup.named_outright(text)
    said = told_apart(qualifiers(text, ctx.index), pack)
    aliased = through_names(text, pack, outright)
    compared = list(dict.fromkeys(pack.observations[i].metric for i in observed))
    carried = {m: of_metric(pack, m) for m in compared}
    # each side of a comparison may carry its own (「65歳以上の…は、65歳未満の4倍」): a claim
    # qualifier is met when a measure compared carries it
    missing = [q for q in said if all(q in unmet([q], mq) for mq in carried.values())]
    if missing:
        words = ", ".join(dict.fromkeys(text[q.start : q.end].strip() for q in missing))
        names = ", ".join(ctx.mname(m) for m in compared)
        return ctx.t(
            f"主張の指標は「{words}」と限定されているが、比べた指標（{names}）は"
            "そう限定されていない: 主張の指すものの値とは言えない。",
            f"The claim's measure is qualified ({words}); the measure compared "
            f"({names}) is not: it is not the value of what the claim speaks of.",
        )
    if "metric" in st.inherited:
        return None  # the measure is the clause before's, named there with its qualifiers
    keys = content_keys(text)
    for metric_id in compared:
        if not keys & ctx.lookup.metric_words(metric_id):
            continue  # the clause does not name the measure (「徳島県は埼玉県のほぼ2倍だ」): the context does
        if metric_id in outright or not ctx.lookup.told_apart(metric_id):
            continue  # named whole, or the pack's only measure of its kind (an age band)
        if not ctx.lookup.neighboured(metric_id) and not ctx.lookup.names_measure(text, metric_id):
            continue  # "…, and Cabinet B ranks first": the measure is the clause before's
        extra = unstated((*said, *aliased), carried[metric_id])
        if extra:
            return ctx.t(
                f"比べた指標（{ctx.mname(metric_id)}）は主張が述べない限定のある指標: "
                "主張の指すものの値とは言えない。",
                f"The measure compared ({ctx.mname(metric_id)}) is qualified in a way the claim "
                "does not state: it is not the value of what the claim speaks of.",
            )
    return None
