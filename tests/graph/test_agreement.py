from __future__ import annotations

import pytest

from kg.errors import UnknownActorError
from kg.graph.agreement import agreement_graph, allies, rivals, stances

POLEN, UNGARN = "https://w3id.org/kgnews/id/actor/polen", "https://w3id.org/kgnews/id/actor/ungarn"


def test_agreement_stances_net_sign(toy) -> None:
    st = stances(toy)
    assert st[POLEN] == {"no_fly_zone": 1, "peace_mission": 1}
    assert st[UNGARN] == {"no_fly_zone": 1, "peace_mission": -1}


def test_agreement_score_cancels_out(toy) -> None:
    e = agreement_graph(toy)[POLEN][UNGARN]
    assert (e["score"], e["agree"], e["disagree"]) == (0.0, ["no_fly_zone"], ["peace_mission"])


@pytest.mark.parametrize(
    ("actor", "expected"),
    [("Polen", [("Litauen", 1.0, 2)]),
     ("Scholz", [("Deutschland", 1.0, 1), ("Ungarn", 1.0, 1)]),
     ("Frankreich", [])],
)
def test_agreement_allies(toy, actor: str, expected: list) -> None:
    assert [(r.actor, r.score, r.shared) for r in allies(toy, actor)] == expected


@pytest.mark.parametrize(
    ("actor", "expected"),
    [("Polen", [("Deutschland", -1.0, 2), ("Olaf Scholz", -1.0, 1)]),
     ("Deutschland", [("Litauen", -1.0, 2), ("Polen", -1.0, 2)]),
     ("Malta", [])],
)
def test_agreement_rivals(toy, actor: str, expected: list) -> None:
    assert [(r.actor, r.score, r.shared) for r in rivals(toy, actor)] == expected


def test_agreement_rivals_say_where_they_disagree(toy) -> None:
    top = rivals(toy, "Polen")[0]
    assert (top.agree_on, top.disagree_on) == ("", "no_fly_zone, peace_mission")


@pytest.mark.parametrize("query", [allies, rivals])
def test_agreement_unknown_actor(toy, query) -> None:
    with pytest.raises(UnknownActorError):
        query(toy, "Atlantis")
