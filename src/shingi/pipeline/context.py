"""The claim's context: when it was said (``as_of``, its "now") and by whom.

A claim is judged as of a date (contract 1.1): its ``said_on`` in the pack's claims, or
``--as-of`` on the command line. Words like now, currently, 現在 and "the latest figure" are read
against it, and evidence dated after it does not decide the verdict (it may be shown as what
happened next); so does a figure of a period still running at it. Without a date, "now" is the
date of the pack's latest evidence.

``claim_context`` builds the context; ``known_at`` gives the pack as it stood at ``as_of`` (the
evidence dated after it set aside), which is what the pipeline's steps then read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from shingi.model import Event, InputError, Metric, Observation, Pack, Period
from shingi.normalize.periods import parse_period


@dataclass(frozen=True, slots=True)
class ClaimContext:
    """What a claim is judged against besides its text.

    ``now`` is the claim's present: ``as_of`` when given, else the pack's latest evidence date
    (None for a pack with no dated evidence). ``as_of`` is the date given (said_on, --as-of).
    """

    now: Period | None
    as_of: Period | None = None
    speaker: str | None = None
    claim_id: str | None = None
    #: the whole pack, later evidence included: see :meth:`later_events`
    full_pack: Pack | None = field(default=None, compare=False, repr=False)

    @property
    def dated(self) -> bool:
        """Whether the claim was given a date (``said_on`` or ``--as-of``)."""
        return self.as_of is not None

    def later_events(self) -> tuple[Event, ...]:
        """The events dated after ``as_of`` (what happened next): they decide nothing of their own,
        but an act completed only after the claim was made shows it had not been by then (§4.15
        "Act agreement"). Read on demand: a scan of the whole pack, not made for every claim."""
        if self.full_pack is None or self.as_of is None:
            return ()
        pack, as_of = self.full_pack, self.as_of
        return tuple(e for e in pack.events.values() if _event_after(pack, e, as_of))


def as_of_period(value: Period | str | None, pack: Pack | None = None) -> Period | None:
    """A date given on the command line or in code as a Period (``2023-11-02``, ``2024-Q1``,
    ``FY2024`` in the pack's fiscal year); InputError for text that is no period."""
    if value is None or isinstance(value, Period):
        return value
    try:
        return parse_period(str(value), pack.meta.fiscal_year if pack else None)
    except ValueError as exc:
        raise InputError(f"--as-of: {exc}") from None


_LATEST = "_latest_evidence_date"


def latest_evidence_date(pack: Pack) -> Period | None:
    """The period of the pack's latest evidence (events and observations): the one that ends
    last, the most precise on a tie. Worked out once per pack (kept with its evidence index)."""
    from shingi.pack.index import EvidenceIndex

    index = EvidenceIndex.of(pack)
    if not hasattr(index, _LATEST):
        periods = [e.date for e in pack.events.values()] + [o.period for o in pack.observations.values()]
        latest = max(periods, key=lambda p: (p.end, -p.days, p.text)) if periods else None
        setattr(index, _LATEST, latest)
    found: Period | None = getattr(index, _LATEST)
    return found


def claim_context(
    pack: Pack,
    claim_text: str,
    as_of: Period | str | None = None,
    speaker: str | None = None,
) -> ClaimContext:
    """The context of a claim: ``as_of`` and ``speaker`` when given, else the ``said_on`` and
    ``speaker`` of the pack's claim with the same text, if any."""
    as_of_p = as_of_period(as_of, pack)
    text = " ".join(claim_text.split())
    claim = next((c for c in pack.claims.values() if " ".join(c.text.split()) == text), None)
    if claim is not None:
        as_of_p = as_of_p or claim.said_on
        speaker = speaker or claim.speaker
    now = as_of_p or latest_evidence_date(pack)
    return ClaimContext(now, as_of_p, speaker, claim.id if claim else None, pack)


def after(period: Period, as_of: Period) -> bool:
    """Whether something dated ``period`` lies wholly after ``as_of`` (it was not yet known)."""
    return period.start > as_of.end


def _event_after(pack: Pack, event: Event, as_of: Period) -> bool:
    """An event not yet known at ``as_of``. A plan is dated by what it plans for (Rapidus's
    FY2027 mass production): it was known once announced, so it stays unless every source that
    gives a publication date was published after ``as_of``."""
    if not after(event.date, as_of):
        return False
    if event.kind != "plan":
        return True
    dates = [s.published for i in event.source if (s := pack.sources.get(i)) is not None and s.published]
    return bool(dates) and all(after(d, as_of) for d in dates)


def out_by(pack: Pack, obs: Observation, as_of: Period) -> bool:
    """Whether a figure could be known at ``as_of``: its period had ended by then (a figure of a
    period still running is not yet a fact: the 2025 inflation rate is not known on 15 January
    2025, nor January's), or a source of it was published by then — a projection ("約6300万人 in
    2100", published in 2024) is known once published, like a plan (a stated reason: what a
    source says is known when it says it). A claim date that is itself a period (a month, a
    year) counts to its end: a quarter of 2025 is known "in 2025", a year is not "in January"."""
    if obs.period.end <= as_of.end:
        return True
    return any(
        (s := pack.sources.get(i)) is not None and s.published is not None and not after(s.published, as_of)
        for i in obs.source
    )


def read_at_points(metric: Metric) -> bool:
    """Whether a measure is a reading at a point in time rather than a total over its period: a
    price or any rate kept ``A/B``, a ``%``, a share, ratio, score or rank (a month's value of a
    plain amount or count, monthly exports, adds up over the month)."""
    unit = metric.unit or ""
    return "/" in unit or unit == "%" or metric.kind in ("share", "ratio", "score", "rank")


def _kept_while_running(pack: Pack, obs: Observation, as_of: Period) -> bool:
    """Whether a figure of a running month, quarter or half the claim names ("this month", 今月)
    may stand at ``as_of``: not when every source of it was published later
    (:func:`published_after`); with no source out by then, only a price or rate kept ``A/B``,
    which someone sets and is known once set (an administered price set this month). A month's
    total (exports) or a surveyed rate (unemployment, inflation: a ``%``) is known only after its
    month (review session 26 F2, F12). A running year the claim names keeps its figures ("this
    year's wage round", 「2025年の春闘」: the year's outcome is what the claim speaks of)."""
    if obs.period.precision not in ("month", "quarter", "half"):
        return True
    if published_after(pack, obs, as_of):
        return False
    metric = pack.metrics.get(obs.metric)
    return metric is None or "/" in (metric.unit or "")


def published_after(pack: Pack, obs: Observation, as_of: Period) -> bool:
    """Whether every source of a figure was published after ``as_of`` (each gives a date): the
    figure, in the words those sources give it, was not out yet."""
    dates = [s.published for i in obs.source if (s := pack.sources.get(i)) is not None]
    return bool(dates) and all(d is not None and after(d, as_of) for d in dates)


#: The words a measure's name adds to another's to name it as first published ("Net migration (first
#: published estimate)", 「純移民(初回推計)」, "…, provisional estimate"): a vintage of the same measure.
_VINTAGE_WORDS_EN = frozenset({
    "first", "published", "initial", "initially", "preliminary", "provisional", "advance", "flash",
    "original", "originally", "estimate", "estimates", "estimated", "release", "released", "reported",
    "as", "figure", "figures", "value", "values", "the",
})
_VINTAGE_MARKS_EN = frozenset({
    "first", "initial", "initially", "preliminary", "provisional", "advance", "flash", "original",
    "originally",
})
_VINTAGE_JA = re.compile(r"^(?:速報|初回|当初|暫定|第?一次)(?:推計|公表|集計|発表)?(?:値|分)?$")
_NAME_PUNCT = re.compile(r"[\s,、:：;()（）\[\]【】「」・/-]+")


def _vintage_of(name: str | None, other: str | None) -> bool:
    """Whether ``name`` is ``other`` plus words that say "as first published" (a linguistic
    reason: 速報, "first estimate", "provisional" name a vintage of a figure, not another thing)."""
    if not name or not other or len(name) <= len(other) or not name.casefold().startswith(other.casefold()):
        return False
    rest = name[len(other):]
    if rest[:1].isalnum() and other[-1:].isascii():
        return False  # "Net migrations": the name goes on, it adds no words
    words = [w for w in _NAME_PUNCT.split(rest) if w]
    if not words:
        return False
    if all(w.isascii() for w in words):
        folded = [w.casefold() for w in words]
        return all(w in _VINTAGE_WORDS_EN for w in folded) and any(w in _VINTAGE_MARKS_EN for w in folded)
    return len(words) == 1 and bool(_VINTAGE_JA.match(words[0]))


def vintage_groups(pack: Pack) -> dict[str, frozenset[str]]:
    """The measures of the pack kept in vintages: each measure whose name is another's plus "first
    estimate" (or 速報, provisional …) with that other, by metric id. A pack that keeps a measure's
    first estimates apart tells that its other figures are revisions, each known when published."""
    cache = pack.views_cache
    found = cache.get("_vintage_groups")
    if isinstance(found, dict):
        return found
    # each measure by its names (a vintage's name starts with the other's): the pairs are found by
    # the prefixes of each name, not by every pair of measures
    order = {m: i for i, m in enumerate(pack.metrics)}
    named: dict[str, list[str]] = {}
    for metric in pack.metrics.values():
        for n in {metric.name_en, metric.name_ja}:
            if n:
                named.setdefault(n.casefold(), []).append(metric.id)
    groups: dict[str, set[str]] = {}
    for b in pack.metrics.values():
        near = {
            i for n in (b.name_en, b.name_ja) if n for cut in range(1, len(n))
            for i in named.get(n[:cut].casefold(), ())
        }
        for a in sorted((pack.metrics[i] for i in near), key=lambda x: order[x.id]):
            if a.id != b.id and (_vintage_of(b.name_en, a.name_en) or _vintage_of(b.name_ja, a.name_ja)):
                group = groups.get(a.id) or groups.get(b.id) or set()
                group |= {a.id, b.id}
                for m in group:
                    groups[m] = group
    out = {m: frozenset(g) for m, g in groups.items()}
    cache["_vintage_groups"] = out
    return out


def _later_vintages(pack: Pack, as_of: Period) -> set[str]:
    """Figures of a period over by ``as_of`` that were published only after it, when the pack keeps
    vintages of their measure: another figure of the same entity, measure and period published by
    then (a first estimate beside its revision), or a measure kept apart as first published
    (:func:`vintage_groups`). The figure known at ``as_of`` decides; a revision published later is
    what came next (contract: evidence dated later does not decide). A lone figure published later
    stays: packs cite later sources for earlier periods, and it is the only figure held."""
    groups = vintage_groups(pack)
    known: set[tuple[str, str, object, object]] = set()
    late: list[Observation] = []
    for o in pack.observations.values():
        if o.period.end > as_of.end:
            continue
        if published_after(pack, o, as_of):
            late.append(o)
        else:
            known.add((o.entity, o.metric, o.period.start, o.period.end))
    return {
        o.id for o in late
        if o.metric in groups or (o.entity, o.metric, o.period.start, o.period.end) in known
    }


@dataclass(frozen=True, slots=True)
class _Standing:
    """The pack as it stood at a date, worked out once per (pack, date): ``view`` (the pack
    itself when nothing is later) and the later evidence by what it is about, each id with its
    place in the pack's order: observations by (entity, metric), events by (actors, kind)."""

    view: Pack
    later_observations: dict[tuple[str, str], list[tuple[int, str]]]
    later_events: dict[tuple[tuple[str, ...], str], list[tuple[int, str]]]


def running(periods: Iterable[Period], as_of: Period | None) -> frozenset[tuple[date, date]]:
    """The periods among ``periods`` (those a claim names) begun but not ended at ``as_of``."""
    if as_of is None:
        return frozenset()
    return frozenset((p.start, p.end) for p in periods if p.start <= as_of.end < p.end)


def _standing(pack: Pack, as_of: Period, named: frozenset[tuple[date, date]] = frozenset()) -> _Standing:
    """The pack's standing at ``as_of``, cached on the pack. What is later depends only on the
    date's end, so the cache is keyed by it (``2024-06`` and ``2024-06-30`` share one view), and
    by the running periods the claim names: a figure of such a period is what the claim speaks
    of ("this year's wage round", 「2025年の春闘」), so it stays though its period is not over —
    a month's or quarter's not when every source of it was published after the date, nor when it
    is the total of an amount or count (:func:`_kept_while_running`): "exports rose this month",
    said on 20 March, is not decided by March's exports published on 17 April (``said_on``)."""
    key = "|".join([as_of.end.isoformat(), *sorted(f"{a}/{b}" for a, b in named)])
    cache = pack.views_cache
    found = cache.get(key)
    if isinstance(found, _Standing):
        return found
    late_events = {i for i, e in pack.events.items() if _event_after(pack, e, as_of)}
    late_obs = {
        i
        for i, o in pack.observations.items()
        if not out_by(pack, o, as_of)
        and (
            after(o.period, as_of) or (o.period.start, o.period.end) not in named
            # a figure of a running period the claim names ("this year's wage round", 今月) stands,
            # a month's or quarter's unless its sources came out later or it is a total the period
            # has not finished
            or not _kept_while_running(pack, o, as_of)
        )
    } | _later_vintages(pack, as_of)
    view = pack
    if late_events or late_obs:
        view = replace(
            pack,
            events={i: e for i, e in pack.events.items() if i not in late_events},
            observations={i: o for i, o in pack.observations.items() if i not in late_obs},
            index_cache=None,
            views_cache={},
        )
    by_series: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for n, (i, o) in enumerate(pack.observations.items()):
        if i in late_obs:
            by_series.setdefault((o.entity, o.metric), []).append((n, o.id))
    by_act: dict[tuple[tuple[str, ...], str], list[tuple[int, str]]] = {}
    for n, (i, e) in enumerate(pack.events.items()):
        if i in late_events:
            by_act.setdefault((e.actors, e.kind), []).append((n, e.id))
    standing = _Standing(view, by_series, by_act)
    cache[key] = standing
    return standing


def known_at(pack: Pack, as_of: Period | None, named: frozenset[tuple[date, date]] = frozenset()) -> Pack:
    """The pack as it stood at ``as_of``: events dated after it and figures not out by then
    (:func:`out_by`) set aside (they do not decide what was true when the claim was made), except
    plans announced by then, and figures of the running periods ``named`` by the claim
    (:func:`running`). The same pack when nothing is later. Views are cached on the pack."""
    if as_of is None:
        return pack
    return _standing(pack, as_of, named).view


def later_evidence(
    pack: Pack, as_of: Period | None, used: list[str], named: frozenset[tuple[date, date]] = frozenset()
) -> list[str]:
    """Evidence dated after ``as_of`` on what the verdict used (the same entity and metric as
    an observation used, the same actors and kind as an event used): what happened next, the
    observations then the events, each in the pack's order."""
    if as_of is None:
        return []
    standing = _standing(pack, as_of, named)
    series = {(o.entity, o.metric) for i in used if (o := pack.observations.get(i)) is not None}
    acts = {(e.actors, e.kind) for i in used if (e := pack.events.get(i)) is not None}
    obs = sorted(x for k in series for x in standing.later_observations.get(k, ()))
    events = sorted(x for k in acts for x in standing.later_events.get(k, ()))
    return [i for _, i in obs] + [i for _, i in events]
