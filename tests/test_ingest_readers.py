"""Reading documents: kinds, encodings, places, and every kind of bad input."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from shingi.ingest.readers import (
    MAX_PIECE,
    ReadError,
    detect_encoding,
    iter_text_lines,
    open_document,
)

JA = "2026年4月、マイクロソフトは日本への1.6兆円の投資を発表した。\nJMLEスコアは70.7%。\n"


def lines_of(path: Path) -> list[str]:
    return [line.text for line in open_document(path).lines() if line.role != "blank"]


# --- encodings -------------------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "expected"), [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("cp932", "cp932"),
    ("shift_jis", "cp932"),
    ("euc_jp", "euc_jp"),
    ("utf-16", "utf-16"),
])
def test_japanese_text_is_decoded_whatever_its_encoding(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(JA.encode(encoding))
    doc = open_document(path)
    assert doc.encoding == expected
    assert lines_of(path) == JA.splitlines()


def test_euc_jp_is_not_mistaken_for_cp932(tmp_path: Path) -> None:
    # EUC-JP bytes also decode as CP932 (as half-width katakana): the Japanese-looking one wins
    path = tmp_path / "euc.txt"
    path.write_bytes(("日本のAIは、政策と投資が同期した。" * 20).encode("euc_jp"))
    assert detect_encoding(path) == "euc_jp"


def test_other_encodings_are_left_to_charset_normalizer(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = (
        "Die Bundesregierung förderte die neue Halbleiterfabrik in Dresden mit 9,9 Milliarden Euro.\n"
        "Das Werk ist größer als ursprünglich geplant und soll im Jahr 2027 die Produktion aufnehmen.\n"
        "Für die Region bedeutet das über 2.000 zusätzliche Arbeitsplätze, schätzen die Förderer.\n"
    )
    path.write_bytes(text.encode("cp1252"))
    doc = open_document(path)
    assert doc.encoding not in ("utf-8", "cp932", "euc_jp")
    assert lines_of(path) == text.splitlines()


def test_a_utf8_file_with_a_bad_byte_late_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(("a line of ASCII text\n" * 100_000).encode() + "日本".encode("cp932") + b"\n")
    assert detect_encoding(path) == "cp932"


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", bytes(range(256)) * 40, "binary file"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "binary file"),
    ("broken.pdf", b"%PDF-1.7\nthis is not really a pdf\n%%EOF", "PDF"),
    ("fake.pdf", b"hello, I am text", "not a PDF"),
])
def test_bad_files_fail_with_a_clear_message(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError, match=message):
        doc = open_document(path)
        list(doc.lines())


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        open_document(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="folder"):
        open_document(tmp_path)


def test_encrypted_pdf_says_it_needs_a_password(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as f:
        writer.write(f)
    with pytest.raises(ReadError, match="encrypted PDF"):
        open_document(path)


# --- long lines and big files --------------------------------------------------------------------


def test_a_very_long_line_comes_in_bounded_pieces_quickly(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("投資" * 2_500_000, encoding="utf-8")  # one 5 M-character line
    t0 = time.perf_counter()
    pieces = list(open_document(path).lines())
    assert time.perf_counter() - t0 < 5
    assert all(len(p.text) <= MAX_PIECE for p in pieces)
    assert {p.line for p in pieces} == {1}
    assert pieces[1].col == MAX_PIECE and sum(len(p.text) for p in pieces) == 5_000_000


def test_lines_keep_their_numbers_across_chunks_and_line_ends() -> None:
    text = "a\r\nb\rc\n\nd" + "\n" * 3
    lines = list(iter_text_lines(io.StringIO(text, newline=None)))
    assert [(t.line, t.text, t.role) for t in lines] == [
        (1, "a", "text"), (2, "b", "text"), (3, "c", "text"), (4, "", "blank"), (5, "d", "text"),
        (6, "", "blank"), (7, "", "blank")]


# --- Markdown, HTML, PDF ----------------------------------------------------------------------------


def test_markdown_front_matter_gives_the_date_and_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: Chips\ndate: 2024-03-10\n---\n# India's chip push\n\nText here.\n", "utf-8")
    doc = open_document(path)
    assert (doc.kind, doc.date, doc.title) == ("markdown", "2024-03-10", "Chips")
    lines = [t for t in doc.lines() if t.role != "blank"]
    assert [(t.line, t.text) for t in lines] == [(5, "# India's chip push"), (7, "Text here.")]


HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>日本のAI &amp; 半導体</title>
<meta property="article:published_time" content="2026-04-20T09:00:00+09:00">
<style>p { color: red }</style><script>var x = "2026/04: Microsoft 9兆円";</script></head>
<body><h1>半導体・計算基盤</h1>
<p>2026年4月、Microsoftは日本への1.6兆円の投資を発表した。
ソフトバンクと連携する。</p>
<ul><li>2026/04: ABCI 3.0 運用開始</li></ul>
<table><tr><th>モデル</th><th>JMLE</th></tr><tr><td>GPT-4.1</td><td>94.3%</td></tr></table>
</body></html>
"""


def test_html_blocks_with_their_source_lines(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, "utf-8")
    doc = open_document(path)
    assert (doc.kind, doc.title, doc.date) == ("html", "日本のAI & 半導体", "2026-04-20T09:00:00+09:00")
    blocks = [(t.line, t.role, t.text) for t in doc.lines() if t.role != "blank"]
    assert blocks == [
        (5, "heading", "半導体・計算基盤"),
        (6, "text", "2026年4月、Microsoftは日本への1.6兆円の投資を発表した。 ソフトバンクと連携する。"),
        (8, "item", "2026/04: ABCI 3.0 運用開始"),
        (9, "row", "モデル\tJMLE"),
        (9, "row", "GPT-4.1\t94.3%"),
    ]  # no script, no style


def test_html_in_shift_jis_uses_its_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "sjis.htm"
    path.write_bytes(HTML.replace('charset="utf-8"', 'charset="Shift_JIS"').encode("cp932"))
    doc = open_document(path)
    assert doc.encoding in ("shift_jis", "cp932")
    assert any("1.6兆円" in t.text for t in doc.lines())


def make_pdf(path: Path, body_html: str, title: str = "Test") -> Path:
    """A PDF made the way a report would be: HTML through WeasyPrint, with a Japanese font."""
    weasyprint = pytest.importorskip("weasyprint")
    font = ""
    try:
        import japanize_matplotlib

        ttf = Path(japanize_matplotlib.__file__).parent / "fonts" / "ipaexg.ttf"
        font = f"@font-face {{ font-family: ja; src: url('{ttf.as_uri()}'); }} body {{ font-family: ja; }}"
    except ImportError:
        pass
    html = f"<html><head><title>{title}</title><style>{font}</style></head><body>{body_html}</body></html>"
    weasyprint.HTML(string=html).write_pdf(str(path))
    return path


def test_pdf_text_comes_with_pages(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "two.pdf",
                    "<p>In April 2026, Rapidus received 631.5 billion yen.</p>"
                    "<p style='page-break-before: always'>PLaMo 2.2 PrimeのJMLEスコアは70.7%。</p>",
                    title="Chips")
    doc = open_document(path)
    assert (doc.kind, doc.pages, doc.title) == ("pdf", 2, "Chips")
    texts = [(t.page, t.text) for t in doc.lines() if t.role != "blank"]
    assert texts[0] == (1, "In April 2026, Rapidus received 631.5 billion yen.")
    assert (2, "PLaMo 2.2 PrimeのJMLEスコアは70.7%。") in texts
