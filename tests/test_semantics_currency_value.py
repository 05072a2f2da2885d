"""A currency's value lost, read on a rate quoted in that currency per another (docs/verdict-rules.md
§4.7, session 13): "the naira has lost about two-thirds of its value" on naira per dollar is
1 - old/new (477.7 -> 1,458 per dollar is a loss of 67 %), not the rate's multiple (x3.05) — blind
round 12 float-two-thirds; in English and Japanese."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["rate", "ナイラの対ドル公式レート", "official naira-dollar rate", "NGN/USD", "naira;ナイラ;naira rate",
     "false", "amount", ""],
]
OBSERVATIONS = [
    ["r23", "NL", "rate", "2023-06", "477.7", "NGN/USD", "stat", ""],
    ["r25", "NL", "rate", "2025-10", "1458", "NGN/USD", "stat", ""],
    ["r26", "NL", "rate", "2026-03", "1300", "NGN/USD", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "currency-value", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    ("Since June 2023 the naira has lost about two-thirds of its value.", "true"),
    ("ナイラは2023年6月以降、価値の約3分の2を失った。", "true"),
    # a third is half the loss: far off
    ("Since June 2023 the naira has lost about a third of its value.", "mostly_false"),
    ("ナイラは2023年6月以降、価値の約3分の1を失った。", "mostly_false"),
])
def test_a_currencys_value_lost_is_the_reciprocal_of_its_rate(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2025-11").rating == expected


def test_a_currency_that_gained_lost_nothing(pack: Pack) -> None:
    # October 2025 -> March 2026: fewer naira per dollar, a stronger naira
    said = "Since October 2025 the naira has lost about a tenth of its value."
    assert diagnose(said, pack, as_of="2026-04").rating == "false"
