"""A change against the period before (「前年より3割以上増えた」, "bigger than it was a year ago") whose
level has no value of that period is read on the level's growth sibling: the pack's measure of the
percent change of that level (kind ``growth``, or a name that says a change), one of whose names
holds the level's, at the claimed period itself (docs/verdict-rules.md §4.13, "A growth sibling for a
level's missing step"). Blind round 17 jp-condo-prices used-deals-2025 and round 14b us-eggs
flock-bigger. A level kept in % has no such sibling (a change of a rate may be in points)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["deals", "中古住宅成約件数", "Used home sales", "count", "成約件数;used home sales", "", "count", ""],
    ["deals_g", "中古住宅成約件数の前年比", "Change in used home sales", "%", "", "", "growth", ""],
    ["flock", "採卵鶏の総羽数", "All laying hens", "count", "laying flock;採卵鶏", "true", "count", ""],
    ["flock_yoy", "採卵鶏総羽数の前年比", "All laying hens change from a year earlier", "%", "", "true",
     "amount", ""],
    ["rate", "成約率", "Sale rate", "%", "sale rate", "", "share", ""],
    ["rate_g", "成約率の前年比", "Sale rate change", "%", "", "", "growth", ""],
]
OBSERVATIONS = [
    ["d25", "NL", "deals", "2025", "49114", "count", "stat", ""],
    ["g25", "NL", "deals_g", "2025", "31.9", "%", "stat", ""],
    ["f1", "NL", "flock", "2025-09-01", "366000000", "count", "stat", ""],
    ["fy1", "NL", "flock_yoy", "2025-09-01", "-1", "%", "stat", ""],
    ["r25", "NL", "rate", "2025", "40", "%", "stat", ""],
    ["rg25", "NL", "rate_g", "2025", "5", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "growth-sibling", METRICS, OBSERVATIONS, language="ja")


@pytest.mark.parametrize(("said", "rating"), [
    ("ノーランドの中古住宅成約件数は2025年に約4万9000件と、前年より3割以上増えた", "true"),
    ("ノーランドの中古住宅成約件数は2025年に前年を下回った", "false"),
    ("Norland's laying flock is now bigger than it was a year ago.", "false"),
    ("Norland's used home sales were higher in 2025 than a year earlier.", "true"),
])
def test_the_growth_sibling_says_the_step(pack: Pack, said: str, rating: str) -> None:
    d = diagnose(said, pack, as_of="2026-02-01")
    assert d.rating == rating, said
    used = {i for c in d.checks for i in c.evidence}
    assert used & {"g25", "fy1"}, said


def test_a_size_is_read_on_the_sibling(pack: Pack) -> None:
    d = diagnose("ノーランドの中古住宅成約件数は2025年に前年より5割以上増えた", pack, as_of="2026-02-01")
    assert d.rating in ("mostly_false", "false", "half_true")


def test_a_rate_has_no_sibling(pack: Pack) -> None:
    # a rate's change may be in points: its step is not read off a percent change
    d = diagnose("ノーランドの成約率は2025年に前年を上回った", pack, as_of="2026-02-01")
    assert d.rating == "unverifiable"


@pytest.mark.parametrize("said", [
    "Norland's used home sales bounced back in 2025.",
    "ノーランドの中古住宅成約件数は2025年に回復した。",
])
def test_bounced_back_is_a_rise(pack: Pack, said: str) -> None:
    # "bounce back" is a recovery, a change upwards as "rebound" and 回復 are (blind round 15
    # jp-fisheries salmon-rebound-en: read on the growth measure's -64.1 %, false)
    d = diagnose(said, pack, as_of="2026-02-01")
    assert d.rating == "true", said
    assert [i for c in d.checks for i in c.evidence] == ["g25"], said
