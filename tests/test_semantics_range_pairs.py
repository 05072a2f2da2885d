"""A range held as two measures (docs/verdict-rules.md §4.4, "A range held as two measures"): a pack
writes a range (「4〜5割程度」) as two metrics whose names differ only by a bound word (下限 / 上限,
lower / upper bound). A claimed range is checked end by end; one figure is one point of the range,
partly, not the lower bound missed (blind round 19 jp-renewables target-half 「5割にする目標」 for
the FY2040 target 4〜5割 was false on the lower bound 40 %: a flip, mostly true expected); 「4〜5割」
is 40 to 50 %, not 4 to 50."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["re_min", "再エネ比率の目標(下限)", "renewable share target (lower bound)", "%",
     "再エネ目標;renewable target", "true", "share", ""],
    ["re_max", "再エネ比率の目標(上限)", "renewable share target (upper bound)", "%", "再エネ目標上限",
     "true", "share", ""],
    ["coal", "石炭比率の目標", "coal share target", "%", "石炭目標;coal target", "false", "share", ""],
]
OBSERVATIONS = [
    ["o1", "NL", "re_min", "2040", "40", "%", "stat", ""],
    ["o2", "NL", "re_max", "2040", "50", "%", "stat", ""],
    ["o3", "NL", "coal", "2040", "20", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "range-pairs", METRICS, OBSERVATIONS)


def rating(pack: Pack, claim: str) -> str:
    return diagnose(claim, pack, as_of="2025-03-01").rating


@pytest.mark.parametrize("claim", [
    "ノーランドの再エネ目標は2040年に4〜5割だ。",
    "Norland's renewable target for 2040 is 40-50%.",
    "Norland's renewable target for 2040 is between 40 and 50 percent.",
    "Norland's renewable target for 2040 is about 45%.",
])
def test_the_range_or_a_point_inside_it_roughly_holds(pack: Pack, claim: str) -> None:
    assert rating(pack, claim) == "true"


@pytest.mark.parametrize("claim", [
    "ノーランドの再エネ目標は2040年に5割だ。",
    "ノーランドの再エネ目標は2040年に4割だ。",
    "Norland's renewable target for 2040 is 50%.",
])
def test_one_end_said_for_the_range_is_part_of_it(pack: Pack, claim: str) -> None:
    assert rating(pack, claim) == "mostly_true"


@pytest.mark.parametrize("claim", [
    "ノーランドの再エネ目標は2040年に6割だ。",
    "ノーランドの再エネ目標は2040年に2〜3割だ。",
    "Norland's renewable target for 2040 is 70%.",
])
def test_outside_the_range_fails(pack: Pack, claim: str) -> None:
    assert rating(pack, claim) in ("false", "mostly_false")


@pytest.mark.parametrize(("claim", "expected"), [
    # the claim names the bound itself: no range reading
    ("Norland's renewable share target (upper bound) for 2040 is 50%.", "true"),
    ("ノーランドの再エネ目標上限は2040年に5割だ。", "true"),
    # a single measure with no partner is one value, as before
    ("Norland's coal target for 2040 is 20%.", "true"),
])
def test_what_is_no_range(pack: Pack, claim: str, expected: str) -> None:
    assert rating(pack, claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a plan that names no measure, said of what a target measure aims at (「再エネ目標」 less 目標)
    ("ノーランドは2040年に再エネを4〜5割にする方針だ。", "true"),
    ("Norland plans to make renewables 40-50% of its power in 2040.", "true"),
    ("ノーランドは2040年に再エネを7〜8割にする方針だ。", "false"),
])
def test_a_plan_that_names_no_measure_reads_the_target(pack: Pack, claim: str, expected: str) -> None:
    assert rating(pack, claim) == expected


def test_a_plan_of_something_no_target_measures_is_left_alone(pack: Pack) -> None:
    assert rating(pack, "ノーランドは2040年に原子力を4〜5割にする方針だ。") == "unverifiable"
