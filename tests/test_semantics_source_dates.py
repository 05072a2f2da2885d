"""A date of the source, zero, and the measure a later clause names (docs/verdict-rules.md §2,
§4.4), in Japanese and English, on a small pack built here: each test asserts one rule's behaviour.

- 「2017年の調査では」, "a 2017 survey": the period dates the source, not the figure; the figure
  is the series' value from a source published then (here of 2016-10).
- 「ゼロで」「ゼロ件」, "zero cases" are the number 0 (not ネットゼロ, "net zero", "zero-emission").
- A clause that carries the previous subject and has a number takes a measure of that subject its
  own words partly name before the previous clause's measure (「…可能性があるとされたのは2件」)."""

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
id: source-dates
title: {ja: "調査の年", en: "Survey years"}
language: ja
subject: foreign
"""
SOURCES = [
    SOURCE_HEADER,
    ["survey", "Insurance survey", "Ministry", "", "2017-12", "government", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["foreign", "other", "外国人", "foreign insured", "foreigners", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["fraud", "不正と判断された件数", "claims judged fraudulent", "count", "不正", "false", "count", ""],
    ["maybe", "不正の可能性があるとされた件数", "claims possibly fraudulent", "count", "", "false", "count",
     ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["f1", "foreign", "fraud", "2016-10", "0", "count", "survey", ""],
    ["m1", "foreign", "maybe", "2016-10", "2", "count", "survey", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("source-dates")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(("claim", "rating"), [
    ("2017年の調査では、外国人の不正と判断された件数はゼロで、可能性があるとされたのは2件だった", "true"),
    ("2017年の調査では、外国人の不正と判断された件数は5件だった", "false"),
    ("A 2017 survey found zero claims judged fraudulent among foreigners.", "true"),
    ("A 2017 survey found that claims judged fraudulent among foreigners numbered 40.", "false"),
])
def test_a_survey_year_dates_the_source(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating


def test_net_zero_is_no_number(pack: Pack) -> None:
    claims = ("2050年に外国人のネットゼロを目指す", "Foreigners aim for net zero and zero-emission cars.")
    for claim in claims:
        assert all(n.quantity.value != 0 for st in parse(claim, pack).statements for n in st.numbers)
