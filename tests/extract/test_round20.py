"""Round 20 (decision 008, "Round 20"): a direct quotation is no narration when a pronoun speaker follows it
("„Putin hat uns getäuscht“, sagte er"), "keine Sekunde zögern" negates, and a proposal that is the means of
an outcome ("mit der Lieferung schwerer Waffen eine Eskalation riskieren", "mit Waffen den Krieg beenden")."""

from __future__ import annotations

import pytest

F, A = "for", "against"

FOUND = [
    # the pronoun after a direct quotation is the speaker named before, not the person in the quotation; his
    # Konjunktiv sentences that follow are his
    ("Für die SPD-Fraktion sprach Rolf Mützenich. „Putin hat uns alle getäuscht“, sagte er. Die Sanktionen seien "
     "richtig und notwendig.", ("Rolf Mützenich", F, "sanctions")),
    ("Grünen-Chef Omid Nouripour äußerte sich am Abend. „Selenskyj hat recht“, sagte er. Deutschland müsse jetzt "
     "auch schwere Waffen liefern.", ("Omid Nouripour", F, "heavy_weapons")),
    ("Die Linken-Vorsitzende Janine Wissler meldete sich zu Wort. „Scholz hat die Lage falsch eingeschätzt“, sagte "
     "sie. Waffenlieferungen an die Ukraine seien der falsche Weg.", ("Janine Wissler", A, "arms_deliveries")),
    # "keine Sekunde zögern" is no hesitation
    ("Außenminister Luigi Di Maio sagte, Italien werde „keine Sekunde zögern“, weitere Strafmaßnahmen mitzutragen.",
     ("Luigi Di Maio", F, "sanctions")),
    ("Die Regierung in Vilnius werde keinen Moment zögern, die Gasimporte aus Russland zu stoppen, sagte "
     "Energieminister Dainius Kreivys.", ("Dainius Kreivys", F, "energy_embargo")),
    # the proposal as the means of a harm warned of, or of a good outcome demanded
    ("Fraktionschef Rolf Mützenich warnte davor, mit der Lieferung schwerer Waffen eine weitere Eskalation zu "
     "riskieren.", ("Rolf Mützenich", A, "heavy_weapons")),
    ("Sachsens Ministerpräsident Michael Kretschmer warnte davor, mit einem Gasembargo die eigene Wirtschaft zu "
     "ruinieren.", ("Michael Kretschmer", A, "energy_embargo")),
    ("Der CDU-Außenpolitiker Norbert Röttgen forderte, mit schweren Waffen den Krieg schneller zu beenden.",
     ("Norbert Röttgen", F, "heavy_weapons")),
    ("Die Linke lehnte es ab, mit Waffenlieferungen den Krieg zu verlängern.", ("Linke", A, "arms_deliveries")),
]

NOT_FOUND = [
    ("Für die SPD-Fraktion sprach Rolf Mützenich. „Putin hat uns alle getäuscht“, sagte er. Die Sanktionen seien "
     "richtig und notwendig.", ("Wladimir Putin", F, "sanctions")),
    ("Fraktionschef Rolf Mützenich warnte davor, mit der Lieferung schwerer Waffen eine weitere Eskalation zu "
     "riskieren.", ("Rolf Mützenich", F, "heavy_weapons")),
    ("Der CDU-Außenpolitiker Norbert Röttgen forderte, mit schweren Waffen den Krieg schneller zu beenden.",
     ("Norbert Röttgen", A, "heavy_weapons")),
    ("Außenminister Luigi Di Maio sagte, Italien werde „keine Sekunde zögern“, weitere Strafmaßnahmen mitzutragen.",
     ("Luigi Di Maio", A, "sanctions")),
    # hesitation itself is still hesitation
    ("Italien werde bei einem Gasembargo zögern, sagte Ministerpräsident Mario Draghi.", ("Mario Draghi", F, "energy_embargo")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round20_found(positions_of, text, fact):
    assert fact in positions_of(text)


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round20_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)
