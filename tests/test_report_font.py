"""HTML reports carry the Japanese font for their own characters, so Japanese renders on a
machine with no Japanese font installed."""

from __future__ import annotations

import base64
import io
import re

import pytest

from shingi.pack.load import load_pack
from shingi.render.html import render_html
from shingi.render.registry import report_document


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_embedded_font_covers_every_character_of_the_page(lang: str) -> None:
    from fontTools.ttLib import TTFont

    html = render_html(report_document(load_pack("japan-ai-2026"), lang=lang))
    found = re.search(
        r'@font-face\{font-family:ShingiJP;src:url\("data:font/ttf;base64,([A-Za-z0-9+/=]+)"\)', html
    )
    assert found, "no embedded font"
    font = TTFont(io.BytesIO(base64.b64decode(found.group(1))))
    cmap = font.getBestCmap()
    text = re.sub(r"<[^>]+>", "", html.split("<body>", 1)[1])
    from shingi.render.fonts import ipaex_path

    in_ipaex = TTFont(str(ipaex_path())).getBestCmap()
    # characters IPAex lacks (≥ ...) come from the reader's other fonts
    needed = {ch for ch in text if not ch.isspace() and not ch.isascii() and ord(ch) in in_ipaex}
    assert needed, "the page has Japanese text"
    missing = sorted(ch for ch in needed if ord(ch) not in cmap)
    assert missing == []
    # a subset, not the 4 MB font
    assert len(found.group(1)) < 600_000
    # and the family is in the page's font stack
    assert "ShingiJP" in html.split("@font-face", 1)[0]


def test_pdf_html_does_not_embed_the_subset() -> None:
    html = render_html(report_document(load_pack("japan-ai-2026")), for_pdf=True)
    # the PDF reads IPAex from its file; only the synthesised bold cut travels as data
    assert html.count("data:font/ttf") == 1 and "font-family:ShingiBoldJP;src:url(\"data:font/ttf" in html
    assert "font-family:ShingiJP" not in html
