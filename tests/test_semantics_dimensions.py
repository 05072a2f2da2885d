"""Dimensions (docs/verdict-rules.md §4.14): a claimed figure settles a check only against
evidence of a compatible dimension; across dimensions the check is unknown (never true or false),
and a measure of the right dimension, when the pack has one, is the one compared. Each test
asserts one case of the rule on a small pack built here, in both languages.

- A count (「4万7317世帯」, "47,317 households") is no share, and a share no count.
- A bare number with a counter of its own (「5キロ」) is no amount of money; a count is no amount.
- A multiple ("three times", 「3倍」) is no level of a percentage.
- A part of a whole ("about a quarter of …") is no rate of growth.
- An amount said per a unit ("170 yen a litre", 「1リットルあたり170円」) is a rate (JPY/l), the
  dimension of a price per litre, when the pack keeps one.
- A unit spelled out ("7.5 gigawatts") is that unit, not a count of it; the start of a change
  ("up from 5.3 GW") is no record value.
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
id: dims
title: {ja: "次元", en: "Dimensions"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Statistics", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["port", "other", "ポート市", "Port City", "", "NL"],
    ["cb", "organization", "中央銀行", "central bank", "", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["cut", "2025-12-10", "", "cb", "policy", "中央銀行が0.25ポイントの利下げ、政策金利3.5%に（3会合連続）",
     "Central bank cuts rates by a quarter point to 3.5%, its third straight cut", "0.25", "pp", "st", "2",
     ""],
]
METRICS = [
    METRIC_HEADER,
    ["fshare", "外国籍世帯の割合", "share of foreign households", "%", "外国籍世帯;foreign households", "",
     "share", ""],
    ["fcount", "外国籍世帯数", "number of foreign households", "世帯", "foreign households", "",
     "count", ""],
    ["rice", "米の価格", "rice price", "JPY", "米の価格;米価;rice price", "", "amount", ""],
    ["visitors", "訪問者数", "visitors", "count", "訪問者;visitors", "", "count", ""],
    ["spend", "訪問者の消費額", "visitor spending", "JPY", "消費額;visitor spending", "", "amount", ""],
    ["cap", "再エネ導入量", "renewable capacity added", "GW", "導入量;capacity added;renewable capacity",
     "true", "amount", ""],
    ["fuel", "ガソリン価格", "petrol price", "JPY/l", "ガソリン価格;petrol price;petrol", "false", "amount",
     ""],
    ["emp", "雇用の伸び率", "employment growth", "%", "employment grew;new employment", "true", "growth", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["s-nl", "NL", "fshare", "2023", "2.87", "%", "st", ""],
    ["c-nl", "NL", "fcount", "2023", "47317", "世帯", "st", ""],
    ["s-port", "port", "fshare", "2023", "3.1", "%", "st", ""],
    ["r-nl", "NL", "rice", "2025", "4000", "JPY", "st", ""],
    ["r-nl-24", "NL", "rice", "2024", "3000", "JPY", "st", ""],
    ["sp-port", "port", "spend", "2024", "3000億", "JPY", "st", ""],
    ["e-nl", "NL", "emp", "2024", "7.1", "%", "st", ""],
    ["f-nl", "NL", "fuel", "2024", "170", "JPY/l", "st", ""],
    ["cap-22", "NL", "cap", "2022", "4.1", "GW", "st", ""],
    ["cap-23", "NL", "cap", "2023", "5.3", "GW", "st", ""],
    ["cap-24", "NL", "cap", "2024", "7.5", "GW", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("dims")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_count_is_compared_with_the_count_not_the_share(pack: Pack) -> None:
    d = diagnose("2023年、ノーランドの外国籍世帯は4万7317世帯だった", pack)
    assert d.checks[0].evidence == ["c-nl"]
    assert d.rating == "true"
    assert diagnose("2023年、ノーランドの外国籍世帯は9万世帯だった", pack).rating == "false"
    # the share is still the share's
    d2 = diagnose("2023年、ノーランドの外国籍世帯の割合は2.87%だった", pack)
    assert d2.checks[0].evidence == ["s-nl"]
    assert d2.rating == "true"
    d3 = diagnose("In 2023 foreign households in Norland were 2.87%.", pack)
    assert d3.checks[0].evidence == ["s-nl"]
    assert d3.rating == "true"


def test_a_count_against_only_a_share_is_unknown(pack: Pack) -> None:
    # Port City has a share and no count: 4万7317世帯 is no percentage of it
    for said in ("2023年、ポート市の外国籍世帯は4万7317世帯だった",
                 "In 2023 Port City had 47,317 foreign households.",
                 "In 2023 foreign households in Port City numbered 47,317."):
        d = diagnose(said, pack)
        assert d.rating == "unverifiable", said
        assert all(c.result == "unknown" for c in d.checks), said
    d = diagnose("2023年、ポート市の外国籍世帯は4万7317世帯だった", pack)
    assert "次元" in d.checks[0].reason


def test_a_number_with_a_counter_is_no_amount_of_money(pack: Pack) -> None:
    # 「5キロ4000円」: the 5 counts kilograms; only the 4000円 is the price
    d = diagnose("2025年、ノーランドの米の価格は5キロ4000円だった", pack)
    assert [nc.claimed_text for nc in d.checks[0].numbers] == ["4000円"]
    assert d.rating == "true"
    assert diagnose("2025年、ノーランドの米の価格は5キロ6000円だった", pack).rating == "false"
    # nor the size of a change in yen: 「5キロ1000円上がった」 is a rise of 1000円
    d2 = diagnose("ノーランドの米の価格は2024年から2025年に5キロ1000円上がった", pack)
    assert [nc.claimed_text for nc in d2.checks[0].numbers] == ["1000円"]
    assert d2.rating == "true"
    # a count is no amount: visitors counted against spending only
    for said in ("2024年、ポート市の訪問者の消費額は3000万人だった",
                 "In 2024 Port City's visitor spending was 30 million people."):
        assert diagnose(said, pack).rating == "unverifiable", said


def test_a_multiple_is_no_level_of_a_percentage(pack: Pack) -> None:
    # "cut rates three times" is no multiple of the 3.5 % rate the event gives; the 3.5 % is its level
    d = diagnose("In December 2025 the central bank cut rates three times in a row, to 3.5%.", pack)
    assert [nc.claimed_text for nc in d.checks[0].numbers] == ["3.5%"]
    assert d.rating == "true"
    # 「3倍」 is no share: the share of 2.87 % neither holds nor fails it
    d2 = diagnose("2023年、ノーランドの外国籍世帯の割合は3倍だった", pack)
    assert d2.rating == "unverifiable"
    assert "倍数" in d2.checks[0].reason


def test_a_part_of_a_whole_is_no_rate_of_growth(pack: Pack) -> None:
    d = diagnose("In 2024 about a quarter of new employment in Norland was in the north.", pack, lang="en")
    assert d.checks[0].result == "unknown"
    assert "a share of a whole" in d.checks[0].reason and "a rate of growth" in d.checks[0].reason
    # a percentage said as the growth itself is compared
    assert diagnose("In 2024 employment grew 7.1 percent in Norland.", pack).rating == "true"


def test_a_unit_spelled_out_is_the_unit_and_a_start_is_no_record(pack: Pack) -> None:
    said = "In 2024 Norland added a record 7.5 gigawatts of renewable capacity, up from 5.3 GW in 2023."
    d = diagnose(said, pack, lang="en")
    assert d.rating == "true"
    assert any(nc.claimed_text == "7.5 gigawatts" and nc.unit == "GW" for c in d.checks for nc in c.numbers)
    wrong = diagnose(said.replace("7.5", "9.5"), pack, lang="en")
    assert wrong.rating in ("false", "mostly_false")
    # in Japanese too the record is the level reached, not the start
    d2 = diagnose("2024年、ノーランドの再エネ導入量は5.3GWから7.5GWに増え、過去最高となった", pack)
    assert d2.rating == "true"


def test_an_amount_per_a_unit_is_a_rate(pack: Pack) -> None:
    for said in ("In 2024 the petrol price in Norland was 170 yen a litre.",
                 "2024年、ノーランドのガソリン価格は1リットルあたり170円だった"):
        d = diagnose(said, pack)
        assert d.rating == "true", said
        assert [nc.unit for c in d.checks for nc in c.numbers] == ["JPY/l"], said
    assert diagnose("In 2024 the petrol price in Norland was 230 yen a litre.", pack).rating == "false"
