"""Report formats: one small :class:`Renderer` interface and one table of the built-in renderers.

``render_report`` diagnoses a claim, builds one :class:`~shingi.render.document.ReportDocument`
and hands it to the renderer of the format asked for. A new format is a class with ``name``,
``extension``, ``binary`` and ``render(doc)``, added to :data:`RENDERERS` (or passed to
:func:`register`); nothing registers itself on import, and every renderer imports its heavy
libraries (matplotlib, WeasyPrint, python-pptx) only when it renders.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Protocol

from shingi.model import Diagnosis, InputError, Pack
from shingi.pack.write import current_umask
from shingi.render.document import Analysis, ReportDocument, build_document
from shingi.render.safety import clean_document


class Renderer(Protocol):
    """One output format of a report."""

    name: str
    extension: str
    #: binary formats are written to a file, never to stdout
    binary: bool

    def render(self, doc: ReportDocument) -> bytes | str: ...


@dataclass(slots=True)
class BuiltinRenderer:
    """A built-in format: ``function`` of ``module`` turns the document into text or bytes.

    The module is imported when the format is first rendered, so that asking for Markdown never
    loads matplotlib, WeasyPrint or python-pptx."""

    name: str
    extension: str
    binary: bool
    module: str
    function: str

    def render(self, doc: ReportDocument) -> bytes | str:
        render: Callable[[ReportDocument], bytes | str] = getattr(import_module(self.module), self.function)
        return render(doc)


#: The renderers by format name: the one table the CLI's --format choices come from.
RENDERERS: dict[str, Renderer] = {
    r.name: r
    for r in (
        BuiltinRenderer("html", "html", False, "shingi.render.html", "render_html"),
        BuiltinRenderer("pdf", "pdf", True, "shingi.render.pdf", "render_pdf"),
        BuiltinRenderer("pptx", "pptx", True, "shingi.render.pptx", "render_pptx"),
        BuiltinRenderer("md", "md", False, "shingi.render.markdown", "render_markdown"),
        BuiltinRenderer("json", "json", False, "shingi.render.report_json", "render_report_json"),
        BuiltinRenderer("jsonld", "jsonld", False, "shingi.render.jsonld", "render_jsonld"),
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
    as_of: str | None = None,
) -> ReportDocument:
    """Diagnose ``claim`` (default: the pack's headline) as of ``as_of`` (default: the claim's
    ``said_on``) and build its report document."""
    if diagnosis is None:
        from shingi.pipeline.diagnose import diagnose, headline_claim, reader_language

        text = claim if claim is not None else headline_claim(pack, lang)
        diagnosis = diagnose(text, pack, lang=reader_language(text, lang, pack), as_of=as_of)
    return build_document(pack, diagnosis, lang or diagnosis.lang, analyse(pack), url=url)


def check_output(output: Path | None, renderer: Renderer, pack_id: str) -> None:
    """Refuse, before any work, an output the report cannot be written to.

    Binary formats need ``-o``: they are never written to a terminal, and never silently into
    the current folder. The folder of ``output`` must exist: a mistyped path is not created.
    """
    if output is None:
        if renderer.binary:
            raise InputError(
                f"--format {renderer.name} is a binary file: say where to write it with -o, "
                f"e.g. -o {pack_id}.{renderer.extension}"
            )
        return
    if output.is_dir():
        raise InputError(
            f"{output} is a folder: give a file name, e.g. -o {output / pack_id}.{renderer.extension}"
        )
    parent = output.parent
    if not parent.is_dir():
        raise InputError(f"{parent}: no such folder for -o {output} (create it first: mkdir -p {parent})")


def render_report(
    pack: Pack,
    claim: str | None,
    fmt: str,
    lang: str | None,
    output: Path | None,
    url: str | None,
    as_of: str | None = None,
) -> Path | None:
    """Diagnose, build the report and render it in ``fmt``.

    With ``output``, write there and return the path (its folder must exist). Without it, print
    text formats to stdout and return None; binary formats need an ``output``
    (:func:`check_output` says so before anything is diagnosed).
    """
    renderer = get_renderer(fmt)
    check_output(output, renderer, pack.id)
    # control characters (ANSI escapes, NUL ...) from the pack or the claim reach no format
    doc = clean_document(report_document(pack, claim, lang, url, as_of=as_of))
    data = renderer.render(doc)
    if output is None:
        text = data if isinstance(data, str) else data.decode("utf-8")
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return None
    write_output(output, data.encode("utf-8") if isinstance(data, str) else data)
    return output


def write_output(output: Path, data: bytes) -> None:
    """Write a report file whole or not at all: a temporary file in the same folder, renamed
    into place, so a full disk leaves no partial report. A device or FIFO given as the output
    (``-o /dev/stdout``) is written directly. Raises InputError with the reason when it fails."""
    import os
    import stat
    import tempfile

    try:
        special = output.exists() and not stat.S_ISREG(output.stat().st_mode)
        if special:
            with output.open("wb") as f:
                f.write(data)
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
        try:
            os.fchmod(fd, 0o666 & ~current_umask())
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, output)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InputError(f"{output}: cannot write the report: {exc.strerror or exc}") from None
