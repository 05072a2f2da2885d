"""What the names of a clause do: overlapping names resolved (``_no_overlap``), the subject
before the comparands ("than X", 「Xより」), an entity named as a type (EU型, "EU-style") or
as the only one ("only X", 「Xだけ」), groups of entities ("Japan's best model"), a capitalised
first word that is a name, and a measure's name that only modifies another noun (「訪日客の満足度」).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shingi.pipeline import lexicon as lx
from shingi.pipeline.claims.statement import Span
from shingi.pipeline.morphology import tokenize

_GROUP_LEAD = re.compile(
    r"(?:'s|’s|の)?\s*(?:(?P<best>best|top|leading|strongest|most advanced|highest[- ]scoring"
    r"|最高性能の?|最高の?|最良の?|最強の?|トップの?|最先端の?)\s*)?",
    re.IGNORECASE,
)
#: One modifier word between the qualifier and the kind noun ("Japan's best open model",
#: 日本の最高性能の生成モデル): any word, since the kind noun must still follow it.
_GROUP_MODIFIER = re.compile(r"[A-Za-z][\w-]*\s+")
_GROUP_MODIFIER_JA = re.compile(r"[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff]{1,6}")


def _no_overlap(spans: list[Span]) -> list[Span]:
    """Longest first, then leftmost; drop spans that overlap a kept one."""
    kept: list[Span] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start, s.ref)):
        if all(s.end <= k.start or k.end <= s.start for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: (s.start, s.ref))


#: A name that only relates a value to the one before (前年比, 前年同月比, 増減率, "year-on-year"): a
#: pack may give it as an alias of a growth measure, but written beside another measure's name it
#: says how that measure changed (a linguistic reason: 比 and 率 relate two values of a measure)
RELATION_NAME = re.compile(
    r"(?:(?:前年|前年度|前年同月|前年同期|前月|前期|前年同週)比|(?:増減|伸び|増加|減少)率"
    r"|(?i:year[- ]on[- ]year|year[- ]over[- ]year|y/y|yoy))\Z"
)
#: A measure's name followed by の and another noun that is the clause's topic (は / が).
_MODIFIES_JA = re.compile(r"の(?P<noun>[\u30a0-\u30ff\u4e00-\u9fff]{2,8})(?:は|が)")
#: Nouns after a measure's name that still speak of the measure: its rate, share, amount, level …,
#: and the generic heads of a money measure (「電子コミックの市場」「百貨店の売上」: a thing's market or
#: sales is the money its sales take, which its measure's name may leave unsaid)
_OF_THE_MEASURE_JA = re.compile(
    r"(?:率|割合|比率|額|数|量|規模|水準|平均|合計|推移|伸び|変化|増減|総数|総額|実績|順位|ランキング|(?:赤字|黒字)幅?"
    r"|市場|売上高?|売り上げ|販売)$"
)


def _is_style(text: str, e: Span) -> bool:
    """An entity named as a type or model to follow: EU型, EU-style, like the EU."""
    after = text[e.end : e.end + 7]
    before = text[max(0, e.start - 6) : e.start]
    return bool(re.match(r"(?:型|流|式|並み|-style|-like| style| type)", after)) or before.lower().endswith(
        "like "
    )


def _exclusive(text: str, e: Span) -> bool:
    """The entity is said to be the only one: "only (the) X", "X alone", "the only …" right
    before it, 「Xだけ」「Xのみ」「唯一」 (a linguistic reason: "only" excludes every other item)."""
    before = text[max(0, e.start - 12) : e.start]
    after = text[e.end : e.end + 6]
    if _ON_ITS_OWN.match(text, e.end):
        # "The Texas outbreak alone accounted for nearly 40% of …", 「東京だけで全体の1割を占める」:
        # "by itself" before its own part of a whole, not "no other" (a linguistic reason)
        return False
    return bool(
        re.search(r"(?i)\bonly\s+(?:the\s+)?$", before)
        or re.match(r"(?i)\s+alone\b", after)
        or re.match(r"(?:だけ|のみ)(?:が|は|で|の)", after)
        or "唯一" in before[-4:]
    )


#: "X alone accounts for / made up / represents …", 「Xだけで…を占める」: X by itself, a share of its own
_ON_ITS_OWN = re.compile(
    r"(?i)\s+alone\s+(?:now\s+)?(?:accounts?|accounted|makes?|made|represents?|represented|contribut\w+"
    r"|comprises?|comprised|(?:is|was|are|were)\s+responsible)\b"
    r"|(?:だけ|のみ)で[^。]{0,20}(?:占め|割合|シェア)"
)


#: The names a place is counted after, each of a list: 「心疾患、がんに次いで新型コロナが3番目」
#: (a linguistic reason: 次いで / 続いて name the ones ranked ahead, the subject follows them)
RANKED_AHEAD_JA = re.compile(r"(?:(?:[、・]|と)[^、。]{1,12}?)*(?:に次いで|に次ぐ|に続いて|に続く)")
#: a comparand said otherwise in the clause (「…に次いで大阪府が全国平均を上回った」): the clause's
#: own comparison, which the names ranked ahead do not turn
_OTHER_COMPARAND_JA = re.compile(r"より|を(?:上回|下回|超え|超す|抜い|抜き|抜く)")


def ranked_after_others(text: str, span: str, ents: Sequence[Span]) -> bool:
    """Whether a clause's subject is counted after the names before に次いで (``RANKED_AHEAD_JA``:
    「東京都に次いで大阪府が2番目に高い」), those names its only comparands."""
    ahead = [e for e in ents if RANKED_AHEAD_JA.match(text, e.end)]
    return bool(ahead) and len(ahead) < len(ents) and not _OTHER_COMPARAND_JA.search(span)


def _is_comparand(text: str, e: Span) -> bool:
    """An entity right after "than / as / behind / below / above / of / only to / trailing (only)"
    or right before より, or before に次いで / に次ぐ (alone or in a list), is what the subject is
    compared with."""
    return text[e.end : e.end + 2] == "より" or bool(RANKED_AHEAD_JA.match(text, e.end)) or bool(
        re.search(
            r"(?i)\b(?:than|as|behind|below|above|of|only to|trail(?:ed|ing|s)? only)\s+(?:the\s+)?$",
            text[max(0, e.start - 16) : e.start],
        )
    )


def _order_entities(text: str, ents: list[Span]) -> list[Span]:
    """Subject first: the comparands come after the others."""
    subjects = [e for e in ents if not _is_comparand(text, e)]
    others = [e for e in ents if _is_comparand(text, e)]
    # the comparand right after the subject: 「補償より旅行支援のほうが高い国」 compares the two
    # programmes, not the travel support with the country named last
    return subjects[:1] + others + subjects[1:] if subjects else ents


#: A cause said before the clause's subject: "Thanks to the labour reform,", "Because of the
#: shortage,", 「関税のせいで」「円安の影響で」
_CAUSE_LEAD = re.compile(
    r"(?i)\s*(?:thanks to|because of|due to|owing to|as a result of)\b[^,;]*,"
    # "With the yen still weak, …": an absolute clause (with + a noun phrase + its predicate,
    # marked by still / so / too) fronted by a comma says the circumstance the clause's event came
    # about in, as "because the yen stayed so weak" does (a linguistic reason; §4.12)
    r"|\s*with\s+[^,;\d]{1,40}?\s(?:still|so|too)\s+[a-z]+,"
    r"|[^、。]*?(?:のおかげで|のせいで|の影響で|が原因で)、?"
    # 「ニッケル製錬所の拡大で、」「増税によって、」: a happening, then a comma (§4.12)
    rf"|[^、。\d]*?(?:{lx.HAPPENING_NOUNS_JA})(?:で|により|によって)、"
    # 「キャッシュレス化によって、」: any noun phrase with により / によって fronted and set off by a
    # comma says what brought the clause's event about (a means or a cause, §4.12), read by
    # ``fronted_by_is_cause``
    r"|(?P<by>[^、。\d]{1,24}?)(?:により|によって)、"
)

#: What makes a fronted 「…により、」「…によって、」 no cause (§4.12): the clause says what is found
#: (a source: 「調査によって、…ことが分かった」), or how something varies ("depending on":
#: 「国によって、…異なる」); a passive predicate (「…省により、…引き上げられた」) makes a noun that names
#: no event or change its agent
_BY_SOURCE = re.compile(r"(?:こと|の)が(?:分か|わか|判明|明らかに|示さ)|と(?:分か|わか)った|が判明")
_BY_VARIES = re.compile(r"異な|違[いうっ]|変わる|まちまち|差が(?:ある|あった)")
_PASSIVE = re.compile(r"(?:られ|され)(?:た|る|て|ます|まし|ている)")


def fronted_by_is_cause(obj: str, rest: str) -> bool:
    """Whether 「{obj}により、{rest}」 gives a cause: not when ``rest`` (the clause after the comma)
    says what is found or how something varies, nor when its predicate is passive and ``obj``
    names no event or change (no action noun, 化, or happening noun at its end: the agent of
    the passive, who is checked as the actor)."""
    if _BY_SOURCE.search(rest) or _BY_VARIES.search(rest):
        return False
    if not _PASSIVE.search(rest):
        return True
    tokens = [t for t in tokenize(obj) if t.pos not in ("助詞", "補助記号", "空白")]
    return bool(
        re.search(rf"(?:化|{lx.HAPPENING_NOUNS_JA})$", obj)
        or (tokens and tokens[-1].pos == "名詞" and tokens[-1].pos3 == "サ変可能")
    )


#: A cause said inside a clause, after its subject: 「輸出額は2024年、中国の禁輸が響いて…減少した」,
#: 「…の禁輸により」「…によって」「…を受けて」, "exports fell 7% because of the ban by Ostland", "amid
#: Ostland's ban" (to the clause's end or the next comma). What it names owns no measure of the
#: clause, and it is a cause the claim gives (checks/causes.py, §4.12)
_CAUSE_INSIDE = re.compile(
    r"(?i)\b(?:thanks to|because of|due to|owing to|as a result of|hit by|amid|in the wake of)\b[^,;.]*"
    r"|(?<=[、は])[^、。はがを]{1,20}?(?:が響いて|が響き|が響いた|の影響で|のせいで|のおかげで|が原因で"
    r"|により|によって|を受けて)"
)


def causes_inside(span: str) -> list[tuple[int, int]]:
    """The spans of the causes said inside a clause (``_CAUSE_INSIDE``), offsets into ``span``."""
    return [(m.start(), m.end()) for m in _CAUSE_INSIDE.finditer(span)]


def cause_lead(span: str) -> int:
    """The length of a cause said at the start of a clause (0: none)."""
    m = _CAUSE_LEAD.match(span)
    if m and m.group("by") is not None and not fronted_by_is_cause(m.group("by"), span[m.end():]):
        return 0
    return m.end() if m else 0


_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:the\s+)?$")
#: 「改革以降」「制度の開始以来」「介護保険制度が始まって以来」「NISAの導入から」
_SINCE_AFTER_JA = re.compile(
    rf"(?:の(?:{lx.START_NOUNS_JA})|が(?:始まって|導入されて|施行されて|創設されて|発足して))?(?:以降|以来)"
)


def dates_a_window(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` opens a window ("since the labour reform", 「改革以降」,
    「改革以来」): it says when, not whose."""
    return bool(_SINCE_BEFORE.search(text, 0, start) or _SINCE_AFTER_JA.match(text, end))


# A sentence's first word is capitalised anyway; it is a name when a verb of the claim's
# vocabulary follows it directly ("Vestas plans to ...", "Orsted announced ..."), since a
# common noun there would take an article or an adjective first.
_SUBJECT_VERB = re.compile(
    r"\s+(?:plans|planned|aims|aimed|announced|announces|opened|opens|built|builds|launched|launches"
    r"|signed|signs|won|wins|acquired|acquires|invested|invests)\b"
)


_PAST_AFTER = re.compile(r"\s+(?:" + lx.PAST_EN + r")\b")


def _names_a_subject(text: str, end: int) -> bool:
    """Whether the capitalised first word ending at ``end`` is followed by a verb: one of the
    event verbs or a past tense ("Texas saw …")."""
    return bool(_SUBJECT_VERB.match(text, end) or _PAST_AFTER.match(text, end))
