"""`kg load`: embedded store by default, external stores by --endpoint; counts, auth, errors and exit codes."""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph
import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def _triples(stdout: str) -> list[int]:
    return [int(n) for n in re.findall(r"(\d+) triples", stdout)]


def _export_triples(path) -> int:
    return sum(1 for _ in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TRIG))


@pytest.mark.server
@pytest.mark.parametrize("extra", [[], ["--update", "{update}"], ["--batch-size", "100"]])
def test_cli_load_endpoint_twice_same_count_as_the_export(ep, oxigraph_url, two_article_build, extra):
    trig = two_article_build / "kg.trig"
    args = ["load", str(trig), "--endpoint", oxigraph_url, "--verify", *[a.format(update=ep.update) for a in extra]]
    for _ in range(2):
        res = runner.invoke(app, args)
        assert res.exit_code == 0, res.output
        first, second = res.stdout.splitlines()
        assert first.startswith("replaced 2 graph(s) with ") and f"at {oxigraph_url}/" in first
        assert second.startswith("verified: the store holds ")
        assert _triples(res.stdout) == [_export_triples(trig)] * 2


@pytest.mark.server
def test_cli_load_turtle_into_a_named_graph_and_append(ep, oxigraph_url, seed_build):
    ttl = str(seed_build / "kg.ttl")
    res = runner.invoke(app, ["load", ttl, "--endpoint", oxigraph_url + "/store", "--graph", "https://example.org/g"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["load", ttl, "--endpoint", oxigraph_url, "--graph", "https://example.org/g", "--append", "--verify"])
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("appended to 1 graph(s) with ")
    loaded, stored = _triples(res.stdout)
    assert loaded == stored


def test_cli_load_defaults_to_the_embedded_store_under_exports(tmp_path, seed_build, monkeypatch):
    monkeypatch.chdir(tmp_path)
    trig = seed_build / "kg.trig"
    for _ in range(2):
        res = runner.invoke(app, ["load", str(trig), "--verify"])
        assert res.exit_code == 0, res.output
        assert res.stdout.splitlines()[0].endswith(f"triples in {'exports/store'}")
        assert _triples(res.stdout) == [_export_triples(trig)] * 2
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    res = runner.invoke(app, ["sparql", "--store", "exports/store", q, "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines() == ["n", str(_export_triples(trig))]


def test_cli_load_sends_credentials_from_the_environment_only(tmp_path, seed_build, plain):
    seen: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            seen.append(dict(self.headers))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        env = {"KG_STORE_USER": "analyst", "KG_STORE_PASSWORD": "s3cret"}
        res = runner.invoke(app, ["load", str(seed_build / "kg.trig"), "--endpoint", url], env=env)
        assert res.exit_code == 0, res.output
        assert seen[-1]["Authorization"] == "Basic YW5hbHlzdDpzM2NyZXQ="
        assert seen[-1]["Content-Type"].startswith("text/turtle")
        res = runner.invoke(app, ["load", str(seed_build / "kg.trig"), "--endpoint", url], env={"KG_STORE_TOKEN": "tok"})
        assert res.exit_code == 0 and seen[-1]["Authorization"] == "Bearer tok"
    finally:
        server.shutdown()
        server.server_close()
    res = runner.invoke(app, ["load", str(seed_build / "kg.trig"), "--endpoint", url, "--password", "x"])
    assert res.exit_code == 2 and "No such option: --password" in plain(res.output)  # never on the command line


def test_cli_load_refused_port_exits_6_with_one_line(refused_url, seed_build):
    res = runner.invoke(app, ["load", str(seed_build / "kg.trig"), "--endpoint", refused_url, "--retries", "0"])
    assert res.exit_code == 6
    assert res.stdout == ""
    assert res.stderr.startswith(f"kg: error: cannot connect to {refused_url}/store: connection refused")
    assert res.stderr.count("\n") == 1


def test_cli_load_unreadable_graph_file_exits_3(tmp_path, refused_url):
    res = runner.invoke(app, ["load", str(tmp_path / "missing.trig"), "--endpoint", refused_url])
    assert res.exit_code == 3
    assert res.stderr == f"kg: error: graph file not found: {tmp_path / 'missing.trig'}\n"


def test_cli_load_store_in_use_is_a_clear_error(tmp_path, seed_build):
    from kg.store import EmbeddedStore

    held = EmbeddedStore(tmp_path / "db")  # this process holds the store open for writing
    res = runner.invoke(app, ["load", str(seed_build / "kg.trig"), "--store", str(tmp_path / "db")])
    assert res.exit_code == 6, res.output
    assert f"cannot open the store at {tmp_path / 'db'}" in res.stderr
    del held


@pytest.mark.parametrize("args", [["--graph", "not-an-iri"], ["--graph", "https://example.org/a b"],
                                  ["--kind", "blazegraph"], ["--store", "x", "--endpoint", "http://127.0.0.1:9"]])
def test_cli_load_usage_errors_exit_2(tmp_path, args):
    res = runner.invoke(app, ["load", str(tmp_path / "kg.ttl"), "--endpoint", "http://127.0.0.1:9", *args])
    assert res.exit_code == 2, res.output


def test_cli_load_json_ld_file(tmp_path):
    doc = {"@id": "https://example.org/s", "https://example.org/p": "Wert"}
    path = tmp_path / "one.jsonld"
    path.write_text(json.dumps(doc), encoding="utf-8")
    res = runner.invoke(app, ["load", str(path), "--store", str(tmp_path / "db"), "--verify"])
    assert res.exit_code == 0, res.output
    assert _triples(res.stdout) == [1, 1]


@pytest.mark.server
def test_cli_acceptance_load_the_committed_export_twice_and_count(ep, oxigraph_url):
    """The issue's check: `kg load exports/kg.trig --endpoint URL`, then a count query, twice."""
    from pathlib import Path

    from kg.store import TripleStore

    trig = Path(__file__).resolve().parents[2] / "exports" / "kg.trig"
    for _ in range(2):
        res = runner.invoke(app, ["load", str(trig), "--endpoint", oxigraph_url])
        assert res.exit_code == 0, res.output
        rows = TripleStore().select(ep.query, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert int(rows[0]["n"]) == _export_triples(trig)
