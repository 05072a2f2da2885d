"""English statistics releases (issue 14): owners said with "both A and B", measures named by the
subject of a perfect tense, changes that only the release's day would date; series codes, headings in
capitals and the area a title names (twelfth session)."""

from __future__ import annotations

from ingest_helpers import extract
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import parse_period
from test_ingest_english_releases import bare, rows

__all__ = ["bare"]  # (the module's fixture: a context without a pack)

#: the head of dev9 en-ecb-m3-201906: the host's lines, then the release's title
_ECB_TITLE = "• Press release\n\n• 24 July 2019\n\nMonetary developments in the euro area: June 2019\n\n"


def test_both_a_and_b_gives_the_figure_to_each(bare: ExtractContext) -> None:
    text = ("Seasonally adjusted GDP rose by 0.2% in both the euro area (EA19) and the EU28 during the "
            "fourth quarter of 2018, compared with the previous quarter.\n\n"
            "The annual growth rate for 2017 was +2.4% for both the euro area and the EU28.\n")
    got = rows(extract(bare, text, parse_period("2019-02-14")))
    assert got == [("euro area", "2018-Q4", 0.2, "%"), ("European Union", "2018-Q4", 0.2, "%"),
                   ("euro area", "2017", 2.4, "%"), ("European Union", "2017", 2.4, "%")]


def test_the_subject_of_a_perfect_tense_names_the_measure(bare: ExtractContext) -> None:
    # "GDP had grown by", "employment had grown by": two measures, not one named "grown" (which made
    # the second a repeat of the first and dropped it)
    text = ("In the third quarter of 2018, GDP had grown by 0.2% in the euro area. In the third quarter of "
            "2018, employment had grown by 0.2% in the euro area.\n")
    facts = extract(bare, text, parse_period("2019-02-14"))
    assert rows(facts) == [("euro area", "2018-Q3", 0.2, "%")] * 2
    assert len({o.metric for o in facts.observations}) == 2


def test_a_headline_change_is_not_the_release_days(bare: ExtractContext) -> None:
    # the headline states no period: its changes are over a span the text has not said there, never the
    # release's day; the lead's figure, dated, stays
    text = ("GDP up by 0.2% and employment up by 0.3% in the euro area\n\n"
            "Seasonally adjusted GDP rose by 0.2% in the euro area during the fourth quarter of 2018.\n")
    assert rows(extract(bare, text, parse_period("2019-02-14"))) == [("euro area", "2018-Q4", 0.2, "%")]


def test_parts_of_a_country_own_their_bracketed_figures_and_surveys_own_none(bare: ExtractContext) -> None:
    # a survey and its short name are sources (its capitalised words were names: "Hours" owned the
    # figures); a province in a breakdown owns both figures of its bracket and is no paragraph's subject;
    # the one country the release names owns the rest
    text = ("February data from the Survey of Employment, Payrolls and Hours (SEPH) are now available, for "
            "a fuller understanding of labour market conditions in Canada.\n\n"
            "Payroll employment increased by 43,400 (+0.3%) in February 2021, as measured in the SEPH.\n\n"
            "The largest increases were in Quebec (+27,200; +0.8%) and British Columbia (+9,400; +0.4%). "
            "The largest increases were in retail trade (+13,300; +0.7%).\n")
    got = rows(extract(bare, text, parse_period("2021-04-29")))
    assert got == [("Canada", "2021-02", 43400, "count"), ("Canada", "2021-02", 0.3, "%"),
                   ("Quebec", "2021-02", 27200, "count"), ("Quebec", "2021-02", 0.8, "%"),
                   ("British Columbia", "2021-02", 9400, "count"), ("British Columbia", "2021-02", 0.4, "%"),
                   ("Canada", "2021-02", 13300, "count"), ("Canada", "2021-02", 0.7, "%")]


def test_a_part_of_a_country_inside_a_longer_name_is_not_that_part(bare: ExtractContext) -> None:
    text = "Texas Instruments Inc. reported revenue of $4.2 billion in the third quarter of 2024.\n"
    assert [o for o, *_ in rows(extract(bare, text, parse_period("2024-10-22")))] == ["Texas Instruments"]


def test_a_list_of_names_and_figures_gives_each_figure_to_its_name(bare: ExtractContext) -> None:
    # a PDF's line-break hyphen is no part of a name ("Govern- ment"); "&" joins one name's parts, and
    # the words listed before it ("Trade, Transportation & Utilities"); "Name, figure;" pairs
    text = ("North Carolina’s July 2015 unemployment rate was 5.9 percent. The major industry with the "
            "largest over-the-month increase was Govern- ment at 7,700, followed by Other Services, 5,000; "
            "Education & Health Services, 2,000; and Trade, Transportation & Utilities, 1,100.\n")
    got = rows(extract(bare, text, parse_period("2015-08-21")))
    assert [(o, v) for o, _p, v, _u in got] == [
        ("North Carolina", 5.9), ("Government", 7700), ("Other Services", 5000),
        ("Education & Health Services", 2000), ("Trade, Transportation & Utilities", 1100)]


def test_figures_listed_with_respectively_take_the_names_and_the_period_said_around_them(
        bare: ExtractContext) -> None:
    text = ("Compared with the same quarter of the previous year, seasonally adjusted GDP rose by 1.2% in "
            "the euro area and by 1.4% in the EU28 in the fourth quarter of 2018, after +1.6% and +1.8% "
            "respectively in the third quarter.\n")
    got = rows(extract(bare, text, parse_period("2019-02-14")))
    assert got[2:] == [("euro area", "2018-Q3", 1.6, "%"), ("European Union", "2018-Q3", 1.8, "%")]


def test_a_release_line_dates_the_document_and_its_time_zone_is_no_name(bare: ExtractContext) -> None:
    text = ("Payroll employment, earnings and hours, and job vacancies, February 2021\n"
            "Released at 8:30 a.m. Eastern time in The Daily, Thursday, April 29, 2021\n\n"
            "Payroll employment in Canada increased by 43,400 in February.\n")
    facts = extract(bare, text)
    assert rows(facts) == [("Canada", "2021-02", 43400, "count")]
    assert "eastern" not in facts.entities and not facts.events


def test_names_after_a_preposition_are_not_what_the_paragraph_is_about(bare: ExtractContext) -> None:
    # "for Toronto, Peel and North Bay Parry Sound": objects of "for"; the sentence after, which names
    # nobody, is not Toronto's (nor Peel's)
    text = ("Payroll employment in Canada increased by 43,400 in February 2021.\n\n"
            "Employment decreased in Ontario (-20,800; -0.3%), where restrictions remained in place for "
            "Toronto, Peel and North Bay Parry Sound. "
            "The largest increases were in retail trade (+13,300).\n")
    got = rows(extract(bare, text, parse_period("2021-04-29")))
    assert [o for o, *_ in got] == ["Canada", "Ontario", "Ontario", "Canada"]


def test_a_count_restated_as_a_share_keeps_its_unit_and_both_fall(bare: ExtractContext) -> None:
    # ", or" restates the count as a share of its base: the count is no percentage, the share falls too;
    # "since the most recent peak in June 2007" dates where the fall starts, not the fall
    text = ("In August 2009, the number of job openings in the United States has fallen by 2.4 million, "
            "or 50 percent, since the most recent peak in June 2007.\n")
    assert rows(extract(bare, text, parse_period("2009-10-09"))) == [
        ("United States", "2009-08", -2.4e6, "count"), ("United States", "2009-08", -50, "%")]
    text = ("Compared with April 2013, the number of unemployed in Germany fell by 24,000, or 0.9% in "
            "May 2013.\n")
    assert rows(extract(bare, text, parse_period("2013-06-01"))) == [
        ("Germany", "2013-05", -24000, "count"), ("Germany", "2013-05", -0.9, "%")]


def test_an_index_short_name_is_a_measure_not_an_owner(bare: ExtractContext) -> None:
    text = ("Consumer price inflation, UK: March 2022\n\n"
            "The Consumer Prices Index including owner occupiers' housing costs (CPIH) rose by 6.2% in "
            "the 12 months to March 2022. On a monthly basis, CPIH rose by 0.9% in March 2022.\n")
    got = rows(extract(bare, text, parse_period("2022-04-13")))
    assert got == [("United Kingdom", "2022-03", 6.2, "%"), ("United Kingdom", "2022-03", 0.9, "%")]


def test_the_national_rate_in_a_states_release_is_the_nations(bare: ExtractContext) -> None:
    text = ("North Carolina’s July 2015 unemployment rate was 5.9 percent. "
            "The national rate remained unchanged at 5.3 percent.\n")
    got = rows(extract(bare, text, parse_period("2015-08-21")))
    assert got == [("North Carolina", "2015-07", 5.9, "%"), ("United States", "2015-07", 5.3, "%")]


def test_a_release_line_under_a_body_s_name_is_its_publication(bare: ExtractContext) -> None:
    text = ("U.S. Energy Information Administration\nShort-Term Energy Outlook\n\n"
            "Release Date: Jun. 11, 2024 | Forecast Completed: Jun. 6, 2024 | "
            "Next Release Date: Jul. 9, 2024\n\n"
            "U.S. crude oil production grows by 2% in 2024.\n")
    facts = extract(bare, text)
    assert [(e.date.text, e.actors, e.kind, e.title) for e in facts.events] == [
        ("2024-06-11", ("u-s-energy-information-administration",), "release",
         "U.S. Energy Information Administration Short-Term Energy Outlook released")]
    # no release line, no publication event (a news item's date is no release's)
    assert not extract(bare, "Statistics Canada\n\nEmployment in Canada rose by 2% in 2024.\n",
                       parse_period("2024-06-11")).events


def test_a_change_between_two_months_is_the_later_months_and_so_is_its_revised_estimate(
        bare: ExtractContext) -> None:
    text = ("Advance estimates of U.S. retail sales for March 2000 were $269.2 billion. The January to "
            "February 2000 percent change was revised from +1.1 percent (±0.7%) to +1.8 percent (±0.3%).\n")
    got = rows(extract(bare, text, parse_period("2000-04-13")))
    assert got[1:] == [("United States", "2000-02", 1.1, "%"), ("United States", "2000-02", 1.8, "%")]


def test_an_acronym_said_before_the_body_whose_initials_it_is_is_that_body(bare: ExtractContext) -> None:
    text = ("HUD Archives: News Releases\n\n"
            "Sales of new single-family houses in December 2014 were at a seasonally adjusted annual rate of "
            "481,000, according to estimates released jointly today by the U.S. Department of Housing and "
            "Urban Development and Census Bureau.\n\n"
            "This is 11.6 percent above the revised November rate of 431,000.\n")
    got = rows(extract(bare, text, parse_period("2015-01-27")))
    assert {o for o, *_ in got} == {"United States"}


def test_the_march_year_is_the_march_quarters_annual_change(bare: ExtractContext) -> None:
    text = ("Housing-related prices in New Zealand continued to increase, up 3.3 percent in the "
            "March 2017 year. Prices increased for housing rentals (up 2.3 percent).\n")
    got = rows(extract(bare, text, parse_period("2017-04-20")))
    assert got == [("New Zealand", "2017-Q1", 3.3, "%"), ("New Zealand", "2017-Q1", 2.3, "%")]


def test_a_day_then_its_embargo_dates_the_release_and_a_bracketed_time_zone_is_no_name(
        bare: ExtractContext) -> None:
    text = ("MEDIA RELEASE\n15 November 2017 Embargoed: 11.30 am (Canberra time) 153/2017\n\n"
            "The Wage Price Index rose 0.5 per cent in the September quarter 2017, according to figures "
            "released today by the Australian Bureau of Statistics (ABS).\n")
    facts = extract(bare, text)
    assert "canberra" not in facts.entities
    assert [(e.date.text, e.actors) for e in facts.events] == [
        ("2017-11-15", ("australian-bureau-of-statistics",))]



def test_a_title_that_names_its_area_owns_figures_named_by_series_codes(bare: ExtractContext) -> None:
    # dev9 en-ecb-m3-201906: M3, M1 and "(M3-M2)" are series, what is measured; the title names the area
    text = (_ECB_TITLE +
            "The annual growth rate of the broad monetary aggregate M3 decreased to 4.5% in June 2019. "
            "The annual growth rate of marketable instruments (M3-M2) was -3.7% in June 2019.\n")
    got = rows(extract(bare, text, parse_period("2019-07-24")))
    assert got == [("euro area", "2019-06", 4.5, "%"), ("euro area", "2019-06", -3.7, "%")]


def test_a_title_line_dates_the_figures_that_state_no_period(bare: ExtractContext) -> None:
    # dev9 en-ecb-m3-201906: the title, a line of text of its own, dates the contributions (were the
    # release's day); "the three months up to June" are three months, as "the three months to June" are
    said = ["M3 decreased to 4.5% in June 2019, averaging 4.7% in the three months up to June.",
            "Looking at the components' contributions, M1 contributed 4.8 percentage points."]
    text = _ECB_TITLE + "\n\n".join(said) + "\n"
    got = rows(extract(bare, text, parse_period("2019-07-24")))
    assert got == [("euro area", "2019-06", 4.5, "%"), ("euro area", "2019-Q2", 4.7, "%"),
                   ("euro area", "2019-06", 4.8, "pp")]


def test_this_decrease_followed_dates_the_base_alone_and_a_streak_is_no_figure(bare: ExtractContext) -> None:
    # dev9 en-census-durable-202207: "This decrease, …, followed a 2.2 percent June increase" is about the
    # comparison's other side (June dated the next sentences); "four consecutive monthly increases" is a
    # streak's length
    said = ["New orders for manufactured durable goods in July 2022 decreased to $273.5 billion, the U.S. "
            "Census Bureau announced today.",
            "This decrease, down following four consecutive monthly increases, followed a 2.2 percent June "
            "increase.",
            "Excluding transportation, new orders increased 0.3 percent."]
    got = rows(extract(bare, " ".join(said) + "\n", parse_period("2022-08-24")))
    assert got[-2:] == [("United States", "2022-06", 2.2, "%"), ("United States", "2022-07", 0.3, "%")]
    assert not [r for r in got if r[3] == "count"]


def test_a_quotations_first_word_is_no_name(bare: ExtractContext) -> None:
    # dev9 en-abs-wpi-2017q3: 'said: "Annual wages growth …"' ("Annual" owned the figure)
    said = ["The Wage Price Index for Australia rose 0.5 per cent in the September quarter 2017.",
            'ABS Chief Economist Bruce Hockman said: "Annual wages growth increased marginally to 2.0 '
            'per cent in the September quarter 2017."']
    got = rows(extract(bare, "\n\n".join(said) + "\n", parse_period("2017-11-15")))
    assert got == [("Australia", "2017-Q3", 0.5, "%"), ("Australia", "2017-Q3", 2.0, "%")]


def test_a_figure_unchanged_from_the_previous_month_is_that_months_too(bare: ExtractContext) -> None:
    # dev9 en-ecb-m3-201906 ("unchanged from the previous month", "(as in the previous month)") and
    # en-bls-cpi-201208 ("for the second month in a row")
    said = ["The annual growth rate of M1 stood at 7.2% in June 2019, unchanged from the previous month.",
            "The index for all items less food and energy rose 0.1 percent in June 2019 for the second month "
            "in a row."]
    got = rows(extract(bare, _ECB_TITLE + "\n\n".join(said) + "\n", parse_period("2019-07-24")))
    assert got == [("euro area", "2019-06", 7.2, "%"), ("euro area", "2019-05", 7.2, "%"),
                   ("euro area", "2019-06", 0.1, "%"), ("euro area", "2019-05", 0.1, "%")]


def test_a_level_for_the_second_month_in_a_row_is_no_figure_of_the_month_before(bare: ExtractContext) -> None:
    # "fell to 7.5% … for the second month in a row": it fell, so May was higher, not 7.5 %
    said = ["The annual growth rate of M1 fell to 7.5% in June 2019 for the second month in a row."]
    got = rows(extract(bare, _ECB_TITLE + "\n\n".join(said) + "\n", parse_period("2019-07-24")))
    assert got == [("euro area", "2019-06", 7.5, "%")]
    ja = "ユーロ圏のM1の伸び率は2019年6月に7.5%に低下し、2か月連続の低下となった。\n"
    assert ("euro area", "2019-05", 7.5, "%") not in rows(extract(bare, ja, parse_period("2019-07-24")))


def test_a_base_in_the_previous_month_is_the_month_before(bare: ExtractContext) -> None:
    # dev5 en-destatis-lfs-201305 (the base was skipped: its period seemed unsaid); "as in the previous
    # month" compares, it dates nothing
    said = ["Germany's unemployment rate was 5.3% in May 2013, down from 5.4% in the previous month.",
            "Germany's employment rate was 72.1% in May 2013, as in the previous month."]
    got = rows(extract(bare, "\n\n".join(said) + "\n", parse_period("2013-06-28")))
    assert got[:2] == [("Germany", "2013-05", 5.3, "%"), ("Germany", "2013-04", 5.4, "%")]
    assert ("Germany", "2013-05", 72.1, "%") in got


def test_a_hyphened_percent_is_drafted_and_four_quarters_are_no_figure() -> None:
    text = ("Nonfarm business sector labor productivity increased 0.9 percent during the second quarter of"
            " 2017, the U.S. Bureau of Labor Statistics reported today, reflecting a 3.4-percent increase"
            " in output. Unit labor costs decreased 0.2 percent over the last four quarters.\n")
    facts = extract(ExtractContext(None), text, parse_period("2017-08-09"))
    assert [(o.entity, o.value.value, o.value.unit, o.period.text) for o in facts.observations] == [
        ("US", 0.9, "%", "2017-Q2"), ("US", 3.4, "%", "2017-Q2"), ("US", -0.2, "%", "2017-Q2")]
