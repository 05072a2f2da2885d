"""The period a figure is about and whose figure it is, by the document's frame (issue 14): bases of
comparisons, fiscal halves and quarters said alone, interim accounts, offices of prefectures."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, figures
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def test_the_period_of_a_compared_figure_dates_that_figure_alone(bare: ExtractContext) -> None:
    facts = extract(bare, "財務省は3日、2024年10-12月期の統計を発表した。"
                          "設備投資は前年同期比4.1%増で、7-9月期の2.2%増を上回った。\n\n"
                          "製造業は1.5%増だった。\n", parse_period("2025-03-04"))
    # 2.2 % is July-September's (the base); 4.1 % and the next paragraph's 1.5 % stay October-December's
    assert sorted(figures(facts)) == [(1.5, "2024-Q4"), (2.2, "2024-Q3"), (4.1, "2024-Q4")]


def test_a_base_after_the_figure_is_not_its_period(bare: ExtractContext) -> None:
    facts = extract(bare, "沖縄県は、2023年度上期（4～9月）の観光客数を発表した。"
                          "観光客数は1200万人で、2019年度上期の1150万人を上回り過去最高となった。\n\n"
                          "このうち県外客は300万人だった。\n")
    assert sorted(figures(facts)) == [(3000000.0, "FY2023-H1"), (11500000.0, "FY2019-H1"),
                                      (12000000.0, "FY2023-H1")]


def test_halves_and_quarters_said_alone_in_a_fiscal_year_text_are_its_parts(bare: ExtractContext) -> None:
    facts = extract(bare, "沖縄県の2023年度上期の観光客数\n\n沖縄県の観光客数は上期として過去最高の1200万人となった。\n\n"
                          "四半期別では、4～6月の第1四半期が1.6%増、第2四半期は3.0%増だった。\n")
    # 上期 is April-September of FY2023 (not January-June); 第1四半期 April-June, 第2四半期 July-September
    assert sorted(figures(facts)) == [(1.6, "2023-Q2"), (3.0, "2023-Q3"), (12000000.0, "FY2023-H1")]


def test_an_interim_account_named_by_its_last_month_is_the_half(bare: ExtractContext) -> None:
    facts = extract(bare, "サンプル工業株式会社が28日発表した2016年9月中間連結決算は、売上高が前年同期比9.4%減の"
                          "4兆3537億円だった。\n", parse_period("2016-10-28"))
    assert (-9.4, "FY2016-H1") in figures(facts)
    # a six months no contract period holds is no period: not written with its last month
    facts = extract(bare, "サンプル商事株式会社の2016年11月中間決算は、売上高が120億円だった。\n")
    assert figures(facts) == []


def test_an_office_of_a_prefecture_reports_the_prefectures_figures(bare: ExtractContext) -> None:
    facts = extract(bare, "北海道経済部観光局は、2023年度の観光入り込み客数を発表した。"
                          "実人数は5200万人だった。\n")
    names = {e.id: e.name_ja for e in facts.entities.values()}
    assert [names[o.entity] for o in facts.observations] == ["北海道"]
