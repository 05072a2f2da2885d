"""Run every benchmark in turn (what `make bench` does); each prints its own results.

The numbers written down in bench/RESULTS.md come from these scripts, with the options each
section there gives.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    ["bench_load.py"],
    ["bench_diagnose.py"],
    ["bench_eval.py"],
    ["bench_cold_start.py"],
    ["bench_report.py"],
    ["bench_ingest.py"],
    ["bench_tables.py"],
    ["bench_merge.py"],
    ["bench_serve.py"],
]


def main() -> int:
    failed = []
    for script, *args in SCRIPTS:
        path = HERE / script
        if not path.exists():
            continue
        print(f"== {script}", flush=True)
        if subprocess.run([sys.executable, str(path), *args]).returncode != 0:
            failed.append(script)
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
