"""Loading kg exports into a triplestore over the standard SPARQL 1.1 protocols.

Two ways to write, one graph at a time so one article's triples can be replaced alone:

- Graph Store HTTP Protocol: ``PUT`` (replace) or ``POST`` (append) ``{store}?graph=IRI``;
- SPARQL 1.1 Update, for stores without a graph store endpoint: ``DROP SILENT GRAPH`` and
  ``INSERT DATA`` in batches.

Triples travel as N-Triples written by rdflib (every literal escaped on one line, never
string-built from article text). Queries return SPARQL JSON results as rdflib terms.

Example::

    store = TripleStore(timeout=30)
    ep = endpoints("http://127.0.0.1:7878", "oxigraph")
    res = store.load("exports/kg.trig", graph_store_url=ep.graph_store)
    assert store.count(ep.query, graphs=res.graphs) == res.triples
"""

from __future__ import annotations

import base64
import http.client
import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlencode, urlsplit
from urllib.request import Request, build_opener

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD
from rdflib.term import Identifier

from kg.errors import GraphLoadError, StoreError
from kg.rdf.load import guess_format

__all__ = ["KINDS", "BATCH_SIZE", "Endpoints", "endpoints", "LoadResult", "TripleStore", "read_graphs"]

#: Endpoint paths under the store URL per product: (graph store, update, query).
#: ``None`` means the product has no such endpoint; ``""`` is the store URL itself.
KINDS: dict[str, tuple[str | None, str, str]] = {
    "oxigraph": ("/store", "/update", "/query"),
    "fuseki": ("/data", "/update", "/sparql"),
    "graphdb": ("/rdf-graphs/service", "/statements", ""),
    "virtuoso": ("/sparql-graph-crud", "/sparql", "/sparql"),
    "generic": (None, "", ""),
}
#: Triples per INSERT DATA request in update mode.
BATCH_SIZE = 5000

_QUADS = {"trig", "nquads"}
_NT = "text/turtle; charset=utf-8"  # N-Triples is a subset of Turtle, which every store accepts
_JSON = "application/sparql-results+json"
_MAX_GET = 2000  # longer queries go by POST


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where to write and read; ``graph_store`` None means: write with SPARQL Update."""

    graph_store: str | None
    update: str | None
    query: str | None


def endpoints(store: str | None, kind: str = "oxigraph", *, graph_store: str | None = None,
              update: str | None = None, query: str | None = None) -> Endpoints:
    """The endpoints of ``store`` by the preset of ``kind``; explicit URLs win.

    An explicit ``update`` URL without an explicit ``graph_store`` selects update mode.

    >>> endpoints("http://localhost:3030/ds/", "fuseki").graph_store
    'http://localhost:3030/ds/data'
    >>> endpoints("http://localhost:7878", update="http://localhost:7878/update").graph_store is None
    True
    """
    if kind not in KINDS:
        raise ValueError(f"unknown store kind {kind!r}; choose one of: {', '.join(KINDS)}")
    base = store.rstrip("/") if store else None
    gsp, upd, qry = (None if base is None or path is None else base + path for path in KINDS[kind])
    if update and not graph_store:
        gsp = None
    return Endpoints(graph_store or gsp, update or upd, query or qry)


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What a load wrote: the graphs (None = the default graph) and their triples."""

    url: str
    graphs: tuple[URIRef | None, ...]
    triples: int
    replace: bool


def read_graphs(path: Path | str, graph: URIRef | None = None) -> list[tuple[URIRef | None, Graph]]:
    """The graphs of an RDF file, default graph (None) first, then named graphs by IRI.

    TriG and N-Quads keep their named graphs; the triples outside any named graph (all of
    them in Turtle, N-Triples, ...) go to ``graph``, or to the default graph if it is None.
    """
    p = Path(path)
    fmt = guess_format(p)
    if not p.is_file():
        raise GraphLoadError(f"graph file not found: {p}")
    try:
        if fmt in _QUADS:
            ds = Dataset()
            ds.parse(p, format=fmt)
            parts = [(None if g.identifier == DATASET_DEFAULT_GRAPH_ID else g.identifier, g) for g in ds.graphs()]
        else:
            g = Graph()
            g.parse(p, format=fmt)
            parts = [(None, g)]
    except Exception as exc:  # rdflib raises many parser error types
        raise GraphLoadError(f"{p}: not valid {fmt} ({str(exc).splitlines()[0][:200]})") from None
    named = sorted(((name, g) for name, g in parts if name is not None), key=lambda part: str(part[0]))
    default = [(graph, g) for name, g in parts if name is None and len(g)]
    return default + named


class TripleStore:
    """An HTTP client for one triplestore: credentials, timeout and the requests it sends.

    Every failure raises StoreError with the method, URL, HTTP status and the first line
    of the server's message.
    """

    def __init__(self, *, user: str | None = None, password: str | None = None, timeout: float = 60.0) -> None:
        self.timeout = timeout
        self._opener = build_opener()
        self._headers = {"User-Agent": "kg"}
        if user is not None:
            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
            self._headers["Authorization"] = f"Basic {token}"

    # -- writing -------------------------------------------------------------------------

    def load(self, path: Path | str, *, graph_store_url: str, graph: URIRef | None = None,
             replace: bool = True) -> LoadResult:
        """Send each graph of ``path`` with the Graph Store Protocol: PUT replaces, POST appends."""
        parts = read_graphs(path, graph)
        for name, g in parts:
            target = "default" if name is None else f"graph={quote(str(name), safe='')}"
            sep = "&" if "?" in graph_store_url else "?"
            self._send("PUT" if replace else "POST", f"{graph_store_url}{sep}{target}",
                       g.serialize(format="nt", encoding="utf-8"), {"Content-Type": _NT})
        return LoadResult(graph_store_url, tuple(n for n, _ in parts), sum(len(g) for _, g in parts), replace)

    def load_by_update(self, path: Path | str, *, update_url: str, graph: URIRef | None = None,
                       replace: bool = True, batch_size: int = BATCH_SIZE) -> LoadResult:
        """Send each graph of ``path`` as SPARQL Update: ``DROP SILENT GRAPH`` plus ``INSERT DATA``.

        The drop and the first batch go in one request, so a graph of up to ``batch_size``
        triples is replaced atomically. A graph with blank nodes goes in one request, since
        blank node labels only hold within a request.
        """
        parts = read_graphs(path, graph)
        for name, g in parts:
            triples = list(g)
            size = len(triples) if any(isinstance(t, BNode) for tr in triples for t in tr) else batch_size
            batches = [triples[i:i + size] for i in range(0, len(triples), size)] or [[]]
            for i, batch in enumerate(batches):
                ops = [_drop(name)] if i == 0 and replace else []
                if batch:
                    ops.append(_insert_data(name, batch))
                if ops:
                    self.update(update_url, " ;\n".join(ops))
        return LoadResult(update_url, tuple(n for n, _ in parts), sum(len(g) for _, g in parts), replace)

    def update(self, endpoint: str, sparql_update: str) -> None:
        """Run a SPARQL 1.1 Update (POST application/sparql-update)."""
        self._send("POST", endpoint, sparql_update.encode("utf-8"),
                   {"Content-Type": "application/sparql-update; charset=utf-8"})

    # -- reading -------------------------------------------------------------------------

    def select(self, query_endpoint: str, query: str) -> list[dict[str, Identifier]]:
        """Run a SELECT query; one dict per solution, variable name -> rdflib term."""
        headers = {"Accept": _JSON}
        url = f"{query_endpoint}{'&' if '?' in query_endpoint else '?'}{urlencode({'query': query})}"
        if len(url) <= _MAX_GET:
            raw = self._send("GET", url, None, headers, shown=query_endpoint)
        else:
            raw = self._send("POST", query_endpoint, query.encode("utf-8"),
                             {**headers, "Content-Type": "application/sparql-query; charset=utf-8"})
        try:
            rows = json.loads(raw)["results"]["bindings"]
            return [{var: _term(b) for var, b in row.items()} for row in rows]
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{query_endpoint} did not return SPARQL JSON results ({exc})") from None

    def count(self, query_endpoint: str, graphs: tuple[URIRef | None, ...] | None = None) -> int:
        """The number of triples in ``graphs`` (None = the store's default graph).

        A store whose default graph is the union of all graphs (GraphDB, Virtuoso) counts
        its named graphs in the default graph too.
        """
        if graphs is None:
            graphs = (None,)
        named = " ".join(g.n3() for g in graphs if g is not None)
        parts = ([f"{{ VALUES ?g {{ {named} }} GRAPH ?g {{ ?s ?p ?o }} }}"] if named else []) + (
            ["{ ?s ?p ?o }"] if None in graphs else [])
        if not parts:
            return 0
        rows = self.select(query_endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ {' UNION '.join(parts)} }}")
        try:
            return int(rows[0]["n"])
        except (IndexError, KeyError, ValueError):
            raise StoreError(f"{query_endpoint} gave no count: {rows!r:.200}") from None

    # -- HTTP ----------------------------------------------------------------------------

    def _send(self, method: str, url: str, body: bytes | None, headers: dict[str, str],
              shown: str | None = None) -> bytes:
        shown = shown or url
        try:
            if urlsplit(url).scheme not in ("http", "https"):
                raise StoreError(f"not an http(s) URL: {url!r}; expected e.g. http://127.0.0.1:7878")
            req = Request(url, data=body, method=method, headers={**self._headers, **headers})
            with self._opener.open(req, timeout=self.timeout) as resp:
                return resp.read()
        except HTTPError as exc:
            hint = " (check the endpoint URL)" if exc.code == 404 else ""
            raise StoreError(f"{method} {shown} failed: HTTP {exc.code} {exc.reason}: {_first_line(exc.read())}{hint}") from None
        except URLError as exc:
            if isinstance(exc.reason, ConnectionRefusedError):
                where = urlsplit(url)._replace(query="").geturl()
                raise StoreError(f"cannot connect to {where}: connection refused (is the store running?)") from None
            if isinstance(exc.reason, TimeoutError):
                raise StoreError(f"{method} {shown}: no answer within {self.timeout:g} s") from None
            raise StoreError(f"cannot reach {shown}: {exc.reason}") from None
        except TimeoutError:
            raise StoreError(f"{method} {shown}: no answer within {self.timeout:g} s") from None
        except (ValueError, http.client.InvalidURL) as exc:
            raise StoreError(f"invalid URL {url!r}: {exc}") from None
        except (http.client.HTTPException, OSError) as exc:
            raise StoreError(f"{method} {shown} failed: {type(exc).__name__}: {exc}") from None


def _drop(graph: URIRef | None) -> str:
    return "DROP SILENT DEFAULT" if graph is None else f"DROP SILENT GRAPH {graph.n3()}"


def _insert_data(graph: URIRef | None, triples: list) -> str:
    chunk = Graph()
    for t in triples:
        chunk.add(t)
    nt = chunk.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return f"INSERT DATA {{\n{nt}}}" if graph is None else f"INSERT DATA {{ GRAPH {graph.n3()} {{\n{nt}}} }}"


def _term(binding: dict) -> Identifier:
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    datatype = binding.get("datatype")
    if datatype in (str(XSD.string), str(RDF.langString)):
        datatype = None
    return Literal(value, lang=binding.get("xml:lang"), datatype=datatype)


def _first_line(body: bytes) -> str:
    """The first non-empty line of a server's error message, without HTML tags."""
    text = re.sub(r"<[^>]*>", "\n", body.decode("utf-8", errors="replace"))
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "(empty response)")
    return line[:200]
