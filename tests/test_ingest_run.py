"""`shingi ingest` end to end: drafts that validate, failures per file, same bytes serial or parallel."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from shingi.cli import main
from shingi.ingest.run import ingest_files
from shingi.pack.load import check_pack, load_pack
from test_ingest_readers import HTML, make_pdf

MARKDOWN = """# 日本のAI：2026年4月

## 政策・資金

- 2025/12: AI基本計画閣議決定
- 2026/03: AI事業者ガイドライン改定

## 半導体・計算基盤

Rapidus：6,315億円の追加支援（累計2.354兆円）。2027年度量産目標。
"""

SJIS_TEXT = """研究・物理AI

2026/04: Sony AI "Ace" Nature掲載

2026年4月

日本のGPU資源の世界シェアは約1%（文部科学省資料）。
"""


def write_docs(folder: Path) -> list[Path]:
    """Four small documents: Markdown, a Shift_JIS text, an HTML page and a PDF."""
    folder.mkdir(parents=True, exist_ok=True)
    md = folder / "a-timeline.md"
    md.write_text(MARKDOWN, "utf-8")
    txt = folder / "b-sjis.txt"
    txt.write_bytes(SJIS_TEXT.encode("cp932"))
    html = folder / "c-page.html"
    html.write_text(HTML, "utf-8")
    pdf = make_pdf(folder / "d-paper.pdf",
                   "<h1>基盤モデル</h1><p>2026年4月、PFNはPLaMo-VLを公開した。</p>"
                   "<p>PLaMo 2.2 PrimeのJMLEスコアは70.7%。</p>")
    return [md, txt, html, pdf]


PACK_FILES = ("pack.yaml", "sources.csv", "entities.csv", "events.csv", "observations.csv", "metrics.csv")


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in PACK_FILES if (folder / name).is_file()}


def test_ingest_writes_a_draft_that_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = write_docs(tmp_path / "docs")
    out = tmp_path / "draft"
    code = main(["ingest", *map(str, docs), "--pack", "japan-ai-2026", "--out", str(out)])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "read 4 of 4 file(s)" in printed.out and "status=draft" in printed.out
    assert "decoded as cp932" in printed.out
    assert main(["validate", str(out)]) == 0
    pack = load_pack(out)
    assert len(pack.sources) == 4
    assert {s.id for s in pack.sources.values()} == {e.source[0] for e in pack.events.values()} | {
        o.source[0] for o in pack.observations.values()}
    formats = (out / "sources.csv").read_text("utf-8")
    assert "html" in formats and "pdf" in formats and "markdown" in formats


def test_html_and_pdf_facts_point_at_their_place(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    out = tmp_path / "draft"
    ingest_files(docs, out, pack_ref="japan-ai-2026")
    import csv

    with (out / "observations.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    pdf_rows = [r for r in rows if r["doc"].endswith(".pdf")]
    assert pdf_rows and all(r["page"] for r in pdf_rows)
    found = {(r["entity"], r["metric"], r["value"]) for r in pdf_rows}
    assert ("plamo22prime", "jmle_score", "70.7") in found
    html_rows = [r for r in rows if r["doc"].endswith(".html")]
    assert {(r["entity"], r["metric"], r["value"], r["line"]) for r in html_rows} >= {
        ("gpt41", "jmle_score", "94.3", "9")}


def test_bad_files_fail_one_by_one_and_the_rest_is_written(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    good = write_docs(tmp_path / "docs")[0]
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (bad / "blank.txt").write_text("   \n\n\t\n", "utf-8")
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt(user_password="pw", algorithm="RC4-128")
    with (bad / "locked.pdf").open("wb") as f:
        writer.write(f)
    out = tmp_path / "draft"
    files = [good, bad / "empty.txt", bad / "binary.txt", bad / "blank.txt", bad / "locked.pdf",
             tmp_path / "missing.txt", tmp_path / "empty-folder"]
    (tmp_path / "empty-folder").mkdir()
    code = main(["ingest", *map(str, files), "--out", str(out)])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert f"{bad / 'empty.txt'}: empty file" in err
    assert any(line.startswith(f"{bad / 'binary.txt'}: binary file") for line in err)
    assert f"{bad / 'blank.txt'}: no text" in err
    assert any(line.startswith(f"{bad / 'locked.pdf'}: encrypted PDF") for line in err)
    assert f"{tmp_path / 'missing.txt'}: no such file" in err
    assert any(line.startswith(f"{tmp_path / 'empty-folder'}: folder holds no document") for line in err)
    assert len(err) == 6
    pack, problems = check_pack(out)
    assert pack is not None and not [p for p in problems if p.severity == "error"]
    assert len(pack.sources) == 1


def test_folders_are_searched_and_other_files_skipped(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_docs(docs)
    (docs / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    (docs / ".hidden.txt").write_text("2026/04: Microsoft 1.6兆円投資発表\n", "utf-8")
    summary = ingest_files([docs], tmp_path / "draft", pack_ref="japan-ai-2026")
    assert summary.failures == [] and summary.read == 4 and summary.skipped_files == 1


def test_a_pack_is_never_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = write_docs(tmp_path / "docs")
    target = tmp_path / "pack"
    shutil.copytree(Path(__file__).resolve().parent / "fixtures" / "packs" / "india-chips-2024", target)
    before = folder_bytes(target)
    assert main(["ingest", str(docs[0]), "--out", str(target)]) == 2
    assert "did not write" in capsys.readouterr().err
    assert folder_bytes(target) == before
    # an earlier draft is added to, or with --replace started afresh
    out = tmp_path / "draft"
    assert main(["ingest", str(docs[0]), "--out", str(out)]) == 0
    assert main(["ingest", str(docs[1]), "--out", str(out)]) == 0
    assert len(load_pack(out).sources) == 2
    assert main(["ingest", str(docs[1]), "--out", str(out), "--replace"]) == 0
    assert len(load_pack(out).sources) == 1


def test_same_documents_same_bytes(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    a, b = tmp_path / "a", tmp_path / "b"
    ingest_files(docs, a, pack_ref="japan-ai-2026")
    ingest_files(list(reversed(docs)), b, pack_ref="japan-ai-2026")
    assert folder_bytes(a) == folder_bytes(b)


def test_without_a_pack_the_draft_validates_too(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    out = tmp_path / "draft"
    summary = ingest_files(docs, out)
    assert summary.failures == []
    pack = load_pack(out)
    assert pack.events and pack.observations
    assert {p.id for p in pack.meta.pillars} == {"policy", "industry", "research"}


def test_dask_local_cluster_gives_the_same_bytes_as_a_serial_run(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    docs_dir = tmp_path / "docs"
    docs = write_docs(docs_dir)
    for i in range(12):  # enough files to go parallel by default
        shutil.copy(docs[i % 2], docs_dir / f"copy{i:02d}{docs[i % 2].suffix}")
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    s = ingest_files([docs_dir], serial, pack_ref="japan-ai-2026", workers=1)
    t0 = time.perf_counter()
    p = ingest_files([docs_dir], parallel, pack_ref="japan-ai-2026", workers=2)
    elapsed = time.perf_counter() - t0
    assert p.read == s.read == 16 and not p.failures
    assert folder_bytes(serial) == folder_bytes(parallel)
    if any("could not start" in note for note in p.notes):
        pytest.skip(f"local Dask workers could not start here (is loopback up?): {p.notes}")
    assert s.mode == "serial" and p.mode.startswith("dask LocalCluster"), p.notes
    assert elapsed < 60


def test_the_reference_report_and_a_pdf_of_it_agree(tmp_path: Path) -> None:
    from test_ingest_recall import report_path

    report = report_path()
    paragraphs = "".join(f"<p>{line}</p>" for line in report.read_text("utf-8").splitlines() if line.strip())
    pdf = make_pdf(tmp_path / "report.pdf", paragraphs)
    a, b = tmp_path / "txt", tmp_path / "pdf"
    ingest_files([report], a, pack_ref="japan-ai-2026")
    ingest_files([pdf], b, pack_ref="japan-ai-2026")
    facts = [{(e.date.text, e.actors) for e in load_pack(d).events.values()} for d in (a, b)]
    assert len(facts[0] & facts[1]) >= 0.8 * len(facts[0])


def test_a_running_scheduler_can_be_given(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    docs = write_docs(tmp_path / "docs")
    serial = tmp_path / "serial"
    ingest_files(docs, serial, pack_ref="japan-ai-2026", workers=1)
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        summary = ingest_files(docs, tmp_path / "remote", pack_ref="japan-ai-2026",
                               scheduler=cluster.scheduler_address)
    assert summary.mode.startswith("dask scheduler ") and not summary.failures
    assert folder_bytes(serial) == folder_bytes(tmp_path / "remote")


def test_an_unreachable_scheduler_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("dask.distributed")
    import shingi.ingest.run

    monkeypatch.setattr(shingi.ingest.run, "SCHEDULER_TIMEOUT", "1s")
    docs = write_docs(tmp_path / "docs")
    code = main(["ingest", str(docs[0]), "--out", str(tmp_path / "d"), "--scheduler", "tcp://127.0.0.1:9"])
    assert code == 2
    assert "cannot use the Dask scheduler" in capsys.readouterr().err


def test_a_single_five_megabyte_line_does_not_hang(tmp_path: Path) -> None:
    filler = "日本の強みは現実世界にAIを埋め込む能力であり現場と規制とハードウェアの相互作用が大きい"
    doc = tmp_path / "one-line.txt"
    repeats = 5_000_000 // len(filler.encode("utf-8"))
    doc.write_text(filler * repeats + "。2026/04: Microsoft 1.6兆円投資発表", "utf-8")
    assert doc.stat().st_size >= 4_900_000 and doc.read_bytes().count(b"\n") == 0
    t0 = time.perf_counter()
    summary = ingest_files([doc], tmp_path / "draft", pack_ref="japan-ai-2026")
    # A hang guard, not a speed target (that is bench/bench_ingest.py): about 30 s on a loaded
    # 2-core machine; a quadratic cut of the line would take far longer than this bound.
    assert time.perf_counter() - t0 < 300
    assert not summary.failures
    events = list(load_pack(tmp_path / "draft").events.values())
    assert [(e.date.text, e.actors) for e in events] == [("2026-04", ("microsoft",))]


def test_draft_files_follow_the_umask_like_any_file_the_user_writes(tmp_path: Path) -> None:
    import os

    doc = tmp_path / "news.txt"
    doc.write_text("2026年4月、Microsoftは日本に1.6兆円を投資すると発表した。\n", "utf-8")
    old = os.umask(0o022)
    try:
        ingest_files([doc], tmp_path / "draft")
    finally:
        os.umask(old)
    files = list((tmp_path / "draft").iterdir())
    assert files and all(f.stat().st_mode & 0o777 == 0o644 for f in files), [
        (f.name, oct(f.stat().st_mode)) for f in files]


def test_forget_pack_makes_the_next_ingest_see_a_merged_entity(tmp_path: Path) -> None:
    import csv

    from shingi.ingest.merge import merge_draft
    from shingi.ingest.run import clear_contexts, forget_pack

    pack = tmp_path / "pack"
    bundled = Path(__file__).resolve().parent.parent / "src" / "shingi" / "packs" / "japan-ai-2026"
    shutil.copytree(bundled, pack)
    first = tmp_path / "first.txt"
    first.write_text("April 15, 2026\nMirai Compute Inc. announced in April 2026 a 30 billion yen "
                     "investment in an AI data center in Tokyo.\n", encoding="utf-8")
    # named mid-sentence, this shape of name is found only as a pack entity
    second = tmp_path / "second.txt"
    second.write_text("April 20, 2026\nThe AI data center plan of Mirai Compute got 20 billion yen "
                      "in April 2026.\n", encoding="utf-8")

    def actors(doc: Path, out: Path) -> list[str]:
        ingest_files([doc], out_dir=out, pack_ref=str(pack), workers=1)
        with open(out / "events.csv", encoding="utf-8", newline="") as f:
            return [row["actors"] for row in csv.DictReader(f)]

    assert "mirai-compute" not in actors(second, tmp_path / "before")
    assert actors(first, tmp_path / "draft") == ["mirai-compute"]
    with open(tmp_path / "draft" / "events.csv", encoding="utf-8", newline="") as f:
        rows = [{**row, "status": "reviewed"} for row in csv.DictReader(f)]
    with open(tmp_path / "draft" / "events.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert merge_draft(tmp_path / "draft", pack).entities == ["mirai-compute"]
    forget_pack(pack)
    assert actors(second, tmp_path / "after") == ["mirai-compute"]
    clear_contexts()
    forget_pack(tmp_path / "no-such-pack")  # nothing to forget is no error
    assert actors(second, tmp_path / "again") == ["mirai-compute"]
