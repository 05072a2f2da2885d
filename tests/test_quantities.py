"""Quantities: pack cells, units, claim spellings, comparators, conversion and display."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shingi.model import Quantity
from shingi.normalize.periods import find_periods
from shingi.normalize.quantities import (
    EXPECTED,
    convert,
    find_quantities,
    format_quantity,
    normalize_unit,
    parse_quantity,
    split_unit,
)
from shingi.normalize.text import normalize, ordinal_number

# --- units ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("円", "JPY"),
        ("yen", "JPY"),
        ("JPY", "JPY"),
        ("jpy", "JPY"),
        ("¥", "JPY"),
        ("￥", "JPY"),
        ("ドル", "USD"),
        ("米ドル", "USD"),
        ("$", "USD"),
        ("US$", "USD"),
        ("USD", "USD"),
        ("dollars", "USD"),
        ("Dollars", "USD"),
        ("ユーロ", "EUR"),
        ("€", "EUR"),
        ("EUR", "EUR"),
        ("元", "CNY"),
        ("人民元", "CNY"),
        ("CNY", "CNY"),
        ("RMB", "CNY"),
        ("yuan", "CNY"),
        ("ウォン", "KRW"),
        ("KRW", "KRW"),
        ("won", "KRW"),
        ("ルピー", "INR"),
        ("INR", "INR"),
        ("rupees", "INR"),
        ("₹", "INR"),
        ("ポンド", "GBP"),
        ("£", "GBP"),
        ("GBP", "GBP"),
        ("%", "%"),
        ("％", "%"),
        ("パーセント", "%"),
        ("percent", "%"),
        ("per cent", "%"),
        ("倍", "x"),
        ("x", "x"),
        ("times", "x"),
        ("-fold", "x"),
        ("ポイント", "pt"),
        ("pt", "pt"),
        ("points", "pt"),
        ("percentage points", "pt"),
        ("件", "count"),
        ("社", "count"),
        ("人", "count"),
        ("台", "count"),
        ("基", "count"),
        ("個", "count"),
        ("枚", "count"),
        ("count", "count"),
        ("systems", "count"),
        ("GPUs", "count"),
        ("GW", "GW"),
        ("gw", "GW"),
        ("ギガワット", "GW"),
        ("MW", "MW"),
        ("GWh", "GWh"),
        ("PFLOPS", "PFLOPS"),
        ("EFLOPS", "EFLOPS"),
        ("exaflops", "EFLOPS"),
        ("chf", "CHF"),
        ("Sek", "SEK"),
        ("XYZ", "XYZ"),
        ("score", "score"),
        ("  tonnes ", "t"),
        ("トン", "t"),
        ("megawatts", "MW"),
        ("score ", "score"),
    ],
)
def test_normalize_unit(text: str, unit: str) -> None:
    assert normalize_unit(text) == unit


@pytest.mark.parametrize("text", ["", "   "])
def test_normalize_unit_empty(text: str) -> None:
    assert normalize_unit(text) is None


def test_a_unit_with_a_scale_is_kept_as_written() -> None:
    # folding 億円 into JPY would lose a factor of 1e8 silently
    assert normalize_unit("億円") == "億円"
    assert normalize_unit("bn USD") == "bn USD"


@pytest.mark.parametrize(
    ("text", "scale", "unit"),
    [
        ("億円", 10**8, "JPY"),
        ("百万円", 10**6, "JPY"),
        ("千円", 10**3, "JPY"),
        ("兆円", 10**12, "JPY"),
        ("bn USD", 10**9, "USD"),
        ("USD mn", 10**6, "USD"),
        ("million dollars", 10**6, "USD"),
        ("JPY", 1, "JPY"),
        ("%", 1, "%"),
        ("", 1, None),
    ],
)
def test_split_unit(text: str, scale: int, unit: str | None) -> None:
    assert split_unit(text) == (Decimal(scale), unit)


# --- pack cells -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "value", "unit", "approx"),
    [
        ("6,315", 6315, None, False),
        ("6315", 6315, None, False),
        ("-5", -5, None, False),
        ("+5", 5, None, False),
        ("▲1,000", -1000, None, False),
        ("△1,000", -1000, None, False),
        ("70.7", 70.7, None, False),
        (".5", 0.5, None, False),
        ("1.6兆", 1.6e12, None, False),
        ("6,315億", 6.315e11, None, False),
        ("2兆3540億", 2.354e12, None, False),
        ("1億2000万", 1.2e8, None, False),
        ("1万2345", 12345, None, False),
        ("3万", 3e4, None, False),
        ("5千", 5000, None, False),
        ("10k", 1e4, None, False),
        ("10K", 1e4, None, False),
        ("10 thousand", 1e4, None, False),
        ("5M", 5e6, None, False),
        ("5 mn", 5e6, None, False),
        ("5 million", 5e6, None, False),
        ("67.22B", 6.722e10, None, False),
        ("67.22 bn", 6.722e10, None, False),
        ("67.22 billion", 6.722e10, None, False),
        ("0.68B", 6.8e8, None, False),
        ("1.6T", 1.6e12, None, False),
        ("1.6 tn", 1.6e12, None, False),
        ("1.6 trillion", 1.6e12, None, False),
        ("1.6e12", 1.6e12, None, False),
        ("1600000000000", 1.6e12, None, False),
        ("約1.6兆", 1.6e12, None, True),
        ("およそ100", 100, None, True),
        ("概ね100", 100, None, True),
        ("about 5", 5, None, True),
        ("approx. 5", 5, None, True),
        ("~1", 1, None, True),
        ("～1", 1, None, True),
        ("~0.01", 0.01, None, True),
        ("c. 40", 40, None, True),
        ("circa 40", 40, None, True),
        ("around 40", 40, None, True),
        ("roughly 40", 40, None, True),
        ("100程度", 100, None, True),
        ("1/100", 0.01, "x", False),
        ("~1/100", 0.01, "x", True),
        ("100分の1", 0.01, "x", False),
        ("約100分の1", 0.01, "x", True),
        ("70.7%", 70.7, "%", False),
        ("70.7 %", 70.7, "%", False),
        ("７０．７％", 70.7, "%", False),
        ("7x", 7, "x", False),
        ("7倍", 7, "x", False),
        ("1.6兆円", 1.6e12, "JPY", False),
        ("6,315億円", 6.315e11, "JPY", False),
        ("$67 billion", 6.7e10, "USD", False),
        ("US$109.1bn", 1.091e11, "USD", False),
        ("USD 67.22 bn", 6.722e10, "USD", False),
        ("$5m", 5e6, "USD", False),
        ("€3bn", 3e9, "EUR", False),
        ("1.6 trillion yen", 1.6e12, "JPY", False),
        ("1 GW", 1, "GW", False),
        ("1GW", 1, "GW", False),
        ("6.22 EFLOPS", 6.22, "EFLOPS", False),
        ("43 systems", 43, "count", False),
        ("43社", 43, "count", False),
        ("12 apples", 12, "apples", False),
        ("1割", 10, "%", False),
        ("3割5分", 35, "%", False),
        ("twice", 2, "x", False),
        ("半分", 0.5, "x", False),
    ],
)
def test_parse_quantity(cell: str, value: float, unit: str | None, approx: bool) -> None:
    q = parse_quantity(cell)
    assert q == Quantity(value, unit, approx, cell)


def test_scale_words_give_the_same_float_as_digits() -> None:
    assert parse_quantity("1.6兆").value == parse_quantity("1600000000000").value == 1.6e12
    assert parse_quantity("2.354兆").value == parse_quantity("2兆3540億").value == 2354000000000.0
    assert parse_quantity("0.1B").value == 1e8


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        ("", "the cell is empty; "),
        ("   ", "the cell is empty; "),
        ("abc", ""),
        ("6,31", "thousands separators must group three digits (6,315); "),
        ("1,2345", "thousands separators must group three digits (6,315); "),
        ("7倍超", "comparators such as 以上, 超 or 'more than' belong in claims, not in cells; "),
        ("100以上", "comparators such as 以上, 超 or 'more than' belong in claims, not in cells; "),
        ("more than 5", "comparators such as 以上, 超 or 'more than' belong in claims, not in cells; "),
        ("1/0", "division by zero; "),
        ("1.2.3", ""),
        ("5 5", ""),
        ("1.6兆円 USD", "it names two units, JPY and USD; "),
        ("abc 5", ""),
    ],
)
def test_parse_quantity_errors(cell: str, why: str) -> None:
    with pytest.raises(ValueError) as err:
        parse_quantity(cell)
    assert str(err.value) == f"'{cell.strip()}' is not a quantity: {why}{EXPECTED}"


def test_the_example_message_of_the_brief() -> None:
    with pytest.raises(
        ValueError,
        match=r"^'abc' is not a quantity: expected a number such as "
        r"6,315, 1\.6兆, 67\.22 bn, ~1 or 1/100$",
    ):
        parse_quantity("abc")


def test_the_unit_column_applies_its_scale() -> None:
    assert parse_quantity("6,315", unit="億円") == Quantity(6.315e11, "JPY", False, "6,315")
    assert parse_quantity("67.22", unit="bn USD") == Quantity(6.722e10, "USD", False, "67.22")
    assert parse_quantity("1.6兆", unit="JPY") == Quantity(1.6e12, "JPY", False, "1.6兆")
    assert parse_quantity("1.6兆円", unit="円") == Quantity(1.6e12, "JPY", False, "1.6兆円")
    assert parse_quantity("70.7", unit="%") == Quantity(70.7, "%", False, "70.7")
    assert parse_quantity("~0.01", unit="x") == Quantity(0.01, "x", True, "~0.01")
    assert parse_quantity("1/100", unit="x").unit == "x"
    assert parse_quantity("5", unit="") == Quantity(5, None, False, "5")


def test_the_unit_column_must_agree_with_the_cell() -> None:
    with pytest.raises(ValueError, match="its unit JPY disagrees with the unit column"):
        parse_quantity("1.6兆円", unit="USD")


# --- finding quantities in claims -------------------------------------------------------------

Found = tuple[str, float, str | None, bool, str | None]


def found(text: str) -> list[Found]:
    return [
        (m.text, m.quantity.value, m.quantity.unit, m.quantity.approx, m.comparator)
        for m in find_quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money, Japanese
        ("日本への1.6兆円の投資", [("1.6兆円", 1.6e12, "JPY", False, None)]),
        ("Rapidusに6,315億円の追加支援", [("6,315億円", 6.315e11, "JPY", False, None)]),
        ("累計2兆3540億円", [("2兆3540億円", 2.354e12, "JPY", False, None)]),
        ("2.354兆円", [("2.354兆円", 2.354e12, "JPY", False, None)]),
        ("1,000億ドル", [("1,000億ドル", 1e11, "USD", False, None)]),
        ("1,000億米ドル", [("1,000億米ドル", 1e11, "USD", False, None)]),
        ("約6.8億ドル", [("約6.8億ドル", 6.8e8, "USD", True, "about")]),
        ("100万ユーロ", [("100万ユーロ", 1e6, "EUR", False, None)]),
        ("2兆元", [("2兆元", 2e12, "CNY", False, None)]),
        ("▲1,000億円", [("▲1,000億円", -1e11, "JPY", False, None)]),
        # money, English
        ("$67 billion", [("$67 billion", 6.7e10, "USD", False, None)]),
        ("US$109.1bn", [("US$109.1bn", 1.091e11, "USD", False, None)]),
        ("67.22 billion dollars", [("67.22 billion dollars", 6.722e10, "USD", False, None)]),
        ("1.6 trillion yen", [("1.6 trillion yen", 1.6e12, "JPY", False, None)]),
        ("USD 67.22 bn", [("USD 67.22 bn", 6.722e10, "USD", False, None)]),
        ("¥1.6 trillion", [("¥1.6 trillion", 1.6e12, "JPY", False, None)]),
        ("$5m", [("$5m", 5e6, "USD", False, None)]),
        ("-$5bn", [("-$5bn", -5e9, "USD", False, None)]),
        ("€3 billion", [("€3 billion", 3e9, "EUR", False, None)]),
        # shares and multiples
        ("70.7%", [("70.7%", 70.7, "%", False, None)]),
        ("94.3 %", [("94.3 %", 94.3, "%", False, None)]),
        ("７０．７％", [("70.7%", 70.7, "%", False, None)]),
        ("99 percent", [("99 percent", 99, "%", False, None)]),
        ("約1%", [("約1%", 1, "%", True, "about")]),
        ("-5%", [("-5%", -5, "%", False, None)]),
        ("7倍", [("7倍", 7, "x", False, None)]),
        ("7x", [("7x", 7, "x", False, None)]),
        ("7×", [("7×", 7, "x", False, None)]),
        ("7-fold", [("7-fold", 7, "x", False, None)]),
        ("13 times", [("13 times", 13, "x", False, None)]),
        ("7倍超", [("7倍超", 7, "x", False, "more_than")]),
        ("2倍を超える", [("2倍を超える", 2, "x", False, "more_than")]),
        ("seven times", [("seven times", 7, "x", False, None)]),
        ("about nine times", [("about nine times", 9, "x", True, "about")]),
        ("a hundred times", [("a hundred times", 100, "x", False, None)]),
        ("tenfold", [("tenfold", 10, "x", False, None)]),
        ("ten-fold", [("ten-fold", 10, "x", False, None)]),
        ("twice", [("twice", 2, "x", False, None)]),
        ("double", [("double", 2, "x", False, None)]),
        ("more than doubled", [("more than doubled", 2, "x", False, "more_than")]),
        ("tripled", [("tripled", 3, "x", False, None)]),
        ("二倍", [("二倍", 2, "x", False, None)]),
        ("十倍", [("十倍", 10, "x", False, None)]),
        # fractions and ratios
        ("100分の1", [("100分の1", 0.01, "x", False, None)]),
        ("約100分の1", [("約100分の1", 0.01, "x", True, "about")]),
        ("米国の約100分の1にとどまる", [("約100分の1にとどまる", 0.01, "x", True, "about")]),
        ("1/100", [("1/100", 0.01, "x", False, None)]),
        ("5分の1", [("5分の1", 0.2, "x", False, None)]),
        ("one hundredth", [("one hundredth", 0.01, "x", False, None)]),
        ("a hundredth", [("a hundredth", 0.01, "x", False, None)]),
        ("one tenth", [("one tenth", 0.1, "x", False, None)]),
        ("a third", [("a third", 1 / 3, "x", False, None)]),
        ("two thirds", [("two thirds", 2 / 3, "x", False, None)]),
        ("about one seventieth", [("about one seventieth", 1 / 70, "x", True, "about")]),
        ("half of the firms", [("half", 0.5, "x", False, None)]),
        ("半分", [("半分", 0.5, "x", False, None)]),
        ("約半分", [("約半分", 0.5, "x", True, "about")]),
        ("半数以上", [("半数以上", 0.5, "x", False, "at_least")]),
        ("1割", [("1割", 10, "%", False, None)]),
        ("3割5分", [("3割5分", 35, "%", False, None)]),
        ("1割超", [("1割超", 10, "%", False, "more_than")]),
        # points
        ("20ポイント", [("20ポイント", 20, "pt", False, None)]),
        ("20 points", [("20 points", 20, "pt", False, None)]),
        ("20 percentage points", [("20 percentage points", 20, "pt", False, None)]),
        ("20ポイント以上", [("20ポイント以上", 20, "pt", False, "at_least")]),
        # free units and counts
        ("1GW", [("1GW", 1, "GW", False, None)]),
        ("1 GW", [("1 GW", 1, "GW", False, None)]),
        ("1ギガワット", [("1ギガワット", 1, "GW", False, None)]),
        ("6.22 EFLOPS", [("6.22 EFLOPS", 6.22, "EFLOPS", False, None)]),
        ("99%", [("99%", 99, "%", False, None)]),
        ("43 systems", [("43 systems", 43, "count", False, None)]),
        ("43システム", [("43システム", 43, "count", False, None)]),
        ("6,128 GPUs", [("6,128 GPUs", 6128, "count", False, None)]),
        ("100社", [("100社", 100, "count", False, None)]),
        ("2026人", [("2026人", 2026, "count", False, None)]),
        ("2048 GPUs", [("2048 GPUs", 2048, "count", False, None)]),
        ("70B parameters", [("70B parameters", 7e10, "count", False, None)]),
        ("世界1位", [("1位", 1, "rank", False, None)]),
        (
            "Japan holds 43 of the 500 systems",
            [("43", 43, None, False, None), ("500 systems", 500, "count", False, None)],
        ),
        # comparators
        ("more than 43 systems", [("more than 43 systems", 43, "count", False, "more_than")]),
        ("over 90%", [("over 90%", 90, "%", False, "more_than")]),
        ("above 90%", [("above 90%", 90, "%", False, "more_than")]),
        ("exceeds 10%", [("exceeds 10%", 10, "%", False, "more_than")]),
        ("at least 100 companies", [("at least 100 companies", 100, "count", False, "at_least")]),
        ("no less than 5%", [("no less than 5%", 5, "%", False, "at_least")]),
        ("100 or more", [("100 or more", 100, None, False, "at_least")]),
        ("up to 1 GW", [("up to 1 GW", 1, "GW", False, "at_most")]),
        ("at most 5%", [("at most 5%", 5, "%", False, "at_most")]),
        ("no more than 5%", [("no more than 5%", 5, "%", False, "at_most")]),
        ("under 5%", [("under 5%", 5, "%", False, "less_than")]),
        ("below 5%", [("below 5%", 5, "%", False, "less_than")]),
        ("less than 5%", [("less than 5%", 5, "%", False, "less_than")]),
        ("fewer than 10 firms", [("fewer than 10 firms", 10, "count", False, "less_than")]),
        ("exactly 7x", [("exactly 7x", 7, "x", False, "exactly")]),
        ("about $10.7 billion", [("about $10.7 billion", 1.07e10, "USD", True, "about")]),
        ("around 40%", [("around 40%", 40, "%", True, "about")]),
        ("roughly 40%", [("roughly 40%", 40, "%", True, "about")]),
        ("approximately 40%", [("approximately 40%", 40, "%", True, "about")]),
        ("nearly 1%", [("nearly 1%", 1, "%", True, "about")]),
        ("almost 1%", [("almost 1%", 1, "%", True, "about")]),
        ("~1%", [("~1%", 1, "%", True, "about")]),
        ("c. 40%", [("c. 40%", 40, "%", True, "about")]),
        ("reached 2.354 trillion yen", [("reached 2.354 trillion yen", 2.354e12, "JPY", False, "about")]),
        ("hit 99%", [("hit 99%", 99, "%", False, "about")]),
        ("only 1%", [("only 1%", 1, "%", False, "about")]),
        ("およそ100社", [("およそ100社", 100, "count", True, "about")]),
        ("100社程度", [("100社程度", 100, "count", True, "about")]),
        ("100社前後", [("100社前後", 100, "count", True, "about")]),
        ("100社ほど", [("100社ほど", 100, "count", True, "about")]),
        ("100社以上", [("100社以上", 100, "count", False, "at_least")]),
        ("3兆円を超えた", [("3兆円を超えた", 3e12, "JPY", False, "more_than")]),
        ("1兆円を上回る", [("1兆円を上回る", 1e12, "JPY", False, "more_than")]),
        ("1.6兆円強", [("1.6兆円強", 1.6e12, "JPY", True, "more_than")]),
        ("100人弱", [("100人弱", 100, "count", True, "less_than")]),
        ("10%以下", [("10%以下", 10, "%", False, "at_most")]),
        ("最大1GW", [("最大1GW", 1, "GW", False, "at_most")]),
        ("5%未満", [("5%未満", 5, "%", False, "less_than")]),
        ("1兆円を下回る", [("1兆円を下回る", 1e12, "JPY", False, "less_than")]),
        ("1兆円に達した", [("1兆円に達した", 1e12, "JPY", False, "about")]),
        ("約6,000億円に上った", [("約6,000億円に上った", 6e11, "JPY", True, "about")]),
        ("70.7%にとどまる", [("70.7%にとどまる", 70.7, "%", False, "about")]),
        ("わずか1%", [("わずか1%", 1, "%", False, "about")]),
        ("少なくとも100社", [("少なくとも100社", 100, "count", False, "at_least")]),
        # 強 that means "strong" is not a comparator
        ("7倍強い", [("7倍", 7, "x", False, None)]),
        # ranges
        ("7 to 13 times", [("7", 7, "x", False, None), ("13 times", 13, "x", False, None)]),
        ("7~13倍", [("7", 7, "x", False, None), ("13倍", 13, "x", False, None)]),
        ("1~2兆円", [("1", 1e12, "JPY", False, None), ("2兆円", 2e12, "JPY", False, None)]),
        ("3-5%", [("3", 3, "%", False, None), ("5%", 5, "%", False, None)]),
    ],
)
def test_find_quantities(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # dates and years are periods
        "2026年4月",
        "2026年4月15日",
        "April 2026",
        "15 April 2026",
        "April 15, 2026",
        "FY2027",
        "FY 2027",
        "2027年度",
        "令和8年度",
        "in 2026",
        "the 2020s",
        "2020年代",
        "Q2 2026",
        "2Q 2026",
        "H2 2025",
        "mid-2025",
        "late 2025",
        "2026/4/15",
        "2026-04",
        "2018-2022",
        "4月15日",
        "3月期",
        "the first half of 2026",
        "in the first half",
        "a half-year report",
        # model versions and names
        "GPT-4.1",
        "GPT-4",
        "PLaMo 2.2",
        "PLaMo 2.2 Prime",
        "ABCI 3.0",
        "ABCI 2.0",
        "tsuzumi 2",
        "Llama 3",
        "H100",
        "H200 GPUs",
        "A100",
        "5G",
        "3D",
        "FP16",
        "TOP500",
        "RTX-2080",
        # ordinals, durations, dates without year
        "1st",
        "2nd place",
        "第3位",
        "3年連続",
        "12か月",
        "5年間",
        "10時",
        "Nature",
    ],
)
def test_not_quantities(text: str) -> None:
    assert found(text) == []


def test_a_claim_with_a_period_and_an_amount() -> None:
    text = "Microsoftは２０２６年４月、日本への１．６兆円の投資を発表した"
    [m] = find_quantities(text)
    assert m.text == "1.6兆円"
    assert normalize(text)[m.start : m.end] == m.text
    assert m.quantity == Quantity(1.6e12, "JPY", False, "1.6兆円")


def test_comparator_words_do_not_reach_into_a_period() -> None:
    assert found("2026年4月以上") == []
    assert found("in April 2026 over 5%") == [("over 5%", 5, "%", False, "more_than")]


def test_quantity_match_is_frozen() -> None:
    [m] = find_quantities("1.6兆円")
    with pytest.raises(AttributeError):
        m.comparator = "about"  # type: ignore[misc]


# --- conversion ----------------------------------------------------------------------------

FX = {"JPY": {2024: 151.4, 2025: 150.0, 2026: 150.0}, "EUR": {2026: 0.9}}


def test_convert_jpy_to_usd() -> None:
    result = convert(parse_quantity("1.6兆円"), "USD", FX, 2026)
    assert result is not None
    value, note = result
    assert value == pytest.approx(1.6e12 / 150)
    assert note == "1.6兆 JPY = 10.67 bn USD at 150.0 JPY/USD (2026)"


def test_convert_usd_to_jpy() -> None:
    result = convert(Quantity(1.07e10, "USD"), "JPY", FX, 2024)
    assert result is not None
    assert result[0] == pytest.approx(1.07e10 * 151.4)
    assert result[1] == "10.7 bn USD = 1.62兆 JPY at 151.4 JPY/USD (2024)"


def test_convert_uses_the_nearest_year_and_says_so() -> None:
    result = convert(Quantity(1.5e12, "JPY"), "USD", FX, 2030)
    assert result is not None
    assert result[0] == pytest.approx(1e10)
    assert result[1] == "1.5兆 JPY = 10 bn USD at 150.0 JPY/USD (2026, nearest to 2030)"
    early = convert(Quantity(151.4, "JPY"), "USD", FX, 2000)
    assert early is not None and early[0] == pytest.approx(1.0) and "(2024, nearest to 2000)" in early[1]


def test_convert_between_two_currencies_goes_through_usd() -> None:
    result = convert(Quantity(1.5e12, "JPY"), "EUR", FX, 2026)
    assert result is not None
    assert result[0] == pytest.approx(9e9)
    assert result[1] == "1.5兆 JPY = 9 bn EUR at 150.0 JPY/USD and 0.9 EUR/USD (2026)"


def test_convert_same_unit_is_unchanged() -> None:
    assert convert(Quantity(70.7, "%"), "%", FX, 2026) == (70.7, "")
    assert convert(Quantity(5.0, "USD"), "USD", {}, 2026) == (5.0, "")


@pytest.mark.parametrize(
    ("q", "unit"),
    [
        (Quantity(1.0, "JPY"), "GBP"),  # GBP not in fx
        (Quantity(1.0, "GBP"), "USD"),
        (Quantity(1.0, "%"), "USD"),
        (Quantity(1.0, None), "USD"),
        (Quantity(1.0, "JPY"), "count"),
    ],
)
def test_convert_without_a_path(q: Quantity, unit: str) -> None:
    assert convert(q, unit, FX, 2026) is None


# --- display -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "ja", "en"),
    [
        (1.6e12, "JPY", "1.6兆円", "JPY 1.6 trn"),
        (6.315e11, "JPY", "6,315億円", "JPY 631.5 bn"),
        (2.354e12, "JPY", "2.354兆円", "JPY 2.354 trn"),
        (6.722e10, "USD", "672.2億ドル", "USD 67.22 bn"),
        (1.0667e10, "USD", "106.7億ドル", "USD 10.67 bn"),
        (5e6, "USD", "500万ドル", "USD 5 mn"),
        (1234, "JPY", "1,234円", "JPY 1,234"),
        (3e9, "EUR", "30億ユーロ", "EUR 3 bn"),
        (3e9, "CHF", "30億 CHF", "CHF 3 bn"),
        (70.7, "%", "70.7%", "70.7 %"),
        (7, "x", "7倍", "7x"),
        (0.01, "x", "0.01倍", "0.01x"),
        (20, "pt", "20ポイント", "20 pt"),
        (1, "GW", "1GW", "1 GW"),
        (6128, "count", "6,128", "6,128"),
        (43, None, "43", "43"),
        (-5, "%", "-5%", "-5 %"),
        (0.0, None, "0", "0"),
        (1 / 3, "x", "0.333倍", "0.333x"),
    ],
)
def test_format_quantity(value: float, unit: str | None, ja: str, en: str) -> None:
    assert format_quantity(value, unit, "ja") == ja
    assert format_quantity(value, unit, "en") == en


# --- properties ------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**15))
def test_thousands_separators(n: int) -> None:
    assert parse_quantity(f"{n:,}").value == n
    assert parse_quantity(str(n)).value == n


@given(
    st.decimals(min_value=0, max_value=10**4, places=4, allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            ("万", 4),
            ("億", 8),
            ("兆", 12),
            ("k", 3),
            ("M", 6),
            ("bn", 9),
            ("billion", 9),
            ("T", 12),
            ("trillion", 12),
        ]
    ),
)
def test_scale_words_are_exact(x: Decimal, scale: tuple[str, int]) -> None:
    word, exponent = scale
    text = f"{x}{word}" if not word[0].isalpha() or len(word) <= 2 else f"{x} {word}"
    assert parse_quantity(text).value == float(x * Decimal(10) ** exponent)


@given(st.integers(1, 9999), st.integers(0, 9999))
def test_japanese_compounds(oku: int, man: int) -> None:
    assert parse_quantity(f"{oku}億{man}万").value == oku * 10**8 + man * 10**4
    assert parse_quantity(f"{oku}兆{man}億円") == Quantity(
        float(oku * 10**12 + man * 10**8), "JPY", False, f"{oku}兆{man}億円"
    )


@given(st.integers(1, 9999), st.integers(1, 9999), st.integers(1, 9999))
def test_japanese_compounds_of_three_parts_keep_every_part(oku: int, man: int, ones: int) -> None:
    # 1億2433万690人: a part with its own scale word may be followed by more digits.
    found = find_quantities(f"人口は{oku}億{man}万{ones}人だった。")
    assert [(m.quantity.value, m.quantity.unit) for m in found] == [
        (float(oku * 10**8 + man * 10**4 + ones), "count")]


def test_a_population_written_in_three_parts_reads_whole() -> None:
    found = find_quantities("総人口は1億2708万3千人で、前年より減った。")
    assert [(m.text, m.quantity.value) for m in found] == [("1億2708万3千人", 127_083_000.0)]


@given(
    st.integers(1, 9999),
    st.integers(0, 12),
    st.sampled_from(["JPY", "USD", "EUR", "%", "x", "pt", "GW", "count", None]),
    st.sampled_from(["ja", "en"]),
)
def test_format_then_parse_gives_the_value_back(
    digits: int, exponent: int, unit: str | None, lang: str
) -> None:
    value = float(digits * 10**exponent)
    shown = format_quantity(value, unit, lang)
    q = parse_quantity(shown)
    assert q.value == value
    assert q.unit == (None if unit == "count" else unit)


@given(
    st.sampled_from(
        [
            "2026年4月",
            "2027年度",
            "令和8年",
            "April 2026",
            "FY2027",
            "late 2025",
            "Q2 2026",
            "the 2020s",
            "2026/4/15",
            "15 April 2026",
            "in 2026",
            "2025年後半",
            "mid-2025",
        ]
    ),
    st.sampled_from(
        [
            "1.6兆円",
            "6,315億円",
            "70.7%",
            "7倍",
            "約100分の1",
            "$67 billion",
            "43 systems",
            "1GW",
            "2026人",
            "more than 5%",
        ]
    ),
    st.sampled_from(["、", " ", "に ", " and ", "は ", ", ", "。"]),
    st.booleans(),
)
def test_quantities_never_take_a_period(period: str, quantity: str, glue: str, period_first: bool) -> None:
    text = period + glue + quantity if period_first else quantity + glue + period
    periods = find_periods(text)
    assert [p.text for p in periods] == [normalize(period).removeprefix("in ").removeprefix("the ")]
    quantities = find_quantities(text)
    assert [q.text for q in quantities] == [quantity]
    for q in quantities:
        for p in periods:
            assert q.end <= p.start or p.end <= q.start
            assert q.quantity.value != p.period.start.year or q.quantity.unit == "count"


@given(
    st.lists(
        st.sampled_from(
            [
                "1.6兆円",
                "GPT-4.1",
                "2026年4月",
                "約",
                "以上",
                " ",
                "、",
                "70.7%",
                "PLaMo 2.2",
                "7倍超",
                "about ",
                "1/100",
                "twice",
                "43 systems",
                "2,026",
                "in 2026",
                "-",
                "~",
                "100分の1",
                "half",
            ]
        ),
        max_size=12,
    )
)
def test_matches_are_ordered_disjoint_spans_of_the_normalized_text(parts: list[str]) -> None:
    text = "".join(parts)
    norm = normalize(text)
    matches = find_quantities(text)
    for m in matches:
        assert norm[m.start : m.end] == m.text == m.quantity.text
        assert m.comparator in (None, "about", "at_least", "more_than", "at_most", "less_than", "exactly")
    assert all(a.end <= b.start for a, b in pairwise(matches))


@pytest.mark.parametrize(
    "text", ["won all three Round 1 sites", "Level 4 autonomous driving", "Phase 3 of the plan"]
)
def test_a_number_after_a_label_word_is_a_label(text: str) -> None:
    assert find_quantities(text) == []


def test_label_words_do_not_hide_money_or_scaled_numbers() -> None:
    (found,) = find_quantities("a round 2 billion yen")
    assert found.quantity.value == 2e9 and found.quantity.unit == "JPY"


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a trillion dollars in debt", 1e12, "USD"),
    ("one billion yen", 1e9, "JPY"),
    ("half a million jobs", 5e5, "count"),
    ("two million people", 2e6, "count"),
    ("about a hundred million yen", 1e8, "JPY"),
])
def test_a_number_in_words_before_a_scale_word_is_that_amount(text: str, value: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.quantity.value, q.quantity.unit) == (value, unit)


def test_a_scale_word_in_an_adjective_is_no_amount() -> None:
    assert find_quantities("a billion-dollar company") == []


@pytest.mark.parametrize(
    ("word", "place"),
    [("first", 1), ("Third", 3), ("twelfth", 12), ("1st", 1), ("4th", 4), ("22nd", 22), ("former", None),
     ("three", None), ("", None)],
)
def test_ordinal_number_reads_words_and_digits(word: str, place: int | None) -> None:
    # the one table of ordinals: parsing, ingest dates and the checks all read places through it
    assert ordinal_number(word) == place


def test_a_hyphened_percent_is_a_percentage_and_four_quarters_no_fraction() -> None:
    # "a 2.7-percent increase": the compound adjective of "2.7 percent" (BLS writes it so); "over the last
    # four quarters" counts quarters, it is no fraction (a fraction in words is less than one)
    found = [(q.quantity.value, q.quantity.unit) for q in find_quantities(
        "reflecting a 2.7-percent increase in output, and costs decreased 0.2 percent over the last four"
        " quarters; three quarters of firms")]
    assert found == [(2.7, "%"), (0.2, "%"), (0.75, "x")]
