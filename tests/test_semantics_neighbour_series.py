"""Neighbour series of one measure told apart by what the claim says (docs/verdict-rules.md §4.13,
"Neighbour series: the period's grain, a net change, a second definition", and §4.8, "A record on
a short series"): a year claimed is read on the year's series, not on the month series holding its
December; 「純増」 / "net gain" on the net change, not on the stock; a second definition is tried
when the first has no value of the period; a record on a series of two values is settled by the
sources' notes or not at all (blind round 23 us-air-travel otp-2023, cancel-2022-three,
atc-net-1800-ja; ca-housing mf_starts_record, f_starts2023; round 21 de-rail pax-record)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

TRUE_SIDE = ("true", "mostly_true")
FALSE_SIDE = ("false", "mostly_false")

METRICS = [
    ["lapse_year", "失効率（年間）", "Share of permits lapsed in a year", "%",
     "lapse rate;lapsed permits;失効率", "false", "share", ""],
    ["lapse_month", "失効率（月間）", "Share of permits lapsed in a month", "%",
     "monthly lapse rate;lapsed permits;月間失効率;失効率", "false", "share", ""],
    ["wardens", "監視員数", "Wardens on duty", "count", "wardens;warden workforce;監視員", "true",
     "count", ""],
    ["wardens_net", "監視員の純増数", "Net change in wardens", "count",
     "net gain;net increase;net change;純増;純増数", "true", "count", ""],
    ["wardens_hired", "監視員の採用数", "Wardens hired", "count", "hired;hires;採用", "true", "count", ""],
    ["builds", "着工件数（全地域）", "Builds started (all areas)", "units", "builds started;着工", "true",
     "count", ""],
    ["builds_city", "着工件数（都市部）", "Builds started in cities of 10000+", "units",
     "city builds;都市部の着工", "true", "count", ""],
    ["closures", "閉店件数(アルファ調査)", "Store closures (Alpha Research)", "count",
     "閉店件数;閉店;store closures", "false", "count", ""],
    ["closures_b", "閉店件数(ベータデータ)", "Store closures (Beta Data)", "count",
     "閉店件数;store closures", "false", "count", ""],
    ["ferries", "フェリー旅客数", "Ferry passengers", "count", "ferry passengers;フェリー旅客", "true",
     "count", ""],
]
OBSERVATIONS = [
    ["ly22", "NL", "lapse_year", "2022", "2.71", "%", "stat", ""],
    ["ly23", "NL", "lapse_year", "2023", "1.29", "%", "stat", ""],
    ["lm2212", "NL", "lapse_month", "2022-12", "5.4", "%", "stat", ""],
    ["lm2312", "NL", "lapse_month", "2023-12", "0.4", "%", "stat", ""],
    ["w24", "NL", "wardens", "2024", "14000", "count", "stat", ""],
    ["wn24", "NL", "wardens_net", "2024", "411", "count", "stat", ""],
    ["wh24", "NL", "wardens_hired", "2024", "1811", "count", "stat", ""],
    ["b24", "NL", "builds", "2024", "245367", "units", "stat", ""],
    ["b25", "NL", "builds", "2025", "259028", "units", "stat", ""],
    ["c21", "NL", "builds_city", "2021", "244141", "units", "stat", ""],
    ["c22", "NL", "builds_city", "2022", "240590", "units", "stat", ""],
    ["c23", "NL", "builds_city", "2023", "223513", "units", "stat", ""],
    ["c24", "NL", "builds_city", "2024", "227697", "units", "stat", ""],
    ["cl25", "NL", "closures", "2025", "397", "count", "stat", ""],
    ["cb25", "NL", "closures_b", "2025", "427", "count", "stat", ""],
    ["f23", "NL", "ferries", "2023", "1800000", "count", "stat", ""],
    ["f24", "NL", "ferries", "2024", "1900000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "neighbour-series", METRICS, OBSERVATIONS)


# ---- the period's grain ------------------------------------------------------------------------


@pytest.mark.parametrize("claim", [
    "In 2022 the lapse rate in Norland was about 2.7%.",
    "2022年のノーランドの失効率は約2.7%だった。",
    "2023年、ノーランドの失効率は1.29%となり、前年の2.71%から改善した。",
])
def test_a_year_is_read_on_the_years_series(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2024-03-01")
    assert d.rating == "true"
    assert all(e.startswith("ly") for c in d.checks for e in c.evidence)


@pytest.mark.parametrize("claim", [
    "In 2022 the lapse rate was 5.4%.",
    "2022年のノーランドの失効率は5.4%だった。",
])
def test_decembers_value_is_not_the_years(pack: Pack, claim: str) -> None:
    # December's 5.4 % made these true before; the year's rate is 2.71 %
    d = diagnose(claim, pack, as_of="2024-03-01")
    assert d.rating in FALSE_SIDE
    assert d.checks[0].evidence == ["ly22"]


@pytest.mark.parametrize("claim", [
    "In December 2022 the monthly lapse rate was 5.4%.",
    "2022年12月のノーランドの月間失効率は5.4%だった。",
])
def test_a_month_said_stays_on_the_month(pack: Pack, claim: str) -> None:
    # negative: the rule is for a period longer than a month
    d = diagnose(claim, pack, as_of="2024-03-01")
    assert d.rating == "true" and d.checks[0].evidence == ["lm2212"]


# ---- a net change ---------------------------------------------------------------------------------


@pytest.mark.parametrize("claim", [
    "2024年、ノーランドの監視員は1,800人以上も純増した。",
    "In 2024 Norland's wardens posted a net gain of more than 1,800.",
])
def test_a_net_gain_is_read_on_the_net_change(pack: Pack, claim: str) -> None:
    # the stock (14,000) made the Japanese claim true before; the net change is 411
    d = diagnose(claim, pack, as_of="2025-03-01")
    assert d.rating in FALSE_SIDE
    assert d.checks[0].evidence == ["wn24"]


@pytest.mark.parametrize("claim", [
    "2024年、ノーランドの監視員は約400人純増した。",
    "In 2024 Norland's wardens posted a net gain of about 400.",
])
def test_a_net_gain_that_holds(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2025-03-01")
    assert d.rating in TRUE_SIDE and d.checks[0].evidence == ["wn24"]


@pytest.mark.parametrize("claim", [
    "In 2024 Norland had more than 10,000 wardens on duty.",
    "2024年、ノーランドの監視員は1万人を超えた。",
])
def test_the_stock_without_a_net_word_stays_the_stock(pack: Pack, claim: str) -> None:
    # negative: no net word, the level is meant
    d = diagnose(claim, pack, as_of="2025-03-01")
    assert d.rating == "true" and d.checks[0].evidence == ["w24"]


# ---- a second definition, and a record on a short series -----------------------------------------


@pytest.mark.parametrize("claim", [
    "Builds started hit an all-time high in 2023.",
    "2023年の着工件数は過去最高だった。",
])
def test_a_second_definition_is_tried_when_the_first_has_no_value(pack: Pack, claim: str) -> None:
    # the all-areas series begins in 2024; the cities' series has 2023 below 2021
    d = diagnose(claim, pack, as_of="2024-02-01")
    assert d.rating in FALSE_SIDE
    assert "c23" in d.checks[0].evidence


@pytest.mark.parametrize("claim", [
    "2025年の着工件数は過去最高だった。",
    "Builds started hit a record in 2025.",
    "Norland's ferries carried a record 1.9 million passengers in 2024.",
])
def test_a_record_on_two_values_is_not_settled(pack: Pack, claim: str) -> None:
    # one earlier value (2024, 2023) is too few to rank on: no wrong true
    d = diagnose(claim, pack, as_of="2026-02-01")
    assert d.rating == "unverifiable"
    assert any("too short" in c.reason or "判定できない" in c.reason for c in d.checks)


def _with_note(tmp_path_factory: pytest.TempPathFactory, note: str) -> Pack:
    rows = [[*o[:7], note] if o[0] == "b25" else o for o in OBSERVATIONS]
    return norland_pack(tmp_path_factory, "neighbour-series-note", METRICS, rows)


def test_a_note_placing_the_value_below_the_top_fails_the_record(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    noted = _with_note(tmp_path_factory, "up 5.6%; the fifth-highest annual total on record")
    for claim in ("2025年の着工件数は過去最高だった。", "Builds started hit a record in 2025."):
        d = diagnose(claim, noted, as_of="2026-02-01")
        assert d.rating in FALSE_SIDE, claim


def test_a_note_stating_the_record_settles_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    noted = _with_note(tmp_path_factory, "過去最高")
    for claim in ("2025年の着工件数は過去最高だった。", "Builds started hit a record in 2025."):
        d = diagnose(claim, noted, as_of="2026-02-01")
        assert d.rating == "true", claim


def test_a_record_on_a_longer_series_is_still_ranked(pack: Pack) -> None:
    # negative: three earlier values rank 2024 (below 2021 and 2022): fails on the series itself
    d = diagnose("Builds started in cities of 10000+ hit a record in 2024.", pack, as_of="2025-02-01")
    assert d.rating in FALSE_SIDE


# ---- two counts of one thing that disagree on a threshold ------------------------------------------


@pytest.mark.parametrize("claim", [
    "2025年、ノーランドの閉店件数は400件を突破した。",
    "Norland's store closures topped 400 in 2025.",
])
def test_a_threshold_failing_on_the_first_count_but_held_by_another_is_half(pack: Pack, claim: str) -> None:
    # Alpha 397, Beta 427: the claim does not say whose count; neither reading alone decides
    d = diagnose(claim, pack, as_of="2026-02-01")
    assert d.rating == "half_true"
    assert {"cl25", "cb25"} <= set(d.checks[0].evidence)


@pytest.mark.parametrize("claim", [
    "2025年、ノーランドの閉店件数は350件を超えた。",
    "Norland's store closures topped 350 in 2025.",
])
def test_a_threshold_held_by_the_first_count_stays_true(pack: Pack, claim: str) -> None:
    # negative: both hold (and the first holding is never lowered by the second)
    d = diagnose(claim, pack, as_of="2026-02-01")
    assert d.rating == "true"


@pytest.mark.parametrize("claim", [
    "2025年、ノーランドの閉店件数は500件を超えた。",
    "According to Alpha Research, Norland's store closures topped 400 in 2025.",
])
def test_both_counts_failing_or_the_count_named_stays_false(pack: Pack, claim: str) -> None:
    # negative: both fail; or the claim names its count (Alpha's 397)
    d = diagnose(claim, pack, as_of="2026-02-01")
    assert d.rating in FALSE_SIDE


# ---- a part is no second definition of its whole (review nbr-1, nbr-2) ----------------------------

PART_METRICS = [
    ["exports", "輸出額", "Exports", "JPY", "exports;輸出", "true", "amount", ""],
    ["exports_cars", "輸出額（自動車）", "Exports (cars)", "JPY", "car exports;自動車輸出", "true",
     "amount", ""],
    ["ships", "出荷額（全品目）", "Shipments (all goods)", "JPY", "shipments;出荷", "true", "amount", ""],
    ["ships_b", "出荷額（速報）", "Shipments (preliminary)", "JPY", "shipments;出荷", "true", "amount", ""],
    ["wrecks", "難破件数", "Shipwrecks", "count", "shipwrecks;難破", "false", "count", ""],
]
PART_OBSERVATIONS = [
    ["e19", "NL", "exports", "2019", "76兆", "JPY", "stat", ""],
    ["e20", "NL", "exports", "2020", "68兆", "JPY", "stat", ""],
    ["c23", "NL", "exports_cars", "2023", "17.3兆", "JPY", "stat", ""],
    ["c24", "NL", "exports_cars", "2024", "17.9兆", "JPY", "stat", ""],
    ["s24", "NL", "ships", "2024", "107兆", "JPY", "stat", ""],
    ["sb24", "NL", "ships_b", "2024", "17.9兆", "JPY", "stat", ""],
    ["w23", "NL", "wrecks", "2023", "2700", "count", "stat", ""],
    ["w24", "NL", "wrecks", "2024", "2600", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "neighbour-series-part", PART_METRICS, PART_OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    "2024年のノーランドの輸出額は約18兆円だった。",
    "2024年のノーランドの輸出額は15兆円を超えた。",
    "Norland's exports were about 18 trillion yen in 2024.",
])
def test_a_noted_part_is_no_second_definition_of_the_bare_whole(parts: Pack, claim: str) -> None:
    # the whole has no 2024 value; the cars' 17.9兆 is a part of it, not the whole counted otherwise
    d = diagnose(claim, parts, as_of="2025-06-01")
    assert d.rating not in TRUE_SIDE
    assert not any("c24" in c.evidence for c in d.checks)


@pytest.mark.parametrize("claim", [
    "2024年のノーランドの出荷額は20兆円を下回った。",
    "Norland's shipments were less than 20 trillion yen in 2024.",
])
def test_two_noted_counts_far_apart_are_no_two_definitions(parts: Pack, claim: str) -> None:
    # 107兆 and 17.9兆: too far apart for two counts of one whole; the claim stays false
    d = diagnose(claim, parts, as_of="2025-06-01")
    assert d.rating in FALSE_SIDE


# ---- a record on two values: the claimed value's own note, on the claim's side (review nbr-3) -------


@pytest.mark.parametrize("note", ["最大手3社の合計", "最高気温の日を含む", "a record low", "過去最低"])
def test_a_note_of_another_sense_or_side_does_not_settle_a_record(
    tmp_path_factory: pytest.TempPathFactory, note: str
) -> None:
    noted = _with_note(tmp_path_factory, note)
    for claim in ("2025年の着工件数は過去最高だった。", "Builds started hit a record high in 2025."):
        d = diagnose(claim, noted, as_of="2026-02-01")
        assert d.rating == "unverifiable", (note, claim)


@pytest.mark.parametrize("claim", [
    "In 2024 Norland's ferry passengers were about 1.9 million, a record.",
    "2024年のノーランドのフェリー旅客数は約190万人で、過去最高だった。",
    "Norland's ferry passengers have never been higher than in 2024.",
    "ノーランドのフェリー旅客数は2024年に190万人と過去最高だ。",
])
def test_the_record_shapes_of_noted_fixtures_stay_unsettled_without_a_note(pack: Pack, claim: str) -> None:
    # review nbr-4: the shapes whose fixtures (test_generality, test_semantics_records,
    # test_semantics_neighbour_by_dimension, test_numbers_in_words) now carry a record note, on a
    # two-value series with no note: the record is not settled (a figure said with it may hold)
    d = diagnose(claim, pack, as_of="2025-06-01")
    assert d.rating not in ("true", *FALSE_SIDE), claim
    assert any(c.result == "unknown" and "too short" in c.reason for c in d.checks), claim


@pytest.mark.parametrize("claim", [
    "2024年のノーランドの難破件数は過去最少だった。",
    "Norland's shipwrecks hit a record low in 2024.",
])
def test_a_low_record_on_two_values_without_a_note_is_not_settled(parts: Pack, claim: str) -> None:
    # review nbr-4 (test_semantics_measure_words: 「過去最少」 note): the low side too
    d = diagnose(claim, parts, as_of="2025-06-01")
    assert d.rating == "unverifiable", claim
