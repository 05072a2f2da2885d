"""Claims the pack cannot settle, kept from a confident answer (docs/verdict-rules.md §4.15), in
Japanese and English, on a small pack about Norland:

- what people think (「国民の大多数は…に反対している」, "most people oppose …") is settled by a poll or
  a vote, not by an unrelated event (blind round 12 no-oil-fund ja-public-opinion; round 7d
  fr-pensions opinion-majority);
- in a cause claim a turning-point word names what the cause explains ("the main reason for this
  year's surge in …"), not several pillars moving at once (round 12 jp-bear-incidents beech-cause-en);
- a forecast of the outturn (「決算で…見込み」, "in the final accounts") is not settled by an
  estimate of the budget (round 12 jp-tax-revenue fy2025-final-82)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["revenue", "税収(決算)", "tax revenue", "JPY", "税収;tax revenue", "true", "amount", ""],
    [
        "revenue_estimate",
        "補正後の税収見込み",
        "revised tax revenue estimate",
        "JPY",
        "税収見通し",
        "true",
        "amount",
        "",
    ],
    ["attacks", "クマ被害件数", "bear attacks", "count", "クマ被害;bear attacks", "false", "count", ""],
]
OBSERVATIONS = [
    ["o-rev-2024", "NL", "revenue", "FY2024", "75.2兆", "JPY", "stat", ""],
    ["o-est-2025", "NL", "revenue_estimate", "FY2025", "80.7兆", "JPY", "stat", ""],
    ["o-att-2024", "NL", "attacks", "2024", "85", "count", "stat", ""],
    ["o-att-2025", "NL", "attacks", "2025", "230", "count", "stat", ""],
]
EVENTS = [
    [
        "e-rule",
        "2001-03-01",
        "",
        "NL",
        "policy",
        "ノーランド基金の財政ルールを導入",
        "Norland introduces the fund's fiscal rule",
        "",
        "",
        "stat",
        "3",
        "",
    ],
    [
        "e-ethics",
        "2004-11-01",
        "",
        "NL",
        "policy",
        "ノーランド基金の倫理基準を制定",
        "Norland sets the fund's ethical guidelines",
        "",
        "",
        "stat",
        "3",
        "",
    ],
]
POLL_EVENTS = [
    *EVENTS,
    [
        "e-poll",
        "2025-10-01",
        "",
        "NL",
        "survey",
        "世論調査: 国民の7割が基金の倫理基準の緩和に反対",
        "Poll: 70% of Norlanders oppose easing the fund's ethical guidelines",
        "",
        "",
        "stat",
        "2",
        "",
    ],
]


def _pack(factory: pytest.TempPathFactory, name: str, events: list[list[str]]) -> Pack:
    settings = "fiscal_year: 4/start\n"
    return small_pack(factory, name, METRICS, OBSERVATIONS, events=events, language="ja", settings=settings)


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(tmp_path_factory, "unsettled", EVENTS)


@pytest.fixture(scope="module")
def polled(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(tmp_path_factory, "polled", POLL_EVENTS)


def test_what_people_think_needs_a_poll(pack: Pack, polled: Pack) -> None:
    d = diagnose("ノーランド国民の大多数は基金の倫理基準の緩和に反対している。", pack)
    assert d.rating == "unverifiable"
    assert "世論調査" in d.checks[0].reason
    d = diagnose("Most Norland people oppose easing the fund's ethical guidelines.", pack, lang="en")
    assert d.rating == "unverifiable"
    assert "poll" in d.checks[0].reason
    # a poll in the pack is checked as usual
    d = diagnose("ノーランド国民の大多数は基金の倫理基準の緩和に反対している。", polled)
    assert d.rating != "unverifiable"
    # an act done to people is no attitude of theirs
    assert "世論調査" not in diagnose("ノーランドは2004年に基金の倫理基準を制定した。", pack).checks[0].reason


def test_a_surge_a_cause_explains_is_no_turning_point(pack: Pack) -> None:
    d = diagnose(
        "The failure of the beech crop is the main reason for this year's surge in bear attacks.",
        pack,
        lang="en",
        as_of="2025-11-20",
    )
    assert d.rating == "unverifiable"
    assert all(c.kind != "turning_point" for c in d.checks)
    ja = diagnose("今年のクマ被害の急増は、ブナの凶作が主な原因だ。", pack, as_of="2025-11-20")
    assert ja.rating == "unverifiable"


def test_a_forecast_of_the_outturn_is_not_the_estimate(pack: Pack) -> None:
    d = diagnose("2025年度の税収は決算で82兆円を超える見込みだ。", pack, as_of="2026-01-15")
    assert d.rating == "unverifiable"
    d = diagnose(
        "Tax revenue for fiscal 2025 is expected to top 82 trillion yen in the final accounts.",
        pack,
        lang="en",
        as_of="2026-01-15",
    )
    assert d.rating == "unverifiable"
    # the estimate itself is still checked against the estimate
    assert (
        diagnose("2025年度の税収は80兆円を超える見込みだ。", pack, as_of="2026-01-15").rating
        != "unverifiable"
    )
