"""A bound word after a unit or counter word the quantity grammar leaves (docs/verdict-rules.md §8,
comparators): 「2600万ダースを超え」「4300万羽を超えた」 are bounds, never exact values, as 「600万件を
超え」 and "more than 26 million dozen" are. A small pack built here."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["imports", "殻付き卵の輸入量", "shell egg imports", "dozen", "卵の輸入;egg imports", "", "amount", ""],
    ["culled", "処分された採卵鶏", "layers culled", "count", "採卵鶏;処分羽数", "false", "count", ""],
]
OBSERVATIONS = [
    ["i1", "NL", "imports", "2025", "26000000", "dozen", "stat", ""],
    ["c1", "NL", "culled", "2022", "43400000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "bounds-after-counters", METRICS, OBSERVATIONS, language="ja")


@pytest.mark.parametrize("claim", [
    "2025年のノーランドの殻付き卵の輸入は2000万ダースを超えた。",
    "2025年のノーランドの殻付き卵の輸入は2000万ダース以上だった。",
    "2022年にノーランドで処分された採卵鶏は4000万羽を超えた。",
])
def test_a_bound_met_holds(claim: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == "true"


@pytest.mark.parametrize("claim", [
    "2025年のノーランドの殻付き卵の輸入は2700万ダースを超えた。",
    "2025年のノーランドの殻付き卵の輸入は3000万ダース超だった。",
    "2022年にノーランドで処分された採卵鶏は5000万羽を超えた。",
])
def test_a_bound_missed_is_not_close_to_true(claim: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating in ("false", "mostly_false")
    figures = [n for c in diagnose(claim, pack).checks for n in c.numbers]
    assert figures and all(n.comparator == "more_than" for n in figures)
