"""Sentences of a document, each with the place it starts and ends.

The rules, in order:

1. A blank line ends a paragraph. A heading (Markdown ``#``, an HTML ``<h1>``..), a table
   row (a Markdown ``|`` row, a line with tab-separated cells, an HTML ``<tr>``) and a list
   item (``-``, ``*``, ``+``, ``•``, ``・``, ``1.``) each start a paragraph of their own, and
   so does a line that starts with a date (timeline items such as ``2026/04: ...``).
2. Other lines continue the paragraph: they are joined to the line before (with no space
   between two Japanese characters, with one space otherwise), so a sentence wrapped over
   several lines (as PDF text is) comes out whole.
3. A paragraph is cut into sentences after 。．！？!? and after a full stop followed by a
   space and not by a lower-case letter, unless the word before it is an abbreviation
   (Inc., Corp., U.S., e.g. ...) or the stop is a decimal point. Closing brackets and
   quotes after the stop stay with the sentence.
4. A sentence never grows past :data:`MAX_SENTENCE` characters: a longer run is cut at the
   last comma, semicolon or space before the limit (or at the limit), so a 5 MB line with
   no punctuation is handled in bounded time and memory.
5. A paragraph of one short piece of text with no closing stop (at most
   :data:`HEADING_CHARS` characters) is a heading, e.g. ``2025年後半`` above a timeline.

Markdown markup is blanked out with spaces (so offsets still point into the source line):
emphasis marks, link targets, images' addresses, inline HTML tags; web addresses are blanked
in every kind of document, so their digits are not read as dates or amounts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from shingi.ingest.readers import Role, TextLine

MAX_SENTENCE = 500
HEADING_CHARS = 40

_JA_STOPS = "。．！？!?"
_CLOSERS = "」』）)\"'”’]】〕》"
_ABBREVIATIONS = {
    "inc", "corp", "co", "ltd", "llc", "plc", "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos",
    "vs", "etc", "e.g", "i.e", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "fig", "figs", "al", "jr", "sr", "dept", "govt", "min",
    "max", "vol", "pp", "p", "ed", "eds", "cf", "ca", "c", "u.s", "u.k", "u.n", "e.u", "pvt", "pte",
    "bros", "intl", "assn", "univ", "mfg", "hldgs", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
    "a.m", "p.m",  # 8:30 A.M. (EDT): a time, no end of a sentence
}

_HEADING_RE = re.compile(r"^(\s{0,3})(#{1,6})(\s+)")
_ITEM_RE = re.compile(r"^(\s*)(?:[-*+•●○■□◆◇▪‣]\s+|・|\d{1,3}[.)]\s+)")
_QUOTE_RE = re.compile(r"^(\s*)>\s?")
_TABLE_SEP_RE = re.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$")
_URL_RE = re.compile(r"(?:https?|ftp)://[^\s<>\"'）」]+|www\.[^\s<>\"'）」]+")
_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_INLINE_MARK_RE = re.compile(r"\*\*|__|`+|~~|<[A-Za-z/][^>]*>")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and its place: from ``line``:``char_start`` to ``line_end``:``char_end``.

    Offsets are characters in the source line (0-based, end exclusive); for PDF, lines are
    those of the page's extracted text and ``page`` is set. ``text`` is the sentence as
    written, lines joined, markup blanked. ``para`` numbers the paragraphs of the document,
    ``index`` the sentences.
    """

    text: str
    line: int
    char_start: int
    line_end: int
    char_end: int
    page: int | None
    role: Role
    para: int
    index: int


def mask_markup(text: str, markdown: bool) -> str:
    """The line with markup replaced by spaces of the same length (offsets are kept)."""
    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))

    text = _URL_RE.sub(blank, text)
    if not markdown:
        return text

    def keep_group(m: re.Match[str]) -> str:
        inner = m.group(1)
        whole = m.group(0)
        lead = whole.index(inner) if inner else len(whole)
        return " " * lead + inner + " " * (len(whole) - lead - len(inner))

    text = _IMAGE_RE.sub(keep_group, text)
    text = _LINK_RE.sub(keep_group, text)
    return _INLINE_MARK_RE.sub(blank, text)


_LENTICULAR_RE = re.compile(r"\s*【[^【】\n]{1,40}】\s*$")
#: a section mark glued to a Japanese label (「◆令和6年10月1日現在」, 「■9月中」); not ○, which stands for
#: a name left out (「○○市」)
_JA_MARK_RE = re.compile(r"^\s*[◆◇■□●▪]\s*(?=[\d\u3005-\u30ff\u3400-\u9fff])")
#: a numbered section label of a Japanese release: 「(1) 就業者数,雇用者数」, 「（２）完全失業者」, 「① 生産」
_JA_NUMBERED_RE = re.compile(r"^\s*(?:[(（][0-9０-９]{1,2}[)）]|[①-⑳])\s*(?=[\u3005-\u30ff\u3400-\u9fff])")
#: a topic and a figure said of it (「技術輸入による支払額は,5130億円(…)で,3年ぶりに減少」): a statement, even
#: short and with no stop, no label heading the lines under it
_STATES_A_FIGURE_RE = re.compile(r"は[,、，]?\s?[^。,、，]{0,12}[0-9０-９]")
#: a circled number opening a line: a numbered point of a Japanese summary (「① 生産」, 「② 国内総生産…」)
_CIRCLED_RE = re.compile(r"^\s*[①-⑳]")
#: an outcome noun that ends a Japanese summary's sentence with no stop (「81か月連続の増加」,
#: 「2ヵ月ぶりの低下」)
_TAIGEN_END_RE = re.compile(r"(?:連続|ぶり|振り)の(?:増加|減少|上昇|低下|下降|改善|悪化)\s*$")
#: a line that goes on with the sentence before: a particle, a stop or a bracket first
_CONTINUED_RE = re.compile(r"[ぁ-ゖ、。，．）)」』]")
#: 「人口:56,815人(-54)」, 「世帯数：25,124世帯（+9）」: a Japanese label, a colon and one figure (with its
#: unit and a change in brackets), alone on a line
_LABEL_FIGURE_RE = re.compile(
    r"^\s*[\u3005-\u30ff\u3400-\u9fff][\u3005-\u30ff\u3400-\u9fff（）()・]{0,15}\s*[:：]\s*"
    r"[△▲+\-−＋]?\d[\d,，.]*\s*[\u3005-\u30ff\u3400-\u9fff%％]{0,4}"
    r"\s*(?:[(（]\s*[△▲+\-−＋±]?\s*\d[\d,，.]*\s*[\u3005-\u30ff\u3400-\u9fff%％]{0,4}\s*[)）])?\s*$")
#: the most characters of a section's label under its number (「大豆」, 「乳用牛の飼養戸数・頭数」)
_LABEL_CHARS = 12
#: a line in capitals that names the kind of document: a label ("MEDIA RELEASE", "NEWS RELEASE",
#: "STATISTICAL BULLETIN", "PRESS STATEMENT")
_CAPITALS_LINE_RE = re.compile(r"^\s*(?:[A-Z][A-Z&'-]*\s+){1,3}(?:RELEASE|BULLETIN|STATEMENT|NOTICE)\s*$")
#: a line of one or two digits alone: a section or page number
_BARE_NUMBER_LINE_RE = re.compile(r"^\s*[0-9０-９]{1,2}\s*$")
#: " | " between cells: a line of a plain-text table (two or more make a row)
_PIPE_CELL_RE = re.compile(r"\S\s+\|\s+\S")

def classify(text: str) -> tuple[Role, str]:
    """The role of a plain-text or Markdown line and the line with its leading marker blanked."""
    m = _HEADING_RE.match(text)
    if m:
        end = m.end()
        # closing hashes of "## Title ##" are markup too
        body = re.sub(r"\s#+\s*$", lambda x: " " * len(x.group(0)), text[end:])
        return "heading", " " * end + body
    if text.lstrip().startswith("|"):
        if _TABLE_SEP_RE.match(text):
            return "blank", ""
        return "row", text.replace("|", "\t")
    if "\t" in text.strip():
        return "row", text
    if len(_PIPE_CELL_RE.findall(text)) >= 2:
        return "row", text.replace("|", "\t")  # 平成24年 | 127,515 | -284: a table of plain text
    if _CAPITALS_LINE_RE.match(text):
        # "MEDIA RELEASE", "NEWS RELEASE" over the headline: the kind of the document set in capitals is a
        # label, no words of the headline under it (glued on, "MEDIA RELEASE Dwelling" read as a name)
        return "heading", text
    if _BARE_NUMBER_LINE_RE.match(text):
        # 「1」 alone on a line, then 「大豆」, then 「全国の大豆の収穫量は…」: the number of a section (or a
        # page), no figure of the words after it (glued on, 「1大豆」 read as one soybean)
        return "heading", " " * len(text)
    if _LENTICULAR_RE.match(text):
        # 【平成28年9月1日現在(確定値)】, 【全国人口】 alone on a line: Japanese documents set their
        # section labels in lenticular brackets; the label (and the date it states) heads what follows
        return "heading", text
    m = _QUOTE_RE.match(text)
    if m:
        text = " " * m.end() + text[m.end():]
    m = _ITEM_RE.match(text)
    if m:
        return "item", " " * m.end() + text[m.end():]
    m = _JA_MARK_RE.match(text) or _JA_NUMBERED_RE.match(text)
    if m:
        # 「◆令和6年(2024年)10月1日現在」, 「■9月中」, 「(1) 就業者数,雇用者数」: Japanese pages set a section
        # mark or number before its label; a short label with no stop heads what follows (its date frames
        # the lines under it); a sentence after a number (「(1)出生数の年計は…。」) is prose as before
        body = text[m.end():]
        if len(body.strip()) <= HEADING_CHARS and not any(stop in body for stop in _JA_STOPS) \
                and not _STATES_A_FIGURE_RE.search(body):
            return "heading", " " * m.end() + body
        if _CIRCLED_RE.match(text):
            # 「① 平成 26 年度の…総額は,18 兆 9713 億円」, 「② 国内総生産(GDP)に対する…」: the numbered points
            # of a summary, often with no stop at their end; each starts a unit of its own, as a bullet does
            # (they ran together into one sentence, every figure dated by the last point's day)
            return "item", text
    if _LABEL_FIGURE_RE.match(text):
        # 「人口:56,815人(-54)」, 「転入:184」: a line of a label and its figure is an entry of a list, set a
        # line each on Japanese municipal pages; glued to the next line it would take that line's label
        return "item", text
    return "text", text


#: an English headline set on a line of its own: capitalised, a figure in it, no stop at its end and no word
#: that a wrapped sentence goes on from ("… was 1.7 percent in" over "August, …")
_HEADLINE_RE = re.compile(r"[A-Z].{8,98}\d[^,]*?[A-Za-z0-9%)]")
_STOP_IN_RE = re.compile(r"[.!?:;](?:\s|$)")
#: a figure glued to a word: a table's row copied as text ("Mid East18,98620,441"), no headline
_GLUED_FIGURE_RE = re.compile(r"[A-Za-z]\d")
_GOES_ON_RE = re.compile(r"(?<![A-Za-z])(?i:in|of|the|a|an|and|or|to|with|by|from|for|at|on|than|as|its|their"
                         r"|was|were|is|are|be|been|has|have|had|that|which|who|per|cent|percent|compared|while)$")


def _headline(body: str) -> bool:
    """Whether a line reads as an English headline with a figure (see _HEADLINE_RE)."""
    return bool(_HEADLINE_RE.fullmatch(body)) and len(body.split()) >= 4 and not _GOES_ON_RE.search(body) \
        and not _STOP_IN_RE.search(body) and not _GLUED_FIGURE_RE.search(body)


def _is_cjk(ch: str) -> bool:
    return ("\u3000" <= ch <= "\u9fff") or ("\uf900" <= ch <= "\ufaff") or ("\uff00" <= ch <= "\uffef")


@dataclass(slots=True)
class _Segment:
    start: int  # offset of this line's text in the paragraph string
    line: int
    col: int  # column in the source line of the segment's first character
    page: int | None
    cols: list[int] | None = None  # of a letter-spaced line closed up: each character's source column


class SentenceSplitter:
    """Turns located lines into located sentences, paragraph by paragraph, in bounded memory.

    ``starts_with_date`` tells whether a line starts with a date (then it starts a new
    paragraph); by default the period finder of :mod:`shingi.normalize.periods` decides.
    """

    def __init__(self, markdown: bool = True, starts_with_date: Callable[[str], bool] | None = None):
        self.markdown = markdown
        self.starts_with_date = starts_with_date or _starts_with_period
        self.para = 0
        self.index = 0
        self._buf = ""  # the paragraph text not yet cut into sentences
        self._buf_start = 0  # offset of _buf[0] in the paragraph
        self._segments: list[_Segment] = []
        self._role: Role = "text"
        self._emitted = 0  # sentences emitted from the current paragraph
        self._open = False
        self._single = False  # the last line was one kana or kanji (vertical text)
        self._spaced = False  # the last line was letter-spaced
        self._entry = False  # the last line was a label and its figure (「人口:56,815人」)
        self._numbered = False  # the last line was a section number alone (「1」)
        self._label = False  # the last line was a short label under a section number (「大豆」)
        self._headlines = False  # every line of the paragraph so far is an English headline with a figure

    # --- input ---------------------------------------------------------------------

    def feed(self, line: TextLine) -> list[Sentence]:
        """Sentences completed by this line (possibly none)."""
        out: list[Sentence] = []
        role: Role = line.role
        text = line.text
        if role == "text":
            role, text = classify(text)
            text = mask_markup(text, self.markdown)
        elif role != "blank":
            text = mask_markup(text, False)
        if role == "blank" or not text.strip():
            out.extend(self._end_paragraph())
            self._numbered = role == "heading"  # 「1」 alone (blanked): a section number
            self._label = False
            return out
        lead = len(text) - len(text.lstrip())
        body, cols = close_letter_spacing(text.strip()) if role != "row" else (text.strip(), None)
        new_unit = role in ("heading", "row", "item") or not self._open or self._role in ("heading", "row")
        # one kana or kanji a line is vertical typesetting in a PDF's text layer (「人\n口\n推\n計」, a
        # title set in a column): prose is never wrapped a character a line, so the column is a unit of
        # its own, not glued to the name on the line before (「総務省統計局」) or the text after it
        single = len(body) == 1 and _is_cjk(body)
        if single != self._single and self._buf:
            new_unit = True
        self._single = single
        # a letter-spaced line (「財 務 省」 over 「報 道 発 表」) is set for display, a masthead's line, not
        # prose wrapped at the margin: it is a unit of its own (joined, 「財務省報道発表」 hides the name)
        if cols is not None or self._spaced:
            new_unit = True
        self._spaced = cols is not None
        if self._entry:
            new_unit = True  # the line after 「人口:56,815人」 is not its continuation
        if self._label:
            # 「1」 / 「大豆」 / 「全国の大豆の収穫量は…」: the label under a number heads its section
            new_unit = True
        self._label = self._numbered and role == "text" and len(body) <= _LABEL_CHARS \
            and not any(stop in body for stop in _JA_STOPS + "、，,")
        self._numbered = False
        if not new_unit and self._buf and _TAIGEN_END_RE.search(self._buf) and not _CONTINUED_RE.match(body):
            # 「…53万人の増加。81か月連続の増加」 over 「雇用者数は6017万人。」: Japanese statistical
            # summaries end a sentence on its outcome noun with no stop (体言止め); a line that does so and
            # a next line that does not go on with a particle or a stop are two sentences, not one wrapped
            out.extend(self._cut(final=True))
        if not new_unit and self._buf and self._headlines and body[:1].isupper():
            # "Euro area industrial production down by 0.5%" over "In the EU28, industrial production fell
            # by 0.3% in March 2019.": a headline and the lines under it, each set a line with no stop (a page
            # kept as text); the headline is a sentence of its own, not the subject of the next line's words
            out.extend(self._cut(final=True))
        self._headlines = (new_unit or self._headlines) and role == "text" and _headline(body)
        self._entry = role == "item" and bool(_LABEL_FIGURE_RE.match(text))
        if not new_unit and self.starts_with_date(body):
            new_unit = True
        if not new_unit and self._role == "item" and role == "text" and body[:1].isupper() \
                and body.endswith(":"):
            # "Between January and March 2014:" under a list item: a line that a colon ends introduces
            # the list after it, not the item's wrapped last line
            new_unit = True
        if new_unit:
            out.extend(self._end_paragraph())
            self._role = role if role != "text" else "text"
            self._open = True
            self._append(body, line, lead, sep="", cols=cols)
        else:
            prev = self._buf[-1:] if self._buf else ""
            # a line wrapped inside Japanese text joins with no space; Latin words keep one
            sep = "" if not prev or _is_cjk(prev) or _is_cjk(body[0]) else " "
            self._append(body, line, lead, sep=sep, cols=cols)
        out.extend(self._cut(final=False))
        return out

    def close(self) -> list[Sentence]:
        """The sentences left at the end of the document."""
        return self._end_paragraph()

    # --- internals -----------------------------------------------------------------

    def _append(self, body: str, line: TextLine, lead: int, sep: str, cols: list[int] | None = None) -> None:
        start = self._buf_start + len(self._buf) + len(sep)
        self._segments.append(_Segment(start, line.line, line.col + lead, line.page, cols))
        self._buf += sep + body

    def _end_paragraph(self) -> list[Sentence]:
        if not self._open:
            return []
        out = self._cut(final=True)
        self._open = False
        self._buf = ""
        self._buf_start = 0
        self._segments = []
        self._emitted = 0
        self._role = "text"
        self.para += 1
        return out

    def _cut(self, final: bool) -> list[Sentence]:
        out: list[Sentence] = []
        buf = self._buf
        pos = 0
        for end in _sentence_ends(buf):
            if end - pos > MAX_SENTENCE:
                for cut in _long_cuts(buf, pos, end):
                    out.extend(self._make(pos, cut, closed=False))
                    pos = cut
            out.extend(self._make(pos, end, closed=True))
            pos = end
        rest_len = len(buf) - pos
        while rest_len > MAX_SENTENCE:
            cut = _soft_cut(buf, pos, pos + MAX_SENTENCE)
            out.extend(self._make(pos, cut, closed=False))
            pos = cut
            rest_len = len(buf) - pos
        if final and pos < len(buf):
            out.extend(self._make(pos, len(buf), closed=False))
            pos = len(buf)
        if pos:
            self._buf = buf[pos:]
            self._buf_start += pos
            # keep only the segments the rest still needs
            first = self._buf_start
            keep = [s for s in self._segments if s.start > first]
            before = [s for s in self._segments if s.start <= first]
            self._segments = ([before[-1]] if before else []) + keep
        return out

    def _make(self, start: int, end: int, closed: bool) -> list[Sentence]:
        raw = self._buf[start:end]
        stripped_left = len(raw) - len(raw.lstrip())
        start += stripped_left
        raw = raw.strip()
        if not raw or not any(ch.isalnum() for ch in raw):
            return []
        end = start + len(raw)
        role = self._role
        if role == "text" and not closed and self._emitted == 0 and len(raw) <= HEADING_CHARS:
            # a short paragraph with no stop: a heading (its date sets the context of what follows)
            role = "heading"
        a = self._locate(self._buf_start + start)
        b = self._locate(self._buf_start + end - 1)
        sentence = Sentence(raw, a[0], a[1], b[0], b[1] + 1, a[2], role, self.para, self.index)
        self.index += 1
        self._emitted += 1
        return [sentence]

    def _locate(self, offset: int) -> tuple[int, int, int | None]:
        seg = self._segments[0]
        for s in self._segments:
            if s.start <= offset:
                seg = s
            else:
                break
        k = max(0, offset - seg.start)
        if seg.cols:
            k = seg.cols[k] if k < len(seg.cols) else seg.cols[-1] + 1 + k - len(seg.cols)
        return seg.line, seg.col + k, seg.page


# One letter-spaced token: a single kana or kanji, or a short run of digits between them (平 成 29 年).
_SPACED_TOKEN = r"(?:[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff]|\d{1,4})"
_SPACED_LETTER_RE = re.compile(r"[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff][ \u3000]")
_LETTER_SPACED_RE = re.compile(
    rf"(?<![^\s(（\[【《<「『\-－—・])(?:{_SPACED_TOKEN}[ \u3000])+{_SPACED_TOKEN}"
    r"(?![^\s)）\]】》>」』\-－—・,、。])")


def close_letter_spacing(text: str) -> tuple[str, list[int] | None]:
    """``text`` with letter-spaced Japanese closed up: 「総 務 省 統 計 局」 -> 「総務省統計局」,
    「平 成 29 年 2 月 20 日」 -> 「平成29年2月20日」.

    Japanese mastheads space out the letters of a publisher's name, a title or a date for display;
    Japanese writes no spaces between words, so the spaces carry no meaning and hide the name and
    the date from every reader after this one. A run is closed when it has at least three tokens
    that are single kana or kanji, every gap is one space, and each token is one kana or kanji or a
    short number; the spaces between two numbers stay (「1 091 150人」 is a grouped number, read by
    the quantity finder). A line of table cells uses tabs or ``|`` and is a row, which is left alone.
    Read line by line (a line of a masthead is one run). Also returns, when anything was closed,
    the column in ``text`` of each character of the result (places keep pointing at the text as
    written); else None.
    """
    if not _SPACED_LETTER_RE.search(text):
        return text, None  # (the cheap test: no kana or kanji before a space)
    drop: list[int] = []
    for m in _LETTER_SPACED_RE.finditer(text):
        run = m.group(0)
        tokens = re.split(r"[ \u3000]", run)
        if sum(1 for t in tokens if not t.isdigit()) < 3:
            continue
        at = m.start()
        for prev, tok in pairwise(tokens):
            at += len(prev)
            if not (prev.isdigit() and tok.isdigit()):
                drop.append(at)
            at += 1
    if not drop:
        return text, None
    gone = set(drop)
    cols = [i for i in range(len(text)) if i not in gone]
    return "".join(text[i] for i in cols), cols


_STOP_RE = re.compile(r"[。．！？!?.]")


def _sentence_ends(buf: str) -> Iterator[int]:
    """Offsets just past each sentence end in ``buf`` (closing brackets included)."""
    n = len(buf)
    i = start = 0
    brackets = _Brackets(0)
    while True:
        m = _STOP_RE.search(buf, i)
        if m is None:
            return
        i = m.start()
        ch = buf[i]
        j = i + 1
        while j < n and buf[j] in _CLOSERS:
            j += 1
        if ch == "." and not _full_stop(buf, i, j):
            i += 1
            continue
        if ch in "!?" and j < n and not buf[j].isspace() and not _is_cjk(buf[j]) and buf[j] not in _JA_STOPS:
            i += 1  # "Yahoo!Japan": a mark inside a word
            continue
        if ch in "。．" and j > i + 1 and j < n and _inside_aside(buf, start, i, brackets):
            i = j  # 「…(以下「研究費」という。)の総額は」: the stop ends an aside, not the sentence
            continue
        while j < n and (buf[j] in _JA_STOPS or buf[j] in _CLOSERS):
            j += 1
        yield j
        i = start = j
        brackets = _Brackets(j)


_OPENERS = {"(": ")", "（": "）", "「": "」", "『": "』"}


class _Brackets:
    """The brackets open in a sentence so far, read once left to right (see :func:`_sentence_ends`)."""

    __slots__ = ("first", "scanned", "stack")

    def __init__(self, start: int) -> None:
        self.stack: list[str] = []
        self.first = -1
        self.scanned = start

    def read_to(self, buf: str, i: int) -> None:
        for k in range(self.scanned, i):
            c = buf[k]
            if c in _OPENERS:
                self.stack.append(_OPENERS[c])
                if len(self.stack) == 1:
                    self.first = k
            elif self.stack and c == self.stack[-1]:
                self.stack.pop()
        self.scanned = max(self.scanned, i)


def _inside_aside(buf: str, start: int, i: int, brackets: _Brackets) -> bool:
    """Whether the Japanese stop at ``i`` closes a bracket opened after the sentence's first words
    (``start``: where the sentence starts) and the closer right after it is that bracket's: 「…の科学技術
    研究費(以下「研究費」という。)の総額は」, 「…目標には届かなかった。」と述べた」 go on past the aside."""
    if i - start > MAX_SENTENCE:
        return False  # (a sentence that long is cut anyway)
    brackets.read_to(buf, i)
    if not brackets.stack or buf[i + 1] != brackets.stack[-1]:
        return False
    return bool(buf[start:brackets.first].strip())  # a bracket opening the sentence may hold a whole one


def _full_stop(buf: str, i: int, j: int) -> bool:
    """Whether the '.' at ``i`` ends a sentence (``j`` is past the closers after it)."""
    n = len(buf)
    if j < n and not buf[j].isspace():
        # 1.6, U.S.A, example.com, "end."next; but a stop run into the next sentence's first word
        # ("reached in 2018.Systemwide: …", "passengers.The 25 airlines", "the State average.The
        # Midland region": a page's text as stored) ends its sentence
        return _run_on_stop(buf, i, j)
    k = j
    while k < n and buf[k] == " ":
        k += 1
    if k < n and (buf[k].islower() or buf[k] in ",;:"):
        return False  # "the U.S. economy", "approx. 1,000"
    w = _word_start(buf, i)
    word = buf[w:i].lower()
    if word in _ABBREVIATIONS:
        return False
    # one capital letter: an initial (J. Smith)
    return not (len(word) == 1 and buf[w].isupper() and k < n and buf[k].isupper())


def _word_start(buf: str, i: int) -> int:
    """Where the word before the '.' at ``i`` starts: its letters and inner stops ("e.g", "U.S")."""
    w = i
    while w > 0 and (buf[w - 1].isalpha() or buf[w - 1] == "."):
        w -= 1
    return w


#: a figure in per cent just before a stop: "6.9 percent", "6.9 per cent", "6.9%"
_PERCENT_BEFORE_STOP_RE = re.compile(r"\d\s?(?:%|(?<![A-Za-z])(?:percent|per\s+cent))$")


def _run_on_stop(buf: str, i: int, j: int) -> bool:
    """Whether the '.' at ``i``, with no space after it, ends a sentence run into the next: it follows
    a word (lower-case letters, digits, a per cent sign or a closing bracket; no abbreviation) and
    a capitalised word follows it ("2018.Systemwide", "passengers.The", "rate).From"). Not "U.S.The"
    (a capital before), "e.g.The" (an abbreviation), "1.6" and "Fig.3A" (no word after) or a host's name
    ("data.Europa.eu": the word after runs on into another stop)."""
    n = len(buf)
    if i >= 8 and j + 2 < n and buf[j:j + 3].isalpha() and buf[j:j + 3].islower() \
            and _PERCENT_BEFORE_STOP_RE.search(buf, max(0, i - 16), i):
        # "real GDP increased 6.9 percent.increased 6.5 percent" (dev17 BEA, a quote that lost the next
        # sentence's subject): "percent" and "%" after a number are no abbreviation, so a stop glued to them
        # ends the figure's sentence whatever the case of the word after it
        return True
    if j + 1 >= n or not (buf[j].isupper() and buf[j + 1].islower()) or i == 0:
        return False
    k = j + 1
    while k < n and buf[k].isalpha():
        k += 1
    if k + 1 < n and buf[k] == "." and buf[k + 1].isalpha():
        return False
    before = buf[i - 1]
    if not (before.islower() or before.isdigit() or before in "%)"):
        return False
    return buf[_word_start(buf, i):i].lower() not in _ABBREVIATIONS


def _soft_cut(buf: str, start: int, limit: int) -> int:
    """Where to cut ``buf[start:limit]``: after the last comma, semicolon or space, else at the limit."""
    window = buf[start:limit]
    for marks in ("、，,;；", " \t"):
        best = max(window.rfind(m) for m in marks)
        if best > len(window) // 2:
            return start + best + 1
    return limit


def _long_cuts(buf: str, start: int, end: int) -> Iterator[int]:
    pos = start
    while end - pos > MAX_SENTENCE:
        pos = _soft_cut(buf, pos, pos + MAX_SENTENCE)
        yield pos


def _starts_with_period(text: str) -> bool:
    head = text[:40]
    if not head[:1].isdigit() and not head.lower().startswith(tuple(_MONTH_HEADS)):
        return False  # cheap test first: a date at the start begins with a digit or a month name
    from shingi.normalize.periods import find_periods
    from shingi.normalize.text import normalize

    norm = normalize(head)
    return any(m.start == 0 for m in find_periods(norm))


_MONTH_HEADS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                "fy", "h1", "h2", "q1", "q2", "q3", "q4", "令和", "平成")


def split_sentences(lines: Iterable[TextLine], markdown: bool = True,
                    starts_with_date: Callable[[str], bool] | None = None) -> Iterator[Sentence]:
    """The sentences of a document's lines, in document order."""
    splitter = SentenceSplitter(markdown, starts_with_date)
    for line in lines:
        yield from splitter.feed(line)
    yield from splitter.close()


def quote_span(quote: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``normalize(quote)[start:end]`` (a figure or date the extraction found: its offsets
    index the normalized sentence) stands in ``quote`` itself, or None when it cannot be said
    exactly. ``normalize`` (NFKC, one spelling for dashes and quotes, spaces collapsed) may change
    lengths, so the offsets are mapped through the normalized lengths of the quote's prefixes and
    the result is checked: the quote's span normalizes to the same text."""
    from shingi.normalize.text import normalize

    target = normalize(quote)
    if not 0 <= start < end <= len(target):
        return None

    def first(at_least: int, strictly: bool) -> int:
        """The smallest i whose prefix normalizes to more than (or at least) ``at_least`` chars."""
        lo, hi = 0, len(quote)
        while lo < hi:
            mid = (lo + hi) // 2
            n = len(normalize(quote[:mid]))
            if n > at_least or (not strictly and n == at_least):
                hi = mid
            else:
                lo = mid + 1
        return lo

    a = first(start, strictly=True) - 1
    b = first(end, strictly=False)
    if a < 0 or b <= a or normalize(quote[a:b]) != target[start:end]:
        return None
    return a, b
