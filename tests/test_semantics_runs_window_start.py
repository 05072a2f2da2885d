"""Where a run's window starts (docs/verdict-rules.md §4.7 "A run's window opened by the pandemic
starts in 2020", "Every year since a start on a growth rate", "A run from a dated low"), in Japanese
and English, on a small pack built here.

- "every year since the pandemic", 「コロナ禍以降ずっと…続けている」: a run whose window the pandemic
  opens starts in 2020 (its first year); outside a run the era stays undated, as before; "since the
  pandemic year" and "since before the pandemic" keep their own readings.
- "has grown every year since 2020" on a yearly growth rate: each year's own rate after the one named
  (with 以降, from the year named), not the sign of 2020's rate.
- 「2020年の落ち込みから」, "since the pandemic low of 2020": the low's year opens the run; 「…、2024年
  までに30以上増えた」 in the same sentence starts where that window did.
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
from shingi.normalize.eras import dated_eras
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: runstart
title: {ja: "起点", en: "Run start"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["st", "Statistics", "Office", "", "2026", "statistics", "en"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["visits", "来訪者数", "visits", "count", "", "true", "count", ""],
    ["sales_g", "売上高の前年比", "sales growth", "%", "sales", "true", "growth", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    # visits: a fall into 2020, then rises every year to 2024
    ["v0", "NL", "visits", "2019", "100", "count", "st", ""],
    ["v1", "NL", "visits", "2020", "60", "count", "st", ""],
    ["v2", "NL", "visits", "2021", "70", "count", "st", ""],
    ["v3", "NL", "visits", "2022", "80", "count", "st", ""],
    ["v4", "NL", "visits", "2023", "90", "count", "st", ""],
    ["v5", "NL", "visits", "2024", "95", "count", "st", ""],
    # sales growth: a fall in 2020, rises after
    ["g0", "NL", "sales_g", "2020", "-25", "%", "st", ""],
    ["g1", "NL", "sales_g", "2021", "5", "%", "st", ""],
    ["g2", "NL", "sales_g", "2022", "10", "%", "st", ""],
    ["g3", "NL", "sales_g", "2023", "8", "%", "st", ""],
    ["g4", "NL", "sales_g", "2024", "6", "%", "st", ""],
]


def rate(text: str, pack: Pack) -> str:
    """The rating of ``text`` said in June 2025."""
    return diagnose(text, pack, as_of="2025-06").rating


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("runstart")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_the_pandemic_opens_a_run_in_2020() -> None:
    assert dated_eras("Visits have grown every year since the pandemic.").endswith("every year since 2020.")
    assert dated_eras("来訪者数はコロナ禍以降ずっと増え続けている。").startswith("来訪者数は2020年以来ずっと")
    assert dated_eras("来訪者数はコロナ以来、毎年増えている。").startswith("来訪者数は2020年以来、")
    # outside a run the era stays undated; a time of its own keeps its reading
    assert dated_eras("Visits are up 10% since the pandemic.") == "Visits are up 10% since the pandemic."
    assert dated_eras("The deficit has fallen every year since the pandemic year.").endswith("pandemic year.")
    assert dated_eras("Visits have fallen every year since before the pandemic.").endswith("since 2019.")


def test_a_run_since_the_pandemic(pack: Pack) -> None:
    said = "Norland's visits have grown every single year since the pandemic."
    assert rate(said, pack) == "true"
    # the era opens the run at 2020's value whichever of 以降 / 以来 follows, as the English does
    # (review R4: 以降 had taken 2020's own fall in and rated it false)
    assert rate("ノーランドの来訪者数はコロナ禍以降、毎年増え続けている。", pack) == "true"
    assert rate("ノーランドの来訪者数は新型コロナ禍以降、毎年増加が続いている。", pack) == "true"
    assert rate("ノーランドの来訪者数はコロナ以来、毎年増えている。", pack) == "true"
    # a year said stays its own: 2020年以降 takes 2020's step in (from 2019's 100), not a run
    assert rate("ノーランドの来訪者数は2020年以降、毎年増え続けている。", pack) != "true"
    assert rate("ノーランドの来訪者数はコロナ禍以降、毎年減り続けている。", pack) in ("false", "mostly_false")
    fell = "Norland's visits have fallen every year since the pandemic."
    assert rate(fell, pack) in ("false", "mostly_false")


def test_every_year_since_on_a_growth_rate(pack: Pack) -> None:
    said = "Norland's sales have grown every year since {}."
    assert rate(said.format(2020), pack) == "true"  # 2021-2024, not 2020's -25 %
    assert rate(said.format(2019), pack) != "true"  # 2020 fell
    assert rate("ノーランドの売上高は2020年以降、毎年増えている。", pack) != "true"
    assert rate("ノーランドの売上高は2021年以降、毎年増えている。", pack) == "true"
    # a year the pack lacks inside the window: unknown, never true
    assert rate("ノーランドの売上高は2018年以降、毎年増えている。", pack) != "true"


def test_a_run_from_a_dated_low(pack: Pack) -> None:
    # the low's year starts the run, its value the first (as a peak's does for a fall)
    said = "Norland's visits have grown every single year since the pandemic low of 2020."
    assert rate(said, pack) == "true"
    assert rate("ノーランドの来訪者数は2020年の落ち込みから毎年増え続けている。", pack) == "true"
    # a low that was not where the rise began: 2020 fell
    assert rate("ノーランドの来訪者数は2019年の落ち込みから毎年増え続けている。", pack) != "true"


def test_a_change_said_to_its_end_takes_the_start_just_given(pack: Pack) -> None:
    said = "ノーランドの来訪者数は2020年の落ち込みから毎年増え、2024年までに{}以上増えた。"
    assert rate(said.format(30), pack) == "true"  # 60 -> 95
    assert rate(said.format(50), pack) != "true"
