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


# --- what a decision set, said done (§4.3 "The act and the content", session 21 review 17) ---------
# A claim that the act WAS done on the date a decision set needs the pack to show it took effect; a
# later event of the same plan that puts it off or drops it overrides the date (false), one that
# revises it leaves it open; the decision alone is not the act (unverifiable, never true).

EFFECT_METRICS = [
    ["vat", "付加価値税率", "VAT rate", "%", "付加価値税;VAT", "false", "share", ""],
    ["fuel", "燃料税", "fuel duty", "JPY", "燃料税;fuel duty", "false", "amount", ""],
    ["toll", "橋の通行料", "bridge toll", "JPY", "通行料;bridge toll", "false", "amount", ""],
    ["park", "駐車料金", "parking fee", "JPY", "駐車料金;parking fee", "false", "amount", ""],
]
EFFECT_OBSERVATIONS = [
    ["v-2014", "NL", "vat", "2014", "8", "%", "stat", ""],
    ["t-2018", "NL", "toll", "2018", "500", "JPY", "stat", ""],
    ["t-2021", "NL", "toll", "2021", "500", "JPY", "stat", ""],
]
EFFECT_ENTITIES = [
    ["GOV", "government", "ノーランド政府", "Government of Norland", "政府;the government", "NL"],
]
EFFECT_EVENTS = [
    ["e-vat", "2012-08", "", "NL;GOV", "policy", "付加価値税率を2015年10月から10%に引き上げる法が成立",
     "VAT law enacted: rate to rise to 10% from October 2015", "10", "%", *E],
    ["e-vat-off", "2014-11", "", "NL;GOV", "policy", "付加価値税率10%への引き上げを2017年4月に延期",
     "VAT rise to 10% postponed to April 2017", "", "", *E],
    ["e-fuel", "2018-03", "", "NL;GOV", "policy", "燃料税を2019年4月から60円に引き上げる法が成立",
     "Fuel duty law enacted: duty to rise to 60 yen from April 2019", "60", "JPY", *E],
    # another plan of the same government put off: no word of the fuel duty
    ["e-income-off", "2018-12", "", "NL;GOV", "policy", "所得税の減税を延期", "Income tax cut postponed",
     "", "", *E],
    ["e-toll", "2019-05", "", "NL;GOV", "policy", "橋の通行料を2020年4月から800円に引き上げる方針を決定",
     "Government decides to raise the bridge toll to 800 yen from April 2020", "800", "JPY", *E],
    ["e-park", "2019-06", "", "NL;GOV", "policy", "駐車料金を2021年4月から400円に引き上げる方針を決定",
     "Government decides to raise the parking fee to 400 yen from April 2021", "400", "JPY", *E],
    ["e-park-rev", "2020-09", "", "NL;GOV", "policy", "駐車料金の引き上げ計画を見直し",
     "Government revises the parking fee rise plan", "", "", *E],
]


@pytest.fixture(scope="module")
def effect(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "plan-effect", EFFECT_METRICS, EFFECT_OBSERVATIONS,
                      entities=EFFECT_ENTITIES, events=EFFECT_EVENTS, language="en")


def test_a_decision_put_off_is_not_the_act(effect: Pack) -> None:
    # the reproduction: the law set October 2015, a later event put it off to April 2017
    for lang, text in (
        ("ja", "ノーランドは2015年10月に付加価値税率を10%に引き上げた。"),
        ("en", "Norland raised its VAT rate to 10% in October 2015."),
    ):
        found = diagnose(text, effect, lang=lang, as_of="2016-06-01")
        assert found.rating in ("false", "mostly_false"), text
        assert "e-vat-off" in found.checks[0].evidence


def test_a_decision_alone_does_not_show_the_act(effect: Pack) -> None:
    # nothing shows the fuel duty went up (another plan put off is not this one): open, not true
    for lang, text in (
        ("ja", "ノーランドは2019年4月に燃料税を60円に引き上げた。"),
        ("en", "Norland raised its fuel duty to 60 yen in April 2019."),
    ):
        assert diagnose(text, effect, lang=lang, as_of="2020-06-01").rating == "unverifiable", text
    # a revision before the date leaves it open too
    for lang, text in (
        ("ja", "ノーランドは2021年4月に駐車料金を400円に引き上げた。"),
        ("en", "Norland raised its parking fee to 400 yen in April 2021."),
    ):
        rating = diagnose(text, effect, lang=lang, as_of="2022-06-01").rating
        assert rating not in ("true", "mostly_true"), text


def test_the_level_after_the_date_settles_it(effect: Pack) -> None:
    # the toll was still 500 yen in 2021, the level before the decision: it did not go up
    for lang, text in (
        ("ja", "ノーランドは2020年4月に橋の通行料を800円に引き上げた。"),
        ("en", "Norland raised the bridge toll to 800 yen in April 2020."),
    ):
        assert diagnose(text, effect, lang=lang, as_of="2022-06-01").rating in ("false", "mostly_false"), text


def test_the_decision_and_a_plan_ahead_are_untouched(effect: Pack) -> None:
    # the decision itself, and the act said ahead of "now", read as before
    assert diagnose("The government decided in May 2019 to raise the bridge toll to 800 yen.", effect,
                    lang="en", as_of="2019-06-01").rating == "true"
    assert diagnose("Norland is raising the bridge toll to 800 yen this April.", effect, lang="en",
                    as_of="2020-02-01").rating == "true"
    assert diagnose("ノーランドは今年4月に橋の通行料を800円に引き上げる。", effect, lang="ja",
                    as_of="2020-02-01").rating == "true"


# --- a multiple of a plan said as the size of its cut or rise (§4.1, §4.3) --------------------------
MULTIPLE_METRICS = [
    ["pfee", "旅券手数料", "passport fee", "JPY", "旅券手数料;passport fee", "false", "amount", ""],
    ["vfee", "査証手数料", "visa fee", "JPY", "査証手数料;visa fee", "false", "amount", ""],
    ["dtax", "出国税", "departure tax", "JPY", "出国税;departure tax", "false", "amount", ""],
    ["btoll", "橋の通行料", "bridge toll", "JPY", "通行料;bridge toll", "false", "amount", ""],
]
MULTIPLE_OBSERVATIONS = [
    ["pf-2025", "NL", "pfee", "2025", "15900", "JPY", "stat", ""],
    ["vf-2025", "NL", "vfee", "2025", "10000", "JPY", "stat", ""],
    ["dt-2025", "NL", "dtax", "2025", "1000", "JPY", "stat", ""],
    ["bt-2025", "NL", "btoll", "2025", "1000", "JPY", "stat", ""],
]
MULTIPLE_EVENTS = [
    ["p-pfee", "2026-03-10", "", "NL;GOV", "plan", "政府が旅券手数料を8900円に引き下げる計画",
     "Government plans to cut the passport fee to 8900 yen", "8900", "JPY", *E],
    ["p-vfee", "2026-03-10", "", "NL;GOV", "plan", "政府が査証手数料を4000円に引き下げる計画",
     "Government plans to cut the visa fee to 4000 yen", "4000", "JPY", *E],
    ["p-dtax", "2026-03-10", "", "NL;GOV", "plan", "政府が出国税を3000円に引き上げる計画",
     "Government plans to raise the departure tax to 3000 yen", "3000", "JPY", *E],
    ["p-btoll", "2026-03-10", "", "NL;GOV", "plan", "政府が橋の通行料を1800円に引き上げる計画",
     "Government plans to raise the bridge toll to 1800 yen", "1800", "JPY", *E],
]


@pytest.fixture(scope="module")
def multiples(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "plan-multiples", MULTIPLE_METRICS, MULTIPLE_OBSERVATIONS,
                      entities=EFFECT_ENTITIES, events=MULTIPLE_EVENTS, language="en")


def test_a_cut_by_more_than_half_leaves_less_than_half(multiples: Pack) -> None:
    said = "2026-03-12"
    def rate(text: str, lang: str) -> str:
        return diagnose(text, multiples, lang=lang, as_of=said).rating
    # 15,900 to 8,900 yen is a cut of 44 %: not more than half (round 20b ob tax-fee-en)
    for lang, text in (
        ("en", "The Norland government plans to cut the passport fee by more than half."),
        ("ja", "ノーランド政府は旅券手数料を半分以上引き下げる計画だ。"),
        ("ja", "ノーランド政府は旅券手数料を半分以下に引き下げる計画だ。"),
    ):
        assert rate(text, lang) in ("false", "mostly_false"), text
    # 10,000 to 4,000 yen is a cut of 60 %: more than half, to less than half
    for lang, text in (
        ("en", "The Norland government plans to cut the visa fee by more than half."),
        ("ja", "ノーランド政府は査証手数料を半分以上引き下げる計画だ。"),
        ("ja", "ノーランド政府は査証手数料を半分以下に引き下げる計画だ。"),
    ):
        assert rate(text, lang) == "true", text


def test_more_than_double_is_more_than_twice(multiples: Pack) -> None:
    said = "2026-03-12"
    def rate(text: str, lang: str) -> str:
        return diagnose(text, multiples, lang=lang, as_of=said).rating
    # 1,000 to 3,000 yen: more than doubled, and a rise by more than half
    for lang, text in (
        ("en", "The Norland government plans to more than double the departure tax."),
        ("ja", "ノーランド政府は出国税を2倍以上に引き上げる計画だ。"),
        ("en", "The Norland government plans to raise the departure tax by more than half."),
    ):
        assert rate(text, lang) == "true", text
    # 1,000 to 1,800 yen: not doubled, and not a rise by only half
    for lang, text in (
        ("en", "The Norland government plans to more than double the bridge toll."),
        ("ja", "ノーランド政府は橋の通行料を2倍以上に引き上げる計画だ。"),
        ("en", "The Norland government plans to raise the bridge toll by half."),
    ):
        assert rate(text, lang) not in ("true", "mostly_true"), text


def test_a_cut_in_half_is_a_halving(pack: Pack) -> None:
    # "cut … in half", 「半分に減らす」 say the halving "halve" says (round 20c halve-by-2030
    # reworded): an approximate cut of 50 % against the plan's 45 %, its half no amount of its own
    said = "2024-12-20"
    d = diagnose("The Water Regulator has earmarked £12bn to cut sewage spills in half by 2030.", pack,
                 lang="en", as_of=said)
    assert d.rating in ("true", "mostly_true")
    assert all(n.claimed_text != "half" for c in d.checks for n in c.numbers)
    # the same words for another deadline, or a cut of a half of another size: not true
    for text in (
        "The Water Regulator has earmarked £12bn to cut sewage spills in half by 2040.",
        "The Water Regulator has earmarked £12bn to cut sewage spills by 90% by 2030.",
    ):
        assert diagnose(text, pack, lang="en", as_of=said).rating not in ("true", "mostly_true"), text
