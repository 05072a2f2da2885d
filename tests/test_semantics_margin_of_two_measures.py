"""The margin between two measures of one subject, the same thing measured twice (docs/verdict-rules.md
§4.6, session 13): 「2024年度の税収は当初予算の見積もりを10兆円も上回った」 is the outcome against its
budget-stage figure (75.23 − 69.61 = 5.62兆), and a margin of the side said is graded as the size of
a difference (§4.1: ×1.78, mostly false) — blind round 12 fy2024-10tn-over-budget; in English and
Japanese."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["rev", "一般会計税収(決算)", "general-account tax revenue", "JPY", "税収;tax revenue", "true",
     "amount", ""],
    ["rev_budget", "当初予算の税収見積もり", "tax revenue assumed in the initial budget", "JPY",
     "当初予算の税収;税収見積もり;budgeted tax revenue", "", "amount", ""],
    ["debt", "国債費(当初予算)", "debt service costs in the initial budget", "JPY", "国債費;debt service", "",
     "amount", ""],
]
OBSERVATIONS = [
    ["r24", "NL", "rev", "FY2024", "75230000000000", "JPY", "stat", ""],
    ["b24", "NL", "rev_budget", "FY2024", "69610000000000", "JPY", "stat", ""],
    ["d24", "NL", "debt", "FY2024", "27000000000000", "JPY", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "margin-two-measures", METRICS, OBSERVATIONS, language="ja")


@pytest.mark.parametrize(("claim", "expected"), [
    ("2024年度のノーランドの税収は当初予算の見積もりを約5.6兆円上回った。", "true"),
    ("Norland's tax revenue in fiscal 2024 exceeded the initial budget estimate by about 5.6 trillion yen.",
     "true"),
    # 10 for 5.62: the right side, the wrong size (x1.78)
    ("2024年度のノーランドの税収は当初予算の見積もりを10兆円も上回った。", "mostly_false"),
    ("Norland's tax revenue in fiscal 2024 exceeded the initial budget estimate by 10 trillion yen.",
     "mostly_false"),
    # the other side: the size is right and the direction wrong, no size misses (not calibrated, §5.1)
    ("2024年度のノーランドの税収は当初予算の見積もりを約5.6兆円下回った。", "false"),
])
def test_the_margin_of_a_measure_over_its_budget_figure(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.kind, c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(("claim", "expected"), [
    # "than" / 「を上回った」 names the comparand: two measures of one subject, the first against the
    # second (blind us-federal-deficit ja-interest-vs-defense, interest-vs-social-security)
    ("2024年度、ノーランドの税収は国債費を上回った。", "true"),
    ("In fiscal 2024 Norland's tax revenue was bigger than its debt service.", "true"),
    ("2024年度、ノーランドの国債費は税収を上回った。", "false"),
    ("In fiscal 2024 Norland's debt service was higher than its tax revenue.", "false"),
])
def test_a_measure_set_against_another_of_its_subject(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert [c.kind for c in d.checks] == ["comparison"], [(c.kind, c.reason) for c in d.checks]
    assert d.rating == expected, [(c.kind, c.result, c.reason) for c in d.checks]
    assert sorted(d.checks[0].evidence) == ["d24", "r24"]


def test_a_place_among_all_is_no_comparison_of_two(pack: Pack) -> None:
    # 「一番多い」 names no comparand (no than, を上回る): a place among all, not two measures set
    # against each other (blind jisatsu-trend econ-top was a wrong true with one)
    d = diagnose("2024年度、ノーランドで一番多いのは国債費だ。", pack)
    assert all(c.kind != "comparison" for c in d.checks)
