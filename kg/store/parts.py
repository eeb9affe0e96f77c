"""An RDF file as the graphs a store receives: one part per graph, parsed before anything is sent.

pyoxigraph parses (fast, with line and column in its errors); a part carries its triples
and renders them as N-Triples, the body every store accepts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphLoadError
from kg.rdf.formats import rdf_format

__all__ = ["GraphPart", "read_parts", "parse_quads"]


@dataclass(frozen=True, slots=True)
class GraphPart:
    """The triples of one graph; ``graph`` is its IRI, or None for the store's default graph."""

    graph: str | None
    triples: tuple[ox.Triple, ...]

    def __len__(self) -> int:
        return len(self.triples)

    def ntriples(self, start: int = 0, stop: int | None = None) -> bytes:
        """The triples ``[start:stop]`` as N-Triples (escaped by the RDF library)."""
        return ox.serialize(self.triples[start:stop], format=ox.RdfFormat.N_TRIPLES) or b""

    @property
    def has_bnodes(self) -> bool:
        """True if a triple has a blank node: its labels hold within one request only."""
        return any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in self.triples)

    def term(self) -> str:
        """The graph as a SPARQL term, for ``GRAPH <...>``; ``DEFAULT`` for the default graph."""
        return "DEFAULT" if self.graph is None else str(ox.NamedNode(self.graph))

    def staging(self) -> GraphPart:
        """The (empty) staging graph this graph is written to before one MOVE puts it in place.

        Its name is stable, so a staged load that failed is cleaned up by the next one.
        """
        return GraphPart(f"urn:kg:staging:{hashlib.sha1((self.graph or '').encode()).hexdigest()}", ())

    def move(self, source: GraphPart, replace: bool = True) -> str:
        """The SPARQL Update that moves (replace) or adds (append) ``source`` onto this graph, atomically."""
        target = "DEFAULT" if self.graph is None else f"GRAPH {self.term()}"
        return f"{'MOVE' if replace else 'ADD'} GRAPH {source.term()} TO {target}"


def parse_quads(path: Path | str) -> list[ox.Quad]:
    """All quads of an RDF file (triples formats: in the default graph). GraphLoadError if unreadable."""
    p = Path(path)
    fmt = rdf_format(p)
    if not p.is_file():
        raise GraphLoadError(f"graph file not found: {p}")
    try:
        return list(ox.parse(path=p, format=ox.RdfFormat.from_media_type(fmt.media_type)))
    except (SyntaxError, ValueError, UnicodeDecodeError) as exc:
        raise GraphLoadError(f"{p}: not valid {fmt.rdflib} ({str(exc).splitlines()[0][:200]})") from None
    except OSError as exc:
        raise GraphLoadError(f"{p}: cannot read ({exc.strerror or exc})") from None


def read_parts(paths: list[Path] | tuple[Path, ...], graph: str | None = None) -> list[GraphPart]:
    """The graphs of RDF files: default graph first, then named graphs by IRI.

    Every file is parsed before this returns, so malformed input fails before any request.
    Triples outside named graphs go to ``graph`` (an IRI) or, if None, to the default graph.
    Blank-node graph names are not supported by stores' protocols and raise GraphLoadError.
    """
    groups: dict[str | None, list[ox.Triple]] = {}
    for p in paths:
        for q in parse_quads(p):
            name = q.graph_name
            if isinstance(name, ox.DefaultGraph):
                key = graph
            elif isinstance(name, ox.NamedNode):
                key = name.value
            else:
                raise GraphLoadError(f"{p}: a graph named by a blank node cannot be loaded; name it with an IRI")
            groups.setdefault(key, []).append(q.triple)
    parts = [GraphPart(k, tuple(dict.fromkeys(v))) for k, v in groups.items()]
    return sorted(parts, key=lambda part: (part.graph is not None, part.graph or ""))
