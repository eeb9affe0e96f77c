from __future__ import annotations

from kg.graph.centrality import central, position_graph
from kg.graph.sample import sample_graph
from kg.graph.view import to_networkx


def test_centrality_ranking(toy) -> None:
    rows = central(toy)
    assert [r.actor for r in rows] == ["Polen", "Deutschland", "Litauen", "Ungarn", "Olaf Scholz", "Frankreich"]
    assert [r.rank for r in rows] == [1, 2, 3, 4, 5, 6]


def test_centrality_side_debate_scores_zero(toy) -> None:
    last = central(toy)[-1]
    assert (last.actor, last.centrality, last.proposals, last.n_evidence) == ("Frankreich", 0.0, 1, 1)


def test_centrality_top(toy) -> None:
    assert [r.actor for r in central(toy, top=2)] == ["Polen", "Deutschland"]


def test_centrality_weights_are_evidence_counts(toy) -> None:
    H = position_graph(toy)
    assert H["https://w3id.org/kgnews/id/actor/polen"]["https://w3id.org/kgnews/proposal/peace_mission"]["weight"] == 2


def test_centrality_symmetric_actors_tie() -> None:
    G = to_networkx(sample_graph([("A-Land", "for", "x"), ("B-Land", "against", "x")]))
    a, b = central(G)
    assert a.centrality == b.centrality and (a.actor, b.actor) == ("A-Land", "B-Land")


def test_centrality_no_positions() -> None:
    assert central(to_networkx(sample_graph([]))) == []
