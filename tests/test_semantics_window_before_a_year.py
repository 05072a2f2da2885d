"""A window that ends at a year (docs/verdict-rules.md §4.1, a window before a year; review session 27
R1): "before 2021", 「2021年より前」「2020年以前」 speak of the years up to it, so the year's own value and
later ones never settle the claim (unknown), where they had made a true claim false."""

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


@pytest.mark.parametrize("claim", [
    "Norland's carbon price was below 30 euros a tonne before 2021.",
    "Before 2021, Norland's carbon price never exceeded 30 euros a tonne.",
    "Prior to 2021, Norland's carbon price was below 30 euros a tonne.",
    "ノーランドの炭素価格は2021年より前は1トン30ユーロ未満だった。",
    "ノーランドの炭素価格は2020年以前に一度も1トン30ユーロを超えたことがない。",
])
def test_a_window_that_ends_at_a_year_is_not_read_from_it_on(pack: Pack, claim: str) -> None:
    found = diagnose(claim, pack, as_of="2025-06")
    assert found.rating == "unverifiable"
    assert found.checks[0].result == "unknown"


@pytest.mark.parametrize(("claim", "expected"), [
    # negatives: the year itself, a window from it, and a figure of the year are read as before
    ("Norland's carbon price was below 30 euros a tonne in 2020.", "true"),
    ("Norland's carbon price was below 30 euros a tonne in 2021.", "false"),
    ("ノーランドの炭素価格は2021年に1トン55ユーロだった。", "true"),
    ("ノーランドの炭素価格は2021年以降、1トン50ユーロを超えている。", "true"),
])
def test_a_year_said_alone_is_read_as_before(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2025-06").rating == expected
