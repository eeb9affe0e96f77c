"""Round 9, lead (decision 008, "Round 9: lead"): headlines and teasers as news sites write them.

A typed dash (" - ", " -- ") separates headline items like "–" does; a verbless item "X für/gegen P"
holds its stance also when another item of the same line has a verb; the subject of a verb after
a comma is the name right before it, not the actor of a verbless item before the comma."""

from __future__ import annotations

import pytest

F, A = "for", "against"

HEADLINE_ITEMS = [
    ("Polen wirbt für NATO-Friedensmission - Berlin winkt ab",
     {("Polen", F, "peace_mission"), ("Deutschland", A, "peace_mission")}),
    ("Selenskyj fordert Kampfjets -- Washington bremst",
     {("Wolodymyr Selenskyj", F, "fighter_jets"), ("USA", A, "fighter_jets")}),
    ("Baerbock für schwere Waffen, Scholz zögert",
     {("Annalena Baerbock", F, "heavy_weapons"), ("Olaf Scholz", A, "heavy_weapons")}),
    ("Baerbock für schwere Waffen - Scholz zögert",
     {("Annalena Baerbock", F, "heavy_weapons"), ("Olaf Scholz", A, "heavy_weapons")}),
    ("Habeck gegen sofortiges Gasembargo, Lindner zögert noch",
     {("Robert Habeck", A, "energy_embargo"), ("Christian Lindner", A, "energy_embargo")}),
    ("Litauen für Ölembargo, Ungarn lehnt ab",
     {("Litauen", F, "energy_embargo"), ("Ungarn", A, "energy_embargo")}),
    ("Estland gegen Lockerung der Sanktionen - Orbán fordert Ausnahmen",
     {("Estland", F, "sanctions")}),
]


@pytest.mark.parametrize("text, facts", HEADLINE_ITEMS, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round9_headline_items_each_hold_their_stance(positions_of, text, facts):
    assert facts <= positions_of(text)


WRONG_HOLDER = [
    # the actor of the verbless item does not take the verb's stance, and vice versa
    ("Baerbock für schwere Waffen, Scholz zögert", ("Annalena Baerbock", A, "heavy_weapons")),
    ("Baerbock für schwere Waffen, Scholz zögert", ("Olaf Scholz", F, "heavy_weapons")),
    ("Grüne für Gasembargo - SPD zögert", ("Grüne", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", WRONG_HOLDER, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round9_headline_items_do_not_swap_holders(positions_of, text, fact):
    assert fact not in positions_of(text)


ENUMERATIONS_STAY_WHOLE = [
    ("Frankreich, Italien, Spanien zögern bei schweren Waffen",
     {("Frankreich", A, "heavy_weapons"), ("Italien", A, "heavy_weapons"), ("Spanien", A, "heavy_weapons")}),
    ("Polen, Litauen und Lettland fordern ein Gasembargo",
     {("Polen", F, "energy_embargo"), ("Litauen", F, "energy_embargo"), ("Lettland", F, "energy_embargo")}),
    ("Die Grünen, die FDP und die Union fordern die Lieferung schwerer Waffen.",
     {("Grüne", F, "heavy_weapons"), ("FDP", F, "heavy_weapons"), ("CDU/CSU", F, "heavy_weapons")}),
]


@pytest.mark.parametrize("text, facts", ENUMERATIONS_STAY_WHOLE, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round9_enumerated_subjects_all_hold(positions_of, text, facts):
    assert facts <= positions_of(text)


NO_STANCE_FROM_A_PIECE_WITH_A_VERB = [
    # "für"/"gegen" after a name in a clause with a finite verb is no verbless headline item
    "Die Mehrheit für Scholz gegen die Union kam zustande.",
    "Lob kam von Baerbock für die Lieferung schwerer Waffen, sagte ein Sprecher der Grünen.",
    # a hyphen inside a compound or after a truncated word is no dash
    "Der Vize- und Regierungschef reiste nach Kiew - die Lage sei ernst.",
]


@pytest.mark.parametrize("text", NO_STANCE_FROM_A_PIECE_WITH_A_VERB, ids=lambda x: x[:45])
def test_round9_no_headline_stance_in_a_clause_with_a_verb(positions_of, text):
    found = positions_of(text)
    assert not {p for p in found if p[0] in ("Olaf Scholz", "Annalena Baerbock")}


VERB_FINAL_QUESTIONS = [
    # a headline question "Wie X Y blockiert": X is the subject (HanTa reads the final verb as a participle)
    ("Ölembargo: Wie Budapest die EU blockiert", ("Ungarn", A, "energy_embargo"), ("EU", A, "energy_embargo")),
    ("Sanktionen: Wie Ungarn die EU ausbremst", ("Ungarn", A, "sanctions"), ("EU", A, "sanctions")),
    ("Wie Berlin die Lieferung schwerer Waffen verzögert", ("Deutschland", A, "heavy_weapons"), None),
]


@pytest.mark.parametrize("text, fact, wrong", VERB_FINAL_QUESTIONS, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round9_verb_final_question_has_its_first_actor_as_subject(positions_of, text, fact, wrong):
    found = positions_of(text)
    assert fact in found
    assert wrong not in found


COMPARISONS_STAY = [
    ("Wie Scholz lehnt auch Macron ein Gasembargo ab.", ("Emmanuel Macron", A, "energy_embargo")),
    ("Ähnlich wie Polen fordert auch Litauen ein Ölembargo.", ("Litauen", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", COMPARISONS_STAY, ids=lambda x: x[:45])
def test_round9_comparison_keeps_the_clause_subject(positions_of, text, fact):
    assert fact in positions_of(text)


RENOUNCING = [
    # "verzichten auf" a proposal is against it; on Russian energy it is the embargo itself (for)
    ("Die NATO verzichtet auf eine Flugverbotszone.", ("NATO", A, "no_fly_zone")),
    ("Scholz sagte, man müsse vorerst auf ein Gasembargo verzichten.", ("Olaf Scholz", A, "energy_embargo")),
    ("Litauen verzichtet seit April auf russisches Gas.", ("Litauen", F, "energy_embargo")),
    ("Polen will bis Jahresende auf russisches Öl verzichten.", ("Polen", F, "energy_embargo")),
    ("Die Ukraine könne nicht auf Waffenlieferungen verzichten, sagte Kuleba.", ("Dmytro Kuleba", F, "arms_deliveries")),
]


@pytest.mark.parametrize("text, fact", RENOUNCING, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round9_renouncing_a_proposal_is_against_it(positions_of, text, fact):
    found = positions_of(text)
    assert fact in found
    assert (fact[0], F if fact[1] == A else A, fact[2]) not in found


LITTLE_OF_IT = [
    # a stance noun whose predicate says there is little of it turns around
    ("Die Unterstützung der NATO für eine Flugverbotszone ist gering.", ("NATO", A, "no_fly_zone")),
    ("Die Bereitschaft Berlins, schwere Waffen zu liefern, bleibt begrenzt.", ("Deutschland", A, "heavy_weapons")),
    ("Die Skepsis der Bundesregierung gegenüber einem Gasembargo ist gering.", ("Deutschland", F, "energy_embargo")),
    # much of it, or little of something else, does not
    ("Die Unterstützung der USA für die Lieferung von Kampfjets ist groß.", ("USA", F, "fighter_jets")),
    ("Die Unterstützung Polens für eine Friedensmission ist ungebrochen, die Zahl der Skeptiker gering.",
     ("Polen", F, "peace_mission")),
]


@pytest.mark.parametrize("text, fact", LITTLE_OF_IT, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round9_little_of_a_stance_noun_turns_it_around(positions_of, text, fact):
    found = positions_of(text)
    assert fact in found
    assert (fact[0], F if fact[1] == A else A, fact[2]) not in found


def test_round9_a_quantifier_is_no_first_name(extract):
    ex = extract("Alle Staaten müssten schwere Waffen liefern, sagte Kuleba.")
    assert "Alle Staaten" not in {m.actor for m in ex.mentions}
    assert ("Dmytro Kuleba", F, "heavy_weapons") in {(p.holder, p.polarity, p.proposal) for p in ex.positions}


INFLECTED_NAMES = [
    # a multi-word name listed once in the nominative is found in its other cases
    ("Der Präsident des Bundesverbandes der Deutschen Industrie lehnt ein Gasembargo ab.",
     ("Siegfried Russwurm", A, "energy_embargo")),
    ("Ein Sprecher des Auswärtigen Amtes sagte, man lehne ein Gasembargo ab.", ("Deutschland", A, "energy_embargo")),
    ("Der Präsident des BDI lehnt ein Gasembargo ab.", ("Siegfried Russwurm", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", INFLECTED_NAMES, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round9_names_in_other_cases(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_inflected_forms_of_a_name():
    from kg.lexicon import inflected

    assert {"Deutschen Gewerkschaftsbundes", "Deutschen Gewerkschaftsbunds"} <= inflected("Deutscher Gewerkschaftsbund")
    assert "Auswärtigen Amtes" in inflected("Auswärtiges Amt")
    assert "Bundesverbandes der Deutschen Industrie" in inflected("Bundesverband der Deutschen Industrie")
    assert inflected("NATO") == set() and "Auswärtiges Amt" not in inflected("Auswärtiges Amt")


DATIVE_OUTLET = [
    # after "sagte er", the outlet in the dative is the one spoken to, not the speaker
    ('Wirtschaftsminister Robert Habeck war in Berlin. "Wir brauchen ein Gasembargo", sagte er dem "Handelsblatt".',
     ("Robert Habeck", F, "energy_embargo"), "Handelsblatt"),
    ('Die Grünen-Chefin Ricarda Lang äußerte sich am Sonntag. "Wir müssen schwere Waffen liefern", sagte sie der '
     '"Rheinischen Post".', ("Ricarda Lang", F, "heavy_weapons"), "Rheinische Post"),
]


@pytest.mark.parametrize("text, fact, outlet", DATIVE_OUTLET, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round9_outlet_after_pronoun_speaker_holds_nothing(positions_of, text, fact, outlet):
    found = positions_of(text)
    assert fact in found
    assert not {p for p in found if p[0] == outlet}


RUSSIAS_SIDE_IS_NEVER_FOR = [
    # supply cuts and misread sentences do not make Russia's side support a measure against it
    ("Gazprom hat die Gaslieferungen nach Polen und Bulgarien eingestellt.", "Gazprom"),
    ("Der russische Konzern Gazprom verhängte einen Lieferstopp gegen Polen.", "Gazprom"),
    ("Russland habe sich seit Jahren auf westliche Strafmaßnahmen vorbereitet, sagte Kremlsprecher Dmitri Peskow.",
     "Dmitri Peskow"),
]


@pytest.mark.parametrize("text, holder", RUSSIAS_SIDE_IS_NEVER_FOR, ids=lambda x: x[:45])
def test_round9_russias_side_is_never_for_a_proposal(positions_of, text, holder):
    assert not {p for p in positions_of(text) if p[0] == holder and p[1] == F}


RUSSIAS_SIDE_AGAINST_STAYS = [
    ("Der Kreml warnte den Westen vor weiteren Waffenlieferungen an Kiew.", ("Kreml", A, "arms_deliveries")),
    ("Außenminister Sergej Lawrow lehnte eine Friedensmission der NATO strikt ab.", ("Sergei Lawrow", A, "peace_mission")),
    ("Polen fordert, Russland den Gashahn zuzudrehen.", ("Polen", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", RUSSIAS_SIDE_AGAINST_STAYS, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round9_russias_side_against_and_others_for_stay(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_fixed_sides_name_gazetteer_actors():
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.never_holds["Russland"] == F and lex.never_holds["Ukraine"] == A
    assert set(lex.never_holds) <= set(lex.actors)


UKRAINES_SIDE_IS_NEVER_AGAINST = [
    ("Das sei ein wichtiger Schritt, schrieb der ukrainische Botschafter Andrij Melnyk über die Waffenlieferungen, "
     "die aber viel zu spät kämen.", "Andrij Melnyk"),
    ("Selenskyj warnte, ohne Kampfjets werde die Ukraine den Luftraum nicht verteidigen können.", "Wolodymyr Selenskyj"),
]


@pytest.mark.parametrize("text, holder", UKRAINES_SIDE_IS_NEVER_AGAINST, ids=lambda x: x[:45])
def test_round9_ukraines_side_is_never_against_a_proposal(positions_of, text, holder):
    assert not {p for p in positions_of(text) if p[0] == holder and p[1] == A}


def test_round9_ukraines_demand_stays(positions_of):
    assert ("Dmytro Kuleba", F, "heavy_weapons") in positions_of(
        "Außenminister Dmytro Kuleba forderte erneut die Lieferung schwerer Waffen.")


def test_round9_a_bad_kind_in_a_data_file_names_file_word_and_kinds(tmp_path, monkeypatch):
    import kg.lexicon as L

    (tmp_path / "stance_changes.tsv").write_text("Widerstand\tnoun\naufgeben\tvorb\n", encoding="utf-8")
    monkeypatch.setattr(L, "DATA_DIR", tmp_path)
    with pytest.raises(L.LexiconError, match=r"stance_changes.tsv: kind of 'aufgeben' must be one of 'noun', 'verb', 'past', not 'vorb'"):
        L._kinds("stance_changes.tsv", ("noun", "verb", "past"))
    (tmp_path / "stance_changes.tsv").write_text("Widerstand\tnoun\naufgeben\tverb\n", encoding="utf-8")
    assert L._kinds("stance_changes.tsv", ("noun", "verb", "past")) == {
        "noun": {"Widerstand"}, "verb": {"aufgeben"}, "past": frozenset()}


RECALLED_PAST = [
    # a speaker recalls another actor's past act in the indicative: the act is that actor's stance
    ("Die Moderatorin Anne Will erinnerte daran, dass Scholz noch Mitte April schwere Waffen ausgeschlossen hatte.",
     ("Olaf Scholz", A, "heavy_weapons"), "Anne Will"),
    ("Baerbock erinnerte daran, dass Polen schon im März ein Gasembargo gefordert hatte.",
     ("Polen", F, "energy_embargo"), "Annalena Baerbock"),
]


@pytest.mark.parametrize("text, fact, speaker", RECALLED_PAST, ids=lambda x: x[:45] if isinstance(x, str) else "")
def test_round9_recalled_past_act_is_the_actors(positions_of, text, fact, speaker):
    found = positions_of(text)
    assert fact in found
    assert not {p for p in found if p[0] == speaker}


def test_round9_own_reported_speech_stays_the_speakers(positions_of):
    assert ("Annalena Baerbock", A, "energy_embargo") in positions_of(
        "Baerbock sagte, dass sie ein Gasembargo immer abgelehnt habe.")
