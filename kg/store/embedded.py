"""The embedded on-disk store (pyoxigraph): `kg load --store DIR` and `kg sparql --store DIR`, no server.

Each graph is written into a staging graph and moved onto its name with one SPARQL ``MOVE``,
a single transaction: a graph is replaced whole or not at all, and loading the same file
twice leaves the same triples.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.store.parts import GraphPart, read_parts
from kg.store.remote import LoadResult

__all__ = ["DEFAULT_STORE", "EmbeddedStore"]

#: Where `kg load` puts the embedded store unless told otherwise.
DEFAULT_STORE = Path("exports/store")


class EmbeddedStore:
    """An Oxigraph store in a directory, opened for writing or read-only."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not (self.path / "CURRENT").is_file():
            raise StoreError(f"no kg store at {self.path}; create one with: kg load FILE --store {self.path}")
        try:
            if not read_only:
                self.path.mkdir(parents=True, exist_ok=True)
            self.store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as exc:
            reason = str(exc).splitlines()[0][:200]
            if "lock" in reason.lower():
                reason = "it is open in another process (stop that process, or query it read-only)"
            raise StoreError(f"cannot open the store at {self.path}: {reason}") from None

    def load(self, paths: list[Path] | tuple[Path, ...], *, graph: str | None = None, replace: bool = True,
             on_graph: Callable[[GraphPart], None] | None = None) -> LoadResult:
        """Replace (or, with ``replace=False``, add to) every graph of ``paths``; all files are parsed first."""
        parts = read_parts(paths, graph)
        for part in parts:
            staging_part = part.staging()
            staging = ox.NamedNode(staging_part.graph)
            try:
                self.store.remove_graph(staging) if self.store.contains_named_graph(staging) else None
                self.store.extend(ox.Quad(t.subject, t.predicate, t.object, staging) for t in part.triples)
                self.store.update(f"{part.move(staging_part, replace)} ; DROP SILENT GRAPH {staging}")
            except OSError as exc:
                raise StoreError(f"writing {part.graph or 'the default graph'} to {self.path} failed: {exc}") from None
            if on_graph:
                on_graph(part)
        self.store.flush()
        return LoadResult(str(self.path), tuple(p.graph for p in parts), sum(map(len, parts)), replace)

    def count(self, graphs: tuple[str | None, ...]) -> int:
        """The number of triples in ``graphs`` (None = the default graph)."""
        total = 0
        for g in graphs:
            name = ox.DefaultGraph() if g is None else ox.NamedNode(g)
            total += sum(1 for _ in self.store.quads_for_pattern(None, None, None, name))
        return total
