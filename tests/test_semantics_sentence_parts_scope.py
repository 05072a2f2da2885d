"""Which part of a sentence is the statement's, second round (docs/verdict-rules.md §2 and §4.1;
review of session 28, R9 R11 R21 R26 R30), in English and Japanese, on small packs built here:

- a list of owners is checked member by member only when it is the clause's subject: not a
  destination (「スウェーデンとフィンランドへの輸出」, "exports to"), not a list after an owner named
  before it ("Norland's growth … the same as …"), not a list whose mean is said ("average");
- a setting clause whose direction is left out leaves out its measure and its figures too;
- a leading Japanese relative clause (「急成長しているインドの」) and an English participle before the
  noun ("fast-growing") describe the noun: their direction is not the statement's;
- a negated bound verb before a noun (「3%を超えない水準」) is the bound's far side, said as such."""

from __future__ import annotations

from typing import Any

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

NEIGHBOURS = [
    ["SE", "country", "スウェーデン", "Sweden", "", ""],
    ["FI", "country", "フィンランド", "Finland", "", ""],
    ["IN", "country", "インド", "India", "", ""],
    ["CN", "country", "中国", "China", "", ""],
]
METRICS = [
    ["gdpg", "実質GDP成長率", "real GDP growth", "%", "GDP growth;経済成長率;growth", "true", "growth", ""],
    ["expg", "輸出伸び率", "export growth", "%", "exports;輸出", "", "growth", ""],
    ["exp", "輸出額", "exports value", "USD", "輸出額", "", "amount", ""],
    ["imp", "輸入額", "imports", "USD", "imports;輸入", "", "amount", ""],
    ["rent", "家賃", "rents", "USD", "rents;家賃", "", "amount", ""],
    ["rate", "政策金利", "interest rate", "%", "interest rates;金利", "", "share", ""],
    ["deficit", "財政赤字の対GDP比", "budget deficit", "%", "財政赤字;deficit", "", "share", ""],
]
OBSERVATIONS = [
    ["g1", "NL", "gdpg", "2024", "2.0", "%", "stat", ""],
    ["g2", "SE", "gdpg", "2024", "1.0", "%", "stat", ""],
    ["g3", "FI", "gdpg", "2024", "3.0", "%", "stat", ""],
    ["x1", "NL", "expg", "2024", "5.0", "%", "stat", ""],
    ["x2", "SE", "expg", "2024", "-1.0", "%", "stat", ""],
    ["x3", "FI", "expg", "2024", "0.5", "%", "stat", ""],
    ["e1", "NL", "exp", "2023", "100 bn", "USD", "stat", ""],
    ["e2", "NL", "exp", "2024", "105 bn", "USD", "stat", ""],
    ["e3", "IN", "exp", "2023", "400 bn", "USD", "stat", ""],
    ["e4", "IN", "exp", "2024", "390 bn", "USD", "stat", ""],
    ["e5", "CN", "exp", "2023", "3000 bn", "USD", "stat", ""],
    ["e6", "CN", "exp", "2024", "2900 bn", "USD", "stat", ""],
    ["e7", "SE", "exp", "2023", "50 bn", "USD", "stat", ""],
    ["e8", "SE", "exp", "2024", "55 bn", "USD", "stat", ""],
    ["e9", "FI", "exp", "2023", "50 bn", "USD", "stat", ""],
    ["e10", "FI", "exp", "2024", "45 bn", "USD", "stat", ""],
    ["i1", "NL", "imp", "2023", "100 bn", "USD", "stat", ""],
    ["i2", "NL", "imp", "2024", "97 bn", "USD", "stat", ""],
    ["r1", "NL", "rent", "2021", "1000", "USD", "stat", ""],
    ["r2", "NL", "rent", "2022", "950", "USD", "stat", ""],
    ["k1", "NL", "rate", "2021", "0.5", "%", "stat", ""],
    ["k2", "NL", "rate", "2022", "2.5", "%", "stat", ""],
    ["d1", "NL", "deficit", "2024", "2.5", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: Any) -> Pack:
    return small_pack(tmp_path_factory, "sentence-scope", METRICS, OBSERVATIONS, entities=NEIGHBOURS)


def _rating(text: str, pack: Pack) -> str:
    return diagnose(text, pack, as_of="2025-06-01").rating


def test_a_list_that_is_not_the_subject_is_not_split(pack: Pack) -> None:
    for said in (
        "ノーランドのスウェーデンとフィンランドへの輸出は2024年に5%増えた。",
        "Norland's GDP growth of 2% in 2024 was the same as the average of Sweden and Finland.",
    ):
        d = diagnose(said, pack, as_of="2025-06-01")
        assert len(d.checks) == 1 and d.rating == "true", said


def test_a_list_that_is_the_subject_is_still_split(pack: Pack) -> None:
    # negatives: the list as the subject is each member's (SE 1 %, FI 3 %: 2 % is neither's)
    for said in (
        "Real GDP growth in Sweden and Finland was 2% in 2024.",
        "スウェーデンとフィンランドの実質GDP成長率は2024年に2%だった。",
    ):
        d = diagnose(said, pack, as_of="2025-06-01")
        assert sorted(c.evidence[0] for c in d.checks) == ["g2", "g3"], said
        assert d.rating not in ("true", "mostly_true"), said


def test_a_sentence_initial_all_groups_the_list(pack: Pack) -> None:
    # (exports value adds up over owners: only the word "all" makes the list each member's)
    d = diagnose("All rose in 2024: the exports value of Sweden and Finland.", pack, as_of="2025-06-01")
    assert len(d.checks) == 2 and d.rating not in ("true", "mostly_true")
    # negative: "all" before a plural noun is no floated "all"
    d = diagnose("All exports value of Sweden rose in 2024.", pack, as_of="2025-06-01")
    assert len(d.checks) == 1


def test_a_setting_clause_leaves_out_its_measure_and_figures(pack: Pack) -> None:
    for said in (
        "Norland's rents fell in 2022 as interest rates went up.",
        "When interest rates went up in 2022, Norland's rents fell.",
        "Norland's exports value rose 5% in 2024 as imports fell 3%.",
        "2022年、金利が上がるなかノーランドの家賃は下がった。",
    ):
        assert _rating(said, pack) == "true", said
    # negative: the main clause's own figure is still checked (10 % for a 5 % rise)
    assert _rating("Norland's exports value rose 10% in 2024 as imports fell 3%.", pack) not in (
        "true", "mostly_true"
    )


def test_a_relative_clause_before_the_noun_gives_no_direction(pack: Pack) -> None:
    for said in (
        "急成長しているインドの輸出額は2024年に減少した。",
        "急成長している中国の輸出額は2024年に減少した。",
        "Fast-growing India's exports value fell in 2024.",
    ):
        assert _rating(said, pack) == "true", said
    # negatives: the main clause's direction is still the one checked
    for said in (
        "急成長しているインドの輸出額は2024年に増加した。",
        "Fast-growing India's exports value rose in 2024.",
        "インドの輸出額は2024年に増加した。",
    ):
        assert _rating(said, pack) not in ("true", "mostly_true"), said


def test_a_negated_bound_before_a_noun_is_the_far_side(pack: Pack) -> None:
    for said in (
        "ノーランドは2024年、財政赤字を3%を超えない水準に抑えた。",
        "ノーランドの2024年の財政赤字は3%に達していない水準だった。",
        "ノーランドの2024年の財政赤字は3%を超えなかった。",
    ):
        assert _rating(said, pack) == "true", said
    # negatives: a bound the figure is past; a negated statement of the noun's bound
    for said in (
        "ノーランドは2024年、財政赤字を2%を超えない水準に抑えた。",
        "ノーランドは2024年、財政赤字を3%を超えない水準に抑えられなかった。",
    ):
        assert _rating(said, pack) not in ("true", "mostly_true", "half_true"), said
