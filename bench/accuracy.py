"""Accuracy on every development pack: exact, within one step, polarity flips.

Runs `shingi eval` logic on the bundled pack (its own claims and the blind claims file), the
fixture packs under tests/fixtures/packs, and the real-world DEVELOPMENT packs under
evaluation/realworld/dev/ (never the frozen test half). Prints one line per pack and a total;
`--save FILE` writes every claim's rating, `--compare FILE` lists what changed since.

    PYTHONPATH=src python bench/accuracy.py [--save before.json] [--compare before.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from shingi.evaluation import evaluate_claims, load_claims_file
from shingi.model import ShingiError
from shingi.pack.load import load_pack

ROOT = Path(__file__).resolve().parent.parent
TRUEISH = {"true", "mostly_true"}
FALSEISH = {"mostly_false", "false"}


def packs() -> list[tuple[str, Path | str, Path | None]]:
    out: list[tuple[str, Path | str, Path | None]] = [
        ("japan-ai-2026", "japan-ai-2026", None),
        ("japan-ai-2026-blind", "japan-ai-2026", ROOT / "tests/fixtures/claims/japan-ai-2026-blind.yaml"),
    ]
    for p in sorted((ROOT / "tests/fixtures/packs").iterdir()):
        if (p / "claims.yaml").is_file():
            out.append((p.name, p, None))
    dev = ROOT / "evaluation" / "realworld" / "dev"  # the development half only
    if dev.is_dir():
        for p in sorted(dev.rglob("pack.yaml")):
            out.append(("dev/" + str(p.parent.relative_to(dev)), p.parent, None))
    return out


def flip(expected: str | None, rating: str) -> bool:
    return (expected in TRUEISH and rating in FALSEISH) or (expected in FALSEISH and rating in TRUEISH)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--save")
    ap.add_argument("--compare")
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    ratings: dict[str, dict[str, list[str | None]]] = {}
    groups: dict[str, list[int]] = {}
    for name, where, claims_file in packs():
        if args.only and args.only not in name:
            continue
        try:
            pack = load_pack(where)
            claims = load_claims_file(claims_file) if claims_file else list(pack.claims.values())
            res = evaluate_claims(pack, claims)
        except ShingiError as exc:
            print(f"{name}: ERROR {str(exc).splitlines()[0]}")
            continue
        flips = sum(flip(r.expected, r.rating) for r in res.results if r.expected)
        ratings[name] = {r.id: [r.expected, r.rating] for r in res.results}
        print(f"{name:40s} {res.exact:3d}/{res.total:3d} exact  {res.within_one:3d} within-one  "
              f"{flips} flips")
        g = "realworld-dev" if name.startswith("dev/") else "fixtures+bundled"
        acc = groups.setdefault(g, [0, 0, 0, 0])
        for i, v in enumerate((res.exact, res.within_one, flips, res.total)):
            acc[i] += v
    for g, (e, w, f, t) in groups.items():
        print(f"== {g}: exact {e}/{t} ({100 * e / max(t, 1):.0f} %), within one {w}/{t} "
              f"({100 * w / max(t, 1):.0f} %), polarity flips {f}")
    if args.save:
        Path(args.save).write_text(json.dumps(ratings, indent=1, ensure_ascii=False))
    if args.compare:
        before = json.loads(Path(args.compare).read_text())
        for name, now in ratings.items():
            for cid, (exp, rating) in now.items():
                old = before.get(name, {}).get(cid)
                if old and old[1] != rating:
                    mark = "+" if rating == exp else ("-" if old[1] == exp else "~")
                    print(f"  {mark} {name}:{cid} expected {exp}: {old[1]} -> {rating}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
