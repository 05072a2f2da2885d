"""Japanese ministry tables headed by years over runs of yearless periods (issue 14, twenty-first session,
helper ``ingestja``): a plain-text table (「2004年 2004年 2005年」 over 「1-3月 … 12月 1月 2月」) with a
level in brackets after each row of changes and rows that only qualify the row above, a Markdown table whose
era-less years (「| 20年 | 21年 |」) count in the era the document's own years show, a 判断 table's bare
numbers (a DI) and a bracketed 「(資料出所)」 line that names who compiled the figures. Small synthetic
documents; each asserts value, unit, period and owner of the rows, and what must not change."""

from __future__ import annotations

import io

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext
from shingi.ingest.layout import resolved_years, table_lines, years_over_periods
from shingi.ingest.readers import iter_text_lines
from shingi.ingest.text_tables import table_unit


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def row_texts(text: str) -> list[str]:
    return [x.text for x in table_lines(iter_text_lines(io.StringIO(text, newline=None))) if x.role == "row"]


def test_years_head_runs_of_periods() -> None:
    assert years_over_periods(["2004年", "2004年", "2005年"],
                              ["1-3月", "4-6月", "7-9月", "10-12月", "12月", "1月", "2月"]) == [
        "2004年1-3月", "2004年4-6月", "2004年7-9月", "2004年10-12月", "2004年12月", "2005年1月", "2005年2月"]
    assert years_over_periods(["2008年", "2009年"], ["9月調査", "12月調査", "3月予測"]) == [
        "2008年9月調査", "2008年12月調査", "2009年3月予測"]
    # as many runs as years, or no reading: two years over one run, a word that is no period
    assert years_over_periods(["2004年", "2005年"], ["1-3月", "4-6月"]) is None
    assert years_over_periods(["2004年", "2005年"], ["全体", "1月"]) is None


def test_era_less_years_count_in_the_era_the_document_states() -> None:
    assert resolved_years(["20年", "21年"], {2008}) == ["2008年", "2009年"]  # 平成20年 = 2008
    assert resolved_years(["24年", "25年"], {2024}) == ["2024年", "2025年"]  # 24年3月期 of 2024
    # no stated year, or one no era explains: no reading
    assert resolved_years(["21年", "22年"], set()) is None
    assert resolved_years(["20年", "21年"], {2015}) is None


def test_a_bracket_may_qualify_its_figures_before_their_unit() -> None:
    assert table_unit("就業者 (季調値 万人)") == ("count", 1e4)
    assert table_unit("完全失業率(季調値・%)") == ("%", 1.0)
    assert table_unit("(原数値・万人)") == ("count", 1e4)
    assert table_unit("就業者 (季調値)") is None  # (a qualifier alone states no unit)


PLAIN = """第11表 雇用・失業

  2004年 2004年 2005年
1-3月 4-6月 7-9月 10-12月 12月 1月 2月
就業者 (季調値 万人) 21 45 -38 -19 17 47 -28 [6,339]
(原数値 万人) 15 13 17 4 -1 40 15 [6,224]
[...]
完全失業率(季調値・%) 4.9 4.6 4.8 4.6 4.5 4.5 4.7

男性

5.2 4.9 5 4.7 4.6 4.8 5.0
(資料出所) 総務省統計局「労働力調査」
"""


def test_a_plain_table_of_years_over_periods_with_bracketed_levels(bare: ExtractContext) -> None:
    texts = row_texts(PLAIN)
    assert texts[0] == ("区分\t2004年1-3月\t2004年4-6月\t2004年7-9月\t2004年10-12月\t2004年12月\t2005年1月"
                        "\t2005年2月\t2005年2月 実数")
    assert texts[2].startswith("就業者 (原数値 万人)\t15")  # (a label that only qualifies the row above)
    assert texts[4].startswith("男性 (季調値・%)\t5.2")  # (a label alone; the unit of the row above)
    got = owned_rows(extract(bare, PLAIN))
    assert {("日本", 210000.0, "count", "2004-Q1"), ("日本", -280000.0, "count", "2005-02"),
            ("日本", 63390000.0, "count", "2005-02"), ("日本", 62240000.0, "count", "2005-02"),
            ("日本", 4.9, "%", "2004-Q1"), ("日本", 4.5, "%", "2004-12"), ("日本", 4.7, "%", "2005-02"),
            ("日本", 5.2, "%", "2004-Q1"), ("日本", 5.0, "%", "2005-02")} <= got
    assert ("日本", 4.6, "%", "2004-Q3") not in got  # (a row with no level is read from its label on)


def test_no_year_table_without_matching_rows() -> None:
    # one row alone, rows of another width, or years over words: left as they were
    one = "2004年 2005年\n1-3月 4-6月 1月\n就業者 (万人) 21 45 -38\n"
    assert not any("2004年1-3月" in t for t in row_texts(one))
    wide = "2004年 2005年\n1-3月 4-6月 1月\n就業者 (万人) 21 45\n雇用者 (万人) 14 18\n"
    assert not any("2004年1-3月" in t for t in row_texts(wide))


MARKDOWN = """第9表業況判断
| 20年 | 21年 | ||
| 9月調査 | 12月調査 | 3月予測 |
|
| 全規模計 | -14 | -24 | -38 |
| 製造業 | -11 | -25 | -44 |
(資料出所)日本銀行「全国企業短期経済観測調査」(2008年12月)
"""


def test_a_markdown_header_of_era_less_years_and_a_judgement_table(bare: ExtractContext) -> None:
    assert row_texts(MARKDOWN)[0] == "区分\t2008年9月調査\t2008年12月調査\t2009年3月予測"
    got = owned_rows(extract(bare, MARKDOWN))
    assert {("日本銀行", -14.0, "index", "2008-09"), ("日本銀行", -24.0, "index", "2008-12"),
            ("日本銀行", -38.0, "index", "2009-03"), ("日本銀行", -44.0, "index", "2009-03")} <= got


def test_no_era_without_a_stated_year_and_no_dis_without_a_judgement(bare: ExtractContext) -> None:
    # the same table in a document that states no year of four digits: no column is dated
    undated = MARKDOWN.replace("(2008年12月)", "")
    assert not any("2008年" in t for t in row_texts(undated))
    assert not owned_rows(extract(bare, undated))
    # a title that names no judgement: the bare numbers have no unit and are not drafted
    plain = MARKDOWN.replace("第9表業況判断", "第9表 企業の動向")
    assert not any(v == -14.0 for _, v, _, _ in owned_rows(extract(bare, plain)))


TEN_DAYS = ("財務省は令和元年5月上旬分の貿易統計を公表した。"
            "令和元年5月上旬の輸出は9,731億円で、前年同期比30.4%減となった。"
            "令和元年4月の輸出は6兆3,000億円だった。")


def test_a_ten_day_period_is_no_month(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, TEN_DAYS))
    # the first ten days of May hold no contract period: their figures are not dated May
    assert not any(p == "2019-05" for _, _, _, p in got)
    # a month said alone, next to them, is read as before
    assert ("日本", 6.3e12, "JPY", "2019-04") in got


BRACKETED = """第8表 経常利益 (前年同期比・%)
| 区分 | 2009年 | 2010年 |
| 4−6月 | 7−9月 | 1−3月 |
| 全産業 | ▲ 53.0 | ▲ 32.4 | 102.2 |
| (30.0) | (42.4) | (35.1) |
| 製造業 | ▲ 89.2 | ▲ 69.3 | 864.7 |
| * | (15.3) | (17.9) |
(資料出所) 財務省「法人企業統計調査」
(注) 業種別の( )の値は、季節調整値。
"""


def test_a_row_of_bracketed_numbers_is_the_row_above_as_the_note_names_it(bare: ExtractContext) -> None:
    texts = row_texts(BRACKETED)
    assert "全産業 (季節調整値)\t30.0\t42.4\t35.1" in texts
    assert "製造業 (季節調整値)\t-\t15.3\t17.9" in texts  # (「*」: no value)
    got = owned_rows(extract(bare, BRACKETED))
    assert {("日本", -53.0, "%", "2009-Q2"), ("日本", 30.0, "%", "2009-Q2"), ("日本", 42.4, "%", "2009-Q3"),
            ("日本", 15.3, "%", "2009-Q3"), ("日本", 864.7, "%", "2010-Q1")} <= got
    # a bracket is no accountant's negative here
    assert not any(v in (-30.0, -42.4, -35.1, -15.3) for _, v, _, _ in got)


def test_bracketed_rows_without_a_note_or_holding_levels_are_not_read(bare: ExtractContext) -> None:
    for note in ("", "(注) 業種別の( )内は実数。"):
        text = BRACKETED.replace("(注) 業種別の( )の値は、季節調整値。", note)
        got = owned_rows(extract(bare, text))
        assert ("日本", -53.0, "%", "2009-Q2") in got and ("日本", 864.7, "%", "2010-Q1") in got
        assert not any(abs(v) in (30.0, 42.4, 35.1, 15.3, 17.9) for _, v, _, _ in got)
