"""A value reached for a moment (「一時162円台まで下落」, "briefly touched", "hit a low of"): the
period's extreme, not its average (docs/verdict-rules.md §4.13, "Linking a claim to its measure")."""

from __future__ import annotations

import re
from dataclasses import replace

from shingi.model import Metric, Pack
from shingi.pipeline.claims.statement import Statement
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
