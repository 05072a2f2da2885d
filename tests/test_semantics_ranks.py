"""Ranks and places (contract 1.1 metric kind `rank`: 1 = first, `9/10` = ninth of ten), in
Japanese and English, on a small pack built here: each test asserts one rule's behaviour.

- An ordinal ("ranked 48th", "the third-easiest", 3位, 第3位, "number 17") is a place; one place off
  is partly, further off fails.
- "Last", "dead last", 最下位 is the number ranked; "among the 50 states", "of 10", 47都道府県中 say
  how many were ranked, not a value.
- A place rises when its number falls: from 1st to 3rd is a fall."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: ranks-test
title: {ja: "順位試験", en: "Ranks test"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["survey", "Regional survey", "Office", "", "2024", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
]
EVENTS = [
    EVENT_HEADER
]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["jobs_rank", "雇用創出の順位", "rank in job creation among the regions", "rank", "job creation rank",
     "false", "rank"],
    ["wage_growth", "賃金上昇率", "wage growth", "%", "", "true", "share"],
    ["wage_place", "賃金上昇率の地域順位", "place among the regions by wage growth",
     "rank", "highest wage growth in the region;leading the region in wage growth", "false", "rank"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["o1", "NL", "jobs_rank", "2021", "1/10", "rank", "survey", ""],
    ["o2", "NL", "jobs_rank", "2024", "9/10", "rank", "survey", ""],
    ["o3", "NL", "wage_growth", "2024", "3.1", "%", "survey", ""],
    ["o4", "NL", "wage_place", "2024", "4/10", "rank", "survey", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("ranks")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Norland ranked ninth in job creation in 2024.", "true"),
        ("Norland ranked 9th among the 10 regions in job creation in 2024.", "true"),
        ("Norland was ninth of 10 in job creation in 2024.", "true"),
        ("2024年のノーランドの雇用創出の順位は10地域中9位だった。", "true"),
        # one place off: partly; further: fails
        ("Norland ranked eighth in job creation in 2024.", "mostly_true"),
        ("Norland ranked third in job creation in 2024.", "false"),
        ("2024年のノーランドの雇用創出の順位は3位だった。", "false"),
    ],
)
def test_an_ordinal_is_a_place(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # ninth of ten: one place from last
        ("Norland was dead last in job creation in 2024.", "mostly_true"),
        ("2024年、ノーランドの雇用創出の順位は最下位だった。", "mostly_true"),
        # first of ten in 2021: far from last
        ("Norland was dead last in job creation in 2021.", "false"),
    ],
)
def test_last_is_the_number_ranked(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Norland's job creation rank fell from first in 2021 to ninth in 2024.", "true"),
        ("Norland's job creation rank rose between 2021 and 2024.", "false"),
        ("ノーランドの雇用創出の順位は2021年から2024年にかけて下がった。", "true"),
    ],
)
def test_a_place_rises_when_its_number_falls(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]


def test_a_top_word_naming_a_place_metric_claims_first_place(pack: Pack) -> None:
    # the value is right (3.1 %) but Norland was fourth, not the highest: the ranking fails
    d = diagnose("Norland had the highest wage growth in the region in 2024, at 3.1%.", pack)
    assert d.rating == "false", [(c.result, c.reason) for c in d.checks]
    d = diagnose("Norland's wage growth was 3.1% in 2024.", pack)
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]
