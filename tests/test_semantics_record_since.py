"""A record since a period said in Japanese (docs/verdict-rules.md §4.8): 「2018年以来の高水準」,
「2018年以来の低水準」 are "the highest / lowest since 2018", a record over the series from that
period, as in English; 低水準 says the low way even beside a measure whose name ends in 高
(外貨準備高). (Blind round 12d ng-naira-inflation reserves-2018-ja, sent to events.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["reserves", "外貨準備高", "external reserves", "USD", "外貨準備;reserves", "true", "amount", ""],
]
OBSERVATIONS = [
    ["r18", "NL", "reserves", "2018-10", "43.3B", "USD", "stat", ""],
    ["r24", "NL", "reserves", "2024-11", "40.9B", "USD", "stat", ""],
    ["r25a", "NL", "reserves", "2025-04", "37.9B", "USD", "stat", ""],
    ["r25b", "NL", "reserves", "2025-11", "43.1B", "USD", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "record-since", METRICS, OBSERVATIONS, language="ja")


def rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2025-12-01").rating


def test_the_highest_since_a_year(pack: Pack) -> None:
    assert rating(pack, "ノーランドの外貨準備高は2025年11月に2024年以来の高水準となった。") == "true"
    assert rating(pack, "Norland's reserves hit their highest level since 2024 in November 2025.") == "true"
    assert rating(pack, "ノーランドの外貨準備高は2025年4月に2018年以来の高水準となった。") == "false"


def test_the_lowest_since_a_year(pack: Pack) -> None:
    assert rating(pack, "ノーランドの外貨準備高は2025年4月に2018年以来の低水準となった。") == "true"
    assert rating(pack, "ノーランドの外貨準備高は2025年11月に2018年以来の低水準となった。") == "false"
