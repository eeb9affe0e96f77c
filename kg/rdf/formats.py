"""RDF file formats by file suffix: one table for rdflib, pyoxigraph and HTTP media types.

>>> rdf_format("exports/kg.trig").rdflib
'trig'
>>> rdf_format("x.nq").quads
True
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import GraphLoadError

__all__ = ["RdfFormat", "FORMATS", "EXPORT_FORMATS", "rdf_format"]


@dataclass(frozen=True, slots=True)
class RdfFormat:
    """One RDF syntax: its rdflib plugin name, its media type, and whether it holds named graphs."""

    name: str
    rdflib: str
    media_type: str
    quads: bool


_TTL = RdfFormat("ttl", "turtle", "text/turtle", False)
_TRIG = RdfFormat("trig", "trig", "application/trig", True)
_NT = RdfFormat("nt", "nt", "application/n-triples", False)
_NQ = RdfFormat("nq", "nquads", "application/n-quads", True)
_JSONLD = RdfFormat("jsonld", "json-ld", "application/ld+json", True)
_XML = RdfFormat("rdf", "xml", "application/rdf+xml", False)
_N3 = RdfFormat("n3", "n3", "text/n3", False)

#: File suffix -> format.
FORMATS: dict[str, RdfFormat] = {".ttl": _TTL, ".trig": _TRIG, ".nt": _NT, ".nq": _NQ, ".jsonld": _JSONLD,
                                 ".json": _JSONLD, ".rdf": _XML, ".owl": _XML, ".n3": _N3}
#: Formats `kg export` writes, by name.
EXPORT_FORMATS: dict[str, RdfFormat] = {f.name: f for f in (_TTL, _TRIG, _NT, _NQ, _JSONLD)}


def rdf_format(path: Path | str) -> RdfFormat:
    """The format of ``path`` by its suffix; GraphLoadError names the valid suffixes."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise GraphLoadError(f"{path}: unknown RDF file type {Path(path).suffix!r}; "
                             f"use one of: {', '.join(sorted(FORMATS))}")
    return fmt
