"""What a measure is not (docs/verdict-rules.md §4.11): a definition that says what its measure
does not count ("…, not only new airports built", 「…。実際の世帯数ではない」) names a reading a
claim may take; a statement that holds on the figure but writes that reading says something of
another thing than the measure, and fails. A statement in the measure's own words still holds,
and a method qualifier ("not adjusted for inflation") is no such reading. One small pack, both
languages.
"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["airport_projects", "空港事業数", "airport projects", "count", "airports;airport works", "", "count",
     "projects in the programme, including upgrading of existing airports, not only new airports built"],
    ["aid_households", "生活保護受給世帯数（延べ）", "welfare households (cumulative)", "count",
     "受給世帯;受給世帯数", "", "count", "各月の受給世帯数の年間合計（延べ数）。実際の世帯数ではない"],
    ["fees_growth", "授業料の上昇率", "tuition growth", "%", "tuition;college costs", "", "growth",
     "percent change of the tuition index since 2000, in current prices, not adjusted for inflation"],
]
OBSERVATIONS = [
    ["ap-24", "NL", "airport_projects", "2024", "197", "count", "stat", ""],
    ["hh-24", "NL", "aid_households", "2024", "1200000", "count", "stat", ""],
    ["fg-24", "NL", "fees_growth", "2024", "180", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "measure-is-not", METRICS, OBSERVATIONS)


def test_a_claim_that_writes_what_the_measure_is_not_fails(pack: Pack) -> None:
    for said in ("In 2024 Norland built 200 airports.", "2024年の実際の受給世帯は120万世帯だった。"):
        d = diagnose(said, pack)
        assert d.rating == "false", said
        assert d.checks[0].result == "fails", said
        assert "定義" in d.checks[0].reason or "by its definition" in d.checks[0].reason, said


def test_the_measures_own_words_still_hold(pack: Pack) -> None:
    for said in ("In 2024 Norland had 197 airport projects.", "2024年の受給世帯数（延べ）は120万世帯だった。",
                 # the claim's own negation agrees with the definition's
                 "In 2024 Norland had 197 airport projects, not just new airports built."):
        assert diagnose(said, pack).rating in ("true", "mostly_true"), said


def test_a_method_qualifier_is_not_a_reading(pack: Pack) -> None:
    said = "By 2024 Norland's college costs had risen 180% since 2000, far faster than inflation."
    d = diagnose(said, pack)
    assert d.checks  # (the claim is checked: no check would pass the line below by default)
    assert all("by its definition" not in c.reason for c in d.checks)
