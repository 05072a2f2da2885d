"""Paraphrase invariance (issue 8; docs/verdict-rules.md, "Paraphrase invariance"): a rewrite of a
claim that keeps its meaning keeps its rating.

A small pack built here holds each family's claims, in Japanese and English, each rated as the
pack settles it; ``evaluation/paraphrase.py`` rewrites them (numbers, dates, hedges, word order,
entity names) and every rewrite must give the original's rating. The spellings the parser reads
as one (``shingi.normalize.spellings``) and the grouped letter currencies are tested alone.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    write_rows_pack,
)
from shingi.evaluation import evaluate_claims
from shingi.normalize.quantities import find_quantities
from shingi.normalize.spellings import grouping_variants, one_spelling
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

ROOT = Path(__file__).resolve().parents[1]

PACK_YAML = """\
id: phrasing
title: {ja: "言い換え", en: "Phrasing"}
language: ja
subject: JP
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Vital statistics", "MHLW", "", "2025-06", "statistics", "ja"],
    ["kantei", "Press conference", "Cabinet", "", "2024-10-01", "government", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["JP", "country", "日本", "Japan", "わが国;JPN", ""],
    ["US", "country", "米国", "United States", "アメリカ;USA", ""],
    ["ishiba", "person", "石破茂", "Shigeru Ishiba", "石破首相;Prime Minister Ishiba", "JP"],
    ["acme", "company", "アクメ", "Acme", "ACME", "JP"],
]
EVENTS = [
    EVENT_HEADER,
    ["e1", "2024-10-01", "", "ishiba", "plan",
     "石破首相が最低賃金を2020年代に全国平均1500円へ引き上げる目標を表明",
     "Ishiba sets a goal of a 1,500 yen minimum wage in the 2020s", "1500", "JPY", "kantei", "2", ""],
    ["e2", "2024-04", "", "acme", "investment", "アクメが国内工場に2000億円を投資すると発表",
     "Acme announces a 200 billion yen plant investment", "2000億", "JPY", "st", "2", ""],
]
METRICS = [
    METRIC_HEADER,
    ["births", "出生数", "births", "count", "", "", "count", ""],
    ["share50", "50%以上を得点した受験者の割合", "share of candidates scoring 50% or more", "%", "", "true",
     "share", ""],
    ["budget", "一般会計予算", "general account budget", "JPY", "予算", "", "amount", ""],
    ["months", "出生数が前月より1000人以上減った月の数", "count of steep monthly declines", "count", "",
     "false", "count", ""],
    ["per100k", "人口10万人当たりの交通事故死者数", "road deaths per 100,000 people", "count", "", "false",
     "ratio", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["o1", "JP", "births", "2023", "727288", "count", "st", ""],
    ["o2", "JP", "births", "2024", "686061", "count", "st", ""],
    ["o3", "JP", "share50", "2024", "30.2", "%", "st", ""],
    ["o4", "JP", "per100k", "2024", "2.1", "count", "st", ""],
    ["o5", "JP", "per100k", "2023", "2.2", "count", "st", ""],
    ["o6", "JP", "budget", "FY2024", "112.6兆", "JPY", "st", ""],
    ["o7", "JP", "months", "2024", "5", "count", "st", ""],
]
# Each claim is rated as the pack settles it; the families' rewrites apply to them.
CLAIMS = """\
- id: share-en
  text: "Japan's share of candidates scoring 50% or more was 30.2% in 2024."
  expected: "true"
- id: per100k-ja
  text: "日本の人口10万人当たりの交通事故死者数は、2024年も2.1人だった"
  expected: "true"
- id: births-ja
  text: "2024年の日本の出生数は約69万人だった"
  expected: "true"
- id: ratio-ja
  text: "2024年の日本の出生数は前年の約0.94倍に減った"
  expected: "true"
- id: births-en
  text: "In 2024 Japan's births fell below 700,000 for the first time, down about 6% on 2023."
  # -5.67 %: "about 6%" is the fall rounded up, 5.5 % over it: mostly true (verdict-rules §5.1)
  expected: mostly_true
- id: births-en2
  text: "Births in Japan fell to 686,061 in 2024."
  expected: "true"
- id: unknown-place-en
  text: "Okinawa saw a record low number of births in 2024."
  expected: unverifiable
- id: plan-ja
  text: "石破首相が最低賃金1500円の目標を掲げたのは2023年のことだ"
  expected: mostly_false
- id: acme-ja
  text: "アクメは2024年4月に2000億円の投資を発表した"
  expected: "true"
- id: acme-en
  text: "Acme announced a 200 billion yen investment in April 2024."
  expected: "true"
- id: ishiba-en
  text: "Prime Minister Ishiba set a goal of a 1,500 yen minimum wage in October 2024."
  expected: "true"
- id: months-ja
  text: "日本の出生数が前月より1000人以上減った月の数は2024年に5だった"
  expected: "true"
- id: budget-ja
  text: "日本の2024年度の一般会計予算は約112.6兆円だった"
  expected: "true"
"""


def _paraphrase() -> ModuleType:
    spec = importlib.util.spec_from_file_location("paraphrase", ROOT / "evaluation" / "paraphrase.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("paraphrase", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pack_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = write_rows_pack(tmp_path_factory.mktemp("phrasing") / "phrasing", PACK_YAML, SOURCES, ENTITIES,
                             EVENTS, METRICS, OBSERVATIONS)
    (folder / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    return folder


def test_the_claims_are_rated_as_the_pack_settles_them(pack_dir: Path) -> None:
    pack = load_pack(pack_dir)
    result = evaluate_claims(pack, list(pack.claims.values()))
    assert [(r.id, r.rating) for r in result.results if not r.exact] == []


@pytest.mark.parametrize("family", ["numbers", "dates", "hedges", "order", "entities"])
def test_a_meaning_preserving_rewrite_keeps_the_rating(pack_dir: Path, family: str) -> None:
    tally = _paraphrase().run([pack_dir], (family,))[family]
    assert tally.tried >= 3
    assert [(c.claim, c.rewrite, c.rewritten, c.before, c.after) for c in tally.changed] == []


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("30.2 percent scored 50 per cent or more", "30.2% scored 50% or more"),
        ("出生数は5パーセント減った", "出生数は5%減った"),
        ("令和5年度に、平成31年4月から令和元年5月", "2023年度に、2019年4月から2019年5月"),
        ("the lowest since Dec. 2008 and Sept. 5, 2024",
         "the lowest since December 2008 and 5 September 2024"),
        ("deaths jumped during 2020, During March 2021", "deaths jumped in 2020, In March 2021"),
        ("up around 20%, Roughly $5 billion, approximately 1,000",
         "up about 20%, About $5 billion, about 1,000"),
        ("およそ69万人、11万トン程度、100倍ほど、55%前後", "約69万人、約11万トン、約100倍、約55%"),
        ("年収2,000,000円未満、人口100,000人当たり、1,234,560,000円",
         "年収200万円未満、人口10万人当たり、12億3456万円"),
        ("3兆2000億円規模の補正予算、1億2000万人、68万6061人", "3.2兆円規模の補正予算、1.2億人、68万6061人"),
        ("N44 trillion on September 30, 2022, up from", "N44 trillion on 30 September 2022, up from"),
        ("およそ2年半短くなった、1時間半、3か月半", "約2.5年短くなった、1.5時間、3.5か月"),
        ("この2年半で倍増、2年半ぶりに、2年半前", "この2.5年で倍増、2.5年ぶりに、2.5年前"),
        ("somewhere around 40%, in the region of $5 billion", "about 40%, about $5 billion"),
    ],
)
def test_one_spelling_for_what_means_the_same(written: str, read: str) -> None:
    assert one_spelling(written) == read


@pytest.mark.parametrize(
    "kept",
    [
        "up 3 percentage points", "5 percent points", "3パーセントポイント上昇",  # points are no per cent
        "around the world", "about the budget",  # no number after the hedge
        "12,345人", "RTX-20000の性能",  # no whole number of 万; part of a name
        "2024年に1999年の水準", "in 2024 and 1999",  # years are never grouped
        "2020年前後", "5年程度",  # a year or a duration with a hedge stays as written
        "2020年半ばに", "上半期", "2025年半期",  # mid-2020, a half-year: no length and a half
        # 半 the first character of the next word (半導体, 半減, 半数, 半額): no length and a half
        "この10年半導体生産額は2倍", "この2年半減した", "5年半数が", "2年半額で",
    ],
)
def test_other_spellings_are_left_alone(kept: str) -> None:
    assert one_spelling(kept) == kept


@pytest.mark.parametrize(
    ("name", "variants"),
    [
        ("1000人以上減った月の数", ["1,000人以上減った月の数"]),
        ("deaths per 100,000 people", ["deaths per 100000 people"]),
        ("2024年の12345人", ["2024年の12,345人"]),  # a year is never grouped
    ],
)
def test_a_name_is_found_however_its_digits_are_grouped(name: str, variants: list[str]) -> None:
    assert grouping_variants(name) == variants


def test_a_letter_currency_with_grouped_digits_is_a_sum() -> None:
    # P16 trillion was read; P16,000,000,000,000 (the same sum) was dropped as a name like P2
    text = "debt of P17,460,000,000,000 and N424,000"
    found = [(q.quantity.value, q.quantity.unit) for q in find_quantities(text)]
    assert found == [(17.46e12, "PHP"), (424000.0, "NGN")]
    assert find_quantities("P2 and N95 masks") == []


def test_the_claim_is_shown_as_written(pack_dir: Path) -> None:
    d = diagnose("2024年の日本の出生数はおよそ69万人だった", load_pack(pack_dir))
    assert d.claim == "2024年の日本の出生数はおよそ69万人だった"
    assert d.rating == "true"
