"""Figures that were never drafted (issue 14, tenth session, dev8): number patterns the reader missed or
dropped. Each family is one small document asserting the drafted value, unit, period and owner."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def figures(facts: DocFacts) -> set[tuple[str, float, str | None, str]]:
    """(owner's id, value, unit, period) of every drafted figure."""
    return {(o.entity, round(o.value.value, 6), o.value.unit, o.period.text) for o in facts.observations}


def test_a_change_verb_then_x_to_y_is_the_change_and_the_level_not_a_range(bare: ExtractContext) -> None:
    # dev8 ABS labour force, dev7 North Carolina jobs: "increased 17,400 to 11,775,800" was dropped as a range
    text = ("Statistics Canada releases figures for August 2015.\n\n"
            "In Canada, employment increased 17,400 to 11,775,800 in August 2015. "
            "Full-time employment increased 11,500 to 8,141,000 in August 2015.\n")
    got = figures(extract(bare, text, parse_period("2015-09-10")))
    assert {("CA", 17400.0, "count", "2015-08"), ("CA", 11775800.0, "count", "2015-08"),
            ("CA", 11500.0, "count", "2015-08"), ("CA", 8141000.0, "count", "2015-08")} <= got


def test_two_ends_of_one_size_after_a_change_verb_stay_a_range(bare: ExtractContext) -> None:
    text = "In Canada, prices rose 5% to 7% in August 2015.\n"
    got = figures(extract(bare, text, parse_period("2015-09-10")))
    assert not {v for _o, v, _u, _p in got} & {5.0, 7.0}


def test_kako_is_a_fall_and_index_points_carry_to_the_moving_average(bare: ExtractContext) -> None:
    # dev8 景気動向指数: 下降 is a fall (as 低下 is); the next sentence's points with no level beside them are
    # the index's points (its moving average), not percentage points
    text = ("日本の景気動向指数 平成20年4月分の概要\n\n"
            "日本の一致指数は、前月と比較して0.7ポイント下降した。"
            "3ヶ月後方移動平均は0.66ポイント下降し、2ヶ月連続の下降となった。\n")
    got = figures(extract(bare, text, parse_period("2008-06-09")))
    assert ("JP", -0.7, "index", "2008-04") in got
    assert ("JP", -0.66, "index", "2008-04") in got


def test_points_with_no_level_after_a_rate_stay_percentage_points(bare: ExtractContext) -> None:
    text = ("日本の労働力調査 平成20年4月分\n\n"
            "日本の完全失業率は4.0%となった。就業率は前月に比べ0.2ポイント低下した。\n")
    got = figures(extract(bare, text, parse_period("2008-05-30")))
    assert ("JP", -0.2, "pp", "2008-04") in got


def test_circled_numbers_are_list_markers_not_figures(bare: ExtractContext) -> None:
    # dev8 景気動向指数 and 消費動向調査: 「②一致指数の基調判断」 was two of something, 「①4 月の」 month 14
    text = ("日本の景気動向指数 平成20年4月分の概要\n\n"
            "①4 月の日本の先行指数は92.8となった。②一致指数の基調判断は変化している。\n")
    got = figures(extract(bare, text, parse_period("2008-06-09")))
    assert got == {("JP", 92.8, "index", "2008-04")}


def test_a_unit_stated_inside_a_one_line_table_governs_its_bare_numbers(bare: ExtractContext) -> None:
    # dev8 消費動向調査 (単位:%), dev7 東京都 新設住宅着工 (単位:戸、%): a table run together on one line
    text = ("日本の消費動向調査 平成26年3月\n\n"
            "日本の1年後の物価の見通し 平成 26 年 (単位:%) 低下する 上昇する "
            "1月調査 3.7 89.4 2月調査 4.1 89.3\n\n"
            "日本の新設住宅着工戸数 (単位:戸、%) 平成26年 1月 13,031 ( 25.9 ) 765 ( △ 27.2 )\n")
    got = figures(extract(bare, text, parse_period("2014-04-01")))
    assert {("JP", 3.7, "%", "2014-01"), ("JP", 89.3, "%", "2014-02"),  # were no figures (no unit)
            ("JP", 13031.0, "count", "2014-01"), ("JP", 765.0, "count", "2014-01"),
            ("JP", 25.9, "%", "2014-01"), ("JP", -27.2, "%", "2014-01")} <= got  # the brackets: the change


def test_hours_counted_by_the_million_are_hours_worked(bare: ExtractContext) -> None:
    # dev8 ABS and ONS: "0.7 million hours" was a duration (no figure), "891.0 million" a count of people
    text = ("In Canada, monthly hours worked in all jobs increased 0.7 million hours to 1,625.6 million "
            "hours in August 2015. In Canada, the total number of weekly hours worked was 891.0 million "
            "in August 2015.\n")
    hours = {v for _o, v, u, p in figures(extract(bare, text, parse_period("2015-09-10")))
             if u == "hours" and p == "2015-08"}
    assert hours == {700000.0, 1625600000.0, 891000000.0}


def test_quarterly_data_a_years_figure_is_based_on_does_not_make_it_a_quarters(bare: ExtractContext) -> None:
    # dev8 Eurostat: the year's growth was skipped as a quarter's because the sentence names quarterly data
    text = ("Over the whole year 2018, GDP rose by 1.9% in Japan, based on seasonally and calendar adjusted "
            "quarterly data.\n")
    got = figures(extract(bare, text, parse_period("2019-02-14")))
    assert ("JP", 1.9, "%", "2018") in got
    quarter = "In Japan, GDP rose by 1.9% in the fourth quarter compared with 2018.\n"
    assert not [f for f in figures(extract(bare, quarter, parse_period("2019-02-14"))) if f[3] == "2018"]


def test_a_rate_written_with_a_fraction_is_one_figure_and_a_long_object_keeps_the_fall(
        bare: ExtractContext) -> None:
    # dev7 Bank of Canada: "¾ percent" was 3 and 4 %; "lowered its target for the overnight rate by 50
    # basis points" a rise (the verb's object was longer than the fall reader looked back)
    text = ("The Bank of Canada today lowered its target for the overnight rate by 50 basis points to "
            "¾ percent, effective Monday, March 16, 2020.\n")
    values = {(v, u) for _o, v, u, _p in figures(extract(bare, text, parse_period("2020-03-13")))}
    assert {(0.75, "%"), (-0.5, "pp")} <= values
    assert not {(3.0, "%"), (4.0, "%"), (0.5, "pp")} & values
    fed = "The Committee decided to raise the target range to 2-1/4 percent in June 2018.\n"
    assert (2.25, "%") in {(v, u) for _o, v, u, _p in figures(extract(bare, fed, parse_period("2018-06-13")))}


def test_a_table_set_one_cell_a_paragraph_is_read_as_rows(bare: ExtractContext) -> None:
    # dev8 Stats NZ: header cells and labels over two lines, blank lines between cells, "*" for no value
    text = ("Exports of Japan, July 2024\n\n"
            "July 2024 value\n(¥ million)\n\nChange in value\n(¥ million)\n\nChange\nin value\n\n"
            "Milk powder, butter,\nand cheese\n\n1,608\n\n155\n\n11%\n\n"
            "Cheese\n\n293\n\n36\n\n*\n\nThe figures are provisional.\n")
    got = figures(extract(bare, text, parse_period("2024-08-20")))
    assert {("JP", 1.608e9, "JPY", "2024-07"), ("JP", 1.55e8, "JPY", "2024-07"), ("JP", 11.0, "%", "2024-07"),
            ("JP", 2.93e8, "JPY", "2024-07"), ("JP", 3.6e7, "JPY", "2024-07")} <= got
    prose = "Cheese\n\nMilk powder rose in July 2024.\n\nButter\n\n12\n\nCream\n\n13\n"
    drafted = {v for _o, v, _u, _p in figures(extract(bare, prose, parse_period("2024-08-20")))}
    assert not drafted & {12.0, 13.0}


def test_a_list_of_negative_numbers_is_no_range_and_of_a_percentage_point_is_pp(bare: ExtractContext) -> None:
    # dev8 景気動向指数: 「-0.36 -0.27」 read as a range 0.36-0.27 lost the index its label names; dev7 North
    # Carolina: "0.2 of a percentage point lower" had no unit
    text = ("日本の景気動向指数 平成20年4月分\n\n"
            "日本の寄与度がマイナスの系列 C5:所定外労働時間指数(製造業) C1:生産指数(鉱工業) -0.36 -0.27\n\n"
            "In Japan, the unemployment rate was 0.2 of a percentage point lower in April 2008 than a year "
            "ago.\n")
    got = figures(extract(bare, text, parse_period("2008-06-09")))
    assert {("JP", -0.36, "index", "2008-04"), ("JP", -0.27, "index", "2008-04"),
            ("JP", -0.2, "pp", "2008-04")} <= got


def test_a_table_cell_under_a_bare_dollar_header_is_the_countrys_dollar(bare: ExtractContext) -> None:
    # dev8 Stats NZ: the prose's "$6.1 billion" was NZD (the one country the text names), the table's
    # "($ million)" cells stayed USD
    text = ("Trade between New Zealand and other countries, July 2024.\n\n"
            "Goods exports rose to $6.1 billion in July 2024.\n\n"
            "July 2024 value\n($ million)\n\nChange in value\n($ million)\n\n"
            "Milk powder\n\n685\n\n81\n\nCheese\n\n293\n\n36\n")
    got = figures(extract(bare, text, parse_period("2024-08-20")))
    assert {("NZ", 6.1e9, "NZD", "2024-07"), ("NZ", 6.85e8, "NZD", "2024-07"),
            ("NZ", 8.1e7, "NZD", "2024-07"), ("NZ", 2.93e8, "NZD", "2024-07")} <= got
    assert not [f for f in got if f[2] == "USD"]


def test_a_fall_verb_passive_or_infinitive_before_by_is_a_fall(bare: ExtractContext) -> None:
    # dev13 RBA annual report: "was reduced by a further 25 basis points" was +0.25; dev14 RBA 2008:
    # "decided to lower the cash rate by 100 basis points" was +1 (the verb's passive and infinitive)
    text = ("In July 2019 Canada's policy rate was reduced by a further 25 basis points to 1.00 per cent.\n\n"
            "In October 2008 the Bank of Canada decided to lower its policy rate by 100 basis points to "
            "6.0 per cent.\n\n"
            "In March 2020 the Bank of Canada's policy rate was cut by 50 basis points.\n")
    values = {(v, u, p) for _o, v, u, p in figures(extract(bare, text, parse_period("2020-04-01")))}
    assert {(-0.25, "pp", "2019-07"), (-1.0, "pp", "2008-10"), (-0.5, "pp", "2020-03")} <= values
    assert not {v for v, u, _p in values if u == "pp" and v > 0}
    # "cut" with a count as its object and no by is no change said as a fall
    jobs = figures(extract(bare, "In June 2024 Acme Corp cut 500 jobs.\n", parse_period("2024-07-01")))
    assert {v for _o, v, _u, _p in jobs} == {500.0}


def test_a_balance_said_as_a_deficit_is_negative_and_a_lower_amount_restated_is_a_fall(
        bare: ExtractContext) -> None:
    # dev8 Stats NZ "the monthly trade balance was a deficit of $963 million", dev5 「貿易収支1兆7583億円の
    # 赤字」: a balance below zero (a series of balances keeps surpluses positive); a measure named as a
    # deficit stays positive (as a loss does)
    text = ("In July 2024 Canada's monthly trade balance was a deficit of $963 million.\n\n"
            "In June 2024 Canada recorded a trade deficit of $500 million.\n")
    got = {(v, p) for _o, v, _u, p in figures(extract(bare, text, parse_period("2024-08-20")))}
    assert {(-963e6, "2024-07"), (500e6, "2024-06")} <= got
    ja = "2024年1月の日本の貿易収支は1兆7583億円の赤字となった。\n"
    assert (-1.7583e12, "2024-01") in {(v, p) for _o, v, _u, p in figures(
        extract(bare, ja, parse_period("2024-02-21")))}
    # dev13 Statistics Iceland: "ISK 1,200 million lower than in February 2018 or 2.7%": the rate restates
    # the fall
    low = "In February 2019 Canada's exports were $1,200 million lower than in February 2018 or 2.7%.\n"
    values = {(v, u) for _o, v, u, _p in figures(extract(bare, low, parse_period("2019-03-10")))}
    assert {(-1.2e9, "CAD"), (-2.7, "%")} <= values


def test_a_percentage_said_as_a_change_is_a_growth_metric_and_a_ratio_is_not(bare: ExtractContext) -> None:
    # contract 1.1: a percent change is of kind growth, not share ("retail sales fell 3.2%", dev6 ABS retail;
    # 「輸出額は前年同月比4.1%減」); a level stays a share, and 比率/構成比 are ratios, not base words
    text = ("In May 2024, Canada's retail sales fell 3.2% compared with April.\n\n"
            "In May 2024, Canada's unemployment rate was 5.1%.\n\n"
            "In May 2024, food made up 30% of Canada's retail sales.\n")
    facts = extract(bare, text, parse_period("2024-06-15"))
    kinds = {o.value.value: facts.metrics[o.metric].kind for o in facts.observations}
    assert kinds[-3.2] == "growth" and kinds[5.1] == "share" and kinds[30.0] == "share"
    ja = ("2024年5月の日本の輸出額は8兆円で、前年同月に比べ4.1%減少した。\n\n"
          "2024年の日本の外国人比率は2.6%だった。\n")
    facts = extract(bare, ja, parse_period("2024-06-15"))
    kinds = {o.value.value: facts.metrics[o.metric].kind for o in facts.observations}
    assert kinds[-4.1] == "growth" and kinds[2.6] == "share"


def test_a_volume_or_issue_number_is_no_figure(bare: ExtractContext) -> None:
    # dev17 StatCan "The Consumer Price Index, March 2018, vol. 97, no. 3" gave two index levels; dev9 HUD's
    # "Release No. 15" one
    text = ("Statistics Canada released its figures today.\n\n"
            "The Consumer Price Index, March 2018, vol. 97, no. 3, is now available.\n\n"
            "In Canada, the Consumer Price Index was 132.4 in March 2018, up 2.3% from March 2017.\n")
    got = figures(extract(bare, text, parse_period("2018-04-20")))
    assert not any(v in (97.0, 3.0) for _o, v, _u, _p in got)
    # the index's own level and its change, and a number that names a quantity after "no", stay
    assert {("CA", 132.4, "index", "2018-03"), ("CA", 2.3, "%", "2018-03")} <= got
    text = ("Statistics Canada released its figures today.\n\n"
            "In Canada, no. 3 grade wheat prices rose 4.0% in March 2018.\n")
    assert ("CA", 4.0, "%", "2018-03") in figures(extract(bare, text, parse_period("2018-04-20")))
