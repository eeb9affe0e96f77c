"""Recall round 6 (decision 008, round-6 lines): a stance word before a speech verb with the speaker
after it ("Skeptisch äußerte sich auch X, Direktor des …"), the topic carried into the next
paragraph, and groups that stand for their members ("die baltischen Staaten")."""

from __future__ import annotations

import pytest

F, A = "for", "against"

STANCE_BEFORE_SPEECH_VERB = [
    ("Die Grünen fordern ein Gasembargo. Skeptisch äußerte sich auch Sebastian Dullien, "
     "wissenschaftlicher Direktor des Instituts IMK.", ("Sebastian Dullien", A, "energy_embargo")),
    ("Polen wirbt für eine Friedensmission der NATO. Zurückhaltend äußerte sich dagegen Kanzler Olaf Scholz, "
     "der am Abend in Brüssel eintraf.", ("Olaf Scholz", A, "peace_mission")),
    ("Litauen verlangt mehr NATO-Soldaten im Baltikum. Positiv äußerte sich auch Jens Stoltenberg, "
     "der Generalsekretär des Bündnisses.", ("Jens Stoltenberg", F, "eastern_flank_troops")),
]


@pytest.mark.parametrize("text, fact", STANCE_BEFORE_SPEECH_VERB, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_stance_word_before_speech_verb(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round6_speech_verb_without_stance_word_keeps_attribution(positions_of):
    # "Ähnlich äußerte sich X, …": no stance word of its own, the content before gives nothing
    facts = positions_of("Die Grünen fordern ein Gasembargo. Am Abend äußerte sich auch Sebastian Dullien, "
                         "Direktor des Instituts IMK.")
    assert not any(h == "Sebastian Dullien" for h, _, _ in facts), facts


TOPIC_NEXT_PARAGRAPH = [
    ("Der polnische Ministerpräsident Mateusz Morawiecki hat eine Friedensmission der NATO in der Ukraine gefordert. "
     "Sie solle humanitäre Hilfe schützen. Das sagte er in Warschau.\n\n"
     "Bundesverteidigungsministerin Christine Lambrecht reagierte zurückhaltend.",
     ("Christine Lambrecht", A, "peace_mission")),
    ("Die baltischen Staaten fordern ein Embargo für russisches Öl. Die Lage sei dramatisch, hieß es in Vilnius. "
     "Man könne nicht länger warten.\n\nDer ungarische Regierungschef Viktor Orbán zeigte sich skeptisch.",
     ("Viktor Orbán", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", TOPIC_NEXT_PARAGRAPH, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_topic_carried_into_next_paragraph(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round6_topic_not_carried_two_paragraphs_on(positions_of):
    facts = positions_of("Polen fordert eine Friedensmission der NATO in der Ukraine.\n\n"
                         "In Kiew heulten am Morgen wieder die Sirenen.\n\n"
                         "Bundesverteidigungsministerin Christine Lambrecht reagierte zurückhaltend.")
    assert not any(h == "Christine Lambrecht" for h, _, _ in facts), facts


COLLECTIVES = [
    ("Polen und die baltischen Staaten drängen auf einen raschen Ausschluss Russlands aus SWIFT.",
     {("Estland", F, "sanctions"), ("Lettland", F, "sanctions"), ("Litauen", F, "sanctions"), ("Polen", F, "sanctions")}),
    ("Die baltischen Staaten lehnen einen Verzicht auf ein Gasembargo ab und fordern ein sofortiges Embargo.",
     {("Estland", F, "energy_embargo"), ("Lettland", F, "energy_embargo"), ("Litauen", F, "energy_embargo")}),
]


@pytest.mark.parametrize("text, facts", COLLECTIVES, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_group_positions_go_to_members(positions_of, text, facts):
    got = positions_of(text)
    assert facts <= got
    assert not any(h == "baltische Staaten" for h, _, _ in got)


def test_round6_group_as_mere_mention_gives_members_nothing(positions_of):
    facts = positions_of("Kanzler Olaf Scholz sicherte den baltischen Staaten Unterstützung zu und forderte mehr "
                         "NATO-Truppen an der Ostflanke.")
    assert ("Olaf Scholz", F, "eastern_flank_troops") in facts
    assert not any(h in ("Estland", "Lettland", "Litauen") for h, _, _ in facts), facts
