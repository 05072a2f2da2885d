"""Families of meaning in real releases: signs of paired changes, national bodies named like
places, ratio measures, bands of values, breakdowns, durations that are no counts."""

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
        return e.name_ja or e.name_en or e.id
    return [(name(o.entity), o.period.text, o.value.value, o.value.unit) for o in facts.observations]


def test_a_change_paired_with_its_rate_shares_the_fall(bare: ExtractContext) -> None:
    text = ("総務省は本日、人口推計を公表した。"
            "総人口は1億2708万3千人で、前年に比べ21万5千人（0.17%）の減少となった。"
            "日本人の人口は1億2065万3227人で、前の年に比べて90万8574人、率にして0.75%減った。"
            "非正規の割合は38.4%で、前月より0.3ポイント下がった。\n")
    values = [v for _, _, v, _ in rows(extract(bare, text, parse_period("2024-10-01")))]
    assert values == [127083000.0, -215000.0, -0.17, 120653227.0, -908574.0, -0.75, 38.4, -0.3]


def test_the_cabinet_office_is_a_national_body_and_osaka_a_prefecture(bare: ExtractContext) -> None:
    text = ("内閣府が13日発表した2016年10〜12月期の国内総生産（GDP）速報値は、実質で前期比0.2%増となり、"
            "4四半期連続でプラス成長を保った。\n\n人口\n\n大阪府の人口は877万1961人だった。\n")
    assert rows(extract(bare, text, parse_period("2017-02-13"))) == [
        ("日本", "2016-Q4", 0.2, "%"), ("大阪府", "2017-02-13", 8771961.0, "count")]  # no count of 4 quarters


def test_a_ratio_measured_in_bai_belongs_to_the_place_before_it(bare: ExtractContext) -> None:
    text = ("厚生労働省が29日発表した10月の有効求人倍率は1.57倍だった。"
            "昨年末から今年初めまで1.6倍台で推移した。\n\n"
            "就業地別にみると、最も高いのは福井県の2.09倍、次いで富山県の2.05倍、最も低いのは高知県の1.25倍だった。\n\n"
            "新規求人倍率は2.44倍だった。\n")
    assert rows(extract(bare, text, parse_period("2019-11-29"))) == [
        ("日本", "2019-10", 1.57, "x"),  # 1.6倍台 is a band of values, and 今年初め dates nothing after it
        ("福井県", "2019-10", 2.09, "x"), ("富山県", "2019-10", 2.05, "x"), ("高知県", "2019-10", 1.25, "x"),
        ("日本", "2019-10", 2.44, "x")]  # after a breakdown by prefecture, the document's subject again


def test_a_multiple_of_something_named_before_it_is_not_its_own(bare: ExtractContext) -> None:
    text = "日本の民間AI投資は米国の約1/100だった。\n"
    assert [o for o in rows(extract(bare, text, parse_period("2025-01-01"))) if o[0] == "米国"] == []
