"""A target named by its figure: "back at the Bank of England's 2% target", "nearly double the 2%
target", 「300校の目標に達している」. The figure is the value the measure is set against; the word
target names it and does not make the clause a plan (a linguistic reason: the noun phrase "the N
target" is the complement of the measure's verb, as "2%" alone would be).

Pure functions of the clause's text and numbers; ``_Parser._features`` applies them when every
plan word of a clause is such a target and the clause names a measure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from shingi.model import Quantity
from shingi.pipeline import lexicon as lx
from shingi.pipeline.claims.numbers import comparator_near
from shingi.pipeline.claims.statement import ClaimedNumber


@dataclass(frozen=True, slots=True)
class Target:
    """A target phrase of the claim: ``figure`` names it; the phrase runs from ``start`` (its
    determiner and owner: "the Bank of England's") to ``end`` (the noun)."""

    figure: ClaimedNumber
    start: int
    end: int


#: What may stand between a figure and the target noun it names: a counter word and の
#: (「300校の目標」), a hyphen ("a 2%-target")
_FIGURE_TO_NOUN = re.compile(r"\s*(?:-\s*)?(?:[\u3040-\u30ff\u4e00-\u9fff]{0,2}の\s*)?$")
_TARGET_NOUN = re.compile(r"(?i)^(?:targets?|goals?|目標)$")
#: The determiner and owner before the figure: "the", "its", "the Bank of England's", "the
#: government's own"
_DETERMINER = re.compile(
    r"(?i)\b(?:the|its|their|his|her|our|a|an)\s+(?:[\w.'’-]+\s+){0,5}$"
    # 「中銀の2%の目標」: the owner's name and の
    r"|[\u30a0-\u30ff\u4e00-\u9fffA-Za-z]+の\s*$"
    # 「政府が掲げる3,400万口座の目標」: the owner who set it, with its verb of setting
    r"|[\u30a0-\u30ff\u4e00-\u9fffA-Za-z]+(?:が|の)(?:掲げ(?:る|た|ている)|定め(?:る|た)|目指す|設定した)\s*$"
)


#: A target set against a measure's value: a word of comparison or position before it ("back at",
#: "above", "nearly double", "reached") or, in Japanese, after it (「に達している」「を上回った」)
_SET_AGAINST_EN = re.compile(
    r"(?i)\b(?:at|above|below|over|under|than|to|of|near|around|within|double|twice|triple|times|half"
    r"|exceed(?:s|ed)?|beat(?:s)?|hit(?:s)?|reach(?:ed|es)?|met|meets|miss(?:ed|es)?)\s*$"
)
_SET_AGAINST_JA = re.compile(
    r"\s*(?:に(?:達|届|並|迫|近)|を(?:上回|下回|超|割|突破|達成|実現)|より|の(?:約|ほぼ)?[\d一二三四五六七八九十半])"
)


#: A target said to be reached: "hit / reached / met the 2% target", 「目標に達している」「目標に届いた」
_REACHED_BEFORE = re.compile(r"(?i)\b(?:hit|hits|reach(?:ed|es)?|met|meets|achiev(?:e|ed|es))\s*$")
_REACHED_AFTER_JA = re.compile(r"\s*(?:に(?:達|届)|を(?:達成|実現))")


def named_targets(text: str, start: int, masked: str, numbers: list[ClaimedNumber]) -> list[Target] | None:
    """The targets named by their figures in a clause that starts at ``start`` (``masked``: its
    text with names and numbers blanked, where plan words are looked for), when every plan word
    of the clause is one; else None (the clause states a plan, or has no plan word)."""
    hits = lx.find(lx.PLAN, masked)
    out: list[Target] = []
    for hit in hits:
        at = start + hit.start
        figure = next(
            (n for n in numbers if n.end <= at and _FIGURE_TO_NOUN.match(text[n.end : at])), None
        ) if _TARGET_NOUN.match(hit.text) else None
        if figure is None:
            return None
        owner = _DETERMINER.search(text, 0, figure.start)
        begin, end = owner.start() if owner else figure.start, start + hit.end
        if not (_SET_AGAINST_EN.search(text, 0, begin) or _SET_AGAINST_JA.match(text, end)):
            return None  # 「1500円の目標を表明した」, "announced a 2% target": the target is what was done
        out.append(Target(figure, begin, end))
    return out or None


def against_targets(
    text: str, numbers: list[ClaimedNumber], targets: list[Target], higher_is_better: bool | None = None
) -> list[ClaimedNumber]:
    """The clause's numbers with each target's figure read as the value the measure is set
    against: its comparator from the words before the phrase ("above the 2% target" is more than
    2%) or after it (「目標に達している」); a multiple right before the phrase ("nearly double the 2%
    target") times the figure, with the multiple's comparator. A target reached ("hit the 2%
    target", 「300校の目標に達している」) is reached from below on a measure where higher is better
    (at least the figure), from above where lower is (at most: inflation comes down to its target),
    and is the figure itself when the measure says neither."""
    out = list(numbers)
    for t in targets:
        if t.figure not in out:
            continue
        figure = t.figure
        multiple = next(
            (n for n in out if n.unit == "x" and n.end <= t.start and not text[n.end : t.start].strip()), None
        )
        if multiple is not None:
            value = multiple.quantity.value * figure.quantity.value
            quantity = Quantity(value, figure.unit, True, f"{multiple.text} {figure.text}")
            merged = ClaimedNumber(quantity, multiple.comparator, multiple.text, multiple.start, figure.end)
            out = [merged if n is multiple else n for n in out if n is not figure]
            continue
        if figure.comparator == "exactly" and not figure.quantity.approx:
            said = comparator_near(text, t.start, t.end)
            if _REACHED_BEFORE.search(text, 0, t.start) or _REACHED_AFTER_JA.match(text, t.end):
                said = "at_least" if higher_is_better else "about" if higher_is_better is None else "at_most"
            if said is not None:
                out = [replace(n, comparator=said) if n is figure else n for n in out]
    return out
