"""Quantities: pack cells, units, claim spellings, comparators, conversion and display."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shingi.model import Quantity
from shingi.normalize.quantities import (
    EXPECTED,
    normalize_unit,
    parse_quantity,
    split_unit,
)

# --- units ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("円", "JPY"), ("yen", "JPY"), ("JPY", "JPY"), ("jpy", "JPY"), ("¥", "JPY"), ("￥", "JPY"),
        ("ドル", "USD"), ("米ドル", "USD"), ("$", "USD"), ("US$", "USD"), ("USD", "USD"),
        ("dollars", "USD"), ("Dollars", "USD"),
        ("ユーロ", "EUR"), ("€", "EUR"), ("EUR", "EUR"),
        ("元", "CNY"), ("人民元", "CNY"), ("CNY", "CNY"), ("RMB", "CNY"), ("yuan", "CNY"),
        ("ウォン", "KRW"), ("KRW", "KRW"), ("won", "KRW"),
        ("ルピー", "INR"), ("INR", "INR"), ("rupees", "INR"), ("₹", "INR"),
        ("ポンド", "GBP"), ("£", "GBP"), ("GBP", "GBP"),
        ("%", "%"), ("％", "%"), ("パーセント", "%"), ("percent", "%"), ("per cent", "%"),
        ("倍", "x"), ("x", "x"), ("times", "x"), ("-fold", "x"),
        ("ポイント", "pt"), ("pt", "pt"), ("points", "pt"), ("percentage points", "pt"),
        ("件", "count"), ("社", "count"), ("人", "count"), ("台", "count"), ("基", "count"),
        ("個", "count"), ("枚", "count"), ("count", "count"), ("systems", "count"), ("GPUs", "count"),
        ("GW", "GW"), ("gw", "GW"), ("ギガワット", "GW"), ("MW", "MW"), ("GWh", "GWh"),
        ("PFLOPS", "PFLOPS"), ("EFLOPS", "EFLOPS"), ("exaflops", "EFLOPS"),
        ("chf", "CHF"), ("Sek", "SEK"), ("XYZ", "XYZ"),
        ("score", "score"), ("  tonnes ", "tonnes"),
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
        ("億円", 10**8, "JPY"), ("百万円", 10**6, "JPY"), ("千円", 10**3, "JPY"), ("兆円", 10**12, "JPY"),
        ("bn USD", 10**9, "USD"), ("USD mn", 10**6, "USD"), ("million dollars", 10**6, "USD"),
        ("JPY", 1, "JPY"), ("%", 1, "%"), ("", 1, None),
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
    with pytest.raises(ValueError, match=r"^'abc' is not a quantity: expected a number such as "
                                         r"6,315, 1\.6兆, 67\.22 bn, ~1 or 1/100$"):
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
