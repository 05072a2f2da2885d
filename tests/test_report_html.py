"""The HTML report: one self-contained, responsive, printable page whose numbers link to their sources."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from shingi.render.html import render_html
from test_report_document import BUNDLED, document, pack


class Page(HTMLParser):
    """The elements of a page as (tag, attrs) in document order, and its text."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(source)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append("")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.elements if a.get("id")}

    def attr_values(self, name: str) -> list[str]:
        return [v for _, a in self.elements for k, v in a.items() if k.lower() == name and v is not None]


@pytest.fixture(scope="module")
def page_ja() -> tuple[str, Page]:
    source = render_html(document(BUNDLED, "ja"))
    return source, Page(source)


def test_page_has_every_section_of_the_document(page_ja: tuple[str, Page]) -> None:
    _, page = page_ja
    sections = [a.get("id") for t, a in page.elements if t == "section"]
    assert sections == [s.id for s in document(BUNDLED, "ja").sections]
    headings = "".join(page.text)
    for title in ("総合評価", "タイムライン", "政策・資金", "世界水準とのギャップ", "出典", "結論"):
        assert title in headings


def test_verdict_and_ratios_are_on_the_page(page_ja: tuple[str, Page]) -> None:
    _, page = page_ja
    text = "".join(page.text)
    assert "2026年4月、日本のAIは世界の最前線へ一挙に飛躍した" in text
    assert "妥当な点" in text and "誇張・誤りの点" in text
    assert "約1/100" in text
    assert "70.7%" in text and "94.3%" in text


def test_every_footnote_link_resolves_to_a_source_entry(page_ja: tuple[str, Page]) -> None:
    _, page = page_ja
    ids = page.ids()
    internal = [h for h in page.attr_values("href") if h.startswith("#")]
    footnotes = [h for h in internal if h.startswith("#src-")]
    assert len(footnotes) > 30
    for href in internal:
        assert href[1:] in ids, f"dangling link {href}"
    # chart marks link to event rows and sources too (SVG <a xlink:href>)
    chart_links = page.attr_values("xlink:href")
    assert any(h.startswith("#ev-") for h in chart_links)
    assert all(h[1:] in ids for h in chart_links if h.startswith(("#ev-", "#src-")))
    sources = [a for t, a in page.elements if t == "li" and (a.get("id") or "").startswith("src-")]
    assert len(sources) == len(pack(BUNDLED).sources)


def test_self_contained_no_external_resources(page_ja: tuple[str, Page]) -> None:
    source, page = page_ja
    for tag, attrs in page.elements:
        for name in ("src", "srcset", "data", "poster", "background"):
            assert name not in attrs, f"<{tag} {name}=...> loads a resource"
        if tag == "link":
            pytest.fail("no <link>: CSS is inline")
    external = [h for h in page.attr_values("href") if not h.startswith("#")]
    source_urls = {e.url for e in document(BUNDLED, "ja").sources if e.url}
    assert set(external) <= source_urls  # only the sources' own URLs leave the page
    style = source.split("</style>")[0]
    # the only url() is the embedded font, a data URL
    assert "@import" not in source
    assert re.findall(r"url\(\"?([a-z]+):", style) == ["data"]
    assert [s for s in page.scripts if s] and all(
        a.get("type") == "application/ld+json" for t, a in page.elements if t == "script")


def test_readable_on_a_phone_and_printable(page_ja: tuple[str, Page]) -> None:
    source, page = page_ja
    viewport = [a for t, a in page.elements if t == "meta" and a.get("name") == "viewport"]
    assert viewport and "width=device-width" in (viewport[0].get("content") or "")
    assert "@media print" in source and "@media (max-width" in source
    tables = [t for t, _ in page.elements if t == "table"]
    wraps = [a for t, a in page.elements if t == "div" and a.get("class") == "table-wrap"]
    assert len(tables) == len(wraps)  # every table scrolls inside its own box
    assert ".table-wrap{overflow-x:auto" in source


def test_charts_are_inline_svg_with_a_text_alternative(page_ja: tuple[str, Page]) -> None:
    _, page = page_ja
    svgs = [a for t, a in page.elements if t == "svg"]
    charts = [c for s in document(BUNDLED, "ja").sections for c in s.charts]
    assert len(svgs) == len(charts) >= 4
    assert all("viewbox" in a and "width" not in a for a in svgs)  # fluid width
    figures = [a for t, a in page.elements if t == "figure"]
    assert all(a.get("aria-label") for a in figures)


def test_embedded_claimreview_is_valid_json(page_ja: tuple[str, Page]) -> None:
    _, page = page_ja
    data = json.loads(page.scripts[0])
    assert data["@type"] == "ClaimReview"
    assert data["reviewRating"]["ratingValue"] == 3


def test_html_is_deterministic_and_english_works() -> None:
    a = render_html(document(BUNDLED, "en"))
    b = render_html(document(BUNDLED, "en"))
    assert a == b
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", a)  # no stray control characters
    assert '<html lang="en">' in a
    assert "Half true" in a or "Half true".lower() in a.lower()
    assert re.search(r"about 1/100", a)


def test_pdf_variant_declares_the_embedded_font() -> None:
    from shingi.render.fonts import ipaex_path

    source = render_html(document(BUNDLED, "ja"), for_pdf=True)
    assert "@font-face" in source and ipaex_path().as_uri() in source
