"""Kanji numerals read as digits, where a Japanese text writes its figures in them.

Official texts set vertically, and their horizontal reprints (官報資料版, white papers before the
2000s), write figures in kanji: 「十八万四千円」 (184,000 yen), 「〇・二%」 (0.2 %, 〇 the zero and ・ the
decimal point), 「四八・五歳」 (48.5 years: digits by place), 「平成十年」 (1998). The number readers of
:mod:`shingi.normalize` read Arabic digits only, so :func:`arabic_numerals` rewrites such a numeral
into digits before a sentence is read: 「十八万四千円」 -> 「18万4000円」, 「〇・二%」 -> 「0.2%」,
「平成十年」 -> 「平成10年」.

Kanji digits are also parts of words (一方, 一部, 統一, 十分, 万一, 第三四半期), so a run is rewritten only
where it is a number by its form and what follows it:

- a decimal (「〇・二」, 「四八・五」) before a unit of rates or measures (%, ポイント, 倍, 歳, 円 ...);
- a whole number before a counter or a unit of time, money or rate (円, 人, 世帯, 件, 年, 月, 日, %,
  倍 ...) or before the scale after it (「十八万」); 「一か月」, 「三年連続」, 「十二月分」 are numbers too,
  a number of one kanji only in a text that writes its figures in kanji (「一戸建」, 「二人以上の世帯」 are
  words in a text of digits);
- the first end of a span whose second end is one (「一〜六月期」 -> 「1~6月期」).

Never after 数, 何 or 幾 (「数十万人」 is several hundred thousand, no figure), nor after a digit
(「21万5千人」 is written in digits already); a bare scale (「（単位 千人）」, 「百万円」) is a unit's,
no figure.

A run of kanji digits with no 十, 百 or 千 is a number written by place (「二〇〇八年」, 「四八・五」); one
with them is read as spoken (「十八万四千」); a run that is neither (「万一」, 「十十」) is left alone. The
rewrite changes lengths, so a figure read from a rewritten numeral has no exact place in its quote
(``quote_span`` says so), as with any text ``normalize`` does not keep.
"""

from __future__ import annotations

import re

__all__ = ["arabic_numerals", "kanji_number"]

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10**4, "億": 10**8, "兆": 10**12}
_DIGIT_CHARS = "〇零一二三四五六七八九"
_RUN = f"[{_DIGIT_CHARS}十百千万億兆]+"
#: what makes a kanji run a number after it: a rate or measure, a counter, a unit of time or money
_UNIT = (r"(?:%|パーセント|ポイント|倍|歳|円|ドル|人|世帯|件|戸|台|社|校|か所|箇所|か国|カ国|ヵ国|"
         # (not 市 or 県 after a number: 「四万十市」 is a city's name, no 40,010 of anything)
         r"か月|カ月|ヵ月|ヶ月|年|月|日|週|時間|割|トン|キロ|メートル|平方|品目|業種|都道府県)")
#: a decimal written with ・ (〇・二, 四八・五): only before a unit of rates or measures
_NOT_AFTER = f"(?<![0-9.,{_DIGIT_CHARS}十百千万億兆数何幾])"
_DECIMAL_RE = re.compile(_NOT_AFTER + f"([{_DIGIT_CHARS}]+)・([{_DIGIT_CHARS}]+)"
                         r"(?=\s?(?:%|パーセント|ポイント|倍|歳|円|人|か月|カ月|ヵ月|ヶ月|年|日|時間|割|[万億兆]))")
#: a whole number before a unit, or the first end of a span (一〜六月期) whose second end is one
_WHOLE_RE = re.compile(_NOT_AFTER + f"({_RUN})(?=\\s?(?:{_UNIT}|[~〜～]{_RUN}{_UNIT}))")
#: a fraction (「三分の一」, 「十分の一」): both ends are rewritten, or neither (never 「3分の一」)
_FRACTION_RE = re.compile(_NOT_AFTER + f"({_RUN})分の({_RUN})")
_QUICK_RE = re.compile(f"[{_DIGIT_CHARS}十百千]")


def kanji_number(run: str) -> int | None:
    """The value of a run of kanji numerals (「十八万四千」 184000, 「二〇〇八」 2008, 「四八」 48), or None
    when the run is no number (「万一」, 「十十」)."""
    if not run or run[0] in _LARGE:
        return None
    if not any(c in _SMALL for c in run):
        # by place: digits, each group perhaps closed by a scale (「一八万」 is rare but read)
        total, digits = 0, ""
        for c in run:
            if c in _DIGITS:
                digits += str(_DIGITS[c])
            elif not digits:
                return None
            else:
                total += int(digits) * _LARGE[c]
                digits = ""
        return total + (int(digits) if digits else 0)
    total, group, digit, last_small, last_large = 0, 0, None, 10**4, 10**13
    for c in run:
        if c in _DIGITS:
            if digit is not None:
                return None  # two digits running (「十二三」) is no spoken number
            digit = _DIGITS[c]
        elif c in _SMALL:
            unit = _SMALL[c]
            if unit >= last_small:
                return None
            group += (1 if digit is None else digit) * unit
            digit, last_small = None, unit
        else:
            unit = _LARGE[c]
            if unit >= last_large or (group == 0 and digit is None):
                return None
            total += (group + (digit or 0)) * unit
            group, digit, last_small, last_large = 0, None, 10**4, unit
    return total + group + (digit or 0)


def _arabic(value: int) -> str:
    """184000 -> 「18万4000」: Japanese mixed spelling, which the number readers take, scales kept."""
    out, rest = [], value
    for word, scale in (("兆", 10**12), ("億", 10**8), ("万", 10**4)):
        if rest >= scale:
            out.append(f"{rest // scale}{word}")
            rest %= scale
    if rest or not out:
        out.append(str(rest))
    return "".join(out)


def _whole(m: re.Match[str], single: bool) -> str:
    run = m.group(1)
    if run[0] in "百千" and not any(c in _DIGITS for c in run):
        return m.group(0)  # 「(単位 千人)」, 「百万円」: a unit's scale, no figure
    if len(run) == 1 and not single:
        return m.group(0)  # 「一戸建」, 「二人以上の世帯」: words, in a text of digits
    value = kanji_number(run)
    return m.group(0) if value is None else _arabic(value)


def _fraction(m: re.Match[str], single: bool) -> str:
    top = _whole(m, single)
    bottom = kanji_number(m.group(2))
    if top == m.group(0) or bottom is None:
        return m.group(0)
    return f"{top}分の{_arabic(bottom)}"


def _decimal(m: re.Match[str]) -> str:
    whole, fraction = kanji_number(m.group(1)), kanji_number(m.group(2))
    if whole is None or fraction is None or any(c not in _DIGITS for c in m.group(2)):
        return m.group(0)
    return f"{whole}." + "".join(str(_DIGITS[c]) for c in m.group(2))


def arabic_numerals(text: str, single: bool = False) -> tuple[str, bool]:
    """``text`` with its kanji numerals that are figures written in digits (see the module docstring),
    and whether it wrote any figure in kanji for sure (a decimal, or a number of two kanji or more).

    A number of one kanji (「一か月」, 「九年」, 「三年連続」) is rewritten only with ``single``: in a text
    known to write its figures in kanji (the caller says so once a sentence did), since elsewhere
    such a kanji is part of a word (「一戸建」, 「二人以上の世帯」, 「一人当たり」)."""
    if not _QUICK_RE.search(text):
        return text, False
    out = _DECIMAL_RE.sub(_decimal, text)
    sure = out != text or any(len(m.group(1)) > 1 and _whole(m, False) != m.group(0)
                              for m in (*_WHOLE_RE.finditer(out), *_FRACTION_RE.finditer(out)))
    out = _FRACTION_RE.sub(lambda m: _fraction(m, single or sure), out)
    return _WHOLE_RE.sub(lambda m: _whole(m, single or sure), out), sure
