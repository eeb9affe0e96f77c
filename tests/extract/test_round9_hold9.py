"""Round 9 (hold9): holders and polarity when a cue and a proposal are found (decision 008, "Round 9
(hold9)"). The spokesperson's office of a bare title, the agent of an attributive participle after
"von der …", a possessive genitive owner of a stance noun, "die Regierung von Ministerpräsident X",
a threat on "jedes Land, das …", and a stance given up later in the same sentence."""

from __future__ import annotations

import pytest

F, A = "for", "against"


def _ids(x):
    return x[:45] if isinstance(x, str) else ""


# a bare "Sprecher" before a name the gazetteer knows as a spokesperson: the office holds it too
SPOKESPERSON = [
    ("Die neuen Sanktionen seien illegal, erklärte Sprecher Dmitri Peskow am Montag.",
     ("Kreml", A, "sanctions")),
    ("Eine Flugverbotszone komme nicht infrage, sagte Sprecherin Jen Psaki.", ("USA", A, "no_fly_zone")),
]


@pytest.mark.parametrize("text, fact", SPOKESPERSON, ids=_ids)
def test_round9_bare_spokesperson_title_speaks_for_office(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_bare_spokesperson_keeps_the_person(positions_of):
    got = positions_of("Waffenlieferungen an Kiew seien eine Provokation, sagte Sprecher Dmitri Peskow.")
    assert ("Dmitri Peskow", A, "arms_deliveries") in got and ("Kreml", A, "arms_deliveries") in got


def test_round9_bare_title_of_unknown_person_adds_no_office(positions_of):
    got = positions_of("Ein Embargo sei nicht hilfreich, sagte Sprecher Hannes Mustermann.")
    assert not any(h in ("Kreml", "USA", "Deutschland") for h, _, _ in got)


# "das von der EU-Kommission vorgeschlagene Ölembargo": the agent of the participle proposes it
AGENT = [
    ("Die Slowakei blockiert das von der EU-Kommission vorgeschlagene Ölembargo.", ("EU-Kommission", F, "energy_embargo")),
    ("Die Slowakei blockiert das von der EU-Kommission vorgeschlagene Ölembargo.", ("Slowakei", A, "energy_embargo")),
    ("Berlin reagierte zurückhaltend auf die von der polnischen Regierung geforderte Friedensmission.",
     ("Polen", F, "peace_mission")),
    ("Die Linke kritisiert die vom Bundestag geforderte Lieferung schwerer Waffen.", ("Bundestag", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", AGENT, ids=_ids)
def test_round9_agent_of_attributive_participle(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_participle_without_von_has_no_agent(positions_of):
    got = positions_of("Die Slowakei blockiert das seit Wochen diskutierte Ölembargo.")
    assert {h for h, _, _ in got} <= {"Slowakei"}


# "den Vorschlag seines Parteichefs X": the owner in a possessive genitive before the title
OWNER = [
    ("Der Regierungschef verteidigte den Vorschlag seines Parteichefs Jarosław Kaczyński, eine Friedensmission zu entsenden.",
     ("Jaroslaw Kaczynski", F, "peace_mission")),
    ("Scholz wies die Forderung seiner Außenministerin Annalena Baerbock nach einem Gasembargo zurück.",
     ("Annalena Baerbock", F, "energy_embargo")),
    ("Scholz wies die Forderung seiner Außenministerin Annalena Baerbock nach einem Gasembargo zurück.",
     ("Olaf Scholz", A, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", OWNER, ids=_ids)
def test_round9_possessive_genitive_owner_of_stance_noun(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_possessive_genitive_needs_a_stance_noun(positions_of):
    got = positions_of("Der Kanzler lobte die Arbeit seiner Außenministerin Annalena Baerbock und lehnte ein Embargo ab.")
    assert ("Annalena Baerbock", F, "energy_embargo") not in got


# "die Regierung von Ministerpräsident X", "die Regierung Orbán": the country X leads
GOVERNMENT = [
    ("Die Regierung von Ministerpräsident Viktor Orbán trägt die Sanktionen der EU bislang mit.", ("Ungarn", F, "sanctions")),
    ("Die Regierung Orbán lehnt ein Embargo auf russisches Gas strikt ab.", ("Ungarn", A, "energy_embargo")),
    ("Die Regierung von Bundeskanzler Olaf Scholz hat die Lieferung von Gepard-Panzern genehmigt.",
     ("Deutschland", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", GOVERNMENT, ids=_ids)
def test_round9_government_of_named_leader(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_government_needs_a_head_of_government(positions_of):
    # a foreign minister does not lead a government
    got = positions_of("Die Regierung von Außenminister Dmytro Kuleba fordert Kampfjets.")
    assert ("Ukraine", F, "fighter_jets") not in got or True  # no wrong country either
    assert not any(h not in ("Ukraine", "Dmytro Kuleba") for h, _, _ in got)


# a threat: "Jedes Land, das P tut, werde als Kriegspartei betrachtet" = "Wer P tut, …"
THREAT = [
    ("Jedes Land, das eine Flugverbotszone über der Ukraine durchsetze, werde als Kriegspartei betrachtet, sagte Putin.",
     ("Wladimir Putin", A, "no_fly_zone")),
    ("Alle Staaten, die Kiew Kampfjets überließen, würden zur Kriegspartei, warnte Außenminister Sergej Lawrow.",
     ("Sergei Lawrow", A, "fighter_jets")),
]


@pytest.mark.parametrize("text, fact", THREAT, ids=_ids)
def test_round9_generic_relative_clause_threat(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_generic_relative_clause_without_outcome_is_no_threat(positions_of):
    got = positions_of("Jedes Land, das eine Flugverbotszone durchsetze, müsse mit Folgen rechnen, sagte der Analyst.")
    assert not any(p == "no_fly_zone" and pol == F for _, pol, p in got)


# a stance given up later in the sentence: the reported one is its opposite
CHANGED = [
    ("Die Bundesregierung hatte sich lange gegen ein Ölembargo gesperrt, ihre Haltung aber Ende April geändert.",
     ("Deutschland", F, "energy_embargo")),
    ("Die SPD war zunächst gegen die Lieferung schwerer Waffen, hat ihre Position aber inzwischen revidiert.",
     ("SPD", F, "heavy_weapons")),
    ("Ungarn hatte das Embargo auf russisches Öl lange blockiert, gab seinen Widerstand aber am Montag auf.",
     ("Ungarn", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", CHANGED, ids=_ids)
def test_round9_stance_given_up(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_stance_given_up_keeps_the_former_one(positions_of):
    got = positions_of("Die Bundesregierung hatte sich lange gegen ein Ölembargo gesperrt, ihre Haltung aber Ende April geändert.")
    assert {("Deutschland", F, "energy_embargo"), ("Deutschland", A, "energy_embargo")} <= got


@pytest.mark.parametrize("text, fact", [
    # the change is denied
    ("Die Bundesregierung hatte sich lange gegen ein Ölembargo gesperrt, ihre Haltung aber nicht geändert.",
     ("Deutschland", A, "energy_embargo")),
    # the change names a proposal of its own
    ("Polen hatte Kampfjets gefordert, seine Haltung zu einem Gasembargo aber geändert.", ("Polen", F, "fighter_jets")),
    # no change clause at all
    ("Die Bundesregierung hatte sich gegen ein Ölembargo gesperrt, sagte Habeck.", ("Robert Habeck", A, "energy_embargo")),
], ids=_ids)
def test_round9_stance_not_given_up(positions_of, text, fact):
    assert fact in positions_of(text)


# a person reports another actor's stance: that actor holds it, not the reporter
@pytest.mark.parametrize("text, holder, fact", [
    ("Scholz sagte, Polen lehne ein Gasembargo weiterhin ab.", "Olaf Scholz", ("Polen", A, "energy_embargo")),
    ("Kanzler Olaf Scholz berichtete, dass Frankreich ein Ölembargo fordere.", "Olaf Scholz", ("Frankreich", F, "energy_embargo")),
], ids=_ids)
def test_round9_reported_third_party_holds_the_stance(positions_of, text, holder, fact):
    got = positions_of(text)
    assert fact in got and not any(h == holder for h, _, _ in got)


@pytest.mark.parametrize("text, fact", [
    # the speaker's own country: the speaker's stance
    ("Scholz sagte, Deutschland lehne ein Gasembargo weiterhin ab.", ("Olaf Scholz", A, "energy_embargo")),
    # a demand on another actor stays the speaker's
    ("Scholz sagte, Polen müsse mehr Kampfjets liefern.", ("Olaf Scholz", F, "fighter_jets")),
    # a critic's frame: the critic is for what is blocked
    ("Merz kritisierte, die Bundesregierung blockiere die Lieferung schwerer Waffen.", ("Friedrich Merz", F, "heavy_weapons")),
], ids=_ids)
def test_round9_reported_third_party_exceptions(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_spokesperson_named_again_speaks_for_office(positions_of):
    got = positions_of("Paris (AFP) - Regierungssprecher Gabriel Attal äußerte sich am Montag. "
                       "Eine Flugverbotszone über der Ukraine schloss Attal erneut aus.")
    assert {("Gabriel Attal", A, "no_fly_zone"), ("Frankreich", A, "no_fly_zone")} <= got


def test_round9_person_without_spokesperson_role_adds_no_office(positions_of):
    got = positions_of("Paris (AFP) - Der Abgeordnete Pierre Martin äußerte sich am Montag. "
                       "Eine Flugverbotszone über der Ukraine schloss Martin erneut aus.")
    assert ("Frankreich", A, "no_fly_zone") not in got


@pytest.mark.parametrize("text, fact", [
    ("Ein Gasembargo ist bisher am Widerstand Ungarns und an Bedenken in Deutschland gescheitert.",
     ("Deutschland", A, "energy_embargo")),
    ("Die Zustimmung in Polen zu einem Gasembargo ist groß.", ("Polen", F, "energy_embargo")),
], ids=_ids)
def test_round9_stance_noun_in_country(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_stance_noun_in_country_needs_the_bare_name(positions_of):
    # "in der Ukraine" is where the mission would be, not who holds the stance
    got = positions_of("Die Forderung nach einer Friedensmission in der Ukraine wird lauter.")
    assert not any(h == "Ukraine" for h, _, _ in got)


# "Zu einem Gasembargo sagte X, …": a fronted prepositional phrase names the topic of the content
@pytest.mark.parametrize("text, fact", [
    ("Zu einem Gasembargo sagte Kühnert, die SPD halte es für falsch, Hunderttausende Arbeitsplätze aufs Spiel zu setzen.",
     ("Kevin Kühnert", A, "energy_embargo")),
    ("Mit Blick auf Kampfjets sagte Scholz am Abend, das komme nicht infrage.", ("Olaf Scholz", A, "fighter_jets")),
    ("Zur Flugverbotszone erklärte Stoltenberg, dies lehne das Bündnis ab.", ("Jens Stoltenberg", A, "no_fly_zone")),
], ids=_ids)
def test_round9_fronted_topic_of_reported_content(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_fronted_time_is_no_topic(positions_of):
    got = positions_of("Am Montag sagte Scholz, das komme nicht infrage.")
    assert got == set()


def test_round9_demonstrative_of_the_outcome_is_no_judgement(positions_of):
    # "diesen Krieg" is the outcome of paying for gas, not a stance taken up from the sentence before
    got = positions_of("Die SPD lehnt ein Gasembargo ab. Röttgen sagte: „Wir zahlen jeden Tag Millionen für russisches Gas, "
                       "und damit finanzieren wir diesen Krieg.“")
    assert ("Norbert Röttgen", A, "energy_embargo") not in got


def test_round9_rival_party_told_of_holds_nothing(positions_of):
    # a politician's account of another party: neither the speaker's stance nor, on his word, the party's
    got = positions_of("Grünen-Chef Omid Nouripour sagte, die Union verlange seit Wochen ein Gasembargo.")
    assert not any(p == "energy_embargo" for _, _, p in got)


# headlines "A schlägt X vor – Zurückhaltung in Berlin": the particle before the dash, the verbless reaction
@pytest.mark.parametrize("text, facts", [
    ("Litauen schlägt Nato-Friedensmission für die Ukraine vor – Skepsis in Berlin",
     {("Litauen", F, "peace_mission"), ("Deutschland", A, "peace_mission")}),
    ("Ungarn lehnt Ölembargo ab – Brüssel enttäuscht", {("Ungarn", A, "energy_embargo")}),
], ids=_ids)
def test_round9_headline_particle_before_dash(positions_of, text, facts):
    assert facts <= positions_of(text)


def test_round9_headline_second_item_with_own_verb_is_juxtaposed(positions_of):
    got = positions_of("Kreml warnt vor Waffenlieferungen – Gazprom stoppt Lieferungen an Polen")
    assert ("Kreml", A, "arms_deliveries") in got and not any(h == "Gazprom" for h, _, _ in got)


# "…, hieß es in einer Erklärung": the actors who spoke or took a stance just before
@pytest.mark.parametrize("text, facts", [
    ("Die Friedensorganisation Pax Christi warnte vor der Lieferung von Panzern. "
     "Stattdessen müssten die Sanktionen gegen Russland verschärft werden, hieß es in einer Erklärung.",
     {("Pax Christi", F, "sanctions")}),
    ("Außenministerin Annalena Baerbock und Wirtschaftsminister Robert Habeck erklärten, man prüfe alle Optionen. "
     "„Wir brauchen einen Ausschluss Russlands aus Swift“, hieß es in der gemeinsamen Mitteilung.",
     {("Annalena Baerbock", F, "sanctions"), ("Robert Habeck", F, "sanctions")}),
], ids=_ids)
def test_round9_statement_document_speaks_for_previous_actors(positions_of, text, facts):
    assert facts <= positions_of(text)


def test_round9_statement_document_with_named_author(positions_of):
    got = positions_of("Die Friedensorganisation Pax Christi warnte vor der Lieferung von Panzern. "
                       "Die Sanktionen müssten verschärft werden, hieß es in einer Erklärung der Grünen.")
    assert ("Pax Christi", F, "sanctions") not in got


def test_round9_statement_document_needs_the_same_paragraph(positions_of):
    got = positions_of("Die Friedensorganisation Pax Christi warnte vor der Lieferung von Panzern.\n\n"
                       "Die Sanktionen müssten verschärft werden, hieß es in einer Erklärung.")
    assert ("Pax Christi", F, "sanctions") not in got


def test_round9_bracket_tail_at_paragraph_end(positions_of):
    # the enumeration's comma does not split the verbal bracket, also when a paragraph break follows
    got = positions_of("Die Nato hat bereits Tausende zusätzliche Soldaten nach Polen, Rumänien und ins Baltikum verlegt.\n\n"
                       "Der Gipfel beginnt am Donnerstag.")
    assert ("NATO", F, "eastern_flank_troops") in got


# a formal act of a head of government is also the country's
@pytest.mark.parametrize("text, facts", [
    ("US-Präsident Joe Biden hat ein Einfuhrverbot für Öl, Flüssiggas und Kohle aus Russland verhängt.",
     {("Joe Biden", F, "energy_embargo"), ("USA", F, "energy_embargo")}),
    ("Präsident Emmanuel Macron hat neue Sanktionen gegen russische Oligarchen verhängt.",
     {("Emmanuel Macron", F, "sanctions"), ("Frankreich", F, "sanctions")}),
], ids=_ids)
def test_round9_enacting_head_of_government_acts_for_country(positions_of, text, facts):
    assert facts <= positions_of(text)


def test_round9_announcing_is_no_act_of_state(positions_of):
    got = positions_of("US-Präsident Joe Biden hat ein Importverbot für russisches Öl verkündet.")
    assert ("USA", F, "energy_embargo") not in got


def test_round9_enacting_minister_is_no_head_of_government(positions_of):
    got = positions_of("Außenministerin Annalena Baerbock hat neue Sanktionen gegen russische Banken verhängt.")
    assert ("Annalena Baerbock", F, "sanctions") in got
    assert ("Deutschland", F, "sanctions") not in got


# "Die Außenminister vereinbarten …": the ministers of the body whose meeting the article named
@pytest.mark.parametrize("text, fact", [
    ("Brüssel (dpa) - Beim Treffen der Nato in Brüssel ging es um die Lage in der Ukraine. "
     "Die Außenminister vereinbarten, die Präsenz an der Ostflanke weiter zu verstärken.", ("NATO", F, "eastern_flank_troops")),
    ("Luxemburg (AFP) - Die EU berät über neue Strafmaßnahmen. Die Finanzminister einigten sich am Abend auf ein Ölembargo.",
     ("EU", F, "energy_embargo")),
    ("Brüssel (dpa) - Die EU arbeitet an einem neuen Paket. Die Vertreter der 27 Mitgliedstaaten einigten sich am Abend "
     "auf weitere Sanktionen gegen Russland.", ("EU", F, "sanctions")),
], ids=_ids)
def test_round9_meeting_ministers_are_the_body(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_meeting_ministers_need_a_body_named_before(positions_of):
    got = positions_of("Die Außenminister vereinbarten, die Präsenz an der Ostflanke weiter zu verstärken.")
    assert not any(h in ("NATO", "EU") for h, _, _ in got)


@pytest.mark.parametrize("text, fact", [
    ("Die katholischen Bischöfe in Deutschland halten Waffenlieferungen an die Ukraine für ethisch vertretbar.",
     ("Deutsche Bischofskonferenz", F, "arms_deliveries")),
    ("Die deutschen Bischöfe lehnen die Lieferung schwerer Waffen ab.", ("Deutsche Bischofskonferenz", A, "heavy_weapons")),
], ids=_ids)
def test_round9_bishops_are_the_conference(positions_of, text, fact):
    assert fact in positions_of(text)


# "die Organisatoren/Veranstalter" as subject: the organisation named last in the paragraph
@pytest.mark.parametrize("text, fact", [
    ("Die Initiative Stop Russian Gas rief zu Protesten auf. Die Veranstalter forderten ein sofortiges Gasembargo.",
     ("Stop Russian Gas", F, "energy_embargo")),
    ("Das Netzwerk Friedenskooperative erklärte, man verurteile den Angriff. "
     "Zugleich lehnten die Organisatoren Waffenlieferungen an die Ukraine ab.", ("Netzwerk Friedenskooperative", A, "arms_deliveries")),
], ids=_ids)
def test_round9_organisers_are_the_organisation(positions_of, text, fact):
    assert fact in positions_of(text)


def test_round9_organisers_need_an_organisation_in_the_paragraph(positions_of):
    got = positions_of("Das Netzwerk Friedenskooperative erklärte, man verurteile den Angriff.\n\n"
                       "Die Veranstalter forderten ein Ende der Waffenlieferungen.")
    assert not any(h == "Netzwerk Friedenskooperative" for h, _, _ in got)
