"""Which numbers of a sentence are figures, and in what unit: ranges, denominators, parts of
wholes, group names, units shared by a list, points and counters, signs of a fall."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from shingi.ingest.labels import (
    PRICES_OR_INDEX_RE,
    RELATIVE_PERIOD_JA,
    _cjk,
    _clause_start,
)
from shingi.ingest.rows import (
    DocFacts,
)
from shingi.model import Quantity
from shingi.normalize.quantities import (
    QuantityMatch,
    word_number,
)
from shingi.normalize.text import is_count_noun

#: basis points after a number, in any case ("80 bps", "25 BP", "25 basis points"), read again here; the
#: number reader (normalize.quantities ``_BASIS_POINTS_RE``) reads a narrower set itself (lower-case bp/bps,
#: "basis-points", ベーシスポイント), so the two lists are not one
_BPS_WORDS = r"(?:bps|bp|basis\s+points?)"
_BPS_RE = re.compile(r"\d\s*" + _BPS_WORDS + "$", re.I)
#: percentage points the number reader leaves as percent or as a count: "0.3 % points", "0.3ppt"
_POINTS_AFTER_RE = re.compile(r"\s?(?i:points?|pts?)(?![A-Za-z])")
_PPTS_RE = re.compile(r"\d\s?(?i:ppts?)$")
_BPS_AFTER_RE = re.compile(r"\s*" + _BPS_WORDS + r"(?![A-Za-z])", re.I)
_RANGE_JOIN_RE = re.compile(r"\s?[-–—~～〜]\s?")
_RANGE_WORDS_RE = re.compile(r"\s+(?:to|and)\s+")
_TO_RE = re.compile(r"\s+to\s+")
_CHANGE_FROM_RE = re.compile(r"(?<![A-Za-z])(?i:from|by)\s+(?:(?i:about|around|nearly|roughly|some|an?)\s+)?"
                             r"(?:(?:US|A|C|NZ)?\$|€|£|¥)?\s?$")
#: a verb of change right before "X to Y": "Employment increased 17,400 to 11,775,800", "decreased 14,400 to
#: 781,100" (the change, then the level it reached; see :func:`without_ranges`)
_MOVED_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:increased|decreased|rose|fell|grew|declined|dropped|climbed|gained|lost|jumped|slipped"
    r"|edged\s+(?:up|down)|went\s+(?:up|down)|was\s+(?:up|down)|were\s+(?:up|down)|up|down)\s+"
    r"(?i:by\s+)?(?i:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|an?\s+)?"
    r"(?:(?:US|A|C|NZ)?\$|€|£|¥)?\s?$")
_RANGE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:between|rang(?:e|ed|es|ing)\s+(?:from|between))\s+$")
_ORDINAL_AFTER_RE = re.compile(r"\s+(?i:consecutive|straight|successive|time|year|month|quarter|week|day)")
_COMPARATIVE_AFTER_RE = re.compile(r"\s+(?i:as)\s+[a-z]+")
#: "a further decline in the number of temporary census jobs (27,000)": the fall's size in brackets
_FALL_IN_BRACKETS_RE = re.compile(
    r"(?<![A-Za-z])(?i:declines?|decreases?|drops?|falls?|loss(?:es)?|reductions?)\s+(?i:in|of)\s+[^()]{1,70}\($")
_PER_UNIT_AFTER_RE = re.compile(
    r"(?:\s*(?:(?P<flow>(?i:barrels\s+per\s+day|barrels\s+a\s+day|b/d|bbl/d|bpd)(?:\s*\((?i:b/d|bbl/d|bpd)\))?)"
    r"|(?i:/b|/bbl))|\s+(?i:per\s+barrel|a\s+barrel))(?![A-Za-z])")
_FALL_AFTER_RE = re.compile(r"\s*(?:の)?(?:減少|減|下落|低下|下降|縮小|マイナス|下が[りるっ]|下回|少な[いく])"
                            # "0.5 percent (±10.7 percent)* below"
                            r"|\*?\s+(?:\([^()]{1,30}\)\*?\s+)?(?i:below)(?![A-Za-z])"
                            # "a 5.3% decrease", "2.5 percent lower", "3% less than a year ago"
                            r"|[\s-]+(?i:decrease|decline|drop|fall|reduction|contraction|lower|less|fewer)(?![A-Za-z])")
#: what may stand between a change and the word that says it fell: the same change as a rate in
#: brackets or after 率にして (「21万5千人（0.17%）の減少」, 「90万8574人、率にして0.75%減った」), or
#: the closing bracket of the rate itself
# (「前年比64人・7.0%減」: a count and its rate joined by ・ share the predicate after the rate)
_PAIRED_RATE_RE = re.compile(r"\s*[（(][^（()）]{1,20}[）)]|[）)]|[、,]\s*率にして\s*[\d.,]+\s*%"
                             r"|・\s*[\d.,]+\s*%")
_FALL_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:down|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|fell|fall(?:s|ing|en)?|dropp?(?:ed|s|ing)?"
    r"|contract(?:ed|s|ing)?|shr[aiu]nk|shrinks|lower\s+by"
    # "a fall of 0.2%", "an estimated fall of 0.2%", "a sharp contraction of 1.1%"
    r"|an?\s+(?:[a-z]+\s+)?(?:decrease|decline|drop|fall|contraction|reduction)\s+of"
    # "slipped 0.8%", "eased 0.2%", "dipped 1.1%", "negative $2.5 billion", "minus 0.3%"
    r"|slipp(?:ed|ing)|slips?|slid(?:es|ing)?|dipp(?:ed|ing)|dips?|eas(?:ed|es|ing)|tumbl(?:ed|es|ing)"
    r"|plung(?:ed|es|ing)|plummet(?:ed|s|ing)?|s[au]nk|sinks?|retreat(?:ed|s|ing)?|lost|negative|minus"
    # "downward revisions of 0.1 percentage points", "revised down by 0.2%"
    r"|(?:an?\s+)?downward\s+revisions?\s+of|revised\s+down(?:ward)?\s+by"
    # "Changes in inventories decreased GDP growth by 0.1 percentage points", "reduced its staff by 500":
    # a fall verb, its object, then by and the amount
    r"|(?:decreased|reduced|lowered|cut|subtracted)\s+(?:[A-Za-z'-]+\s+){1,6}by"
    # the same verbs passive or with no object ("the cash rate was reduced by 25 basis points", "cut by
    # 0.5%") and in the infinitive ("decided to lower the cash rate by 100 basis points"): by is needed
    # ("cut 500 jobs" is no change said as a fall)
    r"|(?:reduced|lowered|cut)(?=\s+by\s)"
    r"|(?:to|will|would|could|may|might|should|must)\s+(?:decrease|reduce|lower|cut)\s+(?:[A-Za-z'-]+\s+){1,6}by)"
    # "decreased at an annual rate of 1.4 percent", "contracted at an annualized rate of 2.1%"
    r"\s+(?i:by\s+|at\s+an?\s+(?:[a-z]+\s+)?(?:annual|annualized|annualised|yearly|seasonally\s+adjusted"
    r"\s+annual)\s+(?:rate|pace)\s+of\s+)?"
    # ("went down by good 8,000", "fell by a good 3%": "a good N" is a little more than N, said of N)
    # ("reduced by a further 25 basis points": a further N is the size of this fall)
    r"(?i:about\s+|approximately\s+|nearly\s+|roughly\s+|some\s+|(?:a\s+)?good\s+|(?:a\s+)?further\s+)?$"
    r"|(?:マイナス|▲|△)\s*$")
#: an amount and ", or" before a figure that restates it: "24,000, or ", "2.4 million, or "
_RESTATED_BEFORE_RE = re.compile(r"\d[\d.,]*(?:\s+(?i:thousand|million|billion))?,?\s+or\s+$")
#: "drove the decrease, $0.6 billion or 0.7 percent": the size of a fall named just before, after a comma
_FALL_NAMED_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:the|a)\s+(?i:decrease|decline|drop|fall|reduction)\s?[,(]\s?(?:US)?\$?$")
#: "following four consecutive monthly increases", "3 straight months": the length of a streak, no figure
_STREAK_AFTER_RE = re.compile(r"\s+(?i:consecutive|straight|successive)(?:\s|$)")
#: "net income was a loss of $9.7 million, or 37 cents per share": an amount of income said as a loss
_LOSS_OF_RE = re.compile(r"(?<![A-Za-z])(?i:a\s+(?:net\s+)?loss\s+of\s+(?:about\s+)?"
                         r"(?:[^\s,;]+(?:\s+(?:thousand|million|billion|cents?))?,\s+or\s+)?)$")
#: "the monthly trade balance was a deficit of $963 million", 「貿易収支は1兆7583億円の赤字」: a balance said
#: as a deficit is below zero (a measure named as a deficit, "a trade deficit of ISK 15,300 million", stays
#: positive)
_DEFICIT_OF_RE = re.compile(r"(?<![A-Za-z])(?i:a\s+)?(?i:deficit\s+of\s+(?:about\s+|around\s+|nearly\s+)?)"
                            r"(?:(?:US|A|C|NZ)?\$|€|£|¥)?\s?$")
_DEFICIT_AFTER_RE = re.compile(r"\s*の赤字(?!幅|額)")
_BALANCE_WORD_RE = re.compile(r"収支|差引|(?<![A-Za-z])(?i:balance)(?![A-Za-z])")
#: "ISK 1,200 million lower than in February 2018 or 2.7%": a figure after or restates the amount said
#: lower than its base
_LOWER_THAN_OR_RE = re.compile(r"\d[\d.,]*(?:\s+(?i:thousand|million|billion))?"
                               r"\s+(?i:lower|less|fewer)\s+than\s+[^,;()]{1,40}?,?\s+or\s+$")
_INCOME_WORD_RE = re.compile(r"(?<![A-Za-z])(?i:income|earnings|profits?)(?![A-Za-z])")
#: units of measures, never what an event moved (an index level: 「鉱工業生産指数…は102.8」 is a figure)
NO_AMOUNT_UNITS = frozenset(("%", "x", "pt", "pp", "count", "rank", "index"))
#: 「10都市が2.4%増」: a count as the subject of a clause whose figure follows it names a group
_GROUP_SUBJECT_RE = re.compile(r"\s*(?:が|は)\s*(?:前年(?:同月|同期)?比|前期比|前月比)?\s*")
#: the whole a part is counted in: 「15業種のうち」, 「15業種中」, 「10都市以外」
#: (and a group named whole: 「4項目全ての意識指標」, 「3社とも増収」: all of them, no figure)
_WHOLE_AFTER_RE = re.compile(r"\s*(?:のうち|中(?![国央部小])|の中で|以外|全て|すべて|とも(?:に)?(?!な))")


#: Words after a number that measure, order or date rather than count (Sudachi reads many as
#: counters too): 3次 (an ordinal), 5歳 (an age), 20度 (degrees), 3階 (a floor), 2号 (a number); and nouns
#: of relation (「97.2以来の指数水準」: since the level 97.2; 以降, 以前, 前後, 程度, 以上, 以下, 未満) that
#: place a figure, never count anything.
_NOT_COUNTERS = frozenset(str.split("""
    次 度 度目 回目 番 番目 位 等 等級 号 号機 期 期目 四半期 代 歳 才 階 時 時間 分 秒 年 年度 年間 月 日
    週 週間 泊 倍 割 円 元 点 歩 周 周年 世紀 巻 版 条 項 章 部 坪 畳 面 枠 画素
    以来 以降 以前 以後 前後 程度 以上 以下 未満
"""))
_KANJI_WORD_RE = re.compile(r"[一-龥々]+")
#: an index (指数, index, CPI) or a diffusion index (DI, 景気ウォッチャー's 現状判断DI): a number with no unit
#: about it is a level, and its points are the index's own units, not percentage points
INDEX_WORD_RE = re.compile(r"指数|(?<![A-Za-z])(?:(?i:index|indices|CPI|PPI)|DIs?)(?![A-Za-z])")
#: an aside in brackets (a definition after a measure's name)
_ASIDE_RE = re.compile(r"（[^（）]*）|\([^()]*\)")
#: a number that starts a range: 「2～3ヶ月」, "2-3 months", "2 - 3" (not "-0.36 -0.27": a minus glued to the
#: next number after a space starts a negative number of a list, no range)
_RANGE_NEXT_RE = re.compile(r"\D{0,3}\d[\d,.]*(?:\s?[～~〜]\s?|[–-]|\s[–-]\s)\d")
#: points said as percentage points in so many words ("0.5 percentage points", 「0.5%ポイント」)
_PERCENT_POINTS_RE = re.compile(r"%|％|(?i:percent|per cent)|パーセント")
#: 2020=100, 2020年=100, 2020年を100として, 平成27年=100: the base of an index, neither a figure nor
#: its period (the year an index is set to 100 is never the period of a figure read on it; Japanese
#: releases give the base in both calendars, 「2015年=100 (平成27年=100)」)
INDEX_BASE_RE = re.compile(
    # ("CPI-ATE (july 1999 = 100)", Statistics Norway: a month of a year is a base as a year is)
    r"(?:(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s?)?"
    r"\d{4}(?:\s?[-~]\s?\d{2,4})?\s?(?:年)?|(?:令和|平成|昭和)\s?(?:\d{1,2}|元)\s?年)"
    # (the same year in the other calendar in brackets: 「平成22年(2010年)=100」)
    r"(?:\s?[(（]\s?(?:\d{4}\s?年?|(?:令和|平成|昭和)\s?(?:\d{1,2}|元)\s?年)\s?[)）])?"
    r"\s?(?:=|を)\s?100(?:\s?と(?:して|した|する))?")


def _change_then_level(text: str, a: QuantityMatch, b: QuantityMatch) -> bool:
    """"Employment increased 17,400 to 11,775,800", "hours worked increased 0.7 million hours to 1,625.6
    million hours": after a verb of change, "X to Y" with Y many times X is the change and the level it
    reached, not a range (a range's ends are of one size: "rose 5% to 7%" stays a range)."""
    if not _MOVED_BEFORE_RE.search(text, max(0, a.start - 40), a.start):
        return False
    x, y = abs(a.quantity.value or 0.0), abs(b.quantity.value or 0.0)
    return x > 0 and y >= 5 * x


#: a rate with a fraction, as central banks write it: "¾ percent" (NFKC: 3/4), "2-1/4 percent", "4 1/2 per
#: cent", "1/4 percentage point"; the number reader reads "3" and "4 percent"
_FRACTION_RATE_RE = re.compile(
    r"(?<![\d.,/])(?:(?P<whole>\d{1,2})[\s-])?(?P<num>[1-9])/(?P<den>[248])\s?"
    r"(?P<unit>%|(?i:percent|per\s+cent)(?![A-Za-z])|(?i:percentage\s+points?)(?![A-Za-z]))")


def fraction_rates(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """A rate written with a fraction is one figure: "to ¾ percent" is 0.75 % (was 3 and 4 %), "2-1/4
    percent" 2.25 %, "1/4 percentage point" 0.25 ``pp`` (a linguistic reason: the fractions of a rate a
    central bank moves by, quarters and halves of a point)."""
    found = [m for m in _FRACTION_RATE_RE.finditer(text) if int(m["num"]) < int(m["den"])]
    if not found:
        return quantities
    kept = [q for q in quantities if not any(q.start < m.end() and m.start() < q.end for m in found)]
    for m in found:
        value = int(m["whole"] or 0) + int(m["num"]) / int(m["den"])
        unit = "pp" if m["unit"].lower().startswith("percentage") else "%"
        kept.append(QuantityMatch(Quantity(value, unit, text=m.group(0)), m.start(), m.end(), m.group(0),
                                  None))
    return sorted(kept, key=lambda q: q.start)


def without_ranges(text: str, quantities: list[QuantityMatch], facts: DocFacts) -> list[QuantityMatch]:
    """Amounts that are no single value, skipped (counted): both ends of a range ("2–3 per cent",
    "8.0%-9.0%", 「1,000～2,000人」, "between 2 and 3 percent", "ranged from 3.9 percent to 4.1
    percent": a range has no one value, and "-9.0%" is no fall); an ordinal said as a fraction ("for
    a fourth consecutive month" is no quarter); a multiple that compares two groups ("twice as
    likely"), which says neither group's level."""
    drop: set[int] = set()
    for i, (a, b) in enumerate(pairwise(quantities)):
        between = text[a.end:b.start]
        if a.quantity.unit in (None, b.quantity.unit) and (
                _RANGE_JOIN_RE.fullmatch(between) or (not between and b.text[:1] in "-–—~～〜")
                or (_RANGE_WORDS_RE.fullmatch(between) and _RANGE_BEFORE_RE.search(text, max(0, a.start - 30),
                                                                                   a.start))
                # "an outlook of $0.74 to $0.84 per share": two amounts of one unit joined by "to", the
                # first not what something moved from or by ("from $5 billion to $6 billion" is a change)
                or (_TO_RE.fullmatch(between) and a.quantity.unit == b.quantity.unit
                    and not _CHANGE_FROM_RE.search(text, max(0, a.start - 25), a.start)
                    and not _change_then_level(text, a, b)
                    # ("+$1.57 to $31.67": a change, then a level)
                    and "+" not in text[max(0, a.start - 2):a.end])):
            drop.update((i, i + 1))
    for i, q in enumerate(quantities):
        words = not any(ch.isdigit() for ch in q.text)
        if words and q.quantity.unit == "x" and (_ORDINAL_AFTER_RE.match(text, q.end)
                                                  or _COMPARATIVE_AFTER_RE.match(text, q.end)):
            drop.add(i)
        elif q.quantity.value < 100 and (_STREAK_AFTER_RE.match(text, q.end)
                                         or _STREAK_AFTER_RE.search(q.text)):
            drop.add(i)  # "down following four consecutive monthly increases": a streak's length
    facts.skipped_figures += len(drop)
    return [q for i, q in enumerate(quantities) if i not in drop]


#: "Thirteen of the 16 industries", "eight of the nine English regions", "12 out of all 47 prefectures":
#: the part counts the noun, the whole is what it is a part of
_PART_OF_WHOLE_RE = re.compile(
    r"(?<![A-Za-z0-9.,-])(?P<n>\d{1,3}(?:,\d{3})*|[A-Za-z]+)\s+(?:out\s+)?of\s+(?i:the|its|their|all|these|those)"
    r"\s+(?P<m>\d{1,3}(?:,\d{3})*|[A-Za-z]+)(?P<rest>(?:\s+[A-Za-z-]+){1,4})")
#: "All of the 4 main components … increased", "each of the six industries": a whole all (each, none …) of
#: whose members the sentence speaks of, as 「4項目全ての」 in Japanese (_WHOLE_AFTER_RE)
_ALL_OF_WHOLE_RE = re.compile(
    r"(?<![A-Za-z])(?i:all|each|none|both|most|some|any|every\s+one)\s+(?i:of)\s+(?i:the|its|their|these|those)"
    r"\s+(?P<m>\d{1,3}|[A-Za-z]+)(?=\s+[A-Za-z])")
#: 「全15業種のうち」, 「全国47都道府県のうち」: the whole a part of which the sentence counts
_WHOLE_JA_RE = re.compile(r"全(?:国)?\s?(?P<m>\d+)\s?[一-龥ァ-ヶー]{1,6}\s?(?:の)?(?:うち|中)")


_PHRASE_END = frozenset(("were", "was", "are", "is", "had", "have", "saw", "in", "of", "to", "and", "with"))


def parts_of_wholes(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """A part of a whole ("Thirteen of the 16 industries were up"): the part is a count of the
    noun, written in words as often as in digits; the whole ("the 16 industries", 「全15業種のうち」, "All
    of the 4 main components")
    is the set the figure is a part of, no figure of its own (a linguistic reason: "of the N" is
    a definite reference to a known set)."""
    wholes: list[tuple[int, int]] = []
    parts: list[QuantityMatch] = []
    for m in _PART_OF_WHOLE_RE.finditer(text):
        part, whole = word_number(m["n"]), word_number(m["m"])
        if part is None or whole is None or not part < whole:
            continue
        # the noun counted: the first plural of the phrase after the whole ("nine English regions")
        noun = next((w for w in m["rest"].split() if is_count_noun(w) or w.lower() in _PHRASE_END), "")
        if not is_count_noun(noun):
            continue
        wholes.append(m.span("m"))
        found = [q for q in quantities if q.start <= m.start("n") < q.end]
        if all(q.quantity.unit is None for q in found):
            quantities = [q for q in quantities if q not in found]  # "6 of the 10 provinces": 6 counts them
            parts.append(QuantityMatch(Quantity(float(part), "count", text=m["n"]), m.start("n"), m.end("n"),
                                       m["n"], None))
    wholes += [m.span("m") for m in _WHOLE_JA_RE.finditer(text)]
    wholes += [m.span("m") for m in _ALL_OF_WHOLE_RE.finditer(text) if word_number(m["m"]) is not None]
    if not wholes:
        return quantities
    kept = [q for q in quantities if not any(q.start <= a < q.end for a, _b in wholes)]
    return sorted(kept + parts, key=lambda q: q.start)


def without_group_names(text: str, quantities: list[QuantityMatch], facts: DocFacts) -> list[QuantityMatch]:
    """Counts that name a group, skipped (counted): 「10都市が2.4%増」 is the figure of the ten cities
    (the count is the subject of another figure), 「10都市以外の地区」 names the others; 「10産業のうち8産業」
    counts a part of the whole, so the whole is the base of that count, not a figure of its own
    (English "of the 16 industries" and 全N…のうち: :func:`parts_of_wholes`)."""
    drop: set[int] = set()
    for i, q in enumerate(quantities):
        if q.quantity.unit != "count":
            continue
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if nxt is not None and nxt.quantity.unit != "count" and \
                _GROUP_SUBJECT_RE.fullmatch(text, q.end, nxt.start):
            drop.add(i)  # 10都市が2.4%増: the count is the subject, the figure is the other one
        elif _WHOLE_AFTER_RE.match(text, q.end):
            drop.add(i)  # 10産業のうち, 15業種中: the whole a part is counted in
    facts.skipped_figures += len(drop)
    return [q for i, q in enumerate(quantities) if i not in drop]


#: the number of a publication's volume or issue, a catalogue or a release: "vol. 97, no. 3", "No. 325",
#: "cat. no. 8731.0", "Release No. 15"
_REFERENCE_NUMBER_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:[Vv]ol|[Nn]o|[Nn]os|[Ii]ss)\.\s?$")
#: 「(1表)」, 「(2表)」, 「第2−4−3表」, 「1-3-1-1図」: a number (or a chain of numbers joined by hyphens)
#: right before 表 (table) or 図 (chart) is that table's or chart's number (not 表示, 表明, 表面, 図る: words)
_REFERENCE_NUMBER_JA_RE = re.compile(r"\d{1,3}(?:[-−‐－]\d{1,3})*\s?[表図](?![示明面彰現])")
#: what the number reader takes of such a number: the number alone, or with 表 read as a counter
_BARE_REFERENCE_RE = re.compile(r"\d{1,3}[表図]?")


def without_reference_numbers(text: str, quantities: list[QuantityMatch],
                              facts: DocFacts) -> list[QuantityMatch]:
    """Numbers that say which volume, issue or number of a series a text is ("The Consumer Price Index, March
    2018, vol. 97, no. 3": dev17 StatCan, two index levels that were no figures; "No. 325" over a Destatis
    release, dev10; "cat no. 8731.0", dev15 ABS), skipped (counted): "vol." and "no." before a number
    abbreviate "volume" and "number" as a name's part, so the number that follows names, it measures nothing;
    a number that says its own unit is kept. So are the numbers of a Japanese text's tables and charts
    (「(1表)」, 「1-3-1-1図」: dev23 介護保険, two counts of 1 and 2 drafted from them)."""
    drop = [i for i, q in enumerate(quantities)
            if (q.quantity.unit in (None, "index")
                and _REFERENCE_NUMBER_BEFORE_RE.search(text, max(0, q.start - 6), q.start))
            or (_BARE_REFERENCE_RE.fullmatch(q.text) and _REFERENCE_NUMBER_JA_RE.match(text, q.start))]
    facts.skipped_figures += len(drop)
    return [q for i, q in enumerate(quantities) if i not in drop]


#: a part number in brackets: 「(1/31)」 (page 1 of 31), "(2/5)": a whole number over a larger one, alone in
#: its bracket
_PART_NUMBER_RE = re.compile(r"[(（]\s?(\d{1,3})\s?/\s?(\d{1,3})\s?[)）]")


def without_part_numbers(text: str, quantities: list[QuantityMatch], facts: DocFacts) -> list[QuantityMatch]:
    """A fraction alone in brackets, a whole number over a larger whole number
    (「労働力調査(基本集計)2022年12月分(1/31)」, devja22's source line; "(2/5)"), numbers a part of a set (a
    page of a document, a sheet of a table): a ratio is written with its words (「31分の1」, 「3人に1人」,
    "one in 31") or as a rate, and a bare n/m after a title counts parts; skipped (counted).
    「1/100の縮尺」 and a fraction out of brackets are kept."""
    spans = [(m.start(), m.end()) for m in _PART_NUMBER_RE.finditer(text) if 0 < int(m[1]) <= int(m[2])]
    if not spans:
        return quantities
    drop = [i for i, q in enumerate(quantities) if q.quantity.unit == "x"
            and any(a < q.start and q.end < b for a, b in spans)]
    facts.skipped_figures += len(drop)
    return [q for i, q in enumerate(quantities) if i not in drop]


#: "the five food groups", "these three industries": a definite article or a demonstrative before a number
#: said in words
_SET_REFERENCE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:the|these|those)\s+$")
_SCALE_WORD_RE = re.compile(r"(?i:hundred|thousand|million|billion|trillion)")


def without_set_references(text: str, quantities: list[QuantityMatch],
                           facts: DocFacts) -> list[QuantityMatch]:
    """A count said in words after "the", "these" or "those" ("Price rises for the five food groups for the
    year ended September 2023 … were:", dev18 Stats NZ) names a set the text speaks of, as "these four
    countries" does: the definite article points at things already known, the number says how many of them
    are meant (the list that follows gives them), it reports no figure; skipped (counted). A count in
    digits ("Thirteen of the 16 industries were up") and a scaled number ("the five million people") are
    kept."""
    drop = [i for i, q in enumerate(quantities) if q.text[:1].isalpha() and q.quantity.unit is not None
            and (q.quantity.unit == "count" or (q.quantity.unit.isalpha() and q.quantity.unit.islower()
                                                 and q.quantity.unit.endswith("s")))
            and not _SCALE_WORD_RE.search(q.text)
            and _SET_REFERENCE_BEFORE_RE.search(text, max(0, q.start - 8), q.start)]
    facts.skipped_figures += len(drop)
    return [q for i, q in enumerate(quantities) if i not in drop]


def without_spelled_counts(text: str, quantities: list[QuantityMatch],
                           facts: DocFacts) -> list[QuantityMatch]:
    """A count spelled in words inside an English sentence ("Employment increased in four provinces", "Of the
    remaining seven regions", "These key indicators are provided on two bases", "due to developments in one
    euro area country": dev3 StatCan, dev13 CSO and ECB, dev15 ONS) says how many of the things the text goes
    on to name it speaks of; it reports no statistic. Releases write their figures in digits, and style
    guides spell out a small number in running text only (a linguistic reason); skipped (counted). Kept: a
    spelled number that opens its sentence (where style spells out any number), a part of a whole ("Thirteen
    of the 16 industries were up": :func:`parts_of_wholes`) and a scaled number ("one million")."""
    lead = len(text) - len(text.lstrip(" -•*·\t'\"‘“"))
    drop = [i for i, q in enumerate(quantities)
            if not any(c.isdigit() for c in q.text) and q.quantity.unit == "count" and q.start > lead
            and " " in q.text.strip() and not _SCALE_WORD_RE.search(q.text)]
    facts.skipped_figures += len(drop)
    return [q for i, q in enumerate(quantities) if i not in drop]


#: "one in five adults", "1 in 4 households", "one in every ten": a share, the fraction 1/N
_ONE_IN_RE = re.compile(r"(?<![A-Za-z0-9.,-])(?P<one>(?i:one)|1)\s+(?i:in|out\s+of)\s+(?:(?i:every)\s+)?"
                        r"(?P<n>\d{1,3}|[A-Za-z]+)(?![A-Za-z0-9.,])")


#: the denominator of a rate: 「1世帯当たり」, 「1人あたり」; "for every 100 people", "per 1,000 residents";
#: the first of two (「1人1日あたり」: per person and per day, no count of one person)
_PER_AFTER_RE = re.compile(r"(?:\s?[0-9一]{1,3}(?:日|人|世帯|戸|か月|カ月|ヶ月|週|年))?"
                           r"\s?(?:当たり|あたり|当り)")
_PER_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:per|for\s+every|for\s+each|every)\s+$")


def without_denominators(text: str, quantities: list[QuantityMatch], facts: DocFacts) -> list[QuantityMatch]:
    """The unit a rate is counted per is no figure (counted as skipped): 「1世帯当たり289,847円」 is an
    amount per household, not a count of one household; "108 job vacancies for every 100 people
    officially unemployed" counts vacancies, not 100 people (a linguistic reason: the denominator of
    a rate)."""
    out = [q for q in quantities
           if not ((q.quantity.unit in (None, "count") or _cjk(q.text)) and (
               _PER_AFTER_RE.match(text, q.end)
               or _PER_BEFORE_RE.search(text, max(0, q.start - 14), q.start)))]
    facts.skipped_figures += len(quantities) - len(out)
    return out


def one_in_n(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """"One in five adults smoked": a share of 1/5, written as the fraction 0.2 ``x`` as "a fifth"
    is (a linguistic reason: "one in N" names a proportion, not a count of N), instead of a count
    of five adults."""
    out = list(quantities)
    for m in _ONE_IN_RE.finditer(text):
        n = word_number(m["n"])
        if n is None or n < 2:
            continue
        out = [q for q in out if not (q.start < m.end() and m.start() < q.end)]
        out.append(QuantityMatch(Quantity(round(1 / n, 10), "x", text=m.group(0)), m.start(), m.end(),
                                 m.group(0), None))
    if "に" in text:
        # 「国民の24人に1人」: one in 24 (the Japanese "one in N", its counter said twice), a share of 1/24;
        # 「5.4秒に1回の割合で出動」: once every 5.4 seconds, the interval the figure (its 1 counts the one
        # time, no figure)
        for m in _ONE_IN_JA_RE.finditer(text):
            out = [q for q in out if not (q.start < m.end() and m.start("one") < q.end)]
            if m["c1"] == m["c2"] and (share := float(m["n"].replace(",", ""))) >= 2:
                out = [q for q in out if not (q.start < m.end() and m.start() < q.end)]
                out.append(QuantityMatch(Quantity(round(1 / share, 10), "x", text=m.group(0)), m.start(),
                                         m.end(), m.group(0), None))
    return sorted(out, key=lambda q: q.start)


#: 「上位10道県」, 「下位3カ国」: the top or the bottom N, a rank bound that names a group
_TOP_N_BEFORE_RE = re.compile(r"(?:上位|下位)\s?$")
#: 「(東京、神奈川、…、兵庫の8都府県)」: names listed in a bracket, then の and how many they are
_LISTED_BEFORE_RE = re.compile(r"[(（](?P<names>[^()（）。]{1,200}?)の\s?$")


def group_sizes(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """Counts that say how many members a group holds, no measure: the top or the bottom N
    (「鶏卵生産量(全国及び上位10道県)」), and the number of names just listed (「三大都市圏（東京、神奈川、
    千葉、埼玉、愛知、大阪、京都、兵庫の8都府県）が31.2%増」: 8 restates the eight names, an apposition).
    A count of members said as a finding stays (「前年同月と比べて増えたのは35都道府県だった」)."""
    if not ("上位" in text or "下位" in text or "、" in text):
        return quantities
    out = []
    for q in quantities:
        if q.quantity.unit in (None, "count") and q.quantity.value >= 2:
            if _TOP_N_BEFORE_RE.search(text, max(0, q.start - 4), q.start):
                continue
            listed = _LISTED_BEFORE_RE.search(text, max(0, q.start - 210), q.start)
            if listed is not None and listed.end() == q.start \
                    and listed["names"].count("、") + 1 == q.quantity.value:
                continue
        out.append(q)
    return out


#: a Japanese duration: 「10時間37分」 (hours and minutes), 「7時間」, 「10.1時間」, 「38分」,
#: 「5.4 秒」. Not a clock time (「10時37分」: 時, no 時間; the minutes after it), a fraction
#: (「3分の1」), a share of a whole (「1割5分」), a date's part (「4月分」, 「22年分」: no digit before
#: 分), nor a word the unit begins (「24時間以内」, 「24時間体制」, 「5分前」, 「分類」: a kanji after
#: it), but a change said with its unit (「12分増」, 「3分減」)
_DURATION_JA_RE = re.compile(
    r"(?<![0-9.,割時])(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?:"
    r"(?P<hours>時間)(?:\s?(?P<min>[0-5]?\d)\s?分)?|(?P<minutes>分)|(?P<seconds>秒))"
    r"(?![一-龥々〆ヵヶ](?<![増減])|の\s?[0-9０-９一二三四五六七八九十])")
_DURATION_UNITS = {"hours": "hours", "minutes": "minutes", "seconds": "seconds"}


def durations_ja(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """Durations a Japanese sentence states (「睡眠時間は7時間42分」, 「10.1時間」, 「5.4 秒に1回」):
    the quantity finder leaves a number before 時, 分 or 秒 out (a date's or a clock's part); a
    duration is a measure, in hours, minutes or seconds (a linguistic reason: 時間, 分 and 秒 count
    time as 円 counts money). Hours and minutes together are minutes (10時間37分 = 637), and a
    sentence that says any duration in minutes says all of them so (「男性が7時間,女性が5時間で,
    …男性が12分,女性が9分の増加」: 7時間 is 420 minutes), as figures compared in one sentence share
    a unit."""
    if not ("時間" in text or "分" in text or "秒" in text):
        return quantities
    found: list[tuple[re.Match[str], float, str]] = []
    for m in _DURATION_JA_RE.finditer(text):
        if any(q.start < m.end() and m.start() < q.end and q.quantity.unit is not None for q in quantities):
            continue  # (read already: 「3分の1」 is a fraction)
        # (「3分の減少」: the finder read a bare 3 there, the duration's number)
        quantities = [q for q in quantities if not (q.start < m.end() and m.start() < q.end)]
        n = float(m["n"].replace(",", ""))
        if m["hours"] and m["min"] is not None:
            found.append((m, n * 60 + int(m["min"]), "minutes"))
        else:
            unit = next(u for u in _DURATION_UNITS if m[u])
            found.append((m, n, _DURATION_UNITS[unit]))
    if not found:
        return quantities
    if any(unit == "minutes" for _, _, unit in found):
        found = [(m, n * 60 if unit == "hours" else n, "minutes" if unit == "hours" else unit)
                 for m, n, unit in found]
    out = list(quantities)
    for m, n, unit in found:
        out.append(QuantityMatch(Quantity(round(n, 10), unit, text=m.group(0)), m.start(), m.end(),
                                 m.group(0), None))
    return sorted(out, key=lambda q: q.start)


#: the Japanese "one in N" and "once every N": 「24人に1人」, 「5.4 秒に1回」 (a counter after each number; a
#: bracket may stand between, 「5.4 秒(同 5.5 秒)に1回」)
_ONE_IN_JA_RE = re.compile(r"(?<![0-9.,])(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?P<c1>[人件社世帯秒分時間日]{1,2})"
                           r"\s?(?:[(（][^()（）]{0,20}[)）])?\s?に\s?(?P<one>1)\s?(?P<c2>[人件社世帯回度])")


#: a growth of zero said in words: "shown no growth in July 2024", "zero growth", "flat growth"
_ZERO_GROWTH_RE = re.compile(r"(?<![A-Za-z])(?i:no|zero|flat)\s+(?i:growth)(?![A-Za-z])")


def zero_growth(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """"GDP is estimated to have shown no growth in July 2024": a growth of 0 %, a figure as "grew
    0.2%" is (a linguistic reason: the zero of a change said in words)."""
    return [QuantityMatch(Quantity(0.0, "%", text=m.group(0)), m.start(), m.end(), m.group(0), None)
            for m in _ZERO_GROWTH_RE.finditer(text)
            if not any(q.start < m.end() and m.start() < q.end for q in quantities)]


#: "The food at home index was unchanged", "consumer prices were unchanged": an index or prices said
#: to be unchanged changed by 0 % (not "unchanged at 6.7%", a level; not "essentially unchanged"). Issue 14:
#: "remained broadly unchanged", "stayed more or less constant", "stayed roughly the same" say it too, with a
#: hedge (dev13 ECB, dev12 SURS); a rate said unchanged changed by 0 percentage points (not "at" its level:
#: "the unemployment rate was unchanged at 6.7%" is that level, as before)
_UNCHANGED_RE = re.compile(
    r"(?<![A-Za-z])(?i:was|were|is|are|remained|stayed|held)\s+"
    r"(?:(?i:broadly|largely|relatively|virtually|practically|roughly|about|more\s+or\s+less)\s+)?"
    r"(?P<word>(?i:unchanged|constant)|the\s+same)(?![A-Za-z])(?!\s+(?i:at|as|from)(?![A-Za-z]))"
    # "the average prices of goods sold in June 2014 showed no change compared with June 2013" (dev16 ONS)
    r"|(?<![A-Za-z])(?i:showed|shown|shows|recorded|saw)\s+(?P<none>(?i:no\s+change))(?![A-Za-z])")
_UNCHANGED_SUBJECT_RE = PRICES_OR_INDEX_RE
#: a rate (its change is in percentage points) or a number of things (its change is in per cent)
_UNCHANGED_RATE_RE = re.compile(r"(?<![A-Za-z])(?i:rates?)(?![A-Za-z])")
_UNCHANGED_NUMBER_RE = re.compile(r"(?<![A-Za-z])(?i:number|that\s+of)(?![A-Za-z])")


def _unchanged_subject(text: str, at: int) -> int:
    """Where the clause of a verb at ``at`` starts: after the last comma or semicolon before it, or
    before an aside the verb follows ("The indicator, which combines interest rates on all loans,
    remained broadly unchanged": the subject is before the aside), or after "and" ("the number of arrivals
    increased by 8% and that of overnight stays stayed about the same")."""
    start = max(text.rfind(",", 0, at), text.rfind(";", 0, at)) + 1
    if start > 0 and not text[start:at].strip():
        start = max(text.rfind(",", 0, start - 1), text.rfind(";", 0, start - 1)) + 1
    joined = text.rfind(" and ", start, at)
    return joined + 5 if joined >= 0 else start


def unchanged_prices(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """Prices or an index that "were unchanged" (a zero said in words, as "no growth"): a change of 0 %,
    when nothing else in the clause before says a figure; a rate said unchanged: 0 percentage points; a
    number said to stay the same: 0 %. Never "unchanged at" a level (the level is the figure)."""
    out: list[QuantityMatch] = []
    for m in _UNCHANGED_RE.finditer(text):
        start = _unchanged_subject(text, m.start())
        before = max(start, m.start() - 80)
        if _UNCHANGED_RATE_RE.search(text, before, m.start()) and not _UNCHANGED_SUBJECT_RE.search(
                text, before, m.start()):
            unit = "pp"
        elif _UNCHANGED_SUBJECT_RE.search(text, before, m.start()) or _UNCHANGED_NUMBER_RE.search(
                text, before, m.start()):
            unit = "%"
        else:
            continue
        group = "word" if m["word"] else "none"
        if not any(start <= q.start < m.start(group) for q in quantities):
            word = m[group]
            out.append(QuantityMatch(Quantity(0.0, unit, text=word), m.start(group), m.end(group), word,
                                     None))
    return out


#: 「前月比(季節調整値)で同水準」, 「前年同月比は横ばい」: a rate of change said in words as no change
_SAME_LEVEL_JA_RE = re.compile(rf"(?:{RELATIVE_PERIOD_JA})比[^、。\d%％]{{0,12}}?"
                               r"(?:で|は|が)?\s*(?P<word>同水準|横ばい|変わらず)")


def unchanged_rates_ja(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """A Japanese rate of change said as no change (「前月比(季節調整値)で同水準となった」): 0 %, as
    "were unchanged" is in English (a zero said in words; a level said 横ばい without 比 is left alone)."""
    return [QuantityMatch(Quantity(0.0, "%", text=m["word"]), m.start("word"), m.end("word"), m["word"], None)
            for m in _SAME_LEVEL_JA_RE.finditer(text)
            if not any(m.start() <= q.start < m.end() for q in quantities)]


#: what joins the numbers of a list: "0.8 and 4.4 per cent", "3.1, 2.5 and 1.9 per cent"
_LIST_JOIN_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def shared_units(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """Numbers listed before one unit share it ("grew by 0.8 and 4.4 per cent respectively", "rose
    3.1, 2.5 and 1.9 per cent"): English says the unit once, after the last number of the list
    (a linguistic reason: ellipsis in coordination). Only percentages and percentage points, whose
    unit carries no scale."""
    out = list(quantities)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        join = _LIST_JOIN_RE.fullmatch(text, a.end, b.start)
        # the last two of a list are joined by and/or; a comma alone before a number with its unit
        # is an apposition ("was 661,000, 6.0% fewer than a year before": a count, then its change)
        last = b is quantities[i + 1] and b.quantity.unit is not None
        # "fell by 24,000, or 0.9%", "has fallen by 2.4 million, or 50 percent": ", or" restates a count
        # (thousands, a scale word) as the share of its base; the count is no percentage ("increased by
        # 44,100 or 2.3%" too, with no comma: a percentage is not written with a thousands separator)
        restated = join is not None and re.fullmatch(r",?\s*or\s*", join.group(0)) is not None \
            and _SCALED_RE.search(a.text) is not None
        if a.quantity.unit is None and not restated and b.quantity.unit in ("%", "pt") \
                and b.text[:1].isdigit() and a.text[:1].isdigit() and join \
                and not (last and "," in join.group(0) and not re.search(r"and|or", join.group(0))):
            out[i] = replace(a, quantity=replace(a.quantity, unit=b.quantity.unit))
    return out
#: what stands between two numbers of a table's line: "22,649 24,548", "22,649 | 24,548"
_NUMBER_LINE_RE = re.compile(r"[\s|$]*")
_DURATION_AFTER_RE = re.compile(
    r"[\s-]+(?i:years?|months?|weeks?|days?|hours?|quarters?|decades?)(?![A-Za-z])")
#: 「2ヶ月ぶり」, 「12ヶ月連続」, 「3四半期連続」: a duration or streak, neither a count nor an index level
_JA_DURATION_AFTER_RE = re.compile(r"\s*(?:[ヶかカヵケ]月|年|日|週|時間|四半期|期)")
_SCALED_RE = re.compile(r"\d,\d{3}|\d \d{3}(?!\d)|[万億兆]|(?i:thousand|million|billion|trillion)")
#: hours counted by the million ("0.7 million hours", "1,625.6 million hours"): time worked, an amount in
#: ``hours``, not the length of something ("12 hours" is a duration, no figure)
_HOURS_AFTER_RE = re.compile(r"\s+(?i:hours)(?![A-Za-z])")
#: "0.2 of a percentage point lower than a year ago", "0.1 of a per- centage point" (a PDF's line break): a
#: fraction of a percentage point, as US releases write a change under one point
_OF_A_POINT_AFTER_RE = re.compile(r"\s+(?i:of\s+an?\s+(?:percentage|per-?\s?centage)\s+points?)(?![A-Za-z])")
#: "was 71.0 per cent, up 0.4 on the quarter", "rose by 1.6 per cent on a year earlier, up 0.1 on the three
#: months to May 2012" (ONS): a change said with no unit right after a percentage of the same clause run
#: (no other number between them)
_CHANGE_OF_A_RATE_BEFORE_RE = re.compile(
    r"\d\s*(?:%|(?i:per\s?cent|percent))(?![A-Za-z])[^\d;:]{0,80}?,\s*"
    r"(?i:up|down|(?:rose|fell|rising|falling|increased|decreased|increasing|decreasing)(?:\s+by)?)\s+$")
#: "The total number of weekly hours worked was 891.0 million": the measure counts hours, not people
_HOURS_MEASURE_RE = re.compile(r"(?<![A-Za-z])(?i:hours\s+worked)(?![A-Za-z])")


def read_units(text: str, quantities: list[QuantityMatch], bare_counts: bool = True,
                index_levels: bool = True) -> list[QuantityMatch]:
    """Units the number reader leaves to the sentence (a rule per family of meaning):

    - basis points ("80 bps", "25 basis points") are hundredths of a percentage point (``pp``);
    - a Japanese number followed directly by a noun counts it (数詞 + 名詞 is a quantifier:
      3万6,512戸, 120台, 5棟, 3校, 12店舗, 4県), unless the noun measures, orders or dates
      (3次, 5歳, 20度, 3階: ``_NOT_COUNTERS``);
    - a number in a sentence about an index ("CPI was 108.5", 総合指数は108.5, 現状判断DIは49.6) is an
      index level (unit ``index``), and the base of the index (2020=100, 2020年を100として) is none;
      points of an index (「0.5ポイント低下」, "fell 2.1 points") are its own units (``index``), not
      percentage points (:func:`_about_index`);
    - any other number with no unit written with a thousands separator or a scale word
      ("increased by 256,000", "at 6.9 million") counts: amounts of money and shares always say
      their unit, and a year or a code has neither mark. Only in prose (``bare_counts``): table
      rows, lines of bare numbers side by side and sections that state their amounts' unit
      ("(In millions, except per share amounts)", 単位：百万円) hold amounts, not counts.
    """
    bare = [q for q in quantities if q.quantity.unit is None]
    bare_counts = bare_counts and not any(_NUMBER_LINE_RE.fullmatch(text, a.end, b.start)
                                          for a, b in pairwise(bare))
    out: list[QuantityMatch] = []
    bases = [(m.start(), m.end()) for m in INDEX_BASE_RE.finditer(text)]
    cjk = _cjk(text)
    for q in quantities:
        bps = _BPS_RE.search(q.text) or (
            _BPS_AFTER_RE.match(text, q.end) if q.quantity.unit is None else None)
        if bps is not None:
            # "rose 80 bps", "25 basis points": hundredths of a percentage point (read so already,
            # in points, when the finder took the unit)
            end = q.end if bps.re is _BPS_RE else bps.end()
            new_text = text[q.start:end]
            hundredths = q.quantity.value if q.quantity.unit == "pt" else round(q.quantity.value / 100, 10)
            out.append(replace(q, end=end, text=new_text, quantity=replace(
                q.quantity, value=hundredths, unit="pp", text=new_text)))
            continue
        points = _POINTS_AFTER_RE.match(text, q.end) if q.quantity.unit == "%" else None
        if points is not None or (q.quantity.unit == "count" and _PPTS_RE.search(q.text)):
            # "0.3 % points", "0.3 percent points", "0.3 ppts": percentage points
            end = points.end() if points is not None else q.end
            out.append(replace(q, end=end, text=text[q.start:end],
                               quantity=replace(q.quantity, unit="pt", text=text[q.start:end])))
            continue
        rate = _PER_UNIT_AFTER_RE.match(text, q.end)
        if rate is not None and q.quantity.unit in (None, "USD", "count"):
            # "13.2 million barrels per day (b/d)", "$84/b", "$84 per barrel": a flow or a price per unit
            per = "bbl/d" if rate.group("flow") else "bbl"
            unit = f"USD/{per}" if q.quantity.unit == "USD" else per
            end = rate.end()
            out.append(replace(q, end=end, text=text[q.start:end],
                               quantity=replace(q.quantity, unit=unit, text=text[q.start:end])))
            continue
        if q.quantity.unit == "pt" and index_levels and not _PERCENT_POINTS_RE.search(q.text) \
                and _about_index(text, q.start, points=True):
            # 「現状判断DIは前月差0.5ポイント低下の49.6」, "the index fell 2.1 points": points of an index
            # are its own units (a difference of two levels), not percentage points
            out.append(replace(q, quantity=replace(q.quantity, unit="index")))
            continue
        if q.quantity.unit is not None:
            out.append(q)
            continue
        if any(a <= q.start < b for a, b in bases):
            continue  # 2020=100
        point = _OF_A_POINT_AFTER_RE.match(text, q.end) if not cjk else None
        if point is not None:
            # "was 0.2 of a percentage point lower": 0.2 percentage points (was a number with no unit)
            out.append(replace(q, end=point.end(), text=text[q.start:point.end()],
                               quantity=replace(q.quantity, unit="pp", text=text[q.start:point.end()])))
            continue
        if not cjk and "." in q.text and not _SCALED_RE.search(q.text) and abs(q.quantity.value) < 100 \
                and _CHANGE_OF_A_RATE_BEFORE_RE.search(text, max(0, q.start - 160), q.start):
            # "The unemployment rate was 8.0 per cent …, down 0.2 on the quarter": a change said after a
            # percentage with no unit of its own is the difference of two percentages, in percentage points
            # (a change is in the unit of the levels it is the difference of, see points_unit)
            out.append(replace(q, quantity=replace(q.quantity, unit="pp")))
            continue
        hours = _HOURS_AFTER_RE.match(text, q.end) if not cjk and _SCALED_RE.search(q.text) else None
        if hours is not None or (not cjk and bare_counts and _SCALED_RE.search(q.text)
                                 and _HOURS_MEASURE_RE.search(text, _clause_start(text, q.start), q.start)):
            # "increased 0.7 million hours to 1,625.6 million hours", "weekly hours worked was 891.0 million"
            end = hours.end() if hours is not None else q.end
            out.append(replace(q, end=end, text=text[q.start:end],
                               quantity=replace(q.quantity, unit="hours", text=text[q.start:end])))
            continue
        if _DURATION_AFTER_RE.match(text, q.end) or (cjk and _JA_DURATION_AFTER_RE.match(text, q.end)):
            out.append(q)  # "the 12 months ending October": a duration, neither a count nor a level
            continue
        counter = _counter_after(text, q.end, q.start) if cjk else None
        if counter is not None:
            end = text.index(counter, q.end) + len(counter)
            new_text = q.text + text[q.end:end]
            out.append(replace(q, end=end, text=new_text,
                               quantity=replace(q.quantity, unit="count", text=new_text)))
        elif index_levels and _about_index(text, q.start):
            out.append(replace(q, quantity=replace(q.quantity, unit="index")))
        elif cjk and _LATIN_SYMBOL_AFTER_RE.match(text, q.end):
            out.append(q)  # 「818万2,000 t」, 「539kg」: in a unit symbol the reader does not know, no count
        elif bare_counts and _SCALED_RE.search(q.text) and float(q.quantity.value).is_integer() \
                and abs(q.quantity.value) >= 1000:
            out.append(replace(q, quantity=replace(q.quantity, unit="count")))
        else:
            out.append(q)
    return out


#: a unit symbol in Latin letters after a number of Japanese text (particles are kana: a Latin word glued to a
#: number there is its unit, 「t」, 「kg」, 「ha」, 「m3」)
_LATIN_SYMBOL_AFTER_RE = re.compile(r"\s?[A-Za-z][A-Za-z0-9²³/]{0,5}(?![A-Za-z0-9])")


def _about_index(text: str, start: int, points: bool = False) -> bool:
    """Whether the number at ``start`` is said of an index: an index word in its clause or in the 40
    characters before it, asides in brackets not counted (「現状判断DI（3ヶ月前と比較した…、季節調整値）は、
    前月差0.5ポイント低下の49.6」); for points, with no percentage in between (「指数の上昇率は2.5%で、
    0.3ポイント低下」: the points are the rate's). The first number of a range (「2～3ヶ月先」) is none."""
    if _RANGE_NEXT_RE.match(text, start):
        return False
    head = _ASIDE_RE.sub(lambda m: "\x00" * len(m.group(0)), text[:start])
    clause = _clause_start(head.replace("\x00", ""), len(head.replace("\x00", "")))
    plain = head.replace("\x00", "")
    found = list(INDEX_WORD_RE.finditer(plain, min(clause, max(0, len(plain) - 40))))
    return bool(found) and not (points and _PERCENT_POINTS_RE.search(plain, found[-1].end()))


def points_unit(text: str, q: QuantityMatch, quantities: list[QuantityMatch], alone: str = "pp") -> str:
    """The unit of a change said in points (ポイント, "points") that is not an index's (those are
    ``index``, see :func:`_about_index`): the difference of two levels is in the levels' unit.
    Percentage points (``pp``, the contract's spelling) when the level beside it is a percentage
    (「完全失業率は2.5%で、0.1ポイント低下」) or none is said; the measure's own points (``pt``) when its
    level has no unit (「合計特殊出生率は1.15で、前年を0.05ポイント下回った」: births per woman, no
    percentage; so is a ratio in 倍: 「有効求人倍率は1.62倍で、前年度に比べ0.08ポイント上昇」), ``index``
    when the level is an index level. With no level said beside it, ``alone`` (``index`` after an
    index's figure in the paragraph: its moving average said next)."""
    if _PERCENT_POINTS_RE.search(q.text):
        return "pp"
    levels = [x for x in quantities if x is not q and x.quantity.unit in (None, "index", "%", "x")
              and (0 <= x.start - q.end <= 12 or 0 <= q.start - x.end <= 30)]
    if not levels:
        return alone
    level = min(levels, key=lambda x: x.start - q.end if x.start >= q.end else q.start - x.end)
    return {"%": "pp", "index": "index"}.get(level.quantity.unit or "", "pt")


def _counter_after(text: str, end: int, start: int = 0) -> str | None:
    """The noun a Japanese number counts, when one follows it directly (see :func:`read_units`), or
    after one space when it is a single-kanji counter (「77.5 頭」, 「900 戸(4.8 %)減少」: transcribed
    releases space a number from its counter; a longer word after a space begins a phrase of its own:
    「図 2 乳用牛」), and not after 第, which orders (「第 1 表」)."""
    m = _KANJI_WORD_RE.match(text, end)
    if m is None and text[end:end + 1] == " " and not text[max(0, start - 2):start].rstrip().endswith("第"):
        m = _KANJI_WORD_RE.match(text, end + 1)
        if m is None or len(m[0]) != 1:
            return None
        end += 1
    if m is None:
        return None
    from shingi.pipeline.morphology import tokenize

    # the word Sudachi reads right after the number (3棟建設: 棟, not 棟建設)
    for t in tokenize(text):
        if t.start == end:
            if t.pos not in ("名詞", "接尾辞") or t.pos2 in ("数詞", "固有名詞"):
                return None
            if t.surface in _NOT_COUNTERS:
                return None
            return t.surface if _KANJI_WORD_RE.fullmatch(t.surface) else None
        if t.start > end:
            break
    return None


#: the rest of a Japanese list of figures whose last item says it fell: 「保健医療 0.1%、交通・通信
#: 0.9%の下落」 (the predicate after a list of 「label figure」 pairs joined by 、 is said of every item),
#: also when its labels are years and the list closes with と and a streak (「平成8年が実質2.4%、9年が実質
#: 2.5%、10年が実質0.9%と3年連続の減少」), or with no labels (「それぞれ1.5ポイント、3.7ポイントの低下」)
#: what closes such a list: と and perhaps a streak (「と3年連続の」), and the word of the fall
_JA_LIST_STREAK = r"\s?と\s?(?:\d{1,2}\s?(?:年|年度|か月|カ月|ヵ月|ヶ月|四半期|期)\s?連続\s?の?)?"
_JA_LIST_FALL_WORD = r"\s*の?(?:減少|下落|低下|下降|縮小|マイナス)"
_JA_LIST_FALL_RE = re.compile(
    # (the labels may be left out: 「それぞれ1.5ポイント、3.7ポイントの低下」, figures of the subjects named
    # before them in turn; a change in points is listed as one in per cent is)
    r"(?:[、,]\s?(?:[^、,。\d%()（）]|\d{1,2}年度?){0,15}?\s?\d[\d.,]*\s?(?:%|ポイント)"
    r"(?:\s?[（(][^（()）]{1,12}[）)])?)+"
    r"(?:" + _JA_LIST_STREAK + r")?" + _JA_LIST_FALL_WORD)
#: the last item of such a list, closed by と and a streak: 「10年が実質0.9%と3年連続の減少」
_JA_LIST_LAST_FALL_RE = re.compile(_JA_LIST_STREAK + _JA_LIST_FALL_WORD)


def _ja_list_item(unit: str | None, text: str, after: int) -> bool:
    """Whether the figure ending at ``after`` is the first item of a list of falls (_JA_LIST_FALL_RE).
    Only a change is: a figure in another unit than a change's (「雇用者数は45万人、…1.5%、3.7%の減少」,
    「販売電力量は892億kWh、…」) is the level the sentence gives, and a figure before 「それぞれ」 is not one
    the list distributes over (the items after それぞれ are, in turn, the subjects' changes)."""
    m = _JA_LIST_FALL_RE.match(text, after)
    if m is None or unit not in ("%", "pt", "pp", "index"):  # (an index's points: 「0.5ポイント」)
        return False
    return "それぞれ" not in m.group(0) and "各々" not in m.group(0)


#: a rise said right before a figure ("rose 3%", "grew by 0.8 per cent", "an increase of 2%", "up 3%"); its
#: Japanese counterpart after it (「4.1%増」, 「2.0%上昇」, 「3.1%のプラス」)
_RISE_BEFORE_RE = re.compile(
    # ("made up 30% of sales" is a share)
    r"(?<![A-Za-z])(?i:(?<!made\s)(?<!make\s)(?<!makes\s)up|increas(?:e|ed|es|ing)|rose|ris(?:e|es|ing)|gr[eo]w(?:s|n|ing)?|climb(?:ed|s|ing)?"
    r"|jump(?:ed|s|ing)?|gain(?:ed|s|ing)?|advanc(?:ed|es|ing)|expand(?:ed|s|ing)?"
    r"|an?\s+(?:[a-z]+\s+)?(?:increase|rise|gain|jump|expansion)\s+of)"
    r"\s+(?i:by\s+)?(?i:about\s+|approximately\s+|nearly\s+|roughly\s+|some\s+|a\s+further\s+)?$"
    r"|(?:プラス|＋|\+)\s*$")
_RISE_AFTER_RE = re.compile(r"\s*(?:の)?(?:増加|増|上昇|拡大|プラス|上回|多[いく])"
                            r"|[\s-]+(?i:increase|rise|gain|higher|more)(?![A-Za-z])")


def said_as_change(text: str, q: QuantityMatch) -> bool:
    """Whether a percentage is said as the size of a rise or fall (「4.1%減」, 「2.0%上昇」, "fell 3.2 %",
    "rose 0.8 per cent", "a decrease of 4.5%"), a change of kind ``growth`` (contract 1.1), not a share."""
    before = max(0, q.start - 60)
    return bool(_FALL_BEFORE_RE.search(text, before, q.start) or _RISE_BEFORE_RE.search(text, before, q.start)
                or _FALL_AFTER_RE.match(text, q.end) or _RISE_AFTER_RE.match(text, q.end))


#: a rate, perhaps the place it is of, then "and (by)" right before the next rate: the second of two rates one
#: verb says ("by 0.6% in the euro area and by 0.3%", "by 0.2% and 0.1%")
_COORDINATED_RATE_RE = re.compile(r"(?<![\d.,])\d(?:[\d.,]*\d)?\s*(?:%|(?i:percent|per\s+cent))"
                                  r"(?:\s+(?i:in|for)\s+(?:the\s+)?[A-Za-z0-9-]+(?:\s+[a-z]+)?)?\s*,?\s+and\s+(?:by\s+)?$")
#: after the second rate: "of" makes it a share of something ("fell 1.2% in May, and 3% of firms expect …"),
#: no second size of the fall (review M4)
_SHARE_OF_AFTER_RE = re.compile(r"\s+(?i:of)(?![A-Za-z])")


def _signed(text: str, q: QuantityMatch) -> Quantity:
    """A change said as a fall is negative: 4.1%減, 2,419人減少, 44.0%縮小, down 3%, fell 2.4 percent."""
    value = q.quantity
    restates = _RESTATED_BEFORE_RE.search(text, max(0, q.start - 40), q.start)
    if restates is not None and value.value > 0 and (_FALL_BEFORE_RE.search(
            text, max(0, restates.start() - 60), restates.start()) or _FALL_NAMED_BEFORE_RE.search(
            text, max(0, restates.start() - 30), restates.start())):
        # "fell by 24,000, or 0.9%": the share restates the fall said before it
        return replace(value, value=-value.value)
    if value.value > 0 and _LOWER_THAN_OR_RE.search(text, max(0, q.start - 90), q.start):
        return replace(value, value=-value.value)
    if value.value > 0 and value.unit not in NO_AMOUNT_UNITS and (
            _DEFICIT_OF_RE.search(text, max(0, q.start - 40), q.start)
            or _DEFICIT_AFTER_RE.match(text, q.end)) and _BALANCE_WORD_RE.search(text, 0, q.start):
        return replace(value, value=-value.value)
    if value.value > 0 and value.unit == "%" and (co := _COORDINATED_RATE_RE.search(
            text, max(0, q.start - 70), q.start)) and _FALL_BEFORE_RE.search(
            text, max(0, co.start() - 60), co.start()) and not _SHARE_OF_AFTER_RE.match(text, q.end):
        # "decreased by 0.6% in the euro area and by 0.3% in the EU28", "Germany and France contracted by
        # 0.2% and 0.1% respectively": a rate coordinated with a fall is a fall too (the verb is said once)
        return replace(value, value=-value.value)
    paired = _PAIRED_RATE_RE.match(text, q.end)
    after = paired.end() if paired else q.end
    # (「季節調整済指数104.7、前月比0.1%低下」: a level written bare, its unit the words' before it, is what
    # changed, not one of a list of changes that share the verb after them)
    bare_level = value.unit == "index" and q.text[-1:].isdigit()
    if value.value > 0 and (_FALL_AFTER_RE.match(text, after)
                            or (not bare_level and _ja_list_item(value.unit, text, after))
                            or (value.unit == "%" and _JA_LIST_LAST_FALL_RE.match(text, after))
                            or _FALL_BEFORE_RE.search(text, max(0, q.start - 60), q.start)
                            or _FALL_NAMED_BEFORE_RE.search(text, max(0, q.start - 30), q.start)
                            or _FALL_IN_BRACKETS_RE.search(text, max(0, q.start - 90), q.start)):
        return replace(value, value=-value.value)
    if value.value > 0 and value.unit not in NO_AMOUNT_UNITS and _LOSS_OF_RE.search(
            text, max(0, q.start - 60), q.start) and _INCOME_WORD_RE.search(text, 0, q.start):
        # "net income was a loss of $9.7 million, or 37 cents per share", "compared with a loss of
        # $1.4 million": the income named is negative (a loss of a measure named as a loss is not)
        return replace(value, value=-value.value)
    return value


#: an area a yield is counted per, right before the measure: 「10a当たり収量」, 「1ha当たり」, "per hectare"
_PER_AREA_RE = re.compile(r"(?<![0-9])([0-9]+)\s?(a|ha)\s?当たり|(?i:per\s+(hectare|ha))(?![A-Za-z])")


def per_area_yields(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """A mass said of a measure counted per area is a yield, in mass per that area: 「全国の10a当たり収量は
    539kg」 is 539 kg/10a (a linguistic reason: 当たり, per, makes the measure a rate; the mass alone would
    read as a harvest of 539 kg). Only a mass (kg, t) in the same clause after the area."""
    out: list[QuantityMatch] = []
    for q in quantities:
        if q.quantity.unit in ("kg", "t"):
            start = max(text.rfind(c, 0, q.start) for c in "、,，。;") + 1
            m = next(reversed(list(_PER_AREA_RE.finditer(text, start, q.start))), None)
            if m is not None:
                area = f"{m[1]}{m[2]}" if m[1] else "ha"
                q = replace(q, quantity=replace(q.quantity, unit=f"{q.quantity.unit}/{area}"))
        out.append(q)
    return out
