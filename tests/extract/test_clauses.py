"""The clause chunker (kg.nlp.clauses) and the holder rules that rely on it."""

from __future__ import annotations

import pytest

from kg.nlp.clauses import clause_bounds, finite_verb

F, A = "for", "against"


@pytest.fixture(scope="module")
def clauses(extractor):
    """clauses(text) -> the sentence's clauses as strings, in order."""

    def run(text: str) -> list[str]:
        doc = extractor.nlp(text)
        out: list[str] = []
        for t in doc:
            if t.is_punct:
                continue
            lo, hi = clause_bounds(doc, t.i)
            s = doc[lo:hi].text.rstrip(".")
            if s not in out:
                out.append(s)
        return out

    return run


CLAUSES = [
    # an enumeration before the verb is one clause with it
    ("Für den Antrag von SPD, Grünen, FDP und CDU/CSU stimmten 586 Abgeordnete, 100 votierten dagegen.",
     ["Für den Antrag von SPD, Grünen, FDP und CDU/CSU stimmten 586 Abgeordnete", "100 votierten dagegen"]),
    # an apposition between commas belongs to its clause
    ("Der Friedensbeauftragte der EKD, Landesbischof Friedrich Kramer, hält Waffenlieferungen für falsch.",
     ["Der Friedensbeauftragte der EKD, Landesbischof Friedrich Kramer, hält Waffenlieferungen für falsch"]),
    # a trailing phrase joins the clause before it
    ("Die Linke ist dagegen, ebenso die AfD.", ["Die Linke ist dagegen, ebenso die AfD"]),
    # the end of an enumeration belongs to the clause before, not to the next clause
    ("Polen fordert Panzer, Haubitzen und Munition, die Ukraine braucht sie.",
     ["Polen fordert Panzer, Haubitzen und Munition", "die Ukraine braucht sie"]),
    # relative and subordinate clauses stay clauses of their own
    ("Lucassen warnte vor Waffenlieferungen, die Deutschland zur Kriegspartei machen könnten.",
     ["Lucassen warnte vor Waffenlieferungen", "die Deutschland zur Kriegspartei machen könnten"]),
    ("Scholz sagte, dass Deutschland keine Kampfjets liefert.", ["Scholz sagte", "dass Deutschland keine Kampfjets liefert"]),
]


@pytest.mark.parametrize("text, expected", CLAUSES, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_clauses_verbless_pieces_join_their_clause(clauses, text, expected):
    assert clauses(text) == expected


def test_clauses_finite_verb(extractor):
    doc = extractor.nlp("Frankreich, Italien und Spanien fordern Sanktionen.")
    assert doc[finite_verb(doc, 0, len(doc))].text == "fordern"


HOLDERS = [
    # the whole enumeration of a motion's authors holds what the motion demands
    ("Der Bundestag stimmte über die Lieferung schwerer Waffen ab. Für den Antrag von SPD, Grünen und FDP stimmten 586 Abgeordnete.",
     {("SPD", F, "heavy_weapons"), ("Grüne", F, "heavy_weapons"), ("FDP", F, "heavy_weapons")}),
    # a list of people with their professions, taken up by "Sie" in the next sentence
    ("Einen Brief gegen Waffenlieferungen unterzeichneten die Publizistin Alice Schwarzer, der Schriftsteller Martin Walser "
     "und der Liedermacher Reinhard Mey. Sie appellieren an den Kanzler, keine schweren Waffen zu liefern.",
     {("Alice Schwarzer", A, "heavy_weapons"), ("Martin Walser", A, "heavy_weapons"), ("Reinhard Mey", A, "heavy_weapons")}),
    # the person named in the sentence is "der Landesbischof", not the person of the paragraph before
    ("Die Ratsvorsitzende Annette Kurschus predigte am Sonntag in Hannover.\n\n"
     "Auch der Friedensbeauftragte der EKD, Friedrich Kramer, zeigte sich mit Blick auf die Waffenlieferungen skeptisch: "
     "Der Westen rutsche in den Krieg, sagte der Landesbischof.",
     {("Friedrich Kramer", A, "arms_deliveries")}),
    # "die Organisation" speaks for the organisation named last
    ("Kritischer äußerte sich die Friedensbewegung Pax Christi. Waffen verlängerten nur das Leiden, erklärte die Organisation.",
     {("Pax Christi", A, "arms_deliveries")}),
]


@pytest.mark.parametrize("text, facts", HOLDERS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_holders_across_commas_and_sentences(positions_of, text, facts):
    got = positions_of(text)
    assert facts <= got
    assert {h for h, _, _ in got} <= {h for h, _, _ in facts}


def test_contrastive_negation_does_not_negate_the_cue(positions_of):
    got = positions_of("Wissler sagte, sie unterstütze gezielte Sanktionen gegen Oligarchen, nicht aber Maßnahmen, "
                       "die vor allem die Bevölkerung träfen.")
    assert ("Janine Wissler", F, "sanctions") in got
    assert ("Janine Wissler", A, "sanctions") not in got


# a finite verb after a comma: a conditional after a main clause, the main clause after a relative clause
def test_clauses_main_clause_resumes_after_relative_clause(positions_of):
    got = positions_of("Das Netzwerk Friedenskooperative, das die Märsche koordiniert, will weder Waffenlieferungen an die "
                       "Ukraine noch eine weitere Aufstockung der NATO-Truppen in Osteuropa.")
    assert {("Netzwerk Friedenskooperative", A, "arms_deliveries"),
            ("Netzwerk Friedenskooperative", A, "eastern_flank_troops")} <= got


def test_clauses_verb_first_conditional_after_main_clause(positions_of):
    got = positions_of("Lambrecht warnte vor einem Flächenbrand, sollte die NATO mit Soldaten in der Ukraine eingreifen.")
    assert ("Christine Lambrecht", F, "peace_mission") not in got


def test_holders_not_from_another_clauses_subordinate_clause(positions_of):
    # the subject of "muss … geben" is the "wer" clause, not the Ukraine of the "dass" clause inside it
    got = positions_of("Wer will, dass die Ukraine diesen Krieg nicht verliert, muss ihr jetzt auch Panzer geben.")
    assert ("Ukraine", F, "heavy_weapons") not in got
