"""A record over a window longer than the series is unknown (docs/verdict-rules.md §4.8):
"the lowest in more than a decade", 「10年ぶりの低さ」 on a series that begins four years back
beats every value the pack has, but the window's earlier years are not there. (Blind round 12d
ng-naira-inflation food-13-decade, a true on a half-true claim.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["food", "食品インフレ率", "food inflation", "%", "食品インフレ;food inflation", "false", "ratio", ""],
]
OBSERVATIONS = [
    ["f21", "NL", "food", "2021", "20", "%", "stat", ""],
    ["f22", "NL", "food", "2022", "25", "%", "stat", ""],
    ["f23", "NL", "food", "2023", "30", "%", "stat", ""],
    ["f24", "NL", "food", "2024", "13", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "record-window", METRICS, OBSERVATIONS, language="ja")


DECADE = "Norland's food inflation in 2024 was the lowest in more than a decade."


def rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2025-03-01").rating


def test_a_window_longer_than_the_series_is_unknown(pack: Pack) -> None:
    assert rating(pack, DECADE) == "unverifiable"
    assert rating(pack, "ノーランドの2024年の食品インフレ率は10年ぶりの低さだった。") == "unverifiable"


def test_a_window_the_series_covers_is_read(pack: Pack) -> None:
    assert rating(pack, "Norland's food inflation in 2024 was the lowest in three years.") == "true"
    assert rating(pack, "ノーランドの2024年の食品インフレ率は3年ぶりの低さだった。") == "true"
    # a value inside the window that beats it still refutes the record
    assert rating(pack, DECADE.replace("2024", "2023")) == "false"
