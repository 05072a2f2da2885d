"""The thing a clause measures, by the head noun of its subject (docs/verdict-rules.md §4.13, "A
thing the pack does not measure"): 「全国のクマの推定生息数は8万頭を超えている」 speaks of a
population; a measure matched only by the words around that noun (「クマの捕獲数」 by クマ and 数)
is a neighbour, not the thing said, when no measure of the pack has the noun in its names,
aliases or definition.
"""

from __future__ import annotations

import re
from dataclasses import replace

from shingi.model import Metric, Pack
from shingi.pack.index import EvidenceIndex
from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.measure_words import GENERIC_EN, GENERIC_JA
from shingi.pipeline.claims.statement import Statement
from shingi.pipeline.morphology import Token, has_japanese, tokenize, word_keys

#: The Japanese particle that closes a clause's topic (が often closes a relative clause's subject
#: instead: 「家が全壊した被災者には」)
_SUBJECT_PARTICLES_JA = frozenset({"は"})
_NOUN_POS = ("名詞", "接頭辞", "接尾辞")
#: The English verbs that close a clause's subject ("Japan's bear population is …")
_SUBJECT_END_EN = re.compile(r"(?i)\b(?:is|are|was|were)\b")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_ATTR = "_shingi_measure_words"


def unmeasured_subject(st: Statement, pack: Pack) -> Statement:
    """The statement with no measure when the head noun of its subject is a word no measure of
    the pack has (in its names, aliases or definition), and its measures were matched only in
    part (none named whole in the clause, none carried from the clause before): a missing measure
    is not replaced by a neighbour that shares the words around it (a linguistic reason: the head
    of a noun phrase says what it is; 推定生息数 is a number of bears living, not of bears
    captured). The statement is then left to the event test, which finds nothing to settle it."""
    if not st.metrics or "metric" in st.inherited or st.kind not in ("metric", "share"):
        return st  # 「インバウンド回復の転換点は2021年7月」: a turning point is no value of a measure
    index = EvidenceIndex.of(pack)
    if {h.id for h in index.find_metrics(st.span, every=True)} & set(st.metrics):
        return st
    if st.verbs:
        return st  # 「…電源法は2023年5月に成立した」: an act is the event test's, whatever its topic
    said = word_keys(st.span)
    if not any(said & _measure_words_of(pack.metrics[m]) for m in st.metrics if m in pack.metrics):
        return st  # a measure found by the figure's unit alone (「為替レートは1ドル=145円」): not a neighbour
    head = _head_noun(st.span, [(e.start, e.end) for e in index.find_entities(st.span)])
    keys = _keys_of(head) if head else frozenset()
    if not head or not keys or keys & _measure_words(pack, index):
        return st
    return replace(st, unmeasured=head)


def _keys_of(head: str) -> frozenset[str]:
    """The keys of a head: each word of a Japanese compound on its own (a key of any of them
    covered means the pack measures something of that name), the English word's keys."""
    if has_japanese(head):
        return frozenset().union(*(word_keys(t.surface) for t in tokenize(head)))
    return word_keys(head)


def _measure_words_of(metric: Metric) -> frozenset[str]:
    return frozenset().union(*(word_keys(t) for t in metric.names))


def _measure_words(pack: Pack, index: EvidenceIndex) -> frozenset[str]:
    """The word keys of every measure's names, aliases and definition (built once per pack)."""
    found = getattr(index, _ATTR, None)
    if not isinstance(found, frozenset):
        # and the titles of its events: a thing an event speaks of (「関税：ボルト7.8%」) is one the
        # pack holds, its figure read from the title
        texts = [t for m in pack.metrics.values() for t in (*m.names, m.definition or "")]
        texts += [t for e in pack.events.values() for t in (e.title_ja or "", e.title_en or "")]
        found = frozenset().union(*(word_keys(t) for t in texts))
        setattr(index, _ATTR, found)
    return found


def _head_noun(span: str, names: list[tuple[int, int]]) -> str | None:
    """The last noun of the clause's subject that is no generic word (数, 件, number, level) and
    no part of a name: in Japanese the compound right before the first は or が
    (「クマの推定生息数は」 → 生息), in English the word right before the first copula or
    auxiliary ("Japan's bear population is" → population)."""
    if has_japanese(span):
        toks = [t for t in tokenize(span) if t.pos != "空白"]
        for i, t in enumerate(toks):
            if t.pos != "助詞" or t.surface not in _SUBJECT_PARTICLES_JA:
                continue
            run: list[Token] = []
            for prev in reversed(toks[:i]):
                if prev.pos not in _NOUN_POS or prev.pos2 == "数詞" or any(c.isdigit() for c in prev.surface):
                    break
                run.insert(0, prev)
            if not run or any(a < tok.end and tok.start < b for tok in run for a, b in names):
                return None
            # the compound is the name of the thing (「推定生息数」, 「為替レート」): its nouns are
            # read together, and the compound is unmeasured only when none of them is a measure's
            nouns = [t.surface for t in run if not {t.surface, t.lemma} & GENERIC_JA]
            head = "".join(n for n in nouns if n not in lx.STOPWORDS_JA)
            # one kanji (市, 都) is too short to name a thing the pack lacks (as a one-kanji alias
            # names nothing inside a common word, §4.13)
            return head if len(head) >= 2 else None
        return None
    end = _SUBJECT_END_EN.search(span)
    if end is None:
        return None
    words = list(_EN_WORD.finditer(span[: end.start()]))
    if not words:
        return None
    last = words[-1]
    word = last.group(0).casefold()
    opened = [w.group(0).casefold() for w in words[-4:-1]]
    if not any(w.endswith(("'s", "’s")) or w in ("the", "its", "their") for w in opened):
        return None  # "Norland's bear population is", "the bear population was": a noun phrase
    if (
        word in GENERIC_EN
        or word.removesuffix("'s") in lx.STOPWORDS_EN
        or word.endswith(("'s", "’s", "s'"))
        or any(a < last.end() and last.start() < b for a, b in names)
    ):
        return None
    return word
