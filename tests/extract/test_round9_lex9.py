"""Round 9, lex9 (decision 008, "Round 9 (lex9)"): vocabulary of the spring-2022 debates.

Sanction measures named by their concrete form (airspace closed to Russian aircraft, port bans, frozen
central-bank reserves, export bans and tariffs against Russia, the sanctions list), the turn away from
Russian energy, air policing and Patriot units on the eastern flank, named weapon systems, and
institutions and office holders of 2022 in the gazetteer."""

from __future__ import annotations

import pytest

F, A = "for", "against"

FOUND = [
    # sanctions
    ("Norwegen sperrt seinen Luftraum für russische Fluggesellschaften.", ("Norwegen", F, "sanctions")),
    ("Auch Kanada schließt den Luftraum für russische Maschinen, teilte die Regierung mit.", ("Kanada", F, "sanctions")),
    ("Die EU verhängt ein Flugverbot für russische Airlines.", ("EU", F, "sanctions")),
    ("London will russischen Frachtern das Einlaufen in britische Häfen untersagen.", ("Großbritannien", F, "sanctions")),
    ("Die Niederlande fordern ein Hafenverbot für Schiffe unter russischer Flagge.", ("Niederlande", F, "sanctions")),
    ("Die G7 wollen die Devisenreserven der russischen Notenbank einfrieren.", ("G7", F, "sanctions")),
    ("Polen verlangt das Einfrieren der Währungsreserven.", ("Polen", F, "sanctions")),
    ("Die USA verhängen ein Exportverbot für Halbleiter nach Russland.", ("USA", F, "sanctions")),
    ("Kanada erhebt Strafzölle und fordert höhere Zölle auf russische Produkte.", ("Kanada", F, "sanctions")),
    ("Litauen fordert Kontensperrungen für Putins Umfeld.", ("Litauen", F, "sanctions")),
    # energy embargo
    ("Die Grünen werben für eine rasche Abkehr von russischem Öl.", ("Grüne", F, "energy_embargo")),
    ("Polen fordert einen Ölboykott gegen Moskau.", ("Polen", F, "energy_embargo")),
    # eastern flank
    ("Deutschland beteiligt sich an der Luftraumüberwachung über dem Baltikum.", ("Deutschland", F, "eastern_flank_troops")),
    ("Die Niederlande verlegen Patriot-Staffeln in die Slowakei.", ("Niederlande", F, "eastern_flank_troops")),
    ("Frankreich unterstützt die Nato-Speerspitze in Rumänien.", ("Frankreich", F, "eastern_flank_troops")),
    # named weapon systems
    ("Die Slowakei liefert ihr S-300-System an die Ukraine.", ("Slowakei", F, "arms_deliveries")),
    ("Deutschland liefert Strela-Raketen aus alten NVA-Beständen.", ("Deutschland", F, "arms_deliveries")),
    ("Die USA liefern weitere Stinger und Javelin.", ("USA", F, "arms_deliveries")),
    ("Tschechien hat T-72 an die Ukraine geliefert.", ("Tschechien", F, "heavy_weapons")),
    ("Die Niederlande wollen die PzH 2000 liefern.", ("Niederlande", F, "heavy_weapons")),
    ("Washington schickt weitere M777 in die Ukraine.", ("USA", F, "heavy_weapons")),
    # actors of 2022
    ("Finnlands Regierungschefin Sanna Marin forderte härtere Sanktionen.", ("Sanna Marin", F, "sanctions")),
    ("Altkanzler Gerhard Schröder lehnt ein Gasembargo ab.", ("Gerhard Schröder", A, "energy_embargo")),
    ("Die Leopoldina hält einen Lieferstopp für russisches Gas für verkraftbar.", ("Leopoldina", F, "energy_embargo")),
    ("Wladimir Klitschko fordert mehr Waffen für sein Land.", ("Wladimir Klitschko", F, "arms_deliveries")),
    ("Der türkische Außenminister Mevlüt Cavusoglu lehnt Sanktionen gegen Russland ab.", ("Mevlüt Çavuşoğlu", A, "sanctions")),
    # Round 9 (lex9), second batch
    ("Die EU will russisches Öl bis Jahresende schrittweise aus dem Binnenmarkt verbannen.", ("EU", F, "energy_embargo")),
    ("Die EU-Kommission schlägt vor, russische Kohle ab August vollständig vom Markt zu verbannen.", ("EU-Kommission", F, "energy_embargo")),
    ("Die Grünen fordern einen Gas-Stopp, die FDP zögert.", ("Grüne", F, "energy_embargo")),
    ("Polen unterstützt den Ölausstieg aus Russland.", ("Polen", F, "energy_embargo")),
    ("Spanien setzte am Dienstag in Barcelona zwei Jachten russischer Oligarchen fest.", ("Spanien", F, "sanctions")),
    ("Lambrecht lehnt eine dauerhafte Stationierung von Soldaten ab.", ("Christine Lambrecht", A, "eastern_flank_troops")),
    ("Die Niederlande wollen ihr Engagement in Litauen verstärken.", ("Niederlande", F, "eastern_flank_troops")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round9_lex9_vocabulary_found(positions_of, text, fact):
    assert fact in positions_of(text)


NOT_FOUND = [
    # Russia banning exports and an arms export ban are no sanction on Russia
    ("Russland verhängt ein Exportverbot für Weizen.", ("Russland", F, "sanctions")),
    ("Die Linke fordert ein Exportverbot für Waffen in Krisengebiete.", ("Linke", F, "sanctions")),
    # the Ukrainian airspace closed to Russian jets is the no-fly zone, not a sanction
    ("Klitschko verlangt, den ukrainischen Luftraum für russische Flugzeuge zu sperren.", ("Vitali Klitschko", F, "sanctions")),
    # a no-fly zone over Ukraine stays one
    ("Selenskyj fordert ein Flugverbot über der Ukraine.", ("Wolodymyr Selenskyj", F, "sanctions")),
    # expropriating housing is no sanction
    ("Die Linke fordert die Enteignung von Immobilien großer Konzerne.", ("Linke", F, "sanctions")),
    # Russia cutting its supplies is no embargo
    ("Russland stoppt die Gaslieferungen nach Polen, sagt Gazprom.", ("Russland", F, "energy_embargo")),
    # air policing over Ukraine is no flank reinforcement
    ("Die Nato hält eine Luftraumüberwachung über der Ukraine für zu riskant.", ("NATO", F, "eastern_flank_troops")),
    # the boxer brother is not the mayor
    ("Wladimir Klitschko fordert mehr Waffen für sein Land.", ("Vitali Klitschko", F, "arms_deliveries")),
    # the domestic phase-out is no embargo; a permanent presence of others is no flank reinforcement
    ("Die Grünen fordern den Kohleausstieg bis 2030.", ("Grüne", F, "energy_embargo")),
    ("Die Firma setzte sich feste Ziele für ihr Vermögen.", ("Firma", F, "sanctions")),
]


@pytest.mark.parametrize("text, fact", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round9_lex9_no_false_reading(positions_of, text, fact):
    assert fact not in positions_of(text)


BODIES = [
    ("Der Senat billigte am Donnerstag ein Importverbot für russisches Öl.", ("US-Senat", F, "energy_embargo")),
    ("Das Repräsentantenhaus stimmte für weitere Waffenlieferungen an die Ukraine.", ("US-Repräsentantenhaus", F, "arms_deliveries")),
    ("Der Berliner Senat lehnt ein Gasembargo ab.", ("Berliner Senat", A, "energy_embargo")),
    ("Der Schweizer Bundesrat hat beschlossen, die Sanktionen der EU zu übernehmen.", ("Schweiz", F, "sanctions")),
]


@pytest.mark.parametrize("text, fact", BODIES, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round9_lex9_legislative_bodies(positions_of, text, fact):
    facts = positions_of(text)
    assert fact in facts
    assert ("US-Senat", A, "energy_embargo") not in facts


def test_round9_lex9_country_body_counts_for_its_country(positions_of):
    # "die Regierung" in a Washington article: the Senate and the House are mentions of the USA,
    # not the Ukraine named as recipient
    text = ("Der Senat hat ein Hilfsgesetz für die Ukraine gebilligt. Das Repräsentantenhaus folgte am Donnerstag. "
            "Die Ukraine fordert auch Kampfjets. Die Regierung bleibt bei dieser Forderung zurückhaltend.")
    facts = positions_of(text)
    assert ("USA", A, "fighter_jets") in facts
    assert ("Ukraine", A, "fighter_jets") not in facts


def test_round9_lex9_country_bodies_file_names_known_actors():
    from kg.lexicon import load_lexicon
    lex = load_lexicon()
    for body, country in lex.country_bodies.items():
        assert body in lex.actors and lex.actors[body].type == "Organisation"
        assert country in lex.actors and lex.actors[country].type == "Country"
