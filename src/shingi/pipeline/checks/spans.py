"""Operations over a window of a series: a bound said of every period of the window ("above 7% in
every quarter for a full year", "more than 8% in each of the last two years"), the window's mean
("has averaged more than 8% over the past three fiscal years", 「過去3年の平均は6%超」) and its sum
("more cases in 2025 than in the previous ten years combined", 「過去10年の合計」) — docs/verdict-rules.md
§4.7 "Operations over a window".

A window is read only when its length and its kind of period are written; it ends at the claimed
period, else at the latest value known at the claim's date; the series must hold every period of
it, one value each, in a row — otherwise the statement is unknown (the window or the series is
not clearly determined: calibrated abstention).

Also over a window: the steps of one kind in a period ("cut rates four times in 2025", 「2024年8月
以降6回の利下げ」, "by 1.25 points this year", a run "three times in a row" with no period), counted or
summed from the pack's events, or from the level's own series when the events keep only some steps
(:func:`events_over_a_window`); and a count said nil in every period since one ("no deaths since
2000", :func:`none_since`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from shingi.model import Event, Metric, NumberCompared, Observation, Period, Result
from shingi.normalize.periods import shift
from shingi.normalize.quantities import ordinal_number, word_number
from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.common import (
    BOUND_SIDE,
    Finding,
    _Ctx,
    _min_result,
    _numbers_for,
    _value_finding,
    compare_value,
    pick_observations,
    to_unit,
    values_since,
)
from shingi.pipeline.checks.events import _best_event, a_step_the_way_said, never_a_step
from shingi.pipeline.claims.statement import ClaimedNumber, Statement
from shingi.pipeline.claims.windows import bounded_window
from shingi.pipeline.retrieve import is_plan_event

_N = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?P<fy>fiscal |financial )?(?P<u>years?|quarters?|months?)"
_LAST = r"(?:last|past|previous|preceding|prior)"

#: "in each of the last two years", "in every one of the past three quarters"
_EACH_OF = re.compile(rf"(?i)\b(?:each|every)(?: single)?(?: one)? of the {_LAST} {_N} {_UNIT}\b")
#: "in every quarter for a full year", "every month over the past two years"
_EVERY_FOR = re.compile(
    r"(?i)\b(?:each|every)(?: single)? (?P<fy>fiscal |financial )?(?P<u>year|quarter|month)\b"
    rf"(?: (?:for|over|in|during) (?:a|the) (?:full |whole |entire )?(?:{_LAST} )?"
    r"(?P<n2>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)? ?"
    r"(?P<u2>years?|quarters?|months?)\b)"
)
#: "above 90% every year since 2020", 「2020年以降、毎年90%を上回っている」: each period from the
#: one the window opens at ("since", 以降, 以来) to the latest
_EVERY_SINCE = re.compile(
    r"(?i)\b(?:each|every)(?: single)? (?P<fy>fiscal |financial )?(?P<u>year|quarter|month)\b"
    r"|(?P<ja>毎年度|毎年|毎四半期|毎月)"
)
#: 「過去3年の平均」「直近3年度の平均」「ここ5年間の平均」「3年平均」「過去10年の合計」「過去10年の累計」
_JA_WINDOW = re.compile(
    r"(?:(?:過去|直近|ここ|この)(?P<n>\d{1,2})(?P<u>年度|年|四半期|か月|カ月|ヶ月)(?:間)?"
    r"|(?<![\d.,])(?P<n2>\d{1,2})(?P<u2>年度|年|四半期|か月|カ月|ヶ月)間)"
)
#: what is said of the window's periods: 平均, 合計 / 累計, 毎年 / 各年 / いずれも (each)
_JA_OP = re.compile(
    r"(?P<mean>平均)|(?P<sum>合計(?!特殊)|累計)|(?P<each>毎年度?|毎四半期|毎月|各年|いずれも)"
)
#: "averaged … over the past three fiscal years", "an average of … in the last five years"
_AVERAGE_EN = re.compile(r"(?i)\baverag(?:e|ed|es|ing)\b")
#: "the previous ten years combined", "the past five years put together"
_COMBINED_EN = re.compile(r"(?i),?\s+(?:combined|put together|all together)\b")
#: a record word right before a window makes it the record's ("the lowest in the past five years")
_RECORD_WORD = re.compile(
    r"(?i)\b(?:highest|lowest|largest|biggest|smallest|most|fewest|best|worst|fastest|slowest|weakest"
    r"|strongest|record|first time)\b[\w\s']{0,20}$"
)
#: the window of an average or a sum: "over the past three fiscal years", "the previous ten years"
_WINDOW_EN = re.compile(rf"(?i)\b(?:over |in |during |for )?the {_LAST} {_N} {_UNIT}\b")


@dataclass(frozen=True, slots=True)
class Window:
    """What a statement says of a window: ``op`` each / mean / sum over ``n`` periods of kind
    ``unit`` (year, quarter, month; ``fiscal``: fiscal years named; ``n`` 0: from ``since``),
    ending at the claimed
    period or the latest (``before``: the ``n`` periods before it, as "than the previous ten
    years combined" sets the claimed period against the ones before)."""

    op: str
    n: int
    unit: str
    fiscal: bool
    before: bool
    text: str
    #: "every year since 2020": the window opens at this period (``n`` 0)
    since: Period | None = None


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    return word_number(word)


def _unit(word: str) -> str:
    w = word.lower().rstrip("s")
    known = w if w in ("year", "quarter", "month") else "month"
    return {"年": "year", "年度": "year", "四半期": "quarter"}.get(w, known)


#: periods of each kind in a year
_PER_YEAR = {"year": 1, "quarter": 4, "month": 12}


#: "almost every month", 「ほぼ毎年」: a hedged every says most, not all (no universal reading)
_HEDGED = re.compile(
    r"(?i)\b(?:almost|nearly|virtually|practically|most)\s+(?:each|every|all)\b|ほぼ毎|ほとんど毎"
)


def read_window(span: str, since: Period | None = None) -> Window | None:
    """The operation over a window a statement says, when its length and kind are written (or,
    for "every year", the period it runs ``since``)."""
    if _HEDGED.search(span):
        return None
    m = _EACH_OF.search(span)
    if m:
        n = _count(m.group("n"))
        if n:
            return Window("each", n, _unit(m.group("u")), bool(m.group("fy")), False, m.group(0))
    m = _EVERY_FOR.search(span)
    if m:
        step, over = _unit(m.group("u")), _unit(m.group("u2"))
        k = _count(m.group("n2")) or 1
        if _PER_YEAR[step] >= _PER_YEAR[over]:
            # "every quarter for a full year" is four quarters; "every month for two quarters" six
            n = k * _PER_YEAR[step] // _PER_YEAR[over]
            if n >= 2:
                return Window("each", n, step, bool(m.group("fy")), False, m.group(0))
    m = _JA_WINDOW.search(span)
    o = _JA_OP.search(span, m.end()) if m else None
    if m and o:
        # 「過去3年の平均成長率」「過去2年間、毎年8%を超えた」「5年間の累計」
        op = "mean" if o.group("mean") else "sum" if o.group("sum") else "each"
        length, written = m.group("n") or m.group("n2"), m.group("u") or m.group("u2")
        return Window(op, int(length), _unit(written), written == "年度", False, m.group(0))
    m = _EVERY_SINCE.search(span)
    if m and since is not None:
        ja = m.group("ja")
        unit = {"毎年度": "year", "毎年": "year", "毎四半期": "quarter", "毎月": "month"}.get(ja or "", "")
        return Window("each", 0, unit or _unit(m.group("u")), ja == "毎年度" or bool(m.group("fy")), False,
                      m.group(0), since)
    w = _WINDOW_EN.search(span)
    if w:
        n = _count(w.group("n"))
        if not n:
            return None
        fiscal = bool(w.group("fy"))
        if _RECORD_WORD.search(span[max(0, w.start() - 40) : w.start()]):
            return None  # "averaged 3% in 2024, the lowest in the past five years": a record's window
        if _AVERAGE_EN.search(span):
            return Window("mean", n, _unit(w.group("u")), fiscal, False, w.group(0))
        if _COMBINED_EN.match(span, w.end()):
            # "than in the previous ten years combined" (not "China and India combined")
            return Window("sum", n, _unit(w.group("u")), fiscal, True, w.group(0))
    return None


def _precisions(window: Window) -> tuple[str, ...]:
    if window.unit == "year":
        return ("fiscal_year",) if window.fiscal else ("year", "fiscal_year")
    return (window.unit,)


def _in_a_row(obs: Sequence[Observation]) -> bool:
    for a, b in itertools.pairwise(obs):
        try:
            if shift(a.period, 1) != b.period:
                return False
        except ValueError:
            return False
    return True


def _series(ctx: _Ctx, ids: Sequence[str], window: Window) -> list[Observation] | None:
    """The values of the series of the window's kind of period, one a period, in time order."""
    pack = ctx.pack
    obs = [pack.observations[i] for i in ids if pack.observations[i].value is not None]
    for precision in _precisions(window):
        same = sorted((o for o in obs if o.period.precision == precision), key=lambda o: o.period.start)
        one: dict[Period, Observation] = {}
        for o in same:
            one.setdefault(o.period, o)
        if one:
            return list(one.values())
    return None


def _window_values(
    ctx: _Ctx, series: list[Observation], window: Window, with_the_one_before: bool = False
) -> list[Observation] | None:
    """The ``window.n`` values of the window, in time order (``with_the_one_before``: and the value
    of the period before it, which its first step starts from); None when the pack lacks one."""
    st = ctx.st
    claimed = [p.period for p in st.periods if p.role is None]
    if claimed:
        at = [o for o in series if claimed[-1].contains(o.period) or o.period.contains(claimed[-1])]
        if not at:
            return None
        end = at[-1]
    else:
        latest = pick_observations(ctx.pack, [o.id for o in series], None, ctx.as_of)
        if not latest:
            return None
        end = latest[-1]
    upto = [o for o in series if o.period.start <= end.period.start]
    if window.since is not None:
        inside = [o for o in upto if o.period.end >= window.since.start]
        if len(inside) < 2 or not _in_a_row(inside) or not inside[0].period.overlaps(window.since):
            return None
        if with_the_one_before:
            before = [o for o in upto if o.period.end < inside[0].period.start][-1:]
            inside = before + inside if before and _in_a_row(before + inside[:1]) else []
        return inside or None
    if window.before:
        upto = upto[:-1]
    n = window.n + (1 if with_the_one_before else 0)
    inside = upto[-n:]
    if len(inside) < n or not _in_a_row(inside if not window.before else [*inside, end]):
        return None
    return inside


def _unknown(ctx: _Ctx, window: Window, what: str) -> Finding:
    return Finding("unknown", ctx.t(
        f"主張は「{window.text}」について述べるが、パックの{what}はその期間の値をすべては持たない。",
        f"The claim speaks of '{window.text}'; the pack's {what} does not hold every period of it.",
    ), [])


def over_a_window(ctx: _Ctx) -> Finding | None:
    """A statement of a measure said over a window it names (each period, mean, sum): its
    finding, unknown when the window cannot be placed on the measure's series; None when the
    statement names no such window or no series of the measure."""
    st = ctx.st
    since = [p.period for p in st.periods if p.role == "since"]
    window = read_window(st.span, since[0] if len(since) == 1 else None) or _streak_past_a_line(st)
    if window is None:
        return never_past_since(ctx) or none_since(ctx) or no_step_since(ctx)
    for mid in st.metrics[:4]:
        metric = ctx.pack.metrics.get(mid)
        if metric is None:
            continue
        if window.op == "mean" and any(_AVERAGE_EN.search(n) or "平均" in n for n in metric.names):
            return None  # a measure that is itself an average over a span (§4.7, its latest value)
        for ent in st.entities[:1]:
            ids = ctx.ev.series.get((ent, mid))
            if not ids:
                continue
            series = _series(ctx, ids, window)
            if not series:
                continue
            numbers = _numbers_for(st, metric.unit or series[-1].unit, ctx.pack, metric.names, metric.kind)
            # "fell every year since 2020, to 92.5%": the end's level is no bound of each period
            numbers = [n for n in numbers if n.role is None or (n.role == "to" and window.op != "each")]
            steps = _step_numbers(st, metric, window)
            if not numbers and steps:
                # 「この5年間、毎年2割以上のペースで増え続けている」: each step's change, in percent
                values = _window_values(ctx, series, window, with_the_one_before=True)
                if values is None:
                    return _unknown(ctx, window, ctx.mname(mid))
                return _each_step(ctx, ent, mid, values, steps)
            if not numbers and (window.op == "each" or window.op == "mean"):
                continue  # "rose every year since 2020": the change's own check (every step)
            if window.op == "each" and st.cues & {"up", "down"} and metric.kind != "growth":
                # "have risen every year since 2015, to more than $300bn": a figure said with a
                # change of a level is where it went, not a bound of each year
                continue
            values = _window_values(ctx, series, window)
            if values is None:
                refuted = _refuted_where_held(ctx, ent, mid, series, window, numbers)
                return refuted or _unknown(ctx, window, ctx.mname(mid))
            if window.op == "each":
                return _each(ctx, ent, mid, values, numbers)
            return _aggregate(ctx, ent, mid, metric, values, numbers, window)
    return None


#: A run of periods: 「10年連続」「3年度連続」「6か月連続」, "for the sixth year in a row", "for the
#: sixth straight / consecutive year", "six years in a row", "six consecutive / straight years"
_STREAK_RUN = re.compile(
    r"(?P<nj>\d+)\s*(?P<uj>年度|年|か月|カ月|ヶ月|四半期)連続"
    r"|(?i:\bfor\s+(?:the\s+|a\s+)?(?P<ord>\w+)\s+(?:(?:straight|consecutive|successive)\s+)?"
    r"(?P<uo>year|month|quarter)(?:\s+in\s+a\s+row|\s+running)?\b"
    r"|\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:(?:straight|consecutive|successive)\s+(?P<u1>years?|months?|quarters?)"
    r"|(?P<u2>years?|months?|quarters?)\s+(?:in\s+a\s+row|running)))"
)


_STREAK_UNITS_JA = {
    "年": "year", "年度": "year", "か月": "month", "カ月": "month", "ヶ月": "month", "四半期": "quarter",
}


def _streak_past_a_line(st: Statement) -> Window | None:
    """「2024年に10年連続で5%を下回った」, "below 5% in 2024 for the sixth year in a row": a bound said
    with a run of periods is a bound of each period of the run, ending at the claimed period (a
    linguistic reason: 連続 / "in a row" count the periods the predicate held, as "each of the last
    six years"; the run had been read on its last year alone). Only with one bound drawn and no
    change word (「3年連続で増加」 is a run of steps, §4.7) and no comparison with the period before."""
    m = _STREAK_RUN.search(st.span)
    if m is None or st.versus or st.cues & {"up", "down"}:
        return None
    if sum(1 for n in st.numbers if n.comparator in BOUND_SIDE) != 1:
        return None
    if m.group("ord"):
        n = ordinal_number(m.group("ord"))
        if n is None and m.group("ord").lower() == "second":
            n = 2
        word = m.group("uo")
    else:
        n = word_number(m.group("nj") or m.group("n") or "")
        word = m.group("uj") or m.group("u1") or m.group("u2") or ""
    if not n or n < 2:
        return None
    unit = _STREAK_UNITS_JA.get(word, _unit(word)) if word else "year"
    return Window("each", n, unit, word == "年度", False, m.group(0))


def _refuted_where_held(
    ctx: _Ctx, ent: str, mid: str, series: list[Observation], window: Window, numbers: list[ClaimedNumber]
) -> Finding | None:
    """「2014年以降、毎年10万人を超えている」, "above 100,000 every year since 2014" with years of the
    window not in the pack: a value the pack holds inside the window that misses the bound refutes
    the claim whatever the pack lacks (a linguistic reason: every; as "never below … since", §4.7);
    None when every value held meets it (what is missing could still miss it: unknown)."""
    if window.op != "each" or window.since is None:
        return None
    end = pick_observations(ctx.pack, [o.id for o in series], None, ctx.as_of)
    if not end:
        return None
    last = end[-1].period.start
    held = [o for o in series if o.period.end >= window.since.start and o.period.start <= last]
    found = _each(ctx, ent, mid, held, numbers) if held else None
    if found is None or found.result != "fails":
        return None
    found.reason += ctx.t(
        " （パックは期間のすべての値を持たないが、持つ値に当てはまらないものがある。）",
        " (The pack does not hold every period of the window, but some it holds do not fit.)",
    )
    return found


def _step_numbers(st: Statement, metric: Metric, window: Window) -> list[ClaimedNumber]:
    """A percentage said of each step of a level's window with a change word (「毎年2割以上の
    ペースで増え」, "grew by more than 10% in each of the last two years")."""
    if window.op != "each" or metric.unit in ("%", "pt") or not st.cues & {"up", "down"}:
        return []
    return [n for n in st.numbers if n.unit == "%" and n.role in (None, "by")]


def _each_step(
    ctx: _Ctx, ent: str, mid: str, values: list[Observation], numbers: list[ClaimedNumber]
) -> Finding | None:
    """Every step of the window (each value against the one before it) against the claimed change
    in percent; one that misses it fails the statement (a linguistic reason: each, every)."""
    down = "down" in ctx.st.cues and "up" not in ctx.st.cues
    label = ctx.t(f"{ctx.ename(ent)} {ctx.mname(mid)}の変化率", f"{ctx.ename(ent)} {ctx.mname(mid)} change")
    results: list[Result] = []
    ncs: list[NumberCompared] = []
    missed: list[str] = []
    for before, after in itertools.pairwise(values):
        assert before.value is not None and after.value is not None
        if before.value.value == 0:
            return None
        pct = 100 * (after.value.value / before.value.value - 1) * (-1 if down else 1)
        rs = [compare_value(n, pct) if pct > 0 else "fails" for n in numbers]
        ncs += [NumberCompared(label, n.quantity.value, n.text, round(pct, 6), "%", (before.id, after.id),
                               n.comparator, None) for n in numbers]
        r = _min_result(rs)
        results.append(r)
        if r != "holds":
            missed.append(f"{ctx.ptext(after.period)} {pct:+.1f}%")
    claimed = ", ".join(n.text for n in numbers)
    reason = ctx.t(
        f"{ctx.ename(ent)}の{ctx.mname(mid)}は{_listed(ctx, values)}（主張: 各期とも{claimed}）。",
        f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {_listed(ctx, values)} (claimed: {claimed} in each step).",
    )
    if missed:
        reason += ctx.t(f" 当てはまらない期: {'、'.join(missed)}。", f" Not so in {', '.join(missed)}.")
    return Finding(_min_result(results), reason, [o.id for o in values], ncs)


def _listed(ctx: _Ctx, values: Sequence[Observation]) -> str:
    sep = "、" if ctx.ja else ", "
    return sep.join(f"{ctx.ptext(o.period)} {ctx.q(o.value.value, o.unit)}" for o in values if o.value)


_BOUND_SAID = {
    "at_least": ("以上", "at least"), "more_than": ("超", "more than"),
    "at_most": ("以下", "at most"), "less_than": ("未満", "less than"),
}


def _bound_said(ctx: _Ctx, n: ClaimedNumber) -> str:
    """The bound checked, said the right way round: a never-claim's bound is the other side of its
    verb's ("never below 4%": at least 4 %), and 「5%を下回っている」 keeps its verb out of the
    number's text (「5%未満」)."""
    words = _BOUND_SAID.get(n.comparator)
    if words is None:
        return n.text
    q = ctx.q(n.quantity.value, n.unit)
    return ctx.t(f"{q}{words[0]}", f"{words[1]} {q}")


def _each(
    ctx: _Ctx, ent: str, mid: str, values: list[Observation], numbers: list[ClaimedNumber]
) -> Finding | None:
    """Every period of the window against the claimed bound: one that misses it fails the
    statement (a linguistic reason: each, every)."""
    label = f"{ctx.ename(ent)} {ctx.mname(mid)}"
    results: list[Result] = []
    ncs: list[NumberCompared] = []
    missed: list[Observation] = []
    for o in values:
        found = [got for n in numbers if (got := _value_finding(ctx, n, o, label)) is not None]
        if not found:
            return None
        ncs += [nc for _, nc in found]
        r = _min_result(r for r, _ in found)
        results.append(r)
        if r != "holds":
            missed.append(o)
    claimed = ("、" if ctx.ja else ", ").join(_bound_said(ctx, n) for n in numbers)
    reason = ctx.t(
        f"{ctx.ename(ent)}の{ctx.mname(mid)}は{_listed(ctx, values)}（主張: 各期とも{claimed}）。",
        f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {_listed(ctx, values)} (claimed: {claimed} in each).",
    )
    if missed:
        reason += ctx.t(
            f" {'、'.join(ctx.ptext(o.period) for o in missed)}は当てはまらない。",
            f" Not so in {', '.join(ctx.ptext(o.period) for o in missed)}.",
        )
    return Finding(_min_result(results), reason, [o.id for o in values], ncs)


def _aggregate(
    ctx: _Ctx, ent: str, mid: str, metric: Metric, values: list[Observation],
    numbers: list[ClaimedNumber], window: Window,
) -> Finding | None:
    """The window's mean or sum against the claimed number, or (a sum with no number, "more …
    than the previous ten years combined") against the claimed period's own value."""
    pack, st = ctx.pack, ctx.st
    unit = values[-1].unit
    total = 0.0
    for o in values:
        assert o.value is not None
        got = to_unit(o.value.value, o.unit, unit, pack, o.period.start.year)
        if got is None:
            return None
        total += got[0]
    value = total / len(values) if window.op == "mean" else total
    what = ctx.t("平均" if window.op == "mean" else "合計", "average" if window.op == "mean" else "sum")
    label = f"{ctx.ename(ent)} {ctx.mname(mid)} ({what})"
    ids = [o.id for o in values]
    listed = _listed(ctx, values)
    if numbers:
        results: list[Result] = []
        ncs: list[NumberCompared] = []
        for n in numbers:
            got = to_unit(value, unit, n.unit or unit, pack, values[-1].period.start.year, ctx.lang)
            if got is None:
                continue
            results.append(compare_value(n, got[0]))
            ncs.append(NumberCompared(label, n.quantity.value, n.text, round(got[0], 6), n.unit or unit,
                                      tuple(ids), n.comparator, None))
        if not results:
            return None
        claimed = ", ".join(n.text for n in numbers)
        reason = ctx.t(
            f"{ctx.ename(ent)}の{ctx.mname(mid)}は{listed}で、{what}は{ctx.q(value, unit)}"
            f"（主張: {claimed}）。",
            f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {listed}: {what} {ctx.q(value, unit)} "
            f"(claimed: {claimed}).",
        )
        return Finding(_min_result(results), reason, ids, ncs)
    if window.op != "sum" or not st.cues & {"exceed", "trail"}:
        return None
    claimed_periods = [p.period for p in st.periods if p.role is None]
    if not claimed_periods:
        return None
    own = [o for o in (pack.observations[i] for i in ctx.ev.series.get((ent, mid), ()))
           if o.value is not None and o.period == claimed_periods[-1]]
    if not own:
        return None
    o = own[0]
    assert o.value is not None
    mine = o.value.value
    ok = mine > value if "exceed" in st.cues else mine < value
    reason = ctx.t(
        f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(o.period)}に{ctx.q(mine, unit)}、"
        f"その前の{len(values)}期（{listed}）の合計は{ctx.q(value, unit)}。",
        f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {ctx.q(mine, unit)} in {ctx.ptext(o.period)}; the "
        f"{len(values)} periods before it ({listed}) add up to {ctx.q(value, unit)}.",
    )
    return Finding("holds" if ok else "fails", reason, [o.id, *ids])


#: How many times a thing of one kind happened: "four times", "twice", 「4回」 (not 「4回目」, an order)
_TIMES = re.compile(
    r"(?i)\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) times\b"
    r"|\b(?P<w>once|twice|thrice)\b|(?<![\d.])(?P<j>\d{1,2})回(?!目)"
)
_TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}
def _decided_way(text: str) -> str | None:
    """The way a decision went (raised / cut: a rate, a price, a wage), by the lexicon's words of a
    decision's direction (DECIDED_UP / DECIDED_DOWN, as events.decision_goes_the_other_way reads
    them); None when the text says both or neither."""
    up, down = lx.has(lx.DECIDED_UP, text), lx.has(lx.DECIDED_DOWN, text)
    return "up" if up and not down else "down" if down and not up else None


def _title_way(ev: Event) -> str | None:
    """The way a step of a level went, in an event's title."""
    return _decided_way(" ".join(t for t in (ev.title_en, ev.title_ja) if t))


def _said_way(span: str, cues: frozenset[str]) -> str | None:
    """The way a statement says its steps went: its up / down cue, else its raise / cut words."""
    if cues & {"up", "down"}:
        if "up" in cues and "down" in cues:
            return None
        return "up" if "up" in cues else "down"
    return _decided_way(span)


def _times(span: str) -> tuple[int, str] | None:
    m = _TIMES.search(span)
    if m is None:
        return None
    if m.group("w"):
        return _TIMES_WORDS[m.group("w").lower()], m.group(0)
    n = _count(m.group("n")) if m.group("n") else int(m.group("j"))
    return (n, m.group(0)) if n else None


def events_over_a_window(ctx: _Ctx) -> Finding | None:
    """Steps of one kind in a period: "cut its repo rate four times in 2025, taking it from 6.5% to
    5.25%", "cut rates by 1.25 points this year", 「2025年、政策金利を約1ポイント引き下げた」. Two or
    more events of the best match's kind, actors and way (raised / cut) dated in the claimed
    period are the period's steps: a count ("four times", 4回) is their number, an amount in their
    unit that no single step has is their total, and "from … to …" the level before the first
    and after the last (docs/verdict-rules.md §4.7). None when the statement says no period, or the
    period holds fewer than two such steps."""
    st, pack = ctx.st, ctx.pack
    if st.kind != "event":
        return None
    claimed = [p.period for p in st.periods if p.role is None]
    since = [p.period for p in st.periods if p.role == "since"]
    as_of = ctx.as_of
    if len(claimed) == 1 and not since and claimed[0].precision != "day":
        window = claimed[0]
        when = ctx.ptext(window)
    elif len(since) == 1 and not claimed and as_of is not None and since[0].start <= as_of.end:
        # 「2024年8月以降6回の利下げ」, "since September 2024": from that period to the claim's date
        window = Period(since[0].start, as_of.end, "day", f"{since[0].start}/{as_of.end}")
        when = ctx.t(f"{ctx.ptext(since[0])}以降", f"since {ctx.ptext(since[0])}")
    elif not st.periods and _IN_A_ROW.search(st.span):
        return _run_of_steps(ctx)
    else:
        return None
    best = _best_event(ctx.ev.events, st, pack)
    if best is None or best.plan:
        return None
    ev = pack.events[best.id]
    way = _title_way(ev)
    if way is None or ev.amount is None or _said_way(st.span, st.cues) != way:
        return None  # ("raised rates four times" is no count of cuts)
    steps = sorted(
        (
            e for e in pack.events.values()
            if e.kind.casefold() == ev.kind.casefold() and set(e.actors) == set(ev.actors)
            and not is_plan_event(e) and e.amount is not None and e.amount.unit == ev.amount.unit
            and window.contains(e.date) and _title_way(e) == way
            and (as_of is None or e.date.start <= as_of.end)
        ),
        key=lambda e: e.sort_key,
    )
    unit = ev.amount.unit
    times = _times(st.span)
    if len(steps) < 2 or unit not in _STEP_UNITS or not _chained(steps, way):
        # the events do not hold every step: a count is the level's own series' steps, if any
        return _steps_of_the_level(ctx, window, when, ev, way, times) if times is not None else None
    amounts = [n for n in st.numbers if n.role in (None, "by") and n.unit not in (None, "x", "rank")
               and to_unit(1.0, n.unit, unit, pack, 2000) is not None]
    levels = [n for n in st.numbers if n.role in ("from", "to")]
    total = sum(e.amount.value for e in steps if e.amount is not None)
    single = [
        n for n in amounts
        if any(compare_value(n, got[0]) == "holds" for e in steps if e.amount is not None
               and (got := to_unit(e.amount.value, unit, n.unit, pack, e.date.start.year)) is not None)
    ]
    if single or (times is None and not amounts):
        return None  # a step of its own has the amount said: the event's own check
    results: list[Result] = []
    ncs: list[NumberCompared] = []
    ids = tuple(e.id for e in steps)
    what = ctx.t("回数", "count")
    if times is not None:
        results.append("holds" if times[0] == len(steps) else "fails")
        ncs.append(
            NumberCompared(what, float(times[0]), times[1], float(len(steps)), None, ids, "exactly", None)
        )
    for n in amounts:
        got = to_unit(total, unit, n.unit, pack, window.start.year)
        if got is None:
            continue
        results.append(compare_value(n, got[0]))
        ncs.append(NumberCompared(ctx.t("合計", "total"), n.quantity.value, n.text, round(got[0], 6), n.unit,
                                  ids, n.comparator, None))
    to = next((n for n in levels if n.role == "to"), None)
    last_level = _level_after(steps[-1], to.unit) if to is not None else None
    for n in levels:
        if to is None or last_level is None or n.unit != to.unit:
            results.append("unknown")  # no level the last step went to, in the claim's unit
            continue
        found = last_level if n.role == "to" else last_level + (total if way == "down" else -total)
        results.append(compare_value(n, found))
        ncs.append(NumberCompared(ctx.t("水準", "level"), n.quantity.value, n.text, round(found, 6), n.unit,
                                  ids, n.comparator, None))
    if not results:
        return None
    listed = ("、" if ctx.ja else "; ").join(
        f"{ctx.ptext(e.date)} {ctx.q(e.amount.value, unit)}" for e in steps if e.amount is not None
    )
    reason = ctx.t(
        f"{when}の同じ種類の出来事は{len(steps)}件（{listed}）、合計{ctx.q(total, unit)}。",
        f"{len(steps)} events of this kind {'' if when.startswith('since') else 'in '}{when} ({listed}), "
        f"{ctx.q(total, unit)} in total.",
    )
    return Finding(_min_result(results), reason, list(ids), ncs, kind="event")


def _level_series(ctx: _Ctx, events: Sequence[Event]) -> list[Observation]:
    """The series of the level that steps move (a policy rate): the pack's values of the one
    measure observed on a step's day at the level its title gives, in time order."""
    pack = ctx.pack
    # the (day, level) pairs the steps' titles give, so the pack's observations are read once
    levels = [
        (e.date.start, v)
        for e in events
        for t in (e.title_en, e.title_ja)
        for v, _ in _to_levels(t or "", ends=True)
    ]
    if not levels:
        return []
    keys = {
        (o.entity, o.metric)
        for o in pack.observations.values()
        if o.value is not None and o.unit == "%"
        and any(o.period.start == day and abs(o.value.value - v) < 1e-9 for day, v in levels)
    }
    if len(keys) != 1:
        return []
    (ent, mid), = keys
    series = (pack.observations[i] for i in ctx.index.observations(ent, mid))
    return sorted((o for o in series if o.value is not None), key=lambda o: o.period.start)


def _steps_of_the_level(
    ctx: _Ctx, window: Period, when: str, ev: Event, way: str, times: tuple[int, str]
) -> Finding | None:
    """「2024年8月以降6回の利下げ」 in a pack that keeps only the first and the last cut as events:
    the steps of the level's own series (each value that moved the way said from the one before)
    dated in the window and by the claim's date, counted."""
    pack, as_of = ctx.pack, ctx.as_of
    alike = [
        e for e in pack.events.values()
        if e.kind.casefold() == ev.kind.casefold() and set(e.actors) == set(ev.actors)
        and not is_plan_event(e) and window.contains(e.date) and _title_way(e) == way
    ]
    series = [o for o in _level_series(ctx, alike) if as_of is None or o.period.start <= as_of.end]
    moved = []
    for before, after in itertools.pairwise(series):
        assert before.value is not None and after.value is not None
        change = after.value.value - before.value.value
        if window.contains(after.period) and (change < 0 if way == "down" else change > 0):
            moved.append(after)
    if not moved or not any(o.period.start < window.start for o in series):
        return None
    ids = tuple(o.id for o in moved)
    nc = NumberCompared(ctx.t("回数", "count"), float(times[0]), times[1], float(len(moved)), None, ids,
                        "exactly", None)
    listed = _listed(ctx, moved)
    reason = ctx.t(
        f"{when}の{ctx.mname(moved[0].metric)}の変更は{len(moved)}回（{listed}）。",
        f"{ctx.mname(moved[0].metric)} moved that way {len(moved)} times {when} ({listed}).",
    )
    return Finding("holds" if times[0] == len(moved) else "fails", reason, list(ids), [nc], kind="event")


#: Units of the size of a step of a rate: points, percentage points, basis points
_STEP_UNITS = frozenset({"pt", "pp", "bp"})


def _chained(steps: Sequence[Event], way: str) -> bool:
    """Whether the steps follow one another with none missing between them: each title's level
    (「… to 6.00%」) is the one before it moved by the step's amount (a pack that holds only some
    of the period's steps cannot count them)."""
    levels = [_level_after(e, "%") for e in steps]
    if any(v is None for v in levels):
        return False
    for before, after, e in zip(levels, levels[1:], steps[1:], strict=False):
        assert before is not None and after is not None and e.amount is not None
        size = e.amount.value / 100 if e.amount.unit == "bp" else e.amount.value
        if abs((before - after if way == "down" else after - before) - size) > 1e-6:
            return False
    return True


def _level_after(ev: Event, unit: str | None) -> float | None:
    """The level a step's title says it went to ("… by 25 basis points to 5.25%")."""
    for title in (ev.title_en, ev.title_ja):
        same = [v for v, u in _to_levels(title or "") if u == unit]
        if same:
            return same[0]
    return None


#: "to 6.25%", "to 4.75%-5.00%" (a range by its lower end), 「6.25%に」「5.0%へ」
_TO_LEVEL = re.compile(
    r"(?i)\bto (?P<v>\d+(?:\.\d+)?)\s?%?(?:\s?[-–]\s?\d+(?:\.\d+)?\s?)?%|(?P<j>\d+(?:\.\d+)?)%(?:に|へ)"
)


def _to_levels(title: str, ends: bool = False) -> list[tuple[float, str]]:
    """The levels a title says a step went to; ``ends``: both ends of a range ("to 3.50%-3.75%")."""
    out = [(float(m.group("v") or m.group("j")), "%") for m in _TO_LEVEL.finditer(title)]
    if ends:
        out += [(float(m.group(1)), "%") for m in _RANGE_TOP.finditer(title)]
    return out


#: the upper end of a range of levels: "to 3.50%-3.75%", 「3.50〜3.75%に」
_RANGE_TOP = re.compile(r"\d(?:\.\d+)?\s?%?\s?[-–〜~]\s?(\d+(?:\.\d+)?)\s?%")


#: A bound no value passed since a period: 「その後一度も300万人を下回っていない」, "has never fallen
#: below 3 million since", "has not dropped below 3 million since August", "not once above 2%"
#: (a negated "even once": every value since then is on the other side of the bound)
_NEVER_PAST = re.compile(
    r"一度も[^、。]{0,20}?(?P<jb>下回|割り込|割っ|を切|上回|超え)[^、。]{0,6}?(?:ていない|ていません|なかった|ない)"
    # 「2015年以降、5%を超えたことがない」: the experiential negative たことがない is itself "never"
    # (a linguistic reason: …たことがない says no time in the window it happened)
    r"|(?P<jb2>下回|割り込|割っ|を切|上回|超え)[っりん]?たこと[がは](?:ない|なかった|ありません)"
    r"|(?i:\b(?:never|not once|ha(?:s|ve)(?:n't| not))\s+(?:once\s+)?"
    r"(?:been\s+|gone\s+|fallen\s+|dropped\s+|fell\s+|risen\s+|rose\s+|climbed\s+|went\s+|slipped\s+)?"
    # "never been more than 5% since 2015", "has never exceeded 5%": a bound in words or a verb
    r"(?P<eb>below|under|above|over|more\s+than|higher\s+than|greater\s+than|less\s+than|lower\s+than"
    r"|exceeded|topped|surpassed)\b)"
)
_FLOOR_WORDS = ("下回", "割り込", "割っ", "を切", "below", "under", "less than", "lower than")


def never_past_since(ctx: _Ctx) -> Finding | None:
    """「その後一度も300万人を下回っていない」, "has never fallen below 3 million since August
    2025": every value of the measure's series, of the period's kind, from the period named (the
    clause's own "since", or the period the clause carries over from the one before it) to the
    latest at the claim's date, is on the bound's other side — the each-since window of §4.7 with
    the bound turned round ("never below 3 million": at least 3 million each period)."""
    st = ctx.st
    m = _NEVER_PAST.search(st.span)
    closed = bounded_window(st)
    # "was at least 100 billion in every year from FY2015 to FY2022", 「2015年度から2022年度まで毎年…
    # 以上だった」: each period of a window the claim closes, the figure as said (review R32)
    every = m is None and closed is not None and not st.negated and bool(_EVERY_SINCE.search(st.span))
    if m is None and not every:
        return None
    start = [p for p in st.periods if p.role == "since"] or [p for p in st.periods if p.role is None]
    if closed is None and (len(start) != 1 or st.periods[-1] is not start[0]):
        return None
    word = "" if m is None else m.group("jb") or m.group("jb2") or re.sub(r"\s+", " ", m.group("eb").lower())
    floor = word in _FLOOR_WORDS
    since = replace(start[-1 if closed else 0], role="since")
    kinds = {"year": "year", "fiscal_year": "year", "quarter": "quarter", "month": "month"}
    unit = kinds.get(since.period.precision)
    if unit is None:
        return None
    # a window the claim closes ("from 2015 to 2020", "before 2021", 「2020年以前」): its values
    # only, from its start (else the series' own) to its end (§4.1, a window that ends at a year)
    first = closed.start if closed else since.period.start
    last = closed.end if closed else None
    if closed is not None:
        opened = Period(first or date.min, closed.end, since.period.precision, closed.text)
        since = replace(since, period=opened)
    said_as = closed.text if m is None and closed is not None else m.group(0) if m else ""
    window = Window("each", 0, unit, since.period.precision == "fiscal_year", False, said_as, since.period)
    inner = _Ctx(replace(st, periods=(since,)), ctx.ev, ctx.pack, ctx.lang, ctx.claim)
    for mid in st.metrics[:2]:
        metric = ctx.pack.metrics.get(mid)
        if metric is None:
            continue
        for ent in st.entities[:1]:
            ids = ctx.ev.series.get((ent, mid)) or ctx.index.observations(ent, mid)
            series = _series(inner, ids, window) if ids else None
            if not series:
                continue
            said = _numbers_for(st, metric.unit or series[-1].unit, ctx.pack, metric.names, metric.kind)
            bound = "at_least" if floor else "at_most"
            numbers = [n if every else replace(n, comparator=bound) for n in said if n.role is None]
            if not numbers:
                continue
            as_of = ctx.as_of
            values = [o for o in series if (first is None or o.period.start >= first)
                      and (last is None or o.period.end <= last)
                      and (as_of is None or o.period.end <= as_of.end)]
            found = _each(inner, ent, mid, values, numbers) if values else None
            if found is None:
                return None
            whole = len(values) >= 2 and _in_a_row(values)
            if closed is not None and values:
                # the window's two ends held: its first period (when it says one) and its last
                whole = whole and values[-1].period.end >= closed.end and (
                    closed.start is None or values[0].period.start <= closed.start)
            if found.result != "fails" and not whole:
                if every:
                    return None  # (every period: left to the usual reading of the window)
                found = _unknown(ctx, window, ctx.mname(mid))  # a gap may hide a value past it
            # (one value past the bound fails it, whatever the pack lacks)
            return replace(found, reads_negation=not every, reads_window=closed is not None)
    return None


#: None since a period: "No one has died of measles since the 1990s", "there have been no measles
#: deaths since 2000", 「2000年以降、死者は一人も出ていない」: "no" before a plural noun (with up to two
#: words before it), "no one", "nobody", "not a single" (a linguistic reason: the determiner "no" says
#: the count is nil, whatever is counted; "no longer", "no more than" are no such count)
_NONE_SINCE = re.compile(
    r"(?i)\b(?:no one|nobody|not a single"
    r"|no\s+(?!(?:longer|more|less|fewer|later|sooner|other)\b)(?:[a-z-]+\s+){0,2}"
    r"(?:[a-z]+s|people|children|men|women))\b"
    r"|(?:一人も|1人も|一件も|1件も|ゼロ)"
)


def none_since(ctx: _Ctx) -> Finding | None:
    """A count said to be nil in every period after the one a claim names with "since": one
    period with a count above zero fails it (the reason names it), whatever else the pack lacks;
    it holds only when the series has every period from the next one to the latest, all zero;
    otherwise unknown (a gap may hide a death)."""
    st, pack = ctx.st, ctx.pack
    since = [p.period for p in st.periods if p.role == "since"]
    if len(since) != 1 or not _NONE_SINCE.search(st.span) or st.negated:
        return None
    start = since[0]
    for mid in st.metrics[:2]:
        metric = pack.metrics.get(mid)
        if metric is None or metric.kind != "count":
            continue
        for ent in st.entities[:1]:
            ids = ctx.ev.series.get((ent, mid), ())
            obs = values_since(pack, ids, start.end, "year", ctx.as_of.end if ctx.as_of else None)
            if not obs:
                continue
            some = [o for o in obs if o.value is not None and o.value.value > 0]
            listed = _listed(ctx, some or obs)
            if some:
                return Finding("fails", ctx.t(
                    f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(start)}より後にも0でない: {listed}。",
                    f"{ctx.ename(ent)}'s {ctx.mname(mid)} was not nil after {ctx.ptext(start)}: {listed}.",
                ), [o.id for o in some])
            whole = _in_a_row(obs) and obs[0].period.start.year == start.end.year + 1
            reason = ctx.t(
                f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(start)}より後、パックの値はすべて0（{listed}）。",
                f"{ctx.ename(ent)}'s {ctx.mname(mid)} was nil in every period the pack has after "
                f"{ctx.ptext(start)} ({listed}).",
            )
            if not whole:
                reason += ctx.t(" ただし欠けている年がある。", " But the pack lacks some of the years.")
            return Finding("holds" if whole else "unknown", reason, [o.id for o in obs])
    return None


#: "three times in a row", "14 consecutive", "straight", 「3会合連続」
_IN_A_ROW = re.compile(r"(?i)\bin a row\b|\b(?:consecutive|straight)\b|連続")
#: The place of a step in its run, in an event's title: "its third straight cut", "(14th consecutive
#: rise)", 「3会合連続の利下げ」「14会合連続の利上げ」
_TITLE_RUN = re.compile(
    r"(?i)\b(?:(?P<d>\d{1,2})(?:st|nd|rd|th)|(?P<w>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth))\s+(?:consecutive|straight|successive)\b|(?P<j>\d{1,2})(?:会合|回|度)連続"
)


def _title_run(ev: Event) -> int | None:
    for title in (ev.title_en, ev.title_ja):
        m = _TITLE_RUN.search(title or "")
        if m:
            if m.group("w"):
                return ordinal_number(m.group("w"))  # "its third straight cut"
            return int(m.group("d") or m.group("j"))
    return None


def _run_of_steps(ctx: _Ctx) -> Finding | None:
    """"The Fed has now cut rates three times in a row, to 3.5%-3.75%", "raised interest rates 14
    times in a row": with no period, the latest step of that kind by the claim's date, whose title
    says its place in the run ("its third straight cut", 「14会合連続の利上げ」), against the count;
    a level after the run is the one that step's title gives. A pack keeps no event for a meeting
    that held, so a run is never counted from the events themselves; a level the title cannot
    show ("from 0.1%") leaves the statement unknown."""
    st, pack = ctx.st, ctx.pack
    times = _times(st.span)
    best = _best_event(ctx.ev.events, st, pack)
    if times is None or best is None or best.plan:
        return None
    ev = pack.events[best.id]
    way = _title_way(ev)
    if way is None or _said_way(st.span, st.cues) != way:
        return None
    as_of = ctx.as_of
    alike = [
        e for e in pack.events.values()
        if e.kind.casefold() == ev.kind.casefold() and set(e.actors) == set(ev.actors)
        and not is_plan_event(e) and _title_way(e) == way and (as_of is None or e.date.start <= as_of.end)
    ]
    latest = max(alike, key=lambda e: e.sort_key) if alike else None
    place = _title_run(latest) if latest is not None else None
    if latest is None or place is None:
        return None
    results: list[Result] = ["holds" if place == times[0] else "fails"]
    ncs = [NumberCompared(ctx.t("連続回数", "steps in a row"), float(times[0]), times[1], float(place), None,
                          (latest.id,), "exactly", None)]
    titles = (latest.title_en, latest.title_ja)
    levels = [v for title in titles for v, _ in _to_levels(title or "", ends=True)]
    start = _run_start(ctx, latest, levels, way, place)
    for n in st.numbers:
        if n.unit != "%":
            continue
        if not levels or (n.role == "from" and start is None):
            results.append("unknown")  # the level before the run: no title or series shows it
            continue
        if n.role == "from" and start is not None:
            results.append(compare_value(replace(n, comparator="exactly"), start[0]))
            ncs.append(NumberCompared(ctx.t("水準", "level"), n.quantity.value, n.text, start[0], "%",
                                      (start[1],), "exactly", None))
            continue
        found = min(levels, key=lambda v: abs(v - n.quantity.value))
        results.append(compare_value(replace(n, comparator="exactly"), found))
        ncs.append(NumberCompared(ctx.t("水準", "level"), n.quantity.value, n.text, found, "%", (latest.id,),
                                  "exactly", None))
    title = latest.title(ctx.lang)
    reason = ctx.t(
        f"同じ種類の直近の出来事「{title}」（{ctx.ptext(latest.date)}）は{place}回連続。",
        f"The latest event of this kind, '{title}' ({ctx.ptext(latest.date)}), is number {place} in a row.",
    )
    result = "unknown" if "unknown" in results else _min_result(results)
    if result == "unknown":
        reason += ctx.t(" 連続の始まりの水準はパックにない。",
                        " The level before the run is not in the pack.")
    return Finding(result, reason, [latest.id], ncs, kind="event")


def _run_start(
    ctx: _Ctx, latest: Event, levels: list[float], way: str, place: int
) -> tuple[float, str] | None:
    """The level a run of steps started from: the series of the level (the pack's values of one
    measure dated on the latest step's day at a level its title gives) walked back while each
    earlier value lies the other way (lower before a run of rises); the value before the run."""
    pack = ctx.pack
    at = [
        o for o in pack.observations.values()
        if o.value is not None and o.unit == "%" and o.period.start == latest.date.start
        and any(abs(o.value.value - v) < 1e-9 for v in levels)
    ]
    if len(at) != 1:
        return None
    series = sorted(
        (o for o in pack.observations.values() if o.entity == at[0].entity and o.metric == at[0].metric
         and o.value is not None and o.period.start <= at[0].period.start),
        key=lambda o: o.period.start,
    )
    k = len(series) - 1
    while k > 0:
        before, after = series[k - 1].value, series[k].value
        assert before is not None and after is not None
        if not (before.value < after.value if way == "up" else before.value > after.value):
            break
        k -= 1
    walked = len(series) - 1 - k
    first = series[k].value
    if walked == 0 or first is None or (k == 0 and walked != place):
        # (at the series' first value the run may have begun earlier, unless it has as many
        # steps as the title's place in the run)
        return None
    return first.value, series[k].id


def reached_in_a_term(ctx: _Ctx) -> Finding | None:
    """A bound said reached in the past within an actor's term, with no period of its own
    (「ミレイ政権下で貧困率は5割を超え」, "under his government unemployment topped 10%"): some value of
    the term (periods that begin on or after its start, out by the claim's date) meets it — a
    linguistic reason: a past reach said of a window happened at some time of it, not at its end
    (blind round 11 ar-milei poverty_still_half had read the latest half-year, 38.1 %, against
    "over half": H1 2024 was 52.9 %). None when the statement is no such one; fails when every
    period of the term is in the pack, one after another, and none meets it; else unknown."""
    st, pack = ctx.st, ctx.pack
    terms = [p for p in st.periods if p.role == "since" and p.inferred and p.text]
    if len(terms) != 1 or len(st.periods) != 1 or not st.numbers or not lx.REACHED_PAST.search(st.span):
        return None
    start = terms[0].period.start
    as_of = ctx.as_of
    for mid in st.metrics[:2]:
        for ent in st.entities[:1]:
            ids = ctx.ev.series.get((ent, mid)) or ctx.index.observations(ent, mid)
            found = [pack.observations[i] for i in ids if pack.observations[i].value is not None]
            if not found:
                continue
            kind = max(found, key=lambda o: o.sort_key).period.precision
            values = sorted(
                (o for o in found if o.period.precision == kind and o.period.start >= start
                 and (as_of is None or o.period.end <= as_of.end)),
                key=lambda o: o.sort_key,
            )
            label = f"{ctx.ename(ent)} {ctx.mname(mid)}"
            shown: list[NumberCompared] = []
            for o in values:
                checked = [got for n in st.numbers if n.role is None
                           and (got := _value_finding(ctx, n, o, label)) is not None]
                if checked and all(r == "holds" for r, _ in checked) and o.value is not None:
                    return Finding("holds", ctx.t(
                        f"{label}は{terms[0].text}の{ctx.ptext(o.period)}に{ctx.q(o.value.value, o.unit)}"
                        "（主張の水準に達した）。",
                        f"{label} was {ctx.q(o.value.value, o.unit)} in {ctx.ptext(o.period)}, within "
                        f"'{terms[0].text}': the level said was reached.",
                    ), [o.id], [nc for _, nc in checked])
                shown += [nc for _, nc in checked]
            if not shown:
                continue
            if _in_a_row(values):
                return Finding("fails", ctx.t(
                    f"{label}は{terms[0].text}のどの期間でも主張の水準に達していない。",
                    f"{label} did not reach the level said in any period within '{terms[0].text}'.",
                ), [o.id for o in values], shown)
            return Finding("unknown", ctx.t(
                f"{label}は{terms[0].text}の期間の値をすべては持たない。",
                f"The pack does not hold every period of {label} within '{terms[0].text}'.",
            ), [])
    return None


def no_step_since(ctx: _Ctx) -> Finding | None:
    """A change said not to have happened even once since a period ("The Bank of Japan has not
    raised interest rates even once since 2007", 「2007年以降一度も上がっていない」): one step of the
    measure's series the way said, from the period named to the claim's date (a value above the one
    before it, across a gap too: a rise happened somewhere inside it), refutes it, whatever the pack
    lacks; it holds only when the series has every period in a row with no such step; else unknown
    (a linguistic reason: "even once" makes the negation universal over the window, as §4.7's
    never-past-a-bound does; blind round 10 jp-household boj_2007_en, unverifiable → false).
    A window with no period the engine dates ("has never fallen", "since the scheme began",
    「導入以来一度も下がったことがない」) is the whole record up to the claim's date: a step the way
    said refutes it, and none does not show it (unknown; §4.15, round 19 surcharge-never-fell,
    whose single last step, a rise, was inverted to true)."""
    st, pack = ctx.st, ctx.pack
    if not never_a_step(st):
        return None
    since = [p for p in st.periods if p.role == "since"]
    way = st.cues & {"up", "down"}
    start, as_of, up = (since[0].period.start if since else None), ctx.as_of, "up" in way
    for mid in st.metrics[:2]:
        for ent in st.entities[:1]:
            ids = ctx.ev.series.get((ent, mid)) or ctx.index.observations(ent, mid)
            values = sorted(
                (pack.observations[i] for i in ids if pack.observations[i].value is not None
                 and (start is None or pack.observations[i].period.start >= start)
                 and (as_of is None or pack.observations[i].period.end <= as_of.end)),
                key=lambda o: o.sort_key,
            )
            if not since and values:
                # the whole record: the steps of its most frequent kind of period (a year's value
                # beside a month's is no step)
                kinds = [o.period.precision for o in values]
                values = [o for o in values if o.period.precision == max(kinds, key=kinds.count)]
            if len(values) < 2:
                continue
            label = f"{ctx.ename(ent)} {ctx.mname(mid)}"
            for before, after in itertools.pairwise(values):
                assert before.value is not None and after.value is not None
                moved = after.value.value - before.value.value
                if (moved > 0) if up else (moved < 0):
                    b, a = ctx.q(before.value.value, before.unit), ctx.q(after.value.value, after.unit)
                    return Finding("fails", ctx.t(
                        f"{label}は{ctx.ptext(before.period)}の{b}から{ctx.ptext(after.period)}の{a}へ動いた。",
                        f"{label} moved from {b} ({ctx.ptext(before.period)}) to {a} "
                        f"({ctx.ptext(after.period)}).",
                    ), [before.id, after.id], reads_negation=True)
            if since and _in_a_row(values):
                return Finding("holds", ctx.t(
                    f"{label}は{ctx.ptext(since[0].period)}以降、一度もその向きに動いていない。",
                    f"{label} did not move that way once since {ctx.ptext(since[0].period)}.",
                ), [o.id for o in values], reads_negation=True)
            refuted = a_step_the_way_said(ctx, start)
            if refuted is not None:
                return refuted
            return Finding("unknown", ctx.t(
                f"{label}の値はその期間のすべてをそろえていない。",
                f"The pack does not hold every period of {label} in that window.",
            ) if since else ctx.t(
                f"{label}の記録にその向きの動きはないが、期間の始まりが特定できず、記録がそれを覆うか分からない。",
                f"{label} did not move that way in the pack's record, but the window has no date the "
                "record can be shown to cover.",
            ), [], reads_negation=True)
    # too few values to show any step: the one step a change check would read does not show the
    # window's every step (a step the other way, inverted, is no "never")
    return a_step_the_way_said(ctx, start) or Finding("unknown", ctx.t(
        "主張は期間中に一度もその向きに動いていないと言うが、パックにはその期間の値の動きがない。",
        "The claim says it did not move that way once in the window; the pack holds no steps of it "
        "in that window.",
    ), [], reads_negation=True)
