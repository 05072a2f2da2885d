"""Review findings R2 and R7 of the twenty-ninth session (docs/verdict-rules.md, "Round 28 claim
readings"): two readings of round 28 that turned false claims true, each on a small pack.

- R2: 「…ないように見える／思える」 is the statement's own negation ("seems not to"), not a purpose clause;
- R7: a clause after ", so that" / 「…ないよう、」 with a figure of its own is a statement of its own.
The cases the rules were built for (a purpose clause's negative, the deadline of what was agreed) stay
in tests/test_semantics_claim_reading_r28.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

HERE = Path(__file__).resolve().parent / "fixtures" / "packs" / "review29"


def _rating(pack: str, text: str, as_of: str) -> str:
    return diagnose(text, load_pack(HERE / pack), as_of=as_of).rating


@pytest.mark.parametrize(
    "text",
    [
        "ノーランドの輸出額は2024年に減少していないように見える",
        "ノーランドの輸出額は2024年に減少していないように思える",
        "ノーランドの輸出額は2024年に減少していない",
    ],
)
def test_a_negative_before_a_verb_of_seeming_is_kept(text: str) -> None:
    assert _rating("exports", text, "2025-06") == "false"


def test_a_result_clause_with_its_own_figure_is_checked_on_its_own_owner() -> None:
    en = "Norland's exports fell in 2024, so that Southland's exports were 90 billion dollars."
    assert _rating("exports", en, "2025-06") == "half_true"
    ja = "ノーランドの輸出額が2024年に減少しないよう、サウスランドの輸出額は900億ドルに抑えられた"
    assert _rating("exports", ja, "2025-06") not in ("true", "mostly_true")
