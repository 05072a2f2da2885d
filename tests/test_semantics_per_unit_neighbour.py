"""A unit of division the claim states (「1戸当たり」, "per farm") is carried by the measure it is
checked on (docs/verdict-rules.md §4.13, "Qualifiers of the measure", session 29 helper neigh2):

- a measure whose name writes the division tells the pack's measures apart by it even when its
  unit is a rate (「1戸当たり乳用牛飼養頭数」 in head/farm): a per-farm claim is never checked on the
  farm count its words also name (blind round 28 jp-dairy c13, c26);
- the measure taken is the per-farm neighbour of whichever linked measure it qualifies (乳牛, named
  after 酪農家), not only of the first one linked;
- a per-X claim (X not a person) when the pack holds only totals is unknown, not a verdict on the
  total; a claim of the total still reads the total.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

FARMS = ["farms", "乳用牛飼養戸数", "Dairy farms", "count", "酪農家戸数;酪農家;dairy farms;dairy farmers",
         "true", "count", ""]
CATTLE = ["cattle", "乳用牛飼養頭数", "Dairy cattle", "head", "乳牛頭数;乳牛;dairy cows;dairy cattle", "true",
          "count", ""]
PER_FARM = ["per_farm", "1戸当たり乳用牛飼養頭数", "Dairy cattle per farm", "head/farm",
            "1戸当たり飼養頭数;cows per farm", "true", "ratio", "乳用牛飼養頭数を飼養戸数で割った値。"]
OBS_TOTALS = [
    ["f24", "NL", "farms", "2024", "11900", "count", "stat", ""],
    ["f25", "NL", "farms", "2025", "11300", "count", "stat", ""],
    ["c24", "NL", "cattle", "2024", "1313000", "head", "stat", ""],
    ["c25", "NL", "cattle", "2025", "1293000", "head", "stat", ""],
]
OBS_PER = [
    ["p24", "NL", "per_farm", "2024", "110.3", "head/farm", "stat", ""],
    ["p25", "NL", "per_farm", "2025", "114.4", "head/farm", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    metrics = [FARMS, CATTLE, PER_FARM]
    return small_pack(tmp_path_factory, "per-farm", metrics, OBS_TOTALS + OBS_PER, language="ja")


@pytest.fixture(scope="module")
def totals(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "totals-only", [FARMS, CATTLE], OBS_TOTALS, language="ja")


def _evidence(pack: Pack, said: str) -> tuple[str, list[str]]:
    d = diagnose(said, pack, as_of="2025-06-01")
    return d.rating, [i for c in d.checks for i in c.evidence]


@pytest.mark.parametrize("said", [
    "ノーランドの酪農家1戸当たりの乳牛は2025年に114頭だった。",
    "ノーランドの1戸当たりの飼養頭数は2025年に114頭だった。",
    "Norland had 114 dairy cows per farm in 2025.",
])
def test_a_per_farm_level_is_read_on_the_per_farm_measure(pack: Pack, said: str) -> None:
    rating, evidence = _evidence(pack, said)
    assert evidence == ["p25"], said
    assert rating in ("true", "mostly_true"), said


@pytest.mark.parametrize("said", [
    "ノーランドの酪農家1戸当たりの飼養頭数は2025年に減った。",
    "Dairy cattle per farm in Norland fell in 2025.",
])
def test_a_per_farm_change_is_not_settled_by_the_farm_count(pack: Pack, said: str) -> None:
    # the farm count falls and would confirm it; head per farm rises and refutes it
    rating, evidence = _evidence(pack, said)
    assert "f25" not in evidence and "p25" in evidence, said
    assert rating in ("false", "mostly_false"), said


@pytest.mark.parametrize("said, obs", [
    ("ノーランドの酪農家は2025年に1万1300戸だった。", "f25"),
    ("ノーランドの乳牛は2025年に129万3000頭だった。", "c25"),
    ("Norland had 11,300 dairy farms in 2025.", "f25"),
])
def test_a_total_still_reads_the_total(pack: Pack, said: str, obs: str) -> None:
    rating, evidence = _evidence(pack, said)
    assert evidence == [obs], said
    assert rating == "true", said


@pytest.mark.parametrize("said", [
    "ノーランドの酪農家1戸当たりの乳牛は2025年に114頭だった。",
    "ノーランドの1戸当たりの飼養頭数は2025年に減った。",
    "Norland had 114 dairy cows per farm in 2025.",
])
def test_per_farm_when_the_pack_holds_only_totals_is_unknown(totals: Pack, said: str) -> None:
    d = diagnose(said, totals, as_of="2025-06-01")
    assert d.rating == "unverifiable", said


def test_a_total_in_the_totals_pack_is_read(totals: Pack) -> None:
    rating, evidence = _evidence(totals, "ノーランドの酪農家は2025年に1万1300戸だった。")
    assert (rating, evidence) == ("true", ["f25"])
