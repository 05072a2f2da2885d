"""A multiple of a quantity below zero, and the names of a balance (docs/verdict-rules.md §4.16,
"A multiple of a loss"): a multiple ("halved", 「ほぼ半分に縮んだ」, "doubled") of two values below
zero is of their size (-89.6 -> -50 is the loss roughly halved, x0.56), whatever the measure's
names say of its side; 損益 ("profit and loss") and a name pairing the two sides ("surplus/deficit")
name a balance kept signed, so an alias 「…の赤字」 names its negative side, not a measure of
deficits (blind round 26 jp-postal segment-halved; 「赤字は拡大した」 on -68.6 -> -38.3 had held)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["oper", "営業損益", "operating result", "JPY", "営業赤字;operating loss", "true", "amount", ""],
    # a measure named by its side only, kept negative
    ["fd", "財政赤字", "fiscal deficit", "JPY", "", "", "amount", ""],
    # a deficit kept positive, whose other side is another's name: one-sided, as before
    ["td", "貿易赤字", "trade deficit", "JPY", "対ノーランド黒字", "", "amount", ""],
    ["stocks", "在庫量", "stocks", "t", "", "", "amount", ""],
]
OBSERVATIONS = [
    ["o23", "NL", "oper", "2023", "-89.6 bn", "JPY", "stat", ""],
    ["o24", "NL", "oper", "2024", "-50 bn", "JPY", "stat", ""],  # x0.56
    ["o25", "NL", "oper", "2025", "-45 bn", "JPY", "stat", ""],  # x0.90
    ["f23", "NL", "fd", "2023", "-6 bn", "JPY", "stat", ""],
    ["f24", "NL", "fd", "2024", "-3.1 bn", "JPY", "stat", ""],  # x0.52
    ["f25", "NL", "fd", "2025", "-6.3 bn", "JPY", "stat", ""],  # x2.03
    ["t23", "NL", "td", "2023", "10 bn", "JPY", "stat", ""],
    ["t24", "NL", "td", "2024", "12 bn", "JPY", "stat", ""],
    ["k23", "NL", "stocks", "2023", "89.6", "t", "stat", ""],
    ["k24", "NL", "stocks", "2024", "50", "t", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "negative-multiples", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    # x0.56 of a loss: the rough half of a positive quantity's reading (mostly true), not false
    ("Norland's operating loss roughly halved in 2024.", "mostly_true"),
    ("ノーランドの営業赤字は2024年にほぼ半分に縮んだ。", "mostly_true"),
    ("ノーランドの営業損益の赤字は2024年に半減した。", "half_true"),  # exact "halved": its ladder
    # a measure named by its side, kept negative: halved and doubled in size
    ("Norland's fiscal deficit roughly halved in 2024.", "true"),
    ("ノーランドの財政赤字は2025年に倍増した。", "true"),
    # negatives: x0.90 is no half, and a loss that shrank did not double
    ("Norland's operating loss roughly halved in 2025.", "false"),
    ("ノーランドの営業赤字は2024年に倍増した。", "false"),
    ("Norland's fiscal deficit doubled in 2024.", "false"),
    # the same multiple of a positive quantity, unchanged
    ("Norland's stocks roughly halved in 2024.", "mostly_true"),
])
def test_a_multiple_of_a_quantity_below_zero_is_of_its_size(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack, lang="en" if claim.isascii() else "ja")
    assert d.rating == expected, d.reason


@pytest.mark.parametrize(("claim", "expected"), [
    # 損益 names a balance: its deficit narrowed from -89.6 to -50, it did not widen
    ("ノーランドの営業赤字は2024年に縮小した。", "true"),
    ("ノーランドの営業赤字は2024年に拡大した。", "false"),
    # negative: a deficit kept positive whose aliases name another's surplus stays one-sided
    ("ノーランドの貿易赤字は2024年に拡大した。", "true"),
    ("ノーランドの貿易赤字は2024年に縮小した。", "false"),
])
def test_profit_and_loss_names_a_balance(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack, lang="ja")
    assert d.rating == expected, d.reason
