"""An event word after the noun "the number of" counts is a participle that says which of them are counted,
no act (issue 14, twenty-second session: dev15 ABS Building Approvals, March 2012 and March 2013, "the number
of dwellings approved rose 7.4%" was a policy event)."""

from __future__ import annotations

import pytest

from shingi.ingest.labels import event_kind


@pytest.mark.parametrize("text", [
    "ABS Building Approvals show that the number of dwellings approved rose 7.4% in March 2012.",
    "The number of new businesses started fell 2% in 2023.",
])
def test_a_participle_after_the_number_of_makes_no_event(text: str) -> None:
    assert event_kind(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("The Cabinet approved the number plan in March 2012.", "policy"),  # "number" with no "of"
    ("The council approved a budget of $5 million in March 2012.", "policy"),
    ("The number of dwellings rose after the council approved new zoning in March 2012.", "policy"),
])
def test_the_act_itself_stays_an_event(text: str, kind: str) -> None:
    assert event_kind(text) == kind
