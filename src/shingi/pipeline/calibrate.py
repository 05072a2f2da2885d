"""Decision calibration: a rating whose decision path is right less often than a neighbour is
moved to that neighbour (docs/verdict-rules.md §5.1, "Calibration on unseen material").

The mappings were fitted on the first runs of the contract-only blind rounds 9, 11, 13 and 15
(the engine of each round's session, before anybody tuned for it) and checked on rounds 8, 10,
12 and 14, and round 16 as a further check (``evaluation/calibration.py policy``). Each is keyed
on the results and the numbers of the checks, never on what a claim is about:

- ``false`` where every failing check compared figures of the claim, each a bound or an
  approximation (more than, under, about: not an exact figure, not a line said to be crossed,
  突破, 割り込んだ, "topped", "passed"), on the same side of zero as the
  pack's and within a factor 1.8 of it (a plain bound, with no word of nearness, within 1.3),
  one at least outside its own comparator or band (a fraction said as an upper bound, 「3分の1
  以下」, "less than half", keeps 1.8); only
  sizes of the claimed measure (no place in a ranking, no test threshold; a multiple by its
  excess over one): the claim states an order of size
  and a direction, and those hold; only the size misses — **mostly false** (an exact figure that
  is wrong stays false, as the real-world fact-checks rate it: §5).

- ``mostly_true`` or ``half_true`` where a share's check partly holds an approximate percentage
  ("about three quarters", "about 80%") that is over the pack's value by ten points or more
  (``common.over_by_points``): the check scores as a wrong size (0.25) and the claim is re-rated;
  a level's check scores it itself (``checks.metrics``), a growth rate is left to its band (§5.1).

- ``true`` where a check that holds compared an approximate figure ("about 9 million", 「約6割」,
  "one in ten": not a multiple, not a place) that is over the pack's value by 3 % of the figure
  or more (8.63 million for "about 9 million") — **mostly true**: the rounding stretches the
  value upward, which the writers rate a small stretch (fitted on ``evaluation/grading.py --half
  fit``, checked on ``--half check``, §5.1). An approximation under the pack's value, by any
  amount within its band, stays true: the writers rate both ways there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from shingi.model import Rating
from shingi.normalize.quantities import ABOUT_WORDS, TONE_WORDS, stated_step
from shingi.pipeline.checks.common import (
    APPROX_TOLERANCE,
    BOUND_SIDE,
    CREDIT_HALF,
    EXACT_TOLERANCE,
    crossing_said,
    over_by_points,
)
from shingi.pipeline.claims.numbers import negated_bound_said
from shingi.pipeline.claims.ranks import RELATIVE_PLACES

#: the figures of a refuted claim within this factor of the pack's: mostly false, not false (a
#: factor two until session 22; from 1.8 on, the writers rate such a miss false six times of seven:
#: docs/verdict-rules.md §5.1, fitted on the development fit half and the first runs of rounds 8-21)
NEAR_MISS_FACTOR = 1.8
#: ... but a plain bound ("more than 60%", 「5%を超えた」, "below $30 billion": no word of nearness)
#: missed by this factor or more stays false: the writers rate it false about twice as often as
#: mostly false (fitted on the development fit half: 1.28-1.36 flat, +7 -3; check half +10 -5;
#: docs/verdict-rules.md §5.1, "Grading by hedge word, measured")
BOUND_MISS_FACTOR = 1.3
#: words that make a bound a figure said to be a little below or above ("nearly 300 billion",
#: 「100万戸近く」, 「1割強」, "just over"): an approximation, not a plain bound
_NEAR_WORDS = re.compile(
    r"近く|近い|迫る|弱|強|余り|あまり"
    r"|(?i:\b(?:nearly|almost|close\s+to|just|shy\s+of|getting\s+on\s+for|not\s+quite|and\s+change)\b)")


def _bound_met(n: Any) -> bool:
    """Whether a compared figure's bound is met (the value on its side of the line); True for a
    figure that is no bound."""
    c, f = n.claimed, n.found
    return {"more_than": f > c, "at_least": f >= c, "less_than": f < c, "at_most": f <= c}.get(
        n.comparator, True)


def _plain_bound(n: Any) -> bool:
    """Whether a compared figure is a bound said with no word of nearness."""
    return n.comparator in BOUND_SIDE and not _NEAR_WORDS.search(getattr(n, "claimed_text", "") or "")


def _fraction_under(n: Any) -> bool:
    """Whether a compared figure is a fraction of a base said as an upper bound (「3分の1以下」,
    「3分の1にも届かなかった」, "less than half of"): a multiple below one, under which the value is
    said to be — how deep it fell, an order of size on the ratio's scale, not a line (session 29)."""
    return n.unit == "x" and 0 < n.claimed < 1 and BOUND_SIDE.get(n.comparator) == -1


#: an approximate figure that holds but is over the pack's value by this share of the figure or
#: more: mostly true, not true (§5.1; fitted on the development fit half: 2.5 % and 3 % tie)
APPROX_OVER = 0.03
#: the credit of a share's approximate percentage far over the value: a wrong size (§5.1)
_CREDIT_OVER_POINTS = 0.25


def _factor(claimed: float, found: float) -> float | None:
    """How many times one figure is the other (>= 1), or None across zero."""
    if claimed == 0 or found == 0 or (claimed > 0) != (found > 0):
        return None
    return max(abs(claimed), abs(found)) / min(abs(claimed), abs(found))


#: check kinds whose compared numbers are the test's own thresholds, not figures the claim states
_NOT_THE_CLAIMS_FIGURES = frozenset({"turning_point"})


def _size_factor(n: Any, of_a_change: bool) -> float | None:
    """How far a claimed size is from the pack's (>= 1), or None when the number is no size of
    the claimed measure: a place in a ranking. A change's multiple is compared by its excess over
    one when it claims a rise ("more than doubled" for x1.1 is +100 % claimed for +10 %: a factor
    ten); a ratio of two measures ("4 times Sudland's") and a fraction of a base ("back to half
    of 2019") are sizes as they are."""
    if n.comparator in RELATIVE_PLACES or n.unit == "rank":
        return None  # a place relative to the field (last, top half) or in a ranking
    if of_a_change and n.unit == "x" and n.claimed > 1.0:
        return _factor(n.claimed - 1.0, n.found - 1.0)
    return _factor(n.claimed, n.found)


def _misses(n: Any) -> bool:
    """Whether the claimed figure is off: a bound the pack's figure does not meet, or a figure
    more than an approximation's band (10 %, §4.1) from the pack's ("nearly 80%" for 60 %);
    "about 5" for 4.8 and "more than 5" for 5.1 are not off."""
    c, f = n.claimed, n.found
    return not _bound_met(n) or abs(f - c) > APPROX_TOLERANCE * abs(c)


def _near_miss(failing: Sequence[Any]) -> float | None:
    """The largest factor between the claim's sizes and the pack's over the failing checks,
    when every failing check compared sizes the claim states (no place, no test threshold), all
    of them bounds or approximations, on the same side of zero, within ``NEAR_MISS_FACTOR``, and
    at least one of them outside its own comparator or band; else None."""
    worst = 1.0
    missed = False
    for check in failing:
        if check.kind in _NOT_THE_CLAIMS_FIGURES:
            return None
        figures = [n for n in check.numbers if n.claimed is not None]
        if not figures:
            return None
        for n in figures:
            if n.comparator == "exactly":
                return None
            if n.comparator in BOUND_SIDE and crossing_said(
                    getattr(check, "span", ""), getattr(n, "claimed_text", "")):
                # 「3000億円を突破した」, "topped 6 million": the crossing is the claim's point, and it
                # did not happen (§5.1, session 27: the writers rate it false 8 times of 11)
                return None
            if n.comparator in BOUND_SIDE and negated_bound_said(
                    getattr(check, "span", ""), getattr(n, "claimed_text", "")):
                # 「1兆円に届いていない」 for 1.129兆: a line said not to be reached; its side is the
                # claim's point, not a size off (§4.1, a bound verb negated; as a crossing, below)
                return None
            f = _size_factor(n, check.kind == "change")
            if f is None or f >= NEAR_MISS_FACTOR:
                return None
            if f >= BOUND_MISS_FACTOR and _plain_bound(n) and not _bound_met(n) and not _fraction_under(n):
                # "more than 60%" for 45 %: the side of the line is the claim, and a quarter off
                # it no order of size is kept (session 27, §5.1 "Grading by hedge word"); a fraction
                # said as a bound (「3分の1以下に落ち込んだ」 for x0.53, "less than half" for x0.77)
                # keeps the factor 1.8: the writers rate it mostly false 5 of 5 (session 29, §5.1)
                return None
            worst = max(worst, f)
            missed = missed or _misses(n)
    return worst if failing and missed and worst > 1.0 else None


def _approx_over(checks: Sequence[Any]) -> float | None:
    """The largest share by which an approximate figure of a holding check is over the pack's
    value ("about 9 million" for 8.63 million: 4 %), when one is at least ``APPROX_OVER``; the
    sign of a change is the check's business (a fall of "about 9 million" for -8.63 million)."""
    worst = 0.0
    for check in checks:
        if check.result != "holds":
            continue
        over: dict[tuple[str, float], float] = {}
        for n in check.numbers:
            if n.comparator != "about" or n.unit in ("x", "rank") or not n.claimed or not n.found:
                continue
            c, f = abs(n.claimed), abs(n.found)
            # a figure set against two values (a range's ends) is over only if over both
            key = (getattr(n, "claimed_text", ""), n.claimed)
            over[key] = min(over.get(key, 1.0), (c - f) / c)
        # beyond an approximation's band the figure held as something else (a bound, a negation)
        worst = max([worst, *(o for o in over.values() if o <= APPROX_TOLERANCE + 1e-6)])
    return worst if worst >= APPROX_OVER - 1e-9 else None


def _points_over(check: Any) -> float | None:
    """How many points a share's approximate percentage of a partly holding check ("about 80%",
    "nine in ten", 「約8割」) is over the pack's value, when at least ``APPROX_OVER_POINTS``
    (:func:`over_by_points`); else None. Only a share's check: a level's is graded where the check
    knows whether its measure is a growth rate (``checks.metrics``), and a change's size may be a
    rise, which has no whole."""
    if check.kind != "share" or check.result != "partly" or (
            check.credit is not None and check.credit <= _CREDIT_OVER_POINTS):
        return None
    over = [o for n in check.numbers if (o := over_by_points(n)) is not None]
    return max(over) if over else None


def _rerated(rating: Rating, checks: Sequence[Any], credit_of: Sequence[float | None]) -> Rating | None:
    """The rating of ``checks`` with the credits of ``credit_of`` (None keeps a check's own),
    when that differs from ``rating``; else None."""
    from shingi.pipeline.aggregate import rate  # aggregate calls this module

    credits = [c.credit if k is None else k for c, k in zip(checks, credit_of, strict=True)]
    new = rate([c.result for c in checks], credits)
    return new if new != rating else None


def _rerated_over_points(rating: Rating, checks: Sequence[Any]) -> tuple[Rating, float] | None:
    """The rating with each partly check whose approximate percentage is over the value by
    ``APPROX_OVER_POINTS`` or more scored as a wrong size (0.25), when that lowers a mostly true
    or half true rating; else None."""
    if rating not in ("mostly_true", "half_true"):
        return None
    over = [_points_over(c) for c in checks]
    if not any(o is not None for o in over):
        return None
    new = _rerated(rating, checks, [None if o is None else _CREDIT_OVER_POINTS for o in over])
    return (new, max(o for o in over if o is not None)) if new is not None else None


#: the figure-tolerance band (docs/verdict-rules.md §4.1, "The figure-tolerance band"; fitted with
#: ``evaluation/hedges.py band`` on the development fit half, checked on the check half):
#: an approximate figure ("about 80%", 「約3割」, "about 7,000") over the pack's value by this share
#: of the figure or more, the value not rounding to the figure at the figure's own step, is half
#: true, not mostly true (fit half flat from 0.14 to 0.16, check half best at 0.16; APPROX_FAR of
#: ``checks.common`` reads amounts and counts of a level the same way, on both sides) ...
APPROX_FAR_OVER = 0.16
#: ... and an exact figure written to a fine step ("1 407", 「4337円」, "59.1%", "₹331 trillion")
#: that misses the value by more than this many steps of its last written digit (or of the pack
#: value's own, when coarser: "2.16%" against a pack's "2.1" is read to tenths), inside an exact
#: figure's partly band (4 %), is half true: the digits claim a precision the value is far from
#: ("2.08%" for 2.09 % and "1.41 million" for 1,422,800, one step off, stay mostly true)
EXACT_STEPS_OFF = 3.0
#: a figure as a fraction or a count of parts ("two-thirds", 「4分の3」, 「10人に9人」, "nine in
#: ten") has no written step of its own
_NO_WRITTEN_STEP = re.compile(
    r"分の|[人件軒社校戸台]に\s?[0-9０-９一二三四五六七八九十]|(?i:\b(?:in|out\s+of|of\s+every)\s+\w+\s*$)")
#: a figure written in digits, Arabic or kanji (「4337円」, 「約三割」, 「七千円」)
_WRITTEN_DIGITS = re.compile(r"[0-9０-９一二三四五六七八九十百千]")


def written_step(x: float) -> float:
    """The step a figure is written to: the place of its last non-zero digit (``stated_step``),
    five of them when that digit is a 5 — a figure rounded to halves or quarters of the place
    before ("4.75%" to 0.05, "385,000" to 5,000, 「1.5%」 to 0.5)."""
    step = stated_step(x)
    if step > 0 and round(abs(x) / step) % 10 == 5:
        return 5 * step
    return step


#: decimals written with a trailing zero ("30.0%", "2.50"): the written precision the value has lost
_TRAILING_ZERO_DECIMALS = re.compile(r"[0-9０-９][.．]([0-9０-９]*[0０])(?![0-9０-９])")


def _figure_step(n: Any) -> float:
    """The step a compared figure is written to: :func:`written_step` of its value, or the place of
    its last written decimal when the text ends its decimals in a zero, which the value drops
    ("30.0%" is written to tenths like "30.1%", not to tens like "30%")."""
    step = written_step(abs(n.claimed))
    zeros = _TRAILING_ZERO_DECIMALS.search(getattr(n, "claimed_text", "") or "")
    return min(step, 10.0 ** -len(zeros.group(1))) if zeros else step


def _said_in_digits(n: Any) -> bool:
    text = getattr(n, "claimed_text", "") or ""
    return bool(_WRITTEN_DIGITS.search(text)) and not _NO_WRITTEN_STEP.search(text)


def _asserted(n: Any) -> bool:
    """Whether a compared figure is said as the value itself: exactly, or with a word of tone
    only (「4337社に上った」「にとどまった」, "reached", "only": ``about`` but not approximate,
    ``quantities.TONE_WORDS``), not with a word of nearness (約, about, 程度)."""
    text = getattr(n, "claimed_text", "") or ""
    return n.comparator == "exactly" or (
        n.comparator == "about" and bool(TONE_WORDS.search(text)) and not ABOUT_WORDS.search(text))


def _rounds_at(c: float, f: float, step: float) -> bool:
    """Whether ``f`` rounds to ``c`` at ``step``."""
    return abs(f - c) <= step / 2 + 1e-9 * abs(c)


def _off_its_precision(n: Any) -> str | None:
    """Which side of the band a compared figure of a partly check falls on: ``"approx"`` (an
    approximate figure over the value by ``APPROX_FAR_OVER`` or more, the value not rounding to it
    at its own step), ``"exact"`` (a figure said as the value more than ``EXACT_STEPS_OFF`` steps
    off, within 4 %: steps of its last written digit, or of the pack value's own when coarser),
    or None."""
    c, f = n.claimed, n.found
    if c is None or f is None or n.unit in ("x", "rank") or not _said_in_digits(n):
        return None
    c, f = abs(c), abs(f)
    if c == 0 or f == 0 or (n.claimed > 0) != (n.found > 0):
        return None
    step = _figure_step(n)
    if step <= 0 or _rounds_at(c, f, step):
        return None  # the value rounds to the figure at the figure's own step
    if n.comparator == "about" and not _asserted(n) and f < c and (c - f) / c >= APPROX_FAR_OVER - 1e-9:
        return "approx"
    # (the pack's "2.1" may be 2.149: against "2.16%" the miss is counted in its tenths, not in
    # the claim's hundredths)
    coarser = max(step, stated_step(f))
    if (_asserted(n) and abs(f - c) <= 2 * EXACT_TOLERANCE * c + 1e-9
            and abs(f - c) > EXACT_STEPS_OFF * coarser + 1e-9 * c):
        return "exact"
    return None


def _on_the_figure(n: Any) -> bool:
    """Whether a compared value rounds to the claimed figure at the figure's own step."""
    c, f = n.claimed, n.found
    return c is not None and f is not None and c != 0 and _rounds_at(abs(c), abs(f), _figure_step(n))


def _rerated_off_precision(rating: Rating, checks: Sequence[Any]) -> tuple[Rating, str] | None:
    """The rating with each partly check (at the usual 0.75) whose figure is off by more than its
    precision allows (:func:`_off_its_precision`) scored as half right (0.5), when that lowers a
    mostly true rating; else None."""
    if rating != "mostly_true":
        return None
    sides: list[str | None] = []
    for c in checks:
        side = None
        if c.result == "partly" and c.credit is None and not any(_on_the_figure(n) for n in c.numbers):
            # (a check partly because its sources disagree, one of them on the figure, is no miss)
            side = next((s for n in c.numbers if (s := _off_its_precision(n)) is not None), None)
        sides.append(side)
    if not any(sides):
        return None
    new = _rerated(rating, checks, [None if s is None else CREDIT_HALF for s in sides])
    return (new, next(s for s in sides if s is not None)) if new is not None else None


def calibrate(rating: Rating, checks: Sequence[Any], lang: str) -> tuple[Rating, str | None]:
    """The calibrated rating of ``checks`` (the rated ones) and the sentence that says why, or
    ``(rating, None)`` when no mapping applies."""
    ja = lang == "ja"
    if rating == "false":
        worst = _near_miss([c for c in checks if c.result == "fails"])
        if worst is not None:
            return "mostly_false", (
                "較正: 外れた数値はどれも上限・下限か概数で、パックの値と同じ符号で"
                f"{NEAR_MISS_FACTOR:g}倍以内（最大{worst:.2f}倍のずれ）。向きと桁は合い大きさだけが外れているので、"
                "誤りではなく「ほぼ誤り」とする。"
                if ja else
                "Calibrated: every figure that misses is a bound or an approximation on the same side "
                f"of zero as the pack's and within a factor {NEAR_MISS_FACTOR:g} of it "
                f"(at most x{worst:.2f} off): "
                "the direction and order of size hold and only the size misses, so mostly false "
                "rather than false."
            )
    points = _rerated_over_points(rating, checks)
    if points is not None:
        new, pts = points
        return new, (
            f"較正: 概数の割合がパックの値を{pts:.1f}ポイント上回っている（全体の10分の1以上）ので、"
            "誇張された大きさとして扱う。"
            if ja else
            f"Calibrated: an approximate percentage is {pts:.1f} points over the pack's value (a "
            "tenth of the whole or more), so it is read as an overstated size."
        )
    off = _rerated_off_precision(rating, checks)
    if off is not None:
        new, side = off
        return new, (
            (f"較正: 概数がパックの値を{APPROX_FAR_OVER:.0%}以上上回り、"
             "値はその数字の桁で丸めてもその数字にならないので、「ほぼ正しい」ではなく「半分正しい」とする。")
            if ja and side == "approx" else
            ("較正: 数値が、その最後の桁（パックの値の桁の方が粗ければその桁）で"
             f"{EXACT_STEPS_OFF:g}つを超えてずれているので、「ほぼ正しい」ではなく「半分正しい」とする。")
            if ja else
            (f"Calibrated: an approximate figure is {APPROX_FAR_OVER:.0%} or more over the pack's value, "
             "which does not round to it at the figure's own step, so half true rather than mostly true.")
            if side == "approx" else
            (f"Calibrated: a figure is more than {EXACT_STEPS_OFF:g} steps of its last digit (or of the "
             "pack value's, when coarser) off the pack's value, so half true rather than mostly true.")
        )
    if rating == "true":
        over = _approx_over(checks)
        if over is not None:
            return "mostly_true", (
                f"較正: 概数がパックの値を{over:.0%}上回っている（切り上げ方向の丸め）ので、"
                "正しいではなく「ほぼ正しい」とする。"
                if ja else
                f"Calibrated: an approximate figure is {over:.0%} over the pack's value (rounded up), "
                "so mostly true rather than true."
            )
    return rating, None


def calibrate_rows(rating: str, checks: Sequence[dict[str, Any]], lang: str = "en") -> tuple[str, str | None]:
    """:func:`calibrate` on checks saved as JSON (``evaluation/calibration.py``: an older engine's
    decision paths); opinion checks are left out as ``aggregate`` leaves them out."""
    rows = [c for c in checks if c["kind"] != "opinion"] or list(checks)
    as_checks = [SimpleNamespace(kind=c["kind"], result=c["result"], credit=c.get("credit"),
                                 span=c.get("span", ""),
                                 numbers=[SimpleNamespace(**{"unit": None, "claimed_text": n.get("text", ""),
                                                             **n}) for n in c["numbers"]])
                 for c in rows]
    return calibrate(rating, as_checks, lang)  # type: ignore[arg-type]

