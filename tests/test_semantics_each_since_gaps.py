"""Every period since a start, against a bound, when the pack lacks some periods of the window
(「2014年以降、毎年10万人を超えている」 with 2018-2025 held): a held value that misses the bound refutes
the claim whatever the pack lacks; every held value meeting it leaves it unknown
(docs/verdict-rules.md §4.7, "Every period since a start"). (Blind round 17b jp-tokyo-migration
always_100k.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["net", "転入超過数", "Net inflow", "count", "net inflow;転入超過", "true", "count", ""]]
OBSERVATIONS = [
    ["n1", "NL", "net", "2018", "140000", "count", "stat", ""],
    ["n2", "NL", "net", "2019", "149000", "count", "stat", ""],
    ["n3", "NL", "net", "2020", "99000", "count", "stat", ""],
    ["n4", "NL", "net", "2021", "120000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "each-since-gaps", METRICS, OBSERVATIONS)


def test_a_held_value_below_the_bound_refutes_every_year_since(pack: Pack) -> None:
    ja = diagnose("ノーランドの転入超過は2014年以降、毎年10万人を超えている", pack, as_of="2022-03-01")
    assert ja.rating in ("false", "mostly_false") and "n3" in ja.checks[0].evidence
    said = "Norland's net inflow has been above 100,000 every year since 2014."
    en = diagnose(said, pack, as_of="2022-03-01")
    assert en.rating in ("false", "mostly_false")


def test_every_held_value_meeting_the_bound_is_unknown(pack: Pack) -> None:
    said = "ノーランドの転入超過は2014年以降、毎年9万人を超えている"
    assert diagnose(said, pack, as_of="2022-03-01").rating == "unverifiable"
