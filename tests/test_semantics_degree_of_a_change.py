"""大きく before any verb of change (縮小, 拡大, 低下 …) and "a big / huge drop" assert a large change, as
「大きく減少」 and "sharply" do (docs/verdict-rules.md §4.13, "A sharp change on a small step"): on two
values less than 5 % apart the direction holds only in part (half), in Japanese and English, on a
small pack built here (blind round 17c us-tariff-revenue deficit-big-drop-ja, 「大きく縮小した」 for a
fall of 0.2 %: a wrong true). 「増え方が大きく鈍り」 speaks of the pace, not the level, and is no such word.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["deficit", "貿易赤字", "trade deficit", "USD", "trade deficit;貿易赤字", "", "amount", ""],
    ["exports", "輸出額", "exports", "USD", "exports;輸出", "", "amount", ""],
    ["sales_g", "販売台数の伸び率", "sales growth", "%", "sales;販売台数;販売", "", "growth", ""],
]
OBSERVATIONS = [
    ["d24", "NL", "deficit", "2024", "1000", "USD", "stat", ""],
    ["d25", "NL", "deficit", "2025", "998", "USD", "stat", ""],  # a fall of 0.2 %
    ["x24", "NL", "exports", "2024", "1000", "USD", "stat", ""],
    ["x25", "NL", "exports", "2025", "1010", "USD", "stat", ""],  # a rise of 1 %
    ["g25", "NL", "sales_g", "2025", "-1.5", "%", "stat", ""],  # one growth rate: a fall of 1.5 %
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "degree-of-a-change", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "plain"), [
    ("ノーランドの貿易赤字は2025年に大きく縮小した。", "ノーランドの貿易赤字は2025年に縮小した。"),
    ("ノーランドの輸出額は2025年に大きく拡大した。", "ノーランドの輸出額は2025年に拡大した。"),
    ("Norland's trade deficit saw a big drop in 2025.", "Norland's trade deficit fell in 2025."),
    ("Norland's exports saw a big rise in 2025.", "Norland's exports rose in 2025."),
    # the rest of the family of degree words (session 18): 著しく, 劇的に, 急拡大, 大きな + a noun of
    # change, "significantly", "markedly", "slumped"
    ("ノーランドの貿易赤字は2025年に著しく減少した。", "ノーランドの貿易赤字は2025年に減少した。"),
    ("ノーランドの貿易赤字は2025年に大きな減少となった。", "ノーランドの貿易赤字は2025年に減少した。"),
    ("ノーランドの輸出額は2025年に急拡大した。", "ノーランドの輸出額は2025年に拡大した。"),
    ("ノーランドの輸出額は2025年に飛躍的に伸びた。", "ノーランドの輸出額は2025年に伸びた。"),
    ("Norland's trade deficit fell significantly in 2025.", "Norland's trade deficit fell in 2025."),
    ("Norland's exports rose markedly in 2025.", "Norland's exports rose in 2025."),
    ("Norland's trade deficit slumped in 2025.", "Norland's trade deficit fell in 2025."),
])
def test_a_word_of_a_large_change_on_a_small_step_holds_only_in_part(
    pack: Pack, claim: str, plain: str
) -> None:
    check = diagnose(claim, pack).checks[0]
    assert check.result == "partly" and check.credit == 0.5
    assert diagnose(claim, pack).rating == "half_true"
    assert diagnose(plain, pack).checks[0].result == "holds"


@pytest.mark.parametrize(("claim", "plain"), [
    ("ノーランドの販売台数は2025年に急減した。", "ノーランドの販売台数は2025年に減少した。"),
    ("Norland's sales plunged in 2025.", "Norland's sales fell in 2025."),
])
def test_a_word_of_a_large_change_on_a_small_growth_rate_holds_only_in_part(
    pack: Pack, claim: str, plain: str
) -> None:
    # one value of a growth rate (-1.5 %) is the same change as two levels 1.5 % apart
    assert diagnose(claim, pack).rating == "half_true"
    assert diagnose(plain, pack).rating == "true"
