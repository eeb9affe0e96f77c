from __future__ import annotations

import pytest

from kg.graph.coalitions import coalitions
from kg.graph.sample import sample_graph
from kg.graph.view import to_networkx


def test_coalitions_known_groups(toy) -> None:
    rows = [(c.members, c.size, c.cohesion) for c in coalitions(toy)]
    # Deutschland and Ungarn agree on one proposal and disagree on the other: in one group
    # through Scholz, which the cohesion below 1 shows.
    assert rows == [("Deutschland, Olaf Scholz, Ungarn", 3, 0.667), ("Litauen, Polen", 2, 1.0)]


def test_coalitions_stance_summary(toy) -> None:
    assert coalitions(toy)[1].stances == "for no_fly_zone 2/2; for peace_mission 2/2"


def test_coalitions_leave_out_loners(toy) -> None:
    members = ", ".join(c.members for c in coalitions(toy))
    assert "Frankreich" not in members and "Malta" not in members


@pytest.mark.parametrize("seed", [0, 1, 42])
def test_coalitions_opponents_never_grouped(seed: int) -> None:
    rows = [(f"Land {i}", "for" if i % 2 else "against", p) for i in range(8) for p in ("a", "b", "c")]
    groups = [set(c.members.split(", ")) for c in coalitions(to_networkx(sample_graph(rows)), seed=seed)]
    assert groups == [{f"Land {i}" for i in range(0, 8, 2)}, {f"Land {i}" for i in range(1, 8, 2)}]


def test_coalitions_deterministic(toy) -> None:
    assert coalitions(toy) == coalitions(toy)


def test_coalitions_empty_graph() -> None:
    assert coalitions(to_networkx(sample_graph([]))) == []
