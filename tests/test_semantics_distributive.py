"""A predicate said of each of two or more things (docs/verdict-rules.md §2, distributive words),
in Japanese and English, on a small pack built here: 「AとBはいずれも」, 「AもBも」, "both A and B"
check every conjunct, so one that fails is a failing part of the claim, not hidden behind the first.
(Blind round 7: jp-food-ssr ca-us-200 and both-record-low, jp-traffic-deaths both_fell2024.)"""

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
id: distributive
title: {ja: "並列の主語", en: "Each of several"}
language: ja
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["SL", "country", "サウスランド", "Southland", "", ""],
    ["EL", "country", "イーストランド", "Eastland", "", ""],
]
METRICS = [
    METRIC_HEADER,
    ["wheat", "小麦自給率", "wheat self-sufficiency", "%", "小麦;wheat", "true", "share", ""],
    ["rice", "コメ自給率", "rice self-sufficiency", "%", "コメ;rice", "true", "share", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["nw1", "NL", "wheat", "2023", "40", "%", "stat", ""],
    ["nw2", "NL", "wheat", "2024", "35", "%", "stat", ""],
    ["nr1", "NL", "rice", "2023", "90", "%", "stat", ""],
    ["nr2", "NL", "rice", "2024", "95", "%", "stat", ""],
    ["sw2", "SL", "wheat", "2024", "250", "%", "stat", ""],
    ["ew2", "EL", "wheat", "2024", "120", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("distributive")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_each_entity_is_checked(pack: Pack) -> None:
    d = diagnose("サウスランドとイーストランドの小麦自給率はいずれも200%を超えている", pack)
    assert [(c.result, c.evidence) for c in d.checks] == [("holds", ["sw2"]), ("fails", ["ew2"])]
    assert d.rating == "half_true"
    both = "サウスランドとイーストランドの小麦自給率はいずれも100%を超えている"
    assert diagnose(both, pack).rating == "true"


def test_each_entity_in_english(pack: Pack) -> None:
    d = diagnose("Both Southland and Eastland have wheat self-sufficiency above 200% in 2024.", pack)
    assert sorted(c.result for c in d.checks) == ["fails", "holds"]


def test_each_measure_with_mo(pack: Pack) -> None:
    d = diagnose("2024年はノーランドの小麦もコメも前年より上昇した", pack)
    assert [(c.result, sorted(c.evidence)) for c in d.checks] == [
        ("fails", ["nw1", "nw2"]), ("holds", ["nr1", "nr2"])]
    assert d.rating == "half_true"


def test_no_distributive_word_keeps_one_statement(pack: Pack) -> None:
    # a comparison of two entities sets them against each other: never split
    d = diagnose("サウスランドの小麦自給率はイーストランドより高い", pack)
    assert len(d.checks) == 1 and d.checks[0].result == "holds"


def test_each_after_the_list_or_closing_the_clause_checks_every_one(pack: Pack) -> None:
    # "each" floated before any verb (had, not only -ed/-s), "… each" at the end, 「それぞれ」: every
    # one is checked, so Eastland (120 %) or Norland (35 %) failing is not hidden behind Southland
    for said in ("In 2024 Southland, Eastland and Norland had wheat self-sufficiency above 100% each.",
                 "In 2024 Southland and Eastland each had wheat self-sufficiency above 200%.",
                 "2024年、サウスランドとイーストランドの小麦自給率はそれぞれ200%を超えた。"):
        d = diagnose(said, pack)
        assert "fails" in [c.result for c in d.checks] and d.rating == "half_true", said
    said = "In 2024 Southland and Eastland each had wheat self-sufficiency above 100%."
    assert diagnose(said, pack).rating == "true"


def test_each_with_one_member_unknown_is_unknown(pack: Pack) -> None:
    # Southland has no rice figure: Norland's 95 % alone does not make "each" true
    for said in ("In 2024 Norland and Southland each had rice self-sufficiency above 50%.",
                 "2024年、ノーランドとサウスランドのコメ自給率はそれぞれ50%を超えた。"):
        assert diagnose(said, pack).rating == "unverifiable", said


def test_respectively_and_each_year_are_not_each_of_the_list(pack: Pack) -> None:
    # 「それぞれ250%と120%」 is "respectively": one figure of each, in order, not one figure said of
    # both (two groups in one sentence: each owner checked on its own figure)
    d = diagnose("2024年、サウスランドとイーストランドの小麦自給率はそれぞれ250%と120%だった。", pack)
    assert [(c.result, c.evidence) for c in d.checks] == [("holds", ["sw2"]), ("holds", ["ew2"])]
    assert [n.claimed for c in d.checks for n in c.numbers] == [250, 120]
    d = diagnose("In 2024 Southland had wheat self-sufficiency above 200%, above Eastland's each year.", pack)
    assert "fails" not in [c.result for c in d.checks]
