"""Every check prints a reason (session 27): a check that came with none gets the figures it
compared, else what its result says; a plan's target that compares nothing says so."""

from __future__ import annotations

from shingi.model import Check, NumberCompared
from shingi.pipeline.diagnose import give_a_reason


def test_an_empty_reason_gets_the_figures_compared() -> None:
    nc = NumberCompared("Norland egg price multiple", 1.3, "about 30%", 1.3, "x", ("p1", "p2"))
    c = Check("s1", "change", "Egg prices are about 30% higher", "span", "holds", "", ["p1", "p2"],
              numbers=[nc])
    give_a_reason(c, "en")
    assert c.reason.startswith("Norland egg price multiple: claimed about 30%")
    ja = Check("s1", "change", "卵の価格は約3割高い", "span", "holds", "", ["p1", "p2"], numbers=[nc])
    give_a_reason(ja, "ja")
    assert "主張 about 30%" in ja.reason


def test_an_empty_reason_without_figures_says_its_result() -> None:
    unknown = Check("s1", "metric", "x", "x", "unknown", "")
    give_a_reason(unknown, "en")
    assert unknown.reason == "The pack holds no value that settles this statement."
    held = Check("s1", "event", "x", "x", "holds", " ", ["e1"])
    give_a_reason(held, "ja")
    assert held.reason == "根拠: e1。"
    # a part of a check too
    inner = Check("s1a", "metric", "y", "y", "unknown", "")
    outer = Check("s1", "event", "x", "x", "holds", "kept", parts=[inner])
    give_a_reason(outer, "en")
    assert outer.reason == "kept" and outer.parts[0].reason


def test_a_reason_given_is_kept() -> None:
    # near-miss: a reason of its own is never replaced
    c = Check("s1", "metric", "x", "x", "fails", "Norland's value was 3.", ["o1"])
    give_a_reason(c, "en")
    assert c.reason == "Norland's value was 3."
