"""Periods: pack cells, claim spellings, stepping, and properties of the intervals."""

from __future__ import annotations

from datetime import date

import pytest

from shingi.model import Period
from shingi.normalize.periods import EXPECTED, parse_period

D = date

# --- pack cells: the contract's spellings -------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "start", "end", "precision", "text"),
    [
        ("2026", D(2026, 1, 1), D(2026, 12, 31), "year", "2026"),
        ("2026-04", D(2026, 4, 1), D(2026, 4, 30), "month", "2026-04"),
        ("2026-02", D(2026, 2, 1), D(2026, 2, 28), "month", "2026-02"),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month", "2024-02"),
        ("2026-04-15", D(2026, 4, 15), D(2026, 4, 15), "day", "2026-04-15"),
        ("2026-Q1", D(2026, 1, 1), D(2026, 3, 31), "quarter", "2026-Q1"),
        ("2026-Q2", D(2026, 4, 1), D(2026, 6, 30), "quarter", "2026-Q2"),
        ("2026-Q4", D(2026, 10, 1), D(2026, 12, 31), "quarter", "2026-Q4"),
        ("2026-H1", D(2026, 1, 1), D(2026, 6, 30), "half", "2026-H1"),
        ("2025-H2", D(2025, 7, 1), D(2025, 12, 31), "half", "2025-H2"),
        ("FY2027", D(2027, 4, 1), D(2028, 3, 31), "fiscal_year", "FY2027"),
        ("FY2026", D(2026, 4, 1), D(2027, 3, 31), "fiscal_year", "FY2026"),
    ],
)
def test_contract_spellings(cell: str, start: date, end: date, precision: str, text: str) -> None:
    p = parse_period(cell)
    assert (p.start, p.end, p.precision, p.text) == (start, end, precision, text)


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("2026/04", "2026-04"),
        ("2026-4", "2026-04"),
        ("2026/4/15", "2026-04-15"),
        ("2026-4-5", "2026-04-05"),
        ("2026-04-15T00:00:00", "2026-04-15"),
        ("2026-04-15 09:30", "2026-04-15"),
        ("  2026-04  ", "2026-04"),
        ("２０２６－０４", "2026-04"),
        ("2026q2", "2026-Q2"),
        ("2026 Q2", "2026-Q2"),
        ("2026h1", "2026-H1"),
        ("fy2027", "FY2027"),
        ("FY 2027", "FY2027"),
        # claim spellings are accepted when they are the whole cell
        ("2026年4月", "2026-04"),
        ("２０２６年４月", "2026-04"),
        ("2026年4月15日", "2026-04-15"),
        ("2027年度", "FY2027"),
        ("令和8年度", "FY2026"),
        ("令和8年", "2026"),
        ("April 2026", "2026-04"),
        ("Apr. 2026", "2026-04"),
        ("15 April 2026", "2026-04-15"),
        ("April 15, 2026", "2026-04-15"),
        ("late 2025", "2025-H2"),
        ("early 2026", "2026-H1"),
        ("H2 2025", "2025-H2"),
        ("Q2 2026", "2026-Q2"),
        ("2025年後半", "2025-H2"),
        ("FY2026-H1", "FY2026-H1"),
        ("mid-2025", "mid-2025"),
        ("2020s", "2020s"),
        ("2020年代", "2020s"),
    ],
)
def test_more_cell_spellings(cell: str, text: str) -> None:
    assert parse_period(cell).text == text


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        ("2026-13", "month must be 01-12"),
        ("2026-00", "month must be 01-12"),
        ("2026/13/01", "month must be 01-12"),
        ("2025-02-30", "day must be 01-28 in 2025-02"),
        ("2024-02-30", "day must be 01-29 in 2024-02"),
        ("2026-04-31", "day must be 01-30 in 2026-04"),
        ("2026-Q5", "quarter must be Q1-Q4"),
        ("2026-Q0", "quarter must be Q1-Q4"),
        ("2026-H3", "half must be H1 or H2"),
        ("0000", "year must be 0001-9999"),
        ("FY9999", "FY9999 ends after 9999-12-31"),
        ("", "the cell is empty"),
        ("   ", "the cell is empty"),
        ("20261", "a year has four digits"),
        ("202", "a year has four digits"),
        ("2025-2026", "it names more than one period"),
        ("2026年13月", "month must be 01-12"),
    ],
)
def test_cell_errors_say_why(cell: str, why: str) -> None:
    with pytest.raises(ValueError) as err:
        parse_period(cell)
    message = str(err.value)
    assert f"is not a period: {why} ({EXPECTED})" in message
    assert message.startswith(f"'{cell.strip()}'")


def test_the_example_message_of_the_brief() -> None:
    with pytest.raises(ValueError, match=r"^'2026-13' is not a period: month must be 01-12 \(expected YYYY, "
                                         r"YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn or FYYYYY\)$"):
        parse_period("2026-13")


@pytest.mark.parametrize("cell", ["abc", "2026年4月頃から", "soon", "Q5 2026", "next year", "4月", "April"])
def test_cell_errors_without_a_reason(cell: str) -> None:
    with pytest.raises(ValueError, match=rf"^'{cell}' is not a period \(expected"):
        parse_period(cell)


def test_parse_period_returns_model_periods() -> None:
    p = parse_period("2026-04")
    assert isinstance(p, Period)
    assert p == Period(D(2026, 4, 1), D(2026, 4, 30), "month", "2026-04")
