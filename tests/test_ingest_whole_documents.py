"""Whole documents that drafted nothing: a national statistic's title after its year set apart by a
space (not …状況報告 nor …状況(…現在), which every town titles its own with), a Japanese text that
speaks of the whole country as its own (全国で, 我が国; not 全国では, 全国で見ると, nor since session 27
全国・ and 国民), and
the numbers of a Japanese text's tables and charts (「(1表)」); a table of a label
and one amount a line under a unit stated once for the whole table (「(単位:千円)」), a release's
publisher alone on the line under its date line, and a note's mark (「*1」) that is no figure; with the
cases none of these rules may touch (docs/ingest.md, "Whole documents that drafted nothing")."""

from __future__ import annotations

import io

import pytest

from shingi.ingest.doc_owner import StatedOwner, national_statistic_title
from shingi.ingest.extract import DocFacts, DocumentExtractor, ExtractContext
from shingi.ingest.layout import _unit_list, table_lines
from shingi.ingest.readers import TextLine, iter_text_lines
from shingi.ingest.sentences import split_sentences


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def read(ctx: ExtractContext, text: str) -> DocFacts:
    lines = table_lines(iter_text_lines(io.StringIO(text, newline=None)))
    return DocumentExtractor(ctx, "doc.txt", "src-doc", None, None).add_all(split_sentences(lines))


def rows(facts: DocFacts) -> set[tuple[str, float, str]]:
    return {(o.entity, round(o.value.value, 6), o.period.text) for o in facts.observations}


@pytest.mark.parametrize(("title", "name"), [
    ("一般職業紹介状況（平成29年4月分）", "一般職業紹介状況"),
    # a status report and a status as of a day: every city and town publishes its own under these
    ("平成22年度  介護保険事業状況報告(年報)", None),
    ("厚生年金保険・国民年金事業状況(平成22年9月現在) 1.適用状況", None),
    ("住民基本台帳人口状況（令和6年4月1日現在）", None),
    ("平成30年度 学校基本調査 結果の概要", "学校基本調査"),
    # a status alone, or with a bracket that is no part or day it reports on, names no statistic
    ("事業の状況(概要)", None),
    ("令和元年度 県政の状況", None),
    ("経営の状況(令和元年度)", None),
])
def test_a_statistics_title_in_its_report_forms(title: str, name: str | None) -> None:
    span = national_statistic_title(title)
    assert (title[span[0]:span[1]] if span else None) == name


def test_a_survey_titled_with_its_year_is_the_nations(bare: ExtractContext) -> None:
    text = "平成30年度 学校基本調査\n\n小学校の在学者数は、平成30年5月1日現在で642万人となっている。\n"
    facts = read(bare, text)
    assert ("JP", 6420000.0, "2018-05-01") in rows(facts)
    assert "学校基本調査" in (facts.observations[0].note or "")


@pytest.mark.parametrize("text", [
    "令和4年度  介護保険事業状況報告（年報）\n\n第1号被保険者数は12,345人で、前年度末より210人増加した。\n",
    "住民基本台帳人口状況（令和6年4月1日現在）\n\n総人口は52,341人で、前月より45人減少しました。\n",
    "Population status report (as at 1 April 2024)\n\nThe total population was 52,341, down 45 in a month.\n",
])
def test_a_status_report_or_a_status_as_of_a_day_names_no_owner(bare: ExtractContext, text: str) -> None:
    # a town's own report under the title every town uses (its name only in the site's header): no owner
    assert not any(v == 52341.0 or v == 12345.0 for _e, v, _p in rows(read(bare, text)))


def test_a_status_report_of_a_prefecture_is_not_the_nations(bare: ExtractContext) -> None:
    # the title names its place: the statistic is the prefecture's own, never Japan's
    text = ("平成22年度  富山県介護保険事業状況報告(年報)\n\n"
            "第1号被保険者数は、平成22年度末現在で29万人となっている。\n")
    assert not any(e == "JP" for e, _v, _p in rows(read(bare, text)))


def test_a_status_as_of_a_day_is_the_nations_when_the_text_says_the_nation(bare: ExtractContext) -> None:
    text = ("厚生年金保険・国民年金事業状況\n(平成22年9月現在)\n1.適用状況\n"
            "平成22年9月末現在の第3号被保険者は、全国で1,012万人である。\n")
    assert ("JP", 10120000.0, "2010-09") in rows(read(bare, text))


def test_the_number_of_a_table_or_a_chart_is_no_figure(bare: ExtractContext) -> None:
    text = ("平成22年度  介護保険事業状況報告(年報)\n\n"
            "我が国の第1号被保険者数は、平成22年度末現在で2,910万人となっている。(1表)\n"
            "前年度末現在に比べ前期高齢者32万人(2.1%)減となっている。(2表)\n"
            "推移は1-3-1-1図のとおりである。\n")
    values = {v for _e, v, _p in rows(read(bare, text))}
    assert values == {29100000.0, -320000.0, -2.1}


def test_a_number_before_words_that_open_with_the_same_kanji_stays(bare: ExtractContext) -> None:
    # 表示 (shown), 表明 (declared) are words, not a table's number: the figure before them is kept
    text = "物価の動き\n\n2024年9月の全国の消費者物価指数は前年同月比1.6%上昇し、3表示品目が上昇した。\n"
    assert ("JP", 1.6, "2024-09") in rows(read(bare, text))


def test_a_text_counting_nationwide_owns_its_unowned_figures_to_the_nation(bare: ExtractContext) -> None:
    text = ("救急出動の状況\n\n"
            "平成24年中の搬送人員のうち、軽症の割合は50.5%となっている。\n\n"
            "救急自動車による出動は、全国で増え続けている。\n")
    facts = read(bare, text)
    assert ("JP", 50.5, "2012") in rows(facts)
    note = next(o.note for o in facts.observations if o.value.value == 50.5)
    assert "whole country" in (note or "")


def test_our_country_says_the_nation_and_the_row_says_its_owner_was_inferred(bare: ExtractContext) -> None:
    text = ("家計の動き\n\n平成17年の消費支出は前年に比べ0.5%の減少となった。\n\n"
            "我が国の総人口は減少が続いている。\n")
    facts = read(bare, text)
    assert ("JP", -0.5, "2005") in rows(facts)
    row = next(o for o in facts.observations if o.value.value == -0.5)
    assert row.owner_from == "context" and "whole country" in (row.note or "")


@pytest.mark.parametrize("said", ["国民一人当たりの支出も減った。", "平成17年の全国・総世帯の集計による。"])
def test_the_nations_people_or_a_tabulations_area_owns_nothing_until_the_user_says(
        bare: ExtractContext, said: str) -> None:
    # session 27: by the rows they drafted on the development sets (国民 said bare: none; 「全国・総世帯」: 5
    # of 9 right) these say no owner; --owner gives one, and the row says the user gave it
    text = f"家計の動き\n\n平成17年の消費支出は前年に比べ0.5%の減少となった。\n\n{said}\n"
    assert not rows(read(bare, text))
    lines = table_lines(iter_text_lines(io.StringIO(text, newline=None)))
    japan = StatedOwner("日本", "option", "日本")
    given = DocumentExtractor(bare, "doc.txt", "src-doc", None, japan).add_all(split_sentences(lines))
    assert [(o.value.value, o.owner_from) for o in given.observations] == [(-0.5, "option")]


def test_a_figure_its_sentence_owns_says_so(bare: ExtractContext) -> None:
    facts = read(bare, "家計の動き\n\n平成17年の全国の消費支出は前年に比べ0.5%の減少となった。\n")
    assert [(o.entity, o.owner_from) for o in facts.observations] == [("JP", "text")]


@pytest.mark.parametrize("said", [
    "全国の人口は1億2300万人。",  # the nation's figure a local page compares with
    "有効求人倍率は全国で3番目に高い。",  # a rank in the country
    "この制度は全国で初めての取組である。",  # a first in the country
    # the country set beside the page's own, as a topic or a view
    "全国で見ると、人口は1億2300万人であった。",
    "全国では、人口が減少している。",
    "全国でも人口は減少している。",
    "全国で比べると、減少の幅は小さい。",
])
def test_a_comparison_or_a_rank_in_the_country_gives_no_owner(bare: ExtractContext, said: str) -> None:
    text = f"人口の動き\n\n2024年10月の人口は1,012,345人となった。\n\n{said}\n"
    assert not any(v == 1012345.0 for _e, v, _p in rows(read(bare, text)))


def test_a_local_page_viewing_the_nation_leaves_its_own_rate_unowned(bare: ExtractContext) -> None:
    # the nation's rate said 「全国で見ると」 is Japan's; the page's own rate, unowned, is not
    text = ("ごみ排出量の状況（令和5年度）\n\n"
            "リサイクル率は18.5%で、全国で3番目に高い水準です。\n"
            "全国で見ると、リサイクル率は19.5%でした。\n")
    drafted = rows(read(bare, text))
    assert not any(v == 18.5 for _e, v, _p in drafted)
    assert ("JP", 19.5, "FY2023") in drafted


def test_a_local_page_counting_nationwide_keeps_its_own_place(bare: ExtractContext) -> None:
    # a page that names its own prefecture: the nationwide count is context, its figures not Japan's
    text = ("富山県の救急出動\n\n県内の出動件数は、平成24年中に4万5,000件であった。\n\n"
            "全国で1日平均1万5,897件の出動があった。\n")
    assert not any(e == "JP" and v == 45000.0 for e, v, _p in rows(read(bare, text)))


def test_an_english_text_saying_nationwide_names_no_country(bare: ExtractContext) -> None:
    # English has no such tie: "nationwide" is any nation's; the unowned figure is left out
    text = "Employment\n\nIn October 2011, the jobless rate nationwide was 9 percent.\n"
    assert not read(bare, text).observations


# a unit stated once for a list of labels and amounts (twenty-sixth session, helper `ingtab`)

def values(facts: DocFacts) -> dict[float, tuple[str | None, str]]:
    return {round(o.value.value, 6): (o.value.unit, o.period.text) for o in facts.observations}


HEAD = "サンプル報告(令和5年3月31日現在)\n\n2023年4月7日\n日本銀行\n\n"
LIST = "(単位:千円)\n資 産 負債\n現金3 260,396\n国債*1 68,409\n社債 253,123\n合計 581,928\n\n"


def test_a_unit_stated_once_is_every_amounts(bare: ExtractContext) -> None:
    got = values(read(bare, HEAD + LIST + "*1国債の内訳は別表のとおり。\n"))
    assert got[260396000.0] == ("JPY", "2023-03-31")
    assert got[68409000.0] == ("JPY", "2023-03-31")
    assert got[581928000.0] == ("JPY", "2023-03-31")
    # the footnote marks after the labels and before the note are no figures
    assert not {3.0, 3000.0, 1.0, 1000.0} & set(got)


PROSE = "1 本年3月末の総資産残高は、116.9兆円と前年3月末に比べて4.4兆円増加した。\n"


def test_the_publisher_under_the_date_line_owns_the_figures(bare: ExtractContext) -> None:
    facts = read(bare, HEAD + PROSE)
    bank = {e.id for e in facts.entities.values() if e.name_ja == "日本銀行"}
    assert {o.entity for o in facts.observations} == bank and len(bank) == 1
    assert 116.9e12 in values(facts)


def test_a_name_alone_with_no_date_line_above_is_no_publisher(bare: ExtractContext) -> None:
    # the same name alone on its line, but under no release date line: no publisher said, no row
    assert not read(bare, "サンプル報告(令和5年3月31日現在)\n\n日本銀行\n\n" + PROSE).observations
    # nor a name under a date line that is no name alone (a sentence)
    assert not read(bare, "サンプル報告(令和5年3月31日現在)\n\n2023年4月7日\n日本銀行の資料による\n\n"
                    + PROSE).observations


def test_labels_that_are_periods_are_another_table(bare: ExtractContext) -> None:
    text = HEAD + "(単位:千円)\n2021年 100,000\n2022年 120,000\n2023年 130,000\n"
    got = values(read(bare, text))
    assert not any(period == "2023-03-31" for _, period in got.values())


def test_fewer_than_three_lines_are_not_read_as_a_table() -> None:
    lines = [TextLine(i, t, 0, None, "text") for i, t in enumerate(["現金 100", "社債 200"], 2)]
    assert _unit_list(TextLine(1, "(単位:千円)", 0, None, "text"), lines) is None


def test_a_prose_line_ends_the_list() -> None:
    texts = ["現金 100", "社債 200", "国債 300", "前年に比べ、増加した 4", "株式 500"]
    lines = [TextLine(i, t, 0, None, "text") for i, t in enumerate(texts, 2)]
    out = _unit_list(TextLine(1, "(単位:千円)", 0, None, "text"), lines)
    assert out is not None and out[1] == 3 and [x.role for x in out[0]] == ["row"] * 4


def test_an_english_note_mark_is_no_figure(bare: ExtractContext) -> None:
    text = "Statistics Canada\n\nIn March 2023, retail sales were $49.8 billion. *1 See notes.\n"
    got = values(read(bare, text))
    assert 1.0 not in got


# a scale an English table's title states alone ("(in thousands)") for every cell (helper `ingtab`)

SCALED = ("Statistics Canada: labour force, 2024\n\nStatistics Canada\n\n"
          "Labour force characteristics (in thousands)\n"
          "                         2023      2024   % change\n"
          "Employment             20,100    20,500        2.0\n"
          "Unemployment rate         5.4       6.3        0.9\n"
          "Average weekly earnings 1,200     1,250        4.2\n")


def test_a_title_s_scale_is_every_counting_row_s(bare: ExtractContext) -> None:
    got = values(read(bare, SCALED))
    assert got[20100000.0] == ("count", "2023") and got[20500000.0] == ("count", "2024")
    # the column of changes stays in per cent; a rate's levels and money with no currency are not counts
    assert got[2.0] == ("%", "2024")
    assert not {5400.0, 6300.0, 5.4, 6.3, 1200000.0, 1250000.0, 1200.0} & set(got)


def test_no_title_scale_no_count(bare: ExtractContext) -> None:
    got = values(read(bare, SCALED.replace(" (in thousands)", "")))
    assert 20100000.0 not in got


def test_a_company_s_statement_in_millions_is_no_count(bare: ExtractContext) -> None:
    text = ("Example Corporation reports fiscal 2024 results\n\n"
            "Example Corporation (consolidated statements of operations)\n\n"
            "(In millions)\n"
            "                         2023      2024\n"
            "Research and development  1,100     1,300\n")
    assert not any(unit == "count" for unit, _ in values(read(bare, text)).values())
