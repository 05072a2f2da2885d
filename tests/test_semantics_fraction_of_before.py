"""A fraction a change ended at is a multiple of an earlier value (docs/verdict-rules.md §4.7,
§4.14), in Japanese and English, on a small pack built here: 「1970年の7分の1にまで減った」 is the
latest value over 1970's, 「1965年度に73%あった…は、今ではおよそ半分に」 over the value the clause
before gave, "cut in half in 2024" over 2023's: never a share of a whole. (Blind round 7
jp-traffic-deaths seventh_of_peak, jp-food-ssr half-of-1965, us-overdose synth-halved.)"""

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
id: fraction-of-before
title: {ja: "以前の何分の一", en: "A fraction of before"}
language: ja
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "ja"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
METRICS = [
    METRIC_HEADER,
    ["deaths", "交通死者数", "road deaths", "count", "死者数", "false", "count", ""],
    ["ssr", "自給率", "self-sufficiency rate", "%", "", "true", "share", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["d1", "NL", "deaths", "1970", "16000", "count", "stat", ""],
    ["d2", "NL", "deaths", "2023", "4000", "count", "stat", ""],
    ["d3", "NL", "deaths", "2024", "2000", "count", "stat", ""],
    ["r1", "NL", "ssr", "1965", "73", "%", "stat", ""],
    ["r2", "NL", "ssr", "2024", "38", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("fraction-of-before")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_a_fraction_of_a_named_period(pack: Pack) -> None:
    d = diagnose("ノーランドの交通死者数は、1970年の8分の1にまで減った", pack)
    assert d.rating == "true" and sorted(d.checks[0].evidence) == ["d1", "d3"]
    assert diagnose("ノーランドの交通死者数は、1970年の3分の1にまで減った", pack).rating == "false"


def test_a_fraction_of_the_value_the_clause_before_gave(pack: Pack) -> None:
    d = diagnose("1965年に73%あったノーランドの自給率は、今ではおよそ半分に落ち込んでいる", pack)
    assert d.rating == "true"


def test_cut_in_half(pack: Pack) -> None:
    assert diagnose("Norland's road deaths were cut in half in 2024.", pack).rating == "true"
