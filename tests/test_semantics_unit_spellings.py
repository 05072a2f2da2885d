"""A claim's unit against a measure's unit written another way (docs/verdict-rules.md §4.4 "units of
time", §4.14): translations and spellings of one unit meet, different units never do. Small packs
about Norland, both languages:

- a length of time (「335日」「3,773時間」, "335 days", "7,000 hours") is a value of a measure the claim
  names kept in that unit of time (days, 日, hours, 時間): 日 picks the measure in days, 時間 the one
  in hours, and a number of days is never compared with a measure in hours;
- a length of time the claim does not say of such a measure (「残業は年960時間まで」: a cap an event
  sets) is no value of the pack's one measure in hours when an event has an amount in hours.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["out_hours", "停電の時間数", "Outage hours", "hours", "停電時間;hours of outages", "false", "count", ""],
    ["out_days", "停電の日数", "Outage days", "days", "停電日数;days of outages", "false", "count", ""],
]
OBSERVATIONS = [
    ["h22", "NL", "out_hours", "2022", "3773", "hours", "stat", ""],
    ["h23", "NL", "out_hours", "2023", "6778", "hours", "stat", ""],
    ["d22", "NL", "out_days", "2022", "205", "days", "stat", ""],
    ["d23", "NL", "out_days", "2023", "335", "days", "stat", ""],
]
EVENTS = [
    ["grid", "2024-03-26", "", "NL", "policy", "ノーランドが停電を26時間停止",
     "Norland suspends outages for 26 hours", "26", "hours", "stat", "2", ""],
]

HOURS_ONLY = [
    ["work_hours", "年間労働時間", "Annual working hours", "hours", "労働時間;working hours", "false",
     "amount", ""],
]
HOURS_OBS = [["w24", "NL", "work_hours", "2024", "2544", "hours", "stat", ""]]
CAP = [
    ["cap", "2024-04-01", "", "NL", "regulation", "運転手の時間外労働の上限（年960時間）適用",
     "Annual 960-hour overtime cap for drivers takes effect", "960", "hours", "stat", "3", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unit-times", METRICS, OBSERVATIONS, events=EVENTS, language="ja")


@pytest.fixture(scope="module")
def hours_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unit-hours", HOURS_ONLY, HOURS_OBS, events=CAP, language="ja")


@pytest.fixture(scope="module")
def hours_only(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unit-hours-only", HOURS_ONLY, HOURS_OBS, language="ja")


def _evidence(d: object) -> list[str]:
    return [e for c in d.checks for e in c.evidence]  # type: ignore[attr-defined]


def test_days_said_in_japanese_are_the_measure_in_days(pack: Pack) -> None:
    d = diagnose("2023年のノーランドの停電は335日に達した。", pack)
    assert d.rating == "true"
    assert _evidence(d) == ["d23"]
    assert diagnose("2023年のノーランドの停電は100日にも満たなかった。", pack).rating == "false"


def test_hours_said_in_japanese_are_the_measure_in_hours(pack: Pack) -> None:
    d = diagnose("2022年のノーランドの停電は3,773時間に達した。", pack)
    assert d.rating == "true"
    assert _evidence(d) == ["h22"]


def test_days_and_hours_in_english(pack: Pack) -> None:
    d = diagnose("Norland had outages on 335 days in 2023.", pack)
    assert d.rating == "true" and _evidence(d) == ["d23"]
    d2 = diagnose("In 2023 Norland had 6,778 hours of outages.", pack)
    assert d2.rating == "true" and _evidence(d2) == ["h23"]


def test_days_are_never_compared_with_hours(hours_only: Pack) -> None:
    # the pack keeps hours only: 335 days are neither 335 hours nor 8,040 of them
    for said in ("2024年のノーランドの労働時間は2544日だった。",
                 "In 2024 Norland's working hours were 2,544 days."):
        d = diagnose(said, hours_only)
        assert d.rating != "true", said
        assert "w24" not in _evidence(d), said


def test_a_cap_in_hours_is_no_value_of_a_measure_it_does_not_name(hours_pack: Pack) -> None:
    d = diagnose("2024年4月から、ノーランドの運転手の残業は年960時間までに制限された。", hours_pack)
    assert "w24" not in _evidence(d)
    assert d.rating not in ("false", "mostly_false")
