"""An office title's modifier is part of the title (docs/ingest.md, owners): "Prime Minister Fumio
Kishida", "Vice President Kamala Harris" name no body "Prime" or "Vice"; a body before the title
("Reserve Bank Deputy Governor") stays the name (session 14 review); English and Japanese text."""

from __future__ import annotations

import pytest

from shingi.ingest.owners import heuristic_names


@pytest.mark.parametrize("text", [
    "Prime Minister Fumio Kishida said the economy grew 1.9% in 2023.",
    "Vice President Kamala Harris said unemployment fell to 3.7%.",
    "岸田文雄首相は、2023年の経済成長率が1.9%だったと述べた。",
    "Vice President Kamala Harrisは、失業率が3.7%に下がったと述べた。",
])
def test_a_modifier_of_an_office_is_no_name(text: str) -> None:
    names = [n for _s, _e, n, _k in heuristic_names(text, False)]
    assert not {"Prime", "Vice"} & set(names), names


def test_a_body_before_the_office_is_kept() -> None:
    text = "Reserve Bank Deputy Governor Andrew Hauser said so."
    names = [n for _s, _e, n, _k in heuristic_names(text, False)]
    assert names == ["Reserve Bank"]
