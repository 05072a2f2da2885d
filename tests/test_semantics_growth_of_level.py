"""A percentage change of one period said of a level, when the pack also records that change as a
``growth`` measure named with the level (contract 1.1: "Change in drug overdose deaths", base the
previous period): the growth measure's value settles it (docs/verdict-rules.md §4.7). "From a year
earlier" with no period of its own is the latest period against the one before, not the whole
series. (Blind round 7b us-overdose drop2024: a provisional -26.9 % the level's final values do not
give; nearly30.)"""

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
id: growth-of-level
title: {ja: "水準と増減率", en: "Level and growth"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
METRICS = [
    METRIC_HEADER,
    ["deaths", "交通死者数", "Road deaths", "count", "road deaths;死者数", "false", "count", ""],
    ["deaths_chg", "交通死者数の増減率", "Change in road deaths", "%", "", "false", "growth", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["d1", "NL", "deaths", "2022", "1000", "count", "stat", ""],
    ["d2", "NL", "deaths", "2023", "1100", "count", "stat", ""],
    ["d3", "NL", "deaths", "2024", "850", "count", "stat", "provisional"],
    # the published change compares provisional figures: not 850 / 1100
    ["g3", "NL", "deaths_chg", "2024", "-27.0", "%", "stat", "provisional against provisional"],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("growth-of-level")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_a_percentage_fall_in_one_year_is_the_growth_measure(pack: Pack) -> None:
    d = diagnose("Norland's road deaths fell by nearly 30% in 2024.", pack)
    assert d.checks[0].result == "holds" and d.checks[0].evidence == ["g3"]
    # a fall of 27 % is "30" at the bound's own digits, within 10 % of it: mostly true (§4.1)
    assert diagnose("Norland's road deaths fell by more than 30% in 2024.", pack).rating == "mostly_true"
    assert diagnose("Norland's road deaths fell by more than 90% in 2024.", pack).rating == "false"


def test_from_a_year_earlier_is_the_latest_step(pack: Pack) -> None:
    claim = "Norland's road deaths are now down about 27% from a year earlier."
    d = diagnose(claim, pack, as_of="2025-06-01")
    assert d.checks[0].result == "holds" and d.checks[0].evidence == ["g3"]


def test_japanese_one_year_change(pack: Pack) -> None:
    assert diagnose("ノーランドの交通死者数は2024年に前年から約27%減った", pack).rating == "true"


def test_a_change_over_a_window_stays_on_the_level(pack: Pack) -> None:
    # two years: no one value of the growth measure is that change
    d = diagnose("Norland's road deaths fell 15% between 2022 and 2024.", pack)
    assert sorted(d.checks[0].evidence) == ["d1", "d3"]
