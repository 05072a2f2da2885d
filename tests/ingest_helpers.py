"""Shared helpers of the ingest tests: extract facts from a text as a document would give them."""

from __future__ import annotations

import io

from shingi.ingest.extract import DocFacts, DocumentExtractor, ExtractContext
from shingi.ingest.layout import table_lines
from shingi.ingest.readers import iter_text_lines
from shingi.ingest.sentences import split_sentences
from shingi.model import Period


def extract(ctx: ExtractContext, text: str, doc_date: Period | None = None) -> DocFacts:
    """The facts of ``text`` read as a plain-text document ``doc.txt`` dated ``doc_date``."""
    lines = table_lines(iter_text_lines(io.StringIO(text, newline=None)))
    return DocumentExtractor(ctx, "doc.txt", "src-doc", doc_date).add_all(split_sentences(lines))


def figures(facts: DocFacts) -> list[tuple[float, str]]:
    """The (value, period) of every drafted observation."""
    return [(o.value.value, o.period.text) for o in facts.observations]


def owned_rows(facts: DocFacts, english: bool = False) -> set[tuple[str, float, str | None, str]]:
    """(owner's name, value, unit, period) of every drafted figure (Japanese name first, or English)."""
    out = set()
    for o in facts.observations:
        e = facts.entities.get(o.entity)
        owner = ((e.name_en or e.name_ja if english else e.name_ja or e.name_en) or "") if e else o.entity
        out.add((owner, round(o.value.value, 6), o.value.unit, o.period.text))
    return out
