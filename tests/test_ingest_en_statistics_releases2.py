"""English statistics releases: a change of prices over "the year ended" a month is that month's, a count
said after "the" names a set (no figure), and a table run into one line names no paragraph subject."""

from __future__ import annotations

from ingest_helpers import extract
from shingi.ingest.dates import months_ended
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import find_periods, parse_period


def _dated(text: str, day: str) -> set[tuple[str, float]]:
    """The (period, value) of every figure drafted from ``text`` read as a document of ``day``."""
    facts = extract(ExtractContext(None), text, parse_period(day))
    return {(o.period.text, o.value.value) for o in facts.observations}


def test_prices_over_the_year_ended_a_month_are_the_months() -> None:
    text = "Grocery food prices increased 10.7 percent for the year ended September 2023."
    found, spans = months_ended(text, find_periods(text))
    assert [p.period.text for p in found] == ["2023-09"] and not spans
    text = "For the year ended September 2023, the food price index rose 8.0 percent."
    found, spans = months_ended(text, find_periods(text))
    assert [p.period.text for p in found] == ["2023-09"] and not spans
    # not a flow's: GDP growth for the year ended September is the four quarters' (no contract period)
    text = "Annual GDP growth for the year ended September 2016 increased to 3.0 percent."
    found, spans = months_ended(text, find_periods(text))
    assert spans


def test_a_list_of_price_rises_under_a_year_ended_lead_in() -> None:
    text = ("Food prices in New Zealand were 8.0 percent higher in September 2023 than in September 2022.\n\n"
            "Price rises for the five food groups for the year ended September 2023 were:\n"
            "- grocery food prices increased 10.7 percent\n"
            "- fruit and vegetables prices increased 1.4 percent.\n\n"
            "Exports for the year ended September 2023 rose 4.0 percent.\n")
    facts = extract(ExtractContext(None), text, parse_period("2023-10-12"))
    got = {(o.entity, o.period.text, o.value.value, o.value.unit) for o in facts.observations}
    assert got == {("NZ", "2023-09", 8.0, "%"), ("NZ", "2023-09", 10.7, "%"), ("NZ", "2023-09", 1.4, "%")}
    # (no count 5 of "the five food groups"; exports over the year ended: twelve months, not written)


def test_a_count_after_the_names_a_set() -> None:
    text = "Sales rose in the five regions in March 2024. Sales rose in five regions in March 2024.\n"
    facts = extract(ExtractContext(None), "In Canada, " + text, parse_period("2024-04-20"))
    # (nor the second sentence's: a count spelled in running text is no figure; test_ingest_spelled_counts)
    assert [o.value.value for o in facts.observations] == []
    text = "In Canada, the second highest level since 1996 was 2.5 million in March 2024.\n"
    facts = extract(ExtractContext(None), text, parse_period("2024-04-20"))
    assert 2500000.0 in [o.value.value for o in facts.observations]


def test_a_table_run_into_a_line_names_no_paragraph_subject() -> None:
    text = ("Participation rate (%) 65.0 Unemployed persons ('000) 781.1 Employed persons ('000) 11 775.8 "
            "Seasonally Adjusted Trend Aug 2015 KEY FIGURES Employment increased to 11,765,400. "
            "Unemployment increased to 778,400.\n")
    facts = extract(ExtractContext(None), text, parse_period("2015-09-10"))
    assert not any(o.value.value in (11765400.0, 778400.0) for o in facts.observations)  # not "Unemployed"'s
    # one name opening the paragraph is still its subject
    text = "Acme Corp sold 5,000 cars in August 2015. Profit rose to $2 million in August 2015.\n"
    facts = extract(ExtractContext(None), text, parse_period("2015-09-10"))
    assert len(facts.observations) == 2 and len({o.entity for o in facts.observations}) == 1


def test_an_estimate_and_a_participle_are_no_names() -> None:
    from shingi.ingest.owners import heuristic_names

    names = [n for _s, _e, n, _k in heuristic_names(
        "real output rose 2.0 percent in the first quarter (Advance Estimate), according to the data; "
        "the series are Seasonally Adjusted by the office", False)]
    assert "Advance Estimate" not in names and "Seasonally Adjusted" not in names
    text = "Acme Estimates Inc posted gains while Globex United rose"
    names = [n for _s, _e, n, _k in heuristic_names(text, False)]
    assert "Globex United" in names  # (a name that ends in -ed with no adverb before it stays)


def test_a_numeric_release_day_reads_day_first_outside_the_us() -> None:
    from shingi.ingest.dates import date_line

    line = "ARCHIVED ISSUE Released at 11:30 AM (CANBERRA TIME) 07/05/2012"
    got = date_line(line, 1, day_first=True)
    assert got is not None and got[0].text == "2012-05-07"
    assert date_line(line, 1) is None  # 07/05 could be July 5 in a US document: no date
    got = date_line("Released at 11:30 AM (CANBERRA TIME) 21/12/2017", 1)
    assert got is not None and got[0].text == "2017-12-21"  # (the numbers tell the order themselves)
    text = ("8731.0 - Building Approvals, Australia, March 2013 ARCHIVED ISSUE Released at 11:30 AM "
            "(CANBERRA TIME) 02/05/2013\n\n"
            "The Australian Bureau of Statistics (ABS) said approvals rose 2.0% in March 2013.\n")
    facts = extract(ExtractContext(None), text, None)
    assert [(e.date.text, e.kind) for e in facts.events if e.kind == "release"] == [("2013-05-02", "release")]


def test_a_release_that_names_only_the_euro_area_is_its() -> None:
    text = ("- PRESS RELEASE\n- 31 October 2019\nEuro area bank interest rate statistics: September 2019\n"
            "- The composite indicator for new loans to corporations remained at 1.54% in September 2019.\n"
            "- The composite indicator for new loans to households decreased to 1.48% in September 2019.\n")
    facts = extract(ExtractContext(None), text, None)
    assert {(o.entity, o.value.value) for o in facts.observations} >= {("EA", 1.48)}
    # the euro area and the Union both named: neither is the document's alone
    text = text.replace("Euro area bank", "Euro area and EU bank")
    facts = extract(ExtractContext(None), text, None)
    assert ("EA", 1.48) not in {(o.entity, o.value.value) for o in facts.observations}


def test_a_split_year_base_of_an_index_is_no_period() -> None:
    text = ("Consumer prices, Australia\n\nThe Consumer Price Index was 136.1 (2011-12=100) in the September "
            "quarter 2024.\n\nThe index stood at 136.4 (base 2011-12 = 100) in September 2024.\n\n"
            "Revenue was $5.0 billion in 2023-24.\n")
    got = _dated(text, "2024-10-30")
    assert ("2024-Q3", 136.1) in got and ("2024-09", 136.4) in got
    assert not any(v == 5e9 for _p, v in got)  # a split year outside a base still has no contract period


def test_the_length_of_a_run_of_months_is_no_figure_between() -> None:
    text = ("Consumers price index, New Zealand\n\n"
            "The CPI increased 3.2 percent in the 12 months to June 2024, "
            "following a 4.2 percent increase in the 12 months to March 2024.\n\n"
            "Sales rose 3.0 percent, up from 2,400 units in March 2024.\n")
    got = _dated(text, "2024-07-17")
    assert {("2024-06", 3.2), ("2024-03", 4.2)} <= got  # (4.2 was dated June 2024)


def test_a_figure_clause_runs_over_commas_to_the_next_and_the() -> None:
    text = ("The Employment Situation, United States\n\n"
            "The change in total nonfarm payroll employment for August "
            "2024 was revised down by 81,000, from 159,000 to 78,000, and the change for September 2024 was "
            "revised down by 31,000.\n\n"
            "Revenue in 1H24 was $5.0 billion, and revenue in 2Q24 was $2.6 billion.\n")
    got = _dated(text, "2024-11-01")
    assert ("2024-08", 78000.0) in got and ("2024-09", 78000.0) not in got
    assert ("2024-Q2", 2.6e9) in got and ("2024-H1", 5.0e9) in got


def test_a_revision_said_by_its_size_first_keeps_its_first_estimate() -> None:
    text = ("The Employment Situation, United States\n\n"
            "The change for August 2024 was revised down by 81,000, from +159,000 to +78,000.\n\n"
            "Sales rose to $5.0 million in August 2024 from $4.0 million.\n")
    got = _dated(text, "2024-11-01")
    assert {("2024-08", 159000.0), ("2024-08", 78000.0), ("2024-08", -81000.0)} <= got
    assert ("2024-08", 4e6) not in got  # a base amount with no period of its own is still not August's


def test_a_release_line_without_a_colon() -> None:
    from shingi.ingest.dates import release_line

    assert release_line("Released 4/09/2024") and release_line("Released 24 July 2014 Download PDF")
    assert not release_line("Released figures show 5 people")
    assert not release_line("Released in 2024 the figures")
    text = ("Gross domestic product, Australia, June quarter 2024\n\nAustralian Bureau of Statistics\n\n"
            "Released 4/09/2024\n\nAustralian GDP rose 0.2 per cent in the June quarter 2024.\n")
    facts = extract(ExtractContext(None), text, None)
    assert [e.date.text for e in facts.events if e.kind == "release"] == ["2024-09-04"]
