"""Changing a pack folder safely: one writer at a time, all of a change or none of it.

Every command that writes into a pack folder (``shingi merge``, ``shingi ingest``) does so in a
:func:`pack_transaction`:

1. **Lock.** ``FOLDER/.shingi.lock`` is locked with ``flock`` and holds the holder's pid and
   host. A second writer waits for it (up to ``timeout`` seconds, then stops with a message that
   names the holder). The kernel releases the lock when its holder dies, so a lock file left by
   a killed process is stale by construction and is simply taken over.
2. **Recover.** An interrupted earlier change is finished (see 5) and its leftovers removed.
3. **Stage.** New versions of the changed files are written into ``FOLDER/.shingi-stage-*/``
   (the same file system, so moving them into place is a rename). The pack as it will be
   (staged files plus copies of the unchanged pack files) is validated there.
4. **Commit.** Staged files are fsynced and get the mode of the file they replace; a journal
   ``FOLDER/.shingi-journal`` listing the renames is written atomically (temporary name,
   fsync, rename, fsync of the folder). That rename is the commit point.
5. **Apply.** Each staged file is moved over its target with ``os.replace`` (referenced files
   first: sources, entities and metrics before the events and observations that cite them, so
   the pack is valid after every single rename), the folder is fsynced, the journal removed.
   A process killed anywhere before the commit point leaves the pack as it was; killed after
   it, the next writer (or ``shingi merge``/``ingest`` run again) completes the renames.

Only the pack's own files are ever written. A pack file that is a symlink is written through
when its target is inside the pack folder (the link stays a link) and refused when it points
outside; other files and folders in the pack are never read or copied.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from shingi.model import InputError, Pack, Problem
from shingi.pack.write import current_umask

LOCK_NAME = ".shingi.lock"
JOURNAL_NAME = ".shingi-journal"
STAGE_PREFIX = ".shingi-stage-"
#: The pack's own files, in the order a commit moves them into place (referenced files first).
PACK_FILES = ("pack.yaml", "sources.csv", "entities.csv", "metrics.csv", "observations.csv", "events.csv",
              "claims.yaml", "narrative.yaml")
#: How long a writer waits for another writer's lock by default (seconds).
LOCK_TIMEOUT = 300.0

#: Test hook: called with the name of each step of a commit (fault-injection tests kill the
#: process there). ``None`` in normal use.
step_hook: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if step_hook is not None:
        step_hook(name)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems cannot fsync a directory
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- the lock ------------------------------------------------------------------------------------


def lock_holder(folder: Path) -> str:
    """What the lock file says about its holder (``pid 123 on host``), or ``''``."""
    try:
        info = json.loads((folder / LOCK_NAME).read_text("utf-8") or "{}")
    except (OSError, ValueError):
        return ""
    if not isinstance(info, dict):
        return ""
    return f"pid {info.get('pid')} on {info.get('host')}"


@contextlib.contextmanager
def pack_lock(folder: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the exclusive lock of a pack folder for the block (waiting up to ``timeout`` s)."""
    path = folder / LOCK_NAME
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise InputError(f"{folder}: cannot create the lock file {LOCK_NAME}: "
                             f"{exc.strerror or exc}") from None
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        holder = lock_holder(folder) or "another process"
                        raise InputError(f"{folder}: another shingi command ({holder}) is changing "
                                         f"this pack; waited {timeout:.0f} s. Try again when it has "
                                         "finished") from None
                    time.sleep(0.05)
            # the file may have been removed by the holder we waited for: lock the one in place
            try:
                same = os.stat(path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
        except BaseException:
            os.close(fd)
            raise
        break
    try:
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode())
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)


# --- recovery ------------------------------------------------------------------------------------


def _apply_journal(folder: Path) -> bool:
    """Finish the renames of a committed change, if one is pending; True when there was one."""
    journal = folder / JOURNAL_NAME
    try:
        entries = json.loads(journal.read_text("utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        entries = {}
    for src, dst in entries.get("replace", []):
        source = folder / src
        if source.exists():
            os.replace(source, folder / dst)
            _step(f"replace {dst}")
    for dst in entries.get("delete", []):
        (folder / dst).unlink(missing_ok=True)
    _fsync_dir(folder)
    _step("applied")
    journal.unlink(missing_ok=True)
    _fsync_dir(folder)
    _step("journal removed")
    return True


def recover(folder: Path) -> bool:
    """Complete an interrupted change and remove what it left; call while holding the lock.

    Returns True when an interrupted change was completed.
    """
    completed = _apply_journal(folder)
    for leftover in folder.glob(f"{STAGE_PREFIX}*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
    for leftover in folder.glob(f"{JOURNAL_NAME}.*"):
        leftover.unlink(missing_ok=True)
    return completed


def pending_change(folder: Path) -> bool:
    """True when a change was committed but not applied (a writer was killed half way)."""
    return (folder / JOURNAL_NAME).is_file()


# --- the transaction ----------------------------------------------------------------------------


class PackTransaction:
    """The staged new versions of some of a pack's files; see the module's documentation."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.stage = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=folder))
        self.changed: dict[str, Path] = {}  # file name -> the file it replaces (symlinks resolved)
        self.deleted: set[str] = set()
        self.recovered = False

    def target(self, name: str) -> Path:
        """The file a new version of ``name`` replaces: itself, or a symlink's target in the pack."""
        if name not in PACK_FILES:
            raise ValueError(f"not a pack file: {name}")
        path = self.folder / name
        if not path.is_symlink():
            if path.exists() and not path.is_file():
                raise InputError(f"{path}: is not a regular file (a folder or device named like a pack file)")
            return path
        real = path.resolve()
        root = self.folder.resolve()
        if real.parent != root or real.name.startswith(".") or (real.exists() and not real.is_file()):
            raise InputError(f"{path}: is a symlink to {real}, outside the pack folder; shingi does not "
                             "write through it (replace the link with the file)")
        return real

    def path(self, name: str) -> Path:
        """Where to write the new version of the pack file ``name``."""
        self.target(name)
        self.changed[name] = self.target(name)
        self.deleted.discard(name)
        return self.stage / name

    def delete(self, name: str) -> None:
        """Remove the pack file ``name`` at commit."""
        self.target(name)
        self.changed.pop(name, None)
        (self.stage / name).unlink(missing_ok=True)
        self.deleted.add(name)

    def check(self) -> tuple[Pack | None, list[Problem]]:
        """Validate the pack as it will be after the commit."""
        from shingi.pack.load import check_pack

        for name in PACK_FILES:
            if name in self.changed or name in self.deleted:
                continue
            original = self.folder / name
            if original.is_file():
                shutil.copyfile(original, self.stage / name)
        return check_pack(self.stage)

    def commit(self) -> None:
        """Move the staged files into place (see the module's documentation)."""
        replace: list[tuple[str, str]] = []
        for name in PACK_FILES:
            if name not in self.changed:
                continue
            staged = self.stage / name
            target = self.changed[name]
            try:
                mode = target.stat().st_mode & 0o7777
            except FileNotFoundError:
                mode = 0o666 & ~current_umask()
            os.chmod(staged, mode)
            _fsync_file(staged)
            _step(f"fsync {name}")
            replace.append((os.path.relpath(staged, self.folder), os.path.relpath(target, self.folder)))
        _step("staged")
        journal = {"replace": replace, "delete": sorted(self.deleted)}
        fd, tmp = tempfile.mkstemp(prefix=f"{JOURNAL_NAME}.", dir=self.folder)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(journal, f)
            f.flush()
            os.fsync(f.fileno())
        _step("journal written")
        os.replace(tmp, self.folder / JOURNAL_NAME)
        _fsync_dir(self.folder)
        _step("committed")
        _apply_journal(self.folder)

    def discard(self) -> None:
        shutil.rmtree(self.stage, ignore_errors=True)


@contextlib.contextmanager
def pack_transaction(folder: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[PackTransaction]:
    """Lock ``folder``, finish any interrupted change, and yield a transaction to stage files in.

    The staged files replace the pack's when the block ends without an exception (nothing
    happens when nothing was staged); on an exception the pack is left exactly as it was.
    """
    with pack_lock(folder, timeout):
        recovered = recover(folder)
        tx = PackTransaction(folder)
        tx.recovered = recovered
        try:
            yield tx
            if tx.changed or tx.deleted:
                tx.commit()
        finally:
            if not pending_change(folder):  # after the commit point the stage is the next writer's to finish
                tx.discard()
