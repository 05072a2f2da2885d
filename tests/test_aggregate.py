"""The verdict rules (docs/verdict-rules.md): from check results to a rating, exhaustively."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest

from shingi.model import RATING_ORDER, Check
from shingi.pipeline.aggregate import aggregate, label, rate

RESULTS = ("holds", "partly", "fails", "unknown")
WEIGHT = {"holds": Fraction(1), "partly": Fraction(3, 4), "fails": Fraction(0)}


def documented_rating(results: tuple[str, ...]) -> str:
    """The rules as docs/verdict-rules.md states them, written out independently."""
    known = [r for r in results if r != "unknown"]
    unknown = len(results) - len(known)
    if not known or unknown > len(known):
        return "unverifiable"
    s = sum(WEIGHT[r] for r in known) / len(known)
    if s == 1:
        return "mostly_true" if unknown else "true"
    if s >= Fraction(3, 4) and "fails" not in known:
        return "mostly_true"
    if s >= Fraction(2, 5):
        return "half_true"
    return "mostly_false" if s > 0 else "false"


@pytest.mark.parametrize("n", range(0, 6))
def test_every_combination_of_up_to_five_checks_follows_the_documented_rules(n: int) -> None:
    for combo in itertools.combinations_with_replacement(RESULTS, n):
        for order in {combo, tuple(reversed(combo))}:
            assert rate(order) == documented_rating(order), order  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("results", "rating"),
    [
        ((), "unverifiable"),
        (("unknown",), "unverifiable"),
        (("holds", "unknown", "unknown"), "unverifiable"),
        (("holds",), "true"),
        (("holds", "holds", "holds"), "true"),
        (("holds", "unknown"), "mostly_true"),
        (("partly",), "mostly_true"),
        (("holds", "partly"), "mostly_true"),
        (("holds", "fails"), "half_true"),  # the leap claim: momentum holds, parity fails
        (("holds", "holds", "fails"), "half_true"),
        # a refuted part keeps the claim at half true however many others hold (§5)
        (("holds", "holds", "holds", "fails"), "half_true"),
        (("holds", "holds", "holds", "holds", "fails"), "half_true"),
        (("holds", "holds", "holds", "partly", "fails"), "half_true"),
        (("holds", "fails", "fails"), "mostly_false"),
        (("partly", "fails"), "mostly_false"),
        (("partly", "fails", "fails"), "mostly_false"),
        (("fails",), "false"),
        (("fails", "fails", "unknown"), "false"),
    ],
)
def test_worked_examples(results: tuple[str, ...], rating: str) -> None:
    assert rate(results) == rating  # type: ignore[arg-type]


def test_a_better_result_never_lowers_the_rating() -> None:
    better = {"fails": "partly", "partly": "holds"}
    rank = {r: i for i, r in enumerate(RATING_ORDER)}
    for combo in itertools.product(("holds", "partly", "fails"), repeat=3):
        for i, r in enumerate(combo):
            if r in better:
                up = (*combo[:i], better[r], *combo[i + 1 :])
                assert rank[rate(up)] <= rank[rate(combo)], (combo, up)  # type: ignore[arg-type]


def check(cid: str, result: str, statement: str) -> Check:
    return Check(id=cid, kind="event", statement=statement, span=statement, result=result)  # type: ignore[arg-type]


def test_aggregate_splits_statements_into_holds_and_exaggerated_in_claim_order() -> None:
    checks = [
        check("s1", "fails", "B"),
        check("s2", "holds", "A"),
        check("s3", "partly", "C"),
        check("s4", "unknown", "D"),
    ]
    verdict = aggregate(checks, "en")
    assert verdict.rating == "half_true"  # (0 + 1 + 0.75) / 3 = 0.58
    assert verdict.holds == ["A"]
    assert verdict.exaggerated == ["B", "C"]
    assert verdict.label == "Half true"
    assert "4 statements" in verdict.reason and "1 unknown" in verdict.reason


def test_labels_in_both_languages() -> None:
    assert [label(r, "ja") for r in (*RATING_ORDER, "unverifiable")] == [
        "正しい",
        "ほぼ正しい",
        "半分正しい",
        "ほぼ誤り",
        "誤り",
        "検証不能",
    ]
    assert [label(r, "en") for r in (*RATING_ORDER, "unverifiable")] == [
        "True",
        "Mostly true",
        "Half true",
        "Mostly false",
        "False",
        "Unverifiable",
    ]


def test_reason_says_why_a_claim_is_unverifiable_and_carries_notes() -> None:
    nothing = aggregate([], "ja")
    assert nothing.rating == "unverifiable" and "検証可能な記述" in nothing.reason
    open_only = aggregate([check("s1", "unknown", "X")], "en", notes=["The claim was cut."])
    assert open_only.rating == "unverifiable"
    assert "does not settle it" in open_only.reason and open_only.reason.endswith("The claim was cut.")
    assert "none of them" not in open_only.reason  # one statement is "it", not "them"
    two_open = aggregate([check("s1", "unknown", "X"), check("s2", "unknown", "Y")], "en")
    assert "settles none of them" in two_open.reason
