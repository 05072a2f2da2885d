"""Slides, PDF, Markdown, JSON and ClaimReview JSON-LD, read back as a user's tools read them."""

from __future__ import annotations

import io
import json
import re
import zipfile
from functools import cache

import pytest

from shingi.render.jsonld import BEST_RATING, RATING_VALUES, WORST_RATING, claim_review
from shingi.render.registry import RENDERERS, get_renderer
from test_report_document import BUNDLED, all_notes, document, pack

EA = "{http://schemas.openxmlformats.org/drawingml/2006/main}ea"


@cache
def pptx_bytes(ref: str = BUNDLED, lang: str = "ja") -> bytes:
    data = RENDERERS["pptx"].render(document(ref, lang))
    assert isinstance(data, bytes)
    return data


@cache
def pdf_bytes(ref: str = BUNDLED, lang: str = "ja") -> bytes:
    data = RENDERERS["pdf"].render(document(ref, lang))
    assert isinstance(data, bytes)
    return data


# --- the registry ---------------------------------------------------------------------


def test_one_table_of_renderers_behind_one_interface() -> None:
    assert list(RENDERERS) == ["html", "pdf", "pptx", "md", "json", "jsonld"]
    for name, r in RENDERERS.items():
        assert r.name == name and r.extension and isinstance(r.binary, bool) and callable(r.render)
    assert {n for n, r in RENDERERS.items() if r.binary} == {"pdf", "pptx"}
    from shingi.model import InputError

    with pytest.raises(InputError, match="unknown report format"):
        get_renderer("docx")


# --- slides ---------------------------------------------------------------------------


def _texts(slide: object) -> list[tuple[str, float, bool]]:
    """(text, size in pt, bold) of every run of a slide's text boxes."""
    out = []
    for shape in slide.shapes:  # type: ignore[attr-defined]
        if shape.has_text_frame:
            for p in shape.text_frame.paragraphs:
                for r in p.runs:
                    if r.text.strip():
                        out.append((r.text, r.font.size.pt if r.font.size else 0.0, bool(r.font.bold)))
    return out


def test_the_deck_opens_with_the_claim_and_its_verdict_large() -> None:
    from pptx import Presentation
    from pptx.util import Emu

    prs = Presentation(io.BytesIO(pptx_bytes()))
    assert round(Emu(prs.slide_width).inches, 2) == 13.33 and round(Emu(prs.slide_height).inches, 2) == 7.5
    assert 12 <= len(prs.slides) <= 22
    first = _texts(prs.slides[0])
    doc = document(BUNDLED, "ja")
    assert any("2026年4月の日本AI飛躍説" in t for t, _, _ in first)
    label = next(size for t, size, _ in first if t == doc.rating_label)
    assert label >= 28  # the verdict is the largest thing after the title
    claim = next(size for t, size, _ in first if doc.claim in t)
    assert claim >= 20


def test_every_slide_carries_one_message_in_a_large_title_and_no_small_print() -> None:
    from pptx import Presentation

    prs = Presentation(io.BytesIO(pptx_bytes("japan-ai-2026", "en")))
    for k, slide in enumerate(prs.slides):
        runs = _texts(slide)
        assert max(size for _, size, _ in runs) >= 20, k
        assert min(size for _, size, _ in runs) >= 9, [(t, s) for t, s, _ in runs if s < 9]
        # dense paragraphs are for the report: no slide holds more than ~120 words
        words = sum(len(t.split()) for t, _, _ in runs)
        assert words <= 160, (k, words)


def test_chart_slides_say_their_takeaway_and_cite_their_sources_in_the_footer() -> None:
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    prs = Presentation(io.BytesIO(pptx_bytes()))
    ratios = [c.data.ratio for s in document(BUNDLED, "ja").sections for c in s.charts
              if getattr(c.data, "ratio", "")]
    titles = []
    for slide in prs.slides:
        if not any(sh.shape_type == MSO_SHAPE_TYPE.PICTURE for sh in slide.shapes):
            continue
        runs = _texts(slide)
        titles.append(max(runs, key=lambda r: r[1])[0])
        assert any(t.startswith("出典: [") for t, _, _ in runs)  # sources in the footer
    for ratio in ratios:
        assert any(ratio in t for t in titles), ratio


def test_key_numbers_are_big() -> None:
    from pptx import Presentation

    prs = Presentation(io.BytesIO(pptx_bytes()))
    sizes = {t: size for slide in prs.slides for t, size, _ in _texts(slide)}
    assert sizes.get("約1/100", 0) >= 32


def test_every_run_has_a_stock_east_asian_font() -> None:
    from pptx import Presentation

    from shingi.render.pptx import SLIDE_EA, SLIDE_LATIN

    assert SLIDE_EA == "Yu Gothic" and SLIDE_LATIN == "Arial"  # both ship with PowerPoint
    prs = Presentation(io.BytesIO(pptx_bytes()))
    runs = 0
    for slide in prs.slides:
        for shape in slide.shapes:
            frames = []
            if shape.has_text_frame:
                frames.append(shape.text_frame)
            if shape.has_table:
                frames.extend(c.text_frame for row in shape.table.rows for c in row.cells)
            for tf in frames:
                for p in tf.paragraphs:
                    for r in p.runs:
                        if not r.text:
                            continue
                        runs += 1
                        ea = r._r.find(".//" + EA)
                        assert ea is not None and ea.get("typeface") == SLIDE_EA, r.text
                        assert r.font.name == SLIDE_LATIN
    assert runs > 60


def test_slides_carry_the_charts_as_images() -> None:
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    prs = Presentation(io.BytesIO(pptx_bytes()))
    pictures = [sh for s in prs.slides for sh in s.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    charts = [c for s in document(BUNDLED, "ja").sections for c in s.charts]
    assert len(pictures) >= min(len(charts), 5)
    assert all(p.image.content_type == "image/png" for p in pictures)
    for slide in prs.slides:  # nothing spills off the slide
        for sh in slide.shapes:
            assert sh.left + sh.width <= prs.slide_width + 10 and sh.top + sh.height <= prs.slide_height + 10


def test_slides_are_reproducible() -> None:
    data = RENDERERS["pptx"].render(document(BUNDLED, "en"))
    assert data == RENDERERS["pptx"].render(document(BUNDLED, "en"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


# --- PDF ------------------------------------------------------------------------------


def test_pdf_text_extracts_in_japanese_and_the_font_is_embedded() -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf_bytes()))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "日本AI飛躍説" in text.replace("\n", "")
    assert "半分正しい" in text
    assert "約1/100" in text
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            for desc_font in font.get("/DescendantFonts", [font]):
                descriptor = desc_font.get_object().get("/FontDescriptor")
                if descriptor is not None:
                    descriptor = descriptor.get_object()
                    if any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                        fonts.add(str(descriptor["/FontName"]))
    assert any("IPAex" in f for f in fonts), fonts


def test_pdf_source_links_point_to_the_sources() -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf_bytes()))
    uris = {str(a.get_object()["/A"]["/URI"]) for p in reader.pages for a in (p.get("/Annots") or [])
            if "/URI" in a.get_object().get("/A", {})}
    assert uris and uris <= {e.url for e in document(BUNDLED, "ja").sources}


# --- Markdown -------------------------------------------------------------------------


def test_markdown_has_gfm_tables_and_resolving_footnotes() -> None:
    md = RENDERERS["md"].render(document(BUNDLED, "ja"))
    assert isinstance(md, str)
    assert md.startswith("# 2026年4月の日本AI飛躍説")
    assert "## 総合評価" in md and "## 出典" in md
    refs = set(re.findall(r"\[\^(\d+)\](?!:)", md))
    defs = set(re.findall(r"^\[\^(\d+)\]:", md, re.M))
    assert refs and refs <= defs
    assert re.search(r"^\|---\|---\|---\|$", md, re.M)  # a GFM table rule
    assert "約1/100" in md


# --- JSON -----------------------------------------------------------------------------


def test_json_report_holds_the_contract_diagnosis_and_the_sections() -> None:
    doc = document(BUNDLED, "en")
    data = json.loads(RENDERERS["json"].render(doc))  # type: ignore[arg-type]
    for key in ("claim", "rating", "label", "holds", "exaggerated", "checks"):
        assert key in data["diagnosis"]
    for check in data["diagnosis"]["checks"]:
        assert {"statement", "result", "evidence"} <= set(check)
    assert [s["id"] for s in data["sections"]] == [s.id for s in doc.sections]
    types = {b["type"] for s in data["sections"] for b in s["blocks"]}
    assert {"verdict", "chart", "table", "paragraph", "source_list"} <= types
    assert len(data["sources"]) == len(pack(BUNDLED).sources)
    assert max(all_notes(doc)) <= len(data["sources"])


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_claimreview_jsonld_is_valid(lang: str) -> None:
    doc = document(BUNDLED, lang)
    data = json.loads(RENDERERS["jsonld"].render(doc))  # type: ignore[arg-type]
    assert data["@context"] == "https://schema.org" and data["@type"] == "ClaimReview"
    assert data["claimReviewed"] == doc.claim
    rating = data["reviewRating"]
    assert rating["@type"] == "Rating"
    assert isinstance(rating["ratingValue"], int)
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert rating["alternateName"] == doc.rating_label
    assert data["itemReviewed"]["@type"] == "Claim"
    assert data["author"] == {"@type": "Organization", "name": "shingi"}
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["datePublished"])
    assert "url" not in data
    cited_urls = [e.url for e in doc.sources if e.cited and e.url]
    assert [c["url"] for c in data["citation"]] == cited_urls


def test_claimreview_scale_and_unverifiable() -> None:
    assert [RATING_VALUES[r] for r in ("true", "mostly_true", "half_true", "mostly_false", "false")] == \
        [5, 4, 3, 2, 1]
    assert (BEST_RATING, WORST_RATING) == (5, 1)
    from dataclasses import replace

    doc = replace(document(BUNDLED, "en"), rating="unverifiable", rating_label="Unverifiable",
                  url="https://example.org/r")
    data = claim_review(doc)
    assert "ratingValue" not in data["reviewRating"]
    assert data["reviewRating"]["alternateName"] == "Unverifiable"
    assert data["url"] == "https://example.org/r"
