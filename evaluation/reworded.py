"""Score the reworded claims of rounds 19-28 (``evaluation/reworded/``) beside their originals.

Each ``evaluation/reworded/ROUND/PACK.yaml`` restates the claims of the blind pack
``evaluation/blind/ROUND/PACK`` in another writer's words, with the same expected ratings. This
runs, for every file, what

    python -m shingi eval evaluation/blind/ROUND/PACK \
        --claims evaluation/reworded/ROUND/PACK.yaml --format json

runs (and the same without ``--claims`` for the original wording), and prints one line per pack and
the totals: exact, within one step, polarity flips, wrong true, unverifiable (evaluation/score.py's
counts).

    PYTHONPATH=src python evaluation/reworded.py                       # all forty files
    PYTHONPATH=src python evaluation/reworded.py round20c/england-sewage-spills-2025
    PYTHONPATH=src python evaluation/reworded.py --format json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import COUNTS, count_claim

HERE = Path(__file__).resolve().parent
REWORDED = HERE / "reworded"
BLIND = HERE / "blind"
WORDINGS = ("original", "reworded")


def reworded_files(root: Path = REWORDED) -> list[Path]:
    """Every ``ROUND/PACK.yaml`` under ``root``, sorted."""
    return sorted(root.glob("*/*.yaml"))


def score_file(path: Path, blind: Path = BLIND) -> dict[str, Any]:
    """Counts of the original claims and of their rewordings for one reworded file."""
    from shingi.evaluation import evaluate_claims, load_claims_file
    from shingi.pack.load import load_pack

    pack = load_pack(blind / path.parent.name / path.stem)
    out: dict[str, Any] = {"pack": f"{path.parent.name}/{path.stem}"}
    claim_sets = {
        "original": list(pack.claims.values()),
        "reworded": load_claims_file(str(path), pack.meta.fiscal_year),
    }
    for wording, claims in claim_sets.items():
        counts = dict.fromkeys(COUNTS, 0)
        for r in evaluate_claims(pack, claims).scored:
            assert r.expected is not None
            count_claim(counts, r.expected, r.rating)
        out[wording] = counts
    return out


def score_all(files: list[Path]) -> dict[str, Any]:
    """Per-pack counts and the totals over ``files``."""
    packs = [score_file(f) for f in files]
    totals = {w: {k: sum(p[w][k] for p in packs) for k in COUNTS} for w in WORDINGS}
    return {"packs": packs, "total": totals}


def _line(label: str, c: dict[str, int]) -> str:
    return (f"{label}: exact {c['exact']}/{c['total']}, within one {c['within_one']}, "
            f"flips {c['flips']} ({c['wrong_true']} wrong true), unverifiable {c['unverifiable']}")


def text(out: dict[str, Any]) -> str:
    lines = []
    for p in out["packs"]:
        lines.append(p["pack"])
        lines.extend("  " + _line(w, p[w]) for w in WORDINGS)
    lines.append("TOTAL")
    lines.extend("  " + _line(w, out["total"][w]) for w in WORDINGS)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("only", nargs="*", metavar="ROUND/PACK", help="score only these files (default: all)")
    ap.add_argument("--format", choices=("text", "json"), default="text")
    args = ap.parse_args(argv)
    files = reworded_files()
    if args.only:
        wanted = {o.strip("/").removesuffix(".yaml") for o in args.only}
        files = [f for f in files if f"{f.parent.name}/{f.stem}" in wanted]
        missing = wanted - {f"{f.parent.name}/{f.stem}" for f in files}
        if missing:
            print(f"no reworded file: {', '.join(sorted(missing))}", file=sys.stderr)
            return 2
    out = score_all(files)
    print(json.dumps(out, indent=1) if args.format == "json" else text(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
