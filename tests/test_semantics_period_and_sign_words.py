"""Period words and sign words of a claim (docs/verdict-rules.md §2 "Periods the words define" and
§4.7 "Sign and direction words"): a fiscal year glossed by its months in brackets, fiscal years
counted from the claim's date, a start and a length, "in a single year", "from a year ago" on a
quarterly series; the economy shrinking, a balance turning into deficit, prices falling, a
currency stronger than a year ago, a window opened by an event the pack does not date. (Blind round
9: india-gdp-growth ja-fy2024-low, china-two-points, shrank-2024, prices-falling, rupee-stronger,
doubled-yoy, deficit-halved; vn-trade-fdi deficit2024; jp-akiya x15, en_growth10; us-measles
texas-explains.)"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["growth", "実質GDP成長率", "Real GDP growth", "%", "GDP growth;成長率", "true", "growth", ""],
    ["growth_q", "四半期GDP成長率", "Quarterly GDP growth (year on year)", "%", "quarterly growth", "true",
     "growth", ""],
    ["gdp", "名目GDP", "Nominal GDP", "USD", "economy;size of the economy;経済規模", "true", "amount", ""],
    ["balance", "貿易収支", "trade balance", "USD", "貿易赤字;貿易黒字;trade surplus;trade deficit", "true",
     "amount", ""],
    ["deficit", "財政赤字", "fiscal deficit", "%", "", "false", "share", ""],
    ["cpi", "消費者物価上昇率", "CPI inflation", "%", "inflation;consumer prices;物価上昇率", "", "growth",
     ""],
    ["fx", "対ドル相場", "Rupee-dollar exchange rate", "INR/USD", "rupee;the rupee;exchange rate;ルピー", "",
     "amount", ""],
    ["homes", "空き家数", "vacant homes", "count", "空き家の数;number of vacant homes", "false", "count", ""],
    ["cases", "症例数", "cases", "count", "case;cases", "false", "count", ""],
    ["unemp", "失業率", "unemployment rate", "%", "unemployment", "false", "share", ""],
    ["age", "退職年齢", "retirement age", "years", "pension age", "", "amount", ""],
    ["exports", "輸出額", "goods exports", "USD", "exports", "true", "amount", ""],
    ["imports", "輸入額", "goods imports", "USD", "imports", "", "amount", ""],
    ["export_growth", "輸出の伸び率", "export growth", "%", "", "true", "growth", ""],
    ["import_growth", "輸入の伸び率", "import growth", "%", "", "", "growth", ""],
    ["us_export_growth", "対米輸出の伸び率", "growth of exports to the US", "%", "", "", "growth", ""],
    ["population", "人口", "population", "count", "", "", "count", ""],
    ["qpop_growth", "人口の四半期増加率", "quarterly population growth rate", "%", "", "", "growth", ""],
]
OBSERVATIONS = [
    ["g21", "NL", "growth", "FY2021", "-5.8", "%", "stat", ""],
    ["g22", "NL", "growth", "FY2022", "9.7", "%", "stat", ""],
    ["g23", "NL", "growth", "FY2023", "7.6", "%", "stat", ""],
    ["g24", "NL", "growth", "FY2024", "9.2", "%", "stat", ""],
    ["g25", "NL", "growth", "FY2025", "6.5", "%", "stat", ""],
    ["q241", "NL", "growth_q", "2024-Q1", "8.4", "%", "stat", ""],
    ["q242", "NL", "growth_q", "2024-Q2", "6.5", "%", "stat", ""],
    ["q243", "NL", "growth_q", "2024-Q3", "5.6", "%", "stat", ""],
    ["q244", "NL", "growth_q", "2024-Q4", "6.4", "%", "stat", ""],
    ["q251", "NL", "growth_q", "2025-Q1", "7.4", "%", "stat", ""],
    ["q252", "NL", "growth_q", "2025-Q2", "7.8", "%", "stat", ""],
    ["q253", "NL", "growth_q", "2025-Q3", "8.2", "%", "stat", ""],
    ["n23", "NL", "gdp", "2023", "3.6 tn", "USD", "stat", ""],
    ["n24", "NL", "gdp", "2024", "3.9 tn", "USD", "stat", ""],
    ["b23", "NL", "balance", "2023", "28.0 bn", "USD", "stat", ""],
    ["b24", "NL", "balance", "2024", "24.7 bn", "USD", "stat", ""],
    ["f20", "NL", "deficit", "FY2020", "4.6", "%", "stat", ""],
    ["f21", "NL", "deficit", "FY2021", "9.2", "%", "stat", ""],
    ["f25", "NL", "deficit", "FY2025", "4.8", "%", "stat", ""],
    ["c09", "NL", "cpi", "2025-09", "1.4", "%", "stat", ""],
    ["c10", "NL", "cpi", "2025-10", "0.25", "%", "stat", ""],
    ["x1", "NL", "fx", "2024-12-04", "84.7", "INR/USD", "stat", ""],
    ["x2", "NL", "fx", "2025-09-30", "88.8", "INR/USD", "stat", ""],
    ["x3", "NL", "fx", "2025-12-03", "90.2", "INR/USD", "stat", ""],
    ["h98", "NL", "homes", "1998", "5764000", "count", "stat", ""],
    ["h03", "NL", "homes", "2003", "6593000", "count", "stat", ""],
    ["h18", "NL", "homes", "2018", "8489000", "count", "stat", ""],
    ["h23", "NL", "homes", "2023", "9002000", "count", "stat", ""],
    ["k23", "NL", "cases", "2023", "59", "count", "stat", ""],
    ["k24", "NL", "cases", "2024", "285", "count", "stat", ""],
    ["k25", "NL", "cases", "2025", "2065", "count", "stat", ""],
    ["u23", "NL", "unemp", "2023", "5.0", "%", "stat", ""],
    ["u24", "NL", "unemp", "2024", "4.2", "%", "stat", ""],
    ["a23", "NL", "age", "2023", "62", "years", "stat", ""],
    ["a24", "NL", "age", "2024", "62.25", "years", "stat", ""],
    ["ex23", "NL", "exports", "2023", "355.5 bn", "USD", "stat", ""],
    ["ex24", "NL", "exports", "2024", "405.5 bn", "USD", "stat", ""],
    ["im23", "NL", "imports", "2023", "327.5 bn", "USD", "stat", ""],
    ["im24", "NL", "imports", "2024", "380.8 bn", "USD", "stat", ""],
    ["eg24", "NL", "export_growth", "2024", "14.1", "%", "stat", ""],
    ["ig24", "NL", "import_growth", "2024", "16.3", "%", "stat", ""],
    ["ug24", "NL", "us_export_growth", "2024", "23.3", "%", "stat", ""],
    # a stock counted on dates: 1 January 2025 to 1 July 2025 rose, the third quarter fell
    ["p1", "NL", "population", "2025-01-01", "41530000", "count", "stat", ""],
    ["p7", "NL", "population", "2025-07-01", "41650000", "count", "stat", ""],
    ["qp3", "NL", "qpop_growth", "2025-Q3", "-0.2", "%", "stat", ""],
]
EVENTS = [
    ["e-cut", "2025-02-07", "", "NL", "policy", "利下げ（6.25%）",
     "Norland's central bank cuts the policy rate by 25 basis points to 6.25%", "0.25", "pp", "stat", "2",
     ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    # fiscal years April-March named by their end, as India's: FY2025 = April 2024 - March 2025
    return norland_pack(tmp_path_factory, "period-sign-words", METRICS, OBSERVATIONS, events=EVENTS,
                        settings="fiscal_year: {start_month: 4, named_by: end}\n")


# --- period words ---------------------------------------------------------------------------


def test_months_in_brackets_define_the_fiscal_year(pack: Pack) -> None:
    # a Japanese writer names April 2024 - March 2025 「2024年度」; the pack calls it FY2025
    d = diagnose("ノーランドの2024年度（24年4月〜25年3月）の実質GDP成長率は6.5%だった", pack)
    assert d.rating == "true" and d.checks[0].evidence == ["g25"]
    # with no brackets 2024年度 is the pack's FY2024 (9.2 %)
    assert diagnose("ノーランドの2024年度の実質GDP成長率は6.5%だった", pack).rating == "false"
    d = diagnose("Norland's GDP growth in fiscal 2024 (April 2024 to March 2025) was 6.5%.", pack)
    assert d.rating == "true" and d.checks[0].evidence == ["g25"]


def test_last_fiscal_year_counts_fiscal_years_from_the_claims_date(pack: Pack) -> None:
    # said in June 2025: the fiscal year that ended in March 2025 (FY2025), not FY2024
    d = diagnose("Norland's GDP grew 6.5% last fiscal year.", pack, as_of="2025-06-15")
    assert d.rating == "true" and d.checks[0].evidence == ["g25"]
    d = diagnose("ノーランドの昨年度の実質GDP成長率は6.5%だった", pack, as_of="2025-06-15")
    assert d.rating == "true" and d.checks[0].evidence == ["g25"]


def test_a_start_and_a_length_name_both_ends(pack: Pack) -> None:
    d = diagnose("2003年からの20年間で、ノーランドの空き家の数は約1.4倍に増えた", pack)
    assert d.rating == "true" and sorted(d.checks[0].evidence) == ["h03", "h23"]
    d = diagnose("In the 20 years since 2003, Norland's vacant homes rose about 1.4 times.", pack)
    assert sorted(d.checks[0].evidence) == ["h03", "h23"]


def test_in_a_single_year_is_one_step(pack: Pack) -> None:
    d = diagnose("Norland's cases went from under 300 to more than 2,000 in a single year.", pack,
                 as_of="2026-01-15")
    assert d.rating == "true"
    assert all(n.found in (285, 2065) for n in d.checks[0].numbers)


def test_from_a_year_ago_on_quarters_is_the_same_quarter(pack: Pack) -> None:
    d = diagnose("Norland's quarterly growth has doubled from a year ago.", pack, as_of="2025-12-01")
    assert sorted(d.checks[0].evidence) == ["q243", "q253"]  # x1.46, not Q2 -> Q3 (x1.05)
    assert d.rating in ("false", "mostly_false")


def test_a_relative_change_of_a_count(pack: Pack) -> None:
    # "jumped by around 10%": the change of the count (+6 %), not a level in percent
    d = diagnose("The number of vacant homes in Norland jumped by around 10% between 2018 and 2023.", pack)
    # the rise is right, its size clearly wrong: partly, credit 0.25 (mostly false, §4.1)
    assert d.checks[0].kind == "change" and d.checks[0].result == "partly" and d.checks[0].credit == 0.25


@pytest.mark.parametrize("claim", [
    "Norland has more than halved the fiscal deficit since the pandemic year.",
    "Norland has more than halved the fiscal deficit since the war.",
    "Norland's fiscal deficit has fallen since the financial crisis.",
    "ノーランドの財政赤字はリーマン・ショック以降、減った",
])
def test_a_window_opened_by_an_undated_event_is_unknown(pack: Pack, claim: str) -> None:
    # "since" + an event the pack gives no date of (whatever the event): the start is unknown
    d = diagnose(claim, pack)
    assert d.rating == "unverifiable"
    assert any("no date of" in c.reason or "示していない" in c.reason for c in d.checks)


def test_a_window_opened_by_an_event_the_pack_dates_is_read(pack: Pack) -> None:
    # the pack's event "cuts the policy rate" dates "the rate cut": no undated era
    d = diagnose("Norland has more than halved the fiscal deficit since the rate cut.", pack)
    assert not any("no date of" in c.reason for c in d.checks)
    # "since the start of the year", "since the 1990s" are periods, no event
    for claim in ("Norland's fiscal deficit has fallen since the start of the year.",
                  "Norland's fiscal deficit has fallen since the 1990s."):
        assert not any("no date of" in c.reason for c in diagnose(claim, pack).checks), claim


# --- sign and direction words ---------------------------------------------------------------


def test_the_economy_shrank_is_the_sign_of_growth_in_that_quarter(pack: Pack) -> None:
    d = diagnose("Norland's economy shrank in the July-September 2024 quarter.", pack)
    assert d.rating == "false" and d.checks[0].evidence == ["q243"]
    assert diagnose("Norland's economy grew in the July-September 2024 quarter.", pack).rating == "true"


def test_a_balance_turning_into_deficit_is_its_sign(pack: Pack) -> None:
    d = diagnose("ノーランドは2024年、貿易赤字に転落した", pack)
    assert d.rating == "false" and "b24" in d.checks[0].evidence
    assert diagnose("Norland's trade balance swung into deficit in 2024.", pack).rating == "false"
    assert diagnose("ノーランドの貿易黒字は2024年も黒字だった", pack).rating != "false"


def test_prices_falling_is_inflation_below_zero(pack: Pack) -> None:
    d = diagnose("Inflation is down to 0.25%, which means prices are now falling.", pack, as_of="2025-11-13")
    assert d.rating == "half_true"
    assert d.checks[1].result == "fails" and d.checks[1].evidence == ["c10"]
    d = diagnose("Prices are now falling in Norland.", pack, as_of="2025-11-13")
    assert d.checks[0].result == "fails" and d.checks[0].evidence == ["c10"]



def test_a_stronger_currency_is_a_lower_number_of_it_per_dollar(pack: Pack) -> None:
    # 90.2 rupees per dollar against 84.7 a year before: the rupee is weaker
    claim = "The rupee is stronger against the dollar today than it was a year ago."
    d = diagnose(claim, pack, as_of="2025-12-04")
    assert d.rating == "false" and sorted(d.checks[0].evidence) == ["x1", "x3"]
    weaker = "The rupee is weaker against the dollar today than it was a year ago."
    assert diagnose(weaker, pack, as_of="2025-12-04").rating == "true"


def test_raised_rates_against_a_cut_is_the_other_way(pack: Pack) -> None:
    # "raised interest rates" is a rise; the event found cuts the rate (blind india rbi-hiked)
    d = diagnose("Norland raised interest rates in 2025 to fight inflation.", pack, as_of="2025-12-20")
    assert d.rating == "false"
    assert diagnose("Norland cut interest rates in 2025.", pack, as_of="2025-12-20").rating == "true"


def test_improved_and_worsened_follow_higher_is_better(pack: Pack) -> None:
    # unemployment: lower is better, so "improved" is a fall (5.0 % -> 4.2 %)
    assert diagnose("Norland's unemployment rate improved in 2024.", pack).rating == "true"
    assert diagnose("Norland's unemployment rate worsened in 2024.", pack).rating == "false"
    assert diagnose("ノーランドの失業率は2024年に改善した", pack).rating == "true"


def test_bare_numbers_of_a_change_are_in_the_measures_unit(pack: Pack) -> None:
    # "from 62 to 70" against 62 -> 62.25 years: the right way, not the right levels
    d = diagnose("Norland raised its retirement age from 62 to 70 in 2024.", pack)
    assert d.rating not in ("true", "mostly_true")
    assert [n.claimed for n in d.checks[0].numbers] == [62, 70]


def test_a_window_in_years_on_quarters_ends_a_year_before_the_latest_quarter(pack: Pack) -> None:
    # said in December 2025: Q3 2024 -> Q3 2025 (+2.6 points), not Q1 2025 -> Q3 2025
    claim = "Norland's quarterly growth rose about 2.6 points over the past year."
    d = diagnose(claim, pack, as_of="2025-12-01")
    assert d.rating == "true" and sorted(d.checks[0].evidence) == ["q243", "q253"]


def test_the_fastest_pace_in_n_quarters_is_a_record_over_the_window(pack: Pack) -> None:
    claim = ("Norland's quarterly growth was 8.2% in the July-September 2025 quarter, "
             "the fastest pace in {} quarters.")
    assert diagnose(claim.format("six"), pack, as_of="2025-12-01").rating == "true"
    # eight quarters reach back to Q1 2024 (8.4 %)
    d = diagnose(claim.format("eight"), pack, as_of="2025-12-01")
    record = d.checks[-1]
    assert record.kind == "superlative" and record.result == "fails" and "8.4" in record.reason


def test_a_record_since_an_undated_era_or_with_values_left_out_is_unknown(pack: Pack) -> None:
    d = diagnose("Norland's GDP growth in 2024-25 was the weakest in a decade if you leave Covid out.", pack)
    assert d.rating == "unverifiable"


def test_both_levels_grew_by_a_percentage_is_each_ones_growth(pack: Pack) -> None:
    # exports +14.1 %, imports +16.3 %: one conjunct holds, the other does not (blind vn both15)
    d = diagnose("Both Norland's exports and its imports grew by more than 15% in 2024.", pack)
    assert d.rating == "half_true"
    assert [c.evidence for c in d.checks] == [["eg24"], ["ig24"]]


def test_a_fall_in_a_quarter_of_a_stock_is_the_sign_of_its_quarterly_growth(pack: Pack) -> None:
    # blind ca-immigration alberta-fell, bc-and-alberta-fell: the quarter's growth, not two dates
    d = diagnose("Norland's population shrank in the third quarter of 2025.", pack)
    assert d.rating == "true" and d.checks[0].evidence == ["qp3"]
    assert diagnose("Norland's population grew in the third quarter of 2025.", pack).rating == "false"
