"""A window said by its start and its length (docs/verdict-rules.md §2, periods): 「2020年末からの
4年間」 and "the four years since the end of 2020" run from December 2020 to December 2024, a
month edge moved by the length in months; "the four years since 2020" in English has both ends
too (its other end was placed after the clause's end and lost). (Blind round 12b no-oil-fund
ja-nearly-doubled-4y, read as a change in December 2020.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["value", "基金の価値", "fund value", "NOK", "基金の価値;fund value", "true", "amount", ""],
]
OBSERVATIONS = [
    ["v19", "NL", "value", "2019", "10.1兆", "NOK", "stat", ""],
    ["v20", "NL", "value", "2020", "10.9兆", "NOK", "stat", ""],
    ["v21", "NL", "value", "2021", "12.3兆", "NOK", "stat", ""],
    ["v22", "NL", "value", "2022", "12.4兆", "NOK", "stat", ""],
    ["v23", "NL", "value", "2023", "15.8兆", "NOK", "stat", ""],
    ["v24", "NL", "value", "2024", "19.7兆", "NOK", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "length-from-an-edge", METRICS, OBSERVATIONS, language="ja")


def rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2025-03-01").rating


def test_a_year_end_and_a_length(pack: Pack) -> None:
    assert rating(pack, "ノーランドの基金の価値は2020年末からの4年間で約1.8倍になった。") == "true"
    since_the_end = "Norland's fund value rose about 1.8 times in the four years since the end of 2020."
    assert rating(pack, since_the_end) == "true"
    assert rating(pack, "ノーランドの基金の価値は2020年末からの4年間で半減した。") == "false"


def test_a_year_and_a_length_in_english(pack: Pack) -> None:
    assert rating(pack, "Norland's fund value rose about 1.8 times in the four years since 2020.") == "true"
