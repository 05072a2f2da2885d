"""A band after a counter (docs/verdict-rules.md §4.1 "A band"): 「50万組台」, 「72歳台」 and the English
"the low 70s", "the 500,000s" are the band of values that begin with the figure, a lower and an
upper bound, never "about" the figure (blind round 19 jp-marriages back500k 「50万組台を回復」 for
485,092 and us-life-expectancy ja-male-72 「72歳台まで落ち込んだ」 for 73.5 were partly, mostly true:
two wrong trues). 前半 / 後半 and low / mid / high narrow the band."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["marriages", "婚姻件数", "number of marriages", "count", "marriages", "", "count", ""],
    ["life", "男性の平均寿命", "male life expectancy", "years", "life expectancy of men", "true", "amount",
     ""],
]
OBSERVATIONS = [
    ["m23", "NL", "marriages", "2023", "474741", "count", "stat", ""],
    ["m24", "NL", "marriages", "2024", "485092", "count", "stat", ""],
    ["l20", "NL", "life", "2020", "74.2", "years", "stat", ""],
    ["l21", "NL", "life", "2021", "73.5", "years", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "counter-bands", METRICS, OBSERVATIONS)


def rating(pack: Pack, claim: str) -> str:
    return diagnose(claim, pack, as_of="2025-09-01").rating


@pytest.mark.parametrize("claim", [
    "2024年のノーランドの婚姻件数は50万組台を回復した。",
    "Norland's number of marriages was back in the 500,000s in 2024.",
    "2021年、ノーランドの男性の平均寿命は72歳台まで落ち込んだ。",
    "In 2021, Norland's male life expectancy fell into the high 60s.",
])
def test_a_band_missed_is_no_near_figure(pack: Pack, claim: str) -> None:
    # 485,092 is 3 % below 500,000 and 73.5 is 2 % above 72: "about" would be nearly right
    assert rating(pack, claim) in ("mostly_false", "false")


@pytest.mark.parametrize("claim", [
    "2024年のノーランドの婚姻件数は40万組台だった。",
    "Norland's number of marriages was in the 400,000s in 2024.",
    "2021年、ノーランドの男性の平均寿命は73歳台まで落ち込んだ。",
    "2021年、ノーランドの男性の平均寿命は73歳台後半だった。",
    "In 2021, Norland's male life expectancy fell into the low 70s.",
])
def test_a_band_that_holds_the_value(pack: Pack, claim: str) -> None:
    assert rating(pack, claim) == "true"


def test_a_half_of_the_band_is_narrower(pack: Pack) -> None:
    # 73.5 is in the second half of the 73s, not the first
    assert rating(pack, "2021年、ノーランドの男性の平均寿命は73歳台前半だった。") in ("mostly_false", "false")


@pytest.mark.parametrize("claim", [
    # a decade is no band of values: "the 1970s", "the mid-70s" are left alone
    "Norland's male life expectancy has risen since the 1970s.",
    # 台 right after a bare number stays the counter of machines (「500万台」 is five million units)
    "ノーランドの婚姻件数は2024年に約48万件だった。",
])
def test_what_is_no_band(pack: Pack, claim: str) -> None:
    checks = diagnose(claim, pack, as_of="2025-09-01").checks
    assert not any(n.comparator == "less_than" for c in checks for n in c.numbers)
