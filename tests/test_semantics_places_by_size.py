"""Places and top words among the pack's entities (docs/verdict-rules.md §4.8), in Japanese and
English, on a small pack built here: each test asserts one rule's behaviour.

- 「世界一」「日本一」「1位」「首位」, "top", "ranks first" of a count or an amount count from the
  largest value, whatever the metric says is better (「農薬使用量が世界一」 is the most pesticide);
  "best" counts from the better end.
- 「ワースト1位」, "the worst" count from the worse end of `higher_is_better` (none: not decided).
- 「Xは、Yが最も多かった」: a topic set off by a comma is part of the next clause's statement.
- 「5万1970トン」: 1970 after 万 is part of a number, never a year."""

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
from shingi.pipeline.parse import parse

PACK_YAML = """\
id: places-by-size
title: {ja: "順位", en: "Places"}
language: ja
subject: JP
"""
SOURCES = [
    SOURCE_HEADER,
    ["fao", "Pesticide use", "FAO", "", "2022", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["JP", "country", "日本", "Japan", "", ""],
    ["US", "country", "アメリカ", "United States", "米国", ""],
    ["FR", "country", "フランス", "France", "", ""],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["pest", "農薬使用量", "pesticide use", "t", "", "false", "amount", ""],
    ["growth", "実質GDP成長率", "real GDP growth", "%", "GDP成長率", "true", "growth", ""],
    ["mood", "気分指数", "mood index", "score", "", "", "score", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["p_us", "US", "pest", "2020", "407779", "t", "fao", ""],
    ["p_jp", "JP", "pest", "2020", "51970", "t", "fao", ""],
    ["p_fr", "FR", "pest", "2020", "70000", "t", "fao", ""],
    ["g_us", "US", "growth", "2020", "-2.2", "%", "fao", ""],
    ["g_jp", "JP", "growth", "2020", "-4.5", "%", "fao", ""],
    ["g_fr", "FR", "growth", "2020", "-7.5", "%", "fao", ""],
    ["m_us", "US", "mood", "2020", "5", "score", "fao", ""],
    ["m_jp", "JP", "mood", "2020", "3", "score", "fao", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("places-by-size")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(("claim", "rating"), [
    ("日本は農薬使用量が世界一", "false"),  # the US uses most; lower being better does not make 1st
    ("アメリカは農薬使用量が世界一", "true"),
    ("農薬使用量はアメリカが1位、フランスが2位", "true"),
    ("日本は農薬使用量で1位", "false"),
    ("The United States ranks first in pesticide use.", "true"),
    ("Japan is the top user of pesticides, with the top pesticide use.", "false"),
])
def test_a_place_of_an_amount_counts_from_the_largest(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating


def test_worst_counts_from_the_worse_end(pack: Pack) -> None:
    assert diagnose("2020年のフランスのGDP成長率はワースト1位", pack).rating == "true"
    assert diagnose("2020年の日本のGDP成長率はワースト1位", pack).rating == "false"
    assert diagnose("France had the worst real GDP growth in 2020.", pack).rating == "true"
    # a measure with no better direction has no worst: not decided
    assert diagnose("日本の気分指数はワースト1位", pack).rating == "unverifiable"


def test_a_topic_set_off_by_a_comma_joins_its_comment(pack: Pack) -> None:
    p = parse("2020年の農薬使用量は、アメリカが最も多かった", pack)
    assert len(p.statements) == 1 and p.statements[0].kind == "superlative"
    assert diagnose("2020年の農薬使用量は、アメリカが最も多かった", pack).rating == "true"


def test_a_number_after_a_scale_word_is_no_year(pack: Pack) -> None:
    d = diagnose("2020年の農薬使用量が最も多い国はアメリカで40万7779トン、日本は5万1970トンだった", pack)
    assert d.rating == "true"
    assert not any(str(p.period.start).startswith("1970") for st in parse(d.claim, pack).statements
                   for p in st.periods)
