"""Parse: a claim's text -> a :class:`ParsedClaim` holding checkable statements.

The claim is cleaned (control characters stripped, NFKC, cut to ``MAX_CLAIM_CHARS``), split
into clauses, and each clause gets what it names from the pack's vocabulary (entities,
metrics), the periods and numbers of the shared grammar (``shingi.normalize``), and the cue
words of ``lexicon``. From those a statement gets its kind (event, metric, comparison, share,
change, superlative, plan, turning_point, parity, leap). The rules are in docs/verdict-rules.md.

Parsing looks only at names (through the evidence index), never at facts: what the pack says
about a statement is for ``retrieve`` and ``evaluate``.

This module holds the parser itself (``_Parser``) and the entry point ``parse``; the records it
builds and the patterns and pure functions of each family (clauses, numbers, periods, ranks,
names, cues, kinds) are in ``shingi.pipeline.claims``. The public names of those modules are
importable from here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from shingi.model import FiscalYear, InputError, Lang, Metric, Pack, Period, Quantity
from shingi.normalize.eras import dated_eras, dated_windows
from shingi.normalize.limits import check_value
from shingi.normalize.periods import find_periods, in_fiscal_year, period_of_month
from shingi.normalize.quantities import (
    HALF_OF_TIME,
    ONCE_BUT_EN,
    QuantityMatch,
    comparator_before,
    family_currency_name,
    find_quantities,
    is_currency,
)
from shingi.normalize.spellings import one_spelling
from shingi.pack.index import EvidenceIndex, NameHit, fold
from shingi.pipeline import anchors, terms
from shingi.pipeline import lexicon as lx
from shingi.pipeline.claims.clauses import (
    _ADVERBIAL_END_JA,
    _ADVERBIAL_START_EN,
    _CONDITION_INSIDE_JA,
    _CONTINUES_EN,
    _PARTITIVE_END_JA,
    _PREPOSITIONAL_EN,
    _SUBJECTLESS_EN,
    _TIME_SETTING_EN,
    _TIME_SETTING_JA,
    _TOPIC_END_JA,
    _WHEN_CLAUSE,
    _WHEN_IN_OFFICE_EN,
    _WINDOW_SETTING_JA,
    MAX_CLAIM_CHARS,
    _attributions,
    _Clause,
    _consequence,
    _same_sentence,
    _sources_named,
    _split,
    clean_claim,
    denied_parts,
    setting_spans,
)
from shingi.pipeline.claims.cues import (
    _AS_ADJ_AS,
    _CHECKABLE_CUES,
    _DETERMINER_BEFORE,
    _PREDICATE_EN,
    _any_cue,
    _asserts,
    _blank_cues,
    _cue_names,
    _negated,
    _opinion,
    _predicate_keys,
    _verb_cue_en,
    mask_named_negatives,
    none_but_one,
    none_past_a_figure,
    none_past_a_name,
    record_streak_ended,
    rise_said,
    said_side,
    side_of,
)
from shingi.pipeline.claims.distributive import says_each_of_a_list
from shingi.pipeline.claims.grain import neighbour_series
from shingi.pipeline.claims.groups import group_siblings, says, sibling_named
from shingi.pipeline.claims.heads import unmeasured_subject
from shingi.pipeline.claims.kinds import _part_of_whole, between_periods, classify, dates_the_peak
from shingi.pipeline.claims.moments import count_ranking, momentary_measure, unit_measure, window_measure
from shingi.pipeline.claims.names import (
    _GROUP_LEAD,
    _GROUP_MODIFIER,
    _GROUP_MODIFIER_JA,
    _MODIFIES_JA,
    _OF_THE_MEASURE_JA,
    RANKED_AHEAD_JA,
    RELATION_NAME,
    _exclusive,
    _is_comparand,
    _is_style,
    _names_a_subject,
    _no_overlap,
    _order_entities,
    cause_lead,
    causes_inside,
    dates_a_window,
    ranked_after_others,
)
from shingi.pipeline.claims.neighbours import of_the_figure
from shingi.pipeline.claims.numbers import (
    _AGE_CLASS,
    _BOUND_JA,
    _BOUND_WORD_JA,
    _DURATION,
    _KANJI_COUNTER_UNITS,
    _KANJI_NUMBER,
    _LENGTH,
    _LENGTH_JA,
    _NEVER_JA,
    _NUMBER_CHANGE_JA,
    _ONE_FOR_EVERY,
    _ONE_IN,
    _PART_OF,
    _PER_AFTER,
    _PER_GAP,
    _ROUGHLY,
    _SIGNED_GROWTH,
    _US_DOLLAR,
    _WORDS_ONE_IN,
    _ZERO,
    BACK_TO_A_LEVEL,
    BARE_DOUBLE_JA,
    BOUND_ENDING_ONE_IN,
    BOUND_FLIP,
    DAY_OF_MONTH_AFTER,
    HOURS_AND_MINUTES_EN,
    HOURS_AND_MINUTES_JA,
    N_TO_ONE,
    NEAR_ZERO_AFTER,
    NEAR_ZERO_BEFORE,
    NEVER_PAST_JA,
    NEVER_RECORD_JA,
    RATE_BASE_BEFORE_EN,
    RECORD_AS_BASE,
    RECORD_AS_START,
    SIGN_BEFORE,
    TIMES_AS_OCCASIONS_AFTER,
    TIMES_MULTIPLIED,
    TIMES_WORD_END,
    _age_band,
    _kanji_value,
    _near_bound,
    _percent_more_than,
    _percent_of_entity,
    _percent_of_period,
    age_decade,
    amounts_per_unit,
    comparator_near,
    counted_noun,
    english_bands,
    fell_to_a_fraction,
    is_rate_metric,
    is_time_unit,
    negated_bound,
    number_roles,
    of_a_period,
    per_a_thing,
    per_unit,
    said_as_a_part,
    time_word,
    vague_counts,
    years_and_months,
)
from shingi.pipeline.claims.periods import (
    _ACTOR_KINDS,
    _AGAIN_FILLER,
    _AGAIN_WORDS,
    _FROM_NOW,
    _RANGE_JOIN,
    _dates_a_source,
    _from_without_end,
    _names_a_thing,
    _opens_a_window,
    _refines,
    _relative_periods,
    _span_of_years,
    _streak,
    _versus_previous,
    _windows_to_now,
    a_year_back_of,
    end_of_the_year_before,
    fiscal_year_from_now,
    is_window_length,
    months_in_brackets,
    side_state,
    start_plus_length,
    steps_from_now,
    than_a_period,
    trailing_window,
    year_before_a_run,
)
from shingi.pipeline.claims.ranks import (
    _BAND_PLACE,
    _COORDINATED_PLACE,
    _FROM_LAST,
    _HALF_PLACE,
    _LAST,
    _MOST_JA,
    _ORDINALS,
    _RANKED_AMONG,
    _RANKED_AMONG_JA,
    _RANKING,
    _SCOPE_EN,
    _SCOPE_JA,
    _SUPERLATIVES,
    _WORST_BEFORE,
    RELATIVE_PLACES,
    back_from_last,
    band_place,
    half_comparator,
    is_rank_metric,
    place_number,
)
from shingi.pipeline.claims.statement import ClaimedNumber, ClaimedPeriod, Group, ParsedClaim, Span, Statement
from shingi.pipeline.claims.subsets import counted_part
from shingi.pipeline.claims.targets import against_targets, named_targets
from shingi.pipeline.context import ClaimContext
from shingi.pipeline.idioms_en import idiom_nouns
from shingi.pipeline.morphology import (
    content_keys,
    has_japanese,
    paraphrase_keys,
    predicate_concepts,
    scope_keys,
    tokenize,
    word_keys,
)
from shingi.pipeline.qualifiers import qualifiers as qualifiers_of
from shingi.pipeline.retrieve import Lookup, measure_span, units_compatible

__all__ = [
    "MAX_CLAIM_CHARS",
    "ClaimedNumber",
    "ClaimedPeriod",
    "Group",
    "ParsedClaim",
    "Span",
    "Statement",
    "between_periods",
    "classify",
    "clean_claim",
    "counted_noun",
    "in_subject_fiscal_year",
    "is_rank_metric",
    "is_rate_metric",
    "is_time_unit",
    "number_roles",
    "parse",
]


#: what a clause can say of a measure with no number: it rose, fell, stayed, passed, ranked
_MEASURE_CUES = frozenset(
    {"up", "down", "flat", "exceed", "trail", "equal", "sup_record", "sup_max", "sup_min", "sup_top"}
)


#: what is left of a clause that only dates the figure before it, its periods blanked: "set in …
#: and …", "first reached in …", 「…の額である」「…時点の値だ」
_FIGURE_OF_PERIOD_EN = re.compile(
    r"(?i)(?:which\s+was\s+|first\s+|last\s+)?(?:set|reached|recorded|posted|hit|seen)"
    r"(?:\s+(?:in|on|during|and|,|back))*[\s,]*"
)
_FIGURE_OF_PERIOD_JA = re.compile(r"の(?:額|金額|値|数値|数字|水準)(?:である|だ|です|だった|でした)?$")
#: The end of a sentence, roughly (a full stop before a space, or 。！？!?): where a date of the
#: source in an attribution meets the dates of the figure it gives
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s)")
#: a kanji or katakana letter: a Japanese compound noun goes on
_JA_NOUN_CHAR = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff]")
#: a number written as a percentage (「2.87%」「3割」 "3.6 percent"), whatever unit it was read in
_PERCENT_TEXT = re.compile(r"(?i)[%％割]|per ?cent|パーセント")
#: a whole that a percentage is of: 「全体の」「総数の」「合計の」「全体に占める」 before it
_WHOLE_BEFORE_JA = re.compile(
    r"(?:全体|総数|合計|総計|総額|全体数)(?:の|に占める|に対する)\s*(?:約|およそ|ほぼ)?\s*$"
)
#: … or "of the total", "of all", "of the city's 5,800" after it
_WHOLE_AFTER_EN = re.compile(r"(?i)\s+of\s+(?:the\s+)?(?:total|all\b|whole|[A-Z][^,;]*?'s\b)")


#: A Japanese clause (or object) that ends in a figure: a number and at most a counter
#: "under Biden", "under President Trump": a person named after "under" dates the figure by
#: their time in office (a linguistic reason); the name is no owner of the measure
#: A direction word that names a rate (上昇率, 増加率, 伸び率, 下落率): a noun, no direction cue.
_BELOW_ONE_TIMES_JA = re.compile(r"(?<![\d.])0\.\d+倍(?=[にへ])")
_RATE_NOUN_JA = re.compile(r"(?:上昇|増加|減少|低下|下落|伸び|成長|増減|騰落)(?=率)")
#: capitalised possessives that open a sentence and name a time or the whole, not an owner
#: ("Yesterday's figures", "The nation's debt" — the article is a stop word)
_NOT_AN_OWNER_EN = frozenset(
    """
    yesterday tomorrow tonight nation country government city state region world month week
    decade century january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday
    """.split()  # noqa: SIM905 -- a word list reads better as text
)

_UNDER_PERSON_EN = re.compile(
    r"(?i:\bunder)\s+(?:(?:President|Prime Minister|PM|Governor|Gov\.|Mayor|Chancellor|Premier)\s+)?"
    r"(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)(?:'s)?\b"
)
#: "over the last year", "in the past year": "the" before "last year" makes it the twelve months
#: to the claim's date, a window to now (§2 periods), not the calendar year before (a linguistic
#: reason: "last year" alone is the year before)
_THE_LAST_YEAR = re.compile(r"(?i)\bthe\s+$")
#: "before this year", "prior to this year", 「今年に入る前」「今年以前」: the time just before the year of
#: the claim's date, the end of the year before (a linguistic reason: what was before this year was at
#: the end of last year at the latest)
_BEFORE_THIS_YEAR = re.compile(
    r"(?i)\b(?:before|prior\s+to)\s+this\s+(?:calendar\s+)?year\b|(?:今年|本年)(?:に入る|になる)?(?:前|以前)(?![半期])"
)
#: prices with no qualifier said to move: "prices are now falling", "Prices rose", 「物価が下がって」. A
#: linguistic reason: "prices" with no noun before it (at the clause's start, after a function word, or
#: as "consumer prices") is the general price level; "food prices", 「食料品の価格」 are one kind's
# a subordinate clause opening between two measures' names ("exports fell while imports hit a
# record", "… as gun suicides set a record"): the later name is its subject (verdict-rules §4.7)
_SUBORDINATE_EN = re.compile(
    r"(?:^|[\s,;—–-])(?:while|whereas|but|although|though|(?<!as well )(?<!such )as(?! well as\b))\s",
    re.IGNORECASE,
)
_PRICES_MOVE = re.compile(
    r"(?i)(?:^\s*|[,;:(]\s*|\b(?:the|and|but|so|as|that|which|while|when|because|if|where|since|now|yet"
    r"|although|though|means|meaning|why|how)\s+)(?:consumer\s+)?"
    r"prices\s+(?:are|were|have|has|had|is|keep|kept|now|still)\b"
    r"|(?<![\u3040-\u9fff])物価(?:は|が|も)"
)
#: the names of a measure of the general price level's change
_HEADLINE_PRICES = frozenset({
    "inflation", "consumer prices", "cpi", "cpi inflation", "headline inflation", "consumer price inflation",
    "インフレ率", "物価上昇率", "消費者物価", "消費者物価上昇率", "消費者物価指数の上昇率",
})
#: A clause that is only "for the first time" (ever, in N years): it qualifies the next clause
_FIRST_TIME_ONLY_EN = re.compile(
    r"(?i)\s*(?:and\s+)?for\s+the\s+first\s+time"
    r"(?:\s+ever|\s+in\s+(?:a|an|\w+)\s+(?:years?|decades?|months?))?\s*[,.]?\s*"
)
_FIGURE_END_JA = re.compile(r"[\d万億兆千百十](?:人|円|件|台|社|%|倍|個|回|か国|世帯)?\s*$")
#: A clause that is only one or two participles or un- adjectives ("apprehended", "unauthorized",
#: "adjusted and unrevised"): no subject, no object, a description of the noun before it
_LONE_PARTICIPLE = re.compile(
    r"\s*(?:[a-z]{3,}(?:ed|en)|un[a-z]{4,})(?:\s+(?:and\s+)?(?:[a-z]{3,}(?:ed|en)|un[a-z]{4,}))?[\s.]*"
)


#: A percentage that is the size of a change: after "by" or right after a change verb ("fell by
#: about 27%", "rose 5 percent"), or before 増 / 減 / 上昇 / 低下 … (「前年比5.6%減」)
_CHANGE_BEFORE_EN = re.compile(
    r"(?i)\b(?:by|rose|rise[sn]?|fell|fall(?:s|en)?|grew|grown|grows?|increased|decreased|declined|dropped|jumped"
    r"|climbed|slumped|surged)\s+(?:about |around |nearly |almost |some |over |more than |less than |just )?$"
)
#: 「2割増」「5.6%の減少」, and with an emphasis or a hedge between: 「2割も増えた」「3割ほど減った」「1割近く
#: 伸びた」 (a percentage before a change verb sizes the change, whatever particle stands between)
_CHANGE_AFTER_JA = re.compile(
    r"\s*(?:(?:も|ほど|程度|近く|以上|余り)\s*)?"
    r"(?:増|減|上昇|低下|下落|の増加|の減少|の上昇|の低下|アップ|ダウン|伸び|拡大|縮小)"
)


#: 「まで戻った」「まで達した」「まで持ち直した」: verbs of reaching a level that the lists of rises and
#: falls (lx.UP, lx.DOWN) do not hold
_REACHED_JA = re.compile(r"\s*(?:戻|達し|達す|持ち直|盛り返|跳ね上が|積み上が)")


#: 「最大600万トンまで」「多くて」: a bound said before the number; まで then stays "at most"
_BOUND_BEFORE_MADE_JA = re.compile(r"(?:最大|最高|多くて|多くとも|せいぜい|高々)で?\s*[0-9０-９約]")


#: After a multiple, "of" and the other side: "a third of the US rate", "twice that of Japan"
_OF_ANOTHER_EN = re.compile(r"(?i)\s+of\s+(?:the\s+|that\s+of\s+(?:the\s+)?)?")
#: A possessive right after "of the": "a third of the town's buildings"
_POSSESSIVE_NEXT = re.compile(r"(?i)[a-z][\w-]*['’]s\b")
#: Before an ordinal, the numerator of a fraction: "a third", "one fifth", "two thirds"
_FRACTION_BEFORE_ORDINAL = re.compile(r"(?i)\b(?:a|an|one|two|three)\s+$")
#: A bracketed note in a name: 「就労ビザ(主申請者)」
_BRACKETED_NOTE = re.compile(r"[(（][^)）]*[)）]")


#: Right before an example of a measure's thing: "code payments such as", "payments, including"
_EXAMPLE_BEFORE_EN = re.compile(r"(?i),?\s+(?:such\s+as|including|e\.g\.,?)\s+$")
#: Right after one: 「PayPayなどの」「PayPayをはじめとする」「PayPayといった」
_EXAMPLE_AFTER_JA = re.compile(r"(?:など|等|をはじめとする|をはじめ|といった)の?")


def _change_follows(text: str, end: int) -> bool:
    """Whether a change verb starts right after ``end`` (「まで回復し」「まで減った」「まで戻った」)."""
    window = text[end : end + 6]
    if _REACHED_JA.match(window):
        return True
    head = window.lstrip()
    return any(h.start == 0 for cue in (lx.UP, lx.DOWN) for h in lx.find(cue, head))


def _size_said(n: ClaimedNumber) -> bool:
    """The size of a change: a figure after "by" (「…人増えた」), or a multiple above one with no
    role (「倍増」, "doubled", "tripled"): a multiple of a rise is its size as a ratio, which the
    measure of the change (in %) records (blind round 21c hawaii_double_ja). Not a fraction
    ("half of all the jobs", 「半減」): a half is as often a share as a fall, and the measure of the
    whole's change is not the part's (blind spain-jobs migrants-jobs, th-tourism china_halved)."""
    return n.role == "by" or (n.role is None and n.unit == "x" and n.quantity.value > 1)


def _percent_change(text: str, n: ClaimedNumber) -> bool:
    return bool(_CHANGE_BEFORE_EN.search(text, 0, n.start)) or bool(_CHANGE_AFTER_JA.match(text, n.end))


#: "…, up about 5 percent", "down 3%": a percentage right after up / down sizes a change
_UP_DOWN_BEFORE_EN = re.compile(
    r"(?i)\b(?:up|down)\s+(?:about |around |nearly |almost |some |over |more than |less than |just )?$"
)


def _change_beside_level(
    text: str, cues: set[str] | frozenset[str], numbers: list[ClaimedNumber],
    periods: tuple[ClaimedPeriod, ...],
) -> str | None:
    """"up" / "down" when one period's clause gives a level and, beside it, the percentage its
    change came to ("Sake exports rose about 6% in 2025 to roughly ¥46 billion", "spending topped
    $7 trillion in fiscal 2025, up about 5 percent", 「17%増の508億ドル」): the percentage is the
    change on the period before (as 「前年比17%増」 says outright), checked with the level. None
    otherwise (a window of years, "since 2019", is a change over it, not over the period before),
    and when the percentage names another base ("from their peak", "over five years", 「5年前より」,
    「コロナ前比」)."""
    way = cues & {"up", "down"}
    said = [p for p in periods if not p.inferred]
    if len(way) != 1 or len(said) != 1 or said[0].role is not None:
        return None
    sizes = [
        n for n in numbers
        if n.unit == "%" and n.role in (None, "by")
        and (_percent_change(text, n) or _UP_DOWN_BEFORE_EN.search(text, 0, n.start))
    ]
    levels = [n for n in numbers if n.unit not in ("%", "x", "pt", "rank") and n.role in (None, "to")]
    if len(sizes) != 1 or not levels or _another_base(text, sizes[0]):
        return None
    return "up" if "up" in way else "down"


#: the period before, named as a change's base: "from a year earlier", "over the previous year",
#: 「前年比」「前年度より」「前年同月比」
_BASE_BEFORE_EN = (
    r"(?:the\s+)?(?:previous|prior|preceding|last|same)\s+(?:year|fiscal\s+year|quarter|month|period)"
    r"|a\s+year\s+(?:earlier|before|ago)|(?:the\s+)?year\s+(?:before|earlier)|last\s+year"
)
#: a base said after the percentage of a change: "up 6% from their peak", "over five years",
#: "since 2019", "more than …", "compared with …", "relative to", "against", "versus"; not a level
#: the change started from ("from $100 billion")
_ANOTHER_BASE_EN = re.compile(
    r"(?i)^[^,;:]*?\b(?:from|over|since|than|compared|relative\s+to|versus|vs\.?|against)\s+"
    rf"(?!(?:{_BASE_BEFORE_EN})\b|(?:about\s+|around\s+|nearly\s+)?[$£€¥₹]|[0-9][0-9,.]*\s*"
    r"(?:%|percent|per\s*cent|million|billion|trillion|thousand|[a-z]*\s*(?:tonnes|tons|yen|dollars|euros))"
    # a bare figure that is no year is a level or a bound ("to just over 10,000"), not a base
    r"|(?!(?:19|20)\d\d\b)[0-9][0-9,]*(?:\.\d+)?(?![0-9]))"
)
#: a base said before the percentage in Japanese: 「5年前より6%増」「コロナ前比6%増」「ピークと比べ6%増」;
#: not the period before (前年比, 前年度より, 前年同月比, 前期比, 昨年より)
_ANOTHER_BASE_JA = re.compile(
    r"(?<!前年)(?<!前年度)(?<!前年同期)(?<!前年同月)(?<!前月)(?<!前期)(?<!昨年)(?<!前四半期)(?<!前回)(?<!前週)"
    r"(?:より|比|対比|と比べて?|に比べて?|と比較して|に比して)\s*(?:で\s*)?(?:約|およそ|ほぼ)?\s*$"
)


def _another_base(text: str, size: ClaimedNumber) -> bool:
    """Whether a percentage said beside a level names a base other than the period before ("up 6%
    from their peak", "over five years", 「5年前より6%増」): then it is no change on the period
    before (review of session 17, #9)."""
    return bool(_ANOTHER_BASE_EN.search(text[size.end :]) or _ANOTHER_BASE_JA.search(text[: size.start]))


#: "the first year of the new NISA", 「新NISA元年」「新制度の初年度」: a year named by what began in it
_FIRST_YEAR_OF = re.compile(
    r"(?i:\bthe\s+(?:first|opening|inaugural)\s+(?:full\s+)?year\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}?)(?=\s*(?:[,.;)]|$)|\s+(?:and|when|as|with|after|but)\b))"
    r"|(?P<ja>[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff]{2,10}?)(?:の)?(?:元年|初年度|初年|1年目)"
)


def _title_names(title: str, name: str | None, ja: str | None) -> bool:
    """Whether an event's title names what a claim names: the Japanese name whole, or every English
    word of the name as the start of a word of the title ("new NISA" in "New NISA starts")."""
    if ja:
        return ja in title
    lowered = title.lower()
    words = re.findall(r"[a-z0-9]+", (name or "").lower())
    if not all(w in lowered for w in words):
        return False  # (a word of the title starts with each word only where the title holds it)
    said = re.findall(r"[a-z0-9]+", lowered)
    return all(any(t.startswith(w) for t in said) for w in words)


#: Between a year and a phrase that names it again: ", ", 「、」
_APPOSED = re.compile(r"\s*[,、]\s*")
_APPOSED_JA = re.compile(r"\s*(?:の|、|である)\s*")
#: Words of a start in an event's title
_STARTS = re.compile(
    r"(?i)\b(?:start(?:s|ed)?|launch(?:es|ed)?|began|begins|introduc(?:es|ed)|took effect)\b"
    rf"|{lx.START_NOUNS_JA}"
)


#: a leading clause that is only a happening and で / により / によって (「ニッケル製錬所の拡大で」
#: before 「、」): the cause of the next clause's change, no statement of its own
_CAUSE_NOUN_END_JA = re.compile(rf"(?:の|^)(?:{lx.HAPPENING_NOUNS_JA})(?:で|により|によって)$")


#: The count noun a unit of time makes after a number (「335日」 is a 日数, 「3,773時間」 a 時間数)
_TIME_COUNT_NOUNS = {
    "hour": "時間数 hours", "minute": "分数 minutes", "day": "日数 days", "week": "週数 weeks",
    "month": "月数 months", "quarter": "quarters", "year": "年数 years", "decade": "decades",
}


#: A measure's name without its unit of time (「計画停電の日数」 -> 計画停電, "Outage days" -> outage):
#: the unit word at either end, の / "of" / "number of" beside it
_UNIT_AT_THE_ENDS = re.compile(
    r"(?i)^(?:(?:the\s+)?(?:number|count)\s+of\s+)?(?:days?|hours?|minutes?|weeks?|months?|years?|decades?"
    r"|quarters?)\s+of\s+|(?:の|\s)?(?:日数|時間数|時間|分数|分|週数|月数|年数|days?|hours?|minutes?|weeks?"
    r"|months?|years?|decades?|quarters?)$"
)


def _rest_is_said(metric: Metric, word: str, text: str) -> bool:
    """Whether the claim says what a measure kept in a unit of time counts, by a word other than the
    unit: the rest of one of its names as a subject in Japanese (「停電は335日」 for 停電の日数; not
    「労働者は…3時間のストライキ」 for 労働時間), as a phrase in English ("outages on 335 days" for
    Outage days). A measure named by its unit alone (日数, "Days") is named by no length."""
    for name in (metric.name_ja, metric.name_en, *metric.aliases):
        rest = _UNIT_AT_THE_ENDS.sub("", (name or "").strip()).strip(" -・")
        if len(rest) < (2 if rest.isascii() else 1) or rest.casefold() == word:
            continue
        if rest.isascii():
            if re.search(rf"(?i)\b{re.escape(rest)}s?\b", text):
                return True
        elif re.search(rf"{re.escape(rest)}(?:の(?:日数|時間数|時間|期間))?\s?[はがも]", text):
            return True
    return False


#: Units of a measured length of time that convert (a linguistic reason: an hour is 60 minutes of
#: anything); days, weeks, months and years count calendar units and do not (a day of load shedding
#: is not 24 hours of it)
_CLOCK_UNITS = {"hour": (("minute", 60.0),), "minute": (("hour", 1 / 60),)}


def _sentence_before(text: str, at: int) -> str:
    """The text of ``at``'s sentence before it (from the last 。 . ! ? before it)."""
    start = max(text.rfind(c, 0, at) for c in "。.!?！？")
    return text[start + 1 : at]


def _checkable(value: float, said: str) -> None:
    """Refuse a claimed figure out of range (a run of 40 digits read as one figure): bad input,
    said where, never a comparison with an infinity (shingi.normalize.limits)."""
    if (out_of_range := check_value(value)) is not None:
        shown = said if len(said) <= 40 else said[:40] + "…"
        raise InputError(f"the claim's figure '{shown}' cannot be checked: {out_of_range}")


def _demonym_table(pack: Pack) -> dict[str, str]:
    """The pack's countries by the demonyms ``lexicon.demonym_forms`` makes of their names, a form
    two countries would make and the irregular ones of ``lexicon.DEMONYMS`` left out; built once per
    pack (kept in ``pack.views_cache``), not for every claim."""
    found = pack.views_cache.get("_demonym_table")
    if isinstance(found, dict):
        return found
    forms: dict[str, set[str]] = {}
    for ident, ent in pack.entities.items():
        if ent.kind != "country":
            continue
        for name in ent.names:
            if len(name) >= 4 and name.isascii() and name.isalpha() and name[:1].isupper():
                for form in lx.demonym_forms(name):
                    forms.setdefault(form, set()).add(ident)
    table = {
        form: next(iter(ids)) for form, ids in forms.items()
        if len(ids) == 1 and form.casefold() not in lx.DEMONYMS
    }
    pack.views_cache["_demonym_table"] = table
    return table


def _publishers(pack: Pack) -> str:
    """The publishers of the pack's sources, casefolded and joined by " | " (kept in
    ``pack.views_cache``: built once per pack, not for every claim)."""
    found = pack.views_cache.get("_publishers")
    if isinstance(found, str):
        return found
    joined = " | ".join(s.publisher for s in pack.sources.values() if s.publisher).casefold()
    pack.views_cache["_publishers"] = joined
    return joined


#: A word that says how far apart two values are ("well above", "far fewer", 「大きく上回る」,
#: 「はるかに」): a size of the gap, which the way of a change alone does not settle
_DEGREE_OF_A_GAP = re.compile(
    r"(?i)\b(?:well|far|much|way|significantly|substantially|considerably|markedly|greatly|a lot|vastly)\s+"
    r"(?:above|below|over|under|more|less|fewer|higher|lower|bigger|smaller|larger|better|worse|[a-z]+er)\b"
    r"|大きく|大幅|はるかに|ずっと|格段|かなり|著しく|大いに"
)


#: A comparative right after a figure: the figure is the size of the gap ("4% lower", 「4%低い」)
_GAP_AFTER = re.compile(
    r"(?i)\s*(?:percentage\s+points?\s+|points?\s+|pts?\s+)?(?:lower|higher|below|above|more|less|fewer|under"
    r"|over|smaller|bigger|larger|greater|up|down)\b"
    r"|\s*(?:ポイント)?(?:低|高|少な|多|小さ|大き|上回|下回|増|減|上|下)"
)


class _Parser:
    """Finds names, periods, numbers and cues once over the whole claim, then builds statements."""

    def __init__(self, text: str, pack: Pack, now: Period | None = None, speaker: str | None = None):
        self.text = text
        self.pack = pack
        #: who said the claim (contract 1.1 ``speaker``): "since I took office" is their term
        self.speaker = speaker
        #: windows named by an actor's time in office that the pack cannot place (start, end)
        self.unplaced: list[tuple[int, int]] = []
        #: starts of the periods that open an actor's window ("since taking office in January")
        self.actor_windows: set[int] = set()
        #: the claim's "now" (its said_on, --as-of, else the pack's latest evidence): this year,
        #: 昨年, last fiscal year ... count from it
        self.now = now
        #: by unit of time, the unit of the measure the claim names in it (``_named_time_unit``)
        self._times: dict[str, str | None] = {}
        self.index = EvidenceIndex.of(pack)
        self.lookup = Lookup.of(pack)
        self.lang: Lang = "ja" if has_japanese(text) else "en"
        # "…, according to the PSA", 「Eurostatによると、…」: who says so, not what is said
        self.attributions = _attributions(text)
        # 「規模拡大どころか、…」, "Far from growing, …", "…, let alone two": a part denied or said
        # only rhetorically asserts nothing either; it is read as an attribution is
        self.attributions += denied_parts(text)
        #: demonyms that are another country's than the pack's one of the name ("Nigerian" with a
        #: Niger): (start, end), names the pack lacks (``_unknown_names``)
        self.other_demonyms: list[tuple[int, int]] = []
        found = self._find_entities()
        self.entities = [
            e for e in found if not any(a <= e.start and e.end <= b for a, b in self.attributions)
        ]
        #: the names inside an attribution ("according to the Westland Statistics Bureau"): who
        #: says so, not owners, but a speaker of another country than the subject's speaks of its own
        self.attributed = [e for e in found if e not in self.entities]
        #: spans that name again the year just before them (", the first year of the new NISA")
        self.restated: list[tuple[int, int]] = []
        self.periods = self._source_dates_left_out(self._find_periods())
        taken = [*self.restated, *((p.start, p.end) for p in self.periods)]
        taken += [(e.start, e.end) for e in self.entities]
        # an entity's name inside a longer name of a measure ("政府" in "政府宇宙予算") is a word
        # of that measure's name, not a mention of the entity — unless the entity is observed on
        # that measure (a measure named after its owner: "ハヌル水素生産量")
        metric_hits = self.index.find_metrics(text)
        # every measure's name written in the claim, kept or not below: its words are no cue words
        # (「最低賃金の全国平均」 names a measure even where 全国 is taken as an entity)
        self.measure_words = [(h.start, h.end) for h in metric_hits]
        self._measure_refs = [(h.start, h.end, h.id) for h in metric_hits]
        inside = [
            e
            for e in self.entities
            for h in metric_hits
            if h.start <= e.start
            and e.end <= h.end
            and h.end - h.start > e.end - e.start
            and not any(h.start < p.end and p.start < h.end for p in self.periods)
            and not self.index.observations(e.ref, h.id)
        ]
        if inside:
            self.entities = [e for e in self.entities if e not in inside]
            taken = [(p.start, p.end) for p in self.periods] + [(e.start, e.end) for e in self.entities]
        self.metric_names = [
            Span(h.id, h.name, h.start, h.end)
            for h in metric_hits
            if not any(h.start < b and a < h.end for a, b in taken)
            # a measure's name inside a name of its owner ("国会議員の月給" written as an alias of
            # the members): the clause names the measure too
            or any(
                e.start <= h.start
                and h.end <= e.end
                and e.end - e.start > h.end - h.start
                and self.index.observations(e.ref, h.id)
                and not any(h.start < p.end and p.start < h.end for p in self.periods)
                for e in self.entities
            )
            # 「米国の対ベトナム貿易赤字」 written as an alias of the deficit by partner: a measure's
            # name with its owner's name inside is the measure, and the owner is named too
            or _owner_inside(self, h.id, h.start, h.end)
        ]
        # 「訪日客の満足度は…」: a measure's name that only modifies another noun, the topic of the
        # clause, names not the measure but the thing the clause is about (the visitors' satisfaction)
        self.modifiers = [
            h
            for h in self.metric_names
            if (m := _MODIFIES_JA.match(text, h.end)) is not None
            # 「来訪者数の伸びは」「輸出額の割合が」: a change or a part of the measure is still it
            and not _cue_names(m.group("noun"))
            and not _OF_THE_MEASURE_JA.search(m.group("noun"))
            and not self._compound_said_apart(h.text, m.group("noun"))
            and not any(o.start == m.start("noun") for o in self.metric_names)
            and not any(e.start == m.start("noun") for e in self.entities)
        ]
        others = [h for h in self.metric_names if not RELATION_NAME.match(h.text)]
        if others:
            # 「特殊詐欺の被害額は前年比約6割増の720億円超」: 前年比, a pack's alias of a growth measure,
            # says how the measure named beside it changed (a relation, no measure of its own) —
            # unless the growth measure is that measure's own (「百貨店売上高の前年比」)
            self.modifiers += [
                h for h in self.metric_names
                if RELATION_NAME.match(h.text) and not self._growth_of_named(h.ref, others)
            ]
        self.metric_names = [
            h for h in self.metric_names
            if h not in self.modifiers and not any(a <= h.start and h.end <= b for a, b in denied_parts(text))
        ]
        self.coordinated: list[tuple[int, int]] = []  # "print and digital" before a head's name
        self.metric_names = [self._coordinated_head(h) for h in self.metric_names]
        self.numbers = self._find_numbers(taken + denied_parts(text))
        self.appositions: list[_Clause] = []

    def _coordinated_head(self, h: Span) -> Span:
        """"print and digital publishing market": a measure's name whose first word is the second
        of two coordinated modifiers names not that measure but the head's ("publishing market")
        for both modifiers: the pack's measure named by the rest of the name whose own names say
        both words ("Publishing market (print + digital)"). Otherwise the name as found."""
        before = re.search(r"(?i)(?<![\w'’])([a-z][a-z-]+)\s+and\s+$", self.text[: h.start])
        parts = h.text.split(None, 1)
        if before is None or len(parts) < 2 or has_japanese(h.text):
            return h
        first, rest = before.group(1).casefold(), parts[1]
        second = parts[0].casefold()
        hits = self.index.find_metrics(rest, every=True)
        heads = {x.id for x in hits if x.start == 0 and x.end == len(rest)}
        for ref in sorted(heads - {h.ref}):
            m = self.pack.metrics[ref]
            said = " ".join(n for n in (m.name_en, m.name_ja, *m.aliases) if n).casefold()
            if all(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", said) for w in (first, second)):
                self.coordinated.append((before.start(1), h.start + len(parts[0])))
                return Span(ref, self.text[before.start(1) : h.end], before.start(1), h.end)
        return h

    # -- names -----------------------------------------------------------------------

    def _compound_said_apart(self, name: str, noun: str) -> bool:
        """「就労ビザの発給は」: a measure's name, の and a noun that together are the head of a name
        of a measure of the pack written as one compound (就労ビザ発給数): の only parts the
        compound's nouns, as 就労ビザ発給 and 就労ビザの発給 are one noun phrase (a linguistic
        reason), so the name does not modify another topic. So is a name written with the の
        (「子どものホームレスは」 inside 子どものホームレス数, of which 子ども is an alias): the modifier and
        the head together name the narrower measure. The name is read without a bracketed note
        (「就労ビザ(主申請者)」 of 就労ビザ)."""
        bare = _BRACKETED_NOTE.sub("", name).strip()
        if len(bare) < 2 or not has_japanese(bare):
            return False
        joined = (bare + noun, bare + "の" + noun)
        return any(j in n for m in self.pack.metrics.values() for n in m.names for j in joined)

    def _growth_of_named(self, metric_id: str, named: list[Span]) -> bool:
        """Whether the measure ``metric_id`` is the change of one of the measures ``named``: its own
        names hold that measure's name (「百貨店売上高の前年比」 of 百貨店売上高)."""
        own = [n.casefold() for n in self.pack.metrics[metric_id].names]
        return any(
            len(n) >= 2 and n.casefold() in o
            for h in named
            for n in (h.text, *self.pack.metrics[h.ref].names)
            for o in own
        )

    def _find_entities(self) -> list[Span]:
        text = self.text
        spans = [
            Span(h.id, h.name, h.start, h.end)
            for h in self.index.find_entities(text)
            if not self._lowercase_acronym(h.id, h.name)
        ]
        # demonyms ("Japanese", "American") and domestic words (国産) name countries
        for word, names in lx.DEMONYMS.items():
            pat = (
                re.escape(word)
                if not word.isascii()
                else r"(?<![A-Za-z])" + re.escape(word) + ("s?" if word[-1] in "ni" else "") + r"(?![A-Za-z])"
            )
            for m in re.finditer(pat, text, re.IGNORECASE):
                ident = self._entity_by_name(names)
                if ident and not self._other_country(m, (*names, *self.pack.entities[ident].names)):
                    spans.append(Span(ident, text[m.start() : m.end()], m.start(), m.end()))
        # "Syrians", "Brazilian": a country named by its demonym (a plural of a people is one too)
        hits = self.index.find_metrics(text)
        spans += [
            d for d in self._derived_demonyms(text)
            if self._people_or_measure(d, hits) and self._owns_named(d.ref, hits)
        ]
        subject = self.pack.meta.subject
        if subject and subject in self.pack.entities and self.pack.entities[subject].kind == "country":
            for hit in lx.find(lx.DOMESTIC, text):
                spans.append(Span(subject, hit.text, hit.start, hit.end))
        # an owner named by the list of its members (「札幌、仙台、広島、福岡」); not one the clause names by
        # a name of its own too (「老齢・遺族年金(OASI)基金」: the list is that name written apart)
        named_here = {s.ref for s in spans}
        # not when the sentence says its predicate of each one (「それぞれ」, "each of", "all rose")
        spans += [
            Span(e, text[a:b], a, b)
            for e, a, b in self.index.listed_groups(text)
            if e not in named_here and not says_each_of_a_list(text, a, b)
        ]
        return _no_overlap(spans + self._national_figure(spans))

    def _derived_demonyms(self, text: str) -> list[Span]:
        """A country of the pack named by its demonym, made from its own names by the suffix rules of
        ``lexicon.demonym_forms`` ("Syrians" for Syria, "Brazilian" for Brazil), written with its
        capital; a form two countries of the pack would make names neither. Kept (in
        ``_find_entities``) only as a people or the adjective of a measure named outright whose
        country holds the measures the claim names: "Nickel prices rose as Indonesian supply
        tightened" names no owner (unknown beats a guess; blind round 11b id-nickel price-rose-2024).
        A form that is rather or also another country's names none (``lexicon.demonym_names_other``:
        "Nigerian" of a Niger, "Dominican" of a Dominica, "South Sudanese" of a Sudan)."""
        return [
            Span(ident, m.group(0), m.start(), m.end())
            for form, ident in _demonym_table(self.pack).items()
            if form in text
            for m in re.finditer(r"(?<![A-Za-z])" + re.escape(form) + r"(?![A-Za-z])", text)
            if not self._other_country(m, self.pack.entities[ident].names)
        ]

    def _other_country(self, m: re.Match[str], names: Iterable[str]) -> bool:
        """Whether the demonym ``m`` is another country's than the one of ``names``
        (``lexicon.demonym_names_other``); if so it is kept as a name the pack lacks."""
        if not lx.demonym_names_other(m.group(0), self.text[: m.start()], names):
            return False
        self.other_demonyms.append((m.start(), m.end()))
        return True

    def _is_demonym(self, span: Span) -> bool:
        """Whether an entity is written as its people or their adjective: a demonym of its names
        by the suffix rules or of ``DEMONYMS`` (and their plurals), or a Japanese name followed by
        人 or 系 that ends the word (「シリア人」「シリア人難民」「日系」; Sudachi's words: not the 人 of
        「中国人民銀行」 or 「日本人口」, which are 人民 and 人口)."""
        ent = self.pack.entities.get(span.ref)
        if ent is None:
            return False
        written = span.text
        if not written.isascii():
            end = span.end if written[-1:] in ("人", "系") else span.end + 1
            return self.text[end - 1 : end] in ("人", "系") and not any(
                t.start < end < t.end for t in tokenize(self.text)
            )
        word = written.casefold()
        return (
            word in lx.DEMONYMS
            or (word[-1:] == "s" and word[:-1] in lx.DEMONYMS)
            or any(written in lx.demonym_forms(n) for n in ent.names if n.isascii() and n.isalpha())
        )

    def _people_or_measure(self, demonym: Span, hits: list[NameHit]) -> bool:
        """Whether a demonym names a people (a plural: "Syrians", "Afghans") or is the adjective of a
        measure named outright right after it ("Brazilian deforestation rate")."""
        if demonym.text.endswith("s") and not demonym.text.endswith("ss"):
            return True
        after = demonym.end + len(self.text[demonym.end :]) - len(self.text[demonym.end :].lstrip())
        return any(h.start == after for h in hits)

    def _owns_named(self, entity: str, hits: list[NameHit]) -> bool:
        """Whether an entity holds every measure the claim names outright, or for one it does not,
        a measure of its own whose name holds that one's name (its breakdown: 「初回庇護申請者数
        （国籍別）」 of 庇護申請者)."""
        own = self.lookup.metrics_of((entity,))
        for hit in hits:
            if hit.id in own:
                continue
            names = [n.casefold() for n in self.pack.metrics[hit.id].names if len(n) >= 3]
            if not any(f in n.casefold() for m in own for n in self.pack.metrics[m].names for f in names):
                return False
        return True

    def _national_figure(self, spans: list[Span]) -> list[Span]:
        """"rose twice as fast as the national average" said of a part of a country (a region, a
        company of it): the national figure is the country's, the one every named part belongs to
        (its ``country``), when the claim names no country itself (a linguistic reason: "national"
        is of the nation; 「全国平均」 is read so through a pack's alias 全国; blind round 17
        jp-condo tokyo-land-double)."""
        ents = self.pack.entities
        named = [ents[s.ref] for s in spans if s.ref in ents]
        if not named or any(e.kind == "country" for e in named):
            return []
        countries = {e.country for e in named}
        if len(countries) != 1 or None in countries or next(iter(countries)) not in ents:
            return []
        country = next(iter(countries))
        assert country is not None
        return [Span(country, h.text, h.start, h.end) for h in lx.find(lx.NATIONAL_FIGURE, self.text)]

    def _lowercase_acronym(self, entity_id: str, written: str) -> bool:
        """A short name written in lower case that is an all-capitals name of the entity (IN, US)
        or an English function word ("in", "us", "it") is a word of the sentence, not the entity."""
        if not written.isascii() or len(written) > 3 or written.isupper():
            return False
        word = written.casefold()
        if word in ("we", "our") and word in self.pack.entities[entity_id].aliases:
            # a first-person pronoun is the speaker's side: the pack says whose ("we" for Ohio);
            # other short words ("in", "us") stay words even as aliases
            return False
        if written.casefold() in lx.STOPWORDS_EN or written.casefold() in ("us", "we", "it", "our"):
            return True
        same = [n for n in self.pack.entities[entity_id].names if n.casefold() == written.casefold()]
        return bool(same) and all(n.isupper() for n in same)

    def _entity_by_name(self, names: tuple[str, ...]) -> str | None:
        for name in names:
            for h in self.index.find_entities(name):
                if h.start == 0 and h.end == len(fold(name)):
                    return h.id
        return None

    def _source_dates_left_out(self, periods: list[ClaimedPeriod]) -> list[ClaimedPeriod]:
        """A date inside an attribution ("…in 2017, according to the Economic Survey 2018") dates
        the source, not the figure, when its sentence dates the figure outside the attribution
        (a linguistic reason: the attribution says who says so); alone ("According to the UNDP
        2022 E-Governance Index, Ghana is ranked …") it is the only date the figure has."""

        sources = _sources_named(self.text)

        def inside(p: ClaimedPeriod) -> bool:
            return any(a <= p.start and p.end <= b for a, b in sources)

        def sentence(p: ClaimedPeriod) -> tuple[int, int]:
            ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
            start = max((e for e in ends if e <= p.start), default=0)
            return start, min((e for e in ends if e > p.start), default=len(self.text))

        own = [sentence(p) for p in periods if not inside(p)]
        return [p for p in periods if not inside(p) or sentence(p) not in own]

    def _find_periods(self) -> list[ClaimedPeriod]:
        fy = self.pack.meta.fiscal_year  # FY2024 / 2024年度 in the pack's convention (contract 1.1)
        found = find_periods(self.text, fiscal_year=fy)
        out = [ClaimedPeriod(m.period, m.text, m.start, m.end) for m in found]
        # 「2024年度（24年4月〜25年3月）」: the months in brackets are the year meant
        out = [months_in_brackets(self.text, p, fy) for p in out]
        out += self._periods_from_now(out)
        # "this month last year", 「昨年の同じ月」: the month a year before the one said, not the year
        out = a_year_back_of(self.text, out)
        out += _windows_to_now(self.text, out, self.now)
        out += self._first_year_of_an_event(out)
        if not out and self.now is None:
            return self._actor_windows(out)
        # a month or day without a year ("同年3月", "in March", "that June") is in the year of
        # the nearest earlier period of the claim; before any, the latest such one at the claim's
        # date, and without a date it has no year and is left out
        default_year = out[0].period.start.year if out else self.now.end.year if self.now else 2000
        for m in find_periods(self.text, default_year=default_year, fiscal_year=fy):
            if any(m.start < p.end and p.start < m.end for p in out):
                continue
            earlier = [p for p in out if p.end <= m.start and not p.inferred]
            later = next((p for p in out if p.start >= m.end and not p.inferred), None)
            counted = _COUNTED_MONTH.search(self.text, max(0, m.start - 6), m.start)
            if counted is not None and self.now is not None:
                # "last December", "this July", "next March": counted from the claim's date, never
                # from a year said before it ("for 2025 to 2030 … last December" is December 2024)
                year = _counted_month_year(m.text, counted.group(1).lower(), self.now, fy)
                if year is None:
                    continue
            elif later is not None and _RANGE_JOIN.fullmatch(self.text[m.end : later.start]):
                # "between February and September 2010", "from Feb. to Sept. 2010": the first end
                # of a range takes the year written at the other end (the year before when its
                # month comes later: "November to February 2011" starts in 2010)
                year = later.period.start.year
                probe = find_periods(m.text, default_year=year, fiscal_year=fy)
                if probe and probe[0].period.start > later.period.start:
                    year -= 1
            elif not earlier:
                if self.now is None:
                    continue
                # "Since taking office in January" said in November 2010: a month or day with no
                # year and no earlier period of the claim is the latest such one at its date
                year = self.now.end.year
                probe = find_periods(m.text, default_year=year, fiscal_year=fy)
                if not probe or probe[0].period.precision not in ("month", "day"):
                    continue
                if probe[0].period.start > self.now.end:
                    year -= 1
            else:
                year = earlier[-1].period.start.year
            # "翌年2月" / "前年3月": the year after / before the earlier one
            lead = self.text[max(0, m.start - 4) : m.start]
            year += 1 if re.search(r"翌年の?$", lead) else -1 if re.search(r"前年の?$", lead) else 0
            found = find_periods(m.text, default_year=year, fiscal_year=fy)
            if found:
                out.append(ClaimedPeriod(found[0].period, m.text.rstrip("."), m.start, m.end, inferred=True))
        out.extend(_relative_periods(self.text, out))
        out = [
            replace(p, role="since")
            if _opens_a_window(self.text, p) or _from_without_end(self.text, p, out)
            else p
            for p in out
        ]
        # 「2003年からの20年間」, "the 20 years since 2003": both ends of the window are said
        for named, other in start_plus_length(self.text, out):
            if any(q.period == other.period and not q.inferred for q in out):
                # 「2020年度から2024年度までの4年間」: the length restates a window whose two ends
                # are named; a third, inferred end is no period of its own (blind jp-tax-revenue
                # corp-tax-60pct read the growth of one year for the four)
                continue
            out[out.index(named)] = replace(named, role=None)
            out.append(other)
        out = self._in_force_windows(out)
        out = self._actor_windows(out)
        # "Even before the ban", 「不正発覚前の水準」: the period just before the event the pack dates
        for start, end, period in anchors.before_an_event(self.pack, self.text):
            if not any(p.start < end and start < p.end for p in out):
                out.append(ClaimedPeriod(period, self.text[start:end], start, end, inferred=True))
        # "the 12 months to August 2023", 「2024年3月までの1年間」: the run of months, not the month
        out = [trailing_window(self.text, p) for p in out]
        # 「2025年6月までの1年間…前年の64万9000人から」: the year before a run of twelve months is one too
        out = year_before_a_run(out)
        # 「2017年の調査では」, "a 2017 survey": the year the source was made, not of the figure
        out = [
            replace(p, role="source") if p.role is None and _dates_a_source(self.text, p) else p for p in out
        ]
        return sorted(self._term_starts(out), key=lambda p: p.start)

    def _first_year_of_an_event(self, found: list[ClaimedPeriod]) -> list[ClaimedPeriod]:
        """"in the first year of the new NISA", 「新NISA元年」「新制度の初年度」: the year of the
        pack's event that starts what is named (its title holds every word of the name, or the
        Japanese name whole, and a start word), as a period of the claim (a linguistic reason: the
        first year of X is the year X began; blind jp-household nisa_2024_en and nisa_30pct_en read
        "first" as a record). An apposition after a year (", the first year of …") names that year
        again: no period, no statement (``restated``)."""
        out: list[ClaimedPeriod] = []
        for m in _FIRST_YEAR_OF.finditer(self.text):
            if any(m.start() < p.end and p.start < m.end() for p in found):
                continue
            years = {
                year
                for titles, year in self.lookup.events_titled(_STARTS)
                if _title_names(titles, m.group("name"), m.group("ja"))
            }
            if len(years) != 1:
                continue
            (year,) = years
            apposed = [
                p for p in found
                if (p.end <= m.start() and _APPOSED.fullmatch(self.text, p.end, m.start()))
                or (m.end() <= p.start and _APPOSED_JA.fullmatch(self.text, m.end(), p.start))
            ]
            if apposed:
                # "in 2024, the first year of the new NISA", 「新NISA元年の2024年」: the year said
                # again, no statement of its own (another year: left to be read as before)
                if apposed[0].period.start.year == year:
                    self.restated.append((m.start(), m.end()))
                continue
            period = find_periods(f"{year}年")[0].period
            out.append(ClaimedPeriod(period, m.group(0), m.start(), m.end()))
        return out

    def _term_starts(self, found: list[ClaimedPeriod]) -> list[ClaimedPeriod]:
        """"When he took office in 2015, there were 1.5 million tourists": the moment a term began,
        whose figure is the one known then (role ``took_office``, §4.4); a later "when he took over
        office" with no year of its own is the same moment."""
        out = list(found)
        first: ClaimedPeriod | None = None
        for m in _WHEN_IN_OFFICE_EN.finditer(self.text):
            if not terms.TOOK_OFFICE.search(m.group(0)):
                continue
            inside = [i for i, p in enumerate(out) if p.role is None and m.start() <= p.start < m.end()]
            for i in inside:
                out[i] = replace(out[i], role="took_office")
                first = first or out[i]
            if not inside and first is not None and not any(m.start() <= p.start < m.end() for p in out):
                out.append(replace(first, text="", start=m.start(), end=m.start(), inferred=True))
        return out

    def _in_force_windows(self, found: list[ClaimedPeriod]) -> list[ClaimedPeriod]:
        """"since the reform took effect", 「改正法の施行以来」: a window from the date the pack's
        event says the thing came into force (``shingi.pipeline.anchors``) to now. A period the
        words give ("since the reform took effect in September 2023") opens it; else the one event
        date; with none, or events of different dates, it is unplaced (an ambiguous anchor), as is a
        span of a length after it (``anchors.bounded_after``)."""
        out = list(found)
        for start, end, words, ja in anchors.in_force_windows(self.text):
            if anchors.bounded_after(self.text, start, end):
                # "in the first month after the tariffs took effect", 「発効後の1か月で」: a span of a
                # length that ends there, no window to now: a period the words give stays as it is
                if not any(start <= p.end and p.start <= end + 12 for p in out if p.role != "source"):
                    self.unplaced.append((start, end))
                continue
            # a period in the words (when one overlaps them) or right after them opens the window;
            # one that only overlaps them leaves it to that period, no event's date
            overlaps = any(p.start < end and start < p.end for p in out if p.role != "source")
            lo = start if overlaps else end
            near = [p for p in out if lo <= p.start <= end + 12 and p.role != "source"]
            if near:
                out[out.index(near[0])] = replace(near[0], role="since")
                continue
            if overlaps:
                continue
            dates = anchors.in_force_dates(self.pack, words, ja)
            if len(dates) != 1 or (self.now is not None and dates[0].start > self.now.end):
                self.unplaced.append((start, end))
                continue
            period = anchors.window_start(dates[0])
            out.append(ClaimedPeriod(period, self.text[start:end], start, end, inferred=True, role="since"))
        return out

    def _actor_windows(self, found: list[ClaimedPeriod]) -> list[ClaimedPeriod]:
        """"since she took office", "on his watch", "under this government", 就任以来, 政権発足後:
        a window from the actor's term start to now (``shingi.pipeline.terms``). A period the words
        give ("since taking office in January", "took over in 2005") opens it; else the pack's
        term start of the actor; else it is unplaced."""
        out = list(found)
        for m in terms.ACTOR_WINDOW.finditer(self.text):
            near = [p for p in out if m.start() <= p.start <= m.end() + 12 and p.role != "source"]
            if near:
                p = near[0]
                out[out.index(p)] = replace(p, role="since")
                self.actor_windows.add(p.start)
                continue
            actors = [
                e.ref
                for e in self.entities
                if self.pack.entities[e.ref].kind in _ACTOR_KINDS
                and (m.start() <= e.start < m.end() or _same_sentence(self.text, e.start, m.start()))
            ]
            start = terms.find_term_start(self.pack, actors, self.speaker, self.now)
            if start is None:
                self.unplaced.append((m.start(), m.end()))
                continue
            self.actor_windows.add(m.start())
            window = ClaimedPeriod(start.period, m.group(0), m.start(), m.end(), inferred=True, role="since")
            out.append(window)
        return out

    def _price_level_growth(self) -> tuple[str, ...]:
        """The pack's one measure of the change of the general price level: a growth measure in %
        named or aliased plainly as inflation, consumer prices, CPI (インフレ率, 物価上昇率,
        消費者物価); none when there is not exactly one."""
        found = tuple(
            m.id for m in self.pack.metrics.values()
            if m.kind == "growth" and m.unit == "%"
            and any(n.strip().casefold() in _HEADLINE_PRICES for n in (m.name_en, m.name_ja, *m.aliases) if n)
        )
        return found if len(found) == 1 else ()

    def _periods_from_now(self, found: list[ClaimedPeriod]) -> list[ClaimedPeriod]:
        """今年 / 昨年 / 今年度 / "this year" / "last fiscal year" ...: years counted from the
        claim's "now" (contract 1.1 ``said_on``), not from another period of the claim."""
        if self.now is None:
            return []
        out: list[ClaimedPeriod] = []
        year = self.now.end.year
        for m in find_periods(self.text, default_year=year, fiscal_year=self.pack.meta.fiscal_year):
            if any(m.start < p.end and p.start < m.end for p in found):
                continue
            if _FROM_NOW.search(m.text) and not _THE_LAST_YEAR.search(self.text[: m.start]):
                # 昨年度 / "last fiscal year": counted in fiscal years from the claim's date
                period = fiscal_year_from_now(m.text, self.now, self.pack.meta.fiscal_year) or m.period
                start, end = m.start, m.end
                before = _BEFORE_THIS_YEAR.search(self.text, max(0, m.start - 12), m.end + 6)
                if period.precision == "year" and before is not None:
                    # "up from less than 3% before this year", 「今年に入る前は」: the end of the year
                    # before it (its December: the year's value on a yearly series, the month's on a
                    # monthly one), the words of "before" its own (they date the figure before them)
                    period = period_of_month(period.start.year - 1, 12)
                    start, end = min(start, before.start()), max(end, before.end())
                out.append(ClaimedPeriod(period, self.text[start:end], start, end))
        taken = [*found, *out]
        out += [p for p in steps_from_now(self.text, self.now) if not any(
            p.start < q.end and q.start < p.end for q in taken
        )]
        # 「前年度末に」 with no period before it: the end of the fiscal year before now, as 昨年度末
        out += end_of_the_year_before(self.text, [*found, *out], self.now, self.pack.meta.fiscal_year)
        return out

    def _find_numbers(self, taken: list[tuple[int, int]]) -> list[ClaimedNumber]:
        text = self.text
        out: list[ClaimedNumber] = []
        minutes_taken: set[int] = set()  # the minutes of "10 hours and 45 minutes", read with the hours
        for m in find_quantities(text):
            _checkable(m.quantity.value, m.text)
            if m.start in minutes_taken:
                continue
            hm = HOURS_AND_MINUTES_EN.match(text, m.end) if m.quantity.unit in (None, "count") else None
            if hm is not None and int(hm.group("m")) < 60:
                # "10 hours and 45 minutes", "1 hour 30 min": one length, 10.75 hours (or 645 minutes
                # of a measure kept in minutes), never the two numbers 10 and 45 (blind round 20
                # en-elem-hours); kept unitless as a bare length of hours is when no measure is
                # kept in a unit of time the claim names (the check reads it in hours against a
                # measure of the clock it is linked to: common.CLOCK_LENGTH)
                minutes_taken.add(hm.start("m"))
                value = m.quantity.value + int(hm.group("m")) / 60
                measured = self._time_measure("hours")
                unit = None
                if measured is not None:
                    unit, factor = measured
                    value *= factor
                said = text[m.start : hm.end()]
                out.append(ClaimedNumber(replace(m.quantity, value=value, unit=unit, text=said),
                                         comparator_near(text, m.start, hm.end())
                                         or ("about" if m.quantity.approx else "exactly"),
                                         said, m.start, hm.end()))
                continue
            if any(m.start < b and a < m.end and not _counts_the_name(m, a, b) for a, b in taken):
                continue
            if any(n.start <= m.start and m.end <= n.end for n in self.metric_names):
                continue  # a number inside a metric's name is part of it ("1人当たり旅行支出")
            if m.start > 0 and text[m.start - 1].isascii() and text[m.start - 1].isalpha():
                continue  # glued to a name: X500, H3
            if m.quantity.unit is None and m.start > 0 and "\u30a1" <= text[m.start - 1] <= "\u30fc":
                # 「トイレ5」, 「ゾーン3」: a bare number glued to a katakana word is part of its name
                # (a Japanese count takes a counter: トイレ5か所)
                continue
            if (
                m.quantity.unit == "x" and m.quantity.value >= 100 and TIMES_WORD_END.search(m.text)
                and TIMES_AS_OCCASIONS_AFTER.match(text, m.end)
                and not lx.has(lx.UP, said := _sentence_before(text, m.start)) and not lx.has(lx.DOWN, said)
                and not TIMES_MULTIPLIED.search(said)
                and not self._names_a_ratio(m.start - len(said), m.start)
            ):
                # "spilled sewage 464,056 times in 2023": a count of occasions, no multiple
                # (numbers.TIMES_AS_OCCASIONS_AFTER; blind round 20c record-spills-2023); not after a
                # verb of multiplying, nor of a measure kept as a multiple ("P/E was 150 times")
                said = TIMES_WORD_END.sub("", m.text).rstrip()
                m = replace(m, quantity=replace(m.quantity, unit="count", text=said), text=said,
                            end=m.start + len(said))
            if m.quantity.unit in (None, "count") and (d := _LENGTH.match(text, m.end)) is not None:
                measured = self._time_measure(d.group("w") or d.group("w2"))
                if is_window_length(text, m.start, d.end()):
                    continue  # 「2003年からの20年間」, "the 20 years since 2003": a window's length, no value
                if measured is not None:
                    # "inflation stayed in single digits for 32 consecutive months" where the pack
                    # measures a run in months: the length of time is the value the claim gives
                    kept, factor = measured
                    m = replace(m, quantity=replace(m.quantity, value=m.quantity.value * factor, unit=kept))
                elif _DURATION.match(text, m.end):
                    continue  # "in the 10 years before", "18 months", 10年間: a length of time
            if m.quantity.unit in (None, "count") and _age_band(text, m.start, m.end):
                continue  # "aged 16 and over", 「200歳を超える」: who is counted, not a value
            comparator = (
                negated_bound(text, m.start, m.end)
                or m.comparator
                or comparator_near(text, m.start, m.end)
                or ("about" if m.quantity.approx else "exactly")
            )
            if (
                comparator == "at_most"
                and m.text.endswith("まで")
                and _change_follows(text, m.end)
                and not _BOUND_BEFORE_MADE_JA.search(text[max(0, m.start - 6) : m.start] + m.text)
            ):
                # 「約550万トンまで回復し」「16.05%まで低下した」: まで before a change verb marks where
                # the change ended (the level reached), not "at most" (a linguistic reason)
                comparator = "about" if m.quantity.approx else "exactly"
            quantity = m.quantity
            local = self.lookup.local_currencies.get(quantity.unit or "")
            if local is not None and (
                not _US_DOLLAR.search(text[max(0, m.start - 5) : m.end])
                if quantity.unit == "USD"
                else family_currency_name(m.text)
            ):
                # "$" is the sign of every dollar: in a pack that records Australian dollars only,
                # "$900 billion" is AUD (US$, "U.S. dollars" stay US dollars); 「クローネ」 in a
                # pack of Danish kroner is DKK ("Norwegian kroner" stays NOK)
                quantity = replace(quantity, unit=local)
            near = _near_bound(text, m.start, m.end, m.text)
            if near == "less_than" and quantity.unit == "x" and quantity.value < 1 and fell_to_a_fraction(
                text, m.start, m.end
            ):
                # 「半分近くにまで減った」, "fell to nearly a third": a fall that stopped a little short
                # of the fraction, a ratio a little above it (as "nearly halved", §4.1)
                near = "more_than"
            if near is not None:
                # "just under 50,000", "nearly", 弱, 近く: a little below the number, not any
                # number below it (nor above it); "just over", 強: a little above
                comparator, quantity = near, replace(quantity, approx=True)
            if quantity.unit in (None, "count") and per_a_thing(text, m.start, m.end):
                # "1.15 children per woman": a rate, compared with rate measures only (as "one
                # officer for every 422"), never with a count of children or births
                out.append(ClaimedNumber(replace(quantity, unit=None), comparator, m.text, m.start, m.end,
                                         role="rate"))
                continue
            out.append(ClaimedNumber(quantity, comparator, m.text, m.start, m.end))
        # 「10時間45分」: one length in hours (numbers.HOURS_AND_MINUTES_JA), a value when the pack
        # measures in hours or minutes, as 「3時間」 below
        for mm in HOURS_AND_MINUTES_JA.finditer(text):
            measured = self._time_measure("時間")
            a, b = mm.start(), mm.end()
            if measured is None or int(mm.group("m")) >= 60 or any(a < y and x < b for x, y in taken) or any(
                a < n.end and n.start < b for n in out
            ):
                continue
            kept, factor = measured
            value = (float(mm.group("h")) + int(mm.group("m")) / 60) * factor
            _checkable(value, mm.group(0))
            approx = bool(mm.group("a"))
            comparator = comparator_near(text, a, b) or ("about" if approx else "exactly")
            length = Quantity(value, kept, approx, mm.group(0))
            out.append(ClaimedNumber(length, comparator, mm.group(0), a, b))
        # 「3か月」「12日間」, which the quantity grammar leaves to dates: a value when the pack
        # measures something in that unit of time
        for mm in _LENGTH_JA.finditer(text):
            measured = self._time_measure(mm.group("w"))
            a, b = mm.start(), mm.end()
            if measured is None or any(a < y and x < b for x, y in taken) or any(
                a < n.end and n.start < b for n in out
            ) or is_window_length(text, a, b):
                continue  # (「2003年からの20年間」: the length of a window, not a value)
            if mm.group("w") == "年" and (
                len(mm.group("n").split(".")[0]) > 2
                or mm.group("s")
                or text[max(0, a - 1) : a] in tuple("和成正治")
            ):
                continue  # 「2020年より短い」「令和2年」: a year, no length (two digits, no era name)
            if SIGN_BEFORE.search(text, max(0, a - 4), a) or (
                mm.group("w") == "日" and not mm.group("s") and mm.group("n").isdigit()
                and int(mm.group("n")) <= 31 and DAY_OF_MONTH_AFTER.match(text, b)
            ):
                continue  # 「-335日」: no length; 「政府は20日、」「15日の」: a day of the month, a date
            kept, factor = measured
            value = float(mm.group("n").replace(",", "")) * (10_000 if mm.group("s") else 1) * factor
            _checkable(value, mm.group(0))
            approx = bool(mm.group("a"))
            length = Quantity(value, kept, approx, mm.group(0))
            comparator = comparator_near(text, a, b) or ("about" if approx else "exactly")
            out.append(ClaimedNumber(length, comparator, mm.group(0), a, b))
        # "one police officer for every 422 citizens", "1 doctor per 1,000 people": a rate, N of
        # the second thing per one of the first — one number, the rate (not the count 1)
        rates = any(is_rate_metric(m) for m in self.pack.metrics.values())
        for mm in _ONE_FOR_EVERY.finditer(text) if rates else ():
            a, b = mm.start(), mm.end()
            if any(a < y and x < b for x, y in taken):
                continue
            out = [n for n in out if not (a < n.end and n.start < b)]
            approx = bool(_ROUGHLY.search(text, 0, a))
            rate = Quantity(float(mm.group("n").replace(",", "")), None, approx, mm.group(0))
            comparator = comparator_near(text, a, b) or ("about" if approx else "exactly")
            out.append(ClaimedNumber(rate, comparator, mm.group(0), a, b, role="rate"))
        # 「3.4人に1人」「4世帯に1世帯」, "one in four", "1 in 3.4": a share, 1/N of the whole (100/N %)
        for mm in _ONE_IN.finditer(text):
            a, b = mm.start(), mm.end()
            if any(a < y and x < b for x, y in taken):
                continue
            n_text = " ".join((mm.group("n") or mm.group("n2") or "").split())
            den = _WORDS_ONE_IN.get(n_text.lower()) or float(n_text.replace(",", "") or 0)
            k_text = (mm.group("k") or mm.group("k2") or mm.group("k3") or "1").lower()
            part = 1.0 if k_text == "一" else _WORDS_ONE_IN.get(k_text) or float(k_text.replace(",", ""))
            if den <= 1 or part >= den:
                continue
            round_whole = den <= 10 or den in (100, 1000)
            if mm.group("sep") in ("中", "のうち") and not round_whole:
                continue  # 「1741市町村のうち482市町村」: a count and its total, not a proportion
            digits_part = mm.group("k3") is not None and mm.group("k3")[0].isdigit() and (
                len(mm.group("k3")) > 1 or mm.group("u") is not None
            )
            if digits_part and not (round_whole or mm.group("every")):
                continue  # "85 in 2024": no proportion (a round whole or "every" makes one)
            if mm.group("n2") and mm.group("n2").isdigit() and 1800 <= den <= 2100 and not mm.group("every"):
                continue  # "from over 3 in 2018": a figure in a year, no one in 2018
            # "almost four in ten", 「10人に9人近く」: the approximation word is the share's bound
            near = _near_bound(text, a, b, mm.group(0))
            comparator = near or comparator_near(text, a, b) or "about"
            # "fewer than two in three", 「10本に9本以上」: a strict bound, as "under two-thirds" is
            # (not the near bound of "almost", which is approximate)
            approx = near is not None or comparator not in ("more_than", "less_than", "at_least", "at_most")
            lead = BOUND_ENDING_ONE_IN.search(text, max(0, a - 30), a) if mm.group("n2") else None
            if lead is not None and not any(n.start < a and lead.start() < n.end for n in out):
                a = lead.start()  # "more than nine out of ten": the bound is the figure's own
            out = [n for n in out if not (a < n.end and n.start < b)]
            share = Quantity(round(100.0 * part / den, 4), "%", approx, text[a:b])
            out.append(ClaimedNumber(share, comparator, text[a:b], a, b))
        # "outnumber … by about ten to one", 「約10対1」: a multiple N (numbers.N_TO_ONE)
        for mm in N_TO_ONE.finditer(text):
            a, b = mm.start("n") if mm.group("n") else mm.start(), mm.end()
            if mm.group("hedge"):
                a = mm.start("hedge")
            if any(a < y and x < b for x, y in taken):
                continue
            out = [n for n in out if not (a < n.end and n.start < b)]
            word = (mm.group("n") or mm.group("ja_n") or mm.group("inv_n") or "").lower()
            value = float(_WORDS_ONE_IN.get(word) or word)
            if mm.group("inv_n"):
                if value <= 0:
                    continue
                value = round(1.0 / value, 6)
            hedge = (mm.group("hedge") or mm.group("ja_hedge") or mm.group("inv_hedge") or "").lower()
            bound = hedge.startswith(("more", "over"))
            approx = bool(hedge) and not bound
            times = Quantity(value, "x", approx, mm.group(0))
            comparator = "more_than" if bound else "about" if approx else "exactly"
            out.append(ClaimedNumber(times, comparator, text[a:b], a, b))
        # "positive growth", "negative growth", プラス成長, マイナス成長: a growth above / below zero
        for mm in _SIGNED_GROWTH.finditer(text):
            if any(mm.start() < b and a < mm.end() for a, b in taken):
                continue
            above = mm.group(0).casefold().startswith(("positive", "プラス"))
            zero = Quantity(0.0, "%", False, mm.group(0))
            comparator = "more_than" if above else "less_than"
            out.append(ClaimedNumber(zero, comparator, mm.group(0), mm.start(), mm.end()))
        # 「ゼロで」「ゼロ件」, "zero cases": the number 0 (not ネットゼロ, "net zero", "zero-emission")
        for mm in _ZERO.finditer(text):
            if any(mm.start() < b and a < mm.end() for a, b in taken) or any(
                mm.start() < n.end and n.start < mm.end() for n in out
            ):
                continue
            before = _clause_before(text, mm.start())
            said_met = lx.has(lx.ACHIEVED, before) or lx.missed_target(before) is not None
            if mm.group(0).lower() == "eliminating" and not said_met:
                # a goal of eliminating is a value only when it is said met (the count nought), by
                # the verb of its own clause ("met its goal of eliminating …", not "abandoned its
                # goal of eliminating …, though it achieved a fall")
                continue
            hedge = NEAR_ZERO_BEFORE.search(text, max(0, mm.start() - 12), mm.start())
            if hedge is not None or NEAR_ZERO_AFTER.match(text, mm.end()):
                # 「ほぼゼロ」, "almost zero": a negligible value, "about" nought (graded against the
                # measure's scale: common.near_zero)
                said = text[hedge.start() if hedge else mm.start() : mm.end()]
                zero = Quantity(0.0, None, True, said)
                out.append(ClaimedNumber(zero, "about", said, mm.start(), mm.end()))
                continue
            zero = Quantity(0.0, None, False, mm.group(0))
            out.append(ClaimedNumber(zero, "exactly", mm.group(0), mm.start(), mm.end()))
        # "dozens of deaths", 「数万人」: a vague count is the band it names, its lowest value and
        # the first one above it (at least 24, under 100), never one figure
        # (and "the low 70s", "the 500,000s": a band, its lowest value and the first one above it)
        for a, b, low, high, unit in [*vague_counts(text), *english_bands(text)]:
            if any(a < y and x < b for x, y in taken) or any(a < n.end and n.start < b for n in out):
                continue
            said = text[a:b]
            out.append(ClaimedNumber(Quantity(low, unit, False, said), "at_least", said, a, b))
            out.append(ClaimedNumber(Quantity(high, unit, False, said), "less_than", said, a, b))
        # 「一万人以上」「八割」「三千円」: a number written in kanji numerals before a counter
        for mm in _KANJI_NUMBER.finditer(text):
            a, b = mm.start(), mm.end()
            if any(a < y and x < b for x, y in taken) or any(a < n.end and n.start < b for n in out):
                continue
            kanji = _kanji_value(mm.group("n"))
            counter = mm.group("c")
            if kanji is None or (kanji < 2 and not re.search(r"[万億兆]", mm.group("n"))):
                continue  # 一人, 一件: "one" in a set phrase (一人あたり), not a figure
            unit = _KANJI_COUNTER_UNITS.get(counter, "count")
            amount = float(kanji) * (10.0 if counter == "割" else 1.0)
            # 「約三割」「およそ七千円」「少なくとも二万人」: the word before the figure is its comparator,
            # as it is before digits (find_quantities); one after it (以上, 程度) still decides
            pre = comparator_before(text, a)
            if pre is not None and any(pre[0] < y and x < a for x, y in taken):
                pre = None
            start = a if pre is None else pre[0]
            comparator = comparator_near(text, a, b) or (pre[1] if pre else "exactly")
            approx = pre is not None and pre[2]
            said = text[start:b]
            quantity = Quantity(amount, unit, approx, said)
            out.append(ClaimedNumber(quantity, comparator, said, start, b))
        # 「一度もない」「一回もなかった」: not once, a count of zero
        never_past = [m.span() for m in NEVER_PAST_JA.finditer(text)]
        for mm in _NEVER_JA.finditer(text):
            if any(mm.start() < b and a < mm.end() for a, b in (*taken, *never_past)) or any(
                mm.start() < n.end and n.start < mm.end() for n in out
            ):
                continue  # (一度も…上回っていない: a negation, cues.NEVER_PAST_JA, not a count)
            zero = Quantity(0.0, None, False, mm.group(0))
            out.append(ClaimedNumber(zero, "exactly", mm.group(0), mm.start(), mm.start() + 3))
        # multiplier words the quantity grammar leaves to us: doubled, halved, 倍増, 半分; and 倍
        # alone before a bound word or a change (「前年の倍以上」「倍近くに増えた」: twice)
        multipliers = [*lx.MULTIPLIER_WORDS.items(), (BARE_DOUBLE_JA, 2.0)]
        for word, value in multipliers:
            pat = (
                word
                if word is BARE_DOUBLE_JA
                else re.escape(word)
                if not word.isascii()
                else r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])"
            )
            for mm in re.finditer(pat, text, re.IGNORECASE):
                if any(mm.start() < b and a < mm.end() for a, b in taken) or any(
                    mm.start() < n.end and n.start < mm.end() for n in out
                ):
                    continue
                if ONCE_BUT_EN.search(text, max(0, mm.start() - 16), mm.start()):
                    continue  # "not once but twice": how many times it happened, no multiple (M3)
                if word == "half" and HALF_OF_TIME.search(text, max(0, mm.start() - 8), mm.start()):
                    continue  # "mostly in the second half": a part of a year (as the quantity grammar)
                comparator = comparator_near(text, mm.start(), mm.end()) or "exactly"
                approx = False
                near = _near_bound(text, mm.start(), mm.end(), mm.group(0), multiple=True)
                if near is not None:
                    # "nearly halved", "almost doubled": a little less of a change than said, so
                    # a ratio a little nearer to 1 (above 0.5 for a halving), as "nearly doubled"
                    # is a little below 2 (§4.1)
                    other_side = BOUND_FLIP[near]
                    comparator = near if value > 1 else other_side
                    approx = True
                elif _APPROX_BEFORE.search(text, max(0, mm.start() - 16), mm.start()):
                    # "roughly halved", 「およそ半減」: approximate, as "roughly doubled" and 約半分
                    # already are (a linguistic reason: the same word before digits, §4.1)
                    comparator, approx = "about", True
                elif value < 1 and mm.group(0).lower() in _FALL_MULTIPLE_VERBS:
                    # "more than halved", 「半減以上」: a bound on the fall, not on the ratio, so
                    # a ratio below one half (a fall of more than 50 %); "less than halved" one
                    # above it (§4.1). 「半分以下」 is a bound on the ratio itself and stays
                    comparator = BOUND_FLIP.get(comparator, comparator)
                out.append(
                    ClaimedNumber(
                        Quantity(value, "x", approx, mm.group(0)),
                        comparator,
                        mm.group(0),
                        mm.start(),
                        mm.end(),
                    )
                )
        # ordinals the quantity grammar leaves: "ranked third", "the 2nd-largest", 第3位
        for mm in (m for pattern in _ORDINALS for m in pattern.finditer(text)):
            group = "n" if mm.groupdict().get("n") else "n2"
            if not mm.groupdict().get(group):
                continue
            a, b = mm.start(group), mm.end(group)
            if any(a < y and x < b for x, y in taken):
                continue
            of = _OF_ANOTHER_EN.match(text, b)
            if (
                _FRACTION_BEFORE_ORDINAL.search(text, max(0, a - 8), a)
                and mm.group(group).lower() not in ("first", "second", "1st", "2nd")
                and of is not None
                and (
                    any(e.start == of.end() for e in self.entities)
                    or _POSSESSIVE_NEXT.match(text, of.end()) is not None
                )
            ):
                # "roughly a third of the US rate": a fraction of another entity's value (the
                # quantity grammar's multiple), no place (blind round 19b intl95 was ranked), or of
                # an owner's whole ("about a third of the town's buildings"); not "a third of the
                # debt", read as before (blind round 16b foreign-third would be checked on a share
                # of another whole)
                continue
            # a number the grammar read first ("17" of "number 17", 3 of 3位) is the place
            out = [n for n in out if not (a < n.end and n.start < b)]
            word = mm.group(group).lower()
            value = place_number(word)
            if value:
                # the ordinal alone is the number ("ranked" stays the clause's verb); 第3位 whole
                a, b = (mm.start(), mm.end()) if mm.group(0).startswith("第") else (a, b)
                if (worst := _WORST_BEFORE.search(text, max(0, a - 6), a)) is not None:
                    a = worst.start()  # 「ワースト2位」: the place and the end it is counted from
                rank = Quantity(float(value), "rank", False, text[a:b])
                out.append(ClaimedNumber(rank, "exactly", text[a:b], a, b))
        # "ranked 7th in Africa and 106th in the world", "number one in West Africa and number
        # four in Africa": a place coordinated with a place is a place too (the verb is shared)
        for n in sorted((n for n in out if n.unit == "rank"), key=lambda n: n.start):
            at = n.end
            while (cm := _COORDINATED_PLACE.match(text, at)) is not None:
                a, b = cm.start("n"), cm.end("n")
                seen = any(o.unit == "rank" and o.start == a for o in out)
                if seen or any(a < y and x < b for x, y in taken):
                    break
                out = [o for o in out if not (a < o.end and o.start < b)]
                word = cm.group("n").lower()
                value = place_number(word)
                if not value:
                    break
                place = Quantity(float(value), "rank", False, text[a:b])
                out.append(ClaimedNumber(place, "exactly", text[a:b], a, b))
                at = b
        # "second to last", 下から2番目, "in the bottom half": a place against the number ranked
        relative: list[tuple[int, int]] = []
        for mm in _FROM_LAST.finditer(text):
            if any(mm.start() < y and x < mm.end() for x, y in taken):
                continue
            out = [n for n in out if not (mm.start() < n.end and n.start < mm.end())]
            back = Quantity(float(back_from_last(mm)), "rank", False, mm.group(0))
            out.append(ClaimedNumber(back, "last", mm.group(0), mm.start(), mm.end()))
            relative.append((mm.start(), mm.end()))
        for mm in _HALF_PLACE.finditer(text):
            if any(mm.start() < y and x < mm.end() for x, y in taken):
                continue
            out = [n for n in out if not (mm.start() < n.end and n.start < mm.end())]
            half = Quantity(0.0, "rank", False, mm.group(0))
            out.append(ClaimedNumber(half, half_comparator(mm), mm.group(0), mm.start(), mm.end()))
            relative.append((mm.start(), mm.end()))
        # "among the bottom three", 「上位3位以内」「ベスト3」: a place within a band at one end
        for mm in _BAND_PLACE.finditer(text):
            a = mm.start("en") if mm["en"] else mm.start()
            if any(a < y and x < mm.end() for x, y in (*taken, *relative)):
                continue
            size, comparator = band_place(mm)
            if not size:
                continue
            out = [n for n in out if not (a < n.end and n.start < mm.end())]
            band = Quantity(size, "rank", False, text[a : mm.end()])
            out.append(ClaimedNumber(band, comparator, text[a : mm.end()], a, mm.end()))
            relative.append((a, mm.end()))
        for mm in _LAST.finditer(text):
            if not any(mm.start() < y and x < mm.end() for x, y in (*taken, *relative)):
                last = Quantity(0.0, "rank", False, mm.group(0))
                out.append(ClaimedNumber(last, "last", mm.group(0), mm.start(), mm.end()))
        # "48th among the 50 states", "190か国中3位": how many were ranked is no value of the claim
        if any(n.unit == "rank" for n in out):
            out = [
                n
                for n in out
                if n.unit == "rank"
                # how many were ranked is a whole number: "with a score of 29.1" is a value
                or not float(n.quantity.value).is_integer()
                or not (
                    _RANKED_AMONG.search(text[max(0, n.start - 12) : n.start])
                    or _RANKED_AMONG_JA.match(text[n.end : n.end + 8])
                )
            ]
        # 「4歳・5歳児」, "4- and 5-year-olds": an age class names who is counted, it is no value
        out = [
            n
            for n in out
            if not (n.unit in (None, "count") and (_AGE_CLASS.match(text, n.end) or age_decade(text, n)))
        ]
        out.sort(key=lambda n: n.start)
        # "Rs 106.4 a litre", 「1リットルあたり170円」: a price per unit, in a pack that keeps one
        out = amounts_per_unit(text, out, {m.unit for m in self.pack.metrics.values() if m.unit})
        # "1人1,000円", "1人1泊最大2万円", 「1回あたり」: one of something right before another
        # number, or before あたり / につき, is what the number is per, not a number the claim makes;
        # so is the number right after "per" ("1 209 per 100 000": the rate's base)
        return [
            n
            for i, n in enumerate(out)
            if not (
                n.unit in ("count", None) and RATE_BASE_BEFORE_EN.search(text, max(0, n.start - 6), n.start)
            )
            and not (
                n.quantity.value == 1
                and n.unit in ("count", None)
                and (
                    (i + 1 < len(out) and out[i + 1].start - n.end <= 3 and _PER_GAP.fullmatch(
                        text[n.end : out[i + 1].start]))
                    or _PER_AFTER.match(text, n.end)
                )
            )
            # 「1リットルあたりの輸出単価」「1時間当たり」: one unit a rate is per, no volume or length
            and not (n.quantity.value == 1 and per_unit(n.unit) and _PER_AFTER.match(text, n.end))
        ]

    def _names_a_ratio(self, start: int, end: int) -> bool:
        """Whether a measure the text names between ``start`` and ``end`` is kept as a multiple
        (unit ``x`` or kind ``ratio``: a price-earnings ratio): its "N times" is a value, no count."""
        for h in self.metric_names:
            metric = self.pack.metrics.get(h.ref)
            if start <= h.start < end and metric is not None and metric.unit == "x":
                return True
            if start <= h.start < end and metric is not None and metric.kind == "ratio":
                return True
        return False

    def _named_time_unit(self, word: str) -> str | None:
        """The unit of the first of the pack's measures kept in the unit of time ``word`` (hour,
        day, month …: ``numbers.TIME_UNITS``) that the claim names, None if it names none. Named: by
        a name or alias, or most of a name's words, the number's unit word counting as the count
        noun it makes (「停電は335日」 names 停電の日数, "6,778 hours of outages" outage hours). Read
        once per unit of time a claim says a length in (not per claim: it asks the lookup)."""
        if word not in self._times:
            ids = [m.id for m in self.pack.metrics.values() if time_word(m.unit) == word]
            # a name that is only a unit of time ("Days", 日数) names no measure by itself
            named = {h.ref for h in self.metric_names
                     if not _UNIT_AT_THE_ENDS.fullmatch(self.text[h.start : h.end].strip())}
            if any(m not in named for m in ids):
                said = self.lookup.match_metrics(f"{self.text} {_TIME_COUNT_NOUNS[word]}")
                named |= {m for m in said if _rest_is_said(self.pack.metrics[m], word, self.text)}
            first = next((m for m in ids if m in named), None)
            self._times[word] = None if first is None else (self.pack.metrics[first].unit or "").strip()
        return self._times[word]

    def _time_measure(self, word: str | None) -> tuple[str, float] | None:
        """The unit of the measure a length of time said in ``word`` (days, 時間, か月 …) is a value
        of, and the factor to it: a measure the claim names kept in that unit of time, whatever its
        spelling (「計画停電は335日」 of a measure in days), else one in minutes for hours or in hours
        for minutes (「約3時間」 of a waiting time kept in minutes, 180). Else None: a length of time
        that may be anything else (「残業は年960時間まで」 is a cap an event sets, not the hours a
        measure records; 「最大3年間」 a programme's term), no value of a measure."""
        key = time_word(word) or ""
        for other, factor in ((key, 1.0), *_CLOCK_UNITS.get(key, ())):
            unit = self._named_time_unit(other) if other else None
            if unit is not None:
                return unit, factor
        return None

    # -- statements ----------------------------------------------------------------------

    def parse(self) -> list[Statement]:
        clauses = self._merge(_split(self.text, [(e.start, e.end) for e in self.entities]))
        raw = [self._features(c) for c in clauses]
        return self._contextualise(raw, clauses)

    def _predicate(self, c: _Clause) -> str | None:
        """What makes the clause say something by itself: "verb" (a verb, an adjective, a copula
        or a cue word), "number" (only a number), or None (a date, a name)."""
        masked = self._masked(c.start, c.end, "entities", "metrics", "numbers", "periods")
        if has_japanese(masked):
            for tok in tokenize(masked):
                if tok.pos in ("動詞", "形容詞", "助動詞") or tok.surface in ("だ", "です"):
                    return "verb"
            if _any_cue(masked) or side_state(masked):
                # 「2022年からずっと赤字で、…」: a balance said to stand in deficit says something
                return "verb"
        elif _FIRST_TIME_ONLY_EN.fullmatch(masked):
            # "For the first time, renewables supplied more than half …": a leading adverbial of
            # the statement that follows, not one of its own (§2)
            return None
        elif _PREDICATE_EN.search(masked) or _cue_names(masked) or _verb_cue_en(masked):
            return "verb"
        inside = [n for n in self.numbers if c.start <= n.start < c.end]
        if any(n.unit == "rank" and n.comparator in (*RELATIVE_PLACES, "at_most") for n in inside):
            # "…, putting it back among Africa's top three economies", 「…、上位3位以内に入った」: a
            # place in a band (or against the last) says where the subject stands, a statement of its
            # own — not a figure-only aside of the previous clause's amount
            return "verb"
        if inside:
            return "number"
        return None

    def _now_against_then(
        self, text: str, numbers: Sequence[ClaimedNumber], metrics: Sequence[str], period: ClaimedPeriod
    ) -> bool:
        """"Rice is lower now than in May 2025", 「売り上げはいまや2019年より小さい」: a comparative
        with no figure that sets the value now (a now word: the latest at the claim's date) against
        one earlier period is the way of the change from that period to now (docs/verdict-rules.md
        §4.7, "Now against an earlier period"). Only of one level measure the clause names (two
        measures named alike leave which one open; a growth rate's value is no level) and with no
        degree word ("well above", 「大きく」: a size the way alone does not settle)."""
        from shingi.pipeline.checks.common import NOW_WORDS

        if not metrics or period.run:
            return False
        if len(metrics) > 1:
            # the first measure named whole and no other ("unemployment rate", not "youth
            # unemployment rate" linked beside it by its words) is the one meant
            named = self.lookup.named_outright(text)
            if metrics[0] not in named or named & set(metrics[1:]):
                return False
        metric = self.pack.metrics.get(metrics[0])
        if metric is None or metric.kind in ("growth", "rank", "category"):
            return False
        if numbers and self._level_now(text, numbers, metric) is None:
            return False
        return bool(NOW_WORDS.search(text)) and not _DEGREE_OF_A_GAP.search(text)

    def _level_now(self, text: str, numbers: Sequence[ClaimedNumber], metric: Metric) -> int | None:
        """"is now lower than in 2019, at 4%", 「現在は2019年より低い4%だ」: the one figure of a
        comparative against an earlier period, in the measure's own unit and not the size of the
        gap (no comparative right after it: "4% lower", 「4%低い」), is the value now, the end of the
        change (docs/verdict-rules.md §4.7, "Now against an earlier period"). Its index, else None."""
        if len(numbers) != 1 or numbers[0].role is not None or metric.unit is None:
            return None
        n = numbers[0]
        unit = n.unit
        if unit != metric.unit and not (unit and is_currency(unit) and is_currency(metric.unit)):
            return None
        if _GAP_AFTER.match(text, n.end):
            return None
        return 0

    def _change_measure_first(
        self, numbers: list[ClaimedNumber], entity_ids: tuple[str, ...], metrics: tuple[str, ...]
    ) -> tuple[str, ...]:
        """The size of a change with no window of its own ("rose by about KSh1.6 trillion under
        Ruto") is a value of a measure that records the change itself, when the named entities
        have exactly one in its unit ("increase in public debt during the administration") that a
        named entity the level measure is not observed on has: a level's series cannot say between
        which two dates the claim means."""
        from shingi.pipeline.checks.metrics import records_a_change

        by = next((n for n in numbers if n.role == "by" and n.unit), None)
        if by is None or not entity_ids or (metrics and records_a_change(self.pack.metrics[metrics[0]])):
            return metrics
        # the entity the change is said of: one named that the level measure is not observed on
        # ("in President Ruto's first 22 months": the administration, not the country)
        others = tuple(e for e in entity_ids if not (metrics and self.lookup.observes(e, metrics[:1])))
        changes = sorted(
            m
            for m in self.lookup.metrics_of(others)
            if records_a_change(self.pack.metrics[m])
            and units_compatible(self.pack.metrics[m].unit, by.unit, self.pack)
        )
        if len(changes) != 1:
            return metrics
        return (changes[0], *(m for m in metrics if m != changes[0]))

    def _attribution_only(self, c: _Clause) -> bool:
        """Whether a clause only says where its sentence's figures come from ("According to the
        ABS", 「Eurostatによると」): nothing is left of it outside the attribution."""
        inside = [(a, b) for a, b in self.attributions if a < c.end and c.start < b]
        if not inside:
            return False
        rest = list(self.text[c.start : c.end])
        for a, b in inside:
            for i in range(max(a, c.start), min(b, c.end)):
                rest[i - c.start] = " "
        return not re.sub(r"[\s、，,。.:：;；]+", "", "".join(rest))

    def _adverbial(self, c: _Clause) -> bool:
        """A leading fragment with no predicate of its own: a Japanese phrase ending in で, では,
        において, には, にて, によって with no verb, adjective or number ("2023年度補正予算で"), or
        an English one opening with a preposition ("In the FY2023 budget", "Under the plan",
        "With the new fund") with no predicate word and no number. Comparison and ranking words
        make it a statement ("…は最大で")."""
        if any(c.start <= n.start < c.end for n in self.numbers):
            return False
        clause = self.text[c.start : c.end].strip()
        if _CAUSE_NOUN_END_JA.search(clause):
            return True  # 「ニッケル製錬所の拡大で、」: a cause before the clause it explains (§4.12)
        masked = self._masked(c.start, c.end, "entities", "metrics", "periods")
        if _cue_names(masked) - {"domestic"} or side_state(masked):
            return False  # 「…は最大で」「…はずっと赤字で」: a statement, not a setting
        if has_japanese(clause):
            if not _ADVERBIAL_END_JA.search(clause):
                return False
            body = _ADVERBIAL_END_JA.sub("", masked.strip())
            return not any(t.pos in ("動詞", "形容詞") for t in tokenize(body))
        if not _ADVERBIAL_START_EN.match(clause):
            return False
        return not any(
            not _DETERMINER_BEFORE.search(masked[: m.start()]) for m in _PREDICATE_EN.finditer(masked)
        )

    def _time_setting(self, c: _Clause) -> bool:
        """A leading subordinate clause of time, "When the Coalition left office in 2022, …",
        「政権が交代した時に、…」: it says when the main clause's figure is, the setting of the
        next clause, not a statement of its own (a linguistic reason: the main clause carries the
        assertion). Not with a number of its own ("When debt passed $1 trillion, …")."""
        if any(c.start <= n.start < c.end for n in self.numbers):
            return False
        clause = self.text[c.start : c.end].strip().rstrip("、,，")
        return bool(
            _TIME_SETTING_EN.match(clause)
            # "Since the reform took effect, …", "In the first month after the tariffs took effect,
            # …": a window's start (or a span's), when the next clause holds
            or (
                (m := anchors.opens_a_clause(clause)) is not None
                and not _PREDICATE_EN.search(clause[m.end() :])
            )
            # "Since Smith took office, …": the same, for a term of office
            or (
                (m := terms.ACTOR_WINDOW.match(clause)) is not None
                and clause[:5].casefold() == "since"
                and not _PREDICATE_EN.search(clause[m.end() :])
            )
            or _TIME_SETTING_JA.search(clause)
            or _WINDOW_SETTING_JA.search(clause)
        )

    def _merge(self, clauses: list[_Clause]) -> list[_Clause]:
        """Clauses with no predicate of their own (a date, a name) join the next clause of the
        sentence, or the previous one at the end of a sentence; a clause that is only a number
        and names nothing ("..., an investment of INR 910 billion") joins the previous clause."""
        out: list[_Clause] = []
        pending: _Clause | None = None
        self.gapped: set[int] = set()  # starts of clauses whose verb is the previous clause's
        self.borrowed: dict[int, str] = {}  # a Japanese clause's start -> the verb it leaves to the next
        self.shared_acts: dict[int, frozenset[str]] = {}  # a list item's start -> plan / achieved cues
        self.appositions = self._find_appositions(clauses)
        for i, c in enumerate(clauses):
            if any(a.start == c.start for a in self.appositions):
                # "NTT, Japan's largest telecom company, launched …": the description of the name
                # before it says nothing checkable by itself; it joins the clause of that name
                if pending is not None:
                    pending = _Clause(pending.start, c.end, c.sentence)
                    continue
                if out and out[-1].sentence == c.sentence:
                    out[-1] = _Clause(out[-1].start, c.end, c.sentence)
                    continue
            if out and out[-1].sentence == c.sentence and _CONTINUES_EN.match(self.text, c.start):
                # "…, up from 83.7 percent in 2010": the other end of the same change
                out[-1] = _Clause(out[-1].start, c.end, c.sentence)
                continue
            if pending is not None:
                if pending.sentence == c.sentence:
                    c = _Clause(pending.start, c.end, c.sentence)
                else:
                    out.append(pending)
                pending = None
            last_of_sentence = i + 1 == len(clauses) or clauses[i + 1].sentence != c.sentence
            predicate = self._predicate(c)
            partitive = has_japanese(self.text[c.start : c.end]) and bool(
                _PARTITIVE_END_JA.search(self.text[c.start : c.end])
                # 「2020年の窃盗の国籍別検挙件数は、ベトナムが最も多かった」: a topic set off by a
                # comma is what the next clause says something about, not a statement
                or (
                    _TOPIC_END_JA.search(self.text[c.start : c.end])
                    and not any(c.start <= n.start < c.end for n in self.numbers)
                )
            )
            if predicate and self._attribution_only(c):
                # 「Eurostatによると、…」: who says it; it joins the clause it attributes
                predicate = None
            if predicate and self._coordinated_noun(c, clauses, i):
                # "Japan's combined print and digital publishing market shrank …", "55.3% of ICE
                # and IC trains were on time": the "and" joins two nouns of one name, whose
                # predicate is the next part's; not two clauses (§2, a name split at "and")
                predicate = None
            setting = self._adverbial(c) or self._time_setting(c)
            if predicate and not last_of_sentence and (partitive or setting):
                # 「2023年度に生活保護を受給した世帯のうち、…」: the whole the next clause takes a part
                # of (a relative clause's verb is not the statement's)
                # "2023年度補正予算で、X基金に…が計上された" / "In the FY2023 budget, …": a setting
                # for the next clause, not a statement (its "budget" is no verb)
                predicate = None
            names = any(c.start <= e.start < c.end for e in (*self.entities, *self.metric_names))
            clause = self.text[c.start : c.end]
            # 「平均初婚年齢は夫31.1歳、妻29.7歳」: a figure of another group than the previous
            # part's is a part of its own (§2, two groups in one sentence), not an aside of it
            names = names or (
                bool(out) and out[-1].sentence == c.sentence and self._another_group(out[-1], c)
            )
            topic = has_japanese(clause) and bool(re.search(r"[はが]", clause))
            # a Japanese clause that ends in a verb ("すでに約1.2GWに達した") says something itself
            ends_in_verb = has_japanese(clause) and bool(re.search(r"(?:た|ている|る)[。．]?\s*$", clause))
            appositive = (
                predicate == "number"
                and not names
                and not topic
                and not ends_in_verb
                and bool(out)
                and out[-1].sentence == c.sentence
            )
            # "…more than 20,000 people come across the border, apprehended, unauthorized": one
            # or two lone participles or un- adjectives, with no subject, say more of the previous
            # clause's noun; they are no statement of their own
            appositive = appositive or (
                _LONE_PARTICIPLE.fullmatch(clause) is not None
                and not names
                and bool(out)
                and out[-1].sentence == c.sentence
            )
            own_period = any(c.start <= p.start < c.end for p in self.periods)
            gapped = (
                not predicate
                and last_of_sentence
                and own_period
                and not has_japanese(clause)
                and bool(out)
                and out[-1].sentence == c.sentence
                and any(out[-1].start <= p.start < out[-1].end for p in self.periods)
                and bool(content_keys(self._masked(c.start, c.end, "periods", "entities", "numbers")))
            )
            # 「4月にAを、8月にBを発表した」: the first part has its own date and object and
            # leaves its verb to the next part, which has a date of its own
            gapped_ja = (
                not predicate
                and not last_of_sentence
                and own_period
                and has_japanese(clause)
                and clause.rstrip().endswith("を")
                and any(clauses[i + 1].start <= p.start < clauses[i + 1].end for p in self.periods)
            )
            # 「2030年に訪日客6000万人、旅行消費額15兆円を目標に掲げている」: a list item with a figure
            # and no predicate, before an item with a figure and を: the verb after the last を is
            # said of every item of the list
            listed_ja = (
                not gapped_ja
                and predicate in (None, "number")
                and not last_of_sentence
                and has_japanese(clause)
                and _FIGURE_END_JA.search(clause) is not None
                and any(c.start <= n.start < c.end for n in self.numbers)
                and clauses[i + 1].sentence == c.sentence
                and self._figure_before_wo(clauses[i + 1])
            )
            if listed_ja:
                verb_clause = self.text[clauses[i + 1].start : clauses[i + 1].end]
                self.shared_acts[c.start] = _cue_names(verb_clause.rsplit("を", 1)[-1]) & {"plan", "achieved"}
                out.append(c)
            elif gapped_ja:
                verb_clause = self.text[clauses[i + 1].start : clauses[i + 1].end]
                self.borrowed[c.start] = verb_clause.rsplit("を", 1)[-1]
                self.gapped.add(c.start)
                out.append(c)
            elif gapped:
                # "X unveiled A in April and B that August": the verb is left out of the second
                # part, which still says something of its own (another thing, another date)
                self.gapped.add(c.start)
                out.append(c)
            elif (
                predicate
                and out
                and out[-1].sentence == c.sentence
                and not has_japanese(clause)
                and _SUBJECTLESS_EN.match(clause)
                and i >= 2
                and clauses[i - 2].sentence == c.sentence
                and bool(_PREPOSITIONAL_EN.match(self.text, clauses[i - 1].start))
            ):
                # "The revised framework, with targets of 370,000 homes a year, was published in
                # December 2023": a part that opens with its verb, right after a phrase that opens
                # with a preposition, has its subject before that phrase: one statement (after a
                # part with a verb of its own it is a second predicate: "…was approved in February
                # 2024, is already producing chips")
                out[-1] = _Clause(out[-1].start, c.end, c.sentence)
            elif predicate and not appositive:
                out.append(c)
            elif appositive or (last_of_sentence and out and out[-1].sentence == c.sentence):
                out[-1] = _Clause(out[-1].start, c.end, c.sentence)
            elif not last_of_sentence:
                pending = c
            else:
                out.append(c)
        if pending is not None:
            out.append(pending)
        return out

    def _coordinated_noun(self, c: _Clause, clauses: list[_Clause], i: int) -> bool:
        """An English part before a bare "and" that is the first half of a coordinated noun phrase:
        no verb of its own (a participle after a determiner or a possessive is an adjective,
        "Japan's combined print"), and either no figure, or a figure whose "of" phrase runs to the
        "and" ("55.3% of ICE") while the next part has a verb and no figure. Each side of a clause
        break has its own predicate or its own figure; these parts have neither."""
        if i + 1 >= len(clauses) or clauses[i + 1].sentence != c.sentence:
            return False
        nxt = clauses[i + 1]
        clause = self.text[c.start : c.end]
        joiner = self.text[c.end : nxt.start]
        if has_japanese(clause) or not re.fullmatch(r"\s+and\s+", joiner, re.IGNORECASE):
            return False
        masked = self._masked(c.start, c.end, "entities", "metrics", "numbers", "periods")
        if _cue_names(masked) or _verb_cue_en(masked) or any(
            not _DETERMINER_BEFORE.search(masked[: m.start()]) for m in _PREDICATE_EN.finditer(masked)
        ):
            return False
        own = [n for n in self.numbers if c.start <= n.start < c.end]
        if any(n.unit == "rank" for n in own) or self._predicate(nxt) != "verb":
            return False
        if not own:
            return True
        last = max(n.end for n in own)
        return not any(nxt.start <= n.start < nxt.end for n in self.numbers) and bool(
            re.fullmatch(r"\s+of\s+(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,2}\s*", self.text[last : c.end])
        )

    def _another_group(self, before: _Clause, c: _Clause) -> bool:
        """Whether a clause says the group word of a measure whose sibling's group word the clause
        before says (「妻」 after 「夫」, "women" after "men"), and not that one."""
        head, clause = self.text[before.start : before.end], self.text[c.start : c.end]
        # (only a sibling the pack has values of: a figure of a group it does not hold stays an
        # aside, "another's value", and leaves the claim unsettled)
        return any(
            says(clause, other) and not says(clause, own) and says(head, own) and not says(head, other)
            and bool(self.index.obs_by_metric.get(sib))
            for sibs in group_siblings(self.pack).values()
            for own, other, sib in sibs
        )

    def _figure_before_wo(self, c: _Clause) -> bool:
        """A Japanese clause whose last を follows a figure and whose verb follows that を
        (「旅行消費額15兆円を目標に掲げている」)."""
        clause = self.text[c.start : c.end]
        at = clause.rfind("を")
        if at <= 0 or not clause[at + 1 :].strip():
            return False
        return any(c.start <= n.start and n.end <= c.start + at + 1 for n in self.numbers) and bool(
            _FIGURE_END_JA.search(clause[:at])
        )

    def _find_appositions(self, clauses: list[_Clause]) -> list[_Clause]:
        """English descriptive appositions: a clause between commas right after a clause that
        ends with a name, starting with a possessive or an article ("Japan's largest …", "a …"), with
        no verb, number or date of its own, and followed by more of the sentence."""
        out: list[_Clause] = []
        for i in range(1, len(clauses) - 1):
            before, c, after = clauses[i - 1], clauses[i], clauses[i + 1]
            if not (before.sentence == c.sentence == after.sentence):
                continue
            text = self.text[c.start : c.end]
            if has_japanese(text) or self.text[c.end : after.start].strip() != ",":
                continue
            after_name = any(
                e.start >= before.start and e.end <= before.end <= e.end + 2 for e in self.entities
            )  # the clause ends with a name, perhaps with 's
            head = re.match(r"(?i)(?:[\w.&-]+(?:'s|’s)|a|an|the|its|their|his|her)\s", text)
            masked = self._masked(c.start, c.end, "entities", "metrics")
            # a noun phrase: an event word in it is a noun or an adjective ("first open model")
            quiet = not (
                _PREDICATE_EN.search(masked)
                or any(c.start <= n.start < c.end for n in self.numbers)
                or any(c.start <= p.start < c.end for p in self.periods)
            )
            if after_name and head and quiet:
                out.append(c)
        for c in clauses[1:]:
            # ", the first year of the new NISA" after the year it names: said again, nothing new
            if any(c.start <= a and b <= c.end and not self.text[c.start : a].strip(" ,、")
                   and not self.text[b : c.end].strip(" .。,、") for a, b in self.restated):
                out.append(c)
        return out

    def _masked(self, start: int, end: int, *what: str) -> str:
        """The clause with the spans of ``what`` (entities, metrics, periods, numbers) blanked,
        so that cue words inside names ("Most advanced node", "students' majority") do not count."""
        chars = list(self.text[start:end])
        spans: list[tuple[int, int]] = []
        if "entities" in what:
            spans += [
                (e.start, e.end)
                for e in self.entities
                # an owner's name holding a measure's name stays readable for the measure's
                # look-up when measures are not blanked too ("国会議員の月給")
                if "metrics" in what
                or (
                    not any(e.start <= m.start and m.end <= e.end for m in self.metric_names)
                    # and a measure's name that holds a domestic word ("domestic vehicle production",
                    # 「国内生産」: domestic / 国内 name the subject country) stays whole for the
                    # look-up (not a country's own name: 「日本酒」 is no measure of Japan's)
                    and not (
                        any(h.start == 0 and h.end == len(e.text) for h in lx.find(lx.DOMESTIC, e.text))
                        and any(m.start <= e.start and e.end <= m.end for m in self.metric_names)
                    )
                )
            ]
        if "metrics" in what:
            spans += [(m.start, m.end) for m in self.metric_names]
        if "periods" in what:
            spans += [(p.start, p.end) for p in self.periods]
        if "numbers" in what:
            spans += [(n.start, n.end) for n in self.numbers]
        if "modifiers" in what:
            spans += [(h.start, h.end) for h in self.modifiers]
        if "measure_words" in what:
            spans += self.measure_words
        # an apposition describes, it does not claim: its words are never cues or keys; nor are
        # the words that say who the claim's figures come from ("according to the PSA")
        spans += [(a.start, a.end) for a in self.appositions]
        spans += self.attributions
        for a, b in spans:
            for i in range(max(a, start), min(b, end)):
                chars[i - start] = " "
        return "".join(chars)

    def _features(self, c: _Clause) -> Statement:
        text = self.text
        span = text[c.start : c.end]
        ents = [
            e
            for e in self.entities
            if c.start <= e.start < c.end and not any(a.start <= e.start < a.end for a in self.appositions)
        ]
        periods = tuple(p for p in self.periods if c.start <= p.start < c.end)
        attributive = tuple(p for p in periods if _names_a_thing(text, p))
        of_a_measure = tuple(p for p in attributive if any(h.start == p.end + 1 for h in self.metric_names))
        if of_a_measure and len(of_a_measure) == len(attributive):
            # "Thailand's 2024 tourist arrivals surpassed 2019 levels": a year before the name of a
            # measure is the period of its value, not part of a thing's name (when no other year
            # stays a name: "Japan's 2024 trade deficit … half of the 2023 deficit" keeps both)
            attributive = ()
        if attributive and len(attributive) < len(periods):
            # "its 2035 zero-emission rule … in March 2023": a year before a noun names the thing
            # (a rule, a target); the other period dates the statement
            periods = tuple(p for p in periods if p not in attributive)
        # "two years earlier than the 2022 date it had originally set", 「当初予定の2022年から前倒し」:
        # a plan's original date is no date of what the clause says happened
        original = tuple(p for p in periods if _original_date(text, p))
        periods = tuple(p for p in periods if p not in original)
        if any(p.inferred for p in periods):
            # "In 2024 … in March": the month says which part of the year; the year adds nothing
            periods = tuple(
                p
                for p in periods
                if not any(q.inferred and q is not p and _refines(q.period, p.period) for q in periods)
            )
        numbers = [n for n in self.numbers if c.start <= n.start < c.end]
        names_masked = self._masked(c.start, c.end, "entities", "metrics")
        # a measure's name that modifies the topic (「最低賃金の全国平均は」) is a name too: its 最低
        # is no cue
        all_masked = self._masked(
            c.start, c.end, "entities", "metrics", "periods", "numbers", "modifiers", "measure_words"
        )
        for mm in (*RECORD_AS_BASE.finditer(span), *RECORD_AS_START.finditer(span)):
            # "about 90% of the 2019 record", 「過去最高の約9割」: the record is the base of a part;
            # "down 15% from their 2021 record", 「過去最多だった2021年の…から減った」: its start
            a, b = mm.span("rec") if mm.group("rec") else mm.span("recja")
            all_masked = all_masked[:a] + " " * (b - a) + all_masked[b:]
        for mm in _BOUND_WORD_JA.finditer(span):
            # 「最大290万円」「最大3年間」: 最大 before a number is a bound ("up to"), not a superlative
            all_masked = all_masked[: mm.start()] + " " * (mm.end() - mm.start()) + all_masked[mm.end() :]
        # 「最大でも約19万人」: 最大 before でも / 約 and an amount is a cap too
        all_masked = _BOUND_JA.sub(lambda m: " " * len(m.group(0)), all_masked)
        # 「物価上昇率」「人口増加率」: a direction word before 率 names a rate (a noun), it says no
        # direction; the clause's own verb does (「上昇率は…縮小した」 is a fall)
        all_masked = _RATE_NOUN_JA.sub(lambda m: " " * len(m.group(0)), all_masked)
        names_masked = _RATE_NOUN_JA.sub(lambda m: " " * len(m.group(0)), names_masked)
        lead = cause_lead(span)
        if lead and _CAUSE_NOUN_END_JA.search(span[:lead].rstrip("、")):
            # 「輸出の拡大で、出生数が減少した」: the cause's rise is no direction of the clause (§4.12)
            all_masked = " " * lead + all_masked[lead:]
            names_masked = " " * lead + names_masked[lead:]
        set_aside: list[tuple[int, int]] = []
        for a, b in setting_spans(span):
            # "Rents fell in 2022 as interest rates went up", 「金利が上がるなか家賃は下がった」: the
            # direction of a subordinate clause that sets the scene is not the main clause's; it
            # is left out when the main clause says another of its own (§2, a setting's direction)
            rest = all_masked[:a] + " " * (b - a) + all_masked[b:]
            own, setting = _cue_names(rest) & {"up", "down"}, _cue_names(all_masked[a:b]) & {"up", "down"}
            if own and setting and own != setting:
                all_masked = rest
                names_masked = names_masked[:a] + " " * (b - a) + names_masked[b:]
                set_aside.append((c.start + a, c.start + b))
        if set_aside:
            # and so are its measure and its figures ("… as imports fell 3%"): the main clause's
            # measure is the one named outside it (review R11; a setting the rest does not name a
            # measure outside of keeps its names, as before)
            kept = [n for n in numbers if not any(a <= n.start < b for a, b in set_aside)]
            outside = [
                h for h in self.metric_names
                if c.start <= h.start < c.end and not any(a <= h.start < b for a, b in set_aside)
            ]
            if outside:
                numbers = kept
            else:
                set_aside = []
        cues = _cue_names(all_masked)
        never = _NEVER_RECORD_BLANKED_EN.search(all_masked)
        if never and not _NEVER_RECORD_EN.search(names_masked):
            # "never cost more in Japan than in the United States": what the blank after than / as
            # stood for is no period (a place), so the never is a negated comparison, not a record
            all_masked = all_masked[: never.start()] + "     " + all_masked[never.start() + 5 :]
            cues = _cue_names(all_masked)
        currency = lx.currency_move_ja(all_masked)
        quoted = any(
            lx.QUOTE_UNIT.match(self.pack.metrics[m.ref].unit or "")
            for m in self.metric_names if c.start <= m.start < c.end and m.ref in self.pack.metrics
        )
        if currency and quoted and not cues & {"up", "down"}:
            # 「3年連続で円安方向に進んだ」 of an exchange rate: the currency's value fell (安) or
            # rose (高); of another measure (「円安のおかげで訪日客が…」) it is no direction
            cues |= {"down" if currency.group("way") == "安" else "up"}
        if not cues & {"up", "down"}:
            cues |= _verb_in_a_name(self.text, [m for m in self.metric_names if c.start <= m.start < c.end])
        # "最もEV電池搭載量が多かった": 最も with its adjective after the measure's name
        most = _MOST_JA.search(all_masked)
        if most:
            cues |= {"sup_min" if most.group(1) in ("少な", "小さ", "低") else "sup_max"}
        record_ja = NEVER_RECORD_JA.search(names_masked)
        if record_ja:
            # 「2022年を上回ったことは一度もない」: that period's record (a high, or a low past which)
            low = record_ja.group("low") or record_ja.group("low2")
            cues |= {"sup_record"} | ({"down"} if low else set())
        if cues & {"sup_max", "sup_min", "sup_top"}:
            # "最も多く" ranks, it does not compare with one other ("多く"): the words of a
            # superlative are not also a comparison
            bare = _blank_cues(all_masked, _SUPERLATIVES)
            if most:
                bare = bare[: most.start()] + " " * (most.end() - most.start()) + bare[most.end() :]
            cues = frozenset(c for c in cues if c not in _COMPARING or _cue_names(bare) & {c})
        elif "sup_record" in cues and (
            lx.has(lx.NONE_PAST, all_masked) or _NEVER_RECORD_BLANKED_EN.search(all_masked) or record_ja
        ):
            # "has never counted more … than the 1,513 of 2024", "never … as many … as in 2024": the
            # negated comparison is the record's words (§4.8), not a comparison with another
            bare = _blank_cues(all_masked, _SUPERLATIVES)
            cues = frozenset(c for c in cues if c not in _COMPARING or _cue_names(bare) & {c})
        window = [p for p in periods if p.role == "since" and p.inferred]
        if window and (
            cues & {"sup_max", "sup_min", "sup_top"} or window[0].text.endswith("ぶり")
            or _PACE_RECORD.search(all_masked)
        ):
            # "the highest in 25 years", 「5年ぶりの高さ」: a record of the entity's own series over
            # the window
            cues |= {"sup_record"}
        # a direction can live in a multiple ("doubled", "5分の1に縮小"): look with the numbers in;
        # a multiple below one (「前年の0.94倍に減った」) is a fall, not the rise 倍に says
        below_one = _BELOW_ONE_TIMES_JA.sub(lambda m: " " * len(m.group(0)), names_masked)
        if below_one != names_masked:
            cues |= {"down"}
        cues |= frozenset({"up"} if rise_said(below_one) else ()) | (
            frozenset({"down"}) if lx.has(lx.DOWN, below_one) else frozenset()
        )
        # 「前年比5.6%減」「3割増」「2万人減」: a number followed by 増 / 減 alone is a change upwards /
        # downwards (増加 and 減少 are cues already; 増税, 減税 after no number are not)
        for mm in _NUMBER_CHANGE_JA.finditer(span):
            cues |= {"up" if mm.group(1) == "増" else "down"}
        if _NEGATIVE_GROWTH.search(span) and "up" in cues:
            # 「マイナス成長」, "negative growth": a fall, whatever 成長 / growth says alone
            cues = (cues - {"up"}) | {"down"}
        if "equal" in cues and any(n.unit == "x" and _AS_ADJ_AS.match(text, n.end) for n in numbers):
            # "twice as large as", "three times as big as": the "as … as" of a multiple is no parity
            cues = frozenset(c for c in cues if c != "equal")
        borrowed = self.borrowed.get(c.start, "")
        if borrowed:
            # the verb the clause left to the next one says what happened to its object too
            names_masked += "、" + borrowed
            all_masked += "、" + borrowed
        # 「…6000万人、…15兆円を目標に掲げている」: what kind of act the list's shared verb is (a
        # plan, a target reached) is said of each item
        cues |= self.shared_acts.get(c.start, frozenset())
        missed = lx.missed_target(names_masked)
        if missed is not None:
            # "missed its goal of …", 「目標を達成できなかった」: an achievement denied (§4.3)
            cues = (cues - {"plan"}) | {"achieved", "missed"}
        if original:
            # the act is set against the plan's first date: checked by how far it moved (§4.7)
            cues |= {"original_date"}
        verbs = tuple(lx.event_kinds_for(names_masked))
        targets = named_targets(text, c.start, all_masked, numbers) if "plan" in cues else None
        if targets:
            # "back at the Bank of England's 2% target": the target's owner owns no measure of the
            # clause; the measure named outside the phrase is its subject's, or the one carried
            # from the clause before ("it is still nearly double the 2% target")
            outside = [e for e in ents if not any(t.start <= e.start < t.end for t in targets)]
            if outside and not any(
                c.start <= h.start < c.end and not any(t.start <= h.start < t.end for t in targets)
                for h in self.metric_names
            ):
                targets = None  # "Japan set a 300-school target": nothing measured is named
            else:
                ents = outside
        # roles of entities: the one after より / than is the comparand; "EU型" / "EU-style" is a type
        styles = tuple(e.ref for e in ents if _is_style(text, e))
        # "Thanks to the labour reform, Spain's rate is …": what a leading cause names is the
        # cause's (a check of its own, §4.12), not the clause's subject or measure
        because = c.start + cause_lead(span)
        named = [e for e in ents if e.ref not in styles] or ents
        # "Since the labour reform, …", 「労働改革以降」: a thing named as the start of a window
        # dates the clause; it owns nothing (as a person after "under" does not)
        named = [e for e in named if not dates_a_window(text, e.start, e.end)]
        # 「アップル分を除いた法人税収」, "tax receipts excluding Apple": what a measure leaves out
        # is a qualifier of the measure, not its owner (verdict-rules §4.13, qualifiers)
        left_out = [(q.start, q.end) for q in qualifiers_of(text, self.index) if q.family == "excl"]
        named = [e for e in named if not any(a <= e.start and e.end <= b for a, b in left_out)]
        # "Code payments such as PayPay", 「PayPayなどのコード決済」: an example of what a measure
        # counts is no owner of it (§4.13, "An example of the measure's thing")
        named = [e for e in named if not self._an_example(e)]
        # 「…は2024年、中国の禁輸が響いて減少した」, "… fell because of Ostland's ban": a cause inside
        # the clause names what caused it, as a leading one does (§4.12)
        inside = [(c.start + a, c.start + b) for a, b in causes_inside(span)]
        aside = [e for e in named if e.start < because or any(a <= e.start and e.end <= b for a, b in inside)]
        ordered = _order_entities(text, [e for e in named if e not in aside]) + aside
        # what only a leading cause names owns no measure of the clause (「暫定税率の廃止で、ガソリンは
        # 1リットル25円安くなった」: the price's fall, not the tax's rate; §4.12), nor is the clause
        # checked on it: the measure found is its subject's (the pack's subject when the clause names
        # none), never the cause's ("Because of Ostland's subsidy, the petrol price was …")
        cause_only = {e.ref for e in aside} - {e.ref for e in named if e not in aside}
        entity_ids = tuple(r for r in dict.fromkeys(e.ref for e in ordered) if r not in cause_only)
        first_of_class = none_past_a_name(span)
        if first_of_class is not None:
            # "No prefecture in Japan sees more marriages per head than Akita": Akita is the most of
            # them, the superlative said of the comparand (cues.none_past_a_name), whatever cue the
            # comparative left ("higher" is a superlative's word too, review finding 2)
            comparand = [e.ref for e in ordered if e.start >= c.start + first_of_class[1]]
            if comparand:
                # "No country had lower growth than Germany": the comparative is the ranking's
                # word, no fall; a verb of change elsewhere in the clause keeps its cue
                words = rf"(?i)\b(?:{lx.NONE_MORE_EN}|{lx.NONE_LESS_EN})\b"
                bare = re.sub(words, lambda w: " " * len(w.group(0)), all_masked)
                moved = cues & {"up", "down"} & _cue_names(bare)
                cues = cues - {"exceed", "trail", "sup_max", "sup_min", "up", "down"}
                cues = cues | {first_of_class[0]} | moved
                entity_ids = (comparand[0], *(r for r in entity_ids if r != comparand[0]))
        if cues & {"exceed", "trail"} and ranked_after_others(text, span, ordered):
            # 「東京都に次いで大阪府が2番目に高い」: the names before に次いで are ranked ahead of the
            # subject (names.RANKED_AHEAD_JA), so a place said with them is checked as the place;
            # without one, the adjective ranks the subject below them (「東京都に次いで大阪府が高い」:
            # Osaka's rate is lower than Tokyo's), not above
            if any(n.unit == "rank" for n in numbers):
                cues = cues - {"exceed", "trail"}
            else:
                cues = (cues - {"exceed", "trail"}) | {"trail" if "exceed" in cues else "exceed"}
        bound = none_past_a_figure(span)
        none_past = "bound" if bound is not None else "apart" if none_but_one(span) else ""
        if bound is not None:
            # "No country exported more than half a trillion dollars": a bound of each, no rank
            # (the cue's text had the figure blanked out)
            cues = (cues - {"sup_max", "sup_min", "exceed", "trail"}) | {bound[0]}
        actors: tuple[str, ...] = ()
        group = self._group(ents)
        if group is not None and group.best:
            cues = cues - {"sup_top", "sup_max"}
        metric_text = self._masked(c.start, c.end, "entities", "modifiers")
        metric_text = " " * (because - c.start) + metric_text[because - c.start :]
        for a, b in self.coordinated:
            if c.start <= a and b <= c.end:
                # "print and digital publishing market": the modifiers the head's measure is named
                # by are not names of measures of their own (``_coordinated_head``)
                metric_text = metric_text[: a - c.start] + " " * (b - a) + metric_text[b - c.start :]
        for a, b in set_aside:
            metric_text = metric_text[: a - c.start] + " " * (b - a) + metric_text[b - c.start :]
        for cm in _BECAUSE_CLAUSE_EN.finditer(metric_text):
            # "Fewer Japanese went abroad in 2025 than in 2024 because the yen stayed so weak": a
            # measure named only in a trailing reason is the cause's (§4.12), not the clause's
            metric_text = metric_text[: cm.start()] + " " * (cm.end() - cm.start()) + metric_text[cm.end() :]
        unit_hint = numbers[0].unit if numbers else None
        if any(_per_base(text, n) for n in numbers):
            # 「10万人あたり15人」, "15 per 100,000": the figure is a rate, its unit is no count of
            # people; the base is no figure (blind round 20d ja-rate-over-15-record had ranked the
            # death count for 「死亡率は…統計史上最悪」)
            unit_hint = None
        if unit_hint == "%" and cues & {"up", "down"} and _percent_change(text, numbers[0]):
            # "registrations fell by about 27%", 「5.6%減」: the percentage is the size of the change,
            # not a value in percent; it does not make a measure in percent the one meant
            unit_hint = None
        if unit_hint == "%" and of_a_period(text, numbers[0], periods):
            # "about 90% of their 2019 level": a multiple of another period's value, no measure in
            # percent
            unit_hint = None
        if (
            unit_hint == "x"
            and len(entity_ids) >= 2
            and _OF_ANOTHER_EN.match(text, numbers[0].end)
            and any(e.ref == entity_ids[-1] and e.start >= numbers[0].end for e in named)
        ):
            # "was roughly a third of the US rate": a multiple of another entity's value of the
            # clause's measure, no value of a measure in multiples (blind round 19b intl95)
            unit_hint = None
        ranks = bool(cues & {"sup_max", "sup_min", "sup_top", "sup_record", "exceed", "trail"})
        # what a count counts, when the number says it ("50,000 people" -> people)
        counted = counted_noun(numbers[0]) if numbers else None
        def named_by(metric_text: str) -> tuple[str, ...]:
            return tuple(self.lookup.match_metrics(
                metric_text,
                entity_ids,
                unit_hint,
                relaxed=ranks,
                counted=counted,
                part_of=unit_hint == "%"
                and not cues & {"up", "down"}
                and (
                    bool(_PART_OF.search(span))
                    # 「心の病で休職中の教員は、教員全体の100人に1人」: a whole word before the figure
                    # of a clause that names no owner (its count is the part: _shares_of_parts)
                    or (not entity_ids and bool(_WHOLE_BEFORE_JA.search(text[c.start : numbers[0].start])))
                ),
                whole_said=bool(numbers)
                and not cues & {"up", "down"}
                and said_as_a_part(self.text, numbers[0]),
                amount_said=bool(cues & {"up", "down", "flat", "exceed", "trail"}),
            ))

        metrics = named_by(metric_text)
        if not metrics and (nouns := idiom_nouns(metric_text)):
            # "Boeing took in $80 billion", "went bust", "in the red": an English idiom says a
            # measure's noun; a clause whose own words name no measure is read as if it said it
            # (idioms_en, verdict-rules §4.13 "A measure named by an English idiom")
            metric_text += nouns
            metrics = named_by(metric_text)
        # the measure's qualifiers (an age band, an exclusion, a unit of division, a part) must
        # agree as a whole: a neighbour that agrees comes first (verdict-rules §4.13, qualifiers)
        metrics = self.lookup.by_qualifiers(span, metrics, entity_ids, unit_hint)
        if not metrics and (said := self.lookup.synonym_named(metric_text)) is not None:
            # 「家の値段」 for the alias 住宅価格, 「紙の本」 for 紙の書籍: a name said word for word in
            # Sudachi's synonyms reads as the name said (verdict-rules §3, "A measure said in synonyms")
            at, to, name = said
            metrics = self.lookup.by_qualifiers(
                span, named_by(metric_text[:at] + name + metric_text[to:]), entity_ids, unit_hint
            )
        if not metrics and entity_ids and cues & {"up", "down"}:
            # "the economy grew", "exports shrank": the verb is the measure's own noun (growth);
            # a growth metric of the entities partly named by the clause is what it speaks of
            metrics = tuple(
                m
                for m in self.lookup.match_metrics(metric_text, entity_ids, None, relaxed=True)
                if self.pack.metrics[m].kind == "growth"
            )
        if not metrics and unit_hint and not ranks and not cues & {"up", "down"}:
            # 「北陸応援割は1人1泊最大2万円」: a sum said of a named entity, its measure named only
            # by qualifiers (verdict-rules §4.13, "a sum of money of a named entity")
            # (not of one named only in a leading cause)
            metrics = self.lookup.money_measure(metric_text, entity_ids, unit_hint) if entity_ids else ()
        if not metrics and cues & {"up", "down"} and _PRICES_MOVE.search(span):
            # "prices are now falling", 「物価が下がっている」: prices with no qualifier are the price
            # level, whose rise or fall is the sign of (headline) inflation
            metrics = self._price_level_growth()
        owned = [
            h.ref
            for h in self.metric_names
            if c.start <= h.start < c.end
            and h.ref in metrics[1:]
            and _owner_inside(self, h.ref, h.start, h.end)
            # the first measure was matched by a word inside that name (貿易赤字), not elsewhere
            and any(
                len(n) >= 2 and n.casefold() in h.text.casefold() for n in self.pack.metrics[metrics[0]].names
            )
        ]
        if owned:
            # 「米国の対ベトナム貿易赤字は…」: the measure named whole, with its owner's name inside,
            # comes before one matched by a word of it (貿易赤字 of the trade balance)
            metrics = (*owned[:1], *(m for m in metrics if m != owned[0]))
        ahead = {
            h.ref
            for h in self.metric_names
            if c.start <= h.start < c.end and RANKED_AHEAD_JA.match(self.text, h.end)
        }
        if ahead and any(m not in ahead for m in metrics):
            # 「心疾患、がんに次いで新型コロナが3番目に多い死因」: the measures a place is counted after
            # are ranked ahead of the subject's, they are not its measure (as entities: names)
            metrics = (*(m for m in metrics if m not in ahead), *(m for m in metrics if m in ahead))
        metrics, cues = self._record_on_the_subject(c, cues, metrics, all_masked)
        placed = any(n.unit == "rank" for n in numbers)
        scope = self._ranking_scope(c, ents, cues) if cues & _RANKING or metrics or placed else ()
        if scope and set(entity_ids) <= set(scope) and metrics:
            # 「国内歴代2位になった」: 国内 says where the place is counted; a measure named only by that
            # place's name (the alias 国内 of a domestic market) is not named (verdict-rules §4.8,
            # "A place in the series' own history")
            metrics = tuple(m for m in metrics if not self.lookup.by_an_owners_name_only(metric_text, m))
        named_metrics = metrics
        if entity_ids and metrics and set(entity_ids) > set(scope):
            # a measure none of the named entities has is not what the clause is about
            owners = tuple(e for e in entity_ids if e not in scope)
            demonyms = {e.ref for e in ordered if self._is_demonym(e)}
            counted_in = None
            if scope and demonyms & set(owners):
                # 「EUで最も多い庇護申請者はシリア人」: a people ranked within a whole is counted inside
                # it, on the whole's breakdown; the whole is where, as in "… in the EU" (§2)
                whole = self.lookup.metrics_of((*entity_ids, *styles))
                within = tuple(m for m in metrics if m in whole)
                counted_in = self._group_counted(entity_ids, within, periods, demonyms)
            observed = self.lookup.metrics_of((*owners, *styles, *(group.members if group else ())))
            metrics = tuple(m for m in metrics if m in observed)
            if len(set(owners)) >= 2 and metrics:
                metrics = (*self.lookup.variant_for_all(metrics[0], owners), *metrics)
            if counted_in is None and not scope:
                counted_in = self._group_counted(entity_ids, metrics, periods, demonyms)
            if counted_in is not None:
                entity_ids, metrics = counted_in
        if (
            entity_ids
            and named_metrics
            and not metrics
            and (cues & {"up", "down", "flat"} or (numbers and "plan" not in cues) or side_state(span))
        ):
            # "Obama has added $16 trillion to the national debt", "Perry's state's unemployment
            # rate has doubled on his watch": a person or a government credited with a change is its
            # actor, not the owner of a measure it is not observed on; the measure is the place's.
            # So is one credited with a level ("Buhari is leaving behind 77 trillion Naira debt",
            # "NPP ended 2008 with inflation at 18%"): the figure is its place's under it (not a
            # plan's figure: 「岸田首相が…1500円の目標を表明」 is the prime minister's own plan), and
            # one said to have run a deficit ("Milei's government ran a primary deficit in 2024")
            before = entity_ids
            voiced = frozenset(e.ref for e in ents if _VOICE_AFTER.match(self.text, e.end))
            entity_ids, metrics = self._actor_place(
                entity_ids, named_metrics, metric_text, unit_hint, ranks, counted, voiced
            )
            actors = tuple(e for e in before if e not in entity_ids)
        if not metrics and (numbers or cues & {"up", "down"}):
            # "Vietnam attracted about $40 billion of registered foreign investment": a figure or a
            # change of a measure the clause describes by the words of its names and definition
            # (verdict-rules §4.13, "A measure described, not named")
            metrics = self.lookup.described_measure(metric_text, entity_ids, unit_hint)
        if not metrics and (numbers or cues & {"up", "down", "exceed", "trail"} or ranks):
            # "the number of Japanese going overseas topped 20 million", 「採用される人数まで減って
            # いる」: a measure named by a verb phrase (verdict-rules §4.13, "A measure named by a
            # verb phrase")
            subject = self.pack.meta.subject
            pool = entity_ids or ((subject,) if subject in self.pack.entities else ())
            hint = unit_hint
            if hint is None and numbers and any(
                e.start >= numbers[0].end
                and not text[numbers[0].end : e.start].strip()
                and self._is_demonym(e)
                for e in ents
            ):
                hint = "count"  # "50,000 Americans": a people counted by its name
            metrics = self.lookup.paraphrased_measure(metric_text, pool, hint)
            if not metrics and (numbers or cues & {"up", "down"}):
                # 「新しく採用された先生の数は3万7千人」: a measure reworded in the clause's own words,
                # scored over all the pack says of it, for a figure or a change (a bare comparison
                # of two entities is the gap to the frontier: §4.13, "A measure reworded")
                metrics = self.lookup.scored_measure(metric_text, entity_ids, hint)
        if entity_ids and cues & {"sup_record", "sup_first", "sup_max", "sup_min"} and (
            not metrics or self.lookup.by_an_owners_name_only(metric_text, metrics[0])
        ):
            # 「アニメ市場は3年連続で過去最高」, "the anime industry passed ¥3 trillion for the first
            # time": the whole named alone stands for its size (verdict-rules §4.8, "A whole named
            # for its measure"); so it does before a measure named only by an owner's name ("Japan's
            # anime business": Japan is the alias 国内 of the domestic market too)
            owner_named = tuple(
                m
                for m in self.lookup.named_after_its_owner(entity_ids, unit_hint)
                # "Acme's debt hit a record high": a noun the measure's texts do not hold names
                # another measure (the whole is not named alone)
                if not self.lookup.names_another_measure(metric_text, m)
            )
            metrics = (*owner_named, *(m for m in metrics if m not in owner_named))
        if "plan" in cues and metrics:
            # "米国で計画中の生産能力" / "capacity planned for the US": the plan word belongs to the
            # measure's own name, it does not make the claim a plan
            names = " ".join(self.pack.metrics[metrics[0]].names)
            if all(lx.has(lx.PLAN, names) and hit.text in names for hit in lx.find(lx.PLAN, all_masked)):
                cues = cues - {"plan"}
        if targets:
            # a target named by its figure is the figure the measure is set against (claims.targets)
            cues = cues - {"plan"}
            better = self.pack.metrics[metrics[0]].higher_is_better if metrics else None
            numbers = against_targets(text, numbers, targets, better)
        numbers = number_roles(text, years_and_months(text, numbers))
        if not periods:
            metrics = self._change_measure_first(numbers, entity_ids, metrics)
        numbers = _percent_of_entity(text, numbers, ents)
        numbers = _percent_of_period(text, numbers, periods)
        numbers = _percent_more_than(text, numbers)
        if "majority" in cues and not any(n.unit == "%" for n in numbers):
            numbers.append(
                ClaimedNumber(Quantity(50.0, "%", False, "50%"), "more_than", "majority", c.start, c.start)
            )
        cues = _quality_direction(span, cues, metrics, self.pack)
        if (
            len(periods) == 1
            and len(cues & {"exceed", "trail"}) == 1
            and not cues & {"up", "down"}
            and len(entity_ids) <= 1
            and (
                any(n.unit in ("%", "x") and n.role in (None, "percent_more") for n in numbers)
                or self._now_against_then(text, numbers, metrics, periods[0])
            )
            and than_a_period(text, periods[0])
        ):
            # "now a third lower than in October 2022", 「2022年10月より約3分の1低い」: a size set
            # against one earlier period is a change from it to now (the comparative is its way);
            # so is the way alone, said of now ("lower now than in May 2025", 「いまや2019年より小さい」)
            cues |= {"down" if "trail" in cues else "up"}
            now_at = (
                self._level_now(text, numbers, self.pack.metrics[metrics[0]])
                if metrics and self._now_against_then(text, numbers, metrics, periods[0])
                else None
            )
            if now_at is not None:
                # "is now lower than in 2019, at 4%": the figure is the value now, where the change
                # from 2019 ends (read as "has fallen to 4% since 2019")
                numbers[now_at] = replace(numbers[now_at], role="to")
                periods = (replace(periods[0], role="since"),)
        changes = bool(cues & {"up", "down", "flat"}) or any(
            n.role in ("by", "from", "to") or n.unit == "x" for n in numbers
        )
        if (
            not changes
            and any(p.start in self.actor_windows for p in periods)
            and not (numbers and lx.REACHED_PAST.search(span))
        ):
            # "under this government unemployment is 4 %": a level is the latest, not the term's start
            # (「政権下で貧困率は5割を超え」, a bound reached, is at some time of the term: kept)
            periods = tuple(p for p in periods if p.start not in self.actor_windows)
        if not changes and not cues & {"exceed", "trail", "equal"}:
            periods = _span_of_years(self.text, periods)
        unplaced = changes and any(c.start <= a < c.end for a, _ in self.unplaced)
        if changes and actors and not periods:
            # "we created a million jobs" (the government), "Obama has added … to the debt": a
            # change its actor is credited with is over the actor's time in office, when the pack
            # says when that began
            start = terms.find_term_start(self.pack, list(actors), self.speaker, self.now)
            if start is not None:
                periods = (ClaimedPeriod(start.period, "", c.start, c.start, inferred=True, role="since"),)
        # 「変わっていない」, "has not changed": the negative is part of the words for no change
        # "had never married" on 'Never married at 50': the negative is the measure's name
        names_masked = mask_named_negatives(names_masked, [
            n for m in metrics[:2] if m in self.pack.metrics for n in self.pack.metrics[m].names
        ])
        negated = _negated(names_masked) and "flat" not in cues
        if missed is not None:
            # the miss is the negative: a negative besides it ("never missed its target") denies it
            ma, mb = missed
            negated = not _negated(names_masked[:ma] + " " * (mb - ma) + names_masked[mb:])
        # 「過去最高の更新は途切れた」: the run of records ended, the record is denied (「途切れなかった」:
        # a negative of the denial, the record stands)
        negated = negated != record_streak_ended(span, cues)
        # 「前年同月より約3%高かった」: a percentage more or less says the comparative's side, as
        # 「前年を上回った」 does (§4.16)
        more_less = frozenset(
            "exceed" if n.quantity.value > 1 else "trail" for n in numbers if n.role == "percent_more"
        )
        versus = _versus_previous(span, cues | more_less if not cues & {"up", "down"} else cues)
        if versus in ("in_neg", "in_pos") and numbers:
            versus = None  # "ran a deficit of 3%": a size on that side, read with the figure (§4.4)
        if versus is None and metrics and self.pack.metrics[metrics[0]].kind != "growth" and (
            self.pack.metrics[metrics[0]].unit not in ("%", "pt")
        ):
            # (a growth measure linked first takes the percentage as its own value)
            versus = _change_beside_level(text, cues, numbers, periods)
        streak = _streak(span) if versus else 0
        subject_span = next((e for e in ents if entity_ids and e.ref == entity_ids[0]), None)
        exclusive = subject_span is not None and _exclusive(text, subject_span)
        lang: Lang = "ja" if has_japanese(span) else "en"
        return Statement(
            index=0,
            kind="",
            span=span,
            lang=lang,
            entities=entity_ids,
            metrics=metrics,
            periods=periods,
            numbers=tuple(numbers),
            cues=frozenset(cues),
            verbs=verbs,
            predicate_keys=_predicate_keys(all_masked),
            predicate_concepts=predicate_concepts(all_masked),
            keys=content_keys(
                _blank_cues(
                    self._masked(c.start, c.end, "entities", "periods", "numbers")
                    + ("、" + borrowed if borrowed else ""),
                    _SUPERLATIVES,
                )
            ),
            negated=negated and not none_past,
            none_past=none_past,
            exclusive=exclusive,
            versus=versus,
            streak=streak,
            group=group,
            styles=styles,
            asserts=c.start in self.gapped or _asserts(all_masked),
            # a judgement with no number, date, change or comparison of its own; a measure it names
            # ("年金の運用、株でやったおかげでしょうが") is what it judges, not a value it gives
            opinion=not numbers and not periods and not cues & _CHECKABLE_CUES and _opinion(span),
            scope=scope,
            unplaced_window=unplaced,
            term_window=any(
                p.role == "since" and (p.start in self.actor_windows or not p.text) for p in periods
            ),
            start=c.start,
            end=c.end,
        )

    def _record_on_the_subject(
        self, c: _Clause, cues: frozenset[str], metrics: tuple[str, ...], masked: str
    ) -> tuple[tuple[str, ...], frozenset[str]]:
        """A record or a superlative said in a clause that names two measures outright, apart ("Gun
        suicides set a new record in 2022 — 27,032 of them — as gun homicides went down" as one
        clause, 「銃による殺人が減る中で銃による自殺が過去最多となった」), is said of the one named
        last before the record word, its subject (else, with none before it, 「過去最多の自殺者数」
        "a record number of gun suicides", the first after it); a word of rise or fall nearer
        another of the names is that one's predicate, not the record's ("fell to a record low").
        A linguistic reason: the subject comes before its predicate and an adjective before its
        noun; the longer name, which came first, is no reading (blind round 20d us-gun-deaths
        suicide-record-2022 had ranked gun homicides, 19,651 as a "new low": a flip). Names inside
        another name (a modifier, a part) are not apart. Returns the measures and the cues."""
        # (a first of a comparison too: "book sales overtook magazine sales for the first time in
        # 41 years", 「書籍が41年ぶりに雑誌を上回った」 — the first is the subject's)
        compares = bool(cues & {"exceed", "trail"})
        if len(metrics) < 2 or not (
            cues & {"sup_record", "sup_max", "sup_min", "sup_top"} or (compares and "sup_first" in cues)
        ):
            return metrics, cues
        named = [h for h in self.metric_names if c.start <= h.start < c.end and h.ref in metrics]
        apart = sorted(
            (
                h for h in named
                if not any(
                    o is not h and o.start <= h.start and h.end <= o.end and o.ref != h.ref for o in named
                )
            ),
            key=lambda h: h.start,
        )
        if len({h.ref for h in apart}) < 2:
            return metrics, cues

        def owner(at: int) -> str | None:
            before = [h for h in apart if h.end <= at]
            nearest = before[-1] if before else next((h for h in apart if h.start >= at), None)
            return nearest.ref if nearest else None

        def subject_of(at: int) -> str | None:
            # the record is the clause's subject's, never the object's of a comparison (「輸出は
            # 輸入を上回り過去最高」, "exports outpaced imports to hit a record", "exports, along
            # with imports, reached a record"): in Japanese the last name before the record word
            # marked by は/が; in English the first name before it, or the first after the last
            # subordinate clause opening before it ("… as gun suicides set a record")
            before = [h for h in apart if h.end <= at]
            if not before:
                return owner(at)
            if self.lang == "ja":
                marked = [h for h in before if re.match(r"\s*(?:は|が)", self.text[h.end : at])]
                return (marked[-1] if marked else before[0]).ref
            opened = [
                i for i in range(1, len(before))
                if _SUBORDINATE_EN.search(self.text[before[i - 1].end : before[i].start])
            ]
            return before[opened[-1] if opened else 0].ref

        words = [hit.start for cue in _SUPERLATIVES for hit in lx.find(cue, masked)]
        if compares:
            # 「41年ぶりに」: the window's words stand where a record word would
            words += [m.start() for m in _FIRST_IN_A_WINDOW_JA.finditer(masked)]
            words += [hit.start for hit in lx.find(lx.SUP_FIRST, masked)]
        subject = subject_of(c.start + min(words)) if words else None
        if subject is None:
            return metrics, cues
        ways = [hit for cue in (lx.UP, lx.DOWN) for hit in lx.find(cue, masked)]
        if ways and all(owner(c.start + hit.start) != subject for hit in ways):
            cues = cues - {"up", "down"}
        return (subject, *(m for m in metrics if m != subject)), cues

    def _group_counted(
        self,
        entity_ids: tuple[str, ...],
        metrics: tuple[str, ...],
        periods: Sequence[ClaimedPeriod],
        demonyms: set[str],
    ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """A group counted inside a whole ("Afghans were the second-largest group of asylum seekers
        in the EU", 「EUで最も多い庇護申請者はシリア人」): one named entity, written as a demonym
        (``_is_demonym``: a people is counted, an administration is not), holds none of the first
        measure the clause names, which the others hold, but holds exactly one other measure it
        names, one the others do not hold and whose own names or definition name every one of
        them (the pack's breakdown of the whole: "applicants in the EU holding the citizenship of
        the entity"). The measure may also be one of the group's whose own name holds a name of the
        first (「初回庇護申請者数（国籍別）」 of 庇護申請者); of several, the one with a value at the
        claimed period. The clause is then of that group on its breakdown measure; the whole is where
        it is counted, not a second owner (a linguistic reason: "X in the EU" with X a people names
        those counted, the EU where). None when the owner is in any doubt."""
        if len(entity_ids) < 2 or not metrics:
            return None
        holders = [e for e in entity_ids if self.lookup.observes(e, metrics[:1])]
        groups = [e for e in entity_ids if e not in holders]
        if not holders or len(groups) != 1 or groups[0] not in demonyms:
            return None
        first = [n.casefold() for n in self.pack.metrics[metrics[0]].names if len(n) >= 3]
        own = [
            m
            for m in dict.fromkeys((*metrics[1:], *sorted(self.lookup.metrics_of((groups[0],)))))
            if m != metrics[0]
            and self.lookup.observes(groups[0], (m,))
            and (m in metrics or any(f in n.casefold() for f in first for n in self.pack.metrics[m].names))
        ]
        claimed = [p.period for p in periods if p.role is None]
        if len(own) > 1 and claimed:
            own = [
                m for m in own
                if any(
                    self.pack.observations[o].period.overlaps(p)
                    for o in self.index.obs_by_entity_metric.get((groups[0], m), ())
                    for p in claimed
                )
            ]
        if len(own) != 1 or any(self.lookup.observes(h, own) for h in holders):
            return None
        metric = self.pack.metrics[own[0]]
        words = " ".join((*metric.names, metric.definition or ""))
        named = {h.id for h in self.index.find_entities(words)}
        if not all(h in named for h in holders):
            return None
        return (groups[0],), (own[0],)

    def _ranking_scope(self, c: _Clause, ents: list[Span], cues: frozenset[str]) -> tuple[str, ...]:
        """Entities that say where a ranking is made, not what is ranked: a country or a world
        total before で / の中で / 内で and a ranking word (「全国で最も低かった」「世界で初めて」), or a
        world total before "'s" and one ("the world's largest chipmaker", where "largest
        chipmaker" may be a measure's name)."""
        out = []
        for e in ents:
            ent = self.pack.entities.get(e.ref)
            if ent is None:
                continue
            world = any(w in n.casefold() for n in ent.names for w in lx.WORLD_NAMES)
            after = self.text[e.end : min(c.end, e.end + 30)]
            # (an organization of members too: 「EUで最も多い」 ranks within the union)
            in_ja = (ent.kind in ("country", "organization") or world) and _SCOPE_JA.match(after)
            if in_ja or (world and _SCOPE_EN.match(after)):
                out.append(e.ref)
        return tuple(dict.fromkeys(out))

    def _actor_place(
        self,
        entity_ids: tuple[str, ...],
        named: tuple[str, ...],
        metric_text: str,
        unit: str | None,
        ranks: bool,
        counted: str | None,
        voiced: frozenset[str] = frozenset(),
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The entities and measures of a clause whose people or governments are not observed on
        the measure it names: the measure of the pack's subject (when they have no country or are
        of the subject's), else of their country, with the actors left out. Unchanged (and no
        measure) when neither is observed on it. So is an
        organization that publishes the pack's sources and is observed on no measure (a
        regulator, an agency, a research body), written as the figure's possessor or its speaker
        (``voiced``: "Ofgem's price cap", 「オフジェムの上限額」, "Frontex says crossings dropped"):
        the figures it gives are the place's, it is their voice, not their owner (:meth:`_a_voice`,
        §4.13). Written as the agent of an act ("The RBI cut its repo rate four times") it stays
        the actor of the pack's events."""
        ents = self.pack.entities
        actors = [
            e for e in entity_ids
            if ents[e].kind in ("person", "government") or (e in voiced and self._a_voice(e, named))
        ]
        if not actors:
            return entity_ids, ()
        # an actor of another country speaks for its own country, never for the pack's subject
        # ("The Westland Statistics Bureau says the unemployment rate was 3%" is Westland's rate);
        # the subject only for actors with no country or of the subject's (Pack.speaks_for)
        subject = self.pack.meta.subject
        home = [subject] if subject and any(self.pack.speaks_for(a, subject) for a in actors) else []
        places = [*home, *(ents[a].country for a in actors)]
        for place in dict.fromkeys(p for p in places if p and p in ents and p not in actors):
            found = self.lookup.match_metrics(metric_text, (place,), unit, relaxed=ranks, counted=counted)
            observed = self.lookup.metrics_of((place,))
            metrics = tuple(m for m in found if m in observed and m in named)
            if metrics:
                rest = tuple(e for e in entity_ids if e not in actors and e != place)
                return (place, *rest), metrics
        return entity_ids, ()

    def _an_example(self, e: Span) -> bool:
        """Whether an entity is named as an example of the thing a measure's name right beside it
        counts: "<measure> such as X" / "<measure>, including X", 「Xなどの<measure>」「Xをはじめとする
        <measure>」 (a linguistic reason: "such as" and など give members of the noun before or after,
        not its owner). An entity the pack observes on that measure is its owner and others like it
        (「韓国などの失業率」 is Korea's and others' unemployment rate, not the subject's)."""
        before = _EXAMPLE_BEFORE_EN.search(self.text, 0, e.start)
        refs = [r for _, b, r in self._measure_refs if before is not None and 0 <= before.start() - b <= 1]
        after = _EXAMPLE_AFTER_JA.match(self.text, e.end)
        refs += [r for a, _, r in self._measure_refs if after is not None and a == after.end()]
        return bool(refs) and not self.lookup.observes(e.ref, refs)

    def _spoken_for(self, c: _Clause) -> str | None:
        """The place a clause's figures are said of when its only names are its attribution's and
        one of them is of another country than the pack subject's: that country ("According to
        the Westland Statistics Bureau, the unemployment rate was 3%", 「ウェストランド統計局に
        よると、失業率は…」 give Westland's rate, never the subject's; verdict-rules §4.13). An
        empty id ("") when the speakers' places are several or unknown: then no one is read."""
        subject = self.pack.meta.subject
        ents = self.pack.entities
        speakers = [e.ref for e in self.attributed if c.start <= e.start < c.end]
        foreign = [e for e in speakers if not (subject and self.pack.speaks_for(e, subject))]
        if not foreign:
            return None
        places = {e if ents[e].kind == "country" else ents[e].country for e in foreign}
        place = places.pop() if len(places) == 1 else None
        return place if place and place in ents else ""

    def _a_voice(self, entity: str, measures: Iterable[str] = ()) -> bool:
        """Whether an organization of the pack only speaks for the figures: the pack observes it on
        no measure and one of its names is in the publisher of one of the pack's sources (a name
        of three or more characters, as a whole word; Ofgem of "Ofgem via WiredGov", the Budget
        Lab at Yale of "summary of The Budget Lab at Yale"), or in the ``definition`` of one of the
        ``measures`` the clause names (the body the pack says counts it: "The Gun Violence Archive
        logged 503 mass shootings" against "Gun Violence Archive count: …")."""
        ent = self.pack.entities[entity]
        if ent.kind != "organization" or self.lookup.metrics_of((entity,)):
            return False
        # the body a measure's definition names as its counter ("Gun Violence Archive count: …")
        publishers = _publishers(self.pack) + " " + " ".join(
            (self.pack.metrics[m].definition or "").casefold() for m in measures if m in self.pack.metrics
        )
        return any(
            re.search(rf"(?<![\w]){re.escape(n.casefold())}(?![\w])", publishers)
            if n.isascii() else n in publishers
            for n in ent.names
            if len(n) >= 3
        )

    def _group(self, ents: list[Span]) -> Group | None:
        """A country followed by a kind of entity: "Japan's best model", "日本の最高性能モデル",
        "Japanese models". The kind noun must follow the country, with at most a possessive and
        a qualifier between, so that "India's steel investment" is not a group of anything."""
        text = self.text
        for e in ents:
            if self.pack.entities[e.ref].kind != "country":
                continue
            after = text[e.end : e.end + 40]
            m = _GROUP_LEAD.match(after)
            if not m:
                continue
            rest = after[m.end() :]
            modifier = _GROUP_MODIFIER.match(rest)
            head_ja = _GROUP_MODIFIER_JA.match(rest) if has_japanese(rest[:1]) else None
            for kind, cue in lx.GROUP_KINDS.items():
                hits = lx.find(cue, rest)
                if head_ja is not None:
                    # 「南アフリカの計画停電」: a Japanese compound noun's head is its last word, so a
                    # kind noun with more of the compound after it (計画 of 計画停電, load shedding)
                    # only modifies it and names no entity of that kind (a linguistic reason; blind
                    # round15c za-loadshedding 3倍以上 was a comparison with a programme)
                    hits = [h for h in hits if not _JA_NOUN_CHAR.match(rest, h.end)]
                follows = any(h.start == 0 for h in hits)
                if not follows and modifier is not None:
                    follows = any(h.start == 0 for h in lx.find(cue, rest[modifier.end() :]))
                if not follows and head_ja is not None:
                    # 生成モデル: a Japanese word glued before the kind noun modifies it
                    follows = any(h.end <= head_ja.end() for h in hits)
                if not follows:
                    continue
                if any(
                    self.pack.entities[x.ref].kind == kind and self.pack.entities[x.ref].country == e.ref
                    for x in ents
                ):
                    continue  # the claim names the country's model itself
                members = tuple(
                    m2 for m2 in self.index.members.get(e.ref, ()) if self.pack.entities[m2].kind == kind
                )
                if members:
                    return Group(e.ref, kind, members, bool(m.group("best")))
        return None

    def _only_comparands(self, c: _Clause) -> bool:
        """Every entity the clause names is a comparand ("than X", "only to X", 「Xより」)."""
        ents = [e for e in self.entities if c.start <= e.start < c.end]
        return bool(ents) and all(_is_comparand(self.text, e) for e in ents)

    def _only_after_than(self, c: _Clause) -> bool:
        """Every entity the clause names follows an English comparative's "than" ("far faster than
        China") or comes before より (「中国より速く」)."""
        ents = [e for e in self.entities if c.start <= e.start < c.end]
        return bool(ents) and all(
            self.text[e.end : e.end + 2] == "より"
            or _AFTER_THAN.search(self.text[max(0, e.start - 40) : e.start])
            for e in ents
        )

    def _opens_with_comparison(self, c: _Clause) -> bool:
        """An English clause whose comparison word comes before every name it has ("tied with
        Tennessee, New Hampshire and Indiana", "ahead of France and Italy"): all it names are
        comparands, and its subject is left to the context."""
        span = self.text[c.start : c.end]
        if has_japanese(span):
            return False
        hits = [h.start for cue in (lx.EXCEED, lx.TRAIL, lx.EQUAL) for h in lx.find(cue, span)]
        firsts = [e.start - c.start for e in self.entities if c.start <= e.start < c.end]
        return bool(hits) and bool(firsts) and min(hits) < min(firsts) and not span[: min(hits)].strip(" ,")

    def _names_subject(self, c: _Clause, ident: str) -> bool:
        """Whether the clause names ``ident`` as its topic: followed by は/が (or の … は) in
        Japanese; in English, at the head of the clause (after at most a preposition and a date)."""
        text = self.text
        for e in self.entities:
            if e.ref != ident or not (c.start <= e.start < c.end):
                continue
            if has_japanese(text[c.start : c.end]):
                # (a period between, 「東京都の2024年の転入超過数は」, is no figure: blanked)
                after = self._masked(e.end, c.end, "periods")
                if re.match(r"(?:は|が|も|では|の[^\d約、,]*?(?:は|が))", after):
                    return True
                continue
            before = self._masked(c.start, e.start, "periods").strip(" ,").lower()
            # "and even Germany finished above it": a conjunction or a focus adverb before the
            # subject leaves it at the clause's head
            if re.fullmatch(
                r"(?:(?:and|but|while|whereas|yet|even|also)(?:\s+|$))*"
                r"(?:(?:in|on|by|as of|during|at|since)\s*)?"
                r"(?:the\s*)?",
                before,
            ):
                return True
        return False

    def _unknown_names(self, c: _Clause) -> tuple[str, ...]:
        """Proper nouns of the clause that name nothing the pack holds ("テキサス", "Texas"):
        Sudachi 固有名詞 in Japanese, capitalised words after the first in English."""
        masked = self._masked(c.start, c.end, "entities", "metrics", "periods", "numbers")
        if has_japanese(masked):
            # a word of the pack's own measure names (クマ in 「クマの出没件数」, tagged a person's
            # name) is the pack's vocabulary, not a name it lacks (blind round 12c sdf-start)
            names = [
                t.surface for t in tokenize(masked)
                if t.pos == "名詞" and t.pos2 == "固有名詞"
                and not self.lookup.a_measure_word(word_keys(t.surface))
            ]
        else:
            # a capitalised possessive opening the clause ("Vermont's egg prices") is whose the
            # measure is, as "in Vermont" is (review 15 finding 18)
            names = [
                m.group(1)
                for m in re.finditer(r"(?<![A-Za-z])([A-Z][a-z]+)(['\u2019]s\b)?", masked)
                if (m.start() > 0 or m.group(2) or _names_a_subject(masked, m.end())
                    or (c.start + m.start(), c.start + m.end()) in self.other_demonyms)
                and m.group(1).lower() not in lx.STOPWORDS_EN
                and not (m.group(2) and m.group(1).lower() in _NOT_AN_OWNER_EN)
            ]
        return tuple(dict.fromkeys(names))

    def _person_names(self, c: _Clause) -> frozenset[str]:
        """Japanese names of persons in the clause (Sudachi 固有名詞・人名: 「トランプ大統領が演説で
        触れた…記録」): who said or did something, not a place or body whose measure it would be."""
        masked = self._masked(c.start, c.end, "entities", "metrics", "periods", "numbers")
        if not has_japanese(masked):
            # "Under Biden, inflation hit 12%", "fell … under President Trump": whose time in
            # office it was, not whose measure
            under = (m.group(0)[5:] for m in _UNDER_PERSON_EN.finditer(masked))
            return frozenset(w for phrase in under for w in re.findall(r"[A-Z][a-z]+", phrase))
        return frozenset(t.surface for t in tokenize(masked) if t.pos2 == "固有名詞" and t.pos3 == "人名")

    def _unknown_topic(self, c: _Clause) -> bool:
        """Whether the clause's topic is a proper noun the pack does not hold ("SLIM landed …",
        "SLIMが着陸した"): then it has a subject of its own and takes none from before."""
        masked = self._masked(c.start, c.end, "entities", "metrics", "periods", "numbers")
        if has_japanese(masked):
            toks = [t for t in tokenize(masked) if t.pos not in ("補助記号", "空白")]
            return any(
                t.pos2 == "固有名詞" or (t.surface.isascii() and t.surface[:1].isupper())
                for i, t in enumerate(toks[:-1])
                if toks[i + 1].surface in ("は", "が")
            )
        head = re.match(r"\s*(?:(?:in|on|by|during|at)\s+[^,]*?,\s*)?(?:the\s+)?([A-Z][\w-]*)", masked)
        if head is None or head.group(1).lower() in lx.STOPWORDS_EN:
            return False
        word = head.group(1)
        # at the start of a sentence every word is capitalised: only a name-like spelling
        # (SLIM, H3, SpaceX) says it is a name there
        sentence_start = c.start == 0 or bool(re.search(r"[.!?。！？\n]\s*$", self.text[: c.start]))
        return not sentence_start or not word.istitle()

    def _change_of_the_previous(self, st: Statement, entity: str, metric: str) -> bool:
        """Whether a clause with no measure of its own gives a change of the previous clause's
        measure: a level it came from or went to that is a value of that measure (its unit), and
        every percentage the size of the change (「37万2533回から約19%減った」, "from 372,533, down
        about 19%"), so the percentage names no measure in percent (a linguistic reason: a
        percentage before 減 / 増 or after "fell" / "by" is a change's size, §4.7)."""
        levels = tuple(n for n in st.numbers if n.role in ("from", "to"))
        sizes = [n for n in st.numbers if n.unit == "%" and n.role in (None, "by")]
        return (
            bool(levels) and bool(sizes) and bool(st.cues & {"up", "down"})
            and all(_percent_change(self.text, n) or _UP_DOWN_BEFORE_EN.search(self.text, 0, n.start)
                    for n in sizes)
            and self._same_measure(entity, metric, levels)
        )

    def _sibling_by_scope(self, c: _Clause, entity: str, metrics: tuple[str, ...]) -> tuple[str, ...]:
        """The previous statement's measures for a clause that names none, unless its scope words
        name a sibling of the first — a measure of the entity in the same unit and kind whose
        name differs by them (「北方諸国で7位、世界で106位」: 世界 names the world rank): that
        sibling then comes first (docs/verdict-rules.md §4.4, figures with scopes of their own)."""
        first = self.pack.metrics[metrics[0]]
        siblings = [
            m
            for m in dict.fromkeys((*metrics, *self.lookup.metrics_of((entity,))))
            if (x := self.pack.metrics[m]).unit == first.unit and x.kind == first.kind
        ]
        if len(siblings) < 2:
            return metrics
        keys = {m: scope_keys(self.pack.metrics[m].name(self.lang) or "") for m in siblings}
        shared = frozenset.intersection(*keys.values())
        words = scope_keys(self._masked(c.start, c.end, "entities", "numbers", "periods"))
        fit = {m: len(words & (keys[m] - shared)) for m in siblings}
        best = max(siblings, key=lambda m: fit[m])
        if fit[best] == 0 or sum(f == fit[best] for f in fit.values()) > 1 or best == metrics[0]:
            return metrics
        return (best, *(m for m in metrics if m != best))

    def _same_measure(self, entity: str, metric_id: str, numbers: tuple[ClaimedNumber, ...]) -> bool:
        """Whether the entity is observed on the metric and every number is in its unit."""
        metric = self.pack.metrics.get(metric_id)
        if metric is None or metric.kind == "category":
            return False
        if not self.lookup.observes(entity, (metric_id,)):
            return False
        if metric.unit is None:
            # a count the pack keeps with no unit (contract 1.1 kind ``count``) counts what a counted
            # figure counts (「菅内閣が5人」 after 「安倍内閣が任命したのは8人」)
            return metric.kind == "count" and all(n.unit in (None, "count") for n in numbers)
        # a bare number ("日本は5万1970トンだった": トン is no unit of the grammar) is read in the
        # measure's unit
        # a place (「中国が2位」) is a place on the measure
        if all(n.unit in (None, "rank") or units_compatible(n.unit, metric.unit, self.pack) for n in numbers):
            return True
        # 「33%が外国人」「3分の1が外国人」 after a count: a part of the previous measure's whole
        return metric.kind in ("count", "amount") and all(_part_of_whole(n) for n in numbers)

    def _contextualise(self, raw: list[Statement], clauses: list[_Clause]) -> list[Statement]:
        """Give each statement what it leaves to its context: a sentence-initial period, and
        the subject (with its period and metric) of the previous statement when it names none."""
        out: list[Statement] = []
        sentence_period: dict[int, tuple[ClaimedPeriod, ...]] = {}
        for st, c in zip(raw, clauses, strict=True):
            first = st.periods[0] if st.periods else None
            if c.sentence not in sentence_period:
                sentence_start = min(x.start for x in clauses if x.sentence == c.sentence)
                lead = self.text[sentence_start : first.start] if first else ""
                after = self.text[first.end : first.end + 2] if first else ""
                # "2026年4月、…" and "In April 2026 …" date the whole sentence; "2022年10月に…" only
                # its own clause
                ja_scoped = not has_japanese(self.text[c.start : c.end]) or after[:1] in ("、", ",", "，")
                if (
                    first
                    and ja_scoped
                    and re.fullmatch(r"\s*(?:(?i:in|on|by|as of|during|at)\s+)?(?:the\s+)?", lead)
                ):
                    sentence_period[c.sentence] = (first,)
                else:
                    sentence_period[c.sentence] = ()
        prev: Statement | None = None
        # the figure of a whole named after a share of it ("3.6 percent of the city's 5,800"): a
        # statement of its own, after the clause's
        wholes: dict[int, Statement] = {}
        for i, (st, c) in enumerate(zip(raw, clauses, strict=True)):
            if prev is not None and i > 0 and (
                self._repeats_for_a_period(st, prev, clauses[i - 1], c)
                or self._dates_the_figure(st, prev, clauses[i - 1], c)
            ):
                # "Britain registered more than Germany in 2024 and again in 2025": the previous
                # statement said again of another period; "…its previous record low, set in
                # November and December 2000", 「予算70億円は、制度創設時(2017年度)の額である」: the
                # figure before said of the period the clause gives it
                again = replace(
                    prev, index=i + 1, span=st.span, periods=st.periods, start=st.start, end=st.end,
                    inherited=("subject", "metric"),
                )
                out.append(again)
                prev = again
                continue
            if prev is not None and i > 0 and self._still_there(st, prev, clauses[i - 1], c):
                # 「…5割を超え、いまもその水準のままだ」, "…, and it is still at that level": the
                # level said before holds at the claim's "now" (the latest value), whatever period
                # the clause before was of
                still = replace(
                    prev, index=i + 1, span=st.span, periods=(), start=st.start, end=st.end,
                    inherited=("subject", "metric"), cues=(prev.cues - {"up", "down"}) | {"still_there"},
                )
                out.append(still)
                prev = still
                continue
            inherited: list[str] = []
            periods = st.periods or sentence_period.get(c.sentence, ())
            if (
                not periods
                and prev is not None
                and i > 0
                and clauses[i - 1].sentence == c.sentence
                and (dated_before := tuple(p for p in prev.periods if p.role is None)[-1:])
                and lx.has(lx.AT_ONCE, st.span)
            ):
                # 「…2023年9月1日に施行され、法定退職年齢は一気に64歳になった」, "took effect on 1
                # September 2023, and the age jumped to 64 overnight": what happened at once
                # happened when the clause before did (§2 Context), not at the latest value
                periods = dated_before
            if periods and not st.periods:
                inherited.append("period")
            entities, metrics, group = st.entities, st.metrics, st.group
            if st.scope and set(entities) <= set(st.scope) and prev is not None and prev.entities:
                # 「…、全国で最も低かった」: the country is where the ranking is made; what is ranked
                # is the previous statement's subject
                entities = ()
            # a multiple is a comparison, unless the measure named first is itself a multiple ("cost
            # 7.7 times average earnings" naming the price-to-earnings ratio): then it is its value
            own_multiple = bool(metrics) and self.pack.metrics[metrics[0]].unit == "x"
            comparative = bool(st.cues & {"exceed", "trail", "equal"}) or any(
                n.unit == "pt" or (n.unit == "x" and not own_multiple) for n in st.numbers
            )
            # "…, second only to Passaic County": a place next to the one named is the previous
            # subject's, the one named is what it is placed against
            comparative = comparative or (
                any(n.unit == "rank" for n in st.numbers) and bool(entities) and self._only_comparands(c)
            )
            # "grew 8.2%, far faster than China", 「中国より速く成長」: every name after than / before より
            # is what the subject is compared with, whatever the comparative adjective
            comparative = comparative or self._only_after_than(c)
            # "No country had higher growth than Germany": the one after than is ranked, it is the
            # clause's subject (cues.none_past_a_name), not one the pack's subject is set against
            comparative = comparative and none_past_a_name(st.span) is None and not st.none_past
            # "…, faster than in 2022", 「伸び率は前年より拡大した」, "and kept falling in 2025": a
            # clause that sets the previous measure against another period, or says it went on
            # moving, is about the previous measure (zero anaphora) and the previous period
            against_before = bool(_PACE_THAN.search(st.span)) or st.versus in ("up", "down")
            # 「…は120人で、2018年よりも増えた」, "…, up on 2018": a rise or fall against a period
            # the clause names after than / before より has the other end of that change in the
            # clause before (a linguistic reason: より / than takes the comparison's base)
            against_before = against_before or (
                bool(st.cues & {"up", "down", "exceed", "trail"})
                and bool(st.periods)
                and all(than_a_period(self.text, p) for p in st.periods)
            )
            went_on = bool(st.cues & {"up", "down"}) and bool(lx.WENT_ON.search(st.span))
            # a comparison whose one entity is not its topic ("英国を上回り", "below the students'")
            compares_to = (
                comparative
                and len(entities) == 1
                and group is None
                and not self._names_subject(c, entities[0])
            ) or (comparative and len(entities) >= 2 and group is None and self._opens_with_comparison(c))
            lacks_subject = (not entities and group is None and not self._unknown_topic(c)) or (
                compares_to and prev is not None and bool(prev.entities) and prev.entities[0] != entities[0]
            )
            # "…, and even Germany finished above it": the pronoun after the comparison word is the
            # previous subject, set against the one the clause names (its subject)
            pronoun_base = (
                comparative
                and len(entities) == 1
                and prev is not None
                and bool(prev.entities)
                and prev.entities[0] != entities[0]
                and _PRONOUN_BASE_EN.search(st.span) is not None
                # "more in 2023 than … in 2022": two periods of the clause compare its own subject
                and len({p.period for p in st.periods if p.role is None}) < 2
            )
            lacks_subject = lacks_subject or pronoun_base
            # the previous subject carries over, unless the clause names a measure it lacks
            carried = (
                prev is not None
                and lacks_subject
                and bool(prev.entities or prev.group)
                and not (
                    metrics
                    and prev is not None
                    and prev.entities
                    and not entities
                    and not self.lookup.observes(prev.entities[0], metrics)
                )
            )
            if carried and prev is not None:
                # 「EUで最も多いのはシリア人で、約14万8千人だった」: what was ranked, not where
                ranked = [e for e in prev.entities if e not in prev.scope and prev.kind == "superlative"]
                if pronoun_base:
                    entities = tuple(dict.fromkeys((*entities, prev.entities[0])))
                else:
                    entities = tuple(dict.fromkeys((*(ranked or prev.entities)[:1], *entities)))
                group = group or prev.group
                inherited.append("subject")
                # "…, a record": a ranking of the previous statement's measure and period
                ranks = bool(st.cues & {"sup_record", "sup_max", "sup_min", "sup_top"})
                # 「2023年に補助金を倍増し、2000億円とした」: a number of the same measure later in
                # the sentence is of the same time (not after a plan: its date is a deadline)
                same_measure = bool(prev.metrics) and (not metrics or metrics[:1] == prev.metrics[:1])
                continued = (
                    bool(st.numbers)
                    and same_measure
                    and i > 0
                    and clauses[i - 1].sentence == c.sentence
                    and prev.kind not in ("plan", "event")
                    and not lx.has(lx.ALREADY, st.span)
                )
                # 「…1.22倍で、2年連続の低下となった」: the run ends at the period just given
                run_of_steps = (
                    (bool(st.cues & {"up", "down"}) or st.versus in ("up", "down"))
                    and _RUN_OF_STEPS.search(st.span) is not None
                    and i > 0 and clauses[i - 1].sentence == c.sentence
                    and prev.kind in ("metric", "change", "share") and same_measure
                )
                # 「…2254人で、1994年の調査開始以来最少となった」: a record whose only year is when the
                # statistics began (read as a source's date) is said of the period just given, over
                # the whole record, as 過去最少 is (a linguistic reason: 調査開始以来 is "on record")
                own_dated = [p for p in periods if not (ranks and p.role == "source")]
                if not own_dated and prev.periods and (comparative or ranks or continued or run_of_steps):
                    periods = self._end_of_change(st, prev)
                    inherited.append("period")
                elif against_before and prev.periods and periods and all(
                    p.inferred or than_a_period(self.text, p)
                    for p in periods
                ):
                    # "faster than in 2022" after "grew 3.3% in 2023": 2023 set against 2022
                    periods = (*prev.periods[-1:], *periods)
                    inherited.append("period")
                    pace = _PACE_THAN.search(st.span)
                    if pace and not st.cues & {"up", "down", "exceed", "trail"}:
                        # the comparative is what sets the two periods' rates against each other
                        slower = pace.group(0).lower().startswith(("slower", "more slowly"))
                        st = replace(st, cues=st.cues | {"trail" if slower else "exceed"})
                # 「…129万4千円で、2010年から変わっていない」: no change of the previous measure
                flat = "flat" in st.cues
                also = self._another_topic(c, prev) or (
                    run_of_steps and not metrics and bool(prev.metrics)
                    and self._run_of_another_subject(c, prev)
                )
                # 「空き家率は上がり続けており、この10年で大きく上昇した」: a change of the same measure
                # coordinated with a change of the same sentence (Japanese zero anaphora; an English
                # clause with no subject is a participle's: "wiping out the gains" is no rise)
                # 「…は前年比3.1%上昇し、4年連続の上昇となった」: a rise with its rate is a change too
                prev_moved = prev.kind == "change" or (
                    prev.kind == "metric" and bool(prev.cues & {"up", "down"})
                )
                moved = (
                    self.lang == "ja" and bool(st.cues & {"up", "down"}) and prev_moved and i > 0
                    and clauses[i - 1].sentence == c.sentence
                )
                # "…rose about 5% in 2024, ending a five-year decline": the run ended is of the
                # previous clause's measure; 「、2018年の水準に戻った」: so is a level reached again
                ended = lx.says_run_ended(st.span)
                # "…, its fourth straight annual decline": a run of the previous clause's measure
                # (zero anaphora, "its"), ending at its period (above)
                said_more = (
                    st.numbers or comparative or ranks or flat or moved or against_before or went_on or ended
                    or run_of_steps
                    or bool(BACK_TO_A_LEVEL.search(st.span))
                )
                # 「貿易収支は…ずっと赤字で、しかも赤字幅は年々広がっている」: a clause of the side of a
                # balance (赤字幅, "the deficit") after one that said the balance stood on that side
                # speaks of that balance, over the same window (a linguistic reason: "the deficit"
                # refers back to the deficit just said)
                sided = (
                    not metrics and bool(prev.metrics) and said_side(st.span) != 0
                    and prev.versus in ("in_neg", "in_pos") and clauses[i - 1].sentence == c.sentence
                )
                if sided:
                    metrics = prev.metrics[:1]
                    inherited.append("metric")
                    if not periods and prev.periods:
                        periods = prev.periods
                        inherited.append("period")
                elif not metrics and prev.metrics and run_of_steps and not also:
                    # 「…6万5千トンとなり、3年連続で前年を上回った」: the run names no measure of its
                    # own, not even a word of one: it is the previous clause's (zero anaphora)
                    metrics = prev.metrics
                    inherited.append("metric")
                elif not metrics and prev.metrics and said_more and not also:
                    # 「…不正と判断されたものはゼロで、可能性があるとされたのは2件だった」: a measure of
                    # the subject that the clause's own words partly name comes before the previous one
                    # (a period's words name when, not what: 「前年同期の10倍」 is no 前年同月比)
                    own = [
                        m
                        for m in self.lookup.match_metrics(
                            self._masked(c.start, c.end, "entities", "periods"),
                            entities[:1],
                            None,
                            relaxed=True,
                        )
                        if self.lookup.observes(entities[0], (m,))
                    ]
                    said_text = self._masked(c.start, c.end, "entities", "periods")
                    said_words = content_keys(said_text) | word_keys(said_text)
                    if own and own[0] in prev.metrics:
                        # 「無効票は、選挙区が…、比例代表が…」: the clause's own words pick which of the
                        # previous statement's measures it gives a value of
                        metrics = (own[0], *(m for m in prev.metrics if m != own[0]))
                    elif own and said_words & self.lookup.metric_words(own[0]) <= self.lookup.metric_words(
                        prev.metrics[0]
                    ):
                        # "Japan's divorce rate, …, was roughly a third of the US rate": the words
                        # that name the other measure ("rate") name the previous one too, which
                        # they refer back to (blind round 19b intl95 took the marriage rate)
                        metrics = prev.metrics
                    elif own and self._change_of_the_previous(st, entities[0], prev.metrics[0]):
                        # 「…30万1091回で、前年の37万2533回から約19%減った」: the level the change came
                        # from is in the previous measure's unit and the percentage is the change's
                        # size, no value of a measure in percent (blind round 20c ja-2022-fall had
                        # taken a share of sites)
                        metrics = prev.metrics
                    else:
                        own = [m for m in own if m not in prev.metrics]
                        metrics = tuple(own[:1]) or self._sibling_by_scope(c, entities[0], prev.metrics)
                    inherited.append("metric")
            if (
                prev is not None
                and not carried
                and lacks_subject
                and not entities
                and group is None
                and not metrics
                and prev.metrics
                and not (prev.entities or prev.group)
                and clauses[i - 1].sentence == c.sentence
                and (st.numbers or comparative or st.versus or st.cues & _MEASURE_CUES)
            ):
                # 「中小組合の賃上げ率は4.65%で、前年を0.20ポイント上回った」 "Inflation fell to 2.4%,
                # but it is back above 3% now": a coordinated clause with no subject and no measure
                # of its own says more of the measure the clause before it is about (zero anaphora,
                # "it"), when that clause has a measure but nobody named
                metrics = prev.metrics
                inherited.append("metric")
                if not periods and prev.periods:
                    periods = prev.periods
                    inherited.append("period")
            if (
                not carried
                and not metrics
                and entities
                and prev is not None
                and prev.metrics
                and prev.kind in ("metric", "share", "comparison", "change", "superlative")
                and (
                    (st.numbers and self._same_measure(entities[0], prev.metrics[0], st.numbers))
                    # "Oregon ranks 22nd …, and Wisconsin ranks first": a place said by its word
                    # is a place on the previous clause's place measure, as a number would be
                    or (
                        not st.numbers
                        and "sup_top" in st.cues
                        and clauses[i - 1].sentence == c.sentence
                        and is_rank_metric(
                            self.pack.metrics[prev.metrics[0]].names, self.pack.metrics[prev.metrics[0]].unit
                        )
                        and self._same_measure(entities[0], prev.metrics[0], ())
                    )
                    # "Tokyo had the highest marriage rate, and Akita the lowest", 「東京都が最も高く、
                    # 秋田県が最も低かった」: the other end of the previous clause's ranking, of another
                    # owner, with the measure left out (gapping, §2 two groups in one sentence)
                    or (
                        not st.numbers
                        and bool(st.cues & {"sup_max", "sup_min"})
                        and prev.kind == "superlative"
                        and bool(prev.cues & {"sup_max", "sup_min"})
                        and clauses[i - 1].sentence == c.sentence
                        and any(self.lookup.observes(entities[0], (m,)) for m in prev.metrics)
                    )
                )
            ):
                # "SK On's revenue was 13 trillion won, Samsung SDI's topped 25 trillion": a
                # number of the previous clause's measure for another entity takes that measure
                metrics = prev.metrics[:1]
                if not st.numbers and st.cues & {"sup_max", "sup_min"}:
                    # the other end of a ranking: of its measures the owner has, one the clause
                    # before named outright first
                    owned = [m for m in prev.metrics if self.lookup.observes(entities[0], (m,))]
                    outright = self.lookup.named_outright(prev.span)
                    metrics = tuple(sorted(owned, key=lambda m: m not in outright))[:1]
                inherited.append("metric")
                if not periods and prev.periods:
                    periods = prev.periods
                    inherited.append("period")
            if (
                not periods
                and prev is not None
                and (
                    prev.kind == "change" or (prev.kind == "metric" and bool(prev.cues & {"up", "down"}))
                    or _dated_one_period(prev)
                    or _topic_period(prev, self.text)
                )
                and prev.periods
                and i > 0
                and clauses[i - 1].sentence == c.sentence
                and (st.cues & {"up", "down"} or any(n.role in ("by", "to") for n in st.numbers))
                and not lx.has(lx.ALREADY, st.span)
                and not dates_the_peak(prev)
                and not (
                    # (after a clause of no change: only a clause with a measure of its own, whose
                    # time the sentence gives; one with none says more of the clause before)
                    prev.kind != "change" and (not metrics or _SAID_OF_ANOTHER_TIME.search(st.span))
                )
            ):
                # 「2012年から2015年にかけて就業者は106万人増えたが、正規雇用は27万人減り…」: a change
                # coordinated with a change of the same sentence is over the same window; so is a
                # change after a clause of one dated period ("Revenue hit a record in fiscal 2024,
                # but the deficit still jumped more than 10 percent", 「2024年度の寄付額は過去最高を
                # 更新したが、流出額は縮小した」): the sentence's time is that period (a linguistic
                # reason: the clauses are coordinated; blind us-federal-deficit record-revenue-10pct
                # had run from FY2019, the series' first value)
                periods = prev.periods
                inherited.append("period")
            if (
                len(periods) == 1
                and periods[0].inferred
                and prev is not None
                and prev.periods
                and i > 0
                and clauses[i - 1].sentence == c.sentence
                and (
                    any(n.role == "from" for n in st.numbers)
                    or (st.cues & {"up", "down"} and any(n.role == "by" for n in st.numbers))
                )
                and not any(n.role == "to" for n in st.numbers)
                and periods[0].period.end < prev.periods[0].period.start
            ):
                # 「…51%に達し、前年同期の46%から上昇した」「…746万8千トンで、前年より67万6千トン増えた」:
                # a change from an earlier period with no end of its own runs to the period the
                # sentence is about
                periods = (*periods, prev.periods[0])
                inherited.append("period")
            if (
                prev is not None
                and i > 0
                and clauses[i - 1].sentence == c.sentence
                and len(periods) == 1
                and "period" not in inherited
                and prev.numbers
                and (dated_one := [p for p in prev.periods if p.role is None and not p.inferred])
                and len(dated_one) == 1
                and dated_one[0].period != periods[0].period
                # 「記録的だった2023年の3分の1以下」: a record said of the period named is checked at it
                and not st.cues & {"sup_record", "sup_max", "sup_min", "sup_top"}
                and _fraction_of_the_period(self.text, st.numbers, periods[0])
            ):
                # 「2024年は83日で、2023年の約4分の1だった」「2024年に61億円と、2022年の1割にも満たない」: a
                # fraction of another period's value, said after a clause that gives a figure of its
                # own period, sets that period's value against the one named (as 「2024年は2023年の
                # 約4分の1」 does in one clause), not a share of a whole
                periods = (dated_one[0], periods[0])
                inherited.append("period")
                st = replace(st, numbers=tuple(_percent_of_period(self.text, list(st.numbers), periods)))
            if (
                prev is not None
                and i > 0
                and clauses[i - 1].sentence == c.sentence
                and len(periods) == 1
                and "period" not in inherited
                and st.cues & {"up", "down"}
                and any(n.unit == "x" and n.role is None for n in st.numbers)
                and _FROM_AT_THE_END_JA.search(prev.span)
                and (starts := [
                    p for p in prev.periods if not p.inferred and p.period.end < periods[0].period.start
                ])
            ):
                # 「待機児童は2017年の2万6081人から、2025年には10分の1以下に減った」: the multiple of a
                # change after a clause that says where it started runs from there, not from the
                # period before its own
                periods = (starts[0], periods[0])
                inherited.append("period")
            base = self._compared_with_before(st, prev, clauses[i - 1], c, metrics) if prev else None
            if base is not None and prev is not None and len(periods) == 1:
                # 「…746万8千トンで、前年より67万6千トン増えた」「…51%に達し、前年同期の46%から上昇した」
                # "…, up 0.2 points on a year earlier": the period before is where the change or
                # comparison starts; its other end is the previous clause's period
                periods = (base, *prev.periods)
            if (
                prev is not None
                and periods
                and all(p.role == "since" for p in periods)
                and clauses[i - 1].sentence == c.sentence
                and st.cues & {"sup_record", "sup_max", "sup_min", "sup_top"}
                and (dated := tuple(p for p in prev.periods if p.role is None))
            ):
                # 「…5.25%で、1991年以来34年ぶりの高水準となった」 "…, the highest since 1991": 以来 /
                # since opens the window the record is over; when it is set is the previous clause's
                periods = (*dated, *periods)
                inherited.append("period")
            if compares_to and not carried and metrics and not self._unknown_names(c):
                # "訪日客数はフランスを上回った": the pack's subject against the one named
                subject = self.pack.meta.subject
                if subject and subject != entities[0] and self.lookup.observes(subject, metrics):
                    entities = (subject, *entities)
                    inherited.append("subject")
            # a proper noun that is a word of the measure's own name ("the Midwest" in "rank among
            # Midwest states") or of its definition ("a dozen Grade A eggs" of a price defined as
            # "Grade A large eggs, per dozen": the pack's own words) qualifies the measure, it names
            # no other owner
            own_words = (
                self.lookup.metric_words(metrics[0]) | self.lookup.definition_words(metrics[0])
                if metrics else frozenset()
            )
            foreign = [
                n
                for n in self._unknown_names(c)
                if not (metrics and content_keys(n) <= own_words) and n not in self._person_names(c)
            ]
            if not entities and group is None and metrics and not foreign:
                # a measure with no one named is the pack subject's ("訪日客数は…" in a pack about
                # Japan), unless the clause names someone the pack does not know ("タイの観光収入")
                # or its figures are said by a speaker of another country (below)
                subject = self.pack.meta.subject
                spoken = self._spoken_for(c)
                owner = (
                    self.lookup.sole_owner(metrics[0])
                    if metrics[0] in self.lookup.named_outright(self.text[c.start : c.end])
                    else None
                )
                if spoken is not None:
                    # the speaker's place, never the subject nor another sole owner
                    subject = spoken
                    owner = owner if owner == spoken else None
                world = self.lookup.world_owner(metrics[0])
                if world is not None and not (subject and self.lookup.observes(subject, metrics[:1])):
                    # 「2024年のLMEニッケル平均価格は…下がった」: a measure only the world has (a world
                    # price) is the world's when the clause names no one, not the pack subject's
                    # because the subject has some other measure the words also name
                    entities = (world,)
                    inherited.append("subject")
                elif subject and self.lookup.observes(subject, metrics):
                    entities = (subject,)
                    inherited.append("subject")
                elif owner is not None:
                    # 「春闘の賃上げ率は今も3.58%」: a measure that only one body of the pack has
                    # (the unions' tally, not the country's) is that body's (§2, what a statement names)
                    entities = (owner,)
                    inherited.append("subject")
                elif (
                    spoken is None
                    and metrics[0] in self.lookup.named_outright(self.text[c.start : c.end])
                    and (owning_place := self.lookup.place_owner(metrics[0])) is not None
                ):
                    # "From April our water bills go up by almost 30 per cent": a measure the pack
                    # subject does not have, kept for one place and for bodies (companies,
                    # organizations) beside it, is the place's when the clause names no one: the
                    # whole, not one of the bodies (§2, what a statement names)
                    entities = (owning_place,)
                    inherited.append("subject")
            if (
                "subject" in inherited
                and prev is not None
                and entities
                and metrics
                and not self.lookup.observes(entities[0], metrics)
            ):
                # 「豪州の主要電力網NEMの再エネ比率は51%に達し、前年同期の46%から上昇した」: the
                # figure continued is the owner's of the previous statement whose measure it is
                # (NEM's), not its first-named qualifier's (豪州)
                owner = next((e for e in prev.entities[1:] if self.lookup.observes(e, metrics)), None)
                if owner is not None:
                    entities = (owner, *(e for e in entities if e != owner))
            if entities and st.cues & {"up", "down"} and any(_size_said(n) for n in st.numbers):
                # "employment rose by 143,000 between Q4 2013 and Q4 2014": the size of a change is
                # a value of the measure that records that change, named by what changed (§2)
                ends = sorted(p.period.end for p in periods)
                months = (ends[-1].year - ends[0].year) * 12 + ends[-1].month - ends[0].month if ends else 0
                one = periods[0].period if len(periods) == 1 and periods[0].role is None else None
                if one is not None and months == 0:
                    # "fell by 176,000 in the third quarter of 2025": the change over that period,
                    # as long as it is (a quarter: three months)
                    months = (one.end.year - one.start.year) * 12 + one.end.month - one.start.month + 1
                said = self._masked(c.start, c.end, "entities")
                recorded = self.lookup.change_measures(entities[0], said, months)
                by = next(n for n in st.numbers if _size_said(n))
                spanned = [
                    m
                    for m in recorded
                    if one is not None
                    and measure_span(self.pack.metrics[m].names) == months
                    and units_compatible(self.pack.metrics[m].unit, by.unit, self.pack)
                ]
                from shingi.pipeline.checks.metrics import records_a_change

                if (
                    len(spanned) == 1
                    and spanned[0] in metrics[1:]
                    and not records_a_change(self.pack.metrics[metrics[0]])
                ):
                    # named already, after a level: the measure of the change over the claimed
                    # period says its size; the level's two ends cannot say which two dates
                    metrics = (spanned[0], *(m for m in metrics if m != spanned[0]))
                changes = [m for m in recorded if m not in metrics]
                if len(changes) == 1:
                    # the clause's own words come before a measure taken from the clause before
                    # ("…, while the number of unemployed people rose by 79,000")
                    metrics = (changes[0], *metrics) if "metric" in inherited else (*metrics, changes[0])
            whole = self._share_of_whole(st, prev, clauses[i - 1], c) if prev is not None and i > 0 else None
            if whole is not None:
                # 「…4万7317世帯で、全体の2.87%だった」 "…208 positions, about 3.6 percent of the
                # city's 5,800": the part is the previous clause's subject, the share its measure
                entities, metrics, numbers, whole_figure = whole
                if whole_figure is not None:
                    wholes[i] = replace(whole_figure, index=0, kind=classify(whole_figure, self.pack))
                st = replace(st, numbers=numbers)
                # "part": the previous clause's figure is the part this share is of
                inherited += [x for x in ("subject", "metric", "part") if x not in inherited]
                if not periods and prev is not None and prev.periods:
                    periods = prev.periods
                    inherited.append("period")
            if "metric" in inherited and entities and metrics:
                metrics = self._share_of_inherited(entities[0], metrics, st.numbers)
            if "metric" in inherited and prev is not None and not said_side(st.span):
                # 「貿易赤字は15兆円を超え、過去最大に膨らんだ」: a clause that takes its measure
                # from the one before speaks of the side of the balance that one named
                side = side_of(prev.span, prev.cues)
                if side:
                    st = replace(st, cues=st.cues | {"side_deficit" if side < 0 else "side_surplus"})
            sibling = (
                self._parallel_group(st, prev, clauses[i - 1], c, entities)
                if prev is not None and i > 0 else None
            )
            if sibling is None:
                metrics = self._group_first(st.span, metrics)
            if sibling is not None and prev is not None:
                # 「2023年の平均初婚年齢は夫31.1歳、妻29.7歳だった」「…は男性が75.8歳、女性が81.1歳」:
                # a later part of a sentence that gives one figure per group leaves the shared head
                # out (gapping): its group word picks the sibling of the measure the part before
                # named, of the same owner and period (§2, two groups in one sentence)
                metrics = (sibling,)
                if "metric" not in inherited:
                    inherited.append("metric")
                if not entities and prev.entities:
                    entities = prev.entities
                    inherited.append("subject")
                if not st.periods and prev.periods:
                    periods = prev.periods
                    if "period" not in inherited:
                        inherited.append("period")
            if (
                prev is not None and i > 0 and clauses[i - 1].sentence == c.sentence
                and bool(st.cues & {"up", "down"}) and metrics and prev.metrics[:1] == metrics[:1]
                and len(periods) == 1 and periods[0].role is None
                and _BY_THE_END.match(self.text, periods[0].end) is not None
            ):
                # 「就業者数は2020年の落ち込みから毎年増え続け、2025年までに150万人以上増えた」: a change
                # said only to its end (までに, "by 2025") of the measure the clause before opened a
                # window of starts where that window did (a linguistic reason: までに gives the end,
                # the sentence has given the start)
                start = next((p for p in prev.periods if p.role == "since"), None)
                if start is not None and start.period.end < periods[0].period.start:
                    periods = (replace(start, role=None), *periods)
                    inherited.append("period")
            unknown = self._unknown_names(c)
            if unknown and metrics and "metric" not in inherited:
                # "Samsung SDI's Indiana plant produces 30 GWh": about something the pack does not
                # know; a measure it takes only by the number's unit is not that thing's
                # (by its words, or by those of a verb phrase that names it: "went abroad")
                worded = st.keys | paraphrase_keys(st.span)
                metrics = tuple(m for m in metrics if self.lookup.metric_words(m) & worded)
            if "metric" in inherited and not st.metrics and metrics:
                # 「…10.2%となり、前年同月より0.9ポイント改善した」: 改善 goes by the measure taken from
                # the clause before (lower is better: a fall), as it does with a measure of its own
                cues = _quality_direction(st.span, st.cues, metrics, self.pack)
                if cues != st.cues:
                    st = replace(st, cues=cues, versus=_versus_previous(st.span, cues))
            st = replace(
                st,
                unknown_names=unknown,
                index=i + 1,
                entities=entities,
                metrics=metrics,
                group=group,
                periods=periods,
                inherited=tuple(inherited),
            )
            if i > 0 and clauses[i - 1].sentence == c.sentence and _consequence(self.text, clauses[i - 1], c):
                # 「2%の引き上げにより、5兆円強の税収となります」「10%になった場合、…所得が消える」: what
                # would follow from a condition is a forecast, not a fact the measure's level settles;
                # the condition itself ("if exports rise") is no statement of fact either
                st = replace(st, cues=st.cues | {"plan", "hypothetical"})
                if out and "hypothetical" not in out[-1].cues:
                    cond = replace(out[-1], cues=out[-1].cues | {"plan", "hypothetical"})
                    out[-1] = replace(cond, kind=classify(cond, self.pack))
            elif _CONDITION_INSIDE_JA.search(self.text[c.start : c.end].rstrip("。 ")):
                # 「円安により、輸出額は1500億ドルになります」 said as one clause
                st = replace(st, cues=st.cues | {"plan", "hypothetical"})
            st = replace(st, kind=classify(st, self.pack))
            out.append(st)
            prev = st
        out = self._periods_within_sentence(out, clauses)
        for i in sorted(wholes, reverse=True):
            out.insert(i + 1, replace(wholes[i], periods=out[i].periods))
        return [replace(st, index=n) for n, st in enumerate(out, 1)] if wholes else out

    def _group_first(self, span: str, metrics: tuple[str, ...]) -> tuple[str, ...]:
        """"Life expectancy was 75.8 years for men": of a measure and its group's measure (whose name
        is the measure's name and a group word, the word the clause says and not its sibling's),
        the group's comes first: the group word restricts what the figure is of (§2)."""
        if len(metrics) < 2:
            return metrics
        table = group_siblings(self.pack)
        if any(says(span, own) and not says(span, other) for own, other, _s in table.get(metrics[0], ())):
            return metrics  # the first measure is a group's already
        first = self.pack.metrics[metrics[0]]
        heads = {_bare(n) for n in (first.name_ja, first.name_en, *first.aliases) if n}

        def group_of_first(m: str) -> bool:
            metric = self.pack.metrics[m]
            names = [n for n in (metric.name_ja, metric.name_en, *metric.aliases) if n]
            by_sibling: dict[str, list[tuple[str, str]]] = {}
            for own, other, sib in table.get(m, ()):
                by_sibling.setdefault(sib, []).append((own, other))
            # the word taken out of the name to leave the head is said, or the measure's alias that
            # is only a group word of the same sibling pair ("men" said, "(males)" taken out)
            whole = {_bare(n) for n in names}

            def heads_without(w: str) -> bool:
                return any(_bare(n.replace(w, " ")) in heads for n in names if w in n)

            return any(
                says(span, own) and not says(span, other) and (own == word or _bare(own) in whole)
                for pairs in by_sibling.values()
                for word in {w for w, _o in pairs if heads_without(w)}
                for own, other in pairs
            )

        grouped = [m for m in metrics[1:] if group_of_first(m)]
        if len(grouped) != 1:
            return metrics
        return (grouped[0], *(m for m in metrics if m != grouped[0]))

    def _parallel_group(
        self, st: Statement, prev: Statement, before: _Clause, c: _Clause, entities: tuple[str, ...]
    ) -> str | None:
        """The sibling measure (`claims.groups`) a later part of the sentence names by its group
        word, when the part before named the measure by its own group word and this part names no
        other measure outright, no other owner and gives a figure or a word of its own measure."""
        if (
            before.sentence != c.sentence
            or not prev.metrics
            or prev.kind not in ("metric", "share", "change", "superlative")
            or (entities and prev.entities and entities[0] != prev.entities[0])
        ):
            return None
        named = sibling_named(self.pack, prev.metrics[0], self.text[before.start : before.end], st.span)
        if named is None:
            return None
        sibling, word = named
        # the part leaves the measure's head out: besides its group word it names no measure
        # ("…, and India holds most of the world's wafer capacity" names its own)
        if self.lookup.named_outright(re.sub(re.escape(word), " ", st.span, flags=re.IGNORECASE)):
            return None
        return sibling

    def _repeats_for_a_period(self, st: Statement, prev: Statement, before: _Clause, c: _Clause) -> bool:
        """"…in 2021 and again in 2023", "…in 2024, and in 2025 too": a clause of the same sentence
        that says nothing but a period (and again, also, too, as well) repeats the previous
        statement about a measure for that period."""
        if before.sentence != c.sentence or not st.periods or st.entities or st.metrics or st.numbers:
            return False
        if prev.kind not in ("metric", "share", "comparison", "change", "superlative") or not prev.periods:
            return False
        words = re.findall(r"[A-Za-z]+", self._masked(c.start, c.end, "periods").lower())
        if re.search(r"[^\sA-Za-z.,;:!]", self._masked(c.start, c.end, "periods")):
            return False  # another language, a number or a symbol: something of its own
        return bool(words) and bool(_AGAIN_WORDS & set(words)) and set(words) <= _AGAIN_WORDS | _AGAIN_FILLER

    def _still_there(self, st: Statement, prev: Statement, before: _Clause, c: _Clause) -> bool:
        """「いまもその水準のままだ」, "and it is still at that level", "remains there": a clause of the
        same sentence with no name, measure or figure of its own that says the level given before
        still holds now (a linguistic reason: その水準 / "that level" points back to the figure)."""
        if before.sentence != c.sentence or st.entities or st.metrics or st.numbers or st.periods:
            return False
        if not prev.metrics or not (
            (prev.kind in ("metric", "share") and prev.numbers) or prev.kind in ("comparison", "superlative")
        ):
            return False
        return bool(_STILL_THERE.search(self.text[c.start : c.end]))

    def _dates_the_figure(self, st: Statement, prev: Statement, before: _Clause, c: _Clause) -> bool:
        """A clause of the same sentence that gives nothing but the period of the figure before
        it: an English participle ("…, set in November and December 2000", "reached in 2019") or a
        Japanese identifying copula (「…70億円は、制度創設時(2017年度)の額である」「…の水準だ」), with
        no number, measure or other subject of its own, after a statement of a measure's figure."""
        if before.sentence != c.sentence or not st.periods or st.numbers or st.metrics:
            return False
        if not prev.numbers or not prev.metrics or not set(st.entities) <= set(prev.entities):
            return False
        if prev.kind not in ("metric", "share", "comparison", "superlative"):
            return False
        rest = self._masked(c.start, c.end, "periods", "entities").strip(" 、,。.()（）")
        if has_japanese(rest):
            return bool(_FIGURE_OF_PERIOD_JA.search(rest))
        return bool(_FIGURE_OF_PERIOD_EN.fullmatch(rest))

    def _share_of_inherited(
        self, subject: str, metrics: tuple[str, ...], numbers: tuple[ClaimedNumber, ...]
    ) -> tuple[str, ...]:
        """「…950校で、50%だった」: a percentage after a count of the previous clause is the
        subject's share measure of the same thing (its name shares the count's words: 参加希望 /
        参加希望の割合), when the subject has exactly one such."""
        percent = bool(numbers) and all(n.unit == "%" for n in numbers)
        if not percent or self.pack.metrics[metrics[0]].unit == "%":
            return metrics
        words = self.lookup.metric_words(metrics[0])
        shares = [
            m
            for m in sorted(self.lookup.metrics_of((subject,)))
            if self.pack.metrics[m].unit == "%" and self.lookup.metric_words(m) & words
        ]
        return (shares[0], *metrics) if len(shares) == 1 else metrics

    def _end_of_change(self, st: Statement, prev: Statement) -> tuple[ClaimedPeriod, ...]:
        """The periods a clause takes from the previous statement: all of them, or, after a change
        between two levels over two periods, only the latest when the clause itself says no
        change — a level, a comparison of levels or a rank set after "…from 65% in 2001 to 61.3%
        in 2009" ("below the national 69.3%", "a record") describes where the change ended."""
        says_change = bool(st.cues & {"up", "down", "flat"}) or any(
            n.unit in ("x", "pt") or n.role in ("from", "to", "by") for n in st.numbers
        )
        # only after a change between two levels (a from- or to-figure): its end is a level
        levels = any(n.role in ("from", "to") for n in prev.numbers)
        if prev.kind == "change" and dates_the_peak(prev) and not any(
            n.unit in ("x", "pt", "%") or n.role in ("from", "by") for n in st.numbers
        ):
            # 「2015年のピークから3割以上減り、4万人台前半に落ち込んだ」: the period dates where the
            # change started; the level it fell to is now, not then
            return ()
        # "rose every year from 2018 to 2024, reaching a record …": a record set by the change is
        # where it ended, figures or not (a linguistic reason: reaching / 「…し、過去最高となった」
        # names the change's end)
        ranks = bool(st.cues & {"sup_record"})
        if prev.kind != "change" or len(prev.periods) < 2 or says_change or not (levels or ranks):
            return prev.periods
        return (max(prev.periods, key=lambda p: p.period.start),)

    def _another_topic(self, c: _Clause, prev: Statement) -> bool:
        """Whether a Japanese clause sets up a topic of its own with も ("also"): 「…、全国のホテル客室
        稼働率も過去最高を記録した」 says the same of another thing, so the words before も that are
        neither a name of the pack nor words of the previous measure name a measure the pack does
        not hold, and the previous measure is not this clause's."""
        masked = self._masked(c.start, c.end, "entities", "periods", "numbers")
        if not has_japanese(masked):
            return False
        toks = [t for t in tokenize(masked) if t.pos not in ("空白", "補助記号")]
        for i, t in enumerate(toks):
            if t.surface == "も" and t.pos2 == "係助詞":
                # the noun phrase that も follows: the nouns right before it
                j = i
                while j > 0 and toks[j - 1].pos == "名詞":
                    j -= 1
                topic = "".join(x.surface for x in toks[j:i])
                if _NOT_ONCE_JA.search(topic) or _STILL_JA.fullmatch(topic):
                    # 「一度も…ない」: a negative's "even once", not "also"; 「今も」「いまも」「現在も」:
                    # "still", an adverb of time, sets up no topic (blind round 20b still-falling)
                    continue
                prev_words = frozenset().union(*(self.lookup.metric_words(x) for x in prev.metrics))
                return bool(topic) and bool(content_keys(topic) - prev_words)
        return False

    def _run_of_another_subject(self, c: _Clause, prev: Statement) -> bool:
        """Whether a run clause names a subject of its own that the previous clause's measure is
        not (「…104台となり、輸出台数は5年連続で増えた」, "…, while exports rose for a fifth straight
        year"): a noun before は / が / も, or an English noun phrase before the finite verb, with
        words that are neither the pack's names nor the previous measure's. Such a run is not the
        previous clause's by zero anaphora (review R7); a clause that starts with the count
        (「、5年連続で前年を上回った」, "its fifth straight rise", "rising for a fifth year") has none."""
        masked = self._masked(c.start, c.end, "entities", "metrics", "periods", "numbers")
        prev_words = frozenset().union(*(self.lookup.metric_words(x) for x in prev.metrics))
        if has_japanese(masked):
            toks = [t for t in tokenize(masked) if t.pos not in ("空白", "補助記号")]
            for i, t in enumerate(toks):
                if t.surface in ("は", "が", "も") and t.pos2 in ("係助詞", "格助詞"):
                    j = i
                    while j > 0 and toks[j - 1].pos == "名詞":
                        j -= 1
                    topic = "".join(x.surface for x in toks[j:i])
                    # a change's own noun (増加が続く, 伸びは) or a base (前年比は) is no subject
                    if not topic or lx.has(lx.UP, topic) or lx.has(lx.DOWN, topic) or lx.has(lx.FLAT, topic):
                        return False
                    if _STILL_JA.fullmatch(topic) or re.search(r"前年|前月|前期|同期|比$", topic):
                        return False
                    return bool(content_keys(topic) - prev_words)
            return False
        head = _RUN_SUBJECT_EN.match(masked)
        if head is None or _RUN_MODIFIER_EN.search(head["np"]):
            # "…, the fifth straight annual rise": a phrase that ends in an ordinal or a run's
            # adjective is no subject; the word after it is the run's own noun (review R13)
            return False
        words = [w for w in re.findall(r"[A-Za-z][\w-]*", head["np"]) if w.lower() not in lx.STOPWORDS_EN]
        return bool(words) and bool(word_keys(" ".join(words)) - prev_words)

    def _compared_with_before(
        self, st: Statement, prev: Statement, before: _Clause, c: _Clause, metrics: tuple[str, ...]
    ) -> ClaimedPeriod | None:
        """The period a coordinated clause compares the previous clause's figure with: its only
        own period is one named by a step back from the previous clause's one period (前年, 前月,
        前年同期, "a year earlier"), it is on the previous clause's measure, and it says a change or
        a comparison (up, down, exceed, trail, a multiple, points, a from- or by-number)."""
        if before.sentence != c.sentence or len(prev.periods) != 1 or len(st.periods) != 1:
            return None
        own = st.periods[0]
        if not own.inferred or own.role is not None or re.search(r"\d", own.text):
            return None
        if not (own.period.end < prev.periods[0].period.start) or not prev.metrics or not metrics:
            return None
        if metrics[0] != prev.metrics[0]:
            return None
        changes = bool(st.cues & {"up", "down", "exceed", "trail"}) or any(
            n.unit in ("x", "pt") or n.role in ("from", "by") for n in st.numbers
        )
        return own if changes else None

    def _share_of_whole(
        self, st: Statement, prev: Statement, before: _Clause, c: _Clause
    ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[ClaimedNumber, ...], Statement | None] | None:
        """A percentage of a whole in a clause coordinated with one that gives a figure
        (「…は4万7317世帯で、全体の2.87%だった」, "…have 208 positions, about 3.6 percent of the
        city's roughly 5,800", "…, or 12% of the total"): the clause leaves its subject to the clause
        before (zero anaphora, an apposition), and 全体の / of the total / of the whole named says
        that the percentage is that subject's share of the whole (docs/verdict-rules.md §2).

        Returns the statement's entities (the share's owner first), its share measure, its
        numbers (the percentage read as a percentage, not a multiple of the whole) and a statement
        of the whole's own figure when the clause gives one ("the city's roughly 5,800": the whole
        on the previous figure's measure); or None: when the clause names a measure of its own,
        when the percentage names no whole, when no single percentage measure of the part or of the
        whole shares words with the previous figure's measure (the carried subject or measure would
        be a guess), or when the clause has a figure that is neither the share nor the named
        whole's."""
        if before.sentence != c.sentence or not prev.entities or not prev.metrics or not prev.numbers:
            return None
        if st.metrics or any(_part_of_whole(n) or n.unit == "%" for n in prev.numbers):
            return None
        pct = next((n for n in st.numbers if n.role is None and _PERCENT_TEXT.search(n.text)), None)
        if pct is None or not self._of_a_whole(c, pct):
            return None
        part = prev.entities[0]
        wholes = tuple(e for e in st.entities if e != part)
        words = self.lookup.metric_words(prev.metrics[0]) | prev.keys
        fit: dict[tuple[str, str], int] = {}
        # the whole is the one named, or else the part's country or the pack's subject (「全体」)
        country = self.pack.entities[part].country if part in self.pack.entities else None
        owners = (part, *wholes) if wholes else (part, *(e for e in (country, self.pack.meta.subject) if e))
        for owner in dict.fromkeys(owners):
            for m in self.lookup.metrics_of((owner,)):
                if self.pack.metrics[m].unit == "%" and (shared := len(self.lookup.metric_words(m) & words)):
                    fit[(owner, m)] = shared
        if not fit:
            return None
        best = max(fit.values())
        chosen = [k for k, v in fit.items() if v == best]
        if len({m for _, m in chosen}) > 1:
            return None  # two share measures fit as well: which one is meant is not known
        owner, metric = chosen[0]
        q = pct.quantity
        as_percent = q if q.unit == "%" else Quantity(round(q.value * 100, 10), "%", q.approx, q.text)
        numbers = (replace(pct, quantity=as_percent),)
        entities = tuple(dict.fromkeys((owner, part, *wholes)))
        rest = tuple(n for n in st.numbers if n is not pct)
        figure = None
        if rest:
            # "…of the City of Portland's roughly 5,800": the whole's value of the previous measure
            if len(wholes) != 1 or not self.lookup.observes(wholes[0], prev.metrics[:1]):
                return None
            named = min((e.start for e in self.entities if e.ref == wholes[0] and c.start <= e.start < c.end),
                        default=c.start)
            figure = replace(st, span=self.text[named : c.end], start=named, entities=wholes,
                             metrics=prev.metrics[:1], numbers=rest, inherited=("metric",))
        return entities, (metric,), numbers, figure

    def _of_a_whole(self, c: _Clause, n: ClaimedNumber) -> bool:
        """Whether a percentage is said of a whole: 「全体の2.87%」「総数の3割」 (a whole word or a
        name before の), "3.6 percent of the city's 5,800", "12% of the total" / "of all"."""
        before = self.text[c.start : n.start]
        after = self.text[n.end : c.end]
        if _WHOLE_BEFORE_JA.search(before) or _WHOLE_AFTER_EN.match(after):
            return True
        named = [e for e in self.entities if c.start <= e.start and e.end <= n.start]
        return any(re.fullmatch(r"\s*の\s*(?:約|およそ|ほぼ)?\s*", self.text[e.end : n.start]) for e in named)

    def _periods_within_sentence(self, out: list[Statement], clauses: list[_Clause]) -> list[Statement]:
        """Periods a sentence gives in another clause: a turning point with no period of its own
        takes the nearest dated clause of its sentence (next first: "転換点は、SLIMが着陸した
        2024年1月だった"); an English "when …" clause with none takes the period of the clause
        before it ("The turning point came in January 2024, when SLIM landed")."""
        own = [st.periods if "period" not in st.inherited else () for st in out]
        for i, st in enumerate(out):
            if st.periods:
                continue
            sentence = clauses[i].sentence
            same = [j for j in range(len(out)) if j != i and clauses[j].sentence == sentence and own[j]]
            if st.kind == "turning_point":
                after = [j for j in same if j > i]
                source = after[0] if after else (same[-1] if same else None)
            elif _WHEN_CLAUSE.match(st.span) and i - 1 in same:
                source = i - 1
            else:
                continue
            if source is not None:
                out[i] = replace(st, periods=own[source], inherited=(*st.inherited, "period"))
        return out


#: the noun before the も of a negative ("not even once": 一度も, 一回も, 一人も, 一件も, 何も)
_STILL_JA = re.compile(r"今|いま|現在|現時点|今日|足元")
_NOT_ONCE_JA = re.compile(r"(?:(?:一|1)(?:度|回|人|件|つ|年|月)|何|誰)$")
#: Growth said to be below zero: 「マイナス成長」, "negative growth"
_NEGATIVE_GROWTH = re.compile(r"(?i)マイナス成長|\bnegative (?:economic |GDP )?growth\b")
#: A comparison of pace: "faster than", "slower than", 「より速く」「より拡大」 (the previous period's rate)
_PACE_THAN = re.compile(r"(?i)\b(?:faster|slower|quicker|more slowly|more quickly)\s+than\b")
#: the end of a change said with no start of its own: 「2025年までに」, "by 2025" (not 「2025年まで」 of a
#: range whose start is in the clause)
_BY_THE_END = re.compile(r"(?:年度|年)?までに")
#: a run clause's own subject before its finite verb ("…, while exports rose for a fifth straight
#: year", "and used-car prices have risen for …"): a noun phrase of up to four words after the
#: conjunction, no pronoun ("it rose", "they have fallen" refer back)
_RUN_SUBJECT_EN = re.compile(
    r"(?i)[\s,;]*(?:(?:and|but|while|whereas|yet|as|so)\s+)?(?:the\s+)?"
    r"(?P<np>(?!(?:it|its|they|their|this|that|these|those|which|and|but|while)\b)[a-z][\w'’-]*"
    r"(?:\s+(?!(?:has|have|had|rose|fell)\b)[a-z][\w'’-]*){0,3}?)\s+"
    r"(?:(?:has|have|had)\s+(?:been\s+)?)?(?:also\s+)?"
    r"(?:rose|risen|rises|rise|fell|fallen|falls|grew|grown|grows|increased|increases|declined|declines|"
    r"decreased|decreases|dropped|drops|climbed|climbs|gained|gains|shrank|shrunk|shrinks|slid|slipped|"
    r"went\s+(?:up|down)|kept|continued|posted|recorded|logged|marked|saw)\b"
)
#: the last word of a noun phrase that is a run's modifier, not a head noun ("the fifth straight
#: annual | rise", "a third consecutive | increase"): an ordinal or a run's adjective, after which
#: "rise" / "increase" / "gains" is the run's noun, not a finite verb (review R13)
_RUN_MODIFIER_EN = re.compile(
    r"(?i)\b(?:straight|consecutive|successive|annual|yearly|quarterly|monthly|weekly|record"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$"
)
#: A run of steps said by its count (「2年連続の低下」「3年続けて」, "its fourth straight annual decline",
#: "three years running", "for the third year in a row"): with a change word and no measure of its
#: own, the clause says how long the previous clause's measure had moved that way up to its period
#: (docs/verdict-rules.md §4.7 "A run said of the value just given")
_RUN_OF_STEPS = re.compile(
    r"\d+\s*(?:年|年度|か月|カ月|ヶ月|四半期)(?:連続|続けて)"
    r"|(?i:\b(?:consecutive|straight|successive)\s+(?:(?:annual|yearly|quarterly|monthly)\s+)?"
    r"(?:years?|months?|quarters?|declines?|falls?|drops?|decreases?|rises?|increases?|gains?)\b"
    r"|\b(?:years|months|quarters)\s+(?:in\s+a\s+row|running)\b"
    r"|\b(?:year|month|quarter)\s+in\s+a\s+row\b)"
)
#: A measure's name as written in a claim that ends in a finite verb of change ("economy shrank",
#: "economy grew": a pack's alias): the verb is the clause's predicate, and says its direction
_NAME_ENDS_IN_A_VERB = re.compile(
    r"(?i)\b(?:(?P<up>grew|rose|expanded|increased|climbed)|(?P<down>shrank|fell|contracted|declined|decreased))$"
)


def _verb_in_a_name(text: str, names: list[Span]) -> frozenset[str]:
    """The direction a finite verb at the end of a measure's name says ("Germany's economy shrank in
    2023" read with the alias "economy shrank": a fall), when the name's own words are masked from
    the clause's cues (a linguistic reason: a finite verb is a predicate, whatever list names it)."""
    for m in names:
        hit = _NAME_ENDS_IN_A_VERB.search(text[m.start : m.end])
        if hit:
            return frozenset({"up" if hit.group("up") else "down"})
    return frozenset()


#: The level said before, said to hold still: 「いまもその水準のままだ」「今もその水準にある」「依然として
#: その水準」, "is still at that level", "remains at that level", "has stayed there"
_STILL_THERE = re.compile(
    r"(?:いま|今|現在|今なお|いまなお|依然(?:として)?)(?:も|なお)?[^。]{0,6}?(?:その|同じ)(?:水準|レベル)"
    r"|(?:その|同じ)(?:水準|レベル)(?:のまま|を(?:保|維持)|が続)"
    r"|(?i:\b(?:is|are|remains?|stays?)\s+(?:still\s+)?(?:at\s+)?(?:that|this|the\s+same)\s+level\b"
    r"|\b(?:has|have)\s+(?:stayed|remained)\s+(?:at\s+)?(?:there|that\s+level)\b"
    r"|\b(?:is|are)\s+still\s+there\b)"
)


#: A period named as a plan's original date: "the 2022 date it had originally set", "the original
#: 2030 deadline", 「当初予定の2022年」「当初計画の2025年度」 (a linguistic reason: the plan was set
#: for it, the act happened at another time)
_ORIGINAL_AFTER = re.compile(
    r"(?i)\s*(?:(?:date|deadline|target(?:\s+date)?|timeline|schedule)\s*)?"
    r"(?:(?:it|that|they|he|she|which|the\s+\w+)\s+)?(?:had\s+|has\s+|was\s+)?"
    r"(?:originally|initially|first)\s+(?:set|planned|scheduled|targeted|announced)"
)
_ORIGINAL_BEFORE = re.compile(r"(?i)\b(?:original(?:ly)?|initial(?:ly)?)\s+(?:planned\s+|scheduled\s+)?$"
                              r"|当初(?:の)?(?:予定|計画|目標|方針)?(?:の|では|だった|していた)?$")


def _original_date(text: str, p: ClaimedPeriod) -> bool:
    """Whether the period is named as the date a plan had first set (``_ORIGINAL_AFTER`` /
    ``_ORIGINAL_BEFORE``), not the time of the statement."""
    if p.inferred or not p.text:
        return False
    before = text[max(0, p.start - 30) : p.start]
    return bool(_ORIGINAL_AFTER.match(text, p.end)) or bool(_ORIGINAL_BEFORE.search(before))


#: 改善 (better) and 悪化 (worse) name a direction of quality, not of the number.
#: (「良くなった」「悪くなった」, "got worse", "grew worse", "became better": the adjective with a verb of
#: becoming is the change of state, as 改善 / 悪化 are; a linguistic reason)
_GOT_EN = r"(?:got|gotten|gets|getting|grew|grown|grows|became|becomes|become|turned)\s+"
_BETTER_JA = re.compile(r"改善|好転|良くな|よくな|(?i:\bimprov(?:es|ed|ing)\b|\b" + _GOT_EN + r"better\b)")
_WORSE_JA = re.compile(
    r"悪化|悪くな|(?i:\b(?:worsen(?:s|ed|ing)?|deteriorat(?:es|ed|ing))\b|\b" + _GOT_EN + r"worse\b)"
)


def _quality_direction(
    span: str, cues: frozenset[str], metrics: tuple[str, ...], pack: Pack
) -> frozenset[str]:
    """「完全失業率も6.8%から3.8%へと3%改善」: on a measure where lower is better, 改善 is a fall and
    悪化 a rise (a linguistic reason: the words say better or worse, and the measure's
    ``higher_is_better`` says which way that is; dev japanindepth-2018 onaga_jisseki). Another
    word of direction in the clause decides instead. On a rank (contract 1.1: 1 = first) the
    direction is already the place's ("the ranking rose": a better place), so a better place is a
    rise whatever ``higher_is_better`` says."""
    metric = pack.metrics.get(metrics[0]) if metrics else None
    if metric is None:
        return cues
    rank = metric.kind == "rank" or is_rank_metric(metric.names, metric.unit)
    if metric.higher_is_better is None and not rank:
        return cues
    better, worse = bool(_BETTER_JA.search(span)), bool(_WORSE_JA.search(span))
    rest = _WORSE_JA.sub("", _BETTER_JA.sub("", span))
    if better == worse or lx.has(lx.UP, rest) or lx.has(lx.DOWN, rest):
        return cues
    good_up = rank or metric.higher_is_better is True
    way = ("up" if better else "down") if good_up else ("down" if better else "up")
    return (cues - {"up", "down"}) | {way}


def _counts_the_name(m: QuantityMatch, start: int, end: int) -> bool:
    """"67 TDs took part", "only 10 senators": a count whose counted noun is a name the pack holds
    (the members of a house) counts them; the name after the digits does not swallow the number."""
    digits = re.match(r"(?i)(?:only|just|some|about|around|nearly|almost|over|more than|fewer than|"
                      r"less than|at least|[~約])?\s*[\d,.]+\s*", m.text)
    return (
        m.quantity.unit == "count" and digits is not None and m.start + digits.end() <= start and end <= m.end
    )


#: A superlative of pace or strength before a record's window: "the fastest pace in six quarters",
#: "the weakest in a decade" (a record of the entity's own series over the window, §4.8)
#: A pronoun as the base of a comparison: "finished above it", "more than them", "ahead of it". Not
#: one with a verb of its own ("more in 2023 than it did in 2022", "than they were"): that pronoun is
#: the subject of its own clause after than / as, and a pronoun refers within its sentence first, to
#: the subject of the clause it compares with (a linguistic reason: the comparative clause repeats
#: its subject); a bare "than it" is an object in the subject's own clause, so it is someone else
_PRONOUN_BASE_EN = re.compile(
    r"(?i)\b(?:above|below|behind|ahead\s+of|than|over|under|beyond|past|outranked|outpaced|beat|trailed)"
    r"\s+(?:it|them)\b(?!'|\s+(?:did|does|do|was|were|is|are|had|has|have|used|could|would|will|can"
    r"|might|managed|once|ever|still|now|then)\b)"
)
#: The cues of a comparison with one other, which the words of a superlative are not
_COMPARING = ("exceed", "trail", "equal")
#: A record said as a negated comparison with a verb of its own (lexicon.NEVER_BEFORE_EN)
_NEVER_RECORD_EN = re.compile(r"(?i)\bnever" + lx.NEVER_MORE_TAIL)
_NEVER_RECORD_BLANKED_EN = re.compile(r"(?i)\bnever" + lx.NEVER_MORE_TAIL_BLANKED)

_PACE_RECORD = re.compile(r"(?i)\b(?:fastest|slowest|weakest|strongest)\b")
#: 「41年ぶりに」「半世紀ぶりに」: a first in a window, said of the clause's verb
_FIRST_IN_A_WINDOW_JA = re.compile(
    r"(?:(?<!\d)\d{1,4}|(?<![一二三四五六七八九十百])[一二三四五六七八九十百]{1,6}|半|四半)\s*"
    r"(?:年|年度|か月|カ月|ヶ月|四半期|世紀)(?:余り|あまり|超|近く)?ぶり"
)


#: A name right after an English comparative's than ("far faster than China")
_AFTER_THAN = re.compile(r"(?i)\b[a-z]+er(?:\s+[\w'-]+){0,3}\s+than\s+(?:the\s+)?$")


#: a clause that ends where a change starts: 「2017年の2万6081人から」「1965年度の86%から」 — から right
#: after a figure or a noun (kanji, katakana, a digit, a unit sign), the start point; never the
#: causal から ("because") after a finite verb or adjective (「緩和されたから」「好調だから」「増えるから」
#: 「高いから」), nor てから (a linguistic reason: a start point is a place on the measure's scale)
_FROM_AT_THE_END_JA = re.compile(r"[0-9A-Za-z%％０-９\u3005\u3007\u30a1-\u30ff\u4e00-\u9fff）)」]\s*から\s*$")


#: what stands between a period and a fraction of its value: 「2023年の約4分の1」「2022年の1割」
_FRACTION_OF_PERIOD_JA = re.compile(r"(?:\s*(?:年度?|月))?\s*の\s*")


def _fraction_of_the_period(text: str, numbers: tuple[ClaimedNumber, ...], p: ClaimedPeriod) -> bool:
    """Whether the clause's one figure is a fraction below one of the period's value, written
    right after it with の: 「2023年の約4分の1」「2022年の1割にも満たない」「2019年の半分」."""
    if len(numbers) != 1 or numbers[0].start < p.end or numbers[0].role is not None:
        return False
    n = numbers[0]
    below_one = (n.unit == "x" and 0 < n.quantity.value < 1) or (n.unit == "%" and 0 < n.quantity.value < 100)
    return below_one and bool(_FRACTION_OF_PERIOD_JA.fullmatch(text, p.end, n.start))


#: What follows a name that gives a figure as its own word, not as its act: a possessive ("Ofgem's
#: price cap", 「オフジェムの上限額」) or a verb of reporting ("Frontex says", "puts the rate at",
#: 「…によると」). A linguistic reason: these attribute the figure to a speaker; a verb of action
#: ("cut", "raised", 「引き下げた」) makes the name the agent of an event (verdict-rules §4.13).
#: A reason given by a clause after "because" (not "because of", a cause inside: claims.names)
_BECAUSE_CLAUSE_EN = re.compile(r"(?i)\bbecause\b(?!\s+of\b)[^,;.]*")
_VOICE_AFTER = re.compile(
    r"(?i)(?:['’]s?\b(?:\s+[A-Z][\w-]*){0,3}(?:\s+(?:now|also|still))?"
    r"(?:\s+(?:says?|said|puts?|estimates?|estimated|reports?|reported|shows?|showed|finds|found|"
    r"calculates?|calculated|projects?|projected|figures?|data|numbers?))?"
    r"|\s+(?:now\s+|also\s+)?(?:says?|said|puts?|estimates?|estimated|reports?|reported|shows?|showed|"
    r"finds|found|calculates?|calculated|logs|logged|counts|counted|tall(?:ies|ied)|tracks|tracked|"
    r"records|recorded|documents|documented)\b"
    r"|の(?!ように)|によると|によれば|の発表では)"
)


def _owner_inside(reader: _Parser, metric: str, start: int, end: int) -> bool:
    """A measure's name that holds the name of an entity observed on it and overlaps nothing else
    taken (no period, no other name): 「米国の対ベトナム貿易赤字」 for the partner Viet Nam's US
    deficit."""
    inner = [
        e for e in reader.entities if start <= e.start and e.end <= end and e.end - e.start < end - start
    ]
    if not inner or any(start < p.end and p.start < end for p in reader.periods):
        return False
    if any(e.start < end and start < e.end and e not in inner for e in reader.entities):
        return False
    return any(reader.index.observations(e.ref, metric) for e in inner)


#: multiplier words that are a fall (a verb, not the ratio noun 半分 / "half"): a bound before or
#: after them bounds the size of the fall, so it bounds the ratio the other way (``BOUND_FLIP``)
_FALL_MULTIPLE_VERBS = frozenset({"halved", "halves", "半減"})
#: an approximate word right before a multiplier word: "roughly halved", 「およそ半減」 (not "just",
#: "only": they are no approximation; ほぼ is "nearly", :func:`_near_bound`)
_APPROX_BEFORE = re.compile(
    r"(?i)(?:\b(?:about|around|roughly|approximately|some)\s+|約|およそ|おおよそ|概ね|おおむね|大体|だいたい)$"
)


#: where a clause begins: after a stop, a semicolon, a comma or a conjunction
_CLAUSE_START = re.compile(r"(?i)[.;:,、。；]|\b(?:though|although|but|while|whereas|and)\b")


def _per_base(text: str, n: ClaimedNumber) -> bool:
    """Whether ``n`` is the base a rate is per: 「10万人あたり」, "per 100,000" (claims.numbers gives it
    the role ``per`` later)."""
    return bool(
        re.match(r"\s?(?:あたり|当たり|当り|につき)", text[n.end : n.end + 4])
        or re.search(r"(?i)\b(?:per|for (?:each|every)|every)\s+$", text[max(0, n.start - 20) : n.start])
    )


def _bare(name: str) -> str:
    """A measure's name without brackets, の, punctuation and spaces, folded: 「男性の平均寿命」 with
    its group word taken out is 「平均寿命」."""
    return re.sub(r"[\s()（）\[\]［］の・,、，:：-]+", "", name).casefold()


def _dated_one_period(prev: Statement) -> bool:
    """Whether a clause is of one dated period (not a window, not a plan or an event): a level, a
    record or a share "in fiscal 2024", 「2024年度の…」."""
    return (
        prev.kind in ("metric", "superlative", "share", "change")
        and len(prev.periods) == 1
        and prev.periods[0].role is None
        and not prev.periods[0].inferred
    )


#: the particles after a time that make it the sentence's topic: 「2025年は」「2025年には」「2025年では」
_TOPIC_AFTER_JA = re.compile(r"(?:に|で)?は")


def _topic_period(prev: Statement, text: str) -> bool:
    """Whether a clause's one period, dated, is the topic of its sentence (「2025年は出版業界全体の
    売り上げが下げ止まり、…」): a time marked by は frames every clause of the sentence, whatever the
    clause that says it is about, a measure or not (a linguistic reason: the topic's scope is the
    sentence)."""
    return (
        len(prev.periods) == 1
        and prev.periods[0].role is None
        and not prev.periods[0].inferred
        and bool(_TOPIC_AFTER_JA.match(text, prev.periods[0].end))
    )


#: words of a clause that place its change at another time than the clause before it: "since",
#: "now", "still rising", 「その後」「以降」「以来」「今も」「現在」, the progressive and "keeps"
_SAID_OF_ANOTHER_TIME = re.compile(
    r"(?i)\b(?:since|now|currently|today|ever|(?:is|are)\s+(?:\w+\s+)?(?:\w+ing)|keeps?|continues?)\b"
    r"|その後|以降|以来|今も|今は|いまも|現在|足元|続けて|続いて|つつあ|て(?:き)?(?:い|お)(?:る|ます|り)"
)


def _clause_before(text: str, end: int) -> str:
    """The words of ``text`` before ``end`` in the same clause."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, end)]
    return text[starts[-1] if starts else 0 : end]


#: "last", "this" or "next" right before a month with no year: a month counted from the claim's date
_COUNTED_MONTH = re.compile(r"(?i)\b(last|this|next)\s+$")


def _counted_month_year(text: str, word: str, now: Period, fy: FiscalYear | None) -> int | None:
    """The year of "last / this / next <month>" said at ``now``: last, the latest such month before
    the month of ``now``; this, the one of ``now``'s year; next, the first after the month of
    ``now`` (a linguistic reason: these words count from the moment of speaking)."""
    probe = find_periods(text, default_year=now.end.year, fiscal_year=fy)
    if not probe or probe[0].period.precision not in ("month", "day"):
        return None
    month = probe[0].period.start.month
    year = now.end.year
    if word == "last":
        return year if month < now.end.month else year - 1
    if word == "next":
        return year if month > now.end.month else year + 1
    return year


def parse(claim: str, pack: Pack, context: ClaimContext | None = None) -> ParsedClaim:
    """Split a claim into statements, using the pack's names. Raises InputError on an empty claim.

    ``context`` says when the claim was said (its "now") and by whom."""
    written, truncated, original = clean_claim(claim)
    # one spelling for what may be written many ways (12 percent / 12%, 令和5年 / 2023年): the
    # verdict must not depend on the author's choice (shingi.normalize.spellings)
    text = one_spelling(written)
    # 「コロナ前」, "pre-pandemic" with no date of their own: their conventional year (normalize.eras)
    text = dated_eras(text)
    # "the most this century", 「平成以降で最大」: a record's window said by the calendar (normalize.eras)
    now = context.now if context else None
    text = dated_windows(text, now.end.year if now is not None else None)
    parser = _Parser(text, pack, now, context.speaker if context else None)
    read = [st for st in parser.parse() if st.kind != "none" or _names_anything(st)]
    framed = [
        i + 1 < len(read) and bool(_FRAMING.search(st.span)) and not st.numbers for i, st in enumerate(read)
    ]
    statements = tuple(
        _framed_measure(
            counted_part(unmeasured_subject(
                of_the_figure(
                    neighbour_series(unit_measure(window_measure(_read_measure(st, pack), pack), pack), pack),
                    read[i - 1] if i else None,
                    pack,
                ),
                pack,
            ), pack),
            read[i - 1].span if i and framed[i - 1] else _leading_framing(st.span),
            pack,
        )
        for i, st in enumerate(read)
        if not framed[i]
    )
    return ParsedClaim(text, parser.lang, statements, truncated, original, context, written)


#: A fronted phrase that only frames the clause after it, saying what is counted: a partitive
#: ("Of Rutgers University students who started in fall 2004, 48% …", "Among …,"), or what is taken
#: in or out ("With the effect of negative gearing removed, …", "Including …", 「都の委託によるPCRセンター
#: などを含めると、…」「…を除くと、…」). It asserts nothing of its own (a linguistic reason: an adverbial
#: or absolute phrase has no predicate that states), and is no statement when a clause follows it.
_FRAMING = re.compile(
    r"(?i)^\s*(?:(?:of|among)\s+(?:the\s+|all\s+|those\s+)?[^,;]+?\s+who\s+[^,;]+"
    r"|(?:with|without)\s+[^,;]+?\s+(?:removed|excluded|included|taken out|left out|counted|added)"
    r"|(?:including|excluding|not counting)\s+[^,;]+)\s*$"
    r"|(?:を|も)?(?:含めると|含めれば|含めた場合|除くと|除けば|除いた場合|除いても)$"
)


#: the words of a framing phrase that only build it (not what it restricts the count to)
_FRAMING_WORDS = frozenset(
    word_keys(
        "of among the all those who with without removed excluded included taken out left counted added "
        "including excluding not counting effect"
    )
)
_FRAMING_WORDS_JA = re.compile(
    r"(?:を|も)?(?:含めると|含めれば|含めた場合|除くと|除けば|除いた場合|除いても)$"
)


#: a framing phrase at the head of the statement's own span ("Excluding Acme, output fell …")
_FRAMING_LEAD = re.compile(
    r"(?i)^\s*((?:of|among)\s+(?:the\s+|all\s+|those\s+)?[^,;]+?\s+who\s+[^,;]+"
    r"|(?:with|without)\s+[^,;]+?\s+(?:removed|excluded|included|taken out|left out|counted|added)"
    r"|(?:including|excluding|not counting)\s+[^,;]+)\s*,"
    r"|^([^、。,]+?(?:を|も)?(?:含めると|含めれば|含めた場合|除くと|除けば|除いた場合|除いても))[、,]"
)


def _leading_framing(span: str) -> str | None:
    m = _FRAMING_LEAD.match(span)
    return (m.group(1) or m.group(2)) if m else None


def _framed_measure(st: Statement, framing: str | None, pack: Pack) -> Statement:
    """The statement after a framing phrase, with no measure when the phrase restricts the count to
    something its measures do not name ("Excluding Acme, output fell 4.2%" on total output;
    「アクメを除くと」): the figure is then of a sub-measure the pack does not hold (§2)."""
    if framing is None or not st.metrics or st.unmeasured:
        return st
    # the phrase's qualifiers are the measure's (「アップル分を除いても、法人税収は…」): the measure
    # that agrees with them as a whole is the one meant (§4.13, qualifiers)
    unit = next((n.unit for n in st.numbers if n.role is None), None)
    if unit == "x" or (unit == "%" and st.cues & {"up", "down"}):
        unit = None  # a multiple or a change's size is no value in the measure's unit
    agreed = Lookup.of(pack).by_qualifiers(f"{framing} {st.span}", st.metrics, st.entities, unit)
    if agreed[0] != st.metrics[0]:
        return replace(st, metrics=agreed, framing="" if framing in st.span else framing)
    index = EvidenceIndex.of(pack)
    text = _FRAMING_WORDS_JA.sub("", framing)
    if re.match(r"(?i)\s*(?:of|among)\b", text):
        # "Of Norland University students who …": the place or body is the statement's subject, the
        # rest is the restriction; an entity taken in or out ("Excluding Acme") is the restriction
        for e in sorted(index.find_entities(text), key=lambda e: -e.start):
            text = text[: e.start] + " " + text[e.end :]
    restricted = {k for k in word_keys(text) - _FRAMING_WORDS if not k.isdigit()}
    if not restricted:
        return st
    named: set[str] = set()
    for m in st.metrics:
        if m in pack.metrics:
            metric = pack.metrics[m]
            named |= word_keys(" ".join((*metric.names, metric.definition or "")))
    if restricted & named:
        return st
    return replace(st, unmeasured=framing.strip(" ,、"))


def _read_measure(st: Statement, pack: Pack) -> Statement:
    return count_ranking(momentary_measure(in_subject_fiscal_year(st, pack), pack), pack)


def in_subject_fiscal_year(st: Statement, pack: Pack) -> Statement:
    """"Fiscal 2024" in a statement about an entity with its own fiscal year (contract 1.1
    ``fiscal_year`` in entities.csv) is that entity's fiscal year, not the pack's."""
    own = pack.fiscal_year_of(st.subject)
    if own == pack.meta.fiscal_year or not st.periods:
        return st
    periods = tuple(replace(p, period=in_fiscal_year(p.period, own)) for p in st.periods)
    return replace(st, periods=periods)


def _names_anything(st: Statement) -> bool:
    return bool(st.entities or st.metrics or st.group)
