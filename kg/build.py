"""`kg build`: articles -> per-article parts -> merged, validated exports, written atomically.

Each article becomes an :class:`~kg.parts.ArticlePart` (its graph as N-Triples, its view
rows, its SHACL violations) by one pure function, mapped in this process, on worker
processes or on Dask (:mod:`kg.parallel`), and optionally cached (:mod:`kg.cache`). The parts
are merged in file-name order, so every engine writes the same bytes.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from kg import __version__
from kg.article import find_inputs
from kg.cache import PartCache
from kg.errors import ShaclViolation
from kg.graph.view import RowsUnion
from kg.parallel import make_engine, map_parts
from kg.parts import FileReport
from kg.rdf.reconcile import reconcile_actor
from kg.sinks.files import atomic_write_many, ensure_dir
from kg.sinks.merge import GraphMerger

__all__ = ["FileReport", "BuildResult", "build", "MAX_PAGE_NODES"]

#: kg.html shows every actor and proposal and at most this many nodes in all (events by degree)
MAX_PAGE_NODES = 5000


@dataclass
class BuildResult:
    out_dir: Path
    files: list[FileReport]
    written: list[Path]
    triples: int
    cached: int = 0  # articles taken from the cache

    @property
    def skipped(self) -> list[FileReport]:
        return [f for f in self.files if f.status != "ok"]


def build(inputs: list[Path], out_dir: Path, *, html: bool = True, pictures: bool = True, workers: int = 1,
          engine: str = "local", scheduler: str | None = None, cache: Path | None = None,
          progress: Callable[[int, int], None] | None = None) -> BuildResult:
    """Build the knowledge graph of ``inputs`` into ``out_dir``.

    Writes kg.ttl, kg.trig, report.json, kg.html and the stance matrix (SVG/PNG). Articles
    are extracted on ``workers`` processes (``engine='local'``) or on a Dask cluster
    (``engine='dask'``, at ``scheduler`` or a new local cluster); with ``cache`` (a folder),
    unchanged articles are taken from it
    and entries of other extractor versions are removed from it. ``progress(done, total)`` is called per article.
    Raises ShaclViolation (and writes nothing) if the graph does not conform to the shapes.
    """
    files = find_inputs([Path(p) for p in inputs])
    out_dir = ensure_dir(Path(out_dir))
    part_cache = PartCache(cache) if cache is not None else None
    reports: list[FileReport] = []
    violations: list[str] = []
    view = RowsUnion()
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, len(files))

    merger = GraphMerger(out_dir)
    try:
        with make_engine(engine, workers=workers, scheduler=scheduler) as eng:
            for part in map_parts(files, eng, cache=part_cache, progress=tick):
                reports.append(part.report)
                if part.ok:
                    merger.add(part.ntriples, part.trig)
                    violations.extend(f"{part.report.file}: {v}" for v in part.violations)
                    view.add(part.view)
        if violations:
            raise ShaclViolation("\n".join(violations))
        staged = merger.write(check=_check_merged, reconcile=reconcile_actor)
        outputs = _pictures(view, html=html, pictures=pictures)
        report = {
            "kg_version": __version__,
            "inputs": len(files),
            "built": sum(1 for r in reports if r.status == "ok"),
            "skipped": sum(1 for r in reports if r.status != "ok"),
            "triples": merger.triples,
            "files": [asdict(r) for r in reports],
        }
        outputs["report.json"] = json.dumps(report, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
        written = atomic_write_many(out_dir, outputs, staged=staged)
        if part_cache is not None:
            part_cache.prune()
    finally:
        merger.discard()
    return BuildResult(out_dir, reports, written, merger.triples, part_cache.hits if part_cache else 0)


def _check_merged(subject: bytes, lines: list[bytes]) -> None:
    from kg.rdf.shapes import load_shapes

    violations = load_shapes().check_merged(subject, lines)
    if violations:
        raise ShaclViolation("\n".join(violations))


def _pictures(view: RowsUnion, *, html: bool, pictures: bool) -> dict[str, str | bytes]:
    """kg.html and the stance matrix, drawn from the merged view rows."""
    from kg.graph.view import view_from_rows

    rows = view.rows()
    out: dict[str, str | bytes] = {}
    if html:
        from kg.graph.limit import limit_events
        from kg.sinks.html import render_view_html

        G, dropped = limit_events(view_from_rows(rows), MAX_PAGE_NODES)
        title = "kg – Positionen und Akteure" + (f" ({dropped} weniger vernetzte Ereignisse nicht gezeigt)" if dropped else "")
        out["kg.html"] = render_view_html(G, title=title)
    if pictures and not view.empty:
        from kg.sinks.matrix import render_view_matrix

        svg, png = render_view_matrix(view_from_rows(rows, events=False, relations=False))
        out["stance_matrix.svg"] = svg
        out["stance_matrix.png"] = png
    return out
