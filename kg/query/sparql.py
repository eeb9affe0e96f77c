"""SPARQL over exported graphs with pyoxigraph (fast, standards-compliant)."""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import FormatError, GraphLoadError, KgError
from kg.query.positions import ROW_FORMATS, format_rows
from kg.rdf.vocab import BINDINGS

__all__ = ["PREFIXES", "load_store", "select", "run_query"]

PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(BINDINGS.items())) + (
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
    "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n")

_FORMATS = {".ttl": "text/turtle", ".trig": "application/trig", ".nt": "application/n-triples",
            ".nq": "application/n-quads", ".rdf": "application/rdf+xml"}


def load_store(paths: list[Path]):
    """A pyoxigraph in-memory store with the files loaded into the default graph."""
    import pyoxigraph as ox

    store = ox.Store()
    for p in map(Path, paths):
        if not p.is_file():
            raise GraphLoadError(f"graph file not found: {p}")
        mime = _FORMATS.get(p.suffix.lower())
        if mime is None:
            raise GraphLoadError(f"{p}: unknown RDF file type {p.suffix!r}; use one of: {', '.join(sorted(_FORMATS))}")
        fmt = ox.RdfFormat.from_media_type(mime)
        try:
            with p.open("rb") as fh:
                if p.suffix.lower() in (".trig", ".nq"):
                    store.load(fh, fmt)
                else:
                    store.load(fh, fmt, to_graph=ox.DefaultGraph())
        except (SyntaxError, ValueError, OSError) as exc:
            raise GraphLoadError(f"{p}: not valid RDF ({str(exc).splitlines()[0][:200]})") from None
    return store


def _term(t) -> str:
    if t is None:
        return ""
    return str(getattr(t, "value", t))


def select(paths: list[Path], sparql: str) -> tuple[list[str], list[dict[str, str]]]:
    """Run a SELECT query; returns (variables, rows). kg's prefixes are added in front."""
    import pyoxigraph as ox

    store = load_store(paths)
    try:
        res = store.query(PREFIXES + sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise KgError(f"invalid SPARQL: {exc}") from None
    if isinstance(res, bool):
        return ["ask"], [{"ask": "true" if res else "false"}]
    if isinstance(res, ox.QuerySolutions):
        vars_ = [v.value for v in res.variables]
        rows = [{v: _term(sol[v]) for v in vars_} for sol in res]
        return vars_, rows
    triples = sorted((_term(t.subject), _term(t.predicate), _term(t.object)) for t in res)
    return ["subject", "predicate", "object"], [dict(zip(("subject", "predicate", "object"), t)) for t in triples]


def run_query(paths: list[Path], sparql: str, fmt: str) -> str:
    if fmt not in ROW_FORMATS:
        raise FormatError(fmt, ROW_FORMATS)
    cols, rows = select(paths, sparql)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    return format_rows(rows, tuple(cols), fmt)
