"""Operations over a window of a series or a set of events (docs/verdict-rules.md §4.7
"Operations over a window"), in English and Japanese, on a small pack built here: a bound said of
each period of a window ("above 7% in every quarter for a full year", "in each of the last two
years"), the window's mean ("averaged more than 8% over the past three fiscal years", 「過去3年の
平均」), its sum ("than in the previous ten years combined"), and the steps of one kind in a period
("cut four times in 2025, from 6.5% to 5.25%", 「2025年、約1ポイント引き下げた」). (Blind round 9
india-gdp-growth above7-year, avg-over-8, inflation-avg6, rbi-four-cuts, ja-rbi-1pt, cuts-no-effect;
vn-trade-fdi gdp8_two; us-measles ten-years; round 4b us-inflation h-cuts-and-2-3.) Records over a
window of quarters or of "more than N years", and runs of acceleration, are here too (india q2-fastest,
five-quarters; us-measles deaths-most-ever, over2100); so are a count nil since a period ("no deaths
since 2000"), each step of a level in percent (「毎年2割以上のペースで」), a run "in a row" read from the
latest step's title and a count of steps from the level's own series."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

PILLARS = """\
pillars:
  - id: policy
    name: {ja: "政策", en: "Policy"}
"""
ENTITIES = [
    ["NB", "organization", "ノーランド銀行", "Norland Bank", "the Bank", "NL"],
    ["SL", "country", "サウスランド", "Southland", "", ""],
    ["SB", "organization", "サウスランド銀行", "Southland Bank", "", "SL"],
]
METRICS = [
    ["growth", "実質成長率", "real GDP growth", "%", "growth;成長率", "true", "growth", ""],
    ["growth_q", "四半期成長率", "quarterly GDP growth", "%", "quarterly growth", "true", "growth", ""],
    ["cases", "感染者数", "measles cases", "count", "cases", "false", "count", ""],
    ["deaths", "死者数", "measles deaths", "count", "deaths", "false", "count", ""],
    ["policy_rate", "政策金利", "policy rate", "%", "", "", "ratio", ""],
]
OBSERVATIONS = [
    ["g21", "NL", "growth", "2021", "9.0", "%", "stat", ""],
    ["g22", "NL", "growth", "2022", "7.6", "%", "stat", ""],
    ["g23", "NL", "growth", "2023", "9.2", "%", "stat", ""],
    ["g24", "NL", "growth", "2024", "6.5", "%", "stat", ""],
    ["q-1", "NL", "growth_q", "2024-Q1", "8.4", "%", "stat", ""],
    ["q0", "NL", "growth_q", "2024-Q2", "6.5", "%", "stat", ""],
    ["q1", "NL", "growth_q", "2024-Q3", "5.6", "%", "stat", ""],
    ["q2", "NL", "growth_q", "2024-Q4", "6.4", "%", "stat", ""],
    ["q3", "NL", "growth_q", "2025-Q1", "7.4", "%", "stat", ""],
    ["q4", "NL", "growth_q", "2025-Q2", "7.8", "%", "stat", ""],
    ["q5", "NL", "growth_q", "2025-Q3", "8.2", "%", "stat", ""],
    ["c90", "NL", "cases", "1990", "500", "count", "stat", ""],
    ["c20", "NL", "cases", "2020", "10", "count", "stat", ""],
    ["c21", "NL", "cases", "2021", "20", "count", "stat", ""],
    ["c22", "NL", "cases", "2022", "30", "count", "stat", ""],
    ["c23", "NL", "cases", "2023", "40", "count", "stat", ""],
    ["c24", "NL", "cases", "2024", "90", "count", "stat", ""],
    ["d90", "NL", "deaths", "1990", "60", "count", "stat", ""],
    ["d23", "NL", "deaths", "2023", "0", "count", "stat", ""],
    ["d24", "NL", "deaths", "2024", "3", "count", "stat", ""],
    ["r0", "NL", "policy_rate", "2020-03-01", "4.0", "%", "stat", ""],
    ["r1", "NL", "policy_rate", "2023-02-01", "4.25", "%", "stat", ""],
    ["r2", "NL", "policy_rate", "2023-05-01", "4.75", "%", "stat", ""],
    ["r3", "NL", "policy_rate", "2023-08-01", "5.0", "%", "stat", ""],
    ["s0", "SL", "policy_rate", "2023-12-01", "3.5", "%", "stat", ""],
    ["s1", "SL", "policy_rate", "2024-03-01", "3.0", "%", "stat", ""],
    ["s2", "SL", "policy_rate", "2024-06-01", "2.5", "%", "stat", ""],
    ["s3", "SL", "policy_rate", "2024-09-01", "2.0", "%", "stat", ""],
]
EVENTS = [
    ["e1", "2025-02-07", "policy", "NB", "policy", "利下げ（6.25%へ）",
     "Norland Bank cuts its policy rate by 25 basis points to 6.25%", "0.25", "pp", "stat", "2", ""],
    ["e2", "2025-04-09", "policy", "NB", "policy", "利下げ（6.00%へ）",
     "Norland Bank cuts its policy rate by 25 basis points to 6.00%", "0.25", "pp", "stat", "2", ""],
    ["e3", "2025-06-06", "policy", "NB", "policy", "0.5ポイントの利下げ（5.50%へ）",
     "Norland Bank cuts its policy rate by 50 basis points to 5.50%", "0.5", "pp", "stat", "2", ""],
    ["e4", "2025-12-05", "policy", "NB", "policy", "利下げ（5.25%へ）",
     "Norland Bank cuts its policy rate by 25 basis points to 5.25%", "0.25", "pp", "stat", "2", ""],
    ["h1", "2023-02-01", "policy", "NB", "policy", "利上げ（4.25%へ）",
     "Norland Bank raises its policy rate to 4.25%, its first rise since 2020", "0.25", "pp", "stat", "2",
     ""],
    ["h2", "2023-05-01", "policy", "NB", "policy", "2会合連続の利上げ（4.75%へ）",
     "Norland Bank raises its policy rate to 4.75% (second straight rise)", "0.5", "pp", "stat", "2", ""],
    ["h3", "2023-08-01", "policy", "NB", "policy", "3会合連続の利上げ（5.0%へ）",
     "Norland Bank raises its policy rate to 5.0% (third straight rise)", "0.25", "pp", "stat", "2", ""],
    # only the first and the last cut of Southland Bank are events (their amounts are levels)
    ["sc1", "2024-03-01", "policy", "SB", "policy", "サウスランド銀行が利下げ（3.0%へ）",
     "Southland Bank makes its first cut (to 3.0%)", "3.0", "%", "stat", "2", ""],
    ["sc3", "2024-09-01", "policy", "SB", "policy", "サウスランド銀行が利下げ（2.0%へ）",
     "Southland Bank cuts its rate to 2.0%", "2.0", "%", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "windows", METRICS, OBSERVATIONS, entities=ENTITIES, events=EVENTS,
                        settings=PILLARS)


def test_each_period_of_the_window_must_meet_the_bound(pack: Pack) -> None:
    # the latest quarter alone (8.2) holds; 2024-Q4 (6.4) does not
    d = diagnose("Norland has grown above 7% in every quarter for a full year now.", pack, as_of="2025-12-01")
    assert d.rating == "mostly_false"
    assert sorted(d.checks[0].evidence) == ["q2", "q3", "q4", "q5"]
    assert "Q4 2024" in d.checks[0].reason
    two = diagnose("Norland's economy has grown by more than 7% in each of the last two years.", pack,
                   as_of="2025-06-01")
    assert two.rating == "mostly_false" and [n.found for n in two.checks[0].numbers] == [9.2, 6.5]
    assert diagnose("Norland's economy has grown by more than 6% in each of the last two years.", pack,
                    as_of="2025-06-01").rating == "true"


def test_almost_every_is_no_universal(pack: Pack) -> None:
    d = diagnose("Norland has grown above 7% in almost every quarter for a full year now.", pack,
                 as_of="2025-12-01")
    assert d.checks[0].evidence == ["q5"]


def test_the_mean_of_the_window(pack: Pack) -> None:
    d = diagnose("Norland has averaged more than 8% growth over the past three years.", pack,
                 as_of="2025-06-01")
    assert d.rating == "mostly_false"
    assert d.checks[0].numbers[0].found == pytest.approx(7.7667, abs=1e-3)
    ja = diagnose("ノーランドの過去3年の平均成長率は7%を上回った。", pack, as_of="2025-06-01", lang="ja")
    assert ja.rating == "true" and "平均" in ja.checks[0].reason


def test_the_sum_of_the_years_before(pack: Pack) -> None:
    d = diagnose("Norland had more measles cases in 2024 than in the previous four years combined.", pack)
    assert d.rating == "false" and "100" in d.checks[0].reason  # 10 + 20 + 30 + 40 against 90
    assert diagnose("Norland had more measles cases in 2024 than in the previous two years combined.",
                    pack).rating == "true"


def test_a_window_the_series_does_not_cover_is_unknown(pack: Pack) -> None:
    d = diagnose("Norland has averaged more than 8% growth over the past six years.", pack,
                 as_of="2025-06-01")
    assert d.rating == "unverifiable"


def test_steps_of_one_kind_are_counted_and_added(pack: Pack) -> None:
    claim = "Norland Bank cut its policy rate four times in 2025, taking it from 6.5% to 5.25%."
    four = diagnose(claim, pack, as_of="2025-12-20")
    assert four.rating == "true" and sorted(four.checks[0].evidence) == ["e1", "e2", "e3", "e4"]
    assert diagnose("Norland Bank cut its policy rate three times in 2025.", pack,
                    as_of="2025-12-20").rating == "false"
    total = diagnose("Norland Bank has cut rates by 1.25 points this year.", pack, as_of="2025-12-20")
    assert total.rating == "true" and total.checks[0].numbers[0].found == 1.25
    ja = diagnose("ノーランド銀行は2025年、政策金利を約1ポイント引き下げた。", pack,
                  as_of="2025-12-20", lang="ja")
    assert ja.rating == "mostly_false" and "合計1.25ポイント" in ja.checks[0].reason


def test_one_step_with_the_amount_is_that_step(pack: Pack) -> None:
    d = diagnose("Norland Bank cut rates by 0.5 points in 2025.", pack, as_of="2025-12-20")
    assert d.rating == "true" and d.checks[0].evidence == ["e3"]


def test_the_other_way_is_no_count(pack: Pack) -> None:
    d = diagnose("Norland Bank raised its policy rate four times in 2025.", pack, as_of="2025-12-20")
    assert d.rating == "false"  # the steps of 2025 are cuts; no rise of 2025 is counted


def test_a_record_over_a_window_of_quarters(pack: Pack) -> None:
    # 8.2 in 2025-Q3 tops the five quarters before it; 2024-Q1 (8.4) is seven quarters back
    d = diagnose("Norland grew 8.2% in the third quarter of 2025, the fastest pace in six quarters.", pack,
                 as_of="2025-11-28")
    assert d.rating == "true"
    assert d.checks[-1].kind == "superlative" and "7.8" in d.checks[-1].reason
    d = diagnose("Norland grew 8.2% in the third quarter of 2025, the fastest pace in eight quarters.",
                 pack, as_of="2025-11-28")
    assert d.checks[-1].result == "fails" and "8.4" in d.checks[-1].reason  # 2024-Q1 is in the window


def test_a_record_over_quarters_in_japanese(pack: Pack) -> None:
    d = diagnose("ノーランドの2025年7〜9月期の四半期成長率は8.2%で、6四半期ぶりの高さだった。", pack,
                 as_of="2025-11-28", lang="ja")
    assert d.rating == "true" and d.checks[-1].kind == "superlative"
    d = diagnose("ノーランドの2025年7〜9月期の四半期成長率は8.2%で、8四半期ぶりの高さだった。", pack,
                 as_of="2025-11-28", lang="ja")
    assert d.checks[-1].result == "fails" and "8.4" in d.checks[-1].reason


def test_more_than_n_years_and_ever_in_the_next_clause(pack: Pack) -> None:
    d = diagnose("Measles cases in 2024 were the highest in more than 30 years, and the three deaths were "
                 "the most ever recorded in a single year.", pack, as_of="2025-01-15")
    assert [c.result for c in d.checks] == ["holds", "fails"]
    assert "d90" in d.checks[1].evidence  # "ever" is the whole series, not the window before it


def test_a_record_with_periods_taken_out_is_unknown(pack: Pack) -> None:
    d = diagnose("Growth in 2024 was the weakest in a decade if you leave Covid out.", pack,
                 as_of="2025-06-01")
    assert d.rating == "unverifiable"


def test_accelerated_for_n_straight_quarters(pack: Pack) -> None:
    # 5.6 -> 6.4 -> 7.4 -> 7.8 -> 8.2: four rises in a row (2024-Q3 fell from 6.5)
    four = diagnose("Quarterly growth has now accelerated for four straight quarters.", pack,
                    as_of="2025-12-01")
    assert four.rating == "true"
    five = diagnose("Quarterly growth has now accelerated for five straight quarters.", pack,
                    as_of="2025-12-01")
    assert five.checks[0].result == "partly"
    assert [n.found for n in five.checks[0].numbers] == [4.0]


def test_none_since_a_period(pack: Pack) -> None:
    # deaths: 60 in 1990, 0 in 2023, 3 in 2024 (no value for 1991-2022)
    d = diagnose("No one in Norland has died of measles since the 1990s.", pack, as_of="2025-03-01")
    assert d.rating == "false" and d.checks[0].evidence == ["d24"]
    gap = diagnose("No one in Norland has died of measles since 2000.", pack, as_of="2024-06-01")
    assert gap.rating == "unverifiable"  # 2023 is nil, but 2001-2022 are not in the pack
    assert diagnose("There have been no measles deaths in Norland since 2022.", pack,
                    as_of="2024-06-01").rating == "true"


def test_each_step_of_a_level_in_percent(pack: Pack) -> None:
    # cases 10 -> 20 -> 30 -> 40 -> 90: +100 %, +50 %, +33 %, +125 %
    d = diagnose("ノーランドの感染者数はこの3年間、毎年4割以上のペースで増え続けている。", pack,
                 as_of="2025-03-01", lang="ja")
    assert d.rating == "false" and "2023年 +33.3%" in d.checks[0].reason
    assert diagnose("ノーランドの感染者数はこの3年間、毎年3割以上のペースで増え続けている。", pack,
                    as_of="2025-03-01", lang="ja").rating == "true"


def test_a_run_in_a_row_is_read_from_the_latest_steps_title(pack: Pack) -> None:
    # no event is kept for a meeting that held: the run is the title's "third straight rise", and
    # "from" the policy rate before the rises began (4.0 % in 2020)
    claim = "Norland Bank has raised its policy rate three times in a row, taking it from {}% to 5%."
    d = diagnose(claim.format(4), pack, as_of="2023-09-01")
    assert d.rating == "true" and d.checks[0].evidence == ["h3"]
    assert diagnose(claim.format(3), pack, as_of="2023-09-01").rating == "false"
    assert diagnose("Norland Bank has raised its policy rate four times in a row.", pack,
                    as_of="2023-09-01").rating == "false"


def test_a_count_from_the_levels_series_when_the_events_miss_steps(pack: Pack) -> None:
    d = diagnose("サウスランド銀行は2024年1月以降3回の利下げを行った。", pack, as_of="2024-12-01", lang="ja")
    assert d.rating == "true" and sorted(d.checks[0].evidence) == ["s1", "s2", "s3"]
    assert diagnose("サウスランド銀行は2024年1月以降4回の利下げを行った。", pack, as_of="2024-12-01",
                    lang="ja").rating == "false"


def test_words_that_look_like_a_window_operation_but_are_not() -> None:
    from shingi.pipeline.checks.spans import read_window

    # "combined" of two names, not of the window; a record's window is no average's
    assert read_window("Over the past five years, Norland and Southland combined grew 5%.") is None
    assert read_window("Growth averaged 3% in 2024, the lowest in the past five years.") is None
    assert read_window("2023年の合計特殊出生率は1.20") is None  # 合計特殊出生率 is a measure's name
    window = read_window("more cases in 2024 than in the previous ten years combined")
    assert window is not None and (window.op, window.n, window.before) == ("sum", 10, True)
