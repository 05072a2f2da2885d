"""English statistics releases (issue 14, twelfth session): whose figures a release's are when its
sentences name a series or a heading instead of an owner."""

from __future__ import annotations

from ingest_helpers import extract
from shingi.ingest.extract import ExtractContext
from shingi.ingest.owners import heuristic_names
from shingi.normalize.periods import parse_period
from test_ingest_english_releases import bare, rows

__all__ = ["bare"]  # (the module's fixture: a context without a pack)


def test_a_title_that_names_its_area_owns_figures_named_by_series_codes(bare: ExtractContext) -> None:
    # dev9 en-ecb-m3-201906: M3, M1 and "(M3-M2)" are series, what is measured; the title names the area
    text = ("Press release\n\n24 July 2019\n\nMonetary developments in the euro area: June 2019\n\n"
            "The annual growth rate of the broad monetary aggregate M3 decreased to 4.5% in June 2019. "
            "The annual growth rate of marketable instruments (M3-M2) was -3.7% in June 2019.\n")
    got = rows(extract(bare, text, parse_period("2019-07-24")))
    assert got == [("euro area", "2019-06", 4.5, "%"), ("euro area", "2019-06", -3.7, "%")]


def test_a_group_named_by_a_letter_and_a_number_stays_a_name() -> None:
    names = [n for _a, _b, n, _k in heuristic_names("The G20 agreed to 2% growth, M3 grew 4%.", False)]
    assert "G20" in names and "M3" not in names


def test_a_heading_in_capitals_owns_nothing() -> None:
    # dev9 en-census-durable-202207 ("DURABLE GOODS – NEW ORDERS"), dev8 en-abs-lf-201508 ("SEASONALLY
    # ADJUSTED ESTIMATES"): a heading set in capitals; one word in capitals may be a name
    for text in ("DURABLE GOODS – NEW ORDERS JULY 2022 $273.5 billion",
                 "SEASONALLY ADJUSTED ESTIMATES (MONTHLY CHANGE) Employment increased 17,400."):
        assert heuristic_names(text, False) == [] or all(
            not n.isupper() for _a, _b, n, _k in heuristic_names(text, False))
    assert [n for _a, _b, n, _k in heuristic_names("NVIDIA reported revenue of $39.3 billion.", False)] \
        == ["NVIDIA"]
