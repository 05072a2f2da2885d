"""An age band the claim states tells two measures apart (docs/verdict-rules.md, "Linking a claim to
its measure", one word, two measures): 「50歳未満の農業従事者」 names both core farm workers and those
aged 49 and under by its words, but the band 50歳未満 (= 49歳以下) is carried by the second only, so
the statement is checked on it alone — not half true as one reading of each (review of session 15,
leftovers; blind round 14 jp-farmers). A claim with no band still reads the plain measure."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["core", "基幹的農業従事者数", "Core farm workers", "persons", "基幹的農業従事者;core farmers", "true",
     "count", ""],
    ["core_u49", "基幹的農業従事者数（49歳以下）", "Core farm workers aged 49 and under", "persons",
     "49歳以下の基幹的農業従事者", "true", "count", ""],
]
OBSERVATIONS = [
    ["c2024", "NL", "core", "2024", "1114000", "persons", "stat", ""],
    ["u2024", "NL", "core_u49", "2024", "125000", "persons", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "band-sibling", METRICS, OBSERVATIONS, language="ja")


@pytest.mark.parametrize("said", [
    "ノーランドの50歳未満の農業従事者は2024年に12万5千人だった。",
    "ノーランドの49歳以下の農業従事者は2024年に12万5千人だった。",
    "Norland's farm workers aged under 50 numbered 125,000 in 2024.",
])
def test_the_band_picks_the_measure_that_carries_it(pack: Pack, said: str) -> None:
    d = diagnose(said, pack, as_of="2025-06-01")
    assert d.rating == "true", said
    assert [i for c in d.checks for i in c.evidence] == ["u2024"], said


def test_no_band_reads_the_plain_measure(pack: Pack) -> None:
    d = diagnose("ノーランドの農業従事者は2024年に12万5千人だった。", pack, as_of="2025-06-01")
    assert d.rating == "false"
