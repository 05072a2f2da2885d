"""True claims rated true, statement and linking stage (docs/verdict-rules.md §2, §4.4, §4.2): how a
true claim's statements are cut and what they are linked to, on a small pack built here; each
test asserts one rule, with a false variant beside it.

- An ellipsis before a capital ends a sentence ("…at 18%… The government …").
- One or two lone participles or un- adjectives between commas ("…, apprehended, unauthorized")
  describe the previous clause's noun: no statement of their own.
- A person or a government credited with a level ("X is leaving behind 77 trillion debt") speaks
  of its place's measure when it has none of its own; a projection for the period the claim is
  said in is the figure of the present, not a target.
- "Since Jan. 1 we have had more than 20,000 …" on a measure counted since a start is its
  latest value.
- "tied with A, B and C": every name is a comparand; the subject is the previous statement's.
- Commitments are plans: pledged / promised / vowed to, 公約, 約束.
- 「2030年にA 6000万人、B 15兆円を目標に掲げている」: a list item shares the plan of its verb.
- 「トイレ5」: a bare number glued to a katakana word is part of its name.
- 「4月末から16人増えた」: the end of a month before から opens a window to now.
- A statement that names a measure but gives it no value, no change or ranking, and says with an
  event verb that something happened ("scrapped its electric car purchase subsidy") is settled by
  an event as an event statement is; "ended" / "ends" (終了, 廃止) say an ending as "scrapped" does.
- A period written after the comparand's name ("more than the 3.26 billion added under Bera by the
  end of 2024") dates the comparand; the subject's value is its latest by then.
- A record tied ("tied its previous record low", 「過去最高に並んだ」) holds when the value equals the
  best before.
- "averaged 5.6% over the last five years" on a measure that is an average over a span is that
  measure's latest value: the window is what the average is over.
- A Japanese person's name (「X大統領が演説で触れた…加入者の数」) does not keep a measure from the
  pack's subject.
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
id: true-statements
title: {ja: "正しい記述", en: "True statements"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["st", "Statistics", "Office", "", "2023-05", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["AL", "other", "アルバ", "Alba", "", "NL"],
    ["BE", "other", "ベラ", "Bera", "", "NL"],
    ["CE", "other", "セラ", "Cera", "", "NL"],
    ["DE", "other", "デラ", "Dera", "", "NL"],
    ["pres", "person", "ラン大統領", "President Ran", "Ran", "NL"],
    ["gov", "government", "ノーランド政府", "Norland Government", "the government;政府", "NL"],
    ["party", "organization", "青党", "Blue Party", "", "NL"],
    ["kiosk", "facility", "万博「キオスク」", "Expo kiosk", "キオスク", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["pledge", "2024-07-20", "", "gov", "plan", "政府、2029年までに住宅150万戸の供給を公約",
     "Government pledges 1.5 million new homes by 2029", "150万", "count", "st", "3", ""],
    ["bonus", "2023-12-17", "", "gov", "policy", "政府が電気自動車購入補助金を終了",
     "Norland Government ends its electric car purchase subsidy", "", "", "st", "3", ""],
    ["t2030", "2030", "", "gov", "plan", "2030年に訪問者6000万人とする政府目標",
     "Government target of 60 million visitors in 2030", "6000万", "count", "st", "3", ""],
]
METRICS = [
    METRIC_HEADER,
    ["debt_proj", "予測公的債務残高", "projected public debt by May 2023", "EUR", "debt left behind", "false",
     "amount", ""],
    ["inflation", "物価上昇率", "inflation", "%", "inflation rate", "false", "growth", ""],
    ["caught", "1月1日以来の不法越境者の拘束数", "people apprehended since 1 January", "count",
     "people apprehended", "false", "count", ""],
    ["grad", "卒業率", "graduation rate", "%", "", "true", "share", ""],
    ["visitors", "訪問者数", "visitors", "count", "訪問者", "true", "count", ""],
    ["bid", "落札価格", "winning bid", "EUR", "落札", "", "amount", ""],
    ["pop", "人口", "population", "count", "", "", "count", ""],
    ["unemp", "失業率", "unemployment rate", "%", "", "false", "ratio", ""],
    ["added", "任期中の債務増加額", "debt added during the term", "EUR", "debt added", "false", "amount", ""],
    ["ev_regs", "電気自動車登録台数", "electric car registrations", "count", "electric cars", "true", "count",
     ""],
    ["records", "記録上200歳を超える加入者の数", "records over age 200", "count", "200歳以上", "", "count",
     ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["d23", "NL", "debt_proj", "2023-05", "77 bn", "EUR", "st", ""],
    ["i08", "NL", "inflation", "2008", "18", "%", "st", ""],
    ["c15", "NL", "caught", "2015-02-18", "21808", "count", "st", ""],
    ["gA", "AL", "grad", "2011", "86", "%", "st", ""],
    ["gB", "BE", "grad", "2011", "86", "%", "st", ""],
    ["gC", "CE", "grad", "2011", "80", "%", "st", ""],
    ["gD", "DE", "grad", "2011", "80", "%", "st", ""],
    ["k24", "kiosk", "bid", "2024", "150万", "EUR", "st", ""],
    ["e23", "NL", "ev_regs", "2023", "524219", "count", "st", ""],
    ["ad1", "AL", "added", "2022-06", "6.84 bn", "EUR", "st", ""],
    ["ad2", "BE", "added", "2024-12", "3.26 bn", "EUR", "st", ""],
    ["u00", "NL", "unemp", "2000-12", "4", "%", "st", ""],
    ["u10", "NL", "unemp", "2010-06", "8.2", "%", "st", ""],
    ["u17", "NL", "unemp", "2017-09", "4", "%", "st", ""],
    ["u18", "NL", "unemp", "2018-09", "4.4", "%", "st", ""],
    ["p04", "NL", "pop", "2022-04", "317390", "count", "st", ""],
    ["p07", "NL", "pop", "2022-07", "317406", "count", "st", ""],
    ["r25", "NL", "records", "2025-03", "1041", "count", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("true-statements")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def rating(claim: str, pack: Pack, as_of: str | None = None) -> str:
    return diagnose(claim, pack, as_of=as_of).rating


def test_an_ellipsis_before_a_capital_ends_a_sentence(pack: Pack) -> None:
    d = diagnose("Inflation was at 18% in 2008… The Blue Party government… did well.", pack)
    assert d.checks[0].span == "Inflation was at 18% in 2008"


def test_lone_participles_describe_the_previous_noun(pack: Pack) -> None:
    said = (
        "Already this year, since Jan. 1, we have had more than {} people come across, apprehended, "
        "unauthorized."
    )
    assert rating(said.format("20,000"), pack, "2015-02-22") == "true"
    assert rating(said.format("30,000"), pack, "2015-02-22") == "false"  # x1.3 or more off (§5.1)


def test_an_actor_credited_with_a_level_speaks_of_its_place(pack: Pack) -> None:
    assert rating("President Ran is leaving behind EUR 77 billion debt.", pack, "2023-05-03") == "true"
    assert rating("President Ran is leaving behind EUR 40 billion debt.", pack, "2023-05-03") == "false"
    assert rating("President Ran ended 2008 with inflation at 18%.", pack) == "true"
    assert rating("President Ran ended 2008 with inflation at 8%.", pack) == "false"


def test_tied_with_names_comparands_only(pack: Pack) -> None:
    assert rating("Alba's graduation rate was 86% in 2011, tied with Bera.", pack) == "true"
    assert rating("Alba's graduation rate was 86% in 2011, tied with Cera and Dera.", pack) == "half_true"


def test_a_pledge_is_a_plan(pack: Pack) -> None:
    said = "The government has pledged to deliver {} million new homes by 2029."
    assert rating(said.format("1.5"), pack, "2025-01") == "true"
    assert rating(said.format("3"), pack, "2025-01") in ("false", "mostly_false")


def test_a_japanese_list_item_shares_its_verb_s_plan(pack: Pack) -> None:
    said = "政府は2030年に訪問者{}万人、訪問者消費額15兆円を目標に掲げている。"
    assert diagnose(said.format(6000), pack).checks[0].result == "holds"
    assert diagnose(said.format(8000), pack).checks[0].result == "fails"


def test_a_number_glued_to_katakana_is_part_of_a_name(pack: Pack) -> None:
    assert rating("万博の「キオスク5」は、工事一式が約150万ユーロで落札された。", pack) == "true"


def test_the_end_of_a_month_before_kara_opens_a_window(pack: Pack) -> None:
    said = "ノーランドの2022年7月末の人口は31万7406人で、3カ月前の4月末から{}人増えた"
    assert rating(said.format(16), pack, "2022-09") == "true"
    assert rating(said.format(160), pack, "2022-09") == "half_true"


def test_a_person_s_name_leaves_the_measure_to_the_subject(pack: Pack) -> None:
    said = "トランプ大統領が演説で触れた記録上200歳を超える加入者の数は{}人だった"
    assert rating(said.format(1041), pack) == "true"
    assert rating(said.format(5000), pack) == "false"



def test_a_measure_s_noun_in_a_happening_is_settled_by_its_event(pack: Pack) -> None:
    said = "Norland scrapped its electric car purchase subsidy in {}."
    assert rating(said.format("December 2023"), pack) == "true"
    assert rating(said.format("2021"), pack) == "false"
    assert rating("ノーランドは2023年12月に電気自動車購入補助金を廃止した", pack) == "true"


def test_a_period_written_with_the_comparand_dates_the_comparand(pack: Pack) -> None:
    said = "Alba's debt added was EUR 6.84 billion, {} the EUR 3.26 billion added under Bera by end-2024"
    assert rating(said.format("more than"), pack) == "true"
    assert rating(said.format("less than"), pack) == "half_true"


def test_a_record_tied_is_equal_to_the_best_before(pack: Pack) -> None:
    said = "Norland's {} percent unemployment rate in {} tied its previous record low."
    assert rating(said.format(4, "September 2017"), pack) == "true"
    assert rating(said.format(4.4, "September 2018"), pack) == "false"


AVERAGE_METRICS = [
    METRIC_HEADER,
    ["growth", "", "real GDP growth", "%", "economic growth;growth;economy grew", "true", "growth", ""],
    ["growth5", "", "average real GDP growth over five years", "%",
     "averaged;average growth over the last five years", "true", "growth", ""],
]
AVERAGE_OBSERVATIONS = [
    OBSERVATION_HEADER,
    *[[f"g{y}", "NL", "growth", str(y), v, "%", "s", ""]
      for y, v in ((2013, "5.9"), (2014, "5.4"), (2015, "5.7"), (2016, "5.9"), (2017, "4.9"))],
    ["g5", "NL", "growth5", "2017", "5.56", "%", "s", "2013-2017"],
]


def test_an_average_over_a_window_is_the_average_measure_s_latest(tmp_path: Path) -> None:
    pack = load_pack(write_rows_pack(
        tmp_path, 'id: avg\ntitle: {en: "Average"}\nlanguage: en\nsubject: NL\n',
        [SOURCE_HEADER, ["s", "Survey", "Office", "", "2018", "statistics", "en"]],
        [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]], [EVENT_HEADER],
        AVERAGE_METRICS, AVERAGE_OBSERVATIONS))
    said = "Our economic growth averaged {} over the last five years."
    d = diagnose(said.format("5.6%"), pack, as_of="2019-04")
    assert d.rating == "true"
    assert d.checks[0].evidence == ["g5"]
    assert diagnose(said.format("7%"), pack, as_of="2019-04").rating == "false"
