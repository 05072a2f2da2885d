"""The packs folder the app serves: listing, loading with a cache, validation status.

A pack is named by its folder's name inside the packs folder (checked against the listing,
so no request can reach a folder outside it). Loaded packs are cached per process and
reloaded when any of the pack's files changes (a merge from this or another worker, or an
edit by hand): the cache key is the size and modification time of each pack file.
"""

from __future__ import annotations

import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

from shingi.model import InputError, Pack, Problem
from shingi.pack.load import PACK_FILES

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")


class UnknownPack(InputError):
    """No pack of that name in the packs folder."""


@dataclass(slots=True)
class Loaded:
    signature: tuple[tuple[str, int, int], ...]
    pack: Pack | None
    problems: list[Problem]


@dataclass(slots=True)
class PackStore:
    """The packs of one folder."""

    folder: Path
    _cache: dict[str, Loaded] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

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
        pack, problems = check_pack(path)
        if pack is not None and any(p.severity == "error" for p in problems):
            pack = None
        loaded = Loaded(signature, pack, problems)
        with self._lock:
            self._cache[name] = loaded
        return loaded

    def load(self, name: str) -> Pack:
        """The valid pack ``name``; PackError listing its problems when it does not validate."""
        from shingi.model import PackError

        loaded = self.checked(name)
        if loaded.pack is None:
            raise PackError(loaded.problems)
        return loaded.pack


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
