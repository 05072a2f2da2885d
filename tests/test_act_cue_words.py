"""Act cues are words, not substrings (docs/verdict-rules.md §4.15 "Act agreement", review R23, R24).

R23: a Japanese act cue does not match inside a longer word of another sense — a 〜中 state
(稼働中, 操業中, 営業中, 審査中, 計画中) is not the start of a halt (稼働中止, 操業中断), and a kanji
cue is not the end of its negative (不承認, 未承認, 未完了). Every Japanese cue of the act tables is
run against these neighbours and against the cues of the opposite side. A halt said with 中止 / 中断
agrees with an event of a closure; a state still running is still refuted by it (negative).

R24: an act word alone ("blocks", 「阻止した」) names no actor and no object: an event with the same
word does not show it. Negatives: the act with its actor or object, or its subject carried from the
clause before, still holds."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline import lexicon as lx
from shingi.pipeline.diagnose import diagnose

#: Every list of act words: the decision pairs, the stages, the pending and the planned
_ACT_TABLES = [c for pair in lx._DECISION_PAIRS for c in pair] + [
    lx.ACT_COMPLETED, lx.ACT_AGREED, lx.PENDING, lx.PLAN, lx.KEPT_RUNNING, lx.HALTED,
]
_OPPOSITES = [*lx._DECISION_PAIRS, (lx.ACT_COMPLETED, lx.ACT_AGREED)]
_NEGATIVE_PREFIXES = "不未非"


def _neighbours(cue: str) -> list[str]:
    """Longer words that hold the cue with another sense: a halt after a 〜中 state, a negative
    prefix before a kanji word."""
    out = []
    if cue.endswith("中"):
        out += [cue + end for end in "止断絶"]
    if "\u4e00" <= cue[0] <= "\u9fff" and cue[0] not in "不未非無":
        out += [p + cue for p in _NEGATIVE_PREFIXES]
    return out


@pytest.mark.parametrize("cues", _ACT_TABLES, ids=lambda c: c.name)
def test_no_act_cue_inside_a_longer_word(cues: lx.CueList) -> None:
    for cue in cues.ja:
        assert any(h.text == cue for h in lx.find(cues, f"それは{cue}。")), cue  # the word itself
        for word in _neighbours(cue):
            assert not any(h.text == cue for h in lx.find(cues, f"それは{word}だ。")), (cue, word)


@pytest.mark.parametrize("pair", _OPPOSITES, ids=lambda p: f"{p[0].name}-{p[1].name}")
def test_no_act_cue_inside_an_opposite_cue(pair: tuple[lx.CueList, lx.CueList]) -> None:
    for one, other in (pair, pair[::-1]):
        for word in other.ja:
            if word in one.ja:
                continue  # one word of both sides (加わっ: listed on and in scope are other pairs)
            assert not lx.find(one, f"それは{word}だ。"), (one.name, word)


def test_a_halt_with_chuushi_is_a_halt() -> None:
    for word in ("稼働中止", "操業中止", "営業中止", "生産中止", "運転中断", "操業中断"):
        assert lx.has(lx.HALTED, f"工場の{word}を決めた")
        assert not lx.has(lx.KEPT_RUNNING, f"工場の{word}を決めた")
    assert lx.has(lx.KEPT_RUNNING, "工場は稼働中だ")  # negative: the state itself
    assert not lx.has(lx.PLAN, "計画中止を発表")
    assert lx.has(lx.PLAN, "新工場を計画中だ")


ENTITIES = [
    ["holm", "person", "ホルム大統領", "President Holm", "Holm", "NL"],
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
    ["e_plant", "2024-03-10", "", "norsteel", "operation_end", "ノルスチール、イーストポート工場を閉鎖",
     "Norsteel closes down Eastport plant", "", "", "stat", "3", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "act-cue-words", [], [], entities=ENTITIES, events=EVENTS)


@pytest.mark.parametrize("claim", [
    "ノルスチールは2024年3月にイーストポート工場の稼働中止を決めた。",
    "ノルスチールは2024年3月、イーストポート工場の操業中止に踏み切った。",
    "ノルスチールは2024年3月にイーストポート工場の営業中止を決めた。",
])
def test_a_halt_said_with_chuushi_is_not_refuted(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack, as_of="2024-06-01").rating in ("true", "mostly_true", "unverifiable")


@pytest.mark.parametrize("claim", [
    # negative: a state still running is refuted by the closure
    "ノルスチールのイーストポート工場は現在も稼働を続けている。",
    "ノルスチールのイーストポート工場は現在も稼働中だ。",
    "Norsteel's Eastport plant is still operating.",
])
def test_still_running_is_refuted_by_the_closure(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack, as_of="2024-06-01").rating == "false"


@pytest.mark.parametrize("claim", ["blocks", "agrees", "approves", "Blocked.", "阻止した。", "合意した。"])
def test_an_act_word_alone_is_unverifiable(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack, as_of="2025-03-01").rating == "unverifiable"


@pytest.mark.parametrize(("claim", "expected"), [
    # negatives: the act with its actor, its object, or a subject carried over
    ("President Holm blocks Acmeco's takeover of Targetco.", "true"),
    ("The takeover was blocked.", "true"),
    ("Borealis agrees to buy Skyco.", "true"),
    ("ボレアリスはスカイコ買収で合意した。", "true"),
    ("ホルム大統領は買収を阻止した。", "true"),
])
def test_an_act_with_its_actor_or_object_holds(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2025-03-01").rating == expected
