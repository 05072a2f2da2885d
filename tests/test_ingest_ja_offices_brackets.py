"""Japanese releases of regional offices, earlier periods' levels in brackets and bounds (issue 14,
twenty-fourth session, helper ``ingja``): a national body's regional office named by its seat owns its
figures (金沢国税局's 相続税 returns); 「(前年73.5%)」 and 「(同2.8%)」 are the year before's levels; a scope
aside names no period; a round bound (80%以上) is no measure; a line of numbers alone, a bracketed part
number (1/31) and a prefecture's name broken by a space. Small synthetic documents with negatives."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext
from shingi.ingest.owners import regional_office
from shingi.normalize.periods import find_periods
from shingi.normalize.quantities import find_quantities
from shingi.normalize.text import normalize


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


OFFICE = ("令和5年12月\n金沢国税局\n\n"
          "令和4年分における被相続人数(死亡者数)は39,887人(前年対比109.0%)でした。\n"
          "そのうち課税価格の総額は3,981億円(同116.7%)でした。\n")


def test_a_regional_office_owns_its_figures(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, OFFICE))
    assert ("金沢国税局", 39887.0, "count", "2022") in got
    assert ("金沢国税局", 398100000000.0, "JPY", "2022") in got
    assert not any(o == "日本" for o, _, _, _ in got)


def test_a_ministry_or_its_bureau_is_no_regional_office(bare: ExtractContext) -> None:
    assert regional_office("金沢国税局") and regional_office("関東財務局") and regional_office("横浜税関")
    assert not regional_office("総務省統計局")  # a ministry's bureau: no place first
    assert not regional_office("財務省関税局")
    # a prefecture's own office (its figures are the prefecture's)
    assert not regional_office("北海道経済部観光局")
    got = owned_rows(extract(bare, OFFICE.replace("金沢国税局", "総務省統計局")))
    assert ("日本", 39887.0, "count", "2022") in got


CHINGIN = ("厚生労働省\n\n"
           "平成18年中に1人当たり平均賃金を引き上げる企業は77.5%(前年73.5%)、引き下げる企業は1.3%(同2.8%)、"
           "賃金の改定を実施しない企業は16.6%(同20.3%)となっており、前年に比べ、1人当たり平均賃金を引き上げる"
           "企業は4.0ポイントの上昇、引き下げる企業及び賃金の改定を実施しない企業はそれぞれ1.5ポイント、"
           "3.7ポイントの低下となった。\n\n"
           "平成18年中における賃金の改定状況(10〜12月実施予定を含む)についてみると、改定額は4,341円(前年3,904円)、改定率の平均は1.6%(同1.4%)"
           "となった。\n")


def test_an_earlier_years_level_in_brackets(bare: ExtractContext) -> None:
    got = {(v, u, p) for _, v, u, p in owned_rows(extract(bare, CHINGIN))}
    assert {(77.5, "%", "2006"), (73.5, "%", "2005"), (1.3, "%", "2006"), (2.8, "%", "2005"),
            (16.6, "%", "2006"), (20.3, "%", "2005")} <= got
    assert (73.5, "%", "2006") not in got and (2.8, "%", "2006") not in got


def test_a_list_of_changes_in_points_shares_its_fall(bare: ExtractContext) -> None:
    got = {(v, u, p) for _, v, u, p in owned_rows(extract(bare, CHINGIN))}
    assert {(4.0, "pp", "2006"), (-1.5, "pp", "2006"), (-3.7, "pp", "2006")} <= got


def test_a_level_before_a_list_of_falls_keeps_its_sign(bare: ExtractContext) -> None:
    # the fall is said of the changes 「それぞれ」 distributes, never of the level before it (45万人,
    # 892億kWh, 2.5%): only a change (% or points) before that word is the list's first item
    text = ("富山県統計調査課\n\n"
            "令和6年3月の富山県の完全失業率は2.5%、有効求人倍率は1.25倍で、それぞれ0.2ポイント、0.03ポイントの低下となった。\n\n"
            "令和6年3月の富山県の販売電力量は892億kWh、前年同月比はそれぞれ1.5ポイント、3.7ポイントの低下となった。\n\n"
            "令和6年3月の富山県の雇用者数は45万人、前年同月からそれぞれ1.5%、3.7%の減少となった。\n")
    got = {(v, u) for _, v, u, _ in owned_rows(extract(bare, text))}
    assert {(2.5, "%"), (89200000000.0, "kWh"), (450000.0, "count")} <= got
    assert not any(v < 0 and u in ("kWh", "count", "x") for v, u in got) and (-2.5, "%") not in got
    # the changes the list distributes still fall
    assert {(-0.2, "pt"), (-1.5, "pp"), (-1.5, "%"), (-3.7, "%")} <= got


def test_a_scope_aside_names_no_period(bare: ExtractContext) -> None:
    got = {(v, u, p) for _, v, u, p in owned_rows(extract(bare, CHINGIN))}
    assert (1.6, "%", "2006") in got and (1.4, "%", "2005") in got and (3904.0, "JPY", "2005") in got
    assert not any(p.endswith("Q4") for _, _, p in got)


def test_same_after_a_change_names_no_earlier_level(bare: ExtractContext) -> None:
    # 「(同23.5%増)」 after 「(前年同月比7.2%増)」 repeats a change's base: the figure is this month's change
    text = ("観光庁\n\n平成31年3月の延べ宿泊者数は5,000万人泊(前年同月比7.2%増)、"
            "外国人延べ宿泊者数は838万人泊(同23.5%増)となった。\n")
    got = {(v, u, p) for _, v, u, p in owned_rows(extract(bare, text))}
    assert (23.5, "%", "2019-03") in got
    assert not any(p == "2018-03" for _, _, p in got)


def test_a_round_bound_is_no_measure(bare: ExtractContext) -> None:
    text = ("総務省\n\n平成22年の個人のインターネット利用率は78.2%で、神奈川県、東京都などで80%以上。"
            "大麻の摘発件数は230件となり、4年連続で100件超えが続いている。\n")
    got = {(v, u, p) for _, v, u, p in owned_rows(extract(bare, text))}
    assert (78.2, "%", "2010") in got and (230.0, "count", "2010") in got
    assert not any(v in (80.0, 100.0) for v, _, _ in got)
    # 余り rounds a measured value down: kept
    peak = "総務省\n\n日本人の人口は平成21年の1億2707万人余りをピークに減っている。\n"
    kept = owned_rows(extract(bare, peak))
    assert any(v == 127070000.0 for _, v, _, _ in kept)


def test_a_line_of_numbers_alone_drafts_none(bare: ExtractContext) -> None:
    text = "財務省\n\n平成26年の輸入額は10兆8,999億円であった。\n\n13,306 110.6% 12.2% 9.6%\n"
    got = {v for _, v, _, _ in owned_rows(extract(bare, text))}
    assert 1.08999e13 in got
    assert not got & {13306.0, 110.6, 12.2, 9.6}
    # one figure alone on its line is a cell that may still be read (dev6's 「5.1%」 under its label)


def test_a_bracketed_part_number_is_no_ratio(bare: ExtractContext) -> None:
    text = "出典情報 | 労働力調査(基本集計)2022年(令和4年)12月分(1/31)《総務省》 |\n"
    assert not any(u == "x" for _, _, u, _ in owned_rows(extract(bare, text)))
    # a fraction out of brackets is a ratio as before
    assert any(q.quantity.unit == "x" for q in find_quantities(normalize("縮尺は1/100である")))


def test_a_prefecture_broken_by_a_space(bare: ExtractContext) -> None:
    text = ("資源エネルギー庁\n\n2018年度の発電電力量は、千葉県が996億 kWhで、"
            "次いで神奈 川県が892億 kWhであった。\n")
    got = owned_rows(extract(bare, text))
    assert ("神奈川県", 89200000000.0, "kWh", "FY2018") in got
    assert ("千葉県", 89200000000.0, "kWh", "FY2018") not in got
    # a name read across a space is a prefecture only when its suffix ends a word: 「東京 都市圏」 is the
    # Tokyo area (東京 + 都市圏), 「京都 府中部」 central Kyoto prefecture's part (京都 + 府中部),
    # 「千葉 県立」 is not 千葉県
    for spaced, wrong in (("令和6年の東京 都市圏の人口は3,700万人だった。", "東京都"),
                          ("令和6年の京都 府中部の人口は50万人だった。", "京都府"),
                          ("令和6年の千葉 県立高校の生徒数は10万人だった。", "千葉県")):
        rows = owned_rows(extract(bare, "総務省統計局\n\n" + spaced + "\n"))
        assert not any(o == wrong for o, _, _, _ in rows)
    # (the suffix right after the space that ends the word is still the prefecture: 「和歌 山県の」)
    got = owned_rows(extract(bare, "総務省統計局\n\n令和6年の和歌 山県の人口は90万人だった。\n"))
    assert ("和歌山県", 900000.0, "count", "2024") in got


def test_an_era_initial_in_brackets_over_a_month() -> None:
    assert [p.period.text for p in find_periods("震災前年(H22)3月の輸出額")] == ["2010-03"]
    assert [p.period.text for p in find_periods("(K22)3月")] == []  # no era's initial


def test_spaced_compounds_and_one_in_n(bare: ExtractContext) -> None:
    spaced = normalize("一般負傷が 82 万 9,071 件である")
    q = [(x.quantity.value, x.quantity.unit) for x in find_quantities(spaced)]
    assert q == [(829071.0, "count")]
    text = "消防庁\n\n平成24年の救急出動件数は580万2,455件で、国民の24人に1人が搬送された。\n"
    got = {(v, u) for _, v, u, _ in owned_rows(extract(bare, text))}
    assert (5802455.0, "count") in got
    assert (round(1 / 24, 6), "x") in got and (1.0, "count") not in got and (24.0, "count") not in got


RETURNS = """令和5年12月
金沢国税局

〇 相続税の申告事績
年分等
項目
(注1)
令和3年分
(注1)
令和4年分
対前年比
1
(注2)
被相続人数(死亡者数)
36,585 39,887 109.0
2 相続税の申告書の提出に係る被相続人数
外 507 外 573 外 113.0
2,912 3,450 118.5
3 課税割合
ポイント
8.0 8.6 0.6
5
(注3)
課税価格
億円 億円
3,411 3,981 116.7

(注)
"""


def test_years_a_line_each_over_items_on_one_line(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, RETURNS))
    assert {("金沢国税局", 36585.0, "count", "2021"), ("金沢国税局", 39887.0, "count", "2022"),
            ("金沢国税局", 507.0, "count", "2021"),
            ("金沢国税局", 573.0, "count", "2022"), ("金沢国税局", 2912.0, "count", "2021"),
            ("金沢国税局", 8.0, "%", "2021"), ("金沢国税局", 0.6, "pp", "2022"),
            ("金沢国税局", 341100000000.0, "JPY", "2021"),
            ("金沢国税局", 398100000000.0, "JPY", "2022")} <= got
    # 対前年比 (109.0: the level as a per cent of the year before's) is no level nor share: it is drafted as
    # the growth it says (+9.0 %), never as 109.0 %; a share's change in ポイント is a change (0.6 pp above)
    assert not any(v in (109.0, 113.0, 118.5, 116.7) for _, v, _, _ in got)
    assert {("金沢国税局", 9.0, "%", "2022"), ("金沢国税局", 16.7, "%", "2022")} <= got


def test_items_that_do_not_fit_the_years_are_not_read(bare: ExtractContext) -> None:
    # a row of two numbers under three columns: which is which only the header could say; the table is left
    broken = RETURNS.replace("36,585 39,887 109.0", "36,585 39,887")
    broken = broken.replace("2,912 3,450 118.5", "2,912 3,450")
    got = owned_rows(extract(bare, broken))
    assert not any(p == "2021" and v in (36585.0, 2912.0) for _, v, _, p in got)
    # one year alone is no such header
    one = RETURNS.replace("令和3年分\n(注1)\n", "")
    assert not any(p == "2021" for _, _, _, p in owned_rows(extract(bare, one)))


def test_units_over_cells_one_a_line_are_not_read(bare: ExtractContext) -> None:
    # 民間給与's 第6表: the first row's cells one a line, each unit on the line before its number; run
    # together each number took the next cell's unit (36,938 %)
    text = ("国税庁\n\n区分 給与所得者数 給与総額 平均給与\n昭和60年分\n"
            "千人\n36,938\n%\n4.6\n億円\n1,299,070\n%\n8.2\n")
    got = owned_rows(extract(bare, text))
    assert not any(v in (36938.0, 1299070.0) for _, v, _, _ in got)
    # a unit alone with one number under it is left as it was (one pair is no run)
    one = owned_rows(extract(bare, "国税庁\n\n昭和60年分の給与所得者数は、\n千人\n36,938\n"))
    assert not any(u == "%" for _, _, u, _ in one)
