"""More stance cues and proposal negation: requests to others, needs, offers, 'statt'."""

from __future__ import annotations

import pytest

F, A = "for", "against"

CUES = [
    # "X fordert Y auf, Z zu tun": a request; the inner cue decides the polarity
    ("Moskau hat die NATO aufgefordert, die Waffenlieferungen einzustellen.", {("Russland", A, "arms_deliveries")}),
    ("Selenskyj forderte die NATO auf, eine Flugverbotszone einzurichten.", {("Wolodymyr Selenskyj", F, "no_fly_zone")}),
    # a speaker's "X braucht Y" is a demand for Y
    ("„Die Ukraine braucht jetzt Panzer und Artillerie“, sagte Strack-Zimmermann.",
     {("Marie-Agnes Strack-Zimmermann", F, "heavy_weapons")}),
    # offers and provisions
    ("Rheinmetall-Chef Armin Papperger hat angeboten, Marder-Schützenpanzer für die Ukraine instand zu setzen.",
     {("Armin Papperger", F, "heavy_weapons")}),
    ("Großbritannien werde der Ukraine gepanzerte Fahrzeuge zur Verfügung stellen, kündigte Johnson an.",
     {("Boris Johnson", F, "heavy_weapons")}),
    # "nichts gegen … haben" is consent
    ("Die AfD hat nichts gegen die Verstärkung der NATO-Ostflanke.", {("AfD", F, "eastern_flank_troops")}),
    ("Die Stationierung von NATO-Truppen in Polen widerspreche der Grundakte, sagte Lawrow.",
     {("Sergei Lawrow", A, "eastern_flank_troops")}),
    # more stance verbs, nouns and phrases
    ("Die Grünen fordern ein Ölembargo ein.", {("Grüne", F, "energy_embargo")}),
    ("Ungarn will sich beim Ölembargo querstellen.", {("Ungarn", A, "energy_embargo")}),
    ("Die Bundesregierung hat die Lieferung von Gepard-Panzern freigegeben.", {("Deutschland", F, "heavy_weapons")}),
    ("Die FDP ist einem Gasembargo nicht abgeneigt.", {("FDP", F, "energy_embargo")}),
    ("Die Linke hat Zweifel an der Wirkung der Sanktionen.", {("Linke", A, "sanctions")}),
    ("Kiesewetter gilt als Verfechter einer Flugverbotszone.", {("Roderich Kiesewetter", F, "no_fly_zone")}),
    ("Selenskyj drängte die Verbündeten, Kampfjets zu liefern.", {("Wolodymyr Selenskyj", F, "fighter_jets")}),
    ("Kuleba bat die NATO-Staaten, schwere Waffen zu schicken.", {("Dmytro Kuleba", F, "heavy_weapons")}),
    ("Estland hält ein Ölembargo für notwendig.", {("Estland", F, "energy_embargo")}),
    ("Beim Gasembargo zeigte sich Habeck vorsichtig.", {("Robert Habeck", A, "energy_embargo")}),
    # reproaching obstruction is support: "X wirft Y vor, … hinzuhalten"
    ("CDU-Chef Friedrich Merz hat Scholz vorgeworfen, die Ukraine bei der Lieferung schwerer Waffen hinzuhalten.",
     {("Friedrich Merz", F, "heavy_weapons")}),
    # threats of retaliation argue against what they answer
    ("Der Kreml erklärte, Russland werde auf eine Verlegung von NATO-Truppen ins Baltikum „angemessen reagieren“.",
     {("Kreml", A, "eastern_flank_troops")}),
]


@pytest.mark.parametrize("text, facts", CUES, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_cues_more_stances(positions_of, text, facts):
    assert facts <= positions_of(text)


NOT = [
    # "statt X" rejects X even with a positive verb
    ("Statt immer neuer Waffenlieferungen brauche es Verhandlungen, sagte Bartsch.", ("Dietmar Bartsch", F, "arms_deliveries")),
    # but "…, statt Panzer zu liefern" reproaches not delivering them
    ("Merz warf dem Kanzler vor, zu zögern, statt endlich Panzer zu liefern.", ("Friedrich Merz", A, "heavy_weapons")),
    # the recipient's need, named by nobody, is no stance of a third party
    ("Der Bundeswehr zufolge braucht die Truppe ihre Panzer selbst.", ("Bundeswehr", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", NOT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_cues_more_not_the_opposite(positions_of, text, fact):
    assert fact not in positions_of(text)


def test_statt_negates_the_alternative(positions_of):
    assert ("Dietmar Bartsch", A, "arms_deliveries") in positions_of(
        "Statt immer neuer Waffenlieferungen brauche es Verhandlungen, sagte Bartsch.")


def test_troops_at_the_russian_border_are_eastern_flank_troops(positions_of):
    assert positions_of("Jede Verlegung von Truppen an die russischen Grenzen sei eine Provokation, teilte das russische "
                        "Außenministerium mit.") == {("Russisches Außenministerium", A, "eastern_flank_troops")}
    # Russian troops at the Ukrainian border are no proposal
    assert positions_of("Russland verstärkt seine Truppen an der ukrainischen Grenze, warnte die NATO.") == set()


def test_pronoun_takes_up_proposal_named_before_in_sentence(positions_of):
    got = positions_of("Die Sanktionen gegen Moskau seien schon jetzt die härtesten, und sie würden weiter verschärft, "
                       "kündigte US-Präsident Joe Biden an.")
    assert got == {("Joe Biden", F, "sanctions")}


def test_weak_cue_without_pronoun_takes_no_earlier_proposal(positions_of):
    got = positions_of("Die Sanktionen gegen Moskau seien hart, und Europa werde weiter Gas kaufen, sagte Biden.")
    assert not any(p == "sanctions" and pol == F for _, pol, p in got)


@pytest.mark.parametrize("text, fact", [
    ("Polen will der Ukraine Jagdflugzeuge überlassen.", ("Polen", F, "fighter_jets")),
    ("Die USA liefern weitere Panzerabwehrraketen an die Ukraine.", ("USA", F, "arms_deliveries")),
    ("Litauen fordert einen Einfuhrstopp für russisches Gas.", ("Litauen", F, "energy_embargo")),
], ids=["jagdflugzeuge", "panzerabwehrraketen", "einfuhrstopp"])
def test_more_proposal_terms(positions_of, text, fact):
    assert fact in positions_of(text)


def test_predicative_adjective_tagged_as_particle(positions_of):
    # HanTa tags "bereit" after "ist … nach Angaben von X" as a verb particle
    got = positions_of("Die Slowakei ist nach Angaben von Ministerpräsident Eduard Heger bereit, ihr Flugabwehrsystem "
                       "S-300 an die Ukraine abzugeben.")
    assert {("Slowakei", F, "arms_deliveries"), ("Eduard Heger", F, "arms_deliveries")} <= got


def test_separable_particle_is_no_adjective_cue(extract):
    # "stellt … bereit" is the verb "bereitstellen", not the adjective "bereit"
    x = extract("Deutschland stellt der Ukraine weitere Waffen bereit.")
    assert [p.cue for p in x.positions] == ["stellt … bereit"]


def test_verb_preposition_only_in_its_own_clause(positions_of):
    # the "hinter" of "sich hinter Formeln zu verstecken" is not the "stehen hinter" of "… steht"
    got = positions_of("Merz warf dem Kanzler vor, sich hinter Formeln zu verstecken, ließ aber offen, wie die Union "
                       "selbst zu einer Sperrung des Luftraums steht.")
    assert ("Friedrich Merz", F, "no_fly_zone") not in got


def test_call_with_zu_infinitive(positions_of):
    got = positions_of("Selenskyj rief andere Staaten auf, ebenfalls Waffen zu liefern.")
    assert ("Wolodymyr Selenskyj", F, "arms_deliveries") in got
