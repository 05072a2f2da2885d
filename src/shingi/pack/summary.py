"""A short, readable summary of a loaded pack (what `shingi validate` prints when it is valid)."""

from __future__ import annotations

from collections import Counter

from shingi.model import Pack

#: How many metric ids the no-aliases hint names
_HINT_IDS = 3


def summary_text(pack: Pack, lang: str = "ja") -> str:
    ja = lang == "ja"
    meta = pack.meta
    lines = [
        f"{meta.id}: {meta.title.get(lang)}",
        ("有効なパックです" if ja else "valid pack")
        + f" — sources {len(pack.sources)}, entities {len(pack.entities)}, events {len(pack.events)}, "
        f"metrics {len(pack.metrics)}, observations {len(pack.observations)}, claims {len(pack.claims)}",
    ]
    if pack.events:
        first = min(e.date.start for e in pack.events.values())
        last = max(e.date.end for e in pack.events.values())
        lines.append(("期間" if ja else "period") + f": {first.isoformat()} .. {last.isoformat()}")
    by_pillar = Counter(e.pillar or "-" for e in pack.events.values())
    for pillar in meta.pillars:
        lines.append(f"  {pillar.name.get(lang)} ({pillar.id}): {by_pillar.get(pillar.id, 0)}")
    if meta.subject:
        subject = pack.entities[meta.subject].name(lang)
        frontier = ", ".join(pack.entities[f].name(lang) for f in meta.frontier)
        lines.append(
            ("対象" if ja else "subject")
            + f": {subject}"
            + (f"; {'比較対象' if ja else 'frontier'}: {frontier}" if frontier else "")
        )
    if meta.headline and meta.headline in pack.claims:
        lines.append(("見出しの主張" if ja else "headline claim") + f": {pack.claims[meta.headline].text}")
    expected = Counter(c.expected for c in pack.claims.values() if c.expected)
    if expected:
        lines.append(
            ("期待評価" if ja else "expected ratings")
            + ": "
            + ", ".join(f"{k} {v}" for k, v in sorted(expected.items()))
        )
    bare = sorted(m.id for m in pack.metrics.values() if not m.aliases)
    if bare:
        # a hint, not a problem: claims that word a measure otherwise than its names may not link
        # to it (docs/verdict-rules.md §4.13, "A measure reworded")
        shown = ", ".join(bare[:_HINT_IDS]) + (", …" if len(bare) > _HINT_IDS else "")
        lines.append(
            f"ヒント: 別名(aliases)のない指標が{len(bare)}件あります（{shown}）。"
            "名前と違う言い方をした主張は結びつかないことがあります（誤りではありません。別名はその指標だけを指す言い方に限ってください）。"
            if ja
            else f"hint: {len(bare)} metric(s) have no aliases ({shown}); claims that word them "
            "otherwise than their names may not link to them (not an error; add an alias only for a wording "
            "that names that measure alone)"
        )
    return "\n".join(lines)

