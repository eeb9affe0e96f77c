"""Round 6 (disc6): holders found in discourse (decision 008).

Speakers carried over from a reacting sentence ("X warnte vor …", "Der Kanzler wies den Vorwurf
zurück.") into the indirect speech after it; a Konjunktiv II right after a speaker; a warning
against a condition ("warnte vor X, sollte Y"); members of an actor ("die Außenminister der G7");
outlets printed in capitals in press reviews; a role with a genitive owner ("der Präsident der
Ukraine"); "die Regierung" not resolved to a country only named as an adjective; the agent of a
participle the tagger took for a past tense. Sentences written for these tests in agency style."""

from __future__ import annotations

import pytest

F, A = "for", "against"

CARRIED = [
    # a reacting sentence names who speaks in the Konjunktiv that follows
    ("CSU-Landesgruppenchef Alexander Dobrindt widersprach dem Kanzler. Die Ukraine brauche jetzt Kampfpanzer, "
     "und zwar ohne Verzögerung.", None),
    ("Bundeskanzler Olaf Scholz wies die Kritik zurück. Man habe der Ukraine bereits Panzerabwehrwaffen geschickt "
     "und werde weitere Waffen liefern.", ("Olaf Scholz", F, "arms_deliveries")),
    ("Linken-Fraktionschef Dietmar Bartsch warnte vor einer Eskalation. Waffenlieferungen in ein Kriegsgebiet "
     "lehne seine Partei weiterhin ab.", ("Dietmar Bartsch", A, "arms_deliveries")),
    # Konjunktiv II right after the speaker's sentence
    ("IG-Metall-Chef Jörg Hofmann sagte, die Beschäftigten dürften nicht die Rechnung bezahlen. "
     "Ein Gasembargo würde Hunderttausende Arbeitsplätze vernichten.", ("Jörg Hofmann", A, "energy_embargo")),
    ("CDU-Außenpolitiker Roderich Kiesewetter sprach von einem überfälligen Schritt. Nun müssten aber auch "
     "Leopard-Panzer folgen.", ("Roderich Kiesewetter", F, "heavy_weapons")),
    # a warning against a condition
    ("Außenministerin Annalena Baerbock warnte vor einem „Flächenbrand“, sollte die NATO eine Flugverbotszone "
     "durchsetzen.", ("Annalena Baerbock", A, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact", [c for c in CARRIED if c[1]], ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_disc6_carried_speaker(positions_of, text, fact):
    assert fact in positions_of(text)


NOT_CARRIED = [
    # a Konjunktiv II two sentences after the speaker, after a narrated sentence, is the writer's
    ("Wirtschaftsminister Robert Habeck sagte, man arbeite an Alternativen. Die Gaspreise stiegen am Montag "
     "weiter. Ein Gasembargo würde die Chemieindustrie hart treffen.", "Robert Habeck"),
    # a new paragraph ends indirect speech
    ("Wirtschaftsminister Robert Habeck sagte, man arbeite an Alternativen.\n\nEin Gasembargo würde die "
     "Chemieindustrie hart treffen.", "Robert Habeck"),
]


@pytest.mark.parametrize("text, holder", NOT_CARRIED, ids=lambda x: x[:40])
def test_round6_disc6_not_carried(positions_of, text, holder):
    assert not any(h == holder and k == "energy_embargo" for h, _, k in positions_of(text))


MEMBERS = [
    ("Die Staats- und Regierungschefs der EU haben sich in der Nacht auf ein Embargo gegen russisches Öl verständigt.",
     ("EU", F, "energy_embargo")),
    ("Die Botschafter der Mitgliedstaaten haben in Brüssel weitere Sanktionen gegen Russland gebilligt.", None),
    ("Die Vertreter der Bundesregierung sprachen sich für weitere Sanktionen gegen Russland aus.",
     ("Deutschland", F, "sanctions")),
    ("Gegen den Antrag stimmten unter anderem Abgeordnete der AfD, die Waffenlieferungen ablehnen.",
     ("AfD", A, "arms_deliveries")),
]


@pytest.mark.parametrize("text, fact", [c for c in MEMBERS if c[1]], ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_disc6_members(positions_of, text, fact):
    assert fact in positions_of(text)


PRESS = [
    ("Die FRANKFURTER ALLGEMEINE ZEITUNG schreibt: „Die Bundesregierung muss der Ukraine endlich Panzer liefern.“",
     ("FAZ", F, "heavy_weapons")),
    ("Die „tageszeitung“ hält dagegen: „Schwere Waffen verlängern den Krieg nur.“",
     ("taz", A, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", PRESS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_disc6_press_review(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round6_disc6_turn_label_is_no_outlet(positions_of):
    text = ("SPIEGEL: Herr Hofreiter, braucht die Ukraine Kampfpanzer?\n\nHofreiter: Ja, die Ukraine braucht "
            "jetzt schwere Waffen, und wir sollten sie liefern.")
    assert not any(h == "Der Spiegel" for h, _, _ in positions_of(text))


ROLES = [
    ("Der Präsident der Ukraine forderte erneut eine Flugverbotszone.", ("Wolodymyr Selenskyj", F, "no_fly_zone"),
     "Frank-Walter Steinmeier"),
    ("Seit Tagen bittet der Präsident des Landes den Westen, eine Flugverbotszone einzurichten.", None,
     "Frank-Walter Steinmeier"),
]


@pytest.mark.parametrize("text, fact, wrong", ROLES, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_disc6_genitive_role(positions_of, text, fact, wrong):
    got = positions_of(text)
    assert not any(h == wrong for h, _, _ in got)
    if fact:
        assert fact in got


def test_round6_disc6_government_not_adjective_country(positions_of):
    text = ("Berlin - Die Debatte über russisches Gas und russisches Öl geht weiter. Deutschland bezieht noch immer "
            "große Mengen Gas. Die Regierung sagt, ein Gasembargo würde Deutschland in eine Rezession stürzen.")
    got = positions_of(text)
    assert ("Russland", A, "energy_embargo") not in got


PARTICIPLE = [
    ("Die Ölpreise stiegen nach dem von US-Präsident Joe Biden verkündeten Importverbot für russisches Öl.",
     ("Joe Biden", F, "energy_embargo")),
    ("Anleger reagierten auf das am Dienstag von Kanada verkündete Importverbot für russisches Öl.",
     ("Kanada", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", PARTICIPLE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_disc6_participle_agent(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round6_disc6_finite_verb_is_no_participle(positions_of):
    # a real past tense after "von X": the subject holds it, not the object of "von"
    got = positions_of("Kanzler Olaf Scholz verkündete nach Gesprächen von Montag ein Importverbot für russische Kohle.")
    assert ("Olaf Scholz", F, "energy_embargo") in got


PRONOUNS = [
    # "Auch er": a pronoun subject after a particle; its gender picks the man just named, not the woman
    ("Lob bekam Annalena Baerbock vom CDU-Politiker Johann Wadephul. Die Lage sei ernst, sagte er. "
     "Auch er sprach sich für die Lieferung von Kampfpanzern aus.", ("Johann Wadephul", F, "heavy_weapons")),
    ("Die Grünen-Politikerin Katrin Göring-Eckardt äußerte sich am Abend. Doch sie lehnt eine Flugverbotszone "
     "weiterhin ab.", ("Katrin Göring-Eckardt", A, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact", PRONOUNS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_disc6_pronoun_after_particle(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round6_disc6_pronoun_gender_no_stranger(positions_of):
    # no man named in the two sentences before: "er" is not given to the woman
    text = ("Verteidigungsministerin Christine Lambrecht besuchte am Montag Litauen. Die Lage sei angespannt. "
            "Auch er sprach sich für mehr Truppen an der Ostflanke aus.")
    assert not any(h == "Christine Lambrecht" for h, _, _ in positions_of(text))


def test_round6_disc6_apposition_after_genitive(positions_of):
    # "der Vorsitzende der IG Metall (IGM), Jörg Hofmann": the role names the person after the genitive
    text = ("„Die Industrie steht vor dem Kollaps“, sagte der Vorsitzende der Gewerkschaft Nahrung, Genuss, Gaststätten "
            "(NGG), Guido Zeitler, am Dienstag. Ein Gasembargo würde Tausende Arbeitsplätze vernichten.")
    assert ("Guido Zeitler", A, "energy_embargo") in positions_of(text)


NOUN_OWNER = [
    ("Die Ankündigung der Bundesregierung, Panzerhaubitzen an die Ukraine liefern zu lassen, sorgte in Moskau "
     "für scharfe Reaktionen.", ("Deutschland", F, "heavy_weapons")),
    ("Das polnische Angebot, der Ukraine Kampfjets vom Typ MiG-29 zu überlassen, sorgte in Washington für Verwirrung.",
     ("Polen", F, "fighter_jets")),
]


@pytest.mark.parametrize("text, fact", NOUN_OWNER, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_disc6_noun_owner(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round6_disc6_refusal_noun_is_no_owner(positions_of):
    # "Weigerung" is no announcing noun: its owner is not for the infinitive's proposal
    got = positions_of("Die Weigerung der Bundesregierung, Kampfpanzer zu liefern, stößt in Kiew auf Kritik.")
    assert ("Deutschland", F, "heavy_weapons") not in got
