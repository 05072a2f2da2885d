"""A share said of one whole is never read on a share measure whose own name says another
(docs/verdict-rules.md §4.13, "A share of another whole": 「送金の約9割」 against 「個人送金の対GDP比」,
blind round 26d ph-remittances ja-90pct-food). 「対X比」 says its whole as 「Xに占める」 does."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["receipts", "観光収入", "Tourism receipts", "USD", "観光収入;tourism receipts;tourist spending", "true",
     "amount", ""],
    ["receipts_gdp", "観光収入の対GDP比", "Tourism receipts as share of GDP", "%",
     "観光収入のGDP比;tourism receipts share of GDP", "true", "share", "Tourism receipts divided by GDP"],
]
OBSERVATIONS = [
    ["r24", "NL", "receipts", "2024", "40000000000", "USD", "stat", ""],
    ["g24", "NL", "receipts_gdp", "2024", "8.5", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "share-another-whole", METRICS, OBSERVATIONS)


def _used(said: str, pack: Pack) -> tuple[str, set[str]]:
    d = diagnose(said, pack, as_of="2025-06-01")
    return d.rating, {i for c in d.checks for i in c.evidence}


@pytest.mark.parametrize("said", [
    "ノーランドの観光収入の約9割はホテル代に使われている。",
    "About 90% of Norland's tourism receipts go on hotels.",
])
def test_a_share_of_the_receipts_is_no_share_of_gdp(pack: Pack, said: str) -> None:
    # the share's whole is the receipts; the share measure is of GDP, which the claim never names
    rating, used = _used(said, pack)
    assert "g24" not in used, said
    assert rating == "unverifiable", said


@pytest.mark.parametrize("said", [
    "2024年のノーランドの観光収入の対GDP比は約8.5%だった。",
    "ノーランドの観光収入は2024年にGDPの約8.5%を占めた。",
    "In 2024 Norland's tourism receipts were about 8.5% of GDP.",
])
def test_the_share_of_the_whole_said_is_read(pack: Pack, said: str) -> None:
    # negative: the whole said is the measure's own (GDP), so its share settles the figure
    rating, used = _used(said, pack)
    assert "g24" in used, said
    assert rating == "true", said
