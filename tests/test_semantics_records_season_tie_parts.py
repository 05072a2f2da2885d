"""Records of one part of the year, ties, a level said beside a rank, a change against a period after
より / than, and periods counted back from the claim's date (docs/verdict-rules.md §4.8 "Records of
a season, ties and levels beside a rank", §2 "A change against a period after than / より", §4.4
"Last quarter, 先月"). Development: blind round 18 jp-heatstroke t_june_2025, h_deaths_record,
h_tokyo_12000, h_deaths_2024_vs_2018; jp-gasoline rec2025; us-measles deaths-most-ever (the
negative: a figure naming the subject); mx-nearshoring remit_70 (a record after a change)."""

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
from shingi.normalize.periods import period_of_month
from shingi.pack.load import load_pack
from shingi.pipeline.claims.periods import steps_from_now
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: season-records
title: {ja: "季節の記録", en: "Season records"}
language: ja
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "ja"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["A", "other", "アルファ州", "Alpha", "", "NL"],
    ["B", "other", "ベータ州", "Beta", "", "NL"],
]
METRICS = [
    METRIC_HEADER,
    ["cases_month", "月間の救急搬送人員", "monthly ambulance cases", "persons", "搬送者;ambulance cases",
     "false", "count", ""],
    ["deaths", "死者数", "deaths", "persons", "死者;deaths", "false", "count", ""],
    ["price", "燃料価格", "fuel price", "JPY", "燃料価格;fuel price", "false", "amount", ""],
    ["cases", "年間の救急搬送人員", "yearly ambulance cases", "persons", "年間搬送者;yearly cases", "false",
     "count", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["m1", "NL", "cases_month", "2023-06", "12000", "persons", "stat", ""],
    ["m2", "NL", "cases_month", "2023-07", "50000", "persons", "stat", ""],
    ["m3", "NL", "cases_month", "2024-06", "15000", "persons", "stat", ""],
    ["m4", "NL", "cases_month", "2024-07", "45000", "persons", "stat", ""],
    ["m5", "NL", "cases_month", "2025-06", "17000", "persons", "stat", ""],
    ["m6", "NL", "cases_month", "2025-07", "40000", "persons", "stat", ""],
    ["d1", "NL", "deaths", "2018", "160", "persons", "stat", ""],
    ["d2", "NL", "deaths", "2024", "120", "persons", "stat", ""],
    ["d3", "NL", "deaths", "2025", "116", "persons", "stat", ""],
    ["p1", "NL", "price", "2023-09", "186.5", "JPY", "stat", ""],
    ["p2", "NL", "price", "2024-06", "175", "JPY", "stat", ""],
    ["p3", "NL", "price", "2025-04", "186.5", "JPY", "stat", ""],
    ["c1", "A", "cases", "2025", "9300", "persons", "stat", ""],
    ["c2", "B", "cases", "2025", "7200", "persons", "stat", ""],
    ["q1", "NL", "deaths", "2025-Q2", "30", "persons", "stat", ""],
    ["q2", "NL", "deaths", "2025-Q3", "80", "persons", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("season-records")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def _season(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2025-08-01").rating


def test_a_record_for_a_month_ranks_among_the_same_month(pack: Pack) -> None:
    # June 2025 (17,000) is below July 2023 (50,000) but the most of any June
    assert _season(pack, "2025年6月の搬送者は6月としては過去最多だった。") == "true"
    assert _season(pack, "Ambulance cases in June 2025 were the most for any June.") == "true"
    assert _season(pack, "Ambulance cases in June 2025 were the most ever.") == "false"


def test_without_the_season_words_every_month_ranks(pack: Pack) -> None:
    # negative: a plain record of June 2025 is against every month
    assert _season(pack, "2025年6月の搬送者は過去最多だった。") == "false"
    assert _season(pack, "Ambulance cases hit a record in June 2025.") == "false"


def test_a_tie_with_the_record_is_half_not_a_new_record(pack: Pack) -> None:
    d = diagnose("2025年4月、燃料価格は過去最高を更新した", pack, as_of="2025-05-01")
    assert d.rating == "half_true"
    assert "並んだ" in d.checks[0].reason
    d = diagnose("The fuel price hit a record high in April 2025.", pack, as_of="2025-05-01", lang="en")
    assert d.rating == "half_true"
    assert "tie" in d.checks[0].reason


def test_a_tie_said_as_a_tie_holds(pack: Pack) -> None:
    # negative: "tied its record" says the tie, which holds
    text = "The fuel price tied its record high in April 2025."
    assert diagnose(text, pack, as_of="2025-05-01", lang="en").rating == "true"


def test_a_level_beside_a_failing_record_is_checked(pack: Pack) -> None:
    # 116 is no record (160 in 2018), but "well over 100" holds: half
    text = "Deaths hit a record in 2025, with well over 100 people dead."
    assert diagnose(text, pack, as_of="2025-12-01", lang="en").rating == "half_true"
    # negative: the level fails too
    text = "Deaths hit a record in 2025, with well over 300 people dead."
    assert diagnose(text, pack, as_of="2025-12-01", lang="en").rating == "false"


def test_a_level_beside_a_first_place_is_checked(pack: Pack) -> None:
    # a first place that holds beside a figure that fails is no longer true (the figure is checked;
    # how much it misses is §2's grading-scale rule)
    text = "Alpha had the most yearly cases of any region in 2025, over 12,000 of them."
    assert diagnose(text, pack, as_of="2025-12-01", lang="en").rating in ("half_true", "mostly_false")
    # negative: a level that holds keeps the first place true
    text = "Alpha had the most yearly cases of any region in 2025, over 9,000 of them."
    assert diagnose(text, pack, as_of="2025-12-01", lang="en").rating == "true"


def test_a_figure_naming_the_subject_does_not_halve_a_failing_record(pack: Pack) -> None:
    # 「2025年の死者116人は」: the figure names what is ranked; the statement is the record
    assert diagnose("2025年の死者116人は過去最多だった。", pack, as_of="2025-12-01").rating == "false"
    text = "The 116 deaths in 2025 were the most ever."
    assert diagnose(text, pack, as_of="2025-12-01", lang="en").rating == "false"


def test_a_change_against_a_period_after_than_takes_the_clause_before(pack: Pack) -> None:
    text = "2024年の死者は120人で、2018年よりも増えた。"
    assert diagnose(text, pack, as_of="2025-01-01").rating == "half_true"
    text = "2025年の死者は116人で、2024年よりも減った。"
    assert diagnose(text, pack, as_of="2026-01-01").rating == "true"
    text = "Deaths were 120 in 2024, more than in 2018."
    assert diagnose(text, pack, as_of="2025-01-01", lang="en").rating == "half_true"
    text = "Deaths were 116 in 2025, fewer than in 2024."
    assert diagnose(text, pack, as_of="2026-01-01", lang="en").rating == "true"


def test_last_quarter_counts_back_from_the_claims_date(pack: Pack) -> None:
    # said in November 2025: last quarter is 2025-Q3 (80); said in August, 2025-Q2 (30)
    d = diagnose("Deaths reached 80 last quarter.", pack, as_of="2025-11-06", lang="en")
    assert d.rating == "true"
    assert d.checks[0].evidence == ["q2"]
    assert diagnose("Deaths reached 30 last quarter.", pack, as_of="2025-08-01", lang="en").rating == "true"
    assert diagnose("Deaths reached 80 last quarter.", pack, as_of="2025-08-01", lang="en").rating != "true"


def test_a_quarter_of_a_named_year_is_no_step_from_now() -> None:
    # negative: "the last quarter of 2024" and 前四半期比 are not counted back from the date
    now = period_of_month(2025, 11)
    assert steps_from_now("in the last quarter of 2024", now) == []
    assert steps_from_now("前四半期比で3%増えた", now) == []
    assert [p.period.text for p in steps_from_now("先月は増えた", now)] == ["2025-10"]
