"""Periods in the claim's frame (docs/verdict-rules.md §4.4 "Periods in the claim's frame"): words
that count from the time of speaking (last year, 昨年, this month, 今月, 前年度末) are read against
the claim's date and the pack's calendar and fiscal conventions, never against the dates of a
series' last values or of an event. (Blind round 25c tripled-2024, 25d fy25-revenue, 25b
jrc-record-profit-en, 25c ghana-raise-feb26, 25 quake-just-40.)"""

from __future__ import annotations

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    small_pack,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.normalize.periods import parse_period
from shingi.pack.load import load_pack
from shingi.pipeline.claims.periods import (
    ClaimedPeriod,
    a_year_back_of,
    end_of_the_year_before,
    steps_from_now,
)
from shingi.pipeline.diagnose import diagnose

TRUE_SIDE = ("true", "mostly_true")
FALSE_SIDE = ("false", "mostly_false")


# --- a year of readings is the change's window ------------------------------------------------

READINGS = [
    ["price", "カカオ価格", "cocoa price", "USD/t", "cocoa price;カカオ価格", "", "amount", ""],
    ["sales", "売上高", "sales", "USD", "sales;売上高", "true", "amount", ""],
]
READING_ROWS = [
    ["p1", "NL", "price", "2022-12", "1000", "USD/t", "stat", ""],
    ["p2", "NL", "price", "2023-06-01", "1500", "USD/t", "stat", ""],
    ["p3", "NL", "price", "2023-12", "2000", "USD/t", "stat", ""],
    ["p4", "NL", "price", "2024-02-09", "3000", "USD/t", "stat", ""],
    ["p5", "NL", "price", "2024-12-18", "6500", "USD/t", "stat", ""],
    ["p6", "NL", "price", "2024-12-31", "6000", "USD/t", "stat", ""],
    # a flow kept by months in a plain amount: its year is a total the months do not give
    ["s1", "NL", "sales", "2023-12", "100", "USD", "stat", ""],
    ["s2", "NL", "sales", "2024-11", "50", "USD", "stat", ""],
    ["s3", "NL", "sales", "2024-12", "60", "USD", "stat", ""],
]
OLD_SOURCE = [["stat", "Statistics", "Office", "", "2024-12", "statistics", "en"]]


@pytest.fixture(scope="module")
def readings(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "year-of-readings", READINGS, READING_ROWS, sources=OLD_SOURCE)


def test_last_year_on_readings_runs_over_the_year(readings: Pack) -> None:
    # 2,000 (Dec 2023) -> 6,000 (31 Dec 2024): x3; never 6,500 (18 Dec) -> 6,000, the last step
    for text in (
        "Norland's cocoa price tripled last year.",
        "ノーランドのカカオ価格は昨年、3倍になった。",
        "ノーランドのカカオ価格は去年3倍になった。",
    ):
        assert diagnose(text, readings, as_of="2025-01-10").rating in TRUE_SIDE, text
    fell = diagnose("Norland's cocoa price fell last year.", readings, as_of="2025-01-10")
    assert fell.rating in FALSE_SIDE


def test_an_explicit_year_is_read_the_same(readings: Pack) -> None:
    # negative of the frame: a year written out does not depend on the claim's date
    for text in ("Norland's cocoa price tripled in 2024.", "ノーランドのカカオ価格は2023年に2倍になった。"):
        assert diagnose(text, readings, as_of="2026-06-01").rating in TRUE_SIDE, text


def test_last_year_without_a_date_counts_from_the_latest_evidence(readings: Pack) -> None:
    # no said_on: "now" is the pack's latest evidence (31 Dec 2024), so last year is 2023 (x2)
    assert diagnose("Norland's cocoa price doubled last year.", readings).rating in TRUE_SIDE


def test_a_flow_kept_by_months_is_left_alone(readings: Pack) -> None:
    # negative: monthly sales in a plain amount keep the step into the year's last value
    # (November -> December, a rise), not December against December
    assert diagnose("Norland's sales rose in 2024.", readings, as_of="2025-06-01").rating in TRUE_SIDE


# --- an event that reports a fiscal year, dated after it -------------------------------------

CANAL = ["canal", "facility", "運河", "Canal", "the canal", "NL"]
RESULTS = [
    ["e1", "2025-10-08", "", "canal", "publication", "2025年度決算:収入57億ドル",
     "FY2025 results: revenue 5.7 billion dollars", "5.7 billion", "USD", "stat", "2", ""],
    ["e2", "2025-10-08", "", "NL", "publication", "税収を公表:57億ドル",
     "Tax take announced: 5.7 billion dollars", "5.7 billion", "USD", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "fiscal-results", [READINGS[1]], [], entities=[CANAL], events=RESULTS,
        settings="fiscal_year: {start_month: 10, named_by: end}\n",
    )


def test_results_of_a_fiscal_year_are_about_that_year(results: Pack) -> None:
    # FY2025 is October 2024 - September 2025: the results released in October 2025 report it
    for text in (
        "The Canal pulled in about $5.7 billion in fiscal 2025.",
        "運河の2025年度の収入は約57億ドルだった。",
    ):
        assert diagnose(text, results, as_of="2025-10-10").rating == "true", text


def test_another_fiscal_year_or_an_undated_title_stays_off(results: Pack) -> None:
    # negatives: fiscal 2024 is not the year reported; an event whose title reports no period is
    # dated by its own date (October 2025 is in FY2026: a year off)
    assert diagnose(
        "The Canal pulled in about $5.7 billion in fiscal 2024.", results, as_of="2025-10-10"
    ).rating not in TRUE_SIDE
    assert diagnose(
        "Norland announced a tax take of about $5.7 billion in fiscal 2025.", results, as_of="2025-10-10"
    ).rating not in TRUE_SIDE


# --- the year to March of a measure kept by fiscal years --------------------------------------

PROFITS = [
    ["profit", "純利益", "net profit", "JPY", "net profit;純利益", "true", "amount", ""],
    ["profit-growth", "純利益の前期比", "net profit growth", "%", "profit growth", "true", "growth", ""],
]
PROFIT_ROWS = [
    ["o1", "NL", "profit", "FY2023", "3800億", "JPY", "stat", ""],
    ["o2", "NL", "profit", "FY2024", "4584億", "JPY", "stat", ""],
    ["o3", "NL", "profit-growth", "FY2024", "19.3", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def profits(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "year-to-march", PROFITS, PROFIT_ROWS)


def test_the_year_to_march_is_the_fiscal_year(profits: Pack) -> None:
    # April 2024 - March 2025 is FY2024 in the pack's (Japanese) convention, even beside a growth
    # measure kept by fiscal years (not a measure dated by the month of a rolling year)
    for text in (
        "Norland's net profit for the year to March 2025 was about 458 billion yen.",
        "Norland's net profit for the 12 months to March 2025 was about 458 billion yen.",
        "ノーランドの2025年3月期の純利益は約4584億円だった。",
    ):
        assert diagnose(text, profits, as_of="2025-06-01").rating == "true", text
    # negative: the year to March 2024 is FY2023 (380 billion)
    assert diagnose(
        "Norland's net profit for the year to March 2024 was about 458 billion yen.", profits,
        as_of="2025-06-01",
    ).rating not in TRUE_SIDE


# --- this month, 今月, 前年度末 ------------------------------------------------------------------


def test_this_month_and_this_quarter_count_from_the_claims_date() -> None:
    now = parse_period("2026-02-15")
    got = {t: [p.period.text for p in steps_from_now(t, now)] for t in (
        "raised this month", "今月引き上げた", "this quarter", "今四半期", "last month", "先月", "前四半期",
    )}
    assert got == {
        "raised this month": ["2026-02"], "今月引き上げた": ["2026-02"], "this quarter": ["2026-Q1"],
        "今四半期": ["2026-Q1"], "last month": ["2026-01"], "先月": ["2026-01"], "前四半期": ["2025-Q4"],
    }
    # negatives: a possessive ("this month's figures" may be of the month before) and a base
    assert steps_from_now("this month's figures", now) == []
    assert steps_from_now("今月比で", now) == []


def test_the_end_of_the_year_before_counts_from_now_when_alone() -> None:
    now = parse_period("2024-04-15")
    got = end_of_the_year_before("耐震適合率は前年度末で4割を超えた。", [], now, None)
    assert [p.period.text for p in got] == ["FY2023"]
    assert [p.period.text for p in end_of_the_year_before("前年末に4割を超えた。", [], now, None)] == ["2023"]
    # negatives: a base of a comparison, and a period of the claim before it
    assert end_of_the_year_before("前年度末より上がった。", [], now, None) == []
    earlier = ClaimedPeriod(parse_period("FY2021"), "2021年度", 0, 6)
    assert end_of_the_year_before("2021年度は前年度末で4割を超えた。", [earlier], now, None) == []


MONTHLY = [["price", "買取価格", "farmgate price", "GHS/t", "farmgate price;買取価格", "", "amount", ""]]
MONTHLY_ROWS = [
    ["m1", "NL", "price", "2025-12", "58000", "GHS/t", "stat", ""],
    ["m2", "NL", "price", "2026-01", "58000", "GHS/t", "stat", ""],
    ["m3", "NL", "price", "2026-02", "41392", "GHS/t", "stat", ""],
]


@pytest.fixture(scope="module")
def monthly(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "this-month", MONTHLY, MONTHLY_ROWS)


def test_a_change_this_month(monthly: Pack) -> None:
    # February 2026 against January: a cut, so "raised this month" is false in both languages
    for text in ("Norland raised its farmgate price this month.", "ノーランドは今月、買取価格を引き上げた。"):
        assert diagnose(text, monthly, as_of="2026-02-15").rating in FALSE_SIDE, text
    cut = diagnose("Norland cut its farmgate price this month.", monthly, as_of="2026-02-15")
    assert cut.rating in TRUE_SIDE


def test_a_part_of_the_year_is_not_its_window(readings: Pack) -> None:
    # negative: "the summer of 2024" (the year qualifies a part the claim names) is not the whole
    # year's change; 18 -> 31 December is what the year's last step gives, not x3
    for text in (
        "Norland's cocoa price tripled over the summer of 2024.",
        "ノーランドのカカオ価格は2024年の夏に3倍になった。",
        # a season said without "of" / の, or away from the year (review session 26 F1)
        "Norland's cocoa price tripled in summer 2024.",
        "In 2024, Norland's cocoa price tripled during the summer.",
        "Norland's cocoa price tripled in spring 2024.",
        "ノーランドのカカオ価格は2024年は夏に3倍になった。",
        "2024年前半、ノーランドのカカオ価格は3倍になった。",
    ):
        assert diagnose(text, readings, as_of="2025-01-10").rating not in TRUE_SIDE, text


QUARTERLY_GROWTH = [
    ["real-wages", "実質賃金の前年比", "real wages change over the year", "%", "real wages", "true", "growth",
     ""],
]
QUARTERLY_ROWS = [["w1", "NL", "real-wages", "2001-Q2", "-2.3", "%", "stat", ""]]


@pytest.fixture(scope="module")
def quarterly(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "year-to-june", QUARTERLY_GROWTH, QUARTERLY_ROWS)


def test_a_rolling_measure_dated_by_quarters_keeps_the_run(quarterly: Pack) -> None:
    # negative of the fiscal-year reading: a change over the year dated by its last quarter is of
    # the twelve months to it (realworld rmitabc derived_2001)
    text = "Norland's real wages fell 2.3 per cent in the year to June 2001."
    assert diagnose(text, quarterly, as_of="2021-06-01").rating == "true"


def test_a_fall_in_prices_is_no_season(readings: Pack) -> None:
    # negative of the part-of-the-year guard: "a fall" is the change, not autumn; the whole year
    # stays the window (2,000 -> 6,000)
    # nor a bare adjective or compound that names no part of the year (review session 26 F14)
    for text in (
        "Norland's cocoa price tripled in 2024, without a fall.",
        "Norland's cocoa price tripled in 2024 as late deliveries squeezed supply.",
        "Norland's cocoa price tripled in 2024, hurting end users.",
        "ノーランドのカカオ価格は2024年、粉末需要の増加で3倍になった。",
    ):
        assert diagnose(text, readings, as_of="2025-01-10").rating in TRUE_SIDE, text


# --- this month: what was out at the claim's date (review session 26 F2, F3, F7) ---------------

EXPORTS = [["exports", "輸出額", "exports", "JPY", "exports;輸出額;輸出", "true", "amount", ""]]
EXPORT_VALUES = {"2025-02": ("8兆", "2025-03-16"), "2025-03": ("9.8兆", "2025-04-19"),
                 "2026-02": ("7.6兆", "2026-03-18"), "2026-03": ("9.5兆", "2026-04-17")}


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    # each month's figure has its own source, published the month after
    return small_pack(
        tmp_path_factory, "exports-this-month", EXPORTS,
        [[f"x{p}", "NL", "exports", p, v, "JPY", f"s{p}", ""] for p, (v, _) in EXPORT_VALUES.items()],
        sources=[[f"s{p}", f"Trade {p}", "Office", "", d, "statistics", "en"]
                 for p, (_, d) in EXPORT_VALUES.items()],
    )


def test_this_months_total_is_not_out_inside_the_month(exports: Pack) -> None:
    # said on 20 March 2026: March's exports (published 17 April) do not decide
    for text in (
        "Norland's exports reached 9.5 trillion yen this month.",
        "ノーランドの輸出額は今月9.5兆円に達した。",
        "Norland's exports rose this month from a year earlier.",
        "ノーランドの輸出額は今月、前年同月を上回った。",
    ):
        assert diagnose(text, exports, as_of="2026-03-20").rating == "unverifiable", text
    # negative: said once the month is over, the month's figure decides (9.5 < 9.8: fell)
    assert diagnose(
        "Norland's exports rose this month from a year earlier.", exports, as_of="2026-03-31"
    ).rating in FALSE_SIDE


def test_this_month_last_year_is_the_same_month(exports: Pack) -> None:
    # March 2026 (9.5) against March 2025 (9.8), not February 2025 (8.0), the year's first value
    for text in (
        "Norland's exports this month were higher than this month last year.",
        "Norland's exports this month were higher than in the same month last year.",
        "ノーランドの輸出額は今月、昨年の同じ月を上回った。",
    ):
        assert diagnose(text, exports, as_of="2026-03-31").rating in FALSE_SIDE, text
    for text in (
        "Norland's exports this month were lower than this month last year.",
        "ノーランドの輸出額は今月、昨年の同じ月を下回った。",
    ):
        assert diagnose(text, exports, as_of="2026-03-31").rating in TRUE_SIDE, text
    found = [ClaimedPeriod(parse_period("2026-03"), "this month", 0, 10)]
    got = a_year_back_of("this month last year", found)
    assert [p.period.text for p in got] == ["2025-03"]
    # negative: with no month said before it, "the same month last year" is left as it was
    assert a_year_back_of("the same month last year", []) == []


def test_this_month_dating_a_release_is_no_period_of_the_figure(exports: Pack) -> None:
    # February's figures, released in March: the words date the release
    for text in (
        "今月発表された2月のノーランドの輸出額は7.6兆円だった。",
        "Figures released this month show Norland's exports fell from a year earlier.",
    ):
        assert diagnose(text, exports, as_of="2026-03-20").rating in TRUE_SIDE, text
    now = parse_period("2026-03-20")
    assert steps_from_now("figures released this month show a fall", now) == []
    assert steps_from_now("今月発表された統計", now) == []
    assert steps_from_now("data published last month, showed a fall", now) == []
    # negative: "this month" of the figure itself still counts from the date
    assert [p.period.text for p in steps_from_now("exports fell this month", now)] == ["2026-03"]


# --- an event of two actors: the title's fiscal year is the first actor's (review F6) ----------


@pytest.fixture(scope="module")
def subsidy(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder = tmp_path_factory.mktemp("two-actors")
    header = [*ENTITY_HEADER, "fiscal_year"]
    entities = [
        header,
        ["NL", "country", "ノーランド", "Norland", "", "", ""],
        ["min", "government", "産業省", "Ministry of Industry", "the ministry", "NL", ""],
        ["chip", "company", "チップコ", "Chipco", "", "", "9/end"],
    ]
    events = [EVENT_HEADER, [
        "e1", "2024-06-10", "", "min;chip", "funding",
        "産業省、2023年度の補助金の交付額を公表（チップコに1920億円）",
        "Ministry of Industry publishes FY2023 subsidy payments (192 billion yen to Chipco)",
        "1920億", "JPY", "stat", "2", "",
    ]]
    yaml = 'id: two-actors\ntitle: {ja: "t", en: "t"}\nlanguage: ja\nsubject: NL\n'
    return load_pack(write_rows_pack(
        folder, yaml, [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2024-06", "statistics", "ja"]],
        entities, events, [METRIC_HEADER], [OBSERVATION_HEADER],
    ))


def test_an_events_fiscal_year_is_its_first_actors(subsidy: Pack) -> None:
    # the ministry's FY2023 (April 2023 - March 2024), not the company's (October 2022 - September 2023)
    for text in (
        "産業省は2023年度にチップコへ1920億円の補助金を交付した。",
        "The Ministry of Industry paid Chipco a 192 billion yen subsidy in fiscal 2023.",
    ):
        assert diagnose(text, subsidy, as_of="2024-07-01").rating == "true", text
    # negatives: another year stays off
    for text in (
        "産業省は2022年度にチップコへ1920億円の補助金を交付した。",
        "The Ministry of Industry paid Chipco a 192 billion yen subsidy in 2022.",
    ):
        assert diagnose(text, subsidy, as_of="2024-07-01").rating not in TRUE_SIDE, text


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    # a surveyed rate by months, from a source that gives no publication date, and a bank's act
    return small_pack(
        tmp_path_factory, "survey-this-month",
        [["jobless", "失業率", "unemployment rate", "%", "unemployment;失業率", "false", "ratio", ""]],
        [["u1", "NL", "jobless", "2026-02", "2.4", "%", "stat", ""],
         ["u2", "NL", "jobless", "2026-03", "2.6", "%", "stat", ""]],
        entities=[["bank", "organization", "中央銀行", "Central Bank", "the central bank", "NL"]],
        events=[["e1", "2026-01-19", "", "bank", "policy", "中央銀行がマイナス金利を解除",
                 "Central Bank ends negative interest rates", "", "", "stat", "2", ""]],
        sources=[["stat", "Statistics", "Office", "", "", "statistics", "en"]],
    )


def test_a_surveyed_rate_of_the_running_month_is_not_out(survey: Pack) -> None:
    # March's rate is a survey result known after March (review session 26 F12)
    for text in (
        "Norland's unemployment rate rose to 2.6% this month.",
        "ノーランドの失業率は今月2.6%に上昇した。",
    ):
        assert diagnose(text, survey, as_of="2026-03-20").rating == "unverifiable", text
    # negative: said once March is over, March's rate decides
    assert diagnose(
        "Norland's unemployment rate rose to 2.6% this month.", survey, as_of="2026-03-31"
    ).rating in TRUE_SIDE


def test_this_month_of_an_announcement_dates_the_act(survey: Pack) -> None:
    # the statement is the announcement: "this month" (March) is its date, not a release's of a
    # figure; the act was in January (review session 26 F11)
    for text in (
        "The Central Bank this month announced the end of negative interest rates.",
        "The Central Bank announced this month the end of negative interest rates.",
        "中央銀行は今月、マイナス金利の解除を発表した。",
        "中央銀行は今月発表した通り、マイナス金利を解除した。",
    ):
        assert diagnose(text, survey, as_of="2026-03-20").rating not in TRUE_SIDE, text
    now = parse_period("2026-03-20")
    assert [p.period.text for p in steps_from_now("the bank this month announced", now)] == ["2026-03"]
    assert [p.period.text for p in steps_from_now("今月発表した", now)] == ["2026-03"]
