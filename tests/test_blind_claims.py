"""Claims written blind by someone who saw only the contract, the rules and the pack's evidence
(never the engine or the pack's own claims). They are the closest thing in the tree to the
unseen claims shingi is judged on."""

from __future__ import annotations

from pathlib import Path

from shingi.evaluation import evaluate_claims, load_claims_file
from shingi.pack.load import load_pack

CLAIMS = Path(__file__).parent / "fixtures" / "claims"


def test_blind_claims_on_the_bundled_pack() -> None:
    claims = load_claims_file(CLAIMS / "japan-ai-2026-blind.yaml")
    assert len(claims) >= 40
    assert {c.expected for c in claims} == {
        "true",
        "mostly_true",
        "half_true",
        "mostly_false",
        "false",
        "unverifiable",
    }
    result = evaluate_claims(load_pack("japan-ai-2026"), claims)
    misses = [(r.id, r.expected, r.rating) for r in result.results if not r.exact]
    assert result.exact / result.total >= 0.9, misses
