"""The direction of a record comes from its own words (docs/verdict-rules.md §4.8): 「過去最少」 is a
low even when another word of the clause holds 高 or 多 (「高齢者」, 「多発」); one kanji decides only
when no record word does. (Blind round 7 jp-traffic-deaths elderly_record2024: a wrong true.)"""

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
id: record-words
title: {ja: "記録の向き", en: "Record words"}
language: ja
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "ja"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
METRICS = [
    METRIC_HEADER,
    ["old", "高齢者の事故死者数", "road deaths aged 65 and over", "count", "高齢者の死者数", "false", "count",
     ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["o1", "NL", "old", "2022", "1500", "count", "stat", ""],
    ["o2", "NL", "old", "2023", "1466", "count", "stat", ""],
    ["o3", "NL", "old", "2024", "1513", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("record-words")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_a_record_low_with_another_high_kanji_is_a_low(pack: Pack) -> None:
    assert diagnose("高齢者の事故死者数は2024年に過去最少となった", pack).rating == "false"
    assert diagnose("高齢者の事故死者数は2023年に過去最少となった", pack).rating == "true"


def test_a_record_high_with_the_same_words_is_a_high(pack: Pack) -> None:
    assert diagnose("高齢者の事故死者数は2024年に過去最多となった", pack).rating == "true"
