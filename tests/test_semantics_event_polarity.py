"""An event whose title says the opposite (docs/verdict-rules.md §4.2), in Japanese and English,
on a small pack built here: each test asserts one rule's behaviour.

- The statement's predicate written negated in the matching event's title (「予算は削られなかった」
  for 「予算を削った」, 「出席には触れず」) or with a negating prefix (「非公開の会合」 for 「公開されて
  いる」; "unapproved", "did not approve") makes the event say the opposite: an affirmative
  statement fails, a negated one holds (two negatives agree)."""

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
id: event-polarity
title: {ja: "否定の出来事", en: "Negated events"}
language: ja
subject: obs
"""
SOURCES = [
    SOURCE_HEADER,
    ["gov", "Records", "Cabinet Office", "", "2017", "government", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["obs", "organization", "国立天文台", "National Observatory", "", "NL"],
    ["wg", "organization", "ワーキンググループ", "working group", "", "NL"],
    ["agency", "government", "医薬品庁", "Drug Agency", "", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["budget", "2010", "", "obs", "budget", "最終的に国立天文台の予算は削られなかった",
     "In the end the observatory's budget was not cut", "", "", "gov", "2", ""],
    ["meeting", "2015-06-05", "", "wg", "meeting", "ワーキンググループが非公開の会合を開いた",
     "The working group held a closed meeting", "", "", "gov", "2", ""],
    ["drug", "2020-03", "", "agency", "regulation", "医薬品庁が新薬を承認しなかった",
     "The Drug Agency did not approve the new drug", "", "", "gov", "2", ""],
]
METRICS = [METRIC_HEADER]
OBSERVATIONS = [OBSERVATION_HEADER]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("event-polarity")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(("claim", "rating"), [
    ("国立天文台の予算を削った", "false"),
    ("最終的に国立天文台の予算は削られなかった", "true"),
    ("ワーキンググループの会合は公開されています", "false"),
    ("2020年3月、医薬品庁が新薬を承認した", "false"),
    ("2020年3月、医薬品庁は新薬を承認しなかった", "true"),
    ("In March 2020 the Drug Agency approved the new drug.", "false"),
    ("In March 2020 the Drug Agency did not approve the new drug.", "true"),
])
def test_a_negated_title_says_the_opposite(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating
