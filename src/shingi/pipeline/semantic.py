"""Semantic similarity for the last-resort measure linker (docs/verdict-rules.md §8).

A claim may name a measure the pack holds in words the pack does not contain at all ("people
without a home" for a homelessness count, "trips to convenience stores" for footfall). When every
word-based linker has found nothing, ``Lookup.semantic_measure`` compares the clause with each
measure's English names by the cosine of their sentence embeddings.

The embeddings come from ``wordllama`` (the optional extra ``semantic``): a static token-embedding
model whose weights ship inside the wheel. It is loaded lazily, once a process, from the package's
own folder with downloads disabled: nothing is fetched at run time. Without the library (or its
weights) :func:`embedder` is None and the linker abstains, so behaviour is exactly as without this
module. The model is weak on Japanese: the linker reads English clauses only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

#: embed(texts) -> one L2-normalised vector a text (a numpy array of shape (len(texts), dim))
Embedder = Callable[[Sequence[str]], Any]

#: A figure, with its decimal marks and a unit sign stuck to it: no word of a measure
_FIGURE = re.compile(r"[£$€¥]?\d[\d.,]*\s*(?:%|[A-Za-z]{0,2}\b)?")
#: an English word
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
#: Words that say nothing of what is measured: function words and pronouns, words of time, of
#: size and of change, units and months (a clause of them alone, "about 36% more than the year
#: before", names no measure)
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_EMPTY_WORDS = _word_set(
    """a an the of in on at to for by from with and or but as is are was were be been being has have
    had do did does it its this that these those their them they there than then who whom which what
    when where while about around some over under more less fewer most least nearly almost just only
    still now last next year years month months week weeks day days quarter per into up down out off
    since until before after during each every all any no not yet also so such very much many one
    two three four five six seven eight nine ten hundred thousand million billion trillion percent
    per cent rise rose risen fall fell fallen grew grow growth increase increased decrease decreased
    drop dropped up higher lower high low record again same previous earlier later ago first second
    third half quarter new old already even ever never would will could can may might should said
    says say according i you we he she our your his her my me us"""
) | _word_set(
    # units and months: they say how a figure is given and when, not what it measures
    """yen euro euros dollar dollars cent cents pound pounds percentage points point minutes minute
    hours hour seconds january february march april may june july august september october november
    december"""
)


@lru_cache(maxsize=1)
def embedder() -> Embedder | None:
    """The sentence embedder, loaded once; None when ``wordllama`` or its bundled weights are not
    installed (the linker then abstains)."""
    return _load_wordllama()


def _load_wordllama() -> Embedder | None:
    try:
        from pathlib import Path

        import wordllama
        from wordllama import WordLlama
    except ImportError:
        return None
    try:
        # the weights and tokenizer inside the wheel; never the network (the default tries it)
        model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    except (OSError, ValueError):
        return None

    def embed(texts: Sequence[str]) -> Any:
        return model.embed(list(texts), norm=True)

    return embed


def measure_words(text: str) -> list[str]:
    """The English words of a clause that may say what it measures: figures, function words and
    words of time, size and change left out."""
    words = _WORD.findall(_FIGURE.sub(" ", text))
    return [w for w in words if w.casefold() not in _EMPTY_WORDS and len(w) > 2]
