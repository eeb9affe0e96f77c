"""Stances argued through consequences (kg/data/arguments.tsv) rather than stance verbs."""

from __future__ import annotations

import pytest

F, A = "for", "against"

ARGUMENTS = [
    ("„Mehr Waffen bedeuten mehr Tote“, sagte Sprecher Kristian Golla.", {("Kristian Golla", A, "arms_deliveries")}),
    ("Präsident Emmanuel Macron sagte, eine Flugverbotszone würde das Bündnis zur Kriegspartei machen.",
     {("Emmanuel Macron", A, "no_fly_zone")}),
    ("BDI-Präsident Siegfried Russwurm sprach mit Blick auf ein Embargo von einem „Blindflug“.",
     {("Siegfried Russwurm", A, "energy_embargo")}),
    # an argument that implies its proposal: blocking the embargo finances the war
    ("Der litauische Außenminister Gabrielius Landsbergis sagte, wer ein Energieembargo blockiere, finanziere Putins Krieg mit.",
     {("Gabrielius Landsbergis", F, "energy_embargo")}),
    # negation flips the argument
    ("Ein Ölembargo würde den Krieg nicht verlängern, sagte Habeck.", {("Robert Habeck", F, "energy_embargo")}),
]


@pytest.mark.parametrize("text, facts", ARGUMENTS, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_arguments_give_the_speakers_stance(positions_of, text, facts):
    assert positions_of(text) == facts


NOT_HOLDERS = [
    # the actor the consequence befalls does not argue
    ("Der AfD-Abgeordnete Rüdiger Lucassen warnte vor weiteren Waffenlieferungen, die Deutschland zur Kriegspartei machen könnten.",
     "Deutschland"),
    ("Selenskyj forderte ein Ende der Energieimporte aus Russland, die den Krieg finanzierten.", "Russland"),
    ("Waffenlieferungen machen Deutschland zur Kriegspartei, sagt die Linke.", "Deutschland"),
]


@pytest.mark.parametrize("text, actor", NOT_HOLDERS, ids=lambda x: x[:40])
def test_arguments_affected_actor_is_no_holder(positions_of, text, actor):
    got = positions_of(text)
    assert got and actor not in {h for h, _, _ in got}


def test_arguments_need_a_proposal(positions_of):
    assert positions_of("Der Krieg hat schon Tausende Tote gefordert, berichtete die UN.") == set()


def test_arguments_less_confident_than_stance_cues(extract):
    x = extract("Die Linke lehnt Waffenlieferungen ab. Waffenlieferungen verlängern den Krieg, sagt Wagenknecht.")
    conf = {p.cue: p.confidence for p in x.positions}
    assert min(conf.values()) < max(conf.values())
    assert conf["lehnt … ab"] == max(conf.values())


def test_arguments_denied_catastrophe_still_argues_against(positions_of):
    got = positions_of("Scholz zögert bei der Lieferung von Kampfpanzern. „Es darf keinen Atomkrieg geben“, sagte der Kanzler.")
    assert ("Olaf Scholz", "for", "heavy_weapons") not in got
    assert ("Olaf Scholz", "against", "heavy_weapons") in got
