"""English missed facts and wrong rows of the development sets, by cause (docs/ingest.md, "English releases by
cause (session 28)"). Counts only, like ``ingest_eval.py --why``; development sets only.

    PYTHONPATH=src python bench/ingest_census_en.py            # the scorer's default list without test*

Each missed English gold fact is classed by the first thing that kept it from matching:

- ``no owner``: the document drafts it when run again with its gold's commonest owner (``--owner``): the kept
  text never names whose the figure is (no rule may guess it);
- ``no date``: drafted when run again with the gold's publication day (``--published``);
- else the scorer's first failed test against the nearest drafted row (``ingest_eval.why_missed``); a fact
  with no drafted figure of its value at all is classed by its document's shape, read by hand (``SHAPES``).

Each wrong English row is classed by the first test it failed against the nearest gold fact, and by the shape
of its sentence where a rule of this census names it (``WRONG_SHAPES``: patterns over the row's text)."""

from __future__ import annotations

import collections
import datetime
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ingest_eval as ie

from shingi.ingest.run import ingest_files

#: documents whose missed facts had no drafted figure of their value, by what their text is (read by hand)
SHAPES = {
    "a table not read (a cell a line, a two-level header, run together, its unit only in the address)": [
        "dev24/en-ssb-employed-2014q2.txt", "dev22/en-cso-vehicles-201908.txt",
        "dev23/en-ssa-snapshot-201408.txt", "dev13/en-cso-regional-income-2015.txt",
        "dev22/en-insolvency-2011q1.txt", "dev8/en-abs-lf-201508.txt", "dev15/en-ons-psf-201108.txt",
        "dev19/en-census-trade-201909.txt", "dev22/en-abs-awe-202005.txt", "dev26/en-statpl-gdp-2017q1.txt",
        "dev26/en-statlt-retail-201902.txt"],
    "a period no contract spelling holds (a company's quarter, June to August, July to June)": [
        "dev/en-nvidia-q4fy25.html", "dev5/en-patterson-q3-fy2021.txt", "dev4/en-brownforman-fy2014.txt",
        "dev8/en-ons-lms-202010.txt", "dev20/en-ons-regional-lm-201208.txt",
        "dev21/en-nztreasury-crown-2015m02.txt", "dev23/en-abs-alcohol-2011-12.txt",
        "dev4/en-psa-cpi-201607.html"],
    "no year and no date in the kept text": [
        "dev4/en-destatis-cpi-202409.txt", "dev19/en-bls-ppi-200805.txt", "dev4/en-cbs-gdp-2024q4.txt",
        "dev7/en-voa-jobs-201110.txt", "dev7/en-voa-gdp-2013q3.txt"],
    "numbers grouped with spaces in prose (7 291 600)": ["dev25/en-censtatd-population-2022.txt"],
}
#: wrong rows by the shape of their sentence (the row's text as the scorer prints it)
WRONG_SHAPES = [
    ("period: the next release's schedule (its month, its day) dated the figures after it",
     r"treasury-tic-200907.*\| 2009-(?:08|10-16) \||EVT.*next release"),
    ("period: the release's day dated a paragraph that states no period",
     r"insolvency-2011q1.*\| 2011-05-06 \|"),
    ("period: a span read as one month, quarter or year in it (12-month period ending, April - June quarter)",
     r"nchs-births.*\| 201[01]-06 \| (?!64\.4)|April – June 2019 quarter|In October 2018, Treasury"
     r"|registered 19,947|Between 2005 and 2012|year ended March 2019"),
    ("value: a count of a set's members or its size (N of the M, All of the N, states)",
     r" of (?:the|its) (?:\d+|six)|All of the 4|states had|\d+ states|in 49 states"),
    ("value: a contribution, a share of a change", r"(?:statee-cpi|ons-ios).*(?:contribut|accounted for)"),
    ("value: a fraction or a multiple said in words", r"\| [~0-9.]+ x \|"),
    ("value: a number grouped with spaces read in part", r"censtatd-population"),
]


def _matched(folder: Path, doc: str, facts: list[dict[str, Any]], **kw: Any) -> tuple[set[int], list[ie.Row]]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "draft"
        ingest_files([folder / doc], out, workers=1, **kw)
        drafted = ie.draft_rows(out).get(doc, [])
    cands = [[i for i, r in enumerate(drafted) if ie.matches(g, r)] for g in facts]
    return set(ie._matching(cands).values()), drafted


def _publication_day(facts: list[dict[str, Any]]) -> str | None:
    days = [d if isinstance(d, datetime.date) else datetime.date.fromisoformat(d)
            for g in facts if g["kind"] == "event" for d in g["date"]
            if isinstance(d, datetime.date) or re.fullmatch(r"\d{4}-\d\d-\d\d", str(d))]
    return max(days).isoformat() if days else None


def census(splits: list[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(missed facts, wrong rows): each cause with the documents of its facts or rows, one entry each."""
    shape_of = {doc: shape for shape, docs in SHAPES.items() for doc in docs}
    missed: dict[str, list[str]] = collections.defaultdict(list)
    wrong: dict[str, list[str]] = collections.defaultdict(list)
    for split in splits:
        folder = ie.HERE / split
        gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
        for doc, facts in sorted(gold.items()):
            if not doc.startswith("en-"):
                continue
            name = f"{split}/{doc}"
            base, drafted = _matched(folder, doc, facts)
            for r in drafted:
                if not any(ie.matches(g, r) for g in facts):
                    first = ie.why_wrong(r, facts)
                    line = f"{name} {r.text} <{r.rule}> [{first}]"
                    wrong[next((c for c, p in WRONG_SHAPES if re.search(p, line)), first)].append(name)
            if len(base) == len(facts):
                continue
            owners = collections.Counter(str(g["owner"][0]) for g in facts
                                         if g["kind"] == "figure" and g.get("owner"))
            owner = owners.most_common(1)[0][0] if owners else None
            with_owner = _matched(folder, doc, facts, owner=owner)[0] if owner else set()
            day = _publication_day(facts)
            with_day = _matched(folder, doc, facts, published=day)[0] if day else set()
            for t, g in enumerate(facts):
                if t in base:
                    continue
                why = ie.why_missed(g, drafted)
                if t in with_owner:
                    why = "no row: the text never names the owner (--owner drafts it)"
                elif t in with_day:
                    why = "no row: no date (--published drafts it)"
                elif why.startswith("figure: no drafted figure"):
                    why = "no row: " + shape_of.get(name, "other shapes (one document each)")
                missed[why].append(name)
    return missed, wrong


def table(causes: dict[str, list[str]]) -> list[str]:
    lines = ["| cause | count | documents | largest |", "|---|---|---|---|"]
    for cause, docs in sorted(causes.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        by_doc = collections.Counter(docs)
        top = ", ".join(f"{d.split('/', 1)[1][3:].rsplit('.', 1)[0]} {n}" for d, n in by_doc.most_common(4))
        lines.append(f"| {cause} | {len(docs)} | {len(by_doc)} | {top} |")
    lines.append(f"| **all** | **{sum(len(d) for d in causes.values())}** | "
                 f"{len({d for docs in causes.values() for d in docs})} | |")
    return lines


def main(argv: list[str] | None = None) -> int:
    splits = (argv if argv is not None else sys.argv[1:]) or [s for s in ie.SPLITS if s not in ie.HELD_OUT]
    if held := [s for s in splits if s in ie.HELD_OUT]:
        print(f"held-out sets are not censused: {', '.join(held)}", file=sys.stderr)
        return 2
    missed, wrong = census(splits)
    print("### English gold facts missed, by cause\n")
    print("\n".join(table(missed)))
    print("\n### English drafted rows that match nothing, by cause\n")
    print("\n".join(table(wrong)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
