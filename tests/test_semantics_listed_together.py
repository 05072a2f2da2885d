"""A list of measures said to act together (「消費税・所得税・法人税の基幹3税がそろって前年を上回った」,
"Income tax, corporate tax and consumption tax revenue all rose") is checked on each listed
measure, as a distributive word's conjuncts are (docs/verdict-rules.md §2, distributive words):
one that fails is a part of the claim that fails, and a true part is credited (blind round 12
jp-tax-revenue three-core-all-up, true for a half-true claim)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["income_tax", "所得税収", "income tax revenue", "JPY", "所得税;income tax", "true", "amount", ""],
    ["corporate_tax", "法人税収", "corporate tax revenue", "JPY", "法人税;corporate tax", "true", "amount",
     ""],
    ["consumption_tax", "消費税収", "consumption tax revenue", "JPY", "消費税;consumption tax", "true",
     "amount", ""],
]
OBSERVATIONS = [
    ["i23", "NL", "income_tax", "2023", "22.05tn", "JPY", "stat", ""],
    ["i24", "NL", "income_tax", "2024", "21.21tn", "JPY", "stat", ""],
    ["c23", "NL", "corporate_tax", "2023", "15.86tn", "JPY", "stat", ""],
    ["c24", "NL", "corporate_tax", "2024", "17.91tn", "JPY", "stat", ""],
    ["s23", "NL", "consumption_tax", "2023", "23.09tn", "JPY", "stat", ""],
    ["s24", "NL", "consumption_tax", "2024", "25.02tn", "JPY", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "listed-together", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(
    "claim",
    [
        "2024年は消費税・所得税・法人税の基幹3税がそろって前年を上回った。",
        "Income tax, corporate tax and consumption tax revenue all rose in 2024.",
    ],
)
def test_each_listed_measure_is_checked(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2025-07-01")
    assert len(d.checks) == 3 and d.rating == "half_true"
    assert sorted(c.result for c in d.checks) == ["fails", "holds", "holds"]


@pytest.mark.parametrize(
    "claim",
    [
        "2024年は消費税と法人税がそろって前年を上回った。",
        "Corporate tax and consumption tax revenue both rose in 2024.",
    ],
)
def test_a_list_that_holds_throughout_is_true(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2025-07-01")
    assert len(d.checks) == 2 and d.rating == "true"



@pytest.mark.parametrize(
    ("claim", "results"),
    [
        # "corporate tax earnings": the name's words with a word of the claim's own between (blind
        # round 13b chile-copper h3, "copper production and copper export earnings both grew", had
        # been checked on production only)
        ("Corporate tax earnings and consumption tax revenue both rose in 2024.", ["holds", "holds"]),
        ("2024年は法人税収と消費税がいずれも前年を上回った。", ["holds", "holds"]),
        # both says the predicate of each: a conjunct the pack has no measure of is unknown, never
        # checked on the other conjunct's measure (which alone made the claim true)
        ("Consumption tax revenue and stamp duty both rose in 2024.", ["holds", "unknown"]),
        ("2024年は消費税と印紙税収がいずれも前年を上回った。", ["holds", "unknown"]),
    ],
)
def test_each_conjunct_on_its_own_measure(pack: Pack, claim: str, results: list[str]) -> None:
    d = diagnose(claim, pack, as_of="2025-07-01")
    assert sorted(c.result for c in d.checks) == results
    assert (d.rating == "true") == ("unknown" not in results)
