"""The report document as JSON: the diagnosis (per the CLI contract) plus the report's sections.

Every block carries a ``type`` (heading, paragraph, bullet_list, table, chart, verdict,
source_list) and its fields; spans are ``{text, notes, strong, link}`` where ``notes`` are source
numbers of the ``sources`` list. Keys keep a fixed order, so the same report gives the same bytes.
"""

from __future__ import annotations

import json
import re
from dataclasses import fields, is_dataclass
from typing import Any

from shingi.render.document import Block, ReportDocument

FORMAT_VERSION = 1


def _type_name(obj: object) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", type(obj).__name__).lower()


def _value(obj: Any) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _value(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_value(v) for v in obj]
    return obj


def block_to_dict(block: Block) -> dict[str, Any]:
    """One block as ``{"type": ..., fields...}``."""
    return {"type": _type_name(block), **_value(block)}


def report_to_dict(doc: ReportDocument) -> dict[str, Any]:
    """The whole report as JSON-ready data."""
    from shingi.render.json_out import diagnosis_to_dict

    return {
        "format": "shingi-report",
        "version": FORMAT_VERSION,
        "pack": doc.pack_id,
        "lang": doc.lang,
        "title": doc.title,
        "subtitle": doc.subtitle,
        "claim": doc.claim,
        "claim_id": doc.claim_id,
        "rating": doc.rating,
        "label": doc.rating_label,
        "date_published": doc.date_published,
        "url": doc.url,
        "diagnosis": diagnosis_to_dict(doc.diagnosis),
        "sections": [
            {"id": s.id, "title": s.title, "blocks": [block_to_dict(b) for b in s.blocks]}
            for s in doc.sections
        ],
        "sources": [_value(e) for e in doc.sources],
    }


def render_report_json(doc: ReportDocument) -> str:
    """The report as indented UTF-8 JSON text."""
    return json.dumps(report_to_dict(doc), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
