"""Another entity is never read as the pack's subject: a voice of another country speaks for its
own country, a date-contradicted event is read on the measure of the period only when its owner is
what the claim names, and a plan naming no measure falls back to the subject's target only when the
plan's entities may stand for the subject (docs/verdict-rules.md §4.13, "Another entity is never
the subject"; review H1, H2, H6: /tmp/rv-repro voice, cap, plan)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

WESTLAND = ["WS", "country", "ウェストランド", "Westland", "", ""]
SOUTHLAND = ["SL", "country", "サウスランド", "Southland", "", ""]

# --- H1: a publisher of another country ------------------------------------------------------

VOICE_METRICS = [["unemp", "失業率", "unemployment rate", "%", "", "false", "amount", ""]]
VOICE_OBSERVATIONS = [
    ["o0", "NL", "unemp", "2024", "3.0", "%", "s1", ""],
    ["o1", "WS", "unemp", "2024", "6.0", "%", "s1", ""],
    ["o2", "NL", "unemp", "2023", "3.1", "%", "s1", ""],
    ["o3", "WS", "unemp", "2023", "5.0", "%", "s1", ""],
]
VOICE_ENTITIES = [
    WESTLAND,
    SOUTHLAND,
    ["WSB", "organization", "ウェストランド統計局", "Westland Statistics Bureau", "WSB", "WS"],
    ["NSO", "organization", "ノーランド統計局", "Norland Statistics Office", "NSO", "NL"],
    ["SLB", "organization", "サウスランド統計局", "Southland Statistics Board", "SLB", "SL"],
    ["LRG", "organization", "労働研究グループ", "Labour Research Group", "LRG", ""],
]
VOICE_SOURCES = [
    ["s1", "Labour survey", "Norland Statistics Office", "", "2025", "statistics", "en"],
    ["s2", "Labour force", "Westland Statistics Bureau", "", "2025", "statistics", "en"],
    ["s3", "Labour review", "Labour Research Group", "", "2025", "statistics", "en"],
    ["s4", "Labour digest", "Southland Statistics Board", "", "2025", "statistics", "en"],
]


@pytest.fixture(scope="module")
def voice(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "voice-abroad", VOICE_METRICS, VOICE_OBSERVATIONS, VOICE_ENTITIES,
        sources=VOICE_SOURCES,
    )


@pytest.mark.parametrize("claim", [
    "The Westland Statistics Bureau says the unemployment rate was 3% in 2024.",
    "Westland Statistics Bureau's unemployment rate was 3% in 2024.",
    "According to the Westland Statistics Bureau, the unemployment rate was 3% in 2024.",
    "ウェストランド統計局の失業率は2024年に3%だった。",
    "ウェストランド統計局によると、失業率は2024年に3%だった。",
])
def test_a_foreign_voice_is_not_read_on_the_subject(voice: Pack, claim: str) -> None:
    # review H1: Norland's 3 % made these true; Westland's rate is 6 %
    d = diagnose(claim, voice, as_of="2025-06-01")
    assert d.rating in ("false", "mostly_false", "unverifiable")
    assert all("o0" not in c.evidence for c in d.checks)


@pytest.mark.parametrize("claim", [
    "The Westland Statistics Bureau says the unemployment rate was 6% in 2024.",
    "ウェストランド統計局によると、失業率は2024年に6%だった。",
])
def test_a_foreign_voice_speaks_for_its_own_country(voice: Pack, claim: str) -> None:
    d = diagnose(claim, voice, as_of="2025-06-01")
    assert d.rating == "true" and d.checks[0].evidence == ["o1"]


@pytest.mark.parametrize("claim", [
    "The Norland Statistics Office says the unemployment rate was 3% in 2024.",
    "ノーランド統計局によると、失業率は2024年に3%だった。",
    "The Labour Research Group says the unemployment rate was 3% in 2024.",
    "労働研究グループによると、失業率は2024年に3%だった。",
])
def test_the_subjects_own_voice_or_one_of_no_country_still_reads_the_subject(voice: Pack, claim: str) -> None:
    # positive: the subject's own office, and a body with no country, still speak for the subject
    d = diagnose(claim, voice, as_of="2025-06-01")
    assert d.rating == "true" and d.checks[0].evidence == ["o0"]


@pytest.mark.parametrize("claim", [
    "According to the Southland Statistics Board, the unemployment rate was 3% in 2024.",
    "サウスランド統計局によると、失業率は2024年に3%だった。",
])
def test_a_voice_of_an_unobserved_country_reads_no_one(voice: Pack, claim: str) -> None:
    # negative: Southland has no value; neither the subject's nor Westland's is read in its place
    d = diagnose(claim, voice, as_of="2025-06-01")
    assert d.rating == "unverifiable"


# --- H2: a date-contradicted event of another entity -----------------------------------------

CAP_METRICS = [["cap", "電気料金の上限額", "energy price cap", "EUR", "", "false", "amount", ""]]
CAP_OBSERVATIONS = [
    ["o0", "NL", "cap", "2024-01", "1928", "EUR", "stat", ""],
    ["o1", "NL", "cap", "2024-04", "1690", "EUR", "stat", ""],
    ["o2", "NL", "cap", "2024-07", "1568", "EUR", "stat", ""],
    ["o3", "NL", "cap", "2024-10", "1717", "EUR", "stat", ""],
]
CAP_EVENTS = [
    ["e1", "2023-01-15", "", "WS", "policy", "ウェストランドが電気料金の上限額を引き下げ",
     "Westland cuts the energy price cap", "1500", "EUR", "stat", "2", ""],
    ["e2", "2023-04-01", "", "NL", "policy", "ノーランドが電気料金の上限額を引き下げ",
     "Norland cuts the energy price cap", "2000", "EUR", "stat", "2", ""],
]
CAP_SOURCES = [["stat", "Stats", "Statistics Office", "", "2020", "statistics", "en"]]


@pytest.fixture(scope="module")
def cap(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "cap-abroad", CAP_METRICS, CAP_OBSERVATIONS, [WESTLAND], CAP_EVENTS,
        sources=CAP_SOURCES,
    )


@pytest.mark.parametrize("claim", [
    "Westland cut the energy price cap to €1,568 in July 2024.",
    "2024年7月、ウェストランドは電気料金の上限額を1568ユーロに引き下げた。",
])
def test_the_only_owner_is_not_read_for_another_named_entity(cap: Pack, claim: str) -> None:
    # review H2: Norland's cap of July 2024 made these true; nothing is known of Westland in 2024
    d = diagnose(claim, cap, as_of="2025-06-01")
    assert d.rating in ("false", "mostly_false", "unverifiable")
    assert all("o2" not in c.evidence for c in d.checks)


@pytest.mark.parametrize("claim", [
    "Norland cut the energy price cap to €1,568 in July 2024.",
    "2024年7月、ノーランドは電気料金の上限額を1568ユーロに引き下げた。",
])
def test_the_named_owner_is_still_read_at_the_period(cap: Pack, claim: str) -> None:
    # positive: the owner the claim names is read on the measure of the period
    d = diagnose(claim, cap, as_of="2025-06-01")
    assert d.rating == "true" and d.checks[0].evidence == ["o2"]


# --- H6: a plan of another entity ------------------------------------------------------------

PLAN_METRICS = [["rtarget", "再エネ目標", "renewables target", "%", "", "true", "share", ""]]
PLAN_OBSERVATIONS = [["o0", "NL", "rtarget", "2040", "45", "%", "stat", ""]]
PLAN_ENTITIES = [
    WESTLAND,
    ["WSG", "government", "ウェストランド政府", "Westland government", "", "WS"],
    ["NLG", "government", "ノーランド政府", "Norland government", "", "NL"],
]


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "plan-abroad", PLAN_METRICS, PLAN_OBSERVATIONS, PLAN_ENTITIES)


@pytest.mark.parametrize("claim", [
    "Westland aims to make renewables 45% of power by 2040.",
    "ウェストランドは2040年に再エネを45%にする方針だ。",
    "The Westland government aims to make renewables 45% of power by 2040.",
    "ウェストランド政府は2040年に再エネを45%にする方針だ。",
])
def test_a_plan_of_another_entity_is_not_the_subjects_target(plan: Pack, claim: str) -> None:
    # review H6: Norland's target made these true
    d = diagnose(claim, plan, as_of="2025-06-01")
    assert d.rating == "unverifiable"


@pytest.mark.parametrize("claim", [
    "Norland aims to make renewables 45% of power by 2040.",
    "ノーランドは2040年に再エネを45%にする方針だ。",
    "The Norland government aims to make renewables 45% of power by 2040.",
    "ノーランド政府は2040年に再エネを45%にする方針だ。",
])
def test_a_plan_of_the_subject_still_reads_its_target(plan: Pack, claim: str) -> None:
    # positive: the subject, or its own government, names the subject's target
    d = diagnose(claim, plan, as_of="2025-06-01")
    assert d.rating == "true" and d.checks[0].evidence == ["o0"]
