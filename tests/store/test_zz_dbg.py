import pytest
from rdflib import Dataset, URIRef, Literal, Graph
pytestmark = pytest.mark.server
def test_dbg(client, ep, two_article_build, tmp_path):
    ds = Dataset(); ds.parse(two_article_build / "kg.trig", format="trig")
    graphs = {g.identifier: g for g in ds.graphs() if len(g)}
    france = next(iri for iri in graphs if "frankreich" in iri)
    client.load(two_article_build / "kg.trig", graph_store_url=ep.graph_store)
    g = Graph()
    for r in client.select(ep.query, f"SELECT ?s ?p ?o WHERE {{ GRAPH {france.n3()} {{ ?s ?p ?o }} }}"):
        g.add((r["s"], r["p"], r["o"]))
    a, b = set(g), set(graphs[france])
    for t in sorted(a - b, key=str): print("L", t[1], repr(t[2]))
    for t in sorted(b - a, key=str): print("R", t[1], repr(t[2]))
