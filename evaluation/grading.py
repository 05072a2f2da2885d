"""How the engine grades the size of a numeric miss, measured on every development family.

For each family (the blind rounds and single blind packs after their first run, the real-world
development half, the accuracy fixtures) it prints the totals and the confusion table
(evaluation/score.py's), then the misses whose only failing part is a numeric comparison, with
the relative error of each figure — the data a grading scale (docs/verdict-rules.md §4.1, §5)
is fitted on.

    python evaluation/grading.py                    # every family, both halves
    python evaluation/grading.py --half fit         # the packs thresholds are read from
    python evaluation/grading.py --half check       # the rest: totals and confusion only
    python evaluation/grading.py --save run.json    # every claim's rating and numeric checks
    python evaluation/grading.py --compare run.json # what changed since a saved run

Halves are score.py's (``half_of``: the SHA-256 of the pack folder's name); the fixtures are test
material, scored whole in either half. Held-out folders (score.py's ``held_out``) are never opened.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import (
    COUNTS,
    confusion_text,
    count_claim,
    half_of,
    held_out,
    moved_line,
    totals_text,
)

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ("blind", "realworld", "fixtures")


def family_packs(family: str) -> list[tuple[Path | str, Path | None]]:
    """(pack folder or bundled id, claims file or None) of one development family."""
    if family == "blind":
        blind = ROOT / "evaluation" / "blind"
        dirs = sorted({p.parent for p in [*blind.glob("*/pack.yaml"), *blind.glob("round*/*/pack.yaml")]})
        return [(d, None) for d in dirs if held_out(d) is None]
    if family == "realworld":
        return [(p.parent, None) for p in sorted((ROOT / "evaluation/realworld/dev").rglob("pack.yaml"))]
    fixtures = ROOT / "tests" / "fixtures"
    out: list[tuple[Path | str, Path | None]] = [
        ("japan-ai-2026", None), ("japan-ai-2026", fixtures / "claims/japan-ai-2026-blind.yaml")]
    out += [(p, None) for p in sorted((fixtures / "packs").iterdir()) if (p / "claims.yaml").is_file()]
    return out


def _numbers(check: Any) -> list[dict[str, Any]]:
    out = []
    for n in check.numbers:
        rel = None
        if n.claimed not in (None, 0):
            rel = round((n.found - n.claimed) / abs(n.claimed), 4)
        out.append({"claimed": n.claimed, "text": n.claimed_text, "found": n.found, "unit": n.unit,
                    "comparator": n.comparator, "rel": rel})
    return out


def run_family(family: str, half: str | None) -> dict[str, Any]:
    """Diagnose every claim with an expected rating; score.py's shape plus each claim's checks."""
    from shingi.evaluation import load_claims_file
    from shingi.model import ShingiError
    from shingi.pack.load import load_pack
    from shingi.pipeline.diagnose import diagnose

    totals = dict.fromkeys(COUNTS, 0)
    packs = []
    for where, claims_file in family_packs(family):
        if half is not None and family != "fixtures" and isinstance(where, Path) and half_of(where) != half:
            continue
        pack = load_pack(where)
        claims = load_claims_file(claims_file) if claims_file else list(pack.claims.values())
        rows = []
        for claim in claims:
            if claim.expected is None:
                continue
            try:
                d = diagnose(claim.text, pack, as_of=claim.said_on, speaker=claim.speaker)
                rating, checks = d.rating, d.checks
            except ShingiError:
                rating, checks = "unverifiable", []
            flip = count_claim(totals, claim.expected, rating)
            rows.append({"id": claim.id, "expected": claim.expected, "rating": rating, "flip": flip,
                         "text": claim.text,
                         "checks": [{"id": c.id, "kind": c.kind, "result": c.result, "credit": c.credit,
                                     "numbers": _numbers(c)} for c in checks]})
        name = pack.id + (f" ({claims_file.stem})" if claims_file else "")
        packs.append({"pack": name, "results": rows})
    return {"folder": family, **totals, "packs": packs}


def numeric_misses(out: dict[str, Any]) -> list[str]:
    """The misses whose every failing or partly check compared numbers (and nothing else failed)."""
    lines = []
    for p in out["packs"]:
        for r in p["results"]:
            if r["expected"] == r["rating"]:
                continue
            bad = [c for c in r["checks"] if c["result"] in ("partly", "fails")]
            if not bad or any(not c["numbers"] for c in bad):
                continue
            lines.append(f"{p['pack']} {r['id']}: expected {r['expected']}, got {r['rating']}")
            for c in r["checks"]:
                nums = "; ".join(
                    f"{n['comparator']} {n['text']} vs {n['found']:g} {n['unit'] or ''} (rel {n['rel']})"
                    for n in c["numbers"])
                credit = f" credit {c['credit']}" if c["credit"] is not None else ""
                lines.append(f"    [{c['id']}] {c['kind']} {c['result']}{credit}: {nums}")
    return lines


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The claims whose rating changed between two saved runs."""
    old = {(f, p["pack"], r["id"]): r["rating"]
           for f, out in before.items() for p in out["packs"] for r in p["results"]}
    lines = []
    for f, out in after.items():
        for p in out["packs"]:
            for r in p["results"]:
                was = old.get((f, p["pack"], r["id"]))
                if was is not None and was != r["rating"]:
                    lines.append(moved_line(f"{f} {p['pack']} {r['id']}", was, r["rating"], r["expected"]))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", choices=FAMILIES, action="append")
    parser.add_argument("--half", choices=["fit", "check"])
    parser.add_argument("--save", type=Path, metavar="JSON")
    parser.add_argument("--compare", type=Path, metavar="JSON")
    args = parser.parse_args(argv)
    runs = {f: run_family(f, args.half) for f in args.family or FAMILIES}
    for out in runs.values():
        print(totals_text(out))
        print(confusion_text(out))
        if args.half != "check":
            print("\nmisses whose only failing part is a numeric comparison:")
            print("\n".join(numeric_misses(out)) or "none")
    if args.save:
        args.save.write_text(json.dumps(runs, ensure_ascii=False, indent=1), "utf-8")
    if args.compare:
        print("\nchanged since", args.compare)
        print("\n".join(compare(json.loads(args.compare.read_text("utf-8")), runs)) or "nothing")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
