"""The kind of a statement (``classify``: event, metric, comparison, share, change,
superlative, plan, turning_point, parity, leap, opinion, vacuous) from its cues, names,
periods and numbers; the rules are in docs/verdict-rules.md.
"""

from __future__ import annotations

import re

from shingi.model import Metric, Pack
from shingi.pipeline import lexicon as lx
from shingi.pipeline.claims.periods import RECORD_BEFORE
from shingi.pipeline.claims.ranks import is_rank_metric
from shingi.pipeline.claims.statement import ClaimedNumber, Statement
from shingi.pipeline.claims.subsets import part_of
from shingi.pipeline.morphology import content_keys, has_japanese

_OF_A_WHOLE = re.compile(
    r"\s+of\s+(?!(?:[\w-]+\s+){0,2}[\w-]+'s?(?:\s|$|[.,;:]))(?:(?:the|all)\s+)?(?!(?:the|all)\s)[a-z]"
)


def _fraction_of_a_whole(st: Statement, n: ClaimedNumber) -> bool:
    """"just over half of new cars", "a third of households": a fraction below one followed by
    "of" and a common noun is a part of a whole (a share), not a multiple of another entity's
    value ("half of Germany's")."""
    if n.unit != "x" or n.quantity.value >= 1:
        return False
    if _PART_VERB.search(st.span[: n.start - st.start]):
        return True  # "Vietnamese nationals make up about a third of Japan's foreign workers"
    if (
        _OF_BEFORE_JA.search(st.span, 0, n.start - st.start) is not None
        and _SUBJECT_AFTER_JA.match(st.span, n.end - st.start) is not None
    ):
        # 「借り手の4分の1以上が」: a fraction of what comes before の, the subject of the verb, is
        # a part of it (a ratio is said as the predicate: 「英国の半分以下だ」「米国の4分の1を下回る」)
        return True
    of = _OF_THE.match(st.span, n.end - st.start)
    if of is not None and any(w.role == "whole" and w.start - st.start == of.end() for w in st.numbers):
        # "more than a quarter of the 42 million borrowers": the whole said by its size is still
        # the whole the fraction is a part of (a share, not the ratio of two measures)
        return True
    return bool(_OF_A_WHOLE.match(st.span, n.end - st.start))


_OF_THE = re.compile(r"(?i)\s+of\s+(?:the\s+|all\s+)?")
_SUBJECT_AFTER_JA = re.compile(r"\s*(?:が|は|を占め)")


#: The verbs of a part of a whole (make up, account for, comprise: 占める): the fraction after them
#: is a share of what follows "of", whoever's it is
_PART_VERB = re.compile(
    r"(?i)\b(?:make|makes|made|making)\s+up\b|\baccount(?:s|ed|ing)?\s+for\b|\bcompris(?:e|es|ed|ing)\b"
)


#: A multiple said as a change ("doubled", 倍増, "halved"): of one measure over time, no ratio of two
_CHANGE_MULTIPLE = re.compile(r"倍増|半減|半分に|(?i:doubl|tripl|quadrupl|halv)")
#: A multiple said as a change of the subject over time, with no comparand: the intransitive
#: verb ("nearly doubled in 2024", 「倍増した」), not "double that of", "twice as many as", 「…の2倍」
#: or 「…より」 (a linguistic reason: a verb of change says what its subject became, a second named
#: place, "in Thailand", is where; blind round 13d th-tourism china_nearly_doubled)
_CHANGED_BY_A_MULTIPLE = re.compile(
    r"(?i:\b(?:doubled|tripled|quadrupled|halved)\b(?!\s+(?:that|those|the|its|their|what)\b))|倍増し|半減し"
)
_COMPARAND = re.compile(r"(?i:\b(?:than|compared|versus|vs)\b)|より|比べ|比較|に対し|を上回|を下回")


def _changed_by_a_multiple(st: Statement) -> bool:
    """Whether a statement's multiple is its subject's change over time ("Chinese arrivals in
    Thailand nearly doubled in 2024"), with no comparand word."""
    return bool(_CHANGED_BY_A_MULTIPLE.search(st.span)) and not _COMPARAND.search(st.span)

#: The start of what is measured as a change's base, undated: 「制度開始時」「導入当初」「発足時」,
#: "when the scheme began", "since its launch", "at the outset" (a linguistic reason: the value at
#: the start of the series; the claim names no period of its own)
AT_THE_START = re.compile(
    rf"(?:{lx.START_NOUNS_JA})(?:時|当初|当時)|制度当初"
    r"|(?i:\bwhen\s+(?:the|it|its)\s+(?:[a-z-]+\s+){0,2}(?:began|started|was\s+(?:introduced|launched|created|set\s+up))"
    r"|\b(?:at|since)\s+(?:its|the)\s+(?:start|launch|inception|outset|creation|introduction)\b)"
)


#: "95% of the jobs created in the past year", 「この1年に増えた雇用の95%が」: a percentage followed by
#: "of" and what it is a part of, or in Japanese after の with が / を占め after it
_PERCENT_OF = re.compile(r"(?i)\s*of\s")
_OF_BEFORE_JA = re.compile(r"(?:の|のうち、?|うち、?)\s*(?:約|およそ|ほぼ)?\s*$")
_PART_AFTER_JA = re.compile(r"\s*(?:(?:近く|強|弱)\s*)?(?:が|を占め)")


def _share_over_the_window(st: Statement, metric: Metric) -> bool:
    """"95% of the jobs created in the past year have been full time", 「この1年に増えた雇用の95%が
    フルタイム」: a percentage of what was added over a window is the share measure's value for it,
    not the size of a change since the window began; "created", "added" describe what the share is
    of (a linguistic reason: a change's size is said "by 5%", "5% more", never "5% of the …"). Dev:
    realworld
    aap-2019-morrison morrison_95_full_time."""
    if metric.kind != "share" or metric.unit != "%":
        return False
    return any(
        n.unit == "%"
        and n.role is None
        and (
            _PERCENT_OF.match(st.span, n.end - st.start) is not None
            or (
                _OF_BEFORE_JA.search(st.span, 0, n.start - st.start) is not None
                and _PART_AFTER_JA.match(st.span, n.end - st.start) is not None
            )
        )
        for n in st.numbers
    )


def _a_part(st: Statement, n: ClaimedNumber, metrics: list[Metric]) -> bool:
    """A fraction said as a part of a whole, or one "of" a whole that a share measure was linked
    for ("a quarter of Norway's state budget" with the budget's share: a part, not a multiple of
    Norway's value)."""
    if _fraction_of_a_whole(st, n):
        return True
    if not metrics or metrics[0].kind != "share" or not 0 < n.quantity.value < 1:
        return False
    return (
        _PERCENT_OF.match(st.span, n.end - st.start) is not None
        # 「国家予算の約4分の1は」: the fraction is an argument of the verb (は, が, を), not the
        # predicate a ratio is (「英国の半分以下だ」)
        or (
            _OF_BEFORE_JA.search(st.span, 0, n.start - st.start) is not None
            and _ARGUMENT_AFTER_JA.match(st.span, n.end - st.start) is not None
        )
    )


_ARGUMENT_AFTER_JA = re.compile(r"\s*(?:は|が|を)")


def _record_window(st: Statement) -> bool:
    """The statement's window follows a record word ("the fastest drop in wages in 20 years"): it
    is the record's window, not the start of a change."""
    # the window, first of the statement's own ("…, the fastest drop in wages in 20 years": the
    # year is the clause before's, carried before the window)
    p = next((q for q in st.periods if q.role == "since" and q.inferred), st.periods[0])
    at = st.span.find(p.text)
    return p.role == "since" and p.inferred and at > 0 and RECORD_BEFORE.search(st.span[:at]) is not None


def classify(st: Statement, pack: Pack) -> str:
    """The kind of a statement from its cues and what it names (docs/verdict-rules.md)."""
    cues = st.cues
    metrics = [pack.metrics[m] for m in st.metrics if m in pack.metrics]
    n_ent = len(st.entities) + (1 if st.group else 0)
    units = [n.unit for n in st.numbers if n.role != "per"]  # 「1%あたり」 says what a number is per
    if "leap" in cues and ("parity" in cues or _leaps_past_a_rival(st, pack)):
        return "leap"
    if "parity" in cues:
        if metrics and n_ent >= 2 and "metric" not in st.inherited:
            return "comparison"
        return "parity"
    if "turning_point" in cues and not lx.has(lx.CAUSE, st.span):
        # (in "… is the main reason for this year's surge in bear attacks" the surge is what the
        # cause explains, a change said of one measure, not several pillars moving at once, §4.15)
        return "turning_point"
    if "plan" in cues and "achieved" not in cues:
        return "plan"
    if metrics and (between_periods(st) or (len(st.periods) >= 2 and "x" in units and _opens_the_window(st))):
        # (「2019年からの4年間で2倍以上に」: a multiple over a window from a period is a change)
        return "change"
    if metrics and n_ent <= 1 and len(st.periods) >= 2 and "x" in units and any(
        n.role == "to" for n in st.numbers
    ):
        # "was 300 ha in 2023, five times its 2021 level": the level reached and a multiple of an
        # earlier value, a change between the two periods
        return "change"
    if "sup_record" in cues and not st.numbers and (
        len(st.periods) == 1 or ("period" in st.inherited and len(st.periods) == 2)
    ) and _record_window(st):
        # "the fastest drop in wages in 20 years": the window is a record's, not a change's start
        return "superlative"
    if (
        metrics
        and len(st.periods) == 1
        and st.periods[0].role == "since"
        and n_ent <= 1
        and (cues & {"up", "down"} or "x" in units)
        and not _share_over_the_window(st, metrics[0])
    ):
        # "9 times its 2012 level", "2012年の9倍", "down 25% since 2021": from then to now
        return "change"
    if metrics and not st.periods and n_ent <= 1 and "x" in units and AT_THE_START.search(st.span):
        # 「制度開始時の2倍を超えた」, "twice what it was when the scheme began": from the series'
        # first value to its latest (blind jp-iryo premium-double)
        return "change"
    if (
        n_ent <= 1
        and not any(p.role for p in st.periods)
        and any(
            n.unit == "x" and not _a_part(st, n, metrics) and not _CHANGE_MULTIPLE.search(n.text)
            for n in st.numbers
            if n.role != "per"
        )
        and not any(n.role in ("from", "to") for n in st.numbers)
        and not _percent_over_a_period(st)
        and two_measures_named(st, metrics) is not None
    ):
        # 「65歳以上の1人当たり医療費は、65歳未満の4倍近く」: a ratio of two measures of one subject
        # (「6倍に上る」: 上る says "amounts to", not a rise)
        return "comparison"
    if (
        n_ent <= 1
        and cues & {"exceed", "trail"}
        and not st.numbers
        and st.versus is None
        and not any(c.startswith("sup_") for c in cues)
        and not any(p.role for p in st.periods)
        and _SET_AGAINST.search(st.span) is not None
        and not _PERIOD_COMPARAND.search(st.span)
        and two_measures_named(st, metrics) is not None
    ):
        # 「純利払い費は国防費を上回った」, "interest on the debt is now bigger than Social Security":
        # one subject's two measures set against each other, the first named against the second
        # (a linguistic reason: を上回る / "bigger than" takes the second as its comparand, as
        # 「中国を上回った」 takes a country; blind round 16b ja-interest-vs-defense,
        # interest-vs-social-security); not with a period as the comparand (「前年を上回った」: each
        # measure against its own earlier value)
        return "comparison"
    if (
        CHANGES_COMPARED.search(st.span)
        and len({p.period for p in st.periods}) <= 1
        and not any(c.startswith("sup_") for c in cues)
        and (n_ent >= 2 or two_measures_named(st, metrics) is not None)
    ):
        # "net interest rose more than defense spending", 「国防費より大きく増えた」, "grew faster
        # than": two things' changes set against each other (§4.6 "Changes compared")
        return "comparison"
    if (
        n_ent <= 1
        and cues & {"exceed", "trail"}
        and not any(p.role for p in st.periods)
        and a_margin(st)
        and two_measures_named(st, metrics, margin=True) is not None
    ):
        # 「税収は当初予算の見積もりを10兆円も上回った」: the margin between two measures of one
        # subject, the same thing measured twice (the outcome and its budget-stage figure), the
        # first named against the second (§4.6, session 13)
        return "comparison"
    if n_ent <= 1 and metrics and _percent_over_a_period(st) and _is_change(st, metrics[0].unit):
        # 「2025年4月の上限額は前年同期より約15%高い」, "2% higher than in the previous quarter": one
        # subject's value against its own at an earlier period, by a percentage — the change
        # between the two periods (a linguistic reason: より / "than" names the base, §4.16)
        return "change"
    if (
        (cues & {"up", "down"} or any(n.role == "from" for n in st.numbers))
        and metrics
        and _is_change(st, metrics[0].unit)
        and not (n_ent >= 2 and "x" in units and not _changed_by_a_multiple(st))
    ):
        return "change"
    if "flat" in cues and metrics and n_ent <= 1:
        return "change"  # 「2010年から変わっていない」, "unchanged since 2010"
    if "leap" in cues and not metrics:
        return "turning_point"
    if st.opinion and not st.numbers and not st.periods:
        return "opinion"  # 「…というのはおかしい」: the speaker's judgement, nothing to check
    multiple = any(n.unit == "x" and not _a_part(st, n, metrics) for n in st.numbers if n.role != "per")
    if n_ent >= 2 and (cues & {"exceed", "trail", "equal"} or multiple or "pt" in units):
        return "comparison"
    if ("share" in cues or any(m.kind == "share" for m in metrics)) and ("%" in units or "majority" in cues):
        return "share"
    if cues & {"sup_record", "sup_max", "sup_min", "sup_first", "sup_top"}:
        return "superlative"
    if metrics and "rank" in units and not is_rank_metric(metrics[0].names, metrics[0].unit):
        # "ranked third in orbital launches": a position among the peers on a measure
        return "superlative"
    if metrics:
        if (
            any(_part_of_whole(n) for n in st.numbers)
            and metrics[0].kind in ("count", "amount")
            and metrics[0].unit not in ("%", "pt", "x")
        ) or ("%" in units and metrics[0].kind != "share" and metrics[0].unit not in ("%", "pt")):
            # a percentage or a fraction (「3分の1が外国人」) of a count or an amount is a share
            return "share"
        return "metric"
    if not (st.asserts or st.verbs or st.cues or st.numbers or st.predicate_keys) and (
        st.entities or st.group or st.keys
    ):
        # "Japan did things in 2026": a name and a date, nothing said of them
        return "vacuous"
    if st.entities or st.group or st.verbs or st.keys:
        return "event"
    return "none"


def _percent_over_a_period(st: Statement) -> bool:
    """Whether a statement says its value is so many percent more or less than at an earlier period
    (「前の年より10%ほど多かった」「1年前の同じ月より1割近く高かった」, "2% higher than in the previous
    quarter"): the percentage's comparative is the comparison, whatever verb the clause ends in."""
    return any(n.role == "percent_more" for n in st.numbers) and _PERIOD_BASE.search(st.span) is not None


def _part_of_whole(n: ClaimedNumber) -> bool:
    """A percentage or a fraction below one (「33%」「3分の1」, "a third"): a part of a whole."""
    return n.role is None and (n.unit == "%" or (n.unit == "x" and 0 < n.quantity.value < 1))


def _leaps_past_a_rival(st: Statement, pack: Pack) -> bool:
    """A leap "ahead of China" / "drawing level with the US": a leap over or to another country
    (or a frontier entity of the pack) is a leap claim, momentum and parity, when no number
    makes it a measured change."""
    if st.numbers or not st.cues & {"exceed", "equal"}:
        return False
    others = st.entities[1:]
    return any(e in pack.meta.frontier or pack.entities[e].kind == "country" for e in others)


def between_periods(st: Statement) -> bool:
    """One subject's measure in one period against another ("2024年は2019年を上回った",
    "in 2024 six times its 2022 level", "exceeded 2019 by 800"): no change words, two periods, a
    comparison (a margin, role ``by``, is the difference of the two values)."""
    # 「41年ぶりに雑誌を上回った」, "overtook magazines for the first time in 41 years": the window
    # of a first or a record is not a side of the comparison (blind round 21b books-over-mags-2016)
    sides = [
        p for p in st.periods
        if not (p.role == "since" and p.inferred and st.cues & {"sup_record", "sup_first"})
    ]
    return (
        len(sides) >= 2
        and len(st.entities) <= 1
        and st.group is None
        and not st.cues & {"up", "down"}
        and not any(n.role and n.role != "by" for n in st.numbers)
        and not _opens_the_window(st)
        and bool(
            st.cues & {"exceed", "trail", "equal"}
            or any(n.unit == "x" for n in st.numbers)
            or beats_a_named_record(st)
        )
    )


def _opens_the_window(st: Statement) -> bool:
    """「2019年からの4年間で2倍以上になった」, "doubled from 2019 over four years": a period followed by
    から or after from / since is where a change starts, not one side of a comparison of two
    periods (a linguistic reason: から / from marks the start; blind round 14d ie-corptax
    t-ja-2019-2023-double set 2019 against 2023 the wrong way round)."""
    for p in st.periods:
        if p.inferred or p.end <= p.start:
            continue
        after = st.span[p.end - st.start :]
        before = st.span[max(0, p.start - st.start - 12) : p.start - st.start]
        if _FROM_AFTER_JA.match(after) or _FROM_BEFORE_EN.search(before):
            return True
    return False


_FROM_AFTER_JA = re.compile(r"(?:から|以降)")
_FROM_BEFORE_EN = re.compile(r"(?i)\b(?:from|since)\s+(?:the\s+)?(?:end\s+of\s+)?$")


#: "smashed the 2019 record by more than 1,000": a record named by its year is that year's value,
#: and the margin is the difference from it (a linguistic reason: "the 2019 record" says which
#: value is beaten; blind us-measles record-by-1000 was checked against the 1990 high instead)
_NAMED_RECORD = re.compile(
    r"(?i)\b(?:smash|shatter|break|broke|beat|top|surpass|eclipse|exceed)\w*\s+(?:the|its|their)\s+"
    r"(?:previous\s+|old\s+|former\s+)?(?:19|20)\d{2}\s+record\b"
)


def beats_a_named_record(st: Statement) -> bool:
    """Whether a statement beats a record it names by its period, by a margin it gives."""
    return any(n.role == "by" for n in st.numbers) and _NAMED_RECORD.search(st.span) is not None


def _is_change(st: Statement, metric_unit: str | None) -> bool:
    roles = {n.role for n in st.numbers}
    if "by" in roles:
        return True  # "gained 55,400 jobs", 「27万人減り」: the size of a change
    if "from" in roles or len(st.periods) >= 2 or ("to" in roles and any(n.unit == "x" for n in st.numbers)):
        return True
    if not st.numbers:
        return True
    # one number: a change when it is a multiple of a metric that is not itself a multiple, a
    # percentage of one that is not a percentage ("revenue grew by about 32%"), or percentage
    # points of a percentage ("the jobless rate rose 0.5 points": contract 1.1 ``pp``)
    return all(
        (n.unit == "x" and metric_unit != "x")
        or (n.unit == "%" and metric_unit not in ("%", "pt"))
        or (n.unit == "pt" and metric_unit == "%")
        for n in st.numbers
    )


#: a period as the comparand (「前年を上回った」, "than a year earlier", "than in 2023"): the measures
#: against their own earlier values, not against each other
_PERIOD_COMPARAND = re.compile(
    r"(?i)(?:前年|前月|前期|前年度|昨年|去年|\d{4}年度?)(?:の水準)?を(?:上回|下回|超え)"
    r"|than (?:(?:in|at|a|the|its|their)\s+)?(?:\d{4}|year|month|quarter|last|previous|before|earlier)"
)
#: an earlier period as the base of "N% higher / lower": 「前年同期より」「前の四半期より」「2024年4月より」,
#: "than in the previous quarter", "than a year earlier"
_PERIOD_BASE = re.compile(
    r"(?:前年同期|前年同月|前年同四半期|前の四半期|前四半期|前期|前の(?:年度?|月)|前年度?|前月|昨年|去年"
    r"|\d+(?:年|か月|ヶ月|カ月)前(?:の同じ(?:月|時期|四半期))?|\d{4}年度?(?:\d{1,2}月)?)"
    r"(?:の水準|の値)?(?:より|(?:と|に)比べ)"
    r"|(?i:than\s+(?:(?:in|at)\s+)?(?:the\s+)?(?:\d{4}|a\s+year\s+(?:earlier|before|ago)"
    r"|(?:previous|prior|same)\s+(?:year|month|quarter)|last\s+year|year\s+before))"
)
#: Two CHANGES compared, not two levels: a pace ("twice as fast as", "faster than", 「2倍のペースで」
#: 「より速く」), a verb of change with a comparative after it ("rose more than", "fell less than",
#: 「国防費より大きく増えた」; not 「前年度当初より減った」, a level below its comparand), a noun of
#: the change as what is compared (「伸びは…を上回った」, 増加幅, "the rise in …", "X's growth
#: outpaced …"). A linguistic reason: the comparative modifies
#: the verb of change (how much each rose), not the level each reached (docs/verdict-rules.md §4.6)
CHANGES_COMPARED = re.compile(
    r"(?i)\bas\s+(?:fast|quickly|rapidly|steeply|sharply|strongly)\s+as\b"
    r"|\b(?:faster|slower|quicker|more\s+(?:quickly|rapidly|slowly|steeply|sharply))\b[^.;]*?\bthan\b"
    r"|\b(?:rose|risen|rises?|grew|grown|grows?|increased?|increases|gained|gains|climbed|jumped|surged"
    r"|fell|fallen|falls|dropped|declined?|declines|decreased?|shrank|shrunk)"
    r"\s+(?:(?:much|far|even|slightly|considerably|significantly)\s+)?(?:more|less|further)\s+than\b"
    r"(?!\s*(?:about|around|~)?\s*[\d$€£¥])"
    r"|(?:'s|’s|\bthe)\s+(?:growth|increase|rise|gain|decline|drop|fall)\s+(?:in|of|was|has|is|outpac)"
    r"|(?:'s|’s)\s+(?:growth|increase|rise|gain|decline|drop|fall)\b"
    r"|ペース|速さ|スピード|より(?:も)?(?:速|早|遅)"
    r"|(?<![年月期度前昨去])(?:より(?:も)?(?=大きく|多く|小さく|少なく|急速に|急激に)|ほど|以上に)"
    r"(?:大きく|多く|小さく|少なく|急速に|急激に)?(?:増|減|伸|上昇|下落|低下|上が|下が|拡大|縮小)"
    r"|伸び(?:率|幅)?(?:は|が|も|を)|の伸び|増加幅|減少幅|上昇幅|下落幅|増え方|減り方"
)


def a_margin(st: Statement) -> bool:
    """Whether every number of a statement is a margin in an amount's unit (「10兆円も上回った」,
    "exceeded … by 5.6 trillion yen"), the size of a difference."""
    return bool(st.numbers) and all(
        n.role == "by" and n.unit not in ("x", "%", "pt", "rank") for n in st.numbers
    )


#: A comparand marked as such: 「国防費を上回った」「輸入より多い」, "bigger than", "overtook" (not
#: 「一番多いのは」, a superlative: the largest of several, no second measure set against the first)
_SET_AGAINST = re.compile(
    r"(?:を|より)(?:も)?(?:上回|下回|超え|超す|抜|多|少な|大き|小さ|高|低)"
    r"|(?i:\bthan\b|\b(?:exceed|surpass|overt(?:ake|ook|aken|aking)|outstrip|outpac)\w*)"
)


def two_measures_named(
    st: Statement, metrics: list[Metric], margin: bool = False
) -> tuple[Metric, Metric] | None:
    """Two measures of a statement (of its first three) that it names each by what tells it from
    the other (「65歳以上の1人当たり医療費は、65歳未満の4倍近く」: 以上 and 未満; "spending per person
    aged 65+ is four times that under 65"), of one kind and unit, in the order the claim names them:
    a multiple then is the ratio of the first to the second (a linguistic reason: 「Bの4倍」 / "four
    times B" sets A against B, whose noun is left out when it is A's), not a multiple of one amount
    (blind jp-iryo over65-4x). Of several such pairs, the one named most by words of its own; for a
    margin (``margin``), first a pair whose one name holds the other's whole (「当初予算の税収見積もり」
    and 「税収」: the same thing measured twice, which a margin sets against each other)."""
    said = content_keys(st.span)
    span = st.span.casefold()
    best: tuple[bool, int, int, tuple[Metric, Metric]] | None = None
    if len(metrics) > 2 and (whole := _COMPARED_WITHIN.search(st.span)) is not None:
        # "code payments account for more of cashless spending than credit cards": the whole both
        # parts are shares of is neither side of the comparison (a linguistic reason: "of" and
        # 「に占める」 name the whole a part is taken from)
        within = whole.group("w_en") or whole.group("w_ja") or ""
        metrics = [m for m in metrics if not _named_within(within, m)] or metrics
    pairs = [(i, one, two) for i, one in enumerate(metrics[:3]) for two in metrics[i + 1 : 3]]
    for order, (_, one, two) in enumerate(pairs):
        if one.kind != two.kind or one.unit != two.unit or one.kind in ("category", "rank", "growth"):
            continue
        if part_of(one, two) or part_of(two, one):
            continue  # a whole and its own part are not set side by side (§4.17)
        keys_one = frozenset().union(*(content_keys(n) for n in one.names))
        keys_two = frozenset().union(*(content_keys(n) for n in two.names))
        own_one, own_two = (keys_one - keys_two) & said, (keys_two - keys_one) & said
        at_one = _named_at(span, one, own_one, margin, two)
        at_two = _named_at(span, two, own_two, margin, one)
        if at_one < 0 or at_two < 0 or at_one == at_two:
            continue
        score = (margin and _nested(one, two), bool(own_one) + bool(own_two), -order)
        if best is None or score > best[:3]:
            best = (*score, (one, two) if at_one < at_two else (two, one))
    return best[3] if best is not None else None


#: The whole two parts are compared within: "account for more of W than", "make up a larger share of
#: W than", 「Wに占める割合は…より」
_COMPARED_WITHIN = re.compile(
    r"(?i)\b(?:account(?:s|ed)?\s+for|make(?:s)?\s+up|made\s+up|represent(?:s|ed)?)\s+"
    r"(?:more|less|a\s+(?:larger|bigger|smaller|greater)\s+(?:share|part|portion))\s+of\s+"
    r"(?P<w_en>[^,;.]*?)\s+than\b"
    r"|(?P<w_ja>[^、。はがを]{2,20})に占める[^、。]{0,12}(?:は|が)[^、。]{0,20}より"
)


def _named_within(text: str, metric: Metric) -> bool:
    """Whether one of a measure's names (three characters or more) is written in ``text``."""
    folded = text.casefold()
    return any(len(n) >= 3 and n.casefold() in folded for n in metric.names)


def _nested(one: Metric, two: Metric) -> bool:
    """Whether one measure's name holds a name of the other whole (「当初予算の税収見積もり」 and
    「税収」, "tax revenue assumed in the initial budget" and "tax revenue")."""
    names_one = [n.casefold() for n in one.names if len(n) > 1]
    names_two = [n.casefold() for n in two.names if len(n) > 1]
    return any(a != b and (a in b or b in a) for a in names_one for b in names_two)


def _named_at(
    span: str, metric: Metric, own: frozenset[str], margin: bool = False, other: Metric | None = None
) -> int:
    """Where the (casefolded) span names a measure: one of its names written whole, or a word of its
    names that no other measure of the pair has (-1: nowhere). A name written inside a longer name of
    the other measure of the pair (「税収」 in 「法人税収」) names that other measure, not this one."""
    longer = [n.casefold() for n in (other.names if other is not None else ())]

    def whole_at(name: str) -> int:
        for m in re.finditer(re.escape(name), span):
            inside = any(
                len(o) > len(name) and name in o
                and any(a.start() <= m.start() and m.end() <= a.end()
                        for a in re.finditer(re.escape(o), span))
                for o in longer
            )
            if not inside:
                return m.start()
        return -1

    # a name written whole: four characters; for a margin two in Japanese (「税収」, a word of its own;
    # a ratio keeps four: 「輸出」 in 「対米輸出額」 would name the total beside the part)
    found = [at for n in metric.names
             if (len(n) > 3 or (margin and len(n) > 1 and has_japanese(n)))
             and (at := whole_at(n.casefold())) >= 0]
    found += [span.find(k.casefold()) for k in own if k.casefold() in span]
    return min(found, default=-1)


def dates_the_peak(st: Statement) -> bool:
    """「2015年のピークから3割以上減り」, "have fallen by nearly a third from their March peak": the
    one period dates the peak the change starts from, so the change runs from that period's value
    to now, not over the period itself (a linguistic reason: the period modifies ピーク / "peak",
    and から / "from" marks the change's start; blind round 14 jp-farmers c10, round 14b us-eggs
    retail-third)."""
    if len(st.periods) != 1:
        return False
    p = st.periods[0]
    after = st.span[p.end - st.start :]
    before = st.span[: p.start - st.start]
    return bool(
        _PEAK_AFTER_JA.match(after)
        or (_FROM_A_EN.search(before) and _PEAK_AFTER_EN.match(after))
        or _FROM_A_PEAK_IN_EN.search(before)
    )


#: (a record the change started from is its peak too: 「2021年の過去最多から」, "from their 2021 record";
#: claims.numbers.RECORD_AS_START)
_PEAK_AFTER_JA = re.compile(
    r"(?:の)?(?:ピーク時|ピーク|最盛期|過去最多|過去最高|過去最大|過去最悪|史上最多|史上最高|史上最大|史上最悪"
    r"|過去最低|史上最低|過去最少|史上最少|底値|底)"
    r"(?:の水準)?(?:から|と比べ|に比べ)"
)
_FROM_A_EN = re.compile(r"(?i)\b(?:from|since|below|off)\s+(?:(?:the|its|their|a)\s+)?$")
_PEAK_AFTER_EN = re.compile(
    r"(?i)\s*(?:peaks?|highs?|height|records?|all-time (?:highs?|lows?)|lows?|troughs?|bottom)\b"
)
#: "fell 15% from the record high in 2021", "down a third from the peak of 2022": the period after
#: the peak dates it
_FROM_A_PEAK_IN_EN = re.compile(
    r"(?i)\b(?:from|since|below|off)\s+(?:the|its|their|a)\s+"
    r"(?:peak|high|height|low|trough|bottom|record(?:\s+(?:high|low|level|peak))?|all-time\s+(?:high|low))"
    r"\s+(?:in|of)\s+$"
)
