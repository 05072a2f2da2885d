"""Fast look-ups over a loaded pack: by entity, metric, pillar, period, name and text.

This is what the diagnosis engine queries. It is built once per pack (``EvidenceIndex.of``
caches it on the pack object) and holds only ids and small tuples, so a pack of 100k events
and 100k observations stays well inside memory.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from shingi.model import Entity, Event, Metric, Observation, Pack, Period
from shingi.normalize.spellings import grouping_variants, one_spelling
from shingi.normalize.text import TRANSLATE, normalize


def fold(text: str) -> str:
    """The form names are matched in: NFKC, one spelling for dashes, tildes and quotes (as a
    claim is cleaned: 「第2次〜4次安倍政権」 is found in 「第2次~4次安倍政権」), case folded."""
    return unicodedata.normalize("NFKC", text).translate(TRANSLATE).casefold()


def text_keys(text: str) -> set[str]:
    """Search keys of a text: Latin words and character bigrams of everything else."""
    norm = fold(text)
    keys: set[str] = set()
    word: list[str] = []
    run: list[str] = []
    for ch in [*norm, " "]:
        if ch.isascii() and ch.isalnum():
            word.append(ch)
            if run:
                keys.update(_bigrams(run))
                run = []
        elif ch.isalnum():
            run.append(ch)
            if word:
                keys.add("".join(word))
                word = []
        else:
            if word:
                keys.add("".join(word))
                word = []
            if run:
                keys.update(_bigrams(run))
                run = []
    return keys


def _bigrams(chars: list[str]) -> set[str]:
    if len(chars) == 1:
        return {chars[0]}
    return {chars[i] + chars[i + 1] for i in range(len(chars) - 1)}


_PREPOSITION_ARTICLE = re.compile(r"(?i)\b(in|of|on|at|to|for|from|by) (?:the )?(?=[a-z])")


def article_variants(name: str) -> list[str]:
    """An English name of a measure as written and with "the" after each preposition added or
    left out: "not in labor force" is also found as "not in the labor force" (a linguistic
    reason: the article of a noun phrase after a preposition varies, the measure does not)."""
    if not name.isascii() or " " not in name:
        return [name]
    without = _PREPOSITION_ARTICLE.sub(lambda m: m.group(1) + " ", name)
    with_the = _PREPOSITION_ARTICLE.sub(lambda m: m.group(1) + " the ", name)
    return list(dict.fromkeys((name, without, with_the)))


_BALANCE_JA = re.compile(r"収支$")
_BALANCE_EN = re.compile(r"(?i)\bbalance\b(?! of\b)")


def side_variants(name: str) -> list[str]:
    """A balance's name said by one of its sides: 基礎的財政収支 as 基礎的財政黒字 / 基礎的財政赤字,
    "trade balance" as "trade surplus" / "trade deficit" (a linguistic reason: X黒字 and X赤字, an X
    surplus and an X deficit, are the X balance on either side of zero)."""
    if _BALANCE_JA.search(name):
        return [name[:-2] + "黒字", name[:-2] + "赤字"]
    if _BALANCE_EN.search(name):
        return [_BALANCE_EN.sub(word, name, count=1) for word in ("surplus", "deficit")]
    return []


def spelling_variants(name: str) -> list[str]:
    """A name as written, in the one spelling a claim is read in (``one_spelling``: 100,000人当たり
    -> 10万人当たり, 50 percent -> 50%), and with its digits grouped or not (1000人 / 1,000人): a
    claim is matched after it is respelled, so its names must be findable in that spelling too."""
    spelled = one_spelling(normalize(name))
    out = [name] if spelled == name else [name, spelled]
    return out + [v for v in grouping_variants(spelled) if v not in out]


_PLURAL_LAST = re.compile(r"(?i)(?<=[a-z]{3})(?<!s)(?<!u)(?<!i)s$")


def modifier_variants(name: str) -> list[str]:
    """An English name of two or more words as written, with its last word in the singular when
    it is a plural in -s ("truck drivers" -> "truck driver"), and each with its words joined by
    hyphens or spaces ("truck driver" / "truck-driver"): a group named as a modifier is written
    in the singular and often hyphenated ("the truck-driver job-openings ratio"; a linguistic
    reason: an English noun that modifies another is singular)."""
    if not name.isascii() or not re.search(r"[A-Za-z][ -][A-Za-z]", name):
        return [name]
    forms = [name, _PLURAL_LAST.sub("", name)]
    out: list[str] = []
    for f in forms:
        out += [f, f.replace("-", " "), f.replace(" ", "-")]
    return list(dict.fromkeys(out))


@dataclass(frozen=True, slots=True)
class NameHit:
    """A name of an entity or metric found in a text, with its span."""

    id: str
    name: str
    start: int
    end: int


class _NameTable:
    """Names (aliases) to ids, found in a text longest-first without overlaps."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._order: dict[tuple[str, str], tuple[object, ...]] = {}

    def add(self, name: str, ident: str, order: tuple[object, ...] = ()) -> None:
        """``order``: where the id stands among ids that share the name (its own name before an
        alias, then what its row says; never the id itself, which is opaque)."""
        key = fold(name).strip()
        if len(key) < 2 and not (key and not key.isascii()):
            return  # one Latin letter is too ambiguous to be a name
        if (key, ident) in self._order:
            self._order[(key, ident)] = min(self._order[(key, ident)], order)
            return
        self._order[(key, ident)] = order
        self.by_first[key[0]].append((key, ident))

    def freeze(self) -> None:
        for items in self.by_first.values():
            items.sort(key=lambda kv: (-len(kv[0]), kv[0], self._order[kv], kv[1]))

    def find(self, text: str, every: bool = False) -> list[NameHit]:
        """Names in the text, longest first over the whole text: the longest name covering a
        span wins and the shorter names overlapping it are dropped ("The Bank of England" is one
        name, not the alias "The Bank" and "England"; a linguistic reason: a name is read whole
        before its parts). ``every``: all the ids that share the name found there (an alias two
        measures have), not only the first."""
        norm = fold(text)
        found: list[list[NameHit]] = []
        for i in range(len(norm)):
            at: list[NameHit] = []
            for key, ident in self.by_first.get(norm[i], ()):
                if at and len(key) < at[0].end - at[0].start:
                    break
                if (
                    norm.startswith(key, i)
                    and _word_bounded(norm, i, i + len(key))
                    and not (len(key) == 1 and _inside_a_common_word(norm, i))
                ):
                    if not at:
                        at.append(NameHit(ident, text[i : i + len(key)], i, i + len(key)))
                        if not every:
                            break
                    elif ident not in {h.id for h in at}:
                        at.append(NameHit(ident, at[0].name, i, i + len(key)))
            if at:
                found.append(at)
        kept: list[list[NameHit]] = []
        for at in sorted(found, key=lambda a: (-(a[0].end - a[0].start), a[0].start)):
            if all(at[0].end <= k[0].start or k[0].end <= at[0].start for k in kept):
                kept.append(at)
        return [h for at in sorted(kept, key=lambda a: a[0].start) for h in at]


#: One name of a list: capitalised Latin words ("Los Angeles"), or a run of kanji or katakana
_LIST_ITEM = r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|[\u4e00-\u9fff\u30a0-\u30ffー]+)"
#: Between two names of a list: a comma, "and", 「、」「・」「と」「や」 (a claim writes them so)
_LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|\s*[、・とや／/]\s*)"
_LISTED_NAMES = re.compile(rf"{_LIST_ITEM}(?:{_LIST_SEPARATOR}{_LIST_ITEM})+")
_SEPARATOR = re.compile(_LIST_SEPARATOR)
#: In a pack's names a list may also be written with spaces or hyphens between one-word names
#: ("Tokyo Osaka and Nagoya", "Tokyo-Osaka-Nagoya areas")
_ONE_WORD_ITEM = r"[A-Z][\w'’]*"
_LISTED_WORDS_IN_A_NAME = re.compile(
    rf"{_ONE_WORD_ITEM}(?:(?:{_LIST_SEPARATOR}|[ -]+){_ONE_WORD_ITEM})+"
)


_SAID_AS_A_LIST = re.compile(r"[,、・/／&-]|\band\b|[とや]")


def _list_items(text: str) -> frozenset[str]:
    """The names of a list, folded (its separators and a last "and" left out)."""
    return frozenset(
        fold(i).strip() for i in re.split(rf"{_LIST_SEPARATOR}|-|[ ]+(?=[A-Z])", text) if i.strip()
    )


def _word_bounded(text: str, start: int, end: int) -> bool:
    """A Latin name must not be glued to other Latin letters or digits ("US" inside "USB")."""

    def latin(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()

    if latin(text[start]) and start > 0 and latin(text[start - 1]):
        return False
    return not (latin(text[end - 1]) and end < len(text) and latin(text[end]))


#: Common words that hold a kanji some packs use alone as a name (都 for Tokyo, 府, 道): inside
#: them it names nothing (「都道府県別で」 is no mention of Tokyo; 「京都」 is Kyoto).
_COMMON_WORDS_WITH_ONE_KANJI_NAMES = ("都道府県", "道府県", "都市", "首都", "京都", "都会", "都度")


def _inside_a_common_word(text: str, at: int) -> bool:
    """Whether the character at ``at`` is part of one of the common words above."""
    for word in _COMMON_WORDS_WITH_ONE_KANJI_NAMES:
        for k, ch in enumerate(word):
            if ch == text[at] and text.startswith(word, at - k) and at - k >= 0:
                return True
    return False


#: how many answers a per-text store (``kept_answer``) holds before it is emptied
TEXTS_KEPT = 4096

_K = TypeVar("_K")
_V = TypeVar("_V")


def kept_answer(store: dict[_K, _V], key: _K, read: Callable[[], _V]) -> _V:
    """``store[key]``, read and kept on a miss. The store is emptied when it holds ``TEXTS_KEPT``
    answers, so a long-running server's memory stays bounded (per-text answers: a statement's span
    is looked up by the parser, the look-up and several checks). A store kept with an index is one
    pack view's: nothing is kept across packs or as-of views."""
    found = store.get(key)
    if found is None:
        if len(store) >= TEXTS_KEPT:
            store.clear()
        found = store[key] = read()
    return found


class EvidenceIndex:
    """Look-ups by entity, metric, pillar, period, name and text over one pack."""

    def __init__(self, pack: Pack):
        self.pack = pack
        self.events_by_actor: dict[str, list[str]] = defaultdict(list)
        self.events_by_pillar: dict[str, list[str]] = defaultdict(list)
        self.obs_by_entity: dict[str, list[str]] = defaultdict(list)
        self.obs_by_metric: dict[str, list[str]] = defaultdict(list)
        self.obs_by_entity_metric: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.members: dict[str, list[str]] = defaultdict(list)  # country -> entities of it
        for e in pack.events.values():
            for a in e.actors:
                self.events_by_actor[a].append(e.id)
            if e.pillar:
                self.events_by_pillar[e.pillar].append(e.id)
        for o in pack.observations.values():
            self.obs_by_entity[o.entity].append(o.id)
            self.obs_by_metric[o.metric].append(o.id)
            self.obs_by_entity_metric[(o.entity, o.metric)].append(o.id)
        for ent in pack.entities.values():
            if ent.country:
                self.members[ent.country].append(ent.id)
        # events ordered by start day, for period queries
        ordered = sorted(pack.events.values(), key=lambda ev: ev.sort_key)
        self._starts = [ev.date.start for ev in ordered]
        self._ordered_ids = [ev.id for ev in ordered]
        self._longest = max((ev.date.days for ev in ordered), default=1)
        # names
        self.entity_names = _NameTable()
        for ent in pack.entities.values():
            for n in ent.names:
                order = (n not in (ent.name_ja, ent.name_en), ent.sort_key)
                for spelled in spelling_variants(n):
                    for variant in modifier_variants(spelled):
                        self.entity_names.add(variant, ent.id, order)
        self.entity_names.freeze()
        self._entity_hits: dict[str, list[NameHit]] = {}  # find_entities' answers by text
        self._lists: dict[frozenset[str], str] | None = None  # listed_groups: the lists in names
        self.metric_names = _NameTable()
        for m in pack.metrics.values():
            for n in m.names:
                for variant in article_variants(n):
                    for spelled in spelling_variants(variant):
                        self.metric_names.add(spelled, m.id, (n not in (m.name_ja, m.name_en), m.sort_key))
                for side in side_variants(n):
                    # after any name a measure is given (a measure of one side keeps its own)
                    for spelled in spelling_variants(side):
                        self.metric_names.add(spelled, m.id, (2, m.sort_key))
        self.metric_names.freeze()
        self._metric_hits: dict[tuple[str, bool], list[NameHit]] = {}  # find_metrics' answers
        # text search keys over event titles: built on the first search only (the engine's
        # retrieval keeps its own word index, so most runs never need this one)
        self._postings: dict[str, list[str]] | None = None
        self._n_docs = max(len(pack.events), 1)

    @classmethod
    def of(cls, pack: Pack) -> EvidenceIndex:
        """The index of a pack, built on first use and kept with the pack."""
        if not isinstance(pack.index_cache, cls):
            pack.index_cache = cls(pack)
        return pack.index_cache

    # --- look-ups -------------------------------------------------------------------

    def event(self, event_id: str) -> Event:
        return self.pack.events[event_id]

    def observation(self, obs_id: str) -> Observation:
        return self.pack.observations[obs_id]

    def entity(self, entity_id: str) -> Entity:
        return self.pack.entities[entity_id]

    def metric(self, metric_id: str) -> Metric:
        return self.pack.metrics[metric_id]

    def events_overlapping(self, period: Period) -> list[str]:
        """Ids of the events whose date overlaps the period, ordered by date."""
        return self.events_between(period.start, period.end)

    def events_between(self, start: date, end: date) -> list[str]:
        hi = bisect_right(self._starts, end)
        out: list[str] = []
        for i in range(hi - 1, -1, -1):
            if (start - self._starts[i]).days > self._longest:
                break
            ev = self.pack.events[self._ordered_ids[i]]
            if ev.date.end >= start:
                out.append(ev.id)
        out.reverse()
        return out

    def events_within(self, period: Period) -> list[str]:
        """Ids of the events whose date lies inside the period."""
        return [i for i in self.events_overlapping(period) if period.contains(self.pack.events[i].date)]

    def events_of(self, entity_id: str, include_members: bool = False) -> list[str]:
        """Events with the entity among their actors (and, if asked, its member companies)."""
        ids = list(self.events_by_actor.get(entity_id, ()))
        if include_members:
            for member in self.members.get(entity_id, ()):
                ids.extend(self.events_by_actor.get(member, ()))
            ids = sorted(set(ids), key=lambda i: (self.pack.events[i].date.start, i))
        return ids

    def observations(self, entity: str | None = None, metric: str | None = None) -> list[str]:
        if entity is not None and metric is not None:
            return list(self.obs_by_entity_metric.get((entity, metric), ()))
        if entity is not None:
            return list(self.obs_by_entity.get(entity, ()))
        if metric is not None:
            return list(self.obs_by_metric.get(metric, ()))
        return list(self.pack.observations)

    def find_entities(self, text: str) -> list[NameHit]:
        """Entity names (ids, names, aliases in any language) in a text, longest first.

        Answers are kept per text (``kept_answer``)."""
        hits = kept_answer(self._entity_hits, text, lambda: self.entity_names.find(text))
        return list(hits)

    def listed_groups(self, text: str) -> list[tuple[str, int, int]]:
        """The entities a text names by the list of their members (entity id, start, end): "Tokyo,
        Osaka and Nagoya areas", 「札幌・仙台・広島・福岡」 are the entity one of whose names or
        aliases lists the same names, in any order and with any separators ("Three major
        metropolitan areas (Tokyo, Osaka, Nagoya)", 「東京圏・大阪圏・名古屋圏」 no: 東京圏 is
        not 東京). Two names at least, all of the entity's list, and one entity only: a list two
        entities share, or a part of a list ("Tokyo and Osaka"), names none (a linguistic reason: a
        coordinated list of names refers to the group they make up)."""
        if self._lists is None:
            by_items: dict[frozenset[str], set[str]] = defaultdict(set)
            for ent in self.pack.entities.values():
                for name in ent.names:
                    for pattern in (_LISTED_NAMES, _LISTED_WORDS_IN_A_NAME):
                        for m in pattern.finditer(name):
                            items = _list_items(m.group(0))
                            # names side by side with only spaces are one name ("Tokyo Metropolis")
                            if len(items) >= 2 and _SAID_AS_A_LIST.search(m.group(0)):
                                by_items[items].add(ent.id)
            self._lists = {k: next(iter(v)) for k, v in by_items.items() if len(v) == 1}
        if not self._lists:
            return []
        out = []
        for m in _LISTED_NAMES.finditer(text):
            # the list may start later than the match: a word before it is glued on by the
            # separator (「2023年、札幌、仙台…」: 年 is no name of the list)
            starts = [m.start(), *(m.start() + s.end() for s in _SEPARATOR.finditer(m.group(0)))]
            for start in starts[:-1]:
                found = self._lists.get(_list_items(text[start : m.end()]))
                if found is not None:
                    out.append((found, start, m.end()))
                    break
        return out

    def find_metrics(self, text: str, every: bool = False) -> list[NameHit]:
        """Metric names in the text; ``every``: each measure a shared alias names (「無効票」 for
        both the constituency and the list vote), not only the first. Answers are kept per text,
        as ``find_entities``' are."""
        hits = kept_answer(self._metric_hits, (text, every), lambda: self.metric_names.find(text, every))
        return list(hits)

    def search_events(self, text: str, limit: int = 20) -> list[tuple[str, float]]:
        """Events ranked by the idf-weighted overlap of their title keys with the text."""
        if self._postings is None:
            postings: dict[str, list[str]] = defaultdict(list)
            for ev in self.pack.events.values():
                keys: set[str] = set()
                for t in (ev.title_ja, ev.title_en, ev.kind):
                    if t:
                        keys |= text_keys(t)
                for k in keys:
                    postings[k].append(ev.id)
            self._postings = dict(postings)
        scores: dict[str, float] = defaultdict(float)
        for key in text_keys(text):
            posting = self._postings.get(key)
            if not posting:
                continue
            idf = math.log(1 + self._n_docs / len(posting))
            for ev_id in posting:
                scores[ev_id] += idf
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked[:limit]
