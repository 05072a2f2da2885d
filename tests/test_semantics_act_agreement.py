"""Act agreement (docs/verdict-rules.md §4.15 "Act agreement"; blind round 27 biden-approved,
keihin-running, spirit-2024-ja, strike-2weeks): the act a claim says is compared with the act of the
event matched. The opposite act refutes (approved / blocked, still running / shut); an agreement
does not show a completion (refuted when the completion came after the claimed window or the
claim's date, else unknown); an event that shares only names and a particle ("off", "take") shows
nothing. Negatives: the same act in other words, and the agreement claimed as an agreement."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["holm", "person", "ホルム大統領", "President Holm", "Holm", "NL"],
    ["acmeco", "company", "アクメコ", "Acmeco", "", "NL"],
    ["targetco", "company", "ターゲットコ", "Targetco", "", "NL"],
    ["norsteel", "company", "ノルスチール", "Norsteel", "", "NL"],
    ["borealis", "company", "ボレアリス", "Borealis", "", "NL"],
    ["skyco", "company", "スカイコ", "Skyco", "", "NL"],
    ["cirrus", "company", "シーラス", "Cirrus", "", "NL"],
    ["nimbus", "company", "ニンバス", "Nimbus", "", "NL"],
]
EVENTS = [
    ["e_block", "2025-01-03", "", "holm;acmeco;targetco", "regulation",
     "ホルム大統領がアクメコのターゲットコ買収を阻止", "President Holm blocks Acmeco's takeover of Targetco",
     "", "", "stat", "3", ""],
    ["e_furnace", "2023-09-16", "", "norsteel", "operation_end",
     "ノルスチール、イーストポートの最後の高炉を休止",
     "Norsteel shuts the last blast furnace at Eastport", "", "", "stat", "3", ""],
    ["e_deal", "2024-07-01", "", "borealis;skyco", "investment", "ボレアリスがスカイコ買収で合意",
     "Borealis agrees to buy Skyco", "", "", "stat", "3", ""],
    ["e_close", "2025-12-08", "", "borealis;skyco", "investment", "ボレアリスがスカイコの買収を完了",
     "Borealis completes its acquisition of Skyco", "", "", "stat", "3", ""],
    ["e_cirrus", "2024-05-02", "", "cirrus;nimbus", "investment", "シーラスがニンバス買収で合意",
     "Cirrus agrees to buy Nimbus", "", "", "stat", "2", ""],
    ["e_plug", "2024-01-05", "", "skyco", "accident", "スカイコ機のドアプラグが離陸直後に脱落",
     "Door plug blows out of a Skyco jet shortly after take-off", "", "", "stat", "3", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "act-agreement", [], [], entities=ENTITIES, events=EVENTS)


@pytest.mark.parametrize(("claim", "as_of", "expected"), [
    # the opposite act: approved against blocked
    ("Before leaving office, President Holm signed off on Acmeco's purchase of Targetco.", "2025-02-01",
     "false"),
    ("ホルム大統領は退任前にアクメコによるターゲットコ買収を承認した。", "2025-02-01", "false"),
    # still running against a halt before the claim's date
    ("ノルスチールのイーストポートの高炉は現在も稼働を続けている。", "2024-03-01", "false"),
    ("Norsteel's Eastport blast furnace is still running.", "2024-03-01", "false"),
    # negatives: the same act in other words
    ("President Holm blocked Acmeco's takeover of Targetco in January 2025.", "2025-02-01", "true"),
    ("ホルム大統領は2025年1月、アクメコのターゲットコ買収を阻止した。", "2025-02-01", "true"),
    ("Norsteel shut the last blast furnace at Eastport in September 2023.", "2024-03-01", "true"),
    ("ノルスチールは2023年9月にイーストポートの最後の高炉を休止した。", "2024-03-01", "true"),
])
def test_the_opposite_act_refutes(pack: Pack, claim: str, as_of: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of=as_of).rating == expected


def test_the_opposite_act_is_named(pack: Pack) -> None:
    check = diagnose(
        "Before leaving office, President Holm signed off on Acmeco's purchase of Targetco.", pack,
        as_of="2025-02-01",
    ).checks[0]
    assert check.result == "fails"
    assert "signed off" in check.reason and "blocks" in check.reason


def test_a_halt_after_the_time_said_does_not_refute(pack: Pack) -> None:
    # running through 2022; the furnace was shut in September 2023: not the opposite then
    found = diagnose("Norsteel kept its Eastport blast furnace running through 2022.", pack,
                     as_of="2024-03-01")
    assert found.rating == "unverifiable"


@pytest.mark.parametrize(("claim", "as_of", "expected"), [
    # completed in 2024, said in March 2025: the agreement (July 2024) is no completion, which came
    # in December 2025, after the claim
    ("ボレアリスはスカイコの買収を2024年中に完了した。", "2025-03-01", "false"),
    ("Borealis completed the deal to buy Skyco in 2024.", "2025-03-01", "false"),
    ("Borealis completed the deal to buy Skyco in 2024.", "2026-01-15", "false"),
    # no completion in the pack: unknown
    ("Cirrus completed the deal to buy Nimbus in 2024.", "2025-03-01", "unverifiable"),
    ("シーラスは2024年にニンバスの買収を完了した。", "2025-03-01", "unverifiable"),
    # negatives: the agreement said as an agreement, the completion in its year
    ("Borealis agreed to buy Skyco in July 2024.", "2025-03-01", "true"),
    ("ボレアリスは2024年7月にスカイコ買収で合意した。", "2025-03-01", "true"),
    ("Borealis completed its acquisition of Skyco in December 2025.", "2026-01-15", "true"),
    ("ボレアリスはスカイコの買収を2025年12月に完了した。", "2026-01-15", "true"),
])
def test_an_agreement_is_no_completion(pack: Pack, claim: str, as_of: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of=as_of).rating == expected


def test_a_particle_in_common_shows_nothing(pack: Pack) -> None:
    # "walked off the job … taking an offer" against "… shortly after take-off": names and particles
    found = diagnose("Skyco's machinists walked off the job for barely two weeks before taking an offer.",
                     pack, as_of="2024-12-01")
    assert found.rating == "unverifiable"
    # negative: the event's own act
    assert diagnose("Skyco's jet lost a door plug shortly after take-off.", pack,
                    as_of="2024-12-01").rating == "true"
