"""Load benchmark of ``shingi serve``: diagnose requests from many concurrent clients.

    python bench/bench_serve.py [--clients 50] [--workers 2] [--seconds 15] [--warmup 3]
                                [--rate 300] [--mix bundled|desk] [--wrk]

Sets up a fresh packs folder and SQLite database in a temporary folder, adds one viewer with an
API token, starts uvicorn (the app factory, as ``shingi serve --workers N``) on 127.0.0.1, and
runs ``--clients`` concurrent clients, each sending ``POST /api/v1/diagnose`` over its own
keep-alive connection for ``--seconds`` after ``--warmup`` seconds not counted: back to back (the
most the server takes), or paced at ``--rate`` requests a second in all (what the target is
about: a given load and its latency; a late request goes at once and its full wait counts).

The claims (``--mix``): ``bundled``, the bundled pack's claims in turn (Japanese and English);
``desk``, those and every claim of the real-world development packs (evaluation/realworld/dev,
published fact-checks turned into packs), one pack per request as a desk would send them, so
that few requests repeat one seen shortly before.

Loopback only; it stops by itself and stops the server. Prints, as JSON: p50/p95/p99 latency,
throughput and errors; the CPU time the server's processes and the load generator each used per
request (the machine is shared: CPU time per request is what the server costs, whatever share of
the cores it got), and the load average before and after. Target on a 2-core machine
(issue 11): p50 <= 20 ms, >= 300 diagnoses/s, no errors.

uvicorn takes ``UVICORN_HTTP`` and ``UVICORN_LOOP`` from the environment (``h11``/``asyncio`` to
compare with the pure-Python defaults; by default httptools and uvloop when installed).

The load generator is a small asyncio HTTP/1.1 client in this process (uvloop when installed),
sharing the cores with the server as any generator on the same machine does; its CPU per
request is printed so that its share is known. ``--wrk`` drives the load with Debian's ``wrk``
(C, back to back only: it cannot pace) and ``bench/serve_wrk.lua`` instead, as a check that the
Python generator is not what limits the numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from shingi.serve.local import local_server  # noqa: E402
from shingi.serve.settings import Settings  # noqa: E402

DESK_PACKS = ROOT / "evaluation" / "realworld" / "dev"
WRK_SCRIPT = Path(__file__).resolve().parent / "serve_wrk.lua"


def setup(folder: Path, mix: str = "bundled") -> tuple[Settings, str, list[bytes]]:
    """A packs folder, a migrated SQLite database with one viewer, that viewer's API token and
    the request bodies of the mix."""
    from shingi.pack.load import BUNDLED_DIR, load_pack
    from shingi.serve.auth import add_user, new_api_token
    from shingi.serve.db import session_factory
    from shingi.serve.migrate import upgrade
    from shingi.serve.settings import Settings

    packs = folder / "packs"
    packs.mkdir()
    sources = [BUNDLED_DIR / "japan-ai-2026"]
    if mix == "desk":
        sources += sorted(p.parent for p in DESK_PACKS.glob("*/pack.yaml"))
    pairs = []
    for source in sources:
        shutil.copytree(source, packs / source.name)
        pairs += [(source.name, c.text) for c in load_pack(packs / source.name).claims.values()]
    if mix == "desk":  # interleave the packs: consecutive requests seldom share a pack or claim
        pairs = [pairs[i] for i in sorted(range(len(pairs)), key=lambda i: (i * 7919) % len(pairs))]
    bodies = [json.dumps({"claim": c, "pack": p}, ensure_ascii=False).encode() for p, c in pairs]
    settings = Settings.make(None, packs)
    upgrade(settings.db_url)
    with session_factory(settings.db_url)() as session:
        user = add_user(session, "bench", "bench password", "viewer")
        token = new_api_token(session, user, "bench")
        session.commit()
    return settings, token, bodies


HEADER_END = b"\r\n\r\n"
LENGTH_RE = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)


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
    """Send one request at a time on a keep-alive connection until ``stop_at``: back to back, or
    one every ``interval`` seconds (paced; a late request goes at once, its latency still counts
    from when it went)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = (
        f"POST /api/v1/diagnose HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
        "Content-Type: application/json\r\nContent-Length: "
    ).encode()
    requests = [head + str(len(b)).encode() + HEADER_END + b for b in bodies]
    i = start
    due = time.perf_counter() + (start % 97) / 97 * interval  # spread the clients' first requests
    try:
        while time.perf_counter() < stop_at:
            if interval:
                wait = due - time.perf_counter()
                if wait > 0:
                    await asyncio.sleep(wait)
                due += interval
            request = requests[i % len(requests)]
            i += 1
            t0 = time.perf_counter()
            writer.write(request)
            header = await reader.readuntil(HEADER_END)
            found = LENGTH_RE.search(header)
            payload = await reader.readexactly(int(found.group(1)) if found else 0)
            elapsed = time.perf_counter() - t0
            if t0 < count_from:
                continue
            if not header.startswith(b"HTTP/1.1 200") or b'"rating"' not in payload:
                errors.append(header.split(b"\r\n", 1)[0].decode("latin-1"))
            else:
                latencies.append(elapsed)
    except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
        errors.append(f"connection: {exc}")
    finally:
        writer.close()


async def run_clients(
    port: int,
    token: str,
    bodies: list[bytes],
    n: int,
    seconds: float,
    warmup: float,
    rate: float = 0.0,
    at_start: Callable[[], None] | None = None,
    at_stop: Callable[[], None] | None = None,
) -> dict[str, object]:
    """Run the clients; ``at_start`` and ``at_stop`` are called when the counted time starts and
    ends (to read CPU times over it)."""
    latencies: list[float] = []
    errors: list[str] = []
    begin = time.perf_counter()
    count_from = begin + warmup
    stop_at = count_from + seconds

    async def mark() -> None:
        await asyncio.sleep(max(0.0, count_from - time.perf_counter()))
        if at_start:
            at_start()
        await asyncio.sleep(max(0.0, stop_at - time.perf_counter()))
        if at_stop:
            at_stop()

    interval = n / rate if rate else 0.0
    step = max(1, len(bodies) // max(n, 1))
    await asyncio.gather(
        mark(),
        *(
            client(port, token, bodies, k * step, stop_at, count_from, latencies, errors, interval)
            for k in range(n)
        ),
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
    }


def run_wrk(
    url: str,
    token: str,
    bodies: list[bytes],
    n: int,
    seconds: float,
    warmup: float,
    at_start: Callable[[], None],
    at_stop: Callable[[], None],
) -> dict[str, object]:
    """The same requests back to back from ``wrk`` (one thread, ``n`` connections): a warm-up
    run, then the counted one."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("--wrk needs wrk on the PATH (Debian: apt-get install wrk)")
    with tempfile.NamedTemporaryFile("wb", suffix=".jsonl", delete=False) as f:
        f.write(b"\n".join(bodies) + b"\n")
    env = {**os.environ, "SHINGI_BENCH_TOKEN": token, "SHINGI_BENCH_BODIES": f.name}

    def wrk_run(duration: float) -> dict[str, object]:
        args = ["-t1", f"-c{n}", f"-d{max(1, round(duration))}s", "--timeout", "10s", "-s", str(WRK_SCRIPT)]
        out = subprocess.run([wrk, *args, url], env=env, capture_output=True, text=True, check=True).stdout
        answer: dict[str, object] = json.loads(out[out.index("{") :])
        return answer

    try:
        if warmup:
            wrk_run(warmup)
        at_start()
        result = wrk_run(seconds)
        at_stop()
    finally:
        os.unlink(f.name)
    result["throughput_per_s"] = round(int(result["requests"]) / seconds, 1)  # type: ignore[call-overload]
    return result


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / ticks


def server_pids(port: int) -> list[int]:
    """The uvicorn process listening on ``port`` and its workers (Linux /proc)."""
    parent = None
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
        # ``python -c "...run_uvicorn('127.0.0.1', PORT, ...)"`` (shingi.serve.local)
        line = b" ".join(cmdline)
        if b"uvicorn" in line and f", {port}, ".encode() in line:
            parent = int(entry.name)
    if parent is None:
        return []
    return [parent, *children.get(parent, [])]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument(
        "--rate",
        type=float,
        default=0.0,
        help="paced: this many requests a second in all, spread over the clients "
        "(default 0: each client sends back to back, the most the server can take)",
    )
    parser.add_argument("--mix", choices=("bundled", "desk"), default="bundled")
    parser.add_argument("--wrk", action="store_true", help="drive the load with wrk (back to back)")
    args = parser.parse_args()
    if args.wrk and args.rate:
        parser.error("wrk cannot pace requests: --wrk goes with back to back (no --rate)")
    with tempfile.TemporaryDirectory(prefix="shingi-bench-serve-") as tmp:
        settings, token, bodies = setup(Path(tmp), args.mix)
        log_path = Path(tmp) / "server.log"
        with open(log_path, "wb") as log, local_server(settings, args.workers, log) as url:
            port = int(url.rsplit(":", 1)[1])
            pids = server_pids(port)
            load_before = os.getloadavg()
            cpu: dict[str, float] = {}

            def snapshot(when: str) -> Callable[[], None]:
                def take() -> None:
                    own = resource.getrusage(resource.RUSAGE_SELF)
                    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # wrk, once it ended
                    cpu[when + "_server"] = cpu_seconds(pids)
                    cpu[when + "_generator"] = sum(
                        (u.ru_utime + u.ru_stime) for u in ((children,) if args.wrk else (own,))
                    )

                return take

            if args.wrk:
                result = run_wrk(
                    url,
                    token,
                    bodies,
                    args.clients,
                    args.seconds,
                    args.warmup,
                    snapshot("start"),
                    snapshot("stop"),
                )
            else:
                result = asyncio.run(
                    run_clients(
                        port,
                        token,
                        bodies,
                        args.clients,
                        args.seconds,
                        args.warmup,
                        args.rate,
                        snapshot("start"),
                        snapshot("stop"),
                    )
                )
            load_after = os.getloadavg()
        errors_logged = log_path.read_text("utf-8", "replace")
        if "Traceback" in errors_logged:
            sys.stderr.write(errors_logged[-3000:])
    # CPU over the counted time only (not the warm-up: loading the dictionary, the packs)
    sent = max(1, int(result["requests"]))  # type: ignore[call-overload]
    server_cpu = cpu["stop_server"] - cpu["start_server"]
    generator_cpu = cpu["stop_generator"] - cpu["start_generator"]
    result.update(
        {
            "server_cpu_ms_per_request": round(server_cpu * 1000 / sent, 2),
            "generator_cpu_ms_per_request": round(generator_cpu * 1000 / sent, 2),
            "generator": "wrk" if args.wrk else "python asyncio" + (" (uvloop)" if _uvloop() else ""),
            # uvicorn's choices (UVICORN_HTTP / UVICORN_LOOP, else auto: httptools and uvloop
            # when installed)
            "uvicorn_http_loop": [
                os.environ.get("UVICORN_HTTP", "auto"),
                os.environ.get("UVICORN_LOOP", "auto"),
            ],
            "mix": args.mix,
            "distinct_requests": len(set(bodies)),
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


def _uvloop() -> bool:
    try:
        import uvloop  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    if _uvloop():
        import uvloop

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    sys.exit(main())
