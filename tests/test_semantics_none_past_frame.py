""""No X / None of the X / No other X + verb + more … than Y" (docs/verdict-rules.md §2, the
negated comparison over the compared; review findings 1, 2, 8, 12, 14, 19): Y is ranked first of
the X only where the negative quantifier is the subject's determiner; a figure after "than" bounds
every X; a "no" elsewhere in the clause ("with no end in sight", "no longer", "there is no doubt
that …") is left to the ordinary reading."""

from __future__ import annotations

import time

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline import lexicon as lx
from shingi.pipeline.claims.cues import _NONE_MORE_THAN_EN, none_past_a_figure, none_past_a_name
from shingi.pipeline.diagnose import diagnose

COUNTRY = ["NL", "country", "ノーランド", "Norland", "", ""]
ENTITIES = [
    ["OS", "country", "オストランド", "Ostland", "", ""],
    ["WL", "country", "ウエストランド", "Westland", "", ""],
    ["SL", "country", "サウスランド", "Southland", "", ""],
    ["EL", "country", "イーストランド", "Eastland", "", ""],
]
METRICS = [
    ["gdpg", "実質GDP成長率", "real GDP growth", "%", "economic growth;経済成長率", "true", "growth", ""],
    ["debt", "政府債務残高", "government debt", "%", "debt ratio;債務残高", "false", "share", ""],
    ["exp", "輸出額", "exports", "USD", "輸出", "true", "amount", ""],
]
GROWTH = {"NL": 3.0, "OS": 2.5, "SL": 1.1, "EL": 0.7, "WL": 0.1}
DEBT = {"NL": 255, "EL": 140, "OS": 120, "SL": 110, "WL": 65}
EXPORTS = {"NL": 720, "OS": 2000, "SL": 650, "EL": 680, "WL": 1700}
OBSERVATIONS = (
    [[f"g{k}", k, "gdpg", "2023", str(v), "%", "stat", ""] for k, v in GROWTH.items()]
    + [[f"d{k}", k, "debt", "2023", str(v), "%", "stat", ""] for k, v in DEBT.items()]
    + [[f"x{k}", k, "exp", "2023", f"{v} bn", "USD", "stat", ""] for k, v in EXPORTS.items()]
)


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "none-past", METRICS, OBSERVATIONS, entities=ENTITIES, country=COUNTRY
    )


def _rating(said: str, pack: Pack) -> str:
    return diagnose(said, pack, as_of="2024-06-01").rating


@pytest.mark.parametrize(
    "said",
    [
        # finding 1: a "no" outside the subject is no quantifier of the comparison (Norland 720 bn
        # is below Ostland's 2 trn: the plain comparison fails)
        "With no end in sight, Norland exported more than Ostland in 2023.",
        "Norland, with no help from its currency, exported more than Ostland in 2023.",
    ],
)
def test_a_no_outside_the_subject_leaves_the_comparison(pack: Pack, said: str) -> None:
    assert _rating(said, pack) == "false"


def test_one_set_apart_is_no_ranking_of_all(pack: Pack) -> None:
    # finding 1: "other than" is no comparative; Westland (1.7 trn) is past Norland: never true
    said = "No country other than Ostland exported more than Norland in 2023."
    assert _rating(said, pack) == "unverifiable"


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("No country exported more than Ostland in 2023.", "true"),
        ("No country exported more than Eastland in 2023.", "false"),
        # finding 2: the one after than is ranked with "higher", "lower", "larger" as with "more"
        ("No country had higher real GDP growth than Westland in 2023.", "false"),
        ("No country had higher real GDP growth than Norland in 2023.", "true"),
        ("No country had higher government debt than Southland in 2023.", "false"),
        ("No country had lower real GDP growth than Westland in 2023.", "true"),
        ("No country had lower real GDP growth than Norland in 2023.", "false"),
        ("No country had larger exports than Eastland in 2023.", "false"),
        ("In 2023, none of the countries had larger exports than Ostland.", "true"),
    ],
)
def test_the_comparand_is_ranked(pack: Pack, said: str, rating: str) -> None:
    assert _rating(said, pack) == rating


def test_the_comparand_is_ranked_in_japanese_too(pack: Pack) -> None:
    assert _rating("2023年、ウエストランドより実質GDP成長率が高い国はなかった。", pack) == "false"


def test_a_figure_after_than_bounds_every_one(pack: Pack) -> None:
    # finding 8: Ostland, Westland and Norland are past half a trillion: the claim is refuted
    said = "No country exported more than half a trillion dollars in 2023."
    assert _rating(said, pack) in ("false", "mostly_false")
    # none of the pack's countries is past three trillion, but the pack need not hold every one
    assert _rating("No country exported more than three trillion dollars in 2023.", pack) == "unverifiable"
    # a class that is none of the pack's kinds: no peer is checked in its place
    assert _rating("No company exported more than half a trillion dollars in 2023.", pack) == "unverifiable"


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        # finding 12: "no longer" negates the comparison (Norland is below Ostland)
        ("Norland no longer exports more than Ostland.", "true"),
        # "there is no doubt that …": the negative is of the doubt, the comparison stands
        ("There is no doubt that Southland exported less than Eastland in 2023.", "true"),
        ("There is no doubt that Eastland exported less than Southland in 2023.", "false"),
    ],
)
def test_a_negative_of_its_own_is_left_to_the_ordinary_reading(pack: Pack, said: str, rating: str) -> None:
    assert _rating(said, pack) == rating


def test_one_figure_guard_for_the_cue_and_the_frame(pack: Pack) -> None:
    # finding 14: "three times its GDP" is a figure in both the cue and the frame
    said = "No country had government debt higher than three times its GDP in 2023."
    assert none_past_a_name(said) is None and none_past_a_figure(said) is not None
    assert not lx.has(lx.NONE_PAST, said)
    assert _rating(said, pack) != "true"
    assert lx.has(lx.NONE_PAST, "No country had government debt higher than Westland in 2023.")


def test_only_listed_comparatives_and_the_subjects_own_no() -> None:
    assert none_past_a_name("No country other than Ostland exported more than Norland.") is None
    assert none_past_a_name("No water company's spills lasted longer than Thames Water's.") is not None
    assert none_past_a_name("There is no country that exports more than Norland.") is not None
    assert none_past_a_name("There is no doubt that Southland exported more than Eastland.") is None
    assert none_past_a_name("Norland exported no more than Ostland, with no water over the dam.") is None


def test_the_frame_is_searched_in_linear_time() -> None:
    # finding 19: bounded gaps, no cubic backtracking over a long run of words
    start = time.perf_counter()
    _NONE_MORE_THAN_EN.search("no water " * 600)
    _NONE_MORE_THAN_EN.search("No water, " * 600)
    assert time.perf_counter() - start < 0.5
