"""Saving a loaded pack back to a folder, to the contract (the inverse of ``load_pack``).

Values are written in canonical spellings (periods as ``2026-04``, quantities as plain
numbers with their unit), so a saved pack loads back to the same records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shingi.model import Pack
from shingi.pack.write import (
    Cell,
    categories_cell,
    list_cell,
    local_text_dict,
    meta_to_dict,
    number_cell,
    period_cell,
    write_csv,
    write_yaml,
)


def _approx(approx: bool) -> str:
    return "~" if approx else ""


def save_pack(pack: Pack, folder: Path) -> Path:
    """Write every file of ``pack`` into ``folder`` (created if needed) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    write_yaml(folder / "pack.yaml", meta_to_dict(pack.meta))
    write_csv(
        folder / "sources.csv",
        [
            {
                "id": s.id,
                "title": s.title,
                "publisher": s.publisher,
                "url": s.url,
                "published": period_cell(s.published) if s.published else None,
                "kind": s.kind,
                "lang": s.lang,
            }
            for s in pack.sources.values()
        ],
    )
    write_csv(
        folder / "entities.csv",
        [
            {
                "id": e.id,
                "kind": e.kind,
                "name_ja": e.name_ja,
                "name_en": e.name_en,
                "aliases": list_cell(e.aliases),
                "country": e.country,
                **({"fiscal_year": e.fiscal_year.text} if e.fiscal_year else {}),
            }
            for e in pack.entities.values()
        ],
    )
    events: list[dict[str, Cell]] = []
    for ev in pack.events.values():
        events.append(
            {
                "id": ev.id,
                "date": period_cell(ev.date),
                "pillar": ev.pillar,
                "actors": list_cell(ev.actors),
                "kind": ev.kind or None,
                "title_ja": ev.title_ja,
                "title_en": ev.title_en,
                "amount": _approx(ev.amount.approx) + number_cell(ev.amount.value) if ev.amount else None,
                "unit": ev.amount.unit if ev.amount else None,
                "source": list_cell(ev.source),
                "significance": ev.significance,
                "note": ev.note,
            }
        )
    write_csv(folder / "events.csv", events)
    write_csv(
        folder / "metrics.csv",
        [
            {
                "id": m.id,
                "name_ja": m.name_ja,
                "name_en": m.name_en,
                "unit": m.unit,
                "aliases": list_cell(m.aliases),
                "higher_is_better": None if m.higher_is_better is None else str(m.higher_is_better).lower(),
                "kind": m.kind,
                **({"pillar": m.pillar} if m.pillar else {}),
                **({"definition": m.definition} if m.definition else {}),
                **({"base": period_cell(m.base)} if m.base else {}),
                **({"categories": categories_cell(m.categories)} if m.categories else {}),
            }
            for m in pack.metrics.values()
        ],
    )
    observations: list[dict[str, Cell]] = []
    for o in pack.observations.values():
        value = o.category if o.value is None else _approx(o.value.approx) + number_cell(o.value.value)
        if o.rank_of is not None:
            value = f"{value}/{o.rank_of}"  # a place of a count: 9/10
        observations.append(
            {
                "id": o.id,
                "entity": o.entity,
                "metric": o.metric,
                "period": period_cell(o.period),
                "value": value,
                "unit": o.unit,
                "source": list_cell(o.source),
                "note": o.note,
            }
        )
    write_csv(folder / "observations.csv", observations)
    claims: list[dict[str, Any]] = []
    for c in pack.claims.values():
        item: dict[str, Any] = {"id": c.id, "text": c.text}
        if c.expected:
            item["expected"] = c.expected
        if c.note:
            item["note"] = c.note
        if c.said_on:
            item["said_on"] = period_cell(c.said_on)
        if c.speaker:
            item["speaker"] = c.speaker
        claims.append(item)
    if claims:
        write_yaml(folder / "claims.yaml", claims)
    narrative: dict[str, list[dict[str, Any]]] = {"tables": [], "texts": []}
    for t in pack.narrative_tables:
        table: dict[str, Any] = {
            "title": local_text_dict(t.title),
            "columns": list(t.columns),
            "rows": [list(r) for r in t.rows],
        }
        if t.section:
            table["section"] = t.section
        if t.source:
            table["source"] = list(t.source)
        if t.id:
            table["id"] = t.id
        narrative["tables"].append(table)
    for x in pack.narrative_texts:
        block: dict[str, Any] = {"section": x.section, "text": local_text_dict(x.text)}
        if x.title:
            block["title"] = local_text_dict(x.title)
        if x.source:
            block["source"] = list(x.source)
        if x.id:
            block["id"] = x.id
        narrative["texts"].append(block)
    if narrative["tables"] or narrative["texts"]:
        write_yaml(folder / "narrative.yaml", narrative)
    return folder
