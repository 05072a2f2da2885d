"""Act agreement, the senses of the act words (docs/verdict-rules.md §4.15 "Act agreement", review
R3-R6, R14-R16): a cue word refutes only in the sense of the statement's own act. 未完了 and 完了予定
say no completion; "blocks of shares" is a noun; 阻止 / "blocking" as the purpose of a measure or a
modifier of a noun is not the act done; a halt of another unit says nothing of this one; completing
negotiations is the agreement; running until D and a halt at D are one plan; a phrasal verb ("takes
over") is an act. Negatives: the same words read as the act still refute or hold."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline import lexicon as lx
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["holm", "person", "ホルム大統領", "President Holm", "Holm", "NL"],
    ["govt", "government", "ノーランド政府", "Norland government", "", "NL"],
    ["parl", "organization", "ノーランド議会", "Norland parliament", "", "NL"],
    ["acmeco", "company", "アクメコ", "Acmeco", "", "NL"],
    ["targetco", "company", "ターゲットコ", "Targetco", "", "NL"],
    ["norsteel", "company", "ノルスチール", "Norsteel", "", "NL"],
    ["borealis", "company", "ボレアリス", "Borealis", "", "NL"],
    ["skyco", "company", "スカイコ", "Skyco", "", "NL"],
]
EVENTS = [
    ["e_block", "2025-01-03", "", "holm;acmeco;targetco", "regulation",
     "ホルム大統領がアクメコのターゲットコ買収を阻止", "President Holm blocks Acmeco's takeover of Targetco",
     "", "", "stat", "3", ""],
    ["e_deal", "2024-07-01", "", "borealis;skyco", "investment", "ボレアリスがスカイコ買収で合意",
     "Borealis agrees to buy Skyco", "", "", "stat", "3", ""],
    ["e_close", "2025-12-08", "", "borealis;skyco", "investment", "ボレアリスがスカイコの買収を完了",
     "Borealis completes its acquisition of Skyco", "", "", "stat", "3", ""],
    ["e_sale", "2024-06-10", "", "govt;acmeco", "policy", "ノーランド政府がアクメコ株の売却を承認",
     "Norland government approves sale of Acmeco shares", "", "", "stat", "2", ""],
    ["e_subsidy", "2024-06-12", "", "govt", "policy", "ノーランド政府がガソリン補助金を承認",
     "Norland government approves fuel subsidy", "", "", "stat", "2", ""],
    ["e_law", "2024-09-10", "", "parl", "policy", "ノーランド議会が外資買収規制法を可決",
     "Norland parliament approves foreign takeover screening law", "", "", "stat", "2", ""],
    ["e_f2", "2024-02-10", "", "norsteel", "operation_end", "ノルスチール、ウェストポート第2高炉を休止",
     "Norsteel shuts blast furnace No. 2 at Westport", "", "", "stat", "3", ""],
    ["e_keep", "2023-01-20", "", "norsteel", "operation",
     "ノルスチール、イーストポートの高炉を2026年まで稼働を続けると発表",
     "Norsteel to keep Eastport blast furnace running until 2026", "", "", "stat", "3", ""],
    ["e_take", "2025-01-10", "", "acmeco;targetco", "investment", "アクメコがターゲットコを買収",
     "Acmeco takes over Targetco", "", "", "stat", "3", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "act-senses", [], [], entities=ENTITIES, events=EVENTS)


@pytest.mark.parametrize(("claim", "as_of", "expected"), [
    # R3: 未完了 is not the completed stage; its negation reads the same
    ("ボレアリスのスカイコ買収は未完了だ。", "2025-03-01", "true"),
    ("ボレアリスのスカイコ買収はまだ完了していない。", "2025-03-01", "true"),
    ("Borealis has not yet completed the deal to buy Skyco.", "2025-03-01", "true"),
    # negative: the completion said is still refuted
    ("ボレアリスはスカイコの買収を2024年中に完了した。", "2025-03-01", "false"),
    # R15: completing the agreement is the agreement stage
    ("Borealis finalized a deal to buy Skyco in July 2024.", "2025-03-01", "true"),
    ("Borealis completed negotiations to buy Skyco in July 2024.", "2025-03-01", "true"),
    # negative: completing the deal is closing it
    ("Borealis completed the deal to buy Skyco in 2024.", "2025-03-01", "false"),
    # R4: "blocks" as a noun; negative: as the verb
    ("The Norland government sold blocks of Acmeco shares in June 2024.", "2024-12-01", "true"),
    ("In June 2024 the Norland government blocks the sale of Acmeco shares.", "2024-12-01", "false"),
    # R6: 阻止 / blocking as a purpose or a modifier; negative: 阻止した as the act
    ("ノーランド政府は2024年6月、値上がり阻止のためのガソリン補助金を導入した。", "2024-12-01", "true"),
    ("2024年9月、ノーランド議会は敵対的買収を阻止する外資買収規制法を成立させた。", "2024-12-01", "true"),
    ("2024年9月、ノーランド議会は外資買収規制法を阻止した。", "2024-12-01", "false"),
    # R16: running until 2026 and a halt in 2026 are one plan; negative: a halt before it
    ("In January 2023 Norsteel said it would shut the Eastport blast furnace in 2026.", "2024-01-01", "true"),
    ("ノルスチールは2023年1月、イーストポートの高炉を2026年に休止すると発表した。", "2024-01-01", "true"),
    ("In January 2023 Norsteel said it would shut the Eastport blast furnace in 2024.", "2024-01-01",
     "false"),
    # R14: a phrasal verb is an act
    ("Acmeco takes over Targetco.", "2025-06-01", "true"),
])
def test_the_act_word_in_its_sense(pack: Pack, claim: str, as_of: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of=as_of).rating == expected


@pytest.mark.parametrize("claim", [
    # R5: another unit of the same owner says nothing of this one
    "Norsteel's blast furnace No. 1 at Westport is still running.",
    "ノルスチールのウェストポート第1高炉は現在も稼働を続けている。",
])
def test_a_halt_of_another_unit_shows_nothing(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack, as_of="2024-06-01").rating == "unverifiable"


@pytest.mark.parametrize("claim", [
    # negative: the same unit still refutes
    "Norsteel's blast furnace No. 2 at Westport is still running.",
    "ノルスチールのウェストポート第2高炉は現在も稼働を続けている。",
])
def test_a_halt_of_the_same_unit_refutes(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack, as_of="2024-06-01").rating == "false"


def test_the_stage_words() -> None:
    assert lx.act_stage("買収は未完了") is None
    assert lx.act_stage("買収は2026年に完了する予定") is None
    assert lx.act_stage("will complete the takeover in 2026") is None
    assert lx.act_stage("completed negotiations to buy Skyco") == "agreed"
    assert lx.act_stage("スカイコ買収の交渉を完了した") == "agreed"
    assert lx.act_stage("completed its acquisition of Skyco") == "completed"
    assert lx.act_stage("買収を完了した") == "completed"
