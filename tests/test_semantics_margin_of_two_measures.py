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
