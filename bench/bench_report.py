"""Report speed for the bundled pack, per format (targets: HTML <= 0.5 s, PPTX <= 1 s, PDF <= 3 s).

    python bench/bench_report.py [--runs 3] [--pack japan-ai-2026]

Three numbers per format, each the median of ``--runs`` fresh processes:

- first: ``render_report`` on a loaded pack in a new process: the diagnosis, the report document,
  the lazy imports (matplotlib, WeasyPrint, python-pptx), the charts and the file written;
- warm: the same call again in that process (imports and font set-up done);
- command: ``shingi report --format FMT -o FILE`` end to end (start-up and pack loading included).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGETS = {"html": 0.5, "pptx": 1.0, "pdf": 3.0}
FORMATS = ("html", "pptx", "pdf", "md", "json", "jsonld")
OUT = Path(__file__).resolve().parent / "out"

SNIPPET = """
import json, sys, time
from pathlib import Path
from shingi.pack.load import load_pack
from shingi.render.registry import render_report
pack = load_pack(sys.argv[1])
out = Path(sys.argv[3])
times = []
for _ in range(2):
    t = time.perf_counter()
    render_report(pack, None, sys.argv[2], None, out, None)
    times.append(time.perf_counter() - t)
first, warm = times
print(json.dumps({"first": first, "warm": warm, "bytes": out.stat().st_size}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pack", default="japan-ai-2026")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    shingi = Path(sys.executable).parent / "shingi"
    print("| format | first render (in process) | warm render | `shingi report` command | size | target |")
    print("|---|---|---|---|---|---|")
    for fmt in FORMATS:
        target = OUT / f"report.{fmt}"
        firsts, warms, commands = [], [], []
        size = 0
        for _ in range(args.runs):
            res = subprocess.run([sys.executable, "-c", SNIPPET, args.pack, fmt, str(target)],
                                 capture_output=True, text=True, check=True)
            data = json.loads(res.stdout.strip().splitlines()[-1])
            firsts.append(data["first"])
            warms.append(data["warm"])
            size = data["bytes"]
            t = time.perf_counter()
            subprocess.run([str(shingi), "report", "--pack", args.pack, "--format", fmt, "-o", str(target)],
                           capture_output=True, check=True)
            commands.append(time.perf_counter() - t)
        first, warm, command = (statistics.median(x) for x in (firsts, warms, commands))
        goal = TARGETS.get(fmt)
        verdict = f"<= {goal:g} s: {'ok' if first <= goal else 'MISSED'}" if goal else ""
        print(f"| {fmt} | {first:.2f} s | {warm:.2f} s | {command:.2f} s | {size / 1024:.0f} kB "
              f"| {verdict} |")


if __name__ == "__main__":
    main()
