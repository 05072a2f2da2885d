"""The packs folder the app serves: listing, loading with a cache, validation status, versions.

A pack is named by its folder's name inside the packs folder (checked against the listing,
so no request can reach a folder outside it). Loaded packs are cached per process and
reloaded when any of the pack's files changes (a merge from this or another worker, or an
edit by hand): the cache key is the size and modification time of each pack file.

A pack's *version* is a digest of its files' contents (:func:`pack_version`). A kept diagnosis
records the version it was given against, and the files of that version are kept once under
``.shingi-serve/pack-versions/NAME/VERSION/`` (:meth:`PackStore.keep_version`), so that its
report can be built later exactly as it was, whatever merges changed the pack since.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import shutil
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from shingi.model import InputError, Pack, Problem
from shingi.pack.load import PACK_FILES

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")


class UnknownPack(InputError):
    """No pack of that name in the packs folder."""


VERSIONS_DIR = "pack-versions"
#: packs of past versions kept loaded per process (for reports of kept diagnoses)
OLD_VERSIONS_LOADED = 4


def pack_version(folder: Path) -> str:
    """A digest of a pack's files (names and bytes): equal versions hold the same evidence."""
    h = hashlib.sha256()
    for file_name in PACK_FILES:
        path = folder / file_name
        if path.is_file():
            h.update(file_name.encode() + b"\0" + str(path.stat().st_size).encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()[:20]


@dataclass(slots=True)
class Loaded:
    signature: tuple[tuple[str, int, int], ...]
    pack: Pack | None
    problems: list[Problem]
    #: :func:`pack_version` of the files loaded
    version: str = ""


@dataclass(slots=True)
class PackStore:
    """The packs of one folder."""

    folder: Path
    _cache: dict[str, Loaded] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _old: OrderedDict[tuple[str, str], Pack] = field(default_factory=OrderedDict)

    def names(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(
            p.name for p in self.folder.iterdir() if NAME_RE.match(p.name) and (p / "pack.yaml").is_file()
        )

    def path(self, name: str) -> Path:
        """The folder of pack ``name``; :class:`UnknownPack` if it is not one of the listing."""
        if not NAME_RE.match(name or ""):
            raise UnknownPack(f"no pack named '{name}'")
        path = self.folder / name
        if not (path / "pack.yaml").is_file():
            raise UnknownPack(f"no pack named '{name}'")
        return path

    def _signature(self, path: Path) -> tuple[tuple[str, int, int], ...]:
        out = []
        for file_name in PACK_FILES:
            try:
                st = (path / file_name).stat()
            except FileNotFoundError:
                continue
            out.append((file_name, st.st_size, st.st_mtime_ns))
        return tuple(out)

    def checked(self, name: str) -> Loaded:
        """The pack with its problems (``pack`` is None when it has errors), from the cache when
        no file changed."""
        from shingi.pack.load import check_pack

        path = self.path(name)
        signature = self._signature(path)
        with self._lock:
            hit = self._cache.get(name)
        if hit is not None and hit.signature == signature:
            return hit
        for _ in range(3):  # the files read are the files hashed: retry if they changed meanwhile
            version = pack_version(path)
            pack, problems = check_pack(path)
            after = self._signature(path)
            if after == signature:
                break
            signature = after
        if pack is not None and any(p.severity == "error" for p in problems):
            pack = None
        loaded = Loaded(signature, pack, problems, version)
        with self._lock:
            self._cache[name] = loaded
        return loaded

    def is_loaded(self, name: str) -> bool:
        """Whether ``name`` is in the cache as its files are now (loading it would be quick)."""
        hit = self._cache.get(name)
        return hit is not None and hit.signature == self._signature(self.path(name))

    def load(self, name: str) -> Pack:
        """The valid pack ``name``; PackError listing its problems when it does not validate."""
        from shingi.model import PackError

        loaded = self.checked(name)
        if loaded.pack is None:
            raise PackError(loaded.problems)
        return loaded.pack

    # --- versions -------------------------------------------------------------------------

    def version_dir(self, name: str, version: str) -> Path:
        from shingi.serve.settings import DATA_NAME

        if not re.fullmatch(r"[0-9a-f]{1,64}", version):
            raise InputError(f"no pack version '{version}'")
        self.path(name)
        return self.folder / DATA_NAME / VERSIONS_DIR / name / version

    def keep_version(self, name: str, version: str) -> bool:
        """Keep the files of pack ``name`` at ``version`` (once: a version kept is never written
        again). False when the pack's files are no longer that version (changed meanwhile)."""
        target = self.version_dir(name, version)
        if target.is_dir():
            return True
        source = self.path(name)
        stage = target.with_name(f".{version}.{secrets.token_hex(4)}")
        stage.mkdir(parents=True)
        try:
            for file_name in PACK_FILES:
                if (source / file_name).is_file():
                    shutil.copy2(source / file_name, stage / file_name)
            if pack_version(stage) != version:
                return False
            try:
                stage.rename(target)
            except OSError:  # kept meanwhile by another worker
                if not target.is_dir():
                    raise
        finally:
            shutil.rmtree(stage, ignore_errors=True)
        return True

    def at_version(self, name: str, version: str) -> Pack | None:
        """Pack ``name`` as it was at ``version``: the current one when it still is, else the
        kept files of that version; None when that version was not kept."""
        from shingi.pack.load import load_pack

        current = self.checked(name)
        if current.version == version and current.pack is not None:
            return current.pack
        key = (name, version)
        with self._lock:
            if key in self._old:
                self._old.move_to_end(key)
                return self._old[key]
        folder = self.version_dir(name, version)
        if not folder.is_dir():
            return None
        pack = load_pack(folder)
        with self._lock:
            self._old[key] = pack
            while len(self._old) > OLD_VERSIONS_LOADED:
                self._old.popitem(last=False)
        return pack


def seed_bundled(folder: Path) -> list[str]:
    """Copy the bundled packs into a new packs folder (merges then change the copies, never the
    installed package). Returns the names copied; nothing when the folder holds packs already."""
    from shingi.pack.load import BUNDLED_DIR, bundled_packs

    folder.mkdir(parents=True, exist_ok=True)
    if PackStore(folder).names():
        return []
    copied = []
    for name in bundled_packs():
        target = folder / name
        if not target.exists():
            shutil.copytree(BUNDLED_DIR / name, target)
            copied.append(name)
    return copied
