"""An obligation is no negation (docs/verdict-rules.md, `OBLIGATION_JA`), in the past too:
「5%に引き上げざるを得なかった」「引き上げなければならなかった」 say the rate was raised, as "had to
raise" does (session 14 review, pack rate: false -> true); in ja and en."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["rate", "政策金利", "policy rate", "%", "", "", "", ""]]
OBSERVATIONS = [
    ["r22", "NL", "rate", "2022", "3", "%", "stat", ""],
    ["r23", "NL", "rate", "2023", "5", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "obligation-past", METRICS, OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    "ノーランド中央銀行は2023年に政策金利を5%に引き上げざるを得なかった。",
    "ノーランド中央銀行は2023年に政策金利を5%に引き上げなければならなかった。",
    "ノーランド中央銀行は2023年に政策金利を5%に引き上げざるを得ない状況だった。",
    "Norland's central bank had to raise its policy rate to 5% in 2023.",
])
def test_a_past_obligation_is_no_negation(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack, as_of="2024-03-01").rating == "true", claim
