"""kg.store against a real Oxigraph server: graph store and update modes, replace, query, escaping, errors."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.errors import StoreError
from kg.store import BATCH_SIZE, Endpoints, LoadResult, TripleStore

pytestmark = pytest.mark.server

from storecases import EX, KGO, LITERALS, LITERALS_TTL, POLEN, TEST_GRAPH

MODES = ["graph store", "update"]


def _load(client: TripleStore, ep: Endpoints, mode: str, path: Path, **kw) -> LoadResult:
    if mode == "update":
        ep = Endpoints(None, ep.update, ep.query)
    return client.load([path], ep, **kw)


def _file_counts(path: Path) -> dict[str, int]:
    """Triples per named graph, read by pyoxigraph (independent of rdflib)."""
    quads = pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TRIG)
    return dict(Counter(q.graph_name.value for q in quads if isinstance(q.graph_name, pyoxigraph.NamedNode)))


def _stored_counts(client: TripleStore, ep: Endpoints) -> dict[str, int]:
    rows = client.select(ep.query, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {str(r["g"]): int(r["n"]) for r in rows}


def _stored_graph(client: TripleStore, ep: Endpoints, iri: URIRef) -> Graph:
    g = Graph()
    for r in client.select(ep.query, f"SELECT ?s ?p ?o WHERE {{ GRAPH {iri.n3()} {{ ?s ?p ?o }} }}"):
        g.add((r["s"], r["p"], r["o"]))
    return g


def _by_value(g: Graph) -> set:
    """The triples, numbers compared by value: Oxigraph stores "0.70"^^xsd:decimal as 0.7 and
    xsd:nonNegativeInteger as xsd:integer (see docs/triplestores.md)."""
    return {(s, p, o.value if isinstance(o, Literal) and isinstance(o.value, (int, float, Decimal)) else o)
            for s, p, o in g}


def _file_graphs(path: Path) -> dict[URIRef, Graph]:
    ds = Dataset()
    ds.parse(path, format="trig")
    return {g.identifier: g for g in ds.graphs() if len(g)}


@pytest.mark.parametrize("build", ["seed_build", "two_article_build"])
def test_store_load_trig_puts_every_named_graph(client, ep, request, build):
    trig = request.getfixturevalue(build) / "kg.trig"
    res = client.load([trig], ep)
    expected = _file_counts(trig)
    assert expected == {str(iri): len(g) for iri, g in _file_graphs(trig).items()}  # rdflib agrees
    assert _stored_counts(client, ep) == expected
    assert sorted(map(str, res.graphs)) == sorted(expected)
    assert res.triples == client.count(ep.query, res.graphs) == sum(expected.values())
    assert client.count(ep.query) == 0  # nothing leaked into the default graph


@pytest.mark.parametrize("mode", MODES)
def test_store_reload_replaces_instead_of_duplicating(client, ep, seed_build, mode):
    trig = seed_build / "kg.trig"
    _load(client, ep, mode, trig)
    first = _stored_counts(client, ep)
    (iri,) = first
    client.update(ep.update, f'INSERT DATA {{ GRAPH <{iri}> {{ <urn:kg:stale> <urn:kg:p> "stale" }} }}')
    _load(client, ep, mode, trig)
    assert _stored_counts(client, ep) == first  # the stale triple is gone, nothing doubled


@pytest.mark.parametrize("mode", MODES)
def test_store_append_keeps_what_the_graph_had(client, ep, seed_build, mode):
    trig = seed_build / "kg.trig"
    _load(client, ep, mode, trig)
    first = _stored_counts(client, ep)
    (iri,) = first
    client.update(ep.update, f'INSERT DATA {{ GRAPH <{iri}> {{ <urn:kg:old> <urn:kg:p> "old" }} }}')
    _load(client, ep, mode, trig, replace=False)
    assert _stored_counts(client, ep) == {iri: first[iri] + 1}


@pytest.mark.parametrize("mode", MODES)
def test_store_replacing_one_article_leaves_the_others(client, ep, two_article_build, tmp_path, mode):
    graphs = _file_graphs(two_article_build / "kg.trig")
    assert len(graphs) == 2
    _load(client, ep, mode, two_article_build / "kg.trig")
    france = next(iri for iri in graphs if "frankreich" in iri)
    (seed,) = set(graphs) - {france}
    edited = Dataset()
    corrected = edited.graph(france)
    for t in sorted(graphs[france])[1:]:  # one triple fewer ...
        corrected.add(t)
    corrected.add((URIRef(france.removesuffix("/graph")), RDFS.comment, Literal("korrigiert", lang="de")))  # ... one new
    edited.serialize(tmp_path / "france.trig", format="trig")

    res = _load(client, ep, mode, tmp_path / "france.trig")
    assert res.graphs == (str(france),)
    assert _by_value(_stored_graph(client, ep, france)) == _by_value(corrected)
    assert _by_value(_stored_graph(client, ep, seed)) == _by_value(graphs[seed])


def test_store_sparql_query_finds_polen_supporting_the_peace_mission(client, ep, seed_build):
    client.load([seed_build / "kg.trig"], ep)
    rows = client.select(ep.query, f"""
        SELECT ?a ?label WHERE {{ GRAPH ?g {{
            ?a <{KGO}supports> <https://w3id.org/kgnews/proposal/peace_mission> ; <{RDFS.label}> ?label }} }}""")
    assert (POLEN, Literal("Polen", lang="de")) in {(r["a"], r["label"]) for r in rows}


@pytest.mark.parametrize("batch_size", [BATCH_SIZE, 100])
def test_store_update_mode_matches_graph_store_mode(client, ep, two_article_build, batch_size):
    """Also with batches of 100: graphs then go through a staging graph and one MOVE."""
    trig = two_article_build / "kg.trig"
    client.load([trig], ep)
    by_graph_store = {iri: _by_value(_stored_graph(client, ep, URIRef(iri))) for iri in _stored_counts(client, ep)}
    client.update(ep.update, "DROP ALL")
    for _ in range(2):  # the second load replaces
        res = client.load([trig], Endpoints(None, ep.update, ep.query), batch_size=batch_size)
        assert _stored_counts(client, ep) == {iri: len(t) for iri, t in by_graph_store.items()} == _file_counts(trig)
    assert {iri: _by_value(_stored_graph(client, ep, URIRef(iri))) for iri in by_graph_store} == by_graph_store
    assert by_graph_store == {str(iri): _by_value(g) for iri, g in _file_graphs(trig).items()}
    assert res.triples == sum(map(len, by_graph_store.values()))


@pytest.mark.parametrize("mode", MODES)
def test_store_turtle_goes_to_the_default_graph_or_to_graph(client, ep, seed_build, mode):
    ttl = seed_build / "kg.ttl"
    n = len(Graph().parse(ttl))
    assert _load(client, ep, mode, ttl).graphs == (None,)
    assert client.count(ep.query) == n
    assert _load(client, ep, mode, ttl).triples == client.count(ep.query) == n  # replaced
    res = _load(client, ep, mode, ttl, graph=str(TEST_GRAPH))
    assert res.graphs == (str(TEST_GRAPH),)
    assert _stored_counts(client, ep) == {str(TEST_GRAPH): n}


@pytest.mark.parametrize("mode", MODES)
def test_store_literals_survive_a_round_trip(client, ep, tmp_path, mode):
    path = tmp_path / "literals.ttl"
    path.write_text(LITERALS_TTL, encoding="utf-8")
    source = Graph().parse(path)
    assert {p.removeprefix(EX): str(o) for _, p, o in source} == LITERALS  # the file says what we mean

    _load(client, ep, mode, path, graph=str(TEST_GRAPH))
    stored = _stored_graph(client, ep, TEST_GRAPH)
    assert set(stored) == set(source)
    assert {p.removeprefix(EX): str(o) for _, p, o in stored} == LITERALS
    assert stored.value(URIRef(EX + "s"), URIRef(EX + "umlaut")).language == "de"
    assert _stored_counts(client, ep) == {str(TEST_GRAPH): len(LITERALS)}  # the injection stayed text


def test_store_http_404_names_status_url_and_server_message(client, oxigraph_url, seed_build):
    with pytest.raises(StoreError) as err:
        client.load([seed_build / "kg.trig"], Endpoints(f"{oxigraph_url}/nope", None, None))
    msg = str(err.value)
    assert f"PUT {oxigraph_url}/nope?graph=https%3A%2F%2Fw3id.org" in msg
    assert "HTTP 404 Not Found: " in msg and "\n" not in msg
    assert msg.split("HTTP 404 Not Found: ")[1].strip()  # the server's first line


def test_store_bad_query_reports_the_server_message(client, ep):
    with pytest.raises(StoreError, match=rf"GET {ep.query} failed: HTTP 400 Bad Request: \S"):
        client.select(ep.query, "SELECT nonsense")



# -- the acceptance points of loading: read back, idempotent, staged, a server stopping mid-run ------

def _stored_quads(client: TripleStore, ep: Endpoints) -> dict[str, set]:
    rows = client.select(ep.query, "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    out: dict[str, Graph] = {}
    for r in rows:
        out.setdefault(str(r["g"]), Graph()).add((r["s"], r["p"], r["o"]))
    return {g: _by_value(graph) for g, graph in out.items()}


@pytest.mark.parametrize("batch_size", [BATCH_SIZE, 97])
def test_store_seed_reads_back_equal_to_the_export_and_twice_is_the_same(client, ep, seed_build, batch_size):
    trig = seed_build / "kg.trig"
    expected = {str(iri): _by_value(g) for iri, g in _file_graphs(trig).items()}
    for _ in range(2):
        res = client.load([trig], ep, batch_size=batch_size)
        assert _stored_quads(client, ep) == expected  # no bnodes: equal sets are isomorphic graphs
        assert client.count(ep.query, res.graphs) == res.triples == sum(map(len, expected.values()))
    assert not [g for g in _stored_counts(client, ep) if g.startswith("urn:kg:staging")]


def _many_graphs(path: Path, graphs: int, triples: int) -> Path:
    lines = [f'<urn:s:{g}:{t}> <{KGO}n> "{t}" <https://example.org/article/{g:03d}/graph> .'
             for g in range(graphs) for t in range(triples)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_store_server_stopped_mid_run_gives_a_clear_error_and_no_partial_article(own_server, tmp_path):
    nq = _many_graphs(tmp_path / "many.nq", graphs=12, triples=40)
    ep = Endpoints(own_server.url + "/store", own_server.url + "/update", own_server.url + "/query")
    client = TripleStore(timeout=10, retries=1, sleep=lambda s: None)
    written: list[str | None] = []

    def stop_after_five(part) -> None:
        written.append(part.graph)
        if len(written) == 5:
            own_server.stop()

    with pytest.raises(StoreError, match=rf"cannot connect to {own_server.url}/store: connection refused .*\(after 2 tries\)$"):
        client.load([nq], ep, on_graph=stop_after_five)
    own_server.start()
    stored = _stored_counts(client, ep)
    assert sorted(stored) == sorted(written)  # the graphs written before the stop, nothing after
    assert set(stored.values()) == {40}  # and each of them whole


def test_store_staged_graph_stays_old_when_the_server_stops_between_batches(own_server, tmp_path):
    """A large graph goes in batches to a staging graph; the graph itself changes only with the MOVE."""
    ep = Endpoints(own_server.url + "/store", own_server.url + "/update", own_server.url + "/query")
    old = tmp_path / "old.nt"
    old.write_text(f'<urn:s> <{KGO}n> "alt" .\n', encoding="utf-8")
    big = tmp_path / "big.nt"
    big.write_text("".join(f'<urn:s:{i}> <{KGO}n> "{i}" .\n' for i in range(500)), encoding="utf-8")
    client = TripleStore(timeout=10, retries=0)
    client.load([old], ep, graph="https://example.org/g")

    class StopsAfterTwoBatches(TripleStore):
        posts = 0

        def _send(self, method, url, body, headers, **kw):
            if method == "POST" and "staging" in url:
                StopsAfterTwoBatches.posts += 1
                if StopsAfterTwoBatches.posts == 3:
                    own_server.stop()
            return super()._send(method, url, body, headers, **kw)

    with pytest.raises(StoreError, match="connection refused"):
        StopsAfterTwoBatches(timeout=10, retries=0).load([big], ep, graph="https://example.org/g", batch_size=100)
    own_server.start()
    assert _stored_counts(client, ep)["https://example.org/g"] == 1  # the old graph, untouched
    client.load([big], ep, graph="https://example.org/g", batch_size=100)
    assert _stored_counts(client, ep) == {"https://example.org/g": 500}
