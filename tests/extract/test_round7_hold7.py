"""Recall round 7 (hold7, decision 008): holders. A passive speech verb names no speaker ("X war
vorgeworfen worden, … zu zögern"), a pronoun after a fronted speech verb is the speaker ("Zugleich
betonte er, …"), persons after "wie" exemplify a group ("Grünen-Politiker wie Anton Hofreiter"), the
speaker's own party shares a reported stance, "ihre Fraktion", a person narrated in the indicative
inside a quote holds their own act, a whole quoted sentence after a reported speaker is theirs, and an
unnamed spokesperson reports the stance of the person they speak for."""

from __future__ import annotations

import pytest

F, A = "for", "against"


PASSIVE_ACCUSATION = [
    "Kanzler Olaf Scholz war in den vergangenen Wochen vorgeworfen worden, bei der Lieferung schwerer Waffen zu zögern.",
    "Dem Kanzler wird vorgeworfen, bei einem Gasembargo auf der Bremse zu stehen.",
    "Verteidigungsministerin Christine Lambrecht wurde vorgeworfen, die Lieferung von Panzern zu verschleppen.",
]


@pytest.mark.parametrize("text", PASSIVE_ACCUSATION, ids=lambda x: x[:40])
def test_round7_passive_accusation_names_no_holder(positions_of, text):
    facts = positions_of(text)
    assert not any(h in ("Olaf Scholz", "Christine Lambrecht") for h, _, _ in facts), facts


def test_round7_active_accusation_keeps_accuser(positions_of):
    facts = positions_of("Friedrich Merz warf Kanzler Olaf Scholz vor, bei der Lieferung schwerer Waffen zu zögern.")
    assert ("Friedrich Merz", F, "heavy_weapons") in facts, facts
    assert not any(h == "Olaf Scholz" for h, _, _ in facts), facts


FRONTED_SPEECH_VERB = [
    ("Der ukrainische Präsident Wolodymyr Selenskyj dankte den Verbündeten. Zugleich betonte er, die Ukraine "
     "brauche weiterhin Kampfflugzeuge.", ("Wolodymyr Selenskyj", F, "fighter_jets"), "Ukraine"),
    ("Außenministerin Annalena Baerbock reiste nach Kiew. Am Abend sagte sie, Deutschland werde weitere "
     "Panzerhaubitzen liefern.", ("Annalena Baerbock", F, "heavy_weapons"), "Deutschland"),
]


@pytest.mark.parametrize("text, fact, not_holder", FRONTED_SPEECH_VERB, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_pronoun_after_fronted_speech_verb(positions_of, text, fact, not_holder):
    facts = positions_of(text)
    assert fact in facts, facts
    assert not any(h == not_holder for h, _, _ in facts), facts


GROUP_EXAMPLES = [
    ("Grünen-Politiker wie Anton Hofreiter fordern seit Wochen ein Embargo für russisches Gas.",
     ("Anton Hofreiter", F, "energy_embargo")),
    ("Einzelne Unionsabgeordnete wie Norbert Röttgen sprachen sich für die Lieferung von Kampfpanzern aus.",
     ("Norbert Röttgen", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", GROUP_EXAMPLES, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_person_after_wie_exemplifies_group(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round7_plural_role_noun_is_no_earlier_person(positions_of):
    facts = positions_of("Linken-Fraktionschefin Amira Mohamed Ali lehnte Waffenlieferungen ab. "
                         "Einzelne Linken-Abgeordnete zeigten sich dagegen offen für ein Gasembargo.")
    assert ("Amira Mohamed Ali", F, "energy_embargo") not in facts, facts


OWN_PARTY = [
    ("SPD-Generalsekretär Kevin Kühnert sagte, die SPD lehne ein sofortiges Gasembargo ab.",
     {("Kevin Kühnert", A, "energy_embargo"), ("SPD", A, "energy_embargo")}),
    ("Parteichefin Janine Wissler widersprach. Sanktionen gegen Oligarchen seien richtig. "
     "Waffenlieferungen lehne die Linke aber weiterhin ab.",
     {("Janine Wissler", A, "arms_deliveries"), ("Linke", A, "arms_deliveries")}),
    ("Fraktionschefin Amira Mohamed Ali sagte im Bundestag, man verurteile den Angriff. "
     "Waffenlieferungen lehne ihre Fraktion aber ab.",
     {("Amira Mohamed Ali", A, "arms_deliveries"), ("Linke", A, "arms_deliveries")}),
]


@pytest.mark.parametrize("text, facts", OWN_PARTY, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_speakers_own_party(positions_of, text, facts):
    got = positions_of(text)
    assert facts <= set(got), got


def test_round7_other_party_in_reported_speech_is_not_holder(positions_of):
    facts = positions_of("SPD-Generalsekretär Kevin Kühnert sagte, die Union fordere ein sofortiges Gasembargo.")
    assert ("CDU/CSU", F, "energy_embargo") not in facts, facts


def test_round7_person_narrated_in_answer(positions_of):
    facts = positions_of("Röttgen: Robert Habeck warnt vor einem sofortigen Gasembargo, und ich nehme seine Sorgen ernst.")
    assert ("Robert Habeck", A, "energy_embargo") in facts, facts
    assert not any(h == "Norbert Röttgen" for h, _, _ in facts), facts


WHOLE_QUOTE = [
    ("Unionsfraktionschef Friedrich Merz sagte, die Entscheidung komme spät. "
     "\u201eDie Ukraine braucht schwere Waffen, und zwar nicht in einigen Monaten, sondern jetzt.\u201c",
     ("Friedrich Merz", F, "heavy_weapons")),
    ("Der Publizist Ralf Fücks sagte, der Brief sei naiv. "
     "\u201eDie Ukraine braucht Panzer und Artillerie, nicht gute Ratschläge.\u201c",
     ("Ralf Fücks", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", WHOLE_QUOTE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_whole_quote_after_reported_speaker(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    assert (fact[0], A, fact[2]) not in facts, facts


def test_round7_whole_quote_needs_speaker_in_sentence_before(positions_of):
    facts = positions_of("Unionsfraktionschef Friedrich Merz sagte, die Entscheidung komme spät.\n\n"
                         "\u201eDie Ukraine braucht schwere Waffen.\u201c")
    assert not any(h == "Friedrich Merz" for h, _, _ in facts), facts


def test_round7_spokesperson_reports_principal(positions_of):
    facts = positions_of("Ministerpräsident Petr Fiala unterstütze Sanktionen gegen Russland grundsätzlich, "
                         "sagte ein Regierungssprecher in Prag.")
    assert ("Petr Fiala", F, "sanctions") in facts, facts
    assert not any(h == "Tschechien" for h, _, _ in facts), facts


NAMED_COMPANY = [
    ("Der Rüstungskonzern Rheinmetall ist nach eigenen Angaben bereit, der Ukraine Schützenpanzer zu liefern.",
     ("Rheinmetall", F, "heavy_weapons")),
    ("Der Panzerhersteller Krauss-Maffei Wegmann bietet an, Leopard-Kampfpanzer an die Ukraine zu liefern.",
     ("Krauss-Maffei Wegmann", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", NAMED_COMPANY, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_company_named_after_its_kind(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round7_month_first_name_after_title(positions_of):
    facts = positions_of("In einem offenen Brief warnen Intellektuelle vor der Lieferung schwerer Waffen. Zu den "
                         "Unterzeichnern gehören die Publizistin Alice Schwarzer und die Schriftstellerin Juli Zeh.")
    assert ("Juli Zeh", A, "heavy_weapons") in facts, facts


def test_round7_month_is_no_name_after_time_noun(positions_of):
    facts = positions_of("Ende Juli Panzer zu liefern sei zu spät, sagte Friedrich Merz.")
    assert not any(h.startswith("Juli") for h, _, _ in facts), facts


def test_round7_speech_verb_in_second_place(positions_of):
    facts = positions_of("Zugleich verwies Kanzler Olaf Scholz darauf, dass Deutschland die Ukraine mit Geld "
                         "für Waffenkäufe unterstütze.")
    assert ("Olaf Scholz", F, "arms_deliveries") in facts, facts


def test_round7_pronoun_subject_before_speech_verb_is_kept(positions_of):
    facts = positions_of("Die FDP-Politikerin Marie-Agnes Strack-Zimmermann griff die Ministerin an. Sie warf der "
                         "Ministerin vor, Waffenlieferungen an die Ukraine durch Zögern zu verschleppen.")
    assert not any(h == "Christine Lambrecht" for h, _, _ in facts), facts


def test_round7_main_clause_after_aber_has_own_subject(positions_of):
    facts = positions_of("Grünen-Politikerin Lena Berger sagte: Aber unsere Partner liefern längst Panzerhaubitzen, "
                         "da kann Deutschland nicht länger abseitsstehen.")
    assert ("Deutschland", F, "heavy_weapons") not in facts, facts


def test_round7_relative_clause_actor_is_no_subject_of_main_clause(positions_of):
    facts = positions_of("Der Verkauf des Vereins, den Roman Abramowitsch vergangene Woche angekündigt hatte, "
                         "ist durch die Sanktionen vorerst blockiert.")
    assert not any(h == "Roman Abramowitsch" for h, _, _ in facts), facts


def test_round7_main_clause_subject_shared_after_comma(positions_of):
    facts = positions_of("Kanzler Olaf Scholz lehnte Lieferungen aus Beständen der Bundeswehr ab, "
                         "stellte Kiew aber Geld für Waffenkäufe in Aussicht.")
    assert ("Ukraine", F, "arms_deliveries") not in facts, facts


OPINION_OWNER = [
    ("Nach Ansicht von Grünen-Chef Omid Nouripour muss Deutschland schwere Waffen liefern.",
     ("Omid Nouripour", F, "heavy_weapons"), "Deutschland"),
    ("Aus Sicht der Union ist ein Gasembargo längst überfällig.", ("CDU/CSU", F, "energy_embargo"), None),
    ("Nach Einschätzung von Grünen-Chef Omid Nouripour wäre ein Gasembargo verkraftbar.",
     ("Omid Nouripour", F, "energy_embargo"), None),
    ("Die Ukraine braucht nach Ansicht der Grünen dringend schwere Waffen.", ("Grüne", F, "heavy_weapons"), "Ukraine"),
]


@pytest.mark.parametrize("text, fact, not_holder", OPINION_OWNER, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_opinion_owner_holds(positions_of, text, fact, not_holder):
    facts = positions_of(text)
    assert fact in facts, facts
    assert not_holder is None or not any(h == not_holder for h, _, _ in facts), facts


def test_round7_report_source_is_no_opinion(positions_of):
    # "nach Einschätzung westlicher Geheimdienste": an assessment of facts, no stance of the service
    facts = positions_of("Nach Einschätzung westlicher Geheimdienste zieht Russland Truppen im Donbass zusammen.")
    assert not facts, facts


REPORTED_AGAIN_PERFECT = [
    ("Die Schweiz übernimmt die Sanktionen der EU gegen Russland. Das hatte Bundespräsident Ignazio Cassis "
     "am Montag in Bern angekündigt.", ("Ignazio Cassis", F, "sanctions")),
    ("Österreich lehnt eine Beteiligung an einer Friedensmission in der Ukraine ab. Dies hat Bundeskanzler "
     "Karl Nehammer am Donnerstag deutlich gemacht.", ("Karl Nehammer", A, "peace_mission")),
]


@pytest.mark.parametrize("text, fact", REPORTED_AGAIN_PERFECT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_reported_again_in_the_perfect(positions_of, text, fact):
    assert fact in positions_of(text)


SENTENCE_ANTECEDENT = [
    ("Kiesewetter: Die Ukraine braucht jetzt das, was sie seit Wochen verlangt: Panzer und Artillerie.",
     ("Ukraine", F, "heavy_weapons")),
    ("Die Bundesregierung lehnt ein Gasembargo ab, weil sie den Verlust von Arbeitsplätzen fürchtet.",
     ("Deutschland", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", SENTENCE_ANTECEDENT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_sie_takes_feminine_subject_of_its_sentence(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round7_sie_without_antecedent_in_sentence_takes_last_person(positions_of):
    facts = positions_of("Außenministerin Annalena Baerbock reiste nach Kiew. Dort sagte sie, Deutschland werde "
                         "weitere Panzerhaubitzen liefern, weil sie das für richtig halte.")
    assert ("Annalena Baerbock", F, "heavy_weapons") in facts, facts


QUOTED_PASSIVE = [
    ("Kanzler Olaf Scholz wurde mit den Worten zitiert, Deutschland werde keine Kampfpanzer liefern.",
     ("Olaf Scholz", A, "heavy_weapons")),
    ("CDU-Chef Friedrich Merz wird in der Bild zitiert, die Regierung müsse endlich Panzer liefern.",
     ("Friedrich Merz", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", QUOTED_PASSIVE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_passive_zitiert_keeps_speaker(positions_of, text, fact):
    assert fact in positions_of(text)


PAIRED_AND_COMPARED = [
    ("Sowohl Frankreich als auch Italien unterstützen ein Ölembargo.",
     {("Frankreich", F, "energy_embargo"), ("Italien", F, "energy_embargo")}),
    ("Weder die SPD noch die Grünen wollen ein sofortiges Gasembargo.",
     {("SPD", A, "energy_embargo"), ("Grüne", A, "energy_embargo")}),
    ("Wie Kanzler Scholz lehnt auch Präsident Macron eine Flugverbotszone ab.",
     {("Emmanuel Macron", A, "no_fly_zone"), ("Olaf Scholz", A, "no_fly_zone")}),
    ("Ähnlich wie Polen fordert auch Litauen ein Embargo für russisches Gas.",
     {("Litauen", F, "energy_embargo"), ("Polen", F, "energy_embargo")}),
]


@pytest.mark.parametrize("text, facts", PAIRED_AND_COMPARED, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_paired_and_compared_holders(positions_of, text, facts):
    got = positions_of(text)
    assert facts <= set(got), got


def test_round7_contrast_is_no_shared_stance(positions_of):
    facts = positions_of("Anders als Kanzler Scholz fordert Friedrich Merz ein sofortiges Gasembargo.")
    assert ("Friedrich Merz", F, "energy_embargo") in facts, facts
    assert ("Olaf Scholz", F, "energy_embargo") not in facts, facts
