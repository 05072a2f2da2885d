"""Parity: is the pack's subject on a par with its frontier entities? And the two-part leap check.

The rules are documented in ``docs/parity.md``. In short: every metric of the pack whose
direction is declared (``higher_is_better``; not a category) gives one gap measure, the subject's
value over the best frontier value (``ratio``; 1 = parity, below 1 behind, with
``higher_is_better`` respected). A measure's class is the metric's ``pillar`` (contract 1.1), else
``score``, ``money``, ``rank`` or ``other`` from its kind and unit: never from words in its name.
Parity holds when every measure is within 10 % (or ahead),
is partly true when some are, and fails when none are or most are far behind (ratio < 0.5).
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from typing import Literal

from shingi.model import Check, Entity, Metric, NumberCompared, Observation, Pack, Period, Result
from shingi.normalize.period_names import format_period_text
from shingi.normalize.quantities import format_ratio

#: The class of a gap measure: the metric's pillar (contract 1.1 ``pillar``) when it has one,
#: else one of these, from its kind and unit (never from words in its name).
MeasureClass = str
Status = Literal["ahead", "par", "behind", "far_behind"]
MEASURE_CLASSES: tuple[str, ...] = ("score", "money", "rank", "other")

#: Within 10 % of the best frontier value counts as parity.
PAR_RATIO = 0.9
#: Below half of the best frontier value is far behind.
FAR_RATIO = 0.5
#: A share of the world below this (percent) is a gap even without a frontier value.
TINY_SHARE = 10.0

_MODEL_KINDS = frozenset({"model", "product"})

_MEMO_KEY = "_parity_measures"


@dataclass(frozen=True, slots=True)
class GapMeasure:
    """The gap between the subject and the frontier on one metric.

    ``basis`` says how it was found: ``pair`` (a subject value against the best frontier value of
    the same metric), ``stated_ratio`` (a ``ratio`` metric that states the gap, e.g. JP/US
    investment 0.01) or ``share`` (a tiny share of the world with no frontier value).
    ``ratio`` is the subject's standing: subject / frontier when higher is better, frontier /
    subject when lower is better; None for a ``share`` measure. Values are in ``unit`` (after
    currency conversion, noted in ``conversion``).
    """

    metric: str
    measure_class: MeasureClass
    basis: Literal["pair", "stated_ratio", "share"]
    subject: str
    subject_entity: str
    subject_value: float
    subject_period: str
    frontier: str | None
    frontier_entity: str | None
    frontier_value: float | None
    frontier_period: str | None
    ratio: float | None
    unit: str | None
    status: Status
    evidence: tuple[str, ...]
    sources: tuple[str, ...]
    conversion: str | None = None

    @property
    def at_parity(self) -> bool:
        return self.status in ("ahead", "par")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def classify_metric(metric: Metric, pack: Pack) -> MeasureClass | None:
    """The class of a measure of standing (docs/parity.md), or None for a metric that is not one.

    A measure of standing is a metric with a declared direction (``higher_is_better``), a
    ``score`` or a money amount (more is more, by convention), never a category. Its class is the
    pack's own: the metric's ``pillar`` when the pack gives one; else ``score`` (kind score, or a
    metric observed only on models or products), ``money`` (a currency amount), ``rank``, or
    ``other``. Words in the metric's name play no part.
    """
    if metric.kind == "category":
        return None
    money = metric.kind == "amount" and _is_currency(metric.unit)
    if metric.higher_is_better is None and metric.kind != "score" and not money:
        return None
    if metric.pillar:
        return metric.pillar
    if metric.kind == "rank":
        return "rank"
    if metric.kind == "score" or (
        metric.kind in ("amount", "count", "share") and _observed_on_models(metric, pack)
    ):
        return "score"
    if money:
        return "money"
    return "other"


def _observed_on_models(metric: Metric, pack: Pack) -> bool:
    from shingi.pack.index import EvidenceIndex

    ids = EvidenceIndex.of(pack).observations(metric=metric.id)
    return bool(ids) and all(
        pack.entities[pack.observations[i].entity].kind in _MODEL_KINDS for i in ids
        if pack.observations[i].entity in pack.entities)


def _is_currency(unit: str | None) -> bool:
    return bool(unit) and len(unit or "") == 3 and (unit or "").isalpha() and (unit or "").isupper()


# --- sides ---------------------------------------------------------------------------


def _owner(entity_id: str, pack: Pack, wanted: set[str]) -> str | None:
    """The entity of ``wanted`` this entity is or belongs to (following ``country`` a few hops)."""
    seen = 0
    current: str | None = entity_id
    while current is not None and seen < 4:
        if current in wanted:
            return current
        ent: Entity | None = pack.entities.get(current)
        current = ent.country if ent else None
        seen += 1
    return None


@dataclass(frozen=True, slots=True)
class _Value:
    obs: Observation
    value: float
    unit: str | None
    note: str | None


def _better(a: _Value, b: _Value, higher: bool) -> bool:
    """Is a better than b? Ties go to the smaller id, for a stable choice."""
    if a.value != b.value:
        return a.value > b.value if higher else a.value < b.value
    return a.obs.id < b.obs.id


def _convert(obs: Observation, unit: str | None, pack: Pack) -> _Value | None:
    """The observation's value in ``unit`` (currencies through the pack's fx), or None."""
    if obs.value is None:
        return None
    if unit is None or obs.unit is None or obs.unit == unit:
        return _Value(obs, obs.value.value, obs.unit or unit, None)
    from shingi.normalize.quantities import convert

    converted = convert(obs.value, unit, pack.meta.fx, obs.period.start.year)
    if converted is None:
        return None
    value, note = converted
    return _Value(obs, value, unit, note)


def _target_unit(metric: Metric, observations: list[Observation]) -> str | None:
    units = sorted({o.unit for o in observations if o.unit})
    if len(units) <= 1:
        return units[0] if units else metric.unit
    if all(_is_currency(u) for u in units):
        return "USD"
    return metric.unit or units[0]


# --- measures ------------------------------------------------------------------------


def gap_measures(pack: Pack, subject: str, frontier: tuple[str, ...]) -> list[GapMeasure]:
    """One gap measure per metric of the pack that compares the subject with the frontier.

    Metrics are taken in the pack's order; a metric with no class (``classify_metric``), or with no
    comparable values, gives none. The subject is never its own frontier.
    """
    frontier = tuple(f for f in frontier if f != subject and f in pack.entities)
    if subject not in pack.entities or not frontier:
        return []
    from shingi.pack.index import EvidenceIndex

    memo: dict[tuple[str, tuple[str, ...]], list[GapMeasure]] = vars(EvidenceIndex.of(pack)).setdefault(
        _MEMO_KEY, {})
    key = (subject, tuple(frontier))
    if key not in memo:
        out: list[GapMeasure] = []
        for metric in pack.metrics.values():
            cls = classify_metric(metric, pack)
            if cls is None:
                continue
            measure = _measure(pack, metric, cls, subject, frontier)
            if measure is not None:
                out.append(measure)
        memo[key] = out
    return list(memo[key])


def _measure(pack: Pack, metric: Metric, cls: MeasureClass, subject: str,
             frontier: tuple[str, ...]) -> GapMeasure | None:
    from shingi.pack.index import EvidenceIndex

    index = EvidenceIndex.of(pack)
    all_obs = [pack.observations[i] for i in index.observations(metric=metric.id)]
    all_obs = [o for o in all_obs if o.value is not None]
    if not all_obs or not frontier:
        return None
    if any(o.entity in pack.entities and pack.entities[o.entity].kind in _MODEL_KINDS for o in all_obs):
        # "Japan's best model": a human baseline or an organisation measured alongside models or
        # products is not one of them, so when models are measured only models compete.
        models = [o for o in all_obs
                  if o.entity in pack.entities and pack.entities[o.entity].kind in _MODEL_KINDS]
        all_obs = models or all_obs
    higher = metric.higher_is_better is not False
    if metric.kind == "ratio":
        stated = _stated_ratio(pack, metric, cls, subject, frontier, all_obs, higher)
        if stated is not None:
            return stated
    wanted = {subject, *frontier}
    sides: dict[str, list[Observation]] = {}
    for o in all_obs:
        owner = _owner(o.entity, pack, wanted)
        if owner is not None:
            sides.setdefault(owner, []).append(o)
    subject_obs = sides.get(subject, [])
    frontier_obs = [o for f in frontier for o in sides.get(f, [])]
    if not subject_obs:
        return None
    unit = _target_unit(metric, subject_obs + frontier_obs)
    if not frontier_obs:
        return _tiny_share(pack, metric, cls, subject, subject_obs, unit, higher)
    # Country-level when both the subject and a frontier entity are measured themselves (a series);
    # otherwise the best member of each (the best model of each country).
    direct_s = [o for o in subject_obs if o.entity == subject]
    direct_f = [o for o in frontier_obs if o.entity in frontier]
    if direct_s and direct_f:
        pair = _latest_pair(pack, direct_s, direct_f, unit, higher)
    else:
        pair = _best_pair(pack, subject_obs, frontier_obs, unit, higher)
    if pair is None:
        return None
    s, f = pair
    return _pair_measure(pack, metric, cls, subject, frontier, s, f, higher)


def _values(pack: Pack, observations: list[Observation], unit: str | None) -> list[_Value]:
    out = []
    for o in observations:
        v = _convert(o, unit, pack)
        if v is not None:
            out.append(v)
    return out


def _best(values: list[_Value], higher: bool) -> _Value | None:
    best: _Value | None = None
    for v in values:
        if best is None or _better(v, best, higher):
            best = v
    return best


def _latest_pair(pack: Pack, subject_obs: list[Observation], frontier_obs: list[Observation],
                 unit: str | None, higher: bool) -> tuple[_Value, _Value] | None:
    """The latest period both sides were measured in (same period, else overlapping periods, else
    each side's latest), with the best frontier value of it."""
    sv, fv = _values(pack, subject_obs, unit), _values(pack, frontier_obs, unit)
    if not sv or not fv:
        return None
    by_text_s: dict[str, list[_Value]] = {}
    by_text_f: dict[str, list[_Value]] = {}
    for v in sv:
        by_text_s.setdefault(v.obs.period.text, []).append(v)
    for v in fv:
        by_text_f.setdefault(v.obs.period.text, []).append(v)
    common = [t for t in by_text_s if t in by_text_f]
    if common:
        latest = max(common, key=lambda t: (by_text_s[t][0].obs.period.end,
                                            by_text_s[t][0].obs.period.start, t))
        s, f = _best(by_text_s[latest], higher), _best(by_text_f[latest], higher)
        return (s, f) if s and f else None
    pairs = [(a, b) for a in sv for b in fv if a.obs.period.overlaps(b.obs.period)]
    if pairs:
        end = max(min(a.obs.period.end, b.obs.period.end) for a, b in pairs)
        pairs = [(a, b) for a, b in pairs if min(a.obs.period.end, b.obs.period.end) == end]
        s = _best([a for a, _ in pairs], higher)
        f = _best([b for _, b in pairs], higher)
        return (s, f) if s and f else None
    s_end = max(v.obs.period.end for v in sv)
    f_end = max(v.obs.period.end for v in fv)
    s = _best([v for v in sv if v.obs.period.end == s_end], higher)
    f = _best([v for v in fv if v.obs.period.end == f_end], higher)
    return (s, f) if s and f else None


def _best_pair(pack: Pack, subject_obs: list[Observation], frontier_obs: list[Observation],
               unit: str | None, higher: bool) -> tuple[_Value, _Value] | None:
    """The subject's best member against the frontier's best member, over every period held."""
    s = _best(_values(pack, subject_obs, unit), higher)
    f = _best(_values(pack, frontier_obs, unit), higher)
    return (s, f) if s and f else None


def _status(ratio: float) -> Status:
    if ratio > 1.0:
        return "ahead"
    if ratio >= PAR_RATIO:
        return "par"
    if ratio >= FAR_RATIO:
        return "behind"
    return "far_behind"


def _sources(pack: Pack, observations: list[Observation]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for o in observations:
        for s in o.source:
            seen.setdefault(s, None)
    return tuple(seen)


def _frontier_country(pack: Pack, entity_id: str, frontier: tuple[str, ...]) -> str | None:
    return _owner(entity_id, pack, set(frontier))


def _pair_measure(pack: Pack, metric: Metric, cls: MeasureClass, subject: str, frontier: tuple[str, ...],
                  s: _Value, f: _Value, higher: bool) -> GapMeasure | None:
    if higher:
        ratio = s.value / f.value if f.value else (math.inf if s.value > 0 else 1.0)
    else:
        ratio = f.value / s.value if s.value else (math.inf if f.value > 0 else 1.0)
    if not math.isfinite(ratio) or ratio < 0:
        return None  # a zero or negative baseline gives no meaningful standing
    notes = [n for n in (s.note, f.note) if n]
    return GapMeasure(
        metric=metric.id, measure_class=cls, basis="pair", subject=subject,
        subject_entity=s.obs.entity, subject_value=s.value, subject_period=s.obs.period.text,
        frontier=_frontier_country(pack, f.obs.entity, frontier), frontier_entity=f.obs.entity,
        frontier_value=f.value, frontier_period=f.obs.period.text,
        ratio=round(ratio, 6), unit=s.unit, status=_status(ratio),
        evidence=(s.obs.id, f.obs.id), sources=_sources(pack, [s.obs, f.obs]),
        conversion="; ".join(dict.fromkeys(notes)) or None,
    )


def _tiny_share(pack: Pack, metric: Metric, cls: MeasureClass, subject: str, subject_obs: list[Observation],
                unit: str | None, higher: bool) -> GapMeasure | None:
    """A share of the world below 10 % is a gap on its own (nobody at the frontier holds so little)."""
    if not higher or not (metric.kind == "share" or unit == "%"):
        return None
    own = [o for o in subject_obs if o.entity == subject] or subject_obs
    values = _values(pack, own, unit)
    if not values:
        return None
    end = max(v.obs.period.end for v in values)
    latest = _best([v for v in values if v.obs.period.end == end], True)
    if latest is None:
        return None
    share = latest.value * 100 if unit != "%" and latest.value <= 1 else latest.value
    if share >= TINY_SHARE:
        return None
    return GapMeasure(
        metric=metric.id, measure_class=cls, basis="share", subject=subject,
        subject_entity=latest.obs.entity, subject_value=latest.value, subject_period=latest.obs.period.text,
        frontier=None, frontier_entity=None, frontier_value=None, frontier_period=None, ratio=None,
        unit=unit, status="far_behind", evidence=(latest.obs.id,), sources=_sources(pack, [latest.obs]),
    )


def _stated_ratio(pack: Pack, metric: Metric, cls: MeasureClass, subject: str, frontier: tuple[str, ...],
                  observations: list[Observation], higher: bool) -> GapMeasure | None:
    """A ``ratio`` metric that names a frontier entity states the gap itself (JP/US = 0.01).

    The entity named first in the metric's name is the numerator ("JP/US", "US/JP"); when only
    one side is named, the observed entity is the numerator.
    """
    from shingi.pack.index import EvidenceIndex

    index = EvidenceIndex.of(pack)
    named_frontier: str | None = None
    subject_first: bool | None = None
    for name in metric.names:
        positions: dict[str, int] = {}
        for hit in index.find_entities(name):
            owner = _owner(hit.id, pack, {subject, *frontier})
            if owner is not None:
                positions.setdefault(owner, hit.start)
        fr = [f for f in frontier if f in positions]
        if fr and named_frontier is None:
            named_frontier = min(fr, key=lambda f: positions[f])
        if fr and subject in positions and subject_first is None:
            subject_first = positions[subject] < positions[min(fr, key=lambda f: positions[f])]
    if named_frontier is None:
        return None
    own = [o for o in observations if _owner(o.entity, pack, {subject, named_frontier}) is not None]
    if not own:
        return None
    latest = max(own, key=lambda o: (o.period.end, o.sort_key))
    value = latest.value.value if latest.value else 0.0
    on_subject = _owner(latest.entity, pack, {subject, named_frontier}) == subject
    numerator_is_subject = subject_first if subject_first is not None else on_subject
    if value <= 0:
        return None
    standing = value if numerator_is_subject else 1 / value
    if not higher:
        standing = 1 / standing
    return GapMeasure(
        metric=metric.id, measure_class=cls, basis="stated_ratio", subject=subject,
        subject_entity=latest.entity, subject_value=value, subject_period=latest.period.text,
        frontier=named_frontier, frontier_entity=named_frontier, frontier_value=None, frontier_period=None,
        ratio=round(standing, 6), unit=latest.unit or "x", status=_status(standing),
        evidence=(latest.id,), sources=_sources(pack, [latest]),
    )


# --- the checks ----------------------------------------------------------------------


def check_parity(pack: Pack, subject: str, frontier: tuple[str, ...], span: str, lang: str, check_id: str,
                 measures: frozenset[str] | None = None) -> Check:
    """Check "``subject`` is on a par with ``frontier``" on the measures the pack holds.

    ``measures`` keeps only some measures: class names (pillar ids, score, money, rank, other)
    and/or metric ids. holds: at parity (within 10 % or ahead) on every measure; partly: on some, and
    not far behind on most; fails: on none, or far behind (ratio < 0.5) on most; unknown: no
    frontier, or no comparable measure. ``score`` is the geometric mean of the ratios.
    """
    ja = lang == "ja"
    subject_name = _entity_name(pack, subject, lang)
    frontier = tuple(f for f in frontier if f != subject)
    frontier_names = ("・" if ja else ", ").join(_entity_name(pack, f, lang) for f in frontier)
    statement = (f"{subject_name}は最前線（{frontier_names or '不明'}）と同水準にある" if ja else
                 f"{subject_name} is on a par with the frontier ({frontier_names or 'unknown'})")
    check = Check(id=check_id, kind="parity", statement=statement, span=span)
    if not frontier:
        check.reason = ("パックに比較対象（frontier）がなく、最前線との差を測れない" if ja else
                        "the pack names no frontier entities to compare with")
        return check
    if subject not in pack.entities:
        check.reason = (f"パックに「{subject}」という主体がない" if ja else
                        f"the pack has no entity '{subject}'")
        return check
    found = [m for m in gap_measures(pack, subject, frontier)
             if measures is None or m.measure_class in measures or m.metric in measures]
    if not found:
        check.reason = ("パックに最前線と比べられる（向きの決まった）指標がない" if ja else
                        "the pack holds no measure with a direction (higher_is_better) comparable "
                        "with the frontier")
        return check
    n = len(found)
    par = sum(m.at_parity for m in found)
    far = sum(m.status == "far_behind" for m in found)
    result: Result
    if par == n:
        result = "holds"
    elif par == 0 or 2 * far > n:
        result = "fails"
    else:
        result = "partly"
    check.result = result
    ratios = [m.ratio for m in found if m.ratio is not None and m.ratio > 0]
    if ratios:
        check.score = round(math.exp(sum(math.log(r) for r in ratios) / len(ratios)), 6)
    check.numbers = [_number(pack, m, lang) for m in found]
    evidence: dict[str, None] = {}
    sources: dict[str, None] = {}
    for m in found:
        for e in m.evidence:
            evidence.setdefault(e, None)
        for s in m.sources:
            sources.setdefault(s, None)
    check.evidence = list(evidence)
    check.sources = list(sources)
    details = ("；" if ja else "; ").join(_measure_text(pack, m, lang) for m in found)
    if ja:
        head = {"holds": f"{n}指標すべてで最前線の90%以上", "partly": f"{n}指標中{par}指標で最前線と同水準",
                "fails": f"{n}指標中{far}指標で大差（比0.5未満）、同水準は{par}指標"}[result]
        check.reason = f"{head}。{details}"
    else:
        head = {"holds": f"within 10 % of the frontier or ahead on all {n} measures",
                "partly": f"on a par on {par} of {n} measures",
                "fails": f"far behind (ratio < 0.5) on {far} of {n} measures, on a par on {par}"}[result]
        check.reason = f"{head}: {details}"
    return check


def check_leap(pack: Pack, subject: str, period: Period | None, span: str, lang: str,
               first_id: int) -> list[Check]:
    """A leap claim's two statements: momentum (a turning point at ``period``) and parity.

    Returns ``[momentum, parity]`` with ids ``s{first_id}`` and ``s{first_id + 1}``.
    """
    from shingi.pipeline.turning_point import check_turning_point

    momentum = check_turning_point(pack, period, span, lang, f"s{first_id}")
    parity = check_parity(pack, subject, pack.meta.frontier, span, lang, f"s{first_id + 1}")
    return [momentum, parity]


# --- text ----------------------------------------------------------------------------


def _entity_name(pack: Pack, entity_id: str | None, lang: str) -> str:
    if entity_id is None:
        return ""
    ent = pack.entities.get(entity_id)
    return ent.name(lang) if ent else entity_id


def measure_label(pack: Pack, m: GapMeasure, lang: str) -> str:
    """What a measure compares, with entities by name: "private investment Japan / United States",
    "exam score: 日本の最良モデル / 米国の最良モデル"."""
    metric = pack.metrics[m.metric]
    name = metric.name(lang)
    subject = _entity_name(pack, m.subject, lang)
    frontier = _entity_name(pack, m.frontier, lang)
    if m.basis == "share":
        return f"{name}（{subject}）" if lang == "ja" else f"{name} ({subject})"
    if m.basis == "stated_ratio":
        return f"{name}（{subject} / {frontier}）" if lang == "ja" else f"{name} ({subject} / {frontier})"
    members = m.subject_entity != m.subject
    if members:
        kind = _member_word(pack, m.subject_entity, lang)
        if lang == "ja":
            return f"{name}：{subject}の最良{kind} / {frontier}の最良{kind}"
        return f"{name}: {_possessive(subject)} best {kind} / {_possessive(frontier)} best {kind}"
    return f"{name}（{subject} / {frontier}）" if lang == "ja" else f"{name} ({subject} / {frontier})"


def _possessive(name: str) -> str:
    """English possessive of a name: Japan's, the United States'."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _member_word(pack: Pack, entity_id: str, lang: str) -> str:
    kind = pack.entities[entity_id].kind if entity_id in pack.entities else "other"
    words = {"model": ("モデル", "model"), "company": ("企業", "company"), "product": ("製品", "product")}
    ja, en = words.get(kind, ("主体", "entity"))
    return ja if lang == "ja" else en


def _fmt(value: float, unit: str | None, lang: str) -> str:
    from shingi.normalize.quantities import format_quantity

    return format_quantity(value, unit, lang)


def _number(pack: Pack, m: GapMeasure, lang: str) -> NumberCompared:
    label = measure_label(pack, m, lang)
    if m.basis == "share":
        return NumberCompared(label, None, "", m.subject_value, m.unit, m.evidence, "about", None)
    return NumberCompared(label, None, "", float(m.ratio or 0.0), "x", m.evidence, "about",
                          _values_note(pack, m, lang))


def conversion_note(pack: Pack, m: GapMeasure, lang: str) -> str | None:
    """``m.conversion`` worded in ``lang``: the same conversions of its evidence through the
    pack's fx, in Japanese for a Japanese report (the measure itself is language-free)."""
    if not m.conversion or m.basis != "pair" or lang == "en":
        return m.conversion
    from shingi.normalize.quantities import convert

    notes = []
    for oid in m.evidence:
        obs = pack.observations.get(oid)
        if obs is None or obs.value is None or obs.unit is None or m.unit is None or obs.unit == m.unit:
            continue
        got = convert(obs.value, m.unit, pack.meta.fx, obs.period.start.year, lang)
        if got is not None and got[1]:
            notes.append(got[1])
    return "; ".join(dict.fromkeys(notes)) or m.conversion


def _values_note(pack: Pack, m: GapMeasure, lang: str) -> str | None:
    """The values behind a ratio, with the conversion used, so every number is traced."""
    if m.basis == "stated_ratio":
        return m.conversion
    s_name = _entity_name(pack, m.subject_entity, lang)
    f_name = _entity_name(pack, m.frontier_entity, lang)
    s_when = format_period_text(m.subject_period, lang)
    f_when = format_period_text(m.frontier_period, lang)
    text = (f"{s_name} {_fmt(m.subject_value, m.unit, lang)} ({s_when}) / "
            f"{f_name} {_fmt(m.frontier_value or 0.0, m.unit, lang)} ({f_when})")
    conversion = conversion_note(pack, m, lang)
    return text + (f"; {conversion}" if conversion else "")


def _measure_text(pack: Pack, m: GapMeasure, lang: str) -> str:
    ja = lang == "ja"
    label = measure_label(pack, m, lang)
    if m.basis == "share":
        share = _fmt(m.subject_value, m.unit, lang)
        when = format_period_text(m.subject_period, lang)
        return (f"{label} = {share}（{when}、世界の{TINY_SHARE:g}%未満）" if ja else
                f"{label} = {share} ({when}, under {TINY_SHARE:g} % of the world)")
    ratio = format_ratio(m.ratio or 0.0, lang)
    if m.basis == "stated_ratio":
        when = format_period_text(m.subject_period, lang)
        return f"{label} = {ratio}（{when}）" if ja else f"{label} = {ratio} ({when})"
    note = _values_note(pack, m, lang)
    return f"{label} = {ratio}（{note}）" if ja else f"{label} = {ratio} ({note})"


