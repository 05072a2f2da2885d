"""Long-line benchmark: seconds to ingest adversarial documents whose text is one very long line.

    python bench/bench_long_lines.py [--kb 200] [--budget 5]

A PDF text dump or a minified HTML page can hold a whole document on one line, and every pattern
that runs over a line (not over a sentence, which is cut at ``sentences.MAX_SENTENCE``) then sees
it all; a pattern that opens with a run and is called with ``search`` retries from every character
of that run, quadratic in its length. Each document below is about ``--kb`` KB on one line:

* digits and spaces, kanji, ``"a "`` repeated, dots, mixed punctuation (runs that many patterns
  open with), dot leaders, a long run of spaces;
* a real development document (bench/ingest_eval dev12) with its lines joined into one.

Each is ingested (``process_document``, no pack) in this process after a warm-up, and the seconds
are reported, over budget when above ``--budget`` seconds per 200 KB.

Budget: time linear in the document's length, a long line no slower than the same text wrapped into
ordinary lines, and at most 12 s per 200 KB (60 s a MB); runs with no figures take well under 5 s a
MB. Prose with a figure every 10 to 20 characters is over it (each figure costs about 1 ms in its
sentence, on a long line as on short ones): docs/ingest.md, "Patterns that cannot backtrack".
A line is read in pieces of at most ``readers.MAX_PIECE`` (4,000) characters and a sentence is at
most ``sentences.MAX_SENTENCE`` (500), so a pattern that is quadratic with ``search`` on a run sees
at most that much at a time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE / "ingest_eval" / "dev12"


def documents(size: int) -> dict[str, str]:
    """Name -> text of about ``size`` characters, all on one line."""

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    docs = {
        "digits+spaces": fill("12 345 6789 "),
        "digits": fill("1234567890"),
        "kanji": fill("国税庁統計局調査課"),
        "a-space": fill("a "),
        "dots": fill("."),
        "dot-leaders": fill("Total ...... 12 "),
        "spaces": "x" + " " * size + "x",
        "spaced-words": fill("2024 " + " " * 5000 + "Revenue "),
        "ideographic-spaces": fill("2024年" + "\u3000" * 5000 + "売上高"),
        "capitals": fill("A"),
        "punctuation": fill("、,.-()（）「」:;/ "),
        "ja-prose": fill("2024年の売上高は前年比5.3%増の1,234億円となった、"),
        "en-prose": fill("Revenue rose 5 percent to $12 million in 2024, "),
    }
    real = sorted(p for p in DEV.glob("*.txt"))
    joined = " ".join(" ".join(p.read_text("utf-8").split("\n")) for p in real)
    if joined:
        docs["dev12-joined"] = (joined * (size // len(joined) + 1))[:size]
    return docs


def run(size: int, budget: float, only: list[str] | None = None) -> int:
    from shingi.ingest.run import process_document

    over = 0
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text("2024年の売上高は1,234億円となった。\n", "utf-8")
        process_document(str(warm), None)
        for name, text in documents(size).items():
            if only and name not in only:
                continue
            path = Path(tmp) / f"{name}.txt"
            path.write_text(text + "\n", "utf-8")
            start = time.perf_counter()
            result = process_document(str(path), None)
            took = time.perf_counter() - start
            rows = 0 if result.facts is None else len(result.facts.observations) + len(result.facts.events)
            allowed = budget * len(text) / 200_000
            flag = "" if took <= allowed else "  OVER BUDGET"
            over += took > allowed
            failure = f"  ({result.failure.message})" if result.failure else ""
            print(f"{name:16s} {len(text) / 1000:7.0f} KB  {took:7.2f} s  {rows:5d} rows{failure}{flag}",
                  flush=True)
    return over


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kb", type=int, default=200)
    parser.add_argument("--budget", type=float, default=12.0, help="seconds per 200 KB")
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    sys.exit(1 if run(args.kb * 1000, args.budget, args.only) else 0)


if __name__ == "__main__":
    main()
