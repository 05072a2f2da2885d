"""A change said to be the first that way since a year or in N years (docs/verdict-rules.md §4.7),
in Japanese and English, on a small pack built here: "rose in 2023 for the first time in eight
years", "fell in 2023 for the first time since 2018", 「2023年に8年ぶりに増加」 check the year's change
and the year of the previous change the same way; the year named dates that previous change, it
opens no window. (Blind round 7 jp-traffic-deaths rise2023_en and us-overdose firstfall: both
were false, compared over 2018-2023.)"""

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
id: first-change-since
title: {ja: "何年ぶりの増加", en: "First rise in years"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
METRICS = [
    METRIC_HEADER,
    ["deaths", "交通死者数", "road deaths", "count", "死者数", "false", "count", ""],
]
# up in 2015, down every year 2016-2022, up in 2023, down in 2024
VALUES = {2014: 4113, 2015: 4117, 2016: 3904, 2017: 3694, 2018: 3532, 2019: 3215, 2020: 2839,
          2021: 2636, 2022: 2610, 2023: 2678, 2024: 2663}
OBSERVATIONS = [OBSERVATION_HEADER] + [
    [f"d{y}", "NL", "deaths", str(y), str(v), "count", "stat", ""] for y, v in VALUES.items()
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("first-change-since")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_first_rise_in_n_years(pack: Pack) -> None:
    d = diagnose("Norland's road deaths rose in 2023 for the first time in eight years.", pack)
    assert d.rating == "true" and {"d2022", "d2023", "d2015"} <= set(d.checks[0].evidence)
    five = "Norland's road deaths rose in 2023 for the first time in five years."
    assert diagnose(five, pack).rating == "false"


def test_first_fall_since_a_year(pack: Pack) -> None:
    claim = "Norland's road deaths fell in {} for the first time since 2022."
    assert diagnose(claim.format(2024), pack).rating == "true"
    # the year's change went the other way
    assert diagnose(claim.format(2023), pack).rating == "false"


def test_japanese_n_years(pack: Pack) -> None:
    assert diagnose("ノーランドの交通死者数は2023年に8年ぶりに増加した", pack).rating == "true"
    assert diagnose("ノーランドの交通死者数は2023年に3年ぶりに増加した", pack).rating == "false"


def test_one_year_off_is_partly(pack: Pack) -> None:
    d = diagnose("Norland's road deaths rose in 2023 for the first time in seven years.", pack)
    assert d.checks[0].result == "partly"
