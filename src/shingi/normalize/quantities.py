"""Quantities: parse pack cells, find amounts in free Japanese/English text, convert, display.

Values are computed with ``Decimal`` and only then turned into floats, so ``1.6兆`` and
``1600000000000`` give the same float, and ``2兆3540億`` is exactly ``2.354e12``.

Units (``normalize_unit``): ISO 4217 codes for money (``JPY``, ``USD`` ...), ``%`` for
percentages, ``pt`` for percentage points, ``x`` for multiples and ratios, ``count`` for
counted things (件, 社, 人, 台, 基, 個, 枚; in English any plural noun after the number, with up
to four modifiers between: "43 systems", "6,128 GPUs", "20,000 direct manufacturing and
construction jobs", but not "40 years" or "10 tons": ``shingi.normalize.text.is_count_noun``),
and free units kept as written (``GW``, ``PFLOPS`` ... with a canonical case for the known
ones). "10 cents" and "10¢" are 0.10 USD.

Rules chosen here (documented because claims depend on them):

- Fractions are multiples: ``1/100``, ``100分の1``, "one hundredth" -> value 0.01, unit ``x``;
  ``半分``, ``半数``, "half" -> 0.5 ``x``. ``1割`` -> 10 ``%``, ``3割5分`` -> 35 ``%``.
- Comparators (``QuantityMatch.comparator``): 約/およそ/程度/前後/about/around/~ -> ``about``
  (and ``approx=True``); 以上/at least/or more -> ``at_least``; 超/を超える/を上回る/more than/
  over -> ``more_than``; 以下/at most/up to/まで -> ``at_most``; 未満/を下回る/under/less than ->
  ``less_than``; exactly/ちょうど -> ``exactly``. 強 (a little over) is ``more_than`` and 弱 (a
  little under) ``less_than``, both approximate. Verbs that state the value reached, and
  words of tone: に達した/reached/hit/に上った, にとどまる/only/just/わずか -> ``about`` with
  ``approx=False``: the number is asserted, "only" says it is small, not that it is a bound.
- Not quantities: numbers inside a period (``2026年4月``, ``FY2027``, ``April 15``); numbers
  followed by 年/月/日 (dates and durations); ordinals (``第3``, ``2nd``); a number glued to a
  name (``GPT-4.1``, ``A100``, ``5G``); and a number with no unit, scale or currency right
  after a Latin word that is not a common English lead-in word nor a lower-case past tense
  ("created 540,000 jobs") (``PLaMo 2.2``, ``ABCI 3.0``,
  ``tsuzumi 2``; but ``holds 43``, ``about 70`` are quantities).
- A bare number before a range mark takes the unit and scale of the number after it:
  ``7 to 13 times`` -> 7 x and 13 x; ``1~2兆円`` -> 1兆 JPY and 2兆 JPY.
- Rates (contract 1.1) are ``UNIT/UNIT``: ``JPY/USD`` is yen per dollar. In text,
  ``1ドル=145円``, ``$1 = ¥145``, ``145円/ドル``, "145 yen per dollar" and "145 yen to the dollar"
  are all 145 ``JPY/USD``, never an amount of 1 USD. ``pp`` (percentage points) is ``pt``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from shingi.model import Quantity
from shingi.normalize.periods import find_periods
from shingi.normalize.text import COUNT_NOUNS_EN, ORDINAL_WORDS, is_count_noun, normalize, ordinal_number

__all__ = [
    "ABOUT_WORDS",
    "CURRENCIES",
    "FAMILY_CURRENCIES",
    "TONE_WORDS",
    "QuantityMatch",
    "comparator_before",
    "convert",
    "family_currency_name",
    "find_quantities",
    "find_ranks",
    "format_quantity",
    "is_currency",
    "is_known_unit",
    "is_rate",
    "normalize_unit",
    "ordinal_number",
    "parse_quantity",
    "parse_rank",
    "rate_unit_problem",
    "shows_spaced_thousands",
    "spaced_thousands",
    "split_unit",
    "unit_names",
    "word_number",
]

EXPECTED = "expected a number such as 6,315, 1.6兆, 67.22 bn, ~1 or 1/100"

#: ISO 4217 codes that pass through ``normalize_unit`` in any case.
CURRENCIES: frozenset[str] = frozenset(str.split("""
    AED ARS AUD BRL CAD CHF CLP CNY COP CZK DKK EGP EUR GBP HKD HUF IDR ILS INR ISK JPY KRW MXN MYR
    NGN NOK NZD PHP PKR PLN QAR RUB SAR SEK SGD THB TRY TWD UAH USD VND ZAR GHS KES LKR
"""))

_ALIASES: dict[str, str] = {}
#: every written name of a unit and the unit it names (the table ``_alias`` fills)
UNIT_NAMES = _ALIASES


def _alias(canonical: str, *names: str) -> None:
    for name in names:
        _ALIASES[name.casefold()] = canonical


_alias("JPY", "円", "日本円", "yen", "japanese yen", "jpy", "¥")
_alias("USD", "ドル", "米ドル", "米ドル建て", "$", "us$", "us $", "usd", "dollar", "dollars", "us dollar",
       "us dollars", "u.s. dollars", "u.s. dollar", "greenback", "greenbacks")
_alias("EUR", "ユーロ", "€", "eur", "euro", "euros")
_alias("CNY", "元", "人民元", "中国元", "cny", "rmb", "yuan", "renminbi")
_alias("KRW", "ウォン", "韓国ウォン", "krw", "won", "₩")
_alias("INR", "ルピー", "インドルピー", "inr", "rupee", "rupees", "₹")
_alias("GBP", "ポンド", "英ポンド", "£", "gbp", "pound", "pounds", "pound sterling", "sterling")
_alias("AUD", "a$", "豪ドル")
_alias("CAD", "c$", "カナダドル")
_alias("HKD", "hk$", "香港ドル")
_alias("SGD", "s$", "シンガポールドル")
_alias("TWD", "nt$", "台湾ドル")
# currencies written by their local sign or short form, before the number or as a word after it
_alias("KES", "ksh", "kshs", "ksh.", "kshs.")
_alias("GHS", "ghc", "gh₵", "gh¢", "₵", "cedi", "cedis")
_alias("NGN", "₦", "naira")
_alias("PHP", "₱")
_alias("VND", "ドン", "dong", "₫")
# every other currency of CURRENCIES by its name after a number, in English and Japanese (「1兆クローネ」,
# "50 billion rand"): a currency word after a number is a money unit, never a count. A name several
# currencies share (krone, peso, rupee, riyal, pound, dollar) is its family's first member here; a
# pack that records another member alone reads it as that one (FAMILY_CURRENCIES)
_alias("NOK", "krone", "kroner", "norwegian krone", "norwegian kroner", "クローネ", "ノルウェー・クローネ",
       "ノルウェークローネ")
_alias("DKK", "danish krone", "danish kroner", "デンマーク・クローネ", "デンマーククローネ")
_alias("SEK", "krona", "kronor", "swedish krona", "swedish kronor", "クローナ", "スウェーデン・クローナ",
       "スウェーデンクローナ")
_alias("CHF", "swiss franc", "swiss francs", "スイスフラン", "スイス・フラン")
_alias("RUB", "rouble", "roubles", "ruble", "rubles", "ルーブル", "ルーブリ")
_alias("IDR", "rupiah", "ルピア")
_alias("ZAR", "rand", "ランド", "南アフリカランド")
_alias("THB", "baht", "バーツ")
_alias("MYR", "ringgit", "リンギット")
_alias("PLN", "zloty", "zlotys", "zlotych", "ズロチ")
_alias("HUF", "forint", "forints", "フォリント")
_alias("CZK", "koruna", "korun", "czech koruna", "コルナ", "チェコ・コルナ")
_alias("TRY", "lira", "liras", "turkish lira", "リラ", "トルコリラ", "トルコ・リラ")
_alias("ILS", "shekel", "shekels", "new shekels", "シェケル")
_alias("AED", "dirham", "dirhams", "ディルハム")
_alias("SAR", "riyal", "riyals", "saudi riyal", "saudi riyals", "リヤル", "サウジアラビア・リヤル")
_alias("QAR", "qatari riyal", "qatari riyals", "カタール・リヤル")
_alias("KES", "shilling", "shillings", "kenyan shilling", "kenyan shillings", "シリング", "ケニア・シリング")
_alias("MXN", "peso", "pesos", "mexican peso", "mexican pesos", "ペソ", "メキシコ・ペソ", "メキシコペソ")
_alias("ARS", "argentine peso", "argentine pesos", "アルゼンチン・ペソ", "アルゼンチンペソ")
_alias("CLP", "chilean peso", "chilean pesos", "チリ・ペソ", "チリペソ")
_alias("COP", "colombian peso", "colombian pesos", "コロンビア・ペソ", "コロンビアペソ")
_alias("PHP", "philippine peso", "philippine pesos", "フィリピン・ペソ", "フィリピンペソ")
_alias("BRL", "reais", "brazilian real", "brazilian reais", "レアル")
_alias("UAH", "hryvnia", "hryvnias", "フリヴニャ", "グリブナ")
_alias("EGP", "egyptian pound", "egyptian pounds", "エジプト・ポンド", "エジプトポンド")
_alias("PKR", "pakistani rupee", "pakistani rupees", "パキスタン・ルピー", "パキスタンルピー")
_alias("LKR", "sri lankan rupee", "sri lankan rupees", "スリランカ・ルピー", "スリランカルピー")
_alias("NGN", "ナイラ")
_alias("GHS", "セディ")
_alias("AUD", "australian dollar", "australian dollars", "オーストラリアドル")
_alias("CAD", "canadian dollar", "canadian dollars")
_alias("NZD", "nz$", "new zealand dollar", "new zealand dollars", "ニュージーランドドル", "NZドル")
_alias("HKD", "hong kong dollar", "hong kong dollars")
_alias("SGD", "singapore dollar", "singapore dollars")
_alias("TWD", "new taiwan dollar", "new taiwan dollars", "taiwan dollar", "taiwan dollars")

#: The currencies one name stands for (a linguistic reason: "kroner", 「ペソ」, "$" name a family of
#: currencies): the name alone reads as the family's first member, or as the one other member a pack
#: records (``shingi.pipeline.retrieve``); a national name ("Danish kroner", 「チリ・ペソ」) is its own.
FAMILY_CURRENCIES: dict[str, tuple[str, ...]] = {
    "USD": ("USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD"),
    "NOK": ("NOK", "DKK"),
    "MXN": ("MXN", "ARS", "CLP", "COP", "PHP"),
    "INR": ("INR", "PKR", "LKR"),
    "SAR": ("SAR", "QAR"),
    "GBP": ("GBP", "EGP"),
}
#: the names that stand for a whole family (FAMILY_CURRENCIES), after a number
FAMILY_CURRENCY_NAMES = frozenset({
    "dollar", "dollars", "ドル", "krone", "kroner", "クローネ", "peso", "pesos", "ペソ", "rupee", "rupees",
    "ルピー", "riyal", "riyals", "リヤル", "pound", "pounds", "ポンド",
})


_alias("%", "%", "パーセント", "percent", "per cent", "pct")
_alias("pt", "ポイント", "pt", "pts", "point", "points", "percentage point", "percentage points",
       "pp", "p.p.", "%pt", "%ポイント", "パーセントポイント")
_alias("x", "倍", "x", "×", "times", "fold", "-fold")
_alias("count", "件", "社", "人", "台", "基", "個", "枚", "名", "機", "本", "回", "拠点", "システム",
       "カ国", "ヶ国", "か国", "ヵ国", "カ所", "ヶ所", "か所", "count", "counts", *COUNT_NOUNS_EN)
_alias("rank", "位", "rank")
# the SI units of power and energy spelled out in English too ("7.5 gigawatts" is 7.5 GW, not a
# count of gigawatts)
_alias("GW", "gw", "ギガワット", "gigawatt", "gigawatts")
_alias("MW", "mw", "メガワット", "megawatt", "megawatts")
_alias("kW", "kw", "キロワット", "kilowatt", "kilowatts")
_alias("TW", "tw", "テラワット", "terawatt", "terawatts")
_alias("GWh", "gwh", "ギガワット時", "gigawatt-hour", "gigawatt-hours", "gigawatt hour", "gigawatt hours")
_alias("MWh", "mwh", "メガワット時", "megawatt-hour", "megawatt-hours", "megawatt hour", "megawatt hours")
_alias("TWh", "twh", "テラワット時", "terawatt-hour", "terawatt-hours", "terawatt hour", "terawatt hours")
_alias("kWh", "kwh", "キロワット時", "kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours")
# the metric tonne, written out (「50万トン」, "210,000 tonnes"): a weight, not a count
_alias("t", "トン", "tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes")
# area, mass, energy and volume spelled out in English and Japanese (a linguistic reason: translations
# and spellings of one unit — 「540万ヘクタール」 and "18 million hectares" are ha, 「1万平方キロ」 and
# "13,038 km²" km2, "27 million kilos" kg): a measure kept in the symbol meets them, and a count does not.
# Not キロ alone (a kilogram or a kilometre), nor "tons" (a short ton is 0.907 t)
_alias("ha", "hectare", "hectares", "ヘクタール")
_alias("km2", "km2", "km²", "㎢", "sq km", "sq. km", "square kilometre", "square kilometres",
       "square kilometer", "square kilometers", "平方キロ", "平方キロメートル")
_alias("m2", "m²", "㎡", "sq m", "square metre", "square metres", "square meter", "square meters",
       "平方メートル")
_alias("m3", "cubic metre", "cubic metres", "cubic meter", "cubic meters", "立方メートル")
_alias("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilos", "キログラム")
_alias("g", "gram", "grams", "gramme", "grammes", "グラム")
_alias("kcal", "kcal", "kilocalorie", "kilocalories", "キロカロリー")
_alias("kl", "kilolitre", "kilolitres", "kiloliter", "kiloliters", "キロリットル")
_alias("l", "litre", "litres", "liter", "liters", "リットル", "ℓ")
_alias("FLOPS", "flops", "フロップス")
_alias("TFLOPS", "tflops", "teraflops", "テラフロップス")
_alias("PFLOPS", "pflops", "petaflops", "ペタフロップス")
_alias("EFLOPS", "eflops", "exaflops", "エクサフロップス")
_alias("ZFLOPS", "zflops", "zettaflops", "ゼタフロップス")
_alias("GB", "gb", "ギガバイト")
_alias("TB", "tb", "テラバイト")
_alias("PB", "pb", "ペタバイト")
_alias("EB", "eb", "エクサバイト")


def unit_names(unit: str) -> tuple[str, ...]:
    """The spellings read as ``unit`` after a number (casefolded, in the table's order): the one
    table of a unit's names, which other readers of units (a price per unit) take theirs from."""
    return tuple(name for name, canonical in _ALIASES.items() if canonical == unit)


def family_currency_name(text: str) -> bool:
    """Whether a figure's text names its currency by a name a family of currencies shares ("1兆クロー
    ネを超えた", "2 billion pesos"), right after the number, not by a national one ("2 billion Chilean
    pesos", 「1兆デンマーク・クローネ」)."""
    m = _FAMILY_NAME_RE.search(text)
    if m is None:
        return False
    before = text[: m.start()].rstrip()
    if not before:
        return True
    return before[-1].isdigit() or before[-1] in "万億兆千百十" or bool(_SCALE_END_RE.search(before))


_FAMILY_NAME_RE = re.compile(
    "(?i:" + "|".join(re.escape(n) for n in sorted(FAMILY_CURRENCY_NAMES, key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_SCALE_END_RE = re.compile(r"(?i:thousand|million|billion|trillion|lakhs?|crores?|mn|bn|trn|tn|[kmbt])$")


_D = Decimal
_JA_SCALE = {"万": _D(10) ** 4, "億": _D(10) ** 8, "兆": _D(10) ** 12, "十": _D(10), "百": _D(100),
             "千": _D(1000)}
_EN_SCALE = {"k": _D(10) ** 3, "thousand": _D(10) ** 3, "m": _D(10) ** 6, "mn": _D(10) ** 6,
             "mln": _D(10) ** 6, "million": _D(10) ** 6, "b": _D(10) ** 9, "bn": _D(10) ** 9,
             "billion": _D(10) ** 9, "t": _D(10) ** 12, "tn": _D(10) ** 12, "trn": _D(10) ** 12,
             "trillion": _D(10) ** 12,
             # the Indian scale words: a lakh is 1,00,000, a crore 1,00,00,000, and a lakh crore
             # (a lakh of crores) 10^12, read as million and billion are ("₹100 crore", "Rs 5 lakh crore")
             "lakh": _D(10) ** 5, "crore": _D(10) ** 7, "lakh crore": _D(10) ** 12}

#: Thousands written the Western way (1,234,567) or the Indian way, in lakhs and crores
#: (12,34,567; ₹1,00,000): groups of two digits before the last three.
_NUM = r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# Thousands grouped with spaces (「1 091 150人」; thin spaces, which normalize() makes plain ones):
# the style of Japanese statistical tables and of SI. Read only when every group after the first is
# exactly three digits, no digit and space come before it, and a unit or a Japanese word is glued to
# the last group: numbers in neighbouring table cells ("12 345 678") are separated the same way, but
# a cell does not end in the next cell's counter.
# A PDF's text layer may also set a space after a thousands comma (「▲ 8, 446億円」): read through when a
# Japanese unit or word is glued to the last group (Japanese lists numbers with 、, never ", ").
# A rate's bar does the same in English: either side of "per" is a figure of the rate, never the next
# cell of a table, so "1 381 per 100 000 people" (SI style, as South African and French English write
# thousands) is 1381 per 100000 (a linguistic reason; realworld dev africacheck-2014 derived_1381_1209
# read 381 and 000). (A thin or no-break space is made a plain one by normalize().)
# In English prose the same grouping stands between two lower-case words ("the population was 7 291 600 at
# mid-2022", "with 35 100 births and 61 600 deaths": the SI style of Hong Kong's, South Africa's and
# Statistics Canada's French-influenced releases): a table's neighbouring cells have no word between them,
# and a sentence does not set two numbers side by side with only a space (a linguistic reason; dev25 C&SD
# read 600 and 0 of them). Not after a capitalised word: a label's number ("Table 3 100 persons").
# One group alone ("12 100 bed hospitals", "bought 2 747 jets") is as often two numbers side by side, a count
# and a number naming the thing: read as one only in a text that shows the convention itself (see
# shows_spaced_thousands): two groups or more ("7 291 600"), which no pair of numbers makes, are read always.
# (Review R33: a claim's "12 100 bed hospitals" was read 12,100.)
_AFTER_A_LOWER_CASE_WORD = r"(?<=[a-z] )" + "".join(f"(?<![A-Z][a-z]{{{n}}} )" for n in range(1, 9))
_SPACED_BETWEEN_WORDS = _AFTER_A_LOWER_CASE_WORD + r"\d{1,3}(?: \d{3}){2,}(?= [a-z])"
_ONE_GROUP_BETWEEN_WORDS = _AFTER_A_LOWER_CASE_WORD + r"\d{1,3} \d{3}(?= [a-z])"
_SPACED_NUM = (r"(?<![0-9] )(?:\d{1,3}(?: \d{3})+(?=[%一-龥ぁ-んァ-ヶ]| per\b)"
               r"|(?<=\bper )\d{1,3}(?: \d{3})+"
               r"|\d{1,3}(?:, \d{3})+(?=[一-龥ぁ-んァ-ヶ])"
               r"|" + _SPACED_BETWEEN_WORDS + ")")
_SPACED_BETWEEN_WORDS_RE = re.compile(_SPACED_BETWEEN_WORDS + r"(?![0-9])")
_ONE_GROUP_BETWEEN_WORDS_RE = re.compile(r"(?<![0-9] )" + _ONE_GROUP_BETWEEN_WORDS + r"(?![0-9]|[.,][0-9])")
#: a thin or narrow no-break space inside a number (「7\u2009291」): the typeset form of the SI grouping
_THIN_SPACE_GROUP_RE = re.compile(r"[0-9][\u2009\u202f][0-9]{3}(?![0-9])")
_COMMA_GROUP_RE = re.compile(r"[0-9],[0-9]{3}(?![0-9])")
#: the document being read shows the SI grouping (set by the ingest for a document: see spaced_thousands)
_SPACED_SHOWN: ContextVar[bool] = ContextVar("spaced_thousands_shown", default=False)


def shows_spaced_thousands(text: str) -> bool:
    """Does ``text`` itself write thousands grouped with spaces (the SI style)? Yes when a number has two
    groups or more after a space ("7 291 600"), when a thin or narrow no-break space groups one (as typeset),
    or when two numbers of one group stand between words ("35 100 births and 61 600 deaths") and no number is
    grouped with a comma (a text writes its thousands one way). ``text`` is as written (before ``normalize``,
    which makes a thin space a plain one)."""
    if _THIN_SPACE_GROUP_RE.search(text):
        return True
    s = normalize(text)
    if _SPACED_BETWEEN_WORDS_RE.search(s):
        return True
    return len(_ONE_GROUP_BETWEEN_WORDS_RE.findall(s)) >= 2 and not _COMMA_GROUP_RE.search(s)


@contextmanager
def spaced_thousands(shown: bool) -> Iterator[None]:
    """Within the block, a number of one space-grouped thousands between words ("a decrease of 26 500
    was recorded") is read as one number even in a text that does not show the convention itself: the
    document it comes from does (``shows_spaced_thousands`` of another of its sentences)."""
    token = _SPACED_SHOWN.set(shown)
    try:
        yield
    finally:
        _SPACED_SHOWN.reset(token)
_JA_SCALE_WORD = r"[十百千]?[万億兆]|千"
_JA_SCALE_RE = re.compile(rf"\s?({_JA_SCALE_WORD})")
#: a counter or a yen after the last part of a compound, perhaps after a space (「6900 人」, 「6900円」)
_JA_COUNTER_AFTER_RE = re.compile(r"\s?[一-龥ぁ-んァ-ヶ]")
# The next part of a compound: a number with its own scale word (2433万 in 1億2433万690, where
# more digits may follow the scale word), or a last plain part that no date unit or digit follows.
_JA_MORE_RE = re.compile(rf"({_NUM})(?:\s?({_JA_SCALE_WORD})(?![年月日])|(?![年月日0-9]))")
_EN_SCALE_RE = re.compile(
    # a hyphen before a scale word too: "a $5-billion plan", "KSh2-trillion"
    r"(?:\s|-(?=(?i:thousand|million|billion|trillion|lakh|crore)))?"
    r"(?:(?P<w>(?i:thousand|million|billion|trillion|lakhs?[\s-]+crores?|lakhs?|crores?|mln|mn|bn|trn|tn))"
    r"|(?P<k>[kK])|(?P<u>[MBT]))(?![A-Za-z])"
)
# $5m, $3b, $1t, £2.5t: only after a currency sign (there "t" is a trillion, no tonne)
_EN_SCALE_MONEY_RE = re.compile(r"(?P<l>[mbt])(?![A-Za-z])")
#: "1.2t yen", "3t dollars": a "t" with a currency word after it is a trillion of that currency, no tonne
#: (the word after is checked by the unit reader)
_TRILLION_BEFORE_WORD_RE = re.compile(r"\s?t(?=\s)")


def _unit_regex(names: list[str]) -> str:
    parts = []
    for name in sorted(names, key=len, reverse=True):
        part = re.escape(name)
        if name[-1].isascii() and name[-1].isalpha():
            part += r"(?![A-Za-z])"
        parts.append(part)
    return "|".join(parts)


# Units the finder attaches after a number (a space is allowed, except before x and ×).
_GLUED_ONLY = {"x", "×", "-fold"}
_UNIT_RE = re.compile(r"\s?(?i:(" + _unit_regex([n for n in _ALIASES if n not in _GLUED_ONLY]) + "))")
_GLUED_UNIT_RE = re.compile(r"(?i:(x|×|-fold))(?![A-Za-z0-9])")
#: "a 2.7-percent increase in output", "a 1.5-per-cent rise": a number joined to "percent" by a hyphen is the
#: compound adjective of the same percentage (as US statistics releases write it)
_HYPHENED_PERCENT_RE = re.compile(r"-(?i:percent|per-cent)(?![A-Za-z])")
_CUR_PREFIX_RE = re.compile(
    r"(?:(?P<sym>US\s?\$|A\$|C\$|HK\$|S\$|NT\$|\$|¥|€|£|₹|₩|₦|₱|₵|GH₵|GH¢)\s?"  # "$ 38,033" in tables
    r"|(?<![A-Za-z])(?P<iso>[A-Z]{3}|RMB|K[Ss]hs?\.?|Rs\.?)\s?"
    r"|(?<![A-Za-z])(?P<letter>[PN]))$"
)
#: Local short forms of a currency written before its number, glued or not: KSh2 trillion,
#: Rs 106, Rs. 94 (the Indian rupee: the pack's own rupee when it holds another, see parse).
_LOCAL_PREFIX = {"ksh": "KES", "kshs": "KES", "rs": "INR", "ghc": "GHS"}
#: A single capital letter before a number is a currency only before a scale word or with its
#: digits grouped: P16 trillion, P16,000,000,000,000 (the Philippine peso), N424 billion (the
#: naira); P2, N95 are names.
_LETTER_CURRENCY = {"P": "PHP", "N": "NGN"}


def is_currency(unit: str | None) -> bool:
    """Is ``unit`` a currency code (three upper-case letters)?"""
    return unit is not None and len(unit) == 3 and unit.isalpha() and unit.isupper()


def _canonical_unit(text: str) -> str | None:
    key = text.casefold()
    if key in _ALIASES:
        return _ALIASES[key]
    if text.upper() in CURRENCIES and text.isalpha():
        return text.upper()
    if _ACRONYM_PLURAL.fullmatch(text):
        return "count"  # a unit cell "GPUs", "CPUs": counted things
    return None


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_RATE_UNIT = re.compile(r"([^/]+)/([^/]+)")


def rate_unit_problem(text: str) -> str | None:
    """Why a unit with a ``/`` is no rate ``UNIT/UNIT`` (None when it is one, or has no ``/``)."""
    s = normalize(text).strip()
    if "/" not in s:
        return None
    m = _RATE_UNIT.fullmatch(s)
    if not m or not m[1].strip() or not m[2].strip():
        return f"'{text.strip()}' is not a rate unit: expected UNIT/UNIT such as JPY/USD or USD/bbl"
    top, bottom = m[1].strip(), m[2].strip()
    for side in (top, bottom):
        if re.fullmatch(r"[\d.,\s]+", side):
            return f"'{text.strip()}' is not a rate unit: '{side}' is a number, not a unit (JPY/USD, USD/bbl)"
    if (_canonical_unit(top) or top) == (_canonical_unit(bottom) or bottom):
        return f"'{text.strip()}' is not a rate unit: a unit per itself is a multiple (use x)"
    return None


def is_rate(unit: str | None) -> bool:
    """Is ``unit`` a rate such as ``JPY/USD`` (yen per dollar) or ``USD/bbl``?"""
    return unit is not None and "/" in unit and rate_unit_problem(unit) is None


def _rate_unit(s: str) -> str | None:
    """The canonical spelling of a rate (円/ドル -> ``JPY/USD``), or None when ``s`` is no rate."""
    if "/" not in s or rate_unit_problem(s) is not None:
        return None
    top, bottom = (part.strip() for part in s.split("/"))
    return f"{_canonical_unit(top) or top}/{_canonical_unit(bottom) or bottom}"


def is_known_unit(text: str) -> bool:
    """Whether ``text`` is a unit this module knows by name (GW, PFLOPS, USD, 円, percent ...)."""
    return _canonical_unit(normalize(text)) is not None


def normalize_unit(text: str) -> str | None:
    """The canonical spelling of a unit cell, or None for an empty cell.

    円/yen/JPY/¥ -> ``JPY``; ドル/$/US$/USD/dollars -> ``USD``; ユーロ/€ -> ``EUR``; 元/人民元/RMB/
    yuan -> ``CNY``; ウォン/won -> ``KRW``; ルピー/₹ -> ``INR``; ポンド/£ -> ``GBP``; any ISO 4217 code
    upper-cased; %/パーセント/percent -> ``%``; 倍/x/times/-fold -> ``x``; ポイント/pt/percentage
    points -> ``pt``; 件/社/人/台/基/個/枚/名 and English count nouns -> ``count``; GW, MW, PFLOPS,
    EFLOPS ... in their usual case. Anything else is kept as written, trimmed.

    A unit that carries a scale (``億円``, ``bn USD``, ``百万円``) is NOT folded into a currency:
    it comes back as written, so that it cannot silently lose its factor. Use
    ``split_unit`` or ``parse_quantity(value, unit=...)`` to apply the scale.
    """
    s = normalize(text)
    if not s:
        return None
    return _canonical_unit(s) or _rate_unit(s) or s


_SPLIT_UNIT_RE = re.compile(
    rf"(?P<ja>{_JA_SCALE_WORD}|百)\s?(?P<rest>.*)"
    r"|(?P<en>(?i:thousands?|millions?|billions?|trillions?"
    r"|lakhs?[\s-]+crores?|lakhs?|crores?|mln|mn|bn|trn|tn|k|M|B|T))"
    r"(?:\s+(?:of\s+)?|(?=[^A-Za-z]))(?P<rest2>.*)|(?P<rest3>[^\S\n]|.*?\S)\s*(?P<en2>(?i:thousands?|millions?|billions?"
    r"|trillions?|lakhs?[\s-]+crores?|lakhs?|crores?|mln|mn|bn|trn|tn))"
)


def split_unit(text: str) -> tuple[Decimal, str | None]:
    """A unit cell as (scale, canonical unit): ``億円`` -> (1e8, ``JPY``), ``bn USD`` -> (1e9, ``USD``),
    ``百万円`` -> (1e6, ``JPY``), ``USD mn`` -> (1e6, ``USD``), ``JPY`` -> (1, ``JPY``)."""
    s = normalize(text)
    if not s:
        return _D(1), None
    if _rate_unit(s):
        # 億円/年: the scale belongs to the top of the rate
        top, bottom = (part.strip() for part in s.split("/"))
        scale, top_unit = split_unit(top)
        return scale, f"{top_unit or top}/{_canonical_unit(bottom) or bottom}"
    m = _SPLIT_UNIT_RE.fullmatch(s)
    if m:
        if m["ja"]:
            scale, rest = _ja_scale(m["ja"]), m["rest"]
        elif m["en"]:
            scale, rest = _EN_SCALE[_en_scale_key(m["en"])], m["rest2"]
        else:
            scale, rest = _EN_SCALE[_en_scale_key(m["en2"])], m["rest3"]
        rest = rest.strip()
        unit = (_canonical_unit(rest) or rest) if rest else None
        return scale, unit
    return _D(1), _canonical_unit(s) or s


def _en_scale_key(word: str) -> str:
    w = " ".join(word.casefold().replace("lakhs", "lakh").replace("-", " ").split())
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def _ja_scale(word: str) -> Decimal:
    value = _D(1)
    for ch in word:
        value *= _JA_SCALE[ch] if ch in _JA_SCALE else _D(100)
    return value


# --- reading one number -------------------------------------------------------------------


@dataclass(frozen=True)
class _Number:
    value: Decimal
    end: int
    scaled: bool


def _decimal(text: str) -> Decimal:
    if _DECIMAL_COMMA_RE.fullmatch(text):
        return _D(text.replace(",", "."))  # "14,3 million" (see _NUMBER_RE)
    return _D(text.replace(",", "").replace(" ", ""))


_DECIMAL_COMMA_RE = re.compile(r"\d{1,3},\d{1,2}")


def _read_number(s: str, start: int, end: int, money: bool) -> _Number:
    """The number ``s[start:end]`` with the scale words after it (2兆3540億, 67.22 bn)."""
    value = _decimal(s[start:end])
    m = _JA_SCALE_RE.match(s, end)
    if m:
        total = _D(0)
        scale = _ja_scale(m[1])
        total += value * scale
        pos = m.end()
        # Japanese compounds: 2兆3540億, 1億2000万, 1万2345 (each part smaller than the last)
        while scale >= 10**4:
            nxt = _JA_MORE_RE.match(s, pos)
            if not nxt and s.startswith(" ", pos):
                # 「6兆 8,781億円」: tables pad the parts of a compound to align them; a space is read
                # through only to a part with its own smaller scale word (not 「6兆 5%」)
                nxt = _JA_MORE_RE.match(s, pos + 1)
                if nxt and not nxt[2] and not (scale == 10**4 and "." not in nxt[1]
                                               and ("," not in nxt[1] or re.fullmatch(r"\d,\d{3}", nxt[1]))
                                               and _JA_COUNTER_AFTER_RE.match(s, nxt.end())):
                    # (「86 万 6900 人」, 「1 万 5,897 件」: a transcript's spaced compound: the last plain
                    # part of a 万 (four digits at most) with the counter after it, no percentage, is its
                    # rest)
                    nxt = None
            if not nxt:
                break
            part = _decimal(nxt[1])
            if nxt[2]:
                smaller = _ja_scale(nxt[2])
                if smaller >= scale:
                    break
                total += part * smaller
                scale, pos = smaller, nxt.end()
                continue
            if "." in nxt[1] or part >= scale or part >= 10**4:
                break
            total += part
            pos = nxt.end()
            break
        return _Number(total, pos, True)
    m = _EN_SCALE_RE.match(s, end)
    if m:
        word = m["w"] or m["k"] or m["u"]
        return _Number(value * _EN_SCALE[_en_scale_key(word)], m.end(), True)
    if money:
        m = _EN_SCALE_MONEY_RE.match(s, end)
        if m:
            return _Number(value * _EN_SCALE[m["l"]], m.end(), True)
    else:
        m = _TRILLION_BEFORE_WORD_RE.match(s, end)
        if m and (word := _UNIT_RE.match(s, m.end())) and is_currency(_ALIASES[word[1].casefold()]):
            return _Number(value * _EN_SCALE["t"], m.end(), True)
    return _Number(value, end, False)


#: Basis points after a number ("50 basis points", "50bp", "25 bps", 「900ベーシスポイント」): a
#: hundredth of a percentage point, read as ``pt`` (900 bp is 9 pt).
_BASIS_POINTS_RE = re.compile(r"\s?(?:(?i:basis[\s-]points?)|bps?|ベーシス・?ポイント)(?![A-Za-z])")
#: A minus written as a word before a number (「マイナス14.1%」, "minus 3.2%"): the sign, as "-" is.
_MINUS_WORD_RE = re.compile(r"(?:マイナス|(?<![A-Za-z])(?i:minus))\s?$")
#: How many digits another number has (「2桁」「3ケタ」, "double-digit", "two-digit", "in single
#: digits"): not a value of the claim (a linguistic reason: it bounds a number, it is none).
_DIGIT_COUNT_RE = re.compile(
    r"(?:(?<!\d)\d+|(?<![一二三四五六七八九十])[一二三四五六七八九十]+)\s?(?:桁|ケタ|けた)"
    r"|(?i:\b(?:single|double|triple|one|two|three|four|five|\d+)[\s-]digits?\b)"
)


#: The SI symbols of mass and the hectare after a number (「4,290t」, 「1,720ha」, 「539kg」, "12 kg"), read
#: as written, in lower case only: "T" and "KG" are other things (a trillion, a code). A linguistic reason:
#: they are the metric symbols (SI and the units accepted with it), written the same in Japanese and English.
#: A symbol stands alone after its number: "3 t-shirts" is no tonnage (nor is a symbol after a sum: "$1t"
#: is a trillion, read by ``_read_number``; "$5 t" keeps no tonne).
#: So is the kilolitre, kl or kL (「1,738万kl」: Japan's oil statistics count crude and fuel oil in it), and
#: KL glued to its number, as Japanese tax and liquor statistics write it in capitals (「約42万3千KL」,
#: 「消費数量6,568KL」); spaced apart, "5 KL" may be a name (Kuala Lumpur), so capitals count only glued.
#: So is the gram glued to its number (「1人1日あたりのごみの排出量は918g」, 「長野県川上村で294.9g」: waste
#: statistics count a person's daily waste in it); spaced apart, "5 g" may be a list's letter or a grade.
_METRIC_SYMBOL_RE = re.compile(r"\s?(kg|t|ha|kl|kL)(?![A-Za-z0-9\-])|(KL|g)(?![A-Za-z0-9\-])")
_METRIC_SYMBOLS = frozenset({"kg", "t", "ha", "kl", "g"})


def _read_unit(s: str, pos: int) -> tuple[str, int] | None:
    m = _GLUED_UNIT_RE.match(s, pos)
    if m:
        return "x", m.end()
    m = _UNIT_RE.match(s, pos)
    if m:
        return _ALIASES[m[1].casefold()], m.end()
    m = _METRIC_SYMBOL_RE.match(s, pos)
    if m:
        return (m[1] or m[2]).lower(), m.end()
    m = _HYPHENED_PERCENT_RE.match(s, pos)
    if m:
        return "%", m.end()  # "a 2.7-percent increase": the compound adjective of "2.7 percent"
    if s.startswith("-", pos):
        m = _UNIT_RE.match(s, pos + 1)
        if m and m[0][:1] != " " and is_currency(_ALIASES[m[1].casefold()]):
            # "a 3-trillion-yen industry", "a 5-billion-dollar plan": the compound adjective of
            # "3 trillion yen" (a currency word only: "a 10-year plan" measures no money)
            return _ALIASES[m[1].casefold()], m.end()
    return None


def _float(value: Decimal) -> float:
    # Decimal arithmetic on the written digits is exact (1.6 * 10**12 is 1600000000000), and
    # float() rounds once, correctly: 1.6兆 and 1600000000000 give the same float.
    return float(value)


# --- pack cells ---------------------------------------------------------------------------

_CELL_RE = re.compile(
    r"(?P<approx>(?i:約|およそ|概ね|おおむね|ほぼ|approximately|approx\.?|about|around|roughly|circa|ca\.|c\.|~|≈))?\s?"
    r"(?P<sign>[-+▲△])?\s?"
    r"(?:(?P<sym>US\s?\$|A\$|C\$|HK\$|S\$|NT\$|\$|¥|€|£|₹|₩)|(?P<iso>[A-Za-z]{3})\s)?\s?"
    r"(?P<sign2>[-+])?"
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?P<exp>[eE][-+]?\d{1,3})?"
)
_CELL_FRACTION_RE = re.compile(
    r"(?P<approx>(?i:約|およそ|概ね|about|around|roughly|approx\.?|approximately|circa|c\.|~|≈))?\s?"
    r"(?:(?P<n>\d+(?:\.\d+)?)\s?/\s?(?P<d>\d+(?:\.\d+)?)|(?P<d2>\d+(?:\.\d+)?)\s?分の\s?(?P<n2>\d+(?:\.\d+)?))"
    r"\s?(?P<post>程度|前後|ほど)?"
)
_CELL_SUFFIX_RE = re.compile(r"\s?(程度|前後|ほど|くらい|ぐらい)$")


def _cell_error(text: str, why: str | None = None) -> ValueError:
    reason = f"{why}; " if why else ""
    return ValueError(f"'{text}' is not a quantity: {reason}{EXPECTED}")


@lru_cache(maxsize=8192)
def parse_quantity(text: str, unit: str | None = None) -> Quantity:
    """Parse one pack cell into a Quantity, or raise ValueError saying what was expected.

    Accepts an optional approximate mark (約, およそ, 概ね, about, approx., ~, c., circa,
    around, roughly; or 程度/前後 after), a sign (also ▲/△ for minus, as in Japanese
    accounts), a currency sign or code (``$``, ``US$``, ``¥``, ``USD 67.22 bn``), thousands
    separators, decimals, an exponent (``1.6e12``), scale words (万, 億, 兆 and compounds such
    as ``2兆3540億``; k/thousand, M/mn/million, B/bn/billion, T/tn/trillion), fractions
    (``1/100``, ``100分の1`` -> unit ``x``), percentages (``70.7%``), multiples (``7x``, ``7倍``),
    and a trailing unit (``1.6兆円`` -> JPY; ``1 GW``; other text is kept as a free unit).

    ``unit``, when given, is the unit column of the same row: its scale applies (value ``6,315``
    with unit ``億円`` is 6.315e11 JPY), and it must agree with a unit written in the cell.
    ``Quantity.text`` is the cell as written (trimmed).
    """
    stripped = text.strip()
    if not stripped:
        raise _cell_error(stripped, "the cell is empty")
    q = _parse_cell(stripped)
    if unit is None or not unit.strip():
        return q
    scale, column_unit = split_unit(unit)
    if q.unit and column_unit and q.unit != column_unit and not (q.unit == "x" and "/" in stripped):
        raise _cell_error(stripped, f"its unit {q.unit} disagrees with the unit column ({unit.strip()})")
    value = _float(_D(repr(q.value)) * scale) if scale != 1 else q.value
    own_unit = q.unit if q.unit and not (q.unit == "x" and column_unit) else None
    return Quantity(value, own_unit or column_unit, q.approx, q.text)


def _parse_cell(stripped: str) -> Quantity:
    s = normalize(stripped)
    m = _CELL_FRACTION_RE.fullmatch(s)
    if m:
        n, d = _D(m["n"] or m["n2"]), _D(m["d"] or m["d2"])
        if d == 0:
            raise _cell_error(stripped, "division by zero")
        return Quantity(_float(n / d), "x", bool(m["approx"] or m["post"]), stripped)
    m = _CELL_RE.match(s)
    if not m:
        found = _find(s, mask_periods=False)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(s):
            return _cell_from_match(found[0], stripped)
        raise _cell_error(stripped)
    approx = bool(m["approx"])
    unit: str | None = None
    if m["sym"]:
        unit = _ALIASES[m["sym"].replace(" ", "").casefold()]
    elif m["iso"]:
        unit = _canonical_unit(m["iso"])
        if not is_currency(unit):
            raise _cell_error(stripped)
    sign = -1 if (m["sign"] in ("-", "▲", "△") or m["sign2"] == "-") else 1
    num = m["num"]
    if m["exp"]:
        number = _Number(_decimal(num) * _D(10) ** int(m["exp"][1:]), m.end(), False)
    else:
        number = _read_number(s, m.start("num"), m.end("num"), money=unit is not None)
    pos = number.end
    rest = s[pos:]
    suffix = _CELL_SUFFIX_RE.search(rest)
    if suffix:
        approx = True
        rest = rest[: suffix.start()]
    rest = rest.strip()
    if rest:
        if rest[0].isdigit() or rest[0] in ".,/":
            raise _cell_error(stripped, _why_bad_number(s))
        if _COMPARATOR_IN_CELL.search(rest):
            raise _cell_error(stripped, _NO_COMPARATORS)
        own = _canonical_unit(rest)
        if own is None:
            known = _read_unit(rest, 0)
            if known and _canonical_unit(rest[known[1]:].strip()):
                # 1.6兆円 USD: a known unit followed by another
                raise _cell_error(stripped, f"it names two units, {known[0]} and "
                                            f"{_canonical_unit(rest[known[1]:].strip())}")
            # 1割, 3割5分, 100分の1: forms the finder knows; else a free unit such as "apples"
            # (a cell's word is its unit as written, not a count the finder would read in prose)
            found = _find(s, mask_periods=False)
            if len(found) == 1 and found[0].start == 0 and found[0].end == len(s) \
                    and found[0].quantity.unit != "count":
                return _cell_from_match(found[0], stripped)
            own = rest
        if unit and own != unit:
            raise _cell_error(stripped, f"it names two units, {unit} and {own}")
        unit = own
    value = _float(number.value) * sign
    return Quantity(value + 0.0, unit, approx, stripped)


#: digits a place or a count of ranked may have (below 1e30, as every number: shingi.normalize.limits)
_RANK_DIGITS = 30
_RANK_CELL = re.compile(
    r"(?:第\s?)?(?P<place>\d+)\s?(?:st|nd|rd|th|位)?"
    r"(?:\s?(?:/|of|out of|中)\s?(?P<of>\d+)(?:\s?位)?)?", re.IGNORECASE
)


def parse_rank(text: str) -> tuple[int, int | None]:
    """A place cell of a rank metric (contract 1.1): ``9`` (ninth), ``9/10`` (ninth of ten), also
    ``9th``, ``9位``, ``第9位``, ``9 of 10``. Returns (place, count or None); ValueError when it is
    no place (not a whole number from 1) or the place is beyond the count."""
    stripped = text.strip()
    m = _RANK_CELL.fullmatch(normalize(stripped))
    if not m:
        raise ValueError(
            f"'{stripped}' is not a place: expected a whole number from 1, or PLACE/COUNT such as 9/10"
        )
    if any(len(d.lstrip("0")) > _RANK_DIGITS for d in (m["place"], m["of"]) if d):
        # a run of 40 digits is no place: refused here, before a float of it overflows
        shown = stripped if len(stripped) <= 40 else stripped[:40] + "…"
        raise ValueError(f"'{shown}' is not a place: number out of range "
                         "(numbers must be below 1e30 in magnitude)")
    place, of = int(m["place"]), int(m["of"]) if m["of"] else None
    if place < 1:
        raise ValueError(f"'{stripped}' is not a place: places start at 1 (1 = first)")
    if of is not None and place > of:
        raise ValueError(f"'{stripped}': place {place} is beyond the count of {of} ranked")
    return place, of


_NO_COMPARATORS = "comparators such as 以上, 超 or 'more than' belong in claims, not in cells"
_COMPARATOR_IN_CELL = re.compile(r"以上|以下|未満|超|(?i:more than|less than|at least|at most|over|under)")


def _why_bad_number(s: str) -> str | None:
    if re.search(r"\d,\d{1,2}(?!\d)|\d,\d{4}", s):
        return "thousands separators must group three digits (6,315)"
    return None


def _cell_from_match(match: QuantityMatch, stripped: str) -> Quantity:
    if match.comparator not in (None, "about"):
        raise _cell_error(stripped, _NO_COMPARATORS)
    q = match.quantity
    return Quantity(q.value, q.unit, q.approx, stripped)


# --- finding quantities in free text --------------------------------------------------------


@dataclass(frozen=True)
class QuantityMatch:
    """A quantity found in text; ``start``/``end`` index ``normalize(text)``.

    The span covers the number, its currency, scale and unit, and the comparator words around
    it (``約1.6兆円``, ``7倍超``, ``more than 43 systems``). ``quantity.text`` is the same text.
    """

    quantity: Quantity
    start: int
    end: int
    text: str
    comparator: str | None


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    value: Decimal
    unit: str | None
    scaled: bool
    approx: bool = False
    comparator: str | None = None


_NUMBER_RE = re.compile(
    # (a comma before the number stops it only after a digit, inside a number: 「総額は,18兆9713億円」, a
    # transcript's comma for 、, does not)
    rf"(?:(?<![0-9A-Za-z_.,])|(?<=[^\x00-\x7f],)|(?<=[A-Z][Ss]h)|(?<=[A-Z][Ss]hs)|(?<=\bRs)|(?<=\bRs\.)|(?<=\b[PN]))"
    # ("14,3 million": a decimal comma, as German and other European texts write it; a thousands group has
    # three digits, so one or two after the comma before a scale word are decimals)
    rf"(?<![A-Za-z]-)(?P<num>{_SPACED_NUM}|\d{{1,3}},\d{{1,2}}(?=\s(?i:thousand|million|billion|trillion)\b)"
    rf"|{_NUM})(?![0-9]|[.,][0-9])"
)
#: the same, with one space-grouped thousands between words read as one number (a text showing the convention)
_NUMBER_ONE_GROUP_RE = re.compile(_NUMBER_RE.pattern.replace(
    "(?P<num>", "(?P<num>(?<![0-9] )" + _ONE_GROUP_BETWEEN_WORDS + "|", 1))
# Words after which a bare number is a quantity, not a version (PLaMo 2.2) or a name (tsuzumi 2).
_NUMBER_LEADS = frozenset(str.split("""
    a an the of to by from than at least most up over under above below about around roughly nearly
    almost approximately approx some only just exactly precisely reached reach reaches reaching hit
    hits top topped tops exceeded exceeds exceed surpassed and or is was are were be been being
    has have had holds hold held with among out per for into on in all its their his her our your
    scored score scores ranked rank ranks grew rose fell increased decreased invested spent raised
    employs employed built operates operated installed total totaled totalled totals numbered
    counts gained lost earned achieved achieves recorded records announced pledged committed
    plans planned targets targeted deploys deployed became becomes nearly another additional extra
    new first last next between vs versus times down just than while whereas compared only
    now currently presently still today remains remained stands stood like
"""))
# Words that make the number after them a label, whatever follows ("Round 1 sites", "Phase 3
# trials", "Level 4 driving"): the number names the round, it does not count the sites.
_LABEL_WORDS = frozenset(str.split("""
    round phase stage tier level lot block zone wave batch generation gen series mark mk version
    chapter article section part no
"""))
_LATIN_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]*)\s$")
#: The start of a sentence or a clause before a word: a capital there is no sign of a name.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;,(\[\"'“‘「『（]\s*)$")
#: 「スイッチ2は」「モデル3の」「ステージ3の計画停電」: a katakana word glued to a number that no counter,
#: unit or katakana word follows (「コメ5キロ」 keeps its 5: キロ measures it).
_KATAKANA_BEFORE = re.compile(r"[\u30a1-\u30fa\u30fc]")
_KATAKANA_NAME_END = re.compile(
    r"(?:[\u3041-\u3093]|[、。・」』）)]|\s|$"
    r"|[\u4e00-\u9fff](?<![万億兆千百十年月日時分秒台件人回個本枚円倍割位度歳号]))"
)


def _name_numeral(s: str, start: int, end: int, word: re.Match[str] | None, noun_end: int | None) -> bool:
    """Whether the number at ``start:end`` is part of a proper name, not a quantity: "Switch 2
    launches", "Sendai Unit 2 restarts", "Model 3 deliveries", 「スイッチ2は」 (a linguistic reason: a
    capitalised word inside an English sentence is a name, and the numeral right after it, with
    no scale, currency or unit of its own, is the name's: the product's, model's or unit's
    number; the lowercase noun after it is what the sentence says of the named thing, not a
    counted noun, so the number counts nothing). A capital at a sentence's start, a word that
    leads a quantity ("About 3 farms", "Only 6 allies") and title case ("Tesla Opens 3 New
    Plants") are no such sign."""
    if word is not None and noun_end is not None:
        name = word[1]
        if name.lower() in _NUMBER_LEADS or name.lower() in _LABEL_WORDS or name.islower():
            return False
        if _PERIOD_WORD.fullmatch(name):
            return False  # "In Q3 400 stores", "By June 300 stores": a time, no name (review R4)
        if _SENTENCE_START.search(s, 0, word.start(1)) and not any(c.isupper() for c in name[1:]):
            return False  # "Those 300 farms": a capital of the sentence's start (not "PlayStation 5")
        after = _NEXT_WORD.match(s, end)
        return after is not None and after[1][0].islower()
    return bool(
        start > 0
        and _KATAKANA_BEFORE.match(s, start - 1)
        and _KATAKANA_NAME_END.match(s, end)
        and not _COUNTER_AFTER_NAME_JA.match(s, end)
    )


#: A capitalised word that names a time, not a thing: a month, a quarter, a half, a fiscal year, a
#: day of the week ("In Q3 400 stores closed", "By June 300 stores", "In FY2024 12 stores")
_PERIOD_WORD = re.compile(
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|[QH][1-4]|[1-4][QH]|(?:FY|CY)(?:\d{2}|\d{4})?"
)
#: A Japanese counter after a katakana word's number: it counts (「メガバンク3行」「ホテル200室」
#: 「チェーン10店」 are three banks, 200 rooms, ten shops), the number is no name's (review R4)
_COUNTER_AFTER_NAME_JA = re.compile(
    r"\s?(?:行|室|店|社|基|機|名|件|戸|軒|世帯|棟|校|施設|団体|病院|品目|種類|頭|隻|票|議席|例|路線|駅|便|両|席"
    r"|床|冊|杯|匹|羽|箇所|か所|カ所|ヶ所|点|株|局|か国|カ国|ヶ国|拠点|店舗)"
)
#: 「4〜10月」「2020〜24年」: the first end of a range of dates is a date as the second is (a
#: linguistic reason; blind round 12 jp-bear-incidents sightings-1-6x, h1-1-4x read 4 as a count)
_NOT_AFTER = re.compile(
    r"\s?(?:[年月日時秒号]|分(?!の)|ヶ月|か月|カ月|ヵ月"
    r"|[〜～~]\s?\d{1,4}\s?(?:[年月日](?!間)|ヶ月|か月|カ月|ヵ月))"
)
_GLUED_LETTER = re.compile(r"[A-Za-z]")
_CENTS_RE = re.compile(r"\s?(?:¢|(?i:cents?)(?![A-Za-z]))")

_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "thousand": 1000, "a thousand": 1000,
    "one thousand": 1000,
}
_WORD_NUMBER_RE = "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS if w not in ("a", "an")),
                                  key=len, reverse=True))
_ORDINAL_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100,
    "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
    **{f"{teen}th{plural}": n
       for teen, n in (("eleven", 11), ("twelf", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
                       ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19))
       for plural in ("", "s")},
    **{f"{tens[:-1]}ieth{plural}": n
       for tens, n in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60),
                       ("seventy", 70), ("eighty", 80), ("ninety", 90))
       for plural in ("", "s")},
}
_MULTIPLE_WORDS = {"twice": 2, "double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "triple": 3,
                   "tripled": 3, "triples": 3, "tripling": 3, "quadruple": 4, "quadrupled": 4,
                   "quadruples": 4, "quadrupling": 4}
_KANJI_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                 "百": 100, "千": 1000}

_FRACTION_JA_RE = re.compile(rf"(?<![0-9.,])(?P<d>{_NUM})\s?分の\s?(?P<n>{_NUM})(?![0-9])")
_FRACTION_SLASH_RE = re.compile(r"(?<![0-9/.,A-Za-z-])(?P<n>\d+)\s?/\s?(?P<d>\d+)(?![0-9/]|\.[0-9])")
_WARI_RE = re.compile(r"(?<![0-9.,])(?P<a>\d+(?:\.\d+)?)\s?割(?:\s?(?P<b>\d)\s?分(?!の))?")
_HALF_JA_RE = re.compile(r"半分|半数")
_FRACTION_EN_RE = re.compile(
    r"(?<![A-Za-z-])(?i:(?P<n>" + _WORD_NUMBER_RE + r"|a|an)[\s-]+(?P<d>"
    + "|".join(sorted(_ORDINAL_DENOMINATORS, key=len, reverse=True)) + r"))(?![A-Za-z-])"
    # "for a fourth consecutive year", "a third term": an ordinal, not a fraction
    r"(?!\s+(?i:consecutive|straight|successive|running|year|month|quarter|time|term|round|place)\b)"
)
_HALF_EN_RE = re.compile(r"(?<![A-Za-z_-])(?i:half)(?![A-Za-z_-])")
HALF_OF_TIME = re.compile(r"(?<![A-Za-z])(?i:first|second|1st|2nd|latter|former|back|front)[\s-]$")
_HALF_YEAR = re.compile(r"(?i:[\s-](?:a\s+)?(?:year|time|month|day|hour|decade|century))")
_MULTIPLE_EN_RE = re.compile(
    r"(?<![A-Za-z-])(?i:(?P<w>" + "|".join(sorted(_MULTIPLE_WORDS, key=len, reverse=True))
    + r"))(?![A-Za-z-])"
)
#: "not once but twice", "not once, but three times": a count of times follows
ONCE_BUT_EN = re.compile(r"(?i)\bonce,?\s+but\s+$")
_TIMES_EN_RE = re.compile(
    r"(?<![A-Za-z-])(?i:(?P<n>" + _WORD_NUMBER_RE + r")(?P<half>\s+and\s+a\s+half)?(?:\s+times|[\s-]?fold))"
    r"(?![A-Za-z-])"
)
# A spelled-out count: "ten semiconductor units", "three systems" (up to two words between the
# number and a count noun, none of them a function word: "one of the systems" is no count).
_WORD_COUNT_EN_RE = re.compile(r"(?<![A-Za-z-])(?i:(?P<n>" + _WORD_NUMBER_RE + r"))(?![A-Za-z-])")
# Words that end the noun phrase after a number: "256,000 in December" names nothing counted.
_PHRASE_BREAK = frozenset(str.split("""
    of the a an in on at for to per by with from than as is was were are be been has have had
    that which who this these those it its their his her our your into over under about after
    before since during while when where if but not no so then also only just each every
"""))
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z-]*)(?![A-Za-z0-9-])")


def _count_after(s: str, pos: int, max_words: int = 5) -> int | None:
    """The end of the count noun a number at ``pos`` counts, if its noun phrase ends in one:
    "43 systems", "6,128 GPUs", "20,000 direct manufacturing and construction jobs" (modifiers
    between, and/or among them), None for "256,000 in December", "40 years", "2.8 percent"."""
    words = 0
    while words < max_words:
        m = _NEXT_WORD.match(s, pos)
        if m is None:
            return None
        word = m[1]
        if is_count_noun(word):
            return m.end()
        low = word.lower()
        if low in _PHRASE_BREAK or (words == 0 and low in ("and", "or")) or not word.islower():
            return None
        if low.endswith("s") and len(low) > 3 and low not in ("and", "or"):
            return None  # another plural closes the phrase: "40 years", "5 times"
        pos, words = m.end(), words + 1
    return None


# "a trillion dollars", "one billion yen", "half a million jobs", "two million people": a number
# written in words before a scale word is that amount, as "1 trillion" is (a linguistic reason);
# not an adjective ("a billion-dollar company"); a dozen is twelve ("about two dozen deaths" is about
# 24, not about 2; "half a dozen" 6: blind us-measles mexico-worse)
_WORD_SCALE_EN_RE = re.compile(
    r"(?<![A-Za-z-])(?i:(?P<n>half\s+an?|" + _WORD_NUMBER_RE
    + r"|an?)[\s-]+(?P<w>million|billion|trillion|dozen))"
    r"(?![A-Za-z-])"
)
# "one hundred fifty thousand", "a hundred and fifty thousand", "two million three hundred thousand",
# "twenty-five": a number written in several words is their sum of products, as English writes it (a
# linguistic reason: units and tens add, "hundred" multiplies what is before it, a scale word closes
# a group; blind review M4: "one hundred fifty thousand" was read as 50)
_NUMBER_WORD_EN = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|million|billion|trillion)"
)
_COMPOUND_EN_RE = re.compile(
    r"(?<![A-Za-z-])(?i:(?:an?[\s-]+)?" + _NUMBER_WORD_EN + r"(?:(?:\s+and\s+|[\s-]+)" + _NUMBER_WORD_EN
    + r")+)(?![A-Za-z-])"
)
_NUMBER_SCALES_EN = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def _compound_value(words: list[str]) -> int | None:
    """The value of number words ("a", "hundred", "and", "fifty", "thousand"), or None when they
    are no one number ("two three", "thousand million", "fifty twenty")."""
    total, current, last, top = 0, 0, "", 10**15
    for w in words:
        if w in ("a", "an"):
            current, last = 1, "a"
        elif w == "and":
            if last not in ("hundred", "scale"):
                return None
            last = "and"
        elif w == "hundred":
            if last not in ("a", "unit", "teen", "tens"):
                return None
            current, last = current * 100, "hundred"
        elif w in _NUMBER_SCALES_EN:
            if last in ("", "and", "scale") or _NUMBER_SCALES_EN[w] >= top:
                return None
            top = _NUMBER_SCALES_EN[w]
            total, current, last = total + current * top, 0, "scale"
        else:
            v = _WORD_NUMBERS[w]
            kind = "tens" if v >= 20 else "teen" if v >= 10 else "unit"
            if last in ("unit", "teen") or (last == "tens" and kind != "unit") or (last == "a"):
                return None
            current, last = current + v, kind
    return total + current if last not in ("a", "and") else None


# "more than a full point", "half a percentage point", "a quarter-point cut", "two points": points
# spelled in words are a number in points as "1 point" is (a linguistic reason); read only as a
# percentage point, an adjective ("half-point"), or after a word of change or comparison, so that
# "at one point" or "a point of contention" stay words
_WORD_POINTS_EN_RE = re.compile(
    r"(?<![A-Za-z-])(?i:(?P<n>half(?:\s+an?)?|an?\s+half|an?\s+quarter(?:\s+of\s+an?)?|a\s+quarter"
    r"|three[\s-]+quarters(?:\s+of\s+an?)?|" + _WORD_NUMBER_RE + r"|an?)(?:\s+full)?(?P<sep>[\s-]+)"
    r"(?P<pp>percentage[\s-]+)?points?)(?![A-Za-z-])"
)
# "gone up by a full year", "by one whole month": a length of time counted in words after "by" is
# that many years or months, as "by 1 year" is (a linguistic reason: "a" is one); the number alone
# is read, the length word after it stays for the claim's reading of durations
_WORD_LENGTH_EN_RE = re.compile(
    r"(?i)(?<=\bby\s)(?P<n>an?|" + _WORD_NUMBER_RE + r")\s+(?:full|whole)(?=\s+(?:years?|months?)\b)"
)
# "three years longer than", "a full two years above the national average", "jumped a full year",
# "lost two years of", "knocked three years off": a length of time in words said as the size of a
# difference (a comparative after it) or of a change (a verb of change before it, "off" after it) is
# that many years, as "3 years longer" is (a linguistic reason: the comparative or the verb takes the
# length as its measure, "by how much"; "for three years", "three years ago" stay windows)
_WORD_LENGTH_SIZE_EN_RE = re.compile(
    r"(?i)(?<![A-Za-z-])(?:(?P<lead>an?)\s+(?:full|whole)\s+)?(?P<n>an?|" + _WORD_NUMBER_RE + r")"
    r"(?:\s+(?:full|whole))?(?=\s+(?:years?|months?|weeks?|days?)\s+(?P<after>(?:longer|shorter|older"
    r"|younger|later|earlier|sooner|higher|lower|more|less)\s+than|(?:above|below|off)\b))"
)
_CHANGE_BEFORE_LENGTH_EN = re.compile(
    r"(?i)\b(?:jump(?:ed|s)?|rose|rises?|risen|climb(?:ed|s)?|gain(?:ed|s)?|add(?:ed|s)?|lost|los(?:es|ing)"
    r"|fell|fall(?:s|en)?|drop(?:ped|s)?|dropped|declin(?:ed|es)|shed|shrank|shrunk|knock(?:ed|s)?)"
    r"\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|just|only)\s+)?$"
)
_WORD_LENGTH_AFTER_CHANGE_EN_RE = re.compile(
    r"(?i)(?<![A-Za-z-])(?P<n>an?|" + _WORD_NUMBER_RE + r")(?:\s+(?:full|whole))?"
    r"(?=\s+(?:years?|months?|weeks?|days?)\b(?!\s+(?:ago|later|earlier|before|after|since)\b))"
)
_POINTS_AFTER = re.compile(
    r"(?i)\b(?:by|up|down|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|cut|cuts|raised?|lowered?|dropped"
    r"|climbed|more than|less than|fewer than|nearly|almost|about|around|over|under|above|below|than|just"
    r"|only|some|roughly|gained|lost|added|increased|decreased|declined|jumped|widened|narrowed)\s+$"
)
_OF_A_POINT = re.compile(r"(?i)\bof\s+$")
_KANJI_TIMES_RE = re.compile(r"(?<![一二三四五六七八九十百千万億兆0-9])(?P<k>[一二三四五六七八九十百千])倍")

# Comparators. Each table maps the words to (comparator, approximate?).
_ABOUT, _APPROX = ("about", True), ("about", False)
_PREFIX_WORDS: dict[str, tuple[str, bool]] = {
    **dict.fromkeys(("約", "およそ", "概ね", "おおむね", "ほぼ", "大体", "だいたい", "about", "around",
                     "approximately", "approx.", "approx", "roughly", "nearly", "almost", "some",
                     "circa", "c.", "ca.", "~", "≈", "close to"), _ABOUT),
    **dict.fromkeys(("reached", "reaching", "reach", "reaches", "hit", "hits", "only", "just", "わずか",
                     "僅か", "たった", "実に"), _APPROX),
    **dict.fromkeys(("at least", "no less than", "not less than", "a minimum of", "少なくとも", "最低でも",
                     "最低", "≥", ">="), ("at_least", False)),
    **dict.fromkeys(("more than", "over", "above", "in excess of", "upwards of", "exceeding", "exceeded",
                     "exceeds", "surpassed", "surpassing", "topped", "greater than", "just over",
                     "just above", ">"), ("more_than", False)),
    **dict.fromkeys(("at most", "up to", "no more than", "not more than", "a maximum of", "最大で", "最大",
                     "≤", "<="), ("at_most", False)),
    **dict.fromkeys(("less than", "fewer than", "under", "below", "just under", "just below", "<"),
                    ("less_than", False)),
    **dict.fromkeys(("exactly", "precisely", "ちょうど"), ("exactly", False)),
    # idioms of size (a linguistic reason: each glosses a bound or "about"): "north of $5 billion"
    # is more than it, "south of 3%" less; "shy of 50,000" and "getting on for 2 million" a little
    # below; "in the region of", "on the order of" about
    **dict.fromkeys(("north of", "upward of"), ("more_than", False)),
    **dict.fromkeys(("south of",), ("less_than", False)),
    **dict.fromkeys(("shy of", "getting on for"), ("less_than", True)),
    **dict.fromkeys(("in the region of", "on the order of", "in the neighbourhood of",
                     "in the neighborhood of"), _ABOUT),
}
_SUFFIX_WORDS: dict[str, tuple[str, bool]] = {
    **dict.fromkeys(("以上", "or more", "or above", "or higher", "or greater", "and above", "and up"),
                    ("at_least", False)),
    **dict.fromkeys(("超え", "超える", "超えた", "超", "を超える", "を超えた", "を超え", "を超す",
                     "を超した", "を突破した", "を突破する", "を突破", "を上回る", "を上回った", "を上回り",
                     "plus", "-plus", "+"), ("more_than", False)),
    **dict.fromkeys(("余り", "あまり", "強"), ("more_than", True)),
    **dict.fromkeys(("以下", "以内", "まで", "or less", "or fewer", "or below", "or lower"),
                    ("at_most", False)),
    **dict.fromkeys(("未満", "を下回る", "を下回った", "を下回り", "足らず", "に満たない",
                     # 「2万人を割り込んだ」「1000円割れ」「3%を切った」: fell below (a linguistic reason)
                     "を割り込んだ", "を割り込み", "を割り込む", "を割った", "を割り", "を割る", "割れ",
                     "を切った", "を切り", "を切る"),
                    ("less_than", False)),
    **dict.fromkeys(("弱",), ("less_than", True)),
    # 「16兆円規模」: 規模 (on the scale of) gives an order of size, not an exact figure, as "on the
    # order of" does (blind jp-household intervention_16 was read as exactly 16兆円)
    **dict.fromkeys(("程度", "前後", "ほど", "くらい", "ぐらい", "近く", "規模", "or so", "or thereabouts"),
                    _ABOUT),
    # "$3 billion and change": a little above the figure; "50-odd countries" at least 50 (and
    # under 60: claims.numbers._bands)
    **dict.fromkeys(("and change",), ("more_than", True)),
    **dict.fromkeys(("-odd",), ("at_least", False)),
    **dict.fromkeys(("に達した", "に達する", "に達し", "に到達した", "に到達", "に上る", "に上った",
                     "にのぼる", "にのぼった", "にとどまる", "にとどまった", "にとどまり", "に留まる",
                     "に留まった", "に留まり"), _APPROX),
}


def _words_regex(words: list[str]) -> str:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        part = re.escape(w)
        if w[0].isascii() and w[0].isalpha():
            part = r"(?<![A-Za-z])" + part
        if w[-1].isascii() and w[-1].isalpha():
            part += r"(?![A-Za-z])"
        parts.append(part)
    return "|".join(parts)


#: Japanese counters of things the grammar gives no unit (houses, households, schools, shops …):
#: read only to reach a comparator after them (「100万戸近く」, blind jp-akiya tokyo100, million_5y).
_OTHER_COUNTER_JA = re.compile(
    r"(?:戸|軒|世帯|棟|校|店舗|店|施設|団体|自治体|病院|品目|種類|頭|隻|票|議席|例)"
)
OTHER_COUNTER_JA = _OTHER_COUNTER_JA
# A verb of raising before "up to" ("pushed interest rates up to 6%", "the cap went up to £3,549",
# "raised it up to"): "up" is the verb's particle and "to N" where the value got, not the bound "up to
# N" (at most N; a linguistic reason: the bound follows no verb of motion upward). Its object (up to
# four words) may stand between the verb and "up".
_RAISED_BEFORE = re.compile(
    r"(?i)\b(?:push|pushe[sd]|pushing|put|puts|putting|raise[sd]?|raising|drive|drives|drove|driven|"
    r"driving|go|goes|going|went|gone|move[sd]?|moving|rise[sn]?|rising|rose|climb(?:s|ed|ing)?|"
    r"jump(?:s|ed|ing)?|hike[sd]?|hiking|lift(?:s|ed|ing)?|shot|shoot(?:s|ing)?|soar(?:s|ed|ing)?|"
    r"edge[sd]?|edging|tick(?:s|ed|ing)?|ramp(?:s|ed|ing)?|bump(?:s|ed|ing)?|jack(?:s|ed|ing)?|"
    r"pump(?:s|ed|ing)?|sen[dt]|sending|bring(?:s|ing)?|brought)"
    r"(?:\s+[\w'’,.-]+){0,4}\s+$"
)


def raised_up_to(text: str, at: int) -> bool:
    """Whether the "up to" at ``at`` follows a verb of raising (:data:`_RAISED_BEFORE`): a
    destination ("pushed rates up to 6%"), not the bound "at most"."""
    return _RAISED_BEFORE.search(text, max(0, at - 40), at) is not None


_PREFIX_RE = re.compile(r"(?i:(" + _words_regex(list(_PREFIX_WORDS)) + r"))\s?$")
_SUFFIX_RE = re.compile(r"\s?(?i:(" + _words_regex(list(_SUFFIX_WORDS)) + r"))")
#: words of nearness that make a figure approximate (約, 程度, about, around ...) and words of tone
#: that assert it (に上った, にとどまった, reached, only ...: ``about`` but not approximate), as the
#: comparator tables above read them
ABOUT_WORDS = re.compile(r"(?i:" + _words_regex(
    [w for w, k in (*_PREFIX_WORDS.items(), *_SUFFIX_WORDS.items()) if k == _ABOUT]) + ")")
TONE_WORDS = re.compile(r"(?i:" + _words_regex(
    [w for w, k in (*_PREFIX_WORDS.items(), *_SUFFIX_WORDS.items()) if k == _APPROX]) + ")")


def comparator_before(s: str, start: int) -> tuple[int, str, bool] | None:
    """The comparator word right before a figure at ``start`` (約, およそ, 少なくとも, about ...):
    where it begins, its comparator and whether it makes the figure approximate; None when there
    is none. ``find_quantities`` reads these for figures in digits; the kanji numerals of
    ``claims.numbers`` (「約三割」) read them here."""
    pre = _PREFIX_RE.search(s, max(0, start - 26), start)
    if pre is None or pre[1] == "~" or pre[1].lower() == "up to":
        return None  # (a range mark or "up to": read where the figure's own grammar reads them)
    comparator, approx = _PREFIX_WORDS[pre[1].lower()]
    return pre.start(), comparator, approx


_NOT_AFTER_STRONG = frozenset("いくかさみ化力調点体めま")
_RANGE_RE = re.compile(r"\s?(?:-|~|to|から|ないし)\s?")
_RANGE_TO_PERCENT = re.compile(r"(?i)\s?(?:-|–|~|to)\s?\d[\d.,]*\s?(?:%|percent\b|per\s?cent\b)")
_SIGN_BEFORE = {"-": -1, "+": 1, "▲": -1, "△": -1}


def _ends_figure(s: str, at: int) -> bool:
    """Whether the character before ``s[at]`` (a sign or a dash) ends a word or a figure: a Latin
    letter, a digit, a percent sign glued to one ("3.50%-3.75%") or a Japanese scale word. A minus
    glued after a figure joins two figures as a range; a sign stands after a space, an opening
    mark or a Japanese word (「前年比-3.2%」) (a linguistic reason)."""
    before = s[at - 1]
    if not before.isascii():
        # 「前年比-3.2%」: a minus after a Japanese word is a sign; after a scale word it joins a
        # range (「10万-20万人」)
        return before in "万億兆千"
    return before.isalnum() or (before == "%" and at >= 2 and s[at - 2].isdigit())


#: a figure's end before a range mark: a digit, a scale word, a percent sign or 割, then at most three
#: letters of a unit or counter (「4割〜5割」「10万人〜20万人」「3ドル〜5ドル」: both ends carry the unit);
#: not a date's 年月日 (「2020年〜」)
_FIGURE_END = re.compile(r"(?:\d|[万億兆%割])[^\s\d~〜～、。,.年月日時]{0,3}$")


def _ends_figure_or_scale(s: str, at: int) -> bool:
    """Whether ``s[:at]`` ends a figure: a digit, a Japanese scale word, a percent sign or 割,
    with its unit or counter after it."""
    return _FIGURE_END.search(s, max(0, at - 4), at) is not None


def _numeric_candidates(s: str, spaced: bool = False) -> list[_Cand]:
    out: list[_Cand] = []
    for m in (_NUMBER_ONE_GROUP_RE if spaced else _NUMBER_RE).finditer(s):
        start, end = m.span("num")
        if start > 0 and s[start - 1] == "第":
            continue  # ordinal: 第3位
        if _NOT_AFTER.match(s, end):
            continue  # a date or a duration: 4月, 3年, 15日
        # currency and sign before the number: $67, US$109.1, -$5, ▲1,000, USD 67.22
        lead = start
        currency: str | None = None
        sign = 1
        if lead > 0 and s[lead - 1] in _SIGN_BEFORE and (lead < 2 or not _ends_figure(s, lead - 1)):
            sign, lead = _SIGN_BEFORE[s[lead - 1]], lead - 1
        elif (minus := _MINUS_WORD_RE.search(s, max(0, lead - 6), lead)) is not None:
            sign, lead = -1, minus.start()  # 「マイナス14.1%」, "minus 3.2%": the sign in words
        cur = _CUR_PREFIX_RE.search(s, max(0, lead - 6), lead)
        if cur:
            sym = (cur["sym"] or cur["iso"] or cur["letter"] or "").replace(" ", "")
            local = sym.casefold().rstrip(".")
            currency = (_LETTER_CURRENCY.get(sym) or _LOCAL_PREFIX.get(local) or _ALIASES.get(sym.casefold())
                        or _canonical_unit(sym))
            if cur["iso"] and local not in _LOCAL_PREFIX and sym not in CURRENCIES and sym != "RMB":
                cur, currency = None, None  # three capitals that are no currency code: a name
        if cur:
            lead = cur.start()
            if lead > 0 and s[lead - 1] in _SIGN_BEFORE and (lead < 2 or not _ends_figure(s, lead - 1)):
                sign, lead = _SIGN_BEFORE[s[lead - 1]], lead - 1
        if currency is None and start > 0 and s[start - 1].isascii() and s[start - 1].isalpha():
            continue  # glued to a word that is no currency: a name
        number = _read_number(s, start, end, money=currency is not None)
        if cur is not None and cur["letter"] and not number.scaled and "," not in s[start:number.end]:
            continue  # P2, N95: a name, not a sum (P17,460,000,000,000 is grouped: a sum)
        pos = number.end
        unit_found = _read_unit(s, pos)
        unit = currency
        if currency is None and (bp := _BASIS_POINTS_RE.match(s, pos)) is not None:
            number, unit_found = replace(number, value=number.value / 100), ("pt", bp.end())
        cents = _CENTS_RE.match(s, pos) if currency is None and not number.scaled else None
        if cents:
            # 10 cents, 10¢: a hundredth of a dollar
            number, unit_found = replace(number, value=number.value / 100), ("USD", cents.end())
        elif unit_found is None and currency is None and (counted := _count_after(s, pos)) is not None:
            if not number.scaled and _name_numeral(
                s, start, pos, _LATIN_WORD_BEFORE.search(s, max(0, lead - 30), lead), counted
            ):
                continue  # "Switch 2 launches", "Unit 4 restarts": a name's number, no count
            unit_found = ("count", counted)  # 256,000 jobs, 12 stores, 20,000 direct ... jobs
        if unit_found and currency and unit_found[0] in _METRIC_SYMBOLS:
            unit_found = None  # "$5 t": a sum is no mass
        if unit_found:
            unit, pos = (unit_found[0] if not currency or is_currency(unit_found[0]) else currency,
                         unit_found[1])
        if pos < len(s) and _GLUED_LETTER.match(s, pos) and s[pos - 1] not in " ":
            continue  # 5G, 3D, 1st, H100-like glued names
        word = _LATIN_WORD_BEFORE.search(s, max(0, lead - 30), lead)
        if word and word[1].lower() in _LABEL_WORDS and not (number.scaled or currency):
            continue  # Round 1, Phase 3, Level 4: a label
        if not (unit or number.scaled or currency) and _name_numeral(s, start, pos, None, None):
            continue  # スイッチ2, モデル3: a katakana name's number
        if not (unit or number.scaled) and word and word[1].lower() not in _NUMBER_LEADS and not (
            word[1].islower() and word[1].endswith("ed")  # a verb's past: "created 540,000 new jobs"
        ) and not _RANGE_TO_PERCENT.match(s, pos):
            # ("make renewables 40-50%": the first end of a range of percentages is no name's number)
            continue  # PLaMo 2.2, ABCI 3.0, tsuzumi 2
        out.append(_Cand(lead, pos, number.value * sign, unit, number.scaled))
    return out


def _word_candidates(s: str) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _FRACTION_JA_RE.finditer(s):
        d = _decimal(m["d"])
        if d:
            out.append(_Cand(m.start(), m.end(), _decimal(m["n"]) / d, "x", False))
    for m in _FRACTION_SLASH_RE.finditer(s):
        num, den = int(m["n"]), int(m["d"])
        if den >= 2 and 0 < num < den:
            out.append(_Cand(m.start(), m.end(), _D(num) / _D(den), "x", False))
    for m in _WARI_RE.finditer(s):
        value = _decimal(m["a"]) * 10 + (_D(m["b"]) if m["b"] else _D(0))
        out.append(_Cand(m.start(), m.end(), value, "%", False))
    for m in _HALF_JA_RE.finditer(s):
        out.append(_Cand(m.start(), m.end(), _D("0.5"), "x", False))
    for m in _FRACTION_EN_RE.finditer(s):
        num = _WORD_NUMBERS[m["n"].lower()]
        den = _ORDINAL_DENOMINATORS[m["d"].lower()]
        if num >= den and m["d"].lower().endswith("s"):
            continue  # "over the last four quarters", "two halves": parts counted, no fraction (>= 1)
        out.append(_Cand(m.start(), m.end(), _D(num) / _D(den), "x", False))
    for m in _HALF_EN_RE.finditer(s):
        if HALF_OF_TIME.search(s, max(0, m.start() - 8), m.start()) or _HALF_YEAR.match(s, m.end()):
            continue  # "the first half", "half-year", "half a year": time, not a ratio
        out.append(_Cand(m.start(), m.end(), _D("0.5"), "x", False))
    for m in _MULTIPLE_EN_RE.finditer(s):
        if ONCE_BUT_EN.search(s, max(0, m.start() - 16), m.start()):
            continue  # "not once but twice": how many times a thing happened, no multiple
        out.append(_Cand(m.start(), m.end(), _D(_MULTIPLE_WORDS[m["w"].lower()]), "x", False))
    for m in _TIMES_EN_RE.finditer(s):
        if ONCE_BUT_EN.search(s, max(0, m.start() - 16), m.start()):
            continue
        # "two and a half times" is 2.5 x, not a half
        half = _D("0.5") if m["half"] else _D(0)
        out.append(_Cand(m.start(), m.end(), _D(_WORD_NUMBERS[m["n"].lower()]) + half, "x", False))
    # before the scale words: "two million three hundred thousand people" is one number, whose
    # first words the counted noun would follow as well
    for m in _COMPOUND_EN_RE.finditer(s):
        words, start = re.findall(r"[a-z]+", m[0].lower()), m.start()
        said = _compound_value(words)
        if said is None and words[0] in ("a", "an") and len(words) > 2:
            # "a twenty-five percent rise": the article is no number
            words, start = words[1:], m.start() + len(words[0]) + 1
            said = _compound_value(words)
        if said is None:
            continue
        pos = m.end()
        unit_found = _read_unit(s, pos)
        if unit_found is None and (counted := _count_after(s, pos)) is not None:
            unit_found = ("count", counted)
        scaled = words[-1] in _NUMBER_SCALES_EN
        if unit_found is None and not scaled:
            continue  # "two thousand and twenty": a year or a label, no amount said
        unit, pos = unit_found if unit_found is not None else (None, pos)
        out.append(_Cand(start, pos, _D(said), unit, scaled))
    # before the spelled-out counts: "two million people" is 2,000,000, not two
    for m in _WORD_SCALE_EN_RE.finditer(s):
        word = m["n"].lower()
        number = _D("0.5") if word.startswith("half") else _D(_WORD_NUMBERS[word])
        pos = m.end()
        unit_found = _read_unit(s, pos)
        if unit_found is None and (counted := _count_after(s, pos)) is not None:
            unit_found = ("count", counted)
        unit = None
        if unit_found is not None:
            unit, pos = unit_found
        scale = _D(12) if m["w"].lower() == "dozen" else _EN_SCALE[m["w"].lower()]
        out.append(_Cand(m.start(), pos, number * scale, unit, True))
    for m in _WORD_COUNT_EN_RE.finditer(s):
        end = _count_after(s, m.end(), max_words=3)
        if end is not None:
            out.append(_Cand(m.start(), end, _D(_WORD_NUMBERS[m["n"].lower()]), "count", False))
    for m in _KANJI_TIMES_RE.finditer(s):
        out.append(_Cand(m.start(), m.end(), _D(_KANJI_DIGITS[m["k"]]), "x", False))
    for m in _WORD_LENGTH_EN_RE.finditer(s):
        word = m["n"].lower()
        number = _D(1 if word in ("a", "an") else _WORD_NUMBERS[word])
        out.append(_Cand(m.start(), m.end(), number, None, False))
    taken = {c.start for c in out}
    sized = [m for m in _WORD_LENGTH_SIZE_EN_RE.finditer(s)]
    sized += [m for m in _WORD_LENGTH_AFTER_CHANGE_EN_RE.finditer(s)
              if _CHANGE_BEFORE_LENGTH_EN.search(s, max(0, m.start() - 40), m.start())]
    for m in sized:
        if m.start() in taken or (m["n"].lower() in ("a", "an") and m.end() - m.start() <= 2):
            continue  # "lost a year" reads one only as "a full year" (「a」 alone is an article)
        taken.add(m.start())
        word = m["n"].lower()
        number = _D(1 if word in ("a", "an") else _WORD_NUMBERS[word])
        out.append(_Cand(m.start(), m.end(), number, None, False))
    for m in _WORD_POINTS_EN_RE.finditer(s):
        if not (m["pp"] or m["sep"] == "-" or _POINTS_AFTER.search(s, max(0, m.start() - 24), m.start())):
            continue
        if _OF_A_POINT.search(s, max(0, m.start() - 4), m.start()):
            continue  # "0.2 of a percentage point": the unit of the number before it
        word = " ".join(m["n"].lower().split())
        number = (
            _D("0.5") if "half" in word else _D("0.75") if word.startswith("three") else _D("0.25")
            if "quarter" in word else _D(_WORD_NUMBERS[word])
        )
        out.append(_Cand(m.start(), m.end(), number, "pt", False))
    return out


def _with_comparators(s: str, c: _Cand) -> _Cand:
    """Widen a candidate over the comparator words around it."""
    start, end = c.start, c.end
    comparators: list[tuple[str, bool]] = []
    pre = _PREFIX_RE.search(s, max(0, start - 26), start)
    if pre and pre[1] == "~" and pre.start() > 0 and _ends_figure_or_scale(s, pre.start()):
        pre = None  # 7~13倍, 80億~100億ドル, 3%~4% are ranges, not "about 13"
    if pre and pre[1].lower() == "up to" and raised_up_to(s, pre.start()):
        pre = None  # "pushed interest rates up to 6%", "went up to 6%": up is the verb's, to 6% where it got
    if pre:
        comparators.append(_PREFIX_WORDS[pre[1].lower()])
        start = pre.start()
    post = _SUFFIX_RE.match(s, end)
    if post is None and c.unit is None and (counter := _OTHER_COUNTER_JA.match(s, end)) is not None:
        # 「100万戸近く」「500校以上」「20軒余り」: a counter the grammar keeps no unit for stands
        # between the figure and its comparator, which is the figure's all the same
        post = _SUFFIX_RE.match(s, counter.end())
    if post and post[1] in "強弱" and s[post.end():post.end() + 1] in _NOT_AFTER_STRONG:
        post = None  # 7倍強い (stronger), 強化: not "a little over"
    if post:
        comparators.append(_SUFFIX_WORDS[post[1].lower()])
        end = post.end()
    if not comparators:
        return c
    approx = any(a for _, a in comparators)
    directional = [k for k, _ in reversed(comparators) if k != "about"]
    comparator = directional[0] if directional else comparators[0][0]
    return replace(c, start=start, end=end, approx=approx, comparator=comparator)


def _propagate_ranges(s: str, cands: list[_Cand]) -> list[_Cand]:
    """``7 to 13 times``, ``1~2兆円``: the first number takes the unit and scale of the second."""
    out = list(cands)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if is_currency(a.unit) and not a.scaled and b.unit in (None, a.unit) and b.scaled:
            # "$8-10 billion", "$8-$10 billion": a currency before the first figure and a scale
            # after the second belong to both ends
            if _RANGE_RE.fullmatch(s, a.end, b.start):
                out[i] = replace(a, value=a.value * _scale_of(s, b), scaled=True)
                out[i + 1] = replace(b, unit=a.unit)
            continue
        if a.unit or a.scaled or (b.unit is None and not b.scaled):
            continue
        gap = _RANGE_RE.fullmatch(s, a.end, b.start)
        if not gap:
            continue
        value = a.value
        if b.scaled and not a.scaled:
            value *= _scale_of(s, b)
        if _WARI_RE.fullmatch(s, b.start, b.end):
            value *= 10  # 「4〜5割」: tenths as the second end, 40 % and 50 % (not 4 %)
        out[i] = replace(a, value=value, unit=b.unit, scaled=b.scaled)
    return out


def _scale_of(s: str, c: _Cand) -> Decimal:
    """The factor of the scale word written in a candidate (1 when none is)."""
    m = _JA_SCALE_RE.search(s, c.start, c.end) or _EN_SCALE_RE.search(s, c.start, c.end)
    if m is None:
        return _D(1)
    word = m.group(1) if m.re is _JA_SCALE_RE else (m["w"] or m["k"] or m["u"])
    return _ja_scale(word) if m.re is _JA_SCALE_RE else _EN_SCALE[_en_scale_key(word)]


_RATE_EQUALS = re.compile(r"\s?(?:[=＝:：]|あたり|当たり|につき)?\s?")
_RATE_PER = re.compile(
    r"\s?(?:/|(?<=\s)(?i:per|a|to\s+the|to\s+one|to\s+each|against\s+the)\s)\s?(?:1\s?)?"
)


def _rates(s: str, cands: list[_Cand]) -> list[_Cand]:
    """Exchange rates (contract 1.1 ``UNIT/UNIT``): ``1ドル=145円``, ``$1 = ¥145``, ``1ドルあたり145円``
    -> 145 JPY/USD, one quantity (never an amount of 1 USD); ``145円/ドル``, "145 yen per dollar",
    "145 yen to the dollar" -> 145 JPY/USD. Only between two currencies: "1,000円 per person" stays
    an amount of yen."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (
            b is not None
            and a.value == 1
            and is_currency(a.unit)
            and is_currency(b.unit)
            and a.unit != b.unit
            and _RATE_EQUALS.fullmatch(s, a.end, b.start)
        ):
            out.append(replace(b, start=a.start, unit=f"{b.unit}/{a.unit}"))
            i += 2
            continue
        if is_currency(a.unit) and (per := _RATE_PER.match(s, a.end)):
            after = _read_unit(s, per.end())
            sym = _CUR_PREFIX_RE.search(s[per.end() : per.end() + 4] + " ")
            bottom = after[0] if after else None
            end = after[1] if after else per.end()
            if bottom is None and sym is not None and sym.start() == 0:
                bottom = _ALIASES.get((sym["sym"] or sym["iso"] or "").strip().replace(" ", "").casefold())
                end = per.end() + len(sym.group(0).rstrip())
            if bottom and is_currency(bottom) and bottom != a.unit and not (b is not None and b.start < end):
                out.append(replace(a, end=end, unit=f"{a.unit}/{bottom}"))
                i += 1
                continue
        out.append(a)
        i += 1
    return out


def _find(s: str, mask_periods: bool,
          period_spans: list[tuple[int, int]] | None = None, spaced: bool = False) -> list[QuantityMatch]:
    cands = _numeric_candidates(s, spaced) + _word_candidates(s)
    if not cands:
        return []
    taken = bytearray(len(s))
    if mask_periods:
        # Any year works for masking: only the spans of year-less dates (15 April, 4月) matter.
        if period_spans is None:
            period_spans = [(p.start, p.end) for p in find_periods(s, default_year=2000)]
        for start, end in period_spans:
            taken[start:end] = b"\x01" * (end - start)
    for m in _DIGIT_COUNT_RE.finditer(s):
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())  # 「2桁」, "double-digit": no value
    cands.sort(key=lambda c: (c.start - c.end, c.start))
    chosen: list[_Cand] = []
    for c in cands:
        if any(taken[c.start:c.end]):
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    chosen = _rates(s, _propagate_ranges(s, chosen))
    for c in chosen:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    out: list[QuantityMatch] = []
    for c in chosen:
        wide = _with_comparators(s, c)
        if any(taken[wide.start:c.start]) or any(taken[c.end:wide.end]):
            wide = c  # comparator words may not reach into another match or a period
        text = s[wide.start:wide.end]
        q = Quantity(_float(wide.value), wide.unit, wide.approx, text)
        out.append(QuantityMatch(q, wide.start, wide.end, text, wide.comparator))
    return out


def find_quantities(text: str, period_spans: list[tuple[int, int]] | None = None) -> list[QuantityMatch]:
    """All quantities in ``text`` (Japanese or English), left to right, without overlaps.

    Spans index ``normalize(text)``. Years and dates that ``find_periods`` finds are never
    returned as quantities, nor are model versions (``GPT-4.1``, ``PLaMo 2.2``). See the module
    docstring for the units, the fractions and the comparator words. A caller that has already
    run ``find_periods(text, default_year=...)`` (with a year) may pass its spans, to save a
    second reading.
    """
    shown = _SPACED_SHOWN.get()
    if period_spans is None and len(text) <= 2000:
        # an event's title is read again for every claim that may speak of the event: keep the
        # answers for short texts (the list is the caller's to change)
        return list(_quantities_of(text, shown))
    spaced = shown or shows_spaced_thousands(text)
    return _find(normalize(text), mask_periods=True, period_spans=period_spans, spaced=spaced)


@lru_cache(maxsize=8192)
def _quantities_of(text: str, shown: bool) -> tuple[QuantityMatch, ...]:
    return tuple(_find(normalize(text), mask_periods=True, spaced=shown or shows_spaced_thousands(text)))


_RANK_EN_RE = re.compile(
    r"(?i)\b(?:ranked|ranks|ranking|placed|came|finished|stood|was|is)\s+(?:the\s+|at\s+|in\s+)?"
    r"(?P<n>" + "|".join(ORDINAL_WORDS) + r"|\d{1,3}(?:st|nd|rd|th))"
    r"(?:\s+(?:place|position|spot))?(?:\s+(?:of|out of|among)\s+(?P<of>\d{1,3}))?\b"
)
_RANK_JA_RE = re.compile(r"(?:第\s?)?(?P<n>\d{1,3})\s?位(?:\s?[/／]\s?(?P<of>\d{1,3}))?")


def word_number(text: str) -> int | None:
    """The value of a number written as digits or as an English word ("13", "1,205", "thirteen",
    "Eight"); None for anything else."""
    word = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", word):
        return int(word.replace(",", ""))
    return _WORD_NUMBERS.get(word) if word not in ("a", "an") else None


def find_ranks(text: str) -> list[QuantityMatch]:
    """Places stated in ``text`` (contract 1.1 ``rank``: 1 = first), left to right: 「3位」, 「第3位」,
    "ranked third", "came 4th", "finished 12th of 15", "was third". Each is a quantity in unit
    ``rank``; spans index ``normalize(text)``."""
    s = normalize(text)
    out: list[QuantityMatch] = []
    for m in [*_RANK_JA_RE.finditer(s), *_RANK_EN_RE.finditer(s)]:
        word = m["n"].lower()
        place = ordinal_number(word) or 0
        if place < 1 or (m["of"] and int(m["of"]) < place):
            continue
        start = m.start("n") if m.re is _RANK_EN_RE else m.start()
        q = Quantity(float(place), "rank", False, s[start:m.end()])
        out.append(QuantityMatch(q, start, m.end(), s[start:m.end()], None))
    out.sort(key=lambda q: q.start)
    return out


# --- conversion and display ---------------------------------------------------------------


def _rate(fx: dict[str, dict[int, float]], unit: str, year: int) -> tuple[float, int] | None:
    if unit == "USD":
        return 1.0, year
    table = fx.get(unit)
    if not table:
        return None
    if year in table:
        return table[year], year
    nearest = min(table, key=lambda y: (abs(y - year), y))
    return table[nearest], nearest


def convert(
    q: Quantity, unit: str, fx: dict[str, dict[int, float]], year: int, lang: str = "en"
) -> tuple[float, str] | None:
    """Convert ``q`` to ``unit`` through USD with ``fx`` (units per 1 USD, by year).

    Returns (value, note), e.g. (10666666666.67, "1.6兆 JPY = 10.67 bn USD at 150.0 JPY/USD (2026)");
    with ``lang="ja"`` the note is Japanese and names where the rate comes from:
    "1.6兆円 = 106.7億ドル（1ドル=150円で換算。為替レートはパックの fx、2026年）".
    A missing year uses the nearest year in the table (the earlier one on a tie) and the note
    says so. The same unit returns the value unchanged with an empty note. None when there is
    no path (a unit is not a currency, or a currency is missing from ``fx``).
    """
    if q.unit == unit:
        return q.value, ""
    if q.unit is None or not is_currency(q.unit) or not is_currency(unit):
        return None
    src = _rate(fx, q.unit, year)
    dst = _rate(fx, unit, year)
    if src is None or dst is None:
        return None
    value = q.value / src[0] * dst[0]
    used_rates = [(r, u) for (r, _), u in ((src, q.unit), (dst, unit)) if u != "USD"]
    used = sorted({y for (_, y), u in ((src, q.unit), (dst, unit)) if u != "USD"})
    if lang == "ja":
        rates_ja = "、".join(format_quantity(r, f"{u}/USD", "ja") for r, u in used_rates)
        when_ja = "、".join(f"{y}年" if y == year else f"{y}年（{year}年に最も近い年）" for y in used)
        note = (f"{format_quantity(q.value, q.unit, 'ja')} = {format_quantity(value, unit, 'ja')}"
                f"（{rates_ja}で換算。為替レートはパックの fx、{when_ja}）")
        return value, note
    rates = [f"{r} {u}/USD" for r, u in used_rates]
    when = ", ".join(str(y) if y == year else f"{y}, nearest to {year}" for y in used)
    note = (f"{_short(q.value, q.unit)} {q.unit} = {_short(value, unit)} {unit} "
            f"at {' and '.join(rates)} ({when})")
    return value, note


def _digits(x: float) -> str:
    """A readable number: four significant digits (never cutting the integer part), commas."""
    ax = abs(x)
    if ax >= 1 or ax == 0:
        decimals = max(0, 4 - len(str(int(ax))))
        text = f"{ax:,.{decimals}f}"
    else:
        text = f"{ax:.3g}"
        if "e" in text:
            text = f"{ax:.10f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return ("-" if x < 0 and text != "0" else "") + text


def _ja_number(x: float) -> str:
    ax = abs(x)
    for scale, word in ((1e12, "兆"), (1e8, "億"), (1e4, "万")):
        if ax >= scale:
            return _digits(x / scale) + word
    return _digits(x)


def _en_number(x: float) -> str:
    ax = abs(x)
    for scale, word in ((1e12, " trn"), (1e9, " bn"), (1e6, " mn")):
        if ax >= scale:
            return _digits(x / scale) + word
    return _digits(x)


def _short(value: float, unit: str | None) -> str:
    return _ja_number(value) if unit == "JPY" else _en_number(value)


_JA_CURRENCY = {"JPY": "円", "USD": "ドル", "EUR": "ユーロ", "CNY": "元", "KRW": "ウォン", "INR": "ルピー",
                "GBP": "ポンド"}


def format_quantity(value: float, unit: str | None, lang: str) -> str:
    """A value for people: ja ``1.6兆円``, ``6,315億円``, ``70.7%``, ``7倍``; en ``JPY 1.6 trn``,
    ``USD 67.22 bn``, ``70.7 %``, ``7x``. Counts show the number alone. An exchange rate reads
    ja ``1ドル=145円``, en ``145 JPY/USD``; percentage points ja ``5ポイント``, en ``5 pp``."""
    if unit == "rank" and float(value).is_integer() and value >= 1:
        # a place (contract 1.1 rank): 11位, 11th
        place = int(value)
        if lang == "ja":
            return f"{place}位"
        suffix = "th" if 10 <= place % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")
        return f"{place}{suffix}"
    if is_rate(unit) and unit is not None:
        top, bottom = unit.split("/")
        if lang == "ja" and top in _JA_CURRENCY and bottom in _JA_CURRENCY:
            return f"1{_JA_CURRENCY[bottom]}={_digits(value)}{_JA_CURRENCY[top]}"
        return f"{_digits(value)} {unit}"
    if lang == "ja":
        number = _ja_number(value)
        if unit is None or unit == "count":
            return number
        if unit in _JA_CURRENCY:
            return number + _JA_CURRENCY[unit]
        if is_currency(unit):
            return f"{number} {unit}"
        return number + {"%": "%", "x": "倍", "pt": "ポイント", "rank": "位"}.get(unit, unit)
    number = _en_number(value)
    if unit is None or unit == "count":
        return number
    if is_currency(unit):
        return f"{unit} {number}"
    if unit == "x":
        return f"{number}x" if " " not in number else f"{number} x"
    return f"{number} {unit}"


def _sig_round(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def plain_number(x: float) -> str:
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def format_ratio(ratio: float, lang: str) -> str:
    """A subject/frontier ratio as people state it: 約1/100, 約75%, 約2.1倍 (about 1/100 ...).

    Small ratios read as "one N-th", rounded to one significant digit when that is within 5 %
    of the exact N (98.9 -> 100, 35 -> 35).
    """
    pre = "約" if lang == "ja" else "about "
    if ratio <= 0 or math.isnan(ratio):
        return "-"
    if ratio < 0.2:
        n = 1 / ratio
        one = _sig_round(n, 1)
        n_shown = one if abs(one - n) / n <= 0.05 else _sig_round(n, 2)
        return f"{pre}1/{plain_number(n_shown)}"
    if ratio <= 1.0:
        return f"{pre}{round(ratio * 100):d}%"
    if lang == "ja":
        return f"{pre}{plain_number(_sig_round(ratio, 2))}倍"
    return f"{pre}{plain_number(_sig_round(ratio, 2))}x"


def stated_step(x: float) -> float:
    """The place value of the last non-zero digit a number is written to: 2.08 -> 0.01,
    540,000 -> 10,000, 129万4千 -> 1,000 (trailing zeros of a whole number are read as rounding)."""
    try:
        d = Decimal(f"{abs(x):.12g}").normalize()
    except InvalidOperation:
        return 0.0
    exponent = d.as_tuple().exponent
    return float(Decimal(1).scaleb(exponent)) if isinstance(exponent, int) else 0.0
