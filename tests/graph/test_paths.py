from __future__ import annotations

import pytest

from kg.errors import UnknownActorError
from kg.graph.paths import neighbors, path


def test_paths_through_a_proposal(toy) -> None:
    assert [s.sentence for s in path(toy, "Polen", "Scholz")] == [
        "Polen ist für peace_mission (Beleg: „Polen fordert eine Friedensmission.“)",
        "Olaf Scholz ist gegen peace_mission (Beleg: „Scholz lehnt die Friedensmission ab.“)",
    ]


def test_paths_steps_carry_provenance(toy) -> None:
    first = path(toy, "Polen", "Scholz")[0]
    assert (first.step, first.source_file, first.date) == (1, "a.txt", "2022-03")


def test_paths_through_a_post(toy) -> None:
    assert [s.sentence for s in path(toy, "scholz", "Deutschland")] == ["Olaf Scholz ist Bundeskanzler (Deutschland)"]


def test_paths_through_an_event() -> None:
    from kg.graph.sample import sample_graph
    from kg.graph.view import to_networkx

    G = to_networkx(sample_graph([], events=[("CONSULT", ("Polen", "Litauen"), None, "Polen berät mit Litauen.")]))
    facts = [s.fact for s in path(G, "Polen", "Litauen")]
    assert facts == ["Polen ist beteiligt an CONSULT: CONSULT (Polen, Litauen)", "Litauen ist beteiligt an CONSULT: CONSULT (Polen, Litauen)"]


@pytest.mark.parametrize(("a", "b"), [("Frankreich", "Polen"), ("Malta", "Polen")])
def test_paths_none(toy, a: str, b: str) -> None:
    assert path(toy, a, b) == []


def test_paths_unknown_actor(toy) -> None:
    with pytest.raises(UnknownActorError, match="closest: Polen"):
        path(toy, "Polan", "Scholz")


def test_paths_neighbors(toy) -> None:
    rows = [(n.relation, n.neighbor, n.detail, n.n_evidence) for n in neighbors(toy, "Olaf Scholz")]
    assert rows == [("against", "peace_mission", "", 1), ("holds post in", "Deutschland", "Bundeskanzler", 0)]


def test_paths_neighbors_incoming(toy) -> None:
    rows = [(n.relation, n.neighbor) for n in neighbors(toy, "Deutschland")]
    assert rows == [("against", "no_fly_zone"), ("against", "peace_mission"), ("has post holder", "Olaf Scholz")]


def test_paths_neighbors_events(toy) -> None:
    assert ("takes part in", "Event", "CONSULT") in [(n.relation, n.type, n.detail) for n in neighbors(toy, "Litauen")]
