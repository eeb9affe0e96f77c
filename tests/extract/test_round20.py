"""Round 20 (decision 008, "Round 20"): a direct quotation is no narration when a pronoun speaker follows it
("„Putin hat uns getäuscht“, sagte er"), "keine Sekunde zögern" negates, a proposal that is the means of
an outcome ("mit der Lieferung schwerer Waffen eine Eskalation riskieren", "mit Waffen den Krieg beenden"),
"beide Kandidaten", press reviews with titles in capitals, readers' letters signed below, and other cases
found in dev 17."""

from __future__ import annotations

import pytest

F, A = "for", "against"

TV_DUEL = ("Fünf Tage vor der Landtagswahl haben sich Ministerpräsident Hendrik Wüst (CDU) und sein Herausforderer "
           "Thomas Kutschaty (SPD) ein Fernsehduell geliefert. Bildung und Energiepreise standen im Mittelpunkt.\n\n"
           "Wüst sprach sich klar für die Lieferung schwerer Waffen aus. Kutschaty verteidigte den Kurs von "
           "Bundeskanzler Olaf Scholz. Es sei richtig, dass Deutschland nun auch Gepard-Panzer bereitstelle, sagte der "
           "Sozialdemokrat. Kampfjets an die Ukraine zu liefern, lehnten beide Kandidaten ab.\n\n"
           "Beim Gas lagen die beiden näher beieinander. Ein Gasembargo lehne er ab, sagte Wüst. Kutschaty nannte ein "
           "Embargo „unverantwortlich“. Zu den Sanktionen gegen Russland bekannten sich beide Kandidaten ausdrücklich.")

LETTERS = ("Leserbriefe: Schwere Waffen und die Angst vor dem Winter\n\n"
           "Zu „Intellektuelle im Briefkrieg“, taz vom 5. Mai\n\n"
           "Ich habe den offenen Brief unterschrieben. Schwere Waffen an die Ukraine zu liefern, halte ich für einen "
           "gefährlichen Fehler, weil niemand weiß, wie Putin darauf reagiert.\n\n"
           "Gisela Hartwig, Kassel\n\n"
           "In Ihren Altbauwohnungen lässt sich leicht über ein Gasembargo reden. Ein Gasembargo lehne ich ab.\n\n"
           "Hans-Peter Lindemann, Rostock\n\n"
           "Wir sollten sofort ein Embargo gegen russisches Gas und Öl verhängen, auch wenn es im Winter kalt wird.\n\n"
           "Miriam Oswald, Freiburg")

FOUND = [
    # the pronoun after a direct quotation is the speaker named before, not the person in the quotation; his
    # Konjunktiv sentences that follow are his
    ("Für die SPD-Fraktion sprach Rolf Mützenich. „Putin hat uns alle getäuscht“, sagte er. Die Sanktionen seien "
     "richtig und notwendig.", ("Rolf Mützenich", F, "sanctions")),
    ("Grünen-Chef Omid Nouripour äußerte sich am Abend. „Selenskyj hat recht“, sagte er. Deutschland müsse jetzt "
     "auch schwere Waffen liefern.", ("Omid Nouripour", F, "heavy_weapons")),
    ("Die Linken-Vorsitzende Janine Wissler meldete sich zu Wort. „Scholz hat die Lage falsch eingeschätzt“, sagte "
     "sie. Waffenlieferungen an die Ukraine seien der falsche Weg.", ("Janine Wissler", A, "arms_deliveries")),
    # "keine Sekunde zögern" is no hesitation
    ("Außenminister Luigi Di Maio sagte, Italien werde „keine Sekunde zögern“, weitere Strafmaßnahmen mitzutragen.",
     ("Luigi Di Maio", F, "sanctions")),
    ("Die Regierung in Vilnius werde keinen Moment zögern, die Gasimporte aus Russland zu stoppen, sagte "
     "Energieminister Dainius Kreivys.", ("Dainius Kreivys", F, "energy_embargo")),
    # the proposal as the means of a harm warned of, or of a good outcome demanded
    ("Fraktionschef Rolf Mützenich warnte davor, mit der Lieferung schwerer Waffen eine weitere Eskalation zu "
     "riskieren.", ("Rolf Mützenich", A, "heavy_weapons")),
    ("Sachsens Ministerpräsident Michael Kretschmer warnte davor, mit einem Gasembargo die eigene Wirtschaft zu "
     "ruinieren.", ("Michael Kretschmer", A, "energy_embargo")),
    ("Der CDU-Außenpolitiker Norbert Röttgen forderte, mit schweren Waffen den Krieg schneller zu beenden.",
     ("Norbert Röttgen", F, "heavy_weapons")),
    ("Die Linke lehnte es ab, mit Waffenlieferungen den Krieg zu verlängern.", ("Linke", A, "arms_deliveries")),
    # a party chief's title ends the run of proper nouns before the name
    ("Thüringens AfD-Chef Björn Höcke forderte dagegen, die Sanktionen gegen Russland sofort aufzuheben.",
     ("Björn Höcke", A, "sanctions")),
    ("Sachsens AfD-Chef Jörg Urban forderte, die Sanktionen aufzuheben.", ("Jörg Urban", A, "sanctions")),
    # "beide Kandidaten": the pair named together in an earlier paragraph ("X und sein Herausforderer Y")
    ("Deshalb fordert die SPD die Regierung auf, der Ukraine Panzer zu liefern.", ("SPD", F, "heavy_weapons")),
    (TV_DUEL, ("Hendrik Wüst", A, "fighter_jets")),
    (TV_DUEL, ("Thomas Kutschaty", A, "fighter_jets")),
    (TV_DUEL, ("Thomas Kutschaty", F, "sanctions")),
    # a party description takes up the subject, not the person after a preposition
    (TV_DUEL, ("Thomas Kutschaty", F, "heavy_weapons")),
    # a press review's title in capitals speaks for the quotation after its colon
    ("Die STUTTGARTER NACHRICHTEN meinen: „Die große Mehrheit im Bundestag ist ein wichtiges Signal. Jetzt muss die "
     "Regierung liefern – Panzer, Haubitzen und Munition.“", ("Stuttgarter Nachrichten", F, "heavy_weapons")),
    ("Die BADISCHE ZEITUNG aus Freiburg sieht es anders: „Man muss den offenen Brief nicht in jedem Satz teilen. Die "
     "Skepsis gegenüber immer schwereren Waffen aber ist berechtigt.“", ("Badische Zeitung", A, "heavy_weapons")),
    ("Die MITTELDEUTSCHE ZEITUNG aus Halle warnt: „Ein Gasembargo würde Zehntausende Jobs kosten und ist deshalb der "
     "falsche Weg.“", ("Mitteldeutsche Zeitung", A, "energy_embargo")),
    # dreaming of a proposal wants it; those who dream of it are rebutted
    ("Präsident Wolodymyr Selenskyj träumt weiter von einer Flugverbotszone über seinem Land.",
     ("Wolodymyr Selenskyj", F, "no_fly_zone")),
    ("Kommentar: Träumereien\n\nVon Katrin Lehnert\n\nWer jetzt von einer Nato-Friedenstruppe in der Ukraine "
     "träumt, verkennt die Lage.", ("Katrin Lehnert", A, "peace_mission")),
    # readers' letters: each is its writer's, signed below it with name and town
    (LETTERS, ("Gisela Hartwig", A, "heavy_weapons")),
    (LETTERS, ("Hans-Peter Lindemann", A, "energy_embargo")),
    (LETTERS, ("Miriam Oswald", F, "energy_embargo")),
    # "kein X, sondern Y": the negation is the contrasted part's
    ("„Schwere Waffen bringen keinen Frieden, sondern immer mehr Tote“, sagte Linken-Fraktionschefin Amira Mohamed Ali.",
     ("Amira Mohamed Ali", A, "heavy_weapons")),
    # a hedge ("allenfalls", "bestenfalls") turns an approving adjective into scepticism
    ("Der BDI hält ein Gasembargo allenfalls langfristig für denkbar.", ("BDI", A, "energy_embargo")),
    ("Ein Ölembargo sei bestenfalls in einigen Monaten machbar, sagte Sachsens Ministerpräsident Michael Kretschmer.",
     ("Michael Kretschmer", A, "energy_embargo")),
    # sharing a view ("teilt diese Position") takes the stance of the sentence before
    ("Polen fordert ein sofortiges Gasembargo. Litauen teilt diese Position.", ("Litauen", F, "energy_embargo")),
    ("Die Grünen verlangen die Lieferung schwerer Waffen. Die FDP teilt diese Forderung ausdrücklich.",
     ("FDP", F, "heavy_weapons")),
    # imports of Russian energy in the genitive, ended some words later
    ("Die EU-Kommission hält an ihrem Vorschlag fest, die Einfuhr russischen Öls bis zum Jahresende weitgehend zu "
     "beenden.", ("EU-Kommission", F, "energy_embargo")),
    ("Lettland will die Importe russischen Gases bis zum Ende des Jahres vollständig stoppen.",
     ("Lettland", F, "energy_embargo")),
    # "verwechselt": a rebuttal of those who hold the stance
    ("Kommentar: Mitgefühl ist keine Strategie\n\nVon Jana Körber\n\nWer jetzt stattdessen eine Flugverbotszone "
     "fordert, wie es manche in der Debatte tun, verwechselt Mitgefühl mit Strategie.", ("Jana Körber", A, "no_fly_zone")),
    # not helping calm a situation argues against
    ("Kremlsprecher Dmitri Peskow sagte, westliche Waffenlieferungen an die Ukraine trügen nicht zu einer Beruhigung "
     "bei, sondern verlängerten die Kämpfe.", ("Dmitri Peskow", A, "arms_deliveries")),
    # "Sanktionskurs", the seizure of Russian property, "Diebstahl", "Anschlag auf"
    ("Der Ostbeauftragte der Bundesregierung, Carsten Schneider (SPD), verteidigte dagegen den Sanktionskurs gegen "
     "Russland.", ("Carsten Schneider", F, "sanctions")),
    ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, bezeichnete die Beschlagnahmung russischen "
     "Eigentums im Westen als „Diebstahl“.", ("Maria Sacharowa", A, "sanctions")),
    ("Der Linken-Fraktionschef im Potsdamer Landtag, Sebastian Walter, nannte das geplante Embargo einen „Anschlag auf "
     "die Uckermark“.", ("Sebastian Walter", A, "energy_embargo")),
    # a speaker who reports what a group of his own kind holds speaks for it
    ("DGB-Chef Reiner Hoffmann sprach in Berlin. Die Gewerkschaften stünden hinter den Sanktionen gegen Russland, "
     "sagte Hoffmann.", ("Reiner Hoffmann", F, "sanctions")),
    # "vorbringen" puts a proposal forward
    ("Litauen brachte den Vorschlag eines Gasembargos in Brüssel erneut vor.", ("Litauen", F, "energy_embargo")),
    # "…, erklärten die drei Ausschussvorsitzenden", "sagten die beiden Minister": the group of that size just named
    ("Als Anton Hofreiter, Marie-Agnes Strack-Zimmermann und Michael Roth am Dienstag aus Lwiw zurückkehrten, hatten "
     "sie eine gemeinsame Botschaft. Die Ukraine brauche jetzt schwere Waffen, und Deutschland müsse sie liefern, "
     "erklärten die drei Ausschussvorsitzenden von Grünen, FDP und SPD.", ("Michael Roth", F, "heavy_weapons")),
    ("Robert Habeck und Christian Lindner trafen sich in Berlin. Ein Gasembargo sei derzeit nicht verantwortbar, "
     "sagten die beiden Minister.", ("Robert Habeck", A, "energy_embargo")),
    # a separable verb's particle is looked for before a semicolon only
    ("Auch Polens Präsident Andrzej Duda sprach sich für mehr NATO-Soldaten auf polnischem Boden aus; die bisherige "
     "Präsenz reiche angesichts der russischen Aggression nicht aus.", ("Andrzej Duda", F, "eastern_flank_troops")),
]

NOT_FOUND = [
    ("Für die SPD-Fraktion sprach Rolf Mützenich. „Putin hat uns alle getäuscht“, sagte er. Die Sanktionen seien "
     "richtig und notwendig.", ("Wladimir Putin", F, "sanctions")),
    ("Fraktionschef Rolf Mützenich warnte davor, mit der Lieferung schwerer Waffen eine weitere Eskalation zu "
     "riskieren.", ("Rolf Mützenich", F, "heavy_weapons")),
    ("Der CDU-Außenpolitiker Norbert Röttgen forderte, mit schweren Waffen den Krieg schneller zu beenden.",
     ("Norbert Röttgen", A, "heavy_weapons")),
    ("Außenminister Luigi Di Maio sagte, Italien werde „keine Sekunde zögern“, weitere Strafmaßnahmen mitzutragen.",
     ("Luigi Di Maio", A, "sanctions")),
    ("Thüringens AfD-Chef Björn Höcke forderte dagegen, die Sanktionen gegen Russland sofort aufzuheben.",
     ("Thüringens AfD-Chef Björn Höcke", A, "sanctions")),
    (TV_DUEL, ("Olaf Scholz", F, "heavy_weapons")),
    (TV_DUEL, ("Olaf Scholz", A, "fighter_jets")),
    # the town after a letter writer's name is no actor of the letter; a person in an indirect question
    # ("wie Putin darauf reagiert") is no one compared
    (LETTERS, ("Wladimir Putin", A, "heavy_weapons")),
    (LETTERS, ("Gisela Hartwig", A, "energy_embargo")),
    (LETTERS, ("Hans-Peter Lindemann", F, "energy_embargo")),
    ("Der BDI hält ein Gasembargo allenfalls langfristig für denkbar.", ("BDI", F, "energy_embargo")),
    ("Polen fordert ein sofortiges Gasembargo. Die Zahlen teilte die Regierung am Abend mit.",
     ("Polen", A, "energy_embargo")),
    # the one addressed by a request is no holder, when a subject that names no actor comes before the verb
    ("Die Unterzeichner fordern die Bundesregierung auf, die Ukraine ohne weiteres Zögern mit schweren Waffen "
     "auszustatten.", ("Deutschland", F, "heavy_weapons")),
    ("Die Delegierten beschlossen einen Antrag, der die Bundesregierung auffordert, der Ukraine schwere Waffen zu "
     "liefern.", ("Deutschland", F, "heavy_weapons")),
    ("DGB-Chef Reiner Hoffmann sprach in Berlin. Die Gewerkschaften stünden hinter den Sanktionen gegen Russland, "
     "sagte Hoffmann.", ("Gewerkschaften", F, "sanctions")),
    # an acronym in capitals is the gazetteer's, not a press review's title
    ("Die SPD meint: Ein Gasembargo ist der falsche Weg.", ("Spd", A, "energy_embargo")),
    # hesitation itself is still hesitation
    ("Italien werde bei einem Gasembargo zögern, sagte Ministerpräsident Mario Draghi.", ("Mario Draghi", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round20_found(positions_of, text, fact):
    assert fact in positions_of(text)


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round20_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)
