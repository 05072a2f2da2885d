"""Candidate rows -> a draft pack folder that ``shingi validate`` accepts.

The draft is a pack in the contract's format: pack.yaml, sources.csv (one source per
document), entities.csv, events.csv, observations.csv and metrics.csv as needed. Rows carry
extra columns (allowed by the contract) that say where each fact was read and that it still
needs a person's review:

``doc``, ``page``, ``line``, ``char_start``, ``line_end``, ``char_end``
    the span of the sentence in the document (see :class:`shingi.ingest.sentences.Sentence`);
``quote``
    the sentence;
``quote_span``
    where in ``quote`` the figure (an observation's value, an event's amount or else its date)
    stands, as ``START-END`` character offsets into the cell (END excluded); empty when it
    cannot be said exactly;
``date_from`` / ``period_from``
    ``text`` when the sentence states the date, ``context`` when it came from a heading or
    the document's date;
``owner_from``
    observations only: ``text`` when the sentence or its table names whose figure it is (or the
    sentences before it did), ``context`` when the owner was inferred from the document around it
    (its title, publisher line, address, the nation it speaks of: the ``note`` says which, and that
    the row wants review), ``option`` when the user gave it (``shingi ingest --owner``);
``status``
    ``draft``. Set it to ``reviewed`` (or anything but ``draft``) on the rows to keep, then
    run ``shingi merge DRAFT PACK``.

Text read from documents (quotes, titles) is written as a spreadsheet shows it as text: a cell
starting with ``=``, ``+``, ``-`` or ``@`` gets a leading ``'`` (:func:`shingi.render.safety.csv_cell`),
since analysts review drafts in spreadsheets.

Rows are sorted by (document, page, line, span) and their ids are hashes of that place, so
the same documents give byte-identical files however the work was split.

Ingesting into a folder that holds an earlier draft adds to it: every row already there is
kept as it is (reviewed, rejected, edited or not), and only rows with new ids are added
(:func:`add_to_draft`); ``--replace`` starts the draft afresh instead. A folder that holds
anything else is refused.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from shingi.ingest.extract import (
    DEFAULT_PILLARS,
    DocFacts,
    EventRow,
    NewEntity,
    NewMetric,
    ObservationRow,
    Place,
    _slug,
)
from shingi.ingest.readers import short_hash
from shingi.model import Entity, InputError, Metric, Pack
from shingi.pack.transaction import PackTransaction
from shingi.pack.write import (
    CONTRACT_COLUMNS,
    Table,
    list_cell,
    meta_to_dict,
    period_cell,
    quantity_cell,
    write_csv,
    write_yaml,
)
from shingi.render.safety import csv_cell

DRAFT_MARK = "# Draft pack written by `shingi ingest`."
DRAFT_HEADER = (
    f"{DRAFT_MARK}\n"
    "# Review events.csv and observations.csv: set status to `reviewed` on the rows to keep\n"
    "# (fix them as needed), then `shingi merge THIS_FOLDER PACK`.\n"
)
PLACE_COLUMNS = ("doc", "page", "line", "char_start", "line_end", "char_end", "quote", "quote_span")
EVENT_COLUMNS = (*CONTRACT_COLUMNS["events.csv"], *PLACE_COLUMNS, "date_from", "status")
OBSERVATION_COLUMNS = (*CONTRACT_COLUMNS["observations.csv"], *PLACE_COLUMNS, "period_from", "owner_from",
                       "comparator", "status")
PACK_FILE_NAMES = ("pack.yaml", "sources.csv", "entities.csv", "events.csv", "metrics.csv",
                   "observations.csv", "claims.yaml", "narrative.yaml")


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """The source row of one document."""

    id: str
    doc: str
    title: str
    published: str | None
    lang: str
    format: str
    encoding: str | None
    #: what the reader should know about the document as a whole (figures left out for want of a year)
    note: str | None = None
    #: the document's web address (``--source``, an HTML page's canonical address, a 「URL：」 line)
    url: str | None = None


@dataclass(frozen=True, slots=True)
class DraftCounts:
    events: int
    observations: int
    entities: int
    metrics: int
    sources: int


def is_draft(out_dir: Path) -> bool:
    """True when ``out_dir`` holds a draft written by ``shingi ingest``."""
    pack_yaml = out_dir / "pack.yaml"
    if not pack_yaml.is_file():
        return False
    try:
        with pack_yaml.open("rb") as f:
            head = f.read(400).decode("utf-8", errors="replace")
    except OSError:
        return False
    return DRAFT_MARK in head


def check_out_dir(out_dir: Path) -> None:
    """Refuse a folder that holds anything but an earlier draft (an empty folder is fine)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir}: exists and is not a folder")
    if not out_dir.is_dir():
        return
    if (out_dir / "pack.yaml").exists():
        if not is_draft(out_dir):
            raise InputError(f"{out_dir}: holds a pack that `shingi ingest` did not write; "
                             "choose another --out folder (a draft never overwrites a pack)")
        return
    try:
        others = sorted(p.name for p in out_dir.iterdir() if not p.name.startswith("."))
    except OSError as exc:
        raise InputError(f"{out_dir}: cannot read the folder: {exc.strerror or exc}") from None
    if others:
        shown = ", ".join(others[:3]) + (" ..." if len(others) > 3 else "")
        raise InputError(f"{out_dir}: is not empty and holds no draft ({shown}); "
                         "choose an empty or new --out folder")


def drop_out_of_range(facts: DocFacts) -> list[str]:
    """Leave out the rows of a document whose number or year is out of range (a run of 40 digits read
    as one figure, a year 3000), each with a message naming its line; the document's other rows are
    kept, and so are the new entities and metrics they need (those only a row left out needed go
    with it). The messages are also kept in ``facts.left_out``."""
    from shingi.normalize.limits import check_value, check_year

    def event_problem(e: EventRow) -> str | None:
        message = check_year(e.date.start.year) or check_year(e.date.end.year)
        return message or (check_value(e.amount.value) if e.amount is not None else None)

    def observation_problem(o: ObservationRow) -> str | None:
        return (check_year(o.period.start.year) or check_year(o.period.end.year)
                or check_value(o.value.value))

    events, bad_events = _split_rows(facts.events, event_problem)
    observations, bad_observations = _split_rows(facts.observations, observation_problem)
    lines = [(e.place.line, why) for e, why in bad_events]
    lines += [(o.place.line, why) for o, why in bad_observations]
    messages = [f"line {line}: {why}" for line, why in sorted(lines)]
    gone_entities = {a for e, _ in bad_events for a in e.actors} | {o.entity for o, _ in bad_observations}
    gone_metrics = {o.metric for o, _ in bad_observations}
    if not messages:
        return []
    facts.events, facts.observations = events, observations
    needed = {a for e in events for a in e.actors} | {o.entity for o in observations} | {
        n.country for n in facts.entities.values() if n.country}
    for key in gone_entities - needed:
        facts.entities.pop(key, None)
    for key in gone_metrics - {o.metric for o in observations}:
        facts.metrics.pop(key, None)
    facts.left_out.extend(messages)
    return messages


_Row = TypeVar("_Row", EventRow, ObservationRow)


def _split_rows(rows: list[_Row], problem: Callable[[_Row], str | None]
                ) -> tuple[list[_Row], list[tuple[_Row, str]]]:
    """The rows without a problem, and those with one with it."""
    kept: list[_Row] = []
    bad: list[tuple[_Row, str]] = []
    for row in rows:
        if (why := problem(row)) is None:
            kept.append(row)
        else:
            bad.append((row, why))
    return kept, bad


def _place_cells(place: Place, mark: tuple[int, int] | None = None) -> dict[str, Any]:
    quote = csv_cell(place.quote)
    shift = len(quote) - len(place.quote)  # the "'" csv_cell may put first
    return {
        "doc": place.doc, "page": place.page, "line": place.line, "char_start": place.char_start,
        "line_end": place.line_end, "char_end": place.char_end, "quote": quote,
        "quote_span": f"{mark[0] + shift}-{mark[1] + shift}" if mark else None,
    }


def _name_cell(name: str | None) -> str | None:
    """A name read from a document (a table row's label names a metric) as a cell no spreadsheet runs."""
    return csv_cell(name) if name else name


def _entity_row(e: Entity | NewEntity) -> dict[str, Any]:
    row: dict[str, Any] = {"id": e.id, "kind": e.kind, "name_ja": _name_cell(e.name_ja),
                           "name_en": _name_cell(e.name_en), "aliases": list_cell(e.aliases),
                           "country": e.country}
    fiscal = getattr(e, "fiscal_year", None)  # contract 1.1 column, written only when known
    if fiscal:
        row["fiscal_year"] = fiscal if isinstance(fiscal, str) else str(fiscal)
    return row


def _metric_row(m: Metric | NewMetric) -> dict[str, Any]:
    row: dict[str, Any] = {"id": m.id, "name_ja": _name_cell(m.name_ja), "name_en": _name_cell(m.name_en),
                           "unit": m.unit, "kind": m.kind}
    if isinstance(m, Metric):
        row["aliases"] = list_cell(m.aliases)
        row["higher_is_better"] = None if m.higher_is_better is None else str(m.higher_is_better).lower()
    return row


def _event_row(e: EventRow) -> dict[str, Any]:
    return {
        "id": e.id, "date": period_cell(e.date), "pillar": e.pillar, "actors": list_cell(e.actors),
        "kind": e.kind, "title_ja": csv_cell(e.title) if e.lang == "ja" else None,
        "title_en": csv_cell(e.title) if e.lang != "ja" else None,
        "amount": quantity_cell(e.amount) if e.amount else None,
        "unit": e.amount.unit if e.amount else None, "source": e.source, "significance": None,
        "note": _note("date from context" if e.date_from == "context" else None, e.note),
        **_place_cells(e.place, e.mark), "date_from": e.date_from, "status": "draft",
    }


def _observation_row(o: ObservationRow) -> dict[str, Any]:
    return {
        "id": o.id, "entity": o.entity, "metric": o.metric, "period": period_cell(o.period),
        "value": quantity_cell(o.value), "unit": o.value.unit, "source": o.source,
        "note": _note("period from context" if o.period_from == "context" else None, o.note),
        **_place_cells(o.place, o.mark), "period_from": o.period_from, "owner_from": o.owner_from,
        "comparator": o.comparator,
        "status": "draft",
    }


def _note(*parts: str | None) -> str | None:
    return "; ".join(p for p in parts if p) or None


def _unique_ids(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rows with ids made unique in order (a hash collision, however unlikely, must not break the pack)."""
    seen: dict[str, int] = {}
    for row in rows:
        base = row["id"]
        if base in seen:
            seen[base] += 1
            row["id"] = f"{base}-{seen[base]}"
        else:
            seen[base] = 1
        yield row


def draft_meta(pack: Pack | None, langs: Sequence[str]) -> dict[str, Any]:
    """pack.yaml of a draft: the pack's pillars, subject and fx, or the default pillars."""
    ja = sum(1 for lang in langs if lang == "ja")
    language = pack.meta.language if pack else ("ja" if ja * 2 >= max(len(langs), 1) else "en")
    if pack is not None:
        meta = meta_to_dict(pack.meta)
        meta["id"] = re.sub(r"[^a-z0-9-]+", "-", f"{pack.id}-draft".lower())
        meta.pop("headline", None)  # claims are not part of a draft
        meta.pop("subtitle", None)
        meta["title"] = {"ja": f"{pack.meta.title.get('ja')}（下書き）",
                         "en": f"{pack.meta.title.get('en')} (draft)"}
        return meta
    return {
        "id": "draft",
        "title": {"ja": "文書から取り込んだ下書き", "en": "Draft evidence ingested from documents"},
        "language": language,
        "pillars": [{"id": pid, "name": {"ja": ja_name, "en": en_name}}
                    for pid, ja_name, en_name, _ in DEFAULT_PILLARS],
    }


def _separate_metric_units(facts: Sequence[DocFacts]) -> None:
    """A new metric named alike in two documents but in other units ("revenue" in USD in one, in %
    in another) gets an id of its own in the later document (its unit added), and that document's
    rows follow it: the draft stays valid, no row is lost."""
    units: dict[str, str | None] = {}
    for f in facts:
        renamed: dict[str, str] = {}
        for m in list(f.metrics.values()):
            if m.id not in units or units[m.id] == m.unit:
                units.setdefault(m.id, m.unit)
                continue
            new_id = f"{m.id}-{_slug(m.unit or 'none') or short_hash(str(m.unit), length=4)}"
            while new_id in units and units[new_id] != m.unit:
                new_id = f"{new_id}-{short_hash(new_id, length=4)}"
            units[new_id] = m.unit
            renamed[m.id] = new_id
        for old, new in renamed.items():
            f.metrics[new] = replace(f.metrics.pop(old), id=new)
        for o in f.observations:
            if o.metric in renamed:
                o.metric = renamed[o.metric]


def write_draft(out_dir: Path, sources: Sequence[SourceInfo], facts: Sequence[DocFacts],
                pack: Pack | None) -> DraftCounts:
    """Write the draft pack for the documents read (``sources`` and ``facts`` in the same order)
    into the empty or new folder ``out_dir`` (``ingest`` gives it a stage folder; see
    :func:`shingi.ingest.run.ingest_files` for how a draft folder is changed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    _separate_metric_units(facts)

    events = [e for f in facts for e in f.events]
    observations = [o for f in facts for o in f.observations]
    events.sort(key=lambda e: (*e.place.key(), e.id))
    observations.sort(key=lambda o: (*o.place.key(), o.id))

    # entities: the pack's that rows use (with the countries they belong to), and new ones
    new_entities: dict[str, NewEntity] = {}
    for f in facts:
        for new in f.entities.values():
            new_entities.setdefault(new.id, new)
    needed: set[str] = set()
    for e in events:
        needed.update(e.actors)
    needed.update(o.entity for o in observations)
    entity_rows: dict[str, dict[str, Any]] = {}
    if pack is not None:
        if pack.meta.subject:
            needed.add(pack.meta.subject)
        needed.update(pack.meta.frontier)
    todo = sorted(needed)
    while todo:
        eid = todo.pop()
        if eid in entity_rows:
            continue
        found: Entity | NewEntity | None = pack.entities.get(eid) if pack is not None else None
        if found is None:
            found = new_entities.get(eid)
        if found is None:
            continue
        entity_rows[eid] = _entity_row(found)
        if found.country and found.country not in entity_rows:
            todo.append(found.country)

    # metrics: the pack's that rows use, and new ones
    metric_rows: dict[str, dict[str, Any]] = {}
    new_metrics: dict[str, NewMetric] = {}
    for f in facts:
        for m in f.metrics.values():
            new_metrics.setdefault(m.id, m)
    for o in observations:
        if o.metric in metric_rows:
            continue
        pm = pack.metrics.get(o.metric) if pack is not None else None
        metric = pm if pm is not None else new_metrics.get(o.metric)
        if metric is not None:
            metric_rows[o.metric] = _metric_row(metric)

    source_rows = [
        {"id": s.id, "title": csv_cell(s.title), "publisher": None, "url": csv_cell(s.url) if s.url else None,
         "published": s.published, "kind": "other", "lang": s.lang, "doc": s.doc, "format": s.format,
         "encoding": s.encoding,
         "note": s.note, "status": "draft"}
        for s in sorted(sources, key=lambda s: (s.doc, s.id))
    ]

    write_yaml(out_dir / "pack.yaml", draft_meta(pack, [s.lang for s in sources]), header=DRAFT_HEADER)
    write_csv(out_dir / "sources.csv", source_rows)
    write_csv(out_dir / "entities.csv", [entity_rows[k] for k in sorted(entity_rows)])
    # rows are streamed to the files: a big document's rows are not copied into dicts all at once
    n_events = write_csv(out_dir / "events.csv", _unique_ids(_event_row(e) for e in events), EVENT_COLUMNS)
    n_obs = 0
    if observations:
        n_obs = write_csv(out_dir / "observations.csv",
                          _unique_ids(_observation_row(o) for o in observations), OBSERVATION_COLUMNS)
    if metric_rows:
        write_csv(out_dir / "metrics.csv", [metric_rows[k] for k in sorted(metric_rows)])
    return DraftCounts(n_events, n_obs, len(entity_rows), len(metric_rows), len(source_rows))


def add_to_draft(tx: PackTransaction, new: Path, replace: bool) -> tuple[int, int]:
    """Stage the draft files in ``new`` into the draft folder of ``tx``.

    With ``replace`` (or into an empty folder) the new files are the draft and earlier draft
    files it lacks are removed. Otherwise every row of the earlier draft is kept as it is and
    the new rows whose ids it lacks are added (columns are joined). Returns (rows added, rows
    of the new documents already in the draft).
    """
    folder = tx.folder
    fresh = replace or not (folder / "pack.yaml").is_file()
    added = already = 0
    for name in PACK_FILE_NAMES:
        source = new / name
        if fresh:
            if source.is_file():
                os.replace(source, tx.path(name))
                if name in ("events.csv", "observations.csv"):
                    added += len(Table.read(tx.stage / name).rows)
            elif (folder / name).exists():
                tx.delete(name)
            continue
        if not source.is_file() or name.endswith(".yaml"):
            continue  # the earlier draft's pack.yaml (perhaps edited) stays
        if not (folder / name).is_file():
            os.replace(source, tx.path(name))
            if name in ("events.csv", "observations.csv"):
                added += len(Table.read(tx.stage / name).rows)
            continue
        table = Table.read(folder / name)
        ids = set(table.ids())
        before = len(table.rows)
        for row in Table.read(source).rows:
            if row.get("id", "").strip() in ids:
                already += name in ("events.csv", "observations.csv")
                continue
            ids.add(row.get("id", "").strip())
            table.append(row)
        if len(table.rows) != before:
            table.write(tx.path(name))
            if name in ("events.csv", "observations.csv"):
                added += len(table.rows) - before
    return added, already


__all__ = [
    "DRAFT_MARK",
    "DraftCounts",
    "SourceInfo",
    "add_to_draft",
    "check_out_dir",
    "draft_meta",
    "drop_out_of_range",
    "is_draft",
    "write_draft",
]
