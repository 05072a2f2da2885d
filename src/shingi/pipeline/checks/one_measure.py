"""A place that rests on one measure among several (§4.11, "A rank on one measure of several"):
"the second highest property taxes in the nation" on counties ranked by taxes as a share of
income, "one of three measures (the others: …), on which Essex is not second"; "more than any
first term government on record" on the raw increase in jobs, "not adjusted for population
growth"; 「人口を考慮しない実数」. When the pack writer says in a measure's definition that it is
raw (not adjusted for population) or one of several measures, a first place or a rank said
with no basis of its own depends on which measure was chosen: fact-checkers mark it down to
half true even where it holds on the measure chosen (contract 1.1 reasons to downgrade).
"""

from __future__ import annotations

import re

from shingi.model import Check, Metric, Pack
from shingi.pipeline.claims.statement import Statement

#: A definition that says its measure is one of several, or a raw number not adjusted for the
#: population's size: the pack writer's word that another basis gives another order.
ONE_OF_SEVERAL_MEASURES = (
    r"\bone of (?:the )?(?:two|three|four|five|several|many|\d+)\b[^.;]{0,40}?\bmeasures?\b",
    r"\braw (?:number|increase|count|total|figure|change)s?\b",
    r"\bnot (?:adjusted|weighted|scaled) (?:for|by) (?:the )?(?:population|size)",
    r"\bnot per (?:capita|head|person|resident)\b",
    r"人口(?:規模|増加|の増加)?を(?:考慮|調整|加味)(?:してい)?(?:ない|せず)",
    r"人口当たりではない",
    r"(?:複数|[二三2-3２-３]つ)の指標の(?:一つ|ひとつ|うち)",
)
_SEVERAL = re.compile("|".join(ONE_OF_SEVERAL_MEASURES), re.IGNORECASE)

#: Words by which a claim names the basis of its place itself ("in raw numbers", "per capita",
#: 「人口当たり」「実数で」): then the place is said of the measure chosen, not of the thing.
BASIS_NAMED = (
    r"\braw\b",
    r"\babsolute (?:terms|numbers)\b",
    r"\bper (?:capita|head|person|resident)\b",
    r"\bfor every (?:resident|person)\b",
    r"\bas a (?:share|percentage|proportion) of\b",
    r"\bpercent(?:age)? of\b",
    r"%\s*of\b",
    r"人口当たり|[1一]人当たり|実数|総数で|割合で|比率で",
)
_BASIS = re.compile("|".join(BASIS_NAMED), re.IGNORECASE)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}


def _bases_of(metric: Metric, pack: Pack) -> list[Metric]:
    """The measures a rank metric ranks by: a metric not of kind rank whose English name's words
    (4+ letters) all stand in the rank metric's names or definition."""
    if metric.kind != "rank":
        return []
    words = _words(" ".join([*metric.names, metric.definition or ""]))
    out = []
    for other in pack.metrics.values():
        own = _words(other.name_en or "")
        if other.kind != "rank" and own and own <= words:
            out.append(other)
    return out


#: Ranking words of a statement that say a place of their own (as evaluate's ranking cues).
_RANKING = frozenset({"sup_max", "sup_min", "sup_top", "sup_record", "sup_first"})


def mark_one_measure(said: list[tuple[Statement, Check]], text: str, pack: Pack, lang: str) -> None:
    """Mark down to half true (partly, credit 0.5) each check that holds a place only on a
    measure the pack calls raw or one of several, when the claim (``text``) names no basis."""
    if _BASIS.search(text):
        return
    for st, c in said:
        if c.result != "holds" or c.kind == "event" or not c.evidence:
            continue
        if any(e not in pack.observations for e in c.evidence):
            continue
        ranking = bool(st.cues & _RANKING) or any(n.unit == "rank" for n in st.numbers)
        if one_measure_of_several(ranking, {pack.observations[e].metric for e in c.evidence}, pack):
            c.result, c.credit = "partly", 0.5
            c.reason = (
                "順位はパックが複数の指標の一つ（または人口を考慮しない実数）とする指標によるもの。"
                if lang == "ja"
                else "The place rests on a measure the pack calls one of several (or a raw number). "
            ) + c.reason


def one_measure_of_several(ranking: bool, metric_ids: set[str], pack: Pack) -> bool:
    """Whether a ranking statement (``ranking``: it says a place, a first or a record) that holds
    on the values of ``metric_ids`` rests on a measure the pack's definition calls raw or one of
    several."""
    if not metric_ids:
        return False
    metrics = [pack.metrics[m] for m in sorted(metric_ids) if m in pack.metrics]
    if not ranking and not any(m.kind == "rank" for m in metrics):
        return False
    for metric in metrics:
        for m in (metric, *_bases_of(metric, pack)):
            if m.definition and _SEVERAL.search(m.definition):
                return True
    return False


#: A definition that says its values cannot be compared from one period to another (every
#: report, year or edition stands alone): "ranks and scores cannot be compared across reports",
#: 「年ごとの順位は比較できない」.
NOT_COMPARABLE_ACROSS = (
    r"\b(?:cannot|can't|can ?not|could not|should not|must not) be compared across "
    r"(?:reports|years|editions|surveys)",
    r"\bnot (?:directly )?comparable (?:across|between|from one) (?:reports|years|editions|surveys)",
    r"(?:報告書|版|年|年次|調査)(?:ごと|間|をまたいで|をまたいだ)(?:の(?:値|順位|数値))?(?:は|を|で|の|に)?(?:単純)?比較(?:は|が)?できない",
)
_ACROSS = re.compile("|".join(NOT_COMPARABLE_ACROSS), re.IGNORECASE)


def mark_incomparable_periods(said: list[tuple[Statement, Check]], pack: Pack, lang: str) -> None:
    """A claim that gives values of one measure at two or more periods ("55th in 2014 and 107th
    in 2022"), when the measure's definition says its values cannot be compared across reports:
    what holds of each value does not show the change the claim draws from them; each check
    that holds on such a measure is partly with credit 0.25 (mostly false)."""
    years = {p.period.start.year for st, _c in said for p in st.periods}
    if len(years) < 2:
        return
    for _st, c in said:
        if c.result not in ("holds", "partly") or not c.evidence:
            continue
        obs = [pack.observations[e] for e in c.evidence if e in pack.observations]
        defs = [pack.metrics[o.metric].definition or "" for o in obs if o.metric in pack.metrics]
        if obs and any(_ACROSS.search(d) for d in defs):
            c.result, c.credit = "partly", 0.25
            c.reason = (
                "この指標の値は報告書・年をまたいで比較できない（定義）: 値の間の変化は示されない。"
                if lang == "ja"
                else "This measure's values cannot be compared across reports (its definition): "
                "no change between them is shown. "
            ) + c.reason


#: A definition that says its window starts at the series' low (a gain counted from the
#: trough) or its high (a fall counted from the peak): "employment change from February 2010
#: (the low point of employment …)", 「景気の底からの増加」.
WINDOW_FROM_AN_EXTREME = (
    r"\b(?:from|since)\b[^.;]{0,60}?\b(?:the )?(?:low|high) point\b",
    r"\b(?:from|since) (?:the )?(?:low|trough|bottom|peak)(?![-\w])",
    r"(?<![徹根海到谷])(?:底|最低時|最低値|ピーク|最高時)(?![堅上入値辺])(?:である|だった|の)?[^。、]{0,12}?(?:から|以降|を起点)",
)
_EXTREME = re.compile("|".join(WINDOW_FROM_AN_EXTREME), re.IGNORECASE)
#: The claim saying itself that it counts from the low or the peak ("since the low", 「底から」).
_SAID_FROM_AN_EXTREME = re.compile(
    r"\b(?:from|since) (?:the |its |their )?(?:low|lows|trough|bottom|peak|high)(?![-\w])"
    r"|底から|最低時から|ピークから",
    re.IGNORECASE,
)


def _half_true_on_definition(said: list[tuple[Statement, Check]], pack: Pack, pattern: re.Pattern[str],
                             reason: str) -> None:
    """Each check that holds on values of measures whose definitions all match ``pattern`` is
    partly with credit 0.5 (half true), ``reason`` put before its own."""
    for _st, c in said:
        if c.result != "holds" or c.kind == "event" or not c.evidence:
            continue
        metrics = {pack.observations[e].metric for e in c.evidence if e in pack.observations}
        defs = [pack.metrics[m].definition or "" for m in metrics if m in pack.metrics]
        if defs and all(pattern.search(d) for d in defs):
            c.result, c.credit = "partly", 0.5
            c.reason = reason + c.reason


#: A definition that says its measure counts a case however small ("any payment besides
#: Newstart, however small", 「少額でも受給していれば数える」): a figure on it counts what the
#: claim's words ("those other payments") make sound larger.
COUNTS_HOWEVER_SMALL = (
    r"\b(?:however|no matter how) (?:small|little|few|brief)\b",
    r"(?:少額|わずか|僅か|1円|一円)(?:で)?も|(?:金額|額|多寡)(?:に(?:かかわらず|関わらず)|を問わず)",
)
_HOWEVER_SMALL = re.compile("|".join(COUNTS_HOWEVER_SMALL), re.IGNORECASE)
#: The claim saying itself that any case counts ("any payment", "at least some", 「少しでも」).
_SAID_ANY = re.compile(r"\b(?:any|at least some|at least one)\b|少しでも|何らかの|いずれかの", re.IGNORECASE)


#: The definition mark-downs to half true: what the definition says, what the claim writes that
#: says so itself (then no mark-down), and the reason in Japanese and English.
_HALF_TRUE_DEFINITIONS = (
    (_EXTREME, _SAID_FROM_AN_EXTREME,
     "指標の期間は系列の底（またはピーク）から数えたもの（定義）: 起点の選び方で最大の変化を示している。",
     "The measure's window starts at the series' low (or peak), by its definition: the start chosen "
     "shows the largest change there is. "),
    (_HOWEVER_SMALL, _SAID_ANY,
     "指標は少額・少数の場合も数える（定義）: 主張の言い方ほどの中身は示されない。",
     "The measure counts a case however small, by its definition: it does not show as much as the "
     "claim's words say. "),
)


def mark_definition_markdowns(said: list[tuple[Statement, Check]], text: str, pack: Pack, lang: str) -> None:
    """A figure that holds over a window the definition says starts at the series' low (or
    peak), or on a measure that counts a case however small, is half true (partly, credit 0.5):
    the start chosen shows the largest change there is; the claim's words make the figure sound
    like more than it counts. A claim (``text``) that says so itself is judged as before."""
    for definition, said_itself, ja, en in _HALF_TRUE_DEFINITIONS:
        if not said_itself.search(text):
            _half_true_on_definition(said, pack, definition, ja if lang == "ja" else en)
