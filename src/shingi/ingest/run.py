"""``shingi ingest``: read documents, extract candidate facts, write a draft pack.

Files are processed one by one in this process for a few files, and in parallel on Dask
for more (:data:`PARALLEL_FROM` files or more): on the distributed scheduler given by
``scheduler`` (its workers must see the same files and pack at the same paths), or else
on a LocalCluster of local worker processes (one per core unless ``workers`` says). Each
document is read and extracted in one task, with nothing shared between documents, and the
rows are sorted and given content-derived ids when the draft is written, so a parallel run
writes the same bytes as a serial one.

A document that cannot be read (missing, empty, binary, encrypted, undecodable ...) is a failure
with a message; the other documents are still processed and written. A figure whose number or
year is out of range (a run of 40 digits read as one number) is left out of the draft with a
note naming its line; the document's other rows are kept.

The draft folder is changed like a pack (:mod:`shingi.pack.transaction`): under its lock, the
new draft is written into a stage folder, joined with the earlier draft's rows
(:func:`shingi.ingest.draft.add_to_draft`), validated, and moved into place only if it is
valid, so an ingest that fails or is killed never loses an earlier draft.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date as _date
from pathlib import Path
from typing import Any

from shingi.ingest.doc_owner import address_day, address_line, document_owner
from shingi.ingest.draft import (
    DraftCounts,
    SourceInfo,
    add_to_draft,
    check_out_dir,
    drop_out_of_range,
    write_draft,
)
from shingi.ingest.extract import DocFacts, DocumentExtractor, ExtractContext
from shingi.ingest.layout import table_lines
from shingi.ingest.readers import DOCUMENT_SUFFIXES, Document, ReadError, TextLine, open_document, short_hash
from shingi.ingest.sentences import Sentence, split_sentences
from shingi.ingest.tables import TABLE_SUFFIXES, TableMapping, extract_table
from shingi.model import InputError, Pack, PackError, Period, ShingiError
from shingi.normalize.periods import period_of_day, period_of_month
from shingi.render.safety import safe_url

#: From this many files on, work goes to Dask (unless ``workers=1``).
PARALLEL_FROM = 8
#: How long to try to reach a Dask scheduler given with ``--scheduler``.
SCHEDULER_TIMEOUT = "10s"
#: Files per Dask task: enough to keep scheduling overhead small, few enough to balance.
MAX_BATCH = 25


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be ingested, and why (for ``PATH: message``)."""

    path: str
    message: str


@dataclass(slots=True)
class DocResult:
    """What one document gave: its source row and facts, or a failure."""

    path: str
    source: SourceInfo | None = None
    facts: DocFacts | None = None
    failure: Failure | None = None


@dataclass(slots=True)
class IngestSummary:
    """The outcome of an ingest run; ``text()`` is what the CLI prints."""

    out_dir: Path
    files: int = 0
    read: int = 0
    sentences: int = 0
    skipped_figures: int = 0
    counts: DraftCounts | None = None
    failures: list[Failure] = field(default_factory=list)
    encodings: list[tuple[str, str]] = field(default_factory=list)
    skipped_files: int = 0
    mode: str = "serial"
    notes: list[str] = field(default_factory=list)
    warnings: int = 0
    added: int = 0  # rows new to the draft folder
    already: int = 0  # rows of these documents the draft held already (kept as they were)
    preview: list[str] | None = None  # a dry run's rows, instead of a draft

    @property
    def rows(self) -> int:
        return (self.counts.events + self.counts.observations) if self.counts else 0

    def text(self) -> str:
        lines = [f"read {self.read} of {self.files} file(s), {self.sentences} sentence(s) ({self.mode})"]
        if self.preview is not None:
            lines.extend(self.preview)
            lines.append(f"dry run: {len(self.preview)} row(s) would be drafted; nothing was written")
        elif self.counts is not None:
            c = self.counts
            lines.append(
                f"found {self.rows} row(s): {c.events} event(s), "
                f"{c.observations} observation(s); {c.entities} entit(ies), {c.metrics} metric(s), "
                f"{c.sources} source(s)")
            lines.append(f"added {self.added} row(s) to {self.out_dir} (status=draft)"
                         + (f"; {self.already} already there, kept as they were" if self.already else ""))
        elif self.read:
            lines.append(f"wrote nothing: {self.out_dir} is as it was")
        else:
            lines.append("wrote nothing: no document could be read")
        if self.skipped_figures:
            lines.append(f"{self.skipped_figures} figure(s) skipped (no unit, no owner or no period)")
        for path, enc in self.encodings:
            lines.append(f"{path}: decoded as {enc}")
        if self.skipped_files:
            lines.append(f"{self.skipped_files} file(s) in folders skipped (neither a document nor a table)")
        lines.extend(self.notes)
        if self.warnings:
            lines.append(f"{self.warnings} warning(s): see `shingi validate {self.out_dir}`")
        if self.failures:
            lines.append(f"{len(self.failures)} file(s) failed")
        if self.counts is not None:
            lines.append(f"next: review the rows (status=reviewed), then `shingi merge {self.out_dir} PACK`")
        return "\n".join(lines)


# --- one document --------------------------------------------------------------------------

_CONTEXTS: dict[str | None, ExtractContext] = {}


def forget_pack(pack_ref: str | Path) -> None:
    """Drop this process's extraction context of a pack (a folder or a bundled pack's id).

    The ingester reads a pack's entities, metrics and periods once per process; after the pack
    changes (a merge adds an entity) call this, and the next :func:`ingest_files` reads it
    afresh. A pack that does not resolve had no context: nothing happens.
    """
    from shingi.pack.load import resolve_pack

    try:
        key = str(resolve_pack(pack_ref).resolve())
    except PackError:
        return
    _CONTEXTS.pop(key, None)


def clear_contexts() -> None:
    """Drop every pack's extraction context kept by this process (see :func:`forget_pack`)."""
    _CONTEXTS.clear()


def _context(pack_ref: str | None) -> ExtractContext:
    """The extraction context for a pack, built once per process (workers keep theirs)."""
    ctx = _CONTEXTS.get(pack_ref)
    if ctx is None:
        pack: Pack | None = None
        if pack_ref is not None:
            from shingi.pack.load import load_pack

            pack = load_pack(pack_ref)
        ctx = ExtractContext(pack)
        _CONTEXTS[pack_ref] = ctx
    return ctx


def _doc_period(text: str | None) -> Period | None:
    """The document's date as a period (``2026-04-15T09:00`` -> 2026-04-15), if it reads as one."""
    if not text:
        return None
    from shingi.normalize.periods import find_periods, parse_period

    try:
        return parse_period(text[:10] if len(text) > 10 and text[4:5] == "-" else text)
    except ValueError:
        found = find_periods(text)
        return found[0].period if found else None


def source_id(doc: str) -> str:
    """The source id of a document: a slug of its file name and a hash of its path."""
    stem = Path(doc).stem.lower()
    slug = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in stem).strip("-")
    while "--" in slug:
        slug = slug.replace("--", "-")
    return f"src-{slug[:30]}-{short_hash(doc, length=6)}" if slug else f"src-{short_hash(doc, length=10)}"


def _language(facts_text: Iterable[str]) -> str:
    cjk = latin = 0
    for t in facts_text:
        for ch in t:
            if "\u3040" <= ch <= "\u9fff":
                cjk += 1
            elif ch.isascii() and ch.isalpha():
                latin += 1
    return "ja" if cjk * 2 >= latin else "en"


@dataclass(frozen=True, slots=True)
class DocumentAbout:
    """What the user says of the documents beyond their text: whose they are (``--owner``) and where
    the document was found (``--source``, one document's address); see :mod:`shingi.ingest.doc_owner`."""

    owner: str | None = None
    source: str | None = None


def process_document(path: str, pack_ref: str | None, mapping: TableMapping | None = None,
                     published: str | None = None, about: DocumentAbout | None = None) -> DocResult:
    """Read one document or table and extract its candidate facts; never raises for a bad one.

    A document or table that fails gives no rows at all, and a message naming the place (for a
    table: the sheet, row and column)."""
    # a file name that is not valid UTF-8 is shown with replacement characters in the draft
    shown = path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    try:
        if Path(path).suffix.lower() in TABLE_SUFFIXES:
            result = _read_table(path, shown, pack_ref, mapping)
        else:
            result = _read_document(path, shown, pack_ref, published, about)
        if result.facts is not None:
            # a figure or year out of range (a run of 40 digits read as one number) would break the
            # draft: that row is left out, with a note naming its line; the document's other rows stay
            drop_out_of_range(result.facts)
        return result
    except ReadError as exc:
        return DocResult(path, failure=Failure(path, str(exc)))
    except ShingiError:
        raise  # a broken pack is the user's input error, not this document's
    except Exception as exc:  # one bad document must not stop the others
        return DocResult(path, failure=Failure(path, f"cannot ingest: {type(exc).__name__}: {exc}"))


def _read_table(path: str, shown: str, pack_ref: str | None, mapping: TableMapping | None) -> DocResult:
    sid = source_id(shown)
    table = extract_table(Path(path), shown, _context(pack_ref), sid, mapping)
    fmt = Path(path).suffix.lower().lstrip(".")
    source = SourceInfo(sid, shown, table.title, None, table.lang, fmt, table.encoding)
    return DocResult(path, source, table.facts)


def _read_document(path: str, shown: str, pack_ref: str | None, published: str | None,
                   about: DocumentAbout | None = None) -> DocResult:
    doc: Document = open_document(Path(path))
    ctx = _context(pack_ref)
    date = _doc_period(published or doc.date)  # --published wins over the document's own date
    sid = source_id(shown)
    about = about or DocumentAbout()
    # a page's own address is read, never fetched; one a reader could not follow (javascript:, data:)
    # is no address of the page (shingi.render.safety.safe_url)
    address = about.source or safe_url(doc.address)
    site_names = (doc.site_name, doc.title if doc.kind == "html" else None)
    owner = document_owner(about.owner, site_names, (address,))
    extractor = DocumentExtractor(ctx, shown, sid, date, owner)
    if (filed := address_day(address)) is not None:
        year, month, day = filed
        extractor.address_day = period_of_day(_date(year, month, day)) if day \
            else period_of_month(year, month)
    sample: list[str] = []

    def lines() -> Iterator[TextLine]:
        for line in doc.lines():
            if (found := address_line(line.text)) is not None:
                extractor.addresses.append(found)  # 「URL : http://…」: the release's own address
            yield line

    def sentences() -> Iterator[Sentence]:
        for s in split_sentences(table_lines(lines()), markdown=doc.kind == "markdown"):
            if len(sample) < 50:
                sample.append(s.text)
            yield s

    facts = extractor.add_all(sentences())
    date = extractor.doc_date  # the metadata's, else a date line or dateline of the text
    if facts.sentences == 0:
        what = "PDF has no text layer (a scanned PDF needs OCR first)" if doc.kind == "pdf" else "no text"
        return DocResult(path, failure=Failure(path, what))
    title = doc.title or Path(path).name
    # precision over recall: figures whose month or quarter needs a year the document never gives are
    # left out; the source row says so, for a reviewer who can give the date (--published)
    note = (f"no date found and no year said for {facts.undated_figures} figure(s); left out "
            "(give --published YYYY-MM-DD to date them)") if facts.undated_figures and date is None else None
    if extractor.date_from_address and date is not None:
        note = (f"no date in the text: dated {date.text} from the document's address (a guess; give "
                "--published YYYY-MM-DD to correct it)")
    source = SourceInfo(sid, shown, title, date.text if date else None, _language(sample), doc.kind,
                        doc.encoding, note, url=safe_url(address or next(iter(extractor.addresses), None)))
    return DocResult(path, source, facts)


def preview_lines(facts: Sequence[DocFacts]) -> list[str]:
    """What a dry run shows: one line per row that would be drafted, where it was read."""
    from shingi.pack.write import quantity_cell

    lines = []
    for f in facts:
        for o in f.observations:
            lines.append(f"observation {o.entity} {o.metric} {o.period.text} = {quantity_cell(o.value)} "
                         f"{o.value.unit or ''}  <- {o.place.doc} {o.place.quote}".rstrip())
        for e in f.events:
            lines.append(f"event {e.date.text} {';'.join(e.actors)}: {e.title}  "
                         f"<- {e.place.doc}:{e.place.line}")
    return lines


def _process_batch(paths: Sequence[str], pack_ref: str | None, mapping: TableMapping | None,
                   published: str | None = None, about: DocumentAbout | None = None) -> list[DocResult]:
    return [process_document(p, pack_ref, mapping, published, about) for p in paths]


# --- many documents ---------------------------------------------------------------------------


def expand_inputs(files: Sequence[Path]) -> tuple[list[str], list[Failure], int]:
    """Files to read (folders searched recursively, in name order), failures, and files skipped."""
    out: list[str] = []
    failures: list[Failure] = []
    skipped = 0
    seen: set[str] = set()
    for f in files:
        if f.is_dir():
            found = 0
            for p in sorted(f.rglob("*")):
                rel_parts = p.relative_to(f).parts
                if not p.is_file() or any(part.startswith(".") for part in rel_parts):
                    continue
                if p.suffix.lower() not in DOCUMENT_SUFFIXES | TABLE_SUFFIXES:
                    skipped += 1
                    continue
                found += 1
                if str(p) not in seen:
                    seen.add(str(p))
                    out.append(str(p))
            if not found:
                failures.append(Failure(str(f), "folder holds no document (.txt, .md, .html, .pdf) "
                                                "nor table (.csv, .tsv, .xlsx, .xls, .ods)"))
        elif f.exists() and not f.is_file():
            # a FIFO would block the read forever, a device never ends: refused by name
            failures.append(Failure(str(f), "not a regular file (a FIFO, socket or device); "
                                            "give a document or a folder"))
        elif str(f) not in seen:
            seen.add(str(f))
            out.append(str(f))
    return out, failures, skipped


#: A Dask scheduler address: ``tcp://host:port`` (or tls, ws, wss, ucx, inproc) or ``host:port``.
SCHEDULER_ADDRESS = re.compile(r"^((tcp|tls|ws|wss|ucx)://)?[A-Za-z0-9._\-]+(\[[0-9a-fA-F:]+\])?:[0-9]{1,5}$"
                               r"|^inproc://\S+$")


def check_scheduler(address: str) -> None:
    """Refuse, before any work, a ``--scheduler`` that is not a scheduler address."""
    if not SCHEDULER_ADDRESS.match(address.strip()):
        raise InputError(f"--scheduler {address!r} is not a Dask scheduler address "
                         "(expected tcp://HOST:PORT, e.g. tcp://10.0.0.5:8786)")


def _batches(paths: list[str], workers: int) -> list[list[str]]:
    size = max(1, min(MAX_BATCH, len(paths) // (workers * 4) or 1))
    return [paths[i : i + size] for i in range(0, len(paths), size)]


def _progress_bar(total: int, enabled: bool) -> Any:
    """A tqdm bar on stderr (a no-op when disabled); tqdm is imported only when ingest runs."""
    from tqdm import tqdm

    return tqdm(total=total, disable=not enabled, file=sys.stderr, unit="doc", desc="ingest", leave=False)


def _run_serial(paths: list[str], pack_ref: str | None, progress: bool,
                mapping: TableMapping | None = None, published: str | None = None,
                about: DocumentAbout | None = None) -> list[DocResult]:
    results: list[DocResult] = []
    with _progress_bar(len(paths), progress) as bar:
        for p in paths:
            results.append(process_document(p, pack_ref, mapping, published, about))
            bar.update(1)
    return results


def _run_dask(paths: list[str], pack_ref: str | None, scheduler: str | None, workers: int | None,
              progress: bool, mapping: TableMapping | None = None,
              published: str | None = None, about: DocumentAbout | None = None
              ) -> tuple[list[DocResult], str]:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        mode = f"dask scheduler {scheduler}, {n_workers} worker(s)"
    else:
        import dask

        n_workers = workers or os.cpu_count() or 1
        # Dask's statistical profiler samples every worker's stack 100 times a second while
        # holding the GIL; on pure-Python tasks it cost about 40 % of the run, so local
        # workers run without it.
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
        mode = f"dask LocalCluster, {n_workers} worker process(es)"
    try:
        batches = _batches(paths, n_workers)
        futures = [client.submit(_process_batch, b, pack_ref, mapping, published, about, pure=False)
                   for b in batches]
        by_path: dict[str, DocResult] = {}
        with _progress_bar(len(paths), progress) as bar:
            for fut in as_completed(futures):
                batch = fut.result()
                for r in batch:
                    by_path[r.path] = r
                bar.update(len(batch))
        return [by_path[p] for p in paths], mode
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def ingest_files(files: list[Path], out_dir: Path, pack_ref: str | None = None, scheduler: str | None = None,
                 workers: int | None = None, progress: bool = False, replace: bool = False,
                 mapping: TableMapping | None = None, dry_run: bool = False,
                 published: str | None = None, owner: str | None = None,
                 source: str | None = None) -> IngestSummary:
    """Ingest documents (and folders of documents) into a draft pack in ``out_dir``.

    ``pack_ref`` is a pack folder or bundled id whose entities, metrics and pillars the rows
    are matched to. Into an earlier draft, rows are added and every row already there is kept
    (``replace`` starts the draft afresh). Raises :class:`~shingi.model.PackError` for a broken
    pack and :class:`~shingi.model.InputError` when ``out_dir`` holds anything but an earlier
    draft or cannot be written; problems with single documents are in ``summary.failures``.
    ``mapping`` says how to read tables that guessing cannot (see
    :class:`~shingi.ingest.tables.TableMapping`). With ``dry_run`` nothing is written:
    ``summary.preview`` lists the rows that would be drafted.
    ``published`` (``YYYY-MM-DD`` or any period) is the documents' date: relative dates (本日,
    today, 19日, last year) are read against it, and it is the sources' ``published``. Without
    it each document's own date is used (metadata, else a date line or dateline near the top).
    ``owner`` (``--owner``) is whose the documents are: figures no sentence, table or title gives an
    owner are drafted as its; ``source`` (``--source``) is the web address the one document was found
    at (a prefecture's ``pref.<romaji>.jp`` names the prefecture, ``go.jp`` Japan; it is the source
    row's ``url``). See :mod:`shingi.ingest.doc_owner`.
    """
    if not dry_run:
        check_out_dir(out_dir)
    if published is not None and _doc_period(published) is None:
        raise InputError(f"--published: {published!r} is not a date (write YYYY-MM-DD)")
    if owner is not None and not owner.strip():
        raise InputError("--owner: give a name (a country, a prefecture, a city, a body)")
    if source is not None and not re.match(r"(?i)^(?:https?://)?[a-z0-9.-]+\.[a-z]{2,}(?:[/?#:]|$)", source):
        raise InputError(f"--source: {source!r} is not a web address (write https://host/path)")
    if source is not None:
        # the address as a reader may follow it (https:// when none is written), or no address: it is
        # the source row's url, which a report links to (shingi.render.safety.safe_url)
        source = source.strip() if re.match(r"(?i)https?://", source.strip()) else "https://" + source.strip()
        if safe_url(source) is None:
            raise InputError(f"--source: {source!r} is not a web address a reader may follow")
    if source is not None and (len(files) != 1 or Path(files[0]).is_dir()):
        raise InputError("--source is the address of one document: give exactly one file with it")
    about = DocumentAbout(owner, source) if owner or source else None
    if scheduler is not None:
        check_scheduler(scheduler)
    if workers is not None:
        if workers < 1:
            raise InputError(f"--workers must be 1 or more (got {workers})")
        workers = min(workers, os.cpu_count() or 1)
    pack: Pack | None = None
    resolved_ref: str | None = None
    if pack_ref is not None:
        from shingi.pack.load import load_pack, resolve_pack

        resolved_ref = str(resolve_pack(pack_ref).resolve())
        pack = load_pack(resolved_ref)  # fails early, once, on a broken pack
        _CONTEXTS.setdefault(resolved_ref, ExtractContext(pack))
    paths, failures, skipped = expand_inputs(files)
    summary = IngestSummary(out_dir, files=len(paths), skipped_files=skipped)
    use_dask = bool(scheduler) or (len(paths) >= PARALLEL_FROM and workers != 1)
    results: list[DocResult]
    if use_dask:
        try:
            results, summary.mode = _run_dask(paths, resolved_ref, scheduler, workers, progress, mapping,
                                              published, about)
        except Exception as exc:  # any failure to reach Dask is reported in one line
            if isinstance(exc, ShingiError):
                raise
            if scheduler:
                raise ShingiError(f"cannot use the Dask scheduler {scheduler}: {exc}") from None
            summary.notes.append(f"note: local Dask workers could not start ({exc}); ran serially "
                                 "(in a fresh network namespace, bring loopback up: ip link set lo up)")
            results = _run_serial(paths, resolved_ref, progress, mapping, published, about)
    else:
        results = _run_serial(paths, resolved_ref, progress, mapping, published, about)

    sources: list[SourceInfo] = []
    facts: list[DocFacts] = []
    for r in results:
        if r.failure is not None:
            failures.append(r.failure)
            continue
        assert r.source is not None and r.facts is not None
        sources.append(r.source)
        facts.append(r.facts)
        summary.sentences += r.facts.sentences
        summary.skipped_figures += r.facts.skipped_figures
        if r.source.note:
            summary.notes.append(f"{r.source.doc}: {r.source.note}")  # (figures left out for want of a year)
        if r.facts.left_out:
            shown = "; ".join(r.facts.left_out[:3]) + ("; ..." if len(r.facts.left_out) > 3 else "")
            summary.notes.append(f"{r.source.doc}: {len(r.facts.left_out)} figure(s) out of range left out "
                                 f"({shown})")
        if r.source.encoding and r.source.encoding not in ("utf-8", "utf-8-sig"):
            summary.encodings.append((r.source.doc, r.source.encoding))
    summary.read = len(sources)
    summary.failures = failures
    if dry_run:
        summary.preview = preview_lines(facts)
        return summary
    if sources:
        _write(summary, out_dir, sources, facts, pack, replace)
    return summary


class _Invalid(Exception):
    """Leaves the draft transaction without a commit."""


def _write(summary: IngestSummary, out_dir: Path, sources: list[SourceInfo], facts: list[DocFacts],
           pack: Pack | None, replace: bool) -> None:
    """Write the draft through a transaction: the earlier draft stays unless the new one is valid."""
    from shingi.pack.transaction import pack_transaction

    created = not out_dir.exists()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with pack_transaction(out_dir) as tx:
            check_out_dir(out_dir)  # again, under the lock
            new = tx.stage / "new"
            summary.counts = write_draft(new, sources, facts, pack)
            summary.added, summary.already = add_to_draft(tx, new, replace)
            shutil.rmtree(new)
            _, problems = tx.check()
            errors = [p for p in problems if p.severity == "error"]
            summary.warnings = len(problems) - len(errors)
            if errors:  # a draft that does not load is a bug here, not in the documents
                for p in errors:
                    summary.failures.append(Failure(str(out_dir), f"draft does not validate: {p}"))
                raise _Invalid
    except _Invalid:
        summary.counts = None
        summary.added = summary.already = 0
    except OSError as exc:
        raise InputError(f"{out_dir}: cannot write the draft: {exc.strerror or exc}") from None
    finally:
        if created and out_dir.is_dir() and not any(out_dir.iterdir()):
            out_dir.rmdir()
