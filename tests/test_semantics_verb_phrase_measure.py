"""A measure named by a verb phrase (docs/verdict-rules.md §4.13, "A measure named by a verb
phrase"): "the number of Japanese going overseas", "Fewer Japanese went abroad", "14.7 million
people left the country", 「採用される人数」 name the measures "overseas travelers" and 採用者数
(blind round 20b jp-outbound-travel out-2019-en, fewer-2025-en, booming-en; round 20
jp-teachers hires-falling-too). Linked only when one measure is clearly covered and the figure
fits its unit; a body the pack names as a measure's counter, written as the subject of "logged"
("The Gun Violence Archive logged 503 mass shootings", round 20d gva-2024-drop), is the figure's
voice, not its owner."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.retrieve import Lookup

COUNTRY = ["NL", "country", "ノーランド", "Norland", "Norlander;Norlanders;ノーランド人", ""]
METRICS = [
    ["outbound", "出国者数", "Norland outbound travellers", "count",
     "海外旅行者数;overseas travelers;departures", "true", "count",
     "Residents of Norland leaving the country in the year"],
    ["trip_cost", "海外旅行の平均費用", "Average cost of a trip abroad", "EUR", "trip cost", "false",
     "amount", "Spending per trip"],
    ["hires", "教員の採用者数", "Teachers hired", "count", "採用者数", "", "count",
     "Teachers hired in the year"],
    ["hire_ratio", "教員の採用倍率", "Teacher hiring ratio", "x", "採用倍率", "true", "ratio",
     "Applicants per teacher hired"],
    ["road_deaths", "交通事故死者数", "road deaths", "count", "traffic deaths", "false", "count",
     "Road Watch count of people killed on the roads"],
    ["road_death_rate", "交通事故死亡率", "road death rate", "per 100,000", "road deaths per 100000", "false",
     "ratio", "Road deaths per 100,000 residents"],
]
OBSERVATIONS = [
    ["o2019", "NL", "outbound", "2019", "20.1 mn", "count", "stat", ""],
    ["o2024", "NL", "outbound", "2024", "13.0 mn", "count", "stat", ""],
    ["o2025", "NL", "outbound", "2025", "14.7 mn", "count", "stat", ""],
    ["c2025", "NL", "trip_cost", "2025", "2100", "EUR", "stat", ""],
    ["h2024", "NL", "hires", "2024", "30000", "count", "stat", ""],
    ["h2025", "NL", "hires", "2025", "28000", "count", "stat", ""],
    ["r2025", "NL", "hire_ratio", "2025", "3.2", "x", "stat", ""],
    ["d2023", "NL", "road_deaths", "2023", "2900", "count", "stat", ""],
    ["d2024", "NL", "road_deaths", "2024", "2600", "count", "stat", ""],
    ["dr2024", "NL", "road_death_rate", "2024", "2.4", "per 100,000", "stat", ""],
]
ENTITIES = [["RW", "organization", "ロードウォッチ", "Road Watch", "RW", "NL"],
            ["TB", "organization", "旅行局", "Travel Board", "", "NL"]]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "verb-phrase", METRICS, OBSERVATIONS, entities=ENTITIES, country=COUNTRY
    )


def _read(said: str, pack: Pack) -> tuple[str, list[str]]:
    d = diagnose(said, pack, as_of="2026-03-01")
    return d.rating, [i for c in d.checks for i in c.evidence]


def test_a_verb_phrase_names_the_count(pack: Pack) -> None:
    rating, evidence = _read("In 2025 the number of Norlanders going overseas topped 14 million.", pack)
    assert rating == "true"
    assert "o2025" in evidence


def test_the_linked_count_is_checked(pack: Pack) -> None:
    rating, evidence = _read("Fewer Norlanders went abroad in 2025 than in 2024.", pack)
    assert rating in ("false", "mostly_false")
    assert set(evidence) == {"o2024", "o2025"}


def test_a_count_of_people_by_its_predicate(pack: Pack) -> None:
    said = "Norland outbound travel is booming: 14.7 million people left the country in 2025."
    rating, evidence = _read(said, pack)
    assert rating == "true"
    assert evidence == ["o2025"]


def test_a_japanese_relative_clause_names_the_agent_noun(pack: Pack) -> None:
    rating, evidence = _read("ノーランドでは採用される人数が2025年に減った。", pack)
    assert rating == "true"
    assert set(evidence) == {"h2024", "h2025"}
    rating, _ = _read("ノーランドでは採用される人数が2025年に増えた。", pack)
    assert rating in ("false", "mostly_false")


def test_a_figure_of_another_dimension_links_nothing(pack: Pack) -> None:
    # a percentage is no value of a count of travellers, nor of the trip's cost
    rating, evidence = _read("In 2025 Norlanders going overseas topped 14 percent.", pack)
    assert rating == "unverifiable"
    assert evidence == []


def test_a_bare_figure_two_measures_fit_links_neither(pack: Pack) -> None:
    # "road deaths" and "road deaths per 100000": a bare figure is of either dimension
    rating, _ = _read("About 2,600 Norlanders lost their lives on the roads in 2024.", pack)
    assert rating == "unverifiable"


def test_a_counter_named_as_subject_is_the_voice(pack: Pack) -> None:
    rating, evidence = _read("Road Watch logged 2,600 road deaths in 2024, down from 2,900 in 2023.", pack)
    assert rating == "true"
    assert set(evidence) == {"d2023", "d2024"}


def test_a_body_the_pack_does_not_name_as_counter_owns_nothing(pack: Pack) -> None:
    # the Travel Board counts nothing of the pack: its figure is not read as Norland's
    rating, _ = _read("The Travel Board logged 2,600 road deaths in 2024.", pack)
    assert rating == "unverifiable"


def test_never_is_not_settled_by_one_period(pack: Pack) -> None:
    said = "Norland has never had more than 20 million people travel abroad in a single year."
    rating, _ = _read(said, pack)
    assert rating != "true"


def test_a_tie_between_two_measures_links_neither(tmp_path_factory: pytest.TempPathFactory) -> None:
    metrics = [
        ["by_air", "空路の出国者数", "overseas travelers by air", "count", "", "true", "count", ""],
        ["by_sea", "海路の出国者数", "overseas travelers by sea", "count", "", "true", "count", ""],
    ]
    observations = [
        ["a2025", "NL", "by_air", "2025", "14.7 mn", "count", "stat", ""],
        ["s2025", "NL", "by_sea", "2025", "14.7 mn", "count", "stat", ""],
    ]
    tie = small_pack(tmp_path_factory, "verb-phrase-tie", metrics, observations, country=COUNTRY)
    rating, evidence = _read("In 2025 the number of Norlanders going overseas topped 14 million.", tie)
    assert rating == "unverifiable"
    assert evidence == []


BILL_METRICS = [["avg_bill", "平均水道料金", "average water bill", "EUR", "water bill;water bills", "false",
                 "amount", "Average household water bill"]]
BILL_ENTITIES = [["NW", "other", "ノーランド・ウェストランド", "Norland and Westland", "", ""],
                 ["acme", "company", "アクメ水道", "Acme Water", "", "NL"]]


def test_a_measure_no_one_is_named_for_is_the_place_s(tmp_path_factory: pytest.TempPathFactory) -> None:
    observations = [["b-nw", "NW", "avg_bill", "2025", "600", "EUR", "stat", ""],
                    ["b-acme", "acme", "avg_bill", "2025", "700", "EUR", "stat", ""]]
    bills = small_pack(tmp_path_factory, "verb-phrase-bills", BILL_METRICS, observations,
                       entities=BILL_ENTITIES, country=COUNTRY)
    rating, evidence = _read("In 2025 our water bills averaged €600.", bills)
    assert rating == "true"
    assert evidence == ["b-nw"]


def test_two_places_own_it_and_neither_is_taken(tmp_path_factory: pytest.TempPathFactory) -> None:
    entities = [*BILL_ENTITIES, ["SL", "other", "サウスランド", "Southland", "", ""]]
    observations = [["b-nw", "NW", "avg_bill", "2025", "600", "EUR", "stat", ""],
                    ["b-sl", "SL", "avg_bill", "2025", "900", "EUR", "stat", ""]]
    bills = small_pack(tmp_path_factory, "verb-phrase-bills2", BILL_METRICS, observations,
                       entities=entities, country=COUNTRY)
    rating, _ = _read("In 2025 our water bills averaged €600.", bills)
    assert rating == "unverifiable"


# -- the direction of motion (review findings 9, 10): a paraphrase links a measure only by its
# head word and in the direction its verb phrase says; unsure is no link


def test_arrivals_and_returnees_are_not_departures(pack: Pack) -> None:
    # 入国者数 and 帰国者数 share 国者 and 数 with 出国者数, never 出国
    for said in ("2025年に入国した人は約1470万人だった。", "2025年に帰国した人は約1470万人だった。"):
        rating, evidence = _read(said, pack)
        assert rating == "unverifiable", said
        assert evidence == []


def test_departures_said_by_their_verbal_noun_still_link(pack: Pack) -> None:
    rating, evidence = _read("2025年に出国した人は約1470万人だった。", pack)
    assert rating == "true"
    assert evidence == ["o2025"]
    rating, evidence = _read("2025年に海外に行った人の数は約1470万人だった。", pack)
    assert rating == "true"
    assert evidence == ["o2025"]


INBOUND_METRICS = [
    ["inbound", "外国人入国者数", "overseas travellers to Norland", "count", "inbound travellers;入国者数",
     "true", "count", "Foreign residents entering Norland in the year"],
]
INBOUND_OBSERVATIONS = [["i2025", "NL", "inbound", "2025", "30.0 mn", "count", "stat", ""]]


@pytest.fixture(scope="module")
def inbound(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "verb-phrase-inbound", INBOUND_METRICS, INBOUND_OBSERVATIONS, country=COUNTRY
    )


@pytest.mark.parametrize(
    "said",
    [
        "In 2025 about 30 million people left the country.",
        "About 30 million Norlanders travelled abroad in 2025.",
        "In 2025 about 30 million people went overseas.",
        "2025年に海外に行った人の数は約3000万人だった。",
        "2025年に国を出た人の数は約3000万人だった。",
        "2025年にノーランドから海外に行った人の数は約3000万人だった。",
    ],
)
def test_going_out_is_not_a_count_of_arrivals(inbound: Pack, said: str) -> None:
    rating, evidence = _read(said, inbound)
    assert rating == "unverifiable"
    assert evidence == []


def test_coming_in_is_the_count_of_arrivals(inbound: Pack) -> None:
    rating, evidence = _read("2025年に入国した人は約3000万人だった。", inbound)
    assert rating == "true"
    assert evidence == ["i2025"]


def test_a_goal_or_origin_says_the_direction(inbound: Pack) -> None:
    lookup = Lookup.of(inbound)
    assert lookup.motion_of("overseas travellers to Norland", ("NL",)) == {"in"}
    assert lookup.motion_of("Norlanders' trips from Norland", ("NL",)) == {"out"}
    assert lookup.motion_of("overseas travellers to Norland", ()) == {"in", "out"}  # seen from nowhere
    assert lookup.motion_of("overseas travellers", ("NL",)) == frozenset()
