"""Japanese index summaries (issue 14, twentieth session, helper ``ingestja``): a table whose columns come in
groups (「季節調整済指数 原指数」 over the groups' columns), the previous month's figures a cell or a row
says are (「(前月値)」, 「(前月確報時)」), and a title that opens with its month before the statistic's name.
Small synthetic documents, one a family; each asserts value, unit, period and owner of the rows."""

from __future__ import annotations

import io

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.doc_owner import national_statistic_title
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.ingest.layout import table_lines
from shingi.ingest.readers import iter_text_lines


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def read(ctx: ExtractContext, text: str) -> DocFacts:
    return extract(ctx, text)


rows = owned_rows


def row_texts(text: str) -> list[str]:
    return [x.text for x in table_lines(iter_text_lines(io.StringIO(text, newline=None))) if x.role == "row"]


def test_a_title_may_open_with_its_month_before_the_statistics_name() -> None:
    for title, name in (("2020年11月の鉱工業(生産・出荷・在庫)指数の動向(速報)",
                         "鉱工業(生産・出荷・在庫)指数"),
                        ("平成30年5月分の家計調査の結果", "家計調査")):
        span = national_statistic_title(title)
        assert span is not None and title[span[0]:span[1]] == name
    # a place after the month is the statistic's owner (the caller checks the name holds none), and a
    # month before anything but a statistic's name is no such title
    assert national_statistic_title("2020年11月の雇用の状況") is None


ALIGNED = """[...]

2020年11月の鉱工業(生産・出荷・在庫)指数の動向(速報)

2015年=100.0
季節調整済指数 原指数
(前月確報時) 前月比(%) (前月確報時) 前年同月比(%)
生産 95.2 95.3 0.0 96.0 97.4 -3.4
出荷 94.0 94.9 -0.9 94.3 96.0 -3.8
"""


def test_column_groups_over_aligned_rows(bare: ExtractContext) -> None:
    # dev17 経済産業省 2020-11: a group's first column has no name under it (the index itself)
    assert row_texts(ALIGNED)[0] == ("\t季節調整済指数\t季節調整済指数 (前月確報時)\t季節調整済指数 前月比(%)"
                                     "\t原指数\t原指数 (前月確報時)\t原指数 前年同月比(%)")
    got = rows(read(bare, ALIGNED))
    assert {("日本", 95.2, "index", "2020-11"), ("日本", 95.3, "index", "2020-10"),
            ("日本", 0.0, "%", "2020-11"), ("日本", 96.0, "index", "2020-11"),
            ("日本", 97.4, "index", "2020-10"), ("日本", -3.4, "%", "2020-11"),
            ("日本", -0.9, "%", "2020-11"), ("日本", 96.0, "index", "2020-10")} <= got
    assert ("日本", 95.3, "index", "2020-11") not in got


ONE_CELL = """鉱工業指数(生産・出荷・在庫、生産能力・稼働率、生産予測指数)
製造業の動きから見る日本の景気

結果の概要【2018年12月分】
(2019年1月31日発表)

鉱工業指数、2015年=100
季節調整済指数 原指数
指数 前月比 指数 前年同月比
生産
(前月値)
104.7
(104.8)
-0.1
(-1.0)
104.7
(108.2)
-1.9
(1.5)
出荷
(前月値)
103.6
(103.3)
0.3
(-1.2)
104.9
(106.2)
-2.8
(0.9)
"""


def test_one_cell_a_line_with_the_previous_month_in_brackets(bare: ExtractContext) -> None:
    # dev17 経済産業省 2018-12: each cell a line, the previous month's under it in brackets
    texts = row_texts(ONE_CELL)
    assert texts[:3] == ["\t季節調整済指数 指数\t季節調整済指数 前月比\t原指数 指数\t原指数 前年同月比",
                         "生産\t104.7\t-0.1\t104.7\t-1.9", "生産 (前月値)\t104.8\t-1.0\t108.2\t1.5"]
    got = {(v, u, p) for _, v, u, p in rows(read(bare, ONE_CELL))}
    assert {(104.7, "index", "2018-12"), (-0.1, "%", "2018-12"), (-1.9, "%", "2018-12"),
            (104.8, "index", "2018-11"), (-1.0, "%", "2018-11"), (108.2, "index", "2018-11"),
            (1.5, "%", "2018-11"), (103.3, "index", "2018-11")} <= got
    assert (104.8, "index", "2018-12") not in got


def test_no_groups_without_counts_that_agree() -> None:
    # two names over three numbers a row: no group is as wide as another; no column is named by a group
    text = "季節調整済指数 原指数\n前月比 前年同月比 指数\n生産 95.2 0.0 96.0\n出荷 94.0 -0.9 94.3\n"
    assert not any("原指数" in t for t in row_texts(text))
    # one row alone is no table
    one = "季節調整済指数 原指数\n指数 前月比 指数 前年同月比\n生産 95.2 0.0 96.0 -3.4\n"
    assert not any("原指数" in t for t in row_texts(one))


def test_a_rate_against_the_previous_month_is_no_previous_month_figure(bare: ExtractContext) -> None:
    # 前月比 compares with the previous month; its figure is the table's month, not the month before
    text = ("2020年11月の鉱工業指数の動向\n\n月次 生産 出荷 在庫\n前月比 0.5 -0.9 -1.1\n"
            "季調済指数 95.2 94.0 94.6\n")
    got = rows(read(bare, text))
    assert got and all(p == "2020-11" for _, _, _, p in got)


def test_a_bare_index_level_before_a_fall_is_no_fall(bare: ExtractContext) -> None:
    # dev17 経済産業省 2018-12: 「季節調整済指数104.7、前月比マイナス0.1%低下」 drafted -104.7
    got = {(v, u, p) for _, v, u, p in rows(read(
        bare, "2018年12月の日本の鉱工業生産は、季節調整済指数104.7、前月比0.1%低下となりました。\n"))}
    assert got == {(104.7, "index", "2018-12"), (-0.1, "%", "2018-12")}
    # a list of changes still shares its verb: points of the index and a rate both fell
    got = {(v, u) for _, v, u, _ in rows(read(
        bare, "2018年12月の日本の鉱工業生産指数は、前月比0.5ポイント、前年同月比1.0%の低下となりました。\n"))}
    assert got == {(-0.5, "index"), (-1.0, "%")}


def test_a_price_base_year_is_no_period(bare: ExtractContext) -> None:
    # dev17 内閣府 GDP速報: 「2005暦年連鎖価格」 (chained prices of 2005) dated the quarter's growth 2005
    text = ("四半期別GDP速報\n\n日本\n\n2014年10~12月期の日本の実質GDP(国内総生産・2005暦年連鎖価格)"
            "の成長率は、0.6%(年率2.2%)となった。\n")
    got = {(v, p) for _, v, _, p in rows(read(bare, text))}
    assert (0.6, "2014-Q4") in got and not any(p == "2005" for _, p in got)
    # a year that is the figure's own stays its period
    got = {(v, p) for _, v, _, p in rows(read(bare, "2005年の日本の実質GDPの成長率は、1.3%となった。\n"))}
    assert got == {(1.3, "2005")}


GDP = ("2014(平成26)年10~12月期四半期別GDP速報 (1次速報値) 平 成 27 年 2 月 16 日 "
       "内 閣 府 経 済 社 会 総 合研 究所 [1]GDP成長率 2014年10~12月期の実質GDPの成長率は、 0.6%(年率2.2%)"
       "となった。 (%) 3.0 実質GDP成長率の推移 "
       "2.0 2.0 1.3 1.0 0.6 0.0 -1.0 -2.0 10-12 2013 1-3 2014 4-6 7-9 10-12 [3]需要項目別の動向 "
       "民間最終消費支出は、実質0.3%(7~9月期は0.2%)となった。\n")


def test_a_body_glued_in_a_letter_spaced_masthead_owns_the_figures(bare: ExtractContext) -> None:
    # dev17 内閣府 transcript: 「16日内閣府経済社会総」 once closed up; the dictionary's 内閣府 is a body by
    # its form
    got = rows(read(bare, GDP))
    assert {("日本", 0.6, "%", "2014-Q4"), ("日本", 2.2, "%", "2014-Q4")} <= got


def test_a_charts_labels_run_into_the_text_are_no_figures(bare: ExtractContext) -> None:
    # dev17 内閣府: the chart's labels (its values under 「…の推移」, its axis of years and quarters) gave
    # figures of 2013 and 2014 and dated the next sentence's 「7~9月期」 2013-Q3
    got = rows(read(bare, GDP))
    assert ("日本", 0.2, "%", "2014-Q3") in got
    assert not any(p.startswith("2013") or v in (-1.0, -2.0) for _, v, _, p in got)
    # a table's column of values after its labels is no chart's (dev8 内閣府 景気動向指数's contributions)
    text = ("C5:所定外労働時間指数 C11:有効求人倍率 C2:鉱工業生産財出荷指数 C3:大口電力使用量 "
            "-0.36 -0.27 -0.21 -0.18 -0.07 -0.04 -0.02")
    lines = list(table_lines(iter_text_lines(io.StringIO(text, newline=None))))
    assert lines[0].text == text
