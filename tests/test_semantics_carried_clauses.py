"""What a coordinated clause leaves to the clause before it (docs/verdict-rules.md §2, Context),
in Japanese and English, on small packs built here: each test asserts one rule's behaviour.

- 「外国籍世帯は4万7317世帯で、全体の2.87%だった」, "…have 208 positions, about 3.6 percent of
  the city's roughly 5,800": a percentage of a whole (全体の / of the total / of a named whole's)
  in a clause with no subject of its own is the previous clause subject's share of that whole,
  read on the one percentage measure of the part or of the whole that shares words with the
  previous figure's measure; the whole's own figure is a statement of its own. When two share
  measures fit as well, nothing is carried (no guess).
- 「中小組合の賃上げ率は4.65%で、前年を0.20ポイント上回った」 "Inflation fell to 2.4% in 2024, but
  it is back above 3% now": a coordinated clause with no subject and no measure takes the
  previous clause's measure (and period) when that clause names a measure and no one."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

PACK_YAML = """\
id: carried-clauses
title: {ja: "節が補う主語", en: "What clauses carry"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["stat", "Welfare statistics", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["FH", "other", "外国籍の受給世帯", "foreign-headed households", "外国籍世帯;foreign households", "NL"],
    ["OFF", "other", "北区の部局", "Northside offices", "北区;Northside offices", "NL"],
    ["CITY", "government", "市", "City of Brook", "the city;Brook", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["hh", "受給世帯数", "households on assistance", "世帯", "受給世帯", "", "count", ""],
    ["fshare", "受給世帯のうち外国籍世帯の割合", "share of foreign households on assistance", "%",
     "外国籍の割合", "", "share", ""],
    ["fte", "職員数", "budgeted positions", "FTE", "positions;職員", "", "count", ""],
    ["fte_share", "市の職員に占める割合", "share of the city's budgeted positions", "%", "", "", "share", ""],
    ["rate", "物価上昇率", "inflation rate", "%", "inflation;インフレ率", "false", "ratio", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["h1", "FH", "hh", "2023", "47317", "世帯", "stat", ""],
    ["h2", "NL", "hh", "2023", "1650000", "世帯", "stat", ""],
    ["s1", "NL", "fshare", "2023", "2.87", "%", "stat", ""],
    ["f1", "OFF", "fte", "2012", "208", "FTE", "stat", ""],
    ["f2", "CITY", "fte", "2012", "5800", "FTE", "stat", ""],
    ["f3", "OFF", "fte_share", "2012", "3.6", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("carried-clauses")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_share_of_the_whole_is_the_previous_subjects_share(pack: Pack) -> None:
    claim = "2023年、外国籍世帯の受給世帯数は4万7317世帯で、全体の2.87%だった。"
    second = parse(claim, pack).statements[1]
    assert second.metrics[0] == "fshare" and second.numbers[0].unit == "%"
    assert set(second.entities) >= {"FH"}
    d = diagnose(claim, pack)
    assert [c.result for c in d.checks] == ["holds", "holds"]
    assert d.rating == "true"
    wrong = "2023年、外国籍世帯の受給世帯数は4万7317世帯で、全体の28.7%だった。"
    assert [c.result for c in diagnose(wrong, pack).checks] == ["holds", "fails"]


def test_a_share_of_a_named_whole_in_english_and_the_wholes_figure(pack: Pack) -> None:
    head = "In 2012 the Northside offices had 208 budgeted FTE positions, about 3.6 percent of the city's"
    claim = f"{head} roughly 5,800."
    d = diagnose(claim, pack)
    assert [c.result for c in d.checks] == ["holds", "holds", "holds"]
    assert "f3" in d.checks[1].evidence and "f2" in d.checks[2].evidence
    wrong = f"{head} roughly 9,000."
    assert [c.result for c in diagnose(wrong, pack).checks] == ["holds", "holds", "fails"]


def test_no_share_is_guessed_when_two_share_measures_fit(pack: Pack, tmp_path: Path) -> None:
    estimate = "share of foreign households on assistance (estimate)"
    name = "受給世帯のうち外国籍世帯の割合(推計)"
    fshare2 = ["fshare2", name, estimate, "%", "外国籍の割合", "", "share", ""]
    metrics = [*METRICS, fshare2]
    # (no count of the whole either: the share cannot be worked out from counts)
    s2 = ["s2", "NL", "fshare2", "2023", "28.7", "%", "stat", ""]
    observations = [*(o for o in OBSERVATIONS if o[0] != "h2"), s2]
    two = load_pack(write_rows_pack(tmp_path, PACK_YAML, SOURCES, ENTITIES, EVENTS, metrics, observations))
    for claim in ("2023年、外国籍世帯の受給世帯数は4万7317世帯で、全体の28.7%だった。",
                  "2023年、外国籍世帯の受給世帯数は4万7317世帯で、全体の2.87%だった。"):
        second = parse(claim, two).statements[1]
        assert not {"fshare", "fshare2"} & set(second.metrics)
        assert diagnose(claim, two).checks[1].result == "unknown"


def test_a_clause_with_no_subject_says_more_of_the_previous_measure(pack: Pack) -> None:
    claim = "Inflation fell to 2.4% in 2024, but it is back above 3% now."
    second = parse(claim, pack).statements[1]
    assert second.metrics[:1] == ("rate",) and "metric" in second.inherited
    ja = "インフレ率は2024年に2.4%まで下がったが、今は3%を上回っている。"
    assert parse(ja, pack).statements[1].metrics[:1] == ("rate",)
