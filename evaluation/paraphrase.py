"""Paraphrase invariance: does a meaning-preserving rewrite of a claim change its rating?

Usage (from the repository root, with ``PYTHONPATH=src``):

    python evaluation/paraphrase.py src/shingi/packs evaluation/realworld/dev/*
    python evaluation/paraphrase.py PACK_DIR ... --family numbers --examples 5
    python evaluation/paraphrase.py PACK_DIR ... --json

Every claim of each pack is diagnosed as ``shingi eval`` does (at its ``said_on``, with its
``speaker``), then again once per rewrite that applies to its text. A rewrite is a small,
deterministic function that changes one surface form into another of the same meaning
(``1,200`` -> ``1200``, ``April 2025`` -> ``2025-04``, ``約`` -> ``およそ``, an entity's name ->
its alias ...); it applies only where the rewritten text means exactly what the claim says, and
returns None elsewhere. A rating that changes under a rewrite is an engine bug: the verdict
depended on how the claim was written, not on what it says.

Output: per family, the rewrites tried and the ratings changed, then up to ``--examples`` changed
cases per family (the pack, the claim id, both texts and both ratings). The exit code is 0.

The families (each rewrite is documented where it is defined):

- ``numbers``: digit grouping, scale words (thousand/million/billion, 千/万/億/兆), full-width
  digits, the spellings of per cent.
- ``dates``: month names and ISO months, Japanese era years (令和/平成), "in"/"during" a year,
  ``FY2024``/``2024年度`` (Japan's fiscal year only).
- ``hedges``: one approximation word for another (about/around/roughly/approximately; 約/およそ/程度).
- ``order``: a trailing English time adverbial fronted and back; Japanese time particles
  (2024年に / 2024年には / 2024年は).
- ``entities``: an entity's name for its alias and back (the pack's own entities.csv), and a
  Japanese claim's Japanese name for the English one of a company, model or product.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# A rewrite: (claim text, the pack) -> the rewritten text, or None where it does not apply.
Rewrite = Callable[[str, Any], "str | None"]

_JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _is_ja(text: str) -> bool:
    return bool(_JA.search(text))


def _sub_all(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str | None], text: str) -> str | None:
    """``text`` with every match of ``pattern`` replaced by ``repl(match)`` (a None keeps the match);
    None when nothing changed."""
    out: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        new = repl(m)
        if new is None:
            continue
        out.append(text[last:m.start()])
        out.append(new)
        last = m.end()
    if not out:
        return None
    out.append(text[last:])
    result = "".join(out)
    return result if result != text else None


def _plain(value: float) -> str:
    """A number as digits without grouping or a needless decimal point (1200.0 -> 1200, 1.25 -> 1.25)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


def _grouped(value: float) -> str:
    """A number with thousands grouped by commas (1200000 -> 1,200,000; 1234.5 -> 1,234.5)."""
    whole, _, frac = _plain(value).partition(".")
    grouped = f"{int(whole):,}"
    return f"{grouped}.{frac}" if frac else grouped


def _short(value: float, scale: float) -> str | None:
    """``value / scale`` written with at most four decimals, exactly (1,200 / 1000 -> 1.2);
    None when it needs more digits than that (1,234,567 / 1e6)."""
    scaled = value / scale
    text = f"{scaled:.4f}".rstrip("0").rstrip(".")
    return text if abs(float(text) * scale - value) < 1e-6 * max(1.0, value) else None


# --- numbers -----------------------------------------------------------------------------------

# A grouped number: 1,200 or 12,345,678.9. Not inside a longer number or a list of numbers
# (``1,2,3``), not a decimal comma.
_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+)(\.\d+)?(?![\d,]|\.\d)")
# A plain number of five or more digits (never a year): 12000, 1234567.
_UNGROUPED = re.compile(r"(?<![\d.,])(\d{5,})(\.\d+)?(?![\d,]|\.\d)")
# Japanese and English scale words after a number.
_SCALE_EN = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALED_EN = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?) (thousand|million|billion|trillion)\b(?!s)")
_SCALE_JA = {"千": 1e3, "万": 1e4, "億": 1e8, "兆": 1e12}
# 1.2万, 3兆4771億 (a larger unit then a smaller one), but not 2万5千 (two kanji steps; left out)
_SCALED_JA = re.compile(
    r"(?<![\d.,万億兆千])(\d+(?:\.\d+)?)(兆|億|万)(?:(\d{1,4})(億|万))?(?![\d千百十万億兆])")


def drop_grouping(text: str, pack: Any) -> str | None:
    """``1,200`` -> ``1200``, ``1,200人`` -> ``1200人``: grouping commas carry no meaning. In
    English a number that would read as a year (1900-2100 without a decimal) keeps its comma:
    "2000 or fewer" is not what "2,000 or fewer" says to every reader."""
    def repl(m: re.Match[str]) -> str | None:
        plain = m.group(1).replace(",", "")
        if not _is_ja(text) and not m.group(2) and 1900 <= int(plain) <= 2100:
            return None
        return plain + (m.group(2) or "")

    return _sub_all(_GROUPED, repl, text)


# a four-digit number with a Japanese counter that is no date's (1200人, 1500円; not 2024年, 1200年代)
_COUNTED_JA = re.compile(r"(?<![\d.,])(\d{4})(?![\d,]|\.\d)(?=人|円|件|台|社|個|回|世帯|トン|ドル|校|人分)")


def add_grouping(text: str, pack: Any) -> str | None:
    """``12000`` -> ``12,000``: numbers of five or more digits (no year is that long); in Japanese
    also ``1200人`` -> ``1,200人``, a four-digit number with a counter no year takes."""
    out = _sub_all(_UNGROUPED, lambda m: f"{int(m.group(1)):,}" + (m.group(2) or ""), text)
    if _is_ja(text):
        out = _sub_all(_COUNTED_JA, lambda m: f"{int(m.group(1)):,}", out or text) or out
    return out


def _digits_value(m: re.Match[str]) -> float:
    return float(m.group(1).replace(",", "") + (m.group(2) or ""))


# a grouped or plain number followed by an English word (not a unit that changes with the scale)
_EN_FIGURE = re.compile(r"(?<![\d.,$€£¥])(\d{1,3}(?:,\d{3})+|\d{4,})(\.\d+)?(?![\d,%]|\.\d)"
                        r"(?! (?:thousand|million|billion|trillion)\b)(?= [a-z]|[,.;]? |$)")


def scale_word_en(text: str, pack: Any) -> str | None:
    """``1,200,000 people`` -> ``1.2 million people``, ``1,200 jobs`` -> ``1.2 thousand jobs``
    (English claims; the largest scale word the number reaches, written exactly). Four-digit
    numbers without a comma are left alone (they may be years)."""
    if _is_ja(text):
        return None

    def repl(m: re.Match[str]) -> str | None:
        if "," not in m.group(1):
            return None
        value = _digits_value(m)
        for word, scale in sorted(_SCALE_EN.items(), key=lambda kv: -kv[1]):
            if value >= scale:
                short = _short(value, scale)
                return f"{short} {word}" if short else None
        return None

    return _sub_all(_EN_FIGURE, repl, text)


_SCALE_SHORT = {"million": "m", "billion": "bn", "trillion": "tn"}
_MONEY_SCALED_EN = re.compile(r"((?:US)?[$€£¥]\d+(?:\.\d+)?) (million|billion|trillion)\b(?!s)")


def scale_abbreviation_en(text: str, pack: Any) -> str | None:
    """``$1.2 billion`` -> ``$1.2bn``, ``$5 million`` -> ``$5m`` (English sums of money, as the
    financial press writes them)."""
    return _sub_all(_MONEY_SCALED_EN, lambda m: f"{m.group(1)}{_SCALE_SHORT[m.group(2)]}", text)


def scale_digits_en(text: str, pack: Any) -> str | None:
    """``1.2 million`` -> ``1,200,000`` (English claims; "millions" and "a million" left alone)."""
    if _is_ja(text):
        return None
    return _sub_all(_SCALED_EN, lambda m: _grouped(float(m.group(1)) * _SCALE_EN[m.group(2)]), text)


def scale_digits_ja(text: str, pack: Any) -> str | None:
    """``1.2万`` -> ``12,000``, ``3兆4771億`` -> ``3,477,100,000,000`` (Japanese claims): the
    kanji scale written out as grouped digits (only up to 万 and 億, where people do)."""
    if not _is_ja(text):
        return None

    def repl(m: re.Match[str]) -> str | None:
        value = float(m.group(1)) * _SCALE_JA[m.group(2)]
        if m.group(3):
            if _SCALE_JA[m.group(4)] >= _SCALE_JA[m.group(2)]:
                return None
            value += float(m.group(3)) * _SCALE_JA[m.group(4)]
        if value >= 1e12:
            return None
        return _grouped(value)

    return _sub_all(_SCALED_JA, repl, text)


def compound_to_decimal_ja(text: str, pack: Any) -> str | None:
    """``3兆4771億`` -> ``3.4771兆``, ``1億2000万`` -> ``1.2億``: one kanji scale with a decimal."""
    if not _is_ja(text):
        return None

    def repl(m: re.Match[str]) -> str | None:
        if not m.group(3) or "." in m.group(1):
            return None
        big, small = _SCALE_JA[m.group(2)], _SCALE_JA[m.group(4)]
        if small >= big:
            return None
        value = float(m.group(1)) * big + float(m.group(3)) * small
        short = _short(value, big)
        return f"{short}{m.group(2)}" if short else None

    return _sub_all(_SCALED_JA, repl, text)


_DECIMAL_SCALED_JA = re.compile(r"(?<![\d.,])(\d+)\.(\d{1,4})(万|億|兆)(?![\d千百十万億兆])")


def decimal_to_compound_ja(text: str, pack: Any) -> str | None:
    """``68.6万`` -> ``68万6000``, ``3.4771兆`` -> ``3兆4771億`` (Japanese claims): the decimal of a
    kanji scale written as the next scale down, exactly."""
    if not _is_ja(text):
        return None
    lower = {"万": "", "億": "万", "兆": "億"}  # each scale is 10^4 of the one below

    def repl(m: re.Match[str]) -> str:
        rest = int(m.group(2).ljust(4, "0"))
        return f"{m.group(1)}{m.group(3)}{rest}{lower[m.group(3)]}"

    return _sub_all(_DECIMAL_SCALED_JA, repl, text)


# a grouped or plain (5+ digit) number in a Japanese claim, followed by a counter or the text's end
_JA_FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{5,})(\.\d+)?(?![\d,]|\.\d|万|億|兆|千)")


def digits_to_kanji_scale_ja(text: str, pack: Any) -> str | None:
    """``12,000人`` -> ``1.2万人``, ``1,200人`` -> ``1.2千人`` (Japanese claims): the number in the
    largest kanji scale it reaches, written exactly."""
    if not _is_ja(text):
        return None

    def repl(m: re.Match[str]) -> str | None:
        value = _digits_value(m)
        for word, scale in (("兆", 1e12), ("億", 1e8), ("万", 1e4), ("千", 1e3)):
            if value >= scale:
                short = _short(value, scale)
                return f"{short}{word}" if short else None
        return None

    return _sub_all(_JA_FIGURE, repl, text)


_FULL_WIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")


def full_width_digits(text: str, pack: Any) -> str | None:
    """``12`` -> ``１２``, ``%`` -> ``％`` (Japanese claims, where people type them)."""
    if not _is_ja(text) or not re.search(r"\d", text):
        return None
    return _sub_all(re.compile(r"[\d.,%]*\d[\d.,%]*"), lambda m: m.group(0).translate(_FULL_WIDTH), text)


_PERCENT_SIGN = re.compile(r"(?<=\d)\s?[%％](?![\w])")
_PERCENT_WORD = re.compile(r"(?<=\d) ?(?:per ?cent|パーセント)(?!age)\b")


def percent_word(text: str, pack: Any) -> str | None:
    """``12%`` -> ``12 percent`` (English) or ``12パーセント`` (Japanese)."""
    word = "パーセント" if _is_ja(text) else " percent"
    return _sub_all(_PERCENT_SIGN, lambda m: word, text)


def per_cent(text: str, pack: Any) -> str | None:
    """``12%`` / ``12 percent`` -> ``12 per cent`` (English, the British spelling)."""
    if _is_ja(text):
        return None
    swapped = _sub_all(_PERCENT_SIGN, lambda m: " per cent", text)
    return _sub_all(_PERCENT_WORD, lambda m: " per cent", swapped or text) or swapped


def percent_sign(text: str, pack: Any) -> str | None:
    """``12 percent`` / ``12 per cent`` / ``12パーセント`` -> ``12%``; ``12%`` -> ``12％`` (Japanese)."""
    out = _sub_all(_PERCENT_WORD, lambda m: "%", text)
    if out is None and _is_ja(text):
        out = _sub_all(re.compile(r"(?<=\d)%"), lambda m: "％", text)
    return out


# --- dates -------------------------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_MONTH_ABBR = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r"),? ((?:19|20)\d\d)\b(?!-)")


def month_of_year(text: str, pack: Any) -> str | None:
    """``April 2025`` -> ``April of 2025`` (English, the American way of writing a month)."""
    def repl(m: re.Match[str]) -> str | None:
        if re.search(r"\d,?\s*$", text[:m.start()]):
            return None  # "3 April 2025" is a day
        return f"{m.group(1)} of {m.group(2)}"

    return _sub_all(_MONTH_YEAR, repl, text)


_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r"),? ((?:19|20)\d\d)\b")
_MONTH_DAY_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r") (\d{1,2}),? ((?:19|20)\d\d)\b")


def day_month_order(text: str, pack: Any) -> str | None:
    """``3 April 2025`` <-> ``April 3, 2025`` (English: the British and the American order)."""
    out = _sub_all(_DAY_MONTH_YEAR, lambda m: f"{m.group(2)} {m.group(1)}, {m.group(3)}", text)
    if out is not None:
        return out
    return _sub_all(_MONTH_DAY_YEAR, lambda m: f"{m.group(2)} {m.group(1)} {m.group(3)}", text)


def month_abbreviation(text: str, pack: Any) -> str | None:
    """``April 2025`` -> ``Apr. 2025`` (English; May stays May)."""
    return _sub_all(_MONTH_YEAR, lambda m: None if m.group(1) == "May" else
                    f"{_MONTH_ABBR[_MONTHS.index(m.group(1))]} {m.group(2)}", text)


def iso_month(text: str, pack: Any) -> str | None:
    """``April 2025`` -> ``2025-04`` (English, a month with its year and no day)."""
    # only after "in" ("in April 2025" -> "in 2025-04"): "3 April 2025" is a day, and "the end of
    # 2025-04" is no way anyone writes
    def repl(m: re.Match[str]) -> str | None:
        if not re.search(r"\b[Ii]n $", text[:m.start()]):
            return None
        return f"{m.group(2)}-{_MONTHS.index(m.group(1)) + 1:02d}"

    return _sub_all(_MONTH_YEAR, repl, text)


_ERAS = (("令和", 2019, 5), ("平成", 1989, 1))
_JA_YEAR = re.compile(r"(?<![\d年度~-])((?:19|20)\d\d)年(?:(\d{1,2})月)?(度)?(?![\d~-])")


def japanese_era(text: str, pack: Any) -> str | None:
    """``2025年4月`` -> ``令和7年4月``, ``2024年度`` -> ``令和6年度`` (Japanese claims). A year
    that two eras share (2019, 1989) is converted only with its month; a year or fiscal year in
    them is left alone. 元年 is written for an era's first year."""
    if not _is_ja(text):
        return None

    def repl(m: re.Match[str]) -> str | None:
        year, month, fiscal = int(m.group(1)), m.group(2), m.group(3)
        for era, first, first_month in _ERAS:
            if year > first or (year == first and month and int(month) >= first_month):
                if year == first and (not month or fiscal):
                    return None
                n = year - first + 1
                named = f"{era}{'元' if n == 1 else n}年"
                return named + (f"{int(month)}月" if month else "") + (fiscal or "")
        return None

    return _sub_all(_JA_YEAR, repl, text)


_IN_YEAR = re.compile(r"\b([Ii])n ((?:19|20)\d\d)(?=[,.;:]|$)")


def during_year(text: str, pack: Any) -> str | None:
    """``in 2024`` -> ``during 2024`` where the year ends a phrase (English)."""
    return _sub_all(_IN_YEAR, lambda m: ("During " if m.group(1) == "I" else "during ") + m.group(2), text)


_JA_FISCAL = re.compile(r"(?<![\d年~-])((?:19|20)\d\d)年度")
_FY = re.compile(r"\bFY ?((?:19|20)\d\d)\b(?!-|/)")


def _japanese_fiscal_year(pack: Any) -> bool:
    """Whether the pack and all its entities use Japan's fiscal year (April, named by its start)."""
    fy = pack.meta.fiscal_year
    if (fy.start_month, fy.named_by) != (4, "start"):
        return False
    return all(e.fiscal_year is None or (e.fiscal_year.start_month, e.fiscal_year.named_by) == (4, "start")
               for e in pack.entities.values())


def fiscal_year_ja(text: str, pack: Any) -> str | None:
    """``2024年度`` <-> ``FY2024`` in a Japanese claim, when the pack's fiscal year is Japan's."""
    if not _is_ja(text) or not _japanese_fiscal_year(pack):
        return None
    out = _sub_all(_JA_FISCAL, lambda m: f"FY{m.group(1)}", text)
    return out if out is not None else _sub_all(_FY, lambda m: f"{m.group(1)}年度", text)


def fiscal_year_en(text: str, pack: Any) -> str | None:
    """``FY2024`` -> ``fiscal year 2024`` in an English claim (any convention: the same words)."""
    if _is_ja(text):
        return None
    return _sub_all(_FY, lambda m: f"fiscal year {m.group(1)}", text)


# --- hedges ------------------------------------------------------------------------------------

_HEDGES_EN = ("about", "around", "roughly", "approximately")
_HEDGE_EN = re.compile(r"\b([Aa]bout|[Aa]round|[Rr]oughly|[Aa]pproximately) (?=[$€£¥]?\d)")


def _hedge_swap(to: str) -> Rewrite:
    def rewrite(text: str, pack: Any) -> str | None:
        def repl(m: re.Match[str]) -> str | None:
            word = m.group(1)
            if word.lower() == to:
                return None
            return (to.capitalize() if word[0].isupper() else to) + " "

        return _sub_all(_HEDGE_EN, repl, text)

    rewrite.__name__ = f"hedge_{to}"
    rewrite.__doc__ = f"about/around/roughly/approximately before a number -> ``{to}`` (English)."
    return rewrite


# 約 before a number (Japanese), with the figure's counter for 程度
_ABOUT_JA = re.compile(r"約(?=[\d０-９])")
_ABOUT_FIGURE_JA = re.compile(
    r"約([\d０-９][\d０-９.,]*(?:[万億兆千]+[\d.]*)*(?:人|円|件|台|社|%|％|倍|個|回|か国|ヶ国|世帯|トン|ドル|歳|年|カ月|か月|ヶ月|割)?)"
    # not inside a larger expression: 約100分の1, 約25年ぶり, 約4割5分
    r"(?![\d０-９万億兆千割分人円件台社%％倍個回国世帯トンドル歳年月間]|程度|前後|ほど|ぶり)")
_OYOSO = re.compile(r"およそ(?=[\d０-９])")


def oyoso(text: str, pack: Any) -> str | None:
    """``約1.2万人`` -> ``およそ1.2万人`` (Japanese)."""
    return _sub_all(_ABOUT_JA, lambda m: "およそ", text)


def teido(text: str, pack: Any) -> str | None:
    """``約1.2万人`` -> ``1.2万人程度`` (Japanese; the hedge after the figure and its counter)."""
    return _sub_all(_ABOUT_FIGURE_JA, lambda m: f"{m.group(1)}程度", text)


def yaku(text: str, pack: Any) -> str | None:
    """``およそ1.2万人`` -> ``約1.2万人`` (Japanese)."""
    return _sub_all(_OYOSO, lambda m: "約", text)


# --- word order --------------------------------------------------------------------------------

_WHEN_YEAR = r" (?:(?:" + "|".join(_MONTHS) + r") )?(?:19|20)\d\d"
_TRAILING_WHEN = re.compile(r"^([A-Z][^,;:]*?) ((?:in|during)" + _WHEN_YEAR + r")\.?$")
_LEADING_WHEN = re.compile(r"^((?:In|During)" + _WHEN_YEAR + r"), ([^,;:]+?)\.?$")
_OPEN_END = re.compile(r"\b(?:than|and|again|or|from|to|since|until|by|of)$")
_DETERMINERS = ("The", "A", "An", "Its", "Their", "There", "This", "These", "Our", "It")


def front_time(text: str, pack: Any) -> str | None:
    """``X rose to N in 2024.`` -> ``In 2024, X rose to N.`` (English: one sentence, one clause,
    the time phrase last)."""
    m = _TRAILING_WHEN.match(text.strip())
    if not m or _is_ja(text):
        return None
    body, when = m.group(1), m.group(2)
    # "more births in 2024 than in 2023", "in 2021 and again in 2023": the time is part of a
    # comparison or a list, not the whole sentence's setting
    if re.search(r"(?:19|20)\d\d", body) or _OPEN_END.search(body):
        return None
    first, _, rest = body.partition(" ")
    if first in _DETERMINERS:
        body = first.lower() + (" " + rest if rest else "")
    return f"{when[0].upper()}{when[1:]}, {body}."


def back_time(text: str, pack: Any) -> str | None:
    """``In 2024, X rose to N.`` -> ``X rose to N in 2024.`` (English, the reverse of front_time)."""
    m = _LEADING_WHEN.match(text.strip())
    if not m or _is_ja(text):
        return None
    when, body = m.group(1), m.group(2)
    first, _, rest = body.partition(" ")
    if first.lower() in {d.lower() for d in _DETERMINERS} and first[0].islower():
        body = first.capitalize() + (" " + rest if rest else "")
    return f"{body} {when[0].lower()}{when[1:]}."


# 2024年に / 2024年4月に / 2024年度に followed by what the particle marks as a time (not 2024年に比べ,
# 2024年にかけて, 2024年において, 2024年になって …, whose に is part of another construction)
_NI_NOT_TIME = (r"(?!は|も|比|対|かけ|向け|入|至|な[っるり]|達|わた|及|お[いけ]|つ|よ"
                r"|限|先立|当た|あた|関|基|伴|とも|まで)")
# only a time that opens the sentence or follows a comma or the subject ("Xは2024年に"): inside a
# relative clause ("2017年3月に公表された議事要旨") に cannot become は
_TIME_PLACE = r"(?:(?<=^)|(?<=[、,。]|は|が|\s))"
_JA_TIME_NI = re.compile(_TIME_PLACE + r"((?:19|20)\d\d年(?:\d{1,2}月)?(?:度)?)に" + _NI_NOT_TIME)
_JA_TIME_NIHA = re.compile(_TIME_PLACE + r"((?:19|20)\d\d年(?:\d{1,2}月)?(?:度)?)には")


def particle_niha(text: str, pack: Any) -> str | None:
    """``2024年に`` -> ``2024年には`` (Japanese: the time, now also the topic)."""
    return _sub_all(_JA_TIME_NI, lambda m: f"{m.group(1)}には", text)


def particle_ha(text: str, pack: Any) -> str | None:
    """``2024年に`` / ``2024年には`` -> ``2024年は`` (Japanese: a time as the topic)."""
    out = _sub_all(_JA_TIME_NIHA, lambda m: f"{m.group(1)}は", text)
    return out if out is not None else _sub_all(_JA_TIME_NI, lambda m: f"{m.group(1)}は", text)


def particle_ni(text: str, pack: Any) -> str | None:
    """``2024年には`` -> ``2024年に`` (Japanese)."""
    return _sub_all(_JA_TIME_NIHA, lambda m: f"{m.group(1)}に", text)


# --- entities ----------------------------------------------------------------------------------

_LATIN = re.compile(r"[A-Za-z]")
# English words that name a people or a language rather than the entity (Japanese, American):
# swapping them for a name changes the grammar, not only the spelling
_DEMONYM = re.compile(r"(?:ese|ian|ish|ean|can|yan|ic|ch)$")


# words that point at a place from where the speaker stands rather than name it (全国 = "the whole
# country" of whoever speaks): a pack may list them as aliases, but swapping them for the name is
# a reading, not a respelling
_DEICTIC_JA = frozenset({"全国", "国内", "わが国", "我が国", "本国", "当社", "同社", "自国", "政府"})


def _name_like(spelling: str) -> bool:
    """A spelling that is a proper name: no brackets or description (``(TDs)``, ``「トイレ5」``,
    ``の``), and in Latin script every word capitalised ("United States", not "the nation",
    "global" or "US manufacturing sector")."""
    if re.search(r"[()（）「」『』\[\]]", spelling):
        return False
    if _LATIN.search(spelling):
        words = [w for w in re.split(r"[\s-]+", spelling) if w and w not in ("of", "and", "de", "du", "la")]
        return all(w[0].isupper() or w[0].isdigit() for w in words) and not _DEMONYM.search(spelling)
    return "の" not in spelling and spelling not in _DEICTIC_JA


def _spelled_like(a: str, b: str) -> bool:
    """Both proper names of the same script, neither inside the other."""
    if bool(_LATIN.search(a)) != bool(_LATIN.search(b)):
        return False
    return _name_like(a) and _name_like(b) and a not in b and b not in a


def _find_name(text: str, name: str) -> re.Match[str] | None:
    if _LATIN.search(name):
        return re.search(r"(?<![\w.])" + re.escape(name) + r"(?![\w])", text)
    return re.search(re.escape(name), text)


def _swap_entity(text: str, pack: Any, pick: Callable[[Any, str, str], str | None]) -> str | None:
    """The claim with the first entity mention (longest spelling first) replaced by
    ``pick(entity, spelling, text)``; None when no mention or no replacement."""
    names = sorted(
        ((n, e) for e in pack.entities.values() for n in e.names
         if n != e.id or not re.fullmatch(r"[a-z0-9-]+", n)),  # a slug id is no way to write a name
        key=lambda ne: -len(ne[0]),
    )
    taken: list[tuple[int, int]] = []
    for name, entity in names:
        if len(name) < 2:
            continue
        m = _find_name(text, name)
        if m is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        taken.append((m.start(), m.end()))
        new = pick(entity, name, text)
        if new is None or new == name:
            continue
        if new.lower().startswith("the ") and text[:m.start()].lower().endswith("the "):
            new = new[4:]
        # another entity's spelling inside the new name would make the claim ambiguous
        owners = {e.id for n, e in names if n == new}
        if owners - {entity.id}:
            continue
        return text[:m.start()] + new + text[m.end():]
    return None


def alias_to_name(text: str, pack: Any) -> str | None:
    """An entity's alias -> its name in the same script (``USA`` -> ``United States``, ``わが国`` ->
    ``日本``), from the pack's entities.csv."""
    def pick(entity: Any, spelling: str, claim: str) -> str | None:
        if spelling in (entity.name_ja, entity.name_en):
            return None
        for name in (entity.name_en, entity.name_ja):
            if name and _spelled_like(spelling, name):
                return str(name)
        return None

    return _swap_entity(text, pack, pick)


def name_to_alias(text: str, pack: Any) -> str | None:
    """An entity's name -> its first alias in the same script (``United States`` -> ``USA``)."""
    def pick(entity: Any, spelling: str, claim: str) -> str | None:
        if spelling not in (entity.name_ja, entity.name_en):
            return None
        return next((a for a in entity.aliases if _spelled_like(spelling, a) and a != spelling), None)

    return _swap_entity(text, pack, pick)


_NAMED_IN_ENGLISH = ("company", "organization", "model", "product", "facility", "programme")


def english_name_ja(text: str, pack: Any) -> str | None:
    """In a Japanese claim, a company's (organisation's, model's, product's) Japanese name -> its
    English one (``マイクロソフト`` -> ``Microsoft``), as Japanese writers often do."""
    if not _is_ja(text):
        return None

    def pick(entity: Any, spelling: str, claim: str) -> str | None:
        if entity.kind not in _NAMED_IN_ENGLISH or spelling != entity.name_ja or not entity.name_en:
            return None
        return str(entity.name_en)

    return _swap_entity(text, pack, pick)


FAMILIES: dict[str, tuple[Rewrite, ...]] = {
    "numbers": (drop_grouping, add_grouping, scale_word_en, scale_digits_en, scale_digits_ja,
                compound_to_decimal_ja, decimal_to_compound_ja, digits_to_kanji_scale_ja,
                scale_abbreviation_en, full_width_digits, percent_word,
                per_cent, percent_sign),
    "dates": (month_abbreviation, iso_month, month_of_year, day_month_order, japanese_era, during_year,
              fiscal_year_ja, fiscal_year_en),
    "hedges": (*(_hedge_swap(w) for w in _HEDGES_EN), oyoso, teido, yaku),
    "order": (front_time, back_time, particle_niha, particle_ha, particle_ni),
    "entities": (alias_to_name, name_to_alias, english_name_ja),
}


def rewrites(text: str, pack: Any, families: tuple[str, ...] | None = None) -> Iterator[tuple[str, str, str]]:
    """(family, rewrite name, rewritten text) for every rewrite that applies to ``text``."""
    for family, funcs in FAMILIES.items():
        if families and family not in families:
            continue
        for func in funcs:
            new = func(text, pack)
            if new is not None and new != text:
                yield family, func.__name__, new


# --- the run -----------------------------------------------------------------------------------


@dataclass
class Changed:
    pack: str
    claim: str
    rewrite: str
    text: str
    rewritten: str
    before: str
    after: str


@dataclass
class Tally:
    tried: int = 0
    changed: list[Changed] = field(default_factory=list)
    by_rewrite: dict[str, list[int]] = field(default_factory=dict)


def _rating(text: str, pack: Any, claim: Any) -> str:
    from shingi.model import ShingiError
    from shingi.pipeline.diagnose import diagnose

    try:
        return diagnose(text, pack, as_of=claim.said_on, speaker=claim.speaker).rating
    except ShingiError:
        return "unverifiable"


def run(folders: list[Path], families: tuple[str, ...] | None = None) -> dict[str, Tally]:
    """Diagnose every claim of the packs in ``folders`` and its rewrites; the tally per family."""
    from shingi.pack.load import load_pack

    tallies = {f: Tally() for f in FAMILIES if not families or f in families}
    for folder in folders:
        pack = load_pack(folder)
        for claim in pack.claims.values():
            before: str | None = None
            for family, name, new in rewrites(claim.text, pack, families):
                if before is None:
                    before = _rating(claim.text, pack, claim)
                after = _rating(new, pack, claim)
                tally = tallies[family]
                tally.tried += 1
                counts = tally.by_rewrite.setdefault(name, [0, 0])
                counts[0] += 1
                if after != before:
                    counts[1] += 1
                    tally.changed.append(Changed(pack.id, claim.id, name, claim.text, new, before, after))
    return tallies


def _pack_folders(args: list[str]) -> list[Path]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from score import held_out

    out: list[Path] = []
    for arg in args:
        path = Path(arg)
        why = held_out(path)
        if why:
            raise SystemExit(f"{arg}: {why}; name the development packs to run on")
        if (path / "pack.yaml").is_file():
            out.append(path)
        elif path.is_dir():
            out.extend(sorted(p.parent for p in path.glob("*/pack.yaml") if not held_out(p.parent)))
        else:
            raise SystemExit(f"{arg}: no pack folder (no pack.yaml in it or its sub-folders)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("packs", nargs="+", help="pack folders, or folders of pack folders")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES), help="only these families")
    parser.add_argument("--examples", type=int, default=3, help="changed cases shown per family")
    parser.add_argument("--json", action="store_true",
                        help="print the tallies and every changed case as JSON")
    args = parser.parse_args(argv)
    tallies = run(_pack_folders(args.packs), tuple(args.family) if args.family else None)
    if args.json:
        print(json.dumps({f: {"tried": t.tried, "changed": len(t.changed), "by_rewrite": t.by_rewrite,
                              "cases": [vars(c) for c in t.changed]} for f, t in tallies.items()},
                         ensure_ascii=False, indent=2))
        return 0
    total_tried = sum(t.tried for t in tallies.values())
    total_changed = sum(len(t.changed) for t in tallies.values())
    for family, t in tallies.items():
        print(f"{family}: {len(t.changed)} changed of {t.tried} rewrites")
        for name, (tried, changed) in t.by_rewrite.items():
            print(f"  {name}: {changed}/{tried}")
        for c in t.changed[: args.examples]:
            print(f"  - {c.pack} {c.claim} [{c.rewrite}] {c.before} -> {c.after}")
            print(f"      {c.text}")
            print(f"      {c.rewritten}")
    print(f"total: {total_changed} changed of {total_tried} rewrites")
    return 0


if __name__ == "__main__":
    sys.exit(main())
