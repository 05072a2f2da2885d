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


def test_output_file_is_written_and_its_path_printed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.html"
    assert main(["report", "--pack", "japan-ai-2026", "--format", "html", "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_an_output_in_a_missing_folder_is_refused_and_nothing_is_created(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no" / "such" / "x.pdf"
    assert main(["report", "--pack", "japan-ai-2026", "--format", "pdf", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "no such folder" in err and "mkdir -p" in err
    assert not (tmp_path / "no").exists()


def test_an_output_that_is_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--pack", "japan-ai-2026", "--format", "md", "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["pptx", "pdf"])
def test_binary_formats_without_output_are_refused_and_nothing_is_written(
        fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--pack", "japan-ai-2026", "--format", fmt, "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"-o japan-ai-2026.{fmt}" in captured.err  # the next step, spelled out
    assert list(tmp_path.iterdir()) == []


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
    err = capsys.readouterr().err
    assert "no such pack" in err


@pytest.mark.parametrize("command", [["diagnose", "--pack", "no-such-pack", "x"],
                                     ["validate", "no-such-pack"],
                                     ["report", "--pack", "no-such-pack", "--format", "md"],
                                     ["evidence", "no-such-pack"]])
def test_a_missing_pack_is_one_clear_line(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(command) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("error: no-such-pack: no such pack folder or bundled pack id")
    assert "shingi packs" in err
    assert ":0:-:" not in err and "error(s)" not in err


def test_a_blank_claim_is_called_empty(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnose", "   \t "]) == 2
    err = capsys.readouterr().err
    assert "the claim is empty" in err and "control characters" not in err


def test_a_claim_of_control_characters_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnose", "\x1b\x07"]) == 2
    assert "control characters" in capsys.readouterr().err


def test_an_invalid_pack_lists_its_problems_and_the_next_step(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pack.yaml").write_text("id: broken\ntitle: {en: Broken}\n", encoding="utf-8")
    assert main(["diagnose", "--pack", str(tmp_path), "x"]) == 2
    err = capsys.readouterr().err
    assert "sources.csv:0:-:" in err
    assert "invalid pack: " in err and "shingi validate" in err and "error(s)" not in err

