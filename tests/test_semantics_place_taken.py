"""A first (or last) place said of an entity the pack ranks no place for that year, when another
entity holds that place on the same rank metric (docs/verdict-rules.md §4.8), on a small pack built
here: one entity holds a place unless the pack records a tie, so the claim fails. A clause that
names a place metric with a top word claims a place even when the word is not in the metric's
name. (Blind round 7 jp-traffic-deaths tokushima2025: unverifiable, expected false.)"""

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
id: place-taken
title: {ja: "順位の占有", en: "A place taken"}
language: ja
subject: JP
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "ja"]]
ENTITIES = [
    ENTITY_HEADER,
    ["JP", "country", "日本", "Japan", "", ""],
    ["TK", "government", "徳島県", "Tokushima", "徳島", "JP"],
    ["SG", "government", "滋賀県", "Shiga", "滋賀", "JP"],
]
METRICS = [
    METRIC_HEADER,
    ["pc_rank", "人口当たり死者数の都道府県順位", "prefecture rank by deaths per capita", "rank",
     "人口当たり死者数の順位", "false", "rank", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["r1", "TK", "pc_rank", "2024", "1/47", "rank", "stat", ""],
    ["r2", "SG", "pc_rank", "2025", "1/47", "rank", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("place-taken")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_another_entity_holds_the_place(pack: Pack) -> None:
    d = diagnose("人口当たり死者数の順位で、2025年は徳島県が全国最多だった", pack)
    assert d.rating == "false" and d.checks[0].evidence == ["r2"]


def test_the_entity_own_place_still_decides(pack: Pack) -> None:
    assert diagnose("人口当たり死者数の順位で、2024年は徳島県が全国最多だった", pack).rating == "true"
    assert diagnose("人口当たり死者数の順位で、2025年は滋賀県が全国最多だった", pack).rating == "true"
