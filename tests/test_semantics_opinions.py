"""Opinions and conjectures are left out of the rating (docs/verdict-rules.md §2 kinds, §5), in
Japanese and English, on a small pack built here: each test asserts one rule's behaviour.

- A clause ending in the speaker's judgement or conjecture (「…というのはおかしい」, 「…株でやった
  おかげでしょうが」, "That's outrageous.", "I think …") with no number, date, change or comparison
  of its own is an **opinion**: shown, `unknown`, and left out of the rating — it neither drags a
  claim to unverifiable nor makes it true. Alone it leaves the claim unverifiable.
- A hedged clause that still says something checkable (a number, a change: 「…増えたでしょう」, a
  tag like 「33%が外国人じゃん」) is checked as usual."""

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
id: opinions
title: {ja: "意見", en: "Opinions"}
language: ja
subject: fund
"""
SOURCES = [
    SOURCE_HEADER,
    ["gpif", "Annual report", "Fund", "", "2021", "statistics", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["fund", "organization", "年金基金", "the pension fund", "年金;pensions", "NL"],
    ["foreign", "other", "外国人", "foreigners", "", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["assets", "運用資産額", "assets", "JPY", "積立金", "true", "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["a1", "fund", "assets", "2012", "100兆", "JPY", "gpif", ""],
    ["a2", "fund", "assets", "2021", "183兆", "JPY", "gpif", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("opinions")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(("claim", "fact"), [
    ("2012年から2021年までに年金の積立金は83兆円増えた。株でやったおかげでしょうが",
     "2012年から2021年までに年金の積立金は83兆円増えた"),
    ("2012年から2021年までに年金の積立金は83兆円増えた。外国人ばっかりというのはおかしい",
     "2012年から2021年までに年金の積立金は83兆円増えた"),
    ("The pension fund's assets grew by 83 trillion yen from 2012 to 2021. That's outrageous.",
     "The pension fund's assets grew by 83 trillion yen from 2012 to 2021."),
])
def test_an_opinion_is_left_out_of_the_rating(claim: str, fact: str, pack: Pack) -> None:
    d = diagnose(claim, pack)
    assert d.checks[-1].kind == "opinion" and d.checks[-1].result == "unknown"
    assert d.rating == diagnose(fact, pack).rating == "true"


def test_an_opinion_alone_is_unverifiable(pack: Pack) -> None:
    d = diagnose("外国人ばっかりというのはおかしい", pack)
    assert d.rating == "unverifiable" and [c.kind for c in d.checks] == ["opinion"]


def test_a_hedged_claim_that_says_something_is_checked(pack: Pack) -> None:
    d = diagnose("2012年から2021年までに年金の積立金は減ったでしょう", pack)
    assert d.checks[0].kind != "opinion" and d.rating == "false"
