"""A rating does not depend on the language the diagnosis is written in (docs/verdict-rules.md
§1.1): the claim is read in its own language, and ``--lang`` (or the pack's default report
language) only changes the words of the labels, statements and reasons. ``shingi eval`` (no
language: the pack's) and ``shingi diagnose --lang ja`` / ``--lang en`` give every claim of a
pack the same rating."""

from __future__ import annotations

from pathlib import Path

import pytest

from shingi.evaluation import evaluate_claims
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose, reader_language

BLIND = Path(__file__).resolve().parents[1] / "evaluation" / "blind"
#: a Japanese pack with English claims (round 12: fy2025-300-en was false from ``diagnose --lang
#: en`` and unverifiable from ``eval``), an English pack with Japanese claims (13 of 30)
PACKS = ("round12c/jp-bear-incidents-2025", "round12b/no-oil-fund-2025")


@pytest.mark.parametrize("name", PACKS)
def test_eval_and_diagnose_in_either_language_rate_every_claim_alike(name: str) -> None:
    folder = BLIND / name
    pack = load_pack(folder)
    claims = list(pack.claims.values())
    assert len(claims) >= 10
    by_eval = {row.id: row.rating for row in evaluate_claims(pack, claims).results}
    for lang in ("ja", "en"):
        for claim in claims:
            # what ``shingi diagnose --pack DIR --lang LANG --as-of SAID_ON TEXT`` does
            out_lang = reader_language(claim.text, lang, pack)
            rating = diagnose(claim.text, pack, lang=out_lang, as_of=claim.said_on).rating
            assert rating == by_eval[claim.id], (claim.id, lang, rating, by_eval[claim.id])
