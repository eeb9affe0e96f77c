"""Round 7 (pol7, decision 008): polarity of demands nobody makes or that are held up as cheap, and the
key of a country closing its own airspace to Russian aircraft (a sanction, not a no-fly zone)."""

from __future__ import annotations

import pytest

F, A = "for", "against"

NEGATIVE_SUBJECT = [
    ("Niemand, der bei Verstand ist, fordert eine Flugverbotszone über der Ukraine, sagte Olaf Scholz.",
     ("Olaf Scholz", A, "no_fly_zone")),
    ("Keiner in der Allianz verlangt ernsthaft Kampfjets für Kiew, sagte Jens Stoltenberg.",
     ("Jens Stoltenberg", A, "fighter_jets")),
    ("Niemand, mit dem ich in Brüssel spreche, fordert ein sofortiges Gasembargo, sagte Christian Lindner.",
     ("Christian Lindner", A, "energy_embargo")),
    ("Keine der Regierungen im Süden der EU verlangt ein Ölembargo, sagte Viktor Orbán.",
     ("Viktor Orbán", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", NEGATIVE_SUBJECT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_negative_subject_rejects_the_demand(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    assert (fact[0], F, fact[2]) not in facts, facts


NOT_NEGATIVE_SUBJECT = [
    # the negative pronoun is no subject of the demand, or a determiner of the proposal
    ("Olaf Scholz fordert eine Flugverbotszone, die niemand gefährdet.", ("Olaf Scholz", F, "no_fly_zone")),
    ("Jens Stoltenberg sagte, er verlange von keinem Land Kampfjets, aber mehr Soldaten an der Ostflanke.",
     ("Jens Stoltenberg", F, "eastern_flank_troops")),
    ("Mateusz Morawiecki fordert, dass niemand mehr russisches Öl kauft.", ("Mateusz Morawiecki", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", NOT_NEGATIVE_SUBJECT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_negative_pronoun_elsewhere_keeps_polarity(positions_of, text, fact):
    facts = positions_of(text)
    assert (fact[0], A if fact[1] == F else F, fact[2]) not in facts, facts


DISMISSIVE = [
    ("Es sei leicht, ein Gasembargo zu fordern, wenn man nicht in der Chemieindustrie arbeite, sagte Yasmin Fahimi.",
     ("Yasmin Fahimi", A, "energy_embargo")),
    ("Es ist wohlfeil, von Berlin aus schwere Waffen zu verlangen, sagte Rolf Mützenich.",
     ("Rolf Mützenich", A, "heavy_weapons")),
    ("Es sei ziemlich einfach, eine Flugverbotszone zu fordern, sagte Christine Lambrecht.",
     ("Christine Lambrecht", A, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact", DISMISSIVE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_cheap_demand_is_rejected(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    assert (fact[0], F, fact[2]) not in facts, facts


NOT_DISMISSIVE = [
    # the adjective is no frame of the demand: an easy delivery, or a demand in a clause of its own
    ("Es sei leicht, der Ukraine Panzer zu liefern, sagte Armin Papperger.", ("Armin Papperger", A, "heavy_weapons")),
    ("Die Entscheidung war nicht leicht, aber wir fordern ein Ölembargo, sagte Annalena Baerbock.",
     ("Annalena Baerbock", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", NOT_DISMISSIVE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_easy_without_demand_is_no_rejection(positions_of, text, fact):
    assert fact not in positions_of(text)


AIRSPACE = [
    ("Kanada hat angekündigt, den eigenen Luftraum für russische Flugzeuge zu sperren.", ("Kanada", F, "sanctions")),
    ("Großbritannien verlangt die Sperrung des Luftraums für russische Fluggesellschaften.",
     ("Großbritannien", F, "sanctions")),
]


@pytest.mark.parametrize("text, fact", AIRSPACE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_own_airspace_closed_to_russia_is_a_sanction(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    assert not any(k == "no_fly_zone" for _, _, k in facts), facts


UKRAINIAN_AIRSPACE = [
    ("Die Nato müsse den ukrainischen Luftraum für russische Kampfjets sperren, verlangte Vitali Klitschko.",
     ("Vitali Klitschko", F, "no_fly_zone")),
    ("Wolodymyr Selenskyj fordert erneut die Schließung des ukrainischen Luftraums für russische Bomber.",
     ("Wolodymyr Selenskyj", F, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact", UKRAINIAN_AIRSPACE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_ukrainian_airspace_stays_no_fly_zone(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    assert not any(k == "sanctions" for _, _, k in facts), facts


CATAPHORIC_DA = [
    # "dafür" points ahead to a content clause of its own: no carry-over of the topic
    "Die Grünen verlangen mehr Waffenlieferungen an die Ukraine. Jean-Luc Mélenchon hatte dafür plädiert, "
    "nach dem Krieg eine neue Sicherheitsordnung mit Russland auszuhandeln.",
    "Die Union fordert ein sofortiges Ölembargo. Sahra Wagenknecht sprach sich dafür aus, dass die "
    "Bundesregierung eine Vermittlerrolle zwischen Kiew und Moskau übernimmt.",
]


@pytest.mark.parametrize("text", CATAPHORIC_DA, ids=lambda x: x[60:100])
def test_round7_cataphoric_da_form_takes_no_topic(positions_of, text):
    facts = positions_of(text)
    assert not any(h in ("Jean-Luc Mélenchon", "Sahra Wagenknecht") for h, _, _ in facts), facts


ANAPHORIC_DA = [
    ("Die Union fordert ein sofortiges Ölembargo. Auch die FDP sprach sich dafür aus.", ("FDP", F, "energy_embargo")),
    ("Polen will der Ukraine Kampfpanzer liefern. Andrzej Duda drängte darauf, das Tempo zu erhöhen.",
     ("Andrzej Duda", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", ANAPHORIC_DA, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_anaphoric_da_form_keeps_topic(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round7_means_of_a_proposal_is_no_demand(positions_of):
    facts = positions_of("Jens Stoltenberg warnte vor einer Eskalation. Eine Flugverbotszone müsste durchgesetzt "
                         "werden, indem man russische Kampfjets abschießt, erläuterte der Generalsekretär.")
    assert ("Jens Stoltenberg", F, "no_fly_zone") not in facts, facts


def test_round7_means_clause_after_a_demand_keeps_it(positions_of):
    facts = positions_of("Die EU müsste die Sanktionen verschärfen, indem sie weitere Banken aus SWIFT ausschließt, "
                         "sagte Friedrich Merz.")
    assert ("Friedrich Merz", F, "sanctions") in facts, facts


PRESSURE_ON_RUSSIA = [
    ("Kanzler Olaf Scholz sagte, man werde den Druck auf Moskau weiter erhöhen.", ("Olaf Scholz", F, "sanctions")),
    ("„Wir müssen den wirtschaftlichen Druck auf den Kreml verstärken“, sagte Mario Draghi.", ("Mario Draghi", F, "sanctions")),
]


@pytest.mark.parametrize("text, fact", PRESSURE_ON_RUSSIA, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_raising_pressure_on_russia_is_for_sanctions(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round7_pressure_on_others_is_no_sanction(positions_of):
    facts = positions_of("Die Grünen wollen den Druck auf den Kanzler erhöhen, sagte Omid Nouripour.")
    assert not any(k == "sanctions" for _, _, k in facts), facts


REPORTED_PRETERITE = [
    ("Tino Chrupalla sagte, die Sanktionen schadeten der deutschen Wirtschaft mehr als Russland.",
     ("Tino Chrupalla", A, "sanctions")),
    ("Sahra Wagenknecht erklärte, die Strafmaßnahmen schwächten Putin überhaupt nicht.", ("Sahra Wagenknecht", A, "sanctions")),
    ("Robert Habeck betonte, die Sanktionen schwächten die russische Kriegswirtschaft massiv.", ("Robert Habeck", F, "sanctions")),
]


@pytest.mark.parametrize("text, fact", REPORTED_PRETERITE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_reported_plural_konjunktiv_ii_is_an_argument(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts


def test_round7_plain_preterite_is_a_fact(positions_of):
    # no speech verb: the sanctions hit Russia (a report), no argument of anyone
    facts = positions_of("Im März schadeten die Sanktionen vor allem der russischen Wirtschaft. Wolodymyr Selenskyj reiste nach Brüssel.")
    assert not any(k == "sanctions" for _, _, k in facts), facts


CALL_FOR = [
    ("Die Ukraine ruft nach schweren Waffen, sagte Dmytro Kuleba in Brüssel.", ("Dmytro Kuleba", F, "heavy_weapons")),
    ("Litauen ruft seit Wochen nach einem Gasembargo.", ("Litauen", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", CALL_FOR, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_rufen_nach_is_a_demand(positions_of, text, fact):
    assert fact in positions_of(text)


CHALLENGE = [
    ("Rolf Mützenich warnte vor Eile. Wer jetzt nach Kampfpanzern rufe, müsse auch sagen, wie weit er gehen wolle.",
     ("Rolf Mützenich", A, "heavy_weapons")),
    ("Die „Frankfurter Rundschau“ meint: „Wer ein sofortiges Gasembargo fordert, sollte erklären, wer im Winter "
     "die Heizkosten bezahlt.“", ("Frankfurter Rundschau", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", CHALLENGE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_challenge_to_explain_rebuts_the_demand(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts


def test_round7_must_say_without_question_is_no_rebuttal(positions_of):
    facts = positions_of("Die Kommentatorin Anna Weber schreibt: Wer Nein zur Flugverbotszone sagt, muss umso lauter "
                         "Ja sagen zu anderen Dingen.")
    assert not any(k == "no_fly_zone" and p == F for _, p, k in facts), facts


def test_round7_plain_requirement_is_no_rebuttal(positions_of):
    # "muss sagen, wie …" without "auch" states a requirement (see round 5), not a dismissal
    facts = positions_of("Friedrich Merz sagte: Wer eine Flugverbotszone fordert, muss sagen, wie sie durchgesetzt werden soll.")
    assert ("Friedrich Merz", A, "no_fly_zone") not in facts, facts


INSTRUMENT_PASSIVE = [
    ("Mit immer mehr Waffen werde der Krieg nicht beendet, sagte Sahra Wagenknecht.", ("Sahra Wagenknecht", A, "arms_deliveries")),
    ("Durch ein Ölembargo würde Putins Kriegskasse empfindlich geschwächt, sagte Robert Habeck.", ("Robert Habeck", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", INSTRUMENT_PASSIVE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_instrument_in_a_passive_clause_states_a_consequence(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts


def test_round7_passive_done_to_the_proposal_is_no_consequence(positions_of):
    # the proposal is the passive subject: something done to it (a demand), no consequence of it
    facts = positions_of("Die Sanktionen müssten deutlich verschärft werden, sagte Norbert Röttgen.")
    assert ("Norbert Röttgen", A, "sanctions") not in facts, facts


def test_round7_dash_separates_headline_items_for_the_flank(positions_of):
    facts = positions_of("Kreml warnt vor weiteren Waffenlieferungen – Gazprom stoppt Gaslieferungen an Polen und Bulgarien")
    assert ("Kreml", A, "arms_deliveries") in facts, facts
    assert not any(k == "eastern_flank_troops" for _, _, k in facts), facts


def test_round7_weapons_moved_to_the_flank_stay_flank(positions_of):
    facts = positions_of("Die Nato verlegt zusätzliche Kampfflugzeuge ins Baltikum, sagte Jens Stoltenberg.")
    assert ("Jens Stoltenberg", F, "eastern_flank_troops") in facts, facts


TOO_LONG_HESITATION = [
    ("„Wir haben bei den Panzern zu lange gezögert“, sagte Omid Nouripour.", ("Omid Nouripour", F, "heavy_weapons")),
    ("Roderich Kiesewetter sagte, die Bundesregierung habe beim Gasembargo zu lange gezögert.",
     ("Roderich Kiesewetter", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", TOO_LONG_HESITATION, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_hesitating_too_long_is_criticised(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    assert (fact[0], A, fact[2]) not in facts, facts


def test_round7_plain_hesitation_stays_against(positions_of):
    facts = positions_of("Olaf Scholz zögert bei der Lieferung von Kampfpanzern.")
    assert ("Olaf Scholz", A, "heavy_weapons") in facts, facts


NEGATED_ACTOR_SUBJECT = [
    ("Kampfpanzer westlicher Bauart habe bislang kein NATO-Partner an die Ukraine geliefert, sagte Olaf Scholz.",
     ("Olaf Scholz", A, "heavy_weapons")),
    ("Kein EU-Staat verlangt derzeit ein sofortiges Gasembargo, sagte Karl Nehammer.", ("Karl Nehammer", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", NEGATED_ACTOR_SUBJECT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_no_actor_as_subject_negates(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    assert (fact[0], F, fact[2]) not in facts, facts


def test_round7_kein_before_the_proposal_is_no_subject(positions_of):
    # "keine Kampfjets": the proposal is negated, not the subject (one flip, not two)
    facts = positions_of("Die USA liefern keine Kampfjets an die Ukraine, sagte John Kirby.")
    assert ("John Kirby", F, "fighter_jets") not in facts, facts


ABANDONED_PRINCIPLE = [
    ("Deutschland breche mit dem Grundsatz, keine Waffen in Spannungsgebiete zu liefern, sagte Christine Lambrecht.",
     ("Christine Lambrecht", F, "arms_deliveries")),
    ("Schweden hat das Prinzip aufgegeben, keine Waffen an Kriegsparteien zu liefern, sagte Magdalena Andersson.",
     ("Magdalena Andersson", F, "arms_deliveries")),
]


@pytest.mark.parametrize("text, fact", ABANDONED_PRINCIPLE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_abandoned_principle_of_refusal_is_support(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    assert (fact[0], A, fact[2]) not in facts, facts


def test_round7_kept_principle_of_refusal_stays_against(positions_of):
    facts = positions_of("Olaf Scholz bekräftigte den Grundsatz, keine Kampfjets an die Ukraine zu liefern.")
    assert ("Olaf Scholz", A, "fighter_jets") in facts, facts


def test_round7_ending_dependence_is_no_embargo(positions_of):
    facts = positions_of("Italien will seine Abhängigkeit von russischen Gasimporten bis 2025 beenden, sagte Mario Draghi.")
    assert not any(k == "energy_embargo" for _, _, k in facts), facts


def test_round7_ending_imports_is_an_embargo(positions_of):
    facts = positions_of("Litauen will russische Gasimporte sofort beenden, sagte Gitanas Nausėda.")
    assert any(k == "energy_embargo" and p == F for _, p, k in facts), facts


def test_round7_judgement_takes_up_a_stance_two_sentences_back(positions_of):
    facts = positions_of("Wirtschaftsminister Robert Habeck hat sich gegen ein sofortiges Gasembargo ausgesprochen. "
                         "Er arbeite aber daran, die Lieferketten umzustellen. "
                         "Der CDU-Politiker Johann Wadephul hält das für falsch.")
    assert ("Johann Wadephul", F, "energy_embargo") in facts, facts
    assert ("Johann Wadephul", A, "energy_embargo") not in facts, facts


def test_round7_general_weapons_subsumed_by_heavy(positions_of):
    facts = positions_of("Italien liefert der Ukraine Panzerhaubitzen, sagte Lorenzo Guerini. "
                         "Italien habe seit Kriegsbeginn Militärgüter für 150 Millionen Euro geliefert, sagte Guerini.")
    assert ("Lorenzo Guerini", F, "heavy_weapons") in facts, facts
    assert ("Lorenzo Guerini", F, "arms_deliveries") not in facts, facts


def test_round7_specific_arms_stand_of_their_own(positions_of):
    facts = positions_of("Italien liefert der Ukraine Panzerhaubitzen, sagte Lorenzo Guerini. "
                         "Zuvor habe Italien Stinger-Raketen und Munition geliefert, sagte Guerini.")
    assert ("Lorenzo Guerini", F, "heavy_weapons") in facts, facts
    assert ("Lorenzo Guerini", F, "arms_deliveries") in facts, facts


def test_round7_challenge_with_negation_after_its_question(positions_of):
    facts = positions_of("Die IG-Metall-Chefin Christiane Benner warnte vor Eile. Wer ein Ölembargo fordere, solle auch "
                         "sagen, wer die Rechnung bezahle: „Das sind die Beschäftigten, nicht die Politiker.“")
    assert ("Christiane Benner", A, "energy_embargo") in facts, facts


def test_round7_far_east_is_no_eastern_flank(positions_of):
    facts = positions_of("Russland hat nach britischen Angaben Truppen aus dem Fernen Osten in den Donbass verlegt, sagte Ben Wallace.")
    assert not any(k == "eastern_flank_troops" for _, _, k in facts), facts
