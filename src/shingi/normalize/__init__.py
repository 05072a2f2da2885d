"""Pure normalisation of text, periods and quantities: no I/O, no heavy imports.

Everything works on ``normalize(text)``; the finders return spans into that string.
"""

from shingi.normalize.periods import PeriodMatch, find_periods, parse_period, same_or_adjacent, shift
from shingi.normalize.quantities import (
    QuantityMatch,
    convert,
    find_quantities,
    format_quantity,
    normalize_unit,
    parse_quantity,
)
from shingi.normalize.text import normalize

__all__ = [
    "PeriodMatch",
    "QuantityMatch",
    "convert",
    "find_periods",
    "find_quantities",
    "format_quantity",
    "normalize",
    "normalize_unit",
    "parse_period",
    "parse_quantity",
    "same_or_adjacent",
    "shift",
]
