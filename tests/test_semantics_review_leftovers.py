"""Review findings left from session 18, fixed in session 19 (helper `reviewleft`; docs/verdict-rules.md
§4.7 "A change of one year across a gap", "A run said with no count", "In a single year"; §4.8 "A net
flow's side words"; claims/periods.py "a year naming a thing")."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

_COUNT = [["cnt", "相談件数", "consultations", "cases", "", "", "count", ""]]


def _pack(tmp: pytest.TempPathFactory, name: str, rows: list[tuple[str, str]]) -> Pack:
    return small_pack(tmp, name, _COUNT, [
        [f"o{p}", "NL", "cnt", p, v, "cases", "stat", ""] for p, v in rows
    ])


def _rating(pack: Pack, said: str, as_of: str = "2025-06-01") -> str:
    return diagnose(said, pack, as_of=as_of).rating


@pytest.fixture(scope="module")
def every_two_years(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    # a survey every two years: 2024's value set against 2022's is a change over two years
    return _pack(tmp_path_factory, "biennial", [("2020", "100"), ("2022", "90"), ("2024", "120")])


@pytest.fixture(scope="module")
def yearly(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    # rose to 2021, then fell for three years: "for years" is not the whole series
    values = (100, 110, 120, 130, 140, 150, 170, 160, 150, 140)
    rows = [(str(y), str(v)) for y, v in zip(range(2015, 2025), values, strict=True)]
    return _pack(tmp_path_factory, "yearly", rows)


@pytest.fixture(scope="module")
def rising(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    rows = [(str(y), str(100 + 10 * i)) for i, y in enumerate(range(2015, 2025))]
    return _pack(tmp_path_factory, "rising", rows)


@pytest.fixture(scope="module")
def collapse(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(tmp_path_factory, "collapse", [("2022", "300"), ("2023", "1000"), ("2024", "320")])


@pytest.mark.parametrize("said", [
    "Norland's consultations rose in 2024.",
    "2024年、ノーランドの相談件数は増えた。",
])
def test_a_year_change_across_a_regular_gap_is_unknown(every_two_years: Pack, said: str) -> None:
    # 2022 -> 2024 rose, but the pack holds no 2023: that is no change of 2024 (was true)
    assert _rating(every_two_years, said) == "unverifiable", said


@pytest.mark.parametrize("said", [
    "Norland's consultations rose in 2024.",
    "2024年、ノーランドの相談件数は増えた。",
])
def test_a_year_change_on_consecutive_years_is_read(rising: Pack, said: str) -> None:
    assert _rating(rising, said) == "true", said


@pytest.mark.parametrize("said", [
    "Norland's consultations have been rising for years.",
    "Norland's consultations have been rising for many years.",
    "ノーランドの相談件数は長年増加している。",
])
def test_a_run_with_no_count_is_not_the_whole_series(yearly: Pack, rising: Pack, said: str) -> None:
    # 2015 -> 2024 rose (100 -> 140), but the last years fell: no run of rises to now
    assert _rating(yearly, said) in ("false", "mostly_false"), said
    assert _rating(rising, said) == "true", said


@pytest.mark.parametrize(("said", "rating"), [
    ("Norland's consultations fell by 68% in just one year.", "true"),
    ("Norland's consultations fell by 68% in a single year.", "true"),
    ("Norland's consultations fell by 90% in a single year.", "mostly_false"),
    ("Norland's consultations rose in just one year.", "false"),
    ("ノーランドの相談件数はわずか1年で68%減った。", "true"),
])
def test_a_percentage_in_a_single_year_is_the_latest_step(collapse: Pack, said: str, rating: str) -> None:
    # 2023 -> 2024: 1,000 -> 320, -68 % (had been set against the level: a unit mismatch)
    assert _rating(collapse, said, "2025-03-01") == rating, said


def _years(pack: Pack, text: str) -> list[str]:
    return [p.period.text for st in parse(text, pack).statements for p in st.periods]


def test_a_year_before_a_verb_and_its_object_names_a_thing(rising: Pack) -> None:
    # "marks" with an object after it is the verb: 2035 names the plan, March 2023 dates the clause
    assert _years(rising, "In March 2023, Norland's 2035 plan marks a shift in policy.") == ["2023-03"]
    assert _years(rising, "In March 2023, Norland's 2024 budget totals 112 billion.") == ["2023-03"]
    # a value's head after one word is the value at that time, a period of the clause
    assert "2019" in _years(rising, "In March 2023, consultations were above their 2019 pre-crisis peak.")
    assert "2024" in _years(rising, "In March 2023, Norland's 2024 budget totals were revised.")


_BALANCE = [["tb", "貿易収支", "trade balance", "NLD bn", "", "true", "", ""]]


def _balance(tmp: pytest.TempPathFactory, name: str, v2023: str, v2024: str) -> Pack:
    return small_pack(tmp, name, _BALANCE, [
        [f"{name}{y}", "NL", "tb", y, v, "NLD bn", "stat", ""] for y, v in (("2023", v2023), ("2024", v2024))
    ])


@pytest.fixture(scope="module")
def balance(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _balance(tmp_path_factory, "balance", "-20", "5")


@pytest.mark.parametrize("said", [
    # the outflow is of capital, not the balance's side: the balance rose to a surplus of 5 (was false)
    "Despite net capital outflows, Norland's trade balance rose to 5 billion in 2024.",
    "Norland's trade balance rose to 5 billion in 2024 despite net capital outflows.",
    "2024年、ノーランドの貿易収支は資本の純流出の中で50億に改善した。",
])
def test_net_flow_words_are_no_side_of_a_balance(balance: Pack, said: str) -> None:
    assert _rating(balance, said) == "true", said


_NET = [["nm", "転入超過数", "net migration", "people", "", "true", "count", ""]]


@pytest.fixture(scope="module")
def net_flow(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "netflow", _NET, [
        ["n23", "NL", "nm", "2023", "-3000", "people", "stat", ""],
        ["n24", "NL", "nm", "2024", "-5000", "people", "stat", ""],
    ])


@pytest.mark.parametrize(("said", "rating"), [
    # on a net flow the outflow words are its negative side: -3,000 -> -5,000 is a wider outflow
    ("Norland's net migration outflow widened in 2024.", "true"),
    ("Norland's net migration outflow narrowed in 2024.", "false"),
    ("2024年、ノーランドの転出超過は拡大した。", "true"),
])
def test_net_flow_words_are_the_side_of_a_net_flow(net_flow: Pack, said: str, rating: str) -> None:
    assert _rating(net_flow, said) == rating, said


@pytest.mark.parametrize(("said", "rating"), [
    # -20 -> +5: the deficit is gone, it did not widen (was true)
    ("Norland's trade deficit widened in 2024.", "false"),
    ("2024年、ノーランドの貿易赤字は拡大した。", "false"),
    # it narrowed (to none and past it; was false), and the balance rose
    ("Norland's trade deficit narrowed in 2024.", "true"),
    ("2024年、ノーランドの貿易赤字は縮小した。", "true"),
    ("Norland's trade balance improved in 2024.", "true"),
])
def test_a_side_gone_at_the_end_did_not_grow(balance: Pack, said: str, rating: str) -> None:
    assert _rating(balance, said) == rating, said


@pytest.fixture(scope="module")
def deeper(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _balance(tmp_path_factory, "deeper", "-5", "-20")


@pytest.mark.parametrize("said", [
    "Norland's trade deficit widened in 2024.",
    "2024年、ノーランドの貿易赤字は拡大した。",
])
def test_a_deficit_still_on_its_side_widens(deeper: Pack, said: str) -> None:
    assert _rating(deeper, said) == "true", said
