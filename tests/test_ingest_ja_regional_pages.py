"""Japanese public-sector pages (nineteenth session, dev16): a regional office's jurisdiction (管内) owns its
figures, a list under 「以下のとおりです。」 is about the period the text went on about, a publication of a
period's results is dated by the page's date line, and a rate's decimal point set as 「。」 is one."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext
from shingi.ingest.layout import table_lines
from shingi.ingest.readers import TextLine
from shingi.normalize.quantities import find_quantities


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


_PAGE = ("法人企業統計調査\n\n東北財務局管内分\n\n令和5年12月1日\n\n\n"
         "東北財務局は、令和5年7~9月期の管内分の法人企業統計調査結果を公表しました。\n"
         "令和5年7~9月期の売上高を前年同期比でみると、製造業・非製造業ともに増収となりました。\n"
         "対象法人数は以下のとおりです。\n・製造業:512社\n・非製造業:840社\n")


def test_office_jurisdiction_owns_its_listed_counts_of_the_quarter(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, _PAGE))
    assert got == {("東北財務局", 512.0, "count", "2023-Q3"), ("東北財務局", 840.0, "count", "2023-Q3")}


def test_publication_of_a_quarters_results_is_dated_by_the_date_line(bare: ExtractContext) -> None:
    events = extract(bare, _PAGE).events
    assert [e.date.text for e in events if "公表" in e.title] == ["2023-12-01"]  # (not 2023-Q3)


def test_without_jurisdiction_or_lead_in_nothing_changes(bare: ExtractContext) -> None:
    # no 管内: still the regional office's own figures (an office named by its seat and its kind reports its
    # area's: see test_ingest_ja_offices_brackets; a ministry's would be its country's); no 以下のとおり: the
    # items take the date line's day
    page = _PAGE.replace("東北財務局管内分", "調査結果").replace("の管内分", "")
    page = page.replace("以下のとおりです", "次に示す")
    got = owned_rows(extract(bare, page))
    assert {owner for owner, *_ in got} == {"東北財務局"}
    ministry = owned_rows(extract(bare, page.replace("東北財務局", "財務省")))
    assert {owner for owner, *_ in ministry} == {"日本"}
    assert {period for *_, period in got} != {"2023-Q3"}


def test_decimal_point_set_as_a_full_stop_in_a_rate() -> None:
    line = TextLine(1, "(注)4月の輸送量は、前年同月比1。 0%減少、宅配便は同3。6%増加となった。")
    text = next(iter(table_lines([line]))).text
    assert text == "(注)4月の輸送量は、前年同月比1.0 %減少、宅配便は同3.6%増加となった。"
    assert len(text) == len(line.text)  # (offsets kept)
    # a full stop after a number that no rate's decimals follow is a full stop
    other = TextLine(1, "件数は12。3月に公表する。")
    assert next(iter(table_lines([other]))).text == other.text


def test_kilolitres_after_a_number(bare: ExtractContext) -> None:
    page = ("石油統計速報 平成29年12月分\n\n平成30年1月31日\n資源エネルギー庁\n\n"
            "12月の原油輸入量は1,738万kl、前年同月比97.6%と前年を下回った。\n")
    assert ("日本", 17_380_000.0, "kl", "2017-12") in owned_rows(extract(bare, page))
    got = [(q.quantity.value, q.quantity.unit) for q in find_quantities("燃料油 325万kL")]
    assert got == [(3_250_000.0, "kl")]
    # a symbol glued to more letters is no kilolitre
    assert [q.quantity.unit for q in find_quantities("3 klm")] == [None]


_MONTHLY = ("石油統計速報 平成29年12月分\n\n平成30年1月31日\n資源エネルギー庁\n\n"
            " 12月の原油輸入量は1,738万kl、前年同月比97.6%と前年を下回った。輸入量の多い順にみると、\n\n"
            "  • (1)サウジアラビア(697万kl、前年同月比99.1%)\n"
            "  • (2)イラン(108万kl、同88.8%)となっている。\n\n"
            " なお、今月の依存度は87.0%、前年同月に比べ0.2ポイント増となった。\n")


def test_this_month_of_a_monthly_release_after_a_list(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, _MONTHLY))
    # 今月 is the month the release is for (12月分), not January, the month it came out; the paragraph after
    # the list is not about the list's last country
    assert ("日本", 87.0, "%", "2017-12") in got and ("日本", 0.2, "pp", "2017-12") in got
    assert ("イラン", 1_080_000.0, "kl", "2017-12") in got


def test_this_month_without_a_month_reported_is_the_months_own(bare: ExtractContext) -> None:
    page = _MONTHLY.replace("平成29年12月分", "").replace(" 12月の", " 前月の")
    got = owned_rows(extract(bare, page))
    assert {period for _owner, value, _unit, period in got if value == 87.0} == {"2018-01"}


_ANNOUNCED = ("令和5年6月30日\n「小売動向調査」\n2023年4月分(速報)\n"
              "総務省では、小売業の状況を把握するため、毎月、小売動向調査を実施しています。\n"
              "この度、2023年4月分結果(速報)を取りまとめましたので、公表します。\n")


def test_release_announced_without_its_subject_is_the_topic_bodys(bare: ExtractContext) -> None:
    facts = extract(bare, _ANNOUNCED)
    got = [(e.date.text, [facts.entities[a].name_ja for a in e.actors]) for e in facts.events]
    assert got == [("2023-06-30", ["総務省"])]


def test_release_announced_without_a_body_as_topic_has_no_event(bare: ExtractContext) -> None:
    # no body opens the sentence before as its topic (「総務省では、」): nobody to say published it
    facts = extract(bare, _ANNOUNCED.replace("総務省では、", ""))
    assert facts.events == []
