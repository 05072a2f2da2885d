"""How a claim names a measure (docs/verdict-rules.md §2, Metrics), on a small pack built here.

"total" and "overall" in a measure's name say that it is the whole, which a bare name means too:
"tax revenue" names "total tax revenue collected". They are no word of the name that a claim must
repeat; every other word still counts, so a claim naming another measure does not take this one."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = 'id: measure-names\ntitle: {en: "Measure names"}\nlanguage: en\nsubject: NL\n'
SOURCES = [
    SOURCE_HEADER,
    ["tr", "Revenue statistics", "Revenue Authority", "", "2023", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "", "Norland", "", ""],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["tr_total", "", "total tax revenue collected", "USD",
     "taxes collected;revenue collected;tax collection;collected", "true", "amount"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["t18", "NL", "tr_total", "2018", "1.52T", "USD", "tr", ""],
    ["t22", "NL", "tr_total", "2022", "2.03T", "USD", "tr", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("measure_names")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(("claim", "rating"), [
    ("Norland's tax revenue rose from $1.52 trillion in 2018 to $2.03 trillion in 2022.", "true"),
    ("Norland's tax revenue was $2.03 trillion in 2022.", "true"),
    ("Norland's tax revenue was $3.5 trillion in 2022.", "false"),
])
def test_total_is_no_word_a_claim_must_repeat(claim: str, rating: str, pack: Pack) -> None:
    d = diagnose(claim, pack)
    assert d.rating == rating
    assert [c.evidence for c in d.checks if c.result == "holds"] or rating != "true"


def test_the_other_words_of_the_name_still_count(pack: Pack) -> None:
    # "revenue" alone is one word of the name: it names no measure
    assert diagnose("Norland's revenue was $2.03 trillion in 2022.", pack).rating == "unverifiable"


def test_a_name_is_never_cut_down_to_one_word(tmp_path: Path) -> None:
    metrics = [METRICS[0], ["help", "", "total support", "USD", "", "true", "amount"]]
    rows = [OBSERVATIONS[0], ["h1", "NL", "help", "2022", "2.3T", "USD", "tr", ""]]
    one = load_pack(write_rows_pack(tmp_path, PACK_YAML, SOURCES, ENTITIES, EVENTS, metrics, rows))
    d = diagnose("Norland received $0.6 trillion of extra support in 2022.", one)
    assert all("h1" not in c.evidence for c in d.checks)
