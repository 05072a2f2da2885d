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
