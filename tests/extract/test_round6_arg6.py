"""Round 6 (arg6, decision 008): stances argued through consequences, threats and fears
(kg/nlp/consequences.py, kg/data/consequences.tsv). Positive and negative sentences per rule."""

from __future__ import annotations

import pytest

from kg.lexicon import load_lexicon

F, A = "for", "against"

# the proposal as the subject of a hypothetical (Konjunktiv II/I, "werden") or generic consequence
SUBJECT = [
    ("Ein sofortiges Ölembargo würde die deutsche Chemieindustrie ruinieren, sagte Martin Brudermüller.",
     ("Martin Brudermüller", A, "energy_embargo")),
    ("Ein Kohleembargo würde Russland wirtschaftlich schwächen, erklärte Ursula von der Leyen.",
     ("Ursula von der Leyen", F, "energy_embargo")),
    ("Robert Habeck sagte, ein Embargo auf russisches Öl würde Putin empfindlich treffen.", ("Robert Habeck", F, "energy_embargo")),
    ("Ein Gasembargo würde Putin nicht aufhalten, aber unsere Betriebe zerstören, sagte Michael Kretschmer.",
     ("Michael Kretschmer", A, "energy_embargo")),
    ("Ein Gaslieferstopp würde die österreichische Industrie härter treffen als Russland, sagte Karl Nehammer.",
     ("Karl Nehammer", A, "energy_embargo")),
    ("Eine Friedensmission der NATO würde das Bündnis direkt in den Krieg ziehen, sagte Christine Lambrecht.",
     ("Christine Lambrecht", A, "peace_mission")),
    ("Die Verlegung weiterer Kampfgruppen an die Ostflanke würde die Abschreckung stärken, sagte Jens Stoltenberg.",
     ("Jens Stoltenberg", F, "eastern_flank_troops")),
    ("Blauhelme unter Führung der Vereinten Nationen könnten Zivilisten schützen, erklärte Mateusz Morawiecki.",
     ("Mateusz Morawiecki", F, "peace_mission")),
    ("Die Entsendung weiterer Soldaten an die russische Grenze trage nicht zur Entspannung bei, sagte Dmitri Peskow.",
     ("Dmitri Peskow", A, "eastern_flank_troops")),
    ("Schwere Waffen werden diesen Konflikt nicht beenden, sagte Sahra Wagenknecht.", ("Sahra Wagenknecht", A, "heavy_weapons")),
    ("Ein Importstopp für russisches Gas würde zu einer tiefen Rezession führen, sagte Christian Lindner.",
     ("Christian Lindner", A, "energy_embargo")),
    ("Kampfjets helfen der Ukraine nicht weiter, sagte Lloyd Austin.", ("Lloyd Austin", A, "fighter_jets")),
    ("Ein Embargo würde die Russen treffen, nicht uns, sagte Robert Habeck.", ("Robert Habeck", F, "energy_embargo")),
    ("Jede weitere Sanktion trifft vor allem die Menschen in Russland, sagte Dmitri Peskow.", ("Dmitri Peskow", A, "sanctions")),
    ("Die Ukraine fordert ein Embargo, es würde Russland hart treffen, sagte Wolodymyr Selenskyj.",
     ("Wolodymyr Selenskyj", F, "energy_embargo")),
    ("Ein Gasembargo würde Putin nur in die Hände spielen, sagte Tino Chrupalla.", ("Tino Chrupalla", A, "energy_embargo")),
    ("Ein Ölembargo wäre für uns ein Eigentor, sagte Viktor Orban.", ("Viktor Orbán", A, "energy_embargo")),
    ("Ein Ölembargo würde den Druck auf Russland verschärfen, sagte Annalena Baerbock.", ("Annalena Baerbock", F, "energy_embargo")),
    ("Ein Embargo würde die Energiekrise weiter verschärfen, sagte Christian Lindner.", ("Christian Lindner", A, "energy_embargo")),
    ("Ein Embargo würde zu einem Einbruch der russischen Wirtschaft führen, sagte Joe Biden.", ("Joe Biden", F, "energy_embargo")),
    ("Ein Embargo hätte für Deutschland gravierende Nachteile, sagte Christian Lindner.", ("Christian Lindner", A, "energy_embargo")),
    ("Die Flugverbotszone hieße Krieg mit der Atommacht Russland, sagte Olaf Scholz.", ("Olaf Scholz", A, "no_fly_zone")),
    ("Die Lieferung der Panzer brächte der Ukraine kaum Vorteile, aber sie träfe Russland hart, sagte Roderich Kiesewetter.",
     ("Roderich Kiesewetter", F, "heavy_weapons")),
]

# an instrument in the prefield ("mit", "bei"; "ohne" flips), an anaphor, a "dass" clause, an enumeration
FRAMES = [
    ("Mit jeder weiteren Waffenlieferung rückt ein Waffenstillstand in weite Ferne, sagte Rolf Mützenich.",
     ("Rolf Mützenich", A, "arms_deliveries")),
    ("Bei einem Lieferstopp für Gas drohe eine tiefe Rezession, warnte Siegfried Russwurm.", ("Siegfried Russwurm", A, "energy_embargo")),
    ("Ohne schwere Waffen würde die Ukraine diesen Krieg verlieren, sagte Andrij Melnyk.", ("Andrij Melnyk", F, "heavy_weapons")),
    ("Polen fordert Kampfjets für die Ukraine. Ein solcher Schritt hätte unkalkulierbare Folgen, sagte Olaf Scholz.",
     ("Olaf Scholz", A, "fighter_jets")),
    ("Ein solches Embargo sei für Ungarn unmöglich, weil es die ungarische Wirtschaft ruinieren würde, sagte Viktor Orban.",
     ("Viktor Orbán", A, "energy_embargo")),
    ("Die Ökonomin Claudia Kemfert hat berechnet, dass ein Lieferstopp zu bewältigen wäre.", ("Claudia Kemfert", F, "energy_embargo")),
    ("Eine Flugverbotszone würde bedeuten, dass westliche Piloten über der Ukraine kämpfen müssten, sagte Joe Biden.",
     ("Joe Biden", A, "no_fly_zone")),
    ("Die Ukraine wünscht sich eine Flugverbotszone. Außenministerin Annalena Baerbock (Grüne) wurde deutlich: Die NATO dürfe "
     "nicht in einen Krieg mit Russland geraten, und ein solcher Schritt würde genau das bedeuten, sagte sie.",
     ("Annalena Baerbock", A, "no_fly_zone")),
    ("Ein Gaslieferstopp würde Branchen wie Keramik, Stahl und Papier lahmlegen, sagte Reiner Hoffmann.",
     ("Reiner Hoffmann", A, "energy_embargo")),
]

# threats by the other side, fears, warnings and accusations: always against, held by the one who fears
THREATS = [
    ("Wer Russland mit einem Gasembargo drohe, werde im nächsten Winter frieren, schrieb Dmitri Medwedew.",
     ("Dmitri Medwedew", A, "energy_embargo")),
    ("Der Historiker Karl Schlögel sagte: Wer der Ukraine schwere Waffen verweigere, überlasse sie der Gewalt.",
     ("Karl Schlögel", F, "heavy_weapons")),
    ("Der Kanzler Olaf Scholz befürchtet, Russland könnte die Lieferung von Kampfjets als Kriegseintritt werten.",
     ("Olaf Scholz", A, "fighter_jets")),
    ("Der Kreml fürchtet, dass ein Ölembargo die russische Wirtschaft schwer treffen könnte.", ("Kreml", A, "energy_embargo")),
    ("Viktor Orban warf Brüssel vor, mit dem Ölembargo die ungarische Wirtschaft zu ruinieren.", ("Viktor Orbán", A, "energy_embargo")),
    ("Die USA liefern der Ukraine weitere Waffen, Dmitri Peskow warnte vor einer gefährlichen Eskalation.",
     ("Dmitri Peskow", A, "arms_deliveries")),
    ("Berlin lehnte die Bitte um Kampfjets ab; Verteidigungsministerin Christine Lambrecht verwies auf die Gefahr einer Ausweitung des Krieges.",
     ("Christine Lambrecht", A, "fighter_jets")),
]


@pytest.mark.parametrize("text, fact", SUBJECT + FRAMES + THREATS, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round6_consequence_argues(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts, facts
    holder, pol, prop = fact
    assert (holder, A if pol == F else F, prop) not in facts, facts


# facts in the indicative with a definite subject, conditions, decisions about a proposal,
# the proposal as an attribute of another subject, fears of an opponent's act: no consequence argument
NO_CUE = [
    "Die Sanktionen treffen die russische Wirtschaft hart.",
    "Die Sanktionen treffen vor allem die russischen Oligarchen, berichtete die Agentur.",
    "Das Embargo trifft Russland hart, heißt es in dem Bericht.",
    "Wenn ein Embargo käme, würde der Gaspreis stark steigen.",
    "Die Entscheidung über Waffenlieferungen würde im Kabinett getroffen, sagte Steffen Hebestreit.",
    "Eine Entscheidung über die Weitergabe der Jets könne nicht Polen allein treffen, sagte Mateusz Morawiecki.",
    "Die Waffenlieferungen der USA haben die ukrainische Armee gestärkt, sagte Joe Biden.",
    "Der Krieg würde noch lange dauern, sagte Olaf Scholz.",
    "Die Bundesregierung fürchtet einen Gaslieferstopp Russlands.",
    "Die Gegner eines Embargos würden die Industrie gerne schützen, sagte Olaf Scholz.",
    "Die Kosten eines Embargos wären hoch, sagte Olaf Scholz.",  # the noun "Kosten" is not the verb "kosten"
    "Die Sanktionen müssten weiter verschärft werden, forderte Alexander Dobrindt.",  # done to the proposal
    "Die Sanktionen führten zu einem Einbruch der russischen Wirtschaft, sagte Joe Biden.",  # past, not Konjunktiv
]


def _consequence_cues(extractor, text):
    from kg.article import parse_article

    ctx = extractor.analyse(parse_article(f" date 2022-03-10 {text}".encode(), "x.txt"))
    return [(ctx.doc[c.i].text, c.polarity) for c in ctx.cues if c.cue.pos == "consequence"]


@pytest.mark.parametrize("text", NO_CUE, ids=lambda x: x[:50])
def test_round6_no_consequence_argument(extractor, text):
    assert _consequence_cues(extractor, text) == []


# an argument without anyone who makes it (a report of an estimate) has no holder
NO_HOLDER = [
    "Ein Gasembargo würde nach Berechnungen der Bundesbank einen Einbruch der Wirtschaftsleistung bedeuten.",
    "Eine Flugverbotszone würde bedeuten, dass westliche Piloten über der Ukraine kämpfen müssten.",
]


@pytest.mark.parametrize("text", NO_HOLDER, ids=lambda x: x[:50])
def test_round6_consequence_needs_a_holder(extractor, positions_of, text):
    assert _consequence_cues(extractor, text)
    assert positions_of(text) == set()


def test_round6_demonstrative_after_a_rejection(positions_of):
    # "Das" may be the rejection itself: no stance of the speaker on the rejected proposal
    facts = positions_of("Die NATO lehnt eine Flugverbotszone ab. Das wäre eine Katastrophe für die Ukraine, sagte Vitali Klitschko.")
    assert not any(h == "Vitali Klitschko" for h, _, _ in facts), facts
    facts = positions_of("Polen fordert Kampfjets für die Ukraine. Das würde die NATO in den Krieg ziehen, sagte Olaf Scholz.")
    assert ("Olaf Scholz", A, "fighter_jets") in facts, facts


def test_round6_warning_needs_the_proposal_nearby(positions_of):
    text = ("Polen fordert Kampfjets für die Ukraine. Die Lage in Mariupol ist dramatisch. Die Stadt ist eingeschlossen. "
            "Der Kanzler Olaf Scholz warnte vor einer Eskalation.")
    assert not any(h == "Olaf Scholz" for h, _, _ in positions_of(text))


def test_round6_consequence_confidence_is_lower(extractor):
    from kg.article import parse_article
    from kg.extract.positions import extract_positions

    ctx = extractor.analyse(parse_article(
        " date 2022-03-10 Ein sofortiges Ölembargo würde die deutsche Chemieindustrie ruinieren, sagte Martin Brudermüller.".encode(),
        "x.txt"))
    pos = extract_positions(ctx, extractor.lex)
    assert pos and all(p.confidence < 0.7 for p in pos)


def test_round6_lexicon_kinds():
    lex = load_lexicon()
    kinds = {k for _, k, _ in lex.consequences}
    assert {"outcome", "harm", "target", "fear", "entail", "carrier"} <= kinds
    assert all(p in ("for", "against") for _, k, p in lex.consequences if k in ("outcome", "harm"))
