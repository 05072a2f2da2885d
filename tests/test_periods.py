"""Periods: pack cells, claim spellings, stepping, and properties of the intervals."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from shingi.model import Period
from shingi.normalize.periods import (
    EXPECTED,
    find_periods,
    parse_period,
    period_of_day,
    period_of_decade,
    period_of_fiscal_half,
    period_of_fiscal_year,
    period_of_half,
    period_of_mid_year,
    period_of_month,
    period_of_quarter,
    period_of_year,
    same_or_adjacent,
    shift,
)
from shingi.normalize.text import normalize

D = date

# --- pack cells: the contract's spellings -------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "start", "end", "precision", "text"),
    [
        ("2026", D(2026, 1, 1), D(2026, 12, 31), "year", "2026"),
        ("2026-04", D(2026, 4, 1), D(2026, 4, 30), "month", "2026-04"),
        ("2026-02", D(2026, 2, 1), D(2026, 2, 28), "month", "2026-02"),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month", "2024-02"),
        ("2026-04-15", D(2026, 4, 15), D(2026, 4, 15), "day", "2026-04-15"),
        ("2026-Q1", D(2026, 1, 1), D(2026, 3, 31), "quarter", "2026-Q1"),
        ("2026-Q2", D(2026, 4, 1), D(2026, 6, 30), "quarter", "2026-Q2"),
        ("2026-Q4", D(2026, 10, 1), D(2026, 12, 31), "quarter", "2026-Q4"),
        ("2026-H1", D(2026, 1, 1), D(2026, 6, 30), "half", "2026-H1"),
        ("2025-H2", D(2025, 7, 1), D(2025, 12, 31), "half", "2025-H2"),
        ("FY2027", D(2027, 4, 1), D(2028, 3, 31), "fiscal_year", "FY2027"),
        ("FY2026", D(2026, 4, 1), D(2027, 3, 31), "fiscal_year", "FY2026"),
    ],
)
def test_contract_spellings(cell: str, start: date, end: date, precision: str, text: str) -> None:
    p = parse_period(cell)
    assert (p.start, p.end, p.precision, p.text) == (start, end, precision, text)


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("2026/04", "2026-04"),
        ("2026-4", "2026-04"),
        ("2026/4/15", "2026-04-15"),
        ("2026-4-5", "2026-04-05"),
        ("2026-04-15T00:00:00", "2026-04-15"),
        ("2026-04-15 09:30", "2026-04-15"),
        ("  2026-04  ", "2026-04"),
        ("２０２６－０４", "2026-04"),
        ("2026q2", "2026-Q2"),
        ("2026 Q2", "2026-Q2"),
        ("2026h1", "2026-H1"),
        ("fy2027", "FY2027"),
        ("FY 2027", "FY2027"),
        # claim spellings are accepted when they are the whole cell
        ("2026年4月", "2026-04"),
        ("２０２６年４月", "2026-04"),
        ("2026年4月15日", "2026-04-15"),
        ("2027年度", "FY2027"),
        ("令和8年度", "FY2026"),
        ("令和8年", "2026"),
        ("April 2026", "2026-04"),
        ("Apr. 2026", "2026-04"),
        ("15 April 2026", "2026-04-15"),
        ("April 15, 2026", "2026-04-15"),
        ("late 2025", "2025-H2"),
        ("early 2026", "2026-H1"),
        ("H2 2025", "2025-H2"),
        ("Q2 2026", "2026-Q2"),
        ("2025年後半", "2025-H2"),
        ("FY2026-H1", "FY2026-H1"),
        ("mid-2025", "mid-2025"),
        ("2020s", "2020s"),
        ("2020年代", "2020s"),
    ],
)
def test_more_cell_spellings(cell: str, text: str) -> None:
    assert parse_period(cell).text == text


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        ("2026-13", "month must be 01-12"),
        ("2026-00", "month must be 01-12"),
        ("2026/13/01", "month must be 01-12"),
        ("2025-02-30", "day must be 01-28 in 2025-02"),
        ("2024-02-30", "day must be 01-29 in 2024-02"),
        ("2026-04-31", "day must be 01-30 in 2026-04"),
        ("2026-Q5", "quarter must be Q1-Q4"),
        ("2026-Q0", "quarter must be Q1-Q4"),
        ("2026-H3", "half must be H1 or H2"),
        ("0000", "year must be 0001-9999"),
        ("FY9999", "FY9999 ends after 9999-12-31"),
        ("", "the cell is empty"),
        ("   ", "the cell is empty"),
        ("20261", "a year has four digits"),
        ("202", "a year has four digits"),
        ("2025-2026", "it names more than one period"),
        ("2026年13月", "month must be 01-12"),
    ],
)
def test_cell_errors_say_why(cell: str, why: str) -> None:
    with pytest.raises(ValueError) as err:
        parse_period(cell)
    message = str(err.value)
    assert f"is not a period: {why} ({EXPECTED})" in message
    assert message.startswith(f"'{cell.strip()}'")


def test_the_example_message_of_the_brief() -> None:
    with pytest.raises(ValueError, match=r"^'2026-13' is not a period: month must be 01-12 \(expected YYYY, "
                                         r"YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn or FYYYYY\)$"):
        parse_period("2026-13")


@pytest.mark.parametrize("cell", ["abc", "2026年4月頃から", "soon", "Q5 2026", "next year", "4月", "April"])
def test_cell_errors_without_a_reason(cell: str) -> None:
    with pytest.raises(ValueError, match=rf"^'{cell}' is not a period \(expected"):
        parse_period(cell)


def test_parse_period_returns_model_periods() -> None:
    p = parse_period("2026-04")
    assert isinstance(p, Period)
    assert p == Period(D(2026, 4, 1), D(2026, 4, 30), "month", "2026-04")


# --- text normalisation (the ground every finder stands on) ---------------------------------


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("２０２６年４月", "2026年4月"),
        ("ＦＹ２０２７", "FY2027"),
        ("７０．７％", "70.7%"),
        ("６，３１５億円", "6,315億円"),
        ("4〜6月期", "4~6月期"),
        ("4～6月期", "4~6月期"),
        ("2025–2026", "2025-2026"),
        ("−5%", "-5%"),
        ("Japan’s  AI\n leap", "Japan's AI leap"),
        ("　約１．６兆円　", "約1.6兆円"),
        ("ＡＢＣＩ　３．０", "ABCI 3.0"),
        ("日本のＡＩは世界の最前線へ", "日本のAIは世界の最前線へ"),
        ("ｶﾀｶﾅ", "カタカナ"),
        ("a\u200bb", "ab"),
    ],
)
def test_normalize(text: str, normal: str) -> None:
    assert normalize(text) == normal


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


# --- finding periods in claims -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Japanese
        ("2026年4月、日本のAIは世界の最前線へ一挙に飛躍した", [("2026年4月", "2026-04")]),
        ("２０２６年４月に", [("2026年4月", "2026-04")]),
        ("2026年4月15日に発表", [("2026年4月15日", "2026-04-15")]),
        ("2026年 4月 15日", [("2026年 4月 15日", "2026-04-15")]),
        ("2026年", [("2026年", "2026")]),
        ("2027年度に量産", [("2027年度", "FY2027")]),
        ("2025年後半", [("2025年後半", "2025-H2")]),
        ("2025年の後半", [("2025年の後半", "2025-H2")]),
        ("2025年下半期", [("2025年下半期", "2025-H2")]),
        ("2025年下期", [("2025年下期", "2025-H2")]),
        ("2025年前半", [("2025年前半", "2025-H1")]),
        ("2025年上半期", [("2025年上半期", "2025-H1")]),
        ("2025年上期", [("2025年上期", "2025-H1")]),
        ("2026年第2四半期", [("2026年第2四半期", "2026-Q2")]),
        ("2026年2Q", [("2026年2Q", "2026-Q2")]),
        ("2026年Q2", [("2026年Q2", "2026-Q2")]),
        ("2026年4-6月期", [("2026年4-6月期", "2026-Q2")]),
        ("2026年4〜6月期", [("2026年4~6月期", "2026-Q2")]),
        ("2026年4月~6月", [("2026年4月~6月", "2026-Q2")]),
        ("2026年1-3月期", [("2026年1-3月期", "2026-Q1")]),
        ("2026年10-12月期", [("2026年10-12月期", "2026-Q4")]),
        ("2026年1-6月", [("2026年1-6月", "2026-H1")]),
        ("2026年7-12月", [("2026年7-12月", "2026-H2")]),
        ("2026年4-9月", [("2026年4-9月", "FY2026-H1")]),
        ("2025年末", [("2025年末", "2025-12")]),
        ("2025年の年末", [("2025年の年末", "2025-12")]),
        ("2026年初", [("2026年初", "2026-01")]),
        ("2026年初め", [("2026年初め", "2026-01")]),
        ("2026年始", [("2026年始", "2026-01")]),
        ("2026年頭", [("2026年頭", "2026-01")]),
        ("2026年初頭", [("2026年初頭", "2026-H1")]),
        ("2026年初めて黒字化", [("2026年", "2026")]),
        ("2025年半ば", [("2025年半ば", "mid-2025")]),
        ("2025年央", [("2025年央", "mid-2025")]),
        ("2025年度末", [("2025年度末", "2026-03")]),
        ("2026年度初め", [("2026年度初め", "2026-04")]),
        ("2026年度上期", [("2026年度上期", "FY2026-H1")]),
        ("2026年度下半期", [("2026年度下半期", "FY2026-H2")]),
        ("2026年度第1四半期", [("2026年度第1四半期", "2026-Q2")]),
        ("2026年度第4四半期", [("2026年度第4四半期", "2027-Q1")]),
        ("2026年3月期", [("2026年3月期", "FY2025")]),
        ("2025年12月期", [("2025年12月期", "2025")]),
        ("2026年6月期", [("2026年6月", "2026-06")]),
        ("令和8年", [("令和8年", "2026")]),
        ("令和元年", [("令和元年", "2019")]),
        ("平成31年", [("平成31年", "2019")]),
        ("平成元年", [("平成元年", "1989")]),
        ("昭和64年", [("昭和64年", "1989")]),
        ("令和8年度", [("令和8年度", "FY2026")]),
        ("令和 8 年 4 月 1 日", [("令和 8 年 4 月 1 日", "2026-04-01")]),
        ("2020年代", [("2020年代", "2020s")]),
        ("2026年(令和8年)", [("2026年", "2026"), ("令和8年", "2026")]),
        ("2023年から2024年にかけて", [("2023年", "2023"), ("2024年", "2024")]),
        # numeric
        ("2026/04", [("2026/04", "2026-04")]),
        ("2026/4/15", [("2026/4/15", "2026-04-15")]),
        ("2026.4.15", [("2026.4.15", "2026-04-15")]),
        ("2026-04", [("2026-04", "2026-04")]),
        ("2026-04-15", [("2026-04-15", "2026-04-15")]),
        ("2026-Q2", [("2026-Q2", "2026-Q2")]),
        ("2026-H1", [("2026-H1", "2026-H1")]),
        # English
        ("in 2026", [("2026", "2026")]),
        ("FY2027", [("FY2027", "FY2027")]),
        ("FY 2027", [("FY 2027", "FY2027")]),
        ("FY27", [("FY27", "FY2027")]),
        ("FY2026/27", [("FY2026/27", "FY2026")]),
        ("in fiscal 2027", [("fiscal 2027", "FY2027")]),
        ("fiscal year 2027", [("fiscal year 2027", "FY2027")]),
        ("April 2026", [("April 2026", "2026-04")]),
        ("april 2026", [("april 2026", "2026-04")]),
        ("Apr. 2026", [("Apr. 2026", "2026-04")]),
        ("Apr 2026", [("Apr 2026", "2026-04")]),
        ("Sept. 2025", [("Sept. 2025", "2025-09")]),
        ("March, 2026", [("March, 2026", "2026-03")]),
        ("15 April 2026", [("15 April 2026", "2026-04-15")]),
        ("15th of April 2026", [("15th of April 2026", "2026-04-15")]),
        ("April 15, 2026", [("April 15, 2026", "2026-04-15")]),
        ("April 15th 2026", [("April 15th 2026", "2026-04-15")]),
        ("late 2025", [("late 2025", "2025-H2")]),
        ("early 2026", [("early 2026", "2026-H1")]),
        ("mid-2025", [("mid-2025", "mid-2025")]),
        ("mid 2025", [("mid 2025", "mid-2025")]),
        ("the middle of 2025", [("the middle of 2025", "mid-2025")]),
        ("by the end of 2025", [("the end of 2025", "2025-12")]),
        ("year-end 2025", [("year-end 2025", "2025-12")]),
        ("end-2025", [("end-2025", "2025-12")]),
        ("the beginning of 2026", [("the beginning of 2026", "2026-01")]),
        ("the start of 2026", [("the start of 2026", "2026-01")]),
        ("H2 2025", [("H2 2025", "2025-H2")]),
        ("2H 2025", [("2H 2025", "2025-H2")]),
        ("H1 of 2026", [("H1 of 2026", "2026-H1")]),
        ("2025 H2", [("2025 H2", "2025-H2")]),
        ("the first half of 2026", [("the first half of 2026", "2026-H1")]),
        ("the second half of 2025", [("the second half of 2025", "2025-H2")]),
        ("the latter half of 2025", [("the latter half of 2025", "2025-H2")]),
        ("Q2 2026", [("Q2 2026", "2026-Q2")]),
        ("2026 Q2", [("2026 Q2", "2026-Q2")]),
        ("2Q 2026", [("2Q 2026", "2026-Q2")]),
        ("2026Q2", [("2026Q2", "2026-Q2")]),
        ("Q2 of 2026", [("Q2 of 2026", "2026-Q2")]),
        ("the second quarter of 2026", [("the second quarter of 2026", "2026-Q2")]),
        ("Q1 FY2026", [("Q1 FY2026", "2026-Q2")]),
        ("FY2026 Q4", [("FY2026 Q4", "2027-Q1")]),
        ("H1 FY2026", [("H1 FY2026", "FY2026-H1")]),
        ("FY2026-H2", [("FY2026-H2", "FY2026-H2")]),
        ("the first half of FY2026", [("the first half of FY2026", "FY2026-H1")]),
        ("the 2020s", [("2020s", "2020s")]),
        ("the 1990's", [("1990's", "1990s")]),
        ("from 2018-2022", [("2018", "2018"), ("2022", "2022")]),
        ("in 2026 models improved", [("2026", "2026")]),
        ("Japan leapt to the frontier of AI in April 2026.", [("April 2026", "2026-04")]),
        ("In April 2026 Microsoft committed about $10.7 billion", [("April 2026", "2026-04")]),
        ("NTTは2025年10月にtsuzumi 2の提供を始めた", [("2025年10月", "2025-10")]),
    ],
)
def test_find_periods(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.period.text) for m in find_periods(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "6,315億円", "70.7%", "1GW", "GPT-4.1", "PLaMo 2.2", "ABCI 3.0", "2.354兆円", "2026人", "2,026",
        "12026", "2026.5", "2048 GPUs", "2026 systems", "2026億円", "2026%", "$2026", "RTX-2080",
        "A2026", "1899", "2101", "tsuzumi 2", "H100", "6.22 EFLOPS", "43 of the 500 systems",
        "4月", "in April", "年末", "上半期", "Q2", "this year", "昨年", "今年度", "日本年金機構", "May we go",
        "2026 people",
    ],
)
def test_not_periods(text: str) -> None:
    assert find_periods(text) == []


@pytest.mark.parametrize(("text", "year"), [
    ("2026年13月", "2026年"), ("Q5 2026", "2026"), ("2026/13", "2026"),
    ("2025-02-30", "2025"), ("2026-28", "2026"),
])
def test_an_invalid_part_leaves_only_the_year(text: str, year: str) -> None:
    assert [m.text for m in find_periods(text)] == [year]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("4月に", [("4月", "2026-04")]),
        ("4月15日", [("4月15日", "2026-04-15")]),
        ("12月25日", [("12月25日", "2026-12-25")]),
        ("in April", [("April", "2026-04")]),
        ("in May", [("May", "2026-05")]),
        ("April 15", [("April 15", "2026-04-15")]),
        ("15 April", [("15 April", "2026-04-15")]),
        ("Mar. 5", [("Mar. 5", "2026-03-05")]),
        ("年末", [("年末", "2026-12")]),
        ("年初", [("年初", "2026-01")]),
        ("上半期", [("上半期", "2026-H1")]),
        ("下期", [("下期", "2026-H2")]),
        ("第2四半期", [("第2四半期", "2026-Q2")]),
        ("4-6月期", [("4-6月期", "2026-Q2")]),
        ("Q2", [("Q2", "2026-Q2")]),
        ("今年", [("今年", "2026")]),
        ("昨年", [("昨年", "2025")]),
        ("去年", [("去年", "2025")]),
        ("来年", [("来年", "2027")]),
        ("今年度", [("今年度", "FY2026")]),
        ("昨年度", [("昨年度", "FY2025")]),
        ("昨年末", [("昨年末", "2025-12")]),
        ("来年4月", [("来年4月", "2027-04")]),
        ("this year", [("this year", "2026")]),
        ("last year", [("last year", "2025")]),
        ("next fiscal year", [("next fiscal year", "FY2027")]),
        # a year written out still wins
        ("2025年4月", [("2025年4月", "2025-04")]),
        # not months: names, modal verbs, abbreviations without their dot
        ("May we go", []),
        ("Jun Murai", []),
        ("March on", [("March", "2026-03")]),
        ("march on", []),
        ("日本年金機構", []),
        ("12か月", []),
    ],
)
def test_find_periods_with_a_default_year(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.period.text) for m in find_periods(text, default_year=2026)] == found


def test_year_less_phrases_need_a_default_year() -> None:
    for text in ("4月に", "in April", "年末", "第2四半期", "昨年", "this year", "April 15"):
        assert find_periods(text) == []


def test_spans_index_the_normalized_text() -> None:
    text = "日本は２０２６年４月、約１．６兆円"
    norm = normalize(text)
    [m] = find_periods(text)
    assert (m.start, m.end) == (3, 10)
    assert norm[m.start:m.end] == m.text == "2026年4月"


def test_longest_match_wins_and_matches_do_not_overlap() -> None:
    found = find_periods("2026年4月15日、April 15, 2026 and 15 April 2026")
    assert [m.text for m in found] == ["2026年4月15日", "April 15, 2026", "15 April 2026"]
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_period_match_is_frozen() -> None:
    [m] = find_periods("2026年4月")
    with pytest.raises(AttributeError):
        m.start = 0  # type: ignore[misc]


# --- stepping between periods ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "steps", "result"),
    [
        ("2026-04-15", 1, "2026-04-16"),
        ("2026-12-31", 1, "2027-01-01"),
        ("2026-03-01", -1, "2026-02-28"),
        ("2026-04", 1, "2026-05"),
        ("2026-12", 1, "2027-01"),
        ("2026-01", -1, "2025-12"),
        ("2026-04", -14, "2025-02"),
        ("2026-Q4", 1, "2027-Q1"),
        ("2026-Q1", -1, "2025-Q4"),
        ("2026-H2", 1, "2027-H1"),
        ("2026-H1", -1, "2025-H2"),
        ("FY2026-H2", 1, "FY2027-H1"),
        ("FY2026-H1", -1, "FY2025-H2"),
        ("mid-2025", 1, "mid-2026"),
        ("2026", 1, "2027"),
        ("2026", -3, "2023"),
        ("FY2026", 1, "FY2027"),
        ("2020s", 1, "2030s"),
        ("2020s", -1, "2010s"),
        ("2026-04", 0, "2026-04"),
    ],
)
def test_shift(text: str, steps: int, result: str) -> None:
    assert shift(parse_period(text), steps) == parse_period(result)


def test_shift_outside_the_calendar_is_an_error() -> None:
    with pytest.raises(ValueError, match="cannot shift 9999 by 1"):
        shift(parse_period("9999"), 1)


@pytest.mark.parametrize(
    ("a", "b", "steps"),
    [
        ("2026-04", "2026-04", 0),
        ("2026-04", "2026-05", 1),
        ("2026-04", "2026-03", -1),
        ("2025-12", "2026-01", 1),
        ("2026-04-15", "2026-04-17", 2),
        ("2025-Q4", "2026-Q1", 1),
        ("2025-H2", "2026-H1", 1),
        ("FY2025", "FY2027", 2),
        ("2024", "2026", 2),
        ("2010s", "2020s", 1),
    ],
)
def test_same_or_adjacent(a: str, b: str, steps: int) -> None:
    assert same_or_adjacent(parse_period(a), parse_period(b)) == steps


@pytest.mark.parametrize(("a", "b"), [("2026-04", "2026"), ("2026", "FY2026"), ("2026-H1", "FY2026-H1"),
                                      ("2026-H1", "mid-2026"), ("2026", "2020s")])
def test_same_or_adjacent_needs_the_same_kind(a: str, b: str) -> None:
    with pytest.raises(ValueError, match="are not periods of the same kind"):
        same_or_adjacent(parse_period(a), parse_period(b))


# --- properties ------------------------------------------------------------------------------

years = st.integers(min_value=1900, max_value=2090)
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))

periods = st.one_of(
    days.map(period_of_day),
    st.builds(period_of_month, years, st.integers(1, 12)),
    st.builds(period_of_quarter, years, st.integers(1, 4)),
    st.builds(period_of_half, years, st.integers(1, 2)),
    st.builds(period_of_fiscal_half, years, st.integers(1, 2)),
    st.builds(period_of_mid_year, years),
    st.builds(period_of_year, years),
    st.builds(period_of_decade, years),
    st.builds(period_of_fiscal_year, years),
)


@given(periods)
def test_canonical_text_round_trips(p: Period) -> None:
    assert parse_period(p.text) == p
    assert p.start <= p.end


@given(periods)
def test_the_finder_reads_canonical_texts(p: Period) -> None:
    # "in 2010-11" in English prose is a split year (the school or fiscal year 2010/11), not
    # November 2010: test_semantics_split_years.py
    assume(not (p.precision == "month" and p.start.month == (p.start.year + 1) % 100))
    [m] = find_periods(f"in {p.text}.")
    assert m.period == p


@given(days)
def test_containment(d: date) -> None:
    day = period_of_day(d)
    month = period_of_month(d.year, d.month)
    quarter = period_of_quarter(d.year, (d.month - 1) // 3 + 1)
    half = period_of_half(d.year, 1 if d.month <= 6 else 2)
    year = period_of_year(d.year)
    decade = period_of_decade(d.year)
    fiscal_year = period_of_fiscal_year(d.year if d.month >= 4 else d.year - 1)
    fiscal_half = period_of_fiscal_half(fiscal_year.start.year, 1 if d.month in range(4, 10) else 2)
    chain = [day, month, quarter, half, year, decade]
    for inner, outer in pairwise(chain):
        assert outer.contains(inner)
        assert inner.overlaps(outer)
    assert fiscal_half.contains(day) and fiscal_year.contains(fiscal_half)
    assert fiscal_year.contains(month) and fiscal_year.contains(quarter)
    assert month.days <= 31 and quarter.days <= 92 and half.days <= 184 and year.days in (365, 366)
    assert fiscal_year.days in (365, 366)


@given(periods, st.integers(-30, 30))
def test_shift_steps_back_and_forth(p: Period, steps: int) -> None:
    q = shift(p, steps)
    assert q.precision == p.precision
    assert shift(q, -steps) == p
    assert same_or_adjacent(p, q) == steps


@given(periods.filter(lambda p: not p.text.startswith("mid-")))
def test_neighbours_touch(p: Period) -> None:
    # the next period starts the day after this one ends: no gaps, no overlaps
    nxt = shift(p, 1)
    assert (nxt.start - p.end).days == 1
    assert not nxt.overlaps(p)


@given(st.lists(st.sampled_from([
    "2026年4月", "令和8年度", "April 15, 2026", "late 2025", "Q2 2026", "FY2027", "6,315億円", "70.7%",
    "GPT-4.1", "、", " and ", "は", "2020s", "2026/4/15", "mid-2025", "2,026", "2026人", " ", "in 2026",
]), max_size=12))
def test_matches_are_ordered_disjoint_spans_of_the_normalized_text(parts: list[str]) -> None:
    text = "".join(parts)
    norm = normalize(text)
    found = find_periods(text)
    for m in found:
        assert norm[m.start:m.end] == m.text
    assert all(a.end <= b.start for a, b in pairwise(found))


# --- parts of a decade ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical", "first", "last"),
    [
        ("early 2030s", "early-2030s", 2030, 2033),
        ("the early 2030s", "early-2030s", 2030, 2033),
        ("2030年代早期", "early-2030s", 2030, 2033),
        ("2030年代初頭", "early-2030s", 2030, 2033),
        ("mid-2030s", "mid-2030s", 2033, 2036),
        ("2030年代半ば", "mid-2030s", 2033, 2036),
        ("late 2020s", "late-2020s", 2026, 2029),
        ("2020年代末", "late-2020s", 2026, 2029),
        ("2030年代前半", "first-half-2030s", 2030, 2034),
        ("the first half of the 2030s", "first-half-2030s", 2030, 2034),
        ("2030年代後半", "second-half-2030s", 2035, 2039),
    ],
)
def test_parts_of_a_decade(text: str, canonical: str, first: int, last: int) -> None:
    (match,) = find_periods(text)
    assert match.period.text == canonical
    assert (match.period.start, match.period.end) == (date(first, 1, 1), date(last, 12, 31))
    assert parse_period(canonical) == match.period  # the canonical spelling reads back


def test_a_part_of_a_decade_is_not_a_year_and_has_no_next() -> None:
    early = find_periods("early 2030s")[0].period
    assert early.contains(parse_period("2030-H1"))
    assert not early.contains(parse_period("2035"))
    with pytest.raises(ValueError, match="spans 4 years"):
        shift(early, 1)


def test_a_number_after_a_month_name_is_no_day_of_the_month_after_it() -> None:
    from shingi.normalize.periods import find_periods
    # "Jul 15 to Aug 15 Aug 2015" (dev8 ABS, a table's headers read backwards): the 15 is Aug's number
    got = [p.text for p in find_periods("Jul 15 to Aug 15 Aug 2015 Jul 2015")]
    assert got == ["Aug 2015", "Jul 2015"]
    # a day before its month is read as before
    assert [p.period.text for p in find_periods("released on 15 August 2015")] == ["2015-08-15"]
    got = [p.period.text for p in find_periods("from 3 Aug 2015 to 15 Aug 2015")]
    assert got == ["2015-08-03", "2015-08-15"]
