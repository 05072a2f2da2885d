"""An amount per unit of another measure (docs/verdict-rules.md §2, §4.4), in Japanese and
English, on a small pack built here: each test asserts one rule's behaviour.

- 「税率1%あたり約2.7兆円」, "2.7 trillion yen per 1% of the rate": the number before あたり /
  当たり / につき, or after "per" / "for each", is what the other number is per (role `per`); the
  claim is the subject's measure in the amount's unit over its measure in the per number's unit,
  times that number, at the same period (17.185兆円 / 6.3 % × 1 % = 2.73兆円)."""

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
id: per-unit
title: {ja: "あたり", en: "Per unit"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["mof", "Tax revenue", "Ministry of Finance", "", "2017", "statistics", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["rev", "消費税収", "consumption tax revenue", "JPY", "税収;tax revenue", "", "amount", ""],
    ["rate", "消費税率", "consumption tax rate", "%", "税率;tax rate", "", "share", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["r1", "NL", "rev", "FY2016", "17兆1850億", "JPY", "mof", ""],
    ["t1", "NL", "rate", "FY2016", "6.3", "%", "mof", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("per-unit")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(("claim", "rating"), [
    ("2016年度の消費税収は税率1%あたり約2.7兆円にあたる", "true"),
    ("2016年度の消費税収は税率1%あたり約5兆円にあたる", "false"),
    ("In FY2016 the consumption tax revenue was about 2.7 trillion yen per 1% of the tax rate.", "true"),
    ("In FY2016 the consumption tax revenue was about 5 trillion yen per 1% of the tax rate.", "false"),
])
def test_an_amount_per_unit_of_another_measure(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating
