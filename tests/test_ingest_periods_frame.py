"""The period a figure is about and whose figure it is, by the document's frame (issue 14): bases of
comparisons, fiscal halves and quarters said alone, interim accounts, offices of prefectures."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest_helpers import extract, figures
from pack_builder import ENTITIES, csv_text, write_pack
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import parse_period
from shingi.pack.load import load_pack


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
    facts = extract(bare, "沖縄県の2023年度上期の観光客数\n\n沖縄県の観光"
                          "客数は上期として過去最高の1200万人となった。\n\n"
                          "四半期別では、4～6月の第1四半期が1.6%増、第2四半期は3.0%増だった。\n")
    # 上期 is April-September of FY2023 (not January-June); 第1四半期 April-June, 第2四半期 July-September
    assert sorted(figures(facts)) == [(1.6, "2023-Q2"), (3.0, "2023-Q3"), (12000000.0, "FY2023-H1")]


def test_an_interim_account_named_by_its_last_month_is_the_half(bare: ExtractContext) -> None:
    facts = extract(bare, "サンプル工業株式会社が28日発表した2016年9"
                          "月中間連結決算は、売上高が前年同期比9.4%減の"
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


def test_points_of_an_index_are_no_percentage_points(bare: ExtractContext) -> None:
    facts = extract(bare, "東海地区の1月の現状判断DI（季節調整値）は、前月差"
                          "0.5ポイント低下の49.6と、2ヶ月ぶりに低下した。"
                          "完全失業率は2.5%で、前月から0.1ポイント低下した。"
                          "合計特殊出生率は1.15で、前年を0.05ポイント下回った"
                          "。\n", parse_period("2017-02-08"))
    units = {o.value.value: o.value.unit for o in facts.observations}
    # the DI's change is in its own points (index) as its level is; the rate's in percentage points;
    # a rate per woman's in its own points
    assert units[-0.5] == "index" and units[49.6] == "index" and units[-0.1] == "pp" and units[-0.05] == "pt"
    assert 2 not in units  # 2ヶ月ぶり: a streak, no index level
    names = {e.id: e.name_ja for e in facts.entities.values()}
    assert names[next(o.entity for o in facts.observations if o.value.value == -0.5)] == "東海地区"



def test_a_base_amount_is_of_the_period_a_year_before(bare: ExtractContext) -> None:
    facts = extract(bare, "Samplecorp Inc. said its revenue for the fourth quarter ended December 31, 2015, "
                          "rose 39.7% year over year to $49.1 million from $35.1 million.\n\n"
                          "Net income was a loss of $9.7 million, or"
                          " 37 cents per share, compared with a loss "
                          "of $1.4 million, or 5 cents per share, in the prior-year period.\n\n"
                          "For the full year, revenue grew 34.3% to $172.5 million from $128.4 million.\n")
    got = dict((v, p) for v, p in figures(facts))
    assert got[49.1e6] == "2015-Q4" and got[35.1e6] == "2014-Q4"
    assert got[172.5e6] == "2015" and got[128.4e6] == "2014" and got[34.3] == "2015"
    assert got[-1.4e6] == "2014-Q4" and got[-0.05] == "2014-Q4" and got[-0.37] == "2015-Q4"


def test_a_base_amount_of_an_unsaid_period_is_skipped(bare: ExtractContext) -> None:
    facts = extract(bare, "Samplecorp Inc. said revenue for the third quarter of 2024 rose to $5.2 billion "
                          "from $4.9 billion.\n")
    assert figures(facts) == [(5.2e9, "2024-Q3")]  # the quarter before, or a year before? not said


def test_a_company_quarter_that_is_no_calendar_quarter_is_its_own(bare: ExtractContext) -> None:
    facts = extract(bare, "Samplecorp reports fiscal 2014 results\n\n"
                          "Samplecorp Corporation reported results fo"
                          "r its fourth quarter and fiscal year ended "
                          "April 30, 2014.\n\nFor the full year, repor"
                          "ted net sales rose 4% to $3,946 million.\n\n"
                          "For the fourth quarter, reported net sales increased 3% to $893 million.\n")
    got = figures(facts)
    # the fourth quarter of a May-April year is February-April: the company's own FY2014-Q4
    assert (3946e6, "FY2014") in got and (893e6, "FY2014-Q4") in got and (3.0, "FY2014-Q4") in got
    # and "reported net sales" is a measure, no report event with an amount
    assert all(e.amount is None for e in facts.events)


def test_market_forecasts_are_no_ones_figures_and_own_forecasts_are_marked(bare: ExtractContext) -> None:
    facts = extract(bare, "ATLANTA, July 25, 2018 - Samplecorp said it"
                          "s earnings per share for the second quarter "
                          "rose 3% to $0.61. Twenty analysts polled by "
                          "a news agency had on average expected $0.60 "
                          "a share.\n")
    assert sorted(v for v, _p in figures(facts)) == [0.61, 3.0]
    facts = extract(bare, "サンプル工業株式会社の2017年3月期の通期予想は、"
                          "最終利益2000億円など従来の見通しを据え置いた。\n")
    assert [(o.value.value, o.period.text) for o in facts.observations] == [(2000e8, "FY2016")]
    assert (facts.observations[0].note or "").startswith("forecast")


def test_reference_codes_are_no_names_figures_or_dates(bare: ExtractContext) -> None:
    facts = extract(bare, "U.S. Census Bureau\n\nCB-00-60\nFOR WIRE TRANSMISSION 8:30 A.M. ET., Thursday, "
                          "April 13, 2000\n\nReference Number: 2016-11"
                          "7\n\nThe Census Bureau announced today that "
                          "retail sales for March were $269.2 billion.\n")
    names = {e.name_en for e in facts.entities.values()}
    assert not any(n and ("CB" in n or "Reference" in n) for n in names)
    assert [e.date.text for e in facts.events] == ["2000-04-13"]  # the release line is the document's date
    assert figures(facts) == [(269.2e9, "2000-03")]


def test_a_longer_run_said_later_in_a_paragraph_does_not_move_the_section(bare: ExtractContext) -> None:
    facts = extract(bare, "March 2000\n\nThe U.S. Census Bureau said retail sales fo"
                          "r March were $269.2 billion, up 0.4 percent. Total sales "
                          "for the January through March period were up 10.5 percent.\n\n"
                          "Durable goods decreased 0.9 percent.\n")
    assert sorted(figures(facts)) == [(-0.9, "2000-03"), (0.4, "2000-03"), (10.5, "2000-Q1"),
                                      (269.2e9, "2000-03")]


def test_a_quoted_product_is_not_what_the_next_sentence_is_about(bare: ExtractContext) -> None:
    facts = extract(bare, "ソニーが14日発表した2008年3月期の連結決算は、売上高が8兆8714億円となった。\n\n"
                          "ゲーム事業は、「プレイステーション3」が持ち直し、売上高が26.3%増加した。"
                          "営業損失は前期より1078億円縮小し、1245億円となった"
                          "。\n", parse_period("2008-05-15"))
    names = {e.id: e.name_ja for e in facts.entities.values()}
    owners = {o.value.value: names[o.entity] for o in facts.observations}
    # the loss and its change are the company's (the loss shrank: its change is negative)
    assert owners[1245e8] == "ソニー" and owners[-1078e8] == "ソニー"


def test_quarters_with_two_digit_years_are_of_that_year(bare: ExtractContext) -> None:
    facts = extract(bare, "Samplecorp Inc. said revenue in Q3'24 was $5.1 billion, up from $4.2 billion "
                          "in 3Q23.\n", parse_period("2025-02-01"))
    assert sorted(figures(facts)) == [(4.2e9, "2023-Q3"), (5.1e9, "2024-Q3")]


def test_a_company_fiscal_quarter_is_never_japans(bare: ExtractContext) -> None:
    # the year's months are stated (a fourth quarter ended January): Q4 FY24 is November-January, the
    # company's own FY2024-Q4 (never Japan's Q4); without them it is not written (see below)
    facts = extract(bare, "Samplecorp Inc. reported results for its fourth quarter ended "
                          "January 31, 2024.\n\nQ4 FY24 revenue was $5.1 billion.\n",
                    parse_period("2024-02-21"))
    assert figures(facts) == [(5.1e9, "FY2024-Q4")]
    assert next(iter(facts.entities.values())).fiscal_year == "2/end"
    facts = extract(bare, "Samplecorp Inc. said Q2 FY24 revenue was $4 billion.\n",
                    parse_period("2024-02-21"))
    assert figures(facts) == []


def test_a_pack_entitys_fiscal_year_counts_its_quarters(tmp_path: Path) -> None:
    entities = csv_text([[*ENTITIES[0], "fiscal_year"], *([*row, ""] for row in ENTITIES[1:]),
                         ["msft", "company", "", "Microsoft", "", "US", "7/end"]])
    ctx = ExtractContext(load_pack(write_pack(tmp_path / "pack", entities_csv=entities)))
    facts = extract(ctx, "Microsoft said Q2 FY24 revenue was $62 billion.\n", parse_period("2024-01-30"))
    assert [(o.entity, o.period.text) for o in facts.observations] == [("msft", "2023-Q4")]  # Oct-Dec 2023


def test_a_month_after_a_point_in_time_follows_the_documents_date(bare: ExtractContext) -> None:
    facts = extract(bare, "The Bank of Sampleland said its reserves stood at $500 billion at the end "
                          "of 2024. In June, reserves were $520 billion.\n", parse_period("2025-08-01"))
    assert figures(facts) == [(500e9, "2024-12"), (520e9, "2025-06")]  # not June 2024


def test_a_forecast_of_what_others_will_do_is_no_plan_event(bare: ExtractContext) -> None:
    facts = extract(bare, "We now expect the cartel will begin relaxing its cuts in 4Q24.\n",
                    parse_period("2024-06-11"))
    assert facts.events == []


def test_the_region_a_title_names_owns_the_reports_figures(bare: ExtractContext) -> None:
    facts = extract(bare, "景気ウォッチャー調査（東海地区：2017年1月）\n\n"
                          "2月8日に内閣府が公表した「景気ウォッチャー調査」によると、東海地区の1月の現状判断DI"
                          "（季節調整値）は、前月差0.5ポイント低下の49.6となった。"
                          "原数値では前月から1.3ポイント低下した。\n\n"
                          "1月の先行き判断DI（季節調整値）は、前月差2.9ポイント低下の48.1となった。\n",
                    parse_period("2017-02-08"))
    names = {e.id: e.name_ja for e in facts.entities.values()}
    # the publisher cited as the source (内閣府) is no owner; the region of the title and topic is
    assert {names[o.entity] for o in facts.observations} == {"東海地区"}
    assert len(facts.observations) == 5


def test_a_span_as_a_whole_is_no_base_and_a_year_to_date_column_no_year(bare: ExtractContext) -> None:
    facts = extract(bare, "The Dutch unemployment rate stayed at 3.7% over 2024 as a whole.\n")
    assert figures(facts) == [(3.7, "2024")]
    facts = extract(bare, "Year-on-Year Inflation Rates, All Items (%)\n\n"
                          "| | July 2016 | Year-to-date |\n|---|---|---|\n"
                          "| Philippines, headline | 1.9 | 1.4 |\n")
    assert figures(facts) == [(1.9, "2016-07")]


def test_a_company_quarter_of_unsaid_months_is_skipped_with_what_follows_it(bare: ExtractContext) -> None:
    facts = extract(bare, "Patterson Cos. Inc. said on Wednesday that net income for its fiscal 2021 third "
                          "quarter rose to $48.76 million.\n\nAdjusted net income came to $0.58 per share.\n",
                    parse_period("2021-03-03"))
    assert figures(facts) == []  # neither the calendar's third quarter nor the document's day


def test_a_base_period_after_than_in_is_no_context(bare: ExtractContext) -> None:
    facts = extract(bare, "Germany's labour force survey counted 2.25 million unemployed people in May 2013. "
                          "That was 106,000 fewer than in May 2012, a drop of 4.7%.\n\n"
                          "The adjusted unemployment rate was 5.3%.\n")
    got = figures(facts)
    assert (5.3, "2013-05") in got and (-4.7, "2013-05") in got and all(p == "2013-05" for _v, p in got)


def test_two_equal_figures_of_one_sentence_are_no_repeat(bare: ExtractContext) -> None:
    facts = extract(bare, "財務省は3日、2013年10-12月期の法人企業統計を発表した。"
                          "鉄鋼（25.2%減）、生産用機械（25.2%減）は減少した。\n", parse_period("2014-03-04"))
    assert [v for v, _p in figures(facts)].count(-25.2) == 2


def test_a_month_after_a_month_is_the_latest_unless_forecast(bare: ExtractContext) -> None:
    facts = extract(bare, "経済産業省は31日、2024年12月の鉱工業生産指数を発表した。生産は前月比0.3%上昇した。"
                          "6月は1.2%低下していた。先行きは、1月が2.1%の上昇、2月が0.9%の低下を見込んでいる。\n",
                    parse_period("2025-01-31"))
    got = dict(figures(facts))
    assert got[-1.2] == "2024-06" and got[2.1] == "2025-01" and got[-0.9] == "2025-02"


def test_full_year_opening_a_sentence_is_no_timeline_event(bare: ExtractContext) -> None:
    facts = extract(bare, "Samplecorp Inc. said its revenue for the fourth quarter ended December 31, 2015, "
                          "was $49.1 million.\n\nFull-year total revenue grew 34.3% to $172.5 million.\n")
    assert facts.events == [] and (172.5e6, "2015") in figures(facts)


def test_a_share_of_a_whole_is_the_parts(bare: ExtractContext) -> None:
    facts = extract(bare, "沖縄県の2023年度上期の観光客数\n\n"
                          "外国人観光客数は上期として初めて120万人を超え、日本全体の訪日外国人旅行者数1466万人の8.2%を"
                          "占めた。\n")
    names = {e.id: e.name_ja for e in facts.entities.values()}
    owners = {o.value.value: names[o.entity] for o in facts.observations}
    assert owners[8.2] == "沖縄県"  # not 日本, the whole it is a share of


def test_a_sentence_opening_with_a_year_earlier_is_that_years(bare: ExtractContext) -> None:
    facts = extract(bare, "Samplecorp Inc. said its net income for the fourth quarter ended December 31, "
                          "2015, was $4.1 million. A year earlier, net income was $3.1 million.\n")
    assert figures(facts) == [(4.1e6, "2015-Q4"), (3.1e6, "2014-Q4")]


def test_an_actual_beside_a_word_of_expectation_is_no_forecast(bare: ExtractContext) -> None:
    facts = extract(bare, "Samplecorp Inc. said revenue for the third quarter of 2024 rose 5%, "
                          "more than expected.\n")
    assert [(o.value.value, o.note) for o in facts.observations] == [(5.0, None)]


def test_twelve_month_rates_pair_with_their_months(bare: ExtractContext) -> None:
    facts = extract(bare, "Consumer Price Index - December 2013\n\nJanuary 16, 2014\n\n"
                          "The Consumer Price Index for All Urban Consumers (CPI-U) increased 0.3 percent in "
                          "December, the U.S. Bureau of Labor Statistics reported today.\n\n"
                          "The all items index increased 1.5 percent over the last 12 months; this is an "
                          "increase over the October and November 12-month changes of 1.0 percent and "
                          "1.2 percent, respectively.\n")
    assert sorted(figures(facts)) == [(0.3, "2013-12"), (1.0, "2013-10"), (1.2, "2013-11"),
                                      (1.5, "2013-12")]
    assert not any("Urban" in (e.name_en or "") for e in facts.entities.values())
