"""When a claim was said (contract 1.1 ``said_on`` / ``--as-of``) and the windows it names
(docs/verdict-rules.md §2 "Windows", §4.4, §4.11), in English and Japanese, on a small pack built
here: each test asserts one rule's behaviour.

- "now", 現在: the latest figure at the claim's date is the latest that was out by then: a value of
  a year not yet over is not known unless a source published by then gives it.
- "on her watch", "since she took office", "under the Berg administration", 就任以来: a change over
  the actor's time in office, from the term start the pack dates (an event that says the actor
  took office); the speaker is the actor of "on my watch"; a period the words give opens the
  window; one the pack cannot place settles nothing; a level "under this government" is the latest.
- A person is the actor, not the owner, of a measure it is not observed on: the place's measure.
- Credit for a trend that began before the actor: half true, with the earlier values named.
- "has grown to over 90 percent since …": the level the change reached is checked too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: when
title: {ja: "時点の試験", en: "When"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["v22", "Vital statistics 2022", "Office", "", "2023-09", "statistics", "en"],
    ["v23", "Vital statistics 2023", "Office", "", "2024-06-05", "statistics", "en"],
    ["v24", "Vital statistics 2024", "Office", "", "2025-06-04", "statistics", "en"],
    ["plan24", "Budget 2024", "Ministry", "", "2024-03", "government", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["tfr", "合計特殊出生率", "fertility rate", "births per woman", "", "true", "ratio", ""],
    ["budget", "子育て予算", "childcare budget", "EUR", "", "true", "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["t22", "NL", "tfr", "2022", "1.26", "births per woman", "v22", ""],
    ["t23", "NL", "tfr", "2023", "1.20", "births per woman", "v23", ""],
    ["t24", "NL", "tfr", "2024", "1.15", "births per woman", "v24", ""],
    ["b23", "NL", "budget", "2023", "3B", "EUR", "plan24", ""],
    ["b24", "NL", "budget", "2024", "4B", "EUR", "plan24", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("when")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize("claim", [
    "Norland's fertility rate is now 1.20.",
    "現在、ノーランドの合計特殊出生率は1.20だ。",
])
def test_now_is_the_latest_figure_out_at_the_claims_date(claim: str, pack: Pack) -> None:
    # in July 2024 the 2024 rate (a year not over, published in 2025) was not known
    d = diagnose(claim, pack, as_of="2024-07-01")
    assert d.rating == "true"
    assert d.checks[0].evidence == ["t23"]


def test_the_same_figure_a_year_later_is_out_of_date(pack: Pack) -> None:
    d = diagnose("Norland's fertility rate is now 1.20.", pack, as_of="2025-07-01")
    assert d.rating == "half_true"
    assert "t24" in d.checks[0].evidence


def test_a_figure_of_a_year_not_over_counts_when_a_source_gave_it_by_then(pack: Pack) -> None:
    # the 2024 budget was published in March 2024: known in July 2024
    said = "2024-07-01"
    assert diagnose("Norland's childcare budget is now EUR 4 billion.", pack, as_of=said).rating == "true"
    assert diagnose("Norland's childcare budget is now EUR 3 billion.", pack, as_of=said).rating != "true"


# --- an actor's time in office as a window ------------------------------------------------------

TERM_YAML = """\
id: terms
title: {ja: "在任期間の試験", en: "Terms in office"}
language: en
subject: NL
"""
TERM_ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["berg", "person", "ベルグ", "Anna Berg", "Berg;Mayor Berg", "NL"],
]
LIND = ["lind", "person", "リンド", "Per Lind", "Lind", "NL"]
TERM_EVENTS = [
    EVENT_HEADER,
    ["e-berg", "2019-03-04", "", "berg", "milestone", "ベルグが市長に就任", "Anna Berg sworn in as mayor", "",
     "", "v22", "", ""],
]
TERM_METRICS = [
    METRIC_HEADER,
    ["unemp", "失業率", "unemployment rate", "%", "unemployment", "false", "share", ""],
    ["jobs", "雇用者数", "payroll jobs", "count", "jobs", "true", "count", ""],
    ["prices", "物価指数", "price index", "index", "prices", "false", "score", ""],
    ["grad", "卒業率", "graduation rate", "%", "", "true", "share", ""],
]
TERM_OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["u1", "NL", "unemp", "2018-12", "3.6", "%", "v22", ""],
    ["u2", "NL", "unemp", "2019-03", "3.0", "%", "v22", ""],
    ["u3", "NL", "unemp", "2019-12", "4.5", "%", "v22", ""],
    ["u4", "NL", "unemp", "2020-06", "6.0", "%", "v22", ""],
    ["j1", "NL", "jobs", "2019-02", "100,400", "count", "v22", ""],
    ["j2", "NL", "jobs", "2019-04", "100,000", "count", "v22", ""],
    ["j3", "NL", "jobs", "2019-10", "105,000", "count", "v22", ""],
    ["p1", "NL", "prices", "2018-09", "80", "index", "v22", ""],
    ["p2", "NL", "prices", "2019-03", "100", "index", "v22", ""],
    ["p3", "NL", "prices", "2020-06", "130", "index", "v22", ""],
    ["g1", "NL", "grad", "2019-03", "85.7", "%", "v22", ""],
    ["g2", "NL", "grad", "2020-06", "88.4", "%", "v22", ""],
]


def _terms_pack(folder: Path, events: list[list[str]]) -> Pack:
    return load_pack(write_rows_pack(folder, TERM_YAML, SOURCES, TERM_ENTITIES, events, TERM_METRICS,
                                     TERM_OBSERVATIONS))


@pytest.fixture(scope="module")
def terms_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _terms_pack(tmp_path_factory.mktemp("terms"), TERM_EVENTS)


@pytest.fixture(scope="module")
def no_term_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _terms_pack(tmp_path_factory.mktemp("no-terms"), TERM_EVENTS[:1])


@pytest.mark.parametrize("claim", [
    "The unemployment rate has doubled on Berg's watch.",
    "Anna Berg's unemployment rate has doubled since she took office.",
    "Unemployment has doubled under the Berg administration.",
    "ベルグ市長の就任以来、失業率は2倍になった。",
])
def test_a_window_named_by_an_actor_starts_when_the_actor_took_office(claim: str, terms_pack: Pack) -> None:
    # 3.0 % when Berg was sworn in (March 2019) to 6.0 %: doubled; from the series' first value
    # (3.6 %) it would not be
    d = diagnose(claim, terms_pack, as_of="2020-07")
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]
    assert d.checks[0].evidence == ["u2", "u4"]


def test_the_speaker_is_the_actor_of_on_my_watch(terms_pack: Pack) -> None:
    d = diagnose("Unemployment has doubled on my watch.", terms_pack, as_of="2020-07",
                 speaker="Anna Berg, mayor")
    assert d.checks[0].evidence == ["u2", "u4"]


def test_the_period_the_words_give_opens_the_window(terms_pack: Pack) -> None:
    # "in January" said in November 2019 is January 2019; with no value of March the window
    # opens at the next month's value (April: 100,000 -> 105,000)
    d = diagnose("Since taking office in March, we have created about 5,000 jobs.", terms_pack,
                 as_of="2019-11-02")
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]
    assert d.checks[0].evidence == ["j2", "j3"]


def test_a_window_the_pack_cannot_place_settles_nothing(no_term_pack: Pack) -> None:
    d = diagnose("Unemployment has doubled on his watch.", no_term_pack, as_of="2020-07")
    assert d.rating == "unverifiable"
    assert "cannot be placed" in d.checks[0].reason


def test_a_level_under_a_government_is_the_latest(terms_pack: Pack) -> None:
    assert diagnose("Under this government unemployment is 6%.", terms_pack, as_of="2020-07").rating == "true"


def test_a_person_is_not_the_owner_of_the_places_measure(no_term_pack: Pack) -> None:
    # Berg is not observed on payroll jobs: the measure is Norland's (the pack's subject)
    d = diagnose("Anna Berg has added 4,600 payroll jobs.", no_term_pack, as_of="2019-11-02")
    assert d.checks[0].kind in ("change", "metric")
    assert d.checks[0].evidence == ["j1", "j3"]


def test_credit_for_a_trend_that_began_before_the_term_is_half(terms_pack: Pack) -> None:
    # prices rose 80 -> 100 in the six months before Berg took office, faster than the 100 -> 130
    # of the fifteen months after: the rise is not hers alone
    d = diagnose("Prices have risen since Berg took office.", terms_pack, as_of="2020-07")
    assert d.rating == "half_true"
    assert "before the term" in d.checks[0].reason
    assert d.checks[0].evidence[0] == "p1"
    # unemployment fell before the term (3.6 -> 3.0) and rose after it: the rise is the term's own
    rise = diagnose("Unemployment has risen since Berg took office.", terms_pack, as_of="2020-07")
    assert rise.rating == "true"


def test_a_level_a_change_reached_is_checked(terms_pack: Pack) -> None:
    # "grown to over 90 percent" since the term began: 88.4 % is not over 90 %
    d = diagnose("The graduation rate has grown to over 90 percent since Berg took office.", terms_pack,
                 as_of="2020-07")
    assert d.rating != "true"
    assert any(nc.claimed == 90 for nc in d.checks[0].numbers)


def _nameless_start(folder: Path, entities: list[list[str]] = TERM_ENTITIES) -> Pack:
    """The terms pack with no event of Berg's term: the one note that says a term began ("the first
    figure after the inauguration") names no one."""
    observations = [
        r if r[0] != "u2" else [*r[:7], "first figure after the inauguration"] for r in TERM_OBSERVATIONS
    ]
    return load_pack(write_rows_pack(folder, TERM_YAML, SOURCES, entities, TERM_EVENTS[:1], TERM_METRICS,
                                     observations))


def test_the_packs_only_term_start_that_names_no_one_is_the_named_actors(tmp_path: Path) -> None:
    # no event says Berg took office; the one note that says a term began names no one: it is the
    # only start the pack gives, so Berg's window opens there
    for claim in ("Unemployment has doubled since Mayor Berg took office.",
                  "Since Mayor Berg took office, unemployment has doubled."):
        d = diagnose(claim, _nameless_start(tmp_path), as_of="2020-07")
        assert d.rating == "true", [(c.result, c.reason) for c in d.checks]
        assert d.checks[0].evidence == ["u2", "u4"]


@pytest.mark.parametrize(("claim", "entities"), [
    # a name starts with a capital: "the economy", "exports" name no one, so the pack's only (nameless)
    # term start does not open the window; the event is undated and the doubling not settled
    ("Unemployment has doubled since the economy took a hit.", TERM_ENTITIES),
    ("Unemployment has doubled since the central bank took over.", TERM_ENTITIES),
    ("Unemployment has doubled since exports became the main driver.", TERM_ENTITIES),
    # the same nameless note, but the pack holds a second person: the inauguration may be Lind's, so
    # Berg's window cannot be placed and the doubling is not settled
    ("Unemployment has doubled since Mayor Berg took office.", [*TERM_ENTITIES, LIND]),
    ("ベルグ市長の就任以来、失業率は2倍になった。", [*TERM_ENTITIES, LIND]),
    # a leading "Since … took office," is the next clause's window, not a statement of its own (the
    # change had been read over the whole series)
    ("Since Mayor Berg took office, unemployment has doubled.", [*TERM_ENTITIES, LIND]),
])
def test_a_nameless_term_start_is_not_that_of_no_name_nor_of_one_of_two_people(
    claim: str, entities: list[list[str]], tmp_path: Path
) -> None:
    d = diagnose(claim, _nameless_start(tmp_path, entities), as_of="2020-07")
    assert d.rating == "unverifiable", [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize("claim", [
    "Unemployment is now 6%, up from 4.5% before this year.",
    "失業率は今年に入る前の4.5%から6%に上がった。",
])
def test_before_this_year_is_the_year_before_the_claims_date(claim: str, terms_pack: Pack) -> None:
    # said in July 2020: "before this year" is 2019 (its latest month, 4.5 %), not 2020
    d = diagnose(claim, terms_pack, as_of="2020-07")
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]
    assert d.checks[0].evidence == ["u3", "u4"]
