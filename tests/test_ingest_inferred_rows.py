"""Rows whose owner or period the text does not state (issue 14, session 27): the draft says so (the
``owner_from`` column), and two readings that dated a release's figures by the month it came out in:
a bureau's name under the month at a release's head (a 公文書's date and sender, as 「平成30年5月 国税庁」
already was) and the month of a periodical's issue (「2019年2月号」). Small synthetic texts, with the
cases that must not change (docs/ingest.md, "Wrong rows by rule (session 27)")."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ingest_helpers import extract, figures
from ingest_helpers import owned_rows as rows
from shingi.ingest.dates import date_line
from shingi.ingest.extract import ExtractContext
from shingi.ingest.run import ingest_files


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


# --- a bureau under the month at the head --------------------------------------------------------------


@pytest.mark.parametrize("head", ["令和5年12月金沢国税局", "平成19年11月 札幌国税局", "平成30年5月国税庁"])
def test_a_month_over_a_bureau_or_an_agency_is_the_releases_date(head: str) -> None:
    got = date_line(head, 0)
    assert got is not None and got[0].precision == "month"


@pytest.mark.parametrize("head", [
    "2014年4月",  # a month alone: the month a release reports on
    "2014年4月東京都",  # a place: the month and the place reported on
    "2014年4月の局",  # a word of a sentence, no name
    "2014年4月局",  # no bureau's name before 局
])
def test_a_month_over_no_bureau_is_no_date_line(head: str) -> None:
    assert date_line(head, 0) is None


def test_a_bureaus_release_dates_its_undated_figures_by_the_year_it_reports_on(bare: ExtractContext) -> None:
    text = ("平成19年11月\n札幌国税局\n\n"
            "道内における平成18年度の酒類の消費数量は約42万3千KLで、前年度に比べ2.6%減少した。\n\n"
            "1 主な品目別の消費動向\n\n"
            "清酒(消費数量28,327KL、対前年比92.8%)、ビール(消費数量147,288KL、対前年比97.5%)。\n")
    got = figures(extract(bare, text))
    assert (92.8, "FY2006") in got and (97.5, "FY2006") in got
    assert not any(p == "2007-11" for _v, p in got)  # (was the month the release came out in)


def test_a_month_alone_at_the_head_still_dates_the_release_it_heads(bare: ExtractContext) -> None:
    # the negative: a month alone on the first line is the month a trade release reports on
    text = "2014年4月\n\n貿易統計\n\n全国の輸出額は6兆1,000億円で、前年同月比5.1%増加した。\n"
    assert ("日本", 5.1, "%", "2014-04") in rows(extract(bare, text))


# --- a periodical's issue -------------------------------------------------------------------------------


def test_an_issues_month_dates_no_figure(bare: ExtractContext) -> None:
    text = ("ファイナンス 2019年2月号\n\n"
            "平成31年度予算は、国会での御審議を経て成立した。一般歳出は59兆9,359億円。\n\n"
            "防衛関係費:+1.1%、政府専用機:▲251億円\n")
    got = figures(extract(bare, text))
    assert (1.1, "FY2019") in got and (-25100000000.0, "FY2019") in got  # (were February 2019's)
    assert not any(p == "2019-02" for _v, p in got)


def test_a_month_in_a_heading_without_issue_still_dates_its_figures(bare: ExtractContext) -> None:
    text = "2019年2月の動き\n\n全国の有効求人倍率は1.63倍で、前月と同水準だった。\n"
    assert ("日本", 1.63, "x", "2019-02") in rows(extract(bare, text))


# --- the draft says whose each figure is and who said it -------------------------------------------------


def _drafted(tmp_path: Path, text: str, owner: str | None = None) -> list[dict[str, str]]:
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    out = tmp_path / f"draft-{owner}"
    ingest_files([doc], out, workers=1, owner=owner)
    if not (out / "observations.csv").is_file():
        return []
    with (out / "observations.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_the_draft_marks_an_owner_the_text_does_not_state(tmp_path: Path) -> None:
    text = ("家計調査報告（令和6年12月分）\n\n"
            "消費支出は前年同月比2.7%の増加となった。\n"
            "全国の有効求人倍率は1.25倍となった。\n")
    drafted = {r["value"]: (r["owner_from"], r["note"]) for r in _drafted(tmp_path, text)}
    assert drafted["2.7"][0] == "context" and "national statistic its title names" in drafted["2.7"][1]
    assert drafted["1.25"][0] == "text"  # (its sentence names the nation: 全国)


def test_an_owner_the_user_gives_is_marked_as_given(tmp_path: Path) -> None:
    text = "推計人口\n\n令和6年10月1日の人口は146,796人となった。\n"
    assert _drafted(tmp_path, text) == []  # nobody named: left out
    drafted = _drafted(tmp_path, text, owner="足利市")
    assert [(r["value"], r["owner_from"]) for r in drafted] == [("146796", "option")]


@pytest.mark.parametrize(("text", "said"), [
    ("富山県の人口移動\n\n令和6年10月の転入者数は1,234人となった。\n", "the document's subject"),
    ("Statistics Norway\n\nConsumer prices\n\nIn January 2014 the consumer price index rose 2.3 percent.\n",
     "a government body the document names"),
])
def test_an_owner_taken_from_the_documents_subject_or_its_body_is_marked(
        tmp_path: Path, text: str, said: str) -> None:
    [row] = _drafted(tmp_path, text)
    assert row["owner_from"] == "context" and said in row["note"]


def test_an_owner_its_sentence_names_is_not_marked(tmp_path: Path) -> None:
    # the negative: the same figures with their owner in the sentence
    text = "人口移動\n\n令和6年10月の富山県の転入者数は1,234人となった。\n"
    [row] = _drafted(tmp_path, text)
    assert row["owner_from"] == "text" and "owner not stated" not in row["note"]


# --- an edition's year and a page's update day (dev25) ---------------------------------------------------


def test_an_editions_year_dates_no_figure(bare: ExtractContext) -> None:
    text = ("海外在留邦人数調査の結果公表(平成23年速報版-平成22年10月1日現在統計)\n\n"
            "全国の在留邦人総数は114万3,357人となりました。\n")
    got = figures(extract(bare, text))
    assert got == [(1143357.0, "2010-10-01")]  # (was 2011, the edition's year)


def test_a_year_said_without_edition_still_dates_its_figures(bare: ExtractContext) -> None:
    text = "平成23年の調査結果\n\n全国の在留邦人総数は114万3,357人となりました。\n"
    assert figures(extract(bare, text)) == [(1143357.0, "2011")]


def test_a_pages_update_day_is_no_month_its_text_reports_on(bare: ExtractContext) -> None:
    text = ("工業統計調査\n\n1. 全事業所の状況\n\n4.都道府県別の状況\n\n"
            "全国の事業所数は前回比で6.2%減少した。\n\n第1-10図 事業所数\n\n最終更新日:2007.10.1\n")
    assert figures(extract(bare, text)) == []  # no period said: left out (was October 2007's)
    dated = text.replace("全国の事業所数は", "2007年9月の全国の事業所数は")
    assert figures(extract(bare, dated)) == [(-6.2, "2007-09")]
