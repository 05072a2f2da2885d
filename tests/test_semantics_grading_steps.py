"""Grading steps of a numeric miss (docs/verdict-rules.md §4.1, "Grading a miss: one function of
how far off and whether the direction holds"), on a small pack built here, in English and Japanese:

- a bound of the size of a change on a growth rate ("fell by more than 10%", 「1割以上減った」,
  "shrinking by less than 1%") is graded as the size of a change that went the claimed way; a bound
  that draws a line a level crosses ("dropped below 30%", 「30%を下回った」) is a level's bound and
  keeps its step (missed: false);
- a size of a change of the claimed way within a factor 1.25 of the found one ("fell by 9%" for
  7.3 %), or a bound of it missed by at most 4 % ("more than 7.5%"), is mostly true;
- a level's bound missed by at most 5 % ("more than three million" for 2,978,000) is mostly false,
  a crossing named as the event ("topped", 突破) false;
- a multiple's bound missed by its rounding ("more than 30 times" for x27.96) is mostly true, as a
  size's bound is;
- an approximate multiple ("nearly doubled", 「ほぼ倍増」) of the claimed way and the wrong size is
  never worse than the bare multiple: mostly false within a factor 1.6 (x1.55);
- a fraction below one said with the whole first (「…の3分の1を金属産業が占めた」) is the part over
  its whole, when the pack says which belongs to which;
- a fraction of the world's amount is read on the part's own share measure when that is more
  recent than the amounts a share would be built from;
- a gap with the words of what is counted ("about 500 hours a year more than") is the margin
  between the two sides, not only which is larger;
- a change against the period before (「前年比2割以上増えた」) of the way said keeps the size's steps,
  except in a run of periods, where the figure is a line each period must clear;
- an approximate word before a multiplier word ("roughly halved", 「およそ半減」) makes it approximate;
- a line crossed in a change ("passed 100,000, up about 20%") is the level reached, not the size;
- superlatives that describe the two sides of a multiple (「最も高い高知県は、最も低い埼玉県の1.7倍」)
  give no direction: the multiple says the order;
- an event's figure in points ("cut by 0.75 percentage point" for 0.5) with the event and date
  right is mostly false, as a figure in percent or money is.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

Packs = dict[str, Pack]

METRICS = [
    ["mail", "メール便取扱冊数の前年度比", "mail volume growth", "%", "mail volume", "", "growth", ""],
    ["cpi", "インフレ率", "inflation rate", "%", "inflation", "false", "growth", ""],
]
OBSERVATIONS = [
    ["m24", "NL", "mail", "2024", "-7.3", "%", "stat", ""],
    ["c24", "NL", "cpi", "2024", "117.8", "%", "stat", ""],
    ["c25", "NL", "cpi", "2025", "31.5", "%", "stat", ""],
]



@pytest.mark.parametrize(("claim", "expected"), [
    # a fall of 7.3 %
    ("ノーランドのメール便取扱冊数は2024年に5%以上減った。", "true"),
    ("ノーランドのメール便取扱冊数は2024年に1割以上も減った。", "mostly_false"),  # x1.37: the fall is right
    ("Norland's mail volume fell by more than 10% in 2024.", "mostly_false"),
    ("Norland's mail volume shrank by less than 5% in 2024.", "mostly_false"),  # x1.46
    ("Norland's mail volume fell by more than 30% in 2024.", "false"),  # x4.1: far off
    ("Norland's mail volume rose by more than 5% in 2024.", "false"),  # the other way
])
def test_a_bound_of_the_size_of_a_change_on_a_growth_rate(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["pack"])
    assert d.rating == expected
    assert "-7.3" in d.checks[0].reason


@pytest.mark.parametrize(("claim", "expected"), [
    # a fall of 7.3 %: a size within a factor 1.25 of it, or a bound of it missed by at most 4 %,
    # is a modest stretch of a change the claim gets right (mostly true); further, mostly false
    ("Norland's mail volume fell by 9% in 2024.", "mostly_true"),  # x1.23
    ("Norland's mail volume fell by about 6% in 2024.", "mostly_true"),  # x1.22, an understatement
    ("Norland's mail volume fell by 10% in 2024.", "mostly_false"),  # x1.37
    ("Norland's mail volume fell by more than 7.5% in 2024.", "mostly_true"),  # the bound 2.7 % off
    ("Norland's mail volume fell by more than 8% in 2024.", "mostly_false"),  # 8.8 % off
    ("ノーランドのメール便取扱冊数は2024年に9%減った。", "mostly_true"),
    ("ノーランドのメール便取扱冊数は2024年に10%減った。", "mostly_false"),
    ("ノーランドのメール便取扱冊数は2024年に7.5%以上減った。", "mostly_true"),
    ("ノーランドのメール便取扱冊数は2024年に8%以上減った。", "mostly_false"),
])
def test_a_size_stretched_a_little(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["pack"])
    assert d.rating == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # 31.5 % is not below the line 30 %: a level's bound, missed by 5 % (mostly false, as round 11
    # cpi_below30_2025's writer rates it: "close, but above 30%"), not a size rounding to it
    ("Norland's annual inflation dropped below 30% in 2025.", "mostly_false"),
    ("ノーランドのインフレ率は2025年に30%を下回った。", "mostly_false"),
    ("Norland's annual inflation dropped below 25% in 2025.", "mostly_false"),  # 26 % off
    ("ノーランドのインフレ率は2025年に25%を下回った。", "mostly_false"),
])
def test_a_line_a_level_crosses_is_no_size(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["pack"])
    assert d.rating == expected
    assert "31.5" in d.checks[0].reason


MULTIPLES = [
    ["imports", "鉱石輸入量", "ore imports", "t", "ore imports", "", "amount", ""],
    ["output", "鉱山生産量", "mine output", "t", "mine output", "", "amount", ""],
    ["stocks", "在庫量", "stocks", "t", "stocks;在庫", "", "amount", ""],
]
MULTIPLE_OBSERVATIONS = [
    ["i23", "NL", "imports", "2023", "374468", "t", "stat", ""],
    ["i24", "NL", "imports", "2024", "10470000", "t", "stat", ""],  # x27.96
    ["p21", "NL", "output", "2021", "1000000", "t", "stat", ""],
    ["p23", "NL", "output", "2023", "1550000", "t", "stat", ""],  # x1.55
    ["k21", "NL", "stocks", "2021", "1000000", "t", "stat", ""],
    ["k23", "NL", "stocks", "2023", "557000", "t", "stat", ""],  # x0.557
]



@pytest.mark.parametrize(("claim", "expected"), [
    # x27.96 rounds to the bound 30 at its own digits (7 % short): as a size's bound, mostly true
    ("Norland's ore imports rose to more than 30 times the 2023 level in 2024.", "mostly_true"),
    ("ノーランドの鉱石輸入量は2024年に2023年の30倍を超えた。", "mostly_true"),
    ("Norland's ore imports rose to more than 33 times the 2023 level in 2024.", "mostly_false"),  # x1.18
    # x1.43: a plain bound missed by x1.3 or more is false (§5.1, session 27)
    ("Norland's ore imports rose to more than 40 times the 2023 level in 2024.", "false"),
])
def test_a_multiples_bound_missed_by_its_rounding(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["multiples"])
    assert d.rating == expected
    assert "27.96" in d.checks[0].reason


@pytest.mark.parametrize(("claim", "expected"), [
    # x1.55: "nearly doubled" is never worse than "doubled" (mostly false: the rise is right)
    ("Norland's mine output doubled between 2021 and 2023.", "mostly_false"),
    ("Norland's mine output nearly doubled between 2021 and 2023.", "mostly_false"),
    ("ノーランドの鉱山生産量は2021年から2023年にほぼ倍増した。", "mostly_false"),
    # x1.94 off, but two fifths of the way to three times on the log scale (§4.1, session 13)
    ("Norland's mine output nearly tripled between 2021 and 2023.", "mostly_false"),
    ("Norland's mine output nearly halved between 2021 and 2023.", "false"),  # the other way
])
def test_an_approximate_multiple_of_the_wrong_size(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["multiples"])
    assert d.rating == expected
    assert "1.55" in d.checks[0].reason


@pytest.mark.parametrize(("claim", "expected"), [
    # x1.55 for "three times" (x1.94 off): a large rise of the claimed way, at least a third of the
    # way to x3 on the log scale (0.40), mostly false as the writers rate 「3倍」 for x1.72
    ("Norland's mine output tripled between 2021 and 2023.", "mostly_false"),
    ("ノーランドの鉱山生産量は2021年から2023年に3倍になった。", "mostly_false"),
    # x1.55 for "four times" (x2.58 off, beyond 2.5) and for "five times": far off
    ("Norland's mine output quadrupled between 2021 and 2023.", "false"),
    ("ノーランドの鉱山生産量は2021年から2023年に5倍になった。", "false"),
    # x0.557 for 「3分の1に減った」: a third of the way and more (0.53), mostly false; for
    # "fell to a tenth", a quarter of the way (0.25): false
    ("ノーランドの在庫量は2021年から2023年に3分の1に減った。", "mostly_false"),
    ("Norland's stocks fell to a tenth between 2021 and 2023.", "false"),
    # the other way stays false
    ("Norland's mine output fell to a third between 2021 and 2023.", "false"),
])
def test_a_multiple_short_of_the_claim_but_far_on_its_way(packs: Packs, claim: str, expected: str) -> None:
    assert diagnose(claim, packs["multiples"]).rating == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # x0.557: "roughly halved" is approximate, as "roughly doubled" is (rounded past its digits:
    # mostly true); a bare "halved" is exact (x1.11 off: half true, the multiple's ladder)
    ("Norland's stocks roughly halved between 2021 and 2023.", "mostly_true"),
    ("ノーランドの在庫量は2021年から2023年におよそ半減した。", "mostly_true"),
    ("Norland's stocks halved between 2021 and 2023.", "half_true"),
    ("ノーランドの在庫量は2021年から2023年に半減した。", "half_true"),
])
def test_an_approximate_word_before_a_multiplier_word(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["multiples"])
    assert d.rating == expected
    assert "0.56" in d.checks[0].reason


PART_METRICS = [["fdi", "外国直接投資", "foreign direct investment", "USD", "FDI", "true", "amount", ""]]
PART_ENTITIES = [["metals", "other", "金属産業", "metal industry", "metals sector", "NL"]]
PART_OBSERVATIONS = [
    ["f23", "NL", "fdi", "2023", "47300000000", "USD", "stat", ""],
    ["m23", "metals", "fdi", "2023", "11800000000", "USD", "stat", ""],  # 24.9 % of the whole
]



@pytest.mark.parametrize(("claim", "expected"), [
    # the whole named first: the part (the metal industry belongs to Norland) is measured against it
    ("2023年、ノーランドの外国直接投資の4分の1を金属産業が占めた。", "true"),
    ("2023年、ノーランドの外国直接投資の3分の1を金属産業が占めた。", "mostly_false"),  # x1.34 off
    ("The metal industry took a quarter of Norland's foreign direct investment in 2023.", "true"),
    ("The metal industry took a third of Norland's foreign direct investment in 2023.", "mostly_false"),
])
def test_a_fraction_is_the_part_over_its_whole(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["parts"])
    assert d.rating == expected
    ratio = next(n for n in d.checks[0].numbers if n.unit == "x")
    assert abs(ratio.found - 0.2495) < 0.001


SHARE_METRICS = [
    ["reserves", "銅埋蔵量", "copper reserves", "t", "reserves", "true", "amount", ""],
    ["reserves_share", "世界の銅埋蔵量に占めるシェア", "share of world copper reserves", "%",
     "share of the world's copper reserves", "true", "share", ""],
]
SHARE_ENTITIES = [["WORLD", "other", "世界", "World", "world;global", ""]]
SHARE_OBSERVATIONS = [
    ["r21", "NL", "reserves", "2021", "21000000", "t", "stat", ""],
    ["w21", "WORLD", "reserves", "2021", "95000000", "t", "stat", ""],  # 22 % in 2021
    ["s23", "NL", "reserves_share", "2023", "42", "%", "stat", ""],
]



@pytest.mark.parametrize(("claim", "expected"), [
    # the pack's share of 2023 (42 %), not the ratio of the 2021 amounts (22 %)
    ("Norland sits on nearly half of the world's copper reserves.", "mostly_true"),
    ("ノーランドは世界の銅埋蔵量の半分近くを持つ。", "mostly_true"),
    ("Norland holds about two-fifths of the world's copper reserves.", "true"),
    ("Norland holds about 25% of the world's copper reserves.", "mostly_false"),
    ("ノーランドは世界の銅埋蔵量の40%以上を持つ。", "true"),
])
def test_a_fraction_of_the_world_on_its_share_measure(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["shares"])
    assert d.rating == expected
    assert d.checks[0].evidence == ["s23"]


GAP_METRICS = [
    ["hours", "年間労働時間", "annual working hours", "hours", "working hours", "false", "amount", ""],
    ["income", "年間所得額", "annual income", "JPY", "income;年収;earn", "true", "amount", ""],
]
GAP_ENTITIES = [
    ["trucks", "other", "トラック運転者", "truck drivers", "truck drivers;トラック運転手", ""],
    ["avg", "other", "全産業平均", "the average worker", "average worker;all-industry average", ""],
]
GAP_OBSERVATIONS = [
    ["t-h", "trucks", "hours", "2021", "2544", "hours", "stat", ""],
    ["a-h", "avg", "hours", "2021", "2112", "hours", "stat", ""],  # 432 hours more
    ["t-i", "trucks", "income", "2021", "4630000", "JPY", "stat", ""],
    ["a-i", "avg", "income", "2021", "4890000", "JPY", "stat", ""],  # 260,000 yen less
]



@pytest.mark.parametrize(("claim", "expected"), [
    # the margin between the two sides, not only which is larger
    ("Truck drivers work about 430 hours a year more than the average worker.", "true"),
    ("Truck drivers work about 500 hours a year more than the average worker.", "mostly_true"),
    # x2.3 the side said: a margin is the size of a difference (§4.1, session 13), mostly false;
    # x3.5: far off
    ("Truck drivers work about 1,000 hours a year more than the average worker.", "mostly_false"),
    ("Truck drivers work about 1,500 hours a year more than the average worker.", "false"),
    ("Truck drivers work about 1,000 hours a year less than the average worker.", "false"),  # the other side
    ("トラック運転者の年収は全産業平均より約30万円少ない。", "mostly_true"),
    ("トラック運転者の年収は全産業平均より約26万円少ない。", "true"),
])
def test_a_gap_with_the_words_of_what_is_counted(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["gaps"])
    assert d.rating == expected
    assert d.checks[0].numbers[0].claimed is not None


PREVIOUS_METRICS = [["exports", "輸出額", "exports", "USD", "exports;輸出", "true", "amount", ""]]
PREVIOUS_OBSERVATIONS = [
    ["x23", "NL", "exports", "2023", "355500000000", "USD", "stat", ""],
    ["x24", "NL", "exports", "2024", "405500000000", "USD", "stat", ""],  # +14.1 %
    ["x25", "NL", "exports", "2025", "443800000000", "USD", "stat", ""],  # +9.4 %
]



@pytest.mark.parametrize(("claim", "expected"), [
    # against the year before: the size of a change of the way said keeps the size's steps
    ("2024年、ノーランドの輸出は前年比1割以上増えた。", "true"),
    ("2024年、ノーランドの輸出は前年比2割以上増えた。", "mostly_false"),  # +14.1 %
    ("2024年、ノーランドの輸出は前年比2割以上減った。", "false"),  # the other way
    ("Norland's exports rose more than 20% from a year earlier in 2024.", "mostly_false"),
])
def test_a_change_against_the_period_before(packs: Packs, claim: str, expected: str) -> None:
    assert diagnose(claim, packs["previous"]).rating == expected


def test_a_run_of_periods_draws_a_line_each_must_clear(packs: Packs) -> None:
    # 2025's +9.4 % rounds to 10 % but misses the line the run draws: it fails, not "nearly"
    d = diagnose("ノーランドの輸出は2024年、2025年と2年続けて前年比10%以上増えた。", packs["previous"])
    assert d.checks[-1].result == "fails"
    assert "2025" in d.checks[-1].reason


CROSSING_METRICS = [["deaths", "死亡者数", "deaths", "count", "deaths;死亡者", "false", "count", ""]]
CROSSING_OBSERVATIONS = [
    ["d20", "NL", "deaths", "2020", "91799", "count", "stat", ""],
    ["d21", "NL", "deaths", "2021", "106699", "count", "stat", ""],  # +16.2 %
]



@pytest.mark.parametrize(("claim", "expected"), [
    # the line the level crossed is a level (106,699), not the size of the change (14,900)
    ("In 2021 Norland's deaths passed 100,000, up about 16% on 2020.", "true"),
    ("In 2021 Norland's deaths passed 100,000, up about 20% on 2020.", "mostly_true"),  # 16.2 %
    ("2021年のノーランドの死亡者数は10万人を突破し、前年比約16%増えた。", "true"),
    ("In 2021 Norland's deaths passed 110,000, up about 16% on 2020.", "false"),  # not crossed (§5.1)
])
def test_a_line_crossed_in_a_change_is_a_level(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["crossing"])
    assert d.rating == expected
    assert all(n.found != 14900 for c in d.checks for n in c.numbers)



SIDES_METRICS = [
    ["spend", "一人当たり医療費", "spending per person", "JPY", "", "false", "amount", ""],
]
SIDES_ENTITIES = [
    ["kochi", "other", "高知県", "Kochi", "高知", "NL"],
    ["saitama", "other", "埼玉県", "Saitama", "埼玉", "NL"],
]
SIDES_OBSERVATIONS = [
    ["k", "kochi", "spend", "2023", "496300", "JPY", "stat", ""],
    ["s", "saitama", "spend", "2023", "342500", "JPY", "stat", ""],  # x1.45
]


@pytest.mark.parametrize(("claim", "expected"), [
    # the superlatives describe the two sides; the multiple says which is above
    ("一人当たり医療費が最も高い高知県は、最も低い埼玉県の1.45倍だ。", "true"),
    ("一人当たり医療費が最も高い高知県は、最も低い埼玉県の1.7倍に上る。", "mostly_false"),  # x1.17 off
    ("一人当たり医療費が最も高い高知県は、最も低い埼玉県の半分だ。", "false"),  # the other order
])
def test_superlatives_that_describe_the_sides(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["sides"])
    assert d.rating == expected
    assert "1.449" in str([n.found for n in d.checks[0].numbers])



EVENT_METRICS = [["rate", "政策金利", "policy rate", "%", "benchmark rate", "", "score", ""]]
EVENT_ENTITIES = [["cb", "organization", "ノーランド中央銀行", "Norland central bank", "central bank", "NL"]]
EVENT_OBSERVATIONS = [["r1", "NL", "rate", "2024-09", "4.75", "%", "stat", ""]]
EVENTS = [[
    "cut", "2024-09-18", "", "cb", "policy", "中央銀行が政策金利を0.5ポイント引き下げ",
    "Central bank cuts its policy rate by half a percentage point", "0.5", "pt", "stat", "2", "",
]]


@pytest.mark.parametrize(("claim", "expected"), [
    # the event and its date are right; its figure in points is not (0.5): mostly false, as a
    # figure in percent or money is (§4.2)
    ("In September 2024 the Norland central bank cut its rate by 0.5 percentage point.", "true"),
    ("In September 2024 the Norland central bank cut its rate by 0.75 percentage point.", "mostly_false"),
    ("2024年9月、ノーランド中央銀行は政策金利を0.75ポイント引き下げた。", "mostly_false"),
])
def test_an_events_figure_in_points(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["event"])
    assert d.rating == expected
    assert d.checks[-1].evidence == ["cut"]


LEVEL_METRICS = [
    ["jobless", "失業者数", "unemployed people", "count", "unemployed;失業者", "false", "count", ""],
]
LEVEL_OBSERVATIONS = [["j24", "NL", "jobless", "2024", "2978000", "count", "stat", ""]]


@pytest.mark.parametrize(("claim", "expected"), [
    # 2,978,000: a level's bound missed by at most 5 % keeps the level's order of size (mostly
    # false); further, or a crossing named as the event (topped, 突破), it is false
    ("Norland had more than three million unemployed people in 2024.", "mostly_false"),  # 0.7 %
    ("Norland had more than 3.2 million unemployed people in 2024.", "mostly_false"),  # 6.9 % (§5.1)
    ("Norland's unemployed people topped three million in 2024.", "false"),  # (§5.1, session 27)
    ("Norland had fewer than 2.9 million unemployed people in 2024.", "mostly_false"),  # 2.7 %
    ("2024年、ノーランドの失業者数は300万人を超えた。", "mostly_false"),
    ("2024年、ノーランドの失業者数は320万人を超えた。", "mostly_false"),
    ("2024年、ノーランドの失業者数は300万人を突破した。", "false"),
])
def test_a_levels_bound_missed_by_a_little(packs: Packs, claim: str, expected: str) -> None:
    d = diagnose(claim, packs["levels"])
    assert d.rating == expected
    assert d.checks[0].evidence == ["j24"]


#: one small pack per family above: (metrics, observations, entities)
Rows = list[list[str]]
FAMILIES: dict[str, tuple[Rows, Rows, Rows | None, Rows | None]] = {
    "pack": (METRICS, OBSERVATIONS, None, None),
    "multiples": (MULTIPLES, MULTIPLE_OBSERVATIONS, None, None),
    "parts": (PART_METRICS, PART_OBSERVATIONS, PART_ENTITIES, None),
    "shares": (SHARE_METRICS, SHARE_OBSERVATIONS, SHARE_ENTITIES, None),
    "gaps": (GAP_METRICS, GAP_OBSERVATIONS, GAP_ENTITIES, None),
    "previous": (PREVIOUS_METRICS, PREVIOUS_OBSERVATIONS, None, None),
    "crossing": (CROSSING_METRICS, CROSSING_OBSERVATIONS, None, None),
    "sides": (SIDES_METRICS, SIDES_OBSERVATIONS, SIDES_ENTITIES, None),
    "event": (EVENT_METRICS, EVENT_OBSERVATIONS, EVENT_ENTITIES, EVENTS),
    "levels": (LEVEL_METRICS, LEVEL_OBSERVATIONS, None, None),
}


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> Packs:
    return {
        name: small_pack(tmp_path_factory, f"grading-{name}", metrics, obs, entities=entities, events=events)
        for name, (metrics, obs, entities, events) in FAMILIES.items()
    }
