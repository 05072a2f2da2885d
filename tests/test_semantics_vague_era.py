"""A value placed only around an undated event (docs/verdict-rules.md §4.7, "A time named only as
the span around an event"): 「コロナ前後に7万人」, "around the pandemic" name no period of a dated
series, so the level is unknown, in Japanese and English; 「7万人前後」 (a number's "about") and a
year said beside it keep their reading."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["hires", "採用者数", "hires", "count", "採用者数;採用者;hires", "false", "amount", ""]]
OBSERVATIONS = [
    ["h2019", "NL", "hires", "2019", "70000", "count", "stat", ""],
    ["h2021", "NL", "hires", "2021", "52000", "count", "stat", ""],
    ["h2024", "NL", "hires", "2024", "61000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "vague-era", METRICS, OBSERVATIONS, language="ja")


@pytest.mark.parametrize("said", [
    "ノーランドの採用者数はコロナ前後に7万人だった。",
    "ノーランドの採用者数は震災の前後で3万人だった。",
    "Norland's hires were 70,000 around the pandemic.",
    "Before and after the crisis, Norland's hires were 30,000.",
])
def test_a_value_around_an_undated_event_is_unknown(pack: Pack, said: str) -> None:
    d = diagnose(said, pack, as_of="2025-06-01")
    assert d.rating == "unverifiable", said
    assert [c.result for c in d.checks] == ["unknown"]


def test_a_number_about_and_a_dated_year_keep_their_reading(pack: Pack) -> None:
    about = diagnose("ノーランドの採用者数は2024年に6万人前後だった。", pack, as_of="2025-06-01")
    assert about.rating != "unverifiable"
    assert diagnose("ノーランドの採用者数は2019年に3万人だった。", pack, as_of="2025-06-01").rating == "false"
