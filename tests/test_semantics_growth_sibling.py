"""A change against the period before (「前年より3割以上増えた」, "bigger than it was a year ago") whose
level has no value of that period is read on the level's growth sibling: the pack's measure of the
percent change of that level (kind ``growth``, or a name that says a change), one of whose names
holds the level's, at the claimed period itself (docs/verdict-rules.md §4.13, "A growth sibling for a
level's missing step"). Blind round 17 jp-condo-prices used-deals-2025 and round 14b us-eggs
flock-bigger. A level kept in % has no such sibling (a change of a rate may be in points)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["deals", "中古住宅成約件数", "Used home sales", "count", "成約件数;used home sales", "", "count", ""],
    ["deals_g", "中古住宅成約件数の前年比", "Change in used home sales", "%", "", "", "growth", ""],
    ["flock", "採卵鶏の総羽数", "All laying hens", "count", "laying flock;採卵鶏", "true", "count", ""],
    ["flock_yoy", "採卵鶏総羽数の前年比", "All laying hens change from a year earlier", "%", "", "true",
     "amount", ""],
    ["rate", "成約率", "Sale rate", "%", "sale rate", "", "share", ""],
    ["rate_g", "成約率の前年比", "Sale rate change", "%", "", "", "growth", ""],
]
OBSERVATIONS = [
    ["d25", "NL", "deals", "2025", "49114", "count", "stat", ""],
    ["g25", "NL", "deals_g", "2025", "31.9", "%", "stat", ""],
    ["f1", "NL", "flock", "2025-09-01", "366000000", "count", "stat", ""],
    ["fy1", "NL", "flock_yoy", "2025-09-01", "-1", "%", "stat", ""],
    ["r25", "NL", "rate", "2025", "40", "%", "stat", ""],
    ["rg25", "NL", "rate_g", "2025", "5", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "growth-sibling", METRICS, OBSERVATIONS, language="ja")


@pytest.mark.parametrize(("said", "rating"), [
    ("ノーランドの中古住宅成約件数は2025年に約4万9000件と、前年より3割以上増えた", "true"),
    ("ノーランドの中古住宅成約件数は2025年に前年を下回った", "false"),
    ("Norland's laying flock is now bigger than it was a year ago.", "false"),
    ("Norland's used home sales were higher in 2025 than a year earlier.", "true"),
])
def test_the_growth_sibling_says_the_step(pack: Pack, said: str, rating: str) -> None:
    d = diagnose(said, pack, as_of="2026-02-01")
    assert d.rating == rating, said
    used = {i for c in d.checks for i in c.evidence}
    assert used & {"g25", "fy1"}, said


def test_a_size_is_read_on_the_sibling(pack: Pack) -> None:
    d = diagnose("ノーランドの中古住宅成約件数は2025年に前年より5割以上増えた", pack, as_of="2026-02-01")
    assert d.rating in ("mostly_false", "false", "half_true")


def test_a_rate_has_no_sibling(pack: Pack) -> None:
    # a rate's change may be in points: its step is not read off a percent change
    d = diagnose("ノーランドの成約率は2025年に前年を上回った", pack, as_of="2026-02-01")
    assert d.rating == "unverifiable"


@pytest.mark.parametrize("said", [
    "Norland's used home sales bounced back in 2025.",
    "ノーランドの中古住宅成約件数は2025年に回復した。",
])
def test_bounced_back_is_a_rise(pack: Pack, said: str) -> None:
    # "bounce back" is a recovery, a change upwards as "rebound" and 回復 are (blind round 15
    # jp-fisheries salmon-rebound-en: read on the growth measure's -64.1 %, false)
    d = diagnose(said, pack, as_of="2026-02-01")
    assert d.rating == "true", said
    assert [i for c in d.checks for i in c.evidence] == ["g25"], said


# A record of the change ("soared by a record amount", "the steepest one-year fall on record",
# 「過去最大の増加」) is ranked on the level's growth sibling, not on the level (blind round 16c
# kr-fertility ht-record-marriage, round 7b us-overdose drop2024)
RECORD_METRICS = [
    ["wed", "婚姻件数", "Marriages", "count", "婚姻;marriages", "", "count", ""],
    ["wed_g", "婚姻件数の増減率", "Change in marriages", "%", "", "", "growth", ""],
]
RECORD_OBSERVATIONS = [
    ["w20", "NL", "wed", "2020", "300000", "count", "stat", ""],
    ["w23", "NL", "wed", "2023", "190000", "count", "stat", ""],
    ["w24", "NL", "wed", "2024", "220000", "count", "stat", ""],
    ["w25", "NL", "wed", "2025", "200000", "count", "stat", ""],
    ["g21", "NL", "wed_g", "2021", "-9.8", "%", "stat", ""],
    ["g22", "NL", "wed_g", "2022", "-0.4", "%", "stat", ""],
    ["g23", "NL", "wed_g", "2023", "1.0", "%", "stat", ""],
    ["g24", "NL", "wed_g", "2024", "14.8", "%", "stat", ""],
    ["g25", "NL", "wed_g", "2025", "-9.1", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "change-record", RECORD_METRICS, RECORD_OBSERVATIONS, language="ja")


@pytest.mark.parametrize(("said", "rating"), [
    ("Norland's marriages soared by a record amount in 2024.", "true"),
    ("ノーランドの婚姻件数は2024年に過去最大の増加となった。", "true"),
    ("Norland's marriages soared by a record amount in 2025.", "false"),
    ("ノーランドの婚姻件数は2022年に過去最大の増加となった。", "false"),
])
def test_a_record_of_the_change_is_ranked_on_the_sibling(records: Pack, said: str, rating: str) -> None:
    d = diagnose(said, records, as_of="2026-03-01")
    assert d.rating == rating, said
    used = {i for c in d.checks for i in c.evidence}
    assert used & {"g22", "g24", "g25"}, said
    # the level's 2020 peak is no record of a change
    assert "w20" not in used, said


@pytest.mark.parametrize("said", [
    "Marriages in Norland fell in 2025, the steepest one-year fall on record.",
    "ノーランドの婚姻件数は2025年に減少し、過去最大の減少となった。",
])
def test_the_steepest_fall_is_ranked_among_falls(records: Pack, said: str) -> None:
    # 2025's -9.1 % is a fall, but 2021's -9.8 % was steeper: the record fails, settled (not left
    # unknown as a change over a longer step)
    d = diagnose(said, records, as_of="2026-03-01")
    assert d.rating == "half_true", said
    assert [c.result for c in d.checks] == ["holds", "fails"], said
