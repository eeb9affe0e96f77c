"""Reading RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) into one graph."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import GraphLoadError
from kg.rdf.mapping import bind_prefixes

__all__ = ["FORMATS", "guess_format", "load_graph"]

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld",
           ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".n3": "n3"}
_QUADS = {"trig", "nquads"}


def guess_format(path: Path) -> str:
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise GraphLoadError(f"{path}: unknown RDF file type {Path(path).suffix!r}; use one of: {', '.join(sorted(FORMATS))}")
    return fmt


def load_graph(*paths: Path | str) -> Graph:
    """Load and merge RDF files; quads formats are merged into their union graph."""
    g = bind_prefixes(Graph())
    for p in map(Path, paths):
        if not p.is_file():
            raise GraphLoadError(f"graph file not found: {p}")
        fmt = guess_format(p)
        try:
            if fmt in _QUADS:
                ds = Dataset()
                ds.parse(p, format=fmt)
                for s, pr, o, _ in ds.quads((None, None, None, None)):
                    g.add((s, pr, o))
            else:
                g.parse(p, format=fmt)
        except Exception as exc:  # rdflib raises many parser error types
            raise GraphLoadError(f"{p}: not valid {fmt} ({str(exc).splitlines()[0][:200]})") from None
    return g
