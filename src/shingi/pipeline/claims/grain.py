"""Neighbour series of one measure told apart by what the claim says (docs/verdict-rules.md §4.13,
"Neighbour series: the period's grain, a net change, a second definition").

A pack often keeps one thing as several series: the year's rate and each month's, the stock and its
net change over a year, the same count under two definitions (all areas and the urban centres
only). The words that link a clause to the thing name all of them alike; what tells them apart is
what else the claim says. Each reading is taken only when one series is the unique fit, else the
statement is left as it was:

- **the period's grain** (:func:`grain_measure`): a clause that names a period (a year, a fiscal
  year, a quarter) is read on the series of that period's length, not on the month series that
  holds the period's last month, when the first measure has no value of the period itself while
  exactly one linked measure of its unit and kind has (and one of the two names says its grain:
  「（月間）」 / "in a month" against 「（年間）」 / "in a year");
- **a net change** (:func:`net_change_measure`): 「純増」「純減」「差し引き」, "net gain", "net
  increase", "a net loss" say the size of a change after what left is taken from what came; a
  clause that says one of them as the alias of a linked measure of change is read on it, not on the
  stock its owner's noun names (a linguistic reason: a stock is never "net gained");
- **a second definition** (:func:`second_definition`): when the first measure has no value of any
  period the clause names, another measure whose own name is the first's with another note
  (「住宅着工戸数（全地域）」 and 「住宅着工戸数（人口1万人以上の都市部）」 in one language), of the same
  unit and kind, is tried when it alone has values of every such period and the first has none
  from them on (a claim that does not say the definition speaks of the thing, which either series
  measures);
- **two counts that disagree on a threshold** (:func:`other_definition`): a threshold said of a
  period both definitions have, with no word telling them apart, is read on the second too
  (``diagnose`` keeps half of it when the first fails and the second holds).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from shingi.model import Metric, Pack, Period
from shingi.pack.index import EvidenceIndex
from shingi.pipeline.claims.moments import MOMENT_WORDS, ONE_MONTH_NAME, PART_YEAR_NAME
from shingi.pipeline.claims.statement import Statement

#: A measure's own name that says its values are a whole year's: 年間, 年度, 暦年, annual, in a year
_YEAR_NAME = re.compile(
    r"年間|年度|暦年|通年|(?i:\bannual\b|\b(?:in|for|per|over)\s+(?:a|one|the|each)\s+(?:calendar\s+|fiscal\s+)?year\b"
    r"|\bcalendar\s+year\b|\bfiscal\s+year\b|\byearly\b)"
)

#: The words of a net change (a linguistic reason: "net" / 純 is what came less what left)
NET_CHANGE_WORDS = re.compile(
    r"純増|純減|純流入|純流出|差し引き|差引き"
    r"|(?i:\bnet\s+(?:gain|increase|rise|addition|decrease|decline|loss|fall|drop|change|inflow|outflow)s?\b"
    r"|\b(?:gained|added|lost|grew|rose|fell|increased|decreased)\s+(?:a\s+)?net\b|\bby\s+a\s+net\b)"
)

#: A bracketed note of a name (「（全地域）」「(all areas)」)
_NOTE = re.compile(r"\s*[（(][^）)]*[）)]\s*")


def _own_names(metric: Metric) -> tuple[str, ...]:
    return tuple(n for n in (metric.name_ja, metric.name_en) if n)


def _same(a: Period, b: Period) -> bool:
    return a.start == b.start and a.end == b.end


def _values_at(pack: Pack, entity: str, metric: str, periods: list[Period]) -> int:
    """How many of ``periods`` ``entity`` has a value of ``metric`` for, the period itself."""
    index = EvidenceIndex.of(pack)
    obs = [pack.observations[i] for i in index.obs_by_entity_metric.get((entity, metric), ())]
    return sum(any(_same(o.period, p) and o.value is not None for o in obs) for p in periods)


def _reaches(pack: Pack, entity: str, metric: str, start: date) -> bool:
    """Whether ``entity`` has a value of ``metric`` of a period that ends on or after ``start``."""
    index = EvidenceIndex.of(pack)
    obs = [pack.observations[i] for i in index.obs_by_entity_metric.get((entity, metric), ())]
    return any(o.value is not None and o.period.end >= start for o in obs)


def _owner(st: Statement, pack: Pack, metrics: list[str]) -> str | None:
    """The clause's subject, or the one owner the pack observes the measures on."""
    if st.subject:
        return st.subject
    index = EvidenceIndex.of(pack)
    owners = {pack.observations[i].entity for m in metrics for i in index.observations(metric=m)}
    return owners.pop() if len(owners) == 1 else None


def _periods(st: Statement) -> list[Period]:
    """The periods the clause names as themselves (no run of months to a month, no inferred window)."""
    return [c.period for c in st.periods if not c.run and not c.inferred]


def _first(st: Statement, mid: str) -> Statement:
    return replace(st, metrics=(mid, *(m for m in st.metrics if m != mid)))


def grain_measure(st: Statement, pack: Pack) -> Statement:
    """The statement with the linked measure of its period's length first (module doc)."""
    if len(st.metrics) < 2 or st.metrics[0] not in pack.metrics:
        return st
    periods = [p for p in _periods(st) if p.precision != "month" and p.precision != "day"]
    if not periods or len(periods) != len(_periods(st)):
        return st  # a month said is read on the month's measure (moments.window_measure)
    if ONE_MONTH_NAME.search(st.span) or PART_YEAR_NAME.search(st.span) or MOMENT_WORDS.search(st.span):
        return st  # "monthly real wages peaked in 2024": the clause says the month's grain itself
    first = pack.metrics[st.metrics[0]]
    owner = _owner(st, pack, list(st.metrics))
    if owner is None or _values_at(pack, owner, first.id, periods):
        return st
    first_part = any(ONE_MONTH_NAME.search(n) or PART_YEAR_NAME.search(n) for n in _own_names(first))
    wanted = [
        mid
        for mid in st.metrics[1:]
        if (m := pack.metrics.get(mid)) is not None
        and m.unit == first.unit
        and m.kind == first.kind
        and not any(ONE_MONTH_NAME.search(n) or PART_YEAR_NAME.search(n) for n in _own_names(m))
        and (first_part or any(_YEAR_NAME.search(n) for n in _own_names(m)))
        and _same_but_grain(first, m)
        and _values_at(pack, owner, mid, periods) == len(periods)
    ]
    return _first(st, wanted[0]) if len(wanted) == 1 else st


def _without_grain(name: str) -> str:
    """A measure's own name without its note and its words of a period's length."""
    for rx in (_NOTE, ONE_MONTH_NAME, PART_YEAR_NAME, _YEAR_NAME):
        name = rx.sub(" ", name)
    return " ".join(name.lower().split())


def _same_but_grain(first: Metric, other: Metric) -> bool:
    """Whether two measures' own names in one language differ only in their note or in the words of
    their period's length (「定時到着率（年間）」「定時到着率（月間）」, "On-time rate in a year" / "in
    a month"): one thing kept at two grains, not two things ("population" and "annual population
    increase")."""
    return any(
        _without_grain(a) == _without_grain(b) and _without_grain(a)
        for a, b in ((first.name_ja, other.name_ja), (first.name_en, other.name_en))
        if a and b
    )


def _changes(metric: Metric) -> bool:
    from shingi.pipeline.retrieve import measures_change

    return measures_change(metric.names) or metric.kind == "growth"


def net_change_measure(st: Statement, pack: Pack) -> Statement:
    """The statement with the linked measure of a net change first when the clause says the net
    change by one of that measure's names (module doc)."""
    if len(st.metrics) < 2 or st.metrics[0] not in pack.metrics or _changes(pack.metrics[st.metrics[0]]):
        return st
    said = [m.group(0).lower() for m in NET_CHANGE_WORDS.finditer(st.span)]
    if not said or any(n.role == "to" for n in st.numbers):
        return st  # "rose by a net 411 to 14,000": the figure after "to" is the stock's
    wanted = [
        mid
        for mid in st.metrics[1:]
        if (m := pack.metrics.get(mid)) is not None
        and _changes(m)
        and any(w in n.lower() for w in said for n in m.names)
    ]
    return _first(st, wanted[0]) if len(wanted) == 1 else st


def _bare(name: str) -> str:
    return _NOTE.sub(" ", name).strip().lower()


def _second_of(first: Metric, other: Metric) -> bool:
    """Whether ``other`` is ``first`` under another definition: in one language their own names
    are the same but for a bracketed note, and *both* carry one (「住宅着工戸数（全地域）」
    「住宅着工戸数（都市部）」: two scopes of one count, each said). A name that adds a word ("spring
    pay rise demanded") names another thing, and so does a bare name against a noted one: 「輸出額」
    and 「輸出額（自動車）」 are the whole and a part of it, not two definitions of one thing."""
    return any(
        _bare(a) and _bare(a) == _bare(b) and bool(_NOTE.search(a)) and bool(_NOTE.search(b))
        for a, b in ((first.name_ja, other.name_ja), (first.name_en, other.name_en))
        if a and b
    )


#: How far apart two definitions of one thing may be where both have a value of one period: a
#: wider gap is a whole and its part (or another thing), not a second count of the same whole
_DEFINITIONAL_GAP = 1.5


def _values(pack: Pack, entity: str, metric: str) -> dict[tuple[date, date], float]:
    index = EvidenceIndex.of(pack)
    obs = [pack.observations[i] for i in index.obs_by_entity_metric.get((entity, metric), ())]
    return {(o.period.start, o.period.end): o.value.value for o in obs if o.value is not None}


def _near_in_size(pack: Pack, entity: str, first: str, other: str) -> bool:
    """Whether the two series, on every period both have a value of, are within
    :data:`_DEFINITIONAL_GAP` of each other (true when they share no period)."""
    a, b = _values(pack, entity, first), _values(pack, entity, other)
    for key in a.keys() & b.keys():
        x, y = abs(a[key]), abs(b[key])
        if min(x, y) == 0 or max(x, y) / min(x, y) > _DEFINITIONAL_GAP:
            return False
    return True


def second_definition(st: Statement, pack: Pack) -> Statement:
    """The statement with a second definition of its first measure first, when the first has no
    value of any period the clause names or later (up to the claim's date) and that one alone has
    each (module doc)."""
    if not st.metrics or st.metrics[0] not in pack.metrics or "metric" in st.inherited:
        return st
    periods = _periods(st)
    if not periods or any(c.role for c in st.periods):
        # "every year since 2014": a window to the claim's date, which a series of another
        # definition may cover only in part
        return st
    first = pack.metrics[st.metrics[0]]
    seconds = [
        mid
        for mid, m in sorted(pack.metrics.items())
        if mid != first.id and m.unit == first.unit and m.kind == first.kind and _second_of(first, m)
    ]
    owner = _owner(st, pack, [first.id, *seconds])
    start = min(p.start for p in periods)
    if owner is None or any(_reaches(pack, e, first.id, start) for e in {owner, *st.entities}):
        # a first series with a value from the claimed period on (up to the claim's date: the pack
        # is read as it stood then) may answer a part of the clause the periods do not date ("今は"),
        # or another owner the clause names may have it (「シリア人口の流出でEUの庇護申請者は」)
        return st
    wanted = [
        mid for mid in seconds
        if _values_at(pack, owner, mid, periods) == len(periods) and _near_in_size(pack, owner, first.id, mid)
    ]
    if len(wanted) != 1:
        return st
    # a clause with no subject of its own is read on the one owner the series is kept for
    return replace(_first(st, wanted[0]), entities=st.entities or (owner,))


#: A figure's comparators that set a threshold, not a point ("topped 400", 「400件を突破」)
_THRESHOLDS = frozenset({"more_than", "at_least", "less_than", "at_most"})


def _notes(first: Metric, other: Metric) -> frozenset[str]:
    """The word keys of what tells two definitions' own names apart (their notes, or the words
    one adds to the other)."""
    from shingi.pipeline.morphology import word_keys

    a = " ".join(_own_names(first))
    b = " ".join(_own_names(other))
    return (word_keys(a) ^ word_keys(b)) | frozenset().union(
        *(word_keys(m.group(0)) for n in (a, b) for m in _NOTE.finditer(n))
    )


def other_definition(st: Statement, pack: Pack) -> Statement | None:
    """The statement read on a second definition of its first measure (:func:`_second_of`) when the
    clause sets a threshold on a level of a period both definitions have a value of and says no
    word that tells them apart: the two may disagree, and the claim does not say which it means
    (docs/verdict-rules.md §4.13, "Neighbour series", 4). None otherwise."""
    from shingi.pipeline.morphology import content_keys, word_keys

    if st.kind not in ("metric", "share") or not st.metrics or st.metrics[0] not in pack.metrics:
        return None
    figures = [n for n in st.numbers if n.role is None]
    if not figures or any(n.comparator not in _THRESHOLDS for n in figures):
        return None
    periods = _periods(st)
    first = pack.metrics[st.metrics[0]]
    owner = st.subject
    if not periods or owner is None or _values_at(pack, owner, first.id, periods) != len(periods):
        return None
    said = word_keys(st.span) | content_keys(st.span)
    seconds = [
        mid
        for mid, m in sorted(pack.metrics.items())
        if mid != first.id
        and m.unit == first.unit
        and m.kind == first.kind
        and _second_of(first, m)
        and _values_at(pack, owner, mid, periods) == len(periods)
        and _near_in_size(pack, owner, first.id, mid)
        and not said & _notes(first, m)
    ]
    if len(seconds) != 1:
        return None
    return replace(st, metrics=(seconds[0],))


def neighbour_series(st: Statement, pack: Pack) -> Statement:
    """The three readings in order: a net change, the period's grain, a second definition."""
    return second_definition(grain_measure(net_change_measure(st, pack), pack), pack)
