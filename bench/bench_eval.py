"""``shingi eval`` throughput: claims diagnosed and scored per second (target >= 200 claims/s).

    python bench/bench_eval.py [--repeat 10]

Two numbers:

- in process: ``evaluate_claims`` over the bundled pack's claims repeated ``--repeat`` times
  (a claims list of a realistic size, on a loaded pack with its index built), best of 3;
- end to end: the command ``shingi eval japan-ai-2026 --format json`` as a subprocess, start-up,
  pack loading and JSON output included, median of 5 runs; claims/s = claims in the pack / wall time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=10, help="times the claims list is repeated in process")
    parser.add_argument("--pack", default="japan-ai-2026")
    args = parser.parse_args()
    from shingi.evaluation import evaluate_claims
    from shingi.pack.load import load_pack

    pack = load_pack(args.pack)
    claims = list(pack.claims.values())
    evaluate_claims(pack, claims)  # warm-up: index and per-pack analyses
    many = claims * args.repeat
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        result = evaluate_claims(pack, many)
        best = min(best, time.perf_counter() - t)
    rate = len(many) / best
    print(f"in process: {len(many)} claims in {best:.3f} s = {rate:.0f} claims/s, "
          f"exact {result.exact // args.repeat}/{result.total // args.repeat} "
          f"(target >= 200 claims/s: {'ok' if rate >= 200 else 'MISSED'})")

    walls = []
    out = ""
    for _ in range(5):
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "shingi.cli", "eval", args.pack, "--format", "json"],
                             check=True, capture_output=True, text=True).stdout
        walls.append(time.perf_counter() - t)
    total = len(json.loads(out)["results"])
    wall = statistics.median(walls)
    print(f"end to end: shingi eval {args.pack} --format json: {total} claims in {wall:.3f} s "
          f"= {total / wall:.0f} claims/s (start-up and loading included)")


if __name__ == "__main__":
    main()
