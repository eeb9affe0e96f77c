"""Round 17, lead (decision 008, "Round 17"): speakers described by party or country, pronoun speakers
with content after them, purpose clauses, reported demands with a recipient subject, singular proposal
anaphors, stances of taking part, a speaker's relative clause, a semicolon before reported speech, the
subject of a "wie" clause, actors as objects, and facts of non-delivery."""

from __future__ import annotations

import pytest

F, A = "for", "against"

FOUND = [
    # a description with a party narrows the person meant
    ("CSU-Chef Markus Söder sprach in München. Der Gashahn müsse sofort zugedreht werden, so der CSU-Politiker.",
     ("Markus Söder", F, "energy_embargo")),
    # a pronoun speaker after the quote, the content going on after it
    ("Die Energieökonomin Claudia Kemfert widersprach. Ein Ölembargo sei für Deutschland „gut verkraftbar“, sagte sie, "
     "und es sei richtig, es jetzt zu beschließen.", ("Claudia Kemfert", F, "energy_embargo")),
    # a purpose clause is no complement that would take over the stance
    ("Der ukrainische Botschafter Andrij Melnyk schrieb auf Twitter, der Brief sei zynisch. Die Ukraine brauche gerade "
     "jetzt schwere Waffen, um Massaker wie in Butscha zu verhindern, fügte er hinzu.", ("Andrij Melnyk", F, "heavy_weapons")),
    # a reported demand whose subject receives the weapons
    ("Unionsfraktionschef Friedrich Merz sprach im Bundestag. Die Ukraine müsse schwere Waffen erhalten, sagte er.",
     ("Friedrich Merz", F, "heavy_weapons")),
    ("Unionsfraktionschef Friedrich Merz warf dem Kanzler vor, zu spät gehandelt zu haben. Die Ukraine müsse schwere "
     "Waffen erhalten, „und zwar schnell und in ausreichender Zahl“.", ("Friedrich Merz", F, "heavy_weapons")),
    # "gut gemeint, aber …": the judgement after "aber"
    ("Polen schlug eine Friedensmission vor. Unionsfraktionschef Friedrich Merz nannte die Idee im Deutschlandfunk "
     "„gut gemeint, aber brandgefährlich“.", ("Friedrich Merz", A, "peace_mission")),
    # taking part in the delivery discussed before
    ("Polen bot an, MiG-29-Kampfjets über Ramstein an die Ukraine zu geben. Lambrecht schloss eine deutsche Beteiligung "
     "an einer solchen Lieferung aus.", ("Christine Lambrecht", A, "fighter_jets")),
    # going on with the deliveries named before
    ("Litauen hat Stinger-Raketen an die Ukraine geliefert. Präsident Gitanas Nausėda kündigte an, man werde die "
     "Lieferungen fortsetzen und ausweiten.", ("Gitanas Nauseda", F, "arms_deliveries")),
    # a reason given for the refusal blocks nothing
    ("Die NATO-Staaten beschlossen, keine Flugverbotszone über der Ukraine einzurichten. Generalsekretär Jens Stoltenberg "
     "begründete die Absage mit der Gefahr eines umfassenden Krieges in Europa.", ("Jens Stoltenberg", A, "no_fly_zone")),
    # a reaffirmed refusing stance
    ("Das Pentagon wies das Angebot zurück, MiG-29-Kampfjets an die Ukraine zu geben. Verteidigungsminister Lloyd Austin "
     "bekräftigte die ablehnende Haltung in einem Telefonat.", ("Lloyd Austin", A, "fighter_jets")),
    # new cue words
    ("Ungarns Regierungschef Viktor Orbán, der sich dem Embargo bislang widersetzt, bleibt hart.",
     ("Viktor Orbán", A, "energy_embargo")),
    ("Der niederländische Regierungschef Mark Rutte nannte ein Gasembargo „zum jetzigen Zeitpunkt nicht realistisch“.",
     ("Mark Rutte", A, "energy_embargo")),
    ("IG-Metall-Chef Jörg Hofmann bezeichnete ein Gasembargo auf dem Kongress als „sozialen Sprengstoff“.",
     ("Jörg Hofmann", A, "energy_embargo")),
    ("Ministerpräsident Mateusz Morawiecki hatte den Vorschlag einer Friedensmission beim Nato-Gipfel vorgetragen.",
     ("Mateusz Morawiecki", F, "peace_mission")),
    # the speaker's relative clause before the speech verb
    ("Ungarns Ministerpräsident Viktor Orbán, der sich zehn Tage vor der Wahl in Brüssel aufhielt, bekräftigte, sein "
     "Land werde keine Waffen an die Ukraine liefern.", ("Viktor Orbán", A, "arms_deliveries")),
    # (but a relative clause with a stance of its own keeps it)
    ("Der Publizist Ralf Fücks, der seit Wochen für die Lieferung von Kampfpanzern wirbt, sprach von einer „Einladung "
     "an Putin“.", ("Ralf Fücks", F, "heavy_weapons")),
    # a Konjunktiv after a semicolon reports what the speaker before it said
    ("Ministerpräsident Mateusz Morawiecki sprach von Erpressung; Polen werde ohnehin bis zum Jahresende vollständig "
     "auf russisches Gas verzichten.", ("Mateusz Morawiecki", F, "energy_embargo")),
    # who proposed the thing, in a "wie" clause with the subject first
    ("Landsbergis: Eine Friedensmission, wie Warschau sie vorgeschlagen hat, sehe ich im Moment nicht.",
     ("Polen", F, "peace_mission")),
    ("Scholz lehnte eine Friedensmission, wie Polen sie vorgeschlagen hat, entschieden ab.",
     ("Olaf Scholz", A, "peace_mission")),
    # a country's head of government, by the adjective of the country
    ("Polens Ministerpräsident Mateusz Morawiecki unterstützte den Vorschlag einer Friedensmission. Der tschechische "
     "Regierungschef äußerte sich nach seiner Rückkehr nach Prag zurückhaltend zu der Idee einer Friedensmission.",
     ("Petr Fiala", A, "peace_mission")),
    # keeping every option on the table
    ("Selenskyj forderte eine Flugverbotszone. Man dürfe „keine Option vom Tisch nehmen“, sagte Landsbergis in Brüssel.",
     ("Gabrielius Landsbergis", F, "no_fly_zone")),
    ("Selenskyj forderte eine Flugverbotszone. Eine Flugverbotszone sei keine Option, sagte Landsbergis in Brüssel.",
     ("Gabrielius Landsbergis", A, "no_fly_zone")),
    # what enforcing it would mean, then its consequence
    ("Stoltenberg sprach in Brüssel. Eine Flugverbotszone durchzusetzen hieße, russische Kampfjets abzuschießen; dies "
     "könne zu einem umfassenden Krieg in Europa führen, so der Norweger.", ("Jens Stoltenberg", A, "no_fly_zone")),
    # proposal terms: a hyphenated compound, air and tank defence, heavier equipment
    ("Der Linken-Politiker Gregor Gysi brachte dagegen eine Blauhelm-Mission der Vereinten Nationen ins Gespräch.",
     ("Gregor Gysi", F, "peace_mission")),
    ("Außenminister Dmytro Kuleba sagte: „Wir brauchen Flugabwehr und Panzerabwehr in jeder Menge.“",
     ("Dmytro Kuleba", F, "arms_deliveries")),
    ("Generalsekretär Jens Stoltenberg sagte, die Alliierten seien sich einig, der Ukraine modernere, schwerere "
     "Ausrüstung zu geben.", ("Jens Stoltenberg", F, "heavy_weapons")),
    # a foreign outlet printed in capitals speaks its quoted comment; "es" takes up the proposal just named
    ("Die Londoner TIMES blickt über Frankreich hinaus: „Ein Embargo auf russisches Gas wird wehtun, doch es ist "
     "unausweichlich. Und Berlin sollte endlich die schweren Waffen liefern.“", ("The Times", F, "heavy_weapons")),
    ("Ein Embargo auf russisches Gas wird wehtun, doch es ist unausweichlich, sagte Habeck.",
     ("Robert Habeck", F, "energy_embargo")),
    # a demonstrative subject takes up the actor named last
    ("Seit Kriegsbeginn ist Melnyk einer der lautesten Kritiker der Bundesregierung. Die lehnt ein Energieembargo gegen "
     "Russland bislang ab und hat der Ukraine unter anderem Panzerfäuste geliefert.", ("Deutschland", A, "energy_embargo")),
    # a pledge named attributively does not hide the delivery
    ("Die USA haben nach Angaben von Pentagon-Sprecher John Kirby fast alle der 90 zugesagten Haubitzen vom Typ M777 an "
     "die Ukraine übergeben.", ("Pentagon", F, "heavy_weapons")),
    # a second main clause after "und" shares the first one's subject
    ("Die Ökonomin Carola Wendt schreibt: Die Sanktionen gegen die russische Zentralbank und die Oligarchen wirken "
     "bereits und sollten konsequent ausgeweitet werden.", ("Carola Wendt", F, "sanctions")),
    # ministers of the alliance's states decide for it
    ("Die Außenminister der 30 Nato-Staaten hatten am Freitag in Brüssel beraten und eine Flugverbotszone einhellig "
     "abgelehnt.", ("NATO", A, "no_fly_zone")),
    # pleas from a capital
    ("Die Nato hat eine Flugverbotszone über der Ukraine trotz eindringlicher Bitten aus Kiew abgelehnt.",
     ("Ukraine", F, "no_fly_zone")),
    # "statt immer neue Panzer zu schicken": the rejected alternative; the last resort
    ("Sachsens Ministerpräsident Michael Kretschmer sprach. Auch bei der Lieferung schwerer Waffen zeigte sich "
     "Kretschmer zurückhaltend: Man müsse „jetzt alles für einen Waffenstillstand tun, statt immer neue Panzer zu "
     "schicken“.", ("Michael Kretschmer", A, "heavy_weapons")),
    ("DIW-Präsident Marcel Fratzscher mahnte zur Vorsicht: Ein Embargo müsse das letzte Mittel bleiben.",
     ("Marcel Fratzscher", A, "energy_embargo")),
    # "der CDU-Politiker" is the one who just spoke, not a CDU politician named in the headline
    ("Kretschmer gegen Kiesewetter – Streit um das Ölembargo\n\nSachsens Ministerpräsident Michael Kretschmer machte "
     "aus seiner Haltung keinen Hehl. Ein Ölembargo halte er für einen Fehler, sagte der CDU-Politiker.",
     ("Michael Kretschmer", A, "energy_embargo")),
    # a unit in a flank country
    ("Frankreich werde den Verband in Rumänien führen, kündigte Präsident Emmanuel Macron an.",
     ("Emmanuel Macron", F, "eastern_flank_troops")),
    # parliamentary groups "von" their parties, rejecting the motion just named
    ("Der Bundestag hat sich mit großer Mehrheit für die Lieferung schwerer Waffen an die Ukraine ausgesprochen. Die "
     "Fraktionen von Linken und AfD lehnten den Antrag ab.", ("AfD", A, "heavy_weapons")),
    ("Die EU-Kommission schlug ein Ölembargo vor. Außenminister Péter Szijjártó nannte den Vorschlag „in dieser Form "
     "unannehmbar“.", ("Peter Szijjarto", A, "energy_embargo")),
    # the thing named, then judged in quotation marks after a concession
    ("Der niederländische Premier Mark Rutte nannte das Teilembargo „schmerzhaft, aber richtig“.",
     ("Mark Rutte", F, "energy_embargo")),
    # a decision against it, approved
    ("Bundesaußenministerin Annalena Baerbock nannte die Entscheidung gegen eine Flugverbotszone schmerzhaft, aber "
     "richtig.", ("Annalena Baerbock", A, "no_fly_zone")),
    ("Scholz verteidigte die Entscheidung gegen ein Gasembargo.", ("Olaf Scholz", A, "energy_embargo")),
    ("Die Nato-Staaten stimmten gegen eine Flugverbotszone.", ("NATO", A, "no_fly_zone")),
    # "der Vorsitzende" is a man; "des Europaausschusses" names a body kg does not know: the person just named
    ("Der Grünen-Politiker Anton Hofreiter hat den Druck auf das Kanzleramt erhöht. Im „Bericht aus Berlin“ verwies "
     "der Vorsitzende des Europaausschusses am Sonntag auf die erwartete russische Offensive im Donbass. Die Ukraine "
     "brauche jetzt Schützenpanzer, Artillerie und Panzerhaubitzen.", ("Anton Hofreiter", F, "heavy_weapons")),
    ("Anton Hofreiter sprach im Bundestag. Dann verwies der Vorsitzende auf die Offensive. Die Ukraine brauche jetzt "
     "Schützenpanzer.", ("Anton Hofreiter", F, "heavy_weapons")),
    ("Ricarda Lang sprach. Die Vorsitzende forderte ein Gasembargo.", ("Ricarda Lang", F, "energy_embargo")),
    # a stated refusal to deliver still counts
    ("Bundeskanzler Olaf Scholz sagte, Deutschland werde keine Kampfpanzer liefern.", ("Olaf Scholz", A, "heavy_weapons")),
]

NOT_FOUND = [
    # the FDP chief is no CSU politician
    ("Bundesfinanzminister Christian Lindner lehnt ein Gasembargo ab. Im EU-Parlament hieß es, Europa finanziere den "
     "Krieg mit. Der Gashahn müsse sofort zugedreht werden, so der CSU-Politiker.", ("Christian Lindner", F, "energy_embargo")),
    # a male host is no "sie"
    ("Markus Lanz holte die Energieökonomin Claudia Kemfert ins Gespräch. Ein Ölembargo sei für Deutschland „gut "
     "verkraftbar“, sagte sie, und es sei richtig, es jetzt zu beschließen.", ("Markus Lanz", F, "energy_embargo")),
    # a recipient subject outside reported speech holds nothing, nor does an indicative plan
    ("Die Ukraine soll schwere Waffen erhalten.", ("Ukraine", F, "heavy_weapons")),
    ("Zugleich verwies Scholz auf den Ringtausch: Osteuropäische Nato-Partner sollen Panzer sowjetischer Bauart an die "
     "Ukraine abgeben und dafür Ersatz aus Deutschland erhalten.", ("Olaf Scholz", F, "heavy_weapons")),
    # well meant is no approval; "realistisch betrachtet" is no judgement
    ("Polen schlug eine Friedensmission vor. Unionsfraktionschef Friedrich Merz nannte die Idee im Deutschlandfunk "
     "„gut gemeint, aber brandgefährlich“.", ("Friedrich Merz", F, "peace_mission")),
    # one idea, not every proposal of the sentence before
    ("Polen schlug eine Friedensmission vor. Ungarns Außenminister Péter Szijjártó erteilte dem Vorschlag eine Absage: "
     "Ungarn werde weder Soldaten noch Waffen in die Ukraine schicken. Unionsfraktionschef Friedrich Merz nannte die "
     "Idee „brandgefährlich“.", ("Friedrich Merz", A, "arms_deliveries")),
    # judging another's stance is no stance on the proposal
    ("Marie-Agnes Strack-Zimmermann drängt seit Wochen auf Panzerlieferungen. Sie hatte die Haltung des Kanzleramts "
     "zuletzt scharf kritisiert.", ("Marie-Agnes Strack-Zimmermann", A, "heavy_weapons")),
    # not resisting is no support
    ("Aus Regierungskreisen in Rom hieß es, Italien werde sich einem Swift-Ausschluss nicht widersetzen.",
     ("Italien", F, "sanctions")),
    # the consent ruled out is not given
    ("Ungarns Außenminister Péter Szijjártó hat erneut ausgeschlossen, dass sein Land einem Embargo auf russisches Gas "
     "zustimmt.", ("Ungarn", F, "energy_embargo")),
    # the proposer in the "wie" clause does not share the rejection
    ("Scholz lehnte eine Friedensmission, wie Polen sie vorgeschlagen hat, entschieden ab.", ("Polen", A, "peace_mission")),
    ("Landsbergis: Eine Friedensmission, wie Warschau sie vorgeschlagen hat, sehe ich im Moment nicht.",
     ("Gabrielius Landsbergis", F, "peace_mission")),
    # an actor backed is no proposal
    ("Die USA verhängten ein Ölembargo. Die Sprecherin Karine Jean-Pierre sagte, die USA würden die Ukraine "
     "unterstützen, „so lange es nötig ist“.", ("Karine Jean-Pierre", F, "energy_embargo")),
    # the Czech head of government is not Poland's
    ("Polens Ministerpräsident Mateusz Morawiecki unterstützte den Vorschlag einer Friedensmission. Der tschechische "
     "Regierungschef äußerte sich nach seiner Rückkehr nach Prag zurückhaltend zu der Idee einer Friedensmission.",
     ("Mateusz Morawiecki", A, "peace_mission")),
    # no option taken off the table is no refusal
    ("Selenskyj forderte eine Flugverbotszone. Man dürfe „keine Option vom Tisch nehmen“, sagte Landsbergis in Brüssel.",
     ("Gabrielius Landsbergis", A, "no_fly_zone")),
    # tanks not delivered so far: a fact, no stance
    ("Auch die USA, Großbritannien und Frankreich lieferten bisher keine westlichen Kampfpanzer.",
     ("Frankreich", A, "heavy_weapons")),
    # the addressee of an outlet's demand holds nothing
    ("Die Londoner TIMES blickt über Frankreich hinaus: „Und Berlin sollte endlich die schweren Waffen liefern.“",
     ("Deutschland", F, "heavy_weapons")),
    # a second main clause is no object of the first one's refusal
    ("Seit Kriegsbeginn ist Melnyk einer der lautesten Kritiker der Bundesregierung. Die lehnt ein Energieembargo gegen "
     "Russland bislang ab und hat der Ukraine unter anderem Panzerfäuste geliefert.", ("Deutschland", A, "arms_deliveries")),
    ("Sachsens Ministerpräsident Michael Kretschmer sprach. Auch bei der Lieferung schwerer Waffen zeigte sich "
     "Kretschmer zurückhaltend: Man müsse „jetzt alles für einen Waffenstillstand tun, statt immer neue Panzer zu "
     "schicken“.", ("Michael Kretschmer", F, "heavy_weapons")),
    ("DIW-Präsident Marcel Fratzscher mahnte zur Vorsicht: Ein Embargo müsse das letzte Mittel bleiben.",
     ("Marcel Fratzscher", F, "energy_embargo")),
    ("Kretschmer gegen Kiesewetter – Streit um das Ölembargo\n\nSachsens Ministerpräsident Michael Kretschmer machte "
     "aus seiner Haltung keinen Hehl. Ein Ölembargo halte er für einen Fehler, sagte der CDU-Politiker.",
     ("Roderich Kiesewetter", A, "energy_embargo")),
    # going on with talks about a package is no stance on it
    ("Die Botschafter der 27 EU-Staaten setzen heute ihre Beratungen über das fünfte Sanktionspaket fort.",
     ("EU", F, "sanctions")),
    ("Bundesaußenministerin Annalena Baerbock nannte die Entscheidung gegen eine Flugverbotszone schmerzhaft, aber "
     "richtig.", ("Annalena Baerbock", F, "no_fly_zone")),
    # an unknown body's president is not the person named before
    ("Bundeskanzler Olaf Scholz sprach in Berlin. Der Präsident des Arbeitgeberverbands lehnte ein Gasembargo ab.",
     ("Olaf Scholz", A, "energy_embargo")),
    # what enforcing it would mean is no demand for it
    ("Stoltenberg sprach in Brüssel. Eine Flugverbotszone durchzusetzen hieße, russische Kampfjets abzuschießen; dies "
     "könne zu einem umfassenden Krieg in Europa führen, so der Norweger.", ("Jens Stoltenberg", F, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round17_found(positions_of, text, fact):
    assert fact in positions_of(text)


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round17_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)
