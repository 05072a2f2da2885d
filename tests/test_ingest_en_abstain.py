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


# --- a day said for something done dates no figure after it -------------------------------------------------

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


# --- only the document's day to date a figure ---------------------------------------------------------------

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


def test_a_present_tense_figure_is_as_of_the_document(bare: ExtractContext) -> None:
    # negative: what stands now ("has", "scores") is the document's day's
    text = "Sample Robotics Inc. update\n\nSample Robotics Inc. has 1,200 employees.\n"
    rows = owned_rows(extract(bare, text, period_of_day(date(2024, 5, 20))))
    assert {(r[1], r[3]) for r in rows} == {(1200.0, "2024-05-20")}


# --- fiscal quarters and halves of a year whose months are not said ----------------------------------------

def test_a_fiscal_quarter_of_an_unsaid_year_is_no_calendar_quarter(bare: ExtractContext) -> None:
    text = ("Widget Holdings Inc. results\n\n"
            "Widget Holdings Inc. said fiscal third quarter revenue was $400 million in 2024. "
            "For the first half of fiscal 2024, operating income was $310 million.\n")
    assert not extract(bare, text, period_of_day(date(2024, 8, 5))).observations


def test_a_fiscal_quarter_of_a_known_year_keeps_its_months(bare: ExtractContext) -> None:
    # negative: "the second quarter ended June 29, 2024" says the year starts in January
    text = ("Widget Holdings Inc. results\n\n"
            "Widget Holdings Inc. reported revenue of $1.2 billion for its second quarter ended "
            "June 29, 2024. "
            "Fiscal third quarter revenue is expected to be $1.3 billion.\n")
    rows = owned_rows(extract(bare, text, period_of_day(date(2024, 8, 5))))
    assert {(r[1], r[3]) for r in rows} == {(1.2e9, "2024-Q2"), (1.3e9, "2024-Q3")}


# --- releases dated by the period they report on ------------------------------------------------------------

def test_a_release_of_a_month_is_no_event_of_that_month(bare: ExtractContext) -> None:
    # dev4 Statistics Korea: the release event was dated 2023-09 (its figures' month), not a day
    text = "Employment trends\n\nStatistics Korea has released its employment trends for September 2023.\n"
    assert not extract(bare, text).events


def test_a_release_on_its_day_is_an_event(bare: ExtractContext) -> None:
    # negative: the day it came out dates it
    text = "Employment trends\n\nOn 11 October 2023 Statistics Korea released its employment trends.\n"
    assert [(e.date.text, e.kind) for e in extract(bare, text).events] == [("2023-10-11", "release")]


def test_a_quarter_said_of_a_statistic_is_no_milestone(bare: ExtractContext) -> None:
    # dev16 Eurostat: "In the second quarter of 2024, GDP in the euro area expanded" made an event of 2024-Q2
    text = "Euro indicators\n\nIn the second quarter of 2024, GDP in the euro area expanded by 0.3%.\n"
    assert not extract(bare, text).events


# --- a bound that names a class of things is no figure ------------------------------------------------------

def test_a_size_class_is_no_figure(bare: ExtractContext) -> None:
    # dev13 ECB ("new loans of over €1 million"), dev14 NASS ("cattle weighing less than 600 pounds"): the
    # bounds were drafted as figures
    text = ("Norway statistics\n\n"
            "In July 2024, the interest rate on new loans of over €1 million in Norway rose to 4.5%. "
            "Households with incomes below $50,000 in Norway spent 2.1% more in July 2024.\n")
    rows = owned_rows(extract(bare, text))
    assert {(r[1], r[2]) for r in rows} == {(4.5, "%"), (2.1, "%")}


def test_a_bound_that_is_the_figure_stays(bare: ExtractContext) -> None:
    # negative: a bound with no other figure after it is what the sentence measured
    text = "Norway statistics\n\nIn July 2024, exports from Norway rose to more than $5 billion.\n"
    rows = owned_rows(extract(bare, text))
    assert {(r[1], r[2]) for r in rows} == {(5e9, "USD")}


def test_a_level_kept_above_a_mark_is_no_figure(bare: ExtractContext) -> None:
    # dev3 Statistics Canada: "remained above 5%" drafted 5 % as the month's wage growth
    text = ("Labour Force Survey, Canada, September 2022\n\n"
            "Year-over-year wage growth in Canada remained above 5% for a fourth consecutive month.\n")
    assert not extract(bare, text).observations


def test_a_level_that_remained_at_a_figure_stays(bare: ExtractContext) -> None:
    # negative: "remained at" states the level
    text = ("Labour Force Survey, Canada, September 2022\n\n"
            "The unemployment rate in Canada remained at 5.2% in September 2022.\n")
    assert {(r[1], r[3]) for r in owned_rows(extract(bare, text))} == {(5.2, "2022-09")}


# --- runs of months written as two month names -------------------------------------------------------------

def test_a_run_of_month_names_is_no_month(bare: ExtractContext) -> None:
    # "Jan-Jul 2024" was July 2024 and its "Jan" an owner; "May-July 2024" was July 2024
    text = ("Trade statistics: Norway\n\n"
            "Norway's exports in Jan-Jul 2024 rose 3.3 percent.\n\n"
            "In the May-July 2024 period, Norway's exports rose 1.4 percent.\n")
    assert not extract(bare, text).observations


def test_a_run_of_month_names_that_is_a_quarter_is_that_quarter(bare: ExtractContext) -> None:
    # negative: April-June is the second quarter
    text = "Trade statistics: Norway\n\nNorway's exports in Apr-Jun 2024 rose 2.5 percent.\n"
    assert {(r[1], r[3]) for r in owned_rows(extract(bare, text))} == {(2.5, "2024-Q2")}


def test_a_week_is_no_day(bare: ExtractContext) -> None:
    # "in the week ended August 9" was dated 2024-08-09: a week's claims are no day's
    text = ("Weekly claims: United States\n\n"
            "In the week ended August 9, 2024, United States jobless claims rose to 227,000.\n")
    assert not extract(bare, text).observations


def test_a_day_said_alone_stays_a_day(bare: ExtractContext) -> None:
    # negative: a level on a day
    text = ("Weekly claims: United States\n\n"
            "On August 9, 2024, United States reserves stood at $850 billion.\n")
    assert {(r[1], r[3]) for r in owned_rows(extract(bare, text))} == {(850e9, "2024-08-09")}


def test_a_release_said_with_no_day_is_no_event_of_the_document_day(bare: ExtractContext) -> None:
    # dev17 Statistics Canada: "The Daily is released Monday to Friday …" was an event of the document's day
    text = ("Statistics Canada\n\n"
            "The Daily is released Monday to Friday at 8:30 a.m. Eastern time, except during holidays.\n")
    assert not extract(bare, text, period_of_day(date(2018, 4, 20))).events


def test_three_months_said_otherwise_are_no_month(bare: ExtractContext) -> None:
    # ONS's spans in other words than "the three months to": each was dated July 2024
    text = ("Labour market overview, UK: September 2024\n\n"
            "The UK employment rate was 74.8% in the three months ending in July 2024.\n\n"
            "Between May and July 2024, UK vacancies fell by 26,000.\n\n"
            "The UK unemployment rate was 4.1% in the three-month period to July 2024.\n\n"
            "In the quarter to July 2024, UK regular pay growth was 5.1%.\n")
    assert not extract(bare, text, period_of_day(date(2024, 9, 10))).observations


def test_three_months_that_are_a_quarter_are_that_quarter(bare: ExtractContext) -> None:
    # negative: April to June is the second quarter, said either way
    text = ("Labour market overview, UK: August 2024\n\n"
            "The UK employment rate was 74.5% in the three months ending in June 2024.\n\n"
            "Between April and June 2024, UK vacancies fell by 30,000.\n")
    rows = owned_rows(extract(bare, text, period_of_day(date(2024, 8, 13))))
    assert {(r[1], r[3]) for r in rows} == {(74.5, "2024-Q2"), (-30000.0, "2024-Q2")}


def test_a_headline_change_is_not_dated_by_the_release_day(bare: ExtractContext) -> None:
    # a headline's present ("eases") reports a change over a period the headline does not say
    text = ("Inflation in Canada eases to 2.2% as fuel prices fall\n\n"
            "Statistics Canada released its figures today.\n")
    assert not extract(bare, text, period_of_day(date(2024, 9, 17))).observations


def test_times_counted_since_a_month_are_no_multiple(bare: ExtractContext) -> None:
    text = ("Bank of Canada\n\n"
            "The Bank of Canada has cut its key policy rate three times since June 2024.\n")
    assert not extract(bare, text, period_of_day(date(2024, 9, 17))).observations


def test_times_more_stay_a_multiple(bare: ExtractContext) -> None:
    # negative: "three times more … than" compares two figures
    text = "Norway statistics\n\nIn 2023, Norway had three times more electric cars than Sweden.\n"
    assert {(r[1], r[2], r[3]) for r in owned_rows(extract(bare, text))} == {(3.0, "x", "2023")}
