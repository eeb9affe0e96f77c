"""Recall round 5 (decision 008, round-5 lines): "sein für/gegen" with a proposal as the object of the
preposition ("Ich bin für ein Embargo"). Positive and negative sentences per family."""

from __future__ import annotations

import pytest

F, A = "for", "against"

COPULA = [
    ("Kanzler Olaf Scholz ist für ein Gasembargo.", ("Olaf Scholz", F, "energy_embargo")),
    ("Die Linken-Chefin Janine Wissler ist gegen Waffenlieferungen an die Ukraine.", ("Janine Wissler", A, "arms_deliveries")),
    ("Die FDP-Fraktion erklärte, man sei für Sanktionen, die Russland härter träfen als Deutschland.", ("FDP", F, "sanctions")),
    ('Anton Hofreiter sagte: "Ich bin für ein Gasembargo, so schnell wie möglich."', ("Anton Hofreiter", F, "energy_embargo")),
    ("Kanzler Olaf Scholz ist nicht für ein Gasembargo.", ("Olaf Scholz", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", COPULA, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round5_copula_with_proposal(positions_of, text, fact):
    assert fact in positions_of(text)


COPULA_NONE = [
    "Das ist ein starkes Argument für Sanktionen, sagte Olaf Scholz.",  # a noun between verb and preposition
    "Die Ministerin Christine Lambrecht ist für Waffenlieferungen zuständig, sagte ein Sprecher.",  # a predicate
    "Die Kosten sind für ein Embargo zu hoch, sagte Olaf Scholz.",  # the subject is a thing, with a predicate
]


@pytest.mark.parametrize("text", COPULA_NONE, ids=lambda x: x[:40])
def test_round5_copula_needs_proposal_object(positions_of, text):
    facts = positions_of(text)
    assert not any(pol == F and prop in ("sanctions", "arms_deliveries", "energy_embargo") for _, pol, prop in facts), facts


def test_round5_unions_as_group(positions_of):
    facts = positions_of("Die Gewerkschaften stemmen sich gegen ein sofortiges Embargo für russisches Erdgas.")
    assert ("Gewerkschaften", A, "energy_embargo") in facts


def test_round5_unions_without_stance(positions_of):
    assert positions_of("Die Gewerkschaften verhandeln in dieser Woche mit den Arbeitgebern über höhere Löhne.") == set()


HEAD = "Kommentar: Der Himmel bleibt offen\n\nVon Katrin Möller\n\n"

REBUTTAL = [
    (HEAD + "Wer jetzt noch eine Flugverbotszone fordert, verkennt, was das bedeuten würde.", ("Katrin Möller", A, "no_fly_zone")),
    (HEAD + "Und doch: Wer jetzt eine Flugverbotszone fordert, unterschätzt die Gefahr.", ("Katrin Möller", A, "no_fly_zone")),
    (HEAD + "Wer wie Sachsens Ministerpräsident Michael Kretschmer ein Gasembargo ablehnt, hat nichts verstanden.",
     ("Katrin Möller", F, "energy_embargo")),
    (HEAD + "Wer wie Sachsens Ministerpräsident Michael Kretschmer ein Gasembargo ablehnt, hat nichts verstanden.",
     ("Michael Kretschmer", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", REBUTTAL, ids=lambda x: x[-45:] if isinstance(x, str) else "")
def test_round5_rebutted_stance(positions_of, text, fact):
    assert fact in positions_of(text)


REBUTTAL_NONE = [
    HEAD + "Wer eine Flugverbotszone fordert, irrt nicht.",  # agreement, not dismissal
    HEAD + "Wer eine Flugverbotszone fordert, muss sagen, wie sie durchgesetzt werden soll.",  # no dismissal
    HEAD + "Wer eine Flugverbotszone fordert, begreift die Gefahr.",  # "begreifen" dismisses only negated
]


@pytest.mark.parametrize("text", REBUTTAL_NONE, ids=lambda x: x[-40:])
def test_round5_no_rebuttal(positions_of, text):
    assert not any(h == "Katrin Möller" for h, _, _ in positions_of(text))


MEMBERS = [
    ("Polen schlägt eine Friedensmission vor. Mehrere Verbündete, darunter Deutschland, hätten schon im Vorfeld deutlich "
     "gemacht, dass sie eine solche Mission für zu riskant hielten.", ("Deutschland", A, "peace_mission")),
    ("Mehrere EU-Staaten, darunter Ungarn und die Slowakei, lehnen ein Ölembargo ab.", ("Ungarn", A, "energy_embargo")),
    ("Mehrere EU-Staaten, darunter Ungarn und die Slowakei, lehnen ein Ölembargo ab.", ("Slowakei", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", MEMBERS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round5_named_members_share_stance(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round5_members_of_an_object_do_not(positions_of):
    # "darunter" after the finite verb belongs to the object, not to the holder
    facts = positions_of("Kanzler Olaf Scholz kritisierte mehrere Staaten, darunter Ungarn, für ihre Blockade des Ölembargos.")
    assert not any(h == "Ungarn" for h, _, _ in facts)


LEAD = "Das EU-Parlament fordert ein Gasembargo. "


def test_round5_criticised_antecedent_holds_the_stance(positions_of):
    facts = positions_of(LEAD + "Die Abgeordnete Viola von Cramon-Taubadel kritisierte vor allem die Bundesregierung, "
                                "die im Rat „seit Wochen auf der Bremse“ stehe.")
    assert ("Deutschland", A, "energy_embargo") in facts
    assert ("Viola von Cramon-Taubadel", F, "energy_embargo") in facts


def test_round5_relative_clause_with_its_own_subject(positions_of):
    # "die Ungarn … blockiere": the relative clause has a subject of its own, ambiguous: no stance for Berlin
    facts = positions_of(LEAD + "Die Abgeordnete Viola von Cramon-Taubadel kritisierte die Bundesregierung, "
                                "die Ungarn beim Gasembargo blockiere.")
    assert not any(h == "Deutschland" for h, _, _ in facts)


LED_BY = [
    ("Erst warnten 28 Intellektuelle und Künstler um die Publizistin Alice Schwarzer in einem offenen Brief an den "
     "Kanzler vor der Lieferung schwerer Waffen an die Ukraine.", ("Alice Schwarzer", A, "heavy_weapons")),
    ("Abgeordnete um Anton Hofreiter fordern ein Gasembargo.", ("Anton Hofreiter", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", LED_BY, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_round5_group_led_by_person(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round5_um_without_a_group(positions_of):
    # "die Sorge um Selenskyj" and "um jeden Preis" name no one who leads a group
    assert not any(h == "Wolodymyr Selenskyj" for h, _, _ in positions_of(
        "Die Sorge um Wolodymyr Selenskyj wächst, sagte Olaf Scholz, der ein Gasembargo ablehnt."))
    assert positions_of("Kanzler Olaf Scholz fordert ein Gasembargo um jeden Preis.") == {("Olaf Scholz", F, "energy_embargo")}
