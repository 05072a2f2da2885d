"""The side of a dated peak (docs/verdict-rules.md §4.16): "from its 2020 peak" / 「2020年のピークから」
starts a change at the period's highest value, "from its 2020 record low" / 「2020年の過去最低から」 /
"since the 2020 trough" at its lowest (review misread-1: "record" in "record low" had dated a peak)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["price", "地価指数", "land price index", "index", "地価;land prices", "true", "score", ""]]
# 2020: Jan 130, Mar 150 (the high), Apr 100 (the low), Dec 120; Dec 2024 150
OBSERVATIONS = [
    ["o0", "NL", "price", "2020-01", "130", "index", "stat", ""],
    ["o1", "NL", "price", "2020-03", "150", "index", "stat", ""],
    ["o2", "NL", "price", "2020-04", "100", "index", "stat", ""],
    ["o3", "NL", "price", "2020-12", "120", "index", "stat", ""],
    ["o4", "NL", "price", "2024-12", "150", "index", "stat", ""],
]
SOURCES = [["stat", "Statistics", "Office", "", "2025-02-01", "statistics", "en"]]
AS_OF = "2025-06-01"
TRUE_SIDE = ("true", "mostly_true")


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "record-low", METRICS, OBSERVATIONS, sources=SOURCES)


@pytest.mark.parametrize("text", [
    "Norland's land price index is now unchanged from its 2020 record low.",
    "Norland's land price index is now unchanged from its 2020 low.",
    "ノーランドの地価指数は2020年の過去最低から変わっていない。",
])
def test_unchanged_from_a_record_low_is_false(pack: Pack, text: str) -> None:
    # the low (100) is the base: the index has risen 50 %, not stayed flat
    assert diagnose(text, pack, as_of=AS_OF).rating == "false"


@pytest.mark.parametrize("text", [
    "Norland's land price index has risen 50% from its 2020 record low.",
    "ノーランドの地価指数は2020年の過去最低から50%上昇した。",
])
def test_a_rise_from_a_record_low_is_measured_from_the_lowest(pack: Pack, text: str) -> None:
    assert diagnose(text, pack, as_of=AS_OF).rating in TRUE_SIDE


@pytest.mark.parametrize("text", [
    # the negative: a peak, a record high and a bare record still start at the period's highest (150)
    "Norland's land price index is now unchanged from its 2020 peak.",
    "Norland's land price index is now unchanged from its 2020 record high.",
    "Norland's land price index is now unchanged from its 2020 record.",
    "ノーランドの地価指数は2020年のピークから変わっていない。",
    "ノーランドの地価指数は2020年の過去最高から変わっていない。",
])
def test_unchanged_from_a_peak_is_still_true(pack: Pack, text: str) -> None:
    assert diagnose(text, pack, as_of=AS_OF).rating in TRUE_SIDE
