"""A currency's own change on a rate quoted in it (docs/verdict-rules.md §4.7; review session 27 R3):
"the yen weakened by about 10%" or "the yen fell about 10% against the dollar" on 140 -> 155 yen per
dollar is the yen's value, 1 - 140/155 = 9.7 %, not the rate's +10.7 % sign-flipped; the words that
say the currency is the subject of the change read it so, in English and Japanese."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["fx", "円相場", "yen exchange rate", "JPY/USD", "ドル円;為替レート;yen;円", "false", "ratio", ""]]
OBSERVATIONS = [
    ["f23", "NL", "fx", "2023", "140", "JPY/USD", "stat", ""],
    ["f24", "NL", "fx", "2024", "155", "JPY/USD", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "currency-own-change", METRICS, OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    "In 2024 the yen weakened by about 10% against the dollar.",
    "In 2024 the yen fell about 10% against the dollar.",
    "Norland's yen fell about 10% against the dollar in 2024.",
    "円は2024年にドルに対して約10%下落した。",
])
def test_a_currencys_fall_is_its_value(pack: Pack, claim: str) -> None:
    found = diagnose(claim, pack, as_of="2025-03")
    assert found.rating in ("true", "mostly_true")
    assert found.checks[0].numbers[0].found == pytest.approx(9.677419, abs=1e-4)


@pytest.mark.parametrize(("claim", "expected"), [
    # the yen did not rise: a rise of the yen against a rate that went up fails
    ("In 2024 the yen rose about 10% against the dollar.", "false"),
    ("In 2024 the yen strengthened by about 10% against the dollar.", "false"),
    ("円は2024年にドルに対して約10%上昇した。", "false"),
    # negatives: the rate itself, and the other currency, are read on the rate's own number
    ("The yen exchange rate rose about 11% in 2024.", "true"),
    ("In 2024 the dollar rose about 11% against the yen.", "true"),
])
def test_the_rate_and_the_other_currency_are_read_as_before(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2025-03").rating == expected
