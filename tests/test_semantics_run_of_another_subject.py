"""A run said of another subject is not the previous clause's (review R7; docs/verdict-rules.md,
"A run of the previous clause's measure"): 「…104台となり、輸出台数は5年連続で増えた」 and "…, while
exports rose for a fifth straight year" name a subject the pack does not hold, so the run is not
checked on the sales series; a run with no subject of its own (「、5年連続で前年を上回った」, "their
fifth straight annual rise", "and they rose …") still is."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    rows = [
        [f"o{y}", "NL", "sales", str(y), str(v), "units", "stat", ""]
        for y, v in ((2019, 120), (2020, 90), (2021, 95), (2022, 97), (2023, 99), (2024, 101), (2025, 104))
    ]
    return small_pack(
        tmp_path_factory, "runsubj", [["sales", "販売台数", "car sales", "units", "", "true", "count", ""]],
        rows,
    )


def rate(text: str, pack: Pack) -> str:
    return diagnose(text, pack, as_of="2026-03").rating


@pytest.mark.parametrize("text", [
    "ノーランドの販売台数は2025年に104台となり、輸出台数は5年連続で増えた。",
    "ノーランドの販売台数は2025年に104台で、価格は5年連続の上昇となった。",
    "Norland's car sales reached 104 in 2025, while exports rose for a fifth straight year.",
    "Norland's car sales reached 104 in 2025, and used-car prices rose for the fifth consecutive year.",
    "Norland's car sales reached 104 in 2025, while annual exports rise for a fifth straight year.",
])
def test_a_run_of_another_subject_is_not_checked_on_the_previous_measure(text: str, pack: Pack) -> None:
    assert rate(text, pack) != "true"


@pytest.mark.parametrize("text", [
    "ノーランドの販売台数は2025年に104台となり、5年連続で前年を上回った。",
    "ノーランドの販売台数は2025年に104台となり、5年連続で増加が続いた。",
    "Norland's car sales reached 104 in 2025, their fifth straight annual rise.",
    # an appositive run with a determiner: "rise" / "increase" after an ordinal or a run's
    # adjective is the run's noun, no subject + verb (review R13)
    "Norland's car sales reached 104 in 2025, the fifth straight annual rise.",
    "Norland's car sales reached 104 in 2025, a fifth consecutive annual rise.",
    "Norland's car sales reached 104 in 2025, the fifth successive yearly increase.",
    "Norland's car sales reached 104 in 2025, rising for a fifth straight year.",
    "Norland's car sales reached 104 in 2025, and they rose for a fifth straight year.",
])
def test_a_run_with_no_subject_of_its_own_is_the_previous_measures(text: str, pack: Pack) -> None:
    assert rate(text, pack) == "true"
    # and six rises in a row did not happen (2020 fell)
    assert rate(text.replace("5年", "6年").replace("fifth", "sixth"), pack) != "true"
