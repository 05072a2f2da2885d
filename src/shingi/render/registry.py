"""Report formats: one small :class:`Renderer` interface and one table of the built-in renderers.

``render_report`` diagnoses a claim, builds one :class:`~shingi.render.document.ReportDocument`
and hands it to the renderer of the format asked for. A new format is a class with ``name``,
``extension``, ``binary`` and ``render(doc)``, added to :data:`RENDERERS` (or passed to
:func:`register`); nothing registers itself on import, and every renderer imports its heavy
libraries (matplotlib, WeasyPrint, python-pptx) only when it renders.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Protocol

from shingi.model import Diagnosis, InputError, Pack
from shingi.render.document import Analysis, ReportDocument, build_document


class Renderer(Protocol):
    """One output format of a report."""

    name: str
    extension: str
    #: binary formats are written to a file, never to stdout
    binary: bool

    def render(self, doc: ReportDocument) -> bytes | str: ...


class HtmlRenderer:
    name = "html"
    extension = "html"
    binary = False

    def render(self, doc: ReportDocument) -> str:
        from shingi.render.html import render_html

        return render_html(doc)


class PdfRenderer:
    name = "pdf"
    extension = "pdf"
    binary = True

    def render(self, doc: ReportDocument) -> bytes:
        from shingi.render.pdf import render_pdf

        return render_pdf(doc)


class PptxRenderer:
    name = "pptx"
    extension = "pptx"
    binary = True

    def render(self, doc: ReportDocument) -> bytes:
        from shingi.render.pptx import render_pptx

        return render_pptx(doc)


class MarkdownRenderer:
    name = "md"
    extension = "md"
    binary = False

    def render(self, doc: ReportDocument) -> str:
        from shingi.render.markdown import render_markdown

        return render_markdown(doc)


class JsonRenderer:
    name = "json"
    extension = "json"
    binary = False

    def render(self, doc: ReportDocument) -> str:
        from shingi.render.report_json import render_report_json

        return render_report_json(doc)


class JsonLdRenderer:
    name = "jsonld"
    extension = "jsonld"
    binary = False

    def render(self, doc: ReportDocument) -> str:
        from shingi.render.jsonld import render_jsonld

        return render_jsonld(doc)


#: The renderers by format name: the one table the CLI's --format choices come from.
RENDERERS: dict[str, Renderer] = {
    r.name: r
    for r in (
        HtmlRenderer(),
        PdfRenderer(),
        PptxRenderer(),
        MarkdownRenderer(),
        JsonRenderer(),
        JsonLdRenderer(),
    )
}


def register(renderer: Renderer) -> None:
    """Add (or replace) a renderer under its name."""
    RENDERERS[renderer.name] = renderer


def get_renderer(fmt: str) -> Renderer:
    """The renderer of a format name; InputError listing the known ones otherwise."""
    try:
        return RENDERERS[fmt]
    except KeyError:
        raise InputError(f"unknown report format '{fmt}' (one of {', '.join(RENDERERS)})") from None


def analyse(pack: Pack) -> Analysis:
    """The pack-wide findings a report shows besides the diagnosis: turning points, gap measures."""
    from shingi.pipeline.parity import gap_measures
    from shingi.pipeline.turning_point import find_turning_points

    gaps = gap_measures(pack, pack.meta.subject, pack.meta.frontier) if pack.meta.subject else []
    return Analysis(turning_points=find_turning_points(pack), gaps=gaps)


def report_document(
    pack: Pack,
    claim: str | None = None,
    lang: str | None = None,
    url: str | None = None,
    diagnosis: Diagnosis | None = None,
) -> ReportDocument:
    """Diagnose ``claim`` (default: the pack's headline) and build its report document."""
    if diagnosis is None:
        from shingi.pipeline.diagnose import diagnose, headline_claim

        text = claim if claim is not None else headline_claim(pack)
        diagnosis = diagnose(text, pack, lang=lang)
    return build_document(pack, diagnosis, lang or diagnosis.lang, analyse(pack), url=url)


def render_report(
    pack: Pack, claim: str | None, fmt: str, lang: str | None, output: Path | None, url: str | None
) -> Path | None:
    """Diagnose, build the report and render it in ``fmt``.

    With ``output``, write there (creating folders) and return the path. Without it, print text
    formats to stdout and return None; write binary formats to ``./<pack-id>.<ext>`` and return
    that path.
    """
    renderer = get_renderer(fmt)
    doc = report_document(pack, claim, lang, url)
    data = renderer.render(doc)
    if output is None and not renderer.binary:
        text = data if isinstance(data, str) else data.decode("utf-8")
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return None
    path = output if output is not None else Path(f"{pack.id}.{renderer.extension}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path
