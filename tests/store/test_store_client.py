"""kg.store without a triplestore: reading files, auth, retries, truncated answers, URL and HTTP errors.

A small stub HTTP server answers with scripted replies and records what it was sent.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.errors import GraphLoadError, StoreError
from kg.store import Endpoints, TripleStore, auth_headers, read_parts

COUNT_7 = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "7"}}]}}).encode()


def _no_sleep(_seconds: float) -> None:
    pass


def _client(**kw) -> TripleStore:
    return TripleStore(sleep=_no_sleep, **kw)


# -- reading files ---------------------------------------------------------------------------

def test_store_read_parts_keeps_named_graphs_and_retargets_the_rest(tmp_path):
    trig = tmp_path / "a.trig"
    trig.write_text("<urn:s> <urn:p> 1 . <urn:g2> { <urn:s> <urn:p> 2 } <urn:g1> { <urn:s> <urn:p> 3 . <urn:s> <urn:p> 4 }",
                    encoding="utf-8")
    assert [(p.graph, len(p)) for p in read_parts([trig])] == [(None, 1), ("urn:g1", 2), ("urn:g2", 1)]
    assert [p.graph for p in read_parts([trig], "urn:g0")] == ["urn:g0", "urn:g1", "urn:g2"]


def test_store_read_parts_merges_files_and_drops_duplicates(tmp_path):
    a, b = tmp_path / "a.nt", tmp_path / "b.nq"
    a.write_text("<urn:s> <urn:p> <urn:o> .\n", encoding="utf-8")
    b.write_text("<urn:s> <urn:p> <urn:o> .\n<urn:s> <urn:p> <urn:o> <urn:g> .\n", encoding="utf-8")
    assert [(p.graph, len(p)) for p in read_parts([a, b])] == [(None, 1), ("urn:g", 1)]


def test_store_graph_part_ntriples_escape_hostile_literals(tmp_path):
    ttl = tmp_path / "x.ttl"
    ttl.write_text('<urn:s> <urn:p> "\\" } } ; DROP ALL ; #\\nzwei" .', encoding="utf-8")
    (part,) = read_parts([ttl])
    assert part.ntriples() == b'<urn:s> <urn:p> "\\" } } ; DROP ALL ; #\\nzwei" .\n'


@pytest.mark.parametrize("name, content, message", [
    ("missing.trig", None, "graph file not found"),
    ("graph.xyz", "", "unknown RDF file type '.xyz'"),
    ("bad.ttl", "<urn:s> <urn:p> .", r"bad.ttl: not valid turtle \(Parser error at line 1 column 17"),
    ("bad.trig", "<urn:g> { <urn:s> <urn:p> <urn:o> ", "bad.trig: not valid trig"),
    ("bnode.trig", "_:g { <urn:s> <urn:p> <urn:o> }", "a graph named by a blank node"),
])
def test_store_malformed_input_is_rejected_before_any_request(stub, tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    ok = tmp_path / "ok.ttl"
    ok.write_text("<urn:s> <urn:p> <urn:o> .", encoding="utf-8")
    with pytest.raises(GraphLoadError, match=message):
        _client().load([ok, path], Endpoints(stub.url + "/store", stub.url + "/update", stub.url + "/query"))
    assert stub.seen == []  # the good file before it was not sent either


# -- auth ------------------------------------------------------------------------------------

@pytest.mark.parametrize("env, header", [
    ({"KG_STORE_USER": "kg", "KG_STORE_PASSWORD": "geheim"}, "Basic a2c6Z2VoZWlt"),
    ({"KG_STORE_USER": "kg"}, "Basic a2c6"),
    ({"KG_STORE_TOKEN": "abc.def", "KG_STORE_USER": "kg"}, "Bearer abc.def"),
])
def test_store_auth_headers_come_from_the_environment(env, header):
    assert auth_headers(env) == {"Authorization": header}


def test_store_no_credentials_no_auth_header():
    assert auth_headers({"HOME": "/root"}) == {}


def test_store_sends_auth_and_sparql_headers(stub):
    assert _client(headers=auth_headers({"KG_STORE_TOKEN": "t0k"})).count(stub.url + "/query", ("urn:g",)) == 7
    method, path, headers, _ = stub.seen[0]
    assert method == "GET" and path.startswith("/query?query=SELECT")
    assert headers["Authorization"] == "Bearer t0k"
    assert headers["Accept"] == "application/sparql-results+json"


def test_store_long_query_goes_by_post(stub):
    _client().count(stub.url + "/query", tuple(f"urn:graph:{i}" for i in range(300)))
    method, _, headers, _ = stub.seen[0]
    assert method == "POST" and headers["Content-Type"].startswith("application/sparql-query")


# -- retries ---------------------------------------------------------------------------------

def test_store_retries_idempotent_requests_on_5xx_with_backoff(stub):
    stub.replies = [(503, b"busy"), (502, b"gateway"), (200, COUNT_7)]
    waits: list[float] = []
    assert TripleStore(sleep=waits.append, backoff=0.5).count(stub.url + "/query") == 7
    assert len(stub.seen) == 3 and waits == [0.5, 1.0]


def test_store_gives_up_after_the_retries_and_says_so(stub):
    stub.replies = [(500, b"<h1>Internal error</h1>")] * 5
    with pytest.raises(StoreError, match=r"HTTP 500 Internal Server Error: Internal error \(after 3 tries\)$"):
        _client(retries=2).count(stub.url + "/query")
    assert len(stub.seen) == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 415])
def test_store_never_retries_4xx(stub, status):
    stub.replies = [(status, b"nope")] * 3
    with pytest.raises(StoreError, match=rf"HTTP {status} "):
        _client().count(stub.url + "/query")
    assert len(stub.seen) == 1


def test_store_does_not_retry_a_non_idempotent_append(stub, tmp_path):
    ttl = tmp_path / "b.ttl"
    ttl.write_text("_:b <urn:p> <urn:o> .", encoding="utf-8")  # a blank node: adding twice would duplicate
    stub.replies = [(503, b"busy")] * 3
    with pytest.raises(StoreError, match="HTTP 503"):
        _client().load([ttl], Endpoints(stub.url + "/store", None, None), replace=False)
    assert [s[0] for s in stub.seen] == ["POST"]


def test_store_put_is_retried_and_lands_once(stub, tmp_path):
    ttl = tmp_path / "a.ttl"
    ttl.write_text("<urn:s> <urn:p> <urn:o> .", encoding="utf-8")
    stub.replies = [(500, b"oops"), (204, b"")]
    res = _client().load([ttl], Endpoints(stub.url + "/store", None, None))
    assert [s[0] for s in stub.seen] == ["PUT", "PUT"] and res.triples == 1
    assert stub.seen[-1][1] == "/store?default" and stub.seen[-1][3] == b"<urn:s> <urn:p> <urn:o> .\n"


def test_store_refused_connection_is_retried_then_names_the_url(refused_url, tmp_path):
    ttl = tmp_path / "one.ttl"
    ttl.write_text("<urn:s> <urn:p> <urn:o> .", encoding="utf-8")
    waits: list[float] = []
    with pytest.raises(StoreError, match=rf"^cannot connect to {refused_url}/store: connection refused .*\(after 4 tries\)$"):
        TripleStore(sleep=waits.append).load([ttl], Endpoints(f"{refused_url}/store", None, None))
    assert waits == [0.5, 1.0, 2.0]


# -- truncated and broken answers --------------------------------------------------------------

@pytest.mark.parametrize("mode", ["short", "chunked"])
def test_store_truncated_200_is_an_error_not_a_result(stub, mode):
    stub.truncate = mode
    with pytest.raises(StoreError, match="truncated answer"):
        _client(retries=1).select(stub.url + "/query", "SELECT * WHERE { ?s ?p ?o }")
    assert len(stub.seen) == 2  # a query is idempotent: tried again, then given up


def test_store_incomplete_json_is_an_error(stub):
    stub.replies = [(200, COUNT_7[:-20])]
    with pytest.raises(StoreError, match="did not return complete SPARQL JSON results"):
        _client().select(stub.url + "/query", "SELECT * WHERE { ?s ?p ?o }")


def test_store_timeout_raises_store_error(stub):
    stub.delay = 2.0
    with pytest.raises(StoreError, match=r"no answer within 0.2 s \(after 2 tries\)"):
        _client(timeout=0.2, retries=1).count(stub.url + "/query")


@pytest.mark.parametrize("status, body, message", [
    (401, b"Unauthorized: wrong password\nmore detail",
     r"failed: HTTP 401 Unauthorized: Unauthorized: wrong password \(set KG_STORE_USER/KG_STORE_PASSWORD or KG_STORE_TOKEN\)$"),
    (403, b"Forbidden", r"HTTP 403 Forbidden: Forbidden \(the credentials lack the right\)$"),
    (404, b"<html><body><h1>Not here</h1></body></html>", r"HTTP 404 Not Found: Not here \(check the endpoint URL\)$"),
    (415, b"unsupported media type", r"HTTP 415 Unsupported Media Type: unsupported media type \(the server does not"),
    (200, b"<html>not json</html>", "did not return complete SPARQL JSON results"),
])
def test_store_errors_are_one_line(stub, status, body, message):
    stub.replies = [(status, body)]
    with pytest.raises(StoreError, match=message) as err:
        _client().select(stub.url + "/query", "SELECT * WHERE { ?s ?p ?o }")
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("url, message", [
    ("127.0.0.1:7878/update", r"not an http\(s\) URL: '127.0.0.1:7878/update'"),
    ("ftp://127.0.0.1/update", r"not an http\(s\) URL: 'ftp://127.0.0.1/update'"),
    ("http://bad host/update", "invalid URL 'http://bad host/update'"),
    ("http://[::1/update", r"invalid URL 'http://\[::1/update'"),
])
def test_store_wrong_url_raises_store_error(url, message):
    with pytest.raises(StoreError, match=message):
        _client().update(url, "DROP ALL")


# -- the stub --------------------------------------------------------------------------------

class _Stub(BaseHTTPRequestHandler):
    """Answers with the server's next scripted reply (status, body), after ``delay`` seconds."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.seen.append((self.command, self.path, dict(self.headers), body))
        time.sleep(self.server.delay)
        status, payload = self.server.replies.pop(0) if self.server.replies else (200, COUNT_7)
        self.send_response(status)
        self.send_header("Content-Type", "application/sparql-results+json")
        if self.server.truncate == "chunked":
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"%x\r\n%s\r\n" % (len(payload[:30]), payload[:30]))  # no closing chunk
        elif self.server.truncate == "short":
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload[:30])
        else:
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        self.wfile.flush()
        self.close_connection = True

    do_POST = do_PUT = do_DELETE = do_GET

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def stub():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    server.daemon_threads = True
    server.seen, server.delay, server.replies, server.truncate = [], 0.0, [], None
    server.url = f"http://127.0.0.1:{server.server_port}"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()
