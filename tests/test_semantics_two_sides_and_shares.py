"""Two sides of one measure, a figure said of each of several, and a share of a whole held as two
counts (docs/verdict-rules.md §2, §4.5, §4.6, session 19): "each" after a list says the figure of
every member (blind round 18 big4-150k); "about as many as" / 「ほぼ同数」 is parity of the two
sides, a fifth apart mostly false (blind round 18 fr-es, mf_osaka_tokyo); "more than a quarter of
the 42 million borrowers are in default" is the share 5.3 / 42, never the two counts' direction
(round 18 quarter-default, a wrong true); in English and Japanese."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Diagnosis, Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["WM", "other", "ウェストマーク", "Westmark", "", "NL"],
    ["EH", "other", "イーストホルム", "Eastholm", "", "NL"],
    ["SV", "other", "サウスヴェイル", "Southvale", "", "NL"],
    ["NU", "organization", "北部連合", "Northern Union", "", ""],
]
METRICS = [
    ["applicants", "初回申請者数", "first-time applicants", "count", "申請者;applicants", "", "count", ""],
    ["borrowers", "借り手数", "loan borrowers", "count", "借り手;borrowers", "", "count", ""],
    # the aggregate's coverage dated in its definition ("… from 2021"): no running total from 2021
    ["arrivals", "到着者数", "arrivals registered", "count", "arrivals;到着者", "", "count",
     "Arrivals counted where they landed. Norland total is N-28 for 2014-2016 and N-27 from 2021."],
    ["borrowers_default", "デフォルト中の借り手数", "loan borrowers in default", "count",
     "in default;デフォルト", "false", "count", ""],
]
OBSERVATIONS = [
    ["a_wm", "WM", "applicants", "2024", "130900", "count", "stat", ""],
    ["a_eh", "EH", "applicants", "2024", "164000", "count", "stat", ""],
    ["a_sv", "SV", "applicants", "2024", "160000", "count", "stat", ""],
    ["b", "NL", "borrowers", "2025", "42000000", "count", "stat", ""],
    ["r_wm", "WM", "arrivals", "2024", "229700", "count", "stat", ""],
    ["r_eh", "EH", "arrivals", "2024", "164000", "count", "stat", ""],
    ["r_sv", "SV", "arrivals", "2024", "130900", "count", "stat", ""],
    ["r_nu", "NU", "arrivals", "2024", "600000", "count", "stat", ""],
    ["bd", "NL", "borrowers_default", "2025", "5300000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "two-sides", METRICS, OBSERVATIONS, entities=ENTITIES)


def _why(d: Diagnosis) -> list[tuple[str, str, str]]:
    return [(c.kind, c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(("claim", "expected"), [
    # 130,900 against 164,000: a fifth apart, near but not the same (mostly false)
    ("Westmark received about as many first-time applicants as Eastholm in 2024.", "mostly_false"),
    ("Westmark and Eastholm saw roughly the same number of first-time applicants in 2024.", "mostly_false"),
    ("2024年、ウェストマークの初回申請者数はイーストホルムとほぼ同数だった。", "mostly_false"),
    ("2024年の初回申請者数は、ウェストマークとイーストホルムでほぼ同じだった。", "mostly_false"),
    # 160,000 against 164,000: within a tenth, the parity holds
    ("Southvale received about as many first-time applicants as Eastholm in 2024.", "true"),
    ("2024年、サウスヴェイルの初回申請者数はイーストホルムと同じくらいだった。", "true"),
])
def test_parity_of_two_sides(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert [c.kind for c in d.checks] == ["comparison"], _why(d)
    assert d.rating == expected, _why(d)


def test_as_many_as_a_figure_is_no_parity(pack: Pack) -> None:
    # "as many as 164,000" bounds a number; no second side is named
    d = diagnose("Eastholm received as many as 164,000 first-time applicants in 2024.", pack)
    assert all(c.kind != "comparison" for c in d.checks), _why(d)
    assert d.rating == "true", _why(d)


def test_a_multiple_said_with_as_many_as_is_no_parity(pack: Pack) -> None:
    # "twice as many … as": a multiple (164,000 / 130,900 = x1.25), not parity
    d = diagnose("Eastholm received twice as many first-time applicants as Westmark in 2024.", pack)
    assert [c.kind for c in d.checks] == ["comparison"], _why(d)
    assert d.rating in ("false", "mostly_false"), _why(d)


@pytest.mark.parametrize(("claim", "expected"), [
    # 5.3 / 42 = 12.6 %: not more than a quarter (the two counts' direction would hold it); x1.98,
    # beyond the calibration's factor 1.8 (§5.1)
    ("More than a quarter of the 42 million loan borrowers in Norland are in default.", "false"),
    ("Less than a quarter of the 42 million loan borrowers in Norland are in default.", "true"),
])
def test_a_share_of_a_whole_held_as_two_counts(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack, as_of="2025-12-01")
    assert [c.kind for c in d.checks] == ["share"], _why(d)
    assert d.rating == expected, _why(d)
    assert sorted(d.checks[0].evidence) == ["b", "bd"]
    assert "12.6 %" in d.checks[0].reason


@pytest.mark.parametrize("claim", [
    "ノーランドの借り手の4分の1以上がデフォルト状態だ。",
    "ノーランドの借り手4200万人のうち4分の1以上がデフォルト状態だ。",
])
def test_a_japanese_fraction_of_a_whole_is_never_a_ratio_of_the_counts(pack: Pack, claim: str) -> None:
    # 「借り手の4分の1以上が」: the fraction is the subject of the verb, a part of its whole; 以上が
    # is no rise. Never the two counts set against each other (true on 42 mn > 5.3 mn)
    d = diagnose(claim, pack, as_of="2025-12-01")
    assert all(c.kind not in ("comparison", "change") for c in d.checks), _why(d)
    assert d.rating not in ("true", "mostly_true"), _why(d)


@pytest.mark.parametrize(("claim", "expected", "results"), [
    # "each" floated after the list: the figure is said of every member (Southvale's 130,900 fails)
    ("In 2024 Westmark, Eastholm and Southvale each received more than 150,000 arrivals.", "half_true",
     ["holds", "holds", "fails"]),
    ("In 2024 Westmark and Eastholm each received more than 150,000 arrivals.", "true", ["holds", "holds"]),
    ("2024年、ウェストマークとイーストホルムとサウスヴェイルはいずれも15万人超の到着者を受け入れた。",
     "half_true", ["holds", "holds", "fails"]),
])
def test_a_figure_said_of_each_of_several(pack: Pack, claim: str, expected: str, results: list[str]) -> None:
    d = diagnose(claim, pack)
    assert [c.result for c in d.checks] == results, _why(d)
    assert d.rating == expected, _why(d)


def test_each_year_is_no_list_of_members(pack: Pack) -> None:
    # "each year" names no members: one statement of the subject named
    d = diagnose("Westmark received more than 150,000 arrivals each year in 2024.", pack)
    assert len(d.checks) == 1, _why(d)
    assert d.rating == "true", _why(d)


def test_a_figure_after_a_ranking_is_the_ranked_ones(pack: Pack) -> None:
    # 「北部連合で最も多いのはウェストマークで、約23万人」: the union is where the ranking is made (で
    # before 最も); the figure after it is the ranked member's, never the union's 600,000
    d = diagnose("2024年、北部連合で最も多い到着者はウェストマークで、約23万人だった。", pack)
    assert all("60" not in c.reason for c in d.checks), _why(d)
    assert d.rating not in ("false", "mostly_false"), _why(d)
