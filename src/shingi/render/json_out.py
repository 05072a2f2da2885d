"""A diagnosis as JSON: the contract's fields first, then the extras.

The contract (``shingi diagnose --format json``) asks for ``claim``, ``rating``, ``label``,
``holds``, ``exaggerated`` and ``checks`` (each with ``statement``, ``result``, ``evidence``).
Extras: ``pack``, ``lang``, ``claim_id``, ``reason``, ``evidence`` (every id used), ``conflicts``,
and per check ``id``, ``kind``, ``span``, ``reason``, ``sources``, ``numbers``, ``conflicts``,
``score`` and ``parts`` (the sub-checks of a leap). Contract 1.1: ``as_of`` (the period the
claim was judged at: its ``said_on`` or ``--as-of``) when one was given, with ``later_evidence``
(ids of evidence dated after it, what happened next); ``speaker`` when known. Keys keep a
fixed order and lists keep the engine's order (claim order, date order), so the same diagnosis
always prints the same bytes.
"""

from __future__ import annotations

import json
import math
from typing import Any

from shingi.model import Check, Conflict, Diagnosis, FiscalYear, NumberCompared


def diagnosis_to_dict(d: Diagnosis) -> dict[str, Any]:
    """The diagnosis as a JSON-ready dict (contract fields first)."""
    out: dict[str, Any] = {
        "claim": d.claim,
        "rating": d.rating,
        "label": d.label,
        "holds": list(d.holds),
        "exaggerated": list(d.exaggerated),
        "checks": [_check(c) for c in d.checks],
        "pack": d.pack_id,
        "lang": d.lang,
        "claim_id": d.claim_id,
        "reason": d.reason,
        "evidence": d.evidence_ids,
        "conflicts": [_conflict(c) for c in d.conflicts],
    }
    if d.as_of is not None:
        out["as_of"] = d.as_of.text
        out["later_evidence"] = list(d.later_evidence)
    if d.speaker is not None:
        out["speaker"] = d.speaker
    return out


def diagnosis_to_json(d: Diagnosis) -> str:
    """The diagnosis as indented UTF-8 JSON text, byte-identical across runs."""
    return json.dumps(diagnosis_to_dict(d), ensure_ascii=False, indent=2, allow_nan=False)


def _check(c: Check) -> dict[str, Any]:
    return {
        "statement": c.statement,
        "result": c.result,
        "evidence": list(c.evidence),
        "id": c.id,
        "kind": c.kind,
        "span": c.span,
        "reason": c.reason,
        "sources": list(c.sources),
        "numbers": [_number(n) for n in c.numbers],
        "conflicts": [_conflict(x) for x in c.conflicts],
        "score": _float(c.score),
        "parts": [_check(p) for p in c.parts],
    }


def _number(n: NumberCompared) -> dict[str, Any]:
    return {
        "label": n.label,
        "claimed": _float(n.claimed),
        "claimed_text": n.claimed_text,
        "found": _float(n.found),
        "unit": n.unit,
        "comparator": n.comparator,
        "conversion": n.conversion,
        "evidence": list(n.evidence),
    }


def _conflict(c: Conflict) -> dict[str, Any]:
    return {"what": c.what, "evidence": list(c.evidence), "sources": list(c.sources), "note": c.note}


def _float(x: float | None) -> float | int | None:
    """A JSON number: None for NaN or infinity (not valid JSON), integers without '.0'."""
    if x is None or not math.isfinite(x):
        return None
    if float(x).is_integer() and abs(x) < 2**53:
        return int(x)
    return round(float(x), 10)


def diagnosis_from_dict(data: dict[str, Any], fiscal_year: FiscalYear | None = None) -> Diagnosis:
    """The diagnosis back from :func:`diagnosis_to_dict`'s JSON (a kept diagnosis, to report it as
    it was given). ``fiscal_year``: the pack's convention, to read an ``as_of`` such as FY2025.
    What the JSON does not carry is left at its default (a check's ``credit``, used only while
    rating)."""
    from shingi.normalize.periods import parse_period

    as_of = data.get("as_of")
    return Diagnosis(
        claim=data["claim"],
        pack_id=data.get("pack") or "",
        lang=data.get("lang") or "ja",
        rating=data["rating"],
        label=data.get("label") or "",
        reason=data.get("reason") or "",
        holds=list(data.get("holds") or []),
        exaggerated=list(data.get("exaggerated") or []),
        checks=[_check_from(c) for c in data.get("checks") or []],
        claim_id=data.get("claim_id"),
        conflicts=[_conflict_from(c) for c in data.get("conflicts") or []],
        as_of=parse_period(as_of, fiscal_year) if as_of else None,
        speaker=data.get("speaker"),
        later_evidence=list(data.get("later_evidence") or []),
    )


def _check_from(c: dict[str, Any]) -> Check:
    return Check(
        id=c.get("id") or "",
        kind=c.get("kind") or "",
        statement=c.get("statement") or "",
        span=c.get("span") or "",
        result=c.get("result") or "unknown",
        reason=c.get("reason") or "",
        evidence=list(c.get("evidence") or []),
        sources=list(c.get("sources") or []),
        numbers=[_number_from(n) for n in c.get("numbers") or []],
        conflicts=[_conflict_from(x) for x in c.get("conflicts") or []],
        score=c.get("score"),
        parts=[_check_from(p) for p in c.get("parts") or []],
    )


def _number_from(n: dict[str, Any]) -> NumberCompared:
    found = n.get("found")
    return NumberCompared(
        label=n.get("label") or "",
        claimed=n.get("claimed"),
        claimed_text=n.get("claimed_text") or "",
        found=math.nan if found is None else float(found),
        unit=n.get("unit"),
        evidence=tuple(n.get("evidence") or ()),
        comparator=n.get("comparator") or "about",
        conversion=n.get("conversion"),
    )


def _conflict_from(c: dict[str, Any]) -> Conflict:
    return Conflict(
        what=c.get("what") or "",
        evidence=tuple(c.get("evidence") or ()),
        sources=tuple(c.get("sources") or ()),
        note=c.get("note") or "",
    )
