"""Deficit and surplus words on a balance kept signed (docs/verdict-rules.md, "A deficit's size,
its change and its record", "A balance said to stand on one side"): a deficit that widens is a
balance that falls, the largest deficit is the lowest balance, "ran a deficit" is the balance's
sign, 黒字 / 赤字 after a 収支 measure's stem names that measure. (Blind round 11c jp-bop
trade_2022_15tn, digital_3x, trade_2025_80pct, trade_deficit_widening, services_shrinking,
trade_deficit_since_2011; round 11d ar-milei primary_deficit_2024, primary_2025_over2,
surplus_grew_2025.) And a window of years on a series that also holds months or quarters is read
on the years (fdi-nearly-doubled, ca_rising_5y)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["tb", "貿易収支", "trade balance", "JPY", "", "true", "amount", ""],
    ["pb", "基礎的財政収支", "primary balance", "%", "", "true", "share", ""],
    ["fb", "財政収支", "fiscal balance", "%", "財政黒字;budget surplus", "true", "share", ""],
    ["ca", "経常収支", "current account balance", "JPY", "", "true", "amount", ""],
]
OBSERVATIONS = [
    ["tb20", "NL", "tb", "2020", "1000000000000", "JPY", "stat", ""],
    ["tb21", "NL", "tb", "2021", "2000000000000", "JPY", "stat", ""],
    ["tb22", "NL", "tb", "2022", "-15700000000000", "JPY", "stat", ""],
    ["tb23", "NL", "tb", "2023", "-6500000000000", "JPY", "stat", ""],
    ["tb24", "NL", "tb", "2024", "-3700000000000", "JPY", "stat", ""],
    ["tb25", "NL", "tb", "2025", "-800000000000", "JPY", "stat", ""],
    ["pb24", "NL", "pb", "2024", "1.8", "%", "stat", ""],
    ["pb25", "NL", "pb", "2025", "1.4", "%", "stat", ""],
    ["fb24", "NL", "fb", "2024", "0.3", "%", "stat", ""],
    ["fb25", "NL", "fb", "2025", "0.2", "%", "stat", ""],
    ["ca21", "NL", "ca", "2021", "21000000000000", "JPY", "stat", ""],
    ["ca22", "NL", "ca", "2022", "11000000000000", "JPY", "stat", ""],
    ["ca23", "NL", "ca", "2023", "22000000000000", "JPY", "stat", ""],
    ["ca24", "NL", "ca", "2024", "29000000000000", "JPY", "stat", ""],
    ["ca24m", "NL", "ca", "2024-12", "1000000000000", "JPY", "stat", ""],
    ["ca25", "NL", "ca", "2025", "32000000000000", "JPY", "stat", ""],
    ["ca25m", "NL", "ca", "2025-12", "700000000000", "JPY", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "deficit-words", METRICS, OBSERVATIONS, language="ja")


def test_a_deficit_that_shrinks_is_a_balance_that_rises(pack: Pack) -> None:
    shrank = diagnose("ノーランドの2025年の貿易赤字は前年から約8割縮小した。", pack, as_of="2026-03-01")
    assert shrank.rating == "true"
    assert "縮小" in shrank.checks[0].statement
    assert diagnose("Norland's trade deficit narrowed in 2025.", pack, as_of="2026-03-01").rating == "true"
    assert diagnose("Norland's trade deficit widened in 2025.", pack, as_of="2026-03-01").rating == "false"


def test_the_largest_deficit_is_the_lowest_balance(pack: Pack) -> None:
    record = diagnose("ノーランドの2022年の貿易赤字は15兆円を超え、過去最大に膨らんだ。", pack)
    assert record.rating == "true"
    assert "最低" in record.checks[-1].reason  # the lowest balance before, not the highest


def test_a_multiple_of_a_deficit_n_years_back(pack: Pack) -> None:
    # 「3年前の」 counts back from the year the claim is about (2025 -> 2022): 0.8 is far below 15.7
    claim = "ノーランドの貿易赤字は2025年に5000億円を超え、3年前の2倍以上に膨らんだ。"
    assert diagnose(claim, pack).rating in ("half_true", "mostly_false", "false")


def test_a_balance_said_to_stand_on_one_side(pack: Pack) -> None:
    ran = diagnose("Norland ran a primary deficit in 2024.", pack)
    assert ran.rating == "false"
    assert "1.8" in ran.checks[0].reason
    every = "Norland has run a trade deficit every single year since 2020."
    since = diagnose(every, pack, as_of="2026-03-01")
    assert since.rating == "false"  # 2020 and 2021 were surpluses
    both = diagnose("ノーランドの貿易収支は2022年からずっと赤字で、しかも赤字幅は年々広がっている。", pack,
                    as_of="2026-03-01")
    assert [c.result for c in both.checks] == ["holds", "fails"]


def test_a_side_word_names_the_balance(pack: Pack) -> None:
    # 基礎的財政黒字 is the primary balance, not the fiscal balance whose alias 財政黒字 is inside it
    over = diagnose("ノーランドの2025年の基礎的財政黒字は2%を超えた。", pack)
    assert over.rating == "false"  # a plain bound missed by x1.3 or more (§5.1, session 27)
    assert "基礎的財政収支" in over.checks[0].reason
    claim = "Norland ran a budget surplus in both 2024 and 2025, and the surplus got bigger in 2025."
    grew = diagnose(claim, pack)
    assert grew.rating == "half_true"


def test_a_window_of_years_is_read_on_the_years(pack: Pack) -> None:
    # "since 2021" on years and Decembers: 2021 -> 2025 (not December 2025), with 2022 a fall
    rising = diagnose("ノーランドの経常黒字は2021年以降、毎年増え続けている。", pack, as_of="2026-03-01")
    assert rising.rating in ("half_true", "mostly_false")
    assert "2025年12月" not in rising.checks[0].reason
    claim = "Norland's current account surplus rose by about 18 trillion yen between 2022 and 2024."
    between = diagnose(claim, pack, as_of="2026-03-01")
    assert between.rating == "true"


def test_a_turn_to_a_side_named_with_the_balance(pack: Pack) -> None:
    # "returned to a goods trade surplus in 2025": the balance's name between the verb and the side
    # word; 2025 is still a deficit (blind round 11c jp-bop goods_surplus_2025, a wrong true)
    back = diagnose("Norland returned to a trade surplus in 2025.", pack, as_of="2026-03-01")
    assert back.rating == "false"
    assert "2025" in back.checks[0].reason
    # a year of a series with Decembers beside it is read on the year's value
    turned = diagnose("Norland's current account swung into a deficit in 2025.", pack, as_of="2026-03-01")
    assert turned.rating == "false"


RATE_METRICS = [
    ["cpi", "消費者物価指数の前年比", "consumer prices year-on-year change", "%",
     "消費者物価;consumer prices", "false", "growth", ""],
    ["inv", "投資額", "investment", "USD", "", "true", "amount", ""],
]
RATE_OBSERVATIONS = [
    ["c21", "NL", "cpi", "2021", "-0.2", "%", "stat", ""],
    ["c22", "NL", "cpi", "2022", "2.3", "%", "stat", ""],
    ["c23", "NL", "cpi", "2023", "3.1", "%", "stat", ""],
    ["c24", "NL", "cpi", "2024", "2.5", "%", "stat", ""],
    ["c25", "NL", "cpi", "2025", "3.1", "%", "stat", ""],
    ["c25m", "NL", "cpi", "2025-12", "-0.4", "%", "stat", ""],
    ["i22", "NL", "inv", "2022", "11.0", "USD", "stat", ""],
    ["i23", "NL", "inv", "2023", "11.8", "USD", "stat", ""],
    ["i23q1", "NL", "inv", "2023-Q1", "2.9", "USD", "stat", ""],
    ["i24q1", "NL", "inv", "2024-Q1", "2.7", "USD", "stat", ""],
]


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "yearly-rate", RATE_METRICS, RATE_OBSERVATIONS, language="ja")


def test_a_streak_of_rises_on_a_yearly_rate(rates: Pack) -> None:
    # 「2025年の…は4年連続で上昇」: the year's own rate (not December's), and four positive years in a
    # row (blind round 10c jp-household cpi_2025)
    claim = "ノーランドの2025年の消費者物価は前年比3.1%上昇し、4年連続の上昇となった。"
    four = diagnose(claim, rates, as_of="2026-02-01")
    assert four.rating == "true"
    assert "4年連続" in four.checks[-1].reason
    claim = "Norland's consumer prices rose in 2025 for the fifth year in a row."
    five = diagnose(claim, rates, as_of="2026-02-01")
    assert five.rating != "true"  # 2021 was a fall: four years, not five


def test_the_year_under_way_is_its_part_against_the_same_part_before(rates: Pack) -> None:
    # years to 2023 and the first quarter of 2024 of a series that adds up over time: 2022 -> 2023
    # rose, Q1 2024 fell below Q1 2023 (blind id-nickel metals-fdi-every-year compared 2022's total
    # with Q1 2024's)
    claim = "Norland's investment has kept climbing every year since 2022."
    kept = diagnose(claim, rates, as_of="2024-06-01")
    assert kept.rating in ("half_true", "mostly_false")
    assert "i24q1" in kept.checks[0].evidence


def test_a_sized_side_is_a_record_or_comparison_not_a_sign(pack: Pack) -> None:
    # 2022's deficit (-15.7) was larger than 2023's (-6.5): a record or comparison, not the sign
    def rating(claim: str) -> str:
        return diagnose(claim, pack, as_of="2026-03-01").rating

    for claim in ("Norland ran its biggest trade deficit ever in 2023.",
                  "Norland had its largest trade deficit in 2023.",
                  "ノーランドの貿易収支は2023年に過去最大の赤字となった。",
                  "ノーランドは2023年に前年より大きな貿易赤字を計上した。"):
        assert rating(claim) == "false", claim
    assert rating("Norland ran its biggest trade deficit ever in 2022.") == "true"
    assert rating("Norland posted a wider trade deficit in 2023.") not in ("true", "mostly_true")
    assert rating("ノーランドの貿易赤字は2023年に前年より縮小した。") == "true"
