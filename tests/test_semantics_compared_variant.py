"""Two entities compared on a measure only one of them has ("Norland's jobless rate is nearly
double the EU average", where the EU has only the harmonised rate) are compared on the variant of
that measure both are observed on: same unit and kind, the measure's name inside the variant's
("Harmonised unemployment rate"), observed for the most entities of the pack (the writer's measure
for comparing them; a youth rate named alike but kept for fewer is not it). Blind round 8c
spain-jobs nearly-double."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["EU", "organization", "欧州連合", "European Union", "EU;EU average;EU平均", ""],
    ["DE", "country", "ドイツ", "Germany", "", ""],
]
METRICS = [
    ["ur", "失業率", "Unemployment rate (LFS)", "%", "jobless rate;unemployment", "false", "share", ""],
    ["hur", "失業率（統一基準）", "Harmonised unemployment rate", "%", "", "false", "share", ""],
    ["yur", "若年失業率", "Youth unemployment rate", "%", "youth jobless rate", "false", "share", ""],
]
OBSERVATIONS = [
    ["u1", "NL", "ur", "2025-Q3", "10.4", "%", "stat", ""],
    ["h1", "NL", "hur", "2025-10", "10.5", "%", "stat", ""],
    ["h2", "EU", "hur", "2025-10", "6.0", "%", "stat", ""],
    ["h3", "DE", "hur", "2025-10", "3.9", "%", "stat", ""],
    ["y1", "NL", "yur", "2025-10", "25.0", "%", "stat", ""],
    ["y2", "EU", "yur", "2025-10", "14.8", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "compared-variant", METRICS, OBSERVATIONS, entities=ENTITIES)


def test_two_entities_are_compared_on_the_variant_both_have(pack: Pack) -> None:
    d = diagnose("Norland's jobless rate is higher than the EU average.", pack, as_of="2025-12-01")
    assert d.checks[0].kind == "comparison" and sorted(d.checks[0].evidence) == ["h1", "h2"]
    assert d.rating == "true"
    lower = diagnose("Norland's jobless rate is lower than the EU average.", pack, as_of="2025-12-01")
    assert lower.rating == "false"


def test_japanese_comparison_on_the_variant(pack: Pack) -> None:
    d = diagnose("ノーランドの失業率はEU平均を上回っている", pack, as_of="2025-12-01")
    assert sorted(d.checks[0].evidence) == ["h1", "h2"] and d.rating == "true"
