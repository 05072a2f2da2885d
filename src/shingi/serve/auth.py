"""Accounts: argon2 password hashes, session cookies, API tokens, roles and CSRF tokens.

Roles are ordered: a viewer reads; a reviewer also accepts, edits and rejects draft rows and
works the claims queue; an editor also merges drafts and publishes; an admin also manages
users. :func:`has_role` is the one check every write goes through.

Secrets never stored: the session cookie and the API token are random; the database keeps
their SHA-256 only. CSRF: every form carries ``csrf_token``, an HMAC (itsdangerous) of the
browser's ``shingi_csrf`` cookie under the installation's secret; a request whose token does
not match is refused.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, Signer
from sqlalchemy import select
from sqlalchemy.orm import Session

from shingi.model import InputError
from shingi.serve.db import ROLES, ApiToken, LoginSession, User, utcnow

SESSION_COOKIE = "shingi_session"
CSRF_COOKIE = "shingi_csrf"
SESSION_DAYS = 14
NAME_MAX = 64
PASSWORD_MIN = 8

_hasher = PasswordHasher()


def has_role(user: User | None, needed: str) -> bool:
    """Whether ``user`` may do what needs ``needed`` (roles are ordered viewer < ... < admin)."""
    return user is not None and user.active and ROLES.index(user.role) >= ROLES.index(needed)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(user: User, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(session: Session, name: str, password: str, role: str, lang: str = "ja") -> User:
    """A new account; InputError for a taken or bad name, a short password or an unknown role."""
    name = name.strip()
    if not name or len(name) > NAME_MAX or any(c.isspace() for c in name):
        raise InputError(f"user name must be 1-{NAME_MAX} characters without spaces")
    if role not in ROLES:
        raise InputError(f"unknown role '{role}' (one of {', '.join(ROLES)})")
    if len(password) < PASSWORD_MIN:
        raise InputError(f"password must have at least {PASSWORD_MIN} characters")
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise InputError(f"user '{name}' exists already")
    user = User(name=name, password_hash=hash_password(password), role=role, lang=lang, active=True)
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, name: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        _hasher.hash(password)  # the same time whether the name exists or not
        return None
    if not user.active or not check_password(user, password):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def start_session(session: Session, user: User) -> str:
    """A new login session; returns the cookie value (the token)."""
    token = secrets.token_urlsafe(32)
    session.add(
        LoginSession(
            token_hash=_digest(token), user_id=user.id, expires_at=utcnow() + timedelta(days=SESSION_DAYS)
        )
    )
    return token


def end_session(session: Session, token: str) -> None:
    found = session.scalar(select(LoginSession).where(LoginSession.token_hash == _digest(token)))
    if found is not None:
        session.delete(found)


def session_user(session: Session, token: str | None) -> User | None:
    if not token:
        return None
    found = session.scalar(select(LoginSession).where(LoginSession.token_hash == _digest(token)))
    if found is None:
        return None
    expires = found.expires_at if found.expires_at.tzinfo else found.expires_at.replace(tzinfo=UTC)
    if expires < datetime.now(UTC):
        return None
    user = session.get(User, found.user_id)
    return user if user is not None and user.active else None


def new_api_token(session: Session, user: User, label: str = "") -> str:
    """A new API token for ``user``: shown once, stored as its SHA-256."""
    token = "shingi_" + secrets.token_urlsafe(32)
    session.add(ApiToken(token_hash=_digest(token), user_id=user.id, label=label[:100]))
    return token


def token_user(session: Session, token: str) -> User | None:
    found = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(token)))
    if found is None:
        return None
    user = session.get(User, found.user_id)
    return user if user is not None and user.active else None


#: how long a checked API token is believed without asking the database again (a backstop: an
#: admin's change of any account clears every worker's cache at once, see :class:`TokenCache`)
TOKEN_CACHE_SECONDS = 10.0
TOKEN_CACHE_SIZE = 10_000


@dataclass(frozen=True, slots=True)
class _Checked:
    user: User
    until: float
    stamp: tuple[int, int]


class TokenCache:
    """API tokens already checked against the database, kept per process for
    :data:`TOKEN_CACHE_SECONDS`, so that a stream of API reads (the diagnose endpoint above all)
    costs no database round trip per request.

    Still revocable at once: every change of an account (role, switched off) replaces the stamp
    file ``stamp_path`` (in the data folder that all workers, and machines of a team, share) after
    it is committed; a cached token whose stamp differs from the file's is asked again. Entries
    also expire, for changes made behind the app's back (the database edited by hand). The users
    kept are detached snapshots, used for reads only: writes check the account in the database.
    """

    def __init__(self, stamp_path: Path, seconds: float = TOKEN_CACHE_SECONDS) -> None:
        self.stamp_path = stamp_path
        self.seconds = seconds
        self._entries: dict[str, _Checked] = {}
        self._lock = threading.Lock()

    def _stamp(self) -> tuple[int, int]:
        try:
            st = self.stamp_path.stat()
        except FileNotFoundError:
            return (0, 0)
        return (st.st_ino, st.st_mtime_ns)

    def get(self, token: str) -> User | None:
        """The user of a token checked recently and unchanged since, else None (ask the database)."""
        entry = self._entries.get(_digest(token))
        if entry is None or entry.until < time.monotonic() or entry.stamp != self._stamp():
            return None
        return entry.user

    def put(self, token: str, user: User, stamp: tuple[int, int]) -> None:
        """Keep ``user`` for ``token``; ``stamp`` is :meth:`stamp` read *before* the database was
        asked, so a change committed meanwhile is never hidden."""
        with self._lock:
            if len(self._entries) >= TOKEN_CACHE_SIZE:
                self._entries.clear()
            self._entries[_digest(token)] = _Checked(user, time.monotonic() + self.seconds, stamp)

    def stamp(self) -> tuple[int, int]:
        return self._stamp()

    def accounts_changed(self) -> None:
        """Call after committing a change of any account: every worker's cached tokens are asked
        again. The stamp file is replaced (a new inode), never edited in place."""
        with self._lock:
            self._entries.clear()
        self.stamp_path.parent.mkdir(parents=True, exist_ok=True)
        fresh = self.stamp_path.with_name(f".{self.stamp_path.name}.{secrets.token_hex(4)}")
        fresh.write_text(f"{datetime.now(UTC).isoformat()}\n", "utf-8")
        os.replace(fresh, self.stamp_path)


def csrf_token(secret: str, cookie: str) -> str:
    """The form token that goes with a browser's CSRF cookie."""
    return Signer(secret, salt="shingi-csrf").get_signature(cookie).decode("ascii")


def csrf_ok(secret: str, cookie: str | None, token: str | None) -> bool:
    if not cookie or not token:
        return False
    try:
        Signer(secret, salt="shingi-csrf").unsign(f"{cookie}.{token}")
    except BadSignature:
        return False
    return hmac.compare_digest(csrf_token(secret, cookie), token)
