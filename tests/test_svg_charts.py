"""The HTML page's charts as hand-written SVG: well-formed, linked, escaped, deterministic, no matplotlib."""

from __future__ import annotations

import itertools
import subprocess
import sys
import xml.etree.ElementTree as ET

from shingi.render.document import Bar, BarChart, Chart, TimelineChart, TimelineDot, event_anchor
from shingi.render.svg_charts import column_widths, dot_radius, render_svg
from test_report_document import BUNDLED, document

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"
PAYLOAD = '"><script>alert(1)</script><img src=x onerror=alert(1)> & \'q\' {{ 7*7 }} ](javascript:alert(1))'


def _charts(pack: str, lang: str) -> list[Chart]:
    return [c for s in document(pack, lang).sections for c in s.charts]


def _timeline(title: str = "title", lane: str = "lane") -> Chart:
    data = TimelineChart(
        lanes=(lane, "二"),
        months=("2025/12", "2026/01", "2026/02"),
        dots=(
            TimelineDot(0, 0, "e1", title, 1),
            TimelineDot(0, 2, "e 2/x", title, 3),
            TimelineDot(1, 2, "e3", "三", 2),
        ),
        marked=(2,),
        mark_label="転換点",
    )
    return Chart("timeline", "t", "alt", data)


def test_bundled_charts_are_well_formed_svg_with_a_viewbox_and_no_size() -> None:
    charts = _charts(BUNDLED, "ja")
    assert len(charts) >= 4
    for chart in charts:
        root = ET.fromstring(render_svg(chart))
        assert root.tag == f"{SVG}svg"
        assert "viewBox" in root.attrib and "width" not in root.attrib and "height" not in root.attrib
        assert "IPAexGothic" in root.attrib["font-family"] and "ShingiJP" in root.attrib["font-family"]


def test_the_turning_point_month_is_shaded_labelled_and_ticked() -> None:
    chart = next(c for c in _charts(BUNDLED, "ja") if isinstance(c.data, TimelineChart))
    assert isinstance(chart.data, TimelineChart)
    root = ET.fromstring(render_svg(chart))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert chart.data.mark_label in texts
    assert [chart.data.months[i] for i in chart.data.marked] == ["2026年4月"]
    assert "2026年4月" in texts and chart.data.months[0] in texts and chart.data.months[-1] in texts
    assert all(lane in texts for lane in chart.data.lanes)
    assert [r.get("fill") for r in root.iter(f"{SVG}rect")].count("#FFE4B5") == len(chart.data.marked)


def test_every_event_dot_links_to_its_event_row() -> None:
    chart = next(c for c in _charts(BUNDLED, "ja") if isinstance(c.data, TimelineChart))
    assert isinstance(chart.data, TimelineChart)
    root = ET.fromstring(render_svg(chart))
    links = [a.get(XLINK) for a in root.iter(f"{SVG}a")]
    assert sorted(links) == sorted(f"#{event_anchor(d.event_id)}" for d in chart.data.dots)
    for a in root.iter(f"{SVG}a"):
        assert len(list(a.iter(f"{SVG}circle"))) == 1


def test_dots_grow_with_significance() -> None:
    root = ET.fromstring(render_svg(_timeline()))
    radii = [float(c.get("r", "0")) for c in root.iter(f"{SVG}circle")]
    assert radii == [round(dot_radius(s), 1) for s in (1, 3, 2)]
    assert dot_radius(1) < dot_radius(2) < dot_radius(3)
    assert root.find(f".//{SVG}a").get(XLINK) == "#ev-e1"  # type: ignore[union-attr]
    assert "#ev-e_2_x" in [a.get(XLINK) for a in root.iter(f"{SVG}a")]


def test_bars_highlight_the_subject_label_values_and_draw_the_track() -> None:
    data = BarChart(
        bars=(Bar("米国", 94.3, "94.3%", notes=(2,)), Bar("日本", 1.0, "1%", highlight=True)),
        unit="%",
        ratio="約1/100",
        axis_max=100.0,
    )
    root = ET.fromstring(render_svg(Chart("b", "t", "alt", data)))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert {"米国", "日本", "94.3%", "1%"} <= set(texts)
    fills = [r.get("fill") for r in root.iter(f"{SVG}rect")]
    assert fills.count("#EEF1F4") == 2 and "#C8102E" in fills and "#8A99A8" in fills
    assert [a.get(XLINK) for a in root.iter(f"{SVG}a")] == ["#src-2"]
    # the big value sits inside its bar in white, the small one outside
    white = [t.text for t in root.iter(f"{SVG}text") if t.get("fill") == "#FFFFFF"]
    assert white == ["94.3%"]


def test_hostile_text_is_escaped_and_links_stay_in_page() -> None:
    bars = BarChart(bars=(Bar(PAYLOAD, 3.0, PAYLOAD, notes=(1,)), Bar("x\x00y", 1.0, "1")))
    charts = [_timeline(PAYLOAD, PAYLOAD), Chart("b", PAYLOAD, PAYLOAD, bars)]
    for chart in charts:
        svg = render_svg(chart)
        root = ET.fromstring(svg)  # still well-formed
        assert "<script" not in svg.lower() and "<img" not in svg.lower()
        assert not [e for e in root.iter() if e.tag not in {
            f"{SVG}{t}" for t in ("svg", "a", "rect", "circle", "line", "path", "text", "title")}]
        for e in root.iter():
            assert not [k for k in e.attrib if k.lower().startswith("on")]
        assert all(a.get(XLINK, "").startswith("#") for a in root.iter(f"{SVG}a"))
        shown = [t.text for t in root.iter() if t.tag in (f"{SVG}text", f"{SVG}title")]
        assert PAYLOAD in shown
    for chart in _charts("hostile", "en"):
        svg = render_svg(chart)
        root = ET.fromstring(svg)
        assert "<script" not in svg.lower()
        # "javascript:" shows as text only, never in an attribute
        assert not [v for e in root.iter() for v in e.attrib.values() if "javascript:" in v.lower()]


def test_output_is_deterministic() -> None:
    charts = _charts(BUNDLED, "en")
    assert [render_svg(c) for c in charts] == [render_svg(c) for c in charts]


def test_the_html_page_does_not_import_matplotlib() -> None:
    code = (
        "import sys\n"
        "from shingi.render.html import render_html\n"
        "from test_report_document import BUNDLED, document\n"
        "render_html(document(BUNDLED, 'ja'))\n"
        "print('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=__file__.rsplit("/", 1)[0])
    assert out.stdout.strip() == "False"


def test_the_timeline_spends_its_width_where_things_happen() -> None:
    """A run of empty months folds into one narrow column; a busy month gets room for its dots;
    English month labels carry the year in full; the key says what dot sizes mean."""
    chart = next(c for c in _charts(BUNDLED, "en") if isinstance(c.data, TimelineChart))
    data = chart.data
    assert isinstance(data, TimelineChart)
    assert data.months[0] == "Jan 2025" and data.months[-1] == "Apr 2026"  # not "Jan 25", a day
    assert data.span == "Jan 2025 – Apr 2026" and data.span in chart.title
    assert data.folded == (1,) and data.months[1] == "Feb 2025–Sep 2025"
    widths = column_widths(data, 60.0)
    assert widths[1] < 0.5 * min(w for i, w in enumerate(widths) if i not in data.folded)
    # the four dots of April's compute cell stand apart, inside their column
    root = ET.fromstring(render_svg(chart))
    dots = [c for c in root.iter(f"{SVG}circle") if c.find(f"{SVG}title") is not None]
    april = sorted(float(c.get("cx", "0")) for c in dots
                   if c.findtext(f"{SVG}title", "").startswith(("Microsoft", "Rapidus", "ABCI 3.0 begins")))
    assert len(april) == 4 and min(b - a for a, b in itertools.pairwise(april)) >= 12
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Significance" in texts and "major" in texts and "… months without events" in texts
    # the plot holds dots across its width, not in its last fifth
    xs = sorted(float(c.get("cx", "0")) for c in dots)
    assert xs[0] < 0.3 * float(root.attrib["viewBox"].split()[2])
