"""Ingest measured on something real: the reference report against the bundled pack built from it.

Match rule (also in docs/ingest.md):

- Targets: the bundled pack's events whose source is the report, and its figures from the
  report: observation values and event amounts.
- An ingested event matches a pack event when their periods overlap and they share an actor
  or their amounts agree.
- An ingested figure (an observation's value, an event's amount) matches a pack figure when
  the values agree within 1 % in the same unit.
- Recall: the share of targets matched by an ingested row, one to one (a maximum matching:
  one ingested row recovers at most one target, so a loose row cannot count twice).
  Precision: the share of ingested rows (events and observations) that match some row of
  the pack (any source).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pytest

from shingi.ingest.run import ingest_files
from shingi.model import Event, Pack, Quantity
from shingi.pack.load import BUNDLED_DIR, load_pack

REPORT = Path("/work/shared/reference/000_170b930050baa6ae.txt")
REPORT_SOURCE = "report"


def report_path() -> Path:
    """The reference report: in shared/ beside the repository (or skip the test)."""
    if REPORT.is_file():
        return REPORT
    # CI lays shared/ beside the clone
    alt = Path(__file__).resolve().parents[2] / "shared" / "reference" / REPORT.name
    if alt.is_file():
        return alt
    pytest.skip("the reference report is not available on this machine")
    raise AssertionError


def figures_agree(a: Quantity, b: Quantity) -> bool:
    return a.unit == b.unit and math.isclose(a.value, b.value, rel_tol=0.01)


def events_agree(ingested: Event, target: Event) -> bool:
    if not ingested.date.overlaps(target.date):
        return False
    if set(ingested.actors) & set(target.actors):
        return True
    return bool(ingested.amount and target.amount and figures_agree(ingested.amount, target.amount))


@dataclass
class Measure:
    recall: float
    precision: float
    targets: int
    found: int
    rows: int
    correct: int
    missed: list[str]
    wrong: list[str]


def measure(draft: Pack, pack: Pack, source: str) -> Measure:
    """Recall over the pack's rows from ``source``; precision of the draft's rows against the pack."""
    target_events = [e for e in pack.events.values() if source in e.source]
    target_figures: list[tuple[str, Quantity]] = [
        (o.id, o.value) for o in pack.observations.values() if source in o.source and o.value is not None]
    target_figures += [(f"{e.id} (amount)", e.amount) for e in target_events if e.amount is not None]
    ingested_figures = [o.value for o in draft.observations.values() if o.value is not None]
    ingested_figures += [e.amount for e in draft.events.values() if e.amount is not None]

    drafted = list(draft.events.values())
    event_pairs = _matching([[i for i, d in enumerate(drafted) if events_agree(d, t)] for t in target_events])
    figure_pairs = _matching([[i for i, q in enumerate(ingested_figures) if figures_agree(q, t)]
                              for _, t in target_figures])
    missed = [e.id for k, e in enumerate(target_events) if k not in event_pairs]
    missed += [fid for k, (fid, _) in enumerate(target_figures) if k not in figure_pairs]
    targets = len(target_events) + len(target_figures)

    all_figures = [o.value for o in pack.observations.values() if o.value is not None]
    all_figures += [e.amount for e in pack.events.values() if e.amount is not None]
    wrong = [e.id for e in draft.events.values() if not any(events_agree(e, t) for t in pack.events.values())]
    wrong += [o.id for o in draft.observations.values()
              if o.value is None or not any(figures_agree(o.value, q) for q in all_figures)]
    rows = len(draft.events) + len(draft.observations)
    return Measure((targets - len(missed)) / targets, (rows - len(wrong)) / rows, targets,
                   targets - len(missed), rows, rows - len(wrong), missed, wrong)


def _matching(candidates: list[list[int]]) -> dict[int, int]:
    """A maximum one-to-one matching of targets to ingested rows (augmenting paths)."""
    owner: dict[int, int] = {}  # ingested row -> target

    def assign(target: int, seen: set[int]) -> bool:
        for row in candidates[target]:
            if row in seen:
                continue
            seen.add(row)
            if row not in owner or assign(owner[row], seen):
                owner[row] = target
                return True
        return False

    for t in range(len(candidates)):
        assign(t, set())
    return {t: r for r, t in owner.items()}


@pytest.fixture(scope="module")
def report_measure(tmp_path_factory: pytest.TempPathFactory) -> Measure:
    out = tmp_path_factory.mktemp("draft") / "draft"
    summary = ingest_files([report_path()], out, pack_ref="japan-ai-2026")
    assert summary.failures == []
    return measure(load_pack(out), load_pack(BUNDLED_DIR / "japan-ai-2026"), REPORT_SOURCE)


def test_report_recall_is_at_least_90_percent(report_measure: Measure) -> None:
    m = report_measure
    assert m.targets >= 25, "the bundled pack should hold the report's events and figures"
    assert m.recall >= 0.90, f"recall {m.found}/{m.targets}; missed: {m.missed}"


def test_report_precision_is_high(report_measure: Measure) -> None:
    m = report_measure
    assert m.precision >= 0.9, f"precision {m.correct}/{m.rows}; not in the pack: {m.wrong}"


def test_the_headline_facts_are_recovered_with_their_place(tmp_path: Path) -> None:
    out = tmp_path / "draft"
    ingest_files([report_path()], out, pack_ref="japan-ai-2026")
    draft = load_pack(out)
    events = list(draft.events.values())
    ms = [e for e in events if "microsoft" in e.actors and e.amount is not None]
    assert len(ms) == 1, "the 1.6兆円 investment is printed twice in the report but comes out once"
    assert ms[0].date.text == "2026-04" and ms[0].amount is not None and ms[0].amount.value == 1.6e12
    fy2027 = [e for e in events if e.date.text == "FY2027"]
    assert fy2027 and fy2027[0].actors == ("rapidus",) and fy2027[0].kind == "plan"
    jmle = {o.entity: o.value.value for o in draft.observations.values()
            if o.metric == "jmle_score" and o.value is not None}
    assert jmle == {"plamo22prime": 70.7, "gpt41": 94.3}
    # each row points at its sentence: the quote is in the report at the given line
    import csv

    lines = report_path().read_text("utf-8").splitlines()
    with (out / "events.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            line = lines[int(row["line"]) - 1]
            assert row["status"] == "draft"
            if row["line"] == row["line_end"]:
                assert " ".join(line[int(row["char_start"]):int(row["char_end"])].split()) == row["quote"]
            else:
                assert line[int(row["char_start"]):].strip() and row["quote"].startswith(
                    " ".join(line[int(row["char_start"]):].split()))
