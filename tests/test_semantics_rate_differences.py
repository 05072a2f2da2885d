"""How the words of a change between two rates are read (docs/verdict-rules.md §4.7), in Japanese
and English, on a small pack built here: each test asserts one rule's behaviour.

- 「6.8%から3.8%へと3%改善」, "from 6.8% to 3.8%, 3% lower": a percentage after the two levels that
  is their difference is that difference in points, not a relative change; a percentage that is
  not the difference is a relative change, checked as one (on a rate too).
- 改善 (better) and 悪化 (worse) on a measure where lower is better are a fall and a rise; where
  higher is better, a rise and a fall."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(
        tmp_path_factory,
        "rate-differences",
        [
            ["jobless", "失業率", "unemployment rate", "%", "完全失業率", "false", "share", ""],
            ["openings", "求人倍率", "jobs-to-applicants ratio", "x", "有効求人倍率", "true", "ratio", ""],
        ],
        [
            ["u1", "NL", "jobless", "2012", "6.8", "%", "stat", ""],
            ["u2", "NL", "jobless", "2017", "3.8", "%", "stat", ""],
            ["o1", "NL", "openings", "2012", "0.4", "x", "stat", ""],
            ["o2", "NL", "openings", "2017", "1.11", "x", "stat", ""],
        ],
    )


def rating(claim: str, pack: Pack) -> str:
    return diagnose(claim, pack, as_of="2018-06").rating


@pytest.mark.parametrize(
    "claim",
    [
        "ノーランドの失業率は2012年の6.8%から2017年の3.8%へと3%低下した",
        "ノーランドの有効求人倍率は2012年の0.4倍から2017年の1.11倍へと0.71%の伸び",
        "Norland's unemployment rate fell from 6.8% in 2012 to 3.8% in 2017, 3% lower",
    ],
)
def test_a_percentage_that_is_the_levels_difference_is_points(claim: str, pack: Pack) -> None:
    assert rating(claim, pack) == "true"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # 0.4 -> 1.11 times is 178% higher: a percentage that is not the difference stays relative
        ("ノーランドの有効求人倍率は2012年の0.4倍から2017年の1.11倍へと178%の伸び", "true"),
        ("ノーランドの有効求人倍率は2012年の0.4倍から2017年の1.11倍へと50%の伸び", "false"),
        # on a rate, 6.8% -> 3.8% is 44% lower: checked as a relative change, not left unchecked
        ("ノーランドの失業率は2012年の6.8%から2017年の3.8%へと44%低下した", "true"),
        ("ノーランドの失業率は2012年の6.8%から2017年の3.8%へと10%低下した", "false"),
    ],
)
def test_a_percentage_that_is_not_the_difference_stays_relative(
    claim: str, expected: str, pack: Pack
) -> None:
    assert rating(claim, pack) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("ノーランドの失業率は2012年の6.8%から2017年の3.8%へと改善した", "true"),
        ("ノーランドの失業率は2012年から2017年にかけて悪化した", "false"),
        ("ノーランドの有効求人倍率は2012年から2017年にかけて改善した", "true"),
        ("ノーランドの有効求人倍率は2012年から2017年にかけて悪化した", "false"),
    ],
)
def test_better_and_worse_follow_the_measure(claim: str, expected: str, pack: Pack) -> None:
    assert rating(claim, pack) == expected
