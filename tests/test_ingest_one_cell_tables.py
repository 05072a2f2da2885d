"""Japanese statistics tables set one cell a line (issue 14, twenty-second session, helper ``ingestja``): a
header block of column labels a line each, then each row's label and its cells a line each, as a PDF's text
layer or a web page's table gives them. Years over runs of yearless periods (「2006年 2007年 2006年 2007年」
over 「10-12月 / 1-3月 / 12月 / 1月 / 2月」) with a level in brackets after a row; a ranked table (the rank
alone before each label); and the negatives: a row of another count of cells, years that do not fit the
runs, a header whose labels do not fit the cells. Small synthetic documents; each asserts value, unit,
period and owner of what is drafted, and that nothing is read one column off."""

from __future__ import annotations

import io

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext
from shingi.ingest.layout import table_lines
from shingi.ingest.readers import iter_text_lines


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def row_texts(text: str) -> list[str]:
    return [x.text for x in table_lines(iter_text_lines(io.StringIO(text, newline=None))) if x.role == "row"]


YEARS = """第11表 雇用・失業

  2006年 2007年 2006年 2007年
10-12月
1-3月
12月
1月
2月
就業者 (季調値・万人)
28
-3
12
-21
42
[ 6,146]
完全失業率(季調値・%)
4.0
4.0
4.0
<SP>
4.0
雇用者 (季調値・万人)
14
38
5
23
39
[ 5,530]
(資料出所) 総務省統計局「労働力調査」
""".replace("<SP>", " ")  # (a line of one space: a cell left empty)


def test_years_over_periods_one_cell_a_line(bare: ExtractContext) -> None:
    texts = row_texts(YEARS)
    assert texts[0] == "区分\t2006年10-12月\t2007年1-3月\t2006年12月\t2007年1月\t2007年2月\t2007年2月 実数"
    assert texts[1] == "就業者 (季調値・万人)\t28\t-3\t12\t-21\t42\t6,146"
    got = owned_rows(extract(bare, YEARS))
    assert {("日本", 280000.0, "count", "2006-Q4"), ("日本", -30000.0, "count", "2007-Q1"),
            ("日本", 120000.0, "count", "2006-12"), ("日本", -210000.0, "count", "2007-01"),
            ("日本", 420000.0, "count", "2007-02"), ("日本", 61460000.0, "count", "2007-02"),
            ("日本", 380000.0, "count", "2007-Q1"), ("日本", 55300000.0, "count", "2007-02")} <= got
    # the row that lost a cell (four numbers, a blank, a level without brackets) is not read, one column off
    # or at all; the rows under it are
    assert not any(v == 4.0 for _, v, _, _ in got)
    assert not any(t.startswith("完全失業率") for t in texts)


def test_years_that_do_not_fit_the_runs_date_nothing(bare: ExtractContext) -> None:
    # two years over four runs of periods: which year 1月 is of is unknown (it was dated 2006-01)
    wrong = YEARS.replace("2006年 2007年 2006年 2007年", "2006年 2007年")
    assert not any("1月" in t for t in row_texts(wrong))
    assert not owned_rows(extract(bare, wrong))


RANKED = """【全国の上位輸入品目】
(単位:億円)
全国輸入
金額
2014年
前年比
構成比
総額
859,091
105.7%
100.0%
1
原油及び粗油
138,734
97.4%
16.1%
2
天然ガス及び製造ガス
89,374
109.9%
10.4%
全国の上位輸入品目をみると、原油及び粗油がトップとなっています。
"""


def test_a_ranked_table_one_cell_a_line(bare: ExtractContext) -> None:
    texts = row_texts(RANKED)
    assert texts[1:] == ["総額\t859,091\t105.7%\t100.0%", "原油及び粗油\t138,734\t97.4%\t16.1%",
                         "天然ガス及び製造ガス\t89,374\t109.9%\t10.4%"]
    got = owned_rows(extract(bare, RANKED))
    assert ("日本", 13873400000000.0, "JPY", "2014") in got
    assert ("日本", 109.9, "%", "2014") in got or ("日本", 9.9, "%", "2014") in got
    # the ranks are no cells: no figure 1 or 2, and no row one column off
    assert not any(v in (1.0, 2.0) for _, v, _, _ in got)
    # a rank that does not count on from the row before (「3」 after none) is a cell: the table is not read
    assert not row_texts(RANKED.replace("1\n原油", "3\n原油"))


LEVELS = """出典情報 | 労働力調査(基本集計)2022年(令和4年)12月分《総務省》 |
表5 主要項目の対同月増減
(万人)
実数
2022年12月
2021年12月
対2021年
同月増減
2019年12月
対2019年
同月増減
労働力人口
6875
6879
6912
▲4
▲ 37
就業者
6716
6706
6765
10
▲ 49
"""


def test_a_header_that_does_not_fit_its_cells_drafts_no_bare_number(bare: ExtractContext) -> None:
    # 「対2021年 / 同月増減」: one label broken over two lines, the changes listed between the levels;
    # read only in the order the table's own sums show (tests/test_ingest_ja_summaries.py): with a sum
    # that does not hold, nothing is read from the table, and its numbers are not run together into a
    # line and read one column off
    broken = LEVELS.replace("▲ 49", "▲ 47")
    got = owned_rows(extract(bare, broken))
    assert not any(v in (68750000.0, 68790000.0, 69120000.0, -40000.0, -370000.0, -37.0, 67160000.0,
                            100000.0, -490000.0, -470000.0, -49.0) for _, v, _, _ in got)
    assert not row_texts(broken)
    # the sums holding, the columns are read in their order: levels, then the changes on them
    assert (-370000.0, "2022-12") in {(v, p) for _, v, _, p in owned_rows(extract(bare, LEVELS))}


FLAT = """総務省統計局「労働力調査」
表1 就業者数の推移
（万人）
2020年
2021年
2022年
就業者
6710
6713
6723
完全失業者
191
193
179
"""


def test_a_flat_header_of_years_and_a_row_of_another_width(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, FLAT))
    assert {("日本", 67100000.0, "count", "2020"), ("日本", 67230000.0, "count", "2022"),
            ("日本", 1790000.0, "count", "2022")} <= got
    # one cell more in a row: which column each stands in is unknown, so nothing is read
    misaligned = FLAT.replace("6713\n", "6713\n6715\n")
    assert not row_texts(misaligned)
    assert not owned_rows(extract(bare, misaligned))
