"""A Japanese measure name said word for word in Sudachi's synonyms (docs/verdict-rules.md §3,
"A measure said in synonyms"; ``paraphrase_ja.said_in_synonyms``, ``Lookup.synonym_named``):
「家の値段」 reads as 住宅価格 (家 / 住宅, 値段 / 価格), 「本屋の数」 as 書店数
(development rewordings: au-rates-housing and ca-housing 「家の値段」,
jp-publishing 「紙の本」, jp-steel 「最終的なもうけ」 for 最終利益,
jp-postal 「はがきの値段」). Negatives: an action noun's synonym (採用 for 雇用:
a flow for a stock), a synonym group that holds words of two measures
of the pack (もうけ of 利益 and 収益), a converse (輸入 is no synonym of 輸出),
a name of one noun. And the topic time of a sentence (「2025年は…」) carries
to a later clause of it past a clause that links no measure. The rule reads
the synonym groups of Sudachi's Japanese dictionary; English clauses are
untouched (no such data for English ships with the project)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.paraphrase_ja import said_in_synonyms

COUNTRY = ["NL", "country", "ノーランド", "Norland", "Norlander", ""]
METRICS = [
    ["home_price", "住宅価格", "home price", "JPY", "", "", "amount", "Average price of a home"],
    ["stores", "書店数", "bookstores", "count", "書店の数", "true", "count", "Bookstores open"],
    ["youth_jobs", "若者雇用", "young people employed", "count", "", "true", "count", "Young people in work"],
    ["revenue", "事業収益", "business revenue", "JPY", "", "true", "amount", "Revenue of the business"],
    ["op_income", "営業利益", "operating profit", "JPY", "", "true", "amount", "Operating profit"],
    ["exports", "鋼材輸出量", "steel exports", "t", "", "true", "amount", "Steel shipped abroad"],
    ["books", "紙の書籍販売額", "print book sales", "JPY", "紙の書籍", "true", "amount", "Print books sold"],
    ["pay", "賃金", "wages", "JPY", "", "true", "amount", "Average monthly wage"],
]
OBSERVATIONS = [
    ["h2023", "NL", "home_price", "2023", "3000万", "JPY", "stat", ""],
    ["h2024", "NL", "home_price", "2024", "3300万", "JPY", "stat", ""],
    ["s2024", "NL", "stores", "2024", "10417", "count", "stat", ""],
    ["y2024", "NL", "youth_jobs", "2024", "500万", "count", "stat", ""],
    ["r2024", "NL", "revenue", "2024", "1000億", "JPY", "stat", ""],
    ["o2024", "NL", "op_income", "2024", "100億", "JPY", "stat", ""],
    ["x2024", "NL", "exports", "2024", "3000万", "t", "stat", ""],
    ["b2015", "NL", "books", "2015", "7419億", "JPY", "stat", ""],
    ["b2024", "NL", "books", "2024", "5937億", "JPY", "stat", ""],
    ["b2025", "NL", "books", "2025", "5990億", "JPY", "stat", ""],
    ["p2024", "NL", "pay", "2024", "30万", "JPY", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "synonym-ja", METRICS, OBSERVATIONS, country=COUNTRY, language="ja")


def _read(said: str, pack: Pack) -> tuple[str, list[str]]:
    d = diagnose(said, pack, as_of="2026-06-01")
    return d.rating, [i for c in d.checks for i in c.evidence]


def test_a_name_said_in_synonyms_is_the_name(pack: Pack) -> None:
    rating, evidence = _read("2024年の家の値段は約3300万円だった。", pack)
    assert rating == "true"
    assert "h2024" in evidence
    rating, evidence = _read("2024年の本屋の数は1万417店だった。", pack)
    assert rating == "true"
    assert "s2024" in evidence


def test_the_name_said_in_synonyms_is_graded_as_the_name(pack: Pack) -> None:
    said, named = _read("2024年の家の値段は2023年より10%上がった。", pack), _read(
        "2024年の住宅価格は2023年より10%上がった。", pack
    )
    assert said == named
    assert said[0] == "true"


def test_an_action_noun_s_synonym_is_no_name(pack: Pack) -> None:
    # 採用 (hires, a flow) shares Sudachi's group with 雇用 (employment, a stock)
    assert said_in_synonyms("若者の採用は2024年に500万人", "若者雇用") is None
    rating, evidence = _read("2024年の若者の採用は500万人だった。", pack)
    assert rating == "unverifiable"
    assert "y2024" not in evidence


def test_a_group_holding_two_measures_words_names_neither(pack: Pack) -> None:
    # もうけ is in the group of 利益 (op_income's) and 収益 (revenue's): 「事業のもうけ」 says neither
    assert said_in_synonyms("事業のもうけは1000億円", "事業収益") is not None
    rating, evidence = _read("2024年の事業のもうけは1000億円だった。", pack)
    assert rating == "unverifiable"
    assert not {"r2024", "o2024"} & set(evidence)


def test_a_converse_and_a_lone_noun_are_not_said(pack: Pack) -> None:
    # 輸入 is no synonym of 輸出
    assert said_in_synonyms("2024年の鋼材の輸入の量は3000万トン", "鋼材輸出量") is None
    # a name of one noun is not said by its synonym (給料 / 賃金): one word is too loose
    assert said_in_synonyms("2024年の給料は30万円", "賃金") is None


def test_the_sentence_topic_time_carries_past_a_clause_of_no_measure(pack: Pack) -> None:
    rating, evidence = _read("2025年は出版業界全体の売り上げが下げ止まり、紙の本も回復に転じた。", pack)
    assert "b2025" in evidence and "b2015" not in evidence
    assert rating in ("true", "mostly_true", "half_true")
