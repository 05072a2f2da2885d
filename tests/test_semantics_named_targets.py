"""A target named by its figure ("back at the Bank's 2% target", "nearly double the 2% target",
「2%の目標を上回っている」) is the figure the measure's value is set against, not a plan the claim
states; announcing or setting such a target stays a plan (src/shingi/pipeline/claims/targets.py).
(Blind round 8b uk-inflation back-to-target, double-target, above-target-since-2021.)"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["CB", "organization", "ノーランド中央銀行", "Bank of Norland", "the Bank;中銀", "NL"],
]
EVENTS = [
    ["t1", "1997-05", "", "CB", "plan", "中銀が2%の物価目標を設定",
     "The Bank of Norland sets a 2% inflation target", "2", "%", "stat", "2", ""],
]
METRICS = [
    ["cpi", "物価上昇率", "Inflation", "%", "inflation rate;インフレ率", "false", "ratio", ""],
]
OBSERVATIONS = [
    ["o1", "NL", "cpi", "2025-01", "3.0", "%", "stat", ""],
    ["o2", "NL", "cpi", "2025-02", "2.6", "%", "stat", ""],
    ["o3", "NL", "cpi", "2025-03", "2.0", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(
        tmp_path_factory, "named-targets", METRICS, OBSERVATIONS, entities=ENTITIES, events=EVENTS
    )


def test_back_at_the_target_is_the_measure_at_its_figure(pack: Pack) -> None:
    d = diagnose("Inflation is back at the Bank of Norland's 2% target.", pack, as_of="2025-03-20")
    assert d.checks[0].kind == "metric" and d.checks[0].evidence == ["o3"]
    assert d.rating == "true"
    assert diagnose("Inflation is back at the Bank's 2% target.", pack, as_of="2025-02-20").rating == "false"


def test_above_the_target_is_more_than_its_figure(pack: Pack) -> None:
    assert diagnose("Inflation is still above the 2% target.", pack, as_of="2025-02-20").rating == "true"
    assert diagnose("Inflation is above the 2% target.", pack, as_of="2025-03-20").rating == "false"


def test_a_multiple_of_the_target_is_a_multiple_of_its_figure(pack: Pack) -> None:
    # 3.0 % is one and a half times the 2 % target, not nearly double it: "nearly 4%" for 3.0 %,
    # short on its side by a factor 1.33, is mostly false (§4.1 scale), as "doubled" for x1.5 is
    d = diagnose("Inflation is nearly double the Bank's 2% target.", pack, as_of="2025-01-20")
    assert d.checks[0].kind == "metric" and d.rating == "mostly_false"
    tripled = diagnose("Inflation is nearly triple the Bank's 2% target.", pack, as_of="2025-01-20")
    assert tripled.rating == "false"
    assert diagnose("Inflation is about 1.5 times the 2% target.", pack, as_of="2025-01-20").rating == "true"


def test_japanese_target_named_by_its_figure(pack: Pack) -> None:
    d = diagnose("物価上昇率は中銀の2%の目標を上回っている", pack, as_of="2025-02-20")
    assert d.checks[0].kind == "metric" and d.rating == "true"
    assert diagnose("物価上昇率は中銀の2%の目標を上回っている", pack, as_of="2025-03-20").rating == "false"


def test_setting_or_announcing_a_target_stays_a_plan(pack: Pack) -> None:
    assert diagnose("The Bank of Norland set a 2% inflation target in 1997.", pack).checks[0].kind != "metric"
    assert diagnose("中銀は物価上昇率2%の目標を表明した", pack).checks[0].kind != "metric"


def test_a_target_reached_on_a_measure_where_lower_is_better_is_reached_from_above(pack: Pack) -> None:
    # 2.6 % has not "hit" a 2 % inflation target, though it is above 2 %
    hit = diagnose("Inflation has hit the Bank's 2% target.", pack, as_of="2025-02-20")
    assert hit.rating == "false"  # a plain bound missed by x1.3 (§5.1, session 27)
    assert diagnose("Inflation has hit the Bank's 2% target.", pack, as_of="2025-03-20").rating == "true"
