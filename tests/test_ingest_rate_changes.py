"""A change said with no unit after a percentage, and the base it is said "on" (issue 14, twenty-second
session, dev19 ONS labour market bulletin): "was 8.0 per cent, down 0.2 on the quarter" is a change of 0.2
percentage points; "up 0.1 on the three months to May 2012" compares with that span, which dates no figure."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def figures(facts: DocFacts) -> set[tuple[str, float, str | None, str]]:
    return {(o.entity, round(o.value.value, 6), o.value.unit, o.period.text) for o in facts.observations}


RELEASE = ("Labour market statistics for the United Kingdom\n\n"
           "For April to June 2012:\n\n"
           "  • In the United Kingdom, the unemployment rate was 8.0 per cent, down 0.2 on the quarter. "
           "There were 2.56 million unemployed people, down 46,000 on the quarter.\n"
           "  • Total pay rose by 1.6 per cent on a year earlier, up 0.1 on the three months to May 2012. "
           "Regular pay rose by 1.8 per cent on a year earlier, unchanged on the three months to May 2012.\n")


def test_a_bare_change_after_a_percentage_is_percentage_points(bare: ExtractContext) -> None:
    got = figures(extract(bare, RELEASE, parse_period("2012-08-15")))
    assert ("UK", -0.2, "pp", "2012-Q2") in got
    assert ("UK", 0.1, "pp", "2012-Q2") in got
    assert ("UK", -46000.0, "count", "2012-Q2") in got  # (a separator: a count, not points)


def test_a_span_said_on_after_a_change_is_its_base(bare: ExtractContext) -> None:
    got = figures(extract(bare, RELEASE, parse_period("2012-08-15")))
    assert {("UK", 1.6, "%", "2012-Q2"), ("UK", 1.8, "%", "2012-Q2")} <= got


@pytest.mark.parametrize("sentence", [
    # another sentence: no percentage before the change in its own
    "In the United Kingdom, the unemployment rate was 8.0 per cent. Employment was up 0.4 on the quarter.",
    # a whole number after the rate: not read as points
    "In the United Kingdom, the unemployment rate was 8.0 per cent, up 12 on the quarter.",
])
def test_near_misses_get_no_points(bare: ExtractContext, sentence: str) -> None:
    text = "Labour market statistics for the United Kingdom, June 2012\n\n" + sentence + "\n"
    got = figures(extract(bare, text, parse_period("2012-08-15")))
    assert not [f for f in got if f[2] == "pp"]
