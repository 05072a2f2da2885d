"""Ranks and superlatives in a claim: ordinals and places ("ranked third", "7th in Africa and
106th", 第3位, 最下位, "dead last"), how many were ranked ("among the 50 states"), the cue
lists of superlatives and the words that say where a ranking is made ("the world's largest",
「全国で最も低い」); ``is_rank_metric`` tells a measure that is itself a rank.
"""

from __future__ import annotations

import re

from shingi.normalize.quantities import word_number
from shingi.normalize.text import ordinal_number
from shingi.pipeline import lexicon as lx

#: 最も ... 多い / 大きい / 高い (largest) or 少ない / 小さい / 低い (smallest), a measure's name between.
_MOST_JA = re.compile(r"最も[^、。,]{0,24}?(多|大き|高|少な|小さ|低)")

_SUPERLATIVES = (lx.SUP_RECORD, lx.SUP_MAX, lx.SUP_MIN, lx.SUP_FIRST, lx.SUP_TOP)
#: "ranked number one", "and number four in the whole of Africa": a place said with a cardinal
_PLACE_CARDINALS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}


def place_number(word: str) -> int:
    """The place a word of a rank names: an ordinal ("third", "3rd"), a cardinal after "number"
    ("four"), digits (3 of 3位); 0 for none."""
    return ordinal_number(word) or _PLACE_CARDINALS.get(word.lower()) or int(re.sub(r"\D", "", word) or 0)
_ORDINAL_EN = r"(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
#: a rank said with an ordinal: "ranked third", "came 4th", "the second-largest", "5th place", 第3位
_RANK_VERB = (
    r"(?i)\b(?:ranked|ranks|placed|came|finished|stood|was|is|were|are|now|tied for|tied at)\s+"
    r"(?:the\s+|at\s+|tied for\s+)?"
)
_ORDINALS = (
    re.compile(_RANK_VERB + _ORDINAL_EN + r"\b"),
    re.compile(
        r"(?i)\b" + _ORDINAL_EN
        # "the 10th leading cause": "leading" ranks as a superlative does (a linguistic reason)
        + r"(?=[- ](?:[a-z]+est|most|least|leading|place|position|spot|ranked|among|out of|of the)\b)"
    ),
    re.compile(r"第(?P<n>\d{1,3})位|(?<![0-9])(?P<n2>\d{1,3})(?:位|番目)(?!数)"),
    # "second only to Passaic County", "behind only Texas": the place after the one named
    re.compile(r"(?i)\b(?P<n>second|2nd)(?= only to\b)"),
    re.compile(
        r"(?i)\b(?:(?:is|was|now|at|ranked|ranks|were|are)\s+)(?:the\s+)?(?:number|no\.|#)\s*"
        r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    ),
    # "fell from first to third place": both ends of a change of place are places, "first" too
    re.compile(
        r"(?i)\bfrom\s+(?P<n>first|1st|" + _ORDINAL_EN[6:-1] + r")(?:\s+place)?(?=\s+to\s+(?:the\s+)?"
        r"(?:first|1st|" + _ORDINAL_EN[6:-1] + r")\b)"
    ),
)
#: A place right after a place, with the scope of the first between: "7th in Africa and 106th"
_COORDINATED_PLACE = re.compile(
    r"(?i)(?:\s+(?:in|among|across|within|on|of)\s+[^,;:.\d]{1,40}?)?(?:,\s*(?:and\s+)?|\s+and\s+|\s+but\s+)"
    r"(?:(?:ranked|was|is|came|placed)\s+)?(?:(?:number|no\.|#)\s*)?"
    r"(?P<n>\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|(?<=number )(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})|(?<=no\. )\d{1,3})\b"
)
#: Last place: "dead last", "last among", "bottom of", 最下位 (the number ranked, when the pack says it)
_LAST = re.compile(
    r"(?i)\b(?:dead\s+last|last\s+(?:place|among|in)|in\s+last|at\s+the\s+bottom|bottom\s+of)\b|最下位"
    # "Akita came last", "finished last", "ranked last" (a verb of placing: the last place, session 23);
    # not "finished last quarter / season / night": a time, not a place
    r"|(?i:\b(?:came|comes|come|finished|finishes|ranked|ranks|placed|places)\s+last\b(?!\s+(?:year|month|week|time"
    r"|quarter|season|night|decade|day|weekend|term|century|spring|summer|autumn|fall|winter|fiscal|financial)))"
)
#: A place counted from the bottom: "second to last", "next to last", "penultimate", "third from
#: the bottom", 下から2番目: the number ranked less the count back, when the pack says how many
#: (``9/10``). Not ワーストN位: on values it ranks from the worse end (checks.superlatives), on a
#: ranking it is the N-th from the last (:func:`counts_from_the_last`)
_FROM_LAST = re.compile(
    r"(?i)\b(?P<n>second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-]+(?:to|from)[\s-]+(?:the\s+)?(?:last|bottom)\b"
    r"|\b(?P<next>next[\s-]+to[\s-]+last|penultimate)\b"
    r"|下から\s?(?:第)?(?P<j>\d{1,2})\s?(?:番目|位)"
)
#: A half of a ranking: "in the top half", "bottom half", 上位半分, 下位半分 (when the pack says
#: how many were ranked)
_HALF_PLACE = re.compile(r"(?i)\b(?P<en>top|upper|bottom|lower)\s+half\b|(?P<ja>上位|下位|上|下)半分")
#: A band of places at one end of a ranking: "among the bottom three", "in the top 5", "into
#: Africa's top three", "one of the top ten", "a top-10 region", 「上位3位以内」「上位5位」「下位3位」
#: 「ベスト3」「ワースト3」「トップ10入り」 (a place holds when it is inside the band). English needs a
#: word that puts something in the band before it ("the top three banks hold 60 %" names a group,
#: and "out of / outside the top 10" denies the band); a share ("the top 10 %") is no band;
#: ワーストN位 / ベストN位 name one place, not a band.
_BAND_NUMBER_EN = r"\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty"
_BAND_PLACE = re.compile(
    r"(?i)(?:\b(?:among|in|into|within|inside|of|made|makes|make|making|cracked|cracks|entered|enters"
    r"|joined|joins|to)\s+(?:the\s+)?(?:[\w.-]+['’]s\s+)?|\ban?\s+)"
    r"(?P<en>top|bottom)[\s-](?P<n>" + _BAND_NUMBER_EN + r")\b(?!\s*(?:%|percent|per\s+cent|percentile))"
    r"|(?P<ja>上位|下位|トップ)\s?(?P<j>\d{1,3})(?:位以内|位まで|位|以内)?(?![\d.%％割]|パーセント)"
    r"|(?P<jb>ベスト|ワースト)\s?(?P<k>\d{1,3})(?:位以内|位まで|以内)?(?![\d.%％割位]|パーセント)"
)
#: 「ワースト2位」「ワースト第1位」: a place counted from the worse end. On a value measure the
#: superlatives count it from the worse end of the measure; on a ranking (a rank metric) it is the
#: N-th place from the last (:func:`counts_from_the_last`)
_WORST_BEFORE = re.compile(r"ワースト\s?$")


def counts_from_the_last(text: str) -> bool:
    """A claimed place said from the worse end (「ワースト2位」): the N-th from the last place."""
    return text.startswith("ワースト")


#: The comparators of a place said against the number ranked
RELATIVE_PLACES = frozenset({"last", "top_half", "bottom_half", "bottom_band"})


def back_from_last(m: re.Match[str]) -> int:
    """How many places before the last a :data:`_FROM_LAST` match says (second to last: 1)."""
    if m["next"]:
        return 1
    word = m["n"] or m["j"] or ""
    return max(place_number(word) - 1, 0)


def half_comparator(m: re.Match[str]) -> str:
    """``top_half`` or ``bottom_half`` for a :data:`_HALF_PLACE` match."""
    word = (m["en"] or m["ja"] or "").lower()
    return "top_half" if word in ("top", "upper", "上位", "上") else "bottom_half"


def band_place(m: re.Match[str]) -> tuple[float, str]:
    """The size of a :data:`_BAND_PLACE` band and its comparator: ``at_most`` (a place within the
    first N) for a top band, ``bottom_band`` (a place within the last N of those ranked) for a
    bottom one."""
    word = (m["en"] or m["ja"] or m["jb"] or "").lower()
    said = (m["n"] or m["j"] or m["k"] or "").lower()
    comparator = "at_most" if word in ("top", "上位", "トップ", "ベスト") else "bottom_band"
    return float(word_number(said) or 0), comparator


#: "among the 50 states", "of 10", "out of 190", "190か国中": how many were ranked, not a value
_RANKED_AMONG = re.compile(r"(?i)(?:\bamong|\bout of|\bof)\s+(?:the\s+)?$")
_RANKED_AMONG_JA = re.compile(r"^\s*(?:[\u3040-\u30ff\u4e00-\u9fff]{1,4}?\s*)??中")


_RANKING = frozenset({"sup_max", "sup_min", "sup_top", "sup_first", "sup_record"})
_SCOPE_JA = re.compile(
    # 「全米の州で最も多かった」「全国の都道府県の中で」: the kind of member ranked, said after the
    # country (a noun in kanji or katakana), names where the ranking is made as the country alone does
    r"(?:の[\u30a0-\u30ff\u4e00-\u9fff]{1,6})?"
    r"(?:で|の中で|の中でも|中で|内で|では|でも|のなかで)\s*(?:は|も)?\s*"
    r"(?:歴代|史上)?(?:最も|もっとも|一番|いちばん|最|初|ワースト|トップ|首位|1位|第1位|\d+番目|第?\d+位)"
    # 「全国17位」「世界3位」: a place written right after where it is counted; 「国内歴代2位」: a
    # place among all that ever were there (歴代 / 史上 qualify the ranking, not the place)
    r"|(?:歴代|史上)?(?:第?\d+位|最下位)"
    # 「国内興行収入で歴代2位」: a measure whose name the place's word begins, then a place among all
    # that ever were there
    r"|[\u30a0-\u30ff\u4e00-\u9fff]{1,8}?(?:で|の中で)(?:は|も)?(?:歴代|史上)(?:第?\d+位|\d+番目)"
)
_SCOPE_EN = re.compile(
    r"(?i)['’]s\s+(?:(?:single|very|own)\s+)?(?:\d+(?:st|nd|rd|th)[- ])?"
    r"(?:largest|biggest|greatest|highest|lowest|smallest|fewest|most|least|top|leading|best|worst|first|second|third)\b"
)


def is_rank_metric(names: tuple[str, ...] | list[str], unit: str | None) -> bool:
    """A metric that records a rank (順位, 位, rank): its value 1 is the top."""
    return unit in ("位", "rank") or any(re.search(r"(?i)順位|\brank(?:ing)?\b", n) for n in names)
