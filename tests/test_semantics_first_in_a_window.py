"""Records and firsts over a window (docs/verdict-rules.md §4.8): a comparison said to hold for
the first time in N years (「41年ぶりに雑誌を上回った」) is checked on the comparison over the
window, not as a record of either side; "the best month in almost a year" ranks the last twelve
months only; a place among the members of a country (「全米の州で最も多かった」) is read on the
count's own rank metric."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["books", "書籍の販売額", "book sales", "JPY", "書籍;books;book sales", "true", "amount", ""],
    ["mags", "雑誌の販売額", "magazine sales", "JPY", "雑誌;magazines;magazine sales", "true", "amount", ""],
]
# books under magazines in 2010 and 2012-2015, over them in 2011 and 2016
BOOKS = ((2010, 90), (2011, 86), (2012, 70), (2013, 60), (2014, 65), (2015, 55), (2016, 50))
MAGS = ((2010, 95), (2011, 85), (2012, 75), (2013, 70), (2014, 70), (2015, 60), (2016, 45))
OBSERVATIONS = [
    *[[f"b{y}", "NL", "books", str(y), str(v), "JPY", "stat", ""] for y, v in BOOKS],
    *[[f"m{y}", "NL", "mags", str(y), str(v), "JPY", "stat", ""] for y, v in MAGS],
    # Westland's book sales: Norland's magazine figures (the same crossings, between two owners)
    *[[f"w{y}", "WL", "books", str(y), str(v), "JPY", "stat", ""] for y, v in MAGS],
]
WESTLAND = [["WL", "country", "ウェストランド", "Westland", "", ""]]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "first-crossing", METRICS, OBSERVATIONS, entities=WESTLAND, language="ja"
    )


def rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2017-02-01").rating


def test_a_comparison_first_in_a_window(pack: Pack) -> None:
    # books were under magazines 2012-2015 and over them in 2011: first in five years holds ...
    assert rating(pack, "2016年、ノーランドの書籍の販売額が5年ぶりに雑誌を上回った。") == "true"
    overtook = "In 2016 Norland's book sales overtook Westland's for the first time"
    assert rating(pack, f"{overtook} in five years.") == "true"
    # ... in six years fails (2011 is inside the window), not the records of either side
    assert rating(pack, "2016年、ノーランドの書籍の販売額が6年ぶりに雑誌を上回った。") == "false"
    assert rating(pack, f"{overtook} in six years.") == "false"
    assert rating(pack, f"{overtook} since 2010.") == "false"


def test_a_window_before_both_series_is_unknown(pack: Pack) -> None:
    # 2011 against a window back to 1970: the series begin in 2010, nothing says the 2000s
    assert rating(pack, "2011年、ノーランドの書籍の販売額が41年ぶりに雑誌を上回った。") == "unverifiable"
    # a near miss: a plain comparison with no window is settled by the year alone
    assert rating(pack, "2011年、ノーランドの書籍の販売額は雑誌を上回った。") == "true"


PUNCT = [["punct", "定時率", "punctuality", "%", "punctuality;定時率", "true", "share", ""]]
MONTHS = [
    ("2023-01", 73), ("2023-04", 70), ("2024-01", 68), ("2024-06", 53), ("2024-10", 63), ("2025-01", 67),
]


@pytest.fixture(scope="module")
def monthly(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    rows = [[f"p{m}", "NL", "punct", m, str(v), "%", "stat", ""] for m, v in MONTHS]
    return small_pack(tmp_path_factory, "best-month", PUNCT, rows)


def test_the_best_month_in_almost_a_year(monthly: Pack) -> None:
    said = "Norland's punctuality was 67% in January 2025, the best month in almost a year."
    assert diagnose(said, monthly, as_of="2025-02-10").rating == "true"
    # the window is the last year, not the series: two years back reaches 2023's 70 %
    said2 = "Norland's punctuality was 67% in January 2025, the best month in two years."
    assert diagnose(said2, monthly, as_of="2025-02-10").rating != "true"
    # said another way, the window is read the same (January 2024's 68 % is outside it)
    said3 = "January 2025 was the best month for Norland's punctuality in nearly a year."
    assert diagnose(said3, monthly, as_of="2025-02-10").rating == "true"


STATE_METRICS = [
    ["total", "ホームレス数", "homeless people", "count", "homelessness;ホームレス", "false", "count", ""],
    ["rate", "人口1万人当たりホームレス数", "homeless per 10000", "per 10000",
     "homelessness rate;ホームレス率", "false", "ratio", ""],
    ["total_rank", "ホームレス数の州別順位", "state rank by number of homeless people", "rank", "", "false",
     "rank", "1 = most"],
    ["rate_rank", "人口当たりホームレス率の州別順位", "state rank by homelessness rate", "rank", "", "false",
     "rank", "1 = highest rate"],
]
STATES = [
    ["CA", "other", "カリフォルニア州", "California", "", "NL"],
    ["NY", "other", "ニューヨーク州", "New York", "", "NL"],
]
STATE_OBS = [
    ["ca1", "CA", "total", "2024", "187084", "count", "stat", ""],
    ["ca2", "CA", "total_rank", "2024", "1", "rank", "stat", ""],
    ["ca3", "CA", "rate_rank", "2024", "6", "rank", "stat", ""],
    ["ny1", "NY", "total", "2024", "158000", "count", "stat", ""],
    ["ny2", "NY", "total_rank", "2024", "2", "rank", "stat", ""],
    ["ny3", "NY", "rate_rank", "2024", "1", "rank", "stat", ""],
]


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "state-ranks", STATE_METRICS, STATE_OBS, entities=STATES, language="ja"
    )


def test_a_place_among_a_countrys_members(states: Pack) -> None:
    said = "カリフォルニア州のホームレスは2024年に18万7千人を超え、ノーランドの州で最も多かった。"
    assert diagnose(said, states, as_of="2025-01-10").rating == "true"
    # the count's place, not the rate's: New York is first on the rate, second on the count
    near = "ニューヨーク州のホームレスは2024年にノーランドの州で最も多かった。"
    assert diagnose(near, states, as_of="2025-01-10").rating == "false"


RATE = [
    ["unemp", "失業率", "unemployment rate", "%", "失業率;unemployment;jobless rate", "false", "ratio", ""],
    ["srank", "自殺率の国際順位", "suicide rate rank", "rank", "自殺率順位", "false", "rank", "1 = highest"],
    ["srate", "自殺率", "suicide rate", "per 100k", "自殺率;suicide rate", "false", "ratio", ""],
]
UNEMP = ((2015, 4.1), (2016, 4.4), (2017, 5.2), (2018, 4.0), (2019, 3.8), (2020, 4.6), (2021, 4.2),
         (2022, 3.9), (2023, 3.7), (2024, 3.6))
RATE_OBS = [
    *[[f"u{y}", "NL", "unemp", str(y), str(v), "%", "stat", ""] for y, v in UNEMP],
    *[[f"r{y}", "NL", "srank", str(y), str(v), "rank", "stat", ""]
      for y, v in ((2018, 3), (2019, 1), (2020, 2), (2021, 2), (2022, 1))],
    *[[f"s{y}", "NL", "srate", str(y), str(v), "per 100k", "stat", ""]
      for y, v in ((2018, 16), (2019, 17), (2020, 16.5), (2021, 16.4), (2022, 17.2))],
]


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "never-and-first", RATE, RATE_OBS, language="ja")


def test_never_past_a_line_over_a_window(rates: Pack) -> None:
    def said(text: str) -> str:
        return diagnose(text, rates, as_of="2025-03-01").rating

    # 「…たことがない」 and "never been more than" are a never over the window: 2017's 5.2 % refutes 5 %
    for text in (
        "ノーランドの失業率は2015年以降、5%を超えたことがない。",
        "Norland's unemployment rate has never been more than 5% since 2015.",
        "Norland's unemployment rate has never exceeded 5% in the past decade.",
    ):
        assert said(text) in ("false", "mostly_false"), text
    for text in (
        "ノーランドの失業率は2015年以降、6%を超えたことがない。",
        "Norland's unemployment rate has never been more than 6% since 2015.",
        "ノーランドの失業率は2018年以降、3.5%を下回ったことがない。",
    ):
        assert said(text) == "true", text


def test_a_place_for_the_first_time(rates: Pack) -> None:
    def said(text: str) -> str:
        return diagnose(text, rates, as_of="2025-03-01").rating

    # first in 2019 (third in 2018) holds; 2022's first place was had in 2019 already
    assert said("ノーランドの自殺率は2019年に初めて世界1位になった。") == "true"
    assert said("ノーランドの自殺率は2022年に初めて世界1位になった。") == "mostly_false"
    highest = "In 2022 Norland had the highest suicide rate in the world for the first time."
    assert said(highest) == "mostly_false"
    # a near miss: "ranked first" is a place, no first time
    assert said("In 2022 Norland ranked first in the world on suicide rate.") == "true"
    # no earlier place held: a first cannot be told
    assert said("ノーランドの自殺率は2018年に初めて世界3位になった。") == "unverifiable"


def test_a_run_of_periods_past_a_line(rates: Pack) -> None:
    def said(text: str) -> str:
        return diagnose(text, rates, as_of="2025-03-01").rating

    # 連続 / "in a row" with a bound: each period of the run, not its last year (2017's 5.2 %)
    assert said("ノーランドの失業率は2024年に10年連続で5%を下回った。") in ("false", "mostly_false")
    assert said("Norland's unemployment rate stayed below 5% for ten consecutive years in 2024.") in (
        "false", "mostly_false",
    )
    assert said("ノーランドの失業率は2024年に5年連続で5%を下回った。") == "true"
    assert said("Norland's unemployment rate was below 5% in 2024 for the sixth straight year.") == "true"
    # a run longer than the series is not assumed
    assert said("ノーランドの失業率は2024年に20年連続で5%を下回った。") == "unverifiable"


def test_a_window_the_pack_cannot_settle_between_two_owners(pack: Pack) -> None:
    # Norland's books over Westland's in 2011 (86 against 85), under them in 2010; both series begin
    # in 2010, so "in 41 years" is open — the year's comparison alone does not make it true
    said = "In 2011 Norland's book sales overtook Westland's for the first time in 41 years."
    assert rating(pack, said) == "unverifiable"
    said_ja = "2011年、ノーランドの書籍の販売額が41年ぶりにウェストランドを上回った。"
    assert rating(pack, said_ja) == "unverifiable"
    # near misses: with no window the year settles it; a window the pack holds refutes it
    assert rating(pack, "In 2011 Norland's book sales overtook Westland's.") == "true"
    said_2016 = "In 2016 Norland's book sales overtook Westland's for the first time in 41 years."
    assert rating(pack, said_2016) == "false"


def test_a_first_change_since_a_year_before_the_series(pack: Pack) -> None:
    # Westland's book sales (from 2010) fell in 2011: "the first time since 2000" reaches before the
    # series, so an earlier fall may lie there
    assert rating(pack, "In 2011 Westland's book sales fell for the first time since 2000.") == "unverifiable"
    # near miss: a year inside the series settles it (2015's fall follows 2013's; 2014 was flat)
    assert rating(pack, "In 2015 Westland's book sales fell for the first time since 2013.") == "true"


def test_never_lower_than_a_figure_is_a_bound(rates: Pack) -> None:
    def said(text: str) -> str:
        return diagnose(text, rates, as_of="2025-03-01").rating

    # "never been lower than 3.5%" reads its bound (every value from 2015 at least 3.5 %), no record
    assert said("Norland's unemployment rate has never been lower than 3.5% since 2015.") == "true"
    assert said("Norland's unemployment rate has never been lower than 3.7% since 2015.") in (
        "false", "mostly_false",
    )
    # near miss: with no figure after "than" it is a record of the latest value (3.6 % in 2024,
    # not the lowest: 2024's 3.6 % is; "higher" is not)
    assert said("Norland's unemployment rate has never been lower.") == "true"
    assert said("Norland's unemployment rate has never been higher.") not in ("true", "mostly_true")


def test_a_never_claims_reason_says_its_bound(rates: Pack) -> None:
    def reason(text: str, lang: str = "ja") -> str:
        return diagnose(text, rates, lang=lang, as_of="2025-03-01").checks[0].reason

    # the bound checked, the right way round (not "claimed: exceeded 6% in each"), in both languages
    never_6 = "Norland's unemployment rate has never been more than 6% since 2015."
    assert "各期とも6%以下" in reason("ノーランドの失業率は2015年以降、6%を超えたことがない。")
    assert "各期とも6%以下" in reason(never_6)
    assert "at most 6 % in each" in reason(never_6, "en")
    never_35 = "Norland's unemployment rate has never been lower than 3.5% since 2015."
    assert "at least 3.5 % in each" in reason(never_35, "en")
    # a streak keeps its bound, not the bare figure (「各期とも5%」)
    assert "各期とも5%未満" in reason("ノーランドの失業率は2024年に5年連続で5%を下回った。")
    streak = "Norland's unemployment rate was below 5% in 2024 for the sixth straight year."
    assert "less than 5 % in each" in reason(streak, "en")


def test_two_measures_compared_in_english_keep_the_refutation(pack: Pack) -> None:
    # "book sales overtook magazine sales": "book" is the books' side, no qualifier the magazines'
    # measure lacks; 2011 inside the window refutes it, as 「6年ぶりに雑誌を上回った」
    said = "In 2016 Norland's book sales overtook magazine sales for the first time in six years."
    assert rating(pack, said) == "false"
    assert rating(pack, said.replace("six", "five")) == "true"
    # near miss: a word neither measure names still makes the link weak
    assert rating(pack, said.replace("book sales", "online book sales")) == "unverifiable"


def test_a_first_change_the_values_note_dates(tmp_path_factory: pytest.TempPathFactory) -> None:
    # the series begins in 2022; the 2023 value's own note states the source's window
    rows = [["v2022", "NL", "books", "2022", "100", "JPY", "stat", ""],
            ["v2023", "NL", "books", "2023", "90", "JPY", "stat", "first fall in nine years"],
            ["w2022", "WL", "books", "2022", "100", "JPY", "stat", ""],
            ["w2023", "WL", "books", "2023", "90", "JPY", "stat", ""]]
    noted = small_pack(tmp_path_factory, "noted-window", METRICS, rows, entities=WESTLAND, language="ja")
    assert diagnose("In 2023 Norland's book sales fell for the first time in nine years.", noted,
                    as_of="2024-02-01").rating == "true"
    # near miss: the same values with no note leave the window open
    assert diagnose("In 2023 Westland's book sales fell for the first time in nine years.", noted,
                    as_of="2024-02-01").rating == "unverifiable"
