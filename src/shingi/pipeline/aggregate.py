"""From the results of the checks to a rating: a pure function (docs/verdict-rules.md).

``rate`` sees only the results, so the same checks always give the same rating; ``aggregate``
adds the label, the lists of statements that hold and that are exaggerated, and the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from shingi.model import Check, Rating, Result
from shingi.pipeline.calibrate import calibrate
from shingi.pipeline.open_point import open_assertion, open_second_assertion

#: Score of each known result; unknown results are left out of the mean.
SCORES: dict[str, float] = {"holds": 1.0, "partly": 0.75, "fails": 0.0}
#: Lower bounds of the mean score for each rating (see docs/verdict-rules.md).
MOSTLY_TRUE_MIN = 0.75
HALF_TRUE_MIN = 0.4

LABELS: dict[str, dict[str, str]] = {
    "true": {"ja": "正しい", "en": "True"},
    "mostly_true": {"ja": "ほぼ正しい", "en": "Mostly true"},
    "half_true": {"ja": "半分正しい", "en": "Half true"},
    "mostly_false": {"ja": "ほぼ誤り", "en": "Mostly false"},
    "false": {"ja": "誤り", "en": "False"},
    "unverifiable": {"ja": "検証不能", "en": "Unverifiable"},
}

RESULT_LABELS: dict[str, dict[str, str]] = {
    "holds": {"ja": "成立", "en": "holds"},
    "partly": {"ja": "一部成立", "en": "partly holds"},
    "fails": {"ja": "不成立", "en": "fails"},
    "unknown": {"ja": "判定不能", "en": "unknown"},
}


def label(rating: str, lang: str) -> str:
    """The rating's label in Japanese or English."""
    return LABELS[rating]["ja" if lang == "ja" else "en"]


def rate(results: Sequence[Result], credits: Sequence[float | None] = ()) -> Rating:
    """The rating of a claim from the results of its checks (docs/verdict-rules.md).

    ``credits`` (one per result, optional) is how much of a ``partly`` result holds when its
    check says so (a date a year off holds little of what was claimed); None: ``SCORES``."""
    credit = list(credits) + [None] * (len(results) - len(credits))
    known = [(r, c) for r, c in zip(results, credit, strict=True) if r != "unknown"]
    unknown = len(results) - len(known)
    if not known or unknown > len(known):
        return "unverifiable"
    s = sum(c if (r == "partly" and c is not None) else SCORES[r] for r, c in known) / len(known)
    if s >= 1.0:
        return "mostly_true" if unknown else "true"
    # a part the evidence refutes keeps the claim at half true however many others hold (four
    # statements, one false: not mostly true; docs/verdict-rules.md §5)
    if s >= MOSTLY_TRUE_MIN and not any(r == "fails" for r, _ in known):
        return "mostly_true"
    if s >= HALF_TRUE_MIN:
        return "half_true"
    if s > 0:
        return "mostly_false"
    return "false"


@dataclass(frozen=True, slots=True)
class Verdict:
    """What ``aggregate`` returns: the rating and how it was reached."""

    rating: Rating
    label: str
    holds: list[str]
    exaggerated: list[str]
    reason: str


def aggregate(checks: Sequence[Check], lang: str, notes: Sequence[str] = (), text: str = "") -> Verdict:
    """Rate the checks and say why, in the diagnosis language.

    ``notes`` are sentences the reason must carry (e.g. that a long claim was truncated); ``text``
    is the claim as read (its checks' spans are in it), for where an unknown check stands (§5).
    """
    # an opinion or a conjecture (「…はおかしい」) says nothing the evidence can settle: it is shown
    # and left out of the rating, unless it is all the claim says
    rated = [c for c in checks if c.kind != "opinion"] or list(checks)
    # a cause the pack does not state (§4.12) is not counted as one more unknown: it caps the rating
    # instead, since facts that hold do not make the reason for them true
    open_cause = any(c.kind == "cause" and c.result == "unknown" for c in rated)
    rated = [c for c in rated if not (c.kind == "cause" and c.result == "unknown")] or rated
    # a cause the pack states explains the claim's facts; with none of them settled (「円安により、
    # 輸出額は1500億ドルになります」: a forecast) it does not make the claim true on its own
    facts = [c for c in rated if c.kind != "cause"]
    if facts and all(c.result == "unknown" for c in facts):
        rated = facts
    results: list[Result] = [c.result for c in rated]
    rating = rate(results, [c.credit for c in rated])
    # a decision path that unseen material shows to be right less often than its neighbour is
    # moved to it, and says so (§5, calibration)
    rating, calibrated = calibrate(rating, rated, lang)
    if calibrated:
        notes = [*notes, calibrated]
    if open_cause and rating in ("true", "mostly_true"):
        rating = "unverifiable"
        notes = [
            *notes,
            "事実の部分は成り立つが、主張の要点である原因・理由はパックでは確かめられない。"
            if lang == "ja"
            else "The facts hold, but the cause the claim gives, its point, is not settled by the pack.",
        ]
    if rating in ("true", "mostly_true") and open_assertion(rated):
        # 「…の罰金は、結局利用者の水道料金から支払われる」: the subject's figure holds, what is
        # said of it is unknown: the claim's assertion is left open (§5, the point left open)
        rating = "unverifiable"
        notes = [
            *notes,
            "主語の部分は成り立つが、主張の述べる内容（述語）はパックでは確かめられない。"
            if lang == "ja"
            else "The subject holds, but what the claim says of it is not settled by the pack.",
        ]
    elif rating in ("true", "mostly_true") and text and open_second_assertion(rated, text):
        # "X rose, and Y fell too" / ", so …" / 「しかも…」 with the second unknown: one of two
        # assertions of the same weight is shown (§5, the point left open)
        rating = "half_true"
        notes = [
            *notes,
            "一方の主張は成り立つが、それと並ぶもう一つの主張はパックでは確かめられない。"
            if lang == "ja"
            else "One assertion holds; the other one the claim joins to it is not settled by the pack.",
        ]
    holds = [c.statement for c in checks if c.result == "holds"]
    exaggerated = [c.statement for c in checks if c.result in ("partly", "fails")]
    reason = _reason(checks, rating, lang)
    if notes:
        reason = " ".join([reason, *notes])
    return Verdict(rating, label(rating, lang), holds, exaggerated, reason)


def _reason(checks: Sequence[Check], rating: str, lang: str) -> str:
    ja = lang == "ja"
    if not checks:
        return (
            "主張から検証可能な記述を取り出せなかった。"
            if ja
            else "The claim makes no statement that the evidence pack can check."
        )
    counts = {r: sum(1 for c in checks if c.result == r) for r in ("holds", "partly", "fails", "unknown")}
    n = len(checks)
    if ja:
        parts = [f"{RESULT_LABELS[r]['ja']}{counts[r]}件" for r in counts if counts[r]]
        head = f"{n}件の記述のうち" + "、".join(parts) + "。"
        if rating == "unverifiable":
            known = n - counts["unknown"]
            head += (
                ("証拠パックではこの記述を判定できない。" if n == 1
                 else "証拠パックはどの記述も判定できない。")
                if known == 0
                else "判定できない記述が判定できた記述より多い。"
                if counts["unknown"] > known
                else ""
            )
        return head
    parts = [f"{counts[r]} {RESULT_LABELS[r]['en']}" for r in counts if counts[r]]
    head = f"Of {n} statement{'s' if n != 1 else ''}: " + ", ".join(parts) + "."
    if rating == "unverifiable":
        known = n - counts["unknown"]
        head += (
            (" The evidence pack does not settle it." if n == 1
             else " The evidence pack settles none of them.")
            if known == 0
            else " More statements are left open than settled."
            if counts["unknown"] > known
            else ""
        )
    return head
