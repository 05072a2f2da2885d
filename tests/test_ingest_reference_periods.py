"""The period a figure is about, by what the words refer to: a year word (昨年, 今年, last year, this
year) counts from the document's date, not from the year the text went on about before."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def figures(facts: DocFacts) -> list[tuple[float, str]]:
    return [(o.value.value, o.period.text) for o in facts.observations]


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
