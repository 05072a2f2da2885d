"""What people think: a statement of a population's attitude needs an opinion measure
(docs/verdict-rules.md §4.15)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shingi.model import Pack
from shingi.pipeline import lexicon as lx
from shingi.pipeline.claims.statement import Statement
from shingi.pipeline.retrieve import Evidence


def attitude_of_people(st: Statement, names: Iterable[str] = ()) -> bool:
    """「ノルウェー国民の大多数は…緩和に反対している」, "Most French people still oppose the reform": a
    population (PEOPLE) before an attitude it holds (ATTITUDE) says what people think, not what
    happened or what a measure's value is (a linguistic reason: an attitude is held, not done).
    A population word inside a measure's name said in the statement (``names``: 「住民税」, "the
    public debt") is that measure, not a population."""
    lowered = st.span.lower()
    inside = [
        (m.start(), m.end()) for n in names if n for m in re.finditer(re.escape(n.lower()), lowered)
    ]
    people = [h for h in lx.find(lx.PEOPLE, st.span) if not any(a <= h.start < b for a, b in inside)]
    if not people:
        return False
    return any(hit.start > people[0].start for hit in lx.find(lx.ATTITUDE, st.span))


def opinion_measured(ev: Evidence, pack: Pack) -> bool:
    """Whether the evidence retrieved holds an opinion measure: an event or a measure that speaks
    of a poll, a survey of opinion or a vote (OPINION_MEASURE)."""
    for cand in ev.events:
        event = pack.events[cand.id]
        if lx.has(lx.OPINION_MEASURE, " ".join((event.title("ja"), event.title("en"), event.note or ""))):
            return True
    for _, mid in ev.series:
        metric = pack.metrics.get(mid)
        if metric is not None and lx.has(
            lx.OPINION_MEASURE, " ".join((*metric.names, metric.definition or ""))
        ):
            return True
    return False
