"""Three readings of session 28's review (fixsettle; docs/verdict-rules.md):

- the side kept (「貿易黒字が続く」, "still runs a surplus", "remained in surplus in 2024") holds in the
  period before the latest as well, not on the latest value alone (§4.4, "The side kept");
- "is now lower than in 2019, at 4%": the figure said of now is the value now, the end of the change
  from 2019 (§4.7, "Now against an earlier period");
- a word of a longer measure's name said only in a phrase beside the subject ("driven by core goods",
  「コア品目主導で」, "unlike the youth figure") does not make that measure the clause's (§4.13, "A
  word said aside")."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["bal", "貿易収支", "trade balance", "EUR", "trade balance;貿易収支", "true", "amount", ""],
    ["fis", "財政収支", "budget balance", "EUR", "budget balance;財政収支", "true", "amount", ""],
    ["unemp", "失業率", "unemployment rate", "%", "unemployment;失業率", "false", "share", ""],
    ["youth", "若年失業率", "youth unemployment rate", "%", "youth unemployment;若年失業率", "false", "share",
     ""],
    ["spend", "政府支出", "government spending", "EUR", "spending;支出", "", "amount", ""],
    ["cpi", "消費者物価上昇率", "consumer price inflation", "%", "inflation;インフレ率", "false", "growth",
     ""],
    ["core", "コア消費者物価上昇率", "core consumer price inflation", "%", "core inflation;コアインフレ率",
     "false", "growth", ""],
]
OBSERVATIONS = [
    ["b1", "NL", "bal", "2023", "-5000000000", "EUR", "stat", ""],
    ["b2", "NL", "bal", "2024", "3000000000", "EUR", "stat", ""],
    ["f1", "NL", "fis", "2023", "2000000000", "EUR", "stat", ""],
    ["f2", "NL", "fis", "2024", "1000000000", "EUR", "stat", ""],
    ["u1", "NL", "unemp", "2019", "6.0", "%", "stat", ""],
    ["u2", "NL", "unemp", "2024", "4.0", "%", "stat", ""],
    ["y1", "NL", "youth", "2024", "10.0", "%", "stat", ""],
    ["s1", "NL", "spend", "2023", "100000000000", "EUR", "stat", ""],
    ["s2", "NL", "spend", "2024", "110000000000", "EUR", "stat", ""],
    ["c1", "NL", "cpi", "2024", "3.0", "%", "stat", ""],
    ["k1", "NL", "core", "2024", "2.0", "%", "stat", ""],
]
AS_OF = "2025-06-01"


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "fixsettle", METRICS, OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    "ノーランドの貿易黒字が続く。",
    "ノーランドの貿易収支は黒字が続いている。",
    "ノーランドの貿易収支は2024年も黒字を維持した。",
    "Norland still runs a trade surplus.",
    "Norland's trade balance remained in surplus in 2024.",
])
def test_a_side_kept_needs_the_period_before(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of=AS_OF)
    assert d.rating == "false" and "b1" in d.checks[0].evidence


def test_a_side_kept_that_held_and_a_side_with_no_continuation(pack: Pack) -> None:
    assert diagnose("ノーランドの財政黒字が続いている。", pack, as_of=AS_OF).rating == "true"
    assert diagnose("Norland still runs a budget surplus.", pack, as_of=AS_OF).rating == "true"
    # no word of going on: the latest value alone (the surplus of 2024)
    assert diagnose("Norland runs a trade surplus.", pack, as_of=AS_OF).rating == "true"
    assert diagnose("ノーランドの貿易収支は黒字だ。", pack, as_of=AS_OF).rating == "true"


def test_a_figure_said_of_now_against_an_earlier_period(pack: Pack) -> None:
    d = diagnose("Norland's unemployment rate is now lower than in 2019, at 4%.", pack, as_of=AS_OF)
    assert d.rating == "true" and d.checks[0].evidence == ["u1", "u2"]
    ja = diagnose("ノーランドの失業率は現在、2019年より低い4%だ。", pack, as_of=AS_OF)
    assert ja.rating == "true"
    money = diagnose("Norland's government spending is now higher than in 2023, at EUR 110 billion.",
                     pack, as_of=AS_OF)
    assert money.rating == "true"


def test_near_misses_of_the_figure_said_of_now(pack: Pack) -> None:
    # the way wrong, the figure right: false
    assert diagnose("Norland's unemployment rate is now higher than in 2019, at 4%.", pack,
                    as_of=AS_OF).rating == "false"
    # the way right, the figure wrong: not true
    assert diagnose("Norland's unemployment rate is now lower than in 2019, at 5%.", pack,
                    as_of=AS_OF).rating not in ("true", "mostly_true")
    # a size of the gap, not the level: still read as the change's size
    gap = diagnose("Norland's government spending is now 10% higher than in 2023.", pack, as_of=AS_OF)
    assert gap.rating == "true"


@pytest.mark.parametrize("claim", [
    "Norland's consumer price inflation, driven by core goods, was 3% in 2024.",
    "ノーランドの消費者物価上昇率はコア品目主導で2024年に3%だった。",
])
def test_a_word_said_in_a_driver_phrase_names_no_measure(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of=AS_OF)
    metric = next(c for c in d.checks if c.kind != "cause")
    assert metric.result == "holds" and metric.evidence == ["c1"]


def test_a_word_said_in_a_contrast_names_no_measure(pack: Pack) -> None:
    d = diagnose("Norland's unemployment rate, unlike the youth figure, was 4% in 2024.", pack, as_of=AS_OF)
    assert d.rating == "true" and d.checks[0].evidence == ["u2"]


def test_the_longer_name_said_whole_still_wins(pack: Pack) -> None:
    core = diagnose("Norland's core consumer price inflation was 2% in 2024.", pack, as_of=AS_OF)
    assert core.rating == "true"
    core_ja = diagnose("ノーランドのコア消費者物価上昇率は2024年に2%だった。", pack, as_of=AS_OF)
    assert core_ja.rating == "true"
    youth = diagnose("Norland's youth unemployment rate was 10% in 2024.", pack, as_of=AS_OF)
    assert youth.rating == "true" and youth.checks[0].evidence == ["y1"]
