"""Figures of dated events (docs/verdict-rules.md §4.2, §4.10), in Japanese and English, on a small
pack built here: each test asserts one rule's behaviour.

- Right event, right date, wrong figure: the event happened when the claim says, its figure (the
  claim's point) is wrong: partly with credit 0.25 (mostly false), not all-or-nothing. With no date
  claimed, or a date that fails too, a wrong figure still fails.
- A month right in a year one off ("August 2021" for 2022-08-09) is partly with credit 0.25; a day
  in another year fails.
- A second figure of the amount's unit in the title ("an additional $100 billion, bringing its
  total to $165 billion") is a figure of the event too.
- A percentage that is an event's figure ("took a 9.9% stake") falls back to the event."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: event-figures
title: {ja: "出来事の数値", en: "Event figures"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["gov", "Government releases", "Government", "", "2025", "government", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["ACME", "company", "アクメ", "Acme", "", "NL"],
    ["FOUNDRY", "company", "ファウンドリ", "Foundry Corp", "", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    [
        "grant",
        "2023-04-01",
        "",
        "NL",
        "policy",
        "出産一時金を42万円から50万円に引き上げ",
        "Norland raises the birth grant from 420,000 yen to 500,000 yen",
        "500000",
        "JPY",
        "gov",
        "2",
        "",
    ],
    [
        "award",
        "2024-12-20",
        "",
        "NL;ACME",
        "funding",
        "政府がアクメへの47.45億ドルの補助金を確定",
        "The government finalizes a $4.745 billion award to Acme",
        "4745000000",
        "USD",
        "gov",
        "2",
        "",
    ],
    [
        "act",
        "2022-08-09",
        "",
        "NL",
        "law",
        "ノーランドが半導体法を制定",
        "Norland signs the Chips Act into law",
        "",
        "",
        "gov",
        "3",
        "",
    ],
    [
        "pledge",
        "2025-03-03",
        "",
        "FOUNDRY",
        "investment",
        "ファウンドリが1000億ドルの追加投資を発表、計画投資総額は1650億ドルに",
        "Foundry Corp announces an additional $100 billion investment, bringing its total planned "
        "investment to $165 billion",
        "100000000000",
        "USD",
        "gov",
        "2",
        "",
    ],
    [
        "stake",
        "2025-08-22",
        "",
        "NL;ACME",
        "investment",
        "政府がアクメの株式9.9%を取得",
        "The government takes a 9.9% stake in Acme",
        "8900000000",
        "USD",
        "gov",
        "2",
        "",
    ],
]
EVENTS.append(
    [
        "ecg",
        "2025-07-16",
        "",
        "NL",
        "funding",
        "ノーランドが6億5000万ポンドの電気自動車補助金を開始：3万7000ポンド以下の新車に最大3750ポンド",
        "Norland opens the £650 million Electric Car Grant: up to £3,750 off new electric cars priced at or "
        "under £37,000",
        "650000000",
        "GBP",
        "gov",
        "2",
        "",
    ]
)
METRICS = [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"]]
OBSERVATIONS = [OBSERVATION_HEADER]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("event-figures")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(
    "claim",
    [
        "出産一時金は2023年4月に60万円に引き上げられた。",
        "Acme's award was finalized at $6.4 billion in December 2024.",
        "In August 2025 the government took a 20% stake in Acme.",
    ],
)
def test_right_event_right_date_wrong_figure_is_mostly_false(claim: str, pack: Pack) -> None:
    d = diagnose(claim, pack)
    assert d.checks[0].result == "partly" and d.checks[0].credit == 0.25
    assert d.rating == "mostly_false"


@pytest.mark.parametrize(
    "claim",
    [
        "出産一時金は2023年4月に50万円に引き上げられた。",
        "Acme's award was finalized at $4.745 billion in December 2024.",
        "In August 2025 the government took a 9.9% stake in Acme.",
    ],
)
def test_the_right_figure_holds(claim: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == "true"


def test_a_wrong_figure_and_a_wrong_date_fail(pack: Pack) -> None:
    assert diagnose("Acme's award was finalized at $6.4 billion in December 2022.", pack).rating == "false"


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        ("The Chips Act was signed into law in August 2021.", "mostly_false"),  # month right, year off
        ("ノーランドは2021年8月に半導体法を制定した。", "mostly_false"),
        ("The Chips Act was signed into law on 9 August 2021.", "false"),  # a day in another year
        ("The Chips Act was signed into law in March 2022.", "false"),  # another month
    ],
)
def test_a_month_in_a_year_one_off(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        (
            "In March 2025 Foundry Corp pledged an additional $100 billion, "
            "bringing its planned investment to "
            "$165 billion.",
            "true",
        ),
        (
            "In March 2025 Foundry Corp pledged an additional $100 billion, "
            "bringing its planned investment to "
            "$250 billion.",
            "mostly_false",
        ),
    ],
)
def test_a_second_figure_in_the_title_is_a_figure_of_the_event(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # the grant that "opens" is the one "launched" (a programme that launches starts); "up to
        # £5,000" names its ceiling, which is £3,750: right event and date, wrong figure
        ("Norland's Electric Car Grant, launched in July 2025, takes up to £5,000 off.", "mostly_false"),
        ("Norland's Electric Car Grant, launched in July 2025, takes up to £3,750 off a new car.", "true"),
        ("ノーランドは2025年7月に電気自動車補助金を開始し、新車に最大5000ポンドを補助する。", "mostly_false"),
        ("ノーランドは2025年7月に電気自動車補助金を開始し、新車に最大3750ポンドを補助する。", "true"),
    ],
)
def test_up_to_names_the_ceiling_of_what_an_event_gives(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # the verb's subject is before the phrase set off by commas: one statement, its date a
        # year off (mostly false), not a true phrase and a subjectless part that matches anything
        ("Norland's Electric Car Grant, with up to £3,750 off new cars, was launched in July 2024.",
         "mostly_false"),
        ("Norland's Electric Car Grant, with up to £3,750 off new cars, was launched in July 2025.", "true"),
    ],
)
def test_a_verb_after_a_prepositional_phrase_has_the_subject_before_it(claim: str, rating: str,
                                                                       pack: Pack) -> None:
    d = diagnose(claim, pack)
    assert len(d.checks) == 1
    assert d.rating == rating
