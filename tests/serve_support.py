"""Shared helpers of the web app's tests: a fresh database (SQLite file or a new PostgreSQL
database on the machine's server), a packs folder, users of each role, and a logged-in client.

PostgreSQL: ``SHINGI_TEST_PG_URL`` (default ``postgresql://postgres@127.0.0.1:5432/test``) names a
server to connect to; each test run creates its own database there and drops it afterwards, so
runs never collide. Tests that need it are skipped, with the reason, only when no server answers.
"""

from __future__ import annotations

import functools
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "src" / "shingi" / "packs" / "japan-ai-2026"
HOSTILE = ROOT / "tests" / "fixtures" / "packs" / "hostile"
REFERENCE = ROOT.parent / "shared" / "reference" / "000_170b930050baa6ae.txt"
PG_URL = os.environ.get("SHINGI_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
PASSWORD = "correct horse battery"
ROLES = ("viewer", "reviewer", "editor", "admin")
HEADLINE = "2026年4月、日本のAIは世界の最前線へ一挙に飛躍した"

# A short press-release-like document that ingest turns into rows (written for these tests).
DOCUMENT = """2026年4月15日
経済産業省は2026年4月、半導体支援として5000億円の追加支援を決定した。
日本のGPU資源の世界シェアは2026年に約1%だった。
"""


@contextmanager
def postgres_database() -> Iterator[str]:
    """A new, empty database on the PostgreSQL server of ``SHINGI_TEST_PG_URL``; dropped after."""
    psycopg = pytest.importorskip("psycopg", reason="needs psycopg (the serve extra)")
    try:
        admin = psycopg.connect(PG_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server answers at {PG_URL} ({str(exc).strip()[:120]})")
    name = f"shingi_test_{secrets.token_hex(6)}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = re.sub(r"/[^/]*$", f"/{name}", PG_URL)
    try:
        yield url
    finally:
        from shingi.serve.db import dispose
        from shingi.serve.settings import normalise_db_url

        dispose(normalise_db_url(url))
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def database(kind: str, tmp: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp / 'desk.sqlite3'}"
        from shingi.serve.db import dispose

        dispose(f"sqlite:///{tmp / 'desk.sqlite3'}")
    else:
        with postgres_database() as url:
            yield url


def make_packs(tmp: Path, hostile: bool = False) -> Path:
    packs = tmp / "packs"
    packs.mkdir()
    shutil.copytree(BUNDLED, packs / "japan-ai-2026")
    if hostile:
        shutil.copytree(HOSTILE, packs / "hostile")
    return packs


@dataclass
class Desk:
    """A migrated database with one user per role (named after the role) and their API tokens."""

    db_url: str
    packs: Path
    tokens: dict[str, str]

    def settings(self) -> Any:
        from shingi.serve.settings import Settings

        return Settings.make(self.db_url, self.packs)

    def headers(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


@functools.cache
def password_hash() -> str:
    """The test password's argon2 hash, made once (a hash takes most of a second on a busy machine)."""
    from shingi.serve.auth import hash_password

    return hash_password(PASSWORD)


def make_desk(db_url: str, packs: Path) -> Desk:
    from shingi.serve.auth import new_api_token
    from shingi.serve.db import User, session_factory
    from shingi.serve.migrate import upgrade
    from shingi.serve.settings import normalise_db_url

    url = normalise_db_url(db_url)
    upgrade(url)
    tokens = {}
    with session_factory(url)() as session:
        for role in ROLES:
            user = User(name=role, password_hash=password_hash(), role=role, lang="en", active=True)
            session.add(user)
            session.flush()
            tokens[role] = new_api_token(session, user, "tests")
        session.commit()
    return Desk(url, packs, tokens)


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = CSRF_RE.search(html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def login(client: Any, name: str, password: str = PASSWORD) -> None:
    page = client.get("/login")
    response = client.post(
        "/login",
        data={"name": name, "password": password, "next": "/packs", "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


GPU_CLAIM = "Japan holds about 1% of the world's GPUs."


def change_gpu_share(packs: Path, value: str) -> None:
    """Edit the pack by hand (as a merge would change it): Japan's GPU share becomes ``value``."""
    from shingi.pack.write import Table

    path = packs / "japan-ai-2026" / "observations.csv"
    table = Table.read(path)
    for row in table.rows:
        if row["id"] == "obs-jp-gpu-share":
            row["value"] = value
    table.write(path)
