"""A neighbour measure told apart by the claim's figure (docs/verdict-rules.md §4.13, "A sibling of
the figure's dimension", "A share of another whole", "A day of the year in the measure's name").

A clause often names a measure by the words it shares with its siblings: "has a valid passport"
names the count of valid passports and the share of people holding one alike, 「年末年始の海外旅行」
the travellers and their cost per person, "teaching posts … left unfilled" the shortage count and
the shortage rate. What tells them apart is what the figure is (a share of a whole, an amount of
money, a count) and its qualifiers (of which whole, on which day of the year). Three readings, each
taken only when one measure is the unique best, else the statement is left as it was (and a figure
of another dimension stays `unknown`):

- **a share of another whole** (:func:`share_of_its_whole`): a share said of a whole ("4% of all
  federal revenue", "Most of the sewage spills", 「そのうち6割」 after the clause that names the
  whole) is never read on a share measure whose own name says another whole ("share of overflows
  that did not spill", 「自殺に占める銃器使用の割合」); the share of the said whole whose part the
  clause names is read instead, when one;
- **a day of the year** (:func:`day_measure`): a clause that says a day of the year ("on May 1",
  「5月1日時点」) is read on the measure of its first measure's unit and kind whose own name says
  that day, when the first's does not;
- **the figure's dimension** (:func:`figure_sibling`): when no figure of the clause is of the
  first measure's dimension (a share against a count, money against a count), the sibling of that
  measure (sharing a word of its names) that every figure fits and that adds least to its name and
  the clause is read first.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace

from shingi.model import Metric, Pack
from shingi.pack.index import EvidenceIndex
from shingi.pipeline.claims.statement import ClaimedNumber, Statement
from shingi.pipeline.morphology import content_keys, word_keys

#: Words of any measure of a dimension (a share, a rate, an average, a count, an amount): two
#: measures that share only these are no siblings, and a name leaves them unsaid at no cost
_DIMENSION_WORDS = word_keys(
    "share shares rate ratio percent percentage proportion average mean per number numbers count amount "
    "total overall"
) | frozenset({"率", "割合", "比率", "数", "者数", "人数", "件数", "額", "平均", "占め", "める", "シェ", "ェア", "総数"})

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_EN = r"(?P<{m}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: A day of the year: "May 1", "1 May", "May 1st", 「5月1日」
_DAY = re.compile(
    rf"(?i:\b{_MONTH_EN.format(m='m1')}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d{{4}}\b)"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_EN.format(m='m2')}\b)"
    r"|(?P<m3>\d{1,2})\s*月\s*(?P<d3>\d{1,2})\s*日"
)


def _days(text: str) -> frozenset[tuple[int, int]]:
    """The days of the year (month, day) a text says."""
    out: set[tuple[int, int]] = set()
    for m in _DAY.finditer(text):
        if m.group("m1"):
            month, day = _MONTHS.index(m.group("m1").lower()) + 1, int(m.group("d1"))
        elif m.group("m2"):
            month, day = _MONTHS.index(m.group("m2").lower()) + 1, int(m.group("d2"))
        else:
            month, day = int(m.group("m3")), int(m.group("d3"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.add((month, day))
    return frozenset(out)


def _own_names(metric: Metric) -> tuple[str, ...]:
    return tuple(n for n in (metric.name_ja, metric.name_en) if n)


def _keys(text: str) -> frozenset[str]:
    """Content keys of a text, without keys written in hiragana alone (「よる」「める」 are grammar)."""
    return frozenset(k for k in content_keys(text) | word_keys(text) if not re.fullmatch(r"[\u3041-\u309f]+", k))


def _observed(pack: Pack, entity: str, metric: str) -> bool:
    return bool(EvidenceIndex.of(pack).obs_by_entity_metric.get((entity, metric)))


# ---- the whole a share is of -------------------------------------------------------------------

#: Where the whole's noun phrase ends: a relative word, a preposition, a verb, a comparative, a
#: participle ("overflows spilling fewer than 10 times": the head is "overflows")
_STOP_EN = (
    r"that|who|which|whose|where|with|involving|in|at|on|by|for|from|to|made|is|are|was|were|has|have|had|"
    r"will|would|could|can|now|still|went|go|goes|came|comes|get|got|left|live|lived"
)
_STOP_NEXT_EN = _STOP_EN + r"|fewer|more|less|than|over|under|above|below|[a-z]+ing"
#: a noun phrase of one to four words (a participle or a comparative ends it after its first word)
_PHRASE_EN = (
    rf"(?P<w>(?!(?:{_STOP_EN})\b)[a-z][a-z'’\-]*(?:\s+(?!(?:{_STOP_NEXT_EN})\b)[a-z][a-z'’\-]*){{0,3}})"
)
#: The whole a claimed share is taken from: "4% of all federal revenue", "Most of the sewage spills",
#: "half of the …"; the whole runs to a function word, a verb, a figure or punctuation
_CLAIM_WHOLE_EN = re.compile(
    r"(?i)(?:%|\bpercent|\bhalf|\bthirds?|\bquarters?|\bfifths?|\btenths?|\bmajority|\bmost|\bminority)"
    r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|this\s+|these\s+|those\s+|our\s+)*" + _PHRASE_EN
)
#: 「Xのうち」「Xの6割」「Xの半分」「Xに占める」 (X a compound noun); 「そのうち」「その半分」 take the whole
#: from the clause before
_CJK_NOUN = r"[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9ー・]"
_CLAIM_WHOLE_JA = re.compile(
    rf"(?P<w>{_CJK_NOUN}{{2,16}}?)(?:のうち|の中で|に占める"
    r"|の\s*(?:約|およそ|ほぼ|実に)?\s*(?:[\d０-９.]+\s*(?:割|%|％|パーセント)|半分|半数|過半|大半|[\d一二三四五六七八九十]+分の))"
)
_THAT_WHOLE_JA = re.compile(r"その(?:うち|中で|\s*(?:約|およそ|ほぼ)?\s*(?:[\d.]+\s*(?:割|%)|半分|半数|過半|大半|[\d一二三四五六七八九十]+分の))")

#: The whole a share measure's own name says: 「Xに占めるYの割合」「XのうちY」, "share of X that …",
#: "Y share of X", "percentage / proportion of X"
_MEASURE_WHOLE_JA = re.compile(rf"(?P<w>{_CJK_NOUN}{{1,16}}?)(?:に占める|のうち)")
#: 「一度も越流しなかった地点の割合」「週60時間以上在校する小学校教諭の割合」: with no 「に占める」, the noun
#: right before 「の割合」 is what is counted, the whole (its relative clause is the part)
_HEAD_WHOLE_JA = re.compile(rf"(?P<w>{_CJK_NOUN}{{1,16}})の(?:割合|比率|比重)")
_MEASURE_WHOLE_EN = re.compile(
    r"(?i)\b(?:share|percentage|proportion|percent)\s+of\s+(?:all\s+|the\s+|total\s+)*" + _PHRASE_EN
)


def _whole_keys(text: str) -> frozenset[str]:
    return _keys(text) - _DIMENSION_WORDS


def claim_whole(st: Statement, before: Statement | None, pack: Pack) -> frozenset[str] | None:
    """The words of the whole the clause's share is said of (None: the clause says none). 「そのうち」
    and 「その半分」 take the measure of the clause before (its names and aliases), else that clause's
    words."""
    if not any(n.unit in ("%", "x") for n in st.numbers):
        return None
    span = st.span
    if _THAT_WHOLE_JA.search(span):
        if before is None:
            return None
        if before.metrics and before.metrics[0] in pack.metrics:
            metric = pack.metrics[before.metrics[0]]
            return frozenset().union(*(_whole_keys(n) for n in metric.names)) or None
        return _whole_keys(before.span) or None
    m = _CLAIM_WHOLE_JA.search(span) or _CLAIM_WHOLE_EN.search(span)
    if m is None:
        return None
    return _whole_keys(m.group("w")) or None


def measure_whole(metric: Metric, japanese: bool) -> frozenset[str] | None:
    """The words of the whole a share measure's own name (in the clause's language) says, else
    None."""
    name = metric.name_ja if japanese else metric.name_en
    if not name or metric.kind != "share":
        return None
    m = (_MEASURE_WHOLE_JA.search(name) or _HEAD_WHOLE_JA.search(name)) if japanese else _MEASURE_WHOLE_EN.search(name)
    if m is None:
        return None
    return _whole_keys(m.group("w")) or None


def _another_whole(metric: Metric, whole: frozenset[str], japanese: bool) -> bool:
    theirs = measure_whole(metric, japanese)
    return theirs is not None and not theirs & whole


def share_of_its_whole(st: Statement, before: Statement | None, pack: Pack) -> Statement:
    """The statement without the share measures whose own name says another whole than the one the
    clause's share is said of; when its first measure was one, the share measure of the said whole
    whose other words (the part) the clause says best is read first, when one stands out (a share of
    one whole is no share of another: 「そのうち6割以上が自殺」 after the gun deaths is the suicides'
    share of gun deaths, not the gun's share of suicides)."""
    if not st.metrics or not st.subject:
        return st
    whole = claim_whole(st, before, pack)
    if whole is None:
        return st
    japanese = st.lang == "ja"
    kept = tuple(
        m for m in st.metrics if m not in pack.metrics or not _another_whole(pack.metrics[m], whole, japanese)
    )
    if kept == st.metrics:
        return st
    if kept and kept[0] == st.metrics[0]:
        return replace(st, metrics=kept)
    said = _keys(st.span)
    scores: dict[str, float] = {}
    for mid, metric in sorted(pack.metrics.items()):
        theirs = measure_whole(metric, japanese)
        if theirs is None or not theirs & whole or not _observed(pack, st.subject, mid):
            continue
        name = (metric.name_ja if japanese else metric.name_en) or ""
        part = _keys(name) - theirs - _DIMENSION_WORDS
        scores[mid] = len(part & said) / len(part) if part else 0.0
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][1] > 0 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        best = ranked[0][0]
        return replace(st, metrics=(best, *(m for m in kept if m != best)))
    return replace(st, metrics=kept)


# ---- a day of the year ---------------------------------------------------------------------------


def day_measure(st: Statement, pack: Pack) -> Statement:
    """The statement with the measure whose own name says the day of the year the clause says
    ("on May 1", 「5月1日」) first, when its first measure's name says no such day: of the measures of
    the first's unit and kind that share a word of its names and that the subject is observed on,
    the only one (a linguistic reason: "the shortage on May 1" is the count taken that day, not the
    count taken at the start of the year)."""
    if not st.metrics or st.metrics[0] not in pack.metrics or not st.subject:
        return st
    days = _days(st.span)
    first = pack.metrics[st.metrics[0]]
    if not days or any(_days(n) for n in _own_names(first)):
        return st
    words = frozenset().union(*(_keys(n) for n in first.names)) - _DIMENSION_WORDS
    wanted = [
        mid
        for mid, metric in sorted(pack.metrics.items())
        if mid != first.id
        and metric.unit == first.unit
        and metric.kind == first.kind
        and any(_days(n) & days for n in _own_names(metric))
        and words & frozenset().union(*(_keys(n) for n in metric.names))
        and _observed(pack, st.subject, mid)
    ]
    if len(wanted) != 1:
        return st
    return replace(st, metrics=(wanted[0], *(m for m in st.metrics if m != wanted[0])))


# ---- the figure's dimension ------------------------------------------------------------------------

#: 「1人平均」「1人当たり」「一人あたり」: the one a figure is per is no figure of the clause
_PER_ONE = re.compile(r"\s*(?:平均|当たり|当り|あたり|につき)")


def _figures(st: Statement) -> list[ClaimedNumber]:
    """The clause's figures whose dimension is known, without the one a unit of division counts
    (「1人平均27万5000円」: the 1 person)."""
    from shingi.pipeline.checks.dimensions import claimed_dimension

    out = []
    for n in st.numbers:
        at = n.end - st.start
        if n.quantity.value == 1 and 0 <= at <= len(st.span) and _PER_ONE.match(st.span, at):
            continue
        if claimed_dimension(st, n) is not None:
            out.append(n)
    return out


def figure_sibling(st: Statement, before: Statement | None, pack: Pack) -> Statement:
    """The statement with the sibling of its first measure in its figures' dimension first, when no
    figure is of the first's ("one in ten … has a valid passport" against the count of valid
    passports, 「1人平均27万5000円」 against the number of travellers, "1% of teaching posts" against
    the shortage count): of the pack's measures the subject is observed on, not of a change (kind
    ``growth``), that every figure fits (§4.14), that share a word of their names (not a word of a
    dimension: share, rate, 数, 割合) with the first's names and one with the clause, and that say
    no other whole than the clause's share is of, the one whose own name leaves least unsaid by the
    clause and the first's name (idf-weighted, its language's best; of two alike, the one repeating
    more of the first's own name), when it alone does; not beside a change word. A linguistic
    reason: a figure is a value of a measure of its own dimension, and the writer names it by the
    words it shares with its sibling."""
    from shingi.pipeline.checks.dimensions import comparable
    from shingi.pipeline.retrieve import Lookup

    if not st.metrics or st.metrics[0] not in pack.metrics or not st.subject or "metric" in st.inherited:
        return st
    if st.cues & {"up", "down", "flat"}:
        # "Tariffs are now raising about 10% of revenue": beside a change word a figure may be the
        # change's size or a level before or after it; its dimension does not tell the measure
        return st
    figures = _figures(st)
    first = pack.metrics[st.metrics[0]]
    if not figures or any(comparable(st, n, first.unit, first.kind) for n in figures):
        return st
    if not _observed(pack, st.subject, first.id):
        return st
    lookup = Lookup.of(pack)
    idf = lookup._metric_idf
    said = _keys(st.span)
    first_own = frozenset().union(*(_keys(n) for n in _own_names(first)))
    first_words = frozenset().union(*(_keys(n) for n in first.names)) - _DIMENSION_WORDS
    whole = claim_whole(st, before, pack)
    japanese = st.lang == "ja"
    gaps: dict[str, tuple[float, float]] = {}
    for mid, metric in sorted(pack.metrics.items()):
        if mid == first.id or metric.kind == "growth" or not _observed(pack, st.subject, mid):
            continue
        if not all(comparable(st, n, metric.unit, metric.kind) for n in figures):
            continue
        words = frozenset().union(*(_keys(n) for n in metric.names)) - _DIMENSION_WORDS
        if not _named(words & first_words) or not _named(words & said):
            continue
        if whole is not None and _another_whole(metric, whole, japanese):
            continue
        own = [_keys(n) for n in _own_names(metric)]
        unsaid = min(math.fsum(idf.get(k, 1.0) for k in keys - said - first_own - _DIMENSION_WORDS) for keys in own)
        # of two that leave as little unsaid, the one that repeats more of the first's own name (its
        # note, "(fiscal year)", is the first's too) is its sibling
        kept = math.fsum(idf.get(k, 1.0) for k in frozenset().union(*own) & first_own - _DIMENSION_WORDS)
        gaps[mid] = (round(unsaid, 9), -round(kept, 9))
    ranked = sorted(gaps.items(), key=lambda kv: (kv[1], kv[0]))
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return st
    best = ranked[0][0]
    return replace(st, metrics=(best, *(m for m in st.metrics if m != best)))


def _named(keys: Iterable[str]) -> bool:
    """Whether shared keys are a word, not an entity's id or a lone kana."""
    return any(not k.startswith("@") and len(k) >= 2 for k in keys)


def of_the_figure(st: Statement, before: Statement | None, pack: Pack) -> Statement:
    """The three readings in order: the share's whole, the day of the year, the figure's dimension."""
    return figure_sibling(day_measure(share_of_its_whole(st, before, pack), pack), before, pack)
