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

from shingi.model import Metric, Pack, Period
from shingi.pack.index import EvidenceIndex
from shingi.pipeline.claims.statement import ClaimedNumber, Statement
from shingi.pipeline.morphology import content_keys, word_keys

#: Words of any measure of a dimension (a share, a rate, an average, a count, an amount): two
#: measures that share only these are no siblings, and a name leaves them unsaid at no cost
_DIMENSION_WORDS = word_keys(
    "share shares rate ratio percent percentage proportion average mean per number numbers count amount "
    "total overall whole all"
) | frozenset({
    "全体", "全て", "すべて", "率", "割合", "比率", "数", "者数", "人数", "件数", "額", "平均",
    "占め", "める", "シェ", "ェア", "総数",
})

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: a month's name spelt out or cut short, a whole word ("decreased 5" is no December 5)
_MONTH_EN = (
    r"(?P<{m}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.|\b)"
)
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
            month, day = _MONTHS.index(m.group("m1").lower()[:3]) + 1, int(m.group("d1"))
        elif m.group("m2"):
            month, day = _MONTHS.index(m.group("m2").lower()[:3]) + 1, int(m.group("d2"))
        else:
            month, day = int(m.group("m3")), int(m.group("d3"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.add((month, day))
    return frozenset(out)


def _own_names(metric: Metric) -> tuple[str, ...]:
    return tuple(n for n in (metric.name_ja, metric.name_en) if n)


_KANA_ONLY = re.compile(r"[\u3041-\u309f]+")


def _keys(text: str) -> frozenset[str]:
    """Content keys of a text, without keys written in hiragana alone (「よる」「める」 are grammar)."""
    return frozenset(k for k in content_keys(text) | word_keys(text) if not _KANA_ONLY.fullmatch(k))


class _PackKeys:
    """The keys of the pack's measures' names, tokenised once per pack (review finding 7: every
    statement re-tokenised every name of every measure, linear in the pack's measures)."""

    def __init__(self) -> None:
        self.text: dict[str, frozenset[str]] = {}
        self.metric: dict[tuple[str, str], frozenset[str]] = {}
        self.whole: dict[tuple[str, bool], frozenset[str] | None] = {}
        self.names_whole: list[tuple[str, tuple[frozenset[str], ...]]] | None = None


_PACK_KEYS = "_neighbour_keys"


def _pack_keys(pack: Pack) -> _PackKeys:
    index = EvidenceIndex.of(pack)
    found = getattr(index, _PACK_KEYS, None)
    if not isinstance(found, _PackKeys):
        found = _PackKeys()
        setattr(index, _PACK_KEYS, found)
    return found


def _name_keys(pack: Pack, name: str) -> frozenset[str]:
    """``_keys`` of a measure's name (or definition), kept with the pack."""
    memo = _pack_keys(pack).text
    got = memo.get(name)
    if got is None:
        got = memo[name] = _keys(name)
    return got


def _whole_name_keys(pack: Pack, name: str) -> frozenset[str]:
    return _name_keys(pack, name) - _DIMENSION_WORDS


def _metric_keys(pack: Pack, metric: Metric, which: str) -> frozenset[str]:
    """The keys of all of a measure's names (``names``), of its own two names (``own``) or of all its
    names without a dimension's words (``whole``), kept with the pack."""
    memo = _pack_keys(pack).metric
    got = memo.get((metric.id, which))
    if got is None:
        names = _own_names(metric) if which == "own" else metric.names
        got = frozenset().union(*(_name_keys(pack, n) for n in names))
        if which == "whole":
            got -= _DIMENSION_WORDS
        memo[(metric.id, which)] = got
    return got


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
#: 「Xのうち」「Xの6割」「Xの半分」「Xのほとんど」「Xに占める」: the whole X runs back to the clause's
#: last delimiter (「全国の空き家のほとんど」「不登校の子どもの約4割」); 「そのうち」「その半分」 take the
#: whole from the clause before
#: "one in ten Japanese people", 「10人に1人」: a share whose whole is the counted noun
_ONE_IN_EN = re.compile(
    r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:out\s+of|in|of(?=\s+(?:every|each)\b))"
    r"\s+(?:(?:every|each)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    + _PHRASE_EN
)
_ONE_IN_JA = re.compile(r"\d+\s*(?P<w>[\u4e00-\u9fff]{1,4})に\s*(?:約|ほぼ|およそ)?\s*(?:\d+|一)\s*(?P=w)")
_CJK_NOUN = r"[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9ー・]"
#: a part said as a fraction: 「約6割」「4%」「半分」「大半」「ほとんど」「3分の」
_FRACTION_JA = (
    r"\s*(?:約|およそ|ほぼ|実に)?\s*(?:[\d０-９.]+\s*(?:割|%|％|パーセント)|半分|半数|過半|大半|ほとんど"
    r"|[\d一二三四五六七八九十]+分の)"
)
_PART_OF_JA = re.compile(rf"(?:のうち|の中で|に占める|の{_FRACTION_JA})")
_DELIMITER_JA = re.compile(r"[、。,，・「」『』（）()\s]|は|が|を|で|に(?!占)")
_THAT_WHOLE_JA = re.compile(rf"^その(?:うち|中で|{_FRACTION_JA})")

#: The whole a share measure's own name says: 「Xに占めるYの割合」「XのうちY」, "share of X that …",
#: "Y share of X", "percentage / proportion of X"
_MEASURE_WHOLE_JA = re.compile(
    rf"(?P<w>{_CJK_NOUN}{{1,16}}?)(?:に占める|のうち)|(?<![\u4e00-\u9fff])対(?P<v>{_CJK_NOUN}{{1,16}}?)比"
)
_MEASURE_WHOLE_EN = re.compile(
    r"(?i)\b(?:share|percentage|proportion|percent)\s+of\s+(?:all\s+|the\s+|total\s+)*" + _PHRASE_EN
)


def _whole_keys(text: str) -> frozenset[str]:
    return _keys(text) - _DIMENSION_WORDS


def _said_share(st: Statement) -> bool:
    return any(n.unit in ("%", "x") for n in st.numbers)


def _whole_text(st: Statement) -> str | None:
    """The words of the whole the clause's share is said of ("of all federal revenue", 「全国の空き家
    のほとんど」), else None."""
    if not _said_share(st):
        return None
    span = st.span
    m = _PART_OF_JA.search(span)
    if m is not None:
        cut = [d.end() for d in _DELIMITER_JA.finditer(span, 0, m.start())]
        return span[cut[-1] if cut else 0 : m.start()] or None
    e = _CLAIM_WHOLE_EN.search(span) or _ONE_IN_EN.search(span) or _ONE_IN_JA.search(span)
    return e.group("w") if e else None


def _words(pack: Pack, metric: Metric) -> frozenset[str]:
    return _metric_keys(pack, metric, "whole")


def _names_in(pack: Pack, text: str) -> list[str]:
    """The measures one of whose names or aliases (its words, not a dimension's) the text holds
    whole."""
    said = _whole_keys(text)
    memo = _pack_keys(pack)
    if memo.names_whole is None:
        memo.names_whole = [
            (mid, tuple(k for n in metric.names if (k := _whole_name_keys(pack, n))))
            for mid, metric in sorted(pack.metrics.items())
        ]
    return [mid for mid, names in memo.names_whole if any(keys <= said for keys in names)]


def whole_measure(st: Statement, before: Statement | None, pack: Pack) -> str | None:
    """The measure the whole of the clause's share names: for 「そのうち」「その半分」 the first measure
    of the clause before; else the one measure whose name or alias the whole's words hold."""
    if not _said_share(st):
        return None
    if _THAT_WHOLE_JA.search(st.span):
        if before is not None and before.metrics and before.metrics[0] in pack.metrics:
            return before.metrics[0]
        return None
    text = _whole_text(st)
    if not text:
        return None
    # the measure named by most of the whole's words ("vacant homes", not "total homes")
    said = _whole_keys(text)
    fits = {
        m: max(len(k) for n in pack.metrics[m].names if (k := _whole_name_keys(pack, n)) and k <= said)
        for m in _names_in(pack, text)
        if pack.metrics[m].kind != "share"
    }
    best = sorted(fits.items(), key=lambda kv: -kv[1])
    return best[0][0] if best and (len(best) == 1 or best[1][1] < best[0][1]) else None


def measure_whole(metric: Metric, japanese: bool) -> frozenset[str] | None:
    """The words of the whole a share measure's own name (in the clause's language) says, else
    None."""
    name = metric.name_ja if japanese else metric.name_en
    if not name or metric.kind != "share":
        return None
    m = (_MEASURE_WHOLE_JA if japanese else _MEASURE_WHOLE_EN).search(name)
    if m is None:
        return None
    return _whole_keys(m.group("w") or m.group("v")) or None


def _measure_whole(pack: Pack, metric: Metric, japanese: bool) -> frozenset[str] | None:
    """``measure_whole``, kept with the pack."""
    memo = _pack_keys(pack).whole
    key = (metric.id, japanese)
    if key not in memo:
        memo[key] = measure_whole(metric, japanese)
    return memo[key]


def _another_whole(pack: Pack, share: str, whole: str, japanese: bool) -> bool:
    """Whether a share measure's own name says a whole that is not the measure ``whole``: its whole's
    words are none of ``whole``'s and all of another measure's."""
    theirs = _measure_whole(pack, pack.metrics[share], japanese)
    if theirs is None or theirs & _words(pack, pack.metrics[whole]):
        return False
    return any(
        mid not in (share, whole) and theirs <= _words(pack, metric) for mid, metric in pack.metrics.items()
    )


def of_another_whole(st: Statement, metric: Metric, pack: Pack) -> bool:
    """Whether the clause takes its share of the very thing a share measure takes as its part: the
    whole the clause says (「送金の約9割」: 送金) holds a word of the part the measure's own name says
    (「個人送金の対GDP比」: 個人送金 over GDP), and the clause never says the measure's whole (GDP).
    A part is never its own whole (a linguistic reason: "of W" / 「Wの」 says what the share is taken
    from), so the measure does not settle the figure; a whole said in other words than the measure's
    ("new cars sold" for registrations) says none of its part and keeps it."""
    if _THAT_WHOLE_JA.search(st.span):
        return False  # 「そのうち」: the whole is the clause before's (share_of_its_whole)
    text = _whole_text(st)
    japanese = st.lang == "ja"
    theirs = _measure_whole(pack, metric, japanese)
    if not text or theirs is None or theirs & _keys(st.span):
        return False
    name = (metric.name_ja if japanese else metric.name_en) or ""
    part = _name_keys(pack, name) - theirs - _DIMENSION_WORDS
    return _named(part & _whole_keys(text))


def share_of_its_whole(st: Statement, before: Statement | None, pack: Pack) -> Statement:
    """The statement without the share measures whose own name says another whole than the measure
    the clause's share is said of (「そのうち」 after the clause that names it, "of <a name of it>");
    when its first measure was one, the share measure of that whole whose other words (the part)
    the clause says best is read first, when one stands out (a share of one whole is no share of
    another: 「そのうち6割以上が自殺」 after the gun deaths is the suicides' share of gun deaths, not
    the gun's share of suicides)."""
    if not st.metrics or not st.subject:
        return st
    whole = whole_measure(st, before, pack)
    if whole is None:
        return st
    japanese = st.lang == "ja"
    kept = tuple(
        m for m in st.metrics if m not in pack.metrics or not _another_whole(pack, m, whole, japanese)
    )
    if kept == st.metrics and not _named_by_the_whole(st, pack, whole):
        return st
    if kept and kept[0] == st.metrics[0] and kept != st.metrics:
        return replace(st, metrics=kept)
    said = _keys(st.span)
    scores: dict[str, float] = {}
    for mid, metric in sorted(pack.metrics.items()):
        theirs = _measure_whole(pack, metric, japanese)
        if theirs is None or not theirs & _words(pack, pack.metrics[whole]):
            continue
        if not _observed(pack, st.subject, mid):
            continue
        name = (metric.name_ja if japanese else metric.name_en) or ""
        part = _name_keys(pack, name) - theirs - _DIMENSION_WORDS
        scores[mid] = len(part & said) / len(part) if part else 0.0
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][1] > 0 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        best = ranked[0][0]
        return replace(st, metrics=(best, *(m for m in kept if m != best)))
    return replace(st, metrics=kept)


def _named_by_the_whole(st: Statement, pack: Pack, whole: str) -> bool:
    """Whether the statement's first measure is a share whose own name says no whole and whose words
    the clause says mostly inside the words of the whole it names (「QRコード決済は…キャッシュレス決済額の
    2割近く」: キャッシュレス決済比率 by the whole's キャッシュレス決済): the whole names it, not the part,
    so a share of that whole whose part the clause says is read first (a linguistic reason: the
    words of "of W" / 「Wの」 name the whole, not what is its share)."""
    first = pack.metrics.get(st.metrics[0])
    text = _whole_text(st)
    if first is None or first.kind != "share" or first.id == whole or not text:
        return False
    if _measure_whole(pack, first, st.lang == "ja") is not None:
        return False
    said = _keys(st.span) & _words(pack, first)
    at = st.span.find(text)
    rest = _keys(st.span[:at] + " " + st.span[at + len(text) :]) if at >= 0 else said
    # (a word the part shares with it, 決済 of コード決済, may be said outside: most are not)
    return bool(said) and 2 * len(said & rest) < len(said)


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
    words = _metric_keys(pack, first, "whole")
    wanted = [
        mid
        for mid, metric in sorted(pack.metrics.items())
        if mid != first.id
        and metric.unit == first.unit
        and metric.kind == first.kind
        and any(_days(n) & days for n in _own_names(metric))
        and words & _metric_keys(pack, metric, "names")
        and _observed(pack, st.subject, mid)
    ]
    if len(wanted) != 1:
        return st
    return replace(st, metrics=(wanted[0], *(m for m in st.metrics if m != wanted[0])))


# ---- the figure's dimension ------------------------------------------------------------------------

#: a bracketed note of a measure's name (「（始業日時点）」「(fiscal year)」): a qualifier, not the thing
_NOTE = re.compile(r"[（(][^）)]*[）)]")
#: 「1人平均」「1人当たり」「一人あたり」: the one a figure is per is no figure of the clause
_PER_ONE = re.compile(r"\s*(?:平均|当たり|当り|あたり|につき)")


def _figures(st: Statement) -> list[ClaimedNumber]:
    """The clause's figures whose dimension is known, without the one a unit of division counts
    (「1人平均27万5000円」: the 1 person)."""
    from shingi.pipeline.checks.dimensions import MULTIPLE, claimed_dimension

    out = []
    for n in st.numbers:
        at = n.end - st.start
        if n.quantity.value == 1 and 0 <= at <= len(st.span) and _PER_ONE.match(st.span, at):
            continue
        dimension = claimed_dimension(st, n)
        if dimension == MULTIPLE or n.role is not None:
            return []  # 「1989年の2倍」, "from … to": a figure set against another value, no level
        if dimension is not None:
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
    from shingi.pipeline.retrieve import Lookup, _inside_a_compound, _japanese_nouns

    if not st.metrics or st.metrics[0] not in pack.metrics or not st.subject or "metric" in st.inherited:
        return st
    if st.cues & {"up", "down", "flat", "exceed", "trail", "equal"}:
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
    first_own = _metric_keys(pack, first, "own")
    first_words = _metric_keys(pack, first, "whole")
    first_all = _metric_keys(pack, first, "names")
    plain = _keys(_without_records(st.span))
    if _THAT_WHOLE_JA.search(st.span):
        return st  # 「その半分」: the whole is the clause before's (share_of_its_whole)
    text = _whole_text(st)
    if text is not None and first.id in _names_in(pack, text):
        # 「空き家の約4割は…」, "40% of vacant homes": the first measure is the whole the share is of,
        # and its share of another whole (the vacancy rate) is another thing
        return st
    from shingi.pipeline.checks.dimensions import PERCENT, SHARE, claimed_dimension, measure_dimension

    wanted = {claimed_dimension(st, n) for n in figures}
    if wanted & {PERCENT, SHARE}:
        wanted |= {PERCENT, SHARE}

    if text is None and any(claimed_dimension(st, n) in (PERCENT, SHARE) for n in figures):
        # "nearly half came from corporation tax": a share whose whole the clause does not say
        return st
    whole = whole_measure(st, before, pack)
    if whole is not None and whole in st.metrics:
        # "Most of Norland's vacant homes are for rent": the part and the whole are both named, the
        # share is built from their two counts (§4.5)
        return st
    said_whole = _whole_keys(text or "")
    said_nouns = _japanese_nouns(st.span)
    japanese = st.lang == "ja"
    cores = [_whole_name_keys(pack, _NOTE.sub(" ", n)) for n in _own_names(first)]
    gaps: dict[str, tuple[float, float]] = {}
    sibling_words: dict[str, frozenset[str]] = {}
    for mid, metric in sorted(pack.metrics.items()):
        if mid == first.id or metric.kind == "growth" or not _observed(pack, st.subject, mid):
            continue
        if not all(comparable(st, n, metric.unit, metric.kind) for n in figures):
            continue
        if not {measure_dimension(metric.unit, metric.kind)} <= wanted:
            continue  # of the figure's own dimension: "one in three" is no ratio of 2.9 times
        words = _metric_keys(pack, metric, "whole")
        if not _named(words & first_words) or not _named(words & said):
            continue
        if any(_inside_a_compound(_japanese_nouns(n), said_nouns) for n in metric.names):
            continue  # 「中学生」 said only inside 「小中学生」 is not said (as in linking, §4.13)
        own_words = _metric_keys(pack, metric, "own")
        if not any(core and 2 * len(core & own_words) >= len(core) for core in cores) and not _said_apart(
            own_words, _metric_keys(pack, metric, "names"), first_all, plain, idf
        ):
            # a sibling repeats half the first's own name at least (its note aside), or the clause
            # says it by its own name more than it says the first apart from it
            continue
        theirs = _measure_whole(pack, metric, japanese)
        if whole is not None and (theirs is None or not theirs & _words(pack, pack.metrics[whole])):
            continue  # the share of the whole the clause names, by its own name
        if theirs is not None and not theirs & said_whole:
            continue  # a share of another whole than the one said
        defined = _name_keys(pack, metric.definition or "")
        if theirs is None and said_whole and not said_whole & (words | defined):
            continue  # "4.5% of the population": a rate whose names and definition never say that whole
        if theirs is not None and theirs <= first_words:
            # a share of the first measure's own whole ("Share of transports aged 65 or older" beside
            # the transports): only when the clause says its part; the first measure may be that part
            # itself ("share of homeless people who are unsheltered" beside "unsheltered homeless
            # people": its part's word is the first's own), which the clause said by naming it
            part = own_words - theirs - first_words
            of_the_first = (own_words - theirs - _DIMENSION_WORDS) & first_own
            if not _named(part - _DIMENSION_WORDS & said) and not (
                _named(of_the_first) and first.id in lookup.named_outright(st.span)
            ):
                continue
        sibling_words[mid] = words
        own = [_name_keys(pack, n) for n in _own_names(metric)]
        unsaid = min(
            math.fsum(idf.get(k, 1.0) for k in keys - said - first_own - _DIMENSION_WORDS) for keys in own
        )
        # of two that leave as little unsaid, the one that repeats more of the first's own name (its
        # note, "(fiscal year)", is the first's too) is its sibling
        kept = math.fsum(idf.get(k, 1.0) for k in frozenset().union(*own) & first_own - _DIMENSION_WORDS)
        gaps[mid] = (round(unsaid, 9), -round(kept, 9))
    # a sibling that lacks a word the clause says and another sibling has is contrasted by it
    gaps = {m: g for m, g in gaps.items() if not _contrasted(m, sibling_words, said, first_words)}
    ranked = sorted(gaps.items(), key=lambda kv: (kv[1], kv[0]))
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return st
    best = ranked[0][0]
    return replace(st, metrics=(best, *(m for m in st.metrics if m != best)))


def _without_records(text: str) -> str:
    """The text with its record words blanked ("a record €43.6 billion"): a record says where a value
    stands in its own series, of any measure, so it names none ("record price" as an alias)."""
    from shingi.pipeline import lexicon as lx

    for hit in reversed(lx.find(lx.SUP_RECORD, text)):
        text = text[: hit.start] + " " * (hit.end - hit.start) + text[hit.end :]
    return text


def _said_apart(
    own: frozenset[str], names: frozenset[str], first: frozenset[str], plain: frozenset[str],
    idf: dict[str, float],
) -> bool:
    """Whether the clause (``plain``: its keys, record words aside) says a measure by words of its
    own name (``own``) that no name of the first measure has, weighing (idf) more than the words it
    says of the first's names that the measure's names (``names``) lack: "ETS auctions brought in a
    record €43.6 billion" says the auction revenues, not the carbon price the word "record" linked;
    "pay ¥500 million to the winner, making them the richest races in the world" says the winner's
    prize and the prize rank alike, and keeps the rank. A linguistic reason: of two measures the
    clause's words link, the one it names by words the other lacks is the one it speaks of."""
    theirs = (own - first - _DIMENSION_WORDS) & plain
    mine = (first - names - _DIMENSION_WORDS) & plain
    return _named(theirs) and _weight(theirs, idf) > _weight(mine, idf)


def _weight(keys: Iterable[str], idf: dict[str, float]) -> float:
    return math.fsum(idf.get(k, 1.0) for k in keys)


def _contrasted(
    mid: str, sibling_words: dict[str, frozenset[str]], said: frozenset[str], first_words: frozenset[str]
) -> bool:
    """Whether the clause says a word (not a dimension word) that another of the first measure's
    siblings has in its names and aliases and neither ``mid`` nor the first measure has: that
    sibling names the clause's subject, and a measure whose name says another subject of the same
    kind is never the claim's ("suicide entered the top ten causes of death" is the rank of
    suicide, never the rank of cancer; 「自殺」 against 「がん」). A linguistic reason: siblings are
    told apart by the words only one of them has; the clause that says one's is not about
    another's."""
    words = sibling_words[mid]
    return any(
        _named((theirs - words - first_words) & said)
        for other, theirs in sibling_words.items()
        if other != mid
    )


def _named(keys: Iterable[str]) -> bool:
    """Whether shared keys are a word, not an entity's id or a lone kana."""
    return any(not k.startswith("@") and len(k) >= 2 for k in keys)


# ---- a change against a named period ---------------------------------------------------------------


def based_measure(st: Statement, pack: Pack) -> Statement:
    """The statement with its measure of change against a period the clause names first ("cut by more
    than half since 2005" beside emissions, their change on the year before and their change against
    2005): of the statement's measures, the only one whose ``base`` (contract 1.1) is a period the
    clause says, when it is not first. A linguistic reason: a change said against a named period is
    a value of the measure of change against that period, not of the change on the period before."""
    if len(st.metrics) < 2 or not st.periods or st.metrics[0] not in pack.metrics:
        return st
    if pack.metrics[st.metrics[0]].base is not None:
        return st
    from shingi.pipeline.checks.dimensions import GROWTH, MULTIPLE, PERCENT, claimed_dimension

    if not st.numbers or any(
        n.unit not in ("%", "x") or claimed_dimension(st, n) not in (PERCENT, GROWTH, MULTIPLE, None)
        or n.role not in (None, "by") or _a_level_reached(st, n)
        for n in st.numbers
    ):
        # a change's size in % or as a fraction ("by more than half", 「約25%」); an amount, a
        # rank or a share of a whole ("a quarter of new employment") is no value of a change, nor
        # is a level the change went to or came from ("has risen to 30% since 2005", 「30%に上昇」,
        # "up from 10%"): that is a value of the first measure
        return st
    from shingi.pipeline.claims.periods import said_as_base

    # only a period said as the base ("since 2005", "compared with 2005", 「2005年比」「2005年から」);
    # the period the change is in ("fell 5% in 2005") is its time, and the measure must have a value
    # there ("down 50% in 2024 compared with 2005")
    bases = [p.period for p in st.periods if said_as_base(st.span, p, st.start)]
    times = [p.period for p in st.periods if not said_as_base(st.span, p, st.start)]
    wanted = [
        mid for mid in st.metrics[1:]
        if (b := getattr(pack.metrics.get(mid), "base", None)) is not None
        and any(b == p for p in bases)
        and all(_has_value(pack, st.subject, mid, t) for t in times)
    ]
    if len(wanted) != 1:
        return st
    return replace(st, metrics=(wanted[0], *(m for m in st.metrics if m != wanted[0])))


#: a percentage after "to" / "at" / "reached" ("has risen to 30% since 2005"; not "up to 30%", a
#: bound on the size), or before に / へ / まで and a verb of change or of becoming (「30%に上昇」
#: 「30%まで減った」「30%になった」): the level the change reached, not its size (a linguistic reason:
#: the goal of a change is where it ended; a multiple or a fraction, 「3倍に」「半分に」, is set against
#: the base and stays a size)
_LEVEL_BEFORE_EN = re.compile(
    r"(?i)(?:(?<!\bup\s)\bto|\bat|\breach(?:ed|es|ing)?|\bhit(?:s|ting)?)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|under|just\s+over|just\s+under|more\s+than"
    r"|less\s+than|approximately|an?\s+estimated|a\s+record(?:\s+high|\s+low)?)\s+)?$"
)
_LEVEL_AFTER_JA = re.compile(
    r"\s?(?:近く|程度|ほど|強|弱|余り|台)?\s?(?:に|へ|まで)(?:と)?(?:まで)?\s?"
    r"(?:増|減|上昇|上が|下落|下が|低下|拡大|縮小|伸び|落ち|急|達|な[っりるら]|戻|回復|改善|悪化|高ま|低ま)"
)
_PERCENT_WRITTEN = re.compile(r"(?i)[%％]|percent|per\s?cent|パーセント")


def _a_level_reached(st: Statement, n: ClaimedNumber) -> bool:
    """Whether a percentage (written as one) is the level a change reached (``_LEVEL_BEFORE_EN``,
    ``_LEVEL_AFTER_JA``), not its size."""
    if not _PERCENT_WRITTEN.search(n.text):
        return False
    start, end = n.start - st.start, n.end - st.start
    return bool(
        _LEVEL_BEFORE_EN.search(st.span, max(0, start - 40), start) or _LEVEL_AFTER_JA.match(st.span, end)
    )


def _has_value(pack: Pack, entity: str | None, mid: str, period: Period) -> bool:
    """Whether the pack holds a value of ``mid`` for ``entity`` in ``period``."""
    if entity is None:
        return False
    return any(
        pack.observations[o].period.overlaps(period)
        for o in EvidenceIndex.of(pack).obs_by_entity_metric.get((entity, mid), ())
    )


def of_the_figure(st: Statement, before: Statement | None, pack: Pack) -> Statement:
    """The four readings in order: the share's whole, the day of the year, the change's base, the
    figure's dimension."""
    return figure_sibling(
        based_measure(day_measure(share_of_its_whole(st, before, pack), pack), pack), before, pack
    )
