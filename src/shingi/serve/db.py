"""The desk's tables and the session factory (SQLAlchemy 2; SQLite or PostgreSQL).

The schema itself is created and changed only by the Alembic migrations in ``migrations/``;
these classes describe it for queries. Times are stored in UTC.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

ROLES = ("viewer", "reviewer", "editor", "admin")
CLAIM_STATUSES = ("new", "in_review", "checked", "published")
ROW_STATUSES = ("draft", "accepted", "rejected")
DRAFT_STATES = ("open", "merging", "merged")


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Key-value settings of the installation (the signing secret)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    lang: Mapped[str] = mapped_column(String(2), default="ja")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LoginSession(Base):
    """A browser session: the cookie holds the token, the table its SHA-256."""

    __tablename__ = "login_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ApiToken(Base):
    """A bearer token for ``/api/v1``; only its SHA-256 is kept."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class StoredDiagnosis(Base):
    """One diagnosis as it was given: its inputs and the CLI's JSON; ``id`` is its permanent link."""

    __tablename__ = "diagnoses"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    pack: Mapped[str] = mapped_column(String(200))
    claim: Mapped[str] = mapped_column(Text)
    said_on: Mapped[str | None] = mapped_column(String(40), nullable=True)
    speaker: Mapped[str | None] = mapped_column(String(200), nullable=True)
    lang: Mapped[str] = mapped_column(String(2))
    rating: Mapped[str] = mapped_column(String(20))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: the pack's version it was given against (shingi.serve.packs.pack_version); None for
    #: diagnoses kept before versions were recorded
    pack_version: Mapped[str | None] = mapped_column(String(64), nullable=True)


class DeskClaim(Base):
    """A claim in the desk's queue."""

    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    said_on: Mapped[str | None] = mapped_column(String(40), nullable=True)
    speaker: Mapped[str | None] = mapped_column(String(200), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="new")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    diagnosis_id: Mapped[str | None] = mapped_column(ForeignKey("diagnoses.id"), nullable=True)
    claim_review: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Draft(Base):
    """An ingested draft pack waiting for review; its folder is under the data folder."""

    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="open")
    merge_result: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    merged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    #: when the merge under way started (a merge cut off by a crash is taken up after STALE_MERGE)
    merge_started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class DraftRow(Base):
    """One drafted event or observation: the row as ingest wrote it, as edited, and its review."""

    __tablename__ = "draft_rows"
    __table_args__ = (UniqueConstraint("draft_id", "kind", "row_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # event | observation
    row_id: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    original: Mapped[dict[str, str]] = mapped_column(JSON)
    data: Mapped[dict[str, str]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    version: Mapped[int] = mapped_column(Integer, default=1)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Activity(Base):
    """The activity log: who did what, when, on which pack, claim, draft or row. Only ever added to."""

    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user_name: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    pack: Mapped[str | None] = mapped_column(String(200), nullable=True)
    claim_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    draft_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    row_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")


_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def engine_for(url: str) -> Engine:
    """One engine per URL and process. SQLite gets WAL and a busy timeout so that several
    workers can write without 'database is locked'."""
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            if url.startswith("sqlite"):
                engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

                @event.listens_for(engine, "connect")
                def _sqlite_pragmas(conn: Any, _record: Any) -> None:
                    cur = conn.cursor()
                    cur.execute("PRAGMA journal_mode=WAL")
                    cur.execute("PRAGMA foreign_keys=ON")
                    cur.execute("PRAGMA synchronous=NORMAL")
                    cur.close()
            else:
                engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)
            _engines[url] = engine
        return engine


def session_factory(url: str) -> sessionmaker[Any]:
    return sessionmaker(engine_for(url), expire_on_commit=False)


def dispose(url: str) -> None:
    with _lock:
        engine = _engines.pop(url, None)
    if engine is not None:
        engine.dispose()
