"""A neighbour measure is a guess (docs/verdict-rules.md §4.13, "One of an owner's several
series"): a check settled on a series of an owner that the claim does not name, when the owner has
other series the claim's figure could as well be a value of, is unknown.

An owner (a company, a canal, a country) often has several series in a pack: its sales and its
sales volume, its count in a year and its count a day, one price of a good and another. A clause
that names none of them by a name, an alias or a word only that series' names or definition hold
("A sold about 5% less X", 「AはXの支払いを増やした」) does not say which one it means; the linker's
choice among them (the owner's first series, the one named after the owner, the one whose words
score best) is a guess, and a guess decided the claim (blind round 25: a sales value read for a
volume, one price for another, a yearly count for a daily one). The series is kept only when the
claim's figures (their dimension: money, count, percent, rate, a mass …, from the contract's
``unit`` and ``kind``) and periods fit it and no other series of the owner.
"""

from __future__ import annotations

import re

from shingi.model import Check, Metric
from shingi.normalize.quantities import UNIT_NAMES
from shingi.pipeline.checks.changes import growth_siblings, names_level
from shingi.pipeline.checks.common import _Ctx
from shingi.pipeline.checks.dimensions import (
    GROWTH,
    MULTIPLE,
    PERCENT,
    POINTS,
    claimed_dimension,
    comparable,
    measure_dimension,
)
from shingi.pipeline.claims.numbers import is_time_unit
from shingi.pipeline.claims.statement import ClaimedNumber
from shingi.pipeline.morphology import content_keys, paraphrase, word_keys
from shingi.pipeline.retrieve import measures_change

#: the words of units of measure other than counts (currencies, tonnes, per cent, watts …, from the
#: quantity grammar): a figure's unit says no series' name
_UNIT_KEYS = frozenset().union(
    *(
        word_keys(name) for name, unit in UNIT_NAMES.items()
        if unit != "count" and not is_time_unit(unit) and name.isascii() and name.isalpha() and len(name) > 2
    )
)

#: the cues of a record, a first or a run, said of a whole named alone for its size (§4.8, "A whole
#: named for its measure")
_WHOLE_FOR_ITS_SIZE = frozenset({"sup_record", "sup_first", "sup_max", "sup_min"})

#: check kinds that rest on a series' values
_SERIES_KINDS = frozenset({"metric", "change", "comparison", "superlative", "share", "parity"})


def guessed_series(ctx: _Ctx, c: Check, observed: list[str]) -> str | None:
    """Why a check settled on a series the claim does not name, of an owner with other series
    that fit the claim's figures and periods as well, or on a series the figures do not fit
    when another series of the owner does (None: named, or the only one that fits)."""
    found = _judged(ctx, c, observed)
    if found is None:
        return None
    owner, metric, fitting, fits = found
    names = "、".join if ctx.ja else ", ".join
    listed = names(ctx.mname(m) for m in fitting[:3])
    if not fits:
        return ctx.t(
            f"主張の数値と期間は{ctx.ename(owner)}の「{ctx.mname(metric)}」ではなく{listed}に合う: "
            "別の系列の値では確かめられない。",
            f"The claim's figures and periods fit {ctx.ename(owner)}'s {listed}, not "
            f"'{ctx.mname(metric)}': another series' values do not settle it.",
        )
    listed = names(ctx.mname(m) for m in (metric, *fitting[:3]))
    return ctx.t(
        f"主張は{ctx.ename(owner)}のどの系列（{listed}）のことか言っておらず、数値と期間もひとつに"
        f"絞らない: 「{ctx.mname(metric)}」を選ぶのは推測である。",
        f"The claim does not say which of {ctx.ename(owner)}'s series ({listed}) it speaks of, "
        f"and its figures and periods fit more than one: taking '{ctx.mname(metric)}' is a guess.",
    )


def singled_out(ctx: _Ctx, c: Check, observed: list[str]) -> tuple[str, str] | None:
    """The owner and the one series of it the claim's figures fit, when the check settled on
    another series of that owner that they do not fit and the clause was linked to that one
    too: the figures say which series is meant (「1日平均33隻」 is the daily average, not the
    year's total)."""
    found = _judged(ctx, c, observed)
    if found is None:
        return None
    owner, _, fitting, fits = found
    if fits or len(fitting) != 1 or fitting[0] not in ctx.st.metrics:
        return None
    return owner, fitting[0]


def _judged(ctx: _Ctx, c: Check, observed: list[str]) -> tuple[str, str, list[str], bool] | None:
    """The first owner and series of the check's evidence the claim does not single out: the
    owner, the series, the owner's other series that fit the claim's figures and periods, and
    whether the series fits them itself."""
    st, pack = ctx.st, ctx.pack
    if c.kind not in _SERIES_KINDS or not st.metrics:
        return None  # (a clause that links no measure of its own takes it from the claim around it)
    # a measure taken from the clause before is named there
    taken = set(st.metrics) if "metric" in st.inherited else set()
    said = (word_keys(st.span) | content_keys(st.span) | paraphrase(st.span).keys) - _UNIT_KEYS
    if (in_synonyms := ctx.lookup.synonym_named(st.span)) is not None:
        said |= content_keys(in_synonyms[2])  # 「家の値段」 says 住宅価格 (verdict-rules §3)
    used: dict[tuple[str, str], None] = {}
    for i in observed:
        o = pack.observations[i]
        used[(o.entity, o.metric)] = None
    owners = [owner for owner, _ in used]
    for owner, metric in used:
        if owners.count(owner) > 1:
            continue  # two series of one owner set against each other: both meant
        if metric not in pack.metrics or any(metric in _one_series(ctx, pack.metrics[t]) for t in taken):
            continue
        others = _other_series(ctx, owner, pack.metrics[metric])
        fitting = [m for m in others if _fits(ctx, c, pack.metrics[m])]
        if not fitting:
            continue
        if not _fits(ctx, c, pack.metrics[metric], other=False):
            if c.kind == "metric":
                return owner, metric, fitting, False
            continue  # (a share or a change built from the series' values: its own reading)
        if st.cues & _WHOLE_FOR_ITS_SIZE and metric in ctx.lookup.named_after_its_owner((owner,), None):
            continue  # "the toy industry hit a record": the whole named for its size (§4.8)
        if not _named(ctx, metric, fitting, said):
            return owner, metric, fitting, True
    return None


def _one_series(ctx: _Ctx, metric: Metric) -> frozenset[str]:
    """The series itself and those read off it: its change (a name that is one of its names with
    only words of a change added: "quarterly change in non-permanent residents" of
    "non-permanent residents", or the other way round), its growth siblings, its rank (a rank
    series whose name holds one of its names: "Prefecture rank by bear attack victims"). Kept
    with the pack's lookup."""
    kept: dict[str, frozenset[str]] = ctx.lookup.__dict__.setdefault("_one_series", {})
    if metric.id not in kept:
        pack = ctx.pack
        siblings = {g.id for g in growth_siblings(pack, metric)}
        kept[metric.id] = frozenset(
            {metric.id} | siblings
            | {m.id for m in pack.metrics.values() if m.id != metric.id and _read_off(ctx, metric, m)}
        )
    return kept[metric.id]


def _read_off(ctx: _Ctx, metric: Metric, other: Metric) -> bool:
    """Whether one of two series is read off the other (``_one_series``): also a series of a
    change ("Increase in suicides over the same month a year earlier", "growth of exports
    1991-2023 (multiple)") beside a level whose names share a word with its own."""
    pack = ctx.pack
    if metric in growth_siblings(pack, other) or names_level(other, metric) or names_level(metric, other):
        return True
    if measures_change(metric.names) != measures_change(other.names) and (
        _name_words(ctx, metric.id) & _name_words(ctx, other.id) - _UNIT_KEYS
    ):
        return True
    if "rank" in (other.kind, other.unit) and _narrower(other, metric):
        return True
    return "rank" in (metric.kind, metric.unit) and _narrower(metric, other)


def _bare(metric: Metric) -> list[str]:
    """A series' names and aliases of four letters or more, case-folded."""
    return [n.casefold() for n in metric.names if len(n) >= 4]


def _narrower(metric: Metric, other: Metric) -> bool:
    """Whether a name of ``metric`` holds a name of ``other`` ("New farmers aged 49 and under" of
    "new farmers"): a qualified ``other``, told from it by its qualifiers (§4.13), not by names."""
    return any(b in a for a in _bare(metric) for b in _bare(other))


def _other_series(ctx: _Ctx, owner: str, metric: Metric) -> list[str]:
    """The owner's other observed series (``_one_series`` not counted)."""
    same = _one_series(ctx, metric)
    return sorted(m for m in ctx.lookup.metrics_of((owner,)) if m not in same)


def _named(ctx: _Ctx, metric: str, others: list[str], said: frozenset[str]) -> bool:
    """Whether the clause names the series rather than one of ``others`` (the owner's other
    series that fit its figures): when it is not the clause's first link, no other the clause was
    linked to, with a name said whole (every word of it), has more of the clause's words in its
    names ("ships a day on average" is not "crossings"; a broader series, whose name the series'
    name holds, is told apart by its qualifiers, not here), and a name of it is written in the
    clause or a word of its names or definition is said (a verb phrase saying its noun: "lost
    their lives" of deaths). The owner's name inside a name does not count: a name
    that is only its owner's ("cocoa price" of cocoa futures, said by "cocoa farmers") is said only
    as written."""
    lookup = ctx.lookup
    same = _one_series(ctx, ctx.pack.metrics[metric])
    linked = ctx.st.metrics
    first = linked[0] if linked else metric
    beaters = [
        m for m in others
        if m in linked and metric != first and not _narrower(ctx.pack.metrics[metric], ctx.pack.metrics[m])
    ]
    whole = {
        mid for mid, keys in lookup._metric_names
        if mid in beaters and (own := frozenset(k for k in keys if not k.startswith("@"))) and own <= said
    }
    mine = len(frozenset().union(*(_name_words(ctx, m) for m in same)) & said)
    if any(len(_name_words(ctx, m) & said) > mine for m in whole):
        return False
    hits = {hit.id for hit in ctx.index.find_metrics(ctx.st.span, every=True)}
    if hits & same or _whole_named(ctx, metric, hits | set(ctx.st.metrics)):
        return True
    return bool(frozenset().union(*(_words(ctx, m) for m in same)) & said)


def _whole_named(ctx: _Ctx, metric: str, hits: set[str]) -> bool:
    """Whether the clause names the whole or the part the series is a share of: a measure named
    in the clause or linked to it whose name or alias the series' names or definition hold ("27% of Norland's
    labour force" of "unemployed as a share of the active population", the labour force being the
    active population's alias; "one in seven homes … is empty" of 「空き家の割合」, empty homes being
    空き家)."""
    target = ctx.pack.metrics[metric]
    texts = " ".join((*target.names, target.definition or "")).casefold()
    return any(
        name.casefold() in texts
        for m in hits - {metric}
        for name in ctx.pack.metrics[m].names
        if len(name) >= (4 if name.isascii() else 2)
    )


def _words(ctx: _Ctx, metric: str) -> frozenset[str]:
    """The words of a series' names, aliases and definition (words of a unit, "US dollars per
    tonne", not counting)."""
    return (_name_words(ctx, metric) | ctx.lookup.definition_words(metric)) - _UNIT_KEYS


def _name_words(ctx: _Ctx, metric: str) -> frozenset[str]:
    """The words of a series' names and aliases (its owner's name not counting)."""
    return frozenset(k for k in ctx.lookup.metric_words(metric) if not k.startswith("@"))


def _fits(ctx: _Ctx, c: Check, metric: Metric, other: bool = True) -> bool:
    """Whether the claim's level figures are of the series' dimension (a figure said per day,
    week or month of a series that says so: its unit, "vessels/day", or its names or definition,
    "per day", 「1日」) and its periods have a value of the series."""
    st = ctx.st
    for n in st.numbers:
        if not _a_level(ctx, c, n):
            continue
        per = _per_time(st.span, n.start - st.start, n.end - st.start)
        if per is not None:
            if not _says_per(ctx, metric, per):
                return False
        elif not comparable(st, n, metric.unit, metric.kind) or (
            other
            and claimed_dimension(st, n) is not None
            and measure_dimension(metric.unit, metric.kind) is None
        ):
            return False  # (another series of no known dimension is no fit for a figure of a known one)
    periods = [p.period for p in st.periods if p.role != "since"]
    if not periods:
        return True
    obs = ctx.index.observations(metric=metric.id)
    return any(p.overlaps(ctx.pack.observations[i].period) for p in periods for i in obs)


#: A figure said per a length of time: "33 a day", "36 ships per day", "5 each week", "33 ships
#: daily" right after it; 「1日あたり」「1日平均」「1か月あたり」「1週に」 before it in its
#: clause, 「日に」「一日に」 only right before the figure (a linguistic reason: the figure is a rate
#: over that time, not a total over the claim's period). Never a calendar date: "a day after the
#: report", 「1月21日に」「11日に」「1日に発表」 (a day of the month: a number or 月 before it, or
#: 「に」 of a digit 1 — 「1日に」 alone is mostly "on the 1st").
_PER_TIME_AFTER_EN = re.compile(
    r"(?i)\s*(?:(?:[a-z]+\s+){0,2}?(?:a|per|each|every)\s+(day|week|month)\b"
    r"(?!\s+(?:after|before|later|earlier|ago|or)\b)|(?:[a-z]+\s+)?(dai)ly\b)"
)
_PER_TIME_BEFORE_JA = re.compile(
    r"(?<![\d０-９〇一二三四五六七八九十百月])[1１一]\s*(日|週|か月|カ月|ヶ月|ヵ月)(?:あたり|当たり|平均|につき)"
    r"|(?<![\d０-９〇一二三四五六七八九十百月])[1１一]\s*(週|か月|カ月|ヶ月|ヵ月)に"
)
#: 「日に3万人」「一日に33隻」: per day only with the figure right after it (no comma between) and no
#: number, 月 or other kanji before 「日」 (「21日に」「休日に」「同日に」 are days, not "per day")
_PER_DAY_NEAR_JA = re.compile(
    r"(?:(?<![\d０-９\u3400-\u9fff々])一|(?<![\d０-９\u3400-\u9fff々]))日に[^、。，,\d０-９]{0,8}$"
)
_PER_TIME_WORDS = {
    "day": ("day", ("per day", "a day", "daily", "1日", "日平均", "日当たり")),
    "week": ("week", ("per week", "a week", "weekly", "1週")),
    "month": ("month", ("per month", "a month", "monthly", "1か月", "1カ月", "月平均")),
}
_JA_TIME = {"日": "day", "週": "week"}


def _per_time(span: str, start: int, end: int) -> str | None:
    """The length of time a figure of ``span`` is said per (day, week, month), else None."""
    if 0 <= end <= len(span) and (m := _PER_TIME_AFTER_EN.match(span, end)):
        unit = next(g for g in m.groups() if g)
        return {"dai": "day"}.get(unit.lower(), unit.lower())
    if 0 <= start <= len(span):
        found = list(_PER_TIME_BEFORE_JA.finditer(span, 0, start))
        if found:
            return _JA_TIME.get(found[-1].group(1) or found[-1].group(2), "month")
        if _PER_DAY_NEAR_JA.search(span, 0, start):
            return "day"
    return None


def _says_per(ctx: _Ctx, metric: Metric, per: str) -> bool:
    """Whether a series is kept per that length of time: its unit (``…/day``) or a name or its
    definition says so."""
    unit, words = _PER_TIME_WORDS[per]
    if metric.unit and metric.unit.casefold().endswith("/" + unit):
        return True
    texts = " ".join((*metric.names, metric.definition or "")).casefold()
    return any(w in texts for w in words)


def _a_level(ctx: _Ctx, c: Check, n: ClaimedNumber) -> bool:
    """Whether a claimed figure is a value of the series, not the size of a change of it or a
    multiple of another value (which any series has)."""
    if n.role in ("by", "percent_more"):
        return False
    dim = claimed_dimension(ctx.st, n)
    if dim in (MULTIPLE, GROWTH, POINTS):
        return False
    return not (dim == PERCENT and (c.kind == "change" or ctx.st.cues & {"up", "down"}))
