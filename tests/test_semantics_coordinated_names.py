"""A name split at "and" (docs/verdict-rules.md §2, "A coordinated noun phrase is one name"; blind
round 21 market-2025-en and sep-2025): "the combined print and digital publishing market" and "55.3%
of ICE and IC trains were on time" coordinate two nouns inside one noun phrase, whose predicate is
the next part's; the "and" is no clause break, and the head names the measure of both modifiers.
A part with its own verb, or two parts each with its own figure, stay two statements."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Diagnosis, Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

METRICS = [
    ["pub_total", "出版市場(紙+電子)", "Publishing market (print + digital) sales", "JPY",
     "出版市場;publishing market;print and digital market", "true", "amount", ""],
    ["digital_total", "電子出版市場", "Digital publishing market", "JPY",
     "電子出版;digital publishing;digital market", "true", "amount", ""],
    ["digital_share", "出版市場に占める電子の割合", "Digital share of the publishing market", "%",
     "digital share", "true", "share", ""],
    ["punct", "定時運行率", "Train punctuality", "%", "trains on time;punctuality", "true", "share", ""],
    ["bus_late", "バス遅延率", "Late bus share", "%", "buses late", "false", "share", ""],
]
OBSERVATIONS = [
    ["o1", "NL", "pub_total", "2025", "1546200000000", "JPY", "stat", ""],
    ["o2", "NL", "digital_total", "2025", "580000000000", "JPY", "stat", ""],
    ["o3", "NL", "digital_share", "2025", "37.6", "%", "stat", ""],
    ["o4", "NL", "punct", "2025-09", "55.3", "%", "stat", ""],
    ["o5", "NL", "bus_late", "2025-09", "12", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "coordinated", METRICS, OBSERVATIONS)


def _why(d: Diagnosis) -> list[tuple[str, str, str]]:
    return [(c.kind, c.result, c.reason) for c in d.checks]


def test_coordinated_modifiers_name_the_heads_measure(pack: Pack) -> None:
    claim = "Norland's combined print and digital publishing market shrank to ¥1.5462 trillion in 2025."
    statements = parse(claim, pack).statements
    assert len(statements) == 1, [s.span for s in statements]
    assert statements[0].metrics[:1] == ("pub_total",)
    d = diagnose(claim, pack, as_of="2026-02-01")
    assert d.rating == "true", _why(d)


def test_one_modifier_names_its_own_measure(pack: Pack) -> None:
    # near miss: no coordination, "digital publishing market" is the digital measure
    claim = "Norland's digital publishing market shrank to ¥1.5462 trillion in 2025."
    statements = parse(claim, pack).statements
    assert statements[0].metrics[:1] == ("digital_total",)
    assert diagnose(claim, pack, as_of="2026-02-01").rating in ("false", "mostly_false")


def test_a_figure_of_a_coordinated_noun_is_one_statement(pack: Pack) -> None:
    claim = "In September 2025 just 55.3% of ICE and IC trains in Norland were on time."
    statements = parse(claim, pack).statements
    assert len(statements) == 1, [s.span for s in statements]
    d = diagnose(claim, pack, as_of="2025-10-03")
    assert d.rating == "true", _why(d)


@pytest.mark.parametrize("claim", [
    # each side has its own figure, or the first its own verb: two statements
    "In September 2025 55.3% of trains in Norland were on time and 12% of buses were late.",
    "In September 2025 Norland's trains ran on time and its buses were late.",
])
def test_parts_with_their_own_figure_or_verb_stay_apart(pack: Pack, claim: str) -> None:
    statements = parse(claim, pack).statements
    assert len(statements) == 2, [s.span for s in statements]
