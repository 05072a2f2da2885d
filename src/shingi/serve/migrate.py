"""Schema migrations (Alembic), run by ``shingi serve`` and ``shingi users`` before anything else.

The migration scripts live in ``migrations/versions``; :func:`upgrade` brings any database
(SQLite or PostgreSQL) to the newest one. It is safe to run on every start.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from shingi.serve.db import Setting, engine_for, session_factory

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(db_url: str) -> None:
    """Migrate the database to the newest schema and make sure it has a signing secret."""
    if db_url.startswith("sqlite:///"):
        Path(db_url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    config = alembic_config()
    with engine_for(db_url).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    ensure_secret(db_url)


def ensure_secret(db_url: str) -> str:
    """The installation's signing secret (cookies, CSRF), made once and shared by every worker."""
    with session_factory(db_url)() as session:
        found = session.scalar(select(Setting.value).where(Setting.key == "secret"))
        if found:
            return found
        session.add(Setting(key="secret", value=secrets.token_hex(32)))
        try:
            session.commit()
        except IntegrityError:  # another process made it first
            session.rollback()
        value = session.scalar(select(Setting.value).where(Setting.key == "secret"))
        assert value
        return value
