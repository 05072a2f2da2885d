"""A negated act in a window (docs/verdict-rules.md §4.2, a negated act in a window; review session 27
R16): "did not cut its rate in 2023", 「2023年に利下げしなかった」 is refuted only by that act dated
inside the window; an act dated outside it, or the opposite act, says nothing of it. With no such act
inside, it holds when the pack's events of the actor reach both ends of the window; else unknown."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

BANK = ["nbank", "organization", "ノーランド中銀", "Norland central bank", "the central bank;中銀", "NL"]
EVENTS = [
    ["e1", "2020-03-10", "rates", "nbank", "policy", "ノーランド中銀、政策金利を0.5%に引き下げ",
     "Norland central bank cuts the policy rate to 0.5%", "-0.25", "pp", "stat", "2", ""],
    ["e2", "2022-05-03", "rates", "nbank", "policy", "ノーランド中銀、政策金利を1.0%に引き上げ",
     "Norland central bank raises the policy rate to 1.0%", "0.5", "pp", "stat", "2", ""],
    ["e3", "2024-02-06", "rates", "nbank", "policy", "ノーランド中銀、政策金利を1.5%に引き上げ",
     "Norland central bank raises the policy rate to 1.5%", "0.5", "pp", "stat", "2", ""],
    ["e4", "2025-08-12", "rates", "nbank", "policy", "ノーランド中銀、2020年以来の利下げで政策金利1.25%に",
     "Norland central bank cuts the policy rate to 1.25%", "-0.25", "pp", "stat", "2", ""],
]
PILLARS = "pillars:\n  - id: rates\n    name: {ja: \"金利\", en: \"Rates\"}\n"
METRICS = [["cpi", "物価上昇率", "inflation", "%", "", "false", "share", ""]]
OBSERVATIONS = [["o1", "NL", "cpi", "2024", "2.1", "%", "stat", ""]]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "negated-act", METRICS, OBSERVATIONS, entities=[BANK], events=EVENTS,
                      settings=PILLARS)


@pytest.mark.parametrize(("claim", "expected"), [
    # the opposite act (a hike in 2024) or the act a year off (a cut in 2025) says nothing of 2023
    ("The Norland central bank did not cut its policy rate in 2023.", "true"),
    ("ノーランド中銀は2023年に利下げしなかった。", "true"),
    ("The Norland central bank did not cut its policy rate in 2024.", "true"),
    ("The Norland central bank did not raise its policy rate in 2023.", "true"),
    ("ノーランド中銀は2021年に利上げしなかった。", "true"),
    # the act inside the window refutes it
    ("The Norland central bank did not raise its policy rate in 2024.", "false"),
    ("ノーランド中銀は2025年に利下げしなかった。", "false"),
    # a window the claim closes: the record's events, not only the one retrieved
    ("The Norland central bank did not cut its policy rate between 2021 and 2024.", "true"),
    ("The Norland central bank did not cut its policy rate between 2020 and 2024.", "false"),
])
def test_a_negated_act_is_refuted_only_inside_its_window(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2025-12-20").rating == expected


def test_a_window_the_events_do_not_reach_is_unknown(pack: Pack) -> None:
    # no event of the bank after 2025-08: 2026 is not covered, and the cut of 2025 says nothing of it
    assert diagnose("The Norland central bank did not cut its policy rate in 2026.", pack,
                    as_of="2026-12-20").rating == "unverifiable"


def test_the_affirmed_act_a_year_off_is_read_as_before(pack: Pack) -> None:
    # negative: the affirmed act keeps its date check (a year off is mostly false, never true)
    assert diagnose("The Norland central bank cut its policy rate in 2024.", pack,
                    as_of="2025-12-20").rating in ("mostly_false", "mostly_true", "half_true")
    assert diagnose("The Norland central bank cut its policy rate in 2020.", pack,
                    as_of="2025-12-20").rating == "true"


@pytest.mark.parametrize(("claim", "expected"), [
    # an act affirmed before a year: the act dated inside the window shows it
    ("ノーランド中銀は2021年以前に利下げした。", "true"),
    ("The Norland central bank raised its policy rate before 2023.", "true"),
    # negative: none inside the window is left to the window guard (a later act does not refute it)
    ("ノーランド中銀は2020年より前に利下げした。", "unverifiable"),
])
def test_an_act_before_a_year_is_read_in_its_window(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2025-12-20").rating == expected


def test_a_denied_bound_met_by_one_event_fails(pack: Pack) -> None:
    # one event past the bound in the window refutes the denial (it had been inverted to true)
    claim = "The Norland central bank's policy rate has not been above 1.2% in the past decade."
    assert diagnose(claim, pack, as_of="2025-12-20").rating in ("false", "mostly_false")
    # negative: no event past a higher bound
    claim = "The Norland central bank's policy rate has not been above 2% in the past decade."
    assert diagnose(claim, pack, as_of="2025-12-20").rating == "true"
