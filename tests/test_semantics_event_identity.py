"""Which event a statement speaks of, and what a plan event can settle (docs/verdict-rules.md §4.2
"Actor", "Amount identifies", §4.3 "A goal is no forecast", "A plan a done event reports"), in
Japanese and English, on a small pack about Norland's railway, its ticket and two ministries:

- a forecast said as fact ("will get punctuality back to 80% by 2028", 「…に戻る見通しだ」) is not
  settled by the actor's goal: a goal says what is aimed at, not that it will be reached (blind round
  21d ld-80-2028, round 13d target2026_hit); the goal said as such ("has set a goal") is;
- the subject's event whose amount is the figure said is the one spoken of, with no other word
  shared (「2026年1月から月63ユーロとなり」 of the decision of a 63-euro price: round 21d dt-63); an
  amount that differs does not find it, nor a plan's;
- a done event whose title reports a plan for a later date (「…開始、2026年4月30日まで全面運休予定」)
  settles that plan said (round 21d hhb-start);
- a thing the title quotes by name is one thing: the event of another ministry that set it up is the
  one spoken of, and the ministry said is wrong (round 21b pt-by-mext-2023)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["punct", "長距離定時率", "long-distance punctuality", "%", "定時率;punctuality", "true", "share", ""],
]
ENTITIES = [
    ["NR", "company", "ノーランド鉄道", "Norland Rail", "NR", "NL"],
    ["tkt", "product", "ノーランドチケット", "Norland Ticket", "", "NL"],
    ["line", "facility", "北線", "North Line", "", "NL"],
    ["MOE", "government", "経済省", "Economy Ministry", "economy ministry", "NL"],
    ["MOC", "government", "文化省", "Culture Ministry", "culture ministry", "NL"],
]
OBSERVATIONS = [
    ["p-2023", "NR", "punct", "2023", "64", "%", "stat", ""],
    ["p-2024", "NR", "punct", "2024", "62.5", "%", "stat", ""],
]
E = ["stat", "2", ""]
EVENTS = [
    ["e-goal", "2024-05", "", "NR", "plan", "ノーランド鉄道、2028年までに長距離定時率80%を目標",
     "Norland Rail sets a goal of 80% long-distance punctuality by 2028", "80", "%", *E],
    ["e-launch", "2023-05-01", "", "tkt", "launch", "ノーランドチケットが月49ユーロで導入",
     "Norland Ticket launched at 49 euros a month", "49", "EUR", *E],
    ["e-63", "2025-09-18", "", "tkt", "policy",
     "交通相会議、2026年からノーランドチケットを63ユーロに値上げ決定",
     "Transport ministers decide a Norland Ticket price of 63 euros from 2026", "63", "EUR", *E],
    ["e-line", "2025-08-01", "", "line", "operation_start",
     "北線の全面改修開始、2026年4月30日まで全面運休予定",
     "North Line renovation begins; full closure planned until 30 April 2026", "", "", *E],
    ["e-team", "2024-03-05", "", "MOE", "policy", "経済省が「書店振興チーム」を設置",
     "Economy Ministry sets up the “Bookshop Promotion Team”", "", "", *E],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "event-identity", METRICS, OBSERVATIONS, entities=ENTITIES,
                      events=EVENTS, language="en")


def _rating(pack: Pack, text: str, lang: str, as_of: str) -> str:
    return diagnose(text, pack, lang=lang, as_of=as_of).rating


def test_a_goal_does_not_settle_a_forecast(pack: Pack) -> None:
    said = "2024-06-01"
    assert _rating(pack, "Norland Rail will get long-distance punctuality back to 80% by 2028.", "en",
                   said) == "unverifiable"
    assert _rating(pack, "ノーランド鉄道の長距離定時率は2028年までに80%に戻る見通しだ。", "ja",
                   said) == "unverifiable"
    # near misses: the goal said as such is what the goal event settles
    assert _rating(pack, "Norland Rail has set a goal of 80% long-distance punctuality by 2028.", "en",
                   said) == "true"
    assert _rating(pack, "ノーランド鉄道は2028年までに長距離定時率80%を目指している。", "ja", said) == "true"


def test_an_amount_said_finds_the_subjects_event(pack: Pack) -> None:
    said = "2025-09-20"
    ja = diagnose("ノーランドチケットは2026年1月から月63ユーロとなる。", pack, lang="ja", as_of=said)
    assert ja.rating == "true"
    assert ja.checks[0].evidence == ["e-63"]
    # a decision is what will be: no goal
    assert _rating(pack, "The Norland Ticket will cost 63 euros a month from January 2026.", "en",
                   said) == "true"
    # near miss: another amount is not the decision's
    assert _rating(pack, "ノーランドチケットは2026年1月から月80ユーロとなる。", "ja", said) not in (
        "true", "mostly_true")


def test_a_plan_a_done_event_reports(pack: Pack) -> None:
    said = "2025-08-01"
    assert _rating(pack, "北線の全面改修は2025年8月1日に始まり、2026年4月末まで全面運休となる予定だ。", "ja",
                   said) == "true"
    assert _rating(pack, "The North Line renovation began on 1 August 2025, with a full closure planned "
                   "until the end of April 2026.", "en", said) == "true"
    # near miss: another end of the closure than the one planned is not held by it
    assert _rating(pack, "北線の全面改修は2025年8月1日に始まり、2026年10月末まで全面運休となる予定だ。", "ja",
                   said) != "true"


def test_a_named_thing_of_another_actor(pack: Pack) -> None:
    said = "2025-03-01"
    assert _rating(pack, "書店振興チームは2024年に文化省が立ち上げたものだ", "ja", said) == "false"
    assert _rating(pack, "The Bookshop Promotion Team was set up by the culture ministry in 2024.", "en",
                   said) == "false"
    # near misses: the actor who set it up; a team the pack does not name is not this one
    assert _rating(pack, "書店振興チームは2024年に経済省が立ち上げたものだ", "ja", said) == "true"
    assert _rating(pack, "The Bookshop Promotion Team was set up by the economy ministry in 2024.", "en",
                   said) == "true"
    assert _rating(pack, "文化省は2024年に図書館振興チームを立ち上げた", "ja", said) not in (
        "false", "mostly_false")
    # review M5: running the team is another act than setting it up, which the pack does not cover
    assert _rating(pack, "文化省は書店振興チームを運用している", "ja", said) == "unverifiable"
    assert _rating(pack, "The culture ministry operates the “Bookshop Promotion Team”.", "en",
                   said) == "unverifiable"
    assert _rating(pack, "The culture ministry set up the “Bookshop Promotion Team”.", "en", said) == "false"
    # a name inside a compound (a law named after the ministry) is no actor said
    assert _rating(pack, "書店振興チームを設ける改正文化省法は2024年に成立した", "ja", said) not in (
        "false", "mostly_false")


@pytest.fixture(scope="module")
def growth_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    metrics = [
        ["homeless", "ホームレス数", "homeless people", "count", "ホームレス;homelessness", "false", "count",
         ""],
        ["homeless_growth", "ホームレス数の増減率", "change in homelessness", "%", "homelessness increase",
         "false", "growth", ""],
    ]
    entities = [["HI", "other", "ハイランド州", "Highland", "", "NL"]]
    observations = [
        ["h-2024", "HI", "homeless", "2024", "11637", "count", "stat", ""],
        ["g-2024", "HI", "homeless_growth", "2024", "87", "%", "stat", ""],
        ["n-2022", "NL", "homeless", "2022", "582500", "count", "stat", ""],
    ]
    events = [["e-fire", "2023", "", "HI", "disaster", "ハイランド州の山火事で5,200人超が避難所に",
               "Highland wildfire puts more than 5,200 people in shelters", "5200", "count", *E]]
    return small_pack(tmp_path_factory, "growth-multiple", metrics, observations, entities=entities,
                      events=events, language="ja")


def test_a_multiple_reads_the_change_measure(growth_pack: Pack) -> None:
    said = "2025-01-15"
    for text, lang in (("ハイランド州のホームレスは2024年、山火事の影響でほぼ倍増した。", "ja"),
                       ("ハイランド州のホームレスは2024年に倍増した。", "ja"),
                       ("Highland's homeless population doubled in 2024.", "en")):
        d = diagnose(text, growth_pack, lang=lang, as_of=said)
        assert d.checks[0].evidence == ["g-2024"], text
        assert d.rating not in ("false", "true")
    # near miss: a tripling is not +87 %
    assert diagnose("ハイランド州のホームレスは2024年に3倍になった。", growth_pack, lang="ja",
                    as_of=said).rating in ("false", "mostly_false")
