"""Grading steps of a numeric miss (docs/verdict-rules.md §4.1, "Grading a miss: one function of
how far off and whether the direction holds"), on a small pack built here, in English and Japanese:

- a bound of the size of a change on a growth rate ("fell by more than 10%", 「1割以上減った」,
  "shrinking by less than 1%") is graded as the size of a change that went the claimed way; a bound
  that draws a line a level crosses ("dropped below 30%", 「30%を下回った」) is a level's bound and
  keeps its step (missed: false).
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["mail", "メール便取扱冊数の前年度比", "mail volume growth", "%", "mail volume", "", "growth", ""],
    ["cpi", "インフレ率", "inflation rate", "%", "inflation", "false", "growth", ""],
]
OBSERVATIONS = [
    ["m24", "NL", "mail", "2024", "-7.3", "%", "stat", ""],
    ["c24", "NL", "cpi", "2024", "117.8", "%", "stat", ""],
    ["c25", "NL", "cpi", "2025", "31.5", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "grading-steps", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    # a fall of 7.3 %
    ("ノーランドのメール便取扱冊数は2024年に5%以上減った。", "true"),
    ("ノーランドのメール便取扱冊数は2024年に1割以上も減った。", "mostly_false"),  # x1.37: the fall is right
    ("Norland's mail volume fell by more than 10% in 2024.", "mostly_false"),
    ("Norland's mail volume shrank by less than 5% in 2024.", "mostly_false"),  # x1.46
    ("Norland's mail volume fell by more than 30% in 2024.", "false"),  # x4.1: far off
    ("Norland's mail volume rose by more than 5% in 2024.", "false"),  # the other way
])
def test_a_bound_of_the_size_of_a_change_on_a_growth_rate(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected
    assert "-7.3" in d.checks[0].reason


@pytest.mark.parametrize("claim", [
    # 31.5 % is not below the line 30 %: a level's bound, missed
    "Norland's annual inflation dropped below 30% in 2025.",
    "ノーランドのインフレ率は2025年に30%を下回った。",
])
def test_a_line_a_level_crosses_is_no_size(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == "false"
    assert "31.5" in d.checks[0].reason
