"""A count spelled in words inside an English sentence says how many things the text goes on to name, no
statistic (issue 14, twenty-second session: dev3 StatCan "in four provinces", dev13 CSO "the remaining seven
regions" and ECB "in one euro area country", dev15 ONS "on two bases")."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def values(facts: DocFacts) -> set[tuple[float, str | None]]:
    return {(o.value.value, o.value.unit) for o in facts.observations}


def test_spelled_counts_in_running_text_are_no_figures(bare: ExtractContext) -> None:
    text = ("Labour Force Survey, Canada, September 2022\n\n"
            "In Canada, employment increased in four provinces in September 2022, led by British Columbia. "
            "In Canada, the decrease was essentially due to developments in one province in September "
            "2022.\n")
    got = values(extract(bare, text, parse_period("2022-10-07")))
    assert not {v for v, _u in got} & {4.0, 1.0}


@pytest.mark.parametrize(("text", "kept"), [
    # digits: a figure (beside a spelled count, which goes)
    ("In Canada, employment increased by 21,000 jobs in four provinces in September 2022.", 21000.0),
    # a spelled number that opens its sentence (style spells out any number there), part of a whole
    ("Thirteen of the 16 industries in Canada were up in September 2022.", 13.0),
    # a scaled number
    ("In Canada, there were just under one million people unemployed in September 2022.", 1e6),
    # digits after a word that opens the quantity ("about 188,000 arrivals")
    ("In Canada, there were about 188,000 arrivals in September 2022.", 188000.0),
])
def test_digits_openers_parts_and_scaled_numbers_stay(bare: ExtractContext, text: str, kept: float) -> None:
    facts = extract(bare, "Release, Canada, September 2022\n\n" + text + "\n", parse_period("2022-10-07"))
    got = values(facts)
    assert kept in {v for v, _u in got}
