"""A value set against "the height of the energy crisis", "its peak", 「ピーク時」 with no date of
its own: the latest value at the claim's date against the highest earlier value of the series
(blind round 8b uk-inflation bills-higher)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: versus-peak
title: {ja: "光熱費", en: "Energy bills"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["reg", "Regulator", "Office", "", "2025", "government", "en"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
METRICS = [
    METRIC_HEADER,
    ["bill", "標準世帯の光熱費", "Typical energy bill", "EUR", "energy bills;光熱費", "false", "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["b1", "NL", "bill", "2021-10", "1300", "EUR", "reg", ""],
    ["b2", "NL", "bill", "2022-10", "2500", "EUR", "reg", ""],
    ["b3", "NL", "bill", "2024-10", "1700", "EUR", "reg", ""],
    ["b4", "NL", "bill", "2026-01", "1750", "EUR", "reg", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("versus-peak")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_higher_than_at_the_height_is_a_new_peak(pack: Pack) -> None:
    d = diagnose("Energy bills are higher today than at the height of the energy crisis.", pack,
                 as_of="2026-02-01")
    assert d.checks[0].evidence == ["b2", "b4"] and d.rating == "false"
    lower = diagnose("Energy bills are lower today than at their peak.", pack, as_of="2026-02-01")
    assert lower.rating == "true"


def test_japanese_peak(pack: Pack) -> None:
    d = diagnose("光熱費は今、ピーク時より低い", pack, as_of="2026-02-01")
    assert d.checks[0].evidence == ["b2", "b4"] and d.rating == "true"
