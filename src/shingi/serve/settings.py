"""Where the app keeps its state: the database URL, the packs folder and the uploads.

With no ``--db`` the state is an SQLite file inside the packs folder
(``PACKS/shingi-serve.sqlite3``); uploads and drafts go to ``PACKS/.shingi-serve/`` (a folder
without ``pack.yaml``, so never taken for a pack). The command line passes its choices to the
worker processes through the environment variables below, which is also how tests and
deployments configure the app.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DB = "SHINGI_SERVE_DB"
ENV_PACKS = "SHINGI_SERVE_PACKS"
ENV_PUBLIC_URL = "SHINGI_SERVE_URL"
ENV_INBOX = "SHINGI_SERVE_INBOX"
DEFAULT_PACKS = "shingi-packs"
SQLITE_NAME = "shingi-serve.sqlite3"
DATA_NAME = ".shingi-serve"
INBOX_NAME = "inbox"


@dataclass(frozen=True, slots=True)
class Settings:
    """The app's configuration."""

    db_url: str
    packs_dir: Path
    #: the address the desk is published at (ClaimReview ``url``); default: the request's own
    public_url: str | None = None
    #: the only folder whose documents editors may ingest by path (default: ``inbox/`` beside
    #: the packs folder)
    inbox_dir: Path | None = None

    @property
    def inbox(self) -> Path:
        """The folder of documents on the server that may be ingested by path (resolved)."""
        return (self.inbox_dir or self.packs_dir.parent / INBOX_NAME).resolve()

    @property
    def data_dir(self) -> Path:
        """Uploads and drafts."""
        return self.packs_dir / DATA_NAME

    @classmethod
    def make(
        cls,
        db: str | None = None,
        packs: str | Path | None = None,
        public_url: str | None = None,
        inbox: str | Path | None = None,
    ) -> Settings:
        packs_dir = Path(packs or DEFAULT_PACKS).resolve()
        db_url = db or f"sqlite:///{packs_dir / SQLITE_NAME}"
        return cls(normalise_db_url(db_url), packs_dir, public_url, Path(inbox).resolve() if inbox else None)

    @classmethod
    def from_env(cls) -> Settings:
        return cls.make(
            os.environ.get(ENV_DB),
            os.environ.get(ENV_PACKS),
            os.environ.get(ENV_PUBLIC_URL),
            os.environ.get(ENV_INBOX),
        )

    def to_env(self) -> dict[str, str]:
        env = {ENV_DB: self.db_url, ENV_PACKS: str(self.packs_dir)}
        if self.public_url:
            env[ENV_PUBLIC_URL] = self.public_url
        if self.inbox_dir:
            env[ENV_INBOX] = str(self.inbox_dir)
        return env


def normalise_db_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 (the driver the ``serve`` extra installs)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url
