"""A window said by its length that starts at an event ("within a year of the new trade deal",
「協定の発効から1年で」) is no count back from the latest value: unknown unless the pack dates it
(review H11); an era year before 年で (「令和3年で」) is a year, not a length (review L4)
(src/shingi/pipeline/checks/changes.py `_length_from_an_event`, `_LENGTH_OF_CHANGE_JA`)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["ex", "輸出額", "Exports", "USD", "", "true", "amount", ""]]
OBSERVATIONS = [
    [f"e{y}", "NL", "ex", str(y), str(v), "USD", "stat", ""]
    for y, v in ((2018, 100), (2019, 50), (2020, 60), (2021, 70), (2022, 105))
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "length-from-event", METRICS, OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    "Norland's exports rose 50% within a year of the new trade deal.",
    "Norland's exports rose 50% in a year after the new trade deal.",
    "After the new trade deal, Norland's exports rose 50% in a year.",
    "新しい貿易協定の発効から1年でノーランドの輸出額は5割増えた。",
    "新しい貿易協定が発効して1年でノーランドの輸出額は5割増えた。",
])
def test_a_length_from_an_event_is_not_the_latest_year(pack: Pack, claim: str) -> None:
    # 2021 -> 2022 is x1.50, but the deal's year is not in the pack
    assert diagnose(claim, pack, as_of="2023-06-01").rating == "unverifiable"


@pytest.mark.parametrize("claim", [
    "Norland's exports rose by half in a year.", "ノーランドの輸出額は1年で5割増えた。",
])
def test_a_bare_length_counts_back_from_the_latest_value(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2023-06-01")
    assert d.rating == "true" and sorted(d.checks[0].evidence) == ["e2021", "e2022"]


def test_an_era_year_is_no_length(pack: Pack) -> None:
    # 令和3年 is 2021 (60 -> 70, x1.17), not a three-year window (2019 -> 2022, x2.1)
    d = diagnose("ノーランドの輸出額は令和3年で2倍以上に増えた。", pack, as_of="2023-06-01")
    assert d.rating not in ("true", "mostly_true")
    assert "e2019" not in d.checks[0].evidence
