"""English statistical releases (issue 14, dev15): a month after a comma in the title, "current month",
a label line in capitals, and an acronym before the release's own title."""

from __future__ import annotations

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import parse_period


def test_the_month_after_a_comma_in_the_title_dates_the_figures_whatever_follows() -> None:
    # ONS: the page set a badge after the title on its line; the figures are August's, not the release day's
    text = ("Statistical bulletin: Public Sector Finances, August 2011 This product is designated as "
            "National Statistics\n\nReleased: 21 September 2011\n\n"
            "  • Net debt excluding the temporary effects of financial interventions was £944.5 billion.\n")
    rows = owned_rows(extract(ExtractContext(None), text, parse_period("2011-09-21")))
    assert {(value, period) for _, value, _, period in rows} == {(944.5e9, "2011-08")}


def test_the_current_month_of_a_heading_is_the_month_the_release_reports_on() -> None:
    # "current month and financial year to date": the span to date beside it no longer drops the figure
    text = ("Statistical bulletin: Public Sector Finances, August 2011\n\n"
            "Provisional estimates for current month and financial year to date\n\n"
            "  • Net debt excluding the temporary effects of financial interventions was £944.5 billion.\n")
    rows = owned_rows(extract(ExtractContext(None), text, parse_period("2011-09-21")))
    assert ("英国", 944.5e9, "GBP", "2011-08") in rows


def test_a_year_to_date_heading_alone_still_leaves_undated_figures_out() -> None:
    text = ("Statistical bulletin: Public Sector Finances, August 2011\n\n"
            "Provisional estimates for financial year to date\n\n"
            "  • Net borrowing was £51.5 billion.\n")
    rows = owned_rows(extract(ExtractContext(None), text, parse_period("2011-09-21")))
    assert all(value != 51.5e9 for _, value, _, _ in rows)


def test_a_capitals_label_line_and_an_acronym_before_the_title_are_no_owners() -> None:
    # ABS media release: "MEDIA RELEASE" over the headline, "ABS Building Approvals show …" in the release
    # "Building Approvals, Australia, March 2012": the ABS's figures, not "MEDIA RELEASE Dwelling"'s
    text = ("8731.0 - Building Approvals, Australia, March 2012\n\nMEDIA RELEASE\n"
            "Dwelling approvals rise in March ABS Building Approvals show that the number of dwellings "
            "approved rose 7.4% in March 2012, in seasonally adjusted terms. In seasonally adjusted terms, "
            "approvals for private sector houses rose 3.9% in March.\n")
    rows = owned_rows(extract(ExtractContext(None), text, parse_period("2012-05-07")))
    owners = {owner for owner, _, _, _ in rows}
    assert {7.4, 3.9} <= {value for _, value, _, _ in rows}
    assert not any("RELEASE" in o or "Building Approvals" in o for o in owners)
