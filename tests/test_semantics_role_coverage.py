"""Link strength, what the evidence covers (docs/verdict-rules.md §4.13): a statement that names
an entity playing a part in what it asserts (who did it) together with a measure of that
entity's the pack holds is not settled true by a figure of another entity on another measure:
that figure is the background the statement presupposes ("the board's 12 members"), not what it
says ("all appointed by Governor Yamada"). It is checked on the entity's own figure when the
pack has one for the claim, else it is unknown. So is a figure written with a name ("more than
Westmark (19,500)"): it is that entity's, not the value of another it was compared with. Small
packs, in Japanese and English.
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
id: roles
title: {ja: "審議会の委員", en: "Board members"}
language: ja
subject: board
"""
SOURCES = [
    SOURCE_HEADER,
    ["gz", "Gazette", "Prefecture", "", "2024", "government", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["pref", "other", "北県", "North Prefecture", "", ""],
    ["board", "government", "北県審議会", "North Board", "審議会委員;the Board;Board", "pref"],
    ["yamada", "government", "山田知事", "Governor Yamada", "山田;Yamada", "pref"],
    ["kato", "government", "加藤知事", "Governor Kato", "加藤;Kato", "pref"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["members", "審議会の委員数", "number of board members", "",
     "審議会委員;委員;Board members;members", "", "count", ""],
    ["appointed", "知事別の任命委員数", "sitting members each governor's cabinet named", "",
     "任命;任命された;委員の任命;appointees", "", "count", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["m-board", "board", "members", "2024", "12", "", "gz", ""],
    ["m-board-2019", "board", "members", "2019", "12", "", "gz", ""],
    ["a-yamada", "yamada", "appointed", "2024", "7", "", "gz", ""],
    ["a-kato", "kato", "appointed", "2024", "5", "", "gz", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("roles")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize("said", [
    "現有審議会委員12人の全員が山田に任命されている",
    "All 12 Board members were appointed by Governor Yamada.",
])
def test_a_claim_of_what_an_actor_did_is_checked_on_the_actor(pack: Pack, said: str) -> None:
    # the board's 12 members hold, but the claim is of Yamada's appointments: 7 of them
    d = diagnose(said, pack, as_of="2024-12")
    assert d.checks[0].evidence == ["a-yamada"]
    assert d.checks[0].result == "fails"
    assert d.rating == "false"


@pytest.mark.parametrize("said", [
    "2019年の審議会委員12人の全員が山田に任命されていた",
    "In 2019 all 12 Board members had been appointed by Governor Yamada.",
])
def test_a_background_figure_does_not_settle_what_an_actor_did(pack: Pack, said: str) -> None:
    # the pack has no figure of Yamada's appointments in 2019: the background is all it shows
    d = diagnose(said, pack, as_of="2024-12")
    assert d.checks[0].evidence == ["m-board-2019"]
    assert d.checks[0].result == "unknown"
    assert "山田知事" in d.checks[0].reason or "Governor Yamada" in d.checks[0].reason
    assert d.rating == "unverifiable"


def test_the_background_alone_and_a_wrong_background_still_settle(pack: Pack) -> None:
    # the figure the statement is about
    assert diagnose("審議会の委員は12人", pack, as_of="2024-12").rating == "true"
    assert diagnose("The Board has 12 members.", pack, as_of="2024-12").rating == "true"
    # a background figure that fails makes the claim fail with it
    assert diagnose("審議会委員15人の全員が山田知事に任命された", pack, as_of="2024-12").rating == "false"


def test_an_actor_named_as_a_time_frame_is_a_setting(pack: Pack) -> None:
    d = diagnose("山田知事の時代、審議会の委員は12人だった", pack, as_of="2024-12")
    assert d.rating == "true"
    d = diagnose("During Governor Yamada's term, the Board had 12 members.", pack, as_of="2024-12")
    assert d.rating == "true"


JOBS_YAML = """\
id: jobs
title: {ja: "雇用", en: "Jobs"}
language: en
subject: NL
"""
JOBS_SOURCES = [SOURCE_HEADER, ["bls", "State jobs", "Office", "", "2024-10", "statistics", "en"]]
JOBS_ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "national", ""],
    ["east", "other", "イースト州", "Eastmark", "", "NL"],
    ["west", "other", "ウェスト州", "Westmark", "", "NL"],
]
JOBS_METRICS = [
    METRIC_HEADER,
    ["jobs_added", "製造業の雇用増", "manufacturing jobs added over the previous 12 months", "jobs",
     "new manufacturing jobs;manufacturing jobs added", "true", "count", ""],
    ["mfg_emp", "製造業の雇用者数", "manufacturing employment", "jobs",
     "manufacturing jobs", "", "count", ""],
]
JOBS_OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["o_east", "east", "jobs_added", "2024-09", "22800", "jobs", "bls", ""],
    ["o_west", "west", "jobs_added", "2024-09", "19500", "jobs", "bls", ""],
]


@pytest.fixture(scope="module")
def jobs(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("jobs")
    rows = (JOBS_SOURCES, JOBS_ENTITIES, [EVENT_HEADER], JOBS_METRICS, JOBS_OBSERVATIONS)
    return load_pack(write_rows_pack(folder, JOBS_YAML, *rows))


@pytest.mark.parametrize(("figure", "result"), [("19,500", "holds"), ("25,000", "fails")])
def test_a_figure_written_with_a_name_is_checked_on_that_name(jobs: Pack, figure: str, result: str) -> None:
    # "Westmark (19,500)": the figure is Westmark's, not Eastmark's (the subject compared)
    said = (
        "From September 2023 to September 2024, Eastmark added 22,800 manufacturing jobs, "
        f"more than Westmark ({figure})."
    )
    d = diagnose(said, jobs, as_of="2024-10")
    assert [c.evidence for c in d.checks] == [["o_east"], ["o_west"]]
    assert d.checks[1].result == result
    assert "Westmark" in d.checks[1].reason


def test_figures_of_their_own_owners_are_left_alone(jobs: Pack) -> None:
    said = "2024年9月までの1年間の製造業の雇用増は、イースト州が22,800人で、ウェスト州は19,500人だった"
    d = diagnose(said, jobs, as_of="2024-10")
    assert [c.evidence for c in d.checks] == [["o_east"], ["o_west"]]
    assert d.rating == "true"
