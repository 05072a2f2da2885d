"""The size of a change is a figure of an event that tells that change (docs/verdict-rules.md §4.2):
"prices fell by more than 15% in 2024" is not borne out by 'Survey: 80% of households say
electricity prices are a burden' (a figure of another thing), nor by a target of an 80 % share; an
event that tells the fall ("prices cut by 18%") is. A small pack built here."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["price", "家庭用電気料金", "household electricity price", "EUR/kWh",
            "電気料金;electricity prices", "false", "amount", ""]]
OBSERVATIONS = [
    ["p1", "NL", "price", "2023", "0.4627", "EUR/kWh", "stat", ""],
    ["p2", "NL", "price", "2025", "0.397", "EUR/kWh", "stat", ""],
]
EVENTS = [
    ["e1", "2024-09", "", "NL", "survey", "家庭の電気料金に関する調査で世帯の80%が負担と回答",
     "Survey: 80% of households say electricity prices are a burden", "", "", "stat", "2", ""],
]
CUT = [
    ["e2", "2024-09", "", "NL", "policy", "家庭用電気料金を18%引き下げ",
     "Household electricity prices cut by 18%", "18", "%", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "change-size-events", METRICS, OBSERVATIONS, events=EVENTS)


@pytest.fixture(scope="module")
def cut(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "change-size-cut", METRICS, OBSERVATIONS, events=CUT)


@pytest.mark.parametrize("claim", [
    "Norland's household electricity prices fell by more than 15% in 2024.",
    "ノーランドの家庭用電気料金は2024年に15%以上下がった。",
])
def test_a_figure_of_another_thing_is_no_size_of_the_change(claim: str, pack: Pack) -> None:
    assert diagnose(claim, pack, as_of="2025-06-01").rating not in ("true", "mostly_true")


def test_an_event_that_tells_the_change_gives_its_size(cut: Pack) -> None:
    d = diagnose("Norland's household electricity prices fell by more than 15% in 2024.", cut,
                 as_of="2025-06-01")
    assert d.rating == "true"
