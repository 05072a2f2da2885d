"""English statistics releases, forms of figures and dates (issue 14, fourteenth session): a day written
in numbers at the top dates the release ("21/12/2017 15:00", Statistics Netherlands; "15/11/2017", the
ABS), a round mark a measure crossed ("fell below 400 thousand") and a monthly average over an unsaid span
("15 thousand per month on average in the previous quarter") are no figures of the context's month."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.dates import date_line
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import parse_period
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


def test_a_month_set_to_100_is_an_index_base_not_a_period(bare: ExtractContext) -> None:
    # Statistics Norway's table: "CPI-ATE (july 1999 = 100)" bases the index; its row's figures are of the
    # column's month (were July 1999's)
    text = ("Table\nConsumer Price Index in Norway 1998=100 | 12-month rate (per cent) | Index |\n---|\n"
            "January 2013 - January 2014 | January 2014 |\n---|\n"
            "CPI-ATE (july 1999 = 100) | 2.4 | 125.6 |\n---|\n")
    got = rows(extract(bare, text))
    assert got and all(period == "2014-01" for _owner, period, _value, _unit in got), got


@pytest.mark.parametrize(("text", "expected"), [
    ("There were 414,000 initial claims in the United States in May 2011, a decrease of 10,000 from the "
     "previous month's revised figure of 424,000.",
     [("United States", "2011-05", 414_000, "count"), ("United States", "2011-05", -10_000, "count"),
      ("United States", "2011-04", 424_000, "count")]),
    ("Retail sales in Canada were $51.2 billion in the second quarter of 2018, above the previous quarter's "
     "level of $50.1 billion.",
     [("Canada", "2018-Q2", 51.2e9, "CAD"), ("Canada", "2018-Q1", 50.1e9, "CAD")]),
    # a week before a month's figure: no period that can be written, so no row (was May 2011's)
    ("Initial claims in the United States were 414,000 in May 2011, down from the previous week's revised "
     "figure of 424,000.", [("United States", "2011-05", 414_000, "count")]),
    # "one month previously" is the month before the one said
    ("In November 2017, the unemployment rate in the Netherlands was 4.4 percent, down from 4.5 percent one "
     "month previously.", [("Netherlands", "2017-11", 4.4, "%"), ("Netherlands", "2017-10", 4.5, "%")]),
])
def test_the_previous_periods_figure_is_that_periods(bare: ExtractContext, text: str,
                                                      expected: list[tuple[str, str, float, str]]) -> None:
    assert rows(extract(bare, text + "\n", parse_period("2018-05-10"))) == expected


def test_a_country_of_the_oecd_owns_its_figures(bare: ExtractContext) -> None:
    text = "The unemployment rate in Iceland was 7.1% in February 2012.\n"
    assert rows(extract(bare, text, parse_period("2012-03-20"))) == [("Iceland", "2012-02", 7.1, "%")]


def test_a_bracket_with_a_figure_is_no_elaboration_of_the_period_before(bare: ExtractContext) -> None:
    # "(9.0 percent in April)" compares April's rate; "(July, August and September)" spells the quarter out
    text = ("The seasonally adjusted unemployment rate in the United States was 9.1 percent in May 2011 (9.0 "
            "percent in April).\n\nGDP in the United States grew 2.8 percent in the first quarter of 2011 "
            "(January, February and March).\n")
    assert rows(extract(bare, text, parse_period("2011-06-03"))) == [
        ("United States", "2011-05", 9.1, "%"), ("United States", "2011-04", 9.0, "%"),
        ("United States", "2011-Q1", 2.8, "%")]


def test_a_listing_items_dateline_is_no_period_of_its_figures(bare: ExtractContext) -> None:
    # dev11 BTS's news listing: each item opens with its day, then says the period its figures are of;
    # the next sentence ("up 3.9% from 2018": a base) goes on about that period, not the day
    text = ("News and Statistical Releases\n\n"
            "- March 19, 2020\n  U.S. airlines carried 1.1 billion passengers in 2019, 3.9% more than in "
            "2018.Systemwide: 1,014 million passengers, up 3.9% from 2018.\n")
    got = rows(extract(bare, text))
    assert ("United States", "2019", 1_014_000_000, "count") in got
    assert not any(p in ("2018", "2020-03-19") for _o, p, _v, _u in got)


def test_a_listing_items_dateline_leaves_a_base_year_a_base(bare: ExtractContext) -> None:
    # the dateline rule moves the item's period to the period it then says, never to a base after it
    # ("compared with May 2023", "since 2020"): those figures keep their own period (review finding 21)
    text = ("News releases\n\n- June 5, 2024\n  Canada's consumer prices rose 2.9% in May compared with "
            "May 2023.\n")
    got = rows(extract(bare, text, parse_period("2024-06-05")))
    assert [p for _o, p, v, _u in got if v == 2.9] == ["2024-05"]


def test_a_press_releases_day_run_into_its_lead_is_no_period_of_its_figures(bare: ExtractContext) -> None:
    # dev10 Destatis: the release line, the title and the lead run together; the next sentence (a base alone,
    # "Compared with May 2019") goes on about the month the title names, not the release's day
    text = ("Press release No. 325 of 8 July 2021\nOvernight stays, May 2021\n"
            "In Germany the number of overnight stays increased by 29.4% in May 2021.\n"
            "Compared with May 2019, the number of overnight stays declined by 67.8%.\n")
    got = rows(extract(bare, text))
    assert [p for _o, p, v, _u in got if v == -67.8] == ["2021-05"]


def test_the_day_a_text_was_corrected_is_no_period_of_its_figures(bare: ExtractContext) -> None:
    # dev12 SCB: "(corrected 2014-09-01)" says when the sentence was corrected, not what the change is of
    text = ("Slight decrease in service prices during second quarter\n\n"
            "The Service Producer Price Index in Sweden decreased by 0.1 percent in the second quarter 2014. "
            "Since the second quarter 2013, the index has increased 0.4 percent (corrected 2014-09-01).\n")
    got = rows(extract(bare, text))
    assert [p for _o, p, v, _u in got if v == 0.4] == ["2014-Q2"]



@pytest.mark.parametrize(("sentence", "values"), [
    # Eurostat, CBS: one verb of falling said for two rates; a level after "fell to" stays a level
    ("In March 2019, industrial production decreased by 0.6% in the euro area and by 0.3% in the EU28.",
     [-0.6, -0.3]),
    ("In the fourth quarter of 2018, Germany and France contracted by 0.2% and 0.1% respectively.",
     [-0.2, -0.1]),
    # review M4: a share after the fall is no second size of it
    ("In 2019, prices in Germany fell 1.2% in May, and 3% of firms expect more cuts.", [-1.2, 3.0]),
    ("In May 2019, the unemployment rate in Spain fell to 13.9%.", [13.9]),
])
def test_a_rate_coordinated_with_a_fall_is_a_fall(bare: ExtractContext, sentence: str,
                                                  values: list[float]) -> None:
    got = rows(extract(bare, f"Industrial production\n\n{sentence}\n"))
    assert sorted(v for _o, _p, v, _u in got) == values


@pytest.mark.parametrize(("body", "owner"), [
    ("Stats NZ", "New Zealand"), ("StatCan", "Canada"), ("the ONS", "United Kingdom")])
def test_a_statistics_offices_short_name_is_its_countrys(bare: ExtractContext, body: str, owner: str) -> None:
    # dev9 Stats NZ, dev15 ONS: the short names the offices give themselves in their releases
    text = f"Retail sales: June 2014\n\nRetail sales volumes rose by 0.5% in June 2014, {body} said.\n"
    assert [o for o, _p, v, _u in rows(extract(bare, text)) if v == 0.5] == [owner]


def test_this_quarter_in_a_release_named_by_the_quarters_last_month(bare: ExtractContext) -> None:
    # the ABS names a quarterly release by the quarter's last month ("Wage Price Index, Australia, Jun 2019")
    text = ("Wage Price Index, Australia, Jun 2019\n\n"
            "The Wage Price Index (WPI) for Australia rose 0.6 per cent this quarter.\n")
    assert [p for _o, p, v, _u in rows(extract(bare, text)) if v == 0.6] == ["2019-Q2"]


@pytest.mark.parametrize(("sentence", "want"), [
    # dev16 ONS retail: a day another text was released on is no figure's period
    ("Consistent with the consumer prices index (CPI), released 15 July 2014, the price of clothing rose by "
     "2.0% year-on-year.", [("2014-06", 2.0, "%")]),
    # prices that "showed no change" changed by 0 %
    ("The average prices of goods sold in June 2014 showed no change compared with June 2013.",
     [("2014-06", 0.0, "%")]),
    # a comparison closed by its comma between the verb's period and "by N": the verb's period
    ("The quantity bought in the UK also increased in Q2 2014 compared with Q2 2013, by 4.5%.",
     [("2014-Q2", 4.5, "%")]),
    # the latest three months on the three before, in a June release: the second quarter
    ("The three-month on previous three-month movement in the UK showed growth, increasing by 1.6%.",
     [("2014-Q2", 1.6, "%")]),
    # a record's figure in brackets after "since" a period is that period's once the current one is given
    # (not after "increases since")
    ("Clothing prices in the UK rose by 2.0%, the largest increase since July 2013 (2.5%).",
     [("2014-06", 2.0, "%"), ("2013-07", 2.5, "%")]),
    ("Online sales in the UK decreased by 0.1%. This is the first time since January 2014 we have seen a "
     "decrease (2.1%).", [("2014-06", -0.1, "%"), ("2014-01", -2.1, "%")]),
    ("Clothing prices in the UK fell 0.3%, the first fall since January 2014 (when they fell 1.1%).",
     [("2014-06", -0.3, "%"), ("2014-01", -1.1, "%")]),
    # review H8: with no current figure before it, the bracket's is the current one; nor when the bracket
    # says whose it is
    ("Clothing prices in the UK fell for the first time since January 2014 (-0.3%).",
     [("2014-06", -0.3, "%")]),
    ("Clothing prices in the UK rose, the largest increase since July 2013 (2.5%).", [("2014-06", 2.5, "%")]),
    ("Clothing prices in the UK rose, the highest since July 2013 (2.5% this month).",
     [("2014-06", 2.5, "%")]),
    ("Clothing prices in the UK rose, the largest increase since July 2013 (up 2.5% in June 2014).",
     [("2014-06", 2.5, "%")]),
    ("In the UK, the sectors showing increases since October 2018 were Transport (12.3%).",
     [("2014-06", 12.3, "%")]),
    # "the first time since": an occasion counted, no rank
    ("Month-on-month this is the first time since January 2014 that sales in the UK fell by 0.1%.",
     [("2014-06", -0.1, "%")]),
])
def test_ons_retail_lead_forms(bare: ExtractContext, sentence: str,
                               want: list[tuple[str, float, str]]) -> None:
    got = rows(extract(bare, f"Retail sales, Great Britain: June 2014\n\n{sentence}\n"))
    assert [(p, v, u) for _o, p, v, u in got] == want
