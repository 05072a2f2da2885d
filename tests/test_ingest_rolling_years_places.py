"""A rolling year named by its last month, a run of months "between" two, the UK's nations and Great
Britain as owners, and words that are no names (a preposition, a contraction)."""

from __future__ import annotations

from ingest_helpers import extract
from shingi.ingest.dates import months_ended
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import find_periods, parse_period


def test_the_year_ending_a_month_is_the_twelve_months_to_it() -> None:
    text = "In reported road traffic accidents for the year ending March 2014:"
    found, spans = months_ended(text, find_periods(text))
    assert [p.period.text for p in found] == ["FY2013"] and not spans  # April 2013 - March 2014
    text = "Annual GDP growth for the year ended September 2016 increased to 3.0 percent."
    found, spans = months_ended(text, find_periods(text))
    assert spans  # October-September: no contract period holds it, never September alone


def test_a_company_fiscal_year_ended_is_left_to_the_fiscal_rules() -> None:
    text = "results for its fiscal year ended April 2014"
    found, spans = months_ended(text, find_periods(text))
    assert [p.period.text for p in found] == ["2014-04"] and not spans


def test_figures_of_a_rolling_year_and_its_base() -> None:
    text = ("Reported road casualties in Great Britain: January to March 2014\n\n"
            "In reported road traffic accidents for the year ending March 2014:\n"
            "- road deaths increased by 4% compared to the year ending March 2013, to 1,750\n\n"
            "Annual GDP growth for the year ended September 2016 increased to 3.0 percent.\n")
    facts = extract(ExtractContext(None), text, parse_period("2014-06-26"))
    got = {(o.entity, o.period.text, o.value.value) for o in facts.observations}
    assert got == {("UK-GB", "FY2013", 4.0), ("UK-GB", "FY2013", 1750.0)}  # not March 2013, not the UK's


def test_between_two_months_is_the_run_of_months() -> None:
    text = ("Reported road casualties in Great Britain: January to March 2014\n\n"
            "Between January and March 2014:\n"
            "- there were 380 road deaths, 13% higher than the same single quarter in 2013\n")
    facts = extract(ExtractContext(None), text, parse_period("2014-06-26"))
    got = {(o.entity, o.period.text, o.value.value) for o in facts.observations}
    assert got == {("UK-GB", "2014-Q1", 380.0), ("UK-GB", "2014-Q1", 13.0)}  # no owner "Between"


def test_the_uk_nations_own_their_figures() -> None:
    text = ("House prices\n\nIn Wales the average price was £215,000 in March 2024. "
            "In Northern Ireland prices rose 2.1% in March 2024.\n")
    facts = extract(ExtractContext(None), text, parse_period("2024-05-15"))
    assert {(o.entity, o.value.value) for o in facts.observations} == {("UK-WLS", 215000.0), ("UK-NIR", 2.1)}
    assert facts.entities["UK-NIR"].country == "UK"


def test_new_england_and_the_bank_of_england_are_no_part_of_the_uk() -> None:
    text = "Sales in New England rose 2.0% in March 2024.\n"
    facts = extract(ExtractContext(None), text, parse_period("2024-05-15"))
    assert "UK-ENG" not in facts.entities
    text = "The Bank of England said lending rose 2.0% in March 2024.\n"
    facts = extract(ExtractContext(None), text, parse_period("2024-05-15"))
    assert "UK-ENG" not in facts.entities


def test_the_state_of_a_region_is_the_region() -> None:
    # "State of", "Commonwealth of" name the place itself, not a longer name holding it
    for text, owner in (("The State of California added 20,000 jobs in March 2024.\n", "US-CA"),
                        ("The Commonwealth of Virginia added 9,000 jobs in March 2024.\n", "US-VA")):
        facts = extract(ExtractContext(None), "Employment report, March 2024\n\n" + text,
                        parse_period("2024-04-20"))
        assert {o.entity for o in facts.observations} == {owner}


def test_a_contraction_is_no_name() -> None:
    text = ("Media conference, 18 February 2025\n\n"
            "I’ve said many times we need to see inflation moving towards our target. "
            "Now we’re at a point where underlying inflation is at 3.2% in December 2024.\n")
    facts = extract(ExtractContext(None), text, parse_period("2025-02-18"))
    assert not any(e.id.startswith(("i-ve", "we-re")) for e in facts.entities.values())


def test_a_lead_in_that_a_colon_ends_dates_the_list_under_it() -> None:
    text = ("Reported road casualties in Great Britain: January to March 2014\n\n"
            "In reported road traffic accidents for the year ending March 2014:\n"
            "- road deaths increased by 4% compared to the year ending March 2013, to 1,750\n"
            "- motor traffic levels rose by 3% compared with the 12 month period ending March 2013\n"
            "Between January and March 2014:\n"
            "- there were 380 road deaths\n")
    facts = extract(ExtractContext(None), text, parse_period("2014-06-26"))
    got = {(o.period.text, o.value.value) for o in facts.observations}
    # the items take their lead-in's period, not the title's; "Between …:" under an item is no part of it
    assert got == {("FY2013", 4.0), ("FY2013", 1750.0), ("FY2013", 3.0), ("2014-Q1", 380.0)}


def test_a_release_is_not_dated_by_the_period_its_report_covers() -> None:
    text = ("Infosys reports results for the quarter ended September 30, 2016\n\n"
            "Brown-Forman reports fiscal 2014 results.\n\n"
            "The U.S. Census Bureau announces the July advance report on durable goods shipments.\n")
    facts = extract(ExtractContext(None), text, None)
    assert [e.date.text for e in facts.events] == []  # no day said: undated, not Q3, FY2014 or July
    facts = extract(ExtractContext(None), text, parse_period("2016-10-13"))
    assert [e.date.text for e in facts.events] == ["2016-10-13"] * 3  # the release's day


def test_a_release_day_is_kept() -> None:
    text = "The U.S. Census Bureau released the figures for May 2021 on 8 July 2021.\n"
    facts = extract(ExtractContext(None), text, None)
    assert [e.date.text for e in facts.events] == ["2021-07-08"]  # the day said, not May


def test_a_release_in_the_future_is_a_schedule_not_an_event() -> None:
    text = ("The U.S. Department of Housing and Urban Development released the figures today.\n\n"
            "New Residential Sales data for January 2015 will be released on Wednesday, February 25, 2015.\n")
    facts = extract(ExtractContext(None), text, parse_period("2015-01-27"))
    assert [e.date.text for e in facts.events] == ["2015-01-27"]
