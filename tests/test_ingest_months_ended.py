""""the three months to August 2024", "the six months ended June 30, 2024": a run of months that
ends there, never its last month or day."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.dates import months_ended
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import find_periods, parse_period


@pytest.mark.parametrize(("text", "expected", "unwritable"), [
    ("in the three months to June 2024", "2024-Q2", False),
    ("for the six months ended June 30, 2024", "2024-H1", False),
    ("for the six months ended September 30, 2024", "FY2024-H1", False),  # April-September
    ("in the three months to August 2024", "", True),                    # June-August
    ("for the nine months ended September 30, 2024", "", True),
])
def test_a_run_of_months_that_ends_at_a_date(text: str, expected: str, unwritable: bool) -> None:
    found, spans = months_ended(text, find_periods(text))
    assert len(found) == 1 and found[0].period.text == expected
    assert bool(spans) == unwritable


def test_twelve_months_to_a_month_stay_that_month() -> None:
    text = "Annual inflation was 2.2% in the 12 months to October 2024."
    found, spans = months_ended(text, find_periods(text))
    assert [p.period.text for p in found] == ["2024-10"] and not spans


def test_figures_of_a_span_no_contract_period_holds_are_skipped() -> None:
    text = ("The UK's unemployment rate was 4.3% in the three months to August 2024.\n\n"
            "Apple's revenue for the nine months ended June 29, 2024 was $296.1 billion.\n")
    facts = extract(ExtractContext(None), text, parse_period("2024-10-15"))
    assert facts.observations == []  # never dated August 2024 or 29 June 2024
