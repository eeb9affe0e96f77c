"""The holder rules of kg.extract.holders, one at a time, on hand-written news sentences."""

from __future__ import annotations

import pytest

from kg.article import parse_article
from kg.extract import holders as H
from kg.extract.holder_query import Discourse, HolderQuery
from kg.extract.speakers import speaker
from kg.extract.speech import speech_frame, vocative
from kg.extract.subjects import clause_subject


@pytest.fixture(scope="module")
def query(extractor):
    """query(text, cue_word, voice=None) -> the HolderQuery for the first cue written ``cue_word``."""

    def run(text: str, cue_word: str, voice: str | None = None) -> HolderQuery:
        ctx = extractor.analyse(parse_article(f" date 2022-03 {text}".encode(), "t.txt"))
        cue = next(c for c in ctx.cues if ctx.doc[c.i].text == cue_word)
        k = ctx.sent_index(cue.i)
        sent = ctx.sents[k]
        frame = speech_frame(ctx, sent, extractor.lex)
        lo, hi = (frame.attr_lo, frame.attr_hi) if frame and not frame.source_only else (-1, -1)
        ments = [m for m in ctx.mentions_in(sent.start, sent.end) if not lo <= m.start < hi]
        return HolderQuery(ctx, cue, sent, frame, Discourse(ctx, extractor.lex), extractor.lex, k, ments, voice)

    return run


def holders(q: HolderQuery) -> list[str]:
    return H.find_holders(q)[0]


# attached_holder: the owner of a stance noun, the agent of a participle
def test_holders_attached_owner_of_stance_noun(query):
    assert H.attached_holder(query("Der polnische Vorstoß für eine NATO-Friedensmission stößt auf Kritik.", "Vorstoß")) == (["Polen"], 1.0)
    assert H.attached_holder(query("Die von Warschau vorgeschlagene Friedensmission ist umstritten.", "vorgeschlagene"))[0] == ["Polen"]


def test_holders_attached_not_for_verbs(query):
    assert H.attached_holder(query("Polen lehnt eine Flugverbotszone ab.", "lehnt")) is None


# passive_addressee: "wird aufgefordert" names whom the request is made of
def test_holders_passive_request_has_no_holder(query):
    q = query("Die Bundesregierung wird darum gebeten, Kampfjets zu liefern.", "gebeten")
    assert H.passive_addressee(q) == ([], 1.0)


def test_holders_active_request_is_no_addressee(query):
    assert H.passive_addressee(query("Kiew bittet die Bundesregierung darum, Kampfjets zu liefern.", "bittet")) is None


# clause_subject / subject_holders: the subject of the cue's own clause
@pytest.mark.parametrize("text, cue, expected", [
    # a prepositional object is no subject
    ("Nach einem Treffen mit Polen fordert Litauen ein Ölembargo.", "fordert", ["Litauen"]),
    ("Gegenüber Russland verlangte Estland härtere Sanktionen.", "verlangte", ["Estland"]),
    ("Waffen an die Ukraine lehnt Ungarn weiterhin ab.", "lehnt", ["Ungarn"]),
    # an enumeration before the verb, over commas
    ("Frankreich, Italien und Spanien fordern ein neues Sanktionspaket.", "fordern", ["Frankreich", "Italien", "Spanien"]),
    # an apposition between commas is part of the subject's clause
    ("Der Friedensbeauftragte der EKD, Landesbischof Friedrich Kramer, hält Waffenlieferungen für den falschen Weg.",
     "falschen", ["Friedrich Kramer"]),
], ids=["mit", "gegenueber", "an-object", "enumeration", "apposition"])
def test_holders_subject_of_own_clause(query, text, cue, expected):
    assert holders(query(text, cue)) == expected


def test_holders_argument_clause_has_no_subject(query):
    q = query("Lucassen warnte vor Waffenlieferungen, die Deutschland zur Kriegspartei machen könnten.", "Kriegspartei")
    subj = clause_subject(q)
    assert subj.subjectless and subj.cands == []


# agreement_partners: "sich mit X einig sein"
def test_holders_agreement_partners_share(query):
    q = query("Scholz ist sich mit Macron und Biden einig, dass es keine Flugverbotszone geben darf.", "einig")
    assert {"Emmanuel Macron", "Joe Biden"} <= set(holders(q))


def test_holders_together_with_shares_the_stance(query):
    """"Gemeinsam mit Polen fordert Litauen …": the one named with "gemeinsam mit" demands it too."""
    assert holders(query("Gemeinsam mit Polen fordert Litauen ein Ölembargo.", "fordert")) == ["Litauen", "Polen"]


def test_holders_mit_without_agreement_is_no_partner(query):
    q = query("Scholz lehnte nach einem Treffen mit Macron eine Flugverbotszone ab.", "lehnte")
    assert holders(q) == ["Olaf Scholz"]


# speaker: quotes and reported speech
def test_holders_speaker_holds_the_quote(query):
    assert holders(query("„Wir lehnen ein Gasembargo ab“, sagte Lindner.", "lehnen")) == ["Christian Lindner"]


def test_holders_critical_speaker_flips_obstruction(query):
    q = query("Berlin blockiere ein Ölembargo, kritisierte Landsbergis.", "blockiere")
    assert holders(q) == ["Gabrielius Landsbergis"]
    assert q.flip == {"Gabrielius Landsbergis"}


def test_holders_no_speaker_without_frame(query):
    q = query("Polen fordert Kampfjets für die Ukraine.", "fordert")
    assert speaker(q, (["Polen"], 1.0)) == (["Polen"], 1.0)


# first_person and interviewee: "ich"/"wir" and interview answers
def test_holders_first_person_is_the_interviewee(query):
    q = query("Ich halte ein Gasembargo für verfrüht.", "verfrüht", voice="Jens Oberländer")
    assert H.first_person(q, ([], 1.0)) == (["Jens Oberländer"], 0.6)


def test_holders_interviewee_only_in_answers(query):
    text = "Es wird keine NATO-Soldaten in der Ukraine geben."
    assert H.interviewee(query(text, "Es", voice="Olaf Scholz"), ([], 1.0)) == (["Olaf Scholz"], 0.6)
    assert H.interviewee(query(text, "Es"), ([], 1.0)) == ([], 1.0)


# previous_holder: a subjectless sentence continues the holder before it
def test_holders_previous_holder_for_subjectless_sentence(query):
    q = query("Estland fordert ein Ölembargo. Zugleich wurden schärfere Sanktionen verlangt.", "verlangt")
    q.state.last, q.state.last_para = ["Estland"], 0
    assert H.previous_holder(q, ([], 1.0)) == (["Estland"], 0.6)


def test_holders_previous_holder_not_over_a_new_actor(query):
    q = query("Estland fordert ein Ölembargo. Zugleich verlangte Lettland schärfere Sanktionen.", "verlangte")
    q.state.last, q.state.last_para = ["Estland"], 0
    assert H.previous_holder(q, ([], 1.0)) == ([], 1.0)


# capital_man: "In Berlin zeigt man sich …"
def test_holders_capital_with_man(query):
    assert H.capital_man(query("In Berlin zeigt man sich offen für ein Ölembargo.", "offen"), ([], 1.0))[0] == ["Deutschland"]


def test_holders_capital_without_man(query):
    q = query("In Berlin demonstrierten Tausende gegen Waffenlieferungen.", "demonstrierten")
    assert H.capital_man(q, ([], 1.0)) == ([], 1.0)


# likewise: "…, ebenso die AfD"
def test_holders_likewise_adds_actor(query):
    q = query("Die Linke lehnt Waffenlieferungen ab, ebenso die AfD.", "lehnt")
    assert H.likewise(q, (["Linke"], 1.0))[0] == ["Linke", "AfD"]


def test_holders_unlike_adds_nobody(query):
    q = query("Die Linke lehnt Waffenlieferungen ab, anders als die AfD.", "lehnt")
    assert H.likewise(q, (["Linke"], 1.0))[0] == ["Linke"]


# vocative: an address is no subject
def test_holders_vocative(query):
    q = query("Herr Lindner, Polen fordert ein Gasembargo.", "fordert")
    lindner = next(m for m in q.ments if m.actor == "Christian Lindner")
    assert vocative(q.doc, lindner)
    assert holders(q) == ["Polen"]


def test_holders_apposition_is_no_vocative(query):
    q = query("Lindner, der Finanzminister, lehnt ein Gasembargo ab.", "lehnt")
    lindner = next(m for m in q.ments if m.actor == "Christian Lindner")
    assert not vocative(q.doc, lindner)


# attached_holder: possessives and long genitive owners
def test_holders_possessive_stance_noun_is_the_subjects(positions_of):
    got = positions_of("Selenskyj sprach im Bundestag. Zugleich erneuerte er seine Forderung, den Himmel über der Ukraine zu schließen.")
    assert got == {("Wolodymyr Selenskyj", "for", "no_fly_zone")}


def test_holders_genitive_owner_with_title(positions_of):
    got = positions_of("Der Vorschlag des polnischen PiS-Vorsitzenden Jaroslaw Kaczynski, eine Friedensmission der NATO "
                       "in die Ukraine zu entsenden, stößt in Berlin auf Zurückhaltung.")
    assert ("Jaroslaw Kaczynski", "for", "peace_mission") in got
    assert ("Deutschland", "against", "peace_mission") in got


def test_holders_unowned_proposal_noun_has_no_holder(positions_of):
    assert positions_of("Der Vorschlag einer Friedensmission wird in Brüssel beraten.") == set()


# group_reference: "die drei Länder" takes up a list named before
def test_holders_group_reference_to_list_before(positions_of):
    got = positions_of("Litauen, Lettland und Estland verlangen mehr NATO-Truppen im Baltikum. Nauseda plädierte zudem für "
                       "eine Luftverteidigungsmission. Zugleich sprachen sich die drei Länder für ein Ölembargo aus.")
    assert {("Litauen", "for", "energy_embargo"), ("Lettland", "for", "energy_embargo"),
            ("Estland", "for", "energy_embargo")} <= got


def test_holders_group_reference_needs_matching_list(positions_of):
    got = positions_of("Polen und Litauen verlangen mehr NATO-Truppen. Zugleich sprachen sich die drei Länder für ein Ölembargo aus.")
    assert not any(p == "energy_embargo" for _, _, p in got)


# existential_place: "In Berlin gibt es Bedenken", "Bei den Grünen herrscht Skepsis"
@pytest.mark.parametrize("text, fact", [
    ("Bei den Grünen herrscht Skepsis gegenüber einem Gasembargo.", ("Grüne", "against", "energy_embargo")),
    ("Polen will Kampfjets liefern. In Berlin gibt es dagegen Bedenken.", ("Deutschland", "against", "fighter_jets")),
], ids=["herrscht", "gibt-es"])
def test_holders_existential_place(positions_of, text, fact):
    assert fact in positions_of(text)


def test_holders_existential_place_not_over_a_speaker(positions_of):
    got = positions_of("In der Ukraine gibt es Kritik an der Flugverbotszone, sagte Scholz.")
    assert got == {("Olaf Scholz", "against", "no_fly_zone")}


# speech frames: who "er"/"sie" and "der Landesbischof" are, and where reported speech ends
def test_holders_pronoun_speaker_is_the_narrated_subject(positions_of):
    got = positions_of("Die EKD-Ratsvorsitzende Annette Kurschus predigte in Hannover. Die frühere Ratsvorsitzende Margot Käßmann "
                       "hält dagegen nichts von Waffenlieferungen: Mehr Waffen brächten keinen Frieden, schrieb sie.")
    assert got == {("Margot Käßmann", "against", "arms_deliveries")}


def test_holders_pronoun_speaker_after_reported_content_is_the_discourse_person(positions_of):
    # a third person in reported (Konjunktiv) content is not the speaker "er"
    got = positions_of("Merz sprach im Bundestag. Scholz habe bei schweren Waffen zu lange gezögert, kritisierte er.")
    assert {h for h, _, _ in got} == {"Friedrich Merz"}


def test_holders_new_named_speaker_ends_reported_speech(positions_of):
    got = positions_of("Kurschus sagte, Waffenlieferungen seien ethisch geboten. Der Landesbischof Friedrich Kramer hält "
                       "Waffenlieferungen dagegen für den falschen Weg: Die Kirche dürfe nicht schweigen.")
    assert ("Friedrich Kramer", "against", "arms_deliveries") in got
    assert ("Annette Kurschus", "against", "arms_deliveries") not in got


def test_holders_named_speaker_after_colon_ends_reported_speech(positions_of):
    got = positions_of("Merz sagte, die Lieferung sei überfällig. Aus der SPD kamen dagegen andere Töne: Fraktionschef "
                       "Rolf Mützenich mahnte, man dürfe nicht eskalieren, und sieht die Lieferung weiterer Kampfpanzer skeptisch.")
    assert ("Rolf Mützenich", "against", "heavy_weapons") in got
    assert ("Friedrich Merz", "against", "heavy_weapons") not in got


# speaker: "…, sagte X, <content>" in mid-sentence, and spokespeople known from the gazetteer
SPD_DEBATE = "In der SPD wird über eine Friedenstruppe diskutiert. "


def test_holders_speaker_before_content_in_mid_sentence(positions_of):
    got = positions_of(SPD_DEBATE + "Auf die Frage, wie er dazu stehe, sagte Kiesewetter, dafür sehe er keinen Anlass.")
    assert ("Roderich Kiesewetter", "against", "peace_mission") in got


def test_holders_gazetteer_spokesperson_keeps_the_government(positions_of):
    got = positions_of(SPD_DEBATE + "Auf die Frage, wie die Regierung dazu stehe, sagte Hebestreit, dafür sehe die "
                       "Bundesregierung keinen Anlass.")
    assert {("Steffen Hebestreit", "against", "peace_mission"), ("Deutschland", "against", "peace_mission")} <= got


def test_holders_politician_is_no_spokesperson(positions_of):
    got = positions_of(SPD_DEBATE + "Auf die Frage, wie die Regierung dazu stehe, sagte Kiesewetter, dafür sehe die "
                       "Bundesregierung keinen Anlass.")
    assert ("Roderich Kiesewetter", "against", "peace_mission") in got
    assert ("Deutschland", "against", "peace_mission") not in got
