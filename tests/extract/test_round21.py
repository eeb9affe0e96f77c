"""Round 21 (decision 008, "Round 21"): a heading speaks of the entry below it, not of the entry before
("Update, 14.50 Uhr: Kreml warnt vor weiteren Lieferungen" in a live blog that runs backwards in time), and
anaphor nouns of one kind ("eine solche Zone", "die Verlegung", "der Tausch")."""

from __future__ import annotations

import pytest

F, A = "for", "against"

LIVE_BLOG = ("Liveblog: Deutschland liefert Panzerhaubitzen\n\n"
             "Update, 16.15 Uhr: Lambrecht kündigt sieben Panzerhaubitzen an\n\n"
             "Deutschland wird der Ukraine sieben Panzerhaubitzen 2000 liefern. Das kündigte Verteidigungsministerin "
             "Christine Lambrecht an.\n\n"
             "Update, 14.50 Uhr: Kreml warnt vor weiteren Lieferungen\n\n"
             "Kremlsprecher Dmitri Peskow hat die westlichen Waffenlieferungen an die Ukraine erneut scharf kritisiert. "
             "Sie verlängerten nur das Leiden.")

TICKER = ("+++ 18:05 Uhr +++ Habeck bremst beim Gas\n\n"
          "Wirtschaftsminister Robert Habeck hat ein sofortiges Gasembargo erneut abgelehnt.\n\n"
          "+++ 17:40 Uhr +++ Baltische Staaten begrüßen Entscheidung\n\n"
          "Die Nato verlegt zusätzliche Kampfverbände an ihre Ostflanke. Vier neue Gefechtsverbände sollen in "
          "Rumänien, Bulgarien, Ungarn und der Slowakei entstehen.")

FOUND = [
    # a heading's anaphor takes the proposal of the entry below it
    (LIVE_BLOG, ("Kreml", A, "arms_deliveries")),
    (LIVE_BLOG, ("Dmitri Peskow", A, "arms_deliveries")),
    # the plural "müssten" is the Konjunktiv I of reported speech
    ("Die Bundesregierung hat Waffenlieferungen an die Ukraine beschlossen. CDU-Chef Friedrich Merz äußerte sich "
     "am Rande der Sitzung. Er mahnte, die Lieferungen müssten nun schnell ankommen.",
     ("Friedrich Merz", F, "arms_deliveries")),
    ("Polen legt nach: Warschau bekräftigt Vorschlag\n\n"
     "Polen hält an seiner Forderung nach einer bewaffneten Friedensmission der Nato in der Ukraine fest. "
     "Das bekräftigte Ministerpräsident Mateusz Morawiecki am Montag.", ("Polen", F, "peace_mission")),
    # "eine solche Zone", "eine solche Truppe", "die Verlegung", "der Tausch"
    ("Der britische Premier Boris Johnson lehnt eine Flugverbotszone ab. Die Nato solle über Polen Kampfjets "
     "liefern, verlangte Selenskyj. Johnson sagte, eine solche Zone sei nicht durchsetzbar.",
     ("Boris Johnson", A, "no_fly_zone")),
    ("Polen verlangt mehr Nato-Truppen an der Ostflanke. Die Nato beschloss vier neue Gefechtsverbände. "
     "Der Kreml kritisierte die Verlegung scharf.", ("Kreml", A, "eastern_flank_troops")),
    ("Tschechien will der Ukraine alte Kampfpanzer vom Typ T-72 überlassen und dafür Leopard-Panzer aus "
     "Deutschland erhalten. Prag begrüßte den Tausch.",
     ("Tschechien", F, "heavy_weapons")),
]

NOT_FOUND = [
    # the heading of the entry below is about the eastern flank, not about the gas embargo of the entry before
    (TICKER, ("Estland", A, "energy_embargo")),
    (TICKER, ("Robert Habeck", F, "energy_embargo")),
    # a heading followed by a paragraph without any proposal takes none from the entry before either
    (LIVE_BLOG, ("Kreml", A, "heavy_weapons")),
    # what a proposal would take is no demand for it
    ("Eine Flugverbotszone lehnt der Kanzler ab. Eine solche Zone müsste von Nato-Flugzeugen durchgesetzt werden, "
     "sagte Scholz am Mittwoch in Berlin.", ("Olaf Scholz", F, "no_fly_zone")),
    # a swap planned for a country: it is to give, and to receive in return
    ("Die Bundesregierung verhandelt mit Tschechien über einen Ringtausch. Prag soll Kampfpanzer sowjetischer "
     "Bauart an die Ukraine abgeben und dafür Ersatz aus Deutschland erhalten.", ("Tschechien", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round21_found(positions_of, text, fact):
    assert fact in positions_of(text)


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round21_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)
