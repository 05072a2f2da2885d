"""The ladder of an exact multiple of a change, and a fraction of a change as its size
(docs/verdict-rules.md §4.1, "The ladder of a multiple of a change"), in English and Japanese, on a
small pack built here:

- an exact multiple of a change of the claimed way ("halved", 「倍増」, "doubled") missed beyond its
  partly factor (1.1) but within a factor 1.2 is half true, as an exact level 4-10 % off is; within
  1.1 it stays mostly true, from 1.2 to 1.6 mostly false, the other way false;
- a fraction said as the size of a change ("rose by a third", 「3分の1増えた」, "fell by two-thirds")
  is graded as the same size said in percent is ("rose 33%"): mostly true within a factor 1.25 of the
  found size, mostly false within 3, false further;
- a fall said to take half ("fell by half", 「半分減った」, "fell 50%", 「5割減った」) is the multiple
  x0.5 and takes the multiple's ladder, as "halved" does, on a level and on a growth rate (§1
  paraphrase invariance); a bound of the size keeps the size's reading;
- a multiple said to be nearly reached ("nearly doubled", 「ほぼ倍増」, 「4倍近く」) holds within a factor
  1.05 on its side, as "nearly 50,000" holds within 5 %; further, within 1.25, it is mostly true.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["stocks", "在庫量", "stocks", "t", "stocks;在庫", "", "amount", ""],
    ["output", "鉱山生産量", "mine output", "t", "mine output", "", "amount", ""],
    ["sales", "売上高", "sales", "USD", "sales;売上", "", "amount", ""],
    ["taxes", "税収", "tax revenue", "USD", "tax revenue;taxes", "", "amount", ""],
]
OBSERVATIONS = [
    ["k21", "NL", "stocks", "2021", "1000000", "t", "stat", ""],
    ["k23", "NL", "stocks", "2023", "557000", "t", "stat", ""],  # x0.557
    ["p21", "NL", "output", "2021", "1000000", "t", "stat", ""],
    ["p23", "NL", "output", "2023", "1680000", "t", "stat", ""],  # x1.68
    ["s21", "NL", "sales", "2021", "1000", "USD", "stat", ""],
    ["s23", "NL", "sales", "2023", "584", "USD", "stat", ""],  # a fall of 41.6 %
    ["t21", "NL", "taxes", "2021", "1000", "USD", "stat", ""],
    ["t23", "NL", "taxes", "2023", "1297", "USD", "stat", ""],  # a rise of 29.7 %
    ["s24", "NL", "sales", "2024", "1087", "USD", "stat", ""],  # x1.86 on 2023
    ["t24", "NL", "taxes", "2024", "2490", "USD", "stat", ""],  # x1.92 on 2023
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "multiple-ladder", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    # x0.557 for "halved" (x1.11 off) and x1.68 for "doubled" (x1.19 off): half true
    ("Norland's stocks halved between 2021 and 2023.", "half_true"),
    ("ノーランドの在庫量は2021年から2023年に半減した。", "half_true"),
    ("Norland's mine output doubled between 2021 and 2023.", "half_true"),
    ("ノーランドの鉱山生産量は2021年から2023年に倍増した。", "half_true"),
    # x1.68 for "tripled" (x1.79 off, a third of the way and more): mostly false, as before
    ("Norland's mine output tripled between 2021 and 2023.", "mostly_false"),
    # the other way: false
    ("Norland's mine output halved between 2021 and 2023.", "false"),
    # "roughly halved" is approximate and keeps its own bands (rounded past its digits: mostly true)
    ("Norland's stocks roughly halved between 2021 and 2023.", "mostly_true"),
])
def test_an_exact_multiple_a_little_past_its_partly_band_is_half_true(
    pack: Pack, claim: str, expected: str
) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected
    assert len(d.checks) == 1


@pytest.mark.parametrize(("claim", "expected"), [
    # a rise of 29.7 %: "a third" (x1.12 off) is the same stretch as "33%"
    ("Norland's tax revenue rose by a third between 2021 and 2023.", "mostly_true"),
    ("Norland's tax revenue rose 33% between 2021 and 2023.", "mostly_true"),
    ("ノーランドの税収は2021年から2023年に3分の1増えた。", "mostly_true"),
    # a fall of 41.6 %: "two-thirds" (x1.6 off) keeps the fall, mostly false, as "67%" does;
    # "a tenth" (x4.2 off) is false
    ("Norland's sales fell by two-thirds between 2021 and 2023.", "mostly_false"),
    ("Norland's sales fell 67% between 2021 and 2023.", "mostly_false"),
    ("ノーランドの売上高は2021年から2023年に3分の2減った。", "mostly_false"),
    ("Norland's sales fell by a tenth between 2021 and 2023.", "false"),
    # the other way: false
    ("Norland's tax revenue fell by a third between 2021 and 2023.", "false"),
])
def test_a_fraction_of_a_change_is_its_size(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected
    assert len(d.checks) == 1


@pytest.mark.parametrize(("claim", "expected"), [
    # x1.86 (7 % short of twice): mostly true, as "nearly 50,000" for 46,500; x1.92 (4 % short): true
    ("Norland's sales nearly doubled in 2024.", "mostly_true"),
    ("ノーランドの売上高は2024年にほぼ倍増した。", "mostly_true"),
    ("Norland's tax revenue nearly doubled in 2024.", "true"),
    ("ノーランドの税収は2024年に倍近くに増えた。", "true"),
])
def test_nearly_a_multiple_keeps_the_band_of_nearly(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected
    assert len(d.checks) == 1


HALF_A_FALL = [
    "Norland's stocks halved between 2021 and 2023.",
    "Norland's stocks fell by half between 2021 and 2023.",
    "Norland's stocks fell 50% between 2021 and 2023.",
    "ノーランドの在庫量は2021年から2023年に半減した。",
    "ノーランドの在庫量は2021年から2023年に半分減った。",
    "ノーランドの在庫量は2021年から2023年に5割減った。",
]


@pytest.mark.parametrize("claim", HALF_A_FALL)
def test_half_of_a_fall_takes_one_ladder_whatever_words_say_it(pack: Pack, claim: str) -> None:
    # x0.557 (a fall of 44.3 %): "fell by half" and "fell 50%" say "halved" (§1 paraphrase
    # invariance) and take the multiple's ladder, x1.11 off: half true (the writers' rating of
    # "halved" for x0.555-0.59); as a size of 50 % against 44.3 % they were mostly true
    d = diagnose(claim, pack)
    assert d.rating == "half_true", (d.rating, [c.reason for c in d.checks])
    assert d.rating == diagnose(HALF_A_FALL[0], pack).rating
    assert len(d.checks) == 1


@pytest.mark.parametrize(("claim", "expected"), [
    # a bound of the size keeps the size's reading: a fall of 41.6 % is not "more than half"
    ("Norland's sales fell by more than half between 2021 and 2023.", "mostly_false"),
    # the other way: false, as "halved" for a rise is
    ("Norland's tax revenue fell by half between 2021 and 2023.", "false"),
    ("Norland's tax revenue fell 50% between 2021 and 2023.", "false"),
])
def test_half_of_a_fall_bounds_and_the_other_way(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, (d.rating, [c.reason for c in d.checks])


@pytest.fixture(scope="module")
def growth_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    metrics = [["exp", "輸出額の前年比", "exports", "%", "exports;輸出", "true", "growth", ""]]
    observations = [["g24", "NL", "exp", "2024", "-42", "%", "stat", ""]]
    return small_pack(tmp_path_factory, "half-on-a-rate", metrics, observations)


@pytest.mark.parametrize("claim", [
    claim.replace("stocks", "exports").replace("在庫量", "輸出").replace(" between 2021 and 2023", " in 2024")
    .replace("2021年から2023年に", "2024年に") for claim in HALF_A_FALL
])
def test_half_of_a_fall_on_a_growth_rate(growth_pack: Pack, claim: str) -> None:
    # a rate of -42 % leaves x0.58: half true in every wording ("halved" had been checked on the
    # sign alone, true; "fell 50%" as a size, mostly true)
    d = diagnose(claim, growth_pack)
    assert d.rating == "half_true", (claim, d.rating, [c.reason for c in d.checks])
