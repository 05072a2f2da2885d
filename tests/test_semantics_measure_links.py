"""Linking a statement to the pack's measures, owners and periods (docs/verdict-rules.md §2, What a
statement names; §4.4; issue 8: claims left unverifiable although the pack holds the figure).
Each test asserts one rule on a small pack built here, in both languages where the rule is read
from words.

- A measure named with no one, that only one body of the pack is observed on (not the pack's
  subject), is that body's.
- A person named after "under" ("Under Smith, inflation hit 12%") dates the figure by a time in
  office; the name is no owner, so the measure stays the pack subject's.
- A measure named outright with no value at the claimed period is not replaced by another measure
  the claim names only in part.
- A clause that carries the previous statement's subject takes, when that subject is not observed
  on the measure, the previous statement's entity that is (「豪州の…NEMの比率」: NEM's).
- 「前年同期の46%から」, "from 46% in the same quarter a year earlier": the same part of the year
  before (a quarter stays a quarter); a change from it with no end of its own runs to the period
  the sentence is about.
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
id: linking
title: {ja: "結び付け", en: "Linking"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Statistics", "Office", "", "2024-01", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["UNION", "organization", "労組連合", "Union Federation", "", "NL"],
    ["GRID", "organization", "北部電力網", "Northern Grid", "NG", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["plus", "2024-06", "", "NL", "milestone",
     "2024年6月の実質賃金が前年同月比1.1%増、27カ月ぶりにプラスに転じる",
     "Real wages rise in June 2024, the first increase in 27 months", "", "", "st", "2", ""],
]
METRICS = [
    METRIC_HEADER,
    ["pay_rise", "春季交渉の賃上げ率", "spring pay rise", "%", "賃上げ率;pay rise", "true", "growth", ""],
    ["pay_ask", "春季交渉の賃上げ要求率", "spring pay rise demanded", "%", "賃上げ要求率;pay rise demand",
     "", "growth", ""],
    ["cpi", "消費者物価上昇率", "inflation rate", "%", "インフレ率;inflation", "false", "growth", ""],
    ["ren", "再エネ比率（四半期）", "quarterly renewable share", "%", "再エネ比率;renewable share", "true",
     "share", ""],
    ["harvest", "主食用米の収穫量", "rice harvest", "t", "収穫量", "true", "amount", ""],
    ["real", "実質賃金（前年同月比）", "real wages", "%", "実質賃金", "true", "growth", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["r22", "UNION", "pay_rise", "2022", "2.1", "%", "st", ""],
    ["r23", "UNION", "pay_rise", "2023", "3.6", "%", "st", ""],
    ["a24", "UNION", "pay_ask", "2024", "5.9", "%", "st", ""],
    ["c22", "NL", "cpi", "2022-06", "9.1", "%", "st", ""],
    ["c23", "NL", "cpi", "2023-06", "3.0", "%", "st", ""],
    ["q241", "GRID", "ren", "2024-Q1", "39", "%", "st", ""],
    ["q244", "GRID", "ren", "2024-Q4", "46", "%", "st", ""],
    ["q251", "GRID", "ren", "2025-Q1", "43", "%", "st", ""],
    ["q254", "GRID", "ren", "2025-Q4", "51", "%", "st", ""],
    ["h24", "NL", "harvest", "2024", "6792000", "t", "st", ""],
    ["h25", "NL", "harvest", "2025", "7468000", "t", "st", ""],
    ["r2405", "NL", "real", "2024-05", "-1.4", "%", "st", ""],
    ["r2407", "NL", "real", "2024-07", "0.3", "%", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("linking")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_measure_only_one_body_has_is_that_bodys(pack: Pack) -> None:
    for said, rating in (
        ("2023年の賃上げ率は3.6%だった", "true"),
        ("2023年の賃上げ率は5.1%だった", "false"),
        ("In 2023 the spring pay rise was 3.6%.", "true"),
    ):
        d = diagnose(said, pack)
        assert d.rating == rating, said
        assert d.checks[0].evidence == ["r23"], said


def test_a_person_under_whom_a_figure_was_is_no_owner(pack: Pack) -> None:
    for said, rating in (
        ("Under Smith, inflation hit 9.1% in June 2022.", "true"),
        ("Under President Smith, inflation hit 12% in June 2022.", "mostly_false"),
    ):
        d = diagnose(said, pack)
        assert d.rating == rating, said
        assert d.checks[0].evidence == ["c22"], said
    # a place that owns the figure is still one the pack lacks
    assert diagnose("Inflation in Smithland hit 9.1% in June 2022.", pack).rating == "unverifiable"


def test_a_measure_named_outright_is_not_replaced_by_one_named_in_part(pack: Pack) -> None:
    # the pay rise has no 2024 value; the 2024 demand (5.9 %) is another measure
    d = diagnose("2024年の賃上げ率は5.9%に達した", pack)
    assert d.rating == "unverifiable"
    assert "a24" not in d.evidence_ids
    # the demand named outright is compared
    assert diagnose("2024年の賃上げ要求率は5.9%だった", pack).rating == "true"


def test_a_carried_subject_gives_way_to_the_owner_of_the_measure(pack: Pack) -> None:
    said = "2025年10〜12月期、ノーランドの北部電力網の再エネ比率は51%に達し、前年同期の{}%から上昇した。"
    d = diagnose(said.format(46), pack)
    assert [c.result for c in d.checks] == ["holds", "holds"]
    assert d.checks[1].evidence == ["q244", "q254"]
    assert d.rating == "true"
    wrong = diagnose(said.format(30), pack)
    assert wrong.checks[1].evidence == ["q244", "q254"]
    assert wrong.checks[1].result != "holds"


def test_the_same_part_of_the_year_before(pack: Pack) -> None:
    d = diagnose("In the fourth quarter of 2025 the Northern Grid's renewable share reached 51%, "
                 "up from 46% in the same quarter a year earlier.", pack)
    assert d.rating == "true"
    assert any(c.evidence == ["q244", "q254"] for c in d.checks)
    # 前年同期 with no figure of its own is not read as the claim's period (2024-Q4 would hold 46);
    # it is what the claimed quarter is set against (§4.7 against the period before): that holds,
    # the figure fails
    other = diagnose("2025年10〜12月期の北部電力網の再エネ比率は前年同期を上回り、46%だった", pack)
    assert other.rating == "half_true"
    assert [(c.result, c.evidence) for c in other.checks][-1] == ("fails", ["q254"])


PERIODS_YAML = """\
id: periods
title: {ja: "期間", en: "Periods"}
language: en
subject: NL
"""
PERIOD_METRICS = [
    METRIC_HEADER,
    ["added_12m", "", "jobs added over the previous 12 months", "count", "jobs added", "true", "count", ""],
    ["added_rank", "", "state rank by jobs added over 12 months", "rank", "most jobs", "false", "rank",
     ""],
    ["month_rank", "", "state rank by over-the-month job gain", "rank", "job creator", "false", "rank", ""],
    ["price", "", "average wholesale price", "EUR", "wholesale price", "false", "amount", ""],
    ["visitors", "", "visitor arrivals", "count", "visitors;tourists", "true", "count", ""],
    ["homes", "", "net additional dwellings", "count", "housebuilding;new homes", "true", "count", ""],
    ["employed", "", "people employed", "count", "employment", "true", "count", ""],
    ["employed_qoq", "", "change in employment on the previous quarter", "count", "", "true", "amount", ""],
    ["employed_yoy", "", "change in employment on the same quarter a year earlier", "count", "", "true",
     "amount", ""],
    ["unemployed_yoy", "", "change in the number of unemployed on the same quarter a year earlier", "count",
     "", "false", "amount", ""],
]
PERIOD_OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["a12", "NL", "added_12m", "2018-09", "22800", "count", "st", ""],
    ["ar", "NL", "added_rank", "2018-09", "2", "rank", "st", ""],
    ["mr", "NL", "month_rank", "2018-09", "1", "rank", "st", ""],
    ["p243", "NL", "price", "2024-Q3", "119", "EUR", "st", ""],
    ["p244", "NL", "price", "2024-Q4", "88", "EUR", "st", ""],
    ["p254", "NL", "price", "2025-Q4", "50", "EUR", "st", ""],
    ["v14", "NL", "visitors", "2014", "1527153", "count", "st", ""],
    ["v18", "NL", "visitors", "2018", "2333796", "count", "st", ""],
    ["h23", "NL", "homes", "FY2023", "221070", "count", "st", ""],
    ["h24", "NL", "homes", "FY2024", "208600", "count", "st", ""],
    ["e", "NL", "employed", "2014-Q4", "15320000", "count", "st", ""],
    ["eq", "NL", "employed_qoq", "2014-Q4", "203000", "count", "st", ""],
    ["ey", "NL", "employed_yoy", "2014-Q4", "143000", "count", "st", ""],
    ["uy", "NL", "unemployed_yoy", "2014-Q4", "79000", "count", "st", ""],
]


@pytest.fixture(scope="module")
def periods(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("periods")
    entities = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
    return load_pack(write_rows_pack(folder, PERIODS_YAML, SOURCES, entities, EVENTS, PERIOD_METRICS,
                                     PERIOD_OBSERVATIONS))


def test_the_last_year_is_the_twelve_months_to_the_claims_date(periods: Pack) -> None:
    said = "Norland added the {} most jobs in the country over the last year."
    d = diagnose(said.format("second"), periods, as_of="2018-10-24")
    assert d.rating == "true"
    assert d.checks[0].evidence == ["ar"]
    assert diagnose(said.format("fifth"), periods, as_of="2018-10-24").rating == "false"
    # a window of a year is no value of a measure of one month's change
    d2 = diagnose("Norland is now the No. 4 job creator in the last year.", periods, as_of="2018-10-24")
    assert d2.rating == "unverifiable"


def test_a_quarter_named_by_its_last_month(periods: Pack) -> None:
    for said in ("The average wholesale price fell to 50 euros in the December 2025 quarter.",
                 "The average wholesale price was 88 euros in the December quarter of 2024.",
                 "The average wholesale price was 88 euros in the final quarter of 2024."):
        d = diagnose(said, periods)
        assert d.rating == "true", said
        assert d.checks[0].evidence in (["p254"], ["p244"]), said
    # "a year earlier" after a quarter is that quarter one year back (Q4 2024, not Q3 2024's 119)
    said = "The average wholesale price fell in the December 2025 quarter compared with a year earlier."
    d = diagnose(said, periods)
    assert d.checks[0].evidence == ["p244", "p254"]


def test_the_figure_when_a_term_began_is_the_one_known_then(periods: Pack) -> None:
    said = ("When he took office in 2015, there were only {} million visitors. "
            "When he took over office, it was a record.")
    d = diagnose(said.format("1.5"), periods, as_of="2019-03")
    assert d.checks[0].evidence == ["v14"]
    assert d.checks[0].result == "holds"
    assert diagnose("When he took office in 2015, there were only 2.3 million visitors.", periods,
                    as_of="2019-03").rating == "mostly_false"
    # a year stated as such is that year's figure: the pack has none for 2015
    dated = diagnose("In 2015 there were 1.5 million visitors.", periods, as_of="2019-03")
    assert dated.rating == "unverifiable"


def test_a_change_in_a_year_on_a_series_of_fiscal_years(periods: Pack) -> None:
    # the year is the fiscal year the pack names by it, as for a value (FY2024 against FY2023)
    d = diagnose("Housebuilding rose in 2024.", periods)
    assert d.rating == "false"
    assert d.checks[0].evidence == ["h23", "h24"]
    assert diagnose("Housebuilding fell in 2024.", periods).rating == "true"


def test_a_change_is_a_value_of_the_measure_that_records_it(periods: Pack) -> None:
    said = ("Between the fourth quarter of 2013 and the fourth quarter of 2014, employment rose by {} "
            "while the number of unemployed people rose by {}.")
    d = diagnose(said.format("143,000", "79,000"), periods)
    assert [c.evidence for c in d.checks] == [["ey"], ["uy"]]
    assert d.rating == "true"
    # the quarter's change (203,000) is another measure: a window of a year takes the year's
    assert diagnose(said.format("203,000", "79,000"), periods).rating == "half_true"
    one_quarter = ("Between the third quarter of 2014 and the fourth quarter of 2014, employment rose by "
                   "203,000.")
    assert diagnose(one_quarter, periods).checks[0].evidence == ["eq"]


def test_led_all_states_claims_first_place(periods: Pack) -> None:
    # "led all states / the nation" is first place on the measure's ranking (Norland is 2nd)
    d = diagnose("In September 2018 Norland led all states in jobs added.", periods)
    assert d.rating == "false"
    assert d.checks[0].evidence == ["ar"]


def test_indeed_is_no_statement(periods: Pack) -> None:
    d = diagnose("Indeed, in 2018 there were 2.3 million visitors.", periods)
    assert [c.result for c in d.checks] == ["holds"]
    assert d.rating == "true"


def test_the_size_of_a_difference_from_the_year_before(pack: Pack) -> None:
    # 「前年より…増えた」 after a figure of 2025 is 2025 against 2024; the amount (in トン, a word the
    # quantity grammar does not read) is the size of the difference and must hold too
    said = "2025年の主食用米の収穫量は746万8千トンで、前年より{}トン増えた。"
    d = diagnose(said.format("67万6千"), pack)
    assert [c.result for c in d.checks] == ["holds", "holds"]
    assert d.checks[1].evidence == ["h25", "h24"]
    # the size of one change against the year before (the period before is its base, not a second
    # period of a run): 80万 for 67.6万 is stretched (mostly true), 100万 the wrong size (§4.1)
    assert diagnose(said.format("80万"), pack).rating == "mostly_true"
    assert diagnose(said.format("100万"), pack).rating == "half_true"
    # points above the year before are a difference between two rates
    rate = "2023年の賃上げ率は3.6%で、前年を{}ポイント上回った。"
    assert diagnose(rate.format("1.5"), pack).rating == "true"
    assert diagnose(rate.format("0.5"), pack).rating == "half_true"


def test_for_the_first_time_qualifies_the_next_clause(periods: Pack) -> None:
    said = "For the first time, the average wholesale price fell below {} euros in the December 2025 quarter."
    d = diagnose(said.format(60), periods)
    assert [c.kind for c in d.checks] == ["superlative"]
    assert d.rating == "true"
    # below 100 euros already in the December 2024 quarter: not the first time
    assert diagnose(said.format(100), periods).rating != "true"


def test_a_turn_in_a_month_the_series_lacks_is_the_event_that_says_so(pack: Pack) -> None:
    # no value of June in the series: the event that says the turn happened dates it (a year off:
    # mostly false); か月 and カ月 are one word
    said = "実質賃金が27か月ぶりにプラスに転じたのは{}年6月だった。"
    wrong = diagnose(said.format(2023), pack, as_of="2024-12-01")
    assert wrong.checks[0].evidence == ["plus"]
    assert wrong.rating == "mostly_false"
    assert diagnose(said.format(2024), pack, as_of="2024-12-01").rating == "true"
