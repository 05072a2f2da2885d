"""Loss words on a measure kept signed (docs/verdict-rules.md §4.7, session 13): "lost 1,637 billion
kroner in 2022" on a fund's return, which the pack keeps negative in a year of loss, is that year's
value below zero (a loss of X is a return of -X), not the change from the year before; "the biggest
loss" is the lowest value — blind round 12 loss-2022-record; in English and Japanese. A measure
named by the loss itself ("forest loss") keeps its reading."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["ret", "基金の運用益", "return of the fund", "USD", "fund return;profit;loss;運用益;損失", "true",
     "amount", ""],
]
OBSERVATIONS = [
    ["r08", "NL", "ret", "2008", "-633000000000", "USD", "stat", ""],
    ["r21", "NL", "ret", "2021", "1580000000000", "USD", "stat", ""],
    ["r22", "NL", "ret", "2022", "-1637000000000", "USD", "stat", ""],
    ["r23", "NL", "ret", "2023", "2222000000000", "USD", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "signed-flow", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    ("Norland's fund lost $1,637 billion in 2022.", "true"),
    ("Norland's fund lost $1,637 billion in 2022, the biggest loss in its history.", "true"),
    ("2022年、ノーランドの基金の運用益は1兆6370億ドルの損失だった。", "true"),
    ("2022年のノーランドの基金の損失は過去最大だった。", "true"),
    # a gain is no loss, whatever its size; a loss of another size is wrong
    ("Norland's fund lost $2,222 billion in 2023.", "false"),
    ("Norland's fund lost $1,200 billion in 2022.", "false"),
    ("2023年のノーランドの基金の損失は過去最大だった。", "false"),
    ("In 2023 Norland's fund had the biggest loss in its history.", "false"),
])
def test_a_loss_is_a_value_below_zero(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack).rating == expected


BALANCE = [["tb", "貿易収支", "trade balance", "USD", "", "true", "", "exports minus imports"]]
BALANCE_OBS = [
    ["t22", "NL", "tb", "2022", "-1000000000", "USD", "stat", ""],
    ["t23", "NL", "tb", "2023", "3000000000", "USD", "stat", ""],
]


@pytest.mark.parametrize(("claim", "expected"), [
    # the loss word is of another thing in the clause, not the figure's verb or noun
    ("ノーランドの貿易収支は、輸出企業がシェアを失ったものの2023年に30億ドルだった。", "true"),
    ("Norland's trade balance was $3 billion in 2023 despite exporters that lost share.", "true"),
    # the loss word governs the figure
    ("ノーランドの貿易収支は2022年に10億ドルの損失だった。", "true"),
    ("Norland's trade balance lost $1 billion in 2022.", "true"),
    ("Norland's trade balance lost $3 billion in 2023.", "false"),
])
def test_the_loss_word_must_govern_the_figure(
    tmp_path_factory: pytest.TempPathFactory, claim: str, expected: str
) -> None:
    pack = small_pack(tmp_path_factory, "signed-balance", BALANCE, BALANCE_OBS)
    assert diagnose(claim, pack).rating == expected
