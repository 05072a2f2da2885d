"""Linking a varied phrasing to the measure a pack keeps (issue 8; docs/verdict-rules.md §2, §4.8),
on a small pack built here, in English and Japanese: each test asserts one rule's behaviour.

- The size of a change said of one period ("fell by 176 in the third quarter of 2025") is the value
  of the measure that records the change over a period that long (a quarterly change), not the
  difference of two of the level's values; the largest drop on record on such a measure is its
  lowest value.
- A percentage change said of one period ("grew 3.2% in 2023") is the value of the growth measure
  named with the level, not the change between two of the level's values inside the period.
- "come down", "gone down", "going up" are a fall and a rise, as "went down" is.
"""

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
id: linking
title: {ja: "言い換え", en: "Phrasings"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["st", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["res", "外国人住民数", "foreign residents", "count", "", "", "count", "on the first day of the period"],
    ["res_q", "外国人住民数の四半期増減", "quarterly change in foreign residents", "count", "", "", "count",
     "change over the quarter; negative is a fall"],
    ["pop", "人口", "population", "count", "Norland's population", "", "count",
     "on the first day of the period"],
    ["pop_g", "人口増加率", "annual population growth rate", "%", "population growth", "true", "growth",
     "percent change over the calendar year"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["l1", "NL", "res", "2025-04-01", "3000", "count", "st", ""],
    ["l2", "NL", "res", "2025-07-01", "2950", "count", "st", ""],
    ["l3", "NL", "res", "2025-10-01", "2774", "count", "st", ""],
    ["q1", "NL", "res_q", "2025-Q1", "-20", "count", "st", ""],
    ["q2", "NL", "res_q", "2025-Q2", "-50", "count", "st", ""],
    ["q3", "NL", "res_q", "2025-Q3", "-176", "count", "st", ""],
    ["p1", "NL", "pop", "2023-01-01", "1000000", "count", "st", ""],
    ["p2", "NL", "pop", "2023-10-01", "1024000", "count", "st", ""],
    ["g1", "NL", "pop_g", "2022", "2.7", "%", "st", ""],
    ["g2", "NL", "pop_g", "2023", "3.2", "%", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("linking")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def _rating(text: str, pack: Pack) -> str:
    return diagnose(text, pack).rating


def test_the_size_of_a_change_in_one_period_is_the_change_measure(pack: Pack) -> None:
    assert _rating("Norland's foreign residents fell by 176 in the third quarter of 2025.", pack) == "true"
    assert _rating("Norland's foreign residents fell by 300 in the third quarter of 2025.", pack) == "false"
    assert _rating("Norland's foreign residents rose by 176 in the third quarter of 2025.", pack) == "false"
    assert _rating("2025年第3四半期にノーランドの外国人住民数は176人減った", pack) == "true"


def test_the_largest_drop_on_a_measure_of_change_is_its_lowest_value(pack: Pack) -> None:
    drop = "Norland's foreign residents fell by 176 in the third quarter of 2025, the largest drop on record."
    assert _rating(drop, pack) == "true"


def test_a_percentage_change_in_one_period_is_the_growth_rate(pack: Pack) -> None:
    # the level moved 2.4 % between January and October; the year's growth rate is 3.2 %
    assert _rating("Norland's population grew 3.2% in 2023.", pack) == "true"
    # 2.4 % is the level's move, not the growth: grew, but by a size clearly wrong (§4.1)
    assert _rating("Norland's population grew 2.4% in 2023.", pack) == "mostly_false"
    assert _rating("ノーランドの人口は2023年に3.2%増加した", pack) == "true"


def test_phrasal_verbs_of_movement_are_changes(pack: Pack) -> None:
    # "come down", "gone down", "going up": a fall or a rise, as "went down" is (3,000 -> 2,774)
    def rating(text: str) -> str:
        return diagnose(text, pack, as_of="2025-10-15").rating

    assert rating("Norland's foreign residents have come down by 226 since April 2025.") == "true"
    assert rating("Norland's foreign residents have gone up by 226 since April 2025.") == "false"
    # the Japanese verbs were read already
    assert rating("ノーランドの外国人住民数は2025年4月から226人減った") == "true"
