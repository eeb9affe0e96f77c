"""Keeping a view small enough for one page: every actor and proposal, the best-connected events.

A corpus of thousands of articles has hundreds of thousands of events; a browser page cannot
draw them, and building it would cost more memory than the rest of the build. The graph
queries and SPARQL see everything; the page shows a deterministic selection.
"""

from __future__ import annotations

import networkx as nx

__all__ = ["limit_events"]


def limit_events(G: nx.MultiDiGraph, max_nodes: int) -> tuple[nx.MultiDiGraph, int]:
    """``G`` with at most ``max_nodes`` nodes, and how many events were left out.

    Actors and proposals always stay; events are kept by degree (most participants first),
    then newest date, then IRI, until the limit. Graphs within the limit come back unchanged.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", type="Person"); G.add_node("e1", type="Event", date="2022-03"); G.add_node("e2", type="Event", date="2022-04")
    >>> G.add_edge("a", "e1"); G.add_edge("a", "e2")
    0
    0
    >>> H, dropped = limit_events(G, 2)
    >>> sorted(H), dropped
    (['a', 'e2'], 1)

    Notes: O(V log V + E).
    """
    if G.number_of_nodes() <= max_nodes:
        return G, 0
    events = [n for n, d in G.nodes(data=True) if d.get("type") == "Event"]
    room = max(0, max_nodes - (G.number_of_nodes() - len(events)))
    ranked = sorted(events, key=lambda n: (-G.degree(n), _negated(G.nodes[n].get("date") or ""), str(n)))
    drop = set(ranked[room:])
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if n not in drop)
    H.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if u not in drop and v not in drop)
    return H, len(drop)


def _negated(date: str) -> tuple[int, ...]:
    """A sort key that puts later dates first."""
    return tuple(-ord(c) for c in date)
