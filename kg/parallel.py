"""Mapping :func:`kg.parts.article_part` over input files: in-process, on worker processes, or on Dask.

Every engine maps the same pure function and yields the parts in input order, so the
merged exports are byte-identical whichever engine ran. Files are read, and looked up in
the cache, by the calling process in windows of a few hundred, so memory holds one window
of texts and parts at a time, never the corpus.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.cache import PartCache
from kg.errors import KgError
from kg.parts import ArticlePart, FileReport, article_part

__all__ = ["ENGINES", "Engine", "LocalEngine", "ProcessEngine", "make_engine", "map_parts"]

ENGINES = ("local", "dask")
WINDOW = 256  # files read and in flight at once (per worker)


class Engine(AbstractContextManager):
    """Maps ``article_part`` over (raw bytes, name) pairs, yielding parts in input order."""

    workers = 1

    def map(self, tasks: list[tuple[bytes, str]]) -> Iterable[ArticlePart]:
        raise NotImplementedError

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        pass


class LocalEngine(Engine):
    """In this process (the default for one worker)."""

    def map(self, tasks):
        return (article_part(raw, name) for raw, name in tasks)


class ProcessEngine(Engine):
    """A pool of ``workers`` spawned processes; each loads the extractor once."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_warm_up)

    def map(self, tasks):
        raws, names = zip(*tasks) if tasks else ((), ())
        return self._pool.map(article_part, raws, names, chunksize=max(1, min(8, len(tasks) // (4 * self.workers))))

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)


def _warm_up() -> None:
    from kg.parts import _extractor

    _extractor()


def make_engine(engine: str = "local", *, workers: int = 1, scheduler: str | None = None) -> Engine:
    """The engine named ``engine`` ('local' or 'dask'); raises KgError for a bad choice."""
    if engine not in ENGINES:
        raise KgError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if workers < 1:
        raise KgError(f"--workers must be at least 1, not {workers}")
    if engine == "dask":
        from kg.engine_dask import DaskEngine

        return DaskEngine(scheduler, workers=workers)
    if scheduler:
        raise KgError("--scheduler needs --engine dask")
    return ProcessEngine(workers) if workers > 1 else LocalEngine()


@dataclass(frozen=True, slots=True)
class _Task:
    name: str
    raw: bytes | None
    key: str | None
    part: ArticlePart | None  # known without extraction: cached, unreadable or duplicate


def _read(files: list[Path], seen: set[str], cache: PartCache | None) -> list[_Task]:
    out = []
    for f in files:
        if f.name in seen:
            out.append(_Task(f.name, None, None, ArticlePart(FileReport(f.name, "skipped", f"duplicate file name ({f})"))))
            continue
        seen.add(f.name)
        try:
            raw = f.read_bytes()
        except OSError as exc:
            out.append(_Task(f.name, None, None, ArticlePart(FileReport(f.name, "skipped", f"cannot be read ({exc.strerror})"))))
            continue
        key = cache.key(raw, f.name) if cache is not None else None
        out.append(_Task(f.name, raw, key, cache.get(key) if cache is not None else None))
    return out


def map_parts(files: list[Path], engine: Engine, *, cache: PartCache | None = None,
              progress: Callable[[int], None] | None = None) -> Iterator[ArticlePart]:
    """The part of every file, in the order of ``files``; cached parts are not recomputed.

    ``progress(1)`` is called after each file.
    """
    seen: set[str] = set()
    step = WINDOW * max(1, engine.workers)
    for start in range(0, len(files), step):
        tasks = _read(files[start:start + step], seen, cache)
        todo = [t for t in tasks if t.part is None]
        fresh = iter(engine.map([(t.raw, t.name) for t in todo]))
        for t in tasks:
            part = t.part
            if part is None:
                part = next(fresh)
                if cache is not None:
                    cache.put(t.key, part)
            yield part
            if progress:
                progress(1)

