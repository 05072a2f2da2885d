"""``shingi merge DRAFT PACK``: add the reviewed rows of a draft pack to a pack.

Which rows: events and observations whose ``status`` is set and is not ``draft`` (with
``include_drafts``, draft rows too); rows marked ``rejected`` (or ``reject``, ``no``, ``skip``,
``discard``, ``deleted``) are never merged. Rows without a ``status`` column count as
reviewed (a draft written by hand).

What comes along: the sources, entities (with the countries they belong to) and metrics the
merged rows refer to, unless the pack has them already: an entity is the pack's when it has
the same id or shares a name or alias (case-insensitive), a metric likewise, a source when
it has the same ``doc``, URL or title.

What is left out: rows the pack already holds. An event is already there when the pack has
one with the same date (or the same written more or less precisely: 2023-06 and 2023-06-22),
overlapping actors and the same amount or a nearly identical title
(character-bigram similarity >= 0.6, as :mod:`shingi.pack.duplicates`); an observation when
entity, metric, period, value and unit are the same (from any source).

Ids that the pack already uses get a suffix (``-2``, ``-3`` ...). A pillar the pack does not
declare is left empty.

Safety (see :mod:`shingi.pack.transaction`): the merge holds the pack's lock, so merges run
at once wait for each other and every row lands once; the pack is read after the lock is
taken; only the changed files are written, into a stage folder inside the pack, validated
there with :func:`shingi.pack.load.check_pack`, fsynced and moved into place through a
journal, so a merge killed at any point leaves the pack valid and the next merge completes
it. If the merged pack would not validate, the pack is untouched and
:class:`~shingi.model.PackError` lists why. Modes, symlinks inside the pack and unknown
columns (even one with an empty header) are kept.

Cost: linear in the rows of the pack and the draft in practice: ids and sources are looked up
in dicts, and an event is compared only with the events of its actors and years, or with those
that have its amount or share one of the rarest bigrams of a title, whichever are fewer (see
:class:`_EventIndex`).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from pathlib import Path

from shingi.model import InputError, Pack, PackError, Period, Problem
from shingi.pack.duplicates import TITLE_SIMILARITY, bigrams
from shingi.pack.files import split_list
from shingi.pack.transaction import PackTransaction, pack_transaction
from shingi.pack.write import Table, list_cell

#: An event as compared for duplicates: id, date, actors, amount (value, unit), titles.
_EventKey = tuple[str, Period | None, frozenset[str], tuple[float, str | None] | None, list[str]]

NOT_MERGED = frozenset({"rejected", "reject", "no", "skip", "discard", "deleted", "delete"})


@dataclass(slots=True)
class MergeResult:
    """What a merge added and left out; ``text()`` is what the CLI prints."""

    into: Path
    events: list[str] = field(default_factory=list)
    observations: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (draft row id, pack row id)
    renamed: dict[str, str] = field(default_factory=dict)
    still_draft: int = 0
    rejected: int = 0
    warnings: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.events or self.observations)

    def text(self) -> str:
        lines: list[str] = []
        if self.changed:
            lines.append(
                f"merged into {self.into}: {len(self.events)} event(s), "
                f"{len(self.observations)} observation(s); "
                f"new: {len(self.entities)} entit(ies), {len(self.sources)} source(s), "
                f"{len(self.metrics)} metric(s)")
        else:
            lines.append(f"nothing merged into {self.into}")
        for draft_id, pack_id in self.duplicates:
            lines.append(f"  skipped {draft_id}: already in the pack as {pack_id}")
        for old, new in sorted(self.renamed.items()):
            lines.append(f"  {old} -> {new} (id taken)")
        if self.still_draft:
            lines.append(f"{self.still_draft} row(s) still status=draft left out (review them, or use --all)")
        if self.rejected:
            lines.append(f"{self.rejected} rejected row(s) left out")
        if self.warnings:
            lines.append(f"{self.warnings} warning(s): see `shingi validate {self.into}`")
        return "\n".join(lines)


def _unique(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` ... whichever is free; the id returned is added to ``taken``."""
    new = base
    n = 2
    while new in taken:
        new = f"{base}-{n}"
        n += 1
    taken.add(new)
    return new


def _names(row: dict[str, str]) -> list[str]:
    out = [row.get("id", "")]
    for col in ("name_ja", "name_en"):
        if row.get(col, "").strip():
            out.append(row[col])
    out.extend(split_list(row.get("aliases")))
    return [n.strip().casefold() for n in out if n and n.strip()]


@functools.lru_cache(maxsize=65536)
def _bigrams(title: str) -> frozenset[str]:
    """The bigrams of a title, computed once per title however often it is compared."""
    return frozenset(bigrams(title))


def _jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    """:func:`shingi.pack.duplicates.similarity` of two texts from their bigram sets."""
    union = len(x | y)
    return len(x & y) / union if union else 1.0


def _number(text: str) -> tuple[float, str | None] | None:
    from shingi.normalize.quantities import parse_quantity

    try:
        q = parse_quantity(text)
    except ValueError:
        return None
    return q.value, q.unit


_TABLES = ("sources.csv", "entities.csv", "events.csv", "metrics.csv", "observations.csv")
#: Periods spanning more years than this are duplicate candidates for every event (rare).
_WIDE_YEARS = 50
#: Candidate events a merge may examine: this many plus :data:`CANDIDATES_PER_EVENT` per event of
#: the pack and the draft. Real packs stay far below it (30,000 rows: 127,000 candidates); past
#: it (a hostile pack of thousands of events of one actor and date with near-random titles) only
#: the same amount or the same title marks a duplicate, so that a merge never goes quadratic.
MAX_CANDIDATES = 1_000_000
CANDIDATES_PER_EVENT = 20


def _amount_key(amount: tuple[float, str | None]) -> tuple[str | None, str]:
    """An amount as a dict key: its unit and its value to 9 significant digits (as math.isclose)."""
    return amount[1], f"{amount[0]:.9g}"


class _EventIndex:
    """Events indexed two ways for duplicate lookups that do not scan the whole pack: by actor
    and year, and by amount and the rarest bigrams of their titles (prefix filtering: two bigram
    sets with Jaccard >= t share one of the ``|x| - ceil(t|x|) + 1`` rarest bigrams of each).
    Either index gives every possible duplicate; a lookup uses the one with fewer entries, so
    many events of one actor in one year, or many titles written from one template, stay cheap."""

    def __init__(self, title_freq: dict[str, int], events: int) -> None:
        self.keys: list[_EventKey] = []
        self.buckets: dict[tuple[str, int], list[int]] = {}
        self.wide: list[int] = []
        self.amounts: dict[tuple[str | None, str], list[int]] = {}
        self.same_titles: dict[frozenset[str], list[int]] = {}
        self.postings: dict[str, list[int]] = {}
        self.freq = title_freq
        self.prefixes: dict[str, list[str]] = {}
        self.budget = MAX_CANDIDATES + CANDIDATES_PER_EVENT * events

    @staticmethod
    def _years(date: Period) -> range | None:
        if date.end.year - date.start.year > _WIDE_YEARS:
            return None
        return range(date.start.year, date.end.year + 1)

    def _prefix(self, title: str) -> list[str]:
        found = self.prefixes.get(title)
        if found is None:
            x = _bigrams(title)
            need = math.ceil(TITLE_SIMILARITY * len(x) - 1e-9)
            found = sorted(x, key=lambda tok: (self.freq.get(tok, 0), tok))[: len(x) - need + 1]
            self.prefixes[title] = found
        return found

    def add(self, key: _EventKey) -> None:
        n = len(self.keys)
        self.keys.append(key)
        date, actors, amount, titles = key[1], key[2], key[3], key[4]
        if date is None:
            return  # an event without a date is never a duplicate candidate
        years = self._years(date)
        if years is None:
            self.wide.append(n)
        else:
            for actor in actors or {""}:
                for y in years:
                    self.buckets.setdefault((actor, y), []).append(n)
        if amount is not None:
            self.amounts.setdefault(_amount_key(amount), []).append(n)
        for title in titles:
            self.same_titles.setdefault(_bigrams(title), []).append(n)
            for tok in self._prefix(title):
                self.postings.setdefault(tok, []).append(n)

    def candidates(self, date: Period | None, actors: frozenset[str],
                   amount: tuple[float, str | None] | None, titles: list[str]) -> list[_EventKey]:
        """Every event that may be a duplicate, in the order they were added."""
        if date is None:
            return []
        years = self._years(date)
        by_date: list[list[int]] = [self.wide]
        if years is None:
            by_date.append(list(range(len(self.keys))))
        else:
            by_date.extend(self.buckets.get((actor, y), []) for actor in actors or {""} for y in years)
        # the same amount or the same title (as bigrams) are looked up whatever the budget
        same: list[list[int]] = [self.amounts.get(_amount_key(amount), []) if amount is not None else []]
        same.extend(self.same_titles.get(_bigrams(title), []) for title in titles)
        by_text = same + [self.postings.get(tok, []) for title in titles for tok in self._prefix(title)]
        lists = min(by_date, by_text, key=lambda ls: sum(len(x) for x in ls))
        size = sum(len(x) for x in lists)
        if size > self.budget:
            lists = same  # past the budget only the same amount or title is looked up
            size = sum(len(x) for x in lists)
        self.budget -= size
        return [self.keys[i] for i in sorted({i for x in lists for i in x})]


def _title_frequencies(titles: list[str]) -> dict[str, int]:
    freq: dict[str, int] = {}
    for title in titles:
        for tok in _bigrams(title):
            freq[tok] = freq.get(tok, 0) + 1
    return freq


class _Merger:
    def __init__(self, pack: Pack, tx: PackTransaction, draft: Path, include_drafts: bool,
                 result: MergeResult):
        self.pack = pack
        self.tx = tx
        self.draft = draft
        self.include_drafts = include_drafts
        self.result = result
        self.tables = {name: Table.read(tx.folder / name) for name in _TABLES}
        self.taken = {name: set(t.ids()) for name, t in self.tables.items()}
        self.draft_tables = {name: Table.read(draft / name) for name in _TABLES}
        self.draft_index: dict[str, dict[str, dict[str, str]]] = {}
        for name, table in self.draft_tables.items():
            index: dict[str, dict[str, str]] = {}
            for row in table.rows:
                index.setdefault(row.get("id", "").strip(), row)
            self.draft_index[name] = index
        self.maps: dict[str, dict[str, str]] = {"sources.csv": {}, "entities.csv": {}, "metrics.csv": {}}
        self.entity_names: dict[str, str] = {}
        for e in pack.entities.values():
            for n in e.names:
                self.entity_names.setdefault(n.casefold(), e.id)
        self.source_keys: dict[tuple[str, str], str] = {}
        for existing in self.tables["sources.csv"].rows:
            self._index_source(existing)

    def _index_source(self, row: dict[str, str]) -> None:
        sid = row.get("id", "").strip()
        for col in ("doc", "url"):
            value = row.get(col, "").strip()
            if value:
                self.source_keys.setdefault((col, value), sid)
        self.source_keys.setdefault(("id+title", f"{sid}\x00{row.get('title', '').strip()}"), sid)

    # --- selection --------------------------------------------------------------------

    def selected(self, name: str) -> list[dict[str, str]]:
        out = []
        table = self.draft_tables[name]
        has_status = "status" in table.columns
        for row in table.rows:
            status = row.get("status", "").strip().casefold() if has_status else "ok"
            if status in NOT_MERGED:
                self.result.rejected += 1
            elif status in ("draft", "") and not self.include_drafts and has_status:
                self.result.still_draft += 1
            else:
                out.append(row)
        return out

    # --- references -------------------------------------------------------------------

    def draft_row(self, name: str, draft_id: str) -> dict[str, str] | None:
        return self.draft_index[name].get(draft_id)

    def entity(self, draft_id: str) -> str:
        """The pack's id for a draft entity, adding the entity when the pack lacks it."""
        mapping = self.maps["entities.csv"]
        if draft_id in mapping:
            return mapping[draft_id]
        table = self.tables["entities.csv"]
        row = self.draft_row("entities.csv", draft_id)
        if draft_id in self.pack.entities or row is None:
            mapping[draft_id] = draft_id  # the pack's own (or unknown: check_pack will say so)
            return draft_id
        for name in _names(row):
            if name in self.entity_names:
                mapping[draft_id] = self.entity_names[name]
                return mapping[draft_id]
        new_id = _unique(draft_id, self.taken["entities.csv"])
        mapping[draft_id] = new_id
        new_row = dict(row)
        new_row["id"] = new_id
        if row.get("country", "").strip():
            new_row["country"] = self.entity(row["country"].strip())
        table.append(new_row)
        self.result.entities.append(new_id)
        return new_id

    def metric(self, draft_id: str) -> str:
        mapping = self.maps["metrics.csv"]
        if draft_id in mapping:
            return mapping[draft_id]
        row = self.draft_row("metrics.csv", draft_id)
        if draft_id in self.pack.metrics or row is None:
            mapping[draft_id] = draft_id
            return draft_id
        names = set(_names(row))
        unit = row.get("unit", "").strip() or None
        for m in self.pack.metrics.values():
            if names & {n.casefold() for n in m.names} and (m.unit == unit or unit is None or m.unit is None):
                mapping[draft_id] = m.id
                return m.id
        table = self.tables["metrics.csv"]
        new_id = _unique(draft_id, self.taken["metrics.csv"])
        mapping[draft_id] = new_id
        table.append({**row, "id": new_id})
        self.result.metrics.append(new_id)
        return new_id

    def source(self, draft_id: str) -> str:
        mapping = self.maps["sources.csv"]
        if draft_id in mapping:
            return mapping[draft_id]
        table = self.tables["sources.csv"]
        row = self.draft_row("sources.csv", draft_id)
        if row is None:
            mapping[draft_id] = draft_id
            return draft_id
        keys = [(col, row.get(col, "").strip()) for col in ("doc", "url") if row.get(col, "").strip()]
        keys.append(("id+title", f"{draft_id}\x00{row.get('title', '').strip()}"))
        for key in keys:
            if key in self.source_keys:
                mapping[draft_id] = self.source_keys[key]
                return mapping[draft_id]
        new_id = _unique(draft_id, self.taken["sources.csv"])
        mapping[draft_id] = new_id
        new_row = dict(row)
        new_row["id"] = new_id
        new_row.pop("status", None)
        table.append(new_row)
        self._index_source(new_row)
        self.result.sources.append(new_id)
        return new_id

    # --- rows -------------------------------------------------------------------------

    def merge_events(self) -> None:
        table = self.tables["events.csv"]
        pillars = {p.id for p in self.pack.meta.pillars}
        from shingi.normalize.periods import parse_period

        rows = self.selected("events.csv")
        added = _EventIndex(_title_frequencies(
            [t for e in self.pack.events.values() for t in (e.title_ja, e.title_en) if t]
            + [r[c].strip() for r in rows for c in ("title_ja", "title_en") if r.get(c, "").strip()]),
            len(self.pack.events) + len(rows))
        for e in self.pack.events.values():
            amount = (e.amount.value, e.amount.unit) if e.amount else None
            titles = [t for t in (e.title_ja, e.title_en) if t]
            added.add((e.id, e.date, frozenset(e.actors), amount, titles))
        for row in rows:
            actors = [self.entity(a) for a in split_list(row.get("actors"))]
            date: Period | None
            try:
                date = parse_period(row.get("date", "").strip())
            except ValueError:
                date = None
            amount = None
            if row.get("amount", "").strip():
                parsed = _number(row["amount"].strip())
                if parsed:
                    amount = (parsed[0], parsed[1] or (row.get("unit", "").strip() or None))
            titles = [row[c].strip() for c in ("title_ja", "title_en") if row.get(c, "").strip()]
            dup = self._event_duplicate(added.candidates(date, frozenset(actors), amount, titles), date,
                                        frozenset(actors), amount, titles)
            if dup:
                self.result.duplicates.append((row.get("id", "").strip(), dup))
                continue
            new = dict(row)
            new_id = _unique(row.get("id", "").strip(), self.taken["events.csv"])
            if new_id != row.get("id", "").strip():
                self.result.renamed[row["id"].strip()] = new_id
            new["id"] = new_id
            new["actors"] = list_cell(actors)
            new["source"] = list_cell(self.source(s) for s in split_list(row.get("source")))
            if new.get("pillar", "").strip() and new["pillar"].strip() not in pillars:
                new["pillar"] = ""
            table.append(new)
            added.add((new_id, date, frozenset(actors), amount, titles))
            self.result.events.append(new_id)

    @staticmethod
    def _event_duplicate(existing: list[_EventKey], date: Period | None, actors: frozenset[str],
                         amount: tuple[float, str | None] | None, titles: list[str]) -> str | None:
        for ev_id, other_date, other_actors, other_amount, other_titles in existing:
            # the same date, or one written more precisely than the other (2023-06 and 2023-06-22)
            if date is None or other_date is None:
                continue
            if not (date.contains(other_date) or other_date.contains(date)):
                continue
            if (actors or other_actors) and not actors & other_actors:
                continue
            if amount and other_amount and amount[1] == other_amount[1] and \
                    math.isclose(amount[0], other_amount[0]):
                return ev_id
            if any(_jaccard(_bigrams(a), _bigrams(b)) >= TITLE_SIMILARITY
                   for a in titles for b in other_titles):
                return ev_id
        return None

    def merge_observations(self) -> None:
        table = self.tables["observations.csv"]
        from shingi.normalize.periods import parse_period

        keys: dict[tuple[str, str, str, str | None], list[tuple[float, str]]] = {}
        for o in self.pack.observations.values():
            value = o.value.value if o.value is not None else math.nan
            keys.setdefault((o.entity, o.metric, o.period.text, o.unit), []).append((value, o.id))
        for row in self.selected("observations.csv"):
            entity = self.entity(row.get("entity", "").strip())
            metric = self.metric(row.get("metric", "").strip())
            try:
                period = parse_period(row.get("period", "").strip()).text
            except ValueError:
                period = row.get("period", "").strip()
            parsed = _number(row.get("value", "").strip())
            unit = (parsed[1] if parsed else None) or row.get("unit", "").strip() or None
            if unit is None and metric in self.pack.metrics:
                unit = self.pack.metrics[metric].unit
            value = parsed[0] if parsed else math.nan
            key = (entity, metric, period, unit)
            dup = next((oid for v, oid in keys.get(key, []) if math.isclose(v, value)), None)
            if dup:
                self.result.duplicates.append((row.get("id", "").strip(), dup))
                continue
            new = dict(row)
            new_id = _unique(row.get("id", "").strip(), self.taken["observations.csv"])
            if new_id != row.get("id", "").strip():
                self.result.renamed[row["id"].strip()] = new_id
            new.update(id=new_id, entity=entity, metric=metric,
                       source=list_cell(self.source(s) for s in split_list(row.get("source"))))
            table.append(new)
            keys.setdefault(key, []).append((value, new_id))
            self.result.observations.append(new_id)

    def write(self, before: dict[str, int]) -> None:
        """Stage the tables that gained rows (the others stay as they are, byte for byte)."""
        for name, table in self.tables.items():
            if len(table.rows) != before[name]:
                table.write(self.tx.path(name))


def merge_draft(draft: Path, into: Path, include_drafts: bool = False) -> MergeResult:
    """Add the reviewed rows of the draft pack ``draft`` to the pack folder ``into``.

    Raises :class:`PackError` when either pack is invalid or the merged pack would be (the
    pack is then left as it was), :class:`InputError` when ``into`` is not a pack folder or
    another command holds its lock longer than the wait allows.
    """
    from shingi.pack.load import BUNDLED_DIR, PACK_ID_RE, load_pack

    bundled = BUNDLED_DIR / str(into)
    if not into.exists() and PACK_ID_RE.match(str(into)) and (bundled / "pack.yaml").is_file():
        into = bundled
    if into.resolve().is_relative_to(BUNDLED_DIR.resolve()):
        raise InputError(
            f"{into.name}: bundled packs are read-only: copy it with "
            f"`cp -r {into.resolve()} ./{into.name}` and merge into the copy"
        )
    if not (into / "pack.yaml").is_file():
        raise InputError(f"{into}: not a pack folder (no pack.yaml)")
    if not (draft / "pack.yaml").is_file():
        raise InputError(f"{draft}: not a draft pack folder (no pack.yaml)")
    if draft.resolve() == into.resolve():
        raise InputError("the draft and the pack are the same folder")
    load_pack(draft)  # a draft edited into an invalid state is reported before anything happens
    result = MergeResult(into)
    with pack_transaction(into) as tx:
        pack = load_pack(into)  # read under the lock: a merge that ran meanwhile is seen
        merger = _Merger(pack, tx, draft, include_drafts, result)
        before = {name: len(t.rows) for name, t in merger.tables.items()}
        merger.merge_events()
        merger.merge_observations()
        if result.changed:
            merger.write(before)
            _, problems = tx.check()
            errors = [p for p in problems if p.severity == "error"]
            if errors:
                raise PackError([Problem(p.file, p.row, p.column, f"after merge: {p.message}")
                                 for p in errors])
            result.warnings = len(problems)
    return result
