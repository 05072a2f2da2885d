"""The report as slides (PPTX, 16:9): a title slide, then one slide per section.

Every text run gets the Latin font and, through the ``a:ea`` element that python-pptx does not
set, the East Asian font IPAexGothic, so Japanese never falls back to a font with missing
glyphs. Charts are PNG images drawn with the same font. Slides hold what fits: long tables are
cut with a note that points to the HTML report. The file is byte-for-byte reproducible (fixed
document dates and zip entry times).
"""

from __future__ import annotations

import io
import math
import struct
import zipfile
from collections.abc import Sequence
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
from shingi.render.fonts import FAMILY, LATIN_FALLBACK
from shingi.render.html import RATING_COLOURS

if TYPE_CHECKING:
    from pptx.text.text import TextFrame, _Run

SLIDE_W, SLIDE_H = 13.333, 7.5  # inches, 16:9
MARGIN = 0.5
TOP = 1.25
INK = "1F2328"
MUTED = "59636E"
MAX_TABLE_ROWS = 14
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
    f.name = LATIN_FALLBACK
    f.color.rgb = _rgb(colour)
    rpr = run._r.get_or_add_rPr()
    # Schema order is latin, ea, cs: put each right after the one before it.
    previous = rpr.find(qn("a:latin"))
    for tag, face in (("a:ea", FAMILY), ("a:cs", LATIN_FALLBACK)):
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


class _Slides:
    def __init__(self, doc: ReportDocument):
        from pptx import Presentation
        from pptx.util import Inches

        self.doc = doc
        self.lang = doc.lang
        self.prs = Presentation()
        # The size must be set before any slide is added, or the layouts keep 4:3 positions.
        self.prs.slide_width = Inches(SLIDE_W)
        self.prs.slide_height = Inches(SLIDE_H)
        self.layout = self.prs.slide_layouts[6]  # blank
        self.colour = RATING_COLOURS.get(doc.rating, "#b7791f")

    def rect(self, slide: Any, left: float, top: float, width: float, height: float, colour: str) -> None:
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Inches

        shape = slide.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Inches(left), Inches(top), Inches(width), Inches(height)
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(colour)
        shape.line.fill.background()

    def new_slide(self, title: str) -> Any:
        slide = self.prs.slides.add_slide(self.layout)
        self.rect(slide, 0, 0, 0.18, SLIDE_H, self.colour)
        tf = _text_box(slide, MARGIN, 0.35, SLIDE_W - 2 * MARGIN, 0.8)
        _add_runs(tf.paragraphs[0], (Span(title, strong=True),), 26)
        self.rect(slide, MARGIN, 1.05, 1.2, 0.05, self.colour)
        return slide

    def title_slide(self) -> None:
        d = self.doc
        slide = self.prs.slides.add_slide(self.layout)
        self.rect(slide, 0, 0, SLIDE_W, 0.25, self.colour)
        tf = _text_box(slide, 0.9, 1.2, SLIDE_W - 1.8, 1.6)
        _add_runs(tf.paragraphs[0], (Span(d.kicker),), 14, MUTED)
        p = tf.add_paragraph()
        _add_runs(p, (Span(d.title, strong=True),), _fit_size(len(d.title), SLIDE_W - 1.8, 1.4, 36, 22))
        if d.subtitle:
            p = tf.add_paragraph()
            _add_runs(p, (Span(d.subtitle),), 18, MUTED)
        tf = _text_box(slide, 0.9, 4.3, SLIDE_W - 1.8, 2.5)
        _add_runs(tf.paragraphs[0], (Span(L.t(self.lang, "claim")),), 13, MUTED)
        p = tf.add_paragraph()
        _add_runs(
            p,
            (Span(f"「{d.claim}」" if self.lang == "ja" else f"“{d.claim}”", strong=True),),
            _fit_size(len(d.claim), SLIDE_W - 1.8, 1.0, 22, 12),
        )
        if d.claim_said:  # who made the claim and when (pack format 1.1)
            p = tf.add_paragraph()
            _add_runs(p, (Span(d.claim_said),), 13, MUTED)
        p = tf.add_paragraph()
        _add_runs(p, (Span(f"{L.t(self.lang, 'rating')}: "),), 20, MUTED)
        _add_runs(p, (Span(d.rating_label, strong=True),), 24, self.colour)

    def verdict_slide(self, section: Section) -> None:
        slide = self.new_slide(section.title)
        v = next(b for b in section.blocks if isinstance(b, Verdict))
        tf = _text_box(slide, MARGIN, TOP, SLIDE_W - 2 * MARGIN, 1.3)
        _add_runs(tf.paragraphs[0], (Span(v.label, strong=True),), 28, self.colour)
        p = tf.add_paragraph()
        _add_runs(p, (Span(v.reason),), _fit_size(len(v.reason), SLIDE_W - 2 * MARGIN, 0.7, 16, 10), MUTED)
        col_w = (SLIDE_W - 2 * MARGIN - 0.4) / 2
        for i, (key, items, colour) in enumerate(
            (("holds", v.holds, "1A7F37"), ("exaggerated", v.exaggerated, "C62828"))
        ):
            left = MARGIN + i * (col_w + 0.4)
            self.rect(slide, left, TOP + 1.55, col_w, 0.06, colour)
            tf = _text_box(slide, left, TOP + 1.7, col_w, 4.1)
            _add_runs(tf.paragraphs[0], (Span(L.t(self.lang, key), strong=True),), 18, colour)
            reasons = [self.reason_of(_inline_text(it)) for it in items]
            chars = sum(_units(_inline_text(it)) + 0.8 * _units(r)
                        for it, r in zip(items, reasons, strict=True))
            size = _fit_size(int(chars) + 12 * len(items), col_w, 3.6, 20, 10)
            for it, reason in zip(items or ((Span(L.t(self.lang, "none")),),), reasons or [""], strict=True):
                p = tf.add_paragraph()
                _add_runs(p, (Span("• "), *it), size)
                p.space_before = 8
                if reason:
                    p = tf.add_paragraph()
                    _add_runs(p, (Span(reason),), size * 0.8, MUTED)

    def reason_of(self, statement: str) -> str:
        """The reason the diagnosis gives for a statement (a check or a part of one)."""
        stack = list(self.doc.diagnosis.checks)
        while stack:
            c = stack.pop(0)
            if c.statement == statement:
                return c.reason
            stack.extend(c.parts)
        return ""

    def chart_picture(
        self,
        slide: Any,
        chart: Chart,
        left: float,
        top: float,
        width: float,
        height: float,
        caption: bool = True,
    ) -> None:
        from pptx.util import Inches

        from shingi.render.charts import render_png

        if caption:
            tf = _text_box(slide, left, top, width, 0.5)
            _add_runs(tf.paragraphs[0], (Span(chart.title, chart.notes, strong=True),), 12)
            ratio = getattr(chart.data, "ratio", "")
            if ratio:
                p = tf.add_paragraph()
                _add_runs(p, (Span(ratio, strong=True),), 12, "C8102E")
            top += 0.65 if ratio else 0.4
            height -= 0.65 if ratio else 0.4
        png = render_png(chart, dpi=150)
        w, h = _png_size(png)
        scale = min(width / w, height / h)
        pic_w, pic_h = w * scale, h * scale
        slide.shapes.add_picture(
            io.BytesIO(png), Inches(left + (width - pic_w) / 2), Inches(top), Inches(pic_w), Inches(pic_h)
        )

    def table(self, slide: Any, table: Table, left: float, top: float, width: float, height: float) -> None:
        from pptx.util import Inches

        if table.caption:
            tf = _text_box(slide, left, top, width, 0.4)
            _add_runs(tf.paragraphs[0], (Span(table.caption, table.notes, strong=True),), 13)
            top += 0.45
            height -= 0.45
        all_rows = list(table.rows)[:MAX_TABLE_ROWS]
        widths = self.column_widths(table, all_rows, width)
        # The largest size at which every row fits; at the smallest, as many rows as fit.
        size, rows = 8.0, all_rows
        for candidate in (14.0, 13.0, 12.0, 11.0, 10.0, 9.0, 8.0):
            header = [(Span(c),) for c in table.columns]
            heights = [_row_height(header, widths, candidate)] + [
                _row_height(list(r), widths, candidate) for r in all_rows]
            if sum(heights) <= height - 0.45 or candidate == 8.0:
                size = candidate
                total, n = heights[0], 0
                for h in heights[1:]:
                    if total + h > height - 0.45:
                        break
                    total, n = total + h, n + 1
                rows = all_rows[: max(n, 1)]
                break
        cut = len(table.rows) - len(rows)
        n_cols = len(table.columns)
        shape = slide.shapes.add_table(
            len(rows) + 1, n_cols, Inches(left), Inches(top), Inches(width), Inches(0.3 * (len(rows) + 1))
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
                _add_runs(cell.text_frame.paragraphs[0], cell_spans, size)
                cell.fill.solid()
                cell.fill.fore_color.rgb = _rgb("F6F8FA" if i % 2 else "FFFFFF")
        if cut > 0:
            tf = _text_box(slide, left, SLIDE_H - 0.55, width, 0.4)
            _add_runs(
                tf.paragraphs[0], (Span(L.t(self.lang, "slide_sources_more").format(n=cut)),), 10, MUTED
            )

    @staticmethod
    def column_widths(table: Table, rows: list[tuple[Inline, ...]], width: float) -> list[float]:
        # Share the width by each column's longest text, each column at least a tenth.
        longest = [
            max([len(c)] + [len(_inline_text(r[j])) for r in rows if j < len(r)])
            for j, c in enumerate(table.columns)
        ]
        weights = [min(max(n, 4), 60) for n in longest]
        total = sum(weights) or 1
        raw = [max(width * w / total, width * 0.1) for w in weights]
        factor = width / sum(raw)
        return [w * factor for w in raw]

    def text_items(self, section: Section) -> list[tuple[Inline, str]]:
        """The section's text as (spans, style) lines: headings, paragraphs and list items."""
        items: list[tuple[Inline, str]] = []
        for b in section.blocks:
            if isinstance(b, Heading):
                items.append(((Span(b.text, strong=True),), "heading"))
            elif isinstance(b, Paragraph):
                items.append((b.spans, b.style))
            elif isinstance(b, BulletList):
                items.extend(((Span("• "), *i), "bullet") for i in b.items)
        # a heading left with nothing under it says nothing on a slide
        while items and items[-1][1] == "heading":
            items.pop()
        return items

    def write_text(
        self,
        slide: Any,
        items: list[tuple[Inline, str]],
        left: float,
        top: float,
        width: float,
        height: float,
        largest: float = 18,
    ) -> None:
        if not items:
            return
        tf = _text_box(slide, left, top, width, height)
        chars = sum(_units(_inline_text(s)) for s, _ in items) + 12 * len(items)
        size = _fit_size(chars, width, height, largest, 9)
        for k, (spans, style) in enumerate(items):
            p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
            colour = "9A5B00" if style == "callout" else (MUTED if style == "note" else INK)
            _add_runs(p, spans, size + (1 if style == "heading" else 0), colour)
            p.space_before = 4

    def section_slide(self, section: Section) -> None:
        if any(isinstance(b, Verdict) for b in section.blocks):
            self.verdict_slide(section)
            return
        if any(isinstance(b, SourceList) for b in section.blocks):
            self.sources_slide(section)
            return
        slide = self.new_slide(section.title)
        charts = section.charts
        tables = [b for b in section.blocks if isinstance(b, Table)]
        items = self.text_items(section)
        area_w, area_h = SLIDE_W - 2 * MARGIN, SLIDE_H - TOP - 0.35
        if charts and charts[0].id == "timeline":
            self.chart_picture(slide, charts[0], MARGIN, TOP, area_w, area_h * 0.62, caption=False)
            self.write_text(
                slide,
                [i for i in items if i[1] == "callout"] or items[:2],
                MARGIN,
                TOP + area_h * 0.64,
                area_w,
                area_h * 0.36,
                16,
            )
        elif charts:
            text_w = 4.2 if items else 0.0
            self.write_text(
                slide, [i for i in items if i[1] != "heading"], MARGIN, TOP, text_w - 0.2, area_h, 14
            )
            shown = charts[:4]
            cols = 1 if len(shown) == 1 else 2
            rows = (len(shown) + cols - 1) // cols
            cw = (area_w - text_w - 0.2 * (cols - 1)) / cols
            ch = (area_h - 0.15 * (rows - 1)) / rows
            for k, c in enumerate(shown):
                r, col = divmod(k, cols)
                self.chart_picture(
                    slide, c, MARGIN + text_w + col * (cw + 0.2), TOP + r * (ch + 0.15), cw, ch
                )
        elif tables:
            text_h = 0.0
            if items:
                # the table's height at a readable size decides how much room the text gets
                t = tables[0]
                widths = self.column_widths(t, list(t.rows), area_w)
                table_h = 0.5 + sum(_row_height(list(r), widths, 12) for r in list(t.rows)[:MAX_TABLE_ROWS])
                table_h += _row_height([(Span(c),) for c in t.columns], widths, 12)
                # but the text keeps room to be read at 12 pt, up to half the slide
                units = sum(_units(_inline_text(sp)) + 12 for sp, _ in items)
                needed = (units / (area_w * 72 / 12) + 1.5) * 12 * 1.45 / 72
                text_h = min(max(area_h - table_h - 0.2, 1.0, min(needed, area_h * 0.5)), area_h * 0.55)
                self.write_text(slide, items, MARGIN, TOP, area_w, text_h, 20)
            self.table(slide, tables[0], MARGIN, TOP + text_h, area_w, area_h - text_h)
        else:
            self.write_text(slide, items, MARGIN, TOP, area_w, area_h, 24)

    def sources_slide(self, section: Section) -> None:
        slide = self.new_slide(section.title)
        entries = [e for b in section.blocks if isinstance(b, SourceList) for e in b.entries]
        shown = entries[:MAX_SOURCES]
        cols = 1 if len(shown) <= 8 else 2
        per_col = (len(shown) + cols - 1) // cols
        col_w = (SLIDE_W - 2 * MARGIN - 0.3 * (cols - 1)) / cols
        for c in range(cols):
            chunk = shown[c * per_col : (c + 1) * per_col]
            tf = _text_box(slide, MARGIN + c * (col_w + 0.3), TOP, col_w, SLIDE_H - TOP - 0.6)
            chars = sum(len(e.title) + len(e.publisher or "") + 30 for e in chunk)
            size = _fit_size(chars, col_w, SLIDE_H - TOP - 0.8, 14, 8)
            for k, e in enumerate(chunk):
                p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                p.space_before = 5
                run = p.add_run()
                run.text = f"[{e.number}] "
                _font(run, size, True, "0B5CAD")
                run = p.add_run()
                run.text = e.title
                _font(run, size, False, INK)
                if e.url:
                    run.hyperlink.address = e.url
                meta = ", ".join(x for x in (e.publisher, e.published) if x)
                if meta:
                    run = p.add_run()
                    run.text = f" — {meta}"
                    _font(run, size * 0.9, False, MUTED)
        if len(entries) > len(shown):
            tf = _text_box(slide, MARGIN, SLIDE_H - 0.55, SLIDE_W - 2 * MARGIN, 0.4)
            _add_runs(
                tf.paragraphs[0],
                (Span(L.t(self.lang, "slide_sources_more").format(n=len(entries) - len(shown))),),
                10,
                MUTED,
            )

    def render(self) -> bytes:
        self.title_slide()
        for s in self.doc.sections:
            self.section_slide(s)
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
    """The report as PPTX bytes: a title slide and one slide per section."""
    return _Slides(doc).render()
