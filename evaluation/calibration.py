"""Decision calibration measured on unseen material: the contract-only blind rounds at their first run.

Each contract-only blind round (8-15) was rated once by the engine of its session's end (its
first-run commit, evaluation/blind/README.md) before anybody tuned for it; that run is the only
unseen-condition record the project has. This script rebuilds it with each claim's decision
path (which checks decided, their kinds, results, credits and numbers), so that a calibration
policy (docs/verdict-rules.md §5.1) can be fitted on the odd rounds and checked on the even ones.

    python evaluation/calibration.py build --out /tmp/calib.jsonl   # detached worktrees under /tmp,
                                                                     # one engine per round (about a minute)
    python evaluation/calibration.py table /tmp/calib.jsonl          # error by decision path
    python evaluation/calibration.py policy /tmp/calib.jsonl         # the policy, fit (odd) / check (even)
                                                                     # / further check (round 16)

``build`` makes ``/tmp/fr-<commit>`` with ``git worktree add --detach`` when missing, runs
``collect`` there (the old engine on today's pack files) and checks that every rating equals the
round's ``FIRST_RUN-<id>.json``; a mismatch is printed and kept in the row (``first_run``). A round
first run with the calibration step (16-21) is rated before it (``--uncalibrated``): the claims the
step moved are printed as mismatches.
``policy`` applies this checkout's :func:`shingi.pipeline.calibrate.calibrate` to the old engines'
decision paths: each first-run rating calibrated as the policy would have calibrated it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "evaluation"))  # score.py (collect keeps the engine on the PYTHONPATH)
BLIND = ROOT / "evaluation" / "blind"
#: the engine each contract-only round was first run on (evaluation/blind/README.md)
FIRST_RUN_COMMITS = {
    8: "1ccc6c4", 9: "5b7c206", 10: "d1749a9", 11: "13f16cb",
    12: "a274780", 13: "0b12cc4", 14: "d3b12e5", 15: "d8014f0",
}
FIT_ROUNDS = (9, 11, 13, 15)
CHECK_ROUNDS = (8, 10, 12, 14)
#: rounds first run after the calibration landed, and their first-run engines: ``build`` rates them
#: ``--uncalibrated`` (the ratings before the step, which ``policy`` then calibrates)
FURTHER_RUN_COMMITS = {16: "cdd9dc0", 17: "38c7c1fa", 18: "6bb3ccc6", 19: "c618aaf6", 20: "e42d7742",
                       21: "de2d13c3"}
FURTHER_ROUNDS = tuple(FURTHER_RUN_COMMITS)
RUN_COMMITS = {**FIRST_RUN_COMMITS, **FURTHER_RUN_COMMITS}
RATINGS = ("true", "mostly_true", "half_true", "mostly_false", "false", "unverifiable")


def round_packs(n: int) -> list[Path]:
    """The pack folders of blind round ``n`` (round8, round8b ...), each with its first-run file."""
    out = []
    for folder in sorted(BLIND.glob(f"round{n}*")):
        if folder.name.rstrip("abcd") != f"round{n}":
            continue
        for pack_yaml in sorted(folder.glob("*/pack.yaml")):
            if (folder / f"FIRST_RUN-{pack_yaml.parent.name}.json").is_file():
                out.append(pack_yaml.parent)
    return out


def _check_row(c: Any) -> dict[str, Any]:
    return {
        "kind": c.kind, "result": c.result, "credit": getattr(c, "credit", None),
        "reason": c.reason, "statement": c.statement, "evidence": len(c.evidence),
        "span": getattr(c, "span", ""),
        "numbers": [{"label": n.label, "claimed": n.claimed, "found": n.found,
                     "comparator": n.comparator, "unit": n.unit,
                     "claimed_text": getattr(n, "claimed_text", "")} for n in c.numbers],
        "parts": [_check_row(p) for p in c.parts],
    }


def collect(packs: list[Path], round_no: int) -> list[dict[str, Any]]:
    """Every claim of ``packs`` diagnosed by the engine on the PYTHONPATH, with its decision path."""
    from shingi.model import ShingiError
    from shingi.pack.load import load_pack
    from shingi.pipeline.diagnose import diagnose

    rows = []
    for pack_dir in packs:
        first_file = pack_dir.parent / f"FIRST_RUN-{pack_dir.name}.json"
        first = json.loads(first_file.read_text("utf-8")) if first_file.is_file() else {"results": []}
        first_rating = {r["id"]: r["rating"] for r in first["results"]}
        pack = load_pack(pack_dir)
        for claim in pack.claims.values():
            if claim.expected is None:
                continue
            row: dict[str, Any] = {"round": round_no, "pack": pack_dir.name, "id": claim.id,
                                   "text": claim.text, "expected": claim.expected,
                                   "first_run": first_rating.get(claim.id)}
            try:
                d = diagnose(claim.text, pack, as_of=claim.said_on, speaker=claim.speaker)
            except ShingiError as exc:
                row.update(rating="unverifiable", lang=None, checks=[], error=str(exc))
            else:
                row.update(rating=d.rating, lang=d.lang, checks=[_check_row(c) for c in d.checks])
            rows.append(row)
    return rows


def build(out: Path, rounds: list[int]) -> int:
    """Rebuild every round's first run with its decision paths (one old engine per round; a further
    round before its calibration step)."""
    lines = []
    made: list[Path] = []
    try:
        for n in rounds:
            commit = RUN_COMMITS[n]
            tree = Path(f"/tmp/fr-{commit}")
            if not tree.is_dir():
                subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree),
                                commit], check=True)
                made.append(tree)
            env = {**os.environ, "PYTHONPATH": str(tree / "src")}
            before_step = ["--uncalibrated"] if n in FURTHER_RUN_COMMITS else []
            proc = subprocess.run([sys.executable, __file__, "collect", "--round", str(n), *before_step],
                                  env=env, capture_output=True, text=True, check=True)
            rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
            moved = [r for r in rows if r["rating"] != r["first_run"]]
            print(f"round {n} ({commit}{', before calibration' if before_step else ''}): {len(rows)} claims, "
                  f"{len(rows) - len(moved)} reproduce the first run", file=sys.stderr)
            for r in moved:
                print(f"  {r['pack']}/{r['id']}: first run {r['first_run']}, re-run {r['rating']}",
                      file=sys.stderr)
            lines += [json.dumps(r, ensure_ascii=False) for r in rows]
    finally:
        for tree in made:  # the worktrees this run made are not left registered
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    out.write_text("\n".join(lines) + "\n", "utf-8")
    return 0


def load_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def counts(pairs: list[tuple[str, str]]) -> dict[str, int]:
    """exact, within one, flips, wrong true, unverifiable over (expected, rating) pairs: the
    counting of ``evaluation/score.py`` (:func:`score.count_claim`)."""
    from score import COUNTS, count_claim

    c = dict.fromkeys(COUNTS, 0)
    for e, r in pairs:
        count_claim(c, e, r)
    return c


def path_of(row: dict[str, Any]) -> str:
    """A short name for a claim's decision path: the rating and the kinds/results of its checks."""
    rated = [c for c in row["checks"] if c["kind"] != "opinion"] or row["checks"]
    parts = sorted(f"{c['kind']}:{c['result']}" for c in rated)
    return f"{row['rating']} <- " + (" + ".join(parts) if parts else "(no check)")


def table(rows: list[dict[str, Any]]) -> str:
    """Expected ratings for every decision path, the most frequent first."""
    by: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by[path_of(r)][r["expected"]] += 1
    lines = []
    for path, c in sorted(by.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        rating = path.split(" <- ")[0]
        lines.append(f"{n:4d} right {c[rating]:3d}  {path}  | "
                     + " ".join(f"{k}={c[k]}" for k in RATINGS if c[k]))
    return "\n".join(lines)


def _fmt(c: dict[str, int]) -> str:
    return (f"exact {c['exact']}/{c['total']}, within one {c['within_one']}, flips {c['flips']}, "
            f"wrong true {c['wrong_true']}, unverifiable {c['unverifiable']}")


def policy(rows: list[dict[str, Any]], verbose: bool = False) -> str:
    """The first-run ratings before and after this checkout's calibration, on the fit rounds (odd)
    and the check rounds (even)."""
    sys.path.insert(0, str(ROOT / "src"))  # this checkout's policy, whatever engine built the rows
    from score import moved_line

    from shingi.pipeline.calibrate import calibrate_rows

    lines = []
    halves = (("fit (rounds 9, 11, 13, 15)", FIT_ROUNDS), ("check (rounds 8, 10, 12, 14)", CHECK_ROUNDS),
              ("further check (round 16)", (16,)),
              ("further check (rounds 17-21)", FURTHER_ROUNDS[1:]))
    for name, rounds in halves:
        part = [r for r in rows if r["round"] in rounds]
        if not part:
            continue
        after = [calibrate_rows(r["rating"], r["checks"])[0] for r in part]
        lines.append(f"{name}: before {_fmt(counts([(r['expected'], r['rating']) for r in part]))}")
        pairs = [(r["expected"], a) for r, a in zip(part, after, strict=True)]
        lines.append(f"{' ' * len(name)}  after  {_fmt(counts(pairs))}")
        if verbose:
            for r, a in zip(part, after, strict=True):
                if a != r["rating"]:
                    label = f"r{r['round']} {r['pack']}/{r['id']}"
                    lines.append(f"   {moved_line(label, r['rating'], a, r['expected'])}  {path_of(r)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("build", help="rebuild the first runs with their decision paths")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--rounds", type=int, nargs="*", default=sorted(RUN_COMMITS))
    p = sub.add_parser("collect", help="one round (or --folder), engine on the PYTHONPATH: JSON lines")
    p.add_argument("--round", type=int, default=0)
    p.add_argument("--folder", type=Path, help="every pack under FOLDER (e.g. evaluation/realworld/dev)")
    p.add_argument("--uncalibrated", action="store_true",
                   help="ratings before the calibration step (an engine that has one: round 16 on)")
    p = sub.add_parser("table", help="expected ratings by decision path")
    p.add_argument("data", type=Path)
    p = sub.add_parser("policy", help="the calibration policy, fit / check")
    p.add_argument("data", type=Path)
    p.add_argument("-v", "--verbose", action="store_true", help="list every claim the policy moves")
    args = parser.parse_args(argv)
    if args.cmd == "build":
        return build(args.out, args.rounds)
    if args.cmd == "collect":
        if args.folder is not None:
            from score import held_out
            if held_out(args.folder):
                parser.error(f"{args.folder} is held out")
        packs = (sorted(p.parent for p in args.folder.glob("*/pack.yaml")) if args.folder is not None
                 else round_packs(args.round))
        if args.uncalibrated:
            from shingi.pipeline import aggregate
            aggregate.calibrate = lambda rating, checks, lang: (rating, None)  # type: ignore[attr-defined]
        for row in collect(packs, args.round):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if args.cmd == "table":
        print(table(load_rows(args.data)))
        return 0
    print(policy(load_rows(args.data), args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
