"""Two changes compared, never two levels (docs/verdict-rules.md §4.6 "Changes compared"), in
English and Japanese, on small packs built here (review of session 18, H1, H4, M2).

- A pace ("twice as fast as the national average", 「全国平均の2倍のペースで」) compares the two
  sides' growth measures at the period, or the changes of their level series over the same step;
  a pack holding both levels and growth rates never answers it on the levels.
- "rose more than", 「より大きく増えた」, 「伸びは…を上回った」 between one subject's two measures
  compare the two changes (percent and absolute must agree), not the two levels.
- "now bigger than", 「上回った」 with no period compare the two latest values; when those are of
  different periods, unknown (an older common period says nothing of now).
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["land", "地価", "land price", "JPY", "land prices;地価", "", "amount", ""],
    ["land_g", "地価変動率", "land price change", "%", "land price change;地価変動率", "", "growth", ""],
    ["interest", "純利払い費", "net interest", "USD", "net interest;純利払い費", "", "amount", ""],
    ["defense", "国防費", "defense spending", "USD", "defense spending;国防費", "", "amount", ""],
    ["debt", "債務残高", "debt", "USD", "debt;債務残高", "", "amount", ""],
    ["pension", "年金支出", "pension spending", "USD", "pension spending;年金支出", "", "amount", ""],
    ["invest", "民間投資額", "private investment", "USD", "private investment;民間投資額", "", "amount", ""],
]
OBSERVATIONS = [
    # the capital's levels rose +1 %, the nation's +3 %: the capital's level is twice the nation's
    ["c23", "capital", "land", "2023", "1000", "JPY", "stat", ""],
    ["c24", "capital", "land", "2024", "1010", "JPY", "stat", ""],
    ["n23", "NL", "land", "2023", "500", "JPY", "stat", ""],
    ["n24", "NL", "land", "2024", "515", "JPY", "stat", ""],
    ["cg24", "capital", "land_g", "2024", "1.0", "%", "stat", ""],
    ["ng24", "NL", "land_g", "2024", "3.0", "%", "stat", ""],
    # interest 30 -> 31 (+3 %), defense 5 -> 10 (+100 %): interest is the larger level, the smaller rise
    ["i23", "NL", "interest", "2023", "30", "USD", "stat", ""],
    ["i24", "NL", "interest", "2024", "31", "USD", "stat", ""],
    ["d23", "NL", "defense", "2023", "5", "USD", "stat", ""],
    ["d24", "NL", "defense", "2024", "10", "USD", "stat", ""],
    # debt's latest is 2024 (20), pensions' 2023 (12); the latest common period, 2022, has 5 vs 8
    ["b22", "NL", "debt", "2022", "5", "USD", "stat", ""],
    ["b24", "NL", "debt", "2024", "20", "USD", "stat", ""],
    ["p22", "NL", "pension", "2022", "8", "USD", "stat", ""],
    ["p23", "NL", "pension", "2023", "12", "USD", "stat", ""],
    # a ratio said with a figure, no period: the capital's latest is 2023, the nation's 2024
    ["v23", "NL", "invest", "2023", "100", "USD", "stat", ""],
    ["v24", "NL", "invest", "2024", "1000", "USD", "stat", ""],
    ["cv23", "capital", "invest", "2023", "1", "USD", "stat", ""],
]
ENTITIES = [["capital", "other", "首都圏", "Capital region", "首都圏;capital region", "NL"]]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "changes-compared", METRICS, OBSERVATIONS, entities=ENTITIES)


CASES = [
    # H1: +1 % against +3 % on the growth measures (the levels, 1010 against 515, are x1.96)
    ("The capital region's land prices rose twice as fast as the national average in 2024.", "false",
     {"cg24", "ng24"}),
    ("2024年、首都圏の地価は全国平均の2倍のペースで上昇した。", "false", {"cg24", "ng24"}),
    ("The capital region's land prices rose three times faster than the national average in 2024.", "false",
     {"cg24", "ng24"}),
    ("The national average land price rose three times as fast as the capital region's in 2024.", "true",
     {"ng24", "cg24"}),
    # H4: +3 % / +1 against +100 % / +5 (the levels, 31 against 10, say the other way)
    ("Norland's net interest rose more than its defense spending in 2024.", "false", None),
    ("Norland's net interest grew faster than its defense spending.", "false", None),
    ("ノーランドの純利払い費は国防費より大きく増えた。", "false", None),
    ("ノーランドの純利払い費の伸びは国防費を上回った。", "false", None),
    ("Norland's defense spending rose more than its net interest in 2024.", "true", None),
    ("ノーランドの国防費は純利払い費より大きく増えた。", "true", None),
    # the levels themselves still compare
    ("In 2024 Norland's net interest was bigger than its defense spending.", "true", {"i24", "d24"}),
    ("2024年、ノーランドの純利払い費は国防費を上回った。", "true", {"i24", "d24"}),
    # M2: the latest values are of different periods (2024 and 2023): unknown, not 2022's 5 < 8
    ("Norland's debt is now bigger than its pension spending.", "unverifiable", None),
    ("ノーランドの債務残高は年金支出を上回った。", "unverifiable", None),
    ("Norland's pension spending is now smaller than its debt.", "unverifiable", None),
    # a figure of its own (a ratio) compares values of one time: 2023's 1 against 100, not 2023 against 2024
    ("The capital region's private investment is about one hundredth of Norland's.", "true", {"cv23", "v23"}),
    ("首都圏の民間投資額はノーランドの約100分の1だ。", "true", {"cv23", "v23"}),
]


@pytest.mark.parametrize(("claim", "expected", "evidence"), CASES)
def test_changes_are_compared_not_levels(
    pack: Pack, claim: str, expected: str, evidence: set[str] | None
) -> None:
    d = diagnose(claim, pack, as_of="2025-06")
    assert d.rating == expected
    if evidence is not None:
        assert set(d.checks[0].evidence) == evidence
