"""Split years (docs/verdict-rules.md §2, Periods), on small packs built here: each test asserts
one rule's behaviour.

"2010-11", "2017/18", "2014-15": a school, fiscal or season year that runs from one calendar year
into the next, when the second number is the next year's last two digits. In a pack with its own
fiscal-year convention (contract 1.1 ``fiscal_year``) it is that fiscal year; in a pack without
one it is the calendar year it ends in, where yearly series store school years and split fiscal
years. Where the second number can be a month and the text is Japanese (2019/07), it is a month."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import FiscalYear, Pack
from shingi.normalize.periods import find_periods
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

SOURCES = [
    SOURCE_HEADER,
    ["stat", "Education statistics", "Office", "", "2016", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["grad", "卒業率", "graduation rate", "%", "", "true", "share"],
    ["tax", "税収", "tax revenue", "USD", "", "true", "amount"],
]
# school years stored at the year they end; fiscal years in the pack's own convention
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["g10", "NL", "grad", "2010", "85.7", "%", "stat", "school year 2009-10"],
    ["g11", "NL", "grad", "2011", "86.0", "%", "stat", "school year 2010-11"],
    ["g15", "NL", "grad", "2015", "88.4", "%", "stat", "school year 2014-15"],
]


@pytest.fixture(scope="module")
def calendar_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("split_calendar")
    pack_yaml = 'id: split-calendar\ntitle: {en: "Split years"}\nlanguage: en\nsubject: NL\n'
    return load_pack(write_rows_pack(folder, pack_yaml, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.fixture(scope="module")
def fiscal_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("split_fiscal")
    pack_yaml = ('id: split-fiscal\ntitle: {en: "Split years"}\nlanguage: en\nsubject: NL\n'
                 "fiscal_year: {start_month: 7, named_by: end}\n")
    rows = [OBSERVATIONS[0],
            ["t18", "NL", "tax", "FY2018", "1.52T", "USD", "stat", "2017/18"],
            ["t22", "NL", "tax", "FY2022", "2.03T", "USD", "stat", "2021/22"]]
    return load_pack(write_rows_pack(folder, pack_yaml, SOURCES, ENTITIES, EVENTS, METRICS, rows))


def test_a_split_year_is_one_period_not_a_year_and_a_number() -> None:
    found = find_periods("the rate was 86% in 2010-11 and 88.4% in 2014-15")
    assert [m.text for m in found] == ["2010-11", "2014-15"]
    assert [m.period.text for m in found] == ["2011", "2015"]  # the calendar year each ends in
    fy = find_periods("revenue in 2017/18", fiscal_year=FiscalYear(7, "end"))
    assert [m.period.text for m in fy] == ["FY2018"]
    assert (fy[0].period.start.isoformat(), fy[0].period.end.isoformat()) == ("2017-07-01", "2018-06-30")


def test_a_split_year_needs_the_next_year_and_leaves_japanese_months_alone() -> None:
    assert [m.period.text for m in find_periods("2019/07に発表")] == ["2019-07"]
    assert [m.period.text for m in find_periods("in 2010-13")] == ["2010"]  # not one year's span
    assert [m.period.text for m in find_periods("on 2010-11-05")] == ["2010-11-05"]


@pytest.mark.parametrize(("claim", "rating"), [
    ("Norland's graduation rate was 86% in 2010-11.", "true"),
    ("Norland's graduation rate rose from 85.7% in 2009-10 to 88.4% in 2014-15.", "true"),
    ("Norland's graduation rate was 95% in 2010-11.", "half_true"),  # 86 %: 9.5 % off (§4.1 scale)
    ("Norland's graduation rate was 70% in 2010-11.", "false"),
])
def test_a_split_year_finds_the_value_stored_at_the_year_it_ends(claim: str, rating: str,
                                                                 calendar_pack: Pack) -> None:
    assert diagnose(claim, calendar_pack).rating == rating


@pytest.mark.parametrize(("claim", "rating"), [
    ("Norland's tax revenue was $2.03 trillion in 2021/22.", "true"),
    ("Norland's tax revenue was $2.03 trillion in 2017/18.", "false"),
])
def test_a_split_year_is_the_packs_fiscal_year(claim: str, rating: str, fiscal_pack: Pack) -> None:
    assert diagnose(claim, fiscal_pack).rating == rating


@pytest.fixture(scope="module")
def april_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    """A pack that states Japan's convention itself (April, named by the start): the default's
    values, but its own (blind uk-housing: "2024-25" is its FY2024)."""
    folder: Path = tmp_path_factory.mktemp("split_april")
    pack_yaml = ('id: split-april\ntitle: {en: "Split years"}\nlanguage: en\nsubject: NL\n'
                 "fiscal_year: {start_month: 4, named_by: start}\n")
    rows = [OBSERVATIONS[0],
            ["t23", "NL", "tax", "FY2023", "1.90T", "USD", "stat", "2023-24"],
            ["t24", "NL", "tax", "FY2024", "2.10T", "USD", "stat", "2024-25"]]
    return load_pack(write_rows_pack(folder, pack_yaml, SOURCES, ENTITIES, EVENTS, METRICS, rows))


@pytest.mark.parametrize(("claim", "rating"), [
    ("Norland's tax revenue was $2.1 trillion in 2024-25.", "true"),
    ("Norland's tax revenue was $3 trillion in 2024-25.", "false"),
    ("Norland's tax revenue rose from $1.9 trillion in 2023-24 to $2.1 trillion in 2024-25.", "true"),
])
def test_a_split_year_is_the_fiscal_year_of_a_pack_that_states_the_april_convention(
        claim: str, rating: str, april_pack: Pack) -> None:
    assert april_pack.meta.fiscal_year.declared
    assert diagnose(claim, april_pack).rating == rating
