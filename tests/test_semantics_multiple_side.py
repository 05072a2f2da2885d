"""A multiple on the wrong side of one (docs/verdict-rules.md §4.1, the multiple's ladder): a
fraction below one (「約8割」, "about four-fifths") says the value fell or is the smaller side, a
multiple above one that it rose; a found multiple on the other side is a sign error and fails
before any band of closeness (review of session 17, #5: x0.8 for x1.10 was mostly true). Both
parse paths: the level against its base alone, and a level then its base in a second clause. A
small pack built here."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["vis", "訪問者数", "visitors", "count", "訪問者;旅行者", "true", "count", ""]]
OBSERVATIONS = [
    ["v23", "NL", "vis", "2023", "1000000", "count", "stat", ""],
    ["v24", "NL", "vis", "2024", "1100000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "multiple-side", METRICS, OBSERVATIONS)


def rating(claim: str, pack: Pack) -> str:
    return diagnose(claim, pack, as_of="2026-02-01").rating


@pytest.mark.parametrize("claim", [
    "ノーランドの訪問者数は2024年に2023年の約8割だった。",
    "Norland's visitors in 2024 were about four-fifths of their 2023 level.",
])
def test_a_fraction_for_a_rise_is_false(claim: str, pack: Pack) -> None:
    assert rating(claim, pack) in ("false", "mostly_false")


@pytest.mark.parametrize("claim", [
    "ノーランドの訪問者数は2024年に110万人で、2023年の約8割だった。",
    "ノーランドの訪問者数は2024年に110万人で、2023年の9割程度にとどまった。",
])
def test_a_fraction_beside_a_right_level_is_not_mostly_true(claim: str, pack: Pack) -> None:
    d = diagnose(claim, pack, as_of="2026-02-01")
    assert d.rating not in ("true", "mostly_true")
    assert any(c.result == "fails" for c in d.checks)


def test_a_multiple_on_the_right_side_still_holds(pack: Pack) -> None:
    assert rating("ノーランドの訪問者数は2024年に110万人で、2023年の約10%増だった。", pack) == "true"
    assert rating("ノーランドの訪問者数は2024年に2023年の約1.1倍だった。", pack) == "true"
