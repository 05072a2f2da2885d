"""A Japanese measure said by a native verb in a relative clause (docs/verdict-rules.md §3, "A measure
said by a native verb (Japanese)"; ``pipeline.paraphrase_ja``): 「倒れた企業の数」 is 企業倒産件数 by the
kanji 倒 that 倒れる and 倒産 share (development rewordings: jp-bankruptcies, panama-canal 「通った船」,
boeing 「顧客に渡した機体」, ca-housing 「空いている部屋」, jp-steel 「海外へ送り出した鋼材」). Negatives: the
converse measure (輸入 for 出ていった), a sibling anywhere in the pack that the verb's kanji fits as well
(建設 and 建築 of 建ち上がる), a verb that ends its clause, and a verb of change or comparison. The rule
reads kanji, so it has no English counterpart (English verbs of a measure: morphology.paraphrase)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.paraphrase_ja import relative_verbs, verb_nouns

COUNTRY = ["NL", "country", "ノーランド", "Norland", "Norlander", ""]
METRICS = [
    ["bankruptcies", "企業倒産件数", "corporate bankruptcies", "count", "倒産件数;企業倒産", "false", "count",
     "Firms gone bankrupt in the year"],
    ["liabilities", "負債総額", "total liabilities of bankrupt firms", "JPY", "負債", "false", "amount",
     "Debts left by the firms gone bankrupt"],
    ["exports", "鋼材輸出量", "steel exports", "t", "鋼材輸出", "true", "amount", "Steel shipped abroad"],
    ["imports", "鋼材輸入量", "steel imports", "t", "鋼材輸入", "", "amount", "Steel shipped in"],
    ["approvals", "住宅建築許可件数", "dwelling approvals", "count", "住宅建築許可", "true", "count",
     "Dwellings approved"],
    ["target", "住宅建設目標", "homes target", "count", "建設目標", "true", "count",
     "Homes the government plans to build a year"],
]
OBSERVATIONS = [
    ["b2023", "NL", "bankruptcies", "2023", "8690", "count", "stat", ""],
    ["b2024", "NL", "bankruptcies", "2024", "10006", "count", "stat", ""],
    ["l2024", "NL", "liabilities", "2024", "2.3兆", "JPY", "stat", ""],
    ["x2024", "NL", "exports", "2024", "3000万", "t", "stat", ""],
    ["m2024", "NL", "imports", "2024", "600万", "t", "stat", ""],
    ["a2024", "NL", "approvals", "2024", "171400", "count", "stat", ""],
    ["t2024", "NL", "target", "2024", "240000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "paraphrase-ja", METRICS, OBSERVATIONS, country=COUNTRY, language="ja"
    )


def _read(said: str, pack: Pack) -> tuple[str, list[str]]:
    d = diagnose(said, pack, as_of="2025-06-01")
    return d.rating, [i for c in d.checks for i in c.evidence]


def test_a_native_verb_names_the_count_by_its_kanji(pack: Pack) -> None:
    rating, evidence = _read("2024年に倒れた企業の数は1万件を超えた。", pack)
    assert rating == "true"
    assert "b2024" in evidence


def test_the_linked_count_is_checked(pack: Pack) -> None:
    rating, evidence = _read("2024年に倒れた企業の数は1万2000件だった。", pack)
    assert rating in ("false", "mostly_false")
    assert "b2024" in evidence


def test_the_direction_of_the_verb_keeps_the_converse_apart(pack: Pack) -> None:
    rating, evidence = _read("2024年に海外へ送り出した鋼材は約3000万トンだった。", pack)
    assert rating == "true"
    assert "x2024" in evidence and "m2024" not in evidence
    # 入ってきた鋼材 is the imports (入 of 輸入), never the exports
    rating, evidence = _read("2024年に入ってきた鋼材は約3000万トンだった。", pack)
    assert "x2024" not in evidence
    assert rating not in ("true", "mostly_true")


def test_a_sibling_the_kanji_fits_as_well_links_neither(pack: Pack) -> None:
    # 建ち上がる shares 建 with 建築 (approvals) and 建設 (a target): no link, whichever is nearer
    rating, evidence = _read("2024年に建ち上がった住宅は約17万戸だった。", pack)
    assert rating == "unverifiable"
    assert not {"a2024", "t2024"} & set(evidence)


def test_only_a_verb_that_modifies_a_noun_is_read() -> None:
    assert [t.lemma for t in relative_verbs("2024年に倒れた企業の数")] == ["倒れる"]
    assert [t.lemma for t in relative_verbs("予定どおりの時刻に着いたのは78%")] == ["着く"]
    # a verb that ends its clause says what happened
    assert relative_verbs("多くの企業が2024年に倒れた。") == ()
    # a verb of change or comparison says how a value moved, not what it measures
    assert relative_verbs("前の年の2倍を上回る額に達した") == ()


def test_the_nouns_of_the_verb_s_kanji() -> None:
    nouns = ["企業倒産", "輸出", "輸入", "上昇率"]
    said = verb_nouns("海外に出ていった鋼材", nouns)
    assert said.heads >= {"輸出"} and "輸入" not in said.keys
    assert said.directions == frozenset({"out"})
    # a noun of a move is no measure's word (上昇 of 建ち上がる's 上)
    assert "上昇" not in verb_nouns("建ち上がった住宅", nouns).keys
