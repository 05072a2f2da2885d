"""The same thing in the figure's unit (docs/verdict-rules.md §4.13): a measure whose name is
another's thing with its unit said ("return in kroner", 「運用益（クローネ）」, "Nominal GDP in
naira") is passed over for the measure of the same thing in the claimed figure's unit ("earned
about 25%": the return in percent; "about $243 billion": GDP in US dollars) (blind round 12b
no-oil-fund return-25-2023, round 12d ng-naira top-three)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["return_pct", "運用収益率", "return on the fund", "%", "return;運用利回り;リターン", "true", "growth",
     ""],
    ["return_eur", "運用益（ユーロ）", "return in euros", "EUR", "profit;earnings;運用益;利益", "true",
     "amount", ""],
    ["gdp_nlk", "名目GDP（クローネ建て）", "Nominal GDP in kroner", "NOK", "GDP;名目GDP", "true", "amount",
     ""],
    ["gdp_usd", "名目GDP（ドル建て）", "Nominal GDP in US dollars", "USD", "GDP in dollars;ドル建てGDP",
     "true", "amount", ""],
    ["smelters", "稼働中の製錬所数", "Operating nickel smelters", "count", "smelters", "true", "count", ""],
    ["supply_share", "世界のニッケル供給に占めるシェア", "Share of world nickel supply", "%", "", "true",
     "share", ""],
]
OBSERVATIONS = [
    ["r23", "NL", "return_pct", "2023", "16.1", "%", "stat", ""],
    ["e23", "NL", "return_eur", "2023", "2.2tn", "EUR", "stat", ""],
    ["g24", "NL", "gdp_nlk", "2024", "372tn", "NOK", "stat", ""],
    ["u24", "NL", "gdp_usd", "2024", "243bn", "USD", "stat", ""],
    ["s24", "NL", "smelters", "2024", "55", "count", "stat", ""],
    ["w24", "NL", "supply_share", "2024", "55", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "measure-of-the-unit", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(
    ("claim", "evidence", "rating"),
    [
        ("Norland's fund earned about 25% in 2023.", ["r23"], "mostly_false"),
        ("ノーランドの基金の運用益は2023年に約16%だった。", ["r23"], "true"),
        ("Norland's GDP was about $243 billion in 2024.", ["u24"], "true"),
        ("ノーランドの名目GDPは2024年に約2430億ドルだった。", ["u24"], "true"),
    ],
)
def test_the_same_thing_in_the_figures_unit(pack: Pack, claim: str, evidence: list[str], rating: str) -> None:
    d = diagnose(claim, pack, as_of="2025-07-01")
    assert d.checks[0].evidence == evidence and d.rating == rating

