"""Guards against wrong trues and flips (docs/verdict-rules.md §4.15 "Two groups' order", §4.1
"A share said as k in M", §2 Negation "only", §5 "The point left open"), each with what must
not change. Development: blind round 20 jp-outbound-travel overtook-2015, one-in-six, fee-20000;
england-sewage-spills one-in-eight, ja-fine-customers, investment-working; us-gun-deaths
nine-in-ten-murders; jp-teachers hires-falling-too; and the half-true claims of rounds 8-19 whose
second assertion the pack left open (no-oil-fund quarter-budget-4pct, us-measles both-lost …)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    NORLAND,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    STATISTICS_SOURCE,
    write_rows_pack,
)
from shingi.model import Check, Pack
from shingi.pack.load import load_pack
from shingi.pipeline.checks.two_groups import order_against
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.open_point import open_assertion, open_second_assertion

PACK_YAML = """\
id: wrongtrue
title: {ja: "誤った正しい", en: "Wrong trues"}
language: ja
subject: NL
pillars:
  - id: policy
    name: {ja: "政策", en: "Policy"}
"""
EVENTS = [
    EVENT_HEADER,
    ["e15", "2015", "policy", "NL", "milestone", "45年ぶりに入国者数が出国者数を上回る",
     "Arrivals outnumber departures for the first time in 45 years", "", "", "stat", "2", ""],
    ["efine", "2025-05-28", "policy", "acme", "regulation", "規制当局がアクメに過去最大の1億ドルの罰金",
     "Regulator fines Acme a record $100m", "100000000", "USD", "stat", "2", ""],
]
METRICS = [
    METRIC_HEADER,
    ["pp", "旅券保有率", "passport ownership rate", "%", "パスポートを持っている;have a passport;passport",
     "true", "share", ""],
    ["dry", "一度も浸水しなかった地点の割合", "share of sites that did not flood", "%",
     "did not flood at all;浸水ゼロ", "true", "share", ""],
    ["knife", "刃物による犯罪の割合", "share of crimes involving a knife", "%",
     "committed with a knife;刃物による", "false", "share", ""],
    ["fee", "許可手数料", "permit fee", "JPY", "手数料;permit fee", "false", "amount", ""],
    ["vis", "来訪者数", "visitors", "count", "来訪者;visitors", "true", "count", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["pp24", "NL", "pp", "2024", "17.5", "%", "stat", ""],
    ["dry24", "NL", "dry", "2024", "12.5", "%", "stat", ""],
    ["kn24", "NL", "knife", "2024", "79", "%", "stat", ""],
    ["fee24", "NL", "fee", "2024", "16000", "JPY", "stat", ""],
    ["fee25", "NL", "fee", "2025-03-24", "15900", "JPY", "stat", ""],
    ["vis23", "NL", "vis", "2023", "100", "count", "stat", ""],
    ["vis24", "NL", "vis", "2024", "120", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("wrongtrue")
    entities = [ENTITY_HEADER, NORLAND, ["acme", "company", "アクメ", "Acme", "", "NL"]]
    return load_pack(write_rows_pack(folder, PACK_YAML, [SOURCE_HEADER, STATISTICS_SOURCE], entities, EVENTS,
                                     METRICS, OBSERVATIONS))


def _rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, as_of="2025-06-01").rating


def _results(pack: Pack, text: str) -> list[str]:
    return [c.result for c in diagnose(text, pack, as_of="2025-06-01").checks]


# -- two groups' order ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2015年、出国者数が初めて入国者数を上回った",
    "In 2015 departures overtook arrivals for the first time.",
    "In 2015 arrivals were outnumbered by departures.",
])
def test_an_overtaking_the_event_states_the_other_way_round_fails(pack: Pack, text: str) -> None:
    assert _results(pack, text) == ["fails"], text


def test_the_same_order_still_holds(pack: Pack) -> None:
    assert _rating(pack, "In 2015 arrivals outnumbered departures for the first time in 45 years.") == "true"


def test_order_reading_in_both_languages() -> None:
    titles = ("45年ぶりに入国者数が出国者数を上回る", "Arrivals outnumber departures")
    assert order_against("出国者数が入国者数を上回った", titles) is False
    assert order_against("入国者数を出国者数が上回った", titles) is False
    assert order_against("出国者数が入国者数に抜かれた", titles) is True
    assert order_against("Departures were overtaken by arrivals", titles[::-1]) is True
    assert order_against("Departures surpassed arrivals", titles[::-1]) is False
    # no overtaking phrase, or groups that do not match crosswise: no reading
    assert order_against("Visitors rose in 2024", titles) is None
    assert order_against("Exports overtook imports", titles[::-1]) is None


# -- only, and a negative inside a measure's name ------------------------------------------------


def test_shika_nai_is_only_not_a_negation(pack: Pack) -> None:
    assert _rating(pack, "ノーランドの6人に1人しかパスポートを持っていない。") == "true"
    # a negative with no しか still denies the statement
    assert _rating(pack, "ノーランドの6人に1人がパスポートを持っていない。") == "false"


def test_a_contracted_negative_of_the_measure_name_is_no_negation(pack: Pack) -> None:
    assert _rating(pack, "Only one in eight sites didn't flood at all in 2024.") == "true"
    assert _rating(pack, "In 2024 one in eight sites did not flood at all.") == "true"


def test_ichiritsu_is_no_unit_the_figure_is_divided_by(pack: Pack) -> None:
    assert _results(pack, "2025年3月24日から許可手数料は一律2万円に値上げされた") == ["fails"]
    assert _rating(pack, "2025年3月24日から許可手数料は一律1万5900円になった") == "true"


# -- a share said as k in M -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Nine out of ten crimes in Norland are committed with a knife.",
    "ノーランドの犯罪の10件に9件は刃物によるものだ。",
])
def test_k_in_m_off_by_more_than_its_step_is_not_that_share(pack: Pack, text: str) -> None:
    # 79 % for nine in ten: 11 points off, more than the step of a tenth
    assert _results(pack, text) == ["fails"]
    assert _rating(pack, text) == "mostly_false"  # the calibration of a rough figure within 2x


@pytest.mark.parametrize("text", [
    "Eight in ten crimes in Norland are committed with a knife.",
    "ノーランドの犯罪の10件に8件は刃物によるものだ。",
])
def test_k_in_m_within_its_step_still_holds(pack: Pack, text: str) -> None:
    assert _rating(pack, text) == "true"


# -- the point left open ----------------------------------------------------------------------------


def test_a_subject_whose_figure_holds_with_its_predicate_unknown_is_unverifiable(pack: Pack) -> None:
    said = "アクメに科された1億ドルの罰金は、結局利用者の料金から支払われる。"
    assert _rating(pack, said) == "unverifiable"
    # the predicate checked: the event holds
    assert _rating(pack, "アクメに科された1億ドルの罰金は2025年5月に科された。") == "true"
    assert _rating(pack, "2025年5月、アクメに1億ドルの罰金が科された。") == "true"


@pytest.mark.parametrize("text", [
    "2024年に来訪者は増えた。しかも宿泊者数まで増えている。",
    "Visitors rose in 2024, which proves the campaign is paying off.",
    "Visitors rose in 2024, and hotel stays rose too.",
    "Visitors rose in 2024, yet hotel stays barely moved.",
    "2024年の来訪者は120人で、いまも宿泊施設が足りない。",
])
def test_a_second_assertion_left_open_caps_at_half_true(pack: Pack, text: str) -> None:
    assert _rating(pack, text) == "half_true", text


@pytest.mark.parametrize("text", [
    # a detail of the same figure (an apposition, 「…で、…となった」) or a clause of contrast
    # (while) left open stays mostly true
    "Visitors reached 120 in 2024, the first rise since 2010.",
    "2024年の来訪者は120人で、2010年以来初めての増加となった。",
    "Visitors reached 120 in 2024, while hotel stays fell.",
    "2024年の来訪者は120人で、宿泊者数も増えた。",
])
def test_a_detail_left_open_stays_mostly_true(pack: Pack, text: str) -> None:
    assert _rating(pack, text) == "mostly_true", text


def _check(i: int, result: str, span: str) -> Check:
    return Check(f"s{i}", "metric", span, span, result)  # type: ignore[arg-type]


def test_open_point_readings_on_checks() -> None:
    text = "Spills fell in 2024, and bills rose"
    held, open_ = _check(1, "holds", "Spills fell in 2024"), _check(2, "unknown", "bills rose")
    assert open_second_assertion([held, open_], text)
    # the open clause first: not a second assertion
    first_open = [_check(1, "unknown", "Spills fell in 2024"), _check(2, "holds", "bills rose")]
    assert not open_second_assertion(first_open, text)
    assert open_assertion([_check(1, "holds", "1億ドルの罰金は"), _check(2, "unknown", "利用者が払う")])
    # a clause ended by the conjunctive が is no subject
    clause = [_check(1, "holds", "罰金は1億ドルだったが"), _check(2, "unknown", "利用者が払う")]
    assert not open_assertion(clause)


def test_an_english_predicate_the_event_does_not_show_is_unknown(pack: Pack) -> None:
    # the subject's fine is the event; being paid by customers is not in it
    said = "The $100m fine imposed on Acme will end up being paid by customers."
    assert _rating(pack, said) == "unverifiable"
    # the event's own details in the predicate: its actor, its date, its act
    assert _rating(pack, "The $100m fine on Acme was imposed by the regulator in May 2025.") == "true"
    assert _rating(pack, "Acme was fined $100m in May 2025.") == "true"


def test_an_and_inside_the_open_clause_or_after_a_sentence_end_joins_nothing() -> None:
    # review 18: "and" in the next clause's subject, after a full stop, was read as a connective
    held = _check(1, "holds", "Japan's exports rose 5% in 2024")
    for text, span in [
        ("Japan's exports rose 5% in 2024. Tokyo and Osaka elected new mayors.",
         "Tokyo and Osaka elected new mayors"),
        ("Japan's exports rose 5% in 2024. New mayors were elected in Tokyo and Osaka.",
         "New mayors were elected in Tokyo and Osaka"),
        ("Japan's exports rose 5% in 2024. And Tokyo elected a new mayor.", "Tokyo elected a new mayor"),
        ("Japan's exports rose 5% in 2024, while Tokyo and Osaka elected new mayors.",
         "Tokyo and Osaka elected new mayors"),
    ]:
        assert not open_second_assertion([held, _check(2, "unknown", span)], text), text
    # the connective in the gap or heading the second clause still joins it
    for text, span in [
        ("Japan's exports rose 5% in 2024, and Tokyo elected a new mayor.", "Tokyo elected a new mayor"),
        ("Japan's exports rose 5% in 2024; so Tokyo elected a new mayor.", "Tokyo elected a new mayor"),
        ("Japan's exports rose 5% in 2024, but Tokyo and Osaka lost.", "but Tokyo and Osaka lost"),
        ("Japan's exports rose 5% in 2024, which proves the yen helped.", "which proves the yen helped"),
    ]:
        assert open_second_assertion([held, _check(2, "unknown", span)], text), text


def test_an_overtaking_phrase_in_a_long_text_of_particles_is_read_in_one_pass() -> None:
    # review 16: every は/が × every を of a long claim was tried (1,600 characters: a minute)
    from shingi.pipeline.checks.two_groups import overtaking

    said = "2015年、日本人の出国者数が訪日客数を" + "はを" * 800 + "を抜けた。"
    assert overtaking(said) is None
    assert overtaking("2015年、日本人の出国者数が" + "はを" * 800 + "訪日客数を抜いた。") is None
    assert overtaking("Arrivals were" + " overtaken" * 400 + ".") is None
    # what the phrases were written for still read, the group after は/が not running past a particle
    got = overtaking("日本では" + "出国者数" * 5 + "が訪日客数を初めて上回った" + "はを" * 800)
    assert got is not None and "訪日" in got[1] and "日本" not in got[0] | got[1]
    got = overtaking("Japanese departures overtook foreign arrivals in 2015," + " and" * 500 + ".")
    assert got is not None and "arriv" in got[1]
