"""Sane ranges for numbers and years read from packs, documents and the command line.

Anything outside them is refused with a message where it is read, so that no later step
(JSON output, currency conversion, a report, a year + 1) meets an infinity, a NaN or a
year 10000. The ranges are wide enough for any real evidence.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shingi.model import Period

#: Years a period may have.
MIN_YEAR, MAX_YEAR = 1000, 2999
#: Numbers (amounts, values, rates) must be below this in magnitude.
MAX_MAGNITUDE = 1e30


def check_value(value: float) -> str | None:
    """Why a number cannot be used (not finite, too large), or None when it can."""
    if not math.isfinite(value):
        return f"not a finite number: {value}"
    if abs(value) >= MAX_MAGNITUDE:
        return f"number out of range: {value:g} (numbers must be below 1e30 in magnitude)"
    return None


def check_year(year: int) -> str | None:
    """Why a year cannot be used (outside 1000-2999), or None when it can."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return f"year {year} is out of range ({MIN_YEAR}-{MAX_YEAR})"
    return None


def check_period(period: Period) -> str | None:
    """Why a period cannot be used (a year outside 1000-2999), or None when it can."""
    return check_year(period.start.year) or check_year(period.end.year)
