"""evaluation/reworded.py: scores a reworded file beside its original claims."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ONE = "round20c/england-sewage-spills-2025"


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("reworded", ROOT / "evaluation" / "reworded.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_forty_reworded_files_each_beside_a_blind_pack() -> None:
    files = _module().reworded_files()
    assert len(files) == 40
    for f in files:
        assert (ROOT / "evaluation" / "blind" / f.parent.name / f.stem / "pack.yaml").is_file()


def test_one_file_gives_both_wordings_and_totals(capsys: pytest.CaptureFixture[str]) -> None:
    assert _module().main([ONE, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [p["pack"] for p in out["packs"]] == [ONE]
    for wording in ("original", "reworded"):
        c = out["total"][wording]
        assert c == out["packs"][0][wording]
        assert c["total"] == 31
        assert c["exact"] <= c["within_one"] <= c["total"]
        assert c["wrong_true"] <= c["flips"]


def test_an_unknown_file_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert _module().main(["round99/nothing"]) == 2
    assert "no reworded file" in capsys.readouterr().err
