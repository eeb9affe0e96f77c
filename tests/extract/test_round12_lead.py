"""Round 12, lead (decision 008, "Round 12"): judged restraint and refusal, a judge on the side of the
stance judged, a subject set off by an apposition, sources fronted before "kommen", the demander named
in a "wie sie X fordert" clause, views "für X" that do not come into consideration, and demanded
readiness in an interview answer."""

from __future__ import annotations

import pytest

F, A = "for", "against"

TANKS = "Die Bundesregierung lehnt die Lieferung von Kampfpanzern ab. "

FOUND = [
    # restraint, timidity and refusal are hesitations a critic is for ending (kg/data/judgement_words.tsv)
    ("Grünen-Politiker Anton Hofreiter hat die Zurückhaltung des Kanzlers bei der Lieferung schwerer Waffen kritisiert.",
     ("Anton Hofreiter", F, "heavy_weapons")),
    ("CDU-Chef Friedrich Merz kritisierte die Weigerung der Regierung, russische Gasimporte zu stoppen.",
     ("Friedrich Merz", F, "energy_embargo")),
    ("Merz bemängelte die Zaghaftigkeit der Ampel bei den Panzerlieferungen.", ("Friedrich Merz", F, "heavy_weapons")),
    ('"Die Zurückhaltung bei schweren Waffen ist ein Fehler", kritisierte Merz.', ("Friedrich Merz", F, "heavy_weapons")),
    ("Melnyk kritisierte, Deutschland übe bei schweren Waffen weiter Zurückhaltung.", ("Andrij Melnyk", F, "heavy_weapons")),
    # a criticism rebutted, or a hesitation defended against it, is against the proposal
    ("Kritik an seiner Zurückhaltung bei schweren Waffen wies Scholz zurück.", ("Olaf Scholz", A, "heavy_weapons")),
    ("Bundeskanzler Olaf Scholz hat seine Zurückhaltung bei der Lieferung schwerer Waffen gegen Kritik verteidigt.",
     ("Olaf Scholz", A, "heavy_weapons")),
    # a judge on the side of the stance judged keeps it; one from elsewhere turns it
    (TANKS + "Das sei nicht verantwortbar, sagte Kanzler Olaf Scholz.", ("Olaf Scholz", A, "heavy_weapons")),
    (TANKS + "Das sei nicht verantwortbar, sagte der CDU-Politiker Norbert Röttgen.", ("Norbert Röttgen", F, "heavy_weapons")),
    ("Ungarn lässt keine Waffenlieferungen über sein Gebiet zu. Das kündigte Außenminister Peter Szijjarto an.",
     ("Peter Szijjarto", A, "arms_deliveries")),
    # a subject set off by an apposition speaks; the outlet after the verb is its dative
    ("Die Vorsitzende des Verteidigungsausschusses, Marie-Agnes Strack-Zimmermann (FDP), sagte dem „Tagesspiegel“, "
     "eine Flugverbotszone wäre ein Fehler.", ("Marie-Agnes Strack-Zimmermann", A, "no_fly_zone")),
    ("Der Oppositionsführer, CDU-Chef Friedrich Merz, sagte der „Bild“, Deutschland müsse schwere Waffen liefern.",
     ("Friedrich Merz", F, "heavy_weapons")),
    # the source fronted before "kommen"
    ("Polen schlägt eine Friedensmission vor. Auch aus Budapest kam eine Absage an den Vorstoß.", ("Ungarn", A, "peace_mission")),
    ("Aus Warschau kam Unterstützung für die Lieferung von Kampfjets.", ("Polen", F, "fighter_jets")),
    # "wie sie X verlangt": X demands it, also inside someone's reported speech
    ("Scholz sagte, es werde keine Flugverbotszone geben. Das gelte auch für eine Flugverbotszone, wie sie Kiew verlangt.",
     ("Ukraine", F, "no_fly_zone")),
    ("Scholz lehnte eine Flugverbotszone, wie sie Kiew seit Tagen verlangt, erneut ab.", ("Ukraine", F, "no_fly_zone")),
    # views "für X" that do not come into consideration or are not up for debate
    ("Ein Nato-Einsatz in der Ukraine kommt für Scholz nicht in Betracht.", ("Olaf Scholz", A, "peace_mission")),
    ("Die Lieferung von Kampfpanzern steht für Berlin derzeit nicht zur Debatte.", ("Deutschland", A, "heavy_weapons")),
    ("Ein Gasembargo steht für Wien nicht zur Diskussion.", ("Österreich", A, "energy_embargo")),
    # the vice-chancellor by his title
    ("Habeck hatte ein Ölembargo lange abgelehnt. Nun sagt der Vizekanzler, Deutschland könne einen Stopp russischer "
     "Öllieferungen verkraften.", ("Robert Habeck", F, "energy_embargo")),
    # a government seat of two words
    ("Die Regierung in Den Haag hatte bereits zuvor die Abgabe von fünf Panzerhaubitzen angekündigt.",
     ("Niederlande", F, "heavy_weapons")),
    # "Sie" after a sentence about a group is that group
    ("Hunderte Demonstranten zogen durch Berlin. Sie wandten sich gegen Waffenlieferungen an die Ukraine.",
     ("Demonstranten", A, "arms_deliveries")),
    # sanctions imposed, and sanctions called unlawful
    ("London hat seit Kriegsbeginn mehr als 1000 Personen und Unternehmen mit Sanktionen belegt.",
     ("Großbritannien", F, "sanctions")),
    ("Die westlichen Sanktionen seien rechtswidrig, sagte Kremlsprecher Dmitri Peskow.", ("Dmitri Peskow", A, "sanctions")),
    # "schon gar keine", "erst recht keine": an escalation only ever continues a denial
    ("Verteidigungsministerin Christine Lambrecht sieht keine Möglichkeit mehr, der Ukraine weitere Waffen aus "
     "Bundeswehrbeständen zu überlassen, schon gar keine Kampfpanzer.", ("Christine Lambrecht", A, "heavy_weapons")),
    ("Scholz will keine Waffen liefern, schon gar keine Kampfpanzer.", ("Olaf Scholz", A, "heavy_weapons")),
    # the alternative an opening "Statt … zu" rejects
    ("Statt Waffen zu liefern, müsse Deutschland vermitteln, sagte Wagenknecht.", ("Sahra Wagenknecht", A, "arms_deliveries")),
    # a warning of restraint wants the step
    ("Kallas warnte vor falscher Zurückhaltung bei der Stationierung von Nato-Truppen im Baltikum.",
     ("Kaja Kallas", F, "eastern_flank_troops")),
    ("Merz warnte vor einem Zögern bei den Waffenlieferungen.", ("Friedrich Merz", F, "arms_deliveries")),
    # a hesitation judged by a predicative adjective
    ("Röttgen nannte die Zurückhaltung der Regierung beim Gasembargo „moralisch und politisch nicht mehr vertretbar“.",
     ("Norbert Röttgen", F, "energy_embargo")),
    ("Das Zögern beim Gasembargo sei unverantwortlich, sagte Röttgen.", ("Norbert Röttgen", F, "energy_embargo")),
    ("Die Zurückhaltung beim Gasembargo sei richtig, sagte Scholz.", ("Olaf Scholz", A, "energy_embargo")),
    # criticising those who hold a stance is holding the opposite
    ("Scholz kritisierte Ökonomen, die ein Gasembargo für verkraftbar halten.", ("Olaf Scholz", A, "energy_embargo")),
    # sanctions on energy are the energy embargo
    ("Orban lehnt Sanktionen gegen russische Energie ab.", ("Viktor Orbán", A, "energy_embargo")),
    ("Kallas forderte, auch den Energiesektor in die Sanktionen einzubeziehen.", ("Kaja Kallas", F, "energy_embargo")),
    ("Kallas forderte ein Sanktionspaket, das auch Öl und Gas umfasst.", ("Kaja Kallas", F, "energy_embargo")),
    ("Budapest werde keinem Sanktionspaket zustimmen, das die Energiesicherheit des Landes gefährde, sagte Szijjarto.",
     ("Peter Szijjarto", A, "energy_embargo")),
    # imports brought down to nothing
    ("Baerbock sagte, Deutschland werde bis zum Sommer seine Ölimporte aus Russland halbieren und bis Jahresende "
     "nahezu auf null fahren.", ("Annalena Baerbock", F, "energy_embargo")),
    # weapons transit refused
    ("Ungarn verweigert Waffentransporte durch sein Gebiet.", ("Ungarn", A, "arms_deliveries")),
    # a statement after a colon is no infinitive complement of the cue before it
    ("Auch Unionsfraktionschef Friedrich Merz ging auf Distanz: Eine Flugverbotszone sei derzeit nicht vertretbar.",
     ("Friedrich Merz", A, "no_fly_zone")),
    ("Frankreichs Präsident Emmanuel Macron kündigte Waffenlieferungen an. Macrons Herausforderin Marine Le Pen "
     "sieht das kritisch.", ("Marine Le Pen", A, "arms_deliveries")),
    # the step preferred comes first, the one after "statt" is rejected
    ("Adrian plädierte dafür, die Abhängigkeit schrittweise zu verringern statt abrupt auf russisches Gas zu verzichten.",
     ("Peter Adrian", A, "energy_embargo")),
    # reviewing the sanctions is against them
    ("Die AfD verlangte zudem, die Sanktionen gegen Russland zu überprüfen.", ("AfD", A, "sanctions")),
    ("Während Polen ein Kohleembargo vorschlägt, warnen Verbände und Gewerkschaften vor einem Gasembargo.",
     ("Polen", F, "energy_embargo")),
    ("Weil die EU-Kommission ein Kohleembargo vorschlägt, warnen Gewerkschaften vor einem Gasembargo.",
     ("Gewerkschaften", A, "energy_embargo")),
    # a "wer" clause with an act, dismissed by what it does
    ("Wer jetzt immer mehr Waffen in die Ukraine schickt, verlängert den Krieg, sagte Wagenknecht.",
     ("Sahra Wagenknecht", A, "arms_deliveries")),
    ("Wer jetzt keine Panzer liefert, macht sich mitschuldig, sagte Melnyk.", ("Andrij Melnyk", F, "heavy_weapons")),
    # easing off is against the measure; a step that is not due is not wanted
    ("Jetzt bei den Sanktionen nachzulassen, wäre der falsche Weg, sagte Baerbock.", ("Annalena Baerbock", F, "sanctions")),
    ("Die Lieferung von Kampfpanzern stehe derzeit nicht an, sagte Scholz.", ("Olaf Scholz", A, "heavy_weapons")),
    # Konjunktiv I of verbs in -ern and -eln continues reported speech ("fordere", "liefere")
    ("Morawiecki kritisierte Deutschland. Berlin blockiere härtere Sanktionen, sagte er. Polen fordere ein Embargo.",
     ("Mateusz Morawiecki", F, "energy_embargo")),
    ("Scholz sagte, man müsse besonnen handeln. Deutschland liefere bereits Waffen.", ("Olaf Scholz", F, "arms_deliveries")),
    # who reports another's blockade complains of it
    ("Morawiecki kritisierte Deutschland. Berlin blockiere härtere Sanktionen, sagte er.", ("Mateusz Morawiecki", F, "sanctions")),
    ("Scholz sagte, Ungarn blockiere das Ölembargo.", ("Olaf Scholz", F, "energy_embargo")),
    # no reason to wait is for the step, no reason for it against it
    ("Es gebe keinen Grund, mit einem Gasembargo zu warten, sagte Röttgen.", ("Norbert Röttgen", F, "energy_embargo")),
    ("Es gebe keinen Grund für ein Gasembargo, sagte Scholz.", ("Olaf Scholz", A, "energy_embargo")),
    # "Noch deutlicher wurde X" names who speaks next
    ("Russwurm warnte vor einem Gasembargo. Noch deutlicher wurde Michael Vassiliadis. Ein Embargo würde ganze "
     "Wertschöpfungsketten zerstören.", ("Michael Vassiliadis", A, "energy_embargo")),
    # a headline's stance noun without an article, voiced by the subject
    ("+++ 21:40 Uhr +++ Selenskyj wiederholt Forderung nach Flugverbotszone +++", ("Wolodymyr Selenskyj", F, "no_fly_zone")),
    # ordering a deployment, keeping sanctions
    ("Biden ordnete die Verlegung von 3000 weiteren Soldaten nach Polen und Rumänien an.", ("Joe Biden", F, "eastern_flank_troops")),
    ("Scholz sagte, die Sanktionen würden so lange aufrechterhalten, wie Russland den Krieg fortsetze.",
     ("Olaf Scholz", F, "sanctions")),
    ("Ungarn will die Sanktionen nicht beibehalten.", ("Ungarn", A, "sanctions")),
    # troops demanded for the Baltic states are the eastern flank, though "Bodentruppen" is a peace-mission term
    ("Kallas sagte, das Baltikum brauche Luftverteidigung und mehr Bodentruppen des Bündnisses.",
     ("Kaja Kallas", F, "eastern_flank_troops")),
    ("Scholz schloss Bodentruppen in der Ukraine aus.", ("Olaf Scholz", A, "peace_mission")),
    # gazetteer titles
    ("Der FDP-Chef lehnte ein Gasembargo ab.", ("Christian Lindner", A, "energy_embargo")),
    # (but the agent of a passive keeps it: "von der Union gefordert")
    ("Die Lieferung schwerer Waffen war zuvor von der Union wiederholt gefordert worden.", ("CDU/CSU", F, "heavy_weapons")),
    ("Bundeskanzler Olaf Scholz will der Ukraine Rüstungsgüter direkt bei der deutschen Industrie finanzieren.",
     ("Olaf Scholz", F, "arms_deliveries")),
    # an attack on someone opens reported speech like a reaction
    ("Merz attackierte den Kanzler im Bundestag. Deutschland müsse endlich schwere Waffen liefern.",
     ("Friedrich Merz", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round12_found(positions_of, text, fact):
    assert fact in positions_of(text)


NOT_FOUND = [
    # the owner of the criticised restraint holds nothing by it
    ("Merz kritisierte die Zurückhaltung der Bundesregierung bei der Lieferung schwerer Waffen.",
     ("Deutschland", F, "heavy_weapons")),
    ("Merz kritisierte die Zurückhaltung der Bundesregierung bei der Lieferung schwerer Waffen.",
     ("Friedrich Merz", A, "heavy_weapons")),
    # the reversed readings
    ("Kritik an seiner Zurückhaltung bei schweren Waffen wies Scholz zurück.", ("Olaf Scholz", F, "heavy_weapons")),
    (TANKS + "Das sei nicht verantwortbar, sagte Kanzler Olaf Scholz.", ("Olaf Scholz", F, "heavy_weapons")),
    # the outlet spoken to is no speaker
    ("Die Vorsitzende des Verteidigungsausschusses, Marie-Agnes Strack-Zimmermann, sagte dem „Tagesspiegel“, "
     "eine Flugverbotszone wäre ein Fehler.", ("Tagesspiegel", A, "no_fly_zone")),
    # a criticism that comes from somewhere is often of something else (the timing)
    ("Die Regierung kündigte die Lieferung von Panzern an. Aus der Union kam Kritik am Zeitpunkt.",
     ("CDU/CSU", A, "heavy_weapons")),
    # the speaker does not demand what "wie sie Kiew verlangt" reports
    ("Scholz sagte, es werde keine Flugverbotszone geben. Das gelte auch für eine Flugverbotszone, wie sie Kiew verlangt.",
     ("Olaf Scholz", F, "no_fly_zone")),
    # a reproach "statt endlich …" wants the step
    ("Die Regierung diskutiert, statt endlich Panzer zu liefern, sagte Merz.", ("Friedrich Merz", A, "heavy_weapons")),
    ("Statt endlich Panzer zu liefern, diskutiert die Regierung, sagte Merz.", ("Friedrich Merz", A, "heavy_weapons")),
    ("Scholz will keine Kampfpanzer liefern.", ("Olaf Scholz", F, "heavy_weapons")),
    ("Scholz kritisierte Ökonomen, die ein Gasembargo für verkraftbar halten.", ("Olaf Scholz", F, "energy_embargo")),
    # a feminine name after "der" is a dative or genitive, no subject
    ("Bundeskanzler Olaf Scholz will der Ukraine Rüstungsgüter direkt bei der deutschen Industrie finanzieren.",
     ("Ukraine", F, "arms_deliveries")),
    ("Einige Mitgliedstaaten würden der Ukraine Kampfjets zur Verfügung stellen, sagte Borrell.", ("Ukraine", F, "fighter_jets")),
    # the possessor of a title is not the titled person: "Macrons Herausforderin Marine Le Pen"
    ("Frankreichs Präsident Emmanuel Macron kündigte Waffenlieferungen an. Macrons Herausforderin Marine Le Pen "
     "sieht das kritisch.", ("Emmanuel Macron", A, "arms_deliveries")),
    # a sentence that opens with a clause of time or reason quotes nobody
    ("Während Polen ein Kohleembargo vorschlägt, warnen Verbände und Gewerkschaften vor einem Gasembargo.",
     ("Gewerkschaften", F, "energy_embargo")),
    ("Scholz sagte, Ungarn blockiere das Ölembargo.", ("Olaf Scholz", A, "energy_embargo")),
    # a cue whose object is a person takes no proposal from another clause
    ("Bundestag debattiert über schwere Waffen: «Die Ukraine verteidigt auch uns»", ("Ukraine", F, "heavy_weapons")),
    ("Kallas sagte, das Baltikum brauche Luftverteidigung und mehr Bodentruppen des Bündnisses.",
     ("Kaja Kallas", F, "peace_mission")),
    # figures that prove something are no sanctions imposed (round 19: "dass die Sanktionen wirken" is a
    # judgement of its own, so the sentence asks how strongly they hit)
    ("Die Zahlen belegen, wie stark die Sanktionen die russische Wirtschaft treffen, sagte der Ökonom Gabriel Felbermayr.",
     ("Gabriel Felbermayr", F, "sanctions")),
    # a person's own view: "für" the affected is no holder
    ("Ein Gasembargo wäre für die Industrie nicht verkraftbar, sagte Russwurm.", ("Industrie", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round12_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)


def test_round12_demanded_readiness_in_an_interview_answer(positions_of):
    text = ("Johann Wadephul (CDU) ist Außenpolitiker der Unionsfraktion. Mit ihm sprach der Deutschlandfunk.\n\n"
            "Frage: Herr Wadephul, die Nato hat ihre Truppen im Osten verstärkt. Reicht das?\n\n"
            "Antwort: Nein. Deutschland muss in Litauen mehr Verantwortung übernehmen und bereit sein, eine Brigade "
            "zu stellen.\n\n"
            "Frage: Und die Sanktionen?\n\n"
            "Antwort: Die müssen verschärft werden.")
    got = positions_of(text)
    assert ("Johann Wadephul", F, "eastern_flank_troops") in got
    assert ("Deutschland", F, "eastern_flank_troops") not in got


def test_round12_judgement_words_are_data(tmp_path):
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    assert "Zurückhaltung" in lex.obstruction_words and "kritisieren" in lex.critical_verbs
    assert "zurückweisen" in lex.rebutting_verbs and "verteidigen" in lex.defending_verbs


def test_round12_interview_without_any_labels(positions_of):
    # questions and answers in alternating paragraphs, no label, no markup; the first question addresses the
    # interviewee
    text = ("Die FDP-Politikerin Marie-Agnes Strack-Zimmermann ist Vorsitzende des Verteidigungsausschusses.\n\n"
            "Frau Strack-Zimmermann, was haben Sie in Lwiw gehört?\n"
            "Die Bitte ist immer dieselbe: Wir brauchen schwere Waffen, und zwar sofort.\n\n"
            "Das Kanzleramt verweist auf die knappen Bestände der Bundeswehr.\n"
            "Das ist mir zu bequem. Deutschland sollte liefern, was es kann, auch Schützenpanzer.\n\n"
            "Und eine Flugverbotszone, wie Kiew sie fordert?\n"
            "Nein. Das hieße, dass Nato-Piloten russische Flugzeuge abschießen.")
    got = positions_of(text)
    assert ("Marie-Agnes Strack-Zimmermann", A, "no_fly_zone") in got
    assert ("Marie-Agnes Strack-Zimmermann", F, "heavy_weapons") in got
    assert ("Deutschland", F, "heavy_weapons") not in got


def test_round12_alternating_paragraphs_need_questions():
    from kg.article import parse_article
    from kg.extract import Extractor
    from kg.extract.turns import interview_turns

    ex = Extractor()
    # a report whose paragraphs only happen to alternate in length is no interview
    text = (" date 2022-04-13 Bericht\nDie Ministerin reiste nach Kiew.\n\nFrau Lambrecht, so heißt es, war gut vorbereitet.\n"
            "Sie traf den Präsidenten und den Verteidigungsminister. Beide baten um Waffen.\n\n"
            "Am Abend flog sie zurück.\nIn Berlin wartete die Kritik. Die Union forderte mehr Tempo.")
    ctx = ex.analyse(parse_article(text.encode(), "t.txt"))
    assert all(t is None for t in interview_turns(ctx, ex.lex))
