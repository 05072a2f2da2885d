"""Diagnosis speed, in process: per-claim latency on the bundled pack and on a 100k/100k pack.

    python bench/bench_diagnose.py [--rounds 20] [--events 100000] [--observations 100000] [--skip-large]
        [--as-of 2024-06-30] [--cpu]

Bundled pack (target p50 <= 5 ms a claim): every claim of ``japan-ai-2026``'s claims.yaml, after one
warm-up pass (which builds the evidence index and the per-pack analyses), ``--rounds`` times.

Synthetic pack (target p50 <= 50 ms): ``bench/synth_pack.py`` writes it to ``bench/out`` unless it
is there (seed 1); the claims are the pack's own plus 20 built from random events of it (seed 7),
e.g. "<actor> <event title> in <month>", so retrieval meets real titles and dates. The first
diagnosis (index build included) and a warm-up pass (whatever else is built on first use) are
reported apart. Then the same claims dated ``--as-of`` (contract 1.1: judged against the pack as it
stood then, later evidence listed apart), after one pass that builds that view's index.

``--cpu`` times each diagnosis in CPU time of the process (``time.process_time``) instead of wall
clock: on a loaded machine, the measure to compare two versions run back to back (bench/RESULTS.md).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    at = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"n": len(ordered), "p50_ms": statistics.median(ordered) * 1e3, "p95_ms": at(0.95) * 1e3,
            "max_ms": ordered[-1] * 1e3, "mean_ms": statistics.fmean(ordered) * 1e3}


def time_claims(pack: object, claims: list[str], rounds: int, as_of: str | None = None,
                clock: Callable[[], float] = time.perf_counter) -> list[float]:
    from shingi.pipeline.diagnose import diagnose

    samples = []
    for _ in range(rounds):
        for text in claims:
            t = clock()
            diagnose(text, pack, as_of=as_of)  # type: ignore[arg-type]
            samples.append(clock() - t)
    return samples


def event_claims(pack: object, n: int, seed: int) -> list[str]:
    """Claims made from random events of the pack: actor, title and month, in English."""
    from shingi.model import Pack

    assert isinstance(pack, Pack)
    rng = random.Random(seed)
    events = sorted(pack.events.values(), key=lambda e: e.id)
    out = []
    for ev in rng.sample(events, min(n, len(events))):
        actor = pack.entities[ev.actors[0]].name("en") if ev.actors and ev.actors[0] in pack.entities else ""
        out.append(f"{actor} {ev.title('en')} in {ev.date.start.strftime('%B %Y')}.".strip())
    return out


def report(name: str, stats: dict[str, float], target_ms: float) -> None:
    verdict = "ok" if stats["p50_ms"] <= target_ms else "MISSED"
    print(f"{name}: {stats['n']} diagnoses, p50 {stats['p50_ms']:.2f} ms, p95 {stats['p95_ms']:.2f} ms, "
          f"max {stats['max_ms']:.2f} ms (target p50 <= {target_ms:g} ms: {verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--observations", type=int, default=100_000)
    parser.add_argument("--skip-large", action="store_true", help="only the bundled pack")
    parser.add_argument("--as-of", default="2024-06-30", help="the date of the dated run on the large pack")
    parser.add_argument("--cpu", action="store_true", help="CPU time per diagnosis, not wall clock")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    from shingi.pack.load import load_pack
    from shingi.pipeline.diagnose import diagnose

    pack = load_pack("japan-ai-2026")
    claims = [c.text for c in pack.claims.values()]
    t = time.perf_counter()
    for text in claims:
        diagnose(text, pack)
    print(f"bundled pack: warm-up pass over {len(claims)} claims {time.perf_counter() - t:.2f} s")
    report("bundled japan-ai-2026", percentiles(time_claims(pack, claims, args.rounds, clock=clock)), 5)

    if args.skip_large:
        return
    from synth_pack import generate

    out = HERE / "out" / f"synthetic-{args.events}-{args.observations}"
    if not (out / "pack.yaml").exists():
        generate(out, args.events, args.observations, seed=1)
    t = time.perf_counter()
    big = load_pack(out)
    print(f"synthetic pack: {len(big.events)} events, {len(big.observations)} observations, "
          f"loaded in {time.perf_counter() - t:.1f} s")
    big_claims = [c.text for c in big.claims.values()] + event_claims(big, 20, seed=7)
    t = time.perf_counter()
    diagnose(big_claims[0], big)
    print(f"synthetic pack: first diagnosis (index and analyses built) {time.perf_counter() - t:.2f} s")
    # One pass builds whatever else is built on first use (e.g. the retrieval's text postings).
    warm = time_claims(big, big_claims, 1)
    print(f"synthetic pack: warm-up pass over {len(big_claims)} claims {sum(warm):.2f} s, "
          f"slowest {max(warm):.2f} s")
    rounds = max(1, args.rounds // 4)
    report(f"synthetic {len(big.events)}/{len(big.observations)}",
           percentiles(time_claims(big, big_claims, rounds, clock=clock)), 50)
    warm = time_claims(big, big_claims, 1, args.as_of)
    print(f"synthetic pack, as of {args.as_of}: warm-up pass (the view as it stood built) {sum(warm):.2f} s, "
          f"slowest {max(warm):.2f} s")
    report(f"synthetic {len(big.events)}/{len(big.observations)} as of {args.as_of}",
           percentiles(time_claims(big, big_claims, rounds, args.as_of, clock)), 50)


if __name__ == "__main__":
    main()
