"""Japanese releases as transcribed (issue 14, dev15): a section number alone on a line, its label under it,
and a number spaced from its counter."""

from __future__ import annotations

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import parse_period


def test_a_section_number_and_its_label_head_the_sentence_under_them() -> None:
    # MAFF crop release: 「1」 / 「大豆」 / the sentence; glued (「1大豆全国の…」) nothing was drafted
    text = ("平成26年産大豆の収穫量\n\n【調査結果の概要】\n1\n大豆\n"
            "全国の大豆の収穫量は22万5,600tで、前年産に比べて2万5,700t(13%)増加した。\n"
            "2\n小豆\n全国の小豆の収穫量は7万6,800tで、前年産に比べて8,800t(13%)減少した。\n")
    rows = owned_rows(extract(ExtractContext(None), text, parse_period("2015-02-24")))
    assert {("日本", 225600.0, "t", "2014"), ("日本", 25700.0, "t", "2014"),
            ("日本", 76800.0, "t", "2014"), ("日本", -8800.0, "t", "2014")} <= rows
    assert all(value not in (1.0, 2.0) for _, value, _, _ in rows)


def test_a_number_spaced_from_its_counter_counts_it_and_shares_the_fall() -> None:
    # 畜産統計 as transcribed: 「900 戸(4.8 %)減少」 is a fall of 900 farms, 「77.5 頭」 head per farm
    text = ("農林水産省\n\n畜産統計(平成27年2月1日現在)\n"
            "飼養戸数は1万7,700 戸で、前年に比べて900 戸(4.8 %)減少した。\n"
            "なお、1戸当たり飼養頭数は77.5 頭で、前年に比べて2.5 頭(3.3 %)増加した。\n")
    facts = extract(ExtractContext(None), text, parse_period("2015-06-30"))
    values = {value for _, value, _, _ in owned_rows(facts)}
    assert {17700.0, -900.0, -4.8, 77.5, 2.5, 3.3} <= values
    assert 900.0 not in values


def test_a_longer_word_after_a_space_is_no_counter() -> None:
    # 「図 2 乳用牛の飼養戸数」: a figure's number, not two dairy cattle
    text = "農林水産省\n\n図 2 乳用牛の飼養戸数の推移をみると、飼養戸数は1万7,700 戸となった。\n"
    facts = extract(ExtractContext(None), text, parse_period("2015-06-30"))
    values = {value for _, value, _, _ in owned_rows(facts)}
    assert 2.0 not in values


def test_a_clause_under_a_section_number_is_no_label() -> None:
    # MAFF 水陸稲: 「1」 / 「平成25年産水稲の作柄は、…となり、」 / the rest of the sentence: one sentence, its
    # 平成25年産 dating the figures
    text = ("平成25年産水陸稲の収穫量\n\n1\n平成25年産水稲の作柄は、全もみ数が平年並みとなり、\n"
            "全国の10a当たり収量は539kgとなった。\n")
    rows = owned_rows(extract(ExtractContext(None), text, parse_period("2013-12-06")))
    assert ("日本", 539.0, "kg/10a", "2013") in rows


def test_an_ordinal_number_is_no_count_of_the_word_after_it() -> None:
    # 「( 第 1 表 ) 売上高は…」 (MOF 法人企業統計 as transcribed): the first table, not one table
    text = "財務省\n\n(1) 売上高 ( 第 1 表 ) 売上高は343 兆 5,978 億円となった。\n"
    facts = extract(ExtractContext(None), text, parse_period("2015-06-01"))
    assert 1.0 not in {value for _, value, _, _ in owned_rows(facts)}


def test_a_table_number_before_by_month_names_no_month() -> None:
    # MAFF 鶏卵流通統計: 「表1 月別鶏卵生産量(全国)」 dated the section after it January; 月別 is "by month"
    from shingi.ingest.dates import find_periods

    assert find_periods("表1 月別鶏卵生産量(全国)", default_year=2016) == []
    assert find_periods("図1 月別鶏卵生産量の推移", default_year=2016) == []
    assert [p.period.text for p in find_periods("1月の生産量", default_year=2016)] == ["2016-01"]
