"""Company results in English: the company's own fiscal calendar, read from the release (52/53-week
years, a year named with its end, a year named without its months), and who the release is about."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def rows(facts: DocFacts) -> list[tuple[str, str, float]]:
    return [(o.entity, o.period.text, o.value.value) for o in facts.observations]


def test_a_quarter_ended_in_the_first_days_of_a_month_is_the_months_before(bare: ExtractContext) -> None:
    # a 52/53-week calendar closes its quarter on a weekday near the month's end: April 1 closes March
    text = ("Sample Parts Reports Results\n\n"
            "PHOENIX – May 3, 2023 – Sample Parts, Inc. today announced results for its third quarter "
            "ended April 1, 2023.\n\n"
            "- Sales of $6.5 billion, up 0.4% year over year.\n")
    facts = extract(bare, text)
    got = rows(facts)
    assert ("sample-parts", "2023-Q1", 6.5e9) in got  # January-March, not February-April
    assert all(p != "2023-Q2" for _, p, _ in got)


def test_a_dash_dateline_dates_the_release() -> None:
    from shingi.ingest.dates import date_line
    from shingi.normalize.text import normalize

    found = date_line(normalize("PHOENIX – May 3, 2023 – Sample Parts, Inc. today announced results"), 1)
    assert found is not None and found[0].text == "2023-05-03"
    # a sentence that names a place and a day is no dateline
    assert date_line(normalize("PHOENIX will host the meeting on May 3, 2023."), 1) is None


def test_a_year_named_with_its_end_gives_the_company_calendar(bare: ExtractContext) -> None:
    text = ("Sample Storage Announces Fiscal Fourth Quarter and Full Year 2024 Financial Results\n\n"
            "SANTA CLARA, Calif., Feb. 28, 2024 /PRNewswire/ -- Today Sample Storage (NYSE: SMPL) "
            "announced financial results for its fiscal fourth quarter and full year 2024 ended "
            "February 4, 2024.\n\n"
            "- Q4 revenue $789.8 million, a decrease of 3% year-over-year\n"
            "- Full-year revenue $2.8 billion, up 3% year-over-year\n")
    facts = extract(bare, text)
    got = rows(facts)
    # the year to January 2024 (February 4 closes January), the company's FY2024 ...
    assert ("sample-storage", "FY2024", 2.8e9) in got
    assert facts.entities["sample-storage"].fiscal_year == "2/end"
    # ... and its fourth quarter, November-January, has no contract period: not drafted
    assert all(v != 789.8e6 for _, _, v in got)
    assert not facts.events or all(e.date.text != "2024-Q4" for e in facts.events)


def test_a_fiscal_year_whose_months_are_not_said(bare: ExtractContext) -> None:
    text = ("Sample Tech Delivers Fourth Quarter and Full Year Fiscal 2024 Financial Results\n\n"
            "ROUND ROCK, Texas, Feb. 29, 2024 /PRNewswire/ -- Sample Tech (NYSE: SMTK) announces "
            "financial results for its fiscal 2024 fourth quarter and full year. Fourth quarter revenue "
            "was $22.3 billion, down 11% year over year.\n\n"
            "Revenue for the year was $88.4 billion, down 14% from fiscal year 2023.\n")
    facts = extract(bare, text)
    got = rows(facts)
    # the quarter is the company's, of months the release does not say: never the calendar's 2024-Q4
    assert all(v != 22.3e9 for _, _, v in got)
    assert all(p != "2024-Q4" for _, p, _ in got)
    # the year is the company's FY2024, marked as such (was the calendar year 2024)
    year = [o for o in facts.observations if o.value.value == 88.4e9]
    assert [o.period.text for o in year] == ["FY2024"]
    assert "company's fiscal year" in (year[0].note or "")


def test_today_before_the_name_opens_the_lead(bare: ExtractContext) -> None:
    text = ("Results\n\nSANTA CLARA, Calif., Feb. 28, 2024 -- Today Sample Storage announced results for "
            "the quarter ended December 31, 2023.\n\n"
            "Highlights\n\n- Revenue $789.8 million, up 3% year-over-year\n")
    got = rows(extract(bare, text))
    assert ("sample-storage", "2023-Q4", 789.8e6) in got  # (the figures had no owner: "Today Sample Storage")


def test_a_context_period_after_the_document_is_no_actual(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = ("Sample Corp. today reported results for 2025.\n\n"
            "Revenue was $5.0 billion.\n\n"
            "Sample Corp. expects revenue of $6.0 billion.\n")
    got = rows(extract(bare, text, parse_period("2024-05-01")))
    # a release of May 2024 reports no actual of 2025: the context is wrong (was drafted as 2025's);
    # a projection stays
    assert all(v != 5.0e9 for _, _, v in got)
    assert [v for _, _, v in got] == [6.0e9]


def test_an_undated_document_says_which_figures_it_left_out(tmp_path: Path) -> None:
    from shingi.ingest.run import ingest_files

    doc = tmp_path / "cpi.txt"
    doc.write_text("Consumer prices in Germany rose by 1.6% in September from a year earlier, the Federal "
                   "Statistical Office (Destatis) said.\n", encoding="utf-8")
    summary = ingest_files([doc], tmp_path / "draft")
    # no date and no year for September: left out (precision over recall), and the report says so
    assert summary.rows == 0
    assert any("no date found" in n and "--published" in n for n in summary.notes)
    # and the draft's source row keeps it, for the reviewer
    import csv
    with (tmp_path / "draft" / "sources.csv").open(encoding="utf-8") as f:
        [source] = list(csv.DictReader(f))
    assert source["note"].startswith("no date found and no year said for 1 figure(s)")
    dated = ingest_files([doc], tmp_path / "dated", published="2024-10-10")
    assert dated.rows == 1 and not any("no date found" in n for n in dated.notes)


def test_a_declared_dividend_per_share_is_its_own_measure_of_the_declaration(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = ("Sample Foods, Inc. reported results for the third quarter ended February 24, 2019.\n\n"
            "Sample's Board of Directors also declared a regular quarterly cash dividend of $0.75 per share "
            "on the Company's outstanding common stock, payable on May 1, 2019 to shareholders of record at "
            "the close of business on April 10, 2019.\n")
    facts = extract(bare, text, parse_period("2019-03-21"))
    dividend = [o for o in facts.observations if o.value.value == 0.75]
    # the company's (its board declares for it; "Sample" said short is Sample Foods), a measure of
    # its own, of the day it was declared (not the payment or record day, nor the quarter reported)
    assert [(o.entity, o.metric, o.period.text) for o in dividend] == [
        ("sample-foods", "m-quarterly-dividend-per-share", "2019-03-21")]


def test_an_annual_and_a_quarterly_dividend_are_two_measures(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = ("Sample Tech is increasing its annual cash dividend by 20% to $1.78 per common share, with "
            "$0.445 per common share for the first quarterly distribution.\n")
    facts = extract(bare, text, parse_period("2024-02-29"))
    metrics = {o.value.value: o.metric for o in facts.observations}
    assert metrics[1.78] == "m-annual-dividend-per-share"
    assert metrics[0.445] == "m-quarterly-dividend-per-share"


def test_a_news_agency_credit_is_no_actor(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = ("Sample Labs Backs FY16 Forecast\n\n"
            "(RTTNews) - Sample Labs Inc. (SMPL) On Friday reiterated its expected 2016 results. "
            "Revenues are still expected to be approximately $7.51 billion.\n")
    facts = extract(bare, text, parse_period("2016-11-11"))
    assert "rttnews" not in facts.entities
    assert {o.entity for o in facts.observations} == {"sample-labs"}


def test_raising_an_outlook_is_no_funding() -> None:
    from shingi.ingest.labels import event_kind

    said = "Emerson Electric Co. raised its net sales growth guidance for the full year."
    assert event_kind(said) != "funding"
    assert event_kind("Darden raised its outlook for the full-year 2019.") != "funding"
    assert event_kind("The startup raised $20 million in a Series A round.") == "funding"


def test_a_place_before_the_companys_own_unit_is_no_owner(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = ("株式会社サンプル工業は、2026年3月期第1四半期の連結決算を発表した。売上高は5,738百万円となった。"
            "これは、米国子会社における補助金返還損168百万円の計上が主な要因です。\n")
    facts = extract(bare, text, parse_period("2025-08-07"))
    # the subsidiary is the company's: 米国 names where it is, not whose the loss is
    assert "US" not in {o.entity for o in facts.observations}


def test_a_compared_amount_is_the_same_measure(bare: ExtractContext) -> None:
    text = ("Sample Parts, Inc. today announced results for its third quarter ended April 1, 2023. "
            "Diluted earnings per share increased to $2.03, compared with $1.84 in the prior year quarter.\n")
    from shingi.normalize.periods import parse_period

    facts = extract(bare, text, parse_period("2023-05-03"))
    got = {(o.value.value, o.metric, o.period.text) for o in facts.observations}
    # (the year-ago amount's metric was "m-compared")
    assert {(2.03, "m-diluted-eps", "2023-Q1"), (1.84, "m-diluted-eps", "2022-Q1")} <= got


def test_a_datelines_figures_point_at_themselves_in_the_quote(bare: ExtractContext) -> None:
    text = ("Title\n\nWASHINGTON, Dec. 10, 2024 — The U.S. economy grew 2.8 percent in the third quarter "
            "of 2024.\n")
    facts = extract(bare, text)
    [row] = facts.observations
    assert row.mark is not None
    a, b = row.mark
    assert row.place.quote[a:b] == "2.8 percent"  # (was "024 — The U": the dateline's length off)


def test_a_city_dateline_and_a_change_on_a_period(bare: ExtractContext) -> None:
    text = ("Exports in February 2023\n\n"
            "WIESBADEN – In February 2023, German exports were up by 4.0% and imports by 4.6% compared with "
            "January 2023. Based on provisional data, the Federal Statistical Office (Destatis) also reports "
            "that exports increased by 7.6% and imports by 3.8% on February 2022.\n")
    got = rows(extract(bare, text))
    # the city is where the release was issued, no owner; the office is a national body (its country's);
    # "by 3.8% on February 2022" is compared with February 2022, a change of February 2023
    assert sorted(got) == [("DE", "2023-02", 3.8), ("DE", "2023-02", 4.0), ("DE", "2023-02", 4.6),
                           ("DE", "2023-02", 7.6)]


def test_the_company_is_the_one_its_legal_form_names_and_market_guesses_are_no_forecast(
        bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = ("Sample-Cola second-quarter profit beats estimates\n\n"
            "ATLANTA, July 25, 2018 - The Sample-Cola Company (SC) said its net revenues for the second "
            "quarter fell 8% to $8.9 billion; analysts had expected $8.54 billion. Organic revenues grew 5%. "
            "Unit case volume rose 2%, led by Sample-Cola Zero Sugar.\n\n"
            "For full-year 2018, the company now expects organic revenue growth of 4%.\n")
    facts = extract(bare, text, parse_period("2018-07-25"))
    notes = {o.value.value: (o.entity, o.note or "") for o in facts.observations}
    # actuals after the market's guess are no forecasts (they were marked as the publisher's projection)
    assert "forecast" not in notes[5.0][1] and "forecast" not in notes[2.0][1]
    # "the company" is The Sample-Cola Company (was the product named last), its outlook a forecast
    assert notes[4.0][0] == "sample-cola" and "forecast" in notes[4.0][1]


def test_an_undated_document_takes_its_months_year_from_a_month_it_states(bare: ExtractContext) -> None:
    text = ("Sample CPI rises 5.9% in Jan\n\n"
            "Ottawa, Feb 22 (IANS): Canada's Consumer Price Index (CPI) rose 5.9 per cent year-over-year in "
            "January, following a 6.3 per cent increase in December, Statistics Canada announced.\n\n"
            "On a monthly basis, the CPI rose 0.5 per cent in January 2023 following a 0.6 per cent decline "
            "in December, Xinhua news agency reported.\n")
    facts = extract(bare, text)
    got = {(o.entity, o.period.text, o.value.value) for o in facts.observations}
    # "January 2023" said later dates "January" (and "December" before it: 2022) of the whole text
    assert {("CA", "2023-01", 5.9), ("CA", "2022-12", 6.3), ("CA", "2023-01", 0.5),
            ("CA", "2022-12", -0.6)} <= got
    # the yearless dateline is the first 22 February after it; neither it nor the wire is an actor
    assert not {"feb-22", "ians", "xinhua"} & {o.entity for o in facts.observations}


def test_a_year_alone_or_a_base_gives_no_month_its_year(bare: ExtractContext) -> None:
    text = ("Consumer prices rose by 1.6% in September, the lowest since February 2021.\n\n"
            "The unemployment rate stayed at 3.7% over 2024 as a whole.\n")
    got = rows(extract(bare, text))
    assert all(v != 1.6 for _, _, v in got)  # September of which year is not said: left out


def test_a_date_set_ahead_still_dates_the_rates_after_it(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = ("The Bank of Canada today lowered its target for the overnight rate by 50 basis points to ¾ "
            "percent, effective Monday, March 16, 2020. The Bank Rate is correspondingly 1 percent.\n")
    facts = extract(bare, text, parse_period("2020-03-13"))
    # (the guard against a context after the document is for quarters and years, not a day set ahead)
    assert 1.0 in {o.value.value for o in facts.observations}


def test_a_headline_verb_ends_the_name_and_a_named_base_is_the_year_before(bare: ExtractContext) -> None:
    text = ("Sample Group Reports Q4 2004 Results: Net Sales Up 36% Press release from the issuing company "
            "NEENAH, Wis.--July 20, 2004-- Sample Group Corp. today reported results for the fourth quarter "
            "ended May 31, 2004.\n"
            "For fiscal 2004, Sample Group reported net sales of $72,797,000, a 19.3% increase from sales of "
            "$61,014,000 for the prior year.\n")
    facts = extract(bare, text)
    got = {(o.entity, o.period.text, o.value.value) for o in facts.observations}
    # "Sample Group Reports" was a name of its own, and owned the fiscal year's figures
    assert "sample-group-reports" not in facts.entities
    assert {("sample-group", "FY2004", 72797000.0), ("sample-group", "FY2003", 61014000.0)} <= got
    assert facts.entities["sample-group"].fiscal_year == "6/end"


def test_a_body_that_estimates_anothers_statistic_is_no_paragraph_subject(bare: ExtractContext) -> None:
    text = ("The U.S. Census Bureau has estimated Sample City's population at 1,234,567, as of July 1, "
            "2017. This represented a rise of 45,678 residents (or 3.8 percent) over the April 1, 2010 "
            "census count of 1,188,889.\n\n"
            "The Bronx saw the largest increase among the city's districts, up 6.1 percent.\n")
    got = rows(extract(bare, text))
    # the city's, not the country of the body that published the estimate; the base count is of its day
    assert ("sample-city", "2017-07-01", 45678.0) in got
    assert ("sample-city", "2010-04-01", 1188889.0) in got
    assert ("bronx", "2017-07-01", 6.1) in got  # (the sentence's subject after "The")


def test_a_possessive_inside_a_run_of_capitals_ends_the_name(bare: ExtractContext) -> None:
    from shingi.ingest.owners import heuristic_names

    said = "North Carolina's July 2015 unemployment rate was 5.9"
    names = [n for _, _, n, _ in heuristic_names(said, False)]
    assert names == ["North Carolina"]  # (was "North Carolina's July": an entity north-carolina-s)
    assert "America's Car-Mart" in [n for _, _, n, _ in heuristic_names(
        "America's Car-Mart reported revenue of $1.4 billion for its fiscal year.", False)]


def test_a_relative_clause_and_a_named_region_own_their_figures(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = ("U.S. crude oil production grows in our forecast by 2% in 2024. Increasing production is led by "
            "the Permian region, which is the source of almost 50% of domestic crude oil production.\n\n"
            "We expect U.S. marketed natural gas production to fall by 1% in 2024. The declines are partly "
            "offset by growth of 4% in the Permian region.\n")
    got = {(o.entity, o.value.value) for o in extract(bare, text, parse_period("2024-06-11")).observations}
    assert {("permian", 50.0), ("permian", 4.0)} <= got  # (were the United States')


def test_a_day_before_the_period_a_report_names_is_the_reports_day(bare: ExtractContext) -> None:
    text = ("株式会社サンプルは2025年10月10日、2025年8月期の連結決算を発表した。"
            "売上高は前期比5.2%増の3兆1000億円だった。\n")
    facts = extract(bare, text)
    # the figures are of the company's year to August 2025 (FY2025, fiscal_year 9/end), not of the day
    assert {(o.period.text, o.value.value) for o in facts.observations} >= {("FY2025", 3.1e12)}
    assert {e.fiscal_year for e in facts.entities.values()} == {"9/end"}


def test_a_quarter_which_ended_and_the_first_six_months_of_a_fiscal_year(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_fiscal_year, parse_period

    text = ("SAN JOSE, Calif., April 24, 2025 /PRNewswire/ -- Sample Devices, Inc. (NASDAQ: SMDV) today "
            "reported financial results for its second quarter of fiscal 2025, which ended March 29, "
            "2025.\n\n"
            "Revenue for the second quarter was $1.25 billion. For the first six months of fiscal 2025, "
            "revenue was $2.4 billion.\n\n"
            "For fiscal 2025, the company expects revenue of about $5.0 billion.\n")
    facts = extract(bare, text)
    got = {o.value.value: o.period for o in facts.observations}
    assert got[1.25e9].text == "2025-Q1"  # (January-March; was the calendar's April-June, after the release)
    fiscal = facts.entities["sample-devices"].fiscal_year
    assert fiscal == "10/end"
    # the company's first half, October 2024 - March 2025, written in its own convention (was FY2025, the
    # whole year, then Japan's FY2023-H2)
    half = got[2.4e9]
    assert half.text == "FY2025-H1"
    again = parse_period(half.text, parse_fiscal_year(fiscal))
    assert (again.start.isoformat(), again.end.isoformat()) == ("2024-10-01", "2025-03-31")


def test_october_to_march_is_that_years_fiscal_second_half() -> None:
    from shingi.ingest.dates import _month_span

    span = _month_span((2024, 10), (2025, 3))
    assert span is not None and span.text == "FY2024-H2"  # (was FY2023-H2, a year early)


def test_fiscal_q4_said_in_a_heading_is_the_companys_quarter(bare: ExtractContext) -> None:
    text = ("Results\n\n"
            "BOISE, Idaho, Sept. 25, 2024 (GLOBE NEWSWIRE) -- Sample Micro, Inc. today announced results for "
            "its fourth quarter and full year of fiscal 2024, which ended August 29, 2024.\n\n"
            "Fiscal Q4 2024 highlights\n\n"
            "- Revenue of $7.75 billion versus $6.81 billion for the prior quarter\n\n"
            "Fiscal 2024 highlights\n\n"
            "- Revenue of $25.11 billion versus $15.54 billion for the prior year\n")
    got = {o.value.value: o.period.text for o in extract(bare, text).observations}
    # June-August and the quarter before it are the company's own quarters (no calendar quarters: they were
    # 2024-Q4 and 2024-Q3), read with its fiscal_year column 9/end
    assert got[7.75e9] == "FY2024-Q4" and got[6.81e9] == "FY2024-Q3"
    assert got[25.11e9] == "FY2024" and got[15.54e9] == "FY2023"


def test_an_amount_said_again_per_share_is_its_own_measure(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = ("Sample Micro, Inc. today announced results for fiscal 2024. "
            "GAAP net income was $778 million, or $0.70 per diluted share.\n")
    facts = extract(bare, text, parse_period("2024-09-25"))
    metrics = {o.value.value: o.metric for o in facts.observations}
    assert metrics[0.70] == "m-gaap-net-income-per-diluted-share"  # (was "m-diluted-share")


def test_a_system_of_accounts_is_no_owner(bare: ExtractContext) -> None:
    text = ("Real gross domestic product (GDP) increased at an annual rate of 3.4 percent in the third "
            "quarter of 2018, according to the third estimates of the National Income and Product "
            "Accounts (NIPAs). In the second quarter, real GDP increased 4.2 percent.\n")
    facts = extract(bare, text)
    assert "product-accounts" not in {o.entity for o in facts.observations}


def test_a_half_written_1h24(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = "Sample Corp. today reported results. Revenue in 1H24 was $5.0 billion.\n"
    facts = extract(bare, text, parse_period("2024-08-01"))
    got = [(o.period.text, o.value.value) for o in facts.observations]
    assert got == [("2024-H1", 5.0e9)]  # (as "H1'24" and "2Q24" are; was the context's quarter)


def test_a_period_past_the_next_clauses_opening_is_that_clauses(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = ("Sample Corp. reported results. Revenue in 1H24 was $5.0 billion, and revenue in 2Q24 was "
            "$2.6 billion.\n")
    facts = extract(bare, text, parse_period("2024-08-01"))
    assert [(o.period.text, o.value.value) for o in facts.observations] == [
        ("2024-H1", 5.0e9), ("2024-Q2", 2.6e9)]  # (the first was dated with the second clause's quarter)


def test_a_scheduled_dividend_payment_is_no_plan(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = ("Sample Chips will pay its next quarterly cash dividend of $0.01 per share on April 2, 2025, to "
            "all shareholders of record on March 12, 2025.\n")
    facts = extract(bare, text, parse_period("2025-02-26"))
    assert [e.kind for e in facts.events] == []  # (was a plan event)
    assert [o.value.value for o in facts.observations] == [0.01]


def test_a_headline_that_rounds_a_body_figure_is_left_out(bare: ExtractContext) -> None:
    from shingi.normalize.periods import parse_period

    text = ("Sample Restaurants posts wider fourth-quarter loss as revenue climbs 40%\n\n"
            "Sample Restaurants Inc. said its total revenue for the fourth quarter of 2015 rose 39.7% to "
            "$49.1 million.\n")
    facts = extract(bare, text, parse_period("2016-03-10"))
    values = sorted(o.value.value for o in facts.observations)
    assert 40.0 not in values and 39.7 in values  # (the headline's 40% was a row of its own)
