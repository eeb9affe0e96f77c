"""Reading RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) into one rdflib graph."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import GraphLoadError
from kg.rdf.formats import rdf_format
from kg.rdf.mapping import bind_prefixes

__all__ = ["load_graph"]


def load_graph(*paths: Path | str) -> Graph:
    """Load and merge RDF files; quads formats are merged into their union graph."""
    g = bind_prefixes(Graph())
    for p in map(Path, paths):
        if not p.is_file():
            raise GraphLoadError(f"graph file not found: {p}")
        fmt = rdf_format(p)
        try:
            if fmt.quads:
                ds = Dataset()
                ds.parse(p, format=fmt.rdflib)
                for s, pr, o, _ in ds.quads((None, None, None, None)):
                    g.add((s, pr, o))
            else:
                g.parse(p, format=fmt.rdflib)
        except Exception as exc:  # rdflib raises many parser error types
            raise GraphLoadError(f"{p}: not valid {fmt.rdflib} ({str(exc).splitlines()[0][:200]})") from None
    return g
