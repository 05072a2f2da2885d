"""How far off a claimed figure is, by its hedge word, against the rating: measured on every
development claim decided by one number comparison (docs/verdict-rules.md §4.1, "Grading by hedge
word, measured").

A claim is *decided by a number* when every rated check that does not hold compared numbers and
exactly one claimed figure of those checks is outside its comparator (or, when all hold, one figure
was compared). For it the script records the hedge word of that figure (約 / about, nearly / 近く /
弱, just over / 強, a bound, an exact figure, a multiple and its hedge), the signed relative gap
between the pack's value and the claimed one ((found - claimed) / claimed, on a log scale for
multiples), the engine's rating and the writer's, and counts per hedge family and gap band how
often the engine is exact, harsher or more lenient than the writer.

    python evaluation/hedges.py collect --out /tmp/hedges.jsonl   # run the engine (~10 min)
    python evaluation/hedges.py table /tmp/hedges.jsonl            # every family, both halves
    python evaluation/hedges.py table /tmp/hedges.jsonl --half fit # the packs bands are read from
    python evaluation/hedges.py table /tmp/hedges.jsonl --half check
    python evaluation/hedges.py list /tmp/hedges.jsonl --family nearly --half fit  # the claims
    python evaluation/hedges.py compare before.jsonl after.jsonl   # what a change moved, per half
    python evaluation/hedges.py band /tmp/hedges.jsonl             # the figure-tolerance band swept

Material: blind packs with a FIRST_RUN file (rounds 3-26 and the single packs), the real-world
development half, the development rewordings (rounds 19-25). Halves are score.py's ``half_of`` (the
pack folder's name hash; a rewording takes its pack's half). Held-out folders are never opened.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import blind_development_packs, half_of, held_out

ROOT = Path(__file__).resolve().parent.parent
RATINGS = ("true", "mostly_true", "half_true", "mostly_false", "false")
STEP = {r: i for i, r in enumerate(RATINGS)}
#: rewordings held out this session (totals only, via the lander's script)
HELD_REWORDED = re.compile(r"^round2[7-9]")


def material() -> list[tuple[str, Path, Path | None]]:
    """(family, pack folder, claims file or None) of every development pack."""
    out: list[tuple[str, Path, Path | None]] = []
    out += [("blind", d, None) for d in blind_development_packs(ROOT / "evaluation" / "blind")]
    out += [("realworld", p.parent, None)
            for p in sorted((ROOT / "evaluation/realworld/dev").glob("*/pack.yaml"))]
    for f in sorted((ROOT / "evaluation/reworded").glob("round*/*.yaml")):
        if HELD_REWORDED.match(f.parent.name):
            continue
        pack = ROOT / "evaluation/blind" / f.parent.name / f.stem
        if (pack / "pack.yaml").is_file() and held_out(pack) is None:
            out.append(("reworded", pack, f))
    return [m for m in out if held_out(m[1]) is None]


def _numbers(check: Any) -> list[dict[str, Any]]:
    return [{"claimed": n.claimed, "text": n.claimed_text, "found": n.found, "unit": n.unit,
             "comparator": n.comparator} for n in check.numbers if n.claimed is not None]


def collect(out: Path) -> int:
    from shingi.evaluation import load_claims_file
    from shingi.model import ShingiError
    from shingi.pack.load import load_pack
    from shingi.pipeline import aggregate
    from shingi.pipeline.diagnose import diagnose

    seen: dict[str, str] = {}
    real = aggregate.calibrate

    def spy(rating: Any, checks: Any, lang: Any) -> Any:
        got = real(rating, checks, lang)
        seen["before"] = rating
        return got

    aggregate.calibrate = spy  # type: ignore[assignment]
    lines = []
    for family, pack_dir, claims_file in material():
        pack = load_pack(pack_dir)
        claims = load_claims_file(claims_file) if claims_file else list(pack.claims.values())
        for claim in claims:
            if claim.expected is None:
                continue
            seen.clear()
            try:
                d = diagnose(claim.text, pack, as_of=claim.said_on, speaker=claim.speaker)
                rating, checks = d.rating, d.checks
            except ShingiError:
                rating, checks = "unverifiable", []
            lines.append(json.dumps({
                "family": family, "pack": pack_dir.name, "half": half_of(pack_dir),
                "file": claims_file.parent.name if claims_file else pack_dir.parent.name,
                "id": claim.id, "text": claim.text, "expected": claim.expected, "rating": rating,
                "uncalibrated": seen.get("before", rating),
                "checks": [{"kind": c.kind, "result": c.result, "credit": c.credit, "span": c.span,
                            "numbers": _numbers(c)} for c in checks if c.kind != "opinion"],
            }, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines)} claims → {out}", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------------------------
# hedge families: read from the figure's own text (claimed_text carries its hedge word)

_MULT = re.compile(r"倍|半減|半分|(?i:\b(?:doubled?|tripled?|quadrupled?|halved?|twice|times|fold)\b)")
_NEARLY = re.compile(
    r"近く|弱|迫る|目前|(?i:\b(?:nearly|almost|close to|just (?:under|below|shy of)|shy of|"
    r"approaching|getting on for|not quite)\b)")
_JUST_OVER = re.compile(
    r"強|余り|あまり|(?i:\b(?:just (?:over|above)|slightly (?:more|over|above))\b|and change)")
_ABOUT = re.compile(
    r"約|およそ|ほぼ|程度|前後|規模|ざっと|(?i:\b(?:about|around|roughly|approximately|some|"
    r"approx\.?|or so|nearly|in the region of|on the order of|c\.)\b)|~|〜")


def family_of(n: dict[str, Any]) -> str:
    """The hedge family of one claimed figure, from its comparator and its words."""
    text, comp = n["text"], n["comparator"]
    mult = n["unit"] == "x" or bool(_MULT.search(text))
    pre = "x " if mult else ""
    if comp == "less_than" and _NEARLY.search(text):
        return pre + "nearly"
    if comp == "more_than" and _JUST_OVER.search(text):
        return pre + "just over"
    if comp in ("more_than", "at_least"):
        return pre + "bound over"
    if comp in ("less_than", "at_most"):
        return pre + "bound under"
    if comp == "about" and _ABOUT.search(text):
        return pre + "about"
    if comp == "about":
        return pre + "about (implicit)"
    return pre + "exact"


def gap_of(n: dict[str, Any]) -> float | None:
    """The signed gap of the pack's value from the claimed figure: relative ((f - c) / |c|), or
    for a multiple the log-factor expressed as a relative gap (exp(ln f/c) - 1)."""
    c, f = n["claimed"], n["found"]
    if c in (None, 0) or f is None:
        return None
    if n["unit"] == "x":
        if c <= 0 or f <= 0:
            return None
        return math.exp(math.log(f / c)) - 1
    return (f - c) / abs(c)


def _outside(n: dict[str, Any]) -> bool:
    c, f, comp = n["claimed"], n["found"], n["comparator"]
    if comp == "more_than":
        return not f > c
    if comp == "at_least":
        return not f >= c
    if comp == "less_than":
        return not f < c
    if comp == "at_most":
        return not f <= c
    return abs(f - c) > 1e-9 * max(abs(c), 1.0)


def deciding(row: dict[str, Any]) -> dict[str, Any] | None:
    """The one figure a claim's rating turns on, or None when it turns on something else."""
    checks = [c for c in row["checks"] if c["result"] != "unknown"]
    if not checks:
        return None
    bad = [c for c in checks if c["result"] != "holds"]
    if any(not c["numbers"] for c in bad):
        return None
    pool = bad or [c for c in checks if c["numbers"]]
    if not pool or any(not c["numbers"] for c in checks if c["kind"] in ("event", "plan")):
        return None
    figures = [n for c in pool for n in c["numbers"]]
    off = [n for n in figures if _outside(n)]
    distinct = {(n["text"], n["claimed"], n["found"]) for n in (off or figures)}
    if len(distinct) != 1:
        return None
    n = (off or figures)[0]
    if gap_of(n) is None:
        return None
    return {**n, "result": pool[0]["result"] if len(pool) == 1 else "mixed"}


BANDS = (0.0, 0.02, 0.05, 0.10, 0.15, 0.20, 0.30, 0.50, 1.0)
#: ``--coarse``: the bands of the table in docs/verdict-rules.md
COARSE = (0.0, 0.02, 0.05, 0.10, 0.20, 0.50, 1.0)


def band_of(gap: float, bands: tuple[float, ...] = BANDS) -> str:
    a = abs(gap)
    if a < 1e-9:
        return "0"
    for lo, hi in itertools.pairwise(bands):
        if a <= hi + 1e-9:
            side = "+" if gap > 0 else "-"
            return f"{side}{lo:.0%}-{hi:.0%}"
    return ("+" if gap > 0 else "-") + ">100%"


def verdict(expected: str, rating: str) -> str:
    if expected == rating:
        return "exact"
    if expected not in STEP or rating not in STEP:
        return "other"
    return "harsher" if STEP[rating] > STEP[expected] else "lenient"


def rows_of(path: Path, half: str | None, bands: tuple[float, ...] = BANDS) -> list[dict[str, Any]]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if half is not None and r["half"] != half:
            continue
        n = deciding(r)
        if n is None or r["expected"] == "unverifiable" or r["rating"] == "unverifiable":
            continue
        gap = gap_of(n)
        assert gap is not None
        out.append({**r, "n": n, "fam": family_of(n), "gap": gap, "band": band_of(gap, bands),
                    "v": verdict(r["expected"], r["rating"])})
    return out


def table(rows: list[dict[str, Any]], by_band: bool = True) -> str:
    fam: dict[str, Counter[str]] = defaultdict(Counter)
    band: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in rows:
        fam[r["fam"]][r["v"]] += 1
        band[(r["fam"], r["band"])][r["v"]] += 1
    lines = ["| hedge family | claims | exact | harsher | lenient |", "|---|---|---|---|---|"]
    for f, c in sorted(fam.items(), key=lambda kv: -sum(kv[1].values())):
        lines.append(f"| {f} | {sum(c.values())} | {c['exact']} | {c['harsher']} | {c['lenient']} |")
    if by_band:
        lines += ["",
                  "| hedge family | gap (found vs claimed) | claims | exact | harsher | lenient | expected |",
                  "|---|---|---|---|---|---|---|"]
        for (f, b), c in sorted(band.items(), key=lambda kv: (kv[0][0], _band_key(kv[0][1]))):
            exp = Counter(r["expected"] for r in rows if r["fam"] == f and r["band"] == b)
            es = " ".join(f"{k[:2] if k != 'mostly_true' else 'mt'}{exp[k]}" for k in RATINGS if exp[k])
            lines.append(f"| {f} | {b} | {sum(c.values())} | {c['exact']} | {c['harsher']} | {c['lenient']} "
                         f"| {es} |")
    return "\n".join(lines)


def _band_key(b: str) -> float:
    if b == "0":
        return 0.0
    sign = -1 if b[0] == "-" else 1
    m = re.search(r"(\d+)%", b)
    return sign * (float(m.group(1)) if m else 1000) + sign * 0.5


def listing(rows: list[dict[str, Any]], family: str | None, band: str | None) -> str:
    lines = []
    for r in sorted(rows, key=lambda r: (r["fam"], r["gap"])):
        if (family and r["fam"] != family) or (band and r["band"] != band):
            continue
        n = r["n"]
        lines.append(f"{r['v']:8s} {r['fam']:14s} gap {r['gap']:+.3f}  {n['text']!r} vs {n['found']:g} "
                     f"[{n['result']}] got {r['rating']} (uncal {r['uncalibrated']}) exp {r['expected']}  "
                     f"{r['half']} {r['family']}/{r['file']}/{r['pack']}/{r['id']}")
    return "\n".join(lines)


def _key(r: dict[str, Any]) -> tuple[str, str, str, str]:
    return (r["family"], r["file"], r["pack"], r["id"])


def compare(before: Path, after: Path) -> str:
    """The claims whose rating moved between two collected runs, and each half's totals
    (score.py's counting) before and after."""
    from score import COUNTS, count_claim, moved_line

    old = {_key(r): r for r in (json.loads(line) for line in before.read_text("utf-8").splitlines()
                                 if line.strip())}
    new = [json.loads(line) for line in after.read_text("utf-8").splitlines() if line.strip()]
    lines = []
    for half in ("fit", "check"):
        b, a = dict.fromkeys(COUNTS, 0), dict.fromkeys(COUNTS, 0)
        for r in new:
            if r["half"] != half or _key(r) not in old:
                continue
            count_claim(b, r["expected"], old[_key(r)]["rating"])
            count_claim(a, r["expected"], r["rating"])
        lines.append(f"{half}: " + ", ".join(f"{k} {b[k]} → {a[k]}" for k in COUNTS))
    for r in new:
        was = old.get(_key(r))
        if was is not None and was["rating"] != r["rating"]:
            label = f"{r['half']} {'/'.join(_key(r))}"
            lines.append(moved_line(label, was["rating"], r["rating"], r["expected"]))
    return "\n".join(lines)


def band(path: Path) -> str:
    """The figure-tolerance band (docs/verdict-rules.md §4.1) swept: each claim's calibration
    re-run from its uncalibrated rating with ``APPROX_FAR_OVER`` and ``EXACT_STEPS_OFF`` set to each
    value (an infinite value turns that side off), counted per half against the writers."""
    from score import COUNTS, count_claim

    from shingi.pipeline import calibrate as cal

    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    saved = cal.APPROX_FAR_OVER, cal.EXACT_STEPS_OFF
    shares = (0.10, 0.12, 0.14, 0.15, 0.16, 0.17, 0.18, 0.20)
    settings = [(math.inf, math.inf)] + [(a, math.inf) for a in shares]
    settings += [(math.inf, k) for k in (1.0, 2.0, 3.0, 4.0, 5.0, 10.0)] + [saved]
    lines = ["| approx over | exact steps | fit exact / flips / wrong true "
             "| check exact / flips / wrong true |",
             "|---|---|---|---|"]
    now = {}
    for r in rows:
        if r["uncalibrated"] in ("mostly_true", "half_true") and r["rating"] in ("mostly_true", "half_true"):
            now[_key(r)] = cal.calibrate_rows(r["uncalibrated"], r["checks"])[0]
    try:
        for a, k in settings:
            cal.APPROX_FAR_OVER, cal.EXACT_STEPS_OFF = a, k
            tot = {h: dict.fromkeys(COUNTS, 0) for h in ("fit", "check")}
            for r in rows:
                got = r["rating"]
                if _key(r) in now:
                    # only where this setting moves the calibration: later steps (the point left
                    # open, the cause cap) are kept as the run has them
                    new = cal.calibrate_rows(r["uncalibrated"], r["checks"])[0]
                    got = new if new != now[_key(r)] else got
                count_claim(tot[r["half"]], r["expected"], got)
            cells = [f"{t['exact']} / {t['flips']} / {t['wrong_true']}" for t in (tot["fit"], tot["check"])]
            lines.append(f"| {a:g} | {k:g} | {cells[0]} | {cells[1]} |")
    finally:
        cal.APPROX_FAR_OVER, cal.EXACT_STEPS_OFF = saved
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("collect")
    p.add_argument("--out", type=Path, required=True)
    for name in ("table", "list"):
        p = sub.add_parser(name)
        p.add_argument("data", type=Path)
        p.add_argument("--half", choices=["fit", "check"])
        p.add_argument("--family")
        p.add_argument("--band")
        p.add_argument("--no-bands", action="store_true")
        p.add_argument("--coarse", action="store_true", help="wider gap bands (0, 2, 5, 10, 20, 50, 100 %%)")
    p = sub.add_parser("band")
    p.add_argument("data", type=Path)
    p = sub.add_parser("compare")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "collect":
        return collect(args.out)
    if args.cmd == "band":
        print(band(args.data))
        return 0
    if args.cmd == "compare":
        print(compare(args.before, args.after))
        return 0
    rows = rows_of(args.data, args.half, COARSE if args.coarse else BANDS)
    if args.family and args.cmd == "table":
        rows = [r for r in rows if r["fam"] == args.family]
    print(table(rows, not args.no_bands) if args.cmd == "table" else listing(rows, args.family, args.band))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
