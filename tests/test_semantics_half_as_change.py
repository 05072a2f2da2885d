"""A bare half with a change verb is a relative change, as "a third" is (docs/verdict-rules.md §4.5):
"rose by more than half", 「半分以上増えた」 are +50 % or more, not the multiple x0.5; "halved",
「半減」, "fell to half" and 「半分に減った」 stay multiples. A small pack built here."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["exports", "輸出額", "exports", "USD", "輸出", "true", "amount", ""],
    ["visitors", "訪問者数", "visitors", "count", "旅行者", "true", "count", ""],
    ["catch", "漁獲量", "fish catch", "t", "漁獲", "true", "amount", ""],
]
OBSERVATIONS = [
    ["o1", "NL", "exports", "2023", "100 bn", "USD", "stat", ""],
    ["o2", "NL", "exports", "2024", "104 bn", "USD", "stat", ""],
    ["v1", "NL", "visitors", "2023", "1000000", "count", "stat", ""],
    ["v2", "NL", "visitors", "2024", "1550000", "count", "stat", ""],
    ["c1", "NL", "catch", "2023", "1000", "t", "stat", ""],
    ["c2", "NL", "catch", "2024", "490", "t", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "half-as-change", METRICS, OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    "Norland's exports rose by more than half in 2024.",
    "Norland's exports grew by half in 2024.",
    "ノーランドの輸出は2024年に半分以上増えた。",
    "ノーランドの輸出は2024年に半分近く増えた。",
])
def test_a_half_of_a_change_is_not_a_multiple(claim: str, pack: Pack) -> None:
    # x1.04 is a rise of 4 %, far from half
    assert diagnose(claim, pack).rating in ("false", "mostly_false")


@pytest.mark.parametrize("claim", [
    "Norland's visitors rose by more than half in 2024.",
    "ノーランドの旅行者は2024年に半分以上増えた。",
    "Norland's fish catch fell by more than half in 2024.",
    "ノーランドの漁獲は2024年に半分以上減った。",
])
def test_a_half_of_a_change_holds_on_its_change(claim: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == "true"


@pytest.mark.parametrize("claim", [
    "Norland's fish catch halved in 2024.",
    "ノーランドの漁獲は2024年に半減した。",
    "ノーランドの漁獲は2024年に半分に減った。",
])
def test_a_halving_stays_a_multiple(claim: str, pack: Pack) -> None:
    # x0.49 for a halving
    assert diagnose(claim, pack).rating in ("true", "mostly_true")
