"""English paraphrases of a measure's name (docs/verdict-rules.md §4.13, "English derivations
that name a measure"): "people without a home" are homeless people and "paid without cash" is a
cashless payment (the privative -less); "marriages per 1,000 residents" is the marriage rate (a
count per head of a population); "killed 48,830 people" counts deaths; "No X … more … than Y"
denies the comparison; "twice as much … as they did in 2018" is a change from 2018 (rewordings of
blind rounds 19b, 20d, 21 and 21c)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.morphology import word_keys

COUNTRY = ["NL", "country", "ノーランド", "Norland", "Norlander;Norlanders;ノーランド人", ""]
METRICS = [
    ["homeless", "ホームレス数", "people experiencing homelessness", "count", "homelessness", "false",
     "count", "People without a home on the count night"],
    ["cardless_ratio", "カードレス決済比率", "cardless payment ratio", "%", "cardless share", "true",
     "share", "Payments made without a card as a share of consumer spending"],
    ["wed_rate", "婚姻率", "Crude wedding rate", "per 1000", "wedding rate", "", "ratio",
     "Weddings per 1,000 residents"],
    ["weddings", "婚姻数", "Number of weddings", "count", "weddings", "", "count", "Weddings in the year"],
    ["storm_deaths", "嵐の死者数", "storm deaths", "count", "deaths from storm floods", "false", "count",
     "People who died in storms"],
]
OBSERVATIONS = [
    ["h2023", "NL", "homeless", "2023", "600000", "count", "stat", ""],
    ["h2024", "NL", "homeless", "2024", "770000", "count", "stat", ""],
    ["c2018", "NL", "cardless_ratio", "2018", "24.1", "%", "stat", ""],
    ["c2021", "NL", "cardless_ratio", "2021", "32.5", "%", "stat", ""],
    ["c2024", "NL", "cardless_ratio", "2024", "42.8", "%", "stat", ""],
    ["wr_nl", "NL", "wed_rate", "2022", "4.1", "per 1000", "stat", ""],
    ["wr_no", "NO", "wed_rate", "2022", "2.6", "per 1000", "stat", ""],
    ["wr_sv", "SV", "wed_rate", "2022", "3.4", "per 1000", "stat", ""],
    ["w2022", "NL", "weddings", "2022", "500000", "count", "stat", ""],
    ["s2021", "NL", "storm_deaths", "2021", "4883", "count", "stat", ""],
]
ENTITIES = [["NO", "other", "ノース州", "Northshire", "", "NL"],
            ["SV", "other", "サウス州", "Southvale", "", "NL"]]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "en-paraphrase", METRICS, OBSERVATIONS, entities=ENTITIES, country=COUNTRY
    )


def _read(said: str, pack: Pack, as_of: str = "2025-03-01") -> tuple[str, list[str]]:
    d = diagnose(said, pack, as_of=as_of)
    return d.rating, [i for c in d.checks for i in c.evidence]


def test_without_a_noun_says_its_less_adjective() -> None:
    assert word_keys("homeless") <= word_keys("people without a home")
    assert word_keys("cashless") <= word_keys("consumers paid without cash")


def test_without_after_a_narrower_group_derives_nothing() -> None:
    # "service members without a home" are a narrower group than the homeless count
    assert not word_keys("homeless") <= word_keys("former service members without a home")


def test_people_without_a_home_are_the_homeless_count(pack: Pack) -> None:
    rating, evidence = _read("In 2024 Norland counted 770,000 people without a home.", pack)
    assert rating == "true"
    assert "h2024" in evidence


def test_paid_without_a_card_is_the_cardless_ratio(pack: Pack) -> None:
    said = "In 2021, Norland consumers paid for under 30% of their spending without a card."
    rating, evidence = _read(said, pack)
    assert rating in ("false", "mostly_false")
    assert "c2021" in evidence


def test_a_multiple_of_an_earlier_time_is_a_change(pack: Pack) -> None:
    said = "Norland's cardless payment ratio is now roughly twice as high as it was in 2018."
    rating, evidence = _read(said, pack)
    assert rating in ("mostly_true", "half_true")  # x1.78
    assert {"c2018", "c2024"} <= set(evidence)


def test_a_count_per_head_names_the_rate(pack: Pack) -> None:
    said = "In 2022 Southvale saw more weddings per head of population than Northshire."
    rating, evidence = _read(said, pack)
    assert rating == "true"
    assert {"wr_sv", "wr_no"} <= set(evidence)


def test_per_cent_is_no_rate() -> None:
    assert not {"rat"} <= word_keys("weddings rose 5 per cent")
    assert "rat" in word_keys("weddings per 1,000 residents")


def test_no_member_more_than_is_the_comparands_superlative(pack: Pack) -> None:
    said = "In 2022 no part of Norland saw more weddings per head of population than Northshire."
    rating, _ = _read(said, pack)
    assert rating in ("false", "mostly_false")  # Southvale 3.4 > Northshire 2.6
    said = "In 2022 no part of Norland saw fewer weddings per head of population than Northshire."
    rating, evidence = _read(said, pack)
    assert rating == "true"
    assert {"wr_sv", "wr_no"} <= set(evidence)


def test_the_object_of_a_killing_verb_counts_deaths(pack: Pack) -> None:
    rating, evidence = _read("Storm floods killed 4,883 people in Norland in 2021.", pack)
    assert rating == "true"
    assert evidence == ["s2021"]


def test_a_place_phrase_before_the_verb(pack: Pack) -> None:
    rating, evidence = _read("4,883 people in Norland died in storm floods in 2021.", pack)
    assert rating == "true"
    assert evidence == ["s2021"]


def test_a_killing_verb_does_not_count_another_thing(pack: Pack) -> None:
    # "killed" says deaths: 4,883 people killed is no number of weddings
    rating, _ = _read("Norland weddings killed 4,883 people in 2022.", pack)
    assert rating != "true"


def test_no_member_past_a_figure_is_a_bound_not_a_superlative() -> None:
    from shingi.pipeline.claims.cues import none_past_a_name

    found = none_past_a_name("No prefecture in Japan sees more marriages per head of population than Akita.")
    assert found is not None and found[0] == "sup_max"
    assert none_past_a_name("Under the guarantee, no household had to pay more than £2,500 a year.") is None
    assert none_past_a_name("At no point has the revenue increased by more than 20%.") is None
