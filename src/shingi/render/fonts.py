"""The Japanese font every format uses: IPAexGothic, as shipped by the PyPI package japanize-matplotlib.

Taking the font from a Python package means Japanese glyphs render on a fresh machine with no
system font installed (nothing from apt). The package is found without importing it, because
importing japanize_matplotlib imports matplotlib.pyplot, which is slow.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from shingi.model import ShingiError

#: The family name inside the font file, as CSS, matplotlib and the SVG charts call it (slides use
#: the fonts a stock PowerPoint has instead: ``pptx.SLIDE_LATIN`` and ``pptx.SLIDE_EA``).
FAMILY = "IPAexGothic"


@cache
def ipaex_path() -> Path:
    """The path of ipaexg.ttf inside the installed japanize-matplotlib package."""
    spec = importlib.util.find_spec("japanize_matplotlib")
    if spec is not None and spec.origin:
        path = Path(spec.origin).resolve().parent / "fonts" / "ipaexg.ttf"
        if path.is_file():
            return path
    raise ShingiError(
        "the Japanese font IPAexGothic was not found: install the report extra "
        "(pip install 'shingi[report]', which brings japanize-matplotlib)"
    )


@cache
def matplotlib_family() -> str:
    """Register the IPAex file with matplotlib (once) and return its family name."""
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(ipaex_path()))
    return FAMILY


#: The family name of the subset embedded in HTML pages.
EMBEDDED_FAMILY = "ShingiJP"


def subset_ttf(text: str) -> bytes:
    """IPAexGothic cut down to the characters of ``text``, as TrueType bytes.

    HTML pages embed this so that Japanese renders on a machine with no Japanese font (a fresh
    Linux, a locked-down phone). Without layout features and hinting a report's ~600 distinct
    characters come to ~100 kB in ~0.05 s; the whole font would be 4 MB.
    """
    import io
    import logging

    from fontTools import subset

    logging.getLogger("fontTools").setLevel(logging.ERROR)
    options = subset.Options()
    options.flavor = None
    options.notdef_outline = True
    options.layout_features = []
    options.hinting = False
    # A page needs outlines and metrics only: no layout tables, glyph names or extra name strings.
    options.drop_tables = [*options.drop_tables, "GSUB", "GPOS", "GDEF", "vhea", "vmtx"]
    options.name_IDs = [1, 2]
    options.glyph_names = False
    options.recalc_timestamp = False
    font = subset.load_font(str(ipaex_path()), options, lazy=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    return buffer.getvalue()


def embedded_font_face(text: str) -> str:
    """A CSS ``@font-face`` rule carrying the subset for ``text`` as a data URL."""
    import base64

    data = base64.b64encode(subset_ttf(text)).decode("ascii")
    return (
        f"@font-face{{font-family:{EMBEDDED_FAMILY};"
        f'src:url("data:font/ttf;base64,{data}") format("truetype");font-display:block}}'
    )


#: How far a synthesised bold glyph is smeared, in font units per em (IPAex: 2048 units): about
#: 2.4 % of the em to the right and upwards, which thickens IPAex's ~90-unit stems by about half,
#: the step from a regular to a bold gothic.
BOLD_SMEAR = 0.024
#: The family name inside the synthesised bold cut.
BOLD_FAMILY = "ShingiBoldJP"


def bold_ttf(text: str) -> bytes:
    """IPAexGothic made bold for the characters of ``text``, as TrueType bytes.

    IPAex ships one weight, and WeasyPrint does not synthesise bold, so PDF headings would lose
    their weight. Each glyph is drawn four times, shifted right and up by :data:`BOLD_SMEAR`
    of the em (the overlapping contours fill as one under the non-zero rule), and its advance
    grows by the same amount: the classic "smear" emboldening, done once on a subset. The font
    is named IPAexGothic Bold (weight 700); its time stamps are fixed, so the PDF is the same on
    every run.
    """
    import io

    from fontTools.pens.transformPen import TransformPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(subset_ttf(text)))
    shift = round(font["head"].unitsPerEm * BOLD_SMEAR)
    glyph_set = font.getGlyphSet()
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    for name in font.getGlyphOrder():
        if glyf[name].numberOfContours == 0:  # a space: only wider
            width, lsb = hmtx[name]
            hmtx[name] = (width + shift, lsb)
            continue
        pen = TTGlyphPen(glyph_set)
        for dx, dy in ((0, 0), (shift, 0), (0, shift), (shift, shift)):
            glyph_set[name].draw(TransformPen(pen, (1, 0, 0, 1, dx, dy)))
        glyf[name] = pen.glyph()
        width, lsb = hmtx[name]
        hmtx[name] = (width + shift, lsb)
    glyf.compile(font)  # bounding boxes of the new outlines
    for name in font.getGlyphOrder():
        glyf[name].recalcBounds(glyf)
    font["OS/2"].usWeightClass = 700
    font["OS/2"].fsSelection = (font["OS/2"].fsSelection | 0x20) & ~0x40  # bold, not regular
    font["head"].macStyle |= 0x01
    # A family name of its own: a renderer that matches faces by their names (fontconfig under
    # WeasyPrint) must not take this cut for the regular one, or the regular for this.
    name_table = font["name"]
    for record in list(name_table.names):
        for name_id, value in ((1, BOLD_FAMILY), (2, "Bold"), (4, f"{BOLD_FAMILY} Bold"),
                               (6, f"{BOLD_FAMILY}-Bold")):
            name_table.setName(value, name_id, record.platformID, record.platEncID, record.langID)
    font["head"].created = font["head"].modified = 0
    buffer = io.BytesIO()
    font.recalcTimestamp = False
    font.save(buffer)
    return buffer.getvalue()
