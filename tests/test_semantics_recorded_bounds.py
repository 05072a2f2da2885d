"""A bound the pack records as a bound, and a "when X took office" clause (docs/verdict-rules.md
§2, §4.4), on a small pack built here: each test asserts one rule's behaviour.

- "more than 66 per cent" where the pack records 66 with a note saying "more than 66 per cent":
  the claim restates the source's bound (holds); without such a note, more than 66 is not 66.
- "…2.4 percent in 2017, when X took charge": the "when" clause only dates the statement; it is
  no statement of its own (nothing left unknown), and a leading one gives its year.
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
id: recorded
title: {ja: "記録された上限", en: "Recorded bounds"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Statistics", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["free", "無料受診の割合", "share of patients who pay nothing", "%", "pay nothing", "", "share", ""],
    ["jobless", "失業率", "unemployment rate", "%", "", "false", "share", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["f1", "NL", "free", "2019", "66", "%", "st", "more than 66 per cent"],
    ["f2", "NL", "free", "2020", "66", "%", "st", ""],
    ["u1", "NL", "jobless", "2017", "2.4", "%", "st", ""],
    ["u2", "NL", "jobless", "2005", "5.1", "%", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("recorded")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_bound_the_pack_records_as_a_bound(pack: Pack) -> None:
    said = "In {} more than 66 per cent of Norland's patients pay nothing."
    assert diagnose(said.format(2019), pack).rating == "true"
    # 66 % recorded with no such note: the bound is missed on its line (mostly false, §4.1)
    assert diagnose(said.format(2020), pack).rating == "mostly_false"


def test_a_when_clause_about_taking_office_only_dates(pack: Pack) -> None:
    d = diagnose("Norland's unemployment rate was 2.4 percent in 2017, when Jane Roe took charge.", pack)
    assert d.rating == "true"
    assert [c.kind for c in d.checks] == ["share"]
    lead = diagnose(
        "When Jane Roe took over the country in 2005, the unemployment rate was 5.1 percent.", pack
    )
    assert lead.rating == "true"
