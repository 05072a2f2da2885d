"""Load benchmark of ``shingi serve``: diagnose requests from many concurrent clients.

    python bench/bench_serve.py [--clients 50] [--workers 2] [--seconds 20] [--warmup 3]

Sets up a fresh packs folder (the bundled pack) and SQLite database in a temporary folder, adds
one viewer with an API token, starts uvicorn (the app factory, as ``shingi serve --workers N``)
on 127.0.0.1, and runs ``--clients`` concurrent clients, each sending ``POST /api/v1/diagnose``
(the bundled pack's claims in turn, Japanese and English) over its own keep-alive connection
for ``--seconds`` after ``--warmup`` seconds not counted. Loopback only; it stops by itself and
stops the server. Prints p50/p95/p99 latency, throughput and errors, with the load average
before and after (the machine is shared), as JSON. Targets on a 2-core machine: p50 <= 20 ms,
>= 300 diagnoses/s, no errors.

The clients are a small asyncio HTTP/1.1 client (no third-party client), in this one process:
they share the two cores with the server, as any load generator on the same machine does.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from shingi.serve.local import local_server  # noqa: E402
from shingi.serve.settings import Settings  # noqa: E402


def setup(folder: Path) -> tuple[Settings, str]:
    from shingi.pack.load import BUNDLED_DIR
    from shingi.serve.auth import add_user, new_api_token
    from shingi.serve.db import session_factory
    from shingi.serve.migrate import upgrade
    from shingi.serve.settings import Settings

    packs = folder / "packs"
    packs.mkdir()
    shutil.copytree(BUNDLED_DIR / "japan-ai-2026", packs / "japan-ai-2026")
    settings = Settings.make(None, packs)
    upgrade(settings.db_url)
    with session_factory(settings.db_url)() as session:
        user = add_user(session, "bench", "bench password", "viewer")
        token = new_api_token(session, user, "bench")
        session.commit()
    return settings, token


def claims() -> list[str]:
    from shingi.pack.load import load_pack

    return [c.text for c in load_pack("japan-ai-2026").claims.values()]


async def client(
    port: int,
    token: str,
    bodies: list[bytes],
    start: int,
    stop_at: float,
    count_from: float,
    latencies: list[float],
    errors: list[str],
    interval: float = 0.0,
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = start
    try:
        await _loop(reader, writer, token, bodies, i, stop_at, count_from, latencies, errors, interval)
    except (ConnectionError, asyncio.IncompleteReadError) as exc:
        errors.append(f"connection: {exc}")
    finally:
        writer.close()


async def _loop(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    token: str,
    bodies: list[bytes],
    i: int,
    stop_at: float,
    count_from: float,
    latencies: list[float],
    errors: list[str],
    interval: float = 0.0,
) -> None:
    """Send one request at a time on a keep-alive connection until ``stop_at``: back to back, or
    one every ``interval`` seconds (paced; a late request goes at once, its latency still counts)."""
    due = time.perf_counter() + (i % 97) / 97 * interval  # spread the clients' first requests
    while time.perf_counter() < stop_at:
        if interval:
            wait = due - time.perf_counter()
            if wait > 0:
                await asyncio.sleep(wait)
            due += interval
        body = bodies[i % len(bodies)]
        i += 1
        request = (
            f"POST /api/v1/diagnose HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        t0 = time.perf_counter()
        writer.write(request)
        await writer.drain()
        status_line = await reader.readline()
        length = 0
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        payload = await reader.readexactly(length)
        elapsed = time.perf_counter() - t0
        if t0 < count_from:
            continue
        if not status_line.startswith(b"HTTP/1.1 200") or b'"rating"' not in payload:
            errors.append(status_line.decode("latin-1").strip())
        else:
            latencies.append(elapsed)


async def run_clients(
    port: int, token: str, n: int, seconds: float, warmup: float, rate: float = 0.0
) -> dict[str, object]:
    texts = claims()
    bodies = [json.dumps({"claim": t, "pack": "japan-ai-2026"}, ensure_ascii=False).encode() for t in texts]
    latencies: list[float] = []
    errors: list[str] = []
    begin = time.perf_counter()
    count_from = begin + warmup
    stop_at = count_from + seconds
    interval = n / rate if rate else 0.0
    await asyncio.gather(
        *(
            client(port, token, bodies, k * 7, stop_at, count_from, latencies, errors, interval)
            for k in range(n)
        )
    )
    latencies.sort()
    q = statistics.quantiles(latencies, n=100) if len(latencies) >= 100 else [float("nan")] * 99
    return {
        "requests": len(latencies) + len(errors),
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
        "throughput_per_s": round(len(latencies) / seconds, 1),
        "p50_ms": round(q[49] * 1000, 1),
        "p95_ms": round(q[94] * 1000, 1),
        "p99_ms": round(q[98] * 1000, 1),
        "claims": len(texts),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument(
        "--rate",
        type=float,
        default=0.0,
        help="paced: this many requests a second in all, spread over the clients "
        "(default 0: each client sends back to back, the most the server can take)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shingi-bench-serve-") as tmp:
        settings, token = setup(Path(tmp))
        log_path = Path(tmp) / "server.log"
        with open(log_path, "wb") as log, local_server(settings, args.workers, log) as url:
            port = int(url.rsplit(":", 1)[1])
            load_before = os.getloadavg()
            result = asyncio.run(run_clients(port, token, args.clients, args.seconds, args.warmup, args.rate))
            load_after = os.getloadavg()
        errors_logged = log_path.read_text("utf-8", "replace")
        if "Traceback" in errors_logged:
            sys.stderr.write(errors_logged[-3000:])
    result.update(
        {
            "clients": args.clients,
            "rate": args.rate or "back to back",
            "workers": args.workers,
            "seconds": args.seconds,
            "cores": os.cpu_count(),
            "loadavg_before": [round(x, 2) for x in load_before],
            "loadavg_after": [round(x, 2) for x in load_after],
        }
    )
    print(json.dumps(result, indent=2))
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
