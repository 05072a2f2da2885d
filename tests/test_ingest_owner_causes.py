"""The owner of a figure, by cause (issue 14, session 28; docs/ingest.md, "Owners by cause (session 28)"):
a prefecture's labour bureau reports its prefecture's figures, a ministry named before its regional office
is the office, a release's head (its embargo and contact labels, its dateline) names no owner, a country
written in capitals in a heading set in capitals is that country, a publication's name owns no figure,
and a title owner is a title's or a heading's own. Small synthetic texts, each with the near-miss that
must not change."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from ingest_helpers import owned_rows as rows
from shingi.ingest.extract import ExtractContext
from shingi.ingest.owners import KnownNames, prefecture_bureau


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def owners(facts: object, english: bool = False) -> set[str]:
    return {r[0] for r in rows(facts, english)}  # type: ignore[arg-type]


# --- a prefecture's labour bureau -----------------------------------------------------------------------


@pytest.mark.parametrize(("bureau", "prefecture"), [
    ("石川労働局", "石川県"), ("岐阜労働局", "岐阜県"), ("東京労働局", "東京都"), ("京都労働局", "京都府"),
    ("北海道労働局", "北海道"),
])
def test_a_labour_bureau_is_its_prefectures(bureau: str, prefecture: str) -> None:
    assert prefecture_bureau(bureau) == prefecture


@pytest.mark.parametrize("name", ["金沢国税局", "関東財務局", "横浜税関", "厚生労働省", "労働局",
                                  "中央労働局"])
def test_no_other_office_is_a_prefectures(name: str) -> None:
    # a taxation bureau or a customs office named by its seat serves a wider area (its 管内): its own
    assert prefecture_bureau(name) is None


BUREAU_RELEASE = ("厚生労働省 石川労働局 発表 平成 28 年 12 月 13 日 "
                  "平成 28 年の障害者雇用状況の集計結果について。"
                  "石川労働局では、平成 28 年 6 月 1 日現在における報告を集計し、"
                  "その結果を取りまとめたものです。"
                  "・雇用障害者数は 3,141.5 人で、前年より 102.0 人増加。\n")


def test_a_labour_bureaus_release_is_its_prefectures_figures(bare: ExtractContext) -> None:
    # (one line, as a PDF's text runs: the ministry named first was the figures' owner, so they were Japan's)
    got = rows(extract(bare, BUREAU_RELEASE))
    assert ("石川県", 3141.5, "count", "2016-06-01") in got
    assert "日本" not in owners(extract(bare, BUREAU_RELEASE))


def test_a_ministrys_own_release_stays_the_nations(bare: ExtractContext) -> None:
    # the negative: the ministry alone (no regional office after it) publishes the nation's figures
    text = BUREAU_RELEASE.replace("厚生労働省 石川労働局 発表", "厚生労働省 発表")
    text = text.replace("石川労働局では", "厚生労働省では")
    assert ("日本", 3141.5, "count", "2016-06-01") in rows(extract(bare, text))


def test_a_taxation_bureau_keeps_its_own_area(bare: ExtractContext) -> None:
    # the negative: 金沢国税局 serves three prefectures; its figures are the bureau's (its 管内), not a
    # prefecture's
    text = ("国税庁 金沢国税局 発表\n\n令和4年分の相続税の申告事績について\n\n"
            "金沢国税局では、令和4年分の相続税の申告を集計しました。被相続人数は39,887人で、前年より9.0%増加。\n")
    assert owners(extract(bare, text)) == {"金沢国税局"}


# --- a release's head: labels and dateline ----------------------------------------------------------------


def test_an_embargo_label_owns_nothing_and_a_capitals_title_names_its_country(bare: ExtractContext) -> None:
    text = ("EMBARGO: Only to be published or disseminated at 12:00 hour, Friday, 10 June 2016\n\n"
            "INDEX OF INDUSTRIAL PRODUCTION, MALAYSIA APRIL 2016\n\n"
            "In April 2016, the Industrial Production Index (IPI) rose 3.0% after registering 2.8% "
            "in March 2016.\n")
    got = rows(extract(bare, text), english=True)
    assert ("Malaysia", 3.0, "%", "2016-04") in got and ("Malaysia", 2.8, "%", "2016-03") in got
    assert not any(r[0].upper() == "EMBARGO" for r in got)


def test_a_country_in_capitals_outside_a_capitals_run_is_no_name() -> None:
    # the negative: "CHINA" in a line written in lower case is no country said in a capitals heading
    known = KnownNames()
    assert [m.id for m, _e in known.find("INDEX OF PRODUCTION, MALAYSIA APRIL 2016")] == ["MY"]
    assert known.find("the MALAYSIA fund grew by 3%") == []
    assert [m.id for m, _e in known.find("Malaysia grew by 3%")] == ["MY"]


def test_a_media_contact_line_owns_nothing(bare: ExtractContext) -> None:
    text = ("For release 10:00 a.m. (EST) Wednesday, February 12, 2014 Media contact: (202) 691-5902 "
            "MAJOR WORK STOPPAGES IN 2013 In 2013, there were 15 major strikes and lockouts involving "
            "1,000 or "
            "more workers, the U.S. Bureau of Labor Statistics reported today. The 15 major work stoppages "
            "beginning in 2013 were down from 19 major work stoppages beginning in 2012.\n")
    got = owners(extract(bare, text), english=True)
    assert "Media" not in got and "United States" in got


def test_a_company_named_media_keeps_its_figures(bare: ExtractContext) -> None:
    # the negative: a company named Media (not a release's label) keeps its figures
    text = "Media Holdings reported revenue of $5.2 billion in 2023.\n"
    assert any("Media" in o for o in owners(extract(bare, text), english=True))


def test_a_dateline_that_opens_the_lead_is_no_owner(bare: ExtractContext) -> None:
    text = ("Treasury International Capital Data for February\n\n"
            "WASHINGTON – The U.S. Department of the Treasury today released Treasury International "
            "Capital (TIC) "
            "data for February 2016.\n\n"
            "The sum total in February of all net foreign acquisitions was a monthly net TIC inflow of "
            "$33.5 billion.\n")
    got = rows(extract(bare, text), english=True)
    assert ("United States", 33500000000.0, "USD", "2016-02") in got
    assert "WASHINGTON" not in owners(extract(bare, text), english=True)


def test_a_name_in_capitals_with_no_dash_after_it_keeps_its_figures(bare: ExtractContext) -> None:
    # the negative: a name in capitals that opens a sentence with no dash after it is its subject
    text = "NVIDIA reported revenue of $39.3 billion for the fourth quarter of 2024.\n"
    assert "NVIDIA" in owners(extract(bare, text), english=True)


# --- a publication's name ---------------------------------------------------------------------------------


def test_a_publications_title_owns_no_table(bare: ExtractContext) -> None:
    text = ("Monthly Statistical Snapshot, August 2014\n"
            "Type of beneficiary | Total | SSI only |\n---|---|---|\n"
            "All beneficiaries | 63,808 | 5,572 |\n")
    assert not any("Snapshot" in o for o in owners(extract(bare, text), english=True))


def test_a_name_that_merely_holds_a_publication_word_is_kept(bare: ExtractContext) -> None:
    # the negative: the word must end the name ("Bulletin Corp" is a company's name)
    text = "Bulletin Corp reported revenue of $5.2 billion in 2023.\n"
    assert any("Bulletin" in o for o in owners(extract(bare, text), english=True))


# --- a title owner is a title's or a heading's own ---------------------------------------------------------


def test_a_tables_row_label_is_no_title_owner(bare: ExtractContext) -> None:
    # a table set a cell a line: its row label "Division 47." opened a text line; a later line of figures read
    # as a heading took it for the title's owner, and every unowned figure of the release became its
    text = ("In February 2019, the turnover of retail trade enterprises amounted to EUR 823.3 mln at current "
            "prices.\n\nIn February 2019, the turnover of food and beverage service enterprises amounted to "
            "EUR 54.7 mln.\n\nChanges in turnover\n\nDivision 47. Retail trade\n\n1.1\n\n8.0\n")
    assert not any("Division" in o for o in owners(extract(bare, text), english=True))


def test_a_title_that_names_its_country_still_owns_the_figures(bare: ExtractContext) -> None:
    # the negative: the first line's own country is the title's owner
    text = ("Retail trade in Lithuania, February 2019\n\n"
            "In February 2019, the turnover of retail trade enterprises amounted to EUR 823.3 mln.\n")
    assert ("Lithuania", 823300000.0, "EUR", "2019-02") in rows(extract(bare, text), english=True)
