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

#: A sum of money as the object of "take in" ("took in $80 billion", "brought in a record €43.6
#: billion", "took in close to 35% more money", "took in less money"), or money as what a relative
#: clause takes in ("the money utilities take in"): "take / bring in" names revenue only so. "took in
#: 10% more new students" admits them, and "brought in price cuts of $5,000" / "brought in a $7,500
#: tax credit" introduces a measure (a sum after another noun is that noun's).
_MONEY_OBJECT = re.compile(
    r"(?i)\s+(?:(?:about|around|nearly|almost|roughly|some|something|like|over|more|less|than|close|to|just"
    r"|only|under|a|an|the|record|estimated|total|of|well|[\d.,]+\s*%)\s+){0,5}"
    r"(?:[$€£¥₩₹]|(?:money|cash)\b|[\d.,]+\s*(?:(?:billion|million|trillion|bn|mn|tn)\s+)?"
    r"(?:dollars?|euros?|pounds?|yen|yuan|baht|won|rupees?|pesos?)\b|(?:US|EUR|GBP|JPY|CNY)\b)"
)
_MONEY_TAKEN = re.compile(r"(?i)\b(?:money|cash)\b[^.;:]{0,40}$")
#: The rest of a sum ("5.7 billion", "80bn dollars") and what may follow a sum that is the object
#: itself: a mark, the end, or a word that is no noun ("in 2023", "a year", "from abroad", "more than"):
#: a noun after it is what the sum is of ("a $7,500 tax credit")
_SUM_REST = re.compile(
    r"(?i)[\d.,]*\s*(?:(?:billion|million|trillion|thousand|bn|mn|tn|[kmb])\b\s*)?"
    r"(?:(?:dollars?|euros?|pounds?|yen|yuan|baht|won|rupees?|pesos?)\b\s*)?"
)
_AFTER_A_SUM = re.compile(
    r"(?i)\s*(?:$|[,.;:!?)\u2014-]|(?:in|from|during|over|last|this|a|per|than|of|and|or|but|while|as|since|for"
    r"|to|at|on|by|between|outside|abroad|overseas|through|with|that|which|more|less|up|down|worth|each|every"
    r"|annually|altogether|combined|alone)\b)"
)

#: Each row: the phrase, the nouns it names, the direction of motion it says ("out", "in" or ""),
#: and whether the clause must say a sum of money for the phrase to name them.
IDIOMS_EN: tuple[tuple[re.Pattern[str], str, str, bool], ...] = (
    # a loss: "ended 2024 1.8 billion euros in the red", "red ink ran to $12 billion"
    (re.compile(r"(?i)\bin\s+the\s+red\b|\bred\s+ink\b"), "loss, losses, net loss, deficit", "", False),
    # failing firms: "firms that went bust", "went under", "gone bankrupt", "driven out of business"
    (re.compile(
        r"(?i)\b(?:go|goes|went|gone|going)\s+(?:bust|bankrupt|broke|out\s+of\s+business)\b"
        # "went under" of a firm, not of a figure ("inflation went under 2%", "went under the knife")
        r"|\b(?:go|goes|went|gone|going)\s+under(?=\s*(?:[,.;:!?)]|$|\s(?:in|on|at|during|after|before"
        r"|because|since|last|this|that|and|or|as|when|while|with|between|from|until|by|amid)\b))"
        r"|\b(?:driven|forced|put)\s+out\s+of\s+business\b"
    ), "bankruptcies, bankruptcy, insolvencies, business failures", "", False),
    # a phrasal verb for cancel: "called off nearly 3% of their flights", "flights being called off"
    (re.compile(r"(?i)\b(?:call|calls|called|calling)\s+off\b|\bcalled\s+off\b"),
     "cancellations, cancelled, cancellation", "", False),
    # goods sent out of the country: "sent so little steel abroad", "shipped overseas", "steel leaving
    # China for foreign markets" (exports; "sold abroad" is the same act)
    (re.compile(
        r"(?i)\b(?:send|sends|sent|sending|ship|ships|shipped|shipping|sell|sells|sold|selling)\b"
        r"[^.;:,]{0,40}?\b(?:abroad|overseas|to\s+foreign\s+(?:markets?|buyers?|countries))\b"
        r"|\b(?:leave|leaves|left|leaving)\b[^.;:,]{0,40}?\bfor\s+(?:foreign|overseas)\s+(?:markets?|buyers?)\b"
    ), "exports, export", "out", False),
)


#: Measured and held back (session 29): "take / bring / pull / rake in" + a sum → revenue, sales,
#: takings, receipts, and "the bottom line" → net profit, net income, net result. On the development
#: rewordings they gain (Boeing "took in more than $80 billion", "pulled in ¥3 trillion outside Japan"),
#: but on the held-out round-28 rewordings they add one flip with their two exact ratings (a bound the
#: value misses by a fraction of a percent, §4.1, as "topped ¥170 billion" for 169.6 is read): left
#: for the lead to weigh against the grading policy. Not read by ``idiom_readings``.
HELD_BACK_EN: tuple[tuple[re.Pattern[str], str, str, bool], ...] = (
    # money coming in: "took in $80 billion", "brought in €43.6 billion", "pulled in ¥3 trillion",
    # "raked in", "the money utilities take in" ("money flowed in" is left: of capital or of
    # remittances it is no revenue of the goal)
    (re.compile(
        r"(?i)\b(?:take|takes|took|taken|taking|bring|brings|brought|bringing|pull|pulls|pulled|pulling"
        r"|rake|rakes|raked|raking)\s+in\b(?!\s+(?:the|a|an)\s+(?:end|middle|past|year|first|second)\b)"
    ), "revenue, sales, takings, receipts", "", True),
    # the net result: "the canal's bottom line grew to $4.1 billion" (not the phrase of discourse,
    # "the bottom line is that …", "bottom line:")
    (re.compile(r"(?i)\bbottom[\s-]+lines?\b(?!\s*(?::|,|\bis\s+(?:that|this|simple|clear)\b))"),
     "net profit, net income, net result, net earnings", "", False),
)


def _money_taken(text: str, m: re.Match[str]) -> bool:
    """Whether the phrase at ``m`` takes in a sum of money (``_MONEY_OBJECT``, ``_MONEY_TAKEN``)."""
    if _MONEY_TAKEN.search(text, 0, m.start()):
        return True
    said = _MONEY_OBJECT.match(text, m.end())
    if said is None:
        return False
    if said.group(0).rstrip().lower().endswith(("money", "cash")):
        return True
    rest = _SUM_REST.match(text, said.end())
    return bool(_AFTER_A_SUM.match(text, rest.end() if rest else said.end()))


def idiom_readings(text: str) -> list[tuple[str, str]]:
    """The nouns and the direction of motion of every idiom of ``IDIOMS_EN`` an English text says;
    empty for a text with none (or with Japanese: those are read by their own table)."""
    if not text.isascii() and re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
        return []
    out: list[tuple[str, str]] = []
    for pattern, words, direction, money in IDIOMS_EN:
        if any(not money or _money_taken(text, m) for m in pattern.finditer(text)):
            out.append((words, direction))
    return out


def idiom_nouns(text: str) -> str:
    """The nouns the idioms of an English clause stand for, as a text to set after the clause's
    words when its measure is looked up ("; revenue; sales"): the clause is read as if it said
    them, so a measure is linked, ranked and told from its neighbours as it is for the literal word
    (paraphrase invariance, docs/verdict-rules.md §1); "" when it says none."""
    nouns = dict.fromkeys(w.strip() for words, _direction in idiom_readings(text) for w in words.split(","))
    return "".join(f"; {w}" for w in nouns)
