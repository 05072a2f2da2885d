"""A window that ends at a year (docs/verdict-rules.md §4.1, a window that ends at a year; review
session 27 R1, read in session 28): "before 2021", 「2021年より前」「2020年以前」, "until 2021",
「2020年まで」 and a range "from 2015 to 2018" / 「2015年から2018年まで」 close the window a "never"
speaks of: its values only, from its start (else the series' own) to its end; the year after the
window and later ones never settle it."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["price", "炭素価格", "carbon price", "EUR/t", "", "false", "amount", ""]]
OBSERVATIONS = [
    [f"o{y}", "NL", "price", str(y), str(v), "EUR/t", "stat", ""]
    for y, v in [(2018, 15), (2019, 25), (2020, 25), (2021, 55), (2022, 80), (2023, 85), (2024, 65)]
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "window-before", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    # before / より前 leave the year out; 以前 / まで take it in; the series' start opens the window
    ("Before 2021, Norland's carbon price never exceeded 30 euros a tonne.", "true"),
    ("Before 2022, Norland's carbon price never exceeded 30 euros a tonne.", "false"),
    ("Until 2021, Norland's carbon price had never exceeded 30 euros a tonne.", "true"),
    ("ノーランドの炭素価格は2021年より前に一度も1トン30ユーロを超えたことがない。", "true"),
    ("ノーランドの炭素価格は2020年以前に一度も1トン30ユーロを超えたことがない。", "true"),
    ("ノーランドの炭素価格は2021年以前に一度も1トン30ユーロを超えたことがない。", "false"),
    # a range closes the window at its second end (it had been read from its first on)
    ("From 2018 to 2020, Norland's carbon price never exceeded 30 euros a tonne.", "true"),
    ("Between 2018 and 2020, Norland's carbon price never exceeded 30 euros a tonne.", "true"),
    ("ノーランドの炭素価格は2018年から2020年まで一度も1トン30ユーロを超えなかった。", "true"),
    ("From 2018 to 2021, Norland's carbon price never exceeded 30 euros a tonne.", "false"),
    # a window whose start the series does not hold is not shown whole
    ("From 2016 to 2020, Norland's carbon price never exceeded 30 euros a tonne.", "unverifiable"),
])
def test_a_never_reads_the_window_the_claim_closes(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2025-06").rating == expected


@pytest.mark.parametrize("claim", [
    # a level before a year (no never): some time of the window, not read yet (the guard)
    "Norland's carbon price was below 30 euros a tonne before 2021.",
    "Prior to 2021, Norland's carbon price was below 30 euros a tonne.",
    "ノーランドの炭素価格は2021年より前は1トン30ユーロ未満だった。",
])
def test_a_level_before_a_year_is_not_read_from_it_on(pack: Pack, claim: str) -> None:
    found = diagnose(claim, pack, as_of="2025-06")
    assert found.rating == "unverifiable"
    assert found.checks[0].result == "unknown"


@pytest.mark.parametrize(("claim", "expected"), [
    # negatives: the year itself, a window from it, a figure of the year, a never since a year
    ("Norland's carbon price was below 30 euros a tonne in 2020.", "true"),
    ("Norland's carbon price was below 30 euros a tonne in 2021.", "false"),
    ("ノーランドの炭素価格は2021年に1トン55ユーロだった。", "true"),
    ("ノーランドの炭素価格は2021年以降、1トン50ユーロを超えている。", "true"),
    ("Since 2021, Norland's carbon price has never fallen below 50 euros a tonne.", "true"),
    ("Since 2018, Norland's carbon price has never fallen below 20 euros a tonne.", "false"),
])
def test_a_year_said_alone_is_read_as_before(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2025-06").rating == expected
