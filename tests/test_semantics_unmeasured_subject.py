"""A thing the pack does not measure (docs/verdict-rules.md §4.13): when the head noun of a
clause's subject is in no measure's names, aliases or definition, a measure matched only by the
words around it is a neighbour, and the claim stays unverifiable rather than being graded on it
(blind round 12c jp-bear-incidents population-80k: the bear population against bears captured)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["captures", "クマの捕獲数", "Bears captured", "count", "捕獲数;bears captured", "", "count",
     "Bears captured in the fiscal year."],
    ["victims", "クマによる被害者数", "People attacked by bears", "count", "被害者数;bear attack victims",
     "false", "count", "People injured or killed by bears."],
]
OBSERVATIONS = [
    ["c23", "NL", "captures", "2023", "9276", "count", "stat", ""],
    ["v23", "NL", "victims", "2023", "219", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "unmeasured-subject", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(
    "claim",
    [
        "ノーランドのクマの推定生息数は8万頭を超えている。",
        "Norland's bear population is now more than 80,000.",
    ],
)
def test_a_thing_no_measure_has_is_unverifiable(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2024-06-01")
    assert d.rating == "unverifiable" and not d.checks[0].evidence


@pytest.mark.parametrize(
    "claim",
    ["ノーランドのクマの捕獲数は2023年に9276頭だった。", "Norland's bear captures were 9,276 in 2023."],
)
def test_the_measure_said_is_still_read(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2024-06-01")
    assert d.checks[0].evidence == ["c23"] and d.rating == "true"
