"""Japanese real documents (issue 14, eleventh session): owners a Japanese document gives only by what it
is, and the rows of its statistics. Small synthetic documents, one a family; each asserts the value, unit,
period and owner of the drafted rows."""

from __future__ import annotations

import io

import pytest

from shingi.ingest.doc_owner import StatedOwner, national_statistic_title
from shingi.ingest.extract import DocFacts, DocumentExtractor, ExtractContext
from shingi.ingest.layout import table_lines
from shingi.ingest.readers import iter_text_lines
from shingi.ingest.sentences import split_sentences


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def read(ctx: ExtractContext, text: str, owner: StatedOwner | None = None) -> DocFacts:
    lines = table_lines(iter_text_lines(io.StringIO(text, newline=None)))
    return DocumentExtractor(ctx, "doc.txt", "src-doc", None, owner).add_all(split_sentences(lines))


def rows(facts: DocFacts) -> set[tuple[str, float, str | None, str]]:
    """(owner's name, value, unit, period) of every drafted figure."""
    out = set()
    for o in facts.observations:
        e = facts.entities.get(o.entity)
        name = (e.name_ja or e.name_en or o.entity) if e else o.entity
        out.add((name, round(o.value.value, 6), o.value.unit, o.period.text))
    return out


def test_a_title_that_opens_with_a_statistics_name_is_found() -> None:
    for title, name in (("景気動向指数 平成 20 年 4 月分(速報)の概要", "景気動向指数"),
                        ("報道資料 消費動向調査(平成 26 年3月実施分) 調査結果の要点", "消費動向調査"),
                        ("労働力調査(基本集計) 2019年(令和元年)9月分", "労働力調査"),
                        ("法人企業統計調査結果(平成27年1~3月期)", "法人企業統計調査"),
                        ("単身世帯収支調査の概況", "単身世帯収支調査"),
                        ("一般職業紹介状況（平成29年4月分）について", "一般職業紹介状況")):
        span = national_statistic_title(title)
        assert span is not None and title[span[0]:span[1]] == name
    for title in ("推計人口 毎月の人口と人口動態", "経済レポート 景気ウォッチャー調査（東海地区：2017年1月）",
                  "東京の物価−東京都区部消費者物価指数−", "新設住宅着工戸数の推移", "インバウンドの状況",
                  "雇用の状況について"):
        assert national_statistic_title(title) is None


def test_a_national_statistics_title_makes_its_unowned_figures_japans(bare: ExtractContext) -> None:
    # dev8 内閣府 消費動向調査, 景気動向指数 (transcripts that name no body): their figures were left out
    text = ("報道資料 消費動向調査(平成 26 年3月実施分)\n\n"
            "平成 26 年3月の一般世帯の消費者態度指数(季節調整値)は、2月の 38.5 から 1.0 ポイント低下して"
            " 37.5 となった。\n")
    facts = read(bare, text)
    assert ("日本", 37.5, "index", "2014-03") in rows(facts)
    assert all("national statistic" in (o.note or "") for o in facts.observations)


def test_a_place_in_the_title_or_text_or_a_given_owner_is_not_overruled(bare: ExtractContext) -> None:
    body = "\n\n生産指数(季節調整済指数)は平成29年7月に107.3となった。\n"
    # the title names its prefecture: the prefecture's (as before)
    assert {r[0] for r in rows(read(bare, "富山県鉱工業指数 平成29年7月分" + body))} == {"富山県"}
    # the text names a prefecture of its own: not guessed as Japan's
    text = "鉱工業指数 平成29年7月分" + body + "\n県内の事業所は富山県が調べた。\n"
    assert "日本" not in {r[0] for r in rows(read(bare, text))}
    # the user's --owner comes first
    given = read(bare, "鉱工業指数 平成29年7月分" + body, StatedOwner("富山県", "option", "富山県"))
    assert {r[0] for r in rows(given)} == {"富山県"}
    # no statistic's name in the title: left out, as before
    assert not rows(read(bare, "推計人口 毎月の人口" + body))


def test_the_nations_people_are_japans_and_a_cause_owns_nothing(bare: ExtractContext) -> None:
    # dev8 国土交通白書: 国民 said bare is the nation's people; a campaign named as a cause
    # (「…の取組み等を背景として」, 「…宣伝効果や円安基調等により」) is no owner of the figures after it
    text = ("(1)国民の観光の動向\n\n"
            "平成19年度の国民一人当たり国内宿泊観光旅行宿泊数は2.42回であった。"
            "20年の訪日外国人旅客数は、ビジット・ジャパン・キャンペーンの取組み等を背景として、"
            "前年比0.1%増の約835万人となった。\n")
    got = rows(read(bare, text))
    assert ("日本", 2.42, "count", "FY2007") in got
    assert ("日本", 8350000.0, "count", "2008") in got
    assert ("日本", 0.1, "%", "2008") in got
    assert not any("キャンペーン" in r[0] for r in got)
    # 米国民, 県民 are no bare 国民
    assert "日本" not in {r[0] for r in rows(read(bare, "米国民の消費額は2024年に5兆円だった。\n"))}


def test_a_table_of_years_down_and_measures_across_reads_each_cell(bare: ExtractContext) -> None:
    # years, fiscal years and a month down the first column (the era said once: 16年 is 平成16年), measures
    # across with their units in the headers (件, 人, 倍), and a row of changes that states its own unit
    text = ("| 年・年度・月 | 新規求人数(人) | 有効求人倍率(倍) |\n|---|---|---|\n"
            "| 平成15年 | 5,800,000 | 0.64 |\n| 16年 | 6,400,000 | 0.83 |\n"
            "| 平成16年度 | 6,600,000 | 0.86 |\n| 平成19年1月 | 650,000 | 1.06 |\n"
            "| 前年同月比(%) | △1.2 | |\n")
    facts = read(bare, text, StatedOwner("日本", "option", "日本"))
    assert rows(facts) == {
        ("日本", 5800000.0, "count", "2003"), ("日本", 0.64, "x", "2003"),
        ("日本", 6400000.0, "count", "2004"), ("日本", 0.83, "x", "2004"),
        ("日本", 6600000.0, "count", "FY2004"), ("日本", 0.86, "x", "FY2004"),
        ("日本", 650000.0, "count", "2007-01"), ("日本", 1.06, "x", "2007-01"),
        ("日本", -1.2, "%", "2007-01")}
    names = {facts.metrics[o.metric].name_ja for o in facts.observations}
    assert names == {"新規求人数", "有効求人倍率", "新規求人数（前年同月比）"}


def test_a_releases_date_line_and_publisher_line_are_its_publication(bare: ExtractContext) -> None:
    # dev4 家計調査報告, dev5 訪日外客数, dev6 貿易統計 and 人口推計: the title, a date line and the publisher
    text = ("訪日外客数（2014年9月推計値）\n\n平成26年10月22日\n日本政府観光局（JNTO）\n\n"
            "2014年9月の訪日外客数は109万9千人で、前年同月を26.8%上回った。\n")
    facts = read(bare, text)
    [event] = facts.events
    assert (event.kind, event.date.text, event.date_from) == ("publication", "2014-10-22", "text")
    assert [facts.entities[a].name_ja for a in event.actors] == ["日本政府観光局"]
    assert event.title.startswith("訪日外客数") and event.title.endswith("を公表")
    # the figures are still the month's, and Japan's (a national body's)
    assert ("日本", 1099000.0, "count", "2014-09") in rows(facts)
    # no publisher line: no publication event (a news item's date line says when it was written)
    assert not read(bare, "訪日外客数\n\n平成26年10月22日\n\n9月の訪日外客数は109万9千人だった。\n").events


def test_a_level_since_which_counts_nothing(bare: ExtractContext) -> None:
    # dev7 経済産業省 鉱工業指数: 「H27.5 97.2以来」 is the index's level of May 2015 (the record since
    # which), not 97.2 of a thing counted 以来
    text = "平成27年7月 鉱工業指数(確報)\n\n指数水準H27.5 97.2以来 H27.1 109.0以来\n"
    facts = read(bare, text, StatedOwner("日本", "option", "日本"))
    assert rows(facts) == {("日本", 97.2, "index", "2015-05"), ("日本", 109.0, "index", "2015-01")}
    assert {facts.metrics[o.metric].name_ja for o in facts.observations} == {"指数水準"}


def test_a_records_period_is_no_context_for_the_next_row(bare: ExtractContext) -> None:
    # dev7 鉱工業指数: the records compared with (「H27.5 ▲2.1%以来」, 「①H23.3 ▲16.5%」) date themselves
    # only; the next row's changes are the heading's month (were March 2011's)
    text = ("平成27年7月 鉱工業指数(確報)各指数の状況\n\n前月比幅H27.5 ▲2.1%以来\n\n①H23.3 ▲16.5%\n\n"
            "前年同月比(原指数) 0.0% ▲ 0.8%\n")
    got = rows(read(bare, text, StatedOwner("日本", "option", "日本")))
    assert {("日本", -2.1, "%", "2015-05"), ("日本", 0.0, "%", "2015-07"),
            ("日本", -0.8, "%", "2015-07")} <= got
    assert not any(r[3] == "2011-03" and r[1] != -16.5 for r in got)


def test_a_bracket_header_says_what_each_bracket_after_a_level_holds(bare: ExtractContext) -> None:
    # dev8 消費動向調査: a table run together on one line, 「(前月差)」 then levels with their changes
    text = ("報道資料 消費動向調査(平成 26 年3月実施分)\n\n"
            "消費者態度指数の推移 季節調整値 平成 26 年 (前月差) 1月調査 40.3 (▲1.0) 2月調査 38.5 (▲1.8)\n")
    got = rows(read(bare, text))
    assert {("日本", 40.3, "index", "2014-01"), ("日本", -1.0, "index", "2014-01"),
            ("日本", 38.5, "index", "2014-02"), ("日本", -1.8, "index", "2014-02")} <= got


def test_points_of_a_ratio_in_bai_are_no_percentage_points(bare: ExtractContext) -> None:
    # dev2 有効求人倍率: 「1.62倍で、…0.08ポイント上昇」: the ratio's own points (`pt`), not `pp`
    text = "有効求人倍率\n\n平成30年度平均の有効求人倍率は1.62倍で、前年度に比べ0.08ポイント上昇した。\n"
    got = rows(read(bare, text, StatedOwner("日本", "option", "日本")))
    assert got == {("日本", 1.62, "x", "FY2018"), ("日本", 0.08, "pt", "FY2018")}


def test_a_rate_of_change_said_as_the_same_level_is_zero(bare: ExtractContext) -> None:
    # dev6 東京都区部消費者物価指数: 「前月比(季節調整値)で同水準」 is a change of 0 %, as "unchanged" is
    text = ("東京都区部消費者物価指数 令和元年8月分\n\n"
            "総合指数101.9となり、前月比(季節調整値)で同水準となった。\n")
    got = rows(read(bare, text, StatedOwner("東京都", "option", "東京都")))
    assert ("東京都", 0.0, "%", "2019-08") in got
    # a level said 横ばい without 比 is no figure
    assert all(r[1] != 0.0 for r in rows(read(bare, "有効求人倍率\n\n10月の有効求人倍率1.57倍、横ばい。\n",
                                               StatedOwner("日本", "option", "日本"))))


def test_a_count_of_a_group_named_whole_is_no_figure(bare: ExtractContext) -> None:
    # dev8 消費動向調査: 「4項目全ての意識指標が低下した」 names all four items, it counts nothing new
    text = ("消費動向調査\n\n平成26年3月の消費者態度指数は37.5となった。"
            "指数を構成する4項目全ての意識指標が低下した。\n")
    assert rows(read(bare, text)) == {("日本", 37.5, "index", "2014-03")}


def test_figures_written_in_kanji_are_read() -> None:
    from shingi.ingest.kanji_numerals import arabic_numerals, kanji_number

    assert kanji_number("十八万四千") == 184000 and kanji_number("二〇〇八") == 2008
    assert kanji_number("万一") is None and kanji_number("十十") is None
    assert arabic_numerals("平均年齢四八・五歳、消費支出は十八万四千円") == \
        ("平均年齢48.5歳、消費支出は18万4000円", True)
    # words and unit scales stay: 一戸建, 二人以上の世帯, 数十万人, (単位 千人), 21万5千人
    for words in ("一戸建住宅は8742戸", "二人以上の世帯", "数十万人", "(単位 千人)", "21万5千人",
                  "一方、十分", "四万十市", "八千代市", "九十九里町"):
        assert arabic_numerals(words)[0] == words


def test_a_fraction_in_kanji_is_rewritten_whole_or_not_at_all() -> None:
    from shingi.ingest.kanji_numerals import arabic_numerals

    # 「三分の一」 was 「3分の一」: both ends, or neither; 「十分の」 before a word is "enough"
    assert arabic_numerals("約三分の一に減った", single=True)[0] == "約3分の1に減った"
    assert arabic_numerals("二十三分の一")[0] == "23分の1"
    assert arabic_numerals("十分のデータ", single=True)[0] == "十分のデータ"


def test_a_kanji_numeral_release_gives_its_figures(bare: ExtractContext) -> None:
    # dev9 官報資料版 (総務庁 単身世帯収支調査): figures, years and a list closed by a streak's fall in kanji
    text = ("官報資料版 平成11年4月14日\n\n単身世帯収支調査の概況\n\n総 務 庁\n\n"
            "平成十年の単身世帯の一か月平均消費支出は十八万四千円で、前年に比べ名目〇・二%の減少となった。\n"
            "消費支出は、平成八年が実質二・四%、九年が実質二・五%、十年が実質〇・九%と三年連続の減少となった。\n"
            "平成十年の消費支出を主要費目別にみると、保健医療(実質六・二%減)が大幅な実質減少となった。\n"
            "一方、家具・家事用品(実質四・六%増)、光熱・水道(同二・六%増)、交通・通信(同二・四%増)が実質増加となった。\n")
    facts = read(bare, text)
    # the gazette's issue day is the release's date line, its body the publisher: a publication event
    assert [(e.date.text, e.kind) for e in facts.events] == [("1999-04-14", "publication")]
    got = rows(facts)
    assert {("日本", 184000, "JPY", "1998"), ("日本", -0.2, "%", "1998"), ("日本", -2.4, "%", "1996"),
            ("日本", -2.5, "%", "1997"), ("日本", -0.9, "%", "1998"), ("日本", -6.2, "%", "1998"),
            ("日本", 2.4, "%", "1998")} <= got
