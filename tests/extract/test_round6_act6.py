"""Round 6 (act6): stances expressed as actions and directives rather than stance verbs (decision 008).

Actions that present, table or fund a proposal; proposal matches that contain their own action verb
("aus russischem Gas aussteigen", "SWIFT ausgeschlossen", "Schließt den Himmel über der Ukraine");
imperatives; evaluative approval ("…, und das ist richtig so", "zu Recht"); a withdrawn stance noun
("gab den Widerstand auf"); two contrary stances in coordinated clauses. Positive and negative
sentences per family, written in the style of agency copy (not taken from the test sets)."""

from __future__ import annotations

import pytest

F, A = "for", "against"

ACTIONS = [
    ("Die EU-Kommission legt am Dienstag ein neues Sanktionspaket vor.", ("EU-Kommission", F, "sanctions")),
    ("Außenministerin Annalena Baerbock stellte in Brüssel das neue Sanktionspaket vor.", ("Annalena Baerbock", F, "sanctions")),
    ("Die Niederlande finanzieren Waffen für die ukrainische Armee.", ("Niederlande", F, "arms_deliveries")),
    ("Rumänien will die Ostflanke mit weiteren Truppen stärken.", ("Rumänien", F, "eastern_flank_troops")),
    ("Die Grünen bringen im Bundestag einen Antrag für die Lieferung schwerer Waffen ein.", ("Grüne", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", ACTIONS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_action_verbs(positions_of, text, fact):
    assert fact in positions_of(text)


OWN_ACTION = [
    # a proposal match that contains its own verb states the stance when nothing else does
    ("„Wir werden bis Jahresende aus russischem Erdöl aussteigen“, sagte Ursula von der Leyen.",
     ("Ursula von der Leyen", F, "energy_embargo")),
    ("Italien werde auf Gas aus Russland verzichten, sagte Mario Draghi.", ("Mario Draghi", F, "energy_embargo")),
    ("Olaf Scholz kündigte an, drei weitere russische Banken würden aus dem SWIFT-System ausgeschlossen.",
     ("Olaf Scholz", F, "sanctions")),
    ("„Kein Cent mehr für russisches Öl“, sagte Anton Hofreiter.", ("Anton Hofreiter", F, "energy_embargo")),
    # negated: against
    ("„Wir werden nicht aus russischem Gas aussteigen“, sagte Viktor Orbán.", ("Viktor Orbán", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", OWN_ACTION, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_proposal_with_its_own_action(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round6_own_action_yields_to_an_explicit_cue(positions_of):
    # "fordert, … auszusteigen" is the demand's; "lehnt ab, … auszusteigen" stays against
    assert ("Robert Habeck", A, "energy_embargo") in positions_of(
        "Robert Habeck lehnt es ab, sofort aus russischem Gas auszusteigen.")
    assert ("Robert Habeck", F, "energy_embargo") not in positions_of(
        "Robert Habeck lehnt es ab, sofort aus russischem Gas auszusteigen.")


@pytest.mark.parametrize("text", [
    "Wie schnell kann Deutschland aus russischem Gas aussteigen?",
    "Der Plan, aus russischem Öl auszusteigen, wird in Brüssel beraten.",
    "Wenn Deutschland aus russischem Gas aussteigt, drohen Engpässe.",
])
def test_round6_own_action_needs_a_statement(positions_of, text):
    assert not any(p == "energy_embargo" for _, _, p in positions_of(text))


IMPERATIVES = [
    ("„Schließen Sie den Himmel über der Ukraine!“, rief Wolodymyr Selenskyj den Abgeordneten zu.",
     ("Wolodymyr Selenskyj", F, "no_fly_zone")),
    ("„Schickt uns endlich Panzer!“, sagte Vitali Klitschko.", ("Vitali Klitschko", F, "heavy_weapons")),
    ("„Gebt uns Kampfjets, damit wir unseren Himmel verteidigen können“, sagte Dmytro Kuleba.",
     ("Dmytro Kuleba", F, "fighter_jets")),
    ("„Liefert keine Waffen in dieses Pulverfass!“, rief Sahra Wagenknecht.", ("Sahra Wagenknecht", A, "arms_deliveries")),
]


@pytest.mark.parametrize("text, fact", IMPERATIVES, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_imperatives_demand(positions_of, text, fact):
    assert fact in positions_of(text)


@pytest.mark.parametrize("text", [
    "Russland liefert weiter Gas nach Europa.",
    "Sagt die Bundesregierung, wann die Panzer kommen?",
])
def test_round6_no_imperative_without_a_directive(positions_of, text):
    assert not any(pol == F and p == "heavy_weapons" for _, pol, p in positions_of(text))


APPROVAL = [
    ("Frankreich schickt seit März Waffen an die Ukraine, und das ist gut so, sagte Bruno Le Maire.",
     ("Bruno Le Maire", F, "arms_deliveries")),
    ("Die Bundeswehr verlegt Soldaten nach Litauen, und das ist richtig so, sagte Norbert Röttgen.",
     ("Norbert Röttgen", F, "eastern_flank_troops")),
]


@pytest.mark.parametrize("text, fact", APPROVAL, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_evaluative_approval(positions_of, text, fact):
    assert fact in positions_of(text)


COMMENTARY = """Kommentar: Keine Flugverbotszone

Von Petra Albers

Die Ukraine bittet verzweifelt um Hilfe aus der Luft.

Doch Bundeskanzler Olaf Scholz hat zu Recht betont, dass eine Flugverbotszone nicht infrage kommt.
"""


def test_round6_zu_recht_makes_the_writer_agree(extract):
    facts = {(p.holder, p.polarity, p.proposal) for p in extract(COMMENTARY).positions}
    assert ("Olaf Scholz", A, "no_fly_zone") in facts
    assert ("Petra Albers", A, "no_fly_zone") in facts


WITHDRAWN = """Berlin gibt nach

Lange hatte sich Ungarn gegen ein Ölembargo gestemmt.

Am Montag gab die Regierung in Budapest ihren Widerstand auf.
"""


def test_round6_withdrawn_resistance_refers_to_the_topic(extract):
    facts = {(p.holder, p.polarity, p.proposal) for p in extract(WITHDRAWN).positions}
    assert ("Ungarn", A, "energy_embargo") in facts
    assert ("Ungarn", F, "energy_embargo") in facts


def test_round6_contrary_coordinated_clauses(positions_of):
    # "lehnte … ab, stellte aber … in Aussicht": two stances, one subject
    facts = positions_of("Der Kanzler Olaf Scholz lehnte eine Flugverbotszone ab, stellte Kiew aber Geld für Waffenkäufe in Aussicht.")
    assert ("Olaf Scholz", A, "no_fly_zone") in facts
    assert ("Olaf Scholz", F, "arms_deliveries") in facts
    assert not any(h == "Ukraine" for h, _, _ in facts)


def test_round6_weak_cue_does_not_take_a_relative_clause_stance(positions_of):
    # the relative clause's explicit cue is the motion's, not the tabling party's
    facts = positions_of("Die Linke hatte einen Antrag eingebracht, der Waffenlieferungen strikt ablehnte.")
    assert ("Die Linke", F, "arms_deliveries") not in facts


def test_round6_argument_about_another_proposal(positions_of):
    # "Waffen für ein Land im Krieg finanzieren" is no argument for the embargo
    facts = positions_of("Die EU will erstmals Waffen für ein Land im Krieg finanzieren.")
    assert ("EU", F, "arms_deliveries") in facts
    assert not any(p == "energy_embargo" for _, _, p in facts)


INTERVIEW = """Interview

**Frage:** Frau Esken, liefert Deutschland genug?

**Esken:** Deutschland liefert seit Wochen Waffen an die Ukraine, und das ist richtig so.
"""


def test_round6_bold_interview_labels(extract):
    facts = {(p.holder, p.polarity, p.proposal) for p in extract(INTERVIEW).positions}
    assert ("Saskia Esken", F, "arms_deliveries") in facts


TABLED = """Warschau schlägt Friedensmission vor

Polens Regierungschef Mateusz Morawiecki hat eine Friedensmission in der Ukraine gefordert.

Außenminister Zbigniew Rau kündigte an, den Vorschlag bei der OSZE offiziell einzubringen.
"""


def test_round6_action_on_the_proposal_noun(extract):
    # "den Vorschlag einbringen": a weak action cue takes the proposal its object refers to
    facts = {(p.holder, p.polarity, p.proposal) for p in extract(TABLED).positions}
    assert ("Zbigniew Rau", F, "peace_mission") in facts


def test_round6_announcing_a_decision_is_no_stance(positions_of):
    assert positions_of("Der Kanzler kündigte eine Entscheidung für die kommende Woche an.") == set()


@pytest.mark.parametrize("text, fact", [
    ("„Wenn ihr keine Soldaten schickt, dann gebt uns wenigstens Panzer“, sagte Andrij Melnyk.",
     ("Andrij Melnyk", F, "heavy_weapons")),
    ("„Bitte schickt uns Luftabwehrsysteme“, sagte Dmytro Kuleba.", ("Dmytro Kuleba", F, "arms_deliveries")),
], ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_plural_imperative_inside_the_sentence(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round6_dann_with_a_subject_is_no_imperative(positions_of):
    # "dann gibt es" / "dann schickt Deutschland": a statement about others, no demand of the speaker's
    facts = positions_of("Wenn der Bundestag zustimmt, dann gibt es keine Panzer, sagte ein Sprecher.")
    assert not any(pol == F for _, pol, _ in facts)


JETS = """Kampfjets für Kiew

Die Slowakei erwägt die Abgabe ihrer MiG-29-Kampfjets an die Ukraine.

Bratislava hatte zuvor erklärt, die Maschinen nach Rzeszów zu verlegen und den Vereinigten Staaten zur Verfügung zu stellen.
"""


def test_round6_delivering_the_machines_refers_to_the_topic(extract):
    facts = {(p.holder, p.polarity, p.proposal) for p in extract(JETS).positions}
    assert ("Slowakei", F, "fighter_jets") in facts


def test_round6_need_of_the_machines_is_not_an_action(extract):
    text = JETS.replace("Bratislava hatte zuvor erklärt, die Maschinen nach Rzeszów zu verlegen und den Vereinigten Staaten "
                        "zur Verfügung zu stellen.", "Die Ukraine braucht diese Flugzeuge.")
    facts = {(p.holder, p.polarity, p.proposal) for p in extract(text).positions}
    assert ("Ukraine", F, "fighter_jets") not in facts


@pytest.mark.parametrize("text", [
    "Ungarns Präsident sagte, sein Land werde die Flugzeuge keinesfalls im Alleingang in die Ukraine schicken.",
    "Tschechien werde nicht allein Panzer in die Ukraine liefern, sagte Petr Fiala.",
])
def test_round6_only_not_alone_is_no_stance(positions_of, text):
    assert positions_of(text) == set()


GENDER = """Berlin lenkt ein

Lange hatte sich die Bundesregierung gegen ein Ölembargo gesperrt.

Wirtschaftsminister Robert Habeck sagte, man habe die Abhängigkeit verringert.

Am Freitag gab sie ihren Widerstand auf.
"""


def test_round6_sie_is_not_the_man_who_spoke_last(extract):
    facts = {(p.holder, p.polarity, p.proposal) for p in extract(GENDER).positions}
    assert ("Robert Habeck", F, "energy_embargo") not in facts


SHARPER = """Reaktionen auf den Vorstoß

Polen hat eine Friedensmission in der Ukraine vorgeschlagen.

Deutlicher wurde der britische Premierminister Boris Johnson. Man habe keine Pläne, Truppen in die Ukraine zu schicken.
"""


def test_round6_deutlicher_wurde_opens_reported_speech(extract):
    facts = {(p.holder, p.polarity, p.proposal) for p in extract(SHARPER).positions}
    assert ("Boris Johnson", A, "peace_mission") in facts


def test_round6_gepard_systems(positions_of):
    assert ("Deutschland", F, "heavy_weapons") in positions_of(
        "Deutschland hat entschieden, die Lieferung von Gepard-Systemen an die Ukraine zu genehmigen.")


@pytest.mark.parametrize("text", [
    "Die Ukraine soll in den kommenden Wochen weitere Panzer bekommen.",
    "Ob die Kommission noch im Mai ein Ölembargo vorlegt, ist offen.",
    "Soll die NATO ihre Ostflanke mit weiteren Truppen stärken?",
    "Falls Brüssel ein neues Sanktionspaket vorstellt, will Budapest sein Veto prüfen.",
    "Wie schnell kann Europa aus russischem Öl aussteigen?",
])
def test_round6_no_stance_in_recipients_questions_and_conditionals(positions_of, text):
    assert not any(pol == F for _, pol, _ in positions_of(text))


WANTS = """Interview: „Wir brauchen Schutz aus der Luft“

**Frage:** Herr Kuleba, was erwarten Sie vom Westen?

**Kuleba:** Wir fordern eine Flugverbotszone über der Ukraine. Ich weiß, dass Washington das nicht will.
"""


def test_round6_wollen_with_a_demonstrative_object(extract):
    facts = {(p.holder, p.polarity, p.proposal) for p in extract(WANTS).positions}
    assert ("USA", A, "no_fly_zone") in facts
    assert ("Dmytro Kuleba", A, "no_fly_zone") not in facts


def test_round6_wollen_with_an_infinitive_stays_weak(extract):
    text = WANTS.replace("dass Washington das nicht will", "dass Washington das nicht prüfen will")
    facts = {(p.holder, p.polarity, p.proposal) for p in extract(text).positions}
    assert ("USA", A, "no_fly_zone") not in facts


def test_round6_wollen_in_a_quotation_frame_is_not_the_speakers(extract):
    text = """Streit um den Luftraum

Kiew fordert eine Flugverbotszone über der Ukraine.

„Ich weiß, dass Washington das nicht will“, sagte Dmytro Kuleba.
"""
    facts = {(p.holder, p.polarity, p.proposal) for p in extract(text).positions}
    assert ("Dmytro Kuleba", A, "no_fly_zone") not in facts
