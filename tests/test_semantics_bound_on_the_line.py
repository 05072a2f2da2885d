"""A strict bound of a level on a value of exactly the bound (docs/verdict-rules.md §4.1, "A bound
on the line"): "more than half" for 50.0 %, 「40トンを上回った」 for 40 t — the value
shows no side: a near miss, mostly false, never false (review of session 24); an inclusive bound
(以上, "at least") on the line holds; a line said to be crossed (突破, "topped", "has passed") keeps the
crossing's reading; a bound missed by more than the rounding keeps the near-miss band."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["share", "シェア", "share", "%", "", "", "share", ""],
    ["stocks", "在庫量", "stocks", "t", "", "", "amount", ""],
]
OBSERVATIONS = [
    ["h1", "NL", "share", "2024", "50.0", "%", "stat", ""],
    ["s1", "NL", "stocks", "2024", "40", "t", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "bound-on-the-line", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    # a strict bound on the line: mostly false, never false (a fraction word had been false)
    ("Norland's share was more than half in 2024.", "mostly_false"),
    ("ノーランドのシェアは2024年に50%を超えていた。", "mostly_false"),
    ("Norland's stocks were more than 40 tonnes in 2024.", "mostly_false"),
    ("ノーランドの在庫量は2024年に40トンを上回った。", "mostly_false"),
    # an inclusive bound on the line holds
    ("Norland's share was at least half in 2024.", "true"),
    ("ノーランドの在庫量は2024年に40トン以上だった。", "true"),
    # negatives: a crossing that did not happen, and a bound missed by a point
    ("Norland's share topped 50% in 2024.", "false"),
    ("Norland's share has passed 50% in 2024.", "false"),
    ("ノーランドの在庫量は2024年に40トンを突破した。", "false"),
    ("Norland's share was more than 51% in 2024.", "mostly_false"),
    ("ノーランドのシェアは2024年に51%を超えていた。", "mostly_false"),
])
def test_a_strict_bound_on_the_line(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack, lang="en" if claim.isascii() else "ja")
    assert d.rating == expected, d.reason
