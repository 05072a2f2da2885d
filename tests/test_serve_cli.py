"""`shingi users` and `shingi serve` from the command line, and that the web stack stays out of
`shingi diagnose`'s start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="needs the serve extra (pip install 'shingi[serve]')")

ROOT = Path(__file__).resolve().parent.parent


def _shingi(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "shingi.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
    )


def test_diagnose_does_not_load_the_web_stack() -> None:
    code = (
        "import sys; from shingi.cli import main; main(['diagnose', '--format', 'json']); "
        "web = ('fastapi', 'sqlalchemy', 'uvicorn', 'jinja2', 'shingi.serve'); "
        "bad = [m for m in web if m in sys.modules]; "
        "sys.exit(1 if bad else 0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert done.returncode == 0, done.stderr


def test_users_add_from_stdin_then_list_and_token(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    done = _shingi(
        "users",
        "add",
        "ayumi",
        "--role",
        "editor",
        "--packs",
        str(packs),
        "--password-stdin",
        stdin="a long password\n",
    )
    assert done.returncode == 0, done.stderr
    assert (packs / "shingi-serve.sqlite3").is_file()
    assert (packs / "japan-ai-2026" / "pack.yaml").is_file()  # a new packs folder gets the bundled packs
    assert "ayumi\teditor" in _shingi("users", "list", "--packs", str(packs)).stdout
    token = _shingi("users", "token", "ayumi", "--packs", str(packs)).stdout.strip()
    assert token.startswith("shingi_") and len(token) > 30
    again = _shingi(
        "users",
        "add",
        "ayumi",
        "--role",
        "viewer",
        "--packs",
        str(packs),
        env={"SHINGI_PASSWORD": "another long one"},
    )
    assert again.returncode == 2 and "exists already" in again.stderr
    short = _shingi(
        "users", "add", "bo", "--role", "viewer", "--packs", str(packs), "--password-stdin", stdin="short\n"
    )
    assert short.returncode == 2 and "at least 8" in short.stderr


@pytest.mark.slow
def test_shingi_serve_starts_with_one_command(tmp_path: Path) -> None:
    import signal
    import socket
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    packs = tmp_path / "desk"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "shingi.cli", "serve", "--packs", str(packs), "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2) as r:
                    assert r.status == 200 and "csrf_token" in r.read().decode()
                break
            except OSError:
                assert proc.poll() is None, proc.communicate()[1]
                assert time.monotonic() < deadline, "shingi serve did not answer within 60 s"
                time.sleep(0.3)
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    assert (packs / "shingi-serve.sqlite3").is_file()
    assert (packs / "japan-ai-2026" / "pack.yaml").is_file()
    # it says where the database is and how to add the first admin
    assert "shingi-serve.sqlite3" in err and "shingi users add admin --role admin" in err


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_REUSEPORT listeners are Linux-only")
def test_serve_workers_each_take_a_share_of_new_connections(tmp_path: Path) -> None:
    """With --workers 2 each worker has its own SO_REUSEPORT socket: both answer, and 40 connections
    held open at once are spread over both (a shared socket let one worker take most of them)."""
    import http.client
    import signal
    import socket
    import time
    from collections import Counter

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    packs = tmp_path / "desk"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "shingi.cli", "serve", "--packs", str(packs), "--port", str(port)]
    proc = subprocess.Popen([*cmd, "--workers", "2"], env=env, stderr=subprocess.PIPE, text=True)

    def worker_of(conn: http.client.HTTPConnection) -> str:
        conn.request("GET", "/login")
        answer = conn.getresponse()
        answer.read()
        assert answer.status == 200
        return answer.getheader("X-Shingi-Worker") or ""

    try:
        seen: set[str] = set()
        deadline = time.monotonic() + 90
        while len(seen) < 2:  # until both workers are up
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                seen.add(worker_of(conn))
                conn.close()
            except OSError:
                assert proc.poll() is None, proc.communicate()[1]
            assert time.monotonic() < deadline, f"both workers did not answer within 90 s: {seen}"
            time.sleep(0.05)
        conns = [http.client.HTTPConnection("127.0.0.1", port, timeout=10) for _ in range(40)]
        for c in conns:
            c.connect()
        spread = Counter(worker_of(c) for c in conns)
        spread.update(worker_of(c) for c in conns)  # the same worker again on each kept-alive connection
        for c in conns:
            c.close()
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)
    assert set(spread) == seen and str(proc.pid) not in seen
    assert min(spread.values()) >= 2 * 4, spread  # each worker holds at least 4 of the 40 connections
