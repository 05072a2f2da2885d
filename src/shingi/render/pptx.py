"""The report as a deck (PPTX, 16:9): one message per slide, in its title; the verdict and the key
numbers large; charts with their takeaway as the title; each slide's sources in its footer.

Every text run gets Latin Arial and, through the ``a:ea`` element that python-pptx does not set,
the East Asian Yu Gothic: fonts a stock PowerPoint has. Charts are PNG images with IPAexGothic
drawn in. Slides hold what fits: long tables are cut with a note that points to the HTML report.
The file is byte-for-byte reproducible (fixed document dates and zip entry times).
"""

from __future__ import annotations

import io
import math
import re
import struct
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from shingi.render import labels as L
from shingi.render.document import (
    BulletList,
    Chart,
    Heading,
    Inline,
    Paragraph,
    ReportDocument,
    Section,
    SourceList,
    Span,
    Table,
    Verdict,
)
from shingi.render.html import RATING_COLOURS

if TYPE_CHECKING:
    from pptx.text.text import TextFrame, _Run

SLIDE_W, SLIDE_H = 13.333, 7.5  # inches, 16:9
MARGIN = 0.5
INK = "1F2328"
MUTED = "59636E"
MAX_TABLE_ROWS = 14
SUBJECT_HEX = "C8102E"
#: The fonts a stock PowerPoint has (Office ships Yu Gothic on Windows and macOS): Latin Arial,
#: East Asian 游ゴシック through ``a:ea``. Charts are pictures with IPAexGothic drawn in.
SLIDE_LATIN = "Arial"
SLIDE_EA = "Yu Gothic"
MAX_SOURCES = 18


def _rgb(hex_colour: str) -> Any:
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _font(run: _Run, size: float, bold: bool = False, colour: str = INK, superscript: bool = False) -> None:
    """Set size, colour and both fonts of a run: Latin via python-pptx, East Asian via ``a:ea``."""
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    f = run.font
    f.size = Pt(size)
    f.bold = bold
    f.name = SLIDE_LATIN
    f.color.rgb = _rgb(colour)
    rpr = run._r.get_or_add_rPr()
    # Schema order is latin, ea, cs: put each right after the one before it.
    previous = rpr.find(qn("a:latin"))
    for tag, face in (("a:ea", SLIDE_EA), ("a:cs", SLIDE_LATIN)):
        el = rpr.find(qn(tag))
        if el is None:
            el = rpr.makeelement(qn(tag), {})
            previous.addnext(el)
        el.set("typeface", face)
        previous = el
    if superscript:
        rpr.set("baseline", "30000")


def _add_runs(paragraph: Any, spans: Inline, size: float, colour: str = INK) -> None:
    for s in spans:
        if s.text:
            run = paragraph.add_run()
            run.text = s.text
            _font(run, size, s.strong, colour)
        if s.notes:
            run = paragraph.add_run()
            run.text = "[" + ",".join(str(n) for n in s.notes) + "]"
            _font(run, size * 0.75, False, "0B5CAD", superscript=True)


def _text_box(slide: Any, left: float, top: float, width: float, height: float) -> TextFrame:
    from pptx.util import Inches

    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    tf = box.text_frame
    tf.word_wrap = True
    return tf


def _png_size(png: bytes) -> tuple[int, int]:
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def _fit_size(
    chars: float, width: float, height: float, largest: float = 20.0, smallest: float = 10.0
) -> float:
    """A font size (pt) at which ``chars`` characters of CJK-width text fill the box at most."""
    size = largest
    while size > smallest:
        per_line = max(1, int(width * 72 / size * 0.92))
        # chars counts CJK-width characters; Latin text is narrower, so this errs on the safe side
        lines = chars / per_line + 1.5
        if lines * size * 1.45 / 72 <= height:
            break
        size -= 1
    return size


def _units(text: str) -> float:
    """Width of a text in ems: CJK characters are one em wide, Latin ones about half."""
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.55 for ch in text)


def _row_height(cells: Sequence[Inline], widths: list[float], size: float) -> float:
    """Inches a table row needs: its tallest cell's wrapped lines, plus the cell margins."""
    tallest = 1
    for cell, w in zip(cells, widths, strict=False):
        per_line = max(1.0, (w - 0.2) * 72 / size)
        text = "".join(s.text for s in cell) + "".join(f"[{n}]" for s in cell for n in s.notes)
        tallest = max(tallest, math.ceil(_units(text) / per_line) or 1)
    return tallest * size * 1.2 / 72 + 0.12


def _inline_text(spans: Inline) -> str:
    return "".join(s.text for s in spans)


FOOTER_H = 0.55
MAX_BULLETS = 5


def _short(text: str, limit: int) -> str:
    """A text cut to ``limit`` display units at a word or phrase boundary, with an ellipsis."""
    if _units(text) <= limit:
        return text
    out, used = [], 0.0
    for ch in text:
        used += _units(ch)
        if used > limit - 1:
            break
        out.append(ch)
    cut = "".join(out)
    for sep in ("。", "、", "; ", ", ", " "):
        k = cut.rfind(sep)
        if k > len(cut) * 0.6:
            cut = cut[:k]
            break
    return cut.rstrip(" 、,;:：") + "…"


class _Deck:
    """A deck, not document pages on slides: one message per slide, in its title; the verdict and
    the key numbers large; charts with their takeaway as title; the sources of a slide in its
    footer."""

    def __init__(self, doc: ReportDocument):
        from pptx import Presentation
        from pptx.util import Inches

        self.doc = doc
        self.lang = doc.lang
        self.ja = doc.lang == "ja"
        self.prs = Presentation()
        # The size must be set before any slide is added, or the layouts keep 4:3 positions.
        self.prs.slide_width = Inches(SLIDE_W)
        self.prs.slide_height = Inches(SLIDE_H)
        self.layout = self.prs.slide_layouts[6]  # blank
        self.colour = RATING_COLOURS.get(doc.rating, "#b7791f")
        self.sources = {e.number: e for e in doc.sources}

    # --- pieces ----------------------------------------------------------------------

    def rect(self, slide: Any, left: float, top: float, width: float, height: float, colour: str) -> Any:
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Inches

        shape = slide.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Inches(left), Inches(top), Inches(width), Inches(height)
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(colour)
        shape.line.fill.background()
        return shape

    def text(self, slide: Any, left: float, top: float, width: float, height: float, spans: Inline,
             size: float, colour: str = INK, bold: bool = False) -> TextFrame:
        tf = _text_box(slide, left, top, width, height)
        _add_runs(tf.paragraphs[0], tuple(Span(s.text, (), bold or s.strong) for s in spans), size, colour)
        return tf

    def slide(self, title: str, notes: Iterable[int] = (), kicker: str = "") -> Any:
        """A slide with its message as the title and its sources in the footer."""
        slide = self.prs.slides.add_slide(self.layout)
        self.rect(slide, 0, 0, 0.16, SLIDE_H, self.colour)
        top = 0.35
        if kicker:
            self.text(slide, MARGIN, 0.25, SLIDE_W - 2 * MARGIN, 0.35, (Span(kicker),), 13, MUTED)
            top = 0.55
        size = _fit_size(_units(title), SLIDE_W - 2 * MARGIN, 1.0, 28, 20)
        self.text(slide, MARGIN, top, SLIDE_W - 2 * MARGIN, 1.0, (Span(title),), size, INK, bold=True)
        self.footer(slide, notes)
        return slide

    def footer(self, slide: Any, notes: Iterable[int]) -> None:
        numbers = sorted(set(notes))
        if not numbers:
            return
        label = L.t(self.lang, "footnote")
        parts = []
        for n in numbers:
            e = self.sources.get(n)
            if e is None:
                continue
            meta = ", ".join(x for x in (e.publisher, e.published) if x)
            parts.append(f"[{n}] {_short(e.title, 44)}" + (f" ({_short(meta, 30)})" if meta else ""))
        text = f"{label}: " + "  ".join(parts)
        self.rect(slide, MARGIN, SLIDE_H - FOOTER_H - 0.05, SLIDE_W - 2 * MARGIN, 0.01, "D8DEE4")
        size = _fit_size(_units(text), SLIDE_W - 2 * MARGIN, FOOTER_H - 0.05, 11, 9)
        self.text(slide, MARGIN, SLIDE_H - FOOTER_H, SLIDE_W - 2 * MARGIN, FOOTER_H - 0.05,
                  (Span(_short(text, int((SLIDE_W - 2 * MARGIN) * 72 / size * 1.9))),), size, MUTED)

    def picture(self, slide: Any, chart: Chart, left: float, top: float, width: float, height: float) -> None:
        from pptx.util import Inches

        from shingi.render.charts import render_png

        png = render_png(chart, dpi=200)
        w, h = _png_size(png)
        scale = min(width / w, height / h)
        pic_w, pic_h = w * scale, h * scale
        slide.shapes.add_picture(
            io.BytesIO(png), Inches(left + (width - pic_w) / 2), Inches(top), Inches(pic_w), Inches(pic_h)
        )

    def badge(self, slide: Any, left: float, top: float, label: str, size: float) -> float:
        """The rating in white on its colour; returns the badge's width."""
        width = _units(label) * size / 72 * 1.05 + 0.6
        height = size / 72 * 1.6 + 0.15
        box = self.rect(slide, left, top, width, height, self.colour)
        tf = box.text_frame
        tf.word_wrap = False
        _add_runs(tf.paragraphs[0], (Span(label, strong=True),), size, "FFFFFF")
        return width

    # --- slides ----------------------------------------------------------------------

    def title_slide(self) -> None:
        d = self.doc
        slide = self.prs.slides.add_slide(self.layout)
        self.rect(slide, 0, 0, SLIDE_W, 0.22, self.colour)
        kicker = d.kicker + (f" · {d.date_text}" if d.date_text else "")
        self.text(slide, 0.9, 0.7, SLIDE_W - 1.8, 0.4, (Span(kicker),), 14, MUTED)
        size = _fit_size(_units(d.title), SLIDE_W - 1.8, 1.3, 36, 24)
        self.text(slide, 0.9, 1.15, SLIDE_W - 1.8, 1.3, (Span(d.title),), size, INK, bold=True)
        if d.subtitle:
            self.text(slide, 0.9, 2.5, SLIDE_W - 1.8, 0.8, (Span(d.subtitle),), 18, MUTED)
        self.text(slide, 0.9, 3.55, SLIDE_W - 1.8, 0.4, (Span(L.t(self.lang, "claim")),), 14, MUTED)
        quoted = f"「{d.claim}」" if self.ja else f"“{d.claim}”"
        size = _fit_size(_units(quoted), SLIDE_W - 1.8, 1.3, 28, 16)
        self.text(slide, 0.9, 3.95, SLIDE_W - 1.8, 1.3, (Span(quoted),), size, INK, bold=True)
        if d.claim_said:  # who said it, and when (contract 1.1 speaker, said_on)
            self.text(slide, 0.9, 5.05, SLIDE_W - 1.8, 0.4, (Span(d.claim_said),), 14, MUTED)
        self.badge(slide, 0.9, 5.6, d.rating_label, 30)

    def verdict_slide(self, section: Section) -> None:
        v = next(b for b in section.blocks if isinstance(b, Verdict))
        notes = {n for items in (v.holds, v.exaggerated) for it in items for s in it for n in s.notes}
        slide = self.slide(v.reason or section.title, notes, kicker=section.title)
        width = self.badge(slide, MARGIN, 1.55, v.label, 32)
        scale = " · ".join(label for _, label in v.scale)
        self.text(slide, MARGIN + width + 0.3, 1.75, SLIDE_W - 2 * MARGIN - width - 0.3, 0.5,
                  (Span(f"{L.t(self.lang, 'scale')}: {scale}"),), 12, MUTED)
        col_w = (SLIDE_W - 2 * MARGIN - 0.4) / 2
        top = 2.75
        for i, (key, items, colour) in enumerate(
            (("holds", v.holds, "1A7F37"), ("exaggerated", v.exaggerated, "C62828"))
        ):
            left = MARGIN + i * (col_w + 0.4)
            self.rect(slide, left, top, col_w, 0.07, colour)
            self.text(slide, left, top + 0.15, col_w, 0.5, (Span(L.t(self.lang, key)),), 20, colour, True)
            statements = [_inline_text(it) for it in items] or [L.t(self.lang, "none")]
            reasons = [_short(self.reason_of(x), 110) for x in statements]
            body = _text_box(slide, left, top + 0.75, col_w, SLIDE_H - FOOTER_H - top - 0.95)
            chars = sum(_units(x) + 0.6 * _units(r) for x, r in zip(statements, reasons, strict=True))
            size = _fit_size(chars + 10 * len(statements), col_w, SLIDE_H - FOOTER_H - top - 1.1, 24, 16)
            for k, (statement, reason) in enumerate(zip(statements, reasons, strict=True)):
                p = body.paragraphs[0] if k == 0 else body.add_paragraph()
                _add_runs(p, (Span("• " + statement),), size)
                p.space_before = 10
                if reason:
                    p = body.add_paragraph()
                    _add_runs(p, (Span(reason),), max(size * 0.6, 13), MUTED)

    def reason_of(self, statement: str) -> str:
        """The reason the diagnosis gives for a statement (a check or a part of one)."""
        stack = list(self.doc.diagnosis.checks)
        while stack:
            c = stack.pop(0)
            if c.statement == statement:
                return c.reason
            stack.extend(c.parts)
        return ""

    def key_numbers_slide(self, section: Section) -> None:
        """The gap measures as big numbers: each tile one number and what it compares."""
        lists = [b for b in section.blocks if isinstance(b, BulletList)]
        items = [it for b in lists for it in b.items][:4]
        if not items:
            return
        tiles = []
        for it in items:
            # the measure's name as the tile's label; its class left out, its definition kept
            full = it[0].text.strip().rstrip(":：").strip()
            head = re.split(r" \(|（| \[", full)[0]
            definition = re.search(r"\[([^\]]+)\]", full)
            strong = [s for s in it[1:] if s.strong]
            big = strong[-1].text if strong else _inline_text(it[1:]).strip()
            detail = "".join(s.text for s in it[1:] if not s.strong).strip(" =")
            if definition:
                detail = f"{detail}\n{definition.group(1)}"
            tiles.append((big, head, detail, {n for s in it for n in s.notes}))
        title = L.t(self.lang, "key_numbers").format(title=section.title)
        slide = self.slide(title, {n for t in tiles for n in t[3]})
        n = len(tiles)
        gap = 0.3
        w = (SLIDE_W - 2 * MARGIN - gap * (n - 1)) / n
        for k, (big, head, detail, _) in enumerate(tiles):
            left = MARGIN + k * (w + gap)
            self.rect(slide, left, 1.7, w, 4.6, "F6F8FA")
            self.rect(slide, left, 1.7, w, 0.08, SUBJECT_HEX)
            # one line: as large as the tile's width allows, up to 48 pt
            size = max(min(48.0, (w - 0.4) * 72 / max(_units(big), 1.0)), 24.0)
            self.text(slide, left + 0.15, 2.0, w - 0.3, 1.3, (Span(big),), size, SUBJECT_HEX, True)
            self.text(slide, left + 0.15, 3.4, w - 0.3, 1.1, (Span(head),), 16, INK, True)
            self.text(slide, left + 0.15, 4.5, w - 0.3, 1.7, (Span(_short(detail, 70)),), 12, MUTED)

    def timeline_slide(self, section: Section) -> None:
        chart = next((c for c in section.charts if c.id == "timeline"), None)
        callout = next((b for b in section.blocks if isinstance(b, Paragraph) and b.style == "callout"), None)
        title = callout.spans[0].text if callout else section.title
        notes = set(chart.notes if chart else ())
        if callout:
            notes |= {n for s in callout.spans for n in s.notes}
        slide = self.slide(title, notes, kicker=section.title)
        top = 1.45
        if callout and len(callout.spans) > 1:
            detail = "".join(s.text for s in callout.spans[1:]).strip(" —")
            self.text(slide, MARGIN, top, SLIDE_W - 2 * MARGIN, 0.8, (Span(_short(detail, 150)),), 15, MUTED)
            top += 0.85
        if chart is not None:
            self.picture(slide, chart, MARGIN, top, SLIDE_W - 2 * MARGIN, SLIDE_H - FOOTER_H - top - 0.15)

    def chart_slides(self, section: Section) -> None:
        """One chart a slide, its takeaway (the ratio) as the title."""
        for chart in section.charts:
            ratio = getattr(chart.data, "ratio", "")
            title = f"{chart.title} — {ratio}" if ratio else chart.title
            slide = self.slide(title, chart.notes, kicker=section.title)
            self.picture(slide, chart, MARGIN + 1.0, 1.55, SLIDE_W - 2 * MARGIN - 2.0,
                         SLIDE_H - FOOTER_H - 1.75)

    def events_slide(self, section: Section) -> None:
        """A pillar: its major events, dated, at a size read from the back of the room."""
        tables = [b for b in section.blocks if isinstance(b, Table) and b.style == "events"]
        rows = [r for t in tables for r in t.rows]
        lead = next((b for b in section.blocks if isinstance(b, Paragraph)), None)
        if not rows and lead is None:
            return
        # major events first (their titles are bold), then by date as the table has them
        ranked = sorted(range(len(rows)), key=lambda i: (not any(s.strong for s in rows[i][1]), i))
        shown = sorted(ranked[:MAX_BULLETS])
        notes = {n for i in shown for cell in rows[i] for s in cell for n in s.notes}
        count = L.t(self.lang, "events_on_slide").format(n=len(rows))
        slide = self.slide(f"{section.title}: {count}" if rows else section.title, notes)
        top = 1.5
        if lead is not None:
            text = _short(_inline_text(lead.spans), 160)
            self.text(slide, MARGIN, top, SLIDE_W - 2 * MARGIN, 1.0, (Span(text),), 16, MUTED)
            notes |= {n for s in lead.spans for n in s.notes}
            top += 1.1
        if shown:
            body = _text_box(slide, MARGIN, top, SLIDE_W - 2 * MARGIN, SLIDE_H - FOOTER_H - top - 0.2)
            big = 22 if len(shown) <= 3 else 18
            for k, i in enumerate(shown):
                date, title, amount = (_inline_text(c) for c in rows[i][:3])
                p = body.paragraphs[0] if k == 0 else body.add_paragraph()
                p.space_before = 8
                _add_runs(p, (Span(f"{date}  ", strong=True),), big, SUBJECT_HEX)
                _add_runs(p, (Span(_short(title.split(" — ")[0], 70)),), big)
                if amount:
                    _add_runs(p, (Span(f"  {amount}", strong=True),), big)
            if len(rows) > len(shown):
                p = body.add_paragraph()
                p.space_before = 8
                _add_runs(p, (Span(L.t(self.lang, "slide_sources_more").format(n=len(rows) - len(shown))),),
                          12, MUTED)

    def message_slide(self, section: Section) -> None:
        """A narrative section: its first paragraph as the message, or its table."""
        paras = [b for b in section.blocks if isinstance(b, Paragraph) and b.style != "note"]
        heads = [b for b in section.blocks if isinstance(b, Heading)]
        tables = [b for b in section.blocks if isinstance(b, Table)]
        title = heads[0].text if heads else section.title
        notes = {n for b in paras for s in b.spans for n in s.notes} | {n for t in tables for n in t.notes}
        slide = self.slide(title, notes, kicker=section.title if heads else "")
        top = 1.55
        if paras:
            text = _inline_text(paras[0].spans)
            room = 1.6 if tables else SLIDE_H - FOOTER_H - top - 0.3
            size = _fit_size(_units(text), SLIDE_W - 2 * MARGIN, room, 26, 16)
            self.text(slide, MARGIN, top, SLIDE_W - 2 * MARGIN, room, (Span(text),), size)
            top += room + 0.1
        if tables:
            self.table(slide, tables[0], MARGIN, top, SLIDE_W - 2 * MARGIN, SLIDE_H - FOOTER_H - top - 0.15)

    def checks_slide(self, section: Section) -> None:
        table = next((b for b in section.blocks if isinstance(b, Table)), None)
        if table is None:
            return
        rows = tuple(r[:2] for r in table.rows)
        notes = {n for r in table.rows for c in r for s in c for n in s.notes}
        slide = self.slide(section.title, notes)
        # what the metrics compared count (contract 1.1 definition), under the table
        definitions: list[str] = []
        for t in (b for b in section.blocks if isinstance(b, Table)):
            for row in t.rows:
                for cell in row:
                    for span in cell[1:]:
                        text = span.text.strip().strip("()（）")
                        if text.startswith(L.t(self.lang, "definition")) and text not in definitions:
                            definitions.append(text)
        room = SLIDE_H - FOOTER_H - 1.75 - (0.5 * len(definitions[:3]) + 0.1 if definitions else 0)
        self.table(slide, Table(table.columns[:2], rows), MARGIN, 1.55, SLIDE_W - 2 * MARGIN, room,
                   largest=20.0)
        if definitions:
            lines = "\n".join(_short(d, 200) for d in definitions[:3])
            self.text(slide, MARGIN, 1.6 + room, SLIDE_W - 2 * MARGIN, SLIDE_H - FOOTER_H - 1.7 - room,
                      (Span(lines),), 13, MUTED)

    def table(self, slide: Any, table: Table, left: float, top: float, width: float, height: float,
              largest: float = 16.0) -> None:
        from pptx.util import Inches

        all_rows = list(table.rows)[:MAX_TABLE_ROWS]
        widths = _column_widths(table, all_rows, width)
        size, rows = 12.0, all_rows
        sizes = [x for x in (20.0, 18.0, 16.0, 14.0, 13.0, 12.0) if x <= largest]
        for candidate in sizes:
            header = [(Span(c),) for c in table.columns]
            heights = [_row_height(header, widths, candidate)] + [
                _row_height(list(r), widths, candidate) for r in all_rows]
            if sum(heights) <= height or candidate == sizes[-1]:
                size = candidate
                total, n = heights[0], 0
                for h in heights[1:]:
                    if total + h > height:
                        break
                    total, n = total + h, n + 1
                rows = all_rows[: max(n, 1)]
                break
        shape = slide.shapes.add_table(
            len(rows) + 1, len(table.columns), Inches(left), Inches(top), Inches(width),
            Inches(0.3 * (len(rows) + 1))
        )
        grid = shape.table
        for j, w in enumerate(widths):
            grid.columns[j].width = Inches(w)
        for j, col in enumerate(table.columns):
            cell = grid.cell(0, j)
            cell.text_frame.text = ""
            _add_runs(cell.text_frame.paragraphs[0], (Span(col, strong=True),), size, "FFFFFF")
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb("3D4A57")
        for i, row in enumerate(rows, start=1):
            for j, cell_spans in enumerate(row):
                cell = grid.cell(i, j)
                cell.text_frame.text = ""
                cell.text_frame.word_wrap = True
                plain = tuple(Span(s.text, (), s.strong) for s in cell_spans)  # sources: the footer
                _add_runs(cell.text_frame.paragraphs[0], plain, size)
                cell.fill.solid()
                cell.fill.fore_color.rgb = _rgb("F6F8FA" if i % 2 else "FFFFFF")

    def sources_slide(self, section: Section) -> None:
        entries = [e for b in section.blocks if isinstance(b, SourceList) for e in b.entries]
        slide = self.slide(section.title)
        shown = entries[:MAX_SOURCES]
        cols = 1 if len(shown) <= 7 else 2
        per_col = (len(shown) + cols - 1) // cols
        col_w = (SLIDE_W - 2 * MARGIN - 0.3 * (cols - 1)) / cols
        for c in range(cols):
            chunk = shown[c * per_col : (c + 1) * per_col]
            tf = _text_box(slide, MARGIN + c * (col_w + 0.3), 1.5, col_w, SLIDE_H - 2.0)
            chars = sum(_units(e.title) + _units(e.publisher or "") + 14 for e in chunk)
            size = _fit_size(chars, col_w, SLIDE_H - 2.2, 16, 12)
            for k, e in enumerate(chunk):
                p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                p.space_before = 6
                _add_runs(p, (Span(f"[{e.number}] ", strong=True),), size, "0B5CAD")
                run = p.add_run()
                run.text = e.title
                _font(run, size, False, INK)
                if e.url:
                    run.hyperlink.address = e.url
                meta = ", ".join(x for x in (e.publisher, e.published) if x)
                if meta:
                    _add_runs(p, (Span(f" — {meta}"),), size * 0.85, MUTED)
        if len(entries) > len(shown):
            more = L.t(self.lang, "slide_sources_more").format(n=len(entries) - len(shown))
            self.text(slide, MARGIN, SLIDE_H - 0.5, SLIDE_W - 2 * MARGIN, 0.4, (Span(more),), 11, MUTED)

    def render(self) -> bytes:
        self.title_slide()
        for s in self.doc.sections:
            if any(isinstance(b, Verdict) for b in s.blocks):
                self.verdict_slide(s)
            elif any(isinstance(b, SourceList) for b in s.blocks):
                self.sources_slide(s)
            elif s.id == "timeline":
                self.timeline_slide(s)
            elif s.id == "gap":
                self.key_numbers_slide(s)
                self.chart_slides(s)
            elif s.id == "checks":
                self.checks_slide(s)
            elif any(isinstance(b, Table) and b.style == "events" for b in s.blocks):
                self.events_slide(s)
            else:
                self.message_slide(s)
        props = self.prs.core_properties
        props.title = self.doc.title
        props.author = "shingi"
        props.last_modified_by = "shingi"
        props.language = self.doc.lang
        stamp = datetime(2000, 1, 1)
        if self.doc.date_published:
            stamp = datetime.fromisoformat(self.doc.date_published)
        props.created = props.modified = stamp
        props.revision = 1
        buf = io.BytesIO()
        self.prs.save(buf)
        return _reproducible_zip(buf.getvalue())


def _column_widths(table: Table, rows: list[tuple[Inline, ...]], width: float) -> list[float]:
    """Share the width by each column's longest text, each column at least a tenth."""
    longest = [
        max([_units(c)] + [_units(_inline_text(r[j])) for r in rows if j < len(r)])
        for j, c in enumerate(table.columns)
    ]
    weights = [min(max(n, 4), 60) for n in longest]
    total = sum(weights) or 1
    raw = [max(width * w / total, width * 0.12) for w in weights]
    factor = width / sum(raw)
    return [w * factor for w in raw]


def _reproducible_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry times, so the same slides give the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render_pptx(doc: ReportDocument) -> bytes:
    """The report as a deck (PPTX bytes): title, verdict, key numbers, the timeline's turning
    point, one chart a slide, each pillar's major events, the analysis' messages, the checks and
    the sources."""
    return _Deck(doc).render()
