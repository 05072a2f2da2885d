"""The size of a change is not a level (docs/verdict-rules.md), in English and Japanese, on a small
pack built here: each test asserts one rule's behaviour.

- "gained 55,400 jobs", "added", "created", "lost", "grew by", "fell by", "20,000 more",
  「106万人増えた」「27万人減り」: the number is a difference, checked against the difference of
  the measure's values over the claim's window ("between February and September", "since 2020"),
  never against one level; with no window in the pack it is not settled.
- 「6376万人に増えた」, "rose to 3.6 million": the number is where the change ended (a level).
- A measure whose values are changes ("change in payroll jobs since 2020", 増加数) is compared
  directly, at the window's end; "fell by 23,200" matches a change of -23,200.
- "between February and September 2010" is one range, not two clauses."""

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
id: change-amounts
title: {ja: "変化幅の試験", en: "Change amounts"}
language: en
"""
SOURCES = [
    SOURCE_HEADER,
    ["stat", "Labour statistics", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["jobs", "就業者数", "payroll jobs", "count", "jobs;雇用者", "true", "count", ""],
    ["regular", "正規雇用者数", "regular employees", "count", "正規雇用", "true", "count", ""],
    ["public_change", "公務雇用の増減", "change in public-sector jobs since 2020", "count",
     "public-sector jobs;government jobs", "true", "count", "public-sector jobs at the period minus 2020"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["j1", "NL", "jobs", "2010-02", "3,581,800", "count", "stat", ""],
    ["j2", "NL", "jobs", "2010-09", "3,637,200", "count", "stat", ""],
    ["r1", "NL", "regular", "2012", "3,340万", "count", "stat", ""],
    ["r2", "NL", "regular", "2015", "3,313万", "count", "stat", ""],
    ["p1", "NL", "public_change", "2024-02", "-23,200", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("change-amounts")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def rating(claim: str, pack: Pack) -> str:
    return diagnose(claim, pack).rating


@pytest.mark.parametrize("claim", [
    "Norland gained 55,400 payroll jobs between February and September 2010.",
    "Norland added about 55,000 payroll jobs between February 2010 and September 2010.",
])
def test_a_gain_is_the_difference_over_the_window(claim: str, pack: Pack) -> None:
    assert rating(claim, pack) == "true"


@pytest.mark.parametrize("claim", [
    "Norland gained 120,000 payroll jobs between February and September 2010.",
    "Norland lost 55,400 payroll jobs between February and September 2010.",
])
def test_a_wrong_size_or_direction_of_the_change_fails(claim: str, pack: Pack) -> None:
    assert rating(claim, pack) in ("false", "mostly_false")


def test_japanese_change_amounts_carry_their_direction(pack: Pack) -> None:
    assert rating("2012年から2015年にかけてノーランドの正規雇用は27万人減った", pack) == "true"
    assert rating("2012年から2015年にかけてノーランドの正規雇用は27万人増えた", pack) == "false"


def test_a_change_amount_is_never_compared_with_one_level(pack: Pack) -> None:
    # no window and one value: nothing settles the size of the change (before the rule: "fails",
    # 55,400 against the 3.6 million level)
    d = diagnose("Norland gained 55,400 payroll jobs.", pack)
    assert d.rating != "false" and all(c.result != "fails" for c in d.checks)


def test_a_level_after_に_is_where_the_change_ended(pack: Pack) -> None:
    assert rating("2012年から2015年にかけてノーランドの正規雇用は3313万人に減った", pack) == "true"


def test_a_measure_of_change_compares_directly_with_the_sign_of_the_words(pack: Pack) -> None:
    assert rating("Norland's government jobs fell by 23,200 between 2020 and February 2024.", pack) == "true"
    assert rating("Since 2020 Norland's public-sector jobs fell by 23,200.", pack) == "true"
    wrong = "Since 2020 Norland's public-sector jobs fell by 50,000."
    assert rating(wrong, pack) in ("false", "mostly_false")
