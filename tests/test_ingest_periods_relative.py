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


def test_a_period_of_a_relative_clause_dates_its_verb_not_the_figure_after_it(bare: ExtractContext) -> None:
    text = ("任天堂は4月25日、2019年3月期の連結決算を発表した。"
            "2018年12月に発売した「大乱闘スマッシュブラザーズ SPECIAL」は、"
            "全世界での販売本数が1381万本に達した。\n\n"
            "東京都の2024年3月に実施した調査では、失業率は2.5%だった。\n")
    found = figures(extract(bare, text, parse_period("2019-04-25")))
    # the game was launched in December 2018; its sales are the fiscal year's (the paragraph's period)
    assert (13810000, "FY2018") in found
    # a survey's figures are the survey's period: 実施 is no happening that a figure outlives
    assert (2.5, "2024-03") in found



def test_an_index_level_is_a_figure_never_an_events_amount(bare: ExtractContext) -> None:
    text = ("経済産業省が31日発表した9月の鉱工業生産指数（2020年＝100、季節調整済み）の速報値は102.8で、"
            "前月から2.2％上昇した。\n")
    facts = extract(bare, text, parse_period("2025-10-31"))
    assert (102.8, "2025-09") in figures(facts)
    assert all(e.amount is None for e in facts.events)


def test_a_base_of_a_comparison_does_not_date_an_event(bare: ExtractContext) -> None:
    text = ("日本銀行が4月3日に発表した短観で、大企業製造業のDIはプラス1となり、"
            "前回の2022年12月調査から6ポイント悪化した。\n")
    facts = extract(bare, text)
    assert all(e.date.text != "2022-12" for e in facts.events)


def test_a_base_said_again_in_a_parallel_clause_keeps_the_first_bases_period(bare: ExtractContext) -> None:
    text = ("IBM's net income was $5.8 billion, up 6% from $5.5 billion in the fourth quarter of 2011; "
            "operating (non-GAAP) net income of $6.1 billion, up 10% from $5.6 billion.\n")
    found = figures(extract(bare, text, parse_period("2013-01-22")))
    assert (5.5e9, "2011-Q4") in found and (5.6e9, "2011-Q4") in found

