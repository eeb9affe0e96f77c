"""Endpoint layouts: Oxigraph and Fuseki recognised from the base URL, presets, explicit URLs."""

from __future__ import annotations

import pytest

from kg.store import KINDS, Endpoints, detect_kind, endpoints

OX = ("http://127.0.0.1:7878/store", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/query", "oxigraph")
FU = ("http://host:3030/kg/data", "http://host:3030/kg/update", "http://host:3030/kg/sparql", "fuseki")


@pytest.mark.parametrize("url, expected", [
    ("http://127.0.0.1:7878", OX),
    ("http://127.0.0.1:7878/", OX),
    ("http://127.0.0.1:7878/store", OX),
    ("http://127.0.0.1:7878/query", OX),
    ("http://127.0.0.1:7878/update?x=1", OX),
    ("http://host:3030/kg", FU),
    ("http://host:3030/kg/", FU),
    ("http://host:3030/kg/sparql", FU),
    ("http://host:3030/kg/query", FU),
    ("http://host:3030/kg/data", FU),
    ("http://host:3030/kg/update", FU),
    ("http://host:7200/repositories/kg",
     ("http://host:7200/repositories/kg/rdf-graphs/service", "http://host:7200/repositories/kg/statements",
      "http://host:7200/repositories/kg", "graphdb")),
])
def test_endpoints_recognised_from_the_base_url(url, expected):
    assert endpoints(url) == Endpoints(*expected)


@pytest.mark.parametrize("kind, url, expected", [
    ("oxigraph", "http://127.0.0.1:7878", OX),
    ("fuseki", "http://host:3030/kg/", FU),
    ("virtuoso", "http://host:8890",
     ("http://host:8890/sparql-graph-crud", "http://host:8890/sparql", "http://host:8890/sparql", "virtuoso")),
    ("generic", "http://host/sparql", (None, "http://host/sparql", "http://host/sparql", "generic")),
    ("stardog", "http://host:5820/kg/query",
     ("http://host:5820/kg", "http://host:5820/kg/update", "http://host:5820/kg/query", "stardog")),
])
def test_endpoints_presets(kind, url, expected):
    assert endpoints(url, kind) == Endpoints(*expected)


def test_endpoints_explicit_urls_win():
    ep = endpoints("http://h:3030/ds", query="http://q/sparql", graph_store="http://g/data")
    assert ep == Endpoints("http://g/data", "http://h:3030/ds/update", "http://q/sparql", "fuseki")
    # an explicit update URL alone selects update mode
    assert endpoints("http://h:7878", update="http://h:7878/update").graph_store is None
    assert endpoints(None, graph_store="http://g/store") == Endpoints("http://g/store", None, None, "generic")
    with pytest.raises(ValueError, match="choose one of: auto, " + ", ".join(KINDS)):
        endpoints("http://h", "blazegraph")


@pytest.mark.parametrize("url, kind", [("http://localhost:7878", "oxigraph"), ("https://kg.example.org/ds", "fuseki"),
                                       ("http://h:7200/repositories/r/", "graphdb")])
def test_endpoints_detect_kind(url, kind):
    assert detect_kind(url) == kind


@pytest.mark.parametrize("name", ["kg.store.endpoints", "kg.store.remote", "kg.rdf.formats"])
def test_endpoints_doctests_pass(name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
