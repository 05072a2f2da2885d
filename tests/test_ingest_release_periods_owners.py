"""Owners and dates of English statistics-office releases (issue 14, nineteenth session, helper
`ingestperiod`): the labels of a list of figures keep their inner "and" ("Transportation and Storage
(0.5%)", CSO); an embargo line padded by a two-column header dates the release (BLS). See
docs/ingest.md, "English statistics releases: labels with "and", a padded embargo line (nineteenth
session)"."""

from __future__ import annotations

from ingest_helpers import extract
from shingi.ingest.dates import date_line
from shingi.ingest.extract import ExtractContext
from test_ingest_english_releases import bare, rows

__all__ = ["bare"]


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
