"""A window said by its length alone after a change ("halved in a year", "down a full point in a
year", 「5年で2割減り」) ends at the clause's period, or with none at the latest value, and starts
that length before it; a start the pack does not hold leaves the change unknown, never measured
over another length (docs/verdict-rules.md §4.7, "A window said by its length"). (Blind round 17d
uk-net-migration fall-450k, round 15 jp-fisheries workers-aging, round 8c spain-jobs fast-fall.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["mig", "純移民", "Net migration", "count", "net migration;純移入", "true", "count", ""],
    ["fish", "漁業就業者数", "Fishery workers", "count", "fishery workers;漁業就業者", "true", "count", ""],
]
OBSERVATIONS = [
    # a long series: its first value is far below the latest
    ["m1", "NL", "mig", "2010", "250000", "count", "stat", ""],
    ["m2", "NL", "mig", "2022", "750000", "count", "stat", ""],
    ["m3", "NL", "mig", "2023", "860000", "count", "stat", ""],
    ["m4", "NL", "mig", "2024", "430000", "count", "stat", ""],
    # a census every five years, with one gap
    ["f1", "NL", "fish", "2008", "220000", "count", "stat", ""],
    ["f2", "NL", "fish", "2013", "180000", "count", "stat", ""],
    ["f3", "NL", "fish", "2018", "150000", "count", "stat", ""],
    ["f4", "NL", "fish", "2023", "120000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "length-windows", METRICS, OBSERVATIONS)


def test_in_a_year_is_the_latest_years_change(pack: Pack) -> None:
    d = diagnose("Norland's net migration roughly halved in a year.", pack, as_of="2025-05-01")
    assert d.checks[0].evidence == ["m3", "m4"] and d.rating == "true"
    ja = diagnose("ノーランドの純移民は1年で半減した。", pack, as_of="2025-05-01")
    assert ja.checks[0].evidence == ["m3", "m4"] and ja.rating == "true"


def test_in_five_years_counts_back_from_the_latest_value(pack: Pack) -> None:
    ja = diagnose("ノーランドの漁業就業者は5年で2割減った。", pack, as_of="2025-05-01")
    assert ja.checks[0].evidence == ["f3", "f4"] and ja.rating == "true"
    en = diagnose("Norland's fishery workers fell by 20% in five years.", pack, as_of="2025-05-01")
    assert en.checks[0].evidence == ["f3", "f4"] and en.rating == "true"


def test_a_start_the_pack_lacks_is_no_other_window(pack: Pack) -> None:
    # two years before 2024 is 2022 (held); three years before is 2021 (not held): unknown, not
    # the change from 2010 or from 2022
    two = diagnose("Norland's net migration fell in two years.", pack, as_of="2025-05-01")
    assert two.checks[0].evidence == ["m2", "m4"] and two.rating == "true"
    for said in ("Norland's net migration fell by half in three years.", "ノーランドの純移民は3年で半減した"):
        assert diagnose(said, pack, as_of="2025-05-01").rating == "unverifiable"


def test_a_record_or_a_first_in_n_years_is_no_window_of_a_change(pack: Pack) -> None:
    # "the first fall in five years" says how long since the last fall, not the change's window
    said = "Norland's net migration fell in 2024 for the first time in a year."
    d = diagnose(said, pack, as_of="2025-05-01")
    assert all(c.evidence != ["m2", "m4"] for c in d.checks)


def test_against_a_year_before_with_no_period_is_the_latest_year(pack: Pack) -> None:
    # 「1年前と比べて」 with no period, as "from a year earlier": the latest value against the one
    # a year before, not the series' first (blind round 12d ng-naira-inflation reserves-20pct-ja)
    ja = "ノーランドの純移民は1年前と比べて半減した。"
    for said in (ja, "Norland's net migration halved from a year earlier."):
        d = diagnose(said, pack, as_of="2025-05-01")
        assert d.checks[0].evidence == ["m3", "m4"] and d.rating == "true"


GAP_METRICS = [
    ["gap", "対ノーランド赤字", "Deficit with Norland", "count", "deficit with Norland", "false",
     "count", ""],
]
GAP_OBSERVATIONS = [
    ["g1", "NL", "gap", "2018", "420", "count", "stat", ""],
    ["g2", "NL", "gap", "2022", "380", "count", "stat", ""],
    ["g3", "NL", "gap", "2025", "200", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def gap_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "gap-windows", GAP_METRICS, GAP_OBSERVATIONS)


def test_a_years_change_by_a_size_across_a_gap_is_unknown(gap_pack: Pack) -> None:
    # 2024 is not held: 2022 -> 2025 (-47 %) is a three-year change, not 2025's (blind round 17c
    # us-tariff-revenue china-third-ja)
    ja = diagnose("2025年、ノーランドの対ノーランド赤字は3分の1ほど減った。", gap_pack, as_of="2026-02-20")
    assert ja.rating == "unverifiable"
    said = "In 2025 Norland's deficit with Norland fell by about a third."
    en = diagnose(said, gap_pack, as_of="2026-02-20")
    assert en.rating == "unverifiable"


def test_a_census_every_five_years_is_no_years_change(pack: Pack) -> None:
    # the fishery census (2008, 2013, 2018, 2023): 2018 -> 2023 is a change over five years, not
    # 2023's (session 19 review: a regular step is a gap too; it had been read as 2023's change)
    d = diagnose("Norland's fishery workers fell by 20% in 2023.", pack, as_of="2025-05-01")
    assert d.checks[0].evidence == ["f3", "f4"] and d.rating == "unverifiable"
    # the window said whole is read: "between 2018 and 2023"
    d = diagnose("Norland's fishery workers fell by 20% between 2018 and 2023.", pack, as_of="2025-05-01")
    assert d.rating == "true"


def test_a_years_direction_across_a_gap_is_unknown_too(gap_pack: Pack) -> None:
    said = "In 2025 Norland's deficit with Norland fell."
    assert diagnose(said, gap_pack, as_of="2026-02-20").rating == "unverifiable"
