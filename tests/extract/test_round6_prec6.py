"""Round 6 (prec6): precision on long, realistic articles (decision 008, "Round 6 (prec6)").

Wrong holders (a spokesperson in a foreign capital, "der Präsident des Landes", the addressee of a
commentary's demand, "die Regierung" in an article about Russian gas), wrong proposal keys (an owned
proposal anaphor, "Waffen …, darunter Haubitzen") and stances read into abstentions, conditions,
attributive infinitives and a policy noun with an owner. Sentences written for these tests in the
style of agency copy, not taken from the test sets."""

from __future__ import annotations

import pytest

F, A = "for", "against"


def _ids(x):
    return x[:40] if isinstance(x, str) else ""


HOLDERS = [
    # a spokesperson or office "in <capital>" belongs to that capital's country, not to Germany
    ("Die Regierung unterstütze die Sanktionen gegen Russland, sagte ein Regierungssprecher in Prag.",
     ("Tschechien", F, "sanctions"), ("Deutschland", F, "sanctions")),
    ("Ein Regierungssprecher in Rom sagte, Italien werde das Ölembargo mittragen.",
     ("Italien", F, "energy_embargo"), ("Deutschland", F, "energy_embargo")),
    # "der Präsident des Landes": the president of the country just spoken of
    ("Russische Raketen treffen ukrainische Städte, und der Präsident des Landes fordert erneut eine Flugverbotszone.",
     ("Wolodymyr Selenskyj", F, "no_fly_zone"), ("Frank-Walter Steinmeier", F, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact, wrong", HOLDERS, ids=_ids)
def test_round6_prec6_holders(positions_of, text, fact, wrong):
    got = positions_of(text)
    assert fact in got
    assert wrong not in got


def test_round6_prec6_spokesperson_in_berlin_stays_german(positions_of):
    got = positions_of("Die Sanktionen seien richtig, sagte ein Regierungssprecher in Berlin.")
    assert ("Deutschland", F, "sanctions") in got


ABSTENTIONS = [
    # not blocking is no support (and no rejection)
    "Ungarns Außenminister sagte, sein Land werde dem Ausschluss russischer Banken aus Swift nicht im Weg stehen.",
    "Viktor Orbán erklärte am Abend, er werde die neuen Sanktionen nicht blockieren.",
    "Die slowakische Regierung will das Ölembargo nicht verhindern, heißt es in Bratislava.",
]


@pytest.mark.parametrize("text", ABSTENTIONS, ids=_ids)
def test_round6_prec6_not_blocking_is_no_stance(positions_of, text):
    got = positions_of(text)
    assert not {(h, p, k) for h, p, k in got if k in ("sanctions", "energy_embargo") and h in (
        "Ungarn", "Viktor Orbán", "Slowakei", "Péter Szijjártó")} - {("Slowakei", A, "energy_embargo")}


GIVES_UP = [
    # "nicht länger" / "nicht mehr": resistance given up, the actor now lets it happen
    ("Die Bundesregierung will der Lieferung von Flugabwehrpanzern nicht länger im Wege stehen.",
     ("Deutschland", F, "heavy_weapons")),
    ("Ungarn werde das Sanktionspaket nicht mehr blockieren, sagte Viktor Orbán.", ("Viktor Orbán", F, "sanctions")),
]


@pytest.mark.parametrize("text, fact", GIVES_UP, ids=_ids)
def test_round6_prec6_giving_up_resistance(positions_of, text, fact):
    assert fact in positions_of(text)


NO_STANCE = [
    # attributive zu-infinitive: the infinitive belongs to a noun, nobody wants or plans anything
    "Die Verteidigungsministerin sagte, die Möglichkeiten der Bundeswehr, Waffen abzugeben, seien erschöpft.",
    "Christine Lambrecht erklärte, die Kapazitäten der Industrie, Panzer zu liefern, seien begrenzt.",
    # a verb-first condition: "dazu" is the condition's content
    "Die EU verhandelt über ein Ölembargo. Sollte Moskau verlangen, Gas in Rubel zu bezahlen, sei Ungarn dazu bereit.",
    # a policy noun with an owner is the owner's policy as a whole
    "Kanzler Scholz lehnt die Lieferung von Kampfpanzern ab. Lars Klingbeil verteidigte den Kurs der Regierung.",
]


@pytest.mark.parametrize("text", NO_STANCE, ids=_ids)
def test_round6_prec6_no_stance(positions_of, text):
    got = positions_of(text)
    assert not {x for x in got if x[0] in ("Christine Lambrecht", "Ungarn", "Lars Klingbeil", "Bundeswehr")}


def test_round6_prec6_infinitive_of_verb_still_counts(positions_of):
    assert ("Olaf Scholz", F, "arms_deliveries") in positions_of("Olaf Scholz kündigte an, Waffen an die Ukraine zu liefern.")


def test_round6_prec6_bare_course_still_refers(positions_of):
    got = positions_of("Scholz lehnt die Lieferung von Kampfpanzern ab. Ricarda Lang steht hinter dem Kurs.")
    assert ("Ricarda Lang", A, "heavy_weapons") in got or ("Ricarda Lang", F, "heavy_weapons") in got


def test_round6_prec6_owned_proposal_anaphor(positions_of):
    text = ("+++ 08:00 Uhr +++ Polen will seine Kampfjets an die USA übergeben\n\n"
            "Polen ist bereit, seine MiG-29-Kampfjets den USA zur Verfügung zu stellen.\n\n"
            "+++ 09:30 Uhr +++ Selenskyj fordert Flugverbotszone\n\n"
            "Selenskyj wiederholte seine Forderung nach einer Flugverbotszone.\n\n"
            "+++ 11:00 Uhr +++ Washington lehnt polnischen Vorschlag ab\n\n"
            "Das Pentagon hat dem polnischen Angebot eine Absage erteilt.")
    got = positions_of(text)
    assert ("Pentagon", A, "fighter_jets") in got
    assert ("Pentagon", A, "no_fly_zone") not in got


def test_round6_prec6_negation_after_unequal_comparison(positions_of):
    got = positions_of("Eine Flugverbotszone forderte Selenskyj diesmal anders als in früheren Reden nicht ausdrücklich.")
    assert ("Wolodymyr Selenskyj", F, "no_fly_zone") not in got


def test_round6_prec6_including_names_the_kind(positions_of):
    got = positions_of("Die USA haben der Ukraine Waffen und Ausrüstung im Wert von mehr als drei Milliarden Dollar "
                       "zugesagt, darunter 90 Haubitzen.")
    assert ("USA", F, "heavy_weapons") in got
    assert ("USA", F, "arms_deliveries") not in got


def test_round6_prec6_commentary_demand_is_the_authors(positions_of):
    text = ("Kommentar: Der Preis des Zögerns\n\nEin Kommentar von Petra Albrecht\n\n"
            "Jeden Tag fließt Geld nach Moskau. Deutschland sollte deshalb sofort ein Embargo auf russisches Öl beschließen.")
    got = positions_of(text)
    assert ("Petra Albrecht", F, "energy_embargo") in got
    assert ("Deutschland", F, "energy_embargo") not in got


def test_round6_prec6_denied_troops_as_outcome_subject(positions_of):
    got = positions_of("Ein Sprecher des Weißen Hauses verwies auf die Linie des Präsidenten, keine amerikanischen "
                       "Soldaten in der Ukraine kämpfen zu lassen.")
    assert not {x for x in got if x[1] == F and x[2] == "peace_mission"}


REVIEW = [
    "Alice Weidel sagte, die Sanktionen müssten dringend überprüft werden.",
    "Der Ministerpräsident erklärte, über Waffenlieferungen müsse in Ruhe beraten werden.",
]


@pytest.mark.parametrize("text", REVIEW, ids=_ids)
def test_round6_prec6_review_is_no_demand(positions_of, text):
    got = positions_of(text)
    assert not {x for x in got if x[1] == F}


def test_round6_prec6_demand_still_counts(positions_of):
    assert ("Olaf Scholz", F, "sanctions") in positions_of("Olaf Scholz sagte, die Sanktionen müssten verschärft werden.")


THREAT = [
    "Die Allianz werde der Ukraine Ausrüstung zum Schutz vor chemischen Waffen liefern, sagte Jens Stoltenberg.",
    "Großbritannien schickt Schutzanzüge und Material zur Abwehr gegen solche Waffen, sagte Boris Johnson.",
]


@pytest.mark.parametrize("text", THREAT, ids=_ids)
def test_round6_prec6_protection_against_weapons(positions_of, text):
    got = positions_of(text)
    assert not {x for x in got if x[2] in ("arms_deliveries", "heavy_weapons")}


PARTITIVE = [
    "Stimmen in der SPD warnen vor der Lieferung von Kampfpanzern.",
    "Teile der Grünen lehnen ein sofortiges Gasembargo ab.",
]


@pytest.mark.parametrize("text", PARTITIVE, ids=_ids)
def test_round6_prec6_partitive_is_not_the_party(positions_of, text):
    got = positions_of(text)
    assert not {x for x in got if x[0] in ("SPD", "Grüne")}


def test_round6_prec6_whole_party_still_holds(positions_of):
    assert ("SPD", A, "heavy_weapons") in positions_of("Die SPD warnt vor der Lieferung von Kampfpanzern.")


def test_round6_prec6_unnamed_speaker_demand_is_not_the_addressees(positions_of):
    got = positions_of("Der Vorsitzende des Verteidigungsausschusses sagte im Radio, Deutschland müsse der Ukraine "
                       "endlich Schützenpanzer zur Verfügung stellen.")
    assert ("Deutschland", F, "heavy_weapons") not in got


def test_round6_prec6_named_speaker_demand_stays(positions_of):
    got = positions_of("Anton Hofreiter sagte im Radio, Deutschland müsse der Ukraine endlich Schützenpanzer liefern.")
    assert ("Anton Hofreiter", F, "heavy_weapons") in got


def test_round6_prec6_quantified_allies_are_not_nato(positions_of):
    got = positions_of("Mehrere Verbündete lehnen eine Flugverbotszone über der Ukraine ab.")
    assert ("NATO", A, "no_fly_zone") not in got


def test_round6_prec6_government_is_not_the_recipient(positions_of):
    text = ("Der Bundestag stimmt über Hilfe für die Ukraine ab. In der Ukraine gehen die Kämpfe weiter. "
            "Deutschland hat bisher vor allem Munition geschickt. "
            "Die Regierung lehnt die Lieferung von Kampfpanzern weiterhin ab.")
    got = positions_of(text)
    assert ("Deutschland", A, "heavy_weapons") in got
    assert ("Ukraine", A, "heavy_weapons") not in got


def test_round6_prec6_standing_behind_an_actor(positions_of):
    text = ("Der Bundestag hat die Lieferung schwerer Waffen beschlossen. "
            "Rolf Mützenich sagte, das Parlament stehe geschlossen hinter der Ukraine.")
    got = positions_of(text)
    assert ("Rolf Mützenich", F, "heavy_weapons") not in got


def test_round6_prec6_standing_behind_the_proposal(positions_of):
    text = ("Die Regierung will schwere Waffen an die Ukraine liefern. "
            "Auch die Grünen-Chefin Ricarda Lang stellte sich hinter den Vorschlag.")
    assert ("Ricarda Lang", F, "heavy_weapons") in positions_of(text)


COMPARATIVE = [
    "Die Regierung schickt Panzerhaubitzen in die Ukraine. Zurückhaltender äußerte sich der Bischof Georg Bätzing.",
    "Polen fordert ein Ölembargo. Der tschechische Regierungschef Petr Fiala äußerte sich vorsichtiger als sein Kollege.",
]


@pytest.mark.parametrize("text", COMPARATIVE, ids=_ids)
def test_round6_prec6_comparative_reaction_is_relative(positions_of, text):
    got = positions_of(text)
    assert not {x for x in got if x[0] in ("Georg Bätzing", "Petr Fiala")}


def test_round6_prec6_plain_hedge_still_counts(positions_of):
    got = positions_of("Polen fordert ein Ölembargo. Skeptisch äußerte sich dagegen Ungarns Regierungschef Viktor Orbán.")
    assert ("Viktor Orbán", A, "energy_embargo") in got


def test_round6_prec6_own_content_clause_without_proposal(positions_of):
    got = positions_of("Selenskyj forderte diesmal keine Flugverbotszone, kritisierte aber, dass der Westen "
                       "noch immer zögere.")
    assert ("Wolodymyr Selenskyj", F, "no_fly_zone") not in got


def test_round6_prec6_content_clause_with_proposal(positions_of):
    got = positions_of("Friedrich Merz kritisierte, dass die Regierung die Lieferung schwerer Waffen verzögere.")
    assert ("Friedrich Merz", F, "heavy_weapons") in got


ADDRESSEES = [
    ("+++ 09:15 Uhr +++ Die Grünen-Politikerin Franziska Brantner macht Druck: Die EU müsse rasch ein Ölembargo beschließen.",
     ("Franziska Brantner", F, "energy_embargo"), ("EU", F, "energy_embargo")),
    ("Jens Stoltenberg sagte, die Nato solle die Ostflanke weiter verstärken.",
     ("Jens Stoltenberg", F, "eastern_flank_troops"), None),
]


@pytest.mark.parametrize("text, fact, wrong", ADDRESSEES, ids=_ids)
def test_round6_prec6_addressee_of_a_reported_demand(positions_of, text, fact, wrong):
    got = positions_of(text)
    assert fact in got
    if wrong:
        assert wrong not in got


def test_round6_prec6_first_person_expectation(positions_of):
    text = ("Frage: Was muss jetzt geschehen?\n\nAntwort: Die Industrie hat Marder auf Lager. "
            "Ich erwarte, dass die Bundesregierung die Ausfuhr dieser Schützenpanzer sofort genehmigt.")
    got = positions_of(text)
    assert ("Deutschland", F, "heavy_weapons") not in got
