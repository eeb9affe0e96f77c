"""Actor recognition, roles, memberships and coreference."""

from __future__ import annotations

import pytest


def _actors(extract, text):
    return {a.label: a for a in extract(text).actors}


@pytest.mark.parametrize("text, label, typ", [
    ("Deutschlands Haltung ist klar.", "Deutschland", "Country"),
    ("Die polnische Regierung fordert Hilfe.", "Polen", "Country"),
    ("Das Weiße Haus teilte mit, …", "Weißes Haus", "Organisation"),
    ("Kiew bittet um Hilfe.", "Ukraine", "Country"),
    ("Das Bündnis berät.", "NATO", "Organisation"),
    ("Die Union kritisiert die Regierung.", "CDU/CSU", "Organisation"),
    ("Der Kreml reagierte gelassen.", "Kreml", "Organisation"),
    ("Die Bundesregierung schweigt.", "Deutschland", "Country"),
    ("Die Vereinigten Staaten schicken Hilfe.", "USA", "Country"),
    ("Die Regierung in Budapest blockiert.", "Ungarn", "Country"),
    ("Die NATO-Verteidigungsminister trafen sich.", "NATO-Verteidigungsminister", "Group"),
    ("Die Außenminister der EU berieten.", "EU-Außenminister", "Group"),
    ("Rund 50 Aktivisten der Gruppe Promote Ukraine demonstrierten.", "Promote Ukraine", "Organisation"),
])
def test_actors_gazetteer_and_patterns(extract, text, label, typ):
    actors = _actors(extract, text)
    assert label in actors and actors[label].type == typ


def test_actors_unseen_person_with_role_and_country(extract):
    a = _actors(extract, "Der litauische Verteidigungsminister Arvydas Anušauskas sagte, man brauche Hilfe.")
    assert "Arvydas Anušauskas" in a
    assert [(r.title, r.of) for r in a["Arvydas Anušauskas"].roles] == [("Verteidigungsminister", "Litauen")]


def test_actors_party_membership(extract):
    a = _actors(extract, "Verteidigungsministerin Christine Lambrecht (SPD) reiste nach Vilnius.")
    assert a["Christine Lambrecht"].parties == ("SPD",)
    b = _actors(extract, "Christine Lambrecht reiste nach Vilnius. Die SPD-Politikerin sprach mit Soldaten.")
    assert b["Christine Lambrecht"].parties == ("SPD",)


def test_actors_surname_and_role_coreference(extract):
    x = extract("Bundeskanzler Olaf Scholz reiste nach Kiew. Scholz sprach mit Selenskyj. Der Kanzler sagte wenig.")
    scholz = [m for m in x.mentions if m.actor == "Olaf Scholz"]
    assert [m.kind for m in scholz] == ["role_name", "alias", "role"]


def test_actors_sein_land_resolves_to_the_speakers_country(extract):
    x = extract("US-Verteidigungsminister Lloyd Austin sagte, sein Land unterstütze die Ukraine.")
    assert any(m.actor == "USA" and m.kind == "possessive" for m in x.mentions)


@pytest.mark.parametrize("text, absent", [
    ("Die Zahl der Soldaten steigt.", "Soldaten"),
    ("Im März fiel viel Schnee.", "März"),
    ("Kampfdrohnen des Typs Bayraktar TB2 wurden geliefert.", "Bayraktar TB2"),
    ("Washington (Reuters) - Lindner lehnt ab.", "USA"),
])
def test_actors_no_false_actors(extract, text, absent):
    assert absent not in _actors(extract, text)


def test_actors_wikidata_only_when_verified(extract):
    a = _actors(extract, "Olaf Scholz traf Jens Stoltenberg.")
    assert a["Olaf Scholz"].wikidata == "Q61053"
    assert a["Jens Stoltenberg"].wikidata is None  # single source in wikidata.tsv: not asserted
