"""evaluation/score.py: scores a folder of packs and guards the frozen test half."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _score_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", ROOT / "evaluation" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scores_every_pack_of_a_folder(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "tests/fixtures/packs/eu-hydrogen", tmp_path / "dev" / "eu-hydrogen")
    out = _score_module().score_folder(tmp_path / "dev")
    assert [p["pack"] for p in out["packs"]] == ["eu-hydrogen"]
    assert out["total"] == 32
    assert out["exact"] <= out["within_one"] <= out["total"]
    assert out["wrong_true"] <= out["flips"]


def test_frozen_half_is_refused_without_the_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "test").mkdir()
    assert _score_module().main([str(tmp_path / "test")]) == 2
    assert "frozen" in capsys.readouterr().err
