"""Tables set in plain text (shingi.ingest.layout): aligned cells under a header of periods or
measures, one cell a line (row by row, or labels then each column's numbers), tables drawn with
``|`` (US agencies' text releases), and what their columns mean: rates in per cent, contributions
in points, counts under a bare scale."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.ingest.layout import header_cell, table_lines
from shingi.ingest.readers import TextLine


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def figures(facts: DocFacts) -> set[tuple[float, str | None, str]]:
    """(value, unit, period) of every drafted figure."""
    return {(round(o.value.value, 6), o.value.unit, o.period.text) for o in facts.observations}


def owners(facts: DocFacts) -> set[str]:
    return {o.entity for o in facts.observations}


@pytest.mark.parametrize(("cell", "heads"), [
    ("2024年", True), ("2024年10月", True), ("10月", True), ("令和6年", True), ("2023年度", True),
    ("Q3 2025", True), ("Sep 2025", True), ("2022年 1)", True),
    ("前年同月比", True), ("前年同月差", True), ("寄与度", True), ("構成比", True), ("実数", True),
    ("伸率(金額)", True), ("% change", True), ("Level", True),
    ("就業者数", False), ("Employment", False), ("6,812", False), ("総務省統計局", False),
])
def test_header_cells(cell: str, heads: bool) -> None:
    assert header_cell(cell) is heads


def test_aligned_japanese_table_levels_changes_and_rates(bare: ExtractContext) -> None:
    text = ("総務省統計局は11月29日、労働力調査の結果を公表した。\n\n"
            "（単位：万人、%）\n"
            "項目          2024年10月    前年同月差    前年同月比\n"
            "就業者数         6,812          32          0.5\n"
            "完全失業者数       176          -8         -4.3\n")
    got = figures(extract(bare, text))
    assert got == {(68_120_000.0, "count", "2024-10"), (320_000.0, "count", "2024-10"), (0.5, "%", "2024-10"),
                   (1_760_000.0, "count", "2024-10"), (-80_000.0, "count", "2024-10"), (-4.3, "%", "2024-10")}


def test_aligned_english_table_periods_as_columns(bare: ExtractContext) -> None:
    text = ("The Office for National Statistics published the figures today.\n\n"
            "Table 1: CPI annual rates, %\n"
            "                              Sep 2025     Oct 2025\n"
            "Food and non-alcoholic drinks      4.5          4.9\n"
            "Transport                          1.2          0.8\n")
    got = figures(extract(bare, text))
    assert got == {(4.5, "%", "2025-09"), (4.9, "%", "2025-10"), (1.2, "%", "2025-09"), (0.8, "%", "2025-10")}


def test_one_cell_a_line_row_by_row_and_column_by_column(bare: ExtractContext) -> None:
    head = "厚生労働省は12月6日、毎月勤労統計調査 令和6年10月分結果速報を公表した。\n\n（単位：円、%）\n"
    by_rows = head + "実数\n前年同月比\n現金給与総額\n293,401\n2.6\n所定内給与\n268,040\n2.3\n"
    by_columns = head + "実数\n前年同月比\n現金給与総額\n所定内給与\n293,401\n268,040\n2.6\n2.3\n"
    want = {(293_401.0, "JPY", "2024-10"), (2.6, "%", "2024-10"),
            (268_040.0, "JPY", "2024-10"), (2.3, "%", "2024-10")}
    assert figures(extract(bare, by_rows)) == want
    assert figures(extract(bare, by_columns)) == want


def test_columns_with_leaders_rates_and_contributions(bare: ExtractContext) -> None:
    # labels, a leader 「:」 under each, then the column of rates and the column of contributions
    text = ("財務省は5月21日、平成26年4月分貿易統計を公表した。\n\n"
            "伸率(金額)\n寄与度\n自動車\n鉄鋼\n:\n:\n+ 5.1%\n▲ 2.0%\n+ 0.8\n▲ 0.1\n")
    got = figures(extract(bare, text))
    assert got == {(5.1, "%", "2014-04"), (0.8, "pp", "2014-04"),
                   (-2.0, "%", "2014-04"), (-0.1, "pp", "2014-04")}


def test_contribution_in_brackets_after_a_rate(bare: ExtractContext) -> None:
    text = ("東京都は8月30日、東京都区部消費者物価指数（2019年8月分）を公表した。\n\n"
            "10大費目 中分類,前年同月比(寄与度)\n食料 菓子類 4.4%(0.09)\n住居 家賃 0.4%(0.08)\n")
    got = figures(extract(bare, text))
    assert {(0.09, "pp"), (0.08, "pp")} <= {(v, u) for v, u, _p in got}
    assert {(4.4, "%"), (0.4, "%")} <= {(v, u) for v, u, _p in got}


def test_table_drawn_with_pipes_stacked_header_and_section(bare: ExtractContext) -> None:
    text = ("The U.S. Bureau of Labor Statistics reported today.\n\n"
            "Table A. Job openings and hires by industry, seasonally adjusted\n"
            "-------------------------------------------\n"
            "                   | Job openings | Hires\n"
            "Industry           | Aug. | July | Aug. | July\n"
            "                   | 2008 | 2009p| 2008 | 2009p\n"
            "-------------------|-----------------------\n"
            "                   | Levels (in thousands)\n"
            "Total(1)...........|3,722 |2,408 |4,654 |4,228\n"
            "Construction.....| 84 | 47 | 424 | 355\n")
    facts = extract(bare, text)
    assert figures(facts) == {
        (3_722_000.0, "count", "2008-08"), (2_408_000.0, "count", "2009-07"),
        (4_654_000.0, "count", "2008-08"), (4_228_000.0, "count", "2009-07"),
        (84_000.0, "count", "2008-08"), (47_000.0, "count", "2009-07"),
        (424_000.0, "count", "2008-08"), (355_000.0, "count", "2009-07")}
    assert owners(facts) == {"US"}


def test_years_apart_by_one_space_and_footnote_numbers(bare: ExtractContext) -> None:
    text = ("Statistics Canada released the Consumer Price Index today.\n\n"
            "Consumer Price Index, annual (2002=100)\n"
            "Products and product groups 15 2014 2015 2016\n"
            "All-items 125.2 126.6 128.4\n"
            "Food 17 135.5 140.5 142.6\n")
    got = figures(extract(bare, text))
    assert got == {(125.2, "index", "2014"), (126.6, "index", "2015"), (128.4, "index", "2016"),
                   (135.5, "index", "2014"), (140.5, "index", "2015"), (142.6, "index", "2016")}


@pytest.mark.parametrize("text", [
    # a header with no row of as many numbers under it
    "2023年    2024年\n出生数は1 091 150人で、前年より減少した。\n",
    # numbers one a line with no header of periods or measures over them
    "就業者数\n6,812\n完全失業者数\n176\n",
    # a header line whose next line has another count of numbers
    "          2023    2024    2025\nSales        12      14\n",
])
def test_no_table_without_a_header_and_matching_rows(text: str) -> None:
    lines = [TextLine(i + 1, t, 0, None, "text" if t.strip() else "blank")
             for i, t in enumerate(text.splitlines())]
    assert [x.role for x in table_lines(lines)] == [x.role for x in lines]


def test_markdown_rows_are_left_to_the_markdown_reader() -> None:
    lines = [TextLine(1, "| | 2024年 | 2025年 |"), TextLine(2, "|---|---|---|"),
             TextLine(3, "| 売上高 | 10 | 12 |")]
    assert list(table_lines(lines)) == lines


def test_header_over_several_lines_sections_and_rates(bare: ExtractContext) -> None:
    # a header set over three lines ("Sept." over "2024"; "Change from:" over "Aug.-Sept." over "2025"),
    # numbers in thousands, leader dots, a blank line and a section of rates inside the table
    text = ("The U.S. Bureau of Labor Statistics reported today.\n\n"
            "Summary table A. Household data, seasonally adjusted\n"
            "(Numbers in thousands)\n"
            "                              Sept.     Aug.     Sept.   Change from:\n"
            "           Category            2024     2025     2025    Aug.-Sept.\n"
            "                                                             2025\n\n"
            "Employed.................   161,700  163,720  163,900       180\n\n"
            "Unemployment rates\n\n"
            "Total, 16 years and over..      4.1      4.3      4.2      -0.1\n")
    facts = extract(bare, text)
    assert figures(facts) == {
        (161_700_000.0, "count", "2024-09"), (163_720_000.0, "count", "2025-08"),
        (163_900_000.0, "count", "2025-09"), (180_000.0, "count", "2025-09"),
        (4.1, "%", "2024-09"), (4.3, "%", "2025-08"), (4.2, "%", "2025-09"), (-0.1, "pp", "2025-09")}
    assert owners(facts) == {"US"}
    names = {facts.metrics[o.metric].name_en for o in facts.observations if o.value.unit == "%"}
    assert names == {"Unemployment rates: Total, 16 years and over"}


def test_units_under_the_measures_of_a_japanese_header(bare: ExtractContext) -> None:
    text = ("総務省統計局は12月3日、労働力調査（基本集計）2024年10月分を公表した。\n\n"
            "表１ 就業状態別15歳以上人口\n"
            "                         実数       対前年同月増減\n"
            "                        （万人）      （万人）\n"
            "  労働力人口              7,030         30\n"
            "    就業者                6,812         32\n")
    facts = extract(bare, text)
    assert figures(facts) == {(70_300_000.0, "count", "2024-10"), (300_000.0, "count", "2024-10"),
                              (68_120_000.0, "count", "2024-10"), (320_000.0, "count", "2024-10")}
    names = {facts.metrics[o.metric].name_ja for o in facts.observations}
    assert names == {"労働力人口（実数）", "労働力人口（対前年同月増減）",
                     "就業者（実数）", "就業者（対前年同月増減）"}


def test_html_header_rows_stacked_over_spanned_columns(tmp_path) -> None:
    from shingi.ingest.readers import open_document

    page = tmp_path / "lfs.html"
    page.write_text(
        "<html><body><p>Statistics Canada released the Labour Force Survey today.</p><table>"
        "<thead><tr><th rowspan='2'></th><th colspan='2'>Employment</th>"
        "<th colspan='2'>Unemployment rate</th></tr>"
        "<tr><th>September 2025</th><th>October 2025</th><th>September 2025</th><th>October 2025</th></tr>"
        "<tr><th></th><th colspan='2'>thousands</th><th colspan='2'>%</th></tr></thead>"
        "<tbody><tr><th>Canada</th><td>21,015.2</td><td>21,081.8</td><td>7.1</td><td>6.9</td></tr>"
        "<tr><td>Quebec</td><td colspan='2'>4,500.0</td><td>5.9</td><td></td></tr></tbody>"
        "</table></body></html>", encoding="utf-8")
    rows = [x.text for x in open_document(page).lines() if x.role == "row"]
    assert rows == [
        "\tEmployment September 2025 thousands\tEmployment October 2025 thousands"
        "\tUnemployment rate September 2025 %\tUnemployment rate October 2025 %",
        "Canada\t21,015.2\t21,081.8\t7.1\t6.9",
        "Quebec\t4,500.0\t\t5.9\t"]  # a data cell over two columns counts once; empty cells keep places


def test_html_table_figures_from_a_stacked_header(tmp_path, bare: ExtractContext) -> None:
    from shingi.ingest.run import _read_document

    page = tmp_path / "lfs.html"
    page.write_text(
        "<html><body><p>Statistics Canada released the Labour Force Survey today.</p><table>"
        "<tr><th></th><th colspan='2'>Employment</th><th colspan='2'>Unemployment rate</th></tr>"
        "<tr><th></th><th>September 2025</th><th>October 2025</th>"
        "<th>September 2025</th><th>October 2025</th></tr>"
        "<tr><th></th><th colspan='2'>thousands</th><th colspan='2'>%</th></tr>"
        "<tr><th>Canada</th><td>21,015.2</td><td>21,081.8</td><td>7.1</td><td>6.9</td></tr>"
        "</table></body></html>", encoding="utf-8")
    facts = _read_document(str(page), str(page), None, None).facts
    assert facts is not None
    assert figures(facts) == {(21_015_200.0, "count", "2025-09"), (21_081_800.0, "count", "2025-10"),
                              (7.1, "%", "2025-09"), (6.9, "%", "2025-10")}


def test_markdown_table_with_a_second_header_row_and_no_stub(bare: ExtractContext) -> None:
    # a web page's table as Markdown: a row of groups (their spans lost), then the row of periods with
    # no cell over the labels' column (and an empty cell at its end), then the data
    text = ("総務省統計局は11月1日、労働力調査(基本集計) 2019年(令和元年)9月分を公表した。\n\n"
            "| 年平均 | 月次(季節調整値) | |||\n"
            "|---|---|---|---|---|\n"
            "| 2017年 | 2018年 | 2019年8月 | 9月 | |\n"
            "| 完全失業率 | 2.8% | 2.4% | 2.2% | 2.4% |\n")
    assert figures(extract(bare, text)) == {(2.8, "%", "2017"), (2.4, "%", "2018"),
                                            (2.2, "%", "2019-08"), (2.4, "%", "2019-09")}


@pytest.mark.parametrize(("text", "periods"), [
    ("指数水準H27.5 97.2以来", ["2015-05"]),  # 平成27年5月, as statistics tables abbreviate it
    ("R1.10", ["2019-10"]),
    ("S64.1", ["1989-01"]),
    ("①H21.2 76.6", []),  # a ranking's place before it: no month of a series
    ("H2O 3.5", []),
    ("The department spent R2.5 billion in 2019.", ["2019"]),  # rand, not 令和2年5月
    ("the S3.2 model", []),
])
def test_era_initial_and_month(text: str, periods: list[str]) -> None:
    from shingi.normalize.periods import find_periods

    assert [p.period.text for p in find_periods(text)] == periods


def test_series_as_columns_and_measures_as_rows(bare: ExtractContext) -> None:
    text = ("経済産業省は9月14日、平成27年7月分の鉱工業指数を公表した。\n\n"
            "月次 生産 出荷 在庫\n\n"
            "季調済指数 97.5 96.2 113.7\n\n"
            "前月比 ▲ 0.8% ▲ 0.4% 0.8%\n")
    got = figures(extract(bare, text))
    assert got == {(97.5, "index", "2015-07"), (96.2, "index", "2015-07"), (113.7, "index", "2015-07"),
                   (-0.8, "%", "2015-07"), (-0.4, "%", "2015-07"), (0.8, "%", "2015-07")}


def test_table_by_province_rows_are_places(bare: ExtractContext) -> None:
    text = ("Statistics Canada released the Labour Force Survey today.\n\n"
            "Table 2 Unemployment rate by province, seasonally adjusted, %\n"
            "| | September 2025 | October 2025 |\n"
            "|---|---|---|\n"
            "| Canada | 7.1 | 6.9 |\n"
            "| Ontario | 7.9 | 7.6 |\n"
            "| Total, all provinces | 7.1 | 6.9 |\n")
    facts = extract(bare, text)
    got = {(o.entity, o.value.value, o.period.text) for o in facts.observations}
    # (Ontario is a built-in part of Canada, KNOWN_REGIONS)
    assert ("CA-ON", 7.9, "2025-09") in got and ("CA-ON", 7.6, "2025-10") in got
    assert ("CA", 7.1, "2025-09") in got
    assert not any(e == "total-all-provinces" for e, _v, _p in got)


def test_measures_across_and_periods_down_with_a_header_over_several_lines(bare: ExtractContext) -> None:
    # a statistics table kept as spacing: measures over their units across, the year said once down
    text = ("富山県の鉱工業指数\n\n"
            "  年月          生産指数      前月比\n"
            "                (季調済)       (%)\n"
            "平成29年 5月       109.3        2.1\n"
            "         6月       112.7        3.1\n"
            "         7月       107.3       -4.8\n")
    got = figures(extract(bare, text))
    assert {(109.3, "index", "2017-05"), (112.7, "index", "2017-06"), (-4.8, "%", "2017-07")} <= got
    text = ("Consumer Price Index, Australia\n\n"
            "                         Index      Change from     Change from\n"
            "                         numbers    previous        corresponding\n"
            "                                    quarter         quarter of\n"
            "                                                    previous year\n"
            "Quarter                             (%)             (%)\n"
            "Mar Qtr 2017             110.5      0.5             2.1\n"
            "Jun Qtr 2017             110.7      0.2             1.9\n")
    facts = extract(bare, text)
    assert figures(facts) == {(110.5, "index", "2017-Q1"), (0.5, "%", "2017-Q1"), (2.1, "%", "2017-Q1"),
                              (110.7, "index", "2017-Q2"), (0.2, "%", "2017-Q2"), (1.9, "%", "2017-Q2")}
    assert owners(facts) == {"AU"}


def test_period_rows_with_their_year_as_a_number_and_a_scale_of_thousands(bare: ExtractContext) -> None:
    # "Jun 2015" (the year is the label's, not a column), "('000)" a scale of thousands; 令和元年 a year
    text = ("Table 2. Labour force, Australia, seasonally adjusted\n\n"
            "Month          Employed     Unemployed   Unemployment\n"
            "               ('000)       ('000)       rate (%)\n"
            "Jun 2015       11,740.9     800.3        6.4\n"
            "Jul 2015       11,758.3     795.5        6.3\n")
    assert figures(extract(bare, text)) == {
        (11_740_900.0, "count", "2015-06"), (800_300.0, "count", "2015-06"), (6.4, "%", "2015-06"),
        (11_758_300.0, "count", "2015-07"), (795_500.0, "count", "2015-07"), (6.3, "%", "2015-07")}
    text = ("日本の常用労働者数の推移\n\n"
            "　　年　　　　　　　常用労働者数　　前年比\n"
            "　　　　　　　　　　　（千人）　　　（％）\n"
            "平成30年　　　　　　 51,219　　　　 1.7\n"
            "令和元年　　　　　　 51,897　　　　 1.3\n")
    assert {(51_897_000.0, "count", "2019"), (1.3, "%", "2019")} <= figures(extract(bare, text))


def test_period_rows_under_a_japanese_header_set_with_single_spaces(bare: ExtractContext) -> None:
    # one header line of as many cells as columns (and the labels'): its cells name the columns in order
    text = ("足利市の人口\n\n"
            "年月 人口(人) 世帯数(世帯) 人口増減(人)\n"
            "令和2年7月 146,796 61,125 -81\n"
            "令和2年8月 146,715 61,231 -120\n")
    assert figures(extract(bare, text)) == {
        (146_796.0, "count", "2020-07"), (61_125.0, "count", "2020-07"), (-81.0, "count", "2020-07"),
        (146_715.0, "count", "2020-08"), (61_231.0, "count", "2020-08"), (-120.0, "count", "2020-08")}


def test_words_over_numbers_in_prose_are_no_table(bare: ExtractContext) -> None:
    # one row of a period and numbers is no table (two are needed), nor a line of words over prose
    lines = [TextLine(1, "Sales      Profit"), TextLine(2, "2024      12.5      3.1"),
             TextLine(3, "The company said sales rose.")]
    assert [x.role for x in table_lines(lines)] == ["text", "text", "text"]


@pytest.mark.parametrize(("text", "want"), [
    # a web page's table copied as text: the header's periods and the row's numbers apart by one space, a
    # row that states its unit in brackets, a change column of a rate in points
    ("Labour market statistics, UK: May 2019\n\n"
     "Table 1: Summary of UK labour market, seasonally adjusted\n"
     "Jan-Mar 2019 Oct-Dec 2018 Change on quarter\n"
     "Employment rate (%) 76.1 75.8 0.3\n"
     "Unemployment rate (%) 3.8 4.0 -0.2\n",
     {(76.1, "%", "2019-Q1"), (75.8, "%", "2018-Q4"), (0.3, "pp", "2019-Q1"),
      (3.8, "%", "2019-Q1"), (4.0, "%", "2018-Q4"), (-0.2, "pp", "2019-Q1")}),
    # ABS: "11 234.5" is one number (the row has as many numbers as the header has columns only so); the
    # title's "($ million)" in an Australian release is Australian dollars
    ("Retail Trade, Australia, June 2014\n\n"
     "Table 1. Turnover, Australia, seasonally adjusted ($ million)\n"
     "May 2014 Jun 2014 % change\n"
     "Food retailing 11 234.5 11 301.2 0.6\n",
     {(11_234_500_000.0, "AUD", "2014-05"), (11_301_200_000.0, "AUD", "2014-06"), (0.6, "%", "2014-06")}),
])
def test_header_of_periods_apart_by_one_space(bare: ExtractContext, text: str,
                                              want: set[tuple[float, str, str]]) -> None:
    assert figures(extract(bare, text)) == want


@pytest.mark.parametrize("text", [
    "Retail sales rose in May 2014 and June 2014 by 3 4 5\n",  # words between the periods: prose
    "May 2014 Jun 2014\nFood retailing 1 234 5 6 7\n",  # numbers that do not add up to the columns
])
def test_no_spaced_table_without_periods_alone_and_matching_rows(text: str) -> None:
    lines = [TextLine(i + 1, t) for i, t in enumerate(text.splitlines())]
    assert all(x.role == "text" for x in table_lines(lines))



# a budget table whose cells ran into one line after its unit note (dev16 財務省 ファイナンス): each row a
# label, the earlier and the new fiscal year's levels, the change and its rate, perhaps a remark
_RUN_HEAD = ("令和5年度予算は国会での審議を経て成立した。"
             "(単位:億円)区分4年度予算(当初)5年度予算増減額増減率備考")
_RUN_ROWS = ("人件費12,50012,800+300+2.4%職員の増物件費3,4003,230▲170▲5.0%システム更改の減:▲120億円"
             "補助金8,0008,080+80+1.0%")


def test_table_run_into_one_line_rows_periods_and_owner(bare: ExtractContext) -> None:
    rows = [x.text for x in table_lines([TextLine(1, _RUN_HEAD + _RUN_ROWS)]) if x.role == "row"]
    assert rows == ["\t4年度予算(当初)\t5年度予算\t増減額\t増減率",
                    "人件費\t12,500\t12,800\t+300\t+2.4%", "物件費\t3,400\t3,230\t▲170\t▲5.0%",
                    "補助金\t8,000\t8,080\t+80\t+1.0%"]
    got = owned_rows(extract(bare, _RUN_HEAD + _RUN_ROWS))
    # (the header's 4年度 and 5年度 are 令和's, the era the text counts in; change and rate the new year's)
    assert {("日本", 1.25e12, "JPY", "FY2022"), ("日本", 1.28e12, "JPY", "FY2023"),
            ("日本", 3e10, "JPY", "FY2023"), ("日本", 2.4, "%", "FY2023"), ("日本", -1.7e10, "JPY", "FY2023"),
            ("日本", -5.0, "%", "FY2023"), ("日本", 8.08e11, "JPY", "FY2023")} <= got


def _roles(text: str) -> set[str]:
    return {x.role for x in table_lines([TextLine(1, text)])}


def test_table_run_into_one_line_taken_only_when_its_numbers_check() -> None:
    # the change is not the later level less the earlier: numbers glued some other way, no such table
    assert _roles(_RUN_HEAD + "人件費12,50012,800+900+2.4%物件費3,4003,230▲170▲5.0%") == {"text"}
    # no unit note before it, or one row only: no table either
    assert _roles(_RUN_HEAD.replace("(単位:億円)", "") + _RUN_ROWS) == {"text"}
    assert _roles(_RUN_HEAD + "人件費12,50012,800+300+2.4%") == {"text"}


def test_table_run_into_one_line_unowned_without_the_diet(bare: ExtractContext) -> None:
    # a text that does not speak of the national Diet (国会) gives no country: the rows wait for an owner
    text = _RUN_HEAD.replace("国会での審議を経て", "") + _RUN_ROWS
    assert "日本" not in {owner for owner, *_ in owned_rows(extract(bare, text))}
    other = _RUN_HEAD.replace("国会", "英国会社") + _RUN_ROWS
    assert "日本" not in {owner for owner, *_ in owned_rows(extract(bare, other))}


#: a web table with spanning cells flattened to lines (dev17 Eurostat): its title alone on a line, a line of
#: group names set one after another, a line of periods without the cell over the row labels
_FLATTENED = (
    "The statistical office released its flash estimate.\n\n"
    "Tables\n"
    "Euro area annual inflation and its components (%) | ||||||\n"
    "---|---|---|---|---|---|---|\n"
    "Weights (‰) | Annual rate | Monthly rate | ||||\n"
    "2024 | Sep 23 | Aug 24 | Sep 24 | Sep 24 | |\n"
    "Energy | 99.1 | -4.6 | -3.0 | -6.0e | -1.6e |\n"
    "e estimate |\n"
    "Inflation rates (%) measured by the HICP | |||||\n"
    "---|---|---|---|---|---|\n"
    "Annual rate | Monthly rate | ||||\n"
    "Sep 23 | Aug 24 | Sep 24 | Sep 24 | |\n"
    "Belgium | 0.7 | 4.3 | 4.5e | -0.2e |\n")


def test_flattened_table_groups_periods_and_the_table_under_it(bare: ExtractContext) -> None:
    facts = extract(bare, _FLATTENED)
    rows = {(o.entity, round(o.value.value, 6), o.value.unit, o.period.text) for o in facts.observations}
    # the group names name the runs of the periods (a run ends where "Sep 24" comes again); "Sep 23" is
    # September 2023 (Aug 24 and Sep 24 share their two digits); the title's "(%)" is the unit, and the
    # title names whose figures they are
    assert {("EA", -4.6, "%", "2023-09"), ("EA", -3.0, "%", "2024-08"), ("EA", -6.0, "%", "2024-09"),
            ("EA", -1.6, "%", "2024-09")} <= rows
    # the second table, under the first one's note, is read too (it was swallowed with the first's lines)
    assert {("BE", 0.7, "%", "2023-09"), ("BE", 4.3, "%", "2024-08"), ("BE", 4.5, "%", "2024-09"),
            ("BE", -0.2, "%", "2024-09")} <= rows
    names = {o.metric for o in facts.observations if o.entity == "BE"}
    assert any("monthly" in m for m in names) and any("annual" in m for m in names)
    # the weights column is in parts per thousand: no per cent
    assert not any(round(o.value.value, 1) == 99.1 for o in facts.observations)


def test_days_of_a_month_are_no_years_and_a_period_stub_that_does_not_fit_stays() -> None:
    from shingi.ingest.layout import _month_years, _without_stub
    # days under one month: "Sep 23 | Sep 24 | Sep 25" are days, not 2023 to 2025
    assert _month_years(["Sep 23", "Sep 24", "Sep 25"]) == ["Sep 23", "Sep 24", "Sep 25"]
    assert _month_years(["Aug 24", "Sep 24"]) == ["Aug 2024", "Sep 2024"]
    # a year over its months ("2008 | Jan | Feb | Mar" over three numbers): moving it would push a filled
    # cell off the end, so the header is left as it is
    heads = [("2008", ["Jan", "Feb", "Mar"])]
    assert _without_stub(heads, 3) == heads
    # a header whose first cell is a label, not a period, is not moved either
    heads = [("Industry", ["2023", "2024", ""])]
    assert _without_stub(heads, 3) == heads


# a web page's table copied as text whose header cells broke over lines (dev18 StatCan's CPI by province): a
# month over its year, spans of months, a units line, a weights column the header gives no period
_BROKEN = """Table 3
Consumer Price Index for the provinces – Not seasonally adjusted
  Relative importance1 May
2016
April
2017
May
2017
April to May 2017 May 2016 to May 2017
  % (2002=100)(2002=100)(2002=100) % change% change
Canada 100.000 128.1 130.4 130.5 0.1 1.3
Ontario 38.50 129.0 131.8 131.6 -0.2 2.0
Manitoba (Dec. 2002=100) 3.20 126.3 128.0 128.4 0.3 1.7
Source(s):
"""


def test_header_broken_over_lines_periods_units_and_owners(bare: ExtractContext) -> None:
    rows = [x.text for x in table_lines([TextLine(i + 1, t) for i, t in enumerate(_BROKEN.splitlines())])
            if x.role == "row"]
    assert rows[0] == ("\tMay 2016\tApril 2017\tMay 2017\tApril to May 2017 % change"
                       "\tMay 2016 to May 2017 % change")
    assert len(rows) == 4 and "100.000" not in rows[1]  # (the weights column: no period heads it)
    got = owned_rows(extract(bare, _BROKEN))
    assert ("Ontario", 129.0, "index", "2016-05") in got
    assert ("Ontario", 131.8, "index", "2017-04") in got
    assert ("Ontario", -0.2, "%", "2017-05") in got and ("Ontario", 2.0, "%", "2017-05") in got
    assert ("Manitoba", 128.4, "index", "2017-05") in got  # (its own base in brackets names no other place)
    assert not any(v in (100.0, 38.5, 3.2) for _, v, _, _ in got)
    assert len(got) == 15


@pytest.mark.parametrize("text", [
    # the rows' numbers do not add up to the columns (two too many)
    "  Weight May\n2016\nApril\n2017\nOntario 38.50 129.0 131.8 1.0 2.0\nManitoba 3.20 126.3 128.0 1.0 2.0\n",
    # words between the periods: a sentence broken over lines, not a header
    "Prices rose in May\n2016 and fell in April\n2017\nOntario 129.0 131.8\nManitoba 126.3 128.0\n",
    # one row only
    "  Weight May\n2016\nApril\n2017\nOntario 38.50 129.0 131.8\n",
])
def test_no_broken_header_without_periods_alone_and_matching_rows(text: str) -> None:
    lines = [TextLine(i + 1, t) for i, t in enumerate(text.splitlines())]
    assert all(x.role == "text" for x in table_lines(lines))
