"""Likely duplicate facts: the same thing written twice (the reference report prints two of its
items twice). They are warnings, not errors: an analyst decides.

Two events are likely duplicates when they share a date and actors and either the same amount
or titles that are nearly the same (character bigrams, Jaccard >= 0.6). Two observations are
duplicates when entity, metric, period, value and sources are all the same; the same fact with
another value from another source is a disagreement to keep, not a duplicate.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from shingi.model import Event, Observation

TITLE_SIMILARITY = 0.6


def bigrams(text: str) -> set[str]:
    """Character bigrams of a text after NFKC, case folding and dropping spaces and punctuation."""
    norm = "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())
    return {norm[i : i + 2] for i in range(len(norm) - 1)} or {norm}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the character bigrams of two texts (0..1)."""
    x, y = bigrams(a), bigrams(b)
    return len(x & y) / len(x | y) if x | y else 1.0


def find_duplicate_events(events: list[Event]) -> list[tuple[Event, Event, str]]:
    groups: dict[tuple[str, frozenset[str]], list[Event]] = defaultdict(list)
    for e in events:
        groups[(e.date.text, frozenset(e.actors))].append(e)
    found: list[tuple[Event, Event, str]] = []
    for group in groups.values():
        for i, b in enumerate(group):
            for a in group[:i]:
                why = _same_event(a, b)
                if why:
                    found.append((a, b, why))
                    break
    return found


def _same_event(a: Event, b: Event) -> str | None:
    if a.amount and b.amount and a.amount.unit == b.amount.unit and a.amount.value == b.amount.value:
        return f"same date {a.date.text}, actors and amount"
    for lang in ("ja", "en"):
        ta, tb = getattr(a, f"title_{lang}"), getattr(b, f"title_{lang}")
        if ta and tb and similarity(ta, tb) >= TITLE_SIMILARITY:
            return f"same date {a.date.text} and actors, nearly the same title"
    return None


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
