"""Untrusted text stays text: the hostile pack's injections are inert in every format.

tests/fixtures/packs/hostile holds ``<script>alert(1)</script>``, ``"><img src=x onerror=alert(1)>``,
``{{ 7*7 }}``, ``{% raw %}``, ``${x}`` and ``](javascript:alert(1))`` in titles, names, notes,
narrative, URLs, claims and a claim's speaker (pack format 1.1).
"""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest

from shingi.render.registry import RENDERERS
from test_report_document import document, pack
from test_report_html import Page

HOSTILE = "hostile"


@pytest.fixture(scope="module", params=["en", "ja"])
def doc(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    return document(HOSTILE, request.param)


def test_the_hostile_pack_is_valid_and_carries_every_payload() -> None:
    p = pack(HOSTILE)
    everything = json.dumps([p.meta.title.en, p.meta.subtitle.en, [s.title for s in p.sources.values()],
                             [e.title_en for e in p.events.values()], [c.text for c in p.claims.values()]])
    for payload in ("<script>alert(1)</script>", "onerror=alert(1)", "{{ 7*7 }}", "{% raw %}", "${x}",
                    "](javascript:alert(1))"):
        assert payload.replace('"', '\\"') in everything or payload in everything
    speaker = p.claims["h1"].speaker or ""
    assert "</script>" in speaker and "onerror=" in speaker


def test_html_has_no_live_markup_from_data(doc) -> None:  # type: ignore[no-untyped-def]
    source = RENDERERS["html"].render(doc)
    assert isinstance(source, str)
    page = Page(source)
    scripts = [a for t, a in page.elements if t == "script"]
    assert scripts == [{"type": "application/ld+json"}]  # ours, holding JSON only
    assert "</script" not in page.scripts[0].lower()
    json.loads(page.scripts[0])
    assert not [t for t, _ in page.elements if t in ("img", "iframe", "object", "embed", "base", "form")]
    handlers = [(t, k) for t, a in page.elements for k in a if k.lower().startswith("on")]
    assert handlers == []
    links = page.attr_values("href") + page.attr_values("xlink:href")
    assert all(h.startswith(("#", "https://", "http://")) for h in links), links
    assert not any("<" in h or '"' in h for h in links)
    # the page's text, without the embedded font's base64 (which may hold any digits)
    text = re.sub(r'url\("data:[^"]*"\)', "", "".join(page.text))
    # the payloads are shown as the text they are, not evaluated or dropped
    assert "<script>alert(1)</script>" in text
    assert "{{ 7*7 }}" in text and "49" not in text
    assert "{% raw %}" in text and "${x}" in text


def test_svg_charts_hold_no_text_markup(doc) -> None:  # type: ignore[no-untyped-def]
    from shingi.render.charts import render_svg

    charts = [c for s in doc.sections for c in s.charts]
    assert charts
    for chart in charts:
        svg = render_svg(chart)
        assert "<script" not in svg.lower() and "onerror" not in svg.lower()
        assert "javascript:" not in svg.lower()
        assert "<text" not in svg  # glyphs are paths: pack text never becomes SVG markup


def test_markdown_escapes_links_tags_and_tables(doc) -> None:  # type: ignore[no-untyped-def]
    md = RENDERERS["md"].render(doc)
    assert isinstance(md, str)
    assert not re.search(r"(?<!\\)\]\(javascript:", md)
    assert not re.search(r"(?<!\\)\[[^\]\n]*(?<!\\)\]\(", md)  # no inline link at all
    assert not re.search(r"(?<!\\)<(script|img|b>|!--)", md)
    assert "\\<script\\>alert(1)\\</script\\>" in md
    for line in md.splitlines():
        if line.startswith("| ") and line.endswith(" |"):
            header = md.splitlines()[md.splitlines().index(line)]
            cells = re.split(r"(?<!\\)\|", header)
            assert len(cells) >= 3  # a stray "|" from data is escaped, so rows keep their cells
    assert "\\$\\{x\\} \\| pipe" in md


def test_json_formats_keep_the_text_as_data(doc) -> None:  # type: ignore[no-untyped-def]
    report = json.loads(RENDERERS["json"].render(doc))  # type: ignore[arg-type]
    review = json.loads(RENDERERS["jsonld"].render(doc))  # type: ignore[arg-type]
    claim = pack(HOSTILE).claims["h1"].text
    assert report["claim"] == claim == review["claimReviewed"]
    assert report["title"] == doc.title


def test_slides_keep_payloads_as_text_and_link_only_to_http(doc) -> None:  # type: ignore[no-untyped-def]
    data = RENDERERS["pptx"].render(doc)
    assert isinstance(data, bytes)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        rels = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".rels"))
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("ppt/slides/slide"))
    external = re.findall(r'Target="([^"]+)" TargetMode="External"', rels)
    assert external  # the sources' links
    for url in external:
        assert url.startswith(("http://", "https://")), url
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in xml  # XML-escaped text, not markup
    assert "<script" not in xml


@pytest.mark.slow
def test_pdf_has_no_script_and_links_only_to_http() -> None:
    data = RENDERERS["pdf"].render(document(HOSTILE, "en"))
    assert isinstance(data, bytes)
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is None:
                continue
            action = action.get_object()
            assert action.get("/S") in ("/URI", "/GoTo", None)
            uri = action.get("/URI")
            if uri is not None:
                assert str(uri).startswith(("http://", "https://")), uri
    assert b"/JavaScript" not in data and b"/JS " not in data
    text = "".join(p.extract_text() for p in reader.pages)
    assert "alert(1)" in text
