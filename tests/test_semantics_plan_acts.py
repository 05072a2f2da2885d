"""The act and the content of a plan (docs/verdict-rules.md §4.3 "The act and the content"), in
Japanese and English, on a small pack about Norland's water regulator:

- a plan decided (approved, signed off, 閣議決定, 承認) is itself done on its date, whatever it decides
  lies ahead: "the regulator signed off £104bn … last December" holds on the plan event whose
  title names the decision (blind round 20c sw pr24-104bn: false → true); the date of the act is
  the event's, the period of what was decided ("for 2025 to 2030") the plan's;
- a plan only proposed is no plan approved, and a plan said carried out is still not done;
- "last December", "this July", "next March" count from the claim's date."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["spills", "越流回数", "sewage spills", "count", "越流;spills", "false", "amount", ""],
]
ENTITIES = [["REG", "government", "水道規制庁", "Water Regulator", "規制庁;the regulator", "NL"]]
OBSERVATIONS = [
    ["s-2024", "NL", "spills", "2024", "450000", "count", "stat", ""],
]
E = ["stat", "3", ""]
EVENTS = [
    ["e-fd", "2024-12-19", "", "REG", "plan", "水道規制庁が2025-30年の投資計画1040億ポンドを最終決定",
     "Water Regulator final determinations approve £104bn of investment for 2025-30", "104000000000", "GBP",
     *E],
    ["e-fund", "2025-03-10", "", "REG", "plan", "水道規制庁が2030-35年の越流基金200億ポンドを提案",
     "Water Regulator proposes a £20bn storm overflow fund for 2030-35", "20000000000", "GBP", *E],
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
    assert diagnose("水道規制庁は2023年12月、2025〜30年の投資計画1040億ポンドを最終決定した。", pack, lang="ja",
                    as_of="2025-01-15").rating in ("false", "mostly_false")


def test_a_plan_proposed_or_said_done_is_not_done(pack: Pack) -> None:
    # the fund was only proposed: approving it is not what the pack holds
    assert diagnose("The Water Regulator approved a £20bn storm overflow fund in March 2025.", pack, lang="en",
                    as_of="2025-04-01").rating not in ("true", "mostly_true")
    assert diagnose("水道規制庁は2025年3月、越流基金200億ポンドを承認した。", pack, lang="ja",
                    as_of="2025-04-01").rating not in ("true", "mostly_true")
    # the investment decided is not the investment made
    assert diagnose("The Water Regulator invested £104bn in 2025.", pack, lang="en",
                    as_of="2026-01-15").rating not in ("true", "mostly_true")
    assert diagnose("水道規制庁は2025年に1040億ポンドを投資した。", pack, lang="ja",
                    as_of="2026-01-15").rating not in ("true", "mostly_true")
