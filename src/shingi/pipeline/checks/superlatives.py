"""Superlative statements: the largest, the smallest, the top, a record, a rank among peers, and
the first or largest of a kind of event."""

from __future__ import annotations

import re

from shingi.model import Event, Metric, NumberCompared, Observation, Pack, Result
from shingi.normalize.periods import period_of_year
from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.common import (
    Finding,
    _Ctx,
    _min_result,
    _numbers_for,
    _value_finding,
    compare_period,
    compare_value,
    pick_observations,
    to_unit,
)
from shingi.pipeline.checks.events import _best_event, _names_its_own, _worst_detail
from shingi.pipeline.morphology import content_keys, has_japanese, word_keys
from shingi.pipeline.parse import ClaimedNumber, is_rank_metric


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
            want_max = largest_first
            top = (max if want_max else min)(peers.items(), key=lambda kv: (kv[1], kv[0]))
            result: Result = "holds" if top[0] == ent or peers[ent] == top[1] else "fails"
            ranking = sorted(peers.items(), key=lambda kv: (-kv[1] if want_max else kv[1], kv[0]))
            listing = ", ".join(f"{ctx.ename(e)} {ctx.q(v, mine.unit)}" for e, v in ranking)
            reason = ctx.t(
                f"{ctx.mname(mid)}（{ctx.ptext(mine.period)}）: {listing}。",
                f"{ctx.mname(mid)} ({ctx.ptext(mine.period)}): {listing}.",
            )
            return Finding(result, reason, sorted(set(peer_obs), key=peer_obs.index))
    return _superlative_event(ctx)


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
    results = [compare_value(n, float(place)) for n in ranks]
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


def _record(ctx: _Ctx) -> Finding | None:
    """ "A record" / "過去最多": the claimed period's value is the highest of the subject's own
    series so far (the lowest, for a measure where lower is better)."""
    st, pack = ctx.st, ctx.pack
    # "the highest since 1991": the window opens after that period; the claim is about now
    since = next((p.period for p in st.periods if p.role == "since"), None)
    claimed = next((p.period for p in st.periods if p.role != "since"), None)
    window = next((p for p in st.periods if p.role == "since" and p.inferred), None)
    said = ctx.claim.now if ctx.claim is not None else None
    if window is not None and claimed is not None and since is not None and said is not None:
        # "in 2020 … the highest in 5 years": the window ends at the claimed period, not now
        since = period_of_year(claimed.end.year - (said.end.year - since.start.year))
    for mid in st.metrics[:4]:
        metric = pack.metrics[mid]
        for ent in st.entities[:1]:
            ids = ctx.ev.series.get((ent, mid))
            if not ids:
                continue
            now = [o for o in pick_observations(pack, ids, claimed) if o.value is not None]
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
                and (since is None or pack.observations[i].period.start > since.end)
            ]
            if not earlier:
                continue
            # the words say which way ("record low", 過去最低, "highest ever"); else the better way
            sign = _record_sign(st.span, metric.higher_is_better)
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
                f"{ctx.ptext(mine.period)}; the best before was "
                f"{ctx.q(best_before.value.value, best_before.unit)} "
                f"({ctx.ptext(best_before.period)}).",
            )
            return Finding(_min_result(results), reason, [mine.id, best_before.id], ncs)
    return None


_RECORD_LOW = re.compile(r"(?i)\b(?:low|lowest|fewest|least|smallest|worst)\b|最低|最少|最小|低")
_RECORD_HIGH = re.compile(r"(?i)\b(?:high|highest|most|largest|biggest|greatest|best)\b|最高|最多|最大|高|多")


def _record_sign(span: str, higher_is_better: bool | None) -> int:
    """+1 when a record is a high, -1 a low: by the claim's words ("record low", 過去最低, "the
    highest since 1991"), else by the metric's better direction."""
    low, high = _RECORD_LOW.search(span), _RECORD_HIGH.search(span)
    if low and not high:
        return -1
    if high and not low:
        return 1
    return -1 if higher_is_better is False else 1


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
        f" Date: claimed {claimed}, the pack has {ctx.ptext(ev.date)}.",
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
            f"'{first.title(ctx.lang)}' ({ctx.ptext(first.date)}).",
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
