"""Charts of a report drawn with matplotlib (Agg, no pyplot): PNG for slides (the HTML page and the
PDF use the hand-written SVG of ``svg_charts.py``; ``render_svg`` here stays for custom output).

matplotlib is imported on first use only, so commands that draw no chart start fast.
Text from packs reaches the charts as labels only: mathtext is switched off (a title holding
``$x$`` is printed, not typeset) and SVG glyphs are drawn as paths, so no pack text is ever
written into the SVG as markup. Output is deterministic: fixed hash salt, no date metadata.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from shingi.render.document import BarChart, Chart, TimelineChart, event_anchor, source_anchor
from shingi.render.fonts import matplotlib_family

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Lane colours (colour-blind safe, after Okabe and Ito), cycled.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999", "#F0E442")
SUBJECT_COLOUR = "#C8102E"
OTHER_COLOUR = "#8A99A8"
MARK_COLOUR = "#FFE4B5"
INK = "#222222"


@contextmanager
def _style() -> Iterator[None]:
    import matplotlib

    family = matplotlib_family()
    with matplotlib.rc_context(
        {
            "font.family": [family],
            "font.size": 10,
            "text.parse_math": False,  # pack text is data: "$x$" must print as it is
            "svg.fonttype": "path",  # glyphs as paths: no text markup, and no font needed to view
            "svg.hashsalt": "shingi",  # stable clip-path ids: the same report every run
            "axes.edgecolor": "#BBBBBB",
            "axes.labelcolor": INK,
            "xtick.color": INK,
            "ytick.color": INK,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    ):
        yield


def _timeline_figure(data: TimelineChart) -> Figure:
    from matplotlib.figure import Figure

    n_months = max(len(data.months), 1)
    n_lanes = max(len(data.lanes), 1)
    width = min(max(6.0, 0.55 * n_months + 2.2), 12.0)
    fig = Figure(figsize=(width, 0.62 * n_lanes + (1.5 if data.sizes else 1.0)), dpi=100)
    ax = fig.add_subplot(1, 1, 1)
    for i in data.marked:
        ax.axvspan(i - 0.5, i + 0.5, color=MARK_COLOUR, zorder=0, lw=0)
        ax.text(i, n_lanes - 0.45, data.mark_label, ha="center", va="bottom", fontsize=9, color="#9A5B00")
    for i in data.folded:  # a run of months without events, folded into one column
        ax.axvspan(i - 0.35, i + 0.35, color="#F3F4F6", zorder=0, lw=0)
    cells: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for dot in data.dots:
        cells[(dot.lane, dot.month)].append(dot)
    for (lane, month), dots in sorted(cells.items()):
        k = len(dots)
        step = min(0.2, 0.8 / max(k, 1))
        xs = [month + (j - (k - 1) / 2) * step for j in range(k)]
        ys = [n_lanes - 1 - lane] * k
        sizes = [30 + 45 * (d.significance - 1) ** 1.3 for d in dots]
        coll = ax.scatter(
            xs, ys, s=sizes, color=PALETTE[lane % len(PALETTE)], edgecolors="white", linewidths=0.8, zorder=3
        )
        coll.set_urls([f"#{event_anchor(d.event_id)}" for d in dots])
    ax.set_yticks(range(n_lanes))
    ax.set_yticklabels(list(reversed(data.lanes)))
    ax.set_ylim(-0.6, n_lanes - 0.2)
    ax.set_xlim(-0.6, n_months - 0.4)
    every = 1 if n_months <= 14 else (2 if n_months <= 28 else 3)
    # every n-th month, and always the turning point's and the last one
    ticks = sorted({*range(0, n_months, every), *data.marked, n_months - 1})
    ticks = [
        t
        for t in ticks
        if t in data.marked
        or t == n_months - 1
        or all(abs(t - m) >= every for m in (*data.marked, n_months - 1) if m != t)
    ]
    ax.set_xticks(ticks)
    # slant the labels only when they do not fit side by side
    longest = max((sum(1.0 if ord(c) > 0x2E7F else 0.6 for c in m) for m in data.months), default=1.0)
    per_column = (width - 2.4) / max(n_months, 1)
    rotate = longest * 8.5 / 72 > per_column * 0.95
    ax.set_xticklabels(
        ["…" if i in data.folded else data.months[i] for i in ticks],
        rotation=45 if rotate else 0,
        ha="right" if rotate else "center",
        fontsize=8.5,
    )
    if data.sizes:  # the key to dot sizes
        handles = [
            ax.scatter([], [], s=30 + 45 * (k - 1) ** 1.3, color="#59636E", edgecolors="white")
            for k, _ in data.sizes
        ]
        ax.legend(handles, [label for _, label in data.sizes], title=data.size_label or None,
                  loc="upper center", bbox_to_anchor=(0.5, -0.22 if rotate else -0.12), ncol=len(handles),
                  frameon=False, fontsize=8.5, title_fontsize=8.5)
    ax.grid(axis="y", color="#EEEEEE", zorder=0)
    ax.tick_params(axis="y", length=0)
    fig.tight_layout(pad=0.4)
    return fig


def _bar_figure(data: BarChart) -> Figure:
    from matplotlib.figure import Figure

    n = max(len(data.bars), 1)
    fig = Figure(figsize=(4.6, 0.4 * n + 0.5), dpi=100)
    ax = fig.add_subplot(1, 1, 1)
    ys = list(range(n))[::-1]
    values = [b.value for b in data.bars]
    colours = [SUBJECT_COLOUR if b.highlight else OTHER_COLOUR for b in data.bars]
    if data.axis_max is not None:
        # the whole scale as a pale track, so 1 % reads as 1 % of something
        ax.barh(ys, [data.axis_max] * n, color="#EEF1F4", height=0.62, zorder=1)
    rects = ax.barh(ys, values, color=colours, height=0.62, zorder=2)
    for rect, bar in zip(rects, data.bars, strict=True):
        if bar.notes:
            rect.set_url(f"#{source_anchor(bar.notes[0])}")
    top = data.axis_max if data.axis_max is not None else (max(values) if values else 1.0)
    top = max(top, max(values, default=0.0), 1e-12)
    ax.set_xlim(0, top * (1.32 if data.axis_max is None else 1.0))
    for y, bar in zip(ys, data.bars, strict=True):
        inside = data.axis_max is not None and bar.value > 0.78 * top
        x = bar.value - 0.01 * top if inside else bar.value + 0.01 * top
        ax.text(
            x,
            y,
            bar.display,
            va="center",
            ha="right" if inside else "left",
            fontsize=9,
            color="white" if inside else INK,
            zorder=3,
        )
    ax.set_yticks(ys)
    ax.set_yticklabels([b.label for b in data.bars])
    ax.tick_params(axis="y", length=0)
    ax.set_xticks([])
    ax.spines["bottom"].set_visible(False)
    fig.tight_layout(pad=0.4)
    return fig


def figure(chart: Chart) -> Figure:
    """The matplotlib figure of a chart (for tests and custom output)."""
    with _style():
        if isinstance(chart.data, TimelineChart):
            return _timeline_figure(chart.data)
        return _bar_figure(chart.data)


_SVG_HEAD = re.compile(r"^.*?(?=<svg\b)", re.S)
_SVG_COMMENT = re.compile(r"\s*<!--.*?-->", re.S)


def render_svg(chart: Chart) -> str:
    """The chart as an inline ``<svg>`` element (no XML prolog, no DOCTYPE, no size in pt)."""
    from matplotlib.backends.backend_svg import FigureCanvasSVG

    buf = io.StringIO()
    with _style():
        fig = (
            _timeline_figure(chart.data) if isinstance(chart.data, TimelineChart) else _bar_figure(chart.data)
        )
        FigureCanvasSVG(fig).print_svg(buf, metadata={"Date": None, "Creator": None})
    svg = _SVG_HEAD.sub("", buf.getvalue(), count=1)
    # matplotlib writes each label as a comment beside its glyph paths; drop them, so no pack
    # text reaches the page at all (its escaping of "--" would hold, but nothing beats absence).
    svg = _SVG_COMMENT.sub("", svg)
    # Fluid size: keep the viewBox, let CSS set the width.
    svg = re.sub(r'^<svg([^>]*?)\swidth="[^"]*"\s+height="[^"]*"', r"<svg\1", svg, count=1)
    return svg.replace("<svg ", '<svg class="chart-svg" role="img" focusable="false" ', 1)


def render_png(chart: Chart, dpi: int = 150) -> bytes:
    """The chart as PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    buf = io.BytesIO()
    with _style():
        fig = (
            _timeline_figure(chart.data) if isinstance(chart.data, TimelineChart) else _bar_figure(chart.data)
        )
        fig.patch.set_facecolor("white")
        FigureCanvasAgg(fig)
        fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None}, facecolor="white")
    return buf.getvalue()
