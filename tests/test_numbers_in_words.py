"""Numbers said in words and the bound words around a figure (docs/verdict-rules.md §4.1), on one
small pack: a count of vacant homes and of deaths, by region. Each test asserts what a reader
checks: the rating and the figures the engine compared."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "numbers-in-words",
        [["vacant", "空き家数", "vacant homes", "戸", "空き家", "false", "count"],
         ["deaths", "死者数", "measles deaths", "", "deaths", "false", "count"],
         ["budget", "予算", "budget", "JPY", "", "", "amount"],
         ["budget_growth", "予算の伸び率", "budget growth", "%", "", "", "growth"]],
        [["o0", "TK", "vacant", "2014", "440000", "戸", "stat", ""],
         ["o1", "TK", "vacant", "2024", "897000", "戸", "stat", ""],
         ["o3", "XA", "deaths", "2019", "12", "", "stat", ""],
         ["o2", "XA", "deaths", "2024", "24", "", "stat", ""],
         ["b1", "XA", "budget", "2023", "1.0e12", "JPY", "stat", ""],
         ["b2", "XA", "budget", "2024", "1.2e12", "JPY", "stat", "a record"],
         ["g2", "XA", "budget_growth", "2024", "20", "%", "stat", ""]],
        entities=[["TK", "other", "東都", "Tokyo Bay", "", "XA"]],
        sources=[["stat", "Statistics", "Office", "", "2025-06", "statistics", "en"]],
        country=["XA", "country", "アルカ", "Arca", "", ""],
    )


def _numbers(pack: Pack, claim: str) -> list[tuple[float, str]]:
    d = diagnose(claim, pack)
    return [(n.claimed, n.comparator) for c in d.checks for n in c.numbers]


def test_a_dozen_is_twelve(pack: Pack) -> None:
    # "about two dozen" is about 24, not about 2 (blind us-measles mexico-worse)
    d = diagnose("Arca had about two dozen measles deaths in 2024.", pack)
    assert d.rating == "true"
    assert _numbers(pack, "Arca had about two dozen measles deaths in 2024.") == [(24, "about")]
    assert diagnose("Arca had half a dozen measles deaths in 2024.", pack).rating == "false"


@pytest.mark.parametrize(("claim", "rating"), [
    ("Arca had dozens of measles deaths in 2024.", "true"),
    ("Arca had hundreds of measles deaths in 2024.", "false"),
    ("東都の空き家は2024年に数十万戸にのぼった", "true"),
    ("東都の空き家は2024年に数百万戸にのぼった", "false"),
])
def test_a_vague_count_is_the_band_it_names(pack: Pack, claim: str, rating: str) -> None:
    # dozens: 24 up to 100; 数十万: 200,000 up to 1,000,000 — a band, never one figure
    assert diagnose(claim, pack).rating == rating
    bounds = _numbers(pack, claim)
    assert [c for _, c in bounds] == ["at_least", "less_than"]


@pytest.mark.parametrize(("claim", "compared", "rating"), [
    # 89.7万 for 100万近く: 10.3 % below "a little below", past twice its 5 % → half true alone
    # (session 23; blind jp-akiya tokyo100 stays mostly true with its holding superlative)
    ("東都の空き家は2024年に100万戸近くにのぼった", (1_000_000, "less_than"), "half_true"),
    ("東都の空き家は2024年に90万戸弱だった", (900_000, "less_than"), "true"),
    # 以上 after the counter 戸 is a bound, not "exactly 100万"
    ("東都の空き家は2024年に100万戸以上あった", (1_000_000, "at_least"), "mostly_false"),
    ("東都の空き家は2024年に80万戸を超えた", (800_000, "more_than"), "true"),
])
def test_a_bound_word_after_a_counter_is_the_figures(
    pack: Pack, claim: str, compared: tuple[float, str], rating: str
) -> None:
    assert _numbers(pack, claim) == [compared]
    assert diagnose(claim, pack).rating == rating


@pytest.mark.parametrize(("claim", "compared", "rating"), [
    # the record named by its year is that year's value; the margin is the difference (12)
    ("2024 smashed the 2019 record for measles deaths in Arca by more than 10.", (10, "more_than"), "true"),
    # beaten, by a margin clearly smaller than said: mostly false (§4.1 writers' scale)
    ("2024 smashed the 2019 record for measles deaths in Arca by more than 20.", (20, "more_than"),
     "mostly_false"),
    ("Measles deaths in Arca in 2024 exceeded 2019 by about 12.", (12, "about"), "true"),
])
def test_a_margin_over_a_named_period_is_their_difference(
    pack: Pack, claim: str, compared: tuple[float, str], rating: str
) -> None:
    # blind us-measles record-by-1000 was checked against the all-time high instead
    d = diagnose(claim, pack)
    assert [(n.claimed, n.comparator) for c in d.checks for n in c.numbers] == [compared]
    assert [n.found for c in d.checks for n in c.numbers] == [12]
    assert d.rating == rating


@pytest.mark.parametrize(("claim", "compared", "rating"), [
    # 倍 alone is twice: ×2.04 from 2014 to 2024
    ("東都の空き家は2014年から2024年に倍以上に増えた", (2, "at_least"), "true"),
    ("東都の空き家は2014年から2024年に倍近くに増えた", (2, "less_than"), "mostly_true"),
])
def test_bai_alone_is_twice(pack: Pack, claim: str, compared: tuple[float, str], rating: str) -> None:
    assert _numbers(pack, claim) == [compared]
    assert diagnose(claim, pack).rating == rating


@pytest.mark.parametrize(("claim", "rating"), [
    ("Arca's budget grew about 20% in 2024 to a record ¥1.2 trillion.", "true"),
    ("Arca's budget grew about 35% in 2024 to a record ¥1.2 trillion.", "false"),
    ("Arca's budget grew about 20% in 2024 to a record ¥1.5 trillion.", "false"),
])
def test_a_record_word_qualifies_the_figure_after_it(pack: Pack, claim: str, rating: str) -> None:
    # the record is the amount's (1.2 trillion, the highest), the 20% the growth rate's: each
    # figure against its own measure (blind jp-furusato en-grew-14-record checked the record on
    # the growth rate)
    d = diagnose(claim, pack)
    assert d.rating == rating
    assert sorted(n.found for c in d.checks for n in c.numbers) == [20, 1.2e12]


@pytest.mark.parametrize(("claim", "compared", "rating"), [
    # idioms of size: "north of" is more than, "south of" less than, "shy of" a little below,
    # "in the region of" about, "-odd" a little above
    ("Arca had north of 20 measles deaths in 2024.", (20, "more_than"), "true"),
    ("Arca had south of 20 measles deaths in 2024.", (20, "less_than"), "mostly_false"),
    ("Arca had shy of 25 measles deaths in 2024.", (25, "less_than"), "true"),
    # about 25 for 24: near, but not 24 rounded to the claim's digits (§4.1): mostly true
    ("Arca had in the region of 25 measles deaths in 2024.", (25, "about"), "mostly_true"),
    ("Arca had in the region of 24 measles deaths in 2024.", (24, "about"), "true"),
    ("Arca had 20-odd measles deaths in 2024.", (20, "at_least"), "true"),
    ("Arca had 30-odd measles deaths in 2024.", (30, "at_least"), "mostly_false"),
])
def test_idioms_of_size_are_bounds(pack: Pack, claim: str, compared: tuple[float, str], rating: str) -> None:
    # "20-odd" is a band, 20 up to under 30, as 「20人台」 is
    assert _numbers(pack, claim)[:1] == [compared]
    assert diagnose(claim, pack).rating == rating



@pytest.fixture(scope="module")
def applicants(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "applicants",
        [["asy", "難民申請者数", "asylum applicants", "people", "asylum applicants;難民申請者", "false",
          "count"]],
        [["a1", "NL", "asy", "2024", "150000", "people", "stat", ""],
         ["a2", "NL", "asy", "2023", "2300000", "people", "stat", ""]],
    )


@pytest.mark.parametrize(("claim", "compared", "rating"), [
    # units and tens add, "hundred" multiplies what is before it, a scale word closes a group
    # (review M4: "one hundred fifty thousand" was read as 50, "two hundred thousand" as 100)
    ("In 2024 Norland received one hundred fifty thousand asylum applicants.", (150_000, "exactly"), "true"),
    ("In 2024 Norland received a hundred and fifty thousand asylum applicants.", (150_000, "exactly"),
     "true"),
    ("In 2024 Norland received two hundred thousand asylum applicants.", (200_000, "exactly"), "false"),
    ("In 2023 Norland received two million three hundred thousand asylum applicants.", (2_300_000, "exactly"),
     "true"),
    ("In 2024 Norland received more than one hundred twenty-five thousand asylum applicants.",
     (125_000, "more_than"), "true"),
    ("2024年、ノーランドの難民申請者は十五万人だった。", (150_000, "exactly"), "true"),
])
def test_a_number_in_several_words_is_their_sum(
    applicants: Pack, claim: str, compared: tuple[float, str], rating: str
) -> None:
    assert _numbers(applicants, claim) == [compared]
    assert diagnose(claim, applicants).rating == rating


def test_words_that_are_no_one_number_stay_apart(applicants: Pack) -> None:
    # "two thousand and twenty-four" said alone is a year in words, no amount
    claim = "In two thousand and twenty-four Norland received 150,000 asylum applicants."
    assert _numbers(applicants, claim) == [(150_000, "exactly")]
