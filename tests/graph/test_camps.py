from __future__ import annotations

import pytest

from kg.errors import UnknownProposalError
from kg.graph.camps import camps


def test_camps_sides_counts_and_dates(toy) -> None:
    rows = [(m.side, m.actor, m.n_evidence, m.dates) for m in camps(toy, "peace_mission")]
    assert rows == [
        ("for", "Polen", 2, "2022-03, 2022-04"),
        ("for", "Litauen", 1, "2022-03"),
        ("against", "Deutschland", 1, "2022-03"),
        ("against", "Olaf Scholz", 1, "2022-03"),
        ("against", "Ungarn", 1, "2022-03"),
    ]


@pytest.mark.parametrize(("proposal", "n_for", "n_against"), [("no_fly_zone", 3, 1), ("sanctions", 1, 0)])
def test_camps_sizes(toy, proposal: str, n_for: int, n_against: int) -> None:
    sides = [m.side for m in camps(toy, proposal)]
    assert (sides.count("for"), sides.count("against")) == (n_for, n_against)


def test_camps_actor_on_both_sides() -> None:
    from kg.graph.sample import sample_graph
    from kg.graph.view import to_networkx

    G = to_networkx(sample_graph([("Polen", "for", "a", "Ja."), ("Polen", "against", "a", "Nein.")]))
    assert [(m.side, m.actor) for m in camps(G, "a")] == [("for", "Polen"), ("against", "Polen")]


def test_camps_unknown_proposal(toy) -> None:
    with pytest.raises(UnknownProposalError, match="choose one of: no_fly_zone, peace_mission, sanctions"):
        camps(toy, "tempolimit")
