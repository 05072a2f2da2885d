"""Whose figure it is, and its sign: owners from subjects, organisations, references and groups."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period
from shingi.pack.load import load_pack


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def names(facts: DocFacts, entity_id: str) -> str:
    e = facts.entities[entity_id]
    return e.name_ja or e.name_en or e.id


def test_falls_are_negative_in_both_languages(bare: ExtractContext) -> None:
    text = ("沖縄県は本日、12月の入域観光客数を発表した。国内客は56万5,800人で前年同月比0.3%減となった。"
            "前月と比べると、人口は2,419人減少した。\n\n"
            "Acme Corp. said its revenue fell 3.5% in 2024, while exports rose 2.0% in 2024.\n")
    values = [o.value.value for o in extract(bare, text, parse_period("2025-01-30")).observations]
    assert values == [565800.0, -0.3, -2419.0, -3.5, 2.0]


def test_a_ministrys_statistics_are_its_countrys(bare: ExtractContext) -> None:
    text = ("財務省は23日、令和6年分の貿易統計を公表した。"
            "2024年の輸出額は107兆9,254億円で、前年比6.2%増となった。\n")
    facts = extract(bare, text, parse_period("2025-01-23"))
    assert [(names(facts, o.entity), o.period.text, o.value.value) for o in facts.observations] == [
        ("日本", "2024", 1.079254e14), ("日本", "2024", 6.2)]
    assert [(e.date.text, [names(facts, a) for a in e.actors]) for e in facts.events] == [
        ("2025-01-23", ["財務省"])]  # the lead fact, dated by 23日 against the document's date


def test_a_group_named_back_is_a_group_not_its_last_member(bare: ExtractContext) -> None:
    text = ("市場別では、韓国が881万7,800人で最も多く、次いで中国が698万1,200人、台湾が604万4,400人、"
            "米国が272万4,600人であった。これら4つの国・地域で年間の訪日外客数の66%を占めた。\n")
    facts = extract(bare, "2024年の訪日外客数\n\n" + text)
    owners = {o.value.value: names(facts, o.entity) for o in facts.observations}
    assert owners[8817800.0] == "韓国" and owners[2724600.0] == "米国"
    assert owners[66.0] == "韓国・中国・台湾・米国"


def test_owners_come_from_subjects_not_from_capitalised_words(bare: ExtractContext) -> None:
    text = ("CHIPS Award Will Support Micron's 20-Year Investment in New York and Idaho\n\n"
            "NVIDIA today reported revenue for fiscal 2025 of $130.5 billion. Non-GAAP earnings per "
            "diluted share were $2.99. The Department of the Treasury's 25% credit applies.\n\n"
            "Real gross domestic product (GDP) increased 2.8 percent in the third quarter of 2024, according "
            "to the U.S. Bureau of Economic Analysis. The personal consumption expenditures (PCE) price "
            "index increased 1.5 percent in the third quarter of 2024.\n")
    facts = extract(bare, text, parse_period("2025-02-26"))
    made = {e.name_en for e in facts.entities.values()}
    for junk in ("York", "Bureau", "Non-GAAP", "GAAP", "PCE", "New York", "Economic Analysis"):
        assert junk not in made
    # (Idaho is a built-in part of the United States, KNOWN_REGIONS, as a country is known: no figure's owner)
    assert not any(o.entity == "US-ID" for o in facts.observations)
    assert not any(n and n.startswith("CHIPS Award") for n in made)
    owners = {o.value.value: o.entity for o in facts.observations}
    assert owners[2.99] == "nvidia" and owners[130.5e9] == "nvidia"
    assert owners[2.8] == "US" and owners[1.5] == "US"  # the Bureau's statistics are the country's


def test_the_department_and_the_company_point_back(bare: ExtractContext) -> None:
    text = ("The U.S. Department of Commerce announced an award to Micron Technology, Inc. on Dec. 10, 2024. "
            "The Department also signed terms with the company in April 2024.\n")
    facts = extract(bare, text)
    assert [sorted(e.actors) for e in facts.events][-1] == ["micron-technology", "u-s-department-of-commerce"]


def test_with_a_pack_new_companies_are_drafted_not_dropped() -> None:
    ctx = ExtractContext(load_pack("japan-ai-2026"))
    text = ("2025年3月31日、村田製作所は新工場に1兆円を投資すると発表した。\n\n"
            "On December 10, 2024, Micron Technology, Inc. announced an investment of $100 billion.\n")
    facts = extract(ctx, text)
    actors = {a for e in facts.events for a in e.actors}
    drafted = {e.id: (e.name_ja or e.name_en) for e in facts.entities.values()}
    assert "micron-technology" in actors and drafted["micron-technology"] == "Micron Technology"
    assert any(v == "村田製作所" and k in actors for k, v in drafted.items())


def test_unknown_katakana_names_are_names_and_dictionary_words_are_not(bare: ExtractContext) -> None:
    text = "2025年4月、キオクシアは2ナノメートル世代のパイロットラインを稼働させた。\n"
    drafted = {e.name_ja for e in extract(bare, text).entities.values()}
    assert "キオクシア" in drafted
    assert not drafted & {"ナノメートル", "パイロットライン"}


def test_new_measures_are_named_by_what_they_measure(bare: ExtractContext) -> None:
    text = ("NVIDIA today reported results. Non-GAAP earnings per diluted share were $2.99 in fiscal 2025, "
            "up 130% from a year ago.\n\n"
            "The award will grow the U.S. share of memory output from less than 2% today "
            "to about 10% by 2035.\n\n"
            "12月の入域観光客数は74万9,700人で、前年同月比9.6%増となった。\n")
    facts = extract(bare, text, parse_period("2025-02-26"))
    named = {o.value.value: facts.metrics[o.metric] for o in facts.observations}
    assert named[2.99].name_en == "Non-GAAP EPS"
    assert named[130.0].name_en == "Non-GAAP EPS (change)" and named[130.0].kind == "growth"
    assert named[9.6].name_ja == "入域観光客数（前年同月比）" and named[9.6].kind == "growth"
    for m in facts.metrics.values():
        assert (m.name_en or m.name_ja or "").split(" (")[0].lower() not in ("today", "new", "year ago", "")


def test_event_titles_are_the_gist_and_the_sentence_stays_the_quote(bare: ExtractContext) -> None:
    text = ("経済産業省は本日、Rapidus株式会社が提出した2025年度の研究開発計画及び予算を承認し、"
            "最大8,025億円の追加支援を決定しました。\n\n"
            "WASHINGTON, Dec. 10, 2024 — Today, the U.S. Department of Commerce announced that it has "
            "awarded Micron Technology, Inc. up to $6.165 billion in direct funding under the CHIPS "
            "Incentives Program.\n")
    facts = extract(bare, text, parse_period("2025-03-31"))
    titles = [e.title for e in facts.events]
    assert titles[0] == "経済産業省は最大8,025億円の追加支援を決定"
    assert titles[1].startswith("the U.S. Department of Commerce awarded Micron") and len(titles[1]) <= 110
    assert "under the CHIPS" not in titles[1] and "$6.165 billion" in titles[1]
    assert facts.events[1].place.quote.endswith("CHIPS Incentives Program.")
    assert [e.date.text for e in facts.events] == ["2025-03-31", "2024-12-10"]


def test_of_which_estimates_and_measure_names_that_hold_an_event_word(bare: ExtractContext) -> None:
    text = ("経済産業省は本日、Rapidus株式会社に最大8,025億円の追加支援を決定した。\n\n"
            "このうち、後工程の研究開発には2025年度に最大1,225億円を充てる。\n\n"
            "量産までに必要な資金は約5兆円と見込まれている。\n\n"
            "政府の支援額は、2022年度からの累計で最大1兆7,225億円となる。\n")
    facts = extract(bare, text, parse_period("2025-03-31"))
    rows = {o.value.value: (o.entity, o.period.text) for o in facts.observations}
    assert rows[1.225e11] == ("rapidus", "FY2025")  # part of the support to Rapidus
    assert rows[5e12][1] == "2025-03-31"  # an estimate with no period is as of the document
    # 支援額 names an amount: that sentence is no funding event of FY2022
    assert [e.date.text for e in facts.events] == ["2025-03-31"]


def test_what_a_release_says_was_done_without_a_date_is_dated_by_the_release(bare: ExtractContext) -> None:
    text = ("The U.S. Department of Commerce awarded Micron Technology, Inc. "
            "up to $6.165 billion today.\n\n"
            "The Department also signed a preliminary memorandum of terms with Micron "
            "for up to $275 million.\n\n"
            "Analysts think Micron will need more capital.\n")
    facts = extract(bare, text, parse_period("2024-12-10"))
    assert [(e.date.text, e.date_from, e.amount and e.amount.value) for e in facts.events] == [
        ("2024-12-10", "text", 6.165e9), ("2024-12-10", "context", 275e6)]
