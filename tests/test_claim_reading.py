"""Claim reading (issue 8; docs/verdict-rules.md §2): general readings of a claim's words, each
with a linguistic reason, tested on a small pack built here in Japanese and English.

- Names are matched longest first over the whole claim: the longest name covering a span wins,
  shorter overlapping names are dropped ("The Bank of England" is not "The Bank" and "England";
  「実質GDP成長率」 is the growth rate, not 「実質GDP」).
- The Indian scale words scale as million and billion do: lakh 1e5, crore 1e7, lakh crore 1e12;
  digits grouped the Indian way (₹1,00,000) are one number.
- Two figures joined by a hyphen or an en dash ("3.50%-3.75%", "$8-10 billion") or by 〜 after a
  scale word (「80億〜100億ドル」) are one interval, not a figure and a negative one; a minus after
  a Japanese word is a sign (「前年比-3.2%」).
- "the 12 months to August 2023" (「2023年8月までの12か月間」) is a run of months: a year-on-year
  change dated August is of it, a month's level is not (unknown); to December it is the year.
"""

from __future__ import annotations

from decimal import Decimal

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
from shingi.normalize.quantities import find_quantities, split_unit
from shingi.pack.index import EvidenceIndex
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

PACK_YAML = """\
id: reading
title: {ja: "読み", en: "Reading"}
language: en
subject: GB
"""
SOURCES = [SOURCE_HEADER, ["st", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["GB", "country", "英国", "United Kingdom", "UK;Britain", ""],
    ["eng", "other", "イングランド", "England", "", "GB"],
    ["boe", "organization", "イングランド銀行", "Bank of England", "The Bank;英中銀", "GB"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["gdp", "実質GDP", "real GDP", "GBP", "", "true", "amount", ""],
    ["growth", "GDP成長率", "GDP growth", "%", "", "true", "growth", ""],
    ["cpi", "物価上昇率（前年同月比）", "inflation", "%", "物価上昇率;inflation rate", "false", "growth", ""],
    ["spend", "家計消費支出", "household spending", "GBP", "消費支出", "true", "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["o1", "GB", "cpi", "2023-08", "6.7", "%", "st", ""],
    ["o2", "GB", "spend", "2023-08", "100", "GBP", "st", ""],
    ["o3", "GB", "spend", "2023", "1200", "GBP", "st", ""],
]


def _read(text: str) -> list[tuple[float, str | None]]:
    """The quantities of a text as (value, unit)."""
    return [(float(q.quantity.value), q.quantity.unit) for q in find_quantities(text)]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder = tmp_path_factory.mktemp("reading")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_names_are_matched_longest_first(pack: Pack) -> None:
    index = EvidenceIndex.of(pack)
    hits = index.find_entities("The Bank of England raised rates")
    assert [(h.id, h.name) for h in hits] == [("boe", "Bank of England")]
    # a shorter name still counts where no longer one covers it
    hits = index.find_entities("The Bank said England grew")
    assert [h.id for h in hits] == ["boe", "eng"]
    assert [h.id for h in index.find_metrics("2024年の実質GDP成長率は1.1%だった")] == ["growth"]
    assert [h.id for h in index.find_metrics("2024年の実質GDPは増えた")] == ["gdp"]


def test_indian_scale_words_scale_like_million() -> None:
    assert _read("₹100 crore") == [(1e9, "INR")]
    assert _read("Rs 5 lakh crore") == [(5e12, "INR")]
    assert _read("a ₹5-lakh-crore plan") == [(5e12, "INR")]
    assert _read("10 lakh jobs") == [(1e6, "count")]
    assert _read("Rs 1.5 lakhs") == [(1.5e5, "INR")]
    assert split_unit("INR crore") == (Decimal(10) ** 7, "INR")


def test_a_dashed_range_of_figures_is_one_interval(pack: Pack) -> None:
    def numbers(text: str) -> list[tuple[float, str | None, str | None]]:
        [st] = parse(text, pack).statements
        return [(float(n.quantity.value), n.quantity.unit, n.comparator) for n in st.numbers]

    both = [(3.5, "%", "at_least"), (3.75, "%", "at_most")]
    assert numbers("The Bank of England set Bank Rate at 3.50%-3.75% in 2024.") == both
    assert numbers("The Bank of England set Bank Rate at 3.50%–3.75% in 2024.") == both
    assert numbers("英中銀は2024年に政策金利を3.50%-3.75%とした。") == both
    billions = [(8e9, "USD", "at_least"), (1e10, "USD", "at_most")]
    assert numbers("The plan costs $8-10 billion.") == billions
    assert numbers("英中銀は80億〜100億ドルを投じた。") == billions
    # a minus after a space or a comma is still a sign
    assert numbers("GDP growth was 2%, -1% in 2024.") == [(2.0, "%", "exactly"), (-1.0, "%", "exactly")]


def test_a_run_of_months_to_a_month_is_not_the_month(pack: Pack) -> None:
    def periods(text: str) -> list[tuple[str, int]]:
        return [(p.period.text, p.run) for st in parse(text, pack).statements for p in st.periods]

    assert periods("Inflation was 2% in the 12 months to August 2023.") == [("2023-08", 12)]
    assert periods("Inflation was 2% in the three months to September 2023.") == [("2023-Q3", 0)]
    assert periods("2023年8月までの1年間の物価上昇率は2%だった。") == [("2023-08", 12)]

    def rating(text: str) -> str:
        return diagnose(text, pack, as_of="2024-02-01").rating

    # a year-on-year change dated by its month is of the twelve months to it
    assert rating("Inflation was 6.7% in the 12 months to August 2023.") == "true"
    assert rating("2023年8月までの12か月間の物価上昇率は6.7%だった。") == "true"
    # a month's spending is not the twelve months' (was true on the August value)
    assert rating("Household spending was £100 in the 12 months to August 2023.") == "unverifiable"
    assert rating("2023年8月までの12か月間の家計消費支出は100ポンドだった。") == "unverifiable"
    # twelve months to December are the calendar year
    assert rating("Household spending was £1,200 in the twelve months to December 2023.") == "true"


def test_a_minus_after_a_japanese_word_is_a_sign() -> None:
    assert _read("前年比-3.2%") == [(-3.2, "%")]
    assert _read("実質賃金は-2.5%") == [(-2.5, "%")]
    # after a scale word the dash joins a range
    assert _read("10万-20万人") == [(1e5, None), (2e5, "count")]


def test_indian_digit_groups_are_one_number() -> None:
    assert _read("₹1,00,000") == [(1e5, "INR")]
    assert _read("Rs 12,34,567") == [(1234567.0, "INR")]
    assert _read("1,234,567 people") == [(1234567.0, "count")]


def test_a_date_of_the_source_does_not_date_the_figure(pack: Pack) -> None:
    def periods(text: str) -> list[str]:
        return [p.period.text for st in parse(text, pack).statements for p in st.periods]

    # the figure's own date is the claimed period; the source's edition is not
    assert periods("UK GDP grew by 4.9 per cent in 2017, according to the Economic Survey 2018.") == ["2017"]
    assert periods("2018年版の経済白書によると、英国の2017年のGDP成長率は4.9%だった。") == ["2017"]
    # alone, the source's date is the only date the figure has
    assert periods("According to the Economic Survey 2018, UK GDP grew by 4.9 per cent.") == ["2018"]
