"""A simple fraction said of a share kept in percent (docs/verdict-rules.md §4.5, session 13): it is
a share, compared as an exact figure within 2 % and a rounded one's 10 % (mostly true), not as a
multiple within a factor 1.05 — "two-thirds" for 63.9 % is 4 % short, a small stretch (blind round
12 supp-two-thirds, its writer's mostly true), in English and Japanese."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["bonds", "補正予算の財源に占める国債の割合", "share of the extra budget financed by bonds", "%",
     "bond financing", "", "share", ""],
]
OBSERVATIONS = [
    ["b24", "NL", "bonds", "2024", "66.2", "%", "stat", ""],
    ["b25", "NL", "bonds", "2025", "63.9", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "fraction-shares", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "expected"), [
    # 63.9 %: 4.2 % short of two-thirds
    ("In 2025 two-thirds of Norland's extra budget was financed by bonds.", "mostly_true"),
    ("In 2025 the share of the extra budget financed by bonds was two-thirds.", "mostly_true"),
    ("2025年のノーランドの補正予算の財源に占める国債の割合は3分の2だった。", "mostly_true"),
    # 66.2 %: within 2 %
    ("In 2024 the share of the extra budget financed by bonds was two-thirds.", "true"),
    ("2024年のノーランドの補正予算の財源に占める国債の割合は3分の2だった。", "true"),
    # far off
    ("In 2025 the share of the extra budget financed by bonds was a half.", "false"),
])
def test_a_fraction_of_a_share_in_percent_is_a_share(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack).rating == expected
