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


EACH_ENTITIES = [
    ["METROS", "other", "三大都市圏（東京・大阪・名古屋）",
     "Three major metropolitan areas (Tokyo, Osaka, Nagoya)",
     "Tokyo, Osaka and Nagoya areas;東京・大阪・名古屋", "NL"],
    ["TOKYO", "other", "東京", "Tokyo", "", "NL"],
    ["OSAKA", "other", "大阪", "Osaka", "", "NL"],
    ["NAGOYA", "other", "名古屋", "Nagoya", "", "NL"],
]
EACH_OBSERVATIONS = [
    ["g2024", "METROS", "land", "2024", "5.0", "%", "stat", ""],
    ["t2024", "TOKYO", "land", "2024", "1.0", "%", "stat", ""],
    ["o2024", "OSAKA", "land", "2024", "2.0", "%", "stat", ""],
    ["n2024", "NAGOYA", "land", "2024", "3.0", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def each_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "listed-each", METRICS, EACH_OBSERVATIONS, entities=EACH_ENTITIES)


@pytest.mark.parametrize(
    "said",
    [
        "Land prices rose more than 4% in each of Tokyo, Osaka and Nagoya in 2024.",
        "Land prices in Tokyo, Osaka and Nagoya all rose more than 4% in 2024.",
        "2024年の東京、大阪、名古屋の地価の変動率はそれぞれ4%を超えた。",
    ],
)
def test_a_list_said_of_each_item_names_the_members_not_the_group(each_pack: Pack, said: str) -> None:
    # review session 24 link-2: the group's 5 % is no answer for every member (1 %, 2 %, 3 %)
    d = diagnose(said, each_pack, as_of="2025-06-01")
    evidence = {i for c in d.checks for i in c.evidence}
    assert "g2024" not in evidence
    assert d.rating in ("false", "mostly_false")


def test_a_list_with_no_distributive_word_still_names_the_group(each_pack: Pack) -> None:
    for said in (
        "Land prices in Tokyo, Osaka and Nagoya rose more than 4% in 2024.",
        "2024年の東京、大阪、名古屋の地価の変動率は4%を超えた。",
    ):
        d = diagnose(said, each_pack, as_of="2025-06-01")
        assert d.rating == "true"
        assert [i for c in d.checks for i in c.evidence] == ["g2024"]
