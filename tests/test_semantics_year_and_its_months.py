"""A series that holds a year's total beside some of its months (docs/verdict-rules.md, "The
value of the period said"): "in 2025" reads the year's value, a change sets it against the year
before, a record is the year's against earlier years; never December against the fiscal year or
the year's total against one month. (Blind round 11 jp-bop ca_fell_tariffs, ca_2025_record;
id-nickel fdi-record-2024 on quarters.) And a balance kept signed read by the side a claim names
("a deficit of ¥15 trillion" is a balance of -15 trillion; jp-bop trade_2022_15tn, services_2025_35)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["ca", "経常収支", "current account balance", "JPY", "経常黒字;current account surplus", "true",
     "amount", ""],
    ["fdi", "直接投資", "foreign direct investment", "JPY", "", "true", "amount", ""],
]
OBSERVATIONS = [
    ["ca23", "NL", "ca", "2023", "20000000000000", "JPY", "stat", ""],
    ["ca24", "NL", "ca", "2024", "29000000000000", "JPY", "stat", ""],
    ["caf24", "NL", "ca", "FY2024", "30000000000000", "JPY", "stat", ""],
    ["ca24m", "NL", "ca", "2024-12", "1000000000000", "JPY", "stat", ""],
    ["ca25", "NL", "ca", "2025", "32000000000000", "JPY", "stat", ""],
    ["ca25m", "NL", "ca", "2025-12", "700000000000", "JPY", "stat", ""],
    ["f23", "NL", "fdi", "2023", "700000000000", "JPY", "stat", ""],
    ["f24q1", "NL", "fdi", "2024-Q1", "200000000000", "JPY", "stat", ""],
    ["f24q4", "NL", "fdi", "2024-Q4", "190000000000", "JPY", "stat", ""],
    ["f24", "NL", "fdi", "2024", "900000000000", "JPY", "stat", "過去最高"],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "year-and-its-months", METRICS, OBSERVATIONS, language="ja")


def test_a_change_in_a_year_is_against_the_year_before(pack: Pack) -> None:
    shrank = "Norland's current account surplus shrank in 2025."
    assert diagnose(shrank, pack).rating == "false"
    assert diagnose("ノーランドの経常黒字は2025年に縮小した。", pack).rating == "false"
    assert diagnose("ノーランドの経常黒字は2025年に拡大した。", pack).rating == "true"


def test_the_value_of_a_year_is_the_years_total(pack: Pack) -> None:
    assert diagnose("ノーランドの2025年の経常収支は32兆円の黒字だった。", pack).rating == "true"
    assert diagnose("Norland's current account surplus was ¥32 trillion in 2025.", pack).rating == "true"


def test_a_record_year_is_the_years_total(pack: Pack) -> None:
    assert diagnose("ノーランドの直接投資は2024年に過去最高となった。", pack).rating == "true"
    assert diagnose("Norland's foreign direct investment hit a record in 2024.", pack).rating == "true"


BALANCE_METRICS = [
    ["tb", "貿易収支", "trade balance", "JPY", "貿易赤字;貿易黒字;trade deficit;trade surplus", "true",
     "amount", ""],
]
BALANCE_OBSERVATIONS = [
    ["tb22", "NL", "tb", "2022", "-15700000000000", "JPY", "stat", ""],
    ["tb23", "NL", "tb", "2023", "3000000000000", "JPY", "stat", ""],
]


@pytest.fixture(scope="module")
def balance(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "signed-balance", BALANCE_METRICS, BALANCE_OBSERVATIONS, language="ja"
    )


def test_a_deficit_of_a_size_is_a_balance_below_zero(balance: Pack) -> None:
    # a deficit of X is a balance of -X (blind round 11c jp-bop trade_2022_15tn, services_2025_35)
    assert diagnose("ノーランドの2022年の貿易赤字は15兆円を超えた。", balance).rating == "true"
    assert diagnose("Norland's trade deficit was about ¥15.7 trillion in 2022.", balance).rating == "true"
    # a surplus found is no deficit of that size, nor a deficit a surplus
    assert diagnose("ノーランドの2023年の貿易赤字は3兆円だった。", balance).rating == "false"
    assert diagnose("Norland ran a trade surplus of ¥15.7 trillion in 2022.", balance).rating == "false"
