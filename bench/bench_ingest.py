"""Ingest benchmark: sentences per second on one core, memory on a 10 MB text, many documents on Dask.

    python bench/bench_ingest.py [--mb 10] [--docs 2000] [--workers 2] [--english-only]

1. Writes a synthetic Japanese/English text of about ``--mb`` megabytes (seeded: timeline items,
   figures and plain prose built from the bundled pack's names, with random dates and amounts)
   into bench/out/, then ingests it against the bundled pack in a fresh process pinned to one
   core, and reports sentences per second, rows written and the peak memory (ru_maxrss).
2. Ingests the English documents of bench/ingest_eval's development sets in a fresh process and
   reports its peak memory and whether Sudachi was loaded (it must not be: ``--english-only`` runs
   this step alone).
3. Writes ``--docs`` small documents (Markdown and text) and ingests the folder serially and on a
   Dask LocalCluster of ``--workers`` processes; reports documents per second for each and
   checks that both drafts are byte-identical.

Target: >= 200 sentences a second on one core for text.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "ingest"

COMPANIES = ["Microsoft", "Rapidus", "NTT", "ソフトバンク", "さくらインターネット", "トヨタ自動車", "Sony AI",
             "Sakana AI", "PFN", "Preferred Networks", "産業技術総合研究所", "Rist"]
VERBS = ["投資発表", "追加支援", "運用開始", "公開", "提供開始", "連携を発表", "Nature掲載", "量産目標"]
FILLER_JA = [
    "国家戦略と産業投資が同期し、潜在的な取り組みが一斉に表面化した。",
    "日本の強みは現実世界にAIを埋め込む能力であり、現場と規制とハードウェアの相互作用が大きい。",
    "汎用総合戦での制覇には距離があるが、日本語とエッジの領域では勝てるタスクが増えている。",
    "この可視性の上昇が本物の国際競争力へ転化するかは、これから数年の実行力にかかっている。",
]
FILLER_EN = [
    "Analysts expect the programme to take several years before it changes the market.",
    "The government said the support would be reviewed every year against agreed milestones.",
    "Critics point out that the gap with the frontier remains large on general-purpose models.",
]


def synth_text(path: Path, megabytes: float, seed: int = 1) -> None:
    """A reproducible document of about ``megabytes`` MB with facts spread through prose."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    size = 0
    with path.open("w", encoding="utf-8") as f:
        section = 0
        while size < target:
            section += 1
            year = rng.randint(2018, 2027)
            parts = [f"## {year}年{rng.randint(1, 12)}月の動き ({section})\n\n"]
            for _ in range(rng.randint(3, 8)):
                month = rng.randint(1, 12)
                who = rng.choice(COMPANIES)
                amount = f"{rng.randint(1, 9999):,}億円" if rng.random() < 0.5 else ""
                parts.append(f"{year}/{month:02d}: {who} {amount}{rng.choice(VERBS)}\n\n")
            total = f"{rng.randint(1, 9)}.{rng.randint(100, 999)}兆円"
            parts.append(f"{rng.choice(COMPANIES)}：{rng.randint(100, 9999):,}億円の追加支援"
                         f"（累計{total}）。{rng.choice(FILLER_JA)}\n\n")
            parts.append(f"PLaMo 2.2 PrimeのJMLEスコアは{rng.uniform(50, 99):.1f}%。"
                         f"{rng.choice(FILLER_JA)}{rng.choice(FILLER_JA)}\n\n")
            parts.append(f"In {rng.choice(['March', 'June', 'October'])} {year}, {rng.choice(COMPANIES[:3])} "
                         f"announced a USD {rng.randint(1, 90)} billion investment. {rng.choice(FILLER_EN)} "
                         f"{rng.choice(FILLER_EN)}\n\n")
            block = "".join(parts)
            f.write(block)
            size += len(block.encode("utf-8"))


CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
from shingi.ingest.draft import write_draft
from shingi.ingest.run import process_document
from shingi.pack.load import check_pack, load_pack, resolve_pack

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

# the steps of ingest_files, one by one, to see where time and memory go
ref = str(resolve_pack("japan-ai-2026").resolve())
pack = load_pack(ref)
t0 = time.perf_counter()
result = process_document(sys.argv[1], ref)
t1 = time.perf_counter()
peak_extract = peak()
counts = write_draft(Path(sys.argv[2]), [result.source], [result.facts], pack)
t2 = time.perf_counter()
peak_write = peak()
_, problems = check_pack(Path(sys.argv[2]))
t3 = time.perf_counter()
print(json.dumps({"seconds": t1 - t0, "write_s": t2 - t1, "validate_s": t3 - t2,
                  "sentences": result.facts.sentences, "rows": counts.events + counts.observations,
                  "errors": sum(p.severity == "error" for p in problems),
                  "peak_extract_mb": peak_extract, "peak_write_mb": peak_write, "peak_mb": peak()}))
"""


def bench_big(megabytes: float) -> dict[str, float]:
    OUT.mkdir(parents=True, exist_ok=True)
    doc = OUT / f"synthetic-{megabytes:g}mb.md"
    if not doc.exists():
        synth_text(doc, megabytes)
    result = json.loads(subprocess.run([sys.executable, "-c", CHILD, str(doc), str(OUT / "draft-big")],
                                       check=True, capture_output=True, text=True).stdout)
    result["megabytes"] = doc.stat().st_size / 1e6
    result["sentences_per_s"] = result["sentences"] / result["seconds"]
    return result


def bench_many(docs: int, workers: int) -> dict[str, float | bool]:
    folder = OUT / f"docs-{docs}"
    if not folder.exists():
        folder.mkdir(parents=True)
        for i in range(docs):
            suffix = ".md" if i % 2 else ".txt"
            synth_text(folder / f"doc{i:05d}{suffix}", 0.002, seed=100 + i)
    from shingi.ingest.run import ingest_files

    timings: dict[str, float | bool] = {}
    for name, w in (("serial", 1), ("dask", workers)):
        t0 = time.perf_counter()
        summary = ingest_files([folder], OUT / f"draft-{name}", pack_ref="japan-ai-2026", workers=w)
        timings[f"{name}_s"] = time.perf_counter() - t0
        timings[f"{name}_docs_per_s"] = summary.read / timings[f"{name}_s"]
        timings[f"{name}_mode"] = summary.mode  # type: ignore[assignment]
    same = all(filecmp.cmp(OUT / "draft-serial" / f, OUT / "draft-dask" / f, shallow=False)
               for f in ("sources.csv", "entities.csv", "events.csv", "observations.csv", "metrics.csv"))
    timings["identical"] = same
    return timings


ENGLISH_CHILD = """
import glob, resource, sys
from pathlib import Path
from shingi.ingest.run import ingest_files
files = [Path(p) for s in ("dev", "dev2", "dev3", "fresh")
         for p in sorted(glob.glob(sys.argv[1] + "/" + s + "/en-*"))]
ingest_files(files, Path(sys.argv[2]), workers=1, replace=True)
print(len(files), "sudachipy" in sys.modules, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def bench_english() -> str:
    """Peak memory of a fresh process ingesting the development sets' English documents (no pack)."""
    out = subprocess.run([sys.executable, "-c", ENGLISH_CHILD, str(HERE / "ingest_eval"),
                          str(OUT / "draft-en")], check=True, capture_output=True, text=True).stdout.split()
    return f"{out[0]} English documents, serial: Sudachi loaded: {out[1]}; peak memory {float(out[2]):.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=10)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--english-only", action="store_true",
                        help="only the memory of ingesting English documents (Sudachi must not load)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print(bench_english())
    if args.english_only:
        return
    big = bench_big(args.mb)
    print(f"{big['megabytes']:.1f} MB text, one core: {big['sentences']} sentences read and extracted in "
          f"{big['seconds']:.1f} s = {big['sentences_per_s']:,.0f} sentences/s; "
          f"{big['rows']} rows written in "
          f"{big['write_s']:.1f} s, validated in {big['validate_s']:.1f} s ({big['errors']} errors); "
          f"peak memory after extraction {big['peak_extract_mb']:.0f} MB, after writing "
          f"{big['peak_write_mb']:.0f} MB, after validation {big['peak_mb']:.0f} MB")
    many = bench_many(args.docs, args.workers)
    print(f"{args.docs} documents: serial {many['serial_s']:.1f} s ({many['serial_docs_per_s']:.0f} docs/s); "
          f"{many['dask_mode']}: {many['dask_s']:.1f} s ({many['dask_docs_per_s']:.0f} docs/s); "
          f"identical drafts: {many['identical']}")


if __name__ == "__main__":
    main()
