"""Whose figure it is, read from the sentence's syntax: speakers, breakdowns, totals of a part."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def owner_names(facts: DocFacts) -> dict[float, str]:
    out: dict[float, str] = {}
    for o in facts.observations:
        e = facts.entities.get(o.entity)
        out[o.value.value] = (e.name_ja or e.name_en or e.id) if e else o.entity
    return out


def test_the_speaker_of_a_quotation_owns_no_figure(bare: ExtractContext) -> None:
    text = ("Acme Motors today reported revenue of $25.2 billion for the third quarter of 2024.\n\n"
            '"We delivered 462,890 vehicles in the quarter," said Jane Roe, Chief Executive Officer. '
            '"Our margin improved by 2 percentage points."\n\n'
            '"Thirteen of the 20 plants grew output," senior manager John Doe said. '
            "Mr Doe said exports rose 4% in the third quarter of 2024.\n")
    facts = extract(bare, text, parse_period("2024-10-23"))
    made = {e.name_en for e in facts.entities.values()}
    for person in ("Jane Roe", "Chief Executive Officer", "John Doe", "Doe"):
        assert person not in made
    owners = owner_names(facts)
    assert owners[462890.0] == "Acme Motors" and owners[2.0] == "Acme Motors" and owners[4.0] == "Acme Motors"


def test_a_company_that_speaks_without_a_quotation_is_still_an_actor(bare: ExtractContext) -> None:
    facts = extract(bare, "Acme Motors said revenue rose 8% in the third quarter of 2024.\n")
    assert owner_names(facts)[8.0] == "Acme Motors"


def test_a_place_that_is_a_clauses_topic_owns_its_figures(bare: ExtractContext) -> None:
    text = ("日本百貨店協会は23日、2024年11月の全国百貨店売上高を発表した。売上高は総額4,751億円だった。\n\n"
            "地区別では、関東が3341億円で最も多く、近畿が2496億円で続いた。東京は3.1%増、大阪は1.2%増だった。\n\n"
            "インバウンド売上高は約511億円だった。\n")
    facts = extract(bare, text, parse_period("2024-12-23"))
    owners = owner_names(facts)
    assert owners[334.1e9] == "関東" and owners[249.6e9] == "近畿"
    assert owners[3.1] == "東京" and owners[1.2] == "大阪"
    # a nationwide association's statistics are its country's (日本 inside its name is part of the name)
    assert owners[475.1e9] == "日本"
    # after a breakdown paragraph the text goes on about the whole, not its last part
    assert owners[51.1e9] == "日本"
    assert [[facts.entities[a].name_ja for a in e.actors] for e in facts.events] == [["日本百貨店協会"]]


def test_counts_that_name_a_group_or_a_whole_are_no_figures(bare: ExtractContext) -> None:
    text = ("東京商工リサーチは14日、2024年の全国企業倒産を発表した。全国企業倒産は9901件だった。\n\n"
            "産業別では、10産業のうち8産業で前年を上回った。"
            "地区別では、10都市が2.4%増、10都市以外の地区が4.1%減だった。\n\n"
            "Thirteen of the 16 industries grew in the third quarter of 2024.\n")
    values = [o.value.value for o in extract(bare, text, parse_period("2025-01-14")).observations]
    assert 9901.0 in values and 8.0 in values and 2.4 in values and -4.1 in values
    assert 10.0 not in values and 16.0 not in values


def test_a_place_that_scopes_a_measure_owns_it_and_a_source_is_no_topic(bare: ExtractContext) -> None:
    text = ("UK House Price Index: August 2024\n\n16 October 2024\n\n"
            "The average UK house price was £292,000 in August 2024, according to HM Sample Registry.\n\n"
            "Average house prices increased by 2.8% in the 12 months to August 2024. Prices in Northern "
            "Ireland increased by 8.6% in August 2024, while in Scotland prices rose 4.1%. "
            "Wheat production in Kansas is forecast at 310 million bushels. "
            "Sales at Toyota Tsusho rose 5% in August 2024.\n\n"
            "Micron will invest $100 billion in Clay, New York.\n")
    facts = extract(bare, text, parse_period("2024-10-16"))
    owners = owner_names(facts)
    assert owners[2.8] == "英国"  # not the source named in the sentence before
    assert owners[8.6] == "Northern Ireland" and owners[4.1] == "Scotland" and owners[310e6] == "Kansas"
    assert owners[5.0] == "Toyota Tsusho"
    assert "Clay" not in {e.name_en for e in facts.entities.values()}  # a place after an amount: a site


def test_a_body_that_possesses_the_publisher_and_a_name_said_once(bare: ExtractContext) -> None:
    text = ("WASHINGTON, Aug. 12, 2024 - The U.S. Department of Agriculture's National Agricultural "
            "Statistics Service (NASS) today forecast corn production at 15.1 billion bushels, up 1% "
            "from last year.\n\n"
            "AUSTIN, Texas, Oct. 23, 2024 -- Samplecorp today reported revenue of $25.2 billion for the "
            "quarter ended September 30, 2024. Deliveries in China rose 15%.\n\n"
            "Samplecorp ended the quarter with $33.6 billion in cash.\n")
    owners = owner_names(extract(bare, text))
    assert owners[1.0] == "米国"  # the statistics service publishes; the figure is its country's
    assert owners[33.6e9] == "Samplecorp"  # named at a sentence's start once announced, not China


def test_a_publisher_of_nationwide_statistics_is_not_their_owner(bare: ExtractContext) -> None:
    text = ("東京商工リサーチが14日発表した2024年の全国企業倒産は、件数が前年比15.1%増の9901件だった。"
            "負債総額は2兆3411億円だった。\n")
    facts = extract(bare, text, parse_period("2025-01-14"))
    owners = owner_names(facts)
    assert owners[9901.0] == "日本" and owners[2.3411e12] == "日本"  # 全国: the whole country's
    change = next(o for o in facts.observations if o.value.value == 15.1)
    assert facts.metrics[change.metric].kind == "growth"  # 前年比…増 is a change, not a share
    assert [[facts.entities[a].name_ja for a in e.actors] for e in facts.events] == [["東京商工リサーチ"]]


def test_a_sentence_opening_with_its_place_and_a_part_not_carried_on(bare: ExtractContext) -> None:
    text = ("The average UK house price was £292,000 in August 2024.\n\n"
            "In England, the average price rose to £309,000 in August 2024.\n\n"
            "株式会社ファーストサンプルは10月9日、2025年8月期の連結決算を発表した。売上収益は3兆4005億円だった。\n\n"
            "北海道では、売上収益が5%増えた。柳田社長は「北米の売上は30%伸びた」と述べた。\n\n"
            "2026年8月期は、営業利益6100億円を見込む。\n")
    owners = owner_names(extract(bare, text, parse_period("2025-10-09")))
    assert owners[309000.0] == "England" and owners[5.0] == "北海道" and owners[30.0] == "北米"
    assert owners[610e9] == "ファーストサンプル"  # 北米 was a part the quotation broke out
