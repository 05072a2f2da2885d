"""Claims the pack can decide that came out unverifiable (docs/unverifiable-causes.md, "Contract-only
rounds 10-14 … the fifteenth session"). Each test asserts one rule on a small pack built here, in
both languages where the rule is read from words.

- A price said per one unit the pack counts it in ("$5.12 a dozen", 「1ダース5.12ドル」, the pack's
  own rate unit ``USD/dozen``) is a rate, not an amount (docs/verdict-rules.md §4.14).
- A capitalised word of the measure's own definition ("a dozen Grade A eggs" of a price defined as
  "Grade A large eggs, per dozen") names no owner the pack lacks (§2).
- A record said to stand still ("is still the record", 「今も過去最高」) fails when a later value
  beat it by the claim's date (§4.6).
- An event whose title says the statement's predicate by a synonym (始まった / 開始, began /
  launched) shares those words: a statement naming no actor finds it (§4.2).
- A short verb's doubled consonant before -ing / -ed is undoubled in English stems (cutting: cut).
- Two reports of one fact disagree on its date by at most three years: the same act ten years apart is
  another event, not another source of this one (§4.2).
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
id: unverif
title: {ja: "連結", en: "Linking"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Statistics", "Office", "", "2025", "statistics", "en"],
    ["old", "Gazette 2014", "Ministry", "", "2014", "government", "ja"],
    ["new", "Gazette 2024", "Ministry", "", "2024", "government", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["min", "organization", "財務省", "finance ministry", "", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["e-old", "2014-01", "", "min", "policy", "積立口座制度を開始", "Savings account scheme launched", "", "",
     "old", "2", ""],
    ["e-new", "2024-01-01", "", "min", "policy", "新しい積立口座制度を開始",
     "New savings account scheme launched", "", "", "new", "3", ""],
]
METRICS = [
    METRIC_HEADER,
    ["pencil", "鉛筆の価格", "pencil price", "USD/dozen", "鉛筆の価格;pencil price;pencils", "false",
     "amount", "Average shop price, Grade A pencils, per dozen"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["p-22", "NL", "pencil", "2022", "3.10", "USD/dozen", "st", ""],
    ["p-23", "NL", "pencil", "2023", "4.82", "USD/dozen", "st", ""],
    ["p-24", "NL", "pencil", "2024", "4.20", "USD/dozen", "st", ""],
    ["p-25", "NL", "pencil", "2025", "5.12", "USD/dozen", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("unverif")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_price_per_the_packs_own_unit_is_a_rate(pack: Pack) -> None:
    for said in ("In 2025 the pencil price in Norland was $5.12 a dozen.",
                 "2025年、ノーランドの鉛筆の価格は1ダース5.12ドルだった"):
        d = diagnose(said, pack)
        assert d.rating == "true", said
        assert d.checks[0].evidence == ["p-25"], said
    assert diagnose("2025年、ノーランドの鉛筆の価格は1ダース7.50ドルだった", pack).rating == "false"


def test_a_capitalised_word_of_the_measures_definition_names_no_other_owner(pack: Pack) -> None:
    # "Grade A" is in the pack's definition of the measure: no name the pack lacks, the owner stays
    d = diagnose("In 2025 the average price of a dozen Grade A pencils in Norland was $5.12.", pack)
    assert d.rating == "true"
    assert d.checks[0].evidence == ["p-25"]
    said = "The average price of a dozen Grade A pencils hit a record $5.12 in 2025."
    assert diagnose(said, pack).rating == "true"


def test_a_record_said_to_stand_still_fails_when_beaten_later(pack: Pack) -> None:
    for said in ("The record pencil price in Norland is still the $4.82 a dozen set in 2023.",
                 "ノーランドの鉛筆の価格の過去最高は今も2023年の1ダース4.82ドルだ"):
        d = diagnose(said, pack, as_of="2025-12-31")
        assert d.rating == "false", said
        assert "p-25" in d.checks[0].evidence, said
    # said before the later value, it still stood
    d = diagnose("The record pencil price in Norland is still the $4.82 a dozen set in 2023.", pack,
                 as_of="2024-12-31")
    assert d.rating == "true"


def test_an_event_named_by_a_synonym_of_its_predicate_is_found(pack: Pack) -> None:
    d = diagnose("新しい積立口座制度は2024年1月に始まった", pack)
    assert d.rating == "true"
    assert d.checks[0].evidence == ["e-new"]
    # a year off: the 2014 scheme is another act, no second report that would make it partly hold
    assert diagnose("新しい積立口座制度は2023年1月に始まった", pack).rating in ("mostly_false", "false")


def test_the_same_act_years_apart_is_another_event(pack: Pack) -> None:
    d = diagnose("The new savings account scheme was launched in January 2024.", pack)
    assert d.rating == "true"
    assert d.checks[0].evidence == ["e-new"]
    assert not d.conflicts


def test_two_events_apart_only_by_a_qualifier_are_told_apart_by_it_not_by_the_year(pack: Pack) -> None:
    # "new" / 新しい before the shared name names the newer scheme: the old one's year does not
    # make a claim about the new scheme true, nor the new one's year a claim about the old
    for said in ("The new savings account scheme was launched in January 2014.",
                 "新しい積立口座制度は2014年1月に始まった",
                 "The savings account scheme was launched in January 2024.",
                 "積立口座制度は2024年1月に始まった"):
        assert diagnose(said, pack).rating not in ("true", "mostly_true"), said
    d = diagnose("The savings account scheme was launched in January 2014.", pack)
    assert d.rating == "true"
    assert d.checks[0].evidence == ["e-old"]


def test_a_doubled_consonant_before_ing_or_ed_is_the_verbs() -> None:
    from shingi.pipeline.lexicon import stem_en

    for verb, form in (("cut", "cutting"), ("stop", "stopped"), ("plan", "planned"), ("drop", "dropping")):
        assert stem_en(form) == stem_en(verb), form
    # doubles that are the word's own stay
    for verb, form in (("fall", "falling"), ("pass", "passed"), ("add", "added")):
        assert stem_en(form) == stem_en(verb), form


EXCLUDING_METRICS = [
    METRIC_HEADER,
    ["egg", "卵価格", "egg price", "USD", "", "false", "amount",
     "Average price of eggs in U.S. cities, excluding Alaska and Hawaii"],
]
EXCLUDING_OBSERVATIONS = [OBSERVATION_HEADER, ["o1", "NL", "egg", "2023-01", "4.82", "USD", "st", ""]]


@pytest.fixture(scope="module")
def excluding(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("unverif-excl")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER],
                                     EXCLUDING_METRICS, EXCLUDING_OBSERVATIONS))


def test_a_place_the_definition_excludes_or_an_unknown_owners_possessive_names_another_owner(
    excluding: Pack,
) -> None:
    # the definition leaves Alaska and Hawaii out: they are no words of the measure but places whose
    # prices the pack lacks; "Vermont's" is whose the prices are, as "in Vermont" is
    for said in ("Egg prices in Alaska averaged $4.82 in January 2023.",
                 "Egg prices in Hawaii averaged $4.82 in January 2023.",
                 "Alaska's egg prices averaged $4.82 in January 2023.",
                 "Vermont's egg prices averaged $4.82 in January 2023.",
                 "Vermont’s egg prices averaged $4.82 in January 2023.",
                 "Egg prices in Vermont averaged $4.82 in January 2023."):
        assert diagnose(said, excluding, as_of="2023-03-01").rating not in ("true", "mostly_true"), said
    for said in ("Norland's egg prices averaged $4.82 in January 2023.",
                 "Egg prices averaged $4.82 in January 2023."):
        assert diagnose(said, excluding, as_of="2023-03-01").rating == "true", said
