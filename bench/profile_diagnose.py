"""A fixed workload for profiling diagnosis and ingest: cProfile's top functions, or a run for callgrind.

    python bench/profile_diagnose.py bundled [--rounds 5] [--cprofile 25]
    python bench/profile_diagnose.py synthetic [--events 20000] [--observations 20000] [--rounds 1]
        [--cprofile 25]
    python bench/profile_diagnose.py ingest [--mb 0.3] [--cprofile 25]

``bundled``: every claim of ``japan-ai-2026`` after one warm-up pass, ``--rounds`` times.
``synthetic``: the claims of ``bench/bench_diagnose.py`` on a synthetic pack (generated into bench/out
if missing, seed 1), after a warm-up pass, ``--rounds`` times.
``ingest``: ``process_document`` on the first ``--mb`` megabytes of bench_ingest's synthetic text.

With ``--cprofile N`` only the measured part (not the load and warm-up) is profiled and the N
functions with the most own time are printed. Without it the workload just runs, for

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        python bench/profile_diagnose.py bundled --rounds R

whose instruction count (Ir, repeatable under load) minus that of ``--rounds 0`` is the measured part.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def bundled_workload(rounds: int) -> Callable[[], None]:
    from shingi.pack.load import load_pack

    pack = load_pack("japan-ai-2026")
    return _warmed_rounds(pack, [c.text for c in pack.claims.values()], rounds)


def _warmed_rounds(pack: object, claims: list[str], rounds: int) -> Callable[[], None]:
    """One warm-up pass over the claims now; the returned run diagnoses them ``rounds`` times."""
    from shingi.pipeline.diagnose import diagnose

    for text in claims:
        diagnose(text, pack)  # type: ignore[arg-type]

    def run() -> None:
        for _ in range(rounds):
            for text in claims:
                diagnose(text, pack)  # type: ignore[arg-type]
    return run


def synthetic_workload(rounds: int, events: int, observations: int) -> Callable[[], None]:
    from bench_diagnose import event_claims
    from synth_pack import generate

    from shingi.pack.load import load_pack

    out = HERE / "out" / f"synthetic-{events}-{observations}"
    if not (out / "pack.yaml").exists():
        generate(out, events, observations, seed=1)
    pack = load_pack(out)
    claims = [c.text for c in pack.claims.values()] + event_claims(pack, 20, seed=7)
    return _warmed_rounds(pack, claims, rounds)


def ingest_workload(megabytes: float) -> Callable[[], None]:
    from bench_ingest import OUT, synth_text

    from shingi.ingest.run import process_document
    from shingi.pack.load import load_pack, resolve_pack

    OUT.mkdir(parents=True, exist_ok=True)
    doc = OUT / f"synthetic-{megabytes:g}mb.md"
    if not doc.exists():
        synth_text(doc, megabytes)
    ref = str(resolve_pack("japan-ai-2026").resolve())
    load_pack(ref)

    def run() -> None:
        process_document(str(doc), ref)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workload", choices=["bundled", "synthetic", "ingest"])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--observations", type=int, default=20_000)
    parser.add_argument("--mb", type=float, default=0.3)
    parser.add_argument("--cprofile", type=int, default=0, metavar="N",
                        help="print the N functions with the most own time")
    args = parser.parse_args()
    if args.workload == "bundled":
        run = bundled_workload(args.rounds)
    elif args.workload == "synthetic":
        run = synthetic_workload(args.rounds, args.events, args.observations)
    else:
        run = ingest_workload(args.mb)
    if not args.cprofile:
        t = time.perf_counter()
        run()
        print(f"{args.workload}: {time.perf_counter() - t:.2f} s", file=sys.stderr)
        return
    profile = cProfile.Profile()
    profile.enable()
    run()
    profile.disable()
    pstats.Stats(profile).sort_stats("tottime").print_stats(args.cprofile)


if __name__ == "__main__":
    main()
