"""Charts of a report as hand-written inline SVG for the HTML page (no matplotlib: 0.24 s to import).

Draws the same information as ``charts.py`` (which stays for the slides' PNG): the timeline's
lanes by pillar and month with the turning-point month shaded and labelled, dots sized by
significance that link to their event rows; bars with the subject highlighted, value labels and
the 0-100 track for shares and scores.

Pack text is untrusted: every string goes through ``html.escape`` (quotes included) in text
nodes and attributes, and characters XML forbids are dropped, so the SVG stays well-formed and
no data becomes markup. Links are in-page anchors only (``#ev-...``, ``#src-N``). Output is
deterministic: no ids, no random numbers, coordinates rounded to 0.1.
Text uses IPAexGothic (the PDF's font) and then ShingiJP (the subset embedded in the page).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from html import escape

from shingi.render.charts import INK, MARK_COLOUR, OTHER_COLOUR, PALETTE, SUBJECT_COLOUR
from shingi.render.document import BarChart, Chart, TimelineChart, TimelineDot, event_anchor, source_anchor
from shingi.render.fonts import BOLD_FAMILY, EMBEDDED_FAMILY, FAMILY

FONT_FAMILY = f"{FAMILY},{EMBEDDED_FAMILY},sans-serif"
AXIS = "#BBBBBB"
GRID = "#EEEEEE"
TRACK = "#EEF1F4"
MARK_INK = "#9A5B00"
MUTED = "#59636E"
FOLD_FILL = "#F3F4F6"

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _esc(text: str) -> str:
    """Text for an SVG text node or attribute: escaped, and without characters XML forbids."""
    return escape(_XML_INVALID.sub("", text), quote=True)


def _n(x: float) -> str:
    """A coordinate, rounded for short, stable output."""
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _text_width(text: str, size: float) -> float:
    """The width of a line of text, estimated: East Asian characters a full em, others about half."""
    return sum(size if ord(c) > 0x2E7F else 0.6 * size for c in text)


def _svg(width: float, height: float, body: list[str]) -> str:
    return (
        f'<svg class="chart-svg" role="img" focusable="false" viewBox="0 0 {_n(width)} {_n(height)}" '
        f'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'font-family="{FONT_FAMILY}" font-size="12" fill="{INK}">' + "".join(body) + "</svg>"
    )


def _text(x: float, y: float, text: str, *, size: float = 12, anchor: str = "start", colour: str = "",
          extra: str = "") -> str:
    fill = f' fill="{colour}"' if colour else ""
    size_attr = f' font-size="{_n(size)}"' if size != 12 else ""
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" dominant-baseline="central"'
        f"{size_attr}{fill}{extra}>{_esc(text)}</text>"
    )


def _month_ticks(n_months: int, marked: tuple[int, ...]) -> list[int]:
    """Every n-th month, and always the turning point's and the last one (as charts.py)."""
    every = 1 if n_months <= 14 else (2 if n_months <= 28 else 3)
    ticks = sorted({*range(0, n_months, every), *marked, n_months - 1})
    return [
        t
        for t in ticks
        if t in marked
        or t == n_months - 1
        or all(abs(t - m) >= every for m in (*marked, n_months - 1) if m != t)
    ]


def dot_radius(significance: int) -> float:
    """A dot's radius: the area grows with significance as in charts.py (there ``s``, in pt²)."""
    return math.sqrt((30 + 45 * max(significance - 1, 0) ** 1.3) / math.pi)


#: the horizontal room one dot takes in a cell, in SVG units
DOT_STEP = 13.0


def column_widths(data: TimelineChart, base: float) -> list[float]:
    """Each column's width: ``base``, wider where a cell holds more dots than fit side by side
    (so a busy month never piles its dots up), a third of it for a folded run of empty months."""
    most: dict[int, int] = defaultdict(int)
    cells: dict[tuple[int, int], int] = defaultdict(int)
    for dot in data.dots:
        cells[(dot.lane, dot.month)] += 1
    for (_, month), k in cells.items():
        most[month] = max(most[month], k)
    return [
        base * 0.45 if i in data.folded else max(base, DOT_STEP * most[i] + 12)
        for i in range(len(data.months))
    ]


def _timeline(data: TimelineChart) -> str:
    n_months = max(len(data.months), 1)
    n_lanes = max(len(data.lanes), 1)
    lane_h = 40.0
    label_size, tick_size = 12.0, 11.0
    left = max((_text_width(label, label_size) for label in data.lanes), default=0.0) + 16
    unfolded = max(n_months - len(data.folded), 1)
    longest = max((_text_width(m, tick_size) for i, m in enumerate(data.months) if i not in data.folded),
                  default=40.0)
    # wide enough for a horizontal month label when there are few columns
    base = min(max(560.0 / unfolded, 26.0), max(70.0, longest + 10))
    widths = column_widths(data, base)
    starts = [left + sum(widths[:i]) for i in range(n_months)]
    plot_w = sum(widths)
    top = 26.0
    plot_h = lane_h * n_lanes
    rotate = any(_text_width(data.months[i], tick_size) > widths[i] - 4
                 for i in range(len(data.months)) if i not in data.folded)
    ticks = _month_ticks(n_months, data.marked) if data.months else []
    ticks = [t for t in ticks if t not in data.folded]
    longest_tick = max((_text_width(data.months[t], tick_size) for t in ticks), default=0.0)
    axis_h = (longest_tick * 0.71 + 18) if rotate else 24.0
    key_h = 30.0 if data.sizes or data.folded else 0.0
    width = left + plot_w + 16
    height = top + plot_h + axis_h + key_h
    base_y = top + plot_h

    def x_of(month: int) -> float:
        return starts[month] + widths[month] / 2

    def y_of(lane: int) -> float:
        return top + (lane + 0.5) * lane_h

    body: list[str] = []
    for i in data.marked:
        body.append(
            f'<rect x="{_n(starts[i])}" y="{_n(top)}" width="{_n(widths[i])}" height="{_n(plot_h)}" '
            f'fill="{MARK_COLOUR}"/>'
        )
        if data.mark_label:
            body.append(_text(x_of(i), top - 11, data.mark_label, size=11, anchor="middle", colour=MARK_INK))
    for i in data.folded:
        # a folded run of empty months: hatched, its months in its tooltip
        body.append(
            f'<rect x="{_n(starts[i] + 2)}" y="{_n(top)}" width="{_n(widths[i] - 4)}" height="{_n(plot_h)}" '
            f'fill="{FOLD_FILL}"><title>{_esc(data.months[i])}</title></rect>'
        )
        body.append(_text(x_of(i), base_y + 12, "…", size=tick_size, anchor="middle", colour=MUTED))
    for lane, label in enumerate(data.lanes):
        y = y_of(lane)
        body.append(
            f'<line x1="{_n(left)}" y1="{_n(y)}" x2="{_n(left + plot_w)}" y2="{_n(y)}" stroke="{GRID}"/>'
        )
        body.append(_text(left - 8, y, label, size=label_size, anchor="end"))
    body.append(
        f'<path d="M{_n(left)} {_n(top)}V{_n(base_y)}H{_n(left + plot_w)}" fill="none" stroke="{AXIS}"/>'
    )
    for t in ticks:
        x = x_of(t)
        body.append(
            f'<line x1="{_n(x)}" y1="{_n(base_y)}" x2="{_n(x)}" y2="{_n(base_y + 4)}" stroke="{AXIS}"/>'
        )
        if rotate:
            body.append(
                _text(x + 3, base_y + 10, data.months[t], size=tick_size, anchor="end",
                      extra=f' transform="rotate(-45 {_n(x + 3)} {_n(base_y + 10)})"')
            )
        else:
            body.append(_text(x, base_y + 14, data.months[t], size=tick_size, anchor="middle"))
    cells: dict[tuple[int, int], list[TimelineDot]] = defaultdict(list)
    for dot in data.dots:
        cells[(dot.lane, dot.month)].append(dot)
    for (lane, month), dots in sorted(cells.items()):
        k = len(dots)
        step = min(DOT_STEP, (widths[month] - 8) / max(k, 1))
        colour = PALETTE[lane % len(PALETTE)]
        for j, dot in enumerate(sorted(dots, key=lambda d: (-d.significance, d.event_id))):
            cx = x_of(month) + (j - (k - 1) / 2) * step
            body.append(
                f'<a xlink:href="#{_esc(event_anchor(dot.event_id))}">'
                f'<circle cx="{_n(cx)}" cy="{_n(y_of(lane))}" r="{_n(dot_radius(dot.significance))}" '
                f'fill="{colour}" stroke="#FFFFFF" stroke-width="1">'
                f"<title>{_esc(dot.title)}</title></circle></a>"
            )
    if key_h:
        # the key: what a dot's size means, and what a hatched column stands for
        y = height - key_h / 2
        x = left
        if data.sizes and data.size_label:
            body.append(_text(x, y, data.size_label, size=11, colour=MUTED))
            x += _text_width(data.size_label, 11) + 8
        for significance, label in data.sizes:
            r = dot_radius(significance)
            body.append(f'<circle cx="{_n(x + r)}" cy="{_n(y)}" r="{_n(r)}" fill="{MUTED}"/>')
            body.append(_text(x + 2 * r + 4, y, label, size=11, colour=MUTED))
            x += 2 * r + 12 + _text_width(label, 11)
        if data.folded:
            x += 8
            body.append(f'<rect x="{_n(x)}" y="{_n(y - 7)}" width="10" height="14" fill="{FOLD_FILL}"/>')
            body.append(_text(x + 15, y, f"… {data.fold_label}" if data.fold_label else "…", size=11,
                              colour=MUTED))
    return _svg(width, height, body)


def _bars(data: BarChart) -> str:
    n = max(len(data.bars), 1)
    row_h = 32.0
    bar_h = 20.0
    size = 12.0
    left = max((_text_width(b.label, size) for b in data.bars), default=0.0) + 14
    plot_w = 300.0
    top = 6.0
    height = top + row_h * n + 6
    values = [b.value if math.isfinite(b.value) else 0.0 for b in data.bars]
    scale_top = data.axis_max if data.axis_max is not None else (max(values) if values else 1.0)
    scale_top = max(scale_top, max(values, default=0.0), 1e-12)
    span = scale_top * (1.32 if data.axis_max is None else 1.0)

    def w_of(value: float) -> float:
        return max(value, 0.0) / span * plot_w

    # room for a value label that ends past the plot (a long unit on the longest bar)
    right = max(
        (w_of(v) + 0.01 * plot_w + _text_width(b.display, 11.5)
         for b, v in zip(data.bars, values, strict=True)),
        default=0.0,
    )
    width = left + max(plot_w, right) + 10
    body: list[str] = []
    for i, (bar, value) in enumerate(zip(data.bars, values, strict=True)):
        y = top + (i + 0.5) * row_h
        y0 = y - bar_h / 2
        if data.axis_max is not None:
            # the whole scale as a pale track, so 1 % reads as 1 % of something
            body.append(
                f'<rect x="{_n(left)}" y="{_n(y0)}" width="{_n(w_of(data.axis_max))}" height="{_n(bar_h)}" '
                f'fill="{TRACK}"/>'
            )
        colour = SUBJECT_COLOUR if bar.highlight else OTHER_COLOUR
        rect = (
            f'<rect x="{_n(left)}" y="{_n(y0)}" width="{_n(w_of(value))}" height="{_n(bar_h)}" '
            f'fill="{colour}">'
            f"<title>{_esc(bar.label)}: {_esc(bar.display)}</title></rect>"
        )
        if bar.notes:
            rect = f'<a xlink:href="#{_esc(source_anchor(bar.notes[0]))}">{rect}</a>'
        body.append(rect)
        inside = data.axis_max is not None and value > 0.78 * scale_top
        x = left + w_of(value) + (-0.01 if inside else 0.01) * plot_w
        body.append(
            _text(x, y, bar.display, size=11.5, anchor="end" if inside else "start",
                  colour="#FFFFFF" if inside else "")
        )
        # the PDF has a synthesised bold cut of its own (ShingiBoldJP); browsers embolden the rest
        weight = f' font-weight="bold" font-family="{BOLD_FAMILY},{FONT_FAMILY}"' if bar.highlight else ""
        body.append(_text(left - 8, y, bar.label, size=size, anchor="end", extra=weight))
    body.append(
        f'<line x1="{_n(left)}" y1="{_n(top)}" x2="{_n(left)}" y2="{_n(height - 6)}" stroke="{AXIS}"/>'
    )
    return _svg(width, height, body)


def render_svg(chart: Chart) -> str:
    """The chart as an inline ``<svg>`` element: fluid (a viewBox, the width set by CSS), no script,
    links to in-page anchors only, every pack text escaped."""
    if isinstance(chart.data, TimelineChart):
        return _timeline(chart.data)
    return _bars(chart.data)
