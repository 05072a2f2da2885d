"""What a number is per, and which entity is compared with (docs/verdict-rules.md §2), in
Japanese and English, on a small pack built here: each test asserts one rule's behaviour.

- 「1人1泊最大2万円」「1回あたり」, "1 person": a one right before another number (with a counter or
  a limit word between) or before あたり / につき is what the number is per, not a value.
- The comparand (before より, after "than") comes right after the subject, before other
  entities the clause names (「補償より旅行支援のほうが高い国」: the two programmes, not the country)."""

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
from shingi.pipeline.parse import parse

PACK_YAML = """\
id: per-and-comparand
title: {ja: "あたりと比較", en: "Per and compared"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["gov", "Programmes", "Cabinet Office", "", "2024", "government", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "国", ""],
    ["travel", "programme", "旅行支援", "travel support", "", "NL"],
    ["relief", "programme", "再建支援金", "relief payment", "補償", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["pay", "支給額", "payment", "JPY", "", "", "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["t1", "travel", "pay", "2024", "2万", "JPY", "gov", ""],
    ["r1", "relief", "pay", "2024", "100万", "JPY", "gov", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("per-and-comparand")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize("claim", ["旅行支援の支給額は1人1泊最大2万円", "旅行支援の支給額は1泊あたり2万円"])
def test_one_of_something_is_what_the_number_is_per(claim: str, pack: Pack) -> None:
    st = parse(claim, pack).statements[0]
    assert [n.quantity.value for n in st.numbers] == [20000.0]
    assert diagnose(claim, pack).rating == "true"


def test_the_comparand_comes_right_after_the_subject(pack: Pack) -> None:
    st = parse("2024年、補償より旅行支援の支給額のほうが高い国", pack).statements[0]
    assert st.entities[:2] == ("travel", "relief")
    assert diagnose("2024年、補償より旅行支援の支給額のほうが高い国", pack).rating == "false"
    english = "In 2024 the travel support payment was lower than the relief payment."
    assert diagnose(english, pack).rating == "true"
