"""The order of two groups in "A overtook B" (docs/verdict-rules.md §4.15, "Two groups' order").

"Japanese departures overtook foreign arrivals" and "foreign arrivals outnumbered Japanese
departures" name the same two groups in opposite orders: an event that says the second does not
support the first, it denies it (a linguistic reason: the subject of an overtaking verb is the one
that ends up larger; blind round 20 jp-outbound-travel overtook-2015 was a wrong true on an event
that said the reverse). ``overtaking`` reads the larger and the smaller group of one such phrase, in
Japanese (「AがBを上回った」「BをAが抜いた」「BがAに抜かれた」) and English ("A overtook B", "B was
outnumbered by A"); ``order_against`` compares a claim's phrase with an event's title.
"""

from __future__ import annotations

import re

from shingi.pipeline.morphology import content_keys, has_japanese

#: verbs (stems) of one thing becoming or being larger than another
_VERB_JA = r"(?:上回|超え|超す|超し|抜い|抜き|抜く|凌駕|逆転し|しのい|追い越|追い抜)"
_PASSIVE_JA = r"(?:抜か|上回ら|超さ|逆転さ|追い越さ|追い抜か|凌駕さ)れ"
#: one group: a noun phrase of at most 40 characters that does not run past the particle after it
#: (a group that may span its own particle lets every は/が/を of a long text be tried with every
#: other: review 16, a 1,600-character claim took a minute); ``{stop}`` is that particle
_GROUP_JA = r"[^、。，,！？{stop}]{{1,40}}?"
_OVERTAKE_JA = (
    # A が/は B を (adverbs) V: 「日本人の出国者数が初めて訪日外国人の数を上回った」
    re.compile(
        rf"(?P<a>{_GROUP_JA.format(stop='がは')})(?:が|は)(?P<b>{_GROUP_JA.format(stop='がはを')})を"
        rf"[^、。，,！？]{{0,10}}?{_VERB_JA}"
    ),
    # B を A が V: 「訪日客数を出国者数が上回った」
    re.compile(
        rf"(?P<b>{_GROUP_JA.format(stop='を')})を(?P<a>{_GROUP_JA.format(stop='が')})が"
        rf"[^、。，,！？]{{0,10}}?{_VERB_JA}"
    ),
    # B が/は A に V-passive: 「出国者数が訪日客数に抜かれた」
    re.compile(
        rf"(?P<b>{_GROUP_JA.format(stop='がは')})(?:が|は)(?P<a>{_GROUP_JA.format(stop='に')})に"
        rf"[^、。，,！？]{{0,10}}?{_PASSIVE_JA}"
    ),
)
_VERB_EN = (
    r"(?:overt(?:ook|akes?|aking)|outnumber(?:s|ed|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?"
    r"|outstrip(?:s|ped|ping)?|outpac(?:es?|ed|ing)|topp(?:ed|ing))"
)
_PASSIVE_EN = r"(?:overtaken|outnumbered|surpassed|exceeded|outstripped|outpaced|topped)"
#: one group: at most 60 characters (unbounded, every start of a long text ran to its end)
_GROUP_EN = r"[A-Za-z][\w'’ -]{0,60}?"
_OVERTAKE_EN = (
    re.compile(
        rf"(?i)(?P<b>{_GROUP_EN})\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|got)\s+"
        rf"(?:\w+ly\s+)?{_PASSIVE_EN}\s+by\s+(?P<a>{_GROUP_EN})(?=[,.;:]|\s+(?:in|for|on|at|during|since)\b|$)"
    ),
    re.compile(
        rf"(?i)(?P<a>{_GROUP_EN})\s+(?:(?:have|has|had|finally|first|already)\s+)*{_VERB_EN}\s+"
        rf"(?P<b>{_GROUP_EN})(?=[,.;:]|\s+(?:in|for|on|at|during|since|by)\b|$)"
    ),
)
#: words of the phrase that say when or how often, not who: left out of the groups' words
_NOT_A_GROUP = frozenset(
    ["first", "tim", "初め", "はじ", "ぶり", "ついに", "year", "years", "年ぶ", "the", "for", "in"]
)


def overtaking(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words of the larger and of the smaller group of the first overtaking phrase in
    ``text`` ("A overtook B": A's, B's), or None when it states none."""
    if not text:
        return None
    patterns = _OVERTAKE_JA if has_japanese(text) else _OVERTAKE_EN
    found = [m for p in patterns for m in [p.search(text)] if m is not None]
    if not found:
        return None
    m = min(found, key=lambda x: x.start())
    a = frozenset(k for k in content_keys(m.group("a")) if not k[:1].isdigit()) - _NOT_A_GROUP
    b = frozenset(k for k in content_keys(m.group("b")) if not k[:1].isdigit()) - _NOT_A_GROUP
    if not a or not b:
        return None
    return a, b


def order_against(claim: str, titles: tuple[str | None, ...]) -> bool | None:
    """Whether the two groups of the claim's overtaking phrase stand in the title's order (True),
    the reverse (False), or None when either states no such phrase or the groups do not match
    each other crosswise (a clear match: the claim's larger group shares more words with the
    title's smaller group than with its larger, and its smaller with the title's larger)."""
    said = overtaking(claim)
    if said is None:
        return None
    ca, cb = said
    for title in titles:
        told = overtaking(title or "")
        if told is None:
            continue
        ta, tb = told
        if len(ca & tb) > len(ca & ta) and len(cb & ta) > len(cb & tb):
            return False
        if len(ca & ta) > len(ca & tb) and len(cb & tb) > len(cb & ta):
            return True
    return None
