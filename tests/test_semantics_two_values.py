"""Arithmetic on two values and number shapes (docs/verdict-rules.md §4.16): a figure said of two
members together is their sum (「AとBの2州だけで全米のほぼ半分」, "A and B together", "a combined");
a counter between a figure and から / に leaves it the change's end (「1万5602店から…1万918店まで減った」);
a from-figure on an event of one amount is the level before it ("went up from 49 to 58 euros"); a loss
on a result kept signed is its value below zero ("a net loss of 1.8 billion", 「純損失は18億」, "a smaller
loss" a rise). Blind round 21: ca_ny_half_ja, bookstores-decade, dt-58, loss-2024."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["WL", "other", "ウェストランド州", "Westland", "", "NL"],
    ["OL", "other", "オストランド州", "Ostland", "", "NL"],
    ["OLC", "other", "オストランド市", "Ostland City", "", "NL"],
    ["rail", "company", "ノーランド鉄道", "Norland Rail", "", "NL"],
    ["SL", "country", "サウスランド", "Southland", "", ""],
]
METRICS = [
    ["homeless", "ホームレス数", "homeless people", "count", "ホームレス;homeless", "false", "count", ""],
    ["share_of_nl", "全ノーランドのホームレスに占める割合", "share of all Norland homeless people", "%",
     "ノーランドに占める割合", "false", "share", ""],
    ["unsheltered", "路上生活者の割合", "share of homeless people who are unsheltered", "%",
     "路上生活の割合;unsheltered share", "false", "share", ""],
    ["shops", "書店数", "number of bookshops", "count", "書店数;書店;bookshops", "true", "count", ""],
    ["fare", "定期券の月額", "monthly pass price", "EUR", "月額;pass price", "false", "amount", ""],
    ["market", "紙の出版市場", "print publishing market", "JPY", "紙の出版;print market", "true", "amount",
     ""],
    ["cap", "料金上限額", "price cap level", "GBP", "上限額;price cap", "false", "amount", ""],
    ["result", "純損益", "Net result after taxes", "EUR", "net loss;net profit;純損失;赤字", "true", "amount",
     ""],
    ["wshare", "世界輸出に占めるシェア", "share of world exports", "%", "世界シェア;world export share",
     "true", "share", ""],
    ["gdpg", "GDP成長率", "GDP growth rate", "%", "成長率;growth", "true", "growth", ""],
]
OBSERVATIONS = [
    ["h1", "WL", "homeless", "2024", "187084", "count", "stat", ""],
    ["h2", "OL", "homeless", "2024", "158019", "count", "stat", ""],
    ["h3", "OLC", "homeless", "2024", "140000", "count", "stat", ""],
    ["p1", "WL", "share_of_nl", "2024", "24.2", "%", "stat", ""],
    ["p2", "OL", "share_of_nl", "2024", "20.5", "%", "stat", ""],
    ["u1", "WL", "unsheltered", "2024", "30", "%", "stat", ""],
    ["u2", "OL", "unsheltered", "2024", "20", "%", "stat", ""],
    ["b1", "NL", "shops", "FY2013", "15602", "count", "stat", ""],
    ["b2", "NL", "shops", "FY2023", "10918", "count", "stat", ""],
    ["f1", "rail", "fare", "2024", "49", "EUR", "stat", ""],
    ["f2", "rail", "fare", "2025", "58", "EUR", "stat", ""],
    ["m1", "NL", "market", "1996", "2656000000000", "JPY", "stat", ""],
    ["m2", "NL", "market", "2024", "964700000000", "JPY", "stat", ""],
    ["c1", "NL", "cap", "2024-Q2", "1690", "GBP", "stat", ""],
    ["c2", "NL", "cap", "2025-Q1", "1738", "GBP", "stat", ""],
    ["c3", "NL", "cap", "2025-Q2", "1849", "GBP", "stat", ""],
    ["r1", "rail", "result", "2023", "-2350000000", "EUR", "stat", ""],
    ["r2", "rail", "result", "2024", "-1800000000", "EUR", "stat", ""],
    ["w1", "NL", "wshare", "2024", "20", "%", "stat", ""],
    ["w2", "SL", "wshare", "2024", "15", "%", "stat", ""],
    ["g1", "NL", "gdpg", "2024", "2.0", "%", "stat", ""],
    ["g2", "SL", "gdpg", "2024", "3.0", "%", "stat", ""],
]
EVENTS = [
    ["e1", "2025-01-01", "", "rail", "policy", "定期券が月58ユーロに値上げ", "Pass price rises to 58 euros",
     "58", "EUR", "stat", "2", ""],
]
SOURCES = [["stat", "Statistics", "Office", "", "2025-02-01", "statistics", "en"]]
TRUE_SIDE = ("true", "mostly_true")


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(
        tmp_path_factory, "two-values", METRICS, OBSERVATIONS, entities=ENTITIES, events=EVENTS,
        sources=SOURCES,
    )


def test_two_members_together_are_their_sum(pack: Pack) -> None:
    ja = "ウェストランド州とオストランド州の2州だけで、全ノーランドのホームレスのほぼ半分を占めている。"
    assert diagnose(ja, pack, as_of="2025-03-01").rating in TRUE_SIDE  # 24.2 + 20.5 = 44.7
    en = "Westland and Ostland together account for {} of all Norland homeless people."
    assert diagnose(en.format("almost half"), pack, as_of="2025-03-01").rating in TRUE_SIDE
    assert diagnose(en.format("two-thirds"), pack, as_of="2025-03-01").rating == "false"
    count = "In 2024 Westland and Ostland had a combined {} homeless people."
    assert diagnose(count.format("345,000"), pack, as_of="2025-03-01").rating == "true"
    assert diagnose(count.format("545,000"), pack, as_of="2025-03-01").rating == "false"
    summed = "ウェストランド州とオストランド州を合わせると、2024年のホームレスは34万5000人だった。"
    assert diagnose(summed, pack, as_of="2025-03-01").rating == "true"


def test_no_sum_without_a_sum_word_or_of_shares_within_each(pack: Pack) -> None:
    # one member alone: its own share (24.2 % is no "almost half")
    alone = "Westland accounts for almost half of all Norland homeless people."
    assert diagnose(alone, pack, as_of="2025-03-01").rating not in TRUE_SIDE
    # a share within each member (its own homeless) does not add up: 30 + 20 is no 50 %
    within = "In Westland and Ostland together, half of homeless people are unsheltered."
    assert diagnose(within, pack, as_of="2025-03-01").rating not in TRUE_SIDE
    # a member inside another (Ostland City in Ostland) is not added
    nested = "In 2024 Ostland and Ostland City had a combined 298,019 homeless people."
    assert diagnose(nested, pack, as_of="2025-03-01").rating != "true"


def test_a_figure_of_members_together_is_never_one_members_value(pack: Pack) -> None:
    # shares of the world (countries are part of no other entity): 20 + 15 = 35, Norland alone 20
    en = "Norland and Southland together account for {}% of world exports in 2024."
    assert diagnose(en.format(20), pack, as_of="2025-06-01").rating == "false"
    assert diagnose(en.format(35), pack, as_of="2025-06-01").rating == "true"
    ja = "ノーランドとサウスランドを合わせると2024年の世界輸出の{}%を占める。"
    assert diagnose(ja.format(20), pack, as_of="2025-06-01").rating == "false"
    assert diagnose(ja.format(35), pack, as_of="2025-06-01").rating == "true"
    # a growth rate does not add up, nor a change of them combined: unknown, not Norland's 2 %
    grew = "Norland and Southland combined grew 2% in 2024."
    assert diagnose(grew, pack, as_of="2025-06-01").rating == "unverifiable"
    ja_grew = "ノーランドとサウスランドを合わせた成長率は2024年に2%だった。"
    assert diagnose(ja_grew, pack, as_of="2025-06-01").rating not in TRUE_SIDE
    # a share within each member, with the right figure for one of them: still no member's value
    within = "In 2024 Westland and Ostland together had {}% of homeless people unsheltered."
    assert diagnose(within.format(30), pack, as_of="2025-06-01").rating not in TRUE_SIDE
    # negatives: one member named alone is still checked on its own value
    assert diagnose("Norland grew 2% in 2024.", pack, as_of="2025-06-01").rating == "true"
    alone = "Norland accounts for {}% of world exports in 2024."
    assert diagnose(alone.format(20), pack, as_of="2025-06-01").rating == "true"
    assert diagnose(alone.format(35), pack, as_of="2025-06-01").rating == "false"


def test_a_counter_before_kara_keeps_the_from_figure(pack: Pack) -> None:
    said = "ノーランドの書店数は2013年度の{}店から2023年度には1万918店まで減った"
    assert diagnose(said.format("1万5602"), pack, as_of="2024-12-30").rating == "true"
    assert diagnose(said.format("2万5602"), pack, as_of="2024-12-30").rating not in TRUE_SIDE
    also = "ノーランドの書店数は2013年度の1万5602店から2023年度の1万918店に減った"
    assert diagnose(also, pack, as_of="2024-12-30").rating == "true"


def test_a_from_figure_on_an_event_is_the_level_before(pack: Pack) -> None:
    # the event states one amount (where the price went); 49 is the pass price before it
    said = "The Norland Rail pass went up from {} to 58 euros a month at the start of 2025."
    assert diagnose(said.format(49), pack, as_of="2025-03-01").rating == "true"
    assert diagnose(said.format(39), pack, as_of="2025-03-01").rating not in TRUE_SIDE
    ja = "ノーランド鉄道の定期券は2025年1月に月{}ユーロから58ユーロに値上げされた。"
    assert diagnose(ja.format(49), pack, as_of="2025-03-01").rating == "true"
    assert diagnose(ja.format(39), pack, as_of="2025-03-01").rating not in TRUE_SIDE


def test_a_loss_is_a_result_below_zero(pack: Pack) -> None:
    en = "Norland Rail closed 2024 with a net loss of 1.8 billion euros, a {} loss than the year before."
    assert diagnose(en.format("smaller"), pack, as_of="2025-03-27").rating == "true"
    assert diagnose(en.format("bigger"), pack, as_of="2025-03-27").rating not in TRUE_SIDE
    ja = "ノーランド鉄道の2024年の純損失は{}。"
    assert diagnose(ja.format("18億ユーロだった"), pack, as_of="2025-03-27").rating == "true"
    assert diagnose(ja.format("前年より縮小した"), pack, as_of="2025-03-27").rating == "true"
    assert diagnose(ja.format("前年より拡大した"), pack, as_of="2025-03-27").rating not in TRUE_SIDE
    # a profit said of a result below zero is no loss
    profit = "Norland Rail made a net profit of 1.8 billion euros in 2024."
    assert diagnose(profit, pack, as_of="2025-03-27").rating not in TRUE_SIDE


def test_a_fraction_lost_is_what_went(pack: Pack) -> None:
    # 2.656 trn -> 0.965 trn: 64 % went, 36 % is left
    ja = "ノーランドの紙の出版市場は1996年のピークから{}が消えた"
    assert diagnose(ja.format("3分の2"), pack, as_of="2025-03-01").rating in TRUE_SIDE
    assert diagnose(ja.format("3分の1"), pack, as_of="2025-03-01").rating not in TRUE_SIDE
    lost = "ノーランドの紙の出版市場は1996年のピークから{}を失った"
    assert diagnose(lost.format("3分の2"), pack, as_of="2025-03-01").rating in TRUE_SIDE
    en = "Norland's print publishing market has lost {} of its value since its 1996 peak."
    assert diagnose(en.format("two-thirds"), pack, as_of="2025-03-01").rating in TRUE_SIDE
    assert diagnose(en.format("a third"), pack, as_of="2025-03-01").rating not in TRUE_SIDE
    # a level reached stays a level: a third of the peak is left (x0.36)
    level = "ノーランドの紙の出版市場は1996年のピークから3分の1に減った"
    assert diagnose(level, pack, as_of="2025-03-01").rating in TRUE_SIDE


def test_percent_more_than_an_earlier_period_is_a_change(pack: Pack) -> None:
    # 1,690 -> 1,849 is 9.4 % more; graded as 「約15%上がった」 is (partly), not as a multiple
    ja = "2025年4月のノーランドの上限額は前年同期より約{}%高い"
    assert diagnose(ja.format(9), pack, as_of="2025-04-05").rating == "true"
    fifteen = diagnose(ja.format(15), pack, as_of="2025-04-05").rating
    assert fifteen == diagnose("2025年4月のノーランドの上限額は前年同期より約15%上がった", pack,
                               as_of="2025-04-05").rating
    assert diagnose(ja.format(9).replace("高い", "低い"), pack, as_of="2025-04-05").rating not in TRUE_SIDE
    en = "Norland's price cap in April 2025 is about {}% higher than a year earlier."
    assert diagnose(en.format(9), pack, as_of="2025-04-05").rating == "true"
    assert diagnose(en.format(15), pack, as_of="2025-04-05").rating not in TRUE_SIDE


def test_percent_more_than_a_year_earlier_reads_as_than_the_year_before(pack: Pack) -> None:
    # 49 -> 58 EUR is 18 % more: a wrong size is false as "than in 2024" is, not unknown (review M7)
    said = "Norland Rail's monthly pass price in 2025 was about {}% higher than {}."
    for base in ("a year earlier", "in 2024"):
        assert diagnose(said.format(5, base), pack, as_of="2025-06-01").rating == "false"
        assert diagnose(said.format(18, base), pack, as_of="2025-06-01").rating in TRUE_SIDE
    # negative: the direction alone, no figure, is still read on the direction
    assert diagnose("Norland Rail's monthly pass price in 2025 was higher than a year earlier.", pack,
                    as_of="2025-06-01").rating == "true"
