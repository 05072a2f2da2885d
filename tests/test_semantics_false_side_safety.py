"""Readings that turned a false-ish claim true-ish or a true-ish one false (docs/verdict-rules.md
§4.14), in Japanese and English, on a small pack about Norland:

- a member taken off a list (「外された」, "removed from") against an event that put it on
  (「…に追加」, "added to") says the opposite (blind round 12 jp-bear-incidents delisted);
- an approximate multiple of a change that says at least twice the change found ("roughly
  doubled" for x1.36) is the wrong size, mostly false (round 12 jp-tax-revenue
  ctax-doubled-since-hike);
- the first end of a range of months (「4〜9月」) is a date, not a figure (round 12
  jp-bear-incidents h1-1-4x, sightings-1-6x)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["tax", "付加価値税収", "VAT revenue", "NLD bn", "VAT", "", "amount", ""],
    ["h1_sightings", "4〜9月の目撃件数", "April-September sightings", "count", "", "", "count", ""],
]
OBSERVATIONS = [
    ["o-tax-2019", "NL", "tax", "2019", "18.35", "NLD bn", "stat", ""],
    ["o-tax-2024", "NL", "tax", "2024", "25.02", "NLD bn", "stat", ""],
    ["o-h1-2024", "NL", "h1_sightings", "FY2024", "15832", "count", "stat", ""],
    ["o-h1-2025", "NL", "h1_sightings", "FY2025", "20792", "count", "stat", ""],
]
EVENTS = [
    ["e-listed", "2024-04-16", "", "NL", "policy",
     "オオヤマネコを保護対象種に追加", "Lynx added to the protected species list",
     "", "", "stat", "3", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "false-side", METRICS, OBSERVATIONS, events=EVENTS, language="ja")


def test_taken_off_a_list_against_put_on_it(pack: Pack) -> None:
    d = diagnose("オオヤマネコは2024年に保護対象種から外された。", pack)
    assert d.rating == "false"
    assert "逆" in d.checks[0].reason
    d = diagnose("The lynx was removed from the protected species list in 2024.", pack, lang="en")
    assert d.rating == "false"
    assert "opposite" in d.checks[0].reason
    assert diagnose("オオヤマネコは2024年に保護対象種に追加された。", pack).rating == "true"


def test_a_rough_multiple_twice_the_change_found(pack: Pack) -> None:
    d = diagnose("Norland's VAT revenue roughly doubled between 2019 and 2024.", pack, lang="en")
    assert d.rating == "mostly_false"
    assert "x1.36" in d.checks[0].reason
    ja = diagnose("ノーランドの付加価値税収は2019年から2024年に約2倍に増えた。", pack)
    assert ja.rating == "mostly_false"
    # a multiple near the change found still holds
    near = diagnose("ノーランドの付加価値税収は2019年から2024年に約1.4倍に増えた。", pack)
    assert near.rating in ("true", "mostly_true")


def test_the_first_month_of_a_range_is_not_a_figure(pack: Pack) -> None:
    d = diagnose("ノーランドの4〜9月の目撃件数は2025年度に約2万1千件だった。", pack)
    assert d.rating == "true"
    assert all(n.claimed != 4 for c in d.checks for n in c.numbers)
