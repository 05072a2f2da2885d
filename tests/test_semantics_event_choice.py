"""Choosing the event a statement speaks of, and not taking an event for a measure
(docs/verdict-rules.md §4.2 "Which event: what the claim says that the event says"), in Japanese
and English, on a small pack built here:

- a figure with its unit names the event: "sold 3.5 million units in four days after its launch"
  is the news of that figure, not the launch that the word 発売 / launch names; with no figure, or
  a figure no event has, the launch is still the event;
- an event found on words alone — it compares none of the statement's figures and names none of
  its acts — does not settle a measure's value by its date (the box office of 2025 against the
  cinemas' closure of 2020): unknown, not false; a statement that says the event's act is still
  judged on its date;
- a Japanese statement whose predicate verb the event does not say (「…をやめる自治体が相次いで
  いる」 against a request to drink more milk) is unknown, not held on a shared noun;
- "passed" with a name after it is overtaking, not a law passed: no approval or recall event;
- a first past a threshold, over it or under it (「初めて1万戸を割り込んだ」, "topped 2 million
  for the first time"), is not ranked over events with no figure of its unit, nor over events
  found on their actor alone."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

NEWS = ["news", "News", "Wire", "", "2025", "news", "en"]

METRICS = [
    ["farms", "酪農家戸数", "dairy farms", "count", "酪農家;dairy farmers", "", "count", ""],
    ["hv", "ハイブリッド車販売台数", "hybrid car sales", "count", "hybrid sales", "true", "count", ""],
]
OBSERVATIONS = [
    ["o1", "NL", "farms", "2023-10", "10400", "count", "stat", ""],
    ["o2", "NL", "farms", "2024-10", "9960", "count", "stat", ""],
    ["o3", "NL", "hv", "FY2023", "1900000", "count", "stat", ""],
    ["o4", "NL", "hv", "FY2024", "2060000", "count", "stat", ""],
]
ENTITIES = [
    ["kiko", "company", "キコ", "Kiko", "", "NL"],
    ["acme", "company", "アクメ", "Acme", "", "NL"],
    ["box2", "product", "キコボックス2", "Kiko Box 2", "", "NL"],
    ["pm", "person", "首相", "the Prime Minister", "", "NL"],
    ["parl", "government", "議会", "Parliament", "", "NL"],
]
EVENTS = [
    ["launch", "2025-06-05", "", "kiko;box2", "launch", "キコボックス2発売", "Kiko Box 2 launches",
     "", "", "news", "3", ""],
    ["sold4", "2025-06-11", "", "kiko;box2", "milestone",
     "キコ、キコボックス2が発売4日間で350万台超と発表", "Kiko says Kiko Box 2 sold over 3.5 million units in "
     "four days", "3500000", "count", "news", "2", ""],
    ["closure", "2020-04", "", "NL", "regulation", "緊急事態宣言で全国の映画館が約2カ月休業",
     "Cinemas across Norland close for about two months under the emergency", "", "", "news", "3", ""],
    ["milk", "2021-12-21", "", "pm;NL", "policy", "首相が年末年始に牛乳を1杯多く飲むよう国民に要請",
     "The Prime Minister asks people to drink an extra glass of milk over the New Year", "", "", "news", "2",
     ""],
    ["recall", "2024-02-02", "", "kiko", "regulation", "キコが200万台をリコール",
     "Kiko recalls 2 million consoles because of a faulty charger", "", "", "news", "2", ""],
    ["law", "2025-03-10", "", "parl;NL", "law", "議会が消費者保護法を可決",
     "Parliament passes the consumer protection law", "", "", "news", "2", ""],
    ["hike", "2023-08-01", "", "NL", "operation_start", "乳価を再びキロ10円引き上げ",
     "Milk price raised again by 10 a kilo", "", "", "news", "2", ""],
    ["tariff", "2025-04-03", "", "NL", "regulation", "輸入車に25%の追加関税を発動",
     "A 25% extra tariff on imported cars takes effect", "25", "%", "news", "2", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "event-choice", METRICS, OBSERVATIONS, ENTITIES, EVENTS,
        sources=[["stat", "Statistics", "Office", "", "2025", "statistics", "en"], NEWS],
    )


#: (claim, said on, the rating a user expects): each rule with its negatives, in both languages
CASES = [
    # a figure names the event (unknown on the launch before); no figure: the launch
    pytest.param("キコボックス2は発売から4日間で350万台以上を売り上げた", "2025-06-20", "true",
                 id="figure-ja"),
    pytest.param("Within four days of its launch, Kiko Box 2 had sold 3.5 million units.", "2025-06-20",
                 "true", id="figure-en"),
    pytest.param("キコボックス2は2025年6月5日に発売された", "2025-06-20", "true", id="launch-ja"),
    pytest.param("Kiko Box 2 launched on 5 June 2025.", "2025-06-20", "true", id="launch-en"),
    pytest.param("キコボックス2は発売から4日間で900万台を売り上げた", "2025-06-20", "unverifiable",
                 id="figure-no-event-ja"),
    # an event found on words alone (false on the closure's date before); the act said: its date
    pytest.param("2025年、ノーランドの映画館に入ったお金は2744億円だった", "2026-02-01", "unverifiable",
                 id="words-only-ja"),
    pytest.param("In 2025 Norland's cinemas took in ¥274.4 billion in ticket money.", "2026-02-01",
                 "unverifiable", id="words-only-en"),
    pytest.param("ノーランドの映画館は2023年に休業した", "2026-02-01", "false", id="act-said-ja"),
    pytest.param("Cinemas across Norland closed in 2023.", "2026-02-01", "false", id="act-said-en"),
    # a Japanese predicate the event does not say (held on 牛乳 before); the act said holds
    pytest.param("学校給食の牛乳をやめる自治体が全国で相次いでいる", "2025-09-15", "unverifiable",
                 id="verb-unshown-ja"),
    pytest.param("首相は2021年12月、国民に牛乳を多く飲むよう要請した", "2025-09-15", "true",
                 id="verb-said-ja"),
    # "passed" a name is overtaking (held on the recall before); a law passed still matches
    pytest.param("Acme only passed Kiko because it counts refurbished consoles.", "2025-06-20",
                 "unverifiable", id="passed-a-name-en"),
    pytest.param("Parliament passed the consumer protection law in March 2025.", "2025-06-20", "true",
                 id="passed-a-law-en"),
]


@pytest.mark.parametrize(("text", "as_of", "expected"), CASES)
def test_the_event_a_statement_speaks_of(pack: Pack, text: str, as_of: str, expected: str) -> None:
    assert diagnose(text, pack, as_of=as_of).rating == expected


@pytest.mark.parametrize("text", [
    "酪農家は2024年10月に9960戸と、初めて1万戸を割り込んだ",
    "ハイブリッド車の販売台数は2024年度に206万台と、初めて200万台を超えた",
    "Hybrid car sales reached 2.06 million in fiscal 2024, topping 2 million for the first time.",
])
def test_a_first_past_a_threshold_is_not_ranked_over_events(pack: Pack, text: str) -> None:
    # (it had failed as the earliest of the price rises or the tariffs, events of Norland only)
    d = diagnose(text, pack, as_of="2025-06-01")
    firsts = [c for c in d.checks if c.kind == "superlative"]
    assert all(c.result != "fails" for c in firsts)
    assert not any(e in ("hike", "tariff") for c in firsts for e in c.evidence)
