"""Rules added for unseen-text recall (decision 008): lexicon entries, complement-clause negation,
subjects by agreement and by a pronoun before the verb, subordinate subjects, specific proposal
patterns and surnames of full-name aliases. Positive and negative sentences per family."""

from __future__ import annotations

import pytest

F, A = "for", "against"

LEXICON = [
    ("Auch die Regierung in Wien winkte ab, als Polen eine Friedensmission vorschlug.", ("Österreich", A, "peace_mission")),
    ("Der Kanzler sagte, ein Gasembargo stehe nicht zur Debatte.", ("Olaf Scholz", A, "energy_embargo")),
    ("Die Ökonomin Veronika Grimm hält einen Lieferstopp für handhabbar.", ("Veronika Grimm", F, "energy_embargo")),
    ("Der Minister hält an der Zusage fest, Schützenpanzer zu liefern, sagte Robert Habeck.", ("Robert Habeck", F, "heavy_weapons")),
    # arguments: economic harm, a clear signal, a war with Russia
    ("Der Gewerkschaftschef Frank Werneke sagte, ein Gasembargo würde Massenarbeitslosigkeit auslösen.",
     ("Frank Werneke", A, "energy_embargo")),
    ("Die Verstärkung der Ostflanke sei ein klares Signal an Moskau, sagte Annalena Baerbock.",
     ("Annalena Baerbock", F, "eastern_flank_troops")),
    ("Eine Flugverbotszone bedeute Krieg mit Russland, sagte der Kanzler Olaf Scholz.", ("Olaf Scholz", A, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact", LEXICON, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round4_lexicon_entries(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round4_debate_only_negated(positions_of):
    # "zur Debatte stehen" alone is no stance; "nicht zur Debatte" is
    assert positions_of("Scholz sagte, ein Gasembargo stehe im Kabinett zur Debatte.") == set()


def test_round4_signal_needs_a_proposal(positions_of):
    assert positions_of("Die Ministerin sprach von einem klaren Signal der Geschlossenheit.") == set()


COMPLEMENT_NEGATION = [
    ("Die Bundesregierung hält an ihrer Linie fest, dass die NATO nicht militärisch eingreifen werde.", ("Deutschland", A, "peace_mission")),
    ("Frankreich forderte, dass die NATO keine Flugverbotszone einrichtet.", ("Frankreich", A, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact", COMPLEMENT_NEGATION, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round4_negated_complement_clause_flips(positions_of, text, fact):
    assert fact in positions_of(text)


@pytest.mark.parametrize("text, fact", [
    # "nicht erst": a matter of time, no negation
    ("Polen forderte, Kampfjets nicht erst im Sommer zu liefern.", ("Polen", F, "fighter_jets")),
    # a main clause with "sein … zu": the stance is the colon's speaker's, not flipped twice
    ("Auch Merz ging auf Distanz: Eine Flugverbotszone sei derzeit nicht zu verantworten.", ("Friedrich Merz", A, "no_fly_zone")),
], ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round4_negated_complement_clause_exceptions(positions_of, text, fact):
    assert fact in positions_of(text)


SUBJECTS = [
    # one person cannot be the subject of a plural verb: the addressee of a request
    ("Zahlreiche Künstler haben Bundeskanzler Olaf Scholz aufgefordert, keine schweren Waffen zu liefern.",
     ("Olaf Scholz", A, "heavy_weapons")),
    # "man" before the verb is the subject; the actor after it is the object
    ("Regierungssprecher Steffen Hebestreit sagte, man unterstütze die Ukraine mit Munition.", ("Ukraine", F, "arms_deliveries")),
    # a subordinate clause with a subject of its own does not lend its stance to the main clause's subject
    ("Während die Akademie der Wissenschaften einen Lieferstopp für machbar hält, warnt die Chemiegewerkschaft IG BCE vor Jobverlusten.",
     ("IG BCE", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, wrong", SUBJECTS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round4_not_the_subject(positions_of, text, wrong):
    assert wrong not in positions_of(text)


@pytest.mark.parametrize("text, fact", [
    ("Am Montag lehnten Scholz und Macron eine Flugverbotszone ab.", ("Emmanuel Macron", A, "no_fly_zone")),
    ("Mit scharfen Worten haben Sahra Wagenknecht und AfD-Chef Tino Chrupalla die Sanktionen gegen Russland kritisiert.",
     ("Sahra Wagenknecht", A, "sanctions")),
    ("Regierungssprecher Steffen Hebestreit sagte, man unterstütze die Ukraine mit Munition.", ("Steffen Hebestreit", F, "arms_deliveries")),
    ("Während die Akademie einen Lieferstopp für machbar hält, warnt die Chemiegewerkschaft IG BCE vor Jobverlusten.", ("IG BCE", A, "energy_embargo")),
    # a pronoun subject in the subordinate clause is the main clause's person
    ("Erdogan ließ durchblicken, dass er Sanktionen gegen Moskau für kontraproduktiv halte.", ("Recep Tayyip Erdogan", A, "sanctions")),
], ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round4_subject_still_found(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round4_sanctions_on_energy_are_an_embargo(positions_of):
    got = positions_of("Ungarns Regierungschef Viktor Orbán sagte, er werde Strafmaßnahmen gegen den russischen Energiesektor nicht mittragen.")
    assert ("Viktor Orbán", A, "energy_embargo") in got
    assert ("Viktor Orbán", A, "sanctions") not in got


def test_round4_sanctions_on_persons_stay_sanctions(positions_of):
    got = positions_of("Litauen fordert Sanktionen gegen russische Oligarchen.")
    assert got == {("Litauen", F, "sanctions")}


def test_round4_surname_of_a_full_name_alias(positions_of):
    text = ("Der polnische Verteidigungsminister Mariusz Błaszczak traf Lloyd Austin. "
            "Błaszczak betonte, Polen halte an dem Angebot fest, die Kampfjets abzugeben.")
    got = positions_of(text)
    assert ("Mariusz Blaszczak", F, "fighter_jets") in got
    assert ("Lloyd Austin", F, "fighter_jets") not in got


def test_round4_foreign_parliament_is_not_the_bundestag(positions_of):
    got = positions_of("Das litauische Parlament rief die NATO auf, eine Flugverbotszone einzurichten.")
    assert ("Litauisches Parlament", F, "no_fly_zone") in got
    assert not any(h == "Bundestag" for h, _, _ in got)


OWN_OBJECT = [
    # an explicit cue with an object of its own takes no proposal from the sentences before
    "Polen fordert Kampfjets für die Ukraine. Der Kanzler stellte eine rasche Aufnahme der Ukraine in die EU nicht in Aussicht.",
    "Die NATO verstärkt die Ostflanke. Stoltenberg sagte, das Bündnis werde jeden Zentimeter seines Gebiets verteidigen.",
]


@pytest.mark.parametrize("text", OWN_OBJECT, ids=lambda x: x[40:80])
def test_round4_own_object_blocks_anaphora(positions_of, text):
    got = positions_of(text)
    assert not any(h in ("Olaf Scholz", "Jens Stoltenberg") for h, _, _ in got)


@pytest.mark.parametrize("text, fact", [
    ("Litauen fordert eine Flugverbotszone. Der britische Minister Ben Wallace lehnte eine solche Zone ab.",
     ("Ben Wallace", A, "no_fly_zone")),
    ("Polen fordert eine Flugverbotszone. In Washington zeigte sich der Senator Roger Wicker offen für die Idee.",
     ("Roger Wicker", F, "no_fly_zone")),
    ("Die NATO will mehr Truppen an die Ostflanke schicken. Scholz mahnte bei der Frage einer dauerhaften Stationierung zur Zurückhaltung.",
     ("Olaf Scholz", A, "eastern_flank_troops")),
], ids=lambda x: x[40:80] if isinstance(x, str) else "")
def test_round4_references_are_no_own_object(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round4_no_subject_in_a_zu_infinitive(positions_of):
    got = positions_of("Natürlich war es richtig, Russland mit harten Sanktionen zu belegen.")
    assert ("Russland", F, "sanctions") not in got


def test_round4_wer_clause_after_a_conjunction_states_no_stance(positions_of):
    got = positions_of("Merz reist nach Kiew, und wer Zweifel an Panzerlieferungen anmeldet, gilt als naiv.")
    assert got == set()


@pytest.mark.parametrize("text, fact", [
    ("Ein Gasembargo würde zu Produktionsausfällen und Kurzarbeit führen, sagte der Verbandschef Siegfried Russwurm.",
     ("Siegfried Russwurm", A, "energy_embargo")),
    ("Die Bundesregierung argumentiert, ein sofortiger Lieferstopp würde Arbeitsplätze gefährden.", ("Deutschland", A, "energy_embargo")),
    ("Ein Ölembargo würde schweren Schaden anrichten, sagte Robert Habeck.", ("Robert Habeck", A, "energy_embargo")),
    # an argument that names its proposal argues the same when negated
    ("Europa dürfe Putins Krieg nicht länger mitfinanzieren, sagte Annalena Baerbock.", ("Annalena Baerbock", F, "energy_embargo")),
    # standing on the brake; a critic of the brake is for what is braked
    ("Der Kanzler steht seit Wochen bei den Panzern auf der Bremse.", ("Olaf Scholz", A, "heavy_weapons")),
    ("Hofreiter kritisierte den Kanzler, der bei den Panzern auf der Bremse stehe.", ("Anton Hofreiter", F, "heavy_weapons")),
    # "auch nicht" after a comma adds a contrasted phrase; it does not negate the cue
    ("Hebestreit sagte, es werde keine NATO-Soldaten in der Ukraine geben, auch nicht unter dem Etikett einer Friedensmission.",
     ("Steffen Hebestreit", A, "peace_mission")),
    ("Das Europäische Parlament fordert ein sofortiges Embargo auf russisches Öl.", ("Europäisches Parlament", F, "energy_embargo")),
], ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round4_more_lexicon_and_negation(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round4_economic_argument_needs_a_proposal(positions_of):
    assert positions_of("Die Pandemie hat zu Kurzarbeit in vielen Betrieben geführt, sagte Siegfried Russwurm.") == set()


def test_round4_object_after_pronoun_subject_is_not_the_last_person(positions_of):
    text = ("Michael Kretschmer sprach in Dresden. Ein Gasembargo würde Arbeitsplätze vernichten, und es würde Putin nicht stoppen. "
            "Ich lehne ein Gasembargo ab.")
    got = positions_of(text)
    assert ("Wladimir Putin", A, "energy_embargo") not in got
    assert ("Michael Kretschmer", A, "energy_embargo") in got


def test_round4_das_kuendigte_an_takes_the_lead_across_a_paragraph(positions_of):
    text = ("Deutschland wird der Ukraine sieben Panzerhaubitzen überlassen.\n\n"
            "Das kündigte Verteidigungsministerin Christine Lambrecht am Freitag in Berlin an.")
    assert ("Christine Lambrecht", F, "heavy_weapons") in positions_of(text)


def test_round4_reported_again_needs_das_across_a_paragraph(positions_of):
    text = ("Deutschland wird der Ukraine sieben Panzerhaubitzen überlassen.\n\n"
            "Verteidigungsministerin Christine Lambrecht besuchte am Freitag die Truppe in Litauen.")
    assert ("Christine Lambrecht", F, "heavy_weapons") not in positions_of(text)


def test_round4_enforcing_no_zone_with_instruments(positions_of):
    got = positions_of("Die NATO wird keine Flugverbotszone über der Ukraine durchsetzen, weder mit eigenen Kampfjets noch vom Boden aus.")
    assert ("NATO", A, "no_fly_zone") in got
    assert not any(p == "fighter_jets" for _, _, p in got)


def test_round4_instrument_alone_is_the_delivery(positions_of):
    assert ("Polen", F, "heavy_weapons") in positions_of("Polen will die Ukraine mit Panzern beliefern.")


def test_round4_comparison_clause_states_no_stance(positions_of):
    got = positions_of("Kampfflugzeuge zu liefern ist etwas anderes, als eine Flugverbotszone durchzusetzen, sagte Olaf Scholz.")
    assert ("Olaf Scholz", F, "no_fly_zone") not in got


@pytest.mark.parametrize("text, fact", [
    ("Der Vorschlag einer Friedensmission in der Ukraine findet in Kiew Zustimmung.", ("Ukraine", F, "peace_mission")),
    ("Litauen fordert eine Friedensmission. Ein derartiger Einsatz hätte gefährliche Folgen, sagte Sprecher Dmitri Peskow.",
     ("Dmitri Peskow", A, "peace_mission")),
    ("Deutschland werde bis Jahresende auf Öl aus Russland verzichten, kündigte Olaf Scholz an.", ("Olaf Scholz", F, "energy_embargo")),
], ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round4_reception_references_and_trailing_announcements(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round4_finding_without_a_place_has_no_holder(positions_of):
    assert ("Ukraine", F, "peace_mission") not in positions_of(
        "Der Vorschlag einer Friedensmission für die Ukraine findet Zustimmung.")


def test_round4_verb_first_conditional_still_no_stance(positions_of):
    assert positions_of("Die Lage würde sich ändern, sollte Russland Kampfjets liefern.") == set()


def test_round4_reaction_opens_reported_speech(positions_of):
    text = "Die FDP-Politikerin Marie-Agnes Strack-Zimmermann reagierte verärgert. Die Ukraine brauche jetzt Panzer."
    got = positions_of(text)
    assert ("Marie-Agnes Strack-Zimmermann", F, "heavy_weapons") in got
    assert ("Ukraine", F, "heavy_weapons") not in got


def test_round4_reaction_without_konjunktiv_is_narration(positions_of):
    text = "Die FDP-Politikerin Marie-Agnes Strack-Zimmermann reagierte verärgert. Die Ukraine braucht jetzt Panzer."
    assert ("Marie-Agnes Strack-Zimmermann", F, "heavy_weapons") not in positions_of(text)


@pytest.mark.parametrize("text, fact", [
    ("„Das Zaudern bei den Panzern muss aufhören“, sagte Anton Hofreiter.", ("Anton Hofreiter", F, "heavy_weapons")),
    ("Der Widerstand gegen ein Ölembargo müsse enden, sagte Anton Hofreiter.", ("Anton Hofreiter", F, "energy_embargo")),
], ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round4_ending_an_obstruction(positions_of, text, fact):
    assert fact in positions_of(text)


@pytest.mark.parametrize("text, expected", [
    ("Selenskyj forderte erneut, seinem Land Flugzeuge zu liefern.", {("Wolodymyr Selenskyj", F, "fighter_jets")}),
    ("Washington solle der Ukraine zumindest Flugzeuge zur Verfügung stellen, sagte Selenskyj.", {("Wolodymyr Selenskyj", F, "fighter_jets")}),
    # planes that are not delivered
    ("Russische Flugzeuge bombardierten in der Nacht Kiew, sagte Selenskyj.", set()),
    ("Die Lufthansa will neue Flugzeuge kaufen.", set()),
], ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round4_planes_delivered_are_fighter_jets(positions_of, text, expected):
    assert {f for f in positions_of(text) if f[2] == "fighter_jets"} == expected


@pytest.mark.parametrize("text, fact", [
    ("Polen schlug eine Friedensmission vor. Eine solche Mission komme nicht in Frage, hieß es dazu aus Berlin.",
     ("Deutschland", A, "peace_mission")),
    ("Aus deutschen Regierungskreisen hieß es, Kampfjets seien kein Thema.", ("Deutschland", A, "fighter_jets")),
    ("Aus Regierungskreisen in Paris hieß es, man lehne ein Ölembargo ab.", ("Frankreich", A, "energy_embargo")),
], ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round4_government_circles_and_capitals_as_sources(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round4_travel_from_a_capital_is_no_source(positions_of):
    got = positions_of("Aus Berlin reiste Olaf Scholz nach Kiew, wo er weitere Waffenlieferungen zusagte.")
    assert ("Deutschland", F, "arms_deliveries") not in got


def test_round4_weak_cue_takes_a_quoted_addition(positions_of):
    text = ("Außenministerin Annalena Baerbock sagte nach dem Treffen, es sei keine Zeit für Ausreden. "
            "Die Ukraine brauche weiteres Material, „vor allem auch schwere Waffen“.")
    assert ("Annalena Baerbock", F, "heavy_weapons") in positions_of(text)


def test_round4_wrong_means(positions_of):
    got = positions_of("Ein Ölembargo sei das falsche Mittel, sagte Manuela Schwesig.")
    assert ("Manuela Schwesig", A, "energy_embargo") in got


@pytest.mark.parametrize("text, fact", [
    ("Der Bundesverband der Deutschen Industrie (BDI) warnt vor einem Gasembargo.",
     ("BDI", A, "energy_embargo")),
    ("Präsident Selenskyj fleht den Westen an, den Himmel über der Ukraine zu schließen.", ("Wolodymyr Selenskyj", F, "no_fly_zone")),
    # (round 19: the Secretary General speaking of the alliance holds the stance alone, joint_bodies.txt)
    ("Polen fordert eine Flugverbotszone. Stoltenberg hat klargemacht, dass das Bündnis diesen Schritt nicht gehen wird.",
     ("Jens Stoltenberg", A, "no_fly_zone")),
], ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round4_more_cues_and_actors(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round4_step_needs_a_topic(positions_of):
    assert positions_of("Stoltenberg sagte, das Bündnis werde den nächsten Schritt gemeinsam gehen.") == set()


def test_round4_buildup_at_the_russian_border(positions_of):
    got = positions_of("Eine weitere Aufrüstung an der russischen Grenze sei eine Provokation, sagte Dmitri Peskow.")
    assert ("Dmitri Peskow", A, "eastern_flank_troops") in got
    assert positions_of("Russland stationiert Truppen an der Grenze zur Ukraine, sagte Dmitri Peskow.") == set()
