"""A dated figure of a measure the claim names, read as an event that the claim's own date
contradicts: the measure's value (or change) at that date decides, not an event that only shares
the figure or the measure's words (docs/verdict-rules.md §4.13, "an event the date contradicts";
blind round 19c uk-energy-price-cap july-2024-cap-ja and april-2025-rise)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["cap", "エネルギー価格上限額", "Energy price cap level", "EUR", "price cap;the cap;typical bill;上限額",
     "false", "amount", ""],
]
OBSERVATIONS = [
    ["o1", "NL", "cap", "2023-Q2", "3280", "EUR", "stat", ""],
    ["o2", "NL", "cap", "2024-Q2", "1690", "EUR", "stat", ""],
    ["o3", "NL", "cap", "2024-Q3", "1568", "EUR", "stat", ""],
    ["o4", "NL", "cap", "2025-Q1", "1738", "EUR", "stat", ""],
    ["o5", "NL", "cap", "2025-Q2", "1849", "EUR", "stat", ""],
]
ENTITIES = [
    ["nea", "organization", "ノーランドエネルギー庁", "Norland Energy Authority",
     "NEA;the regulator;エネルギー庁", "NL"],
]
#: a source published before the claims (a later one would keep its values from them)
SOURCES = [["stat", "Statistics", "Office", "", "2020", "statistics", "en"]]
EVENTS = [
    ["e1", "2023-02-27", "", "nea;NL", "regulation", "エネルギー庁が4月からの上限額を年3,280ユーロに引き下げ",
     "NEA lowers the cap to €3,280 from April 2023", "3280", "EUR", "stat", "2", ""],
    ["e2", "2023-07-01", "", "nea;NL", "milestone", "上限額(2,074ユーロ)が保証を下回り、請求は上限額に戻る",
     "Cap (€2,074) falls below the guarantee; bills follow the cap again", "2074", "EUR", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(
        tmp_path_factory, "series-before-event", METRICS, OBSERVATIONS, ENTITIES, EVENTS, sources=SOURCES
    )


def test_level_of_the_period_decides_in_japanese(pack: Pack) -> None:
    d = diagnose("2024年7月、エネルギー庁の上限額は年1,568ユーロまで下がった", pack, as_of="2024-07-05")
    assert d.rating == "true" and d.checks[0].evidence == ["o3"]


def test_change_of_the_period_decides_in_english(pack: Pack) -> None:
    d = diagnose("The NEA's April 2025 rise added about €110 a year to the typical bill.", pack,
                 as_of="2025-03-01")
    assert d.rating == "true" and d.checks[0].evidence == ["o4", "o5"]


def test_level_in_english_and_change_in_japanese(pack: Pack) -> None:
    d = diagnose("In July 2024 the NEA's price cap fell to €1,568 a year.", pack, as_of="2024-07-05")
    assert d.rating == "true" and d.checks[0].evidence == ["o3"]
    d = diagnose("2025年4月、エネルギー庁の上限額は年約110ユーロ上がった", pack, as_of="2025-03-01")
    assert d.rating == "true" and d.checks[0].evidence == ["o4", "o5"]


def test_a_wrong_figure_still_fails_on_the_series(pack: Pack) -> None:
    # negative: the series decides both ways; a figure it does not hold is not saved by the event
    d = diagnose("2024年7月、エネルギー庁の上限額は年900ユーロまで下がった", pack, as_of="2024-07-05")
    assert d.rating == "false" and d.checks[0].evidence == ["o3"]


def test_no_value_of_the_period_leaves_the_event(pack: Pack) -> None:
    # negative: with no value of the claimed period the measure cannot decide; the event stays
    d = diagnose("In July 2021 the NEA cut the cap to €3,280 a year.", pack, as_of="2025-01-01")
    assert d.rating == "false" and d.checks[0].evidence == ["e1"]


def test_an_event_of_the_claimed_date_still_decides(pack: Pack) -> None:
    # negative: the date holds, so the event is the happening the claim speaks of
    d = diagnose("In February 2023 the NEA lowered the cap to €3,280 a year.", pack, as_of="2023-03-01")
    assert d.rating == "true" and d.checks[0].evidence == ["e1"]


def test_each_figure_to_a_level_with_its_own_date_is_its_own_event(pack: Pack) -> None:
    # "to X in P1 and to Y in P2": each figure against the event of its own date (blind round4
    # au-energy cis-32-then-50), not both against the first event
    d = diagnose("The NEA cut the cap to €3,280 in February 2023 and to €2,074 in July 2023.", pack,
                 as_of="2023-08-01")
    assert d.rating == "true" and [c.evidence for c in d.checks] == [["e1"], ["e2"]]
    wrong = diagnose("The NEA cut the cap to €3,280 in February 2023 and to €1,900 in July 2023.", pack,
                     as_of="2023-08-01")
    assert wrong.rating not in ("true", "mostly_true") and wrong.checks[1].evidence == ["e2"]


def test_from_one_period_to_another_stays_one_change(pack: Pack) -> None:
    # negative: "from X in P1 to Y in P2" is one change between the two, not two levels
    d = diagnose("The cap went from €3,280 in April 2023 to €1,690 in April 2024.", pack, as_of="2024-08-01")
    assert len(d.checks) == 1 and d.checks[0].evidence == ["o1", "o2"] and d.rating == "true"
