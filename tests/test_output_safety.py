"""Output safety as a class (issue 13): no raw HTML from any field in Markdown, no formulas in CSV,
no control characters in any text output, PDF tables bounded, report files whole or absent."""

from __future__ import annotations

import errno
import io
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pack_builder import EVENTS, SOURCES, csv_text, write_pack
from shingi.cli import _workers, main
from shingi.render.safety import csv_cell, strip_controls

SRC = str(Path(__file__).resolve().parent.parent / "src")
XSS_URL = 'doi:10.1/"><script>alert(1)</script>'
FORMULA = "=cmd|' /C calc'!A0"
ANSI = "Acme \x1b[2J\x1b[31mred\x1b[0m\x7f \x1b]0;pwned\x07done\u202e"  # (NUL makes a CSV binary)


def hostile_pack(folder: Path) -> Path:
    sources = [*SOURCES, ["s3", FORMULA, "@publisher", XSS_URL, "2026", "report", "en"]]
    events = [EVENTS[0], [*EVENTS[1][:6], ANSI, *EVENTS[1][7:]], *EVENTS[2:],
              ["e3", "2026-05", "policy", "acme", "policy", "", FORMULA, "", "", "s3", "", "-1+2"]]
    return write_pack(folder, sources_csv=csv_text(sources), events_csv=csv_text(events))


def test_csv_cells_and_control_characters() -> None:
    assert csv_cell(FORMULA) == "'" + FORMULA
    cells = ("+81 3", "@SUM(A1)", "\tx", "-1+2")
    assert [csv_cell(c) for c in cells] == ["'+81 3", "'@SUM(A1)", "'\tx", "'-1+2"]
    assert [csv_cell(c) for c in ("-5", "+3.5%", "1,200", "Acme")] == ["-5", "+3.5%", "1,200", "Acme"]
    assert strip_controls(ANSI) == "Acme red done"
    assert strip_controls("a\x00b\x85c\rd") == "abcd"
    assert strip_controls("行1\n\tインデント") == "行1\n\tインデント"


def test_markdown_report_has_no_raw_html_from_any_field(tmp_path: Path) -> None:
    pack = hostile_pack(tmp_path / "p")
    out = tmp_path / "r.md"
    assert main(["report", "--pack", str(pack), "--format", "md", "-o", str(out), "Acme invests\x00"]) == 0
    text = out.read_text("utf-8")
    assert "<script" not in text and '">' not in text
    assert "\x1b" not in text and "\x00" not in text and "\u202e" not in text
    html_out = tmp_path / "r.html"
    assert main(["report", "--pack", str(pack), "--format", "html", "-o", str(html_out), "Acme invests"]) == 0
    page = html_out.read_text("utf-8")
    assert "<script>alert" not in page and "\x1b" not in page and "\x00" not in page


def test_evidence_csv_neutralises_formulas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = hostile_pack(tmp_path / "p")
    assert main(["evidence", str(pack), "--format", "csv", "--kind", "events"]) == 0
    out = capsys.readouterr().out
    import csv

    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(not v.startswith(("=", "+", "-", "@")) or v.lstrip("-+").replace(".", "").isdigit()
                        for r in rows for v in r.values() if v)
    assert any(r["what_name"] == "'" + FORMULA for r in rows)


def test_terminal_output_has_no_control_characters(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    pack = hostile_pack(tmp_path / "p")
    assert main(["evidence", str(pack)]) == 0
    assert main(["diagnose", "--pack", str(pack), "Acme \x1b[2J invests\x00"]) == 0
    assert main(["diagnose", "--pack", str(pack), "--format", "json", "Acme invests"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x00" not in out and "red" in out


def test_a_report_that_cannot_be_written_leaves_no_partial_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.md"

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert main(["report", "--format", "md", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"error: {out}: cannot write the report: No space left on device"
    assert list(tmp_path.iterdir()) == []
    if os.path.exists("/dev/full"):
        assert main(["report", "--format", "md", "-o", "/dev/full"]) == 2
        assert "No space left on device" in capsys.readouterr().err


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "shingi.cli", *args], input=stdin, capture_output=True,
                          env={**os.environ, "PYTHONPATH": SRC}, timeout=120)


@pytest.mark.slow
def test_error_paths_are_one_line_and_exit_2(tmp_path: Path) -> None:
    # stdout full or closed
    with open("/dev/full", "wb") as full:
        r = subprocess.run([sys.executable, "-m", "shingi.cli", "report", "--format", "md"], stdout=full,
                           stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": SRC}, timeout=120)
    assert r.returncode == 2 and r.stderr.decode().strip() == "error: output: No space left on device"
    r = subprocess.run([sys.executable, "-c", "import os, sys; os.close(1); from shingi.cli import main; "
                        "sys.exit(main(['diagnose', 'x']))"], capture_output=False, stderr=subprocess.PIPE,
                       env={**os.environ, "PYTHONPATH": SRC}, timeout=120)
    closed = b"error: standard output is closed; redirect it to a file or /dev/null\n"
    assert r.returncode == 2 and r.stderr == closed
    r = subprocess.run(["sh", "-c", f'"{sys.executable}" -m shingi.cli diagnose x >&-'],
                       stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": SRC}, timeout=120)
    assert r.returncode == 2 and r.stderr == closed
    # stdin is read with a limit
    start = time.monotonic()
    r = run_cli("diagnose", "-", stdin=b"a" * (3 * 1024 * 1024))
    assert r.returncode == 2 and b"longer than 1024 KB" in r.stderr and time.monotonic() - start < 60
    # a bad scheduler address, negative workers
    doc = tmp_path / "a.md"
    doc.write_text("2026/04: Microsoft 1.6兆円投資発表\n", "utf-8")
    r = run_cli("ingest", str(doc), "--out", str(tmp_path / "d"), "--scheduler", "not a url")
    assert r.returncode == 2 and r.stderr.decode().count("\n") == 1 and b"not a Dask scheduler" in r.stderr
    r = run_cli("ingest", str(doc), "--out", str(tmp_path / "d"), "--workers", "-3")
    assert r.returncode == 2 and b"must be 1 or more" in r.stderr
    for out in (r.stdout, r.stderr):
        assert b"Traceback" not in out


def test_workers_are_bounded_by_the_cores() -> None:
    assert _workers("1000") == (os.cpu_count() or 1)
    assert _workers("1") == 1


def test_a_fifo_is_refused_by_name_not_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert main(["ingest", str(fifo), "--out", str(tmp_path / "d")]) == 1
    assert f"{fifo}: not a regular file" in capsys.readouterr().err


def test_a_period_that_is_no_date_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evidence", "japan-ai-2026", "--period", "2026-13-45"]) == 2
    assert "month must be 01-12" in capsys.readouterr().err
    assert main(["evidence", "japan-ai-2026", "--period", "9999"]) == 2
    assert "out of range" in capsys.readouterr().err


@pytest.mark.slow
def test_a_pdf_with_a_20000_character_note_renders_in_seconds(tmp_path: Path) -> None:
    import csv
    import shutil

    from shingi.pack.load import BUNDLED_DIR

    pack = tmp_path / "p"
    shutil.copytree(BUNDLED_DIR / "japan-ai-2026", pack)
    note = ("日本のAI政策に関する長い注記です。" * 1200)[:20000]
    for name in ("events.csv", "observations.csv"):
        with (pack / name).open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        for row in rows:
            row["note"] = note
        with (pack / name).open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    html_out = tmp_path / "r.html"
    assert main(["report", "--pack", str(pack), "--format", "html", "-o", str(html_out)]) == 0
    assert note in html_out.read_text("utf-8")  # the page keeps the whole note
    out = tmp_path / "r.pdf"
    start = time.monotonic()
    assert main(["report", "--pack", str(pack), "--format", "pdf", "-o", str(out)]) == 0
    assert time.monotonic() - start < 90  # was more than 5 minutes (WeasyPrint table auto-layout)
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    flat = "".join(text.split())  # lines break anywhere in Japanese
    assert "日本のAI政策に関する長い注記" in flat and "…" in flat
    runs = re.findall("(?:日本のAI政策に関する長い注記です。)+", flat)
    assert runs and max(len(r) for r in runs) <= 600  # every cell cut at 600 characters
