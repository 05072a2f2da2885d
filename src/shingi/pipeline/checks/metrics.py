"""Metric and share statements: a claimed value against the entity's observation of the measure
(numbers, categories, targets), and a share read from a share metric or computed from a world total."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from shingi.model import Metric, NumberCompared, Observation, Pack, Period, Quantity, Result
from shingi.normalize.eras import NAMED_ERA_EN, NAMED_ERA_JA
from shingi.normalize.quantities import word_number
from shingi.pack.index import fold
from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.always import every_period
from shingi.pipeline.checks.bound_pairs import SAYS_A_BOUND, partner_value
from shingi.pipeline.checks.common import (
    BOUND_SIDE,
    CREDIT_HALF,
    CREDIT_WRONG_SIZE,
    NOW_WORDS,
    STALE_CREDIT_OLDER,
    STALE_CREDIT_PREVIOUS,
    WORLD_WORDS,
    Finding,
    _combine_sources,
    _Ctx,
    _min_result,
    _numbers_for,
    _same_period_conflict,
    _value_finding,
    bound_of_a_size,
    bound_on_the_line,
    compare_value,
    far_in_its_band,
    grade_level,
    grade_multiple,
    grade_share_word,
    grade_size,
    graded_credit,
    half_of_a_fall,
    in_a_name,
    level_bound_near,
    level_reached,
    metric_name_keys,
    nearly_far,
    other_span,
    over_by_points,
    overstates_the_truth,
    peak_inside,
    pick_observations,
    place_since_taken,
)
from shingi.pipeline.checks.dimensions import comparable
from shingi.pipeline.checks.sums import summed_members
from shingi.pipeline.claims.neighbours import of_another_whole
from shingi.pipeline.claims.numbers import is_rate_metric, is_time_unit
from shingi.pipeline.claims.periods import said_grain
from shingi.pipeline.claims.statement import ClaimedNumber, Statement
from shingi.pipeline.context import latest_evidence_date
from shingi.pipeline.morphology import content_keys, scope_keys, word_keys
from shingi.pipeline.retrieve import is_plan_event, measures_change, observation_series, units_compatible

#: A time named only as the span around an undated event: 「コロナ前後に」「震災の前後で」, "around the
#: pandemic", "before and after the crisis" (an era noun of §4.7 before 前後; 「7万人前後」 is a
#: number's "about"). How far before and after is not said: no value of a dated series is the one
#: claimed (a linguistic reason: 前後 / "around" widen an undated point to an unbounded span).
_AROUND_AN_ERA = re.compile(
    rf"(?:[一-龥ァ-ヶー・]{{0,8}}?{lx.ERA_HEADS_JA}|{NAMED_ERA_JA})(?:の)?前後"
    rf"|(?i:\b(?:around|before and after) the (?:time of the )?(?:(?:{NAMED_ERA_EN}) )?"
    rf"(?:{NAMED_ERA_EN}|{lx.ERA_NOUNS.en[0]})\b)"
)


def _metric(ctx: _Ctx) -> Finding | list[Finding] | None:
    # parts reads shares in words with this module's _as_percent: imported here, not at the top
    from shingi.pipeline.checks.parts import whole_of_a_share_measure

    st, pack = ctx.st, ctx.pack
    around = _AROUND_AN_ERA.search(st.span) if not st.periods else None
    if around is not None:
        return Finding("unknown", ctx.t(
            f"主張の時期は「{around.group(0)}」としか述べておらず、いつの値か特定できない。",
            f"The claim places the value only '{around.group(0)}', a span it does not date: no "
            "value of the series is the one claimed.",
        ), [])
    scoped = _by_scope(ctx)
    if scoped is not None:
        return scoped
    summed = summed_members(ctx)
    if summed is not None:
        return summed  # "California and New York together account for …": their sum (§4.16)
    per = next((n for n in st.numbers if n.role == "per"), None)
    if per is not None:
        found_per = _per_unit(ctx, per)
        if found_per is not None:
            return found_per
    rate = any(n.role == "rate" for n in st.numbers)
    named = ctx.lookup.named_outright(st.span)
    lacking: set[str] = set()  # entities whose measure named outright has no value of the period
    total_since: Finding | None = None
    for mid in _with_running_totals(ctx, _own_precision_first(ctx, st.metrics[:4])):
        metric = pack.metrics.get(mid)
        if metric is None:
            continue
        if rate and not is_rate_metric(metric):
            continue  # "one officer for every 422 citizens" is a value of a rate, not of a count
        if metric.kind == "share" and of_another_whole(st, metric, pack):
            continue  # 「送金の約9割」 is no share of GDP (§4.13, "A share of another whole")
        # a comparison's value is its subject's: the comparand's own value is not what it claims
        candidates = list(st.entities[:1] if st.kind == "comparison" else st.entities)
        if st.group:
            candidates += [m for m in st.group.members if m not in candidates]
        if other_span(st, metric, ctx.as_of) or _other_count(st, metric):
            continue
        if _total_since_on_single_periods(st, metric):
            # "has spent ₩400 trillion since 2006", 「2006年以降…約400兆ウォンを投じてきた」: a running
            # total since the start, which no one period's value of the measure is (not 2006's); a
            # running total the pack keeps among the clause's measures may answer it
            total_since = total_since or Finding("unknown", ctx.t(
                f"主張は{st.periods[0].text}以降の累計を述べているが、パックの「{ctx.mname(mid)}」は"
                "各期の値で、その一つとは比べない。",
                f"The claim states a running total since {st.periods[0].text}; the pack's "
                f"'{ctx.mname(mid)}' holds single periods' values, and none of them is that total.",
            ), [])
            continue
        for ent in candidates:
            ids = ctx.ev.series.get((ent, mid))
            if not ids and mid not in st.metrics:  # a running total put in (_with_running_totals)
                ids = observation_series(pack, [ent], [mid]).get((ent, mid))
            if not ids or (ent in lacking and mid not in named):
                # 「2026年春闘の賃上げ率は5.94%」: the rate named has no 2026 value; the 2026 demand,
                # a measure the claim names only in part, is another thing (§4.13)
                continue
            obs = (
                pick_observations(pack, ids, _value_period(st, metric), ctx.as_of, said_grain(st.span))
                or _sourced_in(ctx, ids)
                or _at_term_start(st, pack, ids)
            )
            peak = peak_inside(pack, ids, _value_period(st, metric)) if lx.has(lx.PEAK, st.span) else None
            if peak is not None:
                # "inflation peaked at 9.1% in 2022": the period's highest value, not its latest
                obs = [peak]
            if not obs:
                if mid in named:
                    lacking.add(ent)
                continue
            if metric.kind == "category":
                found = _category(ctx, ent, mid, obs)
                if found is not None:
                    return found
                continue
            # a qualified neighbour counts what the measure it qualifies counts (§4.13, qualifiers)
            names = (*metric.names, *ctx.lookup.neighbour_names(mid, st.metrics[:4]))
            numbers = _numbers_for(st, metric.unit or obs[0].unit, pack, names, metric.kind)
            # "14,281 of the 21,808": the whole is not this value; a change's "from" end is the
            # value at its start, which this fallback does not read
            numbers = [n for n in numbers if n.role not in ("whole", "from")] or (
                [] if any(n.role for n in numbers) else numbers
            )
            if metric.kind != "growth" and not measures_change(metric.names):
                # "gained 55,400 jobs": the size of a change is never one level of the measure
                numbers = [n for n in numbers if n.role != "by"]
            if not numbers:
                continue
            moment = _moment_of_a_bound(st, numbers, pack, ids, _value_period(st, metric), names)
            if moment is not None:
                obs, numbers = [moment[0]], moment[1]
            said_as_target = lx.has(lx.TARGET_WORDS, st.span)  # "the IMF's projection of 6% growth"
            if (
                "plan" not in st.cues
                and (is_target_metric(metric.names) or projection_by_definition(metric))
                and not said_as_target
                and not _estimate_of_the_past(metric, obs, _now(ctx))
                and not _projection_of_the_present(metric, obs, ctx.as_of)
                and not set_in_its_own_period(pack, ids)
            ):
                if is_projection_metric(metric):
                    # "the debt was $30 trillion in 2024" against a measure of projections (by
                    # its name or its definition): what was expected is no outcome
                    reason = ctx.t(
                        f"「{ctx.mname(mid)}」は見通し・予測の値で、実際の値ではない。",
                        f"'{ctx.mname(mid)}' is a projection, not an outcome.",
                    )
                else:
                    reason = ctx.t(
                        f"「{ctx.mname(mid)}」は目標・計画の値で、実現した値ではない。",
                        f"'{ctx.mname(mid)}' is a target, not something achieved.",
                    )
                return Finding("fails", reason, [o.id for o in obs])
            found = every_period(
                ctx, ent, mid, ids, lambda o: _compare_observations(ctx, ent, mid, [o], numbers)  # noqa: B023
            )
            if found is not None:
                return whole_of_a_share_measure(ctx, ent, metric, found)
            found = _compare_observations(ctx, ent, mid, obs, numbers)
            found = whole_of_a_share_measure(ctx, ent, metric, found)
            if found is not None and found.result == "holds" and len(numbers) == 1 and _said_current(st):
                # "Okinawa now ranks second" when a later ranking gives second place to another
                found = place_since_taken(ctx, ent, mid, obs[0], numbers[0]) or found
            # a figure a few percent off "now" that an earlier value has exactly is out of date
            if found is not None and found.result in _MISSED and _said_current(st):
                found = _out_of_date(ctx, ent, mid, ids, obs, numbers) or found
            if found is not None and found.result == "fails" and "plan" not in st.cues:
                plan = _plan_reaching(ctx, ent, numbers)
                if plan is not None:
                    # "…, and it has already reached 6 GW" where only a plan names 6 GW
                    ev = pack.events[plan]
                    found.reason += ctx.t(
                        f" 計画を実現済みとして述べている: その値は計画「{ev.title('ja')}」のもの。",
                        f" A plan stated as done: that number is the plan's, '{ev.title('en')}'.",
                    )
                    found.evidence.append(plan)
            return found
    return total_since


#: Words that say a line was crossed at one moment of the period: 「一時2%を下回った」, "at one point
#: fell below 2%", "briefly topped" (not 一時金, a lump sum; 一時 inside a measure's name, 一時保護件数,
#: is masked before the search)
_MOMENT_OF_PERIOD = re.compile(
    r"一時(?!金)|(?i:\bat\s+(?:one|some)\s+point\b|\bbriefly\b|\bmomentarily\b)"
)
#: Words that say no moment of the period crossed the line, with the statement's negation:
#: "never fell below 2% in 2024", "did not at any point", "at no point", 「2%を下回ることはなかった」
_NO_MOMENT_OF_PERIOD = re.compile(
    r"一度も|一回も|1度も|1回も|一度として|こと[はが](?:なかった|ない|ありません|ありませんでした)"
    r"|(?i:\bnever\b|\bat\s+(?:any|no)\s+(?:point|time|stage)\b|\bnot\s+(?:even\s+)?once\b(?!\s+but\b))"
)
#: 「一度も2%を下回らなかった」: a never-past-the-line the statement's negation does not carry (the
#: 一度も…ない of claims.numbers is a count of zero): the line turned round is what is claimed
_NEVER_PAST_JA = re.compile(
    r"(?:一度|一回|1度|1回)も[^、。]{0,20}?(?:下回|割り込|割っ|を切|上回|超え|上回)[^、。]{0,6}?"
    r"(?:ていない|ていません|なかった|ない)"
)
#: Words that put the value on the line's side at every moment of the period: "stayed above 2%
#: throughout 2024", "remained below", 「年間を通じて」「通年で」「2%を上回り続けた」
_EVERY_MOMENT_OF_PERIOD = re.compile(
    r"年間を通(?:じ|し)て|1年を通(?:じ|し)て|一年を通(?:じ|し)て|通年で|(?:上回り|下回り|超え|割り込み)続け"
    r"|(?i:\bthroughout\b|\ball\s+(?:year|month|quarter)\s+long\b"
    r"|\b(?:stay(?:ed|s)?|remain(?:ed|s)?|kept|held)\s+(?:(?:well|firmly|comfortably)\s+)?"
    r"(?:above|below|under|over)\b)"
)
_TURNED_ROUND = {
    "more_than": "at_most", "at_least": "less_than", "less_than": "at_least", "at_most": "more_than",
}


def _moment_of_a_bound(
    st: Statement,
    numbers: Sequence[ClaimedNumber],
    pack: Pack,
    ids: Sequence[str],
    period: Period | None,
    names: Sequence[str] = (),
) -> tuple[Observation, list[ClaimedNumber]] | None:
    """The period's value that decides a line said crossed, or never crossed, inside the period,
    with the numbers to compare it with, when the statement draws one line and the period holds
    two or more values (docs/verdict-rules.md §4.7, "a moment of the period"):

    - crossed at one moment (一時, "at one point", "briefly"): the value on the line's side ("at
      one point below 2% in 2024": the lowest month; 「一時1万件を超えた」: the highest);
    - never crossed, said with the statement's negation ("never fell below 2% in 2024", "did not
      at any point", 「2%を下回ることはなかった」): the same value, which the negation inverts;
      「一度も2%を下回らなかった」 (no negation read): the line turned round (at least 2%) against
      the value on the line's side;
    - on the line's side throughout ("stayed above 2% throughout 2024", 「通年で…上回り続けた」):
      the value farthest against the line (the lowest month for "above").

    A linguistic reason: 一時 / "at one point" say a moment of the period, "never" / "throughout"
    every moment of it, not its end (blind uk-inflation jp-below-2, 1.7 % in September 2024
    against December's 2.5 %; review H0). The measure's own names are masked first (一時保護件数
    names a count, it says no moment). None otherwise; none for a window from a "since" (the
    never-past-since check reads it, §4.7)."""
    if len(numbers) != 1 or numbers[0].comparator not in BOUND_SIDE:
        return None
    span = st.span
    for name in sorted(names, key=len, reverse=True):
        if name and len(name) > 1:
            span = re.sub(re.escape(name), lambda m: " " * len(m.group(0)), span, flags=re.IGNORECASE)
    n = numbers[0]
    side = BOUND_SIDE[n.comparator]
    if _MOMENT_OF_PERIOD.search(span):
        return _read_side(pack, ids, period, side, [n])
    if any(p.role == "since" for p in st.periods):
        return None
    if st.negated and _NO_MOMENT_OF_PERIOD.search(span):
        return _read_side(pack, ids, period, side, [n])
    if not st.negated and _NEVER_PAST_JA.search(span):
        return _read_side(pack, ids, period, side, [replace(n, comparator=_TURNED_ROUND[n.comparator])])
    if _EVERY_MOMENT_OF_PERIOD.search(span):
        return _read_side(pack, ids, period, -side, [n])
    return None


def _read_side(
    pack: Pack, ids: Sequence[str], period: Period | None, side: int, numbers: list[ClaimedNumber]
) -> tuple[Observation, list[ClaimedNumber]] | None:
    peak = peak_inside(pack, ids, period, side)
    return None if peak is None else (peak, numbers)


def _own_precision_first(ctx: _Ctx, metrics: Sequence[str]) -> list[str]:
    """The statement's measures, those with a value of the claimed period itself (a year's value
    for a year) first: 「2025年の米類の物価上昇率」 is the year's rate the pack keeps, not the latest
    month of a monthly series inside 2025 (blind jp-rice cpi-2025-8wari); the order is kept
    otherwise, and with no claimed period."""
    st, pack = ctx.st, ctx.pack
    period = st.period
    if period is None or len(metrics) < 2 or lx.has(lx.PEAK, st.span):
        # (a peak is a value inside the period: the finer series is the one meant)
        return list(metrics)

    def own(mid: str) -> bool:
        metric = pack.metrics.get(mid)
        if metric is None or _value_period(st, metric) != period:
            return False
        return any(
            pack.observations[i].period.text == period.text
            for ent in st.entities
            for i in ctx.ev.series.get((ent, mid), ())
        )

    first = pack.metrics.get(metrics[0])
    # only the same measure kept at another precision: its name is the first's but for what the
    # brackets say (「実質賃金（年・年度平均）」 and 「実質賃金（月次）」), not another measure
    # the words name in part (the 2026 demand is not the 2026 settlement)
    owning = [m for m in metrics if own(m) and first is not None and _same_base(pack.metrics[m], first)]
    if not owning or owning[0] == metrics[0]:
        return list(metrics)
    return [*owning, *(m for m in metrics if m not in owning)]


_BRACKETED = re.compile(r"\s*[（(][^）)]*[）)]\s*")


def _same_base(a: Metric, b: Metric) -> bool:
    """Whether two measures have one name but for what their brackets say (the series' basis)."""
    return any(
        x and y and _BRACKETED.sub("", x).strip() == _BRACKETED.sub("", y).strip()
        for x, y in ((a.name_ja, b.name_ja), (a.name_en, b.name_en))
    )


def _by_scope(ctx: _Ctx) -> list[Finding] | None:
    """Several figures of one unit in one statement, each with the words of its own scope: "ranked
    7th in Africa and 106th in the world", "inflation was 5% and unemployment 4%", 「全国で3位、
    県内で1位」. Each figure is checked, as a statement of its own, against the measure its scope
    words name (docs/verdict-rules.md §4.4; a linguistic reason: a figure's qualifiers are its
    own, dev factcheckghana-2024-bawumia-egovernance derived_7th compared 7th with the world rank).
    None when the figures do not go to two or more different measures."""
    st, pack = ctx.st, ctx.pack
    nums = [n for n in st.numbers if n.role is None]
    if len(nums) < 2 or len({n.unit for n in nums}) != 1 or not st.entities:
        return None
    ent = st.entities[0]
    unit = nums[0].unit
    cands = [
        m
        for m in st.metrics
        if ctx.ev.series.get((ent, m))
        and (unit in (None, "rank") or units_compatible(pack.metrics[m].unit or "", unit, pack))
        and (unit != "rank") == (pack.metrics[m].kind != "rank")
    ]
    if len(cands) < 2:
        return None
    # the words a measure's names add to what all the candidates share ("among African
    # countries", "world"); its own name's (not its aliases') say how much more it narrows
    keys = {m: scope_keys(" ".join(n for n in pack.metrics[m].names if n != m)) for m in cands}
    named = {m: scope_keys(f"{pack.metrics[m].name_ja or ''} {pack.metrics[m].name_en or ''}") for m in cands}
    shared = frozenset.intersection(*keys.values())

    def fit(m: str, words: frozenset[str]) -> tuple[int, int]:
        return len(words & (keys[m] - shared)), -len(named[m] - shared - words)

    picked: list[str] = []
    for i in range(len(nums)):
        words = scope_keys(_scope_words(st, nums, i))
        scored = sorted(cands, key=lambda m: fit(m, words), reverse=True)
        if fit(scored[0], words)[0] == 0 or fit(scored[0], words) == fit(scored[1], words):
            return None
        picked.append(scored[0])
    if len(set(picked)) < 2:
        return None
    out: list[Finding] = []
    for n, mid in zip(nums, picked, strict=True):
        sub = _Ctx(replace(st, metrics=(mid,), numbers=(n,)), ctx.ev, pack, ctx.lang, ctx.claim)
        found = _metric(sub)
        if isinstance(found, list):
            out += found
        elif found is not None:
            out.append(found)
    return out or None


def _scope_words(st: Statement, nums: list[ClaimedNumber], i: int) -> str:
    """The words that say where figure ``i`` is of: in English, the prepositional phrase right
    after it ("7th in Africa", "106th in the world"), else the words between the previous figure
    and it ("and unemployment 4%"); in Japanese, the words before it (「全国で3位」)."""
    n = nums[i]
    a = n.start - st.start
    b = n.end - st.start
    nxt = nums[i + 1].start - st.start if i + 1 < len(nums) else len(st.span)
    prev = nums[i - 1].end - st.start if i > 0 else 0
    if st.lang == "en":
        after = st.span[b:nxt]
        m = _SCOPE_AFTER.match(after)
        if m is not None:
            return m.group(1)
    return st.span[max(prev, 0) : max(a, 0)]


#: A prepositional phrase right after a figure, up to a comma, a conjunction or the end
_SCOPE_AFTER = re.compile(
    r"(?i)\s*((?:in|among|across|within|on|of|for|at)\s+[^,;:()]*?|worldwide|globally|nationally)"
    r"(?=\s*(?:,|;|:|\(|\band\b|\bbut\b|\bwhile\b|$))"
)


_NOW = NOW_WORDS
#: Results of a figure said to be current that an earlier value may explain (§4.11).
_MISSED = ("fails", "partly")


def _said_current(st: Statement) -> bool:
    """A figure said to be current with no period of its own ("Right now exports are 120 billion"),
    not the level of the clause before said still to hold (「いまもその水準のままだ」, "is still at that
    level": the earlier value is the one that clause gave, and the latest is what is asked)."""
    return not st.periods and bool(_NOW.search(st.span)) and "still_there" not in st.cues


def _out_of_date(
    ctx: _Ctx,
    ent: str,
    mid: str,
    ids: Sequence[str],
    latest: list[Observation],
    numbers: list[ClaimedNumber],
) -> Finding | None:
    """A figure stated as current ("Right now exports are 120 billion") that fails against the
    latest value at the claim's date but holds for an earlier one: right once, out of date now."""
    pack = ctx.pack
    series = sorted(
        (pack.observations[i] for i in ids if pack.observations[i].value is not None),
        key=lambda o: (o.period.end, o.sort_key),
    )
    newest = max(o.period.end for o in latest)
    earlier = [o for o in series if o.period.end < newest]
    for back, o in enumerate(reversed(earlier)):
        got = [_value_finding(ctx, n, o, ctx.mname(mid)) for n in numbers]
        if got and all(g is not None and g[0] == "holds" for g in got):
            credit = STALE_CREDIT_PREVIOUS if back == 0 else STALE_CREDIT_OLDER
            assert o.value is not None
            now_text = ", ".join(ctx.q(x.value.value, x.unit) for x in latest if x.value)
            then = ctx.q(o.value.value, o.unit)
            reason = ctx.t(
                f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(o.period)}には{then}で主張と合うが、"
                f"主張の時点での最新値は{now_text}（{ctx.ptext(latest[0].period)}）: 古い数字。",
                f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {then} in {ctx.ptext(o.period)}, as claimed, "
                f"but the latest value at the claim's date is {now_text} ({ctx.ptext(latest[0].period)}): "
                "the figure is out of date.",
            )
            ncs = [g[1] for g in got if g is not None]
            return Finding("partly", reason, [o.id, *(x.id for x in latest)], ncs, credit=credit)
    return None
def _per_unit(ctx: _Ctx, per: ClaimedNumber) -> Finding | None:
    """「税率1%あたり約2.7兆円」, "about 2.7 trillion yen per 1 percent of the rate": the subject's
    measure in the amount's unit over its measure in the ``per`` number's unit, times that
    number, at the same period: 17.185兆円 / 6.3% × 1% = 2.73兆円."""
    st, pack = ctx.st, ctx.pack
    amounts = [n for n in st.numbers if n.role is None and n.unit and n.unit != per.unit]
    if not amounts or not st.entities or per.quantity.value == 0 or per.unit is None:
        return None
    ent = st.entities[0]
    own = list(dict.fromkeys(pack.observations[i].metric for i in ctx.index.observations(ent)))
    ordered = [m for m in st.metrics if m in own] + [m for m in own if m not in st.metrics]

    def of_unit(unit: str) -> str | None:
        # the measures themselves, not one already per something ("税率1%あたりの消費税収")
        found = [
            m
            for m in ordered
            if pack.metrics[m].unit
            and units_compatible(pack.metrics[m].unit or "", unit, pack)
            and not any(_PER_NAME.search(n) for n in pack.metrics[m].names)
        ]
        named = [m for m in found if m in st.metrics]
        return (named or found)[0] if len(named) == 1 or len(found) == 1 else None

    base, whole = of_unit(per.unit), of_unit(amounts[0].unit or "")
    if base is None or whole is None or base == whole:
        return None
    picked = [pick_observations(pack, ctx.index.observations(ent, m), st.period) for m in (base, whole)]
    if not picked[0] or not picked[1] or picked[0][0].value is None or picked[1][0].value is None:
        return None
    b, w = picked[0][0], picked[1][0]
    assert b.value is not None and w.value is not None
    if b.value.value == 0:
        return None
    value = w.value.value / b.value.value * per.quantity.value
    results = [compare_value(replace(n, quantity=replace(n.quantity, unit=w.unit)), value) for n in amounts]
    per_text = ctx.q(per.quantity.value, per.unit)
    reason = ctx.t(
        f"{ctx.ename(ent)}の{ctx.mname(whole)}{ctx.q(w.value.value, w.unit)}を{ctx.mname(base)}"
        f"{ctx.q(b.value.value, b.unit)}で割ると、{per_text}あたり{ctx.q(value, w.unit)}"
        f"（主張: {', '.join(n.text for n in amounts)}）。",
        f"{ctx.ename(ent)}'s {ctx.mname(whole)} {ctx.q(w.value.value, w.unit)} over its {ctx.mname(base)} "
        f"{ctx.q(b.value.value, b.unit)} is {ctx.q(value, w.unit)} per {per_text} "
        f"(claimed: {', '.join(n.text for n in amounts)}).",
    )
    return Finding(_min_result(results), reason, [b.id, w.id])


_PER_NAME = re.compile(r"あたり|当たり|当り|(?i:\bper\b)")


def _sourced_in(ctx: _Ctx, ids: Sequence[str]) -> list[Observation]:
    """For a period that dates the source ("2017年の調査では"): the observations of the series from
    a source published in it, the latest first; else none."""
    st, pack = ctx.st, ctx.pack
    period = next((p.period for p in st.periods if p.role == "source"), None)
    if period is None:
        return []
    sourced = [
        pack.observations[i]
        for i in ids
        if any(
            s in pack.sources and (pub := pack.sources[s].published) is not None and period.overlaps(pub)
            for s in pack.observations[i].source
        )
    ]
    if not sourced:
        return []
    end = max(o.period.end for o in sourced)
    return [o for o in sourced if o.period.end == end]


def records_a_change(metric: Metric) -> bool:
    """Whether a measure's own name (not an alias: "net new jobs" may name a level's series too)
    says it records a change: "increase in public debt during the administration"."""
    return measures_change(n for n in (metric.name_ja, metric.name_en) if n)


#: A measure's name that counts from a start: "since 1 January", 「…以来の」, "so far", "to date",
#: "year to date", 累計, 累積
_CUMULATIVE_NAME = re.compile(r"(?i)\bsince\b|\bso far\b|\bto date\b|\bcumulative\b|累計|累積|以来")
#: A start a running total is counted from: in a measure's name, "since 2006", 「2006年以降」; in its
#: definition, tied to a word of a total ("total since 2006", 「2006年度以降の累計」) or alone ("since
#: 2006") — not a break in a series ("2024年以降は新NISA", "from 2015 includes …")
_YEAR_SINCE = r"(?:since|from)\s+(?:(?:fiscal(?:\s+year)?|FY)\s?)?(?P<{0}>(?:19|20)\d\d)\b"
_COUNTED_FROM_NAME = re.compile(
    r"(?i)\b" + _YEAR_SINCE.format("y") + r"|(?P<j>(?:19|20)\d\d)\s?年度?\s?(?:以降|以来|から)"
)
_COUNTED_FROM_DEFINITION = re.compile(
    # (not past a verb: "EU total is EU-28 for 2014-2016 and EU-27 from 2021" dates what the
    # aggregate covers, no count from 2021)
    r"(?i)\b(?:cumulative|cumulated|total|sum|running|combined|in\s+all)\b"
    r"(?:(?!\b(?:is|are|was|were)\b)[^.;。]){0,40}?\b"
    + _YEAR_SINCE.format("y")
    + r"|^\W*" + _YEAR_SINCE.format("y2") + r"\W*$"
    r"|(?P<j>(?:19|20)\d\d)\s?年度?\s?(?:以降|以来|から)の?\s?(?:累計|累積|合計|通算|総額)"
    r"|(?:累計|累積|通算)[^。、]{0,20}?(?P<j2>(?:19|20)\d\d)\s?年度?\s?(?:以降|以来|から)"
)
#: A running total by its name: 累計, "cumulative"
_SUM_FROM_A_START = re.compile(r"累計|累積|通算|(?i:\bcumulative\b)")
#: Words of a claim that say its figure is a running total: 累計, "so far", "by 2024", 「までに」
_RUNNING_TOTAL_SAID = re.compile(
    r"累計|累積|通算|これまで|今まで|までに|まで(?:の|で)|以降|以来"
    r"|(?i:\bcumulative(?:ly)?\b|\bso\s+far\b|\bto\s+date\b|\bin\s+total\b|\baltogether\b"
    r"|\ball\s+told\b|\bsince\b|\bby\s+(?:the\s+end\s+of\s+)?(?:fiscal\s+|FY\s?)?\d{4}\b)"
)


def running_change(metric: Metric) -> bool:
    """A measure counted from a start, by its names or definition ("… since January 2025",
    累計, "January 2025 = 0"): a running total or a running change."""
    return any(_CUMULATIVE_NAME.search(n) for n in metric.names) or bool(_counted_from(metric))


def _counted_from(metric: Metric) -> set[int]:
    """The years a running total is counted from, by its names and definition ("since 2006")."""
    found = [m for n in metric.names if n for m in _COUNTED_FROM_NAME.finditer(n)]
    found += list(_COUNTED_FROM_DEFINITION.finditer(metric.definition or ""))
    return {int(next(g for g in m.groups() if g)) for m in found}


#: A verb that adds up over a window said since a start: "has spent", "invested", 「投じてきた」「費やし
#: た」 — the figure of such a verb over a window since a date is the sum over it (a running total)
_ADDS_UP = re.compile(
    r"(?i)\b(?:spent|invested|poured|paid|disbursed|allocated|donated|lent|sunk"
    r"|pumped|channell?ed|committed)\b|\b(?:a\s+total\s+of|in\s+total|altogether|cumulative(?:ly)?)\b"
    r"|投じ|投入し|費やし|支出し|拠出し|つぎ込|注ぎ込|使っ(?:た|てき)|累計|合計|総額|通算"
)


def _total_since_on_single_periods(st: Statement, metric: Metric) -> bool:
    """A running total since a start said with a verb that adds up ("has spent ₩400 trillion since
    2006", 「2006年以降、約400兆ウォンを投じてきた」) on a measure of amounts or counts by period
    that is no running total itself: one period's value (2006's) is not the sum since it."""
    if len(st.periods) != 1 or st.periods[0].role != "since" or st.cues & {"up", "down"}:
        return False
    if metric.kind not in ("amount", "count") or measures_change(metric.names):
        return False
    if any(_CUMULATIVE_NAME.search(n) for n in metric.names) or _counted_from(metric):
        return False
    return _ADDS_UP.search(st.span) is not None


def _with_running_totals(ctx: _Ctx, mids: list[str]) -> list[str]:
    """The statement's measures, with the pack's running total from the claim's start year put
    before a measure of single periods that a running total since that year is said of (「2006年
    以降…約400兆ウォンを投じてきた」 on the yearly budget: the total since 2006 the pack keeps, named by
    its definition, contract 1.1), when exactly one such total in the same unit has values of the
    statement's entities."""
    st, pack = ctx.st, ctx.pack
    out: list[str] = []
    for mid in mids:
        metric = pack.metrics.get(mid)
        if metric is not None and _total_since_on_single_periods(st, metric):
            year = st.periods[0].period.start.year
            totals = [
                m for m, other in sorted(pack.metrics.items())
                if m not in mids and other.unit == metric.unit and year in _counted_from(other)
                and any(ctx.index.observations(e, m) for e in st.entities)
            ]
            if len(totals) == 1 and totals[0] not in out:
                out.append(totals[0])
        out.append(mid)
    return out


def _other_count(st: Statement, metric: Metric) -> bool:
    """A running total from a year (a measure whose name or definition counts from a start year:
    "total since 2006", 「2006年度以降の累計」) set against a claim of another count: a window from
    another start ("since 2010" against a total since 2006), or the flow of one period said
    without a word of a running total ("spent ¥3.2 trillion in fiscal 2024" is that year's, not the
    total to it) — a linguistic reason: a total since a start is the sum of every period from it."""
    starts = _counted_from(metric)
    if not starts:
        # "cumulative installed capacity" is a stock at each date, "so far", "year to date", "since
        # 1 January" a count within a period: a level of its period like any other
        return False
    since = [p for p in st.periods if p.role == "since"]
    if since:
        return since[0].period.start.year not in starts
    if len(st.periods) != 1 or _RUNNING_TOTAL_SAID.search(st.span):
        return False
    # the measure's own name said in the claim ("the cumulative total was …") says it too
    return not any(_SUM_FROM_A_START.search(n) and n in st.span for n in metric.names)


#: A change said over several years, a window by its length: "in just three years", "over the past
#: 5 years", "across two years", 「3年間で」, 「この10年で」 (the number of years; one year says nothing
#: beyond a yearly rate)
_YEARS_SAID = re.compile(
    r"(?i)\b(?:in|over|within|across)\s+(?:just\s+|only\s+|the\s+(?:past|last)\s+)?"
    r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b"
    r"|(?<![\d.,])(?P<nj>\d{1,2})年(?:間)?で(?!連続|ぶり)"
)


def years_said(span: str) -> int:
    """How many years a change is said over ("gone up 45% in just three years": 3); 0 when none."""
    m = _YEARS_SAID.search(span)
    return (word_number(m["n"] or m["nj"]) or 0) if m else 0


#: An average over a span, in a measure's name and in the claim ("averaged 5.6% over the last five
#: years" on "average real GDP growth over five years", 「過去5年の平均」)
_AVERAGE = re.compile(r"(?i)\baverag(?:e|ed|es|ing)\b|平均")


def _at_term_start(st: Statement, pack: Pack, ids: Sequence[str]) -> list[Observation]:
    """"When he took office in 2015, there were 1.5 million tourists": the figure at the moment a
    term began is the latest one of a period over by then (2014's), when the pack has none of the
    year itself and that period ended at most a year before (a linguistic reason: the start of a
    term is a moment; a year's total is known after the year)."""
    if len(st.periods) != 1 or st.periods[0].role != "took_office":
        return []
    start = st.periods[0].period.start
    before = [
        o for o in (pack.observations[i] for i in ids)
        if o.value is not None and o.period.end < start and (start - o.period.end).days <= 366
    ]
    return [max(before, key=lambda o: o.period.end)] if before else []


def _value_period(st: Statement, metric: Metric | None = None) -> Period | None:
    """The period a statement's value is of: its period; for a window ("between December 2010
    and February 2014", "since 2012" with a change word, or on a measure whose name records a
    change: 「平成18年度からの増加額」) the window's end — the pack may hold the change itself as a
    value at that date ("change in jobs since December 2010")."""
    if st.cues & {"up", "down"} or (metric is not None and measures_change(metric.names)):
        if len(st.periods) >= 2:
            return max((p.period for p in st.periods), key=lambda p: p.end)
        if st.periods and st.periods[0].role == "since":
            return None  # the latest
    if (
        metric is not None
        and len(st.periods) == 1
        and st.periods[0].role == "since"
        and (any(_CUMULATIVE_NAME.search(n) for n in metric.names) or bool(_counted_from(metric)))
    ):
        # "since Jan. 1, we have had more than 20,000 people … apprehended" on a measure counted
        # since a start ("people apprehended since 1 January"): the count so far, its latest value
        return None
    if (
        metric is not None
        and len(st.periods) == 1
        and st.periods[0].role == "since"
        and _AVERAGE.search(st.span)
        and any(_AVERAGE.search(n) for n in metric.names)
    ):
        # "averaged 5.6% over the last five years" on a measure that is the average over a span:
        # the window is what the average is over, its value the latest (a linguistic reason)
        return None
    if len(st.periods) == 1 and st.periods[0].role == "since" and "period" in st.inherited:
        # 「2017年から30万人以上増えて、300万人を超えた」: the level said after a change since a date,
        # taking that date from the clause before, is where the change ended, its latest value; the
        # start of a window is no date of a level (a linguistic reason; round 13 daycare m3)
        return None
    if len(st.periods) >= 2 and any(is_time_unit(n.unit) for n in st.numbers):
        # "single digits for 32 consecutive months, from June 2010 to January 2013": a length of
        # time is dated by its window's end (a run is known when it ends)
        return max((p.period for p in st.periods), key=lambda p: p.end)
    return st.period


def _plan_reaching(ctx: _Ctx, ent: str, numbers: list[ClaimedNumber]) -> str | None:
    """A plan or target of ``ent`` (or one of the statement's candidate events) whose amount is
    a claimed number, the earliest first."""
    ids = {c.id for c in ctx.ev.events if c.plan}
    ids |= {i for i in ctx.index.events_of(ent) if is_plan_event(ctx.pack.events[i])}
    for eid in sorted(ids, key=lambda i: (ctx.pack.events[i].date.start, i)):
        ev = ctx.pack.events[eid]
        if ev.amount is None:
            continue
        for n in numbers:
            if n.unit == ev.amount.unit and compare_value(n, ev.amount.value) == "holds":
                return eid
    return None


#: Words of a measure's name that say its values are estimated, not planned: an estimate of a
#: period already over (「超過死亡数（推定の上限）」 for 2021-2023, "estimated graduation rate") is
#: what happened as best known, a value like any other.
_ESTIMATE_NAME = re.compile(r"(?i)\bestimat(?:e|es|ed)\b|推定|推計")


def _now(ctx: _Ctx) -> Period | None:
    """The claim's "now": its date, else the pack's latest evidence."""
    now = ctx.claim.now if ctx.claim is not None else None
    return now or latest_evidence_date(ctx.pack)


def _estimate_of_the_past(metric: Metric, obs: list[Observation], as_of: Period | None) -> bool:
    """A measure whose name's only target word is an estimate word, observed for periods over by
    the claim's date: its values are estimates of what happened, not targets."""
    if as_of is None or not obs or any(o.period.end > as_of.end for o in obs):
        return False
    return _only_target_words(metric.names, _ESTIMATE_NAME)


def _only_target_words(names: Sequence[str], words: re.Pattern[str]) -> bool:
    """Whether a measure's names say ``words`` and no target word beside them (none is left in a
    name once they are struck out)."""
    return _no_other_target_word(names, words) and any(words.search(n) for n in names)


def _no_other_target_word(names: Iterable[str], words: re.Pattern[str]) -> bool:
    """Whether no name of a measure holds a target word once ``words`` are struck out of it."""
    return not any(lx.has(lx.TARGET_WORDS, words.sub(" ", n)) for n in names)


#: Target words that only say a figure is reckoned ahead, not aimed at: a projection, a forecast
_PROJECTION_NAME = re.compile(
    r"(?i)\bestimat(?:e|es|ed)\b|\bproject(?:ed|ions?)\b|\bforecasts?\b|推定|推計|見込み|予測|見通し"
)


def _projection_of_the_present(metric: Metric, obs: list[Observation], as_of: Period | None) -> bool:
    """A measure whose name's only target words are projection words, observed for the period the
    claim was said in ("projected debt stock by May 2023", the claim of 3 May 2023 that the
    debt being left behind is 77 trillion): what is said of the present can only be reckoned
    then, so the projection is the figure of it, not a target (a linguistic reason: the present
    tense speaks of now)."""
    if as_of is None or not obs or not all(o.period.start <= as_of.start <= o.period.end for o in obs):
        return False
    return _only_target_words(metric.names, _PROJECTION_NAME)


#: How many values of a target set each in its own period make it a level in force.
LEVEL_TARGET_VALUES = 3


def set_in_its_own_period(pack: Pack, ids: Iterable[str]) -> bool:
    """A target measure whose values are each set within the period they are of (every source
    published no earlier than the period's start, three values at least: "Banxico target for the
    overnight interbank rate", "federal funds target rate"): the level in force, which the
    authority sets for now, not an aim fixed ahead for a later period (an admissions target for
    2025 set in November 2024, a 2030 share). A linguistic reason: a plan speaks of a later time."""
    obs = [pack.observations[i] for i in ids if i in pack.observations]
    if len(obs) < LEVEL_TARGET_VALUES:
        return False
    for o in obs:
        dates = [pack.sources[s].published for s in o.source if s in pack.sources]
        if not dates or any(d is None or d.start < o.period.start for d in dates):
            return False
    return True


#: Words of a measure's definition that say its values are reckoned ahead: "projection (medium
#: variant)", 「2025年時点の予測」 (not an estimate: 推計人口 estimates what is)
_PROJECTION_DEFINITION = re.compile(
    r"(?i)\bproject(?:ed|ions?)\b|\bforecasts?\b|\boutlook\b|予測|見通し|将来推計|見込み"
)


#: A definition that says only some values are projections: "values for future years are
#: projections", "2026 value is a projection", 「2025年度以降は見込み」 (a series of actuals and projections)
_SOME_VALUES = re.compile(
    r"(?i)\bfuture\b|\b(?:later|recent|latest)\b|(?:19|20)\d\d|values?\s+for|以降|以後|直近|見込み値を含"
)


#: Where a definition names its source or a publication, not what its values are: from "source:"
#: / 出典 on, a capitalised title ("Economic Outlook", "World Economic Outlook database", "Energy
#: Outlook") and a bracketed title (「経済・物価情勢の展望」): "Real GDP growth; source: the central
#: bank's Economic Outlook report" is a measure of actuals (a linguistic reason: a title names a
#: publication, the definition's head says what is measured)
_SOURCE_PART = re.compile(
    r"(?i:\bsources?\s*[:：]|\bdata\s+from\b|\bfrom\s+the\b|出典|資料[:：]).*"
    r"|(?:\b[A-Z][\w'&-]*\s+){1,4}Outlook\b"
    r"|「[^」]{0,80}」|『[^』]{0,80}』"
)


def projection_by_definition(metric: Metric) -> bool:
    """A measure whose definition says its values are projections (contract 1.1 ``definition``),
    all of them: not a series whose later values only are ("values for future years are
    projections"), nor one whose source only is titled so (:data:`_SOURCE_PART`)."""
    d = _SOURCE_PART.sub(" ", metric.definition or "")
    return bool(d.strip() and _PROJECTION_DEFINITION.search(d) and not _SOME_VALUES.search(d))


def is_projection_metric(metric: Metric) -> bool:
    """A measure of projections, not of plans: its names or definition say projection, forecast,
    outlook, 予測, 見通し, and its names no other target word (目標, plan, target)."""
    names = metric.names
    return _no_other_target_word(names, _PROJECTION_NAME) and (
        projection_by_definition(metric) or any(_PROJECTION_DEFINITION.search(n) for n in names)
    )


def is_target_metric(names: Iterable[str]) -> bool:
    """A metric that records targets or plans (its name says so: 目標, target, plan ...)."""
    return any(lx.has(lx.TARGET_WORDS, n) for n in names)


def _range_of_two_measures(
    ctx: _Ctx, ent: str, mid: str, obs: list[Observation], numbers: list[ClaimedNumber]
) -> Finding | None:
    """A measure that is one bound of a range the pack holds as two measures (``bound_pairs``):
    a claimed range is checked end by end, one figure inside the range (or at one of its ends)
    holds only in part — an approximate figure strictly inside it holds — and one outside it is
    compared with the nearer end. None: not such a measure, or the claim names a bound itself."""
    if len(obs) != 1 or obs[0].value is None or SAYS_A_BOUND.search(ctx.st.span):
        return None
    got = partner_value(ctx.pack, mid, ent, obs[0], ctx.index.observations(ent))
    if got is None:
        return None
    unit = ctx.pack.metrics[mid].unit
    mine = (obs[0].value.value, mid, obs[0])
    theirs = (got[1].value.value if got[1].value else 0.0, got[0], got[1])
    lo, hi = sorted((mine, theirs), key=lambda x: x[0])
    kept = [n for n in numbers if n.role in (None, "to") and n.unit in (None, unit)]
    if lo[0] >= hi[0] or not kept:
        return None
    sides = {n.comparator for n in kept}
    if len(kept) == 2 and sides == {"at_least", "at_most"}:
        # 「4〜5割」, "36-38%": each end against its own bound
        found = []
        for n, (_, m, o) in ((next(k for k in kept if k.comparator == "at_least"), lo),
                             (next(k for k in kept if k.comparator == "at_most"), hi)):
            end = replace(n, comparator="about" if n.quantity.approx else "exactly")
            f = _compare_observations(ctx, ent, m, [o], [end], pair=False)
            if f is None:
                return None
            found.append(f)
        return Finding(
            _min_result(f.result for f in found), " ".join(f.reason for f in found),
            [e for f in found for e in f.evidence], [c for f in found for c in f.numbers],
        )
    if len(kept) != 1 or kept[0].comparator not in ("about", "exactly"):
        return None
    n = kept[0]
    x = n.quantity.value
    tol = 0.10 if n.comparator == "about" or n.quantity.approx else 0.02
    near = lo if abs(x - lo[0]) <= abs(x - hi[0]) else hi
    f = _compare_observations(ctx, ent, near[1], [near[2]], [n], pair=False)
    if f is None or not lo[0] * (1 - tol) <= x <= hi[0] * (1 + tol):
        return f  # outside the range: the nearer end decides, as a single value would
    inside = lo[0] < x < hi[0] and tol == 0.10
    span = ctx.t("〜", " to ").join((ctx.q(lo[0], unit), ctx.q(hi[0], unit)))
    reason = ctx.t(
        f"{ctx.ename(ent)}の値は{ctx.ptext(obs[0].period)}に{span}の幅（主張: {n.text}）"
        + ("。" if inside else ": 幅の一点だけを述べている。"),
        f"{ctx.ename(ent)}'s value for {ctx.ptext(obs[0].period)} is a range, {span} (claimed: {n.text})"
        + ("." if inside else ": the claim gives one point of it."),
    )
    return Finding("holds" if inside else "partly", reason, [lo[2].id, hi[2].id], f.numbers)


def _compare_observations(
    ctx: _Ctx, ent: str, mid: str, obs: list[Observation], numbers: list[ClaimedNumber], pair: bool = True
) -> Finding | None:
    if pair:
        ranged = _range_of_two_measures(ctx, ent, mid, obs, numbers)
        if ranged is not None:
            return ranged
    ncs: list[NumberCompared] = []
    per_obs: list[Result] = []
    credits: list[float | None] = []
    label = f"{ctx.ename(ent)} {ctx.mname(mid)}"
    # one value of a growth rate said as the size of a rise or a fall ("raised fees by 2%", 「1割以上
    # 減った」; not "inflation hit 12%", a level of the rate, nor "dropped below 30%", a line: §4.1)
    growth = ctx.pack.metrics[mid].kind == "growth" and len(obs) == 1 and bool(ctx.st.cues & {"up", "down"})
    years = years_said(ctx.st.span) if growth and ctx.pack.metrics[mid].base is None else 0
    if years >= 2:
        # "gone up by about 45% in just three years" against one year's rate (12.74 % in FY2026):
        # a change over several years is the years' rates compounded, not one of them (a
        # linguistic reason; blind round 15c za mt5, a flip): the one value does not settle it
        return Finding("unknown", ctx.t(
            f"主張は{years}年間の変化、{label}は1期ごとの率。",
            f"The claim is of a change over {years} years; "
            f"{label} is a rate of one period.",
        ), [obs[0].id])
    for o in obs:
        rs = []
        for n in numbers:
            got = _value_finding(ctx, n, o, label)
            if got is None:
                continue
            r = got[0]
            if (
                r == "fails" and growth and n.unit == "%"
                and (n.comparator in ("about", "exactly") or bound_of_a_size(n))
                and n.role in (None, "by") and not level_reached(ctx.st, n, "%")
                and got[1].found * n.quantity.value > 0
            ):
                # a growth rate of the claimed sign ("raised fees by 2%" for +1.59 %): the
                # direction holds, the size is graded as a change's (§4.1 writers' scale)
                size = replace(n, quantity=replace(n.quantity, value=abs(n.quantity.value)))
                half = half_of_a_fall(ctx.st, n, False)
                left = 1 - abs(got[1].found) / 100
                # "fell 50%" on a rate of -42 %: x0.58 left, graded as "halved" is (one ladder)
                r, credit = (
                    (grade_multiple(half, left, of_a_change=True) if left > 0 else ("fails", None))
                    if half is not None else grade_size(size, abs(got[1].found))
                )
                credits.append(credit)
            elif (
                r == "fails" and (not growth or not bound_of_a_size(n)) and got[1].claimed is not None
                and bound_on_the_line(ctx.st, n, got[1].claimed, got[1].found)
            ):
                # "more than half" for 50.0 %, 「5%を超える」 for 5.0 %: on the line, a near miss as
                # any strict bound at the very value is (mostly false, review of session 24), also
                # when the figure is a fraction word (a crossing, 「5%を突破」, keeps its reading)
                r = "partly"
                credits.append(CREDIT_WRONG_SIZE)
            elif r == "fails" and (not growth or not bound_of_a_size(n)) and level_bound_near(
                ctx.st, n, got[1].found
            ):
                # "more than three million" for 2,978,000, "dropped below 30%" for a rate of 31.5 %:
                # a level's bound (a line, on a growth rate) missed by a little (§4.1)
                r = "partly"
                credits.append(CREDIT_WRONG_SIZE)
            elif (
                r == "fails" and not growth and n.role in (None, "to")
                and not level_reached(ctx.st, n, n.unit)
            ):
                # "a trillion dollars" for 900 billion, 「3割近く」 for 23.9 %: the level's grading
                # scale (§4.1, fitted on round halves)
                nc = got[1]  # the claimed figure in the found value's unit (「半分」 as 50 %)
                if nc.claimed is not None:
                    said = replace(n, quantity=replace(n.quantity, value=nc.claimed, unit=nc.unit))
                    r, credit = grade_level(said, nc.found)
                    credits.append(credit)
            elif r == "partly" and ctx.pack.metrics[mid].kind != "growth" and n.role in (None, "to") and (
                n.quantity.approx and over_by_points(got[1]) is not None
            ):
                # "about three quarters" for 64 %: eleven points of the whole over the value, an
                # overstated size (§5.1, session 22); not on a growth rate, which has no whole
                credits.append(CREDIT_WRONG_SIZE)
            elif r == "partly" and not growth and n.role in (None, "to") and (
                overstates_the_truth(n, got[1]) or far_in_its_band(n, got[1]) or nearly_far(n, got[1])
            ):
                # "about 80%" for 66 %: 17.5 % of the claim, but 21 % over the truth; "about 30 yen a
                # litre" for 25.1: 16 % off, the far end of the band; 「25万件近く」 for 222,400: 11 %
                # short of "nearly", twice its 5 % (§4.1)
                credits.append(CREDIT_HALF)
            rs.append(r)
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
    claimed = ", ".join(dict.fromkeys(n.text for n in numbers))  # a band's two ends, said once
    period = ctx.ptext(obs[0].period)
    reason = ctx.t(
        f"{ctx.ename(ent)}の{ctx.mname(mid)}は{period}に{found_text}（主張: {claimed}）。",
        f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {found_text} in {period} (claimed: {claimed}).",
    )
    if conflicts:
        reason += ctx.t("出典によって値が異なる。", " The sources disagree.")
    return Finding(result, reason, [o.id for o in obs], ncs, conflicts, credit=graded_credit(result, credits))


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
            named = pack.metrics[mid].category_name(cat)  # the pack's names of the value
            names = (named.ja, named.en) if named else ()
            spellings = {
                cat.casefold(),
                cat.casefold().replace("_", " "),
                cat.casefold().replace("_", "-"),
                cat.casefold().replace("_", ""),
                *(fold(n) for n in names if n and len(n) >= 2),
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
    metric = pack.metrics[mid]
    found = [metric.category_label(c, ctx.lang) for c in sorted(actual)]
    said = metric.category_label(claimed, ctx.lang)
    reason = ctx.t(
        f"{ctx.ename(ent)}の{ctx.mname(mid)}は「{'、'.join(found)}」（主張: 「{said}」）。",
        f"{ctx.ename(ent)}'s {ctx.mname(mid)} is '{', '.join(found)}' (claimed: '{said}').",
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
    summed = summed_members(ctx)
    if summed is not None:
        return summed  # 「AとBを合わせると全体の45%を占める」: the members' sum (§4.16)
    # a share is a part of a whole: never a multiple ("3倍" is no 300 % share, §4.14)
    numbers = [n for n in st.numbers if n.unit in ("%", "x") and comparable(st, n, "%", "share")]
    if not numbers:
        return None
    numbers = [n if n.unit == "%" else _as_percent(n) for n in numbers]
    if not any(pack.metrics[m].kind == "share" for m in st.metrics[:4]):
        whole = _share_of_a_whole_measure(ctx, numbers)
        if whole is not None:
            return whole
    for mid in st.metrics[:4]:
        metric = pack.metrics[mid]
        if metric.kind == "share" and of_another_whole(st, metric, pack):
            continue  # 「送金の約9割」 is no share of GDP (§4.13, "A share of another whole")
        numbers = [n for n in numbers if not in_a_name(st, n, metric.names)] or numbers
        for ent in st.entities:
            ids = ctx.ev.series.get((ent, mid))
            if not ids:
                continue
            obs = pick_observations(pack, ids, _share_period(st), ctx.as_of, said_grain(st.span))
            if not obs:
                continue
            if metric.kind == "share" or metric.unit == "%":
                moment = _moment_of_a_bound(st, numbers, pack, ids, _share_period(st), metric.names)
                if moment is not None:
                    obs, numbers = [moment[0]], moment[1]  # a share's line crossed at one moment (§4.7)
                found = _compare_observations(ctx, ent, mid, obs, numbers)
                if found is not None and found.result in _MISSED and _said_current(st):
                    # "the share is currently 13.5%" when that was last year's: out of date (§4.11)
                    found = _out_of_date(ctx, ent, mid, ids, obs, numbers) or found
                return found
            newer = newer_share(ctx, ent, mid, obs[0].period)
            if newer is not None:
                return _compare_observations(ctx, ent, newer[0], newer[1], numbers)
            found = _share_of_total(ctx, ent, mid, obs, numbers)
            if found is not None:
                return found
    return None


#: The whole a part is taken of, said as such: 「輸出全体の約1割を占めた」, "of the total", "of all"
_WHOLE_WORD = re.compile(r"全体|総額|総数|(?i:\bof\s+(?:the\s+)?(?:total|all|overall)\b)")


def _share_of_a_whole_measure(ctx: _Ctx, numbers: list[ClaimedNumber]) -> Finding | None:
    """「2024年、酒類は…輸出全体の約1割を占めた」: the part and the whole are two measures of one
    subject (alcohol exports within all agri-food exports), the whole named by a word of the whole
    (全体, "of the total"): the part's value over the whole's at one period, when the statement
    names exactly one such pair of amounts in one unit and the larger is the whole (a linguistic
    reason: 全体 / "total" marks what the share is of; blind round 14c jp-sake m6)."""
    st, pack = ctx.st, ctx.pack
    if len(st.entities) != 1 or not _WHOLE_WORD.search(st.span) or not numbers:
        return None
    ent = st.entities[0]
    amounts = [
        m for m in st.metrics[:4]
        if pack.metrics[m].kind in ("amount", "count") and ctx.ev.series.get((ent, m))
    ]
    if len(amounts) != 2 or pack.metrics[amounts[0]].unit != pack.metrics[amounts[1]].unit:
        return None
    period = _share_period(st)
    picked = [pick_observations(pack, ctx.ev.series[(ent, m)], period, ctx.as_of) for m in amounts]
    if not all(picked) or picked[0][0].period != picked[1][0].period:
        return None
    a, b = picked[0][0], picked[1][0]
    if a.value is None or b.value is None or a.value.value <= 0 or a.value.value == b.value.value:
        return None
    named = _the_named_whole(st.span, pack.metrics[amounts[0]], pack.metrics[amounts[1]])
    if named is None:
        return None
    part, whole = (b, a) if named == 0 else (a, b)
    assert part.value is not None and whole.value is not None
    if whole.value.value <= part.value.value:
        # "agri-food exports were 10% of total alcohol exports": the whole the words name is no larger
        # than the part; no share of it is read
        return Finding("unknown", ctx.t(
            f"{ctx.mname(whole.metric)}{ctx.q(whole.value.value, whole.unit)}は{ctx.mname(part.metric)}"
            f"{ctx.q(part.value.value, part.unit)}を含む全体ではない。",
            f"{ctx.mname(whole.metric)}, {ctx.q(whole.value.value, whole.unit)}, is no whole that holds "
            f"{ctx.mname(part.metric)}, {ctx.q(part.value.value, part.unit)}.",
        ), [part.id, whole.id])
    share = 100 * part.value.value / whole.value.value
    graded = [grade_share_word(n, share, st.span) for n in numbers]
    result = _min_result([r for r, _ in graded])
    ncs = [
        NumberCompared(
            ctx.t(f"{ctx.mname(part.metric)}の割合", f"share of {ctx.mname(part.metric)}"),
            n.quantity.value, n.text, round(share, 6), "%", (part.id, whole.id), n.comparator,
            f"{ctx.q(part.value.value, part.unit)} / {ctx.q(whole.value.value, whole.unit)}",
        )
        for n in numbers
    ]
    reason = ctx.t(
        f"{ctx.mname(part.metric)}{ctx.q(part.value.value, part.unit)}は{ctx.mname(whole.metric)}"
        f"{ctx.q(whole.value.value, whole.unit)}の{share:.1f}%。",
        f"{ctx.mname(part.metric)}, {ctx.q(part.value.value, part.unit)}, is {share:.1f} % of "
        f"{ctx.mname(whole.metric)}, {ctx.q(whole.value.value, whole.unit)}.",
    )
    credit = graded_credit(result, [c for _, c in graded])
    return Finding(result, reason, [part.id, whole.id], ncs, credit=credit)


#: Where the words that name the whole end or start: a clause break or a case particle before
#: 全体 (「酒類輸出額は農林水産物輸出額全体の」), a clause break or a figure after "of the total"
_WHOLE_PHRASE_JA = re.compile(r"[^、。，,はがをで]{1,20}$")
_WHOLE_PHRASE_EN = re.compile(r"[^,.;:()\d]{0,60}")


def _the_named_whole(span: str, first: Metric, second: Metric) -> int | None:
    """Which of two measures (0: ``first``, 1: ``second``) a share's whole is, by the words: the one
    whose own words (those the other's names lack) stand next to the word of the whole (「農林水産物
    輸出額全体」, "of total agri-food exports"); when those words name neither (「輸出全体」, "of the
    total"), the other one of the measure named first (the part: 「酒類は…輸出全体の約1割」). None
    when the words do not tell (a linguistic reason: 全体 / "total" marks what the share is of; its
    size does not, review H7)."""
    own = [frozenset().union(*(word_keys(n) for n in m.names)) for m in (first, second)]
    own = [own[0] - own[1], own[1] - own[0]]
    if not all(own):
        return None
    word = _WHOLE_WORD.search(span)
    assert word is not None
    if word.group().startswith(("全", "総")):
        near = _WHOLE_PHRASE_JA.search(span, 0, word.start())
        phrase = (near.start(), word.start()) if near else (word.start(), word.start())
    else:
        near = _WHOLE_PHRASE_EN.match(span, word.end())
        phrase = (word.end(), near.end() if near else word.end())
    hit = [bool(word_keys(span[phrase[0]:phrase[1]]) & keys) for keys in own]
    if hit[0] != hit[1]:
        return 0 if hit[0] else 1
    if any(hit):
        return None
    rest = span[:phrase[0]] + " " * (phrase[1] - phrase[0]) + span[phrase[1]:]
    at = [_first_said(rest, keys) for keys in own]
    if at[0] == at[1]:  # (neither named, or at one place)
        return None
    if at[1] is None or (at[0] is not None and at[0] < at[1]):
        return 1  # the first measure named is the part
    return 0


def _first_said(text: str, keys: frozenset[str]) -> int | None:
    """Where a word of ``keys`` (word_keys: stemmed words, CJK bigrams) is first written in ``text``."""
    found = [m.start() for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", text) if word_keys(m.group()) & keys]
    found += [i for i in range(len(text)) if text[i:i + 2] in keys or text[i] in keys]
    return min(found, default=None)


def _share_period(st: Statement) -> Period | None:
    """The period a share is read at: its period; for a window to now alone ("95% of the jobs
    created in the past year", "since 2015, a third of new jobs"), the latest value by the claim's
    date — the share is of what the window holds, and the pack records it where the window ends (a
    linguistic reason). Dev: realworld aap-2019-morrison morrison_95_full_time."""
    if len(st.periods) == 1 and st.periods[0].role == "since":
        return None
    return st.period


def newer_share(ctx: _Ctx, part: str, mid: str, since: Period | None) -> tuple[str, list[Observation]] | None:
    """The part's own share measure of an amount (kind ``share``, in %, whose names hold every
    word of the amount's name in one language: "share of world nickel reserves" for "nickel
    reserves") and its value for the statement's period (else the latest out at the claim's date),
    when that is more recent than ``since``, the period of the amounts a share would be built from:
    the pack's share of 2023, not the ratio of the 2021 amounts (a stated reason: a share is of
    the period it is measured for; blind round 11 id-nickel reserves-nearly-half)."""
    pack = ctx.pack
    amount = pack.metrics[mid]
    wants = [k for k in (content_keys(amount.name_en or ""), content_keys(amount.name_ja or "")) if k]
    shares = [
        m.id for m in pack.metrics.values()
        if m.kind == "share" and m.unit == "%" and m.id != mid
        and any(w <= metric_name_keys(m) for w in wants)
        and ctx.lookup.observes(part, (m.id,))
    ]
    if len(shares) != 1:
        return None
    obs = pick_observations(pack, ctx.index.observations(part, shares[0]), ctx.st.period, ctx.as_of)
    if not obs or (since is not None and since.end >= obs[0].period.end):
        return None
    return shares[0], obs[:1]


def _as_percent(n: ClaimedNumber) -> ClaimedNumber:
    return replace(n, quantity=Quantity(n.quantity.value * 100, "%", n.quantity.approx, n.quantity.text))


def _share_of_total(
    ctx: _Ctx, ent: str, mid: str, obs: list[Observation], numbers: list[ClaimedNumber]
) -> Finding | None:
    """A share computed from a count or amount: the entity's value over the whole's — a world
    total, else another entity the statement names, else the entity's own country (households
    headed by foreigners within all of Japan's), whichever is observed at that period and is
    not smaller than the part."""
    pack = ctx.pack
    wholes = [w for w in _world_entities(ctx) if w != ent]
    wholes += [e for e in ctx.st.entities if e != ent and e not in wholes]
    country = pack.entities[ent].country if ent in pack.entities else None
    if country and country != ent and country not in wholes:
        wholes.append(country)
    for o in obs:
        if o.value is None:
            continue
        for total_id in wholes:
            tobs = [
                t
                for t in pick_observations(pack, ctx.index.observations(total_id, mid), o.period)
                if t.value is not None and t.period.overlaps(o.period)
            ]
            if not tobs or tobs[0].value is None or tobs[0].value.value == 0:
                continue
            t = tobs[0]
            assert t.value is not None and o.value is not None
            if abs(t.value.value) < abs(o.value.value):
                continue  # a whole is never smaller than its part
            share = 100 * o.value.value / t.value.value
            graded = [grade_share_word(n, share, ctx.st.span) for n in numbers]
            results = [r for r, _ in graded]
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
            result = _min_result(results)
            credit = graded_credit(result, [c for _, c in graded])
            return Finding(result, reason, [o.id, t.id], ncs, credit=credit)
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


def only_one(ctx: _Ctx, found: Finding) -> Finding:
    """A statement that says its subject is the only one ("Only the Philippines in ASEAN was
    forecast to grow", 「日本だけが」) against the other items the pack observes on the same measure
    at the same period: it fails when another has what is claimed too, and is unknown when the pack
    observes no other (the "only" cannot be shown). ``found``: the subject's finding, which held."""
    st, pack = ctx.st, ctx.pack
    own = [pack.observations[i] for i in found.evidence if i in pack.observations]
    if not own or not st.numbers:
        return found
    first = own[0]
    metric = pack.metrics[first.metric]
    numbers = _numbers_for(st, metric.unit or first.unit, pack, metric.names, metric.kind)
    numbers = [n for n in numbers if n.role is None]
    peers = [
        o
        for i in ctx.index.observations(metric=first.metric)
        if (o := pack.observations[i]).entity not in {x.entity for x in own}
        and o.period == first.period
        and o.value is not None
    ]
    if not numbers or not peers:
        reason = ctx.t(
            f" 主張は{ctx.ename(first.entity)}だけだと言うが、パックには同じ指標の比べられる他の対象がない。",
            f" The claim says {ctx.ename(first.entity)} is the only one; the pack observes no other item on "
            "this measure to show it.",
        )
        return Finding("unknown", found.reason + reason, found.evidence, found.numbers, found.conflicts)
    also = sorted(
        (
            o
            for o in peers
            if all(compare_value(n, o.value.value if o.value else 0.0) == "holds" for n in numbers)
        ),
        key=lambda o: o.entity,
    )
    if not also:
        reason = ctx.t(
            f" 他の{len(peers)}件はいずれも当てはまらない（{ctx.ename(first.entity)}だけ）。",
            f" None of the other {len(peers)} items has it: {ctx.ename(first.entity)} is the only one.",
        )
        evidence = [*found.evidence, *(o.id for o in peers)]
        return Finding("holds", found.reason + reason, evidence, found.numbers)
    names = ", ".join(
        f"{ctx.ename(o.entity)} {ctx.q(o.value.value, o.unit)}" for o in also[:5] if o.value is not None
    )
    reason = ctx.t(
        f" ただし{ctx.ename(first.entity)}だけではない: {names}も当てはまる。",
        f" But {ctx.ename(first.entity)} is not the only one: {names} too.",
    )
    return Finding("fails", found.reason + reason, [*found.evidence, *(o.id for o in also)], found.numbers)
