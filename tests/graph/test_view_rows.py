"""The networkx view's rows: direct lookups equal the SPARQL specification, and merge per article."""

from __future__ import annotations

from rdflib import Graph

from kg.graph.view import ViewRows, sparql_view_rows, to_networkx, view_from_rows, view_rows
from kg.rdf.mapping import extraction_graph


def test_view_rows_equal_the_sparql_queries(seed_graph):
    assert view_rows(seed_graph) == sparql_view_rows(seed_graph)


def test_view_rows_of_articles_merge_to_the_rows_of_the_union(extract):
    texts = ["Polen fordert eine Flugverbotszone. Kanzler Olaf Scholz lehnt das ab.",
             "Olaf Scholz (SPD) lehnt Kampfjets ab. Die USA liefern 40 Panzer nach Kiew.",
             "Frankreich und Polen fordern schwere Waffen, sagte Außenministerin Annalena Baerbock."]
    graphs = [_renamed(extract(t), f"{n}.txt") for n, t in enumerate(texts)]
    union = Graph()
    merged = ViewRows()
    for g in graphs:
        for t in g:
            union.add(t)
        merged = merged | view_rows(g)
    assert merged == view_rows(union)
    a, b = view_from_rows(merged), to_networkx(union)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_view_rows_round_trip_json(seed_graph):
    rows = view_rows(seed_graph)
    assert ViewRows.from_json(rows.to_json()) == rows


def _renamed(x, source: str):
    from dataclasses import replace

    return extraction_graph(replace(x, article=replace(x.article, source=source)))
