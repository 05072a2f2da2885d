"""Superlatives over the periods of one series and across fiscal and calendar years
(docs/verdict-rules.md §4.8), on a small pack built here: 「最も多かったのは1970年」, "highest in 1970"
with no peers ranks the periods of the entity's own series (a window 以降 / since bounds them; the
largest fall on a measure of change is its lowest value); peers kept by calendar year rank with a
fiscal-year value. (Blind round 7 jp-traffic-deaths peak1970, jp-food-ssr lowest-major: both were
false through publication events; round 4b jp-wages t-worst-jan23.)"""

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
id: periods-of-one-series
title: {ja: "一つの系列の最大", en: "Peaks of one series"}
language: ja
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "ja"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["SL", "country", "サウスランド", "Southland", "", ""],
    ["EL", "country", "イーストランド", "Eastland", "", ""],
]
METRICS = [
    METRIC_HEADER,
    ["deaths", "交通死者数", "road deaths", "count", "交通事故の死者", "false", "count", ""],
    ["ssr", "自給率", "self-sufficiency rate", "%", "self-sufficiency", "true", "share", ""],
    ["chg", "賃金の前年比", "year-on-year change in wages", "%", "賃金の伸び", "true", "growth", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["d1", "NL", "deaths", "1970", "16765", "count", "stat", ""],
    ["d2", "NL", "deaths", "2010", "4948", "count", "stat", ""],
    ["d3", "NL", "deaths", "2020", "2839", "count", "stat", ""],
    ["d4", "NL", "deaths", "2024", "2663", "count", "stat", ""],
    ["n1", "NL", "ssr", "FY2018", "37", "%", "stat", ""],
    ["s1", "SL", "ssr", "2018", "65", "%", "stat", ""],
    ["e1", "EL", "ssr", "2018", "125", "%", "stat", ""],
    ["c1", "NL", "chg", "2022", "-1.0", "%", "stat", ""],
    ["c2", "NL", "chg", "2023", "-4.1", "%", "stat", ""],
    ["c3", "NL", "chg", "2024", "1.1", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("periods-of-one-series")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_the_most_was_in_a_year(pack: Pack) -> None:
    peak = "ノーランドの交通事故の死者が最も多かったのは1970年で、1万6765人だった"
    assert diagnose(peak, pack).rating == "true"
    assert diagnose("ノーランドの交通事故の死者が最も多かったのは2010年だった", pack).rating == "false"
    assert diagnose("Norland's road deaths were highest in 1970.", pack).rating == "true"


def test_a_window_bounds_the_periods(pack: Pack) -> None:
    assert diagnose("ノーランドの交通事故の死者は2010年以降で2010年が最も多かった", pack).rating == "true"


def test_the_largest_fall_on_a_measure_of_change(pack: Pack) -> None:
    assert diagnose("ノーランドの賃金の伸びの落ち込みが最も大きかったのは2023年だった", pack).rating == "true"


def test_fiscal_and_calendar_years_rank_together(pack: Pack) -> None:
    d = diagnose("ノーランドの自給率は2018年に3か国の中で最も低かった", pack)
    assert d.rating == "true" and {"n1", "s1", "e1"} <= set(d.checks[0].evidence)
