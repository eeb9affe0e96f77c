"""Round 16, lead (decision 008, "Round 16"): "deutlich machen" as a speech frame, so a minister or head of
government who tells of their own country's policy holds it ("Wallace machte deutlich, dass London …")."""

from __future__ import annotations

import pytest

F, A = "for", "against"

FOUND = [
    # "deutlich machen" introduces the speaker's own reported stance
    ("Der britische Verteidigungsminister Ben Wallace hatte schon in den Tagen zuvor deutlich gemacht, dass London "
     "weitere Waffenlieferungen plant.", ("Ben Wallace", F, "arms_deliveries")),
    ("Zugleich machte der türkische Präsident Recep Tayyip Erdoğan deutlich, dass sich die Türkei auch künftig nicht "
     "an den westlichen Sanktionen gegen Russland beteiligen werde.", ("Recep Tayyip Erdoğan", A, "sanctions")),
    ("Ministerpräsident Mateusz Morawiecki machte unmissverständlich deutlich, Polen werde weiter auf ein Gasembargo "
     "dringen.", ("Mateusz Morawiecki", F, "energy_embargo")),
    # heavy weapons with another adjective or a coordination between "schwer" and the weapons
    ("Giuseppe Conte lehnt die Lieferung schwererer, offensiver Waffen dagegen ab.", ("Giuseppe Conte", A, "heavy_weapons")),
    ("Die Union fordert die Lieferung schwerer westlicher Waffen an die Ukraine.", ("CDU/CSU", F, "heavy_weapons")),
    ("Polen will der Ukraine schwere und moderne Waffensysteme liefern.", ("Polen", F, "heavy_weapons")),
    # a definite organisation noun refers back to the organisation named before
    ("Der Deutsche Gewerkschaftsbund tagt in Berlin. Der Gewerkschaftsbund hatte die Strafmaßnahmen gegen Moskau bereits "
     "in den ersten Kriegstagen ausdrücklich begrüßt.", ("DGB", F, "sanctions")),
    ("Die Deutsche Industrie- und Handelskammer legte eine Umfrage vor. Der Spitzenverband warnte vor einem Gasembargo.",
     ("DIHK", A, "energy_embargo")),
]

NOT_FOUND = [
    # the country is not a holder of its own beside the minister who speaks of its policy
    ("Der britische Verteidigungsminister Ben Wallace hatte schon in den Tagen zuvor deutlich gemacht, dass London "
     "weitere Waffenlieferungen plant.", ("Großbritannien", F, "arms_deliveries")),
    ("Zugleich machte der türkische Präsident Recep Tayyip Erdoğan deutlich, dass sich die Türkei auch künftig nicht "
     "an den westlichen Sanktionen gegen Russland beteiligen werde.", ("Türkei", A, "sanctions")),
    # heavy fighting is no heavy weapon
    ("Nach schweren Kämpfen und neuen Waffenlieferungen forderte Selenskyj mehr Hilfe.", ("Wolodymyr Selenskyj", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round16_found(positions_of, text, fact):
    assert fact in positions_of(text)


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round16_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)
