"""Japanese releases (session 27, helper ``ingja``): a month and a ministry's regional branch at a
release's head are its date line and sender (「平成19年11月」 over 「〇〇国税局」), so the month dates
no figure; kilolitres written KL glued to their number; two column words on one header line and a
title's place kept over its unit line; a periodical's issue month (「2019年2月号」) dates no figure;
with the near-misses none of these rules may touch (docs/ingest.md, "Missed Japanese facts by cause
(session 27)")."""

from __future__ import annotations

import pytest

from shingi.ingest.dates import date_line
from shingi.ingest.extract import ExtractContext
from shingi.normalize.quantities import find_quantities
from shingi.normalize.text import normalize
from test_ingest_whole_documents import read


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


@pytest.mark.parametrize(("line", "month"), [
    ("平成19年11月札幌国税局", "2007-11"),  # the two head lines joined, as the sentence reader joins them
    ("令和5年12月 金沢国税局", "2023-12"),
    ("平成30年5月 国税庁", "2018-05"),
    ("平成26年3月 函館税関", "2014-03"),
    ("平成29年4月 関東財務局総務課", "2017-04"),
    # no sender after the month: a month alone, a bureau said in a phrase, a word that opens with 局
    ("2014年4月", None),
    ("平成19年11月の国税局", None),
    ("平成19年11月局地的な大雨", None),
    ("平成19年11月 国税局の発表によると", None),
])
def test_a_month_and_a_regional_branch_at_the_head_are_a_date_line(line: str, month: str | None) -> None:
    found = date_line(normalize(line), 0)
    assert (found[0].text if found else None) == month


DOC = """平成19年11月
札幌国税局

 管内における平成18年度(平成18年4月〜平成19年3月)の品目全体の消費数量は約42万3千KLで、前年度に比べ約1万1千KL(2.6%)減少した。

1 主な品目別の消費動向

(1) 前年度の消費数量との比較
 品目A(消費数量28,327KL、対前年比92.8%)及び品目B(消費数量47,373KL、対前年比96.1%)などが前年を下回った。
"""


def test_the_branchs_month_dates_no_figure(bare: ExtractContext) -> None:
    facts = read(bare, DOC)
    periods = {(round(o.value.value, 3), o.period.text) for o in facts.observations}
    # the later section's figures are the lead's fiscal year, not the month the branch published in
    assert (28327.0, "FY2006") in periods and (92.8, "FY2006") in periods
    assert (423000.0, "FY2006") in periods
    assert not any(p == "2007-11" for _, p in periods)
    # the month is the release's publication
    assert any(e.date.text == "2007-11" for e in facts.events)


def test_a_month_with_no_sender_still_frames_the_figures(bare: ExtractContext) -> None:
    # 「2014年4月」 alone over a release is the month it reports on (no sender): unchanged
    facts = read(bare, "2014年4月\n\n輸出額は5,000億円となった。\n")
    assert {o.period.text for o in facts.observations} <= {"2014-04"}


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("約42万3千KL", 423000.0, "kl"),
    ("消費数量6,568KL", 6568.0, "kl"),
    ("6,568kl", 6568.0, "kl"),
    ("58,208kL", 58208.0, "kl"),
    # spaced apart, capitals may be a name ("5 KL" offices: Kuala Lumpur); glued to a longer word, no unit
    ("5 KL offices", 5.0, None),
    ("3KLM", None, None),
])
def test_kilolitres_in_capitals_glued_to_the_number(text: str, value: float | None, unit: str | None) -> None:
    found = [(q.quantity.value, q.quantity.unit) for q in find_quantities(text)]
    if value is None:
        assert all(u != "kl" for _, u in found)
    else:
        assert (value, unit) in found


PORT_TABLE = """【{place}の上位輸入品目】
(単位:億円)
{place}輸入
金額
2014年
前年比 構成比
全国比
総額
108,999
107.4%
100.0%
12.7%
1
品目A
13,306
110.6%
12.2%
9.6%
2
品目B
10,690
98.3%
9.8%
32.8%
"""


def test_two_column_words_on_one_header_line_and_the_titles_place(bare: ExtractContext) -> None:
    facts = read(bare, PORT_TABLE.format(place="横浜港"))
    port = next(e.id for e in facts.entities.values() if e.name_ja == "横浜港")
    got = {(o.entity, round(o.value.value, 3), o.value.unit) for o in facts.observations}
    # 「前年比 構成比」 is two columns: each row's four cells read in their columns, the port's
    assert (port, 1330600000000.0, "JPY") in got
    assert (port, 12.2, "%") in got and (port, 9.6, "%") in got
    assert (port, 32.8, "%") in got
    assert all(o.period.text == "2014" for o in facts.observations)


def test_a_header_line_of_words_that_are_no_column_words_is_no_header(bare: ExtractContext) -> None:
    # 「輸入 品目」 is no pair of column words (a measure or a period each): the cells stay unread as a table
    text = PORT_TABLE.format(place="横浜港").replace("前年比 構成比", "輸入 品目")
    facts = read(bare, text)
    assert not any(round(o.value.value, 3) == 9.6 for o in facts.observations)


def test_a_title_line_that_names_no_one_keeps_no_earlier_title_for_prose(bare: ExtractContext) -> None:
    # the unit line and a column word carry the title's place to the table; a sentence names its own owner
    text = PORT_TABLE.format(place="横浜港") + "\n全国の輸入額は85兆9,091億円となった。\n"
    facts = read(bare, text)
    nation = [o for o in facts.observations if round(o.value.value) == 85909100000000]
    assert nation and all(o.entity == "JP" for o in nation)


SECOND_TABLE = """
{title}
(単位:億円)
輸入
金額
2014年
前年比 構成比
全国比
総額
858,999
107.4%
100.0%
100.0%
1
品目A
130,306
110.6%
12.2%
100.0%
"""


@pytest.mark.parametrize("title", ["【全体の上位輸入品目】", "■全体の上位輸入品目", "全体の上位輸入品目"])
def test_a_later_tables_title_that_names_no_one_keeps_no_earlier_place(bare: ExtractContext,
                                                                        title: str) -> None:
    # the first title's place is carried over its own block only: a new title (marked 【…】 / ■, or any line
    # after the first table's rows) starts a block of its own, whose table is not the place's (review R8)
    facts = read(bare, PORT_TABLE.format(place="横浜港") + SECOND_TABLE.format(title=title))
    port = next(e.id for e in facts.entities.values() if e.name_ja == "横浜港")
    second = [o for o in facts.observations if round(o.value.value) in (85899900000000, 13030600000000)]
    assert not any(o.entity == port for o in second)
    assert not any(o.owner_from == "text" for o in second)
    # near-misses: the first table is still the port's, through its unit line and column words
    first = [o for o in facts.observations if round(o.value.value) in (10899900000000, 1330600000000)]
    assert len(first) == 2 and all(o.entity == port and o.owner_from == "text" for o in first)


def test_a_later_tables_title_that_names_its_place_is_that_places(bare: ExtractContext) -> None:
    text = PORT_TABLE.format(place="横浜港") + SECOND_TABLE.format(title="【名古屋港の上位輸入品目】")
    facts = read(bare, text)
    nagoya = next(e.id for e in facts.entities.values() if e.name_ja == "名古屋港")
    second = [o for o in facts.observations if round(o.value.value) in (85899900000000, 13030600000000)]
    assert len(second) == 2 and all(o.entity == nagoya for o in second)


def test_a_periodicals_issue_month_dates_no_figure(bare: ExtractContext) -> None:
    text = ("広報誌 2019年2月号 Vol.54 No.11\n\n"
            "我が国の平成31年度予算の一般歳出は59兆9,359億円となった。\n\n"
            "主要経費別内訳\n\n"
            "政府専用機:▲251億円\n")
    facts = read(bare, text)
    got = {(round(o.value.value), o.period.text) for o in facts.observations}
    assert (-25100000000, "FY2019") in got
    assert not any(p == "2019-02" for _, p in got)


def test_a_month_with_no_issue_mark_still_dates(bare: ExtractContext) -> None:
    # 「2019年2月の…」 is the month itself (no 号): unchanged
    facts = read(bare, "日本の2019年2月の輸出額は5,000億円となった。\n")
    assert {o.period.text for o in facts.observations} == {"2019-02"}
