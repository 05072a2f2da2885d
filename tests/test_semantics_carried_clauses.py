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


# -- what a clause compares with: the period before, the end of a change ---------------------------

SERIES_YAML = """\
id: carried-periods
title: {ja: "節が補う時期", en: "Periods clauses carry"}
language: ja
subject: AU
"""
SERIES_ENTITIES = [
    ENTITY_HEADER,
    ["AU", "country", "豪州", "Austland", "", ""],
    ["GRID", "other", "主要電力網", "main grid", "NEM", "AU"],
    ["TX", "government", "テキサス", "Texas", "", "US"],
    ["US", "country", "米国", "United States", "national;nationally", ""],
]
SERIES_METRICS = [
    METRIC_HEADER,
    ["ren_q", "再エネ比率(四半期)", "quarterly renewable share", "%", "再エネ比率", "true", "share", ""],
    ["harvest", "収穫量", "harvest", "t", "収穫量", "true", "amount", ""],
    ["grad", "高校卒業率", "graduation rate", "%", "graduation rate", "true", "share", ""],
]
SERIES_OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["q1", "GRID", "ren_q", "2024-Q4", "46", "%", "stat", ""],
    ["q2", "GRID", "ren_q", "2025-Q1", "43", "%", "stat", ""],
    ["q3", "GRID", "ren_q", "2025-Q4", "51", "%", "stat", ""],
    ["h0", "AU", "harvest", "2016", "7496000", "t", "stat", ""],
    ["h1", "AU", "harvest", "2024", "6792000", "t", "stat", ""],
    ["h2", "AU", "harvest", "2025", "7468000", "t", "stat", ""],
    ["g1", "TX", "grad", "2001", "65", "%", "stat", ""],
    ["g2", "TX", "grad", "2009", "61.3", "%", "stat", ""],
    ["g3", "US", "grad", "2001", "80", "%", "stat", ""],
    ["g4", "US", "grad", "2009", "69.3", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("carried-periods")
    rows = (SOURCES, SERIES_ENTITIES, EVENTS, SERIES_METRICS, SERIES_OBSERVATIONS)
    return load_pack(write_rows_pack(folder, SERIES_YAML, *rows))


def test_the_period_before_is_where_the_coordinated_change_starts(series: Pack) -> None:
    head = "2025年10〜12月期、豪州の主要電力網の再エネ比率は51%に達し、"
    second = parse(head + "前年同期の46%から上昇した。", series).statements[1]
    # the measure is the grid's (豪州 only places it), over the same quarter a year apart
    assert second.entities[0] == "GRID"
    assert [p.period.text for p in second.periods] == ["2024-Q4", "2025-Q4"]
    d = diagnose(head + "前年同期の46%から上昇した。", series)
    assert [c.result for c in d.checks] == ["holds", "holds"] and "q2" not in d.checks[1].evidence
    assert diagnose(head + "前年同期の56%から低下した。", series).checks[1].result == "fails"
    harvest = "2025年の豪州の収穫量は746万8千トンで、前年より67万6千トン"
    assert diagnose(harvest + "増えた。", series).rating == "true"
    assert diagnose(harvest + "減った。", series).rating != "true"


def test_a_comparison_after_a_change_is_of_where_the_change_ended(series: Pack) -> None:
    head = "Texas's graduation rate fell from 65% in 2001 to 61.3% in 2009, "
    second = parse(head + "below the national 69.3%.", series).statements[1]
    assert [p.period.text for p in second.periods] == ["2009"]
    assert second.numbers[0].unit == "%"  # the national value, not 69.3% of it
    d = diagnose(head + "below the national 69.3%.", series)
    assert [c.result for c in d.checks] == ["holds", "holds"] and "g4" in d.checks[1].evidence
    assert diagnose(head + "above the national 69.3%.", series).checks[1].result == "fails"


def test_a_clause_that_only_dates_the_figure_before_it(series: Pack) -> None:
    en = "The national graduation rate was 69.3%, reached in {}."
    second = parse(en.format(2009), series).statements[1]
    assert second.metrics[:1] == ("grad",) and second.numbers[0].quantity.value == 69.3
    assert [c.result for c in diagnose(en.format(2009), series).checks] == ["holds", "holds"]
    assert diagnose(en.format(2001), series).checks[1].result == "fails"
    ja = "米国の高校卒業率69.3%は、{}年の値である"
    assert [c.result for c in diagnose(ja.format(2009), series).checks][1] == "holds"
    assert diagnose(ja.format(2001), series).checks[1].result == "fails"


def test_a_record_since_a_year_is_set_at_the_previous_clauses_period(series: Pack) -> None:
    claim = "2025年の豪州の収穫量は746万8千トンで、{}年以来{}年ぶりの多さとなった。"
    second = parse(claim.format(2016, 9), series).statements[1]
    assert [(p.period.text, p.role) for p in second.periods] == [("2025", None), ("2016", "since")]
    assert diagnose(claim.format(2016, 9), series).rating == "true"
    # 2016 (higher) is inside a window opened in 2010: no record since then
    assert diagnose(claim.format(2010, 15), series).checks[1].result == "fails"


def test_a_topic_of_its_own_with_mo_keeps_the_previous_measure_out(series: Pack) -> None:
    # 「輸出量も」: the same is said of another thing the pack does not hold, not of the harvest
    other = parse("2025年の豪州の収穫量は過去最多となり、輸出量も過去最多を記録した。", series).statements[1]
    assert "harvest" not in other.metrics
    assert diagnose("2025年の豪州の収穫量は746万8千トンで、輸出量も過去最多だった。", series).rating != "true"
    # 「2025年も」: a period with も is no other topic; 「最も」 is no も
    again = parse("2024年の豪州の収穫量は679万2千トンで、2025年も746万8千トンだった。", series).statements[1]
    assert again.metrics[:1] == ("harvest",)
    lowest = parse("2025年の豪州の収穫量は746万8千トンで、2016年以来最も多かった。", series).statements[1]
    assert lowest.metrics[:1] == ("harvest",)
