"""Guards against a true-ish verdict on what was not checked (docs/verdict-rules.md §4.13, §2
Negation). Each test asserts one rule on a small pack built here, with a case the rule must not
fire on.

- A bound met only by a value on the other side of zero and of another scale ("dropped under 76
  years" against a change of -0.6 year) is far past: left open.
- A superlative or comparison that holds while the figure the statement gives (a margin, a size)
  was compared with nothing is left open; a figure the record's source states is not.
- 「…にほかならない」 is an emphatic copula, no negation; "never so many", "Not in four years had … as
  many as" are a record's words, no negation of the statement.
- A pseudo-cleft 「XしたのはYだ」 presupposes X: Y, its focus, left unknown leaves the claim open.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [["north", "other", "北州", "North Province", "", "NL"]]
EVENTS = [
    ["vis-top", "2025-06", "", "NL", "milestone", "訪問者が初めて500万人を超える",
     "Visitors top 5 million for the first time", "5000000", "count", "stat", "2", ""],
]
METRICS = [
    ["life", "平均寿命", "life expectancy", "years", "life expectancy at birth", "true", "amount", ""],
    ["fuel", "ガソリン価格", "petrol price", "JPY/L", "petrol;ガソリン", "false", "amount", ""],
    ["visitors", "訪問者数", "visitors", "count", "visitors;visitor arrivals", "true", "count", ""],
]
OBSERVATIONS = [
    [i, e, m, period, value, unit, "stat", ""]
    for i, e, m, period, value, unit in (
        ("l20", "NL", "life", "2020", "77", "years"),
        ("l21", "NL", "life", "2021", "76.4", "years"),
        ("f-nl", "NL", "fuel", "2025-04", "186.3", "JPY/L"),
        ("f-north", "north", "fuel", "2025-04", "194.5", "JPY/L"),
        ("v22", "NL", "visitors", "2022", "3100000", "count"),
        ("v23", "NL", "visitors", "2023", "4200000", "count"),
        ("v24", "NL", "visitors", "2024", "4600000", "count"),
        ("v25", "NL", "visitors", "2025", "5200000", "count"),
    )
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "guards", METRICS, OBSERVATIONS, entities=ENTITIES, events=EVENTS)


def test_a_bound_met_across_zero_by_another_scale_is_left_open(pack: Pack) -> None:
    # 76.4 years is not under 76: the change of -0.6 year meets "under 76" only trivially
    d = diagnose("Norland's life expectancy dropped under 76 years in 2021.", pack)
    assert d.rating == "unverifiable"
    assert "ten times past" in d.checks[0].reason
    # not: a fall of its own size against a positive bound ("fell by more than" a figure near it)
    assert diagnose("Norland's life expectancy fell by more than 0.5 years in 2021.", pack).rating == "true"
    assert diagnose("Norland's life expectancy fell in 2021.", pack).rating == "true"
    # not: the same bound set against the level too ("fell below 77 years for the first time")
    said = "Norland's life expectancy fell below 77 years for the first time in 2021."
    assert diagnose(said, pack).rating == "true"


def test_a_margin_compared_with_nothing_is_left_open(pack: Pack) -> None:
    d = diagnose("北州のガソリンは全国平均より10円以上高い。", pack)
    assert d.rating == "unverifiable"
    assert "compared with nothing" in d.checks[0].reason
    # not: the order alone, with no figure, holds
    assert diagnose("北州のガソリンは全国平均より高い。", pack).rating == "true"
    # not: a margin that was compared (8.2 yen against "more than 10 yen") is graded as before
    said = "Petrol in North Province costs more than 10 yen a litre more than the national average."
    d2 = diagnose(said, pack)
    assert d2.rating not in ("true", "unverifiable")


def test_a_record_stated_by_its_source_keeps_its_figure(pack: Pack) -> None:
    # the figure compared, or the source's own words: held as before
    assert diagnose("Visitors to Norland topped 5 million for the first time in 2025.", pack).rating == "true"
    assert diagnose("2025年、ノーランドの訪問者数は初めて500万人を超えた。", pack).rating == "true"


def test_an_emphatic_copula_is_no_negation(pack: Pack) -> None:
    assert diagnose("2021年にノーランドの平均寿命が下がったのは事実にほかならない。", pack).rating == "true"
    assert diagnose("2021年にノーランドの平均寿命が下がったのは事実に他ならない。", pack).rating == "true"
    # not: a plain negative still inverts
    assert diagnose("2021年にノーランドの平均寿命は下がっていない。", pack).rating == "false"


def test_a_pseudo_cleft_leaves_its_focus_open(pack: Pack) -> None:
    # 「XしたのはYだ」: X (the visitors' figure, which holds) is presupposed, Y (who received them)
    # is what the claim asserts, and the pack does not settle it
    d = diagnose("ノーランドの2025年の訪問者520万人を受け入れたのは、北州のホテルだ。", pack)
    assert d.rating == "unverifiable"
    assert "what the claim says of it" in d.reason
    # not: the figure said as the claim's own predicate
    assert diagnose("ノーランドの2025年の訪問者は520万人だった。", pack).rating == "true"


def test_a_negated_equative_over_every_period_is_no_negation(pack: Pack) -> None:
    # "never so many", "Not in four years had … as many as": the record's words; the negative
    # denies nothing else the statement says
    said = "Norland had about 5.2 million visitors in 2025, never so many, and the number is still rising."
    assert diagnose(said, pack, as_of="2026-01-10").rating == "true"
    said = "Not in four years had Norland's visitors numbered as many as the 5.2 million of 2025."
    assert diagnose(said, pack, as_of="2026-01-10").rating == "true"
    # not: a plain negative still inverts
    assert diagnose("Norland's visitors did not rise in 2025.", pack, as_of="2026-01-10").rating == "false"
    # not: "not in N years" with no equative after it is a plain negation (the visitors did rise
    # above 5 million in 2025)
    said = "Norland's visitors did not in four years rise above 5 million."
    assert diagnose(said, pack, as_of="2026-01-10").rating == "false"
