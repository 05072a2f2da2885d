"""A parity word's comparand phrase names what the subject is compared with, never the subject
(docs/verdict-rules.md §4.9, "The comparands of a parity word"; blind round 21 jp-cashless-2025
ht_korea_china): 「（比率は42.8%となり、）韓国や中国に肩を並べる水準になった」 compares the clause's
left-out subject (the pack's) with Korea and China, not Korea with China. A subject said before
the phrase (「オストランドは…」, "Ostland is on a par with …") stays the subject."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Check, Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["OS", "country", "オストランド", "Ostland", "", ""],
    ["WS", "country", "ウェストランド", "Westland", "", ""],
]
METRICS = [
    ["cashless", "キャッシュレス比率", "cashless payment ratio", "%", "キャッシュレス比率;cashless ratio",
     "true", "share", ""],
]
OBSERVATIONS = [
    ["c_nl", "NL", "cashless", "2024", "42.8", "%", "stat", ""],
    ["c_os", "OS", "cashless", "2024", "99.0", "%", "stat", ""],
    ["c_ws", "WS", "cashless", "2024", "95.0", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "parity-comparands", METRICS, OBSERVATIONS, entities=ENTITIES,
                      settings="frontier: [OS]\n")


def _parity(pack: Pack, claim: str) -> Check:
    d = diagnose(claim, pack, as_of="2025-04-05")
    return next(c for c in d.checks if c.kind == "parity")


@pytest.mark.parametrize("claim", [
    "ノーランドのキャッシュレス比率は2024年に42.8%となり、オストランドやウェストランドに肩を並べる水準になった。",
    "Norland's cashless ratio reached 42.8% in 2024, on a par with Ostland and Westland.",
])
def test_named_comparands_leave_the_subject_out(pack: Pack, claim: str) -> None:
    check = _parity(pack, claim)
    assert "Norland" in check.statement or "ノーランド" in check.statement, check.statement
    assert check.result == "fails", (check.result, check.reason)


@pytest.mark.parametrize("claim", [
    # near misses: the subject is said before the comparand phrase
    "オストランドはウェストランドに肩を並べる水準になった。",
    "Ostland is on a par with Westland.",
])
def test_a_subject_said_stays_the_subject(pack: Pack, claim: str) -> None:
    check = _parity(pack, claim)
    assert "Ostland" in check.statement or "オストランド" in check.statement, check.statement
    assert check.result == "holds", (check.result, check.reason)


@pytest.mark.parametrize("claim", [
    # review H5: a subject marked by も, a headline comma or では, or said after a fronted
    # comparand phrase, is the subject, not a comparand (Westland 95 vs Ostland 99: holds;
    # the pack's Norland would fail)
    "ウェストランドもオストランドに肩を並べる水準になった。",
    "ウェストランド、オストランドに肩を並べる。",
    "ウェストランドではオストランドに肩を並べる水準になった。",
    "Matching Ostland, Westland has caught up.",
    "ウェストランド、オストランドと肩を並べる。",
])
def test_a_subject_outside_the_comparand_phrase_is_the_subject(pack: Pack, claim: str) -> None:
    check = _parity(pack, claim)
    assert "Westland" in check.statement or "ウェストランド" in check.statement, check.statement
    assert check.result == "holds", (check.result, check.reason)


@pytest.mark.parametrize("claim", [
    # near misses: lists joined by 、 closed by や / "and" stay comparands of the left-out subject
    "オストランド、ウェストランドや中国に肩を並べる水準になった。",
    "It is now on a par with Ostland, Westland and others.",
])
def test_a_closed_comma_list_stays_comparands(pack: Pack, claim: str) -> None:
    check = _parity(pack, claim)
    assert "Norland" in check.statement or "ノーランド" in check.statement, check.statement
    assert check.result == "fails", (check.result, check.reason)
