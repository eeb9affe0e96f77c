"""How two actors are connected, and what an actor is directly connected to, as facts."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.graph.resolve import find_actor

__all__ = ["PathStep", "PATH_COLUMNS", "Neighbor", "NEIGHBOR_COLUMNS", "path", "neighbors"]

PATH_COLUMNS = ("step", "sentence", "source_file", "date")
NEIGHBOR_COLUMNS = ("relation", "neighbor", "type", "detail", "n_evidence")

_RELATION = {  # kind -> (name seen from the edge's source, name seen from its target)
    "participant": ("takes part in", "has participant"),
    "about": ("is about", "is subject of"),
    "post": ("holds post in", "has post holder"),
    "member": ("member of", "has member"),
}


@dataclass(frozen=True, slots=True)
class PathStep:
    """One fact on a path, as a German sentence with its evidence."""

    step: int
    fact: str
    evidence: str
    source_file: str
    date: str

    @property
    def sentence(self) -> str:
        return f"{self.fact} (Beleg: „{self.evidence}“)" if self.evidence else self.fact


@dataclass(frozen=True, slots=True)
class Neighbor:
    relation: str
    neighbor: str
    type: str
    detail: str
    n_evidence: int


def _fact(G: nx.MultiDiGraph, u: str, v: str, d: dict) -> tuple[str, str, str, str]:
    """(fact, evidence, source_file, date) for the edge u -> v."""
    a, b = G.nodes[u]["label"], G.nodes[v]["label"]
    kind = d.get("kind")
    if kind == "position":
        return f"{a} ist {'für' if d['polarity'] == 'for' else 'gegen'} {b}", d["evidence"], d["source_file"], d["date"]
    if kind == "post":
        return f"{a} ist {d.get('title') or 'Amtsträger'} ({b})", "", "", ""
    if kind == "member":
        return f"{a} ist Mitglied von {b}", "", "", ""
    event = G.nodes[v] if kind == "participant" else G.nodes[u]
    text = f"{a} ist beteiligt an {b}" if kind == "participant" else f"{a} betrifft {b}"
    return text, event.get("evidence", ""), event.get("source_file", ""), event.get("date", "")


def _best_edge(G: nx.MultiDiGraph, u: str, v: str) -> tuple[str, str, dict]:
    """The most confident fact between u and v, in whichever direction it is stored."""
    edges = [(u, v, d) for d in (G.get_edge_data(u, v) or {}).values()]
    edges += [(v, u, d) for d in (G.get_edge_data(v, u) or {}).values()]
    return min(edges, key=lambda e: (-e[2].get("confidence", 0.0), e[2].get("evidence", ""), e[0]))


def path(G: nx.MultiDiGraph, a: str, b: str) -> list[PathStep]:
    """The shortest chain of facts between actors ``a`` and ``b`` (any direction), or [] if none.

    Between two nodes the most confident fact is shown.

    >>> from kg.graph.sample import sample_graph
    >>> from kg.graph.view import to_networkx
    >>> G = to_networkx(sample_graph([("Polen", "for", "peace_mission", "Polen will die Mission."),
    ...                               ("Deutschland", "against", "peace_mission", "Berlin lehnt ab.")]))
    >>> [s.sentence for s in path(G, "Polen", "deutschland")]
    ['Polen ist für peace_mission (Beleg: „Polen will die Mission.“)', 'Deutschland ist gegen peace_mission (Beleg: „Berlin lehnt ab.“)']
    """
    src, dst = find_actor(G, a), find_actor(G, b)
    try:
        nodes = nx.shortest_path(G.to_undirected(as_view=True), src, dst)
    except nx.NetworkXNoPath:
        return []
    return [PathStep(i, *_fact(G, *_best_edge(G, x, y))) for i, (x, y) in enumerate(zip(nodes, nodes[1:]), 1)]


def neighbors(G: nx.MultiDiGraph, actor: str) -> list[Neighbor]:
    """What ``actor`` is directly connected to: proposals (for/against), events, posts, parties.

    >>> from kg.graph.sample import sample_graph
    >>> from kg.graph.view import to_networkx
    >>> G = to_networkx(sample_graph([("Polen", "for", "a"), ("Polen", "for", "a", "Ja.", "b.txt")]))
    >>> [(n.relation, n.neighbor, n.n_evidence) for n in neighbors(G, "Polen")]
    [('for', 'a', 2)]
    """
    me = find_actor(G, actor)
    found: dict[tuple[str, str, str], int] = {}
    for _, v, d in G.out_edges(me, data=True):
        rel = d["polarity"] if d.get("kind") == "position" else _RELATION[d["kind"]][0]
        key = (rel, v, d.get("title") or G.nodes[v].get("event_type", ""))
        found[key] = found.get(key, 0) + (d.get("kind") == "position")
    for u, _, d in G.in_edges(me, data=True):
        key = (_RELATION[d["kind"]][1], u, d.get("title", ""))
        found.setdefault(key, 0)
    rows = [Neighbor(rel, G.nodes[n]["label"], G.nodes[n]["type"], detail, count) for (rel, n, detail), count in found.items()]
    return sorted(rows, key=lambda r: (r.relation, -r.n_evidence, r.neighbor, r.detail))
