"""The statement's text in the diagnosis language, and the reason a statement stays unknown."""

from __future__ import annotations

from shingi.normalize.quantities import format_quantity
from shingi.pipeline.checks.common import _Ctx
from shingi.pipeline.checks.dimensions import mismatch_reason
from shingi.pipeline.claims.statement import ClaimedNumber


def _statement_text(ctx: _Ctx) -> str:
    """The statement in the diagnosis language: the claim's own words when they are in it,
    else what the statement names (entities, measure, periods, numbers) in that language,
    followed by the claim's words."""
    st = ctx.st
    if st.lang == ctx.lang:
        return st.span
    details: list[str] = []
    if st.entities:
        details.append(("・" if ctx.ja else " / ").join(ctx.ename(e) for e in st.entities))
    if st.metrics and st.kind in ("metric", "share", "comparison", "change", "superlative"):
        details.append(ctx.mname(st.metrics[0]))
    details += [ctx.ptext(p.period) for p in st.periods]
    details += [number_text(n, ctx.lang) for n in st.numbers]
    if st.negated:
        details.append(ctx.t("否定", "negated"))
    head = ("、" if ctx.ja else ", ").join(details)
    quoted = f"「{st.span}」" if ctx.ja else f'"{st.span}"'
    return f"{head}: {quoted}" if head else quoted


_COMPARATOR_WORDS = {
    "about": ("約", "about "),
    "at_least": ("以上", "at least "),
    "more_than": ("超", "more than "),
    "at_most": ("以下", "at most "),
    "less_than": ("未満", "less than "),
    "exactly": ("", ""),
}


def number_text(n: ClaimedNumber, lang: str) -> str:
    """A claimed number in the given language, with its comparator ("約1.6兆円", "at least 7x")."""
    q = format_quantity(n.quantity.value, n.unit, lang)
    ja_word, en_word = _COMPARATOR_WORDS.get(n.comparator, ("", ""))
    if n.comparator == "about" and not n.quantity.approx:
        ja_word, en_word = "", ""
    if n.comparator in ("less_than", "more_than") and n.quantity.approx:
        ja_word, en_word = ("弱", "just under ") if n.comparator == "less_than" else ("強", "just over ")
    if lang == "ja":
        return f"約{q}" if ja_word == "約" else f"{q}{ja_word}"
    return f"{en_word}{q}"


def _unknown_reason(ctx: _Ctx) -> str:
    st = ctx.st
    if not st.entities and not st.metrics and not st.group:
        return ctx.t(
            "この記述はパックの主体・指標のいずれにも言及していない。",
            "The statement names nothing the pack holds (no entity or metric of it).",
        )
    if st.kind in ("event", "plan"):
        return ctx.t("パックにこの記述に合う出来事がない。", "No event in the pack matches this statement.")
    if st.kind == "superlative":
        return ctx.t(
            "パックには順位を決めるだけの比較対象がない。",
            "The pack holds too little to rank it against others.",
        )
    return mismatch_reason(ctx) or ctx.t(
        "パックにこの記述を判定できる値がない。", "The pack holds no value that settles this statement."
    )
