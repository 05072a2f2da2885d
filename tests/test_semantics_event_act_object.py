"""An event settles a statement on its act and its object, never on shared words alone
(docs/verdict-rules.md §4.2 "An event of another measure, an announcement for a count, a
comparison of other sides"), in Japanese and English, on a small pack built here:

- a statement of a measure the pack has no value for, matched to an event whose title reports
  another measure of the pack (the response time for the hospital handover time): unknown, not
  held on the words and the year the two share; an event that reports the statement's own
  measure still settles it;
- a count said done (「4万人が釈放された」) against the announcement of the scheme, which gives
  no count: unknown, not false on the announcement's date; a statement of the announcement is
  still judged on its date;
- a comparison of two places ("costs more than one in England") against an event of neither,
  whose title compares something else with its estimate: unknown, not held."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

GOV = ["gov", "Releases", "Government", "", "2026", "government", "en"]

METRICS = [
    ["arrival", "現場到着所要時間", "ambulance response time", "min", "現場到着時間;response time", "false",
     "amount", ""],
    ["handover", "病院収容所要時間", "hospital handover time", "min", "病院収容時間;handover time", "false",
     "amount", ""],
    ["cost_place", "収容枠1つ当たりの年間費用", "annual cost per prison place", "GBP",
     "cost of a prison place", "false", "amount", ""],
    ["released", "早期釈放者数", "early releases", "count", "早期釈放者;early releases", "", "count", ""],
]
OBSERVATIONS = [
    ["o1", "NL", "arrival", "2023", "10.0", "min", "gov", ""],
    ["o2", "NL", "handover", "2023", "45.6", "min", "gov", ""],
    ["o3", "EW", "cost_place", "FY2023", "54000", "GBP", "gov", ""],
]
ENTITIES = [
    ["AGENCY", "government", "消防庁", "Fire Agency", "", "NL"],
    ["MOJ", "government", "司法省", "Ministry of Justice", "Justice Secretary;司法相", "NL"],
    ["SCHEME", "programme", "早期釈放制度", "early release scheme", "", "NL"],
    ["EW", "country", "イングランド・ウェールズ", "England and Wales", "", ""],
    ["SCT", "country", "スコットランド", "Scotland", "", ""],
    ["AUDIT", "government", "会計検査院", "National Audit Office", "NAO", "EW"],
    ["BUILD", "programme", "収容枠増設計画", "prison building programme", "", "EW"],
]
EVENTS = [
    ["report", "2025-01-20", "", "AGENCY;NL", "publication",
     "消防庁、2024年の現場到着所要時間は平均約9.8分(前年比0.2分短縮)",
     "Fire Agency: average ambulance response time 9.8 minutes in 2024 (0.2 min faster)",
     "9.8", "min", "gov", "2", ""],
    ["announce", "2024-07-12", "", "MOJ;SCHEME", "policy", "司法相が早期釈放制度を発表",
     "Justice Secretary announces the early release scheme", "", "", "gov", "3", ""],
    ["audit", "2024-12-04", "", "AUDIT;BUILD", "publication",
     "会計検査院が増設計画の費用は見積もりを42億ポンド超過と報告",
     "NAO: prison building programme cost £4.2bn above estimate", "4.2bn", "GBP", "gov", "3", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "event-act-object", METRICS, OBSERVATIONS, ENTITIES, EVENTS,
        sources=[GOV],
    )


#: (claim, said on, the rating a user expects): each rule with its negatives, in both languages
CASES = [
    # an event of another measure: held on the response-time report before (true, and false on
    # a value the pack lacks); the event of the statement's own measure still settles it
    pytest.param("2024年は病院に収容されるまでの時間も平均44分だった", "2026-02-01", "unverifiable",
                 id="another-measure-ja"),
    pytest.param("In 2024 the average hospital handover time was 44 minutes.", "2026-02-01", "unverifiable",
                 id="another-measure-en"),
    pytest.param("2024年の現場到着所要時間は平均9.8分まで縮んだ", "2026-02-01", "true", id="own-measure-ja"),
    pytest.param("In 2024 the ambulance response time fell to 9.8 minutes on average.", "2026-02-01", "true",
                 id="own-measure-en"),
    # an announcement is not the count said (false on its date before); a statement of the
    # announcement itself is still judged on its date
    pytest.param("早期釈放制度では、2025年6月末までに4万人が刑期の途中で釈放された", "2025-11-01",
                 "unverifiable", id="announced-count-ja"),
    pytest.param("Under the early release scheme, 40,000 prisoners were released by the end of June 2025.",
                 "2025-11-01", "unverifiable", id="announced-count-en"),
    pytest.param("The early release scheme released 40,000 prisoners by June 2025.", "2025-11-01",
                 "unverifiable", id="announced-count-en-2"),
    pytest.param("司法相は2024年7月に早期釈放制度を発表した", "2025-11-01", "true", id="announcement-ja"),
    pytest.param("The Justice Secretary announced the early release scheme in July 2024.", "2025-11-01",
                 "true", id="announcement-en"),
    pytest.param("司法相は2022年に早期釈放制度を発表した", "2025-11-01", "false",
                 id="announcement-wrong-date-ja"),
    pytest.param("The Justice Secretary announced the early release scheme in 2022.", "2025-11-01", "false",
                 id="announcement-wrong-date-en"),
    # a comparison the title makes of other things (true on words before); one the title states
    # of the statement's own side still holds
    pytest.param("A prison place in Scotland costs more than one in England and Wales.", "2025-03-01",
                 "unverifiable", id="other-comparison-en"),
    pytest.param("スコットランドの収容枠1つ当たりの費用はイングランド・ウェールズより高い", "2025-03-01",
                 "unverifiable", id="other-comparison-ja"),
    pytest.param("The prison building programme cost more than its estimate.", "2025-03-01", "true",
                 id="own-comparison-en"),
    pytest.param("増設計画の費用は見積もりを42億ポンド上回った", "2025-03-01", "true",
                 id="own-comparison-ja"),
    pytest.param("増設計画の費用は見積もりを上回った", "2025-03-01", "true", id="own-comparison-ja-2"),
]


@pytest.mark.parametrize(("text", "as_of", "expected"), CASES)
def test_an_event_settles_a_statement_on_its_act_and_object(
    pack: Pack, text: str, as_of: str, expected: str
) -> None:
    d = diagnose(text, pack, as_of=as_of)
    assert d.rating == expected
    if expected == "unverifiable":
        # no event is shown as the evidence that settles it
        assert all(c.result == "unknown" for c in d.checks)


# -- a figure that cannot be the linked measure's names the subject's event of that amount -------

FEE_METRICS = [
    ["dispatches", "救急出動件数", "ambulance dispatches", "count", "救急出動;出動件数;dispatches;callouts",
     "", "count", ""],
]
FEE_OBSERVATIONS = [
    ["d1", "CITY", "dispatches", "2023", "15800", "count", "gov", ""],
    ["d2", "CITY", "dispatches", "2024", "14184", "count", "gov", ""],
]
FEE_ENTITIES = [["CITY", "government", "松坂市", "Matsuzaka City", "松坂;Matsuzaka", "NL"]]
FEE_EVENTS = [
    ["fee-plan", "2024-01-19", "", "CITY", "plan",
     "松坂市、救急搬送で入院しなかった患者から7700円を6月1日から徴収すると公表",
     "Matsuzaka announces a 7,700 yen fee for ambulance patients not admitted from June 1",
     "7700", "JPY", "gov", "2", ""],
    ["fee-start", "2024-06-01", "", "CITY", "policy",
     "松坂市の病院で救急搬送後に入院しなかった患者から7700円の徴収開始",
     "Matsuzaka's hospitals start charging 7,700 yen to ambulance patients who are not admitted",
     "7700", "JPY", "gov", "3", ""],
]


@pytest.fixture(scope="module")
def fee_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "event-fee", FEE_METRICS, FEE_OBSERVATIONS, FEE_ENTITIES, FEE_EVENTS, sources=[GOV],
    )


@pytest.mark.parametrize(
    "text",
    [
        # (unverifiable before: 7700円 refused against the dispatch count, the event never tried)
        "松坂市では6月から、救急車で運ばれても入院しなければ7700円を払うことになった",
        "Since June 2024 Matsuzaka charges 7,700 yen per ambulance callout when the patient goes home.",
    ],
)
def test_an_amount_said_names_the_event_of_that_amount(fee_pack: Pack, text: str) -> None:
    d = diagnose(text, fee_pack, as_of="2024-08-01")
    assert d.rating == "true"
    assert any("fee-start" in c.evidence for c in d.checks)


@pytest.mark.parametrize(
    "text",
    [
        "松坂市では6月から、救急車で運ばれても入院しなければ5000円を払うことになった",
        "Since June 2024 Matsuzaka charges 5,000 yen per ambulance callout when the patient goes home.",
        "Matsuzaka had 7,700 ambulance dispatches in 2024.",
    ],
)
def test_another_amount_names_no_event(fee_pack: Pack, text: str) -> None:
    # (5,000 yen is not the fee's amount; a count of the measure's own dimension is the measure's:
    # 14,184 dispatches in 2024, false)
    assert diagnose(text, fee_pack, as_of="2025-08-01").rating in ("false", "mostly_false", "unverifiable")
