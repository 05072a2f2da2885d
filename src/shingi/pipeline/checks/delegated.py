"""Statements judged on the whole pack: turning point (``turning_point.py``), parity and leap
(``parity.py``), and two countries compared on no named measure (the gap to the other)."""

from __future__ import annotations

import re
from itertools import pairwise

from shingi.model import Check, Pack
from shingi.pack.index import NameHit
from shingi.pipeline import parity, turning_point
from shingi.pipeline.checks.common import _Ctx, invert
from shingi.pipeline.checks.texts import _statement_text
from shingi.pipeline.claims.statement import Statement
from shingi.pipeline.morphology import has_japanese

#: The phrase a parity word names its comparands in: 「韓国や中国に肩を並べる」「フランスと並ぶ」 (the
#: に / と phrase before the word), "on a par with Korea and China", "level with", "as high as",
#: "rivals" (after the word). What it names is what the subject is compared with, never the subject.
_COMPARAND_JA = re.compile(r"(?:に|と)(?:肩を並べ|並ぶ|並ん|匹敵|追いつ|追い付|同水準|同程度)")
_COMPARAND_EN = re.compile(
    r"(?i)\b(?:(?:par|level|pace)\s+with|as\s+[a-z]+\s+as|rival(?:s|led|ling)?|match(?:es|ed|ing)?)\s"
)


def _subject(ctx: _Ctx) -> str | None:
    st, pack = ctx.st, ctx.pack
    countries = [e for e in st.entities if pack.entities[e].kind == "country"]
    if pack.meta.subject and (pack.meta.subject in st.entities or not st.entities):
        return pack.meta.subject
    outside = _outside_comparands(ctx)
    if pack.meta.subject and outside == []:
        # 「（日本の比率は42.8%となり、）韓国や中国に肩を並べる水準になった」: every country named is
        # a comparand; the clause's subject is left out, as when it names none (not Korea)
        return pack.meta.subject
    if outside:
        # 「ウェストランドも韓国に肩を並べる」, "Matching Korea, Westland has caught up": the name said
        # outside the comparand phrase is the subject
        countries = [e for e in outside if pack.entities[e].kind == "country"] or countries
    if countries:
        return countries[0]
    return st.entities[0] if st.entities else pack.meta.subject


def _outside_comparands(ctx: _Ctx) -> list[str] | None:
    """The entities a parity clause names outside its comparand phrase (``_COMPARAND_JA``,
    ``_COMPARAND_EN``), in text order; None when it has no such phrase or names no entity.

    The phrase is one run of names joined by ``_JOIN_JA`` / ``_JOIN_EN`` that ends at the Japanese
    marker (「韓国や中国に肩を並べ」) or starts right after the English one ("on a par with Korea and
    China"). A bare comma joins names only when a later や / と / "and" / "or" closes the list, so
    「ウェストランド、韓国に…」 and "Matching Korea, Westland …" keep Westland as the subject. Any name
    before a Japanese run is outside it when the run follows a は / が / も phrase, and so is
    everything when the clause's own subject is said with は / が before the run."""
    span = ctx.st.span
    hits = sorted(
        (h for h in ctx.index.find_entities(span) if h.id in ctx.st.entities), key=lambda h: h.start
    )
    if not hits:
        return None
    ja = has_japanese(span)
    m = (_COMPARAND_JA if ja else _COMPARAND_EN).search(span)
    if m is None:
        return None
    join = _JOIN_JA if ja else _JOIN_EN
    if ja:
        # walk back from the marker: the last name must end it (unnamed names may follow it:
        # 「韓国や中国に」 with no 中国 in the pack)
        before = [h for h in hits if h.end <= m.start()]
        run: list[NameHit] = []
        if before and _TAIL_JA.fullmatch(span[before[-1].end : m.start()]):
            run = [before[-1]]
            for h in reversed(before[:-1]):
                if not join.fullmatch(span[h.end : run[0].start]):
                    break
                run.insert(0, h)
        if run and re.search(r"[はが]", span[: run[0].start]):
            run = []
    else:
        after = [h for h in hits if h.start >= m.end()]
        run = []
        if after and not span[m.end() : after[0].start].strip():
            run = [after[0]]
            for h in after[1:]:
                if not join.fullmatch(span[run[-1].end : h.start]):
                    break
                run.append(h)
    if run and not _LIST_CLOSED.match(span, run[-1].end):
        # 「韓国、中国や台湾に」「Korea, China and others」 close the list after the last pack name
        run = _close_comma_list(span, run)
    inside = {id(h) for h in run}
    return [h.id for h in hits if id(h) not in inside]


def _close_comma_list(span: str, run: list[NameHit]) -> list[NameHit]:
    """Cut a run of names at the bare commas no later や / と / "and" / "or" closes: 「X、Yに」 and
    "Korea, Westland" name a subject and a comparand, not a list (the Japanese run keeps its
    last name, the English its first)."""
    gaps = [span[a.end : b.start].strip() for a, b in pairwise(run)]
    bare = 0
    while bare < len(gaps) and gaps[len(gaps) - 1 - bare] in {",", "、"}:
        bare += 1
    if not bare:
        return run
    return run[-1:] if has_japanese(span) and bare == len(gaps) else run[: len(run) - bare]


#: What joins the names of one comparand phrase: 「韓国や中国」「韓国と中国」「韓国・中国」「韓国、中国」;
#: "Korea and China", "Korea, China and Japan", "Korea or China".
_JOIN_JA = re.compile(r"\s*(?:や|と|・|、|,|及び|および|ならびに)\s*")
_JOIN_EN = re.compile(r"(?i)\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)")
#: A list closed after its last pack name: 「…、ウェストランドやその他の国に」, "…, Westland and others".
_LIST_CLOSED = re.compile(r"(?i)\s*(?:,\s*)?(?:や|・|及び|および|and\b|or\b|&)")
#: What may stand between the last pack name of a Japanese run and the marker: more names the pack
#: does not know, joined as above (「韓国や中国に」), and 「など」.
_TAIL_JA = re.compile(
    r"(?:(?:や|と|・|、|及び|および)[^はがもをにでの、。や・と\s]{1,12})*(?:など|等|ら)?"
)


def _frontier(ctx: _Ctx, subject: str) -> tuple[str, ...]:
    named = tuple(e for e in ctx.st.entities if e != subject and ctx.pack.entities[e].kind == "country")
    return named or tuple(f for f in ctx.pack.meta.frontier if f != subject)


def _country_gap(st: Statement, pack: Pack) -> bool:
    """A comparison of two countries (exceeds or trails) with no measure and no number."""
    return (
        st.kind == "comparison"
        and not st.metrics
        and not st.numbers
        and bool(st.cues & {"exceed", "trail"})
        and len(st.entities) >= 2
        and all(pack.entities[e].kind == "country" for e in st.entities[:2])
    )


def _delegate(ctx: _Ctx, first_id: int) -> list[Check]:
    st, pack, lang = ctx.st, ctx.pack, ctx.lang
    if st.kind == "turning_point":
        return [turning_point.check_turning_point(pack, st.period, st.span, lang, f"s{first_id}")]
    subject = _subject(ctx)
    if subject is None:
        return [
            Check(
                id=f"s{first_id}",
                kind=st.kind,
                statement=_statement_text(ctx),
                span=st.span,
                reason=ctx.t("パックに主体（subject）がない。", "The pack names no subject to judge."),
            )
        ]
    if st.kind == "leap":
        return parity.check_leap(pack, subject, st.period, st.span, lang, first_id)
    check = parity.check_parity(pack, subject, _frontier(ctx, subject), st.span, lang, f"s{first_id}")
    if "trail" in st.cues:
        # "X still trails the frontier" claims the gap: the opposite of parity
        check.result = invert(check.result)
    return [check]
