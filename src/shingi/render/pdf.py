"""The report as PDF: the HTML report laid out by WeasyPrint, with IPAexGothic embedded.

The font comes from the japanize-matplotlib package through ``@font-face`` (a file URL), so the
PDF shows Japanese on any machine; WeasyPrint embeds a subset of it. IPAex has one weight, so
bold text uses a bold cut synthesised for its characters (:func:`shingi.render.fonts.bold_ttf`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

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
    # Where WeasyPrint subsets fonts with fontTools (no HarfBuzz-Subset on the machine), fontTools
    # stamps each embedded font with the time of the run unless SOURCE_DATE_EPOCH is set: fix it
    # to the report's date, so two runs give the same bytes.
    with _fixed_epoch(doc.date_published):
        pdf = HTML(string=source, base_url=None).write_pdf(uncompressed_pdf=False)
    assert pdf is not None
    return bytes(pdf)


@contextmanager
def _fixed_epoch(day: str | None) -> Iterator[None]:
    """``SOURCE_DATE_EPOCH`` set (to ``day``, else 2000-01-01) for the block, unless already set."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").strip():
        yield
        return
    when = datetime.fromisoformat(day or "2000-01-01").replace(tzinfo=UTC)
    os.environ["SOURCE_DATE_EPOCH"] = str(int(when.timestamp()))
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
