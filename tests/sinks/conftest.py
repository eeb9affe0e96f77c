"""A small ordinary graph for the sink tests (the hostile one is in tests/conftest.py)."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.graph.sample import sample_graph
from kg.records import Actor, Role


@pytest.fixture(scope="session")
def small_rdf() -> Graph:
    return sample_graph([("Polen", "for", "peace_mission", "Polen fordert eine Friedensmission.", "a.txt", "2022-03"),
                         ("Olaf Scholz", "against", "peace_mission", "Scholz lehnt ab.", "b.txt", "2022-04"),
                         ("Olaf Scholz", "for", "sanctions")],
                        actors=[Actor("Olaf Scholz", "Person", aliases=("Scholz",), roles=(Role("Bundeskanzler", "Deutschland"),)),
                                Actor("Deutschland", "Country")],
                        events=[("CONSULT", ("Polen", "Deutschland"), "peace_mission", "Polen berät mit Deutschland.")])

