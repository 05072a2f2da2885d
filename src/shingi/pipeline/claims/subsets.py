"""A part counted, not its whole (docs/verdict-rules.md §4.17, "A part is not its whole"; the
worked examples are there and in tests/test_semantics_part_not_whole.py).

"About N members of W have taken up programme P", 「Pに応じて辞めたWはN人」, "N members of W left
early under scheme P": the figure counts the members of a whole W that a qualifier narrows to a
part (those who took a programme, those released under a scheme). The counted noun names the
whole, so the linker finds the whole's total; but the qualifier says which of them are counted (a
linguistic reason: a relative clause or a predicate restricts the noun it modifies, and a count of
the restricted noun is a count of the part). The whole's total is then never the figure's measure:

- when the qualifier names an entity of the pack (a programme, an agency) that has measures of its
  own in the figure's kind (a count), the figure is read on the one of them that the clause's
  predicate names (its own words, the part's name, the counted figure and the whole's names left
  out, fit the measure's names, aliases or definition in a word that is no word of the whole's
  names): the running total when the claim says one ("by the end of month M", までに), else the one
  the predicate fits best. A part's only count must pass the same test;
- when the predicate fits none of the part's counts ("in year Y agency A employed N members of W",
  where A keeps only a count of cuts), or several alike, the statement is left with no measure
  (nothing settles it), never with the whole's nor with an unrelated count of the part.

The rule does not fire when the claim names the whole's measure outright outside the counted noun
("W's total reached N after the scheme"), when the part is named only as a time ("after the
offer", 「制度の開始以降」), or when the named entity owns no measure of the figure's kind (an
actor: "the minister fired N workers").
"""
from __future__ import annotations

import re
from dataclasses import replace

from shingi.model import Metric, Pack
from shingi.pack.index import EvidenceIndex, NameHit
from shingi.pipeline.claims.statement import ClaimedNumber, Statement

#: Entity kinds that place a count rather than narrow it ("members in Xland"): a place
#: or a person is no part with measures of its own in this sense
_NOT_A_PART = frozenset({"country", "person"})
#: Words that make a named entity a time or a cause of the predicate, not a qualifier of who is
#: counted: "after the offer", "since the scheme began", 「制度の開始以降」「発表後」
_TIME_BEFORE_EN = re.compile(
    r"(?i)\b(?:before|after|since|until|till|following|ahead\s+of|prior\s+to|because\s+of|due\s+to"
    r"|despite|thanks\s+to|when|as|during|throughout)\s+(?:(?:the|its|their|a|an)\s+)?(?:\w+\s+){0,2}$"
)
#: "Governor X's term", "the X administration": a time named by an actor
_TIME_AFTER_EN = re.compile(r"(?i)^(?:'s|’s)?\s(?:term|tenure|administration|era|time|watch|years)\b")
_TIME_AFTER_JA = re.compile(
    r"^\s*(?:の\s*)?(?:(?:開始|導入|実施|発表|施行|創設|終了)\s*)?"
    r"(?:以降|以来|以前|前|後|まで(?!に)|の前|の後|から|時代|在任|任期|政権|期間中|当時|時に|下で)"
)
#: Words of a running total said of the figure: "by the end of June 2025", 「6月末までに」, "so far"
_RUNNING_TOTAL = re.compile(
    r"累計|累積|通算|これまで|今まで|までに|まで(?:の|で)"
    r"|(?i:\bcumulative(?:ly)?\b|\bso\s+far\b|\bto\s+date\b|\bin\s+total\b|\baltogether\b"
    r"|\b(?:by|as\s+of|up\s+to)\s+(?:the\s+end\s+of\s+|end[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\b)"
)
#: A measure that is a running total by its name or definition
_TOTAL_MEASURE = re.compile(r"累計|累積|通算|(?i:\bcumulative\b|\bto\s+the\s+date\b|\bto\s+date\b)")


def _counted(st: Statement) -> list[ClaimedNumber]:
    """The statement's figures that count something (a count, or a bare number)."""
    return [n for n in st.numbers if n.unit in (None, "count") and n.role is None]


def _as_time(text: str, hit: NameHit, start: int) -> bool:
    """Whether an entity's name is said as a time or cause of the predicate, not a qualifier."""
    before = text[max(0, hit.start - start - 60) : hit.start - start]
    after = text[hit.end - start : hit.end - start + 12]
    return bool(_TIME_BEFORE_EN.search(before) or _TIME_AFTER_JA.match(after) or _TIME_AFTER_EN.match(after))


def _whole_named_outright(st: Statement, pack: Pack, whole: str, numbers: list[ClaimedNumber]) -> bool:
    """Whether the claim names the whole's measure outside the counted figure's own words (then the
    figure may well be the whole's: "W's total reached N")."""
    index = EvidenceIndex.of(pack)
    for h in index.find_metrics(st.span, every=True):
        if h.id != whole:
            continue
        a, b = h.start + st.start, h.end + st.start
        if any(n.start <= a and b <= n.end for n in numbers):
            continue  # "N members": the counted noun
        topic = _TOPIC_OF_THE_FIGURE.match(st.span, h.end)
        if topic is not None and any(n.start == topic.end() + st.start for n in numbers):
            continue  # 「…Wは約N人」: the counted noun as the figure's topic
        return True
    return False


#: A Japanese counted noun as the topic right before its figure: 「Wは約N人」
_TOPIC_OF_THE_FIGURE = re.compile(r"\s*(?:は|が|も)\s*")


def _part_measures(pack: Pack, part: str, whole: str | None) -> list[str]:
    """The counts the pack keeps of a part (its own observed count measures, the whole's left out)."""
    index = EvidenceIndex.of(pack)
    out = []
    for oid in index.observations(entity=part):
        mid = pack.observations[oid].metric
        metric = pack.metrics.get(mid)
        if mid != whole and mid not in out and metric is not None and metric.kind == "count":
            out.append(mid)
    return sorted(out, key=lambda m: pack.metrics[m].sort_key)


def _part_count_of_an_act(st: Statement, pack: Pack) -> Statement:
    """"Nearly N members of W were let out early under scheme P by month M": a count of the
    whole's members (a name of another count of the pack) said of a part the pack keeps counts of
    (a programme, an agency), with no measure linked, read on the part's count the clause's words
    name: the people counted are the members the part took (a linguistic reason: the predicate
    says what the people counted did). Only when one such part is named, not as a time, the words
    pick one of its counts and the counted noun names another count; else as it was."""
    numbers = _counted(st)
    if not numbers or "plan" in st.cues or st.negated:
        return st
    index = EvidenceIndex.of(pack)
    parts = [
        h for h in index.find_entities(st.span)
        if (e := pack.entities.get(h.id)) is not None
        and e.kind not in _NOT_A_PART
        and not _as_time(st.span, h, 0)
    ]
    owned = {h.id: _part_measures(pack, h.id, None) for h in parts}
    named = [p for p, ms in owned.items() if ms]
    if len(named) != 1:
        return st
    candidates = _running_totals(st, pack, owned[named[0]])
    from shingi.pipeline.retrieve import Lookup  # retrieve imports the claims package

    best = Lookup.of(pack).best_of(_predicate(st, pack, numbers, None), candidates)
    if best is None:
        return st
    entities = (named[0], *(e for e in st.entities if e != named[0]))
    # only a figure whose counted noun names the whole's members ("N members of W", a name of
    # another count of the pack): that says the people counted are members the part took; a bare
    # act ("agency A will fire N", 「約N人を解雇した」) may be a plan or a total of several acts
    return _members_of_the_whole(replace(st, kind="metric", entities=entities, metrics=(best,)), pack) or st


def _is_running_total(metric: Metric) -> bool:
    return any(_TOTAL_MEASURE.search(t) for t in (*metric.names, metric.definition or ""))


def _running_total_first(st: Statement, pack: Pack) -> Statement:
    """"N were freed early under scheme P by the end of month M" with the scheme's monthly count
    and its running total both linked: a figure "by" a date (までに, so far, to date) counts every
    period up to it (a linguistic reason), so the running total is read first; else as it was."""
    if len(st.metrics) < 2 or "plan" in st.cues or not _RUNNING_TOTAL.search(st.span):
        return st
    first = pack.metrics.get(st.metrics[0])
    if first is None or _is_running_total(first):
        return st
    totals = [
        m for m in st.metrics[1:4]
        if (x := pack.metrics.get(m)) is not None and x.kind == first.kind and x.unit == first.unit
        and _is_running_total(x)
    ]
    if len(totals) != 1:
        return st
    return replace(st, metrics=(totals[0], *(m for m in st.metrics if m != totals[0])))


def _running_totals(st: Statement, pack: Pack, candidates: list[str]) -> list[str]:
    """Of a part's counts, its running totals when the claim says one ("by the end of June")."""
    if len(candidates) < 2 or not _RUNNING_TOTAL.search(st.span):
        return candidates
    totals = [m for m in candidates if _is_running_total(pack.metrics[m])]
    return totals or candidates


def counted_part(st: Statement, pack: Pack) -> Statement:
    """The statement read on the part its figure counts (module docstring), else as it was."""
    if st.kind == "event" and not st.metrics and not st.inherited:
        return _part_count_of_an_act(st, pack)
    if st.kind != "metric" or not st.metrics or "metric" in st.inherited or st.unmeasured:
        return st
    st = _running_total_first(st, pack)
    members = _members_of_the_whole(st, pack)
    if members is not None:
        return members
    whole = st.metrics[0]
    metric = pack.metrics.get(whole)
    numbers = _counted(st)
    if metric is None or metric.kind != "count" or not numbers:
        return st
    index = EvidenceIndex.of(pack)
    owners = {e for e in st.entities if index.observations(e, whole)}
    if not owners or _whole_named_outright(st, pack, whole, numbers):
        return st
    parts: list[tuple[str, NameHit]] = []
    for h in index.find_entities(st.span):
        e = pack.entities.get(h.id)
        if (
            e is None
            or h.id in owners
            or e.kind in _NOT_A_PART
            or index.observations(h.id, whole)
            or any(n.start <= h.start + st.start < n.end for n in numbers)
            or _as_time(st.span, h, 0)
        ):
            continue
        if _part_measures(pack, h.id, whole) and h.id not in (p for p, _ in parts):
            parts.append((h.id, h))
    if len(parts) != 1:
        return st  # no part named, or two: which one the figure counts is not said
    part, hit = parts[0]
    chosen = _said_by_the_predicate(st, pack, numbers, whole, _part_measures(pack, part, whole))
    if chosen is None:
        return replace(st, unmeasured=st.span[hit.start : hit.end])
    entities = (part, *(e for e in st.entities if e != part))
    metrics = (chosen, *(m for m in st.metrics if m not in (chosen, whole)))
    figures = tuple(_without_the_whole(n) if n in numbers else n for n in st.numbers)
    return replace(st, entities=entities, metrics=metrics, numbers=figures)


def _predicate(st: Statement, pack: Pack, numbers: list[ClaimedNumber], whole: str | None) -> str:
    """The clause's words that say what the counted people did: its span with the counted figures
    (and their counted noun, "N members of W") and the whole's names blanked. Entity names are
    blanked by the scoring itself (``Lookup.best_of``), so a part's measure is never fitted by
    the part's own name."""
    chars = list(st.span)
    for n in numbers:
        a, b = max(0, n.start - st.start), max(0, n.end - st.start)
        chars[a:b] = " " * len(chars[a:b])
    if whole is not None:
        for h in EvidenceIndex.of(pack).find_metrics(st.span, every=True):
            if h.id == whole:
                chars[h.start : h.end] = " " * (h.end - h.start)
    return "".join(chars)


def _said_by_the_predicate(
    st: Statement, pack: Pack, numbers: list[ClaimedNumber], whole: str, owned: list[str]
) -> str | None:
    """Of a part's counts, the one the clause's predicate names (``_predicate``: its words fit
    the count's names, aliases or definition, by ``SCORED_MARGIN`` over the part's other counts,
    in a word that is no word of the whole's names), else None. A part's only count is no
    exception: a clause that names a part and a count of the whole's members without saying what
    the part's count counts ("in year Y agency A employed N members of W", where A keeps only a
    count of cuts) says nothing the part's measure settles (a linguistic reason: the predicate,
    not the subject, says which of the part's members are counted)."""
    from shingi.pipeline.retrieve import Lookup  # retrieve imports the claims package

    lookup = Lookup.of(pack)
    said = _predicate(st, pack, numbers, whole)
    candidates = _running_totals(st, pack, [m for m in owned if lookup.best_of(said, [m]) is not None])
    best = lookup.best_of(said, candidates) if candidates else None
    if best is None:
        # words that fit two counts alike: the one the linker linked, if only one of them
        linked = [m for m in st.metrics if m in candidates]
        best = linked[0] if len(linked) == 1 else None
    if best is None or not lookup.fits_apart(said, best, whole):
        return None  # the predicate fits none, or only in words of the whole's names
    return best


def _members_of_the_whole(st: Statement, pack: Pack) -> Statement | None:
    """"Nearly N members of W were let out early under scheme P" with the scheme's own count
    linked: the counted noun names the whole's members (a name of another count measure of the
    pack), and the part's count counts those of them the scheme took, so the noun does not
    keep the figure off the part's measure. None when the first measure is not a part's count or
    no counted noun names another count."""
    first = pack.metrics.get(st.metrics[0])
    if first is None or first.kind != "count":
        return None
    index = EvidenceIndex.of(pack)
    owners = [e for e in st.entities if index.observations(e, first.id)]
    if not owners or any(pack.entities[e].kind in _NOT_A_PART for e in owners if e in pack.entities):
        return None
    own = {n.casefold() for n in first.names}
    changed = False
    figures = []
    for n in st.numbers:
        split = _counted_noun_split(n.text) if n in _counted(st) else None
        said = split[1].casefold() if split else ""
        if said and said not in own and _another_count_named(pack, said, first.id, owners):
            figures.append(_without_the_whole(n))
            changed = True
        else:
            figures.append(n)
    return replace(st, numbers=tuple(figures)) if changed else None


def _another_count_named(pack: Pack, noun: str, other_than: str, owners: list[str]) -> bool:
    """Whether a counted noun is a name of a count the pack keeps of another owner than the part's
    (the members counted by a place's total, for a scheme's releases): a whole's members. Another
    count of the same owner (a count said of an owner that keeps both a target and the count that
    meets it) is no whole of it."""
    index = EvidenceIndex.of(pack)
    return any(
        m.kind == "count"
        and mid != other_than
        and noun in {n.casefold() for n in m.names}
        and any(pack.observations[o].entity not in owners for o in index.observations(metric=mid))
        for mid, m in pack.metrics.items()
    )


#: The counted noun after an English count ("75,000 members of W"): the whole's members
_FIGURE_END = re.compile(r"\d(?:\s?(?:million|billion|thousand|mn|bn|k)\b)?", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+([A-Za-z][A-Za-z' -]*)$")


def _counted_noun_split(text: str) -> tuple[str, str] | None:
    """An English count's figure and its counted noun ("About 75,000 staff members" -> "About
    75,000", "staff members"), or None when no noun follows the figure."""
    end = None
    for m in _FIGURE_END.finditer(text):
        end = m.end()
    if end is None:
        return None
    noun = _NOUN_AFTER.match(text, end)
    return (text[:end], noun.group(1).strip()) if noun else None


def _without_the_whole(n: ClaimedNumber) -> ClaimedNumber:
    """A count read on the part: its counted noun names the whole's members, not what the part's
    measure names ("75,000 staff members" who took an offer are 75,000 participants)."""
    split = _counted_noun_split(n.text)
    if split is None:
        return n
    text = split[0]
    return replace(n, text=text, end=n.start + len(text), quantity=replace(n.quantity, text=text))


#: The shortest name of a whole that its part's definition may name it by (「Wの総額」): two or
#: three characters ("売上", "revenue") name too much to say which whole
_WHOLE_NAME_MIN = 4


def part_of(part: Metric, whole: Metric) -> bool:
    """Whether a measure is a part of another by what the pack says (contract 1.1 ``definition``):
    its definition names the other by one of its names or aliases (「WのうちAの分」, "A as a
    percentage of the total W"). A part and its whole are no two sides of a comparison: the part
    is inside the whole (a linguistic reason: "A is bigger than B" sets two things side by side,
    never a thing and a piece of it)."""
    definition = (part.definition or "").casefold()
    if not definition or part.id == whole.id:
        return False
    own = {n.casefold() for n in part.names}
    for name in whole.names:
        n = name.casefold()
        if len(n) < _WHOLE_NAME_MIN or n in own:
            continue
        for m in re.finditer(re.escape(n), definition):
            # named as what the part is taken from: 「Aのうち国内分」, "the part of A earned abroad";
            # a definition that only names the other ("the 10-year average of A", 「予算が見込むA」)
            # defines another measure of the same thing, not a piece of it
            before = definition[: m.start()]
            if _PARTITIVE_AFTER.match(definition, m.end()) or _PARTITIVE_BEFORE.search(before):
                return True
    return False


#: After a whole's name in a part's definition: 「のうち」「うち」「の内」「の一部」「の内訳」
_PARTITIVE_AFTER = re.compile(r"\s*(?:の\s*)?(?:うち|内(?!容)|一部|内訳)")
#: Before it: "part of (the)", "portion of", "the share of … that", "subset of"
_PARTITIVE_BEFORE = re.compile(r"(?i)\b(?:part|portion|component|subset)\s+of\s+(?:the\s+)?(?:total\s+)?$")
