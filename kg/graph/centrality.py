"""The most central actors: PageRank on the actor–proposal graph."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.graph.resolve import actors

__all__ = ["Centrality", "CENTRAL_COLUMNS", "pagerank", "central"]

CENTRAL_COLUMNS = ("rank", "actor", "type", "pagerank", "proposals", "n_evidence")


@dataclass(frozen=True, slots=True)
class Centrality:
    rank: int
    actor: str
    type: str
    pagerank: float
    proposals: int
    n_evidence: int


def pagerank(H: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-12, max_iter: int = 500) -> dict[str, float]:
    """PageRank of an undirected weighted graph by power iteration (deterministic, sums to 1).

    networkx's own ``pagerank`` needs SciPy, which kg does not depend on; this is the same
    algorithm with uniform teleportation, in pure Python.

    >>> r = pagerank(nx.path_graph(["a", "b", "c"]))
    >>> round(r["a"], 4), round(r["b"], 4)
    (0.2568, 0.4865)

    Notes: O(max_iter * (V + E)).
    """
    nodes = sorted(H)
    if not nodes:
        return {}
    n = len(nodes)
    strength = {v: sum(d.get("weight", 1) for d in H[v].values()) for v in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[v] for v in nodes if not strength[v]) / n
        new = {v: (1 - alpha) / n + dangling
               + alpha * sum(rank[u] * d.get("weight", 1) / strength[u] for u, d in H[v].items()) for v in nodes}
        done = sum(abs(new[v] - rank[v]) for v in nodes) < n * tol
        rank = new
        if done:
            break
    return rank


def central(G: nx.MultiDiGraph, top: int | None = None) -> list[Centrality]:
    """Actors ranked by PageRank on the undirected actor–proposal graph.

    Each actor is joined to each proposal it has a position on (for or against), weighted by
    the number of evidence sentences; actors without positions are left out. An actor ranks
    high when it takes positions on many proposals that many others also take positions on.

    >>> from kg.graph.sample import sample_graph
    >>> from kg.graph.view import to_networkx
    >>> G = to_networkx(sample_graph([("Polen", "for", "a"), ("Polen", "for", "b"), ("Ungarn", "against", "a")]))
    >>> [r.actor for r in central(G)]
    ['Polen', 'Ungarn']
    """
    H = nx.Graph()
    evidence: dict[str, int] = {}
    for u, v, d in G.edges(data=True):
        if d.get("kind") == "position":
            w = H.get_edge_data(u, v, {"weight": 0})["weight"]
            H.add_edge(u, v, weight=w + 1)
            evidence[u] = evidence.get(u, 0) + 1
    pr = pagerank(H)
    ranked = sorted((a for a in actors(G) if a in pr), key=lambda a: (-pr[a], G.nodes[a]["label"]))
    rows = [Centrality(i, G.nodes[a]["label"], G.nodes[a]["type"], round(pr[a], 4), H.degree(a), evidence[a])
            for i, a in enumerate(ranked, 1)]
    return rows[:top] if top else rows
