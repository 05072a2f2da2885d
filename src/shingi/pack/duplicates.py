"""Likely duplicate facts: the same thing written twice (the reference report prints two of its
items twice). They are warnings, not errors: an analyst decides.

Two events are likely duplicates when they share a date and actors and either the same amount
or titles that are nearly the same (character bigrams, Jaccard >= 0.6). Two observations are
duplicates when entity, metric, period, value and sources are all the same; the same fact with
another value from another source is a disagreement to keep, not a duplicate.
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from functools import lru_cache

from shingi.model import Event, Observation

TITLE_SIMILARITY = 0.6
#: Title comparisons allowed in a pack: this many, plus :data:`COMPARISONS_PER_EVENT` per event.
#: Real packs never come near it; a pack of thousands of near-random titles on one date would
#: (tens of millions), so past it titles are no longer compared (amounts still are).
MAX_TITLE_COMPARISONS = 1_000_000
COMPARISONS_PER_EVENT = 20


def bigrams(text: str) -> set[str]:
    """Character bigrams of a text after NFKC, case folding and dropping spaces and punctuation."""
    norm = "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())
    return {norm[i : i + 2] for i in range(len(norm) - 1)} or {norm}


@lru_cache(maxsize=1024)
def _frozen_bigrams(text: str) -> frozenset[str]:
    return frozenset(bigrams(text))


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the character bigrams of two texts (0..1). The bigrams of the last
    texts are kept: ingest compares each new title with the same earlier titles and pillar names."""
    x, y = _frozen_bigrams(a), _frozen_bigrams(b)
    return len(x & y) / len(x | y) if x | y else 1.0


def find_duplicate_events(events: list[Event]) -> list[tuple[Event, Event, str]]:
    """Each event that repeats an earlier one of the same date and actors, with the first such
    earlier event and why.

    Linear in practice even when thousands of events share a date and actors: amounts are
    looked up in a dict, and titles through a prefix-filter index over their bigrams (two sets
    with Jaccard >= t share a token among their ``|x| - ceil(t|x|) + 1`` rarest ones), so only
    titles that can reach the threshold are compared (within a budget linear in the events:
    :data:`MAX_TITLE_COMPARISONS`).
    """
    groups: dict[tuple[str, frozenset[str]], list[Event]] = defaultdict(list)
    for e in events:
        groups[(e.date.text, frozenset(e.actors))].append(e)
    found: list[tuple[Event, Event, str]] = []
    budget = [MAX_TITLE_COMPARISONS + COMPARISONS_PER_EVENT * len(events)]
    for group in groups.values():
        if len(group) < 2:
            continue
        by_amount: dict[tuple[str | None, float], int] = {}
        titles = {lang: _TitleIndex([getattr(e, f"title_{lang}") for e in group], budget)
                  for lang in ("ja", "en")}
        for i, b in enumerate(group):
            first: tuple[int, str] | None = None
            if b.amount is not None:
                key = (b.amount.unit, b.amount.value)
                if key in by_amount:
                    first = (by_amount[key], f"same date {b.date.text}, actors and amount")
                else:
                    by_amount[key] = i
            for index in titles.values():
                j = index.first_similar(i)
                if j is not None and (first is None or j < first[0]):
                    first = (j, f"same date {b.date.text} and actors, nearly the same title")
            if first is not None:
                found.append((group[first[0]], b, first[1]))
    return found


class _TitleIndex:
    """Titles (one per event, or None) indexed to find, for each, the first earlier one with
    bigram similarity >= :data:`TITLE_SIMILARITY`."""

    def __init__(self, titles: list[str | None], budget: list[int]):
        self.sets = [frozenset(bigrams(t)) if t else None for t in titles]
        freq: dict[str, int] = defaultdict(int)
        for x in self.sets:
            for tok in x or ():
                freq[tok] += 1
        self.prefixes: list[list[str]] = []
        for x in self.sets:
            if not x:
                self.prefixes.append([])
                continue
            need = math.ceil(TITLE_SIMILARITY * len(x) - 1e-9)
            ordered = sorted(x, key=lambda tok: (freq[tok], tok))
            self.prefixes.append(ordered[: len(x) - need + 1])
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.budget = budget  # shared by every group of the pack: [comparisons left]
        self.first_of: dict[frozenset[str], int] = {}  # the same title is found whatever the budget

    def first_similar(self, i: int) -> int | None:
        """The first title before ``i`` similar to title ``i`` (titles must be asked in order)."""
        x = self.sets[i]
        best: int | None = None
        if x and x in self.first_of:
            best = self.first_of[x]
        lists = [self.postings.get(tok, []) for tok in self.prefixes[i]] if x else []
        cost = sum(len(p) for p in lists)
        if x and cost <= self.budget[0]:
            self.budget[0] -= cost
            for j in sorted({j for p in lists for j in p}):
                y = self.sets[j]
                assert y is not None
                if len(x & y) / len(x | y) >= TITLE_SIMILARITY:
                    best = j if best is None else min(best, j)
                    break
            for tok in self.prefixes[i]:
                self.postings[tok].append(i)
        if x:
            self.first_of.setdefault(x, i)
        return best


def find_duplicate_observations(
    observations: list[Observation],
) -> list[tuple[Observation, Observation, str]]:
    first: dict[tuple[object, ...], Observation] = {}
    found: list[tuple[Observation, Observation, str]] = []
    for o in observations:
        value = o.category if o.value is None else (o.value.value, o.value.unit)
        key = (o.entity, o.metric, o.period.text, value, tuple(sorted(o.source)))
        if key in first:
            found.append((first[key], o, "same entity, metric, period, value and source"))
        else:
            first[key] = o
    return found
