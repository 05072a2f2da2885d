"""How the checks that decide a rating were linked to their evidence (issue 8, link confidence).

Usage (from the repository root):

    python evaluation/link_confidence.py evaluation/realworld/dev --half fit
    python evaluation/link_confidence.py evaluation/blind/round5 evaluation/blind/jp-births-2025
    python evaluation/link_confidence.py ... --format json > links.json    # one row per check
    python evaluation/link_confidence.py ... --by entity,measure           # outcome per feature

Each claim with an expected rating is diagnosed at its ``said_on`` (as ``shingi eval`` does); for
every check that is settled (holds, partly, fails) it records how the evidence used was linked
to the statement:

- ``entity``: the owner of the values (or an actor of the event) is named in the clause by its
  main name (``named``) or another alias (``alias``), carried from the clause before
  (``carried``), the pack's subject not named (``subject``), or none of these (``other``);
- ``measure``: the measure compared is written in the clause by a whole name or alias
  (``name``), carried from the clause before (``carried``), met by words of its names
  (``words``: the share of its name's content words in the clause is ``measure_cover``), or by
  nothing but a unit or kind (``unit``); events: ``event``;
- ``period``: the value's period against the claimed one: ``exact``, ``within`` (one contains the
  other), ``other``, or ``latest`` (no period claimed: the latest known at the claim's date);
- ``distance``: the smallest relative distance |claimed - found| / |found| of a number compared;
- ``rivals``: other series retrieved for the statement with a value at the period compared
  (observations), or other candidate events at least 80 % as relevant as the one used (events);
- ``read``: the share of the statement's numbers that were compared (1.0: all read; None: it
  has none), and ``words_left``: the share of its content words that neither the names of the
  entities and measures used nor the event's titles account for.

A claim's outcome is ``exact``, ``near`` (same side), ``flip``, ``wrong_true`` (a subset of flip) or
``unverifiable``. ``--by`` prints, for each value of the features named, how often the claims
whose checks have it are exact, flipped or wrong true (a claim counts under each of its settled
checks' values), so that where settled checks are mostly wrong can be read off.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

TRUE_ISH = {"true", "mostly_true"}
FALSE_ISH = {"mostly_false", "false"}


def _pack_dirs(folders: list[Path], half: str | None) -> list[Path]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from score import half_of

    out: list[Path] = []
    for folder in folders:
        if (folder / "pack.yaml").is_file():
            out.append(folder)
            continue
        for pack_dir in sorted(p.parent for p in folder.glob("*/pack.yaml")):
            if half is None or "realworld" not in folder.resolve().parts or half_of(pack_dir) == half:
                out.append(pack_dir)
    return out


def outcome(expected: str, rating: str) -> str:
    if rating == expected:
        return "exact"
    if rating == "unverifiable":
        return "unverifiable"
    if expected in FALSE_ISH and rating in TRUE_ISH:
        return "wrong_true"
    if expected in TRUE_ISH and rating in FALSE_ISH:
        return "flip"
    return "near"


def _entity_link(pack: Any, index: Any, st: Any, owners: set[str]) -> str:
    hits = index.find_entities(st.span)
    best = "other"
    order = ["named", "alias", "carried", "subject", "other"]
    for e in owners:
        link = "other"
        named = [h for h in hits if h.id == e]
        if named:
            ent = pack.entities.get(e)
            main = {ent.name("ja").casefold(), ent.name("en").casefold(), e.casefold()} if ent else set()
            link = "named" if any(h.name.casefold() in main for h in named) else "alias"
        elif e in st.entities:
            link = "carried" if "subject" in st.inherited or e != pack.meta.subject else "subject"
            if e == pack.meta.subject and "subject" not in st.inherited:
                link = "subject"
        elif e == pack.meta.subject:
            link = "subject"
        if order.index(link) < order.index(best):
            best = link
    return best


def _measure_link(pack: Any, index: Any, st: Any, metric: str) -> tuple[str, float]:
    from shingi.pipeline.morphology import content_keys

    if any(h.id == metric for h in index.find_metrics(st.span, every=True)):
        return "name", 1.0
    span_keys = content_keys(st.span)
    cover = 0.0
    for name in pack.metrics[metric].names:
        keys = content_keys(name)
        if keys:
            cover = max(cover, len(keys & span_keys) / len(keys))
    if "metric" in st.inherited:
        return "carried", cover
    return ("words" if cover > 0 else "unit"), cover


def _period_link(st: Any, periods: list[Any]) -> str:
    claimed = st.period
    if claimed is None:
        return "latest"
    if any(p == claimed for p in periods):
        return "exact"
    if any(p.start >= claimed.start and p.end <= claimed.end for p in periods):
        return "within"
    if any(claimed.start >= p.start and claimed.end <= p.end for p in periods):
        return "coarser"
    return "other"


def check_row(pack: Any, st: Any, check: Any, evidence: Any, context: Any) -> dict[str, Any]:
    """The link features of one settled check of statement ``st``."""
    from shingi.pack.index import EvidenceIndex
    from shingi.pipeline.morphology import content_keys

    index = EvidenceIndex.of(pack)
    obs = [pack.observations[i] for i in check.evidence if i in pack.observations]
    events = [pack.events[i] for i in check.evidence if i in pack.events]
    row: dict[str, Any] = {"check": check.id, "kind": check.kind, "st_kind": st.kind, "result": check.result,
                           "negated": st.negated, "inherited": list(st.inherited), "verbs": list(st.verbs),
                           "claimed_period": [p.period.text for p in st.periods],
                           "period_roles": [p.role or ("inferred" if p.inferred else "") for p in st.periods],
                           "term_window": st.term_window}
    used_names: list[str] = []
    if obs and not (events and check.evidence[0] in pack.events):
        owners = {o.entity for o in obs}
        metrics = sorted({o.metric for o in obs})
        row["evidence"] = "observation"
        row["entity"] = _entity_link(pack, index, st, owners)
        links = [_measure_link(pack, index, st, m) for m in metrics]
        order = ["name", "carried", "words", "unit"]
        row["measure"] = min((link for link, _ in links), key=order.index)
        row["measure_cover"] = round(max(c for _, c in links), 2)
        row["period"] = _period_link(st, [o.period for o in obs])
        row["evidence_periods"] = len({o.period for o in obs})
        # a change over one claimed period: how long the step between the values compared is,
        # against the period's own length (in days)
        ends = sorted(o.period.end for o in obs)
        row["step_days"] = (ends[-1] - ends[0]).days if len(ends) > 1 else None
        row["claimed_days"] = ((st.period.end - st.period.start).days + 1) if st.period else None
        # some value is of a claimed period or of a part of one
        row["in_claimed"] = any(o.period.start >= cp.period.start and o.period.end <= cp.period.end
                                for o in obs for cp in st.periods)
        periods = {o.period for o in obs}
        rivals = 0
        for (e, m), ids in evidence.series.items():
            if e in owners and m in metrics:
                continue
            if any(pack.observations[i].period in periods for i in ids):
                rivals += 1
        row["rivals"] = rivals
        # a value of no claimed period that is not the latest the pack knew at the claim's date
        row["stale"] = None
        if st.period is None:
            from shingi.pipeline.checks.common import out_by

            latest_known = []
            for e in owners:
                for m in metrics:
                    known = [pack.observations[i] for i in index.observations(e, m)]
                    if context is not None and context.as_of is not None:
                        known = [o for o in known if out_by(pack, o, context.as_of)]
                    latest_known += [o.period.end for o in known]
            row["stale"] = bool(latest_known) and max(o.period.end for o in obs) < max(latest_known)
        row["n_metrics"] = len(st.metrics)
        used_names += [n for m in metrics for n in pack.metrics[m].names]
        used_names += [n for e in owners if e in pack.entities for n in pack.entities[e].names]
    elif events:
        ev = events[0]
        row["evidence"] = "event"
        row["entity"] = _entity_link(pack, index, st, set(ev.actors))
        row["measure"] = "event"
        row["measure_cover"] = None
        row["period"] = _period_link(st, [ev.date])
        cands = {c.id: c for c in evidence.events}
        best = cands.get(ev.id)
        row["event_coverage"] = round(best.coverage, 2) if best else None
        row["event_kind_match"] = best.kind_match if best else None
        row["rivals"] = (
            sum(1 for c in evidence.events if c.id != ev.id and c.relevance >= 0.8 * best.relevance)
            if best else None
        )
        used_names += [t for t in (ev.title_ja, ev.title_en) if t]
        used_names += [n for a in ev.actors if a in pack.entities for n in pack.entities[a].names]
    else:
        row["evidence"] = "none"
    compared = [n for n in check.numbers if n.claimed is not None]
    dist = [abs(n.claimed - n.found) / abs(n.found) for n in compared if n.found]
    row["distance"] = round(min(dist), 3) if dist else None
    bounds = [n.found / n.claimed for n in compared
              if n.comparator in ("more_than", "at_least", "less_than", "at_most") and n.claimed and n.found]
    # how far past its bound the value lies (1: at the bound); below 1: the bound's wrong side
    row["bound_margin"] = (round(max(b if b >= 1 else 1 / b for b in bounds), 2) if bounds else None)
    said = {n.claimed_text for n in check.numbers}
    read = sum(1 for n in st.numbers if n.text in said)
    row["read"] = round(read / len(st.numbers), 2) if st.numbers else None
    keys = content_keys(st.span)
    if keys and used_names:
        used = frozenset().union(*(content_keys(n) for n in used_names))
        row["words_left"] = round(len(keys - used) / len(keys), 2)
    else:
        row["words_left"] = None
    return row


def run(pack_dirs: list[Path]) -> list[dict[str, Any]]:
    """One record per claim with an expected rating: its outcome and its settled checks' links."""
    import shingi.pipeline.diagnose as dg
    from shingi.pack.load import load_pack
    from shingi.pipeline.retrieve import retrieve

    seen: list[tuple[Any, Any, Any, Any]] = []
    original = dg.weigh_links

    def spy(found: Any, st: Any, p: Any, lang: Any, context: Any = None, claim_dated: bool = False) -> None:
        original(found, st, p, lang, context, claim_dated)
        evidence = retrieve(st, p)
        for c in found:
            seen.append((c, st, p, evidence))

    dg.weigh_links = spy
    claims: list[dict[str, Any]] = []
    try:
        for pack_dir in pack_dirs:
            pack = load_pack(pack_dir)
            for claim in pack.claims.values():
                if claim.expected is None:
                    continue
                seen.clear()
                d = dg.diagnose(claim.text, pack, as_of=claim.said_on, speaker=claim.speaker)
                by_check = {id(c): (st, p, ev) for c, st, p, ev in seen}
                rows = []
                for c in d.checks:
                    if c.result == "unknown" or id(c) not in by_check:
                        continue
                    st, p, ev = by_check[id(c)]
                    rows.append(check_row(p, st, c, ev, d))
                numbers = [n.text for _, st, _, _ in seen for n in st.numbers]
                compared = {n.claimed_text for c in d.checks if c.result != "unknown" for n in c.numbers}
                unknown_figures = [n.text for c in d.checks if c.result == "unknown" and id(c) in by_check
                                   for n in by_check[id(c)][0].numbers]
                claims.append({
                    "unknown_figures": unknown_figures,
                    "numbers_read": (round(sum(1 for n in numbers if n in compared) / len(numbers), 2)
                                     if numbers else None),
                    "pack": pack.id, "folder": str(pack_dir.parent), "id": claim.id, "text": claim.text,
                    "expected": claim.expected, "rating": d.rating,
                    "outcome": outcome(claim.expected, d.rating), "checks": rows,
                    "unknown": sum(1 for c in d.checks if c.result == "unknown"),
                })
    finally:
        dg.weigh_links = original
    return claims


def _bucket(value: Any, feature: str) -> str:
    if value is None:
        return "-"
    if feature in ("distance",):
        return "0" if value == 0 else "<2%" if value < 0.02 else "<10%" if value < 0.1 else ">=10%"
    if feature in ("measure_cover", "event_coverage", "words_left", "read"):
        return f"{min(int(value * 4), 3) / 4:.2f}+" if value < 1 else "1"
    if feature == "rivals":
        return str(min(value, 3))
    return str(value)


def by_feature(claims: list[dict[str, Any]], features: list[str]) -> str:
    """For each value of the features, outcomes of the claims with a settled check having it."""
    table: dict[tuple[str, ...], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for cl in claims:
        if cl["outcome"] == "unverifiable":
            continue
        keys = {tuple(_bucket(r.get(f), f) for f in features) for r in cl["checks"]}
        for key in keys:
            table[key][cl["outcome"]] += 1
            table[key]["n"] += 1
    lines = [" / ".join(features).ljust(40) + "  n  exact  near  flip  wrong_true"]
    for key in sorted(table, key=lambda k: -table[k]["n"]):
        t = table[key]
        lines.append(" / ".join(key).ljust(40) + f"{t['n']:3d} {t['exact']:6d} {t['near']:5d} "
                     f"{t['flip'] + t['wrong_true']:5d} {t['wrong_true']:6d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--half", choices=["fit"], help="only the fit half of a development folder")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--by", default="entity,measure,period",
                        help="features to tabulate outcomes by, comma-separated")
    args = parser.parse_intermixed_args(argv)
    for folder in args.folders:
        if "test" in folder.resolve().parts or any(p.startswith("round6") for p in folder.resolve().parts):
            print(f"{folder}: held-out material is not studied", file=sys.stderr)
            return 2
        if "realworld" in folder.resolve().parts and args.half != "fit":
            print(f"{folder}: only the fit half of the development folder is read (--half fit)",
                  file=sys.stderr)
            return 2
    claims = run(_pack_dirs(args.folders, args.half))
    if args.format == "json":
        print(json.dumps(claims, ensure_ascii=False, indent=1))
        return 0
    print(by_feature(claims, args.by.split(",")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
