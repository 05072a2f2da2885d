"""Review findings of session 18 (H2, H5, H6, H9, M3), each a wrong true or a flip, fixed
(docs/verdict-rules.md §4.8 "A balance ranked on its side", §4.13 "A growth sibling is the level's
name plus words of a change", "A record of a change: amount or rate", §2 "A nameless claim in a
regional pack", §4.7 "The level before a multiple")."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

_PREFS = [
    ["A", "government", "A県", "Aken", "", "NL"],
    ["B", "government", "B県", "Bken", "", "NL"],
    ["C", "government", "C県", "Cken", "", "NL"],
]
_NET = [["nm", "転入超過数", "Net migration", "people", "", "true", "count", ""]]


def _rating(pack: Pack, said: str, as_of: str) -> str:
    return diagnose(said, pack, as_of=as_of).rating


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "balance-mixed", _NET, [
        ["a", "A", "nm", "2024", "-10000", "people", "stat", ""],
        ["b", "B", "nm", "2024", "-5000", "people", "stat", ""],
        ["c", "C", "nm", "2024", "20000", "people", "stat", ""],
    ], entities=_PREFS)


@pytest.fixture(scope="module")
def all_in(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "balance-inflows", _NET, [
        ["a", "A", "nm", "2024", "1000", "people", "stat", ""],
        ["b", "B", "nm", "2024", "5000", "people", "stat", ""],
        ["c", "C", "nm", "2024", "20000", "people", "stat", ""],
    ], entities=_PREFS)


@pytest.mark.parametrize(("said", "rating"), [
    # Cken had a net inflow: it had no outflow at all, least of all the smallest (H2)
    ("Cken had the smallest net outflow of any prefecture in 2024.", "false"),
    ("2024年、転出超過が最も少なかったのはC県だった。", "false"),
    # Bken's -5,000 is the smallest of the two outflows
    ("Bken had the smallest net outflow of any prefecture in 2024.", "true"),
    ("Aken had the largest net outflow of any prefecture in 2024.", "true"),
    ("2024年、転出超過が最も多かったのはA県だった。", "true"),
    ("Cken had the largest net inflow of any prefecture in 2024.", "true"),
])
def test_a_balance_is_ranked_among_the_members_on_the_claimed_side(
    mixed: Pack, said: str, rating: str
) -> None:
    assert _rating(mixed, said, "2025-06-01") == rating, said


@pytest.mark.parametrize("said", [
    "Aken had the largest net outflow of any prefecture in 2024.",
    "2024年、転出超過が最も多かったのはA県だった。",
    "Cken had the smallest net outflow of any prefecture in 2024.",
])
def test_no_outflow_anywhere_is_no_largest_outflow(all_in: Pack, said: str) -> None:
    assert _rating(all_in, said, "2025-06-01") == "false", said


_EXPORTS = ["ex", "輸出額", "Exports", "USD", "", "true", "amount", ""]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    # +300 (+30 %) in 2019, +250 (+50 %) in 2021: the biggest rise by amount is 2019's, by rate 2021's
    return small_pack(tmp_path_factory, "record-amount", [
        _EXPORTS,
        ["exg", "輸出額の前年比", "Exports change from a year earlier", "%", "", "true", "growth", ""],
    ], [
        ["a18", "NL", "ex", "2018", "1000", "USD", "stat", ""],
        ["a19", "NL", "ex", "2019", "1300", "USD", "stat", ""],
        ["a20", "NL", "ex", "2020", "500", "USD", "stat", ""],
        ["a21", "NL", "ex", "2021", "750", "USD", "stat", ""],
        ["g19", "NL", "exg", "2019", "30", "%", "stat", ""],
        ["g20", "NL", "exg", "2020", "-61.5", "%", "stat", ""],
        ["g21", "NL", "exg", "2021", "50", "%", "stat", ""],
    ])


@pytest.mark.parametrize(("said", "rating"), [
    # an amount is the level's difference (H5)
    ("Norland's exports rose by a record amount in 2021.", "false"),
    ("2021年のノーランドの輸出額の増加幅は過去最大だった。", "false"),
    # a rise or 増加 may be of the amount or of the rate: the two disagree
    ("Norland's exports posted the biggest annual rise on record in 2021.", "unverifiable"),
    ("2021年のノーランドの輸出額は過去最大の増加だった。", "unverifiable"),
    # a rate is the growth sibling's
    ("2021年のノーランドの輸出額の増加率は過去最大だった。", "true"),
    ("Norland's exports posted their fastest annual increase on record in 2021.", "true"),
])
def test_a_record_amount_is_ranked_on_the_levels_differences(records: Pack, said: str, rating: str) -> None:
    assert _rating(records, said, "2022-06-01") == rating, said


@pytest.fixture(scope="module")
def other_sibling(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "other-sibling", [
        _EXPORTS,
        ["exc", "対中輸出額の前年比", "Exports to China change from a year earlier", "%", "", "true",
         "growth", ""],
    ], [
        ["a22", "NL", "ex", "2022", "80", "USD", "stat", ""],
        ["a24", "NL", "ex", "2024", "100", "USD", "stat", ""],
        ["c24", "NL", "exc", "2024", "40", "%", "stat", ""],
    ])


@pytest.mark.parametrize("said", [
    "2024年のノーランドの輸出額は前年より3割以上増えた。",
    "Norland's exports in 2024 were more than 30% bigger than a year ago.",
])
def test_the_growth_of_another_measure_is_no_sibling(other_sibling: Pack, said: str) -> None:
    # 「対中輸出額の前年比」 holds 輸出額 in its name but is the change of exports to China (H6)
    assert _rating(other_sibling, said, "2025-06-01") == "unverifiable", said


@pytest.fixture(scope="module")
def region(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "region-starts", [
        ["hs", "新設住宅着工戸数", "Housing starts", "units", "", "true", "count", ""],
    ], [
        ["t22", "TK", "hs", "2022", "125000", "units", "stat", ""],
        ["t23", "TK", "hs", "2023", "120000", "units", "stat", ""],
        ["j23", "JP", "hs", "2023", "820000", "units", "stat", ""],
        ["j24", "JP", "hs", "2024", "790000", "units", "stat", ""],
    ], entities=[["JP", "country", "日本", "Japan", "全国", ""]],
        country=["TK", "government", "東京都", "Tokyo", "", "JP"])


@pytest.mark.parametrize(("said", "rating"), [
    # the subject merely lacks 2024: the claim is of the subject, not settled on the country (H9)
    ("Housing starts fell in 2024.", "unverifiable"),
    ("新設住宅着工戸数は2024年に減少した。", "unverifiable"),
    # a figure of the country's scale only (Tokyo's are 6x smaller): the country's
    ("新設住宅着工戸数は2024年に80万戸を下回った。", "true"),
    # the claimed figure says whose it is
    ("Housing starts were about 120,000 in 2023.", "true"),
    ("2023年の新設住宅着工戸数は約12万戸だった。", "true"),
    ("Housing starts were about 820,000 in 2023.", "true"),
])
def test_a_nameless_claim_in_a_regional_pack_stays_the_subjects(
    region: Pack, said: str, rating: str
) -> None:
    assert _rating(region, said, "2025-06-01") == rating, said


@pytest.fixture(scope="module")
def burned(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "level-multiple", [
        ["ba", "焼失面積", "Area burned", "ha", "", "false", "amount", ""],
    ], [
        ["b19", "NL", "ba", "2019", "500", "ha", "stat", ""],
        ["b21", "NL", "ba", "2021", "100", "ha", "stat", ""],
        ["b23", "NL", "ba", "2023", "300", "ha", "stat", ""],
    ])


@pytest.mark.parametrize(("said", "rating"), [
    # the figure after "was" is the level reached, the multiple relates it to 2021's (M3)
    ("Norland's area burned was 300 ha in 2023, triple its 2021 pandemic low.", "true"),
    ("Norland's area burned was 300 ha in 2023, triple its 2021 level.", "true"),
    ("2023年のノーランドの焼失面積は300haで、2021年の3倍だった。", "true"),
    ("Norland's area burned was 300 ha in 2023, five times its 2021 level.", "mostly_false"),
    ("Norland's area burned was 200 ha in 2023, double its 2021 level.", "false"),
])
def test_a_level_before_a_multiple_is_the_level_reached(burned: Pack, said: str, rating: str) -> None:
    assert _rating(burned, said, "2024-06-01") == rating, said
