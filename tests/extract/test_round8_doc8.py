"""Recall round 8 (doc8, decision 008): document structure. An actor's gazetteer aliases are graph
labels ("FAZ"), a critic named in the perfect ("X hat schwere Vorwürfe erhoben") speaks the Konjunktiv
sentences that follow and is for what they say the criticised one obstructs, a verb whose object is a
stance noun with the proposal as its topic ("verteidigt Haltung zum Embargo") says no stance, and a
yes/no question (an interviewer's "Sie unterstützen aber die Sanktionen?") asks, it does not say."""

from __future__ import annotations

import pytest

F, A = "for", "against"


def test_round8_eval_matches_gazetteer_aliases():
    from rdflib import Graph, Literal, Namespace
    from rdflib.namespace import SKOS

    from kg.query.evaluate import evaluate, gazetteer_aliases

    g = Graph()
    faz = Namespace("urn:x:")["faz"]
    g.add((faz, SKOS.prefLabel, Literal("FAZ", lang="de")))
    aliases = gazetteer_aliases()
    assert "Frankfurter Allgemeine Zeitung" in aliases["FAZ"]
    gold = [{"actor": "Frankfurter Allgemeine Zeitung", "polarity": "for", "proposal": "heavy_weapons"}]
    # no positions in the graph: the alias only decides who matches whom
    assert evaluate(g, gold, aliases).overall.fn == 1


CRITIC_IN_PERFECT = [
    ("Der litauische Außenminister Gabrielius Landsbergis hat schwere Vorwürfe gegen Berlin erhoben. Die "
     "Bundesregierung zögere seit Wochen beim Ölembargo und verschleppe die Entscheidung.",
     ("Gabrielius Landsbergis", F, "energy_embargo"), "Deutschland"),
    ("Der ukrainische Botschafter Andrij Melnyk hat scharfe Kritik an der Ampel geübt. Die Regierung blockiere "
     "seit Wochen die Lieferung schwerer Waffen.",
     ("Andrij Melnyk", F, "heavy_weapons"), "Deutschland"),
    ("Polens Regierungschef Mateusz Morawiecki hat Deutschland kritisiert. Berlin bremse bei den Sanktionen "
     "gegen Russland.",
     ("Mateusz Morawiecki", F, "sanctions"), "Deutschland"),
]


@pytest.mark.parametrize("text,fact,not_holder", CRITIC_IN_PERFECT, ids=lambda x: str(x)[:40])
def test_round8_critic_in_perfect_speaks_next_sentence(positions_of, text, fact, not_holder):
    facts = positions_of(text)
    assert fact in facts, facts
    assert not any(h == not_holder for h, _, _ in facts), facts


def test_round8_perfect_speaker_without_criticism_keeps_stance(positions_of):
    facts = positions_of("Wirtschaftsminister Robert Habeck hat den Vorschlag zurückgewiesen. Ein Gasembargo "
                         "würde Hunderttausende Arbeitsplätze gefährden, sagte er.")
    assert ("Robert Habeck", A, "energy_embargo") in facts, facts


STANCE_TOPIC = [
    "13:20 Uhr – Habeck verteidigt Haltung zum Energieembargo",
    "Die Bundesregierung hat ihre Position in der Frage der Waffenlieferungen bekräftigt.",
    "Die Union kritisiert die Haltung der Regierung zu Waffenlieferungen.",
    "Die Grünen fordern eine klare Linie bei den Sanktionen.",
]


@pytest.mark.parametrize("text", STANCE_TOPIC, ids=lambda x: x[:40])
def test_round8_stance_noun_with_topic_says_no_stance(positions_of, text):
    assert positions_of(text) == set()


STANCE_TOPIC_KEPT = [
    ("Kanzler Olaf Scholz verteidigte seinen zurückhaltenden Kurs bei der Lieferung schwerer Waffen.",
     ("Olaf Scholz", A, "heavy_weapons")),
    ("Wirtschaftsminister Robert Habeck verteidigt seine Ablehnung eines Gasembargos.", ("Robert Habeck", A, "energy_embargo")),
    ("Die Grünen fordern ein Ölembargo.", ("Grüne", F, "energy_embargo")),
]


@pytest.mark.parametrize("text,fact", STANCE_TOPIC_KEPT, ids=lambda x: str(x)[:40])
def test_round8_stance_noun_with_adjective_or_direct_object_kept(positions_of, text, fact):
    assert fact in positions_of(text)


POLAR_QUESTIONS = [
    "Die Frage des Abends lautete: «Panzer für Kiew – zögert Deutschland zu lange?»",
    "Handelsblatt: Die Gewerkschaften unterstützen aber die Sanktionen gegen Russland?",
    "SPIEGEL: Unterstützt die SPD inzwischen ein Gasembargo?",
    "Frage: Die Union fordert also die Lieferung von Kampfpanzern?",
]


@pytest.mark.parametrize("text", POLAR_QUESTIONS, ids=lambda x: x[:40])
def test_round8_polar_question_says_no_stance(positions_of, text):
    assert positions_of(text) == set()


def test_round8_question_keeps_reported_clause(positions_of):
    facts = positions_of("Frage: Und eine Flugverbotszone, wie sie Kiew seit Wochen fordert?")
    assert ("Ukraine", F, "no_fly_zone") in facts, facts


def test_round8_declarative_interviewer_statement_kept(positions_of):
    facts = positions_of("Dlf: Die Nato schließt eine Flugverbotszone aus. Warum?")
    assert ("NATO", A, "no_fly_zone") in facts, facts


CLOSING_AUTHOR = ("Gastbeitrag: Das Embargo muss jetzt kommen\n\nJeden Tag fließen Hunderte Millionen Euro nach Moskau. "
                  "Die Bundesregierung sollte ein sofortiges Embargo auf russisches Öl und Gas beschließen.\n\n"
                  "Marta Kowalczyk ist Ökonomin am Institut für Weltwirtschaft in Kiel.")


def test_round8_author_line_at_the_end_of_a_commentary(positions_of):
    facts = positions_of(CLOSING_AUTHOR)
    assert ("Marta Kowalczyk", F, "energy_embargo") in facts, facts


def test_round8_closing_line_about_a_named_actor_is_no_author(positions_of):
    text = ("Kommentar: Der Kanzler zögert\n\nOlaf Scholz hat sich festgelegt. Die Bundesregierung sollte "
            "endlich schwere Waffen liefern.\n\nOlaf Scholz ist seit Dezember Bundeskanzler.")
    assert not any(h == "Olaf Scholz" and p == F for h, p, _ in positions_of(text))


def test_round8_closing_line_in_news_names_no_author(positions_of):
    text = ("Berlin debattiert über Embargo\n\nDie Bundesregierung sollte ein sofortiges Embargo auf russisches Gas "
            "beschließen, heißt es in einem Papier.\n\nMarta Kowalczyk ist Ökonomin in Kiel.")
    assert not any(h == "Marta Kowalczyk" for h, _, _ in positions_of(text))


MEANS_IN_REPORTED_SPEECH = [
    "Eine Flugverbotszone müsse durchgesetzt werden, und das heiße, russische Flugzeuge abzuschießen, sagte die Sprecherin Jen Psaki.",
    "Eine Flugverbotszone müsste durchgesetzt werden, und das bedeutet, dass die Nato russische Jets abschießt, sagte Jens Stoltenberg.",
]


@pytest.mark.parametrize("text", MEANS_IN_REPORTED_SPEECH, ids=lambda x: x[:40])
def test_round8_what_a_proposal_would_take_is_no_demand(positions_of, text):
    assert not any(p == F and k == "no_fly_zone" for _, p, k in positions_of(text))


def test_round8_demand_with_consequence_explained_kept(positions_of):
    facts = positions_of("Die Bundesregierung müsse Panzer liefern, und das heiße, sofort zu handeln, sagte Friedrich Merz.")
    assert ("Friedrich Merz", F, "heavy_weapons") in facts, facts


SURNAME_ANSWERS = (
    "„Wir müssen jetzt liefern“\n\nDie Grünen-Politikerin Johanna Albers sitzt im Verteidigungsausschuss. Ein Gespräch "
    "über Panzer und Geduld.\n\nFrau Albers, die Union wirft der Regierung Zögern vor. Hat sie recht?\n\n"
    "Albers: Zum Teil. Die Ukraine braucht jetzt Schützenpanzer und Artillerie.\n\n"
    "Und ein Gasembargo?\n\nAlbers: Da bin ich vorsichtig. Ein sofortiges Gasembargo halte ich für falsch.")


def test_round8_interview_with_surname_answers_and_unlabelled_questions(positions_of):
    facts = positions_of(SURNAME_ANSWERS)
    assert ("Johanna Albers", F, "heavy_weapons") in facts, facts
    assert ("Johanna Albers", A, "energy_embargo") in facts, facts


def test_round8_unlabelled_question_reports_named_speaker(positions_of):
    text = ("„Ein Embargo wäre verkraftbar“\n\nDer Ökonom Paul Berger hält dagegen.\n\nHerr Berger, Wirtschaftsminister "
            "Robert Habeck sagt, ein Gasembargo würde den sozialen Frieden gefährden. Übertreibt er?\n\n"
            "Berger: Nein, aber die Zahlen sind andere.\n\nSie sind also für einen Stopp?\n\n"
            "Berger: Ja. Ich halte ein Embargo auf Gas und Öl für verkraftbar.")
    facts = positions_of(text)
    assert ("Robert Habeck", A, "energy_embargo") in facts, facts
    assert ("Paul Berger", F, "energy_embargo") in facts, facts


BOLD_QUESTIONS = (
    "Woidke: „Wir brauchen Verhandlungen“\n\nBrandenburgs Ministerpräsident Dietmar Woidke (SPD) im Gespräch.\n\n"
    "**Herr Woidke, die Union fordert Kampfpanzer für die Ukraine. Was sagen Sie?**\n\n"
    "Dass wir vorsichtig sein müssen. Kampfpanzer halte ich derzeit für den falschen Weg.\n\n"
    "**Und ein Ölembargo?**\n\nDas trage ich mit. Beim Gas sieht es anders aus.")


def test_round8_interview_with_bold_questions(positions_of):
    facts = positions_of(BOLD_QUESTIONS)
    assert ("Dietmar Woidke", A, "heavy_weapons") in facts, facts
    assert not any(h == "Dietmar Woidke" and p == F and k == "heavy_weapons" for h, p, k in facts), facts
