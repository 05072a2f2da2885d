"""A value reached for a moment (「一時162円台まで下落」, "briefly touched", "hit a low of"): the
period's extreme, not its average (docs/verdict-rules.md §4.13, "Linking a claim to its measure")."""

from __future__ import annotations

import re
from dataclasses import replace

from shingi.model import Metric, Pack
from shingi.normalize.quantities import is_currency
from shingi.pack.index import EvidenceIndex
from shingi.pipeline.claims.statement import ClaimedPeriod, Statement
from shingi.pipeline.morphology import word_keys

#: Words that say a value was reached for a moment, or was the period's extreme
MOMENT_WORDS = re.compile(
    r"一時|瞬間的|最安値|最高値|安値|高値|ピーク"
    r"|(?i:\bat one point\b|\bbriefly\b|\bintraday\b|\btouch(?:ed|es)?\b|\bpeak(?:ed|s)?\b"
    r"|\b(?:hit|reached|fell to|sank to|rose to)\s+(?:a|its|their)\s+(?:\w+\s+)?(?:low|high)\b"
    r"|\b(?:low|high)s?\s+of\b)"
)

#: The words of an average in a measure's name
_AVERAGE_NAME = re.compile(r"平均|(?i:\baverage\b|\bmean\b)")

#: The words of a period's extreme in a measure's name
_EXTREME_NAME = re.compile(
    r"最安値|最高値|安値|高値|ピーク|最高|最低|最大|最小"
    r"|(?i:\b(?:low|lowest|high|highest|peak|weakest|strongest|maximum|minimum)\b)"
)


def momentary_measure(st: Statement, pack: Pack) -> Statement:
    """The statement with the period's extreme measure first, when it says a value was reached for a
    moment and its first measure is an average while the pack has a measure of the same unit and
    name words that is the period's extreme (「円の対ドル年平均レート」 → 「円の対ドル年間最安値」): an
    average is never what a moment reached (a linguistic reason: 一時, "at one point", "hit a
    high of" speak of an instant, not of the period as a whole)."""
    if not st.metrics or st.metrics[0] not in pack.metrics or not MOMENT_WORDS.search(st.span):
        return st
    first = pack.metrics[st.metrics[0]]
    if not any(_AVERAGE_NAME.search(n) for n in _own_names(first)):
        return st
    keys = frozenset().union(*(word_keys(n) for n in first.names))
    for mid, metric in pack.metrics.items():
        if mid == first.id or metric.unit != first.unit:
            continue
        own = _own_names(metric)
        if any(_AVERAGE_NAME.search(n) for n in own) or not any(_EXTREME_NAME.search(n) for n in own):
            continue
        if not keys & frozenset().union(*(word_keys(n) for n in metric.names)):
            continue
        return replace(st, metrics=(mid, *(m for m in st.metrics if m != mid)))
    return st


def _own_names(metric: Metric) -> tuple[str, ...]:
    """A measure's names in the two languages (not its aliases, which may be loose)."""
    return tuple(n for n in (metric.name_ja, metric.name_en) if n)


#: A superlative of quantity: 最も多い, 最多, 最も少ない, 最少, "the most", "the fewest" (said of
#: how many, not of how high a rate is)
_COUNT_SUPERLATIVE = re.compile(
    r"最も多|最多|最も少な|最少|一番多|いちばん多|(?i:\bthe\s+(?:most|fewest)\b)"
)
#: The words of a rate or a share in a measure's name
_RATE_NAME = re.compile(r"率|割合|比率|(?i:\brate\b|\bratio\b|\bshare\b|\bper\b)")


def count_ranking(st: Statement, pack: Pack) -> Statement:
    """A superlative of quantity (「都道府県別で最も多い」, "the most … of any prefecture") first read on a
    ranking by a rate (「空き家率の都道府県順位」) is read on the pack's ranking of the same kind by a
    count (「空き家数の都道府県順位」) when there is one: many and few are said of counts, a rate is
    high or low (a linguistic reason)."""
    if not st.metrics or st.metrics[0] not in pack.metrics or not _COUNT_SUPERLATIVE.search(st.span):
        return st
    first = pack.metrics[st.metrics[0]]
    if first.kind != "rank" or not any(_RATE_NAME.search(n) for n in _own_names(first)):
        return st
    keys = frozenset().union(*(word_keys(n) for n in _own_names(first)))
    best, shared = None, 0
    for mid, metric in pack.metrics.items():
        if mid == first.id or metric.kind != "rank" or any(_RATE_NAME.search(n) for n in _own_names(metric)):
            continue
        overlap = len(keys & frozenset().union(*(word_keys(n) for n in _own_names(metric))))
        if overlap > shared:
            best, shared = mid, overlap
    if best is None:
        return st
    return replace(st, metrics=(best, *(m for m in st.metrics if m != best)))


#: A measure's name that says its values are of one month: 月間, 1か月, 単月, monthly, in one month
ONE_MONTH_NAME = re.compile(
    r"月間|1\s*[かカヵケヶ]月|ひと月|単月|月次"
    r"|(?i:\bmonthly\b|\b(?:in|for|per)\s+(?:one|a|a\s+single|each)\s+month\b|\bper\s+month\b)"
)
#: A measure's name that says its values are of a part of the year: a month range (4〜7月,
#: April-July), months to an end (8月末まで, "by end-August", "through August"), a half (上半期)
_MONTH_EN = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
PART_YEAR_NAME = re.compile(
    r"\d{1,2}\s*月?\s*[〜~～\-–]\s*\d{1,2}\s*月|\d{1,2}\s*月末?まで|上半期|下半期|上期|下期"
    rf"|(?i:\b{_MONTH_EN}\s*[-–]\s*{_MONTH_EN}|\b(?:by|to)\s+end[- ]{_MONTH_EN}|\bthrough\s+{_MONTH_EN}"
    r"|\b(?:first|second)[- ]half\b|\bH[12]\b|\byear[- ]to[- ]date\b)"
)

_RANGE_BEFORE = re.compile(r"(?:[〜~～\-–]|\b(?:to|through|until|till)|まで)\s*$|(?i:\bfrom\s+$)")
_RANGE_AFTER = re.compile(r"\s*(?:[〜~～\-–]|から|まで|(?i:to|through|until)\b)")


def _one_month(metric: Metric) -> bool:
    return any(ONE_MONTH_NAME.search(n) for n in _own_names(metric))


def window_measure(st: Statement, pack: Pack) -> Statement:
    """The statement with the measure of its period's length first (docs/verdict-rules.md §4.13,
    "a measure of the claimed window"): a single month claimed (「10月の出没件数は1万5745件」) is
    read on the measure whose own name says one month (「月間出没件数」), not on the fiscal year's
    total that holds October. Only between measures of one unit and kind that share a word of their
    names, and the subject is observed on (a linguistic reason: a month's figure is no year's)."""
    if not st.metrics or st.metrics[0] not in pack.metrics or not st.periods or not st.subject:
        return st
    claimed = st.periods[0]
    if claimed.role or claimed.run:
        return st
    first = pack.metrics[st.metrics[0]]
    if claimed.period.precision != "month":
        return st
    before = st.span[: max(0, claimed.start - st.start)]
    ranged = _RANGE_BEFORE.search(before) or _RANGE_AFTER.match(st.span, claimed.end - st.start)
    if _one_month(first) or ranged or _observed_at(pack, st.subject, first.id, claimed):
        # 「4〜10月」, "from April to October": the end of a range, no single month; a measure with
        # a value of the month itself (a 12-month rate kept monthly) is a month's already
        return st
    wanted = [m for m in _same_thing(first, pack, st.subject) if _one_month(pack.metrics[m])]
    if len(wanted) != 1:
        return st
    return replace(st, metrics=(wanted[0], *(m for m in st.metrics if m != wanted[0])))


def _observed_at(pack: Pack, subject: str, metric: str, claimed: ClaimedPeriod) -> bool:
    """Whether ``subject`` has a value of ``metric`` for the claimed period itself."""
    obs = EvidenceIndex.of(pack).obs_by_entity_metric.get((subject, metric), ())
    return any(pack.observations[i].period == claimed.period for i in obs)


def _same_thing(first: Metric, pack: Pack, subject: str) -> list[str]:
    """The other measures of ``first``'s unit and kind that share a word of its own names
    (window words aside) and that ``subject`` is observed on."""
    index = EvidenceIndex.of(pack)
    keys = _name_words(first)
    return [
        mid
        for mid, metric in sorted(pack.metrics.items())
        if mid != first.id
        and metric.unit == first.unit
        and metric.kind == first.kind
        and keys & _name_words(metric)
        and index.obs_by_entity_metric.get((subject, mid))
    ]


def _name_words(metric: Metric) -> frozenset[str]:
    """The word keys of a measure's own names with their window words left out."""
    text = " ".join(PART_YEAR_NAME.sub(" ", ONE_MONTH_NAME.sub(" ", n)) for n in _own_names(metric))
    return word_keys(text)


#: What a measure's name says of its unit: a bracketed note (「（クローネ）」「(2019 base)」, 「ドル建て」)
#: or a closing "in <currency words>" ("return in kroner", "Nominal GDP in US dollars")
_UNIT_SAID = re.compile(r"[（(][^）)]*[）)]|[^\s（(]*建て|(?i:\s+in\s+[a-z]+(?:\s+[a-z]+)?\s*$)")
_GROWTH_NAME = re.compile(r"(?i)\bgrowth\b|伸び|増加率|成長率|上昇率|変化率")


def unit_measure(st: Statement, pack: Pack) -> Statement:
    """The statement with the measure of the same thing in its figure's unit first
    (docs/verdict-rules.md §4.13, "the same thing in the figure's unit"): when the first measure's
    name says its unit ("return in kroner", 「運用益（クローネ）」, "Nominal GDP in naira") and
    the claimed figure is of another unit or dimension ("earned about 25%", "about $243 billion"),
    the measure whose own name holds every other word of that name ("return on the fund",
    "Nominal GDP in US dollars") and whose unit the figure fits is the one meant, when exactly one
    such measure is observed on the subject (a linguistic reason: "in kroner" says how the thing
    is counted, not what it is)."""
    from shingi.pipeline.checks.dimensions import comparable
    from shingi.pipeline.retrieve import measures_change, units_compatible

    if not st.metrics or st.metrics[0] not in pack.metrics or not st.subject or "metric" in st.inherited:
        return st
    figure = next((n for n in st.numbers if n.role is None and n.unit), None)
    if figure is None:
        return st
    first = pack.metrics[st.metrics[0]]

    def fits(m: Metric) -> bool:
        return comparable(st, figure, m.unit, m.kind) and (
            figure.unit in ("%", "x", "pt") or units_compatible(figure.unit, m.unit, pack)
        )

    if fits(first):
        return st
    if not is_currency(first.unit or ""):
        # a note of a count or a rate says its scope (「（小・中学校）」), not how it is counted
        return st
    cores = [word_keys(_UNIT_SAID.sub(" ", n)) for n in _own_names(first) if _UNIT_SAID.search(n)]
    cores = [c for c in cores if c]
    if not cores:
        return st
    index = EvidenceIndex.of(pack)
    wanted = [
        mid
        for mid, metric in sorted(pack.metrics.items())
        if mid != first.id
        and fits(metric)
        and index.obs_by_entity_metric.get((st.subject, mid))
        and any(core <= word_keys(n) for core in cores for n in _own_names(metric))
        # the change of the thing is another thing ("export growth", 「…の増加率」)
        and not measures_change(metric.names)
        and not any(_GROWTH_NAME.search(n) for n in metric.names)
    ]
    if len(wanted) != 1:
        return st
    return replace(st, metrics=(wanted[0], *(m for m in st.metrics if m != wanted[0])))
