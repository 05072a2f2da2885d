"""What an event's title says of its act, its scope and its period (docs/verdict-rules.md §4.2,
§4.13), in Japanese and English, on a small pack about Norland:

- an act said to be whole (完全に, "completely") against a title that says a part goes on
  (「合弁は継続」, "stays in the joint venture") is mostly false (blind round 11b lg-full-exit-ja);
- an outcome lost against one won (「敗れ」 / 「第1党」, "lost" / "wins") and a refusal against an
  approval (refused / approves) say the opposite (round 11d midterms_lost, imf_refused);
- a ruling ("ruled", "finds … breaches") is an event, and a panel set up earlier is another act,
  not a second report of the ruling (round 11b wto-ruling); "scrapped" is "lifted" (round 11d
  cepo_scrapped);
- a publication is dated by the period its title reports when the claim dates that period
  (round 11c jan2025_deficit; "…, its first monthly deficit in two years" is said of that event),
  and a half-year it reports does not settle the claimed year
  (round 11c goods_surplus_2025)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.lexicon import outcome_goes_the_other_way

ENTITIES = [
    ["acme", "company", "アクメ", "Acme", "", "NL"],
    ["fund", "organization", "国際基金", "Global Fund", "the Fund", ""],
    ["party", "organization", "与党", "Ruling Party", "ruling party", "NL"],
    ["panel", "organization", "紛争処理パネル", "dispute panel", "panel", ""],
]
EVENTS = [
    ["e-exit", "2025-04-21", "", "acme;NL", "withdrawal",
     "アクメがグランド事業から撤退、合弁は継続",
     "Acme withdraws from the Grand deal; stays in the joint venture",
     "", "", "stat", "3", ""],
    ["e-vote", "2025-10-26", "", "party", "milestone",
     "中間選挙で与党が得票率40.8%で第1党", "Ruling party wins the midterms with 40.8% of the vote",
     "40.8", "%", "stat", "3", ""],
    ["e-loan", "2025-04-11", "", "fund;NL", "funding",
     "国際基金の理事会が200億ドルの融資を承認", "Global Fund board approves a $20bn loan",
     "20000000000", "USD", "stat", "3", ""],
    ["e-panel", "2021-02-22", "", "panel;NL", "dispute",
     "紛争処理パネルを設置", "Dispute panel established", "", "", "stat", "1", ""],
    ["e-ruling", "2022-11-30", "", "panel;NL", "dispute",
     "紛争処理パネルがノーランドの鉱石輸出禁止を協定違反と判断",
     "Dispute panel finds Norland's ore export ban breaches the trade agreement", "", "", "stat", "3", ""],
    ["e-controls", "2025-04-14", "", "NL", "policy",
     "個人向け外貨規制を撤廃", "Currency controls lifted", "", "", "stat", "3", ""],
    ["e-jan", "2025-03-10", "", "NL", "publication",
     "2025年1月の経常収支が2年ぶりの赤字",
     "January 2025 current account slips into deficit for first time in two years",
     "", "", "stat", "1", ""],
    ["e-half", "2025-11-11", "", "NL", "publication",
     "2025年4～9月の貿易収支が黒字に転換", "Goods trade swings to a surplus in April-September 2025",
     "", "", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "event-acts", [], [], entities=ENTITIES, events=EVENTS, language="ja")


def test_a_whole_act_against_a_part_that_goes_on(pack: Pack) -> None:
    d = diagnose("アクメは2025年、ノーランドの事業から完全に撤退した。", pack)
    assert d.rating == "mostly_false"
    assert "一部が続く" in d.checks[0].reason
    d = diagnose("Acme completely withdrew from the Grand deal in 2025.", pack, lang="en")
    assert d.rating == "mostly_false"
    assert "part of it goes on" in d.checks[0].reason
    # the act itself, not said to be whole, holds
    assert diagnose("Acme withdrew from the Grand deal in 2025.", pack).rating == "true"


def test_an_outcome_lost_against_one_won(pack: Pack) -> None:
    assert diagnose("2025年の中間選挙で、与党は敗れ第2党に終わった。", pack).rating == "false"
    assert diagnose("The ruling party lost the midterms in 2025.", pack).rating == "false"
    assert diagnose("The ruling party won the midterms in 2025.", pack).rating == "true"



def test_an_outcome_is_of_an_election_or_a_case_not_money(pack: Pack) -> None:
    # "lost money" is no lost election; "won" after an amount is the Korean currency
    assert diagnose("The ruling party lost money in 2025.", pack, lang="en").rating == "unverifiable"
    assert not outcome_goes_the_other_way("Acme lost money in 2025.", "Acme's profit rose to 3 trillion won")
    assert outcome_goes_the_other_way("Acme lost the case in 2025.", "Acme wins its patent case")


def test_a_refusal_against_an_approval(pack: Pack) -> None:
    d = diagnose("The Global Fund refused to give Norland a loan in 2025.", pack, lang="en")
    assert d.rating == "false"
    assert "opposite" in d.checks[0].reason
    assert diagnose("国際基金は2025年、ノーランドへの融資を拒否した。", pack).rating == "false"


def test_declined_to_a_figure_is_a_fall_not_a_refusal(pack: Pack) -> None:
    fell = diagnose("The Global Fund's loan to Norland declined to $20bn in 2025.", pack, lang="en")
    assert all("opposite" not in c.reason for c in fell.checks)
    refused = diagnose("The Global Fund declined to lend Norland money in 2025.", pack, lang="en")
    assert refused.rating == "false"


def test_a_ruling_is_its_own_event(pack: Pack) -> None:
    d = diagnose(
        "A dispute panel ruled in November 2022 that Norland's ore export ban breaks trade rules.", pack
    )
    assert d.rating == "true"
    assert d.checks[0].evidence == ["e-ruling"]


def test_scrapped_is_lifted(pack: Pack) -> None:
    assert diagnose("In April 2025 Norland scrapped its currency controls.", pack).rating == "true"


def test_a_publication_dated_by_the_period_it_reports(pack: Pack) -> None:
    assert diagnose("Norland slipped into a current account deficit in January 2025.", pack).rating == "true"
    assert diagnose("ノーランドの経常収支は2025年1月に赤字に転落した。", pack).rating == "true"


def test_a_superlative_in_apposition_is_said_of_the_event_before(pack: Pack) -> None:
    d = diagnose(
        "Norland slipped into a current account deficit in January 2025, "
        "its first monthly deficit in two years.",
        pack,
        lang="en",
    )
    assert d.rating == "true"
    assert "source itself says so" in d.checks[-1].reason


def test_a_half_year_does_not_settle_the_year(pack: Pack) -> None:
    d = diagnose("Norland returned to a goods trade surplus in 2025.", pack, lang="en")
    assert d.rating == "unverifiable"
    assert "only a part of the claimed period" in d.checks[0].reason
    assert diagnose("ノーランドの貿易収支は2025年に黒字に転換した。", pack).rating == "unverifiable"
