"""A neighbour measure told apart by what the claim's figure is and what its words name
(docs/verdict-rules.md §4.13, "A sibling said apart" and "A change against a named period"):

- an amount of money said with the words of a measure's own name ("auctions brought in a record
  €43.6 billion") is read on that measure, not on the price the word "record" linked (blind round
  26c eu-ets revenue-record-rose and its rewording);
- a change said against a named period ("cut by more than half since 2005", 「2006年度から…5.6%の
  増加」) is read on the measure of change whose ``base`` is that period, not on the change on the year
  before (blind round 26c eu-ets half-since-2005; realworld infact-2019-ueda-senkyo-koho shotoku_1i).

With negatives: a clause that names the first measure apart keeps it; a change said on the year
before keeps the year-on-year measure; a level keeps the level."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    NORLAND,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    STATISTICS_SOURCE,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.claims.neighbours import figure_sibling
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

PACK_YAML = 'id: shape\ntitle: {ja: "shape", en: "shape"}\nlanguage: en\nsubject: NL\n'

METRICS = [
    [*METRIC_HEADER, "base"],
    ["permit_price", "排出枠の価格(時点)", "Carbon price on a given day", "EUR/t",
     "carbon price;permit price;record price;炭素価格;最高値", "", "amount", "Price of one permit.", ""],
    ["auction_revenue", "オークション総収入", "Total ETS auction revenues", "EUR",
     "auction revenues;money raised by selling permits;オークション収入", "true", "amount", "", ""],
    ["emissions", "対象排出量", "Covered emissions", "Mt", "covered emissions;対象排出量;排出量", "false",
     "amount", "", ""],
    ["emissions_yoy", "対象排出量の前年比", "Change in covered emissions, year on year", "%",
     "emissions change;排出量の前年比", "false", "growth", "", "previous_period"],
    ["emissions_vs_2005", "対象排出量の2005年比", "Covered emissions compared with 2005", "%",
     "emissions since 2005;2005年比", "false", "growth", "Percent change against 2005.", "2005"],
    ["ren", "再エネ比率", "Renewable share of electricity", "%", "renewable share;再エネ比率", "true",
     "share", "", ""],
    ["ren_vs_2005", "再エネ比率の2005年比", "Renewable share compared with 2005", "%",
     "renewable share since 2005;再エネ比率の2005年比", "true", "growth", "Percent change against 2005.",
     "2005"],
]
OBSERVATIONS = [
    ["p1", "NL", "permit_price", "2023-02-21", "100.7", "EUR/t", "stat", ""],
    ["p0", "NL", "permit_price", "2021-12-31", "84.1", "EUR/t", "stat", ""],
    ["r0", "NL", "auction_revenue", "2020", "19.2 bn", "EUR", "stat", ""],
    ["r1", "NL", "auction_revenue", "2021", "30.1 bn", "EUR", "stat", ""],
    ["r2", "NL", "auction_revenue", "2022", "38.8 bn", "EUR", "stat", ""],
    ["r3", "NL", "auction_revenue", "2023", "43.6 bn", "EUR", "stat", ""],
    ["e3", "NL", "emissions", "2023", "1100", "Mt", "stat", ""],
    ["e4", "NL", "emissions", "2024", "1040", "Mt", "stat", ""],
    ["y4", "NL", "emissions_yoy", "2024", "-5", "%", "stat", ""],
    ["b4", "NL", "emissions_vs_2005", "2024", "-50", "%", "stat", ""],
    ["e04", "NL", "emissions", "2004", "2190", "Mt", "stat", ""],
    ["e05", "NL", "emissions", "2005", "2080", "Mt", "stat", ""],
    ["y05", "NL", "emissions_yoy", "2005", "-5", "%", "stat", ""],
    ["s05", "NL", "ren", "2005", "10", "%", "stat", ""],
    ["s24", "NL", "ren", "2024", "30", "%", "stat", ""],
    ["sb24", "NL", "ren_vs_2005", "2024", "200", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder = tmp_path_factory.mktemp("shape")
    return load_pack(write_rows_pack(
        folder, PACK_YAML, [SOURCE_HEADER, STATISTICS_SOURCE], [ENTITY_HEADER, NORLAND],
        [EVENT_HEADER], METRICS, [OBSERVATION_HEADER, *OBSERVATIONS],
    ))


def _used(said: str, pack: Pack) -> tuple[str, set[str]]:
    d = diagnose(said, pack, as_of="2025-06-01")
    return d.rating, {i for c in d.checks for i in c.evidence}


@pytest.mark.parametrize("said", [
    "Norland's auctions raised a record €43.6 billion in 2023.",
    "Norland's permit auctions brought in a record €43.6 billion in 2023.",
    "ノーランドのオークションは2023年に過去最高の436億ユーロを集めた。",
])
def test_money_said_by_its_measures_own_words(pack: Pack, said: str) -> None:
    # "auctions" is a word of the revenues' own name that no name of the price has; "record", which
    # linked the price by its alias "record price", names no measure
    rating, used = _used(said, pack)
    assert "r3" in used and not used & {"p0", "p1"}, said
    assert rating == "true", said


@pytest.mark.parametrize("said", [
    "Norland's carbon price hit a record €100.7 a tonne in February 2023.",
    "ノーランドの炭素価格は2023年2月に1トン100.7ユーロの最高値をつけた。",
])
def test_the_price_said_as_a_price_stays_on_the_price(pack: Pack, said: str) -> None:
    # negative: a figure of the first measure's own dimension keeps it
    _, used = _used(said, pack)
    assert "p1" in used and not used & {"r2", "r3"}, said


def test_a_clause_that_says_the_first_apart_keeps_it(pack: Pack) -> None:
    # negative (function level: the linker takes the money measure by itself when the clause says
    # no word of the price's own): a clause that says the price's own words and none of the
    # revenues' is not read on the revenues
    said = "Norland's carbon price on a given day hit a record €43.6 billion in 2023."
    st = parse(said, pack).statements[0]
    st = replace(st, metrics=("permit_price",))
    assert figure_sibling(st, None, pack).metrics[0] == "permit_price"


@pytest.mark.parametrize("said", [
    "Norland's covered emissions have been cut by more than half since 2005.",
    "ノーランドの対象排出量は2005年から半分以上減った。",
])
def test_a_change_since_a_year_is_read_on_the_measure_based_on_it(pack: Pack, said: str) -> None:
    rating, used = _used(said, pack)
    assert "b4" in used and "y4" not in used, said
    assert rating in ("true", "mostly_true"), said


@pytest.mark.parametrize("said", [
    "Norland's covered emissions fell by about 5% in 2024.",
    "ノーランドの対象排出量は2024年に約5%減った。",
])
def test_a_change_on_the_year_before_keeps_the_yearly_measure(pack: Pack, said: str) -> None:
    # negative: no base period said
    rating, used = _used(said, pack)
    assert "b4" not in used, said
    assert rating in ("true", "mostly_true"), said


@pytest.mark.parametrize("said", [
    "Norland's covered emissions fell 5% in 2005.",
    "ノーランドの対象排出量は2005年に5%減った。",
])
def test_the_year_a_change_is_in_is_not_its_base(pack: Pack, said: str) -> None:
    # review R7: "in 2005" is the change's own year, not a base; the change on the year before it
    rating, used = _used(said, pack)
    assert "y05" in used and "b4" not in used, said
    assert rating == "true", said


def test_the_size_against_the_base_is_no_change_in_the_year(pack: Pack) -> None:
    # R7, the other side: the fall against 2005 said as the fall in 2005 is false
    rating, used = _used("Norland's covered emissions fell 50% in 2005.", pack)
    assert "y05" in used and "b4" not in used
    assert rating == "false"


@pytest.mark.parametrize("said", [
    "Norland's covered emissions fell 50% from 2005.",
    "Norland's covered emissions have fallen 50% relative to 2005.",
    "ノーランドの対象排出量は2005年と比べて50%減った。",
    "ノーランドの対象排出量は2005年より50%減った。",
])
def test_a_base_said_by_its_own_word_is_the_base(pack: Pack, said: str) -> None:
    # negative of R7: from / levels / と比べて say the base
    rating, used = _used(said, pack)
    assert "y05" not in used and "y4" not in used, said
    assert rating in ("true", "mostly_true"), said


@pytest.mark.parametrize(("said", "rating"), [
    ("Norland's renewable share has risen to 30% since 2005.", "true"),
    ("Norland's renewable share has risen to 50% since 2005.", "false"),
    ("Norland's renewable share rose to 30% in 2024, up from 10% in 2005.", "true"),
    ("Norland's renewable share rose to 50% in 2024, up from 10% in 2005.", "false"),
    ("ノーランドの再エネ比率は2005年の10%から2024年には50%に上昇した。", "false"),
])
def test_a_level_reached_is_no_size_of_the_change(pack: Pack, said: str, rating: str) -> None:
    # review R29: a percentage after "to" (or from / に上昇) is the level the share came to, read on
    # the share, not on its change against 2005
    got, used = _used(said, pack)
    assert "s24" in used and "sb24" not in used, said
    assert got == rating, said


@pytest.mark.parametrize(("said", "rating"), [
    ("Norland's renewable share has tripled since 2005.", "true"),
    ("Norland's renewable share has risen by 200% since 2005.", "true"),
    ("Norland's renewable share has risen by 100% since 2005.", "mostly_false"),
])
def test_a_size_of_the_change_since_a_year_stays_on_the_based_measure(
    pack: Pack, said: str, rating: str
) -> None:
    # negative of R29: a multiple or "by" is the change's size
    got, used = _used(said, pack)
    assert "sb24" in used, said
    assert got == rating, said
