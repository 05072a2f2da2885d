"""Per-unit rates in claims (docs/verdict-rules.md §4.14, "A price per unit"):

- A price said per a unit ("170 yen a litre", "60 dollars a barrel", "1,000 yen an hour",
  「1リットル170円」「1リットルあたり170円」「1時間1000円」) is the pack's rate however either side spells
  the unit (``JPY/L`` and litre, ``USD/bbl`` and barrel, ``GBP/kWh`` and kilowatt hour, ``JPY/h`` and
  時間); the 1 of 「1リットル」 counts the unit and is no figure of the claim.
- What only a leading cause names (「燃料税の廃止で、」, "Because of the fuel tax's abolition,") owns
  no measure of the clause: the tax's own rate does not settle the price's fall.
- The count before the unit is the whole number before it (「21リットル」 is 21 litres, never the
  last 1 of it); a price of N units is N times the price of one (「10リットルあたり1700円」, "1700 yen
  per 10 litres" = 170 yen a litre).
- An approximate amount off by more than 15 % of the claim ("about 30 yen a litre" for 25.1) is half
  true, the far end of its band; within 10 % it holds.
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

PACK_YAML = """\
id: rates
title: {ja: "単価", en: "Rates"}
language: ja
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["st", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["OS", "country", "オストランド", "Ostland", "", ""],
    ["fueltax", "programme", "燃料税", "fuel tax", "燃料税;fuel tax", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["fuel", "ガソリン価格", "petrol price", "JPY/L", "ガソリン価格;ガソリン;petrol price", "false", "amount",
     ""],
    ["crude", "原油価格", "crude oil price", "USD/bbl", "原油価格;crude oil price", "", "amount", ""],
    ["power", "電気料金", "electricity price", "GBP/kWh", "電気料金;electricity price", "false", "amount",
     ""],
    ["wage", "最低賃金", "minimum wage", "JPY/h", "最低賃金;minimum wage", "true", "amount", ""],
    ["taxrate", "燃料税の税率", "fuel tax rate", "JPY/L", "税率;tax rate", "", "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["f-23", "NL", "fuel", "2023", "150", "JPY/L", "st", ""],
    ["f-24", "NL", "fuel", "2024", "170", "JPY/L", "st", ""],
    ["o-24", "OS", "fuel", "2024", "210", "JPY/L", "st", ""],
    ["c-24", "NL", "crude", "2024", "60", "USD/bbl", "st", ""],
    ["p-24", "NL", "power", "2024", "0.25", "GBP/kWh", "st", ""],
    ["w-24", "NL", "wage", "2024", "1000", "JPY/h", "st", ""],
    ["t-24", "fueltax", "taxrate", "2024", "25.1", "JPY/L", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("rates")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def _units(said: str, pack: Pack) -> list[str | None]:
    return [nc.unit for c in diagnose(said, pack).checks for nc in c.numbers]


@pytest.mark.parametrize(
    ("said", "unit"),
    [
        ("In 2024 the petrol price in Norland was about 170 yen a litre.", "JPY/L"),
        ("In 2024 the petrol price in Norland was 170 yen per liter.", "JPY/L"),
        ("2024年、ノーランドのガソリン価格は1リットル170円だった", "JPY/L"),
        ("2024年、ノーランドのガソリン価格は1リットルあたり170円だった", "JPY/L"),
        ("In 2024 the crude oil price in Norland was 60 dollars a barrel.", "USD/bbl"),
        ("2024年、ノーランドの原油価格は1バレル60ドルだった", "USD/bbl"),
        ("In 2024 the electricity price in Norland was £0.25 per kilowatt hour.", "GBP/kWh"),
        ("In 2024 the minimum wage in Norland was 1,000 yen an hour.", "JPY/h"),
        ("2024年、ノーランドの最低賃金は1時間1000円だった", "JPY/h"),
    ],
)
def test_a_price_per_unit_is_the_packs_rate_however_spelled(pack: Pack, said: str, unit: str) -> None:
    d = diagnose(said, pack)
    assert d.rating == "true", said
    # one figure, in the pack's spelling: the 1 of 「1リットル」 is the unit's count, no figure
    assert _units(said, pack) == [unit], said


def test_one_unit_before_atari_is_no_figure(pack: Pack) -> None:
    # 「1リットルあたりの…価格」 with no amount: the 1 litre is what the price is per, no volume
    said = "ノーランドの1リットルあたりのガソリン価格は、2023年から2024年に約1.1倍になった"
    d = diagnose(said, pack)
    assert d.rating == "true"
    assert [nc.claimed_text for c in d.checks for nc in c.numbers] == ["約1.1倍"]
    assert diagnose(said.replace("約1.1倍", "約2倍"), pack).rating in ("false", "mostly_false")


@pytest.mark.parametrize(
    "said",
    [
        "In 2024 the petrol price in Norland was 230 yen a litre.",
        "2024年、ノーランドのガソリン価格は1リットル230円だった",
        "2024年、ノーランドの最低賃金は1時間1500円だった",
    ],
)
def test_a_wrong_price_per_unit_is_false(pack: Pack, said: str) -> None:
    assert diagnose(said, pack).rating == "false", said


@pytest.mark.parametrize(
    "said",
    [
        "燃料税の廃止で、ガソリンは1リットル25円安くなった",
        "Because of the fuel tax's abolition, petrol got 25 yen a litre cheaper in 2024.",
    ],
)
def test_a_causes_own_rate_does_not_settle_the_clause(pack: Pack, said: str) -> None:
    # the tax is 25.1 yen a litre, but the claim is of the price's fall: the tax's rate is the
    # cause's, and the pack holds no such fall
    d = diagnose(said, pack)
    assert d.rating not in ("true", "mostly_true"), said
    assert not any(nc.found == 25.1 for c in d.checks for nc in c.numbers), said


def test_the_tax_rate_said_as_the_subject_is_checked(pack: Pack) -> None:
    # said of the tax itself, its rate is what the claim states
    assert diagnose("In 2024 Norland's fuel tax rate was 25.1 yen a litre.", pack).rating == "true"
    assert diagnose("2024年、燃料税の税率は1リットル25.1円だった", pack).rating == "true"


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("In 2024 Norland's fuel tax rate was about 30 yen a litre.", "half_true"),  # 16 % off
        ("2024年、燃料税の税率は1リットル約30円だった", "half_true"),
        ("In 2024 Norland's fuel tax rate was about 27 yen a litre.", "mostly_true"),  # 7 %, rounded past
        ("In 2024 Norland's fuel tax rate was about 25 yen a litre.", "true"),
    ],
)
def test_an_approximate_amount_far_in_its_band_is_half_true(pack: Pack, said: str, rating: str) -> None:
    assert diagnose(said, pack).rating == rating, said


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        # the last 1 of 21 / 11 / 十一 is no "one litre": 170 yen for 21 litres is ~8 yen a litre
        ("2024年、ノーランドのガソリン価格は21リットル170円だった", "false"),
        ("2024年、ノーランドのガソリン価格は十一リットル170円だった", "false"),
        ("2024年、ノーランドの最低賃金は11時間1000円だった", "false"),
        ("2024年、ノーランドの最低賃金は二十一時間1000円だった", "false"),
        # 1870 yen for 11 litres is 170 yen a litre
        ("2024年、ノーランドのガソリン価格は11リットル1870円だった", "true"),
        # a price per N units is N times the price of one
        ("2024年、ノーランドのガソリン価格は10リットルあたり1700円だった", "true"),
        ("2024年、ノーランドのガソリン価格は十リットルあたり1700円だった", "true"),
        ("In 2024 Norland's petrol price was 1700 yen per 10 litres.", "true"),
        ("In 2024 Norland's petrol price was 2300 yen per 10 litres.", "false"),
    ],
)
def test_the_units_count_is_the_whole_number_before_it(pack: Pack, said: str, rating: str) -> None:
    assert diagnose(said, pack).rating == rating, said


@pytest.mark.parametrize(
    "said",
    [
        "Because of Ostland's subsidy, the petrol price was 170 yen a litre in 2024.",
        "オストランドの補助金の影響で、2024年のガソリン価格は1リットル170円になった",
    ],
)
def test_a_country_named_only_in_the_cause_is_not_the_clauses_owner(pack: Pack, said: str) -> None:
    # the clause names no owner: its measure is the subject's (Norland 170), never the cause's
    # (Ostland 210); the cause left open caps the rating
    d = diagnose(said, pack)
    assert d.rating == "unverifiable", said
    assert [nc.found for c in d.checks for nc in c.numbers] == [170.0], said
    assert diagnose(said.replace("170", "210"), pack).rating == "false", said
