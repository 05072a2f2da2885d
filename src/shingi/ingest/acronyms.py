"""Acronyms that Sudachi's dictionary files as common nouns (AI, GPU, GDP, CEO), without Sudachi.

Ingest asks whether a capitalised acronym alone names someone (``BLS``, ``TSMC``) or is a common
noun (``AI``, ``GDP``); the answer is Sudachi's dictionary's (see ``owners.generic_acronym``).
Loading Sudachi for that costs ~80 MB and 0.2 s, which an English-only document should not pay,
so the answer is precomputed for every acronym of one to five letters A-Z and shipped as
``common_acronyms.txt`` (one a line). Longer acronyms, and ones with digits or symbols, are names.

Regenerate after a Sudachi dictionary upgrade (``tests/test_ingest_acronyms.py`` checks the file
against the installed dictionary)::

    PYTHONPATH=src python -m shingi.ingest.acronyms --write
"""

from __future__ import annotations

import itertools
import string
import sys
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("common_acronyms.txt")
#: The longest acronym the table answers for (26**5 candidates are looked up when it is made).
MAX_LETTERS = 5


@lru_cache(maxsize=1)
def common_acronyms() -> frozenset[str]:
    """The shipped table."""
    return frozenset(TABLE.read_text(encoding="utf-8").split())


def is_common_acronym(word: str) -> bool:
    """Whether an acronym of letters A-Z is one common noun in Sudachi's dictionary."""
    return word in common_acronyms()


def sudachi_says_common(word: str) -> bool:
    """The rule the table holds: Sudachi reads the word as one known common noun."""
    from shingi.pipeline.morphology import tokenize

    toks = tokenize(word)
    return len(toks) == 1 and toks[0].pos2 == "普通名詞" and not toks[0].oov


def compute() -> list[str]:
    """Every acronym of 1..MAX_LETTERS letters that Sudachi reads as one common noun.

    The dictionary's indexed lookup screens the 12 million candidates (only words with an entry
    can be one known token); the tokenizer then decides, as at run time."""
    from sudachipy import Dictionary

    lookup = Dictionary().lookup
    out: list[str] = []
    for n in range(1, MAX_LETTERS + 1):
        for letters in itertools.product(string.ascii_uppercase, repeat=n):
            word = "".join(letters)
            if len(lookup(word)) and sudachi_says_common(word):
                out.append(word)
    return out


def main(argv: list[str]) -> int:
    if argv != ["--write"]:
        print(__doc__)
        return 2
    words = compute()
    TABLE.write_text("".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{TABLE}: {len(words)} acronyms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
