"""A fraction said as the size of a change in a clause whose period is carried from the clause
before ("In 2025 exports hit a record while imports fell by about a tenth"): the change in that
period, not a multiple of its value measured from it to now (docs/verdict-rules.md §4.7; blind
jp-bop exports_imports_2025); in English and Japanese."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["ex", "輸出額", "exports", "JPY", "輸出;exports", "", "amount", ""],
    ["im", "輸入額", "imports", "JPY", "輸入;imports", "", "amount", ""],
]
OBSERVATIONS = [
    ["ex23", "NL", "ex", "2023", "90", "JPY", "stat", ""],
    ["ex24", "NL", "ex", "2024", "100", "JPY", "stat", ""],
    ["ex25", "NL", "ex", "2025", "110", "JPY", "stat", ""],
    ["im23", "NL", "im", "2023", "95", "JPY", "stat", ""],
    ["im24", "NL", "im", "2024", "120", "JPY", "stat", ""],
    ["im25", "NL", "im", "2025", "108", "JPY", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "carried-fraction", METRICS, OBSERVATIONS)


#: (claim, rating): the imports' change is 2025's, from 120 to 108 (x0.9)
SAID = [
    ("In 2025 Norland's exports rose while imports fell by about a tenth.", "true"),
    ("2025年、ノーランドの輸出は増え、輸入は約1割減った。", "true"),
    # a rise of a tenth where imports fell by one: the direction fails (not a multiple from 2025)
    ("In 2025 Norland's exports rose while imports grew by about a tenth.", "half_true"),
]


def test_a_fraction_of_change_in_a_carried_period(pack: Pack) -> None:
    got = {claim: diagnose(claim, pack, as_of="2026-02") for claim, _ in SAID}
    assert {claim: got[claim].rating for claim, _ in SAID} == dict(SAID)
    assert all(d.checks[-1].evidence == ["im24", "im25"] for d in got.values())
