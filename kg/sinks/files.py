"""Atomic file writing: write to a temp file in the same folder, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.errors import OutputError

__all__ = ["atomic_write", "atomic_write_many", "ensure_dir"]


def ensure_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {path}: {exc.strerror}") from None
    if not os.access(path, os.W_OK):
        raise OutputError(f"output folder is not writable: {path}")
    return path


def _write_temp(path: Path, raw: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def atomic_write_many(folder: Path, files: dict[str, str | bytes], staged: dict[str, Path] | None = None) -> list[Path]:
    """Write several files so that either all are replaced or none is: every file goes to a temp
    file first; only when all are written are they renamed into place.

    ``staged`` maps more final names to temp files already written in ``folder`` (large
    files streamed by the caller); they are renamed with the others, or removed on failure.
    """
    folder = ensure_dir(Path(folder))
    temps: list[tuple[Path, Path]] = [(tmp, folder / name) for name, tmp in (staged or {}).items()]
    try:
        for name, data in files.items():
            raw = data.encode("utf-8") if isinstance(data, str) else data
            temps.append((_write_temp(folder / name, raw), folder / name))
    except OSError as exc:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write to {folder}: {exc.strerror or exc}") from None
    except BaseException:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in temps:
        os.replace(tmp, final)
    return [final for _, final in temps]


def atomic_write(path: Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` so readers see the old file or the new one, never half of one."""
    path = Path(path)
    return atomic_write_many(path.parent, {path.name: data})[0]
