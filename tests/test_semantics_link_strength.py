"""Link strength (docs/verdict-rules.md §4.13): a statement is settled true or false only on
evidence linked to it strongly enough; a weak link leaves it unknown (or a weaker grade), with
the reason said. Each test asserts one rule on a small pack built here.

- A multiple of a measure kept in multiples ("12 times average earnings", unit x) is that
  measure's value, not a ratio of the place named to the pack's subject the claim never names.
- A claim of every part ("in every province", 「全ての州で」) is not settled by the whole's value.
- A value with no period of its own is not settled by the latest value the pack has when a later
  event of the same entity says that measure changed.
- An event in which a person only cites a figure shows that it was said, not that it holds.
- Figures set against each other ("24.5 percent against 7.1 percent nationally") are of two
  owners: one value of the pack does not show the other false.
- A part of a whole ("about a quarter of new employment") is not a rate of growth (now the
  dimension rule, §4.14, tests/test_semantics_dimensions.py).
- A bound that holds only by more than an order of magnitude ("more than 10,000" against 6.13
  million) is of another thing than the value compared.
- A prediction that names no one who intends it ("The minimum wage will reach 1,500 yen in
  2030") is a forecast: another's plan found by its words does not show it.
- A claim whose figures all go unchecked (each in a statement left unknown) is not made true by
  the event and date that hold.
- A target to be reached (「…達成すると表明した」, "pledged to achieve") is a plan, not a target reached.
- A plan decided (「…とする計画を決めた」) is a plan; 「…計画を決めたのは2024年6月だ」 dates the decision.
- A change said of one period is not shown false by two values further apart than that period.
- A comparative of pace ("grew faster in 2024 than in 2023") is not settled by one rate's sign.
- A fraction after "make up" / "account for" is a share of the whole after "of", not a multiple of
  its owner's figure.
- A clause that names no one and says nothing happened (「…、制度創設時（2017年度）の額である」)
  is not shown false by an event found by its words: a detail does not outweigh the point.
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
id: links
title: {ja: "結び付き", en: "Links"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["st", "Statistics", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["port", "other", "ポートシティ", "Port City", "", "NL"],
    ["grant", "programme", "給付奨学金", "grant scholarship", "給付奨学金の予算", "NL"],
    ["exchange", "programme", "留学生交流事業", "student exchange programme", "", "NL"],
    ["roe", "person", "ジェーン・ロー議員", "Jane Roe", "", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["raised", "2024-05", "", "grant", "funding", "給付奨学金の予算は創設時の70億円から大幅に増額",
     "Grant scholarship budget raised well above its 7 billion yen starting level", "", "", "st", "2", ""],
    ["cites", "2022-06-13", "", "roe;exchange", "publication",
     "ジェーン・ロー議員が留学生交流事業の予算（180億円）に言及",
     "Jane Roe cites 18 billion yen for the student exchange programme budget", "", "", "st", "2", ""],
    ["wage-pub", "2026-02-10", "", "NL", "publication", "2025年の最低賃金は1121円、前年から上昇",
     "Norland's minimum wage for 2025 rose to 1121 yen", "", "", "st", "2", ""],
]
METRICS = [
    METRIC_HEADER,
    ["price", "平均住宅価格", "average house price", "EUR", "house prices;average home", "", "amount", ""],
    ["afford", "住宅価格の年収倍率", "house price to earnings ratio", "x",
     "times average earnings;affordability ratio", "false", "ratio", ""],
    ["wage", "最低賃金", "minimum wage", "JPY", "", "true", "amount", ""],
    ["budget", "予算額", "budget", "JPY", "予算", "", "amount", ""],
    ["emp", "雇用の伸び率", "employment growth", "%", "employment grew;new employment", "true", "growth", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["p-nl", "NL", "price", "2024", "250000", "EUR", "st", ""],
    ["p-port", "port", "price", "2024", "500000", "EUR", "st", ""],
    ["a-port", "port", "afford", "2024", "11.1", "x", "st", ""],
    ["a-nl", "NL", "afford", "2024", "7.7", "x", "st", ""],
    ["w-nl", "NL", "wage", "2025", "1121", "JPY", "st", ""],
    ["b-grant", "grant", "budget", "FY2017", "70億", "JPY", "st", ""],
    ["e-nl", "NL", "emp", "2024", "7.1", "%", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("links")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_multiple_of_a_measure_in_multiples_is_its_value(pack: Pack) -> None:
    d = diagnose("In 2024 a home in Port City cost 11 times average earnings.", pack)
    assert [c.kind for c in d.checks] == ["metric"]
    assert d.checks[0].evidence == ["a-port"]
    assert d.rating == "true"
    said = "In 2024 a home in Port City cost {} times average earnings."
    assert diagnose(said.format(12), pack).rating == "mostly_true"
    assert diagnose(said.format(20), pack).rating == "false"
    # a multiple of another entity's value is still a comparison of the two
    d2 = diagnose("In 2024 the average house price in Port City was twice that of Norland.", pack)
    assert d2.checks[0].kind == "comparison"
    assert d2.rating == "true"


def test_a_claim_of_every_part_is_not_settled_by_the_whole(pack: Pack) -> None:
    assert diagnose("In 2025 Norland's minimum wage exceeded 1000 yen.", pack).rating == "true"
    for said in ("In 2025 the minimum wage exceeded 1000 yen in every province.",
                 "2025年、全ての州で最低賃金が1000円を超えた",
                 # the groups a whole is split into are parts too (blind jisatsu all-ages-down)
                 "In 2025 Norland's minimum wage exceeded 1000 yen in every age group.",
                 "2025年、ノーランドではすべての年代で最低賃金が1000円を超えた"):
        d = diagnose(said, pack)
        assert d.rating == "unverifiable"
        assert d.checks[0].evidence == ["w-nl"]
        assert "every one of the" in d.checks[0].reason or "それぞれ" in d.checks[0].reason


def test_a_value_since_changed_is_not_the_present_one(pack: Pack) -> None:
    d = diagnose("給付奨学金の予算は70億円", pack, as_of="2024-06")
    assert d.rating == "unverifiable"
    assert "増額" in d.checks[0].reason
    # dated, the figure is the one the pack records
    assert diagnose("2017年度の給付奨学金の予算は70億円", pack, as_of="2024-06").rating == "true"
    # before the change was reported, the latest value is the present one
    assert diagnose("給付奨学金の予算は70億円", pack, as_of="2023-06").rating == "true"


def test_an_event_reporting_the_latest_period_is_no_change_after_it(pack: Pack) -> None:
    # the event published in February 2026 reports 2025, the period of the latest value: the value
    # is still the present one (blind kr-fertility f-above-1)
    for said in ("Norland's minimum wage is above 1000 yen.", "ノーランドの最低賃金は1000円を超えている"):
        d = diagnose(said, pack, as_of="2026-03")
        assert d.rating == "true", said
        assert d.checks[0].evidence == ["w-nl"]
    # (a bound missed within a factor two: calibrated mostly false, §5.1)
    missed = diagnose("Norland's minimum wage is above 1200 yen.", pack, as_of="2026-03")
    assert missed.rating == "mostly_false"


def test_a_figure_a_speaker_only_cites_is_not_shown(pack: Pack) -> None:
    d = diagnose("留学生交流事業の予算は180億円", pack, as_of="2024-06")
    assert d.rating == "unverifiable"
    assert d.checks[0].evidence == ["cites"]
    assert "cited it" in d.checks[0].reason


def test_an_unnamed_detail_does_not_fail_on_an_event_found_by_its_words(pack: Pack) -> None:
    # (「…70億円は、制度創設時（2017年度）の額である」 dates the figure itself: §2, the clause that only
    # gives the period of the figure before it; 「…のものだ」 says no more than that it is about it)
    d = diagnose("給付奨学金の予算70億円は、制度創設時（2017年度）のものだ", pack, as_of="2024-06")
    assert [c.result for c in d.checks] == ["holds", "unknown"]
    assert d.checks[1].evidence == ["raised"]
    assert "carried over" in d.checks[1].reason
    # the subject's figure holds, what the claim says of it (its year) is open: nothing it asserts
    # is settled (§5, the point left open)
    assert d.rating == "unverifiable"


def test_figures_set_against_each_other_are_of_two_owners(pack: Pack) -> None:
    d = diagnose("In 2024 employment grew 24.5 percent against 7.1 percent nationally.", pack)
    assert [c.result for c in d.checks] == ["unknown"]
    assert d.checks[0].evidence == ["e-nl"]
    assert d.rating == "unverifiable"
    # without the second figure the one figure is the subject's, and it fails
    assert diagnose("In 2024 employment grew 24.5 percent.", pack).rating == "false"


def test_a_part_of_a_whole_is_not_a_rate_of_growth(pack: Pack) -> None:
    d = diagnose("In 2024 about a quarter of new employment in Norland was in the north.", pack)
    assert d.checks[0].result == "unknown"
    assert "share" in d.checks[0].reason


def test_a_bound_far_past_is_of_another_thing(pack: Pack) -> None:
    # 250,000 is "more than 200,000" and "more than 30,000", not "more than 20,000" of something
    # the claim speaks of: ten times past the bound the value is another thing's
    said = "In 2024 the average house price in Norland was {}."
    assert diagnose(said.format("more than 200,000 euros"), pack).rating == "true"
    assert diagnose(said.format("more than 30,000 euros"), pack).rating == "true"
    d = diagnose(said.format("more than 20,000 euros"), pack)
    assert d.rating == "unverifiable"
    assert "ten times past" in d.checks[0].reason
    # the other way: "less than" a value a tenth of the bound
    assert diagnose(said.format("under 3 million euros"), pack).rating == "unverifiable"
    assert diagnose(said.format("under 300,000 euros"), pack).rating == "true"
    # a bound that fails stays false
    assert diagnose(said.format("more than 300,000 euros"), pack).rating == "mostly_false"


PLAN_ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["cabinet", "organization", "内閣", "the cabinet", "", "NL"],
]
PLAN_EVENTS = [
    EVENT_HEADER,
    ["wage-plan", "2025-06", "", "cabinet", "plan", "内閣が2030年に最低賃金1500円を目指す方針を決定",
     "The cabinet aims to raise the minimum wage to 1,500 yen in 2030", "1500", "JPY", "st", "2", ""],
]


@pytest.fixture(scope="module")
def plan_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("plans")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, PLAN_ENTITIES, PLAN_EVENTS, METRICS,
                                     OBSERVATIONS[:1]))


def test_a_prediction_naming_no_one_is_not_shown_by_anothers_plan(plan_pack: Pack) -> None:
    # the plan of the one who intends it
    for said in ("The cabinet aims to raise the minimum wage to 1,500 yen in 2030.",
                 "内閣は2030年に最低賃金1500円を目指す方針を決めた"):
        d = diagnose(said, plan_pack, as_of="2025-07")
        assert d.rating == "true", said
    # a prediction that names no one: a forecast, which the cabinet's target does not show
    for said in ("The minimum wage will reach 1,500 yen in 2030.",
                 "The minimum wage is expected to be 1,500 yen in 2030."):
        d = diagnose(said, plan_pack, as_of="2025-07")
        assert d.rating == "unverifiable", said
        assert d.checks[0].evidence == ["wage-plan"]
        assert "names none of the actors" in d.checks[0].reason


BUDGET_EVENTS = [
    EVENT_HEADER,
    ["extra", "2025-11-28", "", "cabinet", "budget", "内閣が補正予算案を閣議決定",
     "The cabinet approves a supplementary budget", "", "", "st", "2", ""],
]


def test_a_claim_whose_figures_all_go_unchecked_is_not_true(tmp_path: Path) -> None:
    pack = load_pack(write_rows_pack(tmp_path, PACK_YAML, SOURCES, PLAN_ENTITIES, BUDGET_EVENTS, METRICS,
                                     OBSERVATIONS[:1]))
    # the event and its month hold, the amount it is told with cannot be checked: not true
    for said in ("In November 2025 the cabinet approved a supplementary budget, which set aside about "
                 "2 trillion yen for defence.",
                 "内閣は2025年11月に閣議決定した補正予算案で、防衛費として約2兆円を計上した。"):
        d = diagnose(said, pack, as_of="2025-12")
        assert d.rating == "unverifiable", said
        assert d.checks[0].evidence == ["extra"]
    d = diagnose("In November 2025 the cabinet approved a supplementary budget, which set aside about "
                 "2 trillion yen for defence.", pack, as_of="2025-12")
    assert "None of the claim's figures (about 2 trillion yen)" in d.checks[0].reason
    # with no figure, the event and its date are the claim
    assert diagnose("In November 2025 the cabinet approved a supplementary budget.", pack,
                    as_of="2025-12").rating == "true"


def test_a_target_to_be_reached_is_a_plan_not_an_achievement(plan_pack: Pack) -> None:
    # 「…達成すると表明した」, "pledged to achieve": what is meant to be reached, the content of a plan
    for said in ("内閣は2025年6月、最低賃金1500円の目標を2030年に達成すると表明した",
                 "In June 2025 the cabinet pledged to achieve a minimum wage of 1,500 yen in 2030."):
        d = diagnose(said, plan_pack, as_of="2025-07")
        assert [c.kind for c in d.checks] == ["plan"], said
        assert d.rating == "true", said
    # reached, in the past: the pack holds only the plan
    for said in ("内閣は最低賃金1500円の目標を達成した",
                 "The cabinet has achieved its target of a 1,500 yen minimum wage."):
        assert diagnose(said, plan_pack, as_of="2025-07").rating == "false", said


def test_a_plan_decided_is_a_plan_and_its_date_is_when_it_was_decided(plan_pack: Pack) -> None:
    # 「…とする計画を決めた」 decides a plan, as 計画を発表 announces one: checked against the plan
    d = diagnose("内閣は2025年6月、最低賃金を2030年に1500円とする計画を決めた", plan_pack, as_of="2025-07")
    assert [c.kind for c in d.checks] == ["plan"]
    assert d.rating == "true"
    # 「…計画を決めたのは2024年6月だ」: when it was decided, a year off (mostly false, §4.2)
    d = diagnose("内閣が最低賃金を1500円とする計画を決めたのは2024年6月だ", plan_pack, as_of="2025-07")
    assert d.rating == "mostly_false"
    assert diagnose("内閣が最低賃金を1500円とする計画を決めたのは2025年6月だ", plan_pack,
                    as_of="2025-07").rating == "true"


STOCK_METRICS = [
    METRIC_HEADER,
    ["res", "非永住者数", "non-permanent residents", "count", "", "", "count", ""],
]
STOCK_OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["r1", "NL", "res", "2025-01-01", "3021000", "count", "st", ""],
    ["r2", "NL", "res", "2025-07-01", "3024000", "count", "st", ""],
    ["r3", "NL", "res", "2025-10-01", "2850000", "count", "st", ""],
]


def test_a_change_in_a_period_is_not_failed_by_a_longer_step(tmp_path: Path) -> None:
    pack = load_pack(write_rows_pack(tmp_path, PACK_YAML, SOURCES, ENTITIES[:2], EVENTS[:1],
                                     STOCK_METRICS, STOCK_OBSERVATIONS))
    # the quarter's change set against values six months apart (1 January to 1 July): unknown
    d = diagnose("The number of non-permanent residents fell by more than 176,000 in the third quarter "
                 "of 2025.", pack)
    assert d.rating == "unverifiable"
    assert d.checks[0].evidence == ["r1", "r2"]
    assert "further apart than that period" in d.checks[0].reason
    # a step no longer than the period claimed still shows a wrong size false (x3.5: beyond the
    # wrong-size factor 3 of §4.1)
    assert diagnose("The number of non-permanent residents fell by 600,000 in 2025.", pack).rating == "false"


PACE_METRICS = [
    METRIC_HEADER,
    ["pg", "人口増加率", "annual population growth rate", "%", "population growth rate;population growth",
     "true", "growth", ""],
]
PACE_OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["p23", "NL", "pg", "2023", "3.2", "%", "st", ""],
    ["p24", "NL", "pg", "2024", "1.8", "%", "st", ""],
]


def test_a_comparative_of_pace_is_not_settled_by_one_rate_s_sign(tmp_path: Path) -> None:
    pack = load_pack(write_rows_pack(tmp_path, PACK_YAML, SOURCES, ENTITIES[:2], EVENTS[:1],
                                     PACE_METRICS, PACE_OBSERVATIONS))
    # the sign of one year's rate answers "grew"
    assert diagnose("The population grew in 2024.", pack).rating == "true"
    # it does not answer "grew faster in A than in B": that sets the two rates against each other
    for said in ("The population grew faster in 2024 than in 2023.",
                 "The population grew faster in the third quarter of 2024 than in the third quarter "
                 "of 2023."):
        assert diagnose(said, pack).rating != "true", said


PART_ENTITIES = [
    ENTITY_HEADER,
    ["JP", "country", "日本", "Japan", "", ""],
    ["VN", "country", "ベトナム", "Vietnam", "Vietnamese", ""],
]
PART_METRICS = [
    METRIC_HEADER,
    ["fw_total", "外国人労働者数", "foreign workers in Japan", "count", "foreign workers", "", "count", ""],
    ["fw_nat", "国籍別外国人労働者数", "foreign workers in Japan by nationality", "count",
     "workers by nationality", "", "count", ""],
    ["fw_share", "外国人労働者全体に占める国籍別の割合",
     "share of all foreign workers in Japan by nationality", "%", "share of foreign workers", "",
     "share", ""],
]
PART_OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["t19", "JP", "fw_total", "2019-10", "1658804", "count", "st", ""],
    ["t24", "JP", "fw_total", "2024-10", "2302587", "count", "st", ""],
    ["n19", "VN", "fw_nat", "2019-10", "401326", "count", "st", ""],
    ["s24", "VN", "fw_share", "2024-10", "24.8", "%", "st", ""],
]


def test_a_fraction_after_make_up_is_a_share_of_a_whole(tmp_path: Path) -> None:
    pack_yaml = PACK_YAML.replace("subject: NL", "subject: JP")
    pack = load_pack(write_rows_pack(tmp_path, pack_yaml, SOURCES, PART_ENTITIES, EVENTS[:1], PART_METRICS,
                                     PART_OBSERVATIONS))
    # "make up … of Japan's foreign workers": a part of that whole (24.8 %), not a multiple of
    # Japan's own figure
    said = "Vietnamese nationals make up about {} of Japan's foreign workers."
    d = diagnose(said.format("a third"), pack, as_of="2025-06")
    assert d.rating == "mostly_false"
    assert d.checks[0].evidence == ["s24"]
    assert diagnose(said.format("a quarter"), pack, as_of="2025-06").rating == "true"
