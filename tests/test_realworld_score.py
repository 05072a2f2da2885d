"""evaluation/score.py: scores a folder of packs and guards the frozen test half."""

from __future__ import annotations

import importlib.util
import shutil
import sys
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


def test_a_kept_run_is_grouped_by_manifest_and_language(tmp_path: Path) -> None:
    packs = (("dev", "a-2020-x", "en"), ("test", "b-2021-y", "ja"), ("test", "c-2022-z", "en"))
    for half, pack_id, lang in packs:
        (tmp_path / half / pack_id).mkdir(parents=True)
        (tmp_path / half / pack_id / "pack.yaml").write_text(f"id: {pack_id}\nlanguage: {lang}\n", "utf-8")
    (tmp_path / "manifest-en-a.csv").write_text("pack_id,half\na-2020-x,dev\nc-2022-z,test\n", "utf-8")
    (tmp_path / "manifest-ja.csv").write_text("pack_id,half\nb-2021-y,test\n", "utf-8")

    def pack(pack_id: str, total: int, exact: int) -> dict[str, object]:
        return {"pack": pack_id, "total": total, "exact": exact, "within_one": exact, "flips": 1,
                "wrong_true": 0, "unverifiable": 0}

    out = {"packs": [pack("a-2020-x", 2, 1), pack("b-2021-y", 3, 3), pack("c-2022-z", 4, 0)]}
    score = _score_module()
    by_manifest = score.group_totals(out, "manifest", root=tmp_path)
    assert {k: (v["packs"], v["total"], v["exact"], v["flips"]) for k, v in by_manifest.items()} == {
        "en-a": (2, 6, 1, 2), "ja": (1, 3, 3, 1)}
    by_language = score.group_totals(out, "language", root=tmp_path)
    assert {k: (v["total"], v["exact"]) for k, v in by_language.items()} == {"en": (6, 1), "ja": (3, 3)}


def test_the_kept_frozen_run_is_read_not_scored_again(capsys: pytest.CaptureFixture[str]) -> None:
    kept = ROOT / "evaluation/realworld/FROZEN_RUN_2026-12-04b.json"
    assert _score_module().main(["--kept", str(kept), "--by", "language"]) == 0
    text = capsys.readouterr().out
    assert "exact 63/180" in text
    assert "ja: 26 packs, 56 claims, exact 19" in text


def test_the_check_half_prints_totals_and_a_confusion_table_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    score = _score_module()
    dev = tmp_path / "dev"
    folders = {"eu-hydrogen": "eu-hydrogen", "korea-batteries": "korea-batteries-2",
               "nihon-space": "nihon-space-2"}
    for name, folder in folders.items():
        shutil.copytree(ROOT / "tests/fixtures/packs" / name, dev / folder)
    halves = {name: score.half_of(dev / folder) for name, folder in folders.items()}
    assert halves == {"eu-hydrogen": "check", "korea-batteries": "fit", "nihon-space": "fit"}
    checked = [n for n, h in halves.items() if h == "check"]
    assert score.main([str(dev), "--half", "check"]) == 0
    out = capsys.readouterr().out
    assert f"{len(checked)} packs" in out
    assert "expected \\ got" in out
    for name in halves:  # no pack is named: the check half is read as totals only
        assert f"{name}:" not in out
    fit = score.score_folder(dev, "fit")
    assert sorted(p["pack"] for p in fit["packs"]) == sorted(n for n, h in halves.items() if h == "fit")


def test_held_out_folders_are_named_and_blind_packs_open_after_their_first_run(tmp_path: Path) -> None:
    held_out = _score_module().held_out
    pack = tmp_path / "blind" / "round9" / "new-pack"
    pack.mkdir(parents=True)
    (pack / "pack.yaml").write_text("id: new-pack\n", encoding="utf-8")
    assert held_out(pack) == "a blind pack before its first run"
    (pack.parent / "FIRST_RUN-new-pack.json").write_text("{}", encoding="utf-8")
    assert held_out(pack) is None
    assert held_out(tmp_path / "realworld" / "test" / "some-pack") == "a frozen test half"
    assert held_out(tmp_path / "realworld" / "dev") is None


def test_the_scale_measurement_reads_a_blind_pack_only_after_its_first_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for folder in ("round20/run", "round20/not-run", "round21/new"):
        (tmp_path / "evaluation/blind" / folder).mkdir(parents=True)
        (tmp_path / "evaluation/blind" / folder / "pack.yaml").write_text("id: x\n", encoding="utf-8")
    (tmp_path / "evaluation/blind/round20/FIRST_RUN-run.json").write_text("{}", encoding="utf-8")
    monkeypatch.syspath_prepend(str(ROOT / "evaluation"))
    spec = importlib.util.spec_from_file_location("scale", ROOT / "evaluation" / "scale.py")
    assert spec and spec.loader
    scale = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scale)
    found = [d.relative_to(tmp_path / "evaluation/blind").as_posix() for d in scale.pack_dirs(tmp_path)]
    assert found == ["round20/run"]


def test_the_development_tools_refuse_a_held_out_folder(tmp_path: Path) -> None:
    (tmp_path / "test" / "p").mkdir(parents=True)
    for tool in ("paraphrase", "metamorphic"):
        spec = importlib.util.spec_from_file_location(tool, ROOT / "evaluation" / f"{tool}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules.setdefault(tool, module)  # its dataclasses look their module up
        spec.loader.exec_module(module)
        with pytest.raises(SystemExit) as stop:
            module.main([str(tmp_path / "test" / "p")])
        assert stop.value.code not in (0, None)


def test_blind_development_packs_are_found_two_levels_down_after_their_first_run(tmp_path: Path) -> None:
    score = _score_module()
    blind = tmp_path / "blind"
    shutil.copytree(ROOT / "tests/fixtures/packs/eu-hydrogen", blind / "single-pack")
    (blind / "FIRST_RUN-single-pack.json").write_text("{}", encoding="utf-8")
    shutil.copytree(ROOT / "tests/fixtures/packs/eu-hydrogen", blind / "round9" / "opened")
    (blind / "round9" / "FIRST_RUN-opened.json").write_text("{}", encoding="utf-8")
    shutil.copytree(ROOT / "tests/fixtures/packs/eu-hydrogen", blind / "round9" / "not-yet-run")
    assert [p.name for p in score.blind_development_packs(blind)] == ["opened", "single-pack"]
    out = score.score_folder(blind, blind=True)
    assert len(out["packs"]) == 2 and out["total"] == 64
