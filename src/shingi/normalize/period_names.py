"""Periods spelled for readers: 2026年4月 / Apr 2026, 2027年度 / FY2027 ...

One spelling for every place that shows a period to a reader (report tables, check reasons,
numbers compared), so no canonical text such as ``2026-04`` reaches a page. Pure functions.
"""

from __future__ import annotations

from shingi.model import Period
from shingi.normalize.periods import parse_period

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_period(period: Period, lang: str) -> str:
    """A period as a reader writes it: 2026年4月 / Apr 2026, 2027年度 / FY2027 ..."""
    s, p = period.start, period.precision
    ja = lang == "ja"
    e = period.end
    if (p == "year" and e.year != s.year) or (p == "month" and (e.year, e.month) != (s.year, s.month)):
        # a span of years or months written as one range in a claim ("2005-2009", 「2021年5月から
        # 2023年10月まで」)
        one = Period(s, s, p, "")
        last = Period(e, e, p, "")
        return f"{format_period(one, lang)}〜{format_period(last, lang)}" if ja else (
            f"{format_period(one, lang)}–{format_period(last, lang)}"
        )
    if p == "day":
        return f"{s.year}年{s.month}月{s.day}日" if ja else f"{s.day} {MONTHS_EN[s.month - 1]} {s.year}"
    if p == "month":
        return f"{s.year}年{s.month}月" if ja else f"{MONTHS_EN[s.month - 1]} {s.year}"
    if p == "quarter":
        q = (s.month - 1) // 3 + 1
        return f"{s.year}年Q{q}" if ja else f"Q{q} {s.year}"
    if p == "half":
        first = s.month <= 6
        return f"{s.year}年{'前半' if first else '後半'}" if ja else f"H{1 if first else 2} {s.year}"
    if p == "fiscal_year":
        # the fiscal year's own name: a US federal FY2024 starts in October 2023
        named = period.text[2:6] if period.text.startswith("FY") else str(s.year)
        return f"{named}年度" if ja else f"FY{named}"
    if p == "year":
        return f"{s.year}年" if ja else str(s.year)
    return period.text


def format_period_text(text: str | None, lang: str) -> str:
    """A canonical period spelling (``2026-04``) as the reader's language writes it; text that is
    no period is returned as it is."""
    if not text:
        return ""
    try:
        return format_period(parse_period(text), lang)
    except ValueError:
        return text
