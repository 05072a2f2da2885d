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


NL, OS, WS = ("Norland", "ノーランド"), ("Ostland", "オストランド"), ("Westland", "ウェストランド")


@pytest.mark.parametrize(("claim", "subject", "result"), [
    ("ノーランドのキャッシュレス比率は2024年に42.8%となり、オストランドやウェストランドに肩を並べる水準になった。",
     NL, "fails"),
    ("Norland's cashless ratio reached 42.8% in 2024, on a par with Ostland and Westland.", NL, "fails"),
    # near misses: the subject is said before the comparand phrase
    ("オストランドはウェストランドに肩を並べる水準になった。", OS, "holds"),
    ("Ostland is on a par with Westland.", OS, "holds"),
    # review H5: a subject marked by も, a headline comma or では, or said after a fronted
    # comparand phrase, is the subject, not a comparand (Westland 95 vs Ostland 99: holds;
    # the pack's Norland would fail)
    ("ウェストランドもオストランドに肩を並べる水準になった。", WS, "holds"),
    ("ウェストランド、オストランドに肩を並べる。", WS, "holds"),
    ("ウェストランドではオストランドに肩を並べる水準になった。", WS, "holds"),
    ("ウェストランド、オストランドと肩を並べる。", WS, "holds"),
    ("Matching Ostland, Westland has caught up.", WS, "holds"),
    # near misses: lists joined by 、 / commas and closed by や / "and" stay comparands of the
    # left-out subject
    ("オストランド、ウェストランドや中国に肩を並べる水準になった。", NL, "fails"),
    ("It is now on a par with Ostland, Westland and others.", NL, "fails"),
])
def test_the_subject_of_a_parity_clause(
    pack: Pack, claim: str, subject: tuple[str, str], result: str
) -> None:
    check = _parity(pack, claim)
    assert subject[0] in check.statement or subject[1] in check.statement, check.statement
    assert check.result == result, (check.result, check.reason)
