"""Round 13, lead (decision 008, "Round 13"): a stance extended to another proposal ("Das gelte auch
für …"), the pronoun subject shared by a clause that opens with its verb, the person just named who
speaks the Konjunktiv sentences after, the challenge to explain the consequences to the people, the
core of a package, a possessive that opens the clause, type designations and foreign capitals in
names, an energy carrier as the topic, "eine rote Linie", a demonstrative before a proposal noun, the
organisers of a group's protest, judgements of a noun of their own, and what a stance includes ("Das
schließe Panzer ein")."""

from __future__ import annotations

import pytest

F, A = "for", "against"

FOUND = [
    # "Das gelte auch für X": the stance just stated, extended to another proposal
    ("Bundeskanzler Olaf Scholz hat Forderungen nach einer bewaffneten Friedensmission in der Ukraine eine klare "
     "Absage erteilt. Das gelte auch für eine Flugverbotszone, wie sie Kiew seit Tagen verlangt.",
     ("Olaf Scholz", A, "no_fly_zone")),
    ("Verteidigungsministerin Christine Lambrecht lehnt die Lieferung von Kampfpanzern ab. Gleiches gelte für "
     "Kampfflugzeuge, sagte die SPD-Politikerin.", ("Christine Lambrecht", A, "fighter_jets")),
    ("Frankreichs Präsident Emmanuel Macron unterstützt weitere Sanktionen gegen Russland. Das Gleiche gilt nach "
     "Angaben des Élysée-Palasts für ein Ölembargo.", ("Emmanuel Macron", F, "energy_embargo")),
    ("Estland und Lettland fordern eine dauerhafte Stationierung von Nato-Truppen. Gleiches gilt für ein Embargo "
     "gegen russisches Gas.", ("Lettland", F, "energy_embargo")),
    # a clause that opens with its verb after a comma shares the pronoun subject before it
    ("Hunderte Demonstranten zogen in Berlin durch Mitte. Sie verurteilten den russischen Angriff, wandten sich aber "
     "zugleich gegen Waffenlieferungen an die Ukraine.", ("Demonstranten", A, "arms_deliveries")),
    ("Frankreich und Italien trafen sich am Rande des Gipfels. Sie unterstützten die neuen Sanktionen, lehnten aber "
     "ein sofortiges Gasembargo ab.", ("Italien", A, "energy_embargo")),
    # the person just named speaks the Konjunktiv sentences that follow
    ("Der Botschafter Andrij Melnyk ließ nicht locker. Jeder Tag, an dem Deutschland russisches Gas kaufe, sei ein "
     "Tag, an dem es den Krieg mitfinanziere. Ein sofortiges Embargo sei „das Mindeste“.",
     ("Andrij Melnyk", F, "energy_embargo")),
    ("Unionsfraktionschef Friedrich Merz reiste am Montag nach Kiew. Deutschland müsse endlich schwere Waffen liefern, "
     "die Ukraine könne nicht länger warten.", ("Friedrich Merz", F, "heavy_weapons")),
    ("Wirtschaftsminister Robert Habeck besuchte am Donnerstag ein Chemiewerk in Ludwigshafen. Ein sofortiger Stopp "
     "russischer Gaslieferungen sei nicht zu verkraften.", ("Robert Habeck", A, "energy_embargo")),
    # the core of a package, or what it contains, is held by its backers
    ("Kommissionspräsidentin Ursula von der Leyen stellte am Mittwoch ein sechstes Sanktionspaket vor. Kernstück ist "
     "ein schrittweises Importverbot für russisches Rohöl.", ("Ursula von der Leyen", F, "energy_embargo")),
    ("Die EU-Staaten haben das fünfte Sanktionspaket gegen Russland beschlossen. Es enthält erstmals ein Importverbot "
     "für russische Kohle.", ("EU", F, "energy_embargo")),
    # a possessive that opens the clause belongs to the person just named
    ("Polens Vize-Regierungschef Jarosław Kaczyński reiste nach Kiew. Sein Vorschlag einer bewaffneten "
     "Friedensmission stieß in Berlin auf Skepsis.", ("Jaroslaw Kaczynski", F, "peace_mission")),
    # a type designation before the full stop ends the sentence ("MiG-29." is no ordinal)
    ("Die Regierung in Warschau bot die Abgabe ihrer MiG-29 an. „Wir brauchen die Flugzeuge jetzt“, sagte der "
     "ukrainische Außenminister Dmytro Kuleba.", ("Dmytro Kuleba", F, "fighter_jets")),
    # names that begin with a capital outside German's alphabet
    ("„Wir beteiligen uns grundsätzlich nicht an Sanktionen“, sagte Außenminister Mevlüt Çavuşoğlu am Mittwoch.",
     ("Mevlüt Çavuşoğlu", A, "sanctions")),
    # an energy carrier as the topic of a sentence, taken by an explicit cue; "eine rote Linie"
    ("Lindner unterstützt Waffenlieferungen. Beim Gas trat der Finanzminister dagegen auf die Bremse.",
     ("Christian Lindner", A, "energy_embargo")),
    ("Szijjártó sagte, Budapest trage alle Sanktionspakete mit. Bei der Energie verlaufe jedoch eine „rote Linie“.",
     ("Peter Szijjarto", A, "energy_embargo")),
    ("Für Orbán ist ein Gasembargo eine „rote Linie“.", ("Viktor Orbán", A, "energy_embargo")),
    # a demonstrative before a noun of a proposal's kind takes up the proposal, not the stance just stated
    ("Eine Friedensmission wäre ein Spiel mit dem Feuer. Genau dieses Szenario haben Washington, Paris und Berlin "
     "bislang ausgeschlossen.", ("Frankreich", A, "peace_mission")),
    # the organisers are the group named last in the paragraph when no organisation is
    ("Die Friedensaktivisten wandten sich gegen Waffenlieferungen. Auch die Verlegung weiterer Nato-Truppen an die "
     "russische Grenze lehnen die Organisatoren ab.", ("Friedensaktivisten", A, "eastern_flank_troops")),
    ("„Mehr Waffen bedeuten mehr Tote“, sagte Sahra Wagenknecht.", ("Sahra Wagenknecht", A, "arms_deliveries")),
    # an apposition after the name is no object of the judgement
    ("Ökonomen streiten über ein Gasembargo. Skeptisch äußerte sich auch Sebastian Dullien, wissenschaftlicher "
     "Direktor des gewerkschaftsnahen Instituts IMK.", ("Sebastian Dullien", A, "energy_embargo")),
    ("Die Nato will ihre Ostflanke stärken. Verteidigungsministerin Christine Lambrecht hält die Verstärkung für "
     "alternativlos.", ("Christine Lambrecht", F, "eastern_flank_troops")),
    # the agent of handing weapons on delivers them
    ("Zugleich genehmigte die Bundesregierung die Weitergabe von 400 Panzerfäusten durch die Niederlande sowie von "
     "Haubitzen aus alten DDR-Beständen durch Estland.", ("Estland", F, "heavy_weapons")),
    ("Die Bundesregierung genehmigte die Weitergabe von 400 Panzerfäusten durch die Niederlande.",
     ("Niederlande", F, "arms_deliveries")),
    # a relative clause inside an interviewer's question reports a demand
    ("Frau Strack-Zimmermann, sollte Deutschland Kampfpanzer liefern?\n\nJa.\n\nUnd die Flugverbotszone, die Präsident "
     "Selenskyj seit Wochen fordert?", ("Wolodymyr Selenskyj", F, "no_fly_zone")),
    # an economic war is the sanctions, even when the sentence calls them only "die Maßnahmen"
    ("Putin warnte vor einer Flugverbotszone. Kremlsprecher Dmitri Peskow hatte die Maßnahmen zuvor als "
     "„Wirtschaftskrieg“ bezeichnet.", ("Dmitri Peskow", A, "sanctions")),
    ("„Diese Sanktionen ähneln einer Kriegserklärung“, sagte Putin.", ("Wladimir Putin", A, "sanctions")),
    ("Eine Flugverbotszone käme einer Kriegserklärung an Russland gleich, sagte Scholz.", ("Olaf Scholz", A, "no_fly_zone")),
    # a speech verb in the perfect with its subject after the auxiliary
    ("Das Pentagon lehnte ab. Noch am Sonntag hatte Außenminister Antony Blinken gesagt, die USA gäben Polen "
     "„grünes Licht“ für die Lieferung der Jets.", ("Antony Blinken", F, "fighter_jets")),
    ("Lambrecht war in Kiew. Zuvor hatte sie erklärt, Deutschland werde keine Kampfpanzer liefern.",
     ("Christine Lambrecht", A, "heavy_weapons")),
    # a former stance in the pluperfect beside the current one: both are told
    ("Der SPD-Politiker Ralf Stegner äußerte sich. Stegner, der Waffenlieferungen in die Ukraine zu Beginn des Krieges "
     "noch abgelehnt hatte, trägt diese inzwischen mit.", ("Ralf Stegner", A, "arms_deliveries")),
    ("Der SPD-Politiker Ralf Stegner äußerte sich. Stegner, der Waffenlieferungen in die Ukraine zu Beginn des Krieges "
     "noch abgelehnt hatte, trägt diese inzwischen mit.", ("Ralf Stegner", F, "arms_deliveries")),
    # "Das schließe X ein": the stance just stated, or the demand just reported, includes X
    ("SPD-Politiker Michael Roth forderte mehr Waffen für die Ukraine. Das schließe Panzer ausdrücklich ein.",
     ("Michael Roth", F, "heavy_weapons")),
    ("Grünen-Fraktionschefin Katharina Dröge sagte, die Ukraine brauche alles, was ihr helfe, sich zu verteidigen. "
     "Das schließe Artillerie und gepanzerte Fahrzeuge ein.", ("Katharina Dröge", F, "heavy_weapons")),
    ("Mützenich warnte vor weiteren Waffenlieferungen. Das schließe Kampfpanzer ausdrücklich ein.",
     ("Rolf Mützenich", A, "heavy_weapons")),
    # the exclusion just named; the governments of a group are the group
    ("Die EU beschloss den Ausschluss russischer Banken aus Swift. Auch die Regierungen der baltischen Staaten hatten "
     "den Ausschluss seit Tagen verlangt.", ("Litauen", F, "sanctions")),
    # those named "gemeinsam mit" the holder share its stance; an agreement is a weak "for"
    ("Gemeinsam mit den USA, Großbritannien, Kanada, Frankreich, Italien und der EU-Kommission hatte Berlin vereinbart, "
     "ausgewählte russische Banken vom Zahlungssystem SWIFT auszuschließen.", ("Kanada", F, "sanctions")),
    ("Gemeinsam mit den USA, Großbritannien, Kanada, Frankreich, Italien und der EU-Kommission hatte Berlin vereinbart, "
     "ausgewählte russische Banken vom Zahlungssystem SWIFT auszuschließen.", ("Deutschland", F, "sanctions")),
    # a negation in the next conjunct is not the cue's; one in "als „nicht haltbar“" is the predicate's
    ("Generalsekretär Jens Stoltenberg sagte, die Allianz werde keine Truppen in die Ukraine schicken und auch nicht "
     "in den ukrainischen Luftraum eingreifen.", ("Jens Stoltenberg", A, "peace_mission")),
    ("Polen bot Kampfjets an. Das Pentagon wies den Vorschlag als „nicht haltbar“ zurück.", ("Pentagon", A, "fighter_jets")),
    # needing the planes oneself
    ("Bulgarien verfügt über MiG-29-Jets. Die bulgarische Regierung erklärte, sie brauche ihre wenigen Maschinen selbst.",
     ("Bulgarien", A, "fighter_jets")),
    # Russian pipeline oil given up; a pipeline refineries are connected to is no stance
    ("Deutschland und Polen haben angekündigt, freiwillig auch auf russisches Pipeline-Öl zu verzichten.",
     ("Polen", F, "energy_embargo")),
    ("Bundeskanzler Olaf Scholz sagte, Deutschland werde bis Jahresende kein russisches Öl mehr beziehen, auch nicht "
     "über die Druschba-Pipeline, an die die Raffinerien in Schwedt angeschlossen sind.", ("Olaf Scholz", F, "energy_embargo")),
    ("Die USA verhängten ein Ölembargo. Deutschland will sich dem amerikanischen Schritt vorerst nicht anschließen.",
     ("Deutschland", A, "energy_embargo")),
    # energy brought into the sanctions is the energy embargo
    ("Die baltischen Staaten und Polen fordern bereits, auch Öl und Gas in die Sanktionen einzubeziehen.",
     ("Polen", F, "energy_embargo")),
    # the challenge to explain the consequences to the people rebuts the demand
    ("SPD-Generalsekretär Kevin Kühnert hielt dagegen. Wer einen Lieferstopp für russisches Gas fordere, müsse den "
     "Menschen erklären, warum im Herbst ihre Betriebe schließen.", ("Kevin Kühnert", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round13_found(positions_of, text, fact):
    assert fact in positions_of(text)


NOT_FOUND = [
    # a restriction extends nothing
    ("Verteidigungsministerin Christine Lambrecht lehnt die Lieferung von Kampfpanzern ab. Das gelte aber nicht für "
     "Kampfjets, über die man reden könne.", ("Christine Lambrecht", A, "fighter_jets")),
    # for one thing and against another: which stance is extended is not said
    ("Bundeskanzler Olaf Scholz lehnt ein Gasembargo ab, unterstützt aber die Sanktionen. Dasselbe gelte für Kampfjets.",
     ("Olaf Scholz", A, "fighter_jets")),
    ("Bundeskanzler Olaf Scholz lehnt ein Gasembargo ab, unterstützt aber die Sanktionen. Dasselbe gelte für Kampfjets.",
     ("Olaf Scholz", F, "fighter_jets")),
    # an impersonal source or a speaker of its own is no one's words just named
    ("Der ukrainische Präsident Wolodymyr Selenskyj sprach am Abend per Video zum Bundestag. Die Bundesregierung lehne "
     "eine Flugverbotszone weiterhin ab, hieß es in Berlin.", ("Wolodymyr Selenskyj", A, "no_fly_zone")),
    ("Kanzler Olaf Scholz empfing am Dienstag den polnischen Regierungschef. Deutschland müsse schwere Waffen liefern, "
     "forderte dagegen Friedrich Merz.", ("Olaf Scholz", F, "heavy_weapons")),
    # a weak cue does not take an energy carrier named only as the topic
    ("Tschechien unterstützt ein Kohleembargo. Beim Öl brauche man aber mehr Zeit, sagte Fiala.",
     ("Petr Fiala", F, "energy_embargo")),
    # where a red line runs is no stance
    ("Niemand in Berlin kann sagen, wo die rote Linie bei Kampfpanzern liegt.", ("Deutschland", A, "heavy_weapons")),
    ("Eine Friedensmission wäre ein Spiel mit dem Feuer. Genau dieses Szenario haben Washington, Paris und Berlin "
     "bislang ausgeschlossen.", ("Frankreich", F, "peace_mission")),
    # "mehr" belongs to its own noun: more weapons never led to fewer dead
    ("„Mehr Waffen haben noch nie zu weniger Toten geführt“, sagte Sahra Wagenknecht.",
     ("Sahra Wagenknecht", F, "arms_deliveries")),
    # a judgement of a noun of its own is no stance on the topic before
    ("Verdi-Chef Frank Werneke sagte, die Ukraine müsse sich verteidigen können, auch mit Waffen aus Deutschland. "
     "Das geplante Sondervermögen für die Bundeswehr sehe er aber kritisch.", ("Frank Werneke", A, "arms_deliveries")),
    # "durch" a state that is no agent of handing on
    ("Die Haubitzen rollten durch Polen in die Ukraine.", ("Polen", F, "heavy_weapons")),
    # the economic war is no no-fly zone
    ("Putin warnte vor einer Flugverbotszone. Kremlsprecher Dmitri Peskow hatte die Maßnahmen zuvor als "
     "„Wirtschaftskrieg“ bezeichnet.", ("Dmitri Peskow", A, "no_fly_zone")),
    # the question itself asks; it states nothing
    ("Frage: Unterstützt Kanzler Olaf Scholz inzwischen die Flugverbotszone, die Kiew fordert?",
     ("Olaf Scholz", F, "no_fly_zone")),
    # a pluperfect stance without a contrary one now is no former one
    ("Scholz hatte Kampfpanzer noch am Montag abgelehnt. Er bleibe dabei, sagte er.", ("Olaf Scholz", F, "heavy_weapons")),
    # an inclusion denied extends nothing
    ("Scholz will Waffen liefern. Das schließe Kampfpanzer aber nicht ein.", ("Olaf Scholz", F, "heavy_weapons")),
    # acting in concert with the allies is no stance of the allies
    ("Gemeinsam mit den Verbündeten will Deutschland weitere Waffen liefern, sagte Scholz.", ("NATO", F, "arms_deliveries")),
    ("Generalsekretär Jens Stoltenberg sagte, die Allianz werde keine Truppen in die Ukraine schicken und auch nicht "
     "in den ukrainischen Luftraum eingreifen.", ("Jens Stoltenberg", F, "peace_mission")),
    ("Polen bot Kampfjets an. Das Pentagon wies den Vorschlag als „nicht haltbar“ zurück.", ("Pentagon", F, "fighter_jets")),
    ("Die Ukraine braucht Kampfjets, sagte Selenskyj selbst.", ("Wolodymyr Selenskyj", A, "fighter_jets")),
    ("Die baltischen Staaten und Polen fordern bereits, auch Öl und Gas in die Sanktionen einzubeziehen.",
     ("Polen", F, "sanctions")),
    # denying a report is no stance on what it reports ("wonach …" is hearsay)
    ("Die Bundesregierung hat einen Medienbericht zurückgewiesen, wonach bereits Schützenpanzer vom Typ Marder auf "
     "dem Weg in die Ukraine seien.", ("Deutschland", A, "heavy_weapons")),
    ("Die Bundesregierung hat einen Medienbericht zurückgewiesen, wonach bereits Schützenpanzer vom Typ Marder auf "
     "dem Weg in die Ukraine seien.", ("Deutschland", F, "heavy_weapons")),
    # the requirement to explain how is no dismissal
    ("Wer eine Flugverbotszone fordert, muss sagen, wie sie durchgesetzt werden soll, sagte Wadephul.",
     ("Johann Wadephul", A, "no_fly_zone")),
]


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round13_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)


def test_round13_letter_and_counter_letter_keep_their_signatories_apart(positions_of):
    """An article about a letter and a counter-letter: each letter's signatories hold the stance told
    nearest before them, not both."""
    text = ("In einem offenen Brief warnen Intellektuelle vor der Lieferung schwerer Waffen an die Ukraine. "
            "Zu den Unterzeichnern gehört die Schriftstellerin Juli Zeh.\n\n"
            "Eine Woche später forderten andere in einem offenen Brief die Lieferung schwerer Waffen. "
            "Zu den Unterzeichnern zählt der Schriftsteller Daniel Kehlmann.")
    got = positions_of(text)
    assert ("Juli Zeh", A, "heavy_weapons") in got and ("Juli Zeh", F, "heavy_weapons") not in got
    assert ("Daniel Kehlmann", F, "heavy_weapons") in got and ("Daniel Kehlmann", A, "heavy_weapons") not in got


def test_round13_package_words_are_data():
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    assert "Kernstück" in lex.package_cores and "Sanktionspaket" in lex.package_nouns
    assert "enthalten" in lex.package_verbs and "weitergabe" in lex.handing_on_nouns
