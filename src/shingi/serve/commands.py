"""``shingi serve`` and ``shingi users``: the command-line side of the web app.

Both bring the database to the newest schema first (Alembic), so a new installation is one
command away and an upgraded one migrates on its next start.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
import sys
from dataclasses import dataclass

from shingi.model import InputError
from shingi.serve.settings import Settings

PASSWORD_ENV = "SHINGI_PASSWORD"


@dataclass(frozen=True, slots=True)
class Started:
    settings: Settings
    seeded: list[str]


def prepare(
    db: str | None, packs: str | None, public_url: str | None = None, inbox: str | None = None
) -> Started:
    """Settings, the packs folder (seeded with the bundled packs when new) and a migrated database."""
    from shingi.serve.migrate import upgrade
    from shingi.serve.packs import seed_bundled

    settings = Settings.make(db, packs, public_url, inbox)
    seeded = seed_bundled(settings.packs_dir)
    upgrade(settings.db_url)
    return Started(settings, seeded)


def describe_db(url: str) -> str:
    """The database URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def serve(
    db: str | None,
    packs: str | None,
    host: str,
    port: int,
    workers: int,
    public_url: str | None = None,
    inbox: str | None = None,
) -> None:
    """Migrate, then run uvicorn (with ``workers`` processes) until interrupted."""
    from shingi.serve.db import User, session_factory

    started = prepare(db, packs, public_url, inbox)
    settings = started.settings
    os.environ.update(settings.to_env())
    with session_factory(settings.db_url)() as session:
        has_users = session.query(User).first() is not None
    err = sys.stderr.write
    if started.seeded:
        err(f"packs folder {settings.packs_dir}: copied the bundled packs {', '.join(started.seeded)}\n")
    err(f"database: {describe_db(settings.db_url)}\n")
    err(f"inbox (documents editors may ingest by path): {settings.inbox}\n")
    if not has_users:
        err(
            "no users yet: add the first admin with\n"
            f"  shingi users add admin --role admin --packs {settings.packs_dir}"
            + (f" --db '{describe_db(settings.db_url)}'" if db else "")
            + "\n"
        )
    err(f"shingi serve: http://{host}:{port}/\n")
    run_uvicorn(host, port, workers)


def run_uvicorn(host: str, port: int, workers: int, **extra: object) -> None:
    """The app factory under uvicorn until interrupted (``extra``: more ``uvicorn.Config`` options).
    With several workers on Linux each has its own SO_REUSEPORT socket (:class:`WorkerListener`);
    elsewhere they share one, as ``uvicorn --workers`` does."""
    import uvicorn

    options: dict[str, object] = {"factory": True, "host": host, "port": port, "workers": workers}
    options |= {"log_level": "warning", "proxy_headers": False, **extra}
    if workers > 1 and hasattr(socket, "SO_REUSEPORT") and sys.platform.startswith("linux"):
        run_reuseport("shingi.serve.app:create_app", options)
    else:
        uvicorn.run("shingi.serve.app:create_app", **options)  # type: ignore[arg-type]


def reuseport_socket(host: str, port: int, backlog: int = 0) -> socket.socket:
    """A TCP socket on ``host:port`` with SO_REUSEPORT (Linux), listening when ``backlog`` > 0."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    if backlog > 0:
        sock.listen(backlog)
    sock.set_inheritable(True)
    return sock


class WorkerListener:
    """Stands for "a listening socket of the worker's own": uvicorn's supervisor hands its sockets
    to each worker process by pickling them, and this one unpickles, in the worker, as a new
    SO_REUSEPORT socket on the same address. The kernel then spreads new connections evenly over the
    workers' sockets, instead of whichever worker wakes first taking most of them from one shared
    socket (bench/RESULTS.md, Serve)."""

    def __init__(self, host: str, port: int, backlog: int) -> None:
        self.host, self.port, self.backlog = host, port, backlog

    def __reduce__(self) -> tuple[object, tuple[str, int, int]]:
        return reuseport_socket, (self.host, self.port, self.backlog)


def run_reuseport(app: str, options: dict[str, object]) -> None:
    """uvicorn's worker supervisor (restarts, signals) with one SO_REUSEPORT socket per worker.

    The parent binds the address first without listening (a clear error when the port is taken;
    a socket that does not listen gets no connections) and keeps it until the workers stop."""
    from typing import cast

    import uvicorn
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config(app, **options)  # type: ignore[arg-type]
    config.configure_logging()
    host, port = config.host, config.port
    with reuseport_socket(host, port) as held:
        port = held.getsockname()[1]
        listener = cast(socket.socket, WorkerListener(host, port, config.backlog))
        with contextlib.suppress(KeyboardInterrupt):
            Multiprocess(config, sockets=[listener]).run()


def read_password(from_stdin: bool) -> str:
    """The new password: from stdin (one line), the environment variable, or asked twice."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise InputError(f"no password: give it on stdin with --password-stdin, or in ${PASSWORD_ENV}")
    first = getpass.getpass("password: ")
    if first != getpass.getpass("again: "):
        raise InputError("the two passwords differ")
    return first


def users(
    action: str,
    name: str | None,
    role: str | None,
    db: str | None,
    packs: str | None,
    password_stdin: bool = False,
    label: str = "",
) -> str:
    """``shingi users add|list|token``; returns what to print."""
    from sqlalchemy import select

    from shingi.serve import desk
    from shingi.serve.auth import add_user, new_api_token
    from shingi.serve.db import Activity, User, session_factory, utcnow

    settings = prepare(db, packs).settings
    with session_factory(settings.db_url)() as session:
        if action == "list":
            return "\n".join(f"{u.name}\t{u.role}" for u in session.scalars(select(User).order_by(User.name)))
        if not name:
            raise InputError(f"shingi users {action}: give the user's NAME")
        if action == "add":
            if not role:
                raise InputError("shingi users add: give --role (viewer, reviewer, editor or admin)")
            user = add_user(session, name, read_password(password_stdin), role)
            session.add(
                Activity(
                    user_name="(command line)", action="user_added", detail=f"{name} ({role})", at=utcnow()
                )
            )
            session.commit()
            return f"added {user.name} ({user.role}) to {describe_db(settings.db_url)}"
        if action == "token":
            found = session.scalar(select(User).where(User.name == name))
            if found is None:
                raise InputError(f"no user named '{name}'")
            token = new_api_token(session, found, label)
            desk.record(session, found, "token_created", detail=label or "(command line)")
            session.commit()
            return token
    raise InputError(f"unknown action {action}")
