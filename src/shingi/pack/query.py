"""`shingi evidence`: select events and observations by pillar, entity, metric, period and text,
and print them as a table, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass

from shingi.model import InputError, Pack, Quantity
from shingi.normalize.limits import check_period
from shingi.normalize.periods import find_periods, parse_period
from shingi.normalize.quantities import format_quantity
from shingi.pack.index import EvidenceIndex, fold
from shingi.render.safety import csv_cell

COLUMNS = ("type", "id", "period", "pillar", "who", "what", "value", "source")
#: people's names of ``who`` and ``what`` (JSON and CSV carry both; the table shows the names)
NAME_COLUMNS = ("who_name", "what_name")


@dataclass(frozen=True, slots=True)
class EvidenceQuery:
    kind: str = "all"
    pillar: str | None = None
    entity: str | None = None
    metric: str | None = None
    period: str | None = None
    text: str | None = None


def _resolve(index: EvidenceIndex, ref: str, names: str) -> str:
    table = index.pack.entities if names == "entity" else index.pack.metrics
    if ref in table:
        return ref
    finder = index.find_entities if names == "entity" else index.find_metrics
    hits = [h for h in finder(ref) if h.start == 0 and h.end == len(fold(ref))]
    if not hits:
        raise InputError(f"no {names} named '{ref}' in pack {index.pack.id}")
    return hits[0].id


def _value_text(q: Quantity | None, unit: str | None, lang: str) -> str:
    """A value as written for people, with its approximate mark kept (~1 %, 約1%)."""
    if q is None:
        return ""
    text = format_quantity(q.value, unit if unit is not None else q.unit, lang)
    if q.approx and not text.startswith(("約", "~", "about")):
        text = ("約" if lang == "ja" else "~") + text
    return text


def select(pack: Pack, query: EvidenceQuery, lang: str = "en") -> list[dict[str, str]]:
    """Rows (one dict per event or observation) matching every filter given.

    ``who`` and ``what`` hold ids (stable, for scripts); ``who_name``, ``what_name`` and
    ``value`` are written for people in ``lang``."""
    index = EvidenceIndex.of(pack)
    period = None
    if query.period:
        text = unicodedata.normalize("NFKC", query.period).strip()
        try:
            period = parse_period(text, pack.meta.fiscal_year)
        except ValueError as exc:
            # a numeric spelling that does not parse (2026-13-45) is an error, never "2026"
            if re.fullmatch(r"[0-9]{1,4}([-/.][0-9]{1,2}){1,2}|FY[0-9]+|[0-9]{4}-[QqHh][0-9]+", text):
                raise InputError(str(exc)) from None
            found = find_periods(text, fiscal_year=pack.meta.fiscal_year)
            if not found or found[0].start != 0 or found[0].end != len(text):
                raise InputError(f"'{query.period}' is not a period") from None
            period = found[0].period
        out_of_range = check_period(period)
        if out_of_range:
            raise InputError(f"'{query.period}': {out_of_range}")
    entity = _resolve(index, query.entity, "entity") if query.entity else None
    metric = _resolve(index, query.metric, "metric") if query.metric else None
    if query.pillar and pack.meta.pillars and not pack.pillar(query.pillar):
        raise InputError(f"no pillar '{query.pillar}' in pack {pack.id}")
    needle = fold(query.text) if query.text else None
    rows: list[dict[str, str]] = []
    if query.kind in ("all", "events") and metric is None:
        ids = index.events_of(entity, include_members=True) if entity else list(pack.events)
        for eid in ids:
            e = pack.events[eid]
            if query.pillar and e.pillar != query.pillar:
                continue
            if period and not period.overlaps(e.date):
                continue
            text = " ".join(t for t in (e.title_ja, e.title_en, e.note, e.kind) if t)
            if needle and needle not in fold(text):
                continue
            rows.append(
                {
                    "type": "event",
                    "id": e.id,
                    "period": e.date.text,
                    "pillar": e.pillar or "",
                    "who": ";".join(e.actors),
                    "what": e.title(lang),
                    "value": _value_text(e.amount, None, lang),
                    "source": ";".join(e.source),
                    "who_name": ", ".join(_entity_name(pack, a, lang) for a in e.actors),
                    "what_name": e.title(lang),
                }
            )
    if query.kind in ("all", "observations") and not query.pillar:
        for oid in index.observations(entity, metric):
            o = pack.observations[oid]
            if period and not period.overlaps(o.period):
                continue
            if needle and needle not in fold(" ".join(t for t in (o.note, o.metric, o.entity) if t)):
                continue
            rows.append(
                {
                    "type": "observation",
                    "id": o.id,
                    "period": o.period.text,
                    "pillar": "",
                    "who": o.entity,
                    "what": o.metric,
                    "value": o.category or _value_text(o.value, o.unit, lang),
                    "source": ";".join(o.source),
                    "who_name": _entity_name(pack, o.entity, lang),
                    "what_name": m.name(lang) if (m := pack.metrics.get(o.metric)) else o.metric,
                }
            )
    return rows


def _entity_name(pack: Pack, entity_id: str, lang: str) -> str:
    ent = pack.entities.get(entity_id)
    return ent.name(lang) if ent else entity_id


def format_rows(rows: list[dict[str, str]], fmt: str, lang: str = "ja") -> str:
    """Rows as JSON or CSV (ids in ``who`` and ``what``, names beside them) or as a table for
    people (names)."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=[*COLUMNS, *NAME_COLUMNS], lineterminator="\n",
                                extrasaction="ignore")
        writer.writeheader()
        # a title like =cmd|' /C calc'!A0 must reach a spreadsheet as text, not as a formula
        writer.writerows({k: csv_cell(v) if isinstance(v, str) else v for k, v in r.items()} for r in rows)
        return buf.getvalue()
    if not rows:
        return "該当する証拠はありません" if lang == "ja" else "no matching evidence"
    rows = [{**r, "who": r.get("who_name", r["who"]), "what": r.get("what_name", r["what"])} for r in rows]
    widths = {c: min(40, max(_width(c), *(_width(r[c]) for r in rows))) for c in COLUMNS}
    lines = ["  ".join(_pad(c, widths[c]) for c in COLUMNS)]
    lines.append("  ".join("-" * widths[c] for c in COLUMNS))
    for r in rows:
        lines.append("  ".join(_pad(_clip(r[c], widths[c]), widths[c]) for c in COLUMNS).rstrip())
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines)


def _width(text: str) -> int:
    """Display width: East Asian wide characters take two cells."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))
