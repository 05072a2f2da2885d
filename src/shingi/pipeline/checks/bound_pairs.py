"""A range held as two measures (docs/verdict-rules.md §4.4, "A range held as two measures"): the
contract has no range value, so a pack writes a range ("4〜5割程度", "74,810 to 191,285") as two
metrics whose names differ only by a bound word — 下限 / 上限, 最小 / 最大, 最低 / 最高, lower /
upper, minimum / maximum, lowest / highest, min / max. A claim that gives one figure for such a range
("the target is 50 %") states one end of it, or a point inside it, not the whole (a linguistic
reason: the pair names one quantity known only to lie between its two values); a claim that gives a
range ("4〜5割", "36-38%") states both ends."""

from __future__ import annotations

import re

from shingi.model import Metric, Observation, Pack

#: the bound words of a measure's name: (pattern, side)
_LOW_WORDS = r"下限|最小|最低|lower|minimum|lowest|min"
_HIGH_WORDS = r"上限|最大|最高|upper|maximum|highest|max"
_BOUND_WORD = re.compile(rf"(?i)(?:(?P<low>{_LOW_WORDS})|(?P<high>{_HIGH_WORDS}))(?![a-z])")
#: bound words in the claim: it names one end of the range (or bounds the value) itself
SAYS_A_BOUND = re.compile(
    r"(?i)上限|下限|最大|最小|最低|最高|以上|以下|未満|\b(?:upper|lower|maximum|minimum|max|min|"
    r"at\s+(?:least|most)|up\s+to|as\s+(?:much|many|high|low)\s+as|top\s+end|bottom\s+end)\b"
)


def _key_and_side(name: str) -> tuple[str, str] | None:
    """The name with its one bound word taken out, and the side it names; None without exactly one."""
    found = list(_BOUND_WORD.finditer(name))
    if len(found) != 1:
        return None
    m = found[0]
    side = "low" if m.group("low") else "high"
    key = re.sub(r"\s+", " ", (name[: m.start()] + name[m.end() :]).casefold()).strip()
    return key, side


def _keys(metric: Metric) -> list[tuple[str, str]]:
    return [ks for name in (metric.name_ja, metric.name_en) if name and (ks := _key_and_side(name))]


def _partners(pack: Pack) -> dict[str, tuple[str, str]]:
    """Each bound measure of a pair: (the other measure's id, its own side); built once per pack."""
    cached = pack.views_cache.get("_bound_pairs")
    if cached is not None:
        return cached
    by_key: dict[tuple[str, str], list[str]] = {}
    for mid, metric in pack.metrics.items():
        for key, side in _keys(metric):
            by_key.setdefault((key, side), []).append(mid)
    out: dict[str, tuple[str, str]] = {}
    for (key, side), mids in by_key.items():
        other = by_key.get((key, "high" if side == "low" else "low"), [])
        if len(mids) == 1 and len(other) == 1 and mids[0] != other[0]:
            a, b = mids[0], other[0]
            if pack.metrics[a].unit == pack.metrics[b].unit and (
                a not in out or out[a] == (b, side)
            ):
                out[a] = (b, side)
    pack.views_cache["_bound_pairs"] = out
    return out


_BRACKET = re.compile(r"\s*[(（][^)）]*[)）]")


def range_names(pack: Pack, metric: Metric) -> list[str]:
    """The names of the range a bound measure of a pair is one end of: its names with the bound
    word taken out, or the bracketed note that holds it ("excess deaths (lower bound)", "lower
    excess deaths", 「超過死亡数（下限）」 -> "excess deaths", 「超過死亡数」), so that a claim naming
    the quantity without a bound word ("excess deaths were about 150,000") links to the pair
    (a linguistic reason, as the module's). Empty for a measure of no pair."""
    if metric.id not in _partners(pack):
        return []
    out = []
    for name in (metric.name_ja, metric.name_en):
        if not name or _key_and_side(name) is None:
            continue
        m = _BOUND_WORD.search(name)
        assert m is not None
        note = next((b for b in _BRACKET.finditer(name) if b.start() <= m.start() < b.end()), None)
        bare = name[: note.start()] + name[note.end() :] if note else name[: m.start()] + name[m.end() :]
        bare = re.sub(r"\s+", " ", bare).strip(" -–_/・")
        if bare and bare != name:
            out.append(bare)
    return out


def partner_value(pack: Pack, mid: str, ent: str, one: Observation, ids: list[str]) -> tuple[
    str, Observation
] | None:
    """The other bound's observation of the same entity and period as ``one`` (``ids``: the
    observations of the entity), and the other measure's id; None when ``mid`` is no bound of a
    pair or the other has no value then."""
    pair = _partners(pack).get(mid)
    if pair is None or one.value is None:
        return None
    other = pair[0]
    for oid in ids:
        o = pack.observations.get(oid)
        if o is not None and o.metric == other and o.entity == ent and o.period == one.period and o.value:
            return other, o
    return None
