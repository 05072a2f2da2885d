"""A thing said to be outside a scheme (「対象外」「適用外」「除外」, "outside", "excluded", "exempt
from") is not matched by an event that says it was brought in (「対象に」「含まれ」「加わっ」,
"included", "joins", "brought into"), nor the reverse: a state and its contrary (docs/verdict-rules.md
§4.2, "Inside and outside"). Blind round 26c eu-ets shipping-outside ("Shipping is still
completely outside the EU carbon market" held on the reform event "…; shipping included": a wrong
true). Near-misses: the same words on the same side hold; "not covered" is the negation's; "outside"
of a place is no such word.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline import lexicon as lx
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["price", "地価", "land price", "%", "land price;地価", "", "growth", ""],
]
OBSERVATIONS = [
    ["p25", "NL", "price", "2025", "1.0", "%", "stat", ""],
]
EVENTS = [
    ["e-launch", "2005-01-01", "", "NL", "regulation",
     "ノーランドの排出量取引制度が発足", "Norland's emissions trading scheme launched",
     "", "", "stat", "3", ""],
    ["e-in", "2024-01-01", "", "NL", "regulation",
     "海運が排出量取引制度の対象に", "Shipping included in the emissions trading scheme",
     "", "", "stat", "3", ""],
    ["e-sub", "2024-04-01", "", "NL", "policy",
     "省エネ補助金の対象に中小企業を追加", "Energy-saving subsidy extended to small firms",
     "", "", "stat", "2", ""],
    ["e-out", "2023-06-01", "", "NL", "regulation",
     "農業は炭素税の対象外とされた", "Farming left exempt from the carbon tax",
     "", "", "stat", "3", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "in-scope", METRICS, OBSERVATIONS, events=EVENTS)


@pytest.mark.parametrize(("claim", "lang"), [
    ("Shipping is still completely outside Norland's emissions trading scheme.", "en"),
    ("Shipping remains excluded from the emissions trading scheme.", "en"),
    ("海運は依然として排出量取引制度の対象外だ。", "ja"),
])
def test_outside_against_an_event_that_brings_it_in(pack: Pack, claim: str, lang: str) -> None:
    d = diagnose(claim, pack, lang=lang, as_of="2024-09-01")
    assert d.rating == "false"


@pytest.mark.parametrize(("claim", "lang"), [
    ("Shipping was included in the emissions trading scheme in 2024.", "en"),
    ("海運は2024年に排出量取引制度の対象になった。", "ja"),
])
def test_inside_against_the_same_event_holds(pack: Pack, claim: str, lang: str) -> None:
    assert diagnose(claim, pack, lang=lang, as_of="2024-09-01").rating in ("true", "mostly_true")


def test_an_entry_is_the_event_of_entry_not_the_schemes_launch(pack: Pack) -> None:
    # the scheme's launch matches the words better, but says nothing of which side shipping is on
    d = diagnose("2024年から海運もノーランドの排出量取引制度の対象になった。", pack, as_of="2024-09-01")
    assert d.checks[0].evidence == ["e-in"]
    assert d.rating == "true"
    # a statement with no side of the edge keeps the best match
    d = diagnose("ノーランドの排出量取引制度は2005年に発足した。", pack, as_of="2024-09-01")
    assert d.checks[0].evidence == ["e-launch"]


def test_the_pair_reads_each_side() -> None:
    assert lx.decision_goes_the_other_way("Shipping is still outside the scheme", "Shipping included")
    assert lx.decision_goes_the_other_way("海運は対象外だ", "海運が対象に加わった")
    exempt = "Farming left exempt from the tax"
    assert lx.decision_goes_the_other_way("Farming is included in the tax", exempt)
    # the same side, or a place: no pair
    assert not lx.decision_goes_the_other_way("Farming is exempt from the tax", exempt)
    assert not lx.decision_goes_the_other_way(
        "Land prices outside the capital rose 1%", "Budget includes new funds"
    )
    # a negated inside is the negation's, not the pair's
    assert not lx.decision_goes_the_other_way("海運は対象に含まれない", "海運が対象に含まれた")


def test_a_place_outside_is_no_scope(pack: Pack) -> None:
    d = diagnose("Norland's land price rose 1.0% in 2025 outside the capital.", pack, lang="en")
    assert all("opposite" not in c.reason for c in d.checks)


@pytest.mark.parametrize(("claim", "lang"), [
    # an event that brings ANOTHER member in says nothing of this one (review R12)
    ("Large firms remain outside Norland's energy-saving subsidy.", "en"),
    ("Large firms are excluded from the energy-saving subsidy.", "en"),
    ("ノーランドの省エネ補助金では大企業は対象外だ。", "ja"),
    ("航空は依然として排出量取引制度の対象外だ。", "ja"),
    ("Aviation is still outside Norland's emissions trading scheme.", "en"),
    ("航空は2024年に排出量取引制度の対象になった。", "ja"),
])
def test_an_event_of_another_member_says_nothing(pack: Pack, claim: str, lang: str) -> None:
    d = diagnose(claim, pack, lang=lang, as_of="2024-09-01")
    assert d.rating not in ("true", "mostly_true", "false", "mostly_false")


@pytest.mark.parametrize(("claim", "lang"), [
    # the event's own member: the contrary still counts
    ("Small firms are excluded from the energy-saving subsidy.", "en"),
    ("中小企業は省エネ補助金の対象外だ。", "ja"),
])
def test_the_events_own_member_is_still_refuted(pack: Pack, claim: str, lang: str) -> None:
    assert diagnose(claim, pack, lang=lang, as_of="2024-09-01").rating == "false"


def test_the_member_is_compared() -> None:
    exempt = "Farming left exempt from the tax"
    assert not lx.decision_goes_the_other_way("海運は対象外だ", "排出量取引制度に航空が加わる")
    assert not lx.decision_goes_the_other_way(
        "Large firms remain outside the subsidy", "Subsidy extended to small firms"
    )
    assert not lx.decision_goes_the_same_way("Aviation is excluded from the tax", exempt)
    assert lx.decision_goes_the_same_way("Farming is exempt from the tax", exempt)
