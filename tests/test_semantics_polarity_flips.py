"""Polarity flips (issue 8; docs/verdict-rules.md §2, §4.4, §4.6): families of causes that made a
true-ish claim false-ish or the reverse on packs written by others. Each test asserts one rule on
a small pack built here, in Japanese and English.

- A direction word before 率 (上昇率, 増加率) names a rate: the clause's own verb says the direction.
- A figure written with 前年比 is checked as well as the direction against the year before.
- The largest fall (過去最大の落ち込み) on a measure of change is its lowest value.
- The start of a change is no value of a record's period ("a record 7.5 GW, up from 5.3 GW").
- "the December quarter of 2024" is 2024-Q4; "gigawatts", 「トン」, "tonnes" are units.
- 「前年より…増えた」 after a clause with a period runs from the year before to that period.
- "nearly halved" is a ratio a little above 0.5, as "nearly doubled" is a little below 2.
- A range (「4.00〜4.25%」, "a range of 3.5% to 3.75%") is one interval, not a change.
- An event whose title goes the other way (a hike) is not the cut said when a cut matches as well.
- A year's value is the year's own (an annual series) before a month of the same measure's monthly
  series; 「プラスになった」 says the value turned positive, as 「プラスに転じた」 does.
- "fell 1.0% in 2022, 2.5% in 2023 and 0.3% in 2024": each figure is its own period's value
  (a Japanese list 「2022年は1.0%、2023年は2.5%」 is split into clauses at 、 already).
- "peaked at 1.1% in 2024" is the period's highest value, not its latest.
- Two periods set against each other on a growth measure compare the two values, not a sign.
"""

from __future__ import annotations

from pathlib import Path

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
from shingi.normalize.periods import find_periods
from shingi.normalize.quantities import find_quantities
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: flips
title: {ja: "反転", en: "Flips"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Statistics", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["min", "organization", "農業省", "farm ministry", "", "NL"],
    ["cb", "organization", "中央銀行", "central bank", "", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["hike", "2023-07", "", "cb", "policy", "中央銀行が利上げ、政策金利を5.25〜5.50%に",
     "Central bank raises its policy rate to 5.25%-5.50%", "0.25", "pt", "st", "2", ""],
    ["cut", "2025-09-17", "", "cb", "policy", "中央銀行が0.25ポイントの利下げ、4.00〜4.25%に",
     "Central bank cuts rates by a quarter point to 4.00%-4.25%", "0.25", "pt", "st", "2", ""],
    ["rel", "2025-06-10", "", "min", "announcement", "農業省が備蓄の麦20万トンの放出を発表",
     "Farm ministry announces the release of 200000 tonnes of reserve wheat", "200000", "t", "st", "2", ""],
]
METRICS = [
    METRIC_HEADER,
    ["infl", "麦の物価上昇率（前年同月比）", "wheat inflation (year on year)", "%",
     "麦の上昇率;wheat inflation", "", "growth", ""],
    ["wage", "実質賃金（年平均、前年比）", "real wages (annual change)", "%", "実質賃金;real wages",
     "true", "growth", ""],
    ["cap", "再エネ設備の新規導入量", "renewable capacity added", "GW", "renewable capacity", "true",
     "amount", ""],
    ["crop", "麦の収穫量", "wheat harvest", "t", "収穫量;wheat harvest", "true", "amount", ""],
    ["share", "再エネ比率", "renewable share", "%", "renewables;再エネ", "true", "share", ""],
    ["wage_m", "実質賃金（月次、前年同月比）", "real wages (monthly change)", "%",
     "実質賃金;real wages", "true", "growth", ""],
    ["price", "卸電力価格", "wholesale power price", "JPY", "wholesale power prices;卸電力価格", "false",
     "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["i-03", "NL", "infl", "2025-03", "92.1", "%", "st", ""],
    ["i-04", "NL", "infl", "2025-04", "98.4", "%", "st", ""],
    ["w-22", "NL", "wage", "2022", "-1.0", "%", "st", ""],
    ["w-23", "NL", "wage", "2023", "-2.5", "%", "st", ""],
    ["w-24", "NL", "wage", "2024", "-0.3", "%", "st", ""],
    ["c-23", "NL", "cap", "2023", "5.3", "GW", "st", ""],
    ["c-24", "NL", "cap", "2024", "7.5", "GW", "st", ""],
    ["h-24", "NL", "crop", "2024", "6792000", "t", "st", ""],
    ["h-25", "NL", "crop", "2025", "7468000", "t", "st", ""],
    ["s-q3", "NL", "share", "2024-Q3", "38", "%", "st", ""],
    ["s-q4", "NL", "share", "2024-Q4", "46", "%", "st", ""],
    ["wm-2406", "NL", "wage_m", "2024-06", "1.1", "%", "st", ""],
    ["wm-2412", "NL", "wage_m", "2024-12", "0.6", "%", "st", ""],
    ["p-24", "NL", "price", "2024", "8800", "JPY", "st", ""],
    ["p-25", "NL", "price", "2025", "5000", "JPY", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("flips")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def _rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2026-01-31").rating


def test_a_direction_word_before_rate_is_a_noun(pack: Pack) -> None:
    # 92.1 % -> 98.4 %: the rate widened; 上昇 of 上昇率 is no direction
    assert _rating(pack, "麦の物価上昇率は2025年3月から4月にかけて縮小した。") == "false"
    assert _rating(pack, "麦の物価上昇率は2025年3月から4月にかけて拡大した。") == "true"


def test_a_figure_against_the_year_before_is_checked(pack: Pack) -> None:
    # -0.3 % is below the year before's level of zero change, but not a 2.5 % fall
    found = diagnose("2024年の実質賃金は前年比2.5%減だった。", pack, as_of="2025-03-01")
    assert found.checks[0].result != "holds"
    assert diagnose("2024年の実質賃金は前年比0.3%減だった。", pack, as_of="2025-03-01").rating == "true"


def test_the_largest_fall_is_the_lowest_value_of_a_change(pack: Pack) -> None:
    # 2024's -0.3 % is no record fall (2023 fell 2.5 %); 2023's is
    assert _rating(pack, "2024年の実質賃金は過去最大の落ち込みだった。") == "false"
    assert _rating(pack, "2023年の実質賃金は過去最大の落ち込みだった。") == "true"


def test_the_start_of_a_change_is_no_value_of_the_record(pack: Pack) -> None:
    text = "Norland added a record 7.5 gigawatts of renewable capacity in 2024, up from 5.3 GW in 2023."
    assert _rating(pack, text) == "true"


def test_month_quarters_and_written_units() -> None:
    assert [p.period.text for p in find_periods("in the December quarter of 2024")] == ["2024-Q4"]
    assert [p.period.text for p in find_periods("prices in the December 2025 quarter")] == ["2025-Q4"]
    assert [p.period.text for p in find_periods("between the September and December quarters of 2025")] == [
        "2025-Q3", "2025-Q4"]
    assert [(q.quantity.value, q.quantity.unit) for q in find_quantities("7.5 gigawatts")] == [(7.5, "GW")]
    assert [(q.quantity.value, q.quantity.unit) for q in find_quantities("50万トン")] == [(500000.0, "t")]
    tonnes = find_quantities("210,000 tonnes")
    assert [(q.quantity.value, q.quantity.unit) for q in tonnes] == [(210000.0, "t")]


def test_a_quarter_named_by_its_last_month(pack: Pack) -> None:
    text = "Renewables supplied 46% of Norland's power in the December quarter of 2024."
    assert _rating(pack, text) == "true"


def test_an_event_figure_in_tonnes_is_compared(pack: Pack) -> None:
    # the right event and date, the wrong amount: never true
    assert _rating(pack, "2025年6月10日、農業省は備蓄の麦を50万トン放出すると発表した。") in (
        "false", "mostly_false")
    assert _rating(pack, "2025年6月10日、農業省は備蓄の麦を20万トン放出すると発表した。") == "true"


def test_a_change_from_the_year_before_runs_to_the_sentences_period(pack: Pack) -> None:
    assert _rating(pack, "2025年の麦の収穫量は746万8千トンで、前年より67万6千トン増えた。") == "true"
    assert _rating(pack, "2025年の麦の収穫量は746万8千トンで、前年より20万トン増えた。") != "true"


def test_nearly_halved_is_a_little_above_half(pack: Pack) -> None:
    # 8800 -> 5000 is x0.57: a little more than half is left
    assert _rating(pack, "Norland's wholesale power prices nearly halved from 2024 to 2025.") == "mostly_true"
    assert _rating(pack, "Norland's wholesale power prices halved from 2024 to 2025.") != "true"


def test_a_range_is_one_interval() -> None:
    from shingi.normalize.quantities import Quantity
    from shingi.pipeline.claims.numbers import ClaimedNumber, number_roles

    def nums(text: str, spans: list[tuple[float, str | None, int, int]]) -> list[ClaimedNumber]:
        return [
            ClaimedNumber(Quantity(v, u, False, text[a:b]), "exactly", text[a:b], a, b)
            for v, u, a, b in spans
        ]

    text = "to a range of 3.5% to 3.75%"
    got = number_roles(text, nums(text, [(3.5, "%", 14, 18), (3.75, "%", 22, 27)]))
    assert [(n.comparator, n.role) for n in got] == [("at_least", None), ("at_most", None)]
    text = "金利を4.00~4.25%とした"
    got = number_roles(text, nums(text, [(4.0, None, 3, 7), (4.25, "%", 8, 13)]))
    assert [(n.comparator, n.quantity.unit) for n in got] == [("at_least", "%"), ("at_most", "%")]
    text = "rose from 3.5% to 3.75%"
    got = number_roles(text, nums(text, [(3.5, "%", 10, 14), (3.75, "%", 18, 23)]))
    assert [n.role for n in got] == ["from", "to"]


def test_a_cut_is_not_matched_to_a_hike(pack: Pack) -> None:
    text = "中央銀行は2025年9月、政策金利を0.25ポイント引き下げ、4.00〜4.25%とした。"
    found = diagnose(text, pack, as_of="2025-09-20")
    assert found.rating in ("true", "mostly_true")
    assert "hike" not in found.checks[0].evidence


def test_a_years_value_is_the_years_own(pack: Pack) -> None:
    # 2024: -0.3 % for the year, +0.6 % in December (the latest month inside 2024)
    assert _rating(pack, "2024年の実質賃金は0.3%減だった。") == "true"
    assert _rating(pack, "2024年の実質賃金は0.6%増だった。") != "true"
    assert _rating(pack, "2024年6月の実質賃金は1.1%増えた。") == "true"


def test_became_positive_is_turned_positive(pack: Pack) -> None:
    # the latest value by the claim's date is -0.3 % (2024): not positive
    found = diagnose("実質賃金はプラスになった。", pack, as_of="2025-03-01")
    assert found.rating in ("false", "mostly_false")


def test_each_figure_is_its_own_periods_value(pack: Pack) -> None:
    text = "Norland's real wages fell 1.0% in 2022, 2.5% in 2023 and 0.3% in 2024."
    found = diagnose(text, pack, as_of="2025-03-01")
    assert [c.result for c in found.checks] == ["holds", "holds", "holds"]
    assert found.rating == "true"
    text = "Norland's real wages fell 1.0% in 2022, 2.5% in 2023 and 2.5% in 2024."
    found = diagnose(text, pack, as_of="2025-03-01")
    assert [c.result for c in found.checks] == ["holds", "holds", "fails"]
    text = "2022年の実質賃金は1.0%減、2023年は2.5%減だった。"
    assert diagnose(text, pack, as_of="2025-03-01").rating == "true"


def test_a_peak_is_the_periods_highest_value(pack: Pack) -> None:
    # monthly real wages in 2024: +1.1 % (June), +0.6 % (December, the latest)
    assert _rating(pack, "Norland's monthly real wages peaked at 1.1% in 2024.") == "true"
    assert _rating(pack, "Norland's monthly real wages peaked at 0.6% in 2024.") != "true"


def test_two_periods_of_a_rate_compare_their_values(pack: Pack) -> None:
    # June 2024 +1.1 %, December 2024 +0.6 %: both above zero, December lower
    text = "Norland's monthly real wages were higher in December 2024 than in June 2024."
    assert _rating(pack, text) == "false"
    text = "Norland's monthly real wages were lower in December 2024 than in June 2024."
    assert _rating(pack, text) == "true"
