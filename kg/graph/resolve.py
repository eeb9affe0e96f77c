"""Finding the actor or proposal a user means: any label or alias, case-insensitive."""

from __future__ import annotations

import difflib
import re

import networkx as nx

from kg.errors import UnknownActorError, UnknownProposalError
from kg.graph.view import ACTOR_TYPES

__all__ = ["actors", "proposals", "find_actor", "find_proposal"]


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def actors(G: nx.MultiDiGraph) -> list[str]:
    """Actor node ids, sorted by label."""
    return sorted((n for n, d in G.nodes(data=True) if d["type"] in ACTOR_TYPES), key=lambda n: (G.nodes[n]["label"], n))


def proposals(G: nx.MultiDiGraph) -> list[str]:
    """Proposal node ids, sorted by key."""
    return sorted((n for n, d in G.nodes(data=True) if d["type"] == "Proposal"), key=lambda n: G.nodes[n]["label"])


def find_actor(G: nx.MultiDiGraph, name: str) -> str:
    """The node id of the actor called ``name`` (preferred label or alias, any case).

    A name that is one whole word of exactly one actor's label also matches ("Lambrecht").
    Otherwise raise UnknownActorError with the closest names.

    >>> from kg.graph.sample import sample_graph
    >>> from kg.graph.view import to_networkx
    >>> from kg.records import Actor
    >>> G = to_networkx(sample_graph([("Olaf Scholz", "against", "peace_mission")],
    ...                              actors=[Actor("Olaf Scholz", "Person", aliases=("Scholz",))]))
    >>> find_actor(G, "SCHOLZ").rsplit("/", 1)[-1]
    'olaf-scholz'
    >>> find_actor(G, "Schulz")
    Traceback (most recent call last):
    kg.errors.UnknownActorError: unknown actor 'Schulz'; closest: Olaf Scholz
    """
    names: dict[str, str] = {}
    for n in actors(G):
        d = G.nodes[n]
        for alias in d.get("aliases", []):
            names.setdefault(_norm(alias), n)
        names[_norm(d["label"])] = n  # a preferred label beats another actor's alias
    key = _norm(name)
    if key in names:
        return names[key]
    words = {n for n in actors(G) if key in re.split(r"[\s\-/]+", _norm(G.nodes[n]["label"]))}
    if len(words) == 1:
        return words.pop()
    close = difflib.get_close_matches(key, list(names), n=5, cutoff=0.6)
    suggestions = list(dict.fromkeys(G.nodes[names[c]]["label"] for c in close))
    suggestions += [G.nodes[n]["label"] for n in sorted(words) if G.nodes[n]["label"] not in suggestions]
    raise UnknownActorError(name, suggestions[:5])


def find_proposal(G: nx.MultiDiGraph, key: str) -> str:
    """The node id of the proposal with notation key ``key`` (or its German label), any case.

    >>> from kg.graph.sample import sample_graph
    >>> from kg.graph.view import to_networkx
    >>> G = to_networkx(sample_graph([("Polen", "for", "peace_mission")]))
    >>> find_proposal(G, "Peace_Mission")
    'https://w3id.org/kgnews/proposal/peace_mission'
    >>> find_proposal(G, "peace")
    Traceback (most recent call last):
    kg.errors.UnknownProposalError: unknown proposal 'peace'; choose one of: peace_mission
    """
    wanted = _norm(key)
    for n in proposals(G):
        d = G.nodes[n]
        if wanted in (_norm(d["label"]), _norm(d.get("title_de", ""))):
            return n
    raise UnknownProposalError(key, [G.nodes[n]["label"] for n in proposals(G)])
