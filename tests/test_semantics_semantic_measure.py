"""A measure linked by meaning (docs/verdict-rules.md §8, "The semantic linker"): when no linker of
words finds the measure an English clause with a figure or a change speaks of, its measure words are
set against every English name of the measures by the cosine of their sentence embeddings (the
optional extra ``semantic``: wordllama, weights inside the wheel, nothing fetched). The best links
only with a clear margin over the runner-up, above a threshold, and when the figure's unit fits;
otherwise the claim stays unverifiable. Without the library, behaviour is as before (no link)."""

from __future__ import annotations

import sys

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline import retrieve, semantic
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["intl", "留学生数", "international students", "count", "", "true", "count",
     "Students from other countries enrolled in the country's universities"],
    ["domestic", "大学生数", "university enrolment", "count", "", "true", "count",
     "Students enrolled in universities"],
    ["re_share", "再エネ比率", "renewable share of power generation", "%", "", "true", "share",
     "Renewables as a share of electricity generated"],
    ["rent", "平均家賃", "average rent", "USD", "", "false", "amount", "Average asking rent"],
    ["registered", "登録車新車販売台数", "registered vehicle sales", "count", "registered vehicles", "true",
     "count", "New registered vehicles sold in the year"],
    ["kei", "軽自動車新車販売台数", "kei car sales", "count", "kei cars", "true", "count",
     "New kei cars sold in the year"],
]
OBSERVATIONS = [
    ["i2024", "NL", "intl", "2024-05", "336708", "count", "stat", ""],
    ["d2024", "NL", "domestic", "2024-05", "2950000", "count", "stat", ""],
    ["e2024", "NL", "re_share", "2024", "23", "%", "stat", ""],
    ["r2024", "NL", "rent", "2024", "1700", "USD", "stat", ""],
    ["v2024", "NL", "registered", "2024", "2400000", "count", "stat", ""],
    ["k2024", "NL", "kei", "2024", "1500000", "count", "stat", ""],
]

#: "students from abroad" is in no name, alias or definition word of "international students"
PARAPHRASE = "In May 2024 Norland hosted 336,708 students from abroad."


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "semantic-measure", METRICS, OBSERVATIONS)


def _evidence(said: str, pack: Pack) -> tuple[str, list[str]]:
    d = diagnose(said, pack, as_of="2025-03-01")
    return d.rating, [i for c in d.checks for i in c.evidence]


def test_a_paraphrase_is_linked_by_meaning(pack: Pack) -> None:
    pytest.importorskip("wordllama")
    rating, evidence = _evidence(PARAPHRASE, pack)
    assert (rating, evidence) == ("true", ["i2024"])
    # the figure is then checked as any other: a wrong one is false
    rating, evidence = _evidence("In May 2024 Norland hosted 500,000 students from abroad.", pack)
    assert (rating, evidence) == ("false", ["i2024"])


def test_an_unrelated_sentence_is_not_linked(pack: Pack) -> None:
    pytest.importorskip("wordllama")
    for said in (
        "Norland's weather was sunny on 300 days in 2024.",
        "In May 2024 Norland hosted 336,708 foreign tourists at its beaches.",
    ):
        rating, evidence = _evidence(said, pack)
        assert (rating, evidence) == ("unverifiable", [])


def test_a_link_resting_on_one_word_is_refused(pack: Pack) -> None:
    pytest.importorskip("wordllama")
    # "vehicles" alone makes registered vehicle sales the nearest name by a wide margin, but the
    # plants building them say production, which the pack does not hold: with the word nearest
    # the name left out, the rest ("plants built") no longer points there, so nothing is linked
    said = "In 2024 plants built 3.3 million vehicles"
    lookup = retrieve.Lookup(pack)
    ranked = lookup.semantic_ranking(said, ("NL",), "count")
    assert ranked[0][1] == "registered"
    assert ranked[0][0] >= retrieve.SEMANTIC_MIN
    assert ranked[0][0] - ranked[1][0] >= retrieve.SEMANTIC_MARGIN
    assert lookup.semantic_measure(said, ("NL",), "count") == ()
    # nor is a phrase that says two of its names' words outright: the linkers of words judge it
    sold = "In 2024 dealers sold 2.4 million used registered vehicles"
    assert lookup.semantic_measure(sold, ("NL",), "count") == ()


def test_a_candidate_of_another_unit_is_refused(pack: Pack) -> None:
    pytest.importorskip("wordllama")
    lookup = retrieve.Lookup(pack)
    said = "In May 2024 hosted 336,708 students from abroad"
    assert lookup.semantic_measure(said, ("NL",), "count") == ("intl",)
    # the same words with a percentage: a share is no count, only measures in percent compete and
    # none of them is near enough in meaning, so nothing is linked by meaning
    assert lookup.semantic_measure(said.replace("336,708", "11%"), ("NL",), "%") == ()
    assert lookup.semantic_measure(said.replace("336,708", "$1,700"), ("NL",), "USD") == ()
    _, evidence = _evidence("In May 2024 students from abroad made up 11% of those Norland hosted.", pack)
    assert "i2024" not in evidence


def test_japanese_clauses_and_short_phrases_are_left_alone(pack: Pack) -> None:
    pytest.importorskip("wordllama")
    lookup = retrieve.Lookup(pack)
    assert lookup.semantic_ranking("2024年5月に海外から来た学生は33万6708人", (), "count") == []
    # two measure words are one word's vector and a shared word: no phrase to read by meaning
    assert semantic.measure_words("about 16.3 billion trips in 2025") == ["trips"]
    assert lookup.semantic_measure("students abroad: 336,708", (), "count") == ()


def test_without_the_library_nothing_is_linked(pack: Pack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retrieve, "embedder", lambda: None)
    rating, evidence = _evidence(PARAPHRASE, pack)
    assert (rating, evidence) == ("unverifiable", [])


def test_the_loader_reports_a_missing_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "wordllama", None)  # import wordllama raises ImportError
    assert semantic._load_wordllama() is None
