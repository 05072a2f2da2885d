"""A comparative with no figure that sets the value now against one earlier period ("Rice is lower
now than in May 2025", 「売上はいまや2019年より小さい」): the change from that period to the latest
value at the claim's date (blind round 24 jp-rice-2025 en-lower-than-may; docs/verdict-rules.md
§4.7, "Now against an earlier period")."""

from __future__ import annotations

import pytest

from pack_builder import STATISTICS_SOURCE, small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["price", "コメの平均価格", "Average rice price", "JPY", "rice prices;コメ価格;米価", "false", "amount",
     ""],
    ["sales", "書籍の売上", "Book sales", "JPY", "book sales;書籍売上", "true", "amount", ""],
    ["sales_growth", "書籍の売上の伸び率", "Growth of book sales", "%", "", "true", "growth", ""],
]
OBSERVATIONS = [
    ["p1", "NL", "price", "2025-05-18", "4285", "JPY", "stat", ""],
    ["p2", "NL", "price", "2025-09-07", "4155", "JPY", "stat", ""],
    ["p3", "NL", "price", "2026-01-04", "4416", "JPY", "stat", ""],
    ["p4", "NL", "price", "2026-03-01", "3900", "JPY", "march", ""],
    ["b1", "NL", "sales", "2019", "1540", "JPY", "stat", ""],
    ["b2", "NL", "sales", "2023", "1560", "JPY", "stat", ""],
    ["b3", "NL", "sales", "2025", "1546", "JPY", "stat", ""],
    ["g1", "NL", "sales_growth", "2025", "-0.9", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    march = ["march", "Price survey", "Office", "", "2026-03-05", "statistics", "en"]
    return small_pack(tmp_path_factory, "now-against-then", METRICS, OBSERVATIONS,
                      sources=[STATISTICS_SOURCE, march])


def test_lower_now_than_a_month_is_read_at_the_claims_date(pack: Pack) -> None:
    # the latest price at the claim's date (4,416 in January 2026), not the later 3,900
    d = diagnose("Rice prices in Norland are lower now than in May 2025.", pack, as_of="2026-01-12")
    assert d.rating == "false" and d.checks[0].evidence == ["p1", "p3"]
    later = diagnose("Rice prices in Norland are lower now than in May 2025.", pack, as_of="2026-03-10")
    assert later.rating == "true"


def test_japanese_now_against_a_year(pack: Pack) -> None:
    d = diagnose("ノーランドの書籍の売上は、いまや2019年より多い", pack, as_of="2026-02-01")
    assert d.rating == "true" and d.checks[0].evidence == ["b1", "b3"]
    fewer = diagnose("ノーランドの書籍の売上は、いまや2019年より少ない", pack, as_of="2026-02-01")
    assert fewer.rating == "false"


def test_near_misses_stay_open(pack: Pack) -> None:
    # a degree word says a size of the gap the way alone does not settle (1,546 against 1,540)
    far = diagnose("Norland's book sales are now far higher than in 2019.", pack, as_of="2026-02-01")
    assert far.rating == "unverifiable"
    # no now word: the year compared with is not set against the present
    undated = diagnose("Norland's book sales were higher than in 2019.", pack, as_of="2026-02-01")
    assert undated.rating != "true" or undated.checks[0].evidence != ["b1", "b3"]
