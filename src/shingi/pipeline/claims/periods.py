"""The periods of a claim beyond the shared period grammar (``shingi.normalize.periods``):
windows that run to the claim's "now" ("since 2012", 2012年以来, "in the last 18 months",
この10年), periods counted from now (今年, "last year"), periods named by their step from
another (翌年, "a year earlier"), periods that date a source or name a thing rather than say
when something happened ("a 2017 survey", "the 2030 target"), ranges of periods, and
comparisons with the period before (「前年を下回った」, 「3年連続」).

Pure functions of text (and of the claim's "now" where they take it) and compiled patterns;
``_Parser._find_periods`` applies them with the pack's fiscal year and the actors' terms.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from shingi.model import JAPANESE_FISCAL_YEAR, FiscalYear, Period
from shingi.normalize.periods import (
    MONTH_NUMBERS,
    MONTH_WORD,
    period_of_fiscal_year,
    period_of_half,
    period_of_month,
    period_of_quarter,
    period_of_year,
    shift,
)
from shingi.normalize.quantities import word_number
from shingi.pipeline.claims.statement import ClaimedPeriod

#: What joins the two ends of a range of periods: "February and September 2010", "Feb. to Sept.",
#: "2月から9月", "February-September 2010".
_RANGE_JOIN = re.compile(r"(?i)\.?\s*(?:and|to|through|thru|until|till|-|–|—|~|から|より|〜)\s*")

#: A clause that is only a period and "again" / "also" / "too" ("and again in 2025", "and in 2023 as
#: well"): the previous statement said of that period (the period itself is blanked).
_AGAIN_WORDS = frozenset({"again", "also", "too", "well"})
_AGAIN_FILLER = frozenset({"and", "but", "as", "in", "during", "for", "over", "the", "then"})


#: A period named only by its step from an earlier one: the year or month after, the same, the one before.
_RELATIVE_PERIOD = re.compile(
    r"(?:翌|同)年(?!の?[0-9０-９]+月)|(?:翌|同)月"
    # 「前年から横ばい」「前月より増えた」「前年は最大の引き下げ幅だった」: the period before (not 前年比
    # / 前年同期, which name a kind of rate, nor 前年度)
    r"|前(?:年|月)(?=から|より|に比べ|と比べ|は|も|の|に)(?!の?[0-9０-９]+月)"
    r"|(?i:the (?:following|next|same) (?:year|month)|a (?:year|month) later|that (?:same )?(?:year|month)"
    r"|the (?:previous|preceding) (?:year|month)|the (?:year|month) before(?! \w)"
    r"|a (?:year|month) (?:earlier|before))"
    # 「10年前の3倍以上に膨らんだ」, "three times the level of ten years earlier": the year that
    # many years before the period the claim is about (not before now: that is 「10年前に比べ」
    # with no year named, left alone)
    r"|(?P<back>[0-9０-９]{1,2}|十|二十)年前(?=の|から|より|に比べ|と比べ)"
    r"|(?i:(?P<back_en>\d{1,2}|two|three|four|five|ten|twenty) years (?:earlier|before)(?! than)"
    r"|a decade (?:earlier|before)(?! than))"
)

#: The same part of the year before: 「前年同期の46%から」「前年同月」, "the same quarter a year
#: earlier", "the same month last year" (not 前年同期比, a kind of rate): the earlier period with
#: the year one less and its precision kept (a quarter stays a quarter), when a figure is given
#: with it
_SAME_PART_YEAR_BEFORE = re.compile(
    r"前年(?:の)?同(?:期|月|四半期|時期)(?!比)"
    r"|(?i:the same (?:quarter|month|period|week) (?:a year (?:earlier|before|ago)|(?:of )?last year"
    r"|of the (?:previous|preceding) year|the year before))"
)


_PARTS_OF_A_YEAR = frozenset({"quarter", "month", "half", "day"})
_A_YEAR_BACK = re.compile(r"a year (?:earlier|before)")


def _year_before(p: Period) -> Period:
    """The period one year before ``p``, with its precision (2025-Q4 -> 2024-Q4)."""

    def back(d: date) -> date:
        return d.replace(year=d.year - 1, day=min(d.day, 28 if d.month == 2 else d.day))

    end = back(p.end)
    if p.end.month == 2 and p.end.day >= 28:
        end = date(end.year, 3, 1) - timedelta(days=1)  # the end of February, leap or not
    year = str(p.start.year)
    return Period(back(p.start), end, p.precision, p.text.replace(year, str(p.start.year - 1), 1))


_SINCE_EN = re.compile(
    r"(?i)(?:\b(?:since|ever since)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?(?:the\s+)?"
    r"|\btimes\s+(?:its|their|the|what it was)\s+(?:level\s+|value\s+|figure\s+|size\s+)?(?:in\s+|of\s+)?)$"
)
#: "since the Fed started cutting rates in September 2024", "since Labor came to power in May 2022":
#: the period dates the act that opens the window (a linguistic reason: "since" governs the clause
#: and its date; blind us-inflation f-doubled-since-cuts compared April with September 2024)
_SINCE_AN_ACT_EN = re.compile(
    r"(?i)\bsince\s+(?:[\w'’.&-]+\s+){0,4}?(?:[a-z]+ed|began|took|came|won|went|became|rose|fell)\b"
    r"(?:\s+[\w'’.&-]+){0,4}?\s+(?:in|on)\s+$"
)
#: "twice as much … as they did in 2018", "three times as high as in 2019": the "as … as" of a
#: multiple set against the subject's own earlier time is the base of a ratio to now, as "twice its
#: 2018 level" is (a linguistic reason: the second "as" takes the comparand, here a time). The one
#: who did it then is a pronoun or a noun the clause has said already ("shoppers now pay … twice as
#: much … as shoppers did in 2018": the same subject, ``_multiple_of_a_time``), not another
_MULTIPLE_OF_A_TIME_EN = re.compile(
    r"(?i)\b(?:twice|half|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+as\b"
    r"[^.;:]{0,80}?\bas\s+(?:(?P<who>[a-z]+)\s+(?:was|were|did|had|stood)\s+)?in\s+(?:the\s+)?$"
)
_PRONOUN_THEN_EN = frozenset({"it", "they", "we", "he", "she"})


def _multiple_of_a_time(text: str, at: int) -> bool:
    """Whether the text before ``at`` (a period's start) ends in the "as … as" of a multiple set
    against its subject's own earlier time (``_MULTIPLE_OF_A_TIME_EN``)."""
    m = _MULTIPLE_OF_A_TIME_EN.search(text, max(0, at - 120), at)
    if m is None:
        return False
    who = (m.group("who") or "").lower()
    if not who or who in _PRONOUN_THEN_EN:
        return True
    return re.search(rf"(?i)\b{who}\b", text[max(0, at - 200) : m.start("who")]) is not None
#: "since peaking at 26,081 in 2017", "since it peaked in 2019": the peak dates the start of the
#: window the rest of the clause runs over ("fallen every year since"), as a finite act after
#: "since" does (a linguistic reason: a gerund clause after "since" dates the same act)
_SINCE_THE_PEAK_EN = re.compile(
    r"(?i)\bsince\s+(?:(?:it|they)\s+)?peak(?:ed|ing)(?:\s+at\s+[^\s.;]+(?:\s+[a-z%]+)?)?\s+in\s+$"
)
#: 「2023年の8.7%をピークに毎年下がり続けている」「2019年をピークに減少」: the peak year starts the run that
#: follows (a linguistic reason: 「…をピークに」 says "from that peak on", the year's value the run's
#: first, as 以来 / "since" does; not 以降, which takes its year's own step in)
_PEAK_START_JA = re.compile(r"(?:年|年度)?(?:の[^、。をがは]{0,12}?)?をピーク(?:に|として)")
#: 「2020年の落ち込みから毎年増え続け」「2009年の底から」, "since the pandemic low of 2020", "since its
#: 2009 trough": a low dated by its year starts the run that follows, its value the first (a
#: linguistic reason: the low is where the rise began, as a peak is where a fall began; blind round
#: 16 jp-labour-market emp-rising-since-2020, round 26b jp-box-office grew_every_year_en)
_LOW_START_JA = re.compile(r"(?:年|年度)?の(?:落ち込み|底|ボトム|谷|どん底|最低水準)から")
_SINCE_THE_LOW_EN = re.compile(
    r"(?i)\b(?:since|from)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:low|trough|bottom|nadir)\s+(?:of|in)\s+$"
)
#: 2012年以来 / 2012年以降 (since 2012); 2012年の9倍 (nine times its 2012 level: a base to now)
_SINCE_JA = re.compile(r"^(?:年|年度)?(?:以来|以降|来|の(?:約|およそ)?[0-9.]+倍)")


#: Entities that hold an office or govern: the actors of "on his watch", "under this government".
_ACTOR_KINDS = frozenset({"person", "government", "organization"})


#: A fraction or a percentage of the level at an earlier period, the base of a ratio to now (a
#: linguistic reason, as "nine times its 2012 level": the level then is what now is set against):
#: "two-thirds of where it was in 2019" (before the pandemic: 2019), "65% of its 2019 level", 「震災前の
#: 半分近くまで戻った」「2019年の約3分の2に減った」 (の, the fraction and a change verb after it: a bare
#: 「2014年の約7割」 may be a part of 2014's whole). A percentage only after 水準 (「2019年の水準の65%」):
#: 「2023年の5%に上昇した」 is the level 5 % reached in 2023, as "rose to 5% in 2023" (a measure kept in
#: percent says its level so), not 5 % of 2023's level
FRACTION_OF_A_LEVEL_EN = re.compile(
    r"(?i)(?:%|\bpercent|\bper\s?cent|\bhalf|\bthirds?|\bquarters?|\bfifths?|\btenths?)\s+of\s+"
    r"(?:(?:where|what)\s+(?:it|they)\s+(?:was|were|stood)\s+(?:in\s+)?|(?P<own>its|their|the)\s+)$"
)
_LEVEL_AFTER_EN = re.compile(r"(?i)\s*(?:levels?|values?|figures?|peaks?|highs?)\b")
FRACTION_OF_A_LEVEL_JA = re.compile(
    r"(?:年|年度)?(?:の\s?(?:約|およそ|ほぼ)?\s?(?:半分|[0-9]+\s?分の\s?[0-9]+|[0-9.]+\s?割)"
    r"|の水準の\s?(?:約|およそ|ほぼ)?\s?(?:半分|[0-9]+\s?分の\s?[0-9]+|[0-9.]+\s?割|[0-9.]+\s?[%％]))"
    r"\s?(?:近く|程度|ほど|強|弱|余り)?\s?(?:まで|に|へ)(?:まで)?\s?"
    r"(?:減|落|下が|縮|低下|増|伸|上が|膨|拡大|上昇|戻|回復|持ち直|とどま|留ま)"
)


def _opens_a_window(text: str, p: ClaimedPeriod) -> bool:
    """A period that starts a window running to the claim's "now": "since 2012", "2012年以来",
    "2012年以降" (not "from 2012 to 2020": a "from" with an end is two periods); the base of a
    fraction of its level ("two-thirds of where it was in 2019", ``FRACTION_OF_A_LEVEL_EN``)."""
    before = text[max(0, p.start - 30) : p.start]
    fraction = FRACTION_OF_A_LEVEL_EN.search(before)
    return bool(
        _SINCE_EN.search(before)
        or _SINCE_JA.match(text[p.end : p.end + 4])
        or _PEAK_START_JA.match(text, p.end)
        or _LOW_START_JA.match(text, p.end)
        or _SINCE_THE_LOW_EN.search(text[max(0, p.start - 60) : p.start])
        or _SINCE_THE_PEAK_EN.search(text[max(0, p.start - 60) : p.start])
        or _SINCE_AN_ACT_EN.search(text[max(0, p.start - 90) : p.start])
        or _multiple_of_a_time(text, p.start)
        or (fraction is not None and (not fraction.group("own") or _LEVEL_AFTER_EN.match(text, p.end)))
        or FRACTION_OF_A_LEVEL_JA.match(text, p.end)
    )


def _from_without_end(text: str, p: ClaimedPeriod, found: list[ClaimedPeriod]) -> bool:
    """「平成18年度から8万3千円増えた」: a Japanese period followed by から with no later period in its
    sentence (no まで / にかけて end) starts a window that runs to the claim's "now", as 以来 does
    (a linguistic reason: から marks the start; with no end the end is the time of speaking)."""
    if not _FROM_JA.match(text, p.end):
        return False
    stop = _SENTENCE_END_JA.search(text, p.end)
    end = stop.start() if stop else len(text)
    return not any(p.end <= q.start < end for q in found)


#: から after a period, or after its end or start (「4月末から」「年初から」)
_FROM_JA = re.compile(r"(?:年|年度)?(?:末|初め|初|頭)?から(?!の)")
_SENTENCE_END_JA = re.compile(r"[。！？!?]")


_SOURCE_AFTER_JA = re.compile(
    r"^(?:年|年度)?\s*(?:の|に(?:行われた|実施された|公表された|発表された|まとめた))\s*"
    r"(?:[\u4e00-\u9fff\u30a0-\u30ff]{0,4}?)(?:調査|統計|報告書?|白書|資料|データ|集計|推計|まとめ)"
)
_SOURCE_AFTER_EN = re.compile(
    r"(?i)^\s+(?:[A-Za-z-]+\s+)?(?:survey|report|study|census|data|statistics|white paper|audit|review)\b"
)


_THING_BEFORE_EN = re.compile(r"(?i)\b(?:its|their|his|her|our|the|a|an)\s+$|'s\s+$")
_VALUE_HEADS_EN = (
    r"(?:levels?|values?|figures?|peaks?|highs?|lows?|totals?|rates?|size|amounts?|numbers?|counts?"
    r"|averages?|marks?|records?|results?|data|estimates?|season|quarter|half)\b"
)
_THING_AFTER_EN = re.compile(
    r"\s+(?!(?:and|or|to|through|until|in|on|at|by|for|from|of|was|is|were|are)\b"
    # "its 2023 level", "the 2019 peak": the measure's value at that time, a period after all; so
    # with one word between ("its 2021 pandemic low", "the 2019 pre-crisis peak"), unless the head
    # word is a verb with its object after it ("the 2035 plan marks a shift", "the 2024 budget totals
    # ¥112 trillion": a thing's name and what it does; review)
    r"|" + _VALUE_HEADS_EN
    + r"|[a-z][\w-]*\s+" + _VALUE_HEADS_EN
    + r"(?!\s+(?:a|an|the|its|their|his|her|our|some|about|around|over|under|nearly|almost|more|less"
    r"|just|only|roughly)\b|\s*[\d¥$£€]))[a-z][\w-]*"
)


def _names_a_thing(text: str, p: ClaimedPeriod) -> bool:
    """A bare English year between a determiner or possessive and a lower-case word ("its 2035
    zero-emission rule", "the 2030 target"): a part of the thing's name, not when something
    happened."""
    if p.period.precision != "year" or not re.fullmatch(r"\d{4}", p.text.strip()):
        return False
    before = text[max(0, p.start - 8) : p.start]
    return bool(_THING_BEFORE_EN.search(before) and _THING_AFTER_EN.match(text, p.end))


def _dates_a_source(text: str, p: ClaimedPeriod) -> bool:
    """A period that dates the source of a figure, not the figure: 「厚生労働省の2017年の調査では」,
    "a 2017 survey found", "the 2017 report" (the figure may be of an earlier period)."""
    after = text[p.end : p.end + 16]
    if _SOURCE_AFTER_JA.match(after):
        return True
    before = text[max(0, p.start - 6) : p.start]
    return bool(re.search(r"(?i)\b(?:a|an|the|its|their)\s+$", before) and _SOURCE_AFTER_EN.match(after))


def _refines(part: Period, whole: Period) -> bool:
    """Whether ``part`` is a strictly smaller period inside ``whole`` (March 2024 in 2024)."""
    return whole.contains(part) and not part.contains(whole)


#: What joins the two ends of one range of years or months: "2005-2009", "2005 to 2009", 「2005〜2009年」
_YEAR_RANGE_JOIN = re.compile(r"(?i)\s*(?:-|–|~|〜|から|to|through)\s*")


def _versus_previous(span: str, cues: frozenset[str]) -> str | None:
    """"down" / "up": the clause compares its value with the period before (「前年を下回った」,
    「前年度より増えた」, "lower than a year earlier"); "pos" / "neg": it says the value turned
    positive / negative (「プラスに転じた」, "turned negative"). None otherwise."""
    turn = _TURNED.search(span)
    if turn:
        return "pos" if _POSITIVE_TURN.search(turn.group(0)) else "neg"
    state = side_state(span)
    if state and not cues & {"up", "down", "exceed", "trail"} and not _sized_side(span, cues):
        return state
    if not _PREVIOUS_PERIOD.search(span):
        return None
    if cues & {"exceed", "up"} and not cues & {"trail", "down"}:
        return "up"
    if cues & {"trail", "down"} and not cues & {"exceed", "up"}:
        return "down"
    return None


def _streak(span: str) -> int:
    """「3年連続」, "three years in a row", "3 consecutive years": how many periods in a row."""
    m = _STREAK.search(span)
    if not m:
        return 0
    n = m.group("n") or m.group("n2") or m.group("n3") or ""
    return word_number(n) or 0


#: the period before as what a value is compared with (a linguistic reason: 前年 is "the year
#: before"): 「前年を下回った」「前年度より増えた」「前月比で減った」, "lower than a year earlier"
_PREVIOUS_PERIOD = re.compile(
    # 「前の年」「前の年度」「前の月」: 前年 written as a phrase (a spelling; blind round 19b marr2024)
    r"(?:前年|前年度|前月|前期|前四半期|前年同(?:月|期|四半期)|前の(?:年度|年|月|四半期))"
    r"(?:の(?:水準|値|実績))?(?:を|より|と比べ|に比べ|比)"
    r"|(?i:\bthan\s+(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|month|quarter|period)"
    # "up more than 10% on / from the previous period": 前期より (blind jp-iryo premium-10pct)
    r"|\b(?:on|from|over)\s+the\s+(?:previous|prior|preceding)\s+period"
    r"|\bthan\s+(?:a\s+year|the\s+year)\s+(?:earlier|before)|\bthan\s+(?:it\s+was\s+)?a\s+year\s+ago)"
)
#: a value said to have turned positive or negative: 「プラスに転じた」, a balance's sign (「貿易赤字に
#: 転落した」「黒字に浮上」「赤字転落」, "swung into deficit", "slipped into the red", "returned to surplus")
_TURNED = re.compile(
    r"(?:プラス|マイナス|黒字|赤字)(?:に|へ)(?:転じ|転落|転換|陥っ|陥り|陥る|浮上|なっ)|(?:黒字|赤字)(?:転換|転落|化し)"
    r"|(?i:\b(?:turned|became)\s+(?:positive|negative)"
    r"|\b(?:turned|went|swung|slipped|fell|plunged|tipped|sank|moved|returned|swung\s+back|went\s+back)\s+"
    # "returned to a goods trade surplus": the balance's name may stand before the side word
    r"(?:in)?to\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}?(?:deficit|surplus|the\s+red|the\s+black)\b)"
)
#: a balance said to stand on one side, with no figure: "ran a primary deficit in 2024", "has run
#: a trade deficit every year", "is in surplus", 「2022年からずっと赤字で」「黒字を確保した」 (not
#: 赤字幅, the deficit's size; not a turn, ``_TURNED``; not 黒字 closing a compound name before a
#: copula, 「…のは貿易黒字だ」, which names the balance rather than its state; before an act of
#: keeping it, 「財政黒字を計上」「貿易赤字が続く」, the compound is the side kept)
_SIDE_STATE = re.compile(
    r"(?<![\u30a0-\u30ff\u4e00-\u9fff])(?:黒字|赤字)(?!幅)(?:だっ|であ|で(?=、|,|。|$)"
    r"|となっ|となり|になっ|のまま|だ(?=。|$)|続き|が定着)"
    r"|(?:黒字|赤字)(?:が続|を(?:計上|記録|維持|確保|続け|出し|出す|出した))"
    r"|(?i:\b(?:ran|run|runs|running|posted|posts|recorded|records|had|logged|booked|kept|keeps|registered)"
    r"\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}?(?:deficits?|surplus(?:es)?)\b(?!\s+of\b)"
    r"|\b(?:is|are|was|were|been|be|remained|remains|stayed|stays|stood)\s+in\s+"
    r"(?:deficit|surplus|the\s+red|the\s+black)\b)"
)


#: a side's size compared or ranked: "a wider deficit", "its biggest trade deficit ever",
#: 「過去最大の赤字」「前年より大きな赤字」 (a superlative is also the cues ``sup_*``)
_SIZE_OF_SIDE = re.compile(
    r"(?i)\b(?:wider|larger|bigger|greater|smaller|narrower|deeper|widest|largest|biggest|greatest"
    r"|smallest|narrowest|deepest|record)\b|最大|最小|過去最|大きな|小さな|大きい|小さい"
)


def _sized_side(span: str, cues: frozenset[str]) -> bool:
    """Whether the clause compares or ranks the size of the side it names: then it says the
    balance's record or comparison (the largest deficit is the lowest balance), not its sign."""
    return any(c.startswith("sup_") for c in cues) or bool(_SIZE_OF_SIDE.search(span))


def side_state(span: str) -> str | None:
    """"in_neg" / "in_pos": the clause says a balance stood in deficit / in surplus (``_SIDE_STATE``)."""
    m = _SIDE_STATE.search(span)
    if m is None:
        return None
    return "in_pos" if _POSITIVE_TURN.search(m.group(0)) else "in_neg"


#: the positive side of a turn: プラス, 黒字, positive, surplus, the black
_POSITIVE_TURN = re.compile(r"(?i)プラス|黒字|positive|surplus|black")
_STREAK = re.compile(
    r"(?P<n>\d+)\s*(?:年|年度|か月|カ月|ヶ月)連続"
    r"|(?i:\b(?P<n2>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:consecutive|straight)\s+"
    r"(?:years?|months?)"
    r"|\b(?P<n3>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?)\s+in\s+a\s+row)"
)


#: A window that ends now: "in the last 18 months", "over the past decade", "the past two years",
#: この10年, 過去5年, ここ3年, 直近2年, この1年.
_WINDOW = re.compile(
    r"(?i:\b(?:in|over|during|for|within)?\s*(?:the\s+)?(?:last|past|previous)\s+"
    r"(?:(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+)?"
    r"(?P<u>years?|months?|decades?|quarters?)\b)"
    r"|(?:この|ここ|過去|直近)(?P<nj>\d{1,3})?(?P<uj>年間|年|か月|ヶ月|カ月)"
    # 「10年前と比べると」「5年前より」 with no year named in the claim: the window of that many years
    # to now, as この10年 (a year named dates the step back from it instead: _RELATIVE_PERIOD)
    # (not 「1年前と比べ」: a year-on-year change, checks.changes._YEAR_AGO)
    r"|(?<![\d.])(?P<nj8>[2-9]|\d{2})(?P<uj8>年|か月|ヶ月|カ月)前(?=と比べ|に比べ|と比較|より)"
    # "the highest in 25 years", "the first time in a decade", "the most in over three decades",
    # "the fastest pace in six quarters": a record over a window ("more than 30 years" is at least 30)
    # "the lowest in a quarter of a century", "the first time in half a century": 25, 50, 100 years
    r"|(?i:\bin\s+(?:(?:more\s+than|over|nearly|almost|about|around|at\s+least|some)\s+)?"
    r"(?P<ce>(?:a\s+)?quarter\s+of\s+a|half\s+a|a|one)\s+century\b)"
    r"|(?i:\bin\s+(?:(?:more\s+than|over|nearly|almost|about|around|at\s+least|some)\s+)?"
    r"(?:(?P<n3>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|(?:a|one)\s+hundred|a)\s+)?"
    r"(?P<u3>years?|months?|decades?|quarters?)\b)"
    # 「2年あまりぶりの低さ」「10年余りぶり」: a hedged window counts back its whole years (session 23)
    r"|(?P<nj4>\d{1,3})(?P<uj4>年|四半期)(?:余り|あまり|超|近く)?ぶり"
    # 「2年余りで最も低い」「10年で最高」: a window right before a superlative, as "the lowest in more
    # than two years" (a linguistic reason; blind uk-energy-price-cap april-2024-cut-ja)
    r"|(?P<nj5>\d{1,3})(?P<uj5>年|か月|ヶ月|カ月|四半期)(?:余り|あまり|超|以上)?(?:ぶり|の間)?で"
    r"(?=(?:の|は)?(?:最も|最高|最低|最大|最小|最多|最少|一番))"
    # 「四半世紀ぶり」「半世紀ぶりの高水準」: 25 and 50 years back
    r"|(?P<cj>四半|半|1|一)?(?P<uj6>世紀)ぶり"
    # "went from under 300 to more than 2,000 in a single year", "in just one year": a change over
    # one step of the series to now (with a period of its own, that period against the one before)
    r"|(?P<one>(?i:\b(?:in|within)\s+(?:the\s+space\s+of\s+)?(?:just\s+|only\s+)?"
    r"(?:a\s+single|one\s+single|just\s+one|only\s+one|just\s+a|only\s+a)\s+year\b))"
)
_CHANGED_BEFORE = re.compile(
    r"(?i)\b(?:has|have|had)\s+(?:\w+\s+)?(?:doubled|tripled|quadrupled|halved|risen|fallen|grown|increased"
    r"|decreased|declined|dropped|climbed|jumped|soared|plunged|shrunk|gone (?:up|down))\b[^.;,]{0,30}$"
)
#: "In 12 months, we removed over 270,000 …": a span fronted before the clause it dates, whose verb
#: tells a change in the past tense, is the window of that change to the claim's date (a linguistic
#: reason: a past-tense change over N months spoken now took the N months before now; "will double
#: in 10 years" is a plan's, and "in 12 months" after a verb is a plan's or a record's)
_FRONTED_WINDOW_OF_A_PAST_CHANGE = re.compile(
    r"(?i)\s*,\s*[^.;:,]{0,40}?\b(?:removed|cut|lost|shed|eliminated|slashed|added|created|gained|fell"
    r"|rose|grew|dropped|declined|increased|decreased|doubled|tripled|halved|shrank|climbed|jumped)\b"
)
#: A record word right before a window: "the highest in 25 years", "the first time in five years"
RECORD_BEFORE = re.compile(
    r"(?i)\b(?:highest|lowest|largest|biggest|smallest|most|fewest|best|worst|first time|record\w*"
    r"|fastest|slowest|weakest|strongest)(?:\s+(?:pace|level|rate|reading|growth"
    # "the best month in almost a year", "the worst year in a decade": a noun of the series' own
    # step names what is ranked, the window follows (a linguistic reason; blind round 21d jan-2025)
    r"|day|week|month|quarter|year|season|figure|total|result|showing|performance)"
    # "the best month for long-distance punctuality in nearly a year": what it is the best of
    r"(?:\s+(?:for|of)(?:\s+[\w'-]+){1,3})?)?"
    # "the fastest drop in wages in 20 years", "the biggest annual fall": the record is the change's
    r"(?:\s+(?:annual\s+|monthly\s+|quarterly\s+|yearly\s+)?(?:drop|fall|decline|rise|increase|gain|jump"
    r"|contraction|expansion)(?:\s+in\s+[\w'-]+(?:\s+[\w'-]+)?)?)?\s*$"
)

#: words of a period counted from the claim's date: this year, last year, 今年, 昨年度 ...
_FROM_NOW = re.compile(r"今年|本年|昨年|去年|来年|(?i:\b(?:this|last|next)\s+(?:fiscal\s+)?year\b)")


#: A window that names an average set against the claim's figure: 「過去10年平均の10倍」「過去5年の平均を
#:上回った」, "the past decade's average" — the average over that window is a reference value (a
#: noun that の / 's makes a level: a linguistic reason), not the window of a change to now (blind
#: round 15d ca-wildfires ja-ten-times-2023, ja-avg-2025). 「過去5年の平均で」 (on average over the
#: window) stays a window.
_AVERAGE_NAMED = re.compile(
    r"(?:間)?(?:の)?平均(?:値)?(?:の|を|より|と比べ|に比べ|並)|(?i:'s?\s+average\b)"
)


def _windows_to_now(text: str, found: list[ClaimedPeriod], now: Period | None) -> list[ClaimedPeriod]:
    """"in the last 18 months", "over the past decade", "this decade", この10年, 過去5年, 直近3年:
    a window that ends at the claim's "now"; it is given as the period it opens at (role
    ``since``), so a change runs from that period's value to the latest one at now."""
    if now is None:
        return []
    out: list[ClaimedPeriod] = []
    end = now.end
    for m in _WINDOW.finditer(text):
        if any(m.start() < p.end and p.start < m.end() for p in found):
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        if _AVERAGE_NAMED.match(text, m.end()):
            continue  # 「過去10年平均の10倍」, "the past decade's average": an average named, no window
        if m.group("nj8") and any(not p.inferred for p in found):
            continue  # 「2024年は10年前と比べ」: ten years before 2024 (_RELATIVE_PERIOD)
        if m.group("one") and any(not p.inferred for p in found):
            continue  # "in 2025 … in a single year": that year against the one before
        after_a_record = (
            RECORD_BEFORE.search(before) or _CHANGED_BEFORE.search(before)
            or (not before.strip() and _FRONTED_WINDOW_OF_A_PAST_CHANGE.match(text, m.end()))
        )
        if (m.group("u3") or m.group("ce")) and not after_a_record:
            # "in 10 years" is a window only after a record ("the highest in 25 years") or a change
            # ("has roughly doubled in five years"); "will double in 10 years" is a plan's
            continue
        if (
            re.search(r"(?i)previous\s+(?:year|month)\b", m.group(0))
            and any(p.end <= m.start() for p in found)
        ):
            continue  # "In 2023 … unchanged from the previous year": the year before 2023
        n_text = (
            m.group("n") or m.group("nj") or m.group("n3") or m.group("nj4") or m.group("nj5")
            or m.group("nj8") or ""
        )
        n = 1 if n_text.lower() in ("", "a") else word_number(re.sub(r"\s+", " ", n_text)) or 0
        written = (
            m.group("u") or m.group("uj") or m.group("u3") or m.group("uj4") or m.group("uj5")
            or m.group("uj8")
        )
        unit = (written or "year").lower()
        if m.group("ce") or m.group("uj6"):
            part = (m.group("ce") or m.group("cj") or "").lower()
            n = 25 if "quarter" in part or part == "四半" else 50 if "half" in part or part == "半" else 100
            unit = "year"
        monthly = unit.startswith(("month", "か月", "ヶ月", "カ月"))
        quarterly = unit.startswith(("quarter", "四半期"))
        per = 120 if unit.startswith("decade") else 3 if quarterly else 1 if monthly else 12
        months = n * per
        y, mo = divmod(end.year * 12 + end.month - 1 - months, 12)
        start = period_of_month(y, mo + 1) if months < 24 else period_of_year(y)
        out.append(ClaimedPeriod(start, m.group(0), m.start(), m.end(), inferred=True, role="since"))
    return out


def _relative_periods(text: str, found: list[ClaimedPeriod]) -> list[ClaimedPeriod]:
    """翌年 / 翌月 / "the following year" / "the next month" on their own: one step after the
    nearest earlier period of the claim, in years or months; 同年 / 同月 / "that year" / "the
    same month": that period's year or month; 前年から / 前月より / "the previous year" / "a year
    earlier": one step before it."""
    out: list[ClaimedPeriod] = []
    for m in _SAME_PART_YEAR_BEFORE.finditer(text):
        earlier = [p for p in found if p.end <= m.start()]
        # only the period of a figure given with it (「前年同期の46%から」, "from 46% in the same
        # quarter a year earlier"): 「前年同期を上回った」 is a comparison with the period before
        figure = re.match(r"の?(?:約|およそ)?[0-9０-９]", text[m.end() :]) or re.search(
            r"[0-9][^,.;、。]{0,12}$", text[max(0, m.start() - 20) : m.start()]
        )
        if earlier and figure and not any(m.start() < p.end and p.start < m.end() for p in found):
            period = _year_before(earlier[-1].period)
            out.append(ClaimedPeriod(period, m.group(0), m.start(), m.end(), inferred=True))
    for m in _RELATIVE_PERIOD.finditer(text):
        if any(m.start() < p.end and p.start < m.end() for p in out):
            continue
        if any(m.start() < p.end and p.start < m.end() for p in found):
            continue
        earlier = [p for p in found if p.end <= m.start()]
        if not earlier:
            continue
        base = earlier[-1].period
        word = m.group(0).lower()
        month = "月" in word or "month" in word
        step = (
            0 if ("同" in word or "same" in word or word.startswith("that"))
            else -1 if ("前" in word or re.search(r"previous|preceding|before|earlier", word))
            else 1
        )
        back = m.group("back") or m.group("back_en") or ("10" if "decade" in word else None)
        if back is not None:
            step = -({"十": 10, "二十": 20}.get(back) or word_number(back) or 0)
            if not step:
                continue
        if month and base.precision not in ("month", "day"):
            continue
        start = base.start
        if month:
            y, mo = divmod(start.year * 12 + start.month - 1 + step, 12)
            period = period_of_month(y, mo + 1)
        elif step == -1 and base.precision in _PARTS_OF_A_YEAR and _A_YEAR_BACK.match(word):
            # "in the December 2025 quarter compared with a year earlier": the same quarter one
            # year back, not the whole year (a linguistic reason: a point one year before)
            period = _year_before(base)
        else:
            period = period_of_year(start.year + step)
        out.append(ClaimedPeriod(period, m.group(0), m.start(), m.end(), inferred=True))
    return out


def _span_of_years(text: str, periods: tuple[ClaimedPeriod, ...]) -> tuple[ClaimedPeriod, ...]:
    """Two years written as one range ("in 2005-2009", "2005 to 2009", 「2005〜2009年」) in a
    statement of a level, not a change: one span, the years from the first to the second (a
    level "averaged about 8 percent in 2005-2009" is of the whole span; its value the span's
    latest figure, as for any period holding several)."""
    if len(periods) != 2:
        return periods
    a, b = sorted(periods, key=lambda p: p.start)
    precisions = {a.period.precision, b.period.precision}
    if len(precisions) != 1 or precisions - {"year", "month"} or a.period.end >= b.period.start:
        return periods
    if not _YEAR_RANGE_JOIN.fullmatch(text[a.end : b.start]):
        return periods
    span = Period(a.period.start, b.period.end, a.period.precision, f"{a.period.text}/{b.period.text}")
    return (ClaimedPeriod(span, text[a.start : b.end], a.start, b.end, role=a.role),)


#: A run of months that ends at a month: "the 12 months to August 2023", "the year to March 2024",
#: "the twelve months ended June", "the three months to September"; 「2023年8月までの12か月間」,
#: 「2024年3月までの1年間」.
_TRAILING_EN = re.compile(
    r"(?i)\b(?:(?P<n>\d{1,2}|three|six|nine|twelve)[\s-]+months?(?:\s+period)?|(?P<y>year))"
    r"\s+(?:to|ended|ending|through|until|up\s+to)\s+(?:(?:the\s+)?end\s+of\s+)?$"
)
_TRAILING_JA = re.compile(
    r"(?:末)?まで(?:の|に|で)?\s*(?:直近)?(?:(?P<n>\d{1,2}|三|六|九|十二)\s?(?:か月|カ月|ヶ月|ケ月|箇月)間?"
    r"|(?P<y>1年間|一年間))"
)
_MONTH_WORDS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "三": 3, "六": 6, "九": 9, "十二": 12}


def trailing_window(text: str, p: ClaimedPeriod) -> ClaimedPeriod:
    """A month written as the end of a run of months ("the 12 months to August 2023", 「2024年3月
    までの1年間」) is that run, not the month alone (a linguistic reason: "to" / まで ends the run
    the length names). Three months to a quarter's end are the quarter, six to June or December
    the half; any other run keeps its month with the run's length (``run``), which the checks read
    (§4.4: a measure of the 12 months to its month, a year-on-year change or a rolling annual
    figure, is of the run; any other is not)."""
    if p.period.precision != "month" or p.role is not None:
        return p
    m = _TRAILING_EN.search(text[max(0, p.start - 40) : p.start])
    end = p.end
    if m is None:
        m = _TRAILING_JA.match(text, p.end)
        if m is None:
            return p
        end = m.end()
    count = 12 if m["y"] else int(_MONTH_WORDS.get(m["n"].lower(), 0) or m["n"])
    last = p.period.end
    if count <= 1:
        return p
    if count == 3 and last.month % 3 == 0:
        return ClaimedPeriod(period_of_quarter(last.year, last.month // 3), p.text, p.start, end, p.inferred)
    if count == 6 and last.month % 6 == 0:
        return ClaimedPeriod(period_of_half(last.year, last.month // 6), p.text, p.start, end, p.inferred)
    return ClaimedPeriod(p.period, p.text, p.start, end, p.inferred, run=count)


#: the year before, said of the period named before it: 前年, "the previous year", "a year earlier"
_YEAR_BACK_WORD = re.compile(
    r"前年|(?i:the (?:previous|preceding) year|the year before|a year (?:earlier|before))"
)


def year_before_a_run(periods: list[ClaimedPeriod]) -> list[ClaimedPeriod]:
    """「前年」, "a year earlier" after a run of twelve months ("the year to June 2025", 「2025年6月
    までの1年間」) is the run of twelve months a year before (the year to June 2024), not the calendar
    year before the run's last month (a linguistic reason: the year before a year is a year of the
    same kind; blind round17d uk ja-204k compared 649,000 of the year to June 2024 with calendar 2024)."""
    out = list(periods)
    for i, p in enumerate(out):
        if not p.inferred or p.run or p.role is not None or p.period.precision != "year":
            continue
        if not _YEAR_BACK_WORD.fullmatch(p.text.strip()):
            continue
        earlier = [q for q in out if q.end <= p.start and not q.inferred]
        run = earlier[-1] if earlier else None
        if run is None or run.run != 12 or run.period.precision != "month":
            continue
        if p.period != period_of_year(run.period.start.year - 1):
            continue
        out[i] = replace(p, period=_year_before(run.period), run=12)
    return out


def year_of_run(p: ClaimedPeriod, fiscal_year: FiscalYear | None) -> Period | None:
    """The year a run of twelve months is, when it is one: to December the calendar year, to the
    last month of the pack's fiscal year (Japan's by default) that fiscal year; else None."""
    last = p.period.end
    if p.run != 12:
        return None
    if last.month == 12:
        return period_of_year(last.year)
    return next(
        (fy for y in (last.year - 1, last.year) if (fy := period_of_fiscal_year(y, fiscal_year)).end == last),
        None,
    )


#: a quarter or month counted from the claim's date: "last quarter", "last month", 先月, 前四半期
#: (not "the last quarter of 2024", "in the last month" (a window) nor 前四半期比 / より, a base);
#: "this month", "this quarter", 今月, 今四半期 (the one the date falls in; not "this month's", a
#: possessive that may name a thing: "this month's figures" are of the month before)
_STEP_FROM_NOW = re.compile(
    r"(?i)(?<!\bthe\s)\blast\s+(?P<u>quarter|month)\b(?!\s+of\b)"
    r"|(?P<ja>先月|前四半期)(?!比|より|と比|に比|の水準)"
    r"|(?i:\bthis\s+(?P<this>quarter|month)\b(?!['’]s))"
    r"|(?P<this_ja>今月|今四半期)(?!比|より|と比|に比|の水準|末まで)"
)


#: a month or quarter counted from now that dates the release of a figure, not the figure: a
#: participle naming what was released, then the verb it is the subject of ("figures released this
#: month show…", "data published last month, showed…"), or a passive or attributive 発表 / 公表
#: (「今月発表された2月の輸出額」「先月公表の統計」). Not the act itself: "the bank this month announced…",
#: "announced this month that…", 「日銀は今月発表した」 are dated by the words (review session 26 F11).
_DATES_A_RELEASE_BEFORE = re.compile(
    r"(?i)\b(?:releas\w*|publish\w*|announc\w*|issued|reported|out|unveiled)\s+(?:(?:earlier|late|early)\s+)?$"
)
_THE_RELEASE_SHOWS = re.compile(
    r"(?i),?\s+(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals"
    r"|revealed|confirm|confirms|confirmed|put|puts|say|says|said)\b"
)
_DATES_A_RELEASE_AFTER = re.compile(r"(?:に|の)?(?:発表|公表|公開|刊行)(?:され|の)")


def steps_from_now(text: str, now: Period) -> list[ClaimedPeriod]:
    """「先月」, "last quarter": the calendar month or quarter before the one the claim's date
    falls in (a linguistic reason: the words count back one step from the time of speaking, as
    "last year" counts a year); 「今月」, "this month": the one it falls in, as 今年 is the year.
    The value may not be published yet at the claim's date; then the pack has none for it and the
    statement is left unknown, not checked on a neighbour. Words that date a publication
    ("released this month", 「今月発表された」) give no period of the figure."""
    out: list[ClaimedPeriod] = []
    day = now.end
    for m in _STEP_FROM_NOW.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if (
            _DATES_A_RELEASE_BEFORE.search(before) and _THE_RELEASE_SHOWS.match(text, m.end())
        ) or _DATES_A_RELEASE_AFTER.match(text, m.end()):
            # 「今月発表された2月の…」, "figures released this month show…": the words date the
            # release (a linguistic reason: the publication verb takes them), not the figure
            continue
        this = m.group("this") or m.group("this_ja")
        unit = (m.group("u") or this or m.group("ja") or "").lower()
        step = 0 if this else -1
        if unit in ("quarter", "前四半期", "今四半期"):
            q = (day.month - 1) // 3 + step  # 0-based, the quarter before when step is -1
            period = period_of_quarter(day.year, q + 1) if q >= 0 else period_of_quarter(day.year - 1, 4)
        else:
            back = day.year * 12 + day.month - 1 + step  # months counted from year 0
            period = period_of_month(back // 12, back % 12 + 1)
        out.append(ClaimedPeriod(period, m.group(0), m.start(), m.end()))
    return out


#: a month or quarter one year back from one the claim names: "this month last year", "the same
#: month a year earlier", "the same quarter of the previous year"; 「昨年の同じ月」「去年の同じ時期」
#: 「前年の同じ月」「昨年同月」 (前年同月 alone is left to the comparison with the period before)
_A_YEAR_BACK_OF = re.compile(
    r"(?i:\b(?P<this>this|the\s+same)\s+(?P<u>month|quarter)\s+(?:of\s+)?(?:last\s+year"
    r"|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before)\b)"
    r"|(?:昨年|去年)(?:の)?(?:同じ|同)(?P<uj>月|四半期|時期|期)|前年の同じ(?P<uj2>月|四半期|時期)"
)


def a_year_back_of(text: str, found: list[ClaimedPeriod]) -> list[ClaimedPeriod]:
    """「今月は昨年の同じ月を上回った」, "higher than this month last year": the month (or quarter)
    one year before the one the claim names — this month / 今月 inside the words, else the
    nearest month or quarter said before them — in place of the periods the words held
    ("this month" and "last year" apart had set the year's first month against this one; a
    linguistic reason: the words name one point a year back, of the same precision)."""
    out = list(found)
    for m in _A_YEAR_BACK_OF.finditer(text):
        unit = (m.group("u") or m.group("uj") or m.group("uj2") or "").lower()
        precisions = (
            ("quarter",) if unit in ("quarter", "四半期") else ("month",) if unit in ("month", "月")
            else ("month", "quarter")
        )
        inside = [p for p in out if m.start() < p.end and p.start < m.end()]
        if (m.group("this") or "").lower() == "this":
            base = [p for p in inside if p.start == m.start() and p.period.precision in precisions]
        else:
            base = [p for p in out if p.end <= m.start() and p.period.precision in precisions]
        if not base:
            continue
        period = _year_before(base[-1].period)
        out = [p for p in out if p not in inside]
        out.append(ClaimedPeriod(period, m.group(0), m.start(), m.end(), inferred=True))
    return out


#: the end of the year or fiscal year before, said alone: 「前年度末」「前年末」 (not a base: 前年度末より,
#: 前年度末比, 前年度末と比べ, 前年度末から)
_END_OF_THE_YEAR_BEFORE = re.compile(r"前年(?P<fy>度)?末(?!より|比|と比|に比|から|の水準)")


def end_of_the_year_before(
    text: str, found: list[ClaimedPeriod], now: Period, fiscal_year: FiscalYear | None
) -> list[ClaimedPeriod]:
    """「前年度末に4割を超えた」 with no earlier period in the claim: the end of the fiscal year (or
    with 前年末 the calendar year) before the one the claim's date falls in, as 昨年度末 / 昨年末 (a
    linguistic reason: 前 counts back from the nearest time said, and with none said that is the
    time of speaking; 末 makes it a point, not the base of a comparison, which より / 比 / から
    would mark). After a period of the claim 前年度末 is that period's year before
    (``_relative_periods``), not counted from now."""
    out: list[ClaimedPeriod] = []
    for m in _END_OF_THE_YEAR_BEFORE.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in found) or any(
            p.end <= m.start() and not p.inferred for p in found
        ):
            continue
        period = (
            fiscal_year_from_now("昨年度", now, fiscal_year) if m.group("fy")
            else period_of_year(now.end.year - 1)
        )
        if period is not None:
            out.append(ClaimedPeriod(period, m.group(0), m.start(), m.end()))
    return out


# --- fiscal years and spans the words define -------------------------------------------------

#: a word of a fiscal year counted from now: 今年度 / 本年度 / 昨年度 / 去年度 / 来年度, "this / last /
#: next fiscal year"
_FISCAL_FROM_NOW = re.compile(
    r"(?:今年|本年|昨年|去年|来年)\s?度|(?i:\b(?:this|last|next)\s+fiscal\s+year\b)"
)


def fiscal_year_from_now(word: str, now: Period, fiscal_year: FiscalYear | None) -> Period | None:
    """「昨年度」, "last fiscal year": the fiscal year before the one the claim's date falls in, in
    the pack's convention (contract 1.1); 今年度 / "this fiscal year" that one, 来年度 the next (a
    linguistic reason: the words count fiscal years from the time of speaking, not calendar years:
    "last fiscal year" said in June 2025 under India's April year named by its end is FY2025, April
    2024 to March 2025). None when ``word`` is no such word."""
    m = _FISCAL_FROM_NOW.search(word)
    if m is None:
        return None
    said = m.group(0).casefold()
    step = -1 if said.startswith(("昨", "去", "last")) else 1 if said.startswith(("来", "next")) else 0
    fy = fiscal_year or JAPANESE_FISCAL_YEAR
    day = now.end
    start_year = day.year if day.month >= fy.start_month else day.year - 1
    return period_of_fiscal_year(fy.named_year(start_year) + step, fy)


#: the months a year is said to run, in brackets right after it: 「2024年度（24年4月〜25年3月）」,
#: "FY2025 (April 2024-March 2025)", "fiscal 2024 (Apr. 2024 to Mar. 2025)"
_MONTHS_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:"
    r"(?:(?P<y1>\d{4}|\d{2})\s?年\s?)?(?P<m1>\d{1,2})\s?月\s?(?:~|-|–|から)\s?"
    r"(?:(?P<y2>\d{4}|\d{2})\s?年\s?)?(?P<m2>\d{1,2})\s?月(?:まで)?"
    rf"|(?P<n1>{MONTH_WORD})\s*(?P<e1>\d{{4}}|'\d{{2}})?\s*(?:-|–|to|through|until)\s*"
    rf"(?P<n2>{MONTH_WORD})\s*(?P<e2>\d{{4}}|'\d{{2}})?"
    r")\s*\)"
)


def _full_year(text: str | None) -> int | None:
    digits = (text or "").lstrip("'")
    return None if not digits else int(digits) if len(digits) == 4 else 2000 + int(digits)


def months_in_brackets(text: str, p: ClaimedPeriod, fiscal_year: FiscalYear | None) -> ClaimedPeriod:
    """A year or fiscal year followed by the months it runs in brackets (「2024年度（24年4月〜25年3月）」,
    "FY2025 (April 2024-March 2025)") is those months: the brackets say which twelve months the
    writer means, whatever convention names the year (a linguistic reason: the gloss defines the
    word; a Japanese writer names India's April 2024 - March 2025 year 2024年度, which India calls
    FY2025). The span is the pack's fiscal year or the calendar year when it is one; ``p`` as it is
    when no such brackets follow it or they give no year."""
    if p.period.precision not in ("year", "fiscal_year") or p.role is not None:
        return p
    m = _MONTHS_IN_BRACKETS.match(text, p.end)
    if m is None:
        return p
    m1 = int(m["m1"]) if m["m1"] else MONTH_NUMBERS[m["n1"].rstrip(".").casefold()]
    m2 = int(m["m2"]) if m["m2"] else MONTH_NUMBERS[m["n2"].rstrip(".").casefold()]
    y1, y2 = _full_year(m["y1"] or m["e1"]), _full_year(m["y2"] or m["e2"])
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return p
    if y1 is None:
        if y2 is None:
            return p
        y1 = y2 if m1 <= m2 else y2 - 1
    if y2 is None:
        y2 = y1 if m1 <= m2 else y1 + 1
    start, end = period_of_month(y1, m1), period_of_month(y2, m2)
    if end.end < start.start or (end.end - start.start).days > 400:
        return p
    fy = fiscal_year or JAPANESE_FISCAL_YEAR
    span = next(
        (
            q
            for q in (period_of_fiscal_year(fy.named_year(y1), fy), period_of_year(y1))
            if q.start == start.start and q.end == end.end
        ),
        Period(start.start, end.end, "month", f"{start.text}/{end.text}"),
    )
    return ClaimedPeriod(span, text[p.start : m.end()], p.start, m.end(), p.inferred)


#: a start and a length: 「2003年からの20年間」「2003年から20年間で」, "the 20 years from 2003", "in the two
#: decades since 2003"; an end and a length: 「2023年までの20年間」, "the 20 years to 2023". The words
#: that join the length to the year it starts or ends at, in one place for both readers of them
#: (:func:`start_plus_length` here, :func:`is_window_length` for the claim's numbers)
_EDGE_JA = r"(?P<edge>から|以降|まで)の?"
_EDGE_EN = (
    r"(?:(?P<start>from|since|after|following)|(?P<end>to|up\s+to|until|through|before))\s+"
    r"(?:the\s+end\s+of\s+)?"
)
_LENGTH_AFTER_JA = re.compile(rf"(?:年|年度)?{_EDGE_JA}(?P<n>\d{{1,2}})年間")
_LENGTH_BEFORE_EN = re.compile(
    r"(?i)\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+"
    rf"(?P<u>years?|decades?)\s+{_EDGE_EN}$"
)
#: the year's edge right before a length (「2003年からの」 20年間) and the year right after one (20 years
#: "since 2003")
_EDGE_BEFORE_LENGTH_JA = re.compile(rf"(?:年|年度){_EDGE_JA}\s*$")
_EDGE_AFTER_LENGTH_EN = re.compile(rf"(?i)\s+{_EDGE_EN}(?:fiscal\s+|FY\s?)?(?:19|20)\d\d\b")


def is_window_length(text: str, start: int, end: int) -> bool:
    """Whether the length of time at ``text[start:end]`` (「20年間」, "20 years") is the length of a
    window whose first or last year is said next to it (「2003年からの20年間」, "the 20 years since
    2003"): the window's length, never a value the claim gives (see :func:`start_plus_length`)."""
    return bool(_EDGE_BEFORE_LENGTH_JA.search(text, 0, start) or _EDGE_AFTER_LENGTH_EN.match(text, end))


def start_plus_length(text: str, found: list[ClaimedPeriod]) -> list[tuple[ClaimedPeriod, ClaimedPeriod]]:
    """「2003年からの20年間で1.5倍に」, "in the 20 years since 2003": a period and a length name a
    window with both ends, the other end the length away (a linguistic reason: から / from marks
    the start and 20年間 the length; no window to now, nor the year before the one named). Gives
    each named period with the other end, an inferred period (the named one then opens no window
    to now)."""
    out: list[tuple[ClaimedPeriod, ClaimedPeriod]] = []
    for p in found:
        # 「2020年末からの4年間」, "the four years since the end of 2020": a month (or quarter)
        # edge moves by the length in its own steps (December 2020 to December 2024)
        per_year = {"year": 1, "fiscal_year": 1, "quarter": 4, "month": 12}.get(p.period.precision)
        if p.inferred or per_year is None:
            continue
        n, forward = 0, True
        if m := _LENGTH_AFTER_JA.match(text, p.end):
            n, forward, end_at = int(m["n"]), m["edge"] != "まで", m.end()
        elif m := _LENGTH_BEFORE_EN.search(text[max(0, p.start - 50) : p.start]):
            word = m["n"].casefold()
            n = word_number(word) or 0
            n *= 10 if m["u"].casefold().startswith("decade") else 1
            # (the other end placed where the named one starts: a clause may end right after it)
            forward, end_at = bool(m["start"]), p.start
        if not 1 <= n <= 100 or (per_year > 1 and not forward):
            # 「2023年8月までの1年間」, "the 12 months to August 2023": a run to a month is the
            # trailing window's (``trailing_window``), not two ends
            continue
        try:
            other = shift(p.period, (n if forward else -n) * per_year)
        except ValueError:
            continue
        at = end_at if forward else p.start
        out.append((p, ClaimedPeriod(other, "", at, at, inferred=True)))
    return out


def than_a_period(text: str, p: ClaimedPeriod, offset: int = 0) -> bool:
    """Whether a period is the other side of a comparative: "lower than in 2022", "below what it
    was in October 2022", "above its 2019 level", 「2022年より低い」「2022年の水準を下回る」."""
    start, end = p.start - offset, p.end - offset
    return bool(_THAN_BEFORE_EN.search(text, max(0, start - 30), start) or _THAN_AFTER_JA.match(text, end))


_THAN_BEFORE_EN = re.compile(
    r"(?i)\b(?:than|below|above|under|over)\s+(?:what\s+(?:it|they)\s+(?:was|were)\s+)?"
    r"(?:in|at|during|under)?\s*(?:the\s+|its\s+|their\s+)?$"
)
_THAN_AFTER_JA = re.compile(r"(?:の水準)?(?:より|と比べ|に比べ)")


def said_as_base(text: str, p: ClaimedPeriod, offset: int = 0) -> bool:
    """Whether a period is said as the base a change is measured against, not as the period the
    change is of: a window's start ("since 2005", 「2005年から」「2005年以来」), the other side of a
    comparison ("compared with 2005", "relative to", "against", "than in 2005", "below 2005
    levels", 「2005年比」「2005年より」「2005年と比べて」), or "from 2005". "Fell 5% in 2005" and
    「2005年に5%減った」 say the year the change is in, never its base (a linguistic reason: the
    base is marked by its own word; the bare period of a change is its time)."""
    if p.role == "since":
        return True
    start, end = p.start - offset, p.end - offset
    return bool(
        than_a_period(text, p, offset)
        or _BASE_BEFORE_EN.search(text, max(0, start - 30), start)
        or _BASE_AFTER_JA.match(text, end)
        or _LEVELS_AFTER_EN.match(text, end)
    )


_BASE_BEFORE_EN = re.compile(
    r"(?i)\b(?:since|from|compared\s+(?:with|to)|relative\s+to|against|versus|vs\.?)\s+"
    r"(?:(?:the|its|their)\s+)?(?:(?:levels?|values?|figures?)\s+(?:of|in)\s+)?$"
)
_BASE_AFTER_JA = re.compile(
    r"(?:年|年度)?(?:の水準|水準|の値)?\s*(?:比|対比|より|と比べ|に比べ|と比較|に比して|から(?!の)|以来|以降)"
)
#: "50% below 2005 levels", "its 2005 level": the level then, what the change is set against
_LEVELS_AFTER_EN = re.compile(r"(?i)\s+(?:levels?|baseline)\b")


#: The length of period a value is said to be of, without a date (「年間で」, "annual", 「四半期」,
#: "monthly", 「年度」, "fiscal year"), in the order tried: a fiscal year before a quarter, a month
#: and a year ("the latest fiscal year" is no calendar year; "annual rate", "a year earlier" and
#: "10年間" say no length of the value: a year-on-year rate, a step back, a window).
_GRAINS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("fiscal_year", re.compile(r"年度|(?i:\bfiscal\s+years?\b|\bFY\b)")),
    ("quarter", re.compile(
        r"四半期|(?i:\bquarterly\b|\b(?:latest|most\s+recent|past|per|each)\s+quarter\b)")),
    ("month", re.compile(
        r"月次|(?<![0-9か力カヶケ個])月間|月(?:あたり|当たり)"
        r"|(?i:\bmonthly\b|\b(?:a|per|each|latest|most\s+recent|past)\s+month\b)")),
    ("year", re.compile(
        r"(?<![0-9〇一二三四五六七八九十])年間|(?<![0-9])[1一]年間|年平均|通年|年(?:あたり|当たり)"
        r"|直近の?[1一]年|最新の?年(?!度)"
        r"|(?i:\bannual(?:ly)?\b(?!\s+(?:rate|pace|growth|change|increase|decrease|inflation))"
        r"|\byearly\b|\bfull[- ]year\b|\b(?:a|per|each)\s+year\b(?!\s+(?:earlier|ago|before|later|after|on))"
        r"|\b(?:latest|most\s+recent|past)\s+(?:full\s+)?year\b)")),
)


def said_grain(span: str) -> str | None:
    """The precision of the period a statement's value is said to be of without a date ("the
    latest annual rate", 「直近の年度」, "quarterly"): a :class:`Period` precision, else None. A
    value "now" is then the latest of that length, not the latest month beside it (a linguistic
    reason: a year's, a quarter's and a month's values measure different stretches of time)."""
    for grain, rx in _GRAINS:
        if rx.search(span):
            return grain
    return None
