"""Two readings of a measure's figure across a clause or a name (docs/verdict-rules.md §4.7 "A
fraction a change ended at", §2 "What a statement names"), in Japanese and English, on a small
pack built here:

- 「2024年は83日で、2023年の約4分の1だった」「2024年に61億円と、2022年の1割にも満たない」: a fraction
  of another period's value said after a clause that gives a figure of its own period sets the two
  periods' values against each other (a multiple), as one clause 「2024年は2023年の約4分の1」 does —
  it was read as a share of a whole (unknown, or failed on a share measure);
- 「2017年の2万6081人から、2025年には10分の1以下に減った」: a multiple of a change after a clause
  that says where it started runs from there, not from the period before its own;
- "domestic vehicle production", 「国内生産」: a domestic word inside a measure's name names the
  subject country and the measure both — the name stays whole for the measure's look-up (it was
  blanked, and a neighbour named by the rest, "… sales in Japan", was taken).
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["days", "停電日数", "outage days", "days", "停電の日数", "false", "", ""],
    ["prod", "国内生産台数", "domestic vehicle production", "vehicles", "国内生産;domestic production",
     "true", "", ""],
    ["sales", "国内新車販売台数", "new vehicle sales in Norland", "vehicles", "新車販売;domestic sales",
     "true", "", ""],
]
OBSERVATIONS = [
    ["d22", "NL", "days", "2022", "200", "days", "stat", ""],
    ["d23", "NL", "days", "2023", "335", "days", "stat", ""],
    ["d24", "NL", "days", "2024", "83", "days", "stat", ""],
    ["p23", "NL", "prod", "2023", "9000000", "vehicles", "stat", ""],
    ["p24", "NL", "prod", "2024", "8230000", "vehicles", "stat", ""],
    ["s23", "NL", "sales", "2023", "4780000", "vehicles", "stat", ""],
    ["s24", "NL", "sales", "2024", "4420000", "vehicles", "stat", ""],
]
ENTITIES = [["XX", "country", "ザンダー", "Xander", "", ""]]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    country = ["NL", "country", "ノーランド", "Norland", "ノーランド;Norland;国内;domestic", ""]
    return small_pack(
        tmp_path_factory, "fraction-after-a-figure", METRICS, OBSERVATIONS, entities=ENTITIES,
        language="ja", country=country,
    )


@pytest.mark.parametrize(("claim", "expected"), [
    ("ノーランドの停電日数は2024年に83日で、2023年の約4分の1だった。", "true"),  # 83 / 335 = 0.25
    ("ノーランドの停電日数は2024年に83日で、2023年の半分だった。", "half_true"),  # the figure holds
    ("ノーランドの停電日数は2024年に83日と、2022年の半分にも満たない。", "true"),  # 0.415
    ("ノーランドの停電日数は2024年に83日と、2023年の1割にも満たない。", "half_true"),  # 0.25
])
def test_a_fraction_of_another_period_after_a_figure(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, (d.rating, [c.reason for c in d.checks])
    fraction = d.checks[-1]
    assert fraction.kind == "change"  # the two periods' values, not a share of a whole
    assert "d24" in fraction.evidence


@pytest.mark.parametrize(("claim", "expected"), [
    ("Norland's domestic vehicle production fell in 2024 to about 8.23 million.", "true"),
    # the sales figure said of production: false (x1.86, beyond the calibration's factor 1.8, §5.1)
    ("Norland's domestic vehicle production was about 4.42 million in 2024.", "false"),
    ("2024年の国内生産は約823万台だった。", "true"),
])
def test_a_domestic_word_inside_a_measures_name(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, (d.rating, [c.reason for c in d.checks])
    assert all("p24" in c.evidence for c in d.checks)


@pytest.mark.parametrize(("claim", "expected"), [
    ("ノーランドの停電日数は2022年の200日から、2024年には約5分の2に減った。", "true"),  # 83 / 200
    # x0.415 from 2022; from 2023 (the period before 2024) it would be x0.25 and hold
    ("ノーランドの停電日数は2022年の200日から、2024年には4分の1以下に減った。", "half_true"),
])
def test_a_multiple_after_where_the_change_started(pack: Pack, claim: str, expected: str) -> None:
    # 「2017年の2万6081人から、2025年には10分の1以下に減った」: the change runs from the clause before
    d = diagnose(claim, pack)
    assert d.rating == expected, (d.rating, [c.reason for c in d.checks])
    assert "d22" in d.checks[-1].evidence


@pytest.mark.parametrize("claim", [
    # the causal から ("because") after a finite verb or だ opens no change: the multiple runs from
    # the period before its own (2023: x0.25, about a quarter), not from the 2022 of the reason
    "ノーランドでは2022年に節電対策が強化されたから、2024年には停電日数が約4分の1に減った。",
    "ノーランドでは2022年が転換点だから、2024年には停電日数が約4分の1に減った。",
])
def test_a_causal_kara_opens_no_change(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack)
    change = [c for c in d.checks if c.kind == "change"]
    assert change, (d.rating, [c.reason for c in d.checks])
    assert "d22" not in change[-1].evidence and "d23" in change[-1].evidence
    assert d.rating in ("true", "mostly_true")
