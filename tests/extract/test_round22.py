"""Round 22 (decision 008, "Round 22"): sources and owners in the genitive ("nach Angaben der Downing
Street", "nach den Worten des Norwegers"), stance verbs that take up the topic without an object
(data file ``topic_verbs.txt``: "Washington winkte ab"), an actor that shares a stance in a clause of
its own ("…, Berlin ebenso"), "eine Ausweitung" as an anaphor, "vermeiden" with a named object
(``object_cues.txt``), a view's owner inside reported content ("aus Sicht Austins … teilte das Pentagon mit"),
and a proposal named as the means of stopping or preventing something (``prevention_verbs.txt``: "Mit
Sanktionen will Polen Putin stoppen")."""

from __future__ import annotations

import pytest

F, A = "for", "against"

FOUND = [
    # a source in the genitive holds an agentless report
    ("Premierminister Boris Johnson war am Samstag in Kiew. Nach Angaben der Downing Street sollen außerdem weitere "
     "Flugabwehrraketen und 800 Panzerabwehrwaffen geschickt werden.", ("Großbritannien", F, "arms_deliveries")),
    ("Nach Angaben des Pentagons sollen weitere Stinger-Raketen an die Ukraine geliefert werden.",
     ("Pentagon", F, "arms_deliveries")),
    ("Nach Angaben der Bundesregierung wird die Lieferung von Kampfjets weiterhin abgelehnt.",
     ("Deutschland", A, "fighter_jets")),
    # but a genitive source of what the subject did is no holder in its place
    ("Die Bundesregierung weist 40 russische Diplomaten aus. Deutschland werde die Ukraine weiter mit Waffen "
     "unterstützen, kündigte Außenministerin Annalena Baerbock an.\n\nVILNIUS (Reuters) – Litauen hat nach Angaben "
     "der Regierung als erstes EU-Land die Einfuhr von russischem Gas vollständig eingestellt.",
     ("Litauen", F, "energy_embargo")),
    # an opinion's owner in the genitive, also a nationality noun
    ("Nato-Generalsekretär Jens Stoltenberg traf die Außenminister in Brüssel. Nach den Worten des Norwegers wäre "
     "eine Flugverbotszone ein schwerer Fehler.", ("Jens Stoltenberg", A, "no_fly_zone")),
    ("Der britische Premier Boris Johnson besuchte Kiew. Nach Einschätzung des Briten wäre ein Ölembargo der "
     "richtige Schritt.", ("Boris Johnson", F, "energy_embargo")),
    ("Jens Stoltenberg äußerte sich nach dem Treffen. Nach den Worten des Generalsekretärs darf die Nato keine "
     "Kriegspartei werden; eine Flugverbotszone lehne das Bündnis ab.", ("Jens Stoltenberg", A, "no_fly_zone")),
    # stance verbs that take up the topic without an object
    ("Polen hat eine bewaffnete Friedensmission der Nato in der Ukraine vorgeschlagen. Washington winkte ab.",
     ("USA", A, "peace_mission")),
    ("Der polnische Vorschlag einer Friedensmission stieß auf wenig Gegenliebe. Washington winkte ab, Berlin ebenso.",
     ("Deutschland", A, "peace_mission")),
    ("Polen hat eine Friedensmission der Nato vorgeschlagen. Die USA lehnten den Vorschlag ab, Deutschland auch.",
     ("Deutschland", A, "peace_mission")),
    ("Die Ampel-Koalition hat die Lieferung von Panzerhaubitzen zugesagt. Die Union begrüßte die Entscheidung, die "
     "FDP ebenfalls.", ("FDP", F, "heavy_weapons")),
    # "eine Ausweitung" takes up the proposal
    ("Die Union fordert die Lieferung schwerer Waffen. Die Linke lehnt jede Ausweitung ab.",
     ("Linke", A, "heavy_weapons")),
    ("Die Grünen wollen die Sanktionen gegen Russland verschärfen. Die AfD lehnt eine Ausweitung der Sanktionen ab.",
     ("AfD", A, "sanctions")),
    # a proposal as the means of stopping or preventing
    ("Mit Sanktionen will Polen Putin stoppen.", ("Polen", F, "sanctions")),
    ("Mit einem Gasembargo will die EU den Krieg beenden, sagte Estlands Regierungschefin Kaja Kallas.",
     ("Kaja Kallas", F, "energy_embargo")),
    ("Mit der Lieferung von Panzern will die Bundesregierung verhindern, dass die Ukraine den Krieg verliert.",
     ("Deutschland", F, "heavy_weapons")),
    ("Durch die Lieferung schwerer Waffen wollen die USA verhindern, dass Russland im Donbass gewinnt.",
     ("USA", F, "heavy_weapons")),
    ("Mit einem Embargo ließe sich der Krieg nicht stoppen, sagte Wirtschaftsminister Robert Habeck.",
     ("Robert Habeck", A, "energy_embargo")),
    # avoiding a step named as the object (object_cues.txt)
    ("Bundeskanzler Olaf Scholz will ein sofortiges Gasembargo unbedingt vermeiden.", ("Olaf Scholz", A, "energy_embargo")),
    # a view's owner named inside reported content holds the view beside the speaker
    ("US-Verteidigungsminister Lloyd Austin telefonierte mit Warschau. Die Übergabe der Jets berge aus Sicht Austins "
     "ein „hohes Risiko“ einer Eskalation mit Russland, teilte das Pentagon anschließend mit.",
     ("Lloyd Austin", A, "fighter_jets")),
    ("Ein Gasembargo sei aus Sicht der Union überfällig, sagte CDU-Chef Friedrich Merz.", ("CDU/CSU", F, "energy_embargo")),
    # "vorhalten" criticises: a hesitation held against someone is wanted ended
    ("Unionsfraktionschef Friedrich Merz hielt dem Kanzler vor, bei den Waffenlieferungen zu zögerlich zu handeln.",
     ("Friedrich Merz", F, "arms_deliveries")),
    ("CDU-Chef Friedrich Merz hielt der Bundesregierung vor, bei der Lieferung schwerer Waffen zu zögern.",
     ("Friedrich Merz", F, "heavy_weapons")),
    # "der Grüne", "die Grüne": a party's politician, not the party
    ("Wirtschaftsminister Robert Habeck sprach am Abend in Berlin. Beim Gas aber bleibt der Grüne bei seinem Nein zu "
     "einem Embargo.", ("Robert Habeck", A, "energy_embargo")),
    ("Außenministerin Annalena Baerbock war in Kiew. Die Grüne lehnt ein sofortiges Gasembargo weiterhin ab.",
     ("Annalena Baerbock", A, "energy_embargo")),
    ("Die Grünen fordern ein sofortiges Gasembargo.", ("Grüne", F, "energy_embargo")),
    # "ließ … wissen" introduces speech
    ("Polen schlug eine Friedensmission der Nato vor. Eine Beteiligung deutscher Soldaten an einer solchen Mission "
     "komme nicht in Frage, ließ Bundeskanzler Olaf Scholz am Mittwoch wissen.", ("Olaf Scholz", A, "peace_mission")),
    ("Ein Gasembargo sei derzeit nicht zu verantworten, hatte Wirtschaftsminister Robert Habeck verlauten lassen.",
     ("Robert Habeck", A, "energy_embargo")),
    # a press review's outlet that contradicts, or looks at something
    ("Die LAUSITZER RUNDSCHAU aus Cottbus widerspricht: „Deutschland sollte dem amerikanischen Beispiel folgen und "
     "auf russisches Öl verzichten.“", ("Lausitzer Rundschau", F, "energy_embargo")),
    # out of SWIFT; Russian energy no longer bought
    ("Alle russischen Banken müssen aus SWIFT raus, auch die Sberbank, sagte Botschafter Andrij Melnyk.",
     ("Andrij Melnyk", F, "sanctions")),
    ("Deutschland muss sofort aufhören, russisches Öl, Gas und Kohle zu kaufen, sagte Botschafter Andrij Melnyk.",
     ("Andrij Melnyk", F, "energy_embargo")),
    ("Deutschland solle deshalb auch russisches Gas und Öl nicht länger kaufen, forderte der frühere Bundespräsident "
     "Joachim Gauck.", ("Joachim Gauck", F, "energy_embargo")),
]

NOT_FOUND = [
    ("Mit Sanktionen will Polen Putin stoppen.", ("Polen", A, "sanctions")),
    ("Mit der Lieferung von Panzern will die Bundesregierung verhindern, dass die Ukraine den Krieg verliert.",
     ("Deutschland", A, "heavy_weapons")),
    # what is stopped, not a means
    ("Russland will die westlichen Waffenlieferungen mit allen Mitteln stoppen, sagte Kremlsprecher Dmitri Peskow.",
     ("Dmitri Peskow", F, "arms_deliveries")),
    # "auch" inside a clause with its own verb is no shared stance
    ("Polen hat eine Friedensmission vorgeschlagen. Die USA lehnten ab, und Deutschland prüft den Vorschlag auch.",
     ("Deutschland", A, "peace_mission")),
    # a nationality noun in the genitive is a person, not the country
    ("Jens Stoltenberg traf Scholz in Berlin. Nach den Worten des Norwegers wäre eine Flugverbotszone ein Fehler.",
     ("Norwegen", A, "no_fly_zone")),
    # a singular "sie" in a later paragraph takes up no government named before, nor ever the USA
    ("Der polnische Vorschlag einer Friedensmission stieß auf wenig Gegenliebe. Washington winkte ab, Berlin ebenso."
     "\n\nWas die Ukraine braucht, liegt auf dem Tisch. Sie braucht Panzerabwehrwaffen und Munition.",
     ("USA", F, "arms_deliveries")),
    ("Der polnische Vorschlag einer Friedensmission stieß auf wenig Gegenliebe. Washington winkte ab, Berlin ebenso."
     "\n\nWas die Ukraine braucht, liegt auf dem Tisch. Sie braucht Panzerabwehrwaffen und Munition.",
     ("Deutschland", F, "arms_deliveries")),
    ("Die USA lehnten eine Flugverbotszone ab, sagte Präsident Joe Biden. Sie braucht Munition, nicht eine "
     "Flugverbotszone.", ("USA", F, "arms_deliveries")),
    ("Die Bundesregierung weist 40 russische Diplomaten aus. Deutschland werde die Ukraine weiter mit Waffen "
     "unterstützen, kündigte Außenministerin Annalena Baerbock an.\n\nVILNIUS (Reuters) – Litauen hat nach Angaben "
     "der Regierung als erstes EU-Land die Einfuhr von russischem Gas vollständig eingestellt.",
     ("Deutschland", F, "energy_embargo")),
    ("Unionsfraktionschef Friedrich Merz hielt dem Kanzler vor, bei den Waffenlieferungen zu zögerlich zu handeln.",
     ("Friedrich Merz", A, "arms_deliveries")),
    ("Wirtschaftsminister Robert Habeck sprach am Abend in Berlin. Beim Gas aber bleibt der Grüne bei seinem Nein zu "
     "einem Embargo.", ("Grüne", A, "energy_embargo")),
    ("Bundeskanzler Olaf Scholz will ein sofortiges Gasembargo unbedingt vermeiden.", ("Olaf Scholz", F, "energy_embargo")),
    # but only a proposal named as its object: an anaphor says too little which
    ("Polen bot an, seine MiG-29 über Ramstein an die Ukraine zu übergeben. Genau das will Scholz vermeiden.",
     ("Olaf Scholz", A, "fighter_jets")),
    ("Mit der Lieferung von Panzern will die Bundesregierung vermeiden, dass die Ukraine den Krieg verliert.",
     ("Deutschland", A, "heavy_weapons")),
    # "dagegen" after a fronted predicate contrasts
    ("Die VOLKSSTIMME aus Magdeburg meint: „Ein Kampfjet macht noch keine Strategie. Richtig ist dagegen, die "
     "Sanktionen weiter zu verschärfen, bis sie das System Putin ins Mark treffen.“", ("Volksstimme", A, "sanctions")),
    # a common noun that is also an outlet's name
    ("Eine Umfrage zeigte ein gespaltenes Bild: Eine knappe Mehrheit der Befragten wäre bereit, für ein "
     "Energieembargo höhere Preise in Kauf zu nehmen.", ("Bild", F, "energy_embargo")),
    # a genitive source of a fact that is no stance
    ("Nach Angaben des ukrainischen Generalstabs wurden in der Nacht mehrere russische Panzer zerstört.",
     ("Ukraine", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round22_found(positions_of, text, fact):
    assert fact in positions_of(text)


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round22_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)
