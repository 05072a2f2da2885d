"""The grading scale measured: expected rating against the size of a numeric miss, by kind of figure.

For every development claim (every blind pack after its first run, i.e. with its FIRST_RUN-<id>.json
beside it, and realworld dev) whose rating a numeric comparison decided — every check that does not
hold compared numbers, and at least one check compared a claimed number — it records, per deciding
figure, the kind of statement (level, change, ratio, share, rank, bound, near bound, crossing), the
claimed and the found value, the relative error (a factor for multiples), the engine's rating and
the expected one. It then tabulates the expected ratings against the error per kind for the FIT half
(odd blind rounds; single packs and realworld dev by score.py's hash half) and the CHECK half (even
rounds and the other hash half), and scores candidate scale rows on both halves by re-rating each
claim with the rows applied to its deciding checks (``aggregate.rate``, the engine's own rule).

    python evaluation/scale.py --save /tmp/scale.json     # run the engine, keep every row
    python evaluation/scale.py --load /tmp/scale.json     # tables and candidate rows, no engine run

docs/verdict-rules.md §4.1 ("The grading scale, fitted on round halves") prints its numbers.
Held-out folders (score.py's ``held_out``) are never opened.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import COUNTS, count_claim, half_of, held_out, moved_line

ROOT = Path(__file__).resolve().parent.parent
RATINGS = ("true", "mostly_true", "half_true", "mostly_false", "false", "unverifiable")
TRUEISH, FALSEISH = {"true", "mostly_true"}, {"mostly_false", "false"}
BOUNDS = ("at_least", "more_than", "at_most", "less_than")
_NEAR = re.compile(
    r"(?i)\b(?:nearly|almost|close to|just (?:under|over|below|above|shy)|slightly)\b|近く|弱|強|ほぼ|迫"
)
_APPROX = re.compile(r"(?i)\b(?:about|around|roughly|approximately|some|or so)\b|約|およそ|程度|前後|規模|~")
_CROSSING = re.compile(
    r"(?i)\b(?:topped|passed|crossed|surpassed|broke|dipped below|fell below|dropped below|plunged below)\b"
    r"|突破|割り込|割れ|を割っ|切った|を切り"
)
_DATE = re.compile(r"(?:\b|^)(?:19|20)\d\d(?:\b|年)")


def _round_half(path: Path) -> tuple[str, str]:
    """(family, half): blind rounds by their number's parity, the rest by score.py's hash."""
    m = re.search(r"/blind/round(\d+)", str(path))
    if m:
        return "blind", "fit" if int(m.group(1)) % 2 else "check"
    return ("blind" if "/blind/" in str(path) else "realworld"), half_of(path)


def pack_dirs(root: Path = ROOT) -> list[Path]:
    """The development packs: every blind pack with its ``FIRST_RUN-<id>.json`` beside it (a round is
    read only after its first run is kept; score.py's ``held_out`` decides, for the whole round and each
    pack of it) and realworld dev."""
    blind = root / "evaluation" / "blind"
    dirs = sorted({p.parent for p in [*blind.glob("*/pack.yaml"), *blind.glob("round*/*/pack.yaml")]})
    dirs += sorted(p.parent for p in (root / "evaluation/realworld/dev").rglob("pack.yaml"))
    return [d for d in dirs if held_out(d) is None]


def run() -> list[dict[str, Any]]:
    """Diagnose every development claim with an expected rating; one row per claim."""
    from shingi.model import ShingiError
    from shingi.pack.load import load_pack
    from shingi.pipeline.diagnose import diagnose

    rows = []
    for d in pack_dirs():
        family, half = _round_half(d)
        pack = load_pack(d)
        for claim in pack.claims.values():
            if claim.expected is None:
                continue
            try:
                diag = diagnose(claim.text, pack, as_of=claim.said_on, speaker=claim.speaker)
                rating, checks = diag.rating, diag.checks
            except ShingiError:
                rating, checks = "unverifiable", []
            rows.append({
                "pack": d.relative_to(ROOT / "evaluation").as_posix(), "family": family, "half": half,
                "id": claim.id, "expected": claim.expected, "rating": rating, "text": claim.text,
                "checks": [{"kind": c.kind, "result": c.result, "credit": c.credit, "span": c.span,
                            "numbers": [{"claimed": n.claimed, "text": n.claimed_text, "found": n.found,
                                         "unit": n.unit, "comparator": n.comparator, "label": n.label}
                                        for n in c.numbers]}
                           for c in checks],
            })
    return rows


def figure_kind(check: dict[str, Any], n: dict[str, Any]) -> str:
    """What the figure is: rank, crossing, near (a little below / above), bound (of a level or of
    a change), change, ratio (of a change), share or level."""
    text, span = n["text"] or "", check["span"] or ""
    if n["unit"] == "rank" or n["comparator"] == "last":
        return "rank"
    if n["comparator"] in BOUNDS:
        if _NEAR.search(text):
            return "near"
        if _CROSSING.search(span):
            return "crossing"
        return "bound-change" if check["kind"] == "change" else "bound"
    if check["kind"] == "change":
        return "ratio-change" if n["unit"] == "x" else "change"
    if n["unit"] == "x":
        return "ratio"
    if check["kind"] == "share":
        return "share"
    return "level"


def error_of(n: dict[str, Any], change: bool = False) -> float | None:
    """The size of the miss: for a multiple the log factor between claimed and found (as a factor
    >= 1), else |found - claimed| / |claimed|; for a bound the shortfall past the line (0 when it
    holds)."""
    c, f = n["claimed"], n["found"]
    if c in (None, 0) or f is None:
        return None
    if n["comparator"] in BOUNDS and not _NEAR.search(n["text"] or ""):
        short = c - f if n["comparator"] in ("at_least", "more_than") else f - c
        if n["unit"] == "x" and c > 0 and f > 0:
            return max(c / f, f / c) if short > 0 else 1.0
        return max(0.0, short) / abs(c)
    if n["unit"] == "x" and c > 0 and f > 0:
        return math.exp(abs(math.log(f / c)))
    if change:
        # a fall is said as a positive size and may be recorded as a negative change
        return abs(abs(f) - abs(c)) / abs(c)
    return abs(f - c) / abs(c)


def deciding(row: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """The numeric checks that decided the rating (index, worst claimed figure), or [] when a
    check without numbers also failed or nothing claimed compared a number."""
    checks = row["checks"]
    rated = [c for c in checks if c["kind"] != "opinion"]
    out = []
    for i, c in enumerate(checks):
        if c not in rated:
            continue
        nums = [n for n in c["numbers"] if n["claimed"] is not None and error_of(n) is not None]
        if c["result"] in ("partly", "fails") and not nums:
            return []
        if nums:
            worst = max(nums, key=_norm_err)
            out.append((i, worst))
    return out


def _norm_err(n: dict[str, Any]) -> float:
    e = error_of(n) or 0.0
    return math.log(e) if n["unit"] == "x" and e >= 1 else e


BUCKETS_REL = (0.0, 0.02, 0.04, 0.05, 0.10, 0.20, 0.25, 0.50, 1.0, math.inf)
BUCKETS_X = (1.0, 1.05, 1.1, 1.25, 1.6, 2.0, 3.0, math.inf)


def bucket(kind: str, unit: str | None, err: float) -> str:
    edges = BUCKETS_X if unit == "x" else BUCKETS_REL
    if err == edges[0]:
        return "x1" if unit == "x" else "0"
    for lo, hi in itertools.pairwise(edges):
        if lo < err <= hi:
            return (f"x{lo:g}-{hi:g}" if unit == "x" else f"{lo * 100:g}-{hi * 100:g}%").replace("inf", "")
    return "?"


def records(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per claim decided by numbers: its worst deciding figure."""
    out = []
    for r in rows:
        dec = deciding(r)
        if not dec:
            continue
        i, n = max(dec, key=lambda t: (r["checks"][t[0]]["result"] != "holds", _norm_err(t[1])))
        c = r["checks"][i]
        kind = figure_kind(c, n)
        err = error_of(n, change=c["kind"] == "change")
        assert err is not None
        out.append({**{k: r[k] for k in ("pack", "family", "half", "id", "expected", "rating")},
                    "claim": r["text"],
                    "kind": kind, "unit": n["unit"], "claimed": n["claimed"], "found": n["found"],
                    "text": n["text"], "approx": bool(_APPROX.search(n["text"] or "")), "err": err,
                    "bucket": bucket(kind, n["unit"], err), "result": c["result"], "credit": c["credit"],
                    "n_checks": len(r["checks"]), "row": r, "check": i})
    return out


def table(recs: list[dict[str, Any]], half: str) -> list[str]:
    """Expected ratings per kind and error bucket, with the engine's ratings beside them."""
    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    eng: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for x in recs:
        if x["half"] != half:
            continue
        approx = x["approx"] and x["kind"] in ("level", "change", "ratio", "ratio-change")
        key = (x["kind"] + (" ~" if approx else ""), x["bucket"])
        cells[key][x["expected"]] += 1
        eng[key][x["rating"]] += 1
    lines = [f"== {half} half: kind | miss | expected (T MT HT MF F U) | engine (T MT HT MF F U)"]
    for key in sorted(cells, key=lambda k: (k[0], _bucket_order(k[1]))):
        e = " ".join(f"{cells[key][r]:>2}" for r in RATINGS)
        g = " ".join(f"{eng[key][r]:>2}" for r in RATINGS)
        lines.append(f"{key[0]:<18} {key[1]:<11} | {e} | {g}")
    return lines


def _bucket_order(b: str) -> float:
    m = re.match(r"x?([\d.]+)", b)
    return float(m.group(1)) if m else -1.0


# ---------------------------------------------------------------- candidate rows

#: A candidate row: (name, applies to a record, (result, credit) it gives).
Row = tuple[str, Callable[[dict[str, Any]], bool], tuple[str, float | None]]


def rerate(x: dict[str, Any], rows: list[Row]) -> str:
    """The claim's rating with the first matching candidate row applied to its deciding check."""
    from shingi.pipeline.aggregate import rate

    row, i = x["row"], x["check"]
    for _, applies, (result, credit) in rows:
        if applies(x):
            checks = [c for c in row["checks"] if c["kind"] != "opinion"] or row["checks"]
            results = [result if c is row["checks"][i] else c["result"] for c in checks]
            credits = [credit if c is row["checks"][i] else c["credit"] for c in checks]
            return rate(results, credits)  # type: ignore[arg-type]
    return x["rating"]


def score(recs: list[dict[str, Any]], half: str, rows: list[Row]) -> dict[str, Any]:
    """Exact, within-one, flips and wrong trues of the records of one half, before and after."""
    order = ("true", "mostly_true", "half_true", "mostly_false", "false")
    out: dict[str, Any] = {"exact": [0, 0], "within": [0, 0], "flips": [0, 0], "wrong_true": [0, 0],
                           "moved": []}
    for x in recs:
        if f"{x['family']} {x['half']}" != half:
            continue
        after = rerate(x, rows)
        for j, got in enumerate((x["rating"], after)):
            exp = x["expected"]
            out["exact"][j] += got == exp
            if got in order and exp in order:
                out["within"][j] += abs(order.index(got) - order.index(exp)) <= 1
            out["flips"][j] += (got in TRUEISH and exp in FALSEISH) or (got in FALSEISH and exp in TRUEISH)
            out["wrong_true"][j] += got == "true" and exp in FALSEISH | {"half_true"}
        if after != x["rating"]:
            mark = "+" if after == x["expected"] else ("-" if x["rating"] == x["expected"] else " ")
            out["moved"].append(f"  {mark} {x['pack']} {x['id']} [{x['kind']} {x['bucket']}] "
                                f"{x['rating']} -> {after} (expected {x['expected']})")
    return out


def _is(
    kind: str, lo: float, hi: float, approx: bool | None = None, check: str | None = None
) -> Callable[[dict[str, Any]], bool]:
    def applies(x: dict[str, Any]) -> bool:
        return (x["kind"] == kind and lo < x["err"] <= hi and x["result"] == "fails"
                and (approx is None or x["approx"] == approx)
                and (check is None or x["row"]["checks"][x["check"]]["kind"] == check))
    return applies


#: The candidate rows measured (docs/verdict-rules.md §4.1): each must gain on both halves and add
#: no flip and no wrong true.
CANDIDATES: list[Row] = [
    ("exact level 4-10 % -> mostly true", _is("level", 0.04, 0.10, approx=False), ("partly", None)),
    ("exact level 4-10 % -> mostly false", _is("level", 0.04, 0.10, approx=False), ("partly", 0.25)),
    ("exact level 4-10 % -> half true", _is("level", 0.04, 0.10, approx=False), ("partly", 0.5)),
    ("exact level 4-10 % -> half true (metric)", _is("level", 0.04, 0.10, approx=False, check="metric"),
     ("partly", 0.5)),
    ("share 4-10 % -> half true", _is("share", 0.04, 0.10), ("partly", 0.5)),
    ("near 20-33 % -> mostly false", _is("near", 0.20, 1 / 3), ("partly", 0.25)),
    ("exact level 4-15 % -> mostly false", _is("level", 0.04, 0.15, approx=False), ("partly", 0.25)),
    ("exact level 4-20 % -> mostly false", _is("level", 0.04, 0.20, approx=False), ("partly", 0.25)),
    ("exact level 10-25 % -> mostly false", _is("level", 0.10, 0.25, approx=False), ("partly", 0.25)),
    ("exact level 4-25 % -> mostly false", _is("level", 0.04, 0.25, approx=False), ("partly", 0.25)),
    ("about level 20-25 % -> mostly false", _is("level", 0.20, 0.25, approx=True), ("partly", 0.25)),
    ("about level 20-40 % -> mostly false", _is("level", 0.20, 0.40, approx=True), ("partly", 0.25)),
    ("share 4-25 % -> mostly false", _is("share", 0.04, 0.25), ("partly", 0.25)),
    ("share 4-10 % -> mostly false", _is("share", 0.04, 0.10), ("partly", 0.25)),
    ("bound 5-10 % -> mostly false", _is("bound", 0.05, 0.10), ("partly", 0.25)),
    ("bound 5-12.5 % -> mostly false", _is("bound", 0.05, 0.125), ("partly", 0.25)),
    ("bound 5-15 % -> mostly false", _is("bound", 0.05, 0.15), ("partly", 0.25)),
    ("bound 5-20 % -> mostly false", _is("bound", 0.05, 0.20), ("partly", 0.25)),
    ("bound <= 2 % -> mostly true", _is("bound", 0.0, 0.02), ("partly", None)),
    ("near 0-25 % -> mostly false", _is("near", 0.0, 0.25), ("partly", 0.25)),
    ("change 3-5x -> mostly false", _is("change", 3.0, 5.0), ("partly", 0.25)),
    ("ratio x1.1-1.6 -> mostly false", _is("ratio", 1.1, 1.6), ("partly", 0.25)),
    ("ratio-change x1.6-2.5 -> mostly false", _is("ratio-change", 1.6, 2.5), ("partly", 0.25)),
    ("rank off -> mostly false", _is("rank", 0.0, math.inf), ("partly", 0.25)),
]


HALVES = ("blind fit", "blind check", "realworld fit", "realworld check")


def _fmt(s: dict[str, Any]) -> str:
    return " ".join(f"{k} {s[k][0]}->{s[k][1]}" for k in ("exact", "within", "flips", "wrong_true"))


def totals(rows: list[dict[str, Any]], half: str) -> dict[str, int]:
    """score.py's counts over every claim of one half, and ``true_on_false``: a ``true`` on a claim
    expected mostly false or false (the worst error)."""
    t = dict.fromkeys(COUNTS, 0)
    t["true_on_false"] = 0
    for r in rows:
        if f"{r['family']} {r['half']}" == half:
            count_claim(t, r["expected"], r["rating"])
            t["true_on_false"] += r["rating"] == "true" and r["expected"] in FALSEISH
    return t


def compare(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[str]:
    """Per-half totals of two saved runs and the claims whose rating changed."""
    lines = []
    for half in HALVES:
        b, a = totals(before, half), totals(after, half)
        moved = " ".join(f"{k} {b[k]}->{a[k]}" for k in b if k not in ("total", "unverifiable"))
        lines.append(f"{half:<16} {b['total']:>4} claims {moved}")
    old = {(r["pack"], r["id"]): r["rating"] for r in before}
    for r in after:
        was = old.get((r["pack"], r["id"]))
        if was is not None and was != r["rating"]:
            label = f"{r['family']} {r['half']} {r['pack']} {r['id']}"
            lines.append("  " + moved_line(label, was, r["rating"], r["expected"]))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, metavar="JSON")
    parser.add_argument("--load", type=Path, metavar="JSON")
    parser.add_argument("--moved", action="store_true", help="list the claims each candidate moves")
    parser.add_argument("--list", metavar="KIND", help="list the records of one kind")
    parser.add_argument("--compare", type=Path, metavar="JSON", help="what changed since a saved run")
    args = parser.parse_args(argv)
    rows = json.loads(args.load.read_text("utf-8")) if args.load else run()
    if args.save:
        args.save.write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    if args.compare:
        print("\n".join(compare(json.loads(args.compare.read_text("utf-8")), rows)))
        return 0
    recs = records(rows)
    for fam in ("blind", "realworld"):
        print(f"# {fam}: {sum(1 for r in rows if r['family'] == fam)} claims, "
              f"{sum(1 for x in recs if x['row']['family'] == fam)} decided by numbers")
    for half in ("fit", "check"):
        print("\n".join(table(recs, half)))
    if args.list:
        for x in sorted(recs, key=lambda x: (x["half"], x["err"])):
            if x["kind"] == args.list:
                print(f"{x['half']:<5} {x['err']:.3f} {x['expected']:<12} {x['rating']:<12} {x['result']:<6} "
                      f"{x['family'][:5]} {x['pack'].split('/')[-1]} {x['id']}: {x['claim'][:90]} "
                      f"| {x['text']} "
                      f"{x['claimed']:g} vs {x['found']:g}")
    print("\n== candidate rows (before -> after; wrong_true: true on a claim expected half true or worse)")
    for name, applies, grade in CANDIDATES:
        for half in HALVES:
            s = score(recs, half, [(name, applies, grade)])
            print(f"{name:<40} {half:<15} {_fmt(s)}")
            if args.moved:
                print("\n".join(s["moved"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
