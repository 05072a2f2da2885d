"""A figure stated as current that was an earlier event's and is out of date at the claim's date
(docs/verdict-rules.md §4.11), on a small pack built here.

- "Acme currently plans to invest $65 billion" said after the plan was raised to $165 billion:
  the figure was right once (an earlier event of the same actor): half true, not false; said
  before the raise it is true; a figure no event ever had is false.
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
id: stale
title: {ja: "古い数字", en: "Stale figures"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Releases", "Acme", "", "2025", "company", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["acme", "company", "アクメ", "Acme", "", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["e1", "2024-04-08", "", "acme", "investment", "アクメが投資計画を650億ドルに拡大",
     "Acme raises its planned Norland investment to $65 billion", "65B", "USD", "st", "3", ""],
    ["e2", "2024-11-15", "", "acme", "funding", "アクメへの補助66億ドルが確定",
     "A $6.6 billion grant to Acme is finalized", "6.6B", "USD", "st", "2", ""],
    ["e3", "2025-03-03", "", "acme", "investment", "アクメが1000億ドルの追加投資を表明（総額1650億ドル）",
     "Acme announces an additional $100 billion, bringing its planned Norland investment to $165 billion",
     "100B", "USD", "st", "3", ""],
]
METRICS = [METRIC_HEADER]
OBSERVATIONS = [OBSERVATION_HEADER]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("stale")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_an_earlier_events_figure_stated_as_current_is_half_true(pack: Pack) -> None:
    said = "Acme currently plans to invest ${} billion in Norland."
    stale = diagnose(said.format(65), pack, as_of="2025-06-01")
    assert stale.rating == "half_true"
    assert "e1" in stale.checks[0].evidence
    assert diagnose(said.format(165), pack, as_of="2025-06-01").rating == "true"
    assert diagnose(said.format(40), pack, as_of="2025-06-01").rating == "false"
