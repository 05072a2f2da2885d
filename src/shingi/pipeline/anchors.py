"""A window opened by a rule's coming into force, which the claim names by what happened and not by
a date: "since the reform took effect", "after the law came into force", 「改正法の施行以来」「空家法が
施行されてから」 (docs/verdict-rules.md §2, "Windows").

A linguistic reason: "since X took effect" starts the window at the moment X took effect, which is
a date the pack's events give when one of them says that X took effect (its title has the words of
X and a word of coming into force). The window opens at the state just before that moment: the
period that holds the day before (a change "since the reform took effect on 1 September" counts from
August's value, before the reform changed anything). When no event of the pack, or more than one
with different dates, says so, the window cannot be placed and nothing that depends on it is
settled (the anchor is ambiguous: abstain, never pick one).
"""

from __future__ import annotations

import re
from datetime import timedelta

from shingi.model import Pack, Period
from shingi.normalize.periods import period_of_month, period_of_year

#: the words of coming into force after "since" / "after" (an act, not a person's taking office)
_IN_FORCE_EN = (
    r"took\s+effect|(?:came|entered|went)\s+into\s+(?:force|effect)|became\s+effective|kicked\s+in"
)
#: "since the reform took effect", "after the new rules came into force"
SINCE_IN_FORCE_EN = re.compile(
    rf"(?i)\b(?:since|after)\s+(?P<what>(?:[\w'-]+\s+){{1,6}}?)(?:{_IN_FORCE_EN})\b"
)
#: 「改正法の施行以来」「空家法が施行されてから」「協定の発効後」
SINCE_IN_FORCE_JA = re.compile(
    r"(?P<what>[一-龥ァ-ヶーA-Za-z0-9・]{1,12}?)(?:が|の)?(?:施行|発効)(?:されて|して)?(?:以降|以来|後|から)"
)
#: a title that says something came into force then
_IN_FORCE_TITLE = re.compile(
    r"(?i)\btak(?:es|en|ing)\s+effect\b|\b(?:comes?|came|enters?|entered|goes|went)\s+into\s+(?:force|effect)\b"
    r"|\bin\s+force\b|\bbecomes?\s+effective\b|\bkicks?\s+in\b|施行|発効"
)
#: words of a noun phrase that name nothing ("since the new reform took effect": reform)
_FUNCTION_WORDS = frozenset(str.split("""
    the a an its their his her our my your this that these those new latest current first
    we they it he she i you of
"""))


def _words_en(phrase: str) -> list[str]:
    words = [w.casefold().strip("'") for w in re.findall(r"[\w'-]+", phrase)]
    kept = [w for w in words if w not in _FUNCTION_WORDS and len(w) > 1]
    return [w.removesuffix("s") if len(w) > 4 else w for w in kept]


def _word(w: str) -> str:
    """An English word of a name as a whole word of a title, or its plural ("reform" of "reforms";
    not "war" of "Warsaw" nor "tax" of "taxi")."""
    return rf"(?i)\b{re.escape(w)}(?:s|es)?\b"


def _titled(title: str, words: list[str], ja: str | None) -> bool:
    """Whether a title names the thing: the Japanese name whole, or every English word whole (or
    its plural)."""
    if ja is not None:
        return ja in title
    return bool(words) and all(re.search(_word(w), title) for w in words)


#: words of a title that say the thing ended, was lifted or resumed ("Strike ends as plants reopen",
#: 「ストライキ終結、工場再開」): its date is the end of the thing, not its start
_ENDED_TITLE = re.compile(
    r"(?i)\b(?:ends|ended|lifted|resumes|resumed|called\s+off|repealed|abolished|scrapped)\b"
    r"|終結|終了|解除|再開|撤廃|廃止|収束"
)


def _says_it_ended(title: str, words: list[str], ja: str | None) -> bool:
    """Whether a title says the thing ended (a word of ending outside the name: 「禁輸解除前」 is
    named by 「禁輸解除」, which is no end of its own)."""
    rest = title.replace(ja, " ") if ja is not None else title
    for w in words:
        rest = re.sub(_word(w), " ", rest)
    return _ENDED_TITLE.search(rest) is not None


def in_force_dates(pack: Pack, words: list[str], ja: str | None) -> list[Period]:
    """The distinct dates of the pack's events whose title says that the thing named came into force."""
    return _dated_by_title(pack, words, ja, _IN_FORCE_TITLE)


def window_start(date: Period) -> Period:
    """Where a window opened by an event of ``date`` starts: the month just before it (the state
    before the event changed anything: the month that holds the day before a dated day, the month
    before a month, as ``_just_before`` reads them), else the event's own period (a year dated only
    by its year opens as "since 2023" does)."""
    if date.precision in ("day", "month"):
        return _just_before(date) or date
    return date


#: a length of time before "after" ("in the first month after the tariffs took effect", "two years
#: after"): a span that ends there, no window to now
_LENGTH_BEFORE_EN = re.compile(r"(?i)\b(?:days?|weeks?|months?|quarters?|years?|decades?)\s+$")
#: a length of time after 後 / から (「発効後の1か月で」「施行から1年で」「発効後半年間」)
_LENGTH_AFTER_JA = re.compile(
    r"^[のは、]?\s*(?:最初の|初めの|はじめの)?(?:\d+|[一二三四五六七八九十百半数]+)"
    r"(?:か月|カ月|ヶ月|ケ月|箇月|年|週|日|四半期)"
)


#: the words before a span after a coming into force that make it a clause's time ("In the first
#: month after …", "During the two years after …")
_SPAN_LEAD_EN = re.compile(r"(?i)(?:in|during|within|over|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")


def opens_a_clause(clause: str) -> re.Match[str] | None:
    """The coming into force a leading clause is made of ("Since the reform took effect", "In the
    first month after the tariffs took effect"): the setting of the next clause's time."""
    m = SINCE_IN_FORCE_EN.search(clause)
    if m is None:
        return None
    lead = clause[: m.start()]
    if not lead or (_SPAN_LEAD_EN.fullmatch(lead) and bounded_after(clause, m.start(), m.end())):
        return m
    return None


def bounded_after(text: str, start: int, end: int) -> bool:
    """Whether the coming into force at ``text[start:end]`` begins a span of a given length ("the
    first month after the tariffs took effect", 「関税の発効後の1か月で」「施行から1年で」): a window that
    ends there, not one that runs to now."""
    phrase = text[start:end]
    if re.match(r"(?i)after\b", phrase):
        return _LENGTH_BEFORE_EN.search(text[:start]) is not None
    if phrase.endswith(("後", "から")):
        return _LENGTH_AFTER_JA.match(text[end:]) is not None
    return False


def in_force_windows(text: str) -> list[tuple[int, int, list[str], str | None]]:
    """The phrases of ``text`` that open a window at a coming into force: (start, end, the English
    words of what came into force, its Japanese name)."""
    out: list[tuple[int, int, list[str], str | None]] = []
    for m in SINCE_IN_FORCE_EN.finditer(text):
        out.append((m.start(), m.end(), _words_en(m["what"]), None))
    for m in SINCE_IN_FORCE_JA.finditer(text):
        name = re.sub(r"^(?:\d{4}年(?:度)?(?:\d{1,2}月)?に?)", "", m["what"])
        if name:
            out.append((m.start(), m.end(), [], name))
    return out


#: "Even before the ban", "prior to the outbreak", 「禁輸前の水準」「不正発覚前に」: a time just before
#: an event the claim names without a date (as ``checks.changes.before_an_event`` reads it)
BEFORE_THE_EN = re.compile(
    r"(?i)\b(?:before|prior\s+to)\s+the\s+(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\b(?!\s*[-\d])"
)
_BEFORE_JA = re.compile(
    r"(?P<what>[一-龥ァ-ヶー・]{2,8}?)(?<![年月度期日週以直事名午目寸])(?:前|以前)(?=の水準|の時点|に|には|は|、)"
)
#: words of what happened after the name of the thing it happened to (「不正発覚」「禁輸開始」「制度導入」):
#: the title names the thing, with or without them
_HAPPENED_JA = re.compile(r"(?:発覚|発生|開始|導入|施行|発効|発動|実施|決定|表明|発表)$")
#: a title that names the thing only as the time it is after (「禁輸後初の出荷」, "first shipment since
#: the ban"): no date of the thing itself
_AFTER_IN_TITLE_JA = r"(?:後|以降|以来)"
_WORDS_AFTER_WORD = r"(?i)\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
#: words after "before the" that are no event ("before the end of", "before the year")
_NOT_AN_EVENT_EN = frozenset(str.split("""
    year years month months quarter quarters decade end start beginning turn same previous first last
    next then time deadline
"""))


def _dated_by_title(
    pack: Pack, words: list[str], ja: str | None, act: re.Pattern[str] | None = None
) -> list[Period]:
    """The distinct dates of the pack's events (no plan) whose title names the thing — not only as
    the time they come after (「禁輸後初」, "since the ban") — and, with ``act``, says that too."""
    found: dict[tuple[object, object], Period] = {}
    for e in pack.events.values():
        title = f"{e.title_ja or ''} {e.title_en or ''}"
        if e.kind == "plan" or not _titled(title, words, ja) or (act is not None and not act.search(title)):
            continue
        if _says_it_ended(title, words, ja):
            continue
        if ja is not None and re.search(re.escape(ja) + _AFTER_IN_TITLE_JA, title):
            continue
        if ja is None and any(re.search(_WORDS_AFTER_WORD + re.escape(w), title) for w in words):
            continue
        found.setdefault((e.date.start, e.date.end), e.date)
    return [found[k] for k in sorted(found)]


def _just_before(date: Period) -> Period | None:
    """The period just before an event of ``date``: the month that holds the day before a dated day,
    the month before a month, the year before a year."""
    if date.precision in ("day", "month"):
        before = date.start - timedelta(days=1)
        return period_of_month(before.year, before.month)
    if date.precision == "year":
        return period_of_year(date.start.year - 1)
    return None


def before_an_event(pack: Pack, text: str) -> list[tuple[int, int, Period]]:
    """The phrases of ``text`` that place a value just before an event the pack dates ("before the
    ban", 「不正発覚前の水準」), each with the period just before the event's date: (start, end,
    period). A phrase whose words name no event of the pack, or events of different dates (an
    ambiguous anchor), is left out: nothing places it."""
    out: list[tuple[int, int, Period]] = []
    found: list[tuple[int, int, list[str], str | None]] = []
    for m in BEFORE_THE_EN.finditer(text):
        words = _words_en(m["what"])
        if words and not any(w in _NOT_AN_EVENT_EN for w in words):
            found.append((m.start(), m.end(), words, None))
    for m in _BEFORE_JA.finditer(text):
        name = _HAPPENED_JA.sub("", m["what"])
        if len(name) >= 2:
            found.append((m.start(), m.end(), [], name))
    for start, end, words, ja in found:
        dates = _dated_by_title(pack, words, ja)
        if len(dates) != 1 or (period := _just_before(dates[0])) is None:
            continue
        if not _mostly_after(pack, dates[0], period):
            out.append((start, end, period))
    return out


def _mostly_after(pack: Pack, date: Period, before: Period) -> bool:
    """Whether a value of the pack is of a period that holds both the period just before the event
    (``before``) and the event's date, with more of it after the event than before (a strike of
    February 2025 on a yearly series: 2025 holds January and is mostly after the strike, no value of
    the time before it). The claim's measure is not known here: any such period leaves the time
    before undated (abstain rather than read a value of after as before)."""
    for o in pack.observations.values():
        p = o.period
        holds = p.start <= before.start and before.end <= p.end and p.start <= date.start <= p.end
        if holds and (date.start - p.start) < (p.end - date.start):
            return True
    return False
