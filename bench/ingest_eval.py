"""Ingest measured on real-world documents: recall and precision with the right period and owner.

    PYTHONPATH=src python bench/ingest_eval.py            # every set, a table
    PYTHONPATH=src python bench/ingest_eval.py dev2 -v    # one set, with every miss and wrong row
    PYTHONPATH=src python bench/ingest_eval.py --why      # and why each miss and wrong row failed, counted

The documents in ``bench/ingest_eval/{dev,test}`` were written for this measurement from public
facts (ministry, prefecture and statistics releases in Japanese; a US award release, national
accounts and company earnings in English), and each half's ``gold.yaml`` lists, by hand and before
the tool was run, the facts an analyst would take from them. ``dev`` is tuned on; ``test`` is
held out: rules are never written by looking at it; ``fresh`` was written after the rules were in
place and scored once, as it came. ``dev2`` and ``test2`` are 24 more real documents found with the
search tool (government and statistics releases kept verbatim where their terms allow, news and
company releases written anew from their facts; sources and licences in each folder's README),
split by the hash of their source address; ``test2`` is held out like ``test``. ``dev3`` holds
eight more (four per language, publishers not used before) and ``test3`` twelve more, held out,
both with gold written before any run. ``dev4`` and ``test4`` (issue 14, sixth session) are 31 more,
``dev5`` and ``test5`` (seventh session) 20 more, ``dev6`` and ``test6`` (eighth session) 20 more, and
``dev7`` and ``test7`` (ninth session) 17 more (24 split by the hash of their source address, then 7
removed: their text is not openly licensed), ``dev8`` and ``test8`` (tenth session) 18 more and
``dev9`` and ``test9`` (eleventh session) 16 more, ``dev10`` and ``test10`` (twelfth session) 16 more and
``dev11`` and ``test11`` (thirteenth session) 14 more, ``dev12`` and ``test12`` (fourteenth session)
16 more, ``dev13`` and ``test13`` (fifteenth session) 16 more, ``dev14`` and ``test14`` (sixteenth
session) 16 more, ``dev15`` and ``test15`` (seventeenth session) 16 more, ``dev16`` and ``test16``
(eighteenth session) 13 more, ``dev17`` and ``test17`` (nineteenth session) 16 more, ``dev18`` and
``test18`` (twentieth session) 16 more, ``dev19`` and ``test19`` (twenty-first session) 16 more and ``dev20``
and ``test20`` (twenty-second session) 16 more, all
verbatim public-sector texts under open terms;
``test4`` to ``test20`` are the held-out sets, left out of the default list: each is run only when named,
once (see ``ingest_eval/README.md``). ``dev10`` to ``dev20`` are in the default list.
``-v`` prints the rows of a held-out set only with ``--show-held-out``.

Scoring (no pack; the draft's own entities):

- a drafted observation matches a gold figure when the value agrees within 0.5 % (sign included),
  the unit agrees (``count`` takes any counting word: 人, 台 or another Japanese counter, jobs or another
  English plural that is not a measure such as tonnes; no unit, the gold's for an index, a
  diffusion index, a rate per woman and their changes in points, takes none, ``index`` or
  ``pt``, never ``pp``: a DI's points are no percentage points, see docs/ingest.md "Points"),
  the period is one the gold lists (the same interval of days; a company fiscal
  period with the entity's ``fiscal_year`` column is turned into the months it covers), and the
  entity is one of the gold's owners (by id, name or alias; ``GROUP:A+B`` is an entity whose names
  hold every member);
- a drafted event matches a gold event when its date lies inside a date the gold lists and one of
  its actors is a gold actor; an event with an amount may instead match a gold figure, with its
  date as the period and any actor as the owner;
- recall is one to one (a maximum matching); precision is the share of drafted rows (events and
  observations) that match some gold fact of their document.

``--addresses`` gives each document the web address the READMEs list for it (``shingi ingest --source``:
what a user who saved the page knows; several pages name their owner only there).

``--why`` counts, for each gold fact left unmatched, the first test it failed against the drafted
row that came nearest (value, then unit, then period, then owner; for events date, then actor; or
"one to one" when a row agreed in everything but went to another gold fact), and for each drafted
row that matches nothing, the first test it failed against the nearest gold fact of its document.
A failed period is broken down by how the drafted period stands to the gold's (inside it, around
it, before, after, overlapping, none). It prints counts only, so it may be run on the held-out
sets; with ``-v`` on a development set each listed miss and wrong row carries its reason.

``--by-rule`` counts the drafted rows right and wrong, summed over the sets named, by the rule that gave
each its owner (read from the row's review note: a title, a publisher line, an address, the nation a
Japanese text speaks of …; ``sentence`` when its sentence or table named it, or the sentences before it
did) and by where its period came from (``text`` or ``context``); with ``-v`` each wrong row carries the
same ``<owner:… period:…>`` tag. Counts only.

``--owners`` lists, for the development sets named (never a held-out set), each missed gold figure whose
nearest drafted row has its value, unit and period but another owner: the gold's owners beside the row (its
entity and the rule that gave it), the census of docs/ingest.md "Owners by cause (session 28)".
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from shingi.ingest.run import ingest_files
from shingi.model import Period
from shingi.normalize.periods import parse_fiscal_year, parse_period

HERE = Path(__file__).resolve().parent / "ingest_eval"
# test4 to test27 are held out and clean until their first run (never run during development; see
# ingest_eval/README.md): they are not in the default list, so each is scored only when named
# (`bench/ingest_eval.py test14`), once, by the coordinator.
SPLITS = ["dev", "test", "fresh", "dev2", "test2", "dev3", "test3", "dev4", "dev5", "dev6", "dev7", "dev8",
          "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17",
          "dev18", "dev19", "dev20", "devja21", "devja22", "dev21", "dev22", "dev23", "dev24", "dev25",
          "dev26", "dev27"]
HELD_OUT = {"test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10",
            "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18",
            "test19", "test20", "test21", "test22", "test23", "test24", "test25",
            "test26", "test27"}
COUNT_UNITS = {"count", "人", "世帯", "件", "社", "jobs", "people", "persons", "households", "か月", "ヶ月"}
# Japanese counters (助数詞) that count things, so that gold `count` takes a draft's 台 or 店舗.
JA_COUNTERS = {"台", "本", "店", "店舗", "回", "戸", "人泊", "泊", "機", "隻", "棟", "校", "品目", "頭",
               "羽", "匹", "枚", "冊", "個", "軒", "施設", "団体", "便", "名", "床", "カ国", "か国", "ヶ国",
               "者", "点"}
# English plural nouns that are measures, not counts of things (a count noun is any other plain word).
EN_MEASURES = {"tonnes", "tons", "barrels", "hectares", "acres", "bushels", "hours", "minutes", "days",
               "weeks", "months", "years", "points", "kilometres", "kilometers", "miles", "litres", "liters",
               "gallons", "pounds", "ounces", "metres", "meters", "degrees", "percent"}


@dataclass
class Row:
    kind: str  # event / figure
    owners: set[str]  # folded names of the entity (figure) or of every actor (event)
    value: float | None
    unit: str | None
    period: tuple[date, date] | None
    text: str
    #: which rule gave the row its owner and its period (:func:`provenance`): ``owner:… period:…``
    rule: str = ""


@dataclass
class DocScore:
    doc: str
    gold: int
    rows: int
    matched_gold: int
    correct_rows: int
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    # the first reason each missed gold fact / each wrong row failed (see ``why_missed``, ``why_wrong``)
    missed_why: list[str] = field(default_factory=list)
    wrong_why: list[str] = field(default_factory=list)
    #: drafted rows by the rule that gave their owner and period (``Row.rule``): [right, wrong]
    by_rule: dict[str, list[int]] = field(default_factory=dict)
    #: each missed gold figure whose nearest row agreed in value, unit and period but not owner
    #: (``--owners``): the gold's owners, the row's entity and the rule that gave it
    owner_misses: list[str] = field(default_factory=list)


def _span(text: str) -> tuple[date, date]:
    if ".." in text:
        a, b = text.split("..")
        return parse_period(a).start, parse_period(b).end
    p = parse_period(str(text))
    return p.start, p.end


def _fiscal_span(period: Period, fiscal: str) -> tuple[date, date]:
    """An ``FYyyyy`` period of an entity whose fiscal year is ``START/start|end``."""
    start_month, named_by = fiscal.split("/")
    sm = int(start_month)
    year = int(period.text[2:6])
    first_year = year if named_by == "start" or sm == 1 else year - 1
    start = date(first_year, sm, 1)
    end_year, end_month = (first_year + 1, sm - 1) if sm > 1 else (first_year, 12)
    end = parse_period(f"{end_year:04d}-{end_month:02d}").end
    return start, end


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _names(row: dict[str, str]) -> set[str]:
    names = {row.get("id", ""), row.get("name_ja", ""), row.get("name_en", "")}
    names |= set((row.get("aliases") or "").split(";"))
    return {n.strip().casefold() for n in names if n and n.strip()}


def _quantity(cell: str) -> tuple[float | None, str | None]:
    from shingi.normalize.quantities import parse_quantity

    if not cell:
        return None, None
    q = parse_quantity(cell)
    return q.value, q.unit


def draft_rows(draft: Path) -> dict[str, list[Row]]:
    """The drafted rows of each document (by file name)."""
    entities = {r["id"]: r for r in _read_csv(draft / "entities.csv")}
    names = {eid: _names(r) for eid, r in entities.items()}
    out: dict[str, list[Row]] = {}

    def period_of(text: str, entity_ids: list[str]) -> tuple[date, date] | None:
        try:
            p = parse_period(text)
        except ValueError:
            return None
        for eid in entity_ids:
            fiscal = (entities.get(eid) or {}).get("fiscal_year") or ""
            if p.precision == "fiscal_year" and fiscal:
                return _fiscal_span(p, fiscal)
            if fiscal and text.startswith("FY"):
                # a fiscal half (FY2024-H1) of an entity with its own fiscal year: in its months
                own = parse_period(text, parse_fiscal_year(fiscal))
                return own.start, own.end
        return p.start, p.end

    for r in _read_csv(draft / "observations.csv"):
        value, unit = _quantity(r["value"])
        if r.get("unit"):
            unit = r["unit"]
        owners = names.get(r["entity"], {r["entity"].casefold()})
        out.setdefault(Path(r["doc"]).name, []).append(Row(
            "figure", owners, value, unit, period_of(r["period"], [r["entity"]]),
            f"OBS {r['entity']} | {r['metric']} | {r['period']} | {r['value']} {r.get('unit', '')}"
            f" | {r['quote'][:70]}", provenance(r.get("note") or "", r.get("period_from") or "",
                                                (entities.get(r["entity"]) or {}).get("kind") or "")))
    for r in _read_csv(draft / "events.csv"):
        actors = [a for a in (r.get("actors") or "").split(";") if a]
        owners = set().union(*(names.get(a, {a.casefold()}) for a in actors)) if actors else set()
        value, unit = _quantity(r.get("amount", ""))
        if r.get("unit"):
            unit = r["unit"]
        out.setdefault(Path(r["doc"]).name, []).append(Row(
            "event", owners, value, unit, period_of(r["date"], actors),
            f"EVT {r['date']} | {r.get('actors')} | {r.get('kind')} "
            f"| {r.get('title_ja') or r.get('title_en')}"
            f" | {r.get('amount')} {r.get('unit', '')}",
            provenance(r.get("note") or "", r.get("date_from") or "")))
    return out


# The rule that gave a drafted row its owner, from the review note the draft writes on the row (the first
# pattern found; a row with none took its owner from its own sentence or table, or one carried from the
# sentences before it).
OWNER_RULES = (
    ("as given with --owner", "option (--owner)"),
    ("from the site's name", "site name"),
    ("from the document's address", "address"),
    ("from its title", "title"),
    ("from its publisher line", "publisher line"),
    ("the document's first body or its country", "first body named"),
    ("the country of the government body the document names", "government body named"),
    ("the one place the document names", "one place named"),
    ("the one country the document names", "one country named"),
    ("the country whose currency", "currency"),
    ("the text speaks of", "nation said (我が国, 全国で, 国民, 国会)"),
    ("the national statistic its title names", "national statistic's title"),
    ("the pack's subject", "pack subject"),
    ("the document's subject, its title or first heading", "document's subject (title, first heading)"),
    ("a government body the document names", "government body the document names"),
)


def provenance(note: str, period_from: str, kind: str = "") -> str:
    """``owner:RULE period:text|context``: which rule set the row's owner (``OWNER_RULES``, else
    ``sentence``; a publisher line's name that is no government body, whose figures are its own, and the
    word that said the nation, told apart) and whether its period was said in its sentence (``text``) or
    taken from a heading,
    a title or the document's date (``context``)."""
    owner = next((name for said, name in OWNER_RULES if said in note), "sentence")
    if owner.startswith("nation said") and (word := re.search(r"the text speaks of [^(]*\(([^)]*)\)", note)):
        owner = f"nation said ({word.group(1)})"
    if owner == "publisher line" and kind not in ("country", "government"):
        owner = "publisher line (no government body)"
    return f"owner:{owner} period:{period_from or 'text'}"


def _owner_ok(gold: list[str], owners: set[str]) -> bool:
    for g in gold:
        if g.startswith("GROUP:"):
            members = [m.casefold() for m in g[6:].split("+")]
            joined = " ".join(owners)
            if all(m in joined for m in members):
                return True
        elif g.casefold() in owners:
            return True
    return False


def _unit_ok(gold: str | None, unit: str | None) -> bool:
    if gold is None:
        return unit in (None, "", "index", "pt")
    if gold == "count":
        return unit is not None and _counts_things(unit)
    return unit == gold


def _counts_things(unit: str) -> bool:
    """A unit of the count family: `count`, a Japanese counter, or an English plural noun (vehicles,
    deliveries) that is no measure; the value, period and owner must still agree."""
    if unit in COUNT_UNITS or unit.casefold() in COUNT_UNITS or unit in JA_COUNTERS:
        return True
    word = unit.casefold()
    plain_plural = unit.isalpha() and unit.isascii() and not unit.isupper() and word.endswith("s")
    return plain_plural and word not in EN_MEASURES


def _value_ok(gold: Any, value: float | None) -> bool:
    if value is None:
        return False
    values = gold if isinstance(gold, list) else [gold]
    return any(math.isclose(float(v), value, rel_tol=0.005) for v in values)


FIGURE_TESTS = ("value", "unit", "period", "owner")
EVENT_TESTS = ("date", "actor")


def _tests_passed(g: dict[str, Any], row: Row) -> int:
    """How many of the gold fact's tests the row passes, in order (``FIGURE_TESTS`` for a gold
    figure, ``EVENT_TESTS`` for a gold event); all of them is a match."""
    if g["kind"] == "figure":
        if not _value_ok(g["value"], row.value):
            return 0
        if not _unit_ok(g["unit"], row.unit):
            return 1
        if row.period is None or not any(_span(str(p)) == row.period for p in g["period"]):
            return 2
        return 3 + _owner_ok([str(o) for o in g["owner"]], row.owners)
    if row.kind != "event" or row.period is None:
        return 0
    if not any(s <= row.period[0] and row.period[1] <= e for s, e in (_span(str(d)) for d in g["date"])):
        return 0
    return 1 + _owner_ok([str(a) for a in g["actors"]], row.owners)


def matches(g: dict[str, Any], row: Row) -> bool:
    tests = FIGURE_TESTS if g["kind"] == "figure" else EVENT_TESTS
    return _tests_passed(g, row) == len(tests)


def _period_relation(gold_periods: list[Any], period: tuple[date, date] | None) -> str:
    """How a drafted period stands to the gold's first period: the kind of period error it is."""
    if period is None:
        return "none"
    start, end = _span(str(gold_periods[0]))
    if period[1] < start:
        return "before"
    if period[0] > end:
        return "after"
    if start <= period[0] and period[1] <= end:
        return "inside"
    if period[0] <= start and end <= period[1]:
        return "around"
    return "overlapping"


# What the first failed test means, for a missed gold fact and for a wrong drafted row.
MISSED_LABELS = {
    ("figure", 0): "no drafted figure with that value",
    ("figure", 1): "value, other unit",
    ("figure", 2): "value and unit, other period",
    ("figure", 3): "value, unit and period, other owner",
    ("figure", 4): "all agree, row taken by another gold fact (one to one)",
    ("event", 0): "no drafted event in that date",
    ("event", 1): "event in that date, other actor",
    ("event", 2): "all agree, row taken by another gold event (one to one)",
}
WRONG_LABELS = {
    ("figure", 0): "no gold fact with that value",
    ("figure", 1): "value, other unit than the gold's",
    ("figure", 2): "value and unit, other period than the gold's",
    ("figure", 3): "value, unit and period, other owner than the gold's",
    ("event", 0): "no gold event in that date",
    ("event", 1): "event in a gold event's date, other actor",
}


def _reason(labels: dict[tuple[str, int], str], g: dict[str, Any] | None, row: Row | None,
            passed: int) -> str:
    """The label of the first test ``row`` failed against ``g``; a failed period names how the
    drafted period stands to the gold's."""
    kind = g["kind"] if g is not None else ("event" if row is not None and row.kind == "event" else "figure")
    label = f"{kind}: {labels[(kind, passed)]}"
    if g is not None and row is not None and kind == "figure" and passed == 2:
        label += f": {_period_relation(g['period'], row.period)}"
    return label


def _nearest(g: dict[str, Any], drafted: list[Row]) -> tuple[int, Row | None]:
    """The drafted row that passed most of the gold fact's tests, and how many it passed."""
    best, nearest = 0, None
    for r in drafted:
        passed = _tests_passed(g, r)
        if passed > best:
            best, nearest = passed, r
    return best, nearest


def why_missed(g: dict[str, Any], drafted: list[Row]) -> str:
    """Why a gold fact was not matched: the first test failed by the row that passed most tests."""
    best, nearest = _nearest(g, drafted)
    return _reason(MISSED_LABELS, g, nearest, best)


def why_wrong(row: Row, facts: list[dict[str, Any]]) -> str:
    """Why a drafted row matches no gold fact: the first test it failed against the gold fact it
    came nearest. Gold figures come first (an event's amount may match one), then gold events."""
    pools = [[g for g in facts if g["kind"] == "figure"]]
    if row.kind == "event":
        pools.append([g for g in facts if g["kind"] == "event"])
    for pool in pools:
        best, nearest = 0, None
        for g in pool:
            passed = _tests_passed(g, row)
            if passed > best:
                best, nearest = passed, g
        if nearest is not None:
            return _reason(WRONG_LABELS, nearest, row, best)
    return _reason(WRONG_LABELS, None, row, 0)


def _matching(candidates: list[list[int]]) -> dict[int, int]:
    """A maximum one-to-one matching (augmenting paths): drafted row -> gold fact."""
    owner: dict[int, int] = {}

    def augment(t: int, seen: set[int]) -> bool:
        for i in candidates[t]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = t
                return True
        return False

    for t in range(len(candidates)):
        augment(t, set())
    return owner


def score_documents(gold: dict[str, list[dict[str, Any]]], rows: dict[str, list[Row]]) -> list[DocScore]:
    """Each document's score, its misses and wrong rows, and why each failed."""
    scores = []
    for doc in sorted(gold):
        facts, drafted = gold[doc], rows.get(doc, [])
        cands = [[i for i, r in enumerate(drafted) if matches(g, r)] for g in facts]
        good_rows = {i for c in cands for i in c}
        matched = set(_matching(cands).values())
        s = DocScore(doc, len(facts), len(drafted), len(matched), len(good_rows))
        for t, g in enumerate(facts):
            if t not in matched:
                when = g.get("period") or g.get("date")
                s.missed.append(f"{g['kind']}: {g['what']} {g.get('value', '')} {when}")
                s.missed_why.append(why_missed(g, drafted))
                passed, near = _nearest(g, drafted)
                if g["kind"] == "figure" and passed == 3 and near is not None:
                    s.owner_misses.append(f"{g['what']} {g.get('value', '')} {when}: gold {g['owner']}"
                                          f" | drafted {near.text}  <{near.rule}>")
        for i, r in enumerate(drafted):
            if i not in good_rows:
                s.wrong.append(f"{r.text}  <{r.rule}>")
                s.wrong_why.append(why_wrong(r, facts))
            s.by_rule.setdefault(r.rule, [0, 0])[i not in good_rows] += 1
        scores.append(s)
    return scores


def listed_addresses(split: str) -> dict[str, str]:
    """The address each document of a set was found at, as the READMEs' document tables list it (the
    ``source`` column of ``ingest_eval/README.md``'s rows for the set, and of the set's own README):
    what a user who saved the page knows, given to ``shingi ingest --source`` with ``--addresses``."""
    out: dict[str, str] = {}
    for readme in (HERE / "README.md", HERE / split / "README.md"):
        if not readme.is_file():
            continue
        header: list[str] | None = None
        for line in readme.read_text(encoding="utf-8").splitlines():
            if not line.startswith("|"):
                header = None
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells[0] == "file":
                header = cells
                continue
            if header is None or set(cells[0]) <= set("-: "):
                continue
            row = dict(zip(header, cells, strict=False))
            if row.get("set", split) != split or "removed" in " ".join(header):
                continue
            source = next((v for k, v in row.items() if k.startswith("source")), "")
            found = re.search(r"https?://\S+", source)
            if found:
                out[row["file"]] = found.group(0)
    return out


def score_split(split: str, addresses: bool = False) -> list[DocScore]:
    folder = HERE / split
    gold: dict[str, list[dict[str, Any]]] = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    listed = listed_addresses(split) if addresses else {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "draft"
        docs = sorted(p for p in folder.iterdir() if p.name not in ("gold.yaml", "README.md"))
        ingest_files([d for d in docs if d.name not in listed], out, workers=1)
        rows = draft_rows(out)
        for k, d in enumerate(d for d in docs if d.name in listed):
            one = Path(tmp) / f"draft-{k}"  # (each with its own address, in a draft of its own)
            ingest_files([d], one, workers=1, source=listed[d.name])
            rows.update(draft_rows(one))
    return score_documents(gold, rows)


def why_table(scores: list[DocScore]) -> list[str]:
    """The ``--why`` counts of one set as Markdown lines: counts only, never rows."""
    langs = ("ja", "en")
    lines = ["| why | " + " | ".join(langs) + " | all |", "|---|" + "---|" * (len(langs) + 1)]
    parts = (("gold facts missed", "missed_why"), ("drafted rows that match nothing", "wrong_why"))
    for title, attr in parts:
        counts: dict[str, dict[str, int]] = {}
        for s in scores:
            for reason in getattr(s, attr):
                by_lang = counts.setdefault(reason, {})
                by_lang[s.doc[:2]] = by_lang.get(s.doc[:2], 0) + 1
        total = {lang: sum(c.get(lang, 0) for c in counts.values()) for lang in langs}
        lines.append(f"| **{title}** | " + " | ".join(str(total[lang]) for lang in langs)
                     + f" | **{sum(total.values())}** |")
        for reason in sorted(counts, key=lambda r: (-sum(counts[r].values()), r)):
            c = counts[reason]
            lines.append(f"| {reason} | " + " | ".join(str(c.get(lang, 0)) for lang in langs)
                         + f" | {sum(c.values())} |")
    return lines


def rule_table(scores: list[DocScore]) -> list[str]:
    """The ``--by-rule`` counts of one or more sets as Markdown lines: drafted rows right and wrong by the
    rule that gave their owner and period, per language; counts only, never rows."""
    counts: dict[str, dict[str, list[int]]] = {}
    for s in scores:
        for rule, (right, wrong) in s.by_rule.items():
            c = counts.setdefault(rule, {}).setdefault(s.doc[:2], [0, 0])
            c[0] += right
            c[1] += wrong
    lines = ["| owner from | period from | ja right/rows | en right/rows | all precision |",
             "|---|---|---|---|---|"]
    for rule in sorted(counts, key=lambda r: -sum(c[1] for c in counts[r].values())):
        owner, period = rule.split(" period:")
        cells = [f"{c[0]}/{c[0] + c[1]}" if (c := counts[rule].get(lang)) else "-" for lang in ("ja", "en")]
        right = sum(c[0] for c in counts[rule].values())
        rows = sum(c[0] + c[1] for c in counts[rule].values())
        lines.append(f"| {owner[len('owner:'):]} | {period} | {cells[0]} | {cells[1]} "
                     f"| {_pct(right, rows)} |")
    return lines


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.0f} %" if b else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("splits", nargs="*", default=SPLITS)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--show-held-out", action="store_true", help="with -v, print a held-out set's rows too")
    ap.add_argument("--why", action="store_true",
                    help="count why each missed gold fact and each wrong row failed (counts only)")
    ap.add_argument("--addresses", action="store_true",
                    help="give each document the address the READMEs list for it (shingi ingest --source)")
    ap.add_argument("--by-rule", action="store_true",
                    help="count drafted rows right and wrong by the rule that gave their owner and period "
                         "(counts only; summed over the sets named)")
    ap.add_argument("--owners", action="store_true",
                    help="list each missed gold figure whose nearest row has its value, unit and period "
                         "but another owner: the gold's owners and the row (development sets only)")
    args = ap.parse_args(argv)
    tables: list[tuple[str, list[str]]] = []
    every: list[DocScore] = []
    print("| half | lang | docs | gold facts | recall | precision |")
    print("|---|---|---|---|---|---|")
    for split in args.splits:
        scores = score_split(split, args.addresses)
        every += scores
        name = f"{split} (held out)" if split in HELD_OUT else split
        for lang in ("ja", "en", "all"):
            part = [s for s in scores if lang == "all" or s.doc.startswith(lang + "-")]
            g = sum(s.gold for s in part)
            print(f"| {name} | {lang} | {len(part)} | {g} | {_pct(sum(s.matched_gold for s in part), g)} "
                  f"| {_pct(sum(s.correct_rows for s in part), sum(s.rows for s in part))} |")
        if args.why:
            tables.append((split, why_table(scores)))
        if args.verbose and (split not in HELD_OUT or args.show_held_out):
            for s in scores:
                print(f"\n## {split}/{s.doc}: recall {_pct(s.matched_gold, s.gold)}, "
                      f"precision {_pct(s.correct_rows, s.rows)}")
                for m, why in zip(s.missed, s.missed_why, strict=True):
                    print("  missed:", m, f"  [{why}]" if args.why else "")
                for w, why in zip(s.wrong, s.wrong_why, strict=True):
                    print("  wrong: ", w, f"  [{why}]" if args.why else "")
        if args.owners and split not in HELD_OUT:
            for s in scores:
                for line in s.owner_misses:
                    print(f"  owner: {split}/{s.doc}: {line}")
    for split, lines in tables:
        print(f"\n### why: {split}\n")
        print("\n".join(lines))
    if args.by_rule:
        print(f"\n### by rule: {' '.join(args.splits)}\n")
        print("\n".join(rule_table(every)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
