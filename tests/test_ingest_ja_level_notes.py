"""Years over periods tables whose rows are rates of change in per cent (厚生労働省's 第12表 求人・求職
shape, issue 14, twenty-second session, helper ``ingestja2``): a qualifier of several parts before a per
cent sign (「(季調値・含パート%)」), a level in brackets whose unit the table's note states
(「[ ]内は実数、千件・千人」), and a part set in under a row whose name ends with a bracket that states no
unit. Small synthetic documents with negatives."""

from __future__ import annotations

import io

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.doc_owner import national_statistic_title
from shingi.ingest.extract import ExtractContext
from shingi.ingest.layout import level_note_unit, table_lines
from shingi.ingest.readers import TextLine, iter_text_lines
from shingi.ingest.text_tables import table_unit


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def row_texts(text: str) -> list[str]:
    return [x.text for x in table_lines(iter_text_lines(io.StringIO(text, newline=None))) if x.role == "row"]


def test_a_qualifier_of_parts_before_its_unit() -> None:
    assert table_unit("有効求人(季調値・含パート%)") == ("%", 1.0)
    assert table_unit("有効求人倍率(季調値・パート・倍)") == ("x", 1.0)
    assert table_unit("(季調値・万人)") == ("count", 1e4)
    # a word glued to its qualifier is no unit: only a per cent sign may follow without a separator
    assert table_unit("(季調値倍)") is None
    assert table_unit("(季調値・パート)") is None


def note(text: str) -> list[TextLine]:
    return [TextLine(1, text, 0, None, "text")]


def test_the_note_states_the_levels_unit() -> None:
    assert level_note_unit(note("(注) 季調値は前期比、原数値は前年比。[ ]内は実数、千件・千人。")) == "千件"
    assert level_note_unit(note("(注) []内は実数。")) is None  # (no unit: the row's own)
    # units of other scales or kinds: which row is in which is not said
    assert level_note_unit(note("[ ]内は実数、千件・万人。")) is None
    assert level_note_unit(note("[ ]内は実数、億円・千人。")) is None


TABLE = """第12表  求人・求職

  2004年 2005年 2005年 2006年
10-12月 1-3月 4-6月 7-9月 10-12月 11月 12月 1月
有効求人倍率(季調値・倍) 0.90 0.91 0.94 0.97 1.00 0.99 1.03   1.03
有効求人(季調値・含パート%) 4.5 0.4 3.9 1.5 1.0 0.5 2.6 -0.9 [2,242]
      (原数値・含パート%) 15.1 12.3 12.7 10.6 7.0 6.0 6.3 7.6 [2,199]
 建設業 7.4 7.4 20.9 22.3 3.6 -2.5 8.5 -4.1 [76]
 サービス業(他に分類されないもの) 24.2 18.2 10.1 4.6 -1.4 -1.8 -1.6 1.3 [232]
(資料出所)  厚生労働省「職業安定業務統計」
(注)  季調値は前期比、原数値は前年比。[ ]内は実数、千件・千人。
"""


def test_rates_of_change_with_levels_in_the_notes_unit(bare: ExtractContext) -> None:
    texts = row_texts(TABLE)
    assert texts[0].endswith("\t2006年1月 実数（千件）")
    got = owned_rows(extract(bare, TABLE))
    assert {(4.5, "%", "2004-Q4"), (-0.9, "%", "2006-01"), (2242000.0, "count", "2006-01"),
            (7.6, "%", "2006-01"), (2199000.0, "count", "2006-01"), (0.9, "x", "2004-Q4"),
            (1.03, "x", "2006-01"), (-4.1, "%", "2006-01"), (24.2, "%", "2004-Q4"),
            (232000.0, "count", "2006-01")} \
        <= {(v, u, p) for _, v, u, p in got}
    # a level is never read in the rows' per cent
    assert not any(v in (2242.0, 232.0) for _, v, _, _ in got)


def test_without_the_notes_unit_a_level_keeps_the_rows(bare: ExtractContext) -> None:
    # 「[]内は実数。」 with no unit (devja21's 第11表): the level is in the row's unit, as before
    plain = TABLE.replace("、千件・千人。", "。")
    assert row_texts(plain)[0].endswith("\t2006年1月 実数")


def test_a_bracket_naming_no_unit_takes_the_rows_only_when_set_in(bare: ExtractContext) -> None:
    texts = row_texts(TABLE)
    assert any(t.startswith("サービス業(他に分類されないもの) (原数値・含パート%)\t24.2") for t in texts)
    # not set in: a row of its own, whose bracket states no unit, takes none from the row above
    flush = TABLE.replace(" サービス業(他に", "サービス業(他に")
    assert any(t.startswith("サービス業(他に分類されないもの)\t24.2") for t in row_texts(flush))


def test_a_statistics_name_may_open_with_an_ordinal() -> None:
    title = "第3次産業活動指数結果の概要 【プレス情報 2015年2月分】"
    span = national_statistic_title(title)
    assert span is not None and title[span[0]:span[1]] == "第3次産業活動指数"
    # an ordinal alone before no statistic's name, or a numbered part (第2表), is no such title
    assert national_statistic_title("第3次補正予算の概要") is None
    assert national_statistic_title("第2表 雇用の動き") is None


INDEX = """第3次産業活動指数
結果の概要 【プレス情報 2015年2月分】(2015年4月20日)
| 年月 | 季節調整済指数 | 前月比(%) | 原指数 | 前年同月比(%) |
|---|---|---|---|---|
| 平成27年 1月 | 100.2 | 0.7 | 95.3 | ▲1.1 |
| 2月 | 100.5 | 0.3 | 94.2 | ▲0.4 |
"""


def test_a_national_index_titled_with_an_ordinal_is_japans(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, INDEX))
    assert {("日本", 100.2, None, "2015-01"), ("日本", 0.3, "%", "2015-02"), ("日本", -0.4, "%", "2015-02")} \
        <= {(o, v, u if u != "index" else None, p) for o, v, u, p in got}
