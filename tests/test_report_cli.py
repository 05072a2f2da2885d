"""`shingi report`: every format end to end, through the command a user types."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shingi.cli import main


@pytest.mark.parametrize("fmt", ["html", "md", "json", "jsonld"])
def test_text_formats_print_to_stdout(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--pack", "japan-ai-2026", "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "2026年4月" in out
    if fmt in ("json", "jsonld"):
        data = json.loads(out)
        rating = data["rating"] if fmt == "json" else data["reviewRating"]["ratingValue"]
        assert rating in ("half_true", 3)


def test_output_file_is_written_with_its_folders_and_its_path_printed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "deep" / "er" / "report.html"
    assert main(["report", "--pack", "japan-ai-2026", "--format", "html", "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(("fmt", "magic"), [("pptx", b"PK"), ("pdf", b"%PDF")])
def test_binary_formats_without_output_go_to_a_file_named_after_the_pack(
        fmt: str, magic: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--pack", "japan-ai-2026", "--format", fmt, "--lang", "en"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written == Path(f"japan-ai-2026.{fmt}")
    assert (tmp_path / written).read_bytes().startswith(magic)


def test_a_claim_and_a_url_reach_the_claimreview(capsys: pytest.CaptureFixture[str]) -> None:
    claim = "Microsoft announced a 1.6 trillion yen investment in Japan in April 2026."
    assert main(["report", claim, "--pack", "japan-ai-2026", "--format", "jsonld", "--lang", "en",
                 "--url", "https://example.org/review/1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["claimReviewed"] == claim
    assert data["url"] == "https://example.org/review/1"
    assert data["inLanguage"] == "en"


@pytest.mark.parametrize("ref", ["india-chips-2024", "japan-inbound-2024", "hostile"])
def test_packs_written_by_others_report_in_both_languages(ref: str, tmp_path: Path) -> None:
    pack = Path(__file__).parent / "fixtures" / "packs" / ref
    for lang in ("ja", "en"):
        out = tmp_path / f"{ref}-{lang}.md"
        assert main(["report", "--pack", str(pack), "--format", "md", "--lang", lang, "-o", str(out)]) == 0
        text = out.read_text(encoding="utf-8")
        assert text.startswith("# ") and "[^1]" in text


def test_a_bad_pack_fails_like_every_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--pack", str(tmp_path / "missing"), "--format", "md"]) == 2
    assert "no such pack" in capsys.readouterr().err
