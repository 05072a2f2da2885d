"""Two figures in one clause, a level and a multiple (docs/verdict-rules.md §4.7, "The level
before a multiple"): 「平均約60ユーロと前年の2倍を超えた」, "averaged about 60 euros, more than double
the year before" — the amount is the level (after "averaged" / before と), graded on the level, and
the multiple on the change; the clause combines them. A figure after "rose by" stays the size of the
change."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["price", "価格", "price", "EUR", "", "", "amount", ""]]
OBSERVATIONS = [
    ["p20", "NL", "price", "2020", "25", "EUR", "stat", ""],
    ["p21", "NL", "price", "2021", "53.59", "EUR", "stat", ""],  # x2.14
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "level-beside-a-multiple", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "level", "expected"), [
    # the level 53.59 against "about 60" (12 % over: mostly true), the multiple holds
    ("2021年のノーランドの価格は平均約60ユーロと前年の2倍を超えた。", 53.59, "mostly_true"),
    ("Norland's price averaged about 60 euros in 2021, more than double the year before.", 53.59,
     "mostly_true"),
    ("2021年のノーランドの価格は平均約54ユーロと前年の2倍を超えた。", 53.59, "true"),
    # negative: after "rose by" the amount is the size of the change (28.59)
    ("Norland's price rose by about 60 euros in 2021, more than doubling.", 28.59, "mostly_false"),
])
def test_a_level_beside_a_multiple(pack: Pack, claim: str, level: float, expected: str) -> None:
    d = diagnose(claim, pack, lang="en" if claim.isascii() else "ja")
    assert d.rating == expected, d.reason
    amount = next(n for c in d.checks for n in c.numbers if n.unit == "EUR")
    assert abs(amount.found - level) < 0.01
