"""Records and ranks said in other forms (docs/verdict-rules.md §4.8 "Records and ranks in other
words"): a negated comparison over every period is a record ("never … more … than in 2022"), over
the compared ones a first place ("no region … more … than East"); 一番 / いちばん are 最も; 史上最も /
これまでで最も are 過去最多; the names before に次いで are ranked ahead of the subject; a cleft's ranked
one the pack does not name is unknown; a window said alone ranks no series."""

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
from shingi.normalize.spellings import one_spelling
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: record-rank-forms
title: {ja: "記録と順位の言い方", en: "Record and rank forms"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["E", "other", "東部", "East", "", "NL"],
    ["W", "other", "西部", "West", "", "NL"],
    ["N", "other", "北部", "North", "", "NL"],
]
METRICS = [
    METRIC_HEADER,
    ["deaths", "交通事故死者数", "road deaths", "count", "", "false", "count", ""],
    ["visits", "来訪者数", "visitors", "count", "", "", "count", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["o1", "NL", "deaths", "2020", "1400", "count", "stat", ""],
    ["o2", "NL", "deaths", "2021", "1450", "count", "stat", ""],
    ["o3", "NL", "deaths", "2022", "1500", "count", "stat", ""],
    ["o4", "NL", "deaths", "2023", "1466", "count", "stat", ""],
    ["o5", "NL", "deaths", "2024", "1513", "count", "stat", ""],
    ["v1", "E", "visits", "2024", "300", "count", "stat", ""],
    ["v2", "W", "visits", "2024", "200", "count", "stat", ""],
    ["v3", "N", "visits", "2024", "100", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("record-rank-forms")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_never_more_than_a_period_is_a_record_of_every_period_to_the_claims_date(pack: Pack) -> None:
    assert diagnose("Norland has never counted more road deaths than the 1,513 it recorded in 2024.", pack,
                    as_of="2025-06-01").rating == "true"
    # 2022's 1,500 beat every earlier year, but 2024 beat it before the claim was made
    assert diagnose("Never have more road deaths been counted in Norland than in 2022.", pack,
                    as_of="2025-06-01").rating == "false"
    assert diagnose("Never before had Norland counted as many road deaths as in 2024.", pack,
                    as_of="2025-06-01").rating == "true"


def test_never_more_than_a_bare_figure_is_a_bound_not_a_record(pack: Pack) -> None:
    d = diagnose("Norland has never had more than 2,000 road deaths in a year.", pack, as_of="2025-06-01")
    assert all(c.kind != "superlative" for c in d.checks)


def test_none_more_than_one_of_the_compared_is_a_first_place(pack: Pack) -> None:
    assert diagnose("In 2024 no region of Norland had more visitors than East.", pack).rating == "true"
    assert diagnose("In 2024 no region of Norland had more visitors than West.", pack).rating == "false"
    assert diagnose("In 2024 no region of Norland had as many visitors as East.", pack).rating == "true"


def test_no_more_than_a_figure_ranks_nothing(pack: Pack) -> None:
    d = diagnose("In 2024 no region of Norland had more than 400 visitors.", pack)
    assert all(c.kind != "superlative" for c in d.checks)


def test_ichiban_is_mottomo() -> None:
    assert one_spelling("一番多かったのは東部") == "最も多かったのは東部"
    assert one_spelling("いちばん低い") == "最も低い"
    # an ordinal and nouns stay
    assert one_spelling("一番目の地域") == "一番目の地域"
    assert one_spelling("一番乗りした") == "一番乗りした"
    assert one_spelling("一番の原因") == "一番の原因"


def test_japanese_ranks_and_records_in_other_words(pack: Pack) -> None:
    assert diagnose("2024年、ノーランドの地域で来訪者数が一番多かったのは東部だった。", pack).rating == "true"
    west = "2024年、ノーランドの地域で来訪者数が一番多かったのは西部だった。"
    assert diagnose(west, pack).rating == "false"
    assert diagnose("ノーランドの交通事故死者数は2024年、これまでで最も多くなった。", pack).rating == "true"
    assert diagnose("ノーランドの交通事故死者数は2023年、史上最も多くなった。", pack).rating == "false"


def test_the_names_before_tsuide_are_ranked_ahead(pack: Pack) -> None:
    assert diagnose("2024年、東部、西部に次いで北部が3番目に来訪者数が多かった。", pack).rating == "true"
    assert diagnose("2024年、東部に次いで北部が2番目に来訪者数が多かった。", pack).rating == "false"


def test_a_cleft_whose_ranked_one_the_pack_does_not_name_is_unknown(pack: Pack) -> None:
    d = diagnose("東部の来訪者で最も多いのは若者だ。", pack)
    assert d.rating == "unverifiable"


def test_a_window_said_alone_ranks_no_series(pack: Pack) -> None:
    d = diagnose("ノーランドの交通事故死者数が東部を上回ったのは2023年。実に41年ぶりのことだった。", pack)
    assert all(c.result != "fails" for c in d.checks if c.kind == "superlative")


def test_more_than_in_any_year_before_is_still_a_record(pack: Pack) -> None:
    # a comparative with its record words is no window's comparison (the guard above is not this)
    d = diagnose("Norland counted 1,513 road deaths in 2024, more than in any year before.", pack,
                 as_of="2025-06-01")
    assert d.rating == "true"


def test_topped_all_and_came_last_are_places(pack: Pack) -> None:
    assert diagnose("In 2024 East topped all regions of Norland for visitors.", pack).rating == "true"
    assert diagnose("In 2024 West topped all regions of Norland for visitors.", pack).rating == "false"
    # a threshold topped is no place
    d = diagnose("In 2024 East's visitors topped 250.", pack)
    assert all(c.kind != "superlative" for c in d.checks)


def test_a_pronoun_after_a_comparison_word_is_the_previous_subject(pack: Pack) -> None:
    assert diagnose("In 2024 West had 200 visitors, and even East had more than it.", pack).rating == "true"
    assert diagnose("In 2024 East had 300 visitors, and even West had more than it.", pack).rating != "true"


def test_came_last_is_the_last_place_among_the_compared(pack: Pack) -> None:
    first = "In 2024 East topped all regions of Norland for visitors, "
    assert diagnose(first + "while North came last.", pack).rating == "true"
    assert diagnose(first + "while West came last.", pack).rating != "true"
    # "last year" is a period, no place
    d = diagnose("East came last year to 300 visitors.", pack)
    assert all(n.unit != "rank" for c in d.checks for n in c.numbers)
