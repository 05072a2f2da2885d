"""Documents (plain text, Markdown, HTML, PDF) as a stream of located text lines.

Every reader yields :class:`TextLine` records: a piece of text with the place it comes
from, so that each fact ingest finds can point back at its line (or page) and span.

- Plain text and Markdown: ``line`` is the line in the file (1-based) and ``col`` the
  character offset of the text in that line. Files are streamed in chunks, so a 10 MB file
  never sits in memory whole; a very long line is cut into pieces of at most
  :data:`MAX_PIECE` characters (``col`` says where each piece starts), each cut after a
  sentence's stop, else after a space, else after a Japanese comma (:func:`cut_points`), so no
  word or number is split; every piece is still read. (HTML blocks and PDF lines too.)
- HTML: one record per block (heading, paragraph, list item, table row). ``line`` is the
  line of the HTML source where the block's text starts; ``col`` is 0 and offsets count in
  the block's extracted text, whitespace collapsed.
- PDF: one record per line of the text pypdf extracts from a page in its layout mode
  (which keeps paragraph gaps as blank lines); ``page`` is the page (1-based), ``line`` the
  line within that page's text and ``col`` the offset in that line.

Encodings: UTF-8 (with or without a BOM) and UTF-16 with a BOM first, then the Japanese
legacy encodings CP932 (Shift_JIS) and EUC-JP, then charset-normalizer's guess. The
encoding used is reported on the :class:`Document`.

Bad input raises :class:`ReadError` with a message meant for the user (``PATH: message``).
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path
from typing import IO, Literal

from shingi.model import ShingiError

#: Longest piece of one line handed on at once; longer lines are cut (a 5 MB line must not hang):
#: the line-level patterns (layout, markup, dates) then see at most this much at a time. Twice the
#: longest line of the development documents (1,934 characters), so no real line is cut; a PDF's
#: text dump or a minified page on one line is (bench/bench_long_lines.py).
MAX_PIECE = 4_000
#: where a long line may be cut, best first: after a sentence's stop, after a space, after 、，
_CUTS = (re.compile(r"[。．！？](?![」』）)”’])|[.!?][\"'”’)]*\s"), re.compile(r"\s"), re.compile(r"[、，]"))
#: Bytes read at a time while detecting the encoding and streaming text.
CHUNK_BYTES = 1 << 20
#: Bytes looked at to tell binary from text.
SNIFF_BYTES = 8192

DocKind = Literal["text", "markdown", "html", "pdf"]
Role = Literal["text", "heading", "item", "row", "blank"]

TEXT_SUFFIXES = {".txt", ".text", ".csv", ".tsv", ".log", ".rst", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
PDF_SUFFIXES = {".pdf"}
#: The file types a folder is searched for (other files in a folder are skipped, not failed).
DOCUMENT_SUFFIXES = (TEXT_SUFFIXES - {"", ".csv", ".tsv", ".log"}) | MARKDOWN_SUFFIXES | HTML_SUFFIXES \
    | PDF_SUFFIXES


class ReadError(ShingiError):
    """A document that cannot be read; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class TextLine:
    """A located piece of document text.

    ``role`` is what the reader knows of the line's structure: ``heading``, ``item`` (a
    list item), ``row`` (a table row), ``text``, or ``blank`` (a paragraph break).
    """

    line: int
    text: str
    col: int = 0
    page: int | None = None
    role: Role = "text"


@dataclass(slots=True)
class Document:
    """An opened document: what it is, how it was decoded, and its lines (read lazily)."""

    path: Path
    kind: DocKind
    encoding: str | None = None
    title: str | None = None
    #: the document's own date as written in its metadata (YAML front matter, HTML meta, PDF info)
    date: str | None = None
    pages: int | None = None
    #: an HTML page's own address (``<link rel="canonical">``, else ``og:url``) and its site's name
    #: (``og:site_name``): what the page says of whose it is (see shingi.ingest.doc_owner)
    address: str | None = None
    site_name: str | None = None
    _lines: Callable[[], Iterator[TextLine]] | None = field(default=None, repr=False)

    def lines(self) -> Iterator[TextLine]:
        """The document's lines, in order; reading starts anew on every call."""
        if self._lines is None:
            return iter(())
        return self._lines()


# --- opening -------------------------------------------------------------------------


def open_document(path: Path) -> Document:
    """Open a document: decide its kind and encoding; raise :class:`ReadError` if unreadable.

    The kind comes from the content where it is clear (a PDF header, an HTML tag) and
    otherwise from the file suffix.
    """
    if not path.exists():
        raise ReadError("no such file")
    if path.is_dir():
        raise ReadError("is a folder (folders are expanded only when given on the command line)")
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if size == 0:
        raise ReadError("empty file")
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF-") or suffix in PDF_SUFFIXES:
        return _open_pdf(path, head)
    if _is_binary(head):
        raise ReadError("binary file, not a text, Markdown, HTML or PDF document")
    encoding = detect_encoding(path)
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _looks_like_html(head)):
        return _open_html(path, encoding)
    kind: DocKind = "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
    doc = Document(path, kind, encoding)
    doc.title, doc.date = _text_title_and_date(path, encoding)
    doc._lines = lambda: _text_lines(path, encoding)
    return doc


def _is_binary(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    # control characters other than tab, newlines, form feed and escape are not text
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 100)


def _looks_like_html(head: bytes) -> bool:
    start = head[:1024].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head.lower()


# --- encodings -----------------------------------------------------------------------

_LEGACY_JAPANESE = ("cp932", "euc_jp")


def detect_encoding(path: Path) -> str:
    """The encoding of a text file, by the rule in the module docstring.

    UTF-8 is checked over the whole file (streamed), so a file that turns out not to be
    UTF-8 after its first megabyte is still caught. A legacy Japanese encoding is taken
    only when the file decodes with it and reads as Japanese (kana and kanji, few half-width
    katakana or private-use characters); when both CP932 and EUC-JP do, the more Japanese-looking
    wins (EUC-JP misread as CP932 turns into half-width katakana). Otherwise charset-normalizer
    guesses.
    """
    with path.open("rb") as f:
        head = f.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _decodes(path, "utf-8"):
        return "utf-8"
    candidates = [enc for enc in _LEGACY_JAPANESE if _decodes(path, enc)]
    scored = sorted(((_japanese_score(path, enc), -i, enc) for i, enc in enumerate(candidates)), reverse=True)
    if scored and scored[0][0] > 0:
        return scored[0][2]  # decodes, and reads as Japanese
    guess = _charset_normalizer_guess(path)
    if guess:
        return guess
    if scored:
        return scored[0][2]
    raise ReadError("unknown text encoding (not UTF-8, CP932, EUC-JP, nor one charset-normalizer recognises)")


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with path.open("rb") as f:
            while chunk := f.read(CHUNK_BYTES):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _japanese_score(path: Path, encoding: str) -> int:
    with path.open("rb") as f:
        sample = f.read(1 << 16)
    text = sample.decode(encoding, errors="ignore")
    good = sum(1 for ch in text
               if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f")
    bad = sum(1 for ch in text if "\uff61" <= ch <= "\uff9f" or "\ue000" <= ch <= "\uf8ff")
    return good - 4 * bad


def _charset_normalizer_guess(path: Path) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # an optional dependency (the ingest extra)
        return None
    with path.open("rb") as f:
        sample = f.read(1 << 18)
    best = from_bytes(sample).best()
    if best is None:
        return None
    encoding = str(best.encoding)
    return encoding if _decodes(path, encoding) else None


# --- plain text and Markdown -----------------------------------------------------------


def _open_text_stream(path: Path, encoding: str) -> IO[str]:
    # newline=None: \r\n and \r end lines like \n, and count as one character
    return path.open("r", encoding=encoding, errors="strict", newline=None)


def iter_text_lines(stream: IO[str], max_piece: int = MAX_PIECE) -> Iterator[TextLine]:
    """Lines of a text stream, read in chunks; lines longer than ``max_piece`` come in pieces."""
    line_no = 1
    col = 0
    buf = ""
    while True:
        chunk = stream.read(CHUNK_BYTES)
        if not chunk:
            break
        buf += chunk
        start = 0
        while True:
            nl = buf.find("\n", start)
            if nl < 0:
                break
            yield from _pieces(buf[start:nl], line_no, col, max_piece)
            line_no += 1
            col = 0
            start = nl + 1
        buf = buf[start:]
        # a line with no end in sight: hand on full pieces now, keep the rest
        if len(buf) > max_piece:
            starts = cut_points(buf, max_piece)
            for i, j in pairwise(starts):
                yield TextLine(line_no, buf[i:j], col + i, role="blank" if not buf[i:j].strip() else "text")
            col += starts[-1]
            buf = buf[starts[-1]:]
    if buf:
        yield from _pieces(buf, line_no, col, max_piece)


def cut_points(text: str, max_piece: int = MAX_PIECE) -> list[int]:
    """Where ``text`` is cut into pieces of at most ``max_piece`` characters: the start of each
    piece. A piece ends after the last sentence stop in its second half, else after its last
    space there, else after its last 、 or ，, else (a run with none of these) at the limit."""
    starts = [0]
    while len(text) - starts[-1] > max_piece:
        start = starts[-1]
        end = start + max_piece
        cut = end
        for rx in _CUTS:
            last = None
            for m in rx.finditer(text, start + max_piece // 2, end):
                last = m
            if last is not None:
                cut = last.end()
                break
        starts.append(cut)
    return starts


def cut_line(text: str, max_piece: int = MAX_PIECE) -> Iterator[tuple[int, str]]:
    """``text`` in pieces cut at :func:`cut_points`: (offset, piece); one piece for a short text."""
    starts = cut_points(text, max_piece)
    for i, j in zip(starts, [*starts[1:], len(text)], strict=True):
        yield i, text[i:j]


def _pieces(text: str, line_no: int, col: int, max_piece: int) -> Iterator[TextLine]:
    if not text:
        yield TextLine(line_no, "", col, role="blank")
        return
    for i, piece in cut_line(text, max_piece):
        yield TextLine(line_no, piece, col + i, role="blank" if not piece.strip() else "text")


def _text_lines(path: Path, encoding: str) -> Iterator[TextLine]:
    try:
        with _open_text_stream(path, encoding) as stream:
            yield from _skip_front_matter(iter_text_lines(stream))
    except UnicodeDecodeError as exc:
        raise ReadError(f"cannot decode as {encoding}: {exc.reason}") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None


def _skip_front_matter(lines: Iterator[TextLine]) -> Iterator[TextLine]:
    """YAML front matter (``---`` ... ``---`` at the top) is metadata, not text: blanked."""
    first = next(lines, None)
    if first is None:
        return
    if first.text.strip() != "---":
        yield first
        yield from lines
        return
    yield TextLine(first.line, "", 0, role="blank")
    for line in lines:
        if line.line > 200:  # no closing mark near the top: it was a rule, not front matter
            yield line
            yield from lines
            return
        yield TextLine(line.line, "", 0, role="blank")
        if line.text.strip() in ("---", "..."):
            yield from lines
            return


_FRONT_DATE = re.compile(r"^(?:date|published|created)\s*:\s*[\"']?([^\"'#]+?)[\"']?\s*$", re.I)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")


def _text_title_and_date(path: Path, encoding: str) -> tuple[str | None, str | None]:
    """A title (Markdown ``# heading``, front-matter ``title:``, else the first line) and the
    front-matter date, from the first lines of the file."""
    title: str | None = None
    date: str | None = None
    first_line: str | None = None
    in_front = False
    try:
        with _open_text_stream(path, encoding) as stream:
            for i, piece in enumerate(iter_text_lines(stream, max_piece=2000)):
                text = piece.text.strip()
                if i == 0 and text == "---":
                    in_front = True
                    continue
                if in_front:
                    if text in ("---", "..."):
                        in_front = False
                        continue
                    m = _FRONT_DATE.match(text)
                    if m:
                        date = m.group(1).strip()
                    elif text.lower().startswith("title:"):
                        title = text[6:].strip().strip("\"'") or title
                    continue
                if not text:
                    continue
                if first_line is None:
                    first_line = text
                m = _MD_HEADING.match(piece.text)
                if m and title is None:
                    title = m.group(1)
                if title or i > 200:
                    break
    except (UnicodeDecodeError, OSError):
        return None, None
    title = title or first_line
    return (_clip(title, 200) if title else None), date


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- HTML ------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "header", "hr", "html", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "h1", "h2", "h3", "h4", "h5", "h6", "br", "title",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_DATE_META = ("article:published_time", "date", "dc.date", "dcterms.date", "dcterms.created",
              "pubdate", "publish_date", "citation_publication_date", "og:published_time")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)


class _BlockParser(HTMLParser):
    """Collects the text of block elements with the source line where each starts.

    The standard library's parser is used (not a faster C parser) because it reports the
    source position of every piece of text, which is what a draft row points at.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[TextLine] = []
        self.title: str | None = None
        self.date: str | None = None
        self.canonical: str | None = None
        self.og_url: str | None = None
        self.site_name: str | None = None
        self._parts: list[str] = []
        self._line = 0
        self._role: Role = "text"
        self._skip = 0
        self._in_title = False
        self._title_parts: list[str] = []
        self._cells: list[str] | None = None
        self._cell_line = 0
        self._table = _HtmlTable()
        self._cell: tuple[str, int, int] | None = None  # the open cell: (th or td, colspan, rowspan)
        self._cell_kinds: list[tuple[str, int, int]] = []
        self._cell_parts: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        if text:
            if self._cell is not None:
                self._cell_parts.append(text)  # (a cell's paragraphs are one cell)
            elif self._cells is not None:
                self._cells.append(text)
            else:
                self.blocks.append(TextLine(self._line or 1, text, 0, None, self._role))
                self.blocks.append(TextLine(self._line or 1, "", 0, None, "blank"))
        self._parts = []
        self._line = 0
        self._role = "text"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _DATE_META and a.get("content") and not self.date:
                self.date = a["content"].strip()
            elif key == "og:url" and a.get("content") and not self.og_url:
                self.og_url = a["content"].strip()
            elif key == "og:site_name" and a.get("content") and not self.site_name:
                self.site_name = a["content"].strip()
            return
        if tag == "link":
            a = {k.lower(): (v or "") for k, v in attrs}
            if "canonical" in a.get("rel", "").lower().split() and a.get("href") and not self.canonical:
                self.canonical = a["href"].strip()
            return
        if tag == "time" and not self.date:
            dt = dict(attrs).get("datetime")
            if dt:
                self.date = dt.strip()
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        if tag == "title":
            self._in_title = True
            return
        if tag in _BLOCK_TAGS:
            if tag in ("td", "th") and self._cells is not None:
                self._end_cell()
                spans = {k.lower(): v for k, v in attrs}
                self._cell = (tag, _span(spans.get("colspan")), _span(spans.get("rowspan")))
                return
            self._flush()
            if tag == "tr":
                self._cells = []
                self._cell_line = self.getpos()[0]
            if tag in ("table", "thead"):
                self._table.start(tag)
            if tag in _HEADINGS:
                self._role = "heading"
            elif tag in ("li", "dt", "dd"):
                self._role = "item"

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if tag == "title":
            self._in_title = False
            self.title = " ".join("".join(self._title_parts).split()) or None
            return
        if tag in ("td", "th") and self._cells is not None:
            self._end_cell()
            return
        if tag == "tr" and self._cells is not None:
            self._end_cell()
            self._flush()
            cells, self._cells = self._cells, None
            for text in self._table.row(cells, self._cell_kinds):
                self.blocks.append(TextLine(self._cell_line or 1, text, 0, None, "row"))
                self.blocks.append(TextLine(self._cell_line or 1, "", 0, None, "blank"))
            self._cell_kinds = []
            return
        if tag in ("table", "thead", "tbody"):
            for text in self._table.end(tag):
                self.blocks.append(TextLine(self._cell_line or 1, text, 0, None, "row"))
                self.blocks.append(TextLine(self._cell_line or 1, "", 0, None, "blank"))
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
            return
        if self._skip:
            return
        if not self._parts and data.strip():
            # the line where the block's first visible character is
            line = self.getpos()[0]
            self._line = line + data[: len(data) - len(data.lstrip())].count("\n")
        if self._parts or data.strip():
            self._parts.append(data)

    def _end_cell(self) -> None:
        """The open cell's text (empty cells kept: they hold a column's place)."""
        self._flush()
        if self._cell is None or self._cells is None:
            return
        self._cells.append(" ".join(self._cell_parts))
        self._cell_kinds.append(self._cell)
        self._cell, self._cell_parts = None, []

    def close(self) -> None:
        super().close()
        self._flush()


def _span(value: str | None) -> int:
    """A cell's colspan or rowspan: a small positive number (a broken one counts 1)."""
    try:
        return max(1, min(int(value or 1), 50))
    except ValueError:
        return 1


class _HtmlTable:
    """The rows of the HTML table being read, as a reader sees them: a cell spread over several
    columns (colspan) or rows (rowspan) stands in each of them, a header cell's text repeated
    (each column under "Employment" is employment's), a data cell's left empty (a number counts
    once); the header rows a table opens with (in <thead>, or rows of <th> cells only) are stacked
    into one row whose cells name each column from the top down ("Employment September 2025
    thousands")."""

    def __init__(self) -> None:
        self._down: dict[int, tuple[int, str]] = {}  # column -> (rows left, text) of a rowspan
        self._head: list[list[str]] = []
        self._in_head = False
        self._body = False  # a row of data came: no more header rows

    def start(self, tag: str) -> None:
        if tag == "table":
            self._down, self._head, self._body = {}, [], False
        self._in_head = tag == "thead" or self._in_head

    def end(self, tag: str) -> list[str]:
        if tag == "thead":
            self._in_head = False
            return []
        return self._stacked() if tag == "table" else []

    def row(self, cells: list[str], kinds: list[tuple[str, int, int]]) -> list[str]:
        """The row's text (and the stacked header before it, when it is the first row of data)."""
        full: list[str] = []
        k = 0
        queue = list(zip(cells, kinds + [("td", 1, 1)] * (len(cells) - len(kinds)), strict=False))
        while queue or k in self._down:
            if k in self._down:
                left, text = self._down.pop(k)
                full.append(text)
                if left > 1:
                    self._down[k] = (left - 1, text)
                k += 1
                continue
            text, (tag, across, down) = queue.pop(0)
            for i in range(across):
                shown = text if tag == "th" or i == 0 else ""
                full.append(shown)
                if down > 1:
                    self._down[k] = (down - 1, text if tag == "th" else "")
                k += 1
        if not any(c.strip() for c in full):
            return []
        header = self._in_head or (bool(kinds) and all(t == "th" for t, _a, _d in kinds))
        if header and not self._body:
            self._head.append(full)
            return []
        self._body = True
        return [*self._stacked(), "\t".join(full)]

    def _stacked(self) -> list[str]:
        head, self._head = self._head, []
        if not head:
            return []
        width = max(len(r) for r in head)
        names = []
        for k in range(width):
            parts: list[str] = []
            for r in head:
                cell = r[k].strip() if k < len(r) else ""
                if cell and (not parts or parts[-1] != cell):
                    parts.append(cell)
            names.append(" ".join(parts))
        return ["\t".join(names)]


def _html_encoding(path: Path, detected: str) -> str:
    """A charset the page declares wins over a guess, but not over UTF-8 that decodes."""
    if detected in ("utf-8", "utf-8-sig", "utf-16"):
        return detected
    with path.open("rb") as f:
        head = f.read(4096)
    m = _META_CHARSET.search(head)
    if m:
        declared = m.group(1).decode("ascii", "ignore").lower()
        try:
            codecs.lookup(declared)
        except LookupError:
            return detected
        if _decodes(path, declared):
            return declared
    return detected


def _open_html(path: Path, encoding: str) -> Document:
    encoding = _html_encoding(path, encoding)
    parser = _BlockParser()
    try:
        with _open_text_stream(path, encoding) as stream:
            while chunk := stream.read(CHUNK_BYTES):
                parser.feed(chunk)
        parser.close()
    except UnicodeDecodeError as exc:
        raise ReadError(f"cannot decode as {encoding}: {exc.reason}") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    blocks = parser.blocks
    doc = Document(path, "html", encoding, parser.title, parser.date,
                   address=parser.canonical or parser.og_url, site_name=parser.site_name)
    doc._lines = lambda: _split_blocks(blocks)
    return doc


def _split_blocks(blocks: list[TextLine]) -> Iterator[TextLine]:
    for b in blocks:
        if len(b.text) <= MAX_PIECE:
            yield b
        else:
            for i, piece in cut_line(b.text):
                yield TextLine(b.line, piece, b.col + i, b.page, b.role)


# --- PDF -------------------------------------------------------------------------------


def _open_pdf(path: Path, head: bytes) -> Document:
    if not head.startswith(b"%PDF-"):
        raise ReadError("not a PDF (no %PDF header)")
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:
        raise ReadError("reading PDF needs pypdf (pip install 'shingi[ingest]')") from None
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # pypdf raises several kinds here (missing crypto library, bad key)
                raise ReadError(f"encrypted PDF: cannot open it without its password ({exc})") from None
            if not opened:
                raise ReadError("encrypted PDF: cannot open it without its password")
        pages = len(reader.pages)
        meta = reader.metadata
    except ReadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise ReadError(f"unreadable PDF: {exc}") from None
    title = None
    date = None
    if meta is not None:
        title = str(meta.title).strip() if meta.title else None
        created = meta.get("/CreationDate")
        if created:
            m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", str(created))
            if m:
                date = "-".join(g for g in m.groups() if g)
    if pages == 0:
        raise ReadError("PDF has no pages")
    doc = Document(path, "pdf", None, title, date, pages)

    def lines() -> Iterator[TextLine]:
        for number, page in enumerate(reader.pages, 1):
            try:
                # layout mode keeps vertical gaps as blank lines: paragraphs and headings stay apart
                text = page.extract_text(extraction_mode="layout") or ""
            except Exception:  # pypdf raises many kinds; the plain mode is more forgiving
                try:
                    text = page.extract_text() or ""
                except Exception as exc:
                    raise ReadError(f"unreadable PDF page {number}: {exc}") from None
            for line_no, line in enumerate(text.splitlines(), 1):
                for i, piece in cut_line(line):
                    yield TextLine(line_no, piece, i, number, "text" if piece.strip() else "blank")
            yield TextLine(1, "", 0, number, "blank")  # a page break ends a paragraph

    doc._lines = lines
    return doc


# --- ids ---------------------------------------------------------------------------------


def short_hash(*parts: object, length: int = 10) -> str:
    """A stable short hex digest of the parts (ids derived from content, not from run order)."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]
