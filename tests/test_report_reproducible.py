"""Every format is the same bytes on every run: two separate processes, started at different
times, write identical files (the report's date comes from its evidence, never the clock)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from shingi.pack.load import load_pack
from shingi.render.registry import RENDERERS, report_document


def _run(fmt: str, lang: str, out: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    subprocess.run([sys.executable, "-m", "shingi.cli", "report", "--pack", "japan-ai-2026", "--format", fmt,
                    "--lang", lang, "-o", str(out)], check=True, capture_output=True, env=env)
    return hashlib.sha256(out.read_bytes()).hexdigest()


@pytest.mark.slow
def test_two_processes_write_the_same_bytes(tmp_path: Path) -> None:
    lang = "ja"  # the Japanese report embeds the most glyphs
    formats = ("pdf", "pptx", "html")  # the ones that embed fonts, images and zip entries
    first = {fmt: _run(fmt, lang, tmp_path / f"a.{fmt}") for fmt in formats}
    time.sleep(1.1)  # a time stamp anywhere would now differ
    second = {fmt: _run(fmt, lang, tmp_path / f"b.{fmt}") for fmt in formats}
    assert first == second


@pytest.mark.parametrize("fmt", ["md", "json", "jsonld", "html"])
def test_text_formats_are_the_same_on_every_run(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    pack = load_pack("japan-ai-2026")
    outputs = {RENDERERS[fmt].render(report_document(pack, lang=lang)) for lang in ("en", "en")}
    assert len(outputs) == 1
