"""Document structure: interview turns and press reviews decide who holds a sentence's stance."""

from __future__ import annotations

import pytest

from kg.article import parse_article
from kg.extract.turns import interview_turns

F, A = "for", "against"

LINDNER = ("SPIEGEL: Herr Lindner, Polen fordert ein Gasembargo. Ihre Meinung?\n\n"
           "Lindner: Das sehe ich anders. Ein Gasembargo ist nicht verantwortbar.")
OBERLAENDER = ("Der Unternehmer Jens Oberländer führt einen Glashersteller.\n\n"
               "Frage: Herr Oberländer, Habeck warnt vor einem Gasembargo. Sehen Sie das auch so?\n\n"
               "Antwort: Nein. Ein Gasembargo wäre verkraftbar.")

INTERVIEWS = [
    # the interviewee holds the answers, also without "ich" or a speech verb
    (LINDNER, {("Christian Lindner", A, "energy_embargo"), ("Polen", F, "energy_embargo")}),
    # "Antwort:" turns belong to the person the questions address
    (OBERLAENDER, {("Jens Oberländer", F, "energy_embargo"), ("Robert Habeck", A, "energy_embargo")}),
]


@pytest.mark.parametrize("text, facts", INTERVIEWS, ids=["name-label", "frage-antwort"])
def test_turns_interviewee_holds_answers(positions_of, text, facts):
    assert positions_of(text) == facts


def test_turns_addressed_person_is_no_holder(positions_of):
    # "Herr Lindner, …" is an address: Lindner does not share Poland's demand
    assert ("Christian Lindner", F, "energy_embargo") not in positions_of(LINDNER)


def test_turns_interviewer_judgement_is_no_position(positions_of):
    text = ("SPIEGEL: Herr Bundeskanzler, Ihre Kritiker sagen, Deutschland liefere zu wenig und zu spät. "
            "Warum schicken Sie keine Leopard-Panzer?\n\nScholz: Wir handeln abgestimmt mit unseren Partnern.")
    assert not any(h == "Deutschland" for h, _, _ in positions_of(text))


def test_turns_need_questions_and_answers(extractor):
    def turns(text):
        ctx = extractor.analyse(parse_article(f" date 2022-03 {text}".encode(), "t.txt"))
        return interview_turns(ctx, extractor.lex)

    # a headline "Scholz: …" and a labelled quote make no interview
    assert turns("Scholz: Kein Nein zu einem Gasembargo\n\nScholz: Wir prüfen alles.") == [None, None]
    got = turns(LINDNER)
    assert [t.question for t in got] == [True, True, False, False]
    assert {t.speaker for t in got} == {None, "Christian Lindner"}


PRESS_REVIEWS = [
    # the outlet before a colon and an opening quote speaks the whole quotation
    ('Die „Welt“ hält dagegen: „Der Westen hat zu lange gezögert. Eine Flugverbotszone wäre verantwortbar.“',
     {("Die Welt", F, "no_fly_zone")}),
    ('Zur Debatte schreibt die „Frankfurter Rundschau“: „Man muss die Ukraine verstehen. '
     'Aber eine Flugverbotszone ist der falsche Weg.“', {("Frankfurter Rundschau", A, "no_fly_zone")}),
    # without a quotation the outlet only reports: the position is Lithuania's
    ('Die „Welt“ meldet: Litauen fordert ein Ölembargo.', {("Litauen", F, "energy_embargo")}),
]


@pytest.mark.parametrize("text, facts", PRESS_REVIEWS, ids=["quote-after-colon", "v2-outlet", "report-no-quote"])
def test_press_review_outlet_holds_quotation(positions_of, text, facts):
    assert positions_of(text) == facts


COMMENTARY = ("Kommentar: Die Zeit des Zögerns ist vorbei\n\nVon Petra Lindemann\n\n"
              "Der Krieg dauert an. Die Sanktionen gegen Russland müssen verschärft werden. "
              "Der Kanzler lehnt ein Gasembargo ab.")


def test_document_structure_commentary_author_holds_unattributed_stances(positions_of):
    got = positions_of(COMMENTARY)
    assert ("Petra Lindemann", "for", "sanctions") in got
    # a stance with a holder of its own stays that holder's
    assert ("Olaf Scholz", "against", "energy_embargo") in got
    assert ("Petra Lindemann", "against", "energy_embargo") not in got


def test_document_structure_byline_without_commentary_label_is_no_voice(positions_of):
    text = COMMENTARY.replace("Kommentar: ", "")
    assert not any(h == "Petra Lindemann" for h, _, _ in positions_of(text))
