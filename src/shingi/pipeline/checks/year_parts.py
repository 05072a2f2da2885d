"""A part of a year a change names (docs/verdict-rules.md §4.7, "A part of the year"): a season
said with its year ("the summer of 2024", 「2024年夏」), counted from the claim's date ("last
summer", "this spring", 昨夏, 今春, 昨冬), or said after a year's change as where most of it fell
("rose in 2024, mostly in the spring", 「2024年に上昇し、特に上半期に」).

Seasons are the northern meteorological ones, three whole months each: spring March-May, summer
June-August, autumn September-November, winter December-February (the winter of a year is the
one that starts in its December). The contract has no hemisphere field and the packs' subjects
are northern; a pack about a southern place would need its own convention (not read today).

A part said as the change's window (no focus word) is the window: the value before it to its
last value, on a series with values inside it, else unknown. A part after a focus word
("mostly", "especially", 特に, 主に) leaves the year's change as the claim's change, read over
the whole year, and the part is checked as a sub-window where the series has one."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from shingi.model import Observation, Period

#: the first month of each season (three months each)
_SEASON_START = {
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
    "春": 3, "夏": 6, "秋": 9, "冬": 12,
}
_SEASON_EN = r"(?:spring|summer|autumn|fall|winter)"
_SEASON_JA = r"(?:春|夏|秋|冬)(?!闘|節|分|至|学期|物|服|休み|祭)"
#: a part of a year after a focus word: where most (or the notable part) of the change fell
_PART_EN = (
    rf"(?:the\s+)?(?P<s>{_SEASON_EN})|(?:the\s+)?(?P<h>first|second|latter)\s+half"
    r"|(?:the\s+)?(?P<q>first|second|third|fourth|final|last)\s+quarter"
)
_PART_JA = (
    rf"(?P<s>{_SEASON_JA})(?:場|季|期)?"
    r"|(?P<h>上半期|上期|前半|下半期|下期|後半)|第(?P<q>[1-4１-４])四半期"
)
#: the focus words themselves, with the preposition before the part in English
_FOCUS_WORD_EN = (
    r"(?:mostly|mainly|largely|chiefly|primarily|especially|particularly|notably|above\s+all"
    r"|most\s+of\s+(?:it|that|the\s+\w+)|much\s+of\s+(?:it|that|the\s+\w+))\s*,?\s*(?:in|during|over|through)\s+"
)
_FOCUS_WORD_JA = r"(?:特に|主に|とりわけ|中でも|なかでも|大半は|多くは|大部分は)、?"
_FOCUS_EN = re.compile(rf"(?i)\b{_FOCUS_WORD_EN}(?:{_PART_EN})\b")
_FOCUS_JA = re.compile(rf"{_FOCUS_WORD_JA}(?:{_PART_JA})(?:に|の間|にかけて|から)")
#: a season said with its year is a time only where it ends its noun phrase: before punctuation,
#: the end, a conjunction or a verb ("the summer of 2024, …", "2024 spring and summer"), not before
#: a noun it modifies ("the 2024 spring wage talks", "spring 2024 wage talks") nor as the noun "fall"
#: of a change ("the 2023 fall in exports"; review R5)
_PHRASE_END_EN = (
    r"(?=\s*(?:[,.;:!?)\]]|$)|\s+(?:and|or|but|while|whereas|when|as|than|to|from|through|until|till"
    r"|compared|versus|vs|was|were|is|saw|brought|alone|season|months?)\b)"
)
_TIED_EN = re.compile(
    rf"(?i)\b(?:the\s+)?(?P<s>{_SEASON_EN})\s+of\s+(?P<y>(?:19|20)\d\d)\b"
    rf"|\b(?:the\s+)?(?P<s3>{_SEASON_EN})\s+(?P<y3>(?:19|20)\d\d)\b{_PHRASE_END_EN}"
    rf"|\b(?P<y2>(?:19|20)\d\d)(?:'s)?\s+(?P<s2>{_SEASON_EN})\b{_PHRASE_END_EN}"
)
#: 「2024年春」「2024年夏頃」「2024年春季に」: the season ends its noun phrase (a particle, punctuation, the
#: end follows); 季 is an adjective form before a noun (「2024年春季労使交渉」「夏季休暇」: the round, not
#: the season; review R5), and a kanji after the season begins another word (「2024年春以降」)
_TIED_JA = re.compile(
    rf"(?P<y>(?:19|20)\d\d)年(?:の|は|、)?(?P<s>{_SEASON_JA})"
    r"(?:(?:場|頃|ごろ)?(?![一-龯々ァ-ヶー])|季(?=に|は|の間|にかけて|[、,。]|$))"
)
_RELATIVE_EN = re.compile(rf"(?i)\b(?P<rel>last|this|past|previous)\s+(?P<s>{_SEASON_EN})\b")
_RELATIVE_JA = re.compile(rf"(?P<rel>昨|去|今|この|今年の|昨年の|去年の|前年の)(?P<s>{_SEASON_JA})")
#: a season said with no year of its own, the statement's year its year ("in the summer", 「夏に」)
_UNTIED_EN = re.compile(
    r"(?i)\b(?:in|during|over|through|across)\s+(?:the\s+)?(?P<s>spring|summer|autumn|winter)\b"
    r"|\b(?:in|during|over|through|across)\s+the\s+(?P<s2>fall)\b"
)
_UNTIED_JA = re.compile(rf"(?<![今昨去こ年])(?P<s>{_SEASON_JA})(?:場)?(?:に|の間に|にかけて)")


@dataclass(frozen=True, slots=True)
class NamedPart:
    """A part of a year a statement names: its window, its words and where they are in the
    statement's span, and whether a focus word says it is where most of the change fell."""

    window: Period
    text: str
    start: int
    end: int
    focus: bool
    #: the focus word says most of the change fell in the part ("mostly", 主に, 大半は), not only
    #: that the part stood out ("especially", 特に)
    most: bool = False


def _months(first: date, months: int, label: str) -> Period:
    y, m = first.year, first.month + months - 1
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return Period(first, date(y, m, calendar.monthrange(y, m)[1]), "quarter", label)


def season_window(season: str, year: int) -> Period:
    """The three months of a season of ``year`` (winter: December of it to February after)."""
    month = _SEASON_START[season.lower()]
    return _months(date(year, month, 1), 3, f"{year}-{season.lower()}")


def _this_season(season: str, now: date) -> Period:
    """The season of the claim's year: the one under way or the latest begun (winter in January
    or February: the one begun the December before)."""
    year = now.year - 1 if _SEASON_START[season.lower()] == 12 and now.month <= 2 else now.year
    return season_window(season, year)


def _season_of(m: re.Match[str], now: date | None) -> Period | None:
    rel = m.groupdict().get("rel")
    season = m["s"]
    if rel is None or now is None:
        return None
    this = _this_season(season, now)
    if rel.lower() in ("今", "この", "今年の", "this"):
        return this
    if rel.lower() in ("last", "past", "previous"):
        # "last summer": the latest summer over by the claim's date
        return this if this.end < now else season_window(season, this.start.year - 1)
    return season_window(season, this.start.year - 1)  # 昨夏 / 去年の夏: the year before's


def _part_of(m: re.Match[str], year: Period) -> Period:
    """The window of a part said after a focus word, inside the statement's year (or fiscal
    year): a season, a half or a quarter counted from the year's first month."""
    if m["s"]:
        month = _SEASON_START[m["s"].lower()]
        # the season whose first month falls inside the year said (a fiscal year's too)
        first = date(year.start.year, month, 1)
        if first < year.start:
            first = date(year.start.year + 1, month, 1)
        return _months(first, 3, f"{first.year}-{m['s'].lower()}")
    if m["h"]:
        second = m["h"].lower() in ("second", "latter") or m["h"] in ("下半期", "下期", "後半")
        return _months(_add_months(year.start, 6 if second else 0), 6, "half")
    q = m["q"].lower()
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}.get(q)
    n = n or int(q.translate(str.maketrans("１２３４", "1234")))
    return _months(_add_months(year.start, 3 * (n - 1)), 3, "quarter")


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


def named_part(span: str, periods: list[Period], now: Period | None) -> NamedPart | None:
    """The part of a year a change statement names (module docstring), or None. ``periods`` are
    the statement's periods, ``now`` the claim's date."""
    year = periods[0] if len(periods) == 1 and periods[0].precision in ("year", "fiscal_year") else None
    for rx in (_FOCUS_EN, _FOCUS_JA):
        m = rx.search(span) if year is not None else None
        if m is not None and year is not None:
            # (the focus pattern holds the part's own groups: s, h, q)
            most = _MOST.search(m.group(0)) is not None
            return NamedPart(_part_of(m, year), m.group(0), m.start(), m.end(), True, most)
    for rx in (_TIED_EN, _TIED_JA):
        m = rx.search(span)
        if m is not None:
            g = m.groupdict()
            season = g.get("s") or g.get("s2") or g.get("s3")
            y = int(g.get("y") or g.get("y2") or g.get("y3") or 0)
            assert season is not None
            return NamedPart(season_window(season, y), m.group(0), m.start(), m.end(), False)
    for rx in (_RELATIVE_EN, _RELATIVE_JA):
        m = rx.search(span)
        if m is not None:
            window = _season_of(m, now.start if now is not None else None)
            if window is None:
                return None
            return NamedPart(window, m.group(0), m.start(), m.end(), False)
    if year is not None and year.precision == "year":
        for rx in (_UNTIED_EN, _UNTIED_JA):
            m = rx.search(span)
            if m is not None:
                season = m.groupdict().get("s") or m.groupdict().get("s2")
                assert season is not None
                window = season_window(season, year.start.year)
                return NamedPart(window, m.group(0), m.start(), m.end(), False)
    return None


_MOST = re.compile(r"(?i)\b(?:mostly|mainly|largely|chiefly|primarily|most|much)\b|主に|大半|多く|大部分")


def part_points(obs: list[Observation], window: Period) -> tuple[Observation, Observation] | None:
    """The two values a change over a part of a year compares: the last value of a period
    shorter than the part that ends before it (within about a season), else the first inside it,
    and the last inside it, which must reach the part's last month; on quarters, the quarter
    holding most of the part and the one before (:func:`_straddling_points`); None when the series
    holds no such values (its values are of the year)."""
    inside = [o for o in obs if window.contains(o.period) and o.period.days < window.days]
    if not inside:
        return _straddling_points(obs, window)
    precision = inside[-1].period.precision
    same = [o for o in inside if o.period.precision == precision]
    before = [
        o for o in obs if o.period.precision == precision and o.period.end < window.start
        and (window.start - o.period.end).days <= 100
    ]
    first = before[-1] if before else same[0]
    last = same[-1]
    if (window.end - last.period.end).days > 31:
        return None  # the part's end is not held ("last winter" with December only)
    return None if first.id == last.id else (first, last)


def _straddling_points(obs: list[Observation], window: Period) -> tuple[Observation, Observation] | None:
    """On a series of periods about as long as a season (quarters), "over the summer": the period
    that holds most of the season's days (July-September for June-August) against the one before
    it — the steps of the series nearest the part said; None when no period holds most of it."""
    def shared(o: Observation) -> int:
        return max(0, (min(o.period.end, window.end) - max(o.period.start, window.start)).days + 1)

    near = [o for o in obs if o.period.days <= window.days + 10 and 2 * shared(o) > window.days]
    if not near:
        return None
    last = near[-1]
    same = [o for o in obs if o.period.precision == last.period.precision]
    before = [o for o in same if o.period.end < last.period.start]
    return (before[-1], last) if before and (last.period.start - before[-1].period.end).days <= 100 else None


def without_focus(span: str) -> str:
    """The span with a focus part ("mostly in the spring", 「特に春に」) blanked: such a part says
    where most of the change fell, not the change's window."""
    for rx in (_FOCUS_EN, _FOCUS_JA):
        span = rx.sub(lambda m: " " * len(m.group(0)), span)
    return span
