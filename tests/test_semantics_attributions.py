"""Attributions (docs/verdict-rules.md §2, Statements), in Japanese and English, on a small pack
built here: each test asserts one rule's behaviour.

"…, according to the NSO", "According to the NSO, …", 「NSOによると、…」「…によれば、…」 say who the
claim's figures come from. The phrase is no statement of its own, and the source it names is not
the subject of the figures (a statistics office has no unemployment rate): the figures are checked
as if the attribution were not there, so a wrong figure stays wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: attributions
title: {ja: "出典", en: "Attributions"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["lfs", "Labour force survey, December 2023", "Norland Statistics Office", "", "2024-02", "statistics",
     "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["nso", "government", "ノーランド統計局", "Norland Statistics Office", "NSO;統計局", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["unemployed", "失業者数", "unemployed persons", "count", "unemployed", "false", "count"],
    ["rate", "失業率", "unemployment rate", "%", "", "false", "share"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["u1", "NL", "unemployed", "2023-12", "1.6M", "count", "lfs", ""],
    ["r1", "NL", "rate", "2023-12", "3.1", "%", "lfs", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("attributions")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize("claim", [
    "About 1.6 million people in Norland were unemployed in December 2023, an unemployment rate of 3.1%, "
    "according to the NSO.",
    "According to the Norland Statistics Office, Norland's unemployment rate was 3.1% in December 2023.",
    "NSOによると、2023年12月のノーランドの失業率は3.1%だった。",
    "統計局によれば、2023年12月のノーランドの失業率は3.1%だった。",
])
def test_an_attribution_is_no_statement_and_names_no_subject(claim: str, pack: Pack) -> None:
    d = diagnose(claim, pack)
    assert d.rating == "true"
    assert all(c.result == "holds" for c in d.checks)
    assert not any("nso" in c.evidence for c in d.checks)


@pytest.mark.parametrize("claim", [
    "Norland's unemployment rate was 5.1% in December 2023, according to the NSO.",
    "NSOによると、2023年12月のノーランドの失業率は5.1%だった。",
])
def test_an_attribution_does_not_save_a_wrong_figure(claim: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == "false"
