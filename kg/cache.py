"""The build cache: one file per article part, keyed by content and extractor version.

The key of an article is ``sha256(extractor version, file name, file bytes)``; the file
name is part of it because IRIs derive from it. The extractor version hashes everything a
part depends on: kg's Python code, its data files (``kg/data/*``) and the ontology and
shapes (``ontology/*.ttl``). So an unchanged article is never extracted twice, and any
change to the code, a lexicon or the ontology invalidates every entry (a new alias or cue
can change any article, so finer invalidation would risk stale results). Entries are JSON,
written atomically (temp file + rename), so concurrent builds and crashes leave no half
entries; unreadable entries count as misses.

Every version lives in a folder of its own that carries a marker file; after a build,
:meth:`PartCache.prune` removes the folders of other versions (only folders with kg's
marker, or in kg's own layout, so a ``--cache`` pointed at a shared folder never loses
anything that is not kg's), so the cache holds one extractor version, not one per change.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from kg.parts import ArticlePart

__all__ = ["extractor_version", "version_inputs", "files_version", "PartCache"]

_PKG = Path(__file__).resolve().parent
_ONTOLOGY = _PKG.parent / "ontology"
MARKER = ".kg-cache"
_VERSION_NAME = re.compile(r"[0-9a-f]{16}")
_SHARD_NAME = re.compile(r"[0-9a-f]{2}")


def version_inputs() -> list[Path]:
    """The files an article part depends on: kg's code, kg/data/* and ontology/*.ttl."""
    code = [p for p in _PKG.rglob("*.py") if "__pycache__" not in p.parts]
    data = [p for p in (_PKG / "data").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return sorted(code) + sorted(data) + sorted(_ONTOLOGY.glob("*.ttl"))


def files_version(files: list[Path], root: Path) -> str:
    """A short hash of the files' paths (relative to ``root``) and contents."""
    h = hashlib.sha256()
    for f in files:
        h.update(f.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """The version of kg's extraction: a hash of :func:`version_inputs`."""
    return files_version(version_inputs(), _PKG.parent)


class PartCache:
    """Article parts on disk under ``folder/<version>/<key[:2]>/<key>.json``.

    ``hits`` and ``misses`` count lookups, so callers (and tests) can see what was reused.
    """

    def __init__(self, folder: Path, version: str | None = None) -> None:
        self.version = version or extractor_version()
        self.folder = Path(folder) / self.version
        self.hits = 0
        self.misses = 0

    def key(self, raw: bytes, name: str) -> str:
        h = hashlib.sha256()
        h.update(self.version.encode("ascii") + b"\0" + name.encode("utf-8") + b"\0")
        h.update(raw)
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> ArticlePart | None:
        try:
            part = ArticlePart.from_json(json.loads(self._path(key).read_bytes()))
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return part

    def put(self, key: str, part: ArticlePart) -> None:
        """Store ``part``; a cache that cannot be written only costs speed, never the build."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            marker = self.folder / MARKER
            if not marker.exists():
                marker.write_text(self.version + "\n", encoding="ascii")
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:8]}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(part.to_json(), fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except OSError:
            if "tmp" in locals():
                Path(tmp).unlink(missing_ok=True)

    def prune(self) -> int:
        """Remove the folders of other extractor versions; return how many were removed.

        A sibling folder is kg's if it holds kg's marker file, or (caches written before the
        marker existed) if its name is a version hash and it holds only two-character shard
        folders of ``*.json`` entries. Anything else is left alone. Errors only cost space.
        """
        removed = 0
        try:
            siblings = [p for p in self.folder.parent.iterdir() if p.is_dir() and p != self.folder]
        except OSError:
            return 0
        for folder in siblings:
            if _is_cache_version(folder):
                shutil.rmtree(folder, ignore_errors=True)
                removed += not folder.exists()
        return removed


def _is_cache_version(folder: Path) -> bool:
    if (folder / MARKER).is_file():
        return True
    if not _VERSION_NAME.fullmatch(folder.name):
        return False
    try:
        for shard in folder.iterdir():
            if not (shard.is_dir() and _SHARD_NAME.fullmatch(shard.name)):
                return False
            if any(not (f.is_file() and f.suffix in (".json", ".tmp")) for f in shard.iterdir()):
                return False
    except OSError:
        return False
    return True
