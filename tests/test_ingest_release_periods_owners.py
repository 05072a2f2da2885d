"""Owners and dates of English statistics-office releases (issue 14, nineteenth session, helper
`ingestperiod`): the labels of a list of figures keep their inner "and" ("Transportation and Storage
(0.5%)", CSO); an embargo line padded by a two-column header dates the release (BLS); "the previous
quarter" dates its sentence, not the text after it (SCB). See docs/ingest.md, "English statistics
releases: labels with "and", a padded embargo line, the previous quarter (nineteenth session)"."""

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


_SPPI = ("The Service Producer Price Index in Sweden decreased by 0.1 percent from the first to the second "
         "quarter 2014. The corresponding change during the previous quarter was an increase of 0.4 percent. "
         "Since the second quarter 2013, the Service Producer Price Index has increased 0.4 percent. The "
         "corresponding annual rate for the previous quarter was an upturn of 0.8 percent.\n")


def test_the_previous_quarter_dates_its_sentence_not_the_text_after_it(bare: ExtractContext) -> None:
    # dev12 SCB: after "the previous quarter" (2014-Q1) the text went on about 2014-Q1, so the annual rate
    # "since the second quarter 2013" was 2014-Q1's and the next "previous quarter" 2013-Q4
    got = [(p, v) for _o, p, v, _u in rows(extract(bare, _SPPI))]
    assert got == [("2014-Q2", -0.1), ("2014-Q1", 0.4), ("2014-Q2", 0.4), ("2014-Q1", 0.8)]


def test_a_quarter_said_after_the_previous_quarter_is_the_texts_again(bare: ExtractContext) -> None:
    # negative: a sentence that names its own quarter moves the text to it as before
    text = ("GDP in Sweden rose by 0.5 percent in the second quarter of 2014. It rose by 0.2 percent in "
            "the previous quarter. In the third quarter of 2014 it rose by 0.3 percent. Exports fell 1.0 "
            "percent.\n")
    got = [(p, v) for _o, p, v, _u in rows(extract(bare, text))]
    assert got == [("2014-Q2", 0.5), ("2014-Q1", 0.2), ("2014-Q3", 0.3), ("2014-Q3", -1.0)]
