"""The claims file written blind by someone who saw only the contract, the rules and the pack's
evidence (never the engine or the pack's own claims): it covers every rating. Its accuracy floor
is in tests/test_accuracy_floors.py with the others'."""

from __future__ import annotations

from pathlib import Path

from shingi.evaluation import load_claims_file

CLAIMS = Path(__file__).parent / "fixtures" / "claims"


def test_the_blind_claims_cover_every_rating() -> None:
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
