"""English statistics and earnings releases: the periods and owners a reader takes from their
context (quarters said without their year, national bodies named without their country)."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def rows(facts: DocFacts) -> list[tuple[str, str, float, str | None]]:
    def name(eid: str) -> str:
        e = facts.entities[eid]
        return e.name_en or e.name_ja or e.id
    return [(name(o.entity), o.period.text, o.value.value, o.value.unit) for o in facts.observations]


def test_a_quarter_said_alone_is_the_latest_one_begun_by_the_release(bare: ExtractContext) -> None:
    text = ("Real gross domestic product (GDP) increased at an annual rate of 1.1 percent in the first "
            "quarter of 2023, according to the advance estimate released by the Bureau of Economic "
            "Analysis. In the fourth quarter, real GDP increased 2.6 percent.\n\n"
            "Current-dollar GDP increased 5.1 percent at an annual rate in the first quarter.\n")
    got = rows(extract(bare, text, parse_period("2023-04-27")))
    # the fourth quarter gone by (2022's), and the first quarter after it is 2023's again
    assert got == [("United States", "2023-Q1", 1.1, "%"), ("United States", "2022-Q4", 2.6, "%"),
                   ("United States", "2023-Q1", 5.1, "%")]


def test_a_quarter_inside_the_year_the_text_is_about_keeps_that_year(bare: ExtractContext) -> None:
    text = ("In 2022, the U.S. economy grew 2.1 percent. "
            "In the first quarter, real GDP increased 2.6 percent.\n")
    got = rows(extract(bare, text, parse_period("2023-04-27")))
    assert [p for _, p, _, _ in got] == ["2022", "2022-Q1"]  # (not the first quarter of 2023)


def test_a_projection_may_speak_of_the_coming_quarter(bare: ExtractContext) -> None:
    text = ("Acme Inc. today reported results for the first quarter of 2023. "
            "Acme expects revenue of $5.0 billion in the fourth quarter.\n")
    got = rows(extract(bare, text, parse_period("2023-04-27")))
    assert ("Acme", "2023-Q4", 5e9, "USD") in got


def test_a_national_body_named_without_its_country_reports_its_country(bare: ExtractContext) -> None:
    text = ("Real gross domestic product increased at an annual rate of 0.5% in the first quarter of 2016, "
            "according to the advance estimate released by the Bureau of Economic Analysis.\n")
    assert rows(extract(bare, text, parse_period("2016-04-28"))) == [("United States", "2016-Q1", 0.5, "%")]


def test_a_body_of_no_stated_country_is_of_the_country_the_document_names(bare: ExtractContext) -> None:
    text = ("German inflation accelerates in October\n\n"
            "According to the final report from the Federal Statistical Office, consumer prices rose by "
            "2.0% in October 2024.\n")
    got = rows(extract(bare, text, parse_period("2024-11-13")))
    assert got == [("Germany", "2024-10", 2.0, "%")]


def test_member_states_of_the_union_are_countries(bare: ExtractContext) -> None:
    text = ("Euro area annual inflation is expected to be 3.0% in August 2021. It was highest in Estonia "
            "(5.0%) and lowest in Malta (0.3%).\n")
    got = rows(extract(bare, text, parse_period("2021-08-31")))
    assert ("Estonia", "2021-08", 5.0, "%") in got and ("Malta", "2021-08", 0.3, "%") in got
