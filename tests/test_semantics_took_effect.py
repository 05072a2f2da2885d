"""What happened, said in other words (docs/verdict-rules.md §3): a rule that takes effect (施行,
発効) has started, so 「…は2023年に始まった」 is judged against the day it took effect, not against a
later event of the same rule that shares no word with 始まった (blind eu-ev ja-zev-2023 was
compared with the 2025 revision: false instead of mostly false)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = 'id: took-effect\ntitle: {ja: "施行", en: "Took effect"}\nlanguage: ja\nsubject: NL\n'
SOURCES = [SOURCE_HEADER, ["gov", "Government releases", "Government", "", "2025", "government", "ja"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["MANDATE", "programme", "EV義務化", "EV mandate", "EV義務化;EV mandate", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["e1", "2024-01-01", "", "NL;MANDATE", "regulation", "ノーランドでEV義務化が施行",
     "Norland's EV mandate takes effect", "", "", "gov", "3", ""],
    ["e2", "2025-04-07", "", "NL;MANDATE", "policy", "ノーランド政府がEV義務化を柔軟化",
     "Norland's government makes the EV mandate more flexible", "", "", "gov", "2", ""],
]
METRICS = [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"]]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("took_effect")
    observations = [OBSERVATION_HEADER]
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, observations))


@pytest.mark.parametrize(("claim", "rating"), [
    ("ノーランドのEV義務化は2024年に始まった", "true"),
    ("ノーランドのEV義務化は2023年に始まった", "mostly_false"),  # a year off (§4.2)
    ("ノーランドのEV義務化は2021年に始まった", "false"),
])
def test_a_rule_that_took_effect_started(claim: str, rating: str, pack: Pack) -> None:
    d = diagnose(claim, pack)
    assert d.rating == rating
    assert d.checks[0].evidence == ["e1"]
