"""A target said missed with its figure (docs/verdict-rules.md §4.3): "missed its target of 3,000",
「政府目標の2兆円に届かなかった」 say the target was that figure and the outturn fell on the side that
misses it (below it where higher is better, above it where lower is). The figure is the target's,
not a value denied: an outturn that meets the figure fails the claim, and a figure other than the
pack's target (a plan's amount, a figure a title names as the target) is only partly right. A
small pack built here."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["exports", "輸出額", "food exports", "JPY", "食品輸出;輸出", "true", "amount", ""],
    ["deaths", "交通事故死者数", "road deaths", "count", "死者数;交通事故死者", "false", "count", ""],
]
OBSERVATIONS = [
    ["x1", "NL", "exports", "2025", "1.7兆", "JPY", "stat", ""],
    ["d1", "NL", "deaths", "2025", "2547", "count", "stat", ""],
]
ENTITIES = [["NLGOV", "government", "ノーランド政府", "Government of Norland", "政府", "NL"]]
EVENTS = [
    ["t1", "2021-03", "", "NLGOV", "plan", "政府目標: 食品輸出を2025年に2兆円",
     "Government target: ¥2 trillion food exports in 2025", "2兆", "JPY", "stat", "2", ""],
    ["t2", "2021-03", "", "NL", "plan", "2025年までに交通事故死者を2000人以下にする目標",
     "Target of 2,000 or fewer road deaths by 2025", "2000", "count", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "target-missed", METRICS, OBSERVATIONS, entities=ENTITIES,
                      events=EVENTS)


def rating(claim: str, pack: Pack) -> str:
    return diagnose(claim, pack, as_of="2026-02-01").rating


@pytest.mark.parametrize("claim", [
    "Norland missed its ¥2 trillion target for food exports in 2025.",
    "2025年のノーランドの食品輸出は、政府目標の2兆円に届かなかった。",
    "Norland missed its target of 2,000 road deaths in 2025.",
])
def test_the_target_missed_with_its_figure(claim: str, pack: Pack) -> None:
    assert rating(claim, pack) == "true"


@pytest.mark.parametrize("claim", [
    # the outturn meets the figure said: no miss
    "Norland missed its ¥1.5 trillion target for food exports in 2025.",
    "Norland's road deaths in 2025 missed the government's target of 3,000.",
])
def test_an_outturn_on_the_target_side_is_no_miss(claim: str, pack: Pack) -> None:
    assert rating(claim, pack) == "false"


@pytest.mark.parametrize("claim", [
    # missed, but the target was another figure: only the miss is right
    "Norland missed its ¥3 trillion target for food exports in 2025.",
    "2025年のノーランドの食品輸出は、政府目標の3兆円に届かなかった。",
    "Norland missed its target of 1,500 road deaths in 2025.",
])
def test_a_wrong_target_figure_is_mostly_false(claim: str, pack: Pack) -> None:
    assert rating(claim, pack) == "mostly_false"


@pytest.fixture(scope="module")
def untargeted(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    """The same measures with no target at all in the pack."""
    return small_pack(tmp_path_factory, "target-missed-none", METRICS, OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    # the pack states no target of the measure: a value below the figure proves no miss of it
    "Norland missed its ¥500 trillion target for food exports in 2025.",
    "Norland missed its ¥2 trillion target for food exports in 2025.",
    "2025年のノーランドの食品輸出は、政府目標の100兆円に届かなかった。",
    "2025年のノーランドの食品輸出は、政府目標の2兆円に届かなかった。",
    "Norland missed its target of 10 road deaths in 2025.",
    "Norland's food exports in 2025 fell short of the ¥90 trillion target.",
])
def test_a_target_the_pack_does_not_state_is_unverified(claim: str, untargeted: Pack) -> None:
    assert rating(claim, untargeted) == "unverifiable"


def test_a_bound_without_a_target_word_is_still_checked(untargeted: Pack) -> None:
    assert rating("Norland's food exports did not reach ¥90 trillion in 2025.", untargeted) == "true"
