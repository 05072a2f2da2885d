"""Dimensions (docs/verdict-rules.md §4.14): a claimed figure settles a check only against
evidence of a compatible dimension.

A count (世帯, people, jobs), a share of a whole, a percentage, a growth rate, a money amount, a
rank, a rate per unit (USD/gal, per 100,000), a multiple ("three times", 2倍), percentage points
and a length of time are different things; a figure of one is never evidence for or against a
figure of another, whatever the numbers (4万7317世帯 is not 2.87 %; "cut rates three times" is no
multiple of a 3.5 % rate). The claimed figure's dimension is read from its unit, and for a bare
Japanese number from the counter or unit word written right after it (「4万7317世帯」「950校」
「5キロ」「21万トン」: a linguistic reason, a Japanese count takes a counter word, 助数詞; English
count nouns are the quantity grammar's already); the evidence's from the measure's ``unit`` and
``kind`` (contract 1.1). :func:`comparable` is the one test every place where a claimed value
meets an evidence value asks; an unknown dimension on either side never blocks (the units decide,
as before).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from shingi.normalize.quantities import is_currency, is_rate
from shingi.pipeline.claims.numbers import is_time_unit, said_per
from shingi.pipeline.claims.statement import ClaimedNumber, Statement

if TYPE_CHECKING:
    from shingi.pipeline.checks.common import _Ctx

COUNT = "count"  # a number of things (counted or measured in a word of their own)
MONEY = "money"
PERCENT = "percent"  # a percentage that may be a level, a rate or a change
SHARE = "share"  # a part of a whole: "a quarter of", 「全体の3分の1」, "46% of the"
GROWTH = "growth"  # a percent change against a base
POINTS = "points"
MULTIPLE = "multiple"  # so many times another value: 倍, times, doubled, 半減
RATIO = "ratio"  # a measure kept as a multiple (unit x: "12 times earnings")
RANK = "rank"
RATE = "rate"  # one thing per another: USD/gal, count/100k, one officer for every 422
TIME = "time"
AREA = "area"  # ha, km2, m2 (the units of a physical quantity, each compatible with itself only)
MASS = "mass"  # t, kt, Mt, kg
ENERGY = "energy"  # Wh at any SI scale, kcal
POWER = "power"  # W at any SI scale
VOLUME = "volume"  # kl, l, bbl, m3

#: The physical quantity a measuring unit is of, by its symbol (``normalize.quantities`` reads the
#: spelled-out names, 「ヘクタール」 "hectares", "kilos", 「キロカロリー」, into these): a figure in one is
#: no count and no figure of another (a linguistic reason: a unit of measure says what is measured;
#: "5 million hectares" is no number of fires)
_PHYSICAL = (
    (AREA, re.compile(r"ha|km2|m2")),
    (MASS, re.compile(r"[kMG]?t|kg")),
    (ENERGY, re.compile(r"[kMGT]?Wh|kcal")),
    (POWER, re.compile(r"[kMGT]?W")),
    (VOLUME, re.compile(r"k?l|bbl|m3")),
)


def physical_dimension(unit: str | None) -> str | None:
    """The physical quantity (area, mass, energy, power, volume) a unit symbol measures, else None."""
    u = (unit or "").strip()
    return next((dim for dim, rx in _PHYSICAL if rx.fullmatch(u)), None)


#: What a claimed figure of each dimension may be compared with.
_COMPATIBLE: dict[str, frozenset[str]] = {
    COUNT: frozenset({COUNT}),
    MONEY: frozenset({MONEY}),
    PERCENT: frozenset({PERCENT, SHARE, GROWTH, RATIO}),
    SHARE: frozenset({PERCENT, SHARE, RATIO}),
    POINTS: frozenset({POINTS}),
    MULTIPLE: frozenset({RATIO, MULTIPLE}),
    RANK: frozenset({RANK}),
    RATE: frozenset({RATE}),
    TIME: frozenset({TIME}),
}

#: Words that make a figure so many times another: 2倍, three times, fivefold, doubled, 半減.
_MULTIPLE_WORDS = re.compile(
    r"倍|半減|(?i:\btimes\b|fold\b|\b(?:doubl|tripl|quadrupl|halv)(?:e|ed|es|ing)\b)"
)
#: A Japanese counter or unit word written right after a bare number (「4万7317世帯」「950校」
#: 「9つ」「5キロ」「21万トン」): the figure counts or measures that thing. Not the words after a
#: number that date, order or grade it (年, 月, 日, 時, 度, 代, 期, 号, 次, 目, 番, 条, 等, 級,
#: 歳 …), which say nothing of a dimension here.
_JA_WORD_AFTER = re.compile(r"\s?(?P<w>[\u4e00-\u9fff\u30a0-\u30ffつ]{1,4})")
_JA_NOT_A_COUNTER = frozenset("年月日時分秒週度代期号次目番条等級歳位倍割円点回超強弱余近対")
#: Words of a bound or an approximation after a number (「150未満」「3以上」「10前後」「5程度」)
_JA_BOUND_WORDS = frozenset({"未満", "以上", "以下", "以内", "前後", "程度", "近く"})
#: a figure written with its verb of comparison (「1を下回る」「2を超える」)
_ENDS_IN_KANA = re.compile(r"[\u3041-\u3096]$")
#: A part of a whole: "… of" after the figure, 「…の」 before it (「全体の2.87%」「新車の9割」).
_OF_AFTER = re.compile(r"\s+of\b")
_OCCUPIES_JA = re.compile(r"\s*(?:を|が)?占め")
_WHOLE_BEFORE_JA = re.compile(r"(?:全体|総数|総額|合計)の$")
#: 「1970年の7分の1にまで減った」: a fraction a change ended at is a multiple of the earlier value
_CHANGED_TO_JA = re.compile(r"\s*(?:に|へ)(?:まで)?\s*(?:減|落|下が|縮|低下|増|伸|上が|膨|拡大|上昇)")
_CHANGE_AFTER_JA = re.compile(
    r"\s*(?:(?:の|も|ほど|程度)\s*)?(?:増|減|上昇|低下|伸び|拡大|縮小|アップ|ダウン)"
)


#: after a fraction of an earlier level: "of where it was in", "of its 2019 level"
_OF_A_LEVEL_AFTER_EN = re.compile(
    r"(?i)\s+of\s+(?:(?:where|what)\s+(?:it|they)\s+(?:was|were|stood)\b|(?:its|their|the)\s+\d{4}\s+levels?\b)"
)
#: 「半分近くまで戻った」「約3分の2に減った」: a fraction a change reached (after it: a bound word, まで / に)
_LEVEL_CHANGED_TO_JA = re.compile(
    r"\s?(?:近く|程度|ほど|強|弱|余り)?\s?(?:まで|に|へ)(?:まで)?\s?"
    r"(?:減|落|下が|縮|低下|増|伸|上が|膨|拡大|上昇|戻|回復|持ち直|とどま|留ま)"
)


def claimed_dimension(st: Statement, n: ClaimedNumber) -> str | None:
    """The dimension of a claimed figure (None: not known)."""
    unit = n.unit
    if n.role == "rate":
        return RATE
    if unit is None:
        return _word_after(st, n)
    if is_currency(unit):
        return MONEY
    if unit == "count":
        return COUNT
    if unit == "rank":
        return RANK
    if unit == "pt":
        return POINTS
    if "/" in unit:
        return RATE
    if is_time_unit(unit):
        return TIME
    if unit == "x":
        if n.role == "percent_more" or _MULTIPLE_WORDS.search(n.text) or _CHANGED_TO_JA.match(_after(st, n)):
            return MULTIPLE
        if any(p.role == "since" for p in st.periods) and (
            _OF_A_LEVEL_AFTER_EN.match(_after(st, n)) or _LEVEL_CHANGED_TO_JA.match(_after(st, n))
        ):
            # "two-thirds of where it was in 2019", 「震災前の半分近くまで戻った」: a fraction of an earlier
            # level, a multiple of it (periods.FRACTION_OF_A_LEVEL_EN / _JA), no part of a whole
            return MULTIPLE
        return SHARE if _part_of_whole(st, n) else PERCENT
    if unit == "%":
        return SHARE if _part_of_whole(st, n) else PERCENT
    return physical_dimension(unit)


def measure_dimension(unit: str | None, kind: str | None = None) -> str | None:
    """The dimension of an evidence value from its measure's unit and kind (None: not known)."""
    if kind == "rank" or unit == "rank":
        return RANK
    if not unit:
        return COUNT if kind == "count" else None
    if is_currency(unit):
        return MONEY
    if is_rate(unit) or "/" in unit:
        return RATE
    if is_time_unit(unit):
        return TIME
    if unit == "%":
        return {"share": SHARE, "growth": GROWTH}.get(kind or "", PERCENT)
    if unit == "pt":
        return POINTS
    if unit == "x":
        return RATIO
    if (physical := physical_dimension(unit)) is not None:
        return physical
    if unit == "count" or kind == "count":
        return COUNT
    if kind == "ratio":
        return RATE  # "births per woman": one thing per another
    return None


def comparable(
    st: Statement, n: ClaimedNumber, unit: str | None, kind: str | None = None, written: str | None = None
) -> bool:
    """Whether the claimed figure ``n`` may settle a check against a value of a measure of ``unit``
    and ``kind``, or a figure of an event's title ``written`` so ("a quarter point", "3倍"): False
    only when both dimensions are known and differ (§4.14)."""
    mine = claimed_dimension(st, n)
    theirs = measure_dimension(unit, kind)
    if n.unit is None and theirs == SHARE and not 0 <= n.quantity.value <= 100:
        return False  # a share of a whole lies between 0 and 100 %: "numbered 47,317" is a count
    if unit == "x" and written is not None:
        theirs = MULTIPLE if _MULTIPLE_WORDS.search(written) else PERCENT  # a multiple, or a fraction
    if mine is None or theirs is None:
        return True
    if theirs == RATE and said_per_unit(st, n, unit):
        return True
    return theirs in _COMPATIBLE.get(mine, frozenset({mine}))


def said_per_unit(st: Statement, n: ClaimedNumber, unit: str | None) -> bool:
    """Whether the count or amount ``n`` is the amount of a rate ``unit`` (``A/B``) said per its
    unit in words: "1.2 children per woman", 「1人当たりGDPは3万3800ドル」, 「338人/km2」 against
    children/woman, USD/person, persons/km2 (a linguistic reason: a figure said "per" something in
    its clause is an amount of a rate; what it is per need not be spelled as the pack's unit) —
    the figure is of the rate's numerator's dimension and the clause says per."""
    if not unit or "/" not in unit or n.role == "rate" or (n.unit is not None and "/" in n.unit):
        return False
    if n.unit is None and claimed_dimension(st, n) != COUNT:
        return False  # a bare number is of a rate only when its counter says what it counts (「114頭」)
    at = n.start - st.start
    if at < 0 or claimed_dimension(st, n) != _numerator(unit):
        return False
    return said_per(st.span, at, n.end - st.start)


def _numerator(unit: str) -> str | None:
    """The dimension of what a rate ``A/B`` counts: ``A``'s as a measure's unit (money, a length
    of time, a percentage, a mass, an area …), else a count of the things ``A`` names (children,
    persons, 人)."""
    top = unit.split("/", 1)[0].strip()
    return (measure_dimension(top) or COUNT) if top else None


def _after(st: Statement, n: ClaimedNumber) -> str:
    at = n.end - st.start
    return st.span[at:] if 0 <= at <= len(st.span) else ""


def _before(st: Statement, n: ClaimedNumber) -> str:
    at = n.start - st.start
    return st.span[:at] if 0 <= at <= len(st.span) else ""


def _word_after(st: Statement, n: ClaimedNumber) -> str | None:
    """COUNT when a bare number is followed by a counter or unit word of its own. Not after a
    figure that ends in a verb of comparison (「1を下回る唯一の国」: a counter follows its numeral,
    the noun after a verb is the clause's)."""
    if _ENDS_IN_KANA.search(n.text):
        return None
    after = _after(st, n)
    m = _JA_WORD_AFTER.match(after)
    if m is None or m.group("w")[0] in _JA_NOT_A_COUNTER or m.group("w")[:2] in _JA_BOUND_WORDS:
        return None
    return COUNT


def _part_of_whole(st: Statement, n: ClaimedNumber) -> bool:
    """A percentage or fraction said of a whole: "about a quarter of new employment", "46% of
    the", 「…の3分の1」, 「全体の2.87%」, 「…の9割を占める」. A percentage after any other 「…の」 may be
    the owner's level (「2023年の2.9%」), and one followed by a change word is a change (「前年の5%増」)."""
    after, before = _after(st, n), _before(st, n)
    if _OF_AFTER.match(after) or _OCCUPIES_JA.match(after):
        return True
    if _CHANGE_AFTER_JA.match(after) or _CHANGED_TO_JA.match(after) or not before.endswith("の"):
        return False
    return n.unit == "x" or bool(_WHOLE_BEFORE_JA.search(before))


#: How a reason names each dimension (ja, en).
_NAMES: dict[str, tuple[str, str]] = {
    COUNT: ("数量（件数・人数など）", "a count"),
    MONEY: ("金額", "an amount of money"),
    PERCENT: ("百分率", "a percentage"),
    SHARE: ("全体に占める割合", "a share of a whole"),
    GROWTH: ("伸び率", "a rate of growth"),
    POINTS: ("ポイント差", "a difference in points"),
    MULTIPLE: ("倍数", "a multiple"),
    RATIO: ("比率（倍）", "a ratio"),
    RANK: ("順位", "a rank"),
    RATE: ("単位あたりの率", "a rate per unit"),
    TIME: ("期間", "a length of time"),
    AREA: ("面積", "an area"),
    MASS: ("重さ", "a mass"),
    ENERGY: ("エネルギー量", "an amount of energy"),
    POWER: ("出力", "a power"),
    VOLUME: ("体積", "a volume"),
}


def mismatch_reason(ctx: _Ctx) -> str | None:
    """Why a statement whose figures are all of another dimension than the values the pack holds
    of its measure is not settled (「4万7317世帯」 against a share): None when some figure is
    comparable, or the statement names no measure the pack observes for its entities."""
    st, pack = ctx.st, ctx.pack
    figures = [n for n in st.numbers if claimed_dimension(st, n) is not None]
    if not figures:
        return None
    for mid in st.metrics[:4]:
        metric = pack.metrics.get(mid)
        if metric is None or not any(ctx.ev.series.get((e, mid)) for e in st.entities):
            continue
        theirs = measure_dimension(metric.unit, metric.kind)
        if theirs is None or any(comparable(st, n, metric.unit, metric.kind) for n in st.numbers):
            return None
        n = figures[0]
        mine = claimed_dimension(st, n)
        assert mine is not None
        return ctx.t(
            f"「{n.text}」は{_NAMES[mine][0]}だが、パックの「{ctx.mname(mid)}」は{_NAMES[theirs][0]}:"
            " 次元の異なる数値は比べられない。",
            f"'{n.text}' is {_NAMES[mine][1]}, but the pack's '{ctx.mname(mid)}' is {_NAMES[theirs][1]}: "
            "figures of different dimensions are not compared.",
        )
    return None
