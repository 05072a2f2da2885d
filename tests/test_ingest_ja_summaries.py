"""Japanese statistics summaries run into few lines (資源エネルギー庁's 電力調査統計 結果概要 shape,
issue 14, twenty-third session, helper ``ingestja``): a data cut-off day
(「…時点における公表データ」) that is no period, an acronym before an amount with a thousands
comma (「LNG 3,745億 kWh」) that is no name, and places listed by prefecture
(「都道府県別の…は、千葉県が…」) that do not make a national statistic's document a place's.
Small synthetic documents with negatives."""

from __future__ import annotations

import io

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext
from shingi.ingest.layout import table_lines
from shingi.ingest.owners import heuristic_names
from shingi.ingest.readers import iter_text_lines
from test_ingest_one_cell_tables import LEVELS  # (表5's shape: levels, and changes listed between them)


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


SUMMARY = ("電力調査統計 結果概要 【2018年度分】 ※この結果概要は、電力調査統計についてまとめたものです。 "
           "※2019年6月25日時点における公表データをもとに作成しており、今後修正があり得ます。 "
           "1. 供給関係 (1) 発受電電力量合計は、1兆1706億 kWh であった。 "
           "(2) このうち、火力が7,262億 kWh(81.4%)"
           "(燃料種別: 石炭2,872億 kWh(32.2%)、LNG 3,745億 kWh(42.0 %)ほか)"
           "となった。 (3) 都道府県別の発電電力量は、千葉県が最も多く996億 kWh(11.2%)であった。\n")


def test_a_data_cut_off_day_is_no_period(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, SUMMARY))
    assert ("日本", 1170600000000.0, "kWh", "FY2018") in got
    assert not any(p == "2019-06-25" for _, _, _, p in got)


def test_a_stock_as_of_a_day_keeps_its_day(bare: ExtractContext) -> None:
    # 「…時点の発電設備の出力」: a stock's point in time names no data, so it dates its figure
    text = SUMMARY.replace("時点における公表データをもとに作成しており、今後修正があり得ます。",
                           "時点の発電設備の出力は、3億 kW であった。")
    got = owned_rows(extract(bare, text))
    assert ("日本", 300000000.0, "kW", "2019-06-25") in got


def test_an_acronym_before_an_amount_is_no_name(bare: ExtractContext) -> None:
    assert heuristic_names("燃料種別: 石炭2,872億 kWh(32.2%)、LNG 3,745億 kWh(42.0 %)", False) == []
    got = owned_rows(extract(bare, SUMMARY))
    assert {("日本", 374500000000.0, "kWh", "FY2018"), ("日本", 42.0, "%", "FY2018")} <= got
    # a number after a name with no thousands comma is still the name's (a version: 「ABCI 3.0」)
    assert [n for _, _, n, _ in heuristic_names("ABCI 3.0の計算能力は", False)] == ["ABCI 3.0"]


def test_places_listed_by_prefecture_leave_the_statistic_national(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, SUMMARY))
    assert ("日本", 726200000000.0, "kWh", "FY2018") in got
    assert ("千葉県", 99600000000.0, "kWh", "FY2018") in got


def test_a_place_named_otherwise_still_makes_it_no_nations(bare: ExtractContext) -> None:
    # the same place named in a sentence that lists nothing by prefecture: the document may be the place's
    text = SUMMARY.replace("都道府県別の発電電力量は、千葉県が最も多く", "千葉県の発電電力量は")
    got = owned_rows(extract(bare, text))
    assert not any(o == "日本" for o, _, _, _ in got)


GROUPED = """鉱工業指数 結果の概要【平成29年8月分】
季節調整済指数 | 原指数 | |||
---|---|---|---|---|
指数 | 前月比 | 指数 | 前年同月比 | |
生産 (速報値) |
103.5 (103.6) |
2.0 (2.1) |
97.4 (97.5) |
5.3 (5.4) |
出荷 (速報値) |
101.8 (101.7) |
1.8 (1.6) |
94.9 (94.8) |
5.8 (5.7) |
"""


def test_a_markdown_header_in_two_levels_over_rows_one_cell_a_line(bare: ExtractContext) -> None:
    got = {(v, u if u != "index" else None) for _, v, u, p in owned_rows(extract(bare, GROUPED))
           if p == "2017-08"}
    # the row's own reading and, in brackets, the one its label's bracket names (速報値), column by column
    assert {(103.5, None), (2.0, "%"), (97.4, None), (5.3, "%"), (103.6, None), (2.1, "%"), (97.5, None),
            (5.4, "%"), (101.7, None), (5.7, "%")} <= got


def test_a_row_that_does_not_fit_the_header_reads_nothing(bare: ExtractContext) -> None:
    # a cell lost in one row: the block is not read (never one column off), nor is a lone ruled row
    lost = GROUPED.replace("1.8 (1.6) |\n", "")
    assert not any(v in (101.8, 94.9, 5.8, 103.5) for _, v, _, _ in owned_rows(extract(bare, lost)))
    lone = "鉱工業指数 結果の概要【平成29年8月分】\n生産能力 | 94.3 | 0.0 | -0.1 |\n"
    assert owned_rows(extract(bare, lone)) == set()


CHANGES = """第3次産業活動指数
結果の概要 【プレス情報 2015年2月分】(2015年4月20日)
| 2015年2月 | 2014年10-12月期 | 2014年 | ||
|---|---|---|---|---|
| 前月比 | 前年同月比 | 前期比 | 前年比 | |
| 第3次産業活動指数 | 0.3 | ▲0.4 | 1.0 | ▲0.8 |
| 広義対個人サービス | ▲0.3 | 0.5 | 0.7 | ▲0.2 |
"""


def header_rows(text: str) -> list[str]:
    lines = table_lines(iter_text_lines(io.StringIO(text, newline=None)))
    return [x.text for x in lines if x.role == "row" and x.text.startswith("区分")]


def test_periods_over_the_changes_of_their_kind(bare: ExtractContext) -> None:
    assert header_rows(CHANGES) == ["区分\t2015年2月 前月比\t2015年2月 前年同月比"
                                    "\t2014年10-12月期 前期比\t2014年 前年比"]
    got = {(v, p) for _, v, _, p in owned_rows(extract(bare, CHANGES))}
    assert {(0.3, "2015-02"), (-0.4, "2015-02"), (1.0, "2014-Q4"), (-0.8, "2014"), (0.7, "2014-Q4"),
            (-0.2, "2014")} <= got
    assert (1.0, "2015-02") not in got and (-0.8, "2015-02") not in got


def test_changes_that_do_not_fit_the_periods_make_no_header() -> None:
    # a change with no period of its kind (前期比 under a month and a year), or a period over no change
    assert header_rows(CHANGES.replace("2014年10-12月期", "2014年12月")) == []
    assert header_rows(CHANGES.replace("| 前月比 | 前年同月比 |", "| 前年比 | 前年同月比 |")) == []


def test_levels_and_changes_in_the_order_their_sums_show(bare: ExtractContext) -> None:
    got = {(v, u, p) for _, v, u, p in owned_rows(extract(bare, LEVELS))}
    assert {(68750000.0, "count", "2022-12"), (68790000.0, "count", "2021-12"),
            (69120000.0, "count", "2019-12"),
            (-40000.0, "count", "2022-12"), (-370000.0, "count", "2022-12"), (100000.0, "count", "2022-12"),
            (-490000.0, "count", "2022-12")} <= got


def test_levels_and_changes_whose_sums_do_not_hold_read_nothing(bare: ExtractContext) -> None:
    # one change that is not the latest level less the other: the order is not shown, no bare number is read
    wrong = LEVELS.replace("▲ 49", "▲ 48")  # (6716 - 6765 is -49)
    assert not any(abs(v) >= 1 for _, v, _, _ in owned_rows(extract(bare, wrong)))


PORT = """横浜税関だより 第180号
平成24年3月の横浜港の輸出額は7,284億円。対前年同月比は23.3%増となりました。
震災前年(H22)3月の輸出額(6,619億円)と比較しても、その額を上回っています。
"""


def test_a_port_owns_its_trade_and_an_era_initial_is_no_name(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, PORT))
    assert {("横浜港", 728400000000.0, "JPY", "2012-03"), ("横浜港", 23.3, "%", "2012-03")} <= got
    assert not any(o == "H22" for o, _, _, _ in got)
    assert [n for _, _, n, _ in heuristic_names("震災前年(H22)3月の輸出額", False)] == []


def test_a_place_before_a_port_word_that_is_no_suffix_names_no_port(bare: ExtractContext) -> None:
    # 港 not followed by は/が/の (横浜港湾地区): no port is named; an initial that is no era's is a name
    got = owned_rows(extract(bare, PORT.replace("横浜港の輸出額", "横浜港湾地区の輸出額")))
    assert not any(o == "横浜港" for o, _, _, _ in got)
    assert [n for _, _, n, _ in heuristic_names("前年(K22)3月の輸出額", False)] == ["K22"]
