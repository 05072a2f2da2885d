"""An event whose title says a change went the other way (docs/verdict-rules.md §4.2), in
Japanese and English, on a small pack built here.

- 「ボーナス、大幅アップ」 against 「ボーナスの支給額は前年の水準を下回る」, "bonuses rose" against
  "bonuses fell": a rise is not a fall; the event found says the opposite (the result is
  inverted, as for a title that negates the statement's predicate). アップ / ダウン are change words.
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
id: direction
title: {ja: "向き", en: "Direction"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Report", "Agency", "", "2023", "government", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["staff", "person", "公務員", "civil servants", "", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["e1", "2023-06", "", "staff", "publication", "公務員の夏のボーナスの支給額は前年の水準を下回る",
     "Civil servants' summer bonuses fell below the previous year's level", "", "", "st", "2", ""],
]
METRICS = [METRIC_HEADER]
OBSERVATIONS = [OBSERVATION_HEADER]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("direction")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_rise_against_an_event_that_says_a_fall(pack: Pack) -> None:
    up = diagnose("公務員の夏のボーナス、大幅アップ！", pack)
    assert up.rating == "false"
    assert "逆" in up.checks[0].reason
    assert diagnose("公務員の夏のボーナスは前年の水準を下回った", pack).rating == "true"
    assert diagnose("Civil servants' summer bonuses rose in 2023.", pack).rating == "false"
    assert diagnose("Civil servants' summer bonuses fell in 2023.", pack).rating == "true"
