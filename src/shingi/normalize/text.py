"""Text normalisation shared by every finder and cell parser.

``normalize`` is the one place where claim text, document text and pack cells are made
comparable: full-width digits and letters become ASCII, dashes and tildes get one spelling
each, whitespace collapses. Japanese text is otherwise left as it is.

All finders (``find_periods``, ``find_quantities``) normalise their input first and return
spans (``start``, ``end``) into ``normalize(text)``. When the caller passes text that is
already normalised (``normalize`` is idempotent), the spans index the caller's own string.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["COUNT_NOUNS_EN", "normalize", "text_language"]

# Characters that NFKC leaves alone but that mean the same as an ASCII character here.
TRANSLATE = _TRANSLATE = str.maketrans({
    # hyphens, en dash, figure dash, minus signs -> "-"
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-", "\u2796": "-",
    # em dash and horizontal bar are punctuation (a break in a sentence), not a hyphen
    "\u2015": "\u2014",
    # wave dash, tilde operator, swung dash -> "~" (Japanese ranges: 4〜6月 -> 4~6月)
    "\u301c": "~", "\u223c": "~", "\u2053": "~", "\u301d": '"', "\u301f": '"',
    # typographic quotes -> ASCII quotes (Japan’s -> Japan's)
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    # fraction slash (NFKC turns ½ into 1⁄2) and division slash -> "/"
    "\u2044": "/", "\u2215": "/",
    # multiplication sign: 7× -> 7x is left to the quantity finder, keep the sign itself
    # zero-width characters and the BOM vanish
    "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
})

_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFKC, one spelling for dashes, tildes and quotes, whitespace collapsed to one space.

    >>> normalize("２０２６年４月、　約１．６兆円（７０．７％）")
    '2026年4月、 約1.6兆円(70.7%)'
    >>> normalize("4〜6月期 – Japan’s")
    "4~6月期 - Japan's"

    Idempotent: ``normalize(normalize(s)) == normalize(s)``. Leading and trailing
    whitespace is removed; line breaks count as whitespace.
    """
    out = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    return _SPACES.sub(" ", out).strip()


#: English plural (and singular) nouns that make a number a count: "43 systems",
#: "6,128 GPUs". Shared by the period finder (a year followed by one is not a year) and
#: the quantity finder (the number gets unit "count"). Lower case.
COUNT_NOUNS_EN: frozenset[str] = frozenset(str.split("""
    gpu gpus cpu cpus tpu tpus chip chips accelerator accelerators server servers node nodes
    system systems supercomputer supercomputers machine machines unit units core cores
    company companies firm firms startup startups business businesses enterprise enterprises
    organization organizations organisations organisation institution institutions
    university universities lab labs laboratory laboratories
    people person persons employee employees worker workers researcher researchers
    engineer engineers scientist scientists student students user users customer customers
    member members job jobs
    model models parameter parameters params token tokens paper papers patent patents
    project projects site sites datacenter datacenters facility facilities country countries
    deal deals case cases item items product products program programs programme programmes
    vehicle vehicles robot robots device devices
"""))


_JA_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def text_language(texts: Iterable[str] | str) -> str | None:
    """ja when Japanese characters make up a tenth or more of the letters, en when there are
    letters and fewer, None when there are no letters at all ("2026", "1.6")."""
    joined = texts if isinstance(texts, str) else "".join(texts)
    letters = sum(ch.isalpha() for ch in joined)
    if not letters:
        return None
    return "ja" if len(_JA_CHARS.findall(joined)) >= 0.1 * letters else "en"
