"""Fractions, multiples and comparisons read as what they are (docs/verdict-rules.md §2, §4.1, §4.6,
§4.7), in English and Japanese where the language has the construction, on small packs built here.

- "a quarter" after "by" or a hedge is the fraction of a change, not a step of a quarter ("dropped
  by roughly a quarter since 2016": x0.77 holds; "5% a quarter" stays a size per step).
- A multiple of a pace ("twice as fast as", 「2倍のペースで」) sets two rates against each other:
  never a multiple of the subject's own level; "the national average" is the country's figure.
- 「過去10年平均の10倍」: an average named by its window is a measure, not a window of a change.
- A year before "<word> low" ("its 2021 pandemic low") dates the value; 「東京都の2024年の…は」 is
  the clause's topic with the year between.
- A part and its whole as two measures, the whole said as such (「輸出全体の約1割を占めた」).
- One subject's two measures set against each other with no figure (「純利払い費は国防費を上回った」,
  "interest is bigger than Social Security") compare the two.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["starts", "住宅着工戸数", "housing starts", "count", "housing starts;住宅着工", "", "count", ""],
    ["land", "地価変動率", "land price change", "%", "land prices;地価", "", "growth", ""],
    ["burned", "焼失面積", "area burned", "ha", "area burned;焼失面積", "", "amount", ""],
    ["burned_avg", "焼失面積の過去10年平均", "10-year average area burned", "ha",
     "10-year average;過去10年平均", "", "amount", ""],
    ["inflow", "転入超過数", "net inflow", "count", "net inflow;転入超過数", "", "count", ""],
    ["interest", "純利払い費", "net interest", "USD", "net interest;純利払い費", "", "amount", ""],
    ["defense", "国防費", "defense spending", "USD", "defense spending;国防費", "", "amount", ""],
    ["liquor", "酒類の輸出額", "alcohol exports", "JPY", "酒類の輸出額;alcohol exports", "", "amount", ""],
    ["food", "農林水産物の輸出額", "agri-food exports", "JPY", "農林水産物の輸出額;agri-food exports", "",
     "amount", ""],
]
OBSERVATIONS = [
    ["h16", "NL", "starts", "2016", "967237", "count", "stat", ""],
    ["h20", "NL", "starts", "2020", "815340", "count", "stat", ""],
    ["h25", "NL", "starts", "2025", "740667", "count", "stat", ""],  # x0.77 of 2016
    ["l25", "NL", "land", "2025", "2.7", "%", "stat", ""],
    ["lc25", "capital", "land", "2025", "5.2", "%", "stat", ""],  # x1.93 the nation's
    ["b23", "NL", "burned", "2023", "18400000", "ha", "stat", ""],
    ["a23", "NL", "burned_avg", "2023", "2750000", "ha", "stat", ""],  # x6.7
    ["i21", "capital", "inflow", "2021", "5433", "count", "stat", ""],
    ["i24", "capital", "inflow", "2024", "79285", "count", "stat", ""],  # x14.6
    ["n24", "NL", "interest", "FY2024", "881", "USD", "stat", ""],
    ["d24", "NL", "defense", "FY2024", "855", "USD", "stat", ""],
    ["q24", "NL", "liquor", "2024", "1337", "JPY", "stat", ""],
    ["f24", "NL", "food", "2024", "15073", "JPY", "stat", ""],  # 8.9 %
]
ENTITIES = [["capital", "other", "首都圏", "Capital region", "首都圏;capital region", "NL"]]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "fractions-read-right", METRICS, OBSERVATIONS, entities=ENTITIES)


STARTS, LAND, BURNED = {"h16", "h25"}, {"lc25", "l25"}, {"b23", "a23"}
INFLOW, BUDGET, EXPORTS = {"i21", "i24"}, {"n24", "d24"}, {"q24", "f24"}
CASES = [
    # -23 % for "roughly a quarter": the fraction is the change's size, and it holds
    ("Norland's housing starts have dropped by roughly a quarter since 2016.", "2026-02", "true", STARTS),
    ("Norland's housing starts have dropped by a quarter since 2016.", "2026-02", "mostly_true", STARTS),
    ("ノーランドの住宅着工戸数は2016年から約4分の1減った。", "2026-02", "true", STARTS),
    # "a third" for -23 %: the size is read, and it misses
    ("Norland's housing starts have dropped by a third since 2016.", "2026-02", "mostly_false", STARTS),
    # "5% a quarter" stays a pace per quarter (36 such steps are far more than x0.77)
    ("Norland's housing starts have dropped by 5% a quarter since 2016.", "2026-02", "false", None),
    # 5.2 % against the nation's 2.7 %: x1.93, just short of "more than twice"
    ("The capital region's land prices rose more than twice as fast as the national average in 2025.",
     "2025-04", "mostly_true", LAND),
    ("首都圏の地価は2025年に全国平均の2倍以上の伸びだった。", "2025-04", "mostly_true", LAND),
    # no comparand: the subject's own +5.2 % (x1.052) does not settle a pace against another's
    ("The capital region's land prices rose twice as fast in 2025.", "2025-04", "unverifiable", None),
    ("首都圏の地価は2025年に2倍のペースで上昇した。", "2025-04", "unverifiable", None),
    ("Norland's housing starts fell twice as fast in 2025.", "2025-04", "unverifiable", None),
    # 18.4 M ha against the 10-year average's 2.75 M: x6.7
    ("2023年のノーランドの焼失面積は過去10年平均の10倍に達した。", "2024-02", "mostly_false", BURNED),
    ("2023年のノーランドの焼失面積は過去10年平均の約7倍だった。", "2024-02", "true", BURNED),
    ("In 2023 Norland's area burned was about seven times its 10-year average.", "2024-02", "true",
     BURNED),
    # the capital region's 2024 value against its own 2021 one, x14.6
    ("The capital region's net inflow in 2024 was roughly 15 times its 2021 pandemic low.", "2025-02", "true",
     INFLOW),
    ("首都圏の2024年の転入超過数は2021年の約15倍だった。", "2025-02", "true", INFLOW),
    # one subject's two measures, the first named against the second
    ("2024年度、ノーランドの純利払い費は国防費を上回った。", "2025-02", "true", BUDGET),
    ("In fiscal 2024 Norland's net interest was bigger than its defense spending.", "2025-02", "true",
     BUDGET),
    ("In fiscal 2024 Norland's defense spending was bigger than its net interest.", "2025-02", "false",
     BUDGET),
    ("2024年度、ノーランドの国防費は純利払い費を上回った。", "2025-02", "false", BUDGET),
    # a part and its whole as two measures, the whole said as such: 8.9 %
    ("2024年、ノーランドの酒類の輸出額は農林水産物の輸出額全体の約1割を占めた。", "2025-02", "mostly_true",
     EXPORTS),
    ("In 2024 Norland's alcohol exports were about 9% of the total of its agri-food exports.", "2025-02",
     "true", EXPORTS),
    ("2024年、ノーランドの酒類の輸出額は農林水産物の輸出額全体の3割を占めた。", "2025-02", "false", EXPORTS),
    # a whole said as such that names no measure (「輸出全体」): the part is the measure named first
    # (blind m6)
    ("2024年、ノーランドの酒類の輸出額は農林水産物の輸出額の中で輸出全体の約1割を占めた。", "2025-02",
     "mostly_true", EXPORTS),
    # review H7: the whole is the measure the words name, not the larger; the smaller one is no whole
    ("In 2024, Norland's agri-food exports were about 10% of total alcohol exports.", "2025-02",
     "unverifiable", None),
    ("2024年、ノーランドの農林水産物の輸出額は酒類の輸出額全体の約1割を占めた。", "2025-02", "unverifiable",
     None),
    ("In 2024, Norland's alcohol exports were about 9% of total agri-food exports.", "2025-02", "true",
     EXPORTS),
]


@pytest.mark.parametrize(("claim", "as_of", "expected", "evidence"), CASES)
def test_fractions_multiples_and_comparisons_read_right(
    pack: Pack, claim: str, as_of: str, expected: str, evidence: set[str] | None
) -> None:
    d = diagnose(claim, pack, as_of=as_of)
    assert d.rating == expected
    if evidence is not None:
        assert set(d.checks[0].evidence) == evidence
