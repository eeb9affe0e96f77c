"""kg load against a real OpenLink Virtuoso server (Debian's virtuoso-opensource).

Virtuoso is the second real triplestore of the suite, a different implementation from
Oxigraph: its Graph Store Protocol lives at /sparql-graph-crud, its update and query
endpoints share /sparql, and its default graph is the union of all graphs. The server
runs on free loopback ports over a temp database; the SPARQL user is granted update
rights, as a Virtuoso admin would for a loading account. Without the binary the tests
skip locally and fail in CI (``make test`` installs the package).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.store import Endpoints, TripleStore, endpoints

from storecases import EX, KGO, LITERALS, LITERALS_TTL, POLEN, TEST_GRAPH, free_port, stop_process, wait_until_answering

pytestmark = pytest.mark.server
runner = CliRunner()

INI = """[Database]
DatabaseFile = {d}/kg.db
ErrorLogFile = {d}/kg.log
LockFile = {d}/kg.lck
TransactionFile = {d}/kg.trx
xa_persistent_file = {d}/kg.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/kg-temp.db
TransactionFile = {d}/kg-temp.trx
[Parameters]
ServerPort = {sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = {http}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
"""
GRANTS = "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 7);"


def _binaries() -> tuple[str, str]:
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if server and isql:
        return server, isql
    msg = "Virtuoso not found (virtuoso-t, isql-vt): install Debian's virtuoso-opensource (make test does)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(msg)
    pytest.skip(msg)


@pytest.fixture(scope="module")
def virtuoso_url(tmp_path_factory) -> str:
    server, isql = _binaries()
    d = tmp_path_factory.mktemp("virtuoso")
    sql, http = free_port(), free_port()
    (d / "virtuoso.ini").write_text(INI.format(d=d, sql=sql, http=http), encoding="utf-8")
    log = (d / "server.out").open("wb")
    proc = subprocess.Popen([server, "+foreground", "+configfile", str(d / "virtuoso.ini")], cwd=d,
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{http}"
    try:
        wait_until_answering(proc, f"{url}/sparql?query=ASK%7B%7D", "virtuoso", d / "server.out", 90)
        subprocess.run([isql, str(sql), "dba", "dba", f"exec={GRANTS}"], check=True, capture_output=True, timeout=60)
        yield url
    finally:
        stop_process(proc, 30)
        log.close()


@pytest.fixture()
def vep(virtuoso_url) -> Endpoints:
    """Virtuoso's endpoints, with kg's test graphs dropped before each test."""
    e = endpoints(virtuoso_url, "virtuoso")
    client = TripleStore(timeout=60)
    for g in _graphs(client, e):
        if g.startswith(("https://w3id.org/kgnews/", EX, "urn:kg:")):
            client.update(e.update, f"DROP SILENT GRAPH <{g}>")
    return e


def _graphs(client: TripleStore, ep: Endpoints) -> list[str]:
    return [str(r["g"]) for r in client.select(ep.query, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")]


def _kg_counts(client: TripleStore, ep: Endpoints) -> dict[str, int]:
    """Triples per graph of kg's (Virtuoso keeps system graphs of its own beside them)."""
    rows = client.select(ep.query, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {str(r["g"]): int(r["n"]) for r in rows if str(r["g"]).startswith(("https://w3id.org/kgnews/", EX))}


def _value(o):
    """Numbers by value (stores may write 0.70 as 0.7, or narrow integer datatypes)."""
    return o.value if isinstance(o, Literal) and isinstance(o.value, (int, float, Decimal)) else o


def _file_graphs(path: Path) -> dict[str, set]:
    ds = Dataset()
    ds.parse(path, format="trig")
    return {str(g.identifier): {(s, p, _value(o)) for s, p, o in g} for g in ds.graphs() if len(g)}


def _stored(client: TripleStore, ep: Endpoints, iri: str) -> set:
    rows = client.select(ep.query, f"SELECT ?s ?p ?o WHERE {{ GRAPH {URIRef(iri).n3()} {{ ?s ?p ?o }} }}")
    return {(r["s"], r["p"], _value(r["o"])) for r in rows}


def test_virtuoso_cli_load_twice_keeps_the_export_counts(vep, virtuoso_url, two_article_build):
    trig = two_article_build / "kg.trig"
    expected = {g: len(t) for g, t in _file_graphs(trig).items()}
    args = ["load", str(trig), "--endpoint", virtuoso_url, "--kind", "virtuoso", "--verify"]
    for _ in range(2):
        res = runner.invoke(app, args)
        assert res.exit_code == 0, res.output
        first, second = res.stdout.splitlines()
        assert first == f"replaced 2 graph(s) with {sum(expected.values())} triples at {virtuoso_url}/sparql-graph-crud"
        assert second.startswith("verified: the store holds ")
        assert _kg_counts(TripleStore(), vep) == expected


@pytest.mark.parametrize("mode", ["graph store", "update"])
def test_virtuoso_reads_back_what_was_exported(vep, two_article_build, mode):
    trig = two_article_build / "kg.trig"
    ep = vep if mode == "graph store" else Endpoints(None, vep.update, vep.query)
    client = TripleStore(timeout=60)
    client.load([trig], ep, batch_size=100)  # batches: staging graph and one MOVE
    expected = _file_graphs(trig)
    assert {g: _stored(client, vep, g) for g in expected} == expected
    assert not [g for g in _graphs(client, vep) if g.startswith("urn:kg:staging")]


@pytest.mark.parametrize("mode", ["graph store", "update"])
def test_virtuoso_literals_and_injection_stay_text(vep, tmp_path, mode):
    path = tmp_path / "literals.ttl"
    path.write_text(LITERALS_TTL, encoding="utf-8")
    ep = vep if mode == "graph store" else Endpoints(None, vep.update, vep.query)
    client = TripleStore(timeout=60)
    client.load([path], ep, graph=str(TEST_GRAPH))
    rows = client.select(vep.query, f"SELECT ?p ?o WHERE {{ GRAPH <{TEST_GRAPH}> {{ ?s ?p ?o }} }}")
    assert {str(r["p"]).removeprefix(EX): str(r["o"]) for r in rows} == LITERALS
    assert {r["o"].language for r in rows if str(r["p"]) == EX + "umlaut"} == {"de"}


def test_virtuoso_answers_the_competency_question(vep, seed_build):
    client = TripleStore(timeout=60)
    client.load([seed_build / "kg.trig"], vep)
    rows = client.select(vep.query, f"""
        SELECT ?label WHERE {{ GRAPH ?g {{
            ?a <{KGO}supports> <https://w3id.org/kgnews/proposal/peace_mission> ;
               <http://www.w3.org/2000/01/rdf-schema#label> ?label }} }}""")
    assert Literal("Polen", lang="de") in {r["label"] for r in rows}
    assert POLEN.startswith("https://w3id.org/kgnews/")


def test_virtuoso_replacing_one_article_leaves_the_other(vep, two_article_build, tmp_path):
    client = TripleStore(timeout=60)
    trig = two_article_build / "kg.trig"
    client.load([trig], vep)
    graphs = _file_graphs(trig)
    france = next(g for g in graphs if "frankreich" in g)
    (seed,) = set(graphs) - {france}
    ds = Dataset()
    ds.parse(trig, format="trig")
    edited = Dataset()
    g = edited.graph(URIRef(france))
    for t in sorted(ds.graph(URIRef(france)))[1:]:
        g.add(t)
    edited.serialize(tmp_path / "france.trig", format="trig")
    client.load([tmp_path / "france.trig"], vep)
    assert _kg_counts(client, vep) == {france: len(graphs[france]) - 1, seed: len(graphs[seed])}
    assert _stored(client, vep, seed) == graphs[seed]


def test_virtuoso_turtle_into_a_named_graph(vep, seed_build):
    client = TripleStore(timeout=60)
    ttl = seed_build / "kg.ttl"
    n = len(Graph().parse(ttl))
    res = client.load([ttl], vep, graph=str(TEST_GRAPH))
    assert res.graphs == (str(TEST_GRAPH),) and res.triples == n
    assert _kg_counts(client, vep) == {str(TEST_GRAPH): n}
