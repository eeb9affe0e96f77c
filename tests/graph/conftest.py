"""A small hand-built graph whose answers are known (no extraction involved).

    peace_mission: Polen (2 sentences, 2022-03 and 2022-04), Litauen for; Olaf Scholz, Deutschland, Ungarn against
    no_fly_zone:   Polen, Litauen, Ungarn for; Deutschland against
    sanctions:     Frankreich for (a debate no one else joins)
    Olaf Scholz (alias Scholz) is Bundeskanzler of Deutschland; Polen and Litauen take part in a CONSULT event.
    Malta is an actor without positions.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from kg.graph.sample import sample_graph
from kg.graph.view import to_networkx
from kg.records import Actor, Role

POSITIONS = [
    ("Polen", "for", "peace_mission", "Polen fordert eine Friedensmission.", "a.txt", "2022-03"),
    ("Polen", "for", "peace_mission", "Warschau wirbt erneut für die Mission.", "b.txt", "2022-04"),
    ("Litauen", "for", "peace_mission"),
    ("Olaf Scholz", "against", "peace_mission", "Scholz lehnt die Friedensmission ab."),
    ("Deutschland", "against", "peace_mission"),
    ("Ungarn", "against", "peace_mission"),
    ("Polen", "for", "no_fly_zone"),
    ("Litauen", "for", "no_fly_zone"),
    ("Ungarn", "for", "no_fly_zone"),
    ("Deutschland", "against", "no_fly_zone"),
    ("Frankreich", "for", "sanctions"),
]
ACTORS = [
    Actor("Olaf Scholz", "Person", aliases=("Scholz",), roles=(Role("Bundeskanzler", "Deutschland"),)),
    Actor("Deutschland", "Country"),
    Actor("Malta", "Country"),
]
EVENTS = [("CONSULT", ("Polen", "Litauen"), "peace_mission", "Polen und Litauen beraten über die Mission.")]


@pytest.fixture(scope="session")
def toy_rdf() -> Graph:
    return sample_graph(POSITIONS, actors=ACTORS, events=EVENTS)


@pytest.fixture(scope="session")
def toy(toy_rdf: Graph) -> nx.MultiDiGraph:
    return to_networkx(toy_rdf)


@pytest.fixture(scope="session")
def toy_ttl(toy_rdf: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("toy") / "toy.ttl"
    toy_rdf.serialize(path, format="turtle")
    return path
