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

__all__ = ["COUNT_NOUNS_EN", "ORDINAL_WORDS", "is_count_noun", "normalize", "ordinal_number", "text_language"]

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


#: General English count nouns, singular and plural, of people, organisations and things in
#: general ("1 company", "300 employees", "12 units"). No subject field's words: any other
#: plural noun after a number also counts (``is_count_noun``), but a year followed by one of
#: these is not a year ("2000 employees"), which a bare plural cannot decide ("2024 results").
#: Lower case.
COUNT_NOUNS_EN: frozenset[str] = frozenset(str.split("""
    people person persons employee employees worker workers staff member members user users
    customer customers student students resident residents household households family families
    job jobs company companies firm firms business businesses organization organizations
    organisation organisations institution institutions unit units item items case cases
    site sites facility facilities country countries home homes product products project projects
    system systems
"""))

#: Plural words after a number that measure rather than count, and plural-looking function words:
#: "40 years" is a duration, "10 tons" a weight, "5 percent" a share, "256,000 in December, as"
#: no noun at all.
_NOT_COUNTED = frozenset(str.split("""
    years months weeks days hours minutes seconds decades centuries quarters halves times
    points percents cents dollars euros pounds yen yuan rupees tons tonnes meters metres
    kilometers kilometres miles feet inches yards acres hectares barrels liters litres gallons
    grams kilograms kilos ounces degrees watts bytes bits thousands millions billions trillions
    hundreds dozens tens others ones terms levels basis its this his hers ours yours theirs was has
    does is as us yes always perhaps whereas besides towards afterwards sometimes thus plus minus
    versus previous various less unless across remains stands compares means reflects represents
    includes rises falls grows totals equals follows comes shows seems appears goes makes
"""))
_PLURAL = re.compile(r"[a-z][a-z-]*[a-z]s")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_IRREGULAR_PLURALS = frozenset(("people", "children", "men", "women", "staff", "personnel", "police"))


def is_count_noun(word: str) -> bool:
    """Whether an English word after a number makes it a count: a general count noun
    (``COUNT_NOUNS_EN``), an irregular plural (people, children), an acronym's plural (GPUs) or
    any lower-case plural that is no measure, time or function word ("43 systems", "256,000
    jobs", "12 stores"; not "40 years", "10 tons", "as", "its")."""
    low = word.lower()
    if low in COUNT_NOUNS_EN or low in _IRREGULAR_PLURALS or _ACRONYM_PLURAL.fullmatch(word):
        return True
    if low in _NOT_COUNTED or low.endswith(("ss", "us", "is", "ous")):
        return False
    return bool(_PLURAL.fullmatch(word)) and len(word) >= 3


_JA_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def text_language(texts: Iterable[str] | str) -> str | None:
    """ja when Japanese characters make up a tenth or more of the letters, en when there are
    letters and fewer, None when there are no letters at all ("2026", "1.6")."""
    joined = texts if isinstance(texts, str) else "".join(texts)
    letters = sum(ch.isalpha() for ch in joined)
    if not letters:
        return None
    return "ja" if len(_JA_CHARS.findall(joined)) >= 0.1 * letters else "en"


#: English ordinal words and the place each names
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}
_DIGIT_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")


def ordinal_number(word: str) -> int | None:
    """The place an English ordinal names, as a word or in digits ("third" 3, "Twelfth" 12,
    "4th" 4), or None. The one table of ordinals for parsing, ingest and the checks."""
    w = word.strip().lower()
    digits = _DIGIT_ORDINAL.fullmatch(w)
    return int(digits.group(1)) if digits else ORDINAL_WORDS.get(w)
