"""Records in the plural (docs/verdict-rules.md §4.8), on a small pack built here.

"Set records for both X and Y", "X and Y both set all-time production records": the plural after a
verb of setting is one record for each thing the clause joins, read as "a record" is (blind ca-wildfires
both-records-2023, chile-copper h5; check: jp-bear-incidents fy2025-300-en). Each measure or owner
is ranked over its own series; one that is no record fails, and the claim is half true."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

SOURCES = [["stat", "Statistics office", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [["north", "facility", "北工場", "North Works", "", "NL"],
            ["south", "facility", "南工場", "South Works", "", "NL"]]
METRICS = [
    ["floods", "洪水の件数", "number of floods", "count", "floods", "false", "count", ""],
    ["rain", "降水量", "rainfall", "mm", "rain", "", "amount", ""],
    ["output", "生産量", "plant output", "t", "production", "true", "amount", ""],
]
OBSERVATIONS = [
    ["f21", "NL", "floods", "2021", "35", "count", "stat", ""],
    ["f22", "NL", "floods", "2022", "40", "count", "stat", ""],
    ["f23", "NL", "floods", "2023", "30", "count", "stat", ""],
    ["r21", "NL", "rain", "2021", "700", "mm", "stat", ""],
    ["r22", "NL", "rain", "2022", "800", "mm", "stat", ""],
    ["r23", "NL", "rain", "2023", "950", "mm", "stat", ""],
    ["n21", "north", "output", "2021", "110", "t", "stat", ""],
    ["s21", "south", "output", "2021", "95", "t", "stat", ""],
    ["n22", "north", "output", "2022", "100", "t", "stat", ""],
    ["n23", "north", "output", "2023", "120", "t", "stat", ""],
    ["s22", "south", "output", "2022", "90", "t", "stat", ""],
    ["s23", "south", "output", "2023", "130", "t", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "records-plural", METRICS, OBSERVATIONS, entities=ENTITIES,
                      sources=SOURCES)


@pytest.mark.parametrize(("claim", "rating"), [
    # rainfall is a record in 2023, the number of floods is not: one of two holds
    ("In 2023 Norland set records for both the number of floods and rainfall.", "half_true"),
    # both owners' 2023 output is above every earlier value
    ("North Works and South Works both set all-time production records in 2023.", "true"),
    # 2022's output of both is below 2021's: no record
    ("In 2022 North Works and South Works broke production records.", "false"),
    # "records" as a noun of documents, no verb of setting before it: no record claimed
    ("Police records show rainfall was 950 mm in 2023.", "true"),
])
def test_records_in_the_plural_are_records(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating


@pytest.mark.parametrize(("claim", "rating"), [
    # 過去最悪 / 史上最悪 are "the worst ever": a record in the measure's worse direction (more floods)
    ("2022年のノーランドの洪水の件数は過去最悪だった。", "true"),
    ("2023年のノーランドの洪水の件数は史上最悪だった。", "false"),
    # 過去最良: the better direction (more output)
    ("2023年の南工場の生産量は過去最良だった。", "true"),
])
def test_worst_ever_in_japanese_is_a_record(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating
