"""A change said to go on at the claim's "now" (docs/verdict-rules.md §4.7, "Going on now"):
「上がり続けている」, "has kept rising" runs to the latest value out by the claim's date, whatever
period opened it, and a value lower across a gap in the series than before it is a fall inside the
gap. (Blind round 11 jp-trucking job-ratio-keeps-rising: a wrong true that stopped at the end of the
year named.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["jr", "有効求人倍率", "job openings ratio", "x", "求人倍率", "true", "ratio", ""]]
OBSERVATIONS = [
    ["j1", "NL", "jr", "2024-07", "2.56", "x", "stat", ""],
    ["j2", "NL", "jr", "2024-12", "2.82", "x", "stat", ""],
    ["j3", "NL", "jr", "2025-08", "2.59", "x", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "goes-on-now", METRICS, OBSERVATIONS, language="ja")


def test_a_rise_going_on_now_runs_to_the_latest_value(pack: Pack) -> None:
    said = "ノーランドの有効求人倍率は2024年からずっと上がり続けている。"
    assert diagnose(said, pack, as_of="2025-10-03").rating in ("false", "mostly_false")
    en = "Norland's job openings ratio has kept rising since 2024."
    assert diagnose(en, pack, as_of="2025-10-03").rating in ("false", "mostly_false")
    # the rise the pack shows up to the end of 2024 holds
    assert diagnose("ノーランドの有効求人倍率は2024年に上昇した。", pack, as_of="2025-10-03").rating == "true"


def test_a_rise_that_held_before_a_later_fall_is_mostly_false(pack: Pack) -> None:
    # the ends still go up (2.56 -> 2.59), the last step went down: right only before a later change
    said = "ノーランドの有効求人倍率は2024年7月以降ずっと上がり続けている。"
    found = diagnose(said, pack, as_of="2025-10-03")
    assert found.rating == "mostly_false"
    assert "2025年8月" in found.checks[0].reason
