"""The report as PDF: the HTML report laid out by WeasyPrint, with IPAexGothic embedded.

The font comes from the japanize-matplotlib package through ``@font-face`` (a file URL), so the
PDF shows Japanese on any machine; WeasyPrint embeds a subset of it. IPAex has one weight, so
the print style uses normal weight throughout rather than a synthetic bold.
"""

from __future__ import annotations

import logging

from shingi.render.document import ReportDocument


def render_pdf(doc: ReportDocument) -> bytes:
    """The report as PDF bytes."""
    from weasyprint import HTML

    from shingi.render.html import render_html

    # WeasyPrint logs every CSS property it does not support (e.g. -webkit-overflow-scrolling)
    # as a warning; those are expected for a page written for browsers first.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    source = render_html(doc, for_pdf=True)
    # base_url None: the document holds no relative references; only the font's file URL is read.
    pdf = HTML(string=source, base_url=None).write_pdf(uncompressed_pdf=False)
    assert pdf is not None
    return bytes(pdf)
