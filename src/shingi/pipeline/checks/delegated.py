"""Statements judged on the whole pack: turning point (``turning_point.py``), parity and leap
(``parity.py``), and two countries compared on no named measure (the gap to the other)."""

from __future__ import annotations

import re

from shingi.model import Check, Pack
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
    if pack.meta.subject and _comparands_only(ctx):
        # 「（日本の比率は42.8%となり、）韓国や中国に肩を並べる水準になった」: every country named is
        # a comparand; the clause's subject is left out, as when it names none (not Korea)
        return pack.meta.subject
    if countries:
        return countries[0]
    return st.entities[0] if st.entities else pack.meta.subject


def _comparands_only(ctx: _Ctx) -> bool:
    """Whether every entity a parity clause names stands in its comparand phrase (``_COMPARAND_JA``,
    ``_COMPARAND_EN``) and the clause names no subject before it (no は / が in Japanese)."""
    span = ctx.st.span
    hits = [h for h in ctx.index.find_entities(span) if h.id in ctx.st.entities]
    if not hits:
        return False
    first = min(h.start for h in hits)
    if has_japanese(span):
        m = _COMPARAND_JA.search(span)
        return m is not None and first < m.start() and not re.search(r"[はが]", span[: m.start()])
    m = _COMPARAND_EN.search(span)
    return m is not None and m.end() <= first


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
