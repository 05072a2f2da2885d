"""Cubic metres spelled out are one unit, m3 (a linguistic reason: spellings of one unit, as hectares are ha;
issue 14, twenty-second session, dev17 Statistics Canada: "20.5 million cubic metres" was a count)."""

from __future__ import annotations

import pytest

from shingi.normalize import find_quantities


@pytest.mark.parametrize("text", ["Pipelines received 20.5 million cubic metres of crude oil",
                                  "20.5 million cubic meters were shipped", "2,050万立方メートル"])
def test_cubic_metres_are_m3(text: str) -> None:
    assert [(q.quantity.value, q.quantity.unit) for q in find_quantities(text)] == [(20500000.0, "m3")]


@pytest.mark.parametrize(("text", "unit"), [("M3 grew 4.8% in May", "%"), ("20 metres of road", None)])
def test_near_misses_are_no_m3(text: str, unit: str | None) -> None:
    assert [q.quantity.unit for q in find_quantities(text)] == [unit]
