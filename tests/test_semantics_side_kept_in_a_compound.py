"""A balance's side kept over a window, said with the balance's compound before an act of keeping
it (「2018年以降、毎年財政黒字を計上している」, 「貿易赤字が続いている」): the sign of each year's value
(blind round 18 ie-corptax f-ja-since-2018; docs/verdict-rules.md, "Sign and direction words").
The compound before a copula (「最大の黒字は貿易黒字だ」) still names the balance, not its state."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.claims.periods import side_state
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["balance", "一般政府財政収支", "General government balance", "EUR", "財政収支;budget balance", "true",
     "amount", ""],
]
OBSERVATIONS = [
    ["g18", "NL", "balance", "2018", "500000000", "EUR", "stat", ""],
    ["g19", "NL", "balance", "2019", "1500000000", "EUR", "stat", ""],
    ["g20", "NL", "balance", "2020", "-18700000000", "EUR", "stat", ""],
    ["g21", "NL", "balance", "2021", "8600000000", "EUR", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "side-kept", METRICS, OBSERVATIONS, language="ja")


def test_surplus_every_year_since_fails_on_a_deficit_year(pack: Pack) -> None:
    d = diagnose("ノーランドは2018年以降、毎年財政黒字を計上している。", pack, as_of="2022-05-01")
    assert d.rating == "false" and "g20" in d.checks[0].evidence
    english = diagnose("Norland has run a budget surplus every year since 2018.", pack, as_of="2022-05-01")
    assert english.rating == "false"


def test_the_compound_before_a_copula_names_the_balance() -> None:
    assert side_state("最大の黒字は貿易黒字だ") is None
    assert side_state("財政黒字を計上した") == "in_pos"
    assert side_state("貿易赤字が続いている") == "in_neg"
