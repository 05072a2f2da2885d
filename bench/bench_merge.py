"""Merge benchmark: 30,000 reviewed draft rows merged into a pack of 30,000 rows.

    python bench/bench_merge.py [--rows 30000]

Generates two synthetic packs with bench/synth_pack.py (half events, half observations each):
the pack (seed 1) and the draft (seed 2: other rows about the same entities, metrics and
sources, so every row goes through the duplicate checks, and some are duplicates). In a fresh
process it times ``merge_draft`` whole (loading both packs, duplicate checks, writing, the
validation of the merged pack and the commit), then ``check_pack`` of the merged pack.
Target (issue 13): under 10 s for 30,000 rows. CPU time is printed beside wall time, since
wall time on a shared machine grows with its load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = r"""
import json, sys, time
from pathlib import Path
from shingi.ingest.merge import merge_draft
from shingi.pack.load import check_pack
t0, c0 = time.perf_counter(), time.process_time()
result = merge_draft(Path(sys.argv[1]), Path(sys.argv[2]))
t1, c1 = time.perf_counter(), time.process_time()
pack, problems = check_pack(sys.argv[2])
t2, c2 = time.perf_counter(), time.process_time()
print(json.dumps({"merge_s": t1 - t0, "validate_s": t2 - t1, "merge_cpu": c1 - c0,
                  "validate_cpu": c2 - c1, "events": len(result.events),
                  "observations": len(result.observations), "duplicates": len(result.duplicates),
                  "rows_after": len(pack.events) + len(pack.observations) if pack else 0,
                  "errors": sum(p.severity == "error" for p in problems)}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=30_000)
    args = parser.parse_args()
    from synth_pack import generate

    half = args.rows // 2
    base = HERE / "out" / f"merge-{args.rows}"
    pack, draft = base / "pack", base / "draft"
    shutil.rmtree(base, ignore_errors=True)
    t = time.perf_counter()
    generate(pack, half, half, seed=1)
    generate(draft, half, half, seed=2)
    print(f"generated {pack} and {draft} in {time.perf_counter() - t:.1f} s")
    out = subprocess.run([sys.executable, "-c", CHILD, str(draft), str(pack)], check=True,
                         capture_output=True, text=True).stdout
    result = json.loads(out)
    print(f"draft rows {args.rows}: merged {result['events']} event(s), {result['observations']} "
          f"observation(s), {result['duplicates']} duplicate(s) left out; "
          f"pack now {result['rows_after']} rows, "
          f"{result['errors']} error(s)")
    print(f"merge    {result['merge_s']:.2f} s wall, {result['merge_cpu']:.2f} s CPU (target < 10 s)")
    print(f"validate {result['validate_s']:.2f} s wall, {result['validate_cpu']:.2f} s CPU")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times grow with it)")


if __name__ == "__main__":
    main()
