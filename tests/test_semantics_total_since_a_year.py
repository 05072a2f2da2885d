"""A running total since a start (docs/verdict-rules.md §4.7): "has spent ₩400 trillion since
2006", 「2006年以降、約400兆ウォンを投じてきた」 say the sum since 2006, never the 2006 value. With a
running total from that year in the pack (named by its definition, contract 1.1) it is checked on
it; with only yearly values it is not settled. A small pack built here."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

YEARLY = ["budget", "少子化対策予算", "low-fertility budget", "KRW", "少子化対策;fertility budget", "",
          "amount", ""]
TOTAL = ["budget_total", "少子化対策の累計投入額", "cumulative low-fertility spending", "KRW", "累計投入額",
         "", "amount", "cumulative spending on low-fertility measures from 2006 to the end of the period"]
OBSERVATIONS = [
    ["b06", "NL", "budget", "2006", "400兆", "KRW", "stat", ""],
    ["b23", "NL", "budget", "2023", "48兆", "KRW", "stat", ""],
]
TOTALS = [["t23", "NL", "budget_total", "2023", "380兆", "KRW", "stat", ""]]
SAID = [
    "ノーランドは2006年以降、少子化対策に約400兆ウォンを投じてきた。",
    "Since 2006 Norland has spent about 400 trillion won on its fertility budget.",
]


@pytest.fixture(scope="module")
def yearly(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "total-since-yearly", [YEARLY], OBSERVATIONS)


@pytest.fixture(scope="module")
def with_total(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "total-since-total", [YEARLY, TOTAL], OBSERVATIONS + TOTALS)


@pytest.mark.parametrize("claim", SAID)
def test_a_total_since_is_not_the_first_year(claim: str, yearly: Pack) -> None:
    # 400 trillion is the 2006 value here, not a total since 2006: not settled
    assert diagnose(claim, yearly, as_of="2025-06-01").rating == "unverifiable"


@pytest.mark.parametrize("claim", SAID)
def test_a_total_since_is_read_on_the_running_total(claim: str, with_total: Pack) -> None:
    d = diagnose(claim, with_total, as_of="2025-06-01")
    assert d.rating in ("true", "mostly_true")
    assert [n.found for c in d.checks for n in c.numbers] == [380e12]


def test_one_year_is_still_its_own_value(yearly: Pack) -> None:
    assert diagnose("ノーランドの2006年の少子化対策予算は約400兆ウォンだった。", yearly,
                    as_of="2025-06-01").rating == "true"
