"""Recall round 9 (topic9, decision 008): stances whose sentence names no proposal, only refers to it.
A document noun ("der Antrag", "das Gesetz", "das Paket") means the proposals the document was
introduced with, not the topic just before; a modal whose subject is a noun of one kind of proposal
("die Flugzeuge sollten …", "eine solche Mission müsse …") demands that proposal."""

from __future__ import annotations

import pytest

F, A = "for", "against"


DOCUMENT = [
    ("Im Bundestag liegt ein Antrag der Koalition vor. Darin wird die Regierung aufgefordert, der Ukraine "
     "Kampfpanzer und Artillerie zu liefern. Der Grünen-Politiker Omid Nouripour forderte zudem ein Ölembargo. "
     "Der CDU-Abgeordnete Johann Wadephul warb für den Antrag.", ("Johann Wadephul", F, "heavy_weapons")),
    ("Die EU-Kommission hat das sechste Sanktionspaket gegen Russland vorgelegt. Kanzler Olaf Scholz sprach "
     "sich zudem für weitere Waffenlieferungen aus. Der lettische Regierungschef Krisjanis Karins unterstützte "
     "das Paket.", ("Krisjanis Karins", F, "sanctions")),
    ("Der US-Kongress berät über ein neues Hilfsgesetz für Kiew. Es soll die Lieferung von Waffen an die Ukraine "
     "beschleunigen. Außerdem verlangten mehrere Senatoren eine Flugverbotszone. Die Abgeordnete Ilhan Omar "
     "lehnte das Gesetz ab.", ("Ilhan Omar", A, "arms_deliveries")),
]


@pytest.mark.parametrize("text,fact", DOCUMENT, ids=lambda x: str(x)[:40])
def test_round9_document_noun_means_its_content(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_document_noun_not_the_topic_just_before(positions_of):
    facts = positions_of(DOCUMENT[0][0])
    assert ("Johann Wadephul", F, "energy_embargo") not in facts, facts


def test_round9_document_without_content_takes_nothing_of_it(positions_of):
    # the motion's content is never stated: the document rule gives nothing, the generic anaphor applies
    facts = positions_of("Die Grünen stellten am Morgen einen Antrag zur Geschäftsordnung. Die Debatte dauerte "
                         "drei Stunden. Der Grünen-Politiker Omid Nouripour forderte ein Ölembargo. Die Union "
                         "lehnte den Antrag ab.")
    assert not any(h == "CDU/CSU" and k == "sanctions" for h, _, k in facts), facts


KIND_SUBJECT = [
    ("Polen bot an, seine MiG-29-Kampfjets an die Ukraine abzugeben. Der Senator Marco Rubio schrieb, die "
     "Maschinen sollten so schnell wie möglich in die Ukraine gelangen.", ("Marco Rubio", F, "fighter_jets")),
    ("Polen hat eine Friedensmission für die Ukraine vorgeschlagen. Der Regierungschef Mateusz Morawiecki "
     "sagte, eine solche Mission müsse von den Vereinten Nationen geführt werden.",
     ("Mateusz Morawiecki", F, "peace_mission")),
    ("Polen will der Ukraine seine Kampfflugzeuge vom Typ MiG-29 überlassen. Der CDU-Abgeordnete Roderich "
     "Kiesewetter sagte, die Jets müssten rasch über Ramstein gebracht werden.",
     ("Roderich Kiesewetter", F, "fighter_jets")),
]


@pytest.mark.parametrize("text,fact", KIND_SUBJECT, ids=lambda x: str(x)[:40])
def test_round9_modal_with_kind_noun_subject(positions_of, text, fact):
    assert fact in positions_of(text)


KIND_NOT_SUBJECT = [
    ("Polen hat eine Friedensmission für die Ukraine vorgeschlagen. Die Ministerin Christine Lambrecht sagte, "
     "über eine solche Mission müsse sorgfältig gesprochen werden.", "Christine Lambrecht"),
    ("Polen hat eine Friedensmission für die Ukraine vorgeschlagen. Die Ministerin Kajsa Ollongren sagte, sie "
     "sehe nicht, wie eine solche Mission funktionieren solle.", "Kajsa Ollongren"),
]


@pytest.mark.parametrize("text,who", KIND_NOT_SUBJECT, ids=lambda x: str(x)[:40])
def test_round9_kind_noun_not_subject_is_no_demand(positions_of, text, who):
    facts = positions_of(text)
    assert not any(h == who and p == F for h, p, _ in facts), facts


SHY_AND_DESERVE = [
    ("Die EU-Kommission hat ein Ölembargo gegen Russland vorgeschlagen. Die Bundesregierung scheut diesen "
     "Schritt, weil sie um Arbeitsplätze fürchtet.", ("Deutschland", A, "energy_embargo")),
    ("Mehrere Staaten fordern ein Gasembargo. Die Regierung in Warschau schreckt davor nicht zurück.",
     ("Polen", F, "energy_embargo")),
    ("Polen hat eine Friedensmission für die Ukraine vorgeschlagen. Der estnische Regierungschef Kaja Kallas "
     "sagte, der Vorschlag verdiene eine ernsthafte Prüfung.", ("Kaja Kallas", F, "peace_mission")),
]


@pytest.mark.parametrize("text,fact", SHY_AND_DESERVE, ids=lambda x: str(x)[:40])
def test_round9_shy_away_and_deserve_consideration(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_shying_away_from_other_things_is_nothing(positions_of):
    facts = positions_of("Die EU-Kommission hat ein Ölembargo gegen Russland vorgeschlagen. Die Bundesregierung "
                         "scheut die Kosten einer neuen Flüssiggas-Pipeline.")
    assert ("Deutschland", A, "energy_embargo") not in facts, facts


ALIKE_MORE = [
    # "ähnlich wie X" opening a new paragraph: the named one's stance
    ("Die Linken-Politikerin Sahra Wagenknecht lehnt die Sanktionen gegen Russland ab.\n\n"
     "Die AfD argumentiert in diesem Punkt ähnlich wie Wagenknecht.", ("AfD", A, "sanctions")),
    # the perfect: "hatte ähnlich argumentiert"
    ("Litauen fordert eine dauerhafte Stationierung von Nato-Truppen im Baltikum. Lettlands Regierungschef "
     "Krisjanis Karins hatte zuvor ähnlich argumentiert.", ("Krisjanis Karins", F, "eastern_flank_troops")),
    # "zeigte sich ebenfalls besorgt" in the same paragraph
    ("Der BDI lehnt ein Gasembargo gegen Russland strikt ab. Der Verband der Chemischen Industrie zeigte "
     "sich ebenfalls besorgt.", ("VCI", A, "energy_embargo")),
]


@pytest.mark.parametrize("text,fact", ALIKE_MORE, ids=lambda x: str(x)[:40])
def test_round9_alike_more(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_alike_copies_all_stances_of_the_last_holder(positions_of):
    facts = positions_of("Nato-Generalsekretär Jens Stoltenberg sagte, man lehne eine Friedensmission in der Ukraine ab. "
                         "Auch eine Flugverbotszone lehne man weiterhin ab.\n\nÄhnlich äußerte sich die Bundesregierung.")
    assert ("Deutschland", A, "peace_mission") in facts, facts
    assert ("Deutschland", A, "no_fly_zone") in facts, facts


def test_round9_also_demanding_something_else_is_not_alike(positions_of):
    facts = positions_of("Ungarn lehnt ein Ölembargo gegen Russland ab. Bulgarien forderte ebenfalls eine Ausnahme "
                         "für seine Raffinerie.")
    assert not any(h == "Bulgarien" for h, _, _ in facts), facts


NAMED_AS = [
    ("Polen hat eine Friedensmission der Nato für die Ukraine vorgeschlagen. Der Oppositionsführer Donald Tusk "
     "nannte den Vorschlag «unausgegoren und gefährlich».", ("Donald Tusk", A, "peace_mission")),
    ("Die Ukraine bittet um eine Flugverbotszone. Der französische Präsident Emmanuel Macron bezeichnete die "
     "Forderung als riskant.", ("Emmanuel Macron", A, "no_fly_zone")),
]


@pytest.mark.parametrize("text,fact", NAMED_AS, ids=lambda x: str(x)[:40])
def test_round9_proposal_named_as_evaluative(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_naming_something_else_is_nothing(positions_of):
    facts = positions_of("Die Grünen fordern ein Ölembargo gegen Russland. Der französische Präsident Emmanuel "
                         "Macron nannte die Lage an den Märkten gefährlich.")
    assert not any(h == "Emmanuel Macron" for h, _, _ in facts), facts


UNCHANGED = [
    ("Bundeskanzler Olaf Scholz lehnt eine Flugverbotszone über der Ukraine ab. Selenskyj forderte sie am "
     "Donnerstag erneut. Regierungssprecher Steffen Hebestreit sagte am Freitag, die Haltung der Bundesregierung "
     "habe sich nicht geändert.", [("Steffen Hebestreit", A, "no_fly_zone"), ("Deutschland", A, "no_fly_zone")]),
    ("Die Bundesregierung unterstützt ein Ölembargo gegen Russland. Ungarn blockiert es weiter. "
     "Außenministerin Annalena Baerbock sagte, an der deutschen Position habe sich nichts geändert.",
     [("Annalena Baerbock", F, "energy_embargo")]),
]


@pytest.mark.parametrize("text,facts", UNCHANGED, ids=lambda x: str(x)[:40])
def test_round9_unchanged_stance_is_restated(positions_of, text, facts):
    got = positions_of(text)
    for fact in facts:
        assert fact in got, got


UNCHANGED_NOT = [
    # no stance of that side before: nothing to restate
    ("Selenskyj fordert eine Flugverbotszone über der Ukraine. Regierungssprecher Steffen Hebestreit sagte, "
     "die Haltung der Bundesregierung habe sich nicht geändert.", "Steffen Hebestreit"),
    # the stance noun changed
    ("Bundeskanzler Olaf Scholz lehnt eine Flugverbotszone über der Ukraine ab. Regierungssprecher Steffen "
     "Hebestreit sagte, die Haltung der Bundesregierung habe sich geändert.", "Steffen Hebestreit"),
]


@pytest.mark.parametrize("text,who", UNCHANGED_NOT, ids=lambda x: str(x)[:40])
def test_round9_unchanged_stance_needs_a_stance_before(positions_of, text, who):
    facts = positions_of(text)
    assert not any(h == who for h, _, _ in facts), facts


def test_round9_votes_come_from_past_an_adverbial(positions_of):
    facts = positions_of("Der Bundestag hat der Lieferung schwerer Waffen an die Ukraine zugestimmt. Die Gegenstimmen "
                         "kamen fast ausschließlich aus den Reihen von AfD und Linken.")
    assert ("AfD", A, "heavy_weapons") in facts, facts
    assert ("Linke", A, "heavy_weapons") in facts, facts


OWNED_JUDGED = [
    ("Verteidigungsministerin Christine Lambrecht hat sich skeptisch zur Lieferung von Kampfpanzern geäußert. "
     "Die FDP kritisierte die Haltung der Ministerin.", ("FDP", F, "heavy_weapons")),
    ("Bundeskanzler Olaf Scholz lehnt ein sofortiges Gasembargo ab. SPD-Fraktionschef Rolf Mützenich verteidigte "
     "die Position der Bundesregierung.", ("Rolf Mützenich", A, "energy_embargo")),
]


@pytest.mark.parametrize("text,fact", OWNED_JUDGED, ids=lambda x: str(x)[:40])
def test_round9_judged_owned_stance(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_judged_stance_of_owner_without_stance_is_nothing(positions_of):
    facts = positions_of("Die Ukraine fordert die Lieferung von Kampfpanzern. Die FDP kritisierte die Haltung der "
                         "Grünen in der Energiepolitik.")
    assert not any(h == "FDP" for h, _, _ in facts), facts


COMPLEMENT = [
    ("Die USA liefern der Ukraine Waffen. Moskau hat Washington in einer Note aufgefordert, die Lieferungen "
     "einzustellen.", ("Russland", A, "arms_deliveries")),
    ("Die EU-Kommission hat ein Ölembargo gegen Russland vorgeschlagen. Der litauische Präsident Gitanas Nausėda "
     "rief die Mitgliedstaaten auf, den Vorschlag rasch zu unterstützen.", ("Gitanas Nauseda", F, "energy_embargo")),
    ("US-Präsident Joe Biden hat beim Kongress ein neues Waffenpaket für die Ukraine beantragt. Die Sprecherin des "
     "Repräsentantenhauses, Nancy Pelosi, kündigte an, das Paket rasch zur Abstimmung zu bringen.",
     ("Nancy Pelosi", F, "arms_deliveries")),
]


@pytest.mark.parametrize("text,fact", COMPLEMENT, ids=lambda x: str(x)[:40])
def test_round9_anaphor_in_infinitive_complement(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_complement_without_anaphor_is_nothing(positions_of):
    facts = positions_of("Die USA liefern der Ukraine Waffen. Moskau hat Washington in einer Note aufgefordert, "
                         "die Gespräche fortzusetzen.")
    assert not any(h == "Russland" for h, _, _ in facts), facts


def test_round9_kind_noun_never_guesses_another_kind(positions_of):
    facts = positions_of("Die Grünen fordern ein Ölembargo gegen Russland. Die Debatte im Bundestag dauerte lange. "
                         "Der Abgeordnete Roderich Kiesewetter sagte, eine solche Mission müsse gut vorbereitet werden.")
    assert not any(h == "Roderich Kiesewetter" for h, _, _ in facts), facts


BACKING = [
    ("Polen hat eine internationale Friedensmission für die Ukraine vorgeschlagen. Berlin und Washington "
     "reagierten zurückhaltend. Unterstützung erhielt Warschau dagegen aus Litauen.", ("Litauen", F, "peace_mission")),
    ("Bundeskanzler Olaf Scholz lehnt ein sofortiges Gasembargo ab. Rückendeckung bekam Scholz von der FDP.",
     ("FDP", A, "energy_embargo")),
]


@pytest.mark.parametrize("text,fact", BACKING, ids=lambda x: str(x)[:40])
def test_round9_backing_received_shares_the_stance(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_backing_for_something_else_is_nothing(positions_of):
    facts = positions_of("Bundeskanzler Olaf Scholz lehnt ein sofortiges Gasembargo ab. Unterstützung für seine "
                         "Steuerpläne erhielt Scholz von der FDP.")
    assert not any(h == "FDP" for h, _, _ in facts), facts


NO_MORE_ENERGY = [
    ("Lettland importiert seit dem 1. April kein russisches Erdgas mehr.", ("Lettland", F, "energy_embargo")),
    ("Die Umweltorganisation Greenpeace forderte die Regierung auf, «keinen Cent mehr» für russisches Öl zu zahlen.",
     ("Greenpeace", F, "energy_embargo")),
]


@pytest.mark.parametrize("text,fact", NO_MORE_ENERGY, ids=lambda x: str(x)[:40])
def test_round9_no_more_russian_energy(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_no_more_russian_energy_conditional_is_nothing(positions_of):
    facts = positions_of("Wenn Deutschland kein russisches Gas mehr bekäme, stünden viele Fabriken still, sagte "
                         "Wirtschaftsminister Robert Habeck.")
    assert ("Robert Habeck", F, "energy_embargo") not in facts, facts
