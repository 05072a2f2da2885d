"""Comparison statements: two entities on one measure (exceeds, trails, on a par, a ratio or a
difference), each side on its own measure of the same thing, or a ratio metric stated A against B."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from shingi.model import Metric, NumberCompared, Observation, Period, Result
from shingi.pack.index import fold
from shingi.pipeline.checks.changes import growth_siblings, records_growth
from shingi.pipeline.checks.common import (
    CREDIT_WRONG_SIZE,
    EQUAL_NEAR_TOLERANCE,
    EQUAL_TOLERANCE,
    EXACT_TOLERANCE,
    WORLD_WORDS,
    Finding,
    _Ctx,
    _min_result,
    compare_value,
    grade_multiple,
    grade_size,
    graded_credit,
    metric_name_keys,
    out_by,
    pick_observations,
    to_unit,
)
from shingi.pipeline.checks.metrics import _compare_observations, newer_share
from shingi.pipeline.claims.kinds import CHANGES_COMPARED, a_margin, two_measures_named
from shingi.pipeline.claims.ranks import RELATIVE_PLACES, is_rank_metric
from shingi.pipeline.morphology import word_keys
from shingi.pipeline.retrieve import units_compatible

#: "tied with": the same value, a tie (§4.5)
_TIED = re.compile(r"(?i)\btied\b")


def _near_period(obs: list[Observation], period: Period) -> list[Observation]:
    """Observations of a period that is not the claimed one but overlaps it by at least half of
    the shorter of the two (FY2023 for 2023, 2023 for FY2023), the largest overlap first."""

    def overlap(o: Observation) -> int:
        start, end = max(o.period.start, period.start), min(o.period.end, period.end)
        return (end - start).days + 1 if end >= start else 0

    near = [o for o in obs if overlap(o) * 2 >= min(o.period.days, period.days)]
    return sorted(near, key=lambda o: (-overlap(o), o.sort_key))


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
        if pb and not pa and _dates_the_comparand(ctx, b):
            # "more than the P3.26 trillion added under Marcos by the end of 2024": the period is
            # written with the comparand; the subject's value is its latest by then
            pa = [o for o in oa if o.period.end <= st.period.end][-1:]
        if pa and pb:
            return pa[0], pb[0]
        return None
    pairs = [(x, y) for x in oa for y in ob if x.period.overlaps(y.period)]
    if ctx.as_of is not None:
        # "India is now growing … as fast as China" said on 2025-12-01: the values out by then, not
        # the year's advance estimate published in January (a value not out is not "now")
        known = [(x, y) for x, y in pairs if out_by(pack, x, ctx.as_of) and out_by(pack, y, ctx.as_of)]
        pairs = known or pairs
    if not pairs:
        return None
    return max(pairs, key=lambda p: (min(p[0].period.end, p[1].period.end), p[0].id, p[1].id))


def _latest_pair(ctx: _Ctx, a: str, b: str, mid: str, mid_b: str) -> tuple[Observation, Observation] | None:
    """The two sides' latest values (out by the claim's date), whatever their periods."""
    pack = ctx.pack
    ia = ctx.ev.series.get((a, mid)) or tuple(ctx.index.observations(a, mid))
    ib = ctx.ev.series.get((b, mid_b)) or tuple(ctx.index.observations(b, mid_b))
    la = pick_observations(pack, [i for i in ia if pack.observations[i].value is not None], None, ctx.as_of)
    lb = pick_observations(pack, [i for i in ib if pack.observations[i].value is not None], None, ctx.as_of)
    return (la[0], lb[0]) if la and lb else None


def _settle(ctx: _Ctx, a: str, b: str, mid: str, mid_b: str | None = None) -> Finding | None:
    """Compare two sides' values (:func:`_pair_values`, :func:`_compare_pair`). With no period said
    ("is now bigger than", 「国防費を上回った」) and the two latest values of different periods, the
    latest period both have is older than "now": the two latest are compared too, and when the two
    readings go different ways (one fails, the other holds), unknown (review M2: 5 against 8 in
    2022, 20 against 12 now). A claim with a figure of its own (「米国の約100分の1」, "about a third of")
    states a ratio or margin of values of one time, so only the same-period pair settles it."""
    pair = _pair_values(ctx, a, b, mid, mid_b)
    if pair is None:
        return None
    found = _compare_pair(ctx, a, b, mid, pair, mid_b)
    if found is None or ctx.st.period is not None or ctx.st.numbers:
        return found
    latest = _latest_pair(ctx, a, b, mid, mid_b or mid)
    if latest is None or latest == pair or _same_time(latest[0].period, latest[1].period):
        return found
    now = _compare_pair(ctx, a, b, mid, latest, mid_b)
    if now is None or (now.result == "fails") == (found.result == "fails"):
        return found
    return Finding(
        "unknown",
        found.reason
        + ctx.t(
            f" 最新値では逆: {now.reason}",
            f" The latest values say otherwise: {now.reason}",
        ),
        list(dict.fromkeys([*found.evidence, *now.evidence])),
    )


def _same_time(p: Period, q: Period) -> bool:
    """Whether two periods overlap by at least half of the shorter (2024 and FY2024)."""
    start, end = max(p.start, q.start), min(p.end, q.end)
    return end >= start and ((end - start).days + 1) * 2 >= min(p.days, q.days)


def _dates_the_comparand(ctx: _Ctx, b: str) -> bool:
    """Whether the statement's period is written after the comparand's name, with no name of
    another entity between ("… added under Marcos by the end of 2024")."""
    st = ctx.st
    p = st.periods[0] if st.periods else None
    if p is None or not p.text:
        return False
    span = st.span.casefold()
    at = p.start - st.start
    names = [n.casefold() for n in ctx.pack.entities[b].names if n and len(n) > 1]
    before = [span.rfind(n, 0, max(0, at)) for n in names]
    return max(before, default=-1) >= 0


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
    if len(sides) > 2 and metrics:
        # 「IMFの予測では、インドは…日本を抜いて」: the body a forecast is credited to is no side of
        # the comparison; the sides are the entities the measure is observed for
        observed = [s for s in sides if ctx.lookup.observes(s, tuple(metrics[:4]))]
        if len(observed) >= 2:
            sides = observed
    if CHANGES_COMPARED.search(st.span) and metrics and sides:
        # "rose twice as fast as the national average", "rose more than defense spending": the two
        # CHANGES, never the two levels
        return _changes_compared(ctx, sides, metrics)
    group = _coordinated_comparands(ctx, sides) if len(sides) >= 3 and metrics else None
    if group is not None:
        return _against_a_group(ctx, sides[0], *group, metrics)
    named = two_measures_named(st, [ctx.pack.metrics[m] for m in metrics], margin=a_margin(st))
    if len(sides) == 1 and named:
        # one subject, two of its measures: the first against the second ("over-65s spend four
        # times what the under-65s do")
        one, two = named
        return _settle(ctx, sides[0], sides[0], one.id, two.id)
    if len(sides) < 2:
        return None
    a, b = sides[0], sides[1]
    if _whole_first(ctx, a, b):
        a, b = b, a
    for mid in metrics[:4]:
        if (share := _share_measured(ctx, a, b, mid)) is not None:
            return share
    for mid in metrics[:4]:
        found = _settle(ctx, a, b, mid)
        if found is not None:
            return found
    # "日本の宇宙関係予算は中国の政府宇宙予算を上回った": each side measured on its own metric of
    # the same thing (same kind, comparable units), e.g. a budget in yen and one in dollars
    if metrics:
        ma, mb = _side_metric(ctx, a, metrics), _side_metric(ctx, b, metrics)
        if ma and mb and ma != mb:
            found = _settle(ctx, a, b, ma, mb)
            if found is not None:
                return found
    # a ratio metric that states A against B ("investment relative to the US")
    return _stated_ratio(ctx, a, b, metrics)


#: between two coordinated comparands: "Ostland and Westland", "Ostland, Westland", 「オストランドと
#: ウェストランド」「…、…」「…及び…」
_COORDINATOR = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|and|&|と|、|及び|および|ならびに|や)\s*")
#: a coordinated comparand said as a sum: "Ostland and Westland combined / together", 「…の合計」
#: 「…を合わせた」「…合わせて」「…の計」
_SUM_AFTER = re.compile(
    r"(?i)\s*(?:'s\s+|’s\s+)?(?:combined|together|put together|taken together|added together)\b"
    r"|(?:の|を)?(?:合計|合算|計|合わせ|あわせ)"
)
_SUM_BEFORE = re.compile(r"(?i)\b(?:combined|total)\s+(?:[\w-]+\s+){0,3}of\s+(?:the\s+)?$")


def _mention(ctx: _Ctx, ent: str, span: str) -> tuple[int, int] | None:
    """Where an entity is first named in the statement (start, end), by its longest name there."""
    best: tuple[int, int] | None = None
    for name in ctx.pack.entities[ent].names if ent in ctx.pack.entities else ():
        if not name or len(name) < 2:
            continue
        at = span.find(name.casefold())
        if at >= 0 and (best is None or (at, -(at + len(name))) < (best[0], -best[1])):
            best = (at, at + len(name))
    return best


def _coordinated_comparands(ctx: _Ctx, sides: list[str]) -> tuple[list[str], bool] | None:
    """Two or more comparands named together after the subject ("as many … as Ostland and Westland
    combined", 「オストランドとウェストランドの合計を上回った」): the comparands, and whether they are
    said as a sum (combined, together, 合計, 合わせて). None unless every side after the first is
    named, after it, one coordinator from the next."""
    span = ctx.st.span.casefold()
    at = [_mention(ctx, s, span) for s in sides]
    if any(m is None for m in at):
        return None
    places: list[tuple[int, int]] = [m for m in at if m is not None]
    if any(m[0] <= places[0][0] for m in places[1:]):
        return None
    order = sorted(range(1, len(sides)), key=lambda i: places[i][0])
    for i, j in pairwise(order):
        if _COORDINATOR.fullmatch(span, places[i][1], places[j][0]) is None:
            return None
    first, last = places[order[0]], places[order[-1]]
    summed = _SUM_AFTER.match(span, last[1]) is not None or _SUM_BEFORE.search(span, 0, first[0]) is not None
    return [sides[i] for i in order], summed


def _against_a_group(ctx: _Ctx, a: str, group: list[str], summed: bool, metrics: list[str]) -> Finding:
    """The subject against two or more comparands named together (review H4): their sum when said
    as one ("combined", 合計), else each of them for an order ("more than Ostland and Westland":
    above each); parity with several comparands not said as a sum is unclear (unknown). Never the
    first comparand alone."""
    names = ctx.t("・".join(ctx.ename(g) for g in group), " and ".join(ctx.ename(g) for g in group))
    cues = ctx.st.cues
    for mid in metrics[:4]:
        pairs = [_pair_values(ctx, a, g, mid) for g in group]
        if any(p is None for p in pairs):
            continue
        got = [p for p in pairs if p is not None]
        if summed:
            if len({(p[1].period, p[1].unit) for p in got}) != 1 or any(p[0] != got[0][0] for p in got):
                continue  # a sum of one period and one unit, against one value of the subject
            total = sum(p[1].value.value for p in got if p[1].value is not None)
            first = got[0][1]
            assert first.value is not None
            summed_obs = replace(first, value=replace(first.value, value=total))
            label = ctx.t(f"{names}の合計", f"{names} combined")
            found = _compare_pair(ctx, a, label, mid, (got[0][0], summed_obs))
            if found is None:
                continue
            ids = [p[1].id for p in got]
            return replace(found, evidence=list(dict.fromkeys([*found.evidence, *ids])))
        if "equal" in cues and not cues & {"exceed", "trail"}:
            break
        each = [_compare_pair(ctx, a, g, mid, p) for g, p in zip(group, got, strict=True)]
        if any(f is None for f in each):
            continue
        done = [f for f in each if f is not None]
        result = _min_result([f.result for f in done])
        return Finding(
            result,
            " ".join(f.reason for f in done),
            list(dict.fromkeys(e for f in done for e in f.evidence)),
            [nc for f in done for nc in f.numbers],
            credit=min((f.credit for f in done if f.result == result and f.credit is not None), default=None),
        )
    return Finding(
        "unknown",
        ctx.t(
            f"比較の相手が複数（{names}）で、合計か各々かが読めない、または値がない。",
            f"The claim sets its subject against {names}: neither their sum nor each of them can be settled.",
        ),
    )


def _whole_first(ctx: _Ctx, a: str, b: str) -> bool:
    """Whether a fraction of a whole is said with the whole named first (「インドネシアが受け入れた
    外国直接投資の3分の1を金属産業が占めた」): a fraction below one is the part over its whole, and
    the second side is the part when the pack says it belongs to the first (its ``country``) or
    the first names the whole (the world) — so it is measured against the first, whatever the
    order of the words (a linguistic reason: a part is no more than its whole)."""
    if not any(n.unit == "x" and 0 < n.quantity.value < 1 for n in ctx.st.numbers):
        return False
    ea, eb = ctx.pack.entities.get(a), ctx.pack.entities.get(b)
    if ea is None or eb is None:
        return False
    return eb.country == a or (_names_world(ea.names) and not _names_world(eb.names))


def _share_measured(ctx: _Ctx, part: str, whole: str, mid: str) -> Finding | None:
    """"nearly half of the world's nickel reserves", "42% of the world's …": a fraction of the
    world's amount on the part's own share measure when that is more recent than the latest
    period both amounts have (:func:`newer_share`)."""
    st, pack = ctx.st, ctx.pack
    percents = [
        replace(n, quantity=replace(n.quantity, value=100 * n.quantity.value, unit="%"))
        if n.unit == "x" else n
        for n in st.numbers
        if (n.unit == "x" and 0 < n.quantity.value < 1) or (n.unit == "%" and 0 < n.quantity.value < 100)
    ]
    world = pack.entities.get(whole)
    if not percents or len(percents) != len(st.numbers) or world is None or not _names_world(world.names):
        return None
    pair = _pair_values(ctx, part, whole, mid)
    newer = newer_share(ctx, part, mid, pair[0].period if pair is not None else None)
    return _compare_observations(ctx, part, newer[0], newer[1], percents) if newer is not None else None


def _names_world(names: Sequence[str]) -> bool:
    return any(n.casefold() in WORLD_WORDS for n in names)


def _side_metric(ctx: _Ctx, entity: str, metrics: list[str]) -> str | None:
    """The measure one side of a comparison is observed on: the first named one it has, else
    its one measure of the same kind whose name shares most words with the first named measure's
    names (a clear best: "宇宙関係予算" for "政府宇宙予算")."""
    pack = ctx.pack
    for mid in metrics:
        if ctx.lookup.observes(entity, (mid,)):
            return mid
    first = pack.metrics[metrics[0]]
    want = metric_name_keys(first)
    scored: list[tuple[int, str]] = []
    for mid in sorted({pack.observations[i].metric for i in ctx.index.observations(entity)[:5000]}):
        m = pack.metrics[mid]
        if m.kind != first.kind or m.kind == "category" or not units_compatible(m.unit, first.unit, pack):
            continue
        shared = len(want & metric_name_keys(m))
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
    conv = to_unit(ob.value.value, ob.unit, oa.unit, pack, oa.period.start.year, ctx.lang)
    if conv is None:
        return None
    va, vb = oa.value.value, conv[0]
    metric = pack.metrics[mid]
    if metric.kind == "rank" or is_rank_metric(metric.names, metric.unit):
        # "bigger than Japan" on ranks 5th and 4th: a rank is a place, not a magnitude (rank 1 is
        # the largest), so it is compared the other way round and never as a ratio or a difference
        return _compare_places(ctx, a, b, mid, oa, ob)
    results: list[Result] = []
    credits: list[float | None] = []  # of multiples missed by their size (§4.1)
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
    if cues & {"sup_max", "sup_min", "sup_top"} and any(n.unit == "x" for n in st.numbers):
        # 「最も高い高知県は、最も低い埼玉県の1.7倍」: the sides' superlatives describe them; the
        # multiple says the order (a linguistic reason: 「AはBの1.7倍」 puts A above B)
        direction = None
    for n in st.numbers:
        if n.unit == "x":
            if vb == 0:
                continue
            r = va / vb
            graded, credit = grade_multiple(n, r)
            results.append(graded)
            credits.append(credit)
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
        elif n.unit == "pt" or (
            n.role == "by"
            and n.unit not in ("x", "%", "rank")
            and to_unit(n.quantity.value, n.unit or oa.unit, oa.unit, pack, oa.period.start.year) is not None
        ):
            # a difference in points, or the margin between the two sides in the measure's unit
            # ("about $100 billion more … than from China", 「中国を約1,000億ドル上回った」): the
            # claim's size, checked as their difference, never only the side that is larger (blind
            # round 10 mx-nearshoring gap_100: a wrong true)
            claimed = n
            if n.unit != "pt":
                margin = to_unit(n.quantity.value, n.unit or oa.unit, oa.unit, pack, oa.period.start.year)
                assert margin is not None
                claimed = replace(n, quantity=replace(n.quantity, value=margin[0], unit=oa.unit))
            d = vb - va if direction == "trail" else abs(va - vb) if direction is None else va - vb
            if n.unit != "pt" and direction is not None and d > 0:
                # a margin of the side said is the size of a difference that went the way said:
                # graded as a size is (§4.1: 「10兆円も上回った」 for 5.62兆 is the right side and
                # the wrong size, mostly false; session 13)
                graded, credit = grade_size(claimed, d)
                results.append(graded)
                credits.append(credit)
            else:
                results.append(compare_value(claimed, d) if d >= 0 else "fails")
            ncs.append(
                NumberCompared(
                    ctx.t(f"差 {ctx.ename(a)}−{ctx.ename(b)}", f"difference {ctx.ename(a)}-{ctx.ename(b)}"),
                    n.quantity.value,
                    n.text,
                    round(abs(va - vb), 6),
                    n.unit if n.unit == "pt" else oa.unit,
                    ids,
                    n.comparator,
                    None if n.unit == "pt" else conv[1] or None,
                )
            )
    if direction == "exceed":
        results.append("holds" if va > vb else "fails")
    elif direction == "trail":
        results.append("holds" if va < vb else "fails")
    elif direction == "equal":
        # "tied with" is the same value (a tie in a ranking), not only close to it as "on a par"
        tolerance = EXACT_TOLERANCE if _TIED.search(st.span) else EQUAL_TOLERANCE
        gap = abs(va - vb)
        larger = max(abs(va), abs(vb))
        if gap <= tolerance * larger:
            results.append("holds")
        elif not _TIED.search(st.span) and gap <= EQUAL_NEAR_TOLERANCE * larger:
            # "about as many as" for 130,900 against 164,000 (a fifth off): near, not the same;
            # the wrong size of a right claim kind, mostly false (as a multiple's wrong size)
            results.append("partly")
            credits.append(CREDIT_WRONG_SIZE)
        else:
            results.append("fails")
    if not results:
        return None
    reason = ctx.t(
        f"{ctx.mname(mid)}: {ctx.ename(a)} {ctx.q(va, oa.unit)}（{ctx.ptext(oa.period)}）、"
        f"{ctx.ename(b)} {ctx.q(vb, oa.unit)}（{ctx.ptext(ob.period)}）。",
        f"{ctx.mname(mid)}: {ctx.ename(a)} {ctx.q(va, oa.unit)} ({ctx.ptext(oa.period)}), "
        f"{ctx.ename(b)} {ctx.q(vb, oa.unit)} ({ctx.ptext(ob.period)}).",
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
            f" The two values are of different periods ({ctx.ptext(oa.period)} and {ctx.ptext(ob.period)}).",
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
    result = _min_result(results)
    return Finding(result, reason, list(ids), ncs, credit=graded_credit(result, credits))


def _compare_places(ctx: _Ctx, a: str, b: str, mid: str, oa: Observation, ob: Observation) -> Finding | None:
    """"A is bigger than B" (or trails it) on a rank metric: A holds the higher place when its rank
    number is lower. A multiple or a difference of ranks ("twice the size") says nothing; None."""
    st = ctx.st
    assert oa.value is not None and ob.value is not None
    if any(n.unit in ("x", "pt") for n in st.numbers):
        return None
    ra, rb = oa.value.value, ob.value.value
    cues = st.cues
    if "exceed" in cues and "trail" not in cues:
        result: Result = "holds" if ra < rb else "fails"
    elif "trail" in cues and "exceed" not in cues:
        result = "holds" if ra > rb else "fails"
    else:
        return None
    places = [n for n in st.numbers if n.unit == "rank" and n.comparator not in RELATIVE_PLACES]
    for n in places:
        # 「日本を抜いて世界4位」: the place said is the first side's
        result = _min_result([result, compare_value(n, ra)])
    ids = (oa.id, ob.id)
    reason = ctx.t(
        f"{ctx.mname(mid)}（順位、1位が最上位）: {ctx.ename(a)} {ra:g}位（{ctx.ptext(oa.period)}）、"
        f"{ctx.ename(b)} {rb:g}位（{ctx.ptext(ob.period)}）。",
        f"{ctx.mname(mid)} (a rank, 1 is the top): {ctx.ename(a)} {_ordinal(ra)} ({ctx.ptext(oa.period)}), "
        f"{ctx.ename(b)} {_ordinal(rb)} ({ctx.ptext(ob.period)}).",
    )
    if oa.period != ob.period:
        reason += ctx.t(
            f" 時期が異なる値を比較（{ctx.ptext(oa.period)}と{ctx.ptext(ob.period)}）。",
            f" The two values are of different periods ({ctx.ptext(oa.period)} and {ctx.ptext(ob.period)}).",
        )
    ncs = [
        NumberCompared(
            ctx.ename(a),
            places[0].quantity.value if places else None,
            places[0].text if places else "",
            ra,
            "rank",
            (oa.id,),
            "exactly" if places else "about",
            None,
        ),
        NumberCompared(
            ctx.t(f"{ctx.ename(a)}と{ctx.ename(b)}", f"{ctx.ename(a)} vs {ctx.ename(b)}"),
            None,
            "",
            rb,
            "rank",
            ids,
            "about",
            None,
        ),
    ]
    return Finding(result, reason, list(ids), ncs)


def _ordinal(n: float) -> str:
    k = int(n)
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def _stated_ratio(ctx: _Ctx, a: str, b: str, metrics: list[str], inverted: bool = False) -> Finding | None:
    """A ratio metric of ``a`` whose name mentions ``b`` ("investment relative to the US") settles
    a claimed multiple of a over b; one of ``b`` naming ``a`` ("GDP relative to the Texas economy"
    observed on Australia) settles it as its inverse."""
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
        if inverted:
            # b's value relative to a: the claim's a over b is its inverse
            numbers = [
                replace(n, quantity=replace(n.quantity, value=1 / n.quantity.value))
                for n in numbers
                if n.quantity.value
            ]
        found = _compare_observations(ctx, a, m.id, obs, numbers)
        value = obs[0].value.value if obs[0].value is not None else None
        if found is not None and value:
            # the claim's subject over the comparand, whichever side the pack states it of
            ratio = 1 / value if inverted else value
            wrong_way = ("exceed" in st.cues and ratio <= 1) or ("trail" in st.cues and ratio >= 1)
            if wrong_way:
                found.result = "fails"
        return found
    if not inverted:
        return _stated_ratio(ctx, b, a, metrics, inverted=True)
    return None


#: a pace: "faster than", "as fast as", 「ペースで」: a comparison of percent changes
_PACE_WORDS = re.compile(
    r"(?i)\b(?:as\s+(?:fast|quickly|rapidly|steeply|sharply|strongly)\s+as|faster|slower|quicker|quickly"
    r"|rapidly|slowly)\b|ペース|速さ|スピード|より(?:も)?(?:速|早|遅)"
)
#: which way the subject's change is said against the other's: smaller ("slower", "rose less than",
#: 「より小さく」「下回った」) or larger ("faster", "rose more than", 「より大きく」「上回った」)
_WHICH_WAY = re.compile(
    r"(?i)(?P<slower>\b(?:slower|less|more\s+slowly)\b|より(?:も)?(?:遅|小さく|少なく)|下回)"
    r"|(?P<faster>\b(?:faster|quicker|more|further|outpac\w*|outstrip\w*|exceed\w*|bigger|larger|higher)\b"
    r"|より(?:も)?(?:速|早|大きく|多く)|以上に|上回|超え)"
)


def _changes_compared(ctx: _Ctx, sides: list[str], metrics: list[str]) -> Finding:
    """Two changes set against each other ("Tokyo land prices rose twice as fast as the national
    average", 「純利払い費は国防費より大きく増えた」, "rose more than"): on the sides' growth measures
    (of kind growth, named or the named level's growth sibling) at the period, else on the changes of
    the two level series over the same step; never on the two levels. Unknown otherwise (§4.6)."""
    st, pack = ctx.st, ctx.pack
    mets = [pack.metrics[m] for m in metrics[:4] if m in pack.metrics]
    a = sides[0]
    named = two_measures_named(st, mets) if len(sides) == 1 else None
    if len(sides) >= 2:
        b, pairs = sides[1], [(m, m) for m in mets]
    elif named is not None:
        b, pairs = a, [named]
    else:
        return _unknown_change(ctx)
    for ma, mb in pairs:
        ga = ma if records_growth(ma) else _one(growth_siblings(pack, ma))
        gb = mb if records_growth(mb) else _one(growth_siblings(pack, mb))
        if ga is not None and gb is not None:
            pair = _pair_values(ctx, a, b, ga.id, gb.id)
            if pair is not None and pair[0].value is not None and pair[1].value is not None:
                return _grade_changes(
                    ctx, pair, (pair[0].value.value, pair[1].value.value), None, ga.id, gb.id
                )
        if records_growth(ma) or records_growth(mb):
            continue
        steps = _steps(ctx, a, ma.id), _steps(ctx, b, mb.id)
        if steps[0] is None or steps[1] is None:
            continue
        (a0, a1), (b0, b1) = steps[0], steps[1]
        if not (_same_time(a0.period, b0.period) and _same_time(a1.period, b1.period)):
            continue
        assert a0.value and a1.value and b0.value and b1.value
        conv0 = to_unit(b0.value.value, b0.unit, a0.unit, pack, b0.period.start.year, ctx.lang)
        conv1 = to_unit(b1.value.value, b1.unit, a1.unit, pack, b1.period.start.year, ctx.lang)
        diffs = (a1.value.value - a0.value.value, conv1[0] - conv0[0]) if conv0 and conv1 else None
        if a0.value.value <= 0 or b0.value.value <= 0 or ma.unit == "%":
            rates = None
        else:
            rates = (100 * (a1.value.value / a0.value.value - 1), 100 * (b1.value.value / b0.value.value - 1))
        return _grade_changes(ctx, (a1, b1), rates, diffs, ma.id, mb.id, (a0, b0))
    return _unknown_change(ctx)


def _one(found: list[Metric]) -> Metric | None:
    return found[0] if len(found) == 1 else None


def _steps(ctx: _Ctx, ent: str, mid: str) -> tuple[Observation, Observation] | None:
    """A series' value at the claim's period (else its latest) and the one of the same precision
    before it."""
    ids = ctx.ev.series.get((ent, mid)) or tuple(ctx.index.observations(ent, mid))
    obs = sorted(
        (ctx.pack.observations[i] for i in ids if ctx.pack.observations[i].value is not None),
        key=lambda o: o.sort_key,
    )
    period = ctx.st.period
    end = pick_observations(ctx.pack, [o.id for o in obs], period, None if period else ctx.as_of)
    if not end:
        return None
    before = [
        o for o in obs if o.period.precision == end[0].period.precision and o.period.end < end[0].period.start
    ]
    return (before[-1], end[0]) if before else None


def _grade_changes(
    ctx: _Ctx,
    pair: tuple[Observation, Observation],
    rates: tuple[float, float] | None,
    diffs: tuple[float, float] | None,
    mid: str,
    mid_b: str,
    starts: tuple[Observation, Observation] | None = None,
) -> Finding:
    """Grade a pace multiple on the ratio of the two percent changes, and "more/faster than" on
    both the percent and the absolute changes (unknown when the two readings disagree)."""
    st = ctx.st
    a, b = pair[0].entity, pair[1].entity
    sign = -1.0 if "down" in st.cues and "up" not in st.cues else 1.0
    pace = _PACE_WORDS.search(st.span) is not None
    results: list[Result] = []
    credits: list[float | None] = []
    ncs: list[NumberCompared] = []
    ids = tuple(o.id for o in (*(starts or ()), *pair))
    ea, eb = ctx.ename(a), ctx.ename(b)
    label = ctx.t(f"変化の比 {ea}/{eb}", f"ratio of changes {ea}/{eb}")
    for n in st.numbers:
        if n.unit == "x" and n.role != "per":
            if rates is None or rates[1] == 0 or rates[0] / rates[1] <= 0:
                results.append("unknown" if rates is None or rates[1] == 0 else "fails")
                continue
            r = rates[0] / rates[1]
            graded, credit = grade_multiple(n, r)
            results.append(graded)
            credits.append(credit)
            ncs.append(
                NumberCompared(label, n.quantity.value, n.text, round(r, 6), "x", ids, n.comparator, None)
            )
        elif n.unit == "pt" and rates is not None and starts is None:
            # "2 points faster than": the difference of two growth rates
            results.append(compare_value(n, abs(rates[0] - rates[1])))
    if not st.numbers or not results:
        ways = {m.lastgroup for m in _WHICH_WAY.finditer(st.span)}
        slower, faster = ways == {"slower"}, ways == {"faster"}
        readings = [r for r in ((rates,) if pace else (rates, diffs)) if r is not None]
        if (faster or slower) and readings:
            said: list[Result] = [
                ("holds" if (sign * x > sign * y) == faster and (sign * x > 0 or slower) else "fails")
                for x, y in readings
            ]
            results.append(said[0] if len(set(said)) == 1 else "unknown")
    if not results:
        results.append("unknown")
    shown = []
    for label_ja, label_en, vals in (("変化率", "change", rates), ("増減", "difference", diffs)):
        if vals is not None:
            unit = "%" if label_en == "change" else ""
            shown.append((label_ja, label_en, vals, unit))
    what = ctx.t(
        f"{ctx.mname(mid)}（{ea}）と{ctx.mname(mid_b)}（{eb}）の変化",
        f"the change of {ea}'s {ctx.mname(mid)} and of {eb}'s {ctx.mname(mid_b)}",
    )
    parts = [
        ctx.t(f"{lj} {vals[0]:+.3g}{u} と {vals[1]:+.3g}{u}", f"{le} {vals[0]:+.3g}{u} vs {vals[1]:+.3g}{u}")
        for lj, le, vals, u in shown
    ]
    period = ctx.ptext(pair[0].period)
    if starts is not None:
        start = ctx.ptext(starts[0].period)
        period = ctx.t(f"{start}→{period}", f"{start} to {period}")
    reason = ctx.t(f"{what}（{period}）: {'、'.join(parts)}。", f"{what} ({period}): {'; '.join(parts)}.")
    result = _min_result(results)
    return Finding(result, reason, list(ids), ncs, credit=graded_credit(result, credits))


def _unknown_change(ctx: _Ctx) -> Finding:
    return Finding(
        "unknown",
        ctx.t(
            "二つの変化を比べる主張だが、同じ時期の両者の変化（伸び率か前の値）がない。水準は比べない。",
            "The claim compares two changes; the pack has no change of both over the same period "
            "(a growth rate or the value before). The levels are not compared.",
        ),
    )
