"""Score shingi on a folder of evidence packs: exact, within one step, polarity flips.

Usage (from the repository root, with shingi installed):

    python evaluation/score.py evaluation/realworld/dev            # the development half
    python evaluation/score.py evaluation/realworld/test --frozen  # the frozen test half: once per release
    python evaluation/score.py --kept evaluation/realworld/FROZEN_RUN_2026-12-04b.json --by manifest
        # the totals of a kept run, grouped by the manifest that lists each pack (or --by language);
        # a kept run is only read, never scored again
    python evaluation/score.py evaluation/realworld/dev --half fit     # the packs rules are read from
    python evaluation/score.py evaluation/realworld/dev --half check   # the rest: totals and confusion only
    python evaluation/score.py evaluation/blind --blind               # every blind pack after its first run

Each sub-folder holding a ``pack.yaml`` is one pack; every claim with an ``expected`` rating is
diagnosed at its ``said_on`` (as ``shingi eval`` does) and scored. A polarity flip is a true-ish
rating (true, mostly_true) given to a false-ish claim (mostly_false, false) or the reverse; a
"wrong true" is ``true``/``mostly_true`` on a claim the fact-checker rated false-ish, the worst error.
The frozen half is refused without ``--frozen`` so that nobody scores it by accident while tuning.

``--half fit|check`` splits a development folder by the first hex digit of the SHA-256 of each
pack's folder name (0-7: fit, 8-f: check). Rules are written from the misses of the fit half; the
check half is printed as totals and a confusion table only, so that a rule can be seen to help
packs nobody read for it before it lands.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

TRUE_ISH = {"true", "mostly_true"}
FALSE_ISH = {"mostly_false", "false"}


def half_of(pack_dir: Path) -> str:
    """``fit`` or ``check``: the half of a development folder a pack belongs to (by its name's hash)."""
    return "fit" if hashlib.sha256(pack_dir.name.encode("utf-8")).hexdigest()[0] in "01234567" else "check"


def held_out(path: Path) -> str | None:
    """Why the engine must not be run on ``path`` while it is being developed, or None: a frozen
    test half (a ``test`` folder, a kept ``FROZEN`` run), or a blind pack before its first run
    (a pack under ``evaluation/blind`` with no ``FIRST_RUN-<id>.json`` beside it; that file is
    what makes a round development material). The development tools refuse such folders."""
    parts = path.resolve().parts
    if "test" in parts or any(part.startswith("FROZEN") for part in parts):
        return "a frozen test half"
    first_run = path.parent / f"FIRST_RUN-{path.name}.json"
    if "blind" in parts and (path / "pack.yaml").is_file() and not first_run.is_file():
        return "a blind pack before its first run"
    return None


def blind_development_packs(folder: Path) -> list[Path]:
    """The blind packs under ``folder`` (``evaluation/blind``: single packs and ``roundN/PACK``) that
    are development material, i.e. have had their first run (:func:`held_out` is None)."""
    found = [*folder.glob("*/pack.yaml"), *folder.glob("*/*/pack.yaml")]
    return sorted(p.parent for p in found if held_out(p.parent) is None)


def score_folder(folder: Path, half: str | None = None, blind: bool = False) -> dict[str, Any]:
    """Score every pack of ``folder`` (its direct subfolders; with ``blind``, every blind development
    pack under it: :func:`blind_development_packs`)."""
    from shingi.evaluation import evaluate_claims
    from shingi.pack.load import load_pack

    packs: list[dict[str, Any]] = []
    totals = dict.fromkeys(COUNTS, 0)
    if blind:
        pack_dirs = blind_development_packs(folder)
    else:
        pack_dirs = sorted(p.parent for p in folder.glob("*/pack.yaml"))
    for pack_dir in pack_dirs:
        if half is not None and half_of(pack_dir) != half:
            continue
        pack = load_pack(pack_dir)
        result = evaluate_claims(pack, list(pack.claims.values()))
        counts = dict.fromkeys(COUNTS, 0)
        rows = []
        for r in result.scored:
            assert r.expected is not None
            flip = count_claim(counts, r.expected, r.rating)
            rows.append({"id": r.id, "expected": r.expected, "rating": r.rating, "flip": flip})
        for key, value in counts.items():
            totals[key] += value
        packs.append({"pack": pack.id, **counts, "results": rows})
    return {"folder": str(folder), **totals, "packs": packs}


COUNTS = ("total", "exact", "within_one", "flips", "wrong_true", "unverifiable")


def count_claim(counts: dict[str, int], expected: str, rating: str) -> bool:
    """Add one scored claim to ``counts`` (the keys of ``COUNTS``); whether it is a polarity flip."""
    from shingi.evaluation import within_one

    flip = (expected in TRUE_ISH and rating in FALSE_ISH) or (expected in FALSE_ISH and rating in TRUE_ISH)
    counts["total"] += 1
    counts["exact"] += expected == rating
    counts["within_one"] += within_one(expected, rating)
    counts["flips"] += flip
    counts["wrong_true"] += expected in FALSE_ISH and rating in TRUE_ISH
    counts["unverifiable"] += rating == "unverifiable"
    return flip
REALWORLD = Path(__file__).resolve().parent / "realworld"


def moved_line(label: str, was: str, rating: str, expected: str) -> str:
    """One claim whose rating changed between two saved runs, marked ``+`` when it became the
    expected rating, ``-`` when it left it (the comparison line of grading.py and scale.py)."""
    mark = "+" if rating == expected else ("-" if was == expected else " ")
    return f"{mark} {label}: {was} -> {rating} (expected {expected})"


def _manifests(root: Path) -> dict[str, str]:
    """Pack id -> the name of the manifest that lists it (``manifest-<collector>.csv``)."""
    import csv

    found: dict[str, str] = {}
    for manifest in sorted(root.glob("manifest-*.csv")):
        with manifest.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                found[row["pack_id"]] = manifest.stem.removeprefix("manifest-")
    return found


def _language(root: Path, pack_id: str) -> str:
    import yaml

    for pack_yaml in root.glob(f"*/{pack_id}/pack.yaml"):
        return str((yaml.safe_load(pack_yaml.read_text("utf-8")) or {}).get("language") or "?")
    return "?"


def group_totals(out: dict[str, Any], by: str, root: Path = REALWORLD) -> dict[str, dict[str, int]]:
    """The totals of a scored run per group of packs: ``by`` is ``manifest`` (the manifest under
    ``root`` listing the pack) or ``language`` (the pack's ``language``)."""
    manifests = _manifests(root) if by == "manifest" else {}
    groups: dict[str, dict[str, int]] = {}
    for pack in out["packs"]:
        key = manifests.get(pack["pack"], "?") if by == "manifest" else _language(root, pack["pack"])
        totals = groups.setdefault(key, dict.fromkeys(("packs", *COUNTS), 0))
        totals["packs"] += 1
        for name in COUNTS:
            totals[name] += pack[name]
    return dict(sorted(groups.items()))


def groups_text(groups: dict[str, dict[str, int]]) -> str:
    return "\n".join(
        f"{key}: {t['packs']} packs, {t['total']} claims, "
        f"exact {t['exact']} ({_pct(t['exact'], t['total'])}), "
        f"within one {t['within_one']} ({_pct(t['within_one'], t['total'])}), flips {t['flips']} "
        f"(wrong true {t['wrong_true']}), unverifiable {t['unverifiable']}"
        for key, t in groups.items())


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--kept", type=Path, metavar="JSON",
                        help="read a kept run (the JSON output of an earlier run) instead of scoring")
    parser.add_argument("--by", choices=["manifest", "language"],
                        help="also print the totals per manifest or per pack language")
    parser.add_argument("--frozen", action="store_true",
                        help="allow scoring a frozen test half (once per release)")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--blind", action="store_true",
                        help="FOLDER is evaluation/blind: every blind pack after its first run, "
                             "one or two levels down")
    parser.add_argument("--half", choices=["fit", "check"],
                        help="only the fit or the check half of a development folder (check: totals only)")
    args = parser.parse_args(argv)
    if args.kept is not None:
        out = json.loads(args.kept.read_text("utf-8"))
        print(summary_text(out))
        if args.by:
            print(groups_text(group_totals(out, args.by)))
        return 0
    if args.folder is None:
        parser.error("give a folder of packs to score, or --kept JSON")
    if "test" in args.folder.resolve().parts and not args.frozen:
        print(f"{args.folder}: this is a frozen test half; score it only for a release, with --frozen",
              file=sys.stderr)
        return 2
    if not args.folder.is_dir():
        print(f"{args.folder}: no such folder", file=sys.stderr)
        return 2
    out = score_folder(args.folder, args.half, args.blind)
    if args.half == "check":
        print(totals_text(out))
        print(confusion_text(out))
        return 0
    if args.format == "json":
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(summary_text(out))
    if args.by:
        print(groups_text(group_totals(out, args.by)))
    return 0


def summary_text(out: dict[str, Any]) -> str:
    """One line per pack, then the totals."""
    lines = [f"{p['pack']}: exact {p['exact']}/{p['total']}, within one {p['within_one']}, flips {p['flips']}"
             for p in out["packs"]]
    return "\n".join(lines) + "\n" + totals_text(out)


RATINGS = ("true", "mostly_true", "half_true", "mostly_false", "false", "unverifiable", "unknown")


def confusion_text(out: dict[str, Any]) -> str:
    """Expected ratings (rows) against the ratings given (columns), counted over every claim."""
    cells: dict[tuple[str, str], int] = {}
    for p in out["packs"]:
        for r in p["results"]:
            cells[(r["expected"], r["rating"])] = cells.get((r["expected"], r["rating"]), 0) + 1
    lines = ["expected \\ got".ljust(16) + "".join(g[:9].rjust(10) for g in RATINGS)]
    for e in RATINGS:
        if any(cells.get((e, g)) for g in RATINGS):
            lines.append(e.ljust(16) + "".join(str(cells.get((e, g), 0)).rjust(10) for g in RATINGS))
    return "\n".join(lines)


def totals_text(out: dict[str, Any]) -> str:
    """The totals of a run: packs, claims, exact, within one, flips, unverifiable."""
    total = out["total"]
    lines = [f"\n{out['folder']}: {len(out['packs'])} packs, {total} claims"]
    lines.append(f"exact {out['exact']}/{total} ({_pct(out['exact'], total)}), "
                 f"within one {out['within_one']}/{total} ({_pct(out['within_one'], total)}), "
                 f"polarity flips {out['flips']} (wrong true on a false-ish claim: {out['wrong_true']}), "
                 f"unverifiable {out['unverifiable']}")
    return "\n".join(lines)

if __name__ == "__main__":
    raise SystemExit(main())
