"""A change said in the progressive with no period ("inflation is falling", 「減少しつつある」) is the
latest step, not the whole series; "falling" and "dropping" are change words as "rising" is. A
measure whose definition says its values are percent changes of a level ("percent change of food
prices against the same month a year earlier") is a growth measure whatever kind the writer gave:
"food prices are falling" asks for a value below zero, "food inflation is falling" for a lower
value (src/shingi/pipeline/checks/changes.py). (Blind round 8b uk-inflation food-falling,
double-target; round 8c spain-jobs emp-fell-q3, fast-fall.)"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["food", "食料品の物価上昇率", "Food inflation (12-month rate)", "%", "food prices;食料品価格", "false",
     "ratio", "Percent change of food prices against the same month a year earlier"],
    ["jobs", "就業者数", "Employed persons", "count", "employment;就業者", "true", "count", ""],
]
OBSERVATIONS = [
    ["f1", "NL", "food", "2025-01", "1.0", "%", "stat", ""],
    ["f2", "NL", "food", "2025-02", "4.5", "%", "stat", ""],
    ["f3", "NL", "food", "2025-03", "3.6", "%", "stat", ""],
    ["j1", "NL", "jobs", "2024-Q3", "100", "count", "stat", ""],
    ["j2", "NL", "jobs", "2024-Q4", "110", "count", "stat", ""],
    ["j3", "NL", "jobs", "2025-Q1", "105", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "progressive-changes", METRICS, OBSERVATIONS)


def test_is_falling_is_the_latest_step(pack: Pack) -> None:
    d = diagnose("Employment is falling.", pack, as_of="2025-05-01")
    assert d.checks[0].kind == "change" and d.checks[0].evidence == ["j2", "j3"]
    assert d.rating == "true"  # 110 -> 105, though above the series' first value
    assert diagnose("Employment is rising.", pack, as_of="2025-05-01").rating == "false"


def test_japanese_progressive_is_the_latest_step(pack: Pack) -> None:
    d = diagnose("就業者数は減少しつつある", pack, as_of="2025-05-01")
    assert d.checks[0].evidence == ["j2", "j3"] and d.rating == "true"


def test_prices_falling_on_a_measure_of_percent_changes_is_its_sign(pack: Pack) -> None:
    # food inflation fell from 4.5 % to 3.6 %: food prices still rise, more slowly
    d = diagnose("Food prices are falling now.", pack, as_of="2025-04-15")
    assert d.checks[0].evidence == ["f3"] and d.rating == "false"
    assert diagnose("Food inflation is falling.", pack, as_of="2025-04-15").rating == "true"


def test_japanese_te_iru_of_a_change_verb_is_the_latest_step(pack: Pack) -> None:
    # 「減っている」 with no period says what is happening now (blind round 16 jp-labour-market
    # nonreg-falling): 110 -> 105, though the series' first value (100) is lower still
    d = diagnose("就業者数は減っている", pack, as_of="2025-05-01")
    assert d.checks[0].evidence == ["j2", "j3"] and d.rating == "true"
    assert diagnose("就業者数は増加している", pack, as_of="2025-05-01").rating == "false"
    # the English progressive reads the same
    assert diagnose("Employment is falling.", pack, as_of="2025-05-01").rating == "true"


def test_japanese_te_iru_with_a_period_keeps_its_window(pack: Pack) -> None:
    # 「2024年7-9月期より増えている」 names the base: 100 -> 105, not the latest step
    d = diagnose("就業者数は2024年7-9月期と比べて増えている", pack, as_of="2025-05-01")
    assert d.rating == "true"


@pytest.mark.parametrize("claim", ["Employment has been falling.", "Employment is now falling."])
def test_has_been_falling_is_the_latest_step(pack: Pack, claim: str) -> None:
    # the present perfect progressive says the change goes on at the claim's "now", as "is falling"
    d = diagnose(claim, pack, as_of="2025-05-01")
    assert d.checks[0].evidence == ["j2", "j3"] and d.rating == "true"
    assert diagnose(claim.replace("falling", "rising"), pack, as_of="2025-05-01").rating == "false"


# A run said to have lasted (a duration, or a word of a run kept up) is read over the run, not as its
# latest step (review H3; blind round 17b jp-tokyo-migration digiden_falling, 「着実に減っている」 with
# three rises to the latest year). Nine falls and then one rise: not "rising" for years.
RUN_METRICS = [["ex", "輸出額", "Exports", "USD", "", "true", "amount", ""]]
RUN_OBSERVATIONS = [
    [f"a{y}", "NL", "ex", str(y), str(v), "USD", "stat", ""]
    for y, v in [(2015, 200), (2016, 190), (2017, 180), (2018, 170), (2019, 160), (2020, 150),
                 (2021, 140), (2022, 130), (2023, 120), (2024, 125)]
]


@pytest.fixture(scope="module")
def run_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "progressive-runs", RUN_METRICS, RUN_OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    "Norland's exports have been rising for a decade.",
    "Norland's exports have been rising for years.",
    "Norland's exports have been steadily rising.",
    "Norland's exports are consistently rising.",
    "ノーランドの輸出額は長年増えている。",
    "ノーランドの輸出額は着実に増えている。",
    "ノーランドの輸出額は何年も増えている。",
    "ノーランドの輸出額は一貫して増えている。",
])
def test_a_run_said_in_the_progressive_is_read_over_the_run(run_pack: Pack, claim: str) -> None:
    d = diagnose(claim, run_pack, as_of="2025-06-01")
    assert d.rating in ("false", "mostly_false", "unverifiable"), d.rating
    # the bare progressive still reads the latest step (120 -> 125)
    bare = "Norland's exports are rising." if claim.isascii() else "ノーランドの輸出額は増えている。"
    assert diagnose(bare, run_pack, as_of="2025-06-01").rating == "true"


def test_a_run_of_a_said_length_counts_back_from_the_latest_value(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # falls to 2019, then five rises: "for five years" holds on 2019 -> 2024; "for a decade" is the
    # ten years to 2024 (2015 -> 2024, four falls in nine steps), never the series from 2005
    rows = [[f"a{y}", "NL", "ex", str(y), str(v), "USD", "stat", ""] for y, v in (
        (2005, 300), (2010, 250), (2015, 200), (2016, 190), (2017, 180), (2018, 170), (2019, 160),
        (2020, 170), (2021, 180), (2022, 190), (2023, 200), (2024, 210))]
    pack = norland_pack(tmp_path_factory, "progressive-run-length", RUN_METRICS, rows)
    d = diagnose("Norland's exports have been rising for five years.", pack, as_of="2025-06-01")
    assert d.rating == "true" and d.checks[0].evidence[:2] == ["a2019", "a2024"]
    d = diagnose("Norland's exports have been rising for a decade.", pack, as_of="2025-06-01")
    assert d.rating in ("mostly_false", "false") and d.checks[0].evidence[:2] == ["a2015", "a2024"]
