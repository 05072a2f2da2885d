"""Comparison statements: two entities on one measure (exceeds, trails, on a par, a ratio or a
difference), each side on its own measure of the same thing, or a ratio metric stated A against B."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from shingi.model import NumberCompared, Observation, Period, Result
from shingi.pack.index import fold
from shingi.pipeline.checks.common import (
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
from shingi.pipeline.claims.kinds import a_margin, two_measures_named
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
    named = two_measures_named(st, [ctx.pack.metrics[m] for m in metrics], margin=a_margin(st))
    if len(sides) == 1 and named:
        # one subject, two of its measures: the first against the second ("over-65s spend four
        # times what the under-65s do")
        one, two = named
        pair = _pair_values(ctx, sides[0], sides[0], one.id, two.id)
        return _compare_pair(ctx, sides[0], sides[0], one.id, pair, two.id) if pair is not None else None
    if len(sides) < 2:
        return None
    a, b = sides[0], sides[1]
    if _whole_first(ctx, a, b):
        a, b = b, a
    for mid in metrics[:4]:
        if (share := _share_measured(ctx, a, b, mid)) is not None:
            return share
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
        close = abs(va - vb) <= tolerance * max(abs(va), abs(vb))
        results.append("holds" if close else "fails")
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
