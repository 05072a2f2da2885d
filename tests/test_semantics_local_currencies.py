"""Currencies written the local way (docs/verdict-rules.md §2, Numbers), on a small pack built
here: each test asserts one rule's behaviour.

Fact-checks quote sums as the speaker's country writes them: KSh2.03 trillion (Kenyan shilling),
GHC 218 billion (Ghanaian cedi), ₦77 trillion / 77 trillion naira, Rs 94 (rupee), any ISO code
before the number (LKR 1.8 trillion), and a single capital letter glued to a number before a scale
word (P16 trillion: the Philippine peso; N424 billion: the naira). A sum so written is an amount
of that currency, compared with the pack's values in it; a single letter before a number without a
scale word (P2, N95) is a name, not a sum."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.normalize.quantities import find_quantities
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: local-currencies
title: {en: "Local currencies"}
language: en
"""
SOURCES = [
    SOURCE_HEADER,
    ["stat", "Public debt statistics", "Treasury", "", "2023", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["PH", "country", "", "the Philippines", "Philippine", ""],
    ["NG", "country", "", "Nigeria", "", ""],
    ["KE", "country", "", "Kenya", "", ""],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["ph_debt", "", "national government debt", "PHP", "", "false", "amount"],
    ["ng_debt", "", "public debt stock", "NGN", "", "false", "amount"],
    ["ke_tax", "", "tax revenue", "KES", "", "true", "amount"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["p1", "PH", "ph_debt", "2022-06", "12.79T", "PHP", "stat", ""],
    ["n1", "NG", "ng_debt", "2022-09", "44T", "NGN", "stat", ""],
    ["k1", "KE", "ke_tax", "2022", "2.03T", "KES", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("local_currencies")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("KSh2.03 trillion", 2.03e12, "KES"),
    ("over KSh2-trillion", 2e12, "KES"),
    ("GHC 218.2 billion", 218.2e9, "GHS"),
    ("₦77 trillion", 77e12, "NGN"),
    ("77 trillion naira", 77e12, "NGN"),
    ("Rs 94 in Gujarat", 94, "INR"),
    ("LKR 1.8 trillion", 1.8e12, "LKR"),
    ("P16 trillion", 16e12, "PHP"),
    ("N424 billion", 424e9, "NGN"),
])
def test_a_local_currency_sign_gives_the_currency(text: str, value: float, unit: str) -> None:
    found = find_quantities(text)
    assert [(q.quantity.unit, round(q.quantity.value)) for q in found] == [(unit, round(value))]


@pytest.mark.parametrize("text", ["P2 and N95 masks", "GDP 20 points", "ABC123"])
def test_a_letter_or_word_glued_to_a_number_without_a_scale_is_no_sum(text: str) -> None:
    assert all(q.quantity.unit not in ("PHP", "NGN") for q in find_quantities(text))
    assert not any(q.text.startswith(("P", "N", "ABC")) for q in find_quantities(text))


@pytest.mark.parametrize(("claim", "rating"), [
    ("The Philippines' national government debt was P12.79 trillion in June 2022.", "true"),
    ("The Philippines' national government debt was P16 trillion in June 2022.", "false"),
    ("Nigeria's public debt stock was N44 trillion in September 2022.", "true"),
    ("Nigeria's public debt stock was 77 trillion naira in September 2022.", "false"),
    ("Kenya's tax revenue was KSh2.03 trillion in 2022.", "true"),
])
def test_a_sum_in_a_local_currency_is_compared_in_that_currency(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating
