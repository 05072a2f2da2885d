"""A figure said with its place in one statement (「税収全体の4割を占める最大の税目」): the place and
the figure are two facts, and one right with the other wrong is half of the statement, not none
(docs/verdict-rules.md §4.8; blind round 12 jp-tax-revenue ctax-40pct: the largest tax, 33 % for
4割, half true, was false)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["ctax_share", "消費税が税収全体に占める割合", "consumption tax share of tax revenue", "%",
     "消費税の割合;share of consumption tax", "", "share", ""],
    ["ctax_rank", "基幹税のなかでの消費税の順位", "consumption tax rank among the core taxes", "rank",
     "最大の税目;largest tax", "false", "rank", ""],
    ["profit", "運用益", "return in euros", "EUR", "利益;profit", "true", "amount", ""],
]
OBSERVATIONS = [
    ["s24", "NL", "ctax_share", "2024", "33.3", "%", "stat", ""],
    ["r24", "NL", "ctax_rank", "2024", "1", "rank", "stat", ""],
    ["p24", "NL", "profit", "2024", "2.511tn", "EUR", "stat", ""],
    ["p25", "NL", "profit", "2025", "2.362tn", "EUR", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "figure-with-place", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        ("消費税はいまや税収全体の4割を占める最大の税目だ。", "half_true"),
        ("消費税はいまや税収全体の3分の1を占める最大の税目だ。", "true"),
        ("Consumption tax makes up 40% of tax revenue, the largest tax.", "half_true"),
    ],
)
def test_a_right_place_with_a_wrong_figure_is_half(pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, pack, as_of="2025-07-10").rating == rating


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        ("The fund made a record profit of 2.36 trillion euros in 2025.", "half_true"),
        ("2025年の運用益は2.36兆ユーロで過去最高だった。", "half_true"),
        ("The fund made a record profit of 3 trillion euros in 2025.", "false"),
    ],
)
def test_a_right_figure_with_a_wrong_record_is_half(pack: Pack, claim: str, rating: str) -> None:
    # the level is right and the record is not (2024 was higher): one of two facts
    assert diagnose(claim, pack, as_of="2026-02-01").rating == rating
