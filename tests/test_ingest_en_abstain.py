"""English figures whose period or owner the text does not establish (issue 14, twenty-fourth session, helper
`ingen`): ingest leaves them out rather than draft a believable wrong row. Small synthetic documents; each
asserts what a reviewer checks (value, unit, period, owner), with a negative beside each rule."""

from __future__ import annotations

from datetime import date

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import period_of_day


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


# --- a day said for something done dates no figure after it ---------------------------------------------------

def test_a_release_day_in_the_paragraph_dates_no_later_figure(bare: ExtractContext) -> None:
    # the day the figures were published is no period of the figures: the row was dated 2024-05-14
    text = ("Statistics Norway\n\n"
            "The survey results were published on 14 May 2024 by Statistics Norway. "
            "The unemployment rate was 4.1 per cent.\n")
    assert not extract(bare, text, period_of_day(date(2024, 5, 20))).observations


def test_a_stock_day_in_the_paragraph_dates_the_figures_after_it(bare: ExtractContext) -> None:
    # negative: a day the sentence dates its own figure to is the day of a stock the text goes on about
    text = ("Cattle on Feed\n\n"
            "Cattle on feed in the United States totaled 11.6 million head on October 1, 2023. "
            "The inventory included 6.95 million steers and steer calves.\n")
    rows = {(o.entity, o.value.value, o.period.text) for o in extract(bare, text).observations}
    assert ("US", 6950000.0, "2023-10-01") in rows


def test_a_release_day_leaves_the_release_month_to_the_figures(bare: ExtractContext) -> None:
    # negative: a month the heading states still dates the figures of the paragraph
    text = ("Labour Force Survey, March 2024\n\n"
            "The figures were released on 5 April 2024. The unemployment rate in Norway was 4.1 per cent.\n")
    assert {r[3] for r in owned_rows(extract(bare, text))} == {"2024-03"}


def test_a_meeting_day_dates_no_statistic_after_it(bare: ExtractContext) -> None:
    # a day said for something done in the paragraph (not the document's date) was the figure's period
    text = ("Statistics Norway\n\n"
            "The board of the agency met on 14 May 2024 in Oslo. The unemployment rate was 4.1 per cent.\n")
    assert not extract(bare, text).observations


# --- only the document's day to date a figure -----------------------------------------------------------------

def test_a_statistic_is_not_dated_by_the_release_day(bare: ExtractContext) -> None:
    text = "Statistics Norway\n\nThe unemployment rate was 4.1 per cent.\n"
    assert not extract(bare, text, period_of_day(date(2024, 5, 20))).observations


def test_a_rate_set_that_day_is_dated_by_it(bare: ExtractContext) -> None:
    # negative: what a board sets or declares that day is that day's
    text = ("Reserve Bank of Australia\n\n"
            "The Reserve Bank of Australia's Board today left its cash rate target at 4.35 per cent.\n")
    rows = owned_rows(extract(bare, text, period_of_day(date(2024, 5, 7))))
    assert {(r[1], r[2], r[3]) for r in rows} == {(4.35, "%", "2024-05-07")}


def test_a_projection_is_as_of_the_release_day(bare: ExtractContext) -> None:
    # negative: an undated estimate is as of the document
    text = ("Micron Technology, Inc. news\n\n"
            "Micron Technology, Inc. said its investments are expected to create about 20,000 jobs.\n")
    rows = owned_rows(extract(bare, text, period_of_day(date(2024, 12, 10))))
    assert {(r[1], r[3]) for r in rows} == {(20000.0, "2024-12-10")}
