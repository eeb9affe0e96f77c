from __future__ import annotations

import pytest

from kg.errors import UnknownActorError, UnknownProposalError
from kg.graph.resolve import find_actor, find_proposal

SCHOLZ = "https://w3id.org/kgnews/id/actor/olaf-scholz"


@pytest.mark.parametrize("name", ["Olaf Scholz", "olaf scholz", "Scholz", "SCHOLZ", "  Olaf   Scholz ", "Olaf"])
def test_resolve_actor_by_label_alias_or_word(toy, name: str) -> None:
    assert find_actor(toy, name) == SCHOLZ


@pytest.mark.parametrize(("name", "suggestion"), [("Schulz", "Olaf Scholz"), ("Polan", "Polen"), ("Ungarm", "Ungarn")])
def test_resolve_unknown_actor_suggests_closest(toy, name: str, suggestion: str) -> None:
    with pytest.raises(UnknownActorError) as exc:
        find_actor(toy, name)
    assert exc.value.suggestions[0] == suggestion
    assert exc.value.exit_code == 2


def test_resolve_unknown_actor_without_close_names(toy) -> None:
    with pytest.raises(UnknownActorError) as exc:
        find_actor(toy, "Xyzzy Qwert")
    assert exc.value.suggestions == []
    assert str(exc.value) == "unknown actor 'Xyzzy Qwert'"


def test_resolve_proposals_are_not_actors(toy) -> None:
    with pytest.raises(UnknownActorError):
        find_actor(toy, "peace_mission")


@pytest.mark.parametrize("key", ["peace_mission", "PEACE_MISSION", " peace_mission "])
def test_resolve_proposal(toy, key: str) -> None:
    assert find_proposal(toy, key) == "https://w3id.org/kgnews/proposal/peace_mission"


def test_resolve_unknown_proposal_lists_options(toy) -> None:
    with pytest.raises(UnknownProposalError) as exc:
        find_proposal(toy, "tempolimit")
    assert exc.value.options == ["no_fly_zone", "peace_mission", "sanctions"]
