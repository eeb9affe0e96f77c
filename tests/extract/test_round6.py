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


SHARED_SUBJECT = [
    ("Bundeskanzler Olaf Scholz lehnte Lieferungen von Kampfpanzern erneut ab, stellte Kiew aber Geld für "
     "Rüstungskäufe in Aussicht.", ("Olaf Scholz", A, "heavy_weapons"), "Ukraine"),
    ("Die polnische Regierung verlangte ein Embargo für russisches Gas, schickte Kiew aber keine Kampfjets.",
     ("Polen", A, "fighter_jets"), "Ukraine"),
]


@pytest.mark.parametrize("text, fact, not_holder", SHARED_SUBJECT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_verb_first_clause_shares_the_subject(positions_of, text, fact, not_holder):
    facts = positions_of(text)
    assert fact in facts
    assert not any(h == not_holder for h, _, _ in facts), facts


def test_round6_trailing_speech_verb_is_no_shared_subject(positions_of):
    facts = positions_of("Ein Gasembargo wäre ein schwerer Fehler, sagte Wirtschaftsminister Robert Habeck.")
    assert ("Robert Habeck", A, "energy_embargo") in facts


BOLD_INTERVIEW = (
    "Kühnert: „Wir lassen uns nicht treiben“\n\n"
    "SPD-Generalsekretär Kevin Kühnert verteidigt im Interview den Kurs des Kanzlers.\n\n"
    "**RND:** Herr Kühnert, der Kanzler wird für sein Zögern heftig kritisiert. Zu Recht?\n\n"
    "**Kühnert:** Nein. Bei Kampfpanzern aus Bundeswehrbeständen gibt es gute Gründe, vorsichtig zu sein.\n\n"
    "**RND:** Was ist mit einem Gasembargo?\n\n"
    "**Kühnert:** Das wäre unverantwortlich."
)


def test_round6_bold_interview_labels(positions_of):
    facts = positions_of(BOLD_INTERVIEW)
    assert ("Kevin Kühnert", A, "heavy_weapons") in facts
    assert ("Kevin Kühnert", A, "energy_embargo") in facts
    assert ("Kevin Kühnert", F, "heavy_weapons") not in facts  # "es gibt Gründe" is no stance on the tanks


def test_round6_bold_vocative_is_no_holder(positions_of):
    facts = positions_of("**SPIEGEL:** Frau Baerbock, die Ukraine fordert schwere Waffen. Wann liefern Sie?\n\n"
                         "**Baerbock:** Wir prüfen das.")
    assert not any(h == "Annalena Baerbock" for h, _, _ in facts), facts


def test_round6_existential_with_proposal_object_still_counts(positions_of):
    facts = positions_of("Regierungssprecher Steffen Hebestreit sagte, es werde keine Flugverbotszone geben.")
    assert ("Steffen Hebestreit", A, "no_fly_zone") in facts


NO_DEMAND = [
    "Eine Flugverbotszone forderte Präsident Wolodymyr Selenskyj in seiner Ansprache nicht ausdrücklich.",
    "Der ukrainische Präsident Wolodymyr Selenskyj verlangte diesmal nicht erneut eine Flugverbotszone.",
]


@pytest.mark.parametrize("text", NO_DEMAND, ids=lambda x: x[:40])
def test_round6_a_demand_not_made_is_no_rejection(positions_of, text):
    assert ("Wolodymyr Selenskyj", A, "no_fly_zone") not in positions_of(text)


def test_round6_negated_rejection_still_flips(positions_of):
    facts = positions_of("Kanzler Olaf Scholz lehnt ein Gasembargo nicht mehr grundsätzlich ab.")
    assert ("Olaf Scholz", A, "energy_embargo") not in facts


NEEDS = [
    ("„Die Ukraine braucht schwere Waffen, und sie braucht sie jetzt“, sagte CDU-Chef Friedrich Merz.",
     ("Friedrich Merz", F, "heavy_weapons")),
    ("„Wir brauchen Kampfjets“, sagte der ukrainische Präsident Wolodymyr Selenskyj.",
     ("Wolodymyr Selenskyj", F, "fighter_jets")),
]


@pytest.mark.parametrize("text, fact", NEEDS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_who_needs_weapons_is_no_holder(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts
    assert not any(h == "Ukraine" for h, _, _ in facts), facts


def test_round6_headline_surname_before_the_full_name(positions_of):
    facts = positions_of("Le Pen warnt vor Embargo\n\nParis (dpa) - Die Rechtspopulistin Marine Le Pen hat vor einem "
                         "Embargo gegen russisches Gas gewarnt.")
    assert ("Marine Le Pen", A, "energy_embargo") in facts
    assert not any(h == "Le Pen" for h, _, _ in facts), facts


def test_round6_headline_surname_of_two_people_stays_open(positions_of):
    facts = positions_of("Müller warnt vor Embargo\n\nDer Ökonom Thomas Müller und die Politikerin Anna Müller "
                         "diskutierten am Abend.")
    assert not any(h in ("Thomas Müller", "Anna Müller") for h, _, _ in facts), facts


LETTER = (
    "In einem offenen Brief an Bundeskanzler Olaf Scholz haben 28 Intellektuelle und Künstler davor gewarnt, "
    "der Ukraine schwere Waffen zu liefern. Zu den Unterzeichnern gehören die Publizistin Alice Schwarzer und "
    "der Liedermacher Reinhard Mey.\n\n"
    "Der ukrainische Botschafter Andrij Melnyk nannte die Unterzeichner „Pseudo-Intellektuelle“."
)


def test_round6_signatories_hold_the_letters_stance(positions_of):
    facts = positions_of(LETTER)
    assert {("Alice Schwarzer", A, "heavy_weapons"), ("Reinhard Mey", A, "heavy_weapons")} <= facts
    assert not any(h in ("Andrij Melnyk", "Olaf Scholz") for h, _, _ in facts), facts  # a critic, the addressee


def test_round6_quoted_letter_and_initiator(positions_of):
    facts = positions_of("„Wir fordern, die Ukraine auch mit schweren Waffen zu unterstützen“, heißt es in dem Schreiben. "
                         "Initiiert wurde der Brief von dem Publizisten Ralf Fücks.")
    assert ("Ralf Fücks", F, "heavy_weapons") in facts


def test_round6_signatories_without_a_letter_stance_get_nothing(positions_of):
    facts = positions_of("Der Brief wurde am Freitag veröffentlicht. Zu den Unterzeichnern gehören die Publizistin "
                         "Alice Schwarzer und der Liedermacher Reinhard Mey.")
    assert not facts


def test_round6_addressee_of_a_demand_is_no_holder(positions_of):
    facts = positions_of("In einem offenen Brief fordern zahlreiche Intellektuelle Bundeskanzler Olaf Scholz auf, "
                         "der Ukraine schwere Waffen zu liefern.")
    assert not any(h == "Olaf Scholz" for h, _, _ in facts), facts


def test_round6_vote_for_a_motion_of_the_coalition_factions(positions_of):
    facts = positions_of("Für einen gemeinsamen Antrag der Ampel-Fraktionen von SPD, Grünen und FDP sowie der "
                         "Unionsfraktion zur Lieferung schwerer Waffen stimmten am Donnerstag 586 Abgeordnete.")
    assert {("SPD", F, "heavy_weapons"), ("Grüne", F, "heavy_weapons"), ("FDP", F, "heavy_weapons"),
            ("CDU/CSU", F, "heavy_weapons")} <= facts


def test_round6_no_votes_from_the_ranks_of_two_parties(positions_of):
    facts = positions_of("Der Bundestag stimmte für die Lieferung schwerer Waffen. Die Nein-Stimmen kamen aus den "
                         "Reihen der AfD und der Linken.")
    assert {("AfD", A, "heavy_weapons"), ("Linke", A, "heavy_weapons")} <= facts


def test_round6_votieren(positions_of):
    facts = positions_of("Der Bundestag stimmte für die Lieferung schwerer Waffen. Die Linke votierte dagegen.")
    assert ("Linke", A, "heavy_weapons") in facts
    assert ("Linke", F, "heavy_weapons") not in facts


def test_round6_capital_man_after_auch(positions_of):
    facts = positions_of("Polen fordert eine Friedensmission der NATO. Auch in Washington zeigte man sich reserviert.")
    assert ("USA", A, "peace_mission") in facts


ALIKE = [
    ("Die Bundesregierung lehnt ein Gasembargo ab. Ähnlich sieht das Tschechien.", ("Tschechien", A, "energy_embargo")),
    ("Der BDI warnt vor einem Gasembargo.\n\nÄhnlich äußerte sich die Gewerkschaft IG BCE.", ("IG BCE", A, "energy_embargo")),
    ("Die Linken-Politikerin Sahra Wagenknecht kritisiert die Sanktionen scharf. Das sei Wirtschaftskrieg. "
     "Auf der anderen Seite des Parlaments argumentiert die AfD ähnlich wie Wagenknecht.", ("AfD", A, "sanctions")),
]


@pytest.mark.parametrize("text, fact", ALIKE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_alike_takes_the_stance_before(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round6_alike_without_a_stance_before_gives_nothing(positions_of):
    facts = positions_of("Die Ministerin sprach über die Lage in Kiew. Ähnlich sieht das Tschechien.")
    assert not facts


def test_round6_anaphor_noun_picks_its_kind_of_proposal(positions_of):
    facts = positions_of("Polen hat eine Friedensmission der NATO vorgeschlagen. Auch eine Flugverbotszone lehnt die NATO ab. "
                         "Die Niederlande lehnen eine solche Mission ab.")
    assert ("Niederlande", A, "peace_mission") in facts
    assert ("Niederlande", A, "no_fly_zone") not in facts


def test_round6_mission_on_ukrainian_soil(positions_of):
    facts = positions_of("Eine bewaffnete Mission auf ukrainischem Boden lehnt die Bundesregierung ab.")
    assert ("Deutschland", A, "peace_mission") in facts


EVALUATIONS = [
    ("Ein Embargo sei für Deutschland „tragbar“, sagte Wirtschaftsminister Robert Habeck.", ("Robert Habeck", F, "energy_embargo")),
    ("Ministerpräsident Viktor Orbán erklärte, ein Stopp russischer Energielieferungen sei eine rote Linie für Ungarn.",
     ("Viktor Orbán", A, "energy_embargo")),
    ("„Das Ölembargo ist ein starker Hebel, um den Krieg zu beenden“, sagte Ratspräsident Charles Michel.",
     ("Charles Michel", F, "energy_embargo")),
    ("Die Sanktionen seien ein stumpfes Schwert, sagte der AfD-Chef Tino Chrupalla.", ("Tino Chrupalla", A, "sanctions")),
]


@pytest.mark.parametrize("text, fact", EVALUATIONS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_evaluations(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round6_red_line_needs_the_proposal_as_subject(positions_of):
    facts = positions_of("Die Ukraine bittet um Kampfjets. Niemand in Berlin kann sagen, wo die rote Linie liegt.")
    assert not any(pol == A for _, pol, _ in facts), facts


PASSIVE_PATIENT = [
    "Die Delegierten stimmten für einen Antrag, in dem es heißt, die Ukraine müsse auch mit schweren Waffen unterstützt werden.",
    "Nach Angaben aus Regierungskreisen wurden seit Kriegsbeginn Rüstungsgüter an die Ukraine genehmigt.",
]


@pytest.mark.parametrize("text", PASSIVE_PATIENT, ids=lambda x: x[:40])
def test_round6_subject_of_a_passive_is_no_holder(positions_of, text):
    assert not any(h == "Ukraine" for h, _, _ in positions_of(text))


def test_round6_agent_of_a_passive_holds_it(positions_of):
    facts = positions_of("Die Lieferung von Kampfpanzern wurde von Kanzler Olaf Scholz erneut abgelehnt.")
    assert ("Olaf Scholz", A, "heavy_weapons") in facts


def test_round6_stance_noun_with_its_own_content(positions_of):
    facts = positions_of("Die EU beriet über ein Gasembargo. Hintergrund ist die Forderung des Kremls, Gaslieferungen "
                         "künftig in Rubel zu bezahlen.")
    assert not any(h == "Kreml" for h, _, _ in facts), facts


def test_round6_asking_whether_is_no_stance(positions_of):
    facts = positions_of("Zum Ende der Sendung wollte Moderatorin Anne Will von Rolf Mützenich wissen, ob ein Gasembargo "
                         "nicht der schnellere Hebel sei.")
    assert not facts


def test_round6_sceptical_whether_is_a_stance(positions_of):
    facts = positions_of("Ministerpräsident Michael Kretschmer sei skeptisch, ob die Sanktionen die gewünschte Wirkung hätten.")
    assert ("Michael Kretschmer", A, "sanctions") in facts


def test_round6_these_weapons_are_the_heavy_ones_just_discussed(positions_of):
    facts = positions_of("Der Bundestag stimmte für die Lieferung schwerer Waffen. „Die Ukraine braucht diese Waffen, "
                         "und sie braucht sie jetzt“, sagte CDU-Chef Friedrich Merz.")
    assert ("Friedrich Merz", F, "heavy_weapons") in facts
    assert ("Friedrich Merz", F, "arms_deliveries") not in facts


def test_round6_weapons_without_a_demonstrative_stay_general(positions_of):
    facts = positions_of("Der Bundestag stimmte für die Lieferung schwerer Waffen. „Die Ukraine braucht Waffen, "
                         "und sie braucht sie jetzt“, sagte CDU-Chef Friedrich Merz.")
    assert ("Friedrich Merz", F, "arms_deliveries") in facts


def test_round6_proposal_verb_in_the_complement_is_no_rejection(positions_of):
    facts = positions_of("Präsident Wolodymyr Selenskyj forderte erneut, Russland aus dem Zahlungssystem Swift auszuschließen.")
    assert ("Wolodymyr Selenskyj", F, "sanctions") in facts
    assert ("Wolodymyr Selenskyj", A, "sanctions") not in facts


def test_round6_vocative_interviewee_is_no_speaker(positions_of):
    facts = positions_of("**Frage:** Herr Keller, Wirtschaftsminister Habeck sagt, ein Gasembargo würde den sozialen Frieden "
                         "gefährden. **Antwort:** Das sehe ich anders.")
    assert not any(h in ("Herr Keller", "Keller") for h, _, _ in facts), facts


def test_round6_negation_inside_a_comparison(positions_of):
    facts = positions_of("Die USA haben ihre Truppen in Osteuropa auf mehr als 100 000 Soldaten aufgestockt, so viele wie "
                         "seit Jahren nicht mehr.")
    assert ("USA", A, "eastern_flank_troops") not in facts


IMPORT_BANS = [
    ("Die EU beschloss ein Importverbot für Stahl aus Russland.", "sanctions"),
    ("Die USA verhängen ein Importverbot für russisches Öl.", "energy_embargo"),
]


@pytest.mark.parametrize("text, key", IMPORT_BANS, ids=lambda x: x[:40])
def test_round6_import_ban_of_other_goods_is_no_energy_embargo(positions_of, text, key):
    facts = positions_of(text)
    if key == "energy_embargo":
        assert any(p == "energy_embargo" for _, _, p in facts), facts
    else:
        assert not any(p == "energy_embargo" for _, _, p in facts), facts


def test_round6_genitive_stop_of_russian_gas(positions_of):
    facts = positions_of("Die Bundesregierung warnt vor den Folgen eines sofortigen Stopps russischer Gaslieferungen.")
    assert ("Deutschland", A, "energy_embargo") in facts


def test_round6_demand_by_repetition(positions_of):
    facts = positions_of("„Meine Agenda ist sehr einfach: Waffen, Waffen und nochmals Waffen“, sagte der ukrainische "
                         "Außenminister Dmytro Kuleba am Donnerstag in Brüssel.")
    assert ("Dmytro Kuleba", F, "arms_deliveries") in facts


def test_round6_three_different_weapons_are_no_repetition(positions_of):
    facts = positions_of("Waffen, Munition und Panzer lagern in den Depots der Bundeswehr, sagte ein Sprecher.")
    assert not facts


def test_round6_preparing_sanctions(positions_of):
    facts = positions_of("Die EU-Kommission bereitet weitere Strafmaßnahmen gegen Russland vor.")
    assert ("EU-Kommission", F, "sanctions") in facts


NOT_DELIVERIES = [
    "Ausdrücklich warnte die NATO Moskau vor dem Einsatz chemischer oder nuklearer Waffen.",
    "Russland hatte die ukrainischen Verteidiger am Sonntag aufgefordert, die Waffen niederzulegen.",
]


@pytest.mark.parametrize("text", NOT_DELIVERIES, ids=lambda x: x[:40])
def test_round6_weapons_that_are_no_delivery(positions_of, text):
    assert not any(p in ("arms_deliveries", "heavy_weapons") for _, _, p in positions_of(text))


def test_round6_governing_verb_of_each_conjunct(positions_of):
    facts = positions_of("Litauens Außenminister Gabrielius Landsbergis verlangte, alle russischen Banken vom Zahlungssystem "
                         "SWIFT auszuschließen und ein Embargo für russisches Öl und Gas zu verhängen.")
    assert {("Gabrielius Landsbergis", F, "energy_embargo"), ("Gabrielius Landsbergis", F, "sanctions")} <= facts


HYPOTHETICAL = [
    "Eine Friedensmission, die ohne Zustimmung Russlands in der Ukraine stationiert werde, berge große Risiken.",
    "Jedes Land, das eine Flugverbotszone über der Ukraine durchsetze, werde als Kriegspartei betrachtet, sagte Putin.",
    "Zusammen mit den Verbänden in Polen und den drei baltischen Staaten sind dann acht Battlegroups an der Ostflanke stationiert.",
]


@pytest.mark.parametrize("text", HYPOTHETICAL, ids=lambda x: x[:40])
def test_round6_no_one_holds_a_hypothetical_or_a_state(positions_of, text):
    facts = positions_of(text)
    assert not any(pol == F for _, pol, _ in facts), facts


def test_round6_stance_noun_in_a_capital(positions_of):
    facts = positions_of("Polen schlägt Nato-Friedensmission für die Ukraine vor – Zurückhaltung in Berlin")
    assert ("Deutschland", A, "peace_mission") in facts
    assert ("Polen", A, "peace_mission") not in facts


def test_round6_question_with_a_judgement_is_no_stance(positions_of):
    facts = positions_of("**Dlf:** Herr Melnyk, Deutschland hat lange kein Gasembargo gewollt. War das ein Fehler?\n\n"
                         "**Melnyk:** Das müssen Sie die Regierung fragen.")
    assert not any(h == "Andrij Melnyk" for h, _, _ in facts), facts


MANNER = [
    ("Der SPD-Fraktionsvorsitzende Rolf Mützenich hat die zurückhaltende Linie des Kanzlers bei der Lieferung schwerer "
     "Waffen verteidigt.", ("Rolf Mützenich", A, "heavy_weapons")),
    ("CDU-Chef Friedrich Merz kritisierte die zögerliche Haltung der Regierung bei schweren Waffen.",
     ("Friedrich Merz", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", MANNER, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_verb_composes_with_the_manner_of_its_object(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts
    flipped = (fact[0], F if fact[1] == A else A, fact[2])
    assert flipped not in facts


def test_round6_the_coalition_stands_for_its_parties(positions_of):
    facts = positions_of("Für einen gemeinsamen Antrag der Ampel-Koalition und der Union zur Lieferung schwerer Waffen "
                         "stimmten am Donnerstag 586 Abgeordnete.")
    assert {("SPD", F, "heavy_weapons"), ("Grüne", F, "heavy_weapons"), ("FDP", F, "heavy_weapons"),
            ("CDU/CSU", F, "heavy_weapons")} <= facts


def test_round6_members_of_a_party_among_others(positions_of):
    facts = positions_of("Gegen die Entschließung zum Gasembargo stimmten unter anderem Abgeordnete der AfD.")
    assert ("AfD", A, "energy_embargo") in facts


LEXICON_ROUND6 = [
    ("Die Schweiz übernimmt die Sanktionen der EU gegen Russland.", ("Schweiz", F, "sanctions")),
    ("Regierungssprecher Steffen Hebestreit sagte in Berlin, ein Gasembargo stehe derzeit nicht auf der Tagesordnung.",
     ("Steffen Hebestreit", A, "energy_embargo")),
    ("Die neuen Sanktionen seien der nächste Schritt, sagte der britische Premier Boris Johnson.", ("Boris Johnson", F, "sanctions")),
    ("Ein Energieembargo werde es vorerst nicht geben, hieß es aus Regierungskreisen.", ("Deutschland", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", LEXICON_ROUND6, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_lexicon(positions_of, text, fact):
    assert fact in positions_of(text)


STATIONED = [
    ("Estland, Lettland und Litauen verlangten die Stationierung von Luftabwehrsystemen und zusätzlichen Kampftruppen.",
     ("Litauen", F, "eastern_flank_troops")),
    ("Bundeskanzler Olaf Scholz sagte, Deutschland werde für die neue Kampfgruppe in der Slowakei auch Flugabwehrsysteme "
     "vom Typ Patriot bereitstellen.", ("Olaf Scholz", F, "eastern_flank_troops")),
]


@pytest.mark.parametrize("text, fact", STATIONED, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_weapons_on_the_flank_are_no_delivery_to_ukraine(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts
    assert not any(h == fact[0] and p in ("arms_deliveries", "heavy_weapons", "fighter_jets") for h, _, p in facts), facts


def test_round6_weapons_for_ukraine_stay_deliveries(positions_of):
    facts = positions_of("Polen verlangt mehr NATO-Truppen an der Ostflanke und Luftabwehrsysteme für die Ukraine.")
    assert ("Polen", F, "arms_deliveries") in facts


ASSOCIATIONS = [
    ("Die Grünen fordern ein Gasembargo. Skeptisch äußerte sich auch der Deutsche Gewerkschaftsbund.", ("DGB", A, "energy_embargo")),
    ("Der Bundesverband der Deutschen Industrie (BDI) warnt vor einem Gasembargo.", ("BDI", A, "energy_embargo")),
    ("Der DGB Sachsen lehnt ein Gasembargo ab.", ("DGB Sachsen", A, "energy_embargo")),
    ("Großbritannien werde bis Ende des Jahres aus russischer Kohle und russischem Öl aussteigen, sagte Johnson.",
     ("Boris Johnson", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", ASSOCIATIONS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_associations_and_exits(positions_of, text, fact):
    assert fact in positions_of(text)


YES_NO = [
    ("Kommentar: Die Linie halten\n\nVon Jonas Albrecht\n\nDie Regierung sollte deshalb bei ihrer Linie bleiben: "
     "Ausrüstung ja, Kampfpanzer nein.", ("Jonas Albrecht", A, "heavy_weapons")),
    ("Kretschmer: Gasembargo nein, Sanktionen ja", ("Michael Kretschmer", F, "sanctions")),
    ("Kretschmer: Gasembargo nein, Sanktionen ja", ("Michael Kretschmer", A, "energy_embargo")),
    ("Die Bundesregierung sagt Ja zu Waffenlieferungen.", ("Deutschland", F, "arms_deliveries")),
]


@pytest.mark.parametrize("text, fact", YES_NO, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_yes_and_no(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round6_nobody_demands_is_no_demand(positions_of):
    facts = positions_of("Niemand, der ernst genommen werden will, fordert eine Flugverbotszone.")
    assert not any(pol == F for _, pol, _ in facts), facts


JUDGED = [
    ("Die Bundesregierung lehnt ein Gasembargo ab. Der CDU-Außenpolitiker Norbert Röttgen hält das für falsch.",
     ("Norbert Röttgen", F, "energy_embargo")),
    ("Polen fordert ein Gasembargo. Der CDU-Außenpolitiker Norbert Röttgen hält das für richtig.",
     ("Norbert Röttgen", F, "energy_embargo")),
    ("Die britische Außenministerin Liz Truss bekräftigt ihr Nein zu einer Flugverbotszone. „Das wäre eine direkte "
     "Konfrontation mit Russland“, sagte sie.", ("Liz Truss", A, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact", JUDGED, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_judging_the_stance_just_reported(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts
    assert (fact[0], F if fact[1] == A else A, fact[2]) not in facts


def test_round6_agreeing_with_a_letter_takes_its_stance(positions_of):
    facts = positions_of(LETTER.split("\n\n")[0] + "\n\nZustimmung kam dagegen von der Linken-Politikerin Sevim Dağdelen, "
                                                    "die den Brief auf Twitter teilte.")
    assert ("Sevim Dağdelen", A, "heavy_weapons") in facts
    assert ("Sevim Dağdelen", F, "heavy_weapons") not in facts


def test_round6_criticising_a_letter_takes_the_opposite(positions_of):
    facts = positions_of(LETTER.split("\n\n")[0] + "\n\nDer Grünen-Politiker Anton Hofreiter kritisierte den Brief scharf.")
    assert ("Anton Hofreiter", F, "heavy_weapons") in facts


def test_round6_no_earlier_holder_for_a_passive_or_its_complement(positions_of):
    facts = positions_of("Polen, Rumänien und Ungarn fordern mehr NATO-Truppen. Zusammen mit den Verbänden in Polen sind "
                         "dann acht Battlegroups an der Ostflanke stationiert. China wurde aufgefordert, Russland nicht "
                         "zu unterstützen.")
    assert ("Polen", F, "eastern_flank_troops") in facts
    assert not any(h == "China" for h, _, _ in facts), facts
    assert len([f for f in facts if f[0] == "Rumänien"]) == 1, facts


def test_round6_judging_an_argument_just_reported(positions_of):
    facts = positions_of("Die Bundesregierung lehnt Kampfjets für die Ukraine ab, weil das eine Eskalation wäre. Der "
                         "Luftfahrtexperte Jonas Reinhardt hält diese Argumentation dagegen für wenig überzeugend.")
    assert ("Jonas Reinhardt", F, "fighter_jets") in facts


def test_round6_the_clause_after_aber_is_the_point(positions_of):
    facts = positions_of("Ein Embargo würde auch ihn treffen, „aber das müssen wir aushalten“, sagte der Unternehmer "
                         "Konrad Ebeling.")
    assert ("Konrad Ebeling", F, "energy_embargo") in facts
    assert ("Konrad Ebeling", A, "energy_embargo") not in facts


def test_round6_sanctions_that_hit_energy_are_the_embargo(positions_of):
    facts = positions_of("Außenminister Péter Szijjártó sagte, Budapest werde keinen Sanktionen zustimmen, die die "
                         "Energieversorgung Ungarns gefährdeten.")
    assert ("Peter Szijjarto", A, "energy_embargo") in {(h.replace("é", "e").replace("á", "a"), p, k) for h, p, k in facts}
    assert not any(k == "sanctions" for _, _, k in facts), facts


def test_round6_verdict_is_not_the_subjects_no(positions_of):
    facts = positions_of("Kommentar: Die Linie halten\n\nEin Kommentar von Jonas Albrecht\n\nDie Lage ist ernst.\n\n"
                         "Die Regierung sollte deshalb bei ihrer Linie bleiben: Ausrüstung ja, Kampfpanzer nein.")
    assert ("Jonas Albrecht", A, "heavy_weapons") in facts
    assert not any(h in ("Deutschland", "Ukraine") and p == "heavy_weapons" for h, _, p in facts), facts


def test_round6_ministry_in_a_capital_is_its_government(positions_of):
    facts = positions_of("Das Außenministerium in Moskau erklärte, die Strafmaßnahmen des Westens seien illegitim.")
    assert ("Russland", A, "sanctions") in facts


def test_round6_forbidding_a_delivery(positions_of):
    facts = positions_of("Die Schweizer Regierung hatte eine Weitergabe von Munition an die Ukraine bislang untersagt.")
    assert ("Schweiz", A, "arms_deliveries") in facts


PERFECT_ATTRIBUTION = [
    ("„Deutschland ist bereit, ein Ölembargo mitzutragen“, hatte Wirtschaftsminister Robert Habeck in Brüssel gesagt.",
     ("Robert Habeck", F, "energy_embargo")),
    ("Ein Embargo sei für Deutschland verkraftbar, hat Wirtschaftsminister Robert Habeck betont.", ("Robert Habeck", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", PERFECT_ATTRIBUTION, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round6_trailing_attribution_in_the_perfect(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts
    assert not any(h == "Deutschland" for h, _, _ in facts), facts


def test_round6_auxiliary_without_a_speech_verb_is_no_attribution(positions_of):
    facts = positions_of("Polen fordert ein Embargo, hat aber selbst noch russisches Gas gekauft.")
    assert ("Polen", F, "energy_embargo") in facts
