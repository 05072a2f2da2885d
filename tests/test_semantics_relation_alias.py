"""A relation word given as a measure's alias (docs/verdict-rules.md §4.13), on a small pack built here.

A pack may list 前年比 or 増減率 as an alias of a growth measure. Written beside another measure's
name (「詐欺の被害額は前年比5割増の150億円」) it says how that measure changed, and the claim is not
about the growth measure (blind jp-crime tokusagi-2024-720: 前年比 was read as the growth of recorded
crimes, 4.9 % against 約6割; unverifiable → half true). Written alone with the growth measure's own
name, or beside the measure whose growth it is (「犯罪認知件数は前年比5%増」), it is still that
growth measure."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

SOURCES = [["stat", "Statistics office", "Office", "", "2025", "statistics", "ja"]]
METRICS = [
    ["crimes", "犯罪認知件数", "recorded crimes", "count", "", "false", "count", ""],
    ["crime_growth", "犯罪認知件数の前年比", "growth of recorded crimes", "%", "前年比;year-on-year", "false",
     "growth", ""],
    ["fraud_loss", "詐欺の被害額", "fraud losses", "JPY", "詐欺被害額", "false", "amount", ""],
]
OBSERVATIONS = [
    ["c23", "NL", "crimes", "2023", "1000", "count", "stat", ""],
    ["c24", "NL", "crimes", "2024", "1100", "count", "stat", ""],
    ["g24", "NL", "crime_growth", "2024", "5", "%", "stat", ""],
    ["f23", "NL", "fraud_loss", "2023", "10000000000", "JPY", "stat", ""],
    ["f24", "NL", "fraud_loss", "2024", "15000000000", "JPY", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "relation-alias", METRICS, OBSERVATIONS, language="ja",
                      sources=SOURCES)


@pytest.mark.parametrize(("claim", "rating"), [
    # the losses rose 50 % to 15 billion yen: 前年比 is theirs, not the crime growth's 5 %
    ("2024年のノーランドの詐欺の被害額は前年比5割増の150億円だった。", "true"),
    ("2024年のノーランドの詐欺の被害額は前年比5割増えた。", "true"),
    # the direction holds, the size (20 % against 50 %) does not
    ("2024年のノーランドの詐欺の被害額は前年比2割増えた。", "mostly_false"),
    # the growth measure named by its own name keeps its value
    ("2024年のノーランドの犯罪認知件数の前年比は5%だった。", "true"),
    # 前年比 beside the measure whose growth it is stays that growth measure (its published 5 %, not
    # the 10 % the two counts give: blind jp-depstore covid_drop)
    ("2024年のノーランドの犯罪認知件数は前年比5%増だった。", "true"),
])
def test_a_relation_alias_beside_another_measure_is_that_measures_change(
    claim: str, rating: str, pack: Pack
) -> None:
    assert diagnose(claim, pack).rating == rating
