"""Japanese releases (issue 14, twenty-fifth session, helper ``ingja``): a bracket that restates
a comparison's base period (「前年(2017年)に比べ」) is the base too; a bracket that opens with a
period and gives that period's figure (「実質0.3%(7~9月期は0.2%)」) dates that figure alone;
〜ベース (「ドルベースで」) is a basis of counting, no owner; a release's date and publisher run into
its text (「平成23年6月30日北陸総合通信局…」) are its publication; durations (「7時間42分」,
「5.4 秒」) are measures; a figure's statement dated by a month is no event. Small synthetic
documents with negatives."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.dates import is_base
from shingi.ingest.extract import ExtractContext, _dated_body
from shingi.ingest.figures import durations_ja, group_sizes
from shingi.ingest.owners import heuristic_names, organisation_names
from shingi.ingest.rows import Mention
from shingi.normalize.periods import find_periods
from shingi.normalize.quantities import find_quantities
from shingi.normalize.text import normalize


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def _base(text: str, said: str) -> bool:
    text = normalize(text)
    p = next(p for p in find_periods(text) if p.text == normalize(said))
    return is_base(text, p)


def test_a_bracket_that_restates_the_base_is_the_base() -> None:
    assert _base("支出総額は約172億ドルで、前年(2017年)に比べ約6.6%減となった。", "2017年")
    assert _base("輸出額は平成30年(2018年)と比べ3.5%増えた。", "2018年")
    assert _base("輸出額は2018年(平成30年)より3.5%増えた。", "平成30年")
    # negatives: a bracketed year that is no base, and one after a figure (no apposition to a period)
    assert not _base("前年(2017年)の実績を公表した。", "2017年")
    assert not _base("令和元年(2019年)の輸出額は7兆円となった。", "2019年")
    assert not _base("訪日客は2,000万人(2019年)に達した。", "2019年")


ODA = ("日本の援助の実績\n\n"
       "2018年の日本の政府開発援助の実績は、約141億ドルとなりました。"
       "支出総額は、約172億5,001万ドル(約1兆9,051億円)で、前年(2017年)に比べドルベースで約6.6%減"
       "(円ベースで約8.0%減)となりました。\n"
       "内訳は、二国間ODAが全体の約75.9%です。\n")


def test_figures_compared_with_a_bracketed_base_year_keep_the_sentences_year(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, ODA))
    assert ("日本", 17250010000.0, "USD", "2018") in got
    assert ("日本", -6.6, "%", "2018") in got and ("日本", -8.0, "%", "2018") in got
    assert ("日本", 75.9, "%", "2018") in got  # (the next sentence goes on about 2018, not the base)
    assert not any(p == "2017" for _, _, _, p in got)


def test_a_basis_is_no_owner() -> None:
    said = "前年に比べドルベースで約6.6%減(円ベースで約8.0%減)となった。"
    names = [n for _, _, n, _ in heuristic_names(said, False)]
    assert "ドルベース" not in names
    # a katakana name that is no basis is still read
    named = heuristic_names("ソフトバンクグループが1兆円を投じた。", False)
    assert "ソフトバンクグループ" in [n for _, _, n, _ in named]


GDP = ("2014年10~12月期 日本の国内総生産\n\n"
       "実質GDPの成長率は、0.6%となった。\n"
       "家計最終消費支出は、実質0.3%(7~9月期は0.2%)、名目0.6%(7~9月期は0.3%)となった。\n")


def test_a_bracket_of_an_earlier_periods_figure_dates_that_figure_alone(bare: ExtractContext) -> None:
    got = {(v, p) for _, v, _, p in owned_rows(extract(bare, GDP))}
    assert (0.2, "2014-Q3") in got and (0.3, "2014-Q3") in got
    # the figures outside the brackets are not dated by them
    assert (0.6, "2014-Q3") not in got
    assert (0.3, "2014-Q4") in got and (0.6, "2014-Q4") in got


def test_a_bracketed_period_with_no_figure_still_dates_the_sentence(bare: ExtractContext) -> None:
    text = "北陸の報道資料\n\n北陸3県における携帯電話の契約数(平成23年3月末)は約258.2万件となった。\n"
    got = {(v, p) for _, v, _, p in owned_rows(extract(bare, text))}
    assert (2582000.0, "2011-03") in got or (2582000.0, "2011-03-31") in got


def _durations(text: str) -> list[tuple[str, float, str | None]]:
    text = normalize(text)
    return [(q.text, q.quantity.value, q.quantity.unit) for q in durations_ja(text, find_quantities(text))]


def test_durations_are_measures_in_hours_minutes_and_seconds() -> None:
    assert _durations("所定外労働時間は、2.0%減の10.1時間となった。") == [
        ("2.0%", 2.0, "%"), ("10.1時間", 10.1, "hours")]
    assert _durations("5.4 秒(同 5.5 秒)に1回の割合")[:2] == [
        ("5.4 秒", 5.4, "seconds"), ("5.5 秒", 5.5, "seconds")]
    # hours and minutes together are minutes, and so is every duration of a sentence that says minutes
    assert _durations("睡眠時間は7時間42分で,平成13年と比べると3分の減少。") == [
        ("7時間42分", 462.0, "minutes"), ("3分", 3.0, "minutes")]
    work = "仕事時間は男性が7時間,女性が5時間で,男性が12分,女性が9分の増加。"
    assert [v for _, v, _ in _durations(work)] == [420.0, 300.0, 12.0, 9.0]


def test_no_duration_in_a_clock_time_a_fraction_a_date_or_a_bound() -> None:
    assert _durations("午前10時37分に発表した。") == []
    assert _durations("全体の3分の1を占める。") == [("3分の1", 1 / 3, "x")]
    assert _durations("平成30年4月分の集計") == []
    assert _durations("事故発生から24時間以内に死亡した者") == []
    assert _durations("打率は3割5分") == [("3割5分", 35.0, "%")]


SHAKAI = ("平成18年 生活時間に関する結果\n\n"
          "我が国の10歳以上の人の平成18年の睡眠時間は7時間42分で,平成13年と比べると3分の減少。\n")


def test_a_duration_is_drafted_with_its_period_and_sign(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, SHAKAI))
    assert ("日本", 462.0, "minutes", "2006") in got
    assert ("日本", -3.0, "minutes", "2006") in got


def _publication(text: str, bare: ExtractContext) -> list[tuple[str, str, str]]:
    facts = extract(bare, text)
    return [(e.date.text, (facts.entities[e.actors[0]].name_ja or "") if e.actors else "", e.kind)
            for e in facts.events]


def test_a_date_and_publisher_run_into_the_text_are_its_publication(bare: ExtractContext) -> None:
    text = ("報道資料\n平成30年1月31日資源エネルギー庁資源・燃料部政策課 石油統計速報の概要 "
            "原油の輸入量は1,738万klとなった\n"
            "原油の輸入量は1,738万klで、前年同月比2.4%減となった。\n")
    assert ("2018-01-31", "資源エネルギー庁", "publication") in _publication(text, bare)
    spaced = ("平成 29 年 10 月 18 日消防庁 平成 29 年 (5 月から 9 月) の熱中症による救急搬送状況\n"
              "救急搬送人員数は52,984人でした。\n")
    assert any(d == "2017-10-18" and a == "消防庁" for d, a, _ in _publication(spaced, bare))


def test_a_date_before_a_sentences_subject_is_no_publisher_line() -> None:
    # 「…日、経済産業省は」, 「…日経済産業省は」: a sentence whose subject is the body (a stop or a
    # particle around it) is read as before, no date line run into a publisher's
    for line in ("平成30年1月31日、経済産業省は鉱工業指数が2.4%低下したと発表した。",
                 "平成30年1月31日経済産業省は鉱工業指数を発表した。"):
        norm = normalize(line)
        mentions = [Mention(name, a, b) for a, b, name, _ in organisation_names(norm)]
        assert mentions and _dated_body(norm, mentions) is None
    norm = normalize("平成30年1月31日経済産業省 鉱工業指数の概要")
    found = _dated_body(norm, [Mention(n, a, b) for a, b, n, _ in organisation_names(norm)])
    assert found is not None and found[0].text == "2018-01-31"


def test_a_figures_statement_dated_by_a_month_is_no_event(bare: ExtractContext) -> None:
    text = ("毎月勤労統計\n厚生労働省\n\n"
            "2019年3月の実質賃金は1.9%減だった。\n"
            "2019年4月に新システムを公開した。\n")
    facts = extract(bare, text)
    assert not any(e.kind == "milestone" and e.date.text == "2019-03" for e in facts.events)
    assert ("厚生労働省", -1.9, "%", "2019-03") in owned_rows(facts) or ("日本", -1.9, "%", "2019-03") in \
        owned_rows(facts)


def test_a_launch_or_a_plan_dated_by_a_month_or_year_stays(bare: ExtractContext) -> None:
    launch = extract(bare, "年表\n\n2021年6月 トヨタ自動車 2,250億円公開\n")
    assert any(e.date.text == "2021-06" for e in launch.events)
    plan = extract(bare, "ラピダスの計画\n\n"
                         "ラピダスは2027年に2ナノメートル世代の半導体の量産開始を目指しています。\n")
    assert any(e.date.text == "2027" for e in plan.events)
    # a thing done with a figure beside it (the reference report's 「性能を7倍超へ強化し、…サービス開始」)
    done = extract(bare, "計算基盤\n\nABCI 3.0は2026年度に性能を7倍へ強化し、サービスを開始した。\n")
    assert any(e.date.text == "FY2026" for e in done.events)


def test_a_publication_in_a_month_said_as_when_it_was_done_stays(bare: ExtractContext) -> None:
    # review main-3: 「2023年12月、…発表した」, 「…年1月に…公表した」: the month (、 or に after it) is when
    # the body published, an event of that month
    for line, month in (("2023年12月、文部科学省はAI人材育成の新たな指針を発表した。", "2023-12"),
                        ("文部科学省は2023年12月に新たな指針を公表した。", "2023-12")):
        facts = extract(bare, "お知らせ\n\n" + line + "\n")
        assert [e.date.text for e in facts.events] == [month], line
    # negatives: the month or the half-year a publication covers (「8月分」, 「上期(4~9月)の…」) is not
    # when it came out; a figure's statement with 、 after its month stays no event
    for line in ("文部科学省は結果の概要【2017年8月分】を発表した。",
                 "北海道経済部観光局はこのほど、平成29年度上期(4~9月)の観光入り込み客数を発表した。",
                 "2019年3月、実質賃金は1.9%減だった。"):
        facts = extract(bare, "お知らせ\n\n" + line + "\n")
        assert not any(e.kind == "milestone" for e in facts.events), line


def _counts(text: str) -> list[float]:
    text = normalize(text)
    return [q.quantity.value for q in group_sizes(text, find_quantities(text))]


def test_a_groups_size_is_no_figure() -> None:
    assert 10.0 not in _counts("表2 鶏卵生産量(全国及び上位10道県)")
    listed = "三大都市圏(東京、神奈川、千葉、埼玉、愛知、大阪、京都、兵庫の8都府県)が31.2%増"
    assert _counts(listed) == [31.2]
    # a count of members said as a finding stays, and so does one that is not the list's size
    assert _counts("前年同月と比べて増えたのは35都道府県だった。") == [35.0]
    assert _counts("(東京、神奈川の8都府県)") == [8.0]
