"""Load benchmark: load and index a synthetic pack of 100k events and 100k observations.

    python bench/bench_load.py [--events 100000] [--observations 100000]

Generates the pack (bench/synth_pack.py) into bench/out/synthetic unless it is there, then, in
a fresh process, times `load_pack` (parse + validate) and building the EvidenceIndex, and
reports the process's peak memory (ru_maxrss). Targets: load <= 30 s, peak <= 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = r"""
import json, resource, sys, time
from shingi.pack.load import load_pack
from shingi.pack.index import EvidenceIndex
t0 = time.perf_counter()
pack = load_pack(sys.argv[1])
t1 = time.perf_counter()
index = EvidenceIndex.of(pack)
t2 = time.perf_counter()
print(json.dumps({"load_s": t1 - t0, "index_s": t2 - t1, "events": len(pack.events),
                  "observations": len(pack.observations),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--observations", type=int, default=100_000)
    args = parser.parse_args()
    from synth_pack import generate

    out = HERE / "out" / f"synthetic-{args.events}-{args.observations}"
    if not (out / "pack.yaml").exists():
        t = time.perf_counter()
        generate(out, args.events, args.observations, seed=1)
        print(f"generated {out} in {time.perf_counter() - t:.1f} s")
    result = json.loads(
        subprocess.run(
            [sys.executable, "-c", CHILD, str(out)], check=True, capture_output=True, text=True
        ).stdout
    )
    print(f"events {result['events']}, observations {result['observations']}")
    print(f"load+validate {result['load_s']:.2f} s (target <= 30 s)")
    print(f"index build   {result['index_s']:.2f} s")
    print(f"peak memory   {result['peak_mb']:.0f} MB (target <= 1536 MB)")


if __name__ == "__main__":
    main()
