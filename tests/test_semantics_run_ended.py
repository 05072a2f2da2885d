"""A run ended (docs/verdict-rules.md §4.7, "A run ended"): "ending a five-year decline",
「12年連続の増加に歯止めがかかった」 — the step into the claimed period (else the latest) is not the
run's way and the steps before it are, as many as said. (Blind round 13b chile-copper t2, sent to
events; blind round 8 jp-futoko stopped, a rise said to have stopped while it went on.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["out", "銅生産量", "copper output", "t", "銅生産;銅の生産;copper output", "true", "amount", ""],
]
# falls 2019-2023 (five), a rise in 2024
VALUES = {2018: 580, 2019: 578, 2020: 573, 2021: 563, 2022: 533, 2023: 525, 2024: 550}
OBSERVATIONS = [[f"o{y}", "NL", "out", str(y), str(v), "t", "stat", ""] for y, v in VALUES.items()]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "run-ended", METRICS, OBSERVATIONS)


def rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2025-03-01").rating


def test_a_run_ended_holds(pack: Pack) -> None:
    assert rating(pack, "Norland's copper output rose in 2024, ending a five-year decline.") == "true"
    assert rating(pack, "2024年のノーランドの銅生産は5年連続の減少に歯止めがかかった。") == "true"
    assert rating(pack, "ノーランドの銅生産の減少に歯止めがかかった。") == "true"


def test_a_run_that_goes_on_fails(pack: Pack) -> None:
    # the step into 2023 is another fall: nothing ended
    assert rating(pack, "Norland's copper output ended a four-year decline in 2023.") == "false"
    assert rating(pack, "2023年のノーランドの銅生産は4年連続の減少に歯止めがかかった。") == "false"
    # a rise said to have stopped while the latest step is a rise
    assert rating(pack, "ノーランドの銅生産の増加に歯止めがかかった。") == "false"


def test_the_run_length(pack: Pack) -> None:
    # one off is partly; a run said longer than the series reaches is unknown
    assert rating(pack, "Norland's copper output ended a four-year decline in 2024.") == "mostly_true"
    assert rating(pack, "Norland's copper output ended a ten-year decline in 2024.") == "unverifiable"


def test_a_run_counted_in_another_unit_is_unknown(pack: Pack) -> None:
    # review finding 4: yearly values cannot count a run of months or quarters
    assert rating(pack, "Norland's copper output ended a five-month decline in 2024.") == "unverifiable"
    assert rating(pack, "Norland's copper output ended a five-quarter decline in 2024.") == "unverifiable"
    assert rating(pack, "2024年のノーランドの銅生産は5か月連続の減少に歯止めがかかった。") == "unverifiable"
    assert rating(pack, "2024年のノーランドの銅生産は5四半期連続の減少に歯止めがかかった。") == "unverifiable"


def test_a_run_of_years_on_monthly_values_is_not_true(tmp_path_factory: pytest.TempPathFactory) -> None:
    months = {"2024-01": 10, "2024-02": 9, "2024-03": 8, "2024-04": 7, "2024-05": 9}
    obs = [[f"m{k}", "NL", "out", k, str(v), "t", "stat", ""] for k, v in months.items()]
    p = small_pack(tmp_path_factory, "run-ended-monthly", METRICS, obs)
    assert rating(p, "Norland's copper output rose in May 2024, ending a three-year decline.") != "true"
    assert rating(p, "2024年5月のノーランドの銅生産は3年連続の減少に歯止めがかかった。") != "true"
    assert rating(p, "Norland's copper output rose in May 2024, ending a three-month decline.") == "true"


def test_a_run_on_a_place_reads_the_place_way(tmp_path_factory: pytest.TempPathFactory) -> None:
    # review finding 5: 3rd, 4th, … 7th is four falls in place; 5th in 2024 ends them
    metrics = [["place", "競争力順位", "competitiveness ranking", "rank",
                "competitiveness ranking;競争力順位", "", "rank", ""]]
    places = {2019: 3, 2020: 4, 2021: 5, 2022: 6, 2023: 7, 2024: 5}
    obs = [[f"o{y}", "NL", "place", str(y), str(v), "rank", "stat", ""] for y, v in places.items()]
    p = small_pack(tmp_path_factory, "run-ended-rank", metrics, obs)
    assert rating(p, "Norland's competitiveness ranking ended a four-year decline in 2024.") == "true"
    assert rating(p, "2024年のノーランドの競争力順位は4年連続の低下に歯止めがかかった。") == "true"
    assert rating(p, "Norland's competitiveness ranking ended a four-year rise in 2024.") == "false"
    assert rating(p, "2024年のノーランドの競争力順位は4年連続の上昇に歯止めがかかった。") == "false"


def test_failed_to_end_denies_the_end(pack: Pack) -> None:
    # review finding 18: "failed to" is no "not", but it denies the ending all the same
    assert rating(pack, "Norland's copper output failed to end a five-year decline in 2024.") == "false"
    assert rating(pack, "2024年のノーランドの銅生産は5年連続の減少に歯止めがかからなかった。") == "false"
