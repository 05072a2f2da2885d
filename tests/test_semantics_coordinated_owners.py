"""Owners of one predicate joined by and / と each hold what it says (review P1; docs/verdict-rules.md
§4.13 "Owners joined"): "Unemployment in Norland and Ostland rose" is two claims, and Ostland's fall
fails it; only the first entity had been checked (a wrong true)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["OS", "country", "オストランド", "Ostland", "", ""],
    ["WS", "country", "ウェストランド", "Westland", "", ""],
]
METRICS = [["unemp", "失業率", "unemployment rate", "%", "失業率;unemployment", "false", "ratio", ""]]
OBSERVATIONS = [
    ["n23", "NL", "unemp", "2023", "5.0", "%", "stat", ""],
    ["n24", "NL", "unemp", "2024", "5.5", "%", "stat", ""],
    ["o23", "OS", "unemp", "2023", "3.0", "%", "stat", ""],
    ["o24", "OS", "unemp", "2024", "2.9", "%", "stat", ""],
    ["w23", "WS", "unemp", "2023", "3.6", "%", "stat", ""],
    ["w24", "WS", "unemp", "2024", "4.0", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "coordinated-owners", METRICS, OBSERVATIONS, entities=ENTITIES)


@pytest.mark.parametrize(("claim", "rating"), [
    # Ostland fell: one owner failing fails the claim
    ("Unemployment in Norland and Ostland rose in 2024.", "false"),
    ("Norland's and Ostland's unemployment rates rose in 2024.", "false"),
    ("2024年、ノーランドとオストランドの失業率は上昇した。", "false"),
    # near misses: both rose; one owner alone
    ("Unemployment in Norland and Westland rose in 2024.", "true"),
    ("2024年、ノーランドとウェストランドの失業率は上昇した。", "true"),
    ("Unemployment in Norland rose in 2024.", "true"),
])
def test_each_owner_joined_is_checked(pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, pack, as_of="2025-06-01").rating == rating
