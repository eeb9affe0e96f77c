"""A fast, deterministic layout for large graphs, so a big HTML page needs no physics.

News graphs are hub-and-spoke: a few proposals and prominent actors with many links, and
many actors with one to three. The hubs get a force-directed layout; every other node sits
near the centre of its placed neighbours, spread on a small spiral.
"""

from __future__ import annotations

import math

import networkx as nx

__all__ = ["hub_layout"]

_GOLDEN = math.pi * (3 - math.sqrt(5))


def hub_layout(G: nx.Graph, *, hubs: int = 300, scale: float = 2000.0, seed: int = 7) -> dict:
    """Node -> (x, y) in pixels, rounded; same graph, same positions.

    The ``hubs`` best-connected nodes are placed with ``nx.spring_layout`` (fixed seed); the
    others, in order of degree, at the mean position of their already placed neighbours (or
    on an outer ring if they have none) plus a golden-angle spiral offset per spot.

    >>> pos = hub_layout(nx.star_graph(4), hubs=1)
    >>> pos[0], len(set(pos.values()))
    ((0, 0), 5)

    Notes: O(hubs^2) for the spring layout plus O(V + E) for the rest.
    """
    U = _undirected(G, G)
    order = sorted(U, key=lambda n: (-U.degree(n), str(n)))
    core = order[:hubs]
    spring = nx.spring_layout(_undirected(U, core), seed=seed) if len(core) > 1 else {n: (0.0, 0.0) for n in core}
    pos = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in spring.items()}
    crowd: dict[tuple[int, int], int] = {}
    ring = 0
    for n in order[hubs:]:
        placed = [pos[m] for m in U[n] if m in pos]
        if placed:
            spot = (round(sum(p[0] for p in placed) / len(placed)), round(sum(p[1] for p in placed) / len(placed)))
        else:
            angle, ring = ring * _GOLDEN, ring + 1
            spot = (round(1.3 * scale * math.cos(angle)), round(1.3 * scale * math.sin(angle)))
        k = crowd[spot] = crowd.get(spot, 0) + 1
        r = 25 * math.sqrt(k)
        pos[n] = (spot[0] + r * math.cos(k * _GOLDEN), spot[1] + r * math.sin(k * _GOLDEN))
    return {n: (round(x), round(y)) for n, (x, y) in pos.items()}


def _undirected(G: nx.Graph, nodes) -> nx.Graph:
    """The simple undirected graph on ``nodes`` (in that order), edges in sorted order.

    networkx's undirected views and subgraph views iterate sets, whose order changes with
    the process's hash seed; building the graph explicitly keeps the layout the same in
    every run.
    """
    keep = set(nodes)
    U = nx.Graph()
    U.add_nodes_from(nodes)
    edges = {(u, v) if str(u) <= str(v) else (v, u) for u, v in G.edges() if u in keep and v in keep}
    U.add_edges_from(sorted(edges, key=lambda e: (str(e[0]), str(e[1]))))
    return U
