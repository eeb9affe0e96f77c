"""The graph layer: networkx views of kg RDF and graph algorithms over them.

Every query is a free function taking the view ``G`` (from ``to_networkx``) first and
returning rows (frozen dataclasses) that ``kg.query.positions.format_rows`` can print.
"""

from __future__ import annotations

from kg.graph.agreement import AGREEMENT_COLUMNS, Agreement, agreement_graph, allies, rivals, stances
from kg.graph.camps import CAMP_COLUMNS, CampMember, camps
from kg.graph.centrality import CENTRAL_COLUMNS, Centrality, central, position_graph
from kg.graph.coalitions import COALITION_COLUMNS, Coalition, coalitions
from kg.graph.paths import NEIGHBOR_COLUMNS, PATH_COLUMNS, Neighbor, PathStep, neighbors, path
from kg.graph.resolve import actors, find_actor, find_proposal, proposals
from kg.graph.view import ACTOR_TYPES, EDGE_KINDS, NODE_TYPES, to_networkx

__all__ = [
    "to_networkx", "NODE_TYPES", "ACTOR_TYPES", "EDGE_KINDS",
    "actors", "proposals", "find_actor", "find_proposal",
    "camps", "CampMember", "CAMP_COLUMNS",
    "stances", "agreement_graph", "allies", "rivals", "Agreement", "AGREEMENT_COLUMNS",
    "coalitions", "Coalition", "COALITION_COLUMNS",
    "central", "position_graph", "Centrality", "CENTRAL_COLUMNS",
    "path", "neighbors", "PathStep", "Neighbor", "PATH_COLUMNS", "NEIGHBOR_COLUMNS",
]
