"""Decisions read for their way (docs/verdict-rules.md §4.15), in Japanese and English, on a small
pack about Norland:

- a bill passed (「法成立」, "law passed") is a decision for it, the opposite of one rejected (blind
  round 13b chile-copper f5: true → false);
- a forecast revised down (下方修正, "revised down") is a decision downwards, the opposite of one
  raised, for a plan as for an act; and a target kept is no raise of another one (round 13b
  chile-copper f2: true → false)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["output", "生産量", "output", "t", "生産量;output", "false", "amount", ""],
]
OBSERVATIONS = [
    ["o-out-2024", "NL", "output", "2024", "100", "t", "stat", ""],
]
E = ["", "", "stat"]
EVENTS = [
    ["e-law", "2023-05", "", "NL", "regulation", "ノーランド鉱業ロイヤルティ法成立（2024年から施行）",
     "Norland mining royalty law passed: in force from 2024", *E, "3", ""],
    ["e-guide", "2025-08", "", "NL", "plan",
     "ノーランド公社が2025年生産見通しを140万トンから134万トンへ下方修正",
     "Norland Copper revises its 2025 output guidance down from 1.40 Mt to 1.34 Mt", *E, "2", ""],
    ["e-keep", "2025-08", "", "NL", "plan", "ノーランド公社は2030年に年170万トンの長期目標を維持",
     "Norland Copper keeps its long-term target of 1.7 Mt a year by 2030", *E, "1", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "r13-safety", METRICS, OBSERVATIONS, events=EVENTS, language="ja")


def test_a_bill_passed_is_not_rejected(pack: Pack) -> None:
    en = diagnose("Norland's parliament rejected the mining royalty bill in May 2023.", pack, lang="en",
                  as_of="2025-09-01")
    assert en.rating == "false"
    ja = diagnose("ノーランド議会は2023年5月に鉱業ロイヤルティ法案を否決した。", pack, as_of="2025-09-01")
    assert ja.rating == "false"
    assert diagnose("Norland's parliament passed the mining royalty bill in May 2023.", pack, lang="en",
                    as_of="2025-09-01").rating == "true"
    assert diagnose("ノーランドの鉱業ロイヤルティ法は2023年5月に成立した。", pack,
                    as_of="2025-09-01").rating == "true"


def test_a_forecast_revised_down_is_not_raised(pack: Pack) -> None:
    ja = diagnose("ノーランド公社は2025年の生産見通しを引き上げた。", pack, as_of="2025-09-01")
    assert ja.rating == "false"
    en = diagnose("Norland Copper raised its 2025 output guidance.", pack, lang="en", as_of="2025-09-01")
    assert en.rating != "true"
    assert diagnose("ノーランド公社は2025年の生産見通しを下方修正した。", pack,
                    as_of="2025-09-01").rating == "true"


RANK_METRICS = [
    ["queue_rank", "待機者数の地域順位", "region rank by queue length", "rank", "待機者数の順位;queue rank",
     "false", "rank", "待機者数が多い順の順位（1位＝最多）。"],
]
RANK_ENTITIES = [
    ["north", "other", "北部", "North", "", ""],
    ["south", "other", "南部", "South", "", ""],
    ["east", "other", "東部", "East", "", ""],
]
RANK_OBSERVATIONS = [
    ["r-e-2024", "east", "queue_rank", "2024-04", "1/10", "rank", "stat", ""],
    ["r-n-2024", "north", "queue_rank", "2024-04", "2/10", "rank", "stat", ""],
    ["r-e-2025", "east", "queue_rank", "2025-04", "1/10", "rank", "stat", ""],
    ["r-s-2025", "south", "queue_rank", "2025-04", "2/10", "rank", "stat", ""],
]


@pytest.fixture(scope="module")
def ranks(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "r13-ranks", RANK_METRICS, RANK_OBSERVATIONS, entities=RANK_ENTITIES,
                      language="ja")


def test_a_place_said_as_current_that_a_later_ranking_gives_to_another(ranks: Pack) -> None:
    en = diagnose("North now ranks second by queue length.", ranks, lang="en", as_of="2025-09-15")
    assert en.rating not in ("true", "mostly_true")
    ja = diagnose("北部の待機者数は今も2番目に多い。", ranks, as_of="2025-09-15")
    assert ja.rating not in ("true", "mostly_true")
    # said of its own year, or of the one that holds it now, the place holds
    assert diagnose("North ranked second by queue length in April 2024.", ranks, lang="en",
                    as_of="2025-09-15").rating == "true"
    assert diagnose("South now ranks second by queue length.", ranks, lang="en",
                    as_of="2025-09-15").rating == "true"


ARRIVAL_METRICS = [
    ["arrivals_from", "国別の訪問者数", "Arrivals in Norland by nationality", "count",
     "訪問者数;arrivals from;visitors from", "true", "count",
     "国籍別の暦年入国者数（エンティティ＝送客国）。"],
    ["arrivals", "外国人訪問者数", "International arrivals", "count", "foreign arrivals;外国人旅行者数",
     "true", "count", ""],
]
ARRIVAL_ENTITIES = [["SU", "country", "スドランド", "Sudland", "", ""]]
ARRIVAL_OBSERVATIONS = [
    ["a-su-2023", "SU", "arrivals_from", "2023", "351", "count", "stat", ""],
    ["a-su-2024", "SU", "arrivals_from", "2024", "673", "count", "stat", ""],
    ["a-nl-2019", "NL", "arrivals", "2019", "3990", "count", "stat", ""],
    ["a-nl-2023", "NL", "arrivals", "2023", "2815", "count", "stat", ""],
    ["a-nl-2024", "NL", "arrivals", "2024", "3554", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def arrivals(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "r13-arrivals", ARRIVAL_METRICS, ARRIVAL_OBSERVATIONS,
                      entities=ARRIVAL_ENTITIES, language="ja")


def test_a_multiple_said_as_a_change_is_no_comparison_with_the_place(arrivals: Pack) -> None:
    en = diagnose("Arrivals from Sudland in Norland nearly doubled in 2024.", arrivals, lang="en",
                  as_of="2025-06-01")
    assert en.checks[0].kind == "change"
    assert en.rating == "true"
    ja = diagnose("ノーランドではスドランドからの訪問者数が2024年にほぼ倍増した。", arrivals,
                  as_of="2025-06-01")
    assert ja.checks[0].kind == "change"
    assert ja.rating == "true"
    tripled = diagnose("Arrivals from Sudland in Norland tripled in 2024.", arrivals, lang="en",
                       as_of="2025-06-01")
    assert tripled.rating not in ("true", "mostly_true")


def test_a_record_named_as_the_base_of_a_part_is_no_new_record(arrivals: Pack) -> None:
    en = diagnose("By 2024 Norland's foreign arrivals were back to about 90% of the 2019 record.", arrivals,
                  lang="en", as_of="2025-06-01")
    assert all(c.kind != "superlative" for c in en.checks)
    assert en.rating != "false"
    ja = diagnose("2024年のノーランドの外国人訪問者数は過去最高だった2019年の約9割まで戻った。", arrivals,
                  as_of="2025-06-01")
    assert ja.rating == "true"
    half = diagnose("2024年のノーランドの外国人訪問者数は過去最高だった2019年の約5割まで戻った。", arrivals,
                    as_of="2025-06-01")
    assert half.rating == "mostly_false"
    # a record said of the year itself is still a record claim
    assert diagnose("Norland's foreign arrivals hit a record in 2024.", arrivals, lang="en",
                    as_of="2025-06-01").rating == "false"


def test_a_level_verb_gives_the_level_not_the_size_of_the_change(arrivals: Pack) -> None:
    en = diagnose("Norland's foreign arrivals numbered 3,554 in 2024, up from a year earlier.", arrivals,
                  lang="en", as_of="2025-06-01")
    assert en.rating == "true"
    assert diagnose("Norland's foreign arrivals stood at 3,554 in 2024, down from a year earlier.", arrivals,
                    lang="en", as_of="2025-06-01").rating == "false"
    ja = diagnose("ノーランドの外国人訪問者数は2024年に3554人で、前年から増えた。", arrivals,
                  as_of="2025-06-01")
    assert ja.rating in ("true", "mostly_true")


def test_a_record_of_a_month_is_not_read_on_the_year(arrivals: Pack) -> None:
    en = diagnose("In December 2024 Norland's foreign arrivals hit a monthly record.", arrivals, lang="en",
                  as_of="2025-06-01")
    assert en.rating == "unverifiable"
    ja = diagnose("2024年12月、ノーランドの外国人訪問者数は単月の過去最高を記録した。", arrivals,
                  as_of="2025-06-01")
    assert ja.rating == "unverifiable"
    # the year's own record is read on the year, and so is a month's without words of one month (the
    # year's value may be a count at a date of it)
    assert diagnose("In December 2024 Norland's foreign arrivals hit a record.", arrivals, lang="en",
                    as_of="2025-06-01").rating == "false"
    assert diagnose("2024年、ノーランドの外国人訪問者数は過去最高を記録した。", arrivals,
                    as_of="2025-06-01").rating == "false"


def test_a_level_after_a_change_since_a_date_is_the_latest(arrivals: Pack) -> None:
    ja = diagnose("ノーランドの外国人訪問者数は2023年から700人以上増えて、3500人を超えた。", arrivals,
                  as_of="2025-06-01")
    assert [c.result for c in ja.checks] == ["holds", "holds"]
    # English says the level inside the change's statement ("…, reaching over 3,500"): its end
    en = diagnose("Norland's foreign arrivals have risen by more than 700 since 2023, reaching over 3,500.",
                  arrivals, lang="en", as_of="2025-06-01")
    assert en.rating == "true"
    wrong = diagnose("ノーランドの外国人訪問者数は2023年から700人以上増えて、4000人を超えた。", arrivals,
                     as_of="2025-06-01")
    assert wrong.rating not in ("true", "mostly_true")
