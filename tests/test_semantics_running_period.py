"""A figure of a period still running at the claim's date is not yet known (contract 1.1
``said_on``; docs/verdict-rules.md "A period still running"), unless a source of it was out by
then or the claim names that period itself. In Japanese and English, on one small pack: on
15 January 2025 the latest annual inflation is 2024's, and 2025's (published in 2026) neither
decides "fell to" nor "now"; a claim about 2025 itself is read on 2025's figure."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.normalize.periods import parse_period
from shingi.pipeline.context import known_at, running
from shingi.pipeline.diagnose import diagnose

SAID = "2025-01-15"


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "running-period",
        [["inflation", "インフレ率", "inflation", "%", "インフレ;物価上昇率", "false", "share"]],
        [["i23", "NL", "inflation", "2023", "200", "%", "s23", ""],
         ["i24", "NL", "inflation", "2024", "120", "%", "s24", ""],
         ["i25", "NL", "inflation", "2025", "30", "%", "s25", ""],
         ["f25", "NL", "inflation", "2025-Q4", "25", "%", "fc", "a forecast"]],
        sources=[["s23", "CPI 2023", "Office", "", "2024-01-12", "statistics", "en"],
                 ["s24", "CPI 2024", "Office", "", "2025-01-14", "statistics", "en"],
                 ["s25", "CPI 2025", "Office", "", "2026-01-13", "statistics", "en"],
                 ["fc", "Outlook", "Bank", "", "2024-12-01", "report", "en"]],
    )


def test_a_year_not_over_is_set_aside_but_a_forecast_out_by_then_stays(pack: Pack) -> None:
    view = known_at(pack, parse_period(SAID))
    assert "i25" not in view.observations  # 2025 had begun, not ended
    assert {"i23", "i24", "f25"} <= set(view.observations)  # the forecast was published by then
    # a claim date that is a period counts to its end: a quarter of 2025 is known "in 2025"
    assert "i25" in known_at(pack, parse_period("2025")).observations
    named = running([parse_period("2025")], parse_period(SAID))  # a claim about 2025 itself
    assert "i25" in known_at(pack, parse_period(SAID), named).observations


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        ("Norland's inflation is now 120%.", "true"),
        ("Norland's inflation is now 30%.", "false"),
        ("ノーランドのインフレ率は現在120%だ。", "true"),
        ("ノーランドのインフレ率は現在30%だ。", "false"),
    ],
)
def test_now_is_the_latest_year_over(pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, pack, as_of=SAID).rating == rating


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        ("Norland's inflation in 2025 is 30%.", "true"),
        ("ノーランドの2025年のインフレ率は30%だ。", "true"),
    ],
)
def test_a_running_year_the_claim_names_is_read_on_its_figure(pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, pack, as_of=SAID).rating == rating
