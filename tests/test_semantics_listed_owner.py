"""Owners named by a list (docs/verdict-rules.md §2, "An owner named by the list of its members"): a
coordinated list of names ("Tokyo, Osaka and Nagoya areas", 「札幌・仙台・広島・福岡」) names the entity
one of whose names or aliases lists the same names, in any order and with any separators ("Three major
metropolitan areas (Tokyo, Osaka, Nagoya)", 「札幌・仙台・広島・福岡」), not the entity one of its names
is (Tokyo Metropolis). A part of the list ("Tokyo and Osaka"), or a list two entities share, names no
group (blind round 23b jp-land-prices koji2023-chiho4, mitsudai2025-res)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["METROS", "other", "三大都市圏", "Three major metropolitan areas (Tokyo, Osaka, Nagoya)",
     "三大都市圏;東京圏・大阪圏・名古屋圏", "NL"],
    ["CITIES4", "other", "地方四市", "Four major regional cities", "地方四市;札幌・仙台・広島・福岡", "NL"],
    ["TOKYO", "government", "東京都", "Tokyo Metropolis", "東京;Tokyo", "NL"],
]
METRICS = [
    ["land", "公示地価の変動率", "official land price change", "%", "地価の変動率;land prices", "true",
     "growth", "Annual change of the official land price, all uses"],
]
OBSERVATIONS = [
    ["m2023", "METROS", "land", "2023", "2.1", "%", "stat", ""],
    ["c2023", "CITIES4", "land", "2023", "8.5", "%", "stat", ""],
    ["t2023", "TOKYO", "land", "2023", "2.8", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "listed-owner", METRICS, OBSERVATIONS, entities=ENTITIES)


def _evidence(said: str, pack: Pack) -> tuple[str, list[str]]:
    d = diagnose(said, pack, as_of="2024-03-01")
    return d.rating, [i for c in d.checks for i in c.evidence]


def test_a_list_of_its_members_names_the_group(pack: Pack) -> None:
    rating, evidence = _evidence("Land prices in the Tokyo, Osaka and Nagoya areas rose 2.1% in 2023.", pack)
    assert rating == "true"
    assert evidence == ["m2023"]
    # in another order, and checked: 2.8 % is Tokyo's, not the three areas'
    rating, evidence = _evidence("Land prices in the Nagoya, Tokyo and Osaka areas rose 2.8% in 2023.", pack)
    assert rating in ("false", "mostly_false", "half_true")
    assert evidence == ["m2023"]


def test_a_japanese_list_names_the_group(pack: Pack) -> None:
    rating, evidence = _evidence("2023年、札幌、仙台、広島、福岡の地価の変動率は8.5%だった。", pack)
    assert rating == "true"
    assert evidence == ["c2023"]


def test_a_part_of_the_list_names_no_group(pack: Pack) -> None:
    # "Tokyo and Osaka" is not the three areas: Tokyo is read, or nothing
    _, evidence = _evidence("Land prices in Tokyo and Osaka rose 2.1% in 2023.", pack)
    assert "m2023" not in evidence
