"""One spelling for the forms a claim may be written in that mean the same thing.

People write the same figure, date or hedge in many ways (``12 percent`` / ``12 per cent`` /
``12%``, ``令和5年`` / ``2023年``, ``around 40%`` / ``about 40%``). The parser reads one of each:
``one_spelling`` rewrites a claim's text (already ``normalize``-d: NFKC, ASCII digits) into it
before it is split into statements, so that a verdict does not depend on which spelling the
claim's author chose (docs/verdict-rules.md, "Paraphrase invariance";
``evaluation/paraphrase.py`` measures it).

Every rewrite here is exact: the two spellings mean the same in every context the pattern
allows. The families:

- per cent: ``12 percent``, ``12 per cent``, ``12パーセント`` -> ``12%`` (not "percentage
  points", パーセントポイント); spelled in words too: ``Ninety-five per cent`` -> ``95%``.
- the same period a year before, in words: ``1年前の同じ月`` -> ``前年同月``, ``前の年の同じ時期`` ->
  ``前年同期``.
- Japanese era years: ``令和5年`` -> ``2023年``, ``令和元年`` -> ``2019年``, ``平成31年度`` ->
  ``2019年度`` (the era's first year is its base + 1).
- English month abbreviations before a year or a day: ``Dec. 2008`` -> ``December 2008``,
  ``Sept. 5, 2024`` -> ``September 5, 2024`` (the abbreviation's full stop is no sentence end).
- the day before the month: ``September 30, 2022`` -> ``30 September 2022`` (the American
  order's comma after the day is no clause break).
- ``during 2024`` -> ``in 2024`` (a year, or a month and its year).
- approximation words before a number: around, roughly, approximately, somewhere around, in
  the region of -> about; およそ,
  おおよそ -> 約; a figure followed by 程度, 前後 or ほど -> 約 before it (``11万トン程度`` ->
  ``約11万トン``; a fraction's hedge goes before the whole fraction: ``4分の1ほど`` -> ``約4分の1``).
- a length and a half in Japanese: ``2年半`` -> ``2.5年``, ``1時間半`` -> ``1.5時間``, ``3か月半`` ->
  ``3.5か月`` (one or two digits; not ``2020年半ば``, mid-2020).
- Japanese claims: a grouped (or five-digit-plus) whole number that is a whole number of 万, 億
  or 兆 is written with them, as Japanese usually is: ``2,000,000円`` -> ``200万円``,
  ``100,000人当たり`` -> ``10万人当たり``.
- the superlative adverb: 一番, いちばん, もっとも before an adjective -> 最も (``一番多かったのは`` ->
  ``最も多かったのは``; not 一番目, 一番乗り, 一番の: an ordinal or a noun).
- Japanese amounts in 兆 or 億 with the next scale down after them take a decimal instead:
  ``3兆2000億円`` -> ``3.2兆円``, ``1億2000万人`` -> ``1.2億人`` (``68万6061人`` stays).

A pack's entity and metric names are matched in this spelling too (``EvidenceIndex``: a name
and its ``one_spelling`` are both names), and with their digits grouped and ungrouped
(``grouping_variants``), so that ``1000人以上減った月`` is found in a claim that writes
``1,000人以上`` (a claim keeps its own grouping: its reasons quote it).
"""

from __future__ import annotations

import calendar
import re

from shingi.normalize.periods import ERA_BASE

__all__ = ["grouping_variants", "one_spelling"]

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

_PERCENT_EN = re.compile(r"(?i)(?<=\d)\s?per\s?cent\b(?!\s*points?\b)")
_PERCENT_JA = re.compile(r"(?<=\d)\s?パーセント(?!ポイント)")

_UNITS_EN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS_EN = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen")
_TENS_EN = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: a percentage spelled in words ("Ninety-five per cent", "twenty percent", "a hundred percent"):
#: written with digits as "95 per cent" is (a linguistic reason: the same figure)
_WORD_PERCENT_EN = re.compile(
    r"(?i)(?<![A-Za-z-])(?:(?P<tens>" + "|".join(_TENS_EN) + r")"
    r"(?:[\s-](?P<unit>" + "|".join(_UNITS_EN) + r"))?"
    r"|(?P<small>" + "|".join(_TEENS_EN + _UNITS_EN) + r")|(?P<hundred>(?:a|one)\s+hundred))"
    r"\s?(?:per\s?cent|percent)\b(?!\s*points?\b)"
)


def _word_percent(m: re.Match[str]) -> str:
    if m["hundred"]:
        return "100%"
    if m["small"]:
        low = m["small"].lower()
        value = _UNITS_EN.index(low) + 1 if low in _UNITS_EN else _TEENS_EN.index(low) + 10
    else:
        value = 20 + 10 * _TENS_EN.index(m["tens"].lower())
        if m["unit"]:
            value += _UNITS_EN.index(m["unit"].lower()) + 1
    return f"{value}%"


_ERA_YEAR = re.compile(r"(" + "|".join(ERA_BASE) + r")\s?(元|\d{1,2})\s?年")

# "Sept" too; "May" has no abbreviation to expand
_MONTH_ABBR = {calendar.month_abbr[i].lower(): calendar.month_name[i] for i in range(1, 13) if i != 5}
_MONTH_ABBR["sept"] = "September"
_MONTH_SHORT = re.compile(
    r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s(?:\d{1,2},?\s)?(?:19|20)\d\d\b)")

_MONTH_NAMES = "|".join(calendar.month_name[1:])
# "September 30, 2022" (the American order): the comma after the day is no clause break
_MONTH_DAY_YEAR = re.compile(r"\b(" + _MONTH_NAMES + r") (\d{1,2}),? ((?:19|20)\d\d)\b,?")
_DURING_YEAR = re.compile(r"\b([Dd])uring(?=\s(?:(?:" + _MONTH_NAMES + r")\s)?(?:19|20)\d\d\b)")

_HEDGE_EN = re.compile(
    r"(?i)\b(around|roughly|approximately|somewhere\s+around|in\s+the\s+region\s+of)"
    r"(?=\s[-+]?(?:US)?[$€£¥₹]?\d)"
)
_HEDGE_JA = re.compile(r"(?:おおよそ|およそ)(?=\d)")
#: 「2年半」「1時間半」「3か月半」: the length and a half of its unit, 2.5年 (not 「2020年半ば」, mid-2020,
#: nor a year: one or two digits); 半 a word of its own (``_and_a_half``)
_AND_A_HALF_JA = re.compile(r"(?<![\d.,])(\d{1,2})(年|時間|か月|カ月|ヶ月|ヵ月)半(?!ば|期|世紀)")
#: 一番 / いちばん / もっとも before an adjective's stem are 最も (a linguistic reason: the same adverb of
#: the superlative, "the most"); not 一番目 (an ordinal), 一番乗り, 一番の原因 (nouns)
_MOST_ADVERB_JA = re.compile(
    r"(?:一番|いちばん|もっとも)(?=多|少|高|低|大き|小さ|長|短|良|悪|早|速|遅|暑|寒|強|弱|広|狭|重|軽|深|浅|安|若|古|新"
    r"|近|遠|よ[いかくけ]|おお|すくな|たか|ひく|ちい|なが|みじか|はや|おそ|わる)"
)
#: 「1年前の同じ月」「前の年の同じ時期」 are 前年同月 / 前年同期 said in words (a linguistic reason: the
#: same period a year before the claim's own, not a year before the day it was said)
_YEAR_BEFORE_SAME_JA = re.compile(r"(?:1年前|一年前|前の年)の同じ(月|時期|期間|四半期)")
_SAME_OF = {"月": "前年同月", "時期": "前年同期", "期間": "前年同期", "四半期": "前年同期"}
# a figure with its scale and counter (not a year, month or duration), then a hedge after it
#: 「4分の1ほど」: the hedge is the fraction's, 約 goes before the whole fraction (not 「4分の約1」)
_HEDGE_FRACTION_JA = re.compile(r"(?<![約\d.,])(\d+分の\d+)(?:程度|前後|ほど)")
_HEDGE_AFTER_JA = re.compile(
    r"(?<![約\d.,])(?<!分の)(\d[\d.,]*(?:[万億兆千]\d*)*(?:[%割倍人円件台社個回]|[ァ-ヶー]+|か国|世帯|歳)?)(?:程度|前後|ほど)")

# an ungrouped whole number of five or more digits (never a year), or in Japanese of four with a
# counter no date takes (1000人, 1500円; not 2024年); not the digits after a kanji scale (68万6061人)
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")
_UNGROUPED = re.compile(r"(?<![A-Za-z\d.,_\-万億兆])(\d{5,})(?![\d,]|\.\d)")
_UNGROUPED_COUNTED_JA = re.compile(
    r"(?<![A-Za-z\d.,_\-万億兆])(\d{4})(?![\d,]|\.\d)(?=人|円|件|台|社|個|回|世帯|トン|ドル|校|床|戸|本|箇所|か所)")
# 3兆2000億 (a 兆 or 億 amount with the next scale down after it): one scale with a decimal
_COMPOUND_JA = re.compile(r"(?<![\d.,])(\d+)(兆|億)(\d{1,4})(億|万)(?![\d千百十万億兆])")
_NEXT_DOWN = {"兆": "億", "億": "万"}
_JA_WHOLE = re.compile(r"(?<![A-Za-z\d.,_-])(\d{1,3}(?:,\d{3})+|\d{5,})(?![\d,]|\.\d|[万億兆千])")
_SCALES = ((10**12, "兆"), (10**8, "億"), (10**4, "万"))


def _kanji_scaled(m: re.Match[str]) -> str:
    """``2,000,000`` -> ``200万``, ``1,234,560,000`` -> ``12億3456万``; the number itself when
    it is no whole number of 万."""
    value = int(m.group(1).replace(",", ""))
    if value < 10**4 or value % 10**4:
        return m.group(0)
    out = []
    for scale, word in _SCALES:
        if value >= scale:
            out.append(f"{value // scale}{word}")
            value %= scale
    return "".join(out)


def _era_year(m: re.Match[str]) -> str:
    n = 1 if m.group(2) == "元" else int(m.group(2))
    return f"{ERA_BASE[m.group(1)] + n}年"


def _about(m: re.Match[str]) -> str:
    return "About" if m.group(1)[0].isupper() else "about"


def _grouped(m: re.Match[str]) -> str:
    return f"{int(m.group(1)):,}"


def _month_day(m: re.Match[str]) -> str:
    # a comma that ended the date ("September 30, 2022, up from …") stays a comma
    return f"{m.group(2)} {m.group(1)} {m.group(3)}" + ("," if m.group(0).endswith(",") else "")


def _decimal_scale(m: re.Match[str]) -> str:
    """``3兆2000億`` -> ``3.2兆``; the number itself when the smaller scale is not the next one down."""
    if _NEXT_DOWN[m.group(2)] != m.group(4):
        return m.group(0)
    decimals = m.group(3).rjust(4, "0").rstrip("0")
    return f"{m.group(1)}.{decimals}{m.group(2)}" if decimals else f"{m.group(1)}{m.group(2)}"


def _and_a_half(text: str) -> str:
    """``text`` with 「N年半」 spelt 「N.5年」 where 半 is a word of its own: not the first character of
    the word after the length (「この10年半導体生産額」「この2年半減した」「5年半数が」: 半導体, 半減,
    半数 are words; a linguistic reason: the half of a length is a morpheme of its own, which the
    tokenizer's word boundary shows)."""
    if _AND_A_HALF_JA.search(text) is None:
        return text
    # (imported here: the tokenizer is loaded only for a text that says a length and a half)
    from shingi.pipeline.morphology import tokenize

    halves = {t.start for t in tokenize(text) if t.surface == "半"}
    return _AND_A_HALF_JA.sub(
        lambda m: f"{m.group(1)}.5{m.group(2)}" if m.end() - 1 in halves else m.group(0), text
    )


def one_spelling(text: str) -> str:
    """``text`` (normalised) with each family's spellings made one (see the module docstring)."""
    if "パーセント" in text:
        text = _PERCENT_JA.sub("%", text)
    text = _PERCENT_EN.sub("%", text)
    text = _WORD_PERCENT_EN.sub(_word_percent, text)
    text = _MONTH_SHORT.sub(lambda m: _MONTH_ABBR[m.group(1).lower()], text)
    text = _MONTH_DAY_YEAR.sub(_month_day, text)
    text = _DURING_YEAR.sub(lambda m: "In" if m.group(1) == "D" else "in", text)
    text = _HEDGE_EN.sub(_about, text)
    if _JAPANESE.search(text):
        text = _ERA_YEAR.sub(_era_year, text)
        text = _YEAR_BEFORE_SAME_JA.sub(lambda m: _SAME_OF[m.group(1)], text)
        text = _HEDGE_JA.sub("約", text)
        text = _and_a_half(text)
        text = _MOST_ADVERB_JA.sub("最も", text)
        text = _HEDGE_FRACTION_JA.sub(r"約\1", text)
        text = _HEDGE_AFTER_JA.sub(r"約\1", text)
        text = _COMPOUND_JA.sub(_decimal_scale, text)
        text = _JA_WHOLE.sub(_kanji_scaled, text)
    return text


def grouping_variants(text: str) -> list[str]:
    """``text`` with its whole numbers' grouping commas taken out and put in (five or more digits,
    or in Japanese four with a counter no date takes: ``1000人`` / ``1,000人``; ``2024年`` never),
    each when it differs: a name is found however a claim groups its digits (a claim keeps its
    own grouping, which its reasons quote)."""
    out = []
    ungrouped = _GROUPED.sub(lambda m: m.group(0).replace(",", ""), text)
    grouped = _UNGROUPED.sub(_grouped, text)
    if _JAPANESE.search(text):
        grouped = _UNGROUPED_COUNTED_JA.sub(_grouped, grouped)
    for variant in (ungrouped, grouped):
        if variant != text and variant not in out:
            out.append(variant)
    return out
