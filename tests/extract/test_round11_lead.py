"""Round 11, lead (decision 008, "Round 11"): an evaluative attribute of a noun that refers back to a
proposal, a mission of the alliance named without its place, troops that will "auf keinen Fall" fight,
energy from Russia that is no longer bought, and judgements of feasibility."""

from __future__ import annotations

import pytest

F, A = "for", "against"

MISSION = "Polen hat eine NATO-Friedensmission in der Ukraine vorgeschlagen. "
JETS = "Polen hat angeboten, seine MiG-29-Kampfjets an die USA zu übergeben. "

FOUND = [
    # an attribute that judges the noun taking up the proposal ("von einem brandgefährlichen Vorschlag")
    (MISSION + 'Die Linken-Politikerin Sevim Dağdelen sprach von einem "brandgefährlichen Vorschlag".',
     ("Sevim Dağdelen", A, "peace_mission")),
    (MISSION + "Der Kreml sprach von einem unverantwortlichen Vorstoß.", ("Kreml", A, "peace_mission")),
    (JETS + "Der CDU-Chef sprach von einem überfälligen Schritt.", ("Friedrich Merz", F, "fighter_jets")),
    # "Angebot" takes up the proposal just made
    (JETS + "Washington erteilte dem polnischen Angebot eine Absage.", ("USA", A, "fighter_jets")),
    # a mission of the alliance, named without its place
    ("Jarosław Kaczyński hatte eine Mission der NATO oder eines breiteren Bündnisses ins Gespräch gebracht.",
     ("Jaroslaw Kaczynski", F, "peace_mission")),
    ("Polens Regierung fordert eine NATO-Mission zum Schutz der Zivilbevölkerung.", ("Polen", F, "peace_mission")),
    ("Stoltenberg lehnte einen Einsatz der Allianz ab.", ("Jens Stoltenberg", A, "peace_mission")),
    # "auf keinen Fall" denies the troops' fighting like "nicht" and "keinesfalls"
    ("Biden sagte, US-Soldaten würden auf keinen Fall in der Ukraine kämpfen.", ("Joe Biden", A, "peace_mission")),
    ("Der Kanzler stellte klar, dass Bundeswehrsoldaten auf keinen Fall in der Ukraine kämpfen werden.",
     ("Olaf Scholz", A, "peace_mission")),
    # energy from Russia that is no longer bought, phased out, or cut
    ("Polen will ab sofort kein Öl mehr aus Russland beziehen.", ("Polen", F, "energy_embargo")),
    ("Litauen importiert seit April kein Gas aus Russland mehr.", ("Litauen", F, "energy_embargo")),
    ("Von der Leyen schlug vor, die Einfuhr von russischem Rohöl binnen sechs Monaten auslaufen zu lassen.",
     ("Ursula von der Leyen", F, "energy_embargo")),
    ("Der Kanzler lehnt es ab, die Gaszufuhr aus Russland zu kappen.", ("Olaf Scholz", A, "energy_embargo")),
    # setting up a no-fly zone is the act that a speaker denies or demands
    ("Scholz sagte, die NATO werde keine Flugverbotszone über der Ukraine einrichten.", ("Olaf Scholz", A, "no_fly_zone")),
    ("Selenskyj forderte die NATO erneut auf, eine Flugverbotszone einzurichten.", ("Wolodymyr Selenskyj", F, "no_fly_zone")),
    # no bans on thinking: openness
    ("+++ 14:20 Uhr: Baerbock: Keine Denkverbote bei schweren Waffen +++", ("Annalena Baerbock", F, "heavy_weapons")),
    # the stop verb before the Russian imports
    ("+++ 09:12 Uhr +++ Litauen stoppt als erstes EU-Land russische Gasimporte", ("Litauen", F, "energy_embargo")),
    # a phrase beginning with the verb is more specific than the separable verb ("anmahnen")
    ("Der Kanzler mahnte Vorsicht bei den Waffenlieferungen an.", ("Olaf Scholz", A, "arms_deliveries")),
    ("Merz mahnte schnellere Waffenlieferungen an.", ("Friedrich Merz", F, "arms_deliveries")),
    # a measure judged wrong is no act of the speaker's state
    ("Es sei falsch, jetzt ein Gasembargo zu verhängen, sagte Scholz.", ("Olaf Scholz", A, "energy_embargo")),
    # the Swift option is the sanction, kept "for later"
    ("Kanzler Olaf Scholz hatte beim EU-Gipfel darauf gedrungen, die Swift-Option für später aufzuheben.",
     ("Olaf Scholz", A, "sanctions")),
    # an allied unit without its place, wanted by a flank state; a battlegroup led
    ("Estlands Regierungschefin Kaja Kallas sagte, ihr Land brauche eine Brigade statt eines Bataillons.",
     ("Kaja Kallas", F, "eastern_flank_troops")),
    ("Dort führt Frankreich seit März eine neue Nato-Kampfgruppe mit rund 500 Soldaten.",
     ("Frankreich", F, "eastern_flank_troops")),
    # the alternative replaced by more of the same is no rejection
    ("Statt rotierender Bataillone brauche es dauerhaft stationierte Brigaden, sagte Nausėda.",
     ("Gitanas Nauseda", F, "eastern_flank_troops")),
    # supporting militarily, with an adverb between
    ("Deutschland werde die Ukraine militärisch weiter unterstützen, sagte Scholz.", ("Olaf Scholz", F, "arms_deliveries")),
    # Russian banks shut out
    ("Die USA schließen russische Banken vom Dollar-Handel aus.", ("USA", F, "sanctions")),
    ("Die EU-Kommission fordert den Ausschluss weiterer russischer Banken.", ("EU-Kommission", F, "sanctions")),
    # what one cannot afford; aid given
    ("Habeck: Wir können uns ein Gasembargo nicht leisten.", ("Robert Habeck", A, "energy_embargo")),
    ("Ein Ölembargo könne sich Ungarn nicht leisten, sagte Orban.", ("Viktor Orbán", A, "energy_embargo")),
    ("Deutschland leistet der Ukraine Militärhilfe.", ("Deutschland", F, "arms_deliveries")),
    # needing the planes just named: a demand, not a judgement of the stance before
    ("Warschau bietet die Jets an, Washington winkt ab. Dabei liegt die Lösung auf der Hand: Die Ukraine braucht "
     "diese Flugzeuge, sagte Röttgen.", ("Norbert Röttgen", F, "fighter_jets")),
    # the source named before an impersonal "heißt es"; a quoted title in straight or French quotes
    ('Im "Handelsblatt" heißt es: "Ein Gasembargo wäre falsch."', ("Handelsblatt", A, "energy_embargo")),
    ('In der "Welt" heißt es, ein Gasembargo sei überfällig.', ("Die Welt", F, "energy_embargo")),
    ("In der «Welt» heißt es, ein Gasembargo sei überfällig.", ("Die Welt", F, "energy_embargo")),
    ("In einer Erklärung der Linken hieß es, Waffenlieferungen verlängerten den Krieg.", ("Linke", A, "arms_deliveries")),
    ("Im Interview sagte Merz, Deutschland müsse schwere Waffen liefern.", ("Friedrich Merz", F, "heavy_weapons")),
    # an enumeration of speakers still holds together
    ("Polen, Litauen und Lettland fordern ein sofortiges Ölembargo.", ("Litauen", F, "energy_embargo")),
    # planes handed over or needed, without their kind named
    ("Austin sagte, die Übergabe der Flugzeuge berge ein hohes Risiko.", ("Lloyd Austin", A, "fighter_jets")),
    ("Die Ukraine braucht Flugzeuge, sagte Kuleba.", ("Dmytro Kuleba", F, "fighter_jets")),
    # youth organisations are actors of their own, not their parties
    ("Die Jungen Liberalen fordern ein sofortiges Gasembargo.", ("Junge Liberale", F, "energy_embargo")),
    ("Die Jusos lehnen die Lieferung schwerer Waffen ab.", ("Jusos", A, "heavy_weapons")),
    ("Die Grüne Jugend fordert ein sofortiges Gasembargo.", ("Grüne Jugend", F, "energy_embargo")),
    ("Die Junge Union fordert schwere Waffen für die Ukraine.", ("Junge Union", F, "heavy_weapons")),
    # a long trailing attribution in the pluperfect
    ("Frankreich liefere der Ukraine Haubitzen, hatte Macron am Freitag in einem Interview mit der Zeitung "
     "«Ouest-France» bestätigt.", ("Emmanuel Macron", F, "heavy_weapons")),
    # a party's bodies speak for it
    ("Der Parteitag der Grünen sprach sich für die Lieferung schwerer Waffen aus.", ("Grüne", F, "heavy_weapons")),
    ("Die Grünen treffen sich in Düsseldorf. Der Länderrat der Partei sprach sich für die Lieferung schwerer Waffen aus.",
     ("Grüne", F, "heavy_weapons")),
    # a mood reacting to the stance just reported: disappointed or angry is its opposite, relieved its same
    ("Die NATO lehnt eine Flugverbotszone ab. Selenskyj zeigte sich enttäuscht.", ("Wolodymyr Selenskyj", F, "no_fly_zone")),
    ("Deutschland liefert Gepard-Panzer. Moskau reagierte empört.", ("Russland", A, "heavy_weapons")),
    ("Die EU beschließt ein Ölembargo. Ungarn reagierte verärgert.", ("Ungarn", A, "energy_embargo")),
    ("Deutschland liefert Gepard-Panzer. Kiew reagierte erleichtert.", ("Ukraine", F, "heavy_weapons")),
    # the supplier of what a recipient receives
    ("Die Ukraine erhält Panzerhaubitzen aus Deutschland und den Niederlanden.", ("Niederlande", F, "heavy_weapons")),
    ("Kiew erhielt bereits Stinger-Raketen aus Litauen.", ("Litauen", F, "arms_deliveries")),
    # a party noun refers back to the last person of that party, also by the gazetteer's posts
    ("Finanzminister Christian Lindner sprach in Berlin. Der Liberale lehnte ein Gasembargo ab.",
     ("Christian Lindner", A, "energy_embargo")),
    ("Verteidigungsministerin Christine Lambrecht besuchte Litauen. Die Sozialdemokratin kündigte mehr Soldaten für "
     "Litauen an.", ("Christine Lambrecht", F, "eastern_flank_troops")),
    # a stance noun the demonstrative is named as judges the stance just reported
    ("Scholz lehnt die Lieferung von Kampfpanzern ab. Merz nannte das einen Fehler.", ("Friedrich Merz", F, "heavy_weapons")),
    # feasibility judged
    ("Der britische Premier Boris Johnson hält eine Flugverbotszone für nicht praktikabel.",
     ("Boris Johnson", A, "no_fly_zone")),
    ("Ein sofortiges Gasembargo sei nicht zielführend, sagte Finanzminister Christian Lindner.",
     ("Christian Lindner", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round11_found(positions_of, text, fact):
    assert fact in positions_of(text)


NOT_FOUND = [
    # a weak judgement needs the proposal in its own sentence
    (MISSION + "Lawrow sprach von einem gefährlichen Vorschlag.", ("Sergei Lawrow", A, "peace_mission")),
    # the alliance's missions elsewhere are no peace mission in Ukraine
    ("Die NATO-Mission im Baltikum wird verstärkt, sagte Stoltenberg.", ("Jens Stoltenberg", F, "peace_mission")),
    ("Deutschland beteiligt sich an der Mission der NATO in Litauen.", ("Deutschland", F, "peace_mission")),
    # the supplier cutting its deliveries is no embargo
    ("Gazprom stoppt russische Gaslieferungen an Polen.", ("Gazprom", F, "energy_embargo")),
    ("Der Kanzler mahnte Vorsicht bei den Waffenlieferungen an.", ("Olaf Scholz", F, "arms_deliveries")),
    # the comma after a speaker opens the content clause; its subject is no co-speaker
    ('Gegenüber der "Bild" sagte Merz, Deutschland müsse schwere Waffen liefern.', ("Deutschland", F, "heavy_weapons")),
    ("Im Interview sagte Merz, Deutschland müsse schwere Waffen liefern.", ("Deutschland", F, "heavy_weapons")),
    # a head of government's measure judged wrong, or only intended, is no act of the state
    ("Es sei falsch, jetzt ein Gasembargo zu verhängen, sagte Scholz.", ("Deutschland", F, "energy_embargo")),
    ("Statt rotierender Bataillone brauche es dauerhaft stationierte Brigaden, sagte Nausėda.",
     ("Gitanas Nauseda", A, "eastern_flank_troops")),
    # Ukraine's or Russia's brigades are no allied unit
    ("Die 93. ukrainische Brigade habe die Stadt zurückerobert, sagte Selenskyj.", ("Wolodymyr Selenskyj", F, "eastern_flank_troops")),
    # Russia's planes are none to deliver
    ("Die Übergabe der russischen Flugzeuge sei nicht geplant, sagte Austin.", ("Lloyd Austin", A, "fighter_jets")),
    ("Die Jungen Liberalen fordern ein sofortiges Gasembargo.", ("FDP", F, "energy_embargo")),
    # weapons not received name no supplier's delivery
    ("Die Ukraine bekommt keine Kampfpanzer aus Deutschland.", ("Deutschland", F, "heavy_weapons")),
    ("Scholz lehnt die Lieferung von Kampfpanzern ab. Merz nannte das einen Fehler.", ("Friedrich Merz", A, "heavy_weapons")),
    # resistance is no aid
    ("Ungarn leistet Widerstand gegen ein Ölembargo.", ("Ungarn", F, "energy_embargo")),
    # energy still bought is no embargo
    ("Ungarn will weiterhin Öl aus Russland beziehen.", ("Ungarn", F, "energy_embargo")),
    # a judged attribute of a noun that names no proposal
    ("Scholz sprach von einem brandgefährlichen Krieg.", ("Olaf Scholz", A, "peace_mission")),
]


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round11_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)


def test_round11_feasible_is_for(positions_of):
    got = positions_of("Eine Flugverbotszone über der Westukraine sei durchaus durchführbar, sagte der Ex-General "
                       "Ben Hodges.")
    assert ("Ben Hodges", F, "no_fly_zone") in got
    assert ("Ben Hodges", A, "no_fly_zone") not in got


def test_round11_governments_of_named_states(positions_of):
    # the governments of a group of states speak for each of them, like their heads of government
    got = positions_of("Auch die Regierungen der baltischen Staaten hatten den Ausschluss Russlands aus Swift "
                       "seit Tagen verlangt.")
    assert {("Estland", F, "sanctions"), ("Lettland", F, "sanctions"), ("Litauen", F, "sanctions")} <= got
    # but not the government a speaker criticises
    got = positions_of("Merz kritisierte die Regierungen der baltischen Staaten für ihre Forderung nach mehr Truppen.")
    assert ("Estland", A, "eastern_flank_troops") not in got


JUDGED_OBSTRUCTION = [
    # a hesitation or blockade that is criticised: the critic wants the proposal
    ("Röttgen wirft Scholz Zaudern bei Waffenlieferungen vor.", ("Norbert Röttgen", F, "arms_deliveries"),
     ("Norbert Röttgen", A, "arms_deliveries")),
    ("Merz kritisierte das Zaudern des Kanzlers bei den Waffenlieferungen.", ("Friedrich Merz", F, "arms_deliveries"),
     ("Friedrich Merz", A, "arms_deliveries")),
    ("Die Union kritisiert die Blockade der Regierung beim Gasembargo.", ("CDU/CSU", F, "energy_embargo"),
     ("CDU/CSU", A, "energy_embargo")),
    ("Der Grünen-Politiker Hofreiter kritisierte die Hinhaltetaktik des Kanzleramts bei schweren Waffen.",
     ("Anton Hofreiter", F, "heavy_weapons"), ("Anton Hofreiter", A, "heavy_weapons")),
    ("Selenskyj beklagte die Verzögerung der Waffenlieferungen.", ("Wolodymyr Selenskyj", F, "arms_deliveries"),
     ("Wolodymyr Selenskyj", A, "arms_deliveries")),
    # defended: the defender holds back
    ("Scholz verteidigte sein Zögern bei den Waffenlieferungen.", ("Olaf Scholz", A, "arms_deliveries"),
     ("Olaf Scholz", F, "arms_deliveries")),
    # not judged: the blockade is the holder's own
    ("Ungarn setzt seine Blockade des Ölembargos fort.", ("Ungarn", A, "energy_embargo"), ("Ungarn", F, "energy_embargo")),
    # criticising the proposal itself stays a rejection
    ("Der Kreml kritisierte die Waffenlieferungen des Westens scharf.", ("Kreml", A, "arms_deliveries"),
     ("Kreml", F, "arms_deliveries")),
]


@pytest.mark.parametrize("text, fact, wrong", JUDGED_OBSTRUCTION, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round11_judged_obstruction(positions_of, text, fact, wrong):
    got = positions_of(text)
    assert fact in got
    assert wrong not in got


def test_round11_the_reproached_holds_nothing(positions_of):
    # the one reproached is talked about, not heard; the unnamed critics are no actor
    got = positions_of("Kritiker werfen Scholz vor, die Lieferung schwerer Waffen zu verschleppen.")
    assert not {x for x in got if x[0] == "Olaf Scholz"}
    assert ("Friedrich Merz", F, "heavy_weapons") in positions_of(
        "Merz warf dem Kanzler vor, die Lieferung schwerer Waffen zu verzögern.")
    # a person named by a stance, with its complement, still holds it
    assert ("Sahra Wagenknecht", A, "sanctions") in positions_of("Wagenknecht gilt als Kritikerin der Sanktionen.")


def test_round11_own_course_defended(positions_of):
    # defending one's own course restates the stance the article told, not a "for" of the verb
    got = positions_of("Scholz lehnte die Lieferung von Kampfpanzern ab. Am Mittwoch verteidigte er seinen Kurs.")
    assert ("Olaf Scholz", A, "heavy_weapons") in got and ("Olaf Scholz", F, "heavy_weapons") not in got
    # with no stance of his told, the defended course says nothing
    got = positions_of("Hofreiter forderte schwere Waffen für die Ukraine. Kanzler Olaf Scholz verteidigte seinen Kurs.")
    assert ("Olaf Scholz", F, "heavy_weapons") not in got
    assert ("Anton Hofreiter", F, "heavy_weapons") in got


def _interview(question: str, answer: str, name: str = "Röttgen") -> str:
    return (f"Interview\n\nDer CDU-Außenpolitiker Norbert Röttgen im Gespräch.\n\nFrage: Herr {name}, wie geht es weiter?\n\n"
            f"{name}: Das wird man sehen.\n\nFrage: {question}\n\n{name}: {answer}\n")


ANSWERS = [
    # yes or no to the interviewer's polar question about one proposal
    ("Soll Deutschland Kampfpanzer an die Ukraine liefern?", "Ja, und zwar so schnell wie möglich.", F, "heavy_weapons"),
    ("Brauchen wir ein Gasembargo?", "Nein. Das würde uns mehr schaden als Russland.", A, "energy_embargo"),
    ("Sollte die NATO eine Flugverbotszone einrichten?", "Auf keinen Fall.", A, "no_fly_zone"),
    # a question that states a stance turns the answer with it
    ("Lehnen Sie ein Ölembargo ab?", "Ja, derzeit schon.", A, "energy_embargo"),
]


@pytest.mark.parametrize("question, answer, pol, key", ANSWERS, ids=lambda x: x[:30] if isinstance(x, str) else "")
def test_round11_interview_answer(positions_of, question, answer, pol, key):
    got = positions_of(_interview(question, answer))
    assert ("Norbert Röttgen", pol, key) in got
    assert ("Norbert Röttgen", "for" if pol == "against" else "against", key) not in got


def test_round11_interview_answer_needs_one_proposal_and_a_plain_yes(positions_of):
    # "Ja, aber …" hedges; a question about two proposals leaves open which one
    assert not {x for x in positions_of(_interview("Soll Deutschland Kampfpanzer liefern?", "Ja, aber nicht allein."))
                if x[0] == "Norbert Röttgen"}
    assert not {x for x in positions_of(_interview("Kampfpanzer oder ein Gasembargo – was ist wichtiger?", "Ja."))
                if x[0] == "Norbert Röttgen"}
    # outside an interview a "Ja" answers nothing
    assert ("Norbert Röttgen", F, "heavy_weapons") not in positions_of(
        "Soll Deutschland Kampfpanzer liefern? Röttgen sagte am Montag: Ja, das wisse er.")


def test_round11_what_it_would_mean_is_no_attribution(positions_of):
    # "Das hieße, dass …" says what a proposal would mean; the adjective "russische" is nobody speaking
    text = _interview("Halten Sie eine Flugverbotszone für denkbar?",
                      "Nein. Das hieße, dass Nato-Piloten russische Flugzeuge abschießen. Das halte ich für falsch.",
                      name="Strack-Zimmermann")
    got = positions_of(text)
    assert ("Marie-Agnes Strack-Zimmermann", A, "no_fly_zone") in got
    assert ("Marie-Agnes Strack-Zimmermann", F, "no_fly_zone") not in got
    assert not {x for x in got if x[0] == "Russland"}



def test_round11_mood_reaction_needs_one_stance_in_its_paragraph(positions_of):
    # two stances on the proposal before: reacting to which is open
    got = positions_of("Warschau bietet die Jets an, Washington winkt ab. Kiew zeigte sich enttäuscht.")
    assert not {x for x in got if x[0] == "Ukraine"}
    # a new paragraph reacts to the whole story, not the last sentence
    got = positions_of("Orbán nannte ein Embargo eine Atombombe.\n\nBundeskanzler Olaf Scholz zeigte sich zufrieden.")
    assert not {x for x in got if x[0] == "Olaf Scholz"}
