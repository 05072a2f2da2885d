"""Review findings 3, 4, 7 and 17 (session 23): "never … more … than in <place>" is a negated
comparison, not a record (a period must follow than / as); "than it did in 2022" compares the
clause's own subject; 「…ことは一度もない」「一度も…ていない」 of a crossing verb are negations, and
of a period's value (「2022年を上回ったことは一度もない」) that period's record; a never-comparison
is refuted by any period where the denied order held; "finished last quarter" is a time, not a place
(docs/verdict-rules.md §4.1 negation, §4.8 records in other words)."""

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
from shingi.pipeline.claims.ranks import _LAST
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: never-forms
title: {ja: "一度もない", en: "Never forms"}
language: en
subject: JP
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2024", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["JP", "country", "日本", "Japan", "", ""],
    ["US", "country", "米国", "United States", "US;アメリカ", ""],
    ["DE", "country", "ドイツ", "Germany", "", ""],
]
METRICS = [
    METRIC_HEADER,
    ["pet", "ガソリン価格", "petrol price", "JPY/l", "gasoline price", "false", "amount", ""],
    ["exp", "輸出額", "exports", "USD", "輸出", "true", "amount", ""],
]
_SERIES = {
    ("JP", "pet"): [150, 160, 170, 200],
    ("US", "pet"): [160, 165, 160, 190],
    ("DE", "pet"): [210, 220, 230, 240],
    ("JP", "exp"): [700, 800, 880, 1100],
    ("DE", "exp"): [1500, 1600, 1650, 1600],
}
OBSERVATIONS = [OBSERVATION_HEADER] + [
    [f"{m}{e}{y}", e, m, str(y), str(v) if m == "pet" else f"{v} bn", "JPY/l" if m == "pet" else "USD",
     "stat", ""]
    for (e, m), vs in _SERIES.items()
    for y, v in zip(range(2020, 2024), vs, strict=True)
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("never-forms")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def rating(text: str, pack: Pack) -> str:
    return diagnose(text, pack, as_of="2024-06-01").rating


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place after than: a comparison denied (Japan was above the US in 2022 and 2023)
        ("Petrol has never cost more in Japan than in the United States.", "false"),
        ("日本のガソリン価格が米国を上回ったことは一度もない。", "false"),
        ("日本のガソリン価格は一度も米国を上回っていない。", "false"),
        # the US was above Japan in 2020 and 2021: the latest year alone does not settle a never
        ("Petrol has never cost more in the United States than in Japan.", "false"),
        ("米国のガソリン価格が日本を上回ったことは一度もない。", "false"),
        # Germany was above Japan in every year: the never holds
        ("Petrol has never cost more in Japan than in Germany.", "true"),
        ("日本のガソリン価格がドイツを上回ったことは一度もない。", "true"),
        ("日本のガソリン価格は一度もドイツを上回っていない。", "true"),
    ],
)
def test_a_place_after_than_is_a_negated_comparison(text: str, expected: str, pack: Pack) -> None:
    assert rating(text, pack) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period after than / を: that period's record (2023 is Japan's highest)
        ("Petrol has never cost more in Japan than in 2023.", "true"),
        ("日本のガソリン価格が2023年を上回ったことは一度もない。", "true"),
        ("日本のガソリン価格は一度も2023年を上回っていない。", "true"),
        # a later value past it refutes the never (2023 above 2022)
        ("Petrol has never cost more in Japan than in 2022.", "false"),
        ("日本のガソリン価格が2022年を上回ったことは一度もない。", "false"),
        # a low: the US fell below 2021 in 2020 and 2022
        ("米国のガソリン価格が2021年を下回ったことは一度もない。", "false"),
    ],
)
def test_a_period_after_than_is_a_record(text: str, expected: str, pack: Pack) -> None:
    assert rating(text, pack) == expected


def test_a_pronoun_with_its_own_verb_is_the_clauses_subject(pack: Pack) -> None:
    # Germany's exports fell from 2022 to 2023: "it" is Germany, not the previous sentence's Japan
    text = "Japan's exports hit a record in 2023. Germany exported more in 2023 than it did in 2022."
    assert rating(text, pack) != "true"
    assert rating("Germany exported less in 2023 than it did in 2022.", pack) == "true"
    # negative: a bare "than it" is someone else (the previous clause's subject)
    bare = "In 2023 {} exported {} trillion dollars, and {} exported more than it."
    assert rating(bare.format("Japan", "1.1", "Germany"), pack) == "true"
    assert rating(bare.format("Germany", "1.6", "Japan"), pack) != "true"


@pytest.mark.parametrize("time", ["quarter", "season", "night", "decade"])
def test_finished_last_and_a_time_is_no_place(time: str) -> None:
    assert _LAST.search(f"Osaka finished last {time} with a marriage rate of 4.6.") is None


def test_finished_last_is_a_place() -> None:
    assert _LAST.search("Osaka finished last with a marriage rate of 4.6.") is not None
    assert _LAST.search("Osaka finished last among the cities.") is not None
