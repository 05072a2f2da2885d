"""When a claim was said (contract 1.1 ``said_on`` / ``--as-of``) and the windows it names
(docs/verdict-rules.md §2 "Windows", §4.4, §4.11), in English and Japanese, on a small pack built
here: each test asserts one rule's behaviour.

- "now", 現在: the latest figure at the claim's date is the latest that was out by then: a value of
  a year not yet over is not known unless a source published by then gives it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import write_rows_pack
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
    ["id", "title", "publisher", "url", "published", "kind", "lang"],
    ["v22", "Vital statistics 2022", "Office", "", "2023-09", "statistics", "en"],
    ["v23", "Vital statistics 2023", "Office", "", "2024-06-05", "statistics", "en"],
    ["v24", "Vital statistics 2024", "Office", "", "2025-06-04", "statistics", "en"],
    ["plan24", "Budget 2024", "Ministry", "", "2024-03", "government", "en"],
]
ENTITIES = [
    ["id", "kind", "name_ja", "name_en", "aliases", "country"],
    ["NL", "country", "ノーランド", "Norland", "", ""],
]
EVENTS = [["id", "date", "pillar", "actors", "kind", "title_ja", "title_en", "amount", "unit", "source",
           "significance", "note"]]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind", "definition"],
    ["tfr", "合計特殊出生率", "fertility rate", "births per woman", "", "true", "ratio", ""],
    ["budget", "子育て予算", "childcare budget", "EUR", "", "true", "amount", ""],
]
OBSERVATIONS = [
    ["id", "entity", "metric", "period", "value", "unit", "source", "note"],
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
    assert diagnose("Norland's childcare budget is now EUR 4 billion.", pack, as_of="2024-07-01").rating == "true"
    assert diagnose("Norland's childcare budget is now EUR 3 billion.", pack, as_of="2024-07-01").rating != "true"
