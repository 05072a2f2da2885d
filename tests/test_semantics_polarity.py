"""Polarity: readings that turned a true claim false or a false one true (docs/verdict-rules.md
§2, §4.4), on a small pack built here: each test asserts one rule.

- Several figures of one unit, each with its own scope ("7th in the region and 106th in the
  world", 「地域で7位、世界で106位」): each goes to the measure its scope words name, as a check of
  its own; a place coordinated with a place ("and 106th", "and number four") is a place too.
- A length of time is a value when the pack measures something in that unit of time ("for 32
  consecutive months" against a run in months, 「待機期間は3か月」), dated by its window's end.
- A projection (a figure of a period still to come) is known once a source of it is published;
  in an event's check, a figure that is a named measure's value at the claimed period is that
  measure's (「2100年に約6300万人に半減すると推計される人口を8000万人で食い止める提言」).
- An age class (「4歳・5歳児」, "4- and 5-year-olds") names who is counted: no value.
- "One officer for every 422 citizens" is a rate, 422 of a rate measure (persons/officer), not
  the count 1 of officers.
"""

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
id: polarity
title: {ja: "極性", en: "Polarity"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Statistics", "Office", "", "2025", "statistics", "en"],
    ["vision", "Population vision 2100", "Council", "", "2024-01", "report", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["council", "organization", "人口会議", "Population Council", "", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["plan80", "2024-01-09", "", "council", "plan", "人口会議が2100年に人口8000万人で安定させるよう提言",
     "Population Council proposes to stabilise the population at 80 million by 2100", "8000万", "count",
     "vision", "3", ""],
]
METRICS = [
    METRIC_HEADER,
    ["idx_world", "港湾効率指数の世界順位", "Port Efficiency Index rank, world", "rank", "", "", "rank", ""],
    ["idx_north", "港湾効率指数の北方諸国内の順位", "Port Efficiency Index rank among Northern countries",
     "rank", "", "", "rank", ""],
    ["run", "物価上昇率が一桁の連続月数", "consecutive months of single-digit inflation", "months",
     "", "true", "count", ""],
    ["wait", "入港待ちの平均期間", "average wait to enter port", "か月", "", "false", "amount", ""],
    ["pop", "総人口（推計）", "population (projection)", "count", "人口", "", "count", ""],
    ["free_care", "4歳・5歳児の保育を無償化している市の数", "cities with free care for 4- and 5-year-olds",
     "count", "", "true", "count", ""],
    ["officers", "警察官数", "police officers", "count", "", "true", "count", ""],
    ["per_officer", "警察官1人あたりの市民", "citizens per police officer", "persons/officer", "", "false",
     "ratio", ""],
    ["idx_coast", "港湾効率指数の北方沿岸諸国内の順位",
     "Port Efficiency Index rank among North Coast countries", "rank", "", "", "rank", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["w22", "NL", "idx_world", "2022", "106", "rank", "st", ""],
    ["n22", "NL", "idx_north", "2022", "7", "rank", "st", ""],
    ["c22", "NL", "idx_coast", "2022", "1", "rank", "st", ""],
    ["r13", "NL", "run", "2013-01", "32", "months", "st", ""],
    ["pop2100", "NL", "pop", "2100", "約6300万", "count", "vision", ""],
    ["fc17", "NL", "free_care", "2017-10", "2", "count", "st", ""],
    ["po17", "NL", "officers", "2017-03", "104648", "count", "st", ""],
    ["pp17", "NL", "per_officer", "2017-03", "422", "persons/officer", "st", ""],
    ["wt22", "NL", "wait", "2022", "3", "か月", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("polarity")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_each_figure_goes_to_the_measure_its_scope_names(pack: Pack) -> None:
    said = "On the 2022 Port Efficiency Index, Norland ranked {} in the North and {} in the world."
    both = diagnose(said.format("7th", "106th"), pack)
    assert [c.result for c in both.checks] == ["holds", "holds"]
    assert both.rating == "true"
    swapped = diagnose(said.format("106th", "7th"), pack)
    assert [c.result for c in swapped.checks] == ["fails", "fails"]
    assert diagnose(said.format("7th", "50th"), pack).rating == "half_true"
    ja = "2022年の港湾効率指数で、ノーランドは北方諸国で7位、世界で106位だった"
    assert diagnose(ja, pack).rating == "true"


def test_a_place_coordinated_with_a_place(pack: Pack) -> None:
    d = diagnose(
        "In 2022 Norland was ranked number one among North Coast countries and number four among "
        "Northern countries on the Port Efficiency Index.",
        pack,
    )
    assert sorted(c.result for c in d.checks) == ["fails", "holds"]


def test_a_length_of_time_the_pack_measures_is_a_value(pack: Pack) -> None:
    said = "Norland's inflation stayed in single digits for {} consecutive months, from June 2010 to Jan 2013"
    assert diagnose(said.format(32), pack).rating == "true"
    assert diagnose(said.format(40), pack).rating == "false"
    assert diagnose("2022年、ノーランドの入港待ちの平均期間は3か月だった", pack).rating == "true"
    assert diagnose("2022年、ノーランドの入港待ちの平均期間は6か月だった", pack).rating == "false"


def test_one_for_every_n_is_a_rate(pack: Pack) -> None:
    said = "In March 2017 Norland had roughly one police officer for every {} citizens."
    assert diagnose(said.format(422), pack).rating == "true"
    assert diagnose(said.format(300), pack).rating == "mostly_false"
    assert diagnose("In March 2017 Norland had 1 police officer for 422 citizens.", pack).rating == "true"


def test_a_published_projection_and_a_figure_of_a_named_measure(pack: Pack) -> None:
    projected = "2100年のノーランドの人口は約6300万人と推計されている"
    assert diagnose(projected, pack, as_of="2025-04").rating == "true"
    said = "人口会議は、2100年に約{}万人に減ると推計される人口を8000万人で食い止めるよう提言した"
    assert diagnose(said.format(6300), pack, as_of="2025-04").rating == "true"
    assert diagnose(said.format(4000), pack, as_of="2025-04").rating == "false"


def test_an_age_class_is_no_value(pack: Pack) -> None:
    said = "2017年10月時点で、ノーランドで4歳・5歳児の保育を無償化している市は{}"
    assert diagnose(said.format("2市だった"), pack).rating == "true"
    assert diagnose(said.format("3市だった"), pack).rating == "false"
    assert diagnose(said.format("北市と南市だけだった"), pack).rating != "false"
    en = "In October 2017, {} cities in Norland offered free care for 4- and 5-year-olds."
    assert diagnose(en.format(2), pack).rating == "true"
