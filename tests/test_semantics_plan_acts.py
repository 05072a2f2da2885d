"""The act and the content of a plan (docs/verdict-rules.md §4.3 "The act and the content"), in
Japanese and English, on a small pack about Norland's water regulator:

- a plan decided (approved, signed off, 閣議決定, 承認) is itself done on its date, whatever it decides
  lies ahead: "the regulator signed off £104bn … last December" holds on the plan event whose
  title names the decision (blind round 20c sw pr24-104bn: false → true); the date of the act is
  the event's, the period of what was decided ("for 2025 to 2030") the plan's;
- a plan only proposed is no plan approved, and a plan said carried out is still not done;
- a decision dates the act it decides by its content: "is tripling the tax this July" on 'decides to
  raise the tax from July 2026' (round 20b ob tax-fee-en), and "tripled it in December 2025", the
  decision's month, is false; a forecast is set against a law that sets the later value, within the
  precision the claim gives ("by 2030" for January 2031: round 20 tc en-allowance-2030, mostly true);
- the money of a plan decided is no level of the measure it aims at: "earmarked £12bn to halve spills by
  2030" is the plan's (round 20c sw halve-by-2030: unverifiable), its halving a cut of about 50%;
- "last December", "this July", "next March" count from the claim's date."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["spills", "越流回数", "sewage spills", "count", "越流;spills", "false", "amount", ""],
    ["allowance", "教員手当率", "teachers' allowance rate", "%", "教員手当;teachers' allowance", "true",
     "share", ""],
]
ENTITIES = [["REG", "government", "水道規制庁", "Water Regulator", "規制庁;the regulator", "NL"]]
OBSERVATIONS = [
    ["s-2024", "NL", "spills", "2024", "450000", "count", "stat", ""],
    ["a-1972", "NL", "allowance", "1972", "4", "%", "stat", ""],
]
E = ["stat", "3", ""]
EVENTS = [
    ["e-fd", "2024-12-19", "", "REG", "plan", "水道規制庁が2025-30年の投資計画1040億ポンドを最終決定",
     "Water Regulator final determinations approve £104bn of investment for 2025-30", "104000000000", "GBP",
     *E],
    ["e-fund", "2025-03-10", "", "REG", "plan", "水道規制庁が2030-35年の越流基金200億ポンドを提案",
     "Water Regulator proposes a £20bn storm overflow fund for 2030-35", "20000000000", "GBP", *E],
    ["e-law", "2025-06-11", "", "NL", "regulation",
     "改正教員法が成立 教員手当率を2026年1月から毎年1%ずつ引き上げ2031年1月に10%",
     "Amended teachers law enacted: teachers' allowance rate rises 1 point a year from January 2026 to 10% "
     "in January 2031", "10", "%", *E],
    ["e-tax", "2025-12", "", "NL", "policy",
     "政府が出国税を1000円から3000円に引き上げる方針を決定（2026年7月から）",
     "Government decides to raise the departure tax from 1000 to 3000 yen from July 2026", "3000", "JPY",
     *E],
    ["e-so", "2024-12-19", "", "REG", "plan",
     "水道規制庁が越流を2030年までに45%削減するため120億ポンドを配分",
     "Water Regulator allocates £12bn to cut sewage spills by 45% by 2030", "12000000000", "GBP", *E],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "plan-acts", METRICS, OBSERVATIONS, entities=ENTITIES, events=EVENTS,
                      language="en")


def test_a_plan_decided_is_done_on_its_date(pack: Pack) -> None:
    en = diagnose("The Water Regulator signed off £104bn of investment for 2025 to 2030 in its final "
                  "determinations last December.", pack, lang="en", as_of="2025-01-15")
    assert en.rating == "true"
    assert en.checks[0].evidence == ["e-fd"]
    ja = diagnose("水道規制庁は昨年12月、2025〜30年の投資計画1040億ポンドを最終決定した。", pack, lang="ja",
                  as_of="2025-01-15")
    assert ja.rating == "true"


def test_a_decision_keeps_its_date_and_amount(pack: Pack) -> None:
    # the act a year off, the amount wrong, what it decides for another period: not true
    for text in (
        "The Water Regulator signed off £104bn of investment for 2025 to 2030 in December 2023.",
        "The Water Regulator signed off £140bn of investment for 2025 to 2030 last December.",
    ):
        assert diagnose(text, pack, lang="en", as_of="2025-01-15").rating in ("false", "mostly_false")
    assert diagnose("水道規制庁は2023年12月、2025〜30年の投資計画1040億ポンドを最終決定した。", pack,
                    lang="ja", as_of="2025-01-15").rating in ("false", "mostly_false")


def test_a_plan_proposed_or_said_done_is_not_done(pack: Pack) -> None:
    # the fund was only proposed: approving it is not what the pack holds
    assert diagnose("The Water Regulator approved a £20bn storm overflow fund in March 2025.", pack,
                    lang="en", as_of="2025-04-01").rating not in ("true", "mostly_true")
    assert diagnose("水道規制庁は2025年3月、越流基金200億ポンドを承認した。", pack, lang="ja",
                    as_of="2025-04-01").rating not in ("true", "mostly_true")
    # the investment decided is not the investment made
    assert diagnose("The Water Regulator invested £104bn in 2025.", pack, lang="en",
                    as_of="2026-01-15").rating not in ("true", "mostly_true")
    assert diagnose("水道規制庁は2025年に1040億ポンドを投資した。", pack, lang="ja",
                    as_of="2026-01-15").rating not in ("true", "mostly_true")


def test_a_decision_dates_the_act_by_its_content(pack: Pack) -> None:
    said = "2026-03-12"
    assert diagnose("Norland is raising its departure tax to 3,000 yen this July.", pack, lang="en",
                    as_of=said).rating == "true"
    assert diagnose("ノーランドは今年7月に出国税を3000円に引き上げる。", pack, lang="ja",
                    as_of=said).rating == "true"
    # the decision's month is not when the tax went up
    assert diagnose("Norland raised its departure tax to 3,000 yen in December 2025.", pack, lang="en",
                    as_of=said).rating in ("false", "mostly_false")
    assert diagnose("ノーランドは2025年12月に出国税を3000円に引き上げた。", pack, lang="ja",
                    as_of=said).rating in ("false", "mostly_false")
    # the decision itself was made then
    assert diagnose("Norland decided in December 2025 to raise its departure tax to 3,000 yen.", pack,
                    lang="en", as_of=said).rating == "true"


def test_a_forecast_of_what_a_law_sets(pack: Pack) -> None:
    said = "2025-06-12"
    def rate(text: str) -> str:
        return diagnose(text, pack, lang="en", as_of=said).rating
    assert rate("Under the new law, the teachers' allowance rate will rise from 4% to 10% by 2031.") == "true"
    # a year for "by January 2031": one step off, not unmatched
    assert rate("Under the new law, the teachers' allowance rate will rise from 4% to 10% by 2030.") == (
        "mostly_true")
    # a wrong level before, or a wrong target: not true
    assert rate("Under the new law, the teachers' allowance rate will rise from 6% to 10% by 2031.") in (
        "false", "mostly_false")
    assert rate("Under the new law, the teachers' allowance rate will rise from 4% to 15% by 2031.") in (
        "false", "mostly_false")


def test_last_this_next_month_count_from_the_claim_date(pack: Pack) -> None:
    from shingi.pipeline.context import claim_context
    from shingi.pipeline.parse import parse

    def months(text: str, said: str) -> list[str]:
        ctx = claim_context(pack, text, as_of=said)
        return [p.period.text for st in parse(text, pack, ctx).statements for p in st.periods]

    assert "2024-12" in months("The regulator signed off £104bn for 2025 to 2030 last December.",
                               "2025-01-15")
    assert months("The regulator will decide next March.", "2025-06-01") == ["2026-03"]
    assert months("The regulator will decide this July.", "2025-03-01") == ["2025-07"]


def test_the_money_of_a_plan_decided(pack: Pack) -> None:
    said = "2024-12-20"
    for lang, text in (
        ("en", "The Water Regulator has earmarked £12bn to halve sewage spills by 2030."),
        ("ja", "水道規制庁は越流を2030年までに半減させるため120億ポンドを配分した。"),
    ):
        assert diagnose(text, pack, lang=lang, as_of=said).rating in ("true", "mostly_true"), text
    # a cut far larger than the plan's, or the plan's money for another deadline: not true
    for lang, text in (
        ("en", "The Water Regulator has earmarked £12bn to cut sewage spills by 90% by 2030."),
        ("en", "The Water Regulator has earmarked £12bn to halve sewage spills by 2040."),
        ("ja", "水道規制庁は越流を2040年までに半減させるため120億ポンドを配分した。"),
    ):
        assert diagnose(text, pack, lang=lang, as_of=said).rating not in ("true", "mostly_true"), text
    # the plan carried out is not what the pack holds
    assert diagnose("The Water Regulator cut sewage spills by 45% in 2024.", pack, lang="en",
                    as_of="2025-03-01").rating not in ("true", "mostly_true")
