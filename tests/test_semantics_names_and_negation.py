"""Numbers written inside a measure's name, and a negative inside a relative clause
(docs/verdict-rules.md §2, §4.4), in Japanese and English, on a small pack built here.

- 「税率10%での税負担は…8.9%」, "30.2% … scored 50% or more": a number the claim writes as part
  of the measure's name (the same digits and the character after them are in the name) is no
  value of the measure when the claim gives another number; alone, it is still compared.
- 「報道しない自由」「行かない人」: a negative followed by a noun (not こと, の …) describes that
  noun; it does not negate the statement.
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
id: names
title: {ja: "名前の中の数", en: "Numbers in names"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Statistics", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["low", "other", "低所得世帯", "low-income households", "", "NL"],
    ["pupils", "other", "受験生", "candidates", "", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["burden", "税率10%での税負担割合", "tax burden at a 10% rate", "%", "", "false", "share", ""],
    ["maths", "数学で50%以上を得点した受験生の割合", "share of candidates scoring 50% or more in mathematics",
     "%", "", "true", "share", ""],
    ["support", "内閣支持率", "cabinet approval rate", "%", "支持率", "true", "share", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["b1", "low", "burden", "2019", "8.9", "%", "st", ""],
    ["m1", "pupils", "maths", "2024", "30.2", "%", "st", ""],
    ["s1", "NL", "support", "2025-10", "40", "%", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("names")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_number_inside_the_measures_name_is_no_value(pack: Pack) -> None:
    assert diagnose("2019年の低所得世帯の税率10%での税負担は8.9%だった", pack).rating == "true"
    assert diagnose("2019年の低所得世帯の税率10%での税負担は12%だった", pack).rating == "false"
    said = "In 2024, 30.2% of candidates scored 50% or more in mathematics."
    assert diagnose(said, pack).rating == "true"


def test_a_negative_before_a_noun_negates_nothing(pack: Pack) -> None:
    d = diagnose("【報道しない自由】ノーランドの内閣支持率、脅威の80%", pack, as_of="2025-10-14")
    assert d.rating == "false"
    assert not any("否定" in c.reason for c in d.checks)
    assert diagnose("ノーランドの内閣支持率は80%ではない", pack, as_of="2025-10-14").rating == "true"
