"""`shingi merge`: reviewed draft rows join a pack, without duplicates, and never half-way."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from shingi.cli import main
from shingi.ingest.merge import merge_draft
from shingi.ingest.run import ingest_files
from shingi.model import PackError
from shingi.pack.load import BUNDLED_DIR, load_pack

DOC = """# 2026年の動き

2026/04: Microsoft 1.6兆円投資発表

2026/05: ソフトバンク、さくらインターネットと新データセンターで連携

2026年5月

トヨタ自動車の病院搬送ロボット「Potaro」（搬送成功率97%）。

2026/06: 株式会社ミライチップが2,000億円の資金調達を発表
"""


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def set_status(path: Path, status: dict[str, str], default: str | None = None) -> None:
    """Review a draft file: set the status of rows by a word in their quote."""
    rows = read_rows(path)
    columns = list(rows[0].keys())
    for row in rows:
        for word, value in status.items():
            if word in row["quote"]:
                row["status"] = value
                break
        else:
            if default is not None:
                row["status"] = default
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture()
def setup(tmp_path: Path) -> tuple[Path, Path]:
    pack = tmp_path / "pack"
    shutil.copytree(BUNDLED_DIR / "japan-ai-2026", pack)
    doc = tmp_path / "news.md"
    doc.write_text(DOC, "utf-8")
    draft = tmp_path / "draft"
    summary = ingest_files([doc], draft, pack_ref=str(pack))
    assert not summary.failures
    return draft, pack


def test_only_reviewed_rows_are_merged(setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    draft, pack = setup
    before = load_pack(pack)
    set_status(draft / "events.csv",
               {"ソフトバンク": "reviewed", "Microsoft": "reviewed", "ミライチップ": "rejected"})
    set_status(draft / "observations.csv", {"Potaro": "ok"})
    assert main(["merge", str(draft), str(pack)]) == 0
    out = capsys.readouterr().out
    assert "merged into" in out and "already in the pack as ev-ms-invest-2026-04" in out
    after = load_pack(pack)
    added = [e for e in after.events.values() if e.id not in before.events]
    assert [(e.date.text, e.actors, e.kind) for e in added] == [
        ("2026-05", ("softbank", "sakura"), "partnership")]
    new_obs = [o for o in after.observations.values() if o.id not in before.observations]
    assert [(o.entity, o.metric, o.value.value if o.value else None) for o in new_obs] == [
        ("potaro", "transport_success_rate", 97.0)]
    # the new rows cite the document as a new source, with where each fact was read
    source = after.sources[added[0].source[0]]
    assert source.title == "2026年の動き" and added[0].source[0] not in before.sources
    merged_row = next(r for r in read_rows(pack / "events.csv") if r["id"] == added[0].id)
    assert merged_row["doc"].endswith("news.md") and merged_row["line"] == "5"
    assert merged_row["status"] == "reviewed"


def test_existing_rows_are_kept_as_they_were(setup: tuple[Path, Path]) -> None:
    draft, pack = setup
    old = {name: read_rows(pack / name) for name in ("events.csv", "observations.csv", "entities.csv")}
    merge_draft(draft, pack, include_drafts=True)
    for name, rows in old.items():
        new = read_rows(pack / name)
        assert len(new) >= len(rows)
        for before, after in zip(rows, new, strict=False):
            assert {k: after[k] for k in before} == before


def test_all_merges_draft_rows_and_adds_new_entities_and_metrics(setup: tuple[Path, Path]) -> None:
    draft, pack = setup
    set_status(draft / "events.csv", {"ミライチップ": "rejected"})
    result = merge_draft(draft, pack, include_drafts=True)
    assert result.rejected == 1
    after = load_pack(pack)
    assert not any("ミライチップ" in (e.title_ja or "") for e in after.events.values())
    set_status(draft / "events.csv", {"ミライチップ": "reviewed"})
    result = merge_draft(draft, pack)
    assert len(result.events) == 1 and result.entities, result.text()
    company = load_pack(pack).entities[result.entities[0]]
    assert company.kind == "company" and "ミライチップ" in (company.name_ja or "")


def test_merging_twice_adds_nothing_the_second_time(setup: tuple[Path, Path]) -> None:
    draft, pack = setup
    first = merge_draft(draft, pack, include_drafts=True)
    assert first.changed
    snapshot = {p.name: p.read_bytes() for p in pack.iterdir()}
    second = merge_draft(draft, pack, include_drafts=True)
    assert not second.changed and len(second.duplicates) == len(first.events) + len(first.observations) + len(
        first.duplicates)
    assert {p.name: p.read_bytes() for p in pack.iterdir()} == snapshot


def test_ids_the_pack_uses_get_a_suffix(setup: tuple[Path, Path]) -> None:
    draft, pack = setup
    rows = read_rows(draft / "events.csv")
    rows = [r for r in rows if "ソフトバンク" in r["quote"]]
    rows[0]["id"] = "ev-ms-invest-2026-04"  # a reviewer renamed it to an id the pack has
    with (draft / "events.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    result = merge_draft(draft, pack, include_drafts=True)
    assert result.renamed == {"ev-ms-invest-2026-04": "ev-ms-invest-2026-04-2"}
    assert load_pack(pack).events["ev-ms-invest-2026-04-2"].actors == ("softbank", "sakura")


def test_a_merge_that_would_break_the_pack_leaves_it_untouched(setup: tuple[Path, Path],
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    draft, pack = setup
    # the reviewer gave the draft's copy of a pack metric another unit: valid in the draft, not in the pack
    metrics = read_rows(draft / "metrics.csv")
    for m in metrics:
        if m["id"] == "transport_success_rate":
            m["unit"] = "count"
    with (draft / "metrics.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, list(metrics[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(metrics)
    obs = read_rows(draft / "observations.csv")
    for o in obs:
        o["unit"] = "count" if o["metric"] == "transport_success_rate" else o["unit"]
        o["value"] = o["value"].replace("%", "")
    with (draft / "observations.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, list(obs[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(obs)
    load_pack(draft)  # the draft itself is valid
    snapshot = {p.name: p.read_bytes() for p in pack.iterdir()}
    with pytest.raises(PackError, match="after merge"):
        merge_draft(draft, pack, include_drafts=True)
    assert {p.name: p.read_bytes() for p in pack.iterdir()} == snapshot
    assert sorted(p.name for p in pack.parent.iterdir() if p.name.startswith(".")) == []
    assert main(["merge", "--all", str(draft), str(pack)]) == 2
    assert "after merge" in capsys.readouterr().err


def test_bad_arguments(tmp_path: Path, setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    draft, pack = setup
    assert main(["merge", str(draft), str(tmp_path / "nowhere")]) == 2
    assert main(["merge", str(tmp_path / "nowhere"), str(pack)]) == 2
    assert main(["merge", str(pack), str(pack)]) == 2
    assert "not a pack folder" in capsys.readouterr().err


def test_a_date_written_more_precisely_is_still_the_same_event(setup: tuple[Path, Path]) -> None:
    draft, pack = setup
    rows = read_rows(draft / "events.csv")
    for r in rows:
        if "Microsoft" in r["quote"]:
            r["date"] = "2026-04-15"  # the reviewer looked the day up
    with (draft / "events.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    result = merge_draft(draft, pack, include_drafts=True)
    assert ("ev-ms-invest-2026-04" in {pack_id for _, pack_id in result.duplicates})


@pytest.mark.parametrize("into", ["japan-ai-2026", str(BUNDLED_DIR / "japan-ai-2026")])
def test_merging_into_a_bundled_pack_says_to_copy_it(
        into: str, setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    draft, _ = setup
    before = {p.name: p.read_bytes() for p in (BUNDLED_DIR / "japan-ai-2026").iterdir()}
    assert main(["merge", "--all", str(draft), into]) == 2
    err = capsys.readouterr().err
    assert "bundled packs are read-only: copy it with `cp -r " in err
    assert "no pack.yaml" not in err
    assert {p.name: p.read_bytes() for p in (BUNDLED_DIR / "japan-ai-2026").iterdir()} == before


def test_a_merged_pack_keeps_files_readable_by_others(setup: tuple[Path, Path]) -> None:
    draft, pack = setup
    merge_draft(draft, pack, include_drafts=True)
    for f in pack.iterdir():
        assert f.stat().st_mode & 0o777 == 0o666 & ~_umask(), f
    assert pack.stat().st_mode & 0o777 == 0o777 & ~_umask()


def _umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask
