"""The writers' scale for a figure of the right direction and the wrong size (docs/verdict-rules.md
§4.1 "The writers' scale"), on a small pack built here, in English and Japanese:

- an approximate figure that is not the found value rounded to the claim's own digits is a small
  stretch, mostly true (「約49兆円」 for 48.09兆, "about 37 million" for 36.19 million, 約1.5倍 for
  x1.37); one that rounds to it stays true;
- a figure said to be reached (「に達した」, 「に上る」, "reached", "hit") that the found value falls
  short of, however little, is mostly true (「14%に達した」 for 13.8 %, "7%" for 6.9 %);
- "nearly X" (近く, almost) on a level holds within 5 % below X; 5-20 % below is a stretch, mostly
  true ("nearly €400 billion" for 379.7, 「6割近く」 for 56.8 %); on the size of a change it keeps an
  approximate figure's 10 % ("came down by nearly 400,000" for 370,000 is true);
- the size of a change that went the claimed way: a bound of the size missed by a little (the found
  size rounds to it, within 10 %) is mostly true ("more than 11%" for +10.8 %, "more than 5%" for a
  fall of 4.6 %); a size within a factor 3 of the found one is mostly false ("about 10%" for +6 %,
  約4% for +3 %, "more than 10%" for a fall of 4.6 %, 約3割減 for a fall of 61 %), one said to be
  a little below or above ("nearly 1,000,000") within 1.7; further, false;
- a change the other way stays false, however close its size;
- one value of a growth rate (contract 1.1 ``growth``) said as a figure of the right sign is the
  size of a change the same way ("raised care fees by 2%" for +1.59 %: mostly false).
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["spend", "医療費", "medical spending", "JPY", "health spending", "false", "amount", ""],
    ["elderly", "高齢者数", "number of older people", "count", "older people", "false", "count", ""],
    ["remit", "送金受取額", "remittances", "USD", "remittance inflows", "true", "amount", ""],
    ["homes", "空き家数", "vacant homes", "count", "empty homes", "false", "count", ""],
    ["fees", "介護報酬改定率", "care fee revision rate", "%", "care fees", "", "growth", ""],
    ["victims", "人身被害の被害者数", "number of victims of attacks", "count", "attack victims", "false",
     "count", ""],
]
OBSERVATIONS = [
    ["s23", "NL", "spend", "2023", "48090000000000", "JPY", "stat", ""],
    ["e23", "NL", "elderly", "2023", "36190000", "count", "stat", ""],
    ["r24", "NL", "remit", "2024", "64700000000", "USD", "stat", ""],
    ["r25", "NL", "remit", "2025", "61750000000", "USD", "stat", ""],  # -4.56 %
    ["h18", "NL", "homes", "2018", "8490000", "count", "stat", ""],
    ["h23", "NL", "homes", "2023", "9000000", "count", "stat", ""],  # +6.0 %
    ["f24", "NL", "fees", "2024", "1.59", "%", "stat", ""],
    ["v23", "NL", "victims", "2023", "219", "count", "stat", ""],
    ["v24", "NL", "victims", "2024", "85", "count", "stat", ""],  # -61.2 %
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "writers-scale", METRICS, OBSERVATIONS)


def rating(pack: Pack, claim: str) -> str:
    return diagnose(claim, pack).rating


@pytest.mark.parametrize(("claim", "expected"), [
    # 48.09 rounds to 48, not 49: a round-up of 1.9 %
    ("2023年のノーランドの医療費は約49兆円に達した。", "mostly_true"),
    ("2023年のノーランドの医療費は約48兆円だった。", "true"),
    ("Norland had about 37 million older people in 2023.", "mostly_true"),
    ("Norland had about 36 million older people in 2023.", "true"),
    # beyond 10 %, an approximate figure's bands: within 15 % partly, to 20 % half true (the far end
    # of the band, session 19), further false
    ("Norland had about 41 million older people in 2023.", "mostly_true"),
    ("Norland had about 45 million older people in 2023.", "half_true"),
    ("Norland had about 50 million older people in 2023.", "mostly_false"),
])
def test_an_approximate_figure_rounded_past_its_digits(pack: Pack, claim: str, expected: str) -> None:
    assert rating(pack, claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a fall of 4.56 %
    ("Remittances to Norland fell by more than 4% in 2025.", "true"),
    ("Remittances to Norland fell by more than 5% in 2025.", "mostly_true"),  # 4.56 is "5"
    ("ノーランドへの送金受取額は2025年に5%以上減少した。", "mostly_true"),
    ("Remittances to Norland fell by more than 10% in 2025.", "mostly_false"),  # x2.2
    ("ノーランドへの送金受取額は2025年に10%以上減少した。", "mostly_false"),
    ("Remittances to Norland fell by more than 20% in 2025.", "false"),  # x4.4: far off
    # the other way, however close: false
    ("Remittances to Norland rose by more than 4% in 2025.", "false"),
])
def test_a_bound_of_the_size_of_a_change(pack: Pack, claim: str, expected: str) -> None:
    assert rating(pack, claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # +6.0 % between 2018 and 2023
    ("Norland's vacant homes rose by about 6% between 2018 and 2023.", "true"),
    ("Norland's vacant homes rose by about 10% between 2018 and 2023.", "mostly_false"),  # x1.66
    ("ノーランドの空き家数は2018年から2023年に約1割増えた。", "mostly_false"),
    ("Norland's vacant homes rose by about 15% between 2018 and 2023.", "mostly_false"),  # x2.5
    ("ノーランドの空き家数は2018年から2023年に約15%増えた。", "mostly_false"),
    ("Norland's vacant homes rose by about 20% between 2018 and 2023.", "false"),  # x3.3: far off
    ("ノーランドの空き家数は2018年から2023年に約10%減った。", "false"),  # the other way
    # a fall of 61 % said as about 30 %: understated, the fall right (x2.0)
    ("ノーランドの人身被害の被害者数は2024年に前年から約3割減った。", "mostly_false"),
    ("The number of victims of attacks in Norland fell by about 30% in 2024.", "mostly_false"),
    ("The number of victims of attacks in Norland fell by about 15% in 2024.", "false"),  # x4.1
    # "nearly" keeps the narrower factor: a rise of 510,000 is not nearly 1,000,000 (x1.96: beyond
    # the calibration's factor 1.8, false, as blind jp-akiya million_5y's writer rates it, §5.1)
    ("Norland's vacant homes rose by nearly 1,000,000 between 2018 and 2023.", "false"),
    ("ノーランドの空き家数は2018年から2023年に100万戸近く増えた。", "false"),
])
def test_the_size_of_a_change_that_went_the_claimed_way(pack: Pack, claim: str, expected: str) -> None:
    assert rating(pack, claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # +1.59 %
    ("Norland raised care fees by 1.6% in 2024.", "true"),
    ("Norland raised care fees by 2% in 2024.", "mostly_false"),  # x1.26: the rise is right
    ("ノーランドは2024年に介護報酬を2%引き上げた。", "mostly_false"),
    ("Norland raised care fees by 4% in 2024.", "mostly_false"),  # x2.5
    ("Norland raised care fees by 5% in 2024.", "false"),  # x3.1: far off
    ("Norland's care fee revision rate was -2% in 2024.", "false"),  # the other sign
])
def test_a_growth_rate_of_the_claimed_sign(pack: Pack, claim: str, expected: str) -> None:
    assert rating(pack, claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # 36.19 million: "36 million" rounds, but was not reached
    ("The number of older people in Norland reached 36 million in 2023.", "true"),
    ("The number of older people in Norland reached 36.2 million in 2023.", "mostly_true"),
    ("2023年のノーランドの高齢者数は3620万人に達した。", "mostly_true"),
    ("2023年のノーランドの高齢者数は3600万人に達した。", "true"),
    ("The number of older people in Norland hit 36.2 million in 2023.", "mostly_true"),
])
def test_a_figure_said_to_be_reached_and_not_reached(pack: Pack, claim: str, expected: str) -> None:
    assert rating(pack, claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # 36.19 million older people; "nearly" a level holds within a bare figure's 2 % on its side
    # (session 24, "The precision a figure is said to"), a stretch further
    ("Norland had nearly 36.5 million older people in 2023.", "true"),  # 0.8 % below
    ("2023年のノーランドの高齢者数は3650万人近くだった。", "true"),
    ("Norland had nearly 38 million older people in 2023.", "mostly_true"),  # 4.8 % below
    ("Norland had nearly 40 million older people in 2023.", "mostly_true"),  # 9.5 % below
    ("2023年のノーランドの高齢者数は3800万人近くだった。", "mostly_true"),
    ("2023年のノーランドの高齢者数は4000万人近くだった。", "mostly_true"),
    # the size of a rise of 510,000 vacant homes: 7.3 % below "nearly 550,000"
    ("Norland's vacant homes rose by nearly 550,000 between 2018 and 2023.", "true"),
    ("ノーランドの空き家数は2018年から2023年に55万戸近く増えた。", "true"),
])
def test_nearly_a_level_and_nearly_a_size(pack: Pack, claim: str, expected: str) -> None:
    assert rating(pack, claim) == expected
