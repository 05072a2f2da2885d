"""A measure named in other words than its name (docs/verdict-rules.md §2 and §4.7), on a small pack
about Norland:

- 「旅行収支の黒字」 is the travel balance: a surplus is a balance above zero (blind round 11c jp-bop
  travel_doubled);
- a rise or fall said of one period whose level the pack has for that period only is the sign of
  the level's growth measure (「日本郵便は2024年度、宅配便の取扱個数を大きく減らした」 against the
  carrier's growth of +8.5 %; round 11 jp-trucking japanpost-down)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [["acme", "company", "アクメ運輸", "Acme Freight", "", "NL"]]
METRICS = [
    ["travel", "旅行収支", "Travel balance", "JPY", "travel surplus", "true", "amount", ""],
    ["parcels", "取扱個数", "Parcels handled", "count", "parcels handled", "", "amount", ""],
    ["parcels_growth", "取扱個数の前年度比", "Parcels handled growth", "%", "", "", "growth", ""],
]
OBSERVATIONS = [
    ["t23", "NL", "travel", "2023", "3.4兆", "JPY", "stat", ""],
    ["t24", "NL", "travel", "2024", "5.9兆", "JPY", "stat", ""],
    ["p24", "acme", "parcels", "FY2024", "1095660000", "count", "stat", ""],
    ["g24", "acme", "parcels_growth", "FY2024", "8.5", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "measure-spellings", METRICS, OBSERVATIONS, entities=ENTITIES,
                      language="ja")


def test_a_surplus_of_a_balance_is_the_balance(pack: Pack) -> None:
    d = diagnose("旅行収支の黒字は2023年の約3.4兆円から2024年には約5.9兆円へ増えた。", pack)
    assert d.rating == "true"
    assert "旅行収支" in d.checks[0].reason
    assert diagnose("旅行収支の黒字は2024年に約8兆円だった。", pack).rating in ("false", "mostly_false")


def test_a_change_into_the_only_period_is_its_growth(pack: Pack) -> None:
    d = diagnose("アクメ運輸は2024年度、取扱個数を大きく減らした。", pack)
    assert d.rating == "false"
    assert d.checks[0].evidence == ["g24"]
    assert diagnose("Acme Freight's parcels handled fell in fiscal 2024.", pack).rating == "false"
    assert diagnose("アクメ運輸は2024年度、取扱個数を増やした。", pack).rating == "true"
