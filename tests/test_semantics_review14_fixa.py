"""Session 14 review findings (fixa): a recovery to a fraction of a base (1), まで with every
change verb (11), "N% of its YEAR <other measure>" (10), a negated partly (19).
docs/verdict-rules.md §2 Negation, §4.1, §4.7."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

OUTPUT = [["output", "生産量", "output", "t", "生産量;output;production", "true", "amount", ""]]


def _series(pid: str, values: dict[int, float]) -> list[list[str]]:
    return [[f"{pid}{y}", "NL", "output", str(y), str(v), "t", "stat", ""] for y, v in values.items()]


@pytest.fixture(scope="module")
def falling(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    # a fall every year: nothing recovered
    values = {2019: 1000, 2020: 990, 2021: 980, 2022: 970, 2023: 960, 2024: 950}
    return small_pack(tmp_path_factory, "fall", OUTPUT, _series("o", values))


@pytest.fixture(scope="module")
def dipped(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    values = {2019: 1000, 2020: 600, 2021: 800, 2024: 950}
    return small_pack(tmp_path_factory, "dip", OUTPUT, _series("o", values))


RECOVERED = [
    "Norland's output recovered to about 95% of its 2019 level in 2024.",
    "Norland's output rose to 95% of its 2019 level in 2024.",
    "ノーランドの生産量は2024年に2019年の95%まで回復した。",
    "ノーランドの生産量は2024年に2019年の約95%まで増えた。",
]


@pytest.mark.parametrize("said", RECOVERED)
def test_a_recovery_to_a_fraction_needs_a_low_between(falling: Pack, dipped: Pack, said: str) -> None:
    assert diagnose(said, falling, as_of="2025-03-01").rating in ("false", "mostly_false")
    assert diagnose(said, dipped, as_of="2025-03-01").rating == "true"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    values = {2023: 5250000, 2024: 5507000}
    return small_pack(tmp_path_factory, "made", OUTPUT, _series("o", values), language="ja")


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("ノーランドの生産量は2024年に550万トンまで増えた。", "true"),
        ("ノーランドの生産量は2024年に約550万トンまで増えた。", "true"),
        ("ノーランドの生産量は2024年に600万トンまで増えた。", "half_true"),  # 8 % off (§4.1 scale)
        ("ノーランドの生産量は2024年に700万トンまで増えた。", "false"),
        ("ノーランドの生産量は2024年に最大600万トンまで増えた。", "true"),  # at most, said
        ("Norland's output rose to 5.5 million tonnes in 2024.", "true"),
    ],
)
def test_made_is_the_level_with_every_change_verb(made: Pack, said: str, rating: str) -> None:
    assert diagnose(said, made, as_of="2025-03-01").rating == rating


@pytest.fixture(scope="module")
def deficit(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    metrics = [["deficit", "財政赤字の対GDP比", "budget deficit", "%", "deficit;財政赤字", "false", "share",
                ""]]
    obs = [["d23", "NL", "deficit", "2023", "5.0", "%", "stat", ""],
           ["d24", "NL", "deficit", "2024", "3.0", "%", "stat", ""]]
    return small_pack(tmp_path_factory, "deficit", metrics, obs)


@pytest.mark.parametrize(
    "said",
    [
        "Norland's budget deficit in 2024 was 3% of its 2023 GDP.",
        "Norland's budget deficit in 2024 was 3% of the 2023 level of GDP.",
        "ノーランドの2024年の財政赤字は2023年のGDPの3%だった。",
    ],
)
def test_a_percent_of_another_measures_year_is_no_multiple(deficit: Pack, said: str) -> None:
    assert diagnose(said, deficit, as_of="2025-03-01").rating == "true"


@pytest.fixture(scope="module")
def neg(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    jobless = ["jobless", "失業者数", "unemployed people", "count", "unemployed;失業者", "false", "count", ""]
    metrics = [*OUTPUT, jobless]
    obs = [*_series("o", {2023: 100, 2024: 95.8}),
           ["j24", "NL", "jobless", "2024", "2978000", "count", "stat", ""]]
    return small_pack(tmp_path_factory, "neg", metrics, obs)


@pytest.mark.parametrize(
    ("said", "negated", "rating"),
    [
        ("Norland's output fell by 5% in 2024.", "Norland's output did not fall by 5% in 2024.", "false"),
        ("ノーランドの生産量は2024年に5%減った。", "ノーランドの生産量は2024年に5%減っていない。", "false"),
        ("Norland had more than three million unemployed people in 2024.",
         "Norland did not have more than three million unemployed people in 2024.", "true"),
        ("ノーランドの失業者は2024年に300万人を超えた。",
         "ノーランドの失業者は2024年に300万人を超えなかった。", "true"),
    ],
)
def test_a_negated_partly_does_not_rate_as_the_claim(neg: Pack, said: str, negated: str, rating: str) -> None:
    d = diagnose(negated, neg, as_of="2025-03-01")
    assert d.rating == rating
    assert d.rating != diagnose(said, neg, as_of="2025-03-01").rating


@pytest.fixture(scope="module")
def peaked(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    values = {2019: 1000, 2020: 1600, 2021: 1200, 2022: 1000, 2023: 800, 2024: 1000}
    return small_pack(tmp_path_factory, "peaked", OUTPUT, _series("o", values))


@pytest.mark.parametrize(
    ("said", "from_peak"),
    [
        ("Norland's output rose 25% on the peak season.", False),
        ("Norland's output rose 25% on the height of the season.", False),
        ("ノーランドの生産量はピークシーズンに25%増えた。", False),
        ("Norland's output is down 37.5% from its peak.", True),
        ("ノーランドの生産量はピーク時から37.5%減った。", True),
    ],
)
def test_only_a_base_said_is_the_peak(peaked: Pack, said: str, from_peak: bool) -> None:
    # session 14 review 20: "on the peak season" names no base; the series' maximum is not it
    d = diagnose(said, peaked, as_of="2025-03-01")
    used = {e for c in d.checks for e in c.evidence}
    assert ("o2020" in used) == from_peak
    if from_peak:
        assert d.rating == "true"
