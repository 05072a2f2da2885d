"""English tables (session 29, docs/ingest.md "English tables (session 29, helper `tables`)"): what the census
of the tables the development sets leave unread led to, each rule with its near-misses."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def _names(text: str, ctx: ExtractContext) -> set[str]:
    facts = extract(ctx, text)
    return {e.name_en or "" for e in facts.entities.values()}


@pytest.mark.parametrize("line", [
    "For detailed annual and time series program data, see our Annual Statistical Supplement.",
    "For the definitions of the measures, see the Technical Note.",
])
def test_what_a_reader_is_sent_to_owns_nothing(bare: ExtractContext, line: str) -> None:
    # a cross-reference names a document to read, not whom the figures after it are about
    text = ("Monthly Snapshot, August 2014\n\n" + line
            + "\nBenefits paid rose 2.1% to $5.0 billion in August 2014.\n")
    names = _names(text, bare)
    assert not names & {"Annual Statistical Supplement", "Technical Note"}
    assert not any(o in ("Annual Statistical Supplement", "Technical Note")
                   for o, _v, _u, _p in owned_rows(extract(bare, text), english=True))


@pytest.mark.parametrize("line", [
    # near-misses: a name said as the subject or after "by" stays a name, a cross-reference after it or not
    "Benefits paid by Acme Holdings rose 2.1% to $5.0 billion in August 2014.",
    "Acme Holdings said its revenue rose 2.1% to $5.0 billion in August 2014; see the Acme Holdings report.",
])
def test_a_name_not_sent_to_stays_a_name(bare: ExtractContext, line: str) -> None:
    assert "Acme Holdings" in _names("Quarterly note\n\n" + line + "\n", bare)
