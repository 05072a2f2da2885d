"""A run of records said to have ended denies the record (docs/verdict-rules.md §2, Negation):
「過去最高の更新は途切れた」, "its streak of record highs ended" say the period set no record.
(Blind round 12 jp-tax-revenue fy2023-fell: a record read as held, half true for false.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["revenue", "税収", "tax revenue", "JPY", "税収;tax revenue", "true", "amount", ""],
]
OBSERVATIONS = [
    ["r21", "NL", "revenue", "2021", "60兆", "JPY", "stat", ""],
    ["r22", "NL", "revenue", "2022", "65兆", "JPY", "stat", ""],
    ["r23", "NL", "revenue", "2023", "70兆", "JPY", "stat", ""],
    ["r24", "NL", "revenue", "2024", "68兆", "JPY", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "streak-ended", METRICS, OBSERVATIONS, language="ja")


def rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2025-07-01").rating


def test_a_record_year_did_not_end_the_streak(pack: Pack) -> None:
    assert rating(pack, "ノーランドの2023年の税収は、過去最高の更新が途切れた。") == "false"
    assert rating(pack, "Norland's tax revenue ended its streak of record highs in 2023.") == "false"


def test_a_year_below_the_record_ended_it(pack: Pack) -> None:
    assert rating(pack, "ノーランドの2024年の税収は、過去最高の更新が途切れた。") == "true"
    assert rating(pack, "Norland's tax revenue ended its streak of record highs in 2024.") == "true"


def test_a_denied_end_is_the_record(pack: Pack) -> None:
    assert rating(pack, "ノーランドの2023年の税収は、過去最高の更新が途切れなかった。") == "true"
