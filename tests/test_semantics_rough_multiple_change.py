"""A round multiple of a change said roughly ("roughly doubled", 「約2倍に増えた」, "about tripled")
grades on the change it names (docs/verdict-rules.md §4.1, "A round multiple said roughly"), in
English and Japanese, on a small pack built here: "doubled" names a rise of 100 %, so within 10 % of
that change it holds, within a factor 1.3 of it it is mostly true, within 1.5 half true, further
mostly false — x1.68 is not "roughly doubled", however close 1.68 is to 2 on a ratio's factor 1.25.
A multiple with digits of its own (約1.4倍) and a comparison of two sides keep their readings.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["debt", "債務残高", "public debt", "USD", "public debt;debt", "", "amount", ""],
    ["sales", "売上高", "sales", "USD", "sales;売上", "", "amount", ""],
    ["output", "生産量", "output", "t", "output;生産", "", "amount", ""],
    ["stocks", "在庫量", "stocks", "t", "stocks;在庫", "", "amount", ""],
    ["users", "利用者数", "users", "persons", "users;利用者", "", "amount", ""],
    ["loans", "貸出額", "loans", "USD", "loans;貸出", "", "amount", ""],
]
OBSERVATIONS = [
    ["d19", "NL", "debt", "2019", "1000", "USD", "stat", ""],
    ["d24", "NL", "debt", "2024", "1680", "USD", "stat", ""],  # x1.68: +68 % for +100 %
    ["s19", "NL", "sales", "2019", "1000", "USD", "stat", ""],
    ["s24", "NL", "sales", "2024", "1870", "USD", "stat", ""],  # x1.87: +87 %
    ["o19", "NL", "output", "2019", "1000", "t", "stat", ""],
    ["o24", "NL", "output", "2024", "2050", "t", "stat", ""],  # x2.05: +105 %
    ["k19", "NL", "stocks", "2019", "1000", "t", "stat", ""],
    ["k24", "NL", "stocks", "2024", "1620", "t", "stat", ""],  # x1.62: +62 %
    ["u19", "NL", "users", "2019", "1000", "persons", "stat", ""],
    ["u24", "NL", "users", "2024", "1780", "persons", "stat", ""],  # x1.78: +78 %
    ["l19", "NL", "loans", "2019", "1000", "USD", "stat", ""],
    ["l24", "NL", "loans", "2024", "1740", "USD", "stat", ""],  # x1.74: +74 %
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "rough-multiple-change", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    # +68 % for the +100 % "doubled" names (a factor 1.47): half true, no longer true
    ("Norland's public debt roughly doubled between 2019 and 2024.", "half_true"),
    ("ノーランドの債務残高は2019年から2024年に約2倍に増えた。", "half_true"),
    # +87 % (a factor 1.15): mostly true
    ("Norland's sales roughly doubled between 2019 and 2024.", "mostly_true"),
    ("ノーランドの売上高は2019年から2024年に約2倍に増えた。", "mostly_true"),
    # +105 % (within 10 % of +100 %): true
    ("Norland's output roughly doubled between 2019 and 2024.", "true"),
    ("ノーランドの生産量は2019年から2024年に約2倍に増えた。", "true"),
    # +78 % (a factor 1.28, session 22): mostly true, as the writers rate "roughly doubled" and
    # 「ほぼ2倍」 for x1.78 and x1.77; +74 % (a factor 1.35) stays half true
    ("Norland's users roughly doubled between 2019 and 2024.", "mostly_true"),
    ("ノーランドの利用者数は2019年から2024年にほぼ2倍になった。", "mostly_true"),
    ("Norland's loans roughly doubled between 2019 and 2024.", "half_true"),
    ("ノーランドの貸出額は2019年から2024年に約2倍に増えた。", "half_true"),
    # +62 % (a factor 1.61): mostly false
    ("Norland's stocks roughly doubled between 2019 and 2024.", "mostly_false"),
    ("ノーランドの在庫量は2019年から2024年に約2倍に増えた。", "mostly_false"),
])
def test_a_round_multiple_said_roughly_grades_on_the_change_it_names(
    pack: Pack, claim: str, expected: str
) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected
    assert len(d.checks) == 1
    assert d.checks[0].numbers[0].unit == "x"  # graded as a multiple, the change it names its size
