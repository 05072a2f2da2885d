"""The structure of a claim read whole, or not rated on part of it (docs/verdict-rules.md §4.16
"Figures over listed periods", §4.7 "A peak dated by a period", §4.3 "A time after the claim's
date", §4.13 "A figure no check compared"):

- one figure over listed periods is their total with "across" / 「合わせて」, each period's with
  "a year" / 「それぞれ」, and neither (unknown) with no word of which on a measure that adds up;
- "down about 20% from their 2022 peak" runs from the highest value inside 2022, not its first;
- a statement of a time after the claim was made (「来年…だろう」, 「2026年夏までに…始まる」) is a
  forecast or a promise that earlier evidence does not settle;
- "jumped about 16% in 2024 to just over 10,000": the bound level is no base of the change, which is
  compared as the change on the year before.

(Blind rounds 23c atc-two-year-hires, 23d ht_pop_million, mt_price_drop, u_bch_movein, 22b
stores-down-1000, 23b koji2026-forecast, 23 rise-2024-16pct.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

HIRES = [
    ["hires", "採用数", "hires", "count", "採用;hired;hire", "true", "count", ""],
    ["rate", "失業率", "unemployment rate", "%", "unemployment", "false", "ratio", ""],
]
HIRE_OBS = [
    ["h24", "NL", "hires", "2024", "1811", "count", "stat", ""],
    ["h25", "NL", "hires", "2025", "2026", "count", "stat", ""],
    ["r24", "NL", "rate", "2024", "4.1", "%", "stat", ""],
    ["r25", "NL", "rate", "2025", "4.3", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def hires(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "listed-periods", HIRES, HIRE_OBS)


def _rating(pack: Pack, text: str, as_of: str = "2026-01-15") -> str:
    return diagnose(text, pack, as_of=as_of).rating


def test_a_figure_across_listed_periods_is_their_total(hires: Pack) -> None:
    for text in (
        "Across 2024 and 2025 Norland hired about 3,800 people.",
        "ノーランドは2024年と2025年の2年間で合わせて約3,800人を採用した。",
    ):
        d = diagnose(text, hires, as_of="2026-01-15")
        assert d.rating in ("true", "mostly_true"), text
        assert any(n.found == 3837 for c in d.checks for n in c.numbers), text
    # negative: the total is not near the figure
    low = ("false", "mostly_false")
    assert _rating(hires, "Across 2024 and 2025 Norland hired about 6,000 people.") in low
    # negative: the first period's value alone is never the figure
    assert _rating(hires, "Across 2024 and 2025 Norland hired about 1,800 people.") in low


def test_a_figure_a_year_over_listed_periods_is_each_ones(hires: Pack) -> None:
    for text in (
        "Norland's hires were above 2,000 a year in 2024 and 2025.",
        "ノーランドは2024年と2025年にそれぞれ2,000人以上を採用した。",
    ):
        d = diagnose(text, hires, as_of="2026-01-15")
        assert d.rating not in ("true", "mostly_true"), text  # 1,811 in 2024
        assert {r for c in d.checks for r in [c.result]} >= {"holds", "fails"}, text


def test_one_figure_over_listed_periods_with_no_word_of_which_is_unknown(hires: Pack) -> None:
    d = diagnose("Norland hired about 4,000 people in 2024 and 2025.", hires, as_of="2026-01-15")
    assert d.rating == "unverifiable"
    assert "each period's or their total" in d.checks[0].reason
    # negative: a rate does not add up, so a total of it is unknown, never a sum
    d = diagnose(
        "Across 2024 and 2025 Norland's unemployment rate was 8.4% combined.", hires, as_of="2026-01-15"
    )
    assert d.rating != "true"
    # negative: a range of periods is a change, not a list
    assert _rating(hires, "Norland's hires rose from 2024 to 2025.") == "true"


MONTHLY = [
    ["price", "平均住宅価格", "average home price", "USD", "住宅価格;home prices", "true", "amount", ""],
]
PRICES = {"2022-01": 748, "2022-02": 817, "2022-03": 790, "2022-06": 760, "2025-11": 682}


@pytest.fixture(scope="module")
def prices(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    obs = [[f"p{m}", "NL", "price", m, f"{v}000", "USD", "stat", ""] for m, v in PRICES.items()]
    return small_pack(tmp_path_factory, "dated-peak", MONTHLY, obs)


def test_a_peak_dated_by_a_period_is_its_highest_value(prices: Pack) -> None:
    for text in (
        "Norland's average home prices are down about 16% from their early-2022 peak.",
        "Norland's average home prices are down about 16% from their 2022 peak.",
        "ノーランドの住宅価格は2022年のピークから約16%下がった。",
    ):
        d = diagnose(text, prices, as_of="2025-12-10")
        assert d.rating in ("true", "mostly_true"), text
        assert "p2022-02" in d.checks[0].evidence, text
    # negative: a month named as the start is that month's value, no peak
    d = diagnose(
        "Norland's average home prices are down about 9% since January 2022.", prices, as_of="2025-12-10"
    )
    assert "p2022-01" in d.checks[0].evidence


LAND = [["land", "公示地価変動率", "official land price change", "%", "公示地価", "true", "growth", ""]]
LAND_OBS = [
    ["l24", "NL", "land", "2024", "2.3", "%", "stat", ""],
    ["l25", "NL", "land", "2025", "2.7", "%", "stat", ""],
]
LAUNCH = [
    ["e1", "2025-09-14", "", "NL", "launch", "ノーランド住宅公社が発足", "Norland Homes agency launched",
     "", "", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def land(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "future-said", LAND, LAND_OBS, events=LAUNCH, language="ja")


def test_a_statement_of_a_time_after_the_claim_is_a_forecast(land: Pack) -> None:
    for text in (
        "来年のノーランドの公示地価は3%を超える上昇になるだろう。",
        "ノーランド住宅公社の最初の住宅は、2026年夏までに入居が始まる。",
    ):
        d = diagnose(text, land, as_of="2025-10-01")
        assert d.rating == "unverifiable", text
    d = diagnose("ノーランド住宅公社の最初の住宅は、2026年夏までに入居が始まる。", land, as_of="2025-10-01")
    assert "発言時点より後" in d.checks[0].reason
    # negative: the same said of a year already past is checked
    past = diagnose("2025年のノーランドの公示地価は3%を超える上昇になった。", land, as_of="2025-10-01")
    assert past.rating != "unverifiable"
    # (graded as 「3%超上昇した」 is: the bound of the rise's size, 2.7 % rounding to it, §1)
    said_so = diagnose("2025年のノーランドの公示地価は3%超上昇した。", land, as_of="2025-10-01")
    assert past.rating == said_so.rating


COUNTS = [["bk", "倒産件数", "corporate bankruptcies", "count", "倒産;bankruptcies", "false", "count", ""]]
COUNT_OBS = [
    ["b23", "NL", "bk", "2023", "8690", "count", "stat", ""],
    ["b24", "NL", "bk", "2024", "10006", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def counts(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unread-figure", COUNTS, COUNT_OBS)


def test_a_change_beside_a_bound_level_is_compared(counts: Pack) -> None:
    # "to just over 10,000" is the level the change reached, a bound: no base of the change
    d = diagnose("Norland's corporate bankruptcies jumped about 15% in 2024 to just over 10,000.", counts,
                 as_of="2025-01-20")
    assert d.rating == "true"
    assert any(set(c.evidence) >= {"b23", "b24"} for c in d.checks)
    d = diagnose("Norland's corporate bankruptcies jumped about 40% in 2024 to just over 10,000.", counts,
                 as_of="2025-01-20")
    assert d.rating not in ("true", "mostly_true")
    # negative: a base said after the percentage is still another base
    d = diagnose(
        "Norland's corporate bankruptcies were up about 15% over 2019 in 2024.", counts, as_of="2025-01-20"
    )
    assert d.rating != "true"
