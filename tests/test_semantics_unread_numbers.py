"""No number left unread (docs/verdict-rules.md §4.15): a statement does not hold on an event matched
on its words while a quantity it states — how long a state lasted, "all" of what an act took in — was
compared by nothing. In Japanese and English, on a small pack about Norland:

- a length said with a verb of lasting (「1カ月以上も続いた」, "lasted more than a month", "for 15
  days") is compared with the length the pack shows: an event's amount in units of time, or the
  days from the event to the one that ended it (lifted, 解除); with neither it is unknown (round 25
  jp-water-utilities yashio-month, a wrong true);
- "all" (すべて) said of what an act took in holds only on an event whose title says a whole (round
  25 all-to-mlit).

Negatives: a length that agrees still holds; a run of periods (「2年続けて」, "for two years in a
row") and a date are no lengths; an event whose title says "all" keeps its hold."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.checks.events import lasted_said
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

METRICS = [
    ["levy", "送電賦課金単価", "Grid levy rate", "NLD/kWh", "grid levy", "false", "amount", ""],
    ["eggs", "卵の平均価格", "Average egg price", "NLD/dozen", "egg price;卵の価格;卵価格", "false", "amount",
     ""],
    ["eggs_yoy", "卵価格の前年同月比", "Egg price change from a year earlier", "%",
     "year over year;前年同月比;from a year earlier", "false", "amount",
     "Percent change from the same month a year earlier; not a level"],
]
OBSERVATIONS = [
    ["o-levy-2024", "NL", "levy", "2024", "3.49", "NLD/kWh", "stat", ""],
    ["o-levy-2025", "NL", "levy", "2025", "3.98", "NLD/kWh", "stat", ""],
    ["o-eggs-2025-04", "NL", "eggs", "2025-04", "5.12", "NLD/dozen", "stat", ""],
    ["o-eggs-yoy-2024-12", "NL", "eggs_yoy", "2024-12", "37", "%", "stat", ""],
    ["o-eggs-yoy-2025-04", "NL", "eggs_yoy", "2025-04", "79", "%", "stat", ""],
]
ENTITIES = [
    ["PORT", "other", "ポートン", "Porton", "ポートン市;Porton", "NL"],
    ["WM", "government", "水務省", "Water Ministry", "水務省;water ministry", "NL"],
    ["LM", "government", "国土省", "Land Ministry", "国土省;land ministry", "NL"],
    ["EM", "government", "環境庁", "Environment Agency", "環境庁;environment agency", "NL"],
    ["HM", "government", "保健省", "Health Ministry", "保健省;health ministry", "NL"],
    ["FM", "government", "漁業省", "Fisheries Ministry", "漁業省;fisheries ministry", "NL"],
]
EVENTS = [
    # a restriction asked on one day and lifted 15 days later (no amount of time on either)
    ["e-ask", "2025-01-28", "", "NL;PORT", "regulation", "ノーランド政府がポートン市民に水道の使用制限を要請",
     "Norland asks Porton residents to restrict their water use", "", "", "stat", "2", ""],
    ["e-lift", "2025-02-12", "", "NL;PORT", "milestone", "ポートン市民への水道の使用制限を解除",
     "Porton water use restriction lifted", "", "", "stat", "2", ""],
    # a pipe burst, and the request of the same day that holds a number
    ["e-burst", "2025-03-10", "", "PORT", "accident", "ポートンで大型水道管が破裂し道路が冠水",
     "Large water main bursts in Porton, flooding the road", "", "", "stat", "2", ""],
    ["e-boil", "2025-03-10", "", "NL", "regulation", "ノーランド政府が約30万人に煮沸を要請",
     "Norland asks about 300,000 people to boil their water", "30万", "people", "stat", "2", ""],
    # a strike whose length is the amount of its end event
    ["e-strike", "2024-03-01", "", "PORT", "milestone", "ポートン港湾労働者がストライキを開始",
     "Porton dock workers go on strike", "", "", "stat", "2", ""],
    ["e-strike-end", "2024-03-22", "", "PORT", "milestone", "ポートン港湾労働者のストライキが終結（21日間）",
     "Porton dock workers' strike ends after three weeks", "21", "days", "stat", "2", ""],
    # a transfer to two bodies; a ban whose title says all
    ["e-transfer", "2024-04-01", "", "WM;LM;EM", "regulation", "上水道行政が水務省から国土省・環境庁へ移管",
     "Water supply administration transferred from the Water Ministry to the Land Ministry and the "
     "Environment Agency", "", "", "stat", "2", ""],
    ["e-ban", "2023-08-24", "", "FM", "regulation", "漁業省が外国産水産物の輸入を全面停止",
     "Fisheries Ministry suspends all imports of foreign seafood", "", "", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unread-numbers", METRICS, OBSERVATIONS, entities=ENTITIES,
                      events=EVENTS, language="ja")


def _reasons(d: object) -> str:
    return " ".join(c.reason for c in d.checks)  # type: ignore[attr-defined]


def test_a_length_said_is_compared_with_the_days_to_its_lifting(pack: Pack) -> None:
    ja = diagnose("ポートン市民への水道の使用制限は、1カ月以上も続いた。", pack, as_of="2025-04-01")
    assert ja.rating == "false"
    assert "15日" in _reasons(ja)
    en = diagnose("The water use restriction for Porton residents lasted more than a month.", pack,
                  lang="en", as_of="2025-04-01")
    assert en.rating == "false"
    assert "15 days" in _reasons(en)


def test_a_length_that_agrees_still_holds(pack: Pack) -> None:
    # negative: about two weeks, 「約2週間続いた」 against 15 days
    en = diagnose("The water use restriction for Porton residents lasted about two weeks.", pack,
                  lang="en", as_of="2025-04-01")
    assert en.rating == "true"
    ja = diagnose("ポートン市民への水道の使用制限は約2週間続いた。", pack, as_of="2025-04-01")
    assert ja.rating == "true"


def test_a_length_is_compared_with_an_events_amount_of_time(pack: Pack) -> None:
    ja = diagnose("ポートン港湾労働者のストライキは3カ月も続いた。", pack, as_of="2024-06-01")
    assert ja.rating == "false"
    en = diagnose("The Porton dock workers' strike lasted 21 days.", pack, lang="en", as_of="2024-06-01")
    assert en.rating == "true"


def test_a_run_and_a_date_are_no_lengths(pack: Pack) -> None:
    # negative: 「2025年1月から続いた」 dates the state; a date is not a quantity to compare
    ja = diagnose("2025年1月、ノーランド政府がポートン市民に水道の使用制限を要請した。", pack,
                  as_of="2025-04-01")
    assert ja.rating == "true"
    en = diagnose("In January 2025 Norland asked Porton residents to restrict their water use.", pack,
                  lang="en", as_of="2025-04-01")
    assert en.rating == "true"
    assert "Duration" not in _reasons(en)


def test_all_said_of_an_act_needs_a_title_that_says_a_whole(pack: Pack) -> None:
    en = diagnose("In 2024 the Water Ministry handed all of its water supply work over to the Land Ministry.",
                  pack, lang="en", as_of="2025-01-01")
    assert en.rating == "unverifiable"
    assert "all of its" in _reasons(en)
    ja = diagnose("2024年、水務省は上水道行政をすべて国土省へ移管した。", pack, as_of="2025-01-01")
    assert ja.rating == "unverifiable"
    # negative: without "all" the transfer holds
    assert diagnose("In 2024 the Water Ministry handed its water supply work over to the Land Ministry.",
                    pack, lang="en", as_of="2025-01-01").rating == "true"


def test_all_holds_on_a_title_that_says_all(pack: Pack) -> None:
    # negative: the title says the whole (all, 全面)
    en = diagnose("The Fisheries Ministry suspended all imports of foreign seafood in August 2023.", pack,
                  lang="en", as_of="2024-01-01")
    assert en.rating == "true"
    ja = diagnose("漁業省は2023年8月に外国産水産物の輸入をすべて停止した。", pack, as_of="2024-01-01")
    assert ja.rating == "true"


def test_a_length_no_check_compared_leaves_a_value_open(pack: Pack) -> None:
    # the level holds, its length is compared by nothing: unknown, not true (§4.15)
    en = diagnose("Norland's grid levy stayed at 3.98 NLD per kWh for two years in 2025.", pack, lang="en",
                  as_of="2026-01-01")
    assert en.rating == "unverifiable"
    assert "two years" in _reasons(en)
    ja = diagnose("Norland's grid levy was 3.98 NLD per kWh in 2025 for three months.", pack,
                  as_of="2026-01-01")
    assert ja.rating == "unverifiable"
    assert "three months" in _reasons(ja)
    # negative: the level alone holds
    assert diagnose("Norland's grid levy was 3.98 NLD per kWh in 2025.", pack, lang="en",
                    as_of="2026-01-01").rating == "true"


def _change(d: object) -> object:
    return next(c for c in d.checks if c.kind == "change")  # type: ignore[attr-defined]


def test_a_size_said_as_a_percentage_more_is_compared_with_the_growth_rate(pack: Pack) -> None:
    # 「3割高い」 is +30 %: compared with the rate (+79 %), not held on its sign alone
    said = "2025年4月のノーランドの卵の平均価格は1ダース5.12NLDで、前年同月より{}高い。"
    ja = _change(diagnose(said.format("3割"), pack, as_of="2025-05-20"))
    assert ja.result != "holds"  # type: ignore[attr-defined]
    assert [n.claimed_text for n in ja.numbers] == ["3割"]  # type: ignore[attr-defined]
    # negative: 「約8割高い」 for +79 % holds
    near = _change(diagnose(said.format("約8割"), pack, as_of="2025-05-20"))
    assert near.result == "holds"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ポートン市民への水道の使用制限は、1カ月以上も続いた。", (1.0, "month", "at_least")),
        ("The Porton dock workers' strike lasted nearly three weeks.", (3.0, "week", "less_than")),
        ("The strike went on for 15 days.", (15.0, "day", "about")),
        # negatives: a run of periods, a year, a window, a bound
        ("ノーランドの送電賦課金単価は2年続けて前年を上回った。", None),
        ("ポートン市民への水道の使用制限は2024年も続いた。", None),
        ("Norland's grid levy rose in the last five years.", None),
        ("The Porton strike lasted for up to three weeks.", None),
        # a run of falls or rises (続落, 続伸), not how long a state lasted
        ("ノーランドの卵の平均価格は3カ月続落した。", None),
        ("ノーランドの送電賦課金単価は5年続伸した。", None),
    ],
)
def test_what_is_a_length_said(pack: Pack, text: str, said: tuple[float, str, str] | None) -> None:
    found = [lasted_said(st) for st in parse(text, pack).statements]
    got = next(((x.value, x.unit, x.comparator) for x in found if x is not None), None)
    assert got == said


def test_a_number_is_compared_with_the_same_days_event_of_the_actor_named(pack: Pack) -> None:
    said = "2025年3月のポートンの大型水道管の破裂で、ノーランド政府は約{}万人に水道水の煮沸を求めた。"
    right = diagnose(said.format(30), pack, as_of="2025-04-01")
    assert right.rating == "true"
    assert "e-boil" in right.checks[0].evidence
    wrong = diagnose(said.format(80), pack, as_of="2025-04-01")
    assert wrong.rating in ("false", "mostly_false")
    en = "When a large water main burst in Porton in March 2025, Norland asked about {} people to boil water."
    assert diagnose(en.format("300,000"), pack, lang="en", as_of="2025-04-01").rating == "true"
    off = diagnose(en.format("800,000"), pack, lang="en", as_of="2025-04-01")
    assert off.rating in ("false", "mostly_false")
    # negative: the actor of the same day's event not named: the number stays unread
    other = diagnose("2025年3月のポートンの大型水道管の破裂で、約30万人が水道水を煮沸した。", pack,
                     as_of="2025-04-01")
    assert other.rating != "true"


# two towns' restrictions, one lifted; and the government's two acts of one day, one with a number
OTHER_ENTITIES = [
    ["PORT", "other", "ポートン", "Porton", "ポートン市;Porton", "NL"],
    ["MILL", "other", "ミルフォード", "Milford", "ミルフォード市;Milford", "NL"],
]
OTHER_EVENTS = [
    ["e-mill-ask", "2025-01-29", "", "MILL", "regulation", "ミルフォード市が水道の使用制限を要請",
     "Milford asks residents to restrict water use", "", "", "stat", "2", ""],
    ["e-port-ask", "2025-01-30", "", "PORT", "regulation", "ポートン市が水道の使用制限を要請",
     "Porton asks residents to restrict water use", "", "", "stat", "2", ""],
    ["e-port-lift", "2025-04-10", "", "PORT", "milestone", "ポートン市が水道の使用制限の要請を解除",
     "Porton lifts its request to restrict water use", "", "", "stat", "2", ""],
    # a state of emergency declared, extended by three weeks, lifted 56 days (eight weeks) after
    ["e-emerg", "2021-04-25", "", "MILL", "policy", "ミルフォード市に非常事態宣言が発出",
     "State of emergency declared in Milford", "", "", "stat", "2", ""],
    ["e-emerg-ext", "2021-05-07", "", "MILL", "policy", "ミルフォード市の非常事態宣言を延長",
     "Milford's state of emergency extended", "3", "weeks", "stat", "2", ""],
    ["e-emerg-lift", "2021-06-20", "", "MILL", "policy", "ミルフォード市の非常事態宣言を解除",
     "Milford's state of emergency lifted", "", "", "stat", "2", ""],
    ["e-package", "2024-11-22", "", "NL", "policy", "ノーランド政府が総合経済対策を閣議決定",
     "Norland approves a comprehensive economic stimulus package", "", "", "stat", "2", ""],
    ["e-reserve", "2024-11-22", "", "NL", "funding", "ノーランド政府が洪水の復旧に予備費を支出",
     "Norland releases reserve funds for flood recovery", "1000億", "JPY", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def other(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unread-numbers-other", METRICS, OBSERVATIONS,
                      entities=OTHER_ENTITIES, events=OTHER_EVENTS, language="ja")


def test_a_length_is_not_measured_to_another_actors_lifting(other: Pack) -> None:
    # Milford's own lifting is not in the pack; Porton's does not show how long Milford's lasted
    ja = diagnose("ミルフォード市の水道の使用制限の要請は2カ月以上も続いた。", other, as_of="2025-06-01")
    assert ja.rating == "unverifiable"
    assert "草" not in _reasons(ja) and "ポートン" not in _reasons(ja)
    en = diagnose("Milford asked residents to restrict water use for more than two months.", other, lang="en",
                  as_of="2025-06-01")
    assert en.rating == "unverifiable"
    # negative: the actor's own lifting measures it (70 days: more than two months)
    own = diagnose("ポートン市の水道の使用制限の要請は2カ月以上も続いた。", other, as_of="2025-06-01")
    assert own.rating == "true"
    assert "70日" in _reasons(own)
    own_en = diagnose("Porton asked residents to restrict water use for more than two months.", other,
                      lang="en", as_of="2025-06-01")
    assert "70 days" in _reasons(own_en)


def test_a_number_is_not_read_on_another_act_of_the_actor_that_day(other: Pack) -> None:
    # the stimulus package's size is not in the pack; the reserve funds of that day are another act
    ja = diagnose("ノーランド政府は2024年11月22日、1000億円の総合経済対策を閣議決定した。", other,
                  as_of="2024-12-01")
    assert ja.rating == "unverifiable"
    assert "e-reserve" not in ja.checks[0].evidence
    en = diagnose("On 22 November 2024 Norland approved a 100 billion yen economic stimulus package.", other,
                  lang="en", as_of="2024-12-01")
    assert en.rating == "unverifiable"
    # a word shared with the other act (recovery, 復旧) does not make the package's figure its
    for text, lang in (
        ("On 22 November 2024 Norland approved a 100 billion yen economic stimulus package for flood "
         "recovery.", "en"),
        ("ノーランド政府は2024年11月22日、洪水復旧のための1000億円の総合経済対策を閣議決定した。", "ja"),
    ):
        assert diagnose(text, other, lang=lang, as_of="2024-12-01").rating == "unverifiable"
    # negative: the act with the number, named, is compared with it
    right = diagnose("ノーランド政府は2024年11月22日、洪水の復旧に1000億円の予備費を支出した。", other,
                     as_of="2024-12-01")
    assert right.rating == "true"


SALES = [["sales", "新車販売台数の前年比", "new car sales growth", "%", "新車販売台数;new car sales", "true",
          "growth", ""]]


@pytest.mark.parametrize(
    ("text", "lang", "rating"),
    [
        # the size said against a year-on-year rate of -20 % (2024) and +20 % (2023, after -5 %)
        ("Norland's new car sales in 2024 were 80% lower than a year earlier.", "en", "false"),
        ("ノーランドの新車販売台数は2024年、前年より約8割少ない水準となった。", "ja", "false"),
        ("Norland's new car sales in 2023 were about 80% higher than a year earlier.", "en", "false"),
        ("2023年のノーランドの新車販売台数は前年より8割も多い。", "ja", "false"),
        # negatives: the size that agrees, and the way alone, still hold
        ("Norland's new car sales in 2024 were 20% lower than a year earlier.", "en", "true"),
        ("ノーランドの新車販売台数は2024年、前年より約2割少ない水準となった。", "ja", "true"),
        ("2023年のノーランドの新車販売台数は前年より2割多い。", "ja", "true"),
        ("Norland's new car sales in 2024 were lower than a year earlier.", "en", "true"),
        # a multiple of the previous year's level is 1 + rate / 100 (x1.2 in 2023), not rate / rate
        ("2023年のノーランドの新車販売台数は前年の1.2倍だった。", "ja", "true"),
        ("Norland's new car sales in 2023 were 1.2 times the previous year's.", "en", "true"),
        ("2023年のノーランドの新車販売台数は前年の2倍だった。", "ja", "false"),
        ("Norland's new car sales in 2023 were twice the previous year's.", "en", "false"),
    ],
)
def test_a_size_said_against_a_year_earlier_is_compared_with_the_rate(
    tmp_path_factory: pytest.TempPathFactory, text: str, lang: str, rating: str
) -> None:
    sales = small_pack(tmp_path_factory, "unread-numbers-rate", SALES,
                       [["o-s-2022", "NL", "sales", "2022", "-5", "%", "stat", ""],
                        ["o-s-2023", "NL", "sales", "2023", "20", "%", "stat", ""],
                        ["o-s-2024", "NL", "sales", "2024", "-20", "%", "stat", ""]], language="ja")
    assert diagnose(text, sales, lang=lang, as_of="2025-03-01").rating == rating


def test_an_extensions_length_is_not_how_long_the_state_lasted(other: Pack) -> None:
    # extended by three weeks; declared 25 April, lifted 20 June: 56 days
    said = "2021年4月にミルフォード市に発出された非常事態宣言は約{}週間続いた。"
    assert diagnose(said.format(3), other, as_of="2021-08-01").rating in ("false", "mostly_false")
    right = diagnose(said.format(8), other, as_of="2021-08-01")
    assert right.rating == "true"
    assert "56日" in _reasons(right)
    en = diagnose("Milford's state of emergency lasted about three weeks.", other, lang="en",
                  as_of="2021-08-01")
    assert en.rating in ("false", "mostly_false")
    assert "extended" not in _reasons(en)
