"""A window opened by a rule's coming into force (docs/verdict-rules.md §2 "Windows",
``shingi.pipeline.anchors``), in English and Japanese, on a small pack built here.

- "Since the reform took effect, …", 「改革の施行以来」: the window opens at the state just before
  the date of the pack's event that says the reform took effect (the month before a dated day),
  and runs to the claim's "now" — not to a projection of a period not begun by then.
- Two events that each say it took effect, on different dates: the anchor is ambiguous and the
  change is not settled (unverifiable), never read from one of them.
- "by a full year": a length counted in words is a size (1 year).
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
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: in-force
title: {ja: "施行の試験", en: "In force"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["law", "Pension law", "Parliament", "", "2023-04-15", "government", "en"],
    ["stat", "Pension statistics", "Office", "", "2025-11-01", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
]
EVENTS = [
    EVENT_HEADER,
    ["e-law", "2023-04-14", "", "NL", "regulation", "年金改革法の公布", "Pension reform law promulgated",
     "", "", "law", "", ""],
    ["e-start", "2023-09-01", "", "NL", "operation_start", "年金改革の施行", "Pension reform takes effect",
     "", "", "law", "", ""],
]
METRICS = [
    METRIC_HEADER,
    ["age", "法定退職年齢", "legal retirement age", "years", "retirement age", "true", "score", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["a1", "NL", "age", "2017", "62", "years", "law", ""],
    ["a2", "NL", "age", "2023-08", "62", "years", "law", ""],
    ["a3", "NL", "age", "2023-09", "62.25", "years", "law", ""],
    ["a4", "NL", "age", "2025-10", "62.75", "years", "stat", ""],
    ["a5", "NL", "age", "2030", "64", "years", "law", "planned end point"],
]


def _pack(folder: Path, events: list[list[str]], metrics: list[list[str]] = METRICS,
          observations: list[list[str]] = OBSERVATIONS) -> Pack:
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, events, metrics, observations))


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(tmp_path_factory.mktemp("in-force"), EVENTS)


@pytest.fixture(scope="module")
def two_starts(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    second = ["e-start2", "2024-01-01", "", "NL", "operation_start", "年金改革の第2段階の施行",
              "Second stage of the pension reform takes effect", "", "", "law", "", ""]
    return _pack(tmp_path_factory.mktemp("two-starts"), [*EVENTS, second])


@pytest.mark.parametrize("claim", [
    "Since the pension reform took effect, the retirement age has gone up by 0.75 years.",
    "The retirement age has risen by 0.75 years since the reform took effect.",
    "年金改革の施行以来、法定退職年齢は上がった。",
])
def test_the_window_opens_just_before_the_reform_took_effect(claim: str, pack: Pack) -> None:
    # August 2023 (62, the month before 1 September) to October 2025 (62.75), the latest at the
    # claim's date: not the series' first value (2017) nor the law's planned 2030 age
    d = diagnose(claim, pack, as_of="2025-11-05")
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]
    assert d.checks[0].evidence == ["a2", "a4"]


def test_a_full_year_is_one_year(pack: Pack) -> None:
    d = diagnose("Since the reform took effect, the retirement age has gone up by a full year.", pack,
                 as_of="2025-11-05")
    assert len(d.checks) == 1
    assert d.checks[0].evidence == ["a2", "a4"]
    assert d.checks[0].result != "holds"  # 0.75 of a year, not a full one


def test_two_dates_it_took_effect_leave_the_window_unplaced(two_starts: Pack) -> None:
    d = diagnose("The retirement age has risen by 0.75 years since the reform took effect.", two_starts,
                 as_of="2025-11-05")
    assert d.rating == "unverifiable", [(c.result, c.reason) for c in d.checks]
    # a reason of its own, not the term of office's
    assert "came into force" in d.checks[0].reason


def test_a_month_dated_event_opens_at_the_month_before(tmp_path: Path) -> None:
    # the reform dated September 2023 (no day): the state before it is August's (62), as for a
    # reform of 1 September, not September's own value (62.25, already after it)
    events = [row if row[0] != "e-start" else [row[0], "2023-09", *row[2:]] for row in EVENTS]
    d = diagnose("The retirement age has risen by 0.75 years since the reform took effect.",
                 _pack(tmp_path, events), as_of="2025-11-05")
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]
    assert d.checks[0].evidence == ["a2", "a4"]


@pytest.mark.parametrize("claim", [
    "In the first month after the reform took effect, the retirement age rose by 0.75 years.",
    "The retirement age rose by 0.75 years in the two years after the reform took effect.",
    "年金改革の施行後の1か月で、法定退職年齢は上がった。",
    "年金改革の施行から1年で、法定退職年齢は上がった。",
])
def test_a_span_of_a_length_after_it_took_effect_is_no_window_to_now(claim: str, pack: Pack) -> None:
    # the rise of 0.75 years is August 2023 to October 2025; "the first month after", 「施行後の1か月で」
    # bound a span that ends long before: not placed, not read as the window to now
    d = diagnose(claim, pack, as_of="2025-11-05")
    assert d.rating == "unverifiable", [(c.result, c.reason) for c in d.checks]
    assert "span of a given length" in d.checks[0].reason


# --- a value just before an event the pack dates ------------------------------------------------

BEFORE_EVENTS = [
    EVENT_HEADER,
    ["e-halt", "2023-12", "", "NL", "regulation", "認証試験不正で全車種出荷停止",
     "All shipments halted after test falsification", "", "", "law", "", ""],
    ["e-back", "2025-06", "", "NL", "milestone", "不正後初の新型車発売",
     "First new model since the falsification", "", "", "law", "", ""],
]
BEFORE_METRICS = [
    METRIC_HEADER,
    ["sales", "国内販売台数", "domestic sales", "vehicles", "sales", "true", "count", ""],
]
BEFORE_OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["s22", "NL", "sales", "2022", "560000", "vehicles", "stat", ""],
    ["s23", "NL", "sales", "2023", "594000", "vehicles", "stat", ""],
    ["s24", "NL", "sales", "2024", "366000", "vehicles", "stat", ""],
    ["s25", "NL", "sales", "2025", "536000", "vehicles", "stat", ""],
]


@pytest.fixture(scope="module")
def before_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(tmp_path_factory.mktemp("before"), BEFORE_EVENTS, BEFORE_METRICS, BEFORE_OBSERVATIONS)


@pytest.fixture(scope="module")
def two_halts(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    again = ["e-halt2", "2024-06", "", "NL", "regulation", "再び不正で出荷停止",
             "Shipments halted again over falsification", "", "", "law", "", ""]
    events = [*BEFORE_EVENTS, again]
    return _pack(tmp_path_factory.mktemp("two-halts"), events, BEFORE_METRICS, BEFORE_OBSERVATIONS)


@pytest.mark.parametrize(("claim", "rating"), [
    ("ノーランドの国内販売台数は2025年に不正発覚前の水準を上回った", "false"),
    ("Norland's domestic sales were about 594,000 before the falsification.", "true"),
])
def test_a_value_before_an_event_is_the_one_just_before_its_date(
    claim: str, rating: str, before_pack: Pack
) -> None:
    # the falsification came out in December 2023: the value before it is 2023's (the year that holds
    # November), not the latest (2025); the title that names it only as the time after (e-back) dates
    # nothing
    d = diagnose(claim, before_pack, as_of="2026-01-10")
    assert d.rating == rating, [(c.result, c.reason) for c in d.checks]
    assert "s23" in d.checks[0].evidence


def test_two_events_of_the_name_leave_the_time_before_undated(two_halts: Pack) -> None:
    d = diagnose("Norland's domestic sales were about 594,000 before the falsification.", two_halts,
                 as_of="2026-01-10")
    assert d.rating == "unverifiable", [(c.result, c.reason) for c in d.checks]


def _strike_pack(folder: Path, title_ja: str, title_en: str, date: str = "2025-02") -> Pack:
    events = [EVENT_HEADER,
              ["e-strike", date, "", "NL", "milestone", title_ja, title_en, "", "", "stat", "", ""],
              ["e-warsaw", "2023-05", "", "NL", "milestone", "ワルシャワ会議", "Warsaw summit held", "", "",
               "stat", "", ""],
              ["e-taxi", "2024-03", "", "NL", "milestone", "タクシー規制緩和", "Taxi fares deregulated", "",
               "", "stat", "", ""]]
    return _pack(folder, events, BEFORE_METRICS, BEFORE_OBSERVATIONS)


_STRIKE_ENDS = ("ストライキ終結、工場再開", "Strike ends as plants reopen")
_STRIKE_BEGINS = ("ストライキ開始", "Strike begins")


@pytest.mark.parametrize(("claim", "titles"), [
    # the one strike event says the strike ended (ends, 終結) and plants resumed (再開): its date is
    # not the strike's start, so the time before the strike is undated (not 2024, the year before the end)
    ("Norland's domestic sales in 2025 were double the level before the strike.", _STRIKE_ENDS),
    ("ノーランドの国内販売台数は2025年にストライキ前の水準の2倍になった。", _STRIKE_ENDS),
    ("Norland's domestic sales were about 366,000 before the strike.", _STRIKE_ENDS),
    # "war" is not "Warsaw", "tax" not "Taxi": no event names the thing
    ("Norland's domestic sales were about 560,000 before the war.", _STRIKE_BEGINS),
    ("Norland's domestic sales were about 594,000 before the tax.", _STRIKE_BEGINS),
])
def test_a_title_that_ends_the_thing_or_holds_its_word_in_another_dates_nothing(
    claim: str, titles: tuple[str, str], tmp_path: Path
) -> None:
    d = diagnose(claim, _strike_pack(tmp_path, *titles), as_of="2026-01-10")
    assert d.rating == "unverifiable", [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(("date", "rating"), [("2025-02", "unverifiable"), ("2024-11", "true")])
def test_a_period_mostly_after_the_event_is_no_time_before_it(date: str, rating: str, tmp_path: Path) -> None:
    # a strike that began in February 2025: the month before is January 2025, and the yearly value
    # that holds it (2025) is mostly after the strike: unverifiable. One of November 2024: 2024's
    # value is mostly before it, and holds
    pack = _strike_pack(tmp_path, *_STRIKE_BEGINS, date)
    for claim in ("Norland's domestic sales were about 366,000 before the strike.",
                  "ノーランドの国内販売台数はストライキ前に約36万6000台だった。"):
        d = diagnose(claim, pack, as_of="2026-01-10")
        assert d.rating == rating, (claim, [(c.result, c.reason) for c in d.checks])
