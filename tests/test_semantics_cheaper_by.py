"""「N円安くなった」「N円高くなった」「N円値下がりした」, "N yen cheaper": the amount is a fall or rise
(an adjective in 連用形 + なる is a change of state), not a level (docs/verdict-rules.md §8; blind round
18b jp-gasoline cut25 compared 25 with the price level 155.7). 「N円安い」 without なる is a
difference to another thing and stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: cheaper-by
title: {ja: "値下がり", en: "Cheaper by"}
language: ja
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "ja"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
METRICS = [METRIC_HEADER, ["fuel", "燃料価格", "fuel price", "JPY/L", "", "false", "amount", ""]]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["f1", "NL", "fuel", "2024", "180", "JPY/L", "stat", ""],
    ["f2", "NL", "fuel", "2025", "155", "JPY/L", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("cheaper-by")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


@pytest.mark.parametrize("claim", [
    "ノーランドの燃料価格は2024年から2025年に1リットル25円安くなった",
    "ノーランドの燃料価格は2024年から2025年に1リットル25円値下がりした",
    "In Norland the fuel price got 25 yen per liter cheaper from 2024 to 2025.",
])
def test_a_fall_by_the_amount_is_true(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == "true", (claim, d.rating)


@pytest.mark.parametrize("claim", [
    "ノーランドの燃料価格は2024年から2025年に1リットル25円高くなった",
    "In Norland the fuel price became 25 yen per liter more expensive from 2024 to 2025.",
])
def test_a_rise_said_of_a_fall_is_false(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating in ("false", "mostly_false"), (claim, d.rating)


@pytest.mark.parametrize("claim", [
    # 「N円安い」 without なる, "is N yen cheaper": a difference to another thing, no fall over time
    "ノーランドの燃料価格は2024年から2025年に1リットル25円安い",
    "In Norland the fuel price is 25 yen per liter cheaper in 2025.",
])
def test_a_difference_without_a_change_is_no_fall(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating != "true", (claim, d.rating)
