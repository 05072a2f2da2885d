"""A level named by an era the claim does not date (docs/verdict-rules.md §4.7): "below their
pre-crisis level", 「震災前の水準」 set a value against a period the pack cannot place, so the
change alone does not settle the statement: unknown, not the change's result. (Blind round 7b
us-overdose prepandemic: the 2024 fall alone made a false claim true.) The pandemic alone has a
conventional year, 2019 (normalize.eras)."""

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
id: undated-levels
title: {ja: "時代の水準", en: "Undated levels"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
METRICS = [METRIC_HEADER, ["deaths", "死者数", "overdose deaths", "count", "", "false", "count", ""]]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["d1", "NL", "deaths", "2019", "70000", "count", "stat", ""],
    ["d2", "NL", "deaths", "2023", "105000", "count", "stat", ""],
    ["d3", "NL", "deaths", "2024", "80000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("undated-levels")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_an_era_level_is_unknown(pack: Pack) -> None:
    d = diagnose("The 2024 decline pushed Norland's overdose deaths below their pre-crisis level.", pack)
    assert d.rating == "unverifiable"
    # any era a noun names, not one topic's: the earthquake, the bubble's burst, a crisis, a war;
    # only the rows of the dated-era table (normalize.eras.DATED_ERAS) have a year
    for claim in ("ノーランドの死者数は2024年に震災前の水準まで減った",
                  "ノーランドの死者数は2024年にバブル崩壊前の水準まで減った",
                  "ノーランドの死者数は2024年にリーマンショック前の水準まで減った",
                  "ノーランドの死者数は2024年に金融危機前の水準まで減った",
                  "In 2024 Norland's overdose deaths fell below their pre-war level.",
                  "In 2024 Norland's overdose deaths fell below their level before the financial crisis.",
                  "In 2024 Norland's overdose deaths fell below their pre-recession level."):
        assert diagnose(claim, pack).rating == "unverifiable", claim


def test_the_dated_eras_are_a_table_of_data_with_reasons() -> None:
    # the pandemic's year is a row of data with its reason, not a topic rule; every row is documented
    from shingi.normalize.eras import DATED_ERAS

    rules = (Path(__file__).parents[1] / "docs" / "verdict-rules.md").read_text(encoding="utf-8")
    assert "DATED_ERAS" in rules
    assert [e.year for e in DATED_ERAS] == [2019, 2020]  # before it; a run's window it opens (session 27)
    assert all(e.reason for e in DATED_ERAS)


def test_the_pandemic_era_is_2019(pack: Pack) -> None:
    # the one era with a conventional year (normalize.eras): 「コロナ前」, "pre-pandemic" are 2019
    # (80,000 in 2024 is above 2019's 70,000)
    for claim in ("ノーランドの死者数は2024年にコロナ前の水準まで減った",
                  "In 2024 Norland's overdose deaths fell below their pre-pandemic level."):
        assert diagnose(claim, pack).rating == "false", claim


def test_a_dated_level_is_not_an_era(pack: Pack) -> None:
    d = diagnose("The 2024 decline pushed Norland's overdose deaths below their 2019 level.", pack)
    assert all("does not date" not in c.reason for c in d.checks)
    # 前年の水準, 2019年以前の水準 name their periods
    for claim in ("ノーランドの死者数は2024年に2019年以前の水準まで減った",
                  "ノーランドの死者数は2024年に前年の水準まで減った"):
        assert all("いつの値かを述べていない" not in c.reason for c in diagnose(claim, pack).checks), claim


@pytest.mark.parametrize(
    "text",
    [
        # review finding 6: 前 begins another word (前後, 前提, 前年), or the era is after the pandemic
        "生産量はコロナ前後で変わらない",
        "アフターコロナ前提の計画",
        "ポストコロナ前の議論",
        "コロナ前年の水準",
        "コロナ禍前半の落ち込み",
        # review finding 7: a word before the era moves its date, or a date stands right after it
        "Output was higher long before the pandemic.",
        "Output peaked years before the pandemic, in 2015.",
        "Output was lower before Covid, in 2018.",
        "Output fell the year before the pandemic.",
        "Output did not fall not before the pandemic.",
        "Output rose shortly before the pandemic.",
    ],
)
def test_an_era_word_that_is_no_era_is_left_as_written(text: str) -> None:
    from shingi.normalize.eras import dated_eras

    assert dated_eras(text) == text


def test_an_undated_pandemic_era_is_still_read() -> None:
    from shingi.normalize.eras import dated_eras

    assert dated_eras("コロナ前の水準") == "2019年の水準"
    assert dated_eras("above its pre-pandemic level in 2024") == "above its 2019 level in 2024"
    assert dated_eras("higher than before the pandemic") == "higher than in 2019"


@pytest.mark.parametrize(
    "claim",
    [
        # words that are not dated eras (docs/verdict-rules.md §4.7): 前 begins another word
        # (前後 "around", 前提 "premise"), or a word before "before" moves the date away
        "ノーランドの死者数はコロナ前後に7万人だった。",
        "ノーランドの死者数はコロナ前提の見通しで8万人だった。",
        "Norland's overdose deaths were 70,000 long before the pandemic.",
    ],
)
def test_words_that_are_not_dated_eras_give_no_year(pack: Pack, claim: str) -> None:
    from shingi.pipeline.parse import parse

    years = [p.period.start.year for st in parse(claim, pack).statements for p in st.periods]
    assert 2019 not in years, claim
    # the 2019 figure, said of what is no dated era, is not settled by 2019's 70,000
    assert diagnose(claim, pack).rating != "true", claim


def test_long_before_the_pandemic_is_an_undated_era(pack: Pack) -> None:
    # "before the pandemic" is 2019 (true on 70,000); "long before" is an era the claim does not date
    assert diagnose("Norland's overdose deaths were 70,000 before the pandemic.", pack).rating == "true"
    assert diagnose("Norland's overdose deaths were 70,000 long before the pandemic.",
                    pack).rating == "unverifiable"
