"""The period a figure is about, by what the words refer to: a year word (昨年, 今年, last year, this
year) counts from the document's date, not from the year the text went on about before."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, figures
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def test_japanese_year_words_count_from_the_document(bare: ExtractContext) -> None:
    # each sentence's context is the period the one before stated: a chain of 昨年 / 今年 counted
    # from it drifted a year back at every step (昨年末 2022-12, 今年1～6月 2022-H1, ...)
    text = ("東京都の2023年の輸出額は10兆円だった。\n\n"
            "昨年末の残高は45兆円だった。\n\n"
            "今年1～6月の訪日客数は2150万人だった。\n\n"
            "昨年12月の失業率は2.4%だった。\n\n"
            "今年3月の有効求人倍率は1.26倍だった。\n")
    found = figures(extract(bare, text, parse_period("2025-08-15")))
    assert (4.5e13, "2024-12") in found
    assert (21500000, "2025-H1") in found
    assert (2.4, "2024-12") in found
    assert (1.26, "2025-03") in found


def test_a_fiscal_year_word_counts_from_the_fiscal_year_running(bare: ExtractContext) -> None:
    text = "東京都の2022年の輸出額は10兆円だった。\n\n昨年度の税収は75兆円だった。\n"
    # in February 2025 the fiscal year running is FY2024, so 昨年度 is FY2023
    assert (7.5e13, "FY2023") in figures(extract(bare, text, parse_period("2025-02-15")))
    assert (7.5e13, "FY2024") in figures(extract(bare, text, parse_period("2025-08-15")))


def test_english_parts_of_a_year_said_relative_to_the_document(bare: ExtractContext) -> None:
    text = ("Statistics Canada said exports were $60 billion in 2022.\n\n"
            "Exports rose 2% in the first half of this year.\n\n"
            "Exports were $5 billion in December last year.\n\n"
            "Imports fell 1.5% in the second quarter of last year.\n")
    found = figures(extract(bare, text, parse_period("2025-08-15")))
    assert (2.0, "2025-H1") in found
    assert (5e9, "2024-12") in found
    assert (-1.5, "2024-Q2") in found


RELEASE = """Acme Corporation Reports Results

SPRINGFIELD, Feb. 6, 2025 -- Acme Corporation today reported financial results for {lead}.

Fourth quarter revenue was $3.2 billion, up 7% year over year. Full year revenue was $12.1 billion, up 5%.

For the twelve months ended December 31, 2024, free cash flow was $2.0 billion.

Full-year 2025 revenue is expected to be about $13 billion.
"""


@pytest.mark.parametrize("lead", ["the fourth quarter and full year ended December 31, 2024",
                                  "the fourth quarter and fiscal year ended December 31, 2024",
                                  "its fourth quarter and full-year 2024"])
def test_a_quarter_and_the_full_year_of_a_release(bare: ExtractContext, lead: str) -> None:
    found = figures(extract(bare, RELEASE.format(lead=lead)))
    # the quarter paired with the year is that year's (was: the document's year, 2025-Q4)
    assert (3.2e9, "2024-Q4") in found and (7.0, "2024-Q4") in found
    # "Full year" is the year the lead names, not the quarter the sentence before was about
    assert (1.21e10, "2024") in found and (5.0, "2024") in found
    # a year said with it stays its own
    assert (1.3e10, "2025") in found


def test_twelve_months_ended_a_day_are_a_year_to_a_month_a_rate(bare: ExtractContext) -> None:
    found = figures(extract(bare, RELEASE.format(lead="the fourth quarter ended December 31, 2024")))
    assert (2e9, "2024") in found  # was the day 2024-12-31
    text = ("Statistics Canada said consumer prices rose 2.2% in the 12 months to October 2024.\n\n"
            "For the twelve months ended June 30, 2024, Acme Corp's free cash flow was $2.0 billion.\n")
    found = figures(extract(bare, text, parse_period("2024-11-19")))
    assert (2.2, "2024-10") in found
    assert not any(v == 2e9 for v, _ in found)  # July-June: no contract period, skipped


def test_a_month_said_inside_a_fiscal_year_is_of_that_year(bare: ExtractContext) -> None:
    text = ("沖縄県は本日、2024年度の入域観光客数を発表した。\n\n"
            "2024年度の入域観光客数は990万人で、前年度比12.3%増となった。\n\n"
            "月別では、3月が95万人で最も多く、1月は70万人だった。\n\n"
            "8月の入域観光客数は100万人だった。\n")
    found = figures(extract(bare, text, parse_period("2025-04-30")))
    # January-March of FY2024 are 2025's months (were 2024's, a year before the fiscal year)
    assert (950000, "2025-03") in found and (700000, "2025-01") in found
    # a paragraph that breaks the fiscal year down by month gives parts: the next paragraph is
    # about the fiscal year again, so its August is FY2024's (was 2025-08, after the document)
    assert (1000000, "2024-08") in found


def test_a_span_whose_year_is_said_once_at_its_end(bare: ExtractContext) -> None:
    # no document date: the title's "April to June 2025" is the context, the second quarter (was
    # June, so "the latest quarter" and "the previous quarter" had no quarter to count from)
    text = ("# Retail sales, UK: April to June 2025\n\n"
            "- Sales volumes in the UK are estimated to have risen by 0.9% in the latest quarter.\n"
            "- The Office for National Statistics said volumes fell by 1.1% in the previous quarter.\n")
    found = figures(extract(bare, text))
    assert (0.9, "2025-Q2") in found and (-1.1, "2025-Q1") in found


def test_a_cumulative_total_to_a_month_runs_from_the_start_of_the_year(bare: ExtractContext) -> None:
    text = ("財務省によると、10月の輸出額は9兆円で、10月までの累計は80兆円となった。\n\n"
            "日本政府観光局によると、2025年の訪日客数は10月までの累計で3554万人となった。\n\n"
            "日本政府観光局によると、2025年の訪日客数は6月までの累計で2151万人となった。\n\n"
            "財務省によると、2024年度の輸出額は9月末までの累計で52兆円だった。\n")
    found = figures(extract(bare, text, parse_period("2025-11-19")))
    # January-October: no contract period holds it, so it is skipped, never dated October
    assert not any(v == 35540000 for v, _ in found)
    assert (21510000, "2025-H1") in found
    # in a fiscal year the sentence names, from April: April-September is its first half
    assert (5.2e13, "FY2024-H1") in found
    # the month's own figure keeps the month
    assert (9e12, "2025-10") in found and not any(v == 8e13 for v, _ in found)


def test_with_no_date_around_it_a_japanese_sentence_states_its_year_first(bare: ExtractContext) -> None:
    found = figures(extract(bare, "財務省によると、2024年度の輸出額は6月までの累計で25兆円だった。\n"))
    assert (2.5e13, "2024-Q2") in found  # April-June of FY2024 (was FY2024: 6月 had no year to take)


def test_last_month_counts_from_the_document(bare: ExtractContext) -> None:
    text = ("Statistics Canada said retail sales rose 0.7% last month.\n\n"
            "総務省によると、先月の完全失業率は2.5%だった。\n\n"
            "Statistics Canada said the jobless rate was 6.1% in the last month of 2024.\n")
    found = figures(extract(bare, text, parse_period("2025-01-14")))
    assert (0.7, "2024-12") in found  # was the document's day
    assert (2.5, "2024-12") in found
    assert (6.1, "2024") in found  # "the last month of 2024" is no month counted from the document


def test_a_year_with_its_other_calendar_in_brackets_before_a_month(bare: ExtractContext) -> None:
    # the title is the context: 「2025年（令和7年）9月分」 is September (was the year 2025)
    text = ("労働力調査（基本集計）2025年（令和7年）9月分結果\n\n"
            "総務省統計局によると、就業者数は6837万人。\n\n"
            "総務省統計局によると、令和6年(2024年)10月1日現在の総人口は1億2380万人だった。\n")
    found = figures(extract(bare, text))
    assert (68370000, "2025-09") in found
    assert (123800000, "2024-10-01") in found


def test_a_total_so_far_is_not_the_years(bare: ExtractContext) -> None:
    text = ("Statistics Canada said exports totaled $480 billion so far this year.\n\n"
            "財務省によると、今年に入ってからの輸出額は80兆円となった。\n\n"
            "財務省によると、2024年の輸出額は107兆円だった。\n")
    found = figures(extract(bare, text, parse_period("2025-11-14")))
    assert (1.07e14, "2024") in found
    assert not any(v in (4.8e11, 8e13) for v, _ in found)  # a span to a day not said: skipped


def test_year_to_date_through_a_month_runs_from_january(bare: ExtractContext) -> None:
    text = ("Acme Corp said year-to-date sales through September were $5 billion.\n\n"
            "Acme Corp said YTD sales through June were $4 billion.\n")
    found = figures(extract(bare, text, parse_period("2025-10-20")))
    assert (4e9, "2025-H1") in found
    assert not any(v == 5e9 for v, _ in found)  # January-September: skipped (was dated September)
