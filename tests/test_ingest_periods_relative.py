"""The period a figure is about: a base of a comparison dates no figure and no event, a relative
clause's period dates its own verb, a base said again in a parallel clause keeps its period."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, figures
from shingi.ingest.dates import is_base
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import find_periods, parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)





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
    ("2024年に比べ27万3千人の減少", "2024年"),
    ("2018年3月を9.8%上回った", "2018年3月"),
    ("2024年を1934億円、率にして12.8%上回った", "2024年"),
    ("2019年10月と変わらなかった", "2019年10月"),
])
def test_bases_said_in_japanese(text: str, word: str) -> None:
    found = [p for p in find_periods(text, default_year=2024) if p.text == word]
    assert found and all(is_base(text, p) for p in found)



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

