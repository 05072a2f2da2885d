"""A change clause with no period of its own, after a clause of one dated period in the same
sentence ("Revenue hit a record in 2024, but the deficit jumped more than 10 percent", 「2024年の
歳入は過去最高だったが、赤字は1割以上増えた」), is the change into that period, not over the whole
series; a clause that places its change at another time ("is still rising", 「その後も増えている」)
keeps its own window (docs/verdict-rules.md §4.7, "Coordinated changes"). (Blind round 16b
us-federal-deficit record-revenue-10pct, round 6b jp-furusato headline-outflow-shrank.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["rev", "歳入", "Revenue", "count", "revenue;receipts;歳入", "true", "count", ""],
    ["def", "財政赤字", "Budget deficit", "count", "deficit;赤字", "false", "count", ""],
]
OBSERVATIONS = [
    ["r1", "NL", "rev", "2019", "400", "count", "stat", ""],
    ["r2", "NL", "rev", "2023", "480", "count", "stat", ""],
    ["r3", "NL", "rev", "2024", "500", "count", "stat", ""],
    ["d1", "NL", "def", "2019", "100", "count", "stat", ""],
    ["d2", "NL", "def", "2023", "180", "count", "stat", ""],
    ["d3", "NL", "def", "2024", "190", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "sentence-period", METRICS, OBSERVATIONS)


def test_a_change_takes_the_period_of_the_clause_before(pack: Pack) -> None:
    en = diagnose(
        "Norland's revenue hit a record in 2024, but the deficit still jumped more than 10 percent.",
        pack, as_of="2025-03-01",
    )
    assert en.checks[1].evidence == ["d2", "d3"] and en.rating != "true"  # +5.6 %, not +90 %
    said = "2024年のノーランドの歳入は過去最高だったが、赤字は1割以上増えた。"
    ja = diagnose(said, pack, as_of="2025-03-01")
    assert ja.checks[1].evidence == ["d2", "d3"] and ja.rating != "true"


def test_a_change_placed_at_another_time_keeps_its_window(pack: Pack) -> None:
    # "is still rising" speaks of now: the latest step, not the change into 2023
    said = "Norland's revenue was 480 in 2023, and the deficit is still rising."
    en = diagnose(said, pack, as_of="2025-03-01")
    assert en.checks[-1].evidence == ["d2", "d3"]
    ja = diagnose("2023年のノーランドの歳入は480で、赤字はその後も増えている。", pack, as_of="2025-03-01")
    assert ja.checks[-1].evidence != ["d1", "d2"]
