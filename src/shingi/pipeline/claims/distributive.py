"""Statements said of each of two or more things at once: 「カナダとアメリカの自給率はいずれも200%を
超えている」, 「生産額ベースもカロリーベースも過去最低」, "both Canada and the US". A distributive word
(いずれも, どちらも, ともに, 「AもBも」, both, each) makes the predicate hold of every conjunct, so the
statement is checked once per conjunct (docs/verdict-rules.md §2, distributive words): one
conjunct that fails is a part of the claim that fails, not a detail the first conjunct hides (a
linguistic reason)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from shingi.model import Pack
from shingi.pack.index import EvidenceIndex
from shingi.pipeline.claims.groups import group_siblings, says
from shingi.pipeline.claims.statement import Statement
from shingi.pipeline.morphology import content_keys

#: A word that makes a predicate hold of each of the things named before it.
_EACH_WORDS = r"いずれも|どちらも|ともに|共に|(?i:\bboth\b|\beach of\b)"
#: "each" floated after a list, before its verb ("A, B and C each received / rose / had …"; not
#: "each year", "each other", "each of"), or closing the clause ("… received more than 100,000
#: each", "apiece"; not "for each", "of each")
_EACH_FLOATED = (
    r"(?i:(?<=[a-z)]\s)each\s+(?!(?:other|one|year|month|quarter|week|day|time|of|and|per)s?\b)"
    r"(?=(?:[a-z]+(?:ed|s)|rose|grew|fell|saw|had|hit|got|took|made|won|lost|gave|paid|spent|drew|kept"
    r"|held|sold|bought|brought|became|came|went|ran|will|would|could|can|may|might|must|should)\b)"
    r"|(?<![a-z])(?<!\bfor\s)(?<!\bof\s)(?<!\bin\s)(?<!\bto\s)(?<!\bby\s)(?<!\bat\s)(?<!\bon\s)"
    r"(?:each|apiece)(?=\s*(?:[.,;:!?)]|$)))"
)
_DISTRIBUTIVE = re.compile(_EACH_WORDS + "|" + _EACH_FLOATED)
#: 「それぞれ」「各々」: each of the things named before it when the clause says one figure; with two
#: or more it is "respectively" (「AとBはそれぞれ10万人と5万人」), one figure of each
_RESPECTIVE = re.compile(r"それぞれ|各々|おのおの")
#: A past or modal verb right after "all" floated after a list ("A, B and C all rose / saw / posted /
#: had / will …"): not a plural noun ("led all states"), so no bare -s word
_ALL_VERB = (
    r"(?:[a-z]+ed|rose|grew|fell|saw|had|hit|got|took|made|won|lost|gave|paid|spent|drew|kept|held|sold"
    r"|bought|brought|became|came|went|ran|set|cut|beat|have|has|were|are|will|would|could|can|may|might"
    r"|must|should)\b"
)
#: A word that says the things listed before it act together (「基幹3税がそろって」, "all three
#: rose", "Perth, Adelaide and Brisbane all saw …"): the list's items are the conjuncts
_TOGETHER = re.compile(
    r"(?:そろって|揃って|すべて|全て|いずれも|ともに|共に)"
    r"|(?i:\ball\s+(?:three|four|five|six|of\s+them|these)\b"
    # (after a lower-case word, or first in the sentence or after a colon or a dash: "All rose …")
    r"|(?:(?<=[a-z)]\s)|^|(?<=[:;—–]\s))all\s+(?=" + _ALL_VERB + r")"
    r"|\bboth\b)"
)
#: 「各地」「各都市」: the prefix 各 before a noun, "each of"
_EACH_PREFIX = re.compile(r"各(?![々自])")
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s|$)")


def says_each_of_a_list(text: str, start: int, end: int) -> bool:
    """The sentence of the list at ``text[start:end]`` says its predicate of each item: "each of",
    "A, B and C all rose", 「それぞれ」「いずれも」「ともに」「各」. Such a list names its members, not
    the group they make up (docs/verdict-rules.md, distributive words; a linguistic reason: a
    distributive word quantifies over the items one by one, so the group's own figure is no answer)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    sentence = text[left:right]
    return any(p.search(sentence) for p in (_DISTRIBUTIVE, _RESPECTIVE, _TOGETHER, _EACH_PREFIX))


#: What separates the items of a list: 「消費税・所得税・法人税」「A、B、C」「AとB」, "A, B and C"
_LIST_SEPARATOR = re.compile(r"[・、,，]|と(?=\S)|(?i:\s+and\s+|\s+or\s+)")
#: 「AもBも」: two or more noun phrases each closed by the particle も (not もの, もう, も含め …).
_MO = re.compile(r"も(?![のうしっ含])")
#: Kinds that set their entities against each other: distributing them would lose the comparison.
_RELATIONAL = frozenset({"comparison", "parity"})


def _observed(pack: Pack, entity: str, metric: str) -> bool:
    return bool(EvidenceIndex.of(pack).observations(entity, metric))


def _metric_of(segment: str, candidates: tuple[str, ...], pack: Pack) -> str | None:
    """The statement's measure one conjunct names: the candidate with the longest name or alias in
    the segment, or whose name contains the segment's last phrase (「生産額ベース」 in
    「生産額ベース食料自給率」)."""
    tail = re.split(r"[はがのをにで、,]|\s", segment.strip())[-1].strip()
    said = _name_words(segment)
    best: tuple[float, str] | None = None
    for mid in candidates:
        m = pack.metrics[mid]
        for name in (m.name_ja, m.name_en, *m.aliases):
            if not name:
                continue
            # a name the segment says outright beats one that only contains its last phrase; of
            # those, the one that adds the fewest words to it
            score = 1000.0 + len(name) if name.lower() in segment.lower() else 0.0
            if score and segment.strip().lower().endswith(name.lower()):
                # 「平均寿命は男性も」: the conjunct is the phrase right before も, not the head
                # said before it (the whole's 「平均寿命」)
                score += 500.0
            if not score and len(tail) >= 2 and tail.lower() in name.lower():
                score = 100.0 - (len(name) - len(tail))
            words = _name_words(name) if name.isascii() else frozenset()
            if not score and len(words) >= 2 and words <= said:
                # "copper export earnings" for "copper exports": every word of an English name of
                # two or more words, singular or plural, with a word of the segment's own between
                score = 50.0 + len(words)
            if score and (best is None or score > best[0]):
                best = (score, mid)
    if best is None:
        # 「夫・妻ともに」: a conjunct that is only a group word names the candidate that word tells
        # apart from its sibling (claims.groups), when one candidate alone
        grouped = {
            mid
            for mid in candidates
            for own, other, _sib in group_siblings(pack).get(mid, ())
            if says(segment, own) and not says(segment, other)
        }
        if len(grouped) == 1:
            return grouped.pop()
    return best[1] if best else None


def distribute(st: Statement, pack: Pack) -> list[Statement]:
    """The statement once per conjunct when a distributive word says its predicate holds of each
    of two or more entities (each observed on its measure) or measures; else the statement."""
    if st.kind == "event":
        return _each_listed_place(st, pack)
    by_period = _each_period(st)
    if by_period:
        return by_period
    respective = _respectively(st, pack)
    if respective:
        return respective
    each = bool(_DISTRIBUTIVE.search(st.span)) or (len(st.numbers) < 2 and bool(_RESPECTIVE.search(st.span)))
    together = _TOGETHER.search(st.span) or len(_MO.findall(st.span)) >= 2
    if st.kind in _RELATIONAL:
        return [st]
    if not (each or together):
        return _each_listed_owner(st, pack)
    owners = [e for e in st.entities if e not in st.scope]
    observed = [_observed(pack, e, st.metrics[0]) for e in owners] if st.metrics else []
    rest = tuple(e for e in st.entities if e not in owners)
    if len(owners) >= 2 and observed and all(observed):
        return [replace(st, entities=(e, *rest)) for e in owners]
    if each and len(owners) >= 2 and any(observed):
        # a distributive word says it of every one: one with no value leaves the statement
        # unknown, never checked on the first alone ("A, B and C each had …" with no value of C)
        missing = pack.entities[owners[observed.index(False)]]
        return [replace(st, unvalued=missing.name(st.lang))]
    segments = _MO.split(st.span)[:-1] if len(_MO.findall(st.span)) >= 2 else []
    # 「AもBも」 says its predicate of each noun phrase as "both" does (a linguistic reason)
    said_of_each = bool(segments) or bool(_DISTRIBUTIVE.search(st.span))
    if not segments and re.search(r"(?i)\bboth\b", st.span):
        both = re.search(r"(?i)\bboth\b(.+?)\band\b(.+)", st.span)
        segments = [both.group(1), both.group(2)] if both else []
    if not segments:
        segments = _listed_before_together(st.span)
    linked = [(s, _metric_of(s, st.metrics, pack)) for s in segments]
    named = [m for _s, m in linked if m is not None]
    distinct = len(set(named)) == len(named)
    if (len(named) >= 2 and distinct) or (
        named and distinct and len(named) < len(linked) and said_of_each
    ):
        # "copper production and copper export earnings both grew by about 17%": each conjunct on
        # its own measure; one the pack names no measure of is left open, never checked on
        # another conjunct's measure (a linguistic reason: both says the predicate of each)
        out = []
        for segment, m in linked:
            if m is None:
                out.append(replace(st, unmeasured=segment.strip()))
                continue
            kind = _kind_of_conjunct(st, m, pack)
            growth = _growth_of(m, pack) if kind == "change" else None
            out.append(replace(st, metrics=(growth, m) if growth else (m,), kind=kind))
        return out
    return [st]


#: What joins the names of a list: a comma, "and", "or", &, 、, ・, と, や
_JOINED = re.compile(r"(?i)[,、・と&や]|(?:,\s?)?(?:and|or)")
#: Kinds of statement a list of owners is the subject of: a value, a change, a share
_OF_AN_OWNER = frozenset({"metric", "change", "share"})
#: Words before a list that make it the object of a comparison or an exception, not the subject
_NOT_THE_SUBJECT = re.compile(
    r"(?i)\b(?:after|than|behind|besides|except|excluding|like|unlike|against|versus|vs\.?|over|beyond"
    r"|outside|apart\s+from|other\s+than|ahead\s+of|to|from|into|with|as)\s*(?:in\s+|the\s+)?$"
    r"|(?:より|以外|を除く|に次いで|に次ぐ|と比べ)[、,]?\s*$"
)
#: A particle right after a list that makes it a destination, a source or a partner ("exports to",
#: 「スウェーデンとフィンランドへの輸出」「…からの輸入」「…向け」「…との貿易」「…に対する」): not the subject
_NOT_THE_SUBJECT_AFTER = re.compile(r"^\s*(?:へ|から|向け|との|に対す|に対し|に向け|より)")
#: Words that say the figure is the list's mean ("the average of A and B", "A and B averaged 2%",
#: 「AとBの平均」): a figure of the list together, as a sum word says (not each member's)
_AVERAGED = re.compile(r"(?i)\baverag(?:e|ed|es|ing)\b|\bmean\b|平均")
#: Kinds of measure whose values do not add up over owners: a list said to have one of them has
#: it each (a growth rate, a ratio, a rank, a score; not a share of one whole, which adds up)
_NOT_SUMMED = frozenset({"growth", "ratio", "rank", "score"})
#: Words that say the owners of a list make the figure together
_SUMMED = re.compile(
    r"(?i)\b(?:together|combined|jointly|between\s+them|in\s+total|taken\s+together)\b"
    r"|合わせ|あわせ|合計|だけで|のみで|計で"
)


def _each_listed_owner(st: Statement, pack: Pack) -> list[Statement]:
    """"Perth, Adelaide and Brisbane saw home values jump by more than 15%", 「パースとアデレードの
    住宅価格は15%超上昇した」: two or more owners written as one list (names joined by a comma,
    "and", 、, ・, と), each observed on the statement's measure, which is one whose values do not add
    up (a growth rate, a ratio, a rank, a score) and no word says they make it together, are each
    said to have the figure — the statement once per owner (a linguistic reason: a rate of a list of
    owners is no sum of theirs, so the predicate can only be said of each; checked on the first alone
    it had made such a claim true on one of its members). Else the statement."""
    if not st.metrics or len(st.numbers) != 1 or st.kind not in _OF_AN_OWNER:
        return [st]
    if pack.metrics[st.metrics[0]].kind not in _NOT_SUMMED:
        return [st]
    if _SUMMED.search(st.span) or _AVERAGED.search(st.span):
        return [st]
    owners = [e for e in st.entities if e not in st.scope]
    placed = sorted(
        (m.start(), m.end(), e)
        for e in owners
        for m in [_first_name(st.span, pack.entities[e].names)]
        if m is not None
    )
    run: list[str] = []
    for (_a, b, e), (c, _d, f) in itertools.pairwise(placed):
        if _JOINED.fullmatch(st.span[b:c].strip()):
            run = [*run, f] if run and run[-1] == e else [e, f]
        elif len(run) < 2:
            run = []
    if len(run) < 2 or len(set(run)) != len(run) or not all(_observed(pack, e, st.metrics[0]) for e in run):
        return [st]
    first = min(a for a, _b, e in placed if e == run[0])
    last = max(b for _a, b, e in placed if e == run[-1])
    if _NOT_THE_SUBJECT.search(st.span[:first]) or _NOT_THE_SUBJECT_AFTER.match(st.span[last:]):
        return [st]  # "…, after China and Mexico", "higher than in A and B": not who has the figure
    if any(a < first for a, _b, e in placed if e not in run):
        # 「ノーランドのスウェーデンとフィンランドへの輸出」, "Norland's growth … the same as Sweden and
        # Finland": an owner named before the list is the subject; the list is said of it
        return [st]
    rest = tuple(e for e in st.entities if e not in run)
    return [replace(st, entities=(e, *rest)) for e in run]


#: a kanji, a katakana or a Latin letter right after a name in Japanese: the compound goes on
_COMPOUND_GOES_ON = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9]")
#: What joins two names of a list, an article allowed after it ("the North plant and the South plant")
_JOINED_NAMES = re.compile(r"(?i)(?:[,、・と&や]|(?:,\s?)?(?:and|or))(?:\s+the)?")
#: Words before a list that make its names the parties of one joint act ("talks between Japan and
#: China", 「日中間の」): one event of them all, not one of each
_JOINT_BEFORE = re.compile(r"(?i)\b(?:between|among|amongst)\s+(?:the\s+)?$")


def _each_listed_place(st: Statement, pack: Pack) -> list[Statement]:
    """"In 2022 Tesla opened new gigafactories in Berlin and Shanghai", 「テスラはベルリンと上海に
    工場を開設した」: an event said of an actor and of two or more names written as one list after it
    (the pack's entities or names it does not hold, joined by a comma, "and", と, 、) says the act of
    each of them — the statement once per listed name, the others left out of its names and words
    (a linguistic reason: a coordinated object or place of one verb is one act per conjunct, so each
    must be shown; checked on the first alone, Shanghai's 2019 start was never compared with 2022:
    blind round 28d tesla berlin_shanghai_2022). Not a list that is the subject (「AとBが合意」: one
    joint act, the parties together), nor one after "between" / "among", nor a statement with figures
    (a sum or a figure of each is not told apart here). Else the statement."""
    if st.numbers or st.negated or not st.entities:
        return [st]
    placed: list[tuple[int, int, str, bool]] = []
    for e in st.entities:
        m = _first_name(st.span, pack.entities[e].names)
        if m is not None:
            placed.append((m.start(), m.end(), e, True))
    for name in st.unknown_names:
        m = _first_name(st.span, (name,))
        if m is not None:
            placed.append((m.start(), m.end(), name, False))
    # 「さくらインターネットと国内AIインフラ」: a name a Japanese compound goes on after is a modifier
    # of that noun, not an item of the list
    placed = sorted(x for x in placed if not _COMPOUND_GOES_ON.match(st.span, x[1]))
    run: list[tuple[int, int, str, bool]] = []
    for x, y in itertools.pairwise(placed):
        if _JOINED_NAMES.fullmatch(st.span[x[1] : y[0]].strip()):
            run = [*run, y] if run and run[-1] == x else [x, y]
        elif len(run) >= 2:
            break
        else:
            run = []
    if len(run) < 2 or len({r[2] for r in run}) != len(run):
        return [st]
    first = run[0][0]
    if not any(a < first and own for a, _b, _n, own in placed) or _JOINT_BEFORE.search(st.span[:first]):
        return [st]  # the list is the subject (one joint act), or the parties "between" which it is
    out = []
    for _a, _b, name, own in run:
        others = [r for r in run if r[2] != name]
        # the words of the other names the pack does not hold (not those of this one)
        gone = frozenset(k for r in others if not r[3] for k in content_keys(r[2]))
        gone -= frozenset() if own else content_keys(name)
        left = {r[2] for r in others}
        out.append(
            replace(
                st,
                entities=tuple(e for e in st.entities if e not in left),
                unknown_names=tuple(n for n in st.unknown_names if n not in left),
                keys=st.keys - gone,
                conjunct=name if own else "",
            )
        )
    return out


def _first_name(span: str, names: tuple[str, ...]) -> re.Match[str] | None:
    """The earliest of the names said in ``span`` (on word boundaries for an English name)."""
    said = [rf"\b{re.escape(n)}\b" if n.isascii() else re.escape(n) for n in names if n and len(n) > 1]
    hits = [m for rx in said for m in [re.search(rx, span, re.IGNORECASE)] if m]
    return min(hits, key=lambda m: (m.start(), -m.end())) if hits else None


#: "respectively", 「それぞれ」「各々」 with as many figures as things named: the n-th figure is the
#: n-th thing's
_RESPECTIVELY = re.compile(_RESPECTIVE.pattern + r"|(?i:\brespectively\b)")


def _first_at(span: str, names: list[str]) -> int | None:
    found = [m.start() for n in names if n for m in [re.search(re.escape(n), span, re.IGNORECASE)] if m]
    return min(found) if found else None


def _respectively(st: Statement, pack: Pack) -> list[Statement]:
    """"Tokyo and Akita had minimum wages of 1,163 yen and 951 yen, respectively", 「東京都と秋田県で
    それぞれ1163円と951円」「夫と妻でそれぞれ31.1歳と29.7歳」: as many figures (of one unit) as owners,
    or as measures told apart by their group words (`claims.groups`), pair up in the order written
    (a linguistic reason: "respectively" and それぞれ with two lists say so); one statement per pair,
    each its one figure. Else none."""
    if st.kind in _RELATIONAL or not _RESPECTIVELY.search(st.span):
        return []
    figures = sorted((n for n in st.numbers if n.role is None), key=lambda n: n.start)
    if len(figures) < 2 or len({n.unit for n in figures}) != 1:
        return []
    owners = [e for e in st.entities if e not in st.scope]
    placed = sorted(
        (at, e) for e in owners if (at := _first_at(st.span, list(pack.entities[e].names))) is not None
    )
    rest = tuple(e for e in st.entities if e not in owners)
    if (
        st.metrics
        and len(owners) == len(figures)
        and len(placed) == len(owners)
        and all(_observed(pack, e, st.metrics[0]) for e in owners)
    ):
        pairs = zip(placed, figures, strict=True)
        return [replace(st, entities=(e, *rest), numbers=(n,)) for (_at, e), n in pairs]
    if len(owners) > 1:
        return []
    # measures of one quantity per group, each named by its group word
    table = group_siblings(pack)
    grouped: dict[str, int] = {}
    for mid in st.metrics:
        words = [own for own, _o, _s in table.get(mid, ()) if says(st.span, own)]
        at = _first_at(st.span, words)
        if at is not None:
            grouped[mid] = at
    if len(grouped) != len(figures) or len(set(grouped.values())) != len(grouped):
        return []
    ordered = sorted(grouped, key=lambda m: grouped[m])
    return [replace(st, metrics=(m,), numbers=(n,)) for m, n in zip(ordered, figures, strict=True)]


def _listed_before_together(span: str) -> list[str]:
    """The items of a list written right before a word that says they act together
    (「消費税・所得税・法人税の基幹3税がそろって前年度を上回った」 → 消費税, 所得税, 法人税; "income,
    corporate and consumption tax revenue all rose"): three or two names, each a segment of its
    own, the list's last item cut at the particle or the noun phrase that sums it up."""
    together = _TOGETHER.search(span)
    if together is None:
        return []
    before = span[: together.start()]
    items = _LIST_SEPARATOR.split(before)
    if len(items) < 2:
        return []
    # the first item starts after the clause's own opening (「2024年度は」), the last ends before
    # what sums the list up (「の基幹3税が」, " tax revenue")
    items[0] = re.split(r"[はがをにで]\s*", items[0])[-1]
    items[-1] = re.split(r"の|が", items[-1])[0]
    return [i.strip() for i in items if i.strip()]


#: A predicate said of each of two or more named periods: "in both 2023 and 2024", "in each of
#: 2023 and 2024", 「2023年、2024年ともに」「2024年度、2025年度と2年続けて」: the distributive words, and
#: words of a run of periods
#: (and, of periods only: "a year" / "per year" / "each year" after a figure, 「それぞれ」「ずつ」「毎年」:
#: "added more than a million people a year in 2022, 2023 and 2024" is said of each year)
_EACH_PERIOD = re.compile(
    _EACH_WORDS + r"|続けて|連続|それぞれ|ずつ|毎年|各年"
    r"|(?i:\b(?:a|per|each|every)\s+(?:year|quarter|month)\b|\beach\b|\bapiece\b)"
)
#: what joins the periods of a list (not of a range: "from 2022 to 2024", 「2022年から2024年まで」)
_LISTED = re.compile(r"(?i)^\s*(?:,\s*)?(?:(?:and|&)\s*)?$|^\s*[、,・と]\s*$")
#: (the same joiner, for the sums over listed periods: checks/sums.py)
LISTED = _LISTED
#: kinds whose predicate is said of a period: a value, a change, a share
_OF_A_PERIOD = frozenset({"metric", "change", "share"})


def _each_period(st: Statement) -> list[Statement]:
    """The statement once per period when a distributive word says its predicate holds in each
    of two or more named periods of one kind ("shrank in both 2023 and 2024": a fall in 2023 and
    a fall in 2024, not a change from 2023 to 2024; a linguistic reason: both, each); else none."""
    named = [p for p in st.periods if p.role is None and not p.inferred]
    if (
        st.kind not in _OF_A_PERIOD
        or len(named) < 2
        or len(named) != len(st.periods)
        or len({p.period.precision for p in named}) != 1
        or len({p.period for p in named}) != len(named)
        or len(st.entities) > 1
        or st.cues & {"exceed", "trail", "equal"}  # periods set against each other, or a comparand
        or not _EACH_PERIOD.search(st.span)
    ):
        return []
    offset = st.start
    for a, b in itertools.pairwise(named):
        if not _LISTED.match(st.span[a.end - offset : b.start - offset]):
            return []  # a range, or periods said apart
    return [replace(st, periods=(p,), streak=0) for p in named]


def _kind_of_conjunct(st: Statement, metric: str, pack: Pack) -> str:
    """"Both exports and imports grew by more than 15%": a percentage with a word of change said of
    a level not kept in percent is the relative change of that level (a linguistic reason: the
    level itself is no percentage), so the conjunct is a change; else the statement's kind."""
    if (
        st.kind == "metric"
        and st.cues & {"up", "down"}
        and any(n.unit == "%" for n in st.numbers)
        and pack.metrics[metric].unit != "%"
    ):
        return "change"
    return st.kind


#: words a growth measure's name adds to its level's: "export growth", "growth of exports"
_GROWTH_WORDS = frozenset(
    {"growth", "rate", "change", "percent", "percentage", "annual", "of", "in", "the", "yearly"}
)


def _name_words(name: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", name.lower())
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


def _growth_of(level: str, pack: Pack) -> str | None:
    """The pack's growth measure (in %) of a level, named by the level's own English words and words
    of growth only ("export growth" of "goods exports" / "exports"; not "growth of exports to the
    US")."""
    lv = pack.metrics[level]
    names = [_name_words(n) for n in (lv.name_en, *lv.aliases) if n and n.isascii()]
    for g in pack.metrics.values():
        if g.id == level or g.kind != "growth" or g.unit != "%":
            continue
        for gname in (g.name_en, *g.aliases):
            words = _name_words(gname or "") - _GROWTH_WORDS
            said_growth = bool(_name_words(gname or "") & {"growth", "change"})
            if words and gname and gname.isascii() and words in names and said_growth:
                return g.id
    return None
