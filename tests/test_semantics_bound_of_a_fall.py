"""A bound on a fall said as a multiple ("more than halved", 「半減以上」) and a pace that slows
(docs/verdict-rules.md §4.1 "A bound on a halving", §4.7), in English and Japanese, on a small pack
built here:

- "more than halved", "at least halved", 「半減以上」 bound the fall: the new value is below half the
  old (a fall of more than 50 %), so x0.46 holds and x0.56 does not; "less than halved" is the
  other way; 「半分以下に減った」 bounds the ratio itself (half or less) and is unchanged;
- "more than doubled" stays a ratio above x2;
- "slowing to 1.8% from 3.2%" said of a growth rate compares the rate's own values (a pace slows, a
  level falls), not the sign of the later rate.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["farmers", "農業従事者数", "farm workers", "count", "farm workers;農業従事者", "", "count", ""],
    ["stocks", "在庫量", "stocks", "t", "stocks;在庫", "", "amount", ""],
    ["output", "鉱山生産量", "mine output", "t", "mine output", "", "amount", ""],
    ["popg", "人口増加率", "population growth rate", "%", "population growth;人口増加率", "true",
     "growth", ""],
]
OBSERVATIONS = [
    ["f00", "NL", "farmers", "2000", "2400000", "count", "stat", ""],
    ["f24", "NL", "farmers", "2024", "1114000", "count", "stat", ""],  # x0.46
    ["k21", "NL", "stocks", "2021", "1000000", "t", "stat", ""],
    ["k23", "NL", "stocks", "2023", "560000", "t", "stat", ""],  # x0.56
    ["p21", "NL", "output", "2021", "1000000", "t", "stat", ""],
    ["p23", "NL", "output", "2023", "2300000", "t", "stat", ""],  # x2.3
    ["g23", "NL", "popg", "2023", "3.2", "%", "stat", ""],
    ["g24", "NL", "popg", "2024", "1.8", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "bound-of-a-fall", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    # x0.46: a fall of 54 %, more than halved
    ("Norland's farm workers have more than halved between 2000 and 2024.", "true"),
    ("Norland's farm workers at least halved between 2000 and 2024.", "true"),
    ("ノーランドの農業従事者は2000年から2024年に半減以上となった。", "true"),
    ("ノーランドの農業従事者は2000年から2024年に半分以下に減った。", "true"),
    # x0.56: a fall of 44 %, not more than halved
    ("Norland's stocks more than halved between 2021 and 2023.", "mostly_false"),
    ("ノーランドの在庫量は2021年から2023年に半減以上となった。", "mostly_false"),
    # x2.3 is more than doubled
    ("Norland's mine output more than doubled between 2021 and 2023.", "true"),
])
def test_a_bound_on_a_halving_bounds_the_fall(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected
    assert len(d.checks) == 1


def test_less_than_halved_is_not_a_fall_of_more_than_half(pack: Pack) -> None:
    d = diagnose("Norland's farm workers less than halved between 2000 and 2024.", pack)
    assert d.rating not in ("true",)


@pytest.mark.parametrize("claim", [
    "Norland's population growth slowed to 1.8% in 2024 from 3.2% the year before.",
])
def test_a_slowing_rate_compares_the_rates_own_values(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == "true"
    assert all(c.result == "holds" for c in d.checks)


def test_more_than_halved_with_a_slowing_part(pack: Pack) -> None:
    # the ratio x0.56 misses "more than halved"; the slowing from 3.2% to 1.8% holds
    d = diagnose(
        "Norland's population growth more than halved in 2024, slowing to 1.8% from 3.2% the year before.",
        pack,
    )
    assert [c.result for c in d.checks] == ["partly", "holds"]
