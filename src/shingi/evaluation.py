"""``shingi eval``: diagnose every claim of a pack (or a claims file) and score against expected ratings.

Counting (the contract's ``{total, exact, within_one, results}``):

- ``total`` counts the claims that carry an ``expected`` rating; claims without one are
  diagnosed and listed in ``results`` (``expected: null``) but not scored.
- ``exact``: the rating equals the expected one.
- ``within_one``: the two ratings are at most one step apart on the five-step order
  ``true > mostly_true > half_true > mostly_false > false``; ``unverifiable`` lies outside the
  order and only matches itself. Exact matches count as within one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shingi.model import (
    RATING_ORDER,
    RATINGS,
    Claim,
    Diagnosis,
    FiscalYear,
    InputError,
    Pack,
    Problem,
    ShingiError,
)


def load_claims_file(path: str | Path, fiscal_year: FiscalYear | None = None) -> list[Claim]:
    """Claims from a YAML file written like a pack's ``claims.yaml``.

    A list of ``{id, text, expected, note, said_on, speaker}`` (or ``{claims: [...]}``); bare
    ``true``/``false`` are read as the ratings. Raises :class:`InputError` listing every problem as
    ``FILE:ROW:COLUMN: message``.
    """
    from shingi.pack.files import read_yaml

    file = Path(path)
    name = str(path)
    problems: list[Problem] = []
    if not file.is_file():
        raise InputError(f"{name}:0:-: no such claims file")
    doc = read_yaml(file, problems)
    problems = [Problem(name, p.row, p.column, p.message, p.severity) for p in problems]
    claims: list[Claim] = []
    if doc is not None:
        claims = _parse_claims(doc, name, problems, fiscal_year)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(f"{len(errors)} problem(s) in claims file\n" + "\n".join(str(p) for p in errors))
    return claims


def _parse_claims(
    doc: Any, name: str, problems: list[Problem], fiscal_year: FiscalYear | None = None
) -> list[Claim]:
    from shingi.pack.claims import read_claims

    claims = read_claims(doc, name, problems, fiscal_year)
    if not claims and not problems:
        problems.append(Problem(name, 1, "-", "no claims in the file"))
    return claims


def within_one(expected: str, rating: str) -> bool:
    """At most one step apart on the five-step order; unverifiable only matches itself."""
    if expected == rating:
        return True
    if expected not in RATING_ORDER or rating not in RATING_ORDER:
        return False
    return abs(RATING_ORDER.index(expected) - RATING_ORDER.index(rating)) <= 1


@dataclass(frozen=True, slots=True)
class EvalRow:
    """One claim's outcome: its rating, the expected one, and why (for the misses' listing)."""

    id: str
    text: str
    expected: str | None
    rating: str
    reasons: tuple[str, ...] = ()
    #: the date the claim was judged at (its said_on, contract 1.1), as the period's text
    as_of: str | None = None

    @property
    def exact(self) -> bool:
        return self.expected is not None and self.expected == self.rating

    @property
    def within_one(self) -> bool:
        return self.expected is not None and within_one(self.expected, self.rating)


@dataclass(slots=True)
class EvalResult:
    """The outcome of ``shingi eval`` (see the module docstring for how it counts)."""

    pack_id: str
    results: list[EvalRow] = field(default_factory=list)

    @property
    def scored(self) -> list[EvalRow]:
        return [r for r in self.results if r.expected is not None]

    @property
    def total(self) -> int:
        return len(self.scored)

    @property
    def exact(self) -> int:
        return sum(r.exact for r in self.results)

    @property
    def within_one(self) -> int:
        return sum(r.within_one for r in self.results)

    @property
    def accuracy(self) -> float | None:
        return round(self.exact / self.total, 4) if self.total else None

    def confusion(self) -> dict[str, dict[str, int]]:
        """expected -> rating -> count, over the six ratings (claims with an expected rating)."""
        table = {e: dict.fromkeys(RATINGS, 0) for e in RATINGS}
        for r in self.scored:
            if r.expected in table and r.rating in table[r.expected]:
                table[r.expected][r.rating] += 1
        return table

    def to_dict(self) -> dict[str, Any]:
        """The contract's fields, then extras (accuracy, within_one_rate, unrated, confusion)."""
        return {
            "total": self.total,
            "exact": self.exact,
            "within_one": self.within_one,
            "results": [_result_dict(r) for r in self.results],
            "pack": self.pack_id,
            "accuracy": self.accuracy,
            "within_one_rate": round(self.within_one / self.total, 4) if self.total else None,
            "unrated": len(self.results) - self.total,
            "confusion": self.confusion(),
        }

    def to_json_text(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_text(self) -> str:
        """A summary line, the confusion table (expected x got) and every miss with its reasons."""
        lines = [f"{self.pack_id}: {len(self.results)} claims, {self.total} with an expected rating"]
        if self.total:
            lines.append(f"exact {self.exact}/{self.total} ({100 * self.exact / self.total:.1f} %), "
                         f"within one step {self.within_one}/{self.total} "
                         f"({100 * self.within_one / self.total:.1f} %)")
            lines.append("")
            lines.extend(_confusion_lines(self.confusion()))
        misses = [r for r in self.scored if not r.exact]
        lines.append("")
        lines.append(f"misses ({len(misses)})" if misses else "misses: none")
        for r in misses:
            near = "within one" if r.within_one else "off"
            lines.append(f"- {r.id}: expected {r.expected}, got {r.rating} ({near})")
            lines.append(f"    {_one_line(r.text)}")
            lines.extend(f"    {reason}" for reason in r.reasons)
        return "\n".join(lines) + "\n"


def _confusion_lines(table: dict[str, dict[str, int]]) -> list[str]:
    short = {"true": "true", "mostly_true": "m_true", "half_true": "half", "mostly_false": "m_false",
             "false": "false", "unverifiable": "unver"}
    head = "expected \\ got".ljust(16) + "".join(short[r].rjust(9) for r in RATINGS)
    out = [head]
    for e in RATINGS:
        row = table[e]
        if not any(row.values()):
            continue
        out.append(e.ljust(16) + "".join((str(row[g]) if row[g] else ".").rjust(9) for g in RATINGS))
    return out


def _one_line(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    flat = "".join(ch if ch.isprintable() else " " for ch in flat)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _result_dict(r: EvalRow) -> dict[str, Any]:
    """One result as the contract has it, with the date it was judged at when the claim has one."""
    out: dict[str, Any] = {"id": r.id, "expected": r.expected, "rating": r.rating}
    if r.as_of:
        out["as_of"] = r.as_of
    return out


def _reasons(d: Diagnosis) -> tuple[str, ...]:
    out = []
    for c in d.checks:
        out.append(_one_line(f"[{c.id}] {c.result}: {c.statement} — {c.reason}", 240))
    return tuple(out)


def evaluate_claims(pack: Pack, claims: list[Claim], lang: str | None = None,
                    progress: bool = False) -> EvalResult:
    """Diagnose every claim (in order) and compare each rating with the claim's expected one.

    A claim the engine rejects as bad input (:class:`ShingiError`) is recorded as
    ``unverifiable`` with the error as its reason, so one bad claim does not stop the run.
    ``progress`` shows a bar on stderr when the run takes more than half a second.
    """
    from shingi.pipeline.diagnose import diagnose

    result = EvalResult(pack.id)
    items: Any = claims
    if progress:
        import sys

        from tqdm import tqdm

        items = tqdm(claims, desc="eval", unit="claim", file=sys.stderr, delay=0.5, leave=False)
    for claim in items:
        try:
            d = diagnose(claim.text, pack, lang=lang, as_of=claim.said_on, speaker=claim.speaker)
        except ShingiError as exc:
            result.results.append(EvalRow(claim.id, claim.text, claim.expected, "unverifiable",
                                          (f"error: {_one_line(str(exc))}",)))
            continue
        as_of = d.as_of.text if d.as_of else None
        result.results.append(EvalRow(claim.id, claim.text, claim.expected, d.rating, _reasons(d), as_of))
    return result
