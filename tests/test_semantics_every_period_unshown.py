"""A word said of every period of a window is not shown by fewer values than its periods
(docs/verdict-rules.md §4.7 "Every year across a gap", §4.15 "One value for every period"), in
Japanese and English, on a small pack about Norland:

- one period's value does not show "has fallen every year since 2020" nor 「毎年増えている」: the
  statement is unknown (first-contact wrong trues of rounds 3-25: a universal held on one value);
- two values around a gap of the series do not show that each step inside it went the way said;
- negatives: a complete series still holds (and fails on a step the other way), a value said
  without the word still holds, 「毎年の」 (a noun's modifier) and a figure's rate ("5 billion
  every year") are not the word."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["cover", "予防接種率", "vaccination coverage", "%", "", "", "share", ""],
    ["tax", "法人税収", "corporate tax receipts", "NLD bn", "", "", "amount", ""],
    ["wage", "平均賃金", "average wage", "NLD", "", "", "amount", ""],
]
EVENTS = [
    ["e-cut", "2024-06-01", "", "NL", "policy", "中央銀行が政策金利を引き下げ",
     "The central bank cuts its policy rate", "", "", "stat", "3", ""],
    ["e-fund", "2023-04-01", "", "NL", "policy", "子育て給付を毎年1万ノルド支給",
     "A child grant of 10,000 NLD paid annually", "", "", "stat", "3", ""],
]
OBSERVATIONS = [
    ["o-cover-2025", "NL", "cover", "2025", "92.5", "%", "stat", ""],
    # a complete series 2019-2024, rising every year
    *[[f"o-tax-{y}", "NL", "tax", str(y), str(v), "NLD bn", "stat", ""]
      for y, v in [(2019, 10.0), (2020, 11.0), (2021, 12.5), (2022, 13.0), (2023, 14.2), (2024, 15.0)]],
    # a series with a gap: 2015, then 2020-2024
    *[[f"o-wage-{y}", "NL", "wage", str(y), str(v), "NLD", "stat", ""]
      for y, v in [(2015, 3000), (2020, 3400), (2021, 3500), (2022, 3600), (2023, 3700), (2024, 3800)]],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "every-period", METRICS, OBSERVATIONS, events=EVENTS, language="ja")


def test_one_value_does_not_show_every_year(pack: Pack) -> None:
    d = diagnose("Norland's vaccination coverage has fallen every year since 2020, to 92.5%.", pack,
                 lang="en", as_of="2026-01-10")
    assert d.rating == "unverifiable"
    assert "every period" in d.checks[0].reason
    ja = diagnose("ノーランドの予防接種率は毎年下がり続けて92.5%になった。", pack, as_of="2026-01-10")
    assert ja.rating == "unverifiable"
    assert "一つの時期の値" in ja.checks[0].reason


def test_the_value_without_the_word_still_holds(pack: Pack) -> None:
    assert diagnose("Norland's vaccination coverage was 92.5% in 2025.", pack, lang="en").rating == "true"
    assert diagnose("ノーランドの予防接種率は2025年に92.5%だった。", pack).rating == "true"


def test_a_complete_series_is_read_step_by_step(pack: Pack) -> None:
    en = diagnose("Norland's corporate tax receipts have risen every year since 2019.", pack,
                  lang="en", as_of="2025-06-01")
    assert en.rating == "true"
    ja = diagnose("ノーランドの法人税収は2019年以降、毎年増えている。", pack, as_of="2025-06-01")
    assert ja.rating == "true"
    down = diagnose("Norland's corporate tax receipts have fallen every year since 2019.", pack,
                    lang="en", as_of="2025-06-01")
    assert down.rating in ("false", "mostly_false")


def test_every_year_across_a_gap_is_not_shown(pack: Pack) -> None:
    en = diagnose("Norland's average wage has risen every year since 2015.", pack, lang="en",
                  as_of="2025-06-01")
    assert en.rating == "unverifiable"
    assert "no values between" in en.checks[0].reason
    ja = diagnose("ノーランドの平均賃金は2015年以降、毎年上がっている。", pack, as_of="2025-06-01")
    assert ja.rating == "unverifiable"
    # the years the series holds without a gap are read as before
    assert diagnose("Norland's average wage has risen every year since 2020.", pack, lang="en",
                    as_of="2025-06-01").rating == "true"
    # the two ends alone, with no word of every step, still hold
    assert diagnose("Norland's average wage rose between 2015 and 2024.", pack, lang="en").rating == "true"


def test_with_each_passing_year_is_every_year(pack: Pack) -> None:
    # 「年を追うごとに」, "with each passing year": every step of the window, as 毎年 is
    # (2019-2024 rose every year: holds; said of a fall, the steps refute it)
    ja = diagnose("ノーランドの法人税収は2019年以降年を追うごとに増えている。", pack, as_of="2025-06-01")
    assert ja.rating == "true"
    en = diagnose("Norland's corporate tax receipts have fallen with each passing year since 2019.", pack,
                  lang="en", as_of="2025-06-01")
    assert en.rating in ("false", "mostly_false")
    gap = diagnose("Norland's average wage has risen year by year since 2015.", pack, lang="en",
                   as_of="2025-06-01")
    assert gap.rating == "unverifiable"


def test_one_value_that_misses_a_bound_still_counts_against(pack: Pack) -> None:
    # one period below the bound refutes "every year above it" (not withheld as unknown)
    d = diagnose("ノーランドの予防接種率は毎年93%を超えている。", pack, as_of="2026-01-10")
    assert d.rating in ("mostly_false", "false")
    en = diagnose("Norland's vaccination coverage has been above 93% every year.", pack, lang="en",
                  as_of="2026-01-10")
    assert en.rating in ("mostly_false", "false")


def test_a_figure_said_of_every_period_is_not_one_value(pack: Pack) -> None:
    # "above 90% in every quarter": the figure is said of each period; one value shows one
    d = diagnose("Norland's vaccination coverage has been above 90% in every year since 2020.", pack,
                 lang="en", as_of="2026-01-10")
    assert d.rating == "unverifiable"


def test_an_event_does_not_show_every_period(pack: Pack) -> None:
    en = diagnose("The central bank has always cut its policy rate in June.", pack, lang="en",
                  as_of="2025-01-10")
    assert en.rating == "unverifiable"
    ja = diagnose("中央銀行は一貫して政策金利を引き下げてきた。", pack, as_of="2025-01-10")
    assert ja.rating == "unverifiable"
    # negatives: the act said once still holds; a title that says the yearly payment holds it
    assert diagnose("The central bank cut its policy rate in June 2024.", pack, lang="en").rating == "true"
    assert diagnose("ノーランドは2023年から子育て給付を毎年1万ノルド支給している。", pack,
                    as_of="2025-01-10").rating in ("true", "mostly_true")


def test_each_year_of_one_year_named_is_that_year(pack: Pack) -> None:
    # the window is the one year named: its value is "every year" of it
    assert diagnose("Norland's vaccination coverage was 92.5% each year in 2025.", pack,
                    lang="en").rating == "true"
    assert diagnose("ノーランドの予防接種率は2025年も常に92.5%だった。", pack).rating == "true"
