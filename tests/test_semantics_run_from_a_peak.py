"""A run said to start at a peak (docs/verdict-rules.md §4.7, "A run from a peak"):
「2023年の8.7%をピークに毎年下がり続けている」, "has fallen every year since peaking in 2019", "since peaking
at 580 tonnes in 2019": the peak's year opens the window and the figure said of it is the run's first
value, so every step after the peak is checked, not the peak's level alone. And a yearly series of
snapshots dated on a month (the April count of each year) steps year to year. (Blind round 22c
ja-cola-falling, round 19b divevery-rw, round 13 daycare t2.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["out", "銅生産量", "copper output", "t", "銅生産;銅の生産;copper output", "true", "amount", ""],
]
# a peak in 2019, falls after it but a rise in 2022
BROKEN = {2018: 560, 2019: 580, 2020: 570, 2021: 550, 2022: 555, 2023: 530, 2024: 520}
# a peak in 2019, a fall every year after it
STEADY = {2018: 560, 2019: 580, 2020: 570, 2021: 550, 2022: 540, 2023: 530, 2024: 520}


def _pack(tmp: pytest.TempPathFactory, name: str, values: dict[int, int], month: str = "") -> Pack:
    obs = [[f"o{y}", "NL", "out", f"{y}{month}", str(v), "t", "stat", ""] for y, v in values.items()]
    return small_pack(tmp, name, METRICS, obs)


def rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2025-03-01").rating


def test_a_run_from_a_peak_checks_every_step(tmp_path_factory: pytest.TempPathFactory) -> None:
    broken = _pack(tmp_path_factory, "peak-broken", BROKEN)
    steady = _pack(tmp_path_factory, "peak-steady", STEADY)
    for text in (
        "ノーランドの銅生産は2019年の580トンをピークに毎年減り続けている。",
        "ノーランドの銅生産は2019年をピークに毎年減り続けている。",
        "Norland's copper output has fallen every year since peaking in 2019.",
        "Norland's copper output has fallen every year since peaking at 580 tonnes in 2019.",
    ):
        assert rating(broken, text) not in ("true", "mostly_true"), text
        assert rating(steady, text) == "true", text


def test_a_level_without_a_peak_stays_a_level(tmp_path_factory: pytest.TempPathFactory) -> None:
    # negative: a figure with its year and no peak word is the year's level, no run
    broken = _pack(tmp_path_factory, "peak-level", BROKEN)
    assert rating(broken, "ノーランドの銅生産は2019年に580トンだった。") == "true"
    assert rating(broken, "Norland's copper output was 580 tonnes in 2019.") == "true"


def test_yearly_snapshots_dated_on_a_month_step_year_to_year(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    steady = _pack(tmp_path_factory, "peak-april", STEADY, "-04")
    assert rating(steady, "Norland's copper output has fallen for five straight years.") == "true"
    assert rating(steady, "ノーランドの銅生産は5年連続で減少した。") == "true"
    # negative: a year missing breaks the run (the step across the gap is not known)
    gap = {k: v for k, v in STEADY.items() if k != 2022}
    holed = _pack(tmp_path_factory, "peak-april-gap", gap, "-04")
    got = rating(holed, "Norland's copper output has fallen for five straight years.")
    assert got not in ("true", "mostly_true")
