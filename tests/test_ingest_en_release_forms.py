"""English statistics releases, forms of figures and dates (issue 14, fourteenth session): a day written
in numbers at the top dates the release ("21/12/2017 15:00", Statistics Netherlands; "15/11/2017", the
ABS), a round mark a measure crossed ("fell below 400 thousand") and a monthly average over an unsaid span
("15 thousand per month on average in the previous quarter") are no figures of the context's month."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.dates import date_line
from shingi.ingest.extract import ExtractContext
from test_ingest_english_releases import bare, rows

__all__ = ["bare"]


@pytest.mark.parametrize(("line", "day"), [
    ("21/12/2017 15:00", "2017-12-21"),
    ("15/11/2017", "2017-11-15"),
    ("12/21/2017", "2017-12-21"),
    ("21/12/2017 15:00 In November, close to 8.7 million people were in paid employment.", "2017-12-21"),
])
def test_a_numeric_date_line_dates_the_release(line: str, day: str) -> None:
    dated = date_line(line, 1)
    assert dated is not None and dated[0].text == day


@pytest.mark.parametrize("line", ["05/06/2017", "21/12/2017 and 3.2 million", "31/02/2017"])
def test_a_numeric_date_whose_order_is_not_told_is_no_date_line(line: str) -> None:
    assert date_line(line, 1) is None


def test_a_numeric_date_line_dates_the_months_said_without_a_year(bare: ExtractContext) -> None:
    text = ("Number of unemployed drops\n\n21/12/2017 15:00\nIn November, close to 8.7 million people in "
            "the Netherlands were in paid employment.\n")
    assert rows(extract(bare, text)) == [("Netherlands", "2017-11", 8_700_000, "count")]


def test_a_round_mark_crossed_is_no_figure(bare: ExtractContext) -> None:
    text = ("In November 2017 the total number of unemployed in the Netherlands fell below 400 thousand for "
            "the first time since September 2009. The unemployment rate was 4.4 percent.\n")
    assert rows(extract(bare, text)) == [("Netherlands", "2017-11", 4.4, "%")]


def test_a_monthly_average_over_an_unsaid_span_is_no_months_figure(bare: ExtractContext) -> None:
    text = ("In November 2017, 8.7 million people in the Netherlands were in paid employment. Paid "
            "employment increased by 15 thousand per month on average in the previous quarter. The number "
            "of unemployed declined by an average 10 thousand per month over the past quarter.\n")
    assert rows(extract(bare, text)) == [("Netherlands", "2017-11", 8_700_000, "count")]
