"""The two camps on one proposal: who is for it, who is against it, and on what evidence."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.graph.resolve import find_proposal

__all__ = ["CampMember", "CAMP_COLUMNS", "camps"]

CAMP_COLUMNS = ("side", "actor", "type", "n_evidence", "dates")


@dataclass(frozen=True, slots=True)
class CampMember:
    """``actor`` is on ``side`` ('for' or 'against'), shown by ``n_evidence`` sentences from ``dates``."""

    side: str
    actor: str
    type: str
    n_evidence: int
    dates: str


def camps(G: nx.MultiDiGraph, proposal: str) -> list[CampMember]:
    """Actors for and against ``proposal`` (a key such as 'peace_mission'), 'for' first.

    Each side is sorted by number of evidence sentences, then name. An actor with evidence
    on both sides appears in both camps. Raises UnknownProposalError for an unknown key.

    >>> from kg.graph.sample import sample_graph
    >>> from kg.graph.view import to_networkx
    >>> G = to_networkx(sample_graph([("Polen", "for", "peace_mission"),
    ...                               ("Deutschland", "against", "peace_mission", "Nein.", "b.txt", "2022-04")]))
    >>> [(m.side, m.actor, m.n_evidence, m.dates) for m in camps(G, "peace_mission")]
    [('for', 'Polen', 1, '2022-03'), ('against', 'Deutschland', 1, '2022-04')]
    """
    target = find_proposal(G, proposal)
    found: dict[tuple[str, str], list[str]] = {}
    for u, _, d in G.in_edges(target, data=True):
        if d.get("kind") == "position":
            found.setdefault((d["polarity"], u), []).append(d["date"])
    rows = [CampMember(side, G.nodes[a]["label"], G.nodes[a]["type"], len(dates), ", ".join(sorted(set(filter(None, dates)))))
            for (side, a), dates in found.items()]
    return sorted(rows, key=lambda m: (m.side != "for", -m.n_evidence, m.actor))
