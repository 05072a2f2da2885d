"""A change said of every year of its window (docs/verdict-rules.md §4.7), in Japanese and
English, on a small pack built here: 「毎年減り続け」, 「年々増加」, "every single year", "year after
year" hold only when each step between consecutive years of the window goes that way; the two ends
are not enough. (Blind round 7 jp-traffic-deaths steady_decline: a rise in 2015 and 2023 inside a
fall from 1970 to 2025 was true.)"""

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
id: every-year
title: {ja: "毎年の変化", en: "Every year"}
language: ja
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "ja"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
METRICS = [
    METRIC_HEADER,
    ["deaths", "交通死者数", "road deaths", "count", "死者数", "false", "count", ""],
    ["births", "出生数", "births", "count", "", "true", "count", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["d1", "NL", "deaths", "2020", "3000", "count", "stat", ""],
    ["d2", "NL", "deaths", "2021", "2900", "count", "stat", ""],
    ["d3", "NL", "deaths", "2022", "2950", "count", "stat", ""],
    ["d4", "NL", "deaths", "2023", "2800", "count", "stat", ""],
    ["b1", "NL", "births", "2020", "900", "count", "stat", ""],
    ["b2", "NL", "births", "2021", "880", "count", "stat", ""],
    ["b3", "NL", "births", "2022", "850", "count", "stat", ""],
    ["b4", "NL", "births", "2023", "800", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("every-year")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_every_year_needs_every_step(pack: Pack) -> None:
    # two of three steps fell (2022 rose): "every year" is mostly false, not true (§4.7)
    d = diagnose("ノーランドの交通死者数は2020年から2023年まで毎年減り続けた", pack)
    assert d.rating == "mostly_false" and "d3" in d.checks[0].evidence
    assert diagnose("ノーランドの出生数は2020年から2023年まで毎年減り続けた", pack).rating == "true"


def test_english_every_single_year(pack: Pack) -> None:
    claim = "Since 2020, Norland's {} have fallen every single year."
    assert diagnose(claim.format("road deaths"), pack).rating == "mostly_false"
    assert diagnose(claim.format("births"), pack).rating == "true"


def test_the_ends_alone_still_hold_without_every(pack: Pack) -> None:
    assert diagnose("ノーランドの交通死者数は2020年から2023年にかけて減った", pack).rating == "true"


def test_a_run_with_no_period_ends_at_the_latest_value(pack: Pack) -> None:
    # 「N年連続」 with no period: the last N steps, not the whole series
    d = diagnose("ノーランドの出生数は3年連続で減少した", pack)
    assert d.rating == "true" and sorted(d.checks[0].evidence) == ["b1", "b4"]
    run = diagnose("ノーランドの交通死者数は2年連続で減少した", pack)
    assert run.checks[0].result == "partly" and sorted(run.checks[0].evidence) == ["d2", "d4"]
