"""The report as Markdown (GitHub flavour) for terminals and git: GFM tables, footnotes ``[^n]``.

Text from packs and claims is escaped (:func:`md_escape`): Markdown punctuation that could make
a link, an image, an HTML tag, emphasis or a table cell is backslash-escaped, so a title holding
``](javascript:alert(1))`` or ``<script>`` stays text. Charts become small text tables with
bars drawn in block characters.
"""

from __future__ import annotations

import re

from shingi.render import labels as L
from shingi.render.document import (
    Bar,
    BarChart,
    Block,
    BulletList,
    Chart,
    Heading,
    Inline,
    Paragraph,
    ReportDocument,
    SourceList,
    Table,
    TimelineChart,
    Verdict,
)

# Characters that start Markdown syntax anywhere in a line. Parentheses are left alone: without
# an unescaped "]" before them they cannot make a link.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|!~&#$])")
# A list item, quote or heading underline starts with its marker and then a space (or the line's end);
# "1." is escaped as "1\." (a backslash before a digit would print as is: "\76.7 %").
_LINE_START = re.compile(r"^(\s*)(?:([-+=>])|(\d+)([.)]))(?=\s|$)")


def md_escape(text: str, line_start: bool = False) -> str:
    """Escape a text for Markdown inline content (one line: runs of whitespace become one space).

    ``line_start``: the text begins a line, where ``-``, ``+``, ``>``, ``=`` and ``1.`` would
    start a list, a quote or a heading underline.
    """
    one_line = re.sub(r"\s+", " ", str(text))
    escaped = _SPECIAL.sub(r"\\\1", one_line)
    if not line_start:
        return escaped
    return _LINE_START.sub(
        lambda m: m.group(1) + (f"\\{m.group(2)}" if m.group(2) else f"{m.group(3)}\\{m.group(4)}"),
        escaped,
        count=1,
    )


def _notes(notes: tuple[int, ...]) -> str:
    return "".join(f"[^{n}]" for n in notes)


def inline(spans: Inline) -> str:
    """Spans as Markdown: escaped text, bold where strong, footnote references."""
    out = []
    for k, s in enumerate(spans):
        text = md_escape(s.text, line_start=k == 0)
        if s.strong and text.strip():
            # emphasis must not open or close on a space: keep the spaces outside the markers
            core = text.strip()
            text = text[: len(text) - len(text.lstrip())] + f"**{core}**" + text[len(text.rstrip()) :]
        out.append(text + _notes(s.notes))
    return "".join(out)


def _table(columns: tuple[str, ...], rows: list[list[str]]) -> str:
    head = "| " + " | ".join(md_escape(c) or " " for c in columns) + " |"
    rule = "|" + "|".join("---" for _ in columns) + "|"
    body = ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join([head, rule, *body])


def _bar(bar: Bar, top: float, width: int = 24) -> str:
    n = 0 if top <= 0 else round(width * bar.value / top)
    return "█" * max(n, 1 if bar.value > 0 else 0)


class _Markdown:
    def __init__(self, doc: ReportDocument):
        self.doc = doc
        self.lang = doc.lang

    def block(self, b: Block) -> str:
        if isinstance(b, Heading):
            return "#" * min(max(b.level, 3), 4) + " " + md_escape(b.text)
        if isinstance(b, Paragraph):
            text = inline(b.spans)
            return f"> {text}" if b.style == "callout" else (f"*{text}*" if b.style == "note" else text)
        if isinstance(b, BulletList):
            return "\n".join(f"- {inline(i)}" for i in b.items)
        if isinstance(b, Table):
            caption = f"**{md_escape(b.caption)}**{_notes(b.notes)}\n\n" if b.caption or b.notes else ""
            return caption + _table(b.columns, [[inline(c) for c in row] for row in b.rows])
        if isinstance(b, Chart):
            return self.chart(b)
        if isinstance(b, Verdict):
            return self.verdict(b)
        return self.sources(b)

    def chart(self, c: Chart) -> str:
        head = f"**{md_escape(c.title)}**{_notes(c.notes)}"
        if isinstance(c.data, BarChart):
            data = c.data
            top = data.axis_max or max((b.value for b in data.bars), default=1.0)
            rows = [
                [
                    ("**" + md_escape(b.label) + "**") if b.highlight else md_escape(b.label),
                    md_escape(b.display) + _notes(b.notes),
                    "`" + _bar(b, top) + "`",
                ]
                for b in data.bars
            ]
            ratio = f"\n\n{md_escape(data.ratio)}" if data.ratio else ""
            return head + ratio + "\n\n" + _table(("", L.t(self.lang, "value"), ""), rows)
        return head + "\n\n" + self.timeline(c.data)

    def timeline(self, data: TimelineChart) -> str:
        counts: dict[tuple[int, int], int] = {}
        for dot in data.dots:
            counts[(dot.lane, dot.month)] = counts.get((dot.lane, dot.month), 0) + 1
        columns = ("", *(f"{m}{' ◆' if i in data.marked else ''}" for i, m in enumerate(data.months)))
        rows = [
            [md_escape(lane), *("●" * counts.get((li, mi), 0) for mi in range(len(data.months)))]
            for li, lane in enumerate(data.lanes)
        ]
        legend = f"\n\n◆ {md_escape(data.mark_label)}" if data.marked else ""
        return _table(columns, rows) + legend

    def verdict(self, v: Verdict) -> str:
        t = self.lang
        colon = "：" if t == "ja" else ": "
        scale = " · ".join(
            f"**[{md_escape(label)}]**" if r == v.rating else md_escape(label) for r, label in v.scale
        )
        holds = "\n".join(f"- {inline(i)}" for i in v.holds) or f"- {md_escape(L.t(t, 'none'))}"
        exag = "\n".join(f"- {inline(i)}" for i in v.exaggerated) or f"- {md_escape(L.t(t, 'none'))}"
        return "\n\n".join(
            [
                f"> **{md_escape(L.t(t, 'claim'))}{colon}** {md_escape(v.claim)}",
                f"**{md_escape(L.t(t, 'rating'))}{colon}{md_escape(v.label)}**",
                f"{md_escape(L.t(t, 'scale'))}{colon}{scale}",
                md_escape(v.reason),
                f"#### {md_escape(L.t(t, 'holds'))}\n\n{holds}",
                f"#### {md_escape(L.t(t, 'exaggerated'))}\n\n{exag}",
            ]
        )

    def sources(self, s: SourceList) -> str:
        lines = []
        for e in s.entries:
            meta = ", ".join(md_escape(x) for x in (e.publisher, e.published) if x)
            url = f" <{e.url}>" if e.url else ""
            text = f"{md_escape(e.title)}{' — ' + meta if meta else ''} \\[{md_escape(e.id)}\\]{url}"
            # Cited sources are footnote definitions; the rest are listed so nothing is hidden.
            lines.append(f"[^{e.number}]: {text}" if e.cited else f"{e.number}\\. {text}")
        return "\n\n".join(lines)

    def render(self) -> str:
        d = self.doc
        out = [f"# {md_escape(d.title)}"]
        if d.subtitle:
            out.append(f"*{md_escape(d.subtitle)}*")
        out.append(
            f"{md_escape(d.kicker)} · `{d.pack_id}`" + (f" · {md_escape(d.date_text)}" if d.date_text else "")
        )
        for s in d.sections:
            out.append(f"## {md_escape(s.title)}")
            out.extend(self.block(b) for b in s.blocks)
        out.append(f"---\n\n*{md_escape(L.t(self.lang, 'generated_by'))}*")
        return "\n\n".join(out) + "\n"


def render_markdown(doc: ReportDocument) -> str:
    """The report as GitHub-flavoured Markdown text."""
    return _Markdown(doc).render()
