from __future__ import annotations

import math

import networkx as nx
import pytest

from kg.graph.layout import hub_layout


def _two_stars() -> nx.Graph:
    G = nx.Graph()
    G.add_edges_from(("hub-a", f"a{i}") for i in range(30))
    G.add_edges_from(("hub-b", f"b{i}") for i in range(30))
    G.add_edge("hub-a", "hub-b")
    G.add_node("alone")
    return G


def test_layout_places_every_node() -> None:
    G = _two_stars()
    assert set(hub_layout(G, hubs=2)) == set(G)


def test_layout_deterministic() -> None:
    assert hub_layout(_two_stars(), hubs=2) == hub_layout(_two_stars(), hubs=2)


@pytest.mark.parametrize("leaf", ["a0", "a17", "a29"])
def test_layout_leaves_sit_by_their_hub(leaf: str) -> None:
    pos = hub_layout(_two_stars(), hubs=2)
    assert math.dist(pos[leaf], pos["hub-a"]) < math.dist(pos[leaf], pos["hub-b"])


def test_layout_leaves_do_not_overlap() -> None:
    pos = hub_layout(_two_stars(), hubs=2)
    assert len(set(pos.values())) == len(pos)
