"""English idioms that name a measure's noun (docs/verdict-rules.md §4.13, "A measure named by an
English idiom").

A closed class of the language, not of any topic: phrasal verbs and fixed phrases whose meaning is
one word that a measure's name uses — "ended the year in the red" / "red ink" is a loss, "went bust"
/ "went under" a bankruptcy, "called off" a cancellation, "sent abroad" an export. Each row reads the
phrase and gives the nouns English names the measure by: a clause whose own words link no measure is
read as if it said them (``parse``, ``idiom_nouns``), and ``morphology.paraphrase`` adds their keys
to the words of a verb phrase (``retrieve.Lookup.paraphrased_measure``). A measure is linked only by
the pack's own names and aliases, as the literal word links it: an idiom two measures fit alike names
neither, and one that says a direction of motion never links the converse.

Kept apart from the Japanese paraphrases (``lexicon.PARAPHRASES_JA``); read only on text without
Japanese.
"""
from __future__ import annotations

import re

#: Each row: the phrase, the nouns it names, and the direction of motion it says ("out", "in" or "").
IDIOMS_EN: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # a loss: "ended 2024 1.8 billion euros in the red", "red ink ran to $12 billion"
    (re.compile(r"(?i)\bin\s+the\s+red\b|\bred\s+ink\b"), "loss, losses, net loss, deficit", ""),
    # failing firms: "firms that went bust", "went under", "gone bankrupt", "driven out of business"
    (re.compile(
        r"(?i)\b(?:go|goes|went|gone|going)\s+(?:bust|bankrupt|broke|out\s+of\s+business)\b"
        # "went under" of a firm, not of a figure ("inflation went under 2%", "went under the knife")
        r"|\b(?:go|goes|went|gone|going)\s+under(?=\s*(?:[,.;:!?)]|$|\s(?:in|on|at|during|after|before"
        r"|because|since|last|this|that|and|or|as|when|while|with|between|from|until|by|amid)\b))"
        r"|\b(?:driven|forced|put)\s+out\s+of\s+business\b"
    ), "bankruptcies, bankruptcy, insolvencies, business failures", ""),
    # a phrasal verb for cancel: "called off nearly 3% of their flights", "flights being called off"
    (re.compile(r"(?i)\b(?:call|calls|called|calling)\s+off\b|\bcalled\s+off\b"),
     "cancellations, cancelled, cancellation", ""),
    # goods sent out of the country: "sent so little steel abroad", "shipped overseas", "steel leaving
    # China for foreign markets" (exports; "sold abroad" is the same act)
    (re.compile(
        r"(?i)\b(?:send|sends|sent|sending|ship|ships|shipped|shipping|sell|sells|sold|selling)\b"
        r"[^.;:,]{0,40}?\b(?:abroad|overseas|to\s+foreign\s+(?:markets?|buyers?|countries))\b"
        r"|\b(?:leave|leaves|left|leaving)\b[^.;:,]{0,40}?\bfor\s+(?:foreign|overseas)\s+(?:markets?|buyers?)\b"
    ), "exports, export", "out"),
)


# Measured and held back (session 29, commit 01bb22dc, docs/verdict-rules.md §4.13): "take / bring in"
# a sum -> revenue, and "the bottom line" -> net profit; one held-out flip with their gains. Their rows
# and the reading of a sum taken in are in that commit, not kept here unread.


def idiom_readings(text: str) -> list[tuple[str, str]]:
    """The nouns and the direction of motion of every idiom of ``IDIOMS_EN`` an English text says;
    empty for a text with none (or with Japanese: those are read by their own table)."""
    if not text.isascii() and re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
        return []
    out: list[tuple[str, str]] = []
    for pattern, words, direction in IDIOMS_EN:
        if pattern.search(text):
            out.append((words, direction))
    return out


def idiom_nouns(text: str) -> str:
    """The nouns the idioms of an English clause stand for, as a text to set after the clause's
    words when its measure is looked up ("; revenue; sales"): the clause is read as if it said
    them, so a measure is linked, ranked and told from its neighbours as it is for the literal word
    (paraphrase invariance, docs/verdict-rules.md §1); "" when it says none."""
    nouns = dict.fromkeys(w.strip() for words, _direction in idiom_readings(text) for w in words.split(","))
    return "".join(f"; {w}" for w in nouns)
