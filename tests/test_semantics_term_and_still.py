"""A bound reached within an actor's term, and the level said still holding now
(docs/verdict-rules.md §4.7): 「政権下で貧困率は5割を超え」 is some half-year of the term over half,
not the latest one; 「いまもその水準のままだ」 is the latest value against the level said before; "in
both 2024 and 2025" is one coordination, checked year by year (blind round 11 ar-milei
poverty_still_half and surplus_grew_2025)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [["mora", "person", "モーラ", "Mora", "President Mora", "NL"]]
EVENTS = [["e1", "2023-12-10", "", "mora", "milestone", "モーラが大統領に就任",
           "Mora takes office as president", "", "", "stat", "3", ""]]
METRICS = [
    ["pov", "貧困率", "poverty rate", "%", "貧困率;poverty rate;poverty", "false", "share", ""],
    ["growth", "実質成長率", "real GDP growth", "%", "growth;成長率", "true", "growth", ""],
]
OBSERVATIONS = [
    ["p1", "NL", "pov", "2023-H2", "41.7", "%", "stat", ""],
    ["p2", "NL", "pov", "2024-H1", "52.9", "%", "stat", ""],
    ["p3", "NL", "pov", "2024-H2", "38.1", "%", "stat", ""],
    ["g1", "NL", "growth", "2024", "-1.7", "%", "stat", ""],
    ["g2", "NL", "growth", "2025", "4.4", "%", "stat", ""],
]

@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "term-and-still", METRICS, OBSERVATIONS, entities=ENTITIES,
                      events=EVENTS, language="ja")


def test_a_bound_reached_within_the_term_is_some_period_of_it(pack: Pack) -> None:
    found = diagnose("モーラ政権下で貧困率は5割を超えた。", pack, as_of="2025-04-15")
    assert found.rating == "true"
    assert "2024年前半" in found.checks[0].reason
    # a state, not a reach, is the latest value, as before
    over_half = diagnose("モーラ政権下で貧困率は5割を超えている。", pack, as_of="2025-04-15")
    assert over_half.rating == "false"  # a plain bound missed by x1.3 or more (§5.1, session 27)
    assert diagnose("モーラ政権下で貧困率は6割を超えた。", pack, as_of="2025-04-15").rating == "false"


def test_the_level_said_still_holding_is_the_latest_value(pack: Pack) -> None:
    found = diagnose("モーラ政権下で貧困率は5割を超え、いまもその水準のままだ。", pack, as_of="2025-04-15")
    assert found.rating == "half_true"
    assert [c.result for c in found.checks] == ["holds", "fails"]
    assert "2024年後半" in found.checks[1].reason


def test_both_years_is_one_coordination(pack: Pack) -> None:
    found = diagnose("Norland's economy grew in both 2024 and 2025.", pack, as_of="2026-03-01")
    assert found.rating == "half_true"
    assert len(found.checks) == 2


def test_still_at_that_level_in_english(pack: Pack) -> None:
    said = "Norland's poverty rate was above 50% in the first half of 2024 and is still at that level."
    found = diagnose(said, pack, as_of="2025-04-15")
    assert [c.result for c in found.checks] == ["holds", "fails"]
    assert found.rating == "half_true"
