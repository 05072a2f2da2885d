"""Superlative statements: the largest, the smallest, the top, a record, a rank among peers, and
the first or largest of a kind of event."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from shingi.model import (
    Event,
    Metric,
    NumberCompared,
    Observation,
    Pack,
    Period,
    Result,
)
from shingi.normalize.periods import period_of_year
from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.always import every_period
from shingi.pipeline.checks.changes import SOURCE_WINDOW as _SOURCE_WINDOW
from shingi.pipeline.checks.changes import _next_step, growth_siblings, since_an_event, since_an_undated_era
from shingi.pipeline.checks.common import (
    NOW_WORDS,
    STALE_CREDIT_OLDER,
    STALE_CREDIT_PREVIOUS,
    Finding,
    _Ctx,
    _min_result,
    _numbers_for,
    _value_finding,
    balance_side,
    claimed_place,
    compare_place,
    compare_value,
    grade_date,
    loss_on_a_signed_flow,
    other_span,
    peak_inside,
    pick_observations,
    place_since_taken,
    same_days,
    to_unit,
)
from shingi.pipeline.checks.events import _best_event, _names_its_own, _worst_detail, reported_period
from shingi.pipeline.checks.first_since import first_since
from shingi.pipeline.checks.metrics import records_a_change
from shingi.pipeline.checks.two_groups import order_against
from shingi.pipeline.claims.cues import none_past_a_name
from shingi.pipeline.claims.kinds import two_measures_named
from shingi.pipeline.claims.ranks import is_rank_metric
from shingi.pipeline.claims.statement import ClaimedNumber, ClaimedPeriod, Statement
from shingi.pipeline.morphology import content_keys, has_japanese, word_keys
from shingi.pipeline.retrieve import units_compatible

#: The words of a window a happening is first in: 「41年ぶり」, "for the first time in 41 years"
_WINDOW_WORDS = re.compile(r"\d+年(?:余り|あまり|超)?ぶり|(?i:first\s+time\s+in\s+\S+\s+(?:years?|decades?))")
#: A window said alone: 「41年ぶりのことだった」「41年ぶりだ」, "the first time in 41 years"
_WINDOW_ALONE = re.compile(
    r"^\W*(?:実に|じつに|約|およそ)?\d+年(?:余り|あまり)?ぶり(?:のこと)?(?:だった|だ|です|でした|となった)?\W*$"
    r"|(?i:^\W*(?:it|this|that)\s+(?:was|is)\s+(?:the\s+)?first\s+(?:time\s+)?in\s+\S+\s+"
    r"(?:years?|decades?)\W*$)"
)


def _window_alone(st: Statement) -> bool:
    """A statement that is only a window (``_WINDOW_ALONE``): no figure, change or comparison."""
    return not st.numbers and not st.cues & {"up", "down", "exceed", "trail"} and bool(
        _WINDOW_ALONE.search(st.span)
    )


#: 「…で最も多いのはZだ」「最も多かったのはZで」: the cleft names what is ranked after のは (Z)
_CLEFT_JA = re.compile(r"最も[^、。]{0,8}?(?:の|ん)は、?(?P<z>[^、。]+?)(?:だった|でした|です|だ|で|。|$)")


def _cleft_names_nothing(ctx: _Ctx) -> Finding | None:
    """「ローソンで働く外国人アルバイトで最も多いのはベトナム出身の留学生だ」: the ranked one is said after
    のは; when it names no entity or measure of the pack, what the pack could rank is another thing
    (the place before で is where the ranking is made, not its subject): unknown."""
    m = _CLEFT_JA.search(ctx.st.span)
    if (
        m is None
        # 「最も多かったのは1970年で」: a period is ranked (the entity's own series)
        or re.search(r"\d|年|月|時代|ごろ|頃|期", m.group("z"))
        or ctx.index.find_entities(m.group("z"))
        or ctx.index.find_metrics(m.group("z"))
    ):
        return None
    return Finding("unknown", ctx.t(
        f"主張が一番とする「{m.group('z')}」はパックにない: パックはそれを順位づけられない。",
        f"What the claim ranks first ('{m.group('z')}') is not in the pack: the pack cannot rank it.",
    ), [])


#: A superlative right after a window's start: 「1945年以降で最も」「2014年以来最も」「統計開始以来で最大」
_SINCE_THEN_MOST_JA = re.compile(r"(?:以降|以来)(?:で|の中で)?(?:最も|最[高多大低少小])")
#: A comparison with every other time: "than at any time since", "than at any point in", "than ever"
_THAN_ANY_TIME = re.compile(
    r"(?i)\bthan\s+(?:at|in)\s+any\s+(?:other\s+|previous\s+|earlier\s+)?(?:time|point|moment)\b"
    r"|\bthan\s+ever\b"
)


def _superlative(ctx: _Ctx) -> Finding | None:
    st, pack = ctx.st, ctx.pack
    cues = st.cues
    cleft = _cleft_names_nothing(ctx)
    if cleft is not None:
        return cleft
    history = _place_in_its_own_history(ctx)
    if history is not None:
        return history
    if cues & {"sup_record", "sup_first"} and cues & {"exceed", "trail"}:
        # 「41年ぶりに雑誌を上回った」, "outsold magazines for the first time in 41 years": the
        # comparison is what is first in the window, not a record of either side
        crossing = first_crossing(ctx)
        if crossing is not None:
            return crossing
        if _WINDOW_WORDS.search(st.span) and not (
            _RECORD_HIGH_WORD.search(st.span)
            or _RECORD_LOW_WORD.search(st.span)
            or lx.has(lx.SUP_RECORD, _WINDOW_WORDS.sub(" ", st.span))
        ):
            # 「本の売り上げが雑誌を上回ったのは2016年で、41年ぶりのことだった」 with a side the pack
            # cannot find: the window is the comparison's, and no record word of a side is said
            # (a linguistic reason: ぶり / "for the first time in" modify the verb of comparison),
            # so neither side's own series is ranked
            return None
    if "sup_record" in cues and _window_alone(st):
        # 「実に41年ぶりのことだった」, "It was the first time in 41 years": a window said alone of the
        # previous statement's happening, with no word of a high or low, says that happening had not
        # happened in the window, not that a value is the series' highest (a linguistic reason)
        return None
    if "sup_record" in cues:
        found = _record(ctx)
        if found is not None:
            return found
    if "sup_first" in cues:
        # "the first deaths since 2000": none in the subject's own series in between
        found = first_since(ctx)
        if found is not None:
            return found
    if "sup_first" in cues:
        # 「初めて70万人を下回った」, "topped $600 billion for the first time": a threshold crossed
        # for the first time in the subject's own series
        found = _first_past(ctx)
        if found is not None:
            return found
    if len(cues & {"sup_max", "sup_min"}) == 1 and any(_own_window(st, p) for p in st.periods):
        # "the most in over three decades", "the highest in 30 years", 「30年ぶりの多さ」: a record
        # within a window of the subject's own series, not a place among its peers
        found = _record(ctx)
        if found is not None:
            return found
    if len(cues & {"sup_max", "sup_min"}) == 1 and _SEASON.search(st.span):
        # "the most for any June", 「6月としては最多」: a record among the same part of other years
        found = _record(ctx)
        if found is not None:
            return found
    if cues & {"sup_max", "sup_min", "sup_top"} or any(n.unit == "rank" for n in st.numbers):
        # 「全国で最も低かった」, "the largest chipmaker", 「過去20年で2番目に高い」: a place the pack
        # records itself
        found = _place_on_rank_metric(ctx)
        if found is not None:
            return found
    ranked, scope = _ranked(st, pack)
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
                    or not _same_span(o.period, mine.period)
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
                    f"{ctx.ptext(mine.period)}.",
                )
                return Finding(result_rank, reason, [mine.id])
            if len(peers) < 2:
                continue
            largest_first = _largest_first(metric, cues, st.span)
            if largest_first is None:
                continue  # "the worst" on a measure with no better direction
            ranks = [n for n in st.numbers if n.unit == "rank"]
            if ranks and not is_rank_metric(metric.names, metric.unit):
                return _position(ctx, ent, mid, mine, peers, peer_obs, ranks, not largest_first)
            if not cues & {"sup_max", "sup_min", "sup_top"}:
                continue
            side = balance_side(st, metric) if cues & {"sup_max", "sup_min"} else 0
            if side:
                # "the smallest net outflow of any prefecture" on a net inflow kept signed: only the
                # members on the claimed side of the balance rank; one on the other side had no
                # outflow at all (§4.8)
                on_side = _on_the_side(ctx, ent, mid, mine, peers, side)
                if on_side is not None:
                    return on_side
                peers = {e: v for e, v in peers.items() if (v < 0) == (side < 0) and v != 0}
                if len(peers) < 2 and "sup_max" in cues and "sup_min" not in cues:
                    # the only one with an outflow has the largest (the others had none)
                    return Finding("holds", ctx.t(
                        f"{ctx.mname(mid)}（{ctx.ptext(mine.period)}）: 主張の側にあるのは"
                        f"{ctx.ename(ent)}（{ctx.q(mine.value.value, mine.unit)}）だけ。",
                        f"{ctx.mname(mid)} ({ctx.ptext(mine.period)}): only {ctx.ename(ent)} "
                        f"({ctx.q(mine.value.value, mine.unit)}) is on the claimed side of the balance.",
                    ), sorted(set(peer_obs), key=peer_obs.index))
                if len(peers) < 2:
                    return Finding("unknown", ctx.t(
                        f"{ctx.mname(mid)}（{ctx.ptext(mine.period)}）: "
                        "主張の側にある値は2つ未満で、順位はつかない。",
                        f"{ctx.mname(mid)} ({ctx.ptext(mine.period)}): fewer than two members are on the "
                        "claimed side of the balance; there is no ranking.",
                    ), [])
            if side < 0 and not _WORST.search(st.span):
                # "the largest net outflow of any prefecture" on a net inflow kept signed, 「赤字が
                # 最も大きい」 on a balance: the largest outflow or deficit is the lowest value (§4.8)
                largest_first = not largest_first
            want_max = largest_first
            top = (max if want_max else min)(peers.items(), key=lambda kv: (kv[1], kv[0]))
            result: Result = "holds" if top[0] == ent or peers[ent] == top[1] else "fails"
            if result == "holds" and not side:
                partial = _partial_set(ctx, ent, mid, mine, peers, want_max, scope)
                if partial is not None:
                    return partial
            ranking = sorted(peers.items(), key=lambda kv: (-kv[1] if want_max else kv[1], kv[0]))
            listing = ", ".join(f"{ctx.ename(e)} {ctx.q(v, mine.unit)}" for e, v in ranking)
            reason = ctx.t(
                f"{ctx.mname(mid)}（{ctx.ptext(mine.period)}）: {listing}。",
                f"{ctx.mname(mid)} ({ctx.ptext(mine.period)}): {listing}.",
            )
            # "the most of any prefecture, over 12,000 of them": the level said beside the place
            # is checked on the subject's own value
            level: list[Result] = []
            given: list[Result] = []
            ncs: list[NumberCompared] = []
            for n in _numbers_for(st, metric.unit, pack, metric.names, metric.kind):
                if n.role in ("from", "whole", "by") or n.unit == "rank":
                    continue
                got = _value_finding(ctx, n, mine, f"{ctx.ename(ent)} {ctx.mname(mid)}")
                if got:
                    (given if given_figure(st, n) else level).append(got[0])
                    ncs.append(got[1])
            final, credit = rank_and_level(result, level, given)
            evidence = sorted(set(peer_obs), key=peer_obs.index)
            return Finding(final, reason, evidence, ncs, credit=credit)
    over_time = _over_its_own_series(ctx)
    if over_time is not None:
        return over_time
    if (
        len(cues & {"sup_max", "sup_min"}) == 1
        and any(p.role == "since" for p in st.periods)
        and _SINCE_THEN_MOST_JA.search(st.span)
    ):
        # 「1945年以降で最も少ない」「2014年以来最も高い」 with no period ranked: the extreme of the
        # subject's own series since that period now, a record over a window (as "the lowest since
        # 2014" is), not a place among peers nor among events
        found = _record(ctx)
        if found is not None:
            return found
    if _THAN_ANY_TIME.search(st.span):
        # "fewer … today than at any time since 1945", "higher than ever": the standard of the
        # comparison is a time, so what is compared is a measure at its times (a series), never
        # the amounts of events (a linguistic reason)
        return None
    if lx.has(lx.NONE_PAST, st.span):
        # "No prefecture sees more marriages than Akita": the one after than / as is ranked among
        # the others of its kind the words name, never among events (a linguistic reason: the
        # negated comparison's two sides are of one kind)
        return None
    return _superlative_event(ctx)


def _comparison_sides(ctx: _Ctx) -> tuple[str, str, str, str] | None:
    """The two sides of a comparison as (entity, measure) pairs, the subject first: one entity's
    two measures in the order named (「書籍の販売額が…雑誌を上回った」), else two entities on the
    first measure both hold."""
    st, pack = ctx.st, ctx.pack
    metrics = [pack.metrics[m] for m in st.metrics if m in pack.metrics]
    second_holds = len(st.entities) > 1 and ctx.lookup.observes(st.entities[1], st.metrics[:4])
    if st.entities and not second_holds:
        named = two_measures_named(st, metrics) if st.entities else None
        if named is not None:
            return st.entities[0], named[0].id, st.entities[0], named[1].id
        return None
    if len(st.entities) >= 2:
        a, b = st.entities[0], st.entities[1]
        for mid in st.metrics[:4]:
            if ctx.index.observations(a, mid) and ctx.index.observations(b, mid):
                return a, mid, b, mid
    return None


def first_crossing(ctx: _Ctx) -> Finding | None:
    """A comparison said to hold for the first time in a window (「2016年、書籍の販売額が41年ぶりに
    雑誌を上回った」, "books outsold magazines for the first time in 41 years", "for the first time
    since 1975"): the subject is past the other side in the claimed period (else the latest both
    hold), and in no earlier period of the window (same precision) — one such period fails it; a
    window that opens before the values both sides hold leaves it unknown, unless the value's own
    note states the source's window. The window's words name no record of either side (a
    linguistic reason: ぶり / "for the first time in" modifies the verb, here one of comparison; blind
    round 21b books-over-mags-2016 ranked the magazines' own series, a flip). None when a record
    word of its own is said beside it ("…を上回り、過去最高となった") or the sides are not found."""
    st, pack = ctx.st, ctx.pack
    window = next((p for p in st.periods if p.role == "since" and _own_window(st, p)), None)
    if window is None and "sup_first" in st.cues:
        # "for the first time since 1975", 「1975年以来初めて」: the window opens after that year
        window = next((p for p in st.periods if p.role == "since" and not p.inferred), None)
    if window is None:
        return None
    rest = st.span.replace(window.text, " " * len(window.text))
    if any(lx.has(cue, rest) for cue in (lx.SUP_RECORD, lx.SUP_MAX, lx.SUP_MIN, lx.SUP_TOP)):
        return None
    sides = _comparison_sides(ctx)
    if sides is None:
        return None
    a, ma, b, mb = sides
    way = -1 if "trail" in st.cues and "exceed" not in st.cues else 1
    claimed = next((p.period for p in st.periods if p.role != "since"), None)

    def series(ent: str, mid: str) -> dict[tuple[date, date], Observation]:
        ids = ctx.ev.series.get((ent, mid)) or tuple(ctx.index.observations(ent, mid))
        return {
            (o.period.start, o.period.end): o for i in ids if (o := pack.observations[i]).value is not None
        }

    sa, sb = series(a, ma), series(b, mb)
    both = sorted(k for k in sa if k in sb and sa[k].period.precision == sb[k].period.precision)
    if claimed is not None:
        now_keys = [k for k in both if same_days(sa[k].period, claimed)]
    else:
        now_keys = [k for k in both if ctx.as_of is None or sa[k].period.end <= ctx.as_of.end][-1:]
    if not now_keys:
        return None
    key = now_keys[0]
    oa, ob = sa[key], sb[key]
    assert oa.value is not None and ob.value is not None
    conv = to_unit(ob.value.value, ob.unit, oa.unit, pack, ob.period.start.year)
    if conv is None:
        return None

    def ahead(x: Observation, y: Observation) -> bool | None:
        assert x.value is not None and y.value is not None
        c = to_unit(y.value.value, y.unit, x.unit, pack, y.period.start.year)
        return None if c is None else way * x.value.value > way * c[0]

    label_a = f"{ctx.ename(a)}の{ctx.mname(ma)}" if a != b else ctx.mname(ma)
    label_b = f"{ctx.ename(b)}の{ctx.mname(mb)}" if a != b else ctx.mname(mb)
    en_a = f"{ctx.ename(a)}'s {ctx.mname(ma)}" if a != b else ctx.mname(ma)
    en_b = f"{ctx.ename(b)}'s {ctx.mname(mb)}" if a != b else ctx.mname(mb)
    said = ctx.t(
        f"{ctx.ptext(oa.period)}: {label_a} {ctx.q(oa.value.value, oa.unit)}、{label_b} "
        f"{ctx.q(ob.value.value, ob.unit)}。",
        f"{ctx.ptext(oa.period)}: {en_a} {ctx.q(oa.value.value, oa.unit)}, {en_b} "
        f"{ctx.q(ob.value.value, ob.unit)}.",
    )
    if not ahead(oa, ob):
        return Finding("fails", said, [oa.id, ob.id])
    if window.inferred and claimed is not None:
        now = ctx.claim.now if ctx.claim is not None else None
        n_years = (now.end.year if now is not None else claimed.end.year) - window.period.start.year
        since_end = date(oa.period.start.year - n_years, 12, 31)
    else:
        since_end = window.period.end
    earlier = [k for k in both if sa[k].period.end < oa.period.start and sa[k].period.start > since_end
               and sa[k].period.precision == oa.period.precision]
    for k in reversed(earlier):
        if ahead(sa[k], sb[k]):
            x, y = sa[k], sb[k]
            assert x.value is not None and y.value is not None
            return Finding("fails", said + ctx.t(
                f" だが窓の中の{ctx.ptext(x.period)}にも上回っていた（{ctx.q(x.value.value, x.unit)}、"
                f"{ctx.q(y.value.value, y.unit)}）: 初めてではない。"
                if way > 0 else
                f" だが窓の中の{ctx.ptext(x.period)}にも下回っていた（{ctx.q(x.value.value, x.unit)}、"
                f"{ctx.q(y.value.value, y.unit)}）: 初めてではない。",
                f" But it was already so in {ctx.ptext(x.period)} ({ctx.q(x.value.value, x.unit)} against "
                f"{ctx.q(y.value.value, y.unit)}), inside the window: not the first time.",
            ), [oa.id, ob.id, x.id, y.id])
    first = min((sa[k] for k in both if sa[k].period.precision == oa.period.precision),
                key=lambda o: o.period.start)
    # every year of the window held by both sides (a gap may hide a year it was already so, as for
    # "never past a bound since", §4.7); other precisions only by the source's own window
    held_years = {sa[k].period.start.year for k in earlier}
    covered = oa.period.precision in ("year", "fiscal_year") and all(
        y in held_years for y in range(since_end.year + 1, oa.period.start.year)
    )
    if not covered and not (oa.note and _SOURCE_WINDOW.search(oa.note)):
        return Finding("unknown", said + ctx.t(
            f" 窓の始まりまで両方の値がなく（{ctx.ptext(first.period)}から）、初めてかは判定できない。",
            f" Both sides are held only from {ctx.ptext(first.period)}, after the window opens: whether "
            "it is the first time cannot be settled.",
        ), [oa.id, ob.id])
    return Finding("holds", said + ctx.t(
        " 窓の中のそれ以前の期間には上回っていない。" if way > 0
        else " 窓の中のそれ以前の期間には下回っていない。",
        " It was not so in any earlier period of the window.",
    ), [oa.id, ob.id])


def _on_the_side(
    ctx: _Ctx, ent: str, mid: str, mine: Observation, peers: dict[str, float], side: int
) -> Finding | None:
    """The subject of "the largest net outflow" / 「転出超過が最も多い」 on a balance kept signed when
    its own value is on the other side (an inflow, a surplus): it had none of what the claim ranks,
    so the claim fails; None when it is on the claimed side."""
    mine_v = peers.get(ent)
    if mine_v is None or ((mine_v < 0) == (side < 0) and mine_v != 0):
        return None
    said = ctx.t("赤字・流出" if side < 0 else "黒字・流入",
                 "a deficit or outflow" if side < 0 else "a surplus or inflow")
    reason = ctx.t(
        f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(mine.period)}に{ctx.q(mine_v, mine.unit)}で、"
        f"主張の側（{said}）にない。",
        f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {ctx.q(mine_v, mine.unit)} in {ctx.ptext(mine.period)}: "
        f"not {said}, the side the claim ranks.",
    )
    return Finding("fails", reason, [mine.id])


def _same_span(a: Period, b: Period) -> bool:
    """Periods of one kind of span: the same precision, or a fiscal and a calendar year (Japan's
    FY2018 beside other countries' 2018: a pack may keep each country's own convention)."""
    return a.precision == b.precision or {a.precision, b.precision} == {"year", "fiscal_year"}


#: A place counted over a history, not among peers: "the second-largest on record", "the third-
#: highest ever", "in its history", 「過去2番目」「歴代2位」「史上3番目」
_HISTORY_FRAME = re.compile(
    r"(?i:\bon\s+record\b|\bever\b|\bin\s+(?:its|their|our|the\s+country's)\s+history\b|\ball[- ]time\b"
    r"|\bsince\s+records\s+began\b)|過去|歴代|史上|統計開始以来|観測史上|記録が残る"
)


def _place_in_its_own_history(ctx: _Ctx) -> Finding | None:
    """「Y年度のAは過去2番目の大きさ」, "the fiscal Y value of A was the second-largest on
    record", 「歴代2位」 of one subject with no place where it is ranked: the claimed period's value
    placed among every value of its own series (same precision, to the claim's date; inside the
    window when one is said). A linguistic reason: "on record", 過去, 歴代 count the periods of the
    subject's own history, as a record does (§8.1). A place found below the claimed one fails it
    (one off is partly: more values can only push it further down); the claimed place found
    holds; a place found above the claimed one is not settled (the pack's series may leave out
    earlier values that would push it down)."""
    st, pack = ctx.st, ctx.pack
    places = [
        n for n in st.numbers if n.unit == "rank" and n.comparator == "exactly" and n.quantity.value >= 2
    ]
    owners = [e for e in st.entities if e not in st.scope]
    claimed = [p.period for p in st.periods if p.role is None]
    since = next((p.period for p in st.periods if p.role == "since"), None)
    if len(places) != 1 or st.scope or len(owners) != 1 or len(claimed) > 1 or st.group is not None:
        return None
    if not _HISTORY_FRAME.search(st.span):
        return None
    n = places[0]
    for mid in st.metrics[:2]:
        metric = pack.metrics[mid]
        ids = ctx.ev.series.get((owners[0], mid))
        if not ids or is_rank_metric(metric.names, metric.unit):
            continue
        at = [o for o in pick_observations(pack, ids, claimed[0] if claimed else None) if o.value is not None]
        if not at:
            continue
        mine = at[0]
        assert mine.value is not None
        sign = _record_sign(st.span, metric.higher_is_better, "up" in st.cues, "down" in st.cues)
        if balance_side(st, metric) < 0 or loss_on_a_signed_flow(st, metric, pack, ids):
            sign = -sign  # the second-largest deficit on a balance kept signed: the second-lowest
        others = [
            o for i in ids
            if (o := pack.observations[i]).id != mine.id and o.value is not None
            and o.period.precision == mine.period.precision
            and (since is None or o.period.start >= since.start)
        ]
        if len(others) < n.quantity.value:
            continue
        ahead = sorted(
            (o for o in others if o.value is not None and sign * o.value.value > sign * mine.value.value),
            key=lambda o: -sign * (o.value.value if o.value else 0.0),
        )
        place = len(ahead) + 1
        said = int(n.quantity.value)
        result: Result = (
            "holds" if place == said
            else "unknown" if place < said
            else "partly" if place == said + 1
            else "fails"
        )
        word = ("高い" if sign > 0 else "低い", "highest" if sign > 0 else "lowest")
        first = min(others, key=lambda o: o.period.start)
        listing = ", ".join(f"{ctx.ptext(o.period)} {ctx.q(o.value.value if o.value else 0.0, o.unit)}"
                            for o in ahead[:5])
        reason = ctx.t(
            f"{ctx.ename(owners[0])}の{ctx.mname(mid)}は{ctx.ptext(mine.period)}に"
            f"{ctx.q(mine.value.value, mine.unit)}で、{ctx.ptext(first.period)}以降の{len(others) + 1}期間中"
            f"{place}番目に{word[0]}（主張: {said}番目）。" + (f"上位: {listing}。" if listing else ""),
            f"{ctx.ename(owners[0])}'s {ctx.mname(mid)} was {ctx.q(mine.value.value, mine.unit)} in "
            f"{ctx.ptext(mine.period)}: number {place} ({word[1]} first) of {len(others) + 1} periods since "
            f"{ctx.ptext(first.period)} (claimed: number {said})."
            + (f" Ahead: {listing}." if listing else ""),
        )
        if result == "unknown":
            reason += ctx.t(
                " パックの系列より前の値が順位を下げうる。",
                " Values before the pack's series may push it further down.",
            )
        used = [mine.id, *(o.id for o in ahead[:5])]
        nc = NumberCompared(
            ctx.t("順位", "place"), float(said), n.text, float(place), "rank", tuple(used), "exactly"
        )
        # one place off: the claim's point (the place) is wrong, though near, as a "first" that is
        # not the first (``_first_past``): partly, a quarter of the credit
        return Finding(result, reason, used, [nc], credit=0.25 if result == "partly" else None)
    return None


def _over_its_own_series(ctx: _Ctx) -> Finding | None:
    """「交通事故の死者が最も多かったのは1970年で」, "deaths were highest in 1970": a largest or
    smallest said of one entity, with no peers to rank among, at one claimed period ranks the
    periods of its own series (every value of that precision, before and after)."""
    st, pack = ctx.st, ctx.pack
    cues = st.cues & {"sup_max", "sup_min"}
    owners = [e for e in st.entities if e not in st.scope]
    claimed = [p.period for p in st.periods if p.role is None]
    since = next((p.period for p in st.periods if p.role == "since"), None)
    if len(cues) != 1 or len(owners) != 1 or len(claimed) != 1 or st.group is not None:
        return None
    undated = since_an_undated_era(ctx)
    if undated is not None:
        # 「コロナ後で最も多く」, "the highest since the pandemic": the periods ranked are those after
        # an event the pack does not date; ranking the whole series answers another question
        return undated
    after = since_an_event(st.span) if since is None else None
    if after is not None:
        # an event the pack dates: its window is not placed here either; the whole series is no answer
        return Finding("unknown", ctx.t(
            f"主張は「{after[1]}」からの期間での順位を述べるが、その期間はここでは読まない。",
            f"The claim ranks the periods after '{after[1]}'; the whole series does not settle that.",
        ), [])
    bare_most = all(h.text.lower() in ("most", "the most") for h in lx.find(lx.SUP_MAX, st.span))
    if "sup_max" in cues and bare_most:
        return None  # "Most people who died …": a majority, no ranking
    for mid in st.metrics[:2]:
        ids = ctx.ev.series.get((owners[0], mid))
        if not ids or is_rank_metric(pack.metrics[mid].names, pack.metrics[mid].unit):
            continue
        want_max = "sup_max" in cues
        if "down" in st.cues and "up" not in st.cues and (
            pack.metrics[mid].kind == "growth" or records_a_change(pack.metrics[mid])
        ):
            # 「落ち込みが最も大きかったのは2023年1月」 on a measure of change: the largest fall is
            # its lowest value (as for a record, §4.8)
            want_max = not want_max
        if balance_side(st, pack.metrics[mid]) < 0 or loss_on_a_signed_flow(st, pack.metrics[mid], pack, ids):
            # "its biggest trade deficit ever in 2022" on a balance kept signed, "the biggest loss"
            # on a return kept signed: the largest deficit or loss is the lowest value (§4.8)
            want_max = not want_max
        at = [o for o in pick_observations(pack, ids, claimed[0]) if o.value is not None]
        if not at:
            continue
        mine = at[0]
        assert mine.value is not None
        series = [pack.observations[i] for i in ids]
        others = [o for o in series if o.id != mine.id and o.value is not None
                  and o.period.precision == mine.period.precision
                  # 「2011年度以降で最も高かった」: only the window's periods
                  and (since is None or o.period.start >= since.start)]
        if len(others) < 2:
            continue
        top = (max if want_max else min)(others, key=lambda o: o.value.value if o.value else 0.0)
        assert top.value is not None
        beaten = top.value.value > mine.value.value if want_max else top.value.value < mine.value.value
        results: list[Result] = ["fails" if beaten else "holds"]
        ncs: list[NumberCompared] = []
        metric = pack.metrics[mid]
        for n in _numbers_for(st, metric.unit, pack, metric.names, metric.kind):
            got = _value_finding(ctx, n, mine, f"{ctx.ename(owners[0])} {ctx.mname(mid)}")
            if got:
                results.append(got[0])
                ncs.append(got[1])
        word = ("最大" if want_max else "最小", "highest" if want_max else "lowest")
        reason = ctx.t(
            f"{ctx.ename(owners[0])}の{ctx.mname(mid)}は{ctx.ptext(mine.period)}に"
            f"{ctx.q(mine.value.value, mine.unit)}、他の{len(others)}期間の{word[0]}は"
            f"{ctx.ptext(top.period)}の{ctx.q(top.value.value, top.unit)}。",
            f"{ctx.ename(owners[0])}'s {ctx.mname(mid)} was {ctx.q(mine.value.value, mine.unit)} in "
            f"{ctx.ptext(mine.period)}; the {word[1]} of its {len(others)} other periods was "
            f"{ctx.q(top.value.value, top.unit)} ({ctx.ptext(top.period)}).",
        )
        return Finding(_min_result(results), reason, [mine.id, top.id], ncs)
    return None


_CROSSING = frozenset({"more_than", "at_least", "less_than", "at_most"})
#: A figure said to be reached (hit, reached, 〜に達した: ``about``, not approximate): with "for the
#: first time" it is a threshold, at least the number ("hit 7 million for the first time")
_REACHED = re.compile(r"(?i)^(?:hit|hits|reached|reaches|reach|reaching)\b|に達")


def _as_threshold(n: ClaimedNumber, down: bool = False) -> ClaimedNumber:
    """A number said to be reached, read as the threshold it claims to be past (at least it); so
    is a plain figure had for the first time ("For the first time, 25 million people are working":
    a level first had is a level first reached; at most it after a fall, or where lower is better)."""
    if n.comparator == "about" and not n.quantity.approx and _REACHED.search(n.text):
        return replace(n, comparator="at_least")
    if n.comparator == "exactly" and not n.quantity.approx and n.role is None:
        return replace(n, comparator="at_most" if down else "at_least")
    return n


#: A verb of reaching right after a figure: 「3兆円規模に達した」「3兆円の大台に乗った」
_REACHED_AFTER_JA = re.compile(
    r"^\s*(?:(?:規模|台|の大台|ライン|の水準)\s*)?(?:に達|に到達|に乗|を突破|を超)"
)


def _reached_after(st: Statement, n: ClaimedNumber) -> ClaimedNumber:
    """An approximate figure a verb of reaching follows (「初めて3兆円規模に達した」): the scale
    first reached is a line, at least the figure (as "hit 7 million for the first time" is)."""
    at = n.end - st.start
    if n.comparator == "about" and 0 <= at <= len(st.span) and _REACHED_AFTER_JA.search(st.span[at:]):
        return replace(n, comparator="at_least")
    return n


def _series_owners(ctx: _Ctx, mid: str) -> list[str]:
    """The statement's first entity, and the second when the first keeps no series of the measure
    and is not a comparand: "X's W" is W's series, X its owner's owner (as ``_record`` reads "X's
    A with Y")."""
    st = ctx.st
    owners = list(st.entities[:1])
    if (
        owners
        and len(st.entities) > 1
        and not (ctx.ev.series.get((owners[0], mid)) or ctx.index.observations(owners[0], mid))
        and not _is_comparand_at(ctx, st.entities[1])
    ):
        owners.append(st.entities[1])
    return owners


def _first_past(ctx: _Ctx) -> Finding | None:
    """A threshold crossed for the first time (「初めて70万人を下回った」, "topped $600 billion for the
    first time in 2024", "first time above 1 %"): the subject's value in the claimed period (else
    its latest) is past the number, and no earlier value of its series (same precision) is. Past
    it but not for the first time: partly, credit 0.25 (the claim's point, "first", is wrong).
    None when the statement names no threshold or the series has no earlier value."""
    st, pack = ctx.st, ctx.pack
    for mid in st.metrics[:4]:
        metric = pack.metrics[mid]
        if _is_rank(metric):
            continue
        numbers = _numbers_for(st, metric.unit, pack, metric.names, metric.kind)
        # a level first had on a measure where lower is better, or after a fall word, is reached from above
        down = "down" in st.cues or metric.higher_is_better is False
        numbers = [
            m for n in numbers if (m := _as_threshold(_reached_after(st, n), down)).comparator in _CROSSING
        ]
        if not numbers:
            continue
        for ent in _series_owners(ctx, mid):
            ids = ctx.ev.series.get((ent, mid)) or tuple(ctx.index.observations(ent, mid))
            now = [o for o in pick_observations(pack, ids, st.period) if o.value is not None]
            if not now:
                continue
            mine = now[0]
            earlier = _earlier_values(pack, ids, mine)
            if not earlier:
                continue
            results: list[Result] = []
            ncs: list[NumberCompared] = []
            before: list[Observation] = []
            for n in numbers:
                got = _value_finding(ctx, n, mine, f"{ctx.ename(ent)} {ctx.mname(mid)}")
                if got is None:
                    continue
                results.append(got[0])
                ncs.append(got[1])
                before += [o for o in earlier if (r := _value_finding(ctx, n, o, "")) and r[0] == "holds"]
            if not results:
                continue
            result = _min_result(results)
            credit = None
            first = min(before, key=lambda o: o.sort_key) if before else None
            if result == "holds" and first is not None:
                result, credit = "partly", 0.25
            said = ", ".join(n.text for n in numbers)
            value = ctx.q(mine.value.value, mine.unit) if mine.value else ""
            span = f"{ctx.ptext(min(earlier, key=lambda o: o.period.start).period)}–{ctx.ptext(mine.period)}"
            if first is not None:
                tail = ctx.t(
                    f"ただし{ctx.ptext(first.period)}にも既に越えていた（初めてではない）。",
                    f" It was already past it in {ctx.ptext(first.period)}: not the first time.",
                )
            else:
                tail = ctx.t(
                    f"それ以前（{span}の系列）には越えた年がない。",
                    f" No earlier value of the series ({span}) is past it.",
                )
            who, what, when = ctx.ename(ent), ctx.mname(mid), ctx.ptext(mine.period)
            reason = ctx.t(
                f"{who}の{what}は{when}に{value}（主張: {said}）。",
                f"{who}'s {what} was {value} in {when} (claimed: {said}).",
            ) + tail
            ids_used = [mine.id, *(o.id for o in ([first] if first else earlier[-1:]))]
            return Finding(result, reason, ids_used, ncs, credit=credit)
    return None


#: A rank metric's definition that says place 1 is the lowest value ("1位が最も低い", "1 = lowest").
_ONE_IS_LOW = re.compile(
    r"1\s*位\s*(?:が|は)?\s*(?:最も)?(?:低|少|小)|(?i:\b(?:rank\s*)?1\s*(?:=|is)\s*(?:the\s+)?(?:lowest|smallest|fewest))"
)
_LOW_WORDS = re.compile(
    r"(?i)最も(?:低|少な|小さ)|最低|最少|最小|最下位|ワースト|\b(?:lowest|smallest|fewest|least|last|bottom|worst)\b"
)


def _without_measure_names(ctx: _Ctx) -> str:
    """The statement's words with the names of the measures it names blanked, longest first
    (「最低賃金」 names a measure; its 最低 ranks nothing)."""
    text = ctx.st.span
    names = sorted(
        {n for mid in ctx.st.metrics if mid in ctx.pack.metrics for n in ctx.pack.metrics[mid].names if n},
        key=len,
        reverse=True,
    )
    for name in names:
        text = re.sub(re.escape(name), " " * len(name), text, flags=re.IGNORECASE)
    return text


def _place_on_rank_metric(ctx: _Ctx) -> Finding | None:
    """"The largest / the lowest / the top" said of the subject on a measure the pack also ranks
    (contract 1.1 ``rank`` metric: 1 = first; ``47/47`` = last of 47): the place settles it. The
    rank metric is one the statement names, else the subject's rank metric whose names contain a
    name of the statement's measure (「合計特殊出生率の都道府県順位」 for 合計特殊出生率). A top,
    largest or highest word is place 1; a lowest, smallest, worst or last word is the last place
    (the number ranked) — the other way round when the metric's definition says place 1 is the
    lowest. One place off is partly. None when no rank metric of the subject fits."""
    st, pack = ctx.st, ctx.pack
    # the subject's place; when it has none on the measure, the place of the entity ranked within
    # a country named (「イングランドで住宅価格が最も高い地域は北東部」: the North East's)
    # "America's goods trade deficit with Vietnam was its third-largest": when the subject has no
    # place on the measure, the place is of the partner named with it (the second entity, not a
    # comparand "after China and Mexico")
    partner = st.entities[1:2] if len(st.entities) > 1 and not _is_comparand_at(ctx, st.entities[1]) else ()
    for ent in dict.fromkeys((*st.entities[:1], *_ranked(st, pack)[0], *partner)):
        for mid in _rank_metrics_for(ctx, ent):
            metric = pack.metrics[mid]
            if other_span(st, metric, ctx.as_of):
                continue  # "No. 4 job creator in the last year" is no place on the monthly ranking
            ids = tuple(ctx.index.observations(ent, mid))
            # 「過去20年で」 is the window the place is counted in, not the period of the place
            period = next((p.period for p in st.periods if p.role != "since"), None)
            obs = [o for o in pick_observations(pack, ids, period) if o.value is not None]
            if not obs:
                taken = _place_taken(ctx, ent, mid, period)
                if taken is not None:
                    return taken
                continue
            if period is None:
                # 「導入以来、一貫して最大」: the place of every period of the window
                always = every_period(
                    ctx, ent, mid, ids, lambda o: _place_finding(ctx, ent, mid, o, None)  # noqa: B023
                )
                if always is not None:
                    return always
            found_place = _place_finding(ctx, ent, mid, obs[0], period)
            if found_place is not None:
                return _first_time_at_the_place(ctx, ent, mid, ids, obs[0], found_place)
    return None


#: "for the first time", 「初めて」「初の」: a first of the subject's own series, not the word of a
#: place ("ranked first", 1位)
_FIRST_TIME = re.compile(r"初めて|初の|史上初|(?i:\bfor\s+the\s+first\s+time\b|\bfirst[- ]ever\b)")


def _first_time_at_the_place(
    ctx: _Ctx, ent: str, mid: str, ids: Sequence[str], mine: Observation, found: Finding
) -> Finding:
    """A place said to be had for the first time (「2022年に初めて世界1位になった」, "ranked first for
    the first time in 2019"): the place that holds must not have been had in an earlier period of
    the series (same precision; after a window's start when one is said). Had earlier: partly with
    credit 0.25, as a threshold crossed before (§4.8, the claim's point, "first", is wrong); no
    earlier value: unknown (the pack cannot tell a first). A linguistic reason: 初めて / "for the first
    time" quantify over the earlier periods, the place word over the entities of one period
    (review: a first place read on its year alone was a wrong true)."""
    st, pack = ctx.st, ctx.pack
    if found.result != "holds" or not _FIRST_TIME.search(st.span) or mine.value is None:
        return found
    since = next((p.period for p in st.periods if p.role == "since"), None)
    claimed = [n for n in st.numbers if n.unit == "rank"]

    def at_place(o: Observation) -> bool:
        assert o.value is not None and mine.value is not None
        if claimed:
            return all(compare_place(n, o.value.value, o.rank_of) == "holds" for n in claimed)
        if mine.value.value == 1:
            return o.value.value == 1
        return o.rank_of is not None and o.value.value == o.rank_of

    earlier = [
        o for i in ids
        if (o := pack.observations[i]).value is not None
        and o.period.precision == mine.period.precision
        and o.period.end < mine.period.start
        and (since is None or o.period.start > since.end)
    ]
    if not earlier:
        return Finding("unknown", found.reason + ctx.t(
            " それ以前の順位はパックになく、初めてかは判定できない。",
            " The pack holds no earlier place: whether it is the first time cannot be settled.",
        ), found.evidence)
    before = [o for o in earlier if at_place(o)]
    if before:
        o = min(before, key=lambda x: x.period.start)
        return replace(found, result="partly", credit=0.25, reason=found.reason + ctx.t(
            f" だが{ctx.ptext(o.period)}にも同じ順位（{_place_text(o)}位）で、初めてではない。",
            f" But it already had that place in {ctx.ptext(o.period)} ({_place_text(o)}): not the first "
            "time.",
        ), evidence=[*found.evidence, o.id])
    return found


def _place_finding(ctx: _Ctx, ent: str, mid: str, mine: Observation, period: Period | None) -> Finding | None:
    """The claimed place (a number, or a top or bottom word) against the place ``mine`` records."""
    st, pack = ctx.st, ctx.pack
    metric = pack.metrics[mid]
    assert mine.value is not None
    place, of = mine.value.value, mine.rank_of
    claimed = [n for n in st.numbers if n.unit == "rank"]
    if claimed:
        # 「2番目に高い」, "ranked 48th", 最下位: the claimed place against the recorded one
        results = [compare_place(n, place, of) for n in claimed]
        label = ctx.t("順位", "rank")
        ncs = [
            NumberCompared(label, claimed_place(n, of),
                           n.text, place, "rank", (mine.id,), n.comparator)
            for n in claimed
        ]
        found = f"{place:g}/{of}" if of else f"{place:g}"
        said = ", ".join(n.text for n in claimed)
        who, what, when = ctx.ename(ent), ctx.mname(mid), ctx.ptext(mine.period)
        reason = ctx.t(
            f"{who}の{what}は{when}に{found}位（主張: {said}）。",
            f"{who}'s {what} was {found} in {when} (claimed: {said}).",
        )
        current = period is None and NOW_WORDS.search(st.span)
        if current and len(claimed) == 1 and _min_result(results) == "holds":
            taken = place_since_taken(ctx, ent, mid, mine, claimed[0])
            if taken is not None:
                return taken
        return Finding(_min_result(results), reason, [mine.id], ncs)
    # a low word inside a measure's name is no ranking word (「最低賃金が最も高い」)
    low = bool(_LOW_WORDS.search(_without_measure_names(ctx))) or (
        "sup_min" in st.cues and "sup_max" not in st.cues
    )
    if metric.definition and _ONE_IS_LOW.search(metric.definition):
        low = not low
    if low:
        if of is None:
            return None
        target = float(of)
    else:
        target = 1.0
    # a top or bottom word claims that place itself: second is not the largest, as on
    # the values (a place said as a number, "49th" for 48th, may be one off)
    result: Result = "holds" if place == target else "fails"
    found = _place_text(mine)
    reason = ctx.t(
        f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(mine.period)}に{found}位"
        f"（主張: {'最下位' if low else '1位'}）。",
        f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {found} in {ctx.ptext(mine.period)} "
        f"(claimed: {'last' if low else 'first'}).",
    )
    ncs = [NumberCompared(ctx.t("順位", "rank"), target, ctx.t("最下位", "last") if low else "1",
                          place, "rank", (mine.id,), "exactly")]
    if result == "holds" and period is None and NOW_WORDS.search(st.span):
        taken = place_since_taken(ctx, ent, mid, mine, target)
        if taken is not None:
            return taken
    if result == "fails" and period is None and NOW_WORDS.search(st.span):
        ids = tuple(ctx.index.observations(ent, mid))
        stale = _place_out_of_date(ctx, ent, mid, ids, mine, low)
        if stale is not None:
            return stale
    return Finding(result, reason, [mine.id], ncs)


def _is_comparand_at(ctx: _Ctx, ent: str) -> bool:
    """Whether the entity's first mention in the statement follows "after / behind / than" or comes
    before より (what the subject is ranked after or compared with, not the one ranked)."""
    st = ctx.st
    hit = next((h for h in ctx.index.find_entities(st.span) if h.id == ent), None)
    if hit is None:
        return True
    before = st.span[max(0, hit.start - 16) : hit.start]
    return st.span[hit.end : hit.end + 2] == "より" or bool(
        re.search(r"(?i)\b(?:after|behind|than|below|above|only to)\s+(?:the\s+)?$", before)
    )


def _place_taken(ctx: _Ctx, ent: str, mid: str, period: Period | None) -> Finding | None:
    """「2025年も徳島県が全国最多」 when the pack records no place of the subject that year but
    another entity's first place (or last, for a low word) on the same rank metric: one entity holds
    a place unless the pack records a tie, so the claim fails (blind jp-traffic-deaths tokushima2025;
    a linguistic and arithmetic reason)."""
    st, pack = ctx.st, ctx.pack
    if period is None or [n for n in st.numbers if n.unit == "rank"]:
        return None
    low = bool(_LOW_WORDS.search(_without_measure_names(ctx))) or (
        "sup_min" in st.cues and "sup_max" not in st.cues
    )
    metric = pack.metrics[mid]
    if metric.definition and _ONE_IS_LOW.search(metric.definition):
        low = not low
    for oid in ctx.index.observations(metric=mid):
        o = pack.observations[oid]
        if o.entity == ent or o.value is None or not (period.contains(o.period) or o.period == period):
            continue
        target = float(o.rank_of) if low and o.rank_of else None if low else 1.0
        if target is None or o.value.value != target:
            continue
        who, what, when = ctx.ename(o.entity), ctx.mname(mid), ctx.ptext(o.period)
        return Finding(
            "fails",
            ctx.t(
                f"{when}の{what}で{'最下位' if low else '1位'}は{who}（{_place_text(o)}位）: "
                f"{ctx.ename(ent)}ではない。",
                f"In {when} the {'last' if low else 'first'} place on {what} is {who}'s ({_place_text(o)}), "
                f"not {ctx.ename(ent)}'s.",
            ),
            [o.id],
        )
    return None


def _place_text(o: Observation) -> str:
    """A recorded place as the reason shows it: ``3/10`` (of how many, when the pack says), ``3``."""
    place = o.value.value if o.value is not None else 0.0
    return f"{place:g}/{o.rank_of}" if o.rank_of else f"{place:g}"


def _place_out_of_date(
    ctx: _Ctx, ent: str, mid: str, ids: Sequence[str], latest: Observation, low: bool
) -> Finding | None:
    """A top or bottom place said as current ("Right now, China sends more visitors than any
    other country") that the latest value at the claim's date does not have but an earlier one
    of the series did: right once, out of date now (§4.11; credit as for a figure)."""
    pack = ctx.pack
    earlier = sorted(
        (
            o
            for i in ids
            if (o := pack.observations[i]).value is not None
            and o.period.end < latest.period.start
            and o.period.precision == latest.period.precision
        ),
        key=lambda o: (o.period.end, o.sort_key),
        reverse=True,
    )
    for back, o in enumerate(earlier):
        assert o.value is not None
        target = float(o.rank_of) if low and o.rank_of else 1.0
        if low and not o.rank_of:
            return None
        if o.value.value != target:
            continue
        credit = STALE_CREDIT_PREVIOUS if back == 0 else STALE_CREDIT_OLDER
        assert latest.value is not None
        now, then = _place_text(latest), _place_text(o)
        reason = ctx.t(
            f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(o.period)}には{then}位で主張と合うが、"
            f"主張の時点での最新は{now}位（{ctx.ptext(latest.period)}）: 古い情報。",
            f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {then} in {ctx.ptext(o.period)}, as claimed, but "
            f"{now} at the claim's date ({ctx.ptext(latest.period)}): out of date.",
        )
        ncs = [NumberCompared(ctx.t("順位", "rank"), target, ctx.t("最下位", "last") if low else "1",
                              latest.value.value, "rank", (latest.id,), "exactly")]
        return Finding("partly", reason, [o.id, latest.id], ncs, credit=credit)
    return None


def _partial_set(
    ctx: _Ctx,
    ent: str,
    mid: str,
    mine: Observation,
    peers: dict[str, float],
    want_max: bool,
    scope: set[str],
) -> Finding | None:
    """"X has the highest A in the whole of region R" ranked on the latest period's rows when the
    pack holds the measure for members that period leaves out (Y and Z only in an earlier year):
    the set ranked is a part of the set the claim names, so a
    first place in it is not one in the whole (a linguistic reason: a superlative ranges over its
    whole domain). When a left-out member's latest earlier value would beat the subject's, nothing
    settles it (docs/verdict-rules.md §4.17, "A ranking over a set the rows do not cover"); else
    None."""
    pack = ctx.pack
    kind = pack.entities[ent].kind
    assert mine.value is not None
    beaten: dict[str, tuple[float, Observation]] = {}
    for oid in ctx.index.observations(metric=mid):
        o = pack.observations[oid]
        other = pack.entities.get(o.entity)
        if (
            o.value is None
            or o.entity in peers
            or other is None
            or other.kind != kind
            or (scope and other.country not in scope)
            or o.period.end > mine.period.end
        ):
            continue
        conv = to_unit(o.value.value, o.unit, mine.unit, pack, o.period.start.year)
        if conv is None:
            continue
        held = beaten.get(o.entity)
        if held is None or o.period.end > held[1].period.end:
            beaten[o.entity] = (conv[0], o)
    ahead = {
        e: (v, o) for e, (v, o) in beaten.items()
        if (v > mine.value.value if want_max else v < mine.value.value)
    }
    if not ahead:
        return None
    covered = len(peers)
    left_out = sorted(ahead.items())
    said = [(ctx.ename(e), ctx.q(v, mine.unit), ctx.ptext(o.period)) for e, (v, o) in left_out]
    listing_ja = "、".join(f"{e} {v}（{p}）" for e, v, p in said)
    listing_en = ", ".join(f"{e} {v} ({p})" for e, v, p in said)
    return Finding("unknown", ctx.t(
        f"{ctx.mname(mid)}（{ctx.ptext(mine.period)}）: パックのこの時期の値は{covered}件だけで、"
        f"{ctx.ename(ent)}が最上位なのはその中でのこと。この時期に値のない{listing_ja}を含めると順位は決まらない。",
        f"{ctx.mname(mid)} ({ctx.ptext(mine.period)}): the pack's rows of that period cover only {covered} "
        f"members, and {ctx.ename(ent)} leads only among them; {listing_en}, with no value of that period, "
        "would rank ahead: the ranking over the whole set is not settled.",
    ), [mine.id, *(o.id for _, o in ahead.values())])


def _ranked(st: Statement, pack: Pack) -> tuple[tuple[str, ...], set[str]]:
    """Who a ranking ranks, and among whose entities: the statement's subject, not any entity it
    names; an entity ranked with a country named ("South Korea's largest maker", "among Korean
    makers", 「イングランドで住宅価格が最も高い地域は北東部」) is ranked among that country's entities,
    on a place the pack records or on the values."""
    if none_past_a_name(st.span) is not None:
        # "No country in region R has a bigger A … than X": the
        # comparand (put first by the parser) is ranked, the words before it say among whom
        return st.entities[:1], set()
    countries = [e for e in st.entities if pack.entities[e].kind == "country"]
    others = [e for e in st.entities if pack.entities[e].kind != "country"]
    if countries and others:
        return tuple(others[:1]), set(countries)
    return st.entities[:1], set()


def _rank_metrics_for(ctx: _Ctx, ent: str) -> list[str]:
    """The rank metrics that say the subject's place on what the statement ranks: those it names,
    then those whose names contain a name of a measure it names."""
    st, pack = ctx.st, ctx.pack
    observed = ctx.lookup.metrics_of((ent,))
    named = [m for m in st.metrics if m in observed and _is_rank(pack.metrics[m])]
    measures = [pack.metrics[m] for m in st.metrics if not _is_rank(pack.metrics[m])]
    def of(x: Metric, m: str) -> bool:
        return any(len(n) >= 2 and n in r for n in x.names for r in pack.metrics[m].names)

    def primary(x: Metric, m: str) -> bool:
        # the measure's own name (not an alias) inside the place's: 「ホームレス数」 in 「ホームレス数の
        # 州別順位」, where 「ホームレス」 is in the rate's place too
        return any(n and n in r for n in (x.name_ja, x.name_en) for r in pack.metrics[m].names)

    # in the order of the measures named (best match first), and of one measure's places the one
    # whose names name no other measure the statement names, then the one with the measure's own
    # name, first: 「ホームレス」 matched the count
    # before the rate, and "state rank by homelessness rate" names the rate too, so the count's own
    # place comes first (blind round 21c ca_most_ja)
    by_name = [
        m
        for i, x in enumerate(measures)
        for m in sorted(
            (m for m in observed if m not in named and _is_rank(pack.metrics[m]) and of(x, m)),
            key=lambda m: (
                sum(of(y, m) for y in measures[i + 1 :]),
                not primary(x, m),
                m,
            ),
        )
    ]
    return list(dict.fromkeys(named + by_name))


def _fall_word_names_it(span: str, metric: Metric) -> bool:
    """Whether every fall word of the claim ("load shedding" on "Load shedding days") is a word of
    the measure's own names (as records_a_change reads them; an alias "drop in …" may be a
    phrase of the fall): it names the measure, it says no fall (a linguistic reason: a word of a
    name is no verb; blind round 15c za t1)."""
    hits = lx.find(lx.DOWN, span)
    names = [n.lower() for n in (metric.name_ja, metric.name_en) if n]  # not an alias ("drop in …")
    return bool(hits) and all(any(h.text.lower() in n for n in names) for h in hits)


def _is_rank(metric: Metric) -> bool:
    return metric.kind == "rank" or is_rank_metric(metric.names, metric.unit)


#: Words that rank from the worst end (「ワースト1位」, "the worst") and that rank by merit ("best").
_WORST = re.compile(r"ワースト|(?i:\bworst\b)")
_BEST = re.compile(r"最良|ベスト|(?i:\bbest\b)")


def _largest_first(metric: Metric, cues: frozenset[str], span: str) -> bool | None:
    """Which end a place or a top word counts from: True from the largest value, False from the
    smallest, None when it cannot be told. Largest / smallest words say it; 「ワースト」 / "worst"
    counts from the worse end of the metric's `higher_is_better` (none: untold); "best" from the
    better end; other places and top words (1位, 首位, 世界一, top, No. 1) count a count or an
    amount from its largest value (「農薬使用量が世界一」 is the most pesticide, whatever is
    better) and any other measure from its better end."""
    better_high = metric.higher_is_better
    if _WORST.search(span):
        return None if better_high is None else better_high is False
    if "sup_max" in cues:
        return True
    if "sup_min" in cues:
        return False
    if metric.kind in ("count", "amount") and not _BEST.search(span):
        return True
    return better_high is not False


def _position(
    ctx: _Ctx,
    ent: str,
    mid: str,
    mine: Observation,
    peers: dict[str, float],
    peer_obs: list[str],
    ranks: list[ClaimedNumber],
    lower_better: bool,
) -> Finding:
    """"Ranked third in orbital launches": the entity's place among its peers on the measure
    (1 + the peers strictly ahead; lower is ahead when ``lower_better``), exactly."""
    value = peers[ent]
    place = 1 + sum(1 for v in peers.values() if (v < value if lower_better else v > value))
    # "came last", "second to last": a place counted from the bottom of the peers compared (a
    # bottom word claims that very place, so one off fails)
    results: list[Result] = [
        ("holds" if place == len(peers) - n.quantity.value else "fails") if n.comparator == "last"
        else compare_value(n, float(place))
        for n in ranks
    ]
    ranking = sorted(peers.items(), key=lambda kv: (kv[1] if lower_better else -kv[1], kv[0]))
    listing = ", ".join(f"{ctx.ename(e)} {ctx.q(v, mine.unit)}" for e, v in ranking)
    name = ctx.ename(ent)
    reason = ctx.t(
        f"{ctx.mname(mid)}（{ctx.ptext(mine.period)}）: {listing}。{name}は{len(peers)}者中{place}位。",
        f"{ctx.mname(mid)} ({ctx.ptext(mine.period)}): {listing}. {name} places {place} of {len(peers)}.",
    )
    label = ctx.t("順位", "rank")
    ncs = [
        NumberCompared(label, n.quantity.value, n.text, float(place), "rank", (mine.id,), "exactly")
        for n in ranks
    ]
    return Finding(_min_result(results), reason, sorted(set(peer_obs), key=peer_obs.index), ncs)


#: A record equalled, not beaten: "tied / matched / equalled its record", 「最高に並ぶ」「タイ記録」
_TIES_RECORD = re.compile(r"(?i)\b(?:tied|ties|tying|matched|equall?ed)\b|並ん|並ぶ|タイ記録|に並")


#: Words that say a value is one month's: 単月, 月間, "monthly", "in a single month"
_ONE_MONTH = re.compile(
    r"単月|月間|ひと月|1か月|一か月|1カ月|一カ月"
    r"|(?i:\bmonthly\b|\bsingle[- ]month\b|\bin (?:a|one) (?:single )?month\b|\bone-month\b)"
)


def _record(ctx: _Ctx) -> Finding | None:
    """ "A record" / "過去最多": the claimed period's value is the highest of the subject's own
    series so far (the lowest when the words say a low or a fall, ``_record_sign``)."""
    st, pack = ctx.st, ctx.pack
    undated = since_an_undated_era(ctx)
    if undated is not None:
        return undated  # "the weakest since the pandemic", the pack dating no pandemic
    left_out = _LEFT_OUT.search(st.span)
    if left_out is not None:
        # "the weakest in a decade if you leave Covid out": the record is over the values the words
        # keep, which the pack does not mark; a record over all of them answers another question
        return Finding("unknown", ctx.t(
            f"主張は一部の値を除いた記録（「{left_out.group(0)}」）を述べるが、どの値を除くかはパックから分からない。",
            f"The claim is a record with some values left out ('{left_out.group(0)}'), which the pack "
            "does not mark.",
        ), [])
    # "the highest since 1991": the window opens after that period; the claim is about now. A
    # window said in an earlier statement ("the highest in 30 years, and … the most ever") is not
    # this one's
    periods = [p for p in st.periods if not (p.role == "since" and p.inferred) or _own_window(st, p)]
    since = next((p.period for p in periods if p.role == "since"), None)
    claimed = next((p.period for p in periods if p.role != "since"), None)
    window = next((p for p in periods if p.role == "since" and p.inferred), None)
    said = ctx.claim.now if ctx.claim is not None else None
    if _EXCLUDING.search(st.span):
        # "the weakest in a decade if you leave Covid out": a record over a window with periods
        # taken out that the claim names by an era, not by date; nothing settles it
        return None
    years_back: int | None = None
    months_back: int | None = None
    if window is not None and claimed is not None and since is not None and said is not None:
        # "in 2020 … the highest in 5 years": the window ends at the claimed period, not now
        years_back = said.end.year - since.start.year
        if since.precision == "month":
            # "the fastest pace in six quarters": a window under two years, counted in months
            months_back = (said.end.year - since.start.year) * 12 + said.end.month - since.start.month
        since = period_of_year(claimed.end.year - years_back)
    longer: Observation | None = None  # a value of a period around the claimed one only
    for mid in _record_metrics(st, pack):
        metric = pack.metrics[mid]
        owners = list(st.entities[:1])
        if (
            owners
            and not ctx.ev.series.get((owners[0], mid))
            and len(st.entities) > 1
            and not _is_comparand_at(ctx, st.entities[1])
        ):
            # "Germany's trade with China hit a record": the subject's measure with a partner is
            # kept under the partner, as a place of the partner is (§4.13)
            owners.append(st.entities[1])
        for ent in owners:
            ids = ctx.ev.series.get((ent, mid))
            if not ids and mid not in st.metrics:
                # a growth sibling ranked for a record of the change (``_record_metrics``)
                ids = tuple(sorted(
                    (i for i in ctx.index.observations(ent, mid) if i in pack.observations),
                    key=lambda i: (pack.observations[i].period.start, pack.observations[i].period.end, i),
                ))
            if not ids:
                continue
            now = [o for o in pick_observations(pack, ids, claimed) if o.value is not None]
            if not now:
                continue
            if (
                claimed is not None
                and _ONE_MONTH.search(st.span)
                and all(o.period.contains(claimed) and not same_days(o.period, claimed) for o in now)
            ):
                # "a monthly record in December 2024", 「2024年12月に単月の過去最高」 on a yearly
                # series: a record said of one month's value is not of the year around it (a
                # linguistic reason; blind round 13b chile-copper m4); another measure may have it.
                # Without such words the year's value may be the month's (a count at 1 October)
                longer = longer or now[0]
                continue
            # the words say which way ("record low", 過去最低, "highest ever"); else the better way
            sign = _record_sign(st.span, metric.higher_is_better, "up" in st.cues, "down" in st.cues)
            of_change = metric.kind == "growth" or records_a_change(metric)
            said_down = "down" in st.cues and not _fall_word_names_it(st.span, metric)
            if said_down and "up" not in st.cues and of_change:
                # 「過去最大の落ち込み」, "the biggest fall on record": on a measure of change (a
                # growth rate, or a signed change: "quarterly change in non-permanent residents")
                # the largest fall is its lowest value (a linguistic reason: the size is of the fall)
                sign = -1
            side = balance_side(st, metric)
            if side < 0 or loss_on_a_signed_flow(st, metric, pack, ids):
                # 「貿易赤字は…過去最大に膨らんだ」 on a balance kept signed: the largest deficit is
                # the lowest balance (a linguistic reason: a deficit of X is a balance of -X)
                sign = -sign
            # 「5月中旬…最高値をつけた」 on a weekly series: the record of a period is its best value
            # inside it, not its latest
            # "a record in 2024" on a series with the year's total and its quarters: the value of
            # the period said, not its best quarter (a year's total and a quarter's measure
            # different stretches of time; blind id-nickel fdi-record-2024, jp-bop ca_2025_record)
            said_period = [o for o in now if claimed is not None and same_days(o.period, claimed)]
            mine = said_period[0] if said_period else peak_inside(pack, ids, claimed, sign) or now[0]
            assert mine.value is not None
            if months_back is not None:
                y, m = divmod(mine.period.end.year * 12 + mine.period.end.month - months_back, 12)
                back = date(y, m + 1, 1) - timedelta(days=1)
                since = Period(back, back, "day", back.isoformat())
            elif years_back is not None:
                # "in 2024 … the lowest in a decade" on years that begin in August: the N years
                # before the claimed one's start, counted in the series' own periods
                back = _years_before(mine.period.start, years_back)
                since = Period(back, back, "day", back.isoformat())
            earlier = _earlier_values(pack, ids, mine, since)
            season = same_season(st.span, mine.period)
            if season is not None:
                # 「6月としては過去最多」, "the most for any June": ranked among the same part of
                # other years, not every month (a linguistic reason: としては / for a … names the
                # class the record is of)
                earlier = [o for o in earlier if season(o.period)]
            if not earlier:
                continue
            best_before = max(earlier, key=lambda o: (sign * o.value.value if o.value else 0, o.sort_key))
            assert best_before.value is not None
            ahead = sign * mine.value.value > sign * best_before.value.value
            # "tied its previous record low", 「過去最高に並んだ」: equal to the best before is the record
            equal = mine.value.value == best_before.value.value
            tied = _TIES_RECORD.search(st.span) is not None and equal
            # a value equal to the earlier best said as a record (contract 1.1 is silent on ties):
            # it reaches the record but sets no new one, so partly (half credit), never holds
            result: Result = "holds" if ahead or tied else "partly" if equal else "fails"
            if side < 0 and mine.value.value >= 0:
                result = "fails"  # a surplus is no record deficit
            sibling = mid not in st.metrics
            on_rate = result
            if sibling and (mine.value.value >= 0 if sign < 0 else mine.value.value <= 0):
                result = "fails"  # the steepest fall is a fall: a growth rate above zero is none
            if sibling:
                # "by a record amount", 増加幅: the size of the change is the level's difference, not
                # the percent; "the biggest rise", 過去最大の増加 may be either: the two readings must
                # agree (a linguistic reason: 幅 / amount is a difference, 率 / percentage a rate)
                on_rate, result = result, _amount_agrees(ctx, st, ent, mine, sign, result)
            beaten = _beaten_since(ctx, ids, mine, sign) if result == "holds" else None
            if beaten is not None:
                # "the all-time record … is still the $4.82 set in January 2023" said in April
                # 2025: a record said to stand now must not have been beaten by the claim's date
                # (a linguistic reason: still / 今も put the record at the claim's "now")
                return Finding("fails", ctx.t(
                    f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(mine.period)}に"
                    f"{ctx.q(mine.value.value, mine.unit)}だが、その後{ctx.ptext(beaten.period)}に"
                    f"{ctx.q(beaten.value.value if beaten.value else 0.0, beaten.unit)}で更新された。",
                    f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {ctx.q(mine.value.value, mine.unit)} in "
                    f"{ctx.ptext(mine.period)}, but {ctx.ptext(beaten.period)} beat it with "
                    f"{ctx.q(beaten.value.value if beaten.value else 0.0, beaten.unit)}.",
                ), [mine.id, beaten.id])
            run_note = ""
            run_ids: list[str] = []
            run = (
                claimed_records_run(st.span) if result == "holds" and not sibling and season is None else None
            )
            if run is not None and run >= 2:
                # 「3年連続で過去最高」, "a record for the third straight year": each of the last N
                # values a record of the series, not the latest alone (a linguistic reason: 連続 /
                # "in a row" count the periods the predicate, here "a record", held)
                found_run, breaker = records_in_a_row(pack, ids, mine, sign)
                if breaker is not None and found_run < run:
                    result = "partly" if found_run == run - 1 else "fails"
                    run_ids.append(breaker.id)
                    run_note = ctx.t(
                        f" 記録の連続は{found_run}回: {ctx.ptext(breaker.period)}"
                        f"（{ctx.q(breaker.value.value if breaker.value else 0.0, breaker.unit)}）は"
                        f"それ以前の{'最高' if sign > 0 else '最低'}に届かない（主張は{run}回連続）。",
                        f" Records in a row: {found_run}; {ctx.ptext(breaker.period)} "
                        f"({ctx.q(breaker.value.value if breaker.value else 0.0, breaker.unit)}) was no "
                        f"record (the claim says {run} in a row).",
                    )
                elif found_run >= run:
                    run_note = ctx.t(
                        f" 直近{found_run}期連続でそれぞれ記録。",
                        f" Each of the last {found_run} values was a record.",
                    )
            short = _window_before_the_series(pack, ids, mine, since) if result == "holds" else None
            told: Finding | None = None
            if result == "holds" and since is None and len(earlier) < 2 and _two_values(pack, ids, mine):
                # 「過去最高」, "a record" on a series of two values: one earlier value does not make
                # the claimed one the highest on record; the sources' own words do (a note stating
                # the record, or the earlier value's as the record it beats), else it is not settled
                # (docs/verdict-rules.md §4.8, "A record on a short series")
                told = _told_by_the_notes(ctx, ent, mid, mine, best_before)
            if short is not None:
                # "the lowest in more than a decade" on a series that begins two years back: no
                # value beats it, but the window's earlier years are not in the pack (a record over
                # the window cannot be shown on a part of it)
                return Finding("unknown", ctx.t(
                    f"{ctx.ename(ent)}の{ctx.mname(mid)}の系列は{ctx.ptext(short.period)}からで、"
                    "主張の期間の始まりまで届かない。",
                    f"{ctx.ename(ent)}'s {ctx.mname(mid)} series begins in {ctx.ptext(short.period)}, "
                    "after the start of the claimed window.",
                ), [mine.id, short.id])
            ncs: list[NumberCompared] = []
            results: list[Result] = []
            given: list[Result] = []
            for n in _numbers_for(st, metric.unit, pack, metric.names, metric.kind):
                if n.role in ("from", "whole", "by"):
                    continue  # "a record 7.5 GW, up from 5.3 GW": the start of a change is no record
                got = _value_finding(ctx, n, mine, f"{ctx.ename(ent)} {ctx.mname(mid)}")
                if got:
                    (given if given_figure(st, n) else results).append(got[0])
                    ncs.append(got[1])
            for got in _other_figures(ctx, ent, mid, claimed):
                given.append(got[0])
                ncs.append(got[1])
            now_text = ctx.q(mine.value.value, mine.unit)
            before_text = ctx.q(best_before.value.value, best_before.unit)
            high = sign > 0
            reason = ctx.t(
                f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(mine.period)}に{now_text}、"
                f"それ以前の{'最高' if high else '最低'}は{ctx.ptext(best_before.period)}の{before_text}。",
                f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {ctx.q(mine.value.value, mine.unit)} in "
                f"{ctx.ptext(mine.period)}; the {'highest' if high else 'lowest'} before was "
                f"{ctx.q(best_before.value.value, best_before.unit)} "
                f"({ctx.ptext(best_before.period)}).",
            )
            reason += run_note
            if equal and not tied:
                reason += ctx.t(
                    " 以前の記録と同じ値で、並んだが更新していない（同値は新記録ではない）。",
                    " It equals the earlier record: a tie, not a new record.",
                )
            if season is not None:
                reason += ctx.t(
                    " 同じ時期の値の中での記録。", " Ranked among the same period of other years."
                )
            if sibling and result != on_rate:
                reason += ctx.t(
                    " 変化の大きさ（水準の差）での記録は"
                    + {"holds": "成り立つ。", "fails": "成り立たない。"}.get(result, "率と食い違う。"),
                    " On the size of the change (the level's differences) the record "
                    + ("holds." if result == "holds" else "fails." if result == "fails" else
                       "disagrees with the rate's."),
                )
            # a record of the change read on the growth sibling says the change too (kind "change")
            final, credit = rank_and_level(result, results, given)
            if told is not None:
                # the record not settled (or failed) by the notes: a figure said with it that fails
                # still counts; one that holds does not make the record hold
                reason += " " + told.reason
                figures = _min_result((*results, *given))
                if told.result == "unknown":
                    final, credit = (figures if figures in ("fails", "partly") else "unknown"), None
                else:
                    final, credit = rank_and_level(told.result, results, given)
            if credit is None and final == "partly" and equal and not tied:
                credit = 0.5  # a tie holds half of a record: the top is reached, not passed
            return Finding(
                final, reason, [mine.id, best_before.id, *run_ids], ncs,
                kind="change" if sibling else None, credit=credit,
            )
    if longer is not None and claimed is not None:
        # no other reading either (a first place among others is no record of the period said)
        return Finding("unknown", ctx.t(
            f"パックの{ctx.mname(longer.metric)}は{ctx.ptext(longer.period)}の値で、主張の"
            f"{ctx.ptext(claimed)}の記録は判定できない。",
            f"The pack's {ctx.mname(longer.metric)} is a value of {ctx.ptext(longer.period)}, not of "
            f"{ctx.ptext(claimed)}: a record of that period cannot be settled.",
        ), [])
    return None


#: A note that states its value is a record (the source's word): 過去最高, 過去最大, "a record",
#: "all-time high", "highest on record", "worst year to date", 「2000年以降で最高」
_NOTE_RECORD = re.compile(
    r"(?:過去|史上|歴代|観測|統計開始|調査開始|(?:以来|以降)で?)最|記録的"
    r"|(?i:\brecords?\b|\ball[- ]time\b|\bon record\b|\bto date\b|\bever\b)"
)
#: The side a record word is on: a low (「過去最低」, "record low", "lowest ever") or a high
_SIDE_LOW = re.compile(r"最[低少小]|(?i:\b(?:low|lowest|fewest|smallest|least|bottom|trough)\b)")
_SIDE_HIGH = re.compile(r"最[高多大]|(?i:\b(?:high|highest|most|largest|biggest|peak)\b)")


def _note_states_the_record(note: str, span: str) -> bool:
    """Whether a value's note states a record on the claim's side: a record
    frame (「過去最」「史上最」「記録的」, "record", "all-time", "on record", "ever"), not a bare
    最大/最高 of another sense (「最大手3社」「最高気温」), and not a record of the other side (a
    "record low" for a claimed high)."""
    if not _NOTE_RECORD.search(note):
        return False
    note_low, note_high = bool(_SIDE_LOW.search(note)), bool(_SIDE_HIGH.search(note))
    # a record said with no side ("hit a record") is a high (§4.8, "An unmarked record")
    said_low = bool(_SIDE_LOW.search(span)) and not _SIDE_HIGH.search(span)
    return note_low in (note_high, said_low)


#: A note that places its value below the top: "fifth-highest on record", 「歴代2位」, "second largest"
_NOTE_LESSER_PLACE = re.compile(
    r"歴代\s*[2-9２-９]\s*位|[2-9２-９]\s*番目|第\s*[2-9２-９]\s*位"
    r"|(?i:\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))[- ]"
    r"(?:highest|largest|lowest|biggest|most|fewest|smallest|best|worst)\b)"
)


def _two_values(pack: Pack, ids: Sequence[str], mine: Observation) -> bool:
    """Whether the series holds no more than two values of ``mine``'s precision (the claimed one
    and one other): a series of two periods."""
    same = [
        o for i in ids
        if (o := pack.observations[i]).value is not None and o.period.precision == mine.period.precision
    ]
    return len(same) <= 2


def _told_by_the_notes(
    ctx: _Ctx, ent: str, mid: str, mine: Observation, before: Observation
) -> Finding | None:
    """A record that holds on a series of two values, read on the sources' own words (§4.8, "A
    record on a short series"): the claimed value's note placing it below the top fails it; a note
    stating the claimed value or the earlier one as a record lets the comparison stand (None); else
    the record is not settled: one earlier value is too few to rank on (a linguistic reason: a
    record is the highest of every earlier value, and the pack holds one)."""
    note = mine.note or ""
    lesser = _NOTE_LESSER_PLACE.search(note)
    if lesser is not None:
        return Finding("fails", ctx.t(
            f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(mine.period)}に"
            f"{ctx.q(mine.value.value if mine.value else 0.0, mine.unit)}で、出典は記録ではなく"
            f"「{lesser.group(0)}」とする。",
            f"{ctx.ename(ent)}'s {ctx.mname(mid)} was "
            f"{ctx.q(mine.value.value if mine.value else 0.0, mine.unit)} in {ctx.ptext(mine.period)}; the "
            f"source places it '{lesser.group(0)}', not a record.",
        ), [mine.id])
    if _note_states_the_record(note, ctx.st.span) or _note_states_the_record(before.note or "", ctx.st.span):
        # the earlier value's note naming the record the claimed one beats ("previous annual record")
        return None
    return Finding("unknown", ctx.t(
        f"{ctx.ename(ent)}の{ctx.mname(mid)}はパックに{ctx.ptext(before.period)}と"
        f"{ctx.ptext(mine.period)}の値しかなく、過去の記録かどうかは判定できない。",
        f"The pack holds {ctx.ename(ent)}'s {ctx.mname(mid)} only for {ctx.ptext(before.period)} and "
        f"{ctx.ptext(mine.period)}: too short a series to settle a record.",
    ), [mine.id, before.id])


#: "never" in a record's words: a negative over every period up to the claim's date (「2022年を
#: 上回ったことは一度もない」 too, claims.numbers.NEVER_RECORD_JA)
_NEVER_WORD = re.compile(r"(?i)\bnever\b|(?:一度|一回|1度|1回)(?:として)?も")


def _beaten_since(ctx: _Ctx, ids: Sequence[str], mine: Observation, sign: int) -> Observation | None:
    """The first later value, up to the claim's date, that beats a record said to stand now ("is
    still the record", 今も過去最高); None when the statement does not say it stands now, or none
    beats it. A record said with "never" ("Never have more Americans died … than in 2021") stands
    now too: the negative is of every period up to the claim's date, the later ones included."""
    now = ctx.claim.now if ctx.claim is not None else None
    stands = NOW_WORDS.search(ctx.st.span) or _NEVER_WORD.search(ctx.st.span)
    if now is None or not stands or mine.value is None:
        return None
    for i in ids:
        o = ctx.pack.observations.get(i)
        if (
            o is not None and o.value is not None and o.period.precision == mine.period.precision
            and mine.period.end < o.period.end <= now.end
            and sign * o.value.value > sign * mine.value.value
        ):
            return o
    return None


#: "a record ¥1.27 trillion", "a record high of 3.6%", 「過去最大の8兆8454億円」: the record word
#: qualifies the figure written right after it
_RECORD_BEFORE_FIGURE = re.compile(
    r"(?i)\brecord(?:[\s-](?:high|low))?\s+(?:of\s+)?$|(?:過去|史上)最[高多大低少](?:値)?の\s*$"
)


#: A record said of a change, not of a level: "by a record amount", "a record fall", "the steepest
#: (one-year) fall", "the biggest annual rise"; 「過去最大の減少」「増加幅は過去最大」「最大の下げ幅」
_RECORD_OF_A_CHANGE = re.compile(
    r"(?i)\bby a record (?:amount|margin)\b"
    r"|\brecord[\s-](?:fall|drop|decline|decrease|rise|increase|jump|gain|surge|plunge)s?\b"
    r"|\b(?:steepest|sharpest|biggest|largest|greatest|fastest)\s+(?:(?:one|single)[\s-]year\s+|annual\s+|yearly\s+)?"
    r"(?:fall|drop|decline|decrease|rise|increase|jump|gain|surge|plunge)s?\b"
    r"|(?:過去|史上)?最大の(?:減少|増加|下落|上昇|落ち込み|伸び|増え幅|減り幅|下げ幅|上げ幅|減少幅|増加幅)"
    r"|(?:減少|増加|下落|上昇|伸び)(?:幅|率)[はがも]?(?:過去|史上)最[大高]"
)


#: A record said of the rate of a change ("the fastest", "percentage", 増加率): the growth sibling
_RECORD_OF_A_RATE = re.compile(
    r"(?i)\bfastest\b|\bpercent(?:age)?\b|\bpace\b|(?:増加|減少|上昇|下落|伸び|成長)率"
)
#: A record said of the amount of a change ("by a record amount", 増加幅): the level's difference
_RECORD_OF_AN_AMOUNT = re.compile(r"(?i)\bamount\b|\bmargin\b|幅")


def _amount_agrees(
    ctx: _Ctx, st: Statement, ent: str, mine: Observation, sign: int, result: Result
) -> Result:
    """The result of a record of a change read on the growth sibling (``result``) checked against
    the record of the level's differences: the difference's reading alone for words of an amount,
    the sibling's alone for words of a rate, else unknown when the two disagree."""
    if _RECORD_OF_A_RATE.search(st.span) and not _RECORD_OF_AN_AMOUNT.search(st.span):
        return result
    level = next((
        m for m in st.metrics
        if any(g.id == mine.metric for g in growth_siblings(ctx.pack, ctx.pack.metrics[m]))
    ), None)
    by_amount = _difference_record(ctx, ent, level, mine, sign) if level is not None else None
    if by_amount is None:
        return result  # the level keeps no earlier change of that way: the sibling's reading alone
    if _RECORD_OF_AN_AMOUNT.search(st.span):
        return by_amount
    return result if by_amount == result else "unknown"


def _difference_record(ctx: _Ctx, ent: str, level: str, mine: Observation, sign: int) -> Result | None:
    """Whether the level's change into ``mine``'s period (the value less the one a period before)
    beats every earlier such change in the ``sign`` direction; None when the level lacks the two
    values or any earlier change."""
    pack = ctx.pack
    step = {"year": 12, "fiscal_year": 12, "quarter": 3, "month": 1}.get(mine.period.precision)
    if step is None:
        return None
    at: dict[int, float] = {}
    for i in ctx.index.observations(ent, level):
        o = pack.observations.get(i)
        if o is None or o.value is None or o.period.precision != mine.period.precision:
            continue
        at[o.period.start.year * 12 + o.period.start.month] = o.value.value
    key = mine.period.start.year * 12 + mine.period.start.month
    diffs = {k: v - at[k - step] for k, v in at.items() if k - step in at}
    if key not in diffs:
        return None
    # the earlier changes of the same way (a record rise is ranked among rises)
    earlier = [d for k, d in diffs.items() if k < key and sign * d > 0]
    if not earlier:
        return None
    if sign * diffs[key] <= 0:
        return "fails"
    return "holds" if sign * diffs[key] > max(sign * d for d in earlier) else "fails"


def _record_figure(st: Statement) -> ClaimedNumber | None:
    """The figure a record word stands right before, if any."""
    for n in st.numbers:
        at = n.start - st.start
        if 0 < at <= len(st.span) and _RECORD_BEFORE_FIGURE.search(st.span[:at]):
            return n
    return None


def _record_metrics(st: Statement, pack: Pack) -> list[str]:
    """The statement's measures in the order a record is looked for: first those of the figure the
    record word qualifies ("grew about 14% … to a record ¥1.27 trillion": the amount's measure, not
    the growth rate's; a linguistic reason: "a record" is an adjective of the figure after it)."""
    metrics = list(st.metrics[:4])
    said_change = st.cues & {"up", "down"} or _RECORD_OF_A_RATE.search(st.span)
    if said_change and _RECORD_OF_A_CHANGE.search(st.span):
        # "soared by a record amount", "the steepest one-year fall on record", 「過去最大の減少」: the
        # record is of the change, so the level's growth sibling is ranked first (a linguistic
        # reason: the superlative modifies the change, not the level)
        siblings = [g.id for m in metrics for g in growth_siblings(pack, pack.metrics[m])]
        metrics = [*dict.fromkeys(siblings), *(m for m in metrics if m not in siblings)]
    figure = _record_figure(st)
    if figure is None or figure.unit is None:
        return metrics
    own = [m for m in metrics if units_compatible(figure.unit, pack.metrics[m].unit, pack)]
    return own + [m for m in metrics if m not in own]


def _other_figures(
    ctx: _Ctx, ent: str, mid: str, claimed: Period | None
) -> list[tuple[Result, NumberCompared]]:
    """When a record is read on the measure of the figure it qualifies, the statement's other
    figures are of their own measures ("grew about 14%" of the growth rate): each against its
    measure's value at the claimed period (blind jp-furusato en-grew-14-record)."""
    st, pack = ctx.st, ctx.pack
    if _record_figure(st) is None:
        return []
    unit = pack.metrics[mid].unit
    out: list[tuple[Result, NumberCompared]] = []
    checked: set[int] = set()
    for other in st.metrics[:4]:
        metric = pack.metrics[other]
        ids = ctx.ev.series.get((ent, other)) if other != mid else None
        if not ids:
            continue
        obs = [o for o in pick_observations(pack, ids, claimed) if o.value is not None]
        for n in _numbers_for(st, metric.unit, pack, metric.names, metric.kind) if obs else ():
            if id(n) in checked or n.role in ("from", "whole") or units_compatible(n.unit, unit, pack):
                continue
            got = _value_finding(ctx, n, obs[0], f"{ctx.ename(ent)} {ctx.mname(other)}")
            if got:
                checked.add(id(n))
                out.append(got)
    return out


#: a record with values left out: "if you leave Covid out", "excluding 2020", 「コロナ禍を除けば」
_LEFT_OUT = re.compile(
    r"(?i)\bif (?:you|we|one) (?:leave|leaves|set|put|take)\b[^.;]{0,30}?\b(?:out|aside)\b"
    r"|\b(?:excluding|leaving (?:out|aside)|setting aside|apart from)\b|を除けば|を除くと|を除いて"
)


def _own_window(st: Statement, p: ClaimedPeriod) -> bool:
    """A window to now ("in over three decades", 「30年ぶり」) written in the statement itself."""
    return p.role == "since" and p.inferred and p.text in st.span and not _EVER.search(st.span)


#: "the most ever", 「史上最多」: no window, the whole series
_EVER = re.compile(r"(?i)\bever\b|史上|統計開始以来|観測史上")


#: Periods a claim takes out of a record's window by an era: "if you leave Covid out",
#: "excluding the pandemic", 「コロナ禍を除けば」
_EXCLUDING = re.compile(
    r"(?i)\b(?:if you (?:leave|take) [\w' -]{1,30} out|leav(?:e|ing) (?:out|aside)|excluding"
    r"|except(?:ing)? for|apart from|aside from|outside of)\b|を除[くけき]"
)




def _window_before_the_series(
    pack: Pack, ids: Sequence[str], mine: Observation, since: Period | None
) -> Observation | None:
    """The series' first value (of ``mine``'s precision) when it begins after the window's start
    ``since`` ("in more than a decade", "since 2015"); None when the series reaches it or there is
    no window."""
    if since is None or (mine.note and _SOURCE_WINDOW.search(mine.note)):
        # the value's own note states the source's record window ("lowest since 1995", 「1986年12月
        # 以来約37年半ぶり」): the source read the earlier years the pack leaves out
        return None
    same = [o for i in ids if (o := pack.observations[i]).period.precision == mine.period.precision]
    first = min(same, key=lambda o: o.period.start, default=None)
    return first if first is not None and first.period.start > since.end else None


def rank_and_level(
    rank: Result, level: Sequence[Result], given: Sequence[Result] = ()
) -> tuple[Result, float | None]:
    """The result of a superlative said with its level ("a record, with well over 100", "the most
    of any prefecture, over 12,000"): two things are said, as two clauses would say them
    (「100人を超え、過去最多だった」), so a right figure beside a rank that fails is half the
    statement (partly, credit 0.5; a rank that holds beside a figure that fails is left to
    ``evaluate``'s grading-scale rule, §2 "A ranking beside a value"); otherwise the worse of the
    two (no figure: the rank's; two or more figures, of the level or of another measure: the
    worse, as before). A figure ``given`` in the subject ("the three deaths were the most ever",
    「2017年の待機児童2万6081人は過去最多」) names what is ranked: the statement is the rank, and the
    worse counts."""
    figure = _min_result(level)
    if not level or figure == "unknown":
        return _min_result((rank, *given)), None
    # one figure only: of several, those that fail may be of other things (``links``' guard), and
    # a statement of a change and a level ("grew 20% to a record ¥1.5 trillion") keeps the worse
    if len(level) == 1 and not given and rank == "fails" and figure == "holds":
        return "partly", 0.5
    return _min_result((rank, figure, *given)), None


#: a figure that names what the clause is about, not what it says of it: after "the" ("the three
#: deaths were …"), or before the topic or subject particle (「待機児童2万6081人は」)
_GIVEN_BEFORE_EN = re.compile(r"(?i)\bthe\s+$")
_GIVEN_AFTER_JA = re.compile(r"^[^\s、。,0-9]{0,2}?[はが]")


#: the first word of an English superlative or record
_RANK_WORD_EN = re.compile(
    r"(?i)\b(?:record|all-time|highest|lowest|most|fewest|least|largest|biggest|smallest|best|worst"
    r"|never)\b"
)


def given_figure(st: Statement, n: ClaimedNumber) -> bool:
    """Whether a figure names what the statement is about ("the three deaths", "Norland's 4.4
    percent unemployment rate … tied its record low", 「2万6081人は」): in English a figure before
    the rank's word, in Japanese one before the topic or subject particle."""
    at = max(0, n.start - st.start)
    before = st.span[max(0, at - 6) : at]
    after = st.span[max(0, n.end - st.start) :]
    if bool(_GIVEN_BEFORE_EN.search(before)) or bool(_GIVEN_AFTER_JA.match(after)):
        return True
    rank_word = None if has_japanese(st.span) else _RANK_WORD_EN.search(st.span)
    return rank_word is not None and at < rank_word.start()


#: "for a June", "for any first half", 「6月としては」「上半期としては」: a record of one part of the year
_SEASON_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_SEASON = re.compile(
    r"(?i)\bfor (?:a|any|an|the month of) (?P<en>"
    + "|".join(_SEASON_MONTHS)
    + r"|first[- ]half|second[- ]half|first quarter|second quarter|third quarter|fourth quarter)\b"
    r"|(?P<ja>(?:1[0-2]|[1-9]|[１-９][０-２]?)月|上半期|下半期|上期|下期|第[1-4１-４]四半期)(?:としては|としても|として)(?:過去|史上|観測史上|統計開始以来)?最"
)


def same_season(span: str, period: Period) -> Callable[[Period], bool] | None:
    """A test for periods in the same part of the year as ``period`` when the words rank a record
    among that part only ("the most for any June", 「6月としては過去最多」); None when they do not,
    or when the claimed period is not a month, quarter or half of the year."""
    m = _SEASON.search(span)
    if m is None or period.precision not in ("month", "quarter", "half"):
        return None
    precision = period.precision
    start = period.start.month
    return lambda o: o.precision == precision and o.start.month == start


def _years_before(day: date, years: int) -> date:
    """The same day ``years`` years before (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _earlier_values(
    pack: Pack, ids: Sequence[str], mine: Observation, since: Period | None = None
) -> list[Observation]:
    """The series' values before ``mine``, of the same precision (after ``since`` when given)."""
    out = []
    for i in ids:
        o = pack.observations[i]
        if (
            o.value is not None
            and o.period.end < mine.period.start
            and o.period.precision == mine.period.precision
            and (since is None or o.period.start > since.end)
        ):
            out.append(o)
    return out


_RUN_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
               "eighth": 8, "ninth": 9, "tenth": 10}
_RUN_COUNT_EN = (
    r"\d+(?:st|nd|rd|th)?|two|three|four|five|six|seven|eight|nine|ten|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth"
)
_RECORD_WORD_JA = r"(?:過去|史上|歴代|統計開始以来|観測史上)?最(?:高|多|大|低|少|小)"
#: A run said of the record itself: 「3年連続で過去最高」「3年連続の過去最多」「過去最高を5年連続で
#: 更新」, "a record for the third straight year", "record highs three years running", "the third
#: consecutive record", "three record-hot summers in a row" (not 「2年連続で1万件を超え、過去最多」:
#: there the run is of the threshold, a clause apart)
_RECORD_NOUN_EN = r"(?:records?|all[- ]time\s+(?:highs?|lows?))"
_RECORDS_RUN = re.compile(
    rf"(?P<a>\d+)\s*(?:年度|年|か月|カ月|ヶ月|四半期)(?:連続|続けて)(?:で|の)?{_RECORD_WORD_JA}"
    rf"|{_RECORD_WORD_JA}(?:値|額)?(?:を|の)?(?:更新|記録)?(?:は|が|を)?(?P<b>\d+)\s*(?:年度|年|か月|カ月|ヶ月|四半期)"
    r"(?:連続|続けて)"
    rf"|(?i:{_RECORD_NOUN_EN}[^.;,]{{0,40}}?\b(?:for\s+(?:a|the)\s+)?(?P<c>{_RUN_COUNT_EN})\s+"
    r"(?:straight|consecutive|successive)\s+(?:years?|months?|quarters?)"
    rf"|{_RECORD_NOUN_EN}[^.;,]{{0,40}}?\b(?P<d>{_RUN_COUNT_EN})\s+(?:years?|months?|quarters?)\s+"
    r"(?:running|in\s+a\s+row)"
    rf"|\b(?P<e>{_RUN_COUNT_EN})\s+(?:straight|consecutive|successive)\s+(?:annual\s+|yearly\s+)?records?\b"
    rf"|\b(?P<f>{_RUN_COUNT_EN})\s+record[- ]\w+\s+(?:years?|months?|quarters?|summers?|winters?|seasons?)"
    r"\s+in\s+a\s+row"
    rf"|\b(?P<g>{_RUN_COUNT_EN})[- ](?:year|month|quarter)\s+(?:run|streak)\s+of\s+(?:record|all[- ]time)\b)"
)


def claimed_records_run(span: str) -> int | None:
    """How many records in a row a statement says (``_RECORDS_RUN``), or None."""
    m = _RECORDS_RUN.search(span)
    if m is None:
        return None
    word = next(g for g in m.groups() if g).lower()
    digits = re.match(r"\d+", word)
    return int(digits.group(0)) if digits else _RUN_NUMBER.get(word)


def records_in_a_row(
    pack: Pack, ids: Sequence[str], mine: Observation, sign: int
) -> tuple[int, Observation | None]:
    """How many values in a row, ending at ``mine``, were each a record of the series (above every
    earlier value, below when ``sign`` is -1), counted on consecutive periods of ``mine``'s
    precision; and the value that broke the run (None when the series ran out or has a gap
    first: the run is not known to stop there)."""
    same = sorted(
        (
            o for i in ids
            if (o := pack.observations[i]).value is not None
            and o.period.precision == mine.period.precision
            and o.period.end <= mine.period.end
        ),
        key=lambda o: o.period.start,
    )
    count = 0
    for at in range(len(same) - 1, -1, -1):
        o = same[at]
        assert o.value is not None
        before = same[:at]
        if not before:
            return count, None  # the series' first value: nothing to beat, nothing said
        if at < len(same) - 1 and not _next_step(o.period, same[at + 1].period):
            return count, None  # a gap: what came between is not in the pack
        best = max(sign * b.value.value for b in before if b.value is not None)
        if sign * o.value.value <= best:
            return count, o
        count += 1
    return count, None


_RECORD_LOW = re.compile(r"(?i)\b(?:low|lowest|lower|fewest|least|smallest|smaller)\b|最低|最少|最小|低")
_RECORD_HIGH = re.compile(
    r"(?i)\b(?:high|highest|higher|most|largest|larger|biggest|bigger|greatest|greater)\b|最高|最多|最大|高|多"
)
#: The words of a record's direction (「過去最少」, "record low"), before any single kanji
_RECORD_LOW_WORD = re.compile(
    r"(?i)\b(?:low|lowest|lower|fewest|fewer|least|smallest|smaller|slowest|weakest)\b|最低|最少|最小|最も(?:少な|小さ|低)"
    r"|低水準|安値|低さ|少なさ"  # 「2018年以来の低水準」 beside a measure named …高 (外貨準備高)
)
_RECORD_HIGH_WORD = re.compile(
    r"(?i)\b(?:high|highest|higher|most|largest|larger|biggest|bigger|greatest|greater|fastest|strongest)\b"
    r"|最高|最多|最大|最も(?:多|大き|高)|高水準|高値|高さ|多さ"
)
_RECORD_BETTER = re.compile(r"(?i)\b(?:best|better)\b|最良|最善")
_RECORD_WORSE = re.compile(r"(?i)\b(?:worst|worse)\b|最悪")


def _record_sign(span: str, higher_is_better: bool | None, up: bool = False, down: bool = False) -> int:
    """+1 when a record is a high, -1 a low: by the claim's words ("record low", 過去最低, "the
    highest since 1991"), else a low when a fall is said with it ("fell to a record"), else a
    high. Best and worst go by the metric's better direction ("affordability has never been
    worse" on a price-to-earnings ratio, where lower is better, is a record high; with no
    direction, best is a high and worst a low)."""
    if higher_is_better is not None:
        better, worse = _RECORD_BETTER.search(span), _RECORD_WORSE.search(span)
        if better and not worse:
            return 1 if higher_is_better else -1
        if worse and not better:
            return -1 if higher_is_better else 1
    elif _RECORD_WORSE.search(span) and not _RECORD_BETTER.search(span):
        return -1
    elif _RECORD_BETTER.search(span) and not _RECORD_WORSE.search(span):
        return 1
    low, high = _RECORD_LOW_WORD.search(span), _RECORD_HIGH_WORD.search(span)
    if not low and not high:
        # only then one kanji of a word (「低水準」, 「高値」); 高 of 高齢者 says no direction when
        # 過去最少 says one
        low, high = _RECORD_LOW.search(span), _RECORD_HIGH.search(span)
    if low and not high:
        return -1
    if high and not low:
        return 1
    # an unmarked record ("hit a record 7.77 million") is a high, whichever way is better: the
    # low is the marked form ("record low", 過去最低); a fall said with it makes it a low
    if down and not up:
        return -1
    return 1


def _superlative_event(ctx: _Ctx) -> Finding | None:
    """A superlative on events (first, largest …): the best matching event against the events of
    its kind in scope; with a claimed period, the event's date is a detail too ("初めて成功したのは
    2024年3月" fails when the first success is in February 2023; a neighbouring month is partly)."""
    st, pack = ctx.st, ctx.pack
    best = _best_event([c for c in ctx.ev.events if not c.plan], st, pack)
    if best is None or not _names_its_own(ctx, pack.events[best.id]):
        return None
    ev = pack.events[best.id]
    if st.keys and best.coverage <= 0 and not best.kind_match:
        # 「初めて200万台を超えた」 against a tariff of Japan's: an event that shares no word with the
        # statement and no act its verb names is found on its actor alone, and any event of that
        # actor would do: it is not the one the superlative is of (a linguistic reason: an actor
        # alone names no event; blind round 16d jp-auto-industry hv-fy2024-210, round 28 jp-dairy c01)
        return None
    found = _rank_event(ctx, ev)
    # "its first cut since 2020": the year after "since" opens the window the event is the first
    # of, it does not date the event (a linguistic reason)
    dates = [p for p in st.periods if p.role != "since"]
    since = [p for p in st.periods if p.role == "since"]
    if found is not None and since and found.result == "holds":
        # the source's own window ("its first cut since March 2020") must be the claim's
        theirs = _SOURCE_SINCE.findall(" ".join(t for t in (ev.title_ja, ev.title_en, ev.note) if t))
        years = {int(a or b) for a, b in theirs}
        written = re.search(r"\d{4}", since[0].text)  # a year written, not "4年ぶり" counted from now
        if years and written and since[0].period.start.year not in years:
            found.result = "fails"
            found.reason += ctx.t(
                f" 出典の起点は{'・'.join(str(y) for y in sorted(years))}年で、主張は{since[0].text}。",
                f" The source counts from {', '.join(str(y) for y in sorted(years))}; the claim from "
                f"{since[0].text}.",
            )
    if found is None or not dates:
        return found
    # the date is graded as a dated event's (§4.2): a year one off (its month right) is mostly false
    dated, credit = grade_date(dates[0].period, ev.date)
    reported = reported_period(ev, ctx.pack)
    if dated != "holds" and reported is not None and dates[0].period.overlaps(reported):
        # 「2023年の介護職員数…初めて前年を下回った」 against 「介護職員数(2023年10月1日)が…初の減少と
        # 公表」 (December 2024): the period the title reports is the one the news is of
        return found
    if dated == "holds":
        return found
    claimed = dates[0].text or dates[0].period.text
    worst = _worst_detail([found.result, dated])
    if worst == "partly" and found.result == "holds":
        found.credit = credit
    found.result = worst
    found.reason += ctx.t(
        f" 時期: 主張は{claimed}、パックは{ctx.ptext(ev.date)}。",
        f" Date: claimed {claimed}, the pack has {ctx.ptext(ev.date)}.",
    )
    if credit is not None and worst == "partly":
        found.reason += ctx.t(" 年が違う（1年ずれ）。", " The year is wrong (one year off).")
    return found


#: A window a source counts its first from: "since March 2020", 「2020年以来」
_SOURCE_SINCE = re.compile(r"(?i)\bsince\s+(?:[A-Za-z]+\s+)?(\d{4})\b|(\d{4})年(?:\d{1,2}月)?以来")


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
    if "sup_first" in st.cues and any(
        (
            n.comparator in ("more_than", "at_least", "less_than", "at_most")
            # "became a 3-trillion-yen industry for the first time": a level first had is a level
            # first reached (``_as_threshold``), a threshold too
            or (n.unit not in (None, "rank") and _as_threshold(n).comparator == "at_least")
        )
        and not _amount_of_its_unit(ctx, ev, n)
        for n in st.numbers
    ):
        # 「1か月で1万件を超えたのは…初めて」, "topped 10,000 for the first time", 「初めて1万戸を
        # 割り込んだ」: a first of a figure past a threshold, over it or under it; events with no
        # figure of its unit (none, or a tariff's 25 % for 2 million cars) do not rank it (a
        # linguistic reason, §4.15; blind round 12 jp-bear-incidents october-first-10k ranked two
        # regulations, round 28 jp-dairy c01 two price rises, round 16d jp-auto-industry
        # hv-fy2024-210 three regulations)
        return None
    if "sup_first" in st.cues:
        earlier = [e for e in same_kind if e.date.end < ev.date.start]
        result: Result = "fails" if earlier else "holds"
        ids = [ev.id, *(e.id for e in (earlier or same_kind)[:5])]
        first = min([ev, *same_kind], key=lambda e: e.sort_key)
        reason = ctx.t(
            f"{where}の同種（{ev.kind}）の出来事{len(same_kind) + 1}件で最も早いのは"
            f"「{first.title(ctx.lang)}」（{ctx.ptext(first.date)}）。",
            f"Of {len(same_kind) + 1} '{ev.kind}' events in {where}, the earliest is "
            f"'{first.title(ctx.lang)}' ({ctx.ptext(first.date)}).",
        )
        return Finding(result, reason, ids)
    if ev.amount is None or not (st.cues & {"sup_max", "sup_min", "sup_top", "sup_record"}):
        return None
    figures = [n for n in st.numbers if n.unit not in (None, "rank")]
    if figures and not any(_amount_of_its_unit(ctx, ev, n) for n in figures):
        # 「過去最多の81カ国」 against events whose amounts are money: the record is of the figure
        # said (a count of countries), which amounts of another unit do not rank (a linguistic
        # reason: a superlative is of the quantity it qualifies; blind jp-sake-exports t7)
        return None
    if any(e not in ev.actors and _country_of(pack, e) is None for e in st.entities):
        # "the highest unemployment rate in the European Union": the ranking is among the members
        # of a group the statement names, which amounts of events in one country do not give
        # (a linguistic reason, §4.15; blind round 8c spain-jobs highest-eu was false on two of
        # Spain's own quarterly releases)
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


def _amount_of_its_unit(ctx: _Ctx, ev: Event, n: ClaimedNumber) -> bool:
    """Whether the event has an amount a claimed figure can be compared with (its unit's)."""
    amount = ev.amount
    if amount is None:
        return False
    if n.unit is None or amount.unit is None:
        return n.unit == amount.unit
    return units_compatible(n.unit, amount.unit, ctx.pack)


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
        # the same end: "the worst-performing currency" does not say "the strongest" (both top words)
        worst_said = {bool(_WORST.search(h.text)) for h in lx.find(cue, words)}
        for hit in (h for h in lx.find(cue, st.span) if bool(_WORST.search(h.text)) in worst_said):
            after = st.span[hit.end : hit.end + 40]
            after = re.split(r"[はがをにで、。,.;]|\b(?:at|in|on|to|for|of|by|with)\b", after)[0]
            phrase |= content_keys(" ".join(after.split()[:3]) if not has_japanese(after) else after)
            if not has_japanese(st.span) and not after.strip():
                # "reached orbit for the first time": the thing comes before an adverbial cue
                before = re.split(r"[,;]", st.span[max(0, hit.start - 60) : hit.start])[-1]
                phrase |= content_keys(" ".join(before.split()[-3:]))
        if phrase & word_keys(words):
            titles = (ev.title_ja, ev.title_en) if ctx.ja else (ev.title_en, ev.title_ja)
            if order_against(st.span, titles) is False:
                # 「出国者数が初めて訪日客数を上回った」 on 「訪日客数が出国者数を上回る」: the source's
                # "first" is of the reverse order (§4.15, two groups' order)
                return Finding(
                    "fails",
                    ctx.t(
                        f"出典は二つの集団の逆の順序を記している（{ev.id}: 「{ev.title(ctx.lang)}」）。",
                        f"The source states the two groups the other way round ({ev.id}: "
                        f"'{ev.title(ctx.lang)}').",
                    ),
                    [ev.id],
                )
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
