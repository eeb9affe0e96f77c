"""Where a triplestore takes writes and queries: its SPARQL 1.1 endpoints, from one base URL.

``--endpoint`` is the URL a user has at hand: an Oxigraph server (``http://127.0.0.1:7878``)
or a Fuseki dataset (``http://host:3030/ds``), with or without an endpoint path at the end.
Other products come by ``kind`` presets, and explicit URLs override any preset.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

__all__ = ["KINDS", "Endpoints", "detect_kind", "endpoints"]

#: Endpoint paths under the base URL per product: (graph store, update, query).
#: ``None``: the product has no such endpoint; ``""``: the base URL itself.
KINDS: dict[str, tuple[str | None, str, str]] = {
    "oxigraph": ("/store", "/update", "/query"),
    "fuseki": ("/data", "/update", "/sparql"),
    "graphdb": ("/rdf-graphs/service", "/statements", ""),
    "virtuoso": ("/sparql-graph-crud", "/sparql", "/sparql"),
    "stardog": ("", "/update", "/query"),
    "generic": (None, "", ""),
}
#: Endpoint paths a user may paste at the end of a base URL; they are taken off before the preset applies.
_ENDPOINT_PATHS = {"oxigraph": ("/store", "/update", "/query"),
                   "fuseki": ("/data", "/update", "/sparql", "/query", "/get"),
                   "graphdb": ("/rdf-graphs/service", "/statements"),
                   "stardog": ("/update", "/query")}


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where to write and read; ``graph_store`` None means: write with SPARQL Update."""

    graph_store: str | None
    update: str | None
    query: str | None
    kind: str = "generic"


def detect_kind(url: str) -> str:
    """The product a base URL points at, from its path.

    Oxigraph serves at the root, a Fuseki dataset under its name, GraphDB under /repositories/.

    >>> detect_kind("http://127.0.0.1:7878"), detect_kind("http://127.0.0.1:7878/query")
    ('oxigraph', 'oxigraph')
    >>> detect_kind("http://localhost:3030/kg"), detect_kind("http://localhost:3030/kg/sparql")
    ('fuseki', 'fuseki')
    >>> detect_kind("http://localhost:7200/repositories/kg")
    'graphdb'
    """
    path = urlsplit(url).path.rstrip("/")
    if "/repositories/" in path:
        return "graphdb"
    for suffix in _ENDPOINT_PATHS["oxigraph"]:
        if path == suffix:
            return "oxigraph"
    return "oxigraph" if not path else "fuseki"


def _base(url: str, kind: str) -> str:
    """``url`` without a trailing endpoint path of ``kind``, query or fragment."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    for suffix in _ENDPOINT_PATHS.get(kind, ()):
        if path.endswith(suffix):
            path = path[: -len(suffix)]
            break
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def endpoints(url: str | None, kind: str = "auto", *, graph_store: str | None = None,
              update: str | None = None, query: str | None = None) -> Endpoints:
    """The endpoints of the store at ``url`` by the preset of ``kind`` ("auto": detect); explicit URLs win.

    An explicit ``update`` URL without an explicit ``graph_store`` selects update mode.

    >>> endpoints("http://localhost:3030/ds/").graph_store
    'http://localhost:3030/ds/data'
    >>> endpoints("http://127.0.0.1:7878/store").query
    'http://127.0.0.1:7878/query'
    >>> endpoints("http://localhost:7878", update="http://localhost:7878/update").graph_store is None
    True
    """
    if kind != "auto" and kind not in KINDS:
        raise ValueError(f"unknown store kind {kind!r}; choose one of: auto, {', '.join(KINDS)}")
    if kind == "auto":
        kind = detect_kind(url) if url else "generic"
    base = _base(url, kind) if url else None
    gsp, upd, qry = (None if base is None or path is None else base + path for path in KINDS[kind])
    if update and not graph_store:
        gsp = None
    return Endpoints(graph_store or gsp, update or upd, query or qry, kind)
