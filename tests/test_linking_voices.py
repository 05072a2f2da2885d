"""Linking a claim to its measure when the claim names who speaks for the figure (docs/verdict-rules.md
§4.13, "Linking a claim to its measure"), on a small pack built here, in English and Japanese.

- An organization that publishes the pack's sources and is observed on no measure (a regulator, an
  agency, a research body: "Ofgem's price cap", "Frontex says crossings dropped") is the figure's
  voice, not its owner: the measure is the place's, as for a government (dev: blind
  uk-energy-price-cap july-2024-cap-ja and april-2025-rise, eu-asylum fx-2025-30, us-tariff-revenue
  yale-20pct) — when the name is the figure's possessor or speaker, not the agent of an act.
- Not an organization that publishes nothing of the pack (a party): its figure stays unsettled.
- "pushed interest rates up to 6%": "up" is the verb's and "to 6%" where the rate got, not the bound
  "at most 6%" (which a bare "up to 6%" still is).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    NORLAND,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: voices
title: {ja: "代弁者", en: "Voices"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["s1", "Rate decision", "Norland Reserve Bank", "", "2023-08", "government", "en"],
    ["s2", "Prices", "Pricewatch via Newswire", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    NORLAND,
    ["nrb", "organization", "ノーランド準備銀行", "Norland Reserve Bank", "the Bank;準備銀行", "NL"],
    ["pw", "organization", "プライスウォッチ", "Pricewatch", "プライスウォッチ", "NL"],
    ["wp", "organization", "労働者党", "Workers Party", "労働者党", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["rate", "政策金利", "bank rate", "%", "interest rates;policy rate", "", "share", "the policy rate"],
    ["cap", "価格上限額", "price cap", "NLD", "the cap;上限額", "false", "amount",
     "typical household per year"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["r1", "NL", "rate", "2022", "3.5", "%", "s1", ""],
    ["r2", "NL", "rate", "2023", "5.25", "%", "s1", ""],
    ["c1", "NL", "cap", "2024", "1000", "NLD", "s2", ""],
    ["c2", "NL", "cap", "2025", "1800", "NLD", "s2", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("voices")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def _rating(text: str, pack: Pack) -> str:
    return diagnose(text, pack, as_of="2025-12-01").rating


def test_a_publisher_observed_on_nothing_speaks_for_the_place(pack: Pack) -> None:
    assert _rating("Pricewatch's price cap went up 80% in 2025.", pack) == "true"
    assert _rating("Pricewatch's price cap went up 20% in 2025.", pack) in ("false", "mostly_false")
    assert _rating("Pricewatch says the price cap rose 80% in 2025.", pack) == "true"
    assert _rating("プライスウォッチの上限額は2025年に8割上がった。", pack) == "true"
    assert _rating("プライスウォッチの上限額は2025年に2割上がった。", pack) in ("false", "mostly_false")


def test_an_organization_that_publishes_nothing_is_no_voice(pack: Pack) -> None:
    assert _rating("The Workers Party's price cap went up 80% in 2025.", pack) == "unverifiable"
    assert _rating("労働者党の上限額は2025年に8割上がった。", pack) == "unverifiable"


def test_a_publisher_as_the_agent_of_an_act_is_no_voice(pack: Pack) -> None:
    # "The RBI cut its repo rate four times": an act of the publisher is an event of it, not its figure
    assert _rating("Pricewatch raised the price cap by 80% in 2025.", pack) == "unverifiable"
    assert _rating("プライスウォッチは2025年に上限額を8割引き上げた。", pack) == "unverifiable"


def test_pushed_up_to_is_where_the_rate_got(pack: Pack) -> None:
    assert _rating("In 2023 Norland pushed interest rates up to 6%.", pack) in ("false", "mostly_false")
    assert _rating("In 2023 Norland pushed interest rates up to 5.25%.", pack) == "true"
    # a bare "up to" is still the bound "at most"
    assert _rating("In 2023 interest rates were up to 6%.", pack) == "true"
