"""Converting kg's RDF between formats: Turtle, TriG, N-Triples, N-Quads, JSON-LD.

The output is deterministic: N-Triples and N-Quads lines are sorted, Turtle and TriG come
from rdflib's sorted serialisers with kg's prefixes, JSON-LD is compacted with those prefixes
and its nodes sorted by ``@id``. Named graphs survive into TriG, N-Quads and JSON-LD; Turtle
and N-Triples hold the union of all graphs.
"""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import FormatError, GraphLoadError
from kg.rdf.formats import EXPORT_FORMATS, rdf_format
from kg.rdf.mapping import bind_prefixes

__all__ = ["read_dataset", "convert"]


def read_dataset(paths: list[Path] | tuple[Path, ...]) -> Dataset:
    """The files as one rdflib Dataset, named graphs kept, triples files in the default graph."""
    ds = Dataset()
    bind_prefixes(ds)
    for p in map(Path, paths):
        fmt = rdf_format(p)
        if not p.is_file():
            raise GraphLoadError(f"graph file not found: {p}")
        try:
            if fmt.quads:
                ds.parse(p, format=fmt.rdflib)
            else:
                ds.default_graph.parse(p, format=fmt.rdflib)
        except Exception as exc:  # rdflib raises many parser error types
            raise GraphLoadError(f"{p}: not valid {fmt.rdflib} ({str(exc).splitlines()[0][:200]})") from None
    return ds


def convert(paths: list[Path] | tuple[Path, ...], fmt: str) -> bytes:
    """The RDF of ``paths`` in format ``fmt`` (one of EXPORT_FORMATS: ttl, trig, nt, nq, jsonld)."""
    if fmt not in EXPORT_FORMATS:
        raise FormatError(fmt, list(EXPORT_FORMATS))
    ds = read_dataset(paths)
    if fmt in ("ttl", "nt"):
        union = bind_prefixes(Graph())
        for s, p, o, _ in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        if fmt == "ttl":
            return union.serialize(format="turtle", encoding="utf-8")
        return _sorted_lines(union.serialize(format="nt", encoding="utf-8"))
    if fmt == "nq":
        return _sorted_lines(ds.serialize(format="nquads", encoding="utf-8"))
    if fmt == "trig":
        return ds.serialize(format="trig", encoding="utf-8")
    context = {p: str(ns) for p, ns in ds.namespaces() if p}
    doc = json.loads(ds.serialize(format="json-ld", context=context, auto_compact=False))
    return (json.dumps(_sort_jsonld(doc), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _sorted_lines(raw: bytes) -> bytes:
    lines = sorted(set(ln for ln in raw.decode("utf-8").splitlines() if ln.strip()))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def _sort_jsonld(doc):
    """Nodes (and graphs' nodes) sorted by @id, values sorted, so the output is stable."""
    if isinstance(doc, list):
        items = [_sort_jsonld(d) for d in doc]
        return sorted(items, key=lambda d: json.dumps(d, sort_keys=True, ensure_ascii=False))
    if isinstance(doc, dict):
        return {k: (v if k == "@context" else _sort_jsonld(v)) for k, v in doc.items()}
    return doc


