"""A margin against the year before on a measure whose name holds another's (「法人税収」 holds
「税収」): the shorter name written inside the longer names the longer measure, so no pair of two
measures is read (docs/verdict-rules.md, two measures named; session 14 review, pack tax:
unverifiable -> true); in ja and en."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["tax", "税収", "tax revenue", "JPY", "", "true", "", ""],
    ["ctax", "法人税収", "corporate tax revenue", "JPY", "", "true", "", ""],
]
OBSERVATIONS = [
    ["t22", "NL", "tax", "2022", "68000000000000", "JPY", "stat", ""],
    ["t23", "NL", "tax", "2023", "70000000000000", "JPY", "stat", ""],
    ["c22", "NL", "ctax", "2022", "14000000000000", "JPY", "stat", ""],
    ["c23", "NL", "ctax", "2023", "15000000000000", "JPY", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "margin-nested", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    ("ノーランドの法人税収は2023年に前年を1兆円上回った。", "true"),
    ("Norland's corporate tax revenue in 2023 exceeded the previous year's by 1 trillion yen.", "true"),
    # the two measures named each: the margin between them
    ("2023年のノーランドの税収は法人税収を55兆円上回った。", "true"),
])
def test_a_name_inside_the_others_names_the_other(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2024-03-01").rating == expected, claim
