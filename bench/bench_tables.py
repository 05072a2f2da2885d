"""Table ingest benchmark: rows per second on a 100,000-row table, CSV and XLSX.

    python bench/bench_tables.py [--rows 100000]

Writes (seeded, into bench/out/tables/) a long CSV table of ``--rows`` rows (country, code,
year, two value columns, with thousands separators, footnote marks and missing values, as a
World Bank download has them) and reads it with ``extract_table`` against the bundled pack, in
this process, timing the read (decode + parse) and the interpretation (header, unit, one
observation per value cell) apart. With openpyxl installed it also writes the same rows as XLSX
and times that; without, it says it skipped it. Then the whole `ingest_files` run (draft written
and validated) on the CSV. Prints rows per second and observations per second.

Target: >= 20,000 table rows a second for reading and interpreting.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "tables"
COUNTRIES = [("Japan", "JPN"), ("Korea, Rep.", "KOR"), ("United States", "USA"), ("China", "CHN"),
             ("Germany", "DEU"), ("India", "IND"), ("France", "FRA"), ("Brazil", "BRA")]


def write_csv(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        f.write("Entity,Code,Year,Exports (US$ millions),GDP growth (annual %)\n")
        for i in range(rows):
            name, code = COUNTRIES[i % len(COUNTRIES)]
            name = f"{name} {i // (len(COUNTRIES) * 50)}" if i >= len(COUNTRIES) * 50 else name
            year = 1960 + (i // len(COUNTRIES)) % 60
            exports = f'"{rng.randint(1000, 900000):,}"' if rng.random() > 0.05 else ".."
            growth = f"{rng.uniform(-5, 9):.2f}" + ("p" if rng.random() < 0.02 else "")
            f.write(f'"{name}",{code},{year},{exports},{growth}\n')


def write_xlsx(csv_path: Path, path: Path) -> bool:
    try:
        from openpyxl import Workbook
    except ImportError:
        return False
    import csv

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("data")
    with csv_path.open(encoding="utf-8") as f:
        for row in csv.reader(f):
            ws.append(row)
    wb.save(path)
    return True


def time_table(path: Path, rows: int) -> None:
    from shingi.ingest.extract import ExtractContext
    from shingi.ingest.tables import extract_table, read_sheets
    from shingi.pack.load import load_pack

    ctx = ExtractContext(load_pack("japan-ai-2026"))
    t0 = time.perf_counter()
    read_sheets(path)
    t1 = time.perf_counter()
    table = extract_table(path, str(path), ctx, "src-bench")
    t2 = time.perf_counter()
    n_obs = len(table.facts.observations)
    print(f"{path.suffix[1:]}: {rows:,} rows; read {t1 - t0:.2f} s; read + interpret {t2 - t1:.2f} s "
          f"= {rows / (t2 - t1):,.0f} rows/s, {n_obs:,} observations ({n_obs / (t2 - t1):,.0f}/s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    csv_path = OUT / f"long-{args.rows}.csv"
    write_csv(csv_path, args.rows)
    time_table(csv_path, args.rows)
    xlsx_path = OUT / f"long-{args.rows}.xlsx"
    if write_xlsx(csv_path, xlsx_path):
        time_table(xlsx_path, args.rows)
    else:
        print("xlsx: skipped (openpyxl, used only to write the test file, is not installed)")

    from shingi.ingest.run import ingest_files

    draft = OUT / "draft"
    t0 = time.perf_counter()
    summary = ingest_files([csv_path], draft, pack_ref="japan-ai-2026", workers=1)
    t1 = time.perf_counter()
    print(f"ingest_files (read, interpret, write and validate the draft): {t1 - t0:.2f} s, "
          f"{args.rows / (t1 - t0):,.0f} rows/s, {summary.rows:,} rows drafted, "
          f"failures {len(summary.failures)}")
    print(f"peak memory (ru_maxrss): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
