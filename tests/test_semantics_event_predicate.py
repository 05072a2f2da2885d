"""What an event statement says is its predicate, and a word of the pack's measures is no name
the pack lacks (docs/verdict-rules.md §4.2, "An event that shares only a name"):
「ノーランド国民の大多数は基金の倫理基準の緩和に反対している」 says an opposition, not an easing, so a
policy event that shares only the country's name does not show it (blind round 12b no-oil-fund
ja-public-opinion, a true on an unverifiable claim); クマ in 「クマ対策」, tagged a proper noun by
the tokenizer, is a word of 「クマの出没件数」 and does not keep the event from matching (blind
round 12c jp-bear-incidents sdf-start)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["sightings", "クマの出没件数", "bear sightings", "count", "出没件数;sightings", "false", "count", ""],
]
OBSERVATIONS = [
    ["s24", "NL", "sightings", "2024", "20000", "count", "stat", ""],
]
ENTITIES = [
    ["army", "organization", "陸上自衛隊", "Ground Self-Defense Force", "自衛隊;GSDF", "NL"],
    ["north", "other", "北県", "North Prefecture", "北県;North Prefecture", "NL"],
]
EVENTS = [
    ["e-army", "2025-11-05", "", "army;north", "deployment",
     "北県と陸上自衛隊が協定 箱わなの運搬など後方支援を開始",
     "North Prefecture and the GSDF agree; troops begin carrying box traps (logistic support)",
     "", "", "stat", "3", ""],
    ["e-rule", "2001-03", "", "NL", "policy", "財政ルール(想定実質収益率4%)を導入",
     "Fiscal rule introduced with a 4% expected real return", "4", "%", "stat", "3", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "event-predicate", METRICS, OBSERVATIONS, entities=ENTITIES,
                      events=EVENTS, language="ja")


def test_an_opposition_is_not_the_act_it_opposes(pack: Pack) -> None:
    opinion = "ノーランド国民の大多数は基金の倫理基準の緩和に反対している。"
    assert diagnose(opinion, pack).rating == "unverifiable"
    assert diagnose("Most Norlanders oppose easing the fund's rules.", pack).rating == "unverifiable"
    # the act itself, said as the predicate, still finds the event
    assert diagnose("ノーランドは2001年に財政ルールを導入した。", pack).rating == "true"


def test_a_word_of_the_measures_is_no_unknown_name(pack: Pack) -> None:
    assert diagnose("陸上自衛隊は2025年11月5日、北県で箱わなの運搬などクマ対策の支援活動を始めた。",
                    pack).rating == "true"
    assert diagnose("The GSDF began carrying box traps in North Prefecture on 5 November 2025.",
                    pack).rating == "true"
