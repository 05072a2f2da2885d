"""A value said to hold at every period of a window (docs/verdict-rules.md §4.4, "Always"):
「導入以来、一貫して最大」, "has always been the largest since 2020" are checked on every value of
the window, not on the latest; one period the other way refutes them, and a window that starts
before the series (or at an undated start) is unknown when every value the pack has agrees.
(Blind round 12 jp-tax-revenue ctax-always-largest, a wrong true.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["rank", "ニッケル生産の世界順位", "world rank in nickel production", "rank",
     "世界順位;最大の生産国;largest producer", "false", "rank", ""],
    ["rate", "失業率", "unemployment rate", "%", "unemployment", "false", "ratio", ""],
]
OBSERVATIONS = [
    ["r19", "NL", "rank", "2019", "2", "rank", "stat", ""],
    ["r20", "NL", "rank", "2020", "1", "rank", "stat", ""],
    ["r21", "NL", "rank", "2021", "1", "rank", "stat", ""],
    ["r22", "NL", "rank", "2022", "1", "rank", "stat", ""],
    ["u19", "NL", "rate", "2019", "2.8", "%", "stat", ""],
    ["u20", "NL", "rate", "2020", "3.4", "%", "stat", ""],
    ["u21", "NL", "rate", "2021", "3.6", "%", "stat", ""],
    ["u22", "NL", "rate", "2022", "3.2", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "always", METRICS, OBSERVATIONS, language="ja")


def rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2023-06-01").rating


def test_one_period_the_other_way_refutes_always(pack: Pack) -> None:
    assert rating(pack, "ノーランドは2019年以降、一貫して世界最大の生産国だ。") == "false"
    assert rating(pack, "Norland has always been the world's largest producer since 2019.") == "false"
    assert rating(pack, "ノーランドの失業率は2019年以降、常に3%を上回っている。") == "mostly_false"
    assert rating(pack, "Norland's unemployment rate has always been above 3% since 2019.") == "mostly_false"


def test_every_period_agreeing_holds(pack: Pack) -> None:
    assert rating(pack, "ノーランドは2020年以降、一貫して世界最大の生産国だ。") == "true"
    assert rating(pack, "Norland has always been the world's largest producer since 2020.") == "true"
    assert rating(pack, "ノーランドの失業率は2020年以降、常に3%を上回っている。") == "true"


def test_a_start_before_the_series_is_unknown(pack: Pack) -> None:
    # 「統計開始以来」 has no date: the pack's first value need not be the window's
    assert rating(pack, "ノーランドの失業率は統計開始以来、常に2.5%を上回っている。") == "unverifiable"
    assert rating(pack, "Norland's unemployment rate has always been above 2.5%.") == "unverifiable"
    # a window from before the series still fails on a value inside it
    assert rating(pack, "ノーランドは2018年以降、一貫して世界最大の生産国だ。") == "false"


def test_the_latest_alone_without_always(pack: Pack) -> None:
    assert rating(pack, "ノーランドは世界最大の生産国だ。") == "true"
    assert rating(pack, "Norland is the world's largest producer.") == "true"
