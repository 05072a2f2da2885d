"""A value set against "the height of the energy crisis", "its peak", 「ピーク時」 with no date of
its own: the latest value at the claim's date against the highest earlier value of the series
(blind round 8b uk-inflation bills-higher)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["bill", "標準世帯の光熱費", "Typical energy bill", "EUR", "energy bills;光熱費", "false", "amount", ""],
]
OBSERVATIONS = [
    ["b1", "NL", "bill", "2021-10", "1300", "EUR", "stat", ""],
    ["b2", "NL", "bill", "2022-10", "2500", "EUR", "stat", ""],
    ["b3", "NL", "bill", "2024-10", "1700", "EUR", "stat", ""],
    ["b4", "NL", "bill", "2026-01", "1750", "EUR", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "versus-peak", METRICS, OBSERVATIONS)


def test_higher_than_at_the_height_is_a_new_peak(pack: Pack) -> None:
    d = diagnose("Energy bills are higher today than at the height of the energy crisis.", pack,
                 as_of="2026-02-01")
    assert d.checks[0].evidence == ["b2", "b4"] and d.rating == "false"
    lower = diagnose("Energy bills are lower today than at their peak.", pack, as_of="2026-02-01")
    assert lower.rating == "true"


def test_japanese_peak(pack: Pack) -> None:
    d = diagnose("光熱費は今、ピーク時より低い", pack, as_of="2026-02-01")
    assert d.checks[0].evidence == ["b2", "b4"] and d.rating == "true"
