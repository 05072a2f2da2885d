"""A word of a small change ("barely shrank", "rose slightly", "edged up", 「わずかに減少」, 「微増」,
「やや上昇」) asserts the change's size as well as its way (docs/verdict-rules.md §4.13, "A small
change on a large step"): graded bands on the size found — under 5 % (0.5 point for a value in %)
as said, 5-10 % half, 10 % or more mostly false — in Japanese and English, on a small pack built
here (blind round 26 jp-postal barely-shrank-en, a loss 30 % smaller said to have "barely shrunk":
a wrong true; blind round 16d jp-auto-industry, blind round 7 jp-traffic-deaths). Near-misses: the
same words on a small step, 「わずか2年で」 ("only"), a figure of the change said in the claim.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["deficit", "財政赤字", "budget deficit", "USD", "budget deficit;財政赤字;赤字", "", "amount", ""],
    ["exports", "輸出額", "exports", "USD", "exports;輸出", "", "amount", ""],
    ["sales", "販売台数", "car sales", "units", "sales;販売台数;販売", "", "count", ""],
    ["rate", "失業率", "unemployment rate", "%", "unemployment rate;失業率", "", "share", ""],
]
OBSERVATIONS = [
    ["d24", "NL", "deficit", "2024", "90", "USD", "stat", ""],
    ["d25", "NL", "deficit", "2025", "63", "USD", "stat", ""],  # the deficit 30 % smaller
    ["x24", "NL", "exports", "2024", "1000", "USD", "stat", ""],
    ["x25", "NL", "exports", "2025", "1020", "USD", "stat", ""],  # a rise of 2 %
    ["s24", "NL", "sales", "2024", "1000", "units", "stat", ""],
    ["s25", "NL", "sales", "2025", "930", "units", "stat", ""],  # a fall of 7 %
    ["r24", "NL", "rate", "2024", "4.0", "%", "stat", ""],
    ["r25", "NL", "rate", "2025", "4.3", "%", "stat", ""],  # 0.3 point (7.5 % relative)
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "small-change", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "plain"), [
    ("Norland's budget deficit barely shrank in 2025.", "Norland's budget deficit shrank in 2025."),
    ("ノーランドの財政赤字は2025年にわずかに縮小した。", "ノーランドの財政赤字は2025年に縮小した。"),
    ("ノーランドの財政赤字は2025年に微減した。", "ノーランドの財政赤字は2025年に減少した。"),
    ("Norland's budget deficit edged down in 2025.", "Norland's budget deficit fell in 2025."),
])
def test_a_word_of_a_small_change_on_a_large_step_is_the_wrong_size(
    pack: Pack, claim: str, plain: str
) -> None:
    check = diagnose(claim, pack).checks[0]
    assert check.result == "partly" and check.credit == 0.25
    assert diagnose(claim, pack).rating == "mostly_false"
    assert diagnose(plain, pack).rating == "true"


@pytest.mark.parametrize("claim", [
    "Norland's car sales fell slightly in 2025.",
    "ノーランドの販売台数は2025年にやや減少した。",
])
def test_a_small_change_stretched_holds_half(pack: Pack, claim: str) -> None:
    # a fall of 7 %: more than a slight change, not the wrong size outright
    check = diagnose(claim, pack).checks[0]
    assert check.result == "partly" and check.credit == 0.5
    assert diagnose(claim, pack).rating == "half_true"


@pytest.mark.parametrize("claim", [
    # the same words on a step under 5 %
    "Norland's exports rose slightly in 2025.",
    "ノーランドの輸出額は2025年にわずかに増えた。",
    "ノーランドの輸出額は2025年に微増した。",
    "Norland's exports edged up in 2025.",
    # a value in % moves by points: 4.0 % → 4.3 % is a small step (0.3 point)
    "Norland's unemployment rate rose slightly in 2025.",
    "ノーランドの失業率は2025年にやや上昇した。",
    # わずか as "only", not a word of the change's size
    "ノーランドの財政赤字は2025年、わずか1年で縮小した。",
])
def test_near_misses_hold(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack).rating == "true"


def test_a_figure_said_gives_the_size(pack: Pack) -> None:
    # the claim's own figure is compared; the size word is not read again beside it
    d = diagnose("Norland's car sales fell slightly in 2025, down 7%.", pack)
    assert d.checks[0].credit != 0.25


@pytest.mark.parametrize("claim", [
    # a degree word that modifies something else than the change (review R9)
    "Norland's budget deficit shrank in 2025, barely two years after the crisis.",
    "Norland's budget deficit shrank in 2025, hardly a surprise.",
    "Norland's budget deficit, a little-known figure, shrank in 2025.",
    "The government barely survived as Norland's budget deficit shrank in 2025.",
])
def test_a_degree_word_elsewhere_in_the_sentence_is_not_the_changes(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack).rating == "true"


@pytest.mark.parametrize("claim", [
    # the same words where they do modify the change: read as before
    "Norland's budget deficit shrank only slightly in 2025.",
    "Norland's budget deficit shrank a little in 2025.",
    "Norland's budget deficit hardly shrank in 2025.",
])
def test_a_degree_word_on_the_change_is_read(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack).rating == "mostly_false"
