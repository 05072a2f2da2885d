"""The desk's work, shared by the JSON API and the pages: diagnoses with permanent links, the
claims queue, drafts (ingest, review, merge) and the activity log.

Every function that writes takes the acting user and checks the role first
(:func:`require`), so no route can forget it; each change and its activity entry are
committed in one transaction, so the log never misses a change that happened.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from shingi.model import Diagnosis, InputError, ShingiError
from shingi.pack.transaction import LOCK_TIMEOUT
from shingi.serve.auth import has_role
from shingi.serve.db import (
    CLAIM_STATUSES,
    Activity,
    DeskClaim,
    Draft,
    DraftRow,
    StoredDiagnosis,
    User,
    utcnow,
)
from shingi.serve.packs import PackStore

CLAIM_MAX = 2000
#: The diagnosis engine keeps per-process state that is not thread-safe (one Sudachi tokenizer,
#: per-pack caches built on first use), and the app runs sync routes on a thread pool: every
#: call into the engine (diagnose, reports, ingest) holds this lock. The work is CPU-bound, so
#: under the GIL the lock costs no parallelism; more throughput comes from more worker processes.
ENGINE_LOCK = threading.RLock()
UPLOAD_MAX_BYTES = 20 * 1024 * 1024
#: a merge still "merging" after this long was cut off (merge_draft waits at most LOCK_TIMEOUT
#: for the pack's lock, and a merge itself takes seconds)
STALE_MERGE = timedelta(seconds=LOCK_TIMEOUT * 2)
#: draft columns a reviewer may change (the place columns say where the row was read: fixed)
FIXED_COLUMNS = frozenset(
    {
        "id",
        "status",
        "doc",
        "page",
        "line",
        "char_start",
        "line_end",
        "char_end",
        "quote",
        "quote_span",
        "date_from",
        "period_from",
        "owner_from",
    }
)
ROW_FILES = {"event": "events.csv", "observation": "observations.csv"}
#: the draft status the library's merge reads, for each review decision
MERGE_STATUS = {"accepted": "reviewed", "rejected": "rejected", "draft": "draft"}


class Forbidden(ShingiError):
    """The user's role does not allow this."""


class LoginRequired(Forbidden):
    """Nobody is logged in (or the token is unknown): 401, and the pages send the log-in form."""

    def __init__(self) -> None:
        super().__init__("log in first")


class NotFound(ShingiError):
    """No such diagnosis, claim, draft or row."""


class Conflict(ShingiError):
    """The thing changed meanwhile (another reviewer, a merge under way)."""


def require(user: User | None, role: str) -> User:
    if user is None:
        raise LoginRequired()
    if not has_role(user, role):
        raise Forbidden(f"this needs the role {role} (you are {user.role})")
    return user


def record(
    session: Session,
    user: User,
    action: str,
    *,
    pack: str | None = None,
    claim_id: int | None = None,
    draft_id: int | None = None,
    row_id: str | None = None,
    detail: str = "",
) -> None:
    """Add an activity entry to the session's transaction (committed with the change it records)."""
    session.add(
        Activity(
            user_name=user.name,
            action=action,
            pack=pack,
            claim_id=claim_id,
            draft_id=draft_id,
            row_id=row_id,
            detail=detail[:4000],
            at=utcnow(),
        )
    )


# --- diagnoses ---------------------------------------------------------------------------


def diagnose_text(
    store: PackStore,
    pack: str,
    claim: str,
    said_on: str | None = None,
    speaker: str | None = None,
    lang: str | None = None,
) -> Diagnosis:
    """Diagnose a claim against a pack of the store (the library's ``diagnose``, nothing more)."""
    return diagnose_versioned(store, pack, claim, said_on, speaker, lang)[0]


def diagnose_versioned(
    store: PackStore,
    pack: str,
    claim: str,
    said_on: str | None = None,
    speaker: str | None = None,
    lang: str | None = None,
) -> tuple[Diagnosis, str]:
    """:func:`diagnose_text` and the version of the pack it was given against."""
    from shingi.model import PackError
    from shingi.pipeline.diagnose import diagnose, reader_language

    claim = (claim or "").strip()
    if not claim:
        raise InputError("the claim is empty: type the claim to check")
    if len(claim) > CLAIM_MAX:
        raise InputError(f"the claim is longer than {CLAIM_MAX} characters")
    loaded = store.checked(pack)
    if loaded.pack is None:
        raise PackError(loaded.problems)
    with ENGINE_LOCK:
        d = diagnose(
            claim,
            loaded.pack,
            lang=reader_language(claim, lang or None, loaded.pack),
            as_of=(said_on or None),
            speaker=(speaker or None),
        )
    return d, loaded.version


async def diagnose_soon(
    store: PackStore,
    pack: str,
    claim: str,
    said_on: str | None = None,
    speaker: str | None = None,
    lang: str | None = None,
) -> Diagnosis:
    """:func:`diagnose_text` for an async route: on the calling thread (the event loop) when the
    engine is free and the pack loaded, which saves two thread switches per request; in a
    thread when a page or report holds the engine or the pack must be (re)loaded first, so the
    event loop never waits on the lock nor on reading a pack."""
    from starlette.concurrency import run_in_threadpool

    if store.is_loaded(pack) and ENGINE_LOCK.acquire(blocking=False):
        try:
            return diagnose_text(store, pack, claim, said_on, speaker, lang)
        finally:
            ENGINE_LOCK.release()
    return await run_in_threadpool(diagnose_text, store, pack, claim, said_on, speaker, lang)


def save_diagnosis(
    session: Session,
    user: User,
    pack: str,
    d: Diagnosis,
    said_on: str | None,
    speaker: str | None,
    version: str | None = None,
    store: PackStore | None = None,
) -> StoredDiagnosis:
    """Keep a diagnosis under a new permanent id (any logged-in user may: diagnosing is reading),
    with the ``version`` of the pack it was given against; the files of that version are kept in
    ``store`` (once per version) for its report."""
    from shingi.render.json_out import diagnosis_to_dict

    require(user, "viewer")
    if version and store is not None and not store.keep_version(pack, version):
        version = None  # the pack changed between the diagnosis and now: its version is gone
    stored = StoredDiagnosis(
        id=secrets.token_urlsafe(12),
        pack=pack,
        claim=d.claim,
        said_on=said_on or None,
        speaker=speaker or None,
        lang=d.lang,
        rating=d.rating,
        result=diagnosis_to_dict(d),
        created_by=user.id,
        created_at=utcnow(),
        pack_version=version,
    )
    session.add(stored)
    session.flush()
    record(session, user, "diagnosed", pack=pack, detail=f"{d.rating}: {d.claim[:200]} (/d/{stored.id})")
    return stored


def diagnose_and_keep(
    session: Session,
    store: PackStore,
    user: User,
    pack: str,
    claim: str,
    said_on: str | None = None,
    speaker: str | None = None,
    lang: str | None = None,
) -> StoredDiagnosis:
    """Diagnose a claim and keep it with the pack's version."""
    require(user, "viewer")
    d, version = diagnose_versioned(store, pack, claim, said_on, speaker, lang)
    return save_diagnosis(session, user, pack, d, said_on, speaker, version, store)


def get_diagnosis(session: Session, diagnosis_id: str) -> StoredDiagnosis:
    found = session.get(StoredDiagnosis, diagnosis_id)
    if found is None:
        raise NotFound(f"no diagnosis {diagnosis_id}")
    return found


@dataclass(frozen=True, slots=True)
class PackState:
    """How a kept diagnosis's pack stands now: ``changed`` when its files are no longer the
    version the diagnosis was given against (None: not known, kept before versions were
    recorded, or the pack is gone or broken)."""

    kept: str | None
    now: str | None
    changed: bool | None


def pack_state(store: PackStore, stored: StoredDiagnosis) -> PackState:
    try:
        now = store.checked(stored.pack).version
    except ShingiError:
        now = None
    if stored.pack_version is None or now is None:
        return PackState(stored.pack_version, now, None)
    return PackState(stored.pack_version, now, now != stored.pack_version)


def report(store: PackStore, stored: StoredDiagnosis, fmt: str, url: str | None = None) -> tuple[bytes, str]:
    """The report of a kept diagnosis in one of the CLI's formats, as bytes and its file extension.

    Built from the diagnosis as it was kept (its stored result) and the pack at the version it
    was given against (the pack as it is now when still that version, else the files of that
    version kept at the time), never by diagnosing again. A diagnosis kept before versions were
    recorded is diagnosed again against the pack as it is now (there is nothing else to build
    it from)."""
    from shingi.render.json_out import diagnosis_from_dict
    from shingi.render.registry import get_renderer, report_document

    renderer = get_renderer(fmt)
    if stored.pack_version is None:
        pack = store.load(stored.pack)
        d = diagnose_text(store, stored.pack, stored.claim, stored.said_on, stored.speaker, stored.lang)
    else:
        at = store.at_version(stored.pack, stored.pack_version)
        if at is None:
            raise Conflict(
                f"the pack {stored.pack} has changed since this diagnosis and its version "
                f"{stored.pack_version} is not kept: diagnose the claim again"
            )
        pack = at
        d = diagnosis_from_dict(stored.result, pack.meta.fiscal_year)
    with ENGINE_LOCK:
        doc = report_document(pack, stored.claim, stored.lang, url, diagnosis=d)
        data = renderer.render(doc)
    return (data.encode("utf-8") if isinstance(data, str) else data), renderer.extension


def rerun_diagnosis(session: Session, store: PackStore, user: User, diagnosis_id: str) -> StoredDiagnosis:
    """Diagnose a kept diagnosis's claim again (same date, speaker and language) against the pack
    as it is now, and keep it under a new permanent link (the old one stays as it was)."""
    old = get_diagnosis(session, diagnosis_id)
    return diagnose_and_keep(session, store, user, old.pack, old.claim, old.said_on, old.speaker, old.lang)


# --- the claims queue --------------------------------------------------------------------


def add_claim(
    session: Session,
    user: User,
    pack: str,
    text: str,
    said_on: str | None = None,
    speaker: str | None = None,
    store: PackStore | None = None,
) -> DeskClaim:
    require(user, "reviewer")
    text = (text or "").strip()
    if not text or len(text) > CLAIM_MAX:
        raise InputError(f"a claim needs 1-{CLAIM_MAX} characters")
    if store is not None:
        store.path(pack)
    now = utcnow()
    claim = DeskClaim(
        pack=pack,
        text=text,
        said_on=said_on or None,
        speaker=speaker or None,
        status="new",
        notes="",
        created_by=user.id,
        created_at=now,
        updated_at=now,
    )
    session.add(claim)
    session.flush()
    record(session, user, "claim_added", pack=pack, claim_id=claim.id, detail=text[:200])
    return claim


def get_claim(session: Session, claim_id: int) -> DeskClaim:
    found = session.get(DeskClaim, claim_id)
    if found is None:
        raise NotFound(f"no claim {claim_id}")
    return found


def update_claim(
    session: Session,
    user: User,
    claim_id: int,
    status: str | None = None,
    assignee: str | None = None,
    notes: str | None = None,
) -> DeskClaim:
    """Change a claim's status (not to published: see :func:`publish_claim`), assignee or notes."""
    require(user, "reviewer")
    claim = get_claim(session, claim_id)
    changes = []
    if status is not None and status != claim.status:
        if status not in CLAIM_STATUSES or status == "published":
            raise InputError("status must be one of new, in_review, checked (publish to publish)")
        if claim.status == "published" and not has_role(user, "editor"):
            raise Forbidden("only an editor may reopen a published claim")
        changes.append(f"status {claim.status} -> {status}")
        claim.status = status
    if assignee is not None:
        if assignee == "":
            claim.assignee_id = None
            changes.append("unassigned")
        else:
            who = session.scalar(select(User).where(User.name == assignee))
            if who is None:
                raise InputError(f"no user named '{assignee}'")
            claim.assignee_id = who.id
            changes.append(f"assigned to {who.name}")
    if notes is not None and notes != claim.notes:
        claim.notes = notes[:20000]
        changes.append("notes edited")
    if changes:
        claim.updated_at = utcnow()
        record(session, user, "claim_updated", pack=claim.pack, claim_id=claim.id, detail="; ".join(changes))
    return claim


def diagnose_claim(session: Session, store: PackStore, user: User, claim_id: int) -> StoredDiagnosis:
    require(user, "reviewer")
    claim = get_claim(session, claim_id)
    stored = diagnose_and_keep(session, store, user, claim.pack, claim.text, claim.said_on, claim.speaker)
    claim.diagnosis_id = stored.id
    if claim.status == "new":
        claim.status = "in_review"
    claim.updated_at = utcnow()
    session.flush()
    record(session, user, "claim_diagnosed", pack=claim.pack, claim_id=claim.id, detail=stored.rating)
    return stored


def publish_claim(session: Session, store: PackStore, user: User, claim_id: int, url: str) -> dict[str, Any]:
    """Publish a claim's verdict as ClaimReview JSON-LD (the CLI's ``jsonld`` renderer) at ``url``."""
    from shingi.render.jsonld import claim_review
    from shingi.render.registry import report_document

    require(user, "editor")
    claim = get_claim(session, claim_id)
    d, version = diagnose_versioned(store, claim.pack, claim.text, claim.said_on, claim.speaker)
    if claim.diagnosis_id is None:
        stored = save_diagnosis(session, user, claim.pack, d, claim.said_on, claim.speaker, version, store)
        claim.diagnosis_id = stored.id
    with ENGINE_LOCK:
        doc = report_document(store.load(claim.pack), claim.text, d.lang, url, diagnosis=d)
        review = claim_review(doc)
    claim.claim_review = review
    claim.status = "published"
    claim.published_at = claim.updated_at = utcnow()
    record(session, user, "published", pack=claim.pack, claim_id=claim.id, detail=f"{d.rating} at {url}")
    return review


# --- drafts: ingest, review, merge ---------------------------------------------------------


def _safe_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r"[^\w.\-]+", "_", base).strip("._") or "document"
    return base[:120]


def ingest_upload(
    session: Session,
    store: PackStore,
    data_dir: Path,
    user: User,
    pack: str,
    files: Sequence[tuple[str, bytes]],
) -> Draft:
    """Save uploaded documents or tables, ingest them with the library into a new draft folder
    and put its rows up for review."""
    require(user, "reviewer")
    store.path(pack)
    if not files:
        raise InputError("choose at least one document or table to upload")
    key = secrets.token_hex(8)
    upload_dir = data_dir / "uploads" / key
    draft_dir = data_dir / "drafts" / key
    upload_dir.mkdir(parents=True)
    paths = []
    for name, content in files:
        if len(content) > UPLOAD_MAX_BYTES:
            raise InputError(f"{_safe_name(name)}: larger than {UPLOAD_MAX_BYTES // (1024 * 1024)} MB")
        path = upload_dir / _safe_name(name)
        n = 2
        while path.exists():
            path = upload_dir / f"{n}-{_safe_name(name)}"
            n += 1
        path.write_bytes(content)
        paths.append(path)
    return _ingest(session, store, draft_dir, user, pack, paths)


#: at most this many documents are ingested from one folder of the inbox
INBOX_MAX_FILES = 500


def inbox_documents(root: Path, given: str) -> list[Path]:
    """The documents and tables of ``given`` (a file or folder, relative to ``root`` or absolute),
    every one resolved (symlinks followed) and inside ``root``.

    Anything that resolves outside the root is refused with :class:`Forbidden`: ``../``, an
    absolute path elsewhere, a symlink out (the path itself or a file inside the folder).
    Symlinked folders inside a folder are not entered; hidden files and other suffixes are skipped.
    """
    from shingi.ingest.readers import DOCUMENT_SUFFIXES
    from shingi.ingest.tables import TABLE_SUFFIXES

    given = given.strip()
    if not given or "\x00" in given:
        raise InputError("give a file or folder of the inbox")
    root = root.resolve()

    def inside(path: Path, shown: str) -> Path:
        resolved = path.resolve()
        if resolved != root and not resolved.is_relative_to(root):
            raise Forbidden(
                f"{shown}: outside the inbox {root}; only documents under it can be ingested by path"
            )
        return resolved

    target = inside(root / given, given)  # an absolute ``given`` replaces root in the join
    if not target.exists():
        raise InputError(f"{given}: no such file or folder in the inbox {root}")
    if target.is_file():
        return [target]
    if not target.is_dir():
        raise InputError(f"{given}: not a regular file or folder")
    found: list[Path] = []
    for folder, dirs, files in os.walk(target):  # does not enter symlinked folders
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(folder) / name
            if name.startswith(".") or path.suffix.lower() not in DOCUMENT_SUFFIXES | TABLE_SUFFIXES:
                continue
            resolved = inside(path, str(path.relative_to(root)))
            if resolved.is_file():
                found.append(resolved)
    if not found:
        raise InputError(f"{given}: holds no document (.txt, .md, .html, .pdf) nor table (.csv, .xlsx, ...)")
    if len(found) > INBOX_MAX_FILES:
        raise InputError(f"{given}: {len(found)} documents; ingest at most {INBOX_MAX_FILES} at once")
    return found


def ingest_path(
    session: Session, store: PackStore, data_dir: Path, inbox: Path, user: User, pack: str, given: str
) -> Draft:
    """Ingest a file or folder of the server's inbox (editor: it reads the server's disk) into a
    new draft, as :func:`ingest_upload` does with uploads."""
    require(user, "editor")
    store.path(pack)
    paths = inbox_documents(inbox, given)
    return _ingest(session, store, data_dir / "drafts" / secrets.token_hex(8), user, pack, paths)


def _ingest(
    session: Session, store: PackStore, draft_dir: Path, user: User, pack: str, paths: list[Path]
) -> Draft:
    from shingi.ingest.run import forget_pack, ingest_files

    pack_path = store.path(pack)
    with ENGINE_LOCK:
        # the ingester keeps each pack's entities per process; a merge (here or in another
        # worker) may have added some since, so the pack is read afresh for every upload
        forget_pack(pack_path)
        summary = ingest_files(paths, out_dir=draft_dir, pack_ref=str(pack_path), workers=1)
    if summary.counts is None or not draft_dir.is_dir():
        reasons = "; ".join(f"{Path(f.path).name}: {f.message}" for f in summary.failures) or "no rows found"
        raise InputError(f"nothing to review: {reasons}")
    draft = Draft(
        pack=pack,
        folder=str(draft_dir),
        title=", ".join(p.name for p in paths)[:500],
        state="open",
        created_by=user.id,
        created_at=utcnow(),
    )
    session.add(draft)
    session.flush()
    _load_rows(session, draft, draft_dir)
    record(
        session,
        user,
        "ingested",
        pack=pack,
        draft_id=draft.id,
        detail=f"{len(paths)} file(s), {summary.rows} row(s): {draft.title}",
    )
    return draft


def _load_rows(session: Session, draft: Draft, folder: Path) -> None:
    from shingi.pack.write import Table

    position = 0
    for kind, file_name in ROW_FILES.items():
        table = Table.read(folder / file_name)
        for row in table.rows:
            row_id = row.get("id", "").strip()
            if not row_id:
                continue
            data = {k: v for k, v in row.items() if not k.startswith("\x00")}
            status = (
                "rejected"
                if data.get("status", "draft").strip() == "rejected"
                else ("draft" if data.get("status", "draft").strip() in ("", "draft") else "accepted")
            )
            session.add(
                DraftRow(
                    draft_id=draft.id,
                    kind=kind,
                    row_id=row_id,
                    position=position,
                    original=dict(data),
                    data=dict(data),
                    status=status,
                    version=1,
                )
            )
            position += 1


def get_draft(session: Session, draft_id: int) -> Draft:
    found = session.get(Draft, draft_id)
    if found is None:
        raise NotFound(f"no draft {draft_id}")
    return found


def draft_rows(session: Session, draft_id: int) -> list[DraftRow]:
    return list(
        session.scalars(select(DraftRow).where(DraftRow.draft_id == draft_id).order_by(DraftRow.position))
    )


@dataclass(frozen=True, slots=True)
class RowDecision:
    """One review decision: a row (``kind``/``row_id``), the new status, optional edits and the
    version the reviewer saw (a row changed by someone else since is refused, not overwritten)."""

    kind: str
    row_id: str
    status: str | None = None
    edits: dict[str, str] | None = None
    version: int | None = None


def review_rows(
    session: Session, user: User, draft_id: int, decisions: Iterable[RowDecision]
) -> list[DraftRow]:
    """Accept, reject or edit draft rows (one or many; all or none)."""
    require(user, "reviewer")
    draft = get_draft(session, draft_id)
    if draft.state != "open":
        raise Conflict(f"draft {draft_id} is {draft.state}: it can no longer be reviewed")
    changed = []
    for dec in decisions:
        row = session.scalar(
            select(DraftRow).where(
                DraftRow.draft_id == draft_id, DraftRow.kind == dec.kind, DraftRow.row_id == dec.row_id
            )
        )
        if row is None:
            raise NotFound(f"no {dec.kind} row {dec.row_id} in draft {draft_id}")
        if dec.version is not None and dec.version != row.version:
            raise Conflict(f"row {dec.row_id} was changed by someone else meanwhile: reload and review again")
        new_data = dict(row.data)
        notes = []
        for column, value in (dec.edits or {}).items():
            if column in FIXED_COLUMNS or column not in row.data:
                raise InputError(f"column '{column}' of row {dec.row_id} cannot be edited")
            value = str(value).replace("\r", " ").replace("\n", " ").strip()
            if value != new_data.get(column, ""):
                new_data[column] = value
                notes.append(f"{column}={value[:80]}")
        status = dec.status or row.status
        if status not in MERGE_STATUS:
            raise InputError(f"status must be accepted, rejected or draft, not '{status}'")
        # a compare-and-set on the version: two reviewers saving at once cannot both win
        result = session.execute(
            update(DraftRow)
            .where(DraftRow.id == row.id, DraftRow.version == row.version)
            .values(
                data=new_data,
                status=status,
                version=row.version + 1,
                reviewed_by=user.id,
                reviewed_at=utcnow(),
            )
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise Conflict(f"row {dec.row_id} was changed by someone else meanwhile: reload and review again")
        session.refresh(row)
        record(
            session,
            user,
            status if status != "draft" else "row_reset",
            pack=draft.pack,
            draft_id=draft.id,
            row_id=dec.row_id,
            detail="; ".join(notes),
        )
        changed.append(row)
    return changed


@dataclass(slots=True)
class MergeSummary:
    events: list[str]
    observations: list[str]
    entities: list[str]
    sources: list[str]
    metrics: list[str]
    duplicates: list[tuple[str, str]]
    renamed: dict[str, str]
    still_draft: int
    rejected: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "observations": self.observations,
            "entities": self.entities,
            "sources": self.sources,
            "metrics": self.metrics,
            "duplicates": [{"draft_row": a, "pack_row": b} for a, b in self.duplicates],
            "renamed": self.renamed,
            "still_draft": self.still_draft,
            "rejected": self.rejected,
        }

    def text(self) -> str:
        return (
            f"{len(self.events)} event(s), {len(self.observations)} observation(s) merged; "
            f"{len(self.duplicates)} already in the pack; {self.still_draft} not reviewed, "
            f"{self.rejected} rejected left out"
        )


def merge(
    factory: sessionmaker[Session], store: PackStore, data_dir: Path, user: User, draft_id: int
) -> MergeSummary:
    """Merge a draft's accepted rows into its pack with the library's ``merge_draft`` (which takes
    the pack's lock, validates and commits through its journal).

    The draft is claimed first (open -> merging, one winner), the merge and its activity entry
    are recorded whether it succeeds or fails, and a failed merge leaves the draft open."""
    from shingi.ingest.merge import merge_draft
    from shingi.ingest.run import forget_pack
    from shingi.pack.write import Table

    require(user, "editor")
    with factory() as session:
        draft = get_draft(session, draft_id)
        # one winner: the draft goes from open to merging once; a merge that has been "merging"
        # for longer than any merge can wait for the pack's lock was cut off (a crash, a kill) and
        # is taken up again: the library's merge skips rows already in the pack, so a repeat adds
        # nothing twice
        now = utcnow()
        claimed = session.execute(
            update(Draft)
            .where(
                Draft.id == draft_id,
                or_(
                    Draft.state == "open",
                    and_(Draft.state == "merging", Draft.merge_started_at < now - STALE_MERGE),
                ),
            )
            .values(state="merging", merge_started_at=now)
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            raise Conflict(f"draft {draft_id} is {draft.state}: it is being merged or was merged")
        record(session, user, "merge_started", pack=draft.pack, draft_id=draft_id)
        session.commit()
        rows = draft_rows(session, draft_id)
        pack, folder = draft.pack, Path(draft.folder)
    stage = data_dir / "merges" / f"{draft_id}-{secrets.token_hex(4)}"
    try:
        shutil.copytree(folder, stage, ignore=shutil.ignore_patterns(".shingi*"))
        for kind, file_name in ROW_FILES.items():
            table = Table.read(stage / file_name)
            table.rows = []
            for row in rows:
                if row.kind == kind:
                    table.append({**row.data, "status": MERGE_STATUS[row.status]})
            table.write(stage / file_name)
        result = merge_draft(stage, store.path(pack))
        forget_pack(store.path(pack))  # the pack's new entities are read by the next ingest
    except BaseException as exc:
        with factory() as session:
            session.execute(update(Draft).where(Draft.id == draft_id).values(state="open"))
            record(session, user, "merge_failed", pack=pack, draft_id=draft_id, detail=str(exc)[:2000])
            session.commit()
        raise
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    summary = MergeSummary(
        list(result.events),
        list(result.observations),
        list(result.entities),
        list(result.sources),
        list(result.metrics),
        list(result.duplicates),
        dict(result.renamed),
        result.still_draft,
        result.rejected,
    )
    with factory() as session:
        session.execute(
            update(Draft)
            .where(Draft.id == draft_id)
            .values(state="merged", merge_result=summary.text(), merged_at=utcnow())
        )
        record(session, user, "merged", pack=pack, draft_id=draft_id, detail=summary.text())
        session.commit()
    return summary


def change_user(
    session: Session, admin: User, name: str, role: str | None = None, active: bool | None = None
) -> User:
    """Change an account's role or switch it off (admin). A switched-off account's sessions and
    tokens stop working at once. An admin cannot demote or switch off the last active admin."""
    from shingi.serve.db import ROLES

    require(admin, "admin")
    target = session.scalar(select(User).where(User.name == name))
    if target is None:
        raise NotFound(f"no user named '{name}'")
    if role is not None and role not in ROLES:
        raise InputError(f"unknown role '{role}' (one of {', '.join(ROLES)})")
    loses_admin = (
        target.role == "admin"
        and target.active
        and ((role is not None and role != "admin") or active is False)
    )
    if loses_admin:
        admins = session.scalars(select(User).where(User.role == "admin", User.active)).all()
        if len(admins) <= 1:
            raise Conflict("this is the last active admin: make another admin first")
    changes = []
    if role is not None and role != target.role:
        changes.append(f"role {target.role} -> {role}")
        target.role = role
    if active is not None and active != target.active:
        changes.append("switched on" if active else "switched off")
        target.active = active
    if changes:
        record(session, admin, "user_changed", detail=f"{target.name}: {'; '.join(changes)}")
    return target


def activity(session: Session, limit: int = 200, pack: str | None = None) -> list[Activity]:
    query = select(Activity).order_by(Activity.id.desc()).limit(max(1, min(limit, 1000)))
    if pack:
        query = query.where(Activity.pack == pack)
    return list(session.scalars(query))
