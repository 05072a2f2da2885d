"""Several figures of one clause, each of its own thing (docs/verdict-rules.md §4.13, "Each
figure its own owner or measure"; issue 8: real-world claims left unverifiable although the pack
holds each figure).

"48% graduated within four years and 77% within six years" gives each figure its own measure,
named by the words after it; "Youth unemployment in Norland is 65%, compared to 5% in Southland"
gives each its own owner, the name nearest to it. Each figure is checked on its own owner's own
measure, one check each. A clause that leaves its measure to the clause before (「菅内閣が5人」
after 「安倍内閣が任命したのは8人」) takes it also when the pack keeps that count with no unit, and
one that says a place by its word ("…, and Wisconsin ranks first") takes a place measure.
"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["UNI", "organization", "ノーランド大学", "Norland University", "", "NL"],
    ["SL", "country", "サウスランド", "Southland", "", ""],
    ["CAB_A", "government", "甲内閣", "Cabinet A", "", "NL"],
    ["CAB_B", "government", "乙内閣", "Cabinet B", "", "NL"],
    ["CAB_C", "government", "丙内閣", "Cabinet C", "", "NL"],
]
METRICS = [
    ["grad4", "4年以内の卒業率", "four-year graduation rate", "%", "graduate within four years", "true",
     "share", ""],
    ["grad6", "6年以内の卒業率", "six-year graduation rate", "%", "graduate within six years", "true",
     "share", ""],
    ["youth", "若年失業率", "youth unemployment rate", "%", "youth unemployment", "false", "share", ""],
    ["named", "任命した現職判事の人数", "sitting judges appointed", "", "任命", "", "count", ""],
    ["place", "人口当たり製造業雇用の順位", "rank of manufacturing jobs per capita", "rank",
     "manufacturing jobs per capita;人口当たり製造業雇用", "", "rank", ""],
]
OBSERVATIONS = [
    ["r4", "UNI", "grad4", "2024", "48", "%", "stat", ""],
    ["r6", "UNI", "grad6", "2024", "77", "%", "stat", ""],
    ["y_nl", "NL", "youth", "2024", "34.9", "%", "stat", ""],
    ["y_sl", "SL", "youth", "2024", "5", "%", "stat", ""],
    ["n_a", "CAB_A", "named", "2024", "8", "", "stat", ""],
    ["n_b", "CAB_B", "named", "2024", "5", "", "stat", ""],
    ["n_c", "CAB_C", "named", "2024", "2", "", "stat", ""],
    ["pl_a", "CAB_A", "place", "2024", "22", "rank", "stat", ""],
    ["pl_b", "CAB_B", "place", "2024", "1", "rank", "stat", ""],
    ["pl_c", "CAB_C", "place", "2024", "5", "rank", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "each-figure", METRICS, OBSERVATIONS, entities=ENTITIES)


def test_each_figure_on_the_measure_its_words_name(pack: Pack) -> None:
    d = diagnose("At Norland University, 48% graduated within four years and 77% within six years.", pack,
                 as_of="2025-01-01")
    assert d.rating == "true"
    assert sorted(e for c in d.checks for e in c.evidence) == ["r4", "r6"]
    d = diagnose("At Norland University, 48% graduated within four years and 90% within six years.", pack,
                 as_of="2025-01-01")
    assert [c.result for c in d.checks if c.evidence] == ["holds", "fails"]


def test_each_figure_of_the_owner_named_next_to_it(pack: Pack) -> None:
    said = "Youth unemployment in Norland is 65%, compared to 5% youth unemployment in Southland."
    d = diagnose(said, pack, as_of="2025-01-01")
    assert [(c.result, c.evidence) for c in d.checks] == [("fails", ["y_nl"]), ("holds", ["y_sl"])]
    d = diagnose(said.replace("65%", "34.9%"), pack, as_of="2025-01-01")
    assert d.rating == "true"


def test_a_gapped_clause_takes_the_count_kept_with_no_unit(pack: Pack) -> None:
    d = diagnose("2024年の判事15人のうち、甲内閣が任命したのは8人で、乙内閣が5人、丙内閣が2人だった。", pack,
                 as_of="2025-01-01")
    assert d.rating == "true"
    assert [e for c in d.checks for e in c.evidence] == ["n_a", "n_b", "n_c"]
    d = diagnose("2024年の判事15人のうち、甲内閣が任命したのは8人で、乙内閣が4人、丙内閣が2人だった。", pack,
                 as_of="2025-01-01")
    assert [c.result for c in d.checks] == ["holds", "fails", "holds"]


def test_a_gapped_clause_takes_the_place_measure_for_a_place_word(pack: Pack) -> None:
    for said, rating in (
        ("Cabinet A ranks 22nd in manufacturing jobs per capita, and Cabinet B ranks first.", "true"),
        ("Cabinet A ranks 22nd in manufacturing jobs per capita, and Cabinet C ranks first.", "half_true"),
        ("甲内閣は人口当たり製造業雇用で22位、乙内閣がトップだ。", "true"),
    ):
        d = diagnose(said, pack, as_of="2025-01-01")
        assert d.rating == rating, said
        assert all(c.evidence for c in d.checks), said


@pytest.mark.parametrize(
    "said",
    [
        # review finding 18: the negative denies one figure of several; the other is wrong
        "Youth unemployment in Norland is not 34.9%, compared to 5% youth unemployment in Southland.",
        "Youth unemployment in Norland is not 5%, compared to 34.9% youth unemployment in Southland.",
        "ノーランドの若年失業率は34.9%ではなく、サウスランドの5%を大きく上回る。",
    ],
)
def test_a_negated_statement_of_several_figures_is_not_true(pack: Pack, said: str) -> None:
    assert diagnose(said, pack, as_of="2025-01-01").rating != "true"
