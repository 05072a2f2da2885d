"""English releases (issue 14, twenty-third session, helper `ingesten`): a title's month that is the release's
edition, a country's regions counted in its dollar, "the national" figure, ranking pairs set off by commas, a
lead-in whose span no contract period holds, a date from the document's address, and the final months of a
year said by deixis. Small synthetic documents; each asserts what a reviewer checks (value, unit, period,
owner), with a negative beside each rule."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.doc_owner import address_day, address_owner
from shingi.ingest.extract import (
    _PLURAL_NOUN_AFTER_RE,
    _RANKED_NEXT_RE,
    _SET_QUANTIFIER_BEFORE_RE,
    DocumentExtractor,
    ExtractContext,
)
from shingi.ingest.layout import table_lines
from shingi.ingest.owners import term_acronyms
from shingi.ingest.readers import iter_text_lines
from shingi.ingest.run import ingest_files
from shingi.ingest.sentences import split_sentences
from shingi.normalize.periods import period_of_day, period_of_month


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


# --- a title's month that holds the release's own day -------------------------------------------------------

def test_a_title_month_that_holds_the_release_day_dates_no_figure(bare: ExtractContext) -> None:
    # dev20 ONS: "Regional Labour Market Statistics, October 2012", released 17 October 2012, reports on June
    # to August; its key points were dated 2012-10
    text = ("Statistical bulletin: Regional Labour Market Statistics, October 2012\n\n"
            "Released: 17 October 2012\n\n"
            "Key points\n\n"
            "  • Unemployment rate highest in the North East (9.9 per cent) and lowest in the South West "
            "(5.8 per cent).\n")
    assert not extract(bare, text).observations


def test_a_title_month_before_the_release_day_is_the_month_reported_on(bare: ExtractContext) -> None:
    # negative: "Public Sector Finances, August 2011" released in September reports on August
    text = ("Statistical bulletin: Public Sector Finances, August 2011\n\n"
            "Released: 20 September 2011\n\n"
            "Key points\n\n"
            "  • Public sector net borrowing in the UK was 14.0 billion pounds.\n")
    assert {r[3] for r in owned_rows(extract(bare, text))} == {"2011-08"}


# --- a country's regions in its dollar; "the national" figure; ranking pairs --------------------------------

NZ_REGIONS = ("Regional Gross Domestic Product: 2016\n\n"
              "Regional GDP is a breakdown of New Zealand's official measure of economic activity.\n\n"
              "Taranaki's decrease was the largest. Wellington's rise was the smallest.\n\n"
              "In 2016 Taranaki retained its position as the region with the highest GDP per capita at "
              "$71,297, followed by Wellington, $67,888, and Auckland, $58,717. "
              "The national average was $54,178.\n")


def test_regions_of_a_dollar_country_count_in_its_dollar(bare: ExtractContext) -> None:
    # dev20 Stats NZ: the regions' bare dollars were US dollars, the pairs after "followed by" Taranaki's, and
    # the national average Auckland's
    got = owned_rows(extract(bare, NZ_REGIONS))
    assert {("Taranaki", 71297, "NZD", "2016"), ("Wellington", 67888, "NZD", "2016"),
            ("Auckland", 58717, "NZD", "2016"), ("ニュージーランド", 54178, "NZD", "2016")} <= got


def test_a_document_of_two_countries_keeps_its_regions_dollars(bare: ExtractContext) -> None:
    # negative: with Australia named too, no one country's dollar is the bare "$", and "national" no nation
    text = NZ_REGIONS.replace("New Zealand's", "New Zealand's and Australia's")
    got = owned_rows(extract(bare, text))
    assert ("Taranaki", 71297, "USD", "2016") in got
    assert not {r for r in got if r[1] == 54178 and r[0] in ("ニュージーランド", "オーストラリア")}


@pytest.mark.parametrize(("before", "ranked"), [
    ("the highest at $71,297, followed by ", True),
    ("followed by Wellington, $67,888, and ", True),
    ("the region spent $9 million on roads; in ", False),
    ("compared with ", False),
])
def test_what_goes_on_with_a_rankings_next_name(before: str, ranked: bool) -> None:
    # negative beside the rule: a name after "in" or "compared with" and a comma is no ranking's pair
    assert (_RANKED_NEXT_RE.search(before) is not None) == ranked


# --- review 15, 16, 21: the local dollar is the country's and its places'; a ranking's head; "the national"

NZ_RELEASE = ("Stats NZ\nReleased: 5 March 2025\n\n"
              "Regional gross domestic product: Year ended March 2024\n\n"
              "In the year ended March 2024, New Zealand's GDP was $400 billion.\n"
              "Auckland had the highest GDP per capita at $80,000, followed by Wellington, $75,000, and "
              "Taranaki, $70,000.\n"
              "Apple reported revenue of $383 billion in 2023.\n"
              "The national average was $70,500.\n")


def test_a_company_in_a_dollar_countrys_release_keeps_the_us_dollar(bare: ExtractContext) -> None:
    # review 15: Apple's $383 billion was drafted as NZD; the country and its regions stay NZD
    got = owned_rows(extract(bare, NZ_RELEASE))
    assert ("Apple", 383e9, "USD", "2023") in got
    assert {("ニュージーランド", 400e9, "NZD", "FY2023"), ("Wellington", 75000, "NZD", "FY2023"),
            ("Taranaki", 70000, "NZD", "FY2023")} <= got


def test_a_name_the_text_calls_a_region_counts_in_the_dollar(bare: ExtractContext) -> None:
    # no "Regional" title, no ranking: only a name said as a place ("the West Coast region") is the country's
    text = ("Gross domestic product: 2016\n\nNew Zealand's total GDP was $251.8 billion in 2016. "
            "The West Coast region produced $1.9 billion in 2016. "
            "Fonterra reported revenue of $2.1 billion in 2016.\n")
    got = owned_rows(extract(bare, text))
    assert ("West Coast", 1.9e9, "NZD", "2016") in got
    assert ("Fonterra", 2.1e9, "USD", "2016") in got


def test_the_head_of_a_ranking_said_first_is_a_name(bare: ExtractContext) -> None:
    # review 16: "Auckland" opening the sentence was no name; its $80,000 was skipped and the pairs after it
    # were filed under a metric named "Auckland"
    facts = extract(bare, NZ_RELEASE)
    assert ("Auckland", 80000, "NZD", "FY2023") in owned_rows(facts)
    assert not any("auckland" in m.casefold() for m in facts.metrics)


def test_a_word_opening_a_sentence_with_no_ranking_after_it_is_no_name(bare: ExtractContext) -> None:
    # negative: "Auckland had the highest …" with no named item after it says no name by its shape
    text = ("Regional GDP: 2016\n\nIn 2016 New Zealand's GDP rose. Auckland had the highest GDP per capita "
            "at $80,000.\n")
    assert not any(r[0] == "Auckland" for r in owned_rows(extract(bare, text)))


def test_the_national_figure_keeps_the_release_period_after_a_period_said_of_another_figure(
        bare: ExtractContext) -> None:
    # review 21: "The national average was $70,500." was dated 2023, the year said at the end of Apple's
    # sentence
    got = owned_rows(extract(bare, NZ_RELEASE))
    assert ("ニュージーランド", 70500, "NZD", "FY2023") in got
    assert not any(r[1] == 70500 and r[3] == "2023" for r in got)


def test_a_period_said_after_a_figure_still_dates_the_next_sentences_own_figure(bare: ExtractContext) -> None:
    # negative: only "the national" figure goes back to the frame; "Imports were …" is 2023's as before
    text = ("Overseas trade: 2024\n\nNew Zealand's exports rose to $5 billion in 2023. "
            "New Zealand's imports were $6 billion.\n")
    assert ("ニュージーランド", 6e9, "NZD", "2023") in owned_rows(extract(bare, text))


def test_a_foreign_fiscal_year_by_its_number_is_still_left_out(bare: ExtractContext) -> None:
    # negative beside "the year ended March 2024" (kept above as FY2023): "fiscal 2024" of New Zealand names
    # a year of other months than the contract's FY
    text = "Budget: 2024\n\nNew Zealand's revenue was $120 billion in fiscal 2024.\n"
    assert not any(r[1] == 120e9 and r[3].startswith("FY") for r in owned_rows(extract(bare, text)))


# --- a lead-in whose span no contract period holds ---------------------------------------------------------

def test_the_items_of_a_lead_in_over_an_unwritable_span_are_left_out(bare: ExtractContext) -> None:
    # dev20 Stats NZ: "for the period March 2015 to March 2016" (13 months said as a year ended March): its
    # items were dated with the embargo day
    text = ("Regional GDP\n\nEmbargoed until 10:45am – 30 March 2017\n\n"
            "Provisional estimates for the period March 2015 to March 2016 show that:\n\n"
            "  • The GDP of Otago increased 4.8 percent.\n")
    assert not extract(bare, text).observations


def test_the_items_of_a_lead_in_over_a_year_are_that_years(bare: ExtractContext) -> None:
    text = ("Regional GDP\n\nEmbargoed until 10:45am – 30 March 2017\n\n"
            "Provisional estimates for 2016 show that:\n\n"
            "  • The GDP of Otago increased 4.8 percent.\n")
    assert {(r[1], r[3]) for r in owned_rows(extract(bare, text))} == {(4.8, "2016")}


# --- a date from the document's address --------------------------------------------------------------------

@pytest.mark.parametrize(("address", "day"), [
    ("https://jobmarketmonitor.com/2019/12/06/job-report-in-us-november-2019/", (2019, 12, 6)),
    ("https://dutchnews.nl/2025/02/dutch-economy-grow-0-9-last-year", (2025, 2, None)),
    ("https://www.mhlw.go.jp/toukei/itiran/roudou/roukei/2006/03/12.html", (2006, 3, None)),
    ("https://www.voanews.com/a/us-economy-grows-faster/1785602.html", None),
    ("https://example.org/2019/13/06/x", None),
    (None, None),
])
def test_the_day_an_address_files_its_page_under(address: str | None, day: tuple[int, int, int | None] | None
                                                   ) -> None:
    assert address_day(address) == day


def _read(ctx: ExtractContext, text: str, filed: tuple[int, int, int | None]) -> DocumentExtractor:
    ex = DocumentExtractor(ctx, "doc.txt", "src-doc", None)
    y, m, d = filed
    ex.address_day = period_of_day(date(y, m, d)) if d else period_of_month(y, m)
    ex.add_all(split_sentences(table_lines(iter_text_lines(io.StringIO(text, newline=None)))))
    return ex


def test_an_undated_text_is_read_against_its_address_day(bare: ExtractContext) -> None:
    # dev17 (BLS's summary reposted), dev4 (DutchNews): no date and no year in the text
    ex = _read(bare, "Total nonfarm payroll employment in the United States rose by 266,000 in November, the "
                     "U.S. Bureau of Labor Statistics reported today.\n", (2019, 12, 6))
    assert ex.date_from_address and (266000, "2019-11") in {(r[1], r[3]) for r in owned_rows(ex.facts)}
    ex = _read(bare, "The Dutch economy grew by 0.4% in the final three months of last year, bringing growth "
                     "for the full year to 0.9%, national statistics agency CBS reported on Friday.\n",
               (2025, 2, None))
    assert (0.4, "2024-Q4") in {(r[1], r[3]) for r in owned_rows(ex.facts)}


def test_the_texts_own_date_comes_before_its_address(bare: ExtractContext) -> None:
    # negative: a date line in the text dates it; the address's day is not used
    ex = _read(bare, "March 2, 2018\n\nEmployment in the United States rose by 266,000 in November.\n",
               (2019, 12, 6))
    assert not ex.date_from_address
    assert {(r[1], r[3]) for r in owned_rows(ex.facts)} == {(266000, "2017-11")}


def test_a_figure_with_only_the_address_day_is_left_out(bare: ExtractContext) -> None:
    # negative: the address's day is a guess; a figure with no period of its own is not dated with it
    ex = _read(bare, "Employment in the United States stood at 152 million people.\n", (2019, 12, 6))
    assert not ex.facts.observations


def test_the_source_row_says_its_date_came_from_the_address(tmp_path: Path) -> None:
    doc = tmp_path / "jobs.txt"
    doc.write_text("Employment in the United States rose by 266,000 in November.\n", encoding="utf-8")
    ingest_files([doc], tmp_path / "draft", workers=1,
                 source="https://jobmarketmonitor.com/2019/12/06/job-report/")
    (src,) = csv.DictReader(io.StringIO((tmp_path / "draft" / "sources.csv").read_text(encoding="utf-8")))
    assert src["published"] == "2019-12-06" and "from the document's address" in src["note"]


# --- the first or final months of a year said by deixis ----------------------------------------------------

@pytest.mark.parametrize(("said", "period"), [
    ("in the final three months of last year", "2024-Q4"),
    ("in the last six months of last year", "2024-H2"),
    ("in the first six months of this year", "2025-H1"),
])
def test_the_edge_months_of_a_year_said_by_deixis(bare: ExtractContext, said: str, period: str) -> None:
    text = f"The Dutch economy grew by 0.4% {said}.\n"
    got = {(r[1], r[3]) for r in owned_rows(extract(bare, text, period_of_day(date(2025, 8, 14))))}
    assert got == {(0.4, period)}


def test_the_last_three_months_said_alone_are_no_year_edge(bare: ExtractContext) -> None:
    # negative: "over the last three months" names no year's end; not made a quarter by this rule
    text = "The Dutch economy grew by 0.4% over the last three months of trading.\n"
    got = {(r[1], r[3]) for r in owned_rows(extract(bare, text, period_of_day(date(2025, 8, 14))))}
    assert (0.4, "2024-Q4") not in got and (0.4, "2025-Q2") not in got


# --- a name right under gov.au is the Commonwealth's ----------------------------------------------------

@pytest.mark.parametrize(("address", "owner"), [
    ("https://www.abs.gov.au/statistics/labour/employment", "Australia"),
    ("http://rba.gov.au/media-releases/2008/mr-08-20.html", "Australia"),
    ("https://www.health.nsw.gov.au/news", None),  # a state's body: its own name, not Australia's
    ("https://www.cityofsydney.nsw.gov.au/", None),
    ("https://gov.au/", None),
])
def test_a_commonwealth_address_is_australias(address: str, owner: str | None) -> None:
    found = address_owner(address)
    assert (found.name if found else None) == owner


# --- a short name of lower-case words is a term's; a word qualifying a set names no one ----------------

DESTATIS = ("Consumer prices in Germany rose by 1.6% in September from a year earlier.\n\n"
            "The harmonised index of consumer prices (HICP), which compares inflation in Germany with other "
            "European countries, rose by 1.8% on the year. "
            "In August the HICP had risen by 2.0% on the year.\n")


def test_a_short_name_of_lower_case_words_owns_nothing(bare: ExtractContext) -> None:
    # dev4 Destatis (with its date): the HICP's August figure was HICP's, then "European"'s
    got = owned_rows(extract(bare, DESTATIS, period_of_day(date(2024, 10, 11))))
    assert ("ドイツ", 2.0, "%", "2024-08") in got
    assert {r[0] for r in got} == {"ドイツ"}


@pytest.mark.parametrize(("text", "terms"), [
    ("The harmonised index of consumer prices (HICP), which compares", ["HICP"]),
    ("the gross domestic product (GDP) rose", ["GDP"]),
    ("The Bureau of Labor Statistics (BLS) said", []),  # a body's name, in capitals
    ("International Business Machines (IBM) said", []),
    ("in the Harmonised Index of Consumer Prices (HICP)", []),
])
def test_which_short_names_are_terms(text: str, terms: list[str]) -> None:
    assert term_acronyms(text) == terms


@pytest.mark.parametrize(("before", "word", "after", "a_set"), [
    ("with other ", "European", " countries, rose", True),
    ("several ", "Asian", " economies grew", True),
    ("exports to ", "European", " countries rose", False),  # no quantifier: the rule does not fire
    ("with other ", "Fonterra", " Limited", False),  # a name's next word, no plural noun
])
def test_a_word_qualifying_a_set_after_a_quantifier(before: str, word: str, after: str, a_set: bool) -> None:
    text = before + word + after
    fired = bool(_SET_QUANTIFIER_BEFORE_RE.search(text, 0, len(before))
                 and _PLURAL_NOUN_AFTER_RE.match(text, len(before) + len(word)))
    assert fired == a_set


@pytest.mark.parametrize("title", ["Euro area annual inflation down to 2.4%, Flash estimate, November 2023",
                                   "Euro area annual inflation, November 2023"])
def test_a_release_in_the_last_days_of_its_titles_month_may_report_on_it(bare: ExtractContext, title: str
                                                                         ) -> None:
    # negative: a flash estimate may come out on the last days of the month it estimates (Eurostat's of
    # November 2023 on 30 November); neither a title that says so nor a release in the month's last week
    # is read as an edition
    text = (f"{title}\n\nReleased: 30 November 2023\n\n"
            "Annual inflation in the euro area was 2.4%.\n")
    assert (2.4, "2023-11") in {(r[1], r[3]) for r in owned_rows(extract(bare, text))}
    # (released in the middle of the month, the same title names the edition)
    assert not extract(bare, text.replace("30 November", "17 November")).observations or "Flash" in title
