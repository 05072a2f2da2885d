"""The app under uvicorn in a child process on loopback, for the end-to-end tests and the load
benchmark (``shingi serve`` itself runs uvicorn in its own process)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from shingi.serve.settings import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def local_server(
    settings: Settings, workers: int = 1, log: IO[bytes] | None = None, timeout: float = 60.0
) -> Iterator[str]:
    """Start uvicorn with the app factory as ``shingi serve`` does (``workers`` processes) on
    127.0.0.1 and a free port;
    yield its base URL once ``/login`` answers; stop it on leaving. Output goes to ``log``
    (default: discarded). The schema must be migrated already."""
    port = free_port()
    src = str(Path(__file__).resolve().parents[2])
    env = {
        **os.environ,
        **settings.to_env(),
        "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p),
    }
    # as ``shingi serve`` runs it (one SO_REUSEPORT socket per worker on Linux)
    extra: dict[str, object] = {"access_log": False, "backlog": 2048}
    extra |= {
        k: os.environ[f"UVICORN_{k.upper()}"]
        for k in ("http", "loop")
        if f"UVICORN_{k.upper()}" in os.environ
    }
    command = [
        sys.executable,
        "-c",
        "from shingi.serve.commands import run_uvicorn; "
        f"run_uvicorn('127.0.0.1', {port}, {workers}, **{extra!r})",
    ]
    out = log if log is not None else subprocess.DEVNULL
    proc = subprocess.Popen(command, env=env, stdout=out, stderr=out)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(url + "/login", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(f"uvicorn stopped with exit code {proc.returncode}") from None
                if time.monotonic() > deadline:
                    raise RuntimeError(f"uvicorn did not answer within {timeout:.0f} s") from None
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
