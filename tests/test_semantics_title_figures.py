"""Figures an event's title states (docs/verdict-rules.md §4.2), in Japanese and English, on a
small pack built here: each test asserts one rule's behaviour.

- An event with no `amount` whose title states several figures of one unit (「1割から2割に引き
  上げ（3割のまま）」) states each of them: a claimed figure agrees with one of them, and a claimed
  `from` / `to` is read against the title's own `from` / `to` ("raised from 10% to 20%": "raised
  to 10%" is wrong)."""

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
id: title-figures
title: {ja: "題の数値", en: "Figures in titles"}
language: ja
subject: elderly
"""
SOURCES = [
    SOURCE_HEADER,
    ["mhlw", "Notice", "Ministry", "", "2022", "government", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["elderly", "other", "後期高齢者", "the elderly", "高齢者", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["raise", "2022-10-01", "", "elderly", "regulation",
     "後期高齢者の医療費窓口負担を1割から2割に引き上げ（現役並み所得の人は3割のまま）",
     "Co-payment for the elderly raised from 10% to 20% (high earners stay at 30%)", "", "", "mhlw", "3", ""],
]
METRICS = [METRIC_HEADER]
OBSERVATIONS = [OBSERVATION_HEADER]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("title-figures")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(("claim", "rating"), [
    ("2022年10月、後期高齢者の医療費窓口負担が1割から2割に引き上げられた", "true"),
    # the raise happened that month, from and to other levels: right event and date, wrong figures
    ("2022年10月、後期高齢者の医療費窓口負担が2割から3割に引き上げられた", "mostly_false"),
    ("In October 2022 the co-payment for the elderly was raised from 10% to 20%.", "true"),
    ("In October 2022 the co-payment for the elderly was raised from 20% to 30%.", "mostly_false"),
])
def test_each_figure_of_the_title_is_stated(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating
