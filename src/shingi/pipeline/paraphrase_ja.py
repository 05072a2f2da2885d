"""Japanese words for a measure that the pack writes another way (docs/verdict-rules.md §3, "Japanese
paraphrases of a measure's name"): a native verb said for a Sino-Japanese noun (「倒れた企業の数」 for
企業倒産件数).

A writer who rewords a measure's Sino-Japanese noun often says it by a native verb in a relative
clause on the thing counted: 「倒れた企業」 (倒産した企業), 「顧客に渡した機体」 (引き渡し機数),
「パナマ運河を通った船」 (通航数), 「空いている部屋」 (空室), 「海外に出ていった鋼材」 (鋼材輸出). The
native verb
is written with the kanji that carries the same meaning in the Sino-Japanese noun (the kun and on
readings of one character: 倒れる / 倒産, 渡す / 引き渡し, 通る / 通航, 空く / 空室, 出る / 輸出; a linguistic
reason, not a list of topics). This module reads such a verb and gives the nouns of the pack's
measure names that share its kanji, as the words the clause says of a measure
(``morphology.Paraphrase``); ``retrieve.Lookup.paraphrased_measure`` then links a measure only when
the clause's words cover one of its names with them and no other measure fits as well.

Only a verb that modifies the noun after it (a relative clause: 「倒れた企業」, 「着いたのは」) is read: a
verb that ends its clause says what happened, not what is counted. A verb of change or comparison
(上回る, 減る, 超える: ``lexicon.UP`` / ``DOWN`` / ``EXCEED`` / ``TRAIL``) says how a value moved, not
what it measures, and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from shingi.pipeline import lexicon as lx
from shingi.pipeline.morphology import Paraphrase, Token, content_keys, has_japanese, tokenize

__all__ = ["relative_verbs", "said_in_synonyms", "verb_nouns"]

_KANJI = re.compile(r"[\u4e00-\u9fff]")
#: the cue lists of a move or a comparison: a verb inside one of their hits is not read
_MOVES = (lx.UP, lx.DOWN, lx.EXCEED, lx.TRAIL)


def _auxiliary(tok: Token) -> bool:
    """An auxiliary between a verb and the noun its clause modifies: た, れる, ない (助動詞), the
    て of 「出ていった」 and the helper verbs after it (いる, いく, しまう)."""
    if tok.pos == "助動詞":
        return True
    if tok.pos == "動詞" and tok.pos2 == "非自立可能" and not _KANJI.search(tok.surface):
        return True
    return tok.pos == "助詞" and tok.pos2 == "接続助詞" and tok.surface in ("て", "で")


@lru_cache(maxsize=4096)
def relative_verbs(text: str) -> tuple[Token, ...]:
    """The verbs of a Japanese text written with a kanji that modify the noun after them (a
    relative clause: 「倒れた企業」, 「空いている部屋」, 「着いたのは」), not those of a move or a
    comparison (``_MOVES``)."""
    if not has_japanese(text):
        return ()
    moved = [(h.start, h.end) for cue in _MOVES for h in lx.find(cue, text)]
    toks = tokenize(text)
    out: list[Token] = []
    for i, tok in enumerate(toks):
        if tok.pos != "動詞" or not _KANJI.search(tok.lemma):
            continue
        if any(a <= tok.start < b for a, b in moved):
            continue
        j = i + 1
        while j < len(toks) and _auxiliary(toks[j]):
            j += 1
        if j == i + 1 or j >= len(toks):
            continue  # the bare stem is a 連用形 that continues the clause; a tense mark ends it
        head = toks[j]
        if (head.pos == "名詞" and head.pos2 != "数詞") or (head.pos == "助詞" and head.pos2 == "準体助詞"):
            out.append(tok)
    return tuple(out)


def verb_nouns(text: str, nouns: Iterable[str]) -> Paraphrase:
    """The nouns among ``nouns`` (the Japanese nouns of the pack's measure names and aliases) that
    share a kanji with a verb of ``text``'s relative clauses (``relative_verbs``), as the words the
    clause says of a measure: their keys, as heads too, and the direction of motion the verb's
    kanji says (出る out, 入る in: ``lexicon.MOTION_DIRECTION_JA``). Empty when there are none."""
    verbs = relative_verbs(text)
    if not verbs:
        return Paraphrase(frozenset(), frozenset(), frozenset())
    keys: set[str] = set()
    directions: set[str] = set()
    for verb in verbs:
        chars = set(_KANJI.findall(verb.lemma))
        # not a noun of a move (上昇 of 建ち上がる's 上): a move says how a value went, no measure
        found = [
            n for n in nouns
            if len(n) >= 2 and chars & set(n) and n not in text and not any(lx.has(c, n) for c in _MOVES)
        ]
        for noun in found:
            keys |= content_keys(noun)
        if found:
            directions |= {lx.MOTION_DIRECTION_JA[c] for c in chars if c in lx.MOTION_DIRECTION_JA}
    return Paraphrase(frozenset(keys), frozenset(keys), frozenset(directions))



#: the adjectival suffix of a noun (最終的な of 最終): the noun before it modifies as in a compound
_ADJECTIVAL = "的"


def name_words(text: str) -> list[Token]:
    """The nouns of a measure's name (its owners' names blanked by the caller), not a figure."""
    return [t for t in tokenize(text) if t.pos == "名詞" and t.pos2 != "数詞"]


def _meets(tok: Token, word: Token) -> int:
    """How a clause's token says a noun of a name: 2 the same word (its surface, its normalized
    form, or its adjectival form: 最終的 for 最終), 1 another word of its Sudachi synonym group, 0
    neither. A synonym of an action noun (サ変可能) is none: an action's nouns tell an act from the
    state it leaves (採用 hires and 雇用 employment share a group: a flow and a stock)."""
    if tok.pos != "名詞" or tok.pos2 == "数詞":
        return 0
    if tok.surface == word.surface or tok.normalized == word.normalized:
        return 2
    if tok.surface == word.surface + _ADJECTIVAL:
        return 2
    if "サ変可能" in (tok.pos3, word.pos3) or "固有名詞" in (tok.pos2, word.pos2):
        return 0
    return 1 if set(tok.synonyms) & set(word.synonyms) else 0


def _joins(tok: Token) -> bool:
    """A word between two nouns of one noun phrase: の, or the copula な after an adjectival noun
    (最終的なもうけ)."""
    return (tok.pos == "助詞" and tok.surface == "の") or (tok.pos == "助動詞" and tok.surface == "な")


def said_in_synonyms(text: str, name: str) -> tuple[int, int, tuple[tuple[str, frozenset[int]], ...]] | None:
    """Where a Japanese measure name of two nouns or more is said in ``text`` word for word, one
    of its nouns at least by another word of its Sudachi synonym group (「家の値段」 for 住宅価格:
    家 / 住宅, 値段 / 価格; 「紙の本」 for 紙の書籍; 「最終的なもうけ」 for 最終利益): the clause's
    nouns in the name's order, each right after the one before or after an の (or the な of an
    adjectival noun) between them, one noun phrase as the name is one (``_meets``, ``_joins``),
    and no noun right after it (the phrase's head would be another word). A name of one noun is
    never so said: a one-word synonym is loose (Sudachi's group of 利益 holds 収益, profit and
    revenue), a phrase of two pins it. The span of the first such phrase and, for each of the
    name's words said by a synonym, the word and the synonym groups they share; or None."""
    if not has_japanese(name):
        return None
    return said_in_synonym_words(text, name_words(name))


def said_in_synonym_words(
    text: str, wanted: Sequence[Token]
) -> tuple[int, int, tuple[tuple[str, frozenset[int]], ...]] | None:
    """``said_in_synonyms`` with the name's nouns already read (``name_words``): a pack reads each
    of its names once, not once for every clause it looks up."""
    if len(wanted) < 2 or not has_japanese(text):
        return None
    toks = tokenize(text)
    for i in range(len(toks)):
        j, synonyms = i, []  # (the name's word, the groups shared)
        for k, word in enumerate(wanted):
            if k and j < len(toks) and _joins(toks[j]):
                j += 1
            met = _meets(toks[j], word) if j < len(toks) else 0
            if not met:
                break
            if met == 1:
                synonyms.append((word.surface, frozenset(toks[j].synonyms) & frozenset(word.synonyms)))
            j += 1
        else:
            if synonyms and not (j < len(toks) and toks[j].pos == "名詞"):
                return toks[i].start, toks[j - 1].end, tuple(synonyms)
    return None
