"""A record's window said by the calendar — "the most this century", "the lowest this
decade", 「今世紀最多」, 「平成以降で最大」, 「令和に入って最多」 — is read as the window from its first
year (2001, the 2020s' 2020, 1989, 2019), as "since 2001" is (docs/verdict-rules.md §4.8 "A window
said by the calendar"): blind round 26b jp-box-office adm200m_en ("around 200 million tickets in
2025, the most this century", below 2019's count) had left the superlative unread while the number
held, a wrong true. Near-misses: a value before the window's start does not count against it;
「平成で最大」 (the closed era) and "will … this decade" (a forecast's time) are no such windows.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.normalize.eras import dated_windows
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["adm", "入場者数", "admissions", "people", "admissions;入場者数;入場者", "", "count", ""],
    ["vis", "訪問者数", "visitors", "people", "visitors;訪問者数;訪問者", "", "count", ""],
]
# admissions: 2025 below 2019 (the most of the 21st century is 2019's)
# visitors: 2025 the most since 2001, below 1995's (before the century)
OBSERVATIONS = [
    *[[f"a{y}", "NL", "adm", str(y), str(v), "people", "stat", ""] for y, v in (
        (1995, 300), (2001, 150), (2005, 160), (2010, 170), (2015, 180), (2019, 195), (2020, 90),
        (2021, 110), (2022, 150), (2023, 160), (2024, 170), (2025, 189),
    )],
    *[[f"v{y}", "NL", "vis", str(y), str(v), "people", "stat", ""] for y, v in (
        (1995, 300), (2001, 150), (2005, 160), (2010, 170), (2015, 180), (2019, 185), (2020, 90),
        (2021, 110), (2022, 150), (2023, 160), (2024, 170), (2025, 199),
    )],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "calendar-windows", METRICS, OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    "Norland's admissions in 2025 were the most this century.",
    "ノーランドの2025年の入場者数は今世紀最多だった。",
    "ノーランドの2025年の入場者数は平成以降で最多だった。",
    "ノーランドの2025年の入場者数は21世紀に入って最多となった。",
])
def test_a_higher_value_inside_the_window_fails_the_record(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2026-02-01")
    sup = [c for c in d.checks if c.kind == "superlative"]
    assert sup and sup[0].result == "fails"


@pytest.mark.parametrize("claim", [
    "Norland's visitors in 2025 were the most this century.",
    "ノーランドの2025年の訪問者数は今世紀最多だった。",
    "ノーランドの2025年の訪問者数は令和に入って最多となった。",
    "Norland's visitors in 2025 were the highest so far this decade.",
])
def test_a_value_before_the_window_does_not_count(pack: Pack, claim: str) -> None:
    # 1995's higher count lies before 2001 (and before 2019, 2020): the record holds in its window
    d = diagnose(claim, pack, as_of="2026-02-01")
    assert d.rating == "true"
    # ... and "on record" (every year the pack holds) fails on it
    on_record = diagnose("Norland's visitors in 2025 were the most on record.", pack, as_of="2026-02-01")
    assert on_record.rating in ("false", "mostly_false")


@pytest.mark.parametrize(("text", "year", "read"), [
    ("the most this century", 2026, "the most since 2001"),
    ("the lowest this decade", 2026, "the lowest since 2020"),
    ("今世紀最多", 2026, "2001年以降で最多"),
    ("今世紀初めて", 2026, "2001年以降で初めて"),
    ("the record-high this decade", 2026, "the record-high since 2020"),
    ("平成以降で最大の引き下げ", None, "1989年以降で最大の引き下げ"),
    ("令和に入って最多", None, "2019年以降で最多"),
])
def test_the_window_is_read_from_its_first_year(text: str, year: int | None, read: str) -> None:
    assert dated_windows(text, year) == read


@pytest.mark.parametrize("text", [
    "平成で最大の引き下げ",  # a record within the closed era 1989-2019
    "Smoke will cause more than 10,000 deaths this decade.",  # a forecast's time, no record
    "This century has seen many changes.",
    "Most of this decade was spent rebuilding.",  # "most of", no record
    # 初め / 初頭 "the early century" and the verb "recorded" are no record word (review R11)
    "今世紀初めの水準",
    "21世紀初頭以来",
    "Norland recorded car sales of 110 this decade.",
])
def test_near_misses_are_left_as_they_are(text: str) -> None:
    assert dated_windows(text, 2026) == text
