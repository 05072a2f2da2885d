"""The numbers of a claim beyond the shared quantity grammar (``shingi.normalize.quantities``):
kanji numerals (一万人, 八割), zero and "not once", lengths of time and durations, ages that
bound who is counted, "one in N" shares and "one for every N" rates, comparators near a number
("just under", 弱, 強), the roles of a change's numbers (``number_roles``: from, to, by, per,
whole) and percentages that are multiples ("12% bigger than", 「スペインの約4割」).

Pure functions of text and compiled patterns; ``_Parser._find_numbers`` applies them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from shingi.model import Metric, Quantity
from shingi.normalize.quantities import (
    OTHER_COUNTER_JA,
    is_currency,
    normalize_unit,
    raised_up_to,
    stated_step,
    unit_names,
)
from shingi.pipeline import lexicon as lx
from shingi.pipeline.claims.periods import FRACTION_OF_A_LEVEL_EN, FRACTION_OF_A_LEVEL_JA
from shingi.pipeline.claims.statement import ClaimedNumber, ClaimedPeriod, Span
from shingi.pipeline.morphology import tokenize
from shingi.pipeline.qualifiers import AGE_BOUND_WORDS_EN, NO_AGE_AFTER_EN, OLDEST_AGE, PEOPLE_PLURAL_EN

#: "of Norland's " right before a number: the whole of an owner, said by its size
_OF_OWNERS_WHOLE = re.compile(r"(?i)\s*\bof\s+(?:[\w.-]+\s+){0,2}[\w.-]+['’]s\s+$")


def _age_band(text: str, start: int, end: int) -> bool:
    """A number that is an age bounding who is counted: "aged 16 and over", "people 65 or older",
    「15歳以上」「200歳を超える」 (a linguistic reason: the band qualifies the population the
    figure is of; an age with no bound, 「平均寿命は84歳」, stays a value)."""
    return bool(
        _AGED_BEFORE.search(text, 0, start)
        or _AGE_BAND_AFTER.match(text, end)
        or _AGE_BAND_JA.match(text, end)
        or _people_bound(text, start, end)
    )


def _people_bound(text: str, start: int, end: int) -> bool:
    """"core farm workers under 50", "people over 65": a bound on a bare number of at most
    ``OLDEST_AGE`` right after a plural noun of people is their age, not a figure (an English
    postmodifier; "under 50 workers", the bound before the noun, counts them; "under 50 %" has a
    unit) — the age ``qualifiers`` reads there."""
    said = text[start:end]
    bound = _BOUND_WORD.match(said)
    before = _PEOPLE_THEN_BOUND if bound is None else _PEOPLE_BEFORE
    digits = said[bound.end() :] if bound is not None else said
    return (
        digits.strip().isdigit()
        and int(digits) <= OLDEST_AGE
        and before.search(text, max(0, start - 40), start) is not None
        and _NO_AGE_AFTER.match(text, end) is None
    )


_AGED_BEFORE = re.compile(r"(?i)\b(?:aged|ages)\s+$")
_BOUND_WORD = re.compile(r"(?i)(?:" + AGE_BOUND_WORDS_EN + r")\s+")
_PEOPLE_BEFORE = re.compile(r"(?i)\b(?:" + PEOPLE_PLURAL_EN + r")\s+$")
_PEOPLE_THEN_BOUND = re.compile(r"(?i)\b(?:" + PEOPLE_PLURAL_EN + r")\s+(?:" + AGE_BOUND_WORDS_EN + r")\s+$")
_NO_AGE_AFTER = re.compile(r"(?i)" + NO_AGE_AFTER_EN)
_AGE_BAND_AFTER = re.compile(r"(?i)\s*(?:years?(?: old)?\s+)?(?:and|or)\s+(?:over|older|above)\b")
#: (not before a word of change: 「夫・妻ともに3歳以上上がった」 bounds the change's size, a band of
#: who is counted is followed by a noun or a particle: 「65歳以上の人口」)
_AGE_BAND_JA = re.compile(
    r"歳(?:(?:以上|以下|未満|超)(?!\s*(?:上が|上昇|延び|伸び|高く|高ま|増え|増加|下が|低下|縮|広が|遅く|若く))"
    r"|を超え|を上回|から|より(?:上|下))"
)


def counted_noun(n: ClaimedNumber) -> str | None:
    """What an English count counts, when the number says it ("50,000 people" -> people)."""
    if n.unit != "count":
        return None
    m = re.search(r"(?<![A-Za-z])([A-Za-z][A-Za-z-]+)$", n.text)
    return m.group(1) if m else None


#: The sign of a growth rate said in words (a linguistic reason: "negative growth" is a growth
#: below zero): "positive GDP growth", "negative growth", プラス成長, マイナス成長
_SIGNED_GROWTH = re.compile(r"(?i)\b(?:positive|negative)\s+(?:[a-z]+\s+)?growth\b|プラス成長|マイナス成長")

#: A dollar amount said to be in US dollars: US$5, U.S. $5, 5 US dollars, American dollars.
_US_DOLLAR = re.compile(r"(?i)\bu\.?s\.?\s*\$|\bu\.?s\.? dollars?|\bamerican dollars?|\busd\b|米ドル")


#: Between "1人" and the next number: a counter word or a limit word (1人1泊最大2万円).
_PER_GAP = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]?(?:最大|最高|上限|約)?\s?")
_PER_AFTER = re.compile(r"\s?[\u4e00-\u9fff\u30a0-\u30ff]?\s?(?:あたり|当たり|当り|につき|ごと|毎)")
#: Right before the base of a rate: "1 209 per 100 000", "deaths per 1,000 births" (the number after
#: "per" is what the rate is divided by, part of its unit, never a figure of the claim: a linguistic
#: reason, as 「人口10万人当たり」)
RATE_BASE_BEFORE_EN = re.compile(r"(?i)\bper\s{1,3}$")

#: A number in kanji numerals before a counter (a linguistic reason: Japanese writes numbers in
#: kanji too): 一万人, 八割, 三千円, 二十万円. Not after 数 (数万人: some tens of thousands).
_KANJI_NUMBER = re.compile(
    r"(?<![一二三四五六七八九十百千万億兆数何])(?P<n>[一二三四五六七八九十百千]+(?:[万億兆][一二三四五六七八九十百千]*)*)"
    r"(?P<c>人|件|円|割|社|校|世帯|倍|か国|カ国|ヶ国|台|個|回|歳|%|パーセント)"
)
_KANJI_COUNTER_UNITS = {"円": "JPY", "割": "%", "%": "%", "パーセント": "%", "倍": "x"}
_KANJI_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_SMALL = {"十": 10, "百": 100, "千": 1000}
_KANJI_LARGE = {"万": 10**4, "億": 10**8, "兆": 10**12}


def _kanji_value(text: str) -> int | None:
    """The value of a kanji numeral: 一万 10000, 二十万 200000, 三千五百 3500, 八 8."""
    total = section = digit = 0
    for ch in text:
        if ch in _KANJI_DIGITS:
            digit = _KANJI_DIGITS[ch]
        elif ch in _KANJI_SMALL:
            section += (digit or 1) * _KANJI_SMALL[ch]
            digit = 0
        elif ch in _KANJI_LARGE:
            total += (section + digit or 1) * _KANJI_LARGE[ch]
            section = digit = 0
        else:
            return None
    return total + section + digit


#: 「一度も…ない」「一回もなかった」「一件もない」: not once, zero (a linguistic reason: 一…も with a
#: negative is the count nought)
_NEVER_JA = re.compile(r"(?:一度|一回|1度|1回|一件|1件|一人|1人)も[^、。]{0,12}?な(?:い|かった|く)")
#: 「一度も米国を上回っていない」「上回ったことは一度もない」「一度も2%を下回らなかった」: not once past
#: another or a line: the negation of a comparison, of every period (a linguistic reason: 一度も…ない
#: is "never", the same negative as 〜ない of the verb). Of other verbs it stays a count of nought
#: (「事故は一度も起きていない」; 「4%のまま一度も上がっていない」 is no rise, not a rise denied of an event)
_CROSS_JA = "上回|下回|超え|超す|超さ|超し|越え|割り込|割込|割っ|割ら|を切"
#: 「2022年を上回ったことは一度もない」「2019年度を下回ったことは一度もない」: never past the value of a
#: period is that period's record (the English "never … more … than in 2022", lexicon.NEVER_MORE_TAIL:
#: a negated comparison over every period is a superlative), a high past which (上回 / 超え) or a low
#: (下回 / 割り込); a period right before を, not a place or a figure (a bound, checks.metrics)
NEVER_RECORD_JA = re.compile(
    r"(?<![\d.,])(?:19|20)\d\d\s?(?:年度|年)(?:\s?\d{1,2}\s?月)?(?:の(?:水準|値|実績|記録|数字))?を"
    r"(?:(?P<high>上回|超え|超す|超さ|越え)|(?P<low>下回|割り込|割込|割っ|割ら|切っ))[^、。]{0,4}?[ただ]こと[はがも]?"
    r"(?:これまで|今まで|過去)?に?(?:一度|一回|1度|1回)(?:として)?も(?:な(?:い|かった)|ありません|なし)"
    r"|(?:一度|一回|1度|1回)(?:として)?も(?<![\d.,])(?:19|20)\d\d\s?(?:年度|年)(?:\s?\d{1,2}\s?月)?"
    r"(?:の(?:水準|値|実績|記録|数字))?を(?:(?P<high2>上回|超え|超す|超さ|越え)|(?P<low2>下回|割り込|割込|割っ|割ら|切っ))"
    r"[^、。]{0,6}?(?:な(?:い|かった)|ず|ません)"
)
NEVER_PAST_JA = re.compile(
    r"(?:一度|一回|1度|1回)(?:として)?も[^、。]{0,20}?(?:" + _CROSS_JA + r")[^、。]{0,6}?"
    r"(?:な(?:い|かった)|ず|ません)"
    r"|(?:" + _CROSS_JA + r")[^、。]{0,4}?[ただ]こと[はがも]?(?:これまで|今まで|過去)?に?"
    r"(?:一度|一回|1度|1回)(?:として)?も(?:な(?:い|かった)|ありません|なし)"
)
_ZERO = re.compile(
    r"(?<![\u30a0-\u30ffA-Za-z])ゼロ(?=で|だ|に|と|件|人|、|。|です|だっ|$|\s|[をが](?:達成|実現|記録))"
    r"|(?i:(?<!net )(?<![A-Za-z-])zero(?![A-Za-z-]))"
    # "its goal of eliminating waiting lists": the goal is the count nought (a linguistic reason:
    # to eliminate is to bring to zero; only as the content of a goal, not an act done)
    r"|(?i:(?:(?<=\bgoal of )|(?<=\btarget of )|(?<=\baim of )|(?<=\bpledge of ))eliminating\b)"
)

#: A hedge around the count nought: 「ほぼゼロ」「ほとんどゼロ」「ゼロに近い」, "almost zero", "virtually
#: zero", "close to zero", "near zero" — a small value, not the number 0 (a linguistic reason: the
#: hedge says the value is not nought but negligible; blind round 20d ja-japan-one had failed 「年間
#: ほぼゼロ」 on 9 gun deaths a year, round 17b target_2020_zero is 99,243 "almost zero")
NEAR_ZERO_BEFORE = re.compile(
    r"(?:ほぼ|ほとんど|限りなく)\s?$"
    r"|(?i:\b(?:almost|nearly|virtually|practically|effectively|close\s+to|near(?:ly)?|next\s+to|all\s+but)\s+$)"
)
NEAR_ZERO_AFTER = re.compile(r"\s?に(?:近|迫)")


#: A number followed by a unit of time is a duration (a window), not a value the claim gives.
_DURATION = re.compile(
    r"(?i)\s*(?:-\s*)?(?:years?|months?|weeks?|days?|decades?|quarters?)\b|年間|か月|ヶ月|カ月|週間|日間"
)

#: A number's unit of time, with the words a run of time takes ("32 consecutive months"); hours and
#: minutes are lengths of time too ("500 hours a year"), though not windows (``_DURATION``)
_LENGTH = re.compile(
    r"(?i)\s*(?:-\s*)?(?:(?:consecutive|straight|successive|continuous|running)\s+)?"
    r"(?P<w>years?|months?|weeks?|days?|decades?|quarters?|hours?|hrs?|minutes?|mins?)\b"
    r"|(?P<w2>年間|か月|ヶ月|カ月|ヵ月|箇月|週間|日間)"
)


#: A Japanese number and its unit of time (「3か月」「12日間」「3,773時間」「335日」「約45分」), which the
#: quantity grammar leaves to dates, with an approximate mark before it (約, およそ). A bare 日 / 週 / 分
#: only when no month is written before the number (「3月15日」 is a date) and no word after it makes it
#: a date, a moment or a fraction (日付, 日前, 日目, 週末, 分の1, 時間後); not a compound (「3時間2分」):
#: a value only where the pack measures in that unit (parse)
_LENGTH_JA = re.compile(
    r"(?<![\d.,月第毎])(?<!時間)(?P<a>(?:約|およそ|概ね|おおむね)\s?)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<s>万)?\s?"
    r"(?P<w>か月|ヶ月|カ月|ヵ月|箇月|年間|週間|日間|時間(?![目帯前後\d])|日(?![付目前後本中曜時])"
    r"|週(?![末目刊明前後])|分間|分(?![のけ目前後])"
    # 「約6年長い」「10年以上短い」「1.1年延びた」「約2.5年縮んだ」: a bare 年 before a word of length
    # or of a change in length is a length (a date is never longer or shorter; the parse reads it
    # only with at most two digits, so that 「2020年」 stays a year)
    r"|年(?=\s?(?:以上|近く|余り|あまり|ほど|程度|も|弱|強)?\s?(?:長[いくかけ]|短[いくかけ]|延び|延ば|縮|伸び"
    r"|上回|下回)))"
    r"(?!\s?(?:あたり|当たり|につき|ごと|毎))"
)


#: Hours and then minutes said as one length of time: "10 hours and 45 minutes", "1 hour 30 min",
#: 「10時間45分」 (a linguistic reason, as "62 years and 9 months": one length said in two units, the
#: minutes a fraction of the hour before them). English: after the hours' number, its unit word and at
#: most "and" before the minutes (a comma or any other word breaks it: "10 hours, and 45 minutes
#: later" is two lengths); Japanese: 時間 glued to the minutes' number. Minutes under 60 only.
HOURS_AND_MINUTES_EN = re.compile(
    r"(?i)\s*(?:hours?|hrs?)\s+(?:and\s+)?(?P<m>\d{1,2})\s*(?:minutes?|mins?)(?![A-Za-z])"
)
HOURS_AND_MINUTES_JA = re.compile(
    r"(?<![\d.,])(?P<a>(?:約|およそ|概ね|おおむね)\s?)?(?P<h>\d{1,3}(?:\.\d+)?)\s?時間\s?(?P<m>\d{1,2})\s?分(?:間)?"
    r"(?![のけ目前後])"
)


#: "spilled sewage 464,056 times in 2023", "alerts were issued a record 1,749 times": English "times"
#: is both a multiplier and the count of occasions (Japanese keeps them apart: 倍 / 回). A count of
#: occasions when the number is large (100 or more: no multiple is said that way outside a comparison),
#: nothing of a comparison follows it ("times higher", "times as many", "times the 2010 level",
#: "times Japan's": only a period, a frequency word or the clause's end) and no change verb before it
#: in its sentence ("Vietnam's exports grew … 126 times" is a multiple)
TIMES_AS_OCCASIONS_AFTER = re.compile(
    r"(?i)\s*(?:$|[.,;:)]|(?:in|during|last|this|per|each|every|since|between|so\s+far|a\s+year|a\s+day"
    r"|a\s+month|a\s+week)\b)"
)
TIMES_WORD_END = re.compile(r"(?i)\btimes$")
#: A verb of multiplying before "N times": a multiple ("multiplied about 100 times"), never a count
#: of occasions (a linguistic reason: to multiply is to grow by a factor)
TIMES_MULTIPLIED = re.compile(r"(?i)\bmultipl(?:y|ies|ied|ying)\b|-?\bfold\b")


#: After a bare 「N日」 (N up to 31): the shape of a day of the month in news style, a date and never a
#: length (「政府は20日、…」「15日の停電」「20日に雨が降った」「28日から」), except に before a verb of
#: reaching (「停電は20日に達した」); a sign before a length makes no length (「-335日」)
DAY_OF_MONTH_AFTER = re.compile(r"\s?(?:[、,の]|から|まで|に(?!(?:も|達|及|の|上|迫|届|増|減)))")
SIGN_BEFORE = re.compile(r"(?:[-−－‐]|マイナス)\s?$")


#: After a count or a bare number, "per" / "for every" / "for each" and a noun: "1.15 children per
#: woman", "2.4 doctors for every hospital" — the number is a rate, so many of the first thing per one
#: of the second, no count of it (a linguistic reason: "per" divides; as "one officer for every 422").
#: Not "per cent" (a percentage) nor a unit of time ("3 million visitors per year" is a flow, read as
#: before: ``TIME_UNITS``)
COUNT_PER_EN = re.compile(
    r"(?i)\s+(?:per|for\s+(?:every|each))\s+(?:(?:each|every|one|a|an)\s+)?(?P<w>[a-z][a-z-]*)(?![a-z])"
)


#: The units of time by their spellings, English and Japanese (a linguistic reason: translations and
#: spellings of one unit — 時間 / hours / hrs, 日 / 日間 / days, 週 / 週間 / weeks, か月 / ヶ月 / months,
#: 年 / 年間 / years): a length of time in one spelling is a value of a measure kept in another spelling
#: of the same unit, never of a measure in another unit (days of something are not 24 hours of it)
TIME_UNITS: dict[str, str] = {
    **dict.fromkeys(("hour", "hours", "hr", "hrs", "h", "時間"), "hour"),
    **dict.fromkeys(("minute", "minutes", "min", "mins", "分", "分間"), "minute"),
    **dict.fromkeys(("day", "days", "日", "日間"), "day"),
    **dict.fromkeys(("week", "weeks", "wk", "wks", "週", "週間"), "week"),
    **dict.fromkeys(("month", "months", "か月", "ヶ月", "カ月", "ヵ月", "箇月", "ケ月"), "month"),
    **dict.fromkeys(("quarter", "quarters", "四半期"), "quarter"),
    **dict.fromkeys(("year", "years", "yr", "yrs", "年", "年間"), "year"),
    **dict.fromkeys(("decade", "decades"), "decade"),
}


def is_rate_metric(metric: Metric) -> bool:
    """A measure of one thing per another: a rate unit (persons/officer, USD/bbl) or kind ratio."""
    return metric.kind == "ratio" or "/" in (metric.unit or "")


def time_word(unit: str | None) -> str | None:
    """The unit of time a unit or a word after a number is, in one spelling (months, か月, ヶ月 ->
    month; 時間, hrs -> hour; ``TIME_UNITS``), None for any other unit."""
    u = " ".join((unit or "").split()).casefold()
    for lead in ("consecutive ", "straight ", "successive ", "continuous ", "running "):
        u = u.removeprefix(lead)
    return TIME_UNITS.get(u.lstrip("-").strip())


#: Before a count, what it is per in Japanese: 「女性1人当たり1.15人」「人口10万人当たり3.2人」「1校あたり
#: 平均12件」 (a number, its counter, あたり / 当たり / につき)
_COUNT_PER_JA = re.compile(
    r"(?P<c>[\u4e00-\u9fff\u30a0-\u30ff]{1,3})\s?(?:あたり|当たり|当り|につき)\s?(?:平均|約|およそ)?\s?$"
)
_PER_NUMBER_JA = re.compile(r"(?:\d|一)\s?[万千]?\s?$")


def per_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the number from ``start`` to ``end`` is said per one of a thing, a rate: "1.15 children
    per woman" (``COUNT_PER_EN``), 「女性1人当たり1.15人」 (``_COUNT_PER_JA``); not per cent, nor per a
    unit of time ("per year", 「1日当たり」: a flow, read as before)."""
    m = COUNT_PER_EN.match(text, end)
    if m is not None:
        return m.group("w").casefold() not in ("cent", "centum") and time_word(m.group("w")) is None
    before = text[max(0, start - 16) : start]
    j = _COUNT_PER_JA.search(before)
    if j is None or not _PER_NUMBER_JA.search(before, 0, j.start()):
        return False
    return time_word(j.group("c")) is None and j.group("c") not in ("年", "月", "年度", "回")


#: The per-phrase right after a figure and up to two words of its noun: "338 doctors per 100,000
#: people", "1.2 children per woman", "one officer for every 422", 「338人/km2」 — "per" then a number
#: or a lower-case word, never "per the health ministry" / "per its report" (according to)
_PER_AFTER_FIGURE = re.compile(
    r"(?i)(?:\s+[a-z][a-z-]*)??(?:\s+[a-z][a-z-]*)??\s*(?:/|\bper\s+(?!(?:the|its|their|his|her|our)\b)(?-i:[a-z\d])"
    r"|\bfor\s+(?:every|each)\b)"
)
#: Said per something before the figure: "GDP per capita was $33,800", 「1人当たりGDPは3万3800ドル」
_PER_BEFORE_FIGURE = re.compile(r"(?i)当たり|あたり|当り|につき|\bper[\s-]capita\b")
#: The figure is itself what the rate is per (its denominator): "per 100,000", "for every 1,000",
#: 「人口10万人当たり」「1平方キロあたり」 — never the rate's amount
_DENOMINATOR_BEFORE = re.compile(r"(?i)(?:/|\bper|\bfor\s+(?:every|each))\s*$")
_DENOMINATOR_AFTER = re.compile(r"\s?[^\d\s、。,.]{0,6}?\s?(?:当たり|あたり|当り|につき)")


def said_per(text: str, start: int, end: int) -> bool:
    """Whether the figure from ``start`` to ``end`` of ``text`` is said per something, the amount
    of a rate: the per-phrase right after it and its noun ("338 doctors per 100,000 people",
    「338人/km2」) or before it in its sentence ("GDP per capita was …", 「人口10万人当たり338人」) — not
    when the figure is the per-phrase's own number (the 100,000 of "per 100,000", the 10万 of
    「10万人当たり」), and not "per the ministry" (according to) anywhere in the claim."""
    if _DENOMINATOR_BEFORE.search(text, max(0, start - 12), start) or _DENOMINATOR_AFTER.match(text, end):
        return False
    if _PER_AFTER_FIGURE.match(text, end):
        return True
    return bool(_PER_BEFORE_FIGURE.search(text, 0, start))


def is_time_unit(unit: str | None) -> bool:
    """Whether a unit is a length of time (months, years, か月, hours, 時間 …)."""
    return time_word(unit) is not None


#: "N人に1人" (one in N people), 「10人に9人」, "one in four", "nine in ten", "three out of four", "1 in 3.4":
#: a share of k/N (a counter after both numbers names what is counted, not two counts: 「6軒に1軒」;
#: 「10人に1人ほど」 is written 「10人に約1人」 once the hedge is read, session 21). The same share said
#: with 中 or のうち (「10人中9人」「4本のうち3本」, "85 yen of every 100 yen", "four of every ten"):
#: the part and the whole counted in one counter (a linguistic reason: k of N of one kind is k/N);
#: 中 / のうち and a digit part only over a whole of at most ten or a round 100 / 1000, which is a
#: proportion, not a count and its total (「1741市町村のうち482市町村」 stays two counts; parse)
_ONE_IN_COUNTERS = (
    r"人|世帯|社|件|校|か所|カ所|ヶ所|組|台|戸|軒|店|棟|施設|団体|自治体|市町村|家庭|例|本|便|回|冊|枚|頭|円|票|つ"
)
_ONE_IN_WORDS = r"two|three|four|five|six|seven|eight|nine|ten"
#: a figure of the share, its thousands commas included ("one in 10,000" is one in ten thousand,
#: not one in 10), never a part of a longer figure
_DIGITS_ONE_IN = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?"
_ONE_IN = re.compile(
    r"(?<![\d.,])(?P<n>" + _DIGITS_ONE_IN + r")\s*(?P<c>" + _ONE_IN_COUNTERS + r")(?P<sep>に|中|のうち)"
    r"\s*(?:約|ほぼ|およそ)?\s*(?P<k>" + _DIGITS_ONE_IN + r"|一)\s*(?P=c)"
    r"|(?i:\b(?:(?P<k2>one|1)\s+(?:out\s+)?(?:in|of)|(?P<k3>" + _ONE_IN_WORDS + r"|" + _DIGITS_ONE_IN + r")"
    r"(?:\s+(?P<u>[a-z][a-z-]*))?"
    r"\s+(?:out\s+of|in|of(?=\s+(?:every|each)\b)))\s+(?P<every>(?:every|each)\s+)?"
    r"(?P<n2>" + _DIGITS_ONE_IN + r"|" + _ONE_IN_WORDS + r"|(?:a\s+|one\s+)?hundred)"
    r"(?(u)\s+(?P=u))\b(?![,.]\d)(?!\s*(?:%|percent|per\s?cent)))"
)
#: The bound or approximation words said right before a share in counts ("more than nine out of
#: ten", "almost four in ten", "just under one in five"): part of the figure, as "more than" is of
#: "more than 90%" (so that no cue reads "more than" as one thing exceeding another)
_BOUND_WORDS_ONE_IN = (
    r"(?:(?:(?:just|slightly|a\s+little)\s+)?(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of"
    r"|fewer\s+than|less\s+than|under|below|at\s+least|at\s+most|no\s+more\s+than|up\s+to)"
    r"|about|around|roughly|approximately|some|nearly|almost|close\s+to|not\s+quite)"
)
_BOUND_BEFORE_ONE_IN = re.compile(r"(?i)" + _BOUND_WORDS_ONE_IN + r"?\s*")
BOUND_ENDING_ONE_IN = re.compile(r"(?i)\b" + _BOUND_WORDS_ONE_IN + r"\s+$")
#: "one officer for every 422 citizens", "1 doctor per 1,000 people", "a nurse to every 300 patients"
_ONE_FOR_EVERY = re.compile(
    r"(?i)\b(?:(?:one|1)\s+(?:[a-z][a-z-]*\s+){1,3}?for|(?:one|1|a|an)\s+(?:[a-z][a-z-]*\s+){1,3}?"
    r"(?:for\s+(?:every|each)|per|to\s+(?:every|each)))\s+"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=\s+[a-z])"
)
_ROUGHLY = re.compile(r"(?i)\b(?:roughly|about|around|approximately|some|nearly|almost)\s+$")
_WORDS_ONE_IN = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "hundred": 100, "a hundred": 100, "one hundred": 100}
#: A ratio said as "N to one": "outnumber … by about ten to one", "by a ratio of 3 to 1",
#: 「約10対1」: the first side N times the second, a multiple N (a linguistic reason: N to one is
#: the quotient N; round 13 japan-daycare-waitlist h5). Only after "by" or "ratio of" in English
#: (not "from 10 to 1%", nor "by 21 to 1 million": a scale word or unit after the one makes it a
#: level), and 対1 in Japanese; 「1対28」 is the multiple 1/28.
N_TO_ONE = re.compile(
    r"(?i:\b(?:by|ratio\s+of)\s+(?:(?P<hedge>about|around|roughly|nearly|almost|some|more\s+than|over)\s+)?"
    r"(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s*(?:-\s*)?(?:to|:)\s*(?:-\s*)?"
    r"(?:one|1)\b(?![.,]?\d|\s*(?:%|percent|per\s?cent|hundred|thousand|million|billion|trillion"
    r"|mn\b|bn\b|m\b|k\b|[$€£¥]|\w)))"
    r"|(?P<ja_hedge>約|ほぼ|およそ)?(?P<ja_n>\d+(?:\.\d+)?)\s*対\s*1(?![\d.万億兆千百])"
    # 「約1対28」: the other order, the first side a 28th of the second (the multiple 1/28)
    r"|(?P<inv_hedge>約|ほぼ|およそ)?(?<![\d.])1\s*対\s*(?P<inv_n>\d+(?:\.\d+)?)(?![\d.万億兆千百])"
)
#: A value said back at an earlier year's level: 「2018年の水準に戻った」「2019年の水準にほぼ戻った」
#: 「2019年並みに回復」, "back to its 2018 level", "returned to 2019 levels", "matching 2019 levels"
BACK_TO_A_LEVEL = re.compile(
    r"(?P<y>\d{4})年度?(?:の水準|並み)(?:(?:に|まで)(?:まだ|未だ|いまだ)?(?P<near>ほぼ|ほとんど)?(?:戻|回復)|を(?:取り戻|回復))"
    r"|(?i:\b(?:back\s+to|returned?\s+to|recovered\s+to|regained|match(?:ed|ing|es)?)\s+"
    r"(?P<near_en>(?:nearly|almost|about|roughly)\s+)?(?:its\s+|their\s+|the\s+)?(?P<y_en>\d{4})\s+levels?\b"
    # "back to where it was in 2019" (「コロナ前の水準を取り戻した」, "… before the pandemic": the
    # era's conventional year, normalize.eras)
    r"|\b(?:back|returned|recovered)\s+to\s+(?:where|what)\s+(?:it|they)\s+(?:was|were)\s+(?:in\s+)?"
    r"(?P<y_where>\d{4})\b)"
)
#: After a number, an age class: 「4歳児」「4歳・5歳児」, "5-year-olds", "4- and 5-year-olds"
_AGE_CLASS = re.compile(
    r"\s?歳(?:児|[・、と]\s?\d{1,2}\s?歳児)"
    r"|(?i:-?\s?years?-olds?\b|-?\s?(?:and|or|to)\s+\d{1,2}-?\s?years?-olds?\b)"
)
#: After a number of tens, a decade of age: 「20代」「30歳代」 (not 「2代目」, 「20代表」), "in their 20s"
#: (blind jp-household nisa_young was compared as the numbers 20 and 30 against an account count)
_AGE_DECADE_JA = re.compile(r"\s?歳?代(?!目|表|金|替|わ|理|行|償|謝|案|物|用|議)")
_AGE_DECADE_EN = re.compile(r"(?i)'?s\b")
_THEIR = re.compile(r"(?i)\b(?:their|aged|in the)\b[^.;:]{0,20}$")


def age_decade(text: str, n: ClaimedNumber) -> bool:
    """A decade of age (「20代と30代」, "people in their 20s and 30s"): an age class that names who is
    counted, no value (a linguistic reason, as for 「4歳児」)."""
    v = n.quantity.value
    if not (10 <= v <= 120 and float(v).is_integer() and int(v) % 10 == 0):
        return False
    if _AGE_DECADE_JA.match(text, n.end):
        return True
    return bool(_AGE_DECADE_EN.match(text, n.end)) and bool(_THEIR.search(text, 0, n.start))


#: 最大 / 最高 / 最低 / 最小 right before an amount (after でも / で, before 約): the amount is a cap or a
#: floor of the thing ("up to", "at least"), not a ranking among items (a linguistic reason). The
#: amount is blanked already (masked text), so the words are followed by spaces and a digit-free gap.
_BOUND_JA = re.compile(r"(?:最大|最高|最低|最小)(?:でも|で)?(?=\s*(?:約|およそ|概ね)?\s{2,})")

#: A percentage of a whole: "about 90% of new cars", "9 percent of", 「消費の約45%が」, and a part
#: taken out of a whole by のうち / の中で before the topic or subject particle: 「電気のうち23.0%は」
#: 「販売のうち9割が」 (a linguistic reason: のうち names the whole, は and が the part said of it; a
#: bare 「新車の9割」 is not here: a Japanese share names its whole before の, and 「不登校の小中学生の
#: 約6割」 is a part of the non-attending pupils, not of all pupils)
_PART_OF = re.compile(
    r"(?i)(?:%|\bper ?cent)\s+of\b|の(?:うち|中で)?\s*(?:約|およそ|ほぼ)?\s*[\d.,]+\s*%(?:近く|強|弱)?が"
    r"|の(?:うち|中で)、?\s*(?:約|およそ|ほぼ)?\s*(?:[\d.,]+\s*[%割]|\d+\s*分の\s*\d+)"
    r"(?:近く|強|弱|前後|程度|ほど)?(?:が|は)"
)
#: What follows a fraction of a whole ("a quarter of", 「8割以上を占める」): "of", or 占める with
#: the fraction's bound or approximation words between
_PART_AFTER = re.compile(r"\s+of\s|\s*(?:(?:以上|以下|超|近く|強|弱|程度|前後|ほど)\s*)?(?:を|が)?占め")


def said_as_a_part(text: str, n: ClaimedNumber) -> bool:
    """A percentage or a fraction below one said as a part of a whole: "80% of the fund", "about a
    quarter of the state budget", 「基金の8割以上を占める」 (a linguistic reason: "of" and 占める take
    the whole the figure is a part of)."""
    if n.unit == "x" and not 0 < n.quantity.value < 1:
        return False
    return n.unit in ("%", "x") and _PART_AFTER.match(text, n.end) is not None


#: a unit or counter word the quantity grammar leaves after a number, before its bound word:
#: 「2600万ダースを超え」「300万バレル以上」「40万頭超」 (the bound is the number's, a linguistic reason)
_COUNTER_BEFORE_BOUND_JA = re.compile(r"\s?(?:[\u30a1-\u30faー]{1,6}|[人件台戸社校頭羽匹隻棟軒店歳組])(?=\S)")


def _not_even(after: str) -> bool:
    """The text after a quantity is the focus も and a negative, 「もない」「もなかった」「もなく、」
    「もいない」: "not even that many". Decided on tokens: the negative must be the adjective or
    auxiliary ない and not turn into a change of state (なる):
    「5人もなくなった」 is the verb 無くなる/亡くなる, 「5人もいなくなった」 "as many as five went
    missing" (a linguistic reason: も after a quantity with a positive verb is emphatic, "as many as")."""
    toks = [t for t in tokenize(after.lstrip() + "。") if t.pos != "空白"]
    if len(toks) < 2 or toks[0].surface != "も" or toks[0].pos != "助詞":
        return False
    rest = toks[1:]
    if rest[0].pos == "動詞" and rest[0].lemma in ("居る", "いる"):
        rest = rest[1:]
    if not rest or rest[0].lemma not in ("無い", "ない") or rest[0].pos not in ("形容詞", "助動詞"):
        return False
    return not (len(rest) > 1 and rest[1].pos == "動詞" and rest[1].lemma in ("成る", "なる"))


#: A bound verb negated right after a quantity (「1兆円に届いていない」「1兆円に達していない」「1兆円を
#: 超えていない」) or before it ("did not reach 1 trillion", "has not exceeded", "failed to top"): the
#: quantity is a bound, which the negative denies (docs/verdict-rules.md §4.1, "a bound verb negated";
#: a linguistic reason: "not reach N" is "below N", "not exceed N" is "N or less"). Group ``below``:
#: a bound reached (at least), else one passed (more than).
_NEGATED_BOUND_JA = re.compile(
    r"\s?(?:(?:の)?(?:大台|水準|ライン|壁))?"
    r"(?:に(?:も|は|まで|すら)?\s?(?:まだ|いまだに|未だに|なお)?\s?(?P<below>届いていな|届いてな|届いておら|届いていませ"
    r"|及んでいな|及んでおら|達していな|達してな|達しな|達せず|達しておら|達していませ|達しませ|乗っていな|乗っておら"
    r"|乗らな|乗らず|乗せていな|乗せられな|乗せられず)"
    r"|を(?:まだ)?(?:超えていな|超えてな|超えな|超えず|超えておら|超えていませ|上回っていな|上回らな|上回らず))"
)
#: (English: a negative before the verb — did not, has not, never — is the statement's, which
#: inverts the bound's check; "failed to", "yet to" carry it in the bound itself, group ``own``)
_NEGATED_BOUND_EN = re.compile(
    r"(?i)\b(?:(?:did|does|do|has|have|had)(?:\s+not|n't)(?:\s+(?:yet|even|quite|ever))?|never"
    r"|(?P<own>failed\s+to|fails\s+to|fail\s+to|(?:has|have|is|are|was|were)\s+yet\s+to|yet\s+to))"
    r"\s+(?:(?:even|quite)\s+)?(?:(?P<below>reach(?:ed)?|hit|get\s+to|got\s+to|gotten\s+to"
    r"|make\s+it\s+to|made\s+it\s+to)|exceed(?:ed)?|top(?:ped)?|pass(?:ed)?|surpass(?:ed)?|cross(?:ed)?|break"
    r"|broken|go\s+above|gone\s+above|rise\s+above|risen\s+above)"
    r"(?:\s+(?:the|a|an))?(?:\s+(?:mark|level|threshold)\s+of)?\s*$"
)


#: the negative's い right before a noun (「超えない水準」「達していない段階」; not 「超えないよう」「超えない
#: こと」, a nominaliser, nor the end of the clause): an attributive negative, a relative clause's
_ATTRIBUTIVE_NEGATIVE_JA = re.compile(r"い(?=[一-龥ァ-ヶ々])(?!旨)")


def negated_bound(text: str, start: int, end: int) -> str | None:
    """``at_least`` / ``more_than`` when a negated bound verb takes the quantity at ``start``-``end``
    (``_NEGATED_BOUND_JA`` / ``_NEGATED_BOUND_EN``): the bound the verb says, which the statement's
    negative then denies (its check inverted, §4.1), not the exact figure "reached" says alone.
    Else None. The quantity's text may hold the verb already (「1兆円に達し」, "reach 1 trillion")."""
    digit = re.search(r"[\d０-９]", text[start:end])
    first = start + digit.start() if digit else start
    counter = _COUNTER_BEFORE_BOUND_JA.match(text, end)
    far = max(end, counter.end() if counter else end)
    for ja in _NEGATED_BOUND_JA.finditer(text, first, min(len(text), far + 16)):
        if ja.start() <= far:
            if _ATTRIBUTIVE_NEGATIVE_JA.match(text, ja.end()):
                # 「3%を超えない水準に抑えた」: the negative ends a relative clause before a noun, so it
                # is not the statement's (cues._negated_ja passes it by too): the far side at once
                return "less_than" if ja.group("below") else "at_most"
            return "at_least" if ja.group("below") else "more_than"
    en = _NEGATED_BOUND_EN.search(text[max(0, start - 48) : first].rstrip(" $€£¥"))
    if en and en.group("own"):
        # "failed to reach 1 trillion", "has yet to top it": no negative word to invert the check,
        # so the figure is read on the far side of the line at once
        return "less_than" if en.group("below") else "at_most"
    if en:
        return "at_least" if en.group("below") else "more_than"
    return None


def negated_bound_said(span: str, figure: str) -> bool:
    """Whether the figure ``figure`` (its text) of the statement ``span`` is taken by a negated
    bound verb (``negated_bound``: 「1兆円に届いていない」, "did not reach 1 trillion")."""
    at = span.find(figure) if figure else -1
    return at >= 0 and negated_bound(span, at, at + len(figure)) is not None


def comparator_near(text: str, start: int, end: int) -> str | None:
    if (bound := negated_bound(text, start, end)) is not None:
        return bound
    if text[max(0, start - 1) : start] == "過" and text[start:end].startswith("半数"):
        return "more_than"  # 過半数: "more than half" (a word of its own, 過 + 半数)
    after = text[end : end + 6]
    counter = _COUNTER_BEFORE_BOUND_JA.match(text, end)
    afters = [after] + ([text[counter.end() : counter.end() + 6]] if counter else [])
    for cue, comp in lx.COMPARATOR_AFTER_JA:
        if any(a.startswith(cue) or a.lstrip().startswith(cue) for a in afters):
            longer = [text[end : end + 12]] + ([text[counter.end() : counter.end() + 12]] if counter else [])
            if cue.startswith("も") and not any(_not_even(a) for a in longer):
                continue
            return comp
    before = text[max(0, start - 24) : start].lower().rstrip()
    for cue, comp in sorted(lx.COMPARATOR_BEFORE_EN, key=lambda kv: -len(kv[0])):
        if before.endswith(cue) and (len(before) == len(cue) or not before[-len(cue) - 1].isalpha()):
            if cue == "up to" and raised_up_to(text, len(text[:start].rstrip()) - len(cue)):
                continue  # "pushed rates up to 6%": where the rise got, not a bound
            return comp
    return None


#: Words that put a number a little above or below what is said: "just under 50,000", "nearly",
#: "almost", 弱, 近く (below); "just over", "slightly more than", 強 (above).
_JUST_UNDER_EN = re.compile(
    r"(?i)(?:\bjust|\bslightly|\ba little|\bmarginally)\s+(?:under|below|less than|short of|shy of)\s*$"
    r"|\b(?:nearly|almost|close to|not quite|approaching|just shy of|a shade under)\s*$"
)
_JUST_OVER_EN = re.compile(
    r"(?i)(?:\bjust|\bslightly|\ba little|\bmarginally)\s+"
    r"(?:over|above|more than|upwards of|in excess of)\s*$"
)
_JUST_UNDER_JA = re.compile(r"^(?:弱|近く|近い|に迫|に近)")
_JUST_OVER_JA = re.compile(r"^(?:強)")
_NEARLY_JA = re.compile(r"ほぼ\s*$")


def fell_to_a_fraction(text: str, start: int, end: int) -> bool:
    """Whether a fraction is the level a fall reached: 「半分近くにまで減った」, "fell to nearly a
    third" (a linguistic reason: "to" / に names where the fall ended, not its size)."""
    return bool(_FALL_TO_JA.match(text, end) or _FALL_TO_EN.search(text, max(0, start - 40), start))


_FALL_TO_JA = re.compile(r"\s?(?:に|へ)\s?(?:まで)?\s?(?:減|縮小|低下|下落|下が|落ち|落ち込)")
_FALL_TO_EN = re.compile(
    r"(?i)\b(?:fell|fallen|falls|dropped|drops|declined|shrank|shrunk|shrinks|cut|reduced|down|sank|plunged)"
    r"\s+to\s+$"
)


def _near_bound(
    text: str, start: int, end: int, written: str, multiple: bool = False
) -> str | None:
    """``less_than`` / ``more_than`` for a number said to be a little below / above (the
    approximate bound of docs/verdict-rules.md §4.1), else None. ``multiple``: the number is a
    multiplier word (倍増, 半減), before which ほぼ is "nearly" (ほぼ倍増: nearly doubled), as
    it is not before digits (ほぼ50%: about 50 %)."""
    before = text[max(0, start - 24) : start]
    if multiple and _NEARLY_JA.search(before):
        return "less_than"
    lead = re.match(
        r"(?i)\s*((?:just|slightly|a little|marginally)\s+(?:under|below|less than|short of|shy of|over|above"
        r"|more than|upwards of|in excess of)|nearly|almost|close to|not quite|approaching)\b",
        written,
    )
    if lead is not None:
        words = lead.group(1).lower()
        if re.search(r"over|above|more than|upwards|excess", words):
            return "more_than"
        return "less_than"
    if _JUST_UNDER_EN.search(before):
        return "less_than"
    if _JUST_OVER_EN.search(before):
        return "more_than"
    for m in (re.search(r"(弱|近く)$", written), _JUST_UNDER_JA.match(text[end : end + 3])):
        if m:
            return "less_than"
    if written.endswith("強") or _JUST_OVER_JA.match(text[end : end + 2]):
        return "more_than"
    return None


#: After a number of years, its months: "62 years and 9 months", 「62歳9か月」 (one age or length).
_AND_MONTHS = re.compile(
    r"(?i)\s*(?:years?(?: old)?|歳|年)\s*(?:and\s+)?(?P<m>\d{1,2})\s*(?:months?\b|か月|カ月|ヶ月|ヵ月)"
)


def years_and_months(text: str, numbers: list[ClaimedNumber]) -> list[ClaimedNumber]:
    """"62 years and 9 months" is 62.75 years, 「62歳9か月」 62.75歳: the months are a fraction of the
    years before them (a linguistic reason: one age or length said in two units)."""
    out: list[ClaimedNumber] = []
    for n in numbers:
        m = _AND_MONTHS.match(text, n.end)
        if m is not None and int(m.group("m")) < 12 and float(n.quantity.value).is_integer():
            value = n.quantity.value + int(m.group("m")) / 12
            said = text[n.start : m.end()]
            n = replace(n, quantity=replace(n.quantity, value=value, text=said), text=said, end=m.end())
        out.append(n)
    return out


def _same_or_unsaid(unit: str | None, other: str | None) -> bool:
    """Whether two numbers of a change are in one unit, or one of them is bare ("8.2 million
    employed people …, up from 7.7 million": the unit said once, with the first)."""
    if unit == other:
        return True
    return (unit is None or other is None) and not {unit, other} & {"x", "%", "pt", "rank"}


def _past_counter(text: str, end: int) -> int:
    """Where a counter of things the quantity grammar leaves out of a bare figure ends
    (「1万5602店から」「1万918店に減った」), when a change word follows in the clause: the
    counter names what is counted, and から / に after it are the figure's (docs/verdict-rules.md
    §4.16, a change's two ends). Else ``end``."""
    m = OTHER_COUNTER_JA.match(text, end)
    if m is None or not re.search(_CHANGE_WORD_JA, re.split(r"[。]", text[m.end() : m.end() + 40])[0]):
        return end
    return m.end()


#: The level of a peak a run starts from: 「2023年の8.7%をピークに毎年下がり」, "since peaking at
#: 26,081 in 2017", "since it peaked at 8.7%" (a linguistic reason: the peak is the run's first
#: value, as a figure after "from" / before から is; periods ``_PEAK_START_JA``, ``_SINCE_THE_PEAK_EN``)
_PEAK_AFTER_JA = re.compile(r"\s?をピーク(?:に|として)")
_PEAK_BEFORE_EN = re.compile(r"(?i)\bsince\s+(?:(?:it|they)\s+)?peak(?:ed|ing)\s+at\s+$")


def _a_peak_starts(text: str, n: ClaimedNumber) -> bool:
    return bool(
        _PEAK_AFTER_JA.match(text, n.end) or _PEAK_BEFORE_EN.search(text[max(0, n.start - 40) : n.start])
    )


def number_roles(text: str, numbers: list[ClaimedNumber]) -> list[ClaimedNumber]:
    """Mark the ``from`` and ``to`` numbers of a change ("50%から10%に", "from 50% to 10%")."""
    out: list[ClaimedNumber] = []
    for n in numbers:
        after = text[n.end : n.end + 4]
        if n.unit in (None, "count"):
            after = text[_past_counter(text, n.end) :][:4]
        before = text[max(0, n.start - 6) : n.start].lower()
        role = None
        if after.startswith("から") or re.search(r"\bfrom\s*$", before) or _a_peak_starts(text, n):
            role = "from"
        elif (re.match(r"\s*(?:に|へ|まで)", after) and any(o.role == "from" for o in out)) or (
            re.search(r"\bto\s*$", before) and any(o.role == "from" for o in out)
        ):
            role = "to"
        elif n.unit not in ("x", "%", None) and (
            (
                re.search(r"\bto\s*$", before)
                and (
                    any(o.unit == "x" for o in out)
                    # "grew by $5.4 trillion …, to just over $16 trillion": the level it reached
                    or lx.has(lx.UP, text[max(0, n.start - 80) : n.start])
                    or lx.has(lx.DOWN, text[max(0, n.start - 80) : n.start])
                )
            )
            or re.match(r"\s*(?:に|へ)\s*(?:倍増|[0-9.]+倍|半減)", text[n.end : n.end + 8])
            or (re.match(r"\s*(?:と|に)(?:した|なった|する)", after) and any(o.unit == "x" for o in out))
        ):
            # "doubled its subsidy to 200 billion yen", 「2000億円に倍増」: the value it went to
            role = "to"
        elif (
            n.unit is None
            and re.search(r"\bto\s*$", before)
            and (
                lx.has(lx.UP, text[max(0, n.start - 80) : n.start])
                or lx.has(lx.DOWN, text[max(0, n.start - 80) : n.start])
            )
        ):
            # "has fallen by nearly 40% since 2016, to 2,547": a bare number after a change's "to"
            # is the level it reached, not its size
            role = "to"
        wide = text[max(0, n.start - 10) : n.start]
        owned = _OF_OWNERS_WHOLE.search(text, max(0, n.start - 40), n.start)
        if role is None and (
            (out and re.search(r"(?i)\b(?:of|out of)\s+(?:the\s+)?$", wide) and n.start - out[-1].end <= 16)
            # "a quarter of Norland's 90 million borrowers": the owner's whole, said by its size
            or (
                out
                and out[-1].unit == "x"
                and out[-1].quantity.value < 1
                and owned is not None
                and owned.start() - out[-1].end <= 3
            )
            or re.match(r"\s*(?:件|人|世帯|社|校|か国|カ国)?\s*(?:中|のうち)", text[n.end : n.end + 6])
        ):
            role = "whole"  # "14,281 of the 21,808", 「1489万件のうち」: the whole, not a value of the part
        if role is None and n.unit is not None and (
            re.match(r"\s?(?:あたり|当たり|当り|につき)", text[n.end : n.end + 4])
            or re.search(r"(?i)\b(?:per|for (?:each|every)|every)\s+$", before)
        ):
            role = "per"  # 「税率1%あたり約2.7兆円」, "per 1 percentage point": what the other number is per
        if role is None and n.unit not in ("%", "x", "pt", "rank"):
            if _TO_LEVEL_JA.match(text, _past_counter(text, n.end)) or (
                n.text.endswith("まで") and _CHANGE_AFTER_MADE_JA.match(text, n.end)
            ):
                # 「3313万人に減った」, 「6376万人へ増加」, 「550万トンまで増えた」: where the change
                # ended (まで is the end point, with every change verb; §4.7)
                role = "to"
            elif _LEVEL_BEFORE_EN.search(text[max(0, n.start - 40) : n.start]) and re.search(
                r"(?i)\b(?:up|down)\b", text[n.end :]
            ):
                role = "to"  # "numbered 71,032 …, up from a year earlier": the level it came to
            elif (
                _BY_AFTER_JA.match(text, n.end)
                or (_BOUND_STEM_JA.search(n.text) and _BY_AFTER_BOUND_JA.match(text, n.end))
                or (_MARGIN_AFTER_JA.match(text, n.end) and _THAN_JA.search(text, 0, n.start))
                or _BY_BEFORE_EN.search(text[max(0, n.start - 32) : n.start])
                or (
                    _TAKEN_AWAY_BEFORE_EN.search(text[max(0, n.start - 32) : n.start])
                    and not is_currency(n.unit)
                )
                or _BY_AFTER_EN.match(text, n.end)
                or _MARGIN_AFTER_EN.match(text, n.end)
                or (is_time_unit(n.unit) and (
                    _LENGTH_CHANGED_BEFORE_EN.search(text[max(0, n.start - 40) : n.start])
                    or _LENGTH_OFF_AFTER_EN.match(text, n.end)
                ))
                or (_BECAME_BEFORE_EN.search(text[max(0, n.start - 24) : n.start])
                    and _PRICIER_AFTER_EN.match(text, n.end))
            ):
                # 「27万人減り」, "gained 55,400 jobs", "grew by 517,500", "20,000 more": the size of
                # a change, never a level of the measure
                role = "by"
        out.append(replace(n, role=role) if role else n)
    out = _ranges(text, out)
    out = _bands(text, out)
    if any(n.role == "from" for n in out) and not any(n.role == "to" for n in out):
        # "fell to 10% from 50%": the number that is not "from" is the "to"
        out = [
            replace(n, role="to")
            if n.role is None
            and _same_or_unsaid(n.unit, next((o.unit for o in out if o.role == "from"), None))
            else n
            for n in out
        ]
    return _difference_in_points(_level_before_a_multiple(text, out))


#: "was 300 ha in 2023, triple its 2021 low", 「300haで、2021年の3倍だった」: a figure said as the
#: level (after a copula), then a multiple of an earlier value of the same measure
_COPULA_BEFORE_EN = re.compile(
    r"(?i)\b(?:was|were|is|are|stood at|came to|totall?ed|reached|hit|averag(?:ed|ing))\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|over|just over|more than|less than|under)\s+)?$"
)
_MULTIPLE_OF_ITS_EN = re.compile(r"(?i)\s*(?:that\s+of\s+|of\s+)?(?:its|their|the)\b")
#: (「約60ユーロと、前年の2倍以上になった」: と after a figure before a multiple is the apposition
#: 「約60ユーロで」 is, not "and"; 「…とした」「…となる」 are other verbs)
_LEVEL_AFTER_JA = re.compile(r"\s*(?:で|だった|となり|となって|と(?![しすさせなにいみ見]))[、,]?")


def _level_before_a_multiple(text: str, numbers: list[ClaimedNumber]) -> list[ClaimedNumber]:
    """The figure of the level a change reached when a multiple of an earlier value follows it
    ("was 300 ha in 2023, triple its 2021 pandemic low", 「300haで、2021年の3倍だった」): the level,
    role ``to``, not the size of the change (a linguistic reason: the copula says what the value
    was; the multiple relates it to the earlier one)."""
    multiples = [m for m in numbers if m.unit == "x" and m.role is None]
    if not multiples:
        return numbers
    out = []
    for n in numbers:
        later = [m for m in multiples if m.start > n.end]
        if n.role is None and n.unit not in ("x", "%", "pt", "rank", None) and later and (
            (_COPULA_BEFORE_EN.search(text[max(0, n.start - 40) : n.start])
             and any(_MULTIPLE_OF_ITS_EN.match(text, m.end) for m in later))
            or (_LEVEL_AFTER_JA.match(text, n.end) and any(text[m.end : m.end + 1] != "に" for m in later))
        ):
            n = replace(n, role="to")
        out.append(n)
    return out


def _difference_in_points(numbers: list[ClaimedNumber]) -> list[ClaimedNumber]:
    """「6.8%から3.8%へと3%改善」「0.4倍から1.11倍へと0.71%の伸び」, "fell from 8.6% to 5.2%, a 3.4%
    drop": a percentage after a change's two levels (both in % or both multiples) that is their
    difference, to its last written digit, is that difference in points, not a relative change (a
    linguistic reason: the speaker's figure is the subtraction of the two levels they give; dev
    japanindepth-2018 onaga_jisseki, both clauses)."""
    start = next((n for n in numbers if n.role == "from"), None)
    end = next((n for n in numbers if n.role == "to"), None)
    if start is None or end is None or start.unit != end.unit or start.unit not in ("%", "x"):
        return numbers
    gap = abs(end.quantity.value - start.quantity.value)
    out = []
    for n in numbers:
        v = n.quantity.value
        if (
            n.role is None
            and n.unit == "%"
            and n.start > end.end
            and v > 0
            and abs(gap - v) <= stated_step(v) / 2 + 1e-9
        ):
            n = replace(n, quantity=replace(n.quantity, unit="pt"))
        out.append(n)
    return out


#: A range written as one value: 「4.00〜4.25%」, "3.5%-3.75%", "a range of 3.5% to 3.75%", "between
#: 4.25% and 4.5%": the two ends of one interval, not the start and end of a change.
_RANGE_DASH = re.compile(r"\s?[~〜\-–]\s?$")
_RANGE_WORDS = re.compile(r"\s+(?:to|and)\s+$")
_RANGE_LEAD = re.compile(
    r"(?i)\b(?:a\s+range\s+of|range\s+of|between|ranging\s+from"
    # "was 40% to 50%": after a verb of being, X to Y is where the value lies (as 「4割から5割だった」)
    r"|was|were|is|are|stood\s+at)\s*$"
)
#: 「4割から5割だった」「40%から50%程度」: X から Y (まで) followed by a verb of being, not of change, is the
#: range the value lies in (a linguistic reason: から…まで names an interval; with a change verb,
#: 「4割から5割に増えた」, it is the change's start and end)
_RANGE_FROM_JA = re.compile(r"\s?から\s?$")
_STATIC_AFTER_JA = re.compile(
    r"\s?(?:まで)?(?:の間|の範囲)?(?:程度|ほど|くらい|ぐらい)?"
    r"(?:だった|でした|だ(?![っろ])|です|である|であった|であり|で、|だが|となっている|と推計|と見込|と見られ|とみられ|とされ)"
)


def _ranges(text: str, numbers: list[ClaimedNumber]) -> list[ClaimedNumber]:
    """Two numbers written as the ends of one range become one interval: the first a lower bound
    (``at_least``), the second an upper one (``at_most``), in the second's unit; neither is the
    ``from`` or ``to`` of a change (a linguistic reason: 〜 with no から, "a range of", "between …
    and …" name an interval; blind us-inflation t-three-cuts-now, t-ja-sep25-cut)."""
    out = list(numbers)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = text[a.end : b.start]
        if b.unit in (None, "x", "rank") or a.unit not in (None, b.unit):
            continue
        if a.quantity.value >= b.quantity.value:
            continue
        dashed = bool(_RANGE_DASH.fullmatch(gap)) and not re.search(r"から|まで", text[b.end : b.end + 3])
        if not dashed and _RANGE_FROM_JA.fullmatch(gap):
            dashed = _STATIC_AFTER_JA.match(text, b.end) is not None
        lead = text[max(0, a.start - 24) : a.start]
        worded = bool(_RANGE_WORDS.fullmatch(gap)) and bool(_RANGE_LEAD.search(lead))
        if not (dashed or worded):
            continue
        low = replace(a, quantity=replace(a.quantity, unit=b.unit), comparator="at_least", role=None)
        out[i], out[i + 1] = low, replace(b, comparator="at_most", role=None)
    return out


#: 「40%台」「2万1000人台」「150円台」: a figure with its unit, then 台, names the band of values that
#: begin with it (not 台 the counter of machines, written right after a bare number or a scale word,
#: 「500万台」, nor 台湾, 台風 ...).
_BAND_JA = re.compile(r"台(?![湾風所数帳本頭地])")
_BAND_AFTER = frozenset("%％円人件歳名社校店戸世帯ドルポイント")
#: 「50万組台」「72歳台」「3000件台」: a counter the quantity grammar leaves out of the figure, then 台:
#: the band too (the counter before 台 says 台 is no counter of machines itself)
_COUNTER_BAND_JA = re.compile(
    r"\s?(?:組|歳|人|件|円|名|社|校|店|戸|軒|棟|世帯|か所|カ所|ヶ所|か国|カ国|ヶ国|施設|団体|例|回|個)"
    r"台(?![湾風所数帳本頭地])"
)


def _bands(text: str, numbers: list[ClaimedNumber]) -> list[ClaimedNumber]:
    """「40%台」, 「2万1000人台」, "20-odd": a figure followed by 台 (or -odd) is the band from it up to
    the next step of its last written digit, [40, 50) and [21000, 22000): a lower bound
    (``at_least``) and an upper one (``less_than``), as a range is (a linguistic reason: Xの台 is
    "in the X's"; blind jp-futoko slowdown 「2%台」 for 2.2 %, jisatsu-trend plateau-21k
    「2万1000人台」 for 21,837)."""
    out: list[ClaimedNumber] = []
    for n in numbers:
        written = n.text.rstrip()
        if n.comparator == "at_least" and written.lower().endswith("-odd") and n.quantity.value > 0:
            # "20-odd deaths": twenty and some, under the next ten (a linguistic reason, as 台)
            top = n.quantity.value + stated_step(n.quantity.value)
            out += [n, replace(n, quantity=replace(n.quantity, value=top), comparator="less_than")]
            continue
        banded = (
            n.comparator in ("about", "exactly")
            and not n.quantity.approx
            and n.role is None
            and n.quantity.value > 0
            and (
                (
                    n.unit not in (None, "x", "rank")
                    and written[-1:] in _BAND_AFTER
                    and _BAND_JA.match(text, n.end) is not None
                )
                # 「50万組台を回復」「72歳台まで落ち込んだ」: the counter written between the figure
                # and 台 (blind round 19 jp-marriages back500k, us-life-expectancy ja-male-72)
                or (n.unit in (None, "count") and _COUNTER_BAND_JA.match(text, n.end) is not None)
            )
        )
        if not banded:
            out.append(n)
            continue
        c = n.quantity.value
        step = stated_step(c)
        low, high = c, c + step
        half = _BAND_HALF_JA.match(text, _band_end(text, n.end))
        if half is not None:
            # 「4万人台前半」: the first half of the band, 「72歳台後半」 the second (a linguistic reason:
            # 前半 / 後半 halve what they follow)
            low, high = (c, c + step / 2) if half.group(1) == "前" else (c + step / 2, c + step)
        out.append(replace(n, quantity=replace(n.quantity, value=low), comparator="at_least"))
        out.append(replace(n, quantity=replace(n.quantity, value=high), comparator="less_than"))
    return out


_BAND_HALF_JA = re.compile(r"(前|後)半")


def _band_end(text: str, end: int) -> int:
    """Where 台 ends after a figure (the counter before it included)."""
    m = _COUNTER_BAND_JA.match(text, end) or _BAND_JA.match(text, end)
    return m.end() if m is not None else end


#: "the low 70s", "the mid-30s", "the high 60s", "the 500,000s": a figure written with s after
#: "the" (or an owner's word) is the band of values that begin with it, as 「70歳台」 is; low, mid and
#: high take its first, middle and last four tenths. Not a decade or a century: a year-like figure
#: (1970s, 2000s) never, a bare two-digit figure with no low / high word ("the 70s") nor "mid" before
#: one ("the mid-70s") — those are as often years.
_BAND_EN = re.compile(
    r"(?i)\b(?:the|its|their|his|her)\s+(?:(?P<q>low|lower|mid|middle|high|upper)[\s-]+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)s\b(?!')(?:\s*(?P<u>%|percent\b|per\s?cent\b))?"
)
#: "fell to the mid-50s", "rose into the 90s", "hovered in the 60s": a verb of change or of staying,
#: then to / into / in / at: the band is where a value got, not a decade (which is when: "in the
#: 90s", "since the mid-90s", "peaked in the 90s"); a linguistic reason (blind review M4: the
#: figure was dropped and the claim graded on its verb alone)
_BAND_VALUE_LEAD = re.compile(
    r"(?i)\b(?:f[ae]ll(?:s|en|ing)?|dropped|drops?|dropping|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)"
    r"|r[io]s(?:e|es|en|ing)|climb(?:s|ed|ing)?|increas(?:e|es|ed|ing)|slip(?:s|ped|ping)?|s[au]nk|sinks?"
    r"|jump(?:s|ed|ing)?|plung(?:e|es|ed|ing)|surg(?:e|es|ed|ing)|edg(?:e|es|ed|ing)|grew|grows?|shr[au]nk"
    r"|tumbl(?:e|es|ed|ing)|soar(?:s|ed|ing)?|slid(?:e|es|ing)?|recover(?:s|ed|ing)?|returned"
    r"|hover(?:s|ed|ing)?|st(?:ood|ands?)|remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)"
    r"(?:\s+(?:down|up|back|sharply|slightly|further))?\s+(?:to|into|in|at)\s+$"
)
_BAND_EN_PART = {"low": (0.0, 0.4), "lower": (0.0, 0.4), "mid": (0.3, 0.7), "middle": (0.3, 0.7),
                 "high": (0.6, 1.0), "upper": (0.6, 1.0)}


def english_bands(text: str) -> list[tuple[int, int, float, float, str | None]]:
    """The English bands of a text as (start of the figure, end, lowest, first value above, unit):
    "the low 70s" (70, 74, None), "the 500,000s" (500000, 600000, None), "the high 40s percent"
    (46, 50, %)."""
    out: list[tuple[int, int, float, float, str | None]] = []
    for m in _BAND_EN.finditer(text):
        written = m.group("n")
        value = float(written.replace(",", ""))
        q = (m.group("q") or "").lower()
        unit = "%" if m.group("u") else None
        year_like = "," not in written and len(written) == 4 and 1000 <= value < 2200
        two_digits = "," not in written and len(written) <= 2
        if value <= 0 or year_like or stated_step(value) < 10:
            continue
        if (
            two_digits and unit is None and (not q or q in ("mid", "middle"))
            and _BAND_VALUE_LEAD.search(text, max(0, m.start() - 48), m.start()) is None
        ):
            continue
        step = stated_step(value)
        a, b = _BAND_EN_PART.get(q, (0.0, 1.0))
        out.append((m.start("n"), m.end(), value + a * step, value + b * step, unit))
    return out


#: Japanese change words: a number followed by one directly (「27万人減り」「106万人増えた」) is
#: the size of the change; followed by に / へ / まで and one (「3313万人に減った」), where it ended.
_BOUND_WORD_JA = re.compile(r"(?:最大|最小|最高|最低|最長|最短)(?=で?\s*[0-9０-９])")
#: A record named as the base of a proportion: "about 90% of the 2019 record", "half its peak",
#: 「過去最高だった2019年の89%」: the record is what the part is of, not a new one
#: (a linguistic reason; blind round 13d th-tourism back_to_90pct). The group ``rec`` is the record.
RECORD_AS_BASE = re.compile(
    r"(?i:(?:(?:\d+(?:\.\d+)?\s*(?:%|per\s?cent)|half|a\s+third|two-thirds|a\s+quarter|three-quarters)\s+of"
    # "nearly four times the 2022 record low", "twice the record": a multiple of the record (round 15)
    r"|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times|twice|double|triple)"
    r"\s+(?:the\s+|its\s+|their\s+|that\s+)?(?:\d{4}\s+|pre-[\w-]+\s+)?"
    r"(?P<rec>record(?:\s+(?:high|low|level|peak))?|all-time\s+(?:high|low)|peak))"
    # (only as a relative clause on the base: 「2019年の過去最高の5割」 would leave 2019年 naming the
    # record, and the base undated)
    r"|(?P<recja>過去最高|過去最多|過去最大|史上最高|史上最多|史上最大)だった[^。、]{0,12}?"
    r"の(?:約|ほぼ|およそ)?\s*(?:[0-9０-９]+(?:\.[0-9]+)?\s*(?:%|％|割)|半分|半数)"
)
_CHANGE_WORD_JA = (
    r"(?:増加|増え|増大|減少|減っ|減り|減ら|減る|上昇|上が|下落|下が|低下|拡大|縮小|伸び|落ち|目減り|急増|急減|急落"
    # 「1.1年延びた」「約2.5年縮んだ」: a length grew or shrank
    r"|延び|縮ん|縮ま|縮み"
    r"|増(?![\u4e00-\u9fff])|減(?![\u4e00-\u9fff])"
    # 「25円値下がりした」「25円安くなった」「10%高くなった」: a change by the amount (an adjective in 連用形
    # + なる is a change of state; 「25円安い」 without なる is a difference to another thing)
    r"|値下が|値上が|安くな|高くな"
    # 「5万人削減した」「4万5000人以上を削減」: a count taken away (as "cut 50,000"), done
    r"|(?:を\s*)?削減(?:し|され))"
)
#: A record named as the start of a change: "down about 15% from their 2021 record", "fell from the
#: record high", "off its all-time high", "from 2021's record", 「過去最多だった2021年の2万958人から減った」,
#: 「2021年の過去最多から約15%減った」: the record is where the change started (a premise said of the
#: base, in a relative clause or a possessive), not a new record; the change is what the clause says
#: (a linguistic reason: the record is the object of "from" / から, the predicate is the change; blind
#: round 20d us-gun-deaths murders-down-15, ja-homicide-decline). The group ``rec`` / ``recja`` is
#: the record word.
RECORD_AS_START = re.compile(
    r"(?i:\b(?:from|since|off)\s+(?:(?:the|its|their|that|a|an)\s+|\d{4}'s\s+)(?:\d{4}\s+)?"
    r"(?P<rec>(?:record|all-time)(?:\s+(?:high|low|level|peak))?)\b(?!\s+(?:year|season|quarter|month)\b))"
    r"|(?P<recja>過去最高|過去最多|過去最大|過去最悪|史上最高|史上最多|史上最大|史上最悪)"
    r"(?:だった|となった|を記録した|の)?[^。、]{0,16}?から(?=[^。、]{0,24}?" + _CHANGE_WORD_JA + ")"
)
#: a measure word the quantity grammar does not read, right after the number (「67万6千トン増えた」,
#: 「30キロ減った」): the number's own unit word, not what follows it
_UNIT_WORD_JA = r"(?:[ァ-ヺー]{1,8})?"
_BY_AFTER_JA = re.compile(
    _UNIT_WORD_JA + r"\s*(?:(?:も|の|ほど|程度|余り|あまり|近く|以上)\s*)?" + _CHANGE_WORD_JA
)
#: 「1,800人を超えて増えた」「10%を上回って伸びた」: a bound in the て-form before a verb of change
#: says by how much the change went, as 「1,800人以上増えた」 does (a linguistic reason: the て-form
#: clause modifies the verb, the bound is the size of its change, not a level reached; reworded
#: round 23c us-air-travel atc-net-1800-ja-rw read it as the level 14,000)
_BOUND_STEM_JA = re.compile(r"(?:超え|上回っ|下回っ)$")
_BY_AFTER_BOUND_JA = re.compile(r"て\s*(?:も\s*)?" + _CHANGE_WORD_JA)
#: 「中国より約1,000億ドル多い」「Bを1,000億ドル上回った」: a figure right before a comparative
#: (no を between them) after より / を is the margin between the two sides, not a level of either
#: (a linguistic reason: it says by how much; 「1,000億ドルを上回った」 is a bound, not this)
_MARGIN_AFTER_JA = re.compile(
    _UNIT_WORD_JA + r"\s*(?:(?:も|ほど|程度|余り|あまり|近く|以上)\s*)?"
    r"(?:多[いくか]|少な|上回|下回|高[いくか]|低[いくか]|大き|小さ|長[いくか]|短[いくか])"
)
_THAN_JA = re.compile(r"より|を(?=[^、。]{0,12}$)")
_CHANGE_AFTER_MADE_JA = re.compile(r"\s*" + _CHANGE_WORD_JA)
_TO_LEVEL_JA = re.compile(_UNIT_WORD_JA + r"\s*(?:に|へ|まで)\s*(?:まで)?\s*" + _CHANGE_WORD_JA)
#: English verbs of a level before a number: "numbered 71,032 in April 2024, up from a year
#: earlier", "stood at", "totalled", "amounted to": the level reached, never the size of a change
#: (a linguistic reason; blind round 13 japan-daycare-waitlist t6)
_LEVEL_BEFORE_EN = re.compile(
    r"(?i)\b(?:numbered|numbering|stood\s+at|stands\s+at|totall?ed|totall?ing|amounted\s+to|amounting\s+to)\s+"
    r"(?:about |around |roughly |nearly |almost |some |over |more than |just over |just under "
    r"|approximately |an estimated )?$"
)
#: English words before the size of a change: "grew by", "gained", "added", "lost", "a rise of".
_BY_BEFORE_EN = re.compile(
    r"(?i)\b(?:by|gain|gained|gains|gaining|add|added|adds|adding|create|created|creates|creating|lost|loses|losing|shed"
    r"|sheds|shedding|(?:an? )?(?:increase|rise|drop|decline|fall|loss|gain|growth|decrease) of)\s+"
    r"(?:about |around |roughly |nearly |almost |some |over |more than |just over |just under "
    r"|approximately |an estimated )?$"
)
#: "cut 300,000 federal jobs", "removed over 270,000 employees", "eliminated 5,000 posts": a count
#: taken away by a transitive verb is the size of the fall (a linguistic reason: the object of "cut"
#: or "remove" is what went, not what is left); money is left out ("cut $400 million from the fund"
#: is a decision's amount, checked on its event)
_TAKEN_AWAY_BEFORE_EN = re.compile(
    r"(?i)\b(?:cut|cuts|cutting|remov(?:ed|es|ing)|eliminat(?:ed|es|ing)|slash(?:ed|es|ing))\s+"
    r"(?:about |around |roughly |nearly |almost |some |over |more than |just over |just under "
    r"|approximately |an estimated )?$"
)
#: "20,000 more", "3,000 fewer", "about 500 hours a year more than": a difference (words of what is
#: counted between the figure and the comparative only before "than").
_BY_AFTER_EN = re.compile(
    r"(?i)\s+(?:more|fewer|additional)\b|(?:\s+[a-z]+){1,3}?\s+(?:more|fewer|less)\s+than\b"
)


#: "three years longer than", "$20 higher than", "a full two years above the national average": a
#: figure (in a unit of time, or with its unit in it) right before a comparative is the margin
#: between the two sides, as 「約6年長い」 is (a linguistic reason: it says by how much)
_MARGIN_AFTER_EN = re.compile(
    r"(?i)(?:\s+(?:years?|months?|weeks?|days?|hours?))?\s+(?:higher|lower|longer|shorter|older|younger)\s+than\b"
    r"|\s+(?:years?|months?|weeks?|days?)\s+(?:above|below)\b"
)
#: "jumped a full year", "lost two years of life expectancy", "knocked three years off": a length of
#: time after a verb of change, or before "off", is the size of the change
_LENGTH_CHANGED_BEFORE_EN = re.compile(
    r"(?i)\b(?:jump(?:ed|s)?|rose|rises?|risen|climb(?:ed|s)?|gain(?:ed|s)?|add(?:ed|s)?|lost|los(?:es|ing)"
    r"|fell|fall(?:s|en)?|drop(?:ped|s)?|declin(?:ed|es)|shed|shrank|shrunk|knock(?:ed|s)?)"
    r"\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|just|only)\s+)?$"
)
_LENGTH_OFF_AFTER_EN = re.compile(r"(?i)\s+(?:years?|months?|weeks?|days?)\s+off\b")


#: "got 25 yen cheaper", "became 10% more expensive": the amount a change of state is by (a
#: linguistic reason: "get"/"become" + comparative is a change; "is 25 yen cheaper than" is not)
_BECAME_BEFORE_EN = re.compile(
    r"(?i)\b(?:got|gets?|getting|became|becomes?|become)\s+(?:about |around |nearly |almost |some |over )?$"
)
_PRICIER_AFTER_EN = re.compile(
    r"(?i)(?:\s+(?:per|a|an)\s+[a-z]+)?\s+(?:cheaper|dearer|more\s+expensive)\b(?!\s+than)"
)


_MORE_EN = r"larger|bigger|higher|more|greater|costlier|dearer"
_LESS_EN = r"smaller|lower|less|fewer|cheaper"
_PERCENT_THAN = re.compile(
    rf"(?i)\s*(?:(?P<more>{_MORE_EN})|(?P<less>{_LESS_EN}))(?:\s+[\w'-]+){{0,3}}?\s+than\b"
)
_PERCENT_THAN_JA = re.compile(
    r"^\s*(?:ほど|程度|も)?(?:(?P<more>多|高|大き|上回)|(?P<less>少な|低|小さ|下回))"
)


#: a bound said the other way round: a bound on a fall bounds the ratio it leaves the other way
#: ("more than halved" is a ratio below one half), as does a bound on "N% less"
BOUND_FLIP = {
    "more_than": "less_than",
    "less_than": "more_than",
    "at_least": "at_most",
    "at_most": "at_least",
}


#: the comparand's particle: 「前年度より」「前年度と比べて」「前年に比べ」 (one comparison, said two ways)
_COMPARAND_JA = re.compile(r"より|(?:と|に)比べ")


def _percent_more_than(text: str, numbers: list[ClaimedNumber]) -> list[ClaimedNumber]:
    """ "about 12 percent bigger than the Texas economy", 「米国より3割多い」: a percentage more or
    less than another value is a multiple of it, 1 + N/100 (1 - N/100 for less); so is a fraction
    (「前年度と比べて5分の1ほど少なかった」 is 「約2割少なかった」, x0.8: §1 paraphrase invariance)."""
    out = []
    for n in numbers:
        fraction = n.unit == "x" and 0 < n.quantity.value < 1 and "分の" in n.text
        if n.unit == "%" or fraction:
            compared_ja = _COMPARAND_JA.search(text[: n.start]) is not None
            m = (None if fraction else _PERCENT_THAN.match(text, n.end)) or (
                _PERCENT_THAN_JA.match(text[n.end : n.end + 6]) if compared_ja else None
            )
            if m is not None:
                q = n.quantity
                part = q.value if fraction else q.value / 100
                value = 1 + part if m.group("more") else 1 - part
                # "at least 20% lower" is a multiple of at most 0.8
                comparator = BOUND_FLIP.get(n.comparator, n.comparator) if m.group("less") else n.comparator
                multiple = Quantity(value, "x", q.approx, q.text)
                n = replace(n, quantity=multiple, comparator=comparator, role="percent_more")
        out.append(n)
    return out


def _percent_of_entity(text: str, numbers: list[ClaimedNumber], ents: list[Span]) -> list[ClaimedNumber]:
    """ "スペインの約4割" / "40% of Spain's": a percentage of another entity is a ratio (0.4 x)."""
    out = []
    for n in numbers:
        ratio = False
        if n.unit == "%":
            for e in ents:
                between = text[e.end : n.start]
                after = text[n.end : e.start]
                # 「スペインの約4割」; not "the national 69.3%" (an English adjective of place
                # before a number says whose value it is, not what it is a part of)
                adjective = e.text[:1].islower() and re.search(r"(?i)\bthe\s+$", text[: e.start]) is not None
                before_number = e.end <= n.start and re.fullmatch(r"\s*の?\s*", between) and not adjective
                # "40% of Spain's" (a possessive: the entity's value), not "90% of Americans"
                possessive = text[e.end : e.end + 2] in ("'s", "’s")
                # with no other owner in the clause, "27% of Spain's labour force" is a part of
                # its own whole (a share), not a ratio to another entity's value
                others = any(o.ref != e.ref for o in ents)
                after_number = (
                    e.start >= n.end and re.fullmatch(r"\s+of\s+(?:the\s+)?", after) and possessive and others
                )
                ratio = ratio or bool(before_number or after_number)
        if ratio:
            q = n.quantity
            n = replace(n, quantity=Quantity(q.value / 100, "x", q.approx, q.text))
        out.append(n)
    return out


#: a number (with its unit or counter) followed directly by 増 or 減: 「5.6%減」「3割増」「2万人減」
_NUMBER_CHANGE_JA = re.compile(
    r"[0-9０-９.]+\s*(?:%|％|割|ポイント|pt|万|億|兆)?\s*(?:人|円|件|台|戸|世帯|ドル|トン|社)?\s*(増|減)(?![税資])"
)


#: "90% of (the / its / their) 2019 …": between a percentage and the period it is of
_PERCENT_OF_EN = re.compile(r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+|that\s+)?(?:levels?\s+(?:in|of)\s+)?")
#: 「2014年の約7割」: a period's の before a share (年/年度 and the spaces each once, so a run of spaces
#: cannot be split two ways: linear)
_PERCENT_OF_JA = re.compile(r"\s*(?:年度?\s*)?の\s*")


#: what may follow the period of "90% of its 2019 …": a level-like noun not of another measure, or
#: nothing ("3% of its 2023 GDP", "3% of the 2023 level of GDP" are of another measure's value)
_AFTER_THE_PERIOD_EN = re.compile(
    r"(?i)\s*(?:(?:levels?|records?|values?|figures?|peaks?|highs?|lows?|totals?|amounts?|numbers?)\b(?!\s+of\b)"
    r"|[.,;:)!?]|$)|\s+(?:in|and|by|when|before|after|during|but|while|as|at|on|for)\b"
)


def of_a_period(text: str, n: ClaimedNumber, periods: tuple[ClaimedPeriod, ...]) -> bool:
    """Whether a percentage is of another period's value: 「2014年の約7割」, "about 90% of their
    2019 level", "90% of the 2019 record" (with at least two periods, the other being the one
    it is set in)."""
    if n.unit != "%" or n.role is not None or not periods:
        return False
    if len(periods) == 1:
        # one period, the base of a percentage of its level to now ("65% of its 2019 level",
        # 「2019年の約65%まで回復した」: periods.FRACTION_OF_A_LEVEL_EN / _JA)
        p = periods[0]
        return p.role == "since" and (
            (p.end <= n.start and bool(FRACTION_OF_A_LEVEL_JA.match(text, p.end)))
            or (n.end <= p.start and bool(FRACTION_OF_A_LEVEL_EN.search(text, 0, p.start)))
        )
    return any(
        (p.end <= n.start and _PERCENT_OF_JA.fullmatch(text, p.end, n.start))
        or (
            n.end <= p.start
            and _PERCENT_OF_EN.fullmatch(text, n.end, p.start)
            and _AFTER_THE_PERIOD_EN.match(text, p.end)
        )
        for p in periods
    )


def _percent_of_period(
    text: str, numbers: list[ClaimedNumber], periods: tuple[ClaimedPeriod, ...]
) -> list[ClaimedNumber]:
    """「2014年の約7割」「2010年の半分」, "about 90% of their 2019 level": a percentage of another
    period's value (``of_a_period``) is a multiple of it (0.7 x), as 「2012年の9倍」 is; the
    statement then compares the two periods."""
    out = []
    for n in numbers:
        if of_a_period(text, n, periods):
            q = n.quantity
            n = replace(n, quantity=Quantity(q.value / 100, "x", q.approx, q.text))
        out.append(n)
    return out


#: The units an amount may be per, by their names in claims (contract 1.1 rates are UNIT/UNIT:
#: INR/l, USD/gal): "Rs 106.4 a litre", "$3.50 per gallon", 「1リットルあたり170円」. A unit's spellings
#: are those ``normalize.quantities`` reads after a number (one table), with its symbol, and for one
#: unit priced "a kilo" / 「1キロ」 (a kilogram: a price is per no kilometre) and "a ton", which a
#: figure's unit is not (「5キロ」 may be a distance, "5 tons" short tons)
_PER_UNIT_NAMES: dict[str, tuple[str, ...]] = {
    "l": ("l", *unit_names("l")),
    "gal": ("gal", "gallon", "gallons", "ガロン"),
    "kg": ("kg", "kilo", "キロ", *unit_names("kg")),
    "bbl": ("bbl", "barrel", "barrels", "バレル"),
    "t": ("t", "ton", "tons", *unit_names("t")),
    "MWh": unit_names("MWh"),
    "kWh": unit_names("kWh"),
    "dozen": ("dozen", "ダース"),
    "h": ("h", "hr", "hour", "hours", "時間"),
}
_PER_UNIT = {name.casefold(): unit for unit, names in _PER_UNIT_NAMES.items() for name in names}


def rate_key(unit: str) -> str:
    """A rate unit's spelling for comparison: its currency canonical and what it is per by the
    table above, case aside (``JPY/L``, ``JPY/l``, ``円/リットル`` are one; ``USD/barrel`` is
    ``USD/bbl``; ``GBP/KWH`` is ``GBP/kWh``; ``JPY/時間`` is ``JPY/h``)."""
    if "/" not in unit:
        return unit
    top, below = (part.strip() for part in unit.split("/", 1))
    return f"{normalize_unit(top) or top}/{_PER_UNIT.get(below.casefold(), below)}"


def per_unit(unit: str | None) -> bool:
    """Whether ``unit`` is one a price or a rate is said per (litre, barrel, kWh, hour …)."""
    return unit is not None and unit.casefold() in _PER_UNIT


def _pack_spelling(unit: str, rate_units: set[str]) -> str | None:
    """The pack's own spelling of the rate ``unit`` (None: the pack keeps no such rate)."""
    key = rate_key(unit)
    return next((u for u in sorted(rate_units) if "/" in u and rate_key(u) == key), None)
_PER_WORD = "|".join(sorted((re.escape(n) for n in _PER_UNIT), key=len, reverse=True))
_PER_AFTER_EN = re.compile(
    rf"(?i)\s*(?:per|a|an|each)\s+(?:(?P<n>[0-9]+(?:\.[0-9]+)?)\s+)?(?P<w>{_PER_WORD})(?![A-Za-z])"
)
#: The thing priced is one unit of it: "the value of a kilo of tea", "the price of a litre of petrol"
_UNIT_OF_EN = re.compile(rf"(?i)\b(?:of|for)\s+(?:a|an|one|each|every|1)\s+(?P<w>{_PER_WORD})\s+of\b")
#: The count of units the price is per, a whole number (「21リットル」 is 21 litres, never the
#: last 1 of it: no digit, kanji numeral or decimal point before the count)
_PER_BEFORE_JA = re.compile(
    rf"(?i)(?<![0-9０-９.,．，一二三四五六七八九十百千万])(?P<n>[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二三四五六七八九十百千]+)"
    rf"\s?(?P<w>{_PER_WORD})\s?(?:あたり|当たり|につき)?\s?$"
)
#: One unit named as the thing priced: "the price of a dozen eggs", "a dozen went from $1.79 …",
#: 「1ダースの値段」 (a linguistic reason: "a" / 1 with a unit word counts one unit, the one the
#: prices are of) — only where it is the priced thing (``_PRICED_BEFORE`` / ``_PRICED_AFTER``), not
#: anywhere ("a dozen states reported prices above $6": a dozen is twelve)
_ONE_WORD = "|".join(sorted((re.escape(n) for n in _PER_UNIT if len(n) >= 3), key=len, reverse=True))
_ONE_UNIT = re.compile(rf"(?i)(?<![\w.])(?:(?:a|an|one)\s+|1\s?|一)(?P<w>{_ONE_WORD})(?![A-Za-z])")


#: what is priced is named after "price(s) / cost / value of / for": "the price of a dozen eggs"
_PRICED_BEFORE_EN = re.compile(r"(?i)\b(?:prices?|costs?|values?)\s+(?:of|for)\s+$")
#: or it opens the clause as the subject of a price verb: "a dozen went from $1.79", "In Hawaii, a
#: dozen eggs cost $4.82" (a clause start: the text's start, a comma, colon or semicolon, a date)
_CLAUSE_START_EN = re.compile(
    r"(?i)(?:^|[,;:]|\b(?:while|whereas|and|but|when|as)|\b(?:in|by|since)\s+(?:\w+\s+)?\d{4})\s*(?:the\s+)?$"
)
_PRICE_VERB_AFTER_EN = re.compile(
    r"(?i)(?:\s+[A-Za-z][A-Za-z\-]*){0,3}?\s+(?:cost|costs|sold|sells|went|rose|fell|averaged|hit|was|were|"
    r"is|reached|jumped|climbed|dropped)\b"
)
#: 「1ダースの値段」「1ダースの卵の価格」「1ダースあたり」「卵1ダースは…」: the unit is what is priced
_PRICED_AFTER_JA = re.compile(
    r"\s*(?:の(?:[\u30a0-\u30ff\u4e00-\u9fff]{1,8}の)?(?:平均)?(?:小売)?(?:値段|価格)|あたり|当たり|につき|は|が|で)"
)


def _unit_counts(numbers: list[ClaimedNumber], start: int, end: int, unit: str) -> set[int]:
    """The figures from ``start`` to ``end`` that count the units a rate ``unit`` is per (the 10 of
    「10リットルあたり」, "per 10 litres"): no figures of the claim."""
    below = rate_key(unit).split("/", 1)[1]
    return {
        id(o)
        for o in numbers
        if start <= o.start < end and (o.unit is None or _PER_UNIT.get(o.unit.casefold()) == below)
    }


def _per_count(said: re.Match[str]) -> float | None:
    """How many units a price is said per: 1 for "a litre", 10 for 「10リットルあたり」 (None: unread)."""
    count = said.groupdict().get("n")
    if not count:
        return 1.0
    count = unicodedata.normalize("NFKC", count)
    value = _kanji_value(count) if count[0] in _KANJI_DIGITS or count[0] in _KANJI_SMALL else float(count)
    return float(value) if value else None


def _names_the_priced_unit(text: str, one: re.Match[str]) -> bool:
    """Whether the one unit ``one`` names the thing the claim's prices are of (see ``_ONE_UNIT``)."""
    if _PRICED_AFTER_JA.match(text, one.end()):
        return True
    before = text[max(0, one.start() - 40) : one.start()]
    if _PRICED_BEFORE_EN.search(before):
        return True
    return bool(_CLAUSE_START_EN.search(before) and _PRICE_VERB_AFTER_EN.match(text, one.end()))


def amounts_per_unit(text: str, numbers: list[ClaimedNumber], rate_units: set[str]) -> list[ClaimedNumber]:
    """An amount of money said per a unit ("Rs 106.4 a litre", 「1リットルあたり170円」) is a rate
    (INR/l, JPY/l) when the pack keeps a measure in that rate unit (``rate_units``): a price per
    litre is no amount (docs/verdict-rules.md §4.14). The 1 of 「1リットル」 is then part of it."""
    out: list[ClaimedNumber] = []
    drop: set[int] = set()
    ones = [o for o in _ONE_UNIT.finditer(text) if _names_the_priced_unit(text, o)]
    for n in numbers:
        if n.unit is None or not is_currency(n.unit):
            out.append(n)
            continue
        m = _PER_AFTER_EN.match(text, n.end)
        lead = max(0, n.start - 12)
        before = _PER_BEFORE_JA.search(text, lead, n.start) if m is None else None
        found = m or before
        of_unit = _UNIT_OF_EN.search(text[max(0, n.start - 80) : n.start]) if found is None else None
        said = found or of_unit
        word = said.group("w").casefold() if said is not None else None
        unit = f"{n.unit}/{_PER_UNIT[word]}" if word else None
        if unit is not None:
            # in the pack's spelling: "yen a litre" is a pack's JPY/L (rate_key)
            unit = _pack_spelling(unit, rate_units) or unit
        if unit is None:
            # "a dozen went from $1.79 …", "the price of a dozen eggs hit a record $6.23": one unit
            # named elsewhere in the claim is what its prices are of, when the pack keeps prices
            # per that unit (the one unit is then no figure: "a dozen" is not 12 of anything)
            per = [_pack_spelling(f"{n.unit}/{_PER_UNIT[o.group('w').casefold()]}", rate_units) for o in ones]
            one, unit = next(((o, u) for o, u in zip(ones, per, strict=True) if u is not None), (None, None))
            if one is not None and unit is not None:
                drop |= {
                    id(o) for o in numbers if o.start < one.end() and one.start() < o.end and o.unit != n.unit
                }
                out.append(replace(n, quantity=replace(n.quantity, unit=unit)))
                continue
        if unit is None or (unit not in rate_units and found is not None):
            out.append(n)
            continue
        if of_unit is not None:
            # "the average value of a kilo of tea … LKR 822.25": a price of one unit is a rate,
            # never an amount of the whole, whatever measures the pack keeps
            out.append(replace(n, quantity=replace(n.quantity, unit=unit)))
            continue
        count = _per_count(found) if found is not None else 1.0
        if count is None:
            out.append(n)
            continue
        if count != 1.0:
            # 「10リットルあたり1700円」, "1700 yen per 10 litres": the price of N units, N times the
            # price of one (170 yen a litre), never compared as the price of one
            n = replace(n, quantity=replace(n.quantity, value=n.quantity.value / count))
        if before is not None:
            start = before.start()
            # 「1リットル186.5円」: the 1 counts the unit the price is per, no volume of the claim
            drop |= _unit_counts(numbers, start, n.start, unit)
        if m is not None:
            # "$4.82 a dozen": the unit after the price is no figure of its own (not twelve)
            drop |= _unit_counts(numbers, n.end, m.end(), unit)
        end = m.end() if m is not None else n.end
        out.append(replace(n, quantity=replace(n.quantity, unit=unit), end=end))
    return [n for n in out if id(n) not in drop]


#: Counts said as a vague number word (a linguistic reason: such a word names a band of values, not
#: a figure): "dozens of", "hundreds of", "tens of thousands of", 「数十人」「数万人」「十数社」. The
#: band runs from two of the word's units up to the next word's (dozens 24-99, hundreds 200-999,
#: thousands 2,000-9,999, tens of thousands 20,000-99,999; 数 2-9, 十数 11-19); dev: blind round 5b
#: "tens of thousands of older workers", realworld 「200歳以上が数万人もいた」, docs/verdict-rules.md §4.1.
_VAGUE_EN = re.compile(
    r"(?i)(?<![A-Za-z-])(?:(?P<m>tens|hundreds)\s+of\s+)?(?P<w>dozens|hundreds|thousands|millions|billions)"
    r"\s+of\s+(?:(?:the|their|its|new|more|extra|additional|other)\s+)?(?P<what>[A-Za-z]+)"
)
_VAGUE_EN_BASE = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_VAGUE_JA = re.compile(
    r"(?<![一二三四五六七八九十百千万億兆0-9０-９])(?P<v>十数|数十|数百|数千|数)(?P<s>万|億|兆)?"
    r"(?P<c>人|件|社|名|台|か国|カ国|ヶ国|カ所|か所|ヶ所|戸|軒|世帯|校|店舗|店|団体|円|ドル|ユーロ|ルピー|トン)"
)
_VAGUE_JA_BAND = {"数": (2.0, 10.0), "十数": (11.0, 20.0), "数十": (20.0, 100.0), "数百": (200.0, 1000.0),
                  "数千": (2000.0, 10000.0)}
_JA_SCALES = {"万": 1e4, "億": 1e8, "兆": 1e12}


def vague_counts(text: str) -> list[tuple[int, int, float, float, str | None]]:
    """The vague counts of a text as (start, end, lowest, first value above, unit): "dozens of
    deaths" (24, 100, count), 「数万人」 (20000, 100000, count), 「数百億円」 (2e10, 1e11, JPY). 数 alone
    needs a scale word (数万, 数億: not 数人 "a few people", nor 数年)."""
    out: list[tuple[int, int, float, float, str | None]] = []
    for m in _VAGUE_EN.finditer(text):
        base = _VAGUE_EN_BASE[m.group("w").lower()]
        if m.group("m"):
            if m.group("w").lower() == "dozens":
                continue
            base *= 10.0 if m.group("m").lower() == "tens" else 100.0
        low, high = (24.0, 100.0) if base == 12.0 else (2 * base, 10 * base)
        what = normalize_unit(m.group("what"))
        unit = what if what is not None and is_currency(what) else "count"
        # the span ends with the noun counted ("dozens of deaths"), as a count's does ("24 deaths")
        out.append((m.start(), m.end() if unit == "count" else m.end("w"), low, high, unit))
    for m in _VAGUE_JA.finditer(text):
        if m.group("v") == "数" and not m.group("s"):
            continue
        scale = _JA_SCALES.get(m.group("s") or "", 1.0)
        low, high = _VAGUE_JA_BAND[m.group("v")]
        counter = normalize_unit(m.group("c"))
        kept = counter if counter == "count" or is_currency(counter) else None
        out.append((m.start(), m.end(), low * scale, high * scale, kept))
    return out


#: 倍 alone is twice (a linguistic reason: 「倍になった」 is "doubled"), read before a bound word or a
#: change after a particle or a comma (「前年の倍以上」「ほぼ倍に増えた」「倍近く」「ドイツ鉄道の倍に達する」
#: 「倍を超える」: 倍 said for 2倍, blind round 21d sbb-double reworded), never inside a
#: word (安倍, 倍率) nor after a numeral (3倍 is the grammar's)
BARE_DOUBLE_JA = (
    r"(?:(?<=[\u3040-\u309f、，。\s])|^)倍(?=近く|以上|超|強|弱|余り|あまり|に(?:増|膨|伸|拡|上|な|達)|へ|を(?:超|上回))"
)
