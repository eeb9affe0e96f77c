"""Round 10, lead (decision 008, "Round 10"): a negated possibility, a hypothetical description of a
proposal, the rejected alternative after "statt für", and the actor labels that annotators write."""

from __future__ import annotations

import pytest

F, A = "for", "against"

POSSIBILITY = [
    ("Verteidigungsministerin Christine Lambrecht sieht keine Möglichkeit, der Ukraine Kampfpanzer aus den "
     "Beständen der Bundeswehr zu überlassen.", ("Christine Lambrecht", A, "heavy_weapons")),
    ("Die Grünen sehen keine Möglichkeit für ein sofortiges Gasembargo.", ("Grüne", A, "energy_embargo")),
    ("Habeck sieht derzeit keine Möglichkeit, auf russisches Gas zu verzichten.", ("Robert Habeck", A, "energy_embargo")),
    ("Der Minister sehe keine Möglichkeit, die Flugverbotszone durchzusetzen, sagte Austin.", ("Lloyd Austin", A, "no_fly_zone")),
    ("Scholz sieht durchaus eine Möglichkeit, weitere Waffen an die Ukraine zu liefern.", ("Olaf Scholz", F, "arms_deliveries")),
]




HYPOTHETICAL = [
    # the Konjunktiv II relative clause says what the proposal would do; the main clause holds the stance
    ("Eine Flugverbotszone, die Nato-Piloten zum Abschuss russischer Flugzeuge verpflichten würde, wäre ein Spiel "
     "mit dem Feuer, sagte Merz.", ("Friedrich Merz", A, "no_fly_zone"), ("Friedrich Merz", F, "no_fly_zone")),
    ("Ein Gasembargo, das die Industrie hart treffen würde, lehnt Habeck ab.",
     ("Robert Habeck", A, "energy_embargo"), ("Robert Habeck", F, "energy_embargo")),
    # an indicative relative clause keeps its own holder
    ("Die Flugverbotszone, die Selenskyj seit Tagen fordert, lehnt die NATO ab.",
     ("Wolodymyr Selenskyj", F, "no_fly_zone"), ("NATO", F, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact, wrong", HYPOTHETICAL, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round10_hypothetical_description_is_no_stance(positions_of, text, fact, wrong):
    got = positions_of(text)
    assert fact in got
    assert wrong not in got


def test_round10_statt_fuer_rejects_the_alternative(positions_of):
    got = positions_of("Die Abgeordnete Marjorie Taylor Greene erklärte, das Geld solle für amerikanische Familien "
                       "ausgegeben werden statt für Waffen in der Ukraine.")
    assert ("Marjorie Taylor Greene", A, "arms_deliveries") in got
    assert ("Marjorie Taylor Greene", F, "arms_deliveries") not in got
    # "für" without "statt" before it is the demand itself
    assert ("Linke", F, "arms_deliveries") not in positions_of("Die Linke fordert Geld für Familien statt für Waffen.")


LABELS = [
    # the short names German news and annotators use; the long forms stay aliases
    ("Die EU verhängt weitere Sanktionen gegen Russland.", ("EU", F, "sanctions")),
    ("Die Europäische Union verhängt weitere Sanktionen gegen Russland.", ("EU", F, "sanctions")),
    # the Commission is an actor of its own, and its president's post belongs to it
    ("Die EU-Kommission schlägt ein Ölembargo vor.", ("EU-Kommission", F, "energy_embargo")),
    ("Die Europäische Kommission schlägt ein Ölembargo vor.", ("EU-Kommission", F, "energy_embargo")),
    ('Die "Frankfurter Allgemeine Zeitung" fordert die Lieferung schwerer Waffen.', ("FAZ", F, "heavy_weapons")),
    ('Die "Süddeutsche Zeitung" fordert die Lieferung schwerer Waffen.', ("SZ", F, "heavy_weapons")),
]


def test_round10_commission_president_belongs_to_the_commission(extract):
    ex = extract("Kommissionspräsidentin Ursula von der Leyen schlug ein Ölembargo vor.")
    leyen = next(a for a in ex.actors if a.label == "Ursula von der Leyen")
    assert any(r.of == "EU-Kommission" for r in leyen.roles)


GROUPS = [
    ("Mehrere Tausend Friedensaktivisten demonstrierten in Berlin gegen Waffenlieferungen an die Ukraine.",
     ("Friedensaktivisten", A, "arms_deliveries")),
    ("In einem offenen Brief fordern zahlreiche Intellektuelle den Kanzler auf, schwere Waffen an die Ukraine zu liefern.",
     ("Intellektuelle", F, "heavy_weapons")),
    ('Erst warnten 28 Prominente in der "Emma" vor Panzerlieferungen an die Ukraine.', ("Prominente", A, "heavy_weapons")),
    ("Hunderte Kriegsgegner protestierten am Samstag gegen Waffenlieferungen.", ("Kriegsgegner", A, "arms_deliveries")),
]


@pytest.mark.parametrize("text", [
    # experts and economists in general are no actor of the debate (the annotators leave them out)
    "Dutzende Ökonomen sprachen sich für ein sofortiges Gasembargo aus.",
    "Viele Experten halten ein Gasembargo für verkraftbar.",
    # a compound with a group noun inside that is no group: "Teilnehmer" only as a word of its own
    "Die Gipfelteilnehmer sprachen sich für weitere Sanktionen aus.",
])
def test_round10_no_group_actor(positions_of, text):
    assert not any(h in ("Ökonomen", "Experten", "Gipfelteilnehmer") for h, _, _ in positions_of(text))


TABOO_AND_WORK = [
    ("Auch die Lieferung schwerer Waffen dürfe kein Tabu sein, sagte Roth.", ("Michael Roth", F, "heavy_weapons")),
    ("Für Scholz ist die Lieferung von Kampfpanzern bislang ein Tabu.", ("Olaf Scholz", A, "heavy_weapons")),
    ("An einem Ölembargo werde bereits gearbeitet, sagte von der Leyen.", ("Ursula von der Leyen", F, "energy_embargo")),
    ("Die Bundesregierung arbeitet mit Hochdruck an der Lieferung weiterer Waffen.", ("Deutschland", F, "arms_deliveries")),
]


def test_round10_working_on_something_else_is_no_stance(positions_of):
    assert positions_of("Die Regierung arbeitet an Alternativen zu russischem Gas.") == set()


COGNITION_AND_HESITATION = [
    ("Die SPD tut sich schwer mit der Lieferung schwerer Waffen.", ("SPD", A, "heavy_weapons")),
    ("Die Linke hält Waffenlieferungen für brandgefährlich.", ("Linke", A, "arms_deliveries")),
    # verbs of fearing and believing introduce the holder's content like speech verbs
    ("Habeck fürchtet, ein Gasembargo würde zu Massenarbeitslosigkeit führen.", ("Robert Habeck", A, "energy_embargo")),
    ("Die Linke glaubt nicht, dass Waffenlieferungen den Krieg beenden.", ("Linke", A, "arms_deliveries")),
    ("Grünen-Chef Omid Nouripour mahnte zur Eile bei der Lieferung schwerer Waffen.", ("Omid Nouripour", F, "heavy_weapons")),
]


def test_round10_doing_more_for_heavy_equipment_is_no_hesitation(positions_of):
    # "schwer" and "tun" in one clause without "sich" are no "sich schwer tun"
    got = positions_of("Deutschland müsse deshalb mehr tun, auch bei schwerem Gerät, sagte Lindner.")
    assert ("Christian Lindner", A, "heavy_weapons") not in got


THREATS = [
    # a threat is against what it is meant to prevent ...
    ("Der Kreml droht mit Konsequenzen, sollte die NATO Kampfjets liefern.", ("Kreml", A, "fighter_jets")),
    ("Moskau drohte mit Vergeltung, falls der Westen schwere Waffen liefere.", ("Russland", A, "heavy_weapons")),
    # ... and for the step it threatens
    ("Die EU droht Russland mit weiteren Sanktionen.", ("EU", F, "sanctions")),
    ("Ungarn droht mit einem Veto gegen das Ölembargo.", ("Ungarn", A, "energy_embargo")),
]


def test_round10_the_addressee_of_an_assurance_holds_nothing(positions_of):
    # "zusichern" is no speech verb: its dative is the one assured, the subject gives the assurance
    got = positions_of("US-Präsident Joe Biden besuchte am Samstag Warschau. Zugleich sicherte er Polen zu, die "
                       "amerikanische Truppenpräsenz an der Ostflanke aufrechtzuerhalten und weiter auszubauen.")
    assert ("Joe Biden", F, "eastern_flank_troops") in got
    assert ("Polen", F, "eastern_flank_troops") not in got


def test_round10_konjunktiv_ii_in_a_relative_clause_does_not_continue_reported_speech(positions_of):
    got = positions_of("Habeck sagte, Deutschland sei einem Ölembargo sehr nahe gekommen. Die EU-Kommission arbeitet "
                       "derzeit an einem sechsten Sanktionspaket, das auch Öl betreffen könnte.")
    # (a package that also affects oil is the energy embargo: round 12)
    assert ("EU-Kommission", F, "energy_embargo") in got
    assert ("Robert Habeck", F, "sanctions") not in got and ("Robert Habeck", F, "energy_embargo") not in got
    # a Konjunktiv II main clause right after the speaker's sentence still continues it
    got = positions_of("Russwurm sagte, die Industrie brauche russisches Gas. Ein Gasembargo würde ganze "
                       "Wertschöpfungsketten zerstören.")
    assert ("Siegfried Russwurm", A, "energy_embargo") in got


def test_round10_denied_troops_as_the_outcome_subject_are_one_rejection(positions_of):
    # "keine" negates both the proposal and its consequence verb: one rejection, not two
    got = positions_of("Ein Sprecher des Weißen Hauses sagte, Präsident Joe Biden habe klargemacht, dass keine "
                       "amerikanischen Soldaten in der Ukraine kämpfen würden.")
    assert ("USA", A, "peace_mission") in got
    assert ("USA", F, "peace_mission") not in got


def test_round10_troops_fighting_as_a_feared_outcome_is_no_demand(positions_of):
    got = positions_of("Ein NATO-Einsatz würde bedeuten, dass NATO-Soldaten in der Ukraine gegen Russland kämpfen, warnte Scholz.")
    assert ("Olaf Scholz", F, "peace_mission") not in got


# a type after its kind ("keine Kampfpanzer vom Typ Leopard"); troops fighting in Ukraine is the mission's
# own act (proposal_acts.txt, the "troops_fight_in_ukraine" pattern): "nicht" denies the mission
TROOPS = [
    # a type named after its kind is one mention, negated with its kind
    ("Die Bundesregierung will der Ukraine keine Kampfpanzer vom Typ Leopard liefern.", ("Deutschland", A, "heavy_weapons")),
    ("Deutschland liefert Flugabwehrpanzer vom Typ Gepard.", ("Deutschland", F, "heavy_weapons")),
    ("Amerikanische Soldaten werden nicht in der Ukraine kämpfen, sagte Biden.", ("Joe Biden", A, "peace_mission")),
    ("Biden hat versprochen, keine amerikanischen Soldaten in der Ukraine kämpfen zu lassen.", ("Joe Biden", A, "peace_mission")),
    ("Biden sagte, US-Soldaten würden nicht in der Ukraine kämpfen.", ("Joe Biden", A, "peace_mission")),
    ("Biden bekräftigte, dass amerikanische Soldaten nicht in der Ukraine kämpfen werden.", ("Joe Biden", A, "peace_mission")),
]


@pytest.mark.parametrize("text, fact", POSSIBILITY + THREATS + TROOPS, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round10_stance_without_its_opposite(positions_of, text, fact):
    got = positions_of(text)
    assert fact in got
    assert (fact[0], F if fact[1] == A else A, fact[2]) not in got


@pytest.mark.parametrize("text, fact", LABELS + GROUPS + TABOO_AND_WORK + COGNITION_AND_HESITATION,
                         ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round10_stance_found(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round10_type_after_kind_is_one_proposal_mention(extractor):
    from kg.article import parse_article

    ctx = extractor.analyse(parse_article(" date 2022-04 Berlin will keine Kampfpanzer vom Typ Leopard liefern.".encode(), "t.txt"))
    assert [(ctx.doc[p.start:p.end].text, p.key, p.negated) for p in ctx.proposals] == [
        ("Kampfpanzer vom Typ Leopard", "heavy_weapons", True)]


@pytest.mark.parametrize("text, fact", [
    ("+++ 10:15 Uhr: Polen bietet MiG-29-Jets an +++", ("Polen", F, "fighter_jets")),
    ("Scholz lehnt Gasembargo ab +++", ("Olaf Scholz", A, "energy_embargo")),
], ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round10_particle_before_a_live_blog_marker(positions_of, text, fact):
    # the tagger reads the particle before "+++" as a preposition; with nothing after it, it is the particle
    assert fact in positions_of(text)


def test_round10_fronted_topic_with_ueber(positions_of):
    # "Über X sagte Y, …" names what the reported content is about, like "Zu X sagte Y, …"
    got = positions_of("Über ein Gasembargo sagte Kühnert, die SPD halte es für falsch.")
    assert ("Kevin Kühnert", A, "energy_embargo") in got
