"""The report as one self-contained HTML file: inline CSS, charts as inline SVG, no script, no network.

Every text from the pack, the claim or the diagnosis goes through :func:`esc` (``html.escape``
with quotes) before it is written; the only markup that is not built here is matplotlib's SVG,
whose text is drawn as glyph paths. Links are in-document anchors, except the URLs of sources,
which :func:`shingi.render.safety.safe_url` limits to http(s). The same HTML, with the IPAex
font declared, is what WeasyPrint turns into the PDF.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
import unicodedata
from collections.abc import Callable

from shingi.render import labels as L
from shingi.render.document import (
    Block,
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
    source_anchor,
)


def esc(text: object) -> str:
    """Escape a text for HTML content and attribute values."""
    return html.escape(str(text), quote=True)


RATING_COLOURS = {
    "true": "#1a7f37",
    "mostly_true": "#4d8f2a",
    "half_true": "#b7791f",
    "mostly_false": "#d4561c",
    "false": "#c62828",
    "unverifiable": "#6e7781",
}

CSS = """
:root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--soft:#f6f8fa;--accent:#0b5cad;--rating:#b7791f}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;line-height:1.7;font-size:16px;
 font-family:FONTS}
a{color:var(--accent)}
.page{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}
header.cover{border-bottom:4px solid var(--rating);padding:1.5rem 0 1rem;margin-bottom:1rem}
.kicker{color:var(--muted);font-size:.85rem;letter-spacing:.08em;margin:0}
h1{font-size:clamp(1.5rem,4.5vw,2.2rem);line-height:1.3;margin:.3rem 0}
.subtitle{color:var(--muted);font-size:1.05rem;margin:.2rem 0 0}
nav.toc{font-size:.85rem;margin:0 0 1.5rem}
nav.toc ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .5rem}
nav.toc a{display:inline-block;padding:.1rem .55rem;border:1px solid var(--line);border-radius:1rem;
 text-decoration:none;color:var(--ink);background:var(--soft)}
section{margin:2.2rem 0}
h2{font-size:1.4rem;border-left:6px solid var(--rating);padding-left:.6rem;margin:0 0 .8rem;line-height:1.35}
h3{font-size:1.08rem;margin:1.2rem 0 .4rem}
p{margin:.5rem 0}
.callout{background:#fff8e6;border-left:4px solid #e0a030;padding:.6rem .9rem;border-radius:.3rem}
.note{color:var(--muted);font-size:.9rem}
.verdict{border:1px solid var(--line);border-radius:.6rem;padding:1rem 1.2rem;background:var(--soft)}
.claim-label{margin:0;color:var(--muted);font-size:.85rem}
blockquote.claim{margin:.2rem 0 .8rem;font-size:1.2rem;font-weight:bold;line-height:1.5;quotes:"「" "」"}
html[lang=en] blockquote.claim{quotes:"“" "”"}
blockquote.claim::before{content:open-quote}
blockquote.claim::after{content:close-quote}
.badge{display:inline-block;background:var(--rating);color:#fff;font-weight:bold;font-size:1.25rem;
 padding:.25rem .9rem;border-radius:.4rem}
ol.scale{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem;padding:0;margin:.7rem 0;font-size:.78rem}
ol.scale li{flex:1 1 4.5rem;text-align:center;padding:.15rem .2rem;border-radius:.25rem;background:#e9ecef;
 color:var(--muted)}
ol.scale li.on{background:var(--rating);color:#fff;font-weight:bold}
ol.scale li.apart{flex:0 1 auto}
.reason{color:var(--ink)}
.split{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin-top:.6rem}
.split>div{background:#fff;border-radius:.4rem;padding:.4rem .9rem;border-top:4px solid}
.split .holds{border-color:#1a7f37}
.split .exaggerated{border-color:#c62828}
.split h3{margin:.4rem 0}
.split ul{padding-left:1.2rem;margin:.3rem 0}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.6rem 0 1rem;border:1px solid var(--line);
 border-radius:.4rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{caption-side:top;text-align:left;font-weight:bold;padding:.5rem .7rem}
th,td{border-top:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:var(--soft);white-space:nowrap}
td.nw,th.nw,span.nw{white-space:nowrap}
html[lang=ja] body{line-break:strict;word-break:normal}
table.observations td:last-child{color:var(--muted);font-size:.8rem;min-width:14rem}
tr:target{background:#fff3c4}
li:target{background:#fff3c4}
figure.chart{margin:1rem 0;padding:.6rem .8rem;border:1px solid var(--line);border-radius:.4rem}
figure.chart figcaption{font-weight:bold;font-size:.95rem}
figure.chart .ratio{display:block;color:#c8102e;font-size:1.05rem}
.chart-svg{display:block;width:100%;height:auto;max-height:26rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:0 1rem}
sup.fn{font-size:.68em;line-height:0;white-space:nowrap}
sup.fn a{text-decoration:none;padding:0 .08em}
ol.sources{padding-left:2.2rem;font-size:.9rem}
ol.sources li{margin:.35rem 0;overflow-wrap:anywhere}
ol.sources .meta{color:var(--muted)}
ol.sources .uncited{color:var(--muted)}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{border-top:1px solid var(--line);margin-top:2rem;padding-top:.8rem;color:var(--muted);font-size:.8rem}
@media (max-width:640px){body{font-size:15px}.split{grid-template-columns:1fr}.page{padding:.5rem .8rem 2rem}}
@media print{
 nav.toc{display:none}
 body{font-size:10.5pt}
 .page{max-width:none;padding:0}
 section{margin:1.2rem 0}
 h2{break-after:avoid}
 figure.chart,tr,.verdict,blockquote{break-inside:avoid}
 .table-wrap{overflow:visible;border:none}
 a{color:inherit}
}
"""

SCREEN_FONTS = (
    '"Hiragino Sans","Hiragino Kaku Gothic ProN","Noto Sans JP","Noto Sans CJK JP","Yu Gothic",'
    'Meiryo,IPAexGothic,ShingiJP,system-ui,-apple-system,"Segoe UI",sans-serif'
)
#: Where the embedded font's @font-face goes once the page's characters are known.
FONT_FACE_SLOT = "/*font-face*/"

PDF_CSS = """
@font-face{font-family:IPAexGothic;src:url("FONT_URL") format("truetype");font-weight:normal}
@font-face{font-family:ShingiBoldJP;src:url("BOLD_URL") format("truetype");font-weight:normal}
@page{size:A4;margin:16mm 15mm 18mm;@bottom-center{content:counter(page) " / " counter(pages);
 font-family:IPAexGothic;font-size:8pt;color:#59636e}}
body{font-family:IPAexGothic,sans-serif;font-size:10pt;line-height:1.6}
body *{font-weight:normal!important}
h1,h2,h3,h4,b,strong,th,caption,figcaption,blockquote.claim,.badge,ol.scale li.on,svg text[font-weight=bold]{
 font-family:ShingiBoldJP,IPAexGothic,sans-serif}
figure.chart{padding:.3rem .6rem;margin:.6rem 0}
#chart-timeline .chart-svg{width:84%;margin:0 auto}
h1{font-size:21pt}
header.cover{padding-top:0;margin-bottom:.6rem}
section{margin:1rem 0}
.verdict{padding:.7rem 1rem}
.split{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
.charts{display:block}
figure.chart{break-inside:avoid}
.chart-svg{max-height:none;max-width:100%}
.charts .chart-svg{width:62%}
table{table-layout:fixed}
th,td{overflow-wrap:anywhere;word-break:break-word}
th{white-space:normal}
"""
#: Elements the page sets in bold: the PDF's synthesised bold font covers their characters.
_BOLD = re.compile(
    r"<(h[1-4]|strong|th|caption|figcaption|blockquote)\b[^>]*>(.*?)</\1>"
    r'|<(span) class="badge">(.*?)</span>|<li class="on[^"]*"[^>]*>(.*?)</li>'
    r'|<text [^>]*font-weight="bold"[^>]*>(.*?)</text>',
    re.S,
)


def bold_text(page: str) -> str:
    """The characters of a page that are set in bold (headings, strong text, table heads ...)."""
    found = []
    for m in _BOLD.finditer(page):
        inner = m.group(2) or m.group(4) or m.group(5) or m.group(6) or ""
        found.append(html.unescape(re.sub(r"<[^>]+>", "", inner)))
    return "".join(sorted(set("".join(found)))) + "0123456789"

#: Longest text of one table cell in the PDF: a page-long note would make WeasyPrint's table
#: layout take minutes (issue 13: 20,000 characters, more than 5 minutes); the full text stays
#: in the HTML, Markdown and JSON reports.
PDF_CELL_CHARS = 600


#: A column whose every cell is at most this wide (CJK characters count two) never wraps.
SHORT_CELL = 16


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def column_widths(t: Table) -> list[int]:
    """The display width of each column's widest cell (footnote marks included) or heading."""
    out = []
    for j, title in enumerate(t.columns):
        cells = [row[j] for row in t.rows if j < len(row)]
        texts = ["".join(s.text + (f"[{','.join(map(str, s.notes))}]" if s.notes else "") for s in c)
                 for c in cells]
        out.append(max([_display_width(title), *(_display_width(x) for x in texts)]))
    return out


def _runs(notes: tuple[int, ...]) -> list[tuple[int, int]]:
    """Sorted footnote numbers as runs of consecutive numbers: (1, 4, 5, 6) -> (1, 1), (4, 6)."""
    runs: list[tuple[int, int]] = []
    for n in sorted(set(notes)):
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _notes(notes: tuple[int, ...], lang: str) -> str:
    """Footnote markers linking to their source entries; three or more in a row as 4–6."""
    if not notes:
        return ""
    label = esc(L.t(lang, "footnote"))

    def link(n: int) -> str:
        return f'<a href="#{source_anchor(n)}" aria-label="{label} {n}">{n}</a>'

    parts = []
    for a, b in _runs(notes):
        if b - a >= 2:
            parts.append(f"{link(a)}–{link(b)}")
        else:
            parts.extend(link(n) for n in range(a, b + 1))
    return f'<sup class="fn">[{",".join(parts)}]</sup>'


#: A date in running text (2026年4月, Apr 2026, 4 Dec 2026): one unit a line never breaks inside,
#: as narrow cells and the PDF's break-anywhere cells would otherwise split 2026 / 年.
_DATE_RUN = re.compile(
    r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{4}年度"
    r"|(?:\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}"
)


def inline(spans: Inline, lang: str) -> str:
    """Spans as HTML: escaped text (dates kept on one line), bold where strong, in-document links,
    footnote markers."""
    out: list[str] = []
    for s in spans:
        text = _DATE_RUN.sub(lambda m: f'<span class="nw">{m.group(0)}</span>', esc(s.text))
        if s.strong:
            text = f"<strong>{text}</strong>"
        if s.link:
            text = f'<a href="#{esc(s.link)}">{text}</a>'
        out.append(text + _notes(s.notes, lang))
    return "".join(out)


def clip_spans(spans: Inline, limit: int) -> Inline:
    """The spans cut after ``limit`` characters of text in all, ending in "…" when cut."""
    out: list[Span] = []
    left = limit
    for s in spans:
        if len(s.text) <= left:
            out.append(s)
            left -= len(s.text)
            continue
        out.append(dataclasses.replace(s, text=s.text[:left].rstrip() + "…"))
        break
    return tuple(out)


class _Html:
    def __init__(self, doc: ReportDocument, chart_svg: Callable[[Chart], str], cell_chars: int | None = None):
        self.doc = doc
        self.cell_chars = cell_chars
        self.lang = doc.lang
        self.chart_svg = chart_svg

    def block(self, b: Block) -> str:
        if isinstance(b, Heading):
            level = min(max(b.level, 3), 4)
            return f"<h{level}>{esc(b.text)}</h{level}>"
        if isinstance(b, Paragraph):
            cls = f' class="{esc(b.style)}"' if b.style != "text" else ""
            return f"<p{cls}>{inline(b.spans, self.lang)}</p>"
        if isinstance(b, BulletList):
            items = "".join(f"<li>{inline(i, self.lang)}</li>" for i in b.items)
            return f'<ul class="{esc(b.style)}">{items}</ul>'
        if isinstance(b, Table):
            return self.table(b)
        if isinstance(b, Chart):
            return self.chart(b)
        if isinstance(b, Verdict):
            return self.verdict(b)
        return self.sources(b)

    def table(self, t: Table) -> str:
        caption = ""
        if t.caption or t.notes:
            caption = f"<caption>{esc(t.caption)}{_notes(t.notes, self.lang)}</caption>"
        longest = column_widths(t)
        # a column of short cells (dates, results, values) never wraps: 不成/立 or 2026/年 on two
        # lines reads as two things; the other columns share the rest of the width
        short = [n <= SHORT_CELL for n in longest]
        nw = ' class="nw"'
        head = "".join(
            f'<th scope="col"{nw if short[j] else ""}>{esc(c)}</th>' for j, c in enumerate(t.columns)
        )
        colgroup = ""
        if self.cell_chars is not None:
            # the PDF lays tables out with fixed widths (fast for long notes): give each column
            # the width its text needs, long columns sharing the rest
            weights = [max(n, 4) if short[j] else min(max(n, 12), 60) for j, n in enumerate(longest)]
            total = sum(weights) or 1
            colgroup = "<colgroup>" + "".join(
                f'<col style="width:{100 * w / total:.1f}%">' for w in weights
            ) + "</colgroup>"
        # dates and amounts do not wrap: "USD 500 mn" on two lines reads as two things
        kinds = {"events": ("date", "", "num"), "observations": ("", "", "date", "num", "")}.get(t.style, ())
        rows = []
        for i, row in enumerate(t.rows):
            rid = t.row_ids[i] if i < len(t.row_ids) else None
            attr = f' id="{esc(rid)}"' if rid else ""
            cells = []
            for j, cell in enumerate(row):
                kind = kinds[j] if j < len(kinds) else ""
                names = " ".join(c for c in (kind, "nw" if short[j] else "") if c)
                cls = f' class="{names}"' if names else ""
                if self.cell_chars is not None:
                    cell = clip_spans(cell, self.cell_chars)
                cells.append(f"<td{cls}>{inline(cell, self.lang)}</td>")
            rows.append(f"<tr{attr}>{''.join(cells)}</tr>")
        return (
            f'<div class="table-wrap"><table class="{esc(t.style)}">{caption}{colgroup}'
            f"<thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></div>"
        )

    def chart(self, c: Chart) -> str:
        ratio = getattr(c.data, "ratio", "")
        ratio_html = f'<span class="ratio">{esc(ratio)}</span>' if ratio else ""
        return (
            f'<figure class="chart" id="chart-{esc(c.id)}" aria-label="{esc(c.title)}">'
            f"<figcaption>{esc(c.title)}{_notes(c.notes, self.lang)}{ratio_html}</figcaption>"
            f"{self.chart_svg(c)}"
            f'<p class="visually-hidden">{esc(c.alt)}</p></figure>'
        )

    def verdict(self, v: Verdict) -> str:
        t = self.lang
        steps = []
        for r, label in v.scale:
            classes = " ".join(
                c for c in ("on" if r == v.rating else "", "apart" if r == "unverifiable" else "") if c
            )
            current = ' aria-current="true"' if r == v.rating else ""
            steps.append(f'<li class="{classes}"{current}>{esc(label)}</li>')
        scale = "".join(steps)
        holds = "".join(f"<li>{inline(i, t)}</li>" for i in v.holds) or f"<li>{esc(L.t(t, 'none'))}</li>"
        exaggerated = (
            "".join(f"<li>{inline(i, t)}</li>" for i in v.exaggerated) or f"<li>{esc(L.t(t, 'none'))}</li>"
        )
        return (
            f'<div class="verdict rating-{esc(v.rating)}">'
            f'<p class="claim-label">{esc(L.t(t, "claim"))}</p>'
            f'<blockquote class="claim">{esc(v.claim)}</blockquote>'
            f'<p><span class="badge">{esc(v.label)}</span></p>'
            f'<ol class="scale" aria-label="{esc(L.t(t, "scale"))}">{scale}</ol>'
            f'<p class="reason">{esc(v.reason)}</p>'
            f'<div class="split"><div class="holds"><h3>{esc(L.t(t, "holds"))}</h3><ul>{holds}</ul></div>'
            f'<div class="exaggerated"><h3>{esc(L.t(t, "exaggerated"))}</h3>'
            f"<ul>{exaggerated}</ul></div></div>"
            f"</div>"
        )

    def sources(self, s: SourceList) -> str:
        items = []
        for e in s.entries:
            title = esc(e.title)
            if e.url:
                title = f'<a href="{esc(e.url)}" rel="noopener noreferrer">{title}</a>'
            meta = [x for x in (e.publisher, e.published) if x]
            meta_html = f' <span class="meta">— {esc(", ".join(meta))}</span>' if meta else ""
            url = f'<br><span class="meta">{esc(e.url)}</span>' if e.url else ""
            cls = "" if e.cited else ' class="uncited"'
            items.append(
                f'<li id="{source_anchor(e.number)}" value="{e.number}"{cls}>{title}{meta_html}'
                f' <span class="meta">[{esc(e.id)}]</span>{url}</li>'
            )
        return '<ol class="sources">' + "".join(items) + "</ol>"

    def section(self, s: Section) -> str:
        parts: list[str] = []
        charts: list[str] = []
        bar_charts = [b for b in s.blocks if isinstance(b, Chart) and b.id != "timeline"]
        for b in s.blocks:
            if isinstance(b, Chart) and b.id != "timeline" and len(bar_charts) > 1:
                charts.append(self.block(b))
                if len(charts) == len(bar_charts):
                    parts.append('<div class="charts">' + "".join(charts) + "</div>")
                continue
            parts.append(self.block(b))
        return f'<section id="{esc(s.id)}"><h2>{esc(s.title)}</h2>' + "".join(parts) + "</section>"

    def page(self, extra_css: str = "", json_ld: str | None = None) -> str:
        d = self.doc
        colour = RATING_COLOURS.get(d.rating, "#b7791f")
        toc = "".join(f'<li><a href="#{esc(s.id)}">{esc(s.title)}</a></li>' for s in d.sections)
        body = "".join(self.section(s) for s in d.sections)
        ld = ""
        if json_ld is not None:
            ld = f'<script type="application/ld+json">{json_ld}</script>'
        footer_bits = [L.t(self.lang, "generated_by"), f"{L.t(self.lang, 'pack')}: {d.pack_id}"]
        if d.date_text:
            footer_bits.append(d.date_text)
        css = CSS.replace("FONTS", SCREEN_FONTS) + extra_css
        return (
            f'<!DOCTYPE html>\n<html lang="{esc(d.lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="shingi">\n'
            f"<title>{esc(d.title)} — {esc(d.rating_label)}</title>\n"
            f'<style>{css}:root{{--rating:{colour}}}</style>\n{ld}\n</head>\n<body>\n<div class="page">\n'
            f'<header class="cover"><p class="kicker">{esc(d.kicker)}'
            + (f' · <time datetime="{esc(d.date_published)}">{esc(d.date_text)}</time>'
               if d.date_text else "")
            + f"</p><h1>{esc(d.title)}</h1>"
            + (f'<p class="subtitle">{esc(d.subtitle)}</p>' if d.subtitle else "")
            + f'</header>\n<nav class="toc" aria-label="contents"><ol>{toc}</ol></nav>\n<main>{body}</main>\n'
            + "<footer>"
            + " · ".join(esc(b) for b in footer_bits)
            + "</footer>\n</div>\n</body>\n</html>\n"
        )


def json_ld_script(data: dict[str, object]) -> str:
    """JSON for a ``<script type="application/ld+json">``: ``<``, ``>`` and ``&`` as \\u escapes,
    so that no text in it can close the script element."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(doc: ReportDocument, *, for_pdf: bool = False) -> str:
    """The report as a self-contained HTML page (``for_pdf``: with the IPAex font declared)."""
    from shingi.render.jsonld import claim_review
    from shingi.render.svg_charts import render_svg

    extra = ""
    if for_pdf:
        import base64

        from shingi.render.fonts import bold_ttf, ipaex_path

        # IPAex has one weight: headings get a bold cut synthesised for their own characters
        extra = PDF_CSS.replace("FONT_URL", ipaex_path().as_uri())
        page = _Html(doc, render_svg, cell_chars=PDF_CELL_CHARS).page(FONT_FACE_SLOT, None)
        bold = base64.b64encode(bold_ttf(bold_text(page))).decode("ascii")
        return page.replace(FONT_FACE_SLOT, extra.replace("BOLD_URL", f"data:font/ttf;base64,{bold}"), 1)
    # Screen pages carry the Japanese font for their own characters (see fonts.subset_ttf).
    from shingi.render.fonts import embedded_font_face

    page = _Html(doc, render_svg).page(FONT_FACE_SLOT, json_ld_script(claim_review(doc)))
    return page.replace(FONT_FACE_SLOT, embedded_font_face(page), 1)
