"""Document dates, relative dates and the period each figure is about (ingest on real releases)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ingest_helpers import extract, figures
from shingi.ingest.dates import date_line, is_base, relative_periods
from shingi.ingest.extract import ExtractContext
from shingi.ingest.run import ingest_files
from shingi.model import InputError
from shingi.normalize.periods import find_periods, parse_period
from shingi.normalize.text import normalize


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


@pytest.mark.parametrize(("line", "expected"), [
    ("2025年1月24日　総務省統計局", "2025-01-24"),
    ("令和7年1月29日 総務局統計部", "2025-01-29"),
    ("Friday, November 15, 2024", "2024-11-15"),
    ("October 30, 2024", "2024-10-30"),
    ("WASHINGTON, Dec. 10, 2024 — Today, the Department announced an award.", "2024-12-10"),
    ("SANTA CLARA, Calif., Feb. 26, 2025 -- NVIDIA today reported revenue.", "2025-02-26"),
])
def test_a_date_line_or_dateline_gives_the_documents_date(line: str, expected: str) -> None:
    found = date_line(normalize(line), 1)
    assert found is not None and found[0].text == expected


@pytest.mark.parametrize("line", [
    "2024年12月の訪日外客数は348万9,800人で、前年同月比27.6%増となった。",
    "Real GDP increased 2.8 percent in the third quarter of 2024.",
    "On April 2, 2025, NVIDIA will pay a dividend of $0.01 per share to all shareholders.",
])
def test_a_sentence_with_a_date_in_it_is_no_date_line(line: str) -> None:
    assert date_line(normalize(line), 1) is None


def test_relative_dates_resolve_against_the_document_date() -> None:
    anchor = parse_period("2025-01-15")

    def read(text: str) -> list[str]:
        found = find_periods(text, default_year=2024)
        return [p.period.text for p in relative_periods(text, anchor, 2024, found)]

    assert read("本日、発表した") == ["2025-01-15"]
    assert read("Today, the Department announced") == ["2025-01-15"]
    assert read("JNTOは15日、発表した") == ["2025-01-15"]
    assert read("政府は19日、決定した") == ["2024-12-19"]  # the latest 19th on or before the 15th of January
    assert read("昨年の実績") == ["2024"] and read("last year") == ["2024"]  # from the document's year
    assert read("19年比で15.6%増") == ["2019"] and read("23年の3.1%") == ["2023"]
    assert read("15年累計") == ["2015"] and read("20年に開始") == ["2020"]
    assert read("この10年で倍増") == [] and read("20年間の計画") == [] and read("40か月連続") == []
    assert read("In the second quarter, real GDP increased 3.0 percent.") == ["2024-Q2"]


def test_bases_of_comparisons_are_not_a_figures_period() -> None:
    for text, base in [("up 12% from Q3", "Q3"), ("19年比で15.6%増", "19年"),
                       ("compared with 2023", "2023"), ("2022年度からの累計で1兆円", "2022年度")]:
        found = relative_periods(text, None, 2024, find_periods(text, default_year=2024))
        assert [is_base(text, p) for p in found if p.text == base] == [True], text


def test_each_figure_takes_the_period_it_is_about(bare: ExtractContext) -> None:
    text = ("Gross Domestic Product, Third Quarter 2024 (Advance Estimate)\n"
            "October 30, 2024\n\n"
            "Real GDP increased at an annual rate of 2.8 percent in the third quarter of 2024, according to "
            "the advance estimate released by the U.S. Bureau of Economic Analysis. "
            "In the second quarter, real GDP increased 3.0 percent.\n\n"
            "The price index for gross domestic purchases increased 1.8 percent in the third quarter, "
            "compared with an increase of 2.4 percent in the second quarter. The PCE price index "
            "increased 1.5 percent, compared with an increase of 2.5 percent.\n")
    facts = extract(bare, text)
    assert figures(facts) == [(2.8, "2024-Q3"), (3.0, "2024-Q2"), (1.8, "2024-Q3"), (2.4, "2024-Q2"),
                              (1.5, "2024-Q3"), (2.5, "2024-Q2")]  # never the release date


def test_today_and_by_2035_date_their_own_figures(bare: ExtractContext) -> None:
    text = ("The award will grow the U.S. share of memory output from less than 2% today "
            "to about 10% by 2035.\n")
    facts = extract(bare, text, parse_period("2024-12-10"))
    assert figures(facts) == [(2.0, "2024-12-10"), (10.0, "2035")]


def test_a_base_period_does_not_date_the_figure(bare: ExtractContext) -> None:
    text = ("For fiscal 2025, revenue was $130.5 billion.\n\n"
            "Record revenue of $39.3 billion, up 12% from Q3.\n")
    found = figures(extract(bare, text, parse_period("2025-02-26")))
    assert all(p not in ("2025-Q3", "2024-Q3") for _, p in found)


def test_a_company_fiscal_year_is_its_own_not_japans(bare: ExtractContext) -> None:
    text = ("NVIDIA today reported revenue for the fourth quarter ended January 26, 2025, "
            "of $39.3 billion.\n\n"
            "For fiscal 2025, revenue was $130.5 billion, up 114% from a year ago.\n")
    facts = extract(bare, text, parse_period("2025-02-26"))
    # the quarter is November-January: the company's own FY2025-Q4, read with its fiscal_year column
    assert figures(facts) == [(39.3e9, "FY2025-Q4"), (130.5e9, "FY2025"), (114.0, "FY2025")]
    assert facts.entities["nvidia"].fiscal_year == "2/end"  # FY2025 = February 2024 .. January 2025


def test_a_calendar_aligned_company_quarter_is_the_calendar_quarter(bare: ExtractContext) -> None:
    text = ("Microsoft Corp. today announced results for its fiscal second quarter ended "
            "December 31, 2024: "
            "revenue was $69.6 billion.\n\n"
            "Microsoft returned $9.7 billion to shareholders in the second quarter of fiscal year 2025.\n")
    facts = extract(bare, text, parse_period("2025-01-29"))
    assert figures(facts) == [(69.6e9, "2024-Q4"), (9.7e9, "2024-Q4")]


def test_without_a_stated_convention_a_company_fiscal_year_is_marked(bare: ExtractContext) -> None:
    text = "For fiscal 2024, Acme Corp. revenue was $5.2 billion.\n"
    facts = extract(bare, text, parse_period("2024-03-01"))
    assert [o.period.text for o in facts.observations] == ["FY2024"]
    assert "not Japan's" in (facts.observations[0].note or "")


def test_ingest_published_dates_relative_words_and_the_source(tmp_path: Path) -> None:
    doc = tmp_path / "release.txt"
    doc.write_text("沖縄県は本日、12月の入域観光客数を発表した。\n", encoding="utf-8")
    ingest_files([doc], tmp_path / "draft", workers=1, published="2025-01-30")
    with (tmp_path / "draft" / "sources.csv").open(encoding="utf-8") as f:
        assert [r["published"] for r in csv.DictReader(f)] == ["2025-01-30"]
    with (tmp_path / "draft" / "events.csv").open(encoding="utf-8") as f:
        assert [r["date"] for r in csv.DictReader(f)] == ["2025-01-30"]
    with pytest.raises(InputError, match="--published"):
        ingest_files([doc], tmp_path / "draft2", workers=1, published="soon")


def test_a_date_line_at_the_top_is_the_sources_date(tmp_path: Path) -> None:
    doc = tmp_path / "gdp.txt"
    doc.write_text("GDP, Third Quarter 2024\nOctober 30, 2024\n\nReal GDP increased 2.8 percent in the "
                   "third quarter of 2024.\n", encoding="utf-8")
    ingest_files([doc], tmp_path / "draft", workers=1)
    with (tmp_path / "draft" / "sources.csv").open(encoding="utf-8") as f:
        assert [r["published"] for r in csv.DictReader(f)] == ["2024-10-30"]


def test_a_partner_country_is_not_the_documents_day_first_order(tmp_path: Path) -> None:
    # review finding 8: a US release on imports from China does not write 07/05/2012 day first
    # (docs/ingest.md, a numeric release date); the document's own country does ("…, Australia")
    cases = {
        "us.txt": ("Import Price Index: Imports from China, June 2012\nReleased 07/05/2012\n\n"
                   "Prices of imports from China fell 0.3 percent in June 2012.\n", ""),
        "abs.txt": ("Building Approvals, Australia, March 2012\nReleased at 11:30 AM (CANBERRA TIME) "
                    "07/05/2012\n\nThe number of dwellings approved rose 7.4 percent in March 2012.\n",
                    "2012-05-07"),
    }
    for name, (text, published) in cases.items():
        doc = tmp_path / name
        doc.write_text(text, encoding="utf-8")
        ingest_files([doc], tmp_path / name.replace(".", "-"), workers=1)
        with (tmp_path / name.replace(".", "-") / "sources.csv").open(encoding="utf-8") as f:
            assert [r["published"] for r in csv.DictReader(f)] == [published], name


def test_a_fiscal_year_before_the_quarter_and_a_name_before_its_verb(bare: ExtractContext) -> None:
    text = ("CUPERTINO, CALIFORNIA, January 30, 2025 — Apple today announced financial results for its "
            "fiscal 2025 first quarter ended December 28, 2024. The Company posted quarterly revenue of "
            "$124.3 billion, up 4 percent year over year.\n")
    facts = extract(bare, text)
    assert [(o.entity, o.period.text, o.value.value) for o in facts.observations] == [
        ("apple", "2024-Q4", 124.3e9), ("apple", "2024-Q4", 4.0)]
    assert [(e.actors, e.date.text) for e in facts.events] == [(("apple",), "2025-01-30")]


def test_a_month_without_its_year_is_the_nearest_one_to_the_document() -> None:
    anchor = parse_period("2025-01-31")

    def read(text: str) -> list[str]:
        found = find_periods(text, default_year=2025)
        return [p.period.text for p in relative_periods(text, anchor, 2025, found)]

    assert read("12月の完全失業率は2.4%だった。") == ["2024-12"]  # last December, not next
    assert read("新制度は4月から施行される。") == ["2025-04"]  # this April: nearer than last April
    assert read("来年3月に開始する。") == ["2026-03"]
