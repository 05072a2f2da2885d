"""The period that governs a figure (issue 14, precision): a figure is dated by the syntax that governs
it (its clause's own time expression, a table's column or row, a base said as the figure's topic),
never by a period said nearby for something else (a forecast, the month before, the release's day);
when nothing governs it and the nearby periods disagree with what it measures, it is left out."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, figures
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import parse_period

FORECAST = "forecast: the publisher's projection for this period, not an actual figure"


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def _notes(facts) -> dict[float, str | None]:  # type: ignore[no-untyped-def]
    return {o.value.value: o.note for o in facts.observations}


def test_a_forecast_period_does_not_date_the_next_paragraphs(bare: ExtractContext) -> None:
    facts = extract(bare, "機械受注、6月は増加\n\n2009年8月10日\n\n"
                          "内閣府が10日発表した6月の機械受注統計によると、民需の受注額は前月比9.7%増の7,007億円だった。\n\n"
                          "7～9月期は前期比4.7%増を見込む。\n\n"
                          "前年同月比では37.8%減となった。\n")
    # 4.7 % is July-September's forecast; 37.8 % goes on about June, not the quarter forecast
    assert sorted(figures(facts)) == [(-37.8, "2009-06"), (4.7, "2009-Q3"), (9.7, "2009-06"),
                                      (700700000000.0, "2009-06")]
    assert FORECAST in (_notes(facts)[4.7] or "")  # (and that its owner was not said in it: marked too)


def test_a_final_forecast_verb_governs_the_clauses_before_it(bare: ExtractContext) -> None:
    facts = extract(bare, "2019年6月の鉱工業生産\n\n2019年7月31日\n\n"
                          "経済産業省が31日発表した6月の鉱工業生産指数は101.1となり、前月比3.6%低下した。\n\n"
                          "製造工業生産予測調査では、7月は前月比2.7%上昇、8月は0.5%低下を見込む。\n\n"
                          "業種別では、自動車工業が前月比7.7%低下した。\n")
    notes = _notes(facts)
    assert FORECAST in (notes[2.7] or "") and FORECAST in (notes[-0.5] or "")  # 「…上昇、」 goes on to 見込む
    assert notes[-3.6] is None
    assert (-7.7, "2019-06") in figures(facts)  # not July, the month forecast before it


def test_a_month_looked_back_at_does_not_move_the_section(bare: ExtractContext) -> None:
    facts = extract(bare, "鉱工業生産\n\n2019年7月31日\n\n"
                          "経済産業省が31日発表した6月の鉱工業生産指数は101.1となり、前月比3.6%低下した。\n\n"
                          "低下は2カ月ぶり。5月は2.1%上昇していた。\n\n"
                          "業種別では、自動車工業が前月比7.7%低下した。\n")
    assert (2.1, "2019-05") in figures(facts)
    assert (-7.7, "2019-06") in figures(facts)


def test_a_base_said_as_the_figures_topic_is_the_figures_period(bare: ExtractContext) -> None:
    facts = extract(bare, "貿易統計\n\n2024年2月21日\n\n"
                          "財務省が21日に発表した1月の貿易統計によると、貿易収支は1兆7583億円の赤字だった。"
                          "赤字は2カ月ぶりだが、前年同月の3兆5064億円からは半減した。\n\n"
                          "前年6月の輸出額は8兆円だった。\n")
    found = figures(facts)
    assert (3506400000000.0, "2023-01") in found  # 前年同月の: January of the year before
    assert (8000000000000.0, "2023-06") in found  # 前年6月: June of the year before
    assert (3506400000000.0, "2024-01") not in found


def test_a_base_whose_period_cannot_be_counted_is_left_out(bare: ExtractContext) -> None:
    facts = extract(bare, "サンプル工業株式会社の2024年3月期の売上高は120億円だった。"
                          "前期の100億円から増えた。\n")
    # 前期: the quarter before or the year before? not said: no row, rather than one dated FY2023
    assert figures(facts) == [(12000000000.0, "FY2023")]


def test_a_change_has_no_release_day_for_its_period(bare: ExtractContext) -> None:
    facts = extract(bare, "速報\n\n2009年8月10日\n\n国内の受注額は前年同月比で37.8%減となった。\n")
    # nothing says which month: the release's day is no period of a change on a year before
    assert figures(facts) == []


def test_a_figure_compared_with_the_same_span_before_has_no_release_day(bare: ExtractContext) -> None:
    # a release's summary bullets before its body: 前年同期 (the same span a year before) says that the
    # level is a span's flow too, not a stock at the release's day (出入国在留管理庁, dev14)
    facts = extract(bare, "報道発表資料\n令和元年10月25日\n出入国在留管理庁\n"
                          "・ 外国人入国者数は1,641万8,782人で,前年同期比103万152人(6.7%)増加\n")
    assert figures(facts) == []
    # a period said for the figure dates it as before
    facts = extract(bare, "報道発表資料\n令和元年10月25日\n出入国在留管理庁\n\n"
                          "令和元年上半期における外国人入国者数は1,641万8,782人で,前年同期に比べ103万152人増加しました。\n")
    assert (16418782.0, "2019-H1") in figures(facts)


def test_english_a_headline_in_the_present_tense_has_no_release_day(bare: ExtractContext) -> None:
    # "Wages rise 0.5%": a headline's change (present tense, as "rose" in a sentence) over a span the headline
    # does not say (the ABS's wage price index, dev9; "Exports fall 3%")
    facts = extract(bare, "15 November 2017\n\nWages rise 0.5% seasonally adjusted\n\n"
                          "Exports fall 3% in Australia\n")
    assert figures(facts) == []
    facts = extract(bare, "15 November 2017\n\n"
                          "In the September quarter 2017, wages in Australia rise 0.5%.\n")
    assert (0.5, "2017-Q3") in figures(facts)


def test_a_monthly_change_is_no_quarters_figure(bare: ExtractContext) -> None:
    facts = extract(bare, "機械受注\n\n2009年8月10日\n\n"
                          "日本の4～6月期の受注額は前期比4.9%減の2兆1,097億円だった。\n\n"
                          "製造業は前月比14.0%増の2,583億円、非製造業は同5.9%増の4,337億円だった。\n")
    # 前月比 (and 同, the same base) is a month's change: not April-June's, and no month is said
    assert sorted(figures(facts)) == [(-4.9, "2009-Q2"), (2109700000000.0, "2009-Q2")]


def test_a_round_mark_crossed_is_no_figure(bare: ExtractContext) -> None:
    facts = extract(bare, "厚生労働省がまとめた2024年の人口動態統計によると、出生数は68万6061人だった。"
                          "減少は9年連続で、70万人を下回ったのは初めて。\n")
    assert figures(facts) == [(686061.0, "2024")]


def test_nine_months_from_the_fiscal_years_start_have_no_period(bare: ExtractContext) -> None:
    facts = extract(bare, "平成29年3月期 第3四半期決算短信\n\n平成29年2月3日\n\n"
                          "上場会社名 株式会社サンプル電池\n\n"
                          "当第3四半期連結累計期間の売上高は2,850億円（前年同期比4.2%減）となりました。\n\n"
                          "通期の売上高は3,900億円を見込んでおります。\n\n"
                          "当第3四半期末の総資産は4,120億円となりました。\n")
    # April-December is no contract period (was the calendar's fourth quarter); 通期 is the fiscal
    # year (a forecast); a balance at the quarter's end (末) is of its last day
    assert sorted(figures(facts)) == [(390000000000.0, "FY2016"), (412000000000.0, "2016-12-31")]
    assert FORECAST in (_notes(facts)[390000000000.0] or "")


def test_a_run_of_days_is_the_months_it_covers(bare: ExtractContext) -> None:
    facts = extract(bare, "株式会社サンプル電池の平成29年3月期の連結業績予想"
                          "（平成28年4月1日～平成29年3月31日）は、"
                          "売上高3,900億円を見込む。\n")
    assert figures(facts) == [(390000000000.0, "FY2016")]  # was the last day, 2017-03-31


def test_a_table_of_cumulative_quarters_with_two_digit_years(bare: ExtractContext) -> None:
    facts = extract(bare, "平成28年3月期 第3四半期決算短信\n\n2016年2月2日\n\n"
                          "上場会社名 株式会社テスト電機\n\n"
                          "連結経営成績（累計）\n\n"
                          "| | 売上高（百万円） |\n|---|---|\n"
                          "| 28年3月期第3四半期 | 276,815 |\n| 27年3月期第3四半期 | 270,512 |\n")
    # 第3四半期 under （累計） is April-December of the fiscal year: no contract period holds it (both
    # rows were dated 2015-Q3, the calendar's July-September of the context's year)
    assert figures(facts) == []


def test_a_table_whose_columns_are_dated_in_words_not_read(bare: ExtractContext) -> None:
    facts = extract(bare, "決算短信\n\n2016年2月2日\n\n上場会社名 株式会社テスト電機\n\n"
                          "部門別売上高\n\n"
                          "| 部門 | 当第3四半期 | 前年同期 | 増減率（%） |\n|---|---|---|---|\n"
                          "| 自動車電池 | 120,500 | 115,200 | 4.6 |\n", parse_period("2016-02-02"))
    # the change compares two periods the table names as 当第3四半期 and 前年同期: no period from context
    assert figures(facts) == []


def test_english_a_monthly_change_after_a_quarter_is_no_quarters(bare: ExtractContext) -> None:
    facts = extract(bare, "Orders\n\nAugust 10, 2009\n\n"
                        "Japan's machinery orders fell 4.9 percent in the second quarter of 2009.\n\n"
                        "Japan's manufacturing orders rose 14.0 percent from the previous month.\n")
    assert figures(facts) == [(-4.9, "2009-Q2")]


def test_english_an_earlier_period_does_not_become_the_sections(bare: ExtractContext) -> None:
    facts = extract(bare, "Consumer Price Index, Australia, December 2019\n\n29 January 2020\n\n"
                          "The Australian CPI rose 0.7% in the December quarter 2019.\n\n"
                          "The Australian index was 116.2 in the December quarter 2018.\n\n"
                          "Australian retail sales rose 0.9% in December.\n")
    # December is the release's December (2019), not the one of the quarter looked back at
    assert sorted(figures(facts)) == [(0.7, "2019-Q4"), (0.9, "2019-12"), (116.2, "2018-Q4")]


def test_english_a_balance_day_does_not_date_the_flows_after_it(bare: ExtractContext) -> None:
    facts = extract(bare, "Sample Corp. Reports Third Quarter 2016 Results\n\nNovember 2, 2016\n\n"
                          "Sample Corp. today reported results for the third quarter ended "
                          "September 30, 2016.\n\n"
                          "Revenue was $2.85 billion, down 4.2% from the third quarter of 2015.\n\n"
                          "Total assets were $41.2 billion at September 30, 2016.\n\n"
                          "Net income was $98 million.\n")
    found = figures(facts)
    assert (41200000000.0, "2016-09-30") in found  # the balance, at the quarter's end
    assert (98000000.0, "2016-Q3") in found  # the quarter's, not the balance's day



def test_a_row_of_words_after_rows_of_numbers_heads_a_new_table(bare: ExtractContext) -> None:
    facts = extract(bare, "受注統計（2019年6月）\n\n2019年7月23日\n\n日本の6月の受注額は7,007億円だった。\n\n"
                          "月別受注額（億円）\n\n"
                          "| 区分 | 2019年4月 | 5月 | 6月 |\n|---|---|---|---|\n"
                          "| 民需 | 7,500 | 6,387 | 7,007 |\n\n"
                          "| 項目 | 当月 | 前月 | 前年同月 |\n|---|---|---|---|\n"
                          "| 店舗数 | 11,470 | 11,460 | 11,500 |\n")
    found = figures(facts)
    assert (638700000000.0, "2019-05") in found
    # the second table's columns are 当月, 前月, 前年同月 (not April, May and June in 億円): not read here
    assert not [v for v, _ in found if v in (11470.0, 11460.0, 11500.0) or v > 1e12]


def test_a_release_whose_only_actor_is_its_publishing_body(bare: ExtractContext) -> None:
    facts = extract(bare, "機械受注統計調査報告（平成21年6月実績及び7～9月見通し）\n\n平成21年8月10日\n\n"
                          "内閣府経済社会総合研究所\n\n"
                          "平成21年6月の機械受注総額は、前月比12.4%増の1兆8,163億円となった。\n\n"
                          "平成21年7～9月期の受注総額は、前期比1.5%増の5兆2,880億円の見通しとなっている。\n")
    names = {e.id: e.name_ja for e in facts.entities.values()}
    rows = sorted((o.value.value, o.period.text, names[o.entity]) for o in facts.observations)
    # the publisher (an institute of 内閣府, a national body) releases Japan's statistics
    assert rows == [
        (1.5, "2009-Q3", "日本"), (12.4, "2009-06", "日本"), (1816300000000.0, "2009-06", "日本"),
        (5288000000000.0, "2009-Q3", "日本")]


def test_a_balance_at_the_end_of_the_period_before_is_left_out(bare: ExtractContext) -> None:
    facts = extract(bare, "株式会社サンプル電池の2016年12月末の総資産は4,120億円となった。"
                          "前連結会計年度末の総資産は4,205億円だった。\n")
    assert figures(facts) == [(412000000000.0, "2016-12")]


def test_english_the_same_month_last_year_after_than_is_the_base(bare: ExtractContext) -> None:
    # "higher than in the same month last year": the relative year is the base's; it dated the figure 2018
    # (Statistics Iceland, dev13; "compared with the corresponding quarter last year" alike)
    facts = extract(bare, "12 March 2019\n\nThe value of imported goods in Iceland in February 2019 was "
                          "ISK 100 million higher than in the same month last year or 0.2% at current "
                          "exchange rate.\n")
    assert sorted(figures(facts)) == [(0.2, "2019-02"), (100000000.0, "2019-02")]
    facts = extract(bare, "12 March 2019\n\nExports of Iceland rose 3% in February 2019 compared with the "
                          "corresponding month last year.\n")
    assert figures(facts) == [(3.0, "2019-02")]


def test_english_a_base_periods_own_figure_after_when(bare: ExtractContext) -> None:
    # "compared with February 2018 when the trade deficit was ISK 7,400 million": the base period's figure
    facts = extract(bare, "12 March 2019\n\nIceland's trade deficit was ISK 15,300 million in February 2019, "
                          "compared with February 2018 when the trade deficit was ISK 7,400 million.\n")
    assert sorted(figures(facts)) == [(7400000000.0, "2018-02"), (15300000000.0, "2019-02")]


def test_english_up_on_a_period_is_the_base(bare: ExtractContext) -> None:
    # "6.2 percent up on November 2005" (Statistics Netherlands): "up on", "higher on" a period compare with
    # it, as "+4.0% on January 2023" does; the figure is the month the text is about
    facts = extract(bare, "Household consumption up again\n\nDutch households spent 2.0 percent more in "
                          "November 2006 than in November 2005.\n\nLast November, household consumption on "
                          "durable goods in the Netherlands was 6.2 percent up on November 2005.\n")
    assert (6.2, "2006-11") in figures(facts)
    assert all(period != "2005-11" for _, period in figures(facts))


def test_english_a_period_in_a_figures_bracket_is_that_figures_alone(bare: ExtractContext) -> None:
    # "with €17,641 (€16,743 revised 2014)": 2014 is the bracket's figure's (CSO, dev13); €17,641 and the
    # next sentence stay the text's year, 2015
    facts = extract(bare, "County Incomes 2015\n\n"
                          "Disposable income per person in Ireland in 2015 was €20,334. "
                          "Ireland's Border region with €17,641 (€16,743 revised 2014) fared worst. "
                          "Ireland's Midland region had €17,846.\n")
    got = figures(facts)
    assert (16743.0, "2014") in got and (17641.0, "2015") in got and (17846.0, "2015") in got


def test_english_four_quarters_to_a_month_is_that_quarter(bare: ExtractContext) -> None:
    # "over the four quarters to September" (the Reserve Bank of Australia, dev14): a count of quarters ends
    # at the quarter the month closes (2008-Q3, as "the year to the September quarter"), not September
    facts = extract(bare, "8 October 2008\n\nThe next CPI in Australia is likely to show an increase of "
                          "around 5 per cent over the four quarters to September.\n\n"
                          "Prices in Australia rose 2.2 per cent in the 12 months to October 2008.\n")
    got = figures(facts)
    assert (5.0, "2008-Q3") in got and (2.2, "2008-10") in got  # (twelve months to a month: its rate)


def test_a_period_of_a_publication_dates_no_figure(bare: ExtractContext) -> None:
    # 「平成23年1月に速報として公表したが」 (法務省, dev10): the month the preliminary figures were published,
    # not the period of the figures beside it (the title's year)
    facts = extract(bare, "平成22年における外国人入国者数及び日本人出国者数について\n法務省入国管理局\n\n"
                          "日本人出国者数は約1,664万人で,前年比約119万人の増加"
                          "標記については,平成23年1月に速報として公表したが,数値が確定した。\n")
    got = figures(facts)
    assert got and all(period == "2010" for _, period in got)


def test_a_quarter_said_in_its_months_after_the_document_is_last_years(bare: ExtractContext) -> None:
    # 「10〜12月期GDP」 in a release of 13 February 2017 is the quarter just ended, 2016's (as 「12月の」 is
    # last December); a forecast's coming quarter stays this year's (nearer than last year's)
    facts = extract(bare, "2017年2月13日\n\n日本の10〜12月期のGDPは年率1.0%増となった。\n")
    assert figures(facts) == [(1.0, "2016-Q4")]
    facts = extract(bare, "2017年2月13日\n\n日本の4〜6月期のGDPは前期比0.5%増を見込む。\n")
    assert figures(facts) == [(0.5, "2017-Q2")]


def test_english_the_year_to_a_month_repeated_after_the_year_to_a_quarter(bare: ExtractContext) -> None:
    # "over the year to the March quarter, after 4.1 per cent over the year to December" (the RBA, dev3):
    # the repeated phrase leaves "quarter" out; without the quarter said before, it stays December
    facts = extract(bare, "7 May 2024\n\nConsumer prices in Australia rose 3.6 per cent over the year to "
                          "the March quarter, after 4.1 per cent over the year to December.\n")
    assert sorted(figures(facts)) == [(3.6, "2024-Q1"), (4.1, "2023-Q4")]
    facts = extract(bare, "7 May 2024\n\n"
                          "Prices in Australia rose 4.1 per cent over the year to December 2023.\n")
    assert figures(facts) == [(4.1, "2023-12")]
