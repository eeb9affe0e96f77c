from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest

from kg.graph.view import to_networkx


def test_view_node_types(toy: nx.MultiDiGraph) -> None:
    types = Counter(d["type"] for _, d in toy.nodes(data=True))
    assert types == {"Country": 6, "Person": 1, "Proposal": 3, "Event": 1}


def test_view_edge_kinds(toy: nx.MultiDiGraph) -> None:
    kinds = Counter(d["kind"] for *_, d in toy.edges(data=True))
    assert kinds == {"position": 11, "participant": 2, "about": 1, "post": 1}


@pytest.mark.parametrize(
    ("kwargs", "kinds"),
    [({"events": False}, {"position", "post"}), ({"relations": False}, {"position", "participant", "about"}),
     ({"events": False, "relations": False}, {"position"})],
)
def test_view_optional_parts(toy_rdf, kwargs: dict, kinds: set[str]) -> None:
    G = to_networkx(toy_rdf, **kwargs)
    assert {d["kind"] for *_, d in G.edges(data=True)} == kinds


def test_view_position_attributes(toy: nx.MultiDiGraph) -> None:
    polen = "https://w3id.org/kgnews/id/actor/polen"
    edges = sorted((d["date"], d["evidence"], d["source_file"], d["sign"], d["proposal"])
                   for _, v, d in toy.out_edges(polen, data=True) if d["kind"] == "position" and d["proposal"] == "peace_mission")
    assert edges == [("2022-03", "Polen fordert eine Friedensmission.", "a.txt", 1, "peace_mission"),
                     ("2022-04", "Warschau wirbt erneut für die Mission.", "b.txt", 1, "peace_mission")]


def test_view_actor_aliases_and_roles(toy: nx.MultiDiGraph) -> None:
    d = toy.nodes["https://w3id.org/kgnews/id/actor/olaf-scholz"]
    assert (d["label"], d["aliases"], d["roles"]) == ("Olaf Scholz", ["Scholz"], ["Bundeskanzler"])


def test_view_is_deterministic(toy_rdf) -> None:
    a, b = to_networkx(toy_rdf), to_networkx(toy_rdf)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
