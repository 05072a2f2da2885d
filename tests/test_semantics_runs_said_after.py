"""A run said of the value just given, and a run longer than the series shows (docs/verdict-rules.md
§4.7 "A run said of the value just given", "How a counted run is graded"), in Japanese and
English, on a small pack built here.

- 「…850で、3年連続の減少となった」, "…, its third straight annual decline": the run clause has no
  measure of its own; it is the previous clause's, ending at its period.
- "three years running" is "three years in a row".
- A run claimed longer than the series reaches back: one short is partly (at worst one off), further
  short unknown, never false for values the pack lacks; a step the other way still breaks it. The
  claimed value's note stating the run (「5年連続の減少」) is the source's own count.
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
id: runs
title: {ja: "連続", en: "Runs"}
language: ja
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["st", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["births", "出生数", "births", "count", "", "true", "count", ""],
    ["visits", "来訪者数", "visits", "count", "", "true", "count", ""],
    ["catch", "漁獲量", "fish catch", "t", "", "true", "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    # births: a rise into 2020, then three falls
    ["b0", "NL", "births", "2019", "900", "count", "st", ""],
    ["b1", "NL", "births", "2020", "1000", "count", "st", ""],
    ["b2", "NL", "births", "2021", "950", "count", "st", ""],
    ["b3", "NL", "births", "2022", "900", "count", "st", ""],
    ["b4", "NL", "births", "2023", "850", "count", "st", ""],
    # visits: the series starts in 2021, two falls
    ["v1", "NL", "visits", "2021", "100", "count", "st", ""],
    ["v2", "NL", "visits", "2022", "90", "count", "st", ""],
    ["v3", "NL", "visits", "2023", "80", "count", "st", ""],
    # catch: the series starts in 2022; its 2023 value's note states the source's run
    ["c1", "NL", "catch", "2022", "70", "t", "st", ""],
    ["c2", "NL", "catch", "2023", "60", "t", "st", "5年連続の減少"],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("runs")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_run_said_of_the_value_just_given_ja(pack: Pack) -> None:
    said = "ノーランドの出生数は2023年に850で、{}年連続の減少となった"
    assert diagnose(said.format(3), pack).rating == "true"
    # one off: partly; the run broken by 2020's rise: the fourth and fifth fail
    assert diagnose(said.format(2), pack).rating == "mostly_true"
    assert diagnose(said.format(5), pack).rating in ("half_true", "mostly_false", "false")
    # the other way round: no run of rises
    assert diagnose("ノーランドの出生数は2023年に850で、3年連続の増加となった", pack).rating != "true"
    # 前年を上回った in a run: the previous clause's measure, not another of the pack's
    assert diagnose("ノーランドの出生数は2023年に850となり、3年連続で前年を下回った", pack).rating == "true"


def test_a_run_said_of_the_value_just_given_en(pack: Pack) -> None:
    said = "Norland's births fell to 850 in 2023, their {} straight annual decline."
    assert diagnose(said.format("third"), pack).rating == "true"
    assert diagnose(said.format("fifth"), pack).rating in ("half_true", "mostly_false", "false")


def test_years_running_is_a_run(pack: Pack) -> None:
    said = "Norland's births have now declined {} years running."
    assert diagnose(said.format("three"), pack, as_of="2024-06").rating == "true"
    assert diagnose(said.format("two"), pack, as_of="2024-06").rating == "mostly_true"


def test_a_run_longer_than_the_series(pack: Pack) -> None:
    # visits: two falls and then the series' first value
    said = "ノーランドの来訪者数は2023年まで{}年連続で減少した"
    assert diagnose(said.format(2), pack).rating == "true"
    assert diagnose(said.format(3), pack).rating == "mostly_true"  # at worst one off
    assert diagnose(said.format(5), pack).rating == "unverifiable"  # not shown, never false
    fifth = "Norland's visits fell in 2023 for the fifth year in a row."
    assert diagnose(fifth, pack).rating == "unverifiable"
    # a step the other way still breaks a run (births rose into 2020)
    assert diagnose("ノーランドの出生数は2023年まで5年連続で減少した", pack).rating == "false"


def test_the_run_the_note_states(pack: Pack) -> None:
    said = "ノーランドの漁獲量は2023年まで{}年連続で減少した"
    assert diagnose(said.format(5), pack).rating == "true"
    assert diagnose(said.format(4), pack).rating == "mostly_true"
    assert diagnose(said.format(8), pack).rating == "unverifiable"


def test_a_record_since_the_statistics_began(pack: Pack) -> None:
    # the year the statistics began is no period of the record: the record is the value just given,
    # over every earlier value (「調査開始以来最少」 is 「過去最少」)
    said = "ノーランドの出生数は{}年に{}で、2019年の調査開始以来最少となった"
    assert diagnose(said.format(2023, 850), pack).rating == "true"
    assert diagnose(said.format(2021, 950), pack).rating in ("half_true", "mostly_false", "false")


def test_a_run_counted_from_its_first_year(pack: Pack) -> None:
    # 「2021年から3年連続」: the steps into 2021, 2022 and 2023, counted forward from the year named
    said = "ノーランドの出生数は{}年から{}年連続で減少した"
    assert diagnose(said.format(2021, 3), pack, as_of="2024-06").rating == "true"
    # the year named did not fall (2020 rose): the run does not start there
    assert diagnose(said.format(2020, 4), pack, as_of="2024-06").rating == "false"
    # a run past the latest value: one more than shown is at worst one off
    assert diagnose(said.format(2021, 4), pack, as_of="2024-06").rating == "mostly_true"
