"""A percentage change said beside a level (docs/verdict-rules.md §4.7, "Against the period
before"), in English and Japanese, on a small pack built here:

- "exports rose 6% in 2025 to ¥46 billion", "spending topped $7 trillion in 2025, up about 5
  percent", 「2025年に30%増の460億円」: the percentage is the change on the period before, checked
  beside the level (it was dropped, and a wrong size of the change held on the level alone);
- a window of years ("grew 10% over five years to 33,000", "since 2019") is no change on the
  period before: the rule stays out.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["exports", "輸出額", "export value", "JPY", "exports", "true", "", ""],
]
OBSERVATIONS = [
    ["e23", "NL", "exports", "2023", "41000000000", "JPY", "stat", ""],
    ["e24", "NL", "exports", "2024", "43470000000", "JPY", "stat", ""],
    ["e25", "NL", "exports", "2025", "45880000000", "JPY", "stat", ""],  # +5.5 %
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "change-beside-level", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    ("Norland's exports rose about 5.5% in 2025 to roughly ¥46 billion.", "true"),
    ("Norland's exports rose 30% in 2025 to roughly ¥46 billion.", "false"),
    ("Norland's exports fell 6% in 2025 to roughly ¥46 billion.", "false"),
    ("Norland's exports topped ¥45 billion in 2025, up about 5.5 percent.", "true"),
    ("Norland's exports topped ¥45 billion in 2025, up about 30 percent.", "false"),
    ("ノーランドの輸出額は2025年に約5.5%増の約460億円となった。", "true"),
    ("ノーランドの輸出額は2025年に30%増の約460億円となった。", "false"),
])
def test_the_percentage_is_the_change_on_the_period_before(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, (d.rating, [c.reason for c in d.checks])
    if expected == "true":
        assert any("e24" in c.evidence for c in d.checks)  # the period before was read


def test_a_window_of_years_is_no_change_on_the_period_before(pack: Pack) -> None:
    d = diagnose("Norland's exports have grown about 12% since 2023, to roughly ¥46 billion.", pack)
    assert d.rating == "true", (d.rating, [c.reason for c in d.checks])


@pytest.mark.parametrize("claim", [
    # the percentage names another base: it is no change on the period before (review of session
    # 17, #9), whatever it is
    "Norland's exports topped ¥45 billion in 2025, up about 6 percent from their peak.",
    "Norland's exports rose about 6% over five years to roughly ¥46 billion in 2025.",
    "Norland's exports topped ¥45 billion in 2025, about 6% more than in the boom years.",
    "ノーランドの輸出額は2025年に5年前より約6%増の約460億円となった。",
    "ノーランドの輸出額は2025年にピーク比約6%増の約460億円となった。",
    "ノーランドの輸出額は2025年にピークと比べて約6%増の約460億円となった。",
])
def test_a_percentage_with_another_base_is_no_change_on_the_period_before(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack)
    assert not any("e24" in c.evidence for c in d.checks), (d.rating, [c.reason for c in d.checks])


@pytest.mark.parametrize("claim", [
    "Norland's exports rose about 5.5% over the previous year to roughly ¥46 billion in 2025.",
    "ノーランドの輸出額は2025年に前年比約5.5%増の約460億円となった。",
])
def test_the_period_before_named_as_the_base_is_still_read(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == "true", (d.rating, [c.reason for c in d.checks])
    assert any("e24" in c.evidence for c in d.checks)


@pytest.mark.parametrize(("claim", "expected"), [
    # the size right, the level it went to far off: both figures are of the one series (the size
    # matched on its two values), so the weaker decides, not an abstention (session 27)
    ("Norland's exports rose about 5.5% in 2025 to roughly ¥60 billion.", "mostly_false"),
    ("ノーランドの輸出額は2025年に前年比約5.5%増の約600億円となった。", "mostly_false"),
    # near-misses: both right; the size wrong with the level right (as before)
    ("Norland's exports rose about 5.5% in 2025 to roughly ¥46 billion.", "true"),
    ("ノーランドの輸出額は2025年に前年比30%増の約460億円となった。", "false"),
])
def test_a_size_and_a_level_are_both_checked(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, (d.rating, [c.reason for c in d.checks])
    assert any(len(c.numbers) == 2 for c in d.checks)
    if expected == "mostly_false":
        assert d.checks[0].result == "fails"  # (before: unknown, the level taken for another measure's)
