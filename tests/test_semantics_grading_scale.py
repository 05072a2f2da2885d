"""The grading scale of a level, fitted on round halves (docs/verdict-rules.md §4.1, "The grading
scale, fitted on round halves"; measured by evaluation/scale.py), one test per row, in English and
Japanese, on small packs built here:

- an exact level off by more than its partly band (4 %) and at most 10 % is half true; further it
  is false (a figure within 2 % rounding to its digits holds, within 4 % it is mostly true);
- a share said as an exact figure keeps the same steps;
- a figure said to be a little below or above ("nearly two-thirds", 「3割近く」, 強) missed on its side
  beyond its partly band (20 %) but within a factor 1.5 is mostly false; further, false;
- a bound of a level is no exact figure: missed by more than 5 % it stays false (the session-14 step
  for a bound missed by a little is unchanged), and a crossing stays false.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

Packs = dict[str, Pack]

LEVEL_METRICS = [
    ["jobless", "失業者数", "unemployed people", "count", "unemployed;失業者", "false", "count", ""],
    ["renew", "再エネ比率", "renewable share of power", "%", "renewables share;renewable share", "true",
     "share", ""],
]
LEVEL_OBSERVATIONS = [
    ["j24", "NL", "jobless", "2024", "2978000", "count", "stat", ""],
    ["r24", "NL", "renew", "2024", "52", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "grading-scale", LEVEL_METRICS, LEVEL_OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    # 2,978,000 unemployed; the miss is measured against the claimed figure
    ("Norland had 2,980,000 unemployed people in 2024.", "true"),  # 0.1 %, rounds to it
    ("Norland had 2.9 million unemployed people in 2024.", "mostly_true"),  # 2.7 %
    ("Norland had 3.1 million unemployed people in 2024.", "mostly_true"),  # 3.9 %
    ("Norland had 3.15 million unemployed people in 2024.", "half_true"),  # 5.5 %
    ("Norland had 3.25 million unemployed people in 2024.", "half_true"),  # 8.4 %
    ("Norland had 3.4 million unemployed people in 2024.", "false"),  # 12.4 %
    ("Norland had 2.6 million unemployed people in 2024.", "false"),  # 14.5 %
    ("2024年、ノーランドの失業者数は315万人だった。", "half_true"),
    ("2024年、ノーランドの失業者数は340万人だった。", "false"),
])
def test_an_exact_level_off_by_4_to_10_percent_is_half_true(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected
    assert d.checks[0].evidence == ["j24"]


@pytest.mark.parametrize(("claim", "expected"), [
    # a renewable share of 52 %
    ("Renewables supplied 55% of Norland's power in 2024.", "half_true"),  # 5.8 %
    ("Renewables supplied 60% of Norland's power in 2024.", "false"),  # 15 %
    ("2024年、ノーランドの再エネ比率は55%だった。", "half_true"),
    ("2024年、ノーランドの再エネ比率は60%だった。", "false"),
])
def test_an_exact_share_keeps_the_level_steps(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected
    assert d.checks[0].evidence == ["r24"]


@pytest.mark.parametrize(("claim", "expected"), [
    # a renewable share of 52 %
    ("Renewables supplied nearly 60% of Norland's power in 2024.", "mostly_true"),  # 13 % short
    ("Renewables supplied nearly two-thirds of Norland's power in 2024.", "mostly_false"),  # x1.28
    ("Renewables supplied nearly 80% of Norland's power in 2024.", "mostly_false"),  # x1.54
    ("Renewables supplied just over 40% of Norland's power in 2024.", "mostly_false"),  # x1.30 above
    ("Renewables supplied just over 30% of Norland's power in 2024.", "mostly_false"),  # x1.73 above
    ("2024年、ノーランドの再エネ比率は6割近くだった。", "mostly_true"),
    ("2024年、ノーランドの再エネ比率は7割近くだった。", "mostly_false"),  # x1.35
    ("2024年、ノーランドの再エネ比率は8割近くだった。", "mostly_false"),
])
def test_nearly_missed_on_its_side_within_a_factor_1_5_is_mostly_false(
    pack: Pack, claim: str, expected: str
) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected
    assert d.checks[0].evidence == ["r24"]


@pytest.mark.parametrize(("claim", "expected"), [
    ("Norland had more than 3.2 million unemployed people in 2024.", "mostly_false"),  # a bound, 6.9 % (§5.1)
    # a crossing that did not happen is the claim's point: false (§5.1, session 27)
    ("Norland's unemployed people topped three million in 2024.", "false"),
    ("2024年、ノーランドの失業者数は320万人を超えた。", "mostly_false"),
    ("Renewables supplied more than 55% of Norland's power in 2024.", "mostly_false"),
])
def test_bounds_and_crossings_are_no_exact_figures(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack).rating == expected
