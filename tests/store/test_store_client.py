"""kg.store without a triplestore: endpoint presets, reading files, URL and HTTP errors, auth, timeout."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rdflib import URIRef

from kg.errors import GraphLoadError, StoreError
from kg.store import KINDS, Endpoints, TripleStore, endpoints, read_graphs


@pytest.mark.parametrize("kind, store, expected", [
    ("oxigraph", "http://127.0.0.1:7878",
     ("http://127.0.0.1:7878/store", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/query")),
    ("fuseki", "http://host:3030/kg/",
     ("http://host:3030/kg/data", "http://host:3030/kg/update", "http://host:3030/kg/sparql")),
    ("graphdb", "http://host:7200/repositories/kg",
     ("http://host:7200/repositories/kg/rdf-graphs/service", "http://host:7200/repositories/kg/statements",
      "http://host:7200/repositories/kg")),
    ("virtuoso", "http://host:8890",
     ("http://host:8890/sparql-graph-crud", "http://host:8890/sparql", "http://host:8890/sparql")),
    ("generic", "http://host/sparql", (None, "http://host/sparql", "http://host/sparql")),
])
def test_store_endpoints_presets(kind, store, expected):
    assert endpoints(store, kind) == Endpoints(*expected)


def test_store_endpoints_explicit_urls_win():
    ep = endpoints("http://h:3030/ds", "fuseki", query="http://q/sparql", graph_store="http://g/data")
    assert ep == Endpoints("http://g/data", "http://h:3030/ds/update", "http://q/sparql")
    # an explicit update URL alone selects update mode
    assert endpoints("http://h:7878", update="http://h:7878/update").graph_store is None
    assert endpoints(None, graph_store="http://g/store") == Endpoints("http://g/store", None, None)
    with pytest.raises(ValueError, match="choose one of: " + ", ".join(KINDS)):
        endpoints("http://h", "blazegraph")


def test_store_read_graphs_keeps_named_graphs_and_retargets_the_rest(tmp_path):
    trig = tmp_path / "a.trig"
    trig.write_text("<urn:s> <urn:p> 1 . <urn:g2> { <urn:s> <urn:p> 2 } <urn:g1> { <urn:s> <urn:p> 3 }", encoding="utf-8")
    assert [(name, len(g)) for name, g in read_graphs(trig)] == [(None, 1), (URIRef("urn:g1"), 1), (URIRef("urn:g2"), 1)]
    assert [name for name, _ in read_graphs(trig, URIRef("urn:g0"))] == [URIRef("urn:g0"), URIRef("urn:g1"), URIRef("urn:g2")]


@pytest.mark.parametrize("name, content, message", [
    ("missing.trig", None, "graph file not found"),
    ("graph.xyz", "", "unknown RDF file type '.xyz'"),
    ("bad.ttl", "<urn:s> <urn:p> .", "bad.ttl: not valid turtle"),
])
def test_store_unreadable_graph_file_raises_before_any_request(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphLoadError, match=message):
        TripleStore().load(path, graph_store_url="http://127.0.0.1:9/store")


@pytest.mark.parametrize("url, message", [
    ("127.0.0.1:7878/update", r"not an http\(s\) URL: '127.0.0.1:7878/update'"),
    ("ftp://127.0.0.1/update", r"not an http\(s\) URL: 'ftp://127.0.0.1/update'"),
    ("http://bad host/update", "invalid URL 'http://bad host/update'"),
    ("http://[::1/update", r"invalid URL 'http://\[::1/update'"),
    ("http:///update", "cannot reach http:///update"),
])
def test_store_wrong_url_raises_store_error(url, message):
    with pytest.raises(StoreError, match=message):
        TripleStore().update(url, "DROP ALL")


def test_store_refused_connection_names_the_url(refused_url, tmp_path):
    ttl = tmp_path / "one.ttl"
    ttl.write_text("<urn:s> <urn:p> <urn:o> .", encoding="utf-8")
    with pytest.raises(StoreError, match=rf"^cannot connect to {refused_url}/store: connection refused"):
        TripleStore().load(ttl, graph_store_url=f"{refused_url}/store")
    with pytest.raises(StoreError, match=rf"^cannot connect to {refused_url}/query: connection refused"):
        TripleStore().count(f"{refused_url}/query")


class _Stub(BaseHTTPRequestHandler):
    """Answers every request with the server's ``reply`` (status, body), after ``delay`` seconds."""

    def do_GET(self) -> None:
        self.server.seen.append((self.command, self.path, dict(self.headers)))
        time.sleep(self.server.delay)
        status, body = self.server.reply
        self.send_response(status)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_PUT = do_GET

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def stub():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    server.daemon_threads = True
    server.seen, server.delay = [], 0.0
    server.reply = (200, json.dumps({"results": {"bindings": [{"n": {"type": "literal", "value": "7"}}]}}).encode())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def test_store_sends_basic_auth_and_sparql_headers(stub):
    url = f"http://127.0.0.1:{stub.server_port}/query"
    assert TripleStore(user="kg", password="geheim").count(url, (URIRef("urn:g"),)) == 7
    method, path, headers = stub.seen[0]
    assert method == "GET" and path.startswith("/query?query=SELECT")
    assert headers["Authorization"] == "Basic a2c6Z2VoZWlt"  # kg:geheim
    assert headers["Accept"] == "application/sparql-results+json"


def test_store_long_query_goes_by_post(stub):
    url = f"http://127.0.0.1:{stub.server_port}/query"
    TripleStore().count(url, tuple(URIRef(f"urn:graph:{i}") for i in range(300)))
    method, _, headers = stub.seen[0]
    assert method == "POST" and headers["Content-Type"].startswith("application/sparql-query")


def test_store_timeout_raises_store_error(stub):
    stub.delay = 2.0
    with pytest.raises(StoreError, match=r"no answer within 0.2 s"):
        TripleStore(timeout=0.2).count(f"http://127.0.0.1:{stub.server_port}/query")


@pytest.mark.parametrize("status, body, message", [
    (401, b"Unauthorized: wrong password\nmore detail", "failed: HTTP 401 Unauthorized: Unauthorized: wrong password$"),
    (500, b"<html><body><h1>Internal error</h1><p>trace</p></body></html>", "HTTP 500 Internal Server Error: Internal error$"),
    (200, b"<html>not json</html>", "did not return SPARQL JSON results"),
])
def test_store_server_errors_give_one_line(stub, status, body, message):
    stub.reply = (status, body)
    with pytest.raises(StoreError, match=message):
        TripleStore().select(f"http://127.0.0.1:{stub.server_port}/query", "SELECT * WHERE { ?s ?p ?o }")
