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


def test_a_window_in_words_of_a_century(pack: Pack) -> None:
    # "a quarter of a century", "half a century", 「四半世紀ぶり」: 25 and 50 years back (blind round
    # 13b chile-copper h2): longer than the series, unknown when nothing beats the value ...
    for text in (
        "Norland's food inflation in 2024 was the lowest in a quarter of a century.",
        "Norland's food inflation in 2024 was the lowest in half a century.",
        "ノーランドの2024年の食品インフレ率は四半世紀ぶりの低さだった。",
    ):
        assert rating(pack, text) == "unverifiable", text
    # ... and refuted by a value inside the series that beats it
    quarter = "Norland's food inflation in 2023 was the lowest in a quarter of a century."
    assert rating(pack, quarter) == "false"
    assert rating(pack, "ノーランドの2023年の食品インフレ率は半世紀ぶりの低さだった。") == "false"
    assert rating(pack, "Norland's food inflation in 2023 was the lowest in forty years.") == "false"


GROWTH_METRICS = [
    ["wg", "実質賃金の伸び率", "real wage growth", "%", "実質賃金;real wages;wages", "true", "growth", ""],
]
GROWTH_OBSERVATIONS = [
    ["w21", "NL", "wg", "2021", "-1.0", "%", "stat", ""],
    ["w22", "NL", "wg", "2022", "-3.0", "%", "stat", ""],
    ["w23", "NL", "wg", "2023", "0.5", "%", "stat", ""],
    ["w24", "NL", "wg", "2024", "-2.0", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def growth(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "record-window-growth", GROWTH_METRICS, GROWTH_OBSERVATIONS)


def test_a_record_of_a_change_before_its_window(growth: Pack) -> None:
    # "the fastest drop in wages in 3 years": the window is the record's, not a change's start
    # (real-world rmitabc-2021-labor labor_2_1_fastest was true on the fall alone)
    said = "In 2024 Norland's real wages fell 2 per cent, the fastest drop in wages in 3 years."
    d = diagnose(said, growth, as_of="2025-03-01")
    # the record is checked, not left unknown (2022's -3.0 % is within 3 years: session 14 review 9)
    assert d.rating != "true"
    assert any(c.result == "fails" for c in d.checks)


@pytest.mark.parametrize(
    ("said", "result"),
    [
        ("Norland's real wages fell in 2024, the fastest drop in wages in 2 years.", "holds"),
        ("Norland's real wages fell in 2024, the fastest drop in wages in 3 years.", "fails"),
        ("Norland's real wages fell in 2024, the fastest drop in 3 years.", "fails"),
        ("ノーランドの実質賃金は2024年に2%減少し、過去2年で最大の落ち込みとなった。", "holds"),
    ],
)
def test_a_record_window_in_apposition_is_checked(growth: Pack, said: str, result: str) -> None:
    # "…, the fastest drop in wages in N years" after the clause that dates it: the record's window
    d = diagnose(said, growth, as_of="2025-03-01")
    assert [c.result for c in d.checks][-1] == result
    assert diagnose(said.replace("3 years", "2 years"), growth, as_of="2025-03-01").rating == "true"
