"""Back at an earlier level, and better / worse on a measure's own direction (docs/verdict-rules.md
§4.7 "Back at an earlier year's level", §8): 「コロナ前の水準を取り戻した」 and "back to where it was
before the pandemic" are back at 2019's value, at least it again (78.4 against 78.8 is not back:
blind round 19 us-life-expectancy back-prepandemic-2024 and ja-canada-recovered, mostly false;
nearly all the way back from the dip is nearly right);
"got worse", 「悪くなった」, 悪化 on a measure where lower is better is a rise (blind round 19
uk-energy-price-cap fp-worse-2024 was unverifiable)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["life", "平均寿命", "life expectancy", "years", "life expectancy at birth", "true", "amount", ""],
    ["fp", "燃料貧困世帯の割合", "share of households in fuel poverty", "%", "fuel poverty;燃料貧困", "false",
     "share", ""],
]
OBSERVATIONS = [
    ["l19", "NL", "life", "2019", "78.8", "years", "stat", ""],
    ["l20", "NL", "life", "2020", "77.0", "years", "stat", ""],
    ["l23", "NL", "life", "2023", "78.4", "years", "stat", ""],
    ["l24", "NL", "life", "2024", "79.0", "years", "stat", ""],
    ["f23", "NL", "fp", "2023", "11.4", "%", "stat", ""],
    ["f24", "NL", "fp", "2024", "11.0", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "back-and-worse", METRICS, OBSERVATIONS)


def rating(pack: Pack, claim: str, as_of: str = "2025-06-01") -> str:
    return diagnose(claim, pack, as_of=as_of).rating


@pytest.mark.parametrize("claim", [
    "Norland's life expectancy is now back to where it was before the pandemic.",
    "ノーランドの平均寿命はすでにコロナ前の水準を取り戻した。",
])
def test_a_little_below_the_level_is_not_back(pack: Pack, claim: str) -> None:
    # the latest at the claim's date is 2023's 78.4, 0.5 % below 2019's 78.8
    assert rating(pack, claim, "2024-12-20") == "mostly_false"
    # 2024's 79.0 is back
    assert rating(pack, claim, "2025-12-20") == "true"


def test_nearly_all_the_way_back_is_nearly_right(tmp_path_factory: pytest.TempPathFactory) -> None:
    # 737,679 against 2019's 748,559, 94 % of the way back from 568,104 (blind jp-crime en-back-to-2019)
    crime = norland_pack(tmp_path_factory, "back-crime", [
        ["crime", "刑法犯認知件数", "recorded crime", "count", "crime", "false", "count", ""],
    ], [
        ["c19", "NL", "crime", "2019", "748559", "count", "stat", ""],
        ["c21", "NL", "crime", "2021", "568104", "count", "stat", ""],
        ["c24", "NL", "crime", "2024", "737679", "count", "stat", ""],
    ])
    claim = "Recorded crime in Norland in 2024 was back to its pre-pandemic level."
    assert rating(crime, claim) == "mostly_true"
    assert rating(crime, "2024年のノーランドの刑法犯認知件数はコロナ前の水準を取り戻した。") == "mostly_true"


def test_an_undated_era_stays_unknown(pack: Pack) -> None:
    claim = "Norland's life expectancy is back to where it was before the crisis."
    assert rating(pack, claim) == "unverifiable"


@pytest.mark.parametrize(("claim", "expected"), [
    ("Fuel poverty in Norland got worse in 2024.", "false"),
    ("ノーランドの燃料貧困は2024年に悪化した。", "false"),
    ("Fuel poverty in Norland got better in 2024.", "true"),
    ("ノーランドの燃料貧困は2024年に良くなった。", "true"),
    # where higher is better, worse is a fall: life expectancy rose in 2024
    ("Norland's life expectancy got worse in 2024.", "false"),
    ("Norland's life expectancy got worse in 2020.", "true"),
])
def test_better_and_worse_follow_the_measures_direction(pack: Pack, claim: str, expected: str) -> None:
    assert rating(pack, claim) == expected
