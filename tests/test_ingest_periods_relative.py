"""Periods said relative to another (前年同月, 前年の…, "the previous quarter", "a year earlier") are
counted from the period the sentence states, and a base of a comparison dates no figure."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.dates import is_base, periods_relative_to
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import find_periods, parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def figures(facts: DocFacts) -> list[tuple[float, str]]:
    return [(o.value.value, o.period.text) for o in facts.observations]


def test_a_base_amount_of_the_year_before_is_that_years(bare: ExtractContext) -> None:
    text = "東京都の2024年の倒産件数は1万6件で、前年の8,690件から15.1%増えた。\n"
    assert sorted(figures(extract(bare, text))) == [(15.1, "2024"), (8690, "2023"), (10006, "2024")]


def test_the_same_month_a_year_before_follows_the_sentence_before(bare: ExtractContext) -> None:
    text = ("東京都の2024年12月の百貨店売上高は5,922億円だった。"
            "東京都の前年同月は5,716億円だった。\n\n"
            "東京都の2024年11月の旅客数は290万人で、前年同月の250万人から16%増加した。\n")
    assert sorted(figures(extract(bare, text))) == [
        (16, "2024-11"), (2.5e6, "2023-11"), (2.9e6, "2024-11"), (5.716e11, "2023-12"), (5.922e11, "2024-12")]


def test_the_previous_quarter_is_counted_from_the_quarter_the_sentence_states(bare: ExtractContext) -> None:
    text = ("The UK's real households' disposable income grew by 1.3% in Quarter 2 2024, "
            "down from 1.6% in the previous quarter.\n")
    assert figures(extract(bare, text, parse_period("2024-09-30"))) == [(1.3, "2024-Q2"), (1.6, "2024-Q1")]


def test_a_relative_base_dates_no_figure(bare: ExtractContext) -> None:
    text = ("The UK's employment in Q2 2024 was 2.75 million, an increase of 2.7% on the same quarter "
            "a year earlier.\n\n"
            "東京都の正社員の有効求人倍率は2019年10月に1.13倍で、前月と変わらなかった。\n\n"
            "東京都の2025年の輸出額は1兆7005億円で、前年を1934億円、率にして12.8%上回った。\n")
    found = figures(extract(bare, text, parse_period("2025-02-01")))
    assert (2.7, "2024-Q2") in found and (1.13, "2019-10") in found
    assert (1.934e11, "2025") in found and (12.8, "2025") in found


@pytest.mark.parametrize(("text", "word"), [
    ("2019年同月比では95%の水準", "2019年"),
    ("前年に比べ27万3千人の減少", "前年"),
    ("前年同月を9.8%上回った", "前年同月"),
])
def test_bases_said_in_japanese(text: str, word: str) -> None:
    found = find_periods(text, default_year=2024)
    found, _spans = periods_relative_to(text, found, parse_period("2024-12"))
    assert all(is_base(text, p) for p in found if p.text == word)
    assert not [p for p in found if p.text == word and not is_base(text, p)]


def test_no_month_is_counted_from_the_documents_day_alone() -> None:
    text = "前年同月は5,716億円だった。"
    found, spans = periods_relative_to(text, [], parse_period("2025-01-23"), context_stated=False)
    assert found == [] and spans == set()
    found, _ = periods_relative_to("前年の売上は1兆円", [], parse_period("2025-01-23"), context_stated=False)
    assert [p.period.text for p in found] == ["2024"]
