"""Decisions read for their way (docs/verdict-rules.md §4.15), in Japanese and English, on a small
pack about Norland:

- a bill passed (「法成立」, "law passed") is a decision for it, the opposite of one rejected (blind
  round 13b chile-copper f5: true → false);
- a forecast revised down (下方修正, "revised down") is a decision downwards, the opposite of one
  raised, for a plan as for an act; and a target kept is no raise of another one (round 13b
  chile-copper f2: true → false)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["output", "生産量", "output", "t", "生産量;output", "false", "amount", ""],
]
OBSERVATIONS = [
    ["o-out-2024", "NL", "output", "2024", "100", "t", "stat", ""],
]
E = ["", "", "stat"]
EVENTS = [
    ["e-law", "2023-05", "", "NL", "regulation", "ノーランド鉱業ロイヤルティ法成立（2024年から施行）",
     "Norland mining royalty law passed: in force from 2024", *E, "3", ""],
    ["e-guide", "2025-08", "", "NL", "plan",
     "ノーランド公社が2025年生産見通しを140万トンから134万トンへ下方修正",
     "Norland Copper revises its 2025 output guidance down from 1.40 Mt to 1.34 Mt", *E, "2", ""],
    ["e-keep", "2025-08", "", "NL", "plan", "ノーランド公社は2030年に年170万トンの長期目標を維持",
     "Norland Copper keeps its long-term target of 1.7 Mt a year by 2030", *E, "1", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "r13-safety", METRICS, OBSERVATIONS, events=EVENTS, language="ja")


def test_a_bill_passed_is_not_rejected(pack: Pack) -> None:
    en = diagnose("Norland's parliament rejected the mining royalty bill in May 2023.", pack, lang="en",
                  as_of="2025-09-01")
    assert en.rating == "false"
    ja = diagnose("ノーランド議会は2023年5月に鉱業ロイヤルティ法案を否決した。", pack, as_of="2025-09-01")
    assert ja.rating == "false"
    assert diagnose("Norland's parliament passed the mining royalty bill in May 2023.", pack, lang="en",
                    as_of="2025-09-01").rating == "true"
    assert diagnose("ノーランドの鉱業ロイヤルティ法は2023年5月に成立した。", pack,
                    as_of="2025-09-01").rating == "true"


def test_a_forecast_revised_down_is_not_raised(pack: Pack) -> None:
    ja = diagnose("ノーランド公社は2025年の生産見通しを引き上げた。", pack, as_of="2025-09-01")
    assert ja.rating == "false"
    en = diagnose("Norland Copper raised its 2025 output guidance.", pack, lang="en", as_of="2025-09-01")
    assert en.rating != "true"
    assert diagnose("ノーランド公社は2025年の生産見通しを下方修正した。", pack,
                    as_of="2025-09-01").rating == "true"
