"""The owner's name is no word of a measure's name (docs/verdict-rules.md §3): "Norland's vehicle
production" does not name "new vehicle sales in Norland" by "vehicle" and the owner alone (the
owner is said of every measure of the clause; the name's own noun, sales, is not said). A small
pack built here."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["production", "国内生産台数", "domestic vehicle production", "vehicles", "国内生産;domestic production",
     "true", "amount", ""],
    ["sales", "国内新車販売台数", "new vehicle sales in Norland", "vehicles", "新車販売;new car sales",
     "true", "amount", ""],
]
OBSERVATIONS = [
    ["p1", "NL", "production", "2024", "8234645", "vehicles", "stat", ""],
    ["s1", "NL", "sales", "2024", "4421494", "vehicles", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "owner-is-no-name-word", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "found"), [
    ("Norland's vehicle production fell to around 8.23 million in 2024.", 8234645.0),
    ("Norland's new vehicle sales fell to around 4.4 million in 2024.", 4421494.0),
    ("New vehicle sales in Norland were about 4.4 million in 2024.", 4421494.0),
])
def test_each_measure_by_its_own_noun(claim: str, found: float, pack: Pack) -> None:
    d = diagnose(claim, pack)
    assert d.rating == "true"
    assert [n.found for c in d.checks for n in c.numbers] == [found]


def test_production_is_not_checked_on_sales(pack: Pack) -> None:
    # 4.4 million is the sales figure, not production's 8.23 million
    assert diagnose("Norland's vehicle production was about 4.4 million in 2024.", pack).rating in (
        "false", "mostly_false", "unverifiable")
