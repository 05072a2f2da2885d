"""English statistics and earnings releases: the periods and owners a reader takes from their
context (quarters said without their year, national bodies named without their country)."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def rows(facts: DocFacts) -> list[tuple[str, str, float, str | None]]:
    def name(eid: str) -> str:
        e = facts.entities[eid]
        return e.name_en or e.name_ja or e.id
    return [(name(o.entity), o.period.text, o.value.value, o.value.unit) for o in facts.observations]


def test_a_quarter_said_alone_is_the_latest_one_begun_by_the_release(bare: ExtractContext) -> None:
    text = ("Real gross domestic product (GDP) increased at an annual rate of 1.1 percent in the first "
            "quarter of 2023, according to the advance estimate released by the Bureau of Economic "
            "Analysis. In the fourth quarter, real GDP increased 2.6 percent.\n\n"
            "Current-dollar GDP increased 5.1 percent at an annual rate in the first quarter.\n")
    got = rows(extract(bare, text, parse_period("2023-04-27")))
    # the fourth quarter gone by (2022's), and the first quarter after it is 2023's again
    assert got == [("United States", "2023-Q1", 1.1, "%"), ("United States", "2022-Q4", 2.6, "%"),
                   ("United States", "2023-Q1", 5.1, "%")]


def test_a_quarter_said_alone_after_the_reported_one_in_an_undated_report(bare: ExtractContext) -> None:
    # no date: the quarter reported on is the latest gone by (dev17 BEA, a quote with no date line); the
    # stop glued to "percent" ends its sentence though the next word lost its capital
    text = ("Real gross domestic product (GDP) decreased at an annual rate of 1.4 percent in the first "
            "quarter of 2022, according to the Bureau of Economic Analysis. In the fourth quarter, real GDP "
            "increased 6.9 percent.increased 6.5 percent at an annual rate in the first quarter.\n\n"
            "Real GDP increased at an annual rate of 3.0 percent in the third quarter of 2023. In the second "
            "quarter, real GDP increased 2.0 percent. The Bureau expects GDP to grow 1.0 percent in the "
            "fourth quarter.\n")
    got = rows(extract(bare, text))
    assert got[:3] == [("United States", "2022-Q1", -1.4, "%"), ("United States", "2021-Q4", 6.9, "%"),
                       ("United States", "2022-Q1", 6.5, "%")]
    # not an earlier quarter of the year reported on, nor a projection: the coming quarter
    assert ("United States", "2023-Q2", 2.0, "%") in got[3:]
    assert not any(p == "2022-Q4" for _, p, _, _ in got[3:])


def test_a_quarter_inside_the_year_the_text_is_about_keeps_that_year(bare: ExtractContext) -> None:
    text = ("In 2022, the U.S. economy grew 2.1 percent. "
            "In the first quarter, real GDP increased 2.6 percent.\n")
    got = rows(extract(bare, text, parse_period("2023-04-27")))
    assert [p for _, p, _, _ in got] == ["2022", "2022-Q1"]  # (not the first quarter of 2023)


def test_a_projection_may_speak_of_the_coming_quarter(bare: ExtractContext) -> None:
    text = ("Acme Inc. today reported results for the first quarter of 2023. "
            "Acme expects revenue of $5.0 billion in the fourth quarter.\n")
    got = rows(extract(bare, text, parse_period("2023-04-27")))
    assert ("Acme", "2023-Q4", 5e9, "USD") in got


def test_a_national_body_named_without_its_country_reports_its_country(bare: ExtractContext) -> None:
    text = ("Real gross domestic product increased at an annual rate of 0.5% in the first quarter of 2016, "
            "according to the advance estimate released by the Bureau of Economic Analysis.\n")
    assert rows(extract(bare, text, parse_period("2016-04-28"))) == [("United States", "2016-Q1", 0.5, "%")]


def test_a_body_of_no_stated_country_is_of_the_country_the_document_names(bare: ExtractContext) -> None:
    text = ("German inflation accelerates in October\n\n"
            "According to the final report from the Federal Statistical Office, consumer prices rose by "
            "2.0% in October 2024.\n")
    got = rows(extract(bare, text, parse_period("2024-11-13")))
    assert got == [("Germany", "2024-10", 2.0, "%")]


def test_member_states_of_the_union_are_countries(bare: ExtractContext) -> None:
    text = ("Euro area annual inflation is expected to be 3.0% in August 2021. It was highest in Estonia "
            "(5.0%) and lowest in Malta (0.3%).\n")
    got = rows(extract(bare, text, parse_period("2021-08-31")))
    assert ("Estonia", "2021-08", 5.0, "%") in got and ("Malta", "2021-08", 0.3, "%") in got


def test_a_period_said_after_after_dates_the_earlier_figure_only(bare: ExtractContext) -> None:
    text = ("German inflation eases\n\n"
            "In October 2024, consumer prices in Germany rose by 2.0% on the year. "
            "On a monthly basis, consumer prices increased by 0.4%, after remaining unchanged in September. "
            "Food prices rose by 2.3% after an increase of 1.6% in September.\n")
    got = rows(extract(bare, text, parse_period("2024-11-13")))
    assert got == [("Germany", "2024-10", 2.0, "%"), ("Germany", "2024-10", 0.4, "%"),
                   ("Germany", "2024-10", 2.3, "%"), ("Germany", "2024-09", 1.6, "%")]


def test_a_base_figure_keeps_its_period_to_itself(bare: ExtractContext) -> None:
    text = ("Acme Inc. today reported results for the third quarter of 2000. Quarterly operating income of "
            "$23.4 million represents a 58.1% increase over the $14.8 million for the same period a year "
            "ago.\n\nOn a sequential basis, sales increased 1.7% from the $128.3 million reported for the "
            "second quarter of 2000. Gross margin improved to 31.5% of sales compared with 30.8% in the "
            "second quarter.\n")
    got = [(p, v) for _, p, v, _ in rows(extract(bare, text, parse_period("2000-10-19")))]
    assert got == [("2000-Q3", 23.4e6), ("2000-Q3", 58.1), ("1999-Q3", 14.8e6), ("2000-Q3", 1.7),
                   ("2000-Q3", 31.5), ("2000-Q2", 30.8)]


def test_components_in_brackets_are_of_the_month_said_before_them(bare: ExtractContext) -> None:
    text = ("Euro area annual inflation is expected to be 1.3% in January 2018.\n\n"
            "Energy is expected to have the highest annual rate in January (2.1%, compared with 2.9% in "
            "December), followed by services (1.2%, compared with 1.3% in December).\n")
    got = [(p, v) for _, p, v, _ in rows(extract(bare, text, parse_period("2018-01-31")))]
    assert ("2018-01", 1.2) in got and ("2017-12", 1.3) in got


def test_a_country_said_after_the_figure_owns_it(bare: ExtractContext) -> None:
    text = ("Euro area annual inflation is expected to be 3.0% in August 2021. "
            "Inflation was 3.4% in Germany, 3.3% in Spain and 2.4% in France.\n")
    got = [(o, v) for o, _, v, _ in rows(extract(bare, text, parse_period("2021-08-31")))]
    assert got == [("euro area", 3.0), ("Germany", 3.4), ("Spain", 3.3), ("France", 2.4)]


def test_a_fall_with_a_word_before_it_is_negative(bare: ExtractContext) -> None:
    text = ("The first quarterly estimate of UK gross domestic product shows an estimated fall of 0.2% in "
            "Quarter 3 (July to Sept) 2022.\n")
    assert rows(extract(bare, text, parse_period("2022-11-11"))) == [("United Kingdom", "2022-Q3", -0.2, "%")]


def test_a_dateline_in_title_case_dates_the_release(bare: ExtractContext) -> None:
    text = ("GDP Rose 0.5% in Q1\n\n"
            "Washington, DC, April 28, 2016—Real gross domestic product increased at an annual rate "
            "of 0.5% in the first quarter of 2016, according to the Bureau of Economic Analysis."
            "\n\nIn the fourth quarter, real GDP increased 1.4%.\n")
    got = rows(extract(bare, text))
    # the dateline dates the release, so the fourth quarter is 2015's; "Real" after the dash and "real
    # GDP" are no actor
    assert got[-2:] == [("United States", "2016-Q1", 0.5, "%"), ("United States", "2015-Q4", 1.4, "%")]


def test_names_that_are_no_actors(bare: ExtractContext) -> None:
    text = ("Real GDP increased 3.1% in the first quarter of 2019, "
            "the U.S. Bureau of Economic Analysis said. Real gross domestic income, or GDI, moved "
            "forward 1% in the first quarter, according to the National Income and Product Accounts. "
            "In expenditure terms, real household expenditure fell by 0.5% in Quarter 1 2019.\n")
    facts = extract(bare, text, parse_period("2019-06-27"))
    assert {o for o, _, _, _ in rows(facts)} == {"United States"}
    assert not any(e.kind == "company" for e in facts.entities.values())  # (no "National Inc")


def test_prices_said_to_be_unchanged_changed_by_zero(bare: ExtractContext) -> None:
    text = ("The Consumer Price Index for All Urban Consumers (CPI-U) was unchanged in December 2012, the "
            "U.S. Bureau of Labor Statistics reported today. The unemployment rate was unchanged at 6.7%. "
            "The labor force participation rate was essentially unchanged.\n")
    got = rows(extract(bare, text, parse_period("2013-01-16")))
    # (a rate unchanged at a level is that level; "essentially unchanged" is no figure)
    assert got == [("United States", "2012-12", 0.0, "%"), ("United States", "2012-12", 6.7, "%")]


def test_a_lead_that_names_the_quarter_of_its_results_dates_the_release(bare: ExtractContext) -> None:
    text = ("(RTTNews) - Diodes Inc. revealed earnings for third quarter that decreased from the same "
            "period last year.\n\nThe company's bottom line came in at $48.7 million, or $1.05 per share. "
            "This compares with $86.4 million, or $1.88 per share, in last year's third quarter.\n\n"
            "The company's revenue for the quarter fell 22.4% to $404.6 million.\n")
    got = [(p, v) for _, p, v, _ in rows(extract(bare, text, parse_period("2023-11-08")))]
    assert got == [("2023-Q3", 48.7e6), ("2023-Q3", 1.05), ("2022-Q3", 86.4e6), ("2022-Q3", 1.88),
                   ("2023-Q3", -22.4), ("2023-Q3", 404.6e6)]


def test_a_company_full_year_ended_in_april_is_its_fiscal_year(bare: ExtractContext) -> None:
    text = ("Car-Mart Reports Fourth Quarter and Fiscal Year 2024 Results\n\n"
            "ROGERS, Ark., June 18, 2024 (GLOBE NEWSWIRE) -- America's Car-Mart, Inc. (NASDAQ: CRMT) today "
            "reported financial results for the fourth quarter and full year ended April 30, 2024.\n\n"
            "Fourth Quarter Key Highlights (FY'24 Q4 vs. FY'23 Q4)\n\n"
            "- Revenue was $364.7 million, down 5.8%\n\n"
            "Full Year Key Highlights (FY'24 vs. FY'23)\n\n- Revenue was $1.4 billion, down 0.5%\n")
    facts = extract(bare, text)
    # the fourth quarter (February-April) is the company's own FY2024-Q4 ("FY'24 Q4" is no name); the
    # year is the company's FY2024, May 2023 to April 2024 (no "GLOBE NEWSWIRE" actor)
    assert rows(facts) == [("America's Car-Mart", "FY2024-Q4", 364.7e6, "USD"),
                           ("America's Car-Mart", "FY2024-Q4", -5.8, "%"),
                           ("America's Car-Mart", "FY2024", 1.4e9, "USD"),
                           ("America's Car-Mart", "FY2024", -0.5, "%")]
    assert facts.entities[facts.observations[0].entity].fiscal_year == "5/end"


def test_a_contraction_at_an_annual_rate_is_negative(bare: ExtractContext) -> None:
    text = ("Japan's economy contracted at an annualized rate of 2.1% in the third quarter of 2023. "
            "U.S. real GDP increased at an annual rate of 2.0 percent in the second quarter of 2023.\n")
    got = rows(extract(bare, text, parse_period("2023-11-15")))
    assert [v for _, _, v, _ in got] == [-2.1, 2.0]


def test_a_hyphened_quarter_and_a_weekday_in_a_news_item(bare: ExtractContext) -> None:
    text = ("RTX sees Q3 profit jump\n\nARLINGTON, Va., October 21, 2025 - RTX Corp. on Tuesday reported "
            "third-quarter profit of $1.92 billion. RTX received $37 billion of new awards in the quarter.\n")
    facts = extract(bare, text)
    assert rows(facts) == [("RTX", "2025-Q3", 1.92e9, "USD"), ("RTX", "2025-Q3", 37e9, "USD")]
    assert [e.date.text for e in facts.events] == ["2025-10-21"]  # Tuesday, the item's day


def test_a_company_named_after_a_place_keeps_its_whole_name(bare: ExtractContext) -> None:
    text = ("October 23, 2007\n\nThe New York Times Co. reported higher third-quarter earnings Tuesday. "
            "The company earned $13.4 million in the three months ending Sept. 30, up 6.7% from $12.6 "
            "million a year earlier.\n")
    facts = extract(bare, text)
    assert rows(facts) == [("New York Times", "2007-Q3", 13.4e6, "USD"),
                           ("New York Times", "2007-Q3", 6.7, "%"),
                           ("New York Times", "2006-Q3", 12.6e6, "USD")]
    assert [e.date.text for e in facts.events] == ["2007-10-23"]


def test_a_period_opening_the_sentence_frames_both_sides_of_while(bare: ExtractContext) -> None:
    text = ("In October 2022, the euro area unemployment rate was 6.5%, the statistical office Eurostat "
            "said on Thursday. In October 2021, unemployment in the euro area was 7.3%, while in the EU it "
            "reached 6.6%. The number of unemployed in the EU in October 2022 totalled 12.95 million, of "
            "whom 10.87 million were in the euro area.\n")
    got = rows(extract(bare, text, parse_period("2022-12-01")))
    assert got == [("euro area", "2022-10", 6.5, "%"), ("euro area", "2021-10", 7.3, "%"),
                   ("European Union", "2021-10", 6.6, "%"), ("European Union", "2022-10", 12.95e6, "count"),
                   ("euro area", "2022-10", 10.87e6, "count")]


def test_gaap_before_a_measure_and_an_outlook_range(bare: ExtractContext) -> None:
    text = ("HP Inc. Reports Fiscal 2024 Results\n\n"
            "- Fourth quarter GAAP diluted net EPS of $0.93, above the previously provided outlook of $0.74 "
            "to $0.84 per share in the fourth quarter of 2024.\n"
            "- Its average hourly wages rose 5.2% (+$1.57 to $31.67) in 2024. Its revenue rose from $5 "
            "billion to $6 billion in 2024.\n")
    got = [(o, v) for o, _, v, _ in rows(extract(bare, text, parse_period("2024-11-26")))]
    # no GAAP actor; an outlook of $0.74 to $0.84 is a range, no figure; a change then a level, and a
    # change from one amount to another, are each two figures
    assert got == [("HP", 0.93), ("HP", 5.2), ("HP", 1.57), ("HP", 31.67), ("HP", 5e9), ("HP", 6e9)]


def test_a_sentence_about_the_base_gives_no_context(bare: ExtractContext) -> None:
    text = ("Australian retail turnover rose 0.3 per cent in August 2018, seasonally adjusted, according to "
            "the Australian Bureau of Statistics. This follows a relatively unchanged estimate (0.0 per "
            "cent) in July 2018.\n\nThere were rises in New South Wales (0.5%) and Victoria (0.2%).\n")
    got = [(p, v) for _, p, v, _ in rows(extract(bare, text, parse_period("2018-10-03")))]
    # the rises by state are August's, the month the release is about, not July's
    assert got == [("2018-08", 0.3), ("2018-07", 0.0), ("2018-08", 0.5), ("2018-08", 0.2)]


def test_a_series_code_owns_nothing_and_the_title_names_the_area_and_month(bare: ExtractContext) -> None:
    # dev9 ECB monetary developments: M3 and M1 name series, the title the euro area and the month reported
    text = ("• Press release\n\n• 24 July 2019\n\n"
            "Monetary developments in the euro area: June 2019\n\n"
            "The annual growth rate of the broad monetary aggregate M3 decreased to 4.5% in June 2019 from "
            "4.8% in May, averaging 4.7% in the three months up to June. The annual growth rate of "
            "short-term deposits other than overnight deposits (M2-M1) decreased to -0.1% in June from "
            "0.7% in May.\n\n"
            "Looking at the components' contributions, the narrower aggregate M1 contributed 4.8 percentage "
            "points.\n")
    got = set(rows(extract(bare, text)))
    assert {("euro area", "2019-06", 4.5, "%"), ("euro area", "2019-05", 4.8, "%"),
            ("euro area", "2019-Q2", 4.7, "%"), ("euro area", "2019-06", -0.1, "%"),
            ("euro area", "2019-06", 4.8, "pp")} <= got
    assert all(owner == "euro area" for owner, *_ in got)


def test_a_heading_in_capitals_names_nobody_and_a_comparison_sentence_dates_nothing_after(
        bare: ExtractContext) -> None:
    # dev9 Census durable goods: "ORDERS" owned the figures; "This decrease, …, followed a 2.2 percent June
    # increase" dated the sentences after it June; a streak's length and the size of a fall named before it
    text = ("MONTHLY ADVANCE REPORT ON DURABLE GOODS MANUFACTURERS' SHIPMENTS, INVENTORIES AND ORDERS "
            "JULY 2022\n\n"
            "DURABLE GOODS – NEW ORDERS\n\n"
            "New orders for manufactured durable goods in July decreased less than $0.1 billion or virtually "
            "unchanged to $273.5 billion, the U.S. Census Bureau announced today. This decrease, down "
            "following four consecutive monthly increases, followed a 2.2 percent June increase. "
            "Excluding transportation, new orders increased 0.3 percent. "
            "Transportation equipment drove the decrease, $0.6 billion or 0.7 percent to $93.0 billion.\n")
    got = set(rows(extract(bare, text, parse_period("2022-08-24"))))
    assert {("United States", "2022-06", 2.2, "%"),
            ("United States", "2022-07", 0.3, "%"), ("United States", "2022-07", -0.6e9, "USD"),
            ("United States", "2022-07", -0.7, "%"), ("United States", "2022-07", 93.0e9, "USD")} <= got
    assert all(owner == "United States" for owner, *_ in got) and not any(v == 4 for _o, _p, v, _u in got)


def test_the_first_word_of_a_quotation_is_no_name(bare: ExtractContext) -> None:
    # dev9 ABS wage price index: 'said: "Annual wages growth …"' made "Annual" an owner
    text = ("Wage Price Index, Australia, Sep 2017\n\n"
            "ABS Chief Economist Bruce Hockman said: \"Annual wages growth increased marginally to 2.0 per "
            "cent in the September quarter 2017.\"\n")
    got = rows(extract(bare, text, parse_period("2017-11-15")))
    assert got and all(owner == "Australia" for owner, *_ in got)


def test_a_revised_estimate_compared_with_dates_nothing_after_it(bare: ExtractContext) -> None:
    # dev8 ABS labour force: "from a revised July 2015 estimate" made July the period of the figures after it
    text = ("Labour Force, Australia, August 2015\n\n"
            "Unemployment rate remained steady at 6.2% from a revised July 2015 estimate. Participation rate "
            "increased 0.1 pts to 65.0%.\n")
    got = rows(extract(bare, text, parse_period("2015-09-10")))
    assert got and not any(period == "2015-07" for _o, period, *_ in got)


@pytest.mark.parametrize(("text", "day", "expected"), [
    # dev9 ECB "stood at 7.2% in June, unchanged from the previous month": May's figure too
    ("Monetary developments in the euro area: June 2019\n\nThe annual growth rate of the narrower "
     "aggregate M1 stood at 7.2% in June, unchanged from the previous month.\n", "2019-07-24",
     {("euro area", "2019-06", 7.2, "%"), ("euro area", "2019-05", 7.2, "%")}),
    # dev9 MHLW 「2.13倍で、前月と同じ水準」: March's ratio too
    ("一般職業紹介状況（平成29年4月分）\n\n平成29年4月の新規求人倍率は2.13倍で、前月と同じ水準。\n", None,
     {("Japan", "2017-04", 2.13, "x"), ("Japan", "2017-03", 2.13, "x")}),
    # dev5 Destatis: "down from 5.4% in the previous month" is April's; "(as in the previous month)" a base
    ("German labour force survey, May 2013\n\nThe adjusted unemployment rate in Germany was 5.3% in May "
     "2013, down from 5.4% in the previous month. Employment contributed 4.8 percentage points (as in the "
     "previous month).\n", "2013-06-28",
     {("Germany", "2013-05", 5.3, "%"), ("Germany", "2013-04", 5.4, "%")}),
])
def test_the_previous_month_said_of_a_figure(bare: ExtractContext, text: str, day: str | None,
                                             expected: set[tuple[str, str, float, str]]) -> None:
    got = set(rows(extract(bare, text, parse_period(day) if day else None)))
    assert expected <= got
    assert not any(period in ("2013-03", "2019-04") for _o, period, *_ in got)


def test_the_ends_of_a_spread_and_a_shared_superlative_are_figures(bare: ExtractContext) -> None:
    # dev9 ABS wage price index: "ranged from 1.2 per cent for the Mining industry to 2.7 per cent for …"
    text = ("Wage Price Index, Australia, Sep 2017\n\n"
            "In original terms, through the year wage growth to the September quarter 2017 ranged from 1.2 "
            "per cent for the Mining industry to 2.7 per cent for Health care and social assistance.\n")
    got = rows(extract(bare, text, parse_period("2017-11-15")))
    assert {("2017-Q3", 1.2), ("2017-Q3", 2.7)} <= {(period, value) for _o, period, value, _u in got}
    # and a superlative shared by a list: each of its names has the figure
    text = ("Wage Price Index, Australia, Sep 2017\n\n"
            "Western Australia recorded the lowest through the year wage growth of 1.3 per cent and "
            "Victoria, Queensland and Tasmania the highest of 2.2 per cent.\n")
    got = rows(extract(bare, text, parse_period("2017-11-15")))
    assert {owner for owner, _p, value, _u in got if value == 2.2} >= {"Queensland", "Tasmania"}
    assert len([1 for _o, _p, value, _u in got if value == 2.2]) == 3
