"""A change said of a price rate (docs/verdict-rules.md §4.14 and §8 ``up`` / ``down``): a relative
change of a level kept per unit (cents per kWh) is a ratio of two values in the same unit, checked
like any change; "up"/"down" before a figure with a bound or hedge ("barely moved, up less than 1%",
"down under 2%") is the change's size, as "up about 3%" is. (Blind round 22d prices-barely-moved.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["price", "家庭用電気料金", "household power price", "cents/kWh",
     "household power price;power prices;電気料金", "false", "amount", ""],
    ["part", "石炭火力の比率", "coal share", "%", "coal share;石炭火力の比率", "", "share", ""],
]
OBSERVATIONS = [
    ["p23", "NL", "price", "2023", "16.0", "cents/kWh", "stat", ""],
    ["p24", "NL", "price", "2024", "16.5", "cents/kWh", "stat", ""],
    ["c24", "NL", "part", "2024", "18", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "price-rate-change", METRICS, OBSERVATIONS)


def rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2025-06-01").rating


def test_a_rate_change_is_checked(pack: Pack) -> None:
    # +3.1 %: "about 3%" holds, "less than 1%" fails, in both languages
    assert rating(pack, "Norland's household power prices rose about 3% in 2024.") == "true"
    assert rating(pack, "ノーランドの家庭用電気料金は2024年に約3%上がった。") == "true"
    assert rating(pack, "Norland's household power prices barely moved in 2024, up less than 1%.") == "false"
    assert rating(pack, "ノーランドの家庭用電気料金は2024年に前年比1%未満の上昇にとどまった。") == "false"
    assert rating(pack, "Norland's household power prices fell in 2024, down under 2%.") == "false"


def test_make_up_stays_a_part(pack: Pack) -> None:
    # negative: "make up less than 20% of" is a part of a whole, no rise
    assert rating(pack, "Coal made up less than 20% of Norland's power in 2024, its coal share.") in (
        "true", "mostly_true"
    )
