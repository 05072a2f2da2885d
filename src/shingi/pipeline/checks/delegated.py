"""Statements judged on the whole pack: turning point (``turning_point.py``), parity and leap
(``parity.py``), and two countries compared on no named measure (the gap to the other)."""

from __future__ import annotations

from shingi.model import Check, Pack
from shingi.pipeline import parity, turning_point
from shingi.pipeline.checks.common import _Ctx, invert
from shingi.pipeline.checks.texts import _statement_text
from shingi.pipeline.claims.statement import Statement


def _subject(ctx: _Ctx) -> str | None:
    st, pack = ctx.st, ctx.pack
    countries = [e for e in st.entities if pack.entities[e].kind == "country"]
    if pack.meta.subject and (pack.meta.subject in st.entities or not st.entities):
        return pack.meta.subject
    if countries:
        return countries[0]
    return st.entities[0] if st.entities else pack.meta.subject


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
