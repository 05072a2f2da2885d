"""Whose figure it is in a statistics or earnings release: the country a statistics office or a
sentence names (its name, its people's name or its adjective), in both languages."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def owned(facts: DocFacts) -> list[tuple[str, float]]:
    return [(o.entity, o.value.value) for o in facts.observations]


def test_a_statistics_office_named_after_its_country_reports_its_figures(bare: ExtractContext) -> None:
    text = ("Statistical news from Statistics Sweden 2017-09-13\n\n"
            "Sweden's GDP increased by 1.3 percent in the second quarter of 2017.\n\n"
            "Exports increased by 2.3 percent in the second quarter of 2017.\n")
    assert owned(extract(bare, text, parse_period("2017-09-13"))) == [("SE", 1.3), ("SE", 2.3)]


def test_a_countrys_adjective_names_the_country(bare: ExtractContext) -> None:
    text = ("The Dutch unemployment rate was 3.7% in 2024.\n\n"
            "The Philippine Statistics Authority said inflation was 1.9% in July 2016.\n")
    assert owned(extract(bare, text, parse_period("2025-02-14"))) == [("NL", 3.7), ("PH", 1.9)]


def test_a_country_named_in_japanese_is_the_same_country(bare: ExtractContext) -> None:
    text = "オランダの2024年の失業率は3.7%だった。\n"
    assert owned(extract(bare, text, parse_period("2025-02-14"))) == [("NL", 3.7)]


def test_company_is_a_legal_form_like_corporation(bare: ExtractContext) -> None:
    # "The Acme Company" and "Acme" later are one company: its full name is an alias
    text = ("ATLANTA, July 25, 2018 - The Acme Company (ACM) said its revenue rose 5% in the second quarter"
            " of 2018.\n\nAcme's operating income grew 8% in the second quarter of 2018.\n")
    facts = extract(bare, text, parse_period("2018-07-25"))
    assert owned(facts) == [("acme", 5.0), ("acme", 8.0)]
    assert facts.entities["acme"].kind == "company"
    assert "The Acme Company" in facts.entities["acme"].aliases


def test_income_said_as_a_loss_is_negative(bare: ExtractContext) -> None:
    text = ("Acme Corp. said its net income was a loss of $9.7 million, or 37 cents per share, in the fourth"
            " quarter of 2015.\n\nAcme Corp. posted a loss of $2.0 million in 2015.\n")
    values = [o.value.value for o in extract(bare, text, parse_period("2016-03-01")).observations]
    # a measure named as income is negative; a loss named as a loss stays a loss of 2.0 million
    assert values == [-9.7e6, -0.37, 2.0e6]


def test_a_body_named_by_its_field_after_the_reports_its_countrys_figures(bare: ExtractContext) -> None:
    # "the Census Bureau" with no country before it is a body as "the U.S. Census Bureau" is; the
    # document's country (U.S. retail sales) is whose figures it reports
    text = ("CB-00-60\n\nThe Census Bureau of the Department of Commerce announced today"
            " that advance estimates of U.S. retail sales for March 2000 were $269.2 billion.\n\n"
            "Durable goods decreased 0.9 percent in March 2000.\n")
    assert owned(extract(bare, text, parse_period("2000-04-13"))) == [("US", 2.692e11), ("US", -0.9)]


def test_the_field_and_bureau_is_a_government_body() -> None:
    from shingi.ingest.extract import organisation_names

    found = organisation_names("The Census Bureau of the Department of Commerce announced today")
    assert (4, 17, "Census Bureau", "government") in found
    assert not any(name == "Census" for _a, _b, name, _k in organisation_names("Census data rose 3%"))


def test_a_city_and_a_numeric_day_open_a_dateline_that_owns_nothing(bare: ExtractContext) -> None:
    # "Helsinki 29.03.2017": where and when the release was issued (day.month.year, as European
    # statistics offices write it); the city is no owner, the count is the country's it is placed in
    text = ("Population Structure 2016\n\n"
            "Helsinki 29.03.2017 Quoting is encouraged provided Statistics Finland is acknowledged as the"
            " source. In all 105,000 persons living in Finland have dual citizenship.\n")
    facts = extract(bare, text)
    assert [(o.entity, o.value.value, o.period.text) for o in facts.observations] == [
        ("FI", 105000.0, "2016")]
    assert "helsinki" not in " ".join(facts.entities)


def test_a_count_placed_in_a_country_is_its_and_a_good_fall_is_negative(bare: ExtractContext) -> None:
    # "there were N persons … living in Finland": no subject before the count, the place scopes it; "went
    # down by good 8,000": a fall of a little more than 8,000
    text = ("According to the register there were 353,993 persons speaking a foreign language as their native"
            " language living in Finland in 2016. The number of Swedish speakers went down by good 8,000"
            " persons in 2016.\n")
    facts = extract(bare, text, parse_period("2017-03-29"))
    assert owned(facts) == [("FI", 353993.0), ("SE", -8000.0)]


def test_ireland_and_a_change_as_a_count_or_a_rate_over_the_year_to_a_level(bare: ExtractContext) -> None:
    # Ireland is a country (Northern Ireland is not it); "increased by 44,100 or 2.3% over the year to
    # 1,983,000": a count restated as a rate (44,100 is no percentage), then the level reached ("to" leads
    # to no base), all of the quarter said after them
    text = ("Employment in Ireland increased by 44,100 or 2.3% over the year to 1,983,000 in the fourth"
            " quarter of 2015.\n\nPrices in Northern Ireland rose 2.1% in March 2022.\n")
    facts = extract(bare, text, parse_period("2016-02-23"))
    assert [(o.entity, o.value.value, o.value.unit, o.period.text) for o in facts.observations][:3] == [
        ("IE", 44100.0, "count", "2015-Q4"), ("IE", 2.3, "%", "2015-Q4"),
        ("IE", 1983000.0, "count", "2015-Q4")]
    assert facts.observations[3].entity != "IE"


def test_a_body_before_an_office_and_its_holder_is_the_name(bare: ExtractContext) -> None:
    # "Reserve Bank Governor Graeme Wheeler": the body, then the office and its holder (an apposition)
    text = ("Reserve Bank Governor Graeme Wheeler said the official cash rate was 2.75 percent in"
            " October 2015.\n")
    assert owned(extract(bare, text, parse_period("2015-10-29"))) == [("reserve-bank", 2.75)]
