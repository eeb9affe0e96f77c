"""Round 7 (pol7, decision 008): polarity of demands nobody makes or that are held up as cheap, and the
key of a country closing its own airspace to Russian aircraft (a sanction, not a no-fly zone)."""

from __future__ import annotations

import pytest

F, A = "for", "against"

NEGATIVE_SUBJECT = [
    ("Niemand, der bei Verstand ist, fordert eine Flugverbotszone über der Ukraine, sagte Olaf Scholz.",
     ("Olaf Scholz", A, "no_fly_zone")),
    ("Keiner in der Allianz verlangt ernsthaft Kampfjets für Kiew, sagte Jens Stoltenberg.",
     ("Jens Stoltenberg", A, "fighter_jets")),
    ("Niemand, mit dem ich in Brüssel spreche, fordert ein sofortiges Gasembargo, sagte Christian Lindner.",
     ("Christian Lindner", A, "energy_embargo")),
    ("Keine der Regierungen im Süden der EU verlangt ein Ölembargo, sagte Viktor Orbán.",
     ("Viktor Orbán", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", NEGATIVE_SUBJECT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_negative_subject_rejects_the_demand(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    assert (fact[0], F, fact[2]) not in facts, facts


NOT_NEGATIVE_SUBJECT = [
    # the negative pronoun is no subject of the demand, or a determiner of the proposal
    ("Olaf Scholz fordert eine Flugverbotszone, die niemand gefährdet.", ("Olaf Scholz", F, "no_fly_zone")),
    ("Jens Stoltenberg sagte, er verlange von keinem Land Kampfjets, aber mehr Soldaten an der Ostflanke.",
     ("Jens Stoltenberg", F, "eastern_flank_troops")),
    ("Mateusz Morawiecki fordert, dass niemand mehr russisches Öl kauft.", ("Mateusz Morawiecki", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", NOT_NEGATIVE_SUBJECT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_negative_pronoun_elsewhere_keeps_polarity(positions_of, text, fact):
    facts = positions_of(text)
    assert (fact[0], A if fact[1] == F else F, fact[2]) not in facts, facts


DISMISSIVE = [
    ("Es sei leicht, ein Gasembargo zu fordern, wenn man nicht in der Chemieindustrie arbeite, sagte Yasmin Fahimi.",
     ("Yasmin Fahimi", A, "energy_embargo")),
    ("Es ist wohlfeil, von Berlin aus schwere Waffen zu verlangen, sagte Rolf Mützenich.",
     ("Rolf Mützenich", A, "heavy_weapons")),
    ("Es sei ziemlich einfach, eine Flugverbotszone zu fordern, sagte Christine Lambrecht.",
     ("Christine Lambrecht", A, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact", DISMISSIVE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_cheap_demand_is_rejected(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    assert (fact[0], F, fact[2]) not in facts, facts


NOT_DISMISSIVE = [
    # the adjective is no frame of the demand: an easy delivery, or a demand in a clause of its own
    ("Es sei leicht, der Ukraine Panzer zu liefern, sagte Armin Papperger.", ("Armin Papperger", A, "heavy_weapons")),
    ("Die Entscheidung war nicht leicht, aber wir fordern ein Ölembargo, sagte Annalena Baerbock.",
     ("Annalena Baerbock", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", NOT_DISMISSIVE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_easy_without_demand_is_no_rejection(positions_of, text, fact):
    assert fact not in positions_of(text)


AIRSPACE = [
    ("Kanada hat angekündigt, den eigenen Luftraum für russische Flugzeuge zu sperren.", ("Kanada", F, "sanctions")),
    ("Großbritannien verlangt die Sperrung des Luftraums für russische Fluggesellschaften.",
     ("Großbritannien", F, "sanctions")),
]


@pytest.mark.parametrize("text, fact", AIRSPACE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_own_airspace_closed_to_russia_is_a_sanction(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    assert not any(k == "no_fly_zone" for _, _, k in facts), facts


UKRAINIAN_AIRSPACE = [
    ("Die Nato müsse den ukrainischen Luftraum für russische Kampfjets sperren, verlangte Vitali Klitschko.",
     ("Vitali Klitschko", F, "no_fly_zone")),
    ("Wolodymyr Selenskyj fordert erneut die Schließung des ukrainischen Luftraums für russische Bomber.",
     ("Wolodymyr Selenskyj", F, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact", UKRAINIAN_AIRSPACE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_ukrainian_airspace_stays_no_fly_zone(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    assert not any(k == "sanctions" for _, _, k in facts), facts
