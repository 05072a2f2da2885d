"""A claim's words name a measure only with the measure's distinguishing words (docs/verdict-rules.md
§4.13, "A narrower measure is named with its qualifier"): the head noun alone ("accidents",
「事故」) names no count of fatal accidents (死亡事故件数); a share said of people ("60% of Norland's
people", 「国民の60%」) is no share of payments; "without cash" says "cashless" only of a word the
measure carries ("paid without cash" of a cashless payment ratio, not "lived without cash")
(review of session 23, findings 5 and 9)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.morphology import privative_bonds

METRICS = [
    ["cashless", "キャッシュレス決済比率", "cashless payment ratio", "%", "", "true", "share", ""],
    ["homeless", "ホームレス数", "homeless people", "count", "homelessness", "false", "count", ""],
    ["fatal", "死亡事故件数", "fatal accidents", "count", "", "false", "count", ""],
]
OBSERVATIONS = [
    ["c2023", "NL", "cashless", "2023", "60", "%", "stat", ""],
    ["h2023", "NL", "homeless", "2023", "12000", "count", "stat", ""],
    ["f2023", "NL", "fatal", "2023", "2600", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "narrower-measure", METRICS, OBSERVATIONS)


def _read(said: str, pack: Pack) -> tuple[str, list[str]]:
    d = diagnose(said, pack, as_of="2024-06-01")
    return d.rating, [i for c in d.checks for i in c.evidence]


def test_without_says_less_of_the_word_before_it() -> None:
    assert "pay" in privative_bonds("consumers paid without cash")["cashl"]
    assert "pay" in privative_bonds("they paid for 30% of their spending without cash")["cashl"]
    assert "pay" not in privative_bonds("people lived without cash")["cashl"]
    assert privative_bonds("cashless payments without cash") == {}  # the adjective said already


@pytest.mark.parametrize(("said", "linked"), [
    ("In 2023, 60% of Norland's people lived without cash.", False),
    ("In 2023, 60% of Norland's people were cashless.", False),
    ("2023年、ノーランドでは国民の60%がキャッシュレスで暮らした。", False),
    ("In 2023, 60% of payments in Norland were made without cash.", True),
    ("In 2023, Norland consumers paid for 60% of their purchases without cash.", True),
    ("2023年、ノーランドの決済の60%がキャッシュレスだった。", True),
])
def test_a_share_of_people_is_no_share_of_payments(said: str, linked: bool, pack: Pack) -> None:
    rating, evidence = _read(said, pack)
    assert rating == ("true" if linked else "unverifiable")
    assert ("c2023" in evidence) == linked


def test_people_without_a_home_stay_the_homeless_count(pack: Pack) -> None:
    rating, evidence = _read("In 2023, Norland counted 12,000 people without a home.", pack)
    assert rating == "true"
    assert "h2023" in evidence


@pytest.mark.parametrize("said", [
    "Norland had 2,600 accidents in 2023.",
    "2023年、ノーランドでは事故が2600件あった。",
])
def test_the_head_noun_alone_names_no_narrower_count(said: str, pack: Pack) -> None:
    rating, evidence = _read(said, pack)
    assert rating == "unverifiable"
    assert "f2023" not in evidence


@pytest.mark.parametrize(("said", "expected"), [
    ("Norland had 2,600 fatal accidents in 2023.", "true"),
    ("2023年、ノーランドでは死亡事故が2600件あった。", "true"),
    ("2023年、ノーランドでは死亡事故が1000件あった。", "false"),
])
def test_the_qualifier_said_names_the_narrower_count(said: str, expected: str, pack: Pack) -> None:
    rating, evidence = _read(said, pack)
    assert rating == expected
    assert "f2023" in evidence
