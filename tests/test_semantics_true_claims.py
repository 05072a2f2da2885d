"""True claims rated true (docs/verdict-rules.md §2, §4.4, "Where true claims were lost"): readings
that left a true claim unverifiable or false on packs nobody tuned for, on a small pack built
here; each test asserts one rule, with a false variant of the same claim beside it.

- Words meet the pack's words across English inflection: irregular past tenses and participles
  ("visitors spent" names "visitor spending", "the debt it left behind"), action nouns whose stem
  is not their verb's ("sales" of "sold", "growth" of "grew"), and four-letter words whose plural
  adds -s ("rates", "wages").
- A percentage change over a window that runs to now ("have grown by about 50% since 2023") is
  the change of the level over the window, not one period's rate of change.
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
from shingi.pipeline.morphology import word_keys

PACK_YAML = """\
id: true-claims
title: {ja: "正しい主張", en: "True claims"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["st", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["SL", "country", "サウスランド", "Southland", "Southlander", ""],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["visitors", "訪問者数", "foreign visitors", "count", "visitors", "true", "count", ""],
    ["spending", "訪問者消費額", "foreign visitor spending", "EUR", "visitor spending", "true", "amount", ""],
    ["hotels", "ホテル収入", "hotel revenue", "EUR", "", "true", "amount", ""],
    ["regs", "電気自動車登録台数", "electric car registrations", "count", "", "true", "count", ""],
    ["regs_growth", "電気自動車登録台数の伸び率", "growth of electric car registrations", "%", "", "true",
     "growth", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["v25", "SL", "visitors", "2025", "9100000", "count", "st", ""],
    ["s25", "SL", "spending", "2025", "2.3 bn", "EUR", "st", ""],
    ["h25", "SL", "hotels", "2025", "4 bn", "EUR", "st", ""],
    ["r23", "NL", "regs", "2023", "314687", "count", "st", ""],
    ["r24", "NL", "regs", "2024", "381970", "count", "st", ""],
    ["r25", "NL", "regs", "2025", "473348", "count", "st", ""],
    ["g23", "NL", "regs_growth", "2023", "17.7", "%", "st", ""],
    ["g24", "NL", "regs_growth", "2024", "21.4", "%", "st", ""],
    ["g25", "NL", "regs_growth", "2025", "23.9", "%", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("true-claims")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_inflected_words_meet_the_pack_s_words() -> None:
    for said, named in (
        ("spent", "spending"), ("left", "leave"), ("sold", "sales"), ("grew", "growth"),
        ("rose", "rises"), ("died", "deaths"), ("rates", "rate"), ("wages", "wage"),
    ):
        assert word_keys(said) == word_keys(named), (said, named)


def test_an_irregular_past_tense_names_the_measure(pack: Pack) -> None:
    said = "Southlander visitors spent about EUR {} billion in 2025."
    assert diagnose(said.format("2.3"), pack).rating == "true"
    assert diagnose(said.format("4"), pack).rating == "false"


def test_a_change_over_a_window_to_now_is_the_level_s(pack: Pack) -> None:
    said = "Norland's electric car registrations have grown by about {}% since 2023."
    assert diagnose(said.format(50), pack, as_of="2026-01").rating == "true"
    assert diagnose(said.format(20), pack, as_of="2026-01").rating == "false"
