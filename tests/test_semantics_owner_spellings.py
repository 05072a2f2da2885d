"""Whose measure a statement names when its owner is spelled otherwise (docs/verdict-rules.md §2,
what a statement names), on a small pack about Norland:

- a measure only the world has (a world price) is the world's when the claim names no one, not the
  pack subject's because the subject has another measure the words also name (blind round 11b
  id-nickel lme-drop-2024-ja);
- a group named in the plural is found in the singular and hyphenated, as a modifier is written
  ("the truck-driver job-openings ratio" of "truck drivers"; round 11 jp-trucking shortage-easing);
- an event found with nothing checked, no act the verb describes and no word in common but a name
  does not show the statement (shortage-easing's "so the driver shortage is on its way to being
  solved" against an overtime cap for truck drivers)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["WORLD", "other", "世界", "World", "世界全体;global", ""],
    ["drivers", "other", "運転の職業", "Drivers (occupation)", "truck drivers;トラック運転手", "NL"],
]
METRICS = [
    ["ore_price", "鉱石価格(年平均)", "ore price (annual average)", "USD/t", "鉱石価格;ore prices", "",
     "amount", ""],
    ["ore_output", "鉱石生産量", "ore output", "t", "鉱石生産", "true", "amount", ""],
    ["job_ratio", "有効求人倍率", "job-openings ratio", "x", "求人倍率;job-openings-to-applicants ratio", "",
     "ratio", ""],
]
OBSERVATIONS = [
    ["p23", "WORLD", "ore_price", "2023", "21000", "USD/t", "stat", ""],
    ["p24", "WORLD", "ore_price", "2024", "16500", "USD/t", "stat", ""],
    ["q23", "NL", "ore_output", "2023", "1.8", "t", "stat", ""],
    ["q24", "NL", "ore_output", "2024", "2.2", "t", "stat", ""],
    ["j24", "drivers", "job_ratio", "2024", "2.6", "x", "stat", ""],
]


EVENTS = [
    ["e-cap", "2024-04-01", "", "drivers", "regulation", "トラック運転手の残業上限が適用開始",
     "Overtime cap for truck drivers takes effect", "960", "hours", "stat", "3", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "owner-spellings", METRICS, OBSERVATIONS, entities=ENTITIES,
                      events=EVENTS, language="ja")


def test_a_world_measure_is_the_worlds_when_no_one_is_named(pack: Pack) -> None:
    d = diagnose("2024年の鉱石平均価格は、前年より2割以上下がった。", pack)
    assert d.rating == "true"
    assert sorted(d.checks[0].evidence) == ["p23", "p24"]
    assert diagnose("2024年の鉱石平均価格は、前年より5割以上下がった。", pack).rating != "true"
    assert diagnose("Ore prices fell more than 20% in 2024.", pack).rating == "true"


def test_a_group_named_as_a_modifier(pack: Pack) -> None:
    d = diagnose("The truck-driver job-openings ratio was about 2.6 in 2024.", pack, lang="en")
    assert d.rating == "true"
    assert "Drivers (occupation)" in d.checks[0].reason
    assert diagnose("The truck driver job-openings ratio was 3.5 in 2024.", pack).rating == "false"


def test_an_event_that_shares_only_a_name_shows_nothing(pack: Pack) -> None:
    # "…, so the driver shortage is on its way to being solved" against the overtime cap for truck
    # drivers: nothing checked, no act the verb describes, no word in common but the drivers' name
    d = diagnose(
        "The truck-driver job-openings ratio was about 2.6 in 2024, so the driver shortage is on its way "
        "to being solved.",
        pack,
        lang="en",
    )
    last = d.checks[-1]
    assert last.result == "unknown"
    assert "shares only names" in last.reason
