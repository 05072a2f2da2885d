"""Levels reached and levels against earlier levels (docs/verdict-rules.md §4.1, §4.7), in Japanese
and English, on a small pack about Norland's output:

- まで after a figure before a change verb is where the change ended (「約550万トンまで回復し」 =
  reached about 5.5 Mt), not "at most" (blind round 13b chile-copper h1; round 3 jp-inbound, round
  12d ng-naira-inflation); まで before no change verb stays a bound."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["output", "生産量", "output", "t", "生産量;銅生産;output;production", "true", "amount", ""],
]
OBSERVATIONS = [
    ["o-2018", "NL", "output", "2018", "5832000", "t", "stat", ""],
    ["o-2019", "NL", "output", "2019", "5787000", "t", "stat", ""],
    ["o-2023", "NL", "output", "2023", "5250000", "t", "stat", ""],
    ["o-2024", "NL", "output", "2024", "5507000", "t", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "levels", METRICS, OBSERVATIONS, language="ja")


def test_made_before_a_change_is_the_level_reached(pack: Pack) -> None:
    ja = diagnose("ノーランドの生産量は2024年に約550万トンまで回復した。", pack, as_of="2025-03-01")
    assert ja.rating == "true"
    # reached, not "at most": a level reached that is well above the figure fails
    assert diagnose("ノーランドの生産量は2024年に約450万トンまで回復した。", pack,
                    as_of="2025-03-01").rating in ("false", "mostly_false")
    en = diagnose("Norland's output recovered to about 5.5 million tonnes in 2024.", pack, lang="en",
                  as_of="2025-03-01")
    assert en.rating == "true"
    assert diagnose("Norland's output recovered to about 4.5 million tonnes in 2024.", pack, lang="en",
                    as_of="2025-03-01").rating in ("false", "mostly_false")
