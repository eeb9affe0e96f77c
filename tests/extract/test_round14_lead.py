"""Round 14, lead (decision 008, "Round 14"): the organisation of a speaker's role in reported speech
("DGB-Chef Hoffmann …: Der DGB stehe hinter …") and "der Verband" for the organisation of a role just
named; offices as holders (Élysée-Palast, Downing Street) and the G7 by description; following an
example; a stance noun given with a dative pronoun ("erteilte ihr eine Absage"); going on distance;
pipeline oil given up."""

from __future__ import annotations

import pytest

F, A = "for", "against"

FOUND = [
    # the organisation of a role just named: "der Verband", and the speaker's own organisation in their words
    ("BDI-Präsident Siegfried Russwurm warnte am Mittwoch vor einem Gasembargo. Der Verband trage die bisherigen "
     "Sanktionen aber mit, sagte Russwurm.", ("BDI", F, "sanctions")),
    ("BDI-Präsident Siegfried Russwurm warnte am Mittwoch vor einem Gasembargo. Der Verband trage die bisherigen "
     "Sanktionen aber mit, sagte Russwurm.", ("Siegfried Russwurm", F, "sanctions")),
    ("Der DGB stehe aber hinter den Wirtschaftssanktionen, sagte DGB-Chef Reiner Hoffmann der „Rheinischen Post“.",
     ("DGB", F, "sanctions")),
    ("Verdi-Chef Frank Werneke äußerte sich am Rande einer Konferenz. Die Gewerkschaft unterstütze die Sanktionen "
     "gegen Russland ausdrücklich, sagte Werneke.", ("Frank Werneke", F, "sanctions")),
    # offices that speak for their government, and the G7 by description
    ("Paris liefert Haubitzen. Eine Flugverbotszone lehnt der Élysée-Palast aber weiterhin ab.",
     ("Frankreich", A, "no_fly_zone")),
    ("In London wies Downing Street Forderungen nach einer Flugverbotszone zurück.", ("Großbritannien", A, "no_fly_zone")),
    ("Zugleich kündigten die sieben führenden Industrienationen neue Sanktionen gegen Moskau an.", ("G7", F, "sanctions")),
    # following an example: for the step just reported
    ("Litauen hat als erstes EU-Land den Import von russischem Gas vollständig gestoppt. Präsident Gitanas Nausėda "
     "rief die übrigen EU-Staaten auf, dem Beispiel zu folgen.", ("Gitanas Nauseda", F, "energy_embargo")),
    ("Litauen hat den Import von russischem Gas gestoppt. Ungarn will dem Beispiel aber nicht folgen.",
     ("Ungarn", A, "energy_embargo")),
    ("Litauen hat den Import von russischem Gas gestoppt. Lettland und Estland folgten dem litauischen Beispiel "
     "wenige Tage später.", ("Estland", F, "energy_embargo")),
    # a stance noun voiced with "erteilen" and a dative pronoun for the proposal
    ("Polens Vize-Regierungschef Jarosław Kaczyński schlug eine Friedensmission der Nato vor. Auch in Berlin stieß "
     "die Idee auf Ablehnung; Bundeskanzler Olaf Scholz erteilte ihr eine klare Absage.", ("Olaf Scholz", A, "peace_mission")),
    # going on distance from the proposal just named
    ("Polen schlug am Dienstag eine Friedensmission in der Ukraine vor. Auch die Bundesregierung geht auf Distanz.",
     ("Deutschland", A, "peace_mission")),
    # pipeline oil given up in an oil-embargo report
    ("Deutschland und Polen haben zugesagt, bis Jahresende auch auf Pipeline-Öl zu verzichten.",
     ("Polen", F, "energy_embargo")),
    ("Ungarn will auf Pipelineöl aus der Druschba-Leitung nicht verzichten, sagte Orbán.",
     ("Viktor Orbán", A, "energy_embargo")),
    # a threat because of a proposal is against it
    ("Moskau droht dem Westen wegen der Waffenlieferungen an die Ukraine mit Konsequenzen.",
     ("Russland", A, "arms_deliveries")),
    ("Der Kreml drohte wegen der neuen Sanktionen mit Vergeltung.", ("Kreml", A, "sanctions")),
    # a passive stance without an agent, placed in a capital
    ("Die EU-Kommission plant ein Ölembargo gegen Russland. In Berlin wird das Embargo inzwischen unterstützt.",
     ("Deutschland", F, "energy_embargo")),
    ("Die EU-Kommission plant ein Ölembargo gegen Russland. Auch in Budapest wird es weiter abgelehnt.",
     ("Ungarn", A, "energy_embargo")),
    # a German office without "Bundes-", named by its title alone
    ("Der Vizekanzler hat vor den Folgen eines sofortigen Gas-Embargos gewarnt.", ("Robert Habeck", A, "energy_embargo")),
    # a speech verb in the perfect closes its bracket before the reported clause; a spokesperson's report
    # of the chancellor's stance is the government's too
    ("Am Vortag hatte Regierungssprecher Steffen Hebestreit gesagt, der Kanzler lehne Kampfpanzer weiterhin ab.",
     ("Steffen Hebestreit", A, "heavy_weapons")),
    ("Am Vortag hatte Regierungssprecher Steffen Hebestreit gesagt, der Kanzler lehne Kampfpanzer weiterhin ab.",
     ("Olaf Scholz", A, "heavy_weapons")),
    # a party's leadership is the party
    ("Die Grünen-Spitze um Außenministerin Annalena Baerbock hat sich für die Lieferung schwerer Waffen ausgesprochen.",
     ("Grüne", F, "heavy_weapons")),
    # the title of a named organisation after a country's genitive: the organisation is the subject
    ("Polens Regierungspartei PiS hält trotz der Absagen aus Berlin und Paris an der Idee einer internationalen "
     "Friedensmission in der Ukraine fest.", ("PiS", F, "peace_mission")),
    ("Polens Regierung hält an der Idee einer Friedensmission fest.", ("Polen", F, "peace_mission")),
    # "Auch in Budapest stieß der Plan auf Ablehnung": the place after an adverb, before the verb
    ("Polen schlug am Dienstag eine Friedensmission vor. Auch in Budapest stieß der Plan auf Ablehnung.",
     ("Ungarn", A, "peace_mission")),
    ("Polen schlug am Dienstag eine Friedensmission vor. Auch bei den Grünen stößt die Idee auf Zustimmung.",
     ("Grüne", F, "peace_mission")),
    # a specific kind of arms beside heavy weapons names both kinds
    ("Die USA würden weiter Haubitzen und Munition liefern, sagte Verteidigungsminister Lloyd Austin.",
     ("Lloyd Austin", F, "arms_deliveries")),
    ("Die USA würden weiter Haubitzen und Munition liefern, sagte Verteidigungsminister Lloyd Austin.",
     ("Lloyd Austin", F, "heavy_weapons")),
    ("Frankreich liefere der Ukraine Haubitzen vom Typ Caesar sowie Milan-Panzerabwehrraketen, sagte Macron.",
     ("Emmanuel Macron", F, "arms_deliveries")),
    # planes beside tanks, and planes asked for, are fighter jets
    ("Der ukrainische Präsident Wolodymyr Selenskyj bat die Nato um ein Prozent ihrer Flugzeuge und Panzer.",
     ("Wolodymyr Selenskyj", F, "fighter_jets")),
    ("Kiew braucht Panzer und Flugzeuge, sagte Außenminister Dmytro Kuleba.", ("Dmytro Kuleba", F, "fighter_jets")),
    ("Die ukrainische Regierung bittet seit Tagen um Flugzeuge.", ("Ukraine", F, "fighter_jets")),
    # a package that includes an energy carrier is the energy embargo; heavy weapons by ellipsis
    ("Ähnlich äußerte sich der polnische Regierungschef Mateusz Morawiecki, der ein noch weitergehendes Paket "
     "inklusive Gas verlangt.", ("Mateusz Morawiecki", F, "energy_embargo")),
    ("Deutschland liefere seit Wochen Waffen, darunter auch schwere, sagte Kühnert.", ("Kevin Kühnert", F, "heavy_weapons")),
    ("Frankreich liefert der Ukraine Caesar-Geschütze.", ("Frankreich", F, "heavy_weapons")),
    # "nicht zu verantworten", "wirtschaftlicher Krieg"
    ("Ein sofortiges Embargo für russisches Gas wäre nicht zu verantworten, sagte BDI-Präsident Siegfried Russwurm.",
     ("Siegfried Russwurm", A, "energy_embargo")),
    ("Der Kreml bezeichnete die westlichen Sanktionen als „wirtschaftlichen Krieg“.", ("Kreml", A, "sanctions")),
    # agreeing without an object agrees to the proposal just discussed
    ("Die EU-Kommission schlug ein Ölembargo vor. Ungarn stimmte nach langem Streit schließlich zu.",
     ("Ungarn", F, "energy_embargo")),
    # refusals from several capitals
    ("Polens Regierungspartei PiS hält trotz der Absagen aus Berlin und Paris an der Idee einer internationalen "
     "Friedensmission in der Ukraine fest.", ("Frankreich", A, "peace_mission")),
    # "Das teilten …, … und … mit": every member of the enumeration states it
    ("Die westlichen Verbündeten haben sich darauf verständigt, ausgewählte russische Banken vom Zahlungssystem SWIFT "
     "auszuschließen. Das teilten die Bundesregierung, die USA, die EU-Kommission, Frankreich und Kanada am Samstagabend "
     "in einer gemeinsamen Erklärung mit.", ("Kanada", F, "sanctions")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round14_found(positions_of, text, fact):
    assert fact in positions_of(text)


NOT_FOUND = [
    # "der Verband" is the organisation of the role just named, not the nearest organisation
    ("Die EU berät über ein Embargo. BDI-Präsident Siegfried Russwurm warnte am Mittwoch vor einem Gasembargo. "
     "Der Verband trage die bisherigen Sanktionen aber mit, sagte Russwurm.", ("EU", F, "sanctions")),
    # a minister's words about their own country stay theirs (the annotation convention)
    ("Grundsätzlich trage die Slowakei ein Embargo mit, sagte Ministerpräsident Eduard Heger in Bratislava.",
     ("Slowakei", F, "energy_embargo")),
    # distance from a person is no stance on the proposal just named
    ("Polen schlug eine Friedensmission vor. Die Grünen gingen auf Distanz zu Gerhard Schröder.",
     ("Grüne", A, "peace_mission")),
    # "zum Beispiel" is no example followed
    ("Litauen hat den Import von russischem Gas gestoppt. Estland prüft zum Beispiel neue Hilfen für Familien.",
     ("Estland", F, "energy_embargo")),
    # an example followed that is not a proposal's
    ("Scholz reiste nach Kiew. Macron will dem Beispiel folgen und in die Ukraine reisen.",
     ("Emmanuel Macron", F, "peace_mission")),
    # a clause after a dash with an object of its own takes no proposal from the clause before
    ("Moskau droht Westen wegen Waffenlieferungen – Gazprom stoppt Gas für Polen und Bulgarien.",
     ("Gazprom", A, "arms_deliveries")),
    # a passive with its agent: the agent holds it, not the capital
    ("Die EU-Kommission plant ein Ölembargo. In Warschau wurde ein Embargo von der Opposition gefordert.",
     ("Polen", F, "energy_embargo")),
    # Russian planes and tanks are no proposal
    ("Russische Flugzeuge und Panzer griffen am Morgen Charkiw an, teilte Kiew mit.", ("Ukraine", F, "fighter_jets")),
    # what is answerable is no rejection
    ("Ein Kohleembargo sei zu verantworten, sagte Habeck.", ("Robert Habeck", A, "energy_embargo")),
    # agreeing to something of its own
    ("Die EU-Kommission schlug ein Ölembargo vor. Orbán stimmte der Ausnahme für Pipeline-Öl zu.",
     ("Viktor Orbán", F, "energy_embargo")),
    # an infinitive that "heiße"/"bedeute" explains demands nothing
    ("Eine Flugverbotszone durchzusetzen, heiße aber, russische Flugzeuge abzuschießen, sagte Stoltenberg.",
     ("Jens Stoltenberg", F, "no_fly_zone")),
    # weapons in general, with heavy weapons as the example, are one statement and one key
    ("Die USA liefern der Ukraine weitere Waffen, darunter Haubitzen.", ("USA", F, "arms_deliveries")),
    # the country that owns a named party's title holds nothing of its own
    ("Polens Regierungspartei PiS hält an der Idee einer Friedensmission fest.", ("Polen", F, "peace_mission")),
]


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round14_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)
