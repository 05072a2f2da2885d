"""Cold start of ``shingi diagnose --format json`` as a subprocess (target <= 1 s wall).

    python bench/bench_cold_start.py [--runs 10] [--bytecode] [--importtime]

Runs the installed ``shingi`` command (``.venv/bin/shingi`` next to this interpreter, else
``python -m shingi.cli``) with the bundled pack's headline claim, ``--runs`` times, and reports
the median and the worst wall time. The first run is reported apart: it may pay for a cold disk
cache. By default the environment is inherited as it is (where ``PYTHONDONTWRITEBYTECODE`` is set,
every run compiles shingi from source); ``--bytecode`` lets Python write and use ``__pycache__``, as
an ordinary installation does. ``--importtime`` prints the ten slowest imports of one run
(``python -X importtime``), to find what to make lazy when the target is missed.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path


def command() -> list[str]:
    script = Path(sys.executable).with_name("shingi")
    return [str(script)] if script.exists() else [sys.executable, "-m", "shingi.cli"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--bytecode", action="store_true", help="let Python cache bytecode (__pycache__)")
    parser.add_argument("--importtime", action="store_true")
    args = parser.parse_args()
    cmd = [*command(), "diagnose", "--format", "json"]
    env = dict(os.environ)
    if args.bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    walls = []
    for _ in range(args.runs + 1):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        walls.append(time.perf_counter() - t)
    first, rest = walls[0], walls[1:]
    median = statistics.median(rest)
    mode = "no bytecode cache" if "PYTHONDONTWRITEBYTECODE" in env else "bytecode cached"
    print(f"{' '.join(Path(cmd[0]).name if i == 0 else c for i, c in enumerate(cmd))} ({mode}): "
          f"first {first:.3f} s, median {median:.3f} s, worst {max(rest):.3f} s over {len(rest)} runs "
          f"(target <= 1 s: {'ok' if max(rest) <= 1 else 'MISSED'})")
    if args.importtime:
        proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "shingi.cli", "diagnose", "--format",
                               "json"], check=True, capture_output=True, text=True, env=env)
        rows = []
        for line in proc.stderr.splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(.*)", line)
            if m:
                rows.append((int(m.group(2)), m.group(3).rstrip()))
        print("slowest imports (cumulative us):")
        for cumulative, name in sorted(rows, reverse=True)[:10]:
            print(f"  {cumulative:>9}  {name}")


if __name__ == "__main__":
    main()
