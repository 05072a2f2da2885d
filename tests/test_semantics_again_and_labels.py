"""A statement said again of another period, and figures a title labels with whose they are
(docs/verdict-rules.md §2, §4.2), on a small pack built here: each test asserts one rule.

- "…more than Germany in 2024 and again in 2025", "rose in 2021 and again in 2023": a clause that
  is only a period and again / also / too repeats the previous statement for that period; each
  period is checked (one holds, one fails: half true).
- "duties from 7.8% (Tesla) through 17.0% (BYD)", 「テスラ7.8%、BYD17.0%」: a claim about one
  labelled entity is checked against its own figure, not another's ("Teslas … 17%" is false).
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
id: again
title: {ja: "再び", en: "Again"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Statistics", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["SL", "country", "サウスランド", "Southland", "", ""],
    ["volt", "company", "ボルト", "Volt", "", "SL"],
    ["amp", "company", "アンプ", "Amp", "", "SL"],
]
EVENTS = [
    EVENT_HEADER,
    ["e1", "2024-10-30", "", "NL;volt;amp", "regulation",
     "ノーランドがサウスランド製の電動自転車に関税：ボルト7.8%、アンプ17.0%",
     "Norland imposes duties on e-bikes from Southland: 7.8% (Volt) and 17.0% (Amp)",
     "17.0", "%", "st", "3", ""],
]
METRICS = [
    METRIC_HEADER,
    ["regs", "電動自転車の登録台数", "e-bike registrations", "count", "", "true", "count", ""],
    ["realw", "実質賃金の前年比", "real wages", "%", "", "true", "growth", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["n1", "NL", "regs", "2024", "381970", "count", "st", ""],
    ["n2", "NL", "regs", "2025", "473348", "count", "st", ""],
    ["s1", "SL", "regs", "2024", "380609", "count", "st", ""],
    ["s2", "SL", "regs", "2025", "545142", "count", "st", ""],
    ["w1", "NL", "realw", "2021", "0.6", "%", "st", ""],
    ["w2", "NL", "realw", "2022", "1.1", "%", "st", ""],
    ["w3", "NL", "realw", "2023", "-2.5", "%", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("again")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_again_in_another_period_repeats_the_statement(pack: Pack) -> None:
    both = diagnose("Norland registered more e-bikes than Southland in 2024 and again in 2025.", pack)
    assert [c.result for c in both.checks] == ["holds", "fails"]
    assert both.rating == "half_true"
    assert diagnose("Norland's real wages rose in 2021 and again in 2023.", pack).rating == "half_true"
    assert diagnose("Norland's real wages rose in 2021 and again in 2022.", pack).rating == "true"


def test_a_labelled_figure_is_its_labels(pack: Pack) -> None:
    assert diagnose("Norland's duty on Southland-made Volts is 17%.", pack).rating == "false"
    assert diagnose("Norland's duty on Southland-made Volts is 7.8%.", pack).rating == "true"
    assert diagnose("ノーランドのアンプ製電動自転車への関税は17%だ", pack).rating == "true"
    assert diagnose("ノーランドのボルト製電動自転車への関税は17%だ", pack).rating == "false"
