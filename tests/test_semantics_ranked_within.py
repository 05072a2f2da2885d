"""Places within a country and dates of the first or record event (docs/verdict-rules.md §4.8), on
a small pack built here.

- A region ranked with its country named (「イングランドで住宅価格が最も高い地域は北東部だった」,
  "the most expensive region in England") takes the region's recorded place when the country has
  none on the measure (blind uk-housing ja-ne-most-expensive: unverifiable).
- "Most" or "least" before an adjective is a top or bottom word of a place measure ("the most
  expensive region"), as largest or lowest is.
- The date of a record or first event is graded as a dated event's (§4.2): the right month a year
  off is mostly false, not false (blind uk-housing ja-record-low-2021)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = 'id: ranked-within\ntitle: {en: "Ranked within"}\nlanguage: en\nsubject: NL\n'
SOURCES = [SOURCE_HEADER, ["stat", "Statistics office", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["WL", "country", "ウェストランド", "Westland", "", "NL"],
    ["CAP", "other", "首都圏", "Capital Region", "the Capital Region", "NL"],
    ["HILLS", "other", "丘陵地方", "Hill Country", "the Hill Country", "NL"],
    ["CB", "organization", "ノーランド中央銀行", "Norland Central Bank", "the central bank", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["e1", "2019-05-10", "", "CB", "policy", "中央銀行が政策金利を1%に引き下げ",
     "Central bank cuts its rate to 1%", "1", "%", "stat", "2", ""],
    ["e2", "2020-03-19", "", "CB", "policy", "中央銀行が政策金利を過去最低の0.1%に引き下げ",
     "Central bank cuts its rate to a record low of 0.1%", "0.1", "%", "stat", "3", ""],
]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind", "definition"],
    ["price", "住宅価格", "house price", "USD", "house prices", "", "amount", ""],
    ["price_rank", "住宅価格の地域順位", "regional house price rank", "rank",
     "most expensive region;住宅価格の地域順位", "false", "rank", "1 = most expensive"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["p1", "CAP", "price", "2024-10", "520000", "USD", "stat", ""],
    ["p2", "HILLS", "price", "2024-10", "167000", "USD", "stat", ""],
    ["r1", "CAP", "price_rank", "2024-10", "1/2", "rank", "stat", ""],
    ["r2", "HILLS", "price_rank", "2024-10", "2/2", "rank", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("ranked_within")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(("claim", "rating"), [
    ("2024年10月、ウェストランドで住宅価格が最も高い地域は丘陵地方だった。", "false"),
    ("2024年10月、ウェストランドで住宅価格が最も高い地域は首都圏だった。", "true"),
    ("In October 2024 the Hill Country was the most expensive region in Westland.", "false"),
    ("In October 2024 the Capital Region was the most expensive region in Westland.", "true"),
    ("In October 2024 the Hill Country was the least expensive region in Westland.", "true"),
])
def test_a_region_ranked_within_its_country_takes_its_own_place(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating


@pytest.mark.parametrize(("claim", "rating"), [
    ("ノーランド中央銀行が政策金利を過去最低の0.1%に引き下げたのは2020年3月だった。", "true"),
    # the right month, a year off: mostly false (§4.2), never mostly true
    ("ノーランド中央銀行が政策金利を過去最低の0.1%に引き下げたのは2021年3月だった。", "mostly_false"),
    ("ノーランド中央銀行が政策金利を過去最低の0.1%に引き下げたのは2017年3月だった。", "false"),
])
def test_the_date_of_a_record_event_is_graded_as_an_events(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating
