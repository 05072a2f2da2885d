"""A diagnosis as plain text for people (``shingi diagnose``), in Japanese or English.

It shows the verdict, the split into what holds and what is exaggerated, every check with its
result, reason and the numbers it compared, the evidence it rests on (id, date, title, value)
and the sources cited (title, publisher, URL, date), so every number and date is traced.
"""

from __future__ import annotations

import math
import re

from shingi.model import Check, Diagnosis, NumberCompared, Pack, Quantity
from shingi.normalize.period_names import format_period
from shingi.render.labels import category_label, speaker_name

MARKS = {"holds": "✓", "partly": "△", "fails": "✗", "unknown": "?"}
RESULT_WORDS = {
    "ja": {"holds": "成立", "partly": "一部成立", "fails": "不成立", "unknown": "判定不能"},
    "en": {"holds": "holds", "partly": "partly", "fails": "fails", "unknown": "unknown"},
}
WORDS = {
    "ja": {
        "claim": "主張", "rating": "判定", "reason": "理由", "holds": "成り立つ点",
        "exaggerated": "誇張・誤りの点", "checks": "検証した文", "span": "該当箇所", "numbers": "数値",
        "evidence": "証拠", "sources": "出典", "claimed": "主張", "found": "証拠", "none": "なし",
        "conflicts": "情報源の食い違い", "score": "統計量", "pack": "パック", "parts": "内訳",
        "said_by": "発言者", "said_on": "発言日（この日時点で判定）", "definition": "定義",
        "what_next": "その後の証拠（判定には用いない）",
    },
    "en": {
        "claim": "Claim", "rating": "Rating", "reason": "Reason", "holds": "What holds",
        "exaggerated": "What is exaggerated or wrong", "checks": "Checks", "span": "from",
        "numbers": "numbers",
        "evidence": "evidence", "sources": "Sources", "claimed": "claimed", "found": "found", "none": "none",
        "conflicts": "Sources that disagree", "score": "statistic", "pack": "Pack", "parts": "parts",
        "said_by": "Said by", "said_on": "Said on (judged as of)", "definition": "definition",
        "what_next": "What happened next (not used for the verdict)",
    },
}
COMPARATORS = {"about": "≈", "at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<",
               "exactly": "="}

# Control characters (ANSI escapes included) in claims or pack text must not drive the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(text: str | None) -> str:
    return _CONTROL.sub(" ", text or "")


def diagnosis_text(d: Diagnosis, pack: Pack) -> str:
    """The diagnosis for people, in ``d.lang``; every evidence id and source is resolved in ``pack``."""
    lang = "ja" if d.lang == "ja" else "en"
    w = WORDS[lang]
    colon = "：" if lang == "ja" else ": "
    lines = [
        f"{w['claim']}{colon}{_clean(d.claim)}",
        f"{w['rating']}{colon}{_clean(d.label)} ({d.rating})",
    ]
    if d.reason:
        lines.append(f"{w['reason']}{colon}{_clean(d.reason)}")
    if d.speaker is not None:
        lines.append(f"{w['said_by']}{colon}{_clean(speaker_name(pack, d.speaker, lang))}")
    if d.as_of is not None:
        lines.append(f"{w['said_on']}{colon}{format_period(d.as_of, lang)}")
    if d.later_evidence:
        lines.append(f"{w['what_next']}{colon}{', '.join(d.later_evidence)}")
    lines.append(f"{w['pack']}{colon}{_clean(d.pack_id)}")
    lines.append("")
    lines.append(w["holds"])
    if d.holds:
        lines.extend(f"  ✓ {_clean(s)}" for s in d.holds)
    else:
        lines.append(f"  ({w['none']})")
    lines.append(w["exaggerated"])
    if d.exaggerated:
        lines.extend(f"  ✗ {_clean(s)}" for s in d.exaggerated)
    else:
        lines.append(f"  ({w['none']})")
    lines.append("")
    lines.append(f"{w['checks']} ({len(d.checks)})")
    for check in d.checks:
        lines.extend(_check_lines(check, pack, lang, indent=2))
    conflicts = list(d.conflicts)
    if conflicts:
        lines.append("")
        lines.append(w["conflicts"])
        for c in conflicts:
            lines.append(f"  - {_clean(c.what)}: {_clean(c.note)} [{', '.join(c.evidence)}] "
                         f"({', '.join(c.sources)})")
    cited = _cited_sources(d, pack)
    lines.append("")
    lines.append(w["sources"])
    if not cited:
        lines.append(f"  ({w['none']})")
    for sid in cited:
        lines.append("  " + _source_line(pack, sid, lang))
    return "\n".join(lines) + "\n"


def _check_lines(check: Check, pack: Pack, lang: str, indent: int) -> list[str]:
    w = WORDS[lang]
    colon = "：" if lang == "ja" else ": "
    pad = " " * indent
    sub = pad + "     "
    result = RESULT_WORDS[lang].get(check.result, check.result)
    out = [f"{pad}[{check.id}] {MARKS.get(check.result, '?')} {result}  {_clean(check.statement)}"]
    if check.span:
        out.append(f"{sub}{w['span']}{colon}「{_clean(check.span)}」" if lang == "ja"
                   else f"{sub}{w['span']}{colon}\"{_clean(check.span)}\"")
    if check.reason:
        out.append(f"{sub}{w['reason']}{colon}{_clean(check.reason)}")
    if check.score is not None and math.isfinite(check.score):
        out.append(f"{sub}{w['score']}{colon}{_num(check.score)}")
    if check.numbers:
        out.append(f"{sub}{w['numbers']}{colon}")
        # A number resting on exactly the check's evidence need not list it again.
        out.extend(f"{sub}  - {_number_line(n, lang, set(n.evidence) != set(check.evidence))}"
                   for n in check.numbers)
    if check.conflicts:
        out.append(f"{sub}{w['conflicts']}{colon}")
        out.extend(f"{sub}  - {_clean(c.what)}: {_clean(c.note)} [{', '.join(c.evidence)}]"
                   for c in check.conflicts)
    if check.evidence:
        out.append(f"{sub}{w['evidence']}{colon}")
        out.extend(f"{sub}  - {_evidence_line(pack, e, lang)}" for e in check.evidence)
    if check.parts:
        out.append(f"{sub}{w['parts']}{colon}")
        for part in check.parts:
            out.extend(_check_lines(part, pack, lang, len(sub) + 2))
    return out


def _num(x: float | None) -> str:
    if x is None:
        return "-"
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    if abs(x) >= 1000:
        return f"{x:,.1f}"
    return f"{x:.4g}"


def _value(x: float | None, unit: str | None, lang: str, approx: bool = False) -> str:
    """A value as people write it; a ratio below 1 as a fraction or a percent (約1/100, about 75%),
    never with more digits than the sources have."""
    if x is None:
        return "-"
    from shingi.render.document import format_quantity, format_ratio

    if unit == "x" and 0 < x < 1:
        return format_ratio(x, lang)
    try:
        return format_quantity(Quantity(x, unit, approx), unit, lang)
    except (ValueError, TypeError):  # the plain number is still right
        return f"{_num(x)} {unit}".strip() if unit else _num(x)


def _number_line(n: NumberCompared, lang: str, with_evidence: bool = True) -> str:
    w = WORDS[lang]
    # The claim's own words when kept ("約1.4兆円", ">= 3"); else the number with its comparator.
    if n.claimed_text:
        claimed = _clean(n.claimed_text)
    elif n.claimed is not None:
        claimed = COMPARATORS.get(n.comparator, "") + _value(n.claimed, n.unit, lang)
    else:
        claimed = ""
    found = _value(n.found, n.unit, lang)
    parts = [f"{_clean(n.label)}: "]
    if claimed:
        parts.append(f"{w['claimed']} {claimed} / ")
    parts.append(f"{w['found']} {found}")
    if n.conversion:
        parts.append(f" ({_clean(n.conversion)})")
    if n.evidence and with_evidence:
        parts.append(f" [{', '.join(n.evidence)}]")
    return "".join(parts)


def _evidence_line(pack: Pack, ident: str, lang: str) -> str:
    """An event or observation as one line: id, date, what, value, sources."""
    ev = pack.events.get(ident)
    if ev is not None:
        amount = ""
        if ev.amount is not None:
            amount = f" ({_value(ev.amount.value, ev.amount.unit, lang, ev.amount.approx)})"
        return f"{ident}  {ev.date.text}  {_clean(ev.title(lang))}{amount}  [{', '.join(ev.source)}]"
    obs = pack.observations.get(ident)
    if obs is not None:
        entity = pack.entities.get(obs.entity)
        metric = pack.metrics.get(obs.metric)
        who = entity.name(lang) if entity else obs.entity
        what = metric.name(lang) if metric else obs.metric
        if obs.value is not None:
            value = _value(obs.value.value, obs.unit or obs.value.unit, lang, obs.value.approx)
        else:
            value = category_label(pack, obs.metric, obs.category or "", lang)
        definition = ""
        if metric is not None and metric.definition:
            definition = f"  ({WORDS[lang]['definition']}: {_clean(metric.definition)})"
        return (f"{ident}  {obs.period.text}  {_clean(who)} {_clean(what)} = {_clean(value)}"
                f"  [{', '.join(obs.source)}]{definition}")
    return ident


def _cited_sources(d: Diagnosis, pack: Pack) -> list[str]:
    """Every source of the checks and of their evidence, in order of first citation."""
    seen: dict[str, None] = {}

    def visit(check: Check) -> None:
        for s in check.sources:
            seen.setdefault(s, None)
        for e in check.evidence:
            row = pack.events.get(e) or pack.observations.get(e)
            for s in (row.source if row is not None else ()):
                seen.setdefault(s, None)
        for part in check.parts:
            visit(part)

    for check in d.checks:
        visit(check)
    for c in d.conflicts:
        for s in c.sources:
            seen.setdefault(s, None)
    return list(seen)


def _source_line(pack: Pack, sid: str, lang: str) -> str:
    src = pack.sources.get(sid)
    if src is None:
        return f"[{sid}]"
    bits = [_clean(src.title)]
    if src.publisher:
        bits.append(_clean(src.publisher))
    if src.published:
        bits.append(src.published.text)
    if src.url:
        bits.append(_clean(src.url))
    return f"[{sid}] " + " — ".join(bits)
