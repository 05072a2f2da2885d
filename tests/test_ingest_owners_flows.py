"""Owners of figures broken down by partner (対中輸出, 米国向け, imports from China; exports to a
country are the seller's) and of shares
said of a group ("these four countries accounted for 72%") (issue 14)."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def owners(facts: DocFacts) -> list[tuple[str, float]]:
    out = []
    for o in facts.observations:
        e = facts.entities.get(o.entity)
        out.append(((e.name_ja or e.name_en) if e else o.entity, o.value.value))
    return out


def test_a_flow_by_partner_is_the_partners_row_and_its_change_too(bare: ExtractContext) -> None:
    text = ("財務省は本日、2024年の貿易統計を公表した。\n\n"
            "2024年の対中輸出は18兆8,625億円で、前年比6.2%増となった。米国向け輸出は21兆2,947億円だった。\n")
    assert owners(extract(bare, text, parse_period("2025-01-23"))) == [
        ("中国", 1.88625e13), ("中国", 6.2), ("米国", 2.12947e13)]


def test_english_flows_from_a_country_are_the_partners_exports_the_sellers(bare: ExtractContext) -> None:
    # the destination after "to" owns nothing: Japan's exports to China are Japan's (review M5)
    text = ("Japan's exports to China rose 6.2% in 2024, and imports from the United States fell 3.1% "
            "in 2024.\n")
    assert owners(extract(bare, text)) == [("日本", 6.2), ("米国", -3.1)]


def test_exports_to_a_country_in_a_release_are_the_releasing_countrys(bare: ExtractContext) -> None:
    # review M5 (Statistics Canada's The Daily): not the United States' exports
    text = ("Statistics Canada. The Daily. Released 2024-03-15.\n"
            "Exports to the United States rose to US$40 billion in January 2024.\n")
    got = owners(extract(bare, text, parse_period("2024-03-15")))
    assert got == [("カナダ", 4.0e10)]
    # visitors to a place stay the place's arrivals (what the rule must not do)
    text = "Visitors to Japan rose to 3.2 million in January 2024.\n"
    assert owners(extract(bare, text, parse_period("2024-03-15"))) == [("日本", 3.2e6)]


def test_a_price_base_year_is_no_amount(bare: ExtractContext) -> None:
    # review M5: "in chained 2017 dollars" is the year whose prices the figure is in, no figure 2017 USD
    text = ("Statistics Canada. The Daily. Released 2024-03-15.\n"
            "In 2023, average household spending was $75,000, in chained 2017 dollars.\n")
    facts = extract(bare, text, parse_period("2024-03-15"))
    got = [(o.value.value, o.value.unit, o.period.text) for o in facts.observations]
    assert got == [(75000.0, "CAD", "2023")]
    text = "In 2023, real GDP was $2.1 trillion in constant 2012 dollars.\n"
    assert not any(o.value.value == 2012 for o in extract(bare, text).observations)


def test_a_number_inside_a_group_reference_is_no_figure(bare: ExtractContext) -> None:
    text = ("By market, South Korea sent 8.8 million visitors in 2024, China 7.0 million, Taiwan 6.0 "
            "million and the United States 2.7 million. These four countries accounted for 72% of all "
            "visitors in 2024.\n")
    assert owners(extract(bare, text)) == [("韓国", 8.8e6), ("中国", 7.0e6), ("台湾", 6.0e6), ("米国", 2.7e6),
                                          ("韓国・中国・台湾・米国", 72.0)]


def test_common_nouns_are_no_names_by_the_dictionary_not_a_field_list(bare: ExtractContext) -> None:
    from shingi.ingest.owners import heuristic_names

    def names(text: str) -> list[str]:
        return [n for _a, _b, n, _k in heuristic_names(text, companies_only=False)]

    # acronyms Sudachi files as common nouns, units, periods and R&D are no names alone
    for word in ("AI", "GDP", "CEO", "GPUs", "PFLOPS", "FY", "R&D"):
        assert names(f"and the {word} figure rose.") == [], word
    # an acronym the dictionary does not know, or knows as a proper noun, is one
    assert names("and the BLS reported that TSMC grew.") == ["BLS", "TSMC"]
    # Katakana runs of common loanwords are no names; one the dictionary does not know is
    assert names("クラウドリソースとプラットフォームを拡充した。") == []
    assert "キオクシア" in names("キオクシアは増産を決めた。")


def test_a_body_that_does_not_say_its_country_is_of_the_documents_country(bare: ExtractContext) -> None:
    text = ("The Bureau of Labor Statistics, U.S. Department of Labor, reported today on employment.\n\n"
            "Total nonfarm employment rose by 252,000 in September 2000, the Bureau of Labor "
            "Statistics said.\n")
    assert owners(extract(bare, text, parse_period("2000-10-06"))) == [("米国", 252000.0)]
