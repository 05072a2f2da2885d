"""Evaluate: one statement and its candidate evidence -> checks with a result, a reason, the
numbers compared, the evidence ids and their sources, and any conflict between sources.

Each kind of statement has one evaluator; an evaluator that finds nothing to judge returns
``None`` and the statement falls back to the next evaluator that fits (a metric statement
whose entity has no value may still be an event), else it is ``unknown``. Tolerances and
rules are in docs/verdict-rules.md and are constants here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from shingi.model import Check, Conflict, Event, NumberCompared, Observation, Pack, Period, Quantity, Result
from shingi.normalize.periods import find_periods, shift
from shingi.normalize.quantities import convert, find_quantities, format_quantity, is_currency
from shingi.pack.index import EvidenceIndex, fold
from shingi.pipeline import lexicon as lx
from shingi.pipeline import parity, turning_point
from shingi.pipeline.morphology import content_keys, has_japanese, word_keys
from shingi.pipeline.parse import ClaimedNumber, Statement, between_periods, counted_noun, is_rank_metric
from shingi.pipeline.retrieve import EventCandidate, Evidence, Lookup, units_compatible

#: Relative tolerance of an approximate number (約, about, ~) and of an exact one (rounding).
APPROX_TOLERANCE = 0.10
EXACT_TOLERANCE = 0.02
#: Ratios compare on a log scale: within these factors an approximate ratio holds / partly holds.
RATIO_FACTOR_APPROX = 1.25
RATIO_FACTOR_APPROX_PARTLY = 1.5
RATIO_FACTOR_EXACT = 1.05
RATIO_FACTOR_EXACT_PARTLY = 1.1
#: "On a par" / "equal" between two values: within this relative distance.
EQUAL_TOLERANCE = 0.10
#: A statement read as a measure (metric, comparison, change) that the observations cannot settle
#: is checked as an event only when the event's title covers this share of its words.
FALLBACK_COVERAGE = 0.5
#: A non-plan event this close to a plan in relevance is preferred to it.
PLAN_PREFERENCE = 0.8
#: Another event is a second report of the same fact when it has the same kind and actors, other
#: sources, and at least this share of title words in common (the smaller title's).
SAME_FACT_TITLE_OVERLAP = 0.3
#: A proper noun the pack does not hold is in an event's words when this share of its keys is.
NAME_KEY_SHARE = 0.75
#: Words that name a whole (the world) rather than a participant, for shares of a total.
WORLD_WORDS = ("world", "global", "total", "worldwide", "世界", "全体", "全世界", "合計", "wld")

_ORDER: dict[str, int] = {"fails": 0, "partly": 1, "holds": 2}


def _min_result(results: Iterable[Result]) -> Result:
    known = [r for r in results if r != "unknown"]
    if not known:
        return "unknown"
    return min(known, key=lambda r: _ORDER[r])


def invert(result: Result) -> Result:
    """The result of a negated statement: holds and fails swap; partly and unknown stay."""
    return {"holds": "fails", "fails": "holds"}.get(result, result)  # type: ignore[return-value]


# --- numbers -----------------------------------------------------------------------------


def compare_value(claimed: ClaimedNumber, found: float, ratio: bool = False) -> Result:
    """A claimed number against a found value.

    Comparators hold when the inequality holds (no tolerance). Otherwise the value holds within
    10 % when approximate, 2 % when exact, and partly within twice that; a ratio (``ratio``)
    compares on a log scale (factor 1.25 / 1.5 approximate, 1.05 / 1.1 exact).
    """
    c = claimed.quantity.value
    comp = claimed.comparator
    eps = 1e-9 * max(abs(c), 1e-12)
    if comp == "at_least":
        return "holds" if found >= c - eps else "fails"
    if comp == "more_than":
        return "holds" if found > c + eps else "fails"
    if comp == "at_most":
        return "holds" if found <= c + eps else "fails"
    if comp == "less_than":
        return "holds" if found < c - eps else "fails"
    approx = claimed.quantity.approx
    if ratio:
        if c <= 0 or found <= 0:
            return "fails"
        factor = math.exp(abs(math.log(found / c)))
        hold, part = (
            (RATIO_FACTOR_APPROX, RATIO_FACTOR_APPROX_PARTLY)
            if approx
            else (RATIO_FACTOR_EXACT, RATIO_FACTOR_EXACT_PARTLY)
        )
        if factor <= hold + 1e-9:
            return "holds"
        return "partly" if factor <= part + 1e-9 else "fails"
    tol = APPROX_TOLERANCE if approx else EXACT_TOLERANCE
    if c == 0:
        return "holds" if found == 0 else "fails"
    dev = abs(found - c) / abs(c)
    if dev <= tol + 1e-9:
        return "holds"
    return "partly" if dev <= 2 * tol + 1e-9 else "fails"


def to_unit(
    value: float, unit: str | None, target: str | None, pack: Pack, year: int
) -> tuple[float, str] | None:
    """``value`` (in ``unit``) expressed in ``target``: the same, through fx between currencies,
    or between % and a multiple. Returns (value, conversion note) or None when incomparable."""
    if unit == target or (unit in (None, "count") and target in (None, "count")):
        return value, ""
    if unit and target and is_currency(unit) and is_currency(target):
        got = convert(Quantity(value, unit), target, pack.meta.fx, year)
        return got
    if unit == "%" and target == "x":
        return value / 100, "% → x"
    if unit == "x" and target == "%":
        return value * 100, "x → %"
    return None


# --- the output of one evaluation ----------------------------------------------------------


@dataclass(slots=True)
class Finding:
    """What an evaluator found; turned into a Check by ``_check``."""

    result: Result
    reason: str
    evidence: list[str] = field(default_factory=list)
    numbers: list[NumberCompared] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    kind: str | None = None


class _Ctx:
    """What every evaluator needs: the statement, its evidence, the pack and the language."""

    def __init__(self, st: Statement, ev: Evidence, pack: Pack, lang: str):
        self.st = st
        self.ev = ev
        self.pack = pack
        self.lang = lang
        self.ja = lang == "ja"
        self.index = EvidenceIndex.of(pack)
        self.lookup = Lookup.of(pack)

    def t(self, ja: str, en: str) -> str:
        return ja if self.ja else en

    def ename(self, entity_id: str) -> str:
        ent = self.pack.entities.get(entity_id)
        return ent.name(self.lang) if ent else entity_id

    def mname(self, metric_id: str) -> str:
        m = self.pack.metrics.get(metric_id)
        return m.name(self.lang) if m else metric_id

    def q(self, value: float, unit: str | None) -> str:
        return format_quantity(value, unit, self.lang)

    def ptext(self, period: Period) -> str:
        return _period_label(period, self.lang)


def _period_label(period: Period, lang: str) -> str:
    if lang != "ja":
        return period.text
    t = period.text
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m:
        return f"{m.group(1)}年{int(m.group(2))}月"
    m = re.fullmatch(r"(\d{4})", t)
    if m:
        return f"{t}年"
    m = re.fullmatch(r"FY(\d{4})", t)
    if m:
        return f"{m.group(1)}年度"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日"
    return t


# --- observations ----------------------------------------------------------------------------


def pick_observations(pack: Pack, ids: Sequence[str], period: Period | None) -> list[Observation]:
    """The observations of a series that speak of ``period``: those inside it (the latest of
    them), else the most precise one containing it; without a period, the latest."""
    obs = [pack.observations[i] for i in ids]
    if not obs:
        return []
    if period is None:
        end = max(o.period.end for o in obs)
        return [o for o in obs if o.period.end == end]
    inside = [o for o in obs if period.contains(o.period)]
    if inside:
        end = max(o.period.end for o in inside)
        return [o for o in inside if o.period.end == end]
    covering = [o for o in obs if o.period.contains(period)]
    if covering:
        days = min(o.period.days for o in covering)
        return [o for o in covering if o.period.days == days]
    return []


def _value_finding(
    ctx: _Ctx, n: ClaimedNumber, obs: Observation, label: str
) -> tuple[Result, NumberCompared] | None:
    if obs.value is None:
        return None
    got = to_unit(obs.value.value, obs.unit, n.unit, ctx.pack, obs.period.start.year)
    if got is None:
        return None
    value, note = got
    result = compare_value(n, value, ratio=n.unit == "x")
    nc = NumberCompared(label, n.quantity.value, n.text, value, n.unit, (obs.id,), n.comparator, note or None)
    return result, nc


def _counts_what_it_names(n: ClaimedNumber, names: Sequence[str]) -> bool:
    """Whether a count counts what the metric measures: its counted noun ("people") is a word of
    the metric's names (no noun: it may be)."""
    noun = counted_noun(n)
    if noun is None or not names:
        return True
    return bool(content_keys(noun) & content_keys(" ".join(names)))


def _numbers_for(
    st: Statement, unit: str | None, pack: Pack, names: Sequence[str] = ()
) -> list[ClaimedNumber]:
    """The statement's numbers comparable with a metric's unit; a bare number ("180", "43")
    is read in the metric's unit; a count of something the metric's ``names`` do not name is
    not comparable."""
    out = []
    for n in st.numbers:
        if not _counts_what_it_names(n, names):
            continue  # "50,000 people" is no number of launches
        if n.unit is None and unit is not None:
            q = n.quantity
            out.append(replace(n, quantity=Quantity(q.value, unit, q.approx, q.text)))
        elif to_unit(1.0, unit, n.unit, pack, 2000) is not None:
            out.append(n)
    return out


def _same_period_conflict(ctx: _Ctx, obs: list[Observation], what: str) -> list[Conflict]:
    """Observations of one fact (entity, metric, period) from several sources with different values."""
    values = {(o.value.value if o.value else o.category) for o in obs}
    sources = {s for o in obs for s in o.source}
    if len(obs) < 2 or len(values) < 2 or len(sources) < 2:
        return []
    note = ctx.t("出典によって値が異なる", "the sources give different values")
    return [
        Conflict(what, tuple(o.id for o in obs), tuple(dict.fromkeys(s for o in obs for s in o.source)), note)
    ]


def _combine_sources(results: list[Result]) -> Result:
    """Sources that disagree: holds only when the statement agrees with every one of them."""
    if all(r == "holds" for r in results):
        return "holds"
    if any(r == "holds" for r in results) or any(r == "partly" for r in results):
        return "partly"
    return "fails"


# --- evaluators ----------------------------------------------------------------------------


def _metric(ctx: _Ctx) -> Finding | None:
    st, pack = ctx.st, ctx.pack
    for mid in st.metrics[:4]:
        metric = pack.metrics.get(mid)
        if metric is None:
            continue
        candidates = list(st.entities)
        if st.group:
            candidates += [m for m in st.group.members if m not in candidates]
        for ent in candidates:
            ids = ctx.ev.series.get((ent, mid))
            if not ids:
                continue
            obs = pick_observations(pack, ids, st.period)
            if not obs:
                continue
            if metric.kind == "category":
                found = _category(ctx, ent, mid, obs)
                if found is not None:
                    return found
                continue
            numbers = _numbers_for(st, metric.unit or obs[0].unit, pack, metric.names)
            if not numbers:
                continue
            if "plan" not in st.cues and is_target_metric(metric.names):
                return Finding(
                    "fails",
                    ctx.t(
                        f"「{ctx.mname(mid)}」は目標・計画の値で、実現した値ではない。",
                        f"'{ctx.mname(mid)}' is a target, not something achieved.",
                    ),
                    [o.id for o in obs],
                )
            return _compare_observations(ctx, ent, mid, obs, numbers)
    return None


def is_target_metric(names: Iterable[str]) -> bool:
    """A metric that records targets or plans (its name says so: 目標, target, plan ...)."""
    return any(lx.has(lx.TARGET_WORDS, n) for n in names)


def _compare_observations(
    ctx: _Ctx, ent: str, mid: str, obs: list[Observation], numbers: list[ClaimedNumber]
) -> Finding | None:
    ncs: list[NumberCompared] = []
    per_obs: list[Result] = []
    label = f"{ctx.ename(ent)} {ctx.mname(mid)}"
    for o in obs:
        rs = []
        for n in numbers:
            got = _value_finding(ctx, n, o, label)
            if got is None:
                continue
            rs.append(got[0])
            ncs.append(got[1])
        if rs:
            per_obs.append(_min_result(rs))
    if not per_obs:
        return None
    result = per_obs[0] if len(per_obs) == 1 else _combine_sources(per_obs)
    conflicts = _same_period_conflict(ctx, obs, label)
    found_text = (
        "、".join(ctx.q(o.value.value, o.unit) for o in obs if o.value)
        if ctx.ja
        else ", ".join(ctx.q(o.value.value, o.unit) for o in obs if o.value)
    )
    claimed = ", ".join(n.text for n in numbers)
    period = ctx.ptext(obs[0].period)
    reason = ctx.t(
        f"{ctx.ename(ent)}の{ctx.mname(mid)}は{period}に{found_text}（主張: {claimed}）。",
        f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {found_text} in {period} (claimed: {claimed}).",
    )
    if conflicts:
        reason += ctx.t("出典によって値が異なる。", " The sources disagree.")
    return Finding(result, reason, [o.id for o in obs], ncs, conflicts)


def _category(ctx: _Ctx, ent: str, mid: str, obs: list[Observation]) -> Finding | None:
    pack, st = ctx.pack, ctx.st
    actual = {o.category for o in obs if o.category}
    if not actual:
        return None
    claimed: str | None = None
    evidence = [o.id for o in obs]
    # a type named by another entity: "EU型", "EU-style"
    for style in st.styles:
        sobs = pick_observations(pack, ctx.index.observations(style, mid), None)
        cats = {o.category for o in sobs if o.category}
        if len(cats) == 1:
            claimed = next(iter(cats))
            evidence += [o.id for o in sobs]
            break
    categories = _categories(ctx, mid)
    if claimed is None:
        folded = fold(st.span)
        for cat in sorted(categories):
            spellings = {
                cat.casefold(),
                cat.casefold().replace("_", " "),
                cat.casefold().replace("_", "-"),
                cat.casefold().replace("_", ""),
            }
            if any(s and s in folded for s in spellings):
                claimed = cat
                break
    if claimed is None:
        # the words of the notes that describe each category in the pack
        best: list[tuple[int, str]] = []
        for cat, keys in categories.items():
            overlap = len(st.keys & keys)
            best.append((overlap, cat))
        best.sort(key=lambda x: (-x[0], x[1]))
        if best and best[0][0] >= 2 and (len(best) == 1 or best[0][0] > best[1][0]):
            claimed = best[0][1]
    if claimed is None:
        return None
    result: Result = "holds" if claimed in actual else "fails"
    reason = ctx.t(
        f"{ctx.ename(ent)}の{ctx.mname(mid)}は「{'、'.join(sorted(actual))}」（主張: 「{claimed}」）。",
        f"{ctx.ename(ent)}'s {ctx.mname(mid)} is '{', '.join(sorted(actual))}' (claimed: '{claimed}').",
    )
    return Finding(result, reason, list(dict.fromkeys(evidence)))


def _categories(ctx: _Ctx, mid: str) -> dict[str, frozenset[str]]:
    """Each category value of a metric with the words of its observations' notes."""
    out: dict[str, set[str]] = {}
    for oid in ctx.index.observations(metric=mid)[:2000]:
        o = ctx.pack.observations[oid]
        if not o.category:
            continue
        keys = out.setdefault(o.category, set())
        keys |= word_keys(o.category.replace("_", " "))
        if o.note:
            keys |= word_keys(o.note)
    return {k: frozenset(v) for k, v in out.items()}


def _share(ctx: _Ctx) -> Finding | None:
    st, pack = ctx.st, ctx.pack
    numbers = [n for n in st.numbers if n.unit in ("%", "x")]
    if not numbers:
        return None
    numbers = [n if n.unit == "%" else _as_percent(n) for n in numbers]
    for mid in st.metrics[:4]:
        metric = pack.metrics[mid]
        for ent in st.entities:
            ids = ctx.ev.series.get((ent, mid))
            if not ids:
                continue
            obs = pick_observations(pack, ids, st.period)
            if not obs:
                continue
            if metric.kind == "share" or metric.unit == "%":
                return _compare_observations(ctx, ent, mid, obs, numbers)
            found = _share_of_total(ctx, ent, mid, obs, numbers)
            if found is not None:
                return found
    return None


def _as_percent(n: ClaimedNumber) -> ClaimedNumber:
    return replace(n, quantity=Quantity(n.quantity.value * 100, "%", n.quantity.approx, n.quantity.text))


def _share_of_total(
    ctx: _Ctx, ent: str, mid: str, obs: list[Observation], numbers: list[ClaimedNumber]
) -> Finding | None:
    """A share computed from a count or amount: the entity's value over the world total's."""
    pack = ctx.pack
    for o in obs:
        if o.value is None:
            continue
        for total_id in _world_entities(ctx):
            tobs = [
                t
                for t in pick_observations(pack, ctx.index.observations(total_id, mid), o.period)
                if t.value is not None and t.period.overlaps(o.period)
            ]
            if not tobs or tobs[0].value is None or tobs[0].value.value == 0:
                continue
            t = tobs[0]
            assert t.value is not None and o.value is not None
            share = 100 * o.value.value / t.value.value
            results = [compare_value(n, share) for n in numbers]
            label = ctx.t(
                f"{ctx.ename(ent)}の割合（{ctx.mname(mid)}）", f"{ctx.ename(ent)} share of {ctx.mname(mid)}"
            )
            ncs = [
                NumberCompared(
                    label,
                    n.quantity.value,
                    n.text,
                    round(share, 6),
                    "%",
                    (o.id, t.id),
                    n.comparator,
                    f"{ctx.q(o.value.value, o.unit)} / {ctx.q(t.value.value, t.unit)}",
                )
                for n in numbers
            ]
            reason = ctx.t(
                f"{ctx.ename(ent)}は{ctx.ename(total_id)}{ctx.q(t.value.value, t.unit)}のうち"
                f"{ctx.q(o.value.value, o.unit)}、割合{share:.1f}%。",
                f"{ctx.ename(ent)} has {ctx.q(o.value.value, o.unit)} of {ctx.q(t.value.value, t.unit)} "
                f"({ctx.ename(total_id)}): a share of {share:.1f} %.",
            )
            return Finding(_min_result(results), reason, [o.id, t.id], ncs)
    return None


def _world_entities(ctx: _Ctx) -> list[str]:
    out = []
    for e in ctx.pack.entities.values():
        if e.kind == "country":
            continue
        names = " ".join(fold(n) for n in e.names)
        if any(w in names for w in WORLD_WORDS):
            out.append(e.id)
    return out


def _series_values(ctx: _Ctx, ids: Sequence[str]) -> list[Observation]:
    return [ctx.pack.observations[i] for i in ids if ctx.pack.observations[i].value is not None]


def _change(ctx: _Ctx) -> Finding | None:
    st, pack = ctx.st, ctx.pack
    # "2024年は2019年を上回った": the first period named against the second, not earlier -> later
    compares = between_periods(st)
    for mid in st.metrics[:4]:
        for ent in st.entities:
            ids = ctx.ev.series.get((ent, mid))
            if not ids:
                continue
            obs = _series_values(ctx, ids)
            if len(obs) < 2:
                continue
            first, last = _change_points(obs, [p.period for p in st.periods], chronological=not compares)
            if first is None or last is None or first.id == last.id:
                continue
            assert first.value is not None and last.value is not None
            got = to_unit(first.value.value, first.unit, last.unit, pack, last.period.start.year)
            if got is None:
                continue
            a, b = got[0], last.value.value
            results: list[Result] = []
            ncs: list[NumberCompared] = []
            label = f"{ctx.ename(ent)} {ctx.mname(mid)}"
            for n in st.numbers:
                if n.unit == "x" and (pack.metrics[mid].unit != "x"):
                    if a == 0:
                        continue
                    ratio = b / a
                    results.append(compare_value(n, ratio, ratio=True))
                    ncs.append(
                        NumberCompared(
                            ctx.t(f"{label}の倍率", f"{label} multiple"),
                            n.quantity.value,
                            n.text,
                            round(ratio, 6),
                            "x",
                            (first.id, last.id),
                            n.comparator,
                            None,
                        )
                    )
                elif n.unit == "%" and pack.metrics[mid].unit not in ("%", "pt") and n.role is None:
                    # a percentage change: "grew by 32%" is b / a - 1, "fell 20%" is 1 - b / a
                    if a == 0:
                        continue
                    pct = 100 * (b / a - 1) if "down" not in st.cues else 100 * (1 - b / a)
                    results.append(compare_value(n, pct) if pct > 0 else "fails")
                    ncs.append(
                        NumberCompared(
                            ctx.t(f"{label}の変化率", f"{label} change"),
                            n.quantity.value,
                            n.text,
                            round(pct, 6),
                            "%",
                            (first.id, last.id),
                            n.comparator,
                            None,
                        )
                    )
                elif n.role in ("from", "to"):
                    o = first if n.role == "from" else last
                    vf = _value_finding(ctx, n, o, label)
                    if vf:
                        results.append(vf[0])
                        ncs.append(vf[1])
            direction = "up" if "up" in st.cues else "down" if "down" in st.cues else None
            if compares:
                # "P1 exceeded P2": the first named value (b) against the second (a)
                direction = "up" if "exceed" in st.cues else "down" if "trail" in st.cues else None
            if {n.role for n in st.numbers} >= {"from", "to"}:
                direction = None  # both ends are checked: they say which way it went
            if direction and not (
                direction == "down" and any(n.unit == "x" and n.quantity.value < 1 for n in st.numbers)
            ):
                ok = b > a if direction == "up" else b < a
                results.append("holds" if ok else "fails")
            elif direction == "down" and b >= a:
                results.append("fails")
            if not results:
                continue
            times = f"{b / a:.2f}" if a else "-"
            reason = ctx.t(
                f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(first.period)}の{ctx.q(a, last.unit)}から"
                f"{ctx.ptext(last.period)}の{ctx.q(b, last.unit)}へ（{times}倍）。",
                f"{ctx.ename(ent)}'s {ctx.mname(mid)} went from {ctx.q(a, last.unit)} "
                f"({first.period.text}) to {ctx.q(b, last.unit)} ({last.period.text}), x{times}.",
            )
            return Finding(_min_result(results), reason, [first.id, last.id], ncs)
    return None


def _change_points(
    obs: list[Observation], periods: list[Period], chronological: bool = True
) -> tuple[Observation | None, Observation | None]:
    """The two values a change compares: (before, after). With two periods, the earlier and the
    later; not ``chronological``, the second named and the first named ("2024 was six times 2022")."""
    if len(periods) >= 2:
        one, two = periods[0], periods[-1]
        if not chronological or one.start > two.start:
            one, two = two, one
        at_first = pick_observations_list(obs, one)
        at_last = pick_observations_list(obs, two)
        return (at_first[0] if at_first else None), (at_last[-1] if at_last else None)
    if len(periods) == 1:
        # "rose in 2024": the observation of that period against the one before it
        b_list = pick_observations_list(obs, periods[0])
        if not b_list:
            return None, None
        end = b_list[-1]
        before = [o for o in obs if o.period.end < end.period.start]
        return (before[-1] if before else None), end
    return obs[0], obs[-1]


def pick_observations_list(obs: list[Observation], period: Period) -> list[Observation]:
    inside = [o for o in obs if period.contains(o.period)]
    if inside:
        return inside
    return [o for o in obs if o.period.contains(period)]


def _near_period(obs: list[Observation], period: Period) -> list[Observation]:
    """Observations of a period that is not the claimed one but overlaps it by at least half of
    the shorter of the two (FY2023 for 2023, 2023 for FY2023), the largest overlap first."""

    def overlap(o: Observation) -> int:
        start, end = max(o.period.start, period.start), min(o.period.end, period.end)
        return (end - start).days + 1 if end >= start else 0

    near = [o for o in obs if overlap(o) * 2 >= min(o.period.days, period.days)]
    return sorted(near, key=lambda o: (-overlap(o), o.id))


def _pair_values(
    ctx: _Ctx, a: str, b: str, mid: str, mid_b: str | None = None
) -> tuple[Observation, Observation] | None:
    """Values of two entities for one metric (``mid_b``: the comparand's own measure of the same
    thing) at the same period: the claimed one — or, for a side that has none, a period that
    mostly overlaps it (a fiscal year for a calendar year) — else the latest period both have."""
    pack, st = ctx.pack, ctx.st
    mid_b = mid_b or mid
    ia = ctx.ev.series.get((a, mid)) or tuple(ctx.index.observations(a, mid))
    ib = ctx.ev.series.get((b, mid_b)) or tuple(ctx.index.observations(b, mid_b))
    if not ia or not ib:
        return None
    oa = [pack.observations[i] for i in ia if pack.observations[i].value is not None]
    ob = [pack.observations[i] for i in ib if pack.observations[i].value is not None]
    if st.period is not None:
        pa = pick_observations(pack, [o.id for o in oa], st.period) or _near_period(oa, st.period)
        pb = pick_observations(pack, [o.id for o in ob], st.period) or _near_period(ob, st.period)
        if pa and pb:
            return pa[0], pb[0]
        return None
    pairs = [(x, y) for x in oa for y in ob if x.period.overlaps(y.period)]
    if not pairs:
        return None
    return max(pairs, key=lambda p: (min(p[0].period.end, p[1].period.end), p[0].id, p[1].id))


def _best_member(ctx: _Ctx, members: Sequence[str], mid: str) -> str | None:
    metric = ctx.pack.metrics[mid]
    best: tuple[float, str] | None = None
    for m in members:
        obs = pick_observations(ctx.pack, ctx.index.observations(m, mid), ctx.st.period)
        for o in obs:
            if o.value is None:
                continue
            v = o.value.value if metric.higher_is_better is not False else -o.value.value
            if best is None or (v, m) > best:
                best = (v, m)
    return best[1] if best else None


def _comparison(ctx: _Ctx) -> Finding | None:
    st = ctx.st
    sides = list(st.entities)
    metrics = list(st.metrics) or _common_metrics(ctx, sides[:2])
    if st.group is not None and metrics:
        best = _best_member(ctx, st.group.members, metrics[0])
        if best:
            sides = (
                [best, *[s for s in sides if s != st.group.country]]
                if st.group.country in sides[:1]
                else [*[s for s in sides if s != st.group.country], best]
            )
    if len(sides) < 2:
        return None
    a, b = sides[0], sides[1]
    for mid in metrics[:4]:
        pair = _pair_values(ctx, a, b, mid)
        if pair is None:
            continue
        found = _compare_pair(ctx, a, b, mid, pair)
        if found is not None:
            return found
    # "日本の宇宙関係予算は中国の政府宇宙予算を上回った": each side measured on its own metric of
    # the same thing (same kind, comparable units), e.g. a budget in yen and one in dollars
    if metrics:
        ma, mb = _side_metric(ctx, a, metrics), _side_metric(ctx, b, metrics)
        if ma and mb and ma != mb:
            pair = _pair_values(ctx, a, b, ma, mb)
            if pair is not None:
                found = _compare_pair(ctx, a, b, ma, pair, mb)
                if found is not None:
                    return found
    # a ratio metric that states A against B ("investment relative to the US")
    return _stated_ratio(ctx, a, b, metrics)


def _side_metric(ctx: _Ctx, entity: str, metrics: list[str]) -> str | None:
    """The measure one side of a comparison is observed on: the first named one it has, else
    its one measure of the same kind whose name shares most words with the first named measure's
    names (a clear best: "宇宙関係予算" for "政府宇宙予算")."""
    pack = ctx.pack
    for mid in metrics:
        if ctx.lookup.observes(entity, (mid,)):
            return mid
    first = pack.metrics[metrics[0]]
    want = frozenset().union(*(content_keys(n) for n in first.names))
    scored: list[tuple[int, str]] = []
    for mid in sorted({pack.observations[i].metric for i in ctx.index.observations(entity)[:5000]}):
        m = pack.metrics[mid]
        if m.kind != first.kind or m.kind == "category" or not units_compatible(m.unit, first.unit, pack):
            continue
        shared = len(want & frozenset().union(*(content_keys(n) for n in m.names)))
        if shared >= 2:
            scored.append((shared, mid))
    scored.sort(key=lambda x: (-x[0], x[1]))
    if scored and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    return None


def _common_metrics(ctx: _Ctx, sides: list[str]) -> list[str]:
    if len(sides) < 2:
        return []
    ma = {ctx.pack.observations[i].metric for i in ctx.index.observations(sides[0])[:5000]}
    mb = {ctx.pack.observations[i].metric for i in ctx.index.observations(sides[1])[:5000]}
    common = sorted(m for m in ma & mb if ctx.pack.metrics[m].kind != "category")
    return common if len(common) == 1 else []


def _compare_pair(
    ctx: _Ctx, a: str, b: str, mid: str, pair: tuple[Observation, Observation], mid_b: str | None = None
) -> Finding | None:
    st, pack = ctx.st, ctx.pack
    oa, ob = pair
    assert oa.value is not None and ob.value is not None
    conv = to_unit(ob.value.value, ob.unit, oa.unit, pack, oa.period.start.year)
    if conv is None:
        return None
    va, vb = oa.value.value, conv[0]
    results: list[Result] = []
    ncs: list[NumberCompared] = []
    ids = (oa.id, ob.id)
    cues = st.cues
    direction = (
        "exceed"
        if "exceed" in cues and "trail" not in cues
        else "trail"
        if "trail" in cues and "exceed" not in cues
        else "equal"
        if "equal" in cues
        else None
    )
    for n in st.numbers:
        if n.unit == "x":
            if vb == 0:
                continue
            r = va / vb
            results.append(compare_value(n, r, ratio=True))
            ncs.append(
                NumberCompared(
                    ctx.t(f"比率 {ctx.ename(a)}/{ctx.ename(b)}", f"ratio {ctx.ename(a)}/{ctx.ename(b)}"),
                    n.quantity.value,
                    n.text,
                    round(r, 6),
                    "x",
                    ids,
                    n.comparator,
                    conv[1] or None,
                )
            )
        elif n.unit == "pt":
            d = va - vb
            if direction == "trail":
                d = -d
            elif direction is None:
                d = abs(d)
            results.append(compare_value(n, d) if d >= 0 else "fails")
            ncs.append(
                NumberCompared(
                    ctx.t(f"差 {ctx.ename(a)}−{ctx.ename(b)}", f"difference {ctx.ename(a)}-{ctx.ename(b)}"),
                    n.quantity.value,
                    n.text,
                    round(abs(va - vb), 6),
                    "pt",
                    ids,
                    n.comparator,
                    None,
                )
            )
    if direction == "exceed":
        results.append("holds" if va > vb else "fails")
    elif direction == "trail":
        results.append("holds" if va < vb else "fails")
    elif direction == "equal":
        close = abs(va - vb) <= EQUAL_TOLERANCE * max(abs(va), abs(vb))
        results.append("holds" if close else "fails")
    if not results:
        return None
    reason = ctx.t(
        f"{ctx.mname(mid)}: {ctx.ename(a)} {ctx.q(va, oa.unit)}（{ctx.ptext(oa.period)}）、"
        f"{ctx.ename(b)} {ctx.q(vb, oa.unit)}（{ctx.ptext(ob.period)}）。",
        f"{ctx.mname(mid)}: {ctx.ename(a)} {ctx.q(va, oa.unit)} ({oa.period.text}), "
        f"{ctx.ename(b)} {ctx.q(vb, oa.unit)} ({ob.period.text}).",
    )
    if mid_b and mid_b != mid:
        reason += ctx.t(
            f" {ctx.ename(b)}の値は「{ctx.mname(mid_b)}」。",
            f" {ctx.ename(b)}'s value is its '{ctx.mname(mid_b)}'.",
        )
    if conv[1]:
        reason += ctx.t(f" 換算: {conv[1]}。", f" Converted: {conv[1]}.")
    if oa.period != ob.period:
        reason += ctx.t(
            f" 時期が異なる値を比較（{ctx.ptext(oa.period)}と{ctx.ptext(ob.period)}）。",
            f" The two values are of different periods ({oa.period.text} and {ob.period.text}).",
        )
    if not ncs:
        ncs.append(
            NumberCompared(
                ctx.t(f"{ctx.ename(a)}と{ctx.ename(b)}", f"{ctx.ename(a)} vs {ctx.ename(b)}"),
                None,
                "",
                vb,
                oa.unit,
                ids,
                "about",
                conv[1] or None,
            )
        )
        ncs.insert(0, NumberCompared(ctx.ename(a), None, "", va, oa.unit, (oa.id,), "about", None))
    return Finding(_min_result(results), reason, list(ids), ncs)


def _stated_ratio(ctx: _Ctx, a: str, b: str, metrics: list[str]) -> Finding | None:
    st, pack = ctx.st, ctx.pack
    numbers = [n for n in st.numbers if n.unit == "x"]
    if not numbers:
        return None
    b_names = [fold(n) for n in pack.entities[b].names if len(n) >= 2] if b in pack.entities else []
    base_keys: set[str] = set()
    for mid in metrics:
        for name in pack.metrics[mid].names:
            base_keys |= word_keys(name)
    for oid_metric in sorted({pack.observations[i].metric for i in ctx.index.observations(a)[:5000]}):
        m = pack.metrics[oid_metric]
        if m.unit != "x" and m.kind != "ratio":
            continue
        names = [fold(n) for n in m.names]
        if not any(bn in nm for bn in b_names for nm in names):
            continue
        if base_keys and not any(word_keys(n) & base_keys for n in m.names):
            continue
        obs = pick_observations(pack, ctx.index.observations(a, m.id), st.period)
        if not obs:
            obs = pick_observations(pack, ctx.index.observations(a, m.id), None) if st.period is None else []
        if not obs:
            continue
        return _compare_observations(ctx, a, m.id, obs, numbers)
    return None


def _superlative(ctx: _Ctx) -> Finding | None:
    st, pack = ctx.st, ctx.pack
    cues = st.cues
    if "sup_record" in cues:
        found = _record(ctx)
        if found is not None:
            return found
    # the ranking is about the statement's subject, not any entity it names; a company ranked
    # with a country named ("South Korea's largest maker", "among Korean makers") is ranked
    # among that country's entities
    ranked = st.entities[:1]
    scope: set[str] = set()
    countries = [e for e in st.entities if pack.entities[e].kind == "country"]
    others = [e for e in st.entities if pack.entities[e].kind != "country"]
    if countries and others:
        ranked = tuple(others[:1])
        scope = set(countries)
    for mid in st.metrics[:4]:
        metric = pack.metrics[mid]
        for ent in ranked:
            ids = ctx.ev.series.get((ent, mid)) or tuple(ctx.index.observations(ent, mid))
            if not ids:
                continue
            obs = [o for o in pick_observations(pack, ids, st.period) if o.value is not None]
            if not obs:
                continue
            mine = obs[0]
            assert mine.value is not None
            kind = pack.entities[ent].kind
            peers: dict[str, float] = {}
            peer_obs: list[str] = []
            for oid in ctx.index.observations(metric=mid):
                o = pack.observations[oid]
                if (
                    o.value is None
                    or not o.period.overlaps(mine.period)
                    or o.period.precision != mine.period.precision
                ):
                    continue
                if pack.entities[o.entity].kind != kind:
                    continue
                if scope and pack.entities[o.entity].country not in scope:
                    continue
                conv = to_unit(o.value.value, o.unit, mine.unit, pack, o.period.start.year)
                if conv is None:
                    continue
                if o.entity not in peers or conv[0] > peers[o.entity]:
                    peers[o.entity] = conv[0]
                    peer_obs.append(o.id)
            if is_rank_metric(metric.names, metric.unit) and "sup_top" in cues:
                # a ranking the pack records itself ("ranked first" in an index): rank 1 is the top
                result_rank: Result = "holds" if mine.value.value == 1 else "fails"
                reason = ctx.t(
                    f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(mine.period)}に"
                    f"{ctx.q(mine.value.value, mine.unit)}。",
                    f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {ctx.q(mine.value.value, mine.unit)} in "
                    f"{mine.period.text}.",
                )
                return Finding(result_rank, reason, [mine.id])
            if len(peers) < 2:
                continue
            ranks = [n for n in st.numbers if n.unit == "rank"]
            if ranks and not is_rank_metric(metric.names, metric.unit):
                return _position(ctx, ent, mid, mine, peers, peer_obs, ranks)
            want_max = "sup_max" in cues or ("sup_top" in cues and metric.higher_is_better is not False)
            want_min = "sup_min" in cues or ("sup_top" in cues and metric.higher_is_better is False)
            if not (want_max or want_min):
                continue
            top = (max if want_max else min)(peers.items(), key=lambda kv: (kv[1], kv[0]))
            result: Result = "holds" if top[0] == ent or peers[ent] == top[1] else "fails"
            ranking = sorted(peers.items(), key=lambda kv: (-kv[1] if want_max else kv[1], kv[0]))
            listing = ", ".join(f"{ctx.ename(e)} {ctx.q(v, mine.unit)}" for e, v in ranking)
            reason = ctx.t(
                f"{ctx.mname(mid)}（{ctx.ptext(mine.period)}）: {listing}。",
                f"{ctx.mname(mid)} ({mine.period.text}): {listing}.",
            )
            return Finding(result, reason, sorted(set(peer_obs), key=peer_obs.index))
    return _superlative_event(ctx)


def _position(
    ctx: _Ctx,
    ent: str,
    mid: str,
    mine: Observation,
    peers: dict[str, float],
    peer_obs: list[str],
    ranks: list[ClaimedNumber],
) -> Finding:
    """"Ranked third in orbital launches": the entity's place among its peers on the measure
    (1 + the peers strictly ahead; lower is ahead when the metric says so), exactly."""
    lower_better = ctx.pack.metrics[mid].higher_is_better is False
    value = peers[ent]
    place = 1 + sum(1 for v in peers.values() if (v < value if lower_better else v > value))
    results = [compare_value(n, float(place)) for n in ranks]
    ranking = sorted(peers.items(), key=lambda kv: (kv[1] if lower_better else -kv[1], kv[0]))
    listing = ", ".join(f"{ctx.ename(e)} {ctx.q(v, mine.unit)}" for e, v in ranking)
    name = ctx.ename(ent)
    reason = ctx.t(
        f"{ctx.mname(mid)}（{ctx.ptext(mine.period)}）: {listing}。{name}は{len(peers)}者中{place}位。",
        f"{ctx.mname(mid)} ({mine.period.text}): {listing}. {name} places {place} of {len(peers)}.",
    )
    label = ctx.t("順位", "rank")
    ncs = [
        NumberCompared(label, n.quantity.value, n.text, float(place), "rank", (mine.id,), "exactly")
        for n in ranks
    ]
    return Finding(_min_result(results), reason, sorted(set(peer_obs), key=peer_obs.index), ncs)


def _record(ctx: _Ctx) -> Finding | None:
    """ "A record" / "過去最多": the claimed period's value is the highest of the subject's own
    series so far (the lowest, for a measure where lower is better)."""
    st, pack = ctx.st, ctx.pack
    for mid in st.metrics[:4]:
        metric = pack.metrics[mid]
        for ent in st.entities[:1]:
            ids = ctx.ev.series.get((ent, mid))
            if not ids:
                continue
            now = [o for o in pick_observations(pack, ids, st.period) if o.value is not None]
            if not now:
                continue
            mine = now[0]
            assert mine.value is not None
            earlier = [
                pack.observations[i]
                for i in ids
                if pack.observations[i].value is not None
                and pack.observations[i].period.end < mine.period.start
                and pack.observations[i].period.precision == mine.period.precision
            ]
            if not earlier:
                continue
            sign = -1 if metric.higher_is_better is False else 1
            best_before = max(earlier, key=lambda o: (sign * o.value.value if o.value else 0, o.id))
            assert best_before.value is not None
            result: Result = "holds" if sign * mine.value.value > sign * best_before.value.value else "fails"
            ncs: list[NumberCompared] = []
            results = [result]
            for n in _numbers_for(st, metric.unit, pack, metric.names):
                got = _value_finding(ctx, n, mine, f"{ctx.ename(ent)} {ctx.mname(mid)}")
                if got:
                    results.append(got[0])
                    ncs.append(got[1])
            now_text = ctx.q(mine.value.value, mine.unit)
            before_text = ctx.q(best_before.value.value, best_before.unit)
            reason = ctx.t(
                f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(mine.period)}に{now_text}、"
                f"それ以前の最高は{ctx.ptext(best_before.period)}の{before_text}。",
                f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {ctx.q(mine.value.value, mine.unit)} in "
                f"{mine.period.text}; the best before was {ctx.q(best_before.value.value, best_before.unit)} "
                f"({best_before.period.text}).",
            )
            return Finding(_min_result(results), reason, [mine.id, best_before.id], ncs)
    return None


def _superlative_event(ctx: _Ctx) -> Finding | None:
    """A superlative on events (first, largest …): the best matching event against the events of
    its kind in scope; with a claimed period, the event's date is a detail too ("初めて成功したのは
    2024年3月" fails when the first success is in February 2023; a neighbouring month is partly)."""
    st, pack = ctx.st, ctx.pack
    best = _best_event([c for c in ctx.ev.events if not c.plan], st, pack)
    if best is None or not _names_its_own(ctx, pack.events[best.id]):
        return None
    ev = pack.events[best.id]
    found = _rank_event(ctx, ev)
    if found is None or st.period is None:
        return found
    dated = compare_period(st.period, ev.date)
    if dated == "holds":
        return found
    claimed = st.periods[0].text if st.periods else st.period.text
    found.result = _worst_detail([found.result, dated])
    found.reason += ctx.t(
        f" 時期: 主張は{claimed}、パックは{ctx.ptext(ev.date)}。",
        f" Date: claimed {claimed}, the pack has {ev.date.text}.",
    )
    return found


def _rank_event(ctx: _Ctx, ev: Event) -> Finding | None:
    st, pack = ctx.st, ctx.pack
    said = _said_by_source(ctx, ev)
    if said is not None:
        return said
    scope = _scope_countries(ctx, ev)
    same_kind = [
        pack.events[i]
        for i in ctx.lookup.events_by_kind(ev.kind)
        if i != ev.id and _in_scope(ctx, pack.events[i], scope)
    ]
    where = ("・" if ctx.ja else ", ").join(ctx.ename(c) for c in sorted(scope))
    if "sup_first" in st.cues:
        earlier = [e for e in same_kind if e.date.end < ev.date.start]
        result: Result = "fails" if earlier else "holds"
        ids = [ev.id, *(e.id for e in (earlier or same_kind)[:5])]
        first = min([ev, *same_kind], key=lambda e: (e.date.start, e.id))
        reason = ctx.t(
            f"{where}の同種（{ev.kind}）の出来事{len(same_kind) + 1}件で最も早いのは"
            f"「{first.title(ctx.lang)}」（{ctx.ptext(first.date)}）。",
            f"Of {len(same_kind) + 1} '{ev.kind}' events in {where}, the earliest is "
            f"'{first.title(ctx.lang)}' ({first.date.text}).",
        )
        return Finding(result, reason, ids)
    if ev.amount is None or not (st.cues & {"sup_max", "sup_min", "sup_top", "sup_record"}):
        return None
    values = []
    for e in same_kind:
        if e.amount is None:
            continue
        conv = to_unit(e.amount.value, e.amount.unit, ev.amount.unit, pack, e.date.start.year)
        if conv is not None:
            values.append((conv[0], e.id))
    if not values:
        return None
    want_min = "sup_min" in st.cues
    beaten = [eid for v, eid in values if (v < ev.amount.value if want_min else v > ev.amount.value)]
    result = "fails" if beaten else "holds"
    top = max(values, key=lambda x: (-x[0] if want_min else x[0], x[1]))
    reason = ctx.t(
        f"{where}の同種（{ev.kind}）の出来事{len(values) + 1}件と金額を比較: 「{ev.title(ctx.lang)}」は"
        f"{ctx.q(ev.amount.value, ev.amount.unit)}、他の最{'小' if want_min else '大'}は"
        f"{ctx.q(top[0], ev.amount.unit)}（{top[1]}）。",
        f"Amounts of {len(values) + 1} '{ev.kind}' events in {where}: '{ev.title(ctx.lang)}' "
        f"{ctx.q(ev.amount.value, ev.amount.unit)}; the {'smallest' if want_min else 'largest'} other "
        f"{ctx.q(top[0], ev.amount.unit)} ({top[1]}).",
    )
    return Finding(result, reason, [ev.id, *beaten[:5]])


_SUPERLATIVE_CUES = (lx.SUP_RECORD, lx.SUP_MAX, lx.SUP_MIN, lx.SUP_FIRST, lx.SUP_TOP)


def _said_by_source(ctx: _Ctx, ev: Event) -> Finding | None:
    """The event's own title or note uses the statement's superlative about the same thing
    ("India's first commercial fab"): the source says so. The same thing: one of the (up to
    three) words after the superlative in the claim is in the title or note too."""
    st = ctx.st
    words = " ".join(t for t in (ev.title_ja, ev.title_en, ev.note) if t)
    for cue in _SUPERLATIVE_CUES:
        if cue.name not in st.cues or not lx.has(cue, words):
            continue
        phrase: set[str] = set()
        for hit in lx.find(cue, st.span):
            after = st.span[hit.end : hit.end + 40]
            after = re.split(r"[はがをにで、。,.;]|\b(?:at|in|on|to|for|of|by|with)\b", after)[0]
            phrase |= content_keys(" ".join(after.split()[:3]) if not has_japanese(after) else after)
            if not has_japanese(st.span) and not after.strip():
                # "reached orbit for the first time": the thing comes before an adverbial cue
                before = re.split(r"[,;]", st.span[max(0, hit.start - 60) : hit.start])[-1]
                phrase |= content_keys(" ".join(before.split()[-3:]))
        if phrase & word_keys(words):
            return Finding(
                "holds",
                ctx.t(
                    f"出典自身がそう記している（{ev.id}: 「{ev.title(ctx.lang)}」）。",
                    f"The source itself says so ({ev.id}: '{ev.title(ctx.lang)}').",
                ),
                [ev.id],
            )
    return None


def _country_of(pack: Pack, entity_id: str) -> str | None:
    ent = pack.entities.get(entity_id)
    if ent is None:
        return None
    return entity_id if ent.kind == "country" else ent.country


def _scope_countries(ctx: _Ctx, ev: Event) -> set[str]:
    """Where a superlative ranks: the countries the statement names, else those of the entities
    it names besides the event's actors ("first under the India Semiconductor Mission"), else
    the countries of the event's actors."""
    pack, st = ctx.pack, ctx.st
    explicit = {e for e in st.entities if pack.entities[e].kind == "country"}
    others = {_country_of(pack, e) for e in st.entities if e not in ev.actors} - {None}
    scope = {c for c in explicit | others if c}
    if not scope:
        scope = {c for c in (_country_of(pack, a) for a in ev.actors) if c}
    return scope


def _in_scope(ctx: _Ctx, ev: Event, scope: set[str]) -> bool:
    return any(a in scope or _country_of(ctx.pack, a) in scope for a in ev.actors)


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


def compare_period(claimed: Period, found: Period) -> Result:
    """A claimed period against an event's date: holds when it contains the date (or the date,
    less precise, contains it); partly when they overlap or the date is one step of the claim's
    precision away; fails otherwise."""
    if claimed.contains(found) or found.contains(claimed):
        return "holds"
    if claimed.overlaps(found):
        return "partly"
    for step in (-1, 1):
        try:
            near = shift(claimed, step)
        except ValueError:
            continue
        if near.contains(found) or (near.overlaps(found) and found.days <= claimed.days):
            return "partly"
    return "fails"


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


# --- turning point, parity, leap ------------------------------------------------------------


def _subject(ctx: _Ctx) -> str | None:
    st, pack = ctx.st, ctx.pack
    countries = [e for e in st.entities if pack.entities[e].kind == "country"]
    if pack.meta.subject and (pack.meta.subject in st.entities or not st.entities):
        return pack.meta.subject
    if countries:
        return countries[0]
    return st.entities[0] if st.entities else pack.meta.subject


def _frontier(ctx: _Ctx, subject: str) -> tuple[str, ...]:
    named = tuple(e for e in ctx.st.entities if e != subject and ctx.pack.entities[e].kind == "country")
    return named or tuple(f for f in ctx.pack.meta.frontier if f != subject)


# --- statement texts -------------------------------------------------------------------------


def _statement_text(ctx: _Ctx) -> str:
    """The statement in the diagnosis language: the claim's own words when they are in it,
    else what the statement names (entities, measure, periods, numbers) in that language,
    followed by the claim's words."""
    st = ctx.st
    if st.lang == ctx.lang:
        return st.span
    details: list[str] = []
    if st.entities:
        details.append(("・" if ctx.ja else " / ").join(ctx.ename(e) for e in st.entities))
    if st.metrics and st.kind in ("metric", "share", "comparison", "change", "superlative"):
        details.append(ctx.mname(st.metrics[0]))
    details += [ctx.ptext(p.period) for p in st.periods]
    details += [number_text(n, ctx.lang) for n in st.numbers]
    if st.negated:
        details.append(ctx.t("否定", "negated"))
    head = ("、" if ctx.ja else ", ").join(details)
    quoted = f"「{st.span}」" if ctx.ja else f'"{st.span}"'
    return f"{head}: {quoted}" if head else quoted


_COMPARATOR_WORDS = {
    "about": ("約", "about "),
    "at_least": ("以上", "at least "),
    "more_than": ("超", "more than "),
    "at_most": ("以下", "at most "),
    "less_than": ("未満", "less than "),
    "exactly": ("", ""),
}


def number_text(n: ClaimedNumber, lang: str) -> str:
    """A claimed number in the given language, with its comparator ("約1.6兆円", "at least 7x")."""
    q = format_quantity(n.quantity.value, n.unit, lang)
    ja_word, en_word = _COMPARATOR_WORDS.get(n.comparator, ("", ""))
    if n.comparator == "about" and not n.quantity.approx:
        ja_word, en_word = "", ""
    if lang == "ja":
        return f"約{q}" if ja_word == "約" else f"{q}{ja_word}"
    return f"{en_word}{q}"


# --- the entry point ---------------------------------------------------------------------------


Evaluator = Callable[[_Ctx], "Finding | list[Finding] | None"]


def _as_list(found: Finding | list[Finding] | None) -> list[Finding] | None:
    if found is None:
        return None
    return found if isinstance(found, list) else [found]


_CHAINS: dict[str, tuple[str, ...]] = {
    "event": ("event",),
    "plan": ("plan",),
    "metric": ("metric", "event"),
    "share": ("share", "metric"),
    "comparison": ("comparison", "metric", "event"),
    "change": ("change", "metric", "event"),
    "superlative": ("superlative",),
}
_EVALUATORS: dict[str, Evaluator] = {
    "event": _event,
    "plan": _plan,
    "metric": _metric,
    "share": _share,
    "comparison": _comparison,
    "change": _change,
    "superlative": _superlative,
}


def continues(st: Statement) -> bool:
    """A statement that only goes on about the previous one's subject: it names no entity, metric
    or period of its own, only numbers ("…, is worth about $5.5 billion")."""
    return (
        st.kind in ("event", "plan")
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


def _unknown_reason(ctx: _Ctx) -> str:
    st = ctx.st
    if not st.entities and not st.metrics and not st.group:
        return ctx.t(
            "この記述はパックの主体・指標のいずれにも言及していない。",
            "The statement names nothing the pack holds (no entity or metric of it).",
        )
    if st.kind in ("event", "plan"):
        return ctx.t("パックにこの記述に合う出来事がない。", "No event in the pack matches this statement.")
    if st.kind == "superlative":
        return ctx.t(
            "パックには順位を決めるだけの比較対象がない。",
            "The pack holds too little to rank it against others.",
        )
    return ctx.t(
        "パックにこの記述を判定できる値がない。", "The pack holds no value that settles this statement."
    )


def evaluate(
    st: Statement, ev: Evidence, pack: Pack, lang: str, first_id: int, previous_event: str | None = None
) -> list[Check]:
    """The checks of one statement (one; a leap claim two), numbered from ``s{first_id}``.

    ``previous_event``: the event the previous statement of the claim was found to be; a
    statement that goes on about it ("…, announced in March 2023, is worth about $5.5 billion")
    is checked against it."""
    ctx = _Ctx(st, ev, pack, lang)
    span = st.span
    if st.kind == "vacuous":
        reason = ctx.t(
            "この記述には述語（何が起きたか・値・比較）がなく、検証できる内容がない。",
            "The statement says nothing checkable: no predicate (what happened, a value or a comparison).",
        )
        checks = [Check(f"s{first_id}", "event", _statement_text(ctx), span, "unknown", reason)]
    elif st.kind in ("leap", "parity", "turning_point"):
        checks = _delegate(ctx, first_id)
    elif _country_gap(st, pack):
        # "韓国の電池産業は依然として中国に後れを取っている": two countries compared on no named
        # measure is a claim about the gap to the other, judged on the whole pack like parity
        checks = _delegate(ctx, first_id)
        if "exceed" in st.cues and checks[0].result == "holds":
            checks[0].result = "unknown"  # on a par is not ahead
    else:
        findings: list[Finding] | None = None
        if previous_event is not None and continues(st):
            findings = _continuation(ctx, previous_event)
        if not findings and st.kind in ("metric", "share"):
            # "X基金には…約3500億円が計上された": the event that names the fund settles its amount,
            # not the subject's whole budget
            named = _named_thing_events(ctx)
            if named:
                findings = _as_list(_event(_Ctx(st, Evidence(named, ev.series), pack, lang)))
        for name in () if findings else _CHAINS.get(st.kind, ("event",)):
            if name == "event" and (st.kind != "event" or st.cues & {"exceed", "trail"}):
                # a statement read as a measure falls back to an event only on a close match; so
                # does one that compares ("spent more on R&D than any other maker") with no measure
                ev2 = Evidence(tuple(c for c in ev.events if c.coverage >= FALLBACK_COVERAGE), ev.series)
                ctx = _Ctx(st, ev2, pack, lang)
            findings = _as_list(_EVALUATORS[name](ctx))
            if findings:
                break
        if not findings:
            findings = [Finding("unknown", _unknown_reason(ctx))]
        checks = []
        for i, f in enumerate(findings):
            check = Check(
                id=f"s{first_id + i}",
                kind=f.kind or st.kind,
                statement=_statement_text(ctx),
                span=span,
                result=f.result,
                reason=f.reason,
                evidence=list(dict.fromkeys(f.evidence)),
                numbers=f.numbers,
                conflicts=f.conflicts,
            )
            check.sources = _sources(pack, check.evidence)
            checks.append(check)
    if st.negated:
        for c in checks:
            before = c.result
            c.result = invert(c.result)
            if before != c.result:
                c.reason = (
                    ctx.t("否定文のため結果を反転。", "The statement is negated, so the result is inverted. ")
                    + c.reason
                )
    return checks


def _country_gap(st: Statement, pack: Pack) -> bool:
    """A comparison of two countries (exceeds or trails) with no measure and no number."""
    return (
        st.kind == "comparison"
        and not st.metrics
        and not st.numbers
        and bool(st.cues & {"exceed", "trail"})
        and len(st.entities) >= 2
        and all(pack.entities[e].kind == "country" for e in st.entities[:2])
    )


def _delegate(ctx: _Ctx, first_id: int) -> list[Check]:
    st, pack, lang = ctx.st, ctx.pack, ctx.lang
    if st.kind == "turning_point":
        return [turning_point.check_turning_point(pack, st.period, st.span, lang, f"s{first_id}")]
    subject = _subject(ctx)
    if subject is None:
        return [
            Check(
                id=f"s{first_id}",
                kind=st.kind,
                statement=_statement_text(ctx),
                span=st.span,
                reason=ctx.t("パックに主体（subject）がない。", "The pack names no subject to judge."),
            )
        ]
    if st.kind == "leap":
        return parity.check_leap(pack, subject, st.period, st.span, lang, first_id)
    check = parity.check_parity(pack, subject, _frontier(ctx, subject), st.span, lang, f"s{first_id}")
    if "trail" in st.cues:
        # "X still trails the frontier" claims the gap: the opposite of parity
        check.result = invert(check.result)
    return [check]


def _sources(pack: Pack, evidence: list[str]) -> list[str]:
    out: dict[str, None] = {}
    for i in evidence:
        rec = pack.events.get(i) or pack.observations.get(i)
        if rec is not None:
            for s in rec.source:
                out.setdefault(s, None)
    return list(out)
