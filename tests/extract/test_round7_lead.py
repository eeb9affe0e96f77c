"""Recall round 7, lead (decision 008, "Round 7: lead"): stance nouns voiced without an object refer
to the current topic ("äußerte Zweifel", "bekräftigte ihre Ablehnung"); "das"/"dies" as the object
of an announcement refers to the sentence before; "der Ausschluss" refers back; NATO presence that
is strengthened is the eastern flank; troop patterns do not run across a finite verb; an evaluation
paragraphs later in an article about one proposal."""

from __future__ import annotations

import pytest

from kg.article import parse_article

F, A = "for", "against"

VOICED_STANCE_NOUN = [
    ("Die Evangelische Kirche lehnt Waffenlieferungen an die Ukraine ab. "
     "Die frühere EKD-Ratsvorsitzende Margot Käßmann bekräftigte ihre Ablehnung.",
     ("Margot Käßmann", A, "arms_deliveries")),
    ("Polen schlug auf dem Gipfel eine Friedensmission der NATO vor. "
     "Auch die niederländische Verteidigungsministerin Kajsa Ollongren äußerte Zweifel.",
     ("Kajsa Ollongren", A, "peace_mission")),
    ("Die Grünen verlangen ein sofortiges Gasembargo. Finanzminister Christian Lindner meldete Bedenken an.",
     ("Christian Lindner", A, "energy_embargo")),
    ("Estland fordert mehr NATO-Truppen an der Ostflanke. Der litauische Präsident Gitanas Nausėda "
     "signalisierte Zustimmung.", ("Gitanas Nauseda", F, "eastern_flank_troops")),
]


@pytest.mark.parametrize("text, fact", VOICED_STANCE_NOUN, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_voiced_stance_noun_refers_to_topic(positions_of, text, fact):
    assert fact in positions_of(text)


NOT_ABOUT_THE_TOPIC = [
    # the noun has an object of its own: it is not about the proposal discussed before
    "Polen schlug eine Friedensmission vor. Ollongren äußerte Zweifel an der Wirksamkeit der Gespräche.",
    "Die Grünen verlangen ein Gasembargo. Lindner äußerte Bedenken gegen eine Lockerung der Schuldenbremse.",
    # a stance noun without a voicing verb or possessive: no stance of the subject
    "Polen schlug eine Friedensmission vor. Die Zweifel in der Bevölkerung wachsen.",
]


@pytest.mark.parametrize("text", NOT_ABOUT_THE_TOPIC, ids=lambda x: x[:40])
def test_round7_stance_noun_with_own_object_is_not_the_topic(positions_of, text):
    facts = positions_of(text)
    assert not any(h in ("Kajsa Ollongren", "Christian Lindner") for h, _, _ in facts), facts
    assert not any(p == A for _, p, _ in facts), facts


ANNOUNCED_THAT = [
    ("Die NATO hat erstmals Teile ihrer Eingreiftruppe zur Verstärkung der Ostflanke aktiviert. "
     "Generalsekretär Jens Stoltenberg hatte dies bereits am Freitag angekündigt.",
     ("Jens Stoltenberg", F, "eastern_flank_troops")),
    ("Die EU verbietet die Einfuhr russischer Kohle von August an. "
     "Das kündigte Kommissionspräsidentin Ursula von der Leyen am Nachmittag an.",
     ("Ursula von der Leyen", F, "energy_embargo")),
    ("Die Bundeswehr schickt weitere Soldaten nach Litauen, um die Ostflanke zu stärken. "
     "Das hat das Kabinett am Mittwoch beschlossen.", None),
]


@pytest.mark.parametrize("text, fact", ANNOUNCED_THAT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_demonstrative_object_of_an_announcement(positions_of, text, fact):
    facts = positions_of(text)
    if fact is None:  # an unnamed cabinet is no holder, but the sentence must not invent one
        assert all(h not in ("Litauen",) for h, _, _ in facts), facts
    else:
        assert fact in facts


def test_round7_demonstrative_after_a_question_is_no_announcement(positions_of):
    facts = positions_of("Kommt das Gasembargo? Das hatte niemand angekündigt.")
    assert not facts, facts


def test_round7_exclusion_refers_back(positions_of):
    facts = positions_of("Die EU berät über den Ausschluss russischer Banken aus Swift. "
                         "Auch die baltischen Staaten drangen auf den Ausschluss.")
    assert {("Estland", F, "sanctions"), ("Lettland", F, "sanctions"), ("Litauen", F, "sanctions")} <= set(facts)


PRESENCE = [
    ("Die baltischen Staaten fordern seit Wochen, die Präsenz der NATO in der Region auszubauen.",
     {("Estland", F, "eastern_flank_troops"), ("Litauen", F, "eastern_flank_troops")}),
    ("Polen verlangt, die Truppenpräsenz des Bündnisses deutlich zu verstärken.", {("Polen", F, "eastern_flank_troops")}),
    ("Die NATO will ihre Präsenz im Bündnisgebiet verstärken.", {("NATO", F, "eastern_flank_troops")}),
]


@pytest.mark.parametrize("text, facts", PRESENCE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_strengthened_presence_is_the_eastern_flank(positions_of, text, facts):
    assert facts <= set(positions_of(text))


def test_round7_presence_in_ukraine_is_not_the_flank(positions_of):
    facts = positions_of("Polen fordert, die Präsenz der NATO in der Ukraine zu verstärken.")
    assert not any(k == "eastern_flank_troops" for _, _, k in facts), facts


def test_round7_troop_pattern_stops_at_a_finite_verb(extractor):
    # "baltischen Staaten fordern …, die Präsenz": the country words are the subject, not the troops' place
    text = "Die baltischen Staaten fordern seit Wochen, die Präsenz der NATO in der Region auszubauen."
    ctx = extractor.analyse(parse_article(f" date 2022-03 {text}".encode(), "test.txt"))
    spans = [ctx.doc[p.start:p.end].text for p in ctx.proposals_in(0, len(ctx.doc))]
    assert spans and all("fordern" not in s for s in spans), spans


def test_round7_evaluation_paragraphs_later_in_a_one_proposal_article(positions_of):
    text = ("Die Debatte über ein Gasembargo spaltet die Wirtschaft. Ein Embargo würde Zehntausende Jobs kosten, "
            "heißt es beim BDI. Die Grünen fordern einen sofortigen Importstopp.\n\n"
            "Die Chemieindustrie verweist auf ihre Abhängigkeit von Erdgas.\n\n"
            "Der Handel warnt vor steigenden Preisen.\n\n"
            "Skeptisch äußerte sich auch der Deutsche Gewerkschaftsbund.")
    assert ("DGB", A, "energy_embargo") in positions_of(text)


def test_round7_evaluation_later_in_a_mixed_article_stays_unresolved(positions_of):
    text = ("Die EU beschließt neue Sanktionen. Polen fordert eine Friedensmission. Die USA liefern Stinger-Raketen.\n\n"
            "Die Chemieindustrie verweist auf ihre Abhängigkeit von Erdgas.\n\n"
            "Der Handel warnt vor steigenden Preisen.\n\n"
            "Skeptisch äußerte sich auch der Deutsche Gewerkschaftsbund.")
    assert not any(h == "DGB" for h, _, _ in positions_of(text))


IMPORT_BANS = [
    ("Die EU verbietet von August an die Einfuhr russischer Kohle.", ("EU", F, "energy_embargo")),
    ("Litauen will die Einfuhr russischen Gases vollständig stoppen.", ("Litauen", F, "energy_embargo")),
    ("Ungarn lehnt es ab, die Importe russischen Öls zu beenden.", ("Ungarn", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", IMPORT_BANS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_banned_imports_of_russian_energy(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round7_imports_as_a_fact_are_no_embargo(positions_of):
    assert not positions_of("Die Einfuhr russischer Kohle ist im März um zehn Prozent gestiegen, teilte das Amt mit.")


def test_round7_baltic_states_speaking_are_the_three_countries(positions_of):
    facts = positions_of("Die baltischen Staaten fordern seit Wochen, mehr Soldaten an die Ostflanke zu verlegen.")
    assert {("Estland", F, "eastern_flank_troops"), ("Lettland", F, "eastern_flank_troops"),
            ("Litauen", F, "eastern_flank_troops")} <= facts


def test_round7_byline_surname_misread_as_a_verb(extract):
    # HanTa reads "Wendt" as the imperative of "wenden": after a known first name it is a surname
    text = ("Gastbeitrag: Ein Gasembargo wäre ein Fehler\n\nVon Carola Wendt\n\n"
            "Die Bundesregierung sollte ein sofortiges Gasembargo nicht beschließen.")
    facts = {(p.holder, p.polarity, p.proposal) for p in extract(text).positions}
    assert ("Carola Wendt", A, "energy_embargo") in facts


def test_round7_capitalised_verb_at_sentence_start_is_no_surname(extract):
    named = extract("Gespräch mit Christian Wendt. Die Regierung ist gegen Sanktionen.")
    assert [a.label for a in named.actors if a.type == "Person"] == ["Christian Wendt"]
    ex = extract("Gespräch mit Christian. Wendet sich die Regierung gegen Sanktionen?")
    assert not any(a.label.startswith("Christian") for a in ex.actors), ex.actors


EDITORIALS = [
    ("Die Kampfjet-Posse\n\nLeitartikel der Frankfurter Allgemeinen Zeitung\n\n"
     "Polen bietet seine MiG-29 an. Die Kampfjets sollten so schnell wie möglich in die Ukraine gebracht werden.",
     ("FAZ", F, "fighter_jets")),
    ("Zu spät, zu zögerlich\n\nKommentar der taz\n\n"
     "Die Regierung debattiert. Deutschland muss jetzt schwere Waffen liefern.",
     ("taz", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", EDITORIALS, ids=lambda x: x[:30] if isinstance(x, str) else "")
def test_round7_outlet_editorial_is_the_outlets_opinion(extract, text, fact):
    assert fact in {(p.holder, p.polarity, p.proposal) for p in extract(text).positions}


def test_round7_outlet_in_a_report_is_no_author(extract):
    text = ("Streit um Kampfjets\n\nBericht der Frankfurter Allgemeinen Zeitung zufolge\n\n"
            "Die Kampfjets sollten so schnell wie möglich in die Ukraine gebracht werden.")
    assert not any(p.holder == "FAZ" for p in extract(text).positions)


CONTRASTED_NEGATION = [
    ("Der ukrainische Botschafter Andrij Melnyk zeigte sich enttäuscht: Die Ukraine brauche schwere Waffen "
     "«jetzt und nicht in Monaten».", ("Andrij Melnyk", F, "heavy_weapons")),
    ("Die Ukraine brauche Kampfjets sofort und nicht irgendwann, sagte Selenskyj.", ("Wolodymyr Selenskyj", F, "fighter_jets")),
    # the negation of the verb itself still counts
    ("Scholz sagte, Deutschland werde die Panzer jetzt und auch künftig nicht liefern.", ("Olaf Scholz", A, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", CONTRASTED_NEGATION, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_negation_of_a_contrasted_adverbial(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts
    assert (fact[0], A if fact[1] == F else F, fact[2]) not in facts


AGENCY_QUOTES = [
    # dpa's feed and Swiss papers write «…», German print »…«: both open where a space precedes them
    ("Selenskyj hat vor dem Bundestag gesprochen. Die Bundesregierung zögere bei den Sanktionen. «Lieber Herr "
     "Bundeskanzler Scholz, zerstören Sie diese Mauer», sagte er. Selenskyj bat zudem erneut um die Schließung "
     "des Luftraums über der Ukraine.", ("Wolodymyr Selenskyj", F, "no_fly_zone")),
    ("Die Ministerin äußerte sich am Abend. »Wir werden keine Kampfpanzer liefern«, sagte Lambrecht. "
     "Baerbock forderte dagegen ein Gasembargo.", ("Annalena Baerbock", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", AGENCY_QUOTES, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_quotation_marks_of_either_style_close_the_quote(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts
    assert not any(h == "Olaf Scholz" for h, _, _ in facts), facts


def test_round7_opening_guillemet_after_a_full_stop_starts_the_next_sentence(extractor):
    text = "Er zögere bei den Sanktionen. «Lieber Herr Scholz, zerstören Sie diese Mauer», sagte er. Dann ging er."
    ctx = extractor.analyse(parse_article(f" date 2022-03 {text}".encode(), "test.txt"))
    sents = [s.text.strip() for s in ctx.sents]
    assert sents[1].startswith("«Lieber"), sents
    assert ctx.quote_open_at_end == [False, False, False]


def test_round7_interviewer_label_is_no_speaker(positions_of):
    text = ("Interview: „Wir brauchen das Gas“\n\n"
            "Der Chef der IG BCE, Michael Vassiliadis, über Sanktionen und Gas.\n\n"
            "Handelsblatt: Herr Vassiliadis, unterstützen Sie die Sanktionen?\n\n"
            "Vassiliadis: Ja, die Sanktionen sind richtig.\n\n"
            "Handelsblatt: Die Gewerkschaften lehnen aber ein Gasembargo ab?\n\n"
            "Vassiliadis: Ein Embargo würde Hunderttausende Arbeitsplätze gefährden.")
    facts = positions_of(text)
    assert not any(h == "Handelsblatt" for h, _, _ in facts), facts


def test_round7_next_main_clause_with_its_own_predicate(positions_of):
    facts = positions_of("Der Handwerksverband ZDH forderte gezielte Entlastungen für energieintensive Betriebe, "
                         "äußerte sich zur Frage eines Embargos aber nicht.")
    assert not any(k == "energy_embargo" for _, _, k in facts), facts
    # without an object of its own the demand reaches into the clause after it
    assert ("Polen", F, "sanctions") in positions_of("Polen forderte am Montag, die Sanktionen gegen Russland zu verschärfen.")


ASSOCIATIONS = [
    ("Der Handelsverband Deutschland (HDE) hat vor den Folgen eines Gasembargos für Einzelhändler gewarnt.", ("HDE", A, "energy_embargo")),
    ("Auch das Münchner Ifo-Institut warnte vor einem sofortigen Gasembargo.", ("Ifo-Institut", A, "energy_embargo")),
    ("Die Deutsche Bischofskonferenz hält Waffenlieferungen an die Ukraine für ethisch vertretbar.",
     ("Deutsche Bischofskonferenz", F, "arms_deliveries")),
]


@pytest.mark.parametrize("text, fact", ASSOCIATIONS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_associations_with_a_country_in_their_name(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts
    assert not any(h == "Deutschland" for h, _, _ in facts), facts


RELATIVE_CLAUSE_SUBJECT = [
    ("Polen, das an die Ukraine grenzt, fordert eine Friedensmission der NATO.", ("Polen", F, "peace_mission")),
    ("Verteidigungsministerin Christine Lambrecht, die lange gezögert hatte, kündigte die Lieferung von "
     "Gepard-Panzern an.", ("Christine Lambrecht", F, "heavy_weapons")),
    ("Der ukrainische Präsident Wolodymyr Selenskyj, der per Video zugeschaltet war, bat die NATO um Kampfflugzeuge.",
     ("Wolodymyr Selenskyj", F, "fighter_jets")),
]


@pytest.mark.parametrize("text, fact", RELATIVE_CLAUSE_SUBJECT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_subject_before_a_relative_clause(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts
    assert not any(h == "NATO" for h, _, _ in facts), facts


TRAILING_ATTRIBUTION_KEPT = [
    ("Ein Gasembargo wäre verheerend für die Industrie, sagte Wirtschaftsexperte Jens Südekum.", ("Jens Südekum", A, "energy_embargo")),
    ("Es gebe viele Gründe, die gegen eine Flugverbotszone sprächen, sagte Bundeskanzler Olaf Scholz.",
     ("Olaf Scholz", A, "no_fly_zone")),
    ("Man werde sich an keiner Mission in der Ukraine beteiligen, sagte eine Sprecherin des Auswärtigen Amts.",
     ("Deutschland", A, "peace_mission")),
]


@pytest.mark.parametrize("text, fact", TRAILING_ATTRIBUTION_KEPT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_trailing_attribution_still_names_the_speaker(positions_of, text, fact):
    assert fact in positions_of(text)


PARTICIPATION = [
    ("Frankreich beteiligt sich an den Sanktionen gegen Russland.", ("Frankreich", F, "sanctions")),
    ("Deutschland werde sich an keiner Mission in der Ukraine beteiligen, sagte Bundeskanzler Olaf Scholz.",
     ("Olaf Scholz", A, "peace_mission")),
    ("Vieles spricht gegen ein sofortiges Gasembargo, sagte Wirtschaftsminister Robert Habeck.",
     ("Robert Habeck", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", PARTICIPATION, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_participation_and_arguments_against(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round7_participation_in_something_else_is_no_stance(positions_of):
    assert not positions_of("Die Bundeswehr beteiligt sich an einem Manöver in Norwegen.")
    assert not positions_of("Scholz sprach mit Biden über Sanktionen gegen Russland.")


ORGANISATION_REFERENCE = [
    ("Der Verband der Chemischen Industrie (VCI) warnt vor Produktionsausfällen. Der Verband lehnt ein Embargo deshalb ab.",
     ("VCI", A, "energy_embargo")),
    ("Rheinmetall könnte ältere Leopard-Panzer instand setzen. Der Konzern fordert eine schnelle Entscheidung über "
     "die Lieferung von Panzern.", ("Rheinmetall", F, "heavy_weapons")),
    ("Der Deutsche Gewerkschaftsbund hat am Montag getagt. Die Gewerkschaft warnte vor einem Gasembargo.",
     ("DGB", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", ORGANISATION_REFERENCE, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_definite_organisation_noun_refers_back(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round7_organisation_noun_without_an_organisation_before(positions_of):
    # nothing named before: no holder is invented
    assert not positions_of("Der Verband lehnt ein Gasembargo ab.")


def test_round7_dative_recipient_is_no_holder(positions_of):
    facts = positions_of("Rheinmetall will der Ukraine Leopard-Panzer liefern.")
    assert ("Rheinmetall", F, "heavy_weapons") in facts
    assert not any(h == "Ukraine" for h, _, _ in facts), facts


JUXTAPOSED = [
    ("Kreml warnt Westen vor weiteren Waffenlieferungen – Gazprom stoppt Lieferungen an Polen und Bulgarien",
     {("Kreml", A, "arms_deliveries")}, "Gazprom"),
    ("Scholz fordert ein Gasembargo – Lindner lehnt ab", {("Olaf Scholz", F, "energy_embargo"),
                                                         ("Christian Lindner", A, "energy_embargo")}, None),
    ("Polen bietet Kampfjets an – Washington lehnt das ab", {("USA", A, "fighter_jets")}, None),
]


@pytest.mark.parametrize("text, facts, absent", JUXTAPOSED, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_two_items_joined_by_a_dash(positions_of, text, facts, absent):
    found = positions_of(text)
    assert facts <= found
    assert not any(h == absent for h, _, _ in found), found
    # weapons named in the other item are not brought to the eastern flank
    assert not any(k == "eastern_flank_troops" for _, _, k in found), found


OWN_PARTY = [
    ("Linken-Fraktionschefin Amira Mohamed Ali kritisierte den Kurs. Waffenlieferungen lehne ihre Fraktion aber "
     "weiterhin ab.", {("Amira Mohamed Ali", A, "arms_deliveries"), ("Linke", A, "arms_deliveries")}),
    ("Die Linke reagierte gespalten. Fraktionschef Dietmar Bartsch sagte, die Sanktionen gegen Russland unterstütze "
     "seine Fraktion.", {("Dietmar Bartsch", F, "sanctions"), ("Linke", F, "sanctions")}),
    ("CDU-Chef Friedrich Merz sprach im Bundestag. Er sagte, seine Partei fordere die Lieferung schwerer Waffen.",
     {("Friedrich Merz", F, "heavy_weapons"), ("CDU/CSU", F, "heavy_weapons")}),
]


@pytest.mark.parametrize("text, facts", OWN_PARTY, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_the_speakers_own_party(positions_of, text, facts):
    assert facts <= positions_of(text)


def test_round7_own_party_unknown_gives_no_party(positions_of):
    facts = positions_of("Der Abgeordnete sprach im Bundestag. Seine Partei fordere die Lieferung schwerer Waffen.")
    assert not any(h in ("SPD", "Grüne", "FDP", "CDU/CSU", "Linke", "AfD") for h, _, _ in facts), facts


def test_round7_spokesperson_named_by_a_pronoun_speaks_for_the_government(positions_of):
    facts = positions_of("Regierungssprecher Steffen Hebestreit äußerte sich am Montag. Die Bundesregierung halte einen "
                         "Importstopp derzeit nicht für verantwortbar, sagte er.")
    assert {("Steffen Hebestreit", A, "energy_embargo"), ("Deutschland", A, "energy_embargo")} <= facts


def test_round7_a_ministers_own_country_stays_with_the_minister(positions_of):
    facts = positions_of("Bundeskanzler Olaf Scholz sprach in Berlin. Deutschland werde keine Kampfpanzer liefern, sagte er.")
    assert ("Olaf Scholz", A, "heavy_weapons") in facts
    assert not any(h == "Deutschland" for h, _, _ in facts), facts


SEIZED_ASSETS = [
    ("Italien beschlagnahmte unter anderem Jachten und Villen russischer Oligarchen.", ("Italien", F, "sanctions")),
    ("Frankreich hat im Hafen von La Ciotat die Jacht eines Oligarchen festgesetzt.", ("Frankreich", F, "sanctions")),
    ("Die USA frieren die Devisenreserven der russischen Zentralbank ein.", ("USA", F, "sanctions")),
]


@pytest.mark.parametrize("text, fact", SEIZED_ASSETS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_seized_and_frozen_assets_are_sanctions(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round7_retaliation_against_foreign_assets_is_no_sanction(positions_of):
    assert not positions_of("Medwedew deutete an, Moskau könne im Gegenzug ausländische Vermögenswerte beschlagnahmen.")
    assert not positions_of("Die Jacht liegt seit Wochen im Hamburger Hafen.")


FOREIGN_SPOKESPERSON = [
    ("Paris (AFP) - Frankreich dringt auf ein Ölembargo. Regierungssprecher Gabriel Attal betonte, die Regierung "
     "werde sich im Rahmen der EU für ein Ölembargo einsetzen.", "Frankreich"),
    ("Paris im Wahlkampf\n\nAus Paris berichtet Claire Lindemann\n\nRegierungssprecher Gabriel Attal betonte, die "
     "Regierung werde sich für ein Ölembargo einsetzen.", "Frankreich"),
    # the gazetteer knows Hebestreit speaks for Germany, whatever the dateline
    ("Warschau (dpa) - Polen drängt auf ein Embargo. Regierungssprecher Steffen Hebestreit sagte in Berlin, die "
     "Bundesregierung halte ein Gasembargo für nicht verantwortbar.", "Deutschland"),
]


@pytest.mark.parametrize("text, country", FOREIGN_SPOKESPERSON, ids=lambda x: x[:30] if isinstance(x, str) else "")
def test_round7_government_spokesperson_of_the_datelined_country(positions_of, text, country):
    facts = positions_of(text)
    assert any(h == country and k == "energy_embargo" for h, _, k in facts), facts
    other = {"Frankreich", "Deutschland"} - {country}
    assert not any(h in other and k == "energy_embargo" for h, _, k in facts), facts


YES_NO_QUESTIONS = [
    "Liefert Deutschland bald Kampfpanzer an die Ukraine?",
    "Lehnt die Bundesregierung ein Gasembargo weiterhin ab?",
]


@pytest.mark.parametrize("text", YES_NO_QUESTIONS, ids=lambda x: x[:30])
def test_round7_yes_no_question_states_no_stance(positions_of, text):
    assert not positions_of(text)


def test_round7_why_question_presupposes_the_stance(positions_of):
    assert ("Olaf Scholz", A, "heavy_weapons") in positions_of("Warum lehnt Scholz die Lieferung von Kampfpanzern ab?")


SANCTION_AND_FLANK_WORDS = [
    ("Die EU beschloss Exportkontrollen für Hochtechnologie gegen Russland.", ("EU", F, "sanctions")),
    ("Großbritannien verhängte Einreiseverbote gegen russische Oligarchen.", ("Großbritannien", F, "sanctions")),
    ("Die USA setzten weitere russische Banken auf die schwarze Liste.", ("USA", F, "sanctions")),
    ("Kanada schließt seine Häfen für russische Schiffe.", ("Kanada", F, "sanctions")),
    ("Die EU will russische Banken vom Zahlungssystem Swift abklemmen.", ("EU", F, "sanctions")),
    ("Frankreich fordert härtere Strafen gegen Moskau.", ("Frankreich", F, "sanctions")),
    ("Deutschland schickt zusätzliche Eurofighter nach Rumänien.", ("Deutschland", F, "eastern_flank_troops")),
    ("Polen wünscht sich eine permanente US-Basis.", ("Polen", F, "eastern_flank_troops")),
    ("Die Niederlande schicken Panzerabwehrwaffen in die Ukraine.", ("Niederlande", F, "arms_deliveries")),
]


@pytest.mark.parametrize("text, fact", SANCTION_AND_FLANK_WORDS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_more_words_for_sanctions_and_the_flank(positions_of, text, fact):
    assert fact in positions_of(text)


NOT_SANCTIONS = [
    "Die Bundeswehr beteiligt sich an Maßnahmen gegen Cyberangriffe.",
    "Wir wünschen der Ukraine viel Kraft.",
    "Die schicken Panzer von Rheinmetall stehen in Unterlüß.",
]


@pytest.mark.parametrize("text", NOT_SANCTIONS, ids=lambda x: x[:40])
def test_round7_look_alikes_are_no_stance(positions_of, text):
    assert not positions_of(text)


OWNER_OF_THE_VIEW = [
    ("Ein Nato-Einsatz in der Ukraine kommt für Berlin nicht infrage.", ("Deutschland", A, "peace_mission")),
    ("Ein Gasembargo ist für Österreich undenkbar.", ("Österreich", A, "energy_embargo")),
    ("Kampfjets sind für Washington keine Option.", ("USA", A, "fighter_jets")),
]


@pytest.mark.parametrize("text, fact", OWNER_OF_THE_VIEW, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_fuer_x_owns_the_view(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round7_fuer_x_affected_or_spoken_about_is_no_holder(positions_of):
    facts = positions_of("Ein Gasembargo wäre für die Industrie nicht verkraftbar, sagte BDI-Präsident Siegfried Russwurm.")
    assert ("Siegfried Russwurm", A, "energy_embargo") in facts
    facts = positions_of("Ein Nato-Einsatz in der Ukraine komme für Deutschland nicht infrage, sagte Lambrecht.")
    assert ("Christine Lambrecht", A, "peace_mission") in facts and not any(h == "Deutschland" for h, _, _ in facts)


MORE_ACTIONS = [
    ("Litauen verzichtet als erstes EU-Land komplett auf russisches Gas.", ("Litauen", F, "energy_embargo")),
    ("Deutschland will vorerst nicht auf russisches Gas verzichten.", ("Deutschland", A, "energy_embargo")),
    ("Polen ist bereit, seine MiG-Jets an die USA zu übergeben.", ("Polen", F, "fighter_jets")),
    ("Die Nato stellt vier neue Gefechtsverbände in Osteuropa auf.", ("NATO", F, "eastern_flank_troops")),
]


@pytest.mark.parametrize("text, fact", MORE_ACTIONS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_renouncing_offering_and_setting_up(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round7_demonstrative_in_a_prepositional_phrase_judges_nothing(positions_of):
    text = ("Regierungssprecher Zoltán Kovács sagte, ein Ölembargo sei für Ungarn nicht tragbar. "
            "Ungarn werde dem Vorschlag «in dieser Form» nicht zustimmen.")
    facts = positions_of(text)
    assert ("Ungarn", A, "energy_embargo") in facts and ("Ungarn", F, "energy_embargo") not in facts, facts


def test_round7_unknown_spokesperson_speaking_of_a_foreign_capital(positions_of):
    facts = positions_of("Regierungssprecher Zoltán Kovács erklärte, Budapest lehne ein Ölembargo ab.")
    assert ("Ungarn", A, "energy_embargo") in facts and not any(h == "Deutschland" for h, _, _ in facts), facts
    facts = positions_of("Regierungssprecherin Maria Muster sagte, die Bundesregierung lehne ein Gasembargo ab.")
    assert ("Deutschland", A, "energy_embargo") in facts


def test_round7_a_country_as_sender_is_no_flank_destination(positions_of):
    facts = positions_of("Polen werde keine Soldaten im Alleingang in die Ukraine schicken, sagte Duda.")
    assert not any(k == "eastern_flank_troops" for _, _, k in facts), facts
    assert ("NATO", F, "eastern_flank_troops") in positions_of("Die Nato will in Polen mehr Soldaten stationieren.")


AGENDA = [
    "Die Außenminister der Nato-Staaten treffen sich am Mittwoch in Brüssel; dort soll es auch um weitere Waffenlieferungen gehen.",
    "Beim EU-Gipfel wird es vor allem um ein Ölembargo gehen.",
]


@pytest.mark.parametrize("text", AGENDA, ids=lambda x: x[:40])
def test_round7_a_topic_on_the_agenda_is_no_stance(positions_of, text):
    assert not positions_of(text)


def test_round7_an_explicit_demand_about_what_it_must_be_about(positions_of):
    assert ("Anton Hofreiter", F, "heavy_weapons") in positions_of("Es müsse jetzt um schwere Waffen gehen, forderte Hofreiter.")


def test_round7_the_pope(positions_of):
    assert ("Papst Franziskus", A, "arms_deliveries") in positions_of("Der Papst rief zu einem Ende der Waffenlieferungen auf.")


EVALUATIONS = [
    ("Ein Embargo auf Gas, Öl und Kohle ist das Mindeste, sagte Melnyk.", ("Andrij Melnyk", F, "energy_embargo")),
    ("Die Lieferung von Kampfpanzern wäre ein Tabubruch, sagte Mützenich.", ("Rolf Mützenich", A, "heavy_weapons")),
    ("Ein sofortiges Gasembargo wäre Wahnsinn, sagte Söder.", ("Markus Söder", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", EVALUATIONS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round7_evaluative_nouns(positions_of, text, fact):
    assert fact in positions_of(text)
