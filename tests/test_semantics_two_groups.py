"""Two groups in one sentence, each with its own figure (docs/verdict-rules.md §2, "Two groups in
one sentence"): 「男性77.0歳、女性83.0歳」, "77.0 for men and 83.0 for women", 「それぞれ」 /
"respectively", 「男性・女性ともに」, "and Southshire the lowest". Each figure is checked on its own
group's measure or owner, never on the other's; a group with no figure of its own takes none.
(Blind round 19: jp-marriages age2023, age30y, never50gap, prefrank22; us-life-expectancy
ja-sex-2023, both-sex-records-2024; realworld dev jfc-2025-hokkaido-mukohyo-19man rokuman.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.claims.groups import group_siblings, says
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: twogroups
title: {ja: "二つの群", en: "Two groups"}
language: ja
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["NS", "other", "ノースシャー", "Northshire", "", "NL"],
    ["SS", "other", "サウスシャー", "Southshire", "", "NL"],
    ["ES", "other", "イーストシャー", "Eastshire", "", "NL"],
]
METRICS = [
    METRIC_HEADER,
    ["le", "平均寿命", "Life expectancy", "years", "平均寿命;life expectancy;live", "true", "amount", ""],
    ["le_m", "平均寿命（男性）", "Life expectancy (males)", "years",
     "男性の平均寿命;male life expectancy;men;男性", "true", "amount", ""],
    ["le_f", "平均寿命（女性）", "Life expectancy (females)", "years",
     "女性の平均寿命;female life expectancy;women;女性", "true", "amount", ""],
    ["rate", "婚姻率", "marriage rate", "per 1000", "婚姻率;marriage rate", "true", "ratio", ""],
    ["inv", "設備投資", "plant investment", "USD", "plant investment", "true", "amount", ""],
    ["cap", "設備能力", "plant capacity", "count", "plant capacity", "true", "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["l23", "NL", "le", "2023", "80.0", "years", "stat", ""],
    ["m94", "NL", "le_m", "1994", "73.0", "years", "stat", ""],
    ["m23", "NL", "le_m", "2023", "77.0", "years", "stat", ""],
    ["m24", "NL", "le_m", "2024", "77.5", "years", "stat", ""],
    ["f94", "NL", "le_f", "1994", "78.0", "years", "stat", ""],
    ["f23", "NL", "le_f", "2023", "83.0", "years", "stat", ""],
    ["f24", "NL", "le_f", "2024", "83.2", "years", "stat", ""],
    ["rn", "NS", "rate", "2024", "5.0", "per 1000", "stat", ""],
    ["rs", "SS", "rate", "2024", "2.0", "per 1000", "stat", ""],
    ["re", "ES", "rate", "2024", "3.0", "per 1000", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("twogroups")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def _checked(d: object) -> list[tuple[str, list[str]]]:
    return [(c.result, list(c.evidence)) for c in d.checks]  # type: ignore[attr-defined]


def test_each_part_on_its_own_group_in_japanese(pack: Pack) -> None:
    for said in ("2023年の平均寿命は男性77.0歳、女性83.0歳だった。",
                 "2023年の平均寿命は男性が77.0歳、女性が83.0歳だった。"):
        d = diagnose(said, pack)
        # the second part keeps the year of the first (2023, not the latest 2024)
        assert _checked(d) == [("holds", ["m23"]), ("holds", ["f23"])], said
        assert d.rating == "true"


def test_each_part_on_its_own_group_in_english(pack: Pack) -> None:
    d = diagnose("In 2023 life expectancy was 77.0 years for men and 83.0 for women.", pack)
    assert _checked(d) == [("holds", ["m23"]), ("holds", ["f23"])]
    assert d.rating == "true"


def test_a_wrong_second_figure_fails_on_the_second_group(pack: Pack) -> None:
    # not "another's value" beside the men's figure, not checked on the men's 77.0
    d = diagnose("2023年の平均寿命は男性77.0歳、女性60.0歳だった。", pack)
    assert _checked(d) == [("holds", ["m23"]), ("fails", ["f23"])]
    assert d.rating != "true"


def test_a_group_with_no_figure_takes_none(pack: Pack) -> None:
    for said in ("2023年の平均寿命は男性が77.0歳で、女性も延びた。",
                 "In 2023 life expectancy for men was 77.0 years, and women also gained."):
        d = diagnose(said, pack)
        on_women = [n.claimed for c in d.checks for n in c.numbers if {"f23", "f24"} & set(n.evidence)]
        assert 77.0 not in on_women, said


def test_respectively_pairs_figures_in_order(pack: Pack) -> None:
    d = diagnose("2023年の平均寿命は男性と女性でそれぞれ77.0歳と83.0歳だった。", pack)
    assert _checked(d) == [("holds", ["m23"]), ("holds", ["f23"])]
    d = diagnose("In 2024 Northshire and Southshire had marriage rates of 5.0 and 2.0, respectively.", pack)
    assert _checked(d) == [("holds", ["rn"]), ("holds", ["rs"])]
    swapped = diagnose("In 2024 Northshire and Southshire had marriage rates of 2.0 and 5.0, respectively.",
                       pack)
    assert [c.result for c in swapped.checks] == ["fails", "fails"]


def test_each_group_of_a_distributive_word(pack: Pack) -> None:
    # the latest values at the claim's date are 2023's
    d = diagnose("この30年で平均寿命は男性・女性ともに5歳以上上がった。", pack, as_of="2024-06-01")
    assert [ev for _r, ev in _checked(d)] == [["m94", "m23"], ["f94", "f23"]]  # +4.0 and +5.0
    assert [c.result for c in d.checks][1] == "holds" and d.checks[0].result != "holds"
    assert d.rating == "half_true"
    less = diagnose("この30年で平均寿命は男性・女性ともに4歳以上上がった。", pack, as_of="2024-06-01")
    assert less.rating == "true"


def test_both_groups_longer_than_ever(pack: Pack) -> None:
    d = diagnose("In 2024 both men and women lived longer than ever before.", pack)
    assert len(d.checks) == 2 and d.rating == "true"


def test_the_gapped_other_end_of_a_ranking(pack: Pack) -> None:
    said = "In 2024 Northshire had the highest marriage rate, and Southshire the lowest."
    assert diagnose(said, pack).rating == "true"
    wrong = diagnose("In 2024 Northshire had the highest marriage rate, and Eastshire the lowest.", pack)
    assert [c.result for c in wrong.checks] == ["holds", "fails"]


def test_group_words_are_modifiers_not_heads(pack: Pack) -> None:
    table = group_siblings(pack)
    assert ("男性", "女性", "le_f") in table["le_m"] and ("men", "women", "le_f") in table["le_m"]
    # "plant investment" / "plant capacity" differ in their head: two measures, not two groups
    assert "inv" not in table and "cap" not in table
    # a word inside a compound is not said: 「小中学生」 not 中学生, 「夫婦」 not 夫, "women" not "men"
    assert not says("小中学生", "中学生") and not says("夫婦", "夫") and not says("women", "men")
    assert says("夫31.1歳", "夫") and says("男性が", "男性")
