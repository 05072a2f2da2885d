"""The PDF as a reader and a build system see it: the same bytes on every run, bold headings,
a first page that is full."""

from __future__ import annotations

import io
from functools import cache

import pytest

from shingi.pack.load import load_pack
from shingi.render.registry import report_document

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("weasyprint")


@cache
def pdf(lang: str) -> bytes:
    from shingi.render.pdf import render_pdf

    return render_pdf(report_document(load_pack("japan-ai-2026"), lang=lang))


def test_two_runs_give_the_same_bytes_even_where_fonttools_subsets_with_the_clock(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Without HarfBuzz-Subset, WeasyPrint subsets fonts with fontTools, which stamps each font
    with the time of the run; two runs a day apart must still be identical."""
    import time

    import weasyprint.pdf.fonts as wfonts

    from shingi.render.pdf import render_pdf

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setattr(wfonts, "harfbuzz_subset", None)  # the fontTools path
    doc = report_document(load_pack("japan-ai-2026"), lang="en")
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 86_400)
    first = render_pdf(doc)
    monkeypatch.setattr(time, "time", lambda: real() + 2 * 86_400)
    second = render_pdf(doc)
    assert first == second
    assert render_pdf(doc) == first


def _fonts(data: bytes) -> dict[str, bytes]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    out: dict[str, bytes] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            out[str(font["/BaseFont"]).split("+", 1)[1]] = descriptor["/FontFile2"].get_object().get_data()
    return out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_headings_are_set_in_a_bold_cut_that_is_measurably_heavier(lang: str) -> None:
    from fontTools.ttLib import TTFont

    fonts = _fonts(pdf(lang))
    bold_name = next(n for n in fonts if n.startswith("ShingiBoldJP"))
    bold, regular = TTFont(io.BytesIO(fonts[bold_name])), TTFont(io.BytesIO(fonts["IPAexGothic"]))
    char = "総" if lang == "ja" else "O"  # 総合評価 / Overall verdict: both in a heading
    b_glyph = bold["glyf"][bold.getBestCmap()[ord(char)]]
    r_glyph = regular["glyf"][regular.getBestCmap()[ord(char)]]
    # the same outline drawn four times, smeared right and up by 2.4 % of the em
    shift = round(0.024 * bold["head"].unitsPerEm)
    assert b_glyph.numberOfContours == 4 * r_glyph.numberOfContours
    assert b_glyph.xMax - b_glyph.xMin == r_glyph.xMax - r_glyph.xMin + shift
    assert b_glyph.yMax - b_glyph.yMin == r_glyph.yMax - r_glyph.yMin + shift


def test_page_one_is_full_not_a_quarter_blank() -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf("ja")))
    first = reader.pages[0]
    lowest = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            lowest.append(tm[5] * cm[3] + cm[5])

    first.extract_text(visitor_text=visit)
    height = float(first.mediabox.height)
    # the last line of text sits in the bottom tenth of the page (above the page number)
    assert sorted(lowest)[1] < 0.12 * height
    assert "タイムライン" in first.extract_text()


def test_short_cells_are_not_broken_mid_word() -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf("ja")))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "不成立" in text
    for broken in ("不成\n立", "一部成\n立", "2026\n年", "2026年\n4月", "2025年1\n2月"):
        assert broken not in text, broken
