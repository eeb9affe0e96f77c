"""Loading kg exports into a triplestore over the standard SPARQL 1.1 protocols.

Each graph of a file (one per article in ``kg.trig``) is written on its own, so one
article's triples can be replaced alone and a failure never leaves an article half-loaded:

- Graph Store HTTP Protocol: ``PUT`` (replace) or ``POST`` (append) ``{graph-store}?graph=IRI``;
- SPARQL 1.1 Update, for stores without a graph store endpoint: ``DROP SILENT GRAPH`` and
  ``INSERT DATA`` in one request.

A graph larger than ``batch_size`` triples is sent in batches into a staging graph, then
moved onto its name with one SPARQL ``MOVE`` (atomic in the store). Triples travel as
N-Triples written by the RDF library, never string-built from article text.

Requests that can be repeated without changing the outcome (GET, PUT, queries, replacing
updates, adding blank-node-free triples) are retried with exponential backoff on connection
errors, timeouts, truncated answers and 5xx; never on 4xx.

Example::

    store = TripleStore(timeout=30)
    ep = endpoints("http://127.0.0.1:7878")
    res = store.load([Path("exports/kg.trig")], ep)
    assert store.count(ep.query, res.graphs) == res.triples
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlencode, urlsplit
from urllib.request import Request, build_opener

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Identifier

from kg.errors import StoreError
from kg.store.endpoints import Endpoints
from kg.store.parts import GraphPart, read_parts

__all__ = ["BATCH_SIZE", "LoadResult", "TripleStore", "auth_headers"]

#: Triples per request; larger graphs go through a staging graph.
BATCH_SIZE = 50_000

_NT = "text/turtle; charset=utf-8"  # N-Triples is a subset of Turtle, which every store accepts
_JSON = "application/sparql-results+json"
_MAX_GET = 2000  # longer queries go by POST


def auth_headers(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The Authorization header from the environment, never from the command line.

    ``KG_STORE_TOKEN`` sends ``Bearer``; ``KG_STORE_USER`` (with ``KG_STORE_PASSWORD``) basic auth.

    >>> auth_headers({"KG_STORE_USER": "kg", "KG_STORE_PASSWORD": "geheim"})
    {'Authorization': 'Basic a2c6Z2VoZWlt'}
    >>> auth_headers({"KG_STORE_TOKEN": "t0k"})
    {'Authorization': 'Bearer t0k'}
    """
    env = os.environ if environ is None else environ
    if env.get("KG_STORE_TOKEN"):
        return {"Authorization": f"Bearer {env['KG_STORE_TOKEN']}"}
    if env.get("KG_STORE_USER"):
        token = base64.b64encode(f"{env['KG_STORE_USER']}:{env.get('KG_STORE_PASSWORD', '')}".encode()).decode("ascii")
        return {"Authorization": f"Basic {token}"}
    return {}


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What a load wrote: the graphs (None = the default graph), their triples, and where."""

    url: str
    graphs: tuple[str | None, ...]
    triples: int
    replace: bool


class _Retryable(StoreError):
    """A failure worth another try: no connection, timeout, truncated answer, 5xx."""


class TripleStore:
    """An HTTP client for one triplestore: credentials, timeout, retries, and the requests it sends.

    Every failure raises StoreError with the method, URL, HTTP status and the first line
    of the server's message.
    """

    def __init__(self, *, headers: Mapping[str, str] | None = None, timeout: float = 60.0, retries: int = 3,
                 backoff: float = 0.5, sleep: Callable[[float], None] = time.sleep) -> None:
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        self._opener = build_opener()
        self._headers = {"User-Agent": "kg", **(headers or {})}

    # -- writing -------------------------------------------------------------------------

    def load(self, paths: list[Path] | tuple[Path, ...], ep: Endpoints, *, graph: str | None = None,
             replace: bool = True, batch_size: int = BATCH_SIZE,
             on_graph: Callable[[GraphPart], None] | None = None) -> LoadResult:
        """Write every graph of ``paths`` to the store, one graph at a time.

        All files are parsed first: malformed input raises GraphLoadError before any request.
        ``on_graph`` is called after each graph is written (progress).
        """
        if not (ep.graph_store or ep.update):
            raise StoreError("no graph store or update endpoint to write to")
        parts = read_parts(paths, graph)
        for part in parts:
            if len(part) <= batch_size or part.has_bnodes:
                self._write_whole(part, ep, replace)
            elif ep.update:
                self._write_staged(part, ep, replace, batch_size)
            else:  # no update endpoint to move a staging graph: one request, still atomic
                self._write_whole(part, ep, replace)
            if on_graph:
                on_graph(part)
        return LoadResult(ep.graph_store or ep.update or "", tuple(p.graph for p in parts),
                          sum(map(len, parts)), replace)

    def _write_whole(self, part: GraphPart, ep: Endpoints, replace: bool) -> None:
        if ep.graph_store:
            self._send("PUT" if replace else "POST", _graph_url(ep.graph_store, part.graph), part.ntriples(),
                       {"Content-Type": _NT}, idempotent=replace or not part.has_bnodes)
        else:
            ops = ([_drop(part)] if replace else []) + [_insert_data(part, part.ntriples())]
            self.update(ep.update, " ;\n".join(ops), idempotent=replace)

    def _write_staged(self, part: GraphPart, ep: Endpoints, replace: bool, batch_size: int) -> None:
        """Batches into a staging graph, then one MOVE (replace) or ADD (append) onto the graph."""
        staging = part.staging()
        try:
            self.update(ep.update, _drop(staging), idempotent=True)
            for start in range(0, len(part), batch_size):
                body = part.ntriples(start, start + batch_size)
                if ep.graph_store:
                    self._send("POST", _graph_url(ep.graph_store, staging.graph), body, {"Content-Type": _NT},
                               idempotent=True)  # no blank nodes: adding the same triples twice changes nothing
                else:
                    self.update(ep.update, _insert_data(staging, body), idempotent=True)
            self.update(ep.update, part.move(staging, replace), idempotent=False)
        finally:
            try:
                self.update(ep.update, _drop(staging), idempotent=True)
            except StoreError:
                pass

    def update(self, endpoint: str, sparql_update: str, *, idempotent: bool = False) -> None:
        """Run a SPARQL 1.1 Update (POST application/sparql-update)."""
        self._send("POST", endpoint, sparql_update.encode("utf-8"),
                   {"Content-Type": "application/sparql-update; charset=utf-8"}, idempotent=idempotent)

    # -- reading -------------------------------------------------------------------------

    def select(self, query_endpoint: str, query: str) -> list[dict[str, Identifier]]:
        """Run a SELECT query; one dict per solution, variable name -> rdflib term.

        A body that is not complete SPARQL JSON (e.g. cut off by a server-side timeout
        after a 200 status) raises StoreError; it is never taken as a partial result.
        """
        headers = {"Accept": _JSON}
        url = f"{query_endpoint}{'&' if '?' in query_endpoint else '?'}{urlencode({'query': query})}"
        if len(url) <= _MAX_GET:
            raw = self._send("GET", url, None, headers, idempotent=True, shown=query_endpoint)
        else:
            raw = self._send("POST", query_endpoint, query.encode("utf-8"),
                             {**headers, "Content-Type": "application/sparql-query; charset=utf-8"}, idempotent=True)
        try:
            rows = json.loads(raw)["results"]["bindings"]
            return [{var: _term(b) for var, b in row.items()} for row in rows]
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{query_endpoint} did not return complete SPARQL JSON results ({str(exc)[:120]})") from None

    def count(self, query_endpoint: str, graphs: tuple[str | None, ...] | None = None) -> int:
        """The number of triples in ``graphs`` (None = the store's default graph).

        A store whose default graph is the union of all graphs (GraphDB, Virtuoso) counts
        its named graphs in the default graph too.
        """
        if graphs is None:
            graphs = (None,)
        named = " ".join(URIRef(g).n3() for g in graphs if g is not None)
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

    def _send(self, method: str, url: str, body: bytes | None, headers: dict[str, str], *,
              idempotent: bool, shown: str | None = None) -> bytes:
        """One request; idempotent ones are retried with backoff on connection errors, timeouts and 5xx."""
        attempts = 1 + (self.retries if idempotent else 0)
        for attempt in range(attempts):
            try:
                return self._send_once(method, url, body, headers, shown or url)
            except _Retryable as exc:
                if attempt + 1 == attempts:
                    tries = f" (after {attempts} tries)" if attempts > 1 else ""
                    raise StoreError(f"{exc}{tries}") from None
                self._sleep(self.backoff * 2 ** attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _send_once(self, method: str, url: str, body: bytes | None, headers: dict[str, str], shown: str) -> bytes:
        try:
            if urlsplit(url).scheme not in ("http", "https"):
                raise StoreError(f"not an http(s) URL: {url!r}; expected e.g. http://127.0.0.1:7878")
            req = Request(url, data=body, method=method, headers={**self._headers, **headers})
            with self._opener.open(req, timeout=self.timeout) as resp:
                data = resp.read()
                expected = resp.headers.get("Content-Length")
                if expected is not None and expected.isdigit() and int(expected) != len(data):
                    raise _Retryable(f"{method} {shown}: truncated answer ({len(data)} of {expected} bytes)")
                return data
        except HTTPError as exc:
            message = f"{method} {shown} failed: HTTP {exc.code} {exc.reason}: {_first_line(exc.read())}"
            if exc.code >= 500:
                raise _Retryable(message) from None
            hint = {401: " (set KG_STORE_USER/KG_STORE_PASSWORD or KG_STORE_TOKEN)",
                    403: " (the credentials lack the right)", 404: " (check the endpoint URL)",
                    415: " (the server does not accept this content type)"}.get(exc.code, "")
            raise StoreError(message + hint) from None
        except http.client.IncompleteRead as exc:
            raise _Retryable(f"{method} {shown}: truncated answer ({len(exc.partial)} bytes, connection closed)") from None
        except URLError as exc:
            if isinstance(exc.reason, ConnectionRefusedError):
                where = urlsplit(url)._replace(query="").geturl()
                raise _Retryable(f"cannot connect to {where}: connection refused (is the store running?)") from None
            if isinstance(exc.reason, TimeoutError):
                raise _Retryable(f"{method} {shown}: no answer within {self.timeout:g} s") from None
            if isinstance(exc.reason, OSError):
                raise _Retryable(f"cannot reach {shown}: {exc.reason}") from None
            raise StoreError(f"cannot reach {shown}: {exc.reason}") from None
        except TimeoutError:
            raise _Retryable(f"{method} {shown}: no answer within {self.timeout:g} s") from None
        except (ValueError, http.client.InvalidURL) as exc:
            raise StoreError(f"invalid URL {url!r}: {exc}") from None
        except (http.client.HTTPException, ConnectionError) as exc:
            raise _Retryable(f"{method} {shown} failed: {type(exc).__name__}: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{method} {shown} failed: {type(exc).__name__}: {exc}") from None


def _graph_url(graph_store: str, graph: str | None) -> str:
    target = "default" if graph is None else f"graph={quote(graph, safe='')}"
    return f"{graph_store}{'&' if '?' in graph_store else '?'}{target}"


def _drop(part: GraphPart) -> str:
    return "DROP SILENT DEFAULT" if part.graph is None else f"DROP SILENT GRAPH {part.term()}"


def _insert_data(part: GraphPart, ntriples: bytes) -> str:
    nt = ntriples.decode("utf-8")
    return f"INSERT DATA {{\n{nt}}}" if part.graph is None else f"INSERT DATA {{ GRAPH {part.term()} {{\n{nt}}} }}"


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
