"""Rules found on blind round 15 (development material since its first run): small packs."""

from __future__ import annotations

from pathlib import Path

from pack_builder import METRIC_HEADER, OBSERVATION_HEADER, csv_text, write_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.checks.metrics import years_said
from shingi.pipeline.diagnose import diagnose


def _pack(tmp_path: Path, metric: list[str], rows: list[list[str]]) -> Pack:
    """A pack of one measure (``metric``: a metrics.csv row) and its values about Japan."""
    folder = write_pack(
        tmp_path / "p",
        metrics_csv=csv_text([METRIC_HEADER, metric]),
        observations_csv=csv_text([OBSERVATION_HEADER, *rows]),
    )
    return load_pack(folder)


def _rating(pack: Pack, text: str, as_of: str) -> str:
    return diagnose(text, pack, lang="ja" if "。" in text else "en", as_of=as_of).rating


def test_a_fall_word_of_the_measures_name_says_no_fall(tmp_path: Path) -> None:
    # "load shedding" names the measure "Load shedding days": "the worst year on record" on a
    # measure where lower is better is its highest value, not its lowest
    pack = _pack(tmp_path, ["ls_days", "停電日数", "Load shedding days", "days", "days of load shedding",
                            "false", "count", ""],
                 [["d0", "JP", "ls_days", "2021", "300", "days", "s2", ""],
                  ["d1", "JP", "ls_days", "2022", "205", "days", "s2", ""],
                  ["d2", "JP", "ls_days", "2023", "335", "days", "s2", ""]])
    said = "Japan had load shedding on {} days in {} - the worst year on record."
    assert _rating(pack, said.format(335, 2023), "2024-01-15") == "true"  # 335 beats 300 and 205
    assert _rating(pack, said.format(205, 2022), "2023-01-15") == "false"  # 205 is below 2021's 300


def test_about_a_share_over_the_truth_by_more_than_a_fifth_is_no_mostly_true(tmp_path: Path) -> None:
    # "about 80%" for 66 %: within 20 % of the claim, but 21 % over the truth: no mostly true; and
    # 14 points over the share: a wrong size, mostly false (session 22, §5.1; en-theft-80's writer)
    pack = _pack(tmp_path, ["theft", "窃盗の割合", "Theft share of crime", "%", "", "false", "share", ""],
                 [["t1", "JP", "theft", "2025", "66", "%", "s2", ""]])
    assert _rating(pack, "Theft makes up about 80% of crime in Japan.", "2026-02-01") == "mostly_false"
    # a small overstatement stays mostly true
    assert _rating(pack, "Theft makes up about 75% of crime in Japan.", "2026-02-01") == "mostly_true"


def test_a_rise_over_three_years_is_not_one_years_rate(tmp_path: Path) -> None:
    # "up about 45% in just three years" against one year's rate (12.74 %): the years compound;
    # the one value does not settle it (not false)
    pack = _pack(tmp_path, ["fee", "料金の上昇率", "Fee increase", "%", "", "false", "growth", ""],
                 [["f1", "JP", "fee", "2025", "12.74", "%", "s2", ""]])
    said = "Japan's fee has gone up by about 45% in just three years."
    assert _rating(pack, said, "2025-06-01") == "unverifiable"
    assert _rating(pack, "日本の料金は3年間で45%上がった。", "2025-06-01") == "unverifiable"
    assert _rating(pack, "Japan's fee went up by 12.74% in 2025.", "2025-06-01") == "true"


def test_the_years_a_change_is_said_over() -> None:
    # one reading for the window check (changes) and the one-rate check (metrics)
    for said, years in (("up 45% in just three years", 3), ("over the past 5 years", 5),
                        ("across two years", 2), ("3年間で2割増えた", 3), ("この10年で倍増", 10),
                        ("2024年で最高", 0), ("3年連続", 0), ("in 2024", 0)):
        assert years_said(said) == years, said


def test_days_in_a_row_are_no_count_of_a_years_days(tmp_path: Path) -> None:
    # "more than 280 days in a row" is a run, not the year's count of days (83)
    pack = _pack(tmp_path, ["outage_days", "停電日数", "Outage days", "days", "", "false", "count", ""],
                 [["o1", "JP", "outage_days", "2024", "83", "days", "s2", ""]])
    said = "Japan has had no outage days since March 2024 - more than 280 days in a row."
    assert _rating(pack, said, "2025-01-03") == "unverifiable"
    assert _rating(pack, "Japan had 83 outage days in 2024.", "2025-01-03") == "true"


def test_a_multiple_of_a_dated_record_is_a_multiple(tmp_path: Path) -> None:
    # "nearly four times the 2022 record low": the record is the base of the multiple, not a
    # record said of 2025
    pack = _pack(tmp_path, ["catch", "漁獲量", "Catch", "t", "", "true", "amount", ""],
                 [["c1", "JP", "catch", "2021", "19000", "t", "s2", ""],
                  ["c2", "JP", "catch", "2022", "17910", "t", "s2", ""],
                  ["c3", "JP", "catch", "2023", "24433", "t", "s2", ""],
                  ["c4", "JP", "catch", "2025", "64737", "t", "s2", ""]])
    said = "Japan's catch in 2025 was nearly four times the 2022 record low."
    assert _rating(pack, said, "2026-01-10") == "mostly_true"
