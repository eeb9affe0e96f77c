"""Recall round 8 (prop8, decision 008): stances whose sentence names no proposal. "Ähnlich äußerte
sich X" reaches back over a quotation without a proposal to the last stance stated; a bare "drängen"
and a closing "auf mehr" refer to the current topic; the SWIFT exclusion as cutting banks off or
restricting access; the imperative "Schließt den Himmel" and "Gebt uns Flugzeuge"; "ohne russisches
Gas" as the state the embargo brings about, and a production shutdown as its consequence."""

from __future__ import annotations

import pytest

F, A = "for", "against"


ALIKE_BACK = [
    ("Die polnische Regierung forderte eine dauerhafte Stationierung von Nato-Truppen an der Ostflanke. "
     "„Wir sind das Frontland“, sagte Präsident Andrzej Duda. Ähnlich äußerte sich der lettische "
     "Ministerpräsident Krisjanis Karins.", ("Krisjanis Karins", F, "eastern_flank_troops")),
    ("Die Slowakei lehnte ein sofortiges Ölembargo ab. Die Raffinerien des Landes seien auf Rohöl aus der "
     "Pipeline ausgelegt. Ähnlich sieht das Ungarn.", ("Ungarn", A, "energy_embargo")),
]


@pytest.mark.parametrize("text,fact", ALIKE_BACK, ids=lambda x: str(x)[:40])
def test_round8_alike_reaches_back(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round8_alike_without_stance_before_is_nothing(positions_of):
    facts = positions_of("Der Gipfel begann am Morgen in Brüssel. Die Gespräche dauerten bis in die Nacht. "
                         "Ähnlich äußerte sich der lettische Ministerpräsident Krisjanis Karins.")
    assert not any(h == "Krisjanis Karins" for h, _, _ in facts), facts


PRESSING = [
    ("Die Nato verlegt weitere Soldaten nach Litauen. Die baltischen Staaten drängen auf mehr.",
     ("Estland", F, "eastern_flank_troops")),
    ("Die Grünen fordern ein sofortiges Gasembargo gegen Russland. Auch die Union drängt.",
     ("CDU/CSU", F, "energy_embargo")),
    ("Die Bundesregierung liefert der Ukraine Panzerhaubitzen. Polen dringt auf mehr.",
     ("Polen", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text,fact", PRESSING, ids=lambda x: str(x)[:40])
def test_round8_bare_pressing_continues_topic(positions_of, text, fact):
    assert fact in positions_of(text)


PRESSING_OWN_OBJECT = [
    "Die Grünen fordern ein sofortiges Gasembargo gegen Russland. Die Union drängt auf mehr Tempo bei der Digitalisierung.",
    "Die Grünen fordern ein sofortiges Gasembargo gegen Russland. Die Union drängt zur Eile beim Haushalt.",
    "Die Grünen fordern ein sofortiges Gasembargo gegen Russland. Die Union arbeitet nicht mehr.",
]


@pytest.mark.parametrize("text", PRESSING_OWN_OBJECT, ids=lambda x: x[60:100])
def test_round8_pressing_with_own_object_is_not_topic(positions_of, text):
    assert ("CDU/CSU", F, "energy_embargo") not in positions_of(text)


NEW_TERMS = [
    ("Der litauische Präsident Gitanas Nausėda forderte, alle russischen Banken von Swift abzuschneiden.",
     ("Gitanas Nauseda", F, "sanctions")),
    ("Finanzminister Christian Lindner sagte, eine gezielte Einschränkung von Swift sei nötig.",
     ("Christian Lindner", F, "sanctions")),
    ("„Schließt den Himmel!“, rief Präsident Wolodymyr Selenskyj den Abgeordneten zu.",
     ("Wolodymyr Selenskyj", F, "no_fly_zone")),
    ("„Gebt uns Flugzeuge“, sagte Präsident Wolodymyr Selenskyj in seiner Videobotschaft.",
     ("Wolodymyr Selenskyj", F, "fighter_jets")),
    ("Ohne russisches Erdgas müsste die Produktion in vielen Werken heruntergefahren werden, warnte "
     "BDI-Präsident Siegfried Russwurm.", ("Siegfried Russwurm", A, "energy_embargo")),
]


@pytest.mark.parametrize("text,fact", NEW_TERMS, ids=lambda x: str(x)[:40])
def test_round8_implicit_proposal_terms(positions_of, text, fact):
    assert fact in positions_of(text)


NOT_PROPOSALS = [
    "Der Himmel über Berlin blieb am Sonntag bewölkt, sagte ein Sprecher des Wetterdienstes.",
    "Die Airline will der Lufthansa zwei Flugzeuge abkaufen, sagte Konzernchef Carsten Spohr.",
    "Die Zentralbank bleibt an das Swift-System angeschlossen, sagte ein Sprecher in Moskau.",
]


@pytest.mark.parametrize("text", NOT_PROPOSALS, ids=lambda x: x[:40])
def test_round8_no_proposal(positions_of, text):
    assert not positions_of(text)


EACH_MORE = [
    ("Die Koalition will der Ukraine Panzerhaubitzen liefern. Die Linke warnte, Deutschland werde mit jeder "
     "weiteren Lieferung zur Kriegspartei.", ("Linke", A, "heavy_weapons")),
    ("Der Bundestag stimmte für Sanktionen gegen Russland. Sahra Wagenknecht sagte, Europa schade sich mit "
     "jeder neuen Maßnahme mehr selbst; das führe in die Rezession.", ("Sahra Wagenknecht", A, "sanctions")),
]


@pytest.mark.parametrize("text,fact", EACH_MORE, ids=lambda x: str(x)[:40])
def test_round8_each_further_one_consequence(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round8_each_further_one_needs_outcome(positions_of):
    facts = positions_of("Die Koalition will der Ukraine Panzerhaubitzen liefern. Die Linke sagte, mit jeder "
                         "weiteren Lieferung wachse die Zahl der Fragen im Ausschuss.")
    assert ("Linke", A, "heavy_weapons") not in facts, facts


FLANK_TERMS = [
    ("„Wir brauchen eine Vorneverteidigung statt einer bloßen Präsenz“, sagte der estnische Verteidigungsminister Hanno Pevkur.",
     ("Hanno Pevkur", F, "eastern_flank_troops")),
    ("Die Slowakei unterstützt die geplante Nato-Kampfgruppe auf ihrem Gebiet.", ("Slowakei", F, "eastern_flank_troops")),
]


@pytest.mark.parametrize("text,fact", FLANK_TERMS, ids=lambda x: str(x)[:40])
def test_round8_flank_terms(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round8_russian_battle_group_is_no_flank_term(positions_of):
    assert not positions_of("Eine russische Kampfgruppe rückte am Morgen auf Charkiw vor, teilte das Militär mit.")


SAID_NO = [
    ("Kiew fordert eine Flugverbotszone über der Ukraine. Die Nato hat dazu bislang Nein gesagt.",
     ("NATO", A, "no_fly_zone")),
    ("Polen will der Ukraine Kampfjets überlassen. In Washington sagte das Pentagon am Abend Nein.",
     ("Pentagon", A, "fighter_jets")),
]


@pytest.mark.parametrize("text,fact", SAID_NO, ids=lambda x: str(x)[:40])
def test_round8_bare_no_said_is_about_topic(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round8_yes_said_to_something_else(positions_of):
    facts = positions_of("Die Regierung lehnt eine Flugverbotszone ab. Die Nato sagt Ja zu mehr Hilfe für Flüchtlinge.")
    assert ("NATO", F, "no_fly_zone") not in facts, facts
