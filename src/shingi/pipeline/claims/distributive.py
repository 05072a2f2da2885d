"""Statements said of each of two or more things at once: 「カナダとアメリカの自給率はいずれも200%を
超えている」, 「生産額ベースもカロリーベースも過去最低」, "both Canada and the US". A distributive word
(いずれも, どちらも, ともに, 「AもBも」, both, each) makes the predicate hold of every conjunct, so the
statement is checked once per conjunct (docs/verdict-rules.md §2, distributive words): one
conjunct that fails is a part of the claim that fails, not a detail the first conjunct hides (a
linguistic reason)."""

from __future__ import annotations

import re
from dataclasses import replace

from shingi.model import Pack
from shingi.pack.index import EvidenceIndex
from shingi.pipeline.claims.statement import Statement

#: A word that makes a predicate hold of each of the things named before it.
_DISTRIBUTIVE = re.compile(r"いずれも|どちらも|ともに|共に|(?i:\bboth\b|\beach of\b)")
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
    best: tuple[float, str] | None = None
    for mid in candidates:
        m = pack.metrics[mid]
        for name in (m.name_ja, m.name_en, *m.aliases):
            if not name:
                continue
            # a name the segment says outright beats one that only contains its last phrase; of
            # those, the one that adds the fewest words to it
            score = 1000.0 + len(name) if name.lower() in segment.lower() else 0.0
            if not score and len(tail) >= 2 and tail.lower() in name.lower():
                score = 100.0 - (len(name) - len(tail))
            if score and (best is None or score > best[0]):
                best = (score, mid)
    return best[1] if best else None


def distribute(st: Statement, pack: Pack) -> list[Statement]:
    """The statement once per conjunct when a distributive word says its predicate holds of each
    of two or more entities (each observed on its measure) or measures; else the statement."""
    if st.kind in _RELATIONAL or (not _DISTRIBUTIVE.search(st.span) and len(_MO.findall(st.span)) < 2):
        return [st]
    owners = [e for e in st.entities if e not in st.scope]
    if len(owners) >= 2 and st.metrics and all(_observed(pack, e, st.metrics[0]) for e in owners):
        rest = tuple(e for e in st.entities if e not in owners)
        return [replace(st, entities=(e, *rest)) for e in owners]
    segments = _MO.split(st.span)[:-1] if len(_MO.findall(st.span)) >= 2 else []
    if not segments and re.search(r"(?i)\bboth\b", st.span):
        both = re.search(r"(?i)\bboth\b(.+?)\band\b(.+)", st.span)
        segments = [both.group(1), both.group(2)] if both else []
    named = [m for m in (_metric_of(s, st.metrics, pack) for s in segments) if m is not None]
    if len(named) >= 2 and len(set(named)) == len(named):
        return [replace(st, metrics=(m,)) for m in named]
    return [st]
