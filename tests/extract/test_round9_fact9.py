"""Recall round 9 (fact9, decision 008): sentences that name the proposal without a stance cue kg knew.
Acts that are the position (activating forces for the flank, implementing sanctions, putting someone on
the sanctions list, seizing a yacht with the separable verb split, importing no Russian energy any
more, enabling a delivery, a package that provides for it), confidence that a proposal comes, and
damaging consequences of a stop ("würde Lieferketten zerreißen"). Also: a semicolon ends the first
subject's clause (the attribution may begin after it), a verb-final "dass" clause counts as finite for
an action, and a name in apposition to an object or after "darunter" holds no stance."""

from __future__ import annotations

import pytest

F, A = "for", "against"

POSITIVE = [
    # activating forces for the flank
    ("Das Bündnis hat am Freitag zum ersten Mal Teile seiner Schnellen Eingreiftruppe zum Schutz der Ostflanke aktiviert.",
     ("NATO", F, "eastern_flank_troops")),
    # troops put at the flank (the act around the flank term is the cue)
    ("Generalsekretär Jens Stoltenberg sagte, das Bündnis habe inzwischen 40.000 Soldaten an die Ostflanke verlegt.",
     ("Jens Stoltenberg", F, "eastern_flank_troops")),
    ("Die USA haben weitere Kampfjets an die Ostflanke geschickt.", ("USA", F, "eastern_flank_troops")),
    # implementing sanctions
    ("Die Bundesregierung kündigte an, die Sanktionen gegen Russland konsequent umzusetzen.",
     ("Deutschland", F, "sanctions")),
    ("Die Schweiz will die Sanktionen der EU gegen Moskau vollständig umsetzen.",
     ("Schweiz", F, "sanctions")),
    # enabling a delivery
    ("Verteidigungsministerin Christine Lambrecht sagte, die Regierung werde die Lieferung von Panzerhaubitzen an die Ukraine ermöglichen.",
     ("Christine Lambrecht", F, "heavy_weapons")),
    # confidence that it comes
    ("Kommissionspräsidentin Ursula von der Leyen zeigte sich zuversichtlich, dass das Ölembargo bis zum Sommer beschlossen wird.",
     ("Ursula von der Leyen", F, "energy_embargo")),
    # a package that provides for it
    ("Die EU-Kommission legte einen Entwurf vor; Kommissionschefin Ursula von der Leyen sagte, er sehe ein Embargo für Kohle aus Russland vor.",
     ("Ursula von der Leyen", F, "energy_embargo")),
    # putting someone on the sanctions list (the name in apposition to the object holds no stance)
    ("Kanada hat den Milliardär Oleg Deripaska auf die Sanktionsliste gesetzt.",
     ("Kanada", F, "sanctions")),
    ("Großbritannien hat den Eigentümer des Klubs, Roman Abramowitsch, auf die Sanktionsliste gesetzt.",
     ("Großbritannien", F, "sanctions")),
    # seizing with the separable verb split
    ("Spanien setzte im Hafen von Barcelona die Jacht „Valerie“ eines russischen Oligarchen fest.",
     ("Spanien", F, "sanctions")),
    # importing no Russian energy any more
    ("Lettland bezieht seit dem 1. April kein russisches Gas mehr.",
     ("Lettland", F, "energy_embargo")),
    ("Die Regierung in Warschau erklärte, Polen kaufe ab sofort keine russische Kohle mehr.",
     ("Polen", F, "energy_embargo")),
    ("Estland teilte mit, dass das Land keine russische Kohle mehr importiert.",
     ("Estland", F, "energy_embargo")),
    # a semicolon ends the first subject's clause; the attribution after it has its own speaker
    ("Litauen hat bereits ganz auf russisches Gas verzichtet; die Regierung in Vilnius erklärte am Sonntag, man sei unabhängig.",
     ("Litauen", F, "energy_embargo")),
    # a verb-final "dass" clause whose verb the tagger calls infinite
    ("„Wir werden dafür sorgen, dass wir russische Kohle bis August auslaufen lassen“, sagte Kommissionschefin Ursula von der Leyen.",
     ("Ursula von der Leyen", F, "energy_embargo")),
    # a preposition right after a proposal that governs a proposal itself is the verb's ("beteiligen an")
    ("Die Bundeswehr werde sich mit Soldaten und Flugabwehrsystemen an der Kampfgruppe in Litauen beteiligen, sagte Kanzler Olaf Scholz.",
     ("Olaf Scholz", F, "eastern_flank_troops")),
    # understanding a delivery
    ("Bischof Georg Bätzing sagte, er könne die Lieferung von Waffen an die Ukraine moralisch nachvollziehen.",
     ("Georg Bätzing", F, "arms_deliveries")),
    # a good outcome: solidarity
    ("Grünen-Politiker Anton Hofreiter sagte, ein Gasembargo wäre ein Zeichen echter Solidarität mit der Ukraine.",
     ("Anton Hofreiter", F, "energy_embargo")),
    # a quantified subject whose relative clause names the proposal, like a "wer" clause
    ("Jedes Land, das Kampfjets an Kiew abgebe, werde als Kriegspartei angesehen, sagte Kremlsprecher Dmitri Peskow.",
     ("Dmitri Peskow", A, "fighter_jets")),
    ("Außenminister Sergej Lawrow warnte, jedes Land, das eine Flugverbotszone über der Ukraine durchsetze, werde als Kriegsteilnehmer betrachtet.",
     ("Sergei Lawrow", A, "no_fly_zone")),
    # an announcement of the proposal is the announcer's
    ("Die US-Regierung reagierte am Abend mit der Ankündigung weiterer Sanktionen gegen russische Banken.",
     ("USA", F, "sanctions")),
    # a package that comprises it
    ("Ein Sprecher des britischen Verteidigungsministeriums, James Heappey, sagte, das Paket umfasse auch Flugabwehrpanzer vom Typ Stormer.",
     ("James Heappey", F, "heavy_weapons")),
    # closing one's airspace to Russian aircraft, verb first or last
    ("Kanada schließt seinen Luftraum für russische Maschinen.", ("Kanada", F, "sanctions")),
    ("Auch Großbritannien hat seinen Luftraum für russische Flugzeuge gesperrt.", ("Großbritannien", F, "sanctions")),
    # the proposal judged as a sign or an answer
    ("Grünen-Chef Omid Nouripour sagte, ein Ölembargo wäre ein starkes Zeichen an Moskau.",
     ("Omid Nouripour", F, "energy_embargo")),
    ("Die Linke-Vorsitzende Janine Wissler nannte Waffenlieferungen die falsche Antwort auf den Krieg.",
     ("Janine Wissler", A, "arms_deliveries")),
    # passing a package or a law (the lend-lease law as a name of arms deliveries)
    ("Die EU verabschiedete am Freitag das fünfte Sanktionspaket gegen Russland.", ("EU", F, "sanctions")),
    ("Kanzler Olaf Scholz sagte, die USA hätten mit dem Lend-Lease-Gesetz einen wichtigen Schritt getan.",
     ("Olaf Scholz", F, "arms_deliveries")),
    # deliveries on their way
    ("Ein Sprecher des Verteidigungsministeriums, Oberst Arne Collatz, sagte, die Panzerhaubitzen seien bereits auf dem Weg in die Ukraine.",
     ("Arne Collatz", F, "heavy_weapons")),
    # hope that it comes (a denied proposal hoped for is a rejection)
    ("Der Abgeordnete Michael Roth sagte, er hoffe, dass die Panzer bald in der Ukraine ankommen.",
     ("Michael Roth", F, "heavy_weapons")),
    # shortages and rationing as the outcome of a stop
    ("Wirtschaftsminister Robert Habeck sagte, ein Gasembargo würde zu Engpässen und zur Rationierung in der Industrie führen.",
     ("Robert Habeck", A, "energy_embargo")),
    # paying for the war with energy purchases argues for the embargo, also right after a rejection
    ("Der Grünen-Politiker Anton Hofreiter sagte, wer russisches Öl kaufe, bezahle Putins Krieg mit.",
     ("Anton Hofreiter", F, "energy_embargo")),
    ("Ungarn hat das Ölembargo abgelehnt. Der estnische Außenminister Urmas Reinsalu reagierte enttäuscht: „Wir bezahlen diesen Krieg mit.“",
     ("Urmas Reinsalu", F, "energy_embargo")),
    # consequences of a stop: damaging verbs
    ("Arbeitgeberpräsident Rainer Dulger sagte, ein sofortiger Lieferstopp würde Lieferketten in ganz Europa zerreißen.",
     ("Rainer Dulger", A, "energy_embargo")),
    ("Chemie-Präsident Christian Kullmann sagte, ein Gasembargo würde die Produktion in Ludwigshafen unterbrechen.",
     ("Christian Kullmann", A, "energy_embargo")),
    ("Finanzminister Christian Lindner sagte, ein Importstopp würde der deutschen Wirtschaft schweren Schaden zufügen.",
     ("Christian Lindner", A, "energy_embargo")),
    ("Außenminister Gabrielius Landsbergis sagte, ein Embargo würde die russische Kriegswirtschaft lähmen.",
     ("Gabrielius Landsbergis", F, "energy_embargo")),
]


@pytest.mark.parametrize("text,fact", POSITIVE, ids=lambda x: str(x)[:50])
def test_round9_fact9_positive(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts


NEGATIVE = [
    # a report of facts without an agent who acts
    ("Die Preise für russisches Gas steigen seit Wochen.", None),
    ("Die Gaspreise sind nach dem Lieferstopp aus Russland stark gestiegen.", None),
    # a damaging verb in the indicative with a definite subject reports a fact, it argues nothing
    ("Der Lieferstopp unterbrach am Montag die Produktion in mehreren Werken.", None),
    # an example of the seized objects is no holder
    ("In Italien hat die Polizei Villen und Jachten beschlagnahmt, darunter die „Scheherazade“ des Unternehmers Oleg Petrow.",
     "Oleg Petrow"),
    # the name in apposition to the object is not the one who sanctions
    ("Australien hat den Unternehmer Roman Abramowitsch, den Eigentümer des FC Chelsea, auf die Sanktionsliste gesetzt.",
     "Roman Abramowitsch"),
    ("Großbritannien hat den Eigentümer des Klubs, Roman Abramowitsch, auf die Sanktionsliste gesetzt.",
     "Roman Abramowitsch"),
    # understanding the critics is no support ("Bedenken" is the explicit cue)
    ("Bischof Georg Bätzing sagte, er könne die Bedenken gegen Waffenlieferungen an die Ukraine nachvollziehen.",
     ("Georg Bätzing", F, "arms_deliveries")),
    ("Finanzminister Christian Lindner sagte, er hoffe, dass eine Flugverbotszone nicht nötig werde.",
     ("Christian Lindner", F, "no_fly_zone")),
    # the Ukrainian airspace is the no-fly zone, not a sanction
    ("Selenskyj forderte, den ukrainischen Luftraum für russische Kampfflugzeuge zu sperren.",
     ("Wolodymyr Selenskyj", F, "sanctions")),
    # the idiom "sich an die Seite … stellen" is no troop movement
    ("Die Kirche dürfe sich nicht an die Seite der Waffen stellen, sagte Landesbischof Friedrich Kramer.",
     ("Friedrich Kramer", A, "arms_deliveries")),
    # a country cut off by Russia buys nothing: no "kaufen"/"importieren" act of its own
    ("Gazprom liefert seit Mittwoch kein Gas mehr nach Bulgarien.", "Bulgarien"),
]


@pytest.mark.parametrize("text,not_holder", NEGATIVE, ids=lambda x: str(x)[:50])
def test_round9_fact9_negative(positions_of, text, not_holder):
    facts = positions_of(text)
    if not_holder is None:
        assert not facts, facts
    elif isinstance(not_holder, tuple):
        assert not_holder not in facts, facts
    else:
        assert not any(h == not_holder for h, _, _ in facts), facts


def test_round9_fact9_subject_apposition_still_holds(positions_of):
    # the apposition to a nominative subject names the holder
    facts = positions_of("Der Präsident des Industrieverbands, Siegfried Russwurm, lehnte ein Gasembargo ab.")
    assert ("Siegfried Russwurm", A, "energy_embargo") in facts, facts
