"""Coalitions: groups of actors that agree, found by community detection on agreement."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from kg.graph.agreement import agreement_graph, stances

__all__ = ["Coalition", "COALITION_COLUMNS", "coalitions"]

COALITION_COLUMNS = ("coalition", "size", "members", "stances", "cohesion")


@dataclass(frozen=True, slots=True)
class Coalition:
    """``members`` (labels) share ``stances`` ("against peace_mission 3/3"); ``cohesion`` is their mean agreement score."""

    coalition: int
    size: int
    members: str
    stances: str
    cohesion: float


def _stance_summary(st: dict[str, dict[str, int]], members: list[str]) -> str:
    counts: dict[tuple[str, str], int] = {}
    for m in members:
        for p, s in st.get(m, {}).items():
            side = "for" if s > 0 else "against"
            counts[(side, p)] = counts.get((side, p), 0) + 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1], kv[0][0]))
    return "; ".join(f"{side} {p} {n}/{len(members)}" for (side, p), n in ordered)


def coalitions(G: nx.MultiDiGraph, *, seed: int = 0, resolution: float = 1.0) -> list[Coalition]:
    """Groups of two or more actors that agree, largest first.

    Louvain community detection (fixed ``seed``, so the result is deterministic) runs on the
    agreement graph keeping only pairs with net agreement (agree - disagree > 0) as edges,
    weighted by it; disagreement is left out. Because a group is held together by agreement
    with common partners, two members can still disagree with each other: ``cohesion`` (the
    mean agreement score over member pairs with shared proposals, -1..1) shows this.

    >>> from kg.graph.sample import sample_graph
    >>> from kg.graph.view import to_networkx
    >>> G = to_networkx(sample_graph([("Polen", "for", "a"), ("Litauen", "for", "a"),
    ...                               ("Ungarn", "against", "a"), ("Serbien", "against", "a")]))
    >>> [(c.members, c.stances) for c in coalitions(G)]
    [('Litauen, Polen', 'for a 2/2'), ('Serbien, Ungarn', 'against a 2/2')]
    """
    H = agreement_graph(G)
    P = nx.Graph()
    P.add_nodes_from(sorted(H))
    P.add_edges_from(sorted((u, v, {"weight": d["weight"]}) for u, v, d in H.edges(data=True) if d["weight"] > 0))
    groups = nx.community.louvain_communities(P, weight="weight", resolution=resolution, seed=seed) if P.number_of_edges() else []
    st = stances(G)
    out = []
    for group in groups:
        if len(group) < 2:
            continue
        members = sorted(group, key=lambda a: G.nodes[a]["label"])
        scores = [H[u][v]["score"] for u, v in combinations(members, 2) if H.has_edge(u, v)]
        out.append((members, round(sum(scores) / len(scores), 3) if scores else 0.0))
    out.sort(key=lambda mc: (-len(mc[0]), G.nodes[mc[0][0]]["label"]))
    return [Coalition(i, len(m), ", ".join(G.nodes[a]["label"] for a in m), _stance_summary(st, m), c)
            for i, (m, c) in enumerate(out, 1)]
