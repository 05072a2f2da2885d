"""Likely-duplicate events are found as before, and in time linear in practice (issue 13: validate
must not be quadratic when many events share a date and actors)."""

from __future__ import annotations

import random
import string
import time
from datetime import date
from pathlib import Path

import pytest

from pack_builder import EVENTS, csv_text, write_pack
from shingi.ingest.merge import merge_draft
from shingi.model import Event, Period, Quantity
from shingi.pack.duplicates import TITLE_SIMILARITY, find_duplicate_events, similarity


def brute_force(events: list[Event]) -> list[tuple[str, str, str]]:
    """The definition, pair by pair: the first earlier event of the same date and actors with the
    same amount or a nearly identical title in the same language."""
    out = []
    for i, b in enumerate(events):
        for a in events[:i]:
            if (a.date.text, frozenset(a.actors)) != (b.date.text, frozenset(b.actors)):
                continue
            if a.amount and b.amount and (a.amount.unit, a.amount.value) == (b.amount.unit, b.amount.value):
                out.append((a.id, b.id, "amount"))
                break
            if any((ta := getattr(a, f"title_{lang}")) and (tb := getattr(b, f"title_{lang}"))
                   and similarity(ta, tb) >= TITLE_SIMILARITY for lang in ("ja", "en")):
                out.append((a.id, b.id, "title"))
                break
    return out


def event(i: int, day: int, actors: tuple[str, ...], title_ja: str | None, title_en: str | None,
          amount: float | None) -> Event:
    d = date(2026, 4, day)
    return Event(f"e{i}", Period(d, d, "day", d.isoformat()), None, actors, "", title_ja, title_en,
                 Quantity(amount, "JPY") if amount is not None else None, ("s1",), 2, None, i)


def test_same_pairs_as_the_definition_on_random_packs() -> None:
    rng = random.Random(13)
    words_ja = ["日本", "投資", "発表", "政府", "計画", "半導体", "支援", "開始"]
    words_en = ["Japan", "invests", "plan", "chips", "launch", "model", "fund"]
    for _ in range(30):
        events = []
        for i in range(60):
            ja = "".join(rng.choices(words_ja, k=rng.randint(1, 4))) if rng.random() < .7 else None
            en = " ".join(rng.choices(words_en, k=rng.randint(1, 4))) if rng.random() < .5 else None
            amount = rng.choice([None, 1.0, 2.0, 3.0])
            actors = rng.choice([("a",), ("b",), ("a", "b")])
            events.append(event(i, rng.randint(1, 2), actors, ja, en, amount))
        found = [(a.id, b.id, "amount" if "amount" in why else "title")
                 for a, b, why in find_duplicate_events(events)]
        assert sorted(found, key=lambda t: int(t[1][1:])) == brute_force(events)


def test_thousands_of_events_on_one_date_are_checked_quickly() -> None:
    rng = random.Random(1)
    events = [event(i, 1, ("acme",), None, "".join(rng.choices(string.ascii_lowercase, k=20)), None)
              for i in range(20_000)]
    start = time.process_time()
    assert find_duplicate_events(events) == []
    assert time.process_time() - start < 20  # pair by pair this was 16 s for 2,000 and hours for 20,000


@pytest.mark.slow
def test_a_merge_of_thousands_of_events_on_one_date_stays_fast_and_finds_repeats(tmp_path: Path) -> None:
    rng = random.Random(2)
    rows = [[*EVENTS[0], "status"]]
    for i in range(3000):
        title = "".join(rng.choices(string.ascii_lowercase, k=20))
        rows.append([f"x{i}", "2026-04", "policy", "acme", "policy", "", title, "", "", "s1", "", "",
                     "reviewed"])
    draft_yaml = "id: draft\ntitle: {en: D}\nlanguage: en\npillars:\n  - id: policy\n    name: {en: P}\n"
    draft = write_pack(tmp_path / "draft", events_csv=csv_text(rows), pack_yaml=draft_yaml, claims_yaml=None,
                       observations_csv=None)
    pack = write_pack(tmp_path / "pack")
    start = time.process_time()
    first = merge_draft(draft, pack)
    again = merge_draft(draft, pack)  # every row is now in the pack: all of them are repeats
    assert time.process_time() - start < 60
    assert len(first.events) == 3000 and not again.events and len(again.duplicates) == 3000
