"""Whose figure it is, read from the sentence's syntax: speakers, breakdowns, totals of a part."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def owner_names(facts: DocFacts) -> dict[float, str]:
    out: dict[float, str] = {}
    for o in facts.observations:
        e = facts.entities.get(o.entity)
        out[o.value.value] = (e.name_ja or e.name_en or e.id) if e else o.entity
    return out


def test_the_speaker_of_a_quotation_owns_no_figure(bare: ExtractContext) -> None:
    text = ("Acme Motors today reported revenue of $25.2 billion for the third quarter of 2024.\n\n"
            '"We delivered 462,890 vehicles in the quarter," said Jane Roe, Chief Executive Officer. '
            '"Our margin improved by 2 percentage points."\n\n'
            '"Thirteen of the 20 plants grew output," senior manager John Doe said. '
            "Mr Doe said exports rose 4% in the third quarter of 2024.\n")
    facts = extract(bare, text, parse_period("2024-10-23"))
    made = {e.name_en for e in facts.entities.values()}
    for person in ("Jane Roe", "Chief Executive Officer", "John Doe", "Doe"):
        assert person not in made
    owners = owner_names(facts)
    assert owners[462890.0] == "Acme Motors" and owners[2.0] == "Acme Motors" and owners[4.0] == "Acme Motors"


def test_a_company_that_speaks_without_a_quotation_is_still_an_actor(bare: ExtractContext) -> None:
    facts = extract(bare, "Acme Motors said revenue rose 8% in the third quarter of 2024.\n")
    assert owner_names(facts)[8.0] == "Acme Motors"
