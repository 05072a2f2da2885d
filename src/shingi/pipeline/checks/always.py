"""A value said to hold at every period of a window: 「導入以来、一貫して最大の税目だ」, "has always
been the largest since 2020", 「2020年度以降ずっと1位」 (docs/verdict-rules.md §4.7, "always").

The claim speaks of each period from the window's start to its "now", not only of the latest, so
the claimed figure is compared with every value of the series in the window: one period where it
fails refutes the claim; all holding show it only when the series reaches back to the window's
start (a linguistic reason: "always" quantifies over the whole window)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from shingi.model import Observation, Result
from shingi.pipeline.checks.common import Finding, _Ctx

#: Words that put a value at every period of its window: 一貫して, 常に, 終始, ずっと, "always",
#: "consistently", "ever since"
ALWAYS_WORDS = ("一貫して", "常に", "終始", "ずっと", "always", "consistently", "ever since")
# (the Japanese words anywhere; the English ones whole, in any case, "ever since" with any spacing)
_ALWAYS = re.compile(
    "|".join(re.escape(w) for w in ALWAYS_WORDS if not w.isascii())
    + "|(?i:"
    + "|".join(r"\b" + r"\s+".join(map(re.escape, w.split())) + r"\b" for w in ALWAYS_WORDS if w.isascii())
    + ")"
)


#: A continuative perfect ("has kept making", "has stayed there", 「…を続けてきた」「維持している」):
#: with a window start (since, 以降, 以来) it puts the value at every period of the window as
#: "always" does (a linguistic reason: the aspect says the state lasted through the window; blind
#: round 16d ten-million-since-2018-en, "has kept making roughly 10 million a year since 2018",
#: was a wrong true on the 2018 value alone)
_CONTINUED = re.compile(
    r"続けて(?:きた|きて|いる|おり)|(?:維持|保持)して(?:きた|きて|いる|おり)|保って(?:きた|きて|いる|おり)"
    r"|(?i:\b(?:has|have|had)\s+(?:kept|remained|stayed)\b)"
)


def said_always(span: str, windowed: bool = False) -> bool:
    """Whether the clause puts its value at every period of a window (``ALWAYS_WORDS``; with a
    window start, ``windowed``, a continuative perfect too)."""
    return _ALWAYS.search(span) is not None or (windowed and _CONTINUED.search(span) is not None)


def every_period(
    ctx: _Ctx, ent: str, mid: str, ids: Sequence[str], grade: Callable[[Observation], Finding | None]
) -> Finding | None:
    """The claimed figure against every value of the series from the window's start (the period
    after "since" / 以来 / 以降, else undated) to the claim's date, of the latest value's length.
    ``grade(obs)`` grades one value. None when the clause says no
    "always", says a change, or the window holds fewer than two values."""
    st, pack = ctx.st, ctx.pack
    since = [p.period for p in st.periods if p.role == "since"]
    if not said_always(st.span, bool(since)) or st.cues & {"up", "down"}:
        return None
    if any(p.role not in ("since", "source") for p in st.periods):
        return None  # 「2024年度も一貫して」: a period of its own is the value's, not a window
    now = ctx.as_of
    obs = [pack.observations[i] for i in ids]
    obs = [o for o in obs if o.value is not None and (now is None or o.period.end <= now.end)]
    if not obs:
        return None
    length = max(obs, key=lambda o: o.period.end).period.precision
    start = min((p.start for p in since), default=None)
    window: list[Observation] = sorted(
        (o for o in obs if o.period.precision == length and (start is None or o.period.end >= start)),
        key=lambda o: o.period.start,
    )
    if len(window) < 2:
        return None
    graded = []
    for o in window:
        got = grade(o)
        if got is None:
            return None
        graded.append((o, got))
    who, what = ctx.ename(ent), ctx.mname(mid)
    missed = [(o, f) for o, f in graded if f.result == "fails"]
    if missed:
        o, f = missed[0]
        return Finding(
            "fails",
            ctx.t(
                f"各期に成り立つと言うが、{ctx.ptext(o.period)}には違う: {f.reason}",
                f"Said of every period, but not of {ctx.ptext(o.period)}: {f.reason}",
            ),
            [o.id for o, _ in graded],
            [n for _, g in graded for n in g.numbers],
        )
    span = f"{ctx.ptext(window[0].period)}–{ctx.ptext(window[-1].period)}"
    gap = any((b.period.start - a.period.end).days != 1 for a, b in itertools.pairwise(window))
    unknown = any(f.result == "unknown" for _, f in graded)
    if start is None or window[0].period.start > start or gap or unknown:
        # 「導入以来」 with no date, a series that begins after the window does or misses a period
        # inside it: those periods are not in the pack
        return Finding(
            "unknown",
            ctx.t(
                f"{who}の{what}は{span}の各期に主張どおりだが、期間の始まりまでの値がパックにない。",
                f"{who}'s {what} matches the claim in every period {span}, but the pack has no "
                "values back to the window's start.",
            ),
            [o.id for o, _ in graded],
        )
    worst: Result = "partly" if any(f.result == "partly" for _, f in graded) else "holds"
    return Finding(
        worst,
        ctx.t(
            f"{who}の{what}は{span}の各期に主張どおり。",
            f"{who}'s {what} matches the claim in every period {span}.",
        ),
        [o.id for o, _ in graded],
        [n for _, g in graded for n in g.numbers],
    )
