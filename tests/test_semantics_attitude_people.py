"""What people think needs an opinion measure (docs/verdict-rules.md §4.15), but only a population
noun is its subject: "public" of "public investment" (a measure's name) and "favouring" after a
figure say nothing of what people think (session 14 review, pack unemp); in ja and en."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["pubinv", "公共投資", "public investment", "%", "", "true", "", "public investment as % of GDP"],
    ["rtax", "住民税収", "residents tax revenue", "%", "", "true", "", "residents tax revenue as % of GDP"],
]
OBSERVATIONS = [
    ["b22", "NL", "pubinv", "2022", "2.5", "%", "stat", ""],
    ["b23", "NL", "pubinv", "2023", "3", "%", "stat", ""],
    ["r22", "NL", "rtax", "2022", "1.5", "%", "stat", ""],
    ["r23", "NL", "rtax", "2023", "2", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "attitude-people", METRICS, OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    "Public investment in Norland rose to 3% of GDP in 2023, favouring rail.",
    "Residents tax revenue in Norland rose to 2% of GDP in 2023, as the government wanted.",
    "2023年、ノーランドの公共投資はGDP比3%に上昇し、鉄道を優遇した。",
    "2023年、ノーランドの住民税収はGDP比2%に上昇し、政府が望んでいた水準になった。",
])
def test_a_measure_name_is_no_population(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack, as_of="2024-03-01").rating != "unverifiable", claim


@pytest.mark.parametrize("claim", [
    "Most people in Norland oppose the reform.",
    "The public in Norland favours the reform.",
    "ノーランド国民の大多数は改革に反対している。",
])
def test_a_population_that_holds_an_attitude_is_unsettled(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack, as_of="2024-03-01").rating == "unverifiable", claim
