"""The opposite act a year off (docs/verdict-rules.md §4.1, negation; review session 27 R2): an event
found that says the opposite act fails whatever its date; only a negated claim ("did not raise it in
2023") turns a year-off date's small credit into a large one."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [["cb", "government", "ノーランド中央銀行", "Norland central bank", "", "NL"]]
EVENTS = [
    ["e1", "2024-03-19", "", "cb", "policy", "ノーランド中央銀行が政策金利を引き上げ",
     "Norland central bank raises its policy rate", "", "", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "opposite-act", [], [], entities=ENTITIES, events=EVENTS)


@pytest.mark.parametrize(("claim", "expected"), [
    # the opposite act, a year off: wrong act, wrong year
    ("Norland's central bank cut its policy rate in 2023.", "false"),
    ("ノーランド中央銀行は2023年に政策金利を引き下げた。", "false"),
    # the opposite act in the right year
    ("Norland's central bank cut its policy rate in 2024.", "false"),
    # negatives: the right act a year off stays mostly false, its denial mostly true (an act the
    # record holds once is dated by it; several acts: tests/test_semantics_negated_act_window.py)
    ("Norland's central bank raised its policy rate in 2023.", "mostly_false"),
    ("ノーランド中央銀行は2023年に政策金利を引き上げた。", "mostly_false"),
    ("Norland's central bank did not raise its policy rate in 2023.", "mostly_true"),
    ("Norland's central bank raised its policy rate in 2024.", "true"),
])
def test_the_opposite_act_a_year_off_fails(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2025-06").rating == expected


def test_the_opposite_act_says_so(pack: Pack) -> None:
    check = diagnose("Norland's central bank cut its policy rate in 2023.", pack, as_of="2025-06").checks[0]
    assert check.result == "fails"
    assert "opposite" in check.reason
