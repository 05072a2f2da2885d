"""Periods: parse pack cells, find periods in free Japanese/English text, step between them.

A period is an interval of days with a precision (``shingi.model.Period``). Canonical
spellings (``Period.text``), each accepted back by ``parse_period``:

============  ====================  ===========  =================================
kind          text                  precision    interval
============  ====================  ===========  =================================
day           ``2026-04-15``        day          that day
month         ``2026-04``           month        the month
quarter       ``2026-Q2``           quarter      calendar quarter (Apr-Jun)
half          ``2026-H1``           half         Jan-Jun (H1) or Jul-Dec (H2)
fiscal half   ``FY2026-H1``         half         Apr-Sep 2026 (H1), Oct 2026-Mar 2027 (H2)
mid-year      ``mid-2025``          half         Apr-Sep 2025 (rule for "mid-2025", 2025年半ば)
year          ``2026``              year         the calendar year
decade        ``2020s``             year         2020-01-01 .. 2029-12-31 (no decade precision)
decade part   ``early-2030s``       year         early 2030-33, mid 2033-36, late 2036-39;
              ``first-half-2030s``               2030-34 (2030年代前半), second half 2035-39
fiscal year   ``FY2026``            fiscal_year  1 April 2026 .. 31 March 2027
============  ====================  ===========  =================================

Fiscal years follow a convention (``shingi.model.FiscalYear``, contract 1.1): Japan's by default
(April, named by the year it starts in); ``parse_period`` and ``find_periods`` take another one
(the US federal ``FiscalYear(10, "end")``: FY2024 = October 2023 - September 2024). FY halves,
fiscal quarters, 年度末 and 年度初め follow it; ``2026年3月期`` is always the year ending March 2026.

Rules chosen for vague words (documented here because claims use them):

- late 2025, 2025年後半/下半期/下期, the second half of 2025 -> ``2025-H2``;
  early 2026, 2026年前半/上半期/上期, 2026年初頭 -> ``2026-H1``.
- mid-2025, the middle of 2025, 2025年半ば/中頃/央 -> ``mid-2025`` (April-September).
- 2025年末, the end of 2025, year-end 2025 -> ``2025-12``; 2026年初/年始/年頭, the
  beginning/start of 2026 -> ``2026-01``; 2025年度末 -> ``2026-03``; 2026年度初め -> ``2026-04``.
- Fiscal quarters become calendar quarters: 2026年度第1四半期 / Q1 FY2026 -> ``2026-Q2``.
- 2026年3月期 (a Japanese fiscal year ending March 2026) -> ``FY2025``; 2025年12月期 -> ``2025``.
- Japanese eras: 令和N年 = 2018+N (令和元年 = 2019), 平成N年 = 1988+N, 昭和N年 = 1925+N.
- Phrases with no year (4月, in April, April 15, 年末, 上半期, 第2四半期, Q2, 今年, 昨年度,
  this year, last year, next year) are found only when ``default_year`` is given; relative
  words count from it (昨年 = default_year - 1).

In free text a year is four digits from 1900 to 2100 that is not part of a bigger number
(``2,026``, ``12026``, ``2026.5``), not glued to a name (``RTX-2080``, ``A2026``) and not
followed by a unit (``2026人``, ``2048 GPUs``, ``2026億円``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from shingi.model import JAPANESE_FISCAL_YEAR, FiscalYear, Period, Precision
from shingi.normalize.text import COUNT_NOUNS_EN, normalize, ordinal_number

__all__ = [
    "ERA_BASE",
    "MONTH_NUMBERS",
    "MONTH_WORD",
    "SPLIT_YEAR_RE",
    "PeriodMatch",
    "find_periods",
    "in_fiscal_year",
    "is_split_year",
    "parse_fiscal_year",
    "parse_period",
    "period_of_day",
    "period_of_decade",
    "period_of_fiscal_half",
    "period_of_fiscal_quarter",
    "period_of_fiscal_year",
    "period_of_half",
    "period_of_mid_year",
    "period_of_month",
    "period_of_quarter",
    "period_of_year",
    "same_or_adjacent",
    "shift",
]

EXPECTED = "expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn or FYYYYY"

#: Years a finder accepts in free text.
MIN_YEAR, MAX_YEAR = 1900, 2100


# --- constructors ------------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, month: int, count: int, precision: Precision, text: str) -> Period:
    """The period of ``count`` months starting at ``year``-``month``."""
    last = year * 12 + month - 1 + count - 1
    return Period(date(year, month, 1), _month_end(last // 12, last % 12 + 1), precision, text)


def period_of_day(d: date) -> Period:
    """The one-day period of ``d`` (``2026-04-15``)."""
    return Period(d, d, "day", d.isoformat())


def period_of_month(year: int, month: int) -> Period:
    """``2026-04``."""
    return _months(year, month, 1, "month", f"{year:04d}-{month:02d}")


def period_of_quarter(year: int, quarter: int) -> Period:
    """Calendar quarter ``2026-Q2`` (April-June)."""
    return _months(year, 3 * quarter - 2, 3, "quarter", f"{year:04d}-Q{quarter}")


def period_of_half(year: int, half: int) -> Period:
    """Calendar half ``2025-H2`` (July-December)."""
    return _months(year, 6 * half - 5, 6, "half", f"{year:04d}-H{half}")


def period_of_fiscal_half(year: int, half: int, fiscal_year: FiscalYear | None = None) -> Period:
    """Fiscal half ``FY2026-H1``: by default Japan's (April-September 2026; H2 is October-March);
    with another ``fiscal_year`` convention, the first or last six months of its FY ``year``."""
    fy = fiscal_year or JAPANESE_FISCAL_YEAR
    first = fy.first_year(year) * 12 + fy.start_month - 1 + 6 * (half - 1)
    return _months(first // 12, first % 12 + 1, 6, "half", f"FY{year:04d}-H{half}")


def period_of_fiscal_quarter(year: int, quarter: int, fiscal_year: FiscalYear | None = None) -> Period:
    """Fiscal quarter ``FY2025-Q4`` of a convention whose quarters are no calendar quarters (a company
    year ``2/end``: November 2024 - January 2025). In a convention whose quarters are calendar
    quarters (Japan's) it is that calendar quarter (``2026-Q1``)."""
    fy = fiscal_year or JAPANESE_FISCAL_YEAR
    first = fy.first_year(year) * 12 + fy.start_month - 1 + 3 * (quarter - 1)
    if (fy.start_month - 1) % 3 == 0:
        return period_of_quarter(first // 12, (first % 12) // 3 + 1)
    return _months(first // 12, first % 12 + 1, 3, "quarter", f"FY{year:04d}-Q{quarter}")


def period_of_mid_year(year: int) -> Period:
    """``mid-2025``: April to September 2025 (the rule for "mid-2025", 2025年半ば)."""
    return _months(year, 4, 6, "half", f"mid-{year:04d}")


def period_of_year(year: int) -> Period:
    """Calendar year ``2026``."""
    return _months(year, 1, 12, "year", f"{year:04d}")


def period_of_decade(year: int) -> Period:
    """``2020s``: 2020-01-01 to 2029-12-31, precision "year" (the model has no decade)."""
    start = year - year % 10
    return _months(start, 1, 120, "year", f"{start:04d}s")


#: Parts of a decade: (first year offset, number of years) for early / first half / mid /
#: second half / late. "The early 2030s" is 2030-2033, "2030年代前半" 2030-2034.
DECADE_PARTS: dict[str, tuple[int, int]] = {
    "early": (0, 4), "first_half": (0, 5), "mid": (3, 4), "second_half": (5, 5), "late": (6, 4),
}


def period_of_decade_part(decade: int, part: str) -> Period:
    """``early-2030s`` (2030-2033), ``mid-2030s`` (2033-2036), ``late-2030s`` (2036-2039),
    ``first-half-2030s`` (2030-2034), ``second-half-2030s`` (2035-2039); precision "year"."""
    start = decade - decade % 10
    offset, years = DECADE_PARTS[part]
    names = {"early": f"early-{start}s", "mid": f"mid-{start}s", "late": f"late-{start}s",
             "first_half": f"first-half-{start}s", "second_half": f"second-half-{start}s"}
    return _months(start + offset, 1, 12 * years, "year", names[part])


def period_of_fiscal_year(year: int, fiscal_year: FiscalYear | None = None) -> Period:
    """Fiscal year ``FY2026``: by default Japan's, 1 April 2026 to 31 March 2027; with another
    convention its own (``FiscalYear(10, "end")``: FY2026 = 1 October 2025 to 30 September 2026)."""
    fy = fiscal_year or JAPANESE_FISCAL_YEAR
    return _months(fy.first_year(year), fy.start_month, 12, "fiscal_year", f"FY{year:04d}")


_FISCAL_YEAR_CELL = re.compile(r"\s*(\d{1,2})\s*/\s*(start|end)\s*", re.IGNORECASE)


def parse_fiscal_year(text: str) -> FiscalYear:
    """A fiscal-year convention written ``START_MONTH/start|end`` (``4/start``, ``10/end``, ``2/end``);
    ValueError saying what was expected otherwise."""
    m = _FISCAL_YEAR_CELL.fullmatch(text)
    if not m or not 1 <= int(m[1]) <= 12:
        raise ValueError(
            f"'{text.strip()}' is not a fiscal year: expected START_MONTH/start or START_MONTH/end "
            "(month 1-12; e.g. 4/start for Japan, 10/end for the US federal year)"
        )
    return FiscalYear(int(m[1]), "end" if m[2].lower() == "end" else "start", declared=True)


# --- parsing pack cells -------------------------------------------------------------------

_CELL_DATE = re.compile(
    r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
    # spreadsheets export dates with a time of day: keep the day
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_CELL_MONTH = re.compile(r"(\d{4})[-/](\d{1,2})")
_CELL_QH = re.compile(r"(\d{4}) ?-? ?([QqHh])(\d)")
_CELL_FY = re.compile(r"[Ff][Yy] ?(\d{4})")
_CELL_YEAR = re.compile(r"\d{4}")
_NOT_FOUR_DIGITS = re.compile(r"\d{1,3}|\d{5,}")
_BAD_JA_MONTH = re.compile(r"\d{4}\s?年\s?(?:1[3-9]|[2-9]\d|0+)\s?月")


def _bad(text: str, why: str | None = None) -> ValueError:
    reason = f": {why}" if why else ""
    return ValueError(f"'{text}' is not a period{reason} ({EXPECTED})")


def _check_year(text: str, year: int) -> None:
    if year < 1:
        raise _bad(text, "year must be 0001-9999")


def _check_month(text: str, month: int) -> None:
    if not 1 <= month <= 12:
        raise _bad(text, "month must be 01-12")


def _canonical_cell(text: str, shown: str, fy: FiscalYear | None) -> Period | None:
    """The contract's spellings (plus / for -, one-digit months and days, FY with a space).

    ``shown`` is the cell as written, for the error messages.
    """
    if m := _CELL_DATE.fullmatch(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        _check_year(shown, y)
        _check_month(shown, mo)
        last = calendar.monthrange(y, mo)[1]
        if not 1 <= d <= last:
            raise _bad(shown, f"day must be 01-{last} in {y:04d}-{mo:02d}")
        return period_of_day(date(y, mo, d))
    if m := _CELL_MONTH.fullmatch(text):
        y, mo = int(m[1]), int(m[2])
        _check_year(shown, y)
        _check_month(shown, mo)
        return period_of_month(y, mo)
    if m := _CELL_QH.fullmatch(text):
        y, n = int(m[1]), int(m[3])
        _check_year(shown, y)
        if m[2] in "Qq":
            if not 1 <= n <= 4:
                raise _bad(shown, "quarter must be Q1-Q4")
            return period_of_quarter(y, n)
        if not 1 <= n <= 2:
            raise _bad(shown, "half must be H1 or H2")
        return period_of_half(y, n)
    if m := _CELL_FY.fullmatch(text):
        y = int(m[1])
        _check_year(shown, y)
        if y > 9998 or (fy is not None and fy.first_year(y) < 1):
            why = f"FY{y} ends after 9999-12-31" if y > 9998 else f"FY{y} starts before 0001-01-01"
            raise _bad(shown, why)
        return period_of_fiscal_year(y, fy)
    if _CELL_YEAR.fullmatch(text):
        y = int(text)
        _check_year(shown, y)
        return period_of_year(y)
    return None


@lru_cache(maxsize=4096)
def parse_period(text: str, fiscal_year: FiscalYear | None = None) -> Period:
    """Parse one pack cell into a Period, or raise ValueError saying what was expected.

    Accepts the contract's spellings (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Qn``,
    ``YYYY-Hn``, ``FYYYYY``), ``/`` for ``-``, one-digit months and days, a time of day after
    a date, full-width digits, and any claim spelling that ``find_periods`` understands when
    it is the whole cell (``2026年4月``, ``令和8年度``, ``April 2026``, ``late 2025``,
    ``FY2026-H1``, ``mid-2025``, ``2020s`` ...). Invalid dates (``2025-02-30``) are errors.
    ``fiscal_year`` is the convention of ``FY`` years (default: Japan's).
    """
    stripped = text.strip()
    if not stripped:
        raise _bad(stripped, "the cell is empty")
    found = _canonical_cell(stripped, stripped, fiscal_year)
    if found is not None:
        return found
    norm = normalize(stripped)
    if norm != stripped:
        found = _canonical_cell(norm, stripped, fiscal_year)
        if found is not None:
            return found
    matches = find_periods(norm, fiscal_year=fiscal_year)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(norm):
        return matches[0].period
    if len(matches) > 1:
        raise _bad(stripped, "it names more than one period")
    if _NOT_FOUR_DIGITS.fullmatch(norm):
        raise _bad(stripped, "a year has four digits")
    if _BAD_JA_MONTH.search(norm):
        raise _bad(stripped, "month must be 01-12")
    raise _bad(stripped)


# --- finding periods in free text ---------------------------------------------------------


@dataclass(frozen=True)
class PeriodMatch:
    """A period found in text; ``start``/``end`` index ``normalize(text)``."""

    period: Period
    start: int
    end: int
    text: str


# A spec is what a pattern recognised, before it becomes a Period: (kind, year, n, day).
_Spec = tuple[str, int, int, int]
_Handler = Callable[["re.Match[str]", "_Context"], "_Spec | None"]


@dataclass(frozen=True)
class _Context:
    text: str
    default_year: int | None
    fiscal_year: FiscalYear = JAPANESE_FISCAL_YEAR


_Y4 = r"(?:19\d\d|20\d\d|2100)"
# A year starts a token: not after a digit, a letter, a decimal point, a thousands
# separator or a currency sign, nor after a name joined by a hyphen (RTX-2080).
_YB = r"(?<![0-9A-Za-z_.,$¥€£₹#万億兆])(?<![A-Za-z]-)"
# ... and is not continued by more digits (2026.5, 2026,000).
_NE = r"(?![0-9]|[.,][0-9])"
# A Japanese year: 2026年, 令和8年, 令和元年, or a year relative to default_year (今年, 昨年 ...).
_JY = (
    rf"(?:(?:{_YB}(?P<y>{_Y4})|(?P<era>令和|平成|昭和)\s?(?P<ey>元|\d{{1,2}}))\s?年"
    r"|(?P<rel>今年|(?<!日)本年|昨年|去年|来年))"
)
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MON = (
    r"(?P<mon>(?i:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec))(?![A-Za-z])\.?"
)
_MON_PLAIN = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![A-Za-z])\.?"
)
#: English month names and their short forms, by number (one table for every reader of months)
MONTH_NUMBERS = _MONTHS
#: an English month name or its short form, as a regular expression (no group)
MONTH_WORD = _MON_PLAIN
_FULL_MONTHS = frozenset(calendar.month_name[i].lower() for i in range(1, 13))
_ORD = r"(?:st|nd|rd|th)?"
# A day before an English month name (15 April) starts a token, and not right after kana or
# kanji: in 100分の1 April 2026 the 1 belongs to the fraction.
_DB = r"(?<![0-9A-Za-z.,\u3040-\u30ff\u3400-\u9fff])"
#: Japanese eras: the calendar year before each era's first (令和N年 = 2018 + N)
ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925}
#: the two halves said as a pair ("the former half"); every other ordinal is :func:`ordinal_number`'s
_HALF_WORDS = {"former": 1, "latter": 2}

# What follows a number that makes it a quantity rather than a year: 2026人, 2026億円, 2048 GPUs,
# 1900校, 2400世帯 (Japanese counters).
_UNIT_AFTER = re.compile(
    r"\s?(?:[人件社台基個枚名億万兆千百円元%倍回位点本機拠校戸頭隻店園冊票棟軒]|世帯|[カヶか]国|[カヶか]所|ドル|ユーロ"
    r"|ウォン|ポンド|ルピー|パーセント"
    r"|ポイント|ギガ|メガ|テラ|ペタ|エクサ|キロ|ワット"
    r"|(?i:percent|per cent|pct|yen|dollars?|euros?|yuan|rupees?|pounds?|times|fold|points?"
    r"|bn|billion|million|mn|trillion|tn|thousand|[kMGTPE]?W(?:h)?|[kMGTPEZ]?FLOPS|[kMGTP]B)(?![A-Za-z]))"
)
_WORD_AFTER = re.compile(r"\s([A-Za-z]+)")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_YEAR_WORD_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:in|by|since|until|till|from|through|during|before|after|of|year|fiscal|circa)\s$")


def _year(y: int) -> int | None:
    return y if MIN_YEAR <= y <= MAX_YEAR else None


def _jy(m: re.Match[str], ctx: _Context) -> int | None:
    """The year of a _JY group: western, era or relative."""
    if m["y"]:
        return int(m["y"])
    if m["era"]:
        n = 1 if m["ey"] == "元" else int(m["ey"])
        return _year(ERA_BASE[m["era"]] + n) if n >= 1 else None
    if ctx.default_year is None:
        return None
    return ctx.default_year + {"今年": 0, "本年": 0, "昨年": -1, "去年": -1, "来年": 1}[m["rel"]]


def _day(y: int | None, mo: int, d: int) -> _Spec | None:
    if y is None or not 1 <= mo <= 12 or not 1 <= d <= calendar.monthrange(y, mo)[1]:
        return None
    return ("day", y, mo, d)


def _month(y: int | None, mo: int) -> _Spec | None:
    return ("month", y, mo, 0) if y is not None and 1 <= mo <= 12 else None


def _g(m: re.Match[str], name: str) -> str | None:
    """A named group that may not exist in this pattern."""
    return m.groupdict().get(name)


def _qn(m: re.Match[str]) -> int:
    return int(_g(m, "q1") or _g(m, "q2") or _g(m, "q3") or 0)


def _fiscal_quarter(y: int | None, q: int, fy: FiscalYear = JAPANESE_FISCAL_YEAR) -> _Spec | None:
    """Quarter n of fiscal year y as a calendar quarter (Japan: Q1 = April-June). A convention whose
    quarters are no calendar quarters (a company year starting in February) gives its own three
    months, ``FY2025-Q4`` (November 2024 - January 2025 in a year ``2/end``), as its halves do."""
    if y is None or not 1 <= q <= 4:
        return None
    if (fy.start_month - 1) % 3:
        return ("fyquarter", y, q, 0)
    first = fy.first_year(y) * 12 + fy.start_month - 1 + 3 * (q - 1)
    return ("quarter", first // 12, (first % 12) // 3 + 1, 0)


def _two_digit_fy(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


# Handlers, one per pattern. Each returns a spec, or None when the match is not a period.

def _h_j_day(m: re.Match[str], ctx: _Context) -> _Spec | None:
    return _day(_jy(m, ctx), int(m["m"]), int(m["d"]))


def _h_j_month(m: re.Match[str], ctx: _Context) -> _Spec | None:
    return _month(_jy(m, ctx), int(m["m"]))


_ERA_INITIALS = {"H": "平成", "S": "昭和", "R": "令和"}


def _h_era_initial_month(m: re.Match[str], ctx: _Context) -> _Spec | None:
    n = int(m["ey"])
    return _month(_year(ERA_BASE[_ERA_INITIALS[m["ini"]]] + n), int(m["m"])) if n >= 1 else None


def _h_j_fiscal_term(m: re.Match[str], ctx: _Context) -> _Spec | None:
    # 2026年3月期: the fiscal year ending March 2026 (FY2025); 2025年12月期: calendar 2025.
    y = _jy(m, ctx)
    if y is None:
        return None
    mo = int(m["m"])
    if mo == 3:
        return ("fy_jp", y - 1, 0, 0)
    if mo == 12:
        return ("year", y, 0, 0)
    return None


_RANGES = {(1, 3): ("quarter", 1), (4, 6): ("quarter", 2), (7, 9): ("quarter", 3), (10, 12): ("quarter", 4),
           (1, 6): ("half", 1), (7, 12): ("half", 2), (4, 9): ("fyhalf_jp", 1), (1, 12): ("year", 0)}


def _range_spec(y: int | None, m1: int, m2: int) -> _Spec | None:
    if y is None or (m1, m2) not in _RANGES:
        return None
    kind, n = _RANGES[(m1, m2)]
    return (kind, y, n, 0)


def _h_j_range(m: re.Match[str], ctx: _Context) -> _Spec | None:
    return _range_spec(_jy(m, ctx), int(m["m1"]), int(m["m2"]))


def _h_j_fy(m: re.Match[str], ctx: _Context) -> _Spec | None:
    y = _jy(m, ctx)
    return ("fy", y, 0, 0) if y is not None else None


def _h_j_fy_half(m: re.Match[str], ctx: _Context) -> _Spec | None:
    y = _jy(m, ctx)
    if y is None:
        return None
    return ("fyhalf", y, 1 if m["w"][0] in "上前" else 2, 0)


def _h_j_fy_quarter(m: re.Match[str], ctx: _Context) -> _Spec | None:
    return _fiscal_quarter(_jy(m, ctx), _qn(m), ctx.fiscal_year)


def _h_j_fy_edge(m: re.Match[str], ctx: _Context) -> _Spec | None:
    y = _jy(m, ctx)
    if y is None:
        return None
    # 年度末: the fiscal year's last month; 年度初め: its first
    fy = period_of_fiscal_year(y, ctx.fiscal_year)
    edge = fy.end if m["w"] == "末" else fy.start
    return ("month", edge.year, edge.month, 0)


def _h_j_half(m: re.Match[str], ctx: _Context) -> _Spec | None:
    y = _jy(m, ctx)
    if y is None:
        return None
    return ("half", y, 1 if m["w"][0] in "上前" else 2, 0)


def _h_j_quarter(m: re.Match[str], ctx: _Context) -> _Spec | None:
    y = _jy(m, ctx)
    return ("quarter", y, _qn(m), 0) if y is not None else None


_J_EDGE = {"年末": ("month", 12), "末": ("month", 12), "暮れ": ("month", 12),
           "年初め": ("month", 1), "年初": ("month", 1), "年始": ("month", 1), "年頭": ("month", 1),
           "年明け": ("month", 1), "初め": ("month", 1), "初": ("month", 1), "始め": ("month", 1),
           "始": ("month", 1), "頭": ("month", 1), "明け": ("month", 1), "初頭": ("half", 1),
           "半ば": ("mid", 0), "中頃": ("mid", 0), "中ごろ": ("mid", 0), "中盤": ("mid", 0), "央": ("mid", 0)}


def _h_j_edge(m: re.Match[str], ctx: _Context) -> _Spec | None:
    y = _jy(m, ctx)
    if y is None:
        return None
    kind, n = _J_EDGE[m["w"]]
    return (kind, y, n, 0)


def _h_decade(m: re.Match[str], ctx: _Context) -> _Spec | None:
    y = int(m["y"])
    return ("decade", y, 0, 0) if MIN_YEAR <= y <= MAX_YEAR - 10 else None


_DECADE_PART_WORDS = {
    "early": "early", "mid": "mid", "late": "late",
    "初頭": "early", "初め": "early", "早期": "early", "早々": "early", "前半": "first_half",
    "半ば": "mid", "中頃": "mid", "中ごろ": "mid", "中盤": "mid",
    "後半": "second_half", "末": "late", "終盤": "late", "後期": "late",
}
_DECADE_PART_INDEX = {part: i for i, part in enumerate(DECADE_PARTS)}


def _h_decade_part(m: re.Match[str], ctx: _Context) -> _Spec | None:
    y = int(m["y"])
    word = m["w"].lower()
    part = ("first_half" if word.startswith("first") else "second_half" if word.startswith("second")
            else _DECADE_PART_WORDS[word])
    return ("decade_part", y, _DECADE_PART_INDEX[part], 0) if MIN_YEAR <= y <= MAX_YEAR - 10 else None


def _h_j_year(m: re.Match[str], ctx: _Context) -> _Spec | None:
    y = _jy(m, ctx)
    return ("year", y, 0, 0) if y is not None else None


def _h_iso_day(m: re.Match[str], ctx: _Context) -> _Spec | None:
    return _day(int(m["y"]), int(m["m"]), int(m["d"]))


def _h_iso_month(m: re.Match[str], ctx: _Context) -> _Spec | None:
    return _month(int(m["y"]), int(m["m"]))


_JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


#: A split year as a document writes it: "2024-25", "2024/25", "2024 – 25", "FY2024-25" (a year that
#: runs into the next, when :func:`is_split_year`); ingest reads documents' split years with it
SPLIT_YEAR_RE = re.compile(
    r"(?<![\d.,/\-–])(?:FY\s?)?(?P<y>(?:19|20)\d{2})\s?[-–/]\s?(?P<next>\d{2})(?![\d%]|[/.,]\d)"
)


def is_split_year(first: int, second: int) -> bool:
    """Whether ``first-second`` ("2024-25") is one year written across two calendar years: the second
    number is the next year's last two digits."""
    return second == (first + 1) % 100


def _h_split_year(m: re.Match[str], ctx: _Context) -> _Spec | None:
    """A split year, "2010-11", "2017/18", "2014-15": the twelve months that run from one year
    into the next (a school, fiscal or season year), when the second number is the next year's
    last two digits. "2010-11" is also how a month is written in data and in Japanese text
    (2019/07): there, a second number that can be a month is a month."""
    y = int(m["y"])
    if not is_split_year(y, int(m["next"])):
        return None
    if int(m["next"]) <= 12 and _JAPANESE_SCRIPT.search(ctx.text):
        return None
    return ("split", y, 0, 0)


# Year-less phrases: only with a default year.

def _h_md(m: re.Match[str], ctx: _Context) -> _Spec | None:
    return _day(ctx.default_year, int(m["m"]), int(m["d"]))


def _h_m(m: re.Match[str], ctx: _Context) -> _Spec | None:
    return _month(ctx.default_year, int(m["m"]))


_J_BARE = {"年末": ("month", 12), "年初め": ("month", 1), "年初": ("month", 1), "年始": ("month", 1),
           "年頭": ("month", 1), "年明け": ("month", 1), "上半期": ("half", 1), "上期": ("half", 1),
           "下半期": ("half", 2), "下期": ("half", 2)}


def _h_j_bare(m: re.Match[str], ctx: _Context) -> _Spec | None:
    if ctx.default_year is None:
        return None
    if m["w"]:
        kind, n = _J_BARE[m["w"]]
        return (kind, ctx.default_year, n, 0)
    if m["q1"]:
        return ("quarter", ctx.default_year, int(m["q1"]), 0)
    return _range_spec(ctx.default_year, int(m["m1"]), int(m["m2"]))


def _h_rel_year(m: re.Match[str], ctx: _Context) -> _Spec | None:
    if ctx.default_year is None:
        return None
    y = ctx.default_year + {"this": 0, "last": -1, "next": 1}[m["w"].lower()]
    return ("fy" if m["u"].lower() != "year" else "year", y, 0, 0)


def _h_bare_q(m: re.Match[str], ctx: _Context) -> _Spec | None:
    return ("quarter", ctx.default_year, _qn(m), 0) if ctx.default_year is not None else None


# English.

def _mon(m: re.Match[str]) -> int:
    return _MONTHS[m["mon"].lower()]


def _h_e_mdy(m: re.Match[str], ctx: _Context) -> _Spec | None:
    return _day(int(m["y"]), _mon(m), int(m["d"]))


#: a month name just before a number: "Aug 15" (the 15th, or 2015) holds its number
_MONTH_BEFORE = re.compile(rf"(?<![A-Za-z]){_MON_PLAIN}\s?$")


def _h_e_dmy(m: re.Match[str], ctx: _Context) -> _Spec | None:
    if _MONTH_BEFORE.search(ctx.text, max(0, m.start() - 11), m.start()):
        # "Jul 15 to Aug 15 Aug 2015 Jul 2015" (a table's headers read backwards, dev8 ABS): the 15 is the
        # number of the month before it, no day of the month after it; "Aug 2015" is the month
        return None
    return _h_e_mdy(m, ctx)


def _h_e_my(m: re.Match[str], ctx: _Context) -> _Spec | None:
    return _month(int(m["y"]), _mon(m))


_MAY_OK = re.compile(r"(?<![A-Za-z])(?i:in|by|of|since|until|till|from|to|through|during|before|after"
                     r"|early|late|mid|end|this|last|next|each|every)[\s-]$")


def _capitalised_month(m: re.Match[str], ctx: _Context) -> bool:
    """Year-less English months must be capitalised; "May" also needs a word like "in" before it."""
    name = m["mon"]
    if not name[0].isupper():
        return False
    if name.lower() not in _FULL_MONTHS and ctx.text[m.end("mon"):m.end("mon") + 1] != ".":
        # Jun, Mar, Jan alone are names as often as months: abbreviations need their dot
        return False
    if name.lower() == "may":
        return bool(_MAY_OK.search(ctx.text, max(0, m.start("mon") - 8), m.start("mon")))
    return True


def _h_e_md(m: re.Match[str], ctx: _Context) -> _Spec | None:
    if not _capitalised_month(m, ctx):
        return None
    return _day(ctx.default_year, _mon(m), int(m["d"]))


def _h_e_m(m: re.Match[str], ctx: _Context) -> _Spec | None:
    if not _capitalised_month(m, ctx):
        return None
    return _month(ctx.default_year, _mon(m))


def _h_e_fy(m: re.Match[str], ctx: _Context) -> _Spec | None:
    y = _year(_two_digit_fy(m["y"] or m["y2"]))
    if y is None:
        return None
    nxt = next((m[g] for g in ("next", "next2") if m.re.groupindex.get(g) and m[g]), None)
    if nxt is None:
        return ("fy", y, 0, 0)
    if _two_digit_fy(nxt) % 100 != (y + 1) % 100:
        return None  # FY2026/28 is not one fiscal year
    # FY2023-24, "fiscal year 2023-24": the fiscal year that starts in 2023, named as the pack's
    # convention names it (FY2023 in Japan's, FY2024 in a year named by its end: US, Australia)
    return ("fysplit", y, 0, 0)


def _h_e_fy_quarter(m: re.Match[str], ctx: _Context) -> _Spec | None:
    return _fiscal_quarter(_year(_two_digit_fy(m["y"])), _qn(m), ctx.fiscal_year)


def _ordinal(word: str | None) -> int:
    """The place an ordinal names ("third", "3rd", "latter"), 0 for none."""
    w = (word or "").lower()
    return ordinal_number(w) or _HALF_WORDS.get(w, 0)


def _h_e_fy_half(m: re.Match[str], ctx: _Context) -> _Spec | None:
    y = _year(_two_digit_fy(m["y"]))
    if y is None:
        return None
    n = int(_g(m, "h1") or _g(m, "h2") or 0) or _ordinal(_g(m, "o"))
    return ("fyhalf", y, n, 0) if n in (1, 2) else None


def _h_e_quarter(m: re.Match[str], ctx: _Context) -> _Spec | None:
    o = (_g(m, "o") or "").lower()
    n = _qn(m) or _ordinal(o) or (4 if o in ("final", "last") else 0)
    return ("quarter", int(m["y"]), n, 0) if 1 <= n <= 4 else None


def _h_e_month_quarter(m: re.Match[str], ctx: _Context) -> _Spec | None:
    mon = _mon(m)
    y = _g(m, "y") or _g(m, "y2") or _g(m, "y3") or _g(m, "y4")
    return ("quarter", int(y), mon // 3, 0) if y and mon % 3 == 0 else None


def _h_e_month_range(m: re.Match[str], ctx: _Context) -> _Spec | None:
    """"the July-September 2024 quarter", "April-June 2025", "the January-June half of 2025": the
    calendar quarter or half the two months bound (as 「2024年7〜9月期」 is)."""
    first = _MONTHS[m["mon"].rstrip(".").lower()]
    last = _MONTHS[m["mon2"].rstrip(".").lower()]
    return _range_spec(int(m["y"]), first, last)


def _h_e_months_of_year(m: re.Match[str], ctx: _Context) -> _Spec | None:
    months = 3 if m["n"].lower() in ("three", "3") else 6
    first = 1 if m["o"].lower() == "first" else 13 - months
    return _range_spec(int(m["y"]), first, first + months - 1)


def _h_e_half(m: re.Match[str], ctx: _Context) -> _Spec | None:
    n = int(_g(m, "h1") or _g(m, "h2") or 0) or _ordinal(_g(m, "o"))
    return ("half", int(m["y"]), n, 0) if n in (1, 2) else None


def _h_e_vague(m: re.Match[str], ctx: _Context) -> _Spec | None:
    y = int(m["y"])
    w = m["w"].lower()
    if w.startswith("late"):
        return ("half", y, 2, 0)
    if w.startswith("early"):
        return ("half", y, 1, 0)
    if "mid" in w:
        return ("mid", y, 0, 0)
    if "end" in w:
        return ("month", y, 12, 0)
    return ("month", y, 1, 0)  # beginning, start


def _h_bare_year(m: re.Match[str], ctx: _Context) -> _Spec | None:
    if _YEAR_WORD_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return ("year", int(m["y"]), 0, 0)  # "in 2026 models improved": the preposition decides
    if _UNIT_AFTER.match(ctx.text, m.end()):
        return None
    word = _WORD_AFTER.match(ctx.text, m.end())
    if word and (word[1].lower() in COUNT_NOUNS_EN or _ACRONYM_PLURAL.fullmatch(word[1])):
        return None  # 2000 employees, 2048 GPUs
    return ("year", int(m["y"]), 0, 0)


_Q = r"(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q)"
_H = r"(?:H(?P<h1>[12])|(?P<h2>[12])H)"
_FYY = r"(?:FY|fiscal\s+(?:year\s+)?)\s?-?\s?(?P<y>\d{4}|\d{2})(?![0-9])"
_HALF_WORD = r"(?:(?:the\s+)?(?P<o>first|second|1st|2nd|former|latter)[\s-]+half\s+(?:of\s+)?)"

_PATTERNS: list[tuple[str, _Handler]] = [
    # Japanese, with a year (western, era or relative)
    (rf"{_JY}\s?(?P<m>\d{{1,2}})\s?月\s?(?P<d>\d{{1,2}})\s?日", _h_j_day),
    (rf"{_JY}\s?(?P<m>\d{{1,2}})\s?月期", _h_j_fiscal_term),
    (rf"{_JY}\s?(?P<m>\d{{1,2}})\s?月", _h_j_month),
    # H27.5, R1.10: an era's initial, its year and the month, as Japanese statistics tables abbreviate;
    # never before a Latin word ("R2.5 billion" is rand, "S3.2 model" a name)
    (r"(?<![A-Za-z0-9.])(?P<ini>[HSR])(?P<ey>\d{1,2})\.(?P<m>\d{1,2})(?![0-9.%])(?!\s*[A-Za-z])",
     _h_era_initial_month),
    # 「震災前年(H22)3月」: the era's initial and its year in brackets over the month that follows them
    (r"(?<![A-Za-z0-9.])[(（](?P<ini>[HSR])(?P<ey>\d{1,2})[)）]\s?(?P<m>\d{1,2})\s?月", _h_era_initial_month),
    (rf"{_JY}\s?の?\s?(?P<m1>\d{{1,2}})\s?(?:月\s?)?[-~]\s?(?P<m2>\d{{1,2}})\s?月期?", _h_j_range),
    (rf"{_JY}\s?度", _h_j_fy),
    # 「2024会計年度」「2024年会計年度」: the fiscal year as a translation of "fiscal 2024" writes it
    (rf"{_YB}(?P<y>{_Y4})\s?年?\s?会計年度?", _h_j_fy),
    (rf"{_JY}\s?度\s?の?\s?(?P<w>上半期|上期|前半期|前半|前期|下半期|下期|後半期|後半|後期)", _h_j_fy_half),
    (rf"{_JY}\s?度\s?の?\s?(?:第\s?(?P<q1>[1-4])\s?(?:四半期|Q)|(?P<q2>[1-4])\s?Q|Q(?P<q3>[1-4]))(?![0-9A-Za-z])",
     _h_j_fy_quarter),
    (rf"{_JY}\s?度\s?(?P<w>末|初め|初)(?!めて)", _h_j_fy_edge),
    (rf"{_JY}\s?の?\s?(?P<w>上半期|上期|前半期|前半|下半期|下期|後半期|後半)", _h_j_half),
    (rf"{_JY}\s?の?\s?(?:第\s?(?P<q1>[1-4])\s?(?:四半期|Q)|(?P<q2>[1-4])\s?Q|Q(?P<q3>[1-4]))(?![0-9A-Za-z])",
     _h_j_quarter),
    (rf"{_JY}\s?の?\s?(?P<w>年末|末|暮れ|年初め|年初|年始|年頭|年明け|初頭|初め|初|始め|始(?![まめる])|頭|明け|半ば|中頃|中ごろ|中盤|央)(?!めて|て)",
     _h_j_edge),
    (rf"{_YB}(?P<y>(?:19|20)\d0)\s?年代\s?の?\s?(?P<w>初頭|初め|早期|早々|前半|半ば|中頃|中ごろ|中盤|後半|末|終盤|後期)",
     _h_decade_part),
    (rf"{_YB}(?P<y>(?:19|20)\d0)\s?年代", _h_decade),
    (_JY, _h_j_year),
    # numeric dates
    (rf"{_YB}(?P<y>{_Y4})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![0-9])", _h_iso_day),
    (rf"{_YB}(?P<y>{_Y4})[-/](?P<next>\d{{2}})(?![0-9]|[.,/-][0-9])", _h_split_year),
    (rf"{_YB}(?P<y>{_Y4})[-/](?P<m>\d{{1,2}})(?![0-9]|[.,/-][0-9])", _h_iso_month),
    # English
    (rf"(?<![A-Za-z]){_MON}\s?(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>{_Y4}){_NE}", _h_e_mdy),
    (rf"{_DB}(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON},?\s+(?P<y>{_Y4}){_NE}", _h_e_dmy),
    (rf"(?<![A-Za-z]){_MON},?\s+(?:of\s+)?(?P<y>{_Y4}){_NE}", _h_e_my),
    (rf"(?<![A-Za-z0-9])(?i:FY\s?-?\s?(?P<y>\d{{4}}|\d{{2}})(?:[/-](?P<next>\d{{4}}|\d{{2}}))?"
     rf"|(?:fiscal|financial)\s+(?:year\s+)?(?P<y2>{_Y4})(?:[/-](?P<next2>\d{{4}}|\d{{2}}))?)(?![0-9])",
     _h_e_fy),
    # "its 2025 financial year", "the 2024 fiscal year": the year named first, as the convention
    # names it (the contract's FYYYYY: by its start or its end year)
    (rf"{_YB}(?P<y>{_Y4})\s+(?i:financial|fiscal)\s+(?i:year)(?![A-Za-z])", _h_e_fy),
    (rf"(?<![A-Za-z0-9]){_Q}\s?(?:of\s+)?(?i:{_FYY})", _h_e_fy_quarter),
    (rf"(?<![A-Za-z0-9])(?i:{_FYY})\s?-?\s?{_Q}(?![0-9A-Za-z])", _h_e_fy_quarter),
    (rf"(?<![A-Za-z0-9]){_H}\s?(?:of\s+)?(?i:{_FYY})", _h_e_fy_half),
    (rf"(?<![A-Za-z0-9])(?i:{_FYY})\s?-?\s?{_H}(?![0-9A-Za-z])", _h_e_fy_half),
    (rf"(?<![A-Za-z])(?i:{_HALF_WORD}{_FYY})", _h_e_fy_half),
    (rf"(?<![A-Za-z0-9]){_Q}\s?[-/]?\s?(?:of\s+)?(?P<y>{_Y4}){_NE}", _h_e_quarter),
    (rf"{_YB}(?P<y>{_Y4})\s?[-/]?\s?{_Q}(?![0-9A-Za-z])", _h_e_quarter),
    # "the first three months of 2025", "the last six months of 2024": the quarter or half they make
    (rf"(?<![A-Za-z])(?i:(?:the\s+)?(?P<o>first|last|final)\s+(?P<n>three|six|3|6)\s+months\s+of\s+)"
     rf"(?P<y>{_Y4}){_NE}", _h_e_months_of_year),
    (rf"(?<![A-Za-z])(?i:(?:the\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+quarter\s+"
     rf"(?:of\s+)?)(?P<y>{_Y4}){_NE}", _h_e_quarter),
    # "the December 2025 quarter", "the March quarter of 2025", "the September (and December)
    # quarters of 2025": the quarter that ends in that month (how Australian and New Zealand
    # statistics name quarters)
    # "Dec Qtr 2019", "December quarter 2019" (the Australian Bureau of Statistics' spelling)
    (rf"(?<![A-Za-z]){_MON}(?:\s+(?i:qtr|quarter)\.?\s+(?P<y4>{_Y4}){_NE}|\s+(?P<y>{_Y4})\s+(?i:quarter)(?![A-Za-z])"
     rf"|\s+(?i:quarters?\s+of)\s+(?P<y2>{_Y4}){_NE}"
     rf"|(?=\s+(?i:and|to|-|–)\s+{_MON_PLAIN}\s+(?i:quarters\s+of)\s+(?P<y3>{_Y4}){_NE}))",
     _h_e_month_quarter),
    # "the July-September 2024 quarter", "April-June 2025", "the January-March quarter of 2025"
    (rf"(?<![A-Za-z]){_MON}\s?[-–]\s?(?P<mon2>{_MON_PLAIN})(?:\s+(?i:quarter|half)\s+of)?\s+(?P<y>{_Y4}){_NE}"
     r"(?:\s+(?i:quarter|half)(?![A-Za-z]))?", _h_e_month_range),
    (rf"(?<![A-Za-z0-9]){_H}\s?[-/]?\s?(?:of\s+)?(?P<y>{_Y4}){_NE}", _h_e_half),
    (rf"{_YB}(?P<y>{_Y4})\s?[-/]?\s?{_H}(?![0-9A-Za-z])", _h_e_half),
    (rf"(?<![A-Za-z])(?i:{_HALF_WORD})(?P<y>{_Y4}){_NE}", _h_e_half),
    (r"(?<![A-Za-z])(?P<w>(?i:late|early|mid|the\s+middle\s+of|middle\s+of|the\s+end\s+of|end\s+of|end"
     r"|year-end|year\s+end|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of))"
     rf"(?:\s+|-)(?P<y>{_Y4}){_NE}", _h_e_vague),
    (r"(?<![A-Za-z])(?:the\s+)?(?P<w>(?i:early|mid|late|(?:first|second)[\s-]half(?:[\s-]of)?))(?:\s+|-)"
     r"(?:the\s+)?(?P<y>(?:19|20)\d0)'?s(?![A-Za-z])",
     _h_decade_part),
    (rf"{_YB}(?P<y>(?:19|20)\d0)'?s(?![A-Za-z])", _h_decade),
    (rf"{_YB}(?P<y>{_Y4}){_NE}", _h_bare_year),
    # year-less phrases (need default_year)
    (r"(?<![0-9.])(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日", _h_md),
    # (not 「表1 月別…」: a table's or a figure's number before 月別, "by month", names no month)
    (r"(?<![0-9.])(?<![表図])(?<![表図]\s)(?P<m>\d{1,2})\s?月(?![間別])", _h_m),
    (r"(?<![0-9年度])(?:(?P<w>年末|年初め|年初|年始|年頭|年明け|上半期|上期|下半期|下期)"
     r"|第\s?(?P<q1>[1-4])\s?四半期|(?<![0-9])(?P<m1>\d{1,2})\s?[-~]\s?(?P<m2>\d{1,2})\s?月期)", _h_j_bare),
    (r"(?<![A-Za-z])(?P<w>(?i:this|last|next))\s+(?P<u>(?i:year|fiscal\s+year))(?![A-Za-z])", _h_rel_year),
    (rf"(?<![A-Za-z]){_MON}\s?(?P<d>\d{{1,2}}){_ORD}(?![0-9A-Za-z])", _h_e_md),
    (rf"{_DB}(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON}", _h_e_md),
    (rf"(?<![A-Za-z]){_MON}", _h_e_m),
    (rf"(?<![A-Za-z0-9]){_Q}(?![0-9A-Za-z])", _h_bare_q),
]
_COMPILED: list[tuple[re.Pattern[str], _Handler]] = [(re.compile(p), h) for p, h in _PATTERNS]
# Cheap pre-checks: skip the finder entirely on text with no digit and no period word.
_HINT = re.compile(r"[0-9年月期末初央]|(?i:half|quarter|year|mid|late|early|jan|feb|mar|apr|may|jun|jul"
                   r"|aug|sep|oct|nov|dec|fy|fiscal)")


def _period(spec: _Spec, fy: FiscalYear = JAPANESE_FISCAL_YEAR) -> Period:
    kind, y, n, d = spec
    if kind == "day":
        return period_of_day(date(y, n, d))
    if kind == "month":
        return period_of_month(y, n)
    if kind == "quarter":
        return period_of_quarter(y, n)
    if kind == "half":
        return period_of_half(y, n)
    if kind == "fyhalf":
        return period_of_fiscal_half(y, n, fy)
    if kind == "fyhalf_jp":
        return period_of_fiscal_half(y, n)
    if kind == "fyquarter":
        return period_of_fiscal_quarter(y, n, fy)
    if kind == "fy_jp":
        return period_of_fiscal_year(y)
    if kind == "fysplit":
        return period_of_fiscal_year(fy.named_year(y), fy)
    if kind == "mid":
        return period_of_mid_year(y)
    if kind == "year":
        return period_of_year(y)
    if kind == "decade":
        return period_of_decade(y)
    if kind == "split":
        # a split year in the pack's fiscal-year convention; under the default one (Japan's
        # April year), the calendar year it ends in: how yearly series store school years and
        # split fiscal years ("2010-11" -> 2011), unless the pack's rows are dated in fiscal
        # years ("2024-25" is then its FY2024). Writing the default out changes nothing
        if fy == JAPANESE_FISCAL_YEAR and not fy.fiscal_rows:
            return period_of_year(y + 1)
        return period_of_fiscal_year(fy.named_year(y), fy)
    if kind == "decade_part":
        return period_of_decade_part(y, list(DECADE_PARTS)[n])
    return period_of_fiscal_year(y, fy)


def find_periods(
    text: str, default_year: int | None = None, fiscal_year: FiscalYear | None = None
) -> list[PeriodMatch]:
    """All periods mentioned in ``text`` (Japanese or English), left to right.

    Matches do not overlap; where candidates overlap the longest wins (``2026年4月15日``
    beats ``2026年4月`` and ``2026年``). Spans index ``normalize(text)``. Phrases without a
    year (``4月``, ``in April``, ``年末``, ``Q2``, ``昨年``, ``this year``) are returned only when
    ``default_year`` is given. Numbers that are not dates are skipped: ``6,315億円``,
    ``70.7%``, ``GPT-4.1``, ``2026人``, ``2,026``. ``fiscal_year`` is the convention of fiscal
    years (FY2026, 2026年度, fiscal 2026; default Japan's).
    """
    fy = fiscal_year or JAPANESE_FISCAL_YEAR
    # a claim's text and an event's title are read several times a diagnosis (the parse, the
    # quantities, the event checks): keep the answers for short texts; the list is the caller's
    find = _found_periods if len(text) <= 2000 else _found_periods.__wrapped__
    return list(find(text, default_year, fy.start_month, fy.named_by, fy.fiscal_rows, fy))


@lru_cache(maxsize=8192)
def _found_periods(text: str, default_year: int | None, _start_month: int, _named_by: str, _rows: bool,
                   fy: FiscalYear) -> tuple[PeriodMatch, ...]:
    """``find_periods``'s answer, keyed by every field of the convention that reads a period
    (``fiscal_rows`` is no part of a FiscalYear's equality)."""
    norm = normalize(text)
    if not _HINT.search(norm):
        return ()
    ctx = _Context(norm, default_year, fy)
    candidates: list[tuple[int, int, int, _Spec]] = []
    for order, (pattern, handler) in enumerate(_COMPILED):
        for m in pattern.finditer(norm):
            spec = handler(m, ctx)
            if spec is not None:
                candidates.append((m.start(), m.end(), order, spec))
    # Longest first; on a tie the earlier position, then the earlier (more specific) pattern.
    candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    taken = bytearray(len(norm))
    chosen: list[tuple[int, int, _Spec]] = []
    for start, end, _, spec in candidates:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, spec))
    chosen.sort()
    return tuple(PeriodMatch(_period(spec, fy), s, e, norm[s:e]) for s, e, spec in chosen)


# --- stepping -----------------------------------------------------------------------------


def _kind(period: Period) -> tuple[str, int]:
    """The kind of a period and its ordinal index among periods of that kind."""
    s = period.start
    p = period.precision
    if p == "day":
        return "day", s.toordinal()
    if p == "month":
        return "month", s.year * 12 + s.month - 1
    if p == "quarter":
        if period.text.startswith("FY"):
            return _fiscal_kind(period)
        return "quarter", s.year * 4 + (s.month - 1) // 3
    if p == "half":
        if period.text.startswith("mid-"):
            return "mid", s.year
        if period.text.startswith("FY"):
            return _fiscal_kind(period)
        if s.month in (1, 7):
            return "half", s.year * 2 + (s.month - 1) // 6
        raise ValueError(f"{period.text} is not a calendar or fiscal half")
    if p == "fiscal_year":
        return _fiscal_kind(period)
    years = period.end.year - s.year + 1
    if years == 10 and s.year % 10 == 0:
        return "decade", s.year // 10
    if years > 1:
        raise ValueError(f"{period.text} spans {years} years: there is no next period of its kind")
    return "year", s.year


def in_fiscal_year(period: Period, fiscal_year: FiscalYear) -> Period:
    """A fiscal year or fiscal half read in another convention: ``FY2024`` (Japan's) becomes the
    FY2024 of ``fiscal_year``; any other period comes back unchanged."""
    m = _FY_TEXT.fullmatch(period.text)
    if not m or period.precision not in ("fiscal_year", "half", "quarter"):
        return period
    if m[2]:
        return period_of_fiscal_half(int(m[1]), int(m[2]), fiscal_year)
    if m[3]:
        return period_of_fiscal_quarter(int(m[1]), int(m[3]), fiscal_year)
    return period_of_fiscal_year(int(m[1]), fiscal_year)


_FY_TEXT = re.compile(r"FY(\d{4})(?:-H([12])|-Q([1-4]))?")


def _fiscal_kind(period: Period) -> tuple[str, int]:
    """A fiscal year or half with its convention read back from its interval and name
    (``FY2024`` starting October 2023 is named by its end): ``fy:10:end``, ``fyhalf:4:start``."""
    m = _FY_TEXT.fullmatch(period.text)
    if not m:
        raise ValueError(f"{period.text} is not a fiscal year or half")
    named, half, quarter = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    first = period.start.year * 12 + period.start.month - 1 - 6 * (half - 1) - 3 * (quarter - 1)
    start_year, start_month = first // 12, first % 12 + 1
    named_by = "start" if named == start_year else "end"
    if m[3]:
        return f"fyquarter:{start_month}:{named_by}", named * 4 + quarter - 1
    if m[2]:
        return f"fyhalf:{start_month}:{named_by}", named * 2 + half - 1
    return f"fy:{start_month}:{named_by}", named


def _convention(kind: str) -> FiscalYear:
    _, month, named_by = kind.split(":")
    return FiscalYear(int(month), "end" if named_by == "end" else "start")


def _from_kind(kind: str, index: int) -> Period:
    if kind.startswith("fyhalf:"):
        return period_of_fiscal_half(index // 2, index % 2 + 1, _convention(kind))
    if kind.startswith("fyquarter:"):
        return period_of_fiscal_quarter(index // 4, index % 4 + 1, _convention(kind))
    if kind.startswith("fy:"):
        return period_of_fiscal_year(index, _convention(kind))
    if kind == "day":
        return period_of_day(date.fromordinal(index))
    if kind == "month":
        return period_of_month(index // 12, index % 12 + 1)
    if kind == "quarter":
        return period_of_quarter(index // 4, index % 4 + 1)
    if kind == "half":
        return period_of_half(index // 2, index % 2 + 1)
    if kind == "mid":
        return period_of_mid_year(index)
    if kind == "decade":
        return period_of_decade(index * 10)
    return period_of_year(index)


def shift(period: Period, steps: int) -> Period:
    """The period ``steps`` periods of the same kind later (earlier when negative).

    ``shift(2026-04, 1) == 2026-05``, ``shift(2026-Q1, -1) == 2025-Q4``,
    ``shift(FY2026, 1) == FY2027``, ``shift(2020s, 1) == 2030s``, ``shift(mid-2025, 1) == mid-2026``.
    Raises ValueError when the result falls outside the calendar (before year 1 or after 9999).
    """
    kind, index = _kind(period)
    try:
        return _from_kind(kind, index + steps)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"cannot shift {period.text} by {steps}: {exc}") from None


def same_or_adjacent(a: Period, b: Period) -> int:
    """Steps from ``a`` to ``b`` (0: the same period, 1: the next one, -1: the one before).

    Both must be of the same kind (two months, two fiscal years ...); otherwise ValueError.
    """
    kind_a, index_a = _kind(a)
    kind_b, index_b = _kind(b)
    if kind_a != kind_b:
        raise ValueError(f"{a.text} and {b.text} are not periods of the same kind")
    return index_b - index_a

