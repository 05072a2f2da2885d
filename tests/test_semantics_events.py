"""Families of meaning on dated events (docs/verdict-rules.md §4.2), in Japanese and English, on a
small pack built here: each test asserts one rule's behaviour, not a whole pack's ratings.

- Attributes inside event titles: a number with its measure word in the claim ("a 300 mm wafer
  plant", "a 2 GW wind farm") must agree with the number with that word in the event's title.
- Dates of dated events: a wrong year is false or mostly false by how far and how precise it is,
  never mostly true."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: events-test
title: {ja: "出来事試験", en: "Events test"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["gov", "Government releases", "Ministry", "", "2023", "government", "en"],
    ["ir", "Company releases", "Kestrel", "", "2023", "company", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "Norlandic", ""],
    ["parl", "government", "ノーランド議会", "Norland Parliament", "Parliament;議会", "NL"],
    ["kestrel", "company", "ケストレル", "Kestrel Semiconductor", "Kestrel", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["e-fab", "2020-05-12", "", "kestrel", "operation_start", "ケストレルが200ミリウエハー工場を開設",
     "Kestrel opens a 200 mm wafer plant", "2 bn", "USD", "ir", "2", ""],
    ["e-wind", "2022-09-14", "", "parl", "approval", "議会が1.2GWの洋上風力発電所を承認",
     "Parliament approves a 1.2 GW offshore wind farm", "", "", "gov", "2", ""],
    ["e-act", "2020-03-27", "", "parl", "law", "議会が大気浄化法を可決",
     "Parliament passes the Clean Air Act", "", "", "gov", "3", ""],
    ["e-plan", "2023-02-01", "", "parl", "plan", "議会が2030年までに洋上風力5GWを目指すよう提言",
     "Parliament proposes a target of 5 GW of offshore wind by 2030", "5", "GW", "gov", "2", ""],
]
METRICS = [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"]]
OBSERVATIONS = [OBSERVATION_HEADER]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("events")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        ("Kestrel opened a 200 mm wafer plant in 2020.", "true"),
        ("Kestrel opened a 300 mm wafer plant in 2020.", "false"),
        ("ケストレルは2020年に200ミリウエハー工場を開設した。", "true"),
        ("ケストレルは2020年に300ミリウエハー工場を開設した。", "false"),
        ("Parliament approved a 1.2 GW offshore wind farm in 2022.", "true"),
        ("Parliament approved a 2 GW offshore wind farm in 2022.", "false"),
        ("議会は2022年に2GWの洋上風力発電所を承認した。", "false"),
    ],
)
def test_a_measure_stated_in_the_events_title_must_agree(pack: Pack, claim: str, rating: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == rating, [(c.result, c.reason) for c in d.checks]
    assert "e-fab" in d.checks[0].evidence or "e-wind" in d.checks[0].evidence


def test_an_attribute_the_title_does_not_state_is_not_checked(pack: Pack) -> None:
    # the investment amount is the event's amount; "3 lines" is nothing the titles state
    d = diagnose("Kestrel opened a wafer plant in 2020, a $2 billion investment.", pack)
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        ("Parliament passed the Clean Air Act in 2020.", "true"),
        ("Parliament passed the Clean Air Act in March 2020.", "true"),
        # a neighbouring month is close: partly
        ("Parliament passed the Clean Air Act in April 2020.", "mostly_true"),
        # a claimed year one year off: mostly false, never mostly true
        ("Parliament passed the Clean Air Act in 2019.", "mostly_false"),
        ("Parliament passed the Clean Air Act in 2021.", "mostly_false"),
        ("議会は2019年に大気浄化法を可決した。", "mostly_false"),
        # precise and in the wrong year, or further off: false
        ("Parliament passed the Clean Air Act on March 27, 2019.", "false"),
        ("Parliament passed the Clean Air Act in 2017.", "false"),
        ("議会は2017年に大気浄化法を可決した。", "false"),
    ],
)
def test_a_wrong_year_is_false_or_mostly_false_by_distance_and_precision(
    pack: Pack, claim: str, rating: str
) -> None:
    d = diagnose(claim, pack)
    assert d.rating == rating, [(c.result, c.reason) for c in d.checks]


def test_a_negated_year_off_mostly_holds(pack: Pack) -> None:
    d = diagnose("Parliament did not pass the Clean Air Act in 2019.", pack)
    assert d.rating in ("mostly_true", "true"), [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a proposal is a plan statement: the plan is what it speaks of
        ("Parliament proposed to reach 5 GW of offshore wind by 2030.", "true"),
        ("議会は2030年までに洋上風力を5GWにするよう提言した。", "true"),
        # the same number stated as done is a plan told as an achievement
        ("Norland reached 5 GW of offshore wind in 2023.", "false"),
    ],
)
def test_a_proposal_is_a_plan(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]
