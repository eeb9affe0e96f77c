"""Round 18, lead (decision 008, "Round 18"): delivery anaphors of several kinds, a cue's own infinitive
complement, speech verbs (spelling out, "ließ ausrichten"), "X ja, Y nein", possessives of a country or
party ("seine Regierung", "dessen Partei"), reactions to a stance noun, the Russian foreign ministry,
subheadings that are no interview turns, harm idioms and other cases found in dev 14 and dev 15."""

from __future__ import annotations

import pytest

F, A = "for", "against"

FOUND = [
    # "die Lieferungen" after an embargo and an arms topic: the deliveries are the weapons
    ("Kiew bittet um Waffen, und der Westen erwägt ein Ölembargo. Die frühere EKD-Ratsvorsitzende Margot Käßmann "
     "sprach sich gegen die Lieferungen aus.", ("Margot Käßmann", A, "arms_deliveries")),
    # a speech verb introducing the Konjunktiv sentences after it; "ebenso wenig" negates
    ("Was das heißt, buchstabiert Scholz aus. Eine Flugverbotszone werde es ebenso wenig geben wie Nato-Soldaten in "
     "der Ukraine. Die Sanktionen seien hart, und man werde sie weiter verschärfen.", ("Olaf Scholz", A, "no_fly_zone")),
    ("Was das heißt, buchstabiert Scholz aus. Eine Flugverbotszone werde es ebenso wenig geben wie Nato-Soldaten in "
     "der Ukraine. Die Sanktionen seien hart, und man werde sie weiter verschärfen.", ("Olaf Scholz", F, "sanctions")),
    ("Verteidigungsministerin Christine Lambrecht sprach in Berlin. Die Ministerin skizzierte ihre Linie. Kampfpanzer "
     "werde Deutschland genauso wenig liefern wie Kampfjets.",
     ("Christine Lambrecht", A, "heavy_weapons")),
    # "X ja, Y nein": the answer right after the proposal
    ("Linken-Fraktionschef Dietmar Bartsch sprach im Bundestag. Sanktionen gegen Oligarchen ja, ein Ölembargo nein, "
     "sagte Bartsch.", ("Dietmar Bartsch", F, "sanctions")),
    ("Linken-Fraktionschef Dietmar Bartsch sprach im Bundestag. Sanktionen gegen Oligarchen ja, ein Ölembargo nein, "
     "sagte Bartsch.", ("Dietmar Bartsch", A, "energy_embargo")),
    # the subject voices their country's or party's stance, named by a possessive
    ("Der ukrainische Außenminister Dmytro Kuleba wiederholte die Bitte seines Landes um Kampfflugzeuge.",
     ("Dmytro Kuleba", F, "fighter_jets")),
    ("Linken-Fraktionschef Dietmar Bartsch sprach in Berlin. Zugleich bekräftigte er das Nein seiner Partei zu "
     "Waffenlieferungen in die Ukraine.", ("Dietmar Bartsch", A, "arms_deliveries")),
    # blue helmets by other compounds; no oil "aus Russland" any more, also as a compound
    ("Linken-Chefin Janine Wissler sprach in Berlin. Eine solche Blauhelmtruppe unter UN-Dach, sagte Wissler, könne sie "
     "sich vorstellen.", ("Janine Wissler", F, "peace_mission")),
    ("Sachsens Ministerpräsident Michael Kretschmer brachte eine Mission ins Spiel, die eine Waffenruhe mit "
     "Blauhelmsoldaten absichern könne.", ("Michael Kretschmer", F, "peace_mission")),
    ("Polen hat ebenfalls zugesagt, kein Pipeline-Öl aus Russland mehr abzunehmen.", ("Polen", F, "energy_embargo")),
    # "seine Regierung", "dessen Regierung": the country of the person named
    ("Ungarns Außenminister Péter Szijjártó, dessen Regierung Waffenlieferungen ablehnt, äußerte sich in Brüssel nicht "
     "öffentlich.", ("Ungarn", A, "arms_deliveries")),
    ("Frankreichs Präsident Emmanuel Macron und seine Regierung wollen die Truppen in Rumänien verstärken.",
     ("Frankreich", F, "eastern_flank_troops")),
    # a presence strengthened in an enumeration of places
    ("„Wir werden unsere Präsenz an Land, in der Luft und auf See deutlich verstärken“, sagte Generalsekretär Jens "
     "Stoltenberg.", ("Jens Stoltenberg", F, "eastern_flank_troops")),
    # a reaction to a stance noun whose object the proposal is composes with it
    ("Die Absage der Nato an eine Flugverbotszone über der Ukraine stößt in der Bundesregierung auf Zustimmung.",
     ("Deutschland", A, "no_fly_zone")),
    ("Die Absage der Nato an eine Flugverbotszone über der Ukraine stößt in der Bundesregierung auf Zustimmung.",
     ("NATO", A, "no_fly_zone")),
    ("Die Bundesregierung begrüßte das Nein der Allianz zu einer Friedensmission.", ("Deutschland", A, "peace_mission")),
    # "ließ (über seinen Sprecher) ausrichten": the infinitive after "lassen" is the speech verb
    ("In Berlin ist die Antwort klar. Der Kanzler ließ über seinen Sprecher ausrichten, Nato-Truppen in der Ukraine "
     "werde es nicht geben.", ("Olaf Scholz", A, "peace_mission")),
    ("Die Bundesregierung ließ mitteilen, sie lehne ein Gasembargo ab.", ("Deutschland", A, "energy_embargo")),
    # the spokeswoman of the Russian foreign ministry speaks for the ministry (as Kirby for the Pentagon)
    ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, hat den Westen vor weiteren Waffenlieferungen "
     "gewarnt.", ("Russisches Außenministerium", A, "arms_deliveries")),
    ("Das russische Außenministerium verurteilte die neuen Sanktionen scharf.", ("Russisches Außenministerium", A, "sanctions")),
    # harm idioms: strangling oneself, cutting one's own flesh, tearing supply chains
    ("AfD-Fraktionschefin Alice Weidel sprach von einer bewegenden Rede, warnte jedoch, Deutschland dürfe sich durch ein "
     "Energieembargo nicht selbst strangulieren.", ("Alice Weidel", A, "energy_embargo")),
    ("Sachsens Ministerpräsident Michael Kretschmer sprach in Dresden. Mit einem Gasembargo würden wir uns ins eigene "
     "Fleisch schneiden, sagte Kretschmer.", ("Michael Kretschmer", A, "energy_embargo")),
    ("„Ein Embargo würde Produktionsketten reißen lassen“, sagte BDI-Präsident Siegfried Russwurm.",
     ("Siegfried Russwurm", A, "energy_embargo")),
    ("Der CDU-Außenpolitiker Roderich Kiesewetter nannte die Idee einer bewaffneten Friedensmission „gut gemeint, aber "
     "nicht zu Ende gedacht“.", ("Roderich Kiesewetter", A, "peace_mission")),
    # a subheading "SPD: …" over a short item is no interview turn
    ("Kurz gemeldet\n\nScholz: Mehr Hilfe\n\nBerlin. Kanzler Olaf Scholz kündigte weitere Hilfe an.\n\n"
     "SPD: Keine Leoparden\n\nBerlin. Die SPD hält an ihrer Zurückhaltung fest. Kampfpanzer westlicher Bauart solle "
     "es vorerst nicht geben, sagte Generalsekretär Kevin Kühnert.", ("Kevin Kühnert", A, "heavy_weapons")),
    # the separable verb split around SWIFT
    ("Die EU schließt zudem die Sberbank, das größte Geldhaus Russlands, aus dem Zahlungssystem Swift aus.",
     ("EU", F, "sanctions")),
    # the delegates of a party congress are the party
    ("Die FDP hat in Berlin ihren Parteitag eröffnet. Die Delegierten beschlossen am Samstag mit großer Mehrheit "
     "einen Antrag, der die Lieferung schwerer Waffen fordert.", ("FDP", F, "heavy_weapons")),
    ("Die FDP hat in Berlin ihren Parteitag eröffnet. Die Mehrheit der Delegierten lehnte es jedoch ab, ein sofortiges "
     "Energieembargo zu fordern.", ("FDP", A, "energy_embargo")),
    # (a purpose clause is no infinitive of the cue's own)
    ("Scholz sagte, Kampfjets werde Deutschland nicht liefern, weil die Regierung sich weigere, um eine Eskalation zu "
     "vermeiden.", ("Olaf Scholz", A, "fighter_jets")),
]

NOT_FOUND = [
    # stopping "the deliveries" after an embargo was named is a supplier's cut-off, not a stance on the embargo
    ("Die EU-Staaten einigten sich auf ein Ölembargo. Gazprom stellte am Dienstag die Lieferungen an den "
     "niederländischen Gashändler GasTerra ein.", ("Gazprom", A, "energy_embargo")),
    ("Die Nato lehnt eine Flugverbotszone ab. Auch die frühere EKD-Ratsvorsitzende Margot Käßmann sprach sich gegen die "
     "Lieferungen aus.", ("Margot Käßmann", A, "no_fly_zone")),
    # the refusal in a subordinate clause has an infinitive of its own: it refuses to pay in roubles
    ("Gazprom hat die Gaslieferungen nach Polen Ende April eingestellt, nachdem Warschau sich geweigert hatte, in "
     "Rubel zu bezahlen.", ("Polen", A, "energy_embargo")),
    ("Was das heißt, buchstabiert Scholz aus. Eine Flugverbotszone werde es ebenso wenig geben wie Nato-Soldaten in "
     "der Ukraine.", ("Olaf Scholz", F, "no_fly_zone")),
    # "ja" as a particle is no answer
    ("Unionsfraktionschef Friedrich Merz sprach im Bundestag. Ein Gasembargo, ja, das wäre ein schwerer Fehler, sagte "
     "Merz.", ("Friedrich Merz", F, "energy_embargo")),
    ("Der ukrainische Außenminister Dmytro Kuleba wiederholte die Bitte seines Landes um Kampfflugzeuge.",
     ("Ukraine", F, "fighter_jets")),
    # a relative clause with "dessen" is no enumeration
    ("Schleswig-Holsteins Ministerpräsident Daniel Günther (CDU), dessen Partei die Wahl gewonnen hatte, befürwortete "
     "erneut die Lieferung schwerer Waffen.", ("CDU/CSU", F, "heavy_weapons")),
    ("Ungarns Außenminister Péter Szijjártó, dessen Regierung Waffenlieferungen ablehnt, äußerte sich in Brüssel nicht "
     "öffentlich.", ("Peter Szijjarto", A, "arms_deliveries")),
    ("Die Absage der Nato an eine Flugverbotszone über der Ukraine stößt in der Bundesregierung auf Zustimmung.",
     ("Deutschland", F, "no_fly_zone")),
    # a speaker after the speech verb comes before any comma
    ("AfD-Fraktionschefin Alice Weidel sprach von einer bewegenden Rede, warnte jedoch, Deutschland dürfe sich durch ein "
     "Energieembargo nicht selbst strangulieren.", ("Deutschland", A, "energy_embargo")),
    # (not as an object, nor without a party named before)
    ("Die FDP hat in Berlin ihren Parteitag eröffnet. Lindner dankte den Delegierten für den Antrag gegen ein "
     "Gasembargo.", ("FDP", A, "energy_embargo")),
    ("Ungarn blockiert das Ölembargo, nachdem die Slowakei sich geweigert hatte, in Rubel zu zahlen.",
     ("Slowakei", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round18_found(positions_of, text, fact):
    assert fact in positions_of(text)


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round18_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)
