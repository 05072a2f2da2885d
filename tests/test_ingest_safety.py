"""`shingi ingest` never destroys work: an earlier draft keeps its reviewed rows, other folders are
refused, a bad document fails alone, and nothing is half-written (issue 13)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from shingi.cli import main
from shingi.pack.load import check_pack, load_pack

DOC_A = "# 2026年の動き\n\n2026/04: Microsoft 1.6兆円投資発表\n"
DOC_B = "# 2026年の動き\n\n2026/05: ソフトバンク、さくらインターネットと新データセンターで連携\n"
HUGE = "9" * 400
DOC_BAD = (f"# 2026年の動き\n\n2026/06: 株式会社ミライチップが{HUGE}億円の資金調達を発表\n\n"
           f"2024年の売上高は{'1' * 40}円だった。\n\n"
           "In 2024 revenue was $5.2 billion, up from 1234567890123456789012345678901234567890 dollars.\n")


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write_rows(path: Path, data: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, list(data[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(data)


@pytest.fixture()
def docs(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in (("a.md", DOC_A), ("b.md", DOC_B), ("bad.md", DOC_BAD)):
        (tmp_path / name).write_text(text, "utf-8")
        out[name] = tmp_path / name
    return out


def test_reingesting_adds_rows_and_keeps_reviewed_ones(tmp_path: Path, docs: dict[str, Path],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft"
    assert main(["ingest", str(docs["a.md"]), "--out", str(draft)]) == 0
    reviewed = rows(draft / "events.csv")
    assert len(reviewed) == 1
    reviewed[0]["status"] = "reviewed"
    reviewed[0]["title_ja"] = "マイクロソフトが1.6兆円の対日投資を発表"  # the analyst's wording
    write_rows(draft / "events.csv", reviewed)
    capsys.readouterr()
    assert main(["ingest", str(docs["b.md"]), "--out", str(draft)]) == 0
    assert "added 1 row(s)" in capsys.readouterr().out
    after = rows(draft / "events.csv")
    assert after[0] == reviewed[0] and len(after) == 2 and after[1]["status"] == "draft"
    assert len(load_pack(draft).sources) == 2
    # the same document again: nothing twice, the reviewed row untouched
    assert main(["ingest", str(docs["a.md"]), "--out", str(draft)]) == 0
    out = capsys.readouterr().out
    assert "added 0 row(s)" in out and "1 already there, kept as they were" in out
    assert rows(draft / "events.csv") == after
    # --replace starts afresh
    assert main(["ingest", str(docs["b.md"]), "--out", str(draft), "--replace"]) == 0
    assert [r["status"] for r in rows(draft / "events.csv")] == ["draft"]
    assert len(load_pack(draft).sources) == 1


def test_a_folder_that_is_not_a_draft_is_refused(tmp_path: Path, docs: dict[str, Path],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "claims.yaml").write_text("- id: c1\n  text: something\n", "utf-8")
    (folder / "events.csv").write_text("id,date\nmine,2026\n", "utf-8")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert main(["ingest", str(docs["a.md"]), "--out", str(folder)]) == 2
    assert "is not empty and holds no draft" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["ingest", str(docs["a.md"]), "--out", str(empty)]) == 0


def test_a_figure_out_of_range_is_left_out_alone(tmp_path: Path, docs: dict[str, Path],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A run of 40 or 400 digits read as one figure is out of range (shingi.normalize.limits): that
    row is left out with a note naming its line, and the document's other rows are drafted."""
    draft = tmp_path / "draft"
    assert main(["ingest", str(docs["a.md"]), "--out", str(draft)]) == 0
    first = rows(draft / "events.csv")
    capsys.readouterr()
    assert main(["ingest", str(docs["bad.md"]), str(docs["b.md"]), "--out", str(draft)]) == 0
    captured = capsys.readouterr()
    assert (f"{docs['bad.md']}: 3 figure(s) out of range left out (line 3: not a finite number: inf; "
            "line 5: number out of range: 1.11111e+39") in captured.out
    assert "line 7: number out of range: 1.23457e+39" in captured.out
    assert "Traceback" not in captured.err and "failed" not in captured.out
    after = rows(draft / "events.csv")
    assert after[0] == first[0] and len(after) == 2  # a.md's row kept, b.md's added, bad.md's none
    # bad.md's good figure, on the line of a bad one, is drafted
    assert [(o["value"], o["unit"], o["line"]) for o in rows(draft / "observations.csv")] == [
        ("5200000000", "USD", "7")]
    pack, problems = check_pack(draft)
    assert pack is not None and not [p for p in problems if p.severity == "error"]
    for name in ("events.csv", "observations.csv"):
        text = (draft / name).read_text("utf-8")
        assert HUGE not in text and "1" * 40 not in text


def test_an_unwritable_out_folder_is_one_clear_line(tmp_path: Path, docs: dict[str, Path],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    if os.geteuid() == 0:
        target = Path("/proc/shingi-draft")  # even root cannot create a folder here
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        target = locked / "draft"
    assert main(["ingest", str(docs["a.md"]), "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(target) in err and "Traceback" not in err


def test_a_draft_left_by_a_killed_ingest_is_completed_not_lost(tmp_path: Path, docs: dict[str, Path]) -> None:
    draft = tmp_path / "draft"
    assert main(["ingest", str(docs["a.md"]), "--out", str(draft)]) == 0
    # a stage folder and a journal-less temporary file, as a kill before the commit leaves them
    (draft / ".shingi-stage-x1").mkdir()
    (draft / ".shingi-stage-x1" / "events.csv").write_text("garbage", "utf-8")
    assert main(["ingest", str(docs["b.md"]), "--out", str(draft)]) == 0
    assert len(rows(draft / "events.csv")) == 2
    assert sorted(p.name for p in draft.iterdir() if p.name.startswith(".")) == []


def test_draft_text_cannot_run_as_a_spreadsheet_formula(tmp_path: Path) -> None:
    doc = tmp_path / "f.md"
    doc.write_text('# 2026年の動き\n\n=HYPERLINK("http://x") Microsoftが2026年4月に1.6兆円の投資を発表\n',
                   "utf-8")
    draft = tmp_path / "draft"
    assert main(["ingest", str(doc), "--out", str(draft)]) == 0
    row = rows(draft / "events.csv")[0]
    assert row["quote"].startswith("'=") and row["title_ja"].startswith("'=")
    assert check_pack(draft)[0] is not None


def test_a_table_label_cannot_name_a_metric_as_a_spreadsheet_formula(tmp_path: Path) -> None:
    # a row label of a table set in plain text names the row's metric: a cell of metrics.csv
    doc = tmp_path / "t.txt"
    doc.write_text("Statistics Canada released the Labour Force Survey on November 7, 2025.\n\n"
                   "Table 1 Employment, in thousands\n\n"
                   "                      Sep 2025     Oct 2025\n"
                   '=HYPERLINK("http://x") jobs     100.5     120.5\n', "utf-8")
    draft = tmp_path / "draft"
    assert main(["ingest", str(doc), "--out", str(draft)]) == 0
    names = [r["name_en"] for r in rows(draft / "metrics.csv")]
    assert names and all(n.startswith("'=") for n in names)
    assert check_pack(draft)[0] is not None
