"""`shingi merge` never loses an analyst's work: concurrent merges all land, a merge killed at
any step leaves a whole pack, modes, symlinks and unknown columns are kept (issue 13)."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pack_builder import EVENTS, csv_text, write_pack
from shingi.cli import main
from shingi.ingest.merge import merge_draft
from shingi.model import InputError
from shingi.pack import transaction
from shingi.pack.load import check_pack, load_pack

SRC = str(Path(__file__).resolve().parent.parent / "src")


def draft_rows(tag: str, n: int, first_year: int) -> str:
    """A draft's events.csv: ``n`` reviewed events in distinct years (so none is a duplicate)."""
    rows = [[*EVENTS[0], "status"]]
    for j in range(n):
        rows.append([f"{tag}-{j}", str(first_year + j), "policy", "acme", "policy", "",
                     f"Event {tag} number {j}", "", "", "s1", "", "", "reviewed"])
    return csv_text(rows)


DRAFT_YAML = "id: draft\ntitle: {en: Draft}\nlanguage: en\npillars:\n  - id: policy\n    name: {en: Policy}\n"


def make_draft(folder: Path, tag: str, n: int, first_year: int) -> Path:
    return write_pack(folder, events_csv=draft_rows(tag, n, first_year), observations_csv=None,
                      claims_yaml=None, pack_yaml=DRAFT_YAML)


def event_ids(pack: Path) -> list[str]:
    with (pack / "events.csv").open(encoding="utf-8") as f:
        return [r["id"] for r in csv.DictReader(f)]


def leftovers(pack: Path) -> list[str]:
    return sorted(p.name for p in pack.iterdir() if p.name.startswith(".shingi"))


@pytest.fixture()
def pack(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "pack")


def test_eight_merges_at_once_all_land(tmp_path: Path, pack: Path) -> None:
    drafts = [make_draft(tmp_path / f"d{i}", f"d{i}", 20, 2000 + 20 * i) for i in range(8)]
    before = len(event_ids(pack))
    env = {**os.environ, "PYTHONPATH": SRC}
    procs = [subprocess.Popen([sys.executable, "-m", "shingi.cli", "merge", str(d), str(pack)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for d in drafts]
    for p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
        assert "20 event(s)" in out
    ids = event_ids(pack)
    assert len(ids) == before + 160 and len(set(ids)) == len(ids)
    assert all(f"d{i}-{j}" in ids for i in range(8) for j in range(20))
    assert load_pack(pack) and leftovers(pack) == []


KILLER = """
import os, signal, sys
from shingi.pack import transaction
n = int(sys.argv[1]); seen = []
def hook(name):
    seen.append(name)
    if len(seen) == n:
        os.kill(os.getpid(), signal.SIGKILL)
transaction.step_hook = hook
from shingi.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_a_merge_killed_at_every_step_leaves_a_whole_pack(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    env = {**os.environ, "PYTHONPATH": SRC}
    step = 1
    pending = 0
    while True:
        pack = write_pack(tmp_path / f"pack{step}")
        draft = make_draft(tmp_path / f"draft{step}", "new", 5, 2100)
        before = event_ids(pack)
        run = subprocess.run([sys.executable, "-c", KILLER, str(step), "merge", str(draft), str(pack)],
                             env=env, capture_output=True, text=True, timeout=120)
        killed = run.returncode == -signal.SIGKILL
        if killed and transaction.pending_change(pack):  # validate says a change is to be completed
            assert main(["validate", str(pack)]) == 0
            assert "was interrupted after its commit" in capsys.readouterr().out
            pending += 1
        # whatever happened, the pack loads and holds the old rows, and the new ones at most once
        loaded, problems = check_pack(pack)
        assert loaded is not None and not [p for p in problems if p.severity == "error"], (step, problems)
        ids = event_ids(pack)
        assert ids[: len(before)] == before and len(set(ids)) == len(ids)
        assert ids in (before, [*before, *(f"new-{j}" for j in range(5))]), step
        # running the merge again completes it: every row exactly once, nothing left behind
        assert main(["merge", str(draft), str(pack)]) == 0
        assert event_ids(pack) == [*before, *(f"new-{j}" for j in range(5))]
        assert leftovers(pack) == []
        if not killed:
            break
        step += 1
    assert step > 5  # every step of a commit was tried: stage, journal, commit, each rename, cleanup
    assert pending >= 2  # some kills fell between the commit point and the end of the renames


def test_modes_symlinks_and_unknown_columns_are_kept(tmp_path: Path, pack: Path) -> None:
    # a column with an empty header and an unknown one, both with values
    rows = [[*EVENTS[0], "", "reviewer"]] + [[*r, "x", "kenji"] for r in EVENTS[1:]]
    (pack / "events.csv").write_text(csv_text(rows), "utf-8")
    os.chmod(pack / "events.csv", 0o644)
    os.chmod(pack / "sources.csv", 0o664)
    # sources.csv is a link to a file inside the pack; a folder links outside it
    (pack / "sources.csv").rename(pack / "sources-master.csv")
    (pack / "sources.csv").symlink_to("sources-master.csv")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "big.bin").write_bytes(b"x" * 1000)
    (pack / "docs").symlink_to(outside)
    draft = make_draft(tmp_path / "draft", "new", 3, 2100)
    new_source = csv_text([["id", "title", "url"], ["s1", "Report", "https://example.org/r"],
                           ["s9", "A new source", "https://example.org/new"]])
    (draft / "sources.csv").write_text(new_source, "utf-8")
    (draft / "events.csv").write_text(draft_rows("new", 3, 2100).replace(",s1,", ",s9,"), "utf-8")
    result = merge_draft(draft, pack)
    assert result.events == ["new-0", "new-1", "new-2"] and result.sources == ["s9"]
    assert (pack / "events.csv").stat().st_mode & 0o777 == 0o644
    assert (pack / "sources.csv").is_symlink() and os.readlink(pack / "sources.csv") == "sources-master.csv"
    assert (pack / "sources-master.csv").stat().st_mode & 0o777 == 0o664
    assert "s9" in (pack / "sources-master.csv").read_text("utf-8")
    header, *body = list(csv.reader((pack / "events.csv").open(encoding="utf-8")))
    n = len(EVENTS[0])
    assert header[n:] == ["", "reviewer", "status"]
    assert [r[n:] for r in body] == [["x", "kenji", ""]] * (len(EVENTS) - 1) + [["", "", "reviewed"]] * 3
    assert sorted(p.name for p in outside.iterdir()) == ["big.bin"]  # nothing copied or written there
    assert leftovers(pack) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_pack_file_linking_out_of_the_pack_is_not_written_through(
        tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "elsewhere.csv"
    (pack / "events.csv").rename(elsewhere)
    (pack / "events.csv").symlink_to(elsewhere)
    before = elsewhere.read_bytes()
    draft = make_draft(tmp_path / "draft", "new", 2, 2100)
    assert main(["merge", str(draft), str(pack)]) == 2
    assert "outside the pack folder" in capsys.readouterr().err
    assert elsewhere.read_bytes() == before and leftovers(pack) == []


HOLDER = """
import sys, time
from pathlib import Path
from shingi.pack.transaction import pack_lock
with pack_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(30)
"""


def test_a_stale_lock_is_taken_over_and_a_live_one_waited_for(tmp_path: Path, pack: Path) -> None:
    # a lock file left by a process that died (no flock held) does not block
    (pack / transaction.LOCK_NAME).write_text(json.dumps({"pid": 999999, "host": "gone"}), "utf-8")
    draft = make_draft(tmp_path / "draft", "new", 2, 2100)
    assert merge_draft(draft, pack).events == ["new-0", "new-1"]
    # a live holder: the second writer waits, then gives up naming the holder
    env = {**os.environ, "PYTHONPATH": SRC}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(pack)], env=env, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        start = time.monotonic()
        with pytest.raises(InputError, match=f"pid {holder.pid}"), transaction.pack_lock(pack, timeout=0.5):
            pass
        assert time.monotonic() - start >= 0.5
    finally:
        holder.kill()
        holder.wait()
    with transaction.pack_lock(pack, timeout=5):  # released by the kernel when its holder died
        pass
    assert leftovers(pack) == []
