"""Equivalent spellings of one figure read and grade the same (docs/verdict-rules.md §1 "Paraphrase
invariance", the spelling families of session 29): a percentage, 割 and a fraction said "more / less
than" an earlier period are the change between the two periods (§4.16); 「1年前の同じ月」 is 前年同月;
「5%を超えた」 is 「5%超」 as the bound of a change's size (§4.1); a multiple below two said "nearly"
(「1.5倍近く」) is the rise it names (「5割近く」, §4.1). Negatives: a crossing word (突破) keeps its
line, a multiple said "about" or of two or more keeps the multiple's ladder, a fraction of a whole
is no comparison."""

from __future__ import annotations

from typing import Any

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.normalize.spellings import one_spelling
from shingi.pipeline.checks.changes import nearly_a_rise
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

METRICS = [
    ["sales", "売上高", "sales", "JPY", "", "true", "amount", ""],
    ["visitors", "来訪者数", "visitors", "count", "", "true", "count", ""],
    ["rent", "家賃", "rent", "JPY", "", "", "amount", ""],
    ["land_change", "地価の上昇率", "land price growth", "%", "地価;land prices", "", "growth", ""],
]
OBSERVATIONS = [
    ["o1", "NL", "sales", "2023", "100億", "JPY", "stat", ""],
    ["o2", "NL", "sales", "2024", "133億", "JPY", "stat", ""],
    ["o3", "NL", "visitors", "2023", "1000万", "count", "stat", ""],
    ["o4", "NL", "visitors", "2024", "800万", "count", "stat", ""],
    ["o5", "NL", "rent", "2023-12", "10万", "JPY", "stat", ""],
    ["o6", "NL", "rent", "2024-12", "10.3万", "JPY", "stat", ""],
    ["o7", "NL", "land_change", "2024", "4.9", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: Any) -> Pack:
    return small_pack(tmp_path_factory, "spellings", METRICS, OBSERVATIONS, language="ja")


def _rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2025-03-01").rating


def _same(pack: Pack, texts: list[str], expected: str) -> None:
    got = {t: _rating(pack, t) for t in texts}
    assert set(got.values()) == {expected}, got


def test_nearly_a_multiple_below_two_is_the_rise_it_names(pack: Pack) -> None:
    # x1.33: "nearly 1.5 times" says nearly +50 %, a third short (mostly false), as 「5割近く」 does
    _same(pack, [
        "ノーランドの売上高は2024年、前年の1.5倍近くに膨らんだ。",
        "ノーランドの売上高は2024年、前年より5割近く伸びた。",
        "ノーランドの売上高は2024年に前年比50%近く増えた。",
        "Norland's sales grew nearly 50% in 2024.",
    ], "mostly_false")


def test_a_multiple_said_about_or_of_two_keeps_its_ladder(pack: Pack) -> None:
    assert _rating(pack, "ノーランドの売上高は2024年、前年の約1.3倍に膨らんだ。") == "true"
    texts = ["前年の1.5倍近く", "前年の約1.5倍", "前年の2倍近く", "前年の1.5倍"]
    read = {}
    for t in texts:
        n = parse(f"ノーランドの売上高は2024年、{t}に増えた。", pack).statements[0].numbers[0]
        read[t] = nearly_a_rise(n)
    assert read == {
        "前年の1.5倍近く": True, "前年の約1.5倍": False, "前年の2倍近く": False, "前年の1.5倍": False,
    }


def test_a_percentage_more_than_an_earlier_period_is_the_change(pack: Pack) -> None:
    # 800万 against 1000万: 20 % fewer, said by a verb, by より or と比べて, in %, 割 or a fraction
    _same(pack, [
        "ノーランドの来訪者数は2024年、前年から2割減った。",
        "ノーランドの来訪者数は2024年、前の年より2割少なかった。",
        "ノーランドの来訪者数は2024年、前年より20%少なかった。",
        "ノーランドの来訪者数は2024年、前年と比べて5分の1少なかった。",
    ], "true")
    _same(pack, [
        "ノーランドの来訪者数は2024年、前年から4割減った。",
        "ノーランドの来訪者数は2024年、前の年より4割少なかった。",
    ], "mostly_false")


def test_a_year_before_the_same_month_is_the_same_month_of_the_year_before(pack: Pack) -> None:
    assert one_spelling("1年前の同じ月より3%高い") == "前年同月より3%高い"
    assert one_spelling("前の年の同じ時期と比べ") == "前年同期と比べ"
    assert one_spelling("1年前より3%高い") == "1年前より3%高い"  # a year before the day said: kept
    _same(pack, [
        "2024年12月のノーランドの家賃は、前年同月比で約3%上昇した。",
        "2024年12月のノーランドの家賃は、1年前の同じ月より3%ほど高かった。",
    ], "true")


def test_a_bound_said_with_its_verb_is_the_bound_of_the_size(pack: Pack) -> None:
    # 4.9 % for "more than 5%": the size rounds to the bound, mostly true however the bound is said
    _same(pack, [
        "ノーランドの地価は2024年、5%超上昇した。",
        "ノーランドの地価は2024年、5%を超える上昇となった。",
        "Norland's land prices rose more than 5% in 2024.",
        "Norland's land prices rose over 5% in 2024.",
    ], "mostly_true")
    # a crossing said (突破, "topped") is the claim's point and did not happen
    assert _rating(pack, "ノーランドの地価は2024年、5%を突破する上昇となった。") == "false"


def test_a_fraction_of_a_whole_is_no_comparison(pack: Pack) -> None:
    st = parse("ノーランドの来訪者数の5分の1が2024年に来た。", pack).statements[0]
    assert all(n.role != "percent_more" for n in st.numbers)
    st = parse("ノーランドの来訪者数は2024年、前年と比べて5分の1少なかった。", pack).statements[0]
    assert [(n.role, round(n.quantity.value, 6)) for n in st.numbers] == [("percent_more", 0.8)]
