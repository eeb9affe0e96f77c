"""Who agrees with whom: actors' stances across proposals, allies and rivals.

An actor's *stance* on a proposal is the sign of its evidence: +1 if it has more sentences
for than against, -1 if more against than for; a tie is no stance. Two actors' *agreement
score* is computed over the proposals both have a stance on (shared proposals): +1 for each
with the same stance, -1 for each with the opposite stance, divided by the number of shared
proposals. It runs from -1 (always opposed) to +1 (always agree).
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.graph.resolve import find_actor

__all__ = ["Agreement", "AGREEMENT_COLUMNS", "stances", "agreement_graph", "allies", "rivals"]

AGREEMENT_COLUMNS = ("actor", "type", "score", "shared", "agree_on", "disagree_on")


@dataclass(frozen=True, slots=True)
class Agreement:
    """How ``actor`` relates to the actor asked about."""

    actor: str
    type: str
    score: float
    shared: int
    agree_on: str
    disagree_on: str


def stances(G: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Actor id -> proposal key -> stance (+1 for, -1 against); ties are left out.

    >>> from kg.graph.sample import sample_graph
    >>> from kg.graph.view import to_networkx
    >>> G = to_networkx(sample_graph([("Polen", "for", "a"), ("Polen", "for", "a", "Ja.", "b.txt"),
    ...                               ("Polen", "against", "a", "Nein.", "c.txt"), ("Polen", "against", "b")]))
    >>> stances(G)["https://w3id.org/kgnews/id/actor/polen"]
    {'a': 1, 'b': -1}
    """
    net: dict[str, dict[str, int]] = {}
    for u, _, d in G.edges(data=True):
        if d.get("kind") == "position":
            per = net.setdefault(u, {})
            per[d["proposal"]] = per.get(d["proposal"], 0) + d["sign"]
    return {a: {p: (1 if s > 0 else -1) for p, s in sorted(per.items()) if s} for a, per in sorted(net.items())}


def _compare(mine: dict[str, int], theirs: dict[str, int]) -> tuple[list[str], list[str]]:
    shared = sorted(set(mine) & set(theirs))
    return [p for p in shared if mine[p] == theirs[p]], [p for p in shared if mine[p] != theirs[p]]


def agreement_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """Actors joined when they share a proposal; edge ``score`` as defined above, ``weight`` = agree - disagree.

    Notes: O(A^2 * P) for A actors with stances and P proposals.
    """
    st = stances(G)
    H = nx.Graph()
    H.add_nodes_from(st)
    ids = sorted(st)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            agree, disagree = _compare(st[a], st[b])
            if agree or disagree:
                n = len(agree) + len(disagree)
                H.add_edge(a, b, score=(len(agree) - len(disagree)) / n, weight=len(agree) - len(disagree),
                           agree=agree, disagree=disagree)
    return H


def _ranked(G: nx.MultiDiGraph, actor: str, sign: int) -> list[Agreement]:
    me = find_actor(G, actor)
    H = agreement_graph(G)
    rows = []
    for other in (H[me] if me in H else {}):
        e = H[me][other]
        if e["score"] * sign > 0:
            d = G.nodes[other]
            rows.append(Agreement(d["label"], d["type"], round(e["score"], 3), len(e["agree"]) + len(e["disagree"]),
                                  ", ".join(e["agree"]), ", ".join(e["disagree"])))
    return sorted(rows, key=lambda r: (-sign * r.score, -r.shared, r.actor))


def allies(G: nx.MultiDiGraph, actor: str) -> list[Agreement]:
    """Actors with a positive agreement score with ``actor``, best first (ties: more shared proposals).

    >>> from kg.graph.sample import sample_graph
    >>> from kg.graph.view import to_networkx
    >>> G = to_networkx(sample_graph([("Polen", "for", "a"), ("Litauen", "for", "a"), ("Ungarn", "against", "a")]))
    >>> [(r.actor, r.score) for r in allies(G, "polen")]
    [('Litauen', 1.0)]
    """
    return _ranked(G, actor, +1)


def rivals(G: nx.MultiDiGraph, actor: str) -> list[Agreement]:
    """Actors with a negative agreement score with ``actor``, most opposed first.

    >>> from kg.graph.sample import sample_graph
    >>> from kg.graph.view import to_networkx
    >>> G = to_networkx(sample_graph([("Polen", "for", "a"), ("Litauen", "for", "a"), ("Ungarn", "against", "a")]))
    >>> [(r.actor, r.score, r.disagree_on) for r in rivals(G, "Polen")]
    [('Ungarn', -1.0, 'a')]
    """
    return _ranked(G, actor, -1)
