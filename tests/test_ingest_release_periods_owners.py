"""Periods and owners of statistics-office and government releases (issue 14, nineteenth session,
helper `ingestperiod`): a Japanese release's publication dated by its day, not by the period its
results cover (「関東財務局は、平成30年4~6月期の…調査結果を公表しました」); a monthly release's 今月 is
the month it reports on (「石油統計速報 平成29年12月分」); the labels of a list of figures keep
their inner "and" ("Transportation and Storage (0.5%)"). See docs/ingest.md, "Statistics releases:
the day of a publication, a release's 今月, labels with "and" (nineteenth session)"."""

from __future__ import annotations

from ingest_helpers import extract
from shingi.ingest.dates import date_line
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import parse_period
from test_ingest_english_releases import bare, rows

__all__ = ["bare"]


def _events(facts: object) -> list[tuple[str, str]]:
    return [(e.date.text, e.title) for e in facts.events]  # type: ignore[attr-defined]


def test_a_japanese_publication_of_a_quarters_results_is_dated_by_its_day(bare: ExtractContext) -> None:
    # dev16 関東財務局: the event was dated 2018-Q2, the quarter the survey covers
    text = "平成30年9月5日\n\n関東財務局は、平成30年4~6月期の管内分の法人企業統計調査結果を公表しました。\n"
    got = _events(extract(bare, text))
    assert [d for d, _t in got] == ["2018-09-05"]


def test_a_japanese_publication_of_covered_months_with_no_day_is_not_drafted(bare: ExtractContext) -> None:
    # dev4 北海道: 「このほど」 gives no day and the document none, so no event (it was dated FY2017-H1)
    text = "北海道経済部観光局はこのほど、平成29年度上期(4~9月)の観光入り込み客数を発表した。\n"
    assert _events(extract(bare, text)) == []


def test_a_japanese_event_in_its_own_period_keeps_that_period(bare: ExtractContext) -> None:
    # negative: the period is when it happened, said with に, not the object's 「…の…を公表」
    text = "経済産業省は2024年4月に新しい支援策を公表した。\n"
    got = _events(extract(bare, text, parse_period("2024-06-01")))
    assert [d for d, _t in got] == ["2024-04"]


_SEKIYU = ("石油統計速報 平成29年12月分\n\n平成30年1月31日\n資源エネルギー庁\n\n"
           "なお、今月の全国の完全失業率は2.5%となった。\n")


def test_this_month_of_a_monthly_release_is_the_month_it_reports_on(bare: ExtractContext) -> None:
    # dev14 資源エネルギー庁: 「今月の中東依存度は87.0%」 was January 2018, the month of publication
    got = rows(extract(bare, _SEKIYU))
    assert [(p, v) for _o, p, v, _u in got] == [("2017-12", 2.5)]


def test_this_month_without_a_release_month_is_counted_from_the_document(bare: ExtractContext) -> None:
    # negative: a text with no 〜分 title says 今月 of the month it is written in
    text = "2018年1月31日\n\nなお、今月の全国の完全失業率は2.5%となった。\n"
    got = rows(extract(bare, text))
    assert [(p, v) for _o, p, v, _u in got] == [("2018-01", 2.5)]


_CSO = ("The value of monthly services in Ireland decreased by 2.5% in October 2019. The sectors with the "
        "largest monthly increases were Administrative and Support Service Activities (7.1%) and "
        "Transportation and Storage (0.5%). Decreases were recorded in the Information and Communication "
        "(-5.4%) and Other Service Activities (-4.7%) sectors.\n")


def test_labels_of_a_list_of_figures_keep_their_and(bare: ExtractContext) -> None:
    # dev16 CSO: "Administrative" / "Storage" owned the figures; the second sentence, most of whose words are
    # capitalised, was read as a headline and its labels dropped (the figures went to the sentence before's)
    got = {(o, v) for o, _p, v, _u in rows(extract(bare, _CSO))}
    assert {("Administrative and Support Service Activities", 7.1), ("Transportation and Storage", 0.5),
            ("Information and Communication", -5.4), ("Other Service Activities", -4.7)} <= got


def test_two_names_joined_by_and_stay_apart(bare: ExtractContext) -> None:
    # negative: known names are taken first ("Germany and France"), and one bracketed figure is no list
    text = ("In the fourth quarter of 2024, GDP contracted in Germany and France (-0.2%) while it grew in "
            "Spain (0.8%) and Italy (0.1%).\n")
    owners = {o for o, _p, _v, _u in rows(extract(bare, text))}
    assert "Germany and France" not in owners
    text = "Output rose in Mining and Quarrying (1.2%) in October 2019.\n"
    assert all(o != "Mining and Quarrying" for o, _p, _v, _u in rows(extract(bare, text)))


def test_an_embargo_line_padded_by_a_two_column_header_dates_the_release() -> None:
    # dev10 BLS productivity: the release number and the padding beside "embargoed until" were over 40
    # characters, so the release had no date and "reported today" was dated 2017-Q2
    line = ("Transmission of material in this release is embargoed until       USDL 17-1098"
            + " " * 24 + "8:30 a.m. (EDT) Wednesday, August 9, 2017")
    dated = date_line(line, 1)
    assert dated is not None and dated[0].text == "2017-08-09"


def test_a_day_far_after_an_embargo_word_is_no_date_line() -> None:
    # negative: words, not padding, between "embargoed until" and a day
    line = ("This release was embargoed until the statistics office had checked every regional table, "
            "which it did on Wednesday, August 9, 2017")
    assert date_line(line, 1) is None
