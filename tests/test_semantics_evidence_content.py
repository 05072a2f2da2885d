"""Evidence whose content is not what the claim says (docs/verdict-rules.md §4.13, "Linking a
claim to its measure"; issue 8, class c of docs/unverifiable-causes.md, round 10).

A place said by the name of a place measure ("the largest trading partner", 「最大の貿易相手国」)
is read on the place the pack records, not on an event found by the same words that tells
another entity's place ("Sudland overtakes Westia as largest partner"). A decision that sets the
date of an act ("decides to end paper permits on 2 December 2024") is not the act: a statement of
the act is matched with the event of the act when the pack has it.
"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["WE", "country", "ウェスティア", "Westia", "", ""],
    ["SU", "country", "スードランド", "Sudland", "", ""],
    ["dcard", "programme", "デジタルカード", "digital card", "", "NL"],
]
EVENTS = [
    ["e_overtake", "2024-05-09", "", "SU;WE", "publication",
     "2024年1-3月期にスードランドがウェスティアを抜き最大の貿易相手国に",
     "Sudland overtakes Westia as Norland's biggest trading partner in Q1 2024", "", "", "stat", "2", ""],
    ["e_decide", "2023-12-22", "", "NL;dcard", "policy",
     "政府が従来の紙の許可証の新規発行を2024年12月2日に停止すると決定",
     "Government decides to stop new issuance of conventional paper permits on 2 December 2024",
     "", "", "stat", "2", ""],
    ["e_stop", "2024-12-02", "", "dcard;NL", "regulation",
     "紙の許可証の新規発行を停止しデジタルカードを基本に",
     "Paper permits stop; the digital card becomes the default", "", "", "stat", "3", ""],
]
METRICS = [
    ["partner_rank", "最大の貿易相手国順位", "rank as Norland's trading partner", "rank",
     "largest trading partner;top trading partner;最大の貿易相手国", "", "rank", ""],
]
OBSERVATIONS = [
    ["r_we23", "WE", "partner_rank", "2023", "1", "rank", "stat", ""],
    ["r_su23", "SU", "partner_rank", "2023", "2", "rank", "stat", ""],
    ["r_we24", "WE", "partner_rank", "2024", "2", "rank", "stat", ""],
    ["r_su24", "SU", "partner_rank", "2024", "1", "rank", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "content", METRICS, OBSERVATIONS, entities=ENTITIES, events=EVENTS)


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("2024年もノーランドの最大の貿易相手国はウェスティアだった。", "false"),
        ("Westia was still Norland's largest trading partner in 2024.", "false"),
        ("2024年のノーランドの最大の貿易相手国はスードランドだった。", "true"),
        ("In 2023 Westia was Norland's largest trading partner.", "true"),
    ],
)
def test_a_place_named_by_its_measure_is_read_on_the_place(pack: Pack, said: str, rating: str) -> None:
    d = diagnose(said, pack)
    assert d.rating == rating, d.checks[0].reason
    assert not any(e.startswith("e_") for c in d.checks for e in c.evidence)


@pytest.mark.parametrize(
    "said",
    [
        "Since December 2, 2024, Norland has stopped issuing new conventional paper permits.",
        "2024年12月2日から、従来の紙の許可証の新規発行は停止されている。",
    ],
)
def test_the_act_a_decision_announces_is_its_own_event(pack: Pack, said: str) -> None:
    d = diagnose(said, pack)
    assert d.rating == "true", d.checks[0].reason
    assert d.checks[0].evidence == ["e_stop"]


def test_a_statement_of_the_decision_keeps_the_decision(pack: Pack) -> None:
    d = diagnose("In December 2023 the government decided to end new issuance of paper permits.", pack)
    assert d.checks[0].evidence[0] == "e_decide"
    assert d.rating == "true"


RATE_SOURCES = [
    ["plan24", "Levels plan", "Ministry", "", "2023-11-01", "government", "en"],
    ["dec24", "Rate decision", "Central bank", "", "2024-03-20", "government", "en"],
    ["dec25a", "Rate decision", "Central bank", "", "2025-06-18", "government", "en"],
    ["dec25b", "Rate decision", "Central bank", "", "2025-12-18", "government", "en"],
]
RATE_METRICS = [
    ["policy_rate", "政策金利", "central bank target for the overnight rate", "%",
     "policy rate;benchmark interest rate;政策金利", "", "ratio", ""],
    ["admit_target", "受け入れ目標", "admissions target", "count", "admissions", "", "count", ""],
]
RATE_OBSERVATIONS = [
    ["p24", "NL", "policy_rate", "2024-03", "5.0", "%", "dec24", ""],
    ["p2506", "NL", "policy_rate", "2025-06", "4.5", "%", "dec25a", ""],
    ["p2512", "NL", "policy_rate", "2025-12", "4.0", "%", "dec25b", ""],
    ["t24", "NL", "admit_target", "2024", "485000", "count", "plan24", ""],
    ["t25", "NL", "admit_target", "2025", "500000", "count", "plan24", ""],
    ["t26", "NL", "admit_target", "2026", "500000", "count", "plan24", ""],
]


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "rates", RATE_METRICS, RATE_OBSERVATIONS, sources=RATE_SOURCES)


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("Norland's benchmark interest rate is now 4%.", "true"),
        ("ノーランドの政策金利は現在4%だ。", "true"),
        ("Norland's benchmark interest rate is now 6%.", "false"),
    ],
)
def test_a_target_set_for_its_own_period_is_the_level(rates: Pack, said: str, rating: str) -> None:
    d = diagnose(said, rates, as_of="2026-01-15")
    assert d.rating == rating, d.checks[0].reason


@pytest.mark.parametrize(
    "said", ["Norland admitted 500,000 people in 2025.", "ノーランドは2025年に50万人を受け入れた。"]
)
def test_a_target_fixed_ahead_is_still_no_outcome(rates: Pack, said: str) -> None:
    d = diagnose(said, rates, as_of="2026-01-15")
    assert d.rating not in ("true", "mostly_true"), d.checks[0].reason


FX_METRICS = [
    ["fx_avg", "ノル通貨の対ドル年平均レート", "Norland crown per dollar, annual average", "JPY/USD",
     "ノル通貨;crown;exchange rate", "", "ratio", ""],
    ["fx_low", "ノル通貨の対ドル年間最安値", "Weakest crown level of the year", "JPY/USD",
     "ノル通貨の最安値;crown's weakest level", "", "ratio", ""],
]
FX_OBSERVATIONS = [
    ["a24", "NL", "fx_avg", "2024", "151.4", "JPY/USD", "stat", ""],
    ["l24", "NL", "fx_low", "2024", "162.3", "JPY/USD", "stat", ""],
]


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "fx", FX_METRICS, FX_OBSERVATIONS)


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("2024年、ノル通貨は一時1ドル=162円台まで下落した。", "true"),
        ("In 2024 the crown briefly touched 162 yen per dollar.", "true"),
        ("In 2024 the crown briefly touched 190 yen per dollar.", "false"),
        ("2024年のノル通貨の対ドル年平均レートは1ドル=151円だった。", "true"),
    ],
)
def test_a_moment_is_read_on_the_periods_extreme(fx: Pack, said: str, rating: str) -> None:
    d = diagnose(said, fx)
    assert d.rating == rating, d.checks[0].reason


PART_METRICS = [
    ["workers", "介護職員数", "number of care workers", "count", "care workers;介護職員", "", "count", ""],
    ["fdi", "対内直接投資", "foreign direct investment inflows", "USD", "FDI;investment;直接投資", "",
     "amount", ""],
    ["accounts", "投資口座数", "number of investment accounts", "count",
     "investment accounts;account holders;口座;投資口座", "", "count", ""],
]
PART_OBSERVATIONS = [
    ["w22", "NL", "workers", "2022", "2150000", "count", "stat", ""],
    ["w23", "NL", "workers", "2023", "2126000", "count", "stat", ""],
    ["f24", "NL", "fdi", "2024", "36.9 bn", "USD", "stat", ""],
    ["f25", "NL", "fdi", "2025", "40.9 bn", "USD", "stat", ""],
    ["a25", "NL", "accounts", "2025", "26960000", "count", "stat", ""],
]


PART_EVENTS = [
    ["e_fall", "2024-12-25", "", "NL", "publication", "2023年の介護職員数が2.9万人減少",
     "Care workers fell by 29,000 in 2023", "-29000", "count", "stat", "2", ""],
    ["e_other", "2024-12-25", "", "NL", "publication", "2023年の高齢者数が1万人減少",
     "The elderly fell by 10,000 in 2023", "-10000", "count", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "parts", PART_METRICS, PART_OBSERVATIONS, entities=ENTITIES[:2],
                        events=PART_EVENTS)


@pytest.mark.parametrize(
    "said",
    [
        "Most care workers who quit in 2023 moved into retail jobs.",
        "Most of the 2025 rise in FDI came from Westian firms relocating to Norland.",
        "2025年の直接投資の増加の大半はウェスティア企業によるものだ。",
        "投資口座を持つ人の半数以上は20代と30代だ。",
        "More than half of account holders are in their 20s and 30s.",
    ],
)
def test_a_part_the_pack_does_not_break_down_is_unverifiable(parts: Pack, said: str) -> None:
    d = diagnose(said, parts)
    assert d.rating == "unverifiable", [c.reason for c in d.checks]


GROWTH_METRICS = [
    ["growth", "実質GDP成長率", "real GDP growth", "%", "GDP growth;economy;成長率;経済", "true",
     "growth", ""],
]
GROWTH_OBSERVATIONS = [
    ["g24", "NL", "growth", "2024", "-0.5", "%", "stat", ""],
]
GROWTH_EVENTS = [
    ["e_gdp25", "2026-01-15", "", "NL", "publication", "2025年のGDPは0.2%増、2年ぶりのプラス成長",
     "GDP grew 0.2% in 2025 after two years of contraction", "0.2", "%", "stat", "2", ""],
    ["e_minutes", "2017-03", "", "NL", "publication", "内閣府が2015年6月5日の会合の議事要旨を公表",
     "The cabinet office publishes the minutes of the 5 June 2015 meeting", "", "", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def growth(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "growth", GROWTH_METRICS, GROWTH_OBSERVATIONS, events=GROWTH_EVENTS)


@pytest.mark.parametrize(
    "said",
    [
        "Norland's economy will grow by more than 1% in 2026.",
        "ノーランド経済は2026年に1%を超える成長となる見通しだ。",
    ],
)
def test_an_event_reporting_another_period_does_not_settle_a_forecast(growth: Pack, said: str) -> None:
    d = diagnose(said, growth, as_of="2026-02-01")
    assert d.rating == "unverifiable", [c.reason for c in d.checks]


def test_a_statement_of_the_publication_keeps_its_date(growth: Pack) -> None:
    d = diagnose("2017年3月に内閣府が公表した議事要旨", growth)
    assert d.rating == "true", [c.reason for c in d.checks]


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    government = ["GOV", "government", "ノーランド政府", "Norland government", "政府;the government", "NL"]
    return norland_pack(tmp_path_factory, "targets", PART_METRICS, PART_OBSERVATIONS,
                        entities=[*ENTITIES[:2], government])


@pytest.mark.parametrize(
    "said",
    [
        "投資口座数は2025年に約2,700万口座となり、政府が掲げる3,400万口座の目標を達成した。",
        "Investment accounts reached about 27 million in 2025 and met the government's 34 million target.",
    ],
)
def test_who_set_a_target_does_not_own_the_measure(targets: Pack, said: str) -> None:
    d = diagnose(said, targets)
    assert d.rating == "half_true", [c.reason for c in d.checks]
    assert d.checks[1].result == "fails"


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("Norland's economy finally recovered in 2024.", "false"),
        ("2024年、ノーランド経済はようやく回復した。", "false"),
    ],
)
def test_recovered_is_a_rise_on_the_measure(growth: Pack, said: str, rating: str) -> None:
    d = diagnose(said, growth)
    assert d.rating == rating, [c.reason for c in d.checks]


FIRST_ENTITIES = [["insurance", "programme", "介護保険制度", "care insurance", "介護保険", "NL"]]
FIRST_EVENTS = [
    ["e_first_fall", "2024-12-25", "", "NL", "publication",
     "介護職員数(2023年10月1日)が前年比2.9万人減の約212.6万人 2000年度の制度開始以来初の減少と公表",
     "Care workers fell by 29000 to about 2.126 million in October 2023: the first fall since the care "
     "insurance began in 2000", "-2.9万", "count", "stat", "3", ""],
]


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "first", PART_METRICS, PART_OBSERVATIONS, entities=FIRST_ENTITIES,
                        events=FIRST_EVENTS)


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("2023年の介護職員数は約212.6万人で、介護保険制度が始まって以来初めて前年を下回った。", "true"),
        ("2021年の介護職員数は、介護保険制度が始まって以来初めて前年を下回った。", "false"),
        ("In 2023 care workers numbers fell for the first time since the care insurance began.", "true"),
    ],
)
def test_a_first_since_is_dated_by_the_period_its_event_reports(first: Pack, said: str, rating: str) -> None:
    d = diagnose(said, first)
    assert d.rating == rating, [c.reason for c in d.checks]


EXPORT_METRICS = [
    ["exports", "輸出額", "merchandise exports", "USD", "exports;輸出", "true", "amount", ""],
    ["gdp_growth", "実質GDP成長率", "real GDP growth", "%", "GDP growth;economy grew;growth;成長率", "true",
     "growth", ""],
]
EXPORT_OBSERVATIONS = [
    ["x23", "NL", "exports", "2023", "593.0 bn", "USD", "stat", ""],
    ["x24", "NL", "exports", "2024", "617.1 bn", "USD", "stat", ""],
    ["g24", "NL", "gdp_growth", "2024", "1.5", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "exports", EXPORT_METRICS, EXPORT_OBSERVATIONS)


@pytest.mark.parametrize(
    "said", ["Norland's exports grew by about 4% in 2024.", "2024年のノーランドの輸出は約4%増えた。"]
)
def test_a_growth_rate_matched_by_the_verb_is_not_the_level_named(exports: Pack, said: str) -> None:
    d = diagnose(said, exports)
    assert d.rating == "true", [c.reason for c in d.checks]
    assert "g24" not in d.checks[0].evidence


TRADE_METRICS = [
    ["trade_volume", "貿易額", "trade volume", "EUR", "trade;貿易額;貿易", "", "amount", ""],
]
TRADE_OBSERVATIONS = [
    ["t21", "WE", "trade_volume", "2021", "246B", "EUR", "stat", ""],
    ["t22", "WE", "trade_volume", "2022", "298B", "EUR", "stat", ""],
    ["t23", "WE", "trade_volume", "2023", "254.5B", "EUR", "stat", ""],
]


@pytest.fixture(scope="module")
def trade(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "trade", TRADE_METRICS, TRADE_OBSERVATIONS, entities=ENTITIES[:2])


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("Norland's trade with Westia hit a record in 2023.", "false"),
        ("Norland's trade with Westia hit a record in 2022.", "true"),
        ("2023年、ノーランドとウェスティアの貿易額は過去最高を記録した。", "false"),
    ],
)
def test_a_record_of_the_subjects_measure_with_a_partner(trade: Pack, said: str, rating: str) -> None:
    d = diagnose(said, trade)
    assert d.rating == rating, [c.reason for c in d.checks]


RANK_ENTITIES = [["north", "government", "北州", "North Province", "北州", "NL"]]
RANK_METRICS = [
    ["vacant", "空き家数", "vacant homes", "count", "空き家;vacant homes", "", "count", ""],
    ["rate_rank", "空き家率の都道府県順位", "provincial rank by vacancy rate", "", "", "", "rank", ""],
    ["count_rank", "空き家数の都道府県順位", "provincial rank by number of vacant homes", "", "", "",
     "rank", ""],
]
RANK_OBSERVATIONS = [
    ["v", "north", "vacant", "2023", "897000", "count", "stat", ""],
    ["rr", "north", "rate_rank", "2023", "44/47", "", "stat", ""],
    ["cr", "north", "count_rank", "2023", "1/47", "", "stat", ""],
]


@pytest.fixture(scope="module")
def ranks(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "ranks", RANK_METRICS, RANK_OBSERVATIONS, entities=RANK_ENTITIES)


@pytest.mark.parametrize(
    "said", ["北州の空き家は89.7万戸にのぼり、都道府県別で最も多い。", "北州の空き家は都道府県別で最も多い。"]
)
def test_most_is_said_of_a_count_not_of_a_rate(ranks: Pack, said: str) -> None:
    d = diagnose(said, ranks)
    assert d.rating == "true", [c.reason for c in d.checks]


def test_a_count_superlative_first_read_on_a_rate_ranking_takes_the_count_ranking(ranks: Pack) -> None:
    from dataclasses import replace

    from shingi.pipeline.claims.moments import count_ranking
    from shingi.pipeline.parse import parse

    for said in ("都道府県別で最も多い", "the most of any province"):
        st = replace(parse(said, ranks).statements[0], metrics=("rate_rank",))
        assert count_ranking(st, ranks).metrics[0] == "count_rank"
    st = replace(parse("都道府県別で最も高い", ranks).statements[0], metrics=("rate_rank",))
    assert count_ranking(st, ranks).metrics[0] == "rate_rank"
