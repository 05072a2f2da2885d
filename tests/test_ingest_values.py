"""Figures English documents state that ingest must draft at all (the value stage, issue 14): tables
whose title or header states a currency and scale, rows that count things, figures whose owner is
the country the document's title names."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.ingest.text_tables import table_unit
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def figures(facts: DocFacts) -> set[tuple[str, float, str | None, str]]:
    """(owner's English name, value, unit, period) of every drafted figure."""
    out = set()
    for o in facts.observations:
        e = facts.entities.get(o.entity)
        out.add(((e.name_en or e.name_ja or "") if e else o.entity, round(o.value.value, 6), o.value.unit,
                 o.period.text))
    return out


@pytest.mark.parametrize(("title", "unit"), [
    ("(USD millions)", ("USD", 1e6)),
    ("Financial summary (in millions of USD, except percentages)", ("USD", 1e6)),
    ("Revenue by segment, € million", ("EUR", 1e6)),
    ("(in billions of won)", ("KRW", 1e9)),
    ("Sales (US$ m)", ("USD", 1e6)),
    ("Units: £ billion", ("GBP", 1e9)),
    ("Average price (£)", ("GBP", 1.0)),
    ("(thousand persons)", ("count", 1e3)),
    ("(number)", ("count", 1.0)),
    ("(In millions)", None),  # a scale alone says no unit
    ("Revenue ($1.2 billion)", None),  # an amount, not a unit
    ("Prices (Dublin, Cork)", None),
    ("Total revenues", None),
])
def test_english_table_titles_and_headers_state_their_unit(title: str,
                                                           unit: tuple[str, float] | None) -> None:
    assert table_unit(title) == unit


def test_a_table_of_usd_millions_gives_amounts_counts_and_per_share_figures(bare: ExtractContext) -> None:
    text = ("# Acme Corp first quarter 2024 results\n\n"
            "Acme Corp today announced results for the first quarter of 2024.\n\n"
            "| (USD millions) | Q1 2023 | Q1 2024 |\n|---|---|---|\n"
            "| Total revenues | 23,329 | 21,301 |\n"
            "| Vehicle deliveries | 422,875 | 386,810 |\n"
            "| Earnings per share | 0.73 | 0.34 |\n")
    got = {(v, u, p) for _o, v, u, p in figures(extract(bare, text, parse_period("2024-04-23")))}
    assert {(23.329e9, "USD", "2023-Q1"), (21.301e9, "USD", "2024-Q1"),  # scaled by the header's unit
            (422875.0, "count", "2023-Q1"), (386810.0, "count", "2024-Q1"),  # the row counts vehicles
            (0.34, "USD", "2024-Q1")} <= got  # an amount per share is not in millions
    assert not any(u == "USD" and v > 1e11 for v, u, _p in got)  # deliveries are no dollars


def test_a_country_the_title_opens_with_owns_figures_no_sentence_gives_an_owner(bare: ExtractContext) -> None:
    text = ("UK House Price Index: March 2024\n\n"
            "Headline statistics for March 2024\n\n"
            "Average price: £281,373\n"
            "Annual change: 1.8%\n")
    got = figures(extract(bare, text, parse_period("2024-05-15")))
    assert ("United Kingdom", 281373.0, "GBP", "2024-03") in got
    assert ("United Kingdom", 1.8, "%", "2024-03") in got


@pytest.mark.parametrize(("sentence", "part", "whole"), [
    ("Thirteen of the 16 industries were up in the September 2016 quarter.", 13.0, 16.0),
    ("Prices rose in eight of the nine English regions in March 2024.", 8.0, 9.0),
    ("Employment rose in 6 of the 10 provinces in March 2024.", 6.0, 10.0),
])
def test_a_part_of_a_whole_is_a_count_and_the_whole_is_no_figure(bare: ExtractContext, sentence: str,
                                                                  part: float, whole: float) -> None:
    text = "Statistics Canada said today.\n\n" + sentence + "\n"
    values = {v for _o, v, u, _p in figures(extract(bare, text, parse_period("2024-04-05"))) if u == "count"}
    assert part in values
    assert whole not in values


def test_the_whole_a_japanese_sentence_takes_a_part_of_is_no_figure(bare: ExtractContext) -> None:
    text = "経済産業省は本日、発表した。\n\n2025年9月は、全15業種のうち、13業種が上昇し、2業種が低下した。\n"
    values = {v for _o, v, u, _p in figures(extract(bare, text, parse_period("2025-10-31"))) if u == "count"}
    assert 15.0 not in values
    assert 13.0 in values


@pytest.mark.parametrize(("sentence", "value"), [
    ("Exports from Canada slipped 0.8% in March 2024.", -0.8),
    ("Canada's index of house prices dipped 1.1% in March 2024.", -1.1),
    ("Free cash flow of Acme Inc. was negative $2.5 billion in the first quarter of 2024.", -2.5e9),
    ("Canada's trade balance was minus 0.3% of GDP in March 2024.", -0.3),
    ("The unemployment rate of Canada eased to 4.2% in March 2024.", 4.2),  # a level it eased to
])
def test_english_words_of_a_fall_before_a_figure_make_it_negative(bare: ExtractContext, sentence: str,
                                                                  value: float) -> None:
    text = "Statistics Canada said today.\n\n" + sentence + "\n"
    values = {v for _o, v, _u, _p in figures(extract(bare, text, parse_period("2024-04-05")))}
    assert value in values
    assert -value not in values


def test_an_amount_in_won_that_stood_at_a_level_is_a_figure_not_an_event(bare: ExtractContext) -> None:
    text = ("Samsung Electronics Co., Ltd. today announced its results.\n\n"
            "Operating profit stood at 6.6 trillion won in the first quarter of 2024.\n")
    facts = extract(bare, text, parse_period("2024-04-30"))
    assert (6.6e12, "KRW", "2024-Q1") in {(v, u, p) for _o, v, u, p in figures(facts)}
    assert not [e for e in facts.events if e.amount is not None]


def test_a_percent_or_change_column_of_a_money_table_is_no_money(bare: ExtractContext) -> None:
    text = ("# Acme plc results\n\n"
            "Acme plc today reported its results.\n\n"
            "Table 2: Exports by destination (€m)\n\n"
            "| Destination | Jan 2024 | Feb 2024 | % change |\n|---|---|---|---|\n"
            "| United States | 5,210 | 5,480 | 5.2 |\n"
            "| Employees | 5,400 | 5,100 | -5.6 |\n")
    got = {(v, u, p) for _o, v, u, p in figures(extract(bare, text, parse_period("2024-03-20")))}
    assert {(5.21e9, "EUR", "2024-01"), (5.48e9, "EUR", "2024-02"),
            (5.2, "%", "2024-02"),  # the change column is about the latest period of the header
            (5400.0, "count", "2024-01")} <= got  # a capitalised label that counts
    assert not any(u == "EUR" and v in (5.2e6, 5.4e9) for v, u, _p in got)


def test_a_tables_header_names_columns_not_actors(bare: ExtractContext) -> None:
    text = ("# UK House Price Index: March 2024\n\n"
            "| Month | Average price (£) | Annual change (%) |\n|---|---|---|\n"
            "| March 2024 | 281,373 | 1.8 |\n"
            "| Wales | 214,000 | 1.1 |\n")
    facts = extract(bare, text, parse_period("2024-05-15"))
    got = figures(facts)
    assert ("United Kingdom", 281373.0, "GBP", "2024-03") in got
    assert ("United Kingdom", 1.8, "%", "2024-03") in got
    assert not any(u == "count" for _o, _v, u, _p in got)  # "Wales" is a name, not a plural
    assert not any((e.name_en or "").startswith("Annual") for e in facts.entities.values())


def test_numbers_listed_before_one_unit_share_it(bare: ExtractContext) -> None:
    text = ("Statistics Canada said today.\n\n"
            "The manufacturing and construction sectors of Canada grew by 0.8 and 4.4 per cent "
            "respectively in 2023.\n")
    values = {(v, u) for _o, v, u, _p in figures(extract(bare, text, parse_period("2024-04-05")))}
    assert {(0.8, "%"), (4.4, "%")} <= values


def test_table_cells_with_flags_spaced_thousands_and_brackets(bare: ExtractContext) -> None:
    text = ("# UK House Price Index: March 2024\n\n"
            "| Month | Average price (£) | Monthly change (%) |\n|---|---|---|\n"
            "| March 2024 | 281,373p | -0.2r |\n"
            "| February 2024 | 282 000 | 0.3 (r) |\n"
            "| January 2024 | 280,100 [r] | (0.4) |\n")
    got = {(v, u, p) for _o, v, u, p in figures(extract(bare, text, parse_period("2024-05-15")))}
    assert {(281373.0, "GBP", "2024-03"), (-0.2, "%", "2024-03"),  # provisional, revised
            (282000.0, "GBP", "2024-02"), (0.3, "%", "2024-02"),  # thousands set apart by a space
            (280100.0, "GBP", "2024-01"), (-0.4, "%", "2024-01")} <= got  # brackets: negative
    assert not any(v in (282.0, 0.0) for v, _u, _p in got)


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("UK GDP was revised, with downward revisions of 0.1 percentage points in Quarter 1 2023.", -0.1, "pp"),
    ("Monthly real GDP of the UK is estimated to have shown no growth in July 2024.", 0.0, "%"),
])
def test_a_downward_revision_is_negative_and_no_growth_is_zero(bare: ExtractContext, sentence: str,
                                                              value: float, unit: str) -> None:
    text = "The Office for National Statistics said today.\n\n" + sentence + "\n"
    got = {(v, u) for _o, v, u, _p in figures(extract(bare, text, parse_period("2024-09-30")))}
    assert (value, unit) in got


@pytest.mark.parametrize(("sentence", "expected"), [
    # a hedged "unchanged" (dev13 ECB) and "the same" (dev12 SURS): no change, in pp for a rate
    ("The interest rate on new loans to corporations in Canada remained broadly unchanged in "
     "September 2019.", {(0.0, "pp")}),
    ("The interest rate on overnight deposits in Canada stayed more or less constant at 0.03% in "
     "September 2019.", {(0.03, "%")}),  # "at" its level: the level, as "unchanged at 6.7%" is
    ("In Slovenia the number of overnight stays stayed roughly the same in August 2019.", {(0.0, "%")}),
    ("The number of arrivals in Slovenia increased by 8% and that of overnight stays stayed about the "
     "same in August 2019.", {(8.0, "%"), (0.0, "%")}),
])
def test_no_change_said_in_words_is_a_zero(bare: ExtractContext, sentence: str,
                                           expected: set[tuple[float, str]]) -> None:
    text = "The statistics office said today.\n\n" + sentence + "\n"
    got = {(v, u) for _o, v, u, _p in figures(extract(bare, text, parse_period("2019-10-31")))}
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "The labor force participation rate of the United States was essentially unchanged in September 2019.",
    "The number of arrivals in Slovenia was unchanged from August 2018.",  # a base, said elsewhere
    "Prices in Slovenia stayed unchanged at a high level in August 2019.",  # prices at a level: no rate
])
def test_no_zero_from_unchanged_where_it_is_no_change_said(bare: ExtractContext, sentence: str) -> None:
    text = "The statistics office said today.\n\n" + sentence + "\n"
    got = {(v, u) for _o, v, u, _p in figures(extract(bare, text, parse_period("2019-10-31")))}
    assert (0.0, "pp") not in got and (0.0, "%") not in got


@pytest.mark.parametrize("said", ["0.3 % points", "0.3 percent points", "0.3 ppts", "0.3 pts"])
def test_percentage_points_written_in_other_ways(bare: ExtractContext, said: str) -> None:
    text = f"Statistics Canada said today.\n\nThe unemployment rate of Canada rose {said} in March 2024.\n"
    got = {(v, u) for _o, v, u, _p in figures(extract(bare, text, parse_period("2024-04-05")))}
    assert got == {(0.3, "pp")}


@pytest.mark.parametrize(("sentence", "share"), [
    ("One in five adults in Canada smoked in 2023.", 0.2),
    ("Around 1 in 4 households in Canada rented their home in 2023.", 0.25),
])
def test_one_in_n_is_a_share_not_a_count(bare: ExtractContext, sentence: str, share: float) -> None:
    text = "Statistics Canada said today.\n\n" + sentence + "\n"
    got = {(v, u) for _o, v, u, _p in figures(extract(bare, text, parse_period("2024-04-05")))}
    assert got == {(share, "x")}  # not five adults, four households
